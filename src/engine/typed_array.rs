//! Typed arrays, ArrayBuffers, BigInts and a few property helpers for
//! node:buffer, through calls that have the same ABI in quickjs-ng and in
//! Bellard's QuickJS:
//!
//! - class ids are probed once from real objects (`Uint8Array` is 24 in ng and
//!   23 in Bellard); a typed array is any class id from `Uint8ClampedArray` to
//!   `Float64Array` (the engines list them in the same order);
//! - bytes are reached with `JS_GetTypedArrayBuffer` + `JS_GetArrayBuffer`
//!   (never quickjs-ng's Uint8Array-only getter), without copying;
//! - new views are made with `JS_CallConstructor2` on the `Uint8Array`
//!   constructor with a `new.target`, so the prototype comes from that target
//!   (this is how a Buffer is made without running JS).
//!
//! Free functions (`typed_array::bytes(&cx, &v)`) rather than `Ctx` methods, so
//! they never collide with other engine files' `impl Ctx` blocks.

use std::marker::PhantomData;
use std::mem::MaybeUninit;
use std::os::raw::c_int;
use std::sync::OnceLock;

use rquickjs_sys as q;

use super::value::tag;
use super::{Arg, Ctx, JsRef, JsResult, RawCFn, Thrown, Value};

#[derive(Debug, Clone, Copy)]
struct Ids {
    uint8c: u32,
    uint8: u32,
    float64: u32,
    array_buffer: u32,
    shared_array_buffer: u32,
    data_view: u32,
}

static IDS: OnceLock<Ids> = OnceLock::new();

#[inline]
fn ids(cx: &Ctx) -> Ids {
    match IDS.get() {
        Some(ids) => *ids,
        None => *IDS.get_or_init(|| probe(cx)),
    }
}

fn probe(cx: &Ctx) -> Ids {
    let id_of = |src: &str| -> u32 {
        match cx.eval_script(src, "<probe>") {
            // SAFETY: reading the class id of a live value.
            Ok(v) => unsafe { q::JS_GetClassID(v.raw()) },
            Err(_) => {
                drop(cx.take_exception());
                u32::MAX
            }
        }
    };
    Ids {
        uint8c: id_of("new Uint8ClampedArray(0)"),
        uint8: id_of("new Uint8Array(0)"),
        float64: id_of("new Float64Array(0)"),
        array_buffer: id_of("new ArrayBuffer(0)"),
        shared_array_buffer: id_of("typeof SharedArrayBuffer === 'function' ? new SharedArrayBuffer(0) : undefined"),
        data_view: id_of("new DataView(new ArrayBuffer(0))"),
    }
}

/// What kind of binary object a value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinaryKind {
    /// A `Uint8Array` or an instance of a subclass (`Buffer`).
    Uint8Array,
    /// Any other typed array (`Uint16Array`, `Float64Array`, …).
    TypedArray,
    DataView,
    ArrayBuffer,
    SharedArrayBuffer,
}

/// The bytes of a typed array, DataView or ArrayBuffer, borrowed in place.
///
/// Valid only while no JS runs: any JS call may detach or shrink the buffer.
/// Take it, work on it in Rust, drop it, then call back into the engine.
/// Two `Bytes` may view the same memory (a buffer and its subarray): copy
/// between them with [`Bytes::copy_from`], which allows overlap.
pub struct Bytes<'v> {
    ptr: *mut u8,
    len: usize,
    _life: PhantomData<&'v ()>,
}

