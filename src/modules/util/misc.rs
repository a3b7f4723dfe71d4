//! The small native exports of node:util: `inherits`, `_extend`, the legacy
//! `is*` predicates, `isDeepStrictEqual`, `toUSVString`,
//! `stripVTControlCharacters`, `getSystemErrorName`/`getSystemErrorMap`,
//! `parseEnv`, and the binding the JS helpers (js/*.js) call into.

use crate::context;
use crate::engine::{typed_array, Arg, Args, Ctx, JsResult, Kind, Value};
use crate::errors::{ErrorKind, NodeError};
use crate::registry;

use super::text;

// ----- inherits, _extend --------------------------------------------------------------

crate::js_fn!(pub inherits => do_inherits);
fn do_inherits(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let ctor = args.get(0);
    let sup = args.get(1);
    if cx.is_nullish(&ctor) {
        return Err(NodeError::invalid_arg_type(cx, "ctor", &["Function"], &ctor).throw(cx));
    }
    if cx.is_nullish(&sup) {
        return Err(NodeError::invalid_arg_type(cx, "superCtor", &["Function"], &sup).throw(cx));
    }
    let sup_proto = cx.get(&sup, "prototype")?;
    if cx.is_undefined(&sup_proto) {
        return Err(NodeError::invalid_arg_type(cx, "superCtor.prototype", &["Object"], &sup_proto).throw(cx));
    }
    cx.define_key(&ctor, &cx.key("super_"), cx.dup(&sup), true, false, true)?;
    let proto = cx.get(&ctor, "prototype")?;
    let set_proto = super::state::intrinsic(cx, "objectSetPrototypeOf")?;
    cx.call(&set_proto, &cx.undefined(), &[proto.as_arg(), sup_proto.as_arg()])?;
    Ok(cx.undefined())
}

crate::js_fn!(pub extend => do_extend);
fn do_extend(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let target = args.get(0);
    let source = args.get(1);
    if !cx.is_object(&source) || cx.is_function(&source) {
        return Ok(cx.dup(&target));
    }
    let keys = cx.own_keys(&source, true)?;
    for k in keys.iter().rev() {
        let v = cx.get(&source, k)?;
        cx.set(&target, k, v)?;
    }
    Ok(cx.dup(&target))
}

// ----- legacy predicates ------------------------------------------------------------------

macro_rules! legacy {
    ($( $cfn:ident => $body:expr; )*) => {
        $(
            mod $cfn {
                use super::*;
                fn imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
                    let f: fn(Ctx, Arg) -> JsResult<bool> = $body;
                    Ok(cx.bool(f(cx, args.get(0))?))
                }
                crate::js_fn!(pub f => imp);
            }
        )*
    };
}

legacy! {
    is_boolean => |cx, v| Ok(cx.is_bool(&v));
    is_null => |cx, v| Ok(cx.is_null(&v));
    is_null_or_undefined => |cx, v| Ok(cx.is_nullish(&v));
    is_number => |cx, v| Ok(cx.is_number(&v));
    is_string => |cx, v| Ok(cx.is_string(&v));
    is_symbol => |cx, v| Ok(cx.is_symbol(&v));
    is_undefined => |cx, v| Ok(cx.is_undefined(&v));
    is_object => |cx, v| Ok(cx.is_object(&v) && !cx.is_function(&v));
    is_function => |cx, v| Ok(cx.is_function(&v));
    is_primitive => |cx, v| Ok(!cx.is_object(&v));
    is_regexp => |cx, v| Ok(cx.kind_of(&v) == Kind::RegExp);
    is_date => |cx, v| Ok(cx.kind_of(&v) == Kind::Date);
    is_error => |cx, v| {
        let tag = super::super::state::intrinsic(cx, "objectToString")?;
        let t = cx.call(&tag, &v, &[])?;
        if cx.to_str(&t)?.as_bytes() == b"[object Error]" {
            return Ok(true);
        }
        if !cx.is_object(&v) {
            return Ok(false);
        }
        let e = super::super::state::intrinsic(cx, "Error")?;
        cx.instance_of(&v, &e)
    };
}

pub use is_boolean::f as is_boolean_fn;
pub use is_date::f as is_date_fn;
pub use is_error::f as is_error_fn;
pub use is_function::f as is_function_fn;
pub use is_null::f as is_null_fn;
pub use is_null_or_undefined::f as is_null_or_undefined_fn;
pub use is_number::f as is_number_fn;
pub use is_object::f as is_object_fn;
pub use is_primitive::f as is_primitive_fn;
pub use is_regexp::f as is_regexp_fn;
pub use is_string::f as is_string_fn;
pub use is_symbol::f as is_symbol_fn;
pub use is_undefined::f as is_undefined_fn;

