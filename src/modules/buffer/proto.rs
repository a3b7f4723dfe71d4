//! `Buffer.prototype`: toString, write, fill, equals, compare, indexOf,
//! copy, swaps, toJSON, subarray/slice, inspect, and the per-encoding
//! `*Slice`/`*Write` bindings. Ports of lib/buffer.js and src/node_buffer.cc.

use super::codec::{self, Encoding};
use super::validate::*;
use super::{decode, encoding_of, normalize_encoding, realm_fn, try_encoding, write_string, Realm, StrSource};
use crate::engine::typed_array::{self as ta, Bytes};
use crate::engine::{Arg, Args, Ctx, JsRef, JsResult, RawCFnData, Thrown, Value};
use crate::errors::{ErrorKind, NodeError};

fn not_a_buffer(cx: Ctx) -> Thrown {
    NodeError::new(ErrorKind::TypeError, "ERR_INVALID_ARG_TYPE", "argument must be a buffer").throw(cx)
}

/// The bytes of `this` (any ArrayBufferView).
pub(crate) fn this_bytes<'a>(cx: Ctx, this: &'a Arg) -> JsResult<Bytes<'a>> {
    ta::view_bytes(&cx, this).ok_or_else(|| not_a_buffer(cx))
}

fn index_oob(cx: Ctx) -> Thrown {
    NodeError::new(ErrorKind::RangeError, "ERR_OUT_OF_RANGE", "Index out of range").throw(cx)
}

/// C++ `ParseArrayIndex`: undefined -> default; negative -> out of range.
fn parse_array_index(cx: Ctx, v: &impl JsRef, def: usize) -> JsResult<usize> {
    if cx.is_undefined(v) {
        return Ok(def);
    }
    let d = cx.to_f64(v)?;
    let d = if d.is_nan() { 0.0 } else { d.trunc() };
    if d < 0.0 {
        return Err(index_oob(cx));
    }
    Ok(if d > usize::MAX as f64 { usize::MAX } else { d as usize })
}

// ----- *Slice / *Write bindings ------------------------------------------------------------

fn slice_with(cx: Ctx, this: Arg, args: Args, enc: Encoding) -> JsResult<Value> {
    let len = this_bytes(cx, &this)?.len();
    let start = parse_array_index(cx, &args.get(0), 0)?;
    let mut end = parse_array_index(cx, &args.get(1), len)?;
    if end < start {
        end = start;
    }
    if end > len {
        return Err(index_oob(cx));
    }
    let b = this_bytes(cx, &this)?;
    let len = b.len();
    let slice = &b.as_slice()[start.min(len)..end.min(len)];
    decode(cx, slice, enc)
}

fn write_with(cx: Ctx, this: Arg, args: Args, enc: Encoding) -> JsResult<Value> {
    let len = this_bytes(cx, &this)?.len();
    let string = args.get(0);
    if !cx.is_string(&string) {
        return Err(NodeError::new(ErrorKind::TypeError, "ERR_INVALID_ARG_TYPE", "argument must be a string").throw(cx));
    }
    let offset = parse_array_index(cx, &args.get(1), 0)?;
    if offset > len {
        return Err(NodeError::buffer_out_of_bounds(Some("offset")).throw(cx));
    }
    let max = parse_array_index(cx, &args.get(2), len - offset)?.min(len - offset);
    if max == 0 {
        return Ok(cx.int(0));
    }
    let s = StrSource::new(cx, &string, enc)?;
    let mut b = this_bytes(cx, &this)?;
    let end = (offset + max).min(b.len());
    let n = s.write(enc, &mut b.as_mut_slice()[offset.min(end)..end]);
    Ok(cx.number(n as f64))
}

// js_fn! wants a path; wrap the closures in named functions instead.
macro_rules! enc_fns {
    ($($slice:ident $slice_imp:ident $write:ident $write_imp:ident $enc:expr;)*) => {$(
        fn $slice_imp(cx: Ctx, this: Arg, args: Args) -> JsResult<Value> { slice_with(cx, this, args, $enc) }
        fn $write_imp(cx: Ctx, this: Arg, args: Args) -> JsResult<Value> { write_with(cx, this, args, $enc) }
        crate::js_fn!($slice => $slice_imp);
        crate::js_fn!($write => $write_imp);
    )*};
}
enc_fns! {
    ascii_slice ascii_slice_imp ascii_write ascii_write_imp Encoding::Ascii;
    base64_slice base64_slice_imp base64_write base64_write_imp Encoding::Base64;
    base64url_slice base64url_slice_imp base64url_write base64url_write_imp Encoding::Base64url;
    latin1_slice latin1_slice_imp latin1_write latin1_write_imp Encoding::Latin1;
    hex_slice hex_slice_imp hex_write hex_write_imp Encoding::Hex;
    ucs2_slice ucs2_slice_imp ucs2_write ucs2_write_imp Encoding::Utf16le;
    utf8_slice utf8_slice_imp utf8_write utf8_write_imp Encoding::Utf8;
}

// ----- arithmetic on arguments that are not numbers --------------------------------------------

