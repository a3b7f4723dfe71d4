use std::ffi::CString;
use std::os::raw::c_int;

use rquickjs_sys as q;

use super::classes::{class_id, class_ids};
use super::string::{wtf8_to_utf16, JsStr};
use super::value::tag;
use super::{Arg, JsRef, JsResult, Thrown, Value};

/// A borrowed `JSContext*`. Copyable; the host owns the context.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Ctx {
    raw: *mut q::JSContext,
}

/// Property attribute sets for [`Ctx::define`].
#[derive(Clone, Copy)]
pub struct Prop(pub(super) c_int);

impl Prop {
    /// Like an assignment: writable, enumerable, configurable.
    pub const PLAIN: Prop = Prop((q::JS_PROP_C_W_E) as c_int);
    /// Writable and configurable but not enumerable (methods on prototypes).
    pub const HIDDEN: Prop = Prop((q::JS_PROP_CONFIGURABLE | q::JS_PROP_WRITABLE) as c_int);
    /// Enumerable, read-only, non-configurable (constants).
    pub const CONST_ENUM: Prop = Prop(q::JS_PROP_ENUMERABLE as c_int);
}

/// A C function pointer the engine can call.
pub type RawCFn =
    unsafe extern "C" fn(*mut q::JSContext, q::JSValue, c_int, *mut q::JSValue) -> q::JSValue;

/// An engine job (`JSJobFunc`), declared with `js_job!`.
pub type RawJobFn = unsafe extern "C" fn(*mut q::JSContext, c_int, *mut q::JSValue) -> q::JSValue;

/// A C function pointer with bound data values (`JS_NewCFunctionData`).
pub type RawCFnData = unsafe extern "C" fn(
    *mut q::JSContext,
    q::JSValue,
    c_int,
    *mut q::JSValue,
    c_int,
    *mut q::JSValue,
) -> q::JSValue;

fn cstring(s: &str) -> CString {
    // Interior NULs cannot come from our own names; map them to a visible marker
    // rather than panicking on user-provided keys.
    CString::new(s).unwrap_or_else(|_| CString::new(s.replace('\0', "\u{FFFD}")).unwrap_or_default())
}

impl Ctx {
    /// # Safety
    /// `raw` must be a live context, used on the thread that runs it.
    pub unsafe fn from_raw(raw: *mut q::JSContext) -> Ctx {
        Ctx { raw }
    }

    pub fn as_raw(&self) -> *mut q::JSContext {
        self.raw
    }

    pub(crate) fn runtime(&self) -> *mut q::JSRuntime {
        // SAFETY: live context.
        unsafe { q::JS_GetRuntime(self.raw) }
    }

    pub(super) fn own(&self, raw: q::JSValue) -> Value {
        // SAFETY: every caller passes a fresh reference returned by the engine.
        unsafe { Value::from_raw(self.raw, raw) }
    }

    /// Wraps an engine result, turning the exception tag into `Err(Thrown)`.
    pub(crate) fn wrap(&self, raw: q::JSValue) -> JsResult<Value> {
        if tag(raw) == q::JS_TAG_EXCEPTION {
            Err(Thrown)
        } else {
            Ok(self.own(raw))
        }
    }

    fn check(&self, rc: c_int) -> JsResult<c_int> {
        if rc < 0 {
            Err(Thrown)
        } else {
            Ok(rc)
        }
    }

    // ----- making values -------------------------------------------------------

    /// A new owned reference to `v`.
    pub fn dup(&self, v: &impl JsRef) -> Value {
        // SAFETY: v is live; the dup is the reference the Value owns.
        self.own(unsafe { q::JS_DupValue(self.raw, v.raw()) })
    }

    pub fn undefined(&self) -> Value {
        self.own(q::JS_UNDEFINED)
    }
    pub fn null(&self) -> Value {
        self.own(q::JS_NULL)
    }
    pub fn bool(&self, b: bool) -> Value {
        self.own(if b { q::JS_TRUE } else { q::JS_FALSE })
    }
    pub fn int(&self, i: i32) -> Value {
        self.own(q::JS_MKVAL(q::JS_TAG_INT, i))
    }
    pub fn number(&self, d: f64) -> Value {
        self.own(q::JS_NewFloat64(d))
    }

