// The crypto global (JSRT_NODE_GLOBAL_CRYPTO) where the host has none: Node 20's
// accessor over node:crypto's webcrypto.
const d = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
console.log(typeof d.get, d.get.name, d.set, d.enumerable, d.configurable);
console.log(typeof crypto, crypto === require('crypto').webcrypto, Object.keys(globalThis).includes('crypto'));
console.log(crypto.getRandomValues(new Uint8Array(8)).length, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.randomUUID()));
console.log(Object.prototype.toString.call(crypto), typeof crypto.subtle, crypto.subtle === require('crypto').subtle);
try { crypto.getRandomValues(new Float32Array(2)); } catch (e) { console.log(e.name, e.code); }