/// Node does its argument arithmetic with JS operators (`start <= 0`,
/// `byteOffset > 0x7fffffff`, `MathTrunc`, unary `+`), whose results for
/// BigInts, objects and strings are the engine's to give: JS does it here too,
/// on the rare non-number path only.
const ARG_MATH_SRC: &str = r#"(() => {
  // A BigInt is compared with BigInt bounds: quickjs-ng gets BigInt < Number
  // wrong for large negative BigInts (-(2n ** 40n) < -2147483648 is false).
  const big = (v) => typeof v === 'bigint';
  const le = (v, n) => (big(v) ? v <= BigInt(n) : v <= n);
  const ge = (v, n) => (big(v) ? v >= BigInt(n) : v >= n);
  const gt = (v, n) => (big(v) ? v > BigInt(n) : v > n);
  const lt = (v, n) => (big(v) ? v < BigInt(n) : v < n);
  return {
    range(start, end, len) {
      let s;
      if (le(start, 0)) s = 0;
      else if (ge(start, len)) return null;
      else s = Math.trunc(start) || 0;
      const e = end === undefined || gt(end, len) ? len : (Math.trunc(end) || 0);
      return e <= s ? null : [s, e];
    },
    offset(v) {
      if (gt(v, 0x7fffffff)) return 0x7fffffff;
      if (lt(v, -0x80000000)) return -0x80000000;
      return +v;
    },
  };
})()"#;

fn js_helper(cx: Ctx, name: &str, args: &[Arg]) -> JsResult<Value> {
    let helpers = match crate::context::slot_get(cx, "buffer:argMath") {
        Some(h) => h,
        None => {
            let h = cx.eval_script(ARG_MATH_SRC, "<jsrt-node:buffer-args>")?;
            crate::context::slot_get_or_insert(cx, "buffer:argMath", h)
        }
    };
    let f = cx.get(&helpers, name)?;
    cx.call(&f, &helpers, args)
}

// ----- toString / write ----------------------------------------------------------------------

crate::js_fn!(buf_to_string => to_string_imp);
fn to_string_imp(cx: Ctx, this: Arg, args: Args) -> JsResult<Value> {
    let len = this_bytes(cx, &this)?.len();
    if args.is_empty() {
        let b = this_bytes(cx, &this)?;
        return decode(cx, b.as_slice(), Encoding::Utf8);
    }
    let (encoding, start, end) = (args.get(0), args.get(1), args.get(2));
    let lenf = len as f64;
    let plain = |v: &Arg| cx.as_number(v).is_some() || cx.is_undefined(v);
    if !plain(&start) || !plain(&end) {
        // BigInts, objects, strings: compared and truncated as JS does.
        let r = js_helper(cx, "range", &[start, end, cx.number(lenf).as_arg()])?;
        if cx.is_null(&r) {
            return cx.string("");
        }
        let (a, z) = (cx.to_f64(&cx.get_index(&r, 0)?)?, cx.to_f64(&cx.get_index(&r, 1)?)?);
        let enc = if cx.is_undefined(&encoding) { Encoding::Utf8 } else { encoding_of(cx, &encoding)? };
        let b = this_bytes(cx, &this)?;
        let (a, z) = ((a as usize).min(b.len()), (z as usize).min(b.len()));
        return decode(cx, &b.as_slice()[a..z.max(a)], enc);
    }
    let s = cx.to_f64(&start)?;
    let start = if s <= 0.0 {
        0.0
    } else if s >= lenf {
        return cx.string("");
    } else {
        let t = s.trunc();
        if t.is_nan() {
            0.0
        } else {
            t
        }
    };
    let end = if cx.is_undefined(&end) {
        lenf
    } else {
        let e = cx.to_f64(&end)?;
        if e > lenf {
            lenf
        } else {
            let t = e.trunc();
            if t.is_nan() {
                0.0
            } else {
                t
            }
        }
    };
    if end <= start {
        return cx.string("");
    }
    let enc = if cx.is_undefined(&encoding) { Encoding::Utf8 } else { encoding_of(cx, &encoding)? };
    let b = this_bytes(cx, &this)?;
    let (a, z) = ((start as usize).min(b.len()), (end as usize).min(b.len()));
    decode(cx, &b.as_slice()[a..z], enc)
}