    /// A JS string from UTF-8 text.
    pub fn string(&self, s: &str) -> JsResult<Value> {
        // SAFETY: s is valid UTF-8, which both engines read identically.
        self.wrap(unsafe { q::JS_NewStringLen(self.raw, s.as_ptr() as *const _, s.len() as _) })
    }

    /// A JS string from WTF-8 bytes (what [`Ctx::to_str`] gives out). Valid UTF-8
    /// goes straight in; anything else (lone surrogates) is built from UTF-16
    /// code units, because the two engines repair invalid UTF-8 differently.
    pub fn string_wtf8(&self, b: &[u8]) -> JsResult<Value> {
        match std::str::from_utf8(b) {
            Ok(s) => self.string(s),
            Err(_) => self.string_utf16(&wtf8_to_utf16(b)),
        }
    }

    /// A JS string from UTF-16 code units, through `String.fromCharCode`
    /// (quickjs-ng has a UTF-16 string constructor; Bellard's engine does not).
    pub fn string_utf16(&self, units: &[u16]) -> JsResult<Value> {
        let global = self.global();
        let string_ctor = self.get(&global, "String")?;
        let from_char_code = self.get(&string_ctor, "fromCharCode")?;
        let mut acc = self.string("")?;
        for chunk in units.chunks(4096) {
            let args: Vec<Value> = chunk.iter().map(|u| self.int(*u as i32)).collect();
            let part = self.call_values(&from_char_code, &string_ctor, &args)?;
            acc = self.concat(&acc, &part)?;
        }
        Ok(acc)
    }

    fn concat(&self, a: &Value, b: &Value) -> JsResult<Value> {
        let concat = self.get(a, "concat")?;
        self.call(&concat, a, &[b.as_arg()])
    }

    pub fn object(&self) -> JsResult<Value> {
        // SAFETY: live context.
        self.wrap(unsafe { q::JS_NewObject(self.raw) })
    }

    pub fn object_with_proto(&self, proto: &impl JsRef) -> JsResult<Value> {
        // SAFETY: live context; proto is an object or null.
        self.wrap(unsafe { q::JS_NewObjectProto(self.raw, proto.raw()) })
    }

    pub fn array(&self) -> JsResult<Value> {
        // SAFETY: live context.
        self.wrap(unsafe { q::JS_NewArray(self.raw) })
    }

    pub fn array_from(&self, items: Vec<Value>) -> JsResult<Value> {
        #[cfg(not(feature = "host-engine"))]
        {
            let raw: Vec<q::JSValue> = items.into_iter().map(Value::into_raw).collect();
            self.array_adopting(&raw)
        }
        #[cfg(feature = "host-engine")]
        self.array_setting(items)
    }

    /// [`Ctx::array_from`] for a few values known at compile time (no heap).
    pub fn array_of<const N: usize>(&self, items: [Value; N]) -> JsResult<Value> {
        #[cfg(not(feature = "host-engine"))]
        {
            self.array_adopting(&items.map(Value::into_raw))
        }
        #[cfg(feature = "host-engine")]
        self.array_setting(items)
    }

    /// One allocation of the right size: quickjs-ng's JS_NewArrayFrom (not in
    /// Bellard's QuickJS) takes the references, on failure too.
    #[cfg(not(feature = "host-engine"))]
    fn array_adopting(&self, raw: &[q::JSValue]) -> JsResult<Value> {
        // SAFETY: live context; the engine owns the values from here on.
        self.wrap(unsafe { q::JS_NewArrayFrom(self.raw, raw.len() as c_int, raw.as_ptr()) })
    }

