//! Lone surrogates carried inside Rust `String`s.
//!
//! Error messages and `util.inspect` build their text as `String`s, which
//! cannot hold a lone surrogate, yet Node keeps one wherever it shows a value
//! as it is (a Symbol's description, a function's name, an encoding name, a
//! `Received` text). Such text ("marked text") carries each lone surrogate
//! `u` as `MARK` followed by U+E000 + (u − 0xD800), and a `MARK` of the text
//! itself as two `MARK`s, so the round trip is exact. [`to_js`] turns marked
//! text back into a JS string; [`to_lossy`] into UTF-8 for output (a lone
//! surrogate as U+FFFD, as Node writes it). Every mark pair stands for one
//! UTF-16 unit of width 1, which [`mark_pairs`] lets length and width
//! measures correct for.

use std::borrow::Cow;

use crate::engine::{Ctx, JsResult, Value};

/// A noncharacter: never in text a program means to show.
pub(crate) const MARK: char = '\u{FDD2}';
const PAYLOAD_BASE: u32 = 0xE000;

/// Marked text from UTF-16 code units.
pub fn from_units(units: &[u16]) -> String {
    let mut out = String::with_capacity(units.len());
    for r in char::decode_utf16(units.iter().copied()) {
        match r {
            Ok(MARK) => {
                out.push(MARK);
                out.push(MARK);
            }
            Ok(c) => out.push(c),
            Err(e) => {
                out.push(MARK);
                let payload = PAYLOAD_BASE + (e.unpaired_surrogate() as u32 - 0xD800);
                out.push(char::from_u32(payload).unwrap_or(char::REPLACEMENT_CHARACTER));
            }
        }
    }
    out
}

/// Marked text from WTF-8 (what the engine gives out).
pub fn from_wtf8(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => from_str(s).into_owned(),
        Err(_) => from_units(&crate::engine::wtf8_to_utf16(bytes)),
    }
}

/// Marked text from valid text (only a `MARK` in it needs escaping).
pub fn from_str(s: &str) -> Cow<'_, str> {
    if s.contains(MARK) {
        Cow::Owned(s.replace(MARK, "\u{FDD2}\u{FDD2}"))
    } else {
        Cow::Borrowed(s)
    }
}

/// The UTF-16 code units of marked text.
pub fn to_units(s: &str) -> Vec<u16> {
    let mut out = Vec::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == MARK {
            match chars.next() {
                Some(MARK) => out.push(MARK as u16),
                Some(p) if (PAYLOAD_BASE..PAYLOAD_BASE + 0x800).contains(&(p as u32)) => {
                    out.push((p as u32 - PAYLOAD_BASE + 0xD800) as u16)
                }
                // Not a pair this module made: the text as it stands.
                Some(p) => {
                    out.push(MARK as u16);
                    let mut b = [0u16; 2];
                    out.extend_from_slice(p.encode_utf16(&mut b));
                }
                None => out.push(MARK as u16),
            }
        } else {
            let mut b = [0u16; 2];
            out.extend_from_slice(c.encode_utf16(&mut b));
        }
    }
    out
}

/// Marked text as WTF-8 (lone surrogates as their three-byte forms).
pub fn to_wtf8(s: &str) -> Cow<'_, [u8]> {
    if !s.contains(MARK) {
        return Cow::Borrowed(s.as_bytes());
    }
    let mut out = Vec::with_capacity(s.len());
    for u in char::decode_utf16(to_units(s)) {
        match u {
            Ok(c) => {
                let mut b = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
            }
            Err(e) => {
                let u = e.unpaired_surrogate();
                out.extend_from_slice(&[0xED, 0xA0 | ((u >> 6) & 0x1F) as u8, 0x80 | (u & 0x3F) as u8]);
            }
        }
    }
    Cow::Owned(out)
}

/// Marked text as UTF-8 for output: each lone surrogate as U+FFFD.
pub fn to_lossy(s: &str) -> Cow<'_, str> {
    if !s.contains(MARK) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(String::from_utf16_lossy(&to_units(s)))
}

/// How many mark pairs `s` holds (each is one UTF-16 unit, of width 1).
pub fn mark_pairs(s: &str) -> usize {
    if !s.contains(MARK) {
        return 0;
    }
    let mut n = 0;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == MARK && chars.next().is_some() {
            n += 1;
        }
    }
    n
}

/// Marked text as a JS string.
pub fn to_js(cx: Ctx, s: &str) -> JsResult<Value> {
    if !s.contains(MARK) {
        return cx.string(s);
    }
    cx.string_wtf8(&to_wtf8(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let units: Vec<u16> = vec![0x61, 0xD800, 0x62, 0xDFFF, 0xD83D, 0xDE00, 0xFDD2, 0xE000, 0xDC00];
        let s = from_units(&units);
        assert_eq!(to_units(&s), units);
        assert_eq!(mark_pairs(&s), 4);
        assert_eq!(&*to_lossy(&s), "a\u{FFFD}b\u{FFFD}\u{1F600}\u{FDD2}\u{E000}\u{FFFD}");
        let w = to_wtf8(&s);
        assert_eq!(crate::engine::wtf8_to_utf16(&w), units);
        assert_eq!(from_wtf8(&w), s);
    }
}
