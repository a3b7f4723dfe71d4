//! The native methods of EventEmitter.prototype: emit, addListener/on,
//! prependListener, once, prependOnceListener and removeListener/off.
//!
//! The listener table is Node's observable one, because user code and other
//! modules read and write it: `this._events` is a null-prototype object whose
//! value per event name is the listener itself or, from the second listener
//! on, an array of them; `this._eventsCount` counts the names. Every method
//! reads the table afresh on each call, so a table replaced or edited from JS
//! is honoured.
//!
//! Each method carries the same data (see `Layout`): the property keys it
//! uses, fixed as atoms once, then the JS helpers from events.js for the
//! rare paths (an unhandled 'error', captured rejections, the leak warning).

use crate::engine::{Arg, Args, AtomKey, Ctx, JsRef, JsResult, Prop, Slots, StaticKey, Value, KEY_CACHE_SLOTS};
use crate::errors::NodeError;

/// Property keys the methods use, by position in the data.
#[derive(Clone, Copy)]
enum K {
    Events,
    Count,
    Error,
    Length,
    NewListener,
    RemoveListener,
    Listener,
    Max,
    Warned,
    Emit,
    On,
    PrependListener,
    Push,
    Unshift,
    Pop,
    Shift,
    Name,
    // Symbols from events.js.
    ShapeMode,
    Capture,
    ErrorMonitor,
}
const NAMED_KEYS: &[(K, &str)] = &[
    (K::Events, "_events"),
    (K::Count, "_eventsCount"),
    (K::Error, "error"),
    (K::Length, "length"),
    (K::NewListener, "newListener"),
    (K::RemoveListener, "removeListener"),
    (K::Listener, "listener"),
    (K::Max, "_maxListeners"),
    (K::Warned, "warned"),
    (K::Emit, "emit"),
    (K::On, "on"),
    (K::PrependListener, "prependListener"),
    (K::Push, "push"),
    (K::Unshift, "unshift"),
    (K::Pop, "pop"),
    (K::Shift, "shift"),
    (K::Name, "name"),
];
const SYMBOL_KEYS: &[(K, &str)] = &[(K::ShapeMode, "shapeMode"), (K::Capture, "capture"), (K::ErrorMonitor, "errorMonitor")];
const N_KEYS: usize = K::ErrorMonitor as usize + 1;

// Values after the keys' (holder, handle) pairs.
const V_THROW_UNHANDLED: usize = 2 * N_KEYS;
const V_CAPTURE_REJECTION: usize = V_THROW_UNHANDLED + 1;
const V_LEAK_WARNING: usize = V_THROW_UNHANDLED + 2;
const V_SETTINGS: usize = V_THROW_UNHANDLED + 3;
// An object only these methods hold: as `this`, it tells a fresh once-wrapper
// that its argument is the wrapper itself (see `make_once_wrapper`).
const V_SELF_TOKEN: usize = V_THROW_UNHANDLED + 4;
const V_WRAPPER_NAME: usize = V_THROW_UNHANDLED + 5;
// A once-wrapper that is never registered: while one object of the wrappers'
// shape lives, the engine finds that shape for each new wrapper instead of
// building it (and growing the property array) again after the last one died.
const V_WRAPPER_SHAPE: usize = V_THROW_UNHANDLED + 6;
// EventEmitter.defaultMaxListeners, mirrored here so a growing list is checked
// against it without a property read; events.js's setters update it through
// `settings.mirror` (see `add_cold`).
const V_DEFAULT_LIMIT: usize = V_THROW_UNHANDLED + 7;
const DATA_LEN: usize = V_THROW_UNHANDLED + 8;
// Then each method's own cache of event-name atoms (`Ctx::cached_atom_key`).
const FN_DATA_LEN: usize = DATA_LEN + KEY_CACHE_SLOTS;

// A once-wrapper's data.
const W_TARGET: usize = 0;
const W_TYPE: usize = 1;
const W_LISTENER: usize = 2;
const W_FIRED: usize = 3;
const W_SELF: usize = 4;
const W_SELF_TOKEN: usize = 5;
const W_KEY_REMOVE: usize = 6; // holder, handle
const W_LEN: usize = 8;