impl<'v> Bytes<'v> {
    fn empty() -> Bytes<'v> {
        Bytes { ptr: std::ptr::NonNull::dangling().as_ptr(), len: 0, _life: PhantomData }
    }

    fn new(ptr: *mut u8, len: usize) -> Bytes<'v> {
        if ptr.is_null() || len == 0 {
            Bytes::empty()
        } else {
            Bytes { ptr, len, _life: PhantomData }
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn as_ptr(&self) -> *const u8 {
        self.ptr
    }

    pub fn as_slice(&self) -> &[u8] {
        // SAFETY: ptr/len describe live engine memory (non-null, possibly
        // dangling only for len 0) while no JS runs.
        unsafe { std::slice::from_raw_parts(self.ptr, self.len) }
    }

    pub fn as_mut_slice(&mut self) -> &mut [u8] {
        // SAFETY: as above; the engine owns the memory and we hold no other
        // slice of this view while the returned one lives.
        unsafe { std::slice::from_raw_parts_mut(self.ptr, self.len) }
    }

    /// Copies `src[..n]` to `self[at..at + n]` (clamped to both lengths),
    /// correct even when the two views overlap. Returns the bytes copied.
    pub fn copy_from(&mut self, at: usize, src: &Bytes) -> usize {
        if at >= self.len {
            return 0;
        }
        let n = src.len.min(self.len - at);
        // SAFETY: both ranges are inside their views.
        unsafe { move_bytes(src.ptr, self.ptr.add(at), n) };
        n
    }

    /// `self[at..at + n] = src[from..from + n]`, clamped to both views,
    /// correct even when they overlap. Returns the bytes copied.
    pub fn copy_range_from(&mut self, at: usize, src: &Bytes, from: usize, n: usize) -> usize {
        if at >= self.len || from >= src.len {
            return 0;
        }
        let n = n.min(self.len - at).min(src.len - from);
        // SAFETY: both ranges are inside their views; ptr::copy allows overlap.
        unsafe { std::ptr::copy(src.ptr.add(from), self.ptr.add(at), n) };
        n
    }

    /// `self[dst..dst + n] = self[src..src + n]` (overlap allowed), clamped.
    pub fn copy_within(&mut self, src: usize, dst: usize, n: usize) {
        if src >= self.len || dst >= self.len {
            return;
        }
        let n = n.min(self.len - src).min(self.len - dst);
        // SAFETY: both ranges are inside the view.
        unsafe { std::ptr::copy(self.ptr.add(src), self.ptr.add(dst), n) };
    }
}

/// `memmove(dst, src, n)`; copies of up to 32 bytes are done in registers
/// (every load before any store, so overlap is fine) instead of a libc call,
/// which dominates when many small buffers are copied (`Buffer.concat`).
///
/// # Safety
/// `src..src+n` must be readable and `dst..dst+n` writable.
#[inline]
unsafe fn move_bytes(src: *const u8, dst: *mut u8, n: usize) {
    use std::ptr::{read_unaligned as rd, write_unaligned as wr};
    match n {
        0 => {}
        1 => *dst = *src,
        2..=3 => {
            let (a, b) = (rd(src as *const u16), rd(src.add(n - 2) as *const u16));
            wr(dst as *mut u16, a);
            wr(dst.add(n - 2) as *mut u16, b);
        }
        4..=7 => {
            let (a, b) = (rd(src as *const u32), rd(src.add(n - 4) as *const u32));
            wr(dst as *mut u32, a);
            wr(dst.add(n - 4) as *mut u32, b);
        }
        8..=16 => {
            let (a, b) = (rd(src as *const u64), rd(src.add(n - 8) as *const u64));
            wr(dst as *mut u64, a);
            wr(dst.add(n - 8) as *mut u64, b);
        }
        17..=32 => {
            let (a, b) = (rd(src as *const u128), rd(src.add(n - 16) as *const u128));
            wr(dst as *mut u128, a);
            wr(dst.add(n - 16) as *mut u128, b);
        }
        _ => std::ptr::copy(src, dst, n),
    }
}

pub fn binary_kind(cx: &Ctx, v: &impl JsRef) -> Option<BinaryKind> {
    if tag(v.raw()) != q::JS_TAG_OBJECT {
        return None;
    }
    // SAFETY: v is an object.
    let id = unsafe { q::JS_GetClassID(v.raw()) };
    let ids = ids(cx);
    if id == ids.uint8 {
        Some(BinaryKind::Uint8Array)
    } else if id >= ids.uint8c && id <= ids.float64 {
        Some(BinaryKind::TypedArray)
    } else if id == ids.array_buffer {
        Some(BinaryKind::ArrayBuffer)
    } else if id == ids.shared_array_buffer {
        Some(BinaryKind::SharedArrayBuffer)
    } else if id == ids.data_view {
        Some(BinaryKind::DataView)
    } else {
        None
    }
}

/// A `Uint8Array` (or a `Buffer`): Node's `isUint8Array`.
pub fn is_uint8_array(cx: &Ctx, v: &impl JsRef) -> bool {
    binary_kind(cx, v) == Some(BinaryKind::Uint8Array)
}

