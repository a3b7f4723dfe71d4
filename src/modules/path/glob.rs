//! `path.matchesGlob(path, pattern)` as Node 20 computes it.
//!
//! Node hands the work to its bundled minimatch with
//! `{ windowsPathsNoEscape, nonegate, nocomment, optimizationLevel: 2,
//! nocaseMagicOnly, platform }` (and `nocase: false` on Linux). This is a port
//! of that pipeline: brace expansion, splitting into path segments, the
//! level-2 segment rewrites, per-segment compilation to a regular expression
//! (minimatch's AST builds JavaScript regex *source*, whose text it inspects,
//! so we build the same source and then interpret it) and the segment-wise
//! match with globstars.
//!
//! Strings are handled as UTF-16 code units because that is what JavaScript
//! sees: `?` consumes one code unit unless a POSIX class forced the `u` flag.
//!
//! Where Node would throw (an invalid generated regex, a pattern longer than
//! 64 Ki units) or would run out of time or stack (huge brace expansions,
//! deeply nested or exponentially growing extglobs), this returns `false`.

use std::collections::{BTreeSet, HashMap, HashSet};

type Str = Vec<u16>;

/// Node would throw (or hang); the caller answers `false`.
struct Abort;
type R<T> = Result<T, Abort>;

/// minimatch's `assertValidPattern` limit.
const MAX_PATTERN_LENGTH: usize = 64 * 1024;
/// brace-expansion's `EXPANSION_MAX`: results per expansion step.
const EXPANSION_MAX: usize = 100_000;
/// Our own budgets (Node has none, and would grind or crash past them).
/// Recursion budget: a chain of groups costs one level each, a nesting four
/// (Node itself overflows its stack somewhere past 2000 chained groups).
const MAX_BRACE_DEPTH: usize = 1000;
const MAX_BRACE_UNITS: usize = 1 << 22;
const MAX_PATTERNS: usize = EXPANSION_MAX;
/// Pattern pairs compared while merging (quadratic in the pattern count).
const MAX_MERGE_WORK: usize = 1 << 24;
const MAX_EXT_DEPTH: usize = 64;
const MAX_TREE_DEPTH: usize = 300;
const MAX_AST_NODES: usize = 1 << 16;
const MAX_SOURCE_CALLS: usize = 1 << 18;
const MAX_REGEX_SOURCE: usize = 1 << 21;
const MAX_REGEX_DEPTH: usize = 400;

const SLASH: u16 = b'/' as u16;
const BSLASH: u16 = b'\\' as u16;
const DOT: u16 = b'.' as u16;

fn u(s: &str) -> Str {
    s.encode_utf16().collect()
}

fn eq(s: &[u16], lit: &str) -> bool {
    s.len() == lit.len() && s.iter().zip(lit.bytes()).all(|(&a, b)| a == b as u16)
}

/// JavaScript's `.` excludes exactly these.
fn is_line_terminator(c: u32) -> bool {
    matches!(c, 0x0A | 0x0D | 0x2028 | 0x2029)
}

/// JavaScript's `\s`.
fn is_js_space(c: u32) -> bool {
    matches!(c, 0x09..=0x0D | 0x20 | 0xA0 | 0x1680 | 0x2000..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000 | 0xFEFF)
}

pub fn matches_glob(path: &[u16], pattern: &[u16], windows: bool) -> bool {
    // windowsPathsNoEscape: a backslash in the pattern is a separator on both
    // platforms, so nothing in the pattern can be escaped afterwards.
    let pat: Str = pattern.iter().map(|&c| if c == BSLASH { SLASH } else { c }).collect();
    if pat.len() > MAX_PATTERN_LENGTH {
        return false;
    }
    let mut file: Str = path.to_vec();
    if pat.is_empty() {
        return file.is_empty();
    }
    let Ok(set) = make(&pat, windows) else { return false };
    if windows {
        for c in file.iter_mut() {
            if *c == BSLASH {
                *c = SLASH;
            }
        }
    }
    let segments = slash_split(&file, windows);
    set.iter().any(|p| match_one(&segments, p, windows))
}

// ---------------------------------------------------------------------------
// Minimatch construction

enum Seg {
    Globstar,
    Lit(Str),
    Re(Regex),
}

fn make(pat: &[u16], windows: bool) -> R<Vec<Vec<Seg>>> {
    let mut seen = HashSet::new();
    let mut glob_set = Vec::new();
    for e in brace_expand(pat)? {
        if seen.insert(e.clone()) {
            glob_set.push(e);
        }
    }
    if glob_set.len() > MAX_PATTERNS {
        return Err(Abort);
    }
    let raw: Vec<Vec<Str>> = glob_set.iter().map(|s| slash_split(s, windows)).collect();
    let glob_parts = second_phase(first_phase(raw)?)?;
    let mut set = Vec::with_capacity(glob_parts.len());
    for parts in &glob_parts {
        set.push(parts.iter().map(|s| parse_segment(s)).collect::<R<Vec<_>>>()?);
    }
    if windows {
        // `//?/c:/…`: the `?` is the device-path marker, not a wildcard.
        for (p, parts) in set.iter_mut().zip(&glob_parts) {
            let lit = |s: Option<&Seg>, f: &dyn Fn(&[u16]) -> bool| matches!(s, Some(Seg::Lit(x)) if f(x));
            if lit(p.first(), &|s| s.is_empty())
                && lit(p.get(1), &|s| s.is_empty())
                && parts.get(2).is_some_and(|s| eq(s, "?"))
                && lit(p.get(3), &is_drive)
            {
                p[2] = Seg::Lit(u("?"));
            }
        }
    }
    Ok(set)
}

fn slash_split(s: &[u16], windows: bool) -> Vec<Str> {
    let mut out = Vec::new();
    // Win32 keeps a UNC `//server` prefix as two empty segments.
    if windows && s.len() > 2 && s[0] == SLASH && s[1] == SLASH && s[2] != SLASH {
        out.push(Str::new());
    }
    let mut cur = Str::new();
    let mut i = 0;
    while i < s.len() {
        if s[i] == SLASH {
            out.push(std::mem::take(&mut cur));
            while i < s.len() && s[i] == SLASH {
                i += 1;
            }
        } else {
            cur.push(s[i]);
            i += 1;
        }
    }
    out.push(cur);
    out
}

fn is_drive(s: &[u16]) -> bool {
    s.len() == 2 && (s[0] as u8 as u16 == s[0]) && (s[0] as u8).is_ascii_alphabetic() && s[1] == b':' as u16
}

// ---------------------------------------------------------------------------
// Brace expansion (the `brace-expansion` package). Working strings are u32 so
// the package's escape placeholders can be single out-of-range tokens.

const ESC_OPEN: u32 = 0x11_0000;
const ESC_CLOSE: u32 = 0x11_0001;
const OPEN: u32 = b'{' as u32;
const CLOSE: u32 = b'}' as u32;
const COMMA: u32 = b',' as u32;

fn brace_expand(p: &[u16]) -> R<Vec<Str>> {
    // minimatch only expands when some `{…}` holds no nested `{` or newline.
    let mut open = false;
    let mut has_set = false;
    for &c in p {
        let c = c as u32;
        if c == OPEN {
            open = true;
        } else if c == CLOSE && open {
            has_set = true;
            break;
        } else if is_line_terminator(c) {
            open = false;
        }
    }
    if !has_set {
        return Ok(vec![p.to_vec()]);
    }
    let mut s: Vec<u32> = p.iter().map(|&c| c as u32).collect();
    // A leading `{}` is literal (bash compatibility).
    if s.starts_with(&[OPEN, CLOSE]) {
        s[0] = ESC_OPEN;
        s[1] = ESC_CLOSE;
    }
    let mut b = Braces { units: 0, depth: 0 };
    let out = b.expand(&s, true)?;
    Ok(out
        .into_iter()
        .map(|v| {
            v.into_iter()
                .map(|c| match c {
                    ESC_OPEN => OPEN as u16,
                    ESC_CLOSE => CLOSE as u16,
                    c => c as u16,
                })
                .collect()
        })
        .collect())
}

fn index_of(s: &[u32], c: u32, from: isize) -> isize {
    let from = from.max(0) as usize;
    match s.get(from..).and_then(|t| t.iter().position(|&x| x == c)) {
        Some(p) => (p + from) as isize,
        None => -1,
    }
}

/// balanced-match's `range('{', '}', str)`: which brace pair gets expanded
/// first, including its choices for unbalanced input.
fn balanced(s: &[u32]) -> Option<(usize, usize)> {
    let mut ai = index_of(s, OPEN, 0);
    let mut bi = index_of(s, CLOSE, ai + 1);
    let mut i = ai;
    if ai < 0 || bi <= 0 {
        return None;
    }
    let mut begs: Vec<isize> = Vec::new();
    let mut left = s.len() as isize;
    let mut right: Option<isize> = None;
    let mut result = None;
    while i >= 0 && result.is_none() {
        if i == ai {
            begs.push(i);
            ai = index_of(s, OPEN, i + 1);
        } else if begs.len() == 1 {
            result = begs.pop().map(|r| (r, bi));
        } else {
            if let Some(beg) = begs.pop() {
                if beg < left {
                    left = beg;
                    right = Some(bi);
                }
            }
            bi = index_of(s, CLOSE, i + 1);
        }
        i = if ai < bi && ai >= 0 { ai } else { bi };
    }
    if !begs.is_empty() {
        if let Some(r) = right {
            result = Some((left, r));
        }
    }
    let (a, b) = result?;
    (a >= 0 && b > a).then_some((a as usize, b as usize))
}

fn split_on(s: &[u32], sep: u32) -> Vec<Vec<u32>> {
    s.split(|&c| c == sep).map(|p| p.to_vec()).collect()
}

fn cat(parts: &[&[u32]]) -> Vec<u32> {
    let mut v = Vec::with_capacity(parts.iter().map(|p| p.len()).sum());
    for p in parts {
        v.extend_from_slice(p);
    }
    v
}

/// `-?\d+` starting at `i`; returns the end.
fn int_token(s: &[u32], mut i: usize) -> Option<usize> {
    if s.get(i) == Some(&(b'-' as u32)) {
        i += 1;
    }
    let start = i;
    while s.get(i).is_some_and(|&c| (b'0' as u32..=b'9' as u32).contains(&c)) {
        i += 1;
    }
    (i > start).then_some(i)
}

fn dotdot(s: &[u32], i: usize) -> Option<usize> {
    (s.get(i) == Some(&(DOT as u32)) && s.get(i + 1) == Some(&(DOT as u32))).then_some(i + 2)
}