crate::js_fn!(buf_write => write_imp);
fn write_imp(cx: Ctx, this: Arg, args: Args) -> JsResult<Value> {
    let len = this_bytes(cx, &this)?.len();
    let (string, offset, length, encoding) = (args.get(0), args.get(1), args.get(2), args.get(3));
    let (off, max, enc_arg);
    if cx.is_undefined(&offset) {
        (off, max, enc_arg) = (0usize, len, None);
    } else if cx.is_undefined(&length) && cx.is_string(&offset) {
        (off, max, enc_arg) = (0usize, len, Some(offset));
    } else {
        off = validate_offset(cx, &offset, "offset", len as f64)?;
        let remaining = len - off;
        if cx.is_undefined(&length) {
            (max, enc_arg) = (remaining, Some(encoding));
        } else if cx.is_string(&length) {
            (max, enc_arg) = (remaining, Some(length));
        } else {
            let l = validate_offset(cx, &length, "length", len as f64)?;
            (max, enc_arg) = (l.min(remaining), Some(encoding));
        }
    }
    let enc = match enc_arg {
        None => Encoding::Utf8,
        Some(e) if !cx.to_bool(&e)? => Encoding::Utf8,
        Some(e) => match try_encoding(cx, &e)? {
            Some(enc) => enc,
            None => return Err(NodeError::unknown_encoding(&super::shown(cx, &e)).throw(cx)),
        },
    };
    if !cx.is_string(&string) {
        return Err(NodeError::new(ErrorKind::TypeError, "ERR_INVALID_ARG_TYPE", "argument must be a string").throw(cx));
    }
    if max == 0 {
        return Ok(cx.int(0));
    }
    let s = StrSource::new(cx, &string, enc)?;
    let mut b = this_bytes(cx, &this)?;
    let end = (off + max).min(b.len());
    let n = s.write(enc, &mut b.as_mut_slice()[off.min(end)..end]);
    Ok(cx.number(n as f64))
}

// ----- comparing -------------------------------------------------------------------------------

crate::js_fn!(buf_equals => equals_imp);
fn equals_imp(cx: Ctx, this: Arg, args: Args) -> JsResult<Value> {
    let other = args.get(0);
    if !ta::is_uint8_array(&cx, &other) {
        return Err(type_error(cx, "otherBuffer", &["Buffer", "Uint8Array"], &other));
    }
    let a = this_bytes(cx, &this)?;
    let b = ta::bytes(&cx, &other).ok_or(Thrown)?;
    Ok(cx.bool(a.as_slice() == b.as_slice()))
}

crate::js_fn!(buf_compare => compare_imp);
fn compare_imp(cx: Ctx, this: Arg, args: Args) -> JsResult<Value> {
    let target = args.get(0);
    if !ta::is_uint8_array(&cx, &target) {
        return Err(type_error(cx, "target", &["Buffer", "Uint8Array"], &target));
    }
    let src_len = this_bytes(cx, &this)?.len();
    let tgt_len = ta::bytes(&cx, &target).ok_or(Thrown)?.len();
    if args.len() == 1 {
        let (a, b) = (this_bytes(cx, &this)?, ta::bytes(&cx, &target).ok_or(Thrown)?);
        return Ok(cx.int(super::compare_bytes(a.as_slice(), b.as_slice())));
    }
    let opt = |i: usize, name: &str, max: f64, def: usize| -> JsResult<usize> {
        let v = args.get(i);
        if cx.is_undefined(&v) {
            Ok(def)
        } else {
            validate_offset(cx, &v, name, max)
        }
    };
    let ts = opt(1, "targetStart", K_MAX_LENGTH, 0)?;
    let te = opt(2, "targetEnd", tgt_len as f64, tgt_len)?;
    let ss = opt(3, "sourceStart", K_MAX_LENGTH, 0)?;
    let se = opt(4, "sourceEnd", src_len as f64, src_len)?;
    if ss >= se {
        return Ok(cx.int(if ts >= te { 0 } else { -1 }));
    }
    if ts >= te {
        return Ok(cx.int(1));
    }
    if ss > src_len {
        return Err(NodeError::new(ErrorKind::RangeError, "ERR_OUT_OF_RANGE", "The value of \"sourceStart\" is out of range.").throw(cx));
    }
    if ts > tgt_len {
        return Err(NodeError::new(ErrorKind::RangeError, "ERR_OUT_OF_RANGE", "The value of \"targetStart\" is out of range.").throw(cx));
    }
    let (a, b) = (this_bytes(cx, &this)?, ta::bytes(&cx, &target).ok_or(Thrown)?);
    let to_cmp = (se - ss).min(te - ts).min(src_len - ss);
    let val = if to_cmp > 0 {
        super::compare_bytes(&a.as_slice()[ss..ss + to_cmp], &b.as_slice()[ts..ts + to_cmp])
    } else {
        0
    };
    let (al, bl) = (se - ss, te - ts);
    let r = if val != 0 {
        val
    } else if al > bl {
        1
    } else if al < bl {
        -1
    } else {
        0
    };
    Ok(cx.int(r))
}

// ----- searching --------------------------------------------------------------------------------

/// Node's `IndexOfOffset`.
fn index_of_offset(len: usize, offset: i64, needle_len: usize, forward: bool) -> i64 {
    let len = len as i64;
    let nl = needle_len as i64;
    if offset < 0 {
        if offset + len >= 0 {
            len + offset
        } else if forward || nl == 0 {
            0
        } else {
            -1
        }
    } else if offset + nl <= len {
        offset
    } else if nl == 0 {
        len
    } else if forward {
        -1
    } else {
        len - 1
    }
}

