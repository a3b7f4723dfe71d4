//! node:buffer — `Buffer` (a `Uint8Array` subclass), every Node encoding,
//! `Blob`/`File`, `atob`/`btoa`, `isUtf8`/`isAscii`, `transcode`.
//!
//! Shape, as in Node 20: `FastBuffer` is `class FastBuffer extends Uint8Array`
//! (made once per context by a one-line engine eval: a JS class is the only
//! portable way to subclass a typed array); `Buffer.prototype` is
//! `FastBuffer.prototype`; `Buffer` is a native function (callable with or
//! without `new`, deprecated either way) whose `[Symbol.species]` is FastBuffer,
//! so `map`/`filter` give Buffers. Every method is native Rust working on the
//! bytes in place (engine::typed_array): new Buffers are made by constructing
//! `Uint8Array` with `new.target = FastBuffer`, which runs no JS.
//!
//! Functions that make Buffers carry the realm (`[Uint8Array, FastBuffer]`) as
//! function data, so they never look anything up per call.
//!
//! Speed (measured; benches/buffer.js): the portable engine API reads strings
//! only as WTF-8 and makes them only from UTF-8, zero-fills every new
//! ArrayBuffer and reports stale lengths for resized views, so the engine
//! layer reads and writes around it where it can verify the engine's layout
//! at run time (engine/string_layout.rs, string_build.rs, view_layout.rs,
//! fast_string.rs, typed_array::array_buffer_filled); each has the portable
//! route as fallback. Bulk conversions then take one pass, as in Node.

pub mod blob;
pub mod codec;
mod numbers;
mod proto;
pub(crate) mod validate;

use crate::context;
use std::mem::MaybeUninit;

use crate::engine::fast_string;
use crate::engine::string_layout::{self, StrUnits};
use crate::engine::typed_array::{self as ta, BinaryKind};
use crate::engine::JsStr;
use crate::engine::{Arg, Args, Ctx, JsRef, JsResult, Prop, RawCFn, RawCFnData, Thrown, Value};
use crate::errors::NodeError;
use codec::Encoding;
use validate::*;

const FAST_BUFFER_SRC: &str = "(class FastBuffer extends Uint8Array {\n  constructor(bufferOrLength, byteOffset, length) {\n    super(bufferOrLength, byteOffset, length);\n  }\n})";

const REALM_SLOT: &str = "buffer:realm";
const IS_ENCODING_SLOT: &str = "buffer:isEncoding";
const INSPECT_MAX_SLOT: &str = "buffer:INSPECT_MAX_BYTES";

/// The constructors Buffer-making functions need, bound as function data.
#[derive(Clone, Copy)]
pub(crate) struct Realm<'a> {
    pub u8: Arg<'a>,
    pub fast: Arg<'a>,
    /// `[poolArrayBuffer, poolOffset]` (Node's `allocPool`), or undefined.
    pub pool: Arg<'a>,
}

/// Node's `Buffer.poolSize`; strings and allocUnsafe sizes below half of it
/// are carved out of a shared pool ArrayBuffer, as in Node.
const POOL_SIZE: usize = 8 * 1024;

