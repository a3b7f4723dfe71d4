'use strict';
// The node:buffer module object: exports, constants, atob/btoa, isUtf8/isAscii, transcode.
const show = (v) => (v instanceof Uint8Array ? `${v.constructor.name}[${[...v]}]` : JSON.stringify(v));
function t(label, f) {
  try { console.log(label, show(f())); } catch (e) { console.log(label, 'throws', JSON.stringify([e.name, e.code, e.message])); }
}
const buffer = require('buffer');
t('keys', () => Object.keys(buffer));
t('same module', () => [require('node:buffer') === buffer, buffer.Buffer === Buffer, typeof globalThis.Buffer]);
// kStringMaxLength is the engine's string limit (V8: 2 ** 29 - 24; QuickJS: 2 ** 30 - 1): see string_limit.js.
t('kMaxLength', () => [buffer.kMaxLength, Number.isSafeInteger(buffer.kStringMaxLength), buffer.constants.MAX_LENGTH === buffer.kMaxLength, buffer.constants.MAX_STRING_LENGTH === buffer.kStringMaxLength]);
t('constants keys', () => Object.keys(buffer.constants));
t('constants frozen-ish', () => { 'use strict'; try { buffer.constants.MAX_LENGTH = 1; } catch (e) { return e.name; } return 'no throw'; });
t('constants descriptor', () => { const d = Object.getOwnPropertyDescriptor(buffer, 'constants'); return [d.enumerable, d.configurable, d.writable]; });
t('INSPECT_MAX_BYTES descriptor', () => { const d = Object.getOwnPropertyDescriptor(buffer, 'INSPECT_MAX_BYTES'); return [d.enumerable, d.configurable, typeof d.get, typeof d.set]; });
t('types', () => Object.keys(buffer).map((k) => `${k}:${typeof buffer[k]}`));

for (const s of ['', 'a', 'ab', 'abc', 'hello', '\u00ff\u00fe', '\u0000', 'é']) t(`btoa ${JSON.stringify(s)}`, () => buffer.btoa(s));
for (const v of ['€', '\u0100', '😀', 123, null, undefined, true, {}, [1, 2]]) t(`btoa ${String(v)}`, () => buffer.btoa(v));
t('btoa no args', () => buffer.btoa());
const atobCases = ['', 'YQ==', 'YQ', 'YWI=', 'YWJj', 'Y W J j', ' YWJj\n', 'YWJj\t\f\r', 'Y', 'YQ=', 'YQ===', 'YR==', '=', 'YW=J', 'YWJj=',
  '-_', 'YW-j', '////', 'AAAA', '@', 'YQ==YQ==', 'é', '\u00ffYQ', 'Zm9vYmFy', 'Zm9vYmF', 'Zm9vYg', undefined, null, 123, 'YWJ\u0000'];
for (const s of atobCases) t(`atob ${JSON.stringify(s)}`, () => buffer.atob(s));
t('atob no args', () => buffer.atob());
t('atob error class', () => { try { buffer.atob('#'); } catch (e) { return [e.name, e.code, e.message, e instanceof Error]; } });

for (const v of [Buffer.from('abc'), Buffer.from([0xc3, 0xa9]), Buffer.from([0xc3]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xf4, 0x90, 0x80, 0x80]),
  Buffer.from([0x80]), new Uint8Array(0), new Uint16Array([0x41]), new ArrayBuffer(3), new Uint8Array([0xff]).buffer, Buffer.from('aé')]) {
  t(`isUtf8/isAscii ${show(v)}`, () => [buffer.isUtf8(v), buffer.isAscii(v)]);
}
for (const v of ['abc', [1], null, undefined, new DataView(new ArrayBuffer(1)), 5]) {
  t(`isUtf8 bad ${String(v)}`, () => buffer.isUtf8(v));
  t(`isAscii bad ${String(v)}`, () => buffer.isAscii(v));
}

const tc = buffer.transcode;
const sources = [Buffer.from('hé€😀'), Buffer.from('abc'), Buffer.from([0xff, 0x41]), Buffer.from('a\u00e9', 'latin1'), Buffer.from('h€', 'ucs2'), Buffer.from([0x41, 0x00, 0x00, 0xd8])];
const encs = ['utf8', 'ucs2', 'utf16le', 'latin1', 'binary', 'ascii'];
for (const src of sources) {
  for (const from of encs) {
    for (const to of encs) {
      t(`transcode [${[...src]}] ${from}->${to}`, () => tc(src, from, to));
    }
  }
}
for (const [from, to] of [['hex', 'utf8'], ['utf8', 'base64'], ['nope', 'utf8'], ['utf8', 'nope'], [null, 'utf8'], ['UTF-8', 'UCS-2']]) {
  t(`transcode ${from}->${to}`, () => { try { return tc(Buffer.from('ab'), from, to); } catch (e) { return [e.name, e.code, e.message, e.errno]; } });
}
t('transcode empty', () => tc(Buffer.alloc(0), 'utf8', 'nope'));
t('transcode bad source', () => tc('abc', 'utf8', 'ucs2'));
t('transcode uint8array', () => tc(new Uint8Array([0x61]), 'latin1', 'utf8'));

t('resolveObjectURL', () => [buffer.resolveObjectURL('blob:nodedata:abc'), buffer.resolveObjectURL('nope'), buffer.resolveObjectURL()]);
t('global atob/btoa', () => [typeof atob, typeof btoa, atob('YQ=='), btoa('a')]);
