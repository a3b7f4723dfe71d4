'use strict';
// toString ranges, write(), swap16/32/64, toJSON, inspect, subarray/slice
// sharing memory, species (map/filter/reverse), prototype shape.
const show = (v) => (v instanceof Uint8Array ? `${v.constructor.name}[${[...v]}]` : JSON.stringify(v));
function t(label, f) {
  try { console.log(label, show(f())); } catch (e) { console.log(label, 'throws', JSON.stringify([e.name, e.code, e.message])); }
}
const B = (x) => Buffer.from(x);
const s = B('hello world');
for (const a of [[], ['utf8'], ['hex', 2], ['hex', 2, 5], [undefined, 3], ['latin1', -5, 3], ['utf8', 4, 2], ['utf8', 20], ['utf8', 0, 100],
  ['utf8', '2', '4'], ['utf8', 1.7, 4.2], ['utf8', NaN, NaN], ['utf8', null, null], ['utf8', 0, -1], ['base64', 0, 5], ['ucs2', 1, 6], ['UTF8', 0, 1]]) {
  t(`toString ${JSON.stringify(a)}`, () => s.toString(...a));
}
t('toLocaleString', () => [s.toLocaleString('hex', 0, 2), Buffer.prototype.toLocaleString === Buffer.prototype.toString]);

for (const a of [['abc'], ['abc', 2], ['abc', 2, 1], ['abc', 'hex'], ['6162', 'hex'], ['6162', 1, 'hex'], ['abc', 9], ['abc', 11], ['abc', 12], ['abc', -1],
  ['abc', 1.5], ['abc', '1'], ['abc', 0, -1], ['abc', 0, 12], ['abc', 0, 2.5], ['abc', 0, 3, 'nope'], ['abc', 0, 3, null], ['abc', 0, 3, 0], ['abc', undefined, 2],
  [5], [null, 0], ['€€€€', 9], ['😀', 8]]) {
  t(`write ${JSON.stringify(a)}`, () => { const b = B('...........'); const n = b.write(...a); return [n, b.toString('latin1')]; });
}

for (const [m, len] of [['swap16', 2], ['swap32', 4], ['swap64', 8]]) {
  for (const n of [0, len, len * 2, len * 100, len + 1, 3]) {
    t(`${m} ${n}`, () => { const b = Buffer.from(Array.from({ length: n }, (_, i) => i & 0xff)); const r = b[m](); return [r === b, n <= 16 ? [...b] : b.toString('hex', 0, 24)]; });
  }
}

t('toJSON', () => B([1, 2, 3]).toJSON());
t('toJSON empty', () => B([]).toJSON());
t('JSON.stringify', () => JSON.stringify({ b: B('hi') }));

t('inspect', () => B('hi').inspect());
t('inspect empty', () => B('').inspect());
t('inspect 50', () => Buffer.alloc(50, 1).inspect());
t('inspect 51', () => Buffer.alloc(51, 2).inspect());
t('inspect 60', () => Buffer.alloc(60, 255).inspect());
t('inspect symbol', () => Buffer.prototype[Symbol.for('nodejs.util.inspect.custom')] === Buffer.prototype.inspect);
t('inspect subclass', () => { class X extends Buffer {} return Buffer.prototype.inspect.call(Object.setPrototypeOf(B('a'), X.prototype)); });
t('INSPECT_MAX_BYTES', () => { const m = require('buffer'); m.INSPECT_MAX_BYTES = 3; const r = B('abcdef').inspect(); const r2 = B('abc').inspect(); m.INSPECT_MAX_BYTES = 50; return [r, r2]; });
t('INSPECT_MAX_BYTES 0', () => { const m = require('buffer'); m.INSPECT_MAX_BYTES = 0; const r = [B('a').inspect(), B('').inspect()]; m.INSPECT_MAX_BYTES = 50; return r; });
t('INSPECT_MAX_BYTES bad', () => { require('buffer').INSPECT_MAX_BYTES = -1; });
t('INSPECT_MAX_BYTES string', () => { require('buffer').INSPECT_MAX_BYTES = '1'; });
t('INSPECT_MAX_BYTES value', () => require('buffer').INSPECT_MAX_BYTES);

