use std::marker::PhantomData;

use rquickjs_sys as q;

/// Anything that can be read as a `JSValue` without taking ownership.
pub trait JsRef {
    fn raw(&self) -> q::JSValue;
}

/// An owned JS value: holds one reference count and gives it back on drop.
pub struct Value {
    ctx: *mut q::JSContext,
    raw: q::JSValue,
}

impl Value {
    /// Takes ownership of a reference the engine handed us.
    ///
    /// # Safety
    /// `raw` must be a live value of `ctx` whose reference is not owned elsewhere.
    pub(crate) unsafe fn from_raw(ctx: *mut q::JSContext, raw: q::JSValue) -> Value {
        Value { ctx, raw }
    }

    /// Gives the reference to the caller (the engine or a C host), who must free it.
    pub fn into_raw(self) -> q::JSValue {
        let raw = self.raw;
        std::mem::forget(self);
        raw
    }

    pub fn dup(&self) -> Value {
        // SAFETY: self.raw is live; dup adds the reference the new Value owns.
        unsafe { Value { ctx: self.ctx, raw: q::JS_DupValue(self.ctx, self.raw) } }
    }

    pub fn as_arg(&self) -> Arg<'_> {
        Arg::new(self.raw)
    }
}

impl Drop for Value {
    fn drop(&mut self) {
        // Only values with a negative tag (objects, strings, symbols, big
        // ints, bytecode, modules) are reference-counted, in both engines
        // (DESIGN.md §3: same tags); the rest need no call into the engine.
        if tag(self.raw) < 0 {
            // SAFETY: Value owns exactly one reference to a live value of self.ctx.
            unsafe { q::JS_FreeValue(self.ctx, self.raw) }
        }
    }
}

impl JsRef for Value {
    fn raw(&self) -> q::JSValue {
        self.raw
    }
}

/// A borrowed JS value (a native function's argument or `this`): valid for the
/// call, never freed by us.
#[derive(Clone, Copy)]
pub struct Arg<'a> {
    raw: q::JSValue,
    _life: PhantomData<&'a ()>,
}

impl<'a> Arg<'a> {
    pub(crate) fn new(raw: q::JSValue) -> Arg<'a> {
        Arg { raw, _life: PhantomData }
    }
    /// Borrows any value for as long as the reference lives.
    pub fn new_from<T: JsRef>(v: &'a T) -> Arg<'a> {
        Arg::new(v.raw())
    }
    pub fn undefined() -> Arg<'static> {
        Arg::new(q::JS_UNDEFINED)
    }
}

impl JsRef for Arg<'_> {
    fn raw(&self) -> q::JSValue {
        self.raw
    }
}

impl<T: JsRef> JsRef for &T {
    fn raw(&self) -> q::JSValue {
        (*self).raw()
    }
}

pub(crate) fn tag(v: q::JSValue) -> i32 {
    // SAFETY: reading the tag of a value is always defined.
    unsafe { q::JS_VALUE_GET_TAG(v) }
}
