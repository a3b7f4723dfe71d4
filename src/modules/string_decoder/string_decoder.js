// node:string_decoder, evaluated once per context by mod.rs as a function
// expression called with the native binding.
//
// What user code can see matches Node 20: a plain constructor function, an
// `encoding` property, enumerable prototype methods, and the whole decoder
// state in a 7-byte Buffer under Symbol(kNativeDecoder) (util.inspect shows
// it; `lastChar` is a view of it). The natives `decode`/`flush` (mod.rs) read
// and update that Buffer: bytes 0-3 hold an unfinished character, 4 how many
// bytes it still lacks, 5 how many are held, 6 the encoding's number.
(function (native) {
  'use strict';
  const { Buffer, decode, flush } = native;
  const STATE = Symbol('kNativeDecoder');
  const STATE_BYTES = 7;
  const LACKING = 4;
  const HELD = 5;
  const KIND = 6;
  // The numbers of Node's C++ `enum encoding`, which the natives share.
  const KIND_OF = new Map([
    ['ascii', 0], ['utf8', 1], ['base64', 2], ['utf16le', 3], ['latin1', 4], ['hex', 5], ['buffer', 6],
    ['base64url', 7],
  ]);
  const viewOf = Function.prototype.call.bind(Uint8Array.prototype.subarray);

  // Buffer.isEncoding is asked on each construction: a program that patches
  // it to accept more names gets a decoder for them (which reads ASCII).
  function canonical(encoding) {
    const known = native.normalizeEncoding(encoding);
    if (known !== undefined) return known;
    const accepted = !native.isOriginalIsEncoding(Buffer.isEncoding) && Buffer.isEncoding(encoding);
    if (!accepted) throw native.unknownEncoding(encoding);
    return encoding;
  }

  function stateOf(decoder) {
    const state = decoder[STATE];
    if (!state) throw native.nodeError('TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of type StringDecoder');
    return state;
  }

  function StringDecoder(encoding) {
    this.encoding = canonical(encoding);
    const state = Buffer.alloc(STATE_BYTES);
    state[KIND] = KIND_OF.get(this.encoding);
    this[STATE] = state;
  }

  const proto = StringDecoder.prototype;

  proto.write = function write(buf) {
    if (typeof buf === 'string') return buf;
    if (!ArrayBuffer.isView(buf)) {
      throw native.errInvalidArgType('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
    }
    // A character finished by this chunk comes back as [it, rest], joined
    // here where no user patch can reach the concatenation.
    const piece = decode(stateOf(this), buf);
    return typeof piece === 'string' ? piece : piece[0] + piece[1];
  };

  proto.end = function end(buf) {
    const head = buf === undefined ? '' : this.write(buf);
    const state = this[STATE];
    return state[HELD] > 0 ? head + flush(state) : head;
  };

  // Undocumented, still in Node: forget what is held and decode from `offset`.
  proto.text = function text(buf, offset) {
    const state = this[STATE];
    state[LACKING] = 0;
    state[HELD] = 0;
    return this.write(buf.slice(offset));
  };

  // Enumerable, configurable accessors whose getters are named `get`, as Node's.
  function visible(desc) {
    Object.setPrototypeOf(desc, null);
    desc.enumerable = true;
    desc.configurable = true;
    return desc;
  }
  Object.defineProperties(proto, {
    lastChar: visible({ get() { return viewOf(this[STATE], 0, 4); } }),
    lastNeed: visible({ get() { return this[STATE][LACKING]; } }),
    lastTotal: visible({ get() { return this[STATE][HELD] + this[STATE][LACKING]; } }),
  });

  return { StringDecoder };
})