impl<'a> Realm<'a> {
    pub fn from_data(d: Args<'a>) -> Realm<'a> {
        Realm { u8: d.get(0), fast: d.get(1), pool: d.get(2) }
    }

    /// The pool ArrayBuffer and the offset where `need` bytes fit (a new pool
    /// when they do not).
    fn pool_reserve(&self, cx: Ctx, need: usize) -> JsResult<Option<(Value, usize)>> {
        if !cx.is_object(&self.pool) || need >= POOL_SIZE / 2 {
            return Ok(None);
        }
        let ab = cx.get_index(&self.pool, 0)?;
        let off = cx.get_index(&self.pool, 1).ok().and_then(|v| cx.as_number(&v)).unwrap_or(0.0) as usize;
        if ta::is_any_array_buffer(&cx, &ab) && off + need <= POOL_SIZE {
            return Ok(Some((ab, off)));
        }
        static ZEROS: [u8; POOL_SIZE] = [0; POOL_SIZE];
        let fresh = ta::array_buffer_copy(&cx, &ZEROS)?;
        cx.set_index(&self.pool, 0, fresh.dup())?;
        Ok(Some((fresh, 0)))
    }

    /// Records `used` bytes taken at `off` (aligned to 8, like Node).
    fn pool_commit(&self, cx: Ctx, off: usize, used: usize) -> JsResult<()> {
        let next = (off + used + 7) & !7;
        cx.set_index(&self.pool, 1, cx.number(next as f64))
    }

    /// `allocate(size)`: a pooled Buffer for small sizes, else a fresh one.
    pub fn alloc_pooled(&self, cx: Ctx, len: usize) -> JsResult<Value> {
        if len == 0 {
            return self.alloc(cx, 0);
        }
        match self.pool_reserve(cx, len)? {
            Some((ab, off)) => {
                // Pool regions are handed out once, so this one is still zero.
                self.pool_commit(cx, off, len)?;
                self.view(cx, &ab, off, len)
            }
            None => self.alloc(cx, len),
        }
    }

    /// `fromStringFast`: writes `s` into the pool when its bound fits there.
    pub fn from_source_pooled(&self, cx: Ctx, s: &StrSource, enc: Encoding, cap: usize) -> JsResult<Option<Value>> {
        let Some((ab, off)) = self.pool_reserve(cx, cap)? else {
            return Ok(None);
        };
        let n = match ta::bytes(&cx, &ab) {
            Some(mut b) => match b.as_mut_slice().get_mut(off..off + cap) {
                Some(d) => s.write(enc, d),
                None => return Ok(None),
            },
            None => return Ok(None),
        };
        self.pool_commit(cx, off, n)?;
        self.view(cx, &ab, off, n).map(Some)
    }

    /// `new FastBuffer(len)` (zero-filled).
    pub fn alloc(&self, cx: Ctx, len: usize) -> JsResult<Value> {
        let n = cx.number(len as f64);
        ta::construct_with_target(&cx, &self.u8, &self.fast, &[n.as_arg()])
    }

    /// `new FastBuffer(arrayBuffer, offset, len)`.
    pub fn view(&self, cx: Ctx, ab: &impl JsRef, off: usize, len: usize) -> JsResult<Value> {
        let (o, l) = (cx.number(off as f64), cx.number(len as f64));
        ta::construct_with_target(&cx, &self.u8, &self.fast, &[Arg::new_from(ab), o.as_arg(), l.as_arg()])
    }

    /// `new FastBuffer(...args)` with arguments as given.
    pub fn construct(&self, cx: Ctx, args: &[Arg]) -> JsResult<Value> {
        ta::construct_with_target(&cx, &self.u8, &self.fast, args)
    }

    /// A Buffer holding a copy of `data` (one copy: no zero-fill first).
    pub fn copy_of(&self, cx: Ctx, data: &[u8]) -> JsResult<Value> {
        self.filled(cx, data.len(), |slots| {
            // SAFETY: slots has data.len() slots (the capacity asked for).
            unsafe { std::ptr::copy_nonoverlapping(data.as_ptr(), slots.as_mut_ptr() as *mut u8, data.len()) };
            data.len()
        })
    }

    /// A Buffer over fresh memory that `fill` writes (see
    /// `ta::array_buffer_filled`), as long as what it wrote.
    pub fn filled(&self, cx: Ctx, cap: usize, fill: impl FnOnce(&mut [MaybeUninit<u8>]) -> usize) -> JsResult<Value> {
        if cap == 0 {
            return self.alloc(cx, 0);
        }
        let (ab, n) = ta::array_buffer_filled(&cx, cap, fill)?;
        if n == cap {
            return ta::construct_with_target(&cx, &self.u8, &self.fast, &[ab.as_arg()]);
        }
        self.view(cx, &ab, 0, n)
    }
}

/// Declares the `extern "C"` entry of a function carrying the realm.
macro_rules! realm_fn {
    ($name:ident => $imp:path) => {
        crate::js_fn_data!($name [3] => $imp);
    };
}
pub(crate) use realm_fn;

/// Makes a realm-carrying function object.
pub(crate) fn make_fn(cx: Ctx, realm: &[Arg], f: RawCFnData, name: &str, length: i32) -> JsResult<Value> {
    cx.function_with_data(f, name, length, realm)
}

// ----- strings <-> bytes ---------------------------------------------------------------

/// Node's `getEncodingOps(String(v))`, or `ERR_UNKNOWN_ENCODING` with `shown`.
pub(crate) fn encoding_of(cx: Ctx, v: &impl JsRef) -> JsResult<Encoding> {
    let s = cx.to_str(v)?;
    match Encoding::parse(s.as_bytes()) {
        Some(e) => Ok(e),
        None => Err(NodeError::unknown_encoding(&crate::lone_surrogates::from_wtf8(s.as_bytes())).throw(cx)),
    }
}

/// The same lookup without throwing.
pub(crate) fn try_encoding(cx: Ctx, v: &impl JsRef) -> JsResult<Option<Encoding>> {
    let s = cx.to_str(v)?;
    Ok(Encoding::parse(s.as_bytes()))
}

/// `normalizeEncoding(v)`: `utf8` for null/undefined/'', else the lookup.
pub(crate) fn normalize_encoding(cx: Ctx, v: &impl JsRef) -> JsResult<Option<Encoding>> {
    if cx.is_nullish(v) {
        return Ok(Some(Encoding::Utf8));
    }
    if !cx.is_string(v) {
        return Ok(None);
    }
    let s = cx.to_str(v)?;
    if s.as_bytes().is_empty() {
        return Ok(Some(Encoding::Utf8));
    }
    Ok(Encoding::parse(s.as_bytes()))
}

/// The message form of an encoding argument for ERR_UNKNOWN_ENCODING (`%s`).
pub(crate) fn shown(cx: Ctx, v: &impl JsRef) -> String {
    if cx.is_string(v) {
        // Marked text (crate::lone_surrogates), as messages are.
        cx.to_str(v).map(|s| crate::lone_surrogates::from_wtf8(s.as_bytes())).unwrap_or_default()
    } else {
        crate::modules::util::inspect::inspect_short(cx, v)
    }
}

/// The size `Buffer.from(string, enc)` allocates (Node's `ops.byteLength`).
pub(crate) fn byte_length(enc: Encoding, s: &[u8], units: usize) -> usize {
    match enc {
        Encoding::Utf8 => codec::utf8_len(s),
        Encoding::Utf16le => units * 2,
        Encoding::Latin1 | Encoding::Ascii => units,
        Encoding::Base64 | Encoding::Base64url => codec::base64_alloc_len(s, units),
        Encoding::Hex => units >> 1,
    }
}

/// Writes string `s` (WTF-8) into `out` in `enc`; bytes written.
pub(crate) fn write_string(enc: Encoding, s: &[u8], out: &mut [u8]) -> usize {
    match enc {
        Encoding::Utf8 => codec::write_utf8(s, out),
        Encoding::Utf16le => codec::write_ucs2(s, out),
        Encoding::Latin1 | Encoding::Ascii => codec::write_latin1(s, out),
        Encoding::Hex => codec::hex_decode(&codec::latin1_units(s), out),
        Encoding::Base64 => codec::base64_decode(&codec::latin1_units(s), out, false),
        Encoding::Base64url => codec::base64_decode(&codec::latin1_units(s), out, true),
    }
}

/// Whether a string, whose WTF-8 bytes are `wtf8`, is all ASCII. A long one
/// is by its length: the WTF-8 form is longer than the UTF-16 one exactly
/// when some unit is not ASCII, so one property read replaces a pass.
fn is_ascii_string(cx: Ctx, v: &impl JsRef, wtf8: &[u8]) -> bool {
    // (A string primitive's own `length`: reading it runs no JS.)
    if wtf8.len() >= 4096 && cx.is_string(v) {
        match cx.get(v, "length") {
            Ok(l) => {
                if let Some(n) = cx.as_number(&l) {
                    return n as usize == wtf8.len();
                }
            }
            Err(_) => drop(cx.take_exception()),
        }
    }
    codec::is_ascii(wtf8)
}

/// A JS string as the writers need it: its units read in place (when the
/// engine's string header is known: `engine::string_layout`), WTF-8 (what
/// `JS_ToCStringLen2` gives, zero-copy for ASCII), or its raw code units
/// copied out by the engine (the one-byte and UTF-16 encodings, which then
/// copy instead of transcoding).
pub(crate) enum StrSource<'v> {
    Direct(StrUnits<'v>),
    /// The WTF-8 bytes, and whether they are all ASCII.
    Wtf8(JsStr, bool),
    Units(fast_string::Units),
}

/// The low byte of each unit (Node's one-byte view of a string).
fn low_bytes(u: &[u16]) -> Vec<u8> {
    u.iter().map(|&c| c as u8).collect()
}

/// The last units of a two-byte string as base64's padding check sees them
/// (`charCodeAt(i) === 0x3D`): `=` stays, anything else is not `=` — not
/// its low byte, which would make U+D83D a `=`.
fn padding_tail(u: impl Iterator<Item = u16>) -> Vec<u8> {
    u.map(|c| if c == u16::from(b'=') { b'=' } else { 0 }).collect()
}

fn utf16_bytes(u: &[u16]) -> &[u8] {
    // SAFETY: any u16 slice is a valid byte slice of twice the length; the
    // units are little-endian (string_layout only reads them on LE targets).
    unsafe { std::slice::from_raw_parts(u.as_ptr() as *const u8, u.len() * 2) }
}

/// Writes one-byte units as `enc` (the `Direct(Latin1)` writer).
fn write_latin1_units(b: &[u8], enc: Encoding, out: &mut [u8]) -> usize {
    match enc {
        Encoding::Utf8 => codec::write_latin1_utf8(b, out),
        Encoding::Hex => codec::hex_decode(b, out),
        Encoding::Base64 => codec::base64_decode(b, out, false),
        Encoding::Base64url => codec::base64_decode(b, out, true),
        Encoding::Latin1 | Encoding::Ascii => {
            let n = b.len().min(out.len());
            out[..n].copy_from_slice(&b[..n]);
            n
        }
        Encoding::Utf16le => {
            let n = b.len().min(out.len() / 2);
            for (pair, &x) in out.chunks_exact_mut(2).zip(&b[..n]) {
                pair[0] = x;
                pair[1] = 0;
            }
            2 * n
        }
    }
}

impl<'v> StrSource<'v> {
    pub fn new(cx: Ctx, v: &'v impl JsRef, enc: Encoding) -> JsResult<StrSource<'v>> {
        if let Some(u) = string_layout::units(&cx, v) {
            return Ok(StrSource::Direct(u));
        }
        // The one-byte and UTF-16 encodings copy units instead of
        // transcoding. Hex and base64 input is read as WTF-8: for ASCII that
        // is JS_ToCStringLen2's count pass and no copy, which beats reading
        // the units (a serialization: copy + move, plus a checksum pass on
        // quickjs-ng) on both engines when they are compiled optimized.
        let raw = matches!(enc, Encoding::Latin1 | Encoding::Ascii | Encoding::Utf16le);
        if raw && cx.is_string(v) {
            if let Some(u) = fast_string::string_units(&cx, v) {
                return Ok(StrSource::Units(u));
            }
        }
        let s = cx.to_str(v)?;
        let ascii = is_ascii_string(cx, v, s.as_bytes());
        Ok(StrSource::Wtf8(s, ascii))
    }

    /// Whether the string is empty (no pass over it).
    pub fn is_empty(&self) -> bool {
        match self {
            StrSource::Direct(u) => u.is_empty(),
            StrSource::Wtf8(s, _) => s.as_bytes().is_empty(),
            StrSource::Units(u) => u.units() == 0,
        }
    }

    /// JS `length`.
    pub fn units(&self) -> usize {
        match self {
            StrSource::Direct(u) => u.len(),
            StrSource::Wtf8(s, true) => s.as_bytes().len(),
            StrSource::Wtf8(s, false) => codec::utf16_len(s.as_bytes()),
            StrSource::Units(u) => u.units(),
        }
    }

    pub fn byte_length(&self, enc: Encoding) -> usize {
        match self {
            StrSource::Direct(u) => match (enc, u) {
                (Encoding::Utf8, StrUnits::Latin1(b)) if codec::is_ascii(b) => b.len(),
                (Encoding::Utf8, StrUnits::Latin1(b)) => codec::latin1_utf8_len(b),
                (Encoding::Utf8, StrUnits::Utf16(w)) => codec::utf16_utf8_len(w),
                (Encoding::Utf16le, _) => u.len() * 2,
                (Encoding::Hex, _) => u.len() >> 1,
                (Encoding::Base64 | Encoding::Base64url, StrUnits::Latin1(b)) => codec::base64_alloc_len(b, b.len()),
                (Encoding::Base64 | Encoding::Base64url, StrUnits::Utf16(w)) => {
                    codec::base64_alloc_len(&padding_tail(w[w.len().saturating_sub(2)..].iter().copied()), w.len())
                }
                (Encoding::Latin1 | Encoding::Ascii, _) => u.len(),
            },
            // UTF-8's length is the WTF-8 length: no pass to count units.
            StrSource::Wtf8(s, _) if enc == Encoding::Utf8 => codec::utf8_len(s.as_bytes()),
            StrSource::Wtf8(s, _) => byte_length(enc, s.as_bytes(), self.units()),
            StrSource::Units(u) => match enc {
                Encoding::Utf16le => u.units() * 2,
                Encoding::Hex => u.units() >> 1,
                Encoding::Base64 | Encoding::Base64url => {
                    let b = u.bytes();
                    let tail = if u.is_wide() {
                        padding_tail(b[b.len().saturating_sub(4)..].chunks_exact(2).map(|p| u16::from_le_bytes([p[0], p[1]])))
                    } else {
                        b[b.len().saturating_sub(2)..].to_vec()
                    };
                    codec::base64_alloc_len(&tail, u.units())
                }
                _ => u.units(),
            },
        }
    }

    /// [`write`](Self::write) into uninitialized memory: returns the bytes
    /// written, which are the initialized prefix.
    pub fn write_uninit(&self, enc: Encoding, out: &mut [MaybeUninit<u8>]) -> usize {
        if let (StrSource::Direct(StrUnits::Latin1(b)), Encoding::Base64 | Encoding::Base64url) = (self, enc) {
            return codec::base64_decode_uninit(b, out, enc == Encoding::Base64url);
        }
        for slot in out.iter_mut() {
            slot.write(0);
        }
        // SAFETY: every slot was just initialized.
        let out = unsafe { &mut *(out as *mut [MaybeUninit<u8>] as *mut [u8]) };
        self.write(enc, out)
    }

    pub fn write(&self, enc: Encoding, out: &mut [u8]) -> usize {
        match self {
            StrSource::Direct(StrUnits::Latin1(b)) => write_latin1_units(b, enc, out),
            StrSource::Direct(StrUnits::Utf16(w)) => match enc {
                Encoding::Utf16le => {
                    let b = utf16_bytes(w);
                    let n = b.len().min(out.len() & !1);
                    out[..n].copy_from_slice(&b[..n]);
                    n
                }
                Encoding::Latin1 | Encoding::Ascii => {
                    let n = w.len().min(out.len());
                    for (o, &c) in out[..n].iter_mut().zip(w.iter()) {
                        *o = c as u8;
                    }
                    n
                }
                Encoding::Utf8 => codec::write_utf16_utf8(w, out),
                _ => write_latin1_units(&low_bytes(w), enc, out),
            },
            StrSource::Wtf8(s, true) => match enc {
                // ASCII input: the one-byte view is the input itself.
                Encoding::Hex => codec::hex_decode(s.as_bytes(), out),
                Encoding::Base64 => codec::base64_decode(s.as_bytes(), out, false),
                Encoding::Base64url => codec::base64_decode(s.as_bytes(), out, true),
                Encoding::Utf8 | Encoding::Latin1 | Encoding::Ascii => {
                    let n = s.as_bytes().len().min(out.len());
                    out[..n].copy_from_slice(&s.as_bytes()[..n]);
                    n
                }
                Encoding::Utf16le => codec::write_ucs2(s.as_bytes(), out),
            },
            StrSource::Wtf8(s, false) => write_string(enc, s.as_bytes(), out),
            StrSource::Units(u) => {
                let b = u.bytes();
                if matches!(enc, Encoding::Hex | Encoding::Base64 | Encoding::Base64url) {
                    let low: std::borrow::Cow<[u8]> = if u.is_wide() {
                        b.chunks_exact(2).map(|p| p[0]).collect::<Vec<u8>>().into()
                    } else {
                        b.into()
                    };
                    return match enc {
                        Encoding::Hex => codec::hex_decode(&low, out),
                        Encoding::Base64 => codec::base64_decode(&low, out, false),
                        _ => codec::base64_decode(&low, out, true),
                    };
                }
                match (enc, u.is_wide()) {
                    (Encoding::Utf16le, true) => {
                        let n = b.len().min(out.len() & !1);
                        out[..n].copy_from_slice(&b[..n]);
                        n
                    }
                    (Encoding::Utf16le, false) => {
                        let n = b.len().min(out.len() / 2);
                        for (i, &x) in b[..n].iter().enumerate() {
                            out[2 * i] = x;
                            out[2 * i + 1] = 0;
                        }
                        2 * n
                    }
                    (_, false) => {
                        let n = b.len().min(out.len());
                        out[..n].copy_from_slice(&b[..n]);
                        n
                    }
                    (_, true) => {
                        let n = (b.len() / 2).min(out.len());
                        for i in 0..n {
                            out[i] = b[2 * i];
                        }
                        n
                    }
                }
            }
        }
    }
}

/// Decodes bytes into a JS string. `b` must not be engine memory that JS
/// could touch during the call (it is only read before any JS runs).
pub(crate) fn decode(cx: Ctx, b: &[u8], enc: Encoding) -> JsResult<Value> {
    if let Err(e) = check_string_len(decoded_len_bound(b, enc)) {
        return Err(e.throw(cx));
    }
    match enc {
        Encoding::Utf8 => {
            // Large ASCII text: one copy into a string made in place, not
            // the engine's UTF-8 scan and copy.
            if fast_string::in_place(&cx, b.len()) && codec::is_ascii(b) {
                if let Some(r) = fast_string::latin1_string(&cx, b) {
                    return r;
                }
            }
            cx.string(&codec::utf8_to_str(b))
        }
        Encoding::Latin1 => {
            if fast_string::in_place(&cx, b.len()) || (b.len() >= 32 && !codec::is_ascii(b)) {
                if let Some(r) = fast_string::latin1_string(&cx, b) {
                    return r;
                }
            }
            cx.string(&codec::latin1_to_utf8(b))
        }
        Encoding::Ascii => {
            if fast_string::in_place(&cx, b.len()) {
                if let Some(r) = fast_string::latin1_string_with(&cx, b.len(), |out| codec::ascii_into(b, out)) {
                    return r;
                }
            }
            cx.string(&codec::ascii_to_utf8(b))
        }
        Encoding::Hex => {
            if b.len() >= 256 {
                if let Some(r) = fast_string::latin1_string_with(&cx, b.len() * 2, |out| codec::hex_encode_into(b, out)) {
                    return r;
                }
            }
            cx.string(&codec::hex_encode(b))
        }
        Encoding::Base64 | Encoding::Base64url => {
            let url = enc == Encoding::Base64url;
            if b.len() >= 256 {
                let n = codec::base64_encoded_len(b.len(), url);
                if let Some(r) = fast_string::latin1_string_with(&cx, n, |out| codec::base64_encode_into(b, out, url)) {
                    return r;
                }
            }
            cx.string(&codec::base64_encode(b, url))
        }
        Encoding::Utf16le => match fast_string::utf16le_string(&cx, b) {
            Some(r) => r,
            None => decode_ucs2_slow(cx, b),
        },
    }
}

/// The length in UTF-16 units of `b` decoded as `enc`: exact for every
/// encoding; for UTF-8 counted only when the byte count alone could exceed
/// the string limit (each byte gives at most one unit).
pub(crate) fn decoded_len_bound(b: &[u8], enc: Encoding) -> usize {
    match enc {
        Encoding::Utf8 if b.len() > validate::STRING_MAX_UNITS => codec::utf8_to_str(b).encode_utf16().count(),
        Encoding::Utf8 | Encoding::Latin1 | Encoding::Ascii => b.len(),
        Encoding::Hex => b.len().saturating_mul(2),
        Encoding::Base64 => codec::base64_encoded_len(b.len(), false),
        Encoding::Base64url => codec::base64_encoded_len(b.len(), true),
        Encoding::Utf16le => b.len() / 2,
    }
}

fn decode_ucs2_slow(cx: Ctx, b: &[u8]) -> JsResult<Value> {
    match codec::ucs2_decode(b) {
        codec::Utf16Text::Utf8(s) => cx.string(&s),
        codec::Utf16Text::Units(u) => cx.string_utf16(&u),
    }
}

/// `fromStringFast`/`createFromString`: a new Buffer holding `s` in `enc`.
/// `cap` is `s.byte_length(enc)`.
pub(crate) fn from_source(cx: Ctx, realm: &Realm, s: &StrSource, enc: Encoding, cap: usize) -> JsResult<Value> {
    // When the output is the input bytes, copy them once into a new buffer.
    match (s, enc) {
        (StrSource::Direct(StrUnits::Latin1(b)), Encoding::Latin1 | Encoding::Ascii) => return realm.copy_of(cx, b),
        // As long as the units: all ASCII.
        (StrSource::Direct(StrUnits::Latin1(b)), Encoding::Utf8) if cap == b.len() => return realm.copy_of(cx, b),
        (StrSource::Direct(StrUnits::Utf16(w)), Encoding::Utf16le) => return realm.copy_of(cx, utf16_bytes(w)),
        (StrSource::Wtf8(w, ascii), Encoding::Utf8) if *ascii || memchr::memchr(0xED, w.as_bytes()).is_none() => {
            return realm.copy_of(cx, w.as_bytes());
        }
        (StrSource::Units(u), Encoding::Latin1 | Encoding::Ascii) if !u.is_wide() => {
            return realm.copy_of(cx, u.bytes());
        }
        (StrSource::Units(u), Encoding::Utf16le) if u.is_wide() => {
            return realm.copy_of(cx, u.bytes());
        }
        _ => {}
    }
    realm.filled(cx, cap, |slots| s.write_uninit(enc, slots))
}

/// `fromString(string, encoding)`.
fn from_string(cx: Ctx, realm: &Realm, string: &impl JsRef, encoding: Arg) -> JsResult<Value> {
    let enc = if !cx.to_bool(&encoding)? || !cx.is_string(&encoding) {
        Encoding::Utf8
    } else {
        encoding_of(cx, &encoding)?
    };
    let s = StrSource::new(cx, string, enc)?;
    if s.is_empty() {
        return realm.alloc(cx, 0);
    }
    let cap = s.byte_length(enc);
    if let Some(b) = realm.from_source_pooled(cx, &s, enc, cap)? {
        return Ok(b);
    }
    from_source(cx, realm, &s, enc, cap)
}

// ----- Buffer statics ------------------------------------------------------------------

fn first_arg_error(cx: Ctx, v: &impl JsRef) -> Thrown {
    type_error(cx, "first argument", &["string", "Buffer", "ArrayBuffer", "Array", "Array-like Object"], v)
}

/// `Buffer.from(value, encodingOrOffset, length)`.
fn from_value(cx: Ctx, realm: &Realm, value: Arg, enc_or_off: Arg, length: Arg, depth: u32) -> JsResult<Value> {
    if cx.is_string(&value) {
        return from_string(cx, realm, &value, enc_or_off);
    }
    if cx.is_object(&value) && !cx.is_function(&value) {
        if ta::is_any_array_buffer(&cx, &value) {
            return from_array_buffer(cx, realm, value, enc_or_off, length);
        }
        if ta::binary_kind(&cx, &value) == Some(BinaryKind::Uint8Array) {
            // Fast path of fromObject -> fromArrayLike for a Buffer/Uint8Array
            // whose valueOf is the default one.
            return copy_bytes_of(cx, realm, &value);
        }
        let value_of = cx.get(&value, "valueOf")?;
        if cx.to_bool(&value_of)? {
            let v = cx.call(&value_of, &value, &[])?;
            if !cx.is_nullish(&v) && !cx.strict_equals(&v, &value) && (cx.is_string(&v) || cx.is_object(&v)) && depth < 32 {
                return from_value(cx, realm, v.as_arg(), enc_or_off, length, depth + 1);
            }
        }
        if let Some(b) = from_object(cx, realm, &value)? {
            return Ok(b);
        }
        let global = cx.global();
        let symbol = cx.get(&global, "Symbol")?;
        let to_prim = cx.get(&symbol, "toPrimitive")?;
        let f = ta::get_by_key(&cx, &value, &to_prim)?;
        if cx.is_function(&f) {
            let hint = cx.string("string")?;
            let prim = cx.call(&f, &value, &[hint.as_arg()])?;
            if cx.is_string(&prim) {
                return from_string(cx, realm, &prim, enc_or_off);
            }
        }
    }
    Err(first_arg_error(cx, &value))
}

fn copy_bytes_of(cx: Ctx, realm: &Realm, src: &impl JsRef) -> JsResult<Value> {
    let len = ta::bytes(&cx, src).map(|b| b.len()).unwrap_or(0);
    let buf = realm.alloc(cx, len)?;
    if let (Some(mut d), Some(s)) = (ta::bytes(&cx, &buf), ta::bytes(&cx, src)) {
        d.copy_from(0, &s);
    }
    Ok(buf)
}

/// `fromObject(obj)`: array-likes, views, `{type: 'Buffer', data: [...]}`.
fn from_object(cx: Ctx, realm: &Realm, obj: &impl JsRef) -> JsResult<Option<Value>> {
    let len = cx.get(obj, "length")?;
    let is_view_like = !cx.is_undefined(&len) || {
        let b = cx.get(obj, "buffer")?;
        ta::is_any_array_buffer(&cx, &b)
    };
    if is_view_like {
        if !cx.is_number(&len) {
            return realm.alloc(cx, 0).map(Some);
        }
        return from_array_like(cx, realm, obj, &len).map(Some);
    }
    let ty = cx.get(obj, "type")?;
    if cx.is_string(&ty) && cx.to_str(&ty)?.as_bytes() == b"Buffer" {
        let data = cx.get(obj, "data")?;
        if cx.is_array(&data) {
            let l = cx.get(&data, "length")?;
            return from_array_like(cx, realm, &data, &l).map(Some);
        }
    }
    Ok(None)
}

/// `fromArrayLike(obj)`.
fn from_array_like(cx: Ctx, realm: &Realm, obj: &impl JsRef, len: &Value) -> JsResult<Value> {
    let n = cx.as_number(len).unwrap_or(0.0);
    if !(n > 0.0) {
        return realm.alloc(cx, 0);
    }
    if ta::is_uint8_array(&cx, obj) {
        return copy_bytes_of(cx, realm, obj);
    }
    if cx.is_array(obj) && n <= 4096.0 {
        // Element by element (ToNumber, then ToUint8), as %TypedArray%.prototype.set.
        let count = n as usize;
        let mut tmp = Vec::with_capacity(count);
        for i in 0..count {
            let v = cx.get_index(obj, i as u32)?;
            let d = match cx.as_number(&v) {
                Some(d) => d,
                None => cx.to_f64(&v)?,
            };
            tmp.push(to_uint32(d) as u8);
        }
        return realm.copy_of(cx, &tmp);
    }
    realm.construct(cx, &[Arg::new_from(obj)])
}

/// `fromArrayBuffer(obj, byteOffset, length)`: shares the memory.
fn from_array_buffer(cx: Ctx, realm: &Realm, ab: Arg, byte_offset: Arg, length: Arg) -> JsResult<Value> {
    let off = if cx.is_undefined(&byte_offset) {
        0.0
    } else {
        let d = cx.to_f64(&byte_offset)?;
        if d.is_nan() {
            0.0
        } else {
            d
        }
    };
    let ab_len = cx.to_f64(&cx.get(&ab, "byteLength")?)?;
    let max_length = ab_len - off;
    if max_length < 0.0 {
        return Err(NodeError::buffer_out_of_bounds(Some("offset")).throw(cx));
    }
    let len = if cx.is_undefined(&length) {
        max_length
    } else {
        let l = cx.to_f64(&length)?;
        if l > 0.0 {
            if l > max_length {
                return Err(NodeError::buffer_out_of_bounds(Some("length")).throw(cx));
            }
            l
        } else {
            0.0
        }
    };
    let (o, l) = (cx.number(off), cx.number(len));
    realm.construct(cx, &[ab, o.as_arg(), l.as_arg()])
}

realm_fn!(buffer_from => from_imp);
fn from_imp(cx: Ctx, _this: Arg, args: Args, data: Args) -> JsResult<Value> {
    from_value(cx, &Realm::from_data(data), args.get(0), args.get(1), args.get(2), 0)
}

realm_fn!(buffer_copy_bytes_from => copy_bytes_from_imp);
fn copy_bytes_from_imp(cx: Ctx, _this: Arg, args: Args, data: Args) -> JsResult<Value> {
    let realm = Realm::from_data(data);
    let view = args.get(0);
    if !ta::is_typed_array(&cx, &view) {
        return Err(type_error(cx, "view", &["TypedArray"], &view));
    }
    let count = cx.to_f64(&cx.get(&view, "length")?)? as usize;
    if count == 0 {
        return realm.alloc(cx, 0);
    }
    let total = ta::bytes(&cx, &view).map(|b| b.len()).unwrap_or(0);
    let bpe = (total / count).max(1);
    let (offset, length) = (args.get(1), args.get(2));
    let mut start = 0usize;
    let mut end = count;
    if !cx.is_undefined(&offset) || !cx.is_undefined(&length) {
        if !cx.is_undefined(&offset) {
            start = validate_integer(cx, &offset, "offset", 0.0, MAX_SAFE_INTEGER)? as usize;
            if start >= count {
                return realm.alloc(cx, 0);
            }
        }
        if !cx.is_undefined(&length) {
            let l = validate_integer(cx, &length, "length", 0.0, MAX_SAFE_INTEGER)? as usize;
            end = start.saturating_add(l).min(count);
        }
    }
    let (a, b) = (start * bpe, end.max(start) * bpe);
    let slice = ta::bytes(&cx, &view).map(|v| v.as_slice()[a.min(v.len())..b.min(v.len())].to_vec()).unwrap_or_default();
    realm.copy_of(cx, &slice)
}

realm_fn!(buffer_of => of_imp);
fn of_imp(cx: Ctx, _this: Arg, args: Args, data: Args) -> JsResult<Value> {
    let realm = Realm::from_data(data);
    let mut tmp = Vec::with_capacity(args.len());
    for a in args.iter() {
        tmp.push(to_uint32(cx.to_f64(&a)?) as u8);
    }
    realm.copy_of(cx, &tmp)
}

fn size_arg(cx: Ctx, v: &impl JsRef) -> JsResult<usize> {
    let d = validate_number(cx, v, "size", Some(0.0), Some(K_MAX_LENGTH))?;
    Ok(d as usize)
}

realm_fn!(buffer_alloc => alloc_imp);
fn alloc_imp(cx: Ctx, _this: Arg, args: Args, data: Args) -> JsResult<Value> {
    let realm = Realm::from_data(data);
    let size = size_arg(cx, &args.get(0))?;
    let fill = args.get(1);
    let buf = realm.alloc(cx, size)?;
    let zero = cx.as_number(&fill) == Some(0.0);
    if !cx.is_undefined(&fill) && !zero && size > 0 {
        let end = cx.number(size as f64);
        let start = cx.int(0);
        proto::fill_impl(cx, &buf, fill, start.as_arg(), end.as_arg(), args.get(2))?;
    }
    Ok(buf)
}

realm_fn!(buffer_alloc_unsafe => alloc_unsafe_imp);
fn alloc_unsafe_imp(cx: Ctx, _this: Arg, args: Args, data: Args) -> JsResult<Value> {
    let size = size_arg(cx, &args.get(0))?;
    Realm::from_data(data).alloc_pooled(cx, size)
}

realm_fn!(buffer_alloc_unsafe_slow => alloc_unsafe_slow_imp);
fn alloc_unsafe_slow_imp(cx: Ctx, _this: Arg, args: Args, data: Args) -> JsResult<Value> {
    let size = size_arg(cx, &args.get(0))?;
    Realm::from_data(data).alloc(cx, size)
}

realm_fn!(buffer_is_buffer => is_buffer_imp);
fn is_buffer_imp(cx: Ctx, _this: Arg, args: Args, data: Args) -> JsResult<Value> {
    let realm = Realm::from_data(data);
    Ok(cx.bool(ta::instance_of(&cx, &args.get(0), &realm.fast)?))
}

pub(crate) fn compare_bytes(a: &[u8], b: &[u8]) -> i32 {
    match a.cmp(b) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    }
}

crate::js_fn!(buffer_compare => compare_imp);
fn compare_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let (a, b) = (args.get(0), args.get(1));
    if !ta::is_uint8_array(&cx, &a) {
        return Err(type_error(cx, "buf1", &["Buffer", "Uint8Array"], &a));
    }
    if !ta::is_uint8_array(&cx, &b) {
        return Err(type_error(cx, "buf2", &["Buffer", "Uint8Array"], &b));
    }
    let (x, y) = (ta::bytes(&cx, &a).ok_or(Thrown)?, ta::bytes(&cx, &b).ok_or(Thrown)?);
    Ok(cx.int(compare_bytes(x.as_slice(), y.as_slice())))
}

