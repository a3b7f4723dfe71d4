//! `path.win32`: Node 20's algorithms (lib/path.js) on WTF-8 bytes, including
//! the CVE-2024-36139 reserved-device-name rules of `normalize`.

use super::common::{basename_from, no_ext, normalize_string, scan_ext, units, units_case, units_to_wtf8, utf16_len, Parsed};

fn is_sep(c: u8) -> bool {
    c == b'/' || c == b'\\'
}

fn is_device_root(c: u8) -> bool {
    c.is_ascii_alphabetic()
}

/// `charCodeAt` that reads past the end as NaN would compare: equal to nothing.
fn at(p: &[u8], i: usize) -> u8 {
    p.get(i).copied().unwrap_or(0)
}

fn lower(b: &[u8]) -> Vec<u8> {
    if b.is_ascii() {
        return b.to_ascii_lowercase();
    }
    units_to_wtf8(&units_case(&units(b), false))
}

const RESERVED: [&str; 28] = [
    "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2",
    "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "COM\u{b9}", "COM\u{b2}", "COM\u{b3}", "LPT\u{b9}",
    "LPT\u{b2}", "LPT\u{b3}",
];

/// Node's `isWindowsReservedName(path, colonIndex)`; a colon index of -1 slices
/// off the last character, as `slice(0, -1)` does in Node.
fn is_reserved_name(path: &[u8], colon: Option<usize>) -> bool {
    let mut part = units(&path[..colon.unwrap_or(path.len()).min(path.len())]);
    if colon.is_none() {
        part.pop();
    }
    let up = units_case(&part, true);
    RESERVED.iter().any(|r| r.encode_utf16().eq(up.iter().copied()))
}

/// The `\\server\share` scan every root-matching function starts with, on a
/// path whose first two characters are separators. Returns
/// (first_part_end, share_start, j) when a server and share were found.
fn unc_scan(path: &[u8]) -> Option<(usize, usize, usize)> {
    let len = path.len();
    let mut j = 2;
    let mut last = j;
    while j < len && !is_sep(path[j]) {
        j += 1;
    }
    if j < len && j != last {
        let first_end = j;
        last = j;
        while j < len && is_sep(path[j]) {
            j += 1;
        }
        if j < len && j != last {
            last = j;
            while j < len && !is_sep(path[j]) {
                j += 1;
            }
            return Some((first_end, last, j));
        }
    }
    None
}

fn cat(parts: &[&[u8]]) -> Vec<u8> {
    let mut v = Vec::with_capacity(parts.iter().map(|p| p.len()).sum());
    for p in parts {
        v.extend_from_slice(p);
    }
    v
}