/// Puts the native methods into the slots events.js reserved on
/// EventEmitter.prototype (so the prototype keeps Node's key order).
pub(super) fn install(cx: Ctx, internals: &Value) -> JsResult<()> {
    let ee = cx.get(internals, "EventEmitter")?;
    let proto = cx.get(&ee, "prototype")?;
    let symbols = cx.get(internals, "symbols")?;
    let mut data: Vec<Value> = (0..FN_DATA_LEN).map(|_| cx.undefined()).collect();
    let mut put_key = |k: K, key: Value| -> JsResult<()> {
        let (holder, handle) = cx.make_static_key(&key)?;
        data[2 * k as usize] = holder;
        data[2 * k as usize + 1] = handle;
        Ok(())
    };
    for &(k, name) in NAMED_KEYS {
        put_key(k, cx.interned(name)?)?;
    }
    for &(k, name) in SYMBOL_KEYS {
        put_key(k, cx.get(&symbols, name)?)?;
    }
    data[V_THROW_UNHANDLED] = cx.get(internals, "throwUnhandled")?;
    data[V_CAPTURE_REJECTION] = cx.get(internals, "captureRejection")?;
    data[V_LEAK_WARNING] = cx.get(internals, "leakWarning")?;
    data[V_SETTINGS] = cx.get(internals, "settings")?;
    data[V_SELF_TOKEN] = cx.object()?;
    data[V_WRAPPER_NAME] = cx.interned("bound onceWrapper")?;
    let nothing: [Arg; W_LEN] = std::array::from_fn(|_| Arg::undefined());
    let shape = cx.function_with_data(events_once_wrapper, "bound onceWrapper", 0, &nothing)?;
    cx.define(&shape, "listener", cx.undefined(), Prop::PLAIN)?;
    data[V_WRAPPER_SHAPE] = shape;
    data[V_DEFAULT_LIMIT] = cx.get(&data[V_SETTINGS], "defaultMaxListeners")?;
    let args: Vec<Arg> = data.iter().map(|v| v.as_arg()).collect();
    let method = |f, name: &str, len| cx.function_with_data(f, name, len, &args);
    cx.set(&proto, "emit", method(events_emit, "emit", 1)?)?;
    let add = method(events_add, "addListener", 2)?;
    let prepend = method(events_prepend, "prependListener", 2)?;
    let mirror = cx.function_with_data(
        events_mirror_default,
        "mirror",
        1,
        &[add.as_arg(), prepend.as_arg(), data[V_SELF_TOKEN].as_arg()],
    )?;
    cx.set(&data[V_SETTINGS], "mirror", mirror)?;
    cx.set(&proto, "addListener", add.dup())?;
    cx.set(&proto, "on", add)?;
    cx.set(&proto, "prependListener", prepend)?;
    cx.set(&proto, "once", method(events_once, "once", 2)?)?;
    cx.set(&proto, "prependOnceListener", method(events_prepend_once, "prependOnceListener", 2)?)?;
    let remove = method(events_remove, "removeListener", 2)?;
    cx.set(&proto, "removeListener", remove.dup())?;
    cx.set(&proto, "off", remove)?;
    Ok(())
}

/// The method data, read by position.
struct Layout<'a> {
    cx: Ctx,
    data: Args<'a>,
}

impl<'a> Layout<'a> {
    #[inline(always)]
    fn key(&self, k: K) -> StaticKey {
        // SAFETY: `install` laid the data out: the handle at 2k+1 belongs to
        // the holder at 2k, which the method's data keeps alive.
        unsafe { self.cx.static_key(&self.data.get(2 * k as usize + 1)) }
    }
    /// The key as a JS value (its holder: the interned string or symbol).
    fn key_value(&self, k: K) -> Arg<'a> {
        self.data.get(2 * k as usize)
    }
    #[inline(always)]
    fn get(&self, obj: &impl JsRef, k: K) -> JsResult<Value> {
        self.cx.get_static(obj, self.key(k))
    }
    #[inline(always)]
    fn set(&self, obj: &impl JsRef, k: K, v: Value) -> JsResult<()> {
        self.cx.set_static(obj, self.key(k), v)
    }
    /// `obj[k](args)`.
    fn invoke(&self, obj: &impl JsRef, k: K, args: &[Arg]) -> JsResult<Value> {
        let f = self.get(obj, k)?;
        self.cx.call(&f, obj, args)
    }
}

