//! `node:stream` and `node:stream/promises`: Readable, Writable, Duplex,
//! Transform, PassThrough, pipeline, finished and the rest of Node 20's
//! surface.
//!
//! The state machine is JavaScript (core.js, then plumbing.js, both embedded
//! and evaluated once per context with a binding of native helpers; pipeline.js
//! on the first pipeline/compose/iterator-helper call): every step
//! of it is a function user code can override or observe (`_read`, `_write`,
//! `push`, `on`, the events), see docs/STREAMS.md. The binding supplies what is
//! native already: Node's error objects, `Buffer` (concat, from, isEncoding),
//! `StringDecoder` (on first use), the process's `nextTick` queue and EventEmitter's native
//! `emit`.

pub mod host;
pub mod web;

use crate::context;
use crate::engine::{Arg, Args, Ctx, JsResult, Value};
use crate::registry;

const CORE: &str = crate::embedded_js!("core.js");
const PLUMBING: &str = crate::embedded_js!("plumbing.js");
const PIPELINE: &str = crate::embedded_js!("pipeline.js");
const CONSUMERS: &str = crate::embedded_js!("consumers.js");
const SLOT_CONSUMERS: &str = "stream:consumers";
const SLOT: &str = "stream:internals";
const LEGACY: &str = crate::embedded_js!("legacy.js");
const SLOT_MODULE: &str = "stream:module";
const SLOT_STREAM: &str = "stream:legacy";

/// `require('stream')`: the legacy `Stream` constructor carrying the API,
/// filled by core.js and plumbing.js on its first use (modules::lazy):
/// requiring stream runs only legacy.js.
pub fn init(cx: Ctx) -> JsResult<Value> {
    if let Some(v) = context::slot_get(cx, SLOT_MODULE) {
        return Ok(v);
    }
    let events = crate::modules::events::event_emitter(cx)?;
    let stream = cx.call_script_factory(LEGACY, "node:stream/legacy", &events)?;
    let module = crate::modules::lazy::module(cx, &stream, stream_load, "loadStream")?;
    context::slot_get_or_insert(cx, SLOT_STREAM, stream);
    Ok(context::slot_get_or_insert(cx, SLOT_MODULE, module))
}

crate::js_fn!(stream_load => load);
/// The module object's first use: core.js and plumbing.js fill the legacy Stream.
fn load(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    internals(cx)?;
    Ok(cx.undefined())
}

/// `require('stream/promises')`.
pub fn init_promises(cx: Ctx) -> JsResult<Value> {
    let internals = internals(cx)?;
    cx.get(&internals, "promises")
}

/// `require('stream/consumers')`.
pub fn init_consumers(cx: Ctx) -> JsResult<Value> {
    if let Some(v) = context::slot_get(cx, SLOT_CONSUMERS) {
        return Ok(v);
    }
    let binding = cx.object()?;
    cx.set(&binding, "Buffer", crate::modules::buffer::buffer_constructor(cx)?)?;
    let buffer = registry::load_cjs(cx, "buffer")?;
    cx.set(&binding, "Blob", cx.get(&buffer, "Blob")?)?;
    let util = registry::load_cjs(cx, "util")?;
    cx.set(&binding, "TextDecoder", cx.get(&util, "TextDecoder")?)?;
    let module = cx.call_script_factory(CONSUMERS, "node:stream/consumers", &binding)?;
    Ok(context::slot_get_or_insert(cx, SLOT_CONSUMERS, module))
}

/// The legacy aliases `_stream_readable` etc.: the classes themselves.
pub fn init_readable(cx: Ctx) -> JsResult<Value> {
    class(cx, "Readable")
}
pub fn init_writable(cx: Ctx) -> JsResult<Value> {
    class(cx, "Writable")
}
pub fn init_duplex(cx: Ctx) -> JsResult<Value> {
    class(cx, "Duplex")
}
pub fn init_transform(cx: Ctx) -> JsResult<Value> {
    class(cx, "Transform")
}
pub fn init_passthrough(cx: Ctx) -> JsResult<Value> {
    class(cx, "PassThrough")
}

