// TextEncoder / TextDecoder as Node 20 exposes them (WHATWG Encoding):
// utf-8, utf-16le, utf-16be and the windows-1252 labels. The byte work is
// native (`host.encodeUtf8`, `host.encodeInto`, `host.decode`); this file
// gives the classes their shape, checks arguments and keeps stream state.
(function (host) {
  'use strict';
  const CUSTOM_INSPECT = Symbol.for('nodejs.util.inspect.custom');
  // Own symbol-keyed slots, as Node's instances have (showHidden prints flags).
  const IS_ENCODER = Symbol('encoder');
  const IS_DECODER = Symbol('decoder');
  const FLAGS = Symbol('flags');
  const ENCODING = Symbol('encoding');
  const STREAM = Symbol('stream state');
  const FATAL = 2;
  const IGNORE_BOM = 4;

  // WHATWG label -> encoding name, for the encodings this library decodes.
  const LABELS = new Map();
  const names = {
    'utf-8': 'unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8',
    'utf-16le': 'csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le',
    'utf-16be': 'unicodefffe utf-16be',
    'windows-1252': 'ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 ' +
      'iso8859-1 iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252',
  };
  for (const name of Object.keys(names)) for (const label of names[name].split(' ')) LABELS.set(label, name);

  function lookupLabel(label) {
    const exact = LABELS.get(label);
    // The spec strips ASCII whitespace only (not all of String#trim's set).
    return exact !== undefined ? exact : LABELS.get(label.toLowerCase().replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, ''));
  }

  const objectOrNull = (v) => v === null || typeof v === 'object' || typeof v === 'function';
  const instanceTypeError = (name, list) => host.nodeError('TypeError', 'ERR_INVALID_ARG_TYPE',
    `The "${name}" argument must be an instance of ${list}.`);
  const ICU_LIST = 'SharedArrayBuffer, ArrayBuffer or ArrayBufferView';

  function checkEncoder(self) {
    if (self == null || self[IS_ENCODER] !== true) throw host.invalidThis('TextEncoder');
  }
  function checkDecoder(self) {
    if (self == null || self[IS_DECODER] !== true) throw host.invalidThis('TextDecoder');
  }

  // The nearest named `constructor` data property up the prototype chain.
  function namedConstructor(obj) {
    for (let o = obj; o; o = Object.getPrototypeOf(o)) {
      const desc = Object.getOwnPropertyDescriptor(o, 'constructor');
      if (desc && typeof desc.value === 'function' && desc.value.name !== '') return desc.value;
    }
    return null;
  }
  // What inspect shows: the public fields on an object that names the class.
  function shownAs(constructor, fields) {
    return Object.assign(Object.create({ constructor }), fields);
  }

  class TextEncoder {
    constructor() {
      this[IS_ENCODER] = true;
    }

    get encoding() {
      checkEncoder(this);
      return 'utf-8';
    }

    encode(input = '') {
      checkEncoder(this);
      return host.encodeUtf8(`${input}`);
    }

    encodeInto(src, dest) {
      checkEncoder(this);
      if (typeof src !== 'string') throw host.invalidArgType('src', 'string', src);
      if (!dest || !host.isUint8Array(dest)) throw host.invalidArgType('dest', 'Uint8Array', dest);
      const counts = host.encodeInto(src, dest);
      return { read: counts[0], written: counts[1] };
    }

    [CUSTOM_INSPECT](depth, opts) {
      checkEncoder(this);
      if (typeof depth === 'number' && depth < 0) return this;
      const shown = shownAs(namedConstructor(this) || TextEncoder, { encoding: this.encoding });
      return host.inspect(shown, opts);
    }
  }

  const ENUMERABLE = { __proto__: null, enumerable: true };
  const tag = (name) => ({ __proto__: null, value: name, configurable: true });
  Object.defineProperties(TextEncoder.prototype, {
    encode: ENUMERABLE, encodeInto: ENUMERABLE, encoding: ENUMERABLE, [Symbol.toStringTag]: tag('TextEncoder'),
  });

  const EMPTY = new Uint8Array(0);

  class TextDecoder {
    constructor(encoding = 'utf-8', options = {}) {
      const label = `${encoding}`;
      if (!objectOrNull(options)) throw host.invalidArgType('options', 'Object', options);
      const name = lookupLabel(label);
      if (name === undefined) throw host.encodingNotSupported(label);
      const flags = options === null ? 0 : (options.fatal ? FATAL : 0) | (options.ignoreBOM ? IGNORE_BOM : 0);
      this[IS_DECODER] = true;
      this[FLAGS] = flags;
      this[ENCODING] = name;
      // `quick`: Node answers utf-8 and the windows-1252 labels on a shortcut
      // until the decoder first streams; the shortcut differs in its error
      // text, in reading the labels as ISO-8859-1 and in ignoring `options`.
      this[STREAM] = {
        quick: name === 'utf-8' || name === 'windows-1252', held: undefined, sawStart: false,
      };
    }

    decode(input = EMPTY, options = {}) {
      checkDecoder(this);
      const name = this[ENCODING];
      const flags = this[FLAGS];
      const st = this[STREAM];
      const streaming = options != null && !!options.stream;
      let native = name;
      let keepOpen;
      if (st.quick && !streaming) {
        if (!host.isBinary(input)) {
          throw name === 'utf-8' ? instanceTypeError('list', ICU_LIST) :
            instanceTypeError('input', 'ArrayBuffer, SharedArrayBuffer, or ArrayBufferView');
        }
        if (name === 'windows-1252') native = 'iso-8859-1';
        keepOpen = false;
      } else {
        st.quick = false;
        if (!objectOrNull(options)) throw host.invalidArgType('options', 'Object', options);
        if (!host.isBinary(input)) throw instanceTypeError('input', ICU_LIST);
        // A null `options` leaves the stream open, as Node does.
        keepOpen = options === null || streaming;
      }
      // [text, bytes held back]; indexed, not destructured (no iterator on this path).
      const got = host.decode(native, input, st.held, !keepOpen, (flags & FATAL) !== 0);
      st.held = got[1];
      let out = got[0];
      if (!st.sawStart && out.length > 0 && name !== 'windows-1252' && (flags & IGNORE_BOM) === 0) {
        if (out.charCodeAt(0) === 0xfeff) out = out.slice(1);
        st.sawStart = true;
      }
      if (!keepOpen) {
        st.held = undefined;
        st.sawStart = false;
      }
      return out;
    }
  }

  // Accessors and the inspect hook, defined as a group so their attributes
  // match Node's (enumerable getters, a non-enumerable hook).
  const decoderMembers = {
    get encoding() {
      checkDecoder(this);
      return this[ENCODING];
    },
    get fatal() {
      checkDecoder(this);
      return (this[FLAGS] & FATAL) !== 0;
    },
    get ignoreBOM() {
      checkDecoder(this);
      return (this[FLAGS] & IGNORE_BOM) !== 0;
    },
    [CUSTOM_INSPECT](depth, opts) {
      checkDecoder(this);
      if (typeof depth === 'number' && depth < 0) return this;
      const constructor = namedConstructor(this) || TextDecoder;
      const shown = shownAs(constructor, { encoding: this.encoding, fatal: this.fatal, ignoreBOM: this.ignoreBOM });
      if (opts.showHidden) shown[FLAGS] = this[FLAGS];
      return `${constructor.name} ${host.inspect(shown)}`;
    },
  };
  const members = Object.getOwnPropertyDescriptors(decoderMembers);
  for (const key of Reflect.ownKeys(members)) Object.setPrototypeOf(members[key], null);
  members[CUSTOM_INSPECT].enumerable = false;
  Object.defineProperties(TextDecoder.prototype, {
    decode: ENUMERABLE, ...members, [Symbol.toStringTag]: tag('TextDecoder'),
  });

  return { TextEncoder, TextDecoder };
})
