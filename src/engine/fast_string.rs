//! One-byte (Latin-1) and two-byte (UTF-16) JS strings made from, and read as,
//! raw code units — without a UTF-8 round trip.
//!
//! The portable API only makes strings from UTF-8 (`JS_NewStringLen`) and
//! reads them as UTF-8 (`JS_ToCStringLen2`): Latin-1 text doubles in size and
//! goes through two branchy transcoders, and lone surrogates cannot pass at
//! all. Both engines, however, serialize a string with `JS_WriteObject` as
//! `<header> <string tag> <leb128(len << 1 | wide)> <raw units>` and read that
//! back with `JS_ReadObject` by one allocation and a memcpy. The header differs
//! (Bellard: version byte and atom count; quickjs-ng: version, a checksum that
//! may be `0xFFFFFFFF` to skip checking, atom count), so it is never
//! hard-coded: it is learned once by serializing probe strings, checksum bytes
//! being the ones that differ between probes, and the result is verified by
//! round-tripping test strings (one-byte, two-byte, lone surrogate). If any of
//! that fails, [`available`] is false and callers use the UTF-8 API instead.

use std::mem::MaybeUninit;
use std::sync::OnceLock;

use rquickjs_sys as q;

use super::value::tag;
use super::{string_build, Ctx, JsRef, JsResult, Value};

#[derive(Debug)]
struct Format {
    /// Serialization header, checksum bytes already set to 0xFF.
    header: Vec<u8>,
    /// The serialization tag of a string.
    string_tag: u8,
    /// Whether the engine checksums what it serializes (quickjs-ng does,
    /// byte by byte): then reading a string this way costs an extra pass.
    checksummed: bool,
}

static FORMAT: OnceLock<Option<Format>> = OnceLock::new();