/// `^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$` or, with `alpha`,
/// `^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$`.
fn is_sequence(s: &[u32], alpha: bool) -> bool {
    let letter = |i: usize| s.get(i).is_some_and(|&c| c < 128 && (c as u8).is_ascii_alphabetic()).then_some(i + 1);
    let first = |i| if alpha { letter(i) } else { int_token(s, i) };
    let tail = (|| {
        let i = first(0)?;
        let i = dotdot(s, i)?;
        let i = first(i)?;
        if i == s.len() {
            return Some(true);
        }
        let i = dotdot(s, i)?;
        Some(int_token(s, i)? == s.len())
    })();
    tail == Some(true)
}

/// `numeric()` of brace-expansion: a number if it parses, else a char code.
fn numeric(s: &[u32]) -> f64 {
    if int_token(s, 0) == Some(s.len()) {
        let t: String = s.iter().filter_map(|&c| char::from_u32(c)).collect();
        t.parse::<f64>().unwrap_or(f64::NAN)
    } else {
        s.first().map_or(f64::NAN, |&c| c as f64)
    }
}

/// `String(n)` for the integral values a numeric sequence produces.
fn js_number_string(v: f64) -> String {
    if v == 0.0 {
        "0".into()
    } else if v.is_infinite() {
        if v > 0.0 { "Infinity" } else { "-Infinity" }.into()
    } else if v.abs() < 1e21 {
        format!("{v}")
    } else {
        let e = format!("{v:e}");
        if e.contains("e-") {
            e
        } else {
            e.replacen('e', "e+", 1)
        }
    }
}

struct Braces {
    units: usize,
    depth: usize,
}

impl Braces {
    fn charge(&mut self, n: usize) -> R<()> {
        self.units += n + 1;
        if self.units > MAX_BRACE_UNITS {
            return Err(Abort);
        }
        Ok(())
    }

    /// `expand_`. The text after the first group is expanded first, one
    /// recursion level per group, so this frame is kept small.
    fn expand(&mut self, s: &[u32], is_top: bool) -> R<Vec<Vec<u32>>> {
        self.depth += 1;
        if self.depth > MAX_BRACE_DEPTH {
            return Err(Abort);
        }
        self.charge(s.len())?;
        let r = match balanced(s) {
            None => Ok(vec![s.to_vec()]),
            Some((st, en)) => {
                let post = if en + 1 == s.len() { vec![Vec::new()] } else { self.expand(&s[en + 1..], false)? };
                self.expand_group(s, st, en, post, is_top)
            }
        };
        self.depth -= 1;
        r
    }

    #[inline(never)]
    fn expand_group(&mut self, s: &[u32], st: usize, en: usize, post: Vec<Vec<u32>>, is_top: bool) -> R<Vec<Vec<u32>>> {
        let pre = &s[..st];
        let body = &s[st + 1..en];
        let post_s = &s[en + 1..];
        let mut out = Vec::new();
        if pre.last() == Some(&(b'$' as u32)) {
            // `${…}` stays literal.
            for p in post.iter().take(EXPANSION_MAX) {
                let e = cat(&[pre, &[OPEN], body, &[CLOSE], p]);
                self.charge(e.len())?;
                out.push(e);
            }
            return Ok(out);
        }
        let alpha = is_sequence(body, true);
        let is_seq = alpha || is_sequence(body, false);
        let is_options = body.contains(&COMMA);
        if !is_seq && !is_options {
            // `{a}b,c}`: retry with this `}` treated as literal.
            if comma_then_close(post_s) {
                let s2 = cat(&[pre, &[OPEN], body, &[ESC_CLOSE], post_s]);
                return self.expand(&s2, true);
            }
            return Ok(vec![s.to_vec()]);
        }
        // Nested groups stack three big frames per level: charge for them.
        self.depth += 3;
        let r = self.expand_options(pre, body, &post, is_seq, alpha, is_top);
        self.depth -= 3;
        r
    }

    fn expand_options(
        &mut self,
        pre: &[u32],
        body: &[u32],
        post: &[Vec<u32>],
        is_seq: bool,
        alpha: bool,
        is_top: bool,
    ) -> R<Vec<Vec<u32>>> {
        let mut out = Vec::new();
        let n: Vec<Vec<u32>> = if is_seq {
            let mut v = Vec::new();
            let mut i = 0;
            let mut start = 0;
            while i < body.len() {
                if dotdot(body, i).is_some() {
                    v.push(body[start..i].to_vec());
                    i += 2;
                    start = i;
                } else {
                    i += 1;
                }
            }
            v.push(body[start..].to_vec());
            v
        } else {
            let parts = self.comma_parts(body)?;
            if parts.len() == 1 {
                let inner: Vec<Vec<u32>> =
                    self.expand(&parts[0], false)?.into_iter().map(|x| cat(&[&[OPEN], &x, &[CLOSE]])).collect();
                if inner.len() == 1 {
                    for p in post {
                        let e = cat(&[pre, &inner[0], p]);
                        self.charge(e.len())?;
                        out.push(e);
                    }
                    return Ok(out);
                }
                inner
            } else {
                parts
            }
        };
        let items = if is_seq {
            self.sequence(&n, alpha)?
        } else {
            let mut v = Vec::new();
            for x in &n {
                v.extend(self.expand(x, false)?);
            }
            v
        };
        'outer: for item in &items {
            for p in post {
                if out.len() >= EXPANSION_MAX {
                    break 'outer;
                }
                let e = cat(&[pre, item, p]);
                if !is_top || is_seq || !e.is_empty() {
                    self.charge(e.len())?;
                    out.push(e);
                }
            }
        }
        Ok(out)
    }

    #[inline(never)]
    fn comma_parts(&mut self, s: &[u32]) -> R<Vec<Vec<u32>>> {
        if s.is_empty() {
            return Ok(vec![Vec::new()]);
        }
        let Some((st, en)) = balanced(s) else { return Ok(split_on(s, COMMA)) };
        self.depth += 1;
        if self.depth > MAX_BRACE_DEPTH {
            return Err(Abort);
        }
        let post = &s[en + 1..];
        let mut p = split_on(&s[..st], COMMA);
        let mut post_parts = self.comma_parts(post)?;
        self.depth -= 1;
        if let Some(last) = p.last_mut() {
            last.push(OPEN);
            last.extend_from_slice(&s[st + 1..en]);
            last.push(CLOSE);
            if !post.is_empty() && !post_parts.is_empty() {
                last.extend(post_parts.remove(0));
                p.extend(post_parts);
            }
        }
        self.charge(s.len())?;
        Ok(p)
    }

    #[inline(never)]
    fn sequence(&mut self, n: &[Vec<u32>], alpha: bool) -> R<Vec<Vec<u32>>> {
        let (Some(a), Some(b)) = (n.first(), n.get(1)) else { return Ok(Vec::new()) };
        let x = numeric(a);
        let y = numeric(b);
        let width = a.len().max(b.len());
        let mut incr = n.get(2).map_or(1.0, |c| numeric(c).abs());
        let reverse = y < x;
        if reverse {
            incr = -incr;
        }
        if incr == 0.0 {
            return Err(Abort); // Node loops forever
        }
        let pad = n.iter().any(|e| {
            let d = if e.first() == Some(&(b'-' as u32)) { &e[1..] } else { &e[..] };
            d.len() >= 2 && d[0] == b'0' as u32 && (b'0' as u32..=b'9' as u32).contains(&d[1])
        });
        let mut out = Vec::new();
        let mut i = x;
        while if reverse { i >= y } else { i <= y } {
            // Items past EXPANSION_MAX can never be used, so stop there
            // (Node keeps counting).
            if out.len() >= EXPANSION_MAX {
                break;
            }
            let c: Vec<u32> = if alpha {
                let ch = (i as i64).rem_euclid(0x10000) as u32;
                if ch == BSLASH as u32 {
                    Vec::new()
                } else {
                    vec![ch]
                }
            } else {
                let mut c = js_number_string(i);
                if pad && width > c.len() {
                    let z = "0".repeat(width - c.len());
                    c = if i < 0.0 { format!("-{z}{}", &c[1..]) } else { format!("{z}{c}") };
                }
                c.chars().map(|ch| ch as u32).collect()
            };
            self.charge(c.len())?;
            out.push(c);
            i += incr;
        }
        Ok(out)
    }
}

/// `/,(?!,).*\}/.test(post)`
fn comma_then_close(s: &[u32]) -> bool {
    let mut next_close = usize::MAX;
    let mut next_lt = usize::MAX;
    for i in (0..s.len()).rev() {
        if s[i] == COMMA && s.get(i + 1) != Some(&COMMA) && next_close != usize::MAX && next_close < next_lt {
            return true;
        }
        if s[i] == CLOSE {
            next_close = i;
        }
        if is_line_terminator(s[i]) {
            next_lt = i;
        }
    }
    false
}

// ---------------------------------------------------------------------------
// Level-2 rewrites of pattern segments (`firstPhasePreProcess`,
// `secondPhasePreProcess`) and of path segments (`levelTwoFileOptimize`).
// These are not semantics-preserving in every corner (`a/*/../b` becomes
// `a/b`; merging can drop an alternative), so they are ported as they are.

fn index_of_seg(parts: &[Str], lit: &str, from: isize) -> Option<usize> {
    let from = from.max(0) as usize;
    (from..parts.len()).find(|&i| eq(&parts[i], lit))
}

/// Removes `.` and empty segments except first and last (and a UNC `//`),
/// then collapses `./` alone to `.`. Returns whether anything changed.
fn drop_dots(parts: &mut Vec<Str>) -> bool {
    let mut did = false;
    if parts.len() > 2 {
        let last = parts.len() - 1;
        let mut out: Vec<Str> = Vec::with_capacity(parts.len());
        for (k, p) in std::mem::take(parts).into_iter().enumerate() {
            let keep = k == 0
                || k == last
                || (out.len() == 1 && p.is_empty() && out[0].is_empty())
                || !(p.is_empty() || eq(&p, "."));
            if keep {
                out.push(p);
            } else {
                did = true;
            }
        }
        *parts = out;
    }
    if parts.len() == 2 && eq(&parts[0], ".") && (eq(&parts[1], ".") || parts[1].is_empty()) {
        parts.pop();
        did = true;
    }
    did
}

fn is_plain(p: &[u16]) -> bool {
    !p.is_empty() && !eq(p, ".") && !eq(p, "..") && !eq(p, "**")
}

