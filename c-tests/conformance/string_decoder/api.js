'use strict';
// The module's shape, construction, errors and inspection against Node.
const sd = require('string_decoder');
const { StringDecoder } = sd;
const util = require('util');

console.log(Object.keys(sd), sd === require('node:string_decoder'), typeof StringDecoder, StringDecoder.name, StringDecoder.length);
console.log(Object.getOwnPropertyNames(StringDecoder.prototype));
for (const k of ['write', 'end', 'text', 'lastChar', 'lastNeed', 'lastTotal']) {
  const d = Object.getOwnPropertyDescriptor(StringDecoder.prototype, k);
  console.log(k, d.enumerable, d.configurable, 'value' in d ? [typeof d.value, d.value.name, d.value.length, d.writable] : [typeof d.get, d.get.name, d.set]);
}

for (const enc of [undefined, null, '', 'utf8', 'UTF-8', 'utf-8', 'ucs2', 'UCS-2', 'utf16le', 'utf-16le', 'binary', 'latin1', 'BASE64', 'base64url', 'hex', 'ascii', 'Ascii']) {
  const d = new StringDecoder(enc);
  console.log(String(enc), d.encoding, util.inspect(d), Object.keys(d), Object.getOwnPropertySymbols(d).map(String));
}
console.log(util.inspect(new StringDecoder('utf8'), { showHidden: true }));

function tryIt(label, fn) {
  try {
    console.log(label, 'ok', JSON.stringify(fn()));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
for (const bad of ['nope', 'utf', 'buffer', 'utf32', 5, false, 0, {}, [], Symbol('s')]) {
  tryIt('ctor ' + (typeof bad === 'symbol' ? 'symbol' : JSON.stringify(bad)), () => new StringDecoder(bad).encoding);
}
// The engine's own TypeError (V8 and QuickJS word it differently).
const engineError = (label, fn) => {
  try {
    fn();
  } catch (e) {
    console.log(label, e.name, e.code);
  }
};
engineError('call without new', () => StringDecoder('utf8'));
const dec = new StringDecoder('utf8');
for (const bad of [5, null, {}, [1, 2], new ArrayBuffer(2), true]) {
  tryIt('write ' + util.inspect(bad), () => dec.write(bad));
}
tryIt('end bad', () => dec.end(5));
tryIt('end null', () => dec.end(null));
tryIt('write on plain object', () => StringDecoder.prototype.write.call({}, Buffer.from('a')));
tryIt('write string on plain object', () => StringDecoder.prototype.write.call({}, 'abc'));
engineError('end on plain object', () => StringDecoder.prototype.end.call({}));

// Buffer.isEncoding patched to accept a new name: allowed, decoded as ASCII.
const orig = Buffer.isEncoding;
Buffer.isEncoding = (e) => e === 'custom' || orig(e);
const c = new StringDecoder('custom');
console.log(c.encoding, util.inspect(c), JSON.stringify(c.write(Buffer.from([0x41, 0xc1]))));
tryIt('patched, still unknown', () => new StringDecoder('other'));
Buffer.isEncoding = orig;
tryIt('restored', () => new StringDecoder('custom'));

// lastChar is a live view of the state.
const live = new StringDecoder('utf16le');
const lc = live.lastChar;
live.write(Buffer.from([0x3d, 0xd8]));
console.log(lc, live.lastChar, live.lastNeed, live.lastTotal, lc.buffer === live.lastChar.buffer);
console.log(JSON.stringify(live.end()));