pub fn is_typed_array(cx: &Ctx, v: &impl JsRef) -> bool {
    matches!(binary_kind(cx, v), Some(BinaryKind::Uint8Array | BinaryKind::TypedArray))
}

/// A typed array or a DataView: Node's `isArrayBufferView`.
pub fn is_array_buffer_view(cx: &Ctx, v: &impl JsRef) -> bool {
    matches!(binary_kind(cx, v), Some(BinaryKind::Uint8Array | BinaryKind::TypedArray | BinaryKind::DataView))
}

/// An ArrayBuffer or SharedArrayBuffer: Node's `isAnyArrayBuffer`.
pub fn is_any_array_buffer(cx: &Ctx, v: &impl JsRef) -> bool {
    matches!(binary_kind(cx, v), Some(BinaryKind::ArrayBuffer | BinaryKind::SharedArrayBuffer))
}

/// A typed array's ArrayBuffer, byte offset and byte length. None for
/// anything else; a detached or out-of-bounds view gives length 0.
pub fn typed_array_parts(cx: &Ctx, v: &impl JsRef) -> Option<(Value, usize, usize)> {
    if !is_typed_array(cx, v) {
        return None;
    }
    // SAFETY: v is a typed array.
    match unsafe { raw_buffer_of(cx, v.raw()) } {
        // SAFETY: raw_buffer_of hands over a new reference.
        Some((ab, off, len)) => Some((unsafe { Value::from_raw(cx.as_raw(), ab) }, off, len)),
        None => Some((cx.get(v, "buffer").ok()?, 0, 0)),
    }
}

/// `JS_GetTypedArrayBuffer`: a new reference to the view's buffer, its byte
/// offset and byte length; None (exception cleared) when detached or out of
/// bounds.
///
/// # Safety
/// `v` must be a live typed array.
unsafe fn raw_buffer_of(cx: &Ctx, v: q::JSValue) -> Option<(q::JSValue, usize, usize)> {
    let (mut off, mut len, mut bpe) = (0usize, 0usize, 0usize);
    let ab = q::JS_GetTypedArrayBuffer(cx.as_raw(), v, &mut off as *mut usize as *mut _,
        &mut len as *mut usize as *mut _, &mut bpe as *mut usize as *mut _);
    if tag(ab) == q::JS_TAG_EXCEPTION {
        drop(cx.take_exception());
        return None;
    }
    Some((ab, off, len))
}

/// Address and byte length of any typed array's bytes through its buffer
/// (the portable route); (null, 0) when detached or out of bounds.
///
/// # Safety
/// `v` must be a live typed array.
unsafe fn view_ptr(cx: &Ctx, v: q::JSValue) -> (*mut u8, usize) {
    let Some((ab, off, len)) = raw_buffer_of(cx, v) else {
        return (std::ptr::null_mut(), 0);
    };
    let (p, size) = array_buffer_ptr(cx, ab);
    // The typed array keeps its buffer alive; drop our reference.
    q::JS_FreeValue(cx.as_raw(), ab);
    if p.is_null() || off > size {
        return (std::ptr::null_mut(), 0);
    }
    // A length-tracking view of a resizable buffer that shrank: the engine
    // still reports its old length (quickjs-ng keeps the tracked length only
    // in the object's element count), and a fixed-length view would have
    // been reported out of bounds instead. The bytes left are what it sees.
    (p.add(off), len.min(size - off))
}

/// The data pointer of a typed array through its buffer (the portable
/// route); None when detached or out of bounds. For `view_layout`'s probe.
pub(super) fn portable_data(cx: &Ctx, v: &impl JsRef) -> Option<*mut u8> {
    // SAFETY: view_ptr accepts any typed array; v is live.
    let (p, _) = unsafe { view_ptr(cx, v.raw()) };
    (!p.is_null()).then_some(p)
}

fn array_buffer_ptr(cx: &Ctx, ab: q::JSValue) -> (*mut u8, usize) {
    let mut size = 0usize;
    // SAFETY: any value is accepted; NULL + exception for non-buffers and
    // detached ones.
    let p = unsafe { q::JS_GetArrayBuffer(cx.as_raw(), &mut size as *mut usize as *mut _, ab) };
    if p.is_null() {
        drop(cx.take_exception());
        (std::ptr::null_mut(), 0)
    } else {
        (p, size)
    }
}

