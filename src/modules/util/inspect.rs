//! `util.inspect`: a port of Node 20's lib/internal/util/inspect.js
//! (`formatValue`, `formatRaw`, the per-type formatters, `formatProperty`,
//! `groupArrayElements`, `reduceToSingleString`) to Rust over the engine
//! layer. Every option of Node's is honoured; the output is Node's byte for
//! byte, with these engine limits (documented in the module README):
//!
//! - Error stacks are the engine's: QuickJS's `stack` has frames only, so the
//!   `Name: message` line V8 puts first is added here.
//! - WeakMap/WeakSet contents are never listed (`<items unknown>`), also with
//!   `showHidden` (no engine can enumerate them).
//! - A Map/Set iterator that is part way through shows every entry of its
//!   collection (the position inside it is not portable to read); fresh and
//!   finished iterators are exact.
//! - Depth costs no native stack (the recursion runs on trampoline.rs); like
//!   node, which runs out of V8 stack about 1,000 levels down, nesting past
//!   MAX_NESTING levels prints "Inspection interrupted prematurely". The
//!   marker also stands for a RangeError of user code (a getter, a custom
//!   inspect function) and for recursion through JS (custom inspect calling
//!   inspect), which stack.rs guards.

use std::collections::HashMap;

use super::deferred::{self, Deferred};
use super::stack::StackGuard;
use super::trampoline::{Call, Trampoline};
use super::state::{self, OPTION_KEYS};
use super::text::{self, format_bigint, format_number, str_escape, utf16_len, wtf8_to_units};
use crate::engine::{Arg, Args, Ctx, IterState, JsRef, JsResult, KeyFilter, Kind, PromiseState, PropDesc, PropKey, Thrown, Value};

pub use super::text::json_quote;

/// Levels of nesting printed before the stack-overflow marker (node: ~1,000).
const MAX_NESTING: i64 = 1000;

// ----- options ---------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Compact {
    True,
    Num(f64),
    Other,
}

#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Getters {
    No,
    All,
    Get,
    Set,
}

/// The resolved options of one `inspect` call.
pub struct Options {
    pub show_hidden: bool,
    /// `None` means `depth: null` (unlimited).
    pub depth: Option<f64>,
    pub colors: bool,
    pub custom_inspect: bool,
    pub show_proxy: bool,
    pub max_array_length: f64,
    pub max_string_length: f64,
    pub break_length: f64,
    pub compact: Compact,
    pub sorted: bool,
    pub sort_cmp: Option<Value>,
    pub getters: Getters,
    pub numeric_separator: bool,
    /// A user `stylize` (only used without colors).
    pub stylize: Option<Value>,
    /// The user's options object when it had keys inspect does not know.
    pub user_options: Option<Value>,
    /// The JS values of the twelve options, for `getUserOptions`.
    raw: Vec<Value>,
}

impl Options {
    /// `inspect.defaultOptions` as they are now.
    pub fn defaults(cx: Ctx) -> JsResult<Options> {
        let d = state::default_options(cx)?;
        // The sealed object holds exactly the twelve keys in OPTION_KEYS order:
        // read them through its own atoms (no string-to-atom lookups).
        let keys = cx.own_property_keys(&d, KeyFilter { strings: true, symbols: false, enumerable_only: false })?;
        let mut raw = Vec::with_capacity(OPTION_KEYS.len());
        if keys.len() == OPTION_KEYS.len() {
            for k in &keys {
                raw.push(cx.get_key(&d, k)?);
            }
        } else {
            for k in OPTION_KEYS {
                raw.push(cx.get(&d, k)?);
            }
        }
        let mut o = Options {
            show_hidden: false,
            depth: Some(2.0),
            colors: false,
            custom_inspect: true,
            show_proxy: false,
            max_array_length: 100.0,
            max_string_length: 10000.0,
            break_length: 80.0,
            compact: Compact::Num(3.0),
            sorted: false,
            sort_cmp: None,
            getters: Getters::No,
            numeric_separator: false,
            stylize: None,
            user_options: None,
            raw,
        };
        for i in 0..OPTION_KEYS.len() {
            let v = cx.dup(&o.raw[i]);
            o.apply(cx, i, v)?;
        }
        Ok(o)
    }

    /// Sets option `OPTION_KEYS[i]` from a JS value.
    fn apply(&mut self, cx: Ctx, i: usize, v: Value) -> JsResult<()> {
        match OPTION_KEYS[i] {
            "showHidden" => self.show_hidden = cx.to_bool(&v)?,
            "depth" => self.depth = if cx.is_null(&v) { None } else { Some(to_num(cx, &v)?) },
            "colors" => self.colors = cx.to_bool(&v)?,
            "customInspect" => self.custom_inspect = cx.to_bool(&v)?,
            "showProxy" => self.show_proxy = cx.to_bool(&v)?,
            "maxArrayLength" => self.max_array_length = if cx.is_null(&v) { f64::INFINITY } else { to_num(cx, &v)? },
            "maxStringLength" => self.max_string_length = if cx.is_null(&v) { f64::INFINITY } else { to_num(cx, &v)? },
            "breakLength" => self.break_length = to_num(cx, &v)?,
            "compact" => {
                self.compact = if cx.as_bool(&v) == Some(true) {
                    Compact::True
                } else if let Some(n) = cx.as_number(&v) {
                    Compact::Num(n)
                } else {
                    Compact::Other
                }
            }
            "sorted" => {
                self.sorted = cx.to_bool(&v)?;
                self.sort_cmp = if self.sorted && cx.is_function(&v) { Some(cx.dup(&v)) } else { None };
            }
            "getters" => {
                self.getters = if cx.as_bool(&v) == Some(true) {
                    Getters::All
                } else if !cx.to_bool(&v)? {
                    Getters::No
                } else if cx.is_string(&v) {
                    match cx.to_str(&v)?.as_bytes() {
                        b"get" => Getters::Get,
                        b"set" => Getters::Set,
                        _ => Getters::No,
                    }
                } else {
                    Getters::No
                }
            }
            "numericSeparator" => self.numeric_separator = cx.to_bool(&v)?,
            _ => {}
        }
        self.raw[i] = v;
        Ok(())
    }

