//! node:module: `Module` (the CommonJS loader: `require`, `require.resolve`,
//! `require.cache`, `module.paths`, `Module._load`/`_resolveFilename`),
//! `createRequire`, `builtinModules`, `isBuiltin`. The loader is module.js over
//! the natives here (file reads, stat, realpath, compile, the registry).
//!
//! Hosts run a CommonJS main with `require('module').runMain(file)`, and give
//! an ES module a CommonJS dependency with `JSRT_NodeLoadCommonJSModule`
//! ([`load_as_esm`]): the file is evaluated when the importing graph is loaded
//! (Node evaluates it in graph order), its default export is `module.exports`
//! and its named exports are the own enumerable keys `module.exports` has then
//! (Node derives them statically with cjs-module-lexer, so a key added later,
//! or one the lexer cannot see, differs).

use std::os::unix::ffi::OsStrExt;

use crate::context;
use crate::engine::{Arg, Args, Ctx, JsResult, Thrown, Value};
use crate::errors::NodeError;

const MODULE_JS: &str = crate::embedded_js!("module.js");

pub fn init(cx: Ctx) -> JsResult<Value> {
    let b = cx.object()?;
    cx.set_fn(&b, "readFile", module_read_file, 1)?;
    cx.set_fn(&b, "fileKind", module_file_kind, 1)?;
    cx.set_fn(&b, "realpath", module_realpath, 1)?;
    cx.set_fn(&b, "compile", module_compile, 2)?;
    cx.set_fn(&b, "runModule", module_run_module, 1)?;
    cx.set_fn(&b, "isBuiltin", module_is_builtin, 1)?;
    cx.set_fn(&b, "loadBuiltin", module_load_builtin, 1)?;
    cx.set_fn(&b, "builtinNames", module_builtin_names, 0)?;
    cx.set_fn(&b, "osCwd", module_os_cwd, 0)?;
    cx.set_fn(&b, "home", module_home, 0)?;
    cx.set_fn(&b, "execPath", module_exec_path, 0)?;
    cx.set_fn(&b, "nodePath", module_node_path, 0)?;
    cx.set_fn(&b, "invalidArgType", crate::errors::js_invalid_arg_type, 3)?;
    cx.set_fn(&b, "nodeError", crate::errors::js_node_error, 3)?;
    cx.set(&b, "inspect", crate::modules::util::state::inspect_function(cx)?)?;
    cx.call_script_factory(MODULE_JS, "<jsrt-node:module>", &b)
}

fn path_arg(cx: Ctx, v: &Arg) -> JsResult<String> {
    if !cx.is_string(v) {
        return Err(NodeError::invalid_arg_type(cx, "path", &["string"], v).throw(cx));
    }
    cx.to_string(v)
}

fn os_string(cx: Ctx, s: &std::ffi::OsStr) -> JsResult<Value> {
    cx.string(&String::from_utf8_lossy(s.as_bytes()))
}

crate::js_fn!(module_read_file => read_file);
fn read_file(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let p = path_arg(cx, &args.get(0))?;
    match std::fs::read(&p) {
        Ok(bytes) => cx.string(&String::from_utf8_lossy(&bytes)),
        Err(e) => {
            let code = match e.kind() {
                std::io::ErrorKind::NotFound => "ENOENT",
                std::io::ErrorKind::PermissionDenied => "EACCES",
                _ => "EIO",
            };
            let msg = format!("{code}: {e}, open '{p}'");
            Err(NodeError::new(crate::errors::ErrorKind::Error, code, msg).throw(cx))
        }
    }
}

crate::js_fn!(module_file_kind => file_kind);
fn file_kind(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let p = path_arg(cx, &args.get(0))?;
    let kind = match std::fs::metadata(&p) {
        Ok(m) if m.is_dir() => 2,
        Ok(_) => 1,
        Err(_) => 0,
    };
    Ok(cx.int(kind))
}

crate::js_fn!(module_realpath => realpath);
fn realpath(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let p = path_arg(cx, &args.get(0))?;
    match std::fs::canonicalize(&p) {
        Ok(r) => os_string(cx, r.as_os_str()),
        Err(_) => cx.string(&p),
    }
}

crate::js_fn!(module_compile => compile);
fn compile(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let src = cx.to_string(&args.get(0))?;
    let file = cx.to_string(&args.get(1))?;
    cx.eval_script(&src, &file)
}

