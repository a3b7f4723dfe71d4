//! The global `console` for hosts without one, shaped like Node's: `log`,
//! `info`, `debug`, `dirxml` to stdout and `error`, `warn` to stderr, each
//! line formatted with `util.formatWithOptions` (colors when the stream is a
//! color terminal, as Node decides it), indented by `group()`; the rest
//! (`dir`, `assert`, `count`, `time*`, `group*`, `table`, `trace`, `clear`)
//! in console.js over the same natives.

use crate::context;
use crate::engine::{Arg, Args, Ctx, JsResult, Value};
use crate::modules::process::write_all;
use crate::modules::util::format::format_wtf8;
use crate::modules::util::text::{string_width, wtf8_lossy};

const CONSOLE_JS: &str = include_str!("console.js");
const SLOT_STATE: &str = "console:state";

/// `{ indent }` of this context's console (the group indentation).
fn state(cx: Ctx) -> JsResult<Value> {
    if let Some(s) = context::slot_get(cx, SLOT_STATE) {
        return Ok(s);
    }
    let s = cx.object()?;
    cx.set(&s, "indent", cx.string("")?)?;
    Ok(context::slot_get_or_insert(cx, SLOT_STATE, s))
}

pub fn build(cx: Ctx) -> JsResult<Value> {
    let b = cx.object()?;
    for name in ["log", "info", "debug", "dirxml"] {
        cx.set_fn(&b, name, console_log, 0)?;
    }
    for name in ["error", "warn"] {
        cx.set_fn(&b, name, console_error, 0)?;
    }
    cx.set_fn(&b, "format", crate::modules::util::format::util_format, 0)?;
    cx.set_fn(&b, "invalidArgType", crate::errors::js_invalid_arg_type, 3)?;
    cx.set_fn(&b, "write", console_write, 2)?;
    cx.set_fn(&b, "setIndent", console_set_indent, 1)?;
    cx.set_fn(&b, "colors", console_colors, 1)?;
    cx.set_fn(&b, "stringWidth", console_string_width, 1)?;
    cx.set(&b, "inspect", crate::modules::util::state::inspect_function(cx)?)?;
    cx.call_script_factory(CONSOLE_JS, "<jsrt-node:console>", &b)
}

/// Node's `getColorDepth(env) > 2` for a terminal (lib/internal/tty.js).
fn env_has_colors() -> bool {
    let var = |k: &str| std::env::var(k).ok();
    if let Some(fc) = var("FORCE_COLOR") {
        return matches!(fc.as_str(), "" | "1" | "true" | "2" | "3");
    }
    if var("NODE_DISABLE_COLORS").is_some() || var("NO_COLOR").is_some() || var("TERM").as_deref() == Some("dumb") {
        return false;
    }
    if var("TMUX").is_some() {
        return true;
    }
    if var("CI").is_some() {
        let signs = ["TRAVIS", "CIRCLECI", "APPVEYOR", "GITLAB_CI", "GITHUB_ACTIONS", "BUILDKITE", "DRONE"];
        return signs.iter().any(|s| var(s).is_some()) || var("CI_NAME").as_deref() == Some("codeship");
    }
    if var("TEAMCITY_VERSION").is_some() {
        return true;
    }
    if matches!(var("TERM_PROGRAM").as_deref(), Some("iTerm.app" | "HyperTerm" | "MacTerm" | "Apple_Terminal")) {
        return true;
    }
    if matches!(var("COLORTERM").as_deref(), Some("truecolor" | "24bit")) {
        return true;
    }
    if let Some(term) = var("TERM") {
        let t = term.to_lowercase();
        const NAMES: [&str; 14] = [
            "eterm", "cons25", "console", "cygwin", "dtterm", "gnome", "hurd", "jfbterm", "konsole", "kterm", "mlterm",
            "putty", "st", "terminator",
        ];
        if t.starts_with("xterm-256") || NAMES.contains(&t.as_str()) || t.starts_with("rxvt") || t.starts_with("screen")
            || t.starts_with("xterm") || t.starts_with("vt100") || t.contains("ansi") || t.contains("color")
            || t.contains("linux") || t.starts_with("con") && t[3..].contains('x')
        {
            return true;
        }
    }
    var("COLORTERM").is_some()
}

fn fd_colors(fd: i32) -> bool {
    if std::env::var("FORCE_COLOR").is_ok() {
        return env_has_colors();
    }
    // SAFETY: isatty has no preconditions.
    (unsafe { libc::isatty(fd) } == 1) && env_has_colors()
}

/// Writes one console line to `fd`: the group indent before every line, then
/// a newline. Output is UTF-8 (a lone surrogate becomes U+FFFD, as in Node).
fn emit(cx: Ctx, fd: i32, text: &[u8]) {
    let mut line = crate::engine::wtf8_to_utf8_lossy(text);
    let indent = state(cx).and_then(|s| cx.get(&s, "indent")).and_then(|i| cx.to_string(&i));
    match indent {
        Ok(ind) if !ind.is_empty() => line = format!("{ind}{}", line.replace('\n', &format!("\n{ind}"))),
        Ok(_) => {}
        Err(_) => drop(cx.take_exception()),
    }
    let mut bytes = line.into_bytes();
    bytes.push(b'\n');
    write_all(fd, &bytes);
}

fn print(cx: Ctx, fd: i32, args: Args) -> JsResult<Value> {
    let list: Vec<Arg> = args.iter().collect();
    let text = if fd_colors(fd) {
        let o = cx.object()?;
        cx.set(&o, "colors", cx.bool(true))?;
        format_wtf8(cx, Some(o.as_arg()), &list)?
    } else {
        format_wtf8(cx, None, &list)?
    };
    emit(cx, fd, &text);
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

// `write(fd, string)`: one already formatted console line.
crate::js_fn!(console_write => write);
fn write(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let fd = cx.to_i32(&args.get(0))?;
    let s = cx.to_str(&args.get(1))?;
    emit(cx, if fd == 2 { 2 } else { 1 }, s.as_bytes());
    Ok(cx.undefined())
}

crate::js_fn!(console_set_indent => set_indent);
fn set_indent(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let s = state(cx)?;
    cx.set(&s, "indent", cx.dup(&args.get(0)))?;
    Ok(cx.undefined())
}

crate::js_fn!(console_colors => colors);
fn colors(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let fd = cx.to_i32(&args.get(0))?;
    Ok(cx.bool(fd_colors(fd)))
}

crate::js_fn!(console_string_width => width);
fn width(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let s = cx.to_str(&args.get(0))?;
    Ok(cx.number(string_width(&wtf8_lossy(s.as_bytes()), true) as f64))
}
