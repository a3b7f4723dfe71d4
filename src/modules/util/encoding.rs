//! The native cores of `TextEncoder`/`TextDecoder` (the classes are in
//! js/encoding.js): UTF-8 encoding (lone surrogates become U+FFFD),
//! `encodeInto`, and streaming decoders for UTF-8, UTF-16LE/BE and latin1
//! with WHATWG replacement rules (a maximal invalid subpart gives one U+FFFD)
//! or the `fatal` error.

use crate::engine::typed_array;
use crate::engine::{Arg, Args, Ctx, JsResult, Value};
use crate::errors::{ErrorKind, NodeError};

use super::text::wtf8_to_units;

/// UTF-8 bytes of a JS string (WTF-8 with lone surrogates replaced).
fn utf8_of(cx: Ctx, v: Arg) -> JsResult<Vec<u8>> {
    let s = cx.to_str(&v)?;
    let b = s.as_bytes();
    Ok(match std::str::from_utf8(b) {
        Ok(_) => b.to_vec(),
        Err(_) => String::from_utf16_lossy(&wtf8_to_units(b)).into_bytes(),
    })
}

fn new_uint8array(cx: Ctx, bytes: &[u8]) -> JsResult<Value> {
    let ab = typed_array::array_buffer_copy(&cx, bytes)?;
    let ctor = super::state::intrinsic(cx, "Uint8Array")?;
    cx.construct(&ctor, &[ab.as_arg()])
}

crate::js_fn!(pub encode_utf8 => do_encode_utf8);
fn do_encode_utf8(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let b = utf8_of(cx, args.get(0))?;
    new_uint8array(cx, &b)
}

// `encodeInto(src, dest)` → `[read, written]`: whole characters only.
crate::js_fn!(pub encode_into => do_encode_into);
fn do_encode_into(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let units = wtf8_to_units(cx.to_str(&args.get(0))?.as_bytes());
    let dest = args.get(1);
    let (mut read, mut written) = (0usize, 0usize);
    if let Some(mut out) = typed_array::bytes(&cx, &dest) {
        let out = out.as_mut_slice();
        let mut i = 0;
        while i < units.len() {
            let u = units[i];
            let (cp, n) = if (0xD800..0xDC00).contains(&u) && i + 1 < units.len() && (0xDC00..0xE000).contains(&units[i + 1]) {
                (0x10000 + (((u as u32) - 0xD800) << 10) + (units[i + 1] as u32 - 0xDC00), 2)
            } else if (0xD800..0xE000).contains(&u) {
                (0xFFFD, 1)
            } else {
                (u as u32, 1)
            };
            let c = char::from_u32(cp).unwrap_or('\u{FFFD}');
            let len = c.len_utf8();
            if written + len > out.len() {
                break;
            }
            c.encode_utf8(&mut out[written..written + len]);
            written += len;
            read += n;
            i += n;
        }
    }
    cx.array_from(vec![cx.number(read as f64), cx.number(written as f64)])
}

fn invalid_data(cx: Ctx, enc: &str) -> crate::engine::Thrown {
    NodeError::new(
        ErrorKind::TypeError,
        "ERR_ENCODING_INVALID_ENCODED_DATA",
        format!("The encoded data was not valid for encoding {enc}"),
    )
    .throw(cx)
}

/// Decodes UTF-8; returns the text and how many trailing bytes form an
/// incomplete sequence to keep for the next chunk (only when not flushing).
fn decode_utf8(bytes: &[u8], flush: bool, fatal: bool) -> Result<(String, usize), ()> {
    let mut out = String::with_capacity(bytes.len());
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                return Ok((out, 0));
            }
            Err(e) => {
                let good = e.valid_up_to();
                // SAFETY-free: the prefix is valid UTF-8 by construction.
                out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or(""));
                match e.error_len() {
                    None => {
                        // Incomplete sequence at the end.
                        if !flush {
                            return Ok((out, rest.len() - good));
                        }
                        if fatal {
                            return Err(());
                        }
                        out.push('\u{FFFD}');
                        return Ok((out, 0));
                    }
                    Some(n) => {
                        if fatal {
                            return Err(());
                        }
                        out.push('\u{FFFD}');
                        rest = &rest[good + n..];
                    }
                }
            }
        }
    }
}

