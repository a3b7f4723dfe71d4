//! The text of an `AssertionError` nobody gave a message: Node 20's headers,
//! the short `a !== b` form, the `+ actual - expected` line diff with its
//! context rules, and the one-sided forms of the `not*` operators.
//!
//! Written for this library from Node 20's observable output (the cases in
//! c-tests/conformance/assert were produced by `node`): values are shown with
//! the project's `util.inspect` (`inspect_value` below: Node's assertion
//! options), lines are compared position by position (no LCS, as Node 20),
//! a line differing only by a trailing comma counts as equal, at most two
//! equal lines follow a difference and at most three precede the next one,
//! the common tail keeps its first and last three lines, and more than 50
//! printed lines end the diff early.

use crate::engine::{Arg, Ctx, JsResult};
use crate::modules::util::inspect::{inspect_with, Options};

/// Lines of inspected output Node keeps for the one-sided messages.
const KEEP_LINES: usize = 50;
/// Both single-line values together at most this long: `a !== b`.
const SHORT_PAIR: usize = 12;
/// Node measures the terminal (`process.stderr.columns`) when stderr is a
/// TTY; conformance runs are not, and we always use its fallback width.
const CARET_WIDTH: usize = 80;

fn header(op: &str) -> Option<&'static str> {
    Some(match op {
        "deepStrictEqual" => "Expected values to be strictly deep-equal:",
        "strictEqual" => "Expected values to be strictly equal:",
        "strictEqualObject" => "Expected \"actual\" to be reference-equal to \"expected\":",
        "deepEqual" => "Expected values to be loosely deep-equal:",
        "notDeepStrictEqual" => "Expected \"actual\" not to be strictly deep-equal to:",
        "notStrictEqual" => "Expected \"actual\" to be strictly unequal to:",
        "notStrictEqualObject" => "Expected \"actual\" not to be reference-equal to \"expected\":",
        "notDeepEqual" => "Expected \"actual\" not to be loosely deep-equal to:",
        "notIdentical" => "Values have same structure but are not reference-equal:",
        "notDeepEqualUnequal" => "Expected values not to be loosely deep-equal:",
        _ => return None,
    })
}

/// `util.inspect` with the options assertion messages use.
pub fn inspect_value(cx: Ctx, v: Arg) -> JsResult<String> {
    let mut o = Options::defaults(cx)?;
    o.set(cx, "compact", cx.bool(false))?;
    o.set(cx, "customInspect", cx.bool(false))?;
    o.set(cx, "depth", cx.number(1000.0))?;
    o.set(cx, "maxArrayLength", cx.number(f64::INFINITY))?;
    o.set(cx, "showHidden", cx.bool(false))?;
    o.set(cx, "showProxy", cx.bool(false))?;
    o.set(cx, "sorted", cx.bool(true))?;
    o.set(cx, "getters", cx.bool(true))?;
    o.colors = false;
    inspect_with(cx, v, o)
}

fn units(s: &str) -> usize {
    s.encode_utf16().count()
}

/// The first `n` UTF-16 units of `s`.
fn head_units(s: &str, n: usize) -> String {
    let u: Vec<u16> = s.encode_utf16().take(n).collect();
    String::from_utf16_lossy(&u)
}

/// `typeof v === 'object' && v !== null`.
fn is_plain_object(cx: Ctx, v: &Arg) -> bool {
    cx.is_object(v) && !cx.is_function(v)
}

fn is_zero(cx: Ctx, v: &Arg) -> bool {
    cx.as_number(v) == Some(0.0)
}

/// At most 47 lines: the first 46 and `...`.
fn clip_lines(text: &str) -> Vec<&str> {
    let mut lines: Vec<&str> = text.split('\n').collect();
    if lines.len() > KEEP_LINES {
        lines.truncate(46);
        lines.push("...");
    }
    lines
}

/// The message of an AssertionError built without one (or, for the two
/// strict operators, with `custom` as the diff's header).
pub fn generated(
    cx: Ctx,
    actual: Arg,
    expected: Arg,
    op: &str,
    custom: Option<&str>,
) -> JsResult<String> {
    match op {
        "deepStrictEqual" | "strictEqual" => diff(cx, actual, expected, op, custom),
        "notDeepStrictEqual" | "notStrictEqual" => {
            let mut base = header(op).unwrap_or_default();
            if op == "notStrictEqual" && cx.is_object(&actual) {
                base = header("notStrictEqualObject").unwrap_or_default();
            }
            let text = inspect_value(cx, actual)?;
            let lines = clip_lines(&text);
            if lines.len() == 1 {
                let sep = if units(lines[0]) > 5 { "\n\n" } else { " " };
                Ok(format!("{base}{sep}{}", lines[0]))
            } else {
                Ok(format!("{base}\n\n{}\n", lines.join("\n")))
            }
        }
        _ => {
            let mut left = inspect_value(cx, actual)?;
            let mut right = inspect_value(cx, expected)?;
            if op == "notDeepEqual" && left == right {
                let mut out = format!("{}\n\n{left}", header(op).unwrap_or_default());
                if units(&out) > 1024 {
                    out = format!("{}...", head_units(&out, 1021));
                }
                return Ok(out);
            }
            if units(&left) > 512 {
                left = format!("{}...", head_units(&left, 509));
            }
            if units(&right) > 512 {
                right = format!("{}...", head_units(&right, 509));
            }
            Ok(match op {
                "deepEqual" => format!(
                    "{}\n\n{left}\n\nshould loosely deep-equal\n\n{right}",
                    header(op).unwrap_or_default()
                ),
                "notDeepEqual" => format!(
                    "{}\n\n{left}\n\nshould not loosely deep-equal\n\n{right}",
                    header("notDeepEqualUnequal").unwrap_or_default()
                ),
                _ => format!("{left} {op} {right}"),
            })
        }
    }
}

