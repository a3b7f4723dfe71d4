//! `node:readline` and `node:readline/promises` (readline.js): line input
//! over any Readable, and line editing on terminals.

use crate::context;
use crate::engine::{Ctx, JsResult, Value};
use crate::registry;

const READLINE_JS: &str = crate::embedded_js!("readline.js");
const SLOT: &str = "readline:modules";

fn modules(cx: Ctx) -> JsResult<Value> {
    if let Some(v) = context::slot_get(cx, SLOT) {
        return Ok(v);
    }
    let b = cx.object()?;
    cx.set(&b, "events", registry::load_cjs(cx, "events")?)?;
    cx.set(&b, "StringDecoder", registry::load_cjs(cx, "string_decoder")?)?;
    cx.set_fn(&b, "nodeError", crate::errors::js_node_error, 3)?;
    cx.set_fn(&b, "invalidArgType", crate::errors::js_invalid_arg_type, 3)?;
    cx.set_fn(&b, "stringWidth", crate::modules::console::console_string_width, 1)?;
    cx.set_fn(&b, "loadBuiltin", crate::modules::module::module_load_builtin, 1)?;
    cx.set(&b, "inspect", crate::modules::util::state::inspect_function(cx)?)?;
    let m = cx.call_script_factory(READLINE_JS, "node:readline", &b)?;
    Ok(context::slot_get_or_insert(cx, SLOT, m))
}

/// `require('readline')`.
pub fn init(cx: Ctx) -> JsResult<Value> {
    let m = modules(cx)?;
    cx.get(&m, "readline")
}

/// `require('readline/promises')`.
pub fn init_promises(cx: Ctx) -> JsResult<Value> {
    let m = modules(cx)?;
    cx.get(&m, "promises")
}
