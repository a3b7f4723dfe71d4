//! The source text of a failing `assert.ok(...)` / `assert(...)` call, for
//! "The expression evaluated to a falsy value:" — Node reads the caller's
//! file at the call site and prints the whole call expression.
//!
//! The engine's stack gives the caller's file and line, and a column that
//! QuickJS puts near the call's last argument rather than at its start. So
//! the file is scanned (strings, template literals, comments and RegExp
//! literals skipped) for calls — a dotted or bracketed name chain followed by
//! `(...)` — and the innermost call around that position whose callee ends
//! in `ok`, `assert` or `strict` (`.call`/`.apply` aside) is taken; failing
//! that, the innermost call around it. When the file cannot be read (eval,
//! a script without a file, an unknown frame format) there is no text and
//! the caller falls back to Node's `value == true` message, as Node does
//! without source.

/// What c-tests/host/loader.c puts before a CommonJS module's source.
const CJS_WRAPPER: &str = "(function (exports, require, module, __filename, __dirname) { ";

/// Files larger than this are not scanned.
const MAX_FILE: u64 = 8 << 20;

/// `(file, line, column)` of the first frame outside this library's scripts.
fn caller_frame(stack: &str) -> Option<(String, usize, usize)> {
    for line in stack.lines() {
        let line = line.trim();
        let Some(rest) = line.strip_prefix("at ") else {
            continue;
        };
        let loc = match (rest.rfind('('), rest.ends_with(')')) {
            (Some(open), true) => &rest[open + 1..rest.len() - 1],
            _ => rest,
        };
        if loc.starts_with("<jsrt-node") || loc == "native" {
            continue;
        }
        if loc.starts_with('<') {
            // eval, new Function: no file to read.
            return None;
        }
        let mut parts = loc.rsplitn(3, ':');
        let last = parts.next()?;
        let mid = parts.next()?;
        return match parts.next() {
            Some(file) => Some((file.to_string(), mid.parse().ok()?, last.parse().ok()?)),
            None => Some((mid.to_string(), last.parse().ok()?, 0)),
        };
    }
    None
}

/// One call found in the source: byte offsets of the callee's start, the
/// `(` and the matching `)`, and the callee text.
struct Call {
    start: usize,
    end: usize,
    callee: String,
}

fn is_ident(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b'$' || c >= 0x80
}

/// Start of the name chain ending just before `at` (`a.b['c'].d`), if any.
fn callee_start(src: &[u8], at: usize) -> Option<usize> {
    let mut i = at;
    while i > 0 && (src[i - 1] == b' ' || src[i - 1] == b'\t') {
        i -= 1;
    }
    let mut start = None;
    loop {
        if i > 0 && src[i - 1] == b']' {
            // ['name'] or ["name"]
            let close = i - 1;
            let mut j = close;
            while j > 0 && src[j - 1] != b'[' {
                j -= 1;
                if close - j > 200 {
                    return start;
                }
            }
            if j == 0 {
                return start;
            }
            i = j - 1;
            start = Some(i);
            continue;
        } else {
            let end = i;
            while i > 0 && is_ident(src[i - 1]) {
                i -= 1;
            }
            if i == end || src[i].is_ascii_digit() {
                return start;
            }
        }
        start = Some(i);
        if i > 0 && src[i - 1] == b'.' && !(i > 1 && src[i - 2] == b'?') {
            i -= 1;
        } else {
            return start;
        }
    }
}

