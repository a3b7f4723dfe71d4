//! The global `console` for hosts without one: `log`/`info`/`debug` to stdout,
//! `error`/`warn`/`trace` to stderr, each line formatted like Node's console
//! (`util.formatWithOptions({}, ...args)`: `util.inspect` for non-strings).

use crate::engine::{Arg, Args, Ctx, JsResult, Value};
use crate::modules::process::write_all;
use crate::modules::util::format::format_wtf8;

pub fn build(cx: Ctx) -> JsResult<Value> {
    let c = cx.object()?;
    for (name, f) in [
        ("log", console_log as crate::engine::RawCFn),
        ("info", console_log),
        ("debug", console_log),
        ("error", console_error),
        ("warn", console_error),
        ("trace", console_error),
    ] {
        cx.set_fn(&c, name, f, 0)?;
    }
    Ok(c)
}

fn print(cx: Ctx, fd: i32, args: Args) -> JsResult<Value> {
    let list: Vec<Arg> = args.iter().collect();
    let line = format_wtf8(cx, None, &list)?;
    // Written as UTF-8: a lone surrogate becomes U+FFFD, as Node writes it.
    let mut line = crate::modules::util::text::wtf8_lossy(&line).into_bytes();
    line.push(b'\n');
    write_all(fd, &line);
    Ok(cx.undefined())
}

crate::js_fn!(console_log => log);
fn log(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    print(cx, 1, args)
}

crate::js_fn!(console_error => error);
fn error(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    print(cx, 2, args)
}
