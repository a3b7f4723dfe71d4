'use strict';
// Edge cases: constructor forms, subclasses, receivers that are plain
// Uint8Arrays, rope strings, long strings through the raw-unit paths.
const show = (v) => (v instanceof Uint8Array ? `${v.constructor.name}[${[...v]}]` : typeof v === 'bigint' ? v + 'n' : JSON.stringify(v));
function t(label, f) { try { console.log(label, show(f())); } catch (e) { console.log(label, 'throws', JSON.stringify([e.name, e.code, e.message])); } }
const { SlowBuffer } = require('buffer');
t('new SlowBuffer', () => new SlowBuffer(3));
t('class extends', () => { class X extends Buffer {} const x = new X(3); return [x.constructor.name, x instanceof X, x.length]; });
t('new Buffer(ab)', () => new Buffer(new ArrayBuffer(3)));
t('new Buffer(buf)', () => new Buffer(Buffer.from('ab')));
t('from(buf, enc ignored)', () => Buffer.from(Buffer.from('ab'), 'hex'));
t('from(arr, enc)', () => Buffer.from([1, 2], 'hex'));
t('slice on uint8array', () => Buffer.prototype.slice.call(new Uint8Array([1, 2, 3]), 1));
t('equals self subarray', () => { const b = Buffer.from('abab'); return b.subarray(0, 2).equals(b.subarray(2)); });
t('compare Uint8Array receiver', () => Buffer.prototype.compare.call(new Uint8Array([1]), Buffer.from([2])));
t('write returns', () => Buffer.alloc(3).write('\u00e9\u00e9'));
t('fill(0, -0)', () => Buffer.alloc(2).fill(1, -0));
t('readInt8(-0)', () => Buffer.from([255]).readInt8(-0));
t('writeInt8 -0 offset', () => { const b = Buffer.alloc(1); return [b.writeInt8(-1, -0), [...b]]; });
t('byteLength rope', () => Buffer.byteLength('ab'.repeat(1000) + 'é'.repeat(500)));
t('from rope', () => Buffer.from('x'.repeat(5000) + 'y'.repeat(5000), 'latin1').length);
t('latin1 rope wide', () => Buffer.from('x'.repeat(5000) + '\u0100'.repeat(100), 'latin1').subarray(4998, 5002));
t('ucs2 rope', () => Buffer.from('x'.repeat(3000) + '\ud800'.repeat(3), 'ucs2').subarray(5998));
t('toString latin1 big', () => Buffer.alloc(5000, 0xff).toString('latin1').length);
t('toString ucs2 big lone', () => { const s = Buffer.alloc(5000, 0xd8).toString('ucs2'); return [s.length, s.charCodeAt(0)]; });
t('hex of big', () => Buffer.alloc(3000, 0xab).toString('hex').slice(0, 6));
t('base64 big', () => Buffer.alloc(3000, 0xab).toString('base64').slice(-8));
t('base64url big', () => Buffer.alloc(3000, 0xfb).toString('base64url').slice(-8));
t('indexOf latin1 big', () => Buffer.alloc(10000, 'ab').indexOf('\u00e9', 0, 'latin1'));
t('isAscii big', () => [require('buffer').isAscii(Buffer.alloc(10000, 'a')), require('buffer').isAscii(Buffer.concat([Buffer.alloc(9999, 'a'), Buffer.from([0x80])]))]);
t('from utf8 with ED', () => Buffer.from('\ud800' + 'x'.repeat(300)).subarray(0, 4));
t('from utf8 D7FF', () => Buffer.from('\ud7ff'));
// Large hex/base64 inputs (another read path on some engines).
t('big hex', () => { const b = Buffer.from('ab'.repeat(40000) + 'zz' + 'cd', 'hex'); return [b.length, b[0], b[39999]]; });
t('big hex odd', () => Buffer.from('1'.repeat(70001), 'hex').length);
t('big hex wide', () => { const b = Buffer.from('\u0141'.repeat(70000), 'hex'); return [b.length, b[0]]; });
t('big base64', () => { const b = Buffer.from('aGk='.repeat(20000), 'base64'); return [b.length, b[0], b[b.length - 1]]; });
t('big base64 spaces', () => { const b = Buffer.from('aGVs bG8g'.repeat(9000), 'base64'); return [b.length, b.toString('latin1', 0, 12)]; });
t('big base64url', () => { const b = Buffer.from('_-_-'.repeat(20000), 'base64url'); return [b.length, b[0], b[1], b[2]]; });
t('big base64 wide', () => Buffer.from('YQ\u0141\u0141'.repeat(20000), 'base64').length);
t('big base64 write', () => { const b = Buffer.alloc(10); return [b.write('aGVsbG8gd29ybGQ='.repeat(5000), 'base64'), b.toString()]; });