/// `<p>/..` removal, scanning left to right. `dot_before_globstar` is the
/// pattern-side rule that `p/../**` keeps a leading `.`.
fn drop_dotdots(parts: &mut Vec<Str>, dot_before_globstar: bool) -> bool {
    let mut did = false;
    let input = std::mem::take(parts);
    let mut out: Vec<Str> = Vec::with_capacity(input.len());
    let mut iter = input.into_iter().peekable();
    while let Some(p) = iter.next() {
        if eq(&p, "..") && out.last().is_some_and(|t| is_plain(t)) {
            did = true;
            let need_dot = dot_before_globstar && out.len() == 1 && iter.peek().is_some_and(|n| eq(n, "**"));
            out.pop();
            if need_dot {
                out.push(u("."));
            }
        } else {
            out.push(p);
        }
    }
    *parts = out;
    did
}

fn first_phase(mut gp: Vec<Vec<Str>>) -> R<Vec<Vec<Str>>> {
    loop {
        let mut did = false;
        let mut idx = 0;
        while idx < gp.len() {
            let mut parts = std::mem::take(&mut gp[idx]);
            let mut others = Vec::new();
            let mut gs: isize = -1;
            while let Some(g) = index_of_seg(&parts, "**", gs + 1) {
                gs = g as isize;
                let mut gss = g;
                while parts.get(gss + 1).is_some_and(|p| eq(p, "**")) {
                    gss += 1;
                }
                if gss > g {
                    parts.drain(g + 1..=gss);
                }
                let ok = |p: Option<&Str>| p.is_some_and(|p| !p.is_empty() && !eq(p, ".") && !eq(p, ".."));
                if !parts.get(g + 1).is_some_and(|p| eq(p, "..")) || !ok(parts.get(g + 2)) || !ok(parts.get(g + 3)) {
                    continue;
                }
                // `**/../p/q` becomes both `../p/q` and `**/p/q`.
                did = true;
                parts.remove(g);
                let mut other = parts.clone();
                other[g] = u("**");
                others.push(other);
                gs -= 1;
            }
            did |= drop_dots(&mut parts);
            did |= drop_dotdots(&mut parts, true);
            if parts.is_empty() {
                parts.push(Str::new());
            }
            gp[idx] = parts;
            gp.extend(others);
            if gp.len() > MAX_PATTERNS {
                return Err(Abort);
            }
            idx += 1;
        }
        if !did {
            return Ok(gp);
        }
    }
}

/// Merges pattern pairs (`partsMatch`): each pattern is folded into the first
/// later one it matches. A pattern without `*`/`**` segments only matches
/// its exact equal, which keeps huge brace expansions from being quadratic.
fn second_phase(mut gp: Vec<Vec<Str>>) -> R<Vec<Vec<Str>>> {
    let n = gp.len();
    let is_wild = |p: &[Str]| p.iter().any(|s| eq(s, "*") || eq(s, "**"));
    let mut plain: HashMap<Vec<Str>, BTreeSet<usize>> = HashMap::new();
    let mut wild: BTreeSet<usize> = BTreeSet::new();
    for (k, p) in gp.iter().enumerate() {
        if is_wild(p) {
            wild.insert(k);
        } else {
            plain.entry(p.clone()).or_default().insert(k);
        }
    }
    let mut work = 0usize;
    for i in 0..n.saturating_sub(1) {
        if !wild.remove(&i) {
            if let Some(set) = plain.get_mut(&gp[i]) {
                set.remove(&i);
            }
        }
        let mut found: Option<(usize, Vec<Str>)> = None;
        let candidates: Box<dyn Iterator<Item = usize>> = if is_wild(&gp[i]) {
            Box::new(i + 1..n)
        } else {
            let same = plain.get(&gp[i]).and_then(|set| set.iter().next().copied());
            if let Some(j) = same {
                found = Some((j, gp[i].clone()));
            }
            Box::new(wild.range(i + 1..same.unwrap_or(n)).copied().collect::<Vec<_>>().into_iter())
        };
        for j in candidates {
            work += 1;
            if work > MAX_MERGE_WORK {
                return Err(Abort);
            }
            if let Some(m) = parts_match(&gp[i], &gp[j]) {
                found = Some((j, m));
                break;
            }
        }
        if let Some((j, m)) = found {
            if !wild.remove(&j) {
                if let Some(set) = plain.get_mut(&gp[j]) {
                    set.remove(&j);
                }
            }
            if is_wild(&m) {
                wild.insert(j);
            } else {
                plain.entry(m.clone()).or_default().insert(j);
            }
            gp[i] = Vec::new();
            gp[j] = m;
        }
    }
    gp.retain(|g| !g.is_empty());
    Ok(gp)
}

fn parts_match(a: &[Str], b: &[Str]) -> Option<Vec<Str>> {
    if a.len() != b.len() {
        return None;
    }
    let (mut ai, mut bi) = (0, 0);
    let mut result = Vec::new();
    let mut which = 0u8;
    let wild = |s: &Str| !s.is_empty() && s[0] != DOT && !eq(s, "**");
    while ai < a.len() && bi < b.len() {
        if a[ai] == b[bi] {
            result.push(a[ai].clone());
            ai += 1;
            bi += 1;
        } else if eq(&a[ai], "**") && a.get(ai + 1) == Some(&b[bi]) {
            result.push(a[ai].clone());
            ai += 1;
        } else if eq(&b[bi], "**") && b.get(bi + 1) == Some(&a[ai]) {
            result.push(b[bi].clone());
            bi += 1;
        } else if eq(&a[ai], "*") && wild(&b[bi]) {
            if which == 2 {
                return None;
            }
            which = 1;
            result.push(a[ai].clone());
            ai += 1;
            bi += 1;
        } else if eq(&b[bi], "*") && wild(&a[ai]) {
            if which == 1 {
                return None;
            }
            which = 2;
            result.push(b[bi].clone());
            ai += 1;
            bi += 1;
        } else {
            return None;
        }
    }
    Some(result)
}

fn level_two_file_optimize(mut parts: Vec<Str>) -> Vec<Str> {
    loop {
        let mut did = drop_dots(&mut parts);
        did |= drop_dotdots(&mut parts, false);
        if !did {
            break;
        }
    }
    if parts.is_empty() {
        parts.push(Str::new());
    }
    parts
}

// ---------------------------------------------------------------------------
// One pattern segment: minimatch's AST and its regex source. No backslash
// reaches this far (they all became separators), so minimatch's escape
// handling here is left out.

fn parse_segment(s: &[u16]) -> R<Seg> {
    if s.len() > MAX_PATTERN_LENGTH {
        return Err(Abort);
    }
    if eq(s, "**") {
        return Ok(Seg::Globstar);
    }
    if s.is_empty() {
        return Ok(Seg::Lit(Str::new()));
    }
    let mut ast = Ast { n: Vec::new(), negs: Vec::new(), filled: false, calls: 0 };
    let root = ast.new_node(0, None)?;
    ast.parse(s, root, 0, 0)?;
    ast.text(ROOT);
    let (re, src, magic, uflag) = ast.source(ROOT, false)?;
    if !(magic || ast.n[ROOT].has_magic == Some(true)) {
        return Ok(Seg::Lit(unescape(&src)));
    }
    let mut full = u("^");
    full.extend(re);
    full.push(b'$' as u16);
    Ok(Seg::Re(Regex::compile(&full, uflag)?))
}

const ROOT: usize = 0;

#[derive(Clone)]
enum Part {
    S(Str),
    N(usize),
}

struct Node {
    /// 0, or the extglob kind `!?+*@`.
    ty: u16,
    parts: Vec<Part>,
    parent: Option<usize>,
    parent_index: usize,
    has_magic: Option<bool>,
    uflag: bool,
    empty_ext: bool,
    text: Option<Str>,
    depth: usize,
}

struct Ast {
    n: Vec<Node>,
    negs: Vec<usize>,
    filled: bool,
    calls: usize,
}

fn is_ext_type(c: u16) -> bool {
    matches!(c, 0x21 | 0x3F | 0x2B | 0x2A | 0x40) // ! ? + * @
}

const BANG: u16 = b'!' as u16;

impl Ast {
    fn new_node(&mut self, ty: u16, parent: Option<usize>) -> R<usize> {
        if self.n.len() >= MAX_AST_NODES {
            return Err(Abort);
        }
        let id = self.n.len();
        let parent_index = parent.map_or(0, |p| self.n[p].parts.len());
        // Every walk over the tree recurses; copies made for negations can
        // deepen it beyond the pattern's own nesting.
        let depth = parent.map_or(0, |p| self.n[p].depth + 1);
        if depth > MAX_TREE_DEPTH {
            return Err(Abort);
        }
        self.n.push(Node {
            ty,
            parts: Vec::new(),
            parent,
            parent_index,
            has_magic: (ty != 0).then_some(true),
            uflag: false,
            empty_ext: false,
            text: None,
            depth,
        });
        if ty == BANG && !self.filled {
            self.negs.push(id);
        }
        Ok(id)
    }

    fn push(&mut self, id: usize, p: Part) {
        if !matches!(&p, Part::S(s) if s.is_empty()) {
            self.n[id].parts.push(p);
        }
    }