/// Whether `v` is a detached ArrayBuffer (`JS_GetArrayBuffer` refuses only
/// those among ArrayBuffers: an empty one still has a data pointer).
pub fn is_detached_array_buffer(cx: &Ctx, v: &impl JsRef) -> bool {
    binary_kind(cx, v) == Some(BinaryKind::ArrayBuffer) && array_buffer_ptr(cx, v.raw()).0.is_null()
}

/// Address and byte length of a Uint8Array's bytes (null, 0 when detached
/// or out of bounds). The bundled engine answers from the object's own
/// pointer and count (`view_layout`: no engine call, and right for
/// length-tracking views of resized buffers, which `JS_GetUint8Array` is
/// not); a host engine through its buffer (`JS_GetTypedArrayBuffer` +
/// `JS_GetArrayBuffer`, the portable route).
///
/// # Safety
/// `v` must be a live Uint8Array (class checked by the caller).
#[inline]
unsafe fn uint8_array_ptr(cx: &Ctx, v: q::JSValue) -> (*mut u8, usize) {
    #[cfg(not(feature = "host-engine"))]
    if let Some(view) = super::view_layout::uint8_view(cx, v) {
        return view;
    }
    view_ptr(cx, v)
}

/// The bytes of a typed array (any element type, seen as bytes), a
/// DataView or an (Shared)ArrayBuffer, in place. None for other values.
pub fn bytes<'v>(cx: &Ctx, v: &'v impl JsRef) -> Option<Bytes<'v>> {
    match binary_kind(cx, v)? {
        BinaryKind::Uint8Array => {
            // SAFETY: v is a Uint8Array (class checked); it keeps the memory alive for 'v.
            let (p, len) = unsafe { uint8_array_ptr(cx, v.raw()) };
            Some(Bytes::new(p, len))
        }
        BinaryKind::TypedArray => {
            // SAFETY: v is a typed array; it keeps the memory alive for 'v.
            let (p, len) = unsafe { view_ptr(cx, v.raw()) };
            Some(Bytes::new(p, len))
        }
        BinaryKind::ArrayBuffer | BinaryKind::SharedArrayBuffer => {
            let (p, size) = array_buffer_ptr(cx, v.raw());
            Some(Bytes::new(p, size))
        }
        BinaryKind::DataView => {
            let parts = (|| -> JsResult<(Value, f64, f64)> {
                Ok((cx.get(v, "buffer")?, cx.to_f64(&cx.get(v, "byteOffset")?)?,
                    cx.to_f64(&cx.get(v, "byteLength")?)?))
            })();
            let Ok((ab, off, len)) = parts else {
                drop(cx.take_exception());
                return Some(Bytes::empty());
            };
            let (p, size) = array_buffer_ptr(cx, ab.raw());
            let (off, len) = (off as usize, len as usize);
            if p.is_null() || off > size {
                return Some(Bytes::empty());
            }
            // SAFETY: off <= size; the DataView keeps the buffer alive.
            Some(Bytes::new(unsafe { p.add(off) }, len.min(size - off)))
        }
    }
}

/// Like [`bytes`] but only for views (typed arrays, DataView): None for an
/// ArrayBuffer or anything else. One class check.
pub fn view_bytes<'v>(cx: &Ctx, v: &'v impl JsRef) -> Option<Bytes<'v>> {
    match binary_kind(cx, v)? {
        BinaryKind::ArrayBuffer | BinaryKind::SharedArrayBuffer => None,
        _ => bytes(cx, v),
    }
}

/// The Buffers of a list (`Buffer.concat`), gathered with raw engine calls:
/// per element `JS_GetPropertyUint32` and one class check while reading the
/// list (element getters may run JS there), then [`SpanList::measure`] asks
/// each for its bytes once no JS can run any more, and
/// [`SpanList::copy_into`] copies them. Each entry holds a reference that
/// keeps its bytes alive — the Uint8Array itself on the bundled engine
/// (its pointer and length read by `view_layout`), its ArrayBuffer
/// plus offset on a host engine (the portable `JS_GetTypedArrayBuffer` when
/// read, then one `JS_GetArrayBuffer` per run of spans on one buffer, clamped
/// to its size then: a detached buffer gives no bytes).
pub struct SpanList {
    ctx: *mut q::JSContext,
    /// (holder, byte offset in it, byte length); on the bundled engine
    /// (Uint8Array, data pointer, byte length) once measured.
    spans: Vec<(q::JSValue, usize, usize)>,
    total: usize,
}

