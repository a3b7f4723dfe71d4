//! `node:stream/web` (the WHATWG Streams classes), their lazy globals, and the
//! bridge node:stream uses for `fromWeb`/`toWeb`, `Duplex.from`, `finished`
//! and `pipeline` on web streams. See docs/STREAMS.md §6.
//!
//! The classes are JavaScript (web/*.js, evaluated in order on first use into
//! one shared record): user code subclasses them, calls their methods with
//! odd `this` values and sees their promise order, all of which is the
//! standard's. Nothing here runs at start-up: the globals are accessors that
//! build the module on first read.

use crate::context;
use crate::engine::typed_array as ta;
use crate::engine::{Arg, Args, Ctx, JsResult, Value};
use crate::registry;

const PARTS: [(&str, &str); 5] = [
    (crate::embedded_js!("web/common.js"), "node:stream/web/common"),
    (crate::embedded_js!("web/writable.js"), "node:stream/web/writable"),
    (crate::embedded_js!("web/readable.js"), "node:stream/web/readable"),
    (crate::embedded_js!("web/bytes.js"), "node:stream/web/bytes"),
    (crate::embedded_js!("web/transform.js"), "node:stream/web/transform"),
];
const ADAPTERS: &str = crate::embedded_js!("web/adapters.js");
const SLOT: &str = "stream:web";
const SLOT_INTEROP: &str = "stream:web-interop";

/// `require('stream/web')`.
pub fn init(cx: Ctx) -> JsResult<Value> {
    let web = internals(cx)?;
    cx.get(&web, "exports")
}

/// The shared record of web/*.js (classes and algorithms), built once per context.
pub fn internals(cx: Ctx) -> JsResult<Value> {
    if let Some(v) = context::slot_get(cx, SLOT) {
        return Ok(v);
    }
    let binding = cx.object()?;
    cx.set_fn(&binding, "nodeError", crate::errors::js_node_error, 3)?;
    cx.set_fn(&binding, "errInvalidArgType", crate::errors::js_invalid_arg_type, 3)?;
    cx.set_fn(&binding, "errInvalidArgValue", crate::errors::js_invalid_arg_value, 3)?;
    cx.set(&binding, "inspect", crate::modules::util::state::inspect_function(cx)?)?;
    cx.set_fn(&binding, "abortController", web_abort_controller, 0)?;
    cx.set_fn(&binding, "abortSignal", web_abort_signal, 0)?;
    cx.set_fn(&binding, "encoding", web_encoding, 0)?;
    cx.set_fn(&binding, "detach", web_detach, 1)?;
    let shared = cx.object()?;
    for (src, name) in PARTS {
        let factory = cx.eval_script(src, name)?;
        cx.call(&factory, &cx.undefined(), &[Arg::new_from(&binding), Arg::new_from(&shared)])?;
    }
    Ok(context::slot_get_or_insert(cx, SLOT, shared))
}

// The web record if something built it already, else undefined: node:stream
// asks this before treating a value as a web stream, so plain Node streams
// never load the classes (no web stream can exist before they are built).
crate::js_fn!(pub web_if_loaded => if_loaded);
fn if_loaded(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    Ok(context::slot_get(cx, SLOT).unwrap_or_else(|| cx.undefined()))
}

// The adapters between node:stream and the web classes (web/adapters.js).
crate::js_fn!(pub web_interop => interop);
fn interop(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    if let Some(v) = context::slot_get(cx, SLOT_INTEROP) {
        return Ok(v);
    }
    let web = internals(cx)?;
    let stream = registry::load_cjs(cx, "stream")?;
    let helper = cx.object()?;
    cx.set(&helper, "AbortError", crate::modules::events::abort_error_class(cx)?)?;
    cx.set(&helper, "Buffer", crate::modules::buffer::buffer_constructor(cx)?)?;
    cx.set_fn(&helper, "nextTick", crate::modules::process::process_next_tick, 1)?;
    let factory = cx.eval_script(ADAPTERS, "node:stream/web/adapters")?;
    let v = cx.call(&factory, &cx.undefined(), &[Arg::new_from(&web), Arg::new_from(&stream), Arg::new_from(&helper)])?;
    Ok(context::slot_get_or_insert(cx, SLOT_INTEROP, v))
}

fn event_target_family(cx: Ctx) -> JsResult<Value> {
    let events = crate::modules::events::internals(cx)?;
    let lazy = cx.get(&events, "lazyEventTarget")?;
    cx.call(&lazy, &events, &[])
}

crate::js_fn!(web_abort_controller => abort_controller);
fn abort_controller(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    cx.get(&event_target_family(cx)?, "AbortController")
}

crate::js_fn!(web_abort_signal => abort_signal);
fn abort_signal(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    cx.get(&event_target_family(cx)?, "AbortSignal")
}

// ReadableStream for other modules' JS (Blob.prototype.stream); builds the classes.
crate::js_fn!(pub web_readable_stream => readable_stream);
fn readable_stream(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    cx.get(&init(cx)?, "ReadableStream")
}

// Detaches an ArrayBuffer (byte streams move buffers where the engine has no
// ArrayBuffer.prototype.transfer).
crate::js_fn!(web_detach => detach);
fn detach(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    Ok(cx.bool(ta::detach_array_buffer(&cx, &args.get(0))))
}

crate::js_fn!(web_encoding => encoding);
fn encoding(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    crate::modules::util::encoding_classes(cx)
}

// ----- globals ------------------------------------------------------------------------------

/// Node's global web-stream classes (all non-enumerable). CompressionStream and
/// DecompressionStream are there as in Node, and throw ERR_NOT_SUPPORTED under
/// `new` (no zlib) like every other API the library does not have.
const GLOBALS: [&str; 17] = [
    "ReadableStream", "ReadableStreamDefaultReader", "ReadableStreamBYOBReader", "ReadableStreamBYOBRequest",
    "ReadableByteStreamController", "ReadableStreamDefaultController", "TransformStream",
    "TransformStreamDefaultController", "WritableStream", "WritableStreamDefaultWriter",
    "WritableStreamDefaultController", "ByteLengthQueuingStrategy", "CountQueuingStrategy",
    "TextEncoderStream", "TextDecoderStream", "CompressionStream", "DecompressionStream",
];

/// Installs an accessor per missing global; the first read builds the module
/// and replaces the accessor with the class (as Node's own lazy globals do).
pub fn install_globals(cx: Ctx) -> JsResult<()> {
    let global = cx.global();
    for (i, name) in GLOBALS.iter().enumerate() {
        if cx.is_undefined(&cx.get(&global, name)?) {
            crate::lazy::define(cx, &global, name, false, crate::lazy::Source::WebStreams, i)?;
        }
    }
    Ok(())
}

/// The class at `i` of GLOBALS, for crate::lazy.
pub(crate) fn lazy_global_value(cx: Ctx, i: usize) -> JsResult<Value> {
    let m = init(cx)?;
    cx.get(&m, GLOBALS[i.min(GLOBALS.len() - 1)])
}
