// node:crypto's random functions for jsrt-node: randomBytes, randomFill(Sync),
// randomInt, randomUUID and getRandomValues with Node 20's argument checks
// and errors; the bytes come from the kernel (getrandom) through the binding.
// The rest of node:crypto stays the registry's stub (ERR_NOT_SUPPORTED).
// Evaluated once per context by src/modules/crypto/mod.rs.
//
// Written for this project from Node's documentation and traces of `node`.
(function (binding) {
  'use strict';

  const { Buffer, fill, errType, errRange, nodeError, describe, domException, nextTick } = binding;
  const MAX_SIZE = 2147483647;
  const MAX_RANGE = 2 ** 48 - 1;

  function checkFunction(v, name) {
    if (typeof v !== 'function') throw errType(name, 'function', v);
  }
  function checkSize(v, name, max) {
    if (typeof v !== 'number') throw errType(name, 'number', v);
    if (!(v >= 0 && v <= max)) throw errRange(name, `>= 0 && <= ${max}`, v);
  }
  // Later, as Node's thread-pool work completes after the current job.
  const later = (fn) => setImmediate(fn);

  function randomBytes(size, callback) {
    checkSize(size, 'size', MAX_SIZE);
    if (callback !== undefined) checkFunction(callback, 'callback');
    const buf = Buffer.allocUnsafeSlow(Math.trunc(size));
    fill(buf, 0, buf.length);
    if (callback === undefined) return buf;
    later(() => callback(null, buf));
  }

  // Offset and size count elements of a typed array, bytes of anything else.
  function fillArgs(buf, offset, size) {
    if (!ArrayBuffer.isView(buf) && !(buf instanceof ArrayBuffer)) {
      throw errType('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
    }
    const unit = buf.BYTES_PER_ELEMENT || 1;
    const total = buf.byteLength;
    if (typeof offset !== 'number') throw errType('offset', 'number', offset);
    offset *= unit;
    if (!(offset >= 0 && offset <= total)) throw errRange('offset', `>= 0 && <= ${total}`, offset);
    if (size === undefined) {
      size = total - offset;
    } else {
      checkSize(size, 'size', MAX_SIZE);
      size *= unit;
    }
    if (!(offset + size <= total)) throw errRange('size + offset', `<= ${total}`, size + offset);
    return [Math.trunc(offset), Math.trunc(size)];
  }

  function randomFillSync(buf, offset = 0, size) {
    const [at, n] = fillArgs(buf, offset, size);
    fill(buf, at, n);
    return buf;
  }

  function randomFill(buf, offset, size, callback) {
    if (typeof offset === 'function') {
      callback = offset;
      offset = 0;
      size = undefined;
    } else if (typeof size === 'function') {
      callback = size;
      size = undefined;
    }
    checkFunction(callback, 'callback');
    const [at, n] = fillArgs(buf, offset, size);
    fill(buf, at, n);
    later(() => callback(null, buf));
  }

  function safeInteger(v, name) {
    if (!Number.isSafeInteger(v)) {
      throw nodeError('TypeError', 'ERR_INVALID_ARG_TYPE', `The "${name}" argument must be a safe integer. Received ${describe(v)}`);
    }
  }

  // A uniform integer in [min, max) by rejection: draws of 6 bytes (48 bits)
  // above the largest multiple of the range are drawn again.
  const draw = new Uint8Array(6);
  function uniform(min, max) {
    const range = max - min;
    const limit = 2 ** 48 - (2 ** 48 % range);
    for (;;) {
      fill(draw, 0, 6);
      let x = 0;
      for (let i = 0; i < 6; i++) x = x * 256 + draw[i];
      if (x < limit) return min + (x % range);
    }
  }

  function randomInt(min, max, callback) {
    const minGiven = !(max === undefined || typeof max === 'function');
    if (!minGiven) {
      callback = max;
      max = min;
      min = 0;
    }
    if (callback !== undefined) checkFunction(callback, 'callback');
    safeInteger(min, 'min');
    safeInteger(max, 'max');
    if (max <= min) {
      throw nodeError('RangeError', 'ERR_OUT_OF_RANGE',
        `The value of "max" is out of range. It must be greater than the value of "min" (${min}). Received ${max}`);
    }
    if (max - min > MAX_RANGE) throw errRange(minGiven ? 'max - min' : 'max', `<= ${MAX_RANGE}`, max - min);
    const n = uniform(min, max);
    if (callback === undefined) return n;
    // Node answers from bytes it already holds: on the next tick, with no error argument.
    nextTick(callback, undefined, n);
  }

  const HEX = [];
  for (let i = 0; i < 256; i++) HEX.push((i < 16 ? '0' : '') + i.toString(16));
  const uuidBytes = new Uint8Array(16);
  function randomUUID(options) {
    if (options !== undefined) {
      if (options === null || typeof options !== 'object') throw errType('options', 'object', options);
      const cache = options.disableEntropyCache;
      if (cache !== undefined && typeof cache !== 'boolean') throw errType('options.disableEntropyCache', 'boolean', cache);
    }
    const b = uuidBytes;
    fill(b, 0, 16);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = (i) => HEX[b[i]];
    return `${h(0)}${h(1)}${h(2)}${h(3)}-${h(4)}${h(5)}-${h(6)}${h(7)}-${h(8)}${h(9)}-${h(10)}${h(11)}${h(12)}${h(13)}${h(14)}${h(15)}`;
  }

  const INTEGER_ARRAYS = new Set(['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
    'Int32Array', 'Uint32Array', 'BigInt64Array', 'BigUint64Array']);
  const typedArrayTag = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
  function getRandomValues(data) {
    const kind = ArrayBuffer.isView(data) ? typedArrayTag.call(data) : undefined;
    if (!INTEGER_ARRAYS.has(kind)) {
      throw domException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
    }
    if (data.byteLength > 65536) throw domException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
    fill(data, 0, data.byteLength);
    return data;
  }

  // pseudoRandomBytes, prng and rng: hidden accessors that give randomBytes
  // and then hold it as a hidden data property (an assignment makes an
  // enumerable one), as in Node 20.
  function installAliases(m) {
    for (const key of ['pseudoRandomBytes', 'prng', 'rng']) {
      Object.defineProperty(m, key, {
        __proto__: null,
        enumerable: false,
        configurable: true,
        get: function get() {
          if (this !== null && (typeof this === 'object' || typeof this === 'function')) {
            Object.defineProperty(this, key, { __proto__: null, value: randomBytes, writable: true, enumerable: false, configurable: true });
          }
          return randomBytes;
        },
        set: function set(value) {
          Object.defineProperty(this, key, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
        },
      });
    }
  }

  // Web Crypto: a Crypto whose getRandomValues/randomUUID are the above
  // (brand-checked, as methods of it), and a SubtleCrypto whose operations
  // reject with ERR_NOT_SUPPORTED (the library has no ciphers or digests).
  const illegal = () => nodeError('TypeError', 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  const token = Symbol('construct');
  const notSupported = (what) => nodeError('Error', 'ERR_NOT_SUPPORTED', `crypto.subtle.${what} is not supported`);
  class SubtleCrypto {
    constructor(key) {
      if (key !== token) throw illegal();
    }
  }
  for (const op of ['encrypt', 'decrypt', 'sign', 'verify', 'digest', 'generateKey', 'deriveKey', 'deriveBits', 'importKey',
    'exportKey', 'wrapKey', 'unwrapKey']) {
    const fn = { [op]() { return Promise.reject(notSupported(op)); } }[op];
    Object.defineProperty(SubtleCrypto.prototype, op, { __proto__: null, value: fn, writable: true, enumerable: true, configurable: true });
  }
  Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, { __proto__: null, value: 'SubtleCrypto', configurable: true });
  const subtle = new SubtleCrypto(token);

  class Crypto {
    #brand = true;
    constructor(key) {
      if (key !== token) throw illegal();
    }
    static #check(self) {
      if (self === null || typeof self !== 'object' || !(#brand in self)) {
        throw nodeError('TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of type Crypto');
      }
    }
    get subtle() {
      Crypto.#check(this);
      return subtle;
    }
    getRandomValues(data) {
      Crypto.#check(this);
      return getRandomValues(data);
    }
    randomUUID() {
      Crypto.#check(this);
      return randomUUID();
    }
  }
  for (const key of ['subtle', 'getRandomValues', 'randomUUID']) {
    Object.defineProperty(Crypto.prototype, key, { __proto__: null, enumerable: true });
  }
  Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { __proto__: null, value: 'Crypto', configurable: true });
  const webcrypto = new Crypto(token);

  // node:crypto's webcrypto, subtle and getRandomValues: enumerable
  // non-configurable getter-only accessors, the last three keys, as in Node 20.
  function installWeb(m) {
    delete m.getRandomValues;
    const values = { webcrypto: () => webcrypto, subtle: () => subtle, getRandomValues: () => getRandomValues };
    for (const key of Object.keys(values)) {
      const value = values[key];
      Object.defineProperty(m, key, { __proto__: null, enumerable: true, configurable: false, get: function get() { return value(); } });
    }
  }

  return { randomBytes, randomFill, randomFillSync, randomInt, randomUUID, getRandomValues, installAliases, installWeb };
});