/// `IndexOfBuffer`/`IndexOfString` after the needle is bytes (or, for UCS-2
/// strings, units); `ucs2` searches 16-bit units at even offsets.
fn search(hay: &[u8], hay_len: usize, needle: &[u8], offset: i64, forward: bool, ucs2: bool) -> f64 {
    let opt = index_of_offset(hay_len, offset, needle.len(), forward);
    if needle.is_empty() {
        return opt as f64;
    }
    if hay_len == 0 || opt <= -1 {
        return -1.0;
    }
    let off = opt as usize;
    if (forward && needle.len() + off > hay_len) || needle.len() > hay_len {
        return -1.0;
    }
    let hay = &hay[..hay_len];
    if ucs2 {
        if hay_len < 2 || needle.len() < 2 {
            return -1.0;
        }
        let h: Vec<u16> = hay.chunks_exact(2).map(|p| u16::from_le_bytes([p[0], p[1]])).collect();
        let n: Vec<u16> = needle.chunks_exact(2).map(|p| u16::from_le_bytes([p[0], p[1]])).collect();
        let r = codec::find_u16(&h, &n, off / 2, forward).map(|i| i * 2).unwrap_or(h.len() * 2);
        return if r == hay_len { -1.0 } else { r as f64 };
    }
    let r = if forward { codec::find(hay, needle, off) } else { codec::rfind(hay, needle, off) };
    r.map(|i| i as f64).unwrap_or(-1.0)
}

fn index_of_common(cx: Ctx, this: Arg, args: Args, forward: bool) -> JsResult<f64> {
    if !ta::is_array_buffer_view(&cx, &this) {
        let shown = shown_this(cx, this)?;
        return Err(type_error(cx, "buffer", &["Buffer", "TypedArray", "DataView"], &shown));
    }
    let (val, mut byte_offset, mut encoding) = (args.get(0), args.get(1), args.get(2));
    let undef = cx.undefined();
    if cx.is_string(&byte_offset) {
        encoding = byte_offset;
        byte_offset = undef.as_arg();
    }
    let len = this_bytes(cx, &this)?.len();
    let mut off = if cx.is_undefined(&byte_offset) {
        f64::NAN
    } else if let Some(d) = cx.as_number(&byte_offset) {
        d
    } else {
        // Clamped by comparison before `+byteOffset`: a huge BigInt clamps, a small one throws.
        cx.to_f64(&js_helper(cx, "offset", &[byte_offset])?)?
    };
    if off > 2147483647.0 {
        off = 2147483647.0;
    } else if off < -2147483648.0 {
        off = -2147483648.0;
    }
    if off.is_nan() {
        off = if forward { 0.0 } else { len as f64 };
    }
    let off = off.trunc() as i64;

    if let Some(d) = cx.as_number(&val) {
        let byte = to_uint32(d) as u8;
        let opt = index_of_offset(len, off, 1, forward);
        if opt <= -1 || len == 0 {
            return Ok(-1.0);
        }
        let b = this_bytes(cx, &this)?;
        let o = opt as usize;
        let r = if forward {
            codec::memchr_c(byte, &b.as_slice()[o.min(b.len())..]).map(|i| i + o)
        } else {
            codec::memrchr_c(byte, &b.as_slice()[..(o + 1).min(b.len())])
        };
        return Ok(r.map(|i| i as f64).unwrap_or(-1.0));
    }
    let enc = if cx.is_undefined(&encoding) { Some(Encoding::Utf8) } else { try_encoding(cx, &encoding)? };
    if cx.is_string(&val) {
        let Some(enc) = enc else {
            return Err(NodeError::unknown_encoding(&super::shown(cx, &encoding)).throw(cx));
        };
        let s = cx.to_str(&val)?;
        let sb = s.as_bytes();
        let needle: std::borrow::Cow<[u8]> = match enc {
            // Node searches for the needle's WTF-8 (`String::Utf8Value`):
            // a lone surrogate is ED xx xx, not the EF BF BD it writes.
            Encoding::Utf8 => sb.into(),
            Encoding::Latin1 => codec::latin1_units(sb),
            Encoding::Utf16le => {
                let units = codec::utf16_units(sb);
                units.iter().flat_map(|u| u.to_le_bytes()).collect::<Vec<u8>>().into()
            }
            other => {
                let units = codec::utf16_len(sb);
                let cap = super::byte_length(other, sb, units);
                let mut v = vec![0u8; cap];
                let n = write_string(other, sb, &mut v);
                v.truncate(n);
                v.into()
            }
        };
        let b = this_bytes(cx, &this)?;
        let ucs2 = enc == Encoding::Utf16le;
        let hay_len = if ucs2 { b.len() & !1 } else { b.len() };
        if ucs2 && needle.is_empty() {
            // String::Value of '' has length 0: -1 unless the generic
            // empty-needle rule answers first (it does: needle_length 0).
        }
        return Ok(search(b.as_slice(), hay_len, &needle, off, forward, ucs2));
    }
    if ta::is_uint8_array(&cx, &val) {
        let ucs2 = enc == Some(Encoding::Utf16le);
        let b = this_bytes(cx, &this)?;
        let n = ta::bytes(&cx, &val).ok_or(Thrown)?;
        let needle = n.as_slice().to_vec();
        return Ok(search(b.as_slice(), b.len(), &needle, off, forward, ucs2));
    }
    Err(type_error(cx, "value", &["number", "string", "Buffer", "Uint8Array"], &val))
}