/// `args[i] == None` stands for a non-string argument: Node validates each
/// argument only when its loop reaches it, so the error (`Err(i)`) depends on
/// where the loop stops.
pub fn resolve(args: &[Option<&[u8]>], cwd: &dyn Fn() -> Vec<u8>) -> Result<Vec<u8>, usize> {
    let mut resolved_device: Vec<u8> = Vec::new();
    let mut resolved_tail: Vec<u8> = Vec::new();
    let mut resolved_absolute = false;
    let mut i = args.len() as isize - 1;
    while i >= -1 {
        let owned: Vec<u8>;
        let path: &[u8] = if i >= 0 {
            let Some(p) = args[i as usize] else { return Err(i as usize) };
            if p.is_empty() {
                i -= 1;
                continue;
            }
            p
        } else if resolved_device.is_empty() {
            owned = cwd();
            &owned
        } else {
            // Drive-relative cwd (`process.env['=C:']`) does not exist on POSIX.
            let c = cwd();
            owned = if lower(&c[..c.len().min(2)]) != lower(&resolved_device) && at(&c, 2) == b'\\' {
                cat(&[&resolved_device, b"\\"])
            } else {
                c
            };
            &owned
        };

        let len = path.len();
        let mut root_end = 0;
        let mut device: Vec<u8> = Vec::new();
        let mut is_absolute = false;
        let code = at(path, 0);
        if len == 1 {
            if is_sep(code) {
                root_end = 1;
                is_absolute = true;
            }
        } else if is_sep(code) {
            is_absolute = true;
            if is_sep(at(path, 1)) {
                if let Some((first_end, share, j)) = unc_scan(path) {
                    let first = &path[2..first_end];
                    if first != b"." && first != b"?" {
                        device = cat(&[b"\\\\", first, b"\\", &path[share..j]]);
                        root_end = j;
                    } else {
                        device = cat(&[b"\\\\", first]);
                        root_end = 4;
                    }
                }
            } else {
                root_end = 1;
            }
        } else if is_device_root(code) && at(path, 1) == b':' {
            device = path[..2].to_vec();
            root_end = 2;
            if len > 2 && is_sep(path[2]) {
                is_absolute = true;
                root_end = 3;
            }
        }

        if !device.is_empty() {
            if !resolved_device.is_empty() {
                if lower(&device) != lower(&resolved_device) {
                    i -= 1;
                    continue;
                }
            } else {
                resolved_device = device;
            }
        }

        if resolved_absolute {
            if !resolved_device.is_empty() {
                break;
            }
        } else {
            resolved_tail = cat(&[&path[root_end.min(len)..], b"\\", &resolved_tail]);
            resolved_absolute = is_absolute;
            if is_absolute && !resolved_device.is_empty() {
                break;
            }
        }
        i -= 1;
    }

    let tail = normalize_string(&resolved_tail, !resolved_absolute, b'\\', is_sep);
    Ok(if resolved_absolute {
        cat(&[&resolved_device, b"\\", &tail])
    } else {
        let out = cat(&[&resolved_device, &tail]);
        if out.is_empty() {
            b".".to_vec()
        } else {
            out
        }
    })
}

pub fn normalize(path: &[u8]) -> Vec<u8> {
    let len = path.len();
    if len == 0 {
        return b".".to_vec();
    }
    let mut root_end = 0;
    let mut device: Option<Vec<u8>> = None;
    let mut is_absolute = false;
    let code = path[0];
    if len == 1 {
        return if code == b'/' { b"\\".to_vec() } else { path.to_vec() };
    }
    if is_sep(code) {
        is_absolute = true;
        if is_sep(path[1]) {
            if let Some((first_end, share, j)) = unc_scan(path) {
                let first = &path[2..first_end];
                if first == b"." || first == b"?" {
                    device = Some(cat(&[b"\\\\", first]));
                    root_end = 4;
                } else if j == len {
                    return cat(&[b"\\\\", first, b"\\", &path[share..], b"\\"]);
                } else {
                    device = Some(cat(&[b"\\\\", first, b"\\", &path[share..j]]));
                    root_end = j;
                }
            }
        } else {
            root_end = 1;
        }
    } else {
        let colon = path.iter().position(|&c| c == b':');
        if let Some(ci) = colon.filter(|&c| c > 0) {
            if is_device_root(code) && ci == 1 {
                device = Some(path[..2].to_vec());
                root_end = 2;
                if len > 2 && is_sep(path[2]) {
                    is_absolute = true;
                    root_end = 3;
                }
            } else if is_reserved_name(path, Some(ci)) {
                device = Some(path[..ci + 1].to_vec());
                root_end = ci + 1;
            }
        }
    }

    let mut tail =
        if root_end < len { normalize_string(&path[root_end..], !is_absolute, b'\\', is_sep) } else { Vec::new() };
    if tail.is_empty() && !is_absolute {
        tail = b".".to_vec();
    }
    if !tail.is_empty() && is_sep(path[len - 1]) {
        tail.push(b'\\');
    }
    if !is_absolute && device.is_none() && path.contains(&b':') {
        if tail.len() >= 2 && is_device_root(tail[0]) && tail[1] == b':' {
            return cat(&[b".\\", &tail]);
        }
        for (idx, &c) in path.iter().enumerate() {
            if c == b':' && (idx == len - 1 || is_sep(path[idx + 1])) {
                return cat(&[b".\\", &tail]);
            }
        }
    }
    let colon = path.iter().position(|&c| c == b':');
    if is_reserved_name(path, colon) {
        return cat(&[b".\\", device.as_deref().unwrap_or(b""), &tail]);
    }
    match device {
        None => {
            if is_absolute {
                cat(&[b"\\", &tail])
            } else {
                tail
            }
        }
        Some(d) => {
            if is_absolute {
                cat(&[&d, b"\\", &tail])
            } else {
                cat(&[&d, &tail])
            }
        }
    }
}

