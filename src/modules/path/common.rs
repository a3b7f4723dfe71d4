//! Pieces shared by the posix and win32 algorithms. Node's algorithms work on
//! UTF-16 units; ours on bytes in which every unit is its own 1–3 byte
//! sequence (`unit_bytes`: WTF-8 with each surrogate pair split in two, i.e.
//! CESU-8). Every character the algorithms look at is ASCII, and a unit's
//! bytes never contain an ASCII byte, so every cut, comparison and suffix match
//! on bytes is one on units — including a suffix or a slice that splits a
//! pair, as `'😀'.slice(0, 1)` does. Results go back through `joined_pairs`.

use std::borrow::Cow;

/// The engine's WTF-8 with each 4-byte sequence (a surrogate pair) written as
/// its two surrogates' 3-byte sequences. Borrows when there is no pair.
pub fn unit_bytes(b: &[u8]) -> Cow<'_, [u8]> {
    if !b.iter().any(|&c| c >= 0xF0) {
        return Cow::Borrowed(b);
    }
    let mut out = Vec::with_capacity(b.len() + b.len() / 2);
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c >= 0xF0 && i + 4 <= b.len() {
            let cp = ((c as u32 & 0x07) << 18)
                | ((b[i + 1] as u32 & 0x3F) << 12)
                | ((b[i + 2] as u32 & 0x3F) << 6)
                | (b[i + 3] as u32 & 0x3F);
            let v = cp.wrapping_sub(0x10000);
            for unit in [0xD800 | (v >> 10), 0xDC00 | (v & 0x3FF)] {
                push_unit(&mut out, unit as u16);
            }
            i += 4;
        } else {
            out.push(c);
            i += 1;
        }
    }
    Cow::Owned(out)
}

/// `unit_bytes` undone: a high surrogate's 3 bytes followed by a low one's
/// become the pair's 4-byte sequence, as the engine writes a string made by
/// concatenation. Lone surrogates stay. Borrows when nothing joins.
pub fn joined_pairs(b: &[u8]) -> Cow<'_, [u8]> {
    let is_high = |i: usize| i + 2 < b.len() && b[i] == 0xED && (0xA0..=0xAF).contains(&b[i + 1]);
    let is_low = |i: usize| i + 2 < b.len() && b[i] == 0xED && (0xB0..=0xBF).contains(&b[i + 1]);
    if !(0..b.len()).any(|i| is_high(i) && is_low(i + 3)) {
        return Cow::Borrowed(b);
    }
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if is_high(i) && is_low(i + 3) {
            let hi = ((b[i + 1] as u32 & 0x0F) << 6) | (b[i + 2] as u32 & 0x3F);
            let lo = ((b[i + 4] as u32 & 0x0F) << 6) | (b[i + 5] as u32 & 0x3F);
            let cp = 0x10000 + (hi << 10) + lo;
            out.extend_from_slice(&[
                0xF0 | (cp >> 18) as u8,
                0x80 | ((cp >> 12) & 0x3F) as u8,
                0x80 | ((cp >> 6) & 0x3F) as u8,
                0x80 | (cp & 0x3F) as u8,
            ]);
            i += 6;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    Cow::Owned(out)
}

fn push_unit(out: &mut Vec<u8>, u: u16) {
    let u = u as u32;
    if u < 0x80 {
        out.push(u as u8);
    } else if u < 0x800 {
        out.extend_from_slice(&[0xC0 | (u >> 6) as u8, 0x80 | (u & 0x3F) as u8]);
    } else {
        out.extend_from_slice(&[0xE0 | (u >> 12) as u8, 0x80 | ((u >> 6) & 0x3F) as u8, 0x80 | (u & 0x3F) as u8]);
    }
}

/// UTF-16 units of WTF-8 or unit bytes (lone surrogates kept): surrogates
/// written separately decode to the same units as their pair.
pub fn units(b: &[u8]) -> Vec<u16> {
    crate::engine::wtf8_to_utf16(b)
}

/// WTF-8 of UTF-16 units: pairs as 4 bytes, lone surrogates as 3.
pub fn units_to_wtf8(u: &[u16]) -> Vec<u8> {
    let mut out = Vec::with_capacity(u.len());
    for r in char::decode_utf16(u.iter().copied()) {
        match r {
            Ok(c) => {
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
            Err(e) => push_unit(&mut out, e.unpaired_surrogate()),
        }
    }
    out
}

/// `String.prototype.toLowerCase`/`toUpperCase` on units: characters mapped
/// by Unicode's rules, lone surrogates kept.
pub fn units_case(u: &[u16], upper: bool) -> Vec<u16> {
    let mut out = Vec::with_capacity(u.len());
    for r in char::decode_utf16(u.iter().copied()) {
        match r {
            Ok(c) => {
                let mut buf = [0u16; 2];
                if upper {
                    for m in c.to_uppercase() {
                        out.extend_from_slice(m.encode_utf16(&mut buf));
                    }
                } else {
                    for m in c.to_lowercase() {
                        out.extend_from_slice(m.encode_utf16(&mut buf));
                    }
                }
            }
            Err(e) => out.push(e.unpaired_surrogate()),
        }
    }
    out
}

/// The parts of `path.parse()`, as byte ranges into the input.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Parsed {
    pub root: (usize, usize),
    pub dir: (usize, usize),
    pub base: (usize, usize),
    pub ext: (usize, usize),
    pub name: (usize, usize),
}

