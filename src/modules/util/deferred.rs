//! Large nested `util.inspect` results kept aside instead of copied upward.
//!
//! `formatValue` builds each object's text from its children's texts, so a
//! deep structure copies every child's text once per level above it: with
//! `depth: Infinity` that is quadratic in the output (V8 avoids it with rope
//! strings). Here a finished object text longer than `breakLength` (and at
//! least [`MIN_PART`] bytes) is stored in a [`Deferred`] and its parent gets a
//! short reference instead: `U+FDD0`, a per-call random key, the part index,
//! `U+FDD1`. The layout code only ever asks such a text for its length (kept
//! with the part) and never fits it on one line (it is longer than
//! `breakLength`), so the decisions are those made on the full text; the
//! references are replaced once, at the end, in one pass.
//!
//! A user string that happens to contain the marker cannot be taken for a
//! reference: it would have to contain the key, 64 random bits chosen for
//! this call.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};

use super::text::utf16_len;

/// Texts shorter than this are copied as before (not worth a reference).
pub(crate) const MIN_PART: usize = 4096;

const END: char = '\u{FDD1}';

pub struct Deferred {
    /// `U+FDD0` followed by the key in hex: how every reference starts.
    prefix: String,
    /// Each part's text (which may hold references to earlier parts) and its
    /// full length in UTF-16 units.
    parts: Vec<(String, usize)>,
}

impl Deferred {
    pub fn new() -> Deferred {
        let mut h = RandomState::new().build_hasher();
        h.write_usize(&h as *const _ as usize);
        Deferred { prefix: format!("\u{FDD0}{:016x}", h.finish()), parts: Vec::new() }
    }

    /// Stores `text` (full length `len16`) and returns the reference to it.
    pub fn put(&mut self, text: String, len16: usize) -> String {
        self.parts.push((text, len16));
        format!("{}{}{END}", self.prefix, self.parts.len() - 1)
    }

    /// The next reference in `s`: (start, part index, end).
    fn next_ref(&self, s: &str) -> Option<(usize, usize, usize)> {
        let mut from = 0;
        while let Some(p) = s[from..].find(&self.prefix) {
            let start = from + p;
            let after = start + self.prefix.len();
            if let Some(e) = s[after..].find(END) {
                if let Ok(i) = s[after..after + e].parse::<usize>() {
                    if i < self.parts.len() {
                        return Some((start, i, after + e + END.len_utf8()));
                    }
                }
            }
            from = after;
        }
        None
    }

    /// Whether `s` holds a reference.
    pub fn holds_ref(&self, s: &str) -> bool {
        !self.parts.is_empty() && self.next_ref(s).is_some()
    }

    /// The length of `s` in UTF-16 units once its references are replaced.
    pub fn len16(&self, s: &str) -> usize {
        if self.parts.is_empty() {
            return utf16_len(s);
        }
        let mut total = 0;
        let mut rest = s;
        while let Some((start, i, end)) = self.next_ref(rest) {
            total += utf16_len(&rest[..start]) + self.parts[i].1;
            rest = &rest[end..];
        }
        total + utf16_len(rest)
    }

    /// `s` with every reference replaced by its text (recursively), in one pass.
    pub fn expand(&self, s: &str) -> String {
        if self.parts.is_empty() {
            return s.to_string();
        }
        let mut out = String::with_capacity(s.len());
        // Pieces still to write, last first (an explicit stack: parts nest as
        // deep as the inspected value).
        let mut todo: Vec<&str> = vec![s];
        while let Some(cur) = todo.pop() {
            match self.next_ref(cur) {
                None => out.push_str(cur),
                Some((start, i, end)) => {
                    out.push_str(&cur[..start]);
                    todo.push(&cur[end..]);
                    todo.push(&self.parts[i].0);
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_references_expand_in_order() {
        let mut d = Deferred::new();
        let a = d.put("inner\u{e9}".to_string(), 6);
        let b_text = format!("[{a}, {a}]");
        let b_len = d.len16(&b_text);
        assert_eq!(b_len, 16);
        let b = d.put(b_text, b_len);
        let top = format!("x: {b} \u{FDD0}not a ref\u{FDD1}");
        assert_eq!(d.expand(&top), "x: [inner\u{e9}, inner\u{e9}] \u{FDD0}not a ref\u{FDD1}");
        assert_eq!(d.len16(&top), d.expand(&top).encode_utf16().count());
        assert!(d.holds_ref(&top));
        assert!(!d.holds_ref("plain \u{FDD0}0\u{FDD1}"));
    }
}
