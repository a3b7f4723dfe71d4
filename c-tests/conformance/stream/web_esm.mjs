// stream/web as an ES module: named exports are the module object's keys.
import * as web from 'node:stream/web';
import { ReadableStream, WritableStream } from 'stream/web';
import def from 'stream/web';

console.log(Object.keys(web).sort().join());
console.log(ReadableStream === def.ReadableStream, WritableStream === def.WritableStream);
const got = [];
await ReadableStream.from(['e', 's', 'm']).pipeTo(new WritableStream({ write(c) {
  got.push(c);
} }));
console.log(got.join(''));
