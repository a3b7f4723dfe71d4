//! Per-context objects `util.inspect` needs: `inspect.defaultOptions` (a real,
//! sealed, user-mutable object as in Node), `inspect.colors`,
//! `inspect.styles`, the `util.inspect` function itself, and the original
//! built-in functions inspect calls (captured once, so user code that
//! replaces `Map.prototype.entries` or `Date.prototype.toISOString` does not
//! change what inspect prints).

use crate::context;
use crate::engine::{Arg, Args, Ctx, JsResult, Prop, Value};
use crate::errors::NodeError;

pub(crate) const SLOT_INTR: &str = "util:intrinsics";
const SLOT_INSPECT: &str = "util:inspect";
const SLOT_DEFAULTS: &str = "util:inspect-defaults";

const INTRINSICS_JS: &str = crate::embedded_js!("js/intrinsics.js");

/// The captured built-ins of this context (a null-prototype object).
pub fn intrinsics(cx: Ctx) -> JsResult<Value> {
    if let Some(v) = context::slot_get(cx, SLOT_INTR) {
        return Ok(v);
    }
    let v = cx.eval_script(INTRINSICS_JS, "<jsrt-node:util-intrinsics>")?;
    Ok(context::slot_get_or_insert(cx, SLOT_INTR, v))
}

/// One captured built-in by name.
pub fn intrinsic(cx: Ctx, name: &str) -> JsResult<Value> {
    let i = intrinsics(cx)?;
    cx.get(&i, name)
}

pub const OPTION_KEYS: [&str; 12] = [
    "showHidden",
    "depth",
    "colors",
    "customInspect",
    "showProxy",
    "maxArrayLength",
    "maxStringLength",
    "breakLength",
    "compact",
    "sorted",
    "getters",
    "numericSeparator",
];

const COLORS: &[(&str, i32, i32)] = &[
    ("reset", 0, 0),
    ("bold", 1, 22),
    ("dim", 2, 22),
    ("italic", 3, 23),
    ("underline", 4, 24),
    ("blink", 5, 25),
    ("inverse", 7, 27),
    ("hidden", 8, 28),
    ("strikethrough", 9, 29),
    ("doubleunderline", 21, 24),
    ("black", 30, 39),
    ("red", 31, 39),
    ("green", 32, 39),
    ("yellow", 33, 39),
    ("blue", 34, 39),
    ("magenta", 35, 39),
    ("cyan", 36, 39),
    ("white", 37, 39),
    ("bgBlack", 40, 49),
    ("bgRed", 41, 49),
    ("bgGreen", 42, 49),
    ("bgYellow", 43, 49),
    ("bgBlue", 44, 49),
    ("bgMagenta", 45, 49),
    ("bgCyan", 46, 49),
    ("bgWhite", 47, 49),
    ("framed", 51, 54),
    ("overlined", 53, 55),
    ("gray", 90, 39),
    ("redBright", 91, 39),
    ("greenBright", 92, 39),
    ("yellowBright", 93, 39),
    ("blueBright", 94, 39),
    ("magentaBright", 95, 39),
    ("cyanBright", 96, 39),
    ("whiteBright", 97, 39),
    ("bgGray", 100, 49),
    ("bgRedBright", 101, 49),
    ("bgGreenBright", 102, 49),
    ("bgYellowBright", 103, 49),
    ("bgBlueBright", 104, 49),
    ("bgMagentaBright", 105, 49),
    ("bgCyanBright", 106, 49),
    ("bgWhiteBright", 107, 49),
];

const COLOR_ALIASES: &[(&str, &str)] = &[
    ("gray", "grey"),
    ("gray", "blackBright"),
    ("bgGray", "bgGrey"),
    ("bgGray", "bgBlackBright"),
    ("dim", "faint"),
    ("strikethrough", "crossedout"),
    ("strikethrough", "strikeThrough"),
    ("strikethrough", "crossedOut"),
    ("hidden", "conceal"),
    ("inverse", "swapColors"),
    ("inverse", "swapcolors"),
    ("doubleunderline", "doubleUnderline"),
];

const STYLES: &[(&str, &str)] = &[
    ("special", "cyan"),
    ("number", "yellow"),
    ("bigint", "yellow"),
    ("boolean", "yellow"),
    ("undefined", "grey"),
    ("null", "bold"),
    ("string", "green"),
    ("symbol", "green"),
    ("date", "magenta"),
    ("regexp", "red"),
    ("module", "underline"),
];

