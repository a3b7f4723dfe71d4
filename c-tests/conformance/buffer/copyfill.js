'use strict';
// copy (overlapping, clamped, validated) and fill (every value kind, ranges, encodings).
const show = (v) => (v instanceof Uint8Array ? `${v.constructor.name}[${[...v]}]` : JSON.stringify(v));
function t(label, f) {
  try { console.log(label, show(f())); } catch (e) { console.log(label, 'throws', JSON.stringify([e.name, e.code, e.message])); }
}
const B = (x) => Buffer.from(x);
const args = [[], [0], [2], [2, 1], [2, 1, 3], [0, 0, 10], [5, 0, 10], [6], [7], [1, 4, 2], [0, 6], [0, 6, 7],
  [-1], [0, -1], [0, 7], [0, 0, -1], [1.5, 1.5, 3.5], ['1', '2', '4'], [NaN, NaN, NaN], [null, null, null], [undefined, 2],
  [0, 2 ** 53], [Infinity], [0, 0, Infinity], [{}, [], '']];
for (const a of args) {
  t(`copy ${JSON.stringify(a)}`, () => { const s = B('abcdef'); const d = B('......'); const n = s.copy(d, ...a); return [n, d.toString()]; });
}
t('copy overlap forward', () => { const b = B('abcdefgh'); return [b.copy(b, 2, 0, 5), b.toString()]; });
t('copy overlap backward', () => { const b = B('abcdefgh'); return [b.copy(b, 0, 2, 7), b.toString()]; });
t('copy overlap via subarray', () => { const b = B('abcdefgh'); return [b.subarray(1).copy(b, 0), b.toString()]; });
t('copy to uint8array', () => { const d = new Uint8Array(3); return [B('xyz').copy(d), [...d]]; });
t('copy bad target', () => B('a').copy([]));
t('copy bad target string', () => B('a').copy('abc'));
t('copy from uint8array', () => { const d = B('...'); return [Buffer.prototype.copy.call(new Uint8Array([65, 66]), d, 1), d.toString()]; });
t('copy from non-buffer', () => Buffer.prototype.copy.call([1], B('x')));

const vals = [0, 1, 255, 256, -1, 1.7, NaN, 'a', 'ab', 'abc', '', 'é', '€', '😀', '\ud800', 'zz', true, false, null, {}, [],
  B('xy'), new Uint8Array([1, 2, 3]), new Uint16Array([0x4142]), B(''), new DataView(new ArrayBuffer(2))];
for (const v of vals) {
  t(`fill ${show(v)}`, () => B('........').fill(v));
  t(`fill ${show(v)} 2 5`, () => B('........').fill(v, 2, 5));
}
for (const enc of ['utf8', 'hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'ucs2', 'utf16le', 'UTF-8', 'Hex']) {
  t(`fill enc ${enc}`, () => B('.........').fill('aGk=', enc));
  t(`fill enc ${enc} offset`, () => B('.........').fill('41€', 1, enc));
  t(`fill enc ${enc} range`, () => B('.........').fill('4142', 1, 6, enc));
}
t('fill bad enc', () => B('..').fill('a', 'nope'));
t('fill enc number', () => B('..').fill('a', 0, 1, 5));
t('fill enc null', () => B('..').fill('a', 0, 1, null));
t('fill bad hex', () => B('..').fill('zz', 'hex'));
t('fill half-bad hex', () => B('......').fill('41zz', 'hex'));
t('fill empty buffer', () => B('..').fill(B('')));
t('fill offset -1', () => B('..').fill(1, -1));
t('fill offset big', () => B('..').fill(1, 5));
t('fill end big', () => B('..').fill(1, 0, 5));
t('fill end < offset', () => B('....').fill(1, 3, 1));
t('fill offset float', () => B('..').fill(1, 0.5));
t('fill offset string number', () => B('..').fill(1, '1'));
t('fill end string', () => B('....').fill('a', 1, 'latin1'));
t('fill returns this', () => { const b = B('ab'); return b.fill(0) === b; });
t('fill uint8array via proto', () => Buffer.prototype.fill.call(new Uint8Array(3), 'ab'));