pub fn is_absolute(path: &[u8]) -> bool {
    let len = path.len();
    if len == 0 {
        return false;
    }
    let code = path[0];
    is_sep(code) || (len > 2 && is_device_root(code) && path[1] == b':' && is_sep(path[2]))
}

pub fn join(args: &[&[u8]]) -> Vec<u8> {
    let mut joined: Vec<u8> = Vec::new();
    let mut first_part: Option<&[u8]> = None;
    for a in args {
        if a.is_empty() {
            continue;
        }
        if first_part.is_none() {
            first_part = Some(a);
        } else {
            joined.push(b'\\');
        }
        joined.extend_from_slice(a);
    }
    let Some(first) = first_part else {
        return b".".to_vec();
    };
    let mut needs_replace = true;
    let mut slash_count = 0;
    if is_sep(at(first, 0)) {
        slash_count += 1;
        let first_len = first.len();
        if first_len > 1 && is_sep(first[1]) {
            slash_count += 1;
            if first_len > 2 {
                if is_sep(first[2]) {
                    slash_count += 1;
                } else {
                    needs_replace = false;
                }
            }
        }
    }
    if needs_replace {
        while slash_count < joined.len() && is_sep(joined[slash_count]) {
            slash_count += 1;
        }
        if slash_count >= 2 {
            joined = cat(&[b"\\", &joined[slash_count..]]);
        }
    }
    normalize(&joined)
}

fn to_units(b: &[u8]) -> Vec<u16> {
    units(b)
}

fn units_lower(u: &[u16]) -> Vec<u16> {
    units_case(u, false)
}

fn from_units(u: &[u16]) -> Vec<u8> {
    units_to_wtf8(u)
}

