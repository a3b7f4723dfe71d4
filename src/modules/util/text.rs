//! Text helpers shared by `util.inspect` and `util.format`: JS number
//! printing, UTF-16 lengths, Node's string escaping and quoting, numeric
//! separators, `stripVTControlCharacters` and display widths.

/// JS `Number::toString(d)` (radix 10), without calling into the engine.
pub fn js_number(d: f64) -> String {
    if d.is_nan() {
        return "NaN".into();
    }
    if d.is_infinite() {
        return if d > 0.0 { "Infinity".into() } else { "-Infinity".into() };
    }
    if d == 0.0 {
        return "0".into();
    }
    if d.fract() == 0.0 && d.abs() < 9007199254740992.0 {
        // Safe integers print exactly; larger ones go through the shortest digits.
        return format!("{}", d as i128);
    }
    // Shortest round-trip digits and exponent, then ECMAScript's layout rules.
    let e = format!("{:e}", d.abs());
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    let exp: i32 = exp.parse().unwrap_or(0);
    let k = digits.len() as i32;
    let n = exp + 1;
    let mut out = String::new();
    if d < 0.0 {
        out.push('-');
    }
    if k <= n && n <= 21 {
        out.push_str(&digits);
        for _ in 0..(n - k) {
            out.push('0');
        }
    } else if 0 < n && n <= 21 {
        out.push_str(&digits[..n as usize]);
        out.push('.');
        out.push_str(&digits[n as usize..]);
    } else if -6 < n && n <= 0 {
        out.push_str("0.");
        for _ in 0..(-n) {
            out.push('0');
        }
        out.push_str(&digits);
    } else {
        out.push_str(&digits[..1]);
        if k > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        let e = n - 1;
        out.push(if e < 0 { '-' } else { '+' });
        out.push_str(&e.abs().to_string());
    }
    out
}

/// `s.length` in JS (UTF-16 code units) of marked text (see
/// crate::lone_surrogates: a mark pair is one unit).
pub fn utf16_len(s: &str) -> usize {
    if s.is_ascii() {
        return s.len();
    }
    let pairs = crate::lone_surrogates::mark_pairs(s);
    let mut n = 0;
    for b in s.bytes() {
        if b & 0xC0 != 0x80 {
            n += 1;
            if b >= 0xF0 {
                n += 1;
            }
        }
    }
    n - pairs
}

/// Decodes WTF-8 (what the engine gives out) into UTF-16 code units.
pub fn wtf8_to_units(b: &[u8]) -> Vec<u16> {
    if let Ok(s) = std::str::from_utf8(b) {
        return s.encode_utf16().collect();
    }
    crate::engine::wtf8_to_utf16(b)
}

/// UTF-16 to marked text (crate::lone_surrogates): lone surrogates kept.
pub fn units_to_string(u: &[u16]) -> String {
    crate::lone_surrogates::from_units(u)
}

/// WTF-8 to marked text (crate::lone_surrogates): lone surrogates kept.
pub fn wtf8_lossy(b: &[u8]) -> String {
    crate::lone_surrogates::from_wtf8(b)
}

fn meta(c: u16) -> Option<&'static str> {
    const LOW: [&str; 32] = [
        "\\x00", "\\x01", "\\x02", "\\x03", "\\x04", "\\x05", "\\x06", "\\x07", "\\b", "\\t", "\\n", "\\x0B", "\\f",
        "\\r", "\\x0E", "\\x0F", "\\x10", "\\x11", "\\x12", "\\x13", "\\x14", "\\x15", "\\x16", "\\x17", "\\x18",
        "\\x19", "\\x1A", "\\x1B", "\\x1C", "\\x1D", "\\x1E", "\\x1F",
    ];
    const HIGH: [&str; 33] = [
        "\\x7F", "\\x80", "\\x81", "\\x82", "\\x83", "\\x84", "\\x85", "\\x86", "\\x87", "\\x88", "\\x89", "\\x8A",
        "\\x8B", "\\x8C", "\\x8D", "\\x8E", "\\x8F", "\\x90", "\\x91", "\\x92", "\\x93", "\\x94", "\\x95", "\\x96",
        "\\x97", "\\x98", "\\x99", "\\x9A", "\\x9B", "\\x9C", "\\x9D", "\\x9E", "\\x9F",
    ];
    match c {
        0..=31 => Some(LOW[c as usize]),
        0x27 => Some("\\'"),
        0x5C => Some("\\\\"),
        0x7F..=0x9F => Some(HIGH[(c - 0x7F) as usize]),
        _ => None,
    }
}

fn push_unit_range(out: &mut String, u: &[u16]) {
    if u.iter().all(|c| *c < 0x80) {
        out.extend(u.iter().map(|c| *c as u8 as char));
    } else {
        // Output is marked text: a U+FDD2 of the input is escaped there.
        out.push_str(&crate::lone_surrogates::from_units(u));
    }
}

