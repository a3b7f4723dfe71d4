//! `node:events`: EventEmitter and friends, plus the EventTarget, Event,
//! CustomEvent, AbortController and AbortSignal classes Node has as globals.
//!
//! The classes are JavaScript (events.js and event_target.js, embedded; they
//! say why) evaluated per context with a binding of native helpers: Node's
//! error objects, `util.inspect`, the `process` object. event_target.js is
//! evaluated only when one of its classes is first used. After events.js runs,
//! emit, addListener/on, prependListener and removeListener/off on
//! EventEmitter.prototype are replaced by native functions: QuickJS interprets
//! JS and a native call is cheap (`benches/run.sh build/jsrt-node events` measures). The JS
//! versions stay as slow paths and as the reference semantics.

use crate::context;
use crate::engine::{Arg, Args, Ctx, JsRef, JsResult, StaticKey, Value};
use crate::errors::NodeError;
use crate::registry;

const SOURCE: &str = include_str!("events.js");
const EVENT_TARGET_SOURCE: &str = include_str!("event_target.js");
const SLOT: &str = "events:internals";

/// `require('events')`: the EventEmitter constructor.
pub fn init(cx: Ctx) -> JsResult<Value> {
    let internals = internals(cx)?;
    cx.get(&internals, "EventEmitter")
}

/// What events.js returned for this context (EventEmitter, EventTarget, ...),
/// built on first use.
/// Node's `AbortError` class, one per context: events, stream and timers throw it.
pub fn abort_error_class(cx: Ctx) -> JsResult<Value> {
    cx.get(&internals(cx)?, "AbortError")
}

pub fn internals(cx: Ctx) -> JsResult<Value> {
    if let Some(v) = context::slot_get(cx, SLOT) {
        return Ok(v);
    }
    let binding = cx.object()?;
    cx.set_fn(&binding, "errInvalidArgType", crate::errors::js_invalid_arg_type, 3)?;
    cx.set_fn(&binding, "errOutOfRange", crate::errors::js_out_of_range, 3)?;
    cx.set_fn(&binding, "errMissingArgs", crate::errors::js_missing_args, 1)?;
    cx.set_fn(&binding, "nodeError", crate::errors::js_node_error, 3)?;
    cx.set(&binding, "inspect", crate::modules::util::state::inspect_function(cx)?)?;
    cx.set_fn(&binding, "getProcess", events_get_process, 0)?;
    cx.set_fn(&binding, "loadEventTarget", events_load_event_target, 1)?;
    let internals = cx.call_script_factory(SOURCE, "node:events", &binding)?;
    install_native_emit(cx, &internals)?;
    Ok(context::slot_get_or_insert(cx, SLOT, internals))
}

/// The EventEmitter constructor of this context.
pub fn event_emitter(cx: Ctx) -> JsResult<Value> {
    init(cx)
}

/// Installs `EventTarget`, `Event`, `CustomEvent`, `AbortController` and
/// `AbortSignal` on the global object where the engine (or the host) has none.
/// They are accessors that evaluate event_target.js on first use and then
/// become plain data properties (writable, configurable, not enumerable).
pub fn install_globals(cx: Ctx) -> JsResult<()> {
    let global = cx.global();
    let mut missing = Vec::new();
    for name in ["EventTarget", "Event", "CustomEvent", "AbortController", "AbortSignal"] {
        if cx.is_undefined(&cx.get(&global, name)?) {
            missing.push(cx.string(name)?);
        }
    }
    if missing.is_empty() {
        return Ok(());
    }
    let internals = internals(cx)?;
    let install = cx.get(&internals, "installWebGlobals")?;
    let names = cx.array_from(missing)?;
    cx.call(&install, &internals, &[global.as_arg(), names.as_arg()])?;
    Ok(())
}

// ----- the native hot paths -------------------------------------------------------------

// The data every native method carries: property keys fixed at creation (each
// as a holder/handle pair, see `Ctx::make_static_key`), then JS helpers.
const KEYS: &[&str] = &[
    "_events",
    "_eventsCount",
    "error",
    "length",
    "newListener",
    "removeListener",
    "listener",
    "_maxListeners",
    "defaultMaxListeners",
    "warned",
    "emit",
];
const K_EVENTS: usize = 0;
const K_EVENTS_COUNT: usize = 1;
const K_ERROR: usize = 2;
const K_LENGTH: usize = 3;
const K_NEW_LISTENER: usize = 4;
const K_REMOVE_LISTENER: usize = 5;
const K_LISTENER: usize = 6;
const K_MAX_LISTENERS: usize = 7;
const K_DEFAULT_MAX: usize = 8;
const K_WARNED: usize = 9;
const K_EMIT: usize = 10;
const K_SHAPE_MODE: usize = 11; // a symbol, from events.js
const N_KEYS: usize = 12;
// JS values after the keys.
const D_JS_EMIT: usize = 2 * N_KEYS; // the JS emit (the 'error' path)
const D_ADD_CATCH: usize = D_JS_EMIT + 1; // addCatch(that, promise, type, args)
const D_ADD_SLOW: usize = D_JS_EMIT + 2; // _addListener(target, type, listener, prepend, announced)
const D_REMOVE_SLOW: usize = D_JS_EMIT + 3; // the JS removeListener
const D_WARN_LEAK: usize = D_JS_EMIT + 4; // warnLeak(target, type, existing, m)
const D_MAX_STATE: usize = D_JS_EMIT + 5; // { defaultMaxListeners }
const D_LEN: usize = D_JS_EMIT + 6;

