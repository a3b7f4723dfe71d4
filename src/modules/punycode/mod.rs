//! `node:punycode`: RFC 3492 Punycode with Node 20's API (punycode.js).

use crate::context;
use crate::engine::{Ctx, JsResult, Value};

const SOURCE: &str = crate::embedded_js!("punycode.js");
const SLOT: &str = "punycode:module";

/// `require('punycode')`. (Node 20 warns with DEP0040 only under
/// --pending-deprecation, which the library has no way to be given.)
pub fn init(cx: Ctx) -> JsResult<Value> {
    if let Some(v) = context::slot_get(cx, SLOT) {
        return Ok(v);
    }
    let factory = cx.eval_script(SOURCE, "node:punycode")?;
    let m = cx.call(&factory, &cx.undefined(), &[])?;
    Ok(context::slot_get_or_insert(cx, SLOT, m))
}
