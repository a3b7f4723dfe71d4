//! `node:url` and the WHATWG `URL`/`URLSearchParams` globals.
//!
//! whatwg.js holds the two classes (built once per context, on first use:
//! the globals are accessors until read), whatwg.rs the parsing behind them
//! (the `url` crate). url.js is node:url's own functions. When the host has
//! a global `URL` of its own, node:url exports the host's classes, as Node's
//! `url.URL === globalThis.URL`; its functions work on any URL-like object.

pub mod whatwg;

use crate::context;
use crate::engine::{Arg, Args, Ctx, JsResult, Value};
use crate::errors::NodeError;

const WHATWG_JS: &str = crate::embedded_js!("whatwg.js");
const URL_JS: &str = crate::embedded_js!("url.js");
const LEGACY_JS: &str = crate::embedded_js!("legacy.js");
const CLASSES_SLOT: &str = "url:whatwg";
const MODULE_SLOT: &str = "url:module";
/// Set when install_globals put the library's lazy URL globals in place.
const OWN_GLOBALS_SLOT: &str = "url:own-globals";

const GLOBALS: [&str; 2] = ["URL", "URLSearchParams"];

/// The library's `{ URL, URLSearchParams, isURL, resolveObjectURL }`.
pub fn classes(cx: Ctx) -> JsResult<Value> {
    if let Some(v) = context::slot_get(cx, CLASSES_SLOT) {
        return Ok(v);
    }
    let b = cx.object()?;
    whatwg::binding(cx, &b)?;
    error_helpers(cx, &b)?;
    cx.set(&b, "inspect", crate::modules::util::state::inspect_function(cx)?)?;
    cx.set_fn(&b, "Blob", url_blob_class, 0)?;
    let v = cx.call_script_factory(WHATWG_JS, "<jsrt-node:url/whatwg>", &b)?;
    Ok(context::slot_get_or_insert(cx, CLASSES_SLOT, v))
}

fn error_helpers(cx: Ctx, b: &Value) -> JsResult<()> {
    cx.set_fn(b, "nodeError", crate::errors::js_node_error, 3)?;
    cx.set_fn(b, "missingArgs", crate::errors::js_missing_args, 2)?;
    cx.set_fn(b, "invalidArgType", crate::errors::js_invalid_arg_type, 3)?;
    cx.set_fn(b, "notSupported", url_not_supported, 1)?;
    Ok(())
}

crate::js_fn!(url_blob_class => url_blob_class_imp);
fn url_blob_class_imp(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    let m = crate::registry::load_cjs(cx, "buffer")?;
    cx.get(&m, "Blob")
}

crate::js_fn!(url_not_supported => url_not_supported_imp);
fn url_not_supported_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    NodeError::not_supported(&cx.to_string(&args.get(0))?).to_js(cx)
}

crate::js_fn!(url_querystring => url_querystring_imp);
/// node:querystring, which url.parse(…, true) and url.format use (the
/// module object, so a program's replacement of its unescape/escape counts).
fn url_querystring_imp(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    crate::registry::load_cjs(cx, "querystring")
}

// loadLegacy(Url): legacy.js's implementation of Url's methods.
crate::js_fn!(url_load_legacy => url_load_legacy_imp);
fn url_load_legacy_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let b = cx.object()?;
    whatwg::binding(cx, &b)?;
    error_helpers(cx, &b)?;
    cx.set_fn(&b, "emitWarning", url_emit_warning, 3)?;
    cx.set_fn(&b, "querystring", url_querystring, 0)?;
    cx.set(&b, "Url", cx.dup(&args.get(0)))?;
    cx.call_script_factory(LEGACY_JS, "node:url/legacy", &b)
}