impl Drop for SpanList {
    fn drop(&mut self) {
        for &(holder, _, _) in &self.spans {
            // SAFETY: each entry owns one reference.
            unsafe { q::JS_FreeValue(self.ctx, holder) };
        }
    }
}

impl SpanList {
    pub fn with_capacity(cx: &Ctx, n: usize) -> SpanList {
        SpanList { ctx: cx.as_raw(), spans: Vec::with_capacity(n), total: 0 }
    }

    /// Reads every span's bytes (run it after the last JS that could detach
    /// or shrink a buffer) and returns the sum of their lengths.
    pub fn measure(&mut self, cx: &Ctx) -> usize {
        #[cfg(not(feature = "host-engine"))]
        {
            let mut total = 0;
            for span in &mut self.spans {
                // SAFETY: each holder is a Uint8Array we hold a reference to.
                let (p, len) = unsafe { uint8_array_ptr(cx, span.0) };
                let len = if p.is_null() { 0 } else { len };
                (span.1, span.2) = (p as usize, len);
                total += len;
            }
            self.total = total;
        }
        #[cfg(feature = "host-engine")]
        let _ = cx;
        self.total
    }

    /// Reads `list[i]` (which may run a getter). A `Uint8Array` (or Buffer)
    /// is added when `keep` is true and gives `Ok(None)`; any other value is
    /// handed back.
    #[inline]
    pub fn push_index(&mut self, cx: &Ctx, list: &impl JsRef, i: u32, keep: bool) -> JsResult<Option<Value>> {
        // SAFETY: live context; the result is a new reference or an exception.
        let item = unsafe { q::JS_GetPropertyUint32(self.ctx, list.raw(), i) };
        if tag(item) != q::JS_TAG_OBJECT || unsafe { q::JS_GetClassID(item) } != ids(cx).uint8 {
            return cx.wrap(item).map(Some);
        }
        if !keep {
            // SAFETY: we owned the item's reference.
            unsafe { q::JS_FreeValue(self.ctx, item) };
            return Ok(None);
        }
        // The entry takes over the item's reference; `measure` reads it.
        #[cfg(not(feature = "host-engine"))]
        self.spans.push((item, 0, 0));
        #[cfg(feature = "host-engine")]
        {
            // SAFETY: item is a Uint8Array. Out of bounds or detached: no bytes.
            if let Some((ab, off, len)) = unsafe { raw_buffer_of(cx, item) } {
                self.total += len;
                self.spans.push((ab, off, len));
            }
            // SAFETY: we owned the item's reference.
            unsafe { q::JS_FreeValue(self.ctx, item) };
        }
        Ok(None)
    }

    /// Copies the spans one after another into `dst` (as much as fits);
    /// returns the bytes written.
    ///
    /// # Safety
    /// Since [`measure`](Self::measure), no JS may have run that could detach
    /// or shrink an ArrayBuffer (making Buffers, which constructs
    /// `Uint8Array` with no user code, is fine), and `dst` must be live.
    pub unsafe fn copy_into(&self, cx: &Ctx, dst: &mut Bytes) -> usize {
        let mut pos = 0usize;
        #[cfg(feature = "host-engine")]
        let (mut last, mut data, mut size) = (usize::MAX, std::ptr::null_mut::<u8>(), 0usize);
        for &(holder, off, len) in &self.spans {
            if pos >= dst.len {
                break;
            }
            if len == 0 {
                continue;
            }
            #[cfg(not(feature = "host-engine"))]
            let (data, size, off) = {
                let _ = (cx, holder);
                // Measured: the Uint8Array's data pointer and length.
                (off as *mut u8, len, 0usize)
            };
            #[cfg(feature = "host-engine")]
            {
                // SAFETY: holder is an ArrayBuffer we hold a reference to.
                let obj = unsafe { q::JS_VALUE_GET_PTR(holder) } as usize;
                if obj != last {
                    // One lookup per run of spans on one buffer (Node's pool).
                    (data, size) = array_buffer_ptr(cx, holder);
                    last = obj;
                }
            }
            if data.is_null() || off >= size {
                continue;
            }
            // SAFETY: off < size: inside the live allocation, kept alive by holder.
            let src = Bytes::new(unsafe { data.add(off) }, len.min(size - off));
            // copy_from allows overlap (a user view of the pool may cover dst).
            pos += dst.copy_from(pos, &src);
        }
        pos
    }
}

