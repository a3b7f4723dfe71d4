//! Zero-copy reads of a string primitive's code units, through the engine's
//! string header as learned at run time.
//!
//! The portable API reads strings only as WTF-8 (`JS_ToCStringLen2`: a
//! counting pass over every string, a transcoding copy for non-ASCII) or by
//! serializing them (`fast_string`: a copy, plus a checksum pass on
//! quickjs-ng). For a 1 MiB base64 or Latin-1 string either costs more than
//! Node's whole conversion. Both engines, though, keep a flat string as one
//! allocation: a small header holding the length (31 bits) and a one-byte /
//! two-byte flag (the top bit of that 32-bit word), followed by the units.
//!
//! The header differs: quickjs-ng 0.16 (rquickjs-sys 0.14) starts with the
//! length word, then a word whose bits 28..29 are the string's kind (0 =
//! flat; 1 = slice and 2 = indirect keep the units elsewhere), units at 24
//! (40 as rquickjs-sys builds it, with leak-dump links); Bellard's 2025
//! QuickJS starts with the reference count, then the length word, units at
//! 16 (32 with leak dumps). Nothing of that is
//! hard-coded as fact: [`probe`] makes strings of known content and length
//! (one-byte, two-byte, Latin-1, several lengths, an extra reference held so
//! a reference count cannot pass for a length) and accepts a layout only if
//! exactly one candidate reads all of them back exactly. Anything else — no
//! candidate, two candidates, a rope (its own tag), a non-flat kind — answers
//! `None`, and callers use the portable API. The same reasoning as util's
//! reads of `JSProxyData` (docs/UTIL.md); an engine bump that changes the
//! header only loses speed, and `layout_known` lets tests notice that.

use std::sync::OnceLock;

use rquickjs_sys as q;

use super::value::tag;
use super::{Ctx, JsRef};

