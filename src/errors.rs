//! Node's error codes and message texts (lib/internal/errors.js), and the JS
//! error objects made from them: `new TypeError(msg)` with an own enumerable
//! `code` and a prototype whose `toString` prints `TypeError [CODE]: msg`.

use crate::engine::{Ctx, JsRef, JsResult, Prop, Thrown, Value};

/// The JS constructor an error is an instance of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    Error,
    TypeError,
    RangeError,
    SyntaxError,
}

impl ErrorKind {
    /// The kind for a constructor name; anything unknown is a plain `Error`.
    pub fn from_ctor_name(name: &str) -> ErrorKind {
        match name {
            "TypeError" => ErrorKind::TypeError,
            "RangeError" => ErrorKind::RangeError,
            "SyntaxError" => ErrorKind::SyntaxError,
            _ => ErrorKind::Error,
        }
    }

    pub fn ctor_name(self) -> &'static str {
        match self {
            ErrorKind::Error => "Error",
            ErrorKind::TypeError => "TypeError",
            ErrorKind::RangeError => "RangeError",
            ErrorKind::SyntaxError => "SyntaxError",
        }
    }
}

/// A Node error ready to be thrown: its class, `code` and exact message.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{kind:?} [{code}]: {message}")]
pub struct NodeError {
    pub kind: ErrorKind,
    /// Usually a literal; owned when a JS binding names the code.
    pub code: std::borrow::Cow<'static, str>,
    /// Marked text (crate::lone_surrogates): values shown in it keep their
    /// lone surrogates.
    pub message: String,
}

impl NodeError {
    pub fn new(kind: ErrorKind, code: impl Into<std::borrow::Cow<'static, str>>, message: impl Into<String>) -> NodeError {
        NodeError { kind, code: code.into(), message: message.into() }
    }

    /// `ERR_INVALID_ARG_TYPE` with Node's wording for `expected` (type names like
    /// `string`, class names like `Buffer`, or other words).
    pub fn invalid_arg_type(cx: Ctx, name: &str, expected: &[&str], actual: &impl JsRef) -> NodeError {
        let msg = format!("{}. Received {}", arg_type_prefix(name, expected), describe_received(cx, actual));
        NodeError::new(ErrorKind::TypeError, "ERR_INVALID_ARG_TYPE", msg)
    }

    /// `ERR_INVALID_ARG_VALUE`: `The argument 'name' is invalid. Received 'x'`.
    pub fn invalid_arg_value(cx: Ctx, name: &str, value: &impl JsRef, reason: &str) -> NodeError {
        let kind = if name.contains('.') { "property" } else { "argument" };
        let shown = crate::modules::util::inspect::inspect_short(cx, value);
        NodeError::new(
            ErrorKind::TypeError,
            "ERR_INVALID_ARG_VALUE",
            format!("The {kind} '{name}' {reason}. Received {shown}"),
        )
    }

    /// `ERR_OUT_OF_RANGE`: `The value of "name" is out of range. It must be R. Received V`.
    pub fn out_of_range(name: &str, range: &str, received: &str) -> NodeError {
        NodeError::new(
            ErrorKind::RangeError,
            "ERR_OUT_OF_RANGE",
            format!("The value of \"{name}\" is out of range. It must be {range}. Received {received}"),
        )
    }

    pub fn unknown_builtin(name: &str) -> NodeError {
        NodeError::new(ErrorKind::Error, "ERR_UNKNOWN_BUILTIN_MODULE", format!("No such built-in module: {name}"))
    }

    /// What an API or module this library does not provide throws.
    pub fn not_supported(what: &str) -> NodeError {
        NodeError::new(ErrorKind::Error, "ERR_NOT_SUPPORTED", format!("{what} is not supported"))
    }

    /// `ERR_STRING_TOO_LONG` (a plain Error) with the limit in hex, as Node
    /// prints it.
    pub fn string_too_long() -> NodeError {
        NodeError::new(
            ErrorKind::Error,
            "ERR_STRING_TOO_LONG",
            format!("Cannot create a string longer than 0x{:x} characters", crate::modules::buffer::validate::STRING_MAX_UNITS),
        )
    }