crate::js_fn!(buffer_is_encoding => is_encoding_imp);
fn is_encoding_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let e = args.get(0);
    if !cx.is_string(&e) {
        return Ok(cx.bool(false));
    }
    let s = cx.to_str(&e)?;
    Ok(cx.bool(!s.as_bytes().is_empty() && Encoding::parse(s.as_bytes()).is_some()))
}

realm_fn!(buffer_concat => concat_imp);
fn concat_imp(cx: Ctx, _this: Arg, args: Args, data: Args) -> JsResult<Value> {
    let realm = Realm::from_data(data);
    let (list, length) = (args.get(0), args.get(1));
    if !cx.is_array(&list) {
        return Err(type_error(cx, "list", &["Array"], &list));
    }
    let n = cx.to_f64(&cx.get(&list, "length")?)? as u32;
    if n == 0 {
        return realm.alloc(cx, 0);
    }
    let fixed = if cx.is_undefined(&length) { None } else { Some(validate_offset(cx, &length, "length", K_MAX_LENGTH)?) };
    // Pass 1 (may run JS: element getters, `length` of non-buffers): one
    // class check per element; the list keeps each Buffer alive.
    let mut spans = ta::SpanList::with_capacity(&cx, n as usize);
    let mut bad: Option<(u32, Value)> = None;
    let mut other_len = 0f64;
    for i in 0..n {
        let Some(item) = spans.push_index(&cx, &list, i, bad.is_none())? else {
            continue;
        };
        if fixed.is_none() {
            if cx.is_nullish(&item) {
                let what = if cx.is_null(&item) { "null" } else { "undefined" };
                return Err(numbers::plain_type_error(cx, &format!("Cannot read properties of {what} (reading 'length')")));
            }
            let l = cx.get(&item, "length")?;
            if cx.to_bool(&l)? {
                other_len += cx.to_f64(&l)?;
            }
        }
        if bad.is_none() {
            bad = Some((i, item));
        }
    }
    if let Some((i, item)) = bad {
        // Node copies the buffers before it and throws at this one; the
        // result is discarded either way.
        return Err(type_error(cx, &format!("list[{i}]"), &["Buffer", "Uint8Array"], &item));
    }
    // No JS runs from here on: the bytes measured stay where they are.
    let measured = spans.measure(&cx);
    let total = match fixed {
        Some(t) => t,
        None => (measured as f64 + other_len) as usize,
    };
    let out = realm.alloc_pooled(cx, total)?;
    let mut dst = ta::bytes(&cx, &out).ok_or(Thrown)?;
    // SAFETY: since `measure`, only the Buffer was made (constructing
    // Uint8Array with new.target FastBuffer runs no JS); `out` keeps dst live.
    unsafe { spans.copy_into(&cx, &mut dst) };
    Ok(out)
}

