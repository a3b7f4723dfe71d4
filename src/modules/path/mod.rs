//! `node:path` — `posix` and `win32`, each with every Node 20 export, and the
//! module itself being `posix` (this library targets POSIX hosts).
//!
//! The algorithms are plain Rust on bytes (`posix.rs`, `win32.rs`); this file
//! only validates arguments the way Node does and moves strings in and out.

pub mod common;
pub mod glob;
pub mod posix;
pub mod win32;

use crate::engine::{Arg, Args, Ctx, JsResult, JsStr, Value};
use crate::errors::NodeError;

/// What differs between the two flavours.
trait Flavor {
    const SEP: &'static str;
    const DELIMITER: &'static str;
    const WINDOWS: bool;
    fn resolve(args: &[Option<&[u8]>], cwd: &dyn Fn() -> Vec<u8>) -> Result<Vec<u8>, usize>;
    fn normalize(p: &[u8]) -> Vec<u8>;
    fn is_absolute(p: &[u8]) -> bool;
    fn join(args: &[&[u8]]) -> Vec<u8>;
    fn relative(from: &[u8], to: &[u8], cwd: &dyn Fn() -> Vec<u8>) -> Vec<u8>;
    fn dirname(p: &[u8]) -> &[u8];
    fn basename<'a>(p: &'a [u8], suffix: Option<&[u8]>) -> &'a [u8];
    fn extname(p: &[u8]) -> &[u8];
    fn parse(p: &[u8]) -> common::Parsed;
}

struct Posix;
struct Win32;

impl Flavor for Posix {
    const SEP: &'static str = "/";
    const DELIMITER: &'static str = ":";
    const WINDOWS: bool = false;
    fn resolve(args: &[Option<&[u8]>], cwd: &dyn Fn() -> Vec<u8>) -> Result<Vec<u8>, usize> {
        posix::resolve(args, cwd)
    }
    fn normalize(p: &[u8]) -> Vec<u8> {
        posix::normalize(p)
    }
    fn is_absolute(p: &[u8]) -> bool {
        posix::is_absolute(p)
    }
    fn join(args: &[&[u8]]) -> Vec<u8> {
        posix::join(args)
    }
    fn relative(from: &[u8], to: &[u8], cwd: &dyn Fn() -> Vec<u8>) -> Vec<u8> {
        posix::relative(from, to, cwd)
    }
    fn dirname(p: &[u8]) -> &[u8] {
        posix::dirname(p)
    }
    fn basename<'a>(p: &'a [u8], suffix: Option<&[u8]>) -> &'a [u8] {
        posix::basename(p, suffix)
    }
    fn extname(p: &[u8]) -> &[u8] {
        posix::extname(p)
    }
    fn parse(p: &[u8]) -> common::Parsed {
        posix::parse(p)
    }
}

impl Flavor for Win32 {
    const SEP: &'static str = "\\";
    const DELIMITER: &'static str = ";";
    const WINDOWS: bool = true;
    fn resolve(args: &[Option<&[u8]>], cwd: &dyn Fn() -> Vec<u8>) -> Result<Vec<u8>, usize> {
        win32::resolve(args, cwd)
    }
    fn normalize(p: &[u8]) -> Vec<u8> {
        win32::normalize(p)
    }
    fn is_absolute(p: &[u8]) -> bool {
        win32::is_absolute(p)
    }
    fn join(args: &[&[u8]]) -> Vec<u8> {
        win32::join(args)
    }
    fn relative(from: &[u8], to: &[u8], cwd: &dyn Fn() -> Vec<u8>) -> Vec<u8> {
        win32::relative(from, to, cwd)
    }
    fn dirname(p: &[u8]) -> &[u8] {
        win32::dirname(p)
    }
    fn basename<'a>(p: &'a [u8], suffix: Option<&[u8]>) -> &'a [u8] {
        win32::basename(p, suffix)
    }
    fn extname(p: &[u8]) -> &[u8] {
        win32::extname(p)
    }
    fn parse(p: &[u8]) -> common::Parsed {
        win32::parse(p)
    }
}