    /// Makes the JS error object.
    pub fn to_js(&self, cx: Ctx) -> JsResult<Value> {
        let global = cx.global();
        let ctor = cx.get(&global, self.kind.ctor_name())?;
        let msg = crate::lone_surrogates::to_js(cx, &self.message)?;
        let err = cx.construct(&ctor, &[msg.as_arg()])?;
        // Node's class field `code` is defined before anything else the user sees.
        cx.define(&err, "code", cx.string(&self.code)?, Prop::PLAIN)?;
        let proto = crate::context::error_proto(cx, self.kind)?;
        cx.set_prototype(&err, &proto)?;
        head_stack(cx, &err)?;
        Ok(err)
    }

    /// Throws it in `cx`.
    pub fn throw(&self, cx: Ctx) -> Thrown {
        match self.to_js(cx) {
            Ok(err) => cx.throw(err),
            Err(t) => t,
        }
    }
}

/// V8's `stack` starts with `String(err)` above the frames; QuickJS's holds the
/// frames only. Errors the library makes get that first line, so `err.stack`
/// reads as in Node (tests match it, programs print it). Frames of the native
/// helpers that built the error (`nodeError`, `new Error` inside them) go, as
/// Node's captureStackTrace hides its own. A user's `new Error()` keeps the
/// engine's text: Bellard's QuickJS has no hook to change it.
/// The error-making bindings modules' JS calls; their frame is never the user's.
const JS_HELPERS: [&str; 5] = ["nodeError", "invalidArgType", "invalidArgValue", "outOfRange", "missingArgs"];

pub fn head_stack(cx: Ctx, err: &Value) -> JsResult<()> {
    let stack = cx.get(err, "stack")?;
    if !cx.is_string(&stack) {
        return Ok(());
    }
    let frames = cx.to_str(&stack)?;
    let mut rest = frames.as_bytes();
    // Empty when made with no JS on the stack (a libuv completion), as V8's
    // has no frames then either.
    if !rest.is_empty() && !rest.starts_with(b"    at ") {
        return Ok(());
    }
    while rest.starts_with(b"    at ") {
        let line_end = rest.iter().position(|&c| c == b'\n').map_or(rest.len(), |i| i + 1);
        let line = &rest[..line_end];
        let helper = JS_HELPERS.iter().any(|h| {
            line[7..].starts_with(h.as_bytes()) && line[7 + h.len()..].starts_with(b" (native)")
        });
        if !helper {
            break;
        }
        rest = &rest[line_end..];
    }
    while rest.last() == Some(&b'\n') {
        rest = &rest[..rest.len() - 1];
    }
    let head = cx.to_str(err)?;
    let mut text = Vec::with_capacity(head.as_bytes().len() + 1 + rest.len());
    text.extend_from_slice(head.as_bytes());
    if !rest.is_empty() {
        text.push(b'\n');
        text.extend_from_slice(rest);
    }
    cx.define(err, "stack", cx.string_wtf8(&text)?, Prop::HIDDEN)
}

const K_TYPES: [&str; 9] = ["string", "function", "number", "object", "Function", "Object", "boolean", "bigint", "symbol"];

fn is_class_name(s: &str) -> bool {
    // /^([A-Z][a-z0-9]*)+$/
    let b = s.as_bytes();
    !b.is_empty()
        && b[0].is_ascii_uppercase()
        && b.iter().all(|c| c.is_ascii_uppercase() || c.is_ascii_lowercase() || c.is_ascii_digit())
}

fn join_list(items: &[String], prefix_many: &str) -> String {
    match items.len() {
        1 => items[0].clone(),
        2 => format!("{prefix_many}{} or {}", items[0], items[1]),
        _ => {
            let (last, rest) = items.split_last().expect("len > 2");
            format!("{prefix_many}{}, or {last}", rest.join(", "))
        }
    }
}