/// `relative` compares case-insensitively with JS `toLowerCase`, whose result can
/// change the UTF-16 length, so it runs on UTF-16 code units like Node.
pub fn relative(from: &[u8], to: &[u8], cwd: &dyn Fn() -> Vec<u8>) -> Vec<u8> {
    if from == to {
        return Vec::new();
    }
    let from_orig_b = resolve(&[Some(from)], cwd).unwrap_or_default();
    let to_orig_b = resolve(&[Some(to)], cwd).unwrap_or_default();
    if from_orig_b == to_orig_b {
        return Vec::new();
    }
    let from_orig = to_units(&from_orig_b);
    let to_orig = to_units(&to_orig_b);
    let from = units_lower(&from_orig);
    let to = units_lower(&to_orig);
    if from == to {
        return Vec::new();
    }
    const BS: u16 = b'\\' as u16;
    if from_orig.len() != from.len() || to_orig.len() != to.len() {
        let mut from_split: Vec<&[u16]> = from_orig.split(|&c| c == BS).collect();
        let mut to_split: Vec<&[u16]> = to_orig.split(|&c| c == BS).collect();
        if from_split.last().is_some_and(|s| s.is_empty()) {
            from_split.pop();
        }
        if to_split.last().is_some_and(|s| s.is_empty()) {
            to_split.pop();
        }
        let from_len = from_split.len();
        let to_len = to_split.len();
        let length = from_len.min(to_len);
        let mut i = 0;
        while i < length {
            if units_lower(from_split[i]) != units_lower(to_split[i]) {
                break;
            }
            i += 1;
        }
        let join_from = |k: usize| -> Vec<u16> { to_split[k..].join(&BS) };
        if i == 0 {
            return to_orig_b;
        } else if i == length {
            if to_len > length {
                return from_units(&join_from(i));
            }
            if from_len > length {
                let mut s = "..\\".repeat(from_len - 1 - i);
                s.push_str("..");
                return s.into_bytes();
            }
            return Vec::new();
        }
        let mut out: Vec<u16> = "..\\".repeat(from_len - i).encode_utf16().collect();
        out.extend(join_from(i));
        return from_units(&out);
    }

    let mut from_start = 0;
    while from_start < from.len() && from[from_start] == BS {
        from_start += 1;
    }
    let mut from_end = from.len();
    while from_end >= 1 && from_end - 1 > from_start && from[from_end - 1] == BS {
        from_end -= 1;
    }
    let from_len = from_end - from_start;
    let mut to_start = 0;
    while to_start < to.len() && to[to_start] == BS {
        to_start += 1;
    }
    let mut to_end = to.len();
    while to_end >= 1 && to_end - 1 > to_start && to[to_end - 1] == BS {
        to_end -= 1;
    }
    let to_len = to_end - to_start;

    let length = from_len.min(to_len);
    let mut last_common_sep: isize = -1;
    let mut i = 0;
    while i < length {
        let fc = from[from_start + i];
        if fc != to[to_start + i] {
            break;
        } else if fc == BS {
            last_common_sep = i as isize;
        }
        i += 1;
    }
    if i != length {
        if last_common_sep == -1 {
            return to_orig_b;
        }
    } else {
        if to_len > length {
            if to.get(to_start + i) == Some(&BS) {
                return from_units(&to_orig[to_start + i + 1..]);
            }
            if i == 2 {
                return from_units(&to_orig[to_start + i..]);
            }
        }
        if from_len > length {
            if from.get(from_start + i) == Some(&BS) {
                last_common_sep = i as isize;
            } else if i == 2 {
                last_common_sep = 3;
            }
        }
        if last_common_sep == -1 {
            last_common_sep = 0;
        }
    }

    let mut out: Vec<u16> = Vec::new();
    let mut k = (from_start as isize + last_common_sep + 1) as usize;
    while k <= from_end {
        if k == from_end || from[k] == BS {
            if out.is_empty() {
                out.extend([b'.' as u16, b'.' as u16]);
            } else {
                out.extend([BS, b'.' as u16, b'.' as u16]);
            }
        }
        k += 1;
    }
    let mut ts = (to_start as isize + last_common_sep) as usize;
    if !out.is_empty() {
        out.extend_from_slice(&to_orig[ts.min(to_end)..to_end]);
        return from_units(&out);
    }
    if to_orig.get(ts) == Some(&BS) {
        ts += 1;
    }
    from_units(&to_orig[ts.min(to_end)..to_end])
}

/// `toNamespacedPath` for a string argument (non-strings are returned as-is by
/// the binding).
pub fn to_namespaced_path(path: &[u8], cwd: &dyn Fn() -> Vec<u8>) -> Vec<u8> {
    if path.is_empty() {
        return Vec::new();
    }
    let resolved = resolve(&[Some(path)], cwd).unwrap_or_default();
    if utf16_len(&resolved) <= 2 {
        return path.to_vec();
    }
    if resolved[0] == b'\\' {
        if resolved[1] == b'\\' {
            let code = resolved[2];
            if code != b'?' && code != b'.' {
                return cat(&[b"\\\\?\\UNC\\", &resolved[2..]]);
            }
        }
    } else if is_device_root(resolved[0]) && resolved[1] == b':' && resolved[2] == b'\\' {
        return cat(&[b"\\\\?\\", &resolved]);
    }
    resolved
}