    /// `#parseAST`. Brackets are skipped over so `[(]` is not an extglob,
    /// and an unclosed extglob becomes literal text from its type char on.
    fn parse(&mut self, s: &[u16], ast: usize, pos: usize, depth: usize) -> R<usize> {
        if depth > MAX_EXT_DEPTH {
            return Err(Abort);
        }
        let mut in_brace = false;
        let mut brace_start = 0usize;
        let mut brace_neg = false;
        // Returns true when `c` was consumed by bracket tracking.
        let mut bracket = |c: u16, i: usize, acc: &mut Str| -> bool {
            if in_brace {
                if i == brace_start + 1 {
                    if c == b'^' as u16 || c == BANG {
                        brace_neg = true;
                    }
                } else if c == b']' as u16 && !(i == brace_start + 2 && brace_neg) {
                    in_brace = false;
                }
                acc.push(c);
                return true;
            }
            if c == b'[' as u16 {
                in_brace = true;
                brace_start = i;
                brace_neg = false;
                acc.push(c);
                return true;
            }
            false
        };
        if self.n[ast].ty == 0 {
            let mut i = pos;
            let mut acc = Str::new();
            while i < s.len() {
                let c = s[i];
                i += 1;
                if bracket(c, i, &mut acc) {
                    continue;
                }
                if is_ext_type(c) && s.get(i) == Some(&(b'(' as u16)) {
                    self.push(ast, Part::S(std::mem::take(&mut acc)));
                    let ext = self.new_node(c, Some(ast))?;
                    i = self.parse(s, ext, i, depth + 1)?;
                    self.push(ast, Part::N(ext));
                    continue;
                }
                acc.push(c);
            }
            self.push(ast, Part::S(acc));
            return Ok(i);
        }
        let mut i = pos + 1;
        // Every alternative is created while the extglob is still empty, so
        // they all get parent index 0 (which `isStart` relies on).
        let mut part = self.new_node(0, Some(ast))?;
        let mut parts = Vec::new();
        let mut acc = Str::new();
        while i < s.len() {
            let c = s[i];
            i += 1;
            if bracket(c, i, &mut acc) {
                continue;
            }
            if is_ext_type(c) && s.get(i) == Some(&(b'(' as u16)) {
                self.push(part, Part::S(std::mem::take(&mut acc)));
                let ext = self.new_node(c, Some(part))?;
                self.push(part, Part::N(ext));
                i = self.parse(s, ext, i, depth + 1)?;
                continue;
            }
            if c == b'|' as u16 {
                self.push(part, Part::S(std::mem::take(&mut acc)));
                parts.push(part);
                part = self.new_node(0, Some(ast))?;
                continue;
            }
            if c == b')' as u16 {
                // minimatch flags any extglob whose last alternative ends
                // empty, not only `x()`: `!(a|)` then matches like `!()`.
                if acc.is_empty() && self.n[ast].parts.is_empty() {
                    self.n[ast].empty_ext = true;
                }
                self.push(part, Part::S(std::mem::take(&mut acc)));
                for p in parts {
                    self.push(ast, Part::N(p));
                }
                self.push(ast, Part::N(part));
                return Ok(i);
            }
            acc.push(c);
        }
        let node = &mut self.n[ast];
        node.ty = 0;
        node.has_magic = None;
        node.parts = vec![Part::S(s[pos.saturating_sub(1)..].to_vec())];
        Ok(i)
    }

    fn text(&mut self, id: usize) -> Str {
        if let Some(s) = &self.n[id].text {
            return s.clone();
        }
        let parts = self.n[id].parts.clone();
        let ty = self.n[id].ty;
        let mut out = Str::new();
        if ty != 0 {
            out.push(ty);
            out.push(b'(' as u16);
        }
        for (k, p) in parts.iter().enumerate() {
            if ty != 0 && k > 0 {
                out.push(b'|' as u16);
            }
            match p {
                Part::S(s) => out.extend_from_slice(s),
                Part::N(c) => out.extend(self.text(*c)),
            }
        }
        if ty != 0 {
            out.push(b')' as u16);
        }
        self.n[id].text = Some(out.clone());
        out
    }

    fn is_start(&self, id: usize) -> bool {
        let Some(par) = self.n[id].parent else { return true };
        if !self.is_start(par) {
            return false;
        }
        let pi = self.n[id].parent_index;
        (0..pi).all(|i| matches!(self.n[par].parts.get(i), Some(Part::N(x)) if self.n[*x].ty == BANG))
    }

    fn is_end(&self, id: usize) -> bool {
        let Some(par) = self.n[id].parent else { return true };
        if self.n[par].ty == BANG {
            return true;
        }
        if !self.is_end(par) {
            return false;
        }
        if self.n[id].ty == 0 {
            return true;
        }
        self.n[id].parent_index + 1 == self.n[par].parts.len()
    }

    fn copy_in(&mut self, target: usize, part: Part) -> R<()> {
        match part {
            Part::S(s) => self.push(target, Part::S(s)),
            Part::N(x) => {
                let c = self.new_node(self.n[x].ty, Some(target))?;
                for p in self.n[x].parts.clone() {
                    self.copy_in(c, p)?;
                }
                self.push(target, Part::N(c));
            }
        }
        Ok(())
    }

    /// A negation must also reject what follows it, so each of its
    /// alternatives gets a copy of everything after it up to the segment end.
    fn fill_negs(&mut self) -> R<()> {
        if self.filled {
            return Ok(());
        }
        self.text(ROOT);
        self.filled = true;
        while let Some(nid) = self.negs.pop() {
            if self.n[nid].ty != BANG {
                continue;
            }
            let mut p = nid;
            while let Some(pp) = self.n[p].parent {
                let mut i = self.n[p].parent_index + 1;
                while self.n[pp].ty == 0 && i < self.n[pp].parts.len() {
                    let sib = self.n[pp].parts[i].clone();
                    for alt in self.n[nid].parts.clone() {
                        let Part::N(a) = alt else { return Err(Abort) };
                        self.copy_in(a, sib.clone())?;
                    }
                    i += 1;
                }
                p = pp;
            }
        }
        Ok(())
    }

    /// `toRegExpSource(allowDot)`: (regex source, unescaped-body source,
    /// hasMagic, needs `u`). With `dot: false`, `allowDot` undefined and
    /// false behave the same, so it is a plain bool here.
    fn source(&mut self, id: usize, dot: bool) -> R<(Str, Str, bool, bool)> {
        self.calls += 1;
        if self.calls > MAX_SOURCE_CALLS {
            return Err(Abort);
        }
        if id == ROOT {
            self.fill_negs()?;
        }
        let ty = self.n[id].ty;
        if ty == 0 {
            let no_empty =
                self.is_start(id) && self.is_end(id) && self.n[id].parts.iter().all(|p| matches!(p, Part::S(_)));
            let mut src = Str::new();
            for p in self.n[id].parts.clone() {
                let (re, hm, uf) = match p {
                    Part::S(s) => parse_glob(&s, self.n[id].has_magic.unwrap_or(false), no_empty),
                    Part::N(c) => {
                        let (re, _, hm, uf) = self.source(c, dot)?;
                        (re, hm, uf)
                    }
                };
                let node = &mut self.n[id];
                node.has_magic = Some(node.has_magic.unwrap_or(false) || hm);
                node.uflag |= uf;
                src.extend(re);
                if src.len() > MAX_REGEX_SOURCE {
                    return Err(Abort);
                }
            }
            let mut start: &str = "";
            if self.is_start(id) {
                if let Some(Part::S(first)) = self.n[id].parts.first() {
                    let dot_trav_allowed = self.n[id].parts.len() == 1 && (eq(first, ".") || eq(first, ".."));
                    if !dot_trav_allowed {
                        let aps = |i: usize| matches!(src.get(i), Some(&c) if c == b'[' as u16 || c == DOT);
                        let esc_dot = |i: usize| src.get(i) == Some(&BSLASH) && src.get(i + 1) == Some(&DOT);
                        let need_no_trav =
                            (dot && aps(0)) || (esc_dot(0) && aps(2)) || (esc_dot(0) && esc_dot(2) && aps(4));
                        if need_no_trav {
                            start = START_NO_TRAVERSAL;
                        } else if !dot && aps(0) {
                            start = START_NO_DOT;
                        }
                    }
                }
            }
            let mut fin = u(start);
            fin.extend_from_slice(&src);
            let parent_is_neg = self.n[id].parent.is_some_and(|p| self.n[p].ty == BANG);
            if self.is_end(id) && self.filled && parent_is_neg {
                fin.extend(u("(?:$|\\/)"));
            }
            let node = &mut self.n[id];
            let magic = node.has_magic.unwrap_or(false);
            node.has_magic = Some(magic);
            return Ok((fin, src, magic, node.uflag));
        }

        let repeated = ty == b'*' as u16 || ty == b'+' as u16;
        let mut body = self.parts_source(id, dot)?;
        if self.is_start(id) && self.is_end(id) && body.is_empty() && ty != BANG {
            // An empty extglob spanning the segment (or following only
            // negations) turns into its own text, which then also serves as
            // raw regex source: `@()` alone is the name "@()", `!(x)@()` is
            // a regex in which `@()` matches "@".
            let s = self.text(id);
            let node = &mut self.n[id];
            node.parts = vec![Part::S(s.clone())];
            node.ty = 0;
            node.has_magic = None;
            return Ok((s.clone(), s, false, false));
        }
        // `*(…)`/`+(…)` may match dot-names after the first repetition.
        let mut dot_allowed = if !repeated || dot { Str::new() } else { self.parts_source(id, true)? };
        if dot_allowed == body {
            dot_allowed.clear();
        }
        if !dot_allowed.is_empty() {
            let mut b = u("(?:");
            b.extend(&body);
            b.extend(u(")(?:"));
            b.extend(&dot_allowed);
            b.extend(u(")*?"));
            body = b;
        }
        let no_dot = if self.is_start(id) && !dot { START_NO_DOT } else { "" };
        let fin = if ty == BANG && self.n[id].empty_ext {
            u(&format!("{no_dot}[^/]+?"))
        } else {
            let close = match ty {
                BANG => format!(")){no_dot}[^/]*?)"),
                0x40 => ")".into(),
                0x3F => ")?".into(),
                0x2B if !dot_allowed.is_empty() => ")".into(),
                0x2A if !dot_allowed.is_empty() => ")?".into(),
                0x2B => ")+".into(),
                _ => ")*".into(),
            };
            let mut f = u(if ty == BANG { "(?:(?!(?:" } else { "(?:" });
            f.extend(&body);
            f.extend(u(&close));
            f
        };
        if fin.len() > MAX_REGEX_SOURCE {
            return Err(Abort);
        }
        let node = &mut self.n[id];
        let magic = node.has_magic.unwrap_or(false);
        node.has_magic = Some(magic);
        Ok((fin, body, magic, node.uflag))
    }

    fn parts_source(&mut self, id: usize, dot: bool) -> R<Str> {
        let mut res = Vec::new();
        for p in self.n[id].parts.clone() {
            let Part::N(c) = p else { return Err(Abort) };
            let (re, _, _, uf) = self.source(c, dot)?;
            self.n[id].uflag |= uf;
            res.push(re);
        }
        let whole = self.is_start(id) && self.is_end(id);
        let mut out = Str::new();
        let mut first = true;
        for r in res.into_iter().filter(|r| !whole || !r.is_empty()) {
            if !first {
                out.push(b'|' as u16);
            }
            first = false;
            out.extend(r);
            if out.len() > MAX_REGEX_SOURCE {
                return Err(Abort);
            }
        }
        Ok(out)
    }
}

const START_NO_TRAVERSAL: &str = "(?!(?:^|/)\\.\\.?(?:$|/))";
const START_NO_DOT: &str = "(?!\\.)";

