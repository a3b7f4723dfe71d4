//! `node:timers` and `node:timers/promises`. The host owns the event loop and
//! its timers (the reference host: c-tests/host/timers.c; jsrt: its own), so
//! both are shapes over the global `setTimeout`/`setImmediate`/`setInterval`
//! the host installed: `timers` re-exports them, `timers/promises` gives their
//! promise forms with Node's AbortSignal and `ref` options and Node's errors
//! (as rejections). A host that registers its own `timers` keeps it.

use crate::context;
use crate::engine::{Ctx, JsResult, Value};

const TIMERS_JS: &str = crate::embedded_js!("timers.js");
const SLOT: &str = "timers:pair";

fn pair(cx: Ctx) -> JsResult<Value> {
    if let Some(v) = context::slot_get(cx, SLOT) {
        return Ok(v);
    }
    let b = cx.object()?;
    cx.set_fn(&b, "invalidArgType", crate::errors::js_invalid_arg_type, 3)?;
    cx.set_fn(&b, "nodeError", crate::errors::js_node_error, 3)?;
    cx.set(&b, "AbortError", crate::modules::events::abort_error_class(cx)?)?;
    let v = cx.call_script_factory(TIMERS_JS, "<jsrt-node:timers>", &b)?;
    Ok(context::slot_get_or_insert(cx, SLOT, v))
}

pub fn init(cx: Ctx) -> JsResult<Value> {
    cx.get(&pair(cx)?, "timers")
}

pub fn init_promises(cx: Ctx) -> JsResult<Value> {
    cx.get(&pair(cx)?, "promises")
}
