//! `node:crypto`: the random functions (random.js over the kernel's
//! getrandom) on top of the registry's stub, whose other functions throw
//! ERR_NOT_SUPPORTED; the module keeps Node 20's keys and their order.

use crate::context;
use crate::engine::typed_array as ta;
use crate::engine::{Arg, Args, Ctx, JsResult, Value};

const SOURCE: &str = crate::embedded_js!("random.js");
const SLOT: &str = "crypto:module";

/// `require('crypto')`.
pub fn init(cx: Ctx) -> JsResult<Value> {
    if let Some(v) = context::slot_get(cx, SLOT) {
        return Ok(v);
    }
    let m = crate::registry::make_stub(cx, "crypto")?;
    let b = cx.object()?;
    cx.set(&b, "Buffer", crate::modules::buffer::buffer_constructor(cx)?)?;
    cx.set_fn_list(
        &b,
        crate::fn_list![
            "fill" => crypto_fill, 3;
            "errType" => crate::errors::js_invalid_arg_type, 3;
            "errRange" => crate::errors::js_out_of_range, 3;
            "nodeError" => crate::errors::js_node_error, 3;
            "describe" => crypto_describe, 1;
            "domException" => crypto_dom_exception, 2;
            // The library's tick queue: a host's nextTick may drop the arguments.
            "nextTick" => crate::modules::process::process_next_tick, 1;
        ],
    )?;
    let random = cx.call_script_factory(SOURCE, "node:crypto/random", &b)?;
    // getRandomValues comes with webcrypto below (an accessor, moved last).
    for key in ["randomBytes", "randomFill", "randomFillSync", "randomInt", "randomUUID"] {
        cx.set(&m, key, cx.get(&random, key)?)?;
    }
    let aliases = cx.get(&random, "installAliases")?;
    cx.call(&aliases, &random, &[m.as_arg()])?;
    let web = cx.get(&random, "installWeb")?;
    cx.call(&web, &random, &[m.as_arg()])?;
    Ok(context::slot_get_or_insert(cx, SLOT, m))
}

/// The `crypto` global (JSRT_NODE_GLOBAL_CRYPTO): as Node's, an enumerable
/// accessor `get crypto` with no setter, reading node:crypto's webcrypto.
pub fn install_global(cx: Ctx, global: &Value) -> JsResult<()> {
    let getter = cx.function(crypto_global_get, "get crypto", 0)?;
    let key = cx.string("crypto")?;
    ta::define_accessor(&cx, global, &key, getter, cx.undefined(), true, true)
}

crate::js_fn!(crypto_global_get => global_get);
fn global_get(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    let m = init(cx)?;
    cx.get(&m, "webcrypto")
}

/// Fills `dst` with the kernel's random bytes (getrandom, retried on EINTR).
fn fill_random(dst: &mut [u8]) -> bool {
    let mut done = 0;
    while done < dst.len() {
        // SAFETY: the pointer and length describe the rest of `dst`.
        let r = unsafe { libc::getrandom(dst[done..].as_mut_ptr().cast(), dst.len() - done, 0) };
        if r < 0 {
            if std::io::Error::last_os_error().raw_os_error() == Some(libc::EINTR) {
                continue;
            }
            return false;
        }
        done += r as usize;
    }
    true
}

crate::js_fn!(crypto_fill => crypto_fill_imp);
/// `fill(view, at, n)`: `n` bytes of a typed array, DataView or ArrayBuffer
/// from byte `at` (clamped to its length).
fn crypto_fill_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let view = args.get(0);
    let at = cx.to_f64(&args.get(1))?.max(0.0) as usize;
    let n = cx.to_f64(&args.get(2))?.max(0.0) as usize;
    let Some(mut bytes) = ta::bytes(&cx, &view) else {
        return Err(cx.throw_internal("crypto: not a buffer"));
    };
    let all = bytes.as_mut_slice();
    let end = at.saturating_add(n).min(all.len());
    let start = at.min(end);
    if !fill_random(&mut all[start..end]) {
        let e = std::io::Error::last_os_error();
        return Err(crate::errors::NodeError::new(crate::errors::ErrorKind::Error, "ERR_CRYPTO_OPERATION_FAILED", format!("getrandom: {e}")).throw(cx));
    }
    Ok(cx.undefined())
}

crate::js_fn!(crypto_describe => crypto_describe_imp);
fn crypto_describe_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    cx.string(&crate::errors::describe_received(cx, &args.get(0)))
}

crate::js_fn!(crypto_dom_exception => crypto_dom_exception_imp);
fn crypto_dom_exception_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let (message, name) = (cx.to_string(&args.get(0))?, cx.to_string(&args.get(1))?);
    crate::modules::events::new_dom_exception(cx, &message, &name)
}
