//! `node:util` (and `node:util/types`).
//!
//! - `inspect.rs`, `format.rs`, `text.rs`, `state.rs`: util.inspect and
//!   util.format ported from Node 20's lib/internal/util/inspect.js to Rust.
//! - `types.rs`: util.types from engine class ids.
//! - `deep_equal.rs`: isDeepStrictEqual (comparisons.js).
//! - `misc.rs`: inherits, _extend, legacy is*, system errors, parseEnv, and
//!   the binding of the JS helpers.
//! - `encoding.rs` + `js/encoding.js`: TextEncoder/TextDecoder.
//! - `js/util.js`: promisify, callbackify, deprecate, debuglog, styleText,
//!   log, the AbortSignal helpers, lazy exports; `js/parse_args.js`;
//!   `js/mime.js`: MIMEType/MIMEParams.

pub mod deep_equal;
mod deferred;
pub mod encoding;
pub mod format;
pub mod inspect;
pub mod misc;
pub mod stack;
pub mod trampoline;
pub mod state;
pub mod text;
pub mod types;

use crate::context;
use crate::engine::{Arg, Args, Ctx, JsResult, Value};

const UTIL_JS: &str = crate::embedded_js!("js/util.js");
const ENCODING_JS: &str = crate::embedded_js!("js/encoding.js");
const PARSE_ARGS_JS: &str = crate::embedded_js!("js/parse_args.js");
const MIME_JS: &str = crate::embedded_js!("js/mime.js");

const SLOT_BINDING: &str = "util:binding";
const SLOT_HELPER: &str = "util:helper";
const SLOT_ENCODING: &str = "util:encoding";
const SLOT_MIME: &str = "util:mime";

/// The natives js/*.js use (also the source of util.format & co., so the
/// helpers and the module share function objects).
fn binding(cx: Ctx) -> JsResult<Value> {
    if let Some(b) = context::slot_get(cx, SLOT_BINDING) {
        return Ok(b);
    }
    let b = misc::binding(cx)?;
    Ok(context::slot_get_or_insert(cx, SLOT_BINDING, b))
}

/// The JS helpers (js/util.js) of this context.
fn helper(cx: Ctx) -> JsResult<Value> {
    if let Some(h) = context::slot_get(cx, SLOT_HELPER) {
        return Ok(h);
    }
    let b = binding(cx)?;
    let h = cx.call_script_factory(UTIL_JS, "<jsrt-node:util>", &b)?;
    Ok(context::slot_get_or_insert(cx, SLOT_HELPER, h))
}

/// `{ TextEncoder, TextDecoder }` of this context (built on first use).
pub fn encoding_classes(cx: Ctx) -> JsResult<Value> {
    if let Some(e) = context::slot_get(cx, SLOT_ENCODING) {
        return Ok(e);
    }
    let b = binding(cx)?;
    let e = cx.call_script_factory(ENCODING_JS, "<jsrt-node:encoding>", &b)?;
    Ok(context::slot_get_or_insert(cx, SLOT_ENCODING, e))
}

crate::js_fn_data!(load_lazy [1] => do_load_lazy);
fn do_load_lazy(cx: Ctx, _this: Arg, _args: Args, data: Args) -> JsResult<Value> {
    let key = cx.to_string(&data.get(0))?;
    match key.as_str() {
        "parseArgs" => {
            let b = binding(cx)?;
            cx.call_script_factory(PARSE_ARGS_JS, "<jsrt-node:parse_args>", &b)
        }
        "TextDecoder" | "TextEncoder" => {
            let e = encoding_classes(cx)?;
            cx.get(&e, &key)
        }
        "MIMEType" | "MIMEParams" => {
            let m = match context::slot_get(cx, SLOT_MIME) {
                Some(m) => m,
                None => {
                    let b = binding(cx)?;
                    let m = cx.call_script_factory(MIME_JS, "<jsrt-node:mime>", &b)?;
                    context::slot_get_or_insert(cx, SLOT_MIME, m)
                }
            };
            cx.get(&m, &key)
        }
        _ => {
            let h = context::slot_get(cx, SLOT_HELPER).ok_or_else(|| cx.throw_internal("util helper missing"))?;
            cx.get(&h, &key)
        }
    }
}