// `util.isBuffer`: `Buffer.isBuffer` of node:buffer (looked up on call, so
// loading util never loads buffer).
crate::js_fn!(pub is_buffer => do_is_buffer);
fn do_is_buffer(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let m = registry::load_cjs(cx, "buffer")?;
    let buffer = cx.get(&m, "Buffer")?;
    let f = cx.get(&buffer, "isBuffer")?;
    cx.call(&f, &buffer, &[args.get(0)])
}

crate::js_fn!(pub is_deep_strict_equal => do_is_deep_strict_equal);
fn do_is_deep_strict_equal(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    Ok(cx.bool(super::deep_equal::deep_equal(cx, args.get(0), args.get(1), true)?))
}

// ----- strings ------------------------------------------------------------------------

crate::js_fn!(pub to_usv_string => do_to_usv_string);
fn do_to_usv_string(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let v = args.get(0);
    if cx.is_symbol(&v) {
        // `${symbol}` throws; with V8's wording, as Node shows it.
        let global = cx.global();
        let ctor = cx.get(&global, "TypeError")?;
        let msg = cx.string("Cannot convert a Symbol value to a string")?;
        let e = cx.construct(&ctor, &[msg.as_arg()])?;
        return Err(cx.throw(e));
    }
    let s = cx.to_str(&v)?;
    match std::str::from_utf8(s.as_bytes()) {
        Ok(t) => cx.string(t),
        Err(_) => cx.string(&crate::engine::wtf8_to_utf8_lossy(s.as_bytes())),
    }
}

crate::js_fn!(pub strip_vt_control_characters => do_strip_vt);
fn do_strip_vt(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let s = args.get(0);
    if !cx.is_string(&s) {
        return Err(NodeError::invalid_arg_type(cx, "str", &["string"], &s).throw(cx));
    }
    let b = cx.to_str(&s)?;
    match std::str::from_utf8(b.as_bytes()) {
        Ok(t) => cx.string(&text::strip_vt(t)),
        // Lone surrogates: strip on the UTF-16 text, keeping them.
        Err(_) => {
            let units = text::wtf8_to_units(b.as_bytes());
            let mut out: Vec<u16> = Vec::with_capacity(units.len());
            let mut run: Vec<u16> = Vec::new();
            let flush = |run: &mut Vec<u16>, out: &mut Vec<u16>| {
                let s = String::from_utf16_lossy(run);
                out.extend(text::strip_vt(&s).encode_utf16());
                run.clear();
            };
            for (i, u) in units.iter().enumerate() {
                let lone = (0xD800..0xDC00).contains(u) && !units.get(i + 1).is_some_and(|n| (0xDC00..0xE000).contains(n))
                    || (0xDC00..0xE000).contains(u) && !(i > 0 && (0xD800..0xDC00).contains(&units[i - 1]));
                if lone {
                    flush(&mut run, &mut out);
                    out.push(*u);
                } else {
                    run.push(*u);
                }
            }
            flush(&mut run, &mut out);
            cx.string_utf16(&out)
        }
    }
}

// ----- system errors -------------------------------------------------------------------