crate::js_fn!(module_is_builtin => is_builtin);
fn is_builtin(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let v = args.get(0);
    if !cx.is_string(&v) {
        return Ok(cx.bool(false));
    }
    let name = cx.to_string(&v)?;
    Ok(cx.bool(crate::registry::builtin_id(&name).is_some()))
}

// `require` of a built-in by name; also what readline and fs load their
// peers with.
crate::js_fn!(pub module_load_builtin => load_builtin);
fn load_builtin(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let name = cx.to_string(&args.get(0))?;
    crate::registry::load_cjs(cx, &name)
}

crate::js_fn!(module_builtin_names => builtin_names);
fn builtin_names(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    // Node's list leaves out the names only reachable with `node:`.
    let names = crate::registry::names()
        .into_iter()
        .filter(|n| !n.starts_with("node:"))
        .map(|n| cx.string(n))
        .collect::<JsResult<Vec<_>>>()?;
    cx.array_from(names)
}

crate::js_fn!(module_os_cwd => os_cwd);
fn os_cwd(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    match std::env::current_dir() {
        Ok(d) => os_string(cx, d.as_os_str()),
        Err(_) => cx.string("/"),
    }
}

crate::js_fn!(module_home => home);
fn home(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    match std::env::var_os("HOME") {
        Some(h) if !h.is_empty() => os_string(cx, &h),
        _ => cx.string(""),
    }
}

crate::js_fn!(module_exec_path => exec_path);
fn exec_path(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    match std::env::current_exe() {
        Ok(e) => os_string(cx, e.as_os_str()),
        Err(_) => cx.string("/usr/local/bin/jsrt-node"),
    }
}

crate::js_fn!(module_node_path => node_path);
fn node_path(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    match std::env::var_os("NODE_PATH") {
        Some(p) => os_string(cx, &p),
        None => cx.string(""),
    }
}

// ----- require() of ES modules ----------------------------------------------------------

static RUN_MODULE_SEQ: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

crate::js_fn!(module_run_module => run_module);
/// Evaluates the ES module source module.js builds around a required file
/// (its imports reach the file through the host's module loader, so it is
/// the same instance `import` gets). Returns `[namespace, state, value]`:
/// state "done" (no promise), or the evaluation promise's "fulfilled",
/// "rejected" (value: the reason) or "pending" (value: the promise).
fn run_module(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let src = cx.to_string(&args.get(0))?;
    let n = RUN_MODULE_SEQ.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let (ns, result) = cx.run_module(&src, &format!("<jsrt-node:require-esm:{n}>"))?;
    let (state, value) = match cx.promise_state(&result) {
        None => ("done", cx.undefined()),
        Some((crate::engine::PromiseState::Fulfilled, v)) => ("fulfilled", v),
        Some((crate::engine::PromiseState::Rejected, v)) => {
            // Seen and reported through require(): no unhandled rejection.
            let then = cx.get(&result, "then")?;
            let noop = cx.function(module_noop, "", 0)?;
            cx.call(&then, &result, &[cx.undefined().as_arg(), noop.as_arg()])?;
            note_delivered(cx, &v)?;
            ("rejected", v)
        }
        Some((crate::engine::PromiseState::Pending, _)) => ("pending", result.dup()),
    };
    cx.array_from(vec![ns, cx.string(state)?, value])
}

const DELIVERED_SLOT: &str = "module:require-esm-delivered";
const DELIVERED_KEEP: u32 = 16;

/// Bellard's QuickJS runs each module body as an async function and lets the
/// rejected promise of a throwing one reach the host's rejection tracker,
/// where nothing can handle it. require() already threw that error, so the
/// reason is noted here and `JSRT_NodeHandleRejection` lets it pass once.
fn note_delivered(cx: Ctx, reason: &Value) -> JsResult<()> {
    let list = match context::slot_get(cx, DELIVERED_SLOT) {
        Some(l) => l,
        None => context::slot_get_or_insert(cx, DELIVERED_SLOT, cx.array_from(Vec::new())?),
    };
    let push = cx.get(&list, "push")?;
    cx.call(&push, &list, &[reason.as_arg()])?;
    if cx.to_f64(&cx.get(&list, "length")?)? as u32 > DELIVERED_KEEP {
        let shift = cx.get(&list, "shift")?;
        cx.call(&shift, &list, &[])?;
    }
    Ok(())
}

