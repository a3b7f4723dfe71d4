'use strict';
// concat, compare (static and with ranges), equals.
const show = (v) => (v instanceof Uint8Array ? `${v.constructor.name}[${[...v]}]` : JSON.stringify(v));
function t(label, f) {
  try { console.log(label, show(f())); } catch (e) { console.log(label, 'throws', JSON.stringify([e.name, e.code, e.message])); }
}
const B = (x) => Buffer.from(x);
t('concat', () => Buffer.concat([B('ab'), B('c'), B(''), B('def')]));
t('concat empty list', () => Buffer.concat([]));
t('concat one', () => { const a = B('x'); const c = Buffer.concat([a]); c[0] = 0x79; return [a.toString(), c.toString()]; });
t('concat length smaller', () => Buffer.concat([B('abc'), B('def')], 4));
t('concat length bigger', () => Buffer.concat([B('abc'), B('def')], 9));
t('concat length 0', () => Buffer.concat([B('abc')], 0));
t('concat uint8array', () => Buffer.concat([new Uint8Array([1, 2]), B([3])]));
t('concat not array', () => Buffer.concat('abc'));
t('concat bad item', () => Buffer.concat([B('a'), 'b']));
t('concat bad item with length', () => Buffer.concat([B('a'), [1]], 3));
t('concat number item', () => Buffer.concat([1]));
t('concat null item', () => Buffer.concat([null]));
t('concat u16 item', () => Buffer.concat([new Uint16Array(2)]));
t('concat bad length', () => Buffer.concat([B('a')], -1));
t('concat length string', () => Buffer.concat([B('a')], '1'));
t('concat length float', () => Buffer.concat([B('a')], 1.5));
t('concat many', () => Buffer.concat(Array.from({ length: 300 }, (_, i) => B([i & 0xff]))).length);
t('concat is Buffer', () => Buffer.concat([new Uint8Array(1)]) instanceof Buffer);

const pairs = [['', ''], ['a', ''], ['', 'a'], ['a', 'a'], ['a', 'b'], ['b', 'a'], ['ab', 'a'], ['a', 'ab'], ['abc', 'abd'], ['\xff', '\x00']];
for (const [x, y] of pairs) {
  t(`compare ${JSON.stringify(x)} ${JSON.stringify(y)}`, () => [Buffer.compare(B(x), B(y)), B(x).compare(B(y)), B(x).equals(B(y))]);
}
t('compare same object', () => { const a = B('q'); return [Buffer.compare(a, a), a.equals(a)]; });
t('compare uint8array', () => Buffer.compare(new Uint8Array([1]), new Uint8Array([2])));
t('compare bad 1', () => Buffer.compare('a', B('a')));
t('compare bad 2', () => Buffer.compare(B('a'), [1]));
t('equals bad', () => B('a').equals('a'));
t('equals uint8array', () => B('a').equals(new Uint8Array([97])));
t('equals u16', () => B('a').equals(new Uint16Array([97])));

const src = B('abcdef');
const tgt = B('xxcdeyy');
const ranges = [
  [], [2], [2, 5], [2, 5, 2], [2, 5, 2, 5], [0, 7, 0, 6], [2, 4, 2, 4], [0, 0], [0, 0, 0, 0], [5, 2], [0, 7, 3, 3],
  [undefined, undefined, 2, 4], [7], [1, 1, 1, 2], [2, 5, 2, 6], [0, 1, 0, 1],
];
for (const r of ranges) t(`compare ranges ${JSON.stringify(r)}`, () => src.compare(tgt, ...r));
for (const r of [[-1], [0, -1], [0, 8], [0, 1, -1], [0, 1, 0, 7], [1.5], ['1'], [0, 1, 0, null], [2 ** 32 + 1], [10, 20]]) {
  t(`compare bad ranges ${JSON.stringify(r)}`, () => src.compare(tgt, ...r));
}
t('compare bad target', () => src.compare('abc'));