/// Everything of an `ERR_INVALID_ARG_TYPE` message before `. Received ...`.
pub fn arg_type_prefix(name: &str, expected: &[&str]) -> String {
    let mut msg = String::from("The ");
    if name.ends_with(" argument") {
        msg.push_str(name);
        msg.push(' ');
    } else {
        let kind = if name.contains('.') { "property" } else { "argument" };
        msg.push_str(&format!("\"{name}\" {kind} "));
    }
    msg.push_str("must be ");
    let mut types: Vec<String> = Vec::new();
    let mut instances: Vec<String> = Vec::new();
    let mut other: Vec<String> = Vec::new();
    for e in expected {
        if K_TYPES.contains(e) {
            types.push(e.to_lowercase());
        } else if is_class_name(e) {
            instances.push(e.to_string());
        } else {
            other.push(e.to_string());
        }
    }
    if !instances.is_empty() {
        if let Some(pos) = types.iter().position(|t| t == "object") {
            types.remove(pos);
            instances.push("Object".into());
        }
    }
    if !types.is_empty() {
        if types.len() == 1 {
            msg.push_str(&format!("of type {}", types[0]));
        } else {
            msg.push_str(&join_list(&types, "one of type "));
        }
        if !instances.is_empty() || !other.is_empty() {
            msg.push_str(" or ");
        }
    }
    if !instances.is_empty() {
        if instances.len() > 2 {
            msg.push_str(&join_list(&instances, "an instance of "));
        } else {
            msg.push_str(&format!("an instance of {}", instances[0]));
            if instances.len() == 2 {
                msg.push_str(&format!(" or {}", instances[1]));
            }
        }
        if !other.is_empty() {
            msg.push_str(" or ");
        }
    }
    if !other.is_empty() {
        if other.len() == 1 {
            if other[0].to_lowercase() != other[0] {
                msg.push_str("an ");
            }
            msg.push_str(&other[0]);
        } else {
            msg.push_str(&join_list(&other, "one of "));
        }
    }
    msg
}

/// `String(v)` as marked text (crate::lone_surrogates).
fn marked_string(cx: Ctx, v: &impl JsRef) -> JsResult<String> {
    Ok(crate::lone_surrogates::from_wtf8(cx.to_str(v)?.as_bytes()))
}

/// Node's `determineSpecificType(value)`: the text after `Received `, as
/// marked text.
pub fn describe_received(cx: Ctx, v: &impl JsRef) -> String {
    if cx.is_null(v) {
        return "null".into();
    }
    if cx.is_undefined(v) {
        return "undefined".into();
    }
    if let Some(d) = cx.as_number(v) {
        return format!("type number ({})", number_to_js_string(cx, d, true));
    }
    if let Some(b) = cx.as_bool(v) {
        return format!("type boolean ({b})");
    }
    if cx.is_bigint(v) {
        return format!("type bigint ({}n)", cx.to_string(v).unwrap_or_default());
    }
    if cx.is_symbol(v) {
        return format!("type symbol ({})", symbol_description(cx, v));
    }
    if cx.is_string(v) {
        let s = match cx.to_str(v) {
            Ok(s) => crate::modules::util::inspect::utf16_truncate(s.as_bytes(), 28, 25),
            Err(_) => {
                let _ = cx.take_exception();
                String::new()
            }
        };
        if !s.contains('\'') {
            return format!("type string ('{s}')");
        }
        return format!("type string ({})", crate::modules::util::inspect::json_quote(&s));
    }
    if cx.is_function(v) {
        let name = cx.get(v, "name").ok().and_then(|n| marked_string(cx, &n).ok()).unwrap_or_default();
        return format!("function {name}");
    }
    // An object: its constructor's name, or a short inspection.
    if let Some(name) = constructor_name(cx, v) {
        return format!("an instance of {name}");
    }
    crate::modules::util::inspect::inspect_depth_minus_one(cx, v)
}

/// `value.constructor.name` when `value.constructor && 'name' in value.constructor`.
fn constructor_name(cx: Ctx, v: &impl JsRef) -> Option<String> {
    let ctor = match cx.get(v, "constructor") {
        Ok(c) => c,
        Err(_) => {
            let _ = cx.take_exception();
            return None;
        }
    };
    if !cx.to_bool(&ctor).unwrap_or(false) || !cx.is_object(&ctor) {
        return None;
    }
    let name = cx.get(&ctor, "name").ok()?;
    if cx.is_undefined(&name) {
        // `'name' in ctor` may still hold with an undefined value; close enough:
        // Node would print "an instance of undefined".
        let keys = cx.own_keys(&ctor, false).unwrap_or_default();
        if keys.iter().any(|k| k == "name") {
            return Some("undefined".into());
        }
        return None;
    }
    marked_string(cx, &name).ok()
}