/// `util.inspect.defaultOptions` of this context.
pub fn default_options(cx: Ctx) -> JsResult<Value> {
    if let Some(v) = context::slot_get(cx, SLOT_DEFAULTS) {
        return Ok(v);
    }
    let o = cx.object()?;
    cx.set(&o, "showHidden", cx.bool(false))?;
    cx.set(&o, "depth", cx.int(2))?;
    cx.set(&o, "colors", cx.bool(false))?;
    cx.set(&o, "customInspect", cx.bool(true))?;
    cx.set(&o, "showProxy", cx.bool(false))?;
    cx.set(&o, "maxArrayLength", cx.int(100))?;
    cx.set(&o, "maxStringLength", cx.int(10000))?;
    cx.set(&o, "breakLength", cx.int(80))?;
    cx.set(&o, "compact", cx.int(3))?;
    cx.set(&o, "sorted", cx.bool(false))?;
    cx.set(&o, "getters", cx.bool(false))?;
    cx.set(&o, "numericSeparator", cx.bool(false))?;
    let seal = intrinsic(cx, "objectSeal")?;
    cx.call(&seal, &cx.undefined(), &[o.as_arg()])?;
    Ok(context::slot_get_or_insert(cx, SLOT_DEFAULTS, o))
}

/// The `util.inspect` function of this context, with `custom`,
/// `defaultOptions`, `colors` and `styles`.
pub fn inspect_function(cx: Ctx) -> JsResult<Value> {
    if let Some(v) = context::slot_get(cx, SLOT_INSPECT) {
        return Ok(v);
    }
    let f = cx.function(super::inspect::util_inspect, "inspect", 2)?;
    // Node's inspect is an ordinary function: it has a `prototype`.
    let proto = cx.object()?;
    cx.define(&proto, "constructor", f.dup(), Prop::HIDDEN)?;
    cx.define_key(&f, &cx.key("prototype"), proto, true, false, false)?;
    // Symbol.for itself rather than intrinsics.js's copy: require('util')
    // then does not read that script (it is read on the first inspect).
    let symbol = cx.get(&cx.global(), "Symbol")?;
    let symbol_for = cx.get(&symbol, "for")?;
    let key = cx.string("nodejs.util.inspect.custom")?;
    cx.set(&f, "custom", cx.call(&symbol_for, &symbol, &[key.as_arg()])?)?;
    let getter = cx.function(default_options_get, "get", 0)?;
    let setter = cx.function(default_options_set, "set", 1)?;
    cx.define_accessor(&f, &cx.key("defaultOptions"), getter, setter, false, false)?;

    let null = cx.null();
    let colors = cx.object_with_proto(&null)?;
    for (name, a, b) in COLORS {
        let pair = cx.array_from(vec![cx.int(*a), cx.int(*b)])?;
        cx.set(&colors, name, pair)?;
    }
    for (target, alias) in COLOR_ALIASES {
        let t = cx.string(target)?;
        let g = cx.function_with_data(color_alias_get, "get", 0, &[t.as_arg()])?;
        let s = cx.function_with_data(color_alias_set, "set", 1, &[t.as_arg()])?;
        cx.define_accessor(&colors, &cx.key(alias), g, s, false, true)?;
    }
    cx.set(&f, "colors", colors)?;
    let styles = cx.object_with_proto(&null)?;
    for (k, v) in STYLES {
        cx.set(&styles, k, cx.string(v)?)?;
    }
    cx.set(&f, "styles", styles)?;
    Ok(context::slot_get_or_insert(cx, SLOT_INSPECT, f))
}

crate::js_fn!(default_options_get => do_default_options_get);
fn do_default_options_get(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    default_options(cx)
}

crate::js_fn!(default_options_set => do_default_options_set);
fn do_default_options_set(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let o = args.get(0);
    if !cx.is_object(&o) || cx.is_function(&o) || cx.is_array(&o) {
        return Err(NodeError::invalid_arg_type(cx, "options", &["object"], &o).throw(cx));
    }
    let assign = intrinsic(cx, "objectAssign")?;
    let d = default_options(cx)?;
    cx.call(&assign, &cx.undefined(), &[d.as_arg(), o])
}

crate::js_fn_data!(color_alias_get [1] => do_color_alias_get);
fn do_color_alias_get(cx: Ctx, this: Arg, _args: Args, data: Args) -> JsResult<Value> {
    let k = cx.to_string(&data.get(0))?;
    cx.get(&this, &k)
}

crate::js_fn_data!(color_alias_set [1] => do_color_alias_set);
fn do_color_alias_set(cx: Ctx, this: Arg, args: Args, data: Args) -> JsResult<Value> {
    let k = cx.to_string(&data.get(0))?;
    cx.set(&this, &k, cx.dup(&args.get(0)))?;
    Ok(cx.undefined())
}