    #[cfg(feature = "host-engine")]
    fn array_setting(&self, items: impl IntoIterator<Item = Value>) -> JsResult<Value> {
        let arr = self.array()?;
        for (i, v) in items.into_iter().enumerate() {
            self.set_index(&arr, i as u32, v)?;
        }
        Ok(arr)
    }

    /// A native function object with Node's `name` and `length`.
    pub fn function(&self, f: RawCFn, name: &str, length: i32) -> JsResult<Value> {
        let cname = cstring(name);
        // SAFETY: f follows the JSCFunction ABI; JS_CFUNC_generic is 0 in both engines.
        self.wrap(unsafe {
            q::JS_NewCFunction2(self.raw, Some(f), cname.as_ptr(), length, q::JSCFunctionEnum_JS_CFUNC_generic, 0)
        })
    }

    /// Makes the native function `f` constructible like an ordinary JS
    /// function: sets its constructor bit (both engines) and gives it a
    /// `prototype` object whose `constructor` is `f`. On `new f()` the engine
    /// passes `new.target` (the function) as `this`; see
    /// [`Ctx::constructed_this`].
    pub fn make_constructible(&self, f: &impl JsRef) -> JsResult<()> {
        // SAFETY: f is a live value; the call only flips a bit on function objects.
        let ok = unsafe { q::JS_SetConstructorBit(self.raw, f.raw(), true) };
        if !ok {
            return Err(self.throw_internal("not a function object"));
        }
        let proto = self.object()?;
        self.define(&proto, "constructor", self.dup(f), Prop::HIDDEN)?;
        self.define(f, "prototype", proto, Prop(q::JS_PROP_WRITABLE as c_int))?;
        Ok(())
    }

    /// For a native function made with [`Ctx::make_constructible`] and run by
    /// `new`, `this` is the function itself: this gives the object an ordinary
    /// function would have received (`Object.create(f.prototype)`); None when
    /// `this` is not such a function.
    pub fn constructed_this(&self, this: &impl JsRef) -> JsResult<Option<Value>> {
        if !self.is_function(this) {
            return Ok(None);
        }
        let proto = self.get(this, "prototype")?;
        if !self.is_object(&proto) {
            return Ok(None);
        }
        let ctor = self.get(&proto, "constructor")?;
        if !self.strict_equals(&ctor, this) {
            return Ok(None);
        }
        let obj = self.object()?;
        self.set_prototype(&obj, &proto)?;
        Ok(Some(obj))
    }

    /// A native function carrying `data` (duplicated by the engine), named `name`.
    pub fn function_with_data(&self, f: RawCFnData, name: &str, length: i32, data: &[Arg]) -> JsResult<Value> {
        let mut raw: Vec<q::JSValue> = data.iter().map(|a| a.raw()).collect();
        // SAFETY: the engine duplicates each data value it keeps.
        let func = self.wrap(unsafe {
            q::JS_NewCFunctionData(self.raw, Some(f), length, 0, raw.len() as c_int, raw.as_mut_ptr())
        })?;
        // JS_NewCFunctionData leaves `name` empty; Node's functions have theirs.
        let n = self.string(name)?;
        self.define(&func, "name", n, Prop(q::JS_PROP_CONFIGURABLE as c_int))?;
        Ok(func)
    }

    /// [`Ctx::function_with_data`] with the name given as a string value and
    /// the `"name"` key as a static key (a hot path that makes many functions
    /// of one name reuses both).
    pub fn function_with_data_named(
        &self,
        f: RawCFnData,
        name_key: super::StaticKey,
        name: &impl JsRef,
        length: i32,
        data: &[Arg],
    ) -> JsResult<Value> {
        const STACK: usize = 12;
        let mut stack = [q::JS_UNDEFINED; STACK];
        let mut heap: Vec<q::JSValue>;
        let raw: &mut [q::JSValue] = if data.len() <= STACK {
            for (slot, a) in stack.iter_mut().zip(data) {
                *slot = a.raw();
            }
            &mut stack[..data.len()]
        } else {
            heap = data.iter().map(|a| a.raw()).collect();
            &mut heap[..]
        };
        // SAFETY: the engine duplicates each data value it keeps.
        let func = self.wrap(unsafe {
            q::JS_NewCFunctionData(self.raw, Some(f), length, 0, raw.len() as c_int, raw.as_mut_ptr())
        })?;
        self.define_static(&func, name_key, self.dup(name), Prop(q::JS_PROP_CONFIGURABLE as c_int))?;
        Ok(func)
    }