fn class(cx: Ctx, name: &str) -> JsResult<Value> {
    let m = init(cx)?;
    cx.get(&m, name)
}

fn internals(cx: Ctx) -> JsResult<Value> {
    if let Some(v) = context::slot_get(cx, SLOT) {
        return Ok(v);
    }
    let module = init(cx)?;
    let stream = context::slot_get(cx, SLOT_STREAM).ok_or_else(|| cx.throw_internal("node:stream: no Stream"))?;
    let binding = cx.object()?;
    cx.set(&binding, "EventEmitter", crate::modules::events::event_emitter(cx)?)?;
    cx.set(&binding, "Buffer", crate::modules::buffer::buffer_constructor(cx)?)?;
    // The library's own tick queue (JSRT_NodeRunJobs drains it), not the host's
    // process.nextTick: jsrt's drops the callback's arguments, and loading a
    // host's process module from here recursed in jsrt, whose process module
    // builds process.stdout on node:stream.
    cx.set_fn(&binding, "nextTick", crate::modules::process::process_next_tick, 1)?;
    cx.set_fn(&binding, "nodeError", crate::errors::js_node_error, 3)?;
    cx.set(&binding, "AbortError", crate::modules::events::abort_error_class(cx)?)?;
    cx.set_fn(&binding, "errInvalidArgType", crate::errors::js_invalid_arg_type, 3)?;
    cx.set(&binding, "inspect", crate::modules::util::state::inspect_function(cx)?)?;
    // Read by core.js and plumbing.js when first needed: made then (engine::FnEntry).
    cx.set_fn_list(
        &binding,
        crate::fn_list![
            "stringDecoder" => stream_string_decoder, 0;
            "getProcess" => stream_get_process, 0;
            "abortController" => stream_abort_controller, 0;
            "webIfLoaded" => web::web_if_loaded, 0;
            "webInterop" => web::web_interop, 0;
            "pipelinePart" => stream_pipeline_part, 1;
        ],
    )?;
    cx.set(&binding, "Stream", stream)?;
    cx.set(&binding, "StreamModule", module)?;
    let core = cx.call_script_factory(CORE, "node:stream", &binding)?;
    let factory = cx.eval_script(PLUMBING, "node:stream/plumbing")?;
    let internals = cx.call(&factory, &cx.undefined(), &[Arg::new_from(&binding), Arg::new_from(&core)])?;
    Ok(context::slot_get_or_insert(cx, SLOT, internals))
}

crate::js_fn!(stream_pipeline_part => pipeline_part);
/// pipeline.js (pipeline, compose, Duplex.from, the iterator helpers), read on
/// the first call of one of them with what plumbing.js shares.
fn pipeline_part(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    cx.call_script_factory(PIPELINE, "node:stream/pipeline", &args.get(0))
}

crate::js_fn!(stream_string_decoder => string_decoder_class);
/// node:string_decoder's class, asked for by core.js when a stream first
/// decodes (require('stream') does not read string_decoder.js).
fn string_decoder_class(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    let sd = crate::modules::string_decoder::init(cx)?;
    cx.get(&sd, "StringDecoder")
}

crate::js_fn!(stream_abort_controller => abort_controller);
/// AbortController from node:events' EventTarget family (the same class the
/// globals are, and there even where the host installs no globals).
fn abort_controller(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    let events = crate::modules::events::internals(cx)?;
    let lazy = cx.get(&events, "lazyEventTarget")?;
    let web = cx.call(&lazy, &events, &[])?;
    cx.get(&web, "AbortController")
}

crate::js_fn!(stream_get_process => get_process);
fn get_process(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    registry::load_cjs(cx, "process")
}
