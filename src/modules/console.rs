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

const CONSOLE_JS: &str = crate::embedded_js!("console.js");
const SLOT_STATE: &str = "console:state";
const SLOT_CONSOLE: &str = "console:object";

/// `{ indent }` of this context's console (the group indentation).
fn state(cx: Ctx) -> JsResult<Value> {
    if let Some(s) = context::slot_get(cx, SLOT_STATE) {
        return Ok(s);
    }
    let s = cx.object()?;
    cx.set(&s, "indent", cx.string("")?)?;
    Ok(context::slot_get_or_insert(cx, SLOT_STATE, s))
}

/// `require('console')`: this context's console object. The global console
/// the library installs is the same object, as `require('console') ===
/// console` in Node; a host with its own global console still gets ours here
/// (with `Console`), writing to `process.stdout`/`stderr`.
pub fn module(cx: Ctx) -> JsResult<Value> {
    if let Some(c) = context::slot_get(cx, SLOT_CONSOLE) {
        return Ok(c);
    }
    let c = build(cx)?;
    Ok(context::slot_get_or_insert(cx, SLOT_CONSOLE, c))
}

fn build(cx: Ctx) -> JsResult<Value> {
    let b = cx.object()?;
    for name in ["log", "info", "debug", "dirxml"] {
        cx.set_fn(&b, name, console_log, 0)?;
    }
    for name in ["error", "warn"] {
        cx.set_fn(&b, name, console_error, 0)?;
    }
    cx.set_fn(&b, "formatWith", crate::modules::util::format::util_format_with_options, 1)?;
    cx.set_fn(&b, "nodeError", crate::errors::js_node_error, 3)?;
    cx.set_fn(&b, "checkIndentWidth", console_check_indent_width, 1)?;
    cx.set_fn(&b, "iterSource", console_iter_source, 1)?;
    cx.set_fn(&b, "invalidArgType", crate::errors::js_invalid_arg_type, 3)?;
    cx.set_fn(&b, "write", console_write, 2)?;
    cx.set_fn(&b, "setIndent", console_set_indent, 1)?;
    cx.set_fn(&b, "stream", console_stream, 1)?;
    cx.set_fn(&b, "setStream", console_set_stream, 2)?;
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

/// What `console.error(text)` of the global console prints (process
/// warnings go this way in Node: indented by groups, through
/// `process.stderr.write`).
pub fn error_line(cx: Ctx, text: &str) {
    emit(cx, 2, text.as_bytes());
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
    line.push('\n');
    match through_stream(cx, fd, &line) {
        Ok(true) => {}
        Ok(false) => write_all(fd, line.as_bytes()),
        // Like Node's console: a failing write is not the program's error.
        Err(_) => drop(cx.take_exception()),
    }
}

/// `process.stdout.write(line, cb)` (or stderr), as Node's console does, so
/// a program that replaces `write` sees console output. False when there is
/// no such stream to write to.
fn through_stream(cx: Ctx, fd: i32, line: &str) -> JsResult<bool> {
    let stream = output_stream(cx, fd)?;
    if !cx.is_object(&stream) {
        return Ok(false);
    }
    let write = cx.get(&stream, "write")?;
    if !cx.is_function(&write) {
        return Ok(false);
    }
    let cb = write_callback(cx, fd)?;
    cx.call(&write, &stream, &[cx.string(line)?.as_arg(), cb.as_arg()])?;
    Ok(true)
}

/// Where console output for `fd` goes: the stream assigned to
/// `console._stdout`/`_stderr`, else `process.stdout`/`stderr` (looked up
/// every time, as Node's global console does).
fn output_stream(cx: Ctx, fd: i32) -> JsResult<Value> {
    let key = if fd == 2 { "stderr" } else { "stdout" };
    let assigned = cx.get(&state(cx)?, key)?;
    if !cx.is_undefined(&assigned) {
        return Ok(assigned);
    }
    let global = cx.global();
    let process = cx.get(&global, "process")?;
    if !cx.is_object(&process) {
        return Ok(cx.undefined());
    }
    cx.get(&process, key)
}

crate::js_fn!(console_stream => stream_js);
fn stream_js(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    output_stream(cx, cx.to_i32(&args.get(0))?)
}

crate::js_fn!(console_set_stream => set_stream_js);
fn set_stream_js(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let key = if cx.to_i32(&args.get(0))? == 2 { "stderr" } else { "stdout" };
    cx.set(&state(cx)?, key, cx.dup(&args.get(1)))?;
    Ok(cx.undefined())
}

fn write_callback(cx: Ctx, fd: i32) -> JsResult<Value> {
    let slot = if fd == 2 { "console:on-write:2" } else { "console:on-write:1" };
    if let Some(f) = context::slot_get(cx, slot) {
        return Ok(f);
    }
    let f = cx.function_with_data(console_on_write, "onWrite", 1, &[cx.int(fd).as_arg()])?;
    Ok(context::slot_get_or_insert(cx, slot, f))
}

// A write the console made failed (EPIPE when the reader went away): the
// stream is about to emit 'error'. With nobody listening that would end the
// program; Node's console swallows it, so a no-op listener takes it.
crate::js_fn_data!(console_on_write [1] => on_write);
fn on_write(cx: Ctx, _this: Arg, args: Args, data: Args) -> JsResult<Value> {
    let err = args.get(0);
    if cx.is_nullish(&err) {
        return Ok(cx.undefined());
    }
    let fd = cx.to_i32(&data.get(0))?;
    let stream = output_stream(cx, fd)?;
    if !cx.is_object(&stream) {
        return Ok(cx.undefined());
    }
    let count = cx.get(&stream, "listenerCount")?;
    if !cx.is_function(&count) {
        return Ok(cx.undefined());
    }
    let ev = cx.string("error")?;
    if cx.to_f64(&cx.call(&count, &stream, &[ev.as_arg()])?)? == 0.0 {
        let once = cx.get(&stream, "once")?;
        let noop = cx.function(console_noop, "noop", 0)?;
        cx.call(&once, &stream, &[ev.as_arg(), noop.as_arg()])?;
    }
    Ok(cx.undefined())
}

crate::js_fn!(console_noop => noop);
fn noop(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    Ok(cx.undefined())
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

// `groupIndentation`: an integer in 0..=1000, with Node's errors.
crate::js_fn!(console_check_indent_width => check_indent_width);
fn check_indent_width(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    crate::modules::buffer::validate::validate_integer(cx, &args.get(0), "groupIndentation", 0.0, 1000.0)?;
    Ok(cx.undefined())
}

// `[collection, kind (0 keys, 1 values, 2 entries), done]` of a Map/Set
// iterator, or undefined for anything else.
crate::js_fn!(console_iter_source => iter_source);
fn iter_source(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let Some((coll, kind, st)) = cx.collection_iterator_parts(&args.get(0)) else {
        return Ok(cx.undefined());
    };
    let a = cx.array()?;
    cx.set_index(&a, 0, coll)?;
    cx.set_index(&a, 1, cx.int(kind))?;
    cx.set_index(&a, 2, cx.bool(st == crate::engine::IterState::Done))?;
    Ok(a)
}

// Columns a string takes on a terminal (wide and zero-width characters);
// readline measures with it too.
crate::js_fn!(pub console_string_width => width);
fn width(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let s = cx.to_str(&args.get(0))?;
    Ok(cx.number(string_width(&wtf8_lossy(s.as_bytes()), true) as f64))
}
