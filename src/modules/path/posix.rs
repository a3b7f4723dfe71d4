//! `path.posix`: Node 20's algorithms (lib/path.js) on WTF-8 bytes.

use super::common::{basename_from, no_ext, normalize_string, scan_ext, Parsed};

fn is_sep(c: u8) -> bool {
    c == b'/'
}

/// `args[i] == None` stands for a non-string argument: Node validates each
/// argument only when its loop reaches it, so the error (`Err(i)`) depends on
/// where the loop stops.
pub fn resolve(args: &[Option<&[u8]>], cwd: &dyn Fn() -> Vec<u8>) -> Result<Vec<u8>, usize> {
    let mut resolved: Vec<u8> = Vec::new();
    let mut absolute = false;
    for (idx, path) in args.iter().enumerate().rev() {
        let Some(path) = path else { return Err(idx) };
        if path.is_empty() {
            continue;
        }
        let mut next = Vec::with_capacity(path.len() + 1 + resolved.len());
        next.extend_from_slice(path);
        next.push(b'/');
        next.extend_from_slice(&resolved);
        resolved = next;
        absolute = path[0] == b'/';
        if absolute {
            break;
        }
    }
    if !absolute {
        let c = cwd();
        let mut next = Vec::with_capacity(c.len() + 1 + resolved.len());
        next.extend_from_slice(&c);
        next.push(b'/');
        next.extend_from_slice(&resolved);
        absolute = c.first() == Some(&b'/');
        resolved = next;
    }
    let norm = normalize_string(&resolved, !absolute, b'/', is_sep);
    Ok(if absolute {
        let mut out = Vec::with_capacity(norm.len() + 1);
        out.push(b'/');
        out.extend_from_slice(&norm);
        out
    } else if norm.is_empty() {
        b".".to_vec()
    } else {
        norm
    })
}

pub fn normalize(path: &[u8]) -> Vec<u8> {
    if path.is_empty() {
        return b".".to_vec();
    }
    let absolute = path[0] == b'/';
    let trailing = path[path.len() - 1] == b'/';
    let mut p = normalize_string(path, !absolute, b'/', is_sep);
    if p.is_empty() {
        if absolute {
            return b"/".to_vec();
        }
        return if trailing { b"./".to_vec() } else { b".".to_vec() };
    }
    if trailing {
        p.push(b'/');
    }
    if absolute {
        p.insert(0, b'/');
    }
    p
}

pub fn is_absolute(path: &[u8]) -> bool {
    path.first() == Some(&b'/')
}

pub fn join(args: &[&[u8]]) -> Vec<u8> {
    let mut joined: Vec<u8> = Vec::new();
    let mut any = false;
    for a in args {
        if a.is_empty() {
            continue;
        }
        if any {
            joined.push(b'/');
        }
        joined.extend_from_slice(a);
        any = true;
    }
    if !any {
        return b".".to_vec();
    }
    normalize(&joined)
}

pub fn relative(from: &[u8], to: &[u8], cwd: &dyn Fn() -> Vec<u8>) -> Vec<u8> {
    if from == to {
        return Vec::new();
    }
    let from = resolve(&[Some(from)], cwd).unwrap_or_default();
    let to = resolve(&[Some(to)], cwd).unwrap_or_default();
    if from == to {
        return Vec::new();
    }
    let from_start = 1usize;
    let from_end = from.len();
    let from_len = from_end - from_start;
    let to_start = 1usize;
    let to_len = to.len() - to_start;
    let length = from_len.min(to_len);
    let mut last_common_sep: isize = -1;
    let mut i = 0usize;
    while i < length {
        let fc = from[from_start + i];
        if fc != to[to_start + i] {
            break;
        } else if fc == b'/' {
            last_common_sep = i as isize;
        }
        i += 1;
    }
    if i == length {
        if to_len > length {
            if to[to_start + i] == b'/' {
                return to[to_start + i + 1..].to_vec();
            }
            if i == 0 {
                return to[to_start + i..].to_vec();
            }
        } else if from_len > length {
            if from[from_start + i] == b'/' {
                last_common_sep = i as isize;
            } else if i == 0 {
                last_common_sep = 0;
            }
        }
    }
    let mut out: Vec<u8> = Vec::new();
    let mut j = (from_start as isize + last_common_sep + 1) as usize;
    while j <= from_end {
        if j == from_end || from[j] == b'/' {
            if out.is_empty() {
                out.extend_from_slice(b"..");
            } else {
                out.extend_from_slice(b"/..");
            }
        }
        j += 1;
    }
    let tail_start = (to_start as isize + last_common_sep) as usize;
    out.extend_from_slice(&to[tail_start.min(to.len())..]);
    out
}

pub fn dirname(path: &[u8]) -> &[u8] {
    if path.is_empty() {
        return b".";
    }
    let has_root = path[0] == b'/';
    let mut end: isize = -1;
    let mut matched_slash = true;
    let mut i = path.len() as isize - 1;
    while i >= 1 {
        if path[i as usize] == b'/' {
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
        return if has_root { b"/" } else { b"." };
    }
    if has_root && end == 1 {
        return b"//";
    }
    &path[..end as usize]
}

pub fn basename<'a>(path: &'a [u8], suffix: Option<&[u8]>) -> &'a [u8] {
    let (s, e) = basename_from(path, suffix, 0, is_sep);
    &path[s..e]
}

pub fn extname(path: &[u8]) -> &[u8] {
    let (start_part, start_dot, end, pre) = scan_ext(path, 0, 0, is_sep);
    if no_ext(start_part, start_dot, end, pre) {
        return b"";
    }
    &path[start_dot as usize..end as usize]
}

pub fn parse(path: &[u8]) -> Parsed {
    let mut ret = Parsed::default();
    if path.is_empty() {
        return ret;
    }
    let absolute = path[0] == b'/';
    let start = if absolute {
        ret.root = (0, 1);
        1
    } else {
        0
    };
    let (start_part, start_dot, end, pre) = scan_ext(path, start, 0, is_sep);
    if end != -1 {
        let s = if start_part == 0 && absolute { 1 } else { start_part };
        let e = end as usize;
        if no_ext(start_part, start_dot, end, pre) {
            ret.base = (s, e);
            ret.name = (s, e);
        } else {
            let d = start_dot as usize;
            ret.name = (s, d);
            ret.base = (s, e);
            ret.ext = (d, e);
        }
    }
    if start_part > 0 {
        ret.dir = (0, start_part - 1);
    } else if absolute {
        ret.dir = (0, 1);
    }
    ret
}
