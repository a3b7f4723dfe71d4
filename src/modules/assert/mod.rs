//! `node:assert` and `node:assert/strict`.
//!
//! - `assert.js` (embedded): the module's shape — the callable export, the
//!   strict twin, `AssertionError`, `CallTracker`, and the argument rules of
//!   throws/rejects/doesNotThrow/doesNotReject/match/ifError.
//! - `message.rs`: the generated message texts (headers, `+ actual - expected`
//!   diffs), over the project's `util.inspect`.
//! - `source.rs`: the source text of a failing `assert.ok(...)` call.
//! - Comparisons are util's deep_equal (loose and strict).
//!
//! Known differences from Node 20 (see also message.rs, source.rs):
//! - `err.stack` holds the engine's frames only (no `AssertionError
//!   [ERR_ASSERTION]: ...` first line), as for every error of this library;
//!   `ifError` does not splice the original error's frames into it. Frames
//!   from `stackStartFn` up are cut with `Error.captureStackTrace` where the
//!   engine has it (quickjs-ng), by function name otherwise (Bellard).
//! - Diffs are never colored and the caret line assumes 80 columns (Node
//!   measures stderr when it is a TTY).
//! - Node's DEP0094/DEP0173 warnings go through `process.emitWarning`.

mod message;
mod source;

use crate::engine::{Arg, Args, Ctx, JsResult, Value};
use crate::errors::{ErrorKind, NodeError};
use crate::registry;

const SOURCE: &str = crate::embedded_js!("assert.js");

/// `require('assert')`: the `ok` function carrying every export.
pub fn init(cx: Ctx) -> JsResult<Value> {
    let b = cx.object()?;
    cx.set_fn(&b, "message", assert_message, 4)?;
    cx.set_fn(&b, "okSource", ok_source, 1)?;
    cx.set_fn(&b, "isDeepEqual", is_deep_equal, 2)?;
    cx.set(
        &b,
        "inspect",
        crate::modules::util::state::inspect_function(cx)?,
    )?;
    cx.set_fn(&b, "invalidArgType", crate::errors::js_invalid_arg_type, 3)?;
    cx.set_fn(&b, "nodeError", crate::errors::js_node_error, 3)?;
    cx.set_fn(
        &b,
        "invalidArgValue",
        crate::errors::js_invalid_arg_value,
        3,
    )?;
    cx.set_fn(&b, "invalidReturnValue", invalid_return_value, 3)?;
    cx.set_fn(&b, "headStack", crate::errors::js_head_stack, 1)?;
    cx.set_fn(&b, "missingArgs", crate::errors::js_missing_args, 2)?;
    cx.set_fn(&b, "outOfRange", crate::errors::js_out_of_range, 3)?;
    cx.set_fn(&b, "process", crate::modules::util::misc::b_process, 0)?;
    let util = registry::load_cjs(cx, "util")?;
    cx.set(&b, "isDeepStrictEqual", cx.get(&util, "isDeepStrictEqual")?)?;
    let types = cx.get(&util, "types")?;
    for name in ["isRegExp", "isPromise", "isNativeError"] {
        cx.set(&b, name, cx.get(&types, name)?)?;
    }
    cx.set(&b, "deprecate", cx.get(&util, "deprecate")?)?;
    cx.call_script_factory(SOURCE, "<jsrt-node:assert>", &b)
}

/// `require('assert/strict')`: the same object as `require('assert').strict`.
/// A host that registers its own `assert` without a `strict` gets the native
/// strict variant here.
pub fn init_strict(cx: Ctx) -> JsResult<Value> {
    let assert = registry::load_cjs(cx, "assert")?;
    let strict = cx.get(&assert, "strict")?;
    if cx.is_object(&strict) {
        return Ok(strict);
    }
    let native = init(cx)?;
    cx.get(&native, "strict")
}

crate::js_fn!(assert_message => do_message);
/// `message(actual, expected, operator[, header])`.
fn do_message(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let op = cx.to_string(&args.get(2))?;
    let custom = if args.len() > 3 && !cx.is_undefined(&args.get(3)) {
        Some(cx.to_string(&args.get(3))?)
    } else {
        None
    };
    let text = message::generated(cx, args.get(0), args.get(1), &op, custom.as_deref())?;
    crate::lone_surrogates::to_js(cx, &text)
}

crate::js_fn!(ok_source => do_ok_source);
/// `okSource(stack)`: "The expression evaluated to a falsy value: ..." for the
/// caller's `assert.ok(...)`, or undefined when its source cannot be read.
fn do_ok_source(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let stack = args.get(0);
    if !cx.is_string(&stack) {
        return Ok(cx.undefined());
    }
    let stack = cx.to_string(&stack)?;
    match source::failing_call(&stack) {
        Some(code) => cx.string(&format!(
            "The expression evaluated to a falsy value:\n\n  {code}\n"
        )),
        None => Ok(cx.undefined()),
    }
}

crate::js_fn!(is_deep_equal => do_is_deep_equal);
fn do_is_deep_equal(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    Ok(cx.bool(crate::modules::util::deep_equal::deep_equal(
        cx,
        args.get(0),
        args.get(1),
        false,
    )?))
}

crate::js_fn!(invalid_return_value => do_invalid_return_value);
/// `ERR_INVALID_RETURN_VALUE`: `Expected <input> to be returned from the
/// "<name>" function but got <received>.`
fn do_invalid_return_value(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let input = cx.to_string(&args.get(0))?;
    let name = cx.to_string(&args.get(1))?;
    let got = crate::errors::describe_received(cx, &args.get(2));
    NodeError::new(
        ErrorKind::TypeError,
        "ERR_INVALID_RETURN_VALUE",
        format!("Expected {input} to be returned from the \"{name}\" function but got {got}."),
    )
    .to_js(cx)
}