#[inline(always)]
fn require_listener(cx: Ctx, listener: &Arg) -> JsResult<()> {
    if cx.is_object(listener) && cx.is_function(listener) {
        Ok(())
    } else {
        Err(not_a_listener(cx, listener))
    }
}

#[cold]
#[inline(never)]
fn not_a_listener(cx: Ctx, listener: &Arg) -> crate::engine::Thrown {
    NodeError::invalid_arg_type(cx, "listener", &["Function"], listener).throw(cx)
}

fn count_of(cx: Ctx, l: &Layout, this: &Arg) -> JsResult<f64> {
    let v = l.get(this, K::Count)?;
    match cx.as_number(&v) {
        Some(n) => Ok(n),
        None => cx.to_f64(&v),
    }
}

/// `_eventsCount` as Node keeps it: an integer.
fn count_value(cx: Ctx, n: f64) -> Value {
    if n.fract() == 0.0 && n.abs() <= i32::MAX as f64 {
        cx.int(n as i32)
    } else {
        cx.number(n)
    }
}

/// A length to store: an int value when it fits.
fn length_value(cx: Ctx, n: u32) -> Value {
    if n <= i32::MAX as u32 {
        cx.int(n as i32)
    } else {
        cx.number(n as f64)
    }
}

/// The length of a real array (an int value unless it is past 2^31).
#[inline]
fn array_length(cx: Ctx, l: &Layout, list: &Value) -> JsResult<u32> {
    let v = l.get(list, K::Length)?;
    match cx.as_int(&v) {
        Some(n) if n >= 0 => Ok(n as u32),
        _ => length_of(cx, l, list),
    }
}

fn length_of(cx: Ctx, l: &Layout, list: &impl JsRef) -> JsResult<u32> {
    let v = l.get(list, K::Length)?;
    let n = match cx.as_number(&v) {
        Some(n) => n,
        None => cx.to_f64(&v)?,
    };
    Ok(if n.is_nan() || n <= 0.0 { 0 } else { n.min(u32::MAX as f64) as u32 })
}

// ----- emit ------------------------------------------------------------------------------

crate::js_fn_slots!(events_emit [FN_DATA_LEN as i32] => emit);

/// `emit(type, ...args)`: calls the listeners registered when it starts, in
/// order, with `this` the emitter; true if there were any.
fn emit(cx: Ctx, this: Arg, args: Args, slots: Slots) -> JsResult<Value> {
    let (data, mut names) = slots.split(DATA_LEN);
    let l = Layout { cx, data };
    let name = args.get(0);
    let ty = cx.cached_atom_key(&mut names, &name)?;
    let table = l.get(&this, K::Events)?;
    let entry = if ty.is(l.key(K::Error)) {
        match error_entry(cx, &l, &this, table, args)? {
            Some(entry) => entry,
            None => return Ok(cx.bool(false)),
        }
    } else {
        if cx.is_undefined(&table) {
            return Ok(cx.bool(false));
        }
        let entry = cx.get_atom(&table, &ty)?;
        if cx.is_undefined(&entry) {
            return Ok(cx.bool(false));
        }
        entry
    };
    if cx.is_function(&entry) {
        call_listener(cx, &l, &this, &entry, args)?;
    } else {
        call_each(cx, &l, &this, entry, args)?;
    }
    Ok(cx.bool(true))
}

