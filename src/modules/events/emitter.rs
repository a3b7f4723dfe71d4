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

use crate::engine::{Arg, Args, Ctx, JsRef, JsResult, Prop, Slots, StaticKey, Value, KEY_CACHE_SLOTS};
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
    DefaultMax,
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
    (K::DefaultMax, "defaultMaxListeners"),
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
const DATA_LEN: usize = V_THROW_UNHANDLED + 7;
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
    let args: Vec<Arg> = data.iter().map(|v| v.as_arg()).collect();
    let method = |f, name: &str, len| cx.function_with_data(f, name, len, &args);
    cx.set(&proto, "emit", method(events_emit, "emit", 1)?)?;
    let add = method(events_add, "addListener", 2)?;
    cx.set(&proto, "addListener", add.dup())?;
    cx.set(&proto, "on", add)?;
    cx.set(&proto, "prependListener", method(events_prepend, "prependListener", 2)?)?;
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
    fn key(&self, k: K) -> StaticKey {
        // SAFETY: `install` laid the data out: the handle at 2k+1 belongs to
        // the holder at 2k, which the method's data keeps alive.
        unsafe { self.cx.static_key(&self.data.get(2 * k as usize + 1)) }
    }
    /// The key as a JS value (its holder: the interned string or symbol).
    fn key_value(&self, k: K) -> Arg<'a> {
        self.data.get(2 * k as usize)
    }
    fn get(&self, obj: &impl JsRef, k: K) -> JsResult<Value> {
        self.cx.get_static(obj, self.key(k))
    }
    fn set(&self, obj: &impl JsRef, k: K, v: Value) -> JsResult<()> {
        self.cx.set_static(obj, self.key(k), v)
    }
    /// `obj[k](args)`.
    fn invoke(&self, obj: &impl JsRef, k: K, args: &[Arg]) -> JsResult<Value> {
        let f = self.get(obj, k)?;
        self.cx.call(&f, obj, args)
    }
}

fn require_listener(cx: Ctx, listener: &Arg) -> JsResult<()> {
    if cx.is_function(listener) {
        Ok(())
    } else {
        Err(NodeError::invalid_arg_type(cx, "listener", &["Function"], listener).throw(cx))
    }
}

