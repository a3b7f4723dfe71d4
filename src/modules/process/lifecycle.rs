//! The process events a host drives (`JSRT_NodeEmitExit`, `JSRT_NodeEmitBeforeExit`,
//! `JSRT_NodeHandleUncaught`, `JSRT_NodeHandleRejection`). They act on the
//! global `process` (the host's or the library's fallback) through its `emit`,
//! so they work with any EventEmitter-shaped process. Node's order, as
//! observed under node 20:
//!
//! - natural end: `'beforeExit'` (code) while the loop stays empty, then
//!   `'exit'` (code); the status is `process.exitCode` after the listeners.
//! - uncaught exception: `'uncaughtExceptionMonitor'` (err, origin), then
//!   `'uncaughtException'` (err, origin) if it has listeners — handled, the
//!   program goes on. Without listeners: `process.exitCode = 1`, `'exit'` (1),
//!   then the host prints the error and ends with status 1. A listener that
//!   throws ends the process with status 7, with no `'exit'`.
//! - unhandled rejection (Node 20's default `throw` mode): `'unhandledRejection'`
//!   (reason, promise) if it has listeners; otherwise the reason goes the
//!   uncaught-exception way with origin `'unhandledRejection'` (a non-Error
//!   reason is wrapped in an `ERR_UNHANDLED_REJECTION` error as Node does).

use crate::context;
use crate::engine::{Ctx, JsRef, JsResult, Thrown, Value};
use crate::errors::{ErrorKind, NodeError};

/// Node's exit status when an `'uncaughtException'` handler itself throws.
const STATUS_HANDLER_THREW: i32 = 7;

fn process(cx: Ctx) -> JsResult<Option<Value>> {
    let global = cx.global();
    let p = cx.get(&global, "process")?;
    if !cx.is_object(&p) || !cx.is_function(&cx.get(&p, "emit")?) {
        return Ok(None);
    }
    Ok(Some(p))
}

fn emit(cx: Ctx, p: &Value, event: &str, args: &[&Value]) -> JsResult<bool> {
    let emit = cx.get(p, "emit")?;
    let mut all = vec![cx.string(event)?];
    for a in args {
        all.push(a.dup());
    }
    let r = cx.call_values(&emit, p, &all)?;
    cx.to_bool(&r)
}

fn listener_count(cx: Ctx, p: &Value, event: &str) -> JsResult<f64> {
    let f = cx.get(p, "listenerCount")?;
    if !cx.is_function(&f) {
        return Ok(0.0);
    }
    let n = cx.call(&f, p, &[cx.string(event)?.as_arg()])?;
    cx.to_f64(&n)
}

fn exit_code_number(cx: Ctx, p: &Value) -> JsResult<i32> {
    let ec = cx.get(p, "exitCode")?;
    if cx.is_nullish(&ec) {
        return Ok(0);
    }
    cx.to_i32(&ec)
}

fn exiting(cx: Ctx, p: &Value) -> JsResult<bool> {
    let v = cx.get(p, "_exiting")?;
    cx.to_bool(&v)
}

/// `'exit'` once (not when `process._exiting` is already set). `code >= 0` sets
/// `process.exitCode` first. Returns the status to end with.
pub fn emit_exit(cx: Ctx, code: i32) -> JsResult<i32> {
    let Some(p) = process(cx)? else { return Ok(code.max(0)) };
    if code >= 0 {
        cx.set(&p, "exitCode", cx.int(code))?;
    }
    if !exiting(cx, &p)? {
        cx.set(&p, "_exiting", cx.bool(true))?;
        let c = cx.int(exit_code_number(cx, &p)?);
        emit(cx, &p, "exit", &[&c])?;
    }
    exit_code_number(cx, &p)
}

/// `'beforeExit'` with the current exit code, unless the process is exiting.
pub fn before_exit(cx: Ctx) -> JsResult<()> {
    let Some(p) = process(cx)? else { return Ok(()) };
    if exiting(cx, &p)? {
        return Ok(());
    }
    let c = cx.int(exit_code_number(cx, &p)?);
    emit(cx, &p, "beforeExit", &[&c])?;
    Ok(())
}

