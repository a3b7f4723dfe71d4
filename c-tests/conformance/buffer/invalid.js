'use strict';
// Node's exact handling of invalid input in every decoder.
const show = (v) => (v instanceof Uint8Array ? `${v.constructor.name}[${[...v]}]` : JSON.stringify(v));
function t(label, f) {
  try { console.log(label, show(f())); } catch (e) { console.log(label, 'throws', JSON.stringify([e.name, e.code, e.message])); }
}

// hex: decoding stops at the first bad pair; an odd last digit is dropped.
for (const s of ['abc', 'ab', 'a', '', 'zz', 'abzz', 'abzzcd', 'ab cd', '0x12', 'GG', 'fF', 'aBcD', '1234567', 'ab\u00e9', '\u0141\u0142', 'ab\ud800', '12 ']) {
  t(`hex ${JSON.stringify(s)}`, () => Buffer.from(s, 'hex'));
}
t('hex write odd', () => { const b = Buffer.alloc(4); return [b.write('abc', 'hex'), [...b]]; });
t('hex write bad', () => { const b = Buffer.alloc(4, 1); return [b.write('0102zz04', 'hex'), [...b]]; });
t('hex write into small', () => { const b = Buffer.alloc(2); return [b.write('01020304', 'hex'), [...b]]; });

// base64: whitespace, missing padding, url alphabet, garbage, early '='.
const b64 = [
  'aGVsbG8=', 'aGVsbG8', 'aGVsbG8==', 'aGVs bG8=', ' aGVsbG8= ', 'aGVs\nbG8=', 'aGVs\tbG8', 'aGV\rsbG8',
  'a', 'aG', 'aGV', 'aGVs', '=', '==', '===', 'a=', 'aG=', 'aG==', 'aGV=', 'aG=V', 'a=GV',
  'aGVsbG8=aGVsbG8=', 'aGVs=bG8', '-_-_', '+/+/', '-_+/', 'aGVsbG8_', 'a\u00e9b', '@@@@', '!aGk',
  'YQ\u0141', 'YWJj\ud800', 'Zm9vYmFy', 'Zm9vYmE', 'Zm9vYg', 'Zm9vYg=', 'Zm9v YmFy', 'Zm 9v Ym Fy',
  'YR==', 'YQ', 'YWI', 'YWJj', '////', '____', 'AAAA', 'AA==', 'A', 'AB', 'ABC',
  'aGVsbG8gd29ybGQgdGhpcyBpcyBhIGxvbmdlciBzdHJpbmcgdG8gdGVzdCB0aGUgZmFzdCBwYXRoIQ==',
  'aGVsbG8gd29ybGQgdGhpcyBpcyBhIGxvbmdlciBzdHJpbmcgdG8gdGVzdCB0aGUgZmFzdCBwYXRoIQ',
  'aGVsbG8gd29ybGQgdGhpcyBpcyBhIGxvbmdlciBzdHJpbmcgdG8gd-VzdCB0aGUgZmFzdCBwYXRoIQ==',
  'aGVsbG8gd29ybGQgdGhpcyBpcyBhIGxvbmdlciBzdHJpbmcgdG8gdGVzdCB0aGUgZmFzdCBwYXRoIQ==aGk=',
  'aGVsbG8gd29ybGQgdGhpcyBpcyBhIGxvbmdlciBzdHJpbmcgdG8gdGVzdCB0aGUgZmFzdCBw YXRoIQ==',
];
for (const s of b64) {
  t(`base64 ${JSON.stringify(s)}`, () => Buffer.from(s, 'base64'));
  t(`base64url ${JSON.stringify(s)}`, () => Buffer.from(s, 'base64url'));
}
t('base64 write small', () => { const b = Buffer.alloc(2); return [b.write('aGVsbG8=', 'base64'), [...b]]; });
t('base64 write whitespace', () => { const b = Buffer.alloc(8); return [b.write(' a G k = ', 'base64'), [...b]]; });

// UTF-8 decoding: each maximal invalid subpart becomes one U+FFFD.
const utf8 = [
  [0x80], [0xbf], [0xc0], [0xc1, 0x80], [0xc2], [0xc2, 0x41], [0xc2, 0x80], [0xdf, 0xbf],
  [0xe0, 0x80, 0x80], [0xe0, 0xa0], [0xe0, 0xa0, 0x80], [0xe2, 0x82], [0xe2, 0x82, 0x41], [0xe2, 0x28, 0xa1],
  [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0xed, 0x9f, 0xbf], [0xef, 0xbf, 0xbd], [0xef, 0xbb, 0xbf, 0x61],
  [0xf0, 0x80, 0x80, 0x80], [0xf0, 0x90, 0x80, 0x80], [0xf0, 0x9f, 0x98], [0xf0, 0x9f, 0x98, 0x41],
  [0xf4, 0x8f, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0xfc], [0xfe], [0xff], [0x61, 0xff, 0x62], [0xc3, 0xa9, 0xe9, 0x61], [0xe1, 0x80, 0xe1, 0x80, 0x80],
  [0xf1, 0x80, 0x80], [0xf1, 0x80, 0x80, 0xe1, 0x80, 0xc2], [0xc0, 0xaf, 0xe0, 0x80, 0xbf, 0xf0, 0x81, 0x82, 0x41],
];
for (const bytes of utf8) {
  t(`utf8 [${bytes.map((x) => x.toString(16))}]`, () => Buffer.from(bytes).toString('utf8'));
}
// Lone surrogates encode as EF BF BD.
for (const s of ['\ud800', '\udbff', '\udc00', '\udfff', 'a\ud800', '\ud800a', '\ud800\ud800', '\udc00\ud800', '\ud83d\ude00', '\ude00\ud83d']) {
  t(`utf8 of ${JSON.stringify(s)}`, () => Buffer.from(s));
  t(`utf8 len ${JSON.stringify(s)}`, () => Buffer.byteLength(s));
  t(`ucs2 of ${JSON.stringify(s)}`, () => Buffer.from(s, 'ucs2'));
  t(`latin1 of ${JSON.stringify(s)}`, () => Buffer.from(s, 'latin1'));
}
// UCS-2 decoding keeps lone surrogates; an odd trailing byte is ignored.
t('ucs2 odd', () => Buffer.from([0x61, 0x00, 0x62]).toString('ucs2'));
t('ucs2 lone', () => Buffer.from([0x00, 0xd8, 0x61, 0x00]).toString('ucs2'));
t('ucs2 pair', () => Buffer.from([0x3d, 0xd8, 0x00, 0xde]).toString('ucs2'));
t('ucs2 reversed pair', () => Buffer.from([0x00, 0xde, 0x3d, 0xd8]).toString('ucs2'));
t('ucs2 one byte', () => Buffer.from([0x61]).toString('utf16le'));
t('ascii high bits', () => Buffer.from([0x80, 0xff, 0xc3, 0xa9, 0x41]).toString('ascii'));
t('latin1 high', () => Buffer.from([0x80, 0xff, 0xc3, 0xa9]).toString('latin1'));
t('latin1 from wide', () => Buffer.from('\u0100\u01ff\u4e2d\uffff', 'latin1'));
t('ascii from wide', () => Buffer.from('\u0100é\u4e2d', 'ascii'));