/// Node's `strEscape`: picks the quote (`'`, else `"`, else `` ` ``), escapes
/// control characters, the backslash, the chosen quote and lone surrogates.
pub fn str_escape(s: &[u16]) -> String {
    let has = |c: u16| s.contains(&c);
    let mut quote: i32 = 39;
    if has(b'\'' as u16) {
        if !has(b'"' as u16) {
            quote = -1;
        } else if !has(b'`' as u16) && !s.windows(2).any(|w| w[0] == b'$' as u16 && w[1] == b'{' as u16) {
            quote = -2;
        }
    }
    let mut out = String::with_capacity(s.len() + 2);
    let q = match quote {
        -1 => '"',
        -2 => '`',
        _ => '\'',
    };
    out.push(q);
    escape_units_into(&mut out, s, quote == 39);
    out.push(q);
    out
}

/// The quote `str_escape` would pick for `s` when it needs no escaping at
/// all (no control characters, backslash, C1 controls or the chosen quote);
/// None when `str_escape` has work to do.
pub fn plain_quote(s: &str) -> Option<char> {
    // A U+FDD2 must be escaped in marked text (crate::lone_surrogates).
    if s.contains(crate::lone_surrogates::MARK) {
        return None;
    }
    let b = s.as_bytes();
    let has_single = b.contains(&b'\'');
    let q = if !has_single {
        '\''
    } else if !b.contains(&b'"') {
        '"'
    } else if !b.contains(&b'`') && !s.contains("${") {
        '`'
    } else {
        return None;
    };
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c < 0x20 || c == b'\\' || c == 0x7f {
            return None;
        }
        // U+0080..U+009F are C2 80..C2 9F in UTF-8.
        if c == 0xC2 && b.get(i + 1).is_some_and(|n| (0x80..=0x9F).contains(n)) {
            return None;
        }
        i += 1;
    }
    Some(q)
}

/// `str.replace(strEscapeSequencesReplacer, escapeFn)`: escapes control
/// characters, `'`, `\` and lone surrogates without adding quotes (symbol
/// descriptions and non-enumerable keys).
pub fn escape_unquoted(s: &[u16]) -> String {
    let mut out = String::with_capacity(s.len());
    escape_units_into(&mut out, s, true);
    out
}

/// The escaping loop of both: control characters, C1 controls, the backslash,
/// `'` when asked, and lone surrogates (`\udxxx`); valid pairs pass through.
fn escape_units_into(out: &mut String, s: &[u16], escape_single_quote: bool) {
    let mut last = 0;
    let mut i = 0;
    while i < s.len() {
        let p = s[i];
        if (escape_single_quote && p == 0x27) || p == 92 || p < 32 || (0x7F..=0x9F).contains(&p) {
            push_unit_range(out, &s[last..i]);
            if let Some(m) = meta(p) {
                out.push_str(m);
            }
            last = i + 1;
        } else if (0xD800..=0xDFFF).contains(&p) {
            if p <= 0xDBFF && i + 1 < s.len() && (0xDC00..=0xDFFF).contains(&s[i + 1]) {
                i += 2;
                continue;
            }
            push_unit_range(out, &s[last..i]);
            out.push_str(&format!("\\u{:x}", p));
            last = i + 1;
        }
        i += 1;
    }
    push_unit_range(out, &s[last..]);
}

/// `/^[a-zA-Z_][a-zA-Z_0-9]*$/`
pub fn is_identifier_key(s: &[u8]) -> bool {
    match s.first() {
        Some(c) if c.is_ascii_alphabetic() || *c == b'_' => {}
        _ => return false,
    }
    s.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'_')
}

/// A canonical array index (`/^(0|[1-9][0-9]*)$/` below 2**32 - 1).
pub fn array_index(s: &[u8]) -> Option<u32> {
    if s.is_empty() || s.len() > 10 || (s[0] == b'0' && s.len() > 1) || !s.iter().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let n: u64 = std::str::from_utf8(s).ok()?.parse().ok()?;
    if n < 4_294_967_295 {
        Some(n as u32)
    } else {
        None
    }
}

pub fn add_numeric_separator(s: &str) -> String {
    let b = s.as_bytes();
    let start = if b.first() == Some(&b'-') { 1 } else { 0 };
    let mut i = b.len();
    let mut result = String::new();
    while i >= start + 4 {
        result = format!("_{}{}", &s[i - 3..i], result);
        i -= 3;
    }
    if i == s.len() {
        s.to_string()
    } else {
        format!("{}{}", &s[..i], result)
    }
}

