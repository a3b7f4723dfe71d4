// node:string_decoder for jsrt-node, evaluated once per context by
// src/modules/string_decoder/mod.rs as a function expression called with a
// native binding object.
//
// The shape follows Node 20 (lib/string_decoder.js): a plain constructor
// function whose instances carry `encoding` and, under a private symbol, a
// 7-byte Buffer holding the decoder's whole state — up to 4 bytes of an
// incomplete character, the bytes still missing, the bytes buffered, and the
// encoding's number — which the native `decode`/`flush` read and update
// (mod.rs ports Node's C++ state machine). User code sees exactly what it sees
// in Node: the symbol and its Buffer in util.inspect, `lastChar` as a view of
// that Buffer, enumerable prototype methods.
(function (binding) {
  'use strict';

  const {
    Buffer,
    decode,
    flush,
    normalizeEncoding,
    isOriginalIsEncoding,
    unknownEncoding,
    errInvalidArgType,
    nodeError,
  } = binding;
  const isView = ArrayBuffer.isView;
  const subarray = Uint8Array.prototype.subarray;
  const call = Function.prototype.call.bind(Function.prototype.call);

  const kIncompleteCharactersStart = 0;
  const kIncompleteCharactersEnd = 4;
  const kMissingBytes = 4;
  const kBufferedBytes = 5;
  const kEncodingField = 6;
  const kSize = 7;
  // Node's `enum encoding` numbers (src/node.h), as its encodingsMap has them.
  const encodingNumbers = {
    __proto__: null,
    ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, buffer: 6, base64url: 7,
  };
  const kNativeDecoder = Symbol('kNativeDecoder');

  // Buffer.isEncoding is looked up per call: modules that monkey-patch it to
  // accept more names are honoured, as in Node (such a decoder decodes ASCII).
  function encodingName(enc) {
    const name = normalizeEncoding(enc);
    if (name !== undefined) return name;
    if (isOriginalIsEncoding(Buffer.isEncoding) || !Buffer.isEncoding(enc)) throw unknownEncoding(enc);
    return enc;
  }

  function StringDecoder(encoding) {
    this.encoding = encodingName(encoding);
    this[kNativeDecoder] = Buffer.alloc(kSize);
    this[kNativeDecoder][kEncodingField] = encodingNumbers[this.encoding];
  }

  StringDecoder.prototype.write = function write(buf) {
    if (typeof buf === 'string') return buf;
    if (!isView(buf)) throw errInvalidArgType('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
    const state = this[kNativeDecoder];
    if (!state) throw nodeError('TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of type StringDecoder');
    // A finished character from the last chunk comes back as [it, rest]:
    // joined here, where `+` cannot be patched by user code.
    const out = decode(state, buf);
    return typeof out === 'string' ? out : out[0] + out[1];
  };

  StringDecoder.prototype.end = function end(buf) {
    let ret = '';
    if (buf !== undefined) ret = this.write(buf);
    if (this[kNativeDecoder][kBufferedBytes] > 0) ret += flush(this[kNativeDecoder]);
    return ret;
  };

  // Undocumented legacy API, kept by Node.
  StringDecoder.prototype.text = function text(buf, offset) {
    this[kNativeDecoder][kMissingBytes] = 0;
    this[kNativeDecoder][kBufferedBytes] = 0;
    return this.write(buf.slice(offset));
  };

  Object.defineProperties(StringDecoder.prototype, {
    lastChar: {
      __proto__: null,
      configurable: true,
      enumerable: true,
      get() {
        return call(subarray, this[kNativeDecoder], kIncompleteCharactersStart, kIncompleteCharactersEnd);
      },
    },
    lastNeed: {
      __proto__: null,
      configurable: true,
      enumerable: true,
      get() {
        return this[kNativeDecoder][kMissingBytes];
      },
    },
    lastTotal: {
      __proto__: null,
      configurable: true,
      enumerable: true,
      get() {
        return this[kNativeDecoder][kBufferedBytes] + this[kNativeDecoder][kMissingBytes];
      },
    },
  });

  return { StringDecoder };
})