/// Takes the pending exception through the process's handlers. Ok(None):
/// handled; Ok(Some(status)): the exception to report is pending again and the
/// process must end with `status` (which an `'exit'` listener may have set to 0).
pub fn handle_uncaught(cx: Ctx) -> JsResult<Option<i32>> {
    let err = cx.take_exception();
    dispatch(cx, err, "uncaughtException")
}

/// An unhandled rejection, reported after the microtasks drained.
pub fn handle_rejection(cx: Ctx, promise: &impl JsRef, reason: &impl JsRef) -> JsResult<Option<i32>> {
    if crate::modules::module::take_delivered(cx, reason)? {
        return Ok(None);
    }
    if let Some(p) = process(cx)? {
        if listener_count(cx, &p, "unhandledRejection")? > 0.0 {
            let (r, pr) = (cx.dup(reason), cx.dup(promise));
            return match emit(cx, &p, "unhandledRejection", &[&r, &pr]) {
                Ok(_) => Ok(None),
                Err(Thrown) => handle_uncaught(cx),
            };
        }
    }
    let err = if cx.is_error(reason) {
        cx.dup(reason)
    } else {
        let shown = crate::modules::util::inspect::inspect_short(cx, reason);
        let msg = format!(
            "This error originated either by throwing inside of an async function without a catch block, \
             or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason \"{shown}\"."
        );
        let e = NodeError::new(ErrorKind::Error, "ERR_UNHANDLED_REJECTION", msg).to_js(cx)?;
        cx.set(&e, "name", cx.string("UnhandledPromiseRejection")?)?;
        e
    };
    dispatch(cx, err, "unhandledRejection")
}

fn dispatch(cx: Ctx, err: Value, origin: &str) -> JsResult<Option<i32>> {
    let Some(p) = process(cx)? else {
        cx.throw(err);
        return Ok(Some(1));
    };
    let origin_v = cx.string(origin)?;
    if let Some(capture) = capture_callback(cx)? {
        return match cx.call(&capture, &cx.undefined(), &[err.as_arg()]) {
            Ok(_) => Ok(None),
            Err(Thrown) => Ok(Some(STATUS_HANDLER_THREW)),
        };
    }
    if emit(cx, &p, "uncaughtExceptionMonitor", &[&err, &origin_v]).is_err() {
        cx.set(&p, "_exiting", cx.bool(true))?;
        return Ok(Some(STATUS_HANDLER_THREW));
    }
    if listener_count(cx, &p, "uncaughtException")? > 0.0 {
        return match emit(cx, &p, "uncaughtException", &[&err, &origin_v]) {
            Ok(_) => Ok(None),
            Err(Thrown) => {
                cx.set(&p, "_exiting", cx.bool(true))?;
                Ok(Some(STATUS_HANDLER_THREW))
            }
        };
    }
    // Not handled: 'exit' (1) first, then the host reports the error.
    if !exiting(cx, &p)? {
        cx.set(&p, "_exiting", cx.bool(true))?;
        cx.set(&p, "exitCode", cx.int(1))?;
        let one = cx.int(1);
        if emit(cx, &p, "exit", &[&one]).is_err() {
            // The newer exception is the one Node reports.
            return Ok(Some(1));
        }
    }
    let status = exit_code_number(cx, &p).unwrap_or(1);
    cx.throw(err);
    Ok(Some(status))
}

fn capture_callback(cx: Ctx) -> JsResult<Option<Value>> {
    let Some(b) = context::slot_get(cx, super::SLOT_BINDING) else { return Ok(None) };
    let get = cx.get(&b, "captureCallback")?;
    if !cx.is_function(&get) {
        return Ok(None);
    }
    let f = cx.call(&get, &b, &[])?;
    Ok(if cx.is_function(&f) { Some(f) } else { None })
}