const base = B('abcdef');
for (const a of [[], [1], [1, 3], [-2], [-2, -1], [3, 1], [0, 100], [-100], [1.5, 3.9], ['1', '3'], [NaN], [undefined, 2], [null, null], [Infinity], [-Infinity, Infinity]]) {
  t(`subarray ${JSON.stringify(a)}`, () => { const x = base.subarray(...a); const y = base.slice(...a); return [x.toString(), y.toString(), x instanceof Buffer, y.byteOffset - base.byteOffset]; });
}
t('slice shares', () => { const b = B('abc'); const c = b.slice(1); c[0] = 0x7a; return [b.toString(), c.buffer === b.buffer]; });
t('subarray shares', () => { const b = B('abc'); const c = b.subarray(1, 2); c.fill(0x79); return b.toString(); });
t('subarray of subarray', () => { const b = B('abcdef'); return b.subarray(1).subarray(1, 3).toString(); });
t('uint8array subarray species', () => Uint8Array.prototype.subarray.call(B('abc'), 1) instanceof Buffer);
t('map species', () => { const m = B([1, 2, 3]).map((x) => x * 2); return [m instanceof Buffer, m.constructor === Buffer, [...m]]; });
t('filter species', () => { const m = B([1, 2, 3]).filter((x) => x > 1); return [m instanceof Buffer, [...m]]; });
t('reverse', () => { const b = B([1, 2, 3]); const r = b.reverse(); return [r === b, r instanceof Buffer, [...b]]; });
t('Uint8Array slice species', () => { const r = Uint8Array.prototype.slice.call(B([1, 2, 3]), 1); r[0] = 9; return [r instanceof Buffer, [...r]]; });
t('species getter', () => Buffer[Symbol.species].name);
t('instanceof', () => [B('a') instanceof Buffer, B('a') instanceof Uint8Array, new Uint8Array(1) instanceof Buffer]);
t('isBuffer', () => [Buffer.isBuffer(B('a')), Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer('a'), Buffer.isBuffer(null), Buffer.isBuffer({}), Buffer.isBuffer(Object.create(Buffer.prototype))]);
t('constructor', () => [B('a').constructor === Buffer, Buffer.prototype.constructor === Buffer, Object.getPrototypeOf(Buffer) === Uint8Array, Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype]);
t('parent/offset', () => { const b = B('abcdef').subarray(2); return [b.parent === b.buffer, b.offset === b.byteOffset, Buffer.prototype.parent, Object.getOwnPropertyDescriptor(Buffer.prototype, 'parent').enumerable]; });
t('proto keys', () => Object.keys(Buffer.prototype));
t('static keys', () => Object.keys(Buffer));
t('names/lengths', () => ['from', 'alloc', 'allocUnsafe', 'allocUnsafeSlow', 'isBuffer', 'compare', 'isEncoding', 'concat', 'byteLength', 'copyBytesFrom'].map((k) => `${Buffer[k].name}/${Buffer[k].length}`));
t('proto lengths', () => ['toString', 'equals', 'compare', 'indexOf', 'lastIndexOf', 'includes', 'fill', 'write', 'copy', 'toJSON', 'subarray', 'slice', 'swap16', 'hexSlice', 'hexWrite', 'inspect'].map((k) => `${k}/${Buffer.prototype[k].length}`));
t('Buffer name/length', () => [Buffer.name, Buffer.length, typeof Buffer]);
t('typeof', () => [typeof B('a'), Object.prototype.toString.call(B('a')), ArrayBuffer.isView(B('a'))]);
t('iteration', () => { const out = []; for (const x of B('ab')) out.push(x); return [out, [...B('ab').entries()], [...B('ab').keys()]]; });
t('index access', () => { const b = B('ab'); b[0] = 300; b[5] = 1; return [b[0], b[5], b.length]; });
t('subclass', () => { class MyBuf extends Buffer {} return typeof MyBuf; });

t('hexSlice direct', () => [s.hexSlice(), s.hexSlice(1, 3), s.latin1Slice(2), s.utf8Slice(0, 5), s.ucs2Slice(0, 4), s.base64Slice(0, 3), s.base64urlSlice(0, 4), s.asciiSlice(6)]);
t('slice oob', () => s.hexSlice(0, 100));
t('slice negative', () => s.hexSlice(-1));
t('slice end < start', () => s.hexSlice(5, 2));
t('hexWrite direct', () => { const b = B('....'); return [b.hexWrite('4142'), b.hexWrite('43', 3), b.latin1Write('xyz', 1, 1), b.utf8Write('€', 1), b.toString('latin1')]; });
t('write direct oob', () => B('..').utf8Write('a', 3));
t('write direct not string', () => B('..').utf8Write(1));
t('ucs2Write direct', () => { const b = B('.....'); return [b.ucs2Write('abc'), [...b]]; });
t('base64Write direct', () => { const b = B('.....'); return [b.base64Write('aGk='), b.base64urlWrite('_-_-', 2), [...b]]; });
t('asciiWrite direct', () => { const b = B('...'); return [b.asciiWrite('é€x'), [...b]]; });