/// A new ArrayBuffer holding a copy of `data`.
pub fn array_buffer_copy(cx: &Ctx, data: &[u8]) -> JsResult<Value> {
    // SAFETY: the engine copies len bytes from the pointer.
    cx.wrap(unsafe { q::JS_NewArrayBufferCopy(cx.as_raw(), data.as_ptr(), data.len() as _) })
}

/// Detaches an ArrayBuffer (its views then read as empty), as a transfer does;
/// false for anything else. Same prototype in both engines.
pub fn detach_array_buffer(cx: &Ctx, v: &impl JsRef) -> bool {
    if !matches!(binary_kind(cx, v), Some(BinaryKind::ArrayBuffer)) {
        return false;
    }
    // SAFETY: v is a (non-shared) ArrayBuffer of this context.
    unsafe { q::JS_DetachArrayBuffer(cx.as_raw(), v.raw()) };
    true
}

/// `Reflect.construct(ctor, args, new_target)`: the object is made by
/// `ctor` with its prototype taken from `new_target.prototype`.
pub fn construct_with_target(cx: &Ctx, ctor: &impl JsRef, new_target: &impl JsRef, args: &[Arg]) -> JsResult<Value> {
    let mut raw: Vec<q::JSValue> = args.iter().map(|a| a.raw()).collect();
    // SAFETY: args are borrowed for the call; the result is a new reference.
    cx.wrap(unsafe {
        q::JS_CallConstructor2(cx.as_raw(), ctor.raw(), new_target.raw(), raw.len() as c_int, raw.as_mut_ptr())
    })
}

/// A native function usable both as `f()` and `new f()`. Called with
/// `new`, its `this` is `new.target`; called plainly, `this` is undefined.
pub fn constructor_function(cx: &Ctx, f: RawCFn, name: &str, length: i32) -> JsResult<Value> {
    let cname = std::ffi::CString::new(name).map_err(|_| Thrown)?;
    // SAFETY: f follows the JSCFunction ABI; JS_CFUNC_constructor_or_func
    // has the same value (4) in both engines.
    cx.wrap(unsafe {
        q::JS_NewCFunction2(cx.as_raw(), Some(f), cname.as_ptr(), length,
            q::JSCFunctionEnum_JS_CFUNC_constructor_or_func, 0)
    })
}

/// `v instanceof ctor`.
pub fn instance_of(cx: &Ctx, v: &impl JsRef, ctor: &impl JsRef) -> JsResult<bool> {
    // SAFETY: live context; returns -1 on exception.
    let rc = unsafe { q::JS_IsInstanceOf(cx.as_raw(), v.raw(), ctor.raw()) };
    if rc < 0 {
        Err(Thrown)
    } else {
        Ok(rc != 0)
    }
}

// ----- BigInt -----------------------------------------------------------------

pub fn bigint_i64(cx: &Ctx, v: i64) -> JsResult<Value> {
    // SAFETY: live context.
    cx.wrap(unsafe { q::JS_NewBigInt64(cx.as_raw(), v) })
}

pub fn bigint_u64(cx: &Ctx, v: u64) -> JsResult<Value> {
    // SAFETY: live context.
    cx.wrap(unsafe { q::JS_NewBigUint64(cx.as_raw(), v) })
}

/// The value of a BigInt if it fits in an i128 (exact; no wrapping).
/// None for a non-BigInt or a wider value.
pub fn bigint_to_i128(cx: &Ctx, v: &impl JsRef) -> Option<i128> {
    if !cx.is_bigint(v) {
        return None;
    }
    let s = cx.to_str(v).ok()?;
    std::str::from_utf8(s.as_bytes()).ok()?.parse::<i128>().ok()
}

// ----- properties keyed by any value (symbols) -----------------------------

fn with_atom<R>(cx: &Ctx, key: &impl JsRef, f: impl FnOnce(q::JSAtom) -> R) -> JsResult<R> {
    // SAFETY: live context; the atom is freed after use.
    let atom = unsafe { q::JS_ValueToAtom(cx.as_raw(), key.raw()) };
    if atom == 0 {
        return Err(Thrown);
    }
    let r = f(atom);
    // SAFETY: the atom came from JS_ValueToAtom above.
    unsafe { q::JS_FreeAtom(cx.as_raw(), atom) };
    Ok(r)
}

