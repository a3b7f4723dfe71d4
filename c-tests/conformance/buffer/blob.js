'use strict';
// Blob and File.
const show = (v) => (v instanceof Uint8Array ? `${v.constructor.name}[${[...v]}]` : JSON.stringify(v));
function t(label, f) {
  try { console.log(label, show(f())); } catch (e) { console.log(label, 'throws', JSON.stringify([e.name, e.code, e.message])); }
}
const { Blob, File } = require('buffer');
const out = [];
const b = new Blob(['\ufeffab', new Uint8Array([99]), 'é\ud800', new Uint16Array([0x6564]).buffer, new DataView(new Uint8Array([0x66]).buffer)], { type: 'Text/Plain' });
t('size/type', () => [b.size, b.type, Object.prototype.toString.call(b), b instanceof Blob]);
t('empty', () => [new Blob().size, new Blob([]).size, new Blob(undefined).size, new Blob([], {}).type, new Blob([], null).size]);
t('nested blob', () => new Blob([new Blob(['xy']), 'z', new Blob()]).size);
t('type lowercase', () => new Blob([], { type: 'A/B;C=D' }).type);
t('type invalid char', () => [new Blob([], { type: 'a\u0100' }).type, new Blob([], { type: 'a\n' }).type, new Blob([], { type: 5 }).type]);
t('non-string parts', () => new Blob([1, null, true, { toString() { return 'o'; } }]).size);
t('endings native', () => new Blob(['a\r\nb\nc'], { endings: 'native' }).size);
t('endings transparent', () => new Blob(['a\r\nb'], { endings: 'transparent' }).size);
t('bad endings', () => new Blob([], { endings: 'x' }));
t('bad sources string', () => new Blob('abc'));
t('bad sources null', () => new Blob(null));
t('bad sources number', () => new Blob(5));
t('bad options', () => new Blob([], 5));
t('call without new', () => { try { Blob(); } catch (e) { return e.name; } });
t('iterable sources', () => new Blob(new Set(['ab', 'c'])).size);
t('slice', () => { const s = b.slice(1, -1, 'X/Y'); return [s.size, s.type, s instanceof Blob]; });
for (const a of [[], [2], [-3], [1, 3], [3, 1], [-100, 100], [0, 0], [undefined, 2], [0, 2, 'a\u0100']]) {
  t(`slice ${JSON.stringify(a)}`, () => { const s = b.slice(...a); return [s.size, s.type]; });
}
t('proto names', () => Object.getOwnPropertyNames(Blob.prototype));
t('proto keys', () => Object.keys(Blob.prototype));
t('lengths', () => [Blob.name, Blob.length, File.name, File.length]);
t('this check', () => Object.getOwnPropertyDescriptor(Blob.prototype, 'size').get.call({}));

const f = new File(['abc', new Uint8Array([100])], 'n\ud800.txt', { type: 'a/B', lastModified: 42 });
t('file', () => [f.name, f.lastModified, f.size, f.type, f instanceof Blob, f instanceof File, Object.prototype.toString.call(f)]);
t('file lastModified default', () => typeof new File([], 'x').lastModified);
t('file lastModified NaN', () => new File([], 'x', { lastModified: 'abc' }).lastModified);
t('file lastModified string', () => new File([], 'x', { lastModified: '7' }).lastModified);
t('file name coerced', () => new File([], 5).name);
t('file missing args', () => new File(['a']));
t('file no args', () => new File());
t('file proto names', () => Object.getOwnPropertyNames(File.prototype));
t('file slice is Blob', () => { const s = f.slice(1); return [s instanceof File, s instanceof Blob, s.size]; });

Promise.all([
  b.text(), b.arrayBuffer().then((a) => [a.byteLength, [...new Uint8Array(a)]]), b.bytes().then((u) => [u.constructor.name, u.length]),
  b.slice(0, 3).text(), new Blob([]).text(), f.text(), new Blob([new Uint8Array([0xef, 0xbb, 0xbf])]).text(),
  new Blob([new Uint8Array([0xff, 0x61])]).text(),
  Blob.prototype.text.call({}).catch((e) => [e.name, e.code, e.message]),
]).then((r) => {
  for (const x of r) console.log('async', JSON.stringify(x));
});
