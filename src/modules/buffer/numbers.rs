//! `buf.read*` / `buf.write*` for integers (1–6 bytes, LE/BE, signed or not),
//! floats, doubles and 64-bit BigInts: one native function per family, told
//! which member it is by a bound integer. Validation order and messages are
//! those of lib/internal/buffer.js (`checkInt`, `checkBounds`, `boundsError`).

use super::proto::this_bytes;
use super::validate::*;
use crate::engine::typed_array as ta;
use crate::engine::{Arg, Args, Ctx, JsRef, JsResult, Thrown, Value};
use crate::errors::NodeError;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    U,
    I,
    F32,
    F64,
    BigU,
    BigI,
}

#[derive(Clone, Copy)]
struct Spec {
    kind: Kind,
    size: usize,
    le: bool,
    /// `readUIntLE(offset, byteLength)` & co.: the size is an argument.
    var: bool,
}

impl Spec {
    fn code(self) -> i32 {
        let k = match self.kind {
            Kind::U => 0,
            Kind::I => 1,
            Kind::F32 => 2,
            Kind::F64 => 3,
            Kind::BigU => 4,
            Kind::BigI => 5,
        };
        k | (self.size as i32) << 4 | (self.le as i32) << 8 | (self.var as i32) << 9
    }

    fn from_code(c: i32) -> Spec {
        let kind = match c & 0xF {
            0 => Kind::U,
            1 => Kind::I,
            2 => Kind::F32,
            3 => Kind::F64,
            4 => Kind::BigU,
            _ => Kind::BigI,
        };
        Spec { kind, size: ((c >> 4) & 0xF) as usize, le: c & 0x100 != 0, var: c & 0x200 != 0 }
    }
}

fn spec_of(cx: Ctx, data: Args) -> Spec {
    Spec::from_code(cx.as_number(&data.get(0)).unwrap_or(0.0) as i32)
}

/// `boundsError(value, length, type)`.
fn bounds_error(cx: Ctx, v: &impl JsRef, length: i64, ty: Option<&str>) -> Thrown {
    let d = cx.as_number(v);
    let is_int = d.is_some_and(|d| d.floor() == d);
    if !is_int {
        // Node's `MathFloor(value) !== value` converts first: a BigInt or
        // Symbol throws the engine's TypeError before the type check.
        if d.is_none() {
            if let Err(t) = cx.to_f64(v) {
                return t;
            }
        }
        if let Err(t) = validate_number(cx, v, ty.unwrap_or("offset"), None, None) {
            return t;
        }
        return range_error(cx, ty.unwrap_or("offset"), "an integer", v);
    }
    if length < 0 {
        return NodeError::buffer_out_of_bounds(None).throw(cx);
    }
    let lo = if ty.is_some() { 1 } else { 0 };
    range_error(cx, ty.unwrap_or("offset"), &format!(">= {lo} and <= {length}"), v)
}

/// The offset of a `size`-byte access (`validateNumber` + `buf[offset]` and
/// `buf[offset + size - 1]` both defined).
fn check_offset(cx: Ctx, v: &impl JsRef, len: usize, size: usize) -> JsResult<usize> {
    let Some(d) = cx.as_number(v) else {
        return Err(type_error(cx, "offset", &["number"], v));
    };
    // Integer test without trunc(): the saturating cast round-trips only
    // for integers in range.
    if d >= 0.0 && d + size as f64 <= len as f64 && (d as usize) as f64 == d {
        return Ok(d as usize);
    }
    Err(bounds_error(cx, v, len as i64 - size as i64, None))
}

/// The `byteLength` argument of the variable-width methods: 1..=6.
fn byte_length_arg(cx: Ctx, v: &impl JsRef) -> JsResult<usize> {
    if let Some(d) = cx.as_number(v) {
        if d.fract() == 0.0 && (1.0..=6.0).contains(&d) {
            return Ok(d as usize);
        }
    }
    Err(bounds_error(cx, v, 6, Some("byteLength")))
}

fn int_or_number(cx: Ctx, d: f64) -> Value {
    let i = d as i32;
    if i as f64 == d && !(d == 0.0 && d.is_sign_negative()) {
        cx.int(i)
    } else {
        cx.number(d)
    }
}

fn offset_arg<'a>(cx: Ctx, v: Arg<'a>, default_zero: bool, zero: &'a Value) -> Arg<'a> {
    if default_zero && cx.is_undefined(&v) {
        zero.as_arg()
    } else {
        v
    }
}

