//! Node's byte encodings as pure functions, no engine involved.
//!
//! Strings arrive as the engine hands them out: WTF-8 (UTF-8 in which a lone
//! surrogate is the 3-byte sequence `ED A0..BF xx`, and a surrogate pair is one
//! 4-byte character). Node's writers work on UTF-16 code units, so for the
//! one-byte encodings (latin1, ascii, hex, base64) each unit is cut to its low
//! byte, as V8's `WriteOneByte` and Node's `static_cast<uint8_t>` do.
//!
//! Decoders are fast paths (SIMD crates, whole-slice checks) in front of exact
//! ports of Node's scalar code, used whenever the fast path declines; a fast
//! path only answers when its answer equals the scalar one (rust-tests/buffer.rs
//! checks that on random input).

use std::borrow::Cow;

/// Node's encodings (`ucs2` and `utf16le` are one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16le,
    Latin1,
    Ascii,
    Base64,
    Base64url,
    Hex,
}

impl Encoding {
    /// Node's `getEncodingOps`: the exact names, ASCII case-insensitively.
    pub fn parse(name: &[u8]) -> Option<Encoding> {
        let eq = |s: &str| name.eq_ignore_ascii_case(s.as_bytes());
        Some(match name.len() {
            3 if eq("hex") => Encoding::Hex,
            4 if eq("utf8") => Encoding::Utf8,
            4 if eq("ucs2") => Encoding::Utf16le,
            5 if eq("utf-8") => Encoding::Utf8,
            5 if eq("ascii") => Encoding::Ascii,
            5 if eq("ucs-2") => Encoding::Utf16le,
            6 if eq("latin1") || eq("binary") => Encoding::Latin1,
            6 if eq("base64") => Encoding::Base64,
            7 if eq("utf16le") => Encoding::Utf16le,
            8 if eq("utf-16le") => Encoding::Utf16le,
            9 if eq("base64url") => Encoding::Base64url,
            _ => return None,
        })
    }

    /// The name `normalizeEncoding` gives.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf8",
            Encoding::Utf16le => "utf16le",
            Encoding::Latin1 => "latin1",
            Encoding::Ascii => "ascii",
            Encoding::Base64 => "base64",
            Encoding::Base64url => "base64url",
            Encoding::Hex => "hex",
        }
    }
}

// ----- reading WTF-8 ------------------------------------------------------------------

/// Whether every byte is < 0x80: 64 bytes per step, OR-reduced, which the
/// compiler vectorizes (AVX2 when the CPU has it, else SSE2).
pub fn is_ascii(b: &[u8]) -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        if b.len() >= 256 && std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the CPU supports AVX2 (checked above).
            return unsafe { is_ascii_avx2(b) };
        }
    }
    is_ascii_generic(b)
}