/// The 'error' entry, after the error monitor heard of it; with none, throws
/// the error (or ERR_UNHANDLED_ERROR around a non-Error).
#[inline(never)]
fn error_entry(cx: Ctx, l: &Layout, this: &Arg, table: Value, args: Args) -> JsResult<Option<Value>> {
    // The error monitor hears of the error first, handled or not.
    if !cx.is_undefined(&table) && !cx.is_undefined(&l.get(&table, K::ErrorMonitor)?) {
        let emit_fn = l.get(this, K::Emit)?;
        let mut forwarded: Vec<Arg> = Vec::with_capacity(args.len());
        forwarded.push(l.key_value(K::ErrorMonitor));
        forwarded.extend(args.iter().skip(1));
        cx.call(&emit_fn, this, &forwarded)?;
    }
    let entry = if cx.is_undefined(&table) { cx.undefined() } else { l.get(&table, K::Error)? };
    if cx.is_undefined(&entry) {
        cx.call(&l.data.get(V_THROW_UNHANDLED), &cx.undefined(), &[args.get(1)])?;
        return Ok(None);
    }
    Ok(Some(entry))
}

/// Several listeners: calls the ones there are now, even if a listener adds
/// or removes some (the snapshot is taken before the first call).
#[inline(never)]
fn call_each(cx: Ctx, l: &Layout, this: &Arg, entry: Value, args: Args) -> JsResult<()> {
    let n = length_of(cx, l, &entry)?;
    const ON_STACK: usize = 8;
    if n as usize <= ON_STACK {
        let mut snapshot: [Value; ON_STACK] = std::array::from_fn(|_| cx.undefined());
        for (i, slot) in snapshot.iter_mut().enumerate().take(n as usize) {
            *slot = cx.get_index(&entry, i as u32)?;
        }
        drop(entry);
        for f in &snapshot[..n as usize] {
            call_listener(cx, l, this, f, args)?;
        }
    } else {
        let snapshot = (0..n).map(|i| cx.get_index(&entry, i)).collect::<JsResult<Vec<_>>>()?;
        drop(entry);
        for f in &snapshot {
            call_listener(cx, l, this, f, args)?;
        }
    }
    Ok(())
}

#[inline]
fn call_listener(cx: Ctx, l: &Layout, this: &Arg, f: &Value, args: Args) -> JsResult<()> {
    let result = cx.call_args(f, this, args, 1)?;
    if cx.is_object(&result) {
        returned_object(cx, l, this, result, args)?;
    }
    Ok(())
}

/// A listener that returns something may have returned a promise: with
/// captureRejections on, its rejection becomes an 'error' event.
#[inline(never)]
fn returned_object(cx: Ctx, l: &Layout, this: &Arg, result: Value, args: Args) -> JsResult<()> {
    if cx.to_bool(&l.get(this, K::Capture)?)? {
        let rest: Vec<Arg> = args.iter().skip(1).collect();
        let rest = cx.array_from(rest.iter().map(|a| cx.dup(a)).collect())?;
        let helper = l.data.get(V_CAPTURE_REJECTION);
        cx.call(&helper, &cx.undefined(), &[Arg::new_from(this), result.as_arg(), args.get(0), rest.as_arg()])?;
    }
    Ok(())
}

// ----- adding ------------------------------------------------------------------------------

crate::js_fn_slots!(events_add [FN_DATA_LEN as i32] => add_last);
fn add_last(cx: Ctx, this: Arg, args: Args, slots: Slots) -> JsResult<Value> {
    add(cx, this, args, slots, false)
}

crate::js_fn_slots!(events_prepend [FN_DATA_LEN as i32] => add_first);
fn add_first(cx: Ctx, this: Arg, args: Args, slots: Slots) -> JsResult<Value> {
    add(cx, this, args, slots, true)
}

