//! node:assert through a real engine (leak assertion on: each Standalone
//! checks at drop): messages, validators, rejects with pending jobs,
//! CallTracker's proxies, and bad input giving Node's errors.

use jsrt_node::engine::Standalone;
use jsrt_node::registry;

fn with_assert(rt: &Standalone) {
    let cx = rt.ctx();
    jsrt_node::context::init(cx, std::ptr::null_mut());
    let m = registry::load_cjs(cx, "assert").expect("assert loads");
    let global = cx.global();
    cx.set(&global, "assert", m).expect("set");
}

fn message(rt: &Standalone, call: &str) -> Result<String, String> {
    rt.eval(&format!("(() => {{ try {{ {call}; return 'no throw'; }} catch (e) {{ return e.code + '|' + e.message; }} }})()"))
}

#[test]
fn module_shape() {
    let rt = Standalone::new();
    with_assert(&rt);
    let cx = rt.ctx();
    let strict = registry::load_cjs(cx, "assert/strict").expect("assert/strict loads");
    let a = registry::load_cjs(cx, "node:assert").expect("loads");
    let s2 = cx.get(&a, "strict").expect("strict");
    assert!(cx.strict_equals(&strict, &s2));
    assert_eq!(registry::tier("assert"), Some(registry::Tier::Native));
    assert_eq!(
        rt.eval("Object.keys(assert).join()"),
        Ok("fail,AssertionError,ok,equal,notEqual,deepEqual,notDeepEqual,deepStrictEqual,notDeepStrictEqual,\
strictEqual,notStrictEqual,throws,rejects,doesNotThrow,doesNotReject,ifError,match,doesNotMatch,CallTracker,strict"
            .into())
    );
    assert_eq!(
        rt.eval(
            "assert.strict.strict === assert.strict && assert.strict.equal === assert.strictEqual"
        ),
        Ok("true".into())
    );
}

#[test]
fn messages() {
    let rt = Standalone::new();
    with_assert(&rt);
    assert_eq!(
        message(&rt, "assert.strictEqual(1, 2)"),
        Ok("ERR_ASSERTION|Expected values to be strictly equal:\n\n1 !== 2\n".into())
    );
    assert_eq!(
        message(&rt, "assert.deepStrictEqual({ a: [1, 2] }, { a: [1, 3] })"),
        Ok("ERR_ASSERTION|Expected values to be strictly deep-equal:\n+ actual - expected\n\n  {\n    a: [\n      1,\n+     2\n-     3\n    ]\n  }".into())
    );
    // Source text is not available for <test>: Node's fallback.
    assert_eq!(
        message(&rt, "assert.ok(0)"),
        Ok("ERR_ASSERTION|0 == true".into())
    );
    assert_eq!(
        message(&rt, "assert.equal(1)"),
        Ok("ERR_MISSING_ARGS|The \"actual\" and \"expected\" arguments must be specified".into())
    );
    assert_eq!(
        message(&rt, "new assert.AssertionError(null)")
            .map(|s| s.starts_with("ERR_INVALID_ARG_TYPE|")),
        Ok(true)
    );
    // A getter that throws while the message is built: shown as Node shows it.
    assert_eq!(
        message(&rt, "assert.deepStrictEqual({ get x() { throw new Error('getter') } }, {})"),
        Ok("ERR_ASSERTION|Expected values to be strictly deep-equal:\n+ actual - expected\n\n+ {\n+   x: [Getter: <Inspection threw (getter)>]\n+ }\n- {}".into())
    );
    // A Proxy is shown as its target (showProxy off), its traps not run.
    assert_eq!(
        message(&rt, "assert.deepStrictEqual(new Proxy({}, { ownKeys() { throw new Error('trap') } }), 1)"),
        Ok("ERR_ASSERTION|Expected values to be strictly deep-equal:\n+ actual - expected\n\n+ {}\n- 1".into())
    );
    // A custom message whose toString throws: that error, not a crash.
    assert_eq!(
        message(
            &rt,
            "assert.strictEqual(1, 2, { toString() { throw new Error('ts') } })"
        ),
        Ok("undefined|ts".into())
    );
    // A revoked proxy and a symbol operator do not crash either.
    let r = message(
        &rt,
        "const p = Proxy.revocable({}, {}); p.revoke(); assert.deepStrictEqual(p.proxy, {})",
    );
    assert!(r.is_ok(), "{r:?}");
    let r = message(&rt, "new assert.AssertionError({ operator: Symbol('s') })");
    assert!(r.is_ok(), "{r:?}");
}

#[test]
fn validators_and_trackers() {
    let rt = Standalone::new();
    with_assert(&rt);
    assert_eq!(message(&rt, "assert.throws(() => { throw new TypeError('x') }, { message: /x/, name: 'TypeError' })"), Ok("no throw".into()));
    assert_eq!(
        message(&rt, "assert.throws(() => { throw new TypeError('x') }, RangeError)"),
        Ok("ERR_ASSERTION|The error is expected to be an instance of \"RangeError\". Received \"TypeError\"\n\nError message:\n\nx".into())
    );
    assert_eq!(
        message(&rt, "assert.throws(() => {}, 5)").map(|s| s.starts_with("ERR_INVALID_ARG_TYPE|")),
        Ok(true)
    );
    assert_eq!(
        rt.eval("const t = new assert.CallTracker(); const f = t.calls(function f() {}, 2); f(); globalThis.keep = [t, f]; t.report()[0].message"),
        Ok("Expected the f function to be executed 2 time(s) but was executed 1 time(s).".into())
    );
}

#[test]
fn rejects_settles_through_jobs() {
    let rt = Standalone::new();
    with_assert(&rt);
    let cx = rt.ctx();
    rt.eval(
        "globalThis.out = []; \
         assert.rejects(Promise.reject(new Error('z')), /z/).then(() => out.push('ok')); \
         assert.rejects(Promise.resolve(1)).catch((e) => out.push(e.message)); \
         assert.doesNotReject(() => 5).catch((e) => out.push(e.code)); \
         assert.rejects(new Promise(() => {})); 0",
    )
    .expect("eval");
    assert!(cx.run_pending_jobs());
    assert_eq!(
        rt.eval("out.join('|')"),
        Ok("ERR_INVALID_RETURN_VALUE|ok|Missing expected rejection.".into())
    );
}
