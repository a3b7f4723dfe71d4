//! `util.format` / `util.formatWithOptions` (Node's
//! `formatWithOptionsInternal`). The result is built as WTF-8 so lone
//! surrogates in the format string or in string arguments survive.

use super::inspect::{inspect_with, Options};
use super::state;
use super::text::{format_bigint, format_number};
use crate::engine::{Arg, Args, Ctx, JsRef, JsResult, Value};
use crate::errors::NodeError;

/// `formatWithOptionsInternal(inspectOptions, args)`.
pub fn format_args(cx: Ctx, inspect_options: Option<Arg>, args: &[Arg]) -> JsResult<String> {
    let out = format_wtf8(cx, inspect_options, args)?;
    Ok(super::text::wtf8_lossy(&out))
}

fn options(cx: Ctx, inspect_options: Option<Arg>) -> JsResult<Options> {
    let mut o = Options::defaults(cx)?;
    if let Some(io) = inspect_options {
        if cx.is_object(&io) {
            o.apply_object(cx, &io)?;
        }
    }
    Ok(o)
}

fn numeric_separator(cx: Ctx, inspect_options: Option<Arg>) -> JsResult<bool> {
    if let Some(io) = inspect_options {
        if cx.is_object(&io) {
            let v = cx.get(&io, "numericSeparator")?;
            if !cx.is_nullish(&v) {
                return cx.to_bool(&v);
            }
        }
    }
    let d = state::default_options(cx)?;
    let v = cx.get(&d, "numericSeparator")?;
    cx.to_bool(&v)
}

/// `String(v)` of a plain array as V8 makes it (cycles as ''), or None.
fn array_text(cx: Ctx, v: Arg) -> JsResult<Option<Value>> {
    if !cx.is_array(&v) {
        return Ok(None);
    }
    let intr = state::intrinsics(cx)?;
    let f = cx.get(&intr, "arrayText")?;
    let s = cx.call(&f, &intr, &[v])?;
    Ok(if cx.is_string(&s) { Some(s) } else { None })
}

fn inspect_arg(cx: Ctx, v: Arg, inspect_options: Option<Arg>) -> JsResult<String> {
    inspect_with(cx, v, options(cx, inspect_options)?)
}

fn bigint_digits(cx: Ctx, v: &impl JsRef) -> JsResult<String> {
    Ok(super::text::wtf8_lossy(cx.to_str(v)?.as_bytes()))
}

/// `numericSeparator` of the options, looked up once per format call.
struct LazySep(Option<bool>);

impl LazySep {
    fn get(&mut self, cx: Ctx, inspect_options: Option<Arg>) -> JsResult<bool> {
        if let Some(b) = self.0 {
            return Ok(b);
        }
        let b = numeric_separator(cx, inspect_options)?;
        self.0 = Some(b);
        Ok(b)
    }
}