/// Replaces emit, addListener/on, prependListener and removeListener/off on
/// EventEmitter.prototype with native functions, in place (the prototype's key
/// order stays Node's). On QuickJS, which interprets JS, these are several
/// times faster than the same steps in JS; the JS versions stay as the slow
/// paths for unusual `_events` contents.
fn install_native_emit(cx: Ctx, internals: &Value) -> JsResult<()> {
    let ee = cx.get(internals, "EventEmitter")?;
    let proto = cx.get(&ee, "prototype")?;
    let mut data: Vec<Value> = Vec::with_capacity(D_LEN);
    let shape_mode = cx.get(internals, "kShapeMode")?;
    for i in 0..N_KEYS {
        let key = if i == K_SHAPE_MODE { shape_mode.dup() } else { cx.interned(KEYS[i])? };
        let (holder, handle) = cx.make_static_key(&key)?;
        data.push(holder);
        data.push(handle);
    }
    for name in ["emit", "addCatch", "addListenerSlow", "removeListenerSlow", "warnLeak"] {
        data.push(cx.get(internals, name)?);
    }
    data.push(cx.get(internals, "maxListenersState")?);
    let args: Vec<Arg> = data.iter().map(|v| v.as_arg()).collect();
    let emit = cx.function_with_data(events_native_emit, "emit", 1, &args)?;
    cx.set(&proto, "emit", emit)?;
    let add = cx.function_with_data(events_native_add, "addListener", 2, &args)?;
    cx.set(&proto, "addListener", add.dup())?;
    cx.set(&proto, "on", add)?;
    let prepend = cx.function_with_data(events_native_prepend, "prependListener", 2, &args)?;
    cx.set(&proto, "prependListener", prepend)?;
    let remove = cx.function_with_data(events_native_remove, "removeListener", 2, &args)?;
    cx.set(&proto, "removeListener", remove.dup())?;
    cx.set(&proto, "off", remove)?;
    Ok(())
}

fn key(cx: Ctx, data: &Args, k: usize) -> StaticKey {
    // SAFETY: data was laid out by install_native_emit: the handle at 2k+1
    // belongs to the holder at 2k, which the function keeps alive.
    unsafe { cx.static_key(&data.get(2 * k + 1)) }
}

crate::js_fn_data!(events_native_emit [D_LEN as i32] => native_emit);

/// `EventEmitter.prototype.emit(type, ...args)`: lib/events.js's emit, with
/// the `'error'` case delegated to the JS version.
fn native_emit(cx: Ctx, this: Arg, args: Args, data: Args) -> JsResult<Value> {
    let ty = cx.atom_key(&args.get(0))?;
    if ty.is(key(cx, &data, K_ERROR)) {
        return cx.call_args(&data.get(D_JS_EMIT), &this, args, 0);
    }
    let events = cx.get_static(&this, key(cx, &data, K_EVENTS))?;
    if cx.is_undefined(&events) {
        return Ok(cx.bool(false));
    }
    let handler = cx.get_atom(&events, &ty)?;
    if cx.is_undefined(&handler) {
        return Ok(cx.bool(false));
    }
    if cx.is_function(&handler) {
        let result = cx.call_args(&handler, &this, args, 1)?;
        if !cx.is_nullish(&result) {
            add_catch(cx, this, &result, args, &data)?;
        }
        return Ok(cx.bool(true));
    }
    // Several listeners: call a snapshot, so listeners added or removed during
    // this emit do not change who is called now.
    let len = cx.get_static(&handler, key(cx, &data, K_LENGTH))?;
    let len = cx.to_f64(&len)?;
    let n = if len.is_nan() || len <= 0.0 { 0 } else { len.min(u32::MAX as f64) as u32 };
    let mut listeners = Vec::with_capacity(n as usize);
    for i in 0..n {
        listeners.push(cx.get_index(&handler, i)?);
    }
    for l in &listeners {
        let result = cx.call_args(l, &this, args, 1)?;
        if !cx.is_nullish(&result) {
            add_catch(cx, this, &result, args, &data)?;
        }
    }
    Ok(cx.bool(true))
}

