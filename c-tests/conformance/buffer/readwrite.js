'use strict';
// Every read*/write* method (LE/BE, 8..48-bit ints, float, double, BigInt,
// the Uint aliases), their return values and Node's validation errors.
const show = (v) => (v instanceof Uint8Array ? `${v.constructor.name}[${[...v]}]` : typeof v === 'bigint' ? `${v}n` : JSON.stringify(v));
function t(label, f) {
  try { console.log(label, show(f())); } catch (e) { console.log(label, 'throws', JSON.stringify([e.name, e.code, e.message])); }
}
const src = Buffer.from([0x01, 0x82, 0xf3, 0x44, 0xa5, 0x06, 0xe7, 0x78, 0x99, 0xff, 0x00, 0x80]);
const fixed = ['UInt8', 'Int8', 'UInt16LE', 'UInt16BE', 'Int16LE', 'Int16BE', 'UInt32LE', 'UInt32BE', 'Int32LE', 'Int32BE',
  'FloatLE', 'FloatBE', 'DoubleLE', 'DoubleBE', 'BigUInt64LE', 'BigUInt64BE', 'BigInt64LE', 'BigInt64BE',
  'Uint8', 'Uint16LE', 'Uint16BE', 'Uint32LE', 'Uint32BE', 'BigUint64LE', 'BigUint64BE'];
for (const m of fixed) {
  for (const off of [undefined, 0, 1, 3, 4]) t(`read${m}(${off})`, () => src['read' + m](off));
  for (const off of [-1, 12, 11, 1.5, '1', NaN, Infinity, -Infinity, null, {}, 2 ** 53, -0, 5e20]) t(`read${m}(${String(off)})`, () => src['read' + m](off));
}
for (const m of ['UIntLE', 'UIntBE', 'IntLE', 'IntBE', 'UintLE', 'UintBE']) {
  for (const bl of [1, 2, 3, 4, 5, 6]) {
    for (const off of [0, 1, 6]) t(`read${m}(${off}, ${bl})`, () => src['read' + m](off, bl));
  }
  for (const [off, bl] of [[0, 0], [0, 7], [0, 1.5], [0, '2'], [0, undefined], [undefined, 2], [-1, 2], [11, 2], [0, NaN], [0, Infinity], [0, null], [1.5, 2]]) {
    t(`read${m}(${String(off)}, ${String(bl)})`, () => src['read' + m](off, bl));
  }
}
t('read on short buffer', () => Buffer.alloc(2).readUInt32LE());
t('read on empty', () => Buffer.alloc(0).readUInt8());
t('readInt on short var', () => Buffer.alloc(2).readIntBE(0, 3));

const writes = [
  ['UInt8', [0, 255, 256, -1, 1.9, NaN, '7', 300.5, -0.5]],
  ['Int8', [0, 127, -128, 128, -129, -1.9]],
  ['UInt16LE', [0x1234, 65535, 65536, -1]], ['UInt16BE', [0x1234, 2.5]],
  ['Int16LE', [-2, 32767, -32768, 32768]], ['Int16BE', [-2, -32769]],
  ['UInt32LE', [0xdeadbeef, 2 ** 32, 2 ** 32 - 1, -1]], ['UInt32BE', [1]],
  ['Int32LE', [-1, 2 ** 31, -(2 ** 31), 2 ** 31 - 1]], ['Int32BE', [-123456789]],
  ['FloatLE', [1.5, -0, NaN, Infinity, 1e40, 3.4028235e38, 1.1]], ['FloatBE', [1.5, '2.5', {}]],
  ['DoubleLE', [Math.PI, -0, NaN, -Infinity, 5e-324]], ['DoubleBE', [1e300]],
  ['BigUInt64LE', [0n, 1n, 2n ** 64n - 1n, 2n ** 64n, -1n, 5, 2 ** 70, 'x']], ['BigUInt64BE', [0x0102030405060708n]],
  ['BigInt64LE', [-1n, 2n ** 63n - 1n, -(2n ** 63n), 2n ** 63n, -(2n ** 63n) - 1n, 3n ** 50n]], ['BigInt64BE', [-2n]],
  ['Uint8', [5]], ['Uint16LE', [5]], ['Uint32BE', [5]], ['BigUint64LE', [5n]],
];
for (const [m, values] of writes) {
  for (const v of values) {
    t(`write${m}(${show(v)})`, () => { const b = Buffer.alloc(10); const r = b['write' + m](v, 1); return [r, [...b]]; });
  }
  for (const off of [undefined, -1, 9, 1.5, '1', NaN, 10, Infinity]) {
    t(`write${m} offset ${String(off)}`, () => { const b = Buffer.alloc(10); const r = b['write' + m](m.startsWith('Big') ? 1n : 1, off); return [r, [...b]]; });
  }
}
for (const m of ['UIntLE', 'UIntBE', 'IntLE', 'IntBE', 'UintLE', 'UintBE']) {
  for (const bl of [1, 2, 3, 4, 5, 6]) {
    for (const v of [1, -1, 0x123456789a, 2 ** (8 * bl - 1), -(2 ** (8 * bl - 1)), 2 ** (8 * bl), 1.5, -1.5]) {
      t(`write${m}(${v}, 1, ${bl})`, () => { const b = Buffer.alloc(8); const r = b['write' + m](v, 1, bl); return [r, [...b]]; });
    }
  }
  for (const [off, bl] of [[0, 0], [0, 7], [undefined, 2], [3, 6], [0, '2'], [-1, 1], [8, 1], [0, undefined]]) {
    t(`write${m} args ${String(off)} ${String(bl)}`, () => Buffer.alloc(8)['write' + m](1, off, bl));
  }
}
t('write value checked before offset', () => Buffer.alloc(4).writeUInt16LE(70000, -1));
t('write8 offset checked before value', () => Buffer.alloc(4).writeUInt8(300, '1'));
t('write bigint offset', () => Buffer.alloc(4).writeBigInt64LE(1n));
t('write short buffer', () => Buffer.alloc(2).writeUInt32BE(1));
t('float round trip', () => { const b = Buffer.alloc(4); b.writeFloatLE(0.1); return b.readFloatLE(); });
t('double round trip', () => { const b = Buffer.alloc(8); b.writeDoubleBE(0.1); return b.readDoubleBE(); });
t('int48 extremes', () => { const b = Buffer.alloc(6); b.writeIntLE(-(2 ** 47), 0, 6); const x = b.readIntLE(0, 6); b.writeUIntBE(2 ** 48 - 1, 0, 6); return [x, b.readUIntBE(0, 6), b.readIntBE(0, 6)]; });
t('method names', () => [Buffer.prototype.readUint8.name, Buffer.prototype.writeUint32LE.name, Buffer.prototype.readFloatLE.name, Buffer.prototype.readBigUint64LE === Buffer.prototype.readBigUInt64LE]);
t('method lengths', () => ['readUInt8', 'readUIntLE', 'writeUInt8', 'writeUIntBE', 'readBigInt64LE', 'writeBigInt64LE', 'writeDoubleLE'].map((m) => Buffer.prototype[m].length));
t('read on uint8array', () => Buffer.prototype.readUInt16BE.call(new Uint8Array([1, 2])));