/// `process.cwd()` as bytes, asked lazily like Node's path does (only when a
/// relative path needs it), through the global `process` so that a replaced
/// `process.cwd` is honoured. An exception it throws is kept in `failed` and
/// rethrown by the caller.
struct Cwd {
    cx: Ctx,
    failed: std::cell::Cell<bool>,
}

impl Cwd {
    fn new(cx: Ctx) -> Cwd {
        Cwd { cx, failed: std::cell::Cell::new(false) }
    }

    fn get(&self) -> Vec<u8> {
        let cx = self.cx;
        let asked = (|| -> JsResult<Option<Vec<u8>>> {
            let global = cx.global();
            let p = cx.get(&global, "process")?;
            if !cx.is_object(&p) {
                return Ok(None);
            }
            let f = cx.get(&p, "cwd")?;
            if !cx.is_function(&f) {
                return Ok(None);
            }
            let r = cx.call(&f, &p, &[])?;
            Ok(Some(cx.to_str(&r)?.as_bytes().to_vec()))
        })();
        match asked {
            Ok(Some(c)) => c,
            Ok(None) => os_cwd(),
            Err(_) => {
                self.failed.set(true);
                b"/".to_vec()
            }
        }
    }

    fn check(&self) -> JsResult<()> {
        if self.failed.get() {
            Err(crate::engine::Thrown)
        } else {
            Ok(())
        }
    }
}

fn os_cwd() -> Vec<u8> {
    use std::os::unix::ffi::OsStringExt;
    std::env::current_dir().map(|p| p.into_os_string().into_vec()).unwrap_or_else(|_| b".".to_vec())
}

/// Node's `validateString(value, name)`.
fn string_arg(cx: Ctx, v: Arg, name: &str) -> JsResult<JsStr> {
    if !cx.is_string(&v) {
        return Err(NodeError::invalid_arg_type(cx, name, &["string"], &v).throw(cx));
    }
    cx.to_str(&v)
}

fn resolve_impl<F: Flavor>(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let strs: Vec<Option<JsStr>> =
        args.iter().map(|a| if cx.is_string(&a) { cx.to_str(&a).ok() } else { None }).collect();
    let views: Vec<Option<&[u8]>> = strs.iter().map(|s| s.as_ref().map(|s| s.as_bytes())).collect();
    let cwd = Cwd::new(cx);
    let result = F::resolve(&views, &|| cwd.get());
    cwd.check()?;
    match result {
        Ok(out) => cx.string_wtf8(&out),
        Err(i) => Err(NodeError::invalid_arg_type(cx, &format!("paths[{i}]"), &["string"], &args.get(i)).throw(cx)),
    }
}

fn normalize_impl<F: Flavor>(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let p = string_arg(cx, args.get(0), "path")?;
    cx.string_wtf8(&F::normalize(p.as_bytes()))
}

fn is_absolute_impl<F: Flavor>(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let p = string_arg(cx, args.get(0), "path")?;
    Ok(cx.bool(F::is_absolute(p.as_bytes())))
}

fn join_impl<F: Flavor>(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let mut strs: Vec<JsStr> = Vec::with_capacity(args.len());
    for a in args.iter() {
        strs.push(string_arg(cx, a, "path")?);
    }
    let views: Vec<&[u8]> = strs.iter().map(|s| s.as_bytes()).collect();
    cx.string_wtf8(&F::join(&views))
}

fn relative_impl<F: Flavor>(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let from = string_arg(cx, args.get(0), "from")?;
    let to = string_arg(cx, args.get(1), "to")?;
    let cwd = Cwd::new(cx);
    let out = F::relative(from.as_bytes(), to.as_bytes(), &|| cwd.get());
    cwd.check()?;
    cx.string_wtf8(&out)
}

fn to_namespaced_impl<F: Flavor>(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let a = args.get(0);
    if !F::WINDOWS || !cx.is_string(&a) {
        return Ok(cx.dup(&a));
    }
    let p = cx.to_str(&a)?;
    if p.as_bytes().is_empty() {
        return Ok(cx.dup(&a));
    }
    let cwd = Cwd::new(cx);
    let out = win32::to_namespaced_path(p.as_bytes(), &|| cwd.get());
    cwd.check()?;
    cx.string_wtf8(&out)
}