#[inline(always)]
fn is_ascii_generic(b: &[u8]) -> bool {
    let mut chunks = b.chunks_exact(64);
    for c in &mut chunks {
        let mut acc = 0u8;
        for &x in c {
            acc |= x;
        }
        if acc >= 0x80 {
            return false;
        }
    }
    chunks.remainder().is_ascii()
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn is_ascii_avx2(b: &[u8]) -> bool {
    is_ascii_generic(b)
}

/// The JS `length` (UTF-16 code units) of a WTF-8 string.
pub fn utf16_len(s: &[u8]) -> usize {
    if is_ascii(s) {
        return s.len();
    }
    let mut n = 0;
    for &b in s {
        if b & 0xC0 != 0x80 {
            n += 1;
        }
        if b >= 0xF0 {
            n += 1;
        }
    }
    n
}

/// Decodes one WTF-8 character at `s[i]`: (code point, byte length).
#[inline]
fn decode_at(s: &[u8], i: usize) -> (u32, usize) {
    let b = s[i];
    let cont = |k: usize| s.get(i + k).map(|c| (c & 0x3F) as u32).unwrap_or(0);
    if b < 0x80 {
        (b as u32, 1)
    } else if b < 0xE0 {
        (((b as u32 & 0x1F) << 6) | cont(1), 2)
    } else if b < 0xF0 {
        (((b as u32 & 0x0F) << 12) | (cont(1) << 6) | cont(2), 3)
    } else {
        (((b as u32 & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3), 4)
    }
}

/// Calls `f` with each UTF-16 code unit of a WTF-8 string; stops when `f`
/// returns false.
#[inline]
fn for_each_unit(s: &[u8], mut f: impl FnMut(u16) -> bool) {
    let mut i = 0;
    while i < s.len() {
        let (cp, n) = decode_at(s, i);
        i += n;
        if cp >= 0x10000 {
            let c = cp - 0x10000;
            if !f(0xD800 | (c >> 10) as u16) || !f(0xDC00 | (c & 0x3FF) as u16) {
                return;
            }
        } else if !f(cp as u16) {
            return;
        }
    }
}

/// The UTF-16 code units of a WTF-8 string.
pub fn utf16_units(s: &[u8]) -> Vec<u16> {
    let mut out = Vec::with_capacity(s.len());
    for_each_unit(s, |u| {
        out.push(u);
        true
    });
    out
}

/// The low byte of each UTF-16 unit: what Node's one-byte writers see.
pub fn latin1_units(s: &[u8]) -> Cow<'_, [u8]> {
    if is_ascii(s) {
        return Cow::Borrowed(s);
    }
    let mut out = Vec::with_capacity(s.len());
    for_each_unit(s, |u| {
        out.push(u as u8);
        true
    });
    Cow::Owned(out)
}

// ----- string -> bytes ------------------------------------------------------------------

/// `Buffer.byteLength(string, 'utf8')`: a lone surrogate becomes EF BF BD,
/// as long as its WTF-8 form, so this is the WTF-8 length.
pub fn utf8_len(s: &[u8]) -> usize {
    s.len()
}

/// Node's `byteLengthUtf8` of UTF-16 units: a lone surrogate counts as the
/// U+FFFD it is written as (3 bytes).
pub fn utf16_utf8_len(w: &[u16]) -> usize {
    #[cfg(target_arch = "x86_64")]
    {
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the CPU has AVX2.
            return unsafe { utf16_utf8_len_avx2(w) };
        }
    }
    utf16_utf8_len_body(w)
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn utf16_utf8_len_avx2(w: &[u16]) -> usize {
    utf16_utf8_len_body(w)
}

#[inline(always)]
fn utf16_utf8_len_body(w: &[u16]) -> usize {
    // Each unit from U+0080 adds a byte, from U+0800 another; a surrogate
    // pair is counted as two such units (6) but written as 4 bytes. A low
    // surrogate never starts a pair, so counting high-then-low neighbours
    // counts the pairs. Per chunk the sum fits u16 lanes (vectorized wide).
    const CHUNK: usize = 1 << 14;
    let mut n = w.len();
    if let Some(&first) = w.first() {
        n += (first >= 0x80) as usize + (first >= 0x800) as usize;
    }
    let (prev, next) = (&w[..w.len().saturating_sub(1)], w.get(1..).unwrap_or(&[]));
    for (p, u) in prev.chunks(CHUNK).zip(next.chunks(CHUNK)) {
        // At most 2 per unit, and a pair's low unit has added its 2 before
        // the pair takes them back: never negative, never above 2 * CHUNK.
        let mut extra = 0u16;
        for (&a, &b) in p.iter().zip(u) {
            let pair = (a & 0xFC00 == 0xD800) & (b & 0xFC00 == 0xDC00);
            extra = extra.wrapping_add((b >= 0x80) as u16 + (b >= 0x800) as u16).wrapping_sub(2 * pair as u16);
        }
        n += extra as usize;
    }
    n
}

/// UTF-16 units into `out` as UTF-8, whole characters that fit, lone
/// surrogates as U+FFFD (V8's `WriteUtf8`, i.e. `encodeInto`). Returns bytes
/// written; `out` beyond them is untouched.
pub fn write_utf16_utf8(w: &[u16], out: &mut [u8]) -> usize {
    encoding_rs::mem::convert_utf16_to_utf8_partial(w, out).1
}

/// V8's `WriteUtf8` with `REPLACE_INVALID_UTF8`: whole characters that fit,
/// lone surrogates as U+FFFD. Returns bytes written.
pub fn write_utf8(s: &[u8], out: &mut [u8]) -> usize {
    let mut n = s.len().min(out.len());
    if n < s.len() {
        // Never cut a character: back up to the start of the one cut.
        while n > 0 && s[n] & 0xC0 == 0x80 {
            n -= 1;
        }
    }
    out[..n].copy_from_slice(&s[..n]);
    // Lone surrogates (ED A0..BF xx) -> EF BF BD. `n` is on a character
    // boundary, so every ED lead found has its two continuation bytes.
    let mut from = 0;
    while let Some(p) = memchr::memchr(0xED, &out[from..n]) {
        let i = from + p;
        if i + 2 < n && out[i + 1] >= 0xA0 {
            out[i] = 0xEF;
            out[i + 1] = 0xBF;
            out[i + 2] = 0xBD;
            from = i + 3;
        } else {
            from = i + 1;
        }
    }
    n
}

/// UTF-8 length of one-byte units (U+0080..U+00FF take two bytes).
pub fn latin1_utf8_len(b: &[u8]) -> usize {
    // Byte sums over chunks of at most 255 (no overflow) vectorize well.
    b.len() + b.chunks(255).map(|c| c.iter().fold(0u8, |a, &x| a + (x >> 7)) as usize).sum::<usize>()
}

/// One-byte units as UTF-8: whole characters that fit. Returns bytes written.
pub fn write_latin1_utf8(b: &[u8], out: &mut [u8]) -> usize {
    if is_ascii(b) {
        let n = b.len().min(out.len());
        out[..n].copy_from_slice(&b[..n]);
        return n;
    }
    let (mut i, mut n) = (0, 0);
    while i < b.len() {
        // ASCII runs copy in one go.
        let run = b[i..].iter().position(|&c| c >= 0x80).unwrap_or(b.len() - i);
        let m = run.min(out.len() - n);
        out[n..n + m].copy_from_slice(&b[i..i + m]);
        (i, n) = (i + m, n + m);
        if m < run || i == b.len() || n + 2 > out.len() {
            break;
        }
        let c = b[i];
        out[n] = 0xC0 | (c >> 6);
        out[n + 1] = 0x80 | (c & 0x3F);
        (i, n) = (i + 1, n + 2);
    }
    n
}

/// `WriteOneByte`: the low byte of each unit, as many as fit.
pub fn write_latin1(s: &[u8], out: &mut [u8]) -> usize {
    if s.is_ascii() {
        let n = s.len().min(out.len());
        out[..n].copy_from_slice(&s[..n]);
        return n;
    }
    let mut n = 0;
    let cap = out.len();
    for_each_unit(s, |u| {
        if n == cap {
            return false;
        }
        out[n] = u as u8;
        n += 1;
        true
    });
    n
}

/// UTF-16LE: whole units that fit. Returns bytes written (even).
pub fn write_ucs2(s: &[u8], out: &mut [u8]) -> usize {
    let cap = out.len() / 2;
    let mut n = 0;
    if s.is_ascii() {
        for (k, &b) in s.iter().take(cap).enumerate() {
            out[2 * k] = b;
            out[2 * k + 1] = 0;
        }
        return 2 * s.len().min(cap);
    }
    for_each_unit(s, |u| {
        if n == cap {
            return false;
        }
        out[2 * n..2 * n + 2].copy_from_slice(&u.to_le_bytes());
        n += 1;
        true
    });
    2 * n
}

#[inline]
fn unhex(c: u8) -> u8 {
    match c {
        b'0'..=b'9' => c - b'0',
        b'a'..=b'f' => c - b'a' + 10,
        b'A'..=b'F' => c - b'A' + 10,
        _ => 0xFF,
    }
}

/// Node's `hex_decode`, over one-byte units: pairs until the output is full,
/// the input ends, or a pair has a non-hex digit (decoding stops there).
pub fn hex_decode_scalar(src: &[u8], out: &mut [u8]) -> usize {
    let mut i = 0;
    while i < out.len() && i * 2 + 1 < src.len() {
        let (a, b) = (unhex(src[i * 2]), unhex(src[i * 2 + 1]));
        if a == 0xFF || b == 0xFF {
            return i;
        }
        out[i] = (a << 4) | b;
        i += 1;
    }
    i
}

/// [`hex_decode_scalar`] with a SIMD fast path for all-valid input.
pub fn hex_decode(src: &[u8], out: &mut [u8]) -> usize {
    let n = out.len().min(src.len() / 2);
    if n >= 32 && hex_simd::decode(&src[..2 * n], hex_simd::Out::from_slice(&mut out[..n])).is_ok() {
        return n;
    }
    hex_decode_scalar(src, out)
}

/// Node's `base64ByteLength(str, str.length)` (the size `Buffer.from` allocates):
/// `units` is the string's length, `tail` its last two bytes.
pub fn base64_alloc_len(s: &[u8], units: usize) -> usize {
    let mut bytes = units;
    if s.last() == Some(&b'=') {
        bytes -= 1;
        if bytes > 1 && s.len() >= 2 && s[s.len() - 2] == b'=' {
            bytes -= 1;
        }
    }
    ((bytes as u64 * 3) >> 2) as usize
}

const fn unbase64_table() -> [u8; 256] {
    let mut t = [0xFFu8; 256];
    let chars = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let mut i = 0;
    while i < chars.len() {
        t[chars[i] as usize] = i as u8;
        i += 1;
    }
    t[b'+' as usize] = 62;
    t[b'-' as usize] = 62;
    t[b'/' as usize] = 63;
    t[b'_' as usize] = 63;
    t
}

static UNBASE64: [u8; 256] = unbase64_table();

/// Node's decoded size estimate (`Base64DecodedSize`).
fn base64_decoded_size(src: &[u8]) -> usize {
    let mut size = src.len();
    if size < 2 {
        return 0;
    }
    if src[size - 1] == b'=' {
        size -= 1;
        if src[size - 1] == b'=' {
            size -= 1;
        }
    }
    if size > 1 {
        (size / 4) * 3 + (size % 4 + 1) / 2
    } else {
        0
    }
}

/// One group of Node's `Base64DecodeGroupSlow`; false means stop decoding.
fn decode_group_slow(dst: &mut [u8], src: &[u8], i: &mut usize, k: &mut usize) -> bool {
    let dstlen = dst.len();
    let srclen = src.len();
    let mut hi: u8 = 0;
    for step in 0..4 {
        let lo;
        loop {
            let c = src[*i];
            let v = UNBASE64[c as usize];
            *i += 1;
            if v < 64 {
                lo = v;
                break;
            }
            if c == b'=' || *i >= srclen {
                return false;
            }
        }
        match step {
            1 => {
                dst[*k] = ((hi & 0x3F) << 2) | ((lo & 0x30) >> 4);
                *k += 1;
            }
            2 => {
                dst[*k] = ((hi & 0x0F) << 4) | ((lo & 0x3C) >> 2);
                *k += 1;
            }
            3 => {
                dst[*k] = ((hi & 0x03) << 6) | (lo & 0x3F);
                *k += 1;
            }
            _ => {}
        }
        if *i >= srclen {
            return false;
        }
        if *k >= dstlen {
            return false;
        }
        hi = lo;
    }
    true
}

/// Node's `Base64Decode` (the lenient decoder: both alphabets, skips any
/// other character, stops at `=`), over one-byte units.
pub fn base64_decode_scalar(src: &[u8], dst: &mut [u8]) -> usize {
    let decoded_size = base64_decoded_size(src);
    let dstlen = dst.len();
    let available = dstlen.min(decoded_size);
    let max_k = available / 3 * 3;
    let srclen = src.len();
    let mut max_i = srclen / 4 * 4;
    let mut i = 0;
    let mut k = 0;
    while i < max_i && k < max_k {
        let a = UNBASE64[src[i] as usize];
        let b = UNBASE64[src[i + 1] as usize];
        let c = UNBASE64[src[i + 2] as usize];
        let d = UNBASE64[src[i + 3] as usize];
        if (a | b | c | d) & 0x80 != 0 {
            if !decode_group_slow(dst, src, &mut i, &mut k) {
                return k;
            }
            max_i = i + (srclen - i) / 4 * 4;
        } else {
            dst[k] = (a << 2) | (b >> 4);
            dst[k + 1] = (b << 4) | (c >> 2);
            dst[k + 2] = (c << 6) | d;
            i += 4;
            k += 3;
        }
    }
    if i < srclen && k < dstlen {
        decode_group_slow(dst, src, &mut i, &mut k);
    }
    k
}

/// [`base64_decode_scalar`] with a SIMD fast path for canonical input.
pub fn base64_decode(src: &[u8], dst: &mut [u8], url: bool) -> usize {
    #[cfg(target_arch = "x86_64")]
    {
        if src.len() >= 128 && vbmi::available() {
            // SAFETY: the CPU has AVX-512 VBMI (checked just above).
            return unsafe { vbmi::base64_decode(src, dst) };
        }
    }
    if src.len() >= 64 {
        let engine = match (url, src.len() % 4 == 0) {
            (false, true) => &base64_simd::STANDARD,
            (false, false) => &base64_simd::STANDARD_NO_PAD,
            (true, true) => &base64_simd::URL_SAFE,
            (true, false) => &base64_simd::URL_SAFE_NO_PAD,
        };
        if let Ok(m) = engine.decoded_length(src) {
            if m <= dst.len() {
                if let Ok(out) = engine.decode(src, base64_simd::Out::from_slice(&mut dst[..m])) {
                    return out.len();
                }
            }
        }
    }
    base64_decode_scalar(src, dst)
}

/// [`base64_decode`] into uninitialized memory; returns bytes written (the
/// first that many slots are initialized).
pub fn base64_decode_uninit(src: &[u8], dst: &mut [std::mem::MaybeUninit<u8>], url: bool) -> usize {
    let (mut i, mut k) = (0, 0);
    #[cfg(target_arch = "x86_64")]
    {
        if src.len() >= 128 && vbmi::available() {
            // SAFETY: the CPU has AVX-512 VBMI; dst has dst.len() writable slots.
            (i, k) = unsafe { vbmi::base64_decode_blocks(src, dst.as_mut_ptr() as *mut u8, dst.len()) };
        }
    }
    let rest = &mut dst[k..];
    for slot in rest.iter_mut() {
        slot.write(0);
    }
    // SAFETY: every slot of `rest` was just initialized.
    let rest = unsafe { &mut *(rest as *mut [std::mem::MaybeUninit<u8>] as *mut [u8]) };
    k + if k == 0 { base64_decode(src, rest, url) } else { base64_decode_scalar(&src[i..], rest) }
}

/// Base64 with AVX-512 VBMI, 64 characters per step (the method of Muła and
/// Lemire, "Base64 encoding and decoding at almost the speed of a memory
/// copy", 2019): one `vpermi2b` translates 64 characters through a 128-entry
/// table, `vpmaddubsw`/`vpmaddwd` pack the 6-bit values, one `vpermb` drops
/// the gaps; encoding is `vpermb` + `vpmultishiftqb` + a 64-entry `vpermb`.
#[cfg(target_arch = "x86_64")]
mod vbmi {
    use std::arch::x86_64::*;
    use std::mem::MaybeUninit;
    use std::sync::atomic::{AtomicU8, Ordering};

    static HAS: AtomicU8 = AtomicU8::new(0);

    pub fn available() -> bool {
        match HAS.load(Ordering::Relaxed) {
            1 => false,
            2 => true,
            _ => {
                let yes = std::arch::is_x86_feature_detected!("avx512f")
                    && std::arch::is_x86_feature_detected!("avx512bw")
                    && std::arch::is_x86_feature_detected!("avx512vbmi");
                HAS.store(if yes { 2 } else { 1 }, Ordering::Relaxed);
                yes
            }
        }
    }

    #[repr(align(64))]
    struct Table([u8; 64]);

    /// Node's decoding table (both alphabets; 0x80 = not a base64 digit),
    /// for the characters 0..=127 in two halves.
    const fn decode_half(hi: bool) -> Table {
        let mut t = [0x80u8; 64];
        let mut i = 0;
        while i < 64 {
            let c = (i + if hi { 64 } else { 0 }) as u8;
            t[i] = match c {
                b'A'..=b'Z' => c - b'A',
                b'a'..=b'z' => c - b'a' + 26,
                b'0'..=b'9' => c - b'0' + 52,
                b'+' | b'-' => 62,
                b'/' | b'_' => 63,
                _ => 0x80,
            };
            i += 1;
        }
        Table(t)
    }

    /// Output byte 3j+m of a block is byte (2 - m) of 32-bit lane j.
    const fn decode_pack() -> Table {
        let mut t = [0u8; 64];
        let mut j = 0;
        while j < 16 {
            t[3 * j] = (4 * j + 2) as u8;
            t[3 * j + 1] = (4 * j + 1) as u8;
            t[3 * j + 2] = (4 * j) as u8;
            j += 1;
        }
        Table(t)
    }

    /// Lane j of the encoder input gets bytes [3j+1, 3j, 3j+2, 3j+1].
    const fn encode_spread() -> Table {
        let mut t = [0u8; 64];
        let mut j = 0;
        while j < 16 {
            t[4 * j] = (3 * j + 1) as u8;
            t[4 * j + 1] = (3 * j) as u8;
            t[4 * j + 2] = (3 * j + 2) as u8;
            t[4 * j + 3] = (3 * j + 1) as u8;
            j += 1;
        }
        Table(t)
    }

    const fn alphabet(url: bool) -> Table {
        let s = if url {
            b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
        } else {
            b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        };
        let mut t = [0u8; 64];
        let mut i = 0;
        while i < 64 {
            t[i] = s[i];
            i += 1;
        }
        Table(t)
    }

    static DEC_LO: Table = decode_half(false);
    static DEC_HI: Table = decode_half(true);
    static DEC_PACK: Table = decode_pack();
    static ENC_SPREAD: Table = encode_spread();
    static ENC_STD: Table = alphabet(false);
    static ENC_URL: Table = alphabet(true);

    #[inline(always)]
    unsafe fn load(t: &Table) -> __m512i {
        _mm512_load_si512(t.0.as_ptr() as *const _)
    }

    /// Node's `Base64Decode` (see `super::base64_decode_scalar`): whole
    /// 64-character blocks of base64 digits while they stay inside the
    /// scalar decoder's fast-loop limits, then the scalar decoder on the
    /// rest, which continues exactly as if it had decoded the blocks itself
    /// (they are whole 4-character groups; its size arithmetic is relative).
    ///
    /// # Safety
    /// The CPU must support AVX-512 F, BW and VBMI.
    #[target_feature(enable = "avx512f,avx512bw,avx512vbmi")]
    pub unsafe fn base64_decode(src: &[u8], dst: &mut [u8]) -> usize {
        let (i, k) = base64_decode_blocks(src, dst.as_mut_ptr(), dst.len());
        k + super::base64_decode_scalar(&src[i..], &mut dst[k..])
    }

    /// The SIMD part of [`base64_decode`]: returns (characters read, bytes
    /// written); the caller decodes the rest with the scalar decoder.
    ///
    /// # Safety
    /// As [`base64_decode`]; `dst` is valid for writes of `cap` bytes (which
    /// need not be initialized).
    #[target_feature(enable = "avx512f,avx512bw,avx512vbmi")]
    pub unsafe fn base64_decode_blocks(src: &[u8], dst: *mut u8, cap: usize) -> (usize, usize) {
        let available = cap.min(super::base64_decoded_size(src));
        let max_k = available / 3 * 3;
        let max_i = src.len() / 4 * 4;
        let (lo, hi, pack) = (load(&DEC_LO), load(&DEC_HI), load(&DEC_PACK));
        let ab_bc = _mm512_set1_epi32(0x0140_0140);
        let abc = _mm512_set1_epi32(0x0001_1000);
        let (mut i, mut k) = (0usize, 0usize);
        while i + 64 <= max_i && k + 48 <= max_k {
            // SAFETY: i + 64 <= src.len() and k + 48 <= dst.len().
            let input = _mm512_loadu_si512(src.as_ptr().add(i) as *const _);
            let values = _mm512_permutex2var_epi8(lo, input, hi);
            if _mm512_movepi8_mask(_mm512_or_si512(values, input)) != 0 {
                break;
            }
            let pairs = _mm512_maddubs_epi16(values, ab_bc);
            let lanes = _mm512_madd_epi16(pairs, abc);
            let bytes = _mm512_permutexvar_epi8(pack, lanes);
            _mm512_mask_storeu_epi8(dst.add(k) as *mut i8, (1u64 << 48) - 1, bytes);
            i += 64;
            k += 48;
        }
        (i, k)
    }

    /// Encodes whole 48-byte blocks of `b` (padding-free by construction);
    /// returns (bytes read, characters written): the caller encodes the rest.
    ///
    /// # Safety
    /// The CPU must support AVX-512 F, BW and VBMI; `out.len() >= b.len() / 3 * 4`.
    #[target_feature(enable = "avx512f,avx512bw,avx512vbmi")]
    pub unsafe fn base64_encode(b: &[u8], out: &mut [MaybeUninit<u8>], url: bool) -> (usize, usize) {
        let spread = load(&ENC_SPREAD);
        let table = load(if url { &ENC_URL } else { &ENC_STD });
        let shifts = _mm512_set1_epi64(0x3036_242a_1016_040a);
        let (mut i, mut k) = (0usize, 0usize);
        while i + 48 <= b.len() && k + 64 <= out.len() {
            // SAFETY: in bounds (checked by the loop condition); a full
            // 64-byte load only when 64 bytes are there.
            let input = if i + 64 <= b.len() {
                _mm512_loadu_si512(b.as_ptr().add(i) as *const _)
            } else {
                _mm512_maskz_loadu_epi8((1u64 << 48) - 1, b.as_ptr().add(i) as *const i8)
            };
            let lanes = _mm512_permutexvar_epi8(spread, input);
            let indices = _mm512_multishift_epi64_epi8(shifts, lanes);
            let chars = _mm512_permutexvar_epi8(indices, table);
            _mm512_storeu_si512(out.as_mut_ptr().add(k) as *mut _, chars);
            i += 48;
            k += 64;
        }
        (i, k)
    }
}

// ----- bytes -> string ------------------------------------------------------------------

/// Lower-case hex.
pub fn hex_encode(b: &[u8]) -> String {
    hex_simd::encode_to_string(b, hex_simd::AsciiCase::Lower)
}

/// Lower-case hex of `b` into `out` (exactly `2 * b.len()` slots, all written).
pub fn hex_encode_into(b: &[u8], out: &mut [std::mem::MaybeUninit<u8>]) {
    let _ = hex_simd::encode(b, hex_simd::Out::from_uninit_slice(out), hex_simd::AsciiCase::Lower);
}

pub fn base64_encoded_len(n: usize, url: bool) -> usize {
    if url {
        base64_simd::URL_SAFE_NO_PAD.encoded_length(n)
    } else {
        base64_simd::STANDARD.encoded_length(n)
    }
}

/// Base64 of `b` into `out` (exactly [`base64_encoded_len`] slots, all written).
pub fn base64_encode_into(b: &[u8], out: &mut [std::mem::MaybeUninit<u8>], url: bool) {
    let e = if url { &base64_simd::URL_SAFE_NO_PAD } else { &base64_simd::STANDARD };
    #[cfg(target_arch = "x86_64")]
    {
        if b.len() >= 96 && vbmi::available() && out.len() == base64_encoded_len(b.len(), url) {
            // SAFETY: the CPU has AVX-512 VBMI; `out` holds 4/3 of the input.
            let (read, written) = unsafe { vbmi::base64_encode(b, out, url) };
            let _ = e.encode(&b[read..], base64_simd::Out::from_uninit_slice(&mut out[written..]));
            return;
        }
    }
    let _ = e.encode(b, base64_simd::Out::from_uninit_slice(out));
}

pub fn base64_encode(b: &[u8], url: bool) -> String {
    if url {
        base64_simd::URL_SAFE_NO_PAD.encode_to_string(b)
    } else {
        base64_simd::STANDARD.encode_to_string(b)
    }
}

/// Bytes as code points U+0000..U+00FF, in UTF-8.
pub fn latin1_to_utf8(b: &[u8]) -> Cow<'_, str> {
    if is_ascii(b) {
        // SAFETY: ASCII is UTF-8.
        return Cow::Borrowed(unsafe { std::str::from_utf8_unchecked(b) });
    }
    let mut s = String::with_capacity(b.len() + b.len() / 2);
    for &c in b {
        s.push(c as char);
    }
    Cow::Owned(s)
}