crate::js_fn!(buffer_byte_length => byte_length_imp);
fn byte_length_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let (string, encoding) = (args.get(0), args.get(1));
    if !cx.is_string(&string) {
        if ta::is_array_buffer_view(&cx, &string) || ta::is_any_array_buffer(&cx, &string) {
            return cx.get(&string, "byteLength");
        }
        return Err(type_error(cx, "string", &["string", "Buffer", "ArrayBuffer"], &string));
    }
    let enc = if !cx.to_bool(&encoding)? { Encoding::Utf8 } else { try_encoding(cx, &encoding)?.unwrap_or(Encoding::Utf8) };
    // Units read in place where the engine allows (no copy of a large
    // string); else its WTF-8, which is no copy for ASCII. Never
    // StrSource::new's raw-unit copy: a length needs no units.
    let n = match string_layout::units(&cx, &string) {
        Some(u) => StrSource::Direct(u).byte_length(enc),
        None => {
            let s = cx.to_str(&string)?;
            byte_length(enc, s.as_bytes(), codec::utf16_len(s.as_bytes()))
        }
    };
    Ok(cx.number(n as f64))
}

// `SlowBuffer(size)` / `new SlowBuffer(size)` (a constructor, so no data).
crate::js_fn!(slow_buffer_fn => slow_buffer_imp);
fn slow_buffer_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let size = size_arg(cx, &args.get(0))?;
    let realm_arr = context::slot_get(cx, REALM_SLOT).ok_or(Thrown)?;
    let (u8c, fast) = (cx.get_index(&realm_arr, 0)?, cx.get_index(&realm_arr, 1)?);
    let undef = cx.undefined();
    Realm { u8: u8c.as_arg(), fast: fast.as_arg(), pool: undef.as_arg() }.alloc(cx, size)
}

