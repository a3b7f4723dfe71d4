'use strict';
// crypto.webcrypto (Crypto), crypto.subtle (SubtleCrypto) and
// crypto.getRandomValues: shapes, brand checks, accessors, key order.
const c = require('crypto');
const w = c.webcrypto;
console.log(Object.keys(c).slice(-3).join(','), Object.prototype.toString.call(w), Object.prototype.toString.call(w.subtle));
console.log(c.getRandomValues === c.getRandomValues, c.getRandomValues === w.getRandomValues, c.subtle === w.subtle);
try { w.getRandomValues.call({}, new Uint8Array(2)); } catch (e) { console.log(e.name, e.code, e.message); }
const gw = w.getRandomValues; try { gw(new Uint8Array(2)); } catch (e) { console.log(e.code); }
console.log(w.getRandomValues(new Uint32Array(3)).length, typeof w.randomUUID(), w.getRandomValues.length, w.randomUUID.length);
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(w)).join(','), Object.getOwnPropertyNames(Object.getPrototypeOf(w.subtle)).join(','));
try { new w.constructor(); } catch (e) { console.log(e.name, e.code, e.message); }
for (const k of ['webcrypto', 'subtle', 'getRandomValues']) { const d = Object.getOwnPropertyDescriptor(c, k); console.log(k, typeof d.get, d.get.name, d.set, d.enumerable, d.configurable); }