crate::js_fn!(buf_index_of => index_of_imp);
fn index_of_imp(cx: Ctx, this: Arg, args: Args) -> JsResult<Value> {
    Ok(cx.number(index_of_common(cx, this, args, true)?))
}

crate::js_fn!(buf_last_index_of => last_index_of_imp);
fn last_index_of_imp(cx: Ctx, this: Arg, args: Args) -> JsResult<Value> {
    Ok(cx.number(index_of_common(cx, this, args, false)?))
}

crate::js_fn!(buf_includes => includes_imp);
fn includes_imp(cx: Ctx, this: Arg, args: Args) -> JsResult<Value> {
    Ok(cx.bool(index_of_common(cx, this, args, true)? != -1.0))
}

// ----- fill -------------------------------------------------------------------------------------

enum FillValue {
    Byte(u8),
    Bytes(Vec<u8>),
}

/// `_fill(buf, value, offset, end, encoding)`.
pub(crate) fn fill_impl(cx: Ctx, buf: &impl JsRef, value: Arg, offset: Arg, end: Arg, encoding: Arg) -> JsResult<()> {
    let len = ta::bytes(&cx, buf).ok_or_else(|| not_a_buffer(cx))?.len();
    let (mut offset, mut end, mut encoding) = (offset, end, encoding);
    let undef = cx.undefined();
    let lenv = cx.number(len as f64);
    // None: not a string or number, converted after the range checks.
    let fv: Option<FillValue>;
    if cx.is_string(&value) {
        if cx.is_undefined(&offset) || cx.is_string(&offset) {
            encoding = offset;
            offset = undef.as_arg();
            end = lenv.as_arg();
        } else if cx.is_string(&end) {
            encoding = end;
            end = lenv.as_arg();
        }
        let Some(enc) = normalize_encoding(cx, &encoding)? else {
            validate_string(cx, &encoding, "encoding")?;
            return Err(NodeError::unknown_encoding(&super::shown(cx, &encoding)).throw(cx));
        };
        let s = cx.to_str(&value)?;
        let sb = s.as_bytes();
        let units = codec::utf16_units(sb);
        if units.is_empty() {
            fv = Some(FillValue::Byte(0));
        } else if units.len() == 1 && enc == Encoding::Utf8 && units[0] < 128 {
            fv = Some(FillValue::Byte(units[0] as u8));
        } else if units.len() == 1 && enc == Encoding::Latin1 {
            fv = Some(FillValue::Byte(units[0] as u8));
        } else {
            let bytes = match enc {
                Encoding::Utf8 => {
                    let mut v = vec![0u8; sb.len()];
                    let n = codec::write_utf8(sb, &mut v);
                    v.truncate(n);
                    v
                }
                Encoding::Utf16le => units.iter().flat_map(|u| u.to_le_bytes()).collect(),
                other => {
                    // StringBytes::Write into at most the fill length.
                    let cap = super::byte_length(other, sb, units.len()).min(len);
                    let mut v = vec![0u8; cap];
                    let n = write_string(other, sb, &mut v);
                    v.truncate(n);
                    v
                }
            };
            fv = Some(FillValue::Bytes(bytes));
        }
    } else if let Some(d) = cx.as_number(&value) {
        fv = Some(FillValue::Byte(to_uint32(d) as u8));
    } else {
        // Converted below, once offset and end are valid: Node checks the
        // arguments first (a Symbol value with a bad offset is the offset's error).
        fv = None;
    }

    let (start, stop);
    if cx.is_undefined(&offset) {
        (start, stop) = (0usize, len);
    } else {
        start = validate_offset(cx, &offset, "offset", K_MAX_LENGTH)?;
        stop = if cx.is_undefined(&end) { len } else { validate_offset(cx, &end, "end", len as f64)? };
        if start >= stop {
            return Ok(());
        }
    }
    let fv = match fv {
        Some(v) => v,
        None if ta::is_array_buffer_view(&cx, &value) => {
            FillValue::Bytes(ta::bytes(&cx, &value).map(|b| b.as_slice().to_vec()).unwrap_or_default())
        }
        None => FillValue::Byte(to_uint32(cx.to_f64(&value)?) as u8),
    };
    if stop > ta::bytes(&cx, buf).ok_or(Thrown)?.len() {
        return Err(NodeError::buffer_out_of_bounds(None).throw(cx));
    }
    match fv {
        FillValue::Byte(b) => {
            let mut v = ta::bytes(&cx, buf).ok_or(Thrown)?;
            let l = v.len();
            v.as_mut_slice()[start.min(l)..stop.min(l)].fill(b);
        }
        FillValue::Bytes(pat) => {
            // Nothing to fill (an empty buffer): done before the empty value
            // is looked at, as in Node.
            if stop <= start {
                return Ok(());
            }
            if pat.is_empty() {
                let shown = if cx.is_string(&value) {
                    text_quote(cx, &value)?
                } else {
                    // util.inspect's text: `<Buffer >`, `Uint8Array(0) []`.
                    crate::modules::util::inspect::inspect_short(cx, &value)
                };
                return Err(NodeError::new(
                    ErrorKind::TypeError,
                    "ERR_INVALID_ARG_VALUE",
                    format!("The argument 'value' is invalid. Received {shown}"),
                )
                .throw(cx));
            }
            let mut v = ta::bytes(&cx, buf).ok_or(Thrown)?;
            let l = v.len();
            let dst = &mut v.as_mut_slice()[start.min(l)..stop.min(l)];
            let first = pat.len().min(dst.len());
            dst[..first].copy_from_slice(&pat[..first]);
            let mut filled = first;
            while filled < dst.len() {
                let n = filled.min(dst.len() - filled);
                dst.copy_within(0..n, filled);
                filled += n;
            }
        }
    }
    Ok(())
}