/// Node's `normalizeString`: resolves `.` and `..` segments.
pub fn normalize_string(path: &[u8], allow_above_root: bool, sep: u8, is_sep: fn(u8) -> bool) -> Vec<u8> {
    let mut res: Vec<u8> = Vec::with_capacity(path.len());
    let mut last_segment_length: isize = 0;
    let mut last_slash: isize = -1;
    let mut dots: i32 = 0;
    let mut code: u8 = 0;
    let len = path.len() as isize;
    let mut i: isize = 0;
    while i <= len {
        if i < len {
            code = path[i as usize];
        } else if is_sep(code) {
            break;
        } else {
            code = b'/';
        }
        if is_sep(code) {
            if last_slash == i - 1 || dots == 1 {
                // nothing: an empty or `.` segment
            } else if dots == 2 {
                let n = res.len();
                if n < 2 || last_segment_length != 2 || res[n - 1] != b'.' || res[n - 2] != b'.' {
                    if n > 2 {
                        match res.iter().rposition(|&c| c == sep) {
                            None => {
                                res.clear();
                                last_segment_length = 0;
                            }
                            Some(idx) => {
                                res.truncate(idx);
                                let prev = res.iter().rposition(|&c| c == sep).map(|p| p as isize).unwrap_or(-1);
                                last_segment_length = res.len() as isize - 1 - prev;
                            }
                        }
                        last_slash = i;
                        dots = 0;
                        i += 1;
                        continue;
                    } else if n != 0 {
                        res.clear();
                        last_segment_length = 0;
                        last_slash = i;
                        dots = 0;
                        i += 1;
                        continue;
                    }
                }
                if allow_above_root {
                    if !res.is_empty() {
                        res.push(sep);
                    }
                    res.extend_from_slice(b"..");
                    last_segment_length = 2;
                }
            } else {
                if !res.is_empty() {
                    res.push(sep);
                }
                res.extend_from_slice(&path[(last_slash + 1) as usize..i as usize]);
                last_segment_length = i - last_slash - 1;
            }
            last_slash = i;
            dots = 0;
        } else if code == b'.' && dots != -1 {
            dots += 1;
        } else {
            dots = -1;
        }
        i += 1;
    }
    res
}

/// Length in UTF-16 code units of WTF-8 bytes (what JS's `.length` says).
pub fn utf16_len(b: &[u8]) -> usize {
    b.iter().filter(|&&c| c & 0xC0 != 0x80).count() + b.iter().filter(|&&c| c >= 0xF0).count()
}

/// The shared tail of `basename(path, suffix)` for both flavours, from `start`.
pub fn basename_from(path: &[u8], suffix: Option<&[u8]>, mut start: usize, is_sep: fn(u8) -> bool) -> (usize, usize) {
    let mut end: isize = -1;
    let mut matched_slash = true;
    if let Some(suffix) = suffix {
        if !suffix.is_empty() && utf16_len(suffix) <= utf16_len(path) {
            if suffix == path {
                return (0, 0);
            }
            let mut ext_idx: isize = suffix.len() as isize - 1;
            let mut first_non_slash_end: isize = -1;
            let mut i = path.len() as isize - 1;
            while i >= start as isize {
                let code = path[i as usize];
                if is_sep(code) {
                    if !matched_slash {
                        start = (i + 1) as usize;
                        break;
                    }
                } else {
                    if first_non_slash_end == -1 {
                        matched_slash = false;
                        first_non_slash_end = i + 1;
                    }
                    if ext_idx >= 0 {
                        if code == suffix[ext_idx as usize] {
                            ext_idx -= 1;
                            if ext_idx == -1 {
                                end = i;
                            }
                        } else {
                            ext_idx = -1;
                            end = first_non_slash_end;
                        }
                    }
                }
                i -= 1;
            }
            if start as isize == end {
                end = first_non_slash_end;
            } else if end == -1 {
                end = path.len() as isize;
            }
            return (start, end.max(start as isize) as usize);
        }
    }
    let mut i = path.len() as isize - 1;
    while i >= start as isize {
        if is_sep(path[i as usize]) {
            if !matched_slash {
                start = (i + 1) as usize;
                break;
            }
        } else if end == -1 {
            matched_slash = false;
            end = i + 1;
        }
        i -= 1;
    }
    if end == -1 {
        return (0, 0);
    }
    (start, end as usize)
}

/// The extension scan shared by `extname` and `parse`: walks back from the end
/// to `stop` and returns (start_part, start_dot, end, pre_dot_state); start_part
/// stays `start_part` when no separator ends the last component.
pub fn scan_ext(path: &[u8], stop: usize, start_part: usize, is_sep: fn(u8) -> bool) -> (usize, isize, isize, i32) {
    let mut start_dot: isize = -1;
    let mut start_part = start_part;
    let mut end: isize = -1;
    let mut matched_slash = true;
    let mut pre_dot_state = 0;
    let mut i = path.len() as isize - 1;
    while i >= stop as isize {
        let code = path[i as usize];
        if is_sep(code) {
            if !matched_slash {
                start_part = (i + 1) as usize;
                break;
            }
            i -= 1;
            continue;
        }
        if end == -1 {
            matched_slash = false;
            end = i + 1;
        }
        if code == b'.' {
            if start_dot == -1 {
                start_dot = i;
            } else if pre_dot_state != 1 {
                pre_dot_state = 1;
            }
        } else if start_dot != -1 {
            pre_dot_state = -1;
        }
        i -= 1;
    }
    (start_part, start_dot, end, pre_dot_state)
}

/// True when the scanned part has no usable extension.
pub fn no_ext(start_part: usize, start_dot: isize, end: isize, pre_dot_state: i32) -> bool {
    start_dot == -1
        || end == -1
        || pre_dot_state == 0
        || (pre_dot_state == 1 && start_dot == end - 1 && start_dot == start_part as isize + 1)
}