/// Adds `listener` for `ty_v` at the end (or the front) of its list.
/// Inlined into both methods: on/addListener and prependListener each get
/// their own straight-line copy of the common case.
#[inline(always)]
fn add(cx: Ctx, this: Arg, args: Args, slots: Slots, first: bool) -> JsResult<Value> {
    let (ty_v, listener) = (args.get(0), args.get(1));
    if !(cx.is_object(&listener) && cx.is_function(&listener)) {
        return add_cold(cx, this, args, slots);
    }
    let (data, mut names) = slots.split(DATA_LEN);
    let l = &Layout { cx, data };
    let mut table = l.get(&this, K::Events)?;
    if cx.is_undefined(&table) {
        table = new_table(cx, l, &this)?;
    } else if !cx.is_undefined(&l.get(&table, K::NewListener)?) {
        table = announce_new(cx, l, &this, ty_v, &listener)?;
    }
    let ty = cx.cached_atom_key(&mut names, &ty_v)?;
    let existing = cx.get_atom(&table, &ty)?;
    if cx.is_undefined(&existing) {
        cx.set_atom(&table, &ty, cx.dup(&listener))?;
        let n = count_of(cx, l, &this)?;
        l.set(&this, K::Count, count_value(cx, n + 1.0))?;
        return Ok(cx.dup(&this));
    }
    let (list, len) = if cx.is_function(&existing) {
        let pair = if first { [cx.dup(&listener), existing] } else { [existing, cx.dup(&listener)] };
        let list = cx.array_of(pair)?;
        cx.set_atom(&table, &ty, list.dup())?;
        (list, 2)
    } else {
        drop(table);
        grow_list(cx, l, existing, listener, first)?
    };
    if let Some(limit) = too_many(cx, l, &this, len)? {
        leak_warning(cx, l, &this, ty_v, &list, limit)?;
    }
    Ok(cx.dup(&this))
}

/// Not a listener: Node's error, unless this is the call by which
/// `events_mirror_default` hands over a new default limit.
#[cold]
#[inline(never)]
fn add_cold(cx: Ctx, this: Arg, args: Args, mut slots: Slots) -> JsResult<Value> {
    let value = args.get(1);
    if cx.same_object(&this, &slots.get(V_SELF_TOKEN)) && cx.is_number(&value) {
        slots.set(cx, V_DEFAULT_LIMIT, cx.dup(&value));
        return Ok(cx.undefined());
    }
    Err(not_a_listener(cx, &value))
}

crate::js_fn_data!(events_mirror_default [3] => mirror_default);

/// `settings.mirror(n)`: events.js calls it whenever the default limit
/// changes, and it passes the value on to both adding methods.
fn mirror_default(cx: Ctx, _this: Arg, args: Args, data: Args) -> JsResult<Value> {
    let token = data.get(2);
    for method in [data.get(0), data.get(1)] {
        cx.call(&method, &token, &[Arg::undefined(), args.get(0)])?;
    }
    Ok(cx.undefined())
}

#[inline(never)]
fn new_table(cx: Ctx, l: &Layout, this: &Arg) -> JsResult<Value> {
    let table = cx.object_with_proto(&cx.null())?;
    l.set(this, K::Events, table.dup())?;
    l.set(this, K::Count, cx.int(0))?;
    Ok(table)
}

/// 'newListener' is emitted before the listener is added, so it does not
/// hear of itself; a once-wrapper is announced as the function it wraps.
/// Returns the table afresh: the event's listeners may have replaced it.
#[inline(never)]
fn announce_new(cx: Ctx, l: &Layout, this: &Arg, ty_v: Arg, listener: &Arg) -> JsResult<Value> {
    let inner = l.get(listener, K::Listener)?;
    let shown = if cx.is_nullish(&inner) { Arg::new_from(listener) } else { inner.as_arg() };
    l.invoke(this, K::Emit, &[l.key_value(K::NewListener), ty_v, shown])?;
    l.get(this, K::Events)
}

/// Adds to an existing list: a real array in place; anything else put in
/// the table from JS as Node treats it, through its push/unshift.
#[inline(never)]
fn grow_list(cx: Ctx, l: &Layout, existing: Value, listener: Arg, first: bool) -> JsResult<(Value, u32)> {
    if cx.is_array(&existing) {
        let n = length_of(cx, l, &existing)?;
        if first {
            for i in (0..n).rev() {
                cx.set_index(&existing, i + 1, cx.get_index(&existing, i)?)?;
            }
            cx.set_index(&existing, 0, cx.dup(&listener))?;
        } else {
            cx.set_index(&existing, n, cx.dup(&listener))?;
        }
        return Ok((existing, n.saturating_add(1)));
    }
    l.invoke(&existing, if first { K::Unshift } else { K::Push }, &[listener])?;
    let n = length_of(cx, l, &existing)?;
    Ok((existing, n))
}

