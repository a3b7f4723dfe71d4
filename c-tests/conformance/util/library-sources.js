// The library's own functions keep their JS source, as Node's do
// (Function.prototype.toString, util.inspect's `[class X]`), whether the
// engine compiled the module's text or read bytecode precompiled at build
// time (host-engine builds, src/engine/precompiled.rs).
const util = require('node:util');
const fs = require('node:fs');
const stream = require('node:stream');
const { once } = require('node:events');

console.log(util.inspect(fs.Dir), String(fs.Dir).startsWith('class Dir'));
for (const [name, f] of [
  ['fs.readFileSync', fs.readFileSync],
  ['fs.promises.readFile', fs.promises.readFile],
  ['stream.Readable', stream.Readable],
  ['stream.pipeline', stream.pipeline],
  ['events.once', once],
  ['util.promisify', util.promisify],
]) {
  console.log(name, typeof f, String(f).includes('[native code]'));
}
