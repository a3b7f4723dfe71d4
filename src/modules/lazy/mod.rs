//! Module objects filled on first touch (lazy_module.js): `require('fs')` and
//! `require('stream')` return a Proxy over the object their script fills on
//! the first operation of any kind, so that requiring them costs a host's
//! start-up almost nothing (jsrt: docs/STARTUP.md). After that first
//! operation the proxy has no traps left and forwards everything.

use crate::context;
use crate::engine::{Arg, Ctx, JsResult, RawCFn, Value};

const SCRIPT: &str = crate::embedded_js!("lazy_module.js");
const SLOT: &str = "lazy:make";

/// The proxy over `target`; `load` (a native called with no arguments)
/// fills `target` in.
pub fn module(cx: Ctx, target: &Value, load: RawCFn, name: &str) -> JsResult<Value> {
    let make = match context::slot_get(cx, SLOT) {
        Some(f) => f,
        None => {
            let factory = cx.eval_script(SCRIPT, "<jsrt-node:lazy>")?;
            let f = cx.call(&factory, &cx.undefined(), &[])?;
            context::slot_get_or_insert(cx, SLOT, f)
        }
    };
    let loader = cx.function(load, name, 0)?;
    cx.call(&make, &cx.undefined(), &[Arg::new_from(target), Arg::new_from(&loader)])
}
