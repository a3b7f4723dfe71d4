//! `node:util`.

pub mod format;
pub mod inspect;
pub mod state;
pub mod text;

use crate::engine::{Ctx, JsResult, Value};

/// `require('util')`: the export object in Node 20's key order.
pub fn init(cx: Ctx) -> JsResult<Value> {
    let u = cx.object()?;
    cx.set_fn(&u, "format", format::util_format, 0)?;
    cx.set_fn(&u, "formatWithOptions", format::util_format_with_options, 1)?;
    cx.set(&u, "inspect", state::inspect_function(cx)?)?;
    Ok(u)
}
