//! `node:async_hooks`: `AsyncResource` (async_resource.js) on top of the
//! registry's stub; the rest (createHook, AsyncLocalStorage, the id queries)
//! throws ERR_NOT_SUPPORTED, since the library tracks no async context.

use crate::context;
use crate::engine::{Arg, Args, Ctx, JsResult, Value};

const SOURCE: &str = crate::embedded_js!("async_resource.js");
const SLOT: &str = "async_hooks:module";

/// `require('async_hooks')`.
pub fn init(cx: Ctx) -> JsResult<Value> {
    if let Some(v) = context::slot_get(cx, SLOT) {
        return Ok(v);
    }
    let m = crate::registry::make_stub(cx, "async_hooks")?;
    let b = cx.object()?;
    cx.set_fn_list(
        &b,
        crate::fn_list![
            "errType" => crate::errors::js_invalid_arg_type, 3;
            "nodeError" => crate::errors::js_node_error, 3;
            "deprecate" => async_hooks_deprecate, 1;
        ],
    )?;
    let class = cx.call_script_factory(SOURCE, "node:async_hooks", &b)?;
    cx.set(&m, "AsyncResource", class)?;
    Ok(context::slot_get_or_insert(cx, SLOT, m))
}

crate::js_fn_data!(deprecated_call [1] => deprecated_call_imp);
/// DEP0172 once, then the wrapped accessor.
fn deprecated_call_imp(cx: Ctx, this: Arg, args: Args, data: Args) -> JsResult<Value> {
    crate::modules::process::deprecate_once(cx, "The asyncResource property on bound functions is deprecated", "DEP0172");
    let all: Vec<Arg> = args.iter().collect();
    cx.call(&data.get(0), &this, &all)
}

crate::js_fn!(async_hooks_deprecate => async_hooks_deprecate_imp);
/// `deprecate(fn)`: a function named `deprecated` that warns DEP0172 once
/// and then runs `fn`.
fn async_hooks_deprecate_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let f = args.get(0);
    cx.function_with_data(deprecated_call, "deprecated", 0, &[f])
}
