//! Pieces shared by the posix and win32 algorithms. Paths are WTF-8 bytes as the
//! engine hands them out; every character Node's algorithms look at is ASCII, so
//! byte positions and UTF-16 positions agree on every cut they make.

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
