'use strict';
// Every encoding both ways: Buffer.from(string, enc), buf.toString(enc),
// Buffer.byteLength, buf.write, with case-insensitive names.
const show = (v) => (v instanceof Uint8Array ? `${v.constructor.name}[${[...v]}]` : JSON.stringify(v));
function t(label, f) {
  try { console.log(label, show(f())); } catch (e) { console.log(label, 'throws', JSON.stringify([e.name, e.code, e.message])); }
}

const encodings = ['utf8', 'utf-8', 'hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le'];
const spellings = ['UTF8', 'Utf-8', 'HEX', 'Base64', 'BASE64URL', 'Latin1', 'BINARY', 'ASCII', 'UCS2', 'UCS-2', 'UTF16LE', 'UTF-16LE', 'uTf16Le'];

const byteSets = [
  [],
  [0],
  [104, 105],
  [0, 1, 2, 127, 128, 129, 254, 255],
  [0xe2, 0x82, 0xac],
  [0xf0, 0x9f, 0x98, 0x80],
  [0xff, 0xfe, 0xfd],
  [0x61],
  [0x61, 0x62],
  [0x61, 0x62, 0x63],
  [0x61, 0x62, 0x63, 0x64],
  [0xfb, 0xff, 0xbf],
  [0x3e, 0x3f, 0xfa, 0xfb],
  Array.from({ length: 70 }, (_, i) => (i * 37) & 0xff),
  Array.from({ length: 256 }, (_, i) => i),
];

for (const bytes of byteSets) {
  const b = Buffer.from(bytes);
  for (const enc of encodings) {
    t(`toString(${enc}) of [${bytes.length > 12 ? bytes.length + ' bytes' : bytes}]`, () => b.toString(enc));
  }
}

for (const enc of spellings) {
  t(`spelling ${enc}`, () => Buffer.from('aGk=', enc).toString(enc));
  t(`isEncoding ${enc}`, () => Buffer.isEncoding(enc));
}
for (const enc of ['', 'utf9', 'latin-1', 'base-64', 'hex ', ' hex', 'utf16', 'utf-16', 'ucs', null, undefined, 0, 'buffer', 'raw', 'raws', 'UTF8\0']) {
  t(`isEncoding ${JSON.stringify(enc)}`, () => Buffer.isEncoding(enc));
}

const strings = [
  '', 'a', 'hi', 'hello world', 'héllo', '€', '😀', 'a😀b', '日本語', '\u0000\u0001\u007f',
  '\u0080\u00ff\u0100', 'ab\ud800cd', '\udc00', '\ud800', '\ud83d\ude00\ud83d', 'x'.repeat(100),
  'aGVsbG8gd29ybGQ=', 'aGVsbG8gd29ybGQ', '68656c6c6f', 'DEADbeef', '-_-_', '+/+/',
];
for (const s of strings) {
  for (const enc of encodings) {
    t(`from(${JSON.stringify(s.length > 20 ? s.slice(0, 20) + '…' : s)}, ${enc})`, () => Buffer.from(s, enc));
    t(`byteLength(${JSON.stringify(s.length > 20 ? s.slice(0, 20) + '…' : s)}, ${enc})`, () => Buffer.byteLength(s, enc));
  }
}

// Round trips of random-ish data through every encoding that can hold bytes.
let seed = 12345;
const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 8) & 0xff;
for (const n of [1, 2, 3, 4, 5, 31, 32, 33, 63, 64, 65, 100, 1000, 4097]) {
  const b = Buffer.from(Array.from({ length: n }, rnd));
  for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'binary']) {
    const s = b.toString(enc);
    console.log(`roundtrip ${n} ${enc}`, Buffer.from(s, enc).equals(b), s.length);
  }
  const even = b.subarray(0, n & ~1);
  console.log(`roundtrip ${n} ucs2`, Buffer.from(even.toString('ucs2'), 'ucs2').length, even.length);
}

// Writing with every encoding at offsets and lengths.
for (const enc of encodings) {
  const b = Buffer.alloc(10, 0x2e);
  t(`write ${enc}`, () => [b.write('aGk=', 2, enc), b.toString('latin1')]);
  t(`write ${enc} len 3`, () => [b.write('68656c6c6f', 1, 3, enc), b.toString('latin1')]);
  t(`write ${enc} enc as 2nd`, () => [Buffer.alloc(4).write('€€', enc), Buffer.alloc(4).write('aGk=', enc)]);
}
t('write partial utf8 char', () => { const b = Buffer.alloc(4); return [b.write('a€'), b.write('ab€', 1), b.write('😀', 1), [...b]]; });
t('write partial ucs2', () => { const b = Buffer.alloc(5); return [b.write('abc', 'ucs2'), [...b]]; });
t('write surrogate pair ucs2 cut', () => { const b = Buffer.alloc(2); return [b.write('😀', 'ucs2'), [...b]]; });
t('write latin1 pair cut', () => { const b = Buffer.alloc(1); return [b.write('😀', 'latin1'), [...b]]; });
t('write lone surrogates utf8', () => { const b = Buffer.alloc(12); return [b.write('\ud800x\udfff'), [...b]]; });
t('toString default', () => Buffer.from([0xe2, 0x82, 0xac, 0x61]).toString());
t('toString undefined enc', () => Buffer.from('abc').toString(undefined));
t('toString unknown', () => Buffer.from('abc').toString('nope'));
t('toString null', () => Buffer.from('abc').toString(null));
t('toString number enc', () => Buffer.from('abc').toString(5));
t('from unknown enc', () => Buffer.from('abc', 'nope'));
t('from number enc ignored', () => Buffer.from('abc', 5));
t('from empty enc', () => Buffer.from('abc', ''));
t('from null enc', () => Buffer.from('abc', null));
t('byteLength unknown enc', () => Buffer.byteLength('abc€', 'nope'));
t('byteLength no enc', () => Buffer.byteLength('abc€'));
t('byteLength buffer', () => Buffer.byteLength(Buffer.alloc(7)));
t('byteLength arraybuffer', () => Buffer.byteLength(new ArrayBuffer(9)));
t('byteLength u16', () => Buffer.byteLength(new Uint16Array(3)));
t('byteLength dataview', () => Buffer.byteLength(new DataView(new ArrayBuffer(5))));
t('byteLength number', () => Buffer.byteLength(5));
t('byteLength object', () => Buffer.byteLength({}));
t('byteLength base64 padding', () => [Buffer.byteLength('aGk=', 'base64'), Buffer.byteLength('aGk==', 'base64'), Buffer.byteLength('=', 'base64'), Buffer.byteLength('==', 'base64'), Buffer.byteLength('a', 'base64')]);