/// `Object.defineProperty(obj, key, {value, writable, enumerable,
/// configurable})` with `key` any property key value (a symbol, a string).
pub fn define_by_key(cx: &Ctx, obj: &impl JsRef, key: &impl JsRef, val: Value, writable: bool, enumerable: bool,
    configurable: bool) -> JsResult<()> {
    let mut flags = q::JS_PROP_THROW as c_int;
    if writable {
        flags |= q::JS_PROP_WRITABLE as c_int;
    }
    if enumerable {
        flags |= q::JS_PROP_ENUMERABLE as c_int;
    }
    if configurable {
        flags |= q::JS_PROP_CONFIGURABLE as c_int;
    }
    let raw = val.into_raw();
    // SAFETY: JS_DefinePropertyValue takes ownership of `raw`.
    let rc = with_atom(cx, key, |atom| unsafe { q::JS_DefinePropertyValue(cx.as_raw(), obj.raw(), atom, raw, flags) });
    match rc {
        Ok(rc) if rc >= 0 => Ok(()),
        Ok(_) => Err(Thrown),
        Err(t) => {
            // The atom could not be made, so `raw` was not consumed.
            // SAFETY: we still own raw.
            unsafe { q::JS_FreeValue(cx.as_raw(), raw) };
            Err(t)
        }
    }
}

/// Defines an accessor property (`getter`/`setter` may be undefined).
pub fn define_accessor(cx: &Ctx, obj: &impl JsRef, key: &impl JsRef, getter: Value, setter: Value, enumerable: bool,
    configurable: bool) -> JsResult<()> {
    let mut flags = q::JS_PROP_THROW as c_int;
    if enumerable {
        flags |= q::JS_PROP_ENUMERABLE as c_int;
    }
    if configurable {
        flags |= q::JS_PROP_CONFIGURABLE as c_int;
    }
    let (g, s) = (getter.into_raw(), setter.into_raw());
    // SAFETY: JS_DefinePropertyGetSet takes ownership of both functions.
    let rc = with_atom(cx, key, |atom| unsafe { q::JS_DefinePropertyGetSet(cx.as_raw(), obj.raw(), atom, g, s, flags) });
    match rc {
        Ok(rc) if rc >= 0 => Ok(()),
        Ok(_) => Err(Thrown),
        Err(t) => {
            // SAFETY: not consumed.
            unsafe {
                q::JS_FreeValue(cx.as_raw(), g);
                q::JS_FreeValue(cx.as_raw(), s);
            }
            Err(t)
        }
    }
}

/// `obj[key]` with `key` any property key value.
pub fn get_by_key(cx: &Ctx, obj: &impl JsRef, key: &impl JsRef) -> JsResult<Value> {
    // SAFETY: live context; JS_GetProperty returns a new reference.
    let raw = with_atom(cx, key, |atom| unsafe { q::JS_GetProperty(cx.as_raw(), obj.raw(), atom) })?;
    cx.wrap(raw)
}

/// A new ArrayBuffer of `cap` bytes whose contents `fill` writes: it gets the
/// memory uninitialized (no zero-fill first, no copy after) and returns how
/// many leading bytes it initialized; the rest is zeroed. Returns the buffer
/// and that count. The memory comes from the engine's allocator, so it counts
/// toward the runtime's memory limit like any ArrayBuffer.
pub fn array_buffer_filled(
    cx: &Ctx,
    cap: usize,
    fill: impl FnOnce(&mut [MaybeUninit<u8>]) -> usize,
) -> JsResult<(Value, usize)> {
    if cap == 0 {
        return array_buffer_copy(cx, &[]).map(|v| (v, 0));
    }
    // SAFETY: live context; a null result is handled.
    let ptr = unsafe { q::js_malloc(cx.as_raw(), cap as _) } as *mut u8;
    if ptr.is_null() {
        return Err(super::Thrown); // js_malloc threw the out-of-memory error
    }
    // SAFETY: ptr holds cap bytes, exclusively ours until adopted below.
    let slots = unsafe { std::slice::from_raw_parts_mut(ptr as *mut MaybeUninit<u8>, cap) };
    let n = fill(slots).min(cap);
    // SAFETY: [n, cap) is inside the allocation.
    unsafe { std::ptr::write_bytes(ptr.add(n), 0, cap - n) };
    // SAFETY: ptr is a js_malloc'ed block of cap initialized bytes whose
    // ownership passes to the ArrayBuffer (its release callback frees it).
    let raw = unsafe { adopt::array_buffer(cx.as_raw(), ptr, cap) };
    if tag(raw) == q::JS_TAG_EXCEPTION {
        // SAFETY: not adopted: still ours.
        unsafe { q::js_free(cx.as_raw(), ptr as *mut _) };
    }
    Ok((cx.wrap(raw)?, n))
}