fn regexp_escape_into(c: u16, out: &mut Str) {
    if b"-[]{}()*+?.,\\^$|#".iter().any(|&x| x as u16 == c) || is_js_space(c as u32) {
        out.push(BSLASH);
    }
    out.push(c);
}

fn brace_escape_into(c: u16, out: &mut Str) {
    if b"[]\\-".iter().any(|&x| x as u16 == c) {
        out.push(BSLASH);
    }
    out.push(c);
}

/// `#parseGlob`: (source, hasMagic, needs `u`).
fn parse_glob(glob: &[u16], has_magic: bool, no_empty: bool) -> (Str, bool, bool) {
    let mut re = Str::new();
    let mut uflag = false;
    let mut magic = has_magic;
    let mut in_star = false;
    // A segment that is all stars must not match the empty name.
    let star = u(if no_empty && glob.iter().all(|&x| x == b'*' as u16) { "[^/]+?" } else { "[^/]*?" });
    let fails = class_failures(glob);
    let mut i = 0;
    while i < glob.len() {
        let c = glob[i];
        if c == b'*' as u16 {
            if !in_star {
                in_star = true;
                re.extend_from_slice(&star);
                magic = true;
            }
            i += 1;
            continue;
        }
        in_star = false;
        if c == b'[' as u16 && !fails[i] {
            let (src, need_u, consumed, m) = parse_class(glob, i);
            if consumed > 0 {
                re.extend(src);
                uflag |= need_u;
                i += consumed;
                magic |= m;
                continue;
            }
        }
        if c == b'?' as u16 {
            re.extend(u("[^/]"));
            magic = true;
            i += 1;
            continue;
        }
        regexp_escape_into(c, &mut re);
        i += 1;
    }
    (re, magic, uflag)
}

/// name, class source, needs `u`, negated-inside-the-class.
const POSIX_CLASSES: &[(&str, &str, bool, bool)] = &[
    ("[:alnum:]", "\\p{L}\\p{Nl}\\p{Nd}", true, false),
    ("[:alpha:]", "\\p{L}\\p{Nl}", true, false),
    ("[:ascii:]", "\\x00-\\x7f", false, false),
    ("[:blank:]", "\\p{Zs}\\t", true, false),
    ("[:cntrl:]", "\\p{Cc}", true, false),
    ("[:digit:]", "\\p{Nd}", true, false),
    ("[:graph:]", "\\p{Z}\\p{C}", true, true),
    ("[:lower:]", "\\p{Ll}", true, false),
    // Sic: minimatch maps print to \p{C}.
    ("[:print:]", "\\p{C}", true, false),
    ("[:punct:]", "\\p{P}", true, false),
    ("[:space:]", "\\p{Z}\\t\\r\\n\\v\\f", true, false),
    ("[:upper:]", "\\p{Lu}", true, false),
    ("[:word:]", "\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}", true, false),
    ("[:xdigit:]", "A-Fa-f0-9", false, false),
];

/// Index into `POSIX_CLASSES` of a `[:name:]` starting at `i`.
fn posix_class_at(glob: &[u16], i: usize) -> Option<usize> {
    if glob.get(i + 1) != Some(&(b':' as u16)) || glob[i] != b'[' as u16 {
        return None;
    }
    POSIX_CLASSES.iter().position(|(name, ..)| glob.get(i..i + name.len()).is_some_and(|t| eq(t, name)))
}

/// For each position, whether a `[` there fails to close (so `parseClass`
/// leaves it literal). One right-to-left pass: scanning forward from every
/// `[` would be quadratic (`[[:alpha:][[:alpha:]…`). The scan's course
/// depends only on the position and on whether a range is pending.
fn class_failures(glob: &[u16]) -> Vec<bool> {
    let n = glob.len();
    // fail[i][pending]: running off the end from here, `]` not yet allowed
    // to close only for an opener's first character.
    let mut fail = vec![[true; 2]; n + 3];
    let is = |i: usize, c: u8| glob.get(i) == Some(&(c as u16));
    let step = |fail: &[[bool; 2]], i: usize| {
        if is(i + 1, b'-') && is(i + 2, b']') {
            fail[i + 2][0]
        } else if is(i + 1, b'-') {
            fail[i + 2][1]
        } else {
            fail[i + 1][0]
        }
    };
    for i in (0..n).rev() {
        let posix = posix_class_at(glob, i).map(|k| i + POSIX_CLASSES[k].0.len());
        fail[i][1] = glob[i] != b']' as u16 && posix.is_none() && fail[i + 1][0];
        fail[i][0] = glob[i] != b']' as u16 && posix.map_or_else(|| step(&fail, i), |j| fail[j][0]);
    }
    (0..n)
        .map(|p| {
            if glob[p] != b'[' as u16 {
                return true;
            }
            let i = if is(p + 1, b'!') || is(p + 1, b'^') { p + 2 } else { p + 1 };
            match glob.get(i) {
                None => true,
                Some(&c) if c == b']' as u16 => step(&fail, i),
                Some(_) => fail[i][0],
            }
        })
        .collect()
}

/// `parseClass`: (source, needs `u`, units consumed, hasMagic). Consumed 0
/// means "not a class, the `[` is literal".
fn parse_class(glob: &[u16], pos: usize) -> (Str, bool, usize, bool) {
    let never = || (u("$."), false, glob.len() - pos, true);
    let mut ranges: Vec<Str> = Vec::new();
    let mut negs: Vec<Str> = Vec::new();
    let mut i = pos + 1;
    let mut saw_start = false;
    let mut uflag = false;
    let mut negate = false;
    let mut end_pos = pos;
    let mut range_start: Option<u16> = None;
    while i < glob.len() {
        let c = glob[i];
        if (c == BANG || c == b'^' as u16) && i == pos + 1 {
            negate = true;
            i += 1;
            continue;
        }
        if c == b']' as u16 && saw_start {
            end_pos = i + 1;
            break;
        }
        saw_start = true;
        if let Some(k) = posix_class_at(glob, i) {
            let (name, src, needs_u, neg) = POSIX_CLASSES[k];
            if range_start.is_some() {
                return never();
            }
            i += name.len();
            if neg {
                negs.push(u(src));
            } else {
                ranges.push(u(src));
            }
            uflag |= needs_u;
            continue;
        }
        if let Some(rs) = range_start.take() {
            let mut r = Str::new();
            if c > rs {
                brace_escape_into(rs, &mut r);
                r.push(b'-' as u16);
                brace_escape_into(c, &mut r);
                ranges.push(r);
            } else if c == rs {
                brace_escape_into(c, &mut r);
                ranges.push(r);
            }
            i += 1;
            continue;
        }
        let next = glob.get(i + 1).copied();
        if next == Some(b'-' as u16) && glob.get(i + 2) == Some(&(b']' as u16)) {
            let mut r = Str::new();
            brace_escape_into(c, &mut r);
            brace_escape_into(b'-' as u16, &mut r);
            ranges.push(r);
            i += 2;
            continue;
        }
        if next == Some(b'-' as u16) {
            range_start = Some(c);
            i += 2;
            continue;
        }
        let mut r = Str::new();
        brace_escape_into(c, &mut r);
        ranges.push(r);
        i += 1;
    }
    if end_pos < i {
        return (Str::new(), false, 0, false);
    }
    if ranges.is_empty() && negs.is_empty() {
        return never();
    }
    // A lone plain character is no class at all: `[x]` is the literal x.
    if negs.is_empty() && ranges.len() == 1 && !negate {
        let r = &ranges[0];
        let single = match r.len() {
            1 => Some(r[0]),
            2 if r[0] == BSLASH => Some(r[1]),
            _ => None,
        };
        if let Some(ch) = single.filter(|&c| !is_line_terminator(c as u32)) {
            let mut out = Str::new();
            regexp_escape_into(ch, &mut out);
            return (out, false, end_pos - pos, false);
        }
    }
    let class = |neg: bool, items: &[Str]| {
        let mut s = u(if neg { "[^" } else { "[" });
        for it in items {
            s.extend_from_slice(it);
        }
        s.push(b']' as u16);
        s
    };
    let src = match (ranges.is_empty(), negs.is_empty()) {
        (false, false) => {
            let mut s = u("(");
            s.extend(class(negate, &ranges));
            s.push(b'|' as u16);
            s.extend(class(!negate, &negs));
            s.push(b')' as u16);
            s
        }
        (false, true) => class(negate, &ranges),
        _ => class(!negate, &negs),
    };
    (src, uflag, end_pos - pos, true)
}

/// minimatch's `unescape` (default options): the literal a non-magic
/// segment compares equal to.
fn unescape(s: &[u16]) -> Str {
    let ok = |c: u16| c != SLASH && c != BSLASH;
    let mut a = Str::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let lead = s[i] != BSLASH && !is_line_terminator(s[i] as u32);
        if lead
            && s.get(i + 1) == Some(&(b'[' as u16))
            && s.get(i + 2).is_some_and(|&c| ok(c))
            && s.get(i + 3) == Some(&(b']' as u16))
        {
            a.push(s[i]);
            a.push(s[i + 2]);
            i += 4;
        } else if i == 0 && s[0] == b'[' as u16 && s.get(1).is_some_and(|&c| ok(c)) && s.get(2) == Some(&(b']' as u16))
        {
            a.push(s[1]);
            i = 3;
        } else {
            a.push(s[i]);
            i += 1;
        }
    }
    let mut out = Str::with_capacity(a.len());
    let mut i = 0;
    while i < a.len() {
        if a[i] == BSLASH && a.get(i + 1).is_some_and(|&c| c != SLASH) {
            out.push(a[i + 1]);
            i += 2;
        } else {
            out.push(a[i]);
            i += 1;
        }
    }
    out
}

// ---------------------------------------------------------------------------
// The JavaScript regex subset minimatch generates, parsed with JS syntax rules
// (so invalid sources fail the way `new RegExp` does) and run as a set-of-
// positions simulation: polynomial, no backtracking.

struct Regex {
    root: Re,
    unicode: bool,
}

enum Re {
    Seq(Vec<Re>),
    Alt(Vec<Re>),
    Unit(Atom),
    Rep(Box<Re>, u32, Option<u32>),
    Look { negate: bool, id: usize, re: Box<Re> },
    Start,
    End,
}

enum Atom {
    Ch(u32),
    Any,
    Set { negate: bool, items: Vec<Item> },
}

#[derive(Clone, Copy)]
enum Item {
    Range(u32, u32),
    Prop(Prop, bool),
    Digit(bool),
    Word(bool),
    Space(bool),
}