crate::js_fn_data!(read_fn [1] => read_imp);
fn read_imp(cx: Ctx, this: Arg, args: Args, data: Args) -> JsResult<Value> {
    let spec = spec_of(cx, data);
    // No JS runs between here and the read (errors return before it).
    let b = this_bytes(cx, &this)?;
    let len = b.len();
    let zero = cx.int(0);
    let size = if spec.var {
        if cx.is_undefined(&args.get(0)) {
            return Err(type_error(cx, "offset", &["number"], &args.get(0)));
        }
        byte_length_arg(cx, &args.get(1))?
    } else {
        spec.size
    };
    let off_arg = offset_arg(cx, args.get(0), true, &zero);
    let off = check_offset(cx, &off_arg, len, size)?;
    let Some(s) = b.as_slice().get(off..off + size) else {
        return Err(NodeError::buffer_out_of_bounds(None).throw(cx));
    };
    let mut be = [0u8; 8];
    if spec.le {
        for (i, x) in s.iter().enumerate() {
            be[7 - i] = *x;
        }
    } else {
        be[8 - size..].copy_from_slice(s);
    }
    let raw = u64::from_be_bytes(be);
    Ok(match spec.kind {
        Kind::U => int_or_number(cx, raw as f64),
        Kind::I => {
            let shift = 64 - 8 * size as u32;
            int_or_number(cx, (((raw << shift) as i64) >> shift) as f64)
        }
        Kind::F32 => cx.number(f32::from_bits(raw as u32) as f64),
        Kind::F64 => cx.number(f64::from_bits(raw)),
        Kind::BigU => ta::bigint_u64(&cx, raw)?,
        Kind::BigI => ta::bigint_i64(&cx, raw as i64)?,
    })
}

fn put(out: &mut [u8], mut v: u64, size: usize, le: bool) {
    for i in 0..size {
        let byte = (v & 0xFF) as u8;
        if le {
            out[i] = byte;
        } else {
            out[size - 1 - i] = byte;
        }
        v >>= 8;
    }
}

/// `checkBounds(buf, offset, size - 1)`.
fn check_bounds(cx: Ctx, off: &impl JsRef, len: usize, size: usize) -> JsResult<usize> {
    validate_number(cx, off, "offset", None, None)?;
    check_offset(cx, off, len, size)
}

/// Exact `d` vs `m` ordering (JS compares Number and BigInt exactly).
fn cmp_f64_i128(d: f64, m: i128) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering::*;
    if d.is_nan() {
        return None;
    }
    if d >= 1.0e38 {
        return Some(Greater);
    }
    if d <= -1.0e38 {
        return Some(Less);
    }
    let f = d.floor();
    let t = f as i128;
    Some(match t.cmp(&m) {
        Equal if d > f => Greater,
        o => o,
    })
}