/// Node's ascii decoding: the high bit of each byte cleared.
pub fn ascii_to_utf8(b: &[u8]) -> Cow<'_, str> {
    if is_ascii(b) {
        // SAFETY: ASCII is UTF-8.
        return Cow::Borrowed(unsafe { std::str::from_utf8_unchecked(b) });
    }
    let v: Vec<u8> = b.iter().map(|c| c & 0x7F).collect();
    // SAFETY: every byte is < 0x80.
    Cow::Owned(unsafe { String::from_utf8_unchecked(v) })
}

/// Node's ascii decoding into string units (each byte's high bit cleared);
/// `out` has `b.len()` slots.
pub fn ascii_into(b: &[u8], out: &mut [std::mem::MaybeUninit<u8>]) {
    for (d, &c) in out.iter_mut().zip(b) {
        d.write(c & 0x7F);
    }
}

/// UTF-8 bytes decoded the WHATWG way (each maximal invalid subpart becomes
/// one U+FFFD), as V8's `String::NewFromUtf8` does.
pub fn utf8_to_str(b: &[u8]) -> Cow<'_, str> {
    match simdutf8::basic::from_utf8(b) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) => String::from_utf8_lossy(b),
    }
}

/// UTF-16LE bytes (an odd last byte ignored): valid UTF-16 as UTF-8, or the
/// raw units when lone surrogates must survive.
pub enum Utf16Text {
    Utf8(String),
    Units(Vec<u16>),
}