/// A string's units, borrowed from the engine while the value lives.
#[derive(Clone, Copy)]
pub enum StrUnits<'v> {
    /// One byte per unit (U+0000..U+00FF).
    Latin1(&'v [u8]),
    /// UTF-16 code units, as stored (lone surrogates kept).
    Utf16(&'v [u16]),
}

impl StrUnits<'_> {
    /// The string's `length`.
    pub fn len(&self) -> usize {
        match self {
            StrUnits::Latin1(b) => b.len(),
            StrUnits::Utf16(u) => u.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Layout {
    /// Byte offset of the `len:31 | wide:1` word.
    len_word: usize,
    /// quickjs-ng: the string's kind is bits 28..29 of the word after the
    /// length word, and only kind 0 keeps its units inline.
    has_kind: bool,
    /// Byte offset of the first unit.
    data: usize,
}

static LAYOUT: OnceLock<Option<Layout>> = OnceLock::new();

/// Candidate layouts: (length word, kind bits, units offset). Units follow
/// 16 or 24 header bytes, 16 more in builds that list strings for leak dumps
/// (rquickjs-sys builds quickjs-ng that way).
const CANDIDATES: [(usize, bool, usize); 8] = [
    (0, true, 16),
    (0, true, 24),
    (0, true, 32),
    (0, true, 40),
    (4, false, 16),
    (4, false, 24),
    (4, false, 32),
    (4, false, 40),
];

/// Units beyond `cap` are left out (the probe reads only what it knows is
/// allocated).
///
/// # Safety
/// `p` must point to a live engine string laid out as `l`, or (while
/// probing) to one whose allocation covers what `cap` lets be read.
unsafe fn read_with<'v>(p: *const u8, l: Layout, cap: usize) -> Option<StrUnits<'v>> {
    let word = std::ptr::read_unaligned(p.add(l.len_word) as *const u32);
    if l.has_kind {
        let next = std::ptr::read_unaligned(p.add(l.len_word + 4) as *const u32);
        if (next >> 28) & 3 != 0 {
            return None;
        }
    }
    let len = ((word & 0x7FFF_FFFF) as usize).min(cap);
    let units = p.add(l.data);
    if word >> 31 == 0 {
        Some(StrUnits::Latin1(std::slice::from_raw_parts(units, len)))
    } else if (units as usize) % 2 == 0 && cfg!(target_endian = "little") {
        Some(StrUnits::Utf16(std::slice::from_raw_parts(units as *const u16, len)))
    } else {
        None
    }
}

pub(super) fn string_ptr(v: q::JSValue) -> Option<*const u8> {
    if tag(v) != q::JS_TAG_STRING {
        return None;
    }
    // SAFETY: a JS_TAG_STRING value carries a pointer to the engine's string.
    let p = unsafe { v.u.ptr } as *const u8;
    (!p.is_null()).then_some(p)
}

/// What a probe string must read back as.
enum Want {
    Latin1(Vec<u8>),
    Utf16(Vec<u16>),
}

/// Whether `got` is `want` (its first `cap` units).
fn matches(got: Option<StrUnits>, want: &Want, cap: usize) -> bool {
    match (got, want) {
        (Some(StrUnits::Latin1(g)), Want::Latin1(w)) => g == &w[..w.len().min(cap)],
        (Some(StrUnits::Utf16(g)), Want::Utf16(w)) => g == &w[..w.len().min(cap)],
        _ => false,
    }
}

/// Units compared of the first probe, a 300-unit string: a wrong candidate
/// units offset (at most 24 past the right one) then still reads inside the
/// allocation, and the 26-periodic text cannot match at an offset shifted by
/// 8, 16 or 24.
const FIRST_PREFIX: usize = 200;

fn probe(cx: &Ctx) -> Option<Layout> {
    let long: String = (0..300).map(|i| (b'a' + (i % 26) as u8) as char).collect();
    let texts: [&str; 6] = [
        &long,
        "jsrt-node string layout probe",
        "caf\u{e9} \u{ff}\u{80} latin-1",
        "\u{3a9}\u{436}\u{6f22}\u{5b57} two-byte",
        "x",
        "",
    ];
    let mut strings = Vec::new();
    for t in texts {
        let v = cx.string(t).ok()?;
        let want = if t.chars().all(|c| (c as u32) < 0x100) {
            Want::Latin1(t.chars().map(|c| c as u32 as u8).collect())
        } else {
            Want::Utf16(t.encode_utf16().collect())
        };
        // Two more references: a reference count word reads 3, which is no
        // probe's length, so it cannot pass for one.
        let extra = (v.dup(), v.dup());
        strings.push((v, extra, want));
    }
    let mut found = None;
    for (len_word, has_kind, data) in CANDIDATES {
        let l = Layout { len_word, has_kind, data };
        // In order, stopping at the first mismatch: only a candidate that
        // read the long probe right goes on to read the short ones, so no
        // read leaves a string's allocation (ASan runs this in CI).
        let all = strings.iter().enumerate().all(|(i, (v, _, want))| {
            let Some(p) = string_ptr(v.raw()) else { return false };
            // SAFETY: p is a live string; the header words read lie in the
            // first 16 bytes every string has, and units are read only as
            // explained at FIRST_PREFIX.
            let cap = if i == 0 { FIRST_PREFIX } else { usize::MAX };
            if i == 0 && unsafe { std::ptr::read_unaligned(p.add(len_word) as *const u32) } != 300 {
                return false;
            }
            matches(unsafe { read_with(p, l, cap) }, want, cap)
        });
        if all {
            if found.is_some() {
                return None;
            }
            found = Some(l);
        }
    }
    found
}

fn layout(cx: &Ctx) -> Option<Layout> {
    *LAYOUT.get_or_init(|| probe(cx))
}

/// Whether this engine's string header was recognized (tests assert it, so
/// an engine bump that changes the header is noticed, not just slower).
pub fn layout_known(cx: &Ctx) -> bool {
    layout(cx).is_some()
}

/// The units of a flat string primitive, borrowed for as long as `v` is
/// borrowed. None for anything else (ropes, slices, non-strings) or when the
/// layout is unknown.
pub fn units<'v>(cx: &Ctx, v: &'v impl JsRef) -> Option<StrUnits<'v>> {
    let p = string_ptr(v.raw())?;
    let l = layout(cx)?;
    // SAFETY: p is a live flat string of this engine (tag checked), whose
    // header layout was verified by `probe`; `v` keeps it alive for 'v, and
    // strings are immutable.
    unsafe { read_with(p, l, usize::MAX) }
}

/// Where [`string_build`](super::string_build) writes a fresh flat string.
#[derive(Debug, Clone, Copy)]
pub(super) struct Shape {
    /// Byte offset of the `len:31 | wide:1` word.
    pub len_word: usize,
    /// Byte offset of the first unit.
    pub data: usize,
    /// Byte offset of the leak-dump list node (`prev`, `next`), if the build
    /// has one: it is the 16 bytes right before the units in both engines.
    pub link: Option<usize>,
}

/// The verified layout, if it is one whose every header field is known:
/// quickjs-ng (units at 24, or 40 after the link) or Bellard's (16, or 32
/// after the link). Other layouts only read in place.
pub(super) fn shape(cx: &Ctx) -> Option<Shape> {
    let l = layout(cx)?;
    let link = match (l.has_kind, l.data) {
        (true, 24) | (false, 16) => None,
        (true, 40) | (false, 32) => Some(l.data - 16),
        _ => return None,
    };
    Some(Shape { len_word: l.len_word, data: l.data, link })
}