/// libuv's errors in Node 20's `getSystemErrorMap()` order, with this
/// platform's codes (libuv's constants).
const UV_ERRORS: &[(&str, i32)] = {
    use libuv_sys2 as uv;
    &[
    ("E2BIG", uv::uv_errno_t_UV_E2BIG),
    ("EACCES", uv::uv_errno_t_UV_EACCES),
    ("EADDRINUSE", uv::uv_errno_t_UV_EADDRINUSE),
    ("EADDRNOTAVAIL", uv::uv_errno_t_UV_EADDRNOTAVAIL),
    ("EAFNOSUPPORT", uv::uv_errno_t_UV_EAFNOSUPPORT),
    ("EAGAIN", uv::uv_errno_t_UV_EAGAIN),
    ("EAI_ADDRFAMILY", uv::uv_errno_t_UV_EAI_ADDRFAMILY),
    ("EAI_AGAIN", uv::uv_errno_t_UV_EAI_AGAIN),
    ("EAI_BADFLAGS", uv::uv_errno_t_UV_EAI_BADFLAGS),
    ("EAI_BADHINTS", uv::uv_errno_t_UV_EAI_BADHINTS),
    ("EAI_CANCELED", uv::uv_errno_t_UV_EAI_CANCELED),
    ("EAI_FAIL", uv::uv_errno_t_UV_EAI_FAIL),
    ("EAI_FAMILY", uv::uv_errno_t_UV_EAI_FAMILY),
    ("EAI_MEMORY", uv::uv_errno_t_UV_EAI_MEMORY),
    ("EAI_NODATA", uv::uv_errno_t_UV_EAI_NODATA),
    ("EAI_NONAME", uv::uv_errno_t_UV_EAI_NONAME),
    ("EAI_OVERFLOW", uv::uv_errno_t_UV_EAI_OVERFLOW),
    ("EAI_PROTOCOL", uv::uv_errno_t_UV_EAI_PROTOCOL),
    ("EAI_SERVICE", uv::uv_errno_t_UV_EAI_SERVICE),
    ("EAI_SOCKTYPE", uv::uv_errno_t_UV_EAI_SOCKTYPE),
    ("EALREADY", uv::uv_errno_t_UV_EALREADY),
    ("EBADF", uv::uv_errno_t_UV_EBADF),
    ("EBUSY", uv::uv_errno_t_UV_EBUSY),
    ("ECANCELED", uv::uv_errno_t_UV_ECANCELED),
    ("ECHARSET", uv::uv_errno_t_UV_ECHARSET),
    ("ECONNABORTED", uv::uv_errno_t_UV_ECONNABORTED),
    ("ECONNREFUSED", uv::uv_errno_t_UV_ECONNREFUSED),
    ("ECONNRESET", uv::uv_errno_t_UV_ECONNRESET),
    ("EDESTADDRREQ", uv::uv_errno_t_UV_EDESTADDRREQ),
    ("EEXIST", uv::uv_errno_t_UV_EEXIST),
    ("EFAULT", uv::uv_errno_t_UV_EFAULT),
    ("EFBIG", uv::uv_errno_t_UV_EFBIG),
    ("EHOSTUNREACH", uv::uv_errno_t_UV_EHOSTUNREACH),
    ("EINTR", uv::uv_errno_t_UV_EINTR),
    ("EINVAL", uv::uv_errno_t_UV_EINVAL),
    ("EIO", uv::uv_errno_t_UV_EIO),
    ("EISCONN", uv::uv_errno_t_UV_EISCONN),
    ("EISDIR", uv::uv_errno_t_UV_EISDIR),
    ("ELOOP", uv::uv_errno_t_UV_ELOOP),
    ("EMFILE", uv::uv_errno_t_UV_EMFILE),
    ("EMSGSIZE", uv::uv_errno_t_UV_EMSGSIZE),
    ("ENAMETOOLONG", uv::uv_errno_t_UV_ENAMETOOLONG),
    ("ENETDOWN", uv::uv_errno_t_UV_ENETDOWN),
    ("ENETUNREACH", uv::uv_errno_t_UV_ENETUNREACH),
    ("ENFILE", uv::uv_errno_t_UV_ENFILE),
    ("ENOBUFS", uv::uv_errno_t_UV_ENOBUFS),
    ("ENODEV", uv::uv_errno_t_UV_ENODEV),
    ("ENOENT", uv::uv_errno_t_UV_ENOENT),
    ("ENOMEM", uv::uv_errno_t_UV_ENOMEM),
    ("ENONET", uv::uv_errno_t_UV_ENONET),
    ("ENOPROTOOPT", uv::uv_errno_t_UV_ENOPROTOOPT),
    ("ENOSPC", uv::uv_errno_t_UV_ENOSPC),
    ("ENOSYS", uv::uv_errno_t_UV_ENOSYS),
    ("ENOTCONN", uv::uv_errno_t_UV_ENOTCONN),
    ("ENOTDIR", uv::uv_errno_t_UV_ENOTDIR),
    ("ENOTEMPTY", uv::uv_errno_t_UV_ENOTEMPTY),
    ("ENOTSOCK", uv::uv_errno_t_UV_ENOTSOCK),
    ("ENOTSUP", uv::uv_errno_t_UV_ENOTSUP),
    ("EOVERFLOW", uv::uv_errno_t_UV_EOVERFLOW),
    ("EPERM", uv::uv_errno_t_UV_EPERM),
    ("EPIPE", uv::uv_errno_t_UV_EPIPE),
    ("EPROTO", uv::uv_errno_t_UV_EPROTO),
    ("EPROTONOSUPPORT", uv::uv_errno_t_UV_EPROTONOSUPPORT),
    ("EPROTOTYPE", uv::uv_errno_t_UV_EPROTOTYPE),
    ("ERANGE", uv::uv_errno_t_UV_ERANGE),
    ("EROFS", uv::uv_errno_t_UV_EROFS),
    ("ESHUTDOWN", uv::uv_errno_t_UV_ESHUTDOWN),
    ("ESPIPE", uv::uv_errno_t_UV_ESPIPE),
    ("ESRCH", uv::uv_errno_t_UV_ESRCH),
    ("ETIMEDOUT", uv::uv_errno_t_UV_ETIMEDOUT),
    ("ETXTBSY", uv::uv_errno_t_UV_ETXTBSY),
    ("EXDEV", uv::uv_errno_t_UV_EXDEV),
    ("UNKNOWN", uv::uv_errno_t_UV_UNKNOWN),
    ("EOF", uv::uv_errno_t_UV_EOF),
    ("ENXIO", uv::uv_errno_t_UV_ENXIO),
    ("EMLINK", uv::uv_errno_t_UV_EMLINK),
    ("EHOSTDOWN", uv::uv_errno_t_UV_EHOSTDOWN),
    ("EREMOTEIO", uv::uv_errno_t_UV_EREMOTEIO),
    ("ENOTTY", uv::uv_errno_t_UV_ENOTTY),
    ("EFTYPE", uv::uv_errno_t_UV_EFTYPE),
    ("EILSEQ", uv::uv_errno_t_UV_EILSEQ),
    ("ESOCKTNOSUPPORT", uv::uv_errno_t_UV_ESOCKTNOSUPPORT),
    ("ENODATA", uv::uv_errno_t_UV_ENODATA),
    ("EUNATCH", uv::uv_errno_t_UV_EUNATCH),
    ]
};