pub fn ucs2_decode(b: &[u8]) -> Utf16Text {
    let units: Vec<u16> = b.chunks_exact(2).map(|p| u16::from_le_bytes([p[0], p[1]])).collect();
    match String::from_utf16(&units) {
        Ok(s) => Utf16Text::Utf8(s),
        Err(_) => Utf16Text::Units(units),
    }
}

// ----- searching ------------------------------------------------------------------------

/// `memchr` from the C library: glibc's is AVX-512 where the CPU has it,
/// twice the width of the memchr crate's AVX2 loop.
#[inline]
pub fn memchr_c(byte: u8, hay: &[u8]) -> Option<usize> {
    if hay.is_empty() {
        return None;
    }
    // SAFETY: pointer and length describe `hay`.
    let p = unsafe { libc::memchr(hay.as_ptr() as *const _, byte as i32, hay.len()) };
    if p.is_null() {
        None
    } else {
        Some(p as usize - hay.as_ptr() as usize)
    }
}

/// `memrchr` from the C library.
#[inline]
pub fn memrchr_c(byte: u8, hay: &[u8]) -> Option<usize> {
    if hay.is_empty() {
        return None;
    }
    // SAFETY: as above.
    let p = unsafe { libc::memrchr(hay.as_ptr() as *const _, byte as i32, hay.len()) };
    if p.is_null() {
        None
    } else {
        Some(p as usize - hay.as_ptr() as usize)
    }
}