fn leb128(mut v: u32, out: &mut Vec<u8>) {
    loop {
        let b = (v & 0x7F) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

fn read_leb128(b: &[u8]) -> Option<(u32, usize)> {
    let mut v: u32 = 0;
    for (i, &x) in b.iter().enumerate().take(5) {
        v |= ((x & 0x7F) as u32) << (7 * i);
        if x & 0x80 == 0 {
            return Some((v, i + 1));
        }
    }
    None
}

/// The engine's `JS_WriteObject(v)` buffer, freed on drop.
struct Serialized {
    ctx: *mut q::JSContext,
    ptr: *mut u8,
    size: usize,
}

impl Serialized {
    fn new(cx: &Ctx, v: &impl JsRef) -> Option<Serialized> {
        let mut size: usize = 0;
        // SAFETY: live context; the buffer is js_malloc'ed and freed on drop.
        let p = unsafe { q::JS_WriteObject(cx.as_raw(), &mut size as *mut usize as *mut _, v.raw(), 0) };
        if p.is_null() {
            drop(cx.take_exception());
            return None;
        }
        Some(Serialized { ctx: cx.as_raw(), ptr: p, size })
    }

    fn bytes(&self) -> &[u8] {
        // SAFETY: ptr holds size bytes until drop.
        unsafe { std::slice::from_raw_parts(self.ptr, self.size) }
    }
}

impl Drop for Serialized {
    fn drop(&mut self) {
        // SAFETY: allocated by the engine's js_malloc for this context.
        unsafe { q::js_free(self.ctx, self.ptr as *mut _) };
    }
}

/// The code units of a string, borrowed from the engine's serialization of it.
pub struct Units {
    buf: Serialized,
    start: usize,
    len: usize,
    wide: bool,
}

impl Units {
    /// One byte per unit (one-byte string) or little-endian pairs (two-byte).
    pub fn bytes(&self) -> &[u8] {
        &self.buf.bytes()[self.start..self.start + self.len]
    }

    pub fn is_wide(&self) -> bool {
        self.wide
    }

    /// The string's length in UTF-16 units.
    pub fn units(&self) -> usize {
        if self.wide {
            self.len / 2
        } else {
            self.len
        }
    }
}

fn probe(cx: &Ctx) -> Option<Format> {
    // Four one-byte probes of 4 units each: header + tag + leb(8) + 4 bytes.
    let probes = ["\u{e9}\u{e8}ab", "xyz\u{ff}", "0123", "\u{80}\u{81}\u{82}\u{83}"];
    let mut headers: Vec<Vec<u8>> = Vec::new();
    let mut tag_byte = None;
    for p in probes {
        let s = cx.string(p).ok()?;
        let ser = Serialized::new(cx, &s)?;
        let out = ser.bytes();
        let data: Vec<u8> = p.chars().map(|c| c as u32 as u8).collect();
        let n = out.len().checked_sub(data.len() + 2)?;
        if out[n + 2..] != data[..] || out[n + 1] != 8 {
            return None;
        }
        if *tag_byte.get_or_insert(out[n]) != out[n] {
            return None;
        }
        headers.push(out[..n].to_vec());
    }
    let mut header = headers[0].clone();
    for h in &headers[1..] {
        if h.len() != header.len() {
            return None;
        }
        for (i, b) in h.iter().enumerate() {
            if *b != headers[0][i] {
                header[i] = 0xFF;
            }
        }
    }
    if header.len() > 16 {
        return None;
    }
    let checksummed = header != headers[0];
    let fmt = Format { header, string_tag: tag_byte?, checksummed };
    // Verify: one-byte, two-byte and lone-surrogate strings round trip and
    // equal what the engine's own parser makes.
    let checks: [(&[u8], bool, &str); 3] = [
        (&[0xFF, 0x00, 0x41, 0xE9], false, "'\\xff\\0A\\xe9'"),
        (&[0x00, 0x01, 0x41, 0x00], true, "'\\u0100A'"),
        (&[0x00, 0xD8, 0x78, 0x00, 0x00, 0xDC], true, "'\\ud800x\\udc00'"),
    ];
    for (units, wide, src) in checks {
        let made = make(cx, &fmt, units, wide).ok()?;
        let want = cx.eval_script(src, "<probe>").ok()?;
        if !strings_equal(cx, &fmt, &made, &want) {
            return None;
        }
        let u = read(cx, &fmt, &want)?;
        if u.bytes() != units || u.is_wide() != wide {
            return None;
        }
    }
    Some(fmt)
}

/// Compares two strings by their serialized forms (exact code units).
fn strings_equal(cx: &Ctx, fmt: &Format, a: &Value, b: &Value) -> bool {
    if !cx.is_string(a) || !cx.is_string(b) {
        return false;
    }
    match (Serialized::new(cx, a), Serialized::new(cx, b)) {
        (Some(x), Some(y)) => x.bytes().get(fmt.header.len()..) == y.bytes().get(fmt.header.len()..),
        _ => false,
    }
}

fn make(cx: &Ctx, fmt: &Format, units: &[u8], wide: bool) -> JsResult<Value> {
    let len = if wide { units.len() / 2 } else { units.len() };
    let data = &units[..if wide { len * 2 } else { len }];
    // out has exactly data.len() slots; copy_to writes them all.
    with_serialized(cx, fmt, len, wide, |out| copy_to(data, out))
}

/// Buffers up to this size are kept for reuse: fresh multi-MiB allocations
/// cost page faults on every call (the C allocator hands them back to the OS).
const SCRATCH_KEEP: usize = 8 << 20;

thread_local! {
    static SCRATCH: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Builds `<header> <tag> <leb128(len << 1 | wide)> <data>` with `fill`
/// writing the data in place (it must initialize every slot it is given),
/// and has the engine read the string back.
fn with_serialized(
    cx: &Ctx,
    fmt: &Format,
    len: usize,
    wide: bool,
    fill: impl FnOnce(&mut [MaybeUninit<u8>]),
) -> JsResult<Value> {
    let bytes = len << wide as u32;
    let mut head = [0u8; 24];
    let mut h = fmt.header.len();
    head[..h].copy_from_slice(&fmt.header);
    head[h] = fmt.string_tag;
    h += 1;
    let mut leb = Vec::with_capacity(5);
    leb128(((len as u32) << 1) | wide as u32, &mut leb);
    head[h..h + leb.len()].copy_from_slice(&leb);
    h += leb.len();
    let total = h + bytes;
    let read = |buf: &[u8]| -> JsResult<Value> {
        // SAFETY: the engine copies the buffer during the call.
        cx.wrap(unsafe { q::JS_ReadObject(cx.as_raw(), buf.as_ptr(), buf.len() as _, 0) })
    };
    let build = |buf: &mut Vec<u8>| {
        buf.clear();
        buf.reserve(total);
        let spare = &mut buf.spare_capacity_mut()[..total];
        for (d, s) in spare[..h].iter_mut().zip(&head[..h]) {
            d.write(*s);
        }
        fill(&mut spare[h..]);
        // SAFETY: the header slots and (by fill's contract) every data slot
        // were written just above.
        unsafe { buf.set_len(total) };
    };
    if total > SCRATCH_KEEP {
        let mut buf = Vec::new();
        build(&mut buf);
        return read(&buf);
    }
    // Take the scratch out while JS may run (JS_ReadObject could re-enter
    // through a GC finalizer); put it back after.
    let mut buf = SCRATCH.with(|s| std::mem::take(&mut *s.borrow_mut()));
    build(&mut buf);
    let r = read(&buf);
    SCRATCH.with(|s| {
        let mut slot = s.borrow_mut();
        if slot.capacity() < buf.capacity() {
            *slot = buf;
        }
    });
    r
}

fn read(cx: &Ctx, fmt: &Format, v: &impl JsRef) -> Option<Units> {
    let buf = Serialized::new(cx, v)?;
    let all = buf.bytes();
    let h = fmt.header.len();
    if *all.get(h)? != fmt.string_tag {
        return None;
    }
    let (lw, n) = read_leb128(all.get(h + 1..)?)?;
    let wide = lw & 1 == 1;
    let len = (lw >> 1) as usize * if wide { 2 } else { 1 };
    let start = h + 1 + n;
    all.get(start..start + len)?;
    Some(Units { buf, start, len, wide })
}

fn format(cx: &Ctx) -> Option<&'static Format> {
    FORMAT.get_or_init(|| probe(cx)).as_ref()
}

/// Whether reading a string's units costs about a memcpy (no checksum pass).
pub fn cheap_read(cx: &Ctx) -> bool {
    format(cx).is_some_and(|f| !f.checksummed)
}

/// Whether raw-unit strings work in this engine (probed once).
pub fn available(cx: &Ctx) -> bool {
    format(cx).is_some()
}

/// A string of one-byte code units U+0000..U+00FF, one per byte.
/// None when [`available`] is false.
pub fn latin1_string(cx: &Ctx, bytes: &[u8]) -> Option<JsResult<Value>> {
    latin1_string_with(cx, bytes.len(), |out| copy_to(bytes, out))
}

/// A one-byte string of `len` units written in place by `fill`, which gets
/// exactly `len` slots and must initialize them all: no UTF-8 scan, and for
/// large strings no intermediate buffer either (`string_build`). None when
/// unavailable.
pub fn latin1_string_with(cx: &Ctx, len: usize, fill: impl FnOnce(&mut [MaybeUninit<u8>])) -> Option<JsResult<Value>> {
    let fmt = format(cx)?;
    if len > u32::MAX as usize >> 1 {
        return None;
    }
    if let Some(r) = string_build::fresh(cx, len, false) {
        return Some(r.map(|f| f.fill(fill)));
    }
    Some(with_serialized(cx, fmt, len, false, fill))
}

/// A string of UTF-16 code units given as little-endian byte pairs (an odd
/// last byte is ignored); lone surrogates are kept. None when unavailable.
pub fn utf16le_string(cx: &Ctx, bytes: &[u8]) -> Option<JsResult<Value>> {
    let fmt = format(cx)?;
    let pairs = &bytes[..bytes.len() & !1];
    if let Some(r) = string_build::fresh(cx, pairs.len() / 2, true) {
        return Some(r.map(|f| f.fill(|out| copy_to(pairs, out))));
    }
    Some(make(cx, fmt, bytes, true))
}

/// Whether a string of `len` units is made in place (one pass, no copy):
/// then the one-byte route beats the engine's UTF-8 scan even for ASCII.
pub fn in_place(cx: &Ctx, len: usize) -> bool {
    len >= string_build::MIN_UNITS && string_build::available(cx)
}

/// A short one-byte string, always a fresh allocation (`JS_ReadObject` never
/// shares what it reads): `string_build`'s template.
pub(super) fn small_latin1(cx: &Ctx, bytes: &[u8]) -> Option<JsResult<Value>> {
    Some(make(cx, format(cx)?, bytes, false))
}

fn copy_to(src: &[u8], out: &mut [MaybeUninit<u8>]) {
    let n = src.len().min(out.len());
    // SAFETY: both ranges hold n bytes and do not overlap (out is fresh).
    unsafe { std::ptr::copy_nonoverlapping(src.as_ptr(), out.as_mut_ptr() as *mut u8, n) }
}

/// The code units of a string (one copy, made by the engine). None for
/// non-strings or when unavailable.
pub fn string_units(cx: &Ctx, v: &impl JsRef) -> Option<Units> {
    let t = tag(v.raw());
    if t != q::JS_TAG_STRING && t != q::JS_TAG_STRING_ROPE {
        return None;
    }
    read(cx, format(cx)?, v)
}
