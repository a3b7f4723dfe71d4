'use strict';
// The web-stream globals: non-enumerable, the same classes as
// require('stream/web'), replaceable by assignment.
const names = ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
  'ReadableStreamBYOBRequest', 'ReadableByteStreamController', 'ReadableStreamDefaultController',
  'TransformStream', 'TransformStreamDefaultController', 'WritableStream', 'WritableStreamDefaultWriter',
  'WritableStreamDefaultController', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy',
  'TextEncoderStream', 'TextDecoderStream', 'CompressionStream', 'DecompressionStream'];
for (const n of names) {
  const d = Object.getOwnPropertyDescriptor(globalThis, n);
  console.log(n, typeof globalThis[n], d.enumerable, d.configurable);
}
console.log('enumerable globals mention none', Object.keys(globalThis).filter((k) => names.includes(k)).length);
const web = require('stream/web');
console.log('same classes', names.every((n) => globalThis[n] === web[n]));
console.log('same as node:stream/web', require('node:stream/web') === web);
globalThis.ReadableStream = 'replaced';
console.log('assignable', globalThis.ReadableStream);
console.log('module keeps class', typeof web.ReadableStream);
(async () => {
  const rs = new web.ReadableStream({ start(c) {
    c.enqueue('g');
    c.close();
  } });
  const texts = [];
  for await (const t of rs.pipeThrough(new TextEncoderStream()).pipeThrough(new TextDecoderStream())) texts.push(t);
  console.log('globals work', texts.join());
})();