/// Whether `reason` is one require() of an ES module already threw (taken
/// off the list): its rejection report is the engine's duplicate.
pub fn take_delivered(cx: Ctx, reason: &impl crate::engine::JsRef) -> JsResult<bool> {
    let Some(list) = context::slot_get(cx, DELIVERED_SLOT) else {
        return Ok(false);
    };
    let n = cx.to_f64(&cx.get(&list, "length")?)? as u32;
    for i in 0..n {
        if cx.strict_equals(&cx.get_index(&list, i)?, reason) {
            let splice = cx.get(&list, "splice")?;
            let (at, one) = (cx.int(i as i32), cx.int(1));
            cx.call(&splice, &list, &[at.as_arg(), one.as_arg()])?;
            return Ok(true);
        }
    }
    Ok(false)
}

crate::js_fn!(module_noop => noop);
fn noop(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    Ok(cx.undefined())
}

// ----- ES module imports of packages -------------------------------------------------

/// The path (or `node:` name) an ES module import of `specifier` from `base`
/// resolves to: node:module's `_resolveForImport`.
pub fn resolve_for_import(cx: Ctx, specifier: &str, base: &str) -> JsResult<Value> {
    let module = crate::registry::load_cjs(cx, "module")?;
    let f = cx.get(&module, "_resolveForImport")?;
    let (s, b) = (cx.string(specifier)?, cx.string(base)?);
    cx.call(&f, &module, &[s.as_arg(), b.as_arg()])
}

// ----- ES modules importing CommonJS -----------------------------------------------

fn slot_name(name: &str) -> String {
    format!("module:cjs-esm:{name}")
}

/// The ES module for CommonJS file `filename` (absolute, as the host's
/// normalizer made it): loads it through `Module._load` now and declares its
/// exports (see the module doc). The module's name is `filename`.
pub fn load_as_esm(cx: Ctx, filename: &str) -> JsResult<*mut crate::engine::raw::JSModuleDef> {
    let module = crate::registry::load_cjs(cx, "module")?;
    let load = cx.get(&module, "_loadForImport")?;
    let exports = cx.call(&load, &module, &[cx.string(filename)?.as_arg()])?;
    let mut names = if cx.is_object(&exports) || cx.is_function(&exports) {
        cx.own_keys(&exports, true)?
    } else {
        Vec::new()
    };
    names.retain(|n| n != "default");
    names.push("default".into());
    let holder = cx.object()?;
    // Defined, not set: Object.prototype setters must not see them.
    cx.define(&holder, "exports", exports, crate::engine::Prop::PLAIN)?;
    let keys = cx.array_from(names.iter().map(|n| cx.string(n)).collect::<JsResult<Vec<_>>>()?)?;
    cx.define(&holder, "names", keys, crate::engine::Prop::PLAIN)?;
    // A second import of the same file while the first is linking keeps the first.
    let _ = context::slot_get_or_insert(cx, &slot_name(filename), holder);
    match cx.new_c_module(filename, &names, cjs_esm_init) {
        Some(m) => Ok(m),
        None => Err(Thrown),
    }
}

unsafe extern "C" fn cjs_esm_init(ctx: *mut crate::engine::raw::JSContext, m: *mut crate::engine::raw::JSModuleDef) -> i32 {
    let cx = Ctx::from_raw(ctx);
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| -> JsResult<()> {
        let name = cx.module_name(m);
        let Some(holder) = context::slot_get(cx, &slot_name(&name)) else {
            return Err(cx.throw_internal("CommonJS module record lost"));
        };
        let exports = cx.get(&holder, "exports")?;
        let names = cx.get(&holder, "names")?;
        let n = cx.to_f64(&cx.get(&names, "length")?)? as u32;
        for i in 0..n {
            let key = cx.to_string(&cx.get_index(&names, i)?)?;
            // A getter that throws (a value only some platforms can compute)
            // leaves that export undefined instead of failing the import:
            // Node's statically found names are not read through getters of
            // objects the lexer cannot see into.
            let v = if key == "default" {
                exports.dup()
            } else {
                match cx.get(&exports, &key) {
                    Ok(v) => v,
                    Err(_) => {
                        drop(cx.take_exception());
                        cx.undefined()
                    }
                }
            };
            if !cx.set_module_export(m, &key, v) {
                return Err(Thrown);
            }
        }
        Ok(())
    }));
    match r {
        Ok(Ok(())) => 0,
        Ok(Err(_)) => -1,
        Err(_) => {
            let _ = cx.throw_internal("panic while initialising a CommonJS ES module");
            -1
        }
    }
}
