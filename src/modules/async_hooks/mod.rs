//! `node:async_hooks`: `AsyncResource` (async_resource.js) on top of the
//! registry's stub; the rest (createHook, AsyncLocalStorage, the id queries)
//! throws ERR_NOT_SUPPORTED, since the library tracks no async context.

use crate::context;
use crate::engine::{Ctx, JsResult, Value};

const SOURCE: &str = crate::embedded_js!("async_resource.js");
const SLOT: &str = "async_hooks:module";

const SLOT_CLASS: &str = "async_hooks:AsyncResource";

/// `require('async_hooks')`.
pub fn init(cx: Ctx) -> JsResult<Value> {
    if let Some(v) = context::slot_get(cx, SLOT) {
        return Ok(v);
    }
    let m = crate::registry::make_stub(cx, "async_hooks")?;
    cx.set(&m, "AsyncResource", resource_class(cx)?)?;
    Ok(context::slot_get_or_insert(cx, SLOT, m))
}

/// The library's AsyncResource (also what events.EventEmitterAsyncResource's
/// resources extend, as in Node, even where the host registers its own
/// async_hooks).
pub fn resource_class(cx: Ctx) -> JsResult<Value> {
    if let Some(v) = context::slot_get(cx, SLOT_CLASS) {
        return Ok(v);
    }
    let b = cx.object()?;
    cx.set_fn_list(
        &b,
        crate::fn_list![
            "errType" => crate::errors::js_invalid_arg_type, 3;
            "nodeError" => crate::errors::js_node_error, 3;
            "loadBuiltin" => crate::modules::module::module_load_builtin, 1;
        ],
    )?;
    let class = cx.call_script_factory(SOURCE, "node:async_hooks", &b)?;
    Ok(context::slot_get_or_insert(cx, SLOT_CLASS, class))
}