/// The emitter's limit (its `_maxListeners`, else the default; 0 means no
/// limit) if a list of `len` outgrew it.
#[inline(always)]
fn too_many(cx: Ctx, l: &Layout, this: &Arg, len: u32) -> JsResult<Option<Value>> {
    let own = l.get(this, K::Max)?;
    let limit = if cx.is_undefined(&own) { l.data.get(V_DEFAULT_LIMIT) } else { own.as_arg() };
    match cx.as_int(&limit) {
        Some(n) if n <= 0 || len as i64 <= n as i64 => Ok(None),
        _ => limit_slow(cx, cx.dup(&limit), len),
    }
}

#[inline(never)]
fn limit_slow(cx: Ctx, limit: Value, len: u32) -> JsResult<Option<Value>> {
    let max = match cx.as_number(&limit) {
        Some(n) => n,
        None => cx.to_f64(&limit)?,
    };
    Ok(if max > 0.0 && (len as f64) > max { Some(limit) } else { None })
}

/// The leak warning, once per list.
#[inline(never)]
fn leak_warning(cx: Ctx, l: &Layout, this: &Arg, ty_v: Arg, list: &Value, limit: Value) -> JsResult<()> {
    if cx.to_bool(&l.get(list, K::Warned)?)? {
        return Ok(());
    }
    let helper = l.data.get(V_LEAK_WARNING);
    cx.call(&helper, &cx.undefined(), &[Arg::new_from(this), ty_v, list.as_arg(), limit.as_arg()])?;
    Ok(())
}

// ----- once ------------------------------------------------------------------------------

crate::js_fn_data!(events_once [FN_DATA_LEN as i32] => once_last);
fn once_last(cx: Ctx, this: Arg, args: Args, data: Args) -> JsResult<Value> {
    once(cx, &Layout { cx, data }, this, args, K::On)
}

crate::js_fn_data!(events_prepend_once [FN_DATA_LEN as i32] => once_first);
fn once_first(cx: Ctx, this: Arg, args: Args, data: Args) -> JsResult<Value> {
    once(cx, &Layout { cx, data }, this, args, K::PrependListener)
}

/// Registers a wrapper that removes itself, then calls `listener`; through
/// `this.on` / `this.prependListener`, so subclasses that override those
/// (streams do) see it.
fn once(cx: Ctx, l: &Layout, this: Arg, args: Args, via: K) -> JsResult<Value> {
    let (ty_v, listener) = (args.get(0), args.get(1));
    require_listener(cx, &listener)?;
    let wrapper = make_once_wrapper(cx, l, &this, &ty_v, &listener)?;
    l.invoke(&this, via, &[ty_v, wrapper.as_arg()])?;
    Ok(cx.dup(&this))
}

/// Node's once-wrapper is a bound function named "bound onceWrapper" with the
/// wrapped function as its `listener` property; this one is a native function
/// of the same name and shape. Its data holds what it needs when it fires,
/// itself included (to remove itself): a function cannot see itself, so the
/// wrapper is called once with the methods' private token as `this` and
/// stores its argument. The reference cycle that makes is broken when it fires.
fn make_once_wrapper(cx: Ctx, l: &Layout, target: &Arg, ty: &Arg, listener: &Arg) -> JsResult<Value> {
    let token = l.data.get(V_SELF_TOKEN);
    let no = cx.bool(false);
    let nothing = cx.undefined();
    let wdata: [Arg; W_LEN] = [
        Arg::new_from(target),
        Arg::new_from(ty),
        Arg::new_from(listener),
        no.as_arg(),
        nothing.as_arg(),
        token,
        l.key_value(K::RemoveListener),
        l.data.get(2 * K::RemoveListener as usize + 1),
    ];
    let wrapper = cx.function_with_data_named(events_once_wrapper, l.key(K::Name), &l.data.get(V_WRAPPER_NAME), 0, &wdata)?;
    cx.define_static(&wrapper, l.key(K::Listener), cx.dup(listener), Prop::PLAIN)?;
    cx.call(&wrapper, &token, &[wrapper.as_arg()])?;
    Ok(wrapper)
}

