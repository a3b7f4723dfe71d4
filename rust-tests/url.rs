//! node:url and the URL globals through a real engine (leak assertion on:
//! each Standalone checks at drop): the lazy globals, the host-URL rule,
//! component offsets after setters, lone surrogates, and pathToFileURL's
//! encoding.

use jsrt_node::engine::Standalone;
use jsrt_node::modules::url::whatwg::file_href;
use jsrt_node::registry;

fn with_globals(rt: &Standalone) {
    let cx = rt.ctx();
    jsrt_node::context::init(cx, std::ptr::null_mut());
    jsrt_node::modules::url::install_globals(cx).expect("globals");
    let global = cx.global();
    let req = cx.function(load, "req", 1).expect("fn");
    cx.set(&global, "req", req).expect("set");
}

jsrt_node::js_fn!(load => load_imp);
fn load_imp(cx: jsrt_node::engine::Ctx, _this: jsrt_node::engine::Arg, args: jsrt_node::engine::Args) -> jsrt_node::engine::JsResult<jsrt_node::engine::Value> {
    let name = cx.to_string(&args.get(0))?;
    registry::load_cjs(cx, &name)
}

#[test]
fn globals_are_lazy_and_become_plain_values() {
    let rt = Standalone::new();
    with_globals(&rt);
    assert_eq!(rt.eval("typeof Object.getOwnPropertyDescriptor(globalThis, 'URL').get"), Ok("function".into()));
    assert_eq!(rt.eval("String(new URL('HTTP://A.com:80/x/../y').href)"), Ok("http://a.com/y".into()));
    assert_eq!(
        rt.eval("const d = Object.getOwnPropertyDescriptor(globalThis, 'URL'); [d.value === URL, d.enumerable, d.writable].join()"),
        Ok("true,false,true".into())
    );
    assert_eq!(rt.eval("req('url').URL === URL && req('url').URLSearchParams === URLSearchParams"), Ok("true".into()));
}

#[test]
fn a_host_url_class_is_what_node_url_exports() {
    let rt = Standalone::new();
    let cx = rt.ctx();
    jsrt_node::context::init(cx, std::ptr::null_mut());
    let global = cx.global();
    let req = cx.function(load, "req", 1).expect("fn");
    cx.set(&global, "req", req).expect("set");
    // A host URL before the library's globals: install_globals leaves it, and
    // node:url hands it out.
    rt.eval(
        "globalThis.URL = class HostURL { constructor(s) { this.href = s; this.protocol = s.slice(0, s.indexOf(':') + 1); \
         this.hostname = ''; this.pathname = s.slice(7); } }; 'ok'",
    )
    .expect("host class");
    jsrt_node::modules::url::install_globals(cx).expect("globals");
    assert_eq!(rt.eval("URL.name + ' ' + req('url').URL.name"), Ok("HostURL HostURL".into()));
    assert_eq!(rt.eval("req('url').fileURLToPath(new URL('file:///a%20b'))"), Ok("/a b".into()));
    assert_eq!(rt.eval("req('url').pathToFileURL('/x y').constructor.name"), Ok("HostURL".into()));
    assert_eq!(rt.eval("typeof URLSearchParams"), Ok("function".into()));
}

#[test]
fn setters_keep_the_offsets_in_step() {
    let rt = Standalone::new();
    with_globals(&rt);
    let r = rt.eval(
        "const u = new URL('https://u:p@a.com:81/p?q#h'); u.username = ''; u.password = ''; u.port = ''; \
         u.hostname = 'longer-host.example'; u.pathname = '/x y'; u.search = ''; u.hash = 'z'; \
         [u.href, u.host, u.hostname, u.port, u.pathname, u.search, u.hash, u.username].join('|')",
    );
    assert_eq!(r, Ok("https://longer-host.example/x%20y#z|longer-host.example|longer-host.example||/x%20y||#z|".into()));
    // A refused value leaves everything as it was.
    assert_eq!(rt.eval("const v = new URL('mailto:a@b'); v.host = 'x'; v.port = '1'; v.pathname = '/p'; v.href"), Ok("mailto:a@b".into()));
}

#[test]
fn lone_surrogates_become_replacement_characters() {
    let rt = Standalone::new();
    with_globals(&rt);
    assert_eq!(rt.eval("new URL('http://a/\\uD800x').pathname"), Ok("/%EF%BF%BDx".into()));
    assert_eq!(rt.eval("new URLSearchParams([['\\uDC00', 'v\\uD800']]).toString()"), Ok("%EF%BF%BD=v%EF%BF%BD".into()));
    assert_eq!(rt.eval("new URLSearchParams('a=%ED%A0%80').get('a')"), Ok("\u{FFFD}\u{FFFD}\u{FFFD}".into()));
}

#[test]
fn errors_are_nodes() {
    let rt = Standalone::new();
    with_globals(&rt);
    assert_eq!(
        rt.eval("try { new URL('x', 'y') } catch (e) { [e.name, e.code, e.message, e.input, e.base].join() }"),
        Ok("TypeError,ERR_INVALID_URL,Invalid URL,x,y".into())
    );
    assert_eq!(rt.eval("try { new URL() } catch (e) { e.code }"), Ok("ERR_MISSING_ARGS".into()));
    assert_eq!(rt.eval("try { URLSearchParams.prototype.has.call(1, 'a') } catch (e) { e.code }"), Ok("ERR_INVALID_THIS".into()));
    assert_eq!(rt.eval("try { req('url').parse(1) } catch (e) { e.code }"), Ok("ERR_INVALID_ARG_TYPE".into()));
    assert_eq!(rt.eval("try { req('url').parse('http://[::1/') } catch (e) { e.code + ' ' + e.input }"), Ok("ERR_INVALID_URL http://[::1/".into()));
    assert_eq!(rt.eval("req('url').resolve('http://a/b/c', '../d?e')"), Ok("http://a/d?e".into()));
}

#[test]
fn path_to_file_url_encoding() {
    assert_eq!(file_href("/a b#?%\\\n\r\t\u{e9}x/").as_deref(), Some("file:///a%20b%23%3F%25%5C%0A%0D%09%C3%A9x/"));
    assert_eq!(file_href("/[a]^|~;=@'()").as_deref(), Some("file:///%5Ba%5D%5E%7C%7E;=@'()"));
    assert_eq!(file_href("/\u{1F600}").as_deref(), Some("file:///%F0%9F%98%80"));
}