#[derive(Clone, Copy)]
enum Prop {
    L,
    Nl,
    Nd,
    Zs,
    Cc,
    Z,
    C,
    Ll,
    Lu,
    P,
    Pc,
}

enum ClassAtom {
    One(u32),
    Many(Item),
}

struct RxParser<'a> {
    s: &'a [u32],
    i: usize,
    unicode: bool,
    looks: usize,
    depth: usize,
}

fn is_syntax_char(c: u32) -> bool {
    b"^$\\.*+?()[]{}|/".iter().any(|&x| x as u32 == c)
}

/// What the regex steps over: code units, or code points under `u` (both
/// for the pattern source and for the subject).
fn units(s: &[u16], unicode: bool) -> Vec<u32> {
    if unicode {
        char::decode_utf16(s.iter().copied())
            .map(|r| r.map(|c| c as u32).unwrap_or_else(|e| e.unpaired_surrogate() as u32))
            .collect()
    } else {
        s.iter().map(|&c| c as u32).collect()
    }
}

impl Regex {
    fn compile(src: &[u16], unicode: bool) -> R<Regex> {
        let s = units(src, unicode);
        let mut p = RxParser { s: &s, i: 0, unicode, looks: 0, depth: 0 };
        let root = p.disjunction()?;
        if p.i != s.len() {
            return Err(Abort); // unmatched `)`
        }
        Ok(Regex { root, unicode })
    }

    fn test(&self, subject: &[u16]) -> bool {
        let s = units(subject, self.unicode);
        let mut ex = Exec { s: &s, look_memo: HashMap::new() };
        let start = Bits::single(s.len() + 1, 0);
        ex.eval(&self.root, &start).get(s.len())
    }
}

impl RxParser<'_> {
    fn peek(&self) -> Option<u32> {
        self.s.get(self.i).copied()
    }

    fn peek_is(&self, c: u8) -> bool {
        self.peek() == Some(c as u32)
    }

    fn disjunction(&mut self) -> R<Re> {
        self.depth += 1;
        if self.depth > MAX_REGEX_DEPTH {
            return Err(Abort);
        }
        let mut alts = vec![self.alternative()?];
        while self.peek_is(b'|') {
            self.i += 1;
            alts.push(self.alternative()?);
        }
        self.depth -= 1;
        Ok(if alts.len() == 1 { alts.pop().unwrap_or(Re::Seq(Vec::new())) } else { Re::Alt(alts) })
    }

    fn alternative(&mut self) -> R<Re> {
        let mut seq = Vec::new();
        while let Some(c) = self.peek() {
            if c == b'|' as u32 || c == b')' as u32 {
                break;
            }
            seq.push(self.term()?);
        }
        Ok(Re::Seq(seq))
    }

    /// `{n}`, `{n,}` or `{n,m}` at the cursor: (min, max, length).
    fn braced_quantifier(&self) -> Option<(u32, Option<u32>, usize)> {
        let mut i = self.i + 1;
        let num = |i: &mut usize| {
            let st = *i;
            let mut v: u64 = 0;
            while let Some(&c) = self.s.get(*i) {
                if !(b'0' as u32..=b'9' as u32).contains(&c) {
                    break;
                }
                v = (v * 10 + (c - b'0' as u32) as u64).min(u32::MAX as u64);
                *i += 1;
            }
            (*i > st).then_some(v as u32)
        };
        let min = num(&mut i)?;
        let max = if self.s.get(i) == Some(&(b',' as u32)) {
            i += 1;
            num(&mut i)
        } else {
            Some(min)
        };
        (self.s.get(i) == Some(&(b'}' as u32))).then_some((min, max, i + 1 - self.i))
    }

    fn term(&mut self) -> R<Re> {
        let Some(c) = self.peek() else { return Err(Abort) };
        let (atom, quantifiable) = match c {
            0x5E => {
                self.i += 1;
                (Re::Start, false)
            }
            0x24 => {
                self.i += 1;
                (Re::End, false)
            }
            0x28 => self.group()?,
            0x5B => (Re::Unit(self.class()?), true),
            0x2E => {
                self.i += 1;
                (Re::Unit(Atom::Any), true)
            }
            0x5C => (self.atom_escape()?, true),
            0x2A | 0x2B | 0x3F => return Err(Abort), // nothing to repeat
            0x7B if self.unicode || self.braced_quantifier().is_some() => return Err(Abort),
            0x7D | 0x5D if self.unicode => return Err(Abort),
            _ => {
                self.i += 1;
                (Re::Unit(Atom::Ch(c)), true)
            }
        };
        let (min, max) = match self.peek() {
            Some(0x2A) => {
                self.i += 1;
                (0, None)
            }
            Some(0x2B) => {
                self.i += 1;
                (1, None)
            }
            Some(0x3F) => {
                self.i += 1;
                (0, Some(1))
            }
            Some(0x7B) => match self.braced_quantifier() {
                Some((mn, mx, len)) => {
                    self.i += len;
                    (mn, mx)
                }
                None if self.unicode => return Err(Abort),
                None => return Ok(atom),
            },
            _ => return Ok(atom),
        };
        // Counted repetition is never generated; big counts are refused.
        if !quantifiable || max.is_some_and(|m| m < min || m > 10_000) || min > 10_000 {
            return Err(Abort);
        }
        if self.peek_is(b'?') {
            self.i += 1; // laziness does not change whether a match exists
        }
        Ok(Re::Rep(Box::new(atom), min, max))
    }

    fn group(&mut self) -> R<(Re, bool)> {
        self.i += 1;
        let mut look = None;
        if self.peek_is(b'?') {
            match self.s.get(self.i + 1).copied() {
                Some(0x3A) => {}
                Some(0x3D) => look = Some(false),
                Some(0x21) => look = Some(true),
                _ => return Err(Abort), // lookbehind / named groups: never generated
            }
            self.i += 2;
        }
        let inner = self.disjunction()?;
        if !self.peek_is(b')') {
            return Err(Abort);
        }
        self.i += 1;
        Ok(match look {
            None => (inner, true),
            Some(negate) => {
                let id = self.looks;
                self.looks += 1;
                // Annex B lets a lookahead be quantified, but not under `u`.
                (Re::Look { negate, id, re: Box::new(inner) }, !self.unicode)
            }
        })
    }

    fn hex(&self, at: usize, n: usize) -> Option<u32> {
        let mut v = 0;
        for k in 0..n {
            let c = char::from_u32(*self.s.get(at + k)?)?;
            v = v * 16 + c.to_digit(16)?;
        }
        Some(v)
    }

    /// Escapes shared by atoms and class atoms (cursor after the `\`).
    fn escape(&mut self, in_class: bool) -> R<ClassAtom> {
        let Some(c) = self.peek() else { return Err(Abort) };
        self.i += 1;
        let ch = char::from_u32(c).unwrap_or('\0');
        Ok(ClassAtom::One(match ch {
            'd' | 'D' => return Ok(ClassAtom::Many(Item::Digit(ch == 'D'))),
            'w' | 'W' => return Ok(ClassAtom::Many(Item::Word(ch == 'W'))),
            's' | 'S' => return Ok(ClassAtom::Many(Item::Space(ch == 'S'))),
            'p' | 'P' if self.unicode => {
                if !self.peek_is(b'{') {
                    return Err(Abort);
                }
                let start = self.i + 1;
                let end = (start..self.s.len()).find(|&k| self.s[k] == b'}' as u32).ok_or(Abort)?;
                let name: String = self.s[start..end].iter().filter_map(|&c| char::from_u32(c)).collect();
                self.i = end + 1;
                let prop = match name.as_str() {
                    "L" => Prop::L,
                    "Nl" => Prop::Nl,
                    "Nd" => Prop::Nd,
                    "Zs" => Prop::Zs,
                    "Cc" => Prop::Cc,
                    "Z" => Prop::Z,
                    "C" => Prop::C,
                    "Ll" => Prop::Ll,
                    "Lu" => Prop::Lu,
                    "P" => Prop::P,
                    "Pc" => Prop::Pc,
                    _ => return Err(Abort),
                };
                return Ok(ClassAtom::Many(Item::Prop(prop, ch == 'P')));
            }
            'b' if in_class => 8,
            'b' | 'B' => return Err(Abort), // word boundaries: never generated
            't' => 9,
            'n' => 10,
            'v' => 11,
            'f' => 12,
            'r' => 13,
            '0' if !self.peek().is_some_and(|d| (b'0' as u32..=b'9' as u32).contains(&d)) => 0,
            '0'..='9' => return Err(Abort), // back references: never generated
            'x' => match self.hex(self.i, 2) {
                Some(v) => {
                    self.i += 2;
                    v
                }
                None if self.unicode => return Err(Abort),
                None => c,
            },
            'u' => match self.hex(self.i, 4) {
                Some(v) => {
                    self.i += 4;
                    v
                }
                None if self.unicode => return Err(Abort),
                None => c,
            },
            'c' | 'k' => return Err(Abort), // never generated
            _ if self.unicode => {
                if is_syntax_char(c) || (in_class && c == b'-' as u32) {
                    c
                } else {
                    return Err(Abort); // invalid identity escape under `u`
                }
            }
            _ => c,
        }))
    }

    fn atom_escape(&mut self) -> R<Re> {
        self.i += 1;
        Ok(match self.escape(false)? {
            ClassAtom::One(c) => Re::Unit(Atom::Ch(c)),
            ClassAtom::Many(it) => Re::Unit(Atom::Set { negate: false, items: vec![it] }),
        })
    }

    fn class_atom(&mut self) -> R<ClassAtom> {
        let Some(c) = self.peek() else { return Err(Abort) };
        self.i += 1;
        if c == BSLASH as u32 {
            self.escape(true)
        } else {
            Ok(ClassAtom::One(c))
        }
    }

    fn class(&mut self) -> R<Atom> {
        self.i += 1;
        let negate = self.peek_is(b'^');
        if negate {
            self.i += 1;
        }
        let mut items = Vec::new();
        let push = |items: &mut Vec<Item>, a: ClassAtom| match a {
            ClassAtom::One(c) => items.push(Item::Range(c, c)),
            ClassAtom::Many(it) => items.push(it),
        };
        loop {
            match self.peek() {
                None => return Err(Abort),
                Some(0x5D) => {
                    self.i += 1;
                    break;
                }
                _ => {}
            }
            let a = self.class_atom()?;
            let dash_range = self.peek_is(b'-') && self.s.get(self.i + 1).is_some_and(|&c| c != b']' as u32);
            if !dash_range {
                push(&mut items, a);
                continue;
            }
            self.i += 1;
            let b = self.class_atom()?;
            match (a, b) {
                (ClassAtom::One(x), ClassAtom::One(y)) => {
                    if x > y {
                        return Err(Abort); // range out of order
                    }
                    items.push(Item::Range(x, y));
                }
                _ if self.unicode => return Err(Abort),
                (a, b) => {
                    push(&mut items, a);
                    items.push(Item::Range(b'-' as u32, b'-' as u32));
                    push(&mut items, b);
                }
            }
        }
        Ok(Atom::Set { negate, items })
    }
}

