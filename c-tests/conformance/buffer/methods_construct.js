'use strict';
// Buffer.prototype methods are ordinary functions in Node (constructible, with
// a `prototype`), except the C++ *Slice/*Write bindings; `new buf.method()`
// reaches the method's own `this` validation.
const buf = Buffer.from('abc');
const P = Buffer.prototype;
const isCtor = (f) => { try { Reflect.construct(String, [], f); return true; } catch { return false; } };
const names = Object.getOwnPropertyNames(P).filter((n) => typeof Object.getOwnPropertyDescriptor(P, n).value === 'function');
console.log('not constructible:', names.filter((n) => !isCtor(P[n])).join(' '));
console.log('constructible:', names.filter((n) => isCtor(P[n])).length);
for (const n of ['lastIndexOf', 'copy', 'readUInt8']) {
  const f = P[n];
  const d = Object.getOwnPropertyDescriptor(f, 'prototype');
  console.log(n, Object.getOwnPropertyNames(f).join(','), d.writable, d.enumerable, d.configurable,
    Object.getOwnPropertyNames(f.prototype).join(','), f.prototype.constructor === f,
    Object.getPrototypeOf(f.prototype) === Object.prototype);
}
console.log(P.readUint8 === P.readUInt8, P.toLocaleString === P.toString);
for (const n of ['lastIndexOf', 'indexOf', 'copy', 'equals', 'compare', 'fill', 'asciiSlice', 'hexWrite']) {
  try {
    new buf[n]();
    console.log(n, 'no throw');
  } catch (e) {
    console.log(n, e.name, e.code, e.message.replace(/buf\[n\] is not a constructor|not a constructor/, 'not a constructor'));
  }
}
// Plain calls are unchanged.
console.log(buf.lastIndexOf('b'), buf.indexOf('c'), buf.readUInt8(0), buf.toString('hex'));