/// First index >= `from` where `needle` occurs in `hay`. Like Node's
/// StringSearch: scan for the first byte with memchr and verify; when that
/// keeps finding false starts, hand over to the memchr crate's memmem
/// (linear time whatever the input).
pub fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if from > hay.len() || needle.len() > hay.len() - from {
        return None;
    }
    let first = needle[0];
    let last = hay.len() - needle.len();
    let mut pos = from;
    let mut budget: isize = 64 + (hay.len() - from) as isize / 64;
    while pos <= last {
        let i = pos + memchr_c(first, &hay[pos..=last])?;
        if &hay[i..i + needle.len()] == needle {
            return Some(i);
        }
        budget -= needle.len() as isize / 8 + 1;
        pos = i + 1;
        if budget < 0 {
            return memchr::memmem::find(&hay[pos..], needle).map(|p| p + pos);
        }
    }
    None
}

/// Last index <= `from` where `needle` occurs in `hay`.
pub fn rfind(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    let first = needle[0];
    let mut end = from.min(hay.len() - needle.len()) + 1; // candidates are < end
    let mut budget: isize = 64 + end as isize / 64;
    while end > 0 {
        let i = memrchr_c(first, &hay[..end])?;
        if &hay[i..i + needle.len()] == needle {
            return Some(i);
        }
        budget -= needle.len() as isize / 8 + 1;
        end = i;
        if budget < 0 {
            let stop = (end + needle.len() - 1).min(hay.len());
            return memchr::memmem::rfind(&hay[..stop], needle);
        }
    }
    None
}

/// Like [`find`]/[`rfind`] over 16-bit units (UTF-16 needles): positions in
/// units of the unit view of `hay`.
pub fn find_u16(hay: &[u16], needle: &[u16], from: usize, forward: bool) -> Option<usize> {
    if needle.is_empty() || needle.len() > hay.len() {
        return None;
    }
    let last = hay.len() - needle.len();
    if forward {
        (from..=last).find(|&i| hay[i..i + needle.len()] == *needle)
    } else {
        let start = from.min(last);
        (0..=start).rev().find(|&i| hay[i..i + needle.len()] == *needle)
    }
}
