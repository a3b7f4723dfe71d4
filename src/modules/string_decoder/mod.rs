//! `node:string_decoder`: `StringDecoder`, which turns a series of byte
//! chunks into strings without splitting a multi-byte character across them.
//!
//! string_decoder.js holds the class (Node's shape: a 7-byte state Buffer
//! under a private symbol); this file is its binding, chiefly `decode` and
//! `flush`, a port of Node 20's `StringDecoder::DecodeData`/`FlushData`
//! (src/string_decoder.cc). Node's C++ asserts on a state that user code has
//! tampered with (the Buffer is reachable through the symbol) and aborts the
//! process; here such a state is clamped or refused with an error.

use crate::context;
use crate::engine::typed_array as ta;
use crate::engine::{Arg, Args, Ctx, JsRef, JsResult, Value};
use crate::errors::{ErrorKind, NodeError};
use crate::modules::buffer::codec::Encoding;
use crate::modules::buffer::{self, decode as make_string};

const SOURCE: &str = crate::embedded_js!("string_decoder.js");
const SLOT: &str = "string_decoder:module";

const INCOMPLETE_END: usize = 4;
const MISSING: usize = 4;
const BUFFERED: usize = 5;
const ENCODING: usize = 6;
const SIZE: usize = 7;

/// `require('string_decoder')`.
pub fn init(cx: Ctx) -> JsResult<Value> {
    if let Some(v) = context::slot_get(cx, SLOT) {
        return Ok(v);
    }
    let binding = cx.object()?;
    cx.set(&binding, "Buffer", buffer::buffer_constructor(cx)?)?;
    cx.set_fn(&binding, "decode", sd_decode, 2)?;
    cx.set_fn(&binding, "flush", sd_flush, 1)?;
    cx.set_fn(&binding, "normalizeEncoding", sd_normalize_encoding, 1)?;
    cx.set_fn(&binding, "isOriginalIsEncoding", sd_is_original_is_encoding, 1)?;
    cx.set_fn(&binding, "unknownEncoding", sd_unknown_encoding, 1)?;
    cx.set_fn(&binding, "errInvalidArgType", crate::errors::js_invalid_arg_type, 3)?;
    cx.set_fn(&binding, "nodeError", crate::errors::js_node_error, 3)?;
    let m = cx.call_script_factory(SOURCE, "node:string_decoder", &binding)?;
    Ok(context::slot_get_or_insert(cx, SLOT, m))
}

/// The decoder's state, copied out of its Buffer and written back after (the
/// input may be a view of that same Buffer).
struct State([u8; SIZE]);

impl State {
    fn read(cx: Ctx, v: &impl JsRef) -> JsResult<State> {
        let bytes = if ta::is_uint8_array(&cx, v) { ta::bytes(&cx, v) } else { None };
        match bytes.as_ref().and_then(|b| b.as_slice().get(..SIZE)) {
            Some(s) => {
                let mut st = [0u8; SIZE];
                st.copy_from_slice(s);
                // Node never has more than 4 bytes buffered and missing together.
                st[BUFFERED] = st[BUFFERED].min(INCOMPLETE_END as u8);
                st[MISSING] = st[MISSING].min(INCOMPLETE_END as u8 - st[BUFFERED]);
                Ok(State(st))
            }
            None => Err(NodeError::new(ErrorKind::TypeError, "ERR_INVALID_THIS", "Value of \"this\" must be of type StringDecoder").throw(cx)),
        }
    }

    fn write_back(&self, cx: Ctx, v: &impl JsRef) {
        if let Some(mut b) = ta::bytes(&cx, v) {
            if let Some(d) = b.as_mut_slice().get_mut(..SIZE) {
                d.copy_from_slice(&self.0);
            }
        }
    }

    fn encoding(&self, cx: Ctx) -> JsResult<Encoding> {
        Ok(match self.0[ENCODING] {
            0 => Encoding::Ascii,
            1 => Encoding::Utf8,
            2 => Encoding::Base64,
            3 => Encoding::Utf16le,
            4 => Encoding::Latin1,
            5 => Encoding::Hex,
            7 => Encoding::Base64url,
            n => {
                let msg = format!("Invalid state: StringDecoder has no encoding numbered {n}");
                return Err(NodeError::new(ErrorKind::Error, "ERR_INVALID_STATE", msg).throw(cx));
            }
        })
    }

    fn buffered(&self) -> usize {
        self.0[BUFFERED] as usize
    }

    fn missing(&self) -> usize {
        self.0[MISSING] as usize
    }

