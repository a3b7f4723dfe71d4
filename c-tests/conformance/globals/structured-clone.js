// structuredClone: types kept, identity and cycles within one clone, DataCloneError for the rest.
const o = { a: 1, d: new Date(0), r: /x/gi, m: new Map([[1, { z: 2 }]]), s: new Set([1, 'a']), u: new Uint8Array([1, 2, 3]), big: 10n, n: null, un: undefined, arr: [1, , 3], w: Object(5), e: new RangeError('bad', { cause: 'c' }) };
o.self = o;
const c = structuredClone(o);
console.log(c !== o, c.self === c, c.d instanceof Date, c.d.getTime(), c.r.flags, c.m.get(1), [...c.s], c.u, c.big, c.n, 'un' in c, c.arr.length, 1 in c.arr, typeof c.w, c.e instanceof RangeError, c.e.message, c.e.cause);
const buf = new ArrayBuffer(8); const v1 = new Uint8Array(buf), v2 = new Uint16Array(buf); const cc = structuredClone([v1, v2]); console.log(cc[0].buffer === cc[1].buffer);
for (const bad of [() => {}, Symbol('q'), Promise.resolve(), new WeakMap()]) { try { structuredClone(bad); } catch (e) { console.log(e.name, e.message.replace(/\s+/g, ' ')); } }
class K { constructor() { this.x = 1; } get y() { return 2; } }
console.log(structuredClone(new K()), Object.getPrototypeOf(structuredClone(new K())) === Object.prototype);
try { structuredClone(); } catch (e) { console.log(e.code); }
const ab = new ArrayBuffer(4); const t = structuredClone(ab, { transfer: [ab] }); console.log(t.byteLength, ab.byteLength);
console.log(structuredClone(Buffer.from('hi')) instanceof Buffer, structuredClone({ [Symbol.toStringTag]: 'X', q: 1 }));
