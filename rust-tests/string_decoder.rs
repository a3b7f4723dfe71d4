//! node:string_decoder through a real engine (leak assertion on: each
//! Standalone checks at drop), including states Node itself would abort on.

use jsrt_node::engine::Standalone;
use jsrt_node::registry;

fn with_decoder(rt: &Standalone) {
    let cx = rt.ctx();
    jsrt_node::context::init(cx, std::ptr::null_mut());
    jsrt_node::modules::buffer::install_globals(cx).expect("globals");
    let m = registry::load_cjs(cx, "string_decoder").expect("string_decoder loads");
    let sd = cx.get(&m, "StringDecoder").expect("StringDecoder");
    let global = cx.global();
    cx.set(&global, "StringDecoder", sd).expect("set");
}

#[test]
fn cut_characters_are_joined_across_writes() {
    let rt = Standalone::new();
    with_decoder(&rt);
    assert_eq!(
        rt.eval("const d = new StringDecoder('utf8'); [d.write(Buffer.from([0xe2, 0x82])), d.write(Buffer.from([0xac, 0x41])), d.lastNeed].join('|')"),
        Ok("|€A|0".into())
    );
    assert_eq!(
        rt.eval("const u = new StringDecoder('utf16le'); u.write(Buffer.from([0x3d, 0xd8, 0x00])) + u.write(Buffer.from([0xde])) + u.end()"),
        Ok("😀".into())
    );
    assert_eq!(rt.eval("const b = new StringDecoder('base64'); b.write(Buffer.from('ab')) + b.end()"), Ok("YWI=".into()));
}

#[test]
fn a_tampered_state_is_refused_or_clamped_not_trusted() {
    let rt = Standalone::new();
    with_decoder(&rt);
    // The state Buffer is reachable through its symbol; Node's C++ aborts
    // the process on counters past 4 or an encoding number it lacks.
    let run = |body: &str| {
        rt.eval(&format!(
            "(() => {{ const t = new StringDecoder('utf8'); const st = t[Object.getOwnPropertySymbols(t)[0]]; {body} }})()"
        ))
    };
    assert_eq!(run("st[4] = 250; st[5] = 200; return t.write(Buffer.from('ok')) + '|' + t.end() + '|' + t.lastTotal;"), Ok("ok||0".into()));
    assert_eq!(run("st[4] = 3; st[5] = 3; st[0] = 0xf0; return JSON.stringify(t.end()) + t.lastTotal;"), Ok("\"\u{fffd}\\u0000\\u0000\"0".into()));
    assert_eq!(run("st[6] = 6; try { t.write(Buffer.from('x')) } catch (e) { return e.code }"), Ok("ERR_INVALID_STATE".into()));
    assert_eq!(run("st[6] = 99; st[5] = 1; try { t.end() } catch (e) { return e.code }"), Ok("ERR_INVALID_STATE".into()));
    assert_eq!(
        run("t[Object.getOwnPropertySymbols(t)[0]] = 7; try { t.write(Buffer.from('x')) } catch (e) { return e.code }"),
        Ok("ERR_INVALID_THIS".into())
    );
    // The input may be the state Buffer itself.
    assert_eq!(run("st[0] = 0x41; return JSON.stringify(t.write(st));"), Ok("\"A\\u0000\\u0000\\u0000\\u0000\\u0000\\u0001\"".into()));
}