    /// Sets an option by name; false if `name` is not one.
    pub fn set(&mut self, cx: Ctx, name: &str, v: Value) -> JsResult<bool> {
        match OPTION_KEYS.iter().position(|k| *k == name) {
            Some(i) => {
                self.apply(cx, i, v)?;
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// Copies the options of a user object the way `inspect(value, opts)` does.
    pub fn apply_object(&mut self, cx: Ctx, opts: &impl JsRef) -> JsResult<()> {
        for key in cx.own_keys(opts, true)? {
            let v = cx.get(opts, &key)?;
            if key == "stylize" {
                self.stylize = if cx.is_function(&v) { Some(v) } else { None };
            } else if !self.set(cx, &key, v)? && self.user_options.is_none() {
                self.user_options = Some(cx.dup(opts));
            }
        }
        Ok(())
    }

    fn clone_in(&self, cx: Ctx) -> Options {
        Options {
            show_hidden: self.show_hidden,
            depth: self.depth,
            colors: self.colors,
            custom_inspect: self.custom_inspect,
            show_proxy: self.show_proxy,
            max_array_length: self.max_array_length,
            max_string_length: self.max_string_length,
            break_length: self.break_length,
            compact: self.compact,
            sorted: self.sorted,
            sort_cmp: self.sort_cmp.as_ref().map(|v| cx.dup(v)),
            getters: self.getters,
            numeric_separator: self.numeric_separator,
            stylize: self.stylize.as_ref().map(|v| cx.dup(v)),
            user_options: self.user_options.as_ref().map(|v| cx.dup(v)),
            raw: self.raw.iter().map(|v| cx.dup(v)).collect(),
        }
    }
}

fn to_num(cx: Ctx, v: &impl JsRef) -> JsResult<f64> {
    if cx.is_symbol(v) || cx.is_bigint(v) {
        // Math.min/max would throw on a symbol; a BigInt compares fine. Keep it simple.
        return Ok(f64::NAN);
    }
    cx.to_f64(v)
}

/// `Math.min` with NaN propagation.
fn jmin(a: f64, b: f64) -> f64 {
    if a.is_nan() || b.is_nan() {
        f64::NAN
    } else {
        a.min(b)
    }
}
fn jmax(a: f64, b: f64) -> f64 {
    if a.is_nan() || b.is_nan() {
        f64::NAN
    } else {
        a.max(b)
    }
}

// ----- the inspector ------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum Extras {
    Object,
    Array,
    ArrayExtras,
}

enum Formatter {
    Empty,
    Array,
    Set,
    Map,
    TypedArray { size: usize, bigint: bool },
    ArrayBuffer,
    Promise,
    WeakCollection,
    Iterator,
    Namespace,
}


/// Names of globals Node's `builtInObjects` holds.
const BUILTINS: &[&str] = &[
    "Object", "Function", "Array", "Number", "Infinity", "NaN", "Boolean", "String", "Symbol", "Date", "Promise",
    "RegExp", "Error", "AggregateError", "EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError",
    "URIError", "JSON", "Math", "Intl", "ArrayBuffer", "Uint8Array", "Int8Array", "Uint16Array", "Int16Array",
    "Uint32Array", "Int32Array", "Float32Array", "Float64Array", "Uint8ClampedArray", "BigUint64Array",
    "BigInt64Array", "DataView", "Map", "BigInt", "Set", "WeakMap", "WeakSet", "Proxy", "Reflect",
    "FinalizationRegistry", "WeakRef", "SharedArrayBuffer", "Atomics", "WebAssembly",
];

/// Whether `n` is one of the global names Node's `builtInObjects` holds.
pub fn is_builtin_global(n: &str) -> bool {
    BUILTINS.contains(&n)
}

pub struct Inspector {
    cx: Ctx,
    pub o: Options,
    indentation_lvl: usize,
    seen: Vec<usize>,
    circular: Vec<(usize, u32)>,
    current_depth: i64,
    budget: HashMap<usize, usize>,
    intr: Value,
    cache: Vec<(&'static str, Value)>,
    keys: Vec<(&'static str, PropKey)>,
    styles: Vec<(&'static str, Option<(String, String)>)>,
    stack: StackGuard,
    tramp: Trampoline,
    overflow: bool,
    /// Large object texts kept aside (see deferred.rs); only inside [`Inspector::run`].
    deferred: Option<Deferred>,
}

impl Inspector {
    pub fn new(cx: Ctx, o: Options) -> JsResult<Inspector> {
        Ok(Inspector {
            cx,
            o,
            indentation_lvl: 0,
            seen: Vec::new(),
            circular: Vec::new(),
            current_depth: 0,
            budget: HashMap::new(),
            intr: state::intrinsics(cx)?,
            cache: Vec::new(),
            keys: Vec::new(),
            styles: Vec::new(),
            stack: StackGuard::new(),
            tramp: Trampoline::new(),
            overflow: false,
            deferred: None,
        })
    }

    /// `formatValue(ctx, value, 0)`.
    pub fn run(&mut self, v: Arg<'_>) -> JsResult<String> {
        self.stack = StackGuard::new();
        // Texts kept aside must be longer than breakLength (so never joined
        // on one line) and measured without colours; sorting compares texts.
        let o = &self.o;
        self.deferred = if !o.colors && !o.sorted && o.sort_cmp.is_none() && o.break_length.is_finite()
            && o.break_length < deferred::MIN_PART as f64
        {
            Some(Deferred::new())
        } else {
            None
        };
        let t = self.tramp.clone();
        let out = t.run(self.format_value(v, 0, false));
        let d = self.deferred.take();
        let out = out?;
        Ok(match d {
            Some(d) => d.expand(&out),
            None => out,
        })
    }

    /// The UTF-16 length of a formatted text, references included.
    fn tlen(&self, s: &str) -> usize {
        match &self.deferred {
            Some(d) => d.len16(s),
            None => utf16_len(s),
        }
    }

    /// `getStringWidth` of a formatted text; a text holding references is
    /// longer than breakLength and counts by its length.
    fn twidth(&self, s: &str) -> usize {
        match &self.deferred {
            Some(d) if d.holds_ref(s) => d.len16(s),
            _ => text::string_width(s, self.o.colors),
        }
    }

    fn intr(&mut self, name: &'static str) -> JsResult<Value> {
        if let Some((_, v)) = self.cache.iter().find(|(n, _)| *n == name) {
            return Ok(v.dup());
        }
        let v = self.cx.get(&self.intr, name)?;
        self.cache.push((name, v.dup()));
        Ok(v)
    }

    /// A key by name; symbols come from the intrinsics (`@@iterator` etc.).
    fn k(&mut self, name: &'static str) -> JsResult<PropKey> {
        if let Some((_, k)) = self.keys.iter().find(|(n, _)| *n == name) {
            return Ok(k.dup());
        }
        let key = match name {
            "@@iterator" | "@@toStringTag" | "@@custom" | "@@toPrimitive" => {
                let sym = self.intr(match name {
                    "@@iterator" => "iterator",
                    "@@toStringTag" => "toStringTag",
                    "@@toPrimitive" => "toPrimitive",
                    _ => "customInspect",
                })?;
                self.cx.key_from_value(&sym)?
            }
            _ => self.cx.key(name),
        };
        self.keys.push((name, key.dup()));
        Ok(key)
    }

    fn call_intr(&mut self, name: &'static str, this: &impl JsRef, args: &[Arg]) -> JsResult<Value> {
        let f = self.intr(name)?;
        self.cx.call(&f, this, args)
    }

    fn string_of(&self, v: &impl JsRef) -> JsResult<String> {
        Ok(text::wtf8_lossy(self.cx.to_str(v)?.as_bytes()))
    }

    fn symbol_string(&mut self, v: &impl JsRef) -> JsResult<String> {
        let s = self.call_intr("symbolToString", v, &[])?;
        self.string_of(&s)
    }

    // ----- styling ---------------------------------------------------------------

    fn plain_stylize(&self) -> bool {
        !self.o.colors && self.o.stylize.is_none()
    }

    fn stylize(&mut self, s: String, style: &'static str) -> JsResult<String> {
        if self.o.colors {
            let codes = match self.styles.iter().find(|(n, _)| *n == style) {
                Some((_, c)) => c.clone(),
                None => {
                    let c = self.style_codes(style)?;
                    self.styles.push((style, c.clone()));
                    c
                }
            };
            return Ok(match codes {
                Some((a, b)) => format!("\u{1b}[{a}m{s}\u{1b}[{b}m"),
                None => s,
            });
        }
        if let Some(f) = &self.o.stylize {
            let f = self.cx.dup(f);
            let a = crate::lone_surrogates::to_js(self.cx, &s)?;
            let b = self.cx.string(style)?;
            let r = self.cx.call(&f, &self.cx.undefined(), &[a.as_arg(), b.as_arg()])?;
            return self.string_of(&r);
        }
        Ok(s)
    }

    fn style_codes(&mut self, style: &str) -> JsResult<Option<(String, String)>> {
        let cx = self.cx;
        let inspect = state::inspect_function(cx)?;
        let styles = cx.get(&inspect, "styles")?;
        let name = cx.get(&styles, style)?;
        if cx.is_undefined(&name) {
            return Ok(None);
        }
        let colors = cx.get(&inspect, "colors")?;
        let key = cx.key_from_value(&name)?;
        let color = cx.get_key(&colors, &key)?;
        if cx.is_undefined(&color) {
            return Ok(None);
        }
        let a = cx.get_index(&color, 0)?;
        let b = cx.get_index(&color, 1)?;
        Ok(Some((self.string_of(&a)?, self.string_of(&b)?)))
    }

    fn special(&mut self, s: impl Into<String>) -> JsResult<String> {
        self.stylize(s.into(), "special")
    }

    fn depth_exceeded(&self, recurse_times: i64) -> bool {
        matches!(self.o.depth, Some(d) if (recurse_times as f64) > d)
    }

    // ----- formatValue ------------------------------------------------------------

    /// `formatValue` of a nested value: a call through the trampoline, so the
    /// depth of the value costs heap, not native stack (trampoline.rs).
    fn rec<'s>(&'s mut self, value: Arg<'s>, recurse_times: i64, typed_array: bool) -> Call<'s, JsResult<String>> {
        let t = self.tramp.clone();
        t.call(Box::pin(self.format_value(value, recurse_times, typed_array)))
    }

    pub async fn format_value(&mut self, value: Arg<'_>, recurse_times: i64, typed_array: bool) -> JsResult<String> {
        let cx = self.cx;
        if cx.is_null(&value) {
            return self.stylize("null".into(), "null");
        }
        if !cx.is_object(&value) {
            return self.format_primitive(value, true);
        }
        if self.stack.exhausted() {
            self.overflow = true;
            return Err(Thrown);
        }
        let context = value;
        let mut holder: Option<Value> = None;
        let proxy = cx.proxy_parts(&value);
        let is_proxy = proxy.is_some();
        if let Some((target, handler, revoked)) = proxy {
            if revoked {
                return self.special("<Revoked Proxy>");
            }
            if self.o.show_proxy {
                return self.format_proxy(target.as_arg(), handler.as_arg(), recurse_times).await;
            }
            holder = Some(target);
        }
        let value = match &holder {
            Some(t) => t.as_arg(),
            None => value,
        };
        if !cx.is_object(&value) {
            // A proxy's target is always an object; be safe anyway.
            return self.format_primitive(value, true);
        }

        if self.o.custom_inspect {
            let ckey = self.k("@@custom")?;
            let maybe = cx.get_key(&value, &ckey)?;
            if cx.is_function(&maybe) {
                let inspect_fn = state::inspect_function(cx)?;
                if !cx.strict_equals(&maybe, &inspect_fn) && !self.is_prototype_object(value)? {
                    let depth = match self.o.depth {
                        None => cx.null(),
                        Some(d) => cx.number(d - recurse_times as f64),
                    };
                    let object_ctor = self.intr("Object")?;
                    let cross = is_proxy || !cx.instance_of(&context, &object_ctor)?;
                    let opts = self.user_options(cross)?;
                    let ret = cx.call(&maybe, &context, &[depth.as_arg(), opts.as_arg(), inspect_fn.as_arg()])?;
                    if !cx.strict_equals(&ret, &context) {
                        if !cx.is_string(&ret) {
                            return self.rec(ret.as_arg(), recurse_times, false).await;
                        }
                        let s = self.string_of(&ret)?;
                        let indent = format!("\n{}", " ".repeat(self.indentation_lvl));
                        return Ok(s.replace('\n', &indent));
                    }
                }
            }
        }

        let id = cx.identity(&value);
        if self.seen.contains(&id) {
            let index = match self.circular.iter().find(|(i, _)| *i == id) {
                Some((_, n)) => *n,
                None => {
                    let n = self.circular.len() as u32 + 1;
                    self.circular.push((id, n));
                    n
                }
            };
            return self.special(format!("[Circular *{index}]"));
        }
        self.format_raw(value, recurse_times, typed_array).await
    }

    /// `value.constructor && value.constructor.prototype === value`
    fn is_prototype_object(&mut self, value: Arg<'_>) -> JsResult<bool> {
        let cx = self.cx;
        let ck = self.k("constructor")?;
        let ctor = cx.get_key(&value, &ck)?;
        if !cx.to_bool(&ctor)? {
            return Ok(false);
        }
        let pk = self.k("prototype")?;
        let p = cx.get_key(&ctor, &pk)?;
        Ok(cx.strict_equals(&p, &value))
    }

    /// Node's `getUserOptions(ctx, isCrossContext)`.
    fn user_options(&mut self, cross: bool) -> JsResult<Value> {
        let cx = self.cx;
        let ret = cx.object()?;
        let stylize = if self.o.colors {
            cx.function(stylize_with_color, "stylizeWithColor", 2)?
        } else if let Some(f) = &self.o.stylize {
            cx.dup(f)
        } else {
            cx.function(stylize_no_color, "stylizeNoColor", 1)?
        };
        cx.set(&ret, "stylize", stylize)?;
        for (i, k) in OPTION_KEYS.iter().enumerate() {
            let v = if *k == "depth" {
                match self.o.depth {
                    None => cx.null(),
                    Some(d) => cx.number(d),
                }
            } else {
                cx.dup(&self.o.raw[i])
            };
            cx.set(&ret, k, v)?;
        }
        if let Some(u) = &self.o.user_options {
            let u = cx.dup(u);
            let assign = self.intr("objectAssign")?;
            cx.call(&assign, &cx.undefined(), &[ret.as_arg(), u.as_arg()])?;
        }
        if cross {
            cx.set_prototype(&ret, &cx.null())?;
            for key in cx.own_keys(&ret, true)? {
                let v = cx.get(&ret, &key)?;
                if key != "stylize" && cx.is_object(&v) {
                    cx.delete_key(&ret, &cx.key(&key))?;
                }
            }
        }
        Ok(ret)
    }

    async fn format_proxy(&mut self, target: Arg<'_>, handler: Arg<'_>, recurse_times: i64) -> JsResult<String> {
        if self.depth_exceeded(recurse_times) {
            return self.special("Proxy [Array]");
        }
        let rt = recurse_times + 1;
        self.indentation_lvl += 2;
        let a = self.rec(target, rt, false).await;
        let b = match a {
            Ok(_) => self.rec(handler, rt, false).await,
            Err(t) => Err(t),
        };
        self.indentation_lvl -= 2;
        let res = vec![a?, b?];
        self.reduce_to_single_string(res, String::new(), ("Proxy [".into(), "]".into()), Extras::ArrayExtras, rt, None)
    }

    // ----- primitives ------------------------------------------------------------

    fn format_primitive(&mut self, v: Arg<'_>, styled: bool) -> JsResult<String> {
        let cx = self.cx;
        macro_rules! st {
            ($s:expr, $style:expr) => {
                if styled {
                    self.stylize($s, $style)
                } else {
                    Ok($s)
                }
            };
        }
        if cx.is_string(&v) {
            let js = cx.to_str(&v)?;
            // Fast path: short enough for one line and nothing to escape.
            if let Ok(s) = std::str::from_utf8(js.as_bytes()) {
                let len = utf16_len(s) as f64;
                let one_line = self.o.compact == Compact::True
                    || len <= 16.0
                    || len <= self.o.break_length - self.indentation_lvl as f64 - 4.0;
                if len <= self.o.max_string_length && one_line {
                    if let Some(q) = text::plain_quote(s) {
                        let mut out = String::with_capacity(s.len() + 2);
                        out.push(q);
                        out.push_str(s);
                        out.push(q);
                        return st!(out, "string");
                    }
                }
            }
            let mut units = wtf8_to_units(js.as_bytes());
            drop(js);
            let mut trailer = String::new();
            if (units.len() as f64) > self.o.max_string_length {
                let keep = self.o.max_string_length.max(0.0) as usize;
                let remaining = units.len() - keep;
                units.truncate(keep);
                trailer = format!("... {remaining} more character{}", if remaining > 1 { "s" } else { "" });
            }
            let len = units.len() as f64;
            if self.o.compact != Compact::True
                && len > 16.0
                && len > self.o.break_length - self.indentation_lvl as f64 - 4.0
            {
                let mut parts = Vec::new();
                let mut start = 0;
                for (i, u) in units.iter().enumerate() {
                    if *u == b'\n' as u16 && i + 1 < units.len() {
                        parts.push(&units[start..=i]);
                        start = i + 1;
                    }
                }
                parts.push(&units[start..]);
                let sep = format!(" +\n{}", " ".repeat(self.indentation_lvl + 2));
                let mut out = Vec::with_capacity(parts.len());
                for p in parts {
                    out.push(st!(str_escape(p), "string")?);
                }
                return Ok(out.join(&sep) + &trailer);
            }
            return Ok(st!(str_escape(&units), "string")? + &trailer);
        }
        if let Some(d) = cx.as_number(&v) {
            return st!(format_number(d, self.o.numeric_separator), "number");
        }
        if cx.is_bigint(&v) {
            let digits = self.string_of(&v)?;
            return st!(format_bigint(&digits, self.o.numeric_separator), "bigint");
        }
        if let Some(b) = cx.as_bool(&v) {
            return st!(b.to_string(), "boolean");
        }
        if cx.is_undefined(&v) {
            return st!("undefined".to_string(), "undefined");
        }
        if cx.is_null(&v) {
            return st!("null".to_string(), "null");
        }
        if cx.is_symbol(&v) {
            let s = self.symbol_string(&v)?;
            return st!(s, "symbol");
        }
        // Not a primitive (a function a getter returned): Node's formatPrimitive
        // reaches SymbolPrototypeToString and throws V8's TypeError.
        let global = cx.global();
        let ctor = cx.get(&global, "TypeError")?;
        let msg = cx.string("Symbol.prototype.toString requires that 'this' be a Symbol")?;
        let e = cx.construct(&ctor, &[msg.as_arg()])?;
        Err(cx.throw(e))
    }

    // ----- keys ------------------------------------------------------------------

    fn get_keys(&mut self, value: Arg<'_>, show_hidden: bool) -> JsResult<Vec<PropKey>> {
        self.cx.own_property_keys(&value, KeyFilter { strings: true, symbols: true, enumerable_only: !show_hidden })
    }

    /// Own keys that are not array indices (`getOwnNonIndexProperties`).
    fn non_index_keys(&mut self, value: Arg<'_>, show_hidden: bool) -> JsResult<Vec<PropKey>> {
        self.cx.own_non_index_keys(&value, KeyFilter { strings: true, symbols: true, enumerable_only: !show_hidden })
    }

    fn tag_of(&mut self, value: Arg<'_>) -> JsResult<String> {
        let cx = self.cx;
        let tk = self.k("@@toStringTag")?;
        let tag = cx.get_key(&value, &tk)?;
        if !cx.is_string(&tag) {
            return Ok(String::new());
        }
        let s = self.string_of(&tag)?;
        if s.is_empty() {
            return Ok(s);
        }
        let own = cx.own_property(&value, &tk)?;
        let hide = match own {
            Some(d) => self.o.show_hidden || d.enumerable,
            None => false,
        };
        Ok(if hide { String::new() } else { s })
    }

    // ----- getConstructorName --------------------------------------------------------

    fn get_constructor_name(
        &mut self,
        tmp: Arg<'_>,
        recurse_times: i64,
        proto_props: &mut Option<Vec<String>>,
    ) -> JsResult<Option<String>> {
        let cx = self.cx;
        let object_proto = self.intr("objectProto")?;
        let function_proto = self.intr("functionProto")?;
        let ck = self.k("constructor")?;
        let nk = self.k("name")?;
        let mut obj = cx.dup(&tmp);
        let mut first_proto: Option<Value> = None;
        while cx.is_object(&obj) {
            for (proto, name) in [(&object_proto, "Object"), (&function_proto, "Function")] {
                if cx.strict_equals(&obj, proto) {
                    if proto_props.is_some() && !first_proto.as_ref().is_some_and(|f| cx.strict_equals(f, &obj)) {
                        let start = match &first_proto {
                            Some(f) => cx.dup(f),
                            None => cx.dup(&tmp),
                        };
                        self.add_prototype_properties(tmp, start.as_arg(), recurse_times, proto_props)?;
                    }
                    return Ok(Some(name.to_string()));
                }
            }
            if let Some(desc) = cx.own_property(&obj, &ck)? {
                if cx.is_function(&desc.value) {
                    let name = cx.get_key(&desc.value, &nk)?;
                    let empty = cx.is_string(&name) && cx.to_str(&name)?.as_bytes().is_empty();
                    if !empty {
                        let inst = match cx.instance_of(&tmp, &desc.value) {
                            Ok(b) => b,
                            Err(_) => {
                                // The engine's own stack limit (the host's
                                // JS_SetMaxStackSize) can come before StackGuard's:
                                // end in Node's "interrupted" marker, not a wrong name.
                                let e = cx.take_exception();
                                let m = cx.get(&e, "message").ok().and_then(|m| cx.to_string(&m).ok()).unwrap_or_default();
                                if m.contains("call stack size exceeded") || m == "stack overflow" {
                                    self.overflow = true;
                                    return Err(Thrown);
                                }
                                false
                            }
                        };
                        if inst {
                            let name = if cx.is_symbol(&name) { self.symbol_string(&name)? } else { self.string_of(&name)? };
                            if proto_props.is_some()
                                && (!first_proto.as_ref().is_some_and(|f| cx.strict_equals(f, &obj)) || !is_builtin_global(&name))
                            {
                                let start = match &first_proto {
                                    Some(f) => cx.dup(f),
                                    None => cx.dup(&tmp),
                                };
                                self.add_prototype_properties(tmp, start.as_arg(), recurse_times, proto_props)?;
                            }
                            return Ok(Some(name));
                        }
                    }
                }
            }
            obj = cx.prototype_of(&obj)?;
            if first_proto.is_none() {
                first_proto = Some(cx.dup(&obj));
            }
        }
        let first_proto = match first_proto {
            Some(f) if !cx.is_null(&f) => f,
            _ => return Ok(None),
        };
        let res = self.internal_constructor_name(tmp);
        if self.depth_exceeded(recurse_times) {
            return Ok(Some(format!("{res} <Complex prototype>")));
        }
        let proto_constr = self.get_constructor_name(first_proto.as_arg(), recurse_times + 1, proto_props)?;
        match proto_constr {
            None => {
                let mut o = self.o.clone_in(cx);
                o.custom_inspect = false;
                o.depth = Some(-1.0);
                let mut inner = Inspector::new(cx, o)?;
                inner.stack = self.stack;
                let t = inner.tramp.clone();
                let s = t.run(inner.format_value(first_proto.as_arg(), 0, false))?;
                Ok(Some(format!("{res} <{s}>")))
            }
            Some(p) => Ok(Some(format!("{res} <{p}>"))),
        }
    }

    /// V8's `JSReceiver::GetConstructorName` without the map's constructor
    /// (an engine detail QuickJS does not keep): a `Symbol.toStringTag` data
    /// property on the chain, else a named `constructor` data property on the
    /// prototype chain other than `Object`, else the object's class name.
    fn internal_constructor_name(&mut self, v: Arg<'_>) -> String {
        let r = (|| -> JsResult<Option<String>> {
            let cx = self.cx;
            let tk = self.k("@@toStringTag")?;
            let mut obj = cx.dup(&v);
            for _ in 0..10_000 {
                if !cx.is_object(&obj) || cx.kind_of(&obj) == Kind::Proxy {
                    break;
                }
                if let Some(d) = cx.own_property(&obj, &tk)? {
                    if !d.accessor && cx.is_string(&d.value) {
                        return Ok(Some(self.string_of(&d.value)?));
                    }
                    break;
                }
                obj = cx.prototype_of(&obj)?;
            }
            let ck = self.k("constructor")?;
            let nk = self.k("name")?;
            let mut p = cx.prototype_of(&v)?;
            for _ in 0..10_000 {
                if !cx.is_object(&p) || cx.kind_of(&p) == Kind::Proxy {
                    break;
                }
                if let Some(d) = cx.own_property(&p, &ck)? {
                    if !d.accessor && cx.is_function(&d.value) {
                        if let Some(n) = cx.own_property(&d.value, &nk)? {
                            if cx.is_string(&n.value) {
                                let n = self.string_of(&n.value)?;
                                if !n.is_empty() && n != "Object" {
                                    return Ok(Some(n));
                                }
                            }
                        }
                    }
                    break;
                }
                p = cx.prototype_of(&p)?;
            }
            Ok(None)
        })();
        match r {
            Ok(Some(s)) => s,
            Ok(None) => self.class_name(v),
            Err(_) => {
                let _ = self.cx.take_exception();
                self.class_name(v)
            }
        }
    }

    /// The engine class of an object as V8 names it (`class_name()`).
    fn class_name(&self, v: Arg<'_>) -> String {
        match self.cx.kind_of(&v) {
            Kind::Array => "Array",
            Kind::Error => "Error",
            Kind::Function => "Function",
            Kind::AsyncFunction => "AsyncFunction",
            Kind::GeneratorFunction => "GeneratorFunction",
            Kind::AsyncGeneratorFunction => "AsyncGeneratorFunction",
            Kind::Map => "Map",
            Kind::Set => "Set",
            Kind::WeakMap => "WeakMap",
            Kind::WeakSet => "WeakSet",
            Kind::WeakRef => "WeakRef",
            Kind::FinalizationRegistry => "FinalizationRegistry",
            Kind::Date => "Date",
            Kind::RegExp => "RegExp",
            Kind::Promise => "Promise",
            Kind::ArrayBuffer => "ArrayBuffer",
            Kind::SharedArrayBuffer => "SharedArrayBuffer",
            Kind::DataView => "DataView",
            Kind::TypedArray(k) => k.name(),
            Kind::NumberObject => "Number",
            Kind::StringObject => "String",
            Kind::BooleanObject => "Boolean",
            Kind::SymbolObject => "Symbol",
            Kind::BigIntObject => "BigInt",
            Kind::ModuleNamespace => "Module",
            _ => "Object",
        }
        .to_string()
    }

    fn add_prototype_properties(
        &mut self,
        main: Arg<'_>,
        obj: Arg<'_>,
        recurse_times: i64,
        output: &mut Option<Vec<String>>,
    ) -> JsResult<()> {
        let cx = self.cx;
        let ck = self.k("constructor")?;
        let nk = self.k("name")?;
        let mut depth = 0;
        let mut obj = cx.dup(&obj);
        let mut keys: Vec<PropKey> = Vec::new();
        let mut key_set: Vec<PropKey> = Vec::new();
        loop {
            if depth != 0 || cx.strict_equals(&main, &obj) {
                obj = cx.prototype_of(&obj)?;
                if cx.is_null(&obj) {
                    return Ok(());
                }
                if let Some(desc) = cx.own_property(&obj, &ck)? {
                    if cx.is_function(&desc.value) {
                        let n = cx.get_key(&desc.value, &nk)?;
                        if cx.is_string(&n) && is_builtin_global(&self.string_of(&n)?) {
                            return Ok(());
                        }
                    }
                }
            }
            if depth == 0 {
                key_set.clear();
            } else {
                key_set.append(&mut keys);
            }
            keys = cx.own_property_keys(&obj, KeyFilter { strings: true, symbols: true, enumerable_only: false })?;
            self.seen.push(cx.identity(&main));
            let mut err = None;
            for key in &keys {
                if key.same(&ck) || cx.has_own(&main, key)? || (depth != 0 && key_set.iter().any(|k| k.same(key))) {
                    continue;
                }
                let Some(desc) = cx.own_property(&obj, key)? else { continue };
                if cx.is_function(&desc.value) {
                    continue;
                }
                // Prototype properties (showHidden): a nested run, one per level.
                let t = self.tramp.clone();
                match t.run(self.format_property(obj.as_arg(), recurse_times, key, Extras::Object, Some(desc), main)) {
                    Ok(v) => {
                        let v = if self.o.colors { format!("\u{1b}[2m{v}\u{1b}[22m") } else { v };
                        if let Some(o) = output.as_mut() {
                            o.push(v);
                        }
                    }
                    Err(t) => {
                        err = Some(t);
                        break;
                    }
                }
            }
            self.seen.pop();
            if let Some(t) = err {
                return Err(t);
            }
            depth += 1;
            if depth == 3 {
                return Ok(());
            }
        }
    }

    // ----- formatRaw ----------------------------------------------------------------

    async fn format_raw(&mut self, value: Arg<'_>, recurse_times: i64, typed_array: bool) -> JsResult<String> {
        let cx = self.cx;
        // Inherited properties need `recurseTimes <= depth` to hold, which an
        // undefined (NaN) depth never does, though it never exceeds either.
        let within = match self.o.depth {
            None => true,
            Some(d) => (recurse_times as f64) <= d,
        };
        let mut proto_props: Option<Vec<String>> = if self.o.show_hidden && within { Some(Vec::new()) } else { None };
        let constructor = self.get_constructor_name(value, recurse_times, &mut proto_props)?;
        if proto_props.as_ref().is_some_and(|p| p.is_empty()) {
            proto_props = None;
        }
        let ctor = constructor.as_deref();
        let tag = self.tag_of(value)?;
        let mut base = String::new();
        let mut formatter = Formatter::Empty;
        let mut braces: (String, String) = ("{".into(), "}".into());
        let mut no_iterator = true;
        let mut extras = Extras::Object;
        let mut keys: Vec<PropKey> = Vec::new();
        let kind = cx.kind_of(&value);
        let show_hidden = self.o.show_hidden;

        let ik = self.k("@@iterator")?;
        if constructor.is_none() || cx.has_key(&value, &ik)? {
            no_iterator = false;
            match kind {
                Kind::Array => {
                    let len = cx.get(&value, "length")?;
                    let len = self.string_of(&len)?;
                    let prefix = if ctor != Some("Array") || !tag.is_empty() {
                        get_prefix(ctor, &tag, "Array", &format!("({len})"))
                    } else {
                        String::new()
                    };
                    keys = self.non_index_keys(value, show_hidden)?;
                    braces = (format!("{prefix}["), "]".into());
                    if len == "0" && keys.is_empty() && proto_props.is_none() {
                        return Ok(format!("{}]", braces.0));
                    }
                    extras = Extras::ArrayExtras;
                    formatter = Formatter::Array;
                }
                Kind::Set => {
                    let size = self.collection_size(value, "setSize")?;
                    let prefix = get_prefix(ctor, &tag, "Set", &format!("({size})"));
                    keys = self.get_keys(value, show_hidden)?;
                    formatter = Formatter::Set;
                    if size == 0 && keys.is_empty() && proto_props.is_none() {
                        return Ok(format!("{prefix}{{}}"));
                    }
                    braces = (format!("{prefix}{{"), "}".into());
                }
                Kind::Map => {
                    let size = self.collection_size(value, "mapSize")?;
                    let prefix = get_prefix(ctor, &tag, "Map", &format!("({size})"));
                    keys = self.get_keys(value, show_hidden)?;
                    formatter = Formatter::Map;
                    if size == 0 && keys.is_empty() && proto_props.is_none() {
                        return Ok(format!("{prefix}{{}}"));
                    }
                    braces = (format!("{prefix}{{"), "}".into());
                }
                Kind::TypedArray(tk) => {
                    keys = self.non_index_keys(value, show_hidden)?;
                    let fallback = if constructor.is_none() { tk.name() } else { "" };
                    let (_, _, blen, bpe) = cx.typed_array_parts(&value)?;
                    let size = blen.checked_div(bpe).unwrap_or(0);
                    let prefix = get_prefix(ctor, &tag, fallback, &format!("({size})"));
                    braces = (format!("{prefix}["), "]".into());
                    if size == 0 && keys.is_empty() && !show_hidden {
                        return Ok(format!("{}]", braces.0));
                    }
                    formatter = Formatter::TypedArray { size, bigint: tk.is_bigint() };
                    extras = Extras::ArrayExtras;
                }
                Kind::MapIterator | Kind::SetIterator => {
                    keys = self.get_keys(value, show_hidden)?;
                    let t = if kind == Kind::MapIterator { "Map" } else { "Set" };
                    braces = get_iterator_braces(t, &tag);
                    formatter = Formatter::Iterator;
                }
                _ => no_iterator = true,
            }
        }
        if no_iterator {
            keys = self.get_keys(value, show_hidden)?;
            braces = ("{".into(), "}".into());
            if cx.is_function(&value) {
                base = self.get_function_base(value, kind, ctor, &tag)?;
                if keys.is_empty() && proto_props.is_none() {
                    return self.special(base);
                }
            } else if ctor == Some("Object") {
                if kind == Kind::Arguments {
                    braces.0 = "[Arguments] {".into();
                } else if !tag.is_empty() {
                    braces.0 = format!("{}{{", get_prefix(ctor, &tag, "Object", ""));
                }
                if keys.is_empty() && proto_props.is_none() {
                    return Ok(format!("{}}}", braces.0));
                }
            } else if kind == Kind::RegExp {
                let rx = if constructor.is_some() {
                    cx.dup(&value)
                } else {
                    let ctor_fn = self.intr("RegExp")?;
                    cx.construct(&ctor_fn, &[value])?
                };
                let s = self.call_intr("regexpToString", &rx, &[])?;
                base = self.string_of(&s)?;
                let prefix = get_prefix(ctor, &tag, "RegExp", "");
                if prefix != "RegExp " {
                    base = format!("{prefix}{base}");
                }
                if (keys.is_empty() && proto_props.is_none()) || self.depth_exceeded(recurse_times) {
                    return self.stylize(base, "regexp");
                }
            } else if kind == Kind::Date {
                let t = self.call_intr("dateGetTime", &value, &[])?;
                let nan = cx.as_number(&t).is_none_or(|d| d.is_nan());
                let s = self.call_intr(if nan { "dateToString" } else { "dateToISOString" }, &value, &[])?;
                base = self.string_of(&s)?;
                let prefix = get_prefix(ctor, &tag, "Date", "");
                if prefix != "Date " {
                    base = format!("{prefix}{base}");
                }
                if keys.is_empty() && proto_props.is_none() {
                    return self.stylize(base, "date");
                }
            } else if self.is_error(value, kind)? {
                base = self.format_error(value, ctor, &tag, &mut keys)?;
                if keys.is_empty() && proto_props.is_none() {
                    return Ok(base);
                }
            } else if kind == Kind::ArrayBuffer || kind == Kind::SharedArrayBuffer {
                let array_type = if kind == Kind::ArrayBuffer { "ArrayBuffer" } else { "SharedArrayBuffer" };
                let prefix = get_prefix(ctor, &tag, array_type, "");
                if !typed_array {
                    formatter = Formatter::ArrayBuffer;
                } else if keys.is_empty() && proto_props.is_none() {
                    let bl = cx.get(&value, "byteLength")?;
                    let n = self.format_primitive(bl.as_arg(), true)?;
                    return Ok(format!("{prefix}{{ byteLength: {n} }}"));
                }
                braces.0 = format!("{prefix}{{");
                keys.insert(0, cx.key("byteLength"));
            } else if kind == Kind::DataView {
                braces.0 = format!("{}{{", get_prefix(ctor, &tag, "DataView", ""));
                keys.insert(0, cx.key("buffer"));
                keys.insert(0, cx.key("byteOffset"));
                keys.insert(0, cx.key("byteLength"));
            } else if kind == Kind::Promise {
                braces.0 = format!("{}{{", get_prefix(ctor, &tag, "Promise", ""));
                formatter = Formatter::Promise;
            } else if kind == Kind::WeakSet {
                braces.0 = format!("{}{{", get_prefix(ctor, &tag, "WeakSet", ""));
                formatter = Formatter::WeakCollection;
            } else if kind == Kind::WeakMap {
                braces.0 = format!("{}{{", get_prefix(ctor, &tag, "WeakMap", ""));
                formatter = Formatter::WeakCollection;
            } else if kind == Kind::ModuleNamespace {
                braces.0 = format!("{}{{", get_prefix(ctor, &tag, "Module", ""));
                formatter = Formatter::Namespace;
            } else if kind.is_boxed_primitive() {
                base = self.get_boxed_base(value, kind, &mut keys, ctor, &tag)?;
                if keys.is_empty() && proto_props.is_none() {
                    return Ok(base);
                }
            } else {
                if keys.is_empty() && proto_props.is_none() {
                    return Ok(format!("{}{{}}", self.get_ctx_style(value, ctor, &tag)));
                }
                braces.0 = format!("{}{{", self.get_ctx_style(value, ctor, &tag));
            }
        }

        if self.depth_exceeded(recurse_times) {
            let style = self.get_ctx_style(value, ctor, &tag);
            let mut name = style[..style.len() - 1].to_string();
            if constructor.is_some() {
                name = format!("[{name}]");
            }
            return self.special(name);
        }
        let recurse_times = recurse_times + 1;
        // Node formats on V8's stack and runs out of it about 1,000 levels
        // down; this formatter has no such limit, but a deeper print grows
        // with the square of the depth (indentation, the cycle check), so a
        // long linked list with `depth: Infinity` would run for minutes.
        // Stop where Node does, with its marker.
        if recurse_times > MAX_NESTING {
            let style = self.get_ctx_style(value, ctor, &tag);
            let name = &style[..style.len() - 1];
            return self.special(format!(
                "[{name}: Inspection interrupted prematurely. Maximum call stack size exceeded.]"
            ));
        }
        self.seen.push(cx.identity(&value));
        self.current_depth = recurse_times;
        let indentation_lvl = self.indentation_lvl;
        let result = self.run_formatter(&formatter, value, recurse_times, &mut braces, &mut keys, extras, proto_props).await;
        let output = match result {
            Ok(o) => o,
            Err(t) => {
                if self.overflow || self.pending_is_stack_overflow() {
                    self.overflow = false;
                    self.seen.pop();
                    self.indentation_lvl = indentation_lvl;
                    let style = self.get_ctx_style(value, ctor, &tag);
                    let name = &style[..style.len() - 1];
                    return self.special(format!(
                        "[{name}: Inspection interrupted prematurely. Maximum call stack size exceeded.]"
                    ));
                }
                self.seen.pop();
                return Err(t);
            }
        };
        let mut output = output;
        let id = cx.identity(&value);
        if let Some((_, index)) = self.circular.iter().find(|(i, _)| *i == id).copied() {
            let reference = self.special(format!("<ref *{index}>"))?;
            if self.o.compact != Compact::True {
                base = if base.is_empty() { reference } else { format!("{reference} {base}") };
            } else {
                braces.0 = format!("{reference} {}", braces.0);
            }
        }
        self.seen.pop();

        if self.o.sorted {
            if extras == Extras::Object {
                self.sort_strings(&mut output)?;
            } else if keys.len() > 1 {
                let start = output.len() - keys.len();
                let mut tail = output.split_off(start);
                self.sort_strings(&mut tail)?;
                output.append(&mut tail);
            }
        }

        let res = self.reduce_to_single_string(output, base, braces, extras, recurse_times, Some(value))?;
        let len16 = self.tlen(&res);
        let budget = self.budget.get(&self.indentation_lvl).copied().unwrap_or(0);
        let new_length = budget + len16;
        self.budget.insert(self.indentation_lvl, new_length);
        if new_length > (1 << 27) {
            self.o.depth = Some(-1.0);
        }
        if let Some(d) = &mut self.deferred {
            if res.len() >= deferred::MIN_PART && len16 as f64 > self.o.break_length {
                return Ok(d.put(res, len16));
            }
        }
        Ok(res)
    }

    fn pending_is_stack_overflow(&mut self) -> bool {
        let cx = self.cx;
        let e = cx.take_exception();
        let hit = cx.is_error(&e)
            && cx
                .get(&e, "message")
                .ok()
                .and_then(|m| cx.to_string(&m).ok())
                .is_some_and(|m| m.contains("call stack size exceeded") || m == "stack overflow");
        if hit {
            return true;
        }
        let _ = cx.throw(e);
        false
    }

    #[allow(clippy::too_many_arguments)]
    async fn run_formatter(
        &mut self,
        formatter: &Formatter,
        value: Arg<'_>,
        recurse_times: i64,
        braces: &mut (String, String),
        keys: &mut Vec<PropKey>,
        extras: Extras,
        proto_props: Option<Vec<String>>,
    ) -> JsResult<Vec<String>> {
        let mut output = match formatter {
            Formatter::Empty => Vec::new(),
            Formatter::Array => self.format_array(value, recurse_times).await?,
            Formatter::Set => self.format_set(value, recurse_times).await?,
            Formatter::Map => self.format_map(value, recurse_times).await?,
            Formatter::TypedArray { size, bigint } => self.format_typed_array(value, *size, *bigint, recurse_times).await?,
            Formatter::ArrayBuffer => self.format_array_buffer(value)?,
            Formatter::Promise => self.format_promise(value, recurse_times).await?,
            Formatter::WeakCollection => vec![self.special("<items unknown>")?],
            Formatter::Iterator => self.format_iterator(braces, value, recurse_times).await?,
            Formatter::Namespace => {
                let ks = std::mem::take(keys);
                self.format_namespace(ks, value, recurse_times).await?
            }
        };
        for key in keys.iter() {
            let p = self.format_property(value, recurse_times, key, extras, None, value).await?;
            output.push(p);
        }
        if let Some(mut p) = proto_props {
            output.append(&mut p);
        }
        Ok(output)
    }

    fn sort_strings(&mut self, v: &mut [String]) -> JsResult<()> {
        let cx = self.cx;
        match &self.o.sort_cmp {
            None => {
                v.sort_by(|a, b| a.encode_utf16().cmp(b.encode_utf16()));
                Ok(())
            }
            Some(f) => {
                let f = cx.dup(f);
                let mut err = None;
                v.sort_by(|a, b| {
                    if err.is_some() {
                        return std::cmp::Ordering::Equal;
                    }
                    let r = (|| -> JsResult<f64> {
                        let x = cx.string(a)?;
                        let y = cx.string(b)?;
                        let r = cx.call(&f, &cx.undefined(), &[x.as_arg(), y.as_arg()])?;
                        cx.to_f64(&r)
                    })();
                    match r {
                        Ok(d) if d < 0.0 => std::cmp::Ordering::Less,
                        Ok(d) if d > 0.0 => std::cmp::Ordering::Greater,
                        Ok(_) => std::cmp::Ordering::Equal,
                        Err(t) => {
                            err = Some(t);
                            std::cmp::Ordering::Equal
                        }
                    }
                });
                match err {
                    Some(t) => Err(t),
                    None => Ok(()),
                }
            }
        }
    }

    fn collection_size(&mut self, value: Arg<'_>, getter: &'static str) -> JsResult<usize> {
        let s = self.call_intr(getter, &value, &[])?;
        Ok(self.cx.to_f64(&s)? as usize)
    }

    fn get_ctx_style(&mut self, value: Arg<'_>, constructor: Option<&str>, tag: &str) -> String {
        let mut fallback = String::new();
        if constructor.is_none() {
            fallback = self.internal_constructor_name(value);
            if fallback == tag {
                fallback = "Object".into();
            }
        }
        get_prefix(constructor, tag, &fallback, "")
    }

    fn is_error(&mut self, value: Arg<'_>, kind: Kind) -> JsResult<bool> {
        if kind == Kind::Error {
            return Ok(true);
        }
        let e = self.intr("Error")?;
        self.cx.instance_of(&value, &e)
    }

    // ----- functions, boxed primitives ---------------------------------------------------

    fn get_function_base(&mut self, value: Arg<'_>, kind: Kind, constructor: Option<&str>, tag: &str) -> JsResult<String> {
        let cx = self.cx;
        let src = self.call_intr("functionToString", &value, &[])?;
        let src = self.string_of(&src)?;
        if src.starts_with("class") && src.ends_with('}') {
            let slice = &src[5..src.len() - 1];
            if let Some(bracket) = slice.find('{') {
                if !slice[..bracket].contains('(') || class_regexp_matches(&strip_comments(slice)) {
                    return self.get_class_base(value, constructor, tag);
                }
            }
        }
        let mut ty = String::from("Function");
        if matches!(kind, Kind::GeneratorFunction | Kind::AsyncGeneratorFunction) {
            ty = format!("Generator{ty}");
        }
        if matches!(kind, Kind::AsyncFunction | Kind::AsyncGeneratorFunction) {
            ty = format!("Async{ty}");
        }
        let mut base = format!("[{ty}");
        if constructor.is_none() {
            base.push_str(" (null prototype)");
        }
        let nk = self.k("name")?;
        let name = cx.get_key(&value, &nk)?;
        if cx.is_string(&name) && cx.to_str(&name)?.as_bytes().is_empty() {
            base.push_str(" (anonymous)");
        } else {
            base.push_str(": ");
            base.push_str(&self.string_of(&name)?);
        }
        base.push(']');
        if let Some(c) = constructor {
            if c != ty {
                base.push(' ');
                base.push_str(c);
            }
        }
        if !tag.is_empty() && constructor != Some(tag) {
            base.push_str(&format!(" [{tag}]"));
        }
        Ok(base)
    }

    fn get_class_base(&mut self, value: Arg<'_>, constructor: Option<&str>, tag: &str) -> JsResult<String> {
        let cx = self.cx;
        let nk = self.k("name")?;
        let has_name = cx.has_own(&value, &nk)?;
        let mut name = String::from("(anonymous)");
        if has_name {
            let n = cx.get_key(&value, &nk)?;
            if cx.to_bool(&n)? {
                name = if cx.is_symbol(&n) { self.symbol_string(&n)? } else { self.string_of(&n)? };
            }
        }
        let mut base = format!("class {name}");
        if let Some(c) = constructor {
            if c != "Function" {
                base.push_str(&format!(" [{c}]"));
            }
        }
        if !tag.is_empty() && constructor != Some(tag) {
            base.push_str(&format!(" [{tag}]"));
        }
        if constructor.is_some() {
            let p = cx.prototype_of(&value)?;
            let sn = cx.get_key(&p, &nk)?;
            if cx.to_bool(&sn)? {
                base.push_str(&format!(" extends {}", self.string_of(&sn)?));
            }
        } else {
            base.push_str(" extends [null prototype]");
        }
        Ok(format!("[{base}]"))
    }

    fn get_boxed_base(
        &mut self,
        value: Arg<'_>,
        kind: Kind,
        keys: &mut Vec<PropKey>,
        constructor: Option<&str>,
        tag: &str,
    ) -> JsResult<String> {
        let (f, ty) = match kind {
            Kind::NumberObject => ("numberValueOf", "Number"),
            Kind::StringObject => ("stringValueOf", "String"),
            Kind::BooleanObject => ("booleanValueOf", "Boolean"),
            Kind::BigIntObject => ("bigintValueOf", "BigInt"),
            _ => ("symbolValueOf", "Symbol"),
        };
        let prim = self.call_intr(f, &value, &[])?;
        if kind == Kind::StringObject {
            let len = utf16_len(&self.string_of(&prim)?);
            let n = len.min(keys.len());
            keys.drain(..n);
        }
        let mut base = format!("[{ty}");
        if constructor != Some(ty) {
            match constructor {
                None => base.push_str(" (null prototype)"),
                Some(c) => base.push_str(&format!(" ({c})")),
            }
        }
        let p = self.format_primitive(prim.as_arg(), false)?;
        base.push_str(&format!(": {p}]"));
        if !tag.is_empty() && constructor != Some(tag) {
            base.push_str(&format!(" [{tag}]"));
        }
        if !keys.is_empty() || self.plain_stylize() {
            return Ok(base);
        }
        let style = match ty {
            "Number" => "number",
            "String" => "string",
            "Boolean" => "boolean",
            "BigInt" => "bigint",
            _ => "symbol",
        };
        self.stylize(base, style)
    }

    // ----- errors --------------------------------------------------------------------

    /// The error's stack as V8 would give it: QuickJS's `stack` holds frames
    /// only, so `Name: message` goes first.
    fn stack_string(&mut self, err: Arg<'_>) -> JsResult<String> {
        let cx = self.cx;
        let stack = cx.get(&err, "stack")?;
        if cx.to_bool(&stack)? {
            let s = self.string_of(&stack)?;
            if s.starts_with("    at ") {
                let head = self.call_intr("errorToString", &err, &[])?;
                let head = self.string_of(&head)?;
                return Ok(format!("{head}\n{}", s.trim_end_matches('\n')));
            }
            return Ok(s);
        }
        let s = self.call_intr("errorToString", &err, &[])?;
        self.string_of(&s)
    }

    fn format_error(&mut self, err: Arg<'_>, constructor: Option<&str>, tag: &str, keys: &mut Vec<PropKey>) -> JsResult<String> {
        let cx = self.cx;
        let name_v = cx.get(&err, "name")?;
        let name = if cx.is_nullish(&name_v) { "Error".to_string() } else { self.js_string(&name_v)? };
        let mut stack = self.stack_string(err)?;

        // removeDuplicateErrorKeys
        if !self.o.show_hidden && !keys.is_empty() {
            for n in ["name", "message", "stack"] {
                let k = cx.key(n);
                if let Some(pos) = keys.iter().position(|x| x.same(&k)) {
                    let v = cx.get(&err, n)?;
                    let s = self.js_string(&v)?;
                    if stack.contains(&s) {
                        keys.remove(pos);
                    }
                }
            }
        }
        let cause_k = cx.key("cause");
        if cx.has_key(&err, &cause_k)? && (keys.is_empty() || !keys.iter().any(|k| k.same(&cause_k))) {
            keys.push(cause_k);
        }
        let errors = cx.get(&err, "errors")?;
        let errors_k = cx.key("errors");
        if cx.is_array(&errors) && (keys.is_empty() || !keys.iter().any(|k| k.same(&errors_k))) {
            keys.push(errors_k);
        }

        stack = improve_stack(stack, constructor, &name, tag);

        let message = cx.get(&err, "message")?;
        let mut pos: isize = -1;
        if cx.to_bool(&message)? {
            let m = self.js_string(&message)?;
            if let Some(p) = find_utf16(&stack, &m, 0) {
                if p != 0 {
                    pos = p as isize;
                }
            }
            if pos != -1 {
                pos += utf16_len(&m) as isize;
            }
        }
        let from = if pos < 0 { 0 } else { pos as usize };
        match find_utf16(&stack, "\n    at", from) {
            None => stack = format!("[{stack}]"),
            Some(start) => {
                let start_b = byte_offset(&stack, start);
                let mut new_stack = stack[..start_b].to_string();
                let frames_part = &stack[start_b + 1..];
                let lines = self.get_stack_frames(err, frames_part)?;
                if self.o.colors {
                    let cwd = self.working_dir();
                    for line in lines {
                        new_stack.push('\n');
                        if is_core_module_line(&line) {
                            new_stack.push_str(&self.stylize(line, "undefined")?);
                        } else {
                            let mut line = self.mark_node_modules(line)?;
                            if let Some((cwd, cwd_url)) = &cwd {
                                let marked = self.mark_cwd(&line, cwd)?;
                                line = if marked == line { self.mark_cwd(&line, cwd_url)? } else { marked };
                            }
                            new_stack.push_str(&line);
                        }
                    }
                } else {
                    new_stack.push('\n');
                    new_stack.push_str(&lines.join("\n"));
                }
                stack = new_stack;
            }
        }
        if self.indentation_lvl != 0 {
            let ind = format!("\n{}", " ".repeat(self.indentation_lvl));
            stack = stack.replace('\n', &ind);
        }
        Ok(stack)
    }

    /// `String(v)` (symbols allowed).
    fn js_string(&mut self, v: &impl JsRef) -> JsResult<String> {
        if self.cx.is_symbol(v) {
            return self.symbol_string(v);
        }
        self.string_of(v)
    }

    fn get_stack_frames(&mut self, err: Arg<'_>, stack: &str) -> JsResult<Vec<String>> {
        let cx = self.cx;
        let mut frames: Vec<String> = stack.split('\n').map(String::from).collect();
        let cause = match cx.get(&err, "cause") {
            Ok(c) => c,
            Err(_) => {
                let _ = cx.take_exception();
                cx.undefined()
            }
        };
        if !cx.is_nullish(&cause) && cx.is_object(&cause) {
            let kind = cx.kind_of(&cause);
            if self.is_error(cause.as_arg(), kind)? {
                let cause_stack = self.stack_string(cause.as_arg())?;
                if let Some(start) = cause_stack.find("\n    at") {
                    let cause_frames: Vec<&str> = cause_stack[start + 1..].split('\n').collect();
                    let (len, offset) = identical_sequence_range(&frames, &cause_frames);
                    if len > 0 {
                        let skipped = len - 2;
                        let msg = format!("    ... {skipped} lines matching cause stack trace ...");
                        let styled = self.stylize(msg, "undefined")?;
                        frames.splice(offset + 1..offset + 1 + skipped, [styled]);
                    }
                }
            }
        }
        Ok(frames)
    }

    fn mark_node_modules(&mut self, line: String) -> JsResult<String> {
        let mut temp = String::new();
        let mut last = 0;
        let mut from = 0;
        let b = line.as_bytes();
        while let Some(p) = line[from..].find("node_modules").map(|p| p + from) {
            let sep = if p > 0 { b[p - 1] } else { 0 };
            let after = b.get(p + 12).copied().unwrap_or(0);
            if (after != b'/' && after != b'\\') || (sep != b'/' && sep != b'\\') {
                from = p + 1;
                continue;
            }
            let start = p + 13;
            temp.push_str(&line[last..start]);
            let mut end = line[start..].find(sep as char).map(|e| e + start);
            if b.get(start) == Some(&b'@') {
                end = end.and_then(|e| line[e + 1..].find(sep as char).map(|x| x + e + 1));
            }
            let end = end.unwrap_or(line.len());
            let m = line[start..end].to_string();
            temp.push_str(&self.stylize(m, "module")?);
            last = end;
            from = end;
            if from >= line.len() {
                break;
            }
        }
        if last != 0 {
            temp.push_str(&line[last..]);
            return Ok(temp);
        }
        Ok(line)
    }

    /// The directory stack frames are shown relative to: `process.cwd()` (a
    /// program or test may replace it, as Node reads it too) and its file
    /// URL as `url.pathToFileURL` spells it, for ESM frames.
    fn working_dir(&mut self) -> Option<(String, String)> {
        let cx = self.cx;
        let from_js = (|| -> JsResult<(String, String)> {
            let process = cx.get(&cx.global(), "process")?;
            let cwd_fn = cx.get(&process, "cwd")?;
            let dir = cx.call(&cwd_fn, &process, &[])?;
            let dir_text = cx.to_string(&dir)?;
            let url = crate::registry::load_cjs(cx, "url")?;
            let to_url = cx.get(&url, "pathToFileURL")?;
            let href = cx.get(&cx.call(&to_url, &url, &[dir.as_arg()])?, "href")?;
            Ok((dir_text, cx.to_string(&href)?))
        })();
        match from_js {
            Ok(v) => Some(v),
            Err(_) => {
                let _ = cx.take_exception();
                let dir = std::env::current_dir().ok()?.to_string_lossy().into_owned();
                let url = format!("file://{dir}");
                Some((dir, url))
            }
        }
    }

    fn mark_cwd(&mut self, line: &str, cwd: &str) -> JsResult<String> {
        let Some(mut pos) = line.find(cwd) else { return Ok(line.to_string()) };
        let mut cwd_len = cwd.len();
        if pos >= 7 && line.get(pos - 7..pos) == Some("file://") {
            cwd_len += 7;
            pos -= 7;
        }
        let start = if pos > 0 && line.as_bytes()[pos - 1] == b'(' { pos - 1 } else { pos };
        let paren_end = start != pos && line.ends_with(')');
        let end = if paren_end { line.len() - 1 } else { line.len() };
        // One character past the directory (its separator), on a char boundary.
        let mut wd_end = (pos + cwd_len).min(line.len());
        if let Some(c) = line[wd_end..].chars().next() {
            wd_end += c.len_utf8();
        }
        let mut out = line[..start].to_string();
        out.push_str(&self.stylize(line[start..wd_end].to_string(), "undefined")?);
        if wd_end < end {
            out.push_str(&line[wd_end..end]);
        }
        if paren_end {
            out.push_str(&self.stylize(")".into(), "undefined")?);
        }
        Ok(out)
    }

    // ----- the formatters --------------------------------------------------------------

    fn remaining_text(remaining: f64) -> String {
        format!("... {} more item{}", text::js_number(remaining), if remaining > 1.0 { "s" } else { "" })
    }

    async fn format_array(&mut self, value: Arg<'_>, recurse_times: i64) -> JsResult<Vec<String>> {
        let cx = self.cx;
        let len_v = cx.get(&value, "length")?;
        let val_len = cx.to_f64(&len_v)?;
        let len = jmin(jmax(0.0, self.o.max_array_length), val_len);
        let remaining = val_len - len;
        let mut output = Vec::new();
        let mut i: u32 = 0;
        while (i as f64) < len {
            let key = cx.key_index(i);
            let Some(desc) = cx.own_property(&value, &key)? else {
                return self.format_special_array(value, recurse_times, len, output, i as usize, val_len).await;
            };
            output.push(self.format_property(value, recurse_times, &key, Extras::Array, Some(desc), value).await?);
            i += 1;
        }
        if remaining > 0.0 {
            output.push(Self::remaining_text(remaining));
        }
        Ok(output)
    }

    async fn format_special_array(
        &mut self,
        value: Arg<'_>,
        recurse_times: i64,
        max_length: f64,
        mut output: Vec<String>,
        mut i: usize,
        val_len: f64,
    ) -> JsResult<Vec<String>> {
        let cx = self.cx;
        let keys = cx.own_property_keys(&value, KeyFilter { strings: true, symbols: false, enumerable_only: true })?;
        let mut index: f64 = i as f64;
        while i < keys.len() && (output.len() as f64) < max_length {
            let key = &keys[i];
            let kb = cx.key_bytes(key);
            let Some(tmp) = text::array_index(&kb) else { break };
            let tmp = tmp as f64;
            if text::js_number(index).as_bytes() != kb.as_slice() {
                let empty = tmp - index;
                let msg = format!("<{} empty item{}>", text::js_number(empty), if empty > 1.0 { "s" } else { "" });
                output.push(self.stylize(msg, "undefined")?);
                index = tmp;
                if output.len() as f64 == max_length {
                    break;
                }
            }
            output.push(self.format_property(value, recurse_times, key, Extras::Array, None, value).await?);
            index += 1.0;
            i += 1;
        }
        let remaining = val_len - index;
        if output.len() as f64 != max_length {
            if remaining > 0.0 {
                let msg = format!("<{} empty item{}>", text::js_number(remaining), if remaining > 1.0 { "s" } else { "" });
                output.push(self.stylize(msg, "undefined")?);
            }
        } else if remaining > 0.0 {
            output.push(Self::remaining_text(remaining));
        }
        Ok(output)
    }

    async fn format_typed_array(&mut self, value: Arg<'_>, length: usize, bigint: bool, recurse_times: i64) -> JsResult<Vec<String>> {
        let cx = self.cx;
        let max_length = jmin(jmax(0.0, self.o.max_array_length), length as f64);
        let remaining = length as f64 - max_length;
        let n = if max_length.is_nan() { 0 } else { max_length as usize };
        let mut output = Vec::with_capacity(n + 1);
        for i in 0..n {
            let el = cx.get_index(&value, i as u32)?;
            let s = if bigint {
                let d = self.string_of(&el)?;
                format_bigint(&d, self.o.numeric_separator)
            } else {
                format_number(cx.as_number(&el).unwrap_or(f64::NAN), self.o.numeric_separator)
            };
            output.push(self.stylize(s, if bigint { "bigint" } else { "number" })?);
        }
        if remaining > 0.0 {
            output.push(Self::remaining_text(remaining));
        }
        if self.o.show_hidden {
            self.indentation_lvl += 2;
            for key in ["BYTES_PER_ELEMENT", "length", "byteLength", "byteOffset", "buffer"] {
                let v = cx.get(&value, key)?;
                let s = self.rec(v.as_arg(), recurse_times, true).await;
                let s = match s {
                    Ok(s) => s,
                    Err(t) => {
                        self.indentation_lvl -= 2;
                        return Err(t);
                    }
                };
                output.push(format!("[{key}]: {s}"));
            }
            self.indentation_lvl -= 2;
        }
        Ok(output)
    }

    async fn format_set(&mut self, value: Arg<'_>, recurse_times: i64) -> JsResult<Vec<String>> {
        let cx = self.cx;
        let size = self.collection_size(value, "setSize")? as f64;
        let max_length = jmin(jmax(0.0, self.o.max_array_length), size);
        let remaining = size - max_length;
        let max = cx.number(max_length);
        let preview = self.call_intr("setPreview", &cx.undefined(), &[value, max.as_arg()])?;
        let n = cx.to_f64(&cx.get(&preview, "length")?)? as u32;
        let mut output = Vec::new();
        self.indentation_lvl += 2;
        for i in 1..n {
            let v = cx.get_index(&preview, i)?;
            match self.rec(v.as_arg(), recurse_times, false).await {
                Ok(s) => output.push(s),
                Err(t) => {
                    self.indentation_lvl -= 2;
                    return Err(t);
                }
            }
        }
        if remaining > 0.0 {
            output.push(Self::remaining_text(remaining));
        }
        self.indentation_lvl -= 2;
        Ok(output)
    }

    async fn format_map(&mut self, value: Arg<'_>, recurse_times: i64) -> JsResult<Vec<String>> {
        let cx = self.cx;
        let size = self.collection_size(value, "mapSize")? as f64;
        let max_length = jmin(jmax(0.0, self.o.max_array_length), size);
        let remaining = size - max_length;
        let max = cx.number(max_length);
        let preview = self.call_intr("mapPreview", &cx.undefined(), &[value, max.as_arg()])?;
        let n = cx.to_f64(&cx.get(&preview, "length")?)? as u32;
        let mut output = Vec::new();
        self.indentation_lvl += 2;
        let mut i = 1;
        while i + 1 < n {
            let k = cx.get_index(&preview, i)?;
            let v = cx.get_index(&preview, i + 1)?;
            let r = match self.rec(k.as_arg(), recurse_times, false).await {
                Ok(a) => self.rec(v.as_arg(), recurse_times, false).await.map(|b| format!("{a} => {b}")),
                Err(t) => Err(t),
            };
            match r {
                Ok(s) => output.push(s),
                Err(t) => {
                    self.indentation_lvl -= 2;
                    return Err(t);
                }
            }
            i += 2;
        }
        if remaining > 0.0 {
            output.push(Self::remaining_text(remaining));
        }
        self.indentation_lvl -= 2;
        Ok(output)
    }

    fn format_array_buffer(&mut self, value: Arg<'_>) -> JsResult<Vec<String>> {
        let cx = self.cx;
        let Some(bytes) = cx.array_buffer_bytes(&value) else {
            return Ok(vec![self.special("(detached)")?]);
        };
        let max = jmin(self.o.max_array_length, bytes.len() as f64);
        let n = if max.is_nan() || max < 0.0 { 0 } else { max as usize };
        let mut s = String::with_capacity(n * 3);
        for (i, b) in bytes[..n].iter().enumerate() {
            if i > 0 {
                s.push(' ');
            }
            s.push_str(&format!("{b:02x}"));
        }
        let remaining = bytes.len() as f64 - self.o.max_array_length;
        if remaining > 0.0 {
            s.push_str(&format!(
                " ... {} more byte{}",
                text::js_number(remaining),
                if remaining > 1.0 { "s" } else { "" }
            ));
        }
        Ok(vec![format!("{}: <{s}>", self.special("[Uint8Contents]")?)])
    }

    async fn format_promise(&mut self, value: Arg<'_>, recurse_times: i64) -> JsResult<Vec<String>> {
        let Some((state, result)) = self.cx.promise_state(&value) else {
            return Ok(vec![self.special("<pending>")?]);
        };
        if state == PromiseState::Pending {
            return Ok(vec![self.special("<pending>")?]);
        }
        self.indentation_lvl += 2;
        let s = self.rec(result.as_arg(), recurse_times, false).await;
        self.indentation_lvl -= 2;
        let s = s?;
        Ok(vec![if state == PromiseState::Rejected { format!("{} {s}", self.special("<rejected>")?) } else { s }])
    }

    async fn format_iterator(&mut self, braces: &mut (String, String), value: Arg<'_>, recurse_times: i64) -> JsResult<Vec<String>> {
        let cx = self.cx;
        let Some((coll, kind, st)) = cx.collection_iterator_parts(&value) else {
            return Ok(Vec::new());
        };
        let is_map = cx.kind_of(&coll) == Kind::Map;
        let mut entries: Vec<Value> = Vec::new();
        if st != IterState::Done && cx.is_object(&coll) {
            let big = cx.number(f64::INFINITY);
            let preview = if is_map {
                self.call_intr("mapPreview", &cx.undefined(), &[coll.as_arg(), big.as_arg()])?
            } else {
                self.call_intr("setPreview", &cx.undefined(), &[coll.as_arg(), big.as_arg()])?
            };
            let n = cx.to_f64(&cx.get(&preview, "length")?)? as u32;
            if is_map {
                let mut i = 1;
                while i + 1 < n {
                    let k = cx.get_index(&preview, i)?;
                    let v = cx.get_index(&preview, i + 1)?;
                    match kind {
                        0 => entries.push(k),
                        1 => entries.push(v),
                        _ => {
                            entries.push(k);
                            entries.push(v);
                        }
                    }
                    i += 2;
                }
            } else {
                for i in 1..n {
                    let v = cx.get_index(&preview, i)?;
                    if kind == 2 {
                        entries.push(v.dup());
                    }
                    entries.push(v);
                }
            }
        }
        if kind == 2 {
            if braces.0.ends_with(" Iterator] {") {
                let b = &braces.0[..braces.0.len() - " Iterator] {".len()];
                braces.0 = format!("{b} Entries] {{");
            }
            return self.format_map_iter_inner(recurse_times, &entries).await;
        }
        self.format_set_iter_inner(recurse_times, &entries).await
    }

    async fn format_set_iter_inner(&mut self, recurse_times: i64, entries: &[Value]) -> JsResult<Vec<String>> {
        let max = jmax(self.o.max_array_length, 0.0);
        let max_length = jmin(max, entries.len() as f64);
        let n = if max_length.is_nan() { 0 } else { max_length as usize };
        let mut output = Vec::with_capacity(n + 1);
        self.indentation_lvl += 2;
        for e in &entries[..n] {
            match self.rec(e.as_arg(), recurse_times, false).await {
                Ok(s) => output.push(s),
                Err(t) => {
                    self.indentation_lvl -= 2;
                    return Err(t);
                }
            }
        }
        self.indentation_lvl -= 2;
        let remaining = entries.len() as f64 - max_length;
        if remaining > 0.0 {
            output.push(Self::remaining_text(remaining));
        }
        Ok(output)
    }

    async fn format_map_iter_inner(&mut self, recurse_times: i64, entries: &[Value]) -> JsResult<Vec<String>> {
        let max = jmax(self.o.max_array_length, 0.0);
        let len = (entries.len() / 2) as f64;
        let remaining = len - max;
        let max_length = jmin(max, len);
        let n = if max_length.is_nan() { 0 } else { max_length as usize };
        let mut output = Vec::with_capacity(n + 1);
        self.indentation_lvl += 2;
        for i in 0..n {
            let r = match self.rec(entries[2 * i].as_arg(), recurse_times, false).await {
                Ok(a) => match self.rec(entries[2 * i + 1].as_arg(), recurse_times, false).await {
                    Ok(b) => self.reduce_to_single_string(
                        vec![a, b],
                        String::new(),
                        ("[".into(), "]".into()),
                        Extras::ArrayExtras,
                        recurse_times,
                        None,
                    ),
                    Err(t) => Err(t),
                },
                Err(t) => Err(t),
            };
            match r {
                Ok(s) => output.push(s),
                Err(t) => {
                    self.indentation_lvl -= 2;
                    return Err(t);
                }
            }
        }
        self.indentation_lvl -= 2;
        if remaining > 0.0 {
            output.push(Self::remaining_text(remaining));
        }
        Ok(output)
    }

    async fn format_namespace(&mut self, keys: Vec<PropKey>, value: Arg<'_>, recurse_times: i64) -> JsResult<Vec<String>> {
        let cx = self.cx;
        let mut output = Vec::with_capacity(keys.len());
        for key in &keys {
            match self.format_property(value, recurse_times, key, Extras::Object, None, value).await {
                Ok(s) => output.push(s),
                Err(t) => {
                    let e = cx.take_exception();
                    let name = cx.get(&e, "name").ok().and_then(|n| cx.to_string(&n).ok()).unwrap_or_default();
                    if name != "ReferenceError" {
                        let _ = cx.throw(e);
                        return Err(t);
                    }
                    let tmp = cx.object()?;
                    cx.define_key(&tmp, key, cx.string("")?, true, true, true)?;
                    let s = self.format_property(tmp.as_arg(), recurse_times, key, Extras::Object, None, tmp.as_arg()).await?;
                    let pos = s.rfind(' ').map(|p| p + 1).unwrap_or(0);
                    let u = self.special("<uninitialized>")?;
                    output.push(format!("{}{u}", &s[..pos]));
                }
            }
        }
        Ok(output)
    }

    // ----- formatProperty ----------------------------------------------------------------

    async fn format_property(
        &mut self,
        value: Arg<'_>,
        recurse_times: i64,
        key: &PropKey,
        ty: Extras,
        desc: Option<PropDesc>,
        original: Arg<'_>,
    ) -> JsResult<String> {
        let cx = self.cx;
        let desc = match desc {
            Some(d) => d,
            None => match cx.own_property(&value, key)? {
                Some(d) => d,
                None => PropDesc {
                    value: cx.get_key(&value, key)?,
                    getter: cx.undefined(),
                    setter: cx.undefined(),
                    enumerable: true,
                    writable: true,
                    configurable: true,
                    accessor: false,
                },
            },
        };
        let mut extra = String::from(" ");
        let str_;
        if !cx.is_undefined(&desc.value) {
            let diff = if self.o.compact != Compact::True || ty != Extras::Object { 2 } else { 3 };
            self.indentation_lvl += diff;
            let r = self.rec(desc.value.as_arg(), recurse_times, false).await;
            if let Ok(s) = &r {
                if diff == 3 && self.o.break_length < self.twidth(s) as f64 {
                    extra = format!("\n{}", " ".repeat(self.indentation_lvl));
                }
            }
            self.indentation_lvl -= diff;
            str_ = r?;
        } else if !cx.is_undefined(&desc.getter) {
            let has_set = !cx.is_undefined(&desc.setter);
            let label = if has_set { "Getter/Setter" } else { "Getter" };
            let call = match self.o.getters {
                Getters::All => true,
                Getters::Get => !has_set,
                Getters::Set => has_set,
                Getters::No => false,
            };
            if call {
                let r: JsResult<String> = async {
                    let tmp = cx.call(&desc.getter, &original, &[])?;
                    self.indentation_lvl += 2;
                    let s = if cx.is_null(&tmp) {
                        let a = self.special(format!("[{label}:"))?;
                        let b = self.stylize("null".into(), "null")?;
                        let c = self.special("]")?;
                        format!("{a} {b}{c}")
                    } else if cx.is_object(&tmp) && !cx.is_function(&tmp) {
                        let a = self.special(format!("[{label}]"))?;
                        format!("{a} {}", self.rec(tmp.as_arg(), recurse_times, false).await?)
                    } else {
                        let p = self.format_primitive(tmp.as_arg(), true)?;
                        let a = self.special(format!("[{label}:"))?;
                        let c = self.special("]")?;
                        format!("{a} {p}{c}")
                    };
                    self.indentation_lvl -= 2;
                    Ok(s)
                }
                .await;
                str_ = match r {
                    Ok(s) => s,
                    Err(t) => {
                        if self.overflow {
                            return Err(t);
                        }
                        let e = cx.take_exception();
                        let m = cx.get(&e, "message").and_then(|m| self.js_string(&m))?;
                        let a = self.special(format!("[{label}:"))?;
                        let c = self.special("]")?;
                        format!("{a} <Inspection threw ({m})>{c}")
                    }
                };
            } else {
                str_ = self.special(format!("[{label}]"))?;
            }
        } else if !cx.is_undefined(&desc.setter) {
            str_ = self.special("[Setter]")?;
        } else {
            str_ = self.stylize("undefined".into(), "undefined")?;
        }
        if ty == Extras::Array {
            return Ok(str_);
        }
        let kv = key.to_value()?;
        let name = if cx.is_symbol(&kv) {
            let s = self.symbol_string(&kv)?;
            let esc = text::escape_unquoted(&crate::lone_surrogates::to_units(&s));
            format!("[{}]", self.stylize(esc, "symbol")?)
        } else {
            let kb = cx.key_bytes(key);
            if kb == b"__proto__" {
                "['__proto__']".to_string()
            } else if !desc.enumerable {
                format!("[{}]", text::escape_unquoted(&wtf8_to_units(&kb)))
            } else if text::is_identifier_key(&kb) {
                let s = String::from_utf8_lossy(&kb).into_owned();
                self.stylize(s, "name")?
            } else {
                self.stylize(str_escape(&wtf8_to_units(&kb)), "string")?
            }
        };
        Ok(format!("{name}:{extra}{str_}"))
    }

    // ----- layout --------------------------------------------------------------------

    fn is_below_break_length(&self, output: &[String], start: usize, base: &str) -> bool {
        let mut total = (output.len() + start) as f64;
        if total + output.len() as f64 > self.o.break_length {
            return false;
        }
        for o in output {
            total += if self.o.colors { utf16_len(&remove_colors(o)) } else { self.tlen(o) } as f64;
            if total > self.o.break_length {
                return false;
            }
        }
        base.is_empty() || !base.contains('\n')
    }

    fn reduce_to_single_string(
        &mut self,
        output: Vec<String>,
        base: String,
        braces: (String, String),
        extras: Extras,
        recurse_times: i64,
        value: Option<Arg>,
    ) -> JsResult<String> {
        let mut output = output;
        if self.o.compact != Compact::True {
            if let Compact::Num(c) = self.o.compact {
                if c >= 1.0 {
                    let entries = output.len();
                    if extras == Extras::ArrayExtras && entries > 6 {
                        output = self.group_array_elements(output, value)?;
                    }
                    if ((self.current_depth - recurse_times) as f64) < c && entries == output.len() {
                        let start = output.len() + self.indentation_lvl + utf16_len(&braces.0) + utf16_len(&base) + 10;
                        if self.is_below_break_length(&output, start, &base) {
                            let joined = output.join(", ");
                            if !joined.contains('\n') {
                                let b = if base.is_empty() { String::new() } else { format!("{base} ") };
                                return Ok(format!("{b}{} {joined} {}", braces.0, braces.1));
                            }
                        }
                    }
                }
            }
            let indentation = format!("\n{}", " ".repeat(self.indentation_lvl));
            let b = if base.is_empty() { String::new() } else { format!("{base} ") };
            return Ok(format!(
                "{b}{}{indentation}  {}{indentation}{}",
                braces.0,
                output.join(&format!(",{indentation}  ")),
                braces.1
            ));
        }
        if self.is_below_break_length(&output, 0, &base) {
            let b = if base.is_empty() { String::new() } else { format!(" {base}") };
            return Ok(format!("{}{b} {} {}", braces.0, output.join(", "), braces.1));
        }
        let indentation = " ".repeat(self.indentation_lvl);
        let ln = if base.is_empty() && braces.0.len() == 1 {
            " ".to_string()
        } else {
            let b = if base.is_empty() { String::new() } else { format!(" {base}") };
            format!("{b}\n{indentation}  ")
        };
        Ok(format!("{}{ln}{} {}", braces.0, output.join(&format!(",\n{indentation}  ")), braces.1))
    }

    fn group_array_elements(&mut self, output: Vec<String>, value: Option<Arg>) -> JsResult<Vec<String>> {
        let cx = self.cx;
        let mut total_length = 0usize;
        let mut max_length = 0usize;
        let mut output_length = output.len();
        if self.o.max_array_length < output.len() as f64 {
            output_length -= 1;
        }
        let separator_space = 2;
        let mut data_len = Vec::with_capacity(output_length);
        for o in &output[..output_length] {
            let len = self.twidth(o);
            data_len.push(len);
            total_length += len + separator_space;
            if max_length < len {
                max_length = len;
            }
        }
        let actual_max = (max_length + separator_space) as f64;
        let bl = self.o.break_length;
        let il = self.indentation_lvl as f64;
        if actual_max * 3.0 + il < bl && (total_length as f64 / actual_max > 5.0 || max_length <= 6) {
            let approx_char_heights = 2.5;
            let average_bias = (actual_max - total_length as f64 / output.len() as f64).sqrt();
            let biased_max = (actual_max - 3.0 - average_bias).max(1.0);
            let compact = match self.o.compact {
                Compact::Num(c) => c,
                _ => 0.0,
            };
            let columns = jmin(
                jmin(
                    js_round((approx_char_heights * biased_max * output_length as f64).sqrt() / biased_max),
                    ((bl - il) / actual_max).floor(),
                ),
                jmin(compact * 4.0, 15.0),
            );
            if columns.is_nan() || columns <= 1.0 {
                return Ok(output);
            }
            let columns = columns as usize;
            let mut tmp = Vec::new();
            let mut max_line_length = Vec::with_capacity(columns);
            for i in 0..columns {
                let mut line_max = 0;
                let mut j = i;
                while j < output.len() {
                    if let Some(d) = data_len.get(j) {
                        if *d > line_max {
                            line_max = *d;
                        }
                    }
                    j += columns;
                }
                max_line_length.push(line_max + separator_space);
            }
            let mut pad_start = true;
            if let Some(v) = value {
                for i in 0..output.len() {
                    let e = cx.get_index(&v, i as u32)?;
                    if !cx.is_number(&e) && !cx.is_bigint(&e) {
                        pad_start = false;
                        break;
                    }
                }
            }
            let mut i = 0;
            while i < output_length {
                let max = (i + columns).min(output_length);
                let mut s = String::new();
                let mut j = i;
                while j + 1 < max {
                    let cell = format!("{}, ", output[j]);
                    let padding = max_line_length[j - i] + utf16_len(&output[j]) - data_len[j];
                    s.push_str(&pad(&cell, padding, pad_start));
                    j += 1;
                }
                if pad_start {
                    let padding = (max_line_length[j - i] + utf16_len(&output[j])).saturating_sub(data_len[j] + separator_space);
                    s.push_str(&pad(&output[j], padding, true));
                } else {
                    s.push_str(&output[j]);
                }
                tmp.push(s);
                i += columns;
            }
            if self.o.max_array_length < output.len() as f64 {
                tmp.push(output[output_length].clone());
            }
            return Ok(tmp);
        }
        Ok(output)
    }
}

fn js_round(x: f64) -> f64 {
    (x + 0.5).floor()
}

fn pad(s: &str, width: usize, start: bool) -> String {
    let len = utf16_len(s);
    if len >= width {
        return s.to_string();
    }
    let fill = " ".repeat(width - len);
    if start {
        format!("{fill}{s}")
    } else {
        format!("{s}{fill}")
    }
}

/// `str.replace(/\u001b\[\d\d?m/g, '')`
pub fn remove_colors(s: &str) -> String {
    if !s.contains('\u{1b}') {
        return s.to_string();
    }
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == 0x1b && b.get(i + 1) == Some(&b'[') && b.get(i + 2).is_some_and(|c| c.is_ascii_digit()) {
            if b.get(i + 3) == Some(&b'm') {
                i += 4;
                continue;
            }
            if b.get(i + 3).is_some_and(|c| c.is_ascii_digit()) && b.get(i + 4) == Some(&b'm') {
                i += 5;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_default()
}

fn get_prefix(constructor: Option<&str>, tag: &str, fallback: &str, size: &str) -> String {
    match constructor {
        None => {
            if !tag.is_empty() && fallback != tag {
                format!("[{fallback}{size}: null prototype] [{tag}] ")
            } else {
                format!("[{fallback}{size}: null prototype] ")
            }
        }
        Some(c) => {
            if !tag.is_empty() && c != tag {
                format!("{c}{size} [{tag}] ")
            } else {
                format!("{c}{size} ")
            }
        }
    }
}

fn get_iterator_braces(ty: &str, tag: &str) -> (String, String) {
    let mut tag = tag.to_string();
    let full = format!("{ty} Iterator");
    if tag != full {
        if !tag.is_empty() {
            tag.push_str("] [");
        }
        tag.push_str(&full);
    }
    (format!("[{tag}] {{"), "}".into())
}

fn improve_stack(stack: String, constructor: Option<&str>, name: &str, tag: &str) -> String {
    let mut len = utf16_len(name);
    let name_at = stack.starts_with(name);
    let next = stack.get(name.len()..).and_then(|r| r.chars().next());
    if constructor.is_none()
        || (name.ends_with("Error") && name_at && (next.is_none() || next == Some(':') || next == Some('\n')))
    {
        let mut fallback = String::from("Error");
        if constructor.is_none() {
            let start = error_name_prefix(&stack);
            fallback = start.clone().unwrap_or_default();
            len = utf16_len(&fallback);
            if fallback.is_empty() {
                fallback = "Error".into();
            }
        }
        let prefix = get_prefix(constructor, tag, &fallback, "");
        let prefix = &prefix[..prefix.len() - 1];
        if name != prefix {
            let cut = byte_offset(&stack, len);
            if prefix.contains(name) {
                if len == 0 {
                    return format!("{prefix}: {stack}");
                }
                return format!("{prefix}{}", &stack[cut..]);
            }
            return format!("{prefix} [{name}]{}", &stack[cut..]);
        }
    }
    stack
}

/// `/^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/` or `/^([a-z_A-Z0-9-]*Error)$/`.
fn error_name_prefix(stack: &str) -> Option<String> {
    let b = stack.as_bytes();
    if b.first().is_some_and(|c| c.is_ascii_uppercase()) {
        let ok = |c: u8| c.is_ascii_alphanumeric() || b"_ []()-".contains(&c);
        let mut end = 1;
        while end < b.len() && ok(b[end]) {
            end += 1;
        }
        // Backtrack to the last position followed by ':' or '\n    at'.
        let mut e = end;
        while e > 1 {
            let rest = &stack[e..];
            if rest.starts_with(':') || rest.starts_with("\n    at") {
                return Some(stack[..e].to_string());
            }
            e -= 1;
        }
    }
    let ok = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c == b'-';
    if stack.ends_with("Error") && b.iter().all(|c| ok(*c)) {
        return Some(stack.to_string());
    }
    None
}

fn identical_sequence_range(a: &[String], b: &[&str]) -> (usize, usize) {
    if a.len() > 3 {
        for i in 0..a.len() - 3 {
            if let Some(pos) = b.iter().position(|x| *x == a[i]) {
                let rest = b.len() - pos;
                if rest > 3 {
                    let mut len = 1;
                    let max_len = (a.len() - i).min(rest);
                    while max_len > len && a[i + len] == b[pos + len] {
                        len += 1;
                    }
                    if len > 3 {
                        return (len, i);
                    }
                }
            }
        }
    }
    (0, 0)
}

fn is_core_module_line(line: &str) -> bool {
    // /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/ for built-in module names.
    let Some(rest) = line.strip_prefix("    at ") else { return false };
    let rest = match rest.find(" (") {
        Some(p) if !rest[..p].contains(['/', '\\', '(']) => &rest[p + 2..],
        _ => rest,
    };
    // The library's own modules are this runtime's core frames.
    rest.starts_with("node:") || rest.starts_with("<jsrt-node:")
}

fn strip_comments(s: &str) -> String {
    let mut out = String::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'/' && b.get(i + 1) == Some(&b'/') {
            match s[i..].find('\n') {
                Some(n) => i += n + 1,
                None => {
                    out.push_str(&s[i..]);
                    break;
                }
            }
        } else if b[i] == b'/' && b.get(i + 1) == Some(&b'*') {
            match s[i + 2..].find("*/") {
                Some(n) => i += n + 4,
                None => {
                    out.push_str(&s[i..]);
                    break;
                }
            }
        } else {
            let c = s[i..].chars().next().unwrap_or(' ');
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

/// `/^(\s+[^(]*?)\s*{/`
fn class_regexp_matches(s: &str) -> bool {
    if !s.starts_with(char::is_whitespace) {
        return false;
    }
    match (s.find('{'), s.find('(')) {
        (Some(b), Some(p)) => b < p,
        (Some(_), None) => true,
        _ => false,
    }
}

/// Position (in UTF-16 units) of `needle` in `hay` at or after unit `from`.
fn find_utf16(hay: &str, needle: &str, from: usize) -> Option<usize> {
    let start = byte_offset(hay, from);
    hay.get(start..)?.find(needle).map(|b| from + utf16_len(&hay[start..start + b]))
}

/// Byte offset of UTF-16 unit `units` in `s` (clamped).
fn byte_offset(s: &str, units: usize) -> usize {
    if s.is_ascii() {
        return units.min(s.len());
    }
    let mut n = 0;
    for (i, c) in s.char_indices() {
        if n >= units {
            return i;
        }
        n += c.len_utf16();
    }
    s.len()
}

crate::js_fn!(stylize_no_color => do_stylize_no_color);
fn do_stylize_no_color(cx: Ctx, _this: Arg<'_>, args: Args) -> JsResult<Value> {
    Ok(cx.dup(&args.get(0)))
}

crate::js_fn!(stylize_with_color => do_stylize_with_color);
fn do_stylize_with_color(cx: Ctx, _this: Arg<'_>, args: Args) -> JsResult<Value> {
    let s = args.get(0);
    let style = cx.to_string(&args.get(1))?;
    let inspect = state::inspect_function(cx)?;
    let styles = cx.get(&inspect, "styles")?;
    let name = cx.get(&styles, &style)?;
    if !cx.is_undefined(&name) {
        let colors = cx.get(&inspect, "colors")?;
        let key = cx.key_from_value(&name)?;
        let color = cx.get_key(&colors, &key)?;
        if !cx.is_undefined(&color) {
            let a = cx.to_string(&cx.get_index(&color, 0)?)?;
            let b = cx.to_string(&cx.get_index(&color, 1)?)?;
            let body = text::wtf8_lossy(cx.to_str(&s)?.as_bytes());
            return crate::lone_surrogates::to_js(cx, &format!("\u{1b}[{a}m{body}\u{1b}[{b}m"));
        }
    }
    Ok(cx.dup(&s))
}

// ----- entry points ---------------------------------------------------------------------

/// Runs one inspection with resolved options.
pub fn inspect_with(cx: Ctx, v: Arg<'_>, o: Options) -> JsResult<String> {
    let mut ins = Inspector::new(cx, o)?;
    ins.run(v)
}

crate::js_fn!(pub util_inspect => do_util_inspect);
fn do_util_inspect(cx: Ctx, _this: Arg<'_>, args: Args) -> JsResult<Value> {
    let mut o = Options::defaults(cx)?;
    if args.len() > 1 {
        if args.len() > 2 {
            let d = args.get(2);
            if !cx.is_undefined(&d) {
                o.set(cx, "depth", cx.dup(&d))?;
            }
            if args.len() > 3 {
                let c = args.get(3);
                if !cx.is_undefined(&c) {
                    o.set(cx, "colors", cx.dup(&c))?;
                }
            }
        }
        let opts = args.get(1);
        if cx.is_bool(&opts) {
            o.set(cx, "showHidden", cx.dup(&opts))?;
        } else if cx.is_object(&opts) {
            o.apply_object(cx, &opts)?;
        }
    }
    let s = inspect_with(cx, args.get(0), o)?;
    crate::lone_surrogates::to_js(cx, &s)
}

/// `util.inspect(value, { depth })` for other modules' messages; never throws
/// (an exception while inspecting gives a short placeholder).
pub fn inspect(cx: Ctx, v: &impl JsRef, depth: i32) -> String {
    let r = Options::defaults(cx).and_then(|mut o| {
        o.depth = Some(depth as f64);
        inspect_with(cx, Arg::new_from(v), o)
    });
    r.unwrap_or_else(|_| {
        let _ = cx.take_exception();
        "[object]".into()
    })
}

/// `util.inspect(value)`, as ERR_INVALID_ARG_VALUE messages show values.
pub fn inspect_short(cx: Ctx, v: &impl JsRef) -> String {
    inspect(cx, v, 2)
}

/// `util.inspect(value, { depth: -1 })` (`determineSpecificType`).
pub fn inspect_depth_minus_one(cx: Ctx, v: &impl JsRef) -> String {
    inspect(cx, v, -1)
}

/// Node's quoting of a string inside inspected output (`'a'`, `"it's"`, …).
pub fn quote(s: &str) -> String {
    str_escape(&s.encode_utf16().collect::<Vec<u16>>())
}

/// `s.length > max ? s.slice(0, keep) + '...' : s`, counted in UTF-16 units.
pub fn utf16_truncate(bytes: &[u8], max: usize, keep: usize) -> String {
    let units = wtf8_to_units(bytes);
    if units.len() > max {
        format!("{}...", text::units_to_string(&units[..keep]))
    } else {
        text::units_to_string(&units)
    }
}

/// `util.format(...args)` as a Rust string (console.log's formatting).
pub fn format(cx: Ctx, args: &[Arg]) -> JsResult<String> {
    super::format::format_args(cx, None, args)
}