/// Every call in `src` (all of its `(` with a name chain before them).
fn calls(src: &[u8]) -> Vec<Call> {
    let mut out = Vec::new();
    let mut open: Vec<Option<usize>> = Vec::new(); // per `(`: index into out
    let mut braces: Vec<bool> = Vec::new(); // per `{`: true if it opened `${`
    let mut i = 0;
    // Whether a `/` here starts a RegExp literal (no value just before it).
    let mut regex_ok = true;
    let mut in_template = false;
    while i < src.len() {
        let c = src[i];
        if in_template {
            match c {
                b'\\' => i += 2,
                b'`' => {
                    in_template = false;
                    regex_ok = false;
                    i += 1;
                }
                b'$' if src.get(i + 1) == Some(&b'{') => {
                    braces.push(true);
                    in_template = false;
                    regex_ok = true;
                    i += 2;
                }
                _ => i += 1,
            }
            continue;
        }
        match c {
            b'\'' | b'"' => {
                i += 1;
                while i < src.len() && src[i] != c && src[i] != b'\n' {
                    i += if src[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
                regex_ok = false;
            }
            b'`' => {
                in_template = true;
                i += 1;
            }
            b'/' if src.get(i + 1) == Some(&b'/') => {
                while i < src.len() && src[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if src.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < src.len() && !(src[i] == b'*' && src[i + 1] == b'/') {
                    i += 1;
                }
                i += 2;
            }
            b'/' if regex_ok => {
                i += 1;
                let mut class = false;
                while i < src.len() && src[i] != b'\n' {
                    match src[i] {
                        b'\\' => i += 1,
                        b'[' => class = true,
                        b']' => class = false,
                        b'/' if !class => break,
                        _ => {}
                    }
                    i += 1;
                }
                i += 1;
                while i < src.len() && is_ident(src[i]) {
                    i += 1;
                }
                regex_ok = false;
            }
            b'(' => {
                let entry = callee_start(src, i)
                    .filter(|&start| !is_keyword_call(src, start, i))
                    .map(|start| {
                        out.push(Call {
                            start,
                            end: usize::MAX,
                            callee: String::from_utf8_lossy(&src[start..i]).trim().to_string(),
                        });
                        out.len() - 1
                    });
                open.push(entry);
                regex_ok = true;
                i += 1;
            }
            b')' => {
                if let Some(Some(k)) = open.pop() {
                    out[k].end = i;
                }
                regex_ok = false;
                i += 1;
            }
            b'{' => {
                braces.push(false);
                regex_ok = true;
                i += 1;
            }
            b'}' => {
                if braces.pop() == Some(true) {
                    in_template = true;
                } else {
                    regex_ok = true;
                }
                i += 1;
            }
            _ if is_ident(c) => {
                let s = i;
                while i < src.len() && is_ident(src[i]) {
                    i += 1;
                }
                let word = &src[s..i];
                regex_ok = matches!(
                    word,
                    b"return"
                        | b"typeof"
                        | b"instanceof"
                        | b"in"
                        | b"of"
                        | b"new"
                        | b"delete"
                        | b"void"
                        | b"throw"
                        | b"case"
                        | b"do"
                        | b"else"
                        | b"yield"
                        | b"await"
                );
            }
            b' ' | b'\t' | b'\r' | b'\n' => i += 1,
            b']' => {
                regex_ok = false;
                i += 1;
            }
            _ => {
                regex_ok = true;
                i += 1;
            }
        }
    }
    out.retain(|c| c.end != usize::MAX);
    out
}

/// `if (`, `while (`, `function name(` and the like are not calls.
fn is_keyword_call(src: &[u8], start: usize, paren: usize) -> bool {
    let callee = String::from_utf8_lossy(&src[start..paren]);
    if matches!(
        callee.trim(),
        "if" | "while" | "for" | "switch" | "catch" | "function" | "return" | "typeof" | "with"
    ) {
        return true;
    }
    let before = String::from_utf8_lossy(&src[start.saturating_sub(16)..start]);
    before.trim_end().ends_with("function") || before.trim_end().ends_with("function*")
}

fn names_assert(callee: &str) -> bool {
    let mut name = callee;
    for suffix in [".call", ".apply"] {
        if let Some(n) = name.strip_suffix(suffix) {
            name = n;
        }
    }
    let last = name.rsplit(['.', '[']).next().unwrap_or(name);
    let last = last.trim_matches(|c| c == '\'' || c == '"' || c == ']');
    matches!(last, "ok" | "assert" | "strict")
}

/// Continuation lines lose up to `column` spaces or tabs of indentation
/// (the call's column in its first line) and get two spaces instead.
fn reindent(code: &str, column: usize) -> String {
    let mut lines = code.split('\n');
    let mut out = lines
        .next()
        .unwrap_or_default()
        .trim_end_matches('\r')
        .to_string();
    for line in lines {
        let line = line.trim_end_matches('\r');
        let cut = line
            .bytes()
            .take(column)
            .take_while(|&c| c == b' ' || c == b'\t')
            .count();
        out.push_str("\n  ");
        out.push_str(&line[cut..]);
    }
    out
}

/// The text of the failing call named by `stack` (an `Error().stack` taken
/// inside the assertion), or None.
pub fn failing_call(stack: &str) -> Option<String> {
    let (file, line, mut column) = caller_frame(stack)?;
    // node:module's CommonJS wrapper (`Module.wrapper[0]`, module.js) shares
    // line 1 with the module's first line, and the engine counts its columns too.
    if line == 1 && stack.contains("<jsrt-node:module>") && column > CJS_WRAPPER.len() {
        column -= CJS_WRAPPER.len();
    }
    let meta = std::fs::metadata(&file).ok()?;
    if !meta.is_file() || meta.len() > MAX_FILE {
        return None;
    }
    let text = std::fs::read(&file).ok()?;
    // Byte offset of the reported position (clamped to its line).
    let mut line_start = 0;
    for _ in 1..line {
        line_start += text.get(line_start..)?.iter().position(|&c| c == b'\n')? + 1;
    }
    let line_len = text[line_start..]
        .iter()
        .position(|&c| c == b'\n')
        .unwrap_or(text.len() - line_start);
    let pos = line_start + column.saturating_sub(1).min(line_len.saturating_sub(1));
    let found = calls(&text);
    let around: Vec<&Call> = found
        .iter()
        .filter(|c| c.start <= pos && pos <= c.end)
        .collect();
    let innermost = |list: &[&Call]| {
        list.iter()
            .max_by_key(|c| c.start)
            .map(|c| (c.start, c.end))
    };
    let named: Vec<&Call> = around
        .iter()
        .copied()
        .filter(|c| names_assert(&c.callee))
        .collect();
    let on_line: Vec<&Call> = found
        .iter()
        .filter(|c| {
            c.start >= line_start && c.start <= line_start + line_len && names_assert(&c.callee)
        })
        .collect();
    let (start, end) = innermost(&named)
        .or_else(|| innermost(&around))
        .or_else(|| on_line.first().map(|c| (c.start, c.end)))?;
    let code = std::str::from_utf8(text.get(start..=end)?).ok()?;
    let call_line = text[..start]
        .iter()
        .rposition(|&c| c == b'\n')
        .map_or(0, |n| n + 1);
    let column = String::from_utf8_lossy(&text[call_line..start])
        .chars()
        .count();
    Some(escape_controls(&reindent(code, column)))
}

/// Control characters other than tab and line breaks as `\u00XX`.
fn escape_controls(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    for c in code.chars() {
        match c {
            '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first(src: &str, at: &str) -> String {
        let pos = src.find(at).unwrap();
        let found = calls(src.as_bytes());
        let named: Vec<&Call> = found
            .iter()
            .filter(|c| c.start <= pos && pos <= c.end && names_assert(&c.callee))
            .collect();
        let c = named.iter().max_by_key(|c| c.start).unwrap();
        src[c.start..=c.end].to_string()
    }

    #[test]
    fn finds_calls() {
        assert_eq!(
            first("t(() => assert.ok(typeof 123 === 'string'));", "'string'"),
            "assert.ok(typeof 123 === 'string')"
        );
        assert_eq!(
            first("x(assert(/\\)/.test(a), `(${b})`))", "test"),
            "assert(/\\)/.test(a), `(${b})`)"
        );
        assert_eq!(first("a.b['ok'](0 /* ) */)", "0"), "a.b['ok'](0 /* ) */)");
        assert_eq!(
            first("assert.ok.call(null, f(1))", "1"),
            "assert.ok.call(null, f(1))"
        );
        assert_eq!(
            reindent("assert(\n    1,\n  2\n)", 8),
            "assert(\n  1,\n  2\n  )"
        );
        assert_eq!(
            reindent("assert(\n      1,\n    2\n  )", 2),
            "assert(\n      1,\n    2\n  )"
        );
    }

    #[test]
    fn frames() {
        let s = "    at truthy (<jsrt-node:assert>:1:2)\n    at call (native)\n    at <anonymous> (/tmp/a b.js:3:26)\n";
        assert_eq!(caller_frame(s), Some(("/tmp/a b.js".to_string(), 3, 26)));
        assert_eq!(
            caller_frame("    at f (x.js:7)\n"),
            Some(("x.js".to_string(), 7, 0))
        );
    }
}