/// An ArrayBuffer that adopts `ptr[..len]`, a block from the C library's
/// `malloc` (memory a libuv worker filled off the loop thread, where the
/// engine's allocator must not be used); it is released with `free`. On an
/// error the block is freed here.
///
/// # Safety
/// `ptr` must come from `libc::malloc`/`realloc` with at least `len` bytes
/// initialized, and not be used by the caller afterwards.
pub unsafe fn array_buffer_from_libc(cx: &Ctx, ptr: *mut u8, len: usize) -> JsResult<Value> {
    let raw = adopt::array_buffer_libc(cx.as_raw(), ptr, len);
    if tag(raw) == q::JS_TAG_EXCEPTION {
        libc::free(ptr as *mut _);
    }
    cx.wrap(raw)
}

/// `JS_NewArrayBuffer` has a different ABI in every engine (DESIGN.md §3), so
/// the library never calls it by one prototype: the bundled build calls
/// quickjs-ng's through the bindings generated from the very header it is
/// compiled with; a host-engine build (cargo feature `host-engine`, set by
/// cmake/JsrtNodeCompat.cmake) calls `jsrt_node_compat_array_buffer`, which
/// src/engine/host_compat.c defines against the host's own quickjs.h.
#[cfg(not(feature = "host-engine"))]
mod adopt {
    use rquickjs_sys as q;

    unsafe extern "C" fn realloc(rt: *mut q::JSRuntime, _opaque: *mut std::ffi::c_void, ptr: *mut std::ffi::c_void, size: q::size_t) -> *mut std::ffi::c_void {
        if size == 0 {
            q::js_free_rt(rt, ptr);
            return std::ptr::null_mut();
        }
        q::js_realloc_rt(rt, ptr, size)
    }

    pub unsafe fn array_buffer(ctx: *mut q::JSContext, ptr: *mut u8, len: usize) -> q::JSValue {
        q::JS_NewArrayBuffer(ctx, ptr, len as _, 0, Some(realloc), std::ptr::null_mut(), false)
    }

    unsafe extern "C" fn libc_realloc(_rt: *mut q::JSRuntime, _opaque: *mut std::ffi::c_void, ptr: *mut std::ffi::c_void, size: q::size_t) -> *mut std::ffi::c_void {
        if size == 0 {
            libc::free(ptr);
            return std::ptr::null_mut();
        }
        libc::realloc(ptr, size as usize)
    }

    pub unsafe fn array_buffer_libc(ctx: *mut q::JSContext, ptr: *mut u8, len: usize) -> q::JSValue {
        q::JS_NewArrayBuffer(ctx, ptr, len as _, 0, Some(libc_realloc), std::ptr::null_mut(), false)
    }
}

#[cfg(feature = "host-engine")]
mod adopt {
    use rquickjs_sys as q;

    extern "C" {
        fn jsrt_node_compat_array_buffer(ctx: *mut q::JSContext, buf: *mut u8, len: q::size_t) -> q::JSValue;
        fn jsrt_node_compat_array_buffer_libc(ctx: *mut q::JSContext, buf: *mut u8, len: q::size_t) -> q::JSValue;
    }

    pub unsafe fn array_buffer_libc(ctx: *mut q::JSContext, ptr: *mut u8, len: usize) -> q::JSValue {
        jsrt_node_compat_array_buffer_libc(ctx, ptr, len as _)
    }

    pub unsafe fn array_buffer(ctx: *mut q::JSContext, ptr: *mut u8, len: usize) -> q::JSValue {
        jsrt_node_compat_array_buffer(ctx, ptr, len as _)
    }
}
