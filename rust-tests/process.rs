//! The fallback process, its lifecycle, node:module and structuredClone
//! through a real engine (leak assertion on: each Standalone checks at drop
//! that the per-context state this code keeps is released).

use jsrt_node::engine::Standalone;
use jsrt_node::modules::{module, process};

fn with_globals(rt: &Standalone) {
    let cx = rt.ctx();
    // SAFETY: a live context owned by rt.
    let rc = unsafe { jsrt_node::abi::JSRT_NodeInstallGlobals(cx.as_raw(), jsrt_node::abi::JSRT_NODE_GLOBAL_ALL) };
    assert_eq!(rc, 0);
}

#[test]
fn env_is_the_c_environment() {
    let rt = Standalone::new();
    with_globals(&rt);
    let js = "process.env.JSRT_NODE_RUST_TEST = 12; typeof process.env.JSRT_NODE_RUST_TEST";
    assert_eq!(rt.eval(js), Ok("string".into()));
    assert_eq!(std::env::var("JSRT_NODE_RUST_TEST").as_deref(), Ok("12"));
    std::env::remove_var("JSRT_NODE_RUST_TEST");
    assert_eq!(rt.eval("'JSRT_NODE_RUST_TEST' in process.env"), Ok("false".into()));
}

#[test]
fn lifecycle_emits_in_node_order() {
    let rt = Standalone::new();
    with_globals(&rt);
    let cx = rt.ctx();
    rt.eval(
        "globalThis.seen = [];
         process.on('beforeExit', (c) => seen.push('before' + c));
         process.on('exit', (c) => seen.push('exit' + c));
         process.on('uncaughtException', (e, o) => seen.push(e + '|' + o)); 1",
    )
    .expect("setup");
    // A pending exception, as a failing callback leaves it.
    let thrown = cx.eval_script("throw new Error('late')", "<test>");
    assert!(thrown.is_err());
    assert_eq!(process::handle_uncaught(cx).ok(), Some(None));
    process::before_exit(cx).expect("beforeExit");
    assert_eq!(process::emit_exit(cx, 3).ok(), Some(3));
    assert_eq!(process::emit_exit(cx, -1).ok(), Some(3));
    assert_eq!(rt.eval("seen.join()"), Ok("Error: late|uncaughtException,before0,exit3".into()));
}

#[test]
fn commonjs_loads_and_imports() {
    let dir = std::env::temp_dir().join(format!("jsrt-node-rust-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp dir");
    let file = dir.join("m.js");
    std::fs::write(&file, "exports.a = 1; exports.who = __filename;").expect("write");
    let rt = Standalone::new();
    with_globals(&rt);
    let cx = rt.ctx();
    let m = jsrt_node::registry::load_cjs(cx, "module").expect("module loads");
    cx.set(&cx.global(), "Module", m).expect("set");
    let req = format!(
        "const r = Module.createRequire({:?}); const x = r('./m.js'); [x.a, x.who === {:?}, r.cache[{:?}].loaded].join()",
        dir.join("index.js").to_string_lossy(),
        file.to_string_lossy(),
        file.to_string_lossy()
    );
    assert_eq!(rt.eval(&req), Ok("1,true,true".into()));
    let esm = module::load_as_esm(cx, &file.to_string_lossy());
    assert!(esm.is_ok());
    drop(rt);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn structured_clone_keeps_cycles() {
    let rt = Standalone::new();
    with_globals(&rt);
    let js = "const o = { m: new Map([[1, 2]]) }; o.o = o; const c = structuredClone(o); \
              [c !== o, c.o === c, c.m.get(1)].join()";
    assert_eq!(rt.eval(js), Ok("true,true,2".into()));
}

#[test]
fn call_sites_have_v8s_methods() {
    // quickjs-ng has Error.captureStackTrace with call sites that lack part of
    // V8's API; depd (express, http-errors) calls isEval and getTypeName.
    let rt = Standalone::new();
    with_globals(&rt);
    let js = "(() => {
        'use strict';
        const saved = Error.prepareStackTrace;
        Error.prepareStackTrace = (_, s) => s;
        const o = {};
        function outer() { Error.captureStackTrace(o); }
        outer();
        const site = o.stack[0];
        Error.prepareStackTrace = saved;
        return [site.isEval(), site.getTypeName(), site.getMethodName(), site.isToplevel(), site.isAsync(),
          site.getFunctionName(), typeof site.getScriptNameOrSourceURL(), /^outer \\(.*:\\d+:\\d+\\)$/.test(site.toString())].join();
    })()";
    assert_eq!(rt.eval(js), Ok("false,,,true,false,outer,string,true".into()));
}
