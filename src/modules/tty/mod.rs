//! `node:tty`: `isatty` and the terminal stream classes (tty.js), made over
//! the stdio adapter's terminal sink and source (process/stdio.rs), which
//! also gives the process's own stdio streams on a terminal these classes.

use crate::context;
use crate::engine::{Ctx, JsResult, Value};
use crate::modules::process::stdio;

const TTY_JS: &str = crate::embedded_js!("tty.js");
const SLOT: &str = "tty:parts";

/// What tty.js returns: the three exports and `adoptStdio`.
fn parts(cx: Ctx) -> JsResult<Value> {
    if let Some(v) = context::slot_get(cx, SLOT) {
        return Ok(v);
    }
    let b = cx.object()?;
    let stream = crate::registry::load_cjs(cx, "stream")?;
    cx.set(&b, "Writable", cx.get(&stream, "Writable")?)?;
    cx.set(&b, "Readable", cx.get(&stream, "Readable")?)?;
    cx.set_fn(&b, "nodeError", crate::errors::js_node_error, 3)?;
    cx.set_fn(&b, "invalidArgType", crate::errors::js_invalid_arg_type, 3)?;
    cx.set_fn(&b, "received", crate::modules::process::natives::received, 1)?;
    cx.set_fn(&b, "loadBuiltin", crate::modules::module::module_load_builtin, 1)?;
    cx.set_fn(&b, "isTTY", stdio::js_is_tty, 1)?;
    cx.set_fn(&b, "openWritable", stdio::js_open_tty_writable, 1)?;
    cx.set_fn(&b, "openReadable", stdio::js_open_tty_readable, 1)?;
    cx.set_fn(&b, "setRawMode", stdio::js_set_raw_mode, 2)?;
    cx.set_fn(&b, "windowSize", stdio::js_window_size, 1)?;
    let v = cx.call_script_factory(TTY_JS, "<jsrt-node:tty>", &b)?;
    Ok(context::slot_get_or_insert(cx, SLOT, v))
}

pub fn init(cx: Ctx) -> JsResult<Value> {
    let p = parts(cx)?;
    let m = cx.object()?;
    for k in ["isatty", "ReadStream", "WriteStream"] {
        cx.set(&m, k, cx.get(&p, k)?)?;
    }
    Ok(m)
}

/// Gives a process stdio stream on a terminal its tty class (fd 0: ReadStream,
/// 1 and 2: WriteStream, which then follows SIGWINCH).
pub fn adopt_stdio(cx: Ctx, stream: &Value, fd: i32) -> JsResult<()> {
    let p = parts(cx)?;
    let f = cx.get(&p, "adoptStdio")?;
    let n = cx.int(fd);
    cx.call(&f, &cx.undefined(), &[stream.as_arg(), n.as_arg()])?;
    Ok(())
}