/// State of the line-by-line walk of [`diff`].
struct Walk<'a> {
    /// The longer side (actual when both have the same length).
    long: &'a [&'a str],
    out: String,
    /// `- expected` lines not yet written (they follow the `+` block).
    pending: String,
    printed: usize,
    same_run: usize,
    skipped: bool,
}

impl Walk<'_> {
    /// Before a difference at line `i`: show the tail of the run of equal
    /// lines that was not shown yet (up to three lines, `...` for more).
    fn close_run(&mut self, i: usize) {
        let run = self.same_run;
        self.same_run = 0;
        if run < 3 {
            return;
        }
        let show = |line: &str, w: &mut Self| {
            w.out.push_str("\n  ");
            w.out.push_str(line);
            w.printed += 1;
        };
        if run >= 6 {
            self.out.push_str("\n...");
            self.skipped = true;
        } else if run == 5 {
            show(self.long[i - 3], self);
        }
        if run >= 4 {
            show(self.long[i - 2], self);
        }
        show(self.long[i - 1], self);
    }
}

fn diff(cx: Ctx, actual: Arg, expected: Arg, op: &str, custom: Option<&str>) -> JsResult<String> {
    let a_text = inspect_value(cx, actual)?;
    let e_text = inspect_value(cx, expected)?;
    let mut a: Vec<&str> = a_text.split('\n').collect();
    let mut e: Vec<&str> = e_text.split('\n').collect();
    let both_objects = (is_plain_object(cx, &actual) && is_plain_object(cx, &expected))
        || (cx.is_function(&actual) && cx.is_function(&expected));
    let op = if op == "strictEqual" && both_objects {
        "strictEqualObject"
    } else {
        op
    };
    let title = match custom {
        Some(c) => c.to_string(),
        None => header(op).unwrap_or_default().to_string(),
    };

    // One line each: the short form, or a caret under the first difference.
    let mut caret = String::new();
    if a.len() == 1 && e.len() == 1 && a[0] != e[0] {
        let (ua, ue): (Vec<u16>, Vec<u16>) =
            (a[0].encode_utf16().collect(), e[0].encode_utf16().collect());
        let total = ua.len() + ue.len();
        if total <= SHORT_PAIR {
            let primitive = !is_plain_object(cx, &actual) && !is_plain_object(cx, &expected);
            if primitive && !(is_zero(cx, &actual) && is_zero(cx, &expected)) {
                return Ok(format!("{title}\n\n{} !== {}\n", a[0], e[0]));
            }
        } else if op != "strictEqualObject" && total < CARET_WIDTH {
            let at = ua.iter().zip(ue.iter()).take_while(|(x, y)| x == y).count();
            if at > 2 {
                caret = format!("\n  {}^", " ".repeat(at));
            }
        }
    }

    // The common tail: its last three lines, `...`, and its first line.
    let mut tail = String::new();
    let mut tail_first = String::new();
    let mut tail_len = 0usize;
    while let (Some(x), Some(y)) = (a.last(), e.last()) {
        if x != y {
            break;
        }
        if tail_len < 3 {
            tail = format!("\n  {x}{tail}");
        } else {
            tail_first = x.to_string();
        }
        tail_len += 1;
        a.pop();
        e.pop();
    }

    let total_lines = a.len().max(e.len());
    if total_lines == 0 {
        let lines = clip_lines(&a_text);
        return Ok(format!(
            "{}\n\n{}\n",
            header("notIdentical").unwrap_or_default(),
            lines.join("\n")
        ));
    }
    let mut skipped = false;
    if tail_len > 4 {
        tail = format!("\n...{tail}");
        skipped = true;
    }
    if !tail_first.is_empty() {
        tail = format!("\n  {tail_first}{tail}");
    }

    let actual_longer = a.len() >= total_lines;
    let short_len = if actual_longer { e.len() } else { a.len() };
    let long: Vec<&str> = if actual_longer { a.clone() } else { e.clone() };
    let mut w = Walk {
        long: &long,
        out: String::new(),
        pending: String::new(),
        printed: 0,
        same_run: 0,
        skipped,
    };
    let intro = format!("{title}\n+ actual - expected");
    for i in 0..total_lines {
        if i >= short_len {
            w.close_run(i);
            if actual_longer {
                w.out.push_str(&format!("\n+ {}", long[i]));
            } else {
                w.pending.push_str(&format!("\n- {}", long[i]));
            }
            w.printed += 1;
        } else {
            let mut left = a[i].to_string();
            let right = e[i];
            let mut differs = left != right && left.strip_suffix(',') != Some(right);
            if differs && right.strip_suffix(',') == Some(left.as_str()) {
                differs = false;
                left.push(',');
            }
            if differs {
                w.close_run(i);
                w.out.push_str(&format!("\n+ {left}"));
                w.pending.push_str(&format!("\n- {right}"));
                w.printed += 2;
            } else {
                let p = std::mem::take(&mut w.pending);
                w.out.push_str(&p);
                w.same_run += 1;
                if w.same_run <= 2 {
                    w.out.push_str(&format!("\n  {left}"));
                    w.printed += 1;
                }
            }
        }
        if w.printed > KEEP_LINES && i + 2 < total_lines {
            return Ok(format!(
                "{intro} ... Lines skipped\n{}\n...{}\n...",
                w.out, w.pending
            ));
        }
    }
    let note = if w.skipped { " ... Lines skipped" } else { "" };
    Ok(format!(
        "{intro}{note}\n{}{}{tail}{caret}",
        w.out, w.pending
    ))
}
