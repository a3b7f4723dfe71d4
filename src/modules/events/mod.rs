//! `node:events`: EventEmitter and friends, plus the EventTarget, Event,
//! CustomEvent, AbortController and AbortSignal classes Node has as globals.
//!
//! The classes are JavaScript (events.js, embedded; it says why) evaluated
//! once per context with a binding of native helpers: Node's error objects,
//! `util.inspect`, the `process` object. `EventEmitter.prototype.emit` is then
//! replaced by a native function, because QuickJS interprets JS and a native
//! call is cheap (benches/events-run.sh compares both with Node). The JS emit
//! stays as its slow path for `'error'` events and as the reference for the
//! semantics.

use crate::context;
use crate::engine::{Arg, Args, Ctx, JsRef, JsResult, Prop, Value};
use crate::errors::{ErrorKind, NodeError};
use crate::registry;

const SOURCE: &str = include_str!("events.js");
const SLOT: &str = "events:internals";

/// `require('events')`: the EventEmitter constructor.
pub fn init(cx: Ctx) -> JsResult<Value> {
    let internals = internals(cx)?;
    cx.get(&internals, "EventEmitter")
}

/// What events.js returned for this context (EventEmitter, EventTarget, ...),
/// built on first use.
pub fn internals(cx: Ctx) -> JsResult<Value> {
    if let Some(v) = context::slot_get(cx, SLOT) {
        return Ok(v);
    }
    let binding = cx.object()?;
    cx.set_fn(&binding, "errInvalidArgType", events_err_invalid_arg_type, 3)?;
    cx.set_fn(&binding, "errOutOfRange", events_err_out_of_range, 3)?;
    cx.set_fn(&binding, "nodeError", events_node_error, 3)?;
    cx.set_fn(&binding, "inspect", events_inspect, 2)?;
    cx.set_fn(&binding, "getProcess", events_get_process, 0)?;
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
pub fn install_globals(cx: Ctx) -> JsResult<()> {
    let global = cx.global();
    let internals = internals(cx)?;
    for name in ["EventTarget", "Event", "CustomEvent", "AbortController", "AbortSignal"] {
        if cx.is_undefined(&cx.get(&global, name)?) {
            cx.define(&global, name, cx.get(&internals, name)?, Prop::HIDDEN)?;
        }
    }
    Ok(())
}

// ----- the native emit ----------------------------------------------------------------

/// Data slots of the native emit function.
const D_EVENTS: usize = 0; // interned "_events"
const D_ERROR: usize = 1; // interned "error"
const D_LENGTH: usize = 2; // interned "length"
const D_JS_EMIT: usize = 3; // the JS emit (the 'error' path)
const D_ADD_CATCH: usize = 4; // addCatch(that, promise, type, args)

fn install_native_emit(cx: Ctx, internals: &Value) -> JsResult<()> {
    let ee = cx.get(internals, "EventEmitter")?;
    let proto = cx.get(&ee, "prototype")?;
    let data = [
        cx.interned("_events")?,
        cx.interned("error")?,
        cx.interned("length")?,
        cx.get(internals, "emit")?,
        cx.get(internals, "addCatch")?,
    ];
    let args: Vec<Arg> = data.iter().map(|v| v.as_arg()).collect();
    let f = cx.function_with_data(events_native_emit, "emit", 1, &args)?;
    // Replaces the JS emit in place: the prototype's key order stays Node's.
    cx.set(&proto, "emit", f)
}

crate::js_fn_data!(events_native_emit [5] => native_emit);

/// `EventEmitter.prototype.emit(type, ...args)`: lib/events.js's emit, with
/// the `'error'` case delegated to the JS version.
fn native_emit(cx: Ctx, this: Arg, args: Args, data: Args) -> JsResult<Value> {
    let ty = cx.atom_key(&args.get(0))?;
    if ty == cx.atom_key(&data.get(D_ERROR))? {
        return cx.call_args(&data.get(D_JS_EMIT), &this, args, 0);
    }
    let events = cx.get_by_value(&this, &data.get(D_EVENTS))?;
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
    let len = cx.get_by_value(&handler, &data.get(D_LENGTH))?;
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

// ----- the binding ----------------------------------------------------------------------

crate::js_fn!(events_err_invalid_arg_type => err_invalid_arg_type);
fn err_invalid_arg_type(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let name = cx.to_string(&args.get(0))?;
    let expected_v = args.get(1);
    let mut expected = Vec::new();
    if cx.is_array(&expected_v) {
        let n = cx.to_f64(&cx.get(&expected_v, "length")?)? as u32;
        for i in 0..n {
            expected.push(cx.to_string(&cx.get_index(&expected_v, i)?)?);
        }
    } else {
        expected.push(cx.to_string(&expected_v)?);
    }
    let refs: Vec<&str> = expected.iter().map(|s| s.as_str()).collect();
    NodeError::invalid_arg_type(cx, &name, &refs, &args.get(2)).to_js(cx)
}

crate::js_fn!(events_err_out_of_range => err_out_of_range);
fn err_out_of_range(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let name = cx.to_string(&args.get(0))?;
    let range = cx.to_string(&args.get(1))?;
    let received = received_for_range(cx, &args.get(2))?;
    NodeError::out_of_range(&name, &range, &received).to_js(cx)
}

/// The `Received ...` part of Node's ERR_OUT_OF_RANGE message.
pub fn received_for_range(cx: Ctx, v: &impl JsRef) -> JsResult<String> {
    if let Some(d) = cx.as_number(v) {
        if d.fract() == 0.0 && d.is_finite() && d.abs() > 4294967296.0 {
            return Ok(add_numerical_separator(&crate::errors::number_to_js_string(cx, d, false)));
        }
    }
    if cx.is_bigint(v) {
        let s = cx.to_string(v)?;
        let digits = s.trim_start_matches('-');
        let big = digits.len() > 10 || (digits.len() == 10 && digits > "4294967296");
        return Ok(format!("{}n", if big { add_numerical_separator(&s) } else { s }));
    }
    inspect_string(cx, v, None)
}

/// Node's addNumericalSeparator: `1234567` -> `1_234_567`.
pub fn add_numerical_separator(val: &str) -> String {
    let b = val.as_bytes();
    let start = if b.first() == Some(&b'-') { 1 } else { 0 };
    let mut i = val.len();
    let mut res = String::new();
    while i >= start + 4 {
        res = format!("_{}{}", &val[i - 3..i], res);
        i -= 3;
    }
    format!("{}{}", &val[..i], res)
}

crate::js_fn!(events_node_error => node_error);
fn node_error(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let kind = match cx.to_string(&args.get(0))?.as_str() {
        "TypeError" => ErrorKind::TypeError,
        "RangeError" => ErrorKind::RangeError,
        "SyntaxError" => ErrorKind::SyntaxError,
        _ => ErrorKind::Error,
    };
    let code = cx.to_string(&args.get(1))?;
    let message = cx.to_string(&args.get(2))?;
    // NodeError codes are static strings; the few JS-made codes are leaked once each.
    let code: &'static str = static_code(&code);
    NodeError::new(kind, code, message).to_js(cx)
}

fn static_code(code: &str) -> &'static str {
    const KNOWN: &[&str] = &[
        "ERR_UNHANDLED_ERROR",
        "ERR_INVALID_THIS",
        "ERR_MISSING_ARGS",
        "ERR_EVENT_RECURSION",
        "ERR_ILLEGAL_CONSTRUCTOR",
        "ERR_INVALID_ARG_TYPE",
        "ERR_INVALID_ARG_VALUE",
        "ERR_OUT_OF_RANGE",
    ];
    KNOWN.iter().find(|k| **k == code).copied().unwrap_or("ERR_INTERNAL_ASSERTION")
}

crate::js_fn!(events_inspect => inspect_js);
fn inspect_js(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let s = inspect_string(cx, &args.get(0), Some(args.get(1)))?;
    cx.string(&s)
}

/// `util.inspect(v, opts)`: the util module's when it is available (native or
/// host), else the library's short inspector.
pub fn inspect_string(cx: Ctx, v: &impl JsRef, opts: Option<Arg>) -> JsResult<String> {
    if matches!(registry::tier("util"), Some(registry::Tier::Native) | Some(registry::Tier::Host)) {
        let util = registry::load_cjs(cx, "util")?;
        let f = cx.get(&util, "inspect")?;
        if cx.is_function(&f) {
            let mut call_args = vec![Arg::new_from(v)];
            if let Some(o) = opts {
                call_args.push(o);
            }
            let s = cx.call(&f, &util, &call_args)?;
            return cx.to_string(&s);
        }
    }
    let mut depth = 2;
    if let Some(o) = opts {
        if cx.is_object(&o) {
            let d = cx.get(&o, "depth")?;
            if let Some(n) = cx.as_number(&d) {
                depth = n as i32;
            }
        }
    }
    if depth < 0 && cx.is_object(v) && !cx.is_function(v) {
        // Node prints an object past the depth limit as `[CtorName]`.
        let ctor = cx.get(v, "constructor")?;
        let name = if cx.is_function(&ctor) { cx.to_string(&cx.get(&ctor, "name")?)? } else { String::new() };
        return Ok(if cx.is_array(v) {
            "[Array]".into()
        } else if name.is_empty() {
            "[Object: null prototype]".into()
        } else {
            format!("[{name}]")
        });
    }
    Ok(crate::modules::util::inspect::inspect(cx, v, depth))
}

crate::js_fn!(events_get_process => get_process);
fn get_process(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    registry::load_cjs(cx, "process")
}
