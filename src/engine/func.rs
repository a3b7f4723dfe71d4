use std::os::raw::c_int;
use std::panic::{catch_unwind, AssertUnwindSafe};

use rquickjs_sys as q;

use super::{Arg, Ctx, JsResult, Value};

/// The arguments of a native call, borrowed from the engine for the call.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    argv: &'a [q::JSValue],
}

impl<'a> Args<'a> {
    pub fn len(&self) -> usize {
        self.argv.len()
    }
    pub fn is_empty(&self) -> bool {
        self.argv.is_empty()
    }
    /// Argument `i`, or `undefined` past the end (as JS sees a missing argument).
    pub fn get(&self, i: usize) -> Arg<'a> {
        match self.argv.get(i) {
            Some(v) => Arg::new(*v),
            None => Arg::new(q::JS_UNDEFINED),
        }
    }
    /// The arguments from `skip` on, as the engine holds them.
    pub(crate) fn rest(&self, skip: usize) -> &'a [q::JSValue] {
        self.argv.get(skip..).unwrap_or(&[])
    }
    pub fn iter(&self) -> impl Iterator<Item = Arg<'a>> + 'a {
        self.argv.iter().map(|v| Arg::new(*v))
    }
}

/// The data values of a native function made by [`Ctx::function_with_data`],
/// as a native function sees them during its call: readable, and replaceable
/// (state a function keeps between calls). Both engines hand the native
/// function a pointer to the function object's own data array (its record's
/// `data[]`), which lives as long as the function and is marked and freed by
/// the engine with it; replacing a slot frees the old value and stores the new
/// reference there.
pub struct Slots<'a> {
    ptr: *mut q::JSValue,
    len: usize,
    _call: std::marker::PhantomData<&'a mut [q::JSValue]>,
}

impl<'a> Slots<'a> {
    pub fn len(&self) -> usize {
        self.len
    }
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
    /// Slot `i`, or `undefined` past the end.
    pub fn get(&self, i: usize) -> Arg<'_> {
        if i < self.len {
            // SAFETY: i is within the engine's data array.
            Arg::new(unsafe { *self.ptr.add(i) })
        } else {
            Arg::new(q::JS_UNDEFINED)
        }
    }
    /// Splits the data at `at`: the slots before it become read-only for the
    /// rest of the call (so values borrowed from them stay valid), the ones
    /// from `at` on stay replaceable (a cache the function keeps).
    pub fn split(self, at: usize) -> (Args<'a>, Slots<'a>) {
        let at = at.min(self.len);
        // SAFETY: both parts lie within the engine's data array, which lives for
        // the call; the returned Slots can only replace slots from `at` on.
        unsafe {
            let fixed = if at == 0 { &[][..] } else { std::slice::from_raw_parts(self.ptr, at) };
            (Args { argv: fixed }, Slots { ptr: self.ptr.add(at), len: self.len - at, _call: std::marker::PhantomData })
        }
    }
    /// The slots' values as the engine holds them, for reading in place.
    #[inline(always)]
    pub(crate) fn values(&self) -> &[q::JSValue] {
        if self.len == 0 {
            &[]
        } else {
            // SAFETY: the data array has len values for the duration of the call.
            unsafe { std::slice::from_raw_parts(self.ptr, self.len) }
        }
    }
    /// All slots as arguments (for forwarding them).
    pub fn args(&self) -> Args<'_> {
        // SAFETY: the data array has len values for the duration of the call.
        Args { argv: if self.len == 0 { &[] } else { unsafe { std::slice::from_raw_parts(self.ptr, self.len) } } }
    }
    /// Replaces slot `i` (ignored past the end); the old value is released.
    pub fn set(&mut self, cx: Ctx, i: usize, v: Value) {
        if i >= self.len {
            return;
        }
        // SAFETY: the slot holds one reference owned by the function; it is
        // swapped out before it is released, so a finalizer that runs during
        // the release sees the new value.
        unsafe {
            let old = std::ptr::replace(self.ptr.add(i), v.into_raw());
            drop(cx.own(old));
        }
    }
}

pub type NativeFnSlots = for<'a> fn(Ctx, Arg<'a>, Args<'a>, Slots<'a>) -> JsResult<Value>;