crate::js_fn!(buf_fill => fill_imp);
fn fill_imp(cx: Ctx, this: Arg, args: Args) -> JsResult<Value> {
    fill_impl(cx, &this, args.get(0), args.get(1), args.get(2), args.get(3))?;
    Ok(cx.dup(&this))
}

// ----- copy, swap, toJSON, subarray -----------------------------------------------------------

/// Node's `toInteger(n, default)` after `NumberIsInteger(n) ? n : ...`.
fn to_integer(cx: Ctx, v: &impl JsRef) -> JsResult<f64> {
    if let Some(d) = cx.as_number(v) {
        if d.is_finite() && d.fract() == 0.0 {
            return Ok(d);
        }
    }
    let d = cx.to_f64(v)?;
    if !d.is_nan() && (-MAX_SAFE_INTEGER..=MAX_SAFE_INTEGER).contains(&d) {
        Ok(d.floor())
    } else {
        Ok(0.0)
    }
}

crate::js_fn!(buf_copy => copy_imp);
fn copy_imp(cx: Ctx, this: Arg, args: Args) -> JsResult<Value> {
    let target = args.get(0);
    if !ta::is_uint8_array(&cx, &this) {
        let shown = shown_this(cx, this)?;
        return Err(type_error(cx, "source", &["Buffer", "Uint8Array"], &shown));
    }
    if !ta::is_uint8_array(&cx, &target) {
        return Err(type_error(cx, "target", &["Buffer", "Uint8Array"], &target));
    }
    let src_len = this_bytes(cx, &this)?.len() as f64;
    let tgt_len = ta::bytes(&cx, &target).ok_or(Thrown)?.len() as f64;
    let (ts, ss, se) = (args.get(1), args.get(2), args.get(3));
    let ts = if cx.is_undefined(&ts) { 0.0 } else { to_integer(cx, &ts)? };
    if ts < 0.0 {
        let v = cx.number(ts);
        return Err(range_error(cx, "targetStart", ">= 0", &v));
    }
    let ss = if cx.is_undefined(&ss) { 0.0 } else { to_integer(cx, &ss)? };
    if ss < 0.0 || ss > src_len {
        let v = cx.number(ss);
        return Err(range_error(cx, "sourceStart", &format!(">= 0 && <= {}", num(cx, src_len)), &v));
    }
    let mut se = if cx.is_undefined(&se) { src_len } else { to_integer(cx, &se)? };
    if se < 0.0 {
        let v = cx.number(se);
        return Err(range_error(cx, "sourceEnd", ">= 0", &v));
    }
    if ts >= tgt_len || ss >= se {
        return Ok(cx.int(0));
    }
    if se - ss > tgt_len - ts {
        se = ss + tgt_len - ts;
    }
    let nb = (se - ss).min(src_len - ss) as usize;
    let (ss, ts) = (ss as usize, ts as usize);
    let src = this_bytes(cx, &this)?;
    let mut dst = ta::bytes(&cx, &target).ok_or(Thrown)?;
    dst.copy_range_from(ts, &src, ss, nb);
    Ok(cx.number(nb as f64))
}

fn swap_n(cx: Ctx, this: Arg, n: usize, what: &str) -> JsResult<Value> {
    let mut b = this_bytes(cx, &this)?;
    if b.len() % n != 0 {
        return Err(NodeError::invalid_buffer_size(what).throw(cx));
    }
    for chunk in b.as_mut_slice().chunks_exact_mut(n) {
        chunk.reverse();
    }
    Ok(cx.dup(&this))
}

crate::js_fn!(buf_swap16 => swap16_imp);
fn swap16_imp(cx: Ctx, this: Arg, _args: Args) -> JsResult<Value> {
    swap_n(cx, this, 2, "16-bits")
}
crate::js_fn!(buf_swap32 => swap32_imp);
fn swap32_imp(cx: Ctx, this: Arg, _args: Args) -> JsResult<Value> {
    swap_n(cx, this, 4, "32-bits")
}
crate::js_fn!(buf_swap64 => swap64_imp);
fn swap64_imp(cx: Ctx, this: Arg, _args: Args) -> JsResult<Value> {
    swap_n(cx, this, 8, "64-bits")
}

crate::js_fn!(buf_to_json => to_json_imp);
fn to_json_imp(cx: Ctx, this: Arg, _args: Args) -> JsResult<Value> {
    let bytes = this_bytes(cx, &this)?.as_slice().to_vec();
    let arr = cx.array()?;
    for (i, b) in bytes.iter().enumerate() {
        cx.set_index(&arr, i as u32, cx.int(*b as i32))?;
    }
    let o = cx.object()?;
    cx.set(&o, "type", cx.string("Buffer")?)?;
    cx.set(&o, "data", arr)?;
    Ok(o)
}