    /// True if `a` and `b` are the same object (false for primitives).
    pub fn same_object(&self, a: &impl JsRef, b: &impl JsRef) -> bool {
        let (ra, rb) = (a.raw(), b.raw());
        // SAFETY: object values carry a pointer.
        tag(ra) == q::JS_TAG_OBJECT && tag(rb) == q::JS_TAG_OBJECT && unsafe { q::JS_VALUE_GET_PTR(ra) == q::JS_VALUE_GET_PTR(rb) }
    }

    pub fn global(&self) -> Value {
        // SAFETY: live context; returns a new reference.
        self.own(unsafe { q::JS_GetGlobalObject(self.raw) })
    }

    // ----- inspecting values ----------------------------------------------------

    pub fn is_undefined(&self, v: &impl JsRef) -> bool {
        tag(v.raw()) == q::JS_TAG_UNDEFINED
    }
    pub fn is_null(&self, v: &impl JsRef) -> bool {
        tag(v.raw()) == q::JS_TAG_NULL
    }
    pub fn is_nullish(&self, v: &impl JsRef) -> bool {
        self.is_null(v) || self.is_undefined(v)
    }
    pub fn is_string(&self, v: &impl JsRef) -> bool {
        let t = tag(v.raw());
        t == q::JS_TAG_STRING || t == q::JS_TAG_STRING_ROPE
    }
    pub fn is_number(&self, v: &impl JsRef) -> bool {
        let t = tag(v.raw());
        t == q::JS_TAG_INT || t == q::JS_TAG_FLOAT64
    }
    pub fn is_bool(&self, v: &impl JsRef) -> bool {
        tag(v.raw()) == q::JS_TAG_BOOL
    }
    pub fn is_symbol(&self, v: &impl JsRef) -> bool {
        tag(v.raw()) == q::JS_TAG_SYMBOL
    }
    pub fn is_bigint(&self, v: &impl JsRef) -> bool {
        let t = tag(v.raw());
        t == q::JS_TAG_BIG_INT || t == q::JS_TAG_SHORT_BIG_INT
    }
    pub fn is_object(&self, v: &impl JsRef) -> bool {
        tag(v.raw()) == q::JS_TAG_OBJECT
    }
    pub fn is_function(&self, v: &impl JsRef) -> bool {
        // SAFETY: live context; any value is accepted.
        unsafe { q::JS_IsFunction(self.raw, v.raw()) }
    }
    pub fn is_array(&self, v: &impl JsRef) -> bool {
        self.is_object(v) && class_id(v.raw()) == class_ids(self.raw).array
    }
    pub fn is_error(&self, v: &impl JsRef) -> bool {
        self.is_object(v) && class_id(v.raw()) == class_ids(self.raw).error
    }