pub fn add_numeric_separator_end(s: &str) -> String {
    let mut result = String::new();
    let mut i = 0;
    while i + 3 < s.len() {
        result.push_str(&s[i..i + 3]);
        result.push('_');
        i += 3;
    }
    if i == 0 {
        s.to_string()
    } else {
        format!("{}{}", result, &s[i..])
    }
}

/// Node's `formatNumber` without styling.
pub fn format_number(d: f64, numeric_separator: bool) -> String {
    if !numeric_separator {
        if d == 0.0 && d.is_sign_negative() {
            return "-0".into();
        }
        return js_number(d);
    }
    let s = js_number(d);
    if d.trunc() == d {
        if !d.is_finite() || s.contains('e') {
            return s;
        }
        return add_numeric_separator(&s);
    }
    if d.is_nan() {
        return s;
    }
    match s.find('.') {
        Some(dot) => format!("{}.{}", add_numeric_separator(&s[..dot]), add_numeric_separator_end(&s[dot + 1..])),
        None => s,
    }
}

/// Node's `formatBigInt` without styling, from the decimal digits.
pub fn format_bigint(digits: &str, numeric_separator: bool) -> String {
    if numeric_separator {
        format!("{}n", add_numeric_separator(digits))
    } else {
        format!("{digits}n")
    }
}

// ----- stripVTControlCharacters ----------------------------------------------------

fn is_param_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "-/#&.:=?%@~_".contains(c)
}

fn is_final_char(c: char) -> bool {
    // [\dA-PR-TZcf-nq-uy=><~]
    c.is_ascii_digit()
        || ('A'..='P').contains(&c)
        || ('R'..='T').contains(&c)
        || c == 'Z'
        || c == 'c'
        || ('f'..='n').contains(&c)
        || ('q'..='u').contains(&c)
        || c == 'y'
        || "=><~".contains(c)
}

/// Length of a terminator (`\x07`, `\x1b\\` or `\x9c`) at `i`.
fn terminator(s: &[char], i: usize) -> Option<usize> {
    match s.get(i) {
        Some('\u{7}') | Some('\u{9c}') => Some(1),
        Some('\u{1b}') if s.get(i + 1) == Some(&'\\') => Some(2),
        _ => None,
    }
}

/// The OSC-like branch: `(?:(?:;[P]+)*|[a-zA-Z\d]+(?:;[P]*)*)?` then a terminator.
fn match_osc(s: &[char], i: usize) -> Option<usize> {
    // (?:;[P]+)*
    let mut j = i;
    loop {
        if s.get(j) == Some(&';') && s.get(j + 1).is_some_and(|c| is_param_char(*c)) {
            j += 1;
            while s.get(j).is_some_and(|c| is_param_char(*c)) {
                j += 1;
            }
        } else {
            break;
        }
    }
    if let Some(t) = terminator(s, j) {
        return Some(j + t);
    }
    // [a-zA-Z\d]+(?:;[P]*)*
    let mut j = i;
    while s.get(j).is_some_and(|c| c.is_ascii_alphanumeric()) {
        j += 1;
    }
    if j > i {
        while s.get(j) == Some(&';') {
            j += 1;
            while s.get(j).is_some_and(|c| is_param_char(*c)) {
                j += 1;
            }
        }
        if let Some(t) = terminator(s, j) {
            return Some(j + t);
        }
    }
    terminator(s, i).map(|t| i + t)
}

/// The CSI branch: `(?:\d{1,4}(?:;\d{0,4})*)?[final]`, with the regex's backtracking order.
fn match_csi(s: &[char], i: usize) -> Option<usize> {
    fn digits_then(s: &[char], j: usize, min: usize, max: usize, k: &dyn Fn(usize) -> Option<usize>) -> Option<usize> {
        let mut n = 0;
        while n < max && s.get(j + n).is_some_and(|c| c.is_ascii_digit()) {
            n += 1;
        }
        let mut m = n as isize;
        while m >= min as isize {
            if let Some(r) = k(j + m as usize) {
                return Some(r);
            }
            m -= 1;
        }
        None
    }
    fn groups(s: &[char], j: usize) -> Option<usize> {
        // (?:;\d{0,4})* then the final character
        if s.get(j) == Some(&';') {
            if let Some(r) = digits_then(s, j + 1, 0, 4, &|e| groups(s, e)) {
                return Some(r);
            }
        }
        if s.get(j).is_some_and(|c| is_final_char(*c)) {
            return Some(j + 1);
        }
        None
    }
    if let Some(r) = digits_then(s, i, 1, 4, &|e| groups(s, e)) {
        return Some(r);
    }
    if s.get(i).is_some_and(|c| is_final_char(*c)) {
        return Some(i + 1);
    }
    None
}

