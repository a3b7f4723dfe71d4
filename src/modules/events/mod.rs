//! `node:events`: EventEmitter and friends, plus the EventTarget, Event,
//! CustomEvent, AbortController and AbortSignal classes Node has as globals.
//!
//! The classes' shape is JavaScript (events.js and event_target.js, embedded;
//! they say why) evaluated per context with a host object of native helpers:
//! Node's error objects, `util.inspect`, the `process` object.
//! event_target.js is evaluated only when one of its classes is first used.
//! The methods every emitter runs all the time (emit, addListener/on,
//! prependListener, once, prependOnceListener, removeListener/off) are native
//! (emitter.rs): QuickJS interprets JS, and there a call into Rust costs less
//! than the JS it replaces (`benches/run.sh build/jsrt-node events` measures).

mod emitter;

use crate::context;
use crate::engine::{Arg, Args, Ctx, JsResult, Value};
use crate::registry;

const SOURCE: &str = crate::embedded_js!("events.js");
const EVENT_TARGET_SOURCE: &str = crate::embedded_js!("event_target.js");
const SLOT: &str = "events:internals";
const DOM_EXCEPTION_SOURCE: &str = crate::embedded_js!("dom_exception.js");
const SLOT_DOM_EXCEPTION: &str = "events:DOMException";

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
    let host = cx.object()?;
    cx.set_fn(&host, "errInvalidArgType", crate::errors::js_invalid_arg_type, 3)?;
    cx.set_fn(&host, "errOutOfRange", crate::errors::js_out_of_range, 3)?;
    cx.set_fn(&host, "errMissingArgs", crate::errors::js_missing_args, 1)?;
    cx.set_fn(&host, "nodeError", crate::errors::js_node_error, 3)?;
    cx.set_fn(&host, "headStack", crate::errors::js_head_stack, 1)?;
    cx.set(&host, "inspect", crate::modules::util::state::inspect_function(cx)?)?;
    // Read by events.js when first needed: made then (engine::FnEntry).
    cx.set_fn_list(
        &host,
        crate::fn_list![
            "getProcess" => events_get_process, 0;
            "loadEventTarget" => events_load_event_target, 1;
            "loadPart" => events_load_part, 2;
            "asyncResourceClass" => events_async_resource_class, 0;
        ],
    )?;
    let internals = cx.call_script_factory(SOURCE, "node:events", &host)?;
    emitter::install(cx, &internals)?;
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
    if cx.is_undefined(&cx.get(&global, "DOMException")?) {
        crate::lazy::define_with_names(cx, &global, "DOMException", false, crate::lazy::Source::DomException, 0, "", "")?;
    }
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

/// The library's `DOMException` class (dom_exception.js), one per context:
/// the global where the host has none (read on first use, src/lazy.rs).
pub fn dom_exception_class(cx: Ctx) -> JsResult<Value> {
    if let Some(v) = context::slot_get(cx, SLOT_DOM_EXCEPTION) {
        return Ok(v);
    }
    let b = cx.object()?;
    cx.set_fn_list(
        &b,
        crate::fn_list![
            "nodeError" => crate::errors::js_node_error, 3;
            "headStack" => crate::errors::js_head_stack, 1;
        ],
    )?;
    let class = cx.call_script_factory(DOM_EXCEPTION_SOURCE, "<jsrt-node:DOMException>", &b)?;
    Ok(context::slot_get_or_insert(cx, SLOT_DOM_EXCEPTION, class))
}

/// `new DOMException(message, name)`: the global class (the host's, or the
/// library's lazy global), else the library's when no global exists.
pub fn new_dom_exception(cx: Ctx, message: &str, name: &str) -> JsResult<Value> {
    let global = cx.get(&cx.global(), "DOMException")?;
    let ctor = if cx.is_function(&global) { global } else { dom_exception_class(cx)? };
    let (m, n) = (cx.string(message)?, cx.string(name)?);
    cx.construct(&ctor, &[m.as_arg(), n.as_arg()])
}

// ----- the host object --------------------------------------------------------------------

crate::js_fn!(events_load_event_target => load_event_target);
fn load_event_target(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    cx.call_script_factory(EVENT_TARGET_SOURCE, "node:events/event_target", &args.get(0))
}

/// The parts of events.js kept in their own files, evaluated on first use
/// with what events.js shares with them: `host.loadPart(name, shared)`.
const PARTS: &[(&str, &str, &str)] = &[
    ("on", crate::embedded_js!("on.js"), "node:events/on"),
    ("async_resource", crate::embedded_js!("async_resource.js"), "node:events/async_resource"),
];

crate::js_fn!(events_load_part => load_part);
fn load_part(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let name = cx.to_string(&args.get(0))?;
    let Some((_, src, file)) = PARTS.iter().find(|(n, _, _)| *n == name) else {
        return Err(cx.throw_internal("unknown events part"));
    };
    cx.call_script_factory(src, file, &args.get(1))
}

crate::js_fn!(events_async_resource_class => async_resource_class);
/// async_hooks' AsyncResource, which EventEmitterAsyncResource's resources
/// extend as in Node (the library's class, whatever async_hooks a host registers).
fn async_resource_class(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    crate::modules::async_hooks::resource_class(cx)
}

crate::js_fn!(events_get_process => get_process);
fn get_process(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    registry::load_cjs(cx, "process")
}
