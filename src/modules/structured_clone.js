// The global structuredClone(value[, { transfer }]) for engines without one
// (neither QuickJS has it), following the HTML structured clone algorithm as
// documented (MDN "The structured clone algorithm") and as node 20 behaves:
// primitives, wrapper objects, Date, RegExp, ArrayBuffer (shared identity kept
// within one clone), typed arrays and DataView, Map, Set, arrays, plain objects
// (own enumerable string keys, getters read), Error objects; cycles kept.
// Anything else (functions, symbols, promises, weak collections) throws a
// DataCloneError. Transferred ArrayBuffers are copied, then detached.
(function (b) {
  'use strict';
  const getter = (proto, name) => Object.getOwnPropertyDescriptor(proto, name).get;
  const abByteLength = getter(ArrayBuffer.prototype, 'byteLength');
  const TypedArray = Object.getPrototypeOf(Uint8Array);
  const taTag = getter(TypedArray.prototype, Symbol.toStringTag);
  const dvBuffer = getter(DataView.prototype, 'buffer');
  const mapSize = getter(Map.prototype, 'size');
  const setSize = getter(Set.prototype, 'size');
  const objToString = Object.prototype.toString;

  const is = (fn, v) => { try { fn.call(v); return true; } catch { return false; } };
  const isArrayBuffer = (v) => is(abByteLength, v);
  const isDataView = (v) => is(dvBuffer, v);
  const isMap = (v) => is(mapSize, v);
  const isSet = (v) => is(setSize, v);
  const isDate = (v) => is(Date.prototype.getTime, v);
  const isRegExp = (v) => { try { getter(RegExp.prototype, 'source').call(v); return v !== RegExp.prototype; } catch { return false; } };
  const wrapped = (v) => {
    for (const [proto, key] of [[Boolean.prototype, 'valueOf'], [Number.prototype, 'valueOf'],
      [String.prototype, 'valueOf'], [BigInt.prototype, 'valueOf']]) {
      try { return { value: proto[key].call(v) }; } catch { /* next */ }
    }
    return null;
  };

  const errorNames = ['Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError'];

  function cloneError(what) {
    const message = `${what} could not be cloned.`;
    if (typeof globalThis.DOMException === 'function') return new globalThis.DOMException(message, 'DataCloneError');
    const e = new Error(message);
    e.name = 'DataCloneError';
    e.code = 25;
    return e;
  }
  const describe = (v) => {
    if (typeof v === 'symbol') return v.toString();
    if (typeof v === 'function') return Function.prototype.toString.call(v);
    const ctor = v && v.constructor && typeof v.constructor.name === 'string' ? v.constructor.name : 'Object';
    return `#<${ctor}>`;
  };

  function structuredClone(value, options) {
    if (arguments.length === 0) {
      throw b.nodeError('TypeError', 'ERR_MISSING_ARGS', 'The value argument must be specified');
    }
    const isObject = (v) => (typeof v === 'object' && v !== null) || typeof v === 'function';
    if (options != null && !isObject(options)) {
      throw b.nodeError('TypeError', 'ERR_INVALID_ARG_TYPE', 'The options argument must be either an object or undefined');
    }
    const list = options == null ? undefined : options.transfer;
    if (list != null && !isObject(list)) {
      throw b.nodeError('TypeError', 'ERR_INVALID_ARG_TYPE', 'Optional transferList argument must be an iterable');
    }
    const seen = new Map();
    // An object that is not iterable transfers nothing, as in Node.
    const transfer = list == null || typeof list[Symbol.iterator] !== 'function' ? [] : [...list];
    for (const t of transfer) {
      if (!isArrayBuffer(t)) throw cloneError(describe(t));
      if (seen.has(t)) throw cloneError('An ArrayBuffer is transferred twice; it');
      seen.set(t, null);
    }
    seen.clear();
    const moved = new Map();
    for (const t of transfer) {
      const fresh = t.slice(0);
      b.detach(t);
      moved.set(t, fresh);
      seen.set(t, fresh);
    }

    function clone(v) {
      if (v === null || (typeof v !== 'object' && typeof v !== 'function')) {
        if (typeof v === 'symbol') throw cloneError(describe(v));
        return v;
      }
      if (typeof v === 'function') throw cloneError(describe(v));
      if (seen.has(v)) return seen.get(v);
      let out;
      if (Array.isArray(v)) {
        out = new Array(v.length);
        seen.set(v, out);
        for (const k of Object.keys(v)) out[k] = clone(v[k]);
        return out;
      }
      if (isArrayBuffer(v)) {
        out = v.slice(0);
        seen.set(v, out);
        return out;
      }
      const tag = ArrayBuffer.isView(v) ? taTag.call(v) : undefined;
      if (tag !== undefined) {
        const buf = clone(v.buffer);
        out = new globalThis[tag](buf, v.byteOffset, v.length);
        seen.set(v, out);
        return out;
      }
      if (isDataView(v)) {
        out = new DataView(clone(v.buffer), v.byteOffset, v.byteLength);
        seen.set(v, out);
        return out;
      }
      if (isDate(v)) {
        out = new Date(Date.prototype.getTime.call(v));
        seen.set(v, out);
        return out;
      }
      if (isRegExp(v)) {
        out = new RegExp(v.source, v.flags);
        seen.set(v, out);
        return out;
      }
      if (isMap(v)) {
        out = new Map();
        seen.set(v, out);
        const entries = [...Map.prototype.entries.call(v)];
        for (const [k, val] of entries) out.set(clone(k), clone(val));
        return out;
      }
      if (isSet(v)) {
        out = new Set();
        seen.set(v, out);
        const items = [...Set.prototype.values.call(v)];
        for (const item of items) out.add(clone(item));
        return out;
      }
      const prim = wrapped(v);
      if (prim !== null) {
        out = Object(prim.value);
        seen.set(v, out);
        return out;
      }
      if (objToString.call(v) === '[object Error]' || v instanceof Error) {
        const name = errorNames.includes(v.name) ? v.name : 'Error';
        out = Object.create(globalThis[name].prototype);
        seen.set(v, out);
        const def = (k, val) => Object.defineProperty(out, k, { __proto__: null, value: val, writable: true, configurable: true, enumerable: false });
        const msg = Object.getOwnPropertyDescriptor(v, 'message');
        if (msg && 'value' in msg) def('message', `${msg.value}`);
        if (typeof v.stack === 'string') def('stack', v.stack);
        if (Object.hasOwn(v, 'cause')) def('cause', clone(v.cause));
        return out;
      }
      const blob = b.cloneBlob(v);
      if (blob !== undefined) {
        seen.set(v, blob);
        return blob;
      }
      if (isPlatformObject(v)) throw cloneError(describe(v));
      out = {};
      seen.set(v, out);
      for (const k of Object.keys(v)) out[k] = clone(v[k]);
      return out;
    }

    return clone(value);
  }

  // Promises, weak collections, generators and the like report a tag of their
  // own or are built-ins whose state lives in internal slots.
  function isPlatformObject(v) {
    for (const C of [Promise, WeakMap, WeakSet, globalThis.WeakRef, globalThis.FinalizationRegistry]) {
      if (typeof C === 'function' && v instanceof C) return true;
    }
    return false;
  }

  return structuredClone;
})
