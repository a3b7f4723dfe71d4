//! The `node:` module registry: one place that answers every built-in name.
//!
//! Tiers (DESIGN.md §5): **native** (built by this library), **host** (registered
//! by the host with `JSRT_NodeRegisterModule`; a host registration takes
//! precedence), **stub** (requireable; every function throws
//! `ERR_NOT_SUPPORTED` naming `<module>.<api>`, except `setDefault*` setters of
//! process-wide defaults, which are no-ops, and a few plain data exports with
//! Node's main-thread values — see `make_stub`), **unsupported** (require throws).
//! Modules are built once per context and cached there, so `require('x')`,
//! `require('node:x')` and `import 'node:x'` all see the same object.

mod host;
mod node20_exports;

use crate::context;
use crate::engine::{Arg, Args, Ctx, JsResult, Thrown, Value};
use crate::errors::NodeError;
use crate::modules;

pub use host::{c_name, register as register_host_module, HostCjsInit, HostEsmInit};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tier {
    Native,
    Host,
    Stub,
    Unsupported,
}

type Init = fn(Ctx) -> JsResult<Value>;

/// Built-ins this library implements. Subpaths are their own ids.
const NATIVE: &[(&str, Init)] = &[
    ("assert", modules::assert::init),
    ("assert/strict", modules::assert::init_strict),
    ("async_hooks", modules::async_hooks::init),
    ("path", modules::path::init),
    ("path/posix", modules::path::init_posix),
    ("path/win32", modules::path::init_win32),
    ("module", modules::module::init),
    ("process", modules::process::module),
    ("buffer", modules::buffer::init),
    ("console", modules::console::module),
    ("crypto", modules::crypto::init),
    ("events", modules::events::init),
    ("os", modules::os::init),
    ("fs", modules::fs::init),
    ("fs/promises", modules::fs::init_promises),
    ("punycode", modules::punycode::init),
    ("querystring", modules::querystring::init),
    ("readline", modules::readline::init),
    ("readline/promises", modules::readline::init_promises),
    ("_stream_duplex", modules::stream::init_duplex),
    ("_stream_passthrough", modules::stream::init_passthrough),
    ("_stream_readable", modules::stream::init_readable),
    ("_stream_transform", modules::stream::init_transform),
    ("_stream_writable", modules::stream::init_writable),
    ("stream", modules::stream::init),
    ("stream/consumers", modules::stream::init_consumers),
    ("stream/promises", modules::stream::init_promises),
    ("stream/web", modules::stream::web::init),
    ("string_decoder", modules::string_decoder::init),
    ("sys", modules::util::init_sys),
    ("test", modules::test::init),
    ("timers", modules::timers::init),
    ("timers/promises", modules::timers::init_promises),
    ("tty", modules::tty::init),
    ("url", modules::url::init),
    ("util", modules::util::init),
    ("util/types", modules::util::init_types),
];

/// Built-ins that cannot work in an embedded runtime: require throws.
const UNSUPPORTED: &[&str] =
    &["cluster", "inspector", "inspector/promises", "repl", "sea", "test/reporters", "trace_events", "wasi"];

/// Built-ins Node only knows with the `node:` prefix.
const PREFIX_ONLY: &[&str] = &["sea", "test", "test/reporters"];

/// The built-in id for `name` (`node:` prefix removed), if it names one.
pub fn builtin_id(name: &str) -> Option<&str> {
    let (id, prefixed) = match name.strip_prefix("node:") {
        Some(rest) => (rest, true),
        None => (name, false),
    };
    if !prefixed && PREFIX_ONLY.contains(&id) {
        return None;
    }
    tier(id).map(|_| id)
}

