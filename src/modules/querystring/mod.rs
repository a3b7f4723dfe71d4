//! `node:querystring`: parse and stringify of URL query strings, in
//! querystring.js (plain string work, no native part beyond `Buffer`).

use crate::context;
use crate::engine::{Ctx, JsResult, Value};

const SOURCE: &str = crate::embedded_js!("querystring.js");
const SLOT: &str = "querystring:module";

/// `require('querystring')`.
pub fn init(cx: Ctx) -> JsResult<Value> {
    if let Some(v) = context::slot_get(cx, SLOT) {
        return Ok(v);
    }
    let binding = cx.object()?;
    cx.set(&binding, "Buffer", crate::modules::buffer::buffer_constructor(cx)?)?;
    let m = cx.call_script_factory(SOURCE, "node:querystring", &binding)?;
    Ok(context::slot_get_or_insert(cx, SLOT, m))
}
