//! The registry, module caching and Node errors through a real engine, with the
//! leak assertion of the bundled quickjs-ng on (each Standalone checks at drop).

use jsrt_node::engine::Standalone;
use jsrt_node::registry;

fn with_require(rt: &Standalone) {
    let cx = rt.ctx();
    jsrt_node::context::init(cx, std::ptr::null_mut());
    let path = registry::load_cjs(cx, "path").expect("path loads");
    let global = cx.global();
    cx.set(&global, "path", path).expect("set");
}

#[test]
fn path_is_cached_per_context() {
    let a = Standalone::new();
    let b = Standalone::new();
    let cx = a.ctx();
    let p1 = registry::load_cjs(cx, "path").expect("load");
    let p2 = registry::load_cjs(cx, "node:path").expect("load");
    assert!(cx.strict_equals(&p1, &p2));
    let q = registry::load_cjs(b.ctx(), "path").expect("load");
    assert!(!a.ctx().strict_equals(&p1, &q));
}

#[test]
fn tiers() {
    assert_eq!(registry::tier("path"), Some(registry::Tier::Native));
    assert_eq!(registry::tier("http"), Some(registry::Tier::Stub));
    assert_eq!(registry::tier("repl"), Some(registry::Tier::Unsupported));
    assert_eq!(registry::tier("left-pad"), None);
    assert_eq!(registry::builtin_id("node:fs/promises"), Some("fs/promises"));
    assert_eq!(registry::builtin_id("test"), None);
    assert_eq!(registry::builtin_id("node:test"), Some("test"));
}

#[test]
fn node_errors_have_code_and_message() {
    let rt = Standalone::new();
    with_require(&rt);
    assert_eq!(
        rt.eval("try { path.join({}) } catch (e) { [e.name, e.code, e.message, String(e)].join('|') }"),
        Ok("TypeError|ERR_INVALID_ARG_TYPE|The \"path\" argument must be of type string. Received an instance of Object|TypeError [ERR_INVALID_ARG_TYPE]: The \"path\" argument must be of type string. Received an instance of Object".into())
    );
    assert_eq!(
        rt.eval("try { path.basename('a', 5) } catch (e) { e.message }"),
        Ok("The \"suffix\" argument must be of type string. Received type number (5)".into())
    );
}

#[test]
fn lone_surrogates_survive() {
    let rt = Standalone::new();
    with_require(&rt);
    assert_eq!(rt.eval("path.join('a\\ud800', 'b') === 'a\\ud800/b'"), Ok("true".into()));
    assert_eq!(rt.eval("path.basename('/x/\\udc00y') === '\\udc00y'"), Ok("true".into()));
}

#[test]
fn unknown_builtin_throws() {
    let rt = Standalone::new();
    let cx = rt.ctx();
    assert!(registry::load_cjs(cx, "node:nope").is_err());
    let e = cx.take_exception();
    let code = cx.get(&e, "code").expect("code");
    assert_eq!(cx.to_string(&code).expect("str"), "ERR_UNKNOWN_BUILTIN_MODULE");
}

/// Stub functions throw ERR_NOT_SUPPORTED however they are called: classes
/// under `new` too (not the engine's "not a constructor"); spawnSync reports
/// in `result.error` as Node does for a program it cannot start.
#[test]
fn stubs_refuse_calls_and_construction() {
    let rt = Standalone::new();
    let cx = rt.ctx();
    jsrt_node::context::init(cx, std::ptr::null_mut());
    let zlib = registry::load_cjs(cx, "zlib").expect("stub loads");
    let net = registry::load_cjs(cx, "net").expect("stub loads");
    let cp = registry::load_cjs(cx, "child_process").expect("stub loads");
    let global = cx.global();
    cx.set(&global, "zlib", zlib).expect("set");
    cx.set(&global, "net", net).expect("set");
    cx.set(&global, "cp", cp).expect("set");
    let r = rt.eval(
        "const out = []; \
         for (const f of [() => new zlib.Deflate(), () => zlib.Deflate(), () => new net.Socket(), () => net.connect()]) \
           try { f(); out.push('no throw'); } catch (e) { out.push(e.code + ' ' + e.message); } \
         const s = cp.spawnSync('x'); out.push(s.status, s.error.code, s.error.message); out.join('|')",
    );
    assert_eq!(
        r.as_deref(),
        Ok("ERR_NOT_SUPPORTED zlib.Deflate is not supported|ERR_NOT_SUPPORTED zlib.Deflate is not supported|\
ERR_NOT_SUPPORTED net.Socket is not supported|ERR_NOT_SUPPORTED net.connect is not supported|\
|ERR_NOT_SUPPORTED|child_process.spawnSync is not supported")
    );
}