pub fn dirname(path: &[u8]) -> &[u8] {
    let len = path.len();
    if len == 0 {
        return b".";
    }
    let mut root_end: isize = -1;
    let mut offset = 0;
    let code = path[0];
    if len == 1 {
        return if is_sep(code) { path } else { b"." };
    }
    if is_sep(code) {
        root_end = 1;
        offset = 1;
        if is_sep(path[1]) {
            if let Some((_, share, j)) = unc_scan(path) {
                if j == len {
                    return path;
                }
                if j != share {
                    root_end = (j + 1) as isize;
                    offset = j + 1;
                }
            }
        }
    } else if is_device_root(code) && path[1] == b':' {
        let r = if len > 2 && is_sep(path[2]) { 3 } else { 2 };
        root_end = r as isize;
        offset = r;
    }
    let mut end: isize = -1;
    let mut matched_slash = true;
    let mut i = len as isize - 1;
    while i >= offset as isize {
        if is_sep(path[i as usize]) {
            if !matched_slash {
                end = i;
                break;
            }
        } else {
            matched_slash = false;
        }
        i -= 1;
    }
    if end == -1 {
        if root_end == -1 {
            return b".";
        }
        end = root_end;
    }
    &path[..(end as usize).min(len)]
}

pub fn basename<'a>(path: &'a [u8], suffix: Option<&[u8]>) -> &'a [u8] {
    let start = if path.len() >= 2 && is_device_root(path[0]) && path[1] == b':' { 2 } else { 0 };
    let (s, e) = basename_from(path, suffix, start, is_sep);
    &path[s..e]
}

pub fn extname(path: &[u8]) -> &[u8] {
    let start = if path.len() >= 2 && path[1] == b':' && is_device_root(path[0]) { 2 } else { 0 };
    let (start_part, start_dot, end, pre) = scan_ext(path, start, start, is_sep);
    if no_ext(start_part, start_dot, end, pre) {
        return b"";
    }
    &path[start_dot as usize..end as usize]
}

pub fn parse(path: &[u8]) -> Parsed {
    let mut ret = Parsed::default();
    let len = path.len();
    if len == 0 {
        return ret;
    }
    let mut root_end = 0;
    let code = path[0];
    if len == 1 {
        if is_sep(code) {
            ret.root = (0, 1);
            ret.dir = (0, 1);
            return ret;
        }
        ret.base = (0, 1);
        ret.name = (0, 1);
        return ret;
    }
    if is_sep(code) {
        root_end = 1;
        if is_sep(path[1]) {
            if let Some((_, share, j)) = unc_scan(path) {
                if j == len {
                    root_end = j;
                } else if j != share {
                    root_end = j + 1;
                }
            }
        }
    } else if is_device_root(code) && path[1] == b':' {
        if len <= 2 {
            ret.root = (0, len);
            ret.dir = (0, len);
            return ret;
        }
        root_end = 2;
        if is_sep(path[2]) {
            if len == 3 {
                ret.root = (0, len);
                ret.dir = (0, len);
                return ret;
            }
            root_end = 3;
        }
    }
    if root_end > 0 {
        ret.root = (0, root_end);
    }
    let (start_part, start_dot, end, pre) = scan_ext(path, root_end, root_end, is_sep);
    if end != -1 {
        let e = end as usize;
        if no_ext(start_part, start_dot, end, pre) {
            ret.base = (start_part, e);
            ret.name = (start_part, e);
        } else {
            let d = start_dot as usize;
            ret.name = (start_part, d);
            ret.base = (start_part, e);
            ret.ext = (d, e);
        }
    }
    if start_part > 0 && start_part != root_end {
        ret.dir = (0, start_part - 1);
    } else {
        ret.dir = ret.root;
    }
    ret
}
