'use strict';
const stream = require('stream');
console.log('keys', Object.keys(stream).join(' '));
console.log('module is Stream', stream === stream.Stream, typeof stream, stream.name);
console.log('node: prefix same', require('node:stream') === stream, require('node:stream/promises') === stream.promises);
for (const name of ['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough', 'pipeline', 'finished', 'addAbortSignal', 'destroy']) {
  console.log(name, typeof stream[name], stream[name].length, stream[name].name);
}
const proto = (C) => Object.getOwnPropertyNames(C.prototype).filter((k) => k !== 'constructor').sort().join(' ');
console.log('Readable.prototype', proto(stream.Readable));
console.log('Writable.prototype', proto(stream.Writable));
console.log('Duplex.prototype', proto(stream.Duplex));
console.log('Transform.prototype', proto(stream.Transform));
console.log('PassThrough.prototype', proto(stream.PassThrough));
console.log('Readable statics', ['from', 'wrap', 'ReadableState'].map((k) => typeof stream.Readable[k]).join(' '));
console.log('asyncIterator', typeof stream.Readable.prototype[Symbol.asyncIterator]);
console.log('inheritance',
  Object.getPrototypeOf(stream.Readable.prototype) === stream.Stream.prototype,
  Object.getPrototypeOf(stream.Stream.prototype) === require('events').prototype,
  Object.getPrototypeOf(stream.Transform.prototype) === stream.Duplex.prototype);
console.log('_isUint8Array', stream._isUint8Array(new Uint8Array(1)), stream._isUint8Array([]));
console.log('_isArrayBufferView', stream._isArrayBufferView(new DataView(new ArrayBuffer(1))), stream._isArrayBufferView({}));
const b = stream._uint8ArrayToBuffer(new Uint8Array([104, 105]));
console.log('_uint8ArrayToBuffer', Buffer.isBuffer(b), b.toString());

const ac = new AbortController();
const r = new stream.Readable({ read() {} });
console.log('addAbortSignal returns stream', stream.addAbortSignal(ac.signal, r) === r);
r.on('error', (e) => console.log('abort error', e.name, e.code, e.message));
r.on('close', () => console.log('close after abort'));
ac.abort();
try { stream.addAbortSignal('x', r); } catch (e) { console.log('bad signal', e.code); }
try { stream.addAbortSignal(ac.signal, {}); } catch (e) { console.log('bad stream', e.code, e.message); }
const ac2 = new AbortController();
const w = new stream.Writable({ signal: ac2.signal, write(c, e, cb) { cb(); } });
w.on('error', (e) => console.log('signal option', e.name));
ac2.abort();
