//! A Uint8Array's bytes read from its object, on the bundled engine.
//!
//! `JS_GetUint8Array` (and `JS_GetTypedArrayBuffer`) report the length a view
//! had when it was made. For a length-tracking view of a resizable
//! ArrayBuffer (`new Uint8Array(rab)`) that is wrong once the buffer is
//! resized — after a shrink, reading that many bytes leaves the allocation.
//! quickjs-ng keeps the live answer in the object itself: every typed array
//! holds its data pointer and element count (`u.array.u.ptr`,
//! `u.array.count`), which the engine updates on every resize and zeroes on
//! detach, and its own `length` getter returns that count. The portable
//! alternative (the buffer's size through `JS_GetTypedArrayBuffer` +
//! `JS_GetArrayBuffer`) costs three engine calls per access and still gets a
//! grown tracking view wrong.
//!
//! Where those two words sit is learned at run time: [`probe`] makes views
//! of known pointer and length — fixed, offset, empty, tracking views after a
//! shrink and after a growth — and accepts an offset only if exactly one
//! candidate reads all of them back. Otherwise callers use the portable route.

use std::sync::OnceLock;

use rquickjs_sys as q;

use super::value::tag;
use super::{Ctx, JsRef};

static OFFSET: OnceLock<Option<usize>> = OnceLock::new();

/// Candidate offsets of the (pointer, count) pair: 8-aligned, inside the
/// smallest object quickjs-ng allocates (72 bytes on 64-bit targets).
const CANDIDATES: [usize; 5] = [24, 32, 40, 48, 56];
const OBJECT_SIZE: usize = 72;

/// What the probe views must read as: counts, and (for non-empty ones) the
/// data pointer plus byte offset found through the portable route.
const PROBE_SRC: &str = "(() => {\n\
  const shrunk = new ArrayBuffer(64, { maxByteLength: 128 });\n\
  const s = new Uint8Array(shrunk, 3);\n\
  shrunk.resize(10);\n\
  const grown = new ArrayBuffer(16, { maxByteLength: 64 });\n\
  const g = new Uint8Array(grown);\n\
  grown.resize(40);\n\
  return [new Uint8Array(12345), new Uint8Array(777), s, new Uint8Array(new ArrayBuffer(100), 7, 50), g, new Uint8Array(0)];\n\
})()";
const COUNTS: [usize; 6] = [12345, 777, 7, 50, 40, 0];

/// # Safety
/// `obj` points to a live engine object of at least `OBJECT_SIZE` bytes.
unsafe fn read_at(obj: *const u8, off: usize) -> (*mut u8, usize) {
    let p = std::ptr::read_unaligned(obj.add(off) as *const *mut u8);
    let n = std::ptr::read_unaligned(obj.add(off + 8) as *const u32) as usize;
    (p, n)
}

fn probe(cx: &Ctx) -> Option<usize> {
    if cfg!(not(target_pointer_width = "64")) {
        return None;
    }
    let arr = cx.eval_script(PROBE_SRC, "<view-layout-probe>").ok()?;
    let mut views = Vec::new();
    for (i, &count) in COUNTS.iter().enumerate() {
        let v = cx.get_index(&arr, i as u32).ok()?;
        if tag(v.raw()) != q::JS_TAG_OBJECT {
            return None;
        }
        // The data pointer as the buffer sees it: its data plus the view's
        // byte offset (the portable route).
        let want = if count == 0 { None } else { Some(super::typed_array::portable_data(cx, &v)?) };
        views.push((v, count, want));
    }
    let mut found = None;
    for off in CANDIDATES {
        if off + 12 > OBJECT_SIZE {
            continue;
        }
        let all = views.iter().all(|(v, count, want)| {
            // SAFETY: v is a live typed array object (OBJECT_SIZE bytes).
            let (p, n) = unsafe { read_at(v.raw().u.ptr as *const u8, off) };
            n == *count && want.is_none_or(|w| w == p)
        });
        if all {
            if found.is_some() {
                return None;
            }
            found = Some(off);
        }
    }
    found
}

/// Whether the layout was recognized (tests assert it on the bundled engine).
pub fn known(cx: &Ctx) -> bool {
    OFFSET.get_or_init(|| probe(cx)).is_some()
}

/// Data pointer and byte length of a Uint8Array as the engine sees them now
/// ((null, 0) when detached or out of bounds); None when the layout is not
/// known.
///
/// # Safety
/// `v` must be a live Uint8Array.
#[inline]
pub unsafe fn uint8_view(cx: &Ctx, v: q::JSValue) -> Option<(*mut u8, usize)> {
    let off = (*OFFSET.get_or_init(|| probe(cx)))?;
    let (p, n) = read_at(v.u.ptr as *const u8, off);
    Some(if p.is_null() || n == 0 { (std::ptr::null_mut(), 0) } else { (p, n) })
}