// `Buffer(arg, encodingOrOffset, length)` / `new Buffer(...)` (deprecated).
crate::js_fn!(buffer_ctor => buffer_ctor_imp);
fn buffer_ctor_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    deprecation_warning(cx);
    let realm_arr = context::slot_get(cx, REALM_SLOT).ok_or(Thrown)?;
    let (u8c, fast) = (cx.get_index(&realm_arr, 0)?, cx.get_index(&realm_arr, 1)?);
    let undef = cx.undefined();
    let realm = Realm { u8: u8c.as_arg(), fast: fast.as_arg(), pool: undef.as_arg() };
    let arg = args.get(0);
    if cx.is_number(&arg) {
        if cx.is_string(&args.get(1)) {
            return Err(type_error(cx, "string", &["string"], &arg));
        }
        let size = size_arg(cx, &arg)?;
        return realm.alloc(cx, size);
    }
    from_value(cx, &realm, arg, args.get(1), args.get(2), 0)
}

/// Node warns (DEP0005) only for a Buffer() call whose caller is outside
/// node_modules, and stops looking after 10,000 calls that were inside it.
const NODE_MODULES_CHECKS: i32 = 10_000;

fn deprecation_warning(cx: Ctx) {
    if crate::modules::process::deprecation_emitted(cx, "DEP0005") {
        return;
    }
    let checks = context::slot_get(cx, "buffer:DEP0005-checks").and_then(|v| cx.to_i32(&v).ok()).unwrap_or(0);
    if checks >= NODE_MODULES_CHECKS {
        return;
    }
    context::slot_set(cx, "buffer:DEP0005-checks", cx.int(checks + 1));
    if caller_in_node_modules(cx) {
        return;
    }
    crate::modules::process::deprecate_once(
        cx,
        "Buffer() is deprecated due to security and usability issues. Please use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.",
        "DEP0005",
    );
}