/// `adjustOffset(offset, length)`.
fn adjust_offset(cx: Ctx, v: &impl JsRef, len: usize) -> JsResult<usize> {
    let d = cx.to_f64(v)?.trunc();
    let l = len as f64;
    Ok(if d == 0.0 {
        0
    } else if d < 0.0 {
        let d = d + l;
        if d > 0.0 {
            d as usize
        } else {
            0
        }
    } else if d < l {
        d as usize
    } else if d.is_nan() {
        0
    } else {
        len
    })
}

realm_fn!(buf_slice => slice_imp);
/// `slice(start, end)` is `this.subarray(start, end)`: for a plain
/// Uint8Array that is Uint8Array's own subarray.
fn slice_imp(cx: Ctx, this: Arg, args: Args, data: Args) -> JsResult<Value> {
    let realm = Realm::from_data(data);
    if ta::instance_of(&cx, &this, &realm.fast)? {
        return subarray_imp(cx, this, args, data);
    }
    let sub = cx.get(&this, "subarray")?;
    cx.call(&sub, &this, &[args.get(0), args.get(1)])
}

realm_fn!(buf_subarray => subarray_imp);
fn subarray_imp(cx: Ctx, this: Arg, args: Args, data: Args) -> JsResult<Value> {
    let realm = Realm::from_data(data);
    let Some((ab, off, len)) = ta::typed_array_parts(&cx, &this) else {
        return Err(not_a_buffer(cx));
    };
    let start = adjust_offset(cx, &args.get(0), len)?;
    let end = if cx.is_undefined(&args.get(1)) { len } else { adjust_offset(cx, &args.get(1), len)? };
    let new_len = end.saturating_sub(start);
    realm.view(cx, &ab, off + start, new_len)
}

// ----- inspect ------------------------------------------------------------------------------------

/// `<Buffer 68 69 ... 3 more bytes>` (the part Node prints without extras).
fn inspect_string(cx: Ctx, v: &impl JsRef) -> JsResult<String> {
    let max = super::inspect_max_bytes(cx);
    let b = ta::bytes(&cx, v).ok_or_else(|| not_a_buffer(cx))?;
    let len = b.len();
    let actual = if max < len as f64 { max.max(0.0) as usize } else { len };
    let mut s = String::with_capacity(actual * 3);
    for (i, byte) in b.as_slice()[..actual].iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        s.push_str(&format!("{byte:02x}"));
    }
    let remaining = len as f64 - max;
    if remaining > 0.0 {
        s.push_str(&format!(" ... {} more byte{}", num(cx, remaining), if remaining > 1.0 { "s" } else { "" }));
    }
    let ctor = cx.get(v, "constructor")?;
    let name = if cx.is_object(&ctor) { cx.to_string(&cx.get(&ctor, "name")?)? } else { "undefined".into() };
    Ok(format!("<{name} {s}>"))
}

crate::js_fn!(buf_inspect => inspect_imp);
fn inspect_imp(cx: Ctx, this: Arg, args: Args) -> JsResult<Value> {
    let base = inspect_string(cx, &this)?;
    let ctx = args.get(1);
    let inspect_fn = args.get(2);
    if cx.is_object(&ctx) && cx.is_function(&inspect_fn) {
        // Own enumerable non-index properties, as Node appends them.
        let len = ta::bytes(&cx, &this).map(|b| b.len()).unwrap_or(0);
        let mut extras = Vec::new();
        for k in cx.own_keys(&this, true)? {
            if k.parse::<u64>().map(|i| (i as usize) < len && i.to_string() == k).unwrap_or(false) {
                continue;
            }
            let v = cx.get(&this, &k)?;
            let shown = cx.call(&inspect_fn, &cx.undefined(), &[v.as_arg()])?;
            let key = if is_ident(&k) { k.clone() } else { crate::modules::util::inspect::quote(&k) };
            extras.push(format!("{key}: {}", cx.to_string(&shown)?));
        }
        if !extras.is_empty() {
            let head = &base[..base.len() - 1];
            let sep = if len != 0 { ", " } else { "" };
            return cx.string(&format!("{head}{sep}{}>", extras.join(", ")));
        }
    }
    cx.string(&base)
}

fn is_ident(k: &str) -> bool {
    let mut c = k.chars();
    matches!(c.next(), Some(f) if f.is_alphabetic() || f == '_' || f == '$') && c.all(|x| x.is_alphanumeric() || x == '_' || x == '$')
}

// ----- parent / offset --------------------------------------------------------------------------

realm_fn!(buf_parent => parent_imp);
fn parent_imp(cx: Ctx, this: Arg, _args: Args, data: Args) -> JsResult<Value> {
    let realm = Realm::from_data(data);
    if !ta::instance_of(&cx, &this, &realm.fast)? {
        return Ok(cx.undefined());
    }
    cx.get(&this, "buffer")
}