fn count_of(cx: Ctx, l: &Layout, this: &Arg) -> JsResult<f64> {
    let v = l.get(this, K::Count)?;
    match cx.as_number(&v) {
        Some(n) => Ok(n),
        None => cx.to_f64(&v),
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
    require_listener(cx, &args.get(1))?;
    let (data, mut names) = slots.split(DATA_LEN);
    add(cx, &Layout { cx, data }, &mut names, this, args.get(0), args.get(1), false)
}

crate::js_fn_slots!(events_prepend [FN_DATA_LEN as i32] => add_first);
fn add_first(cx: Ctx, this: Arg, args: Args, slots: Slots) -> JsResult<Value> {
    require_listener(cx, &args.get(1))?;
    let (data, mut names) = slots.split(DATA_LEN);
    add(cx, &Layout { cx, data }, &mut names, this, args.get(0), args.get(1), true)
}

/// Adds `listener` for `ty_v` at the end (or the front) of its list.
fn add(cx: Ctx, l: &Layout, names: &mut Slots, this: Arg, ty_v: Arg, listener: Arg, first: bool) -> JsResult<Value> {
    let mut table = l.get(&this, K::Events)?;
    if cx.is_undefined(&table) {
        table = cx.object_with_proto(&cx.null())?;
        l.set(&this, K::Events, table.dup())?;
        l.set(&this, K::Count, cx.int(0))?;
    } else if !cx.is_undefined(&l.get(&table, K::NewListener)?) {
        // Announced before it is added, so it does not hear of itself; a
        // once-wrapper is announced as the function it wraps.
        let inner = l.get(&listener, K::Listener)?;
        let shown = if cx.is_nullish(&inner) { Arg::new_from(&listener) } else { inner.as_arg() };
        l.invoke(&this, K::Emit, &[l.key_value(K::NewListener), ty_v, shown])?;
        // Its listeners may have replaced the table.
        table = l.get(&this, K::Events)?;
    }
    let ty = cx.cached_atom_key(names, &ty_v)?;
    let existing = cx.get_atom(&table, &ty)?;
    if cx.is_undefined(&existing) {
        cx.set_atom(&table, &ty, cx.dup(&listener))?;
        let n = count_of(cx, l, &this)?;
        l.set(&this, K::Count, cx.number(n + 1.0))?;
        return Ok(cx.dup(&this));
    }
    let (list, len) = if cx.is_function(&existing) {
        let pair = if first { [cx.dup(&listener), existing] } else { [existing, cx.dup(&listener)] };
        let list = cx.array_of(pair)?;
        cx.set_atom(&table, &ty, list.dup())?;
        (list, 2)
    } else if cx.is_array(&existing) {
        let n = length_of(cx, l, &existing)?;
        if first {
            for i in (0..n).rev() {
                cx.set_index(&existing, i + 1, cx.get_index(&existing, i)?)?;
            }
            cx.set_index(&existing, 0, cx.dup(&listener))?;
        } else {
            cx.set_index(&existing, n, cx.dup(&listener))?;
        }
        (existing, n.saturating_add(1))
    } else {
        // Something else put there from JS: treat it as Node does, by its methods.
        l.invoke(&existing, if first { K::Unshift } else { K::Push }, &[listener])?;
        let n = length_of(cx, l, &existing)?;
        (existing, n)
    };
    warn_if_too_many(cx, l, &this, ty_v, &list, len)?;
    Ok(cx.dup(&this))
}

/// The leak warning, once per list, when a list outgrows the emitter's limit
/// (its `_maxListeners`, else the default; 0 means no limit).
fn warn_if_too_many(cx: Ctx, l: &Layout, this: &Arg, ty_v: Arg, list: &Value, len: u32) -> JsResult<()> {
    let mut limit = l.get(this, K::Max)?;
    if cx.is_undefined(&limit) {
        limit = l.get(&l.data.get(V_SETTINGS), K::DefaultMax)?;
    }
    let max = match cx.as_number(&limit) {
        Some(n) => n,
        None => cx.to_f64(&limit)?,
    };
    if !(max > 0.0) || (len as f64) <= max {
        return Ok(());
    }
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
    let (data, mut names) = slots.split(DATA_LEN);
    let l = Layout { cx, data };
    let (ty_v, listener) = (args.get(0), args.get(1));
    require_listener(cx, &listener)?;
    let table = l.get(&this, K::Events)?;
    if cx.is_undefined(&table) {
        return Ok(cx.dup(&this));
    }
    let ty = cx.cached_atom_key(&mut names, &ty_v)?;
    let entry = cx.get_atom(&table, &ty)?;
    if cx.is_undefined(&entry) {
        return Ok(cx.dup(&this));
    }
    let many = cx.is_array(&entry);
    let wraps = if many { cx.undefined() } else { l.get(&entry, K::Listener)? };
    if cx.same_object(&entry, &listener) || cx.same_object(&wraps, &listener) {
        // The name's only listener.
        let n = count_of(cx, &l, &this)? - 1.0;
        l.set(&this, K::Count, cx.number(n))?;
        if cx.to_bool(&l.get(&this, K::ShapeMode)?)? {
            cx.set_atom(&table, &ty, cx.undefined())?;
        } else if n == 0.0 {
            l.set(&this, K::Events, cx.object_with_proto(&cx.null())?)?;
        } else {
            cx.delete_atom(&table, &ty)?;
            if cx.to_bool(&l.get(&table, K::RemoveListener)?)? {
                let shown = if cx.to_bool(&wraps)? { wraps.as_arg() } else { listener };
                l.invoke(&this, K::Emit, &[l.key_value(K::RemoveListener), ty_v, shown])?;
            }
        }
        return Ok(cx.dup(&this));
    }
    if !many && (cx.is_function(&entry) || !cx.is_object(&entry)) {
        return Ok(cx.dup(&this));
    }
    let n = length_of(cx, &l, &entry)?;
    let mut at = None;
    for i in (0..n).rev() {
        let item = cx.get_index(&entry, i)?;
        if cx.same_object(&item, &listener) || cx.same_object(&l.get(&item, K::Listener)?, &listener) {
            at = Some(i);
            break;
        }
    }
    let Some(at) = at else {
        return Ok(cx.dup(&this));
    };
    let left = if many {
        for i in at..n - 1 {
            cx.set_index(&entry, i, cx.get_index(&entry, i + 1)?)?;
        }
        l.set(&entry, K::Length, if n - 1 <= i32::MAX as u32 { cx.int((n - 1) as i32) } else { cx.number((n - 1) as f64) })?;
        n - 1
    } else {
        if at == 0 {
            l.invoke(&entry, K::Shift, &[])?;
        } else {
            for i in at..n - 1 {
                cx.set_index(&entry, i, cx.get_index(&entry, i + 1)?)?;
            }
            l.invoke(&entry, K::Pop, &[])?;
        }
        length_of(cx, &l, &entry)?
    };
    if left == 1 {
        cx.set_atom(&table, &ty, cx.get_index(&entry, 0)?)?;
    }
    if !cx.is_undefined(&l.get(&table, K::RemoveListener)?) {
        l.invoke(&this, K::Emit, &[l.key_value(K::RemoveListener), ty_v, listener])?;
    }
    Ok(cx.dup(&this))
}