/// The tier of a built-in id (no prefix), or None if no such built-in.
pub fn tier(id: &str) -> Option<Tier> {
    if host::find(id).is_some() {
        Some(Tier::Host)
    } else if NATIVE.iter().any(|(n, _)| *n == id) {
        Some(Tier::Native)
    } else if UNSUPPORTED.contains(&id) {
        Some(Tier::Unsupported)
    } else if node20_exports::NODE_BUILTINS.iter().any(|(n, _)| *n == id) {
        Some(Tier::Stub)
    } else {
        None
    }
}

/// Every name the registry answers, in a stable order: Node's built-ins (the
/// prefix-only ones with `node:`), then host modules Node does not have.
pub fn names() -> Vec<&'static str> {
    let mut out: Vec<&'static str> = node20_exports::NODE_BUILTINS
        .iter()
        .map(|(n, _)| match *n {
            "sea" => "node:sea",
            "test" => "node:test",
            "test/reporters" => "node:test/reporters",
            other => other,
        })
        .collect();
    for n in host::names() {
        if !out.iter().any(|o| o.strip_prefix("node:").unwrap_or(o) == n) {
            out.push(n);
        }
    }
    out
}

/// `require(name)` of a built-in: the cached module object of this context.
pub fn load_cjs(cx: Ctx, name: &str) -> JsResult<Value> {
    let Some(id) = builtin_id(name) else {
        return Err(NodeError::unknown_builtin(name).throw(cx));
    };
    if let Some(v) = context::cached_module(cx, id) {
        return Ok(v);
    }
    let built = match tier(id) {
        Some(Tier::Host) => host::init_cjs(cx, id)?,
        Some(Tier::Native) => {
            let init = NATIVE.iter().find(|(n, _)| *n == id).map(|(_, f)| *f).ok_or(Thrown);
            match init {
                Ok(f) => f(cx)?,
                Err(t) => return Err(t),
            }
        }
        Some(Tier::Stub) => make_stub(cx, id)?,
        Some(Tier::Unsupported) => return Err(NodeError::not_supported(&format!("node:{id}")).throw(cx)),
        None => return Err(NodeError::unknown_builtin(name).throw(cx)),
    };
    Ok(context::store_module(cx, id, built))
}

/// `import ... from 'node:name'`: a native ES module whose exports are the
/// module object's enumerable own keys plus `default`.
pub fn load_esm(cx: Ctx, name: &str) -> JsResult<*mut crate::engine::raw::JSModuleDef> {
    let obj = load_cjs(cx, name)?;
    let id = builtin_id(name).unwrap_or(name);
    let mut names = cx.own_keys(&obj, true)?;
    if !names.iter().any(|n| n == "default") {
        names.push("default".into());
    }
    let module_name = format!("node:{id}");
    match cx.new_c_module(&module_name, &names, esm_init) {
        Some(m) => Ok(m),
        None => Err(Thrown),
    }
}

unsafe extern "C" fn esm_init(ctx: *mut crate::engine::raw::JSContext, m: *mut crate::engine::raw::JSModuleDef) -> i32 {
    let cx = Ctx::from_raw(ctx);
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| -> JsResult<()> {
        let full = cx.module_name(m);
        let id = full.strip_prefix("node:").unwrap_or(&full).to_string();
        if let Some(esm) = host::find(&id).and_then(|h| h.esm) {
            return if esm(ctx, m) < 0 { Err(Thrown) } else { Ok(()) };
        }
        let obj = load_cjs(cx, &full)?;
        for key in cx.own_keys(&obj, true)? {
            if key == "default" {
                continue;
            }
            let v = cx.get(&obj, &key)?;
            if !cx.set_module_export(m, &key, v) {
                return Err(Thrown);
            }
        }
        if cx.set_module_export(m, "default", obj) {
            Ok(())
        } else {
            Err(Thrown)
        }
    }));
    match r {
        Ok(Ok(())) => 0,
        Ok(Err(_)) => -1,
        Err(_) => {
            let _ = cx.throw_internal("panic while initialising an ES module");
            -1
        }
    }
}

/// Plain data a stub module carries (Node's values in the main thread of a
/// process with no workers), so code that only reads it at load time works.
enum StubData {
    Bool(bool),
    Int(i32),
    Null,
    EmptyObject,
}