/// [`trampoline_data`] for functions that update their data ([`Slots`]).
///
/// # Safety
/// Called only by the engine with its own arguments; `data` is the function's
/// data array of `data_len` values.
#[inline]
pub unsafe fn trampoline_slots(
    ctx: *mut q::JSContext,
    this: q::JSValue,
    argc: c_int,
    argv: *mut q::JSValue,
    data_len: c_int,
    data: *mut q::JSValue,
    f: NativeFnSlots,
) -> q::JSValue {
    let len = if data_len <= 0 || data.is_null() { 0 } else { data_len as usize };
    let slots = Slots { ptr: data, len, _call: std::marker::PhantomData };
    let argv = values(argv, argc);
    let cx = Ctx::from_raw(ctx);
    finish(cx, catch_unwind(AssertUnwindSafe(|| f(cx, Arg::new(this), Args { argv }, slots))))
}

pub type NativeFn = for<'a> fn(Ctx, Arg<'a>, Args<'a>) -> JsResult<Value>;

/// Runs a safe native function for the engine: maps `Err(Thrown)` to
/// `JS_EXCEPTION` and turns a panic into a thrown JS `Error`, so no panic ever
/// unwinds into C.
///
/// # Safety
/// Called only by the engine with its own `ctx`, `argc` and `argv`.
#[inline]
pub unsafe fn trampoline(
    ctx: *mut q::JSContext,
    this: q::JSValue,
    argc: c_int,
    argv: *mut q::JSValue,
    f: NativeFn,
) -> q::JSValue {
    let argv = values(argv, argc);
    let cx = Ctx::from_raw(ctx);
    finish(cx, catch_unwind(AssertUnwindSafe(|| f(cx, Arg::new(this), Args { argv }))))
}

/// Runs a safe job body for the engine (see `js_job!`): `Err(Thrown)` leaves
/// the exception pending for whoever ran the job; a panic becomes a thrown
/// `Error`.
///
/// # Safety
/// Called only by the engine with its own `ctx`, as a job.
pub unsafe fn job_trampoline(ctx: *mut q::JSContext, f: fn(Ctx) -> JsResult<()>) -> q::JSValue {
    let cx = Ctx::from_raw(ctx);
    finish(cx, catch_unwind(AssertUnwindSafe(|| f(cx).map(|()| cx.undefined()))))
}

pub type NativeFnData = for<'a> fn(Ctx, Arg<'a>, Args<'a>, Args<'a>) -> JsResult<Value>;

/// [`trampoline`] for functions made with `Ctx::function_with_data`; the last
/// `Args` are the bound data values.
///
/// # Safety
/// Called only by the engine with its own arguments.
#[inline]
pub unsafe fn trampoline_data(
    ctx: *mut q::JSContext,
    this: q::JSValue,
    argc: c_int,
    argv: *mut q::JSValue,
    data_len: c_int,
    data: *mut q::JSValue,
    f: NativeFnData,
) -> q::JSValue {
    let data = values(data, data_len);
    let g = move |cx: Ctx, this: Arg, args: Args| f(cx, this, args, Args { argv: data });
    let argv = values(argv, argc);
    let cx = Ctx::from_raw(ctx);
    finish(cx, catch_unwind(AssertUnwindSafe(|| g(cx, Arg::new(this), Args { argv }))))
}

/// The engine's `(pointer, count)` pair of values as a slice (empty for none).
///
/// # Safety
/// `p` points at `n` live values for the call's duration when `n > 0`.
#[inline]
unsafe fn values<'a>(p: *mut q::JSValue, n: c_int) -> &'a [q::JSValue] {
    if n <= 0 || p.is_null() {
        &[]
    } else {
        std::slice::from_raw_parts(p, n as usize)
    }
}

#[inline(always)]
fn finish(cx: Ctx, r: std::thread::Result<JsResult<Value>>) -> q::JSValue {
    match r {
        Ok(Ok(v)) => v.into_raw(),
        Ok(Err(_)) => q::JS_EXCEPTION,
        Err(payload) => panicked(cx, payload),
    }
}

#[cold]
#[inline(never)]
fn panicked(cx: Ctx, payload: Box<dyn std::any::Any + Send>) -> q::JSValue {
    let what = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into());
    let _ = cx.throw_internal(&what);
    q::JS_EXCEPTION
}