/// Whether the first frame of the current JS stack that is not the library's
/// or native code belongs to a file under a node_modules directory.
fn caller_in_node_modules(cx: Ctx) -> bool {
    let stack = (|| -> JsResult<String> {
        let ctor = cx.get(&cx.global(), "Error")?;
        let err = cx.construct(&ctor, &[])?;
        cx.to_string(&cx.get(&err, "stack")?)
    })();
    let Ok(stack) = stack else {
        drop(cx.take_exception());
        return false;
    };
    for line in stack.lines() {
        let Some(frame) = line.trim_start().strip_prefix("at ") else { continue };
        // `name (file:line:col)` or a bare `file:line:col`.
        let place = match (frame.rfind('('), frame.ends_with(')')) {
            (Some(open), true) => &frame[open + 1..frame.len() - 1],
            _ => frame,
        };
        if place == "native" || place.starts_with("node:") || place.starts_with('<') {
            continue;
        }
        return place.contains("/node_modules/") || place.contains("\\node_modules\\");
    }
    false
}

// ----- module functions ----------------------------------------------------------------

fn dom_exception(cx: Ctx, message: &str, name: &str) -> Thrown {
    match crate::modules::events::new_dom_exception(cx, message, name) {
        Ok(e) => cx.throw(e),
        Err(t) => t,
    }
}

crate::js_fn!(buffer_btoa => btoa_imp);
fn btoa_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    if args.is_empty() {
        return Err(NodeError::missing_args(&["input"]).throw(cx));
    }
    let s = cx.to_str(&args.get(0))?;
    let units = codec::utf16_units(s.as_bytes());
    let mut bytes = Vec::with_capacity(units.len());
    for u in units {
        if u > 0xFF {
            return Err(dom_exception(cx, "Invalid character", "InvalidCharacterError"));
        }
        bytes.push(u as u8);
    }
    cx.string(&codec::base64_encode(&bytes, false))
}

crate::js_fn!(buffer_atob => atob_imp);
fn atob_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    if args.is_empty() {
        return Err(NodeError::missing_args(&["input"]).throw(cx));
    }
    let s = cx.to_str(&args.get(0))?;
    match atob_decode(s.as_bytes()) {
        Ok(bytes) => cx.string(&codec::latin1_to_utf8(&bytes)),
        Err(AtobError::InvalidCharacter) => Err(dom_exception(cx, "Invalid character", "InvalidCharacterError")),
        Err(AtobError::BadLength) => {
            Err(dom_exception(cx, "The string to be decoded is not correctly encoded.", "InvalidCharacterError"))
        }
    }
}

pub enum AtobError {
    InvalidCharacter,
    BadLength,
}

/// WHATWG forgiving-base64 decode (what `atob` does).
pub fn atob_decode(s: &[u8]) -> Result<Vec<u8>, AtobError> {
    let mut data: Vec<u8> = Vec::with_capacity(s.len());
    for &c in s {
        match c {
            b'\t' | b'\n' | 0x0C | b'\r' | b' ' => {}
            c if c >= 0x80 => return Err(AtobError::InvalidCharacter),
            c => data.push(c),
        }
    }
    // Node 20, observed: up to two trailing '=' are padding; then any character
    // outside the alphabet (a '=' left anywhere included) is invalid; then a
    // remainder of one character is "not correctly encoded"; then padding must
    // complete a group of four.
    let mut padding = 0;
    while padding < 2 && data.last() == Some(&b'=') {
        data.pop();
        padding += 1;
    }
    if data.iter().any(|&c| !c.is_ascii_alphanumeric() && c != b'+' && c != b'/') {
        return Err(AtobError::InvalidCharacter);
    }
    if data.len() % 4 == 1 {
        return Err(AtobError::BadLength);
    }
    if padding > 0 && (data.len() + padding) % 4 != 0 {
        return Err(AtobError::InvalidCharacter);
    }
    let mut out = vec![0u8; data.len() * 3 / 4 + 3];
    let n = codec::base64_decode_scalar(&data, &mut out);
    out.truncate(n);
    Ok(out)
}

fn input_bytes<'v>(cx: Ctx, v: &'v Arg) -> JsResult<ta::Bytes<'v>> {
    match ta::binary_kind(&cx, v) {
        Some(BinaryKind::DataView) | None => {
            Err(type_error(cx, "input", &["ArrayBuffer", "Buffer", "TypedArray"], v))
        }
        Some(_) if ta::is_detached_array_buffer(&cx, v) => Err(detached_error(cx)),
        Some(_) => ta::bytes(&cx, v).ok_or(Thrown),
    }
}

/// node_buffer.cc's `THROW_ERR_INVALID_STATE`: a plain Error with an own `code`.
fn detached_error(cx: Ctx) -> Thrown {
    let made = (|| -> JsResult<Value> {
        let global = cx.global();
        let ctor = cx.get(&global, "Error")?;
        let m = cx.string("Cannot validate on a detached buffer")?;
        let e = cx.construct(&ctor, &[m.as_arg()])?;
        cx.set(&e, "code", cx.string("ERR_INVALID_STATE")?)?;
        Ok(e)
    })();
    match made {
        Ok(e) => cx.throw(e),
        Err(t) => t,
    }
}

crate::js_fn!(buffer_is_utf8 => is_utf8_imp);
fn is_utf8_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let a = args.get(0);
    let b = input_bytes(cx, &a)?;
    Ok(cx.bool(simdutf8::basic::from_utf8(b.as_slice()).is_ok()))
}

crate::js_fn!(buffer_is_ascii => is_ascii_imp);
fn is_ascii_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let a = args.get(0);
    let b = input_bytes(cx, &a)?;
    Ok(cx.bool(b.as_slice().is_ascii()))
}

/// Node's `genericNodeError`: a plain Error with `code` and `errno`.
fn transcode_error(cx: Ctx, code: &str, errno: i32) -> Thrown {
    let made = (|| -> JsResult<Value> {
        let global = cx.global();
        let ctor = cx.get(&global, "Error")?;
        let m = cx.string(&format!("Unable to transcode Buffer [{code}]"))?;
        let e = cx.construct(&ctor, &[m.as_arg()])?;
        cx.set(&e, "code", cx.string(code)?)?;
        cx.set(&e, "errno", cx.int(errno))?;
        Ok(e)
    })();
    match made {
        Ok(e) => cx.throw(e),
        Err(t) => t,
    }
}