/// (code, name, message) of every libuv error Node lists; messages from
/// `uv_strerror` (static strings for known codes).
fn uv_errors() -> Vec<(i32, String, String)> {
    UV_ERRORS
        .iter()
        .map(|(name, code)| {
            // SAFETY: a known libuv code: uv_strerror returns a static string.
            let p = unsafe { libuv_sys2::uv_strerror(*code) };
            let msg = if p.is_null() {
                String::new()
            } else {
                // SAFETY: NUL-terminated static string from libuv.
                unsafe { std::ffi::CStr::from_ptr(p) }.to_string_lossy().into_owned()
            };
            (*code, name.to_string(), msg)
        })
        .collect()
}

fn uv_error_table() -> &'static [(i32, String, String)] {
    static T: std::sync::OnceLock<Vec<(i32, String, String)>> = std::sync::OnceLock::new();
    T.get_or_init(uv_errors)
}

crate::js_fn!(pub get_system_error_name => do_get_system_error_name);
fn do_get_system_error_name(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let e = args.get(0);
    let Some(d) = cx.as_number(&e) else {
        return Err(NodeError::invalid_arg_type(cx, "err", &["number"], &e).throw(cx));
    };
    if d >= 0.0 || d.fract() != 0.0 || d.abs() > 9007199254740991.0 || d.is_nan() {
        return Err(NodeError::out_of_range("err", "a negative integer", &text::js_number(d)).throw(cx));
    }
    let code = d as i64;
    match uv_error_table().iter().find(|(c, _, _)| *c as i64 == code) {
        Some((_, n, _)) => cx.string(n),
        None => cx.string(&format!("Unknown system error {code}")),
    }
}

crate::js_fn!(pub get_system_error_map => do_get_system_error_map);
fn do_get_system_error_map(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    let global = cx.global();
    let map_ctor = cx.get(&global, "Map")?;
    let m = cx.construct(&map_ctor, &[])?;
    let set = cx.get(&m, "set")?;
    for (code, name, msg) in uv_error_table() {
        let pair = cx.array_from(vec![cx.string(name)?, cx.string(msg)?])?;
        cx.call(&set, &m, &[cx.int(*code).as_arg(), pair.as_arg()])?;
    }
    Ok(m)
}

// ----- parseEnv ----------------------------------------------------------------------

fn trim_spaces(s: &[u8]) -> &[u8] {
    let start = s.iter().position(|c| *c != b' ').unwrap_or(s.len());
    let end = s.iter().rposition(|c| *c != b' ').map(|e| e + 1).unwrap_or(start);
    &s[start..end.max(start)]
}

fn find(s: &[u8], c: u8, from: usize) -> Option<usize> {
    s.get(from..)?.iter().position(|x| *x == c).map(|p| p + from)
}

