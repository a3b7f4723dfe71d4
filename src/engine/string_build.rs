//! Large flat strings written in place: one pass over the text instead of two.
//!
//! The portable API makes a string by copying units the caller already wrote
//! somewhere (`JS_NewStringLen`, or `fast_string`'s `JS_ReadObject`). For a
//! 1 MiB `buf.toString('latin1')` or `'base64'` that second copy is half the
//! time (perf: two 1 MiB memmoves), and Node makes such strings in one pass.
//!
//! Here the engine makes the string, so its allocation, reference count and
//! leak-dump list link are the engine's own: `fast_string` reads back a fresh
//! one-unit string (`JS_ReadObject` always allocates a new, unshared string in
//! both engines). We grow that allocation with `js_realloc` — which keeps the
//! reference count in both engines (Bellard: the struct's first field;
//! rquickjs-sys's quickjs-ng: the allocator's block header, which its realloc
//! carries over) — re-point the neighbours of its leak-dump link if the block
//! moved (what `string_buffer_end` does when it lists a reallocated buffer),
//! set the length word, and hand the units to the caller to fill. The header
//! words touched are exactly those [`string_layout`](super::string_layout)
//! verified at run time; the link exists only in the two layouts whose units
//! follow it directly (quickjs-ng units at 40, Bellard's at 32 with leak
//! dumps), and is checked to be a consistent list node before each use. The
//! first call also builds probe strings and reads them back through the
//! portable API; any doubt and callers keep the copying route.

use std::mem::MaybeUninit;
use std::sync::OnceLock;

use rquickjs_sys as q;

use super::string_layout::{self, Shape, StrUnits};
use super::{fast_string, Ctx, JsRef, JsResult, Thrown, Value};

/// Below this many units the copying route costs about the same, and the
/// engine's own allocation path stays the common one.
pub(crate) const MIN_UNITS: usize = 4096;

/// Both engines' `JS_STRING_LEN_MAX`.
const MAX_UNITS: usize = (1 << 30) - 1;

static VERIFIED: OnceLock<bool> = OnceLock::new();

/// A fresh flat string whose units are not written yet. Dropping it frees
/// the string (the engine frees a string without reading its units).
pub struct Fresh {
    value: Value,
    units: *mut MaybeUninit<u8>,
    bytes: usize,
}

impl Fresh {
    /// Writes the units (`fill` gets `len` slots, or `2 * len` little-endian
    /// for a two-byte string, and must initialize all of them) and returns
    /// the string.
    pub fn fill(self, fill: impl FnOnce(&mut [MaybeUninit<u8>])) -> Value {
        // SAFETY: `units` points at `bytes` bytes of the string's own
        // allocation; nothing else refers to the string yet.
        fill(unsafe { std::slice::from_raw_parts_mut(self.units, self.bytes) });
        self.value
    }
}

#[repr(C)]
struct ListHead {
    prev: *mut ListHead,
    next: *mut ListHead,
}

/// # Safety
/// `node` is the link field of a live engine string whose layout has a link.
unsafe fn link_consistent(node: *mut ListHead) -> bool {
    let (prev, next) = ((*node).prev, (*node).next);
    !prev.is_null() && !next.is_null() && (*prev).next == node && (*next).prev == node
}

/// A fresh flat string of `len` units (two-byte if `wide`), or None when this
/// engine's strings cannot be made this way (callers copy instead) or `len`
/// is below [`MIN_UNITS`].
pub fn fresh(cx: &Ctx, len: usize, wide: bool) -> Option<JsResult<Fresh>> {
    if !(MIN_UNITS..=MAX_UNITS).contains(&len) {
        return None;
    }
    make(cx, verified_shape(cx)?, len, wide)
}

/// The string layout, once strings built with it have read back right.
fn verified_shape(cx: &Ctx) -> Option<Shape> {
    let shape = string_layout::shape(cx)?;
    VERIFIED.get_or_init(|| verify(cx, shape)).then_some(shape)
}

fn make(cx: &Ctx, shape: Shape, len: usize, wide: bool) -> Option<JsResult<Fresh>> {
    let template = match fast_string::small_latin1(cx, b"x")? {
        Ok(v) => v,
        Err(e) => return Some(Err(e)),
    };
    let old = string_layout::string_ptr(template.raw())? as *mut u8;
    // The template must read as what it is: flat, one unit.
    match string_layout::units(cx, &template) {
        Some(StrUnits::Latin1(b"x")) => {}
        _ => return None,
    }
    if let Some(link) = shape.link {
        // SAFETY: the layout puts a list node at `link` in every string.
        if !unsafe { link_consistent(old.add(link) as *mut ListHead) } {
            return None;
        }
    }
    let bytes = len << wide as u32;
    let size = shape.data + bytes + (!wide) as usize;
    // SAFETY: `old` is the start of the template's engine allocation and we
    // hold its only reference (JS_ReadObject made it for us).
    let new = unsafe { q::js_realloc(cx.as_raw(), old as *mut _, size as _) } as *mut u8;
    if new.is_null() {
        // js_realloc threw out-of-memory; the template is untouched.
        return Some(Err(Thrown));
    }
    // From here the template's reference is the new block's.
    let raw = template.into_raw();
    // SAFETY: `new` is the (possibly moved) string block, `size` bytes; the
    // header words written are those the layout probe verified; a moved
    // block's link still names its old neighbours, which are re-pointed.
    unsafe {
        if let Some(link) = shape.link {
            let node = new.add(link) as *mut ListHead;
            (*(*node).prev).next = node;
            (*(*node).next).prev = node;
        }
        let word = new.add(shape.len_word) as *mut u32;
        std::ptr::write_unaligned(word, len as u32 | (wide as u32) << 31);
        if !wide {
            *new.add(shape.data + len) = 0;
        }
        let mut moved = raw;
        moved.u.ptr = new as *mut _;
        let value = Value::from_raw(cx.as_raw(), moved);
        Some(Ok(Fresh { value, units: new.add(shape.data) as *mut MaybeUninit<u8>, bytes }))
    }
}

/// Builds strings this way once and reads them back through the engine's
/// portable API and the layout reader; false disables the route.
fn verify(cx: &Ctx, shape: Shape) -> bool {
    let n = MIN_UNITS + 37;
    let text: Vec<u8> = (0..n).map(|i| b' ' + (i * 7 % 95) as u8).collect();
    let Some(Ok(f)) = make(cx, shape, n, false) else { return false };
    let s = f.fill(|out| {
        for (d, b) in out.iter_mut().zip(&text) {
            d.write(*b);
        }
    });
    let narrow_ok = matches!(string_layout::units(cx, &s), Some(StrUnits::Latin1(b)) if b == &text[..])
        && cx.to_str(&s).is_ok_and(|js| js.as_bytes() == &text[..]);
    drop(s);
    let wide: Vec<u16> = (0..n).map(|i| 0x100 + (i * 13 % 0x500) as u16).collect();
    let Some(Ok(f)) = make(cx, shape, n, true) else { return false };
    let s = f.fill(|out| {
        for (d, b) in out.iter_mut().zip(wide.iter().flat_map(|u| u.to_le_bytes())) {
            d.write(b);
        }
    });
    let wide_ok = matches!(string_layout::units(cx, &s), Some(StrUnits::Utf16(u)) if u == &wide[..])
        && cx.to_str(&s).is_ok_and(|js| js.as_bytes() == String::from_utf16_lossy(&wide).as_bytes());
    narrow_ok && wide_ok
}

/// Whether this engine's large strings are made in place (tests assert it).
pub fn available(cx: &Ctx) -> bool {
    verified_shape(cx).is_some()
}
