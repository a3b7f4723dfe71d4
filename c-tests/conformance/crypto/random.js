'use strict';
// node:crypto's random functions: argument checks and errors, shapes of the
// results, callback order (randomInt's on the next tick, the others later),
// the pseudoRandomBytes/prng/rng accessors, a coarse uniformity check.
const c = require('crypto');
const t = (f)=>{try{const r=f(); return 'ok '+(r&&r.length!==undefined?r.length:JSON.stringify(r))}catch(e){return e.name+' '+e.code+' '+e.message}};
for (const a of [[], ['5'], [-1], [1.5], [2**31], [2**31-1+0.5], [NaN], [Infinity], [0], [null], [4, 'x'], [4, null]]) console.log('randomBytes', JSON.stringify(a), t(()=>c.randomBytes(...a)));
for (const a of [[], [new Uint8Array(4)], [new Uint8Array(4), 2], [new Uint8Array(4), 5], [new Uint8Array(4), -1], [new Uint8Array(4), 1, 4], [new Uint8Array(4), 1.5], [new Uint8Array(4), '1'], [new ArrayBuffer(4)], [[1,2]], [new Float64Array(2), 1], [new Uint16Array(4), 7], [new Uint16Array(4), 0, 9], [new DataView(new ArrayBuffer(8)), 2, 3]]) console.log('randomFillSync', a.map(x=>x&&x.constructor&&x.constructor.name).join(','), t(()=>c.randomFillSync(...a)));
for (const a of [[10], [5,10], [-1], [1.5], [0], [10,5], [2**48], [0, 2**48], [0, 2**48-1], ['1'], [Number.MAX_SAFE_INTEGER+1], [1, 'x'], [Number.MIN_SAFE_INTEGER, Number.MIN_SAFE_INTEGER+5]]) console.log('randomInt', JSON.stringify(a), t(()=>{const r=c.randomInt(...a); return typeof r}));
for (const a of [[], [{}], [{disableEntropyCache: true}], [{disableEntropyCache: 1}], [1], [null]]) console.log('randomUUID', JSON.stringify(a), t(()=>c.randomUUID(...a).replace(/[0-9a-f]/g,'h')));
for (const a of [new Uint8Array(4), new Float32Array(2), new DataView(new ArrayBuffer(2)), new Uint8Array(65537), new BigInt64Array(2), [1], new ArrayBuffer(2), undefined]) console.log('getRandomValues', a && a.constructor.name, t(()=>{ const r=c.getRandomValues(a); return r===a}));
console.log(c.randomBytes.length, c.randomFillSync.length, c.randomFill.length, c.randomInt.length, c.randomUUID.length, c.getRandomValues.length, c.getRandomValues.name);
const u=()=>new Uint8Array(4);
for (const a of [[u(),0,-1],[u(),0,'1'],[u(),0,5],[u(),4,0],[u(),0,4],[u(),undefined,2],[u(),null],[u(),0,null],[u(),0,undefined],[u(),0,1.5],[u(),0.5,1]]) console.log('rfs', JSON.stringify(a.slice(1)), t(()=>c.randomFillSync(...a)));
for (const a of [[u()],[u(), 'x'],[u(), 0, ()=>{}],[u(), 0, 2, 5]]) console.log('rf', a.length, t(()=>c.randomFill(...a)));
const b=Buffer.alloc(8); c.randomFillSync(b, 2, 3); console.log(b[0],b[1],b[5],b[6],b[7]);
const f=new Float64Array(2); c.randomFillSync(f, 1); console.log(f[0]);
c.randomBytes(3, (e, buf) => console.log('cb', e, buf.length, Buffer.isBuffer(buf)));
c.randomFill(new Uint8Array(2), (e, x) => console.log('rfcb', e, x.constructor.name));
c.randomInt(5, (e, n) => console.log('ricb', e, typeof n));
console.log(Buffer.isBuffer(c.randomBytes(2)), c.randomBytes(2).buffer.byteLength > 2);
console.log(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(c.randomUUID()));
const counts = new Array(6).fill(0); for (let i = 0; i < 6000; i++) counts[c.randomInt(6)]++; console.log(counts.every((n) => n > 800 && n < 1200));
console.log('pseudoRandomBytes' in c);
for (const k of ['prng', 'rng']) {
  const d = Object.getOwnPropertyDescriptor(c, k);
  console.log(k, typeof d.get, d.get.name, d.set.name, d.enumerable, d.configurable, c[k] === c.randomBytes);
  const after = Object.getOwnPropertyDescriptor(c, k);
  console.log(k, 'after a read', typeof after.get, after.value === c.randomBytes, after.writable, after.enumerable, after.configurable);
}
const holder = {};
Object.getOwnPropertyDescriptor(c, 'pseudoRandomBytes').set.call(holder, 7);
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(holder, 'pseudoRandomBytes')));
c.pseudoRandomBytes = 8;
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(c, 'pseudoRandomBytes')));
console.log(Object.keys(c).includes('randomBytes'), Object.keys(c).includes('prng'));