/// Decodes UTF-16 (little or big endian); keeps an odd byte or a trailing
/// lead surrogate for the next chunk when not flushing.
fn decode_utf16(bytes: &[u8], big: bool, flush: bool, fatal: bool) -> Result<(String, usize), ()> {
    let n = bytes.len() / 2;
    let mut units: Vec<u16> = (0..n)
        .map(|i| {
            let (a, b) = (bytes[2 * i], bytes[2 * i + 1]);
            if big {
                u16::from_be_bytes([a, b])
            } else {
                u16::from_le_bytes([a, b])
            }
        })
        .collect();
    let mut keep = bytes.len() % 2;
    if !flush {
        if let Some(&last) = units.last() {
            if (0xD800..0xDC00).contains(&last) {
                units.pop();
                keep += 2;
            }
        }
    }
    // A lone high surrogate then an odd byte at the end is one error (the
    // Encoding Standard's end-of-queue step), not two.
    let high_at_end = units.last().is_some_and(|u| (0xD800..0xDC00).contains(u));
    let mut out = String::with_capacity(units.len());
    for r in char::decode_utf16(units.iter().copied()) {
        match r {
            Ok(c) => out.push(c),
            Err(_) => {
                if fatal {
                    return Err(());
                }
                out.push('\u{FFFD}');
            }
        }
    }
    if flush && keep == 1 {
        if fatal {
            return Err(());
        }
        if !high_at_end {
            out.push('\u{FFFD}');
        }
        keep = 0;
    }
    Ok((out, keep))
}

/// windows-1252: latin1 but for 0x80–0x9F, where it has printable characters
/// (the five unassigned bytes stay their code points, as the Encoding Standard says).
fn windows_1252(b: u8) -> char {
    const C1: [char; 32] = [
        '\u{20AC}', '\u{81}', '\u{201A}', '\u{192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}', '\u{2C6}', '\u{2030}',
        '\u{160}', '\u{2039}', '\u{152}', '\u{8D}', '\u{17D}', '\u{8F}', '\u{90}', '\u{2018}', '\u{2019}', '\u{201C}',
        '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}', '\u{2DC}', '\u{2122}', '\u{161}', '\u{203A}', '\u{153}', '\u{9D}',
        '\u{17E}', '\u{178}',
    ];
    if (0x80..0xA0).contains(&b) {
        C1[(b - 0x80) as usize]
    } else {
        b as char
    }
}

// `decode(encoding, input, pending, flush, fatal)` → `[text, leftover]`:
// `pending` are bytes a previous streaming call kept (or undefined),
// `leftover` the bytes to keep now (undefined when none).
crate::js_fn!(pub decode => do_decode);
fn do_decode(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let enc = cx.to_string(&args.get(0))?;
    let input = args.get(1);
    let pending = args.get(2);
    let flush = cx.to_bool(&args.get(3))?;
    let fatal = cx.to_bool(&args.get(4))?;
    let mut data: Vec<u8> = Vec::new();
    if let Some(p) = typed_array::bytes(&cx, &pending) {
        data.extend_from_slice(p.as_slice());
    }
    match typed_array::bytes(&cx, &input) {
        Some(b) => data.extend_from_slice(b.as_slice()),
        None => {
            return Err(NodeError::new(
                ErrorKind::TypeError,
                "ERR_INVALID_ARG_TYPE",
                "The \"list\" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.",
            )
            .throw(cx))
        }
    }
    let r = match enc.as_str() {
        "utf-8" => decode_utf8(&data, flush, fatal),
        "utf-16le" => decode_utf16(&data, false, flush, fatal),
        "utf-16be" => decode_utf16(&data, true, flush, fatal),
        // Node 20 reads its windows-1252 labels as ISO-8859-1 (byte = code
        // point) on its one-call shortcut, which js/encoding.js asks for by
        // that name, and as windows-1252 otherwise.
        "iso-8859-1" => Ok((data.iter().map(|b| *b as char).collect(), 0)),
        _ => Ok((data.iter().map(|&b| windows_1252(b)).collect(), 0)),
    };
    let (text, keep) = match r {
        Ok(x) => x,
        Err(()) => return Err(invalid_data(cx, &enc)),
    };
    let max = crate::modules::buffer::validate::STRING_MAX_UNITS;
    if text.len() > max && text.encode_utf16().count() > max {
        return Err(NodeError::string_too_long().throw(cx));
    }
    let s = cx.string(&text)?;
    let left = if keep > 0 { new_uint8array(cx, &data[data.len() - keep..])? } else { cx.undefined() };
    cx.array_from(vec![s, left])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_replacement_and_streaming() {
        assert_eq!(decode_utf8(b"A\xff\xe2\x82", true, false), Ok(("A\u{FFFD}\u{FFFD}".to_string(), 0)));
        assert_eq!(decode_utf8(b"A\xe2\x82", false, false), Ok(("A".to_string(), 2)));
        assert_eq!(decode_utf8(b"\xff", true, true), Err(()));
        assert_eq!(decode_utf16(&[0x41, 0, 0x3d, 0xd8], false, true, false), Ok(("A\u{FFFD}".to_string(), 0)));
        assert_eq!(decode_utf16(&[0x41, 0, 0x3d, 0xd8], false, false, false), Ok(("A".to_string(), 2)));
        assert_eq!(decode_utf16(&[0x41], false, false, false), Ok((String::new(), 1)));
    }
}
