'use strict';
// Buffer.from in all its forms, alloc/allocUnsafe/allocUnsafeSlow, of, copyBytesFrom.
const show = (v) => (v instanceof Uint8Array ? `${v.constructor.name}[${[...v]}]` : JSON.stringify(v));
function t(label, f) {
  try { console.log(label, show(f())); } catch (e) { console.log(label, 'throws', JSON.stringify([e.name, e.code, e.message])); }
}

t('array', () => Buffer.from([1, 2, 3]));
t('array wrap', () => Buffer.from([256, 257, -1, -255, 1.9, -1.9, NaN, Infinity, '7', null, undefined, true, {}, [5]]));
t('empty array', () => Buffer.from([]));
t('array-like', () => Buffer.from({ length: 3, 0: 9, 2: 7 }));
t('array-like bad length', () => Buffer.from({ length: 'x', 0: 1 }));
t('array-like negative', () => Buffer.from({ length: -2, 0: 1 }));
t('array-like fractional', () => Buffer.from({ length: 2.7, 0: 1, 1: 2, 2: 3 }));
t('object without length', () => Buffer.from({ 0: 1 }));
t('{type,data}', () => Buffer.from({ type: 'Buffer', data: [1, 2, 300] }));
t('{type,data} not array', () => Buffer.from({ type: 'Buffer', data: 'ab' }));
t('{type wrong}', () => Buffer.from({ type: 'buffer', data: [1] }));
t('JSON round trip', () => Buffer.from(JSON.parse(JSON.stringify(Buffer.from('hey')))));
t('buffer copy', () => { const a = Buffer.from('abc'); const b = Buffer.from(a); b[0] = 0x7a; return [a.toString(), b.toString()]; });
t('uint8array copy', () => { const u = new Uint8Array([1, 2]); const b = Buffer.from(u); u[0] = 9; return b; });
t('uint16array', () => Buffer.from(new Uint16Array([1, 256, 0xffff])));
t('float64array', () => Buffer.from(new Float64Array([1.5, -1, 300])));
t('int8array', () => Buffer.from(new Int8Array([-1, -128, 127])));
t('dataview', () => Buffer.from(new DataView(new ArrayBuffer(2))));
t('subarray source', () => Buffer.from(Buffer.from('abcdef').subarray(2, 4)));

const ab = new ArrayBuffer(8);
const view = Buffer.from(ab);
t('arraybuffer shares', () => { new Uint8Array(ab)[0] = 42; return [view[0], view.length, view.buffer === ab, view.byteOffset]; });
t('arraybuffer offset', () => { const b = Buffer.from(ab, 2); new Uint8Array(ab)[2] = 7; return [b.length, b[0], b.byteOffset]; });
t('arraybuffer offset+length', () => { const b = Buffer.from(ab, 1, 3); return [b.length, b.byteOffset, b.buffer === ab]; });
t('arraybuffer offset string', () => Buffer.from(ab, '6').length);
t('arraybuffer offset NaN', () => Buffer.from(ab, NaN).length);
t('arraybuffer length 0', () => Buffer.from(ab, 0, 0).length);
t('arraybuffer length negative', () => Buffer.from(ab, 0, -5).length);
t('arraybuffer length string', () => Buffer.from(ab, 0, '3').length);
t('arraybuffer offset too big', () => Buffer.from(ab, 9));
t('arraybuffer offset == len', () => Buffer.from(ab, 8).length);
t('arraybuffer length too big', () => Buffer.from(ab, 4, 5));
t('arraybuffer length exact', () => Buffer.from(ab, 4, 4).length);
t('shared array buffer', () => { const s = new SharedArrayBuffer(4); const b = Buffer.from(s); new Uint8Array(s)[1] = 5; return b; });

t('valueOf string', () => Buffer.from({ valueOf() { return 'hey'; } }));
t('valueOf string with enc', () => Buffer.from({ valueOf() { return '6869'; } }, 'hex'));
t('valueOf buffer', () => Buffer.from({ valueOf() { return Buffer.from([5, 6]); } }));
t('valueOf number', () => Buffer.from({ valueOf() { return 5; } }));
t('new String', () => Buffer.from(new String('str')));
t('toPrimitive', () => Buffer.from({ [Symbol.toPrimitive](hint) { return 'prim:' + hint; } }));
t('toPrimitive hex', () => Buffer.from({ [Symbol.toPrimitive]() { return 'ff00'; } }, 'hex'));
t('toPrimitive non-string', () => Buffer.from({ [Symbol.toPrimitive]() { return 5; } }));
t('number', () => Buffer.from(5));
t('null', () => Buffer.from(null));
t('undefined', () => Buffer.from());
t('boolean', () => Buffer.from(true));
t('symbol', () => Buffer.from(Symbol('s')));
t('function', () => Buffer.from(function f() {}));
t('bigint', () => Buffer.from(5n));
t('class instance', () => Buffer.from(new (class Foo {})()));
t('empty string', () => Buffer.from(''));
t('empty string hex', () => Buffer.from('', 'hex'));