crate::js_fn_slots!(events_once_wrapper [W_LEN as i32] => once_wrapper);

fn once_wrapper(cx: Ctx, this: Arg, args: Args, mut slots: Slots) -> JsResult<Value> {
    if cx.same_object(&this, &slots.get(W_SELF_TOKEN)) && cx.is_undefined(&slots.get(W_SELF)) {
        slots.set(cx, W_SELF, cx.dup(&args.get(0)));
        return Ok(cx.undefined());
    }
    if cx.to_bool(&slots.get(W_FIRED))? {
        return Ok(cx.undefined());
    }
    slots.set(cx, W_FIRED, cx.bool(true));
    let target = cx.dup(&slots.get(W_TARGET));
    let listener = cx.dup(&slots.get(W_LISTENER));
    let ty = cx.dup(&slots.get(W_TYPE));
    let me = cx.dup(&slots.get(W_SELF));
    slots.set(cx, W_SELF, cx.undefined());
    // SAFETY: the handle in slot W_KEY_REMOVE + 1 belongs to the holder before
    // it, which this function's data keeps alive.
    let remove_key = unsafe { cx.static_key(&slots.get(W_KEY_REMOVE + 1)) };
    let remove = cx.get_static(&target, remove_key)?;
    cx.call(&remove, &target, &[ty.as_arg(), me.as_arg()])?;
    cx.call_args(&listener, &target, args, 0)
}

// ----- removing ----------------------------------------------------------------------------

crate::js_fn_slots!(events_remove [FN_DATA_LEN as i32] => remove);

/// `removeListener(type, listener)`: removes the most recently added
/// registration of `listener` (or of a once-wrapper around it).
fn remove(cx: Ctx, this: Arg, args: Args, slots: Slots) -> JsResult<Value> {
    let (ty_v, listener) = (args.get(0), args.get(1));
    require_listener(cx, &listener)?;
    let (data, mut names) = slots.split(DATA_LEN);
    let l = &Layout { cx, data };
    let table = l.get(&this, K::Events)?;
    if cx.is_undefined(&table) {
        return Ok(cx.dup(&this));
    }
    let ty = cx.cached_atom_key(&mut names, &ty_v)?;
    let entry = cx.get_atom(&table, &ty)?;
    if cx.is_array(&entry) {
        // A real array (what `add` builds): the last registration is
        // removed as Node's splice does, shifting the later ones down and
        // shortening it, so code holding the array sees it shrink; a single
        // survivor takes the array's place in the table.
        let n = array_length(cx, l, &entry)?;
        let Some(at) = find_last(cx, l, &entry, n, &listener)? else {
            return Ok(cx.dup(&this));
        };
        if at + 1 < n {
            shift_down(cx, &entry, at, n)?;
        }
        l.set(&entry, K::Length, length_value(cx, n - 1))?;
        if n == 2 {
            cx.set_atom(&table, &ty, cx.get_index(&entry, 0)?)?;
        }
        drop(entry);
        if !cx.is_undefined(&l.get(&table, K::RemoveListener)?) {
            announce_removed(cx, l, &this, ty_v, listener)?;
        }
        return Ok(cx.dup(&this));
    }
    if !cx.is_undefined(&entry) {
        remove_other(cx, l, &this, table, &ty, ty_v, entry, listener)?;
    }
    Ok(cx.dup(&this))
}

#[inline(never)]
fn announce_removed(cx: Ctx, l: &Layout, this: &Arg, ty_v: Arg, shown: Arg) -> JsResult<()> {
    let _ = cx;
    l.invoke(this, K::Emit, &[l.key_value(K::RemoveListener), ty_v, shown])?;
    Ok(())
}