pub fn format_wtf8(cx: Ctx, inspect_options: Option<Arg>, args: &[Arg]) -> JsResult<Vec<u8>> {
    let mut out: Vec<u8> = Vec::new();
    let mut ns = LazySep(None);
    let mut a = 0usize;
    let mut join = false;
    if let Some(first) = args.first() {
        if cx.is_string(first) {
            let fs = cx.to_str(first)?;
            let f = fs.as_bytes();
            if args.len() == 1 {
                return Ok(f.to_vec());
            }
            let mut last_pos = 0usize;
            let mut i = 0usize;
            while i + 1 < f.len() {
                if f[i] == b'%' {
                    i += 1;
                    let next = f[i];
                    if a + 1 != args.len() {
                        let temp: String = match next {
                            b's' if cx.is_string(&args[a + 1]) => {
                                // A string prints as itself (lone surrogates kept).
                                a += 1;
                                if last_pos != i - 1 {
                                    out.extend_from_slice(&f[last_pos..i - 1]);
                                }
                                out.extend_from_slice(cx.to_str(&args[a])?.as_bytes());
                                last_pos = i + 1;
                                i += 1;
                                continue;
                            }
                            b's' => {
                                a += 1;
                                let t = args[a];
                                if let Some(d) = cx.as_number(&t) {
                                    format_number(d, ns.get(cx, inspect_options)?)
                                } else if cx.is_bigint(&t) {
                                    format_bigint(&bigint_digits(cx, &t)?, ns.get(cx, inspect_options)?)
                                } else if !cx.is_object(&t) || cx.is_function(&t) || !has_built_in_to_string(cx, t)? {
                                    js_string_lossy(cx, t)?
                                } else {
                                    let mut o = options(cx, inspect_options)?;
                                    o.set(cx, "compact", cx.int(3))?;
                                    o.set(cx, "colors", cx.bool(false))?;
                                    o.set(cx, "depth", cx.int(0))?;
                                    inspect_with(cx, t, o)?
                                }
                            }
                            b'j' => {
                                a += 1;
                                try_stringify(cx, args[a])?
                            }
                            b'd' => {
                                a += 1;
                                let t = args[a];
                                if cx.is_bigint(&t) {
                                    format_bigint(&bigint_digits(cx, &t)?, ns.get(cx, inspect_options)?)
                                } else if cx.is_symbol(&t) {
                                    "NaN".into()
                                } else if cx.is_object(&t) {
                                    // `Number(x)`: an object whose primitive is a BigInt converts.
                                    let f = state::intrinsic(cx, "Number")?;
                                    let text = array_text(cx, t)?;
                                    let r = cx.call(&f, &cx.undefined(), &[text.as_ref().map_or(t, |s| s.as_arg())])?;
                                    format_number(cx.to_f64(&r)?, ns.get(cx, inspect_options)?)
                                } else {
                                    let d = cx.to_f64(&t)?;
                                    format_number(d, ns.get(cx, inspect_options)?)
                                }
                            }
                            b'O' => {
                                a += 1;
                                inspect_arg(cx, args[a], inspect_options)?
                            }
                            b'o' => {
                                a += 1;
                                let mut o = options(cx, inspect_options)?;
                                o.set(cx, "showHidden", cx.bool(true))?;
                                o.set(cx, "showProxy", cx.bool(true))?;
                                o.set(cx, "depth", cx.int(4))?;
                                inspect_with(cx, args[a], o)?
                            }
                            b'i' => {
                                a += 1;
                                let t = args[a];
                                if cx.is_bigint(&t) {
                                    format_bigint(&bigint_digits(cx, &t)?, ns.get(cx, inspect_options)?)
                                } else if cx.is_symbol(&t) {
                                    "NaN".into()
                                } else {
                                    let f = state::intrinsic(cx, "parseInt")?;
                                    let text = array_text(cx, t)?;
                                    let r = cx.call(&f, &cx.undefined(), &[text.as_ref().map_or(t, |s| s.as_arg())])?;
                                    format_number(cx.to_f64(&r)?, ns.get(cx, inspect_options)?)
                                }
                            }
                            b'f' => {
                                a += 1;
                                let t = args[a];
                                if cx.is_symbol(&t) {
                                    "NaN".into()
                                } else {
                                    let f = state::intrinsic(cx, "parseFloat")?;
                                    let text = array_text(cx, t)?;
                                    let r = cx.call(&f, &cx.undefined(), &[text.as_ref().map_or(t, |s| s.as_arg())])?;
                                    format_number(cx.to_f64(&r)?, ns.get(cx, inspect_options)?)
                                }
                            }
                            b'c' => {
                                a += 1;
                                String::new()
                            }
                            b'%' => {
                                out.extend_from_slice(&f[last_pos..i]);
                                last_pos = i + 1;
                                i += 1;
                                continue;
                            }
                            _ => {
                                i += 1;
                                continue;
                            }
                        };
                        if last_pos != i - 1 {
                            out.extend_from_slice(&f[last_pos..i - 1]);
                        }
                        // Texts made here are marked text (crate::lone_surrogates).
                        out.extend_from_slice(&crate::lone_surrogates::to_wtf8(&temp));
                        last_pos = i + 1;
                    } else if next == b'%' {
                        out.extend_from_slice(&f[last_pos..i]);
                        last_pos = i + 1;
                    }
                }
                i += 1;
            }
            if last_pos != 0 {
                a += 1;
                join = true;
                if last_pos < f.len() {
                    out.extend_from_slice(&f[last_pos..]);
                }
            }
        }
    }
    while a < args.len() {
        let v = args[a];
        if join {
            out.push(b' ');
        }
        if cx.is_string(&v) {
            out.extend_from_slice(cx.to_str(&v)?.as_bytes());
        } else {
            out.extend_from_slice(&crate::lone_surrogates::to_wtf8(&inspect_arg(cx, v, inspect_options)?));
        }
        join = true;
        a += 1;
    }
    Ok(out)
}

/// `String(v)` (symbols give `Symbol(desc)`), lone surrogates replaced.
fn js_string_lossy(cx: Ctx, v: Arg) -> JsResult<String> {
    let string_fn = state::intrinsic(cx, "String")?;
    let s = cx.call(&string_fn, &cx.undefined(), &[v])?;
    Ok(super::text::wtf8_lossy(cx.to_str(&s)?.as_bytes()))
}

