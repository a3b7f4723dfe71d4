'use strict';
// indexOf / lastIndexOf / includes: strings in every encoding, numbers,
// buffers, negative and odd offsets.
const show = (v) => (v instanceof Uint8Array ? `${v.constructor.name}[${[...v]}]` : JSON.stringify(v));
function t(label, f) {
  try { console.log(label, show(f())); } catch (e) { console.log(label, 'throws', JSON.stringify([e.name, e.code, e.message])); }
}
const b = Buffer.from('abcdef abcdef €€ zz');
const needles = ['a', 'abc', 'f a', '€', 'zz', 'zzz', '', 'q', 'def '];
const offsets = [undefined, 0, 1, 7, 8, -1, -3, -100, 100, 2.7, -2.7, NaN, null, '3', [], {}, Infinity, -Infinity, 2 ** 40];
for (const n of needles) {
  for (const o of offsets) {
    t(`indexOf ${JSON.stringify(n)} ${String(o)}`, () => [b.indexOf(n, o), b.lastIndexOf(n, o), b.includes(n, o)]);
  }
}
for (const n of [97, 98, 0x61 + 256, -159, 0, 255, 97.9, '97', 300, NaN]) {
  for (const o of [undefined, 0, 1, -1, -5, 100, -100]) {
    t(`number ${String(n)} ${String(o)}`, () => [b.indexOf(n, o), b.lastIndexOf(n, o)]);
  }
}
for (const [n, enc] of [['6263', 'hex'], ['YmM=', 'base64'], ['YmM', 'base64url'], ['bc', 'latin1'], ['bc', 'binary'], ['bc', 'ascii'], ['bc', 'utf8'], ['€', 'latin1'], ['\u00ac', 'latin1'], ['zz', 'hex'], ['', 'hex'], ['bc', 'nope']]) {
  t(`encoded ${n} ${enc}`, () => [b.indexOf(n, enc), b.indexOf(n, 3, enc), b.lastIndexOf(n, enc), b.lastIndexOf(n, -3, enc), b.includes(n, enc)]);
}
const u = Buffer.from('abcabc\u00e9\ud83d\ude00', 'ucs2');
for (const n of ['a', 'b', 'ca', 'c', '\u00e9', '\ud83d', '\ude00', '\ud83d\ude00', 'x', '']) {
  for (const o of [undefined, 0, 1, 2, 3, -2, -4, 100]) {
    t(`ucs2 ${JSON.stringify(n)} ${String(o)}`, () => [u.indexOf(n, o, 'ucs2'), u.lastIndexOf(n, o, 'utf16le'), u.includes(n, o, 'utf-16le')]);
  }
}
t('ucs2 odd haystack', () => { const o = Buffer.from([0x61, 0, 0x62, 0, 0x63]); return [o.indexOf('b', 'ucs2'), o.indexOf('c', 'ucs2'), o.lastIndexOf('a', 'ucs2')]; });
t('ucs2 buffer needle', () => { const o = Buffer.from([0, 0x61, 0, 0x61, 0]); return [o.indexOf(Buffer.from([0x61, 0]), 0, 'ucs2'), o.indexOf(Buffer.from([0x61, 0])), o.lastIndexOf(Buffer.from([0x61, 0]), undefined, 'ucs2')]; });
t('ucs2 odd haystack miss', () => Buffer.from([1, 2, 3]).indexOf(Buffer.from([9, 9]), 0, 'ucs2'));
for (const n of [Buffer.from('abc'), Buffer.from(''), new Uint8Array([0x7a]), Buffer.from('abcdef abcdef €€ zz!'), Buffer.from('€')]) {
  for (const o of [undefined, 0, 1, 8, -1, -12, 100, -100]) {
    t(`buffer ${JSON.stringify(n.toString())} ${String(o)}`, () => [b.indexOf(n, o), b.lastIndexOf(n, o), b.includes(n, o)]);
  }
}
t('empty haystack', () => [Buffer.alloc(0).indexOf('a'), Buffer.alloc(0).indexOf(''), Buffer.alloc(0).lastIndexOf(''), Buffer.alloc(0).indexOf(97), Buffer.alloc(0).indexOf(Buffer.alloc(0))]);
t('bad value object', () => b.indexOf({}));
t('bad value boolean', () => b.indexOf(true));
t('bad value u16', () => b.indexOf(new Uint16Array([97])));
t('bad encoding', () => b.indexOf('a', 0, 'nope'));
t('bad encoding buffer needle', () => b.indexOf(Buffer.from('a'), 0, 'nope'));
t('on uint8array', () => Buffer.prototype.indexOf.call(new Uint8Array([1, 2, 3]), 2));
t('on non-buffer', () => Buffer.prototype.indexOf.call([1, 2], 2));
const big = Buffer.alloc(1 << 16, 'abcdefghijklmnop');
big.write('NEEDLE', 60000);
t('big', () => [big.indexOf('NEEDLE'), big.lastIndexOf('NEEDLE'), big.indexOf('NEEDLE', 60001), big.lastIndexOf('NEEDLE', 59999), big.indexOf(0x4e), big.lastIndexOf(0x70)]);