const STUB_DATA: &[(&str, &str, StubData)] = &[
    ("worker_threads", "isMainThread", StubData::Bool(true)),
    ("worker_threads", "threadId", StubData::Int(0)),
    ("worker_threads", "parentPort", StubData::Null),
    ("worker_threads", "workerData", StubData::Null),
    ("worker_threads", "resourceLimits", StubData::EmptyObject),
];

/// The stub rule (DESIGN.md §5, docs/ARCHITECTURE.md "Stub modules"): every
/// function export throws `ERR_NOT_SUPPORTED` naming `<module>.<api>`, except
/// the setters of process-wide defaults (`setDefault*`, e.g.
/// `net.setDefaultAutoSelectFamilyAttemptTimeout`), which are no-ops: with no
/// real implementation there is nothing their value could change, and
/// `child_process.spawnSync`, which returns its failure in `result.error` as
/// Node's does for a program it cannot start. Plain data from [`STUB_DATA`]
/// is present with Node's value.
pub(crate) fn make_stub(cx: Ctx, id: &str) -> JsResult<Value> {
    let obj = cx.object()?;
    let fns = node20_exports::NODE_BUILTINS.iter().find(|(n, _)| *n == id).map(|(_, f)| *f).unwrap_or(&[]);
    for f in fns {
        let func = if f.starts_with("setDefault") {
            cx.function(stub_noop, f, 1)?
        } else if id == "child_process" && *f == "spawnSync" {
            cx.function(stub_spawn_sync, f, 3)?
        } else {
            let what = cx.string(&format!("{id}.{f}"))?;
            let func = cx.function_with_data(stub_call, f, 0, &[what.as_arg()])?;
            // Classes among them (`new TransformStream()`) answer `new` with the
            // same ERR_NOT_SUPPORTED, not the engine's "not a constructor".
            if f.starts_with(|c: char| c.is_ascii_uppercase()) {
                cx.make_constructible(&func)?;
            }
            func
        };
        cx.set(&obj, f, func)?;
    }
    for (_, key, data) in STUB_DATA.iter().filter(|(m, _, _)| *m == id) {
        let v = match data {
            StubData::Bool(b) => cx.bool(*b),
            StubData::Int(i) => cx.int(*i),
            StubData::Null => cx.null(),
            StubData::EmptyObject => cx.object()?,
        };
        cx.set(&obj, key, v)?;
    }
    Ok(obj)
}

crate::js_fn!(stub_noop => stub_noop_imp);
fn stub_noop_imp(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    Ok(cx.undefined())
}

crate::js_fn!(stub_spawn_sync => stub_spawn_sync_imp);
/// `child_process.spawnSync` reports a process it could not start in the
/// result's `error` (Node's contract for e.g. a missing program) rather than
/// throwing; the stub's ERR_NOT_SUPPORTED goes there, with Node's other fields
/// of a failed spawn, so callers that check `error` (test/common's `opensslCli`
/// probe, which every `.mjs` test loads) see why.
fn stub_spawn_sync_imp(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    let r = cx.object()?;
    let err = NodeError::not_supported("child_process.spawnSync").to_js(cx)?;
    cx.set(&r, "error", err)?;
    cx.set(&r, "status", cx.null())?;
    cx.set(&r, "signal", cx.null())?;
    cx.set(&r, "output", cx.null())?;
    cx.set(&r, "pid", cx.int(0))?;
    cx.set(&r, "stdout", cx.null())?;
    cx.set(&r, "stderr", cx.null())?;
    Ok(r)
}

crate::js_fn_data!(stub_call [1] => stub_throw);

fn stub_throw(cx: Ctx, _this: Arg, _args: Args, data: Args) -> JsResult<Value> {
    let what = cx.to_string(&data.get(0))?;
    Err(NodeError::not_supported(&what).throw(cx))
}