realm_fn!(buffer_transcode => transcode_imp);
fn transcode_imp(cx: Ctx, _this: Arg, args: Args, data: Args) -> JsResult<Value> {
    let realm = Realm::from_data(data);
    let source = args.get(0);
    if !ta::is_uint8_array(&cx, &source) {
        return Err(type_error(cx, "source", &["Buffer", "Uint8Array"], &source));
    }
    let src = ta::bytes(&cx, &source).ok_or(Thrown)?.as_slice().to_vec();
    if src.is_empty() {
        return realm.alloc(cx, 0);
    }
    let from = normalize_encoding(cx, &args.get(1))?;
    let to = normalize_encoding(cx, &args.get(2))?;
    use Encoding::*;
    let ok = |e: Option<Encoding>| matches!(e, Some(Utf8 | Utf16le | Latin1 | Ascii));
    if !ok(from) || !ok(to) {
        return Err(transcode_error(cx, "U_ILLEGAL_ARGUMENT_ERROR", 1));
    }
    let (from, to) = (from.unwrap_or(Utf8), to.unwrap_or(Utf8));
    // ICU's behaviour as Node drives it: which conversions are strict, where
    // U+FFFD or '?' appear, what an odd trailing UTF-16 byte does.
    let units = || -> Vec<u16> { src.chunks_exact(2).map(|p| u16::from_le_bytes([p[0], p[1]])).collect() };
    let text: Vec<u32> = match (from, to) {
        (Utf8, Utf16le) => match std::str::from_utf8(&src) {
            Ok(s) => s.chars().map(|c| c as u32).collect(),
            Err(_) => return Err(transcode_error(cx, "U_INVALID_CHAR_FOUND", 10)),
        },
        (Utf8, _) => String::from_utf8_lossy(&src).chars().map(|c| c as u32).collect(),
        // A single byte holds no unit at all: ICU reports it as invalid.
        (Utf16le, Utf8) if src.len() == 1 => return Err(transcode_error(cx, "U_INVALID_CHAR_FOUND", 10)),
        (Utf16le, Utf8) => {
            let mut v = Vec::new();
            for r in char::decode_utf16(units()) {
                match r {
                    Ok(c) => v.push(c as u32),
                    Err(_) => return Err(transcode_error(cx, "U_INVALID_CHAR_FOUND", 10)),
                }
            }
            v
        }
        (Utf16le, _) => {
            let mut v: Vec<u32> = char::decode_utf16(units()).map(|r| r.map(|c| c as u32).unwrap_or(0xFFFD)).collect();
            if to == Utf16le && src.len() % 2 == 1 {
                v.push(0xFFFD);
            }
            v
        }
        (Latin1, _) | (Ascii, Utf16le) => src.iter().map(|&b| b as u32).collect(),
        (Ascii, _) => src.iter().map(|&b| if b < 0x80 { b as u32 } else { 0xFFFD }).collect(),
        _ => Vec::new(),
    };
    let mut out = Vec::with_capacity(text.len() * 2);
    for cp in text {
        match to {
            Utf8 => {
                let c = char::from_u32(cp).unwrap_or('\u{FFFD}');
                let mut tmp = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut tmp).as_bytes());
            }
            Utf16le => {
                let c = char::from_u32(cp).unwrap_or('\u{FFFD}');
                let mut tmp = [0u16; 2];
                for u in c.encode_utf16(&mut tmp) {
                    out.extend_from_slice(&u.to_le_bytes());
                }
            }
            // What the target cannot hold becomes '?', except a default
            // ignorable code point (a BOM, ZWSP, soft hyphen in ASCII, …),
            // which ICU's substitution drops.
            Latin1 if cp < 0x100 => out.push(cp as u8),
            Ascii if cp < 0x80 => out.push(cp as u8),
            _ if default_ignorable(cp) => {}
            _ => out.push(b'?'),
        }
    }
    realm.copy_of(cx, &out)
}

/// Unicode's Default_Ignorable_Code_Point, as ICU's converters test it when
/// they substitute an unmappable character (the ranges node's ICU skips).
fn default_ignorable(cp: u32) -> bool {
    matches!(cp,
        0xAD | 0x34F | 0x61C | 0x115F | 0x1160 | 0x17B4..=0x17B5 | 0x180B..=0x180F | 0x200B..=0x200F
        | 0x202A..=0x202E | 0x2060..=0x206F | 0x3164 | 0xFE00..=0xFE0F | 0xFEFF | 0xFFA0 | 0xFFF0..=0xFFF8
        | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A | 0xE0000..=0xE0FFF)
}

/// INSPECT_MAX_BYTES lives in a per-context holder object (`{ v }`).
fn inspect_max_holder(cx: Ctx) -> JsResult<Value> {
    if let Some(h) = context::slot_get(cx, INSPECT_MAX_SLOT) {
        return Ok(h);
    }
    let h = cx.object()?;
    cx.set(&h, "v", cx.int(50))?;
    Ok(context::slot_get_or_insert(cx, INSPECT_MAX_SLOT, h))
}

crate::js_fn!(inspect_max_get => inspect_max_get_imp);
fn inspect_max_get_imp(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    let h = inspect_max_holder(cx)?;
    cx.get(&h, "v")
}

crate::js_fn!(inspect_max_set => inspect_max_set_imp);
fn inspect_max_set_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let v = args.get(0);
    validate_number(cx, &v, "INSPECT_MAX_BYTES", Some(0.0), None)?;
    let h = inspect_max_holder(cx)?;
    cx.set(&h, "v", cx.dup(&v))?;
    Ok(cx.undefined())
}

pub(crate) fn inspect_max_bytes(cx: Ctx) -> f64 {
    inspect_max_holder(cx).and_then(|h| cx.get(&h, "v")).ok().and_then(|v| cx.as_number(&v)).unwrap_or(50.0)
}

crate::js_fn!(resolve_object_url => resolve_object_url_imp);
fn resolve_object_url_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let text = cx.to_str(&args.get(0))?;
    let text = cx.string_wtf8(text.as_bytes())?;
    crate::modules::url::resolve_object_url(cx, &text.as_arg())
}

crate::js_fn!(species_get => species_get_imp);
fn species_get_imp(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    let realm = context::slot_get(cx, REALM_SLOT).ok_or(Thrown)?;
    cx.get_index(&realm, 1)
}

// ----- the module ----------------------------------------------------------------------

fn well_known_symbol(cx: Ctx, name: &str) -> JsResult<Value> {
    let global = cx.global();
    let symbol = cx.get(&global, "Symbol")?;
    cx.get(&symbol, name)
}

fn set_plain_fn(cx: Ctx, obj: &impl JsRef, name: &str, f: RawCFn, len: i32) -> JsResult<Value> {
    let func = cx.function(f, name, len)?;
    cx.set(obj, name, func.dup())?;
    Ok(func)
}

fn set_realm_fn(cx: Ctx, obj: &impl JsRef, realm: &[Arg], name: &str, f: RawCFnData, len: i32) -> JsResult<Value> {
    let func = make_fn(cx, realm, f, name, len)?;
    cx.set(obj, name, func.dup())?;
    Ok(func)
}