t('of', () => Buffer.of(1, 2, 300, -1, 'x', 2.5));
t('of empty', () => Buffer.of());
t('of is Buffer', () => Buffer.of(1) instanceof Buffer);

t('copyBytesFrom u8', () => Buffer.copyBytesFrom(new Uint8Array([1, 2, 3])));
t('copyBytesFrom u16', () => Buffer.copyBytesFrom(new Uint16Array([1, 0x203]), 1));
t('copyBytesFrom offset length', () => Buffer.copyBytesFrom(new Uint8Array([1, 2, 3, 4]), 1, 2));
t('copyBytesFrom offset past', () => Buffer.copyBytesFrom(new Uint8Array([1, 2]), 5));
t('copyBytesFrom length past', () => Buffer.copyBytesFrom(new Uint8Array([1, 2, 3]), 1, 10));
t('copyBytesFrom empty', () => Buffer.copyBytesFrom(new Uint8Array(0)));
t('copyBytesFrom not typed', () => Buffer.copyBytesFrom([1, 2]));
t('copyBytesFrom bad offset', () => Buffer.copyBytesFrom(new Uint8Array(2), -1));
t('copyBytesFrom bad length', () => Buffer.copyBytesFrom(new Uint8Array(2), 0, 1.5));
t('copyBytesFrom copies', () => { const u = new Uint8Array([1]); const b = Buffer.copyBytesFrom(u); u[0] = 2; return b; });

for (const [name, f] of [['alloc', Buffer.alloc], ['allocUnsafe', Buffer.allocUnsafe], ['allocUnsafeSlow', Buffer.allocUnsafeSlow]]) {
  for (const size of [0, 1, 5, 1.5, 0.5, -1, NaN, Infinity, 2 ** 32 + 1, '5', null, undefined, {}]) {
    t(`${name}(${String(size)})`, () => { const b = f(size); return [b.length, b instanceof Buffer]; });
  }
}
t('alloc fill number', () => Buffer.alloc(4, 257));
t('alloc fill 0', () => Buffer.alloc(3, 0));
t('alloc fill string', () => Buffer.alloc(5, 'abc'));
t('alloc fill hex', () => Buffer.alloc(5, 'a1b2', 'hex'));
t('alloc fill base64', () => Buffer.alloc(7, 'aGk=', 'base64'));
t('alloc fill ucs2', () => Buffer.alloc(5, 'ab', 'ucs2'));
t('alloc fill latin1', () => Buffer.alloc(3, 'é', 'latin1'));
t('alloc fill utf8 multi', () => Buffer.alloc(5, 'é'));
t('alloc fill buffer', () => Buffer.alloc(5, Buffer.from([1, 2])));
t('alloc fill u16', () => Buffer.alloc(5, new Uint16Array([0x102])));
t('alloc fill empty string', () => Buffer.alloc(3, ''));
t('alloc fill bad hex', () => Buffer.alloc(3, 'zz', 'hex'));
t('alloc fill empty buffer', () => Buffer.alloc(3, Buffer.alloc(0)));
t('alloc fill unknown enc', () => Buffer.alloc(3, 'a', 'nope'));
t('alloc fill enc number', () => Buffer.alloc(3, 'a', 5));
t('alloc fill boolean', () => Buffer.alloc(3, true));
t('alloc fill object', () => Buffer.alloc(3, { valueOf() { return 65; } }));
t('alloc fill on 0 size', () => Buffer.alloc(0, 'abc'));
t('zeroed', () => Buffer.allocUnsafe(10).fill(0).every((x) => x === 0));
t('poolSize', () => Buffer.poolSize);
t('SlowBuffer', () => { const { SlowBuffer } = require('buffer'); const s = SlowBuffer(3); return [s.length, s instanceof Buffer, s instanceof Uint8Array]; });
t('SlowBuffer bad', () => require('buffer').SlowBuffer(-1));
t('Buffer(3)', () => Buffer(3));
t('new Buffer(3)', () => new Buffer(3));
t('Buffer(str)', () => Buffer('abc'));
t('Buffer(str, enc)', () => new Buffer('6162', 'hex'));
t('Buffer(num, str)', () => Buffer(3, 'hex'));
t('Buffer(ab, off, len)', () => Buffer(new ArrayBuffer(4), 1, 2).length);
t('Buffer(-1)', () => Buffer(-1));