/// `require('util')`: the export object in Node 20's key order.
pub fn init(cx: Ctx) -> JsResult<Value> {
    let u = binding(cx)?;
    let h = helper(cx)?;
    let types = types::init(cx)?;
    let out = cx.object()?;
    let from_helper = |name: &str| -> JsResult<Value> { cx.get(&h, name) };
    cx.set(&out, "_errnoException", from_helper("_errnoException")?)?;
    cx.set(&out, "_exceptionWithHostPort", from_helper("_exceptionWithHostPort")?)?;
    // The natives are made on first read (engine::FnEntry), in key order
    // between the values from util.js.
    cx.set_fn_list(&out, crate::fn_list!["_extend" => misc::extend, 2])?;
    cx.set(&out, "callbackify", from_helper("callbackify")?)?;
    let debuglog = from_helper("debuglog")?;
    cx.set(&out, "debug", debuglog.dup())?;
    cx.set(&out, "debuglog", debuglog)?;
    cx.set(&out, "deprecate", from_helper("deprecate")?)?;
    cx.set(&out, "format", cx.get(&u, "format")?)?;
    cx.set(&out, "styleText", from_helper("styleText")?)?;
    cx.set(&out, "formatWithOptions", cx.get(&u, "formatWithOptions")?)?;
    cx.set_fn_list(&out, crate::fn_list!["getSystemErrorMap" => misc::get_system_error_map, 0])?;
    cx.set(&out, "getSystemErrorName", cx.get(&u, "getSystemErrorName")?)?;
    cx.set_fn_list(&out, crate::fn_list!["inherits" => misc::inherits, 2])?;
    cx.set(&out, "inspect", cx.get(&u, "inspect")?)?;
    // The captured Array when intrinsics.js has been read (a console.log
    // before); else the global one, as intrinsics.js would capture it now:
    // require('util') does not read that script for this one function.
    let array_ctor = match context::slot_get(cx, state::SLOT_INTR) {
        Some(i) => cx.get(&i, "Array")?,
        None => cx.get(&cx.global(), "Array")?,
    };
    cx.set(&out, "isArray", cx.get(&array_ctor, "isArray")?)?;
    cx.set_fn_list(
        &out,
        crate::fn_list![
            "isBoolean" => misc::is_boolean_fn, 1;
            "isBuffer" => misc::is_buffer, 1;
            "isDeepStrictEqual" => misc::is_deep_strict_equal, 2;
            "isNull" => misc::is_null_fn, 1;
            "isNullOrUndefined" => misc::is_null_or_undefined_fn, 1;
            "isNumber" => misc::is_number_fn, 1;
            "isString" => misc::is_string_fn, 1;
            "isSymbol" => misc::is_symbol_fn, 1;
            "isUndefined" => misc::is_undefined_fn, 1;
        ],
    )?;
    cx.set(&out, "isRegExp", cx.get(&types, "isRegExp")?)?;
    cx.set_fn_list(&out, crate::fn_list!["isObject" => misc::is_object_fn, 1])?;
    cx.set(&out, "isDate", cx.get(&types, "isDate")?)?;
    cx.set_fn_list(
        &out,
        crate::fn_list![
            "isError" => misc::is_error_fn, 1;
            "isFunction" => misc::is_function_fn, 1;
            "isPrimitive" => misc::is_primitive_fn, 1;
        ],
    )?;
    cx.set(&out, "log", from_helper("log")?)?;
    cx.set(&out, "promisify", from_helper("promisify")?)?;
    cx.set_fn_list(
        &out,
        crate::fn_list![
            "stripVTControlCharacters" => misc::strip_vt_control_characters, 1;
            "toUSVString" => misc::to_usv_string, 1;
        ],
    )?;
    let define_getters = from_helper("defineGetters")?;
    cx.call(&define_getters, &h, &[out.as_arg()])?;
    cx.set(&out, "types", types)?;
    cx.set_fn_list(&out, crate::fn_list!["parseEnv" => misc::util_parse_env, 1])?;
    let define_lazy = from_helper("defineLazy")?;
    for key in ["parseArgs", "TextDecoder", "TextEncoder", "MIMEType", "MIMEParams"] {
        let k = cx.string(key)?;
        let loader = cx.function_with_data(load_lazy, key, 0, &[k.as_arg()])?;
        cx.call(&define_lazy, &h, &[out.as_arg(), k.as_arg(), loader.as_arg()])?;
    }
    Ok(out)
}

/// `require('util/types')`: the same object as `util.types`.
/// `require('sys')`: node:util itself, with DEP0025 on first use.
pub fn init_sys(cx: Ctx) -> JsResult<Value> {
    crate::modules::process::deprecate_once(cx, "sys is deprecated. Use util instead.", "DEP0025");
    crate::registry::load_cjs(cx, "util")
}

pub fn init_types(cx: Ctx) -> JsResult<Value> {
    types::init(cx)
}

/// Installs `TextEncoder` and `TextDecoder` as globals where the engine or
/// host has none (Node has both; neither QuickJS does).
const ENCODING_GLOBALS: [&str; 2] = ["TextEncoder", "TextDecoder"];

/// The encoding class at `i` of ENCODING_GLOBALS, for crate::lazy.
pub(crate) fn lazy_global_value(cx: Ctx, i: usize) -> JsResult<Value> {
    let e = encoding_classes(cx)?;
    cx.get(&e, ENCODING_GLOBALS[i.min(ENCODING_GLOBALS.len() - 1)])
}

pub fn install_globals(cx: Ctx) -> JsResult<()> {
    let global = cx.global();
    for (i, name) in ENCODING_GLOBALS.iter().enumerate() {
        if cx.is_undefined(&cx.get(&global, name)?) {
            // Accessors until first read, as Node's: encoding.js is read then.
            crate::lazy::define(cx, &global, name, false, crate::lazy::Source::Encoding, i)?;
        }
    }
    Ok(())
}