impl Atom {
    fn matches(&self, c: u32) -> bool {
        match self {
            Atom::Ch(x) => *x == c,
            Atom::Any => !is_line_terminator(c),
            Atom::Set { negate, items } => items.iter().any(|it| it.matches(c)) != *negate,
        }
    }
}

impl Item {
    fn matches(&self, c: u32) -> bool {
        match *self {
            Item::Range(lo, hi) => lo <= c && c <= hi,
            Item::Prop(p, neg) => p.has(c) != neg,
            Item::Digit(neg) => (b'0' as u32..=b'9' as u32).contains(&c) != neg,
            Item::Word(neg) => (c < 128 && ((c as u8).is_ascii_alphanumeric() || c == b'_' as u32)) != neg,
            Item::Space(neg) => is_js_space(c) != neg,
        }
    }
}

/// First code points of the runs of ten decimal digits (`\p{Nd}`); the one
/// twenty-long and one fifty-long run are listed as several.
const ND_STARTS: &[u32] = &[
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0,
    0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620,
    0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30, 0x10d40, 0x11066, 0x110f0, 0x11136,
    0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x116d0, 0x116da, 0x11730, 0x118e0, 0x11950, 0x11bf0,
    0x11c50, 0x11d50, 0x11da0, 0x11de0, 0x11f50, 0x16130, 0x16a60, 0x16ac0, 0x16b50, 0x16d70, 0x1ccf0, 0x1d7ce,
    0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e4f0, 0x1e5f1, 0x1e950, 0x1fbf0,
];

/// `\p{P}` outside Latin-1, Basic Multilingual Plane only.
#[rustfmt::skip]
const PUNCT_BMP: &[(u32, u32)] = &[
    (0x37e, 0x37e), (0x387, 0x387), (0x55a, 0x55f), (0x589, 0x58a), (0x5be, 0x5be), (0x5c0, 0x5c0), (0x5c3, 0x5c3),
    (0x5c6, 0x5c6), (0x5f3, 0x5f4), (0x609, 0x60a), (0x60c, 0x60d), (0x61b, 0x61b), (0x61d, 0x61f), (0x66a, 0x66d),
    (0x6d4, 0x6d4), (0x700, 0x70d), (0x7f7, 0x7f9), (0x830, 0x83e), (0x85e, 0x85e), (0x964, 0x965), (0x970, 0x970),
    (0x9fd, 0x9fd), (0xa76, 0xa76), (0xaf0, 0xaf0), (0xc77, 0xc77), (0xc84, 0xc84), (0xdf4, 0xdf4), (0xe4f, 0xe4f),
    (0xe5a, 0xe5b), (0xf04, 0xf12), (0xf14, 0xf14), (0xf3a, 0xf3d), (0xf85, 0xf85), (0xfd0, 0xfd4), (0xfd9, 0xfda),
    (0x104a, 0x104f), (0x10fb, 0x10fb), (0x1360, 0x1368), (0x1400, 0x1400), (0x166e, 0x166e), (0x169b, 0x169c),
    (0x16eb, 0x16ed), (0x1735, 0x1736), (0x17d4, 0x17d6), (0x17d8, 0x17da), (0x1800, 0x180a), (0x1944, 0x1945),
    (0x1a1e, 0x1a1f), (0x1aa0, 0x1aa6), (0x1aa8, 0x1aad), (0x1b4e, 0x1b4f), (0x1b5a, 0x1b60), (0x1b7d, 0x1b7f),
    (0x1bfc, 0x1bff), (0x1c3b, 0x1c3f), (0x1c7e, 0x1c7f), (0x1cc0, 0x1cc7), (0x1cd3, 0x1cd3), (0x2010, 0x2027),
    (0x2030, 0x2043), (0x2045, 0x2051), (0x2053, 0x205e), (0x207d, 0x207e), (0x208d, 0x208e), (0x2308, 0x230b),
    (0x2329, 0x232a), (0x2768, 0x2775), (0x27c5, 0x27c6), (0x27e6, 0x27ef), (0x2983, 0x2998), (0x29d8, 0x29db),
    (0x29fc, 0x29fd), (0x2cf9, 0x2cfc), (0x2cfe, 0x2cff), (0x2d70, 0x2d70), (0x2e00, 0x2e2e), (0x2e30, 0x2e4f),
    (0x2e52, 0x2e5d), (0x3001, 0x3003), (0x3008, 0x3011), (0x3014, 0x301f), (0x3030, 0x3030), (0x303d, 0x303d),
    (0x30a0, 0x30a0), (0x30fb, 0x30fb), (0xa4fe, 0xa4ff), (0xa60d, 0xa60f), (0xa673, 0xa673), (0xa67e, 0xa67e),
    (0xa6f2, 0xa6f7), (0xa874, 0xa877), (0xa8ce, 0xa8cf), (0xa8f8, 0xa8fa), (0xa8fc, 0xa8fc), (0xa92e, 0xa92f),
    (0xa95f, 0xa95f), (0xa9c1, 0xa9cd), (0xa9de, 0xa9df), (0xaa5c, 0xaa5f), (0xaade, 0xaadf), (0xaaf0, 0xaaf1),
    (0xabeb, 0xabeb), (0xfd3e, 0xfd3f), (0xfe10, 0xfe19), (0xfe30, 0xfe52), (0xfe54, 0xfe61), (0xfe63, 0xfe63),
    (0xfe68, 0xfe68), (0xfe6a, 0xfe6b), (0xff01, 0xff03), (0xff05, 0xff0a), (0xff0c, 0xff0f), (0xff1a, 0xff1b),
    (0xff1f, 0xff20), (0xff3b, 0xff3d), (0xff3f, 0xff3f), (0xff5b, 0xff5b), (0xff5d, 0xff5d), (0xff5f, 0xff65),
];

/// `\p{Cf}`
#[rustfmt::skip]
const FORMAT: &[(u32, u32)] = &[
    (0xad, 0xad), (0x600, 0x605), (0x61c, 0x61c), (0x6dd, 0x6dd), (0x70f, 0x70f), (0x890, 0x891), (0x8e2, 0x8e2),
    (0x180e, 0x180e), (0x200b, 0x200f), (0x202a, 0x202e), (0x2060, 0x2064), (0x2066, 0x206f), (0xfeff, 0xfeff),
    (0xfff9, 0xfffb), (0x110bd, 0x110bd), (0x110cd, 0x110cd), (0x13430, 0x1343f), (0x1bca0, 0x1bca3),
    (0x1d173, 0x1d17a), (0xe0001, 0xe0001), (0xe0020, 0xe007f),
];

fn in_table(t: &[(u32, u32)], c: u32) -> bool {
    t.iter().any(|&(lo, hi)| lo <= c && c <= hi)
}

impl Prop {
    /// Exact for ASCII and Latin-1 and for the small categories; letters,
    /// case, decimal digits beyond Latin-1 lean on `char`'s own properties,
    /// and unassigned code points (part of `\p{C}`) are not known here.
    fn has(self, c: u32) -> bool {
        let ch = char::from_u32(c);
        let latin1 = c < 0x100;
        let letter_lu = |c: u32| (0x41..=0x5a).contains(&c) || (0xc0..=0xde).contains(&c) && c != 0xd7;
        let letter_ll = |c: u32| (0x61..=0x7a).contains(&c) || c == 0xb5 || (0xdf..=0xff).contains(&c) && c != 0xf7;
        let nl = |ch: Option<char>| ch.is_some_and(|ch| ch.is_alphabetic() && ch.is_numeric());
        match self {
            Prop::L if latin1 => letter_lu(c) || letter_ll(c) || c == 0xaa || c == 0xba,
            Prop::L => ch.is_some_and(|ch| ch.is_alphabetic() && !ch.is_numeric()),
            Prop::Nl => !latin1 && nl(ch),
            Prop::Nd => ND_STARTS.iter().any(|&s| s <= c && c < s + 10),
            Prop::Zs => matches!(c, 0x20 | 0xa0 | 0x1680 | 0x2000..=0x200a | 0x202f | 0x205f | 0x3000),
            Prop::Z => Prop::Zs.has(c) || c == 0x2028 || c == 0x2029,
            Prop::Cc => c < 0x20 || (0x7f..=0x9f).contains(&c),
            Prop::C => {
                Prop::Cc.has(c)
                    || in_table(FORMAT, c)
                    || (0xd800..=0xf8ff).contains(&c) // surrogates, private use
                    || (0xfdd0..=0xfdef).contains(&c) // noncharacters
                    || (c & 0xfffe) == 0xfffe
                    || (0x40000..=0xeffff).contains(&c) && !(0xe0100..=0xe01ef).contains(&c) // unassigned, tags
                    || c >= 0xf0000 // private use planes
            }
            Prop::Ll if latin1 => letter_ll(c),
            // Unicode's Lowercase also covers modifier letters and the like.
            Prop::Ll => {
                ch.is_some_and(|ch| ch.is_lowercase() && ch.is_alphabetic() && !ch.is_numeric())
                    && !matches!(c, 0x2b0..=0x36f | 0x1d2c..=0x1d6a | 0x1d78 | 0x1d9b..=0x1dbf | 0x2071 | 0x207f
                        | 0x2090..=0x209c | 0x24d0..=0x24e9 | 0xa770 | 0xa7f2..=0xa7f9 | 0xab5c..=0xab5f)
            }
            Prop::Lu if latin1 => letter_lu(c),
            Prop::Lu => {
                ch.is_some_and(|ch| ch.is_uppercase() && ch.is_alphabetic() && !ch.is_numeric())
                    && !matches!(c, 0x24b6..=0x24cf | 0x1f130..=0x1f189)
            }
            Prop::P if latin1 => {
                (c < 0x80 && (c as u8).is_ascii_punctuation() && !b"$+<=>^`|~".contains(&(c as u8)))
                    || matches!(c, 0xa1 | 0xa7 | 0xab | 0xb6 | 0xb7 | 0xbb | 0xbf)
            }
            Prop::P => in_table(PUNCT_BMP, c),
            Prop::Pc => matches!(c, 0x5f | 0x203f | 0x2040 | 0x2054 | 0xfe33 | 0xfe34 | 0xfe4d..=0xfe4f | 0xff3f),
        }
    }
}

