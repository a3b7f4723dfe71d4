//! node:util through a real engine (bundled quickjs-ng with its leak
//! assertion on: every Standalone checks at drop that nothing leaked).

use jsrt_node::engine::Standalone;
use jsrt_node::registry;

fn rt_with_util() -> Standalone {
    let rt = Standalone::new();
    let cx = rt.ctx();
    jsrt_node::context::init(cx, std::ptr::null_mut());
    let util = registry::load_cjs(cx, "util").expect("util loads");
    let global = cx.global();
    cx.set(&global, "util", util).expect("set");
    rt
}

#[test]
fn inspect_core_shapes() {
    let rt = rt_with_util();
    assert_eq!(rt.eval("util.inspect({ a: [1, 2, { b: new Map([[1, 'x']]) }] })"), Ok("{ a: [ 1, 2, { b: [Map] } ] }".into()));
    assert_eq!(rt.eval("const o = { n: 1 }; o.o = o; util.inspect(o)"), Ok("<ref *1> { n: 1, o: [Circular *1] }".into()));
    assert_eq!(rt.eval("util.inspect('it\\'s')"), Ok("\"it's\"".into()));
    assert_eq!(rt.eval("util.inspect(new (class Foo { constructor() { this.x = 1 } })())"), Ok("Foo { x: 1 }".into()));
    assert_eq!(rt.eval("util.inspect(new Proxy({ a: 1 }, { get() { throw new Error('trap ran') } }))"), Ok("{ a: 1 }".into()));
    assert_eq!(rt.eval("util.inspect(new Map([[1, 2]]).entries())"), Ok("[Map Entries] { [ 1, 2 ] }".into()));
}

#[test]
fn format_specifiers() {
    let rt = rt_with_util();
    assert_eq!(rt.eval("util.format('%s:%d:%i:%f:%j:%%:%c', 'a', 1.5, 2.7, '3.5', {b:1}, 'x')"), Ok("a:1.5:2:3.5:{\"b\":1}:%:".into()));
    assert_eq!(rt.eval("util.format('%s', -0) + util.format(' %d', 10n)"), Ok("-0 10n".into()));
    assert_eq!(rt.eval("util.format('\\ud800') === '\\ud800' && util.format('%s\\ud800', 'x') === 'x\\ud800'"), Ok("true".into()));
}

#[test]
fn types_from_class_ids() {
    let rt = rt_with_util();
    assert_eq!(
        rt.eval("const t = util.types; [t.isMap(new Map()), t.isMap({}), t.isProxy(new Proxy({}, {})), t.isAsyncFunction(async () => {}), t.isGeneratorObject((function*(){})()), t.isUint8Array(new Uint8Array(1)), t.isBoxedPrimitive(Object(1n)), t.isModuleNamespaceObject({})].join()"),
        Ok("true,false,true,true,true,true,true,false".into())
    );
    let cx = rt.ctx();
    let a = registry::load_cjs(cx, "util/types").expect("util/types");
    let u = registry::load_cjs(cx, "util").expect("util");
    let b = cx.get(&u, "types").expect("types");
    assert!(cx.strict_equals(&a, &b));
}

#[test]
fn deep_strict_equal() {
    let rt = rt_with_util();
    assert_eq!(
        rt.eval("const D = util.isDeepStrictEqual; [D({a:[1,{b:2}]}, {a:[1,{b:2}]}), D(0, -0), D(NaN, NaN), D(new Set([{a:1}]), new Set([{a:1}])), D([1], ['1'])].join()"),
        Ok("true,false,true,true,false".into())
    );
}

#[test]
fn mime_type_parses_and_rejects() {
    let rt = rt_with_util();
    assert_eq!(
        rt.eval("const m = new util.MIMEType(' Text/HTML ; Charset=\"utf-8\";q=a b'); [m.essence, m.params.get('charset'), String(m)].join('|')"),
        Ok("text/html|utf-8|text/html;charset=utf-8;q=\"a b\"".into())
    );
    assert_eq!(
        rt.eval("try { new util.MIMEType('te xt/plain') } catch (e) { [e.name, e.code, e.message].join('|') }"),
        Ok("TypeError|ERR_INVALID_MIME_SYNTAX|The MIME syntax for a type in \"te xt/plain\" is invalid at 2".into())
    );
    assert_eq!(rt.eval("String(new util.MIMEParams())"), Ok("".into()));
}

#[test]
fn text_codec_round_trip() {
    let rt = rt_with_util();
    assert_eq!(
        rt.eval("const s = 'h\\u00e9llo \\u20ac\\ud834\\udd1e'; new util.TextDecoder().decode(new util.TextEncoder().encode(s)) === s"),
        Ok("true".into())
    );
    assert_eq!(
        rt.eval("try { new util.TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.of(0xff)) } catch (e) { e.code }"),
        Ok("ERR_ENCODING_INVALID_ENCODED_DATA".into())
    );
}

#[test]
fn two_contexts_do_not_share_state() {
    let a = rt_with_util();
    let b = rt_with_util();
    a.eval("util.inspect.defaultOptions.depth = 0").expect("set");
    assert_eq!(a.eval("util.inspect({ x: { y: 1 } })"), Ok("{ x: [Object] }".into()));
    assert_eq!(b.eval("util.inspect({ x: { y: 1 } })"), Ok("{ x: { y: 1 } }".into()));
}

#[test]
fn other_modules_helpers() {
    let rt = rt_with_util();
    let cx = rt.ctx();
    let v = cx.eval_script("({ a: [1, 'x'] })", "<t>").expect("eval");
    assert_eq!(jsrt_node::modules::util::inspect::inspect_short(cx, &v), "{ a: [ 1, 'x' ] }");
    assert_eq!(jsrt_node::modules::util::inspect::inspect_depth_minus_one(cx, &v), "[Object]");
    assert_eq!(jsrt_node::modules::util::inspect::utf16_truncate("abcdefghij".as_bytes(), 5, 3), "abc...");
}

#[test]
fn deep_values_stop_at_the_nesting_limit_never_a_wrong_class_name() {
    // A ring 3,000 levels deep (objects and arrays), deeper than the engine's
    // JS stack (1 MiB, native frames included) would allow a recursive
    // printer: the recursion runs on the heap, every array prints as an array
    // and the print ends, as node's does, in the "interrupted" marker at the
    // nesting limit (1,000 levels) before the last node.
    let rt = rt_with_util();
    let src = "const nodes = Array.from({ length: 1500 }, (_, i) => ({ id: i, edges: [] }));\
               nodes.forEach((n, i) => { n.edges.push(nodes[(i + 1) % nodes.length]); n.parent = nodes[0]; });\
               const s = util.inspect(nodes[0], { depth: Infinity });\
               [s.includes('Object(1) ['), s.includes('Inspection interrupted prematurely'), s.startsWith('<ref *1> {'),\
                s.includes('id: 1499,')].join()";
    assert_eq!(rt.eval(src), Ok("false,true,true,false".into()));
}