fn match_ansi(s: &[char], i: usize) -> Option<usize> {
    if !matches!(s.get(i), Some('\u{1b}') | Some('\u{9b}')) {
        return None;
    }
    let mut n = 0;
    while s.get(i + 1 + n).is_some_and(|c| "[]()#;?".contains(*c)) {
        n += 1;
    }
    let mut k = n as isize;
    while k >= 0 {
        let j = i + 1 + k as usize;
        if let Some(e) = match_osc(s, j) {
            return Some(e);
        }
        if let Some(e) = match_csi(s, j) {
            return Some(e);
        }
        k -= 1;
    }
    None
}

/// Node's `stripVTControlCharacters` (the `ansi-regex` pattern).
pub fn strip_vt(s: &str) -> String {
    if !s.contains(['\u{1b}', '\u{9b}']) {
        return s.to_string();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        match match_ansi(&chars, i) {
            Some(e) if e > i => i = e,
            _ => {
                out.push(chars[i]);
                i += 1;
            }
        }
    }
    out
}

fn is_full_width(code: u32) -> bool {
    code >= 0x1100
        && (code <= 0x115f
            || code == 0x2329
            || code == 0x232a
            || (0x2e80..=0x3247).contains(&code) && code != 0x303f
            || (0x3250..=0x4dbf).contains(&code)
            || (0x4e00..=0xa4c6).contains(&code)
            || (0xa960..=0xa97c).contains(&code)
            || (0xac00..=0xd7a3).contains(&code)
            || (0xf900..=0xfaff).contains(&code)
            || (0xfe10..=0xfe19).contains(&code)
            || (0xfe30..=0xfe6b).contains(&code)
            || (0xff01..=0xff60).contains(&code)
            || (0xffe0..=0xffe6).contains(&code)
            || (0x1b000..=0x1b001).contains(&code)
            || (0x1f200..=0x1f251).contains(&code)
            || (0x1f300..=0x1f64f).contains(&code)
            || (0x1f900..=0x1f9ff).contains(&code)
            || (0x20000..=0x3fffd).contains(&code))
}

fn is_zero_width(code: u32) -> bool {
    code <= 0x1F
        || (0x7F..=0x9F).contains(&code)
        || (0x300..=0x36F).contains(&code)
        || (0x200B..=0x200F).contains(&code)
        || (0x20D0..=0x20FF).contains(&code)
        || (0xFE00..=0xFE0F).contains(&code)
        || (0xFE20..=0xFE2F).contains(&code)
        || (0xE0100..=0xE01EF).contains(&code)
}

/// Node's `getStringWidth` (the table Node uses without ICU; ICU differs only
/// for rare characters).
pub fn string_width(s: &str, remove_control: bool) -> usize {
    let stripped;
    let s = if remove_control {
        stripped = strip_vt(s);
        &stripped
    } else {
        s
    };
    if s.is_ascii() {
        return s.bytes().filter(|b| *b >= 32).count();
    }
    let mut w = 0;
    for c in s.chars() {
        let code = c as u32;
        if code < 127 {
            w += usize::from(code >= 32);
        } else if is_full_width(code) {
            w += 2;
        } else if !is_zero_width(code) {
            w += 1;
        }
    }
    // A mark pair (a lone surrogate) is one column, not the two it counts as.
    w.saturating_sub(crate::lone_surrogates::mark_pairs(s))
}

/// `JSON.stringify(s)` of a string.
pub fn json_quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        // Marked text: JSON.stringify writes a lone surrogate as \udxxx.
        if c == crate::lone_surrogates::MARK {
            if let Some(p) = chars.next() {
                let units = crate::lone_surrogates::to_units(&format!("{c}{p}"));
                if let [u] = units[..] {
                    if (0xD800..0xE000).contains(&u) {
                        out.push_str(&format!("\\u{u:04x}"));
                        continue;
                    }
                }
                out.push_str(&format!("{c}{c}"));
                if p != c {
                    out.push(p);
                }
                continue;
            }
        }
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        for (d, s) in [
            (1.0, "1"),
            (-1.5, "-1.5"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1e21, "1e+21"),
            (1e-7, "1e-7"),
            (123e-20, "1.23e-18"),
            (0.000001, "0.000001"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (5e-324, "5e-324"),
            (123456789012345680000.0, "123456789012345680000"),
        ] {
            assert_eq!(js_number(d), s);
        }
        assert_eq!(format_number(1234567.891, true), "1_234_567.891");
        assert_eq!(format_number(-0.0, false), "-0");
    }

    #[test]
    fn ansi() {
        assert_eq!(strip_vt("\u{1b}[31mred\u{1b}[39m"), "red");
        assert_eq!(strip_vt("\u{1b}]8;;http://x\u{7}link\u{1b}]8;;\u{7}"), "link");
        assert_eq!(strip_vt("a\u{1b}[1"), "a");
    }
}