/// Builds `require('buffer')` for this context.
pub fn init(cx: Ctx) -> JsResult<Value> {
    let global = cx.global();
    let u8c = cx.get(&global, "Uint8Array")?;
    let fast = cx.eval_script(FAST_BUFFER_SRC, "<jsrt-node:buffer>")?;
    let realm_arr = cx.array_from(vec![u8c.dup(), fast.dup()])?;
    context::slot_get_or_insert(cx, REALM_SLOT, realm_arr);
    let pool = cx.array_from(vec![cx.undefined(), cx.int(0)])?;
    let realm = [u8c.as_arg(), fast.as_arg(), pool.as_arg()];
    let proto = cx.get(&fast, "prototype")?;

    // Buffer itself.
    let buffer = ta::constructor_function(&cx, buffer_ctor, "Buffer", 3)?;
    let proto_key = cx.string("prototype")?;
    ta::define_by_key(&cx, &buffer, &proto_key, proto.dup(), true, false, false)?;
    cx.set(&proto, "constructor", buffer.dup())?;
    proto::install(cx, &proto, &realm)?;

    cx.set(&buffer, "poolSize", cx.int(8192))?;
    set_realm_fn(cx, &buffer, &realm, "from", buffer_from, 3)?;
    set_realm_fn(cx, &buffer, &realm, "copyBytesFrom", buffer_copy_bytes_from, 3)?;
    set_realm_fn(cx, &buffer, &realm, "of", buffer_of, 0)?;
    set_realm_fn(cx, &buffer, &realm, "alloc", buffer_alloc, 3)?;
    set_realm_fn(cx, &buffer, &realm, "allocUnsafe", buffer_alloc_unsafe, 1)?;
    set_realm_fn(cx, &buffer, &realm, "allocUnsafeSlow", buffer_alloc_unsafe_slow, 1)?;
    set_realm_fn(cx, &buffer, &realm, "isBuffer", buffer_is_buffer, 1)?;
    set_plain_fn(cx, &buffer, "compare", buffer_compare, 2)?;
    set_plain_fn(cx, &buffer, "isEncoding", buffer_is_encoding, 1)?;
    let is_encoding = cx.get(&buffer, "isEncoding")?;
    context::slot_get_or_insert(cx, IS_ENCODING_SLOT, is_encoding);
    set_realm_fn(cx, &buffer, &realm, "concat", buffer_concat, 2)?;
    set_plain_fn(cx, &buffer, "byteLength", buffer_byte_length, 2)?;
    // Node's are ordinary functions: a `prototype`, and `new` works (form-data
    // writes `new Buffer.alloc(0)`). Buffer.of is not one.
    for name in ["from", "copyBytesFrom", "alloc", "allocUnsafe", "allocUnsafeSlow", "isBuffer", "compare", "isEncoding", "concat", "byteLength"] {
        cx.make_constructible(&cx.get(&buffer, name)?)?;
    }
    let species = well_known_symbol(cx, "species")?;
    let getter = cx.function(species_get, "get [Symbol.species]", 0)?;
    ta::define_accessor(&cx, &buffer, &species, getter, cx.undefined(), false, true)?;
    cx.set_prototype(&buffer, &u8c)?;

    // SlowBuffer.
    let slow = ta::constructor_function(&cx, slow_buffer_fn, "SlowBuffer", 1)?;
    let u8proto = cx.get(&u8c, "prototype")?;
    let slow_proto = cx.object_with_proto(&u8proto)?;
    cx.define(&slow_proto, "constructor", slow.dup(), Prop::HIDDEN)?;
    ta::define_by_key(&cx, &slow, &proto_key, slow_proto, true, false, false)?;
    cx.set_prototype(&slow, &u8c)?;

    let m = cx.object()?;
    cx.set(&m, "Buffer", buffer)?;
    cx.set(&m, "SlowBuffer", slow)?;
    set_realm_fn(cx, &m, &realm, "transcode", buffer_transcode, 3)?;
    set_plain_fn(cx, &m, "isUtf8", buffer_is_utf8, 1)?;
    set_plain_fn(cx, &m, "isAscii", buffer_is_ascii, 1)?;
    cx.set(&m, "kMaxLength", cx.number(K_MAX_LENGTH))?;
    cx.set(&m, "kStringMaxLength", cx.number(K_STRING_MAX_LENGTH))?;
    set_plain_fn(cx, &m, "btoa", buffer_btoa, 1)?;
    set_plain_fn(cx, &m, "atob", buffer_atob, 1)?;
    let constants = cx.object()?;
    cx.define(&constants, "MAX_LENGTH", cx.number(K_MAX_LENGTH), Prop::CONST_ENUM)?;
    cx.define(&constants, "MAX_STRING_LENGTH", cx.number(K_STRING_MAX_LENGTH), Prop::CONST_ENUM)?;
    cx.define(&m, "constants", constants, Prop::CONST_ENUM)?;
    let key = cx.string("INSPECT_MAX_BYTES")?;
    let g = cx.function(inspect_max_get, "get", 0)?;
    let s = cx.function(inspect_max_set, "set", 1)?;
    ta::define_accessor(&cx, &m, &key, g, s, true, true)?;
    define_lazy_blob(cx, &m, LAZY_BLOB, true)?;
    set_plain_fn(cx, &m, "resolveObjectURL", resolve_object_url, 1)?;
    define_lazy_blob(cx, &m, LAZY_FILE, true)?;
    Ok(m)
}

// Blob and File are built on first access, as Node's `buffer.Blob`/`buffer.File`
// and its `Blob`/`File` globals are: accessors that turn into plain values once
// read or assigned. Their JS (blob.js) is then not compiled by a host that
// loads node:buffer at start-up (jsrt does) for a script that never uses them.
const LAZY_BLOB: i32 = 0;
const LAZY_FILE: i32 = 1;
const LAZY_NAMES: [&str; 2] = ["Blob", "File"];
const BLOB_SLOT: &str = "buffer:blob";

fn define_lazy_blob(cx: Ctx, obj: &impl JsRef, which: i32, enumerable: bool) -> JsResult<()> {
    let name = LAZY_NAMES[which as usize];
    crate::lazy::define(cx, obj, name, enumerable, crate::lazy::Source::BufferBlob, which as usize)
}

/// `[Blob, File]` of this context, built once.
fn blob_pair(cx: Ctx) -> JsResult<Value> {
    if let Some(p) = context::slot_get(cx, BLOB_SLOT) {
        return Ok(p);
    }
    let (blob, file) = blob::build(cx, &buffer_constructor(cx)?)?;
    let pair = cx.array_from(vec![blob, file])?;
    Ok(context::slot_get_or_insert(cx, BLOB_SLOT, pair))
}

/// node:buffer's `Blob` (0) or `File` (1), for crate::lazy.
pub(crate) fn lazy_blob_value(cx: Ctx, which: usize) -> JsResult<Value> {
    let pair = blob_pair(cx)?;
    cx.get_index(&pair, (which & 1) as u32)
}

/// Whether `v` is the `Buffer.isEncoding` node:buffer made (string_decoder
/// asks: a module may have replaced it to accept more names).
pub(crate) fn is_original_is_encoding(cx: Ctx, v: &impl JsRef) -> bool {
    context::slot_get(cx, IS_ENCODING_SLOT).is_some_and(|f| cx.strict_equals(&f, v))
}

/// The `Buffer` constructor of this context (building node:buffer if needed).
pub fn buffer_constructor(cx: Ctx) -> JsResult<Value> {
    let m = crate::registry::load_cjs(cx, "buffer")?;
    cx.get(&m, "Buffer")
}

/// The globals Node has from node:buffer, and whether each is enumerable there.
const GLOBALS: [(&str, bool); 5] = [("Buffer", false), ("atob", true), ("btoa", true), ("Blob", false), ("File", false)];

/// `JSRT_NODE_GLOBAL_BUFFER`: the globals Node has from this module —
/// `Buffer`, and `atob`, `btoa`, `Blob`, `File` where the engine lacks them
/// (Bellard's QuickJS has no `atob`/`btoa`). Existing globals are left alone.
/// Like Node's, `Buffer` is an accessor for good and the others until first
/// read or assigned; node:buffer is built when a program first uses one, not
/// at start-up.
pub fn install_globals(cx: Ctx) -> JsResult<()> {
    let global = cx.global();
    for (i, (name, enumerable)) in GLOBALS.iter().enumerate() {
        if cx.is_undefined(&cx.get(&global, name)?) {
            if *name == "Buffer" {
                // Node's `Buffer` stays an accessor after its first read.
                crate::lazy::define_persistent(cx, &global, name, Err((crate::lazy::Source::BufferGlobal, i)))?;
            } else {
                crate::lazy::define(cx, &global, name, *enumerable, crate::lazy::Source::BufferGlobal, i)?;
            }
        }
    }
    Ok(())
}

/// The node:buffer global at `i` of GLOBALS, for crate::lazy.
pub(crate) fn lazy_global_value(cx: Ctx, i: usize) -> JsResult<Value> {
    let m = crate::registry::load_cjs(cx, "buffer")?;
    cx.get(&m, GLOBALS[i.min(GLOBALS.len() - 1)].0)
}

/// A new Buffer of `cap` bytes that `fill` writes (see [`Realm::filled`]), for
/// other modules (node:fs results). Loads node:buffer first if needed.
pub(crate) fn new_buffer_filled(cx: Ctx, cap: usize, fill: impl FnOnce(&mut [MaybeUninit<u8>]) -> usize) -> JsResult<Value> {
    if context::slot_get(cx, REALM_SLOT).is_none() {
        crate::registry::load_cjs(cx, "buffer")?;
    }
    let realm_arr = context::slot_get(cx, REALM_SLOT).ok_or(Thrown)?;
    let (u8c, fast) = (cx.get_index(&realm_arr, 0)?, cx.get_index(&realm_arr, 1)?);
    let undef = cx.undefined();
    Realm { u8: u8c.as_arg(), fast: fast.as_arg(), pool: undef.as_arg() }.filled(cx, cap, fill)
}

/// A new Buffer holding a copy of `data`.
pub(crate) fn new_buffer_copy(cx: Ctx, data: &[u8]) -> JsResult<Value> {
    new_buffer_filled(cx, data.len(), |slots| {
        // SAFETY: slots has data.len() slots (the capacity asked for).
        unsafe { std::ptr::copy_nonoverlapping(data.as_ptr(), slots.as_mut_ptr() as *mut u8, data.len()) };
        data.len()
    })
}

/// A Buffer over all of `ab` (an ArrayBuffer of `len` bytes), no copy.
pub(crate) fn new_buffer_over(cx: Ctx, ab: &Value, len: usize) -> JsResult<Value> {
    if context::slot_get(cx, REALM_SLOT).is_none() {
        crate::registry::load_cjs(cx, "buffer")?;
    }
    let realm_arr = context::slot_get(cx, REALM_SLOT).ok_or(Thrown)?;
    let (u8c, fast) = (cx.get_index(&realm_arr, 0)?, cx.get_index(&realm_arr, 1)?);
    let undef = cx.undefined();
    Realm { u8: u8c.as_arg(), fast: fast.as_arg(), pool: undef.as_arg() }.view(cx, ab, 0, len)
}