fn symbol_description(cx: Ctx, v: &impl JsRef) -> String {
    let global = cx.global();
    let s = cx
        .get(&global, "String")
        .and_then(|string_fn| cx.call(&string_fn, &cx.undefined(), &[crate::engine::Arg::new_from(v)]))
        .and_then(|s| marked_string(cx, &s));
    match s {
        Ok(s) => s,
        Err(_) => {
            let _ = cx.take_exception();
            "Symbol()".into()
        }
    }
}

/// `String(d)` as JS prints numbers (`-0` kept when `keep_minus_zero`).
pub fn number_to_js_string(cx: Ctx, d: f64, keep_minus_zero: bool) -> String {
    if d == 0.0 && d.is_sign_negative() && keep_minus_zero {
        return "-0".into();
    }
    let n = cx.number(d);
    cx.to_string(&n).unwrap_or_else(|_| d.to_string())
}

// ----- errors node:buffer throws (lib/internal/errors.js) ---------------------------

impl NodeError {
    /// `ERR_BUFFER_OUT_OF_BOUNDS`: `"name" is outside of buffer bounds`, or
    /// `Attempt to access memory outside buffer bounds` without a name.
    pub fn buffer_out_of_bounds(name: Option<&str>) -> NodeError {
        let msg = match name {
            Some(n) => format!("\"{n}\" is outside of buffer bounds"),
            None => "Attempt to access memory outside buffer bounds".into(),
        };
        NodeError::new(ErrorKind::RangeError, "ERR_BUFFER_OUT_OF_BOUNDS", msg)
    }

    /// `ERR_UNKNOWN_ENCODING`: `Unknown encoding: x`.
    pub fn unknown_encoding(encoding: &str) -> NodeError {
        NodeError::new(ErrorKind::TypeError, "ERR_UNKNOWN_ENCODING", format!("Unknown encoding: {encoding}"))
    }

    /// `ERR_INVALID_BUFFER_SIZE`: `Buffer size must be a multiple of 16-bits`.
    pub fn invalid_buffer_size(multiple: &str) -> NodeError {
        NodeError::new(ErrorKind::RangeError, "ERR_INVALID_BUFFER_SIZE", format!("Buffer size must be a multiple of {multiple}"))
    }

    /// `ERR_MISSING_ARGS`: `The "input" argument must be specified`.
    pub fn missing_args(names: &[&str]) -> NodeError {
        let q: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
        let list = match q.len() {
            0 => String::new(),
            1 => format!("{} argument", q[0]),
            2 => format!("{} and {} arguments", q[0], q[1]),
            n => format!("{}, and {} arguments", q[..n - 1].join(", "), q[n - 1]),
        };
        NodeError::new(ErrorKind::TypeError, "ERR_MISSING_ARGS", format!("The {list} must be specified"))
    }

    /// `ERR_OUT_OF_RANGE` with Node's rendering of the received value
    /// (`1_099_511_627_776`, `-1n`, `1.5`, `'x'`).
    pub fn out_of_range_value(cx: Ctx, name: &str, range: &str, received: &impl JsRef) -> NodeError {
        NodeError::out_of_range(name, range, &out_of_range_received(cx, received))
    }
}

/// Node's `addNumericalSeparator`: `1234567` -> `1_234_567`.
pub fn add_numerical_separator(val: &str) -> String {
    let b = val.as_bytes();
    let start = if b.first() == Some(&b'-') { 1 } else { 0 };
    let mut res = String::new();
    let mut i = b.len();
    while i >= start + 4 {
        res = format!("_{}{res}", &val[i - 3..i]);
        i -= 3;
    }
    format!("{}{res}", &val[..i])
}

