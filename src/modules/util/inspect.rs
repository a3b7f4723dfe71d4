//! A first `util.inspect`/`util.format`: Node's output for primitives, and a
//! single-line rendering of arrays and plain objects. The complete inspect
//! (depth, breakLength, Maps, circular refs, …) is issue 4's work.

use crate::engine::{Ctx, JsRef, JsResult};
use crate::errors::number_to_js_string;

/// JS `JSON.stringify(s)` of a string.
pub fn json_quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `s.length > max ? s.slice(0, keep) + '...' : s`, counted in UTF-16 units.
pub fn utf16_truncate(bytes: &[u8], max: usize, keep: usize) -> String {
    let s = String::from_utf8_lossy(bytes);
    let units: Vec<u16> = s.encode_utf16().collect();
    if units.len() > max {
        format!("{}...", String::from_utf16_lossy(&units[..keep]))
    } else {
        s.into_owned()
    }
}

/// Node's single-quoting of strings inside inspected values.
pub fn quote(s: &str) -> String {
    let q = if !s.contains('\'') {
        '\''
    } else if !s.contains('"') {
        '"'
    } else if !s.contains('`') && !s.contains("${") {
        '`'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(q);
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\u{b}' => out.push_str("\\v"),
            '\\' => out.push_str("\\\\"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

/// `util.inspect(value, { depth: -1 })` for an object without a named constructor.
pub fn inspect_depth_minus_one(cx: Ctx, v: &impl JsRef) -> String {
    let keys = cx.own_keys(v, false).unwrap_or_default();
    if cx.is_array(v) {
        return if keys.len() <= 1 { "[]".into() } else { "[Array]".into() };
    }
    let global = cx.global();
    let null_proto = cx
        .get(&global, "Object")
        .and_then(|o| cx.get(&o, "getPrototypeOf"))
        .and_then(|f| cx.call(&f, &cx.undefined(), &[crate::engine::Arg::new_from(v)]))
        .map(|p| cx.is_null(&p))
        .unwrap_or(false);
    match (null_proto, keys.is_empty()) {
        (true, true) => "[Object: null prototype] {}".into(),
        (true, false) => "[Object: null prototype]".into(),
        (false, true) => "{}".into(),
        (false, false) => "[Object]".into(),
    }
}

/// `util.inspect(value)` for messages like ERR_INVALID_ARG_VALUE.
pub fn inspect_short(cx: Ctx, v: &impl JsRef) -> String {
    inspect(cx, v, 2)
}

/// A single-line inspection good for primitives, arrays and plain objects.
pub fn inspect(cx: Ctx, v: &impl JsRef, depth: i32) -> String {
    inspect_inner(cx, v, depth, true).unwrap_or_else(|_| {
        let _ = cx.take_exception();
        "[object]".into()
    })
}

fn inspect_inner(cx: Ctx, v: &impl JsRef, depth: i32, top: bool) -> JsResult<String> {
    if cx.is_string(v) {
        let s = cx.to_str(v)?.to_string_lossy();
        return Ok(if top { quote(&s) } else { quote(&s) });
    }
    if let Some(d) = cx.as_number(v) {
        return Ok(number_to_js_string(cx, d, true));
    }
    if cx.is_bigint(v) {
        return Ok(format!("{}n", cx.to_string(v)?));
    }
    if cx.is_undefined(v) {
        return Ok("undefined".into());
    }
    if cx.is_null(v) {
        return Ok("null".into());
    }
    if let Some(b) = cx.as_bool(v) {
        return Ok(b.to_string());
    }
    if cx.is_symbol(v) {
        let global = cx.global();
        let f = cx.get(&global, "String")?;
        let s = cx.call(&f, &cx.undefined(), &[crate::engine::Arg::new_from(v)])?;
        return cx.to_string(&s);
    }
    if cx.is_function(v) {
        let name = cx.to_string(&cx.get(v, "name")?)?;
        return Ok(if name.is_empty() { "[Function (anonymous)]".into() } else { format!("[Function: {name}]") });
    }
    if cx.is_error(v) {
        let stack = cx.get(v, "stack")?;
        let head = cx.to_string(v)?;
        if cx.is_string(&stack) {
            let st = cx.to_string(&stack)?;
            return Ok(if st.starts_with(&head) { st } else { format!("{head}\n{}", st.trim_end()) });
        }
        return Ok(format!("[{head}]"));
    }
    if depth < 0 {
        return Ok(if cx.is_array(v) { "[Array]".into() } else { "[Object]".into() });
    }
    if cx.is_array(v) {
        let len = cx.to_f64(&cx.get(v, "length")?)? as u32;
        if len == 0 {
            return Ok("[]".into());
        }
        let mut parts = Vec::new();
        for i in 0..len.min(100) {
            parts.push(inspect_inner(cx, &cx.get_index(v, i)?, depth - 1, false)?);
        }
        if len > 100 {
            parts.push(format!("... {} more item{}", len - 100, if len - 100 > 1 { "s" } else { "" }));
        }
        return Ok(format!("[ {} ]", parts.join(", ")));
    }
    let keys = cx.own_keys(v, true)?;
    if keys.is_empty() {
        return Ok("{}".into());
    }
    let mut parts = Vec::new();
    for k in keys {
        let val = cx.get(v, &k)?;
        let key = if is_identifier(&k) { k.clone() } else { quote(&k) };
        parts.push(format!("{key}: {}", inspect_inner(cx, &val, depth - 1, false)?));
    }
    Ok(format!("{{ {} }}", parts.join(", ")))
}

fn is_identifier(k: &str) -> bool {
    let mut chars = k.chars();
    match chars.next() {
        Some(c) if c.is_alphabetic() || c == '_' || c == '$' => {}
        _ => return false,
    }
    chars.all(|c| c.is_alphanumeric() || c == '_' || c == '$')
}

/// `util.format(...args)` for the common specifiers.
pub fn format(cx: Ctx, args: &[crate::engine::Arg]) -> JsResult<String> {
    let mut out = String::new();
    let mut rest = 0;
    if let Some(first) = args.first() {
        if cx.is_string(first) {
            let f = cx.to_str(first)?.to_string_lossy();
            let mut next = 1;
            let mut chars = f.chars().peekable();
            while let Some(c) = chars.next() {
                if c == '%' {
                    match chars.peek().copied() {
                        Some('%') => {
                            chars.next();
                            out.push('%');
                        }
                        Some(spec @ ('s' | 'd' | 'i' | 'f' | 'j' | 'o' | 'O' | 'c')) if next < args.len() => {
                            chars.next();
                            let a = &args[next];
                            next += 1;
                            match spec {
                                's' => {
                                    if cx.is_string(a) {
                                        out.push_str(&cx.to_str(a)?.to_string_lossy());
                                    } else if cx.is_bigint(a) {
                                        out.push_str(&format!("{}n", cx.to_string(a)?));
                                    } else {
                                        out.push_str(&inspect(cx, a, 1));
                                    }
                                }
                                'd' | 'i' => {
                                    if cx.is_object(a) || cx.is_symbol(a) {
                                        out.push_str("NaN");
                                    } else {
                                        let d = cx.to_f64(a)?;
                                        let d = if spec == 'i' { d.trunc() } else { d };
                                        out.push_str(&number_to_js_string(cx, d, true));
                                    }
                                }
                                'f' => {
                                    let d = if cx.is_symbol(a) { f64::NAN } else { cx.to_f64(a)? };
                                    out.push_str(&number_to_js_string(cx, d, true));
                                }
                                'j' => {
                                    let global = cx.global();
                                    let json = cx.get(&global, "JSON")?;
                                    let stringify = cx.get(&json, "stringify")?;
                                    let s = cx.call(&stringify, &json, &[*a])?;
                                    out.push_str(&cx.to_string(&s)?);
                                }
                                'c' => {}
                                _ => out.push_str(&inspect(cx, a, 4)),
                            }
                        }
                        _ => out.push('%'),
                    }
                } else {
                    out.push(c);
                }
            }
            rest = next;
        }
    }
    for a in &args[rest..] {
        if !out.is_empty() || rest > 0 {
            out.push(' ');
        }
        if cx.is_string(a) {
            out.push_str(&cx.to_str(a)?.to_string_lossy());
        } else {
            out.push_str(&inspect(cx, a, 2));
        }
    }
    Ok(out)
}