/// Positions 0..=len as a bitset.
#[derive(Clone)]
struct Bits(Vec<u64>);

impl Bits {
    fn empty(n: usize) -> Bits {
        Bits(vec![0; n.div_ceil(64)])
    }
    fn single(n: usize, i: usize) -> Bits {
        let mut b = Bits::empty(n);
        b.set(i);
        b
    }
    fn set(&mut self, i: usize) {
        if let Some(w) = self.0.get_mut(i / 64) {
            *w |= 1 << (i % 64);
        }
    }
    fn get(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }
    fn is_empty(&self) -> bool {
        self.0.iter().all(|&w| w == 0)
    }
    fn or(&mut self, o: &Bits) {
        for (a, b) in self.0.iter_mut().zip(&o.0) {
            *a |= b;
        }
    }
    fn minus(&mut self, o: &Bits) {
        for (a, b) in self.0.iter_mut().zip(&o.0) {
            *a &= !b;
        }
    }
    fn ones(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().enumerate().flat_map(|(k, &w)| {
            let mut w = w;
            std::iter::from_fn(move || {
                if w == 0 {
                    return None;
                }
                let t = w.trailing_zeros() as usize;
                w &= w - 1;
                Some(k * 64 + t)
            })
        })
    }
}

struct Exec<'a> {
    s: &'a [u32],
    look_memo: HashMap<(usize, usize), bool>,
}

impl Exec<'_> {
    fn len(&self) -> usize {
        self.s.len() + 1
    }

    /// All end positions reachable by matching `re` from any start in `st`.
    fn eval(&mut self, re: &Re, st: &Bits) -> Bits {
        match re {
            Re::Seq(v) => {
                let mut cur = st.clone();
                for r in v {
                    if cur.is_empty() {
                        break;
                    }
                    cur = self.eval(r, &cur);
                }
                cur
            }
            Re::Alt(v) => {
                let mut out = Bits::empty(self.len());
                for r in v {
                    out.or(&self.eval(r, st));
                }
                out
            }
            Re::Unit(a) => self.step(a, st),
            Re::Rep(r, min, max) => {
                let mut cur = st.clone();
                for _ in 0..*min {
                    if cur.is_empty() {
                        return cur;
                    }
                    cur = self.eval(r, &cur);
                }
                if let (Re::Unit(a), None) = (r.as_ref(), max) {
                    // `[^/]*` and friends: one linear sweep.
                    for i in 0..self.s.len() {
                        if cur.get(i) && a.matches(self.s[i]) {
                            cur.set(i + 1);
                        }
                    }
                    return cur;
                }
                let mut acc = cur.clone();
                let mut frontier = cur;
                let mut k = *min;
                while max.is_none_or(|m| k < m) {
                    let mut next = self.eval(r, &frontier);
                    next.minus(&acc);
                    if next.is_empty() {
                        break;
                    }
                    acc.or(&next);
                    frontier = next;
                    k += 1;
                }
                acc
            }
            Re::Look { negate, id, re } => {
                let mut out = Bits::empty(self.len());
                for i in st.ones().collect::<Vec<_>>() {
                    let hit = match self.look_memo.get(&(*id, i)) {
                        Some(&h) => h,
                        None => {
                            let h = !self.eval(re, &Bits::single(self.len(), i)).is_empty();
                            self.look_memo.insert((*id, i), h);
                            h
                        }
                    };
                    if hit != *negate {
                        out.set(i);
                    }
                }
                out
            }
            Re::Start => {
                let mut out = Bits::empty(self.len());
                if st.get(0) {
                    out.set(0);
                }
                out
            }
            Re::End => {
                let mut out = Bits::empty(self.len());
                if st.get(self.s.len()) {
                    out.set(self.s.len());
                }
                out
            }
        }
    }

    fn step(&self, a: &Atom, st: &Bits) -> Bits {
        let mut out = Bits::empty(self.len());
        for i in st.ones() {
            if let Some(&c) = self.s.get(i) {
                if a.matches(c) {
                    out.set(i + 1);
                }
            }
        }
        out
    }
}

// ---------------------------------------------------------------------------
// Matching the split path against one pattern (`matchOne`).

/// (file index, pattern index) of a Win32 drive both sides spell, compared
/// case-insensitively: `c:` or the device form `//?/c:`.
fn drive_match(file: &[Str], pat: &[Seg]) -> Option<(usize, usize)> {
    let f = |i: usize| file.get(i).map(|s| s.as_slice());
    let lit = |i: usize| match pat.get(i) {
        Some(Seg::Lit(s)) => Some(s.as_slice()),
        _ => None,
    };
    let file_drive = f(0).is_some_and(is_drive);
    let file_unc = !file_drive
        && f(0).is_some_and(|s| s.is_empty())
        && f(1).is_some_and(|s| s.is_empty())
        && f(2).is_some_and(|s| eq(s, "?"))
        && f(3).is_some_and(is_drive);
    let pat_drive = lit(0).is_some_and(is_drive);
    let pat_unc = !pat_drive
        && lit(0).is_some_and(|s| s.is_empty())
        && lit(1).is_some_and(|s| s.is_empty())
        && lit(2).is_some_and(|s| eq(s, "?"))
        && lit(3).is_some_and(is_drive);
    let fdi = if file_unc {
        3
    } else if file_drive {
        0
    } else {
        return None;
    };
    let pdi = if pat_unc {
        3
    } else if pat_drive {
        0
    } else {
        return None;
    };
    let (fd, pd) = (f(fdi)?, lit(pdi)?);
    let lower = |c: u16| if (b'A' as u16..=b'Z' as u16).contains(&c) { c + 32 } else { c };
    fd.iter().map(|&c| lower(c)).eq(pd.iter().map(|&c| lower(c))).then_some((fdi, pdi))
}

fn match_one(file: &[Str], pattern: &[Seg], windows: bool) -> bool {
    let mut file = file;
    let mut pat = pattern;
    // At the top level minimatch overwrites the pattern's drive with the
    // path's spelling *before* normalising the path.
    let mut top_override: Option<(usize, Str)> = None;
    if windows {
        if let Some((fdi, pdi)) = drive_match(file, pat) {
            let fd = file[fdi].clone();
            if pdi > fdi {
                pat = &pat[pdi..];
                top_override = Some((0, fd));
            } else if fdi > pdi {
                file = &file[fdi..];
                top_override = Some((pdi, fd));
            } else {
                top_override = Some((pdi, fd));
            }
        }
    }
    let file = level_two_file_optimize(file.to_vec());
    let fl = file.len();
    let mut next_dot = vec![fl; fl + 1];
    for i in (0..fl).rev() {
        next_dot[i] = if file[i].first() == Some(&DOT) { i } else { next_dot[i + 1] };
    }
    let mut m = OneMatch { file: &file, pat, windows, next_dot, rows: HashMap::new(), cache: HashMap::new() };
    // The recursive globstar search, bottom-up: row `g+1` holds, for every
    // path index, whether the rest of the pattern after the globstar at `g`
    // matches from there.
    let globstars: Vec<usize> = (0..pat.len()).filter(|&g| matches!(pat[g], Seg::Globstar)).collect();
    for &g in globstars.iter().rev() {
        if g + 1 >= pat.len() || m.rows.contains_key(&(g + 1)) {
            continue;
        }
        let mut next_true = vec![usize::MAX; fl + 1];
        for fr in (0..fl).rev() {
            next_true[fr] = if m.walk(fr, g + 1, None) { fr } else { next_true[fr + 1] };
        }
        m.rows.insert(g + 1, next_true);
    }
    m.walk(0, 0, Some(top_override))
}

struct OneMatch<'a> {
    file: &'a [Str],
    pat: &'a [Seg],
    windows: bool,
    next_dot: Vec<usize>,
    rows: HashMap<usize, Vec<usize>>,
    cache: HashMap<(usize, usize), bool>,
}

impl OneMatch<'_> {
    /// `matchOne(file.slice(fr), pattern.slice(pr))`. `top` carries the
    /// top-level drive override; recursive calls redo the drive check.
    fn walk(&mut self, fr: usize, pr: usize, top: Option<Option<(usize, Str)>>) -> bool {
        let (fl, pl) = (self.file.len(), self.pat.len());
        let (mut fi, mut pi) = (fr, pr);
        let mut over: Option<(usize, Option<Str>)> = None;
        match top {
            Some(o) => over = o.map(|(p, s)| (p, Some(s))),
            None if self.windows => {
                if let Some((fdi, pdi)) = drive_match(&self.file[fr..], &self.pat[pr..]) {
                    if pdi > fdi {
                        pi += pdi;
                    } else if fdi > pdi {
                        fi += fdi;
                    }
                    over = Some((pr + pdi, None));
                }
            }
            None => {}
        }
        while fi < fl && pi < pl {
            let hit = match (&self.pat[pi], &over) {
                (Seg::Globstar, _) => {
                    if pi + 1 == pl {
                        // A trailing ** swallows the rest, but no dot-names.
                        return self.file[fi..].iter().all(|f| f.first() != Some(&DOT));
                    }
                    // Try each split point up to and including the first
                    // dot-name, which ** may not swallow.
                    let last = self.next_dot[fi].min(fl - 1);
                    return self.rows.get(&(pi + 1)).is_some_and(|row| row[fi] <= last);
                }
                (_, Some((opi, val))) if *opi == pi => match val {
                    Some(v) => self.file[fi] == *v,
                    None => true,
                },
                (Seg::Lit(s), _) => self.file[fi] == *s,
                (Seg::Re(r), _) => match self.cache.get(&(fi, pi)) {
                    Some(&h) => h,
                    None => {
                        let h = r.test(&self.file[fi]);
                        self.cache.insert((fi, pi), h);
                        h
                    }
                },
            };
            if !hit {
                return false;
            }
            fi += 1;
            pi += 1;
        }
        if fi == fl && pi == pl {
            true
        } else if fi == fl {
            false
        } else {
            // A trailing slash on the path is fine: `a/b/` matches `a/b`.
            fi + 1 == fl && self.file[fi].is_empty()
        }
    }
}