/// What `ERR_OUT_OF_RANGE` prints after `Received `.
pub fn out_of_range_received(cx: Ctx, v: &impl JsRef) -> String {
    if let Some(d) = cx.as_number(v) {
        if d.is_finite() && d.fract() == 0.0 && d.abs() > 4294967296.0 {
            return add_numerical_separator(&number_to_js_string(cx, d, false));
        }
        return number_to_js_string(cx, d, true);
    }
    if cx.is_bigint(v) {
        let s = cx.to_string(v).unwrap_or_default();
        let big = match s.parse::<i128>() {
            Ok(n) => n > 4294967296 || n < -4294967296,
            Err(_) => true,
        };
        return if big { format!("{}n", add_numerical_separator(&s)) } else { format!("{s}n") };
    }
    crate::modules::util::inspect::inspect_short(cx, v)
}

crate::js_fn!(pub js_head_stack => head_stack_from_js);

/// `headStack(err)` for error classes written in JS (AssertionError, AbortError).
fn head_stack_from_js(cx: Ctx, _this: crate::engine::Arg, args: crate::engine::Args) -> JsResult<Value> {
    let err = args.get(0);
    if cx.is_object(&err) {
        head_stack(cx, &cx.dup(&err))?;
    }
    Ok(cx.undefined())
}

crate::js_fn!(pub js_node_error => node_error_from_js);

/// `nodeError(ctorName, code, message)` for the JS parts of modules (bindings of
/// events.js, util's helpers): the same Node-style error object Rust throws.
fn node_error_from_js(cx: Ctx, _this: crate::engine::Arg, args: crate::engine::Args) -> JsResult<Value> {
    let kind = ErrorKind::from_ctor_name(&cx.to_string(&args.get(0))?);
    let code = cx.to_string(&args.get(1))?;
    let message = marked_string(cx, &args.get(2))?;
    NodeError::new(kind, code, message).to_js(cx)
}

crate::js_fn!(pub js_invalid_arg_value => invalid_arg_value_from_js);

/// `invalidArgValue(name, value, reason)` for the JS parts of modules.
fn invalid_arg_value_from_js(cx: Ctx, _this: crate::engine::Arg, args: crate::engine::Args) -> JsResult<Value> {
    let name = cx.to_string(&args.get(0))?;
    let reason = cx.to_string(&args.get(2))?;
    NodeError::invalid_arg_value(cx, &name, &args.get(1), &reason).to_js(cx)
}

crate::js_fn!(pub js_out_of_range => out_of_range_from_js);

/// `outOfRange(name, range, value)` for the JS parts of modules.
fn out_of_range_from_js(cx: Ctx, _this: crate::engine::Arg, args: crate::engine::Args) -> JsResult<Value> {
    let name = cx.to_string(&args.get(0))?;
    let range = cx.to_string(&args.get(1))?;
    NodeError::out_of_range_value(cx, &name, &range, &args.get(2)).to_js(cx)
}

crate::js_fn!(pub js_missing_args => missing_args_from_js);

/// `missingArgs(...names)` for the JS parts of modules.
fn missing_args_from_js(cx: Ctx, _this: crate::engine::Arg, args: crate::engine::Args) -> JsResult<Value> {
    let names = args.iter().map(|a| cx.to_string(&a)).collect::<JsResult<Vec<String>>>()?;
    let refs: Vec<&str> = names.iter().map(|s| s.as_str()).collect();
    NodeError::missing_args(&refs).to_js(cx)
}

crate::js_fn!(pub js_invalid_arg_type => invalid_arg_type_from_js);

/// `invalidArgType(name, expected, actual)` for the JS parts of modules:
/// `expected` is a type name or an array of them, as in Node's errors.js.
fn invalid_arg_type_from_js(cx: Ctx, _this: crate::engine::Arg, args: crate::engine::Args) -> JsResult<Value> {
    let name = cx.to_string(&args.get(0))?;
    let expected_v = args.get(1);
    let expected: Vec<String> = if cx.is_array(&expected_v) {
        let n = cx.to_f64(&cx.get(&expected_v, "length")?)? as u32;
        (0..n).map(|i| cx.to_string(&cx.get_index(&expected_v, i)?)).collect::<JsResult<_>>()?
    } else {
        vec![cx.to_string(&expected_v)?]
    };
    let refs: Vec<&str> = expected.iter().map(|s| s.as_str()).collect();
    NodeError::invalid_arg_type(cx, &name, &refs, &args.get(2)).to_js(cx)
}