crate::js_fn_data!(write_fn [1] => write_imp);
fn write_imp(cx: Ctx, this: Arg, args: Args, data: Args) -> JsResult<Value> {
    let spec = spec_of(cx, data);
    let value = args.get(0);
    // A number or BigInt value runs no JS before the write, so one look at
    // the bytes serves; otherwise (valueOf) look again after converting.
    let early = if cx.is_number(&value) || cx.is_bigint(&value) { Some(this_bytes(cx, &this)?) } else { None };
    let len = match &early {
        Some(b) => b.len(),
        None => this_bytes(cx, &this)?.len(),
    };
    let zero = cx.int(0);
    let size = if spec.var { byte_length_arg(cx, &args.get(2))? } else { spec.size };
    let off_arg = offset_arg(cx, args.get(1), !spec.var, &zero);
    let (off, bits): (usize, u64) = match spec.kind {
        Kind::U | Kind::I => {
            let v = cx.to_f64(&value)?;
            let bitsz = 8 * size as u32;
            let (min, max) = if spec.kind == Kind::U {
                (0.0, 2f64.powi(bitsz as i32) - 1.0)
            } else {
                (-(2f64.powi(bitsz as i32 - 1)), 2f64.powi(bitsz as i32 - 1) - 1.0)
            };
            let out_of_range = v > max || v < min;
            let vv = cx.number(v);
            let off = if size == 1 {
                validate_number(cx, &off_arg, "offset", None, None)?;
                if out_of_range {
                    return Err(range_error(cx, "value", &format!(">= {} and <= {}", num(cx, min), num(cx, max)), &vv));
                }
                check_offset(cx, &off_arg, len, 1)?
            } else {
                if out_of_range {
                    let range = if size > 4 {
                        if spec.kind == Kind::U {
                            format!(">= 0 and < 2 ** {bitsz}")
                        } else {
                            format!(">= -(2 ** {}) and < 2 ** {}", bitsz - 1, bitsz - 1)
                        }
                    } else {
                        format!(">= {} and <= {}", num(cx, min), num(cx, max))
                    };
                    return Err(range_error(cx, "value", &range, &vv));
                }
                check_bounds(cx, &off_arg, len, size)?
            };
            let lo = to_uint32(v) as u64;
            let bits = if size > 4 {
                let hi = to_uint32((v * 2f64.powi(-32)).floor()) as u64;
                lo | (hi << 32)
            } else {
                lo
            };
            (off, bits)
        }
        Kind::F32 => {
            let v = cx.to_f64(&value)?;
            let off = check_bounds(cx, &off_arg, len, 4)?;
            let f = if v.is_nan() { f32::NAN } else { v as f32 };
            (off, f.to_bits() as u64)
        }
        Kind::F64 => {
            let v = cx.to_f64(&value)?;
            let off = check_bounds(cx, &off_arg, len, 8)?;
            let f = if v.is_nan() { f64::NAN } else { v };
            (off, f.to_bits())
        }
        Kind::BigU | Kind::BigI => {
            let (min, max): (i128, i128) =
                if spec.kind == Kind::BigU { (0, u64::MAX as i128) } else { (i64::MIN as i128, i64::MAX as i128) };
            let big = cx.is_bigint(&value);
            if cx.is_symbol(&value) {
                // Node's range check compares the value first: a Symbol throws there.
                cx.to_f64(&value)?;
            }
            let out_of_range = if big {
                match ta::bigint_to_i128(&cx, &value) {
                    Some(n) => n < min || n > max,
                    None => true,
                }
            } else if let Some(d) = cx.as_number(&value) {
                cmp_f64_i128(d, max) == Some(std::cmp::Ordering::Greater)
                    || cmp_f64_i128(d, min) == Some(std::cmp::Ordering::Less)
            } else {
                false
            };
            if out_of_range {
                let range = if spec.kind == Kind::BigU {
                    ">= 0n and < 2n ** 64n".to_string()
                } else {
                    ">= -(2n ** 63n) and < 2n ** 63n".to_string()
                };
                return Err(range_error(cx, "value", &range, &value));
            }
            let off = check_bounds(cx, &off_arg, len, 8)?;
            if !big {
                return Err(plain_type_error(cx, "Cannot mix BigInt and other types, use explicit conversions"));
            }
            let n = ta::bigint_to_i128(&cx, &value).unwrap_or(0);
            (off, n as u64)
        }
    };
    let mut b = match early {
        Some(b) => b,
        None => this_bytes(cx, &this)?,
    };
    if let Some(dst) = b.as_mut_slice().get_mut(off..off + size) {
        put(dst, bits, size, spec.le);
    }
    Ok(cx.number((off + size) as f64))
}

/// A `TypeError` without a `code` (what V8 itself throws).
pub(crate) fn plain_type_error(cx: Ctx, msg: &str) -> Thrown {
    let made = (|| -> JsResult<Value> {
        let global = cx.global();
        let ctor = cx.get(&global, "TypeError")?;
        let m = cx.string(msg)?;
        cx.construct(&ctor, &[m.as_arg()])
    })();
    match made {
        Ok(e) => cx.throw(e),
        Err(t) => t,
    }
}