fn dirname_impl<F: Flavor>(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let p = string_arg(cx, args.get(0), "path")?;
    cx.string_wtf8(F::dirname(p.as_bytes()))
}

fn basename_impl<F: Flavor>(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let suffix_arg = args.get(1);
    let suffix = if cx.is_undefined(&suffix_arg) { None } else { Some(string_arg(cx, suffix_arg, "suffix")?) };
    let p = string_arg(cx, args.get(0), "path")?;
    cx.string_wtf8(F::basename(p.as_bytes(), suffix.as_ref().map(|s| s.as_bytes())))
}

fn extname_impl<F: Flavor>(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let p = string_arg(cx, args.get(0), "path")?;
    cx.string_wtf8(F::extname(p.as_bytes()))
}

fn parse_impl<F: Flavor>(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let p = string_arg(cx, args.get(0), "path")?;
    let b = p.as_bytes();
    let parsed = F::parse(b);
    let obj = cx.object()?;
    for (key, (s, e)) in
        [("root", parsed.root), ("dir", parsed.dir), ("base", parsed.base), ("ext", parsed.ext), ("name", parsed.name)]
    {
        let part = if s < e && e <= b.len() { &b[s..e] } else { &b[0..0] };
        cx.set(&obj, key, cx.string_wtf8(part)?)?;
    }
    Ok(obj)
}

/// Node's `_format(sep, pathObject)`, property reads in Node's order.
fn format_impl<F: Flavor>(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let obj = args.get(0);
    if !cx.is_object(&obj) || cx.is_array(&obj) || cx.is_function(&obj) {
        return Err(NodeError::invalid_arg_type(cx, "pathObject", &["Object"], &obj).throw(cx));
    }
    let mut dir = cx.get(&obj, "dir")?;
    if !cx.to_bool(&dir)? {
        dir = cx.get(&obj, "root")?;
    }
    let mut base = cx.get(&obj, "base")?;
    if !cx.to_bool(&base)? {
        let name = cx.get(&obj, "name")?;
        let mut s: Vec<u8> = if cx.to_bool(&name)? { cx.to_str(&name)?.as_bytes().to_vec() } else { Vec::new() };
        let ext = cx.get(&obj, "ext")?;
        if cx.to_bool(&ext)? {
            let first = cx.get_index(&ext, 0)?;
            let dot = cx.is_string(&first) && cx.to_str(&first)?.as_bytes() == b".";
            if !dot {
                s.push(b'.');
            }
            s.extend_from_slice(cx.to_str(&ext)?.as_bytes());
        }
        base = cx.string_wtf8(&s)?;
    }
    if !cx.to_bool(&dir)? {
        return Ok(base);
    }
    let root = cx.get(&obj, "root")?;
    let mut out = cx.to_str(&dir)?.as_bytes().to_vec();
    if !cx.strict_equals(&dir, &root) {
        out.extend_from_slice(F::SEP.as_bytes());
    }
    out.extend_from_slice(cx.to_str(&base)?.as_bytes());
    cx.string_wtf8(&out)
}

fn matches_glob_impl<F: Flavor>(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    crate::modules::process::emit_experimental_warning_once(cx, "glob")?;
    let p = string_arg(cx, args.get(0), "path")?;
    let pat = string_arg(cx, args.get(1), "pattern")?;
    Ok(cx.bool(glob::matches_glob(&p.to_string_lossy(), &pat.to_string_lossy(), F::WINDOWS)))
}

