//! The globals a Node program expects, installed on request by the host.

use crate::abi::{JSRT_NODE_GLOBAL_CONSOLE, JSRT_NODE_GLOBAL_GLOBAL, JSRT_NODE_GLOBAL_PROCESS};
use crate::engine::{Arg, Args, Ctx, JsResult, Prop, Value};

const STRUCTURED_CLONE_JS: &str = crate::embedded_js!("modules/structured_clone.js");
const CALL_SITE_JS: &str = crate::embedded_js!("modules/callsite.js");

/// V8's stack trace API where the engine lacks all or part of it
/// (callsite.js): CallSite methods quickjs-ng's call sites lack, or
/// Error.captureStackTrace itself on Bellard's QuickJS (a host's own, as
/// jsrt's, is left alone).
fn complete_call_sites(cx: Ctx) -> JsResult<()> {
    // The bundled engine's captureStackTrace is the engine's (not V8's), so
    // ours replaces it; with a host engine one that exists is the host's, and
    // then nothing is read at start-up (jsrt: its own, on an engine that hands
    // Error.prepareStackTrace no call sites).
    let own = cfg!(not(feature = "host-engine"));
    if !own {
        let error = cx.get(&cx.global(), "Error")?;
        if cx.is_function(&cx.get(&error, "captureStackTrace")?) {
            return Ok(());
        }
    }
    let f = cx.eval_script(CALL_SITE_JS, "<jsrt-node:callsite>")?;
    let own = cx.bool(own);
    cx.call(&f, &cx.undefined(), &[own.as_arg()])?;
    Ok(())
}

pub fn install(cx: Ctx, flags: u32) -> JsResult<()> {
    crate::context::init(cx, std::ptr::null_mut());
    let global = cx.global();
    if flags & JSRT_NODE_GLOBAL_GLOBAL != 0 {
        complete_call_sites(cx)?;
    }
    if flags & JSRT_NODE_GLOBAL_GLOBAL != 0 && cx.is_undefined(&cx.get(&global, "global")?) {
        // Enumerable, as Node's (Object.keys(globalThis) lists it).
        cx.define(&global, "global", global.dup(), Prop::PLAIN)?;
    }
    if flags & JSRT_NODE_GLOBAL_PROCESS != 0 && cx.is_undefined(&cx.get(&global, "process")?) {
        // An accessor for good, as Node's (`process = x` assigns through it).
        let p = crate::modules::process::build(cx)?;
        crate::lazy::define_persistent(cx, &global, "process", Ok(p))?;
    }
    if flags & crate::abi::JSRT_NODE_GLOBAL_EVENTS != 0 {
        crate::modules::events::install_globals(cx)?;
    }
    if flags & crate::abi::JSRT_NODE_GLOBAL_BUFFER != 0 {
        crate::modules::buffer::install_globals(cx)?;
    }
    if flags & crate::abi::JSRT_NODE_GLOBAL_ENCODING != 0 {
        crate::modules::util::install_globals(cx)?;
    }
    if flags & crate::abi::JSRT_NODE_GLOBAL_CLONE != 0 && cx.is_undefined(&cx.get(&global, "structuredClone")?) {
        let b = cx.object()?;
        cx.set_fn(&b, "nodeError", crate::errors::js_node_error, 3)?;
        cx.set_fn(&b, "detach", clone_detach, 1)?;
        cx.set_fn(&b, "cloneBlob", clone_blob, 1)?;
        let f = cx.call_script_factory(STRUCTURED_CLONE_JS, "<jsrt-node:structuredClone>", &b)?;
        cx.define(&global, "structuredClone", f, Prop::PLAIN)?;
    }
    if flags & crate::abi::JSRT_NODE_GLOBAL_URL != 0 {
        crate::modules::url::install_globals(cx)?;
    }
    if flags & crate::abi::JSRT_NODE_GLOBAL_WEBSTREAMS != 0 {
        crate::modules::stream::web::install_globals(cx)?;
    }
    if flags & crate::abi::JSRT_NODE_GLOBAL_CRYPTO != 0 && cx.is_undefined(&cx.get(&global, "crypto")?) {
        crate::modules::crypto::install_global(cx, &global)?;
    }
    if flags & JSRT_NODE_GLOBAL_CONSOLE != 0 && cx.is_undefined(&cx.get(&global, "console")?) {
        let c = crate::modules::console::module(cx)?;
        cx.define(&global, "console", c, Prop::HIDDEN)?;
    }
    Ok(())
}

crate::js_fn!(clone_detach => clone_detach_imp);
fn clone_detach_imp(cx: crate::engine::Ctx, _this: crate::engine::Arg, args: crate::engine::Args) -> JsResult<crate::engine::Value> {
    Ok(cx.bool(crate::engine::typed_array::detach_array_buffer(&cx, &args.get(0))))
}

crate::js_fn!(clone_blob => clone_blob_imp);
/// structuredClone's Blob step: node:buffer's clone of a Blob, or undefined
/// for anything else (and when no Blob exists yet in this context).
fn clone_blob_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    match crate::modules::buffer::blob::helper(cx, 3)? {
        Some(f) => cx.call(&f, &cx.undefined(), &[args.get(0)]),
        None => Ok(cx.undefined()),
    }
}