/// Node's `hasBuiltInToString(value)`.
fn has_built_in_to_string(cx: Ctx, value: Arg) -> JsResult<bool> {
    let holder;
    let value = match cx.proxy_parts(&value) {
        Some((_, _, true)) => return Ok(true),
        Some((target, _, false)) => {
            holder = target;
            holder.as_arg()
        }
        None => value,
    };
    let ts_key = cx.key("toString");
    let tp_sym = state::intrinsic(cx, "toPrimitive")?;
    let tp_key = cx.key_from_value(&tp_sym)?;
    let mut check_to_string = true;
    let mut check_to_primitive = true;
    let to_string = cx.get_key(&value, &ts_key)?;
    if !cx.is_function(&to_string) {
        let tp = cx.get_key(&value, &tp_key)?;
        if !cx.is_function(&tp) {
            return Ok(true);
        } else if cx.has_own(&value, &tp_key)? {
            return Ok(false);
        }
        check_to_string = false;
    } else if cx.has_own(&value, &ts_key)? {
        return Ok(false);
    } else {
        let tp = cx.get_key(&value, &tp_key)?;
        if !cx.is_function(&tp) {
            check_to_primitive = false;
        } else if cx.has_own(&value, &tp_key)? {
            return Ok(false);
        }
    }
    let mut pointer = cx.dup(&value);
    loop {
        pointer = cx.prototype_of(&pointer)?;
        if !cx.is_object(&pointer) {
            return Ok(true);
        }
        if (check_to_string && cx.has_own(&pointer, &ts_key)?) || (check_to_primitive && cx.has_own(&pointer, &tp_key)?) {
            break;
        }
    }
    let Some(desc) = cx.own_property(&pointer, &cx.key("constructor"))? else { return Ok(false) };
    if !cx.is_function(&desc.value) {
        return Ok(false);
    }
    let name = cx.get(&desc.value, "name")?;
    if !cx.is_string(&name) {
        return Ok(false);
    }
    Ok(super::inspect::is_builtin_global(&cx.to_string(&name)?))
}

fn try_stringify(cx: Ctx, v: Arg) -> JsResult<String> {
    let stringify = state::intrinsic(cx, "jsonStringify")?;
    match cx.call(&stringify, &cx.undefined(), &[v]) {
        Ok(r) => {
            if cx.is_undefined(&r) {
                Ok("undefined".into())
            } else {
                Ok(super::text::wtf8_lossy(cx.to_str(&r)?.as_bytes()))
            }
        }
        Err(t) => {
            let err = cx.take_exception();
            let name = cx.get(&err, "name").and_then(|n| cx.to_string(&n)).unwrap_or_default();
            let msg = first_line(cx, &err);
            if name == "TypeError" && msg == circular_message(cx)? {
                return Ok("[Circular]".into());
            }
            let _ = cx.throw(err);
            Err(t)
        }
    }
}

fn first_line(cx: Ctx, err: &Value) -> String {
    let m = cx.get(err, "message").and_then(|m| cx.to_string(&m)).unwrap_or_default();
    m.split('\n').next().unwrap_or("").to_string()
}

fn circular_message(cx: Ctx) -> JsResult<String> {
    let stringify = state::intrinsic(cx, "jsonStringify")?;
    let a = cx.object()?;
    cx.set(&a, "a", a.dup())?;
    let r = cx.call(&stringify, &cx.undefined(), &[a.as_arg()]);
    // Break the cycle so the object can be freed.
    cx.set(&a, "a", cx.undefined())?;
    match r {
        Ok(_) => Ok(String::new()),
        Err(_) => {
            let e = cx.take_exception();
            Ok(first_line(cx, &e))
        }
    }
}

// ----- the JS functions -----------------------------------------------------------

crate::js_fn!(pub util_format => do_format);
fn do_format(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    if args.len() == 1 && cx.is_string(&args.get(0)) {
        return Ok(cx.dup(&args.get(0)));
    }
    let list: Vec<Arg> = args.iter().collect();
    let out = format_wtf8(cx, None, &list)?;
    cx.string_wtf8(&out)
}

crate::js_fn!(pub util_format_with_options => do_format_with_options);
fn do_format_with_options(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let o = args.get(0);
    if !cx.is_object(&o) || cx.is_function(&o) {
        return Err(NodeError::invalid_arg_type(cx, "inspectOptions", &["object"], &o).throw(cx));
    }
    let list: Vec<Arg> = args.iter().skip(1).collect();
    if list.len() == 1 && cx.is_string(&list[0]) {
        return Ok(cx.dup(&list[0]));
    }
    let out = format_wtf8(cx, Some(o), &list)?;
    cx.string_wtf8(&out)
}
