// TextEncoder / TextDecoder (WHATWG Encoding, as Node 20 exposes them):
// utf-8, utf-16le, utf-16be and the windows-1252 labels (decoded as
// ISO-8859-1, like Node). The byte work is native (`b.encodeUtf8`,
// `b.encodeInto`, `b.decode`); this file is the classes' shape.
(function (b) {
  'use strict';
  const kEncoder = Symbol('encoder');
  const kDecoder = Symbol('decoder');
  const kFlags = Symbol('flags');
  const kEncoding = Symbol('encoding');
  const kPending = Symbol('pending');
  const kBOMSeen = Symbol('BOM seen');
  const FLUSH = 0x1;
  const FATAL = 0x2;
  const IGNORE_BOM = 0x4;
  const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');

  const labels = new Map([
    ['unicode-1-1-utf-8', 'utf-8'], ['unicode11utf8', 'utf-8'], ['unicode20utf8', 'utf-8'], ['utf8', 'utf-8'],
    ['utf-8', 'utf-8'], ['x-unicode20utf8', 'utf-8'],
    ['ansi_x3.4-1968', 'windows-1252'], ['ascii', 'windows-1252'], ['cp1252', 'windows-1252'],
    ['cp819', 'windows-1252'], ['csisolatin1', 'windows-1252'], ['ibm819', 'windows-1252'],
    ['iso-8859-1', 'windows-1252'], ['iso-ir-100', 'windows-1252'], ['iso8859-1', 'windows-1252'],
    ['iso88591', 'windows-1252'], ['iso_8859-1', 'windows-1252'], ['iso_8859-1:1987', 'windows-1252'],
    ['l1', 'windows-1252'], ['latin1', 'windows-1252'], ['us-ascii', 'windows-1252'],
    ['windows-1252', 'windows-1252'], ['x-cp1252', 'windows-1252'],
    ['unicodefffe', 'utf-16be'], ['utf-16be', 'utf-16be'],
    ['csunicode', 'utf-16le'], ['iso-10646-ucs-2', 'utf-16le'], ['ucs-2', 'utf-16le'], ['unicode', 'utf-16le'],
    ['unicodefeff', 'utf-16le'], ['utf-16le', 'utf-16le'], ['utf-16', 'utf-16le'],
  ]);

  function trimAsciiWhitespace(label) {
    const ws = (c) => c === '\t' || c === '\n' || c === '\f' || c === '\r' || c === ' ';
    let s = 0;
    let e = label.length;
    while (s < e && ws(label[s])) s++;
    while (e > s && ws(label[e - 1])) e--;
    return label.slice(s, e);
  }

  function getEncodingFromLabel(label) {
    const enc = labels.get(label);
    if (enc !== undefined) return enc;
    return labels.get(trimAsciiWhitespace(label.toLowerCase()));
  }

  function validateOptions(options, name) {
    if (options !== null && typeof options !== 'object' && typeof options !== 'function') {
      throw b.invalidArgType(name, 'Object', options);
    }
  }

  function validateEncoder(obj) {
    if (obj == null || obj[kEncoder] !== true) throw b.invalidThis('TextEncoder');
  }
  function validateDecoder(obj) {
    if (obj == null || obj[kDecoder] !== true) throw b.invalidThis('TextDecoder');
  }

  const empty = new Uint8Array(0);

  class TextEncoder {
    constructor() {
      this[kEncoder] = true;
    }

    get encoding() {
      validateEncoder(this);
      return 'utf-8';
    }

    encode(input = '') {
      validateEncoder(this);
      return b.encodeUtf8(`${input}`);
    }

    encodeInto(src, dest) {
      validateEncoder(this);
      if (typeof src !== 'string') throw b.invalidArgType('src', 'string', src);
      if (!dest || !b.isUint8Array(dest)) throw b.invalidArgType('dest', 'Uint8Array', dest);
      const r = b.encodeInto(src, dest);
      return { read: r[0], written: r[1] };
    }

    [inspectSymbol](depth, opts) {
      validateEncoder(this);
      if (typeof depth === 'number' && depth < 0) return this;
      const ctor = getConstructorOf(this);
      const obj = { __proto__: { constructor: ctor === null ? TextEncoder : ctor } };
      obj.encoding = this.encoding;
      return b.inspect(obj, opts);
    }
  }

  function getConstructorOf(obj) {
    while (obj) {
      const d = Object.getOwnPropertyDescriptor(obj, 'constructor');
      if (d !== undefined && typeof d.value === 'function' && d.value.name !== '') return d.value;
      obj = Object.getPrototypeOf(obj);
    }
    return null;
  }

  const enumerable = { __proto__: null, enumerable: true };
  Object.defineProperties(TextEncoder.prototype, {
    encode: enumerable,
    encodeInto: enumerable,
    encoding: enumerable,
    [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'TextEncoder' },
  });

  class TextDecoder {
    constructor(encoding = 'utf-8', options = {}) {
      encoding = `${encoding}`;
      validateOptions(options, 'options');
      const enc = getEncodingFromLabel(encoding);
      if (enc === undefined) throw b.encodingNotSupported(encoding);
      let flags = 0;
      if (options !== null) {
        flags |= options.fatal ? FATAL : 0;
        flags |= options.ignoreBOM ? IGNORE_BOM : 0;
      }
      this[kDecoder] = true;
      this[kFlags] = flags;
      this[kEncoding] = enc;
      this[kPending] = undefined;
      this[kBOMSeen] = false;
    }

    decode(input = empty, options = {}) {
      validateDecoder(this);
      if (!b.isBinary(input)) throw b.listTypeError();
      const stream = options !== null && options !== undefined && !!options.stream;
      if (stream) validateOptions(options, 'options');
      const r = b.decode(this[kEncoding], input, this[kPending], !stream, (this[kFlags] & FATAL) !== 0);
      let result = r[0];
      this[kPending] = r[1];
      if (this[kEncoding] !== 'windows-1252' && result.length > 0 && !this[kBOMSeen] &&
          !(this[kFlags] & IGNORE_BOM)) {
        if (result[0] === '\ufeff') result = result.slice(1);
        this[kBOMSeen] = true;
      }
      if (!stream) {
        this[kBOMSeen] = false;
        this[kPending] = undefined;
      }
      return result;
    }
  }

  const shared = Object.getOwnPropertyDescriptors({
    get encoding() {
      validateDecoder(this);
      return this[kEncoding];
    },
    get fatal() {
      validateDecoder(this);
      return (this[kFlags] & FATAL) === FATAL;
    },
    get ignoreBOM() {
      validateDecoder(this);
      return (this[kFlags] & IGNORE_BOM) === IGNORE_BOM;
    },
    [inspectSymbol](depth, opts) {
      validateDecoder(this);
      if (typeof depth === 'number' && depth < 0) return this;
      const constructor = getConstructorOf(this) || TextDecoder;
      const obj = { __proto__: { constructor } };
      obj.encoding = this.encoding;
      obj.fatal = this.fatal;
      obj.ignoreBOM = this.ignoreBOM;
      if (opts.showHidden) {
        obj[kFlags] = this[kFlags];
      }
      return `${constructor.name} ${b.inspect(obj)}`;
    },
  });
  for (const d of Object.values(shared)) Object.setPrototypeOf(d, null);
  shared[inspectSymbol].enumerable = false;
  Object.defineProperties(TextDecoder.prototype, {
    decode: enumerable,
    ...shared,
    [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'TextDecoder' },
  });

  return { TextEncoder, TextDecoder };
})
