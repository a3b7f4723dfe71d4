//! `Blob` and `File`: a small JS class pair (blob.js, evaluated once per
//! context) — private fields are the portable way to keep a Blob's bytes out
//! of reach — with native helpers for Node's exact errors.

use crate::engine::typed_array::{self as ta, BinaryKind};
use crate::engine::{Arg, Args, Ctx, JsResult, Value};
use crate::errors::{ErrorKind, NodeError};

const SRC: &str = crate::embedded_js!("blob.js");

fn err_value(cx: Ctx, e: NodeError) -> JsResult<Value> {
    e.to_js(cx)
}

crate::js_fn!(type_err => type_err_imp);
fn type_err_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let name = cx.to_string(&args.get(0))?;
    let list = args.get(1);
    let n = cx.to_f64(&cx.get(&list, "length")?)? as u32;
    let mut expected = Vec::new();
    for i in 0..n {
        expected.push(cx.to_string(&cx.get_index(&list, i)?)?);
    }
    let refs: Vec<&str> = expected.iter().map(|s| s.as_str()).collect();
    err_value(cx, NodeError::invalid_arg_type(cx, &name, &refs, &args.get(2)))
}

crate::js_fn!(value_err => value_err_imp);
fn value_err_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let name = cx.to_string(&args.get(0))?;
    err_value(cx, NodeError::invalid_arg_value(cx, &name, &args.get(1), "is invalid"))
}

crate::js_fn!(missing_args => missing_args_imp);
fn missing_args_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let names: Vec<String> = args.iter().map(|a| cx.to_string(&a)).collect::<JsResult<_>>()?;
    let refs: Vec<&str> = names.iter().map(|s| s.as_str()).collect();
    err_value(cx, NodeError::missing_args(&refs))
}

crate::js_fn!(this_err => this_err_imp);
fn this_err_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let ty = cx.to_string(&args.get(0))?;
    err_value(cx, NodeError::new(ErrorKind::TypeError, "ERR_INVALID_THIS", format!("Value of \"this\" must be of type {ty}")))
}

crate::js_fn!(not_supported => not_supported_imp);
fn not_supported_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let what = cx.to_string(&args.get(0))?;
    err_value(cx, NodeError::not_supported(&what))
}

// 0: not binary, 1: an ArrayBufferView, 2: an (Shared)ArrayBuffer.
crate::js_fn!(kind_of => kind_of_imp);
fn kind_of_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    Ok(cx.int(match ta::binary_kind(&cx, &args.get(0)) {
        None => 0,
        Some(BinaryKind::ArrayBuffer | BinaryKind::SharedArrayBuffer) => 2,
        Some(_) => 1,
    }))
}

/// `(Blob, File)` for this context; `buffer` is the Buffer constructor.
pub fn build(cx: Ctx, buffer: &Value) -> JsResult<(Value, Value)> {
    let factory = cx.eval_script(SRC, "<jsrt-node:buffer/blob>")?;
    let natives = cx.object()?;
    for (name, f, len) in [
        ("typeErr", type_err as crate::engine::RawCFn, 3),
        ("valueErr", value_err, 2),
        ("missingArgs", missing_args, 2),
        ("thisErr", this_err, 1),
        ("notSupported", not_supported, 1),
        ("kindOf", kind_of, 1),
        ("readableStream", crate::modules::stream::web::web_readable_stream, 0),
        ("invalidState", invalid_state, 1),
        ("loadBuiltin", crate::modules::module::module_load_builtin, 1),
    ] {
        cx.set_fn(&natives, name, f, len)?;
    }
    let parts = cx.call(&factory, &cx.undefined(), &[buffer.as_arg(), natives.as_arg()])?;
    // openFileBlob and cloneBlob, for fs.openAsBlob and structuredClone.
    crate::context::slot_get_or_insert(cx, HELPERS_SLOT, parts.dup());
    Ok((cx.get_index(&parts, 0)?, cx.get_index(&parts, 1)?))
}

const HELPERS_SLOT: &str = "buffer:blob-helpers";

/// The blob.js helper at `index` (2: openFileBlob, 3: cloneBlob), if
/// node:buffer's Blob has been built in this context.
pub fn helper(cx: Ctx, index: u32) -> JsResult<Option<Value>> {
    match crate::context::slot_get(cx, HELPERS_SLOT) {
        Some(parts) => Ok(Some(cx.get_index(&parts, index)?)),
        None => Ok(None),
    }
}

crate::js_fn!(invalid_state => invalid_state_imp);
fn invalid_state_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let what = cx.to_string(&args.get(0))?;
    err_value(cx, NodeError::new(ErrorKind::TypeError, "ERR_INVALID_STATE", format!("Invalid state: {what}")))
}