fn add_catch(cx: Ctx, this: Arg, result: &Value, args: Args, data: &Args) -> JsResult<()> {
    let rest: Vec<Value> = args.iter().skip(1).map(|a| cx.dup(&a)).collect();
    let rest = cx.array_from(rest)?;
    cx.call(&data.get(D_ADD_CATCH), &cx.undefined(), &[this, result.as_arg(), args.get(0), rest.as_arg()])?;
    Ok(())
}

fn check_listener(cx: Ctx, listener: &Arg) -> JsResult<()> {
    if cx.is_function(listener) {
        Ok(())
    } else {
        Err(NodeError::invalid_arg_type(cx, "listener", &["Function"], listener).throw(cx))
    }
}

crate::js_fn_data!(events_native_add [D_LEN as i32] => native_add);
fn native_add(cx: Ctx, this: Arg, args: Args, data: Args) -> JsResult<Value> {
    add_listener(cx, this, args, data, false)
}

crate::js_fn_data!(events_native_prepend [D_LEN as i32] => native_prepend);
fn native_prepend(cx: Ctx, this: Arg, args: Args, data: Args) -> JsResult<Value> {
    add_listener(cx, this, args, data, true)
}

/// lib/events.js's _addListener.
fn add_listener(cx: Ctx, this: Arg, args: Args, data: Args, prepend: bool) -> JsResult<Value> {
    let (ty_v, listener) = (args.get(0), args.get(1));
    check_listener(cx, &listener)?;
    let k_events = key(cx, &data, K_EVENTS);
    let k_count = key(cx, &data, K_EVENTS_COUNT);
    let mut events = cx.get_static(&this, k_events)?;
    let ty = cx.atom_key(&ty_v)?;
    let existing = if cx.is_undefined(&events) {
        events = cx.object_with_proto(&cx.null())?;
        cx.set_static(&this, k_events, events.dup())?;
        cx.set_static(&this, k_count, cx.int(0))?;
        cx.undefined()
    } else {
        // 'newListener' is emitted before the listener is added, so a
        // 'newListener' listener does not see itself.
        let nl = cx.get_static(&events, key(cx, &data, K_NEW_LISTENER))?;
        if !cx.is_undefined(&nl) {
            let inner = cx.get_static(&listener, key(cx, &data, K_LISTENER))?;
            let shown = if cx.is_nullish(&inner) { cx.dup(&listener) } else { inner };
            let emit = cx.get_static(&this, key(cx, &data, K_EMIT))?;
            cx.call(&emit, &this, &[key_name(&data, K_NEW_LISTENER), ty_v, shown.as_arg()])?;
            // A newListener listener may have replaced this._events.
            events = cx.get_static(&this, k_events)?;
        }
        cx.get_atom(&events, &ty)?
    };
    if cx.is_undefined(&existing) {
        cx.set_atom(&events, &ty, cx.dup(&listener))?;
        let count = cx.get_static(&this, k_count)?;
        let count = cx.to_f64(&count)?;
        cx.set_static(&this, k_count, cx.number(count + 1.0))?;
        return Ok(cx.dup(&this));
    }
    let list = if cx.is_function(&existing) {
        let pair = if prepend {
            vec![cx.dup(&listener), existing]
        } else {
            vec![existing, cx.dup(&listener)]
        };
        let arr = cx.array_from(pair)?;
        cx.set_atom(&events, &ty, arr.dup())?;
        arr
    } else if cx.is_array(&existing) && !prepend {
        let len = cx.to_f64(&cx.get_static(&existing, key(cx, &data, K_LENGTH))?)?;
        cx.set_index(&existing, len as u32, cx.dup(&listener))?;
        existing
    } else {
        // unshift, or an `_events` entry that is no array: the JS code, told
        // that 'newListener' went out already.
        let (prepend, announced) = (cx.bool(prepend), cx.bool(true));
        let args = [this, ty_v, listener, prepend.as_arg(), announced.as_arg()];
        return cx.call(&data.get(D_ADD_SLOW), &cx.undefined(), &args);
    };
    // Check for a listener leak.
    let mut m = cx.get_static(&this, key(cx, &data, K_MAX_LISTENERS))?;
    if cx.is_undefined(&m) {
        m = cx.get_static(&data.get(D_MAX_STATE), key(cx, &data, K_DEFAULT_MAX))?;
    }
    let limit = cx.to_f64(&m)?;
    if limit > 0.0 {
        let len = cx.to_f64(&cx.get_static(&list, key(cx, &data, K_LENGTH))?)?;
        if len > limit && !cx.to_bool(&cx.get_static(&list, key(cx, &data, K_WARNED))?)? {
            cx.call(&data.get(D_WARN_LEAK), &cx.undefined(), &[this, ty_v, list.as_arg(), m.as_arg()])?;
        }
    }
    Ok(cx.dup(&this))
}