/// Fills the read/write methods into `Buffer.prototype`, in Node's order,
/// the `Uint` spellings being the same function objects.
pub(crate) fn install(cx: Ctx, proto: &Value) -> JsResult<()> {
    use Kind::*;
    let mk = |name: &str, write: bool, kind: Kind, size: usize, le: bool, var: bool, len: i32| -> JsResult<Value> {
        let code = cx.int(Spec { kind, size, le, var }.code());
        let f = if write { write_fn } else { read_fn };
        cx.function_with_data(f, name, len, &[code.as_arg()])
    };
    let set = |name: &str, f: &Value| cx.set(proto, name, f.dup());

    // BigInt.
    let rbul = mk("readBigUInt64LE", false, BigU, 8, true, false, 0)?;
    let rbub = mk("readBigUInt64BE", false, BigU, 8, false, false, 0)?;
    set("readBigUInt64LE", &rbul)?;
    set("readBigUInt64BE", &rbub)?;
    set("readBigUint64LE", &rbul)?;
    set("readBigUint64BE", &rbub)?;
    set("readBigInt64LE", &mk("readBigInt64LE", false, BigI, 8, true, false, 0)?)?;
    set("readBigInt64BE", &mk("readBigInt64BE", false, BigI, 8, false, false, 0)?)?;
    let wbul = mk("writeBigUInt64LE", true, BigU, 8, true, false, 1)?;
    let wbub = mk("writeBigUInt64BE", true, BigU, 8, false, false, 1)?;
    set("writeBigUInt64LE", &wbul)?;
    set("writeBigUInt64BE", &wbub)?;
    set("writeBigUint64LE", &wbul)?;
    set("writeBigUint64BE", &wbub)?;
    set("writeBigInt64LE", &mk("writeBigInt64LE", true, BigI, 8, true, false, 1)?)?;
    set("writeBigInt64BE", &mk("writeBigInt64BE", true, BigI, 8, false, false, 1)?)?;

    // Unsigned reads, then their Uint aliases.
    let reads_u = [
        ("readUIntLE", 0usize, true, true, 2),
        ("readUInt32LE", 4, true, false, 0),
        ("readUInt16LE", 2, true, false, 0),
        ("readUInt8", 1, true, false, 0),
        ("readUIntBE", 0, false, true, 2),
        ("readUInt32BE", 4, false, false, 0),
        ("readUInt16BE", 2, false, false, 0),
    ];
    let mut made = Vec::new();
    for (name, size, le, var, len) in reads_u {
        let f = mk(name, false, U, size, le, var, len)?;
        set(name, &f)?;
        made.push((name, f));
    }
    for (name, f) in &made {
        set(&name.replace("UInt", "Uint"), f)?;
    }
    for (name, size, le, var, len) in [
        ("readIntLE", 0usize, true, true, 2),
        ("readInt32LE", 4, true, false, 0),
        ("readInt16LE", 2, true, false, 0),
        ("readInt8", 1, true, false, 0),
        ("readIntBE", 0, false, true, 2),
        ("readInt32BE", 4, false, false, 0),
        ("readInt16BE", 2, false, false, 0),
    ] {
        set(name, &mk(name, false, I, size, le, var, len)?)?;
    }
    let writes_u = [
        ("writeUIntLE", 0usize, true, true, 3),
        ("writeUInt32LE", 4, true, false, 1),
        ("writeUInt16LE", 2, true, false, 1),
        ("writeUInt8", 1, true, false, 1),
        ("writeUIntBE", 0, false, true, 3),
        ("writeUInt32BE", 4, false, false, 1),
        ("writeUInt16BE", 2, false, false, 1),
    ];
    let mut made = Vec::new();
    for (name, size, le, var, len) in writes_u {
        let f = mk(name, true, U, size, le, var, len)?;
        set(name, &f)?;
        made.push((name, f));
    }
    for (name, f) in &made {
        set(&name.replace("UInt", "Uint"), f)?;
    }
    for (name, size, le, var, len) in [
        ("writeIntLE", 0usize, true, true, 3),
        ("writeInt32LE", 4, true, false, 1),
        ("writeInt16LE", 2, true, false, 1),
        ("writeInt8", 1, true, false, 1),
        ("writeIntBE", 0, false, true, 3),
        ("writeInt32BE", 4, false, false, 1),
        ("writeInt16BE", 2, false, false, 1),
    ] {
        set(name, &mk(name, true, I, size, le, var, len)?)?;
    }
    // Node names these after the host-endianness helpers they alias.
    set("readFloatLE", &mk("readFloatForwards", false, F32, 4, true, false, 0)?)?;
    set("readFloatBE", &mk("readFloatBackwards", false, F32, 4, false, false, 0)?)?;
    set("readDoubleLE", &mk("readDoubleForwards", false, F64, 8, true, false, 0)?)?;
    set("readDoubleBE", &mk("readDoubleBackwards", false, F64, 8, false, false, 0)?)?;
    set("writeFloatLE", &mk("writeFloatForwards", true, F32, 4, true, false, 1)?)?;
    set("writeFloatBE", &mk("writeFloatBackwards", true, F32, 4, false, false, 1)?)?;
    set("writeDoubleLE", &mk("writeDoubleForwards", true, F64, 8, true, false, 1)?)?;
    set("writeDoubleBE", &mk("writeDoubleBackwards", true, F64, 8, false, false, 1)?)?;
    Ok(())
}
