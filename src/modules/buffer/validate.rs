//! Node's argument validators (lib/internal/validators.js) as node:buffer uses
//! them, with their exact messages.

use crate::engine::{Ctx, JsRef, JsResult, Thrown};
use crate::errors::{number_to_js_string, NodeError};

/// `buffer.kMaxLength` in Node 20 on 64-bit hosts (2 ** 32); what its
/// messages print. The engine's own limit on an ArrayBuffer is lower (2 ** 31 - 1).
pub(crate) const K_MAX_LENGTH: f64 = 4294967296.0;
/// The longest string node:buffer, string_decoder and TextDecoder make, in
/// UTF-16 units: V8's limit on 64-bit hosts (2 ** 29 - 24), which Node's
/// `kStringMaxLength` advertises and programs and Node's tests are written
/// against. QuickJS's own (`JS_STRING_LEN_MAX`, 2 ** 30 - 1) is higher, so
/// this one is what binds, and [`check_string_len`] enforces it wherever bytes
/// become a string.
pub(crate) const STRING_MAX_UNITS: usize = (1 << 29) - 24;
/// `buffer.kStringMaxLength` / `constants.MAX_STRING_LENGTH`.
pub(crate) const K_STRING_MAX_LENGTH: f64 = STRING_MAX_UNITS as f64;
const _: () = assert!(STRING_MAX_UNITS <= crate::engine::STRING_LEN_MAX);

/// `ERR_STRING_TOO_LONG` unless a string of `units` UTF-16 units can be made.
pub(crate) fn check_string_len(units: usize) -> Result<(), NodeError> {
    if units > STRING_MAX_UNITS {
        Err(NodeError::string_too_long())
    } else {
        Ok(())
    }
}

pub(crate) const MAX_SAFE_INTEGER: f64 = 9007199254740991.0;

/// `String(d)`.
pub fn num(cx: Ctx, d: f64) -> String {
    number_to_js_string(cx, d, false)
}

pub fn type_error(cx: Ctx, name: &str, expected: &[&str], v: &impl JsRef) -> Thrown {
    NodeError::invalid_arg_type(cx, name, expected, v).throw(cx)
}

pub fn range_error(cx: Ctx, name: &str, range: &str, v: &impl JsRef) -> Thrown {
    NodeError::out_of_range_value(cx, name, range, v).throw(cx)
}

/// `validateNumber(value, name, min, max)`.
pub fn validate_number(cx: Ctx, v: &impl JsRef, name: &str, min: Option<f64>, max: Option<f64>) -> JsResult<f64> {
    let Some(d) = cx.as_number(v) else {
        return Err(type_error(cx, name, &["number"], v));
    };
    let bad = min.is_some_and(|m| d < m) || max.is_some_and(|m| d > m) || ((min.is_some() || max.is_some()) && d.is_nan());
    if bad {
        let mut range = String::new();
        if let Some(m) = min {
            range.push_str(&format!(">= {}", num(cx, m)));
        }
        if min.is_some() && max.is_some() {
            range.push_str(" && ");
        }
        if let Some(m) = max {
            range.push_str(&format!("<= {}", num(cx, m)));
        }
        return Err(range_error(cx, name, &range, v));
    }
    Ok(d)
}

/// `validateInteger(value, name, min, max)`.
pub fn validate_integer(cx: Ctx, v: &impl JsRef, name: &str, min: f64, max: f64) -> JsResult<f64> {
    let Some(d) = cx.as_number(v) else {
        return Err(type_error(cx, name, &["number"], v));
    };
    if !d.is_finite() || d.fract() != 0.0 {
        return Err(range_error(cx, name, "an integer", v));
    }
    if d < min || d > max {
        return Err(range_error(cx, name, &format!(">= {} && <= {}", num(cx, min), num(cx, max)), v));
    }
    Ok(d)
}

/// node:buffer's `validateOffset(value, name, min = 0, max = kMaxLength)`.
pub fn validate_offset(cx: Ctx, v: &impl JsRef, name: &str, max: f64) -> JsResult<usize> {
    Ok(validate_integer(cx, v, name, 0.0, max)? as usize)
}

/// `validateString(value, name)`.
pub fn validate_string(cx: Ctx, v: &impl JsRef, name: &str) -> JsResult<()> {
    if cx.is_string(v) {
        Ok(())
    } else {
        Err(type_error(cx, name, &["string"], v))
    }
}

/// JS `ToUint32`.
pub fn to_uint32(d: f64) -> u32 {
    if !d.is_finite() {
        return 0;
    }
    d.trunc().rem_euclid(4294967296.0) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_len_limit_boundary() {
        let max = STRING_MAX_UNITS;
        assert_eq!(max, 0x1fff_ffe8);
        assert!(check_string_len(max).is_ok());
        let e = check_string_len(max + 1).unwrap_err();
        assert_eq!(e.code, "ERR_STRING_TOO_LONG");
        assert_eq!(e.message, "Cannot create a string longer than 0x1fffffe8 characters");
        assert_eq!(K_STRING_MAX_LENGTH, max as f64);
    }

    #[test]
    fn decoded_lengths() {
        use crate::modules::buffer::codec::Encoding;
        use crate::modules::buffer::decoded_len_bound;
        let b = [0u8; 7];
        assert_eq!(decoded_len_bound(&b, Encoding::Hex), 14);
        assert_eq!(decoded_len_bound(&b, Encoding::Base64), 12);
        assert_eq!(decoded_len_bound(&b, Encoding::Base64url), 10);
        assert_eq!(decoded_len_bound(&b, Encoding::Utf16le), 3);
        assert_eq!(decoded_len_bound(&b, Encoding::Latin1), 7);
    }
}