/// Node 20's dotenv parser (src/node_dotenv.cc as of v20.20), including its
/// quirks: only spaces are trimmed, a line without `=` joins the next key,
/// an empty key ends parsing, keys come out sorted.
pub fn parse_env(input: &[u8]) -> std::collections::BTreeMap<Vec<u8>, Vec<u8>> {
    let mut store = std::collections::BTreeMap::new();
    let lines: Vec<u8> = input.iter().copied().filter(|c| *c != b'\r').collect();
    let mut content: &[u8] = trim_spaces(&lines);
    while !content.is_empty() {
        if content[0] == b'\n' || content[0] == b'#' {
            if let Some(nl) = find(content, b'\n', 0) {
                content = &content[nl + 1..];
                continue;
            }
        }
        let Some(equal) = find(content, b'=', 0) else { break };
        let mut key = trim_spaces(&content[..equal]);
        content = trim_spaces(&content[equal + 1..]);
        if key.is_empty() {
            break;
        }
        if let Some(k) = key.strip_prefix(b"export ") {
            key = k;
        }
        if content.is_empty() {
            store.insert(key.to_vec(), Vec::new());
            break;
        }
        if content[0] == b'"' {
            if let Some(close) = find(content, b'"', 1) {
                let value = &content[1..close];
                let mut v = Vec::with_capacity(value.len());
                let mut i = 0;
                while i < value.len() {
                    if value[i] == b'\\' && value.get(i + 1) == Some(&b'n') {
                        v.push(b'\n');
                        i += 2;
                    } else {
                        v.push(value[i]);
                        i += 1;
                    }
                }
                store.insert(key.to_vec(), v);
                content = match find(content, b'\n', close + 1) {
                    Some(nl) => &content[nl + 1..],
                    None => &[],
                };
                continue;
            }
        }
        let q = content[0];
        if q == b'\'' || q == b'"' || q == b'`' {
            match find(content, q, 1) {
                None => match find(content, b'\n', 0) {
                    Some(nl) => {
                        store.insert(key.to_vec(), content[..nl].to_vec());
                        content = &content[nl..];
                    }
                    None => break,
                },
                Some(close) => {
                    store.insert(key.to_vec(), content[1..close].to_vec());
                    content = match find(content, b'\n', close + 1) {
                        Some(nl) => &content[nl + 1..],
                        None => &[],
                    };
                }
            }
        } else {
            let mut value;
            match find(content, b'\n', 0) {
                Some(nl) => {
                    value = &content[..nl];
                    content = &content[nl + 1..];
                }
                None => {
                    value = content;
                    content = &[];
                }
            }
            if let Some(h) = find(value, b'#', 0) {
                value = &value[..h];
            }
            store.insert(key.to_vec(), trim_spaces(value).to_vec());
        }
    }
    store
}

crate::js_fn!(pub util_parse_env => do_parse_env);
fn do_parse_env(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let c = args.get(0);
    if !cx.is_string(&c) {
        return Err(NodeError::invalid_arg_type(cx, "content", &["string"], &c).throw(cx));
    }
    let s = cx.to_str(&c)?;
    let o = cx.object()?;
    for (k, v) in parse_env(s.as_bytes()) {
        let key = cx.string_wtf8(&k)?;
        let key = cx.key_from_value(&key)?;
        cx.set_key(&o, &key, cx.string_wtf8(&v)?)?;
    }
    Ok(o)
}

// ----- the binding for js/*.js --------------------------------------------------------------

const SLOT_PROMISIFY_ARGS: &str = "util:customPromisifyArgs";

/// The private symbol a native module sets on a callback API to make
/// `util.promisify` resolve with an object of these names (Node's
/// `kCustomPromisifyArgsSymbol`, e.g. `['bytesRead', 'buffer']`).
pub fn custom_promisify_args_symbol(cx: Ctx) -> JsResult<Value> {
    if let Some(v) = context::slot_get(cx, SLOT_PROMISIFY_ARGS) {
        return Ok(v);
    }
    let global = cx.global();
    let sym = cx.get(&global, "Symbol")?;
    let desc = cx.string("customPromisifyArgs")?;
    let s = cx.call(&sym, &cx.undefined(), &[desc.as_arg()])?;
    Ok(context::slot_get_or_insert(cx, SLOT_PROMISIFY_ARGS, s))
}