realm_fn!(buf_offset => offset_imp);
fn offset_imp(cx: Ctx, this: Arg, _args: Args, data: Args) -> JsResult<Value> {
    let realm = Realm::from_data(data);
    if !ta::instance_of(&cx, &this, &realm.fast)? {
        return Ok(cx.undefined());
    }
    cx.get(&this, "byteOffset")
}

// ----- installation -------------------------------------------------------------------------------

fn plain(cx: Ctx, proto: &impl JsRef, name: &str, f: crate::engine::RawCFn, len: i32) -> JsResult<Value> {
    let func = cx.function(f, name, len)?;
    cx.set(proto, name, func.dup())?;
    Ok(func)
}

fn with_realm(cx: Ctx, proto: &impl JsRef, realm: &[Arg], name: &str, f: RawCFnData, len: i32) -> JsResult<Value> {
    let func = super::make_fn(cx, realm, f, name, len)?;
    cx.set(proto, name, func.dup())?;
    Ok(func)
}

/// Fills `Buffer.prototype` in Node's key order.
pub(crate) fn install(cx: Ctx, proto: &Value, realm: &[Arg]) -> JsResult<()> {
    super::numbers::install(cx, proto)?;
    let encs: [(&str, crate::engine::RawCFn, &str, crate::engine::RawCFn); 7] = [
        ("asciiSlice", ascii_slice, "asciiWrite", ascii_write),
        ("base64Slice", base64_slice, "base64Write", base64_write),
        ("base64urlSlice", base64url_slice, "base64urlWrite", base64url_write),
        ("latin1Slice", latin1_slice, "latin1Write", latin1_write),
        ("hexSlice", hex_slice, "hexWrite", hex_write),
        ("ucs2Slice", ucs2_slice, "ucs2Write", ucs2_write),
        ("utf8Slice", utf8_slice, "utf8Write", utf8_write),
    ];
    // Node's C++ bindings: length 0.
    for (name, f, _, _) in encs {
        plain(cx, proto, name, f, 0)?;
    }
    for (_, _, name, f) in encs {
        plain(cx, proto, name, f, 0)?;
    }
    for (name, f) in [("parent", buf_parent as RawCFnData), ("offset", buf_offset)] {
        let getter = super::make_fn(cx, realm, f, "get", 0)?;
        let key = cx.string(name)?;
        ta::define_accessor(&cx, proto, &key, getter, cx.undefined(), true, false)?;
    }
    plain(cx, proto, "copy", buf_copy, 4)?;
    let to_string = plain(cx, proto, "toString", buf_to_string, 3)?;
    plain(cx, proto, "equals", buf_equals, 1)?;
    let inspect = plain(cx, proto, "inspect", buf_inspect, 2)?;
    plain(cx, proto, "compare", buf_compare, 5)?;
    plain(cx, proto, "indexOf", buf_index_of, 3)?;
    plain(cx, proto, "lastIndexOf", buf_last_index_of, 3)?;
    plain(cx, proto, "includes", buf_includes, 3)?;
    plain(cx, proto, "fill", buf_fill, 4)?;
    plain(cx, proto, "write", buf_write, 4)?;
    plain(cx, proto, "toJSON", buf_to_json, 0)?;
    with_realm(cx, proto, realm, "subarray", buf_subarray, 2)?;
    let slice = super::make_fn(cx, realm, buf_slice, "slice", 2)?;
    cx.set(proto, "slice", slice)?;
    plain(cx, proto, "swap16", buf_swap16, 0)?;
    plain(cx, proto, "swap32", buf_swap32, 0)?;
    plain(cx, proto, "swap64", buf_swap64, 0)?;
    cx.set(proto, "toLocaleString", to_string)?;
    let custom = {
        let global = cx.global();
        let symbol = cx.get(&global, "Symbol")?;
        let f = cx.get(&symbol, "for")?;
        let n = cx.string("nodejs.util.inspect.custom")?;
        cx.call(&f, &symbol, &[n.as_arg()])?
    };
    ta::define_by_key(&cx, proto, &custom, inspect, true, true, true)?;
    // Node's methods are ordinary JS functions (constructible, with a
    // `prototype`), except the C++ `*Slice`/`*Write` bindings.
    for key in cx.own_keys(proto, true)? {
        if key == "constructor" || key.ends_with("Slice") || key.ends_with("Write") {
            continue;
        }
        let f = cx.get(proto, &key)?;
        if cx.is_function(&f) && cx.get(&f, "prototype").map(|p| cx.is_undefined(&p))? {
            cx.make_constructible(&f)?;
        }
    }
    Ok(())
}

/// `this` as Node's error message describes it: under `new method()` an
/// ordinary function sees a fresh object, not the function.
fn shown_this(cx: Ctx, this: Arg) -> JsResult<Value> {
    Ok(match cx.constructed_this(&this)? {
        Some(obj) => obj,
        None => cx.dup(&this),
    })
}

/// util.inspect's quoting of a string value, lone surrogates escaped.
fn text_quote(cx: Ctx, v: &impl JsRef) -> JsResult<String> {
    Ok(crate::modules::util::text::str_escape(&crate::engine::wtf8_to_utf16(cx.to_str(v)?.as_bytes())))
}