/// `list[i] = list[i + 1]` for i in at..n-1.
#[inline(never)]
fn shift_down(cx: Ctx, list: &Value, at: u32, n: u32) -> JsResult<()> {
    for i in at..n - 1 {
        cx.set_index(list, i, cx.get_index(list, i + 1)?)?;
    }
    Ok(())
}

/// Index of the last registration of `listener` (itself or a once-wrapper
/// around it) in `list`, of length `n`.
#[inline(always)]
fn find_last(cx: Ctx, l: &Layout, list: &Value, n: u32, listener: &Arg) -> JsResult<Option<u32>> {
    if n > 0 {
        let item = cx.get_index(list, n - 1)?;
        if cx.same_object(&item, listener) {
            return Ok(Some(n - 1));
        }
        return find_last_slow(cx, l, list, n, item, listener);
    }
    Ok(None)
}

#[inline(never)]
fn find_last_slow(cx: Ctx, l: &Layout, list: &Value, n: u32, last: Value, listener: &Arg) -> JsResult<Option<u32>> {
    if cx.same_object(&l.get(&last, K::Listener)?, listener) {
        return Ok(Some(n - 1));
    }
    drop(last);
    for i in (0..n - 1).rev() {
        let item = cx.get_index(list, i)?;
        if cx.same_object(&item, listener) || cx.same_object(&l.get(&item, K::Listener)?, listener) {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

/// The entry is a single listener (or something else put there from JS).
#[inline(never)]
#[allow(clippy::too_many_arguments)]
fn remove_other(
    cx: Ctx,
    l: &Layout,
    this: &Arg,
    table: Value,
    ty: &AtomKey,
    ty_v: Arg,
    entry: Value,
    listener: Arg,
) -> JsResult<()> {
    // Node reads `entry.listener` only when the entry is not the listener itself.
    if cx.same_object(&entry, &listener) || cx.same_object(&l.get(&entry, K::Listener)?, &listener) {
        // The name's only listener.
        let n = count_of(cx, l, this)? - 1.0;
        l.set(this, K::Count, count_value(cx, n))?;
        if cx.to_bool(&l.get(this, K::ShapeMode)?)? {
            cx.set_atom(&table, ty, cx.undefined())?;
        } else if n == 0.0 {
            l.set(this, K::Events, cx.object_with_proto(&cx.null())?)?;
        } else {
            cx.delete_atom(&table, ty)?;
            if cx.to_bool(&l.get(&table, K::RemoveListener)?)? {
                let wraps = l.get(&entry, K::Listener)?;
                let shown = if cx.to_bool(&wraps)? { wraps.as_arg() } else { listener };
                l.invoke(this, K::Emit, &[l.key_value(K::RemoveListener), ty_v, shown])?;
            }
        }
        return Ok(());
    }
    if cx.is_function(&entry) || !cx.is_object(&entry) {
        return Ok(());
    }
    remove_from_list_like(cx, l, this, &table, ty, ty_v, entry, listener)
}

/// Removal from an array-like object put in the table from JS: through its
/// own `shift`/`pop`, as Node's splice would reach them.
#[inline(never)]
#[allow(clippy::too_many_arguments)]
fn remove_from_list_like(
    cx: Ctx,
    l: &Layout,
    this: &Arg,
    table: &Value,
    ty: &AtomKey,
    ty_v: Arg,
    entry: Value,
    listener: Arg,
) -> JsResult<()> {
    let n = length_of(cx, l, &entry)?;
    let Some(at) = find_last(cx, l, &entry, n, &listener)? else {
        return Ok(());
    };
    if at == 0 {
        l.invoke(&entry, K::Shift, &[])?;
    } else {
        for i in at..n - 1 {
            cx.set_index(&entry, i, cx.get_index(&entry, i + 1)?)?;
        }
        l.invoke(&entry, K::Pop, &[])?;
    }
    if length_of(cx, l, &entry)? == 1 {
        cx.set_atom(table, ty, cx.get_index(&entry, 0)?)?;
    }
    if !cx.is_undefined(&l.get(table, K::RemoveListener)?) {
        l.invoke(this, K::Emit, &[l.key_value(K::RemoveListener), ty_v, listener])?;
    }
    Ok(())
}