/// Static key `k` as a JS value (its holder: the interned string).
fn key_name<'a>(data: &Args<'a>, k: usize) -> Arg<'a> {
    data.get(2 * k)
}

crate::js_fn_data!(events_native_remove [D_LEN as i32] => native_remove);

/// lib/events.js's removeListener.
fn native_remove(cx: Ctx, this: Arg, args: Args, data: Args) -> JsResult<Value> {
    let (ty_v, listener) = (args.get(0), args.get(1));
    check_listener(cx, &listener)?;
    let k_events = key(cx, &data, K_EVENTS);
    let k_count = key(cx, &data, K_EVENTS_COUNT);
    let k_listener = key(cx, &data, K_LISTENER);
    let events = cx.get_static(&this, k_events)?;
    if cx.is_undefined(&events) {
        return Ok(cx.dup(&this));
    }
    let ty = cx.atom_key(&ty_v)?;
    let list = cx.get_atom(&events, &ty)?;
    if cx.is_undefined(&list) {
        return Ok(cx.dup(&this));
    }
    let list_inner = cx.get_static(&list, k_listener)?;
    if cx.strict_equals(&list, &listener) || cx.strict_equals(&list_inner, &listener) {
        let count = cx.to_f64(&cx.get_static(&this, k_count)?)? - 1.0;
        cx.set_static(&this, k_count, cx.number(count))?;
        let shape_mode = cx.get_static(&this, key(cx, &data, K_SHAPE_MODE))?;
        if cx.to_bool(&shape_mode)? {
            cx.set_atom(&events, &ty, cx.undefined())?;
        } else if count == 0.0 {
            cx.set_static(&this, k_events, cx.object_with_proto(&cx.null())?)?;
        } else {
            cx.delete_atom(&events, &ty)?;
            let rl = cx.get_static(&events, key(cx, &data, K_REMOVE_LISTENER))?;
            if cx.to_bool(&rl)? {
                let shown = if cx.to_bool(&list_inner)? { list_inner } else { cx.dup(&listener) };
                emit_remove_listener(cx, this, ty_v, &shown, &data)?;
            }
        }
        return Ok(cx.dup(&this));
    }
    if cx.is_function(&list) {
        return Ok(cx.dup(&this));
    }
    if !cx.is_array(&list) {
        return cx.call(&data.get(D_REMOVE_SLOW), &this, &[ty_v, listener]);
    }
    let len = cx.to_f64(&cx.get_static(&list, key(cx, &data, K_LENGTH))?)? as u32;
    // The last-added copy goes first.
    let mut position = None;
    for i in (0..len).rev() {
        let item = cx.get_index(&list, i)?;
        if cx.strict_equals(&item, &listener) || cx.strict_equals(&cx.get_static(&item, k_listener)?, &listener) {
            position = Some(i);
            break;
        }
    }
    let Some(position) = position else {
        return Ok(cx.dup(&this));
    };
    // list.shift() / spliceOne(list, position): move the rest down, drop the last.
    for i in position..len.saturating_sub(1) {
        cx.set_index(&list, i, cx.get_index(&list, i + 1)?)?;
    }
    cx.set_static(&list, key(cx, &data, K_LENGTH), cx.number(len as f64 - 1.0))?;
    if len == 2 {
        cx.set_atom(&events, &ty, cx.get_index(&list, 0)?)?;
    }
    let rl = cx.get_static(&events, key(cx, &data, K_REMOVE_LISTENER))?;
    if !cx.is_undefined(&rl) {
        emit_remove_listener(cx, this, ty_v, &listener, &data)?;
    }
    Ok(cx.dup(&this))
}

fn emit_remove_listener(cx: Ctx, this: Arg, ty: Arg, listener: &impl JsRef, data: &Args) -> JsResult<()> {
    let emit = cx.get_static(&this, key(cx, data, K_EMIT))?;
    cx.call(&emit, &this, &[key_name(data, K_REMOVE_LISTENER), ty, Arg::new_from(listener)])?;
    Ok(())
}

// ----- the binding ----------------------------------------------------------------------

crate::js_fn!(events_load_event_target => load_event_target);
fn load_event_target(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    cx.call_script_factory(EVENT_TARGET_SOURCE, "node:events/event_target", &args.get(0))
}

crate::js_fn!(events_get_process => get_process);
fn get_process(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    registry::load_cjs(cx, "process")
}