    /// `typeof v`.
    pub fn type_of(&self, v: &impl JsRef) -> &'static str {
        if self.is_string(v) {
            "string"
        } else if self.is_number(v) {
            "number"
        } else if self.is_bool(v) {
            "boolean"
        } else if self.is_undefined(v) {
            "undefined"
        } else if self.is_symbol(v) {
            "symbol"
        } else if self.is_bigint(v) {
            "bigint"
        } else if self.is_function(v) {
            "function"
        } else {
            "object"
        }
    }

    /// The number in `v` without conversion, if it is one.
    pub fn as_number(&self, v: &impl JsRef) -> Option<f64> {
        let raw = v.raw();
        // SAFETY: the tag says which union member is live.
        unsafe {
            match tag(raw) {
                q::JS_TAG_INT => Some(q::JS_VALUE_GET_INT(raw) as f64),
                q::JS_TAG_FLOAT64 => Some(q::JS_VALUE_GET_FLOAT64(raw)),
                _ => None,
            }
        }
    }

    /// The int in `v`, if it is held as one (an array's length under 2^31 is).
    #[inline]
    pub fn as_int(&self, v: &impl JsRef) -> Option<i32> {
        let raw = v.raw();
        // SAFETY: the tag says the int member is live.
        (tag(raw) == q::JS_TAG_INT).then(|| unsafe { q::JS_VALUE_GET_INT(raw) })
    }

    pub fn as_bool(&self, v: &impl JsRef) -> Option<bool> {
        let raw = v.raw();
        // SAFETY: the tag says which union member is live.
        (tag(raw) == q::JS_TAG_BOOL).then(|| unsafe { q::JS_VALUE_GET_BOOL(raw) })
    }

    // ----- conversions ----------------------------------------------------------

    /// `String(v)` as WTF-8 bytes; throws like JS for symbols.
    pub fn to_str(&self, v: &impl JsRef) -> JsResult<JsStr> {
        let mut len: usize = 0;
        // SAFETY: live context; the result is freed by JsStr's Drop.
        let ptr = unsafe { q::JS_ToCStringLen2(self.raw, &mut len as *mut usize as *mut _, v.raw(), false) };
        if ptr.is_null() {
            return Err(Thrown);
        }
        // SAFETY: ptr/len from JS_ToCStringLen2 on this context.
        Ok(unsafe { JsStr::from_raw(self.raw, ptr, len) })
    }

    /// `String(v)` as an owned Rust string (lossy for lone surrogates).
    pub fn to_string(&self, v: &impl JsRef) -> JsResult<String> {
        Ok(self.to_str(v)?.to_string_lossy())
    }

    pub fn to_bool(&self, v: &impl JsRef) -> JsResult<bool> {
        // SAFETY: live context.
        let rc = unsafe { q::JS_ToBool(self.raw, v.raw()) };
        Ok(self.check(rc)? != 0)
    }

    pub fn to_f64(&self, v: &impl JsRef) -> JsResult<f64> {
        let mut d = 0f64;
        // SAFETY: live context; d is written on success.
        self.check(unsafe { q::JS_ToFloat64(self.raw, &mut d, v.raw()) })?;
        Ok(d)
    }

    pub fn to_i32(&self, v: &impl JsRef) -> JsResult<i32> {
        let mut i = 0i32;
        // SAFETY: live context; i is written on success.
        self.check(unsafe { q::JS_ToInt32(self.raw, &mut i, v.raw()) })?;
        Ok(i)
    }

    /// JS `===` portably (the engine's own strict-equality call is quickjs-ng only).
    pub fn strict_equals(&self, a: &impl JsRef, b: &impl JsRef) -> bool {
        if let (Some(x), Some(y)) = (self.as_number(a), self.as_number(b)) {
            return x == y;
        }
        let (ra, rb) = (a.raw(), b.raw());
        if self.is_string(a) && self.is_string(b) {
            return match (self.to_str(a), self.to_str(b)) {
                (Ok(x), Ok(y)) => x.as_bytes() == y.as_bytes(),
                _ => false,
            };
        }
        if self.is_bigint(a) && self.is_bigint(b) {
            return match (self.to_str(a), self.to_str(b)) {
                (Ok(x), Ok(y)) => x.as_bytes() == y.as_bytes(),
                _ => false,
            };
        }
        if tag(ra) != tag(rb) {
            return false;
        }
        // SAFETY: same tag: compare the payload that tag uses.
        unsafe {
            match tag(ra) {
                q::JS_TAG_UNDEFINED | q::JS_TAG_NULL => true,
                q::JS_TAG_BOOL => q::JS_VALUE_GET_BOOL(ra) == q::JS_VALUE_GET_BOOL(rb),
                _ => q::JS_VALUE_GET_PTR(ra) == q::JS_VALUE_GET_PTR(rb),
            }
        }
    }

    // ----- properties -----------------------------------------------------------

    pub fn get(&self, obj: &impl JsRef, key: &str) -> JsResult<Value> {
        let k = cstring(key);
        // SAFETY: live context; returns a new reference or the exception tag.
        self.wrap(unsafe { q::JS_GetPropertyStr(self.raw, obj.raw(), k.as_ptr()) })
    }

    pub fn get_index(&self, obj: &impl JsRef, i: u32) -> JsResult<Value> {
        // SAFETY: as above.
        self.wrap(unsafe { q::JS_GetPropertyUint32(self.raw, obj.raw(), i) })
    }

    /// `obj[key] = val` (consumes `val`).
    pub fn set(&self, obj: &impl JsRef, key: &str, val: Value) -> JsResult<()> {
        let k = cstring(key);
        // SAFETY: JS_SetPropertyStr takes ownership of the value's reference.
        self.check(unsafe { q::JS_SetPropertyStr(self.raw, obj.raw(), k.as_ptr(), val.into_raw()) })?;
        Ok(())
    }

    pub fn set_index(&self, obj: &impl JsRef, i: u32, val: Value) -> JsResult<()> {
        // SAFETY: takes ownership of the value's reference.
        self.check(unsafe { q::JS_SetPropertyUint32(self.raw, obj.raw(), i, val.into_raw()) })?;
        Ok(())
    }

    /// `Object.defineProperty(obj, key, {value, ...flags})` (consumes `val`).
    pub fn define(&self, obj: &impl JsRef, key: &str, val: Value, flags: Prop) -> JsResult<()> {
        let k = cstring(key);
        // SAFETY: takes ownership of the value's reference.
        self.check(unsafe {
            q::JS_DefinePropertyValueStr(self.raw, obj.raw(), k.as_ptr(), val.into_raw(), flags.0 | q::JS_PROP_THROW as c_int)
        })?;
        Ok(())
    }

    /// Defines a native method as an ordinary (enumerable) property, as Node's
    /// module objects have them.
    pub fn set_fn(&self, obj: &impl JsRef, name: &str, f: RawCFn, length: i32) -> JsResult<()> {
        let func = self.function(f, name, length)?;
        self.set(obj, name, func)
    }

    /// Own string keys of `obj`, in property order; enumerable ones only if asked.
    pub fn own_keys(&self, obj: &impl JsRef, enumerable_only: bool) -> JsResult<Vec<String>> {
        let mut tab: *mut q::JSPropertyEnum = std::ptr::null_mut();
        let mut len: u32 = 0;
        let mut flags = q::JS_GPN_STRING_MASK as c_int;
        if enumerable_only {
            flags |= q::JS_GPN_ENUM_ONLY as c_int;
        }
        // SAFETY: on success the engine allocates tab[len], freed below.
        self.check(unsafe { q::JS_GetOwnPropertyNames(self.raw, &mut tab, &mut len, obj.raw(), flags) })?;
        let mut out = Vec::with_capacity(len as usize);
        for i in 0..len as usize {
            // SAFETY: i < len; atoms are valid until the table is freed.
            unsafe {
                let atom = (*tab.add(i)).atom;
                let p = q::JS_AtomToCStringLen(self.raw, std::ptr::null_mut(), atom);
                if !p.is_null() {
                    out.push(std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned());
                    q::JS_FreeCString(self.raw, p);
                }
            }
        }
        // SAFETY: frees the table and its atoms exactly once.
        unsafe { q::JS_FreePropertyEnum(self.raw, tab, len) };
        Ok(out)
    }

    // ----- calls ----------------------------------------------------------------

    pub fn call(&self, f: &impl JsRef, this: &impl JsRef, args: &[Arg]) -> JsResult<Value> {
        // Few arguments go on the stack: native hot paths call JS often.
        const STACK: usize = 6;
        let mut stack = [q::JS_UNDEFINED; STACK];
        let mut heap: Vec<q::JSValue>;
        let raw: &mut [q::JSValue] = if args.len() <= STACK {
            for (slot, a) in stack.iter_mut().zip(args) {
                *slot = a.raw();
            }
            &mut stack[..args.len()]
        } else {
            heap = args.iter().map(|a| a.raw()).collect();
            &mut heap[..]
        };
        // SAFETY: args are borrowed for the call; the result is a new reference.
        self.wrap(unsafe { q::JS_Call(self.raw, f.raw(), this.raw(), raw.len() as c_int, raw.as_mut_ptr()) })
    }

    pub fn call_values(&self, f: &impl JsRef, this: &impl JsRef, args: &[Value]) -> JsResult<Value> {
        let a: Vec<Arg> = args.iter().map(|v| v.as_arg()).collect();
        self.call(f, this, &a)
    }

    pub fn construct(&self, ctor: &impl JsRef, args: &[Arg]) -> JsResult<Value> {
        let mut raw: Vec<q::JSValue> = args.iter().map(|a| a.raw()).collect();
        // SAFETY: as for call.
        self.wrap(unsafe { q::JS_CallConstructor(self.raw, ctor.raw(), raw.len() as c_int, raw.as_mut_ptr()) })
    }

    pub fn set_prototype(&self, obj: &impl JsRef, proto: &impl JsRef) -> JsResult<()> {
        // SAFETY: live context.
        self.check(unsafe { q::JS_SetPrototype(self.raw, obj.raw(), proto.raw()) })?;
        Ok(())
    }

    /// Evaluates global (script) code (the library's own scripts from
    /// precompiled bytecode where the build made it, see precompiled.rs).
    pub fn eval_script(&self, src: &str, filename: &str) -> JsResult<Value> {
        if let Some(v) = super::precompiled::eval(self.raw, src, filename) {
            return self.wrap(v);
        }
        if super::precompiled::text_left_out(src, filename) {
            return Err(self.throw_internal(&format!("{filename}: no usable entry in the precompiled bytecode table")));
        }
        let csrc = cstring(src);
        let cname = cstring(filename);
        // SAFETY: csrc is NUL-terminated as JS_Eval requires.
        self.wrap(unsafe {
            q::JS_Eval(self.raw, csrc.as_ptr(), src.len() as _, cname.as_ptr(), q::JS_EVAL_TYPE_GLOBAL as c_int)
        })
    }

    // ----- exceptions -----------------------------------------------------------

    /// Throws `v` (consumed) and returns the marker to propagate.
    pub fn throw(&self, v: Value) -> Thrown {
        // SAFETY: JS_Throw takes ownership of the value.
        unsafe { q::JS_Throw(self.raw, v.into_raw()) };
        Thrown
    }

    /// Takes the pending exception out of the context.
    pub fn take_exception(&self) -> Value {
        // SAFETY: returns the pending exception (a new reference) and clears it.
        self.own(unsafe { q::JS_GetException(self.raw) })
    }

    /// Throws a plain `Error` for a bug in this library (a caught panic).
    pub fn throw_internal(&self, what: &str) -> Thrown {
        let msg = format!("jsrt-node internal error: {what}");
        let global = self.global();
        let made = self.get(&global, "Error").and_then(|ctor| {
            let m = self.string(&msg)?;
            self.construct(&ctor, &[m.as_arg()])
        });
        match made {
            Ok(err) => self.throw(err),
            Err(t) => t,
        }
    }

    // ----- ES modules -----------------------------------------------------------

    /// A native ES module whose exports are `names`; `init` fills them in when the
    /// engine instantiates it.
    pub(crate) fn new_c_module(
        &self,
        name: &str,
        names: &[String],
        init: unsafe extern "C" fn(*mut q::JSContext, *mut q::JSModuleDef) -> c_int,
    ) -> Option<*mut q::JSModuleDef> {
        let cname = cstring(name);
        // SAFETY: live context; name and export names are copied by the engine.
        unsafe {
            let m = q::JS_NewCModule(self.raw, cname.as_ptr(), Some(init));
            if m.is_null() {
                return None;
            }
            for n in names {
                let c = cstring(n);
                if q::JS_AddModuleExport(self.raw, m, c.as_ptr()) < 0 {
                    return None;
                }
            }
            Some(m)
        }
    }

    /// Compiles ES module source `src` as module `name` and evaluates it (its
    /// imports go through the host's module loader). Returns the namespace and
    /// what evaluation returned: a promise where the engine has top-level
    /// await, settled already unless the graph awaits.
    pub(crate) fn run_module(&self, src: &str, name: &str) -> JsResult<(Value, Value)> {
        let csrc = cstring(src);
        let cname = cstring(name);
        // SAFETY: csrc is NUL-terminated; a compiled module value holds its
        // JSModuleDef, which the context keeps after JS_EvalFunction took the value.
        unsafe {
            let m = q::JS_Eval(
                self.raw,
                csrc.as_ptr(),
                src.len() as _,
                cname.as_ptr(),
                (q::JS_EVAL_TYPE_MODULE | q::JS_EVAL_FLAG_COMPILE_ONLY) as c_int,
            );
            if tag(m) != q::JS_TAG_MODULE {
                return self.wrap(m).and_then(|_| Err(self.throw_internal("module source did not compile to a module")));
            }
            let md = q::JS_VALUE_GET_PTR(m) as *mut q::JSModuleDef;
            let result = self.wrap(q::JS_EvalFunction(self.raw, m))?;
            let ns = self.wrap(q::JS_GetModuleNamespace(self.raw, md))?;
            Ok((ns, result))
        }
    }

    /// # Safety
    /// `m` must be a module of this context being initialised.
    pub(crate) unsafe fn module_name(&self, m: *mut q::JSModuleDef) -> String {
        let atom = q::JS_GetModuleName(self.raw, m);
        let p = q::JS_AtomToCStringLen(self.raw, std::ptr::null_mut(), atom);
        q::JS_FreeAtom(self.raw, atom);
        if p.is_null() {
            return String::new();
        }
        let s = std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned();
        q::JS_FreeCString(self.raw, p);
        s
    }

    /// # Safety
    /// `m` must be a module of this context being initialised.
    pub(crate) unsafe fn set_module_export(&self, m: *mut q::JSModuleDef, name: &str, val: Value) -> bool {
        let c = cstring(name);
        q::JS_SetModuleExport(self.raw, m, c.as_ptr(), val.into_raw()) >= 0
    }

    // ----- jobs -----------------------------------------------------------------

    /// Runs every pending promise job of the runtime. Returns false if a job threw
    /// (its exception is left pending in the context it ran in).
    /// Queues `job` (declared with `js_job!`) behind the engine's pending jobs,
    /// so any host that runs pending jobs runs it.
    pub fn enqueue_job(&self, job: RawJobFn) -> JsResult<()> {
        // SAFETY: no arguments to keep; the engine calls `job` with this context.
        let rc = unsafe { q::JS_EnqueueJob(self.raw, Some(job), 0, std::ptr::null_mut()) };
        if rc < 0 {
            Err(Thrown)
        } else {
            Ok(())
        }
    }

    /// Whether the engine has jobs queued (promise reactions, `enqueue_job`).
    pub fn is_job_pending(&self) -> bool {
        // SAFETY: live runtime.
        unsafe { q::JS_IsJobPending(self.runtime()) }
    }

    pub fn run_pending_jobs(&self) -> bool {
        loop {
            let mut job_ctx: *mut q::JSContext = std::ptr::null_mut();
            // SAFETY: pctx must be non-NULL on quickjs-ng.
            let rc = unsafe { q::JS_ExecutePendingJob(self.runtime(), &mut job_ctx) };
            if rc == 0 {
                return true;
            }
            if rc < 0 {
                return false;
            }
        }
    }
}