// process.emitWarning of whatever process the global object has (the host's
// or the library's).
crate::js_fn!(url_emit_warning => url_emit_warning_imp);
fn url_emit_warning_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let process = cx.get(&cx.global(), "process")?;
    let emit = if cx.is_object(&process) { cx.get(&process, "emitWarning")? } else { cx.undefined() };
    if cx.is_function(&emit) {
        cx.call(&emit, &process, &[args.get(0), args.get(1), args.get(2)])?;
    }
    Ok(cx.undefined())
}

crate::js_fn!(url_resolve_path => url_resolve_path_imp);
fn url_resolve_path_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let path = crate::registry::load_cjs(cx, "path")?;
    let resolve = cx.get(&path, "resolve")?;
    cx.call(&resolve, &path, &[args.get(0)])
}

/// The `URL` and `URLSearchParams` node:url exports: the host's when it has
/// a global URL the library did not install, else the library's.
fn exported_classes(cx: Ctx) -> JsResult<(Value, Value)> {
    let ours = classes(cx)?;
    let (own_url, own_params) = (cx.get(&ours, "URL")?, cx.get(&ours, "URLSearchParams")?);
    if context::slot_get(cx, OWN_GLOBALS_SLOT).is_some() {
        return Ok((own_url, own_params));
    }
    let global = cx.global();
    let host_url = cx.get(&global, "URL")?;
    if !cx.is_function(&host_url) {
        return Ok((own_url, own_params));
    }
    let host_params = cx.get(&global, "URLSearchParams")?;
    Ok((host_url, if cx.is_function(&host_params) { host_params } else { own_params }))
}

/// `require('url')`.
pub fn init(cx: Ctx) -> JsResult<Value> {
    if let Some(v) = context::slot_get(cx, MODULE_SLOT) {
        return Ok(v);
    }
    let ours = classes(cx)?;
    let (url, params) = exported_classes(cx)?;
    let b = cx.object()?;
    whatwg::binding(cx, &b)?;
    error_helpers(cx, &b)?;
    cx.set(&b, "URL", url)?;
    cx.set(&b, "URLSearchParams", params)?;
    cx.set(&b, "isURL", cx.get(&ours, "isURL")?)?;
    cx.set_fn(&b, "resolve", url_resolve_path, 1)?;
    cx.set(&b, "platform", cx.string(crate::modules::process::node_platform())?)?;
    cx.set_fn(&b, "loadLegacy", url_load_legacy, 1)?;
    let m = cx.call_script_factory(URL_JS, "node:url", &b)?;
    Ok(context::slot_get_or_insert(cx, MODULE_SLOT, m))
}

/// The Blob an object URL made by `URL.createObjectURL` names, or undefined
/// (node:buffer's `resolveObjectURL`). No URL was ever made before the
/// classes were built.
pub fn resolve_object_url(cx: Ctx, text: &Arg) -> JsResult<Value> {
    let Some(ours) = context::slot_get(cx, CLASSES_SLOT) else {
        return Ok(cx.undefined());
    };
    let f = cx.get(&ours, "resolveObjectURL")?;
    cx.call(&f, &ours, &[*text])
}

/// Global `URL` and `URLSearchParams` where the host has none, as accessors
/// that build the classes on first read (start-up compiles no URL code).
pub fn install_globals(cx: Ctx) -> JsResult<()> {
    let global = cx.global();
    let mut installed = false;
    for (i, name) in GLOBALS.iter().enumerate() {
        if cx.is_undefined(&cx.get(&global, name)?) {
            crate::lazy::define(cx, &global, name, false, crate::lazy::Source::Url, i)?;
            installed |= i == 0;
        }
    }
    if installed {
        context::slot_get_or_insert(cx, OWN_GLOBALS_SLOT, cx.bool(true));
    }
    Ok(())
}

/// `URL` (0) or `URLSearchParams` (1) of ours, for crate::lazy.
pub(crate) fn lazy_global_value(cx: Ctx, i: usize) -> JsResult<Value> {
    let ours = classes(cx)?;
    cx.get(&ours, GLOBALS[i & 1])
}