crate::js_fn!(b_invalid_this => do_b_invalid_this);
fn do_b_invalid_this(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let t = cx.to_string(&args.get(0))?;
    NodeError::new(ErrorKind::TypeError, "ERR_INVALID_THIS", format!("Value of \"this\" must be of type {t}")).to_js(cx)
}

crate::js_fn!(b_not_supported => do_b_not_supported);
fn do_b_not_supported(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let what = cx.to_string(&args.get(0))?;
    NodeError::not_supported(&what).to_js(cx)
}

crate::js_fn!(b_encoding_not_supported => do_b_encoding_not_supported);
fn do_b_encoding_not_supported(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let enc = cx.to_string(&args.get(0))?;
    NodeError::new(ErrorKind::RangeError, "ERR_ENCODING_NOT_SUPPORTED", format!("The \"{enc}\" encoding is not supported"))
        .to_js(cx)
}

crate::js_fn!(b_list_type_error => do_b_list_type_error);
fn do_b_list_type_error(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    NodeError::new(
        ErrorKind::TypeError,
        "ERR_INVALID_ARG_TYPE",
        "The \"list\" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.",
    )
    .to_js(cx)
}

// The `process` object (the global one, else node:process); also assert's.
crate::js_fn!(pub b_process => do_b_process);
fn do_b_process(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    let global = cx.global();
    let p = cx.get(&global, "process")?;
    if cx.is_object(&p) {
        return Ok(p);
    }
    registry::load_cjs(cx, "process")
}

crate::js_fn!(b_is_uint8_array => do_b_is_uint8_array);
fn do_b_is_uint8_array(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    Ok(cx.bool(typed_array::is_uint8_array(&cx, &args.get(0))))
}

crate::js_fn!(b_is_binary => do_b_is_binary);
fn do_b_is_binary(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    Ok(cx.bool(typed_array::binary_kind(&cx, &args.get(0)).is_some()))
}

/// The object js/*.js receive: natives and shared values.
pub fn binding(cx: Ctx) -> JsResult<Value> {
    let b = cx.object()?;
    // Made when js/*.js first reads one (engine::FnEntry).
    cx.set_fn_list(
        &b,
        crate::fn_list![
            "format" => super::format::util_format, 0;
            "formatWithOptions" => super::format::util_format_with_options, 1;
            "getSystemErrorName" => get_system_error_name, 1;
            "invalidArgType" => crate::errors::js_invalid_arg_type, 3;
            "invalidArgValue" => crate::errors::js_invalid_arg_value, 3;
            "invalidThis" => b_invalid_this, 1;
            "nodeError" => crate::errors::js_node_error, 3;
            "headStack" => crate::errors::js_head_stack, 1;
            "notSupported" => b_not_supported, 1;
            "encodingNotSupported" => b_encoding_not_supported, 1;
            "listTypeError" => b_list_type_error, 0;
            "process" => b_process, 0;
            "isUint8Array" => b_is_uint8_array, 1;
            "isBinary" => b_is_binary, 1;
            "encodeUtf8" => super::encoding::encode_utf8, 1;
            "encodeInto" => super::encoding::encode_into, 2;
            "decode" => super::encoding::decode, 5;
        ],
    )?;
    cx.set(&b, "inspect", super::state::inspect_function(cx)?)?;
    cx.set(&b, "customPromisifyArgs", custom_promisify_args_symbol(cx)?)?;
    // NODE_DEBUG as the process started with it (Node reads it at start-up,
    // so later changes to process.env do not count).
    let node_debug = match std::env::var("NODE_DEBUG") {
        Ok(v) => cx.string(&v)?,
        Err(_) => cx.undefined(),
    };
    cx.set(&b, "nodeDebug", node_debug)?;
    Ok(b)
}

#[cfg(test)]
mod tests {
    use super::parse_env;

    fn p(s: &str) -> Vec<(String, String)> {
        parse_env(s.as_bytes())
            .into_iter()
            .map(|(k, v)| (String::from_utf8_lossy(&k).into_owned(), String::from_utf8_lossy(&v).into_owned()))
            .collect()
    }

    #[test]
    fn dotenv_quirks() {
        assert_eq!(p("B=1\nA=2"), vec![("A".into(), "2".into()), ("B".into(), "1".into())]);
        assert_eq!(p("F\nG=1"), vec![("F\nG".into(), "1".into())]);
        assert_eq!(p("A=\"unterminated"), vec![]);
        assert_eq!(p("export   A=1"), vec![("  A".into(), "1".into())]);
        assert_eq!(p("K=\t v \t"), vec![("K".into(), "\t v \t".into())]);
    }
}