    /// `DecodeData`: the string for `data` after what was buffered, keeping
    /// a character cut at the end for the next call. Ok(Err(..)) is the pair
    /// (finished character, rest) the JS side joins.
    fn decode(&mut self, cx: Ctx, mut data: &[u8]) -> JsResult<Result<Value, (Value, Value)>> {
        let enc = self.encoding(cx)?;
        if !matches!(enc, Encoding::Utf8 | Encoding::Utf16le | Encoding::Base64 | Encoding::Base64url) {
            return make_string(cx, data, enc).map(Ok);
        }
        let mut prepend = None;
        if self.missing() > 0 {
            if enc == Encoding::Utf8 {
                // A byte that should continue the character but does not
                // ends it there (V8 then decodes what was gathered as
                // invalid) and starts the next one.
                if let Some(i) = data.iter().take(self.missing()).position(|&b| b & 0xC0 != 0x80) {
                    self.0[MISSING] = 0;
                    self.take(&data[..i]);
                    data = &data[i..];
                }
            }
            let found = data.len().min(self.missing());
            self.take(&data[..found]);
            data = &data[found..];
            self.0[MISSING] -= found as u8;
            if self.missing() == 0 {
                prepend = Some(make_string(cx, &self.0[..self.buffered()], enc)?);
                self.0[BUFFERED] = 0;
            }
        }
        if data.is_empty() {
            return match prepend {
                Some(p) => Ok(Ok(p)),
                None => cx.string("").map(Ok),
            };
        }
        let keep = self.incomplete_tail(data, enc);
        let (body, tail) = data.split_at(data.len() - keep);
        self.0[..keep].copy_from_slice(tail);
        let body = if body.is_empty() { cx.string("")? } else { make_string(cx, body, enc)? };
        Ok(match prepend {
            Some(p) => Err((p, body)),
            None => Ok(body),
        })
    }

    /// Appends bytes of the character being completed (at most what is
    /// missing, so the 4-byte buffer holds them).
    fn take(&mut self, bytes: &[u8]) {
        let at = self.buffered();
        self.0[at..at + bytes.len()].copy_from_slice(bytes);
        self.0[BUFFERED] += bytes.len() as u8;
    }

    /// How many bytes at the end of `data` start a character that the next
    /// chunk must finish; sets the bytes buffered and missing.
    fn incomplete_tail(&mut self, data: &[u8], enc: Encoding) -> usize {
        let n = data.len();
        let (buffered, missing) = match enc {
            Encoding::Utf8 if data[n - 1] & 0x80 != 0 => {
                // Back to the lead byte of the last character (at most 3
                // continuation bytes back); its top bits give the length.
                let mut found = (0, 0);
                for (back, &b) in data.iter().rev().enumerate() {
                    let seen = back + 1;
                    if b & 0xC0 == 0x80 {
                        if seen >= 4 || seen == n {
                            break;
                        }
                        continue;
                    }
                    let need = match b {
                        _ if b & 0xE0 == 0xC0 => 2,
                        _ if b & 0xF0 == 0xE0 => 3,
                        _ if b & 0xF8 == 0xF0 => 4,
                        _ => break,
                    };
                    if seen < need {
                        found = (seen, need - seen);
                    }
                    break;
                }
                found
            }
            Encoding::Utf16le if n % 2 == 1 => (1, 1),
            Encoding::Utf16le if data[n - 1] & 0xFC == 0xD8 => (2, 2),
            Encoding::Base64 | Encoding::Base64url if n % 3 != 0 => (n % 3, 3 - n % 3),
            _ => (0, 0),
        };
        self.0[BUFFERED] = buffered as u8;
        self.0[MISSING] = missing as u8;
        buffered
    }

    /// `FlushData`: what is buffered, decoded as it is; the state emptied.
    fn flush(&mut self, cx: Ctx) -> JsResult<Value> {
        let enc = self.encoding(cx)?;
        if enc == Encoding::Utf16le && self.buffered() % 2 == 1 {
            // A lone last byte is dropped (Node's uint8 counters wrap).
            self.0[MISSING] = self.0[MISSING].wrapping_sub(1);
            self.0[BUFFERED] -= 1;
        }
        if self.buffered() == 0 {
            return cx.string("");
        }
        let s = make_string(cx, &self.0[..self.buffered()], enc)?;
        self.0[MISSING] = 0;
        self.0[BUFFERED] = 0;
        Ok(s)
    }
}

crate::js_fn!(sd_decode => decode_imp);
fn decode_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let (state_v, input) = (args.get(0), args.get(1));
    let mut st = State::read(cx, &state_v)?;
    let out = {
        let Some(bytes) = ta::view_bytes(&cx, &input) else {
            return Err(NodeError::invalid_arg_type(cx, "buf", &["Buffer", "TypedArray", "DataView"], &input).throw(cx));
        };
        // Making strings runs no JS: the bytes stay as they are meanwhile.
        st.decode(cx, bytes.as_slice())?
    };
    st.write_back(cx, &state_v);
    match out {
        Ok(s) => Ok(s),
        Err((first, rest)) => {
            let pair = cx.array()?;
            cx.set_index(&pair, 0, first)?;
            cx.set_index(&pair, 1, rest)?;
            Ok(pair)
        }
    }
}

crate::js_fn!(sd_flush => flush_imp);
fn flush_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let state_v = args.get(0);
    let mut st = State::read(cx, &state_v)?;
    let s = st.flush(cx)?;
    st.write_back(cx, &state_v);
    Ok(s)
}

crate::js_fn!(sd_normalize_encoding => normalize_encoding_imp);
fn normalize_encoding_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    match buffer::normalize_encoding(cx, &args.get(0))? {
        Some(e) => cx.string(e.name()),
        None => Ok(cx.undefined()),
    }
}

crate::js_fn!(sd_is_original_is_encoding => is_original_is_encoding_imp);
fn is_original_is_encoding_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    Ok(cx.bool(buffer::is_original_is_encoding(cx, &args.get(0))))
}

crate::js_fn!(sd_unknown_encoding => unknown_encoding_imp);
fn unknown_encoding_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    NodeError::unknown_encoding(&buffer::shown(cx, &args.get(0))).to_js(cx)
}