macro_rules! flavor_fns {
    ($F:ty, $resolve:ident, $normalize:ident, $is_absolute:ident, $join:ident, $relative:ident, $ns:ident,
     $dirname:ident, $basename:ident, $extname:ident, $format:ident, $parse:ident, $glob:ident) => {
        crate::js_fn!($resolve => resolve_impl::<$F>);
        crate::js_fn!($normalize => normalize_impl::<$F>);
        crate::js_fn!($is_absolute => is_absolute_impl::<$F>);
        crate::js_fn!($join => join_impl::<$F>);
        crate::js_fn!($relative => relative_impl::<$F>);
        crate::js_fn!($ns => to_namespaced_impl::<$F>);
        crate::js_fn!($dirname => dirname_impl::<$F>);
        crate::js_fn!($basename => basename_impl::<$F>);
        crate::js_fn!($extname => extname_impl::<$F>);
        crate::js_fn!($format => format_impl::<$F>);
        crate::js_fn!($parse => parse_impl::<$F>);
        crate::js_fn!($glob => matches_glob_impl::<$F>);
    };
}

flavor_fns!(Posix, p_resolve, p_normalize, p_is_absolute, p_join, p_relative, p_ns, p_dirname, p_basename, p_extname,
    p_format, p_parse, p_glob);
flavor_fns!(Win32, w_resolve, w_normalize, w_is_absolute, w_join, w_relative, w_ns, w_dirname, w_basename, w_extname,
    w_format, w_parse, w_glob);

type RawFn = crate::engine::RawCFn;

/// Builds one flavour's object, in Node's property order (up to `delimiter`).
fn build(cx: Ctx, fns: [(&str, RawFn, i32); 12], sep: &str, delimiter: &str) -> JsResult<Value> {
    let obj = cx.object()?;
    for (name, f, len) in fns {
        // `format` is `_format.bind(null, sep)` in Node.
        let shown = if name == "format" { "bound _format" } else { name };
        let func = cx.function(f, shown, len)?;
        cx.set(&obj, name, func)?;
    }
    cx.set(&obj, "sep", cx.string(sep)?)?;
    cx.set(&obj, "delimiter", cx.string(delimiter)?)?;
    Ok(obj)
}

/// The `path` module object (= `path.posix`), with `win32` and `posix` linked.
pub fn init(cx: Ctx) -> JsResult<Value> {
    let posix_obj = build(
        cx,
        [
            ("resolve", p_resolve, 0),
            ("normalize", p_normalize, 1),
            ("isAbsolute", p_is_absolute, 1),
            ("join", p_join, 0),
            ("relative", p_relative, 2),
            ("toNamespacedPath", p_ns, 1),
            ("dirname", p_dirname, 1),
            ("basename", p_basename, 2),
            ("extname", p_extname, 1),
            ("format", p_format, 1),
            ("parse", p_parse, 1),
            ("matchesGlob", p_glob, 2),
        ],
        Posix::SEP,
        Posix::DELIMITER,
    )?;
    let win32_obj = build(
        cx,
        [
            ("resolve", w_resolve, 0),
            ("normalize", w_normalize, 1),
            ("isAbsolute", w_is_absolute, 1),
            ("join", w_join, 0),
            ("relative", w_relative, 2),
            ("toNamespacedPath", w_ns, 1),
            ("dirname", w_dirname, 1),
            ("basename", w_basename, 2),
            ("extname", w_extname, 1),
            ("format", w_format, 1),
            ("parse", w_parse, 1),
            ("matchesGlob", w_glob, 2),
        ],
        Win32::SEP,
        Win32::DELIMITER,
    )?;
    // The two objects point at each other: a cycle QuickJS's collector frees.
    for obj in [&posix_obj, &win32_obj] {
        cx.set(obj, "win32", win32_obj.dup())?;
        cx.set(obj, "posix", posix_obj.dup())?;
        let ns = cx.get(obj, "toNamespacedPath")?;
        cx.set(obj, "_makeLong", ns)?;
    }
    Ok(posix_obj)
}

pub fn init_posix(cx: Ctx) -> JsResult<Value> {
    let path = crate::registry::load_cjs(cx, "path")?;
    cx.get(&path, "posix")
}

pub fn init_win32(cx: Ctx) -> JsResult<Value> {
    let path = crate::registry::load_cjs(cx, "path")?;
    cx.get(&path, "win32")
}
