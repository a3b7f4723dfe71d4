//! `node:test` (only with the prefix, as in Node): a file's own test runner
//! with a TAP report (test.js; docs/COMPATIBILITY.md lists what it lacks).

use crate::context;
use crate::engine::{Ctx, JsResult, Value};

const SOURCE: &str = crate::embedded_js!("test.js");
const SLOT: &str = "test:module";

pub fn init(cx: Ctx) -> JsResult<Value> {
    if let Some(v) = context::slot_get(cx, SLOT) {
        return Ok(v);
    }
    let b = cx.object()?;
    cx.set(&b, "process", crate::registry::load_cjs(cx, "process")?)?;
    cx.set_fn(&b, "nodeError", crate::errors::js_node_error, 3)?;
    cx.set_fn(&b, "invalidArgType", crate::errors::js_invalid_arg_type, 3)?;
    cx.set(&b, "inspect", crate::modules::util::state::inspect_function(cx)?)?;
    let module = cx.call_script_factory(SOURCE, "node:test", &b)?;
    Ok(context::slot_get_or_insert(cx, SLOT, module))
}
