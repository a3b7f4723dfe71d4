// require('stream') is filled on its first use (modules::lazy): here the
// first operation is `new` on the legacy Stream itself.
'use strict';
const Stream = require('stream');
const EE = require('events');
const s = new Stream();
console.log(s instanceof Stream, s instanceof EE, Object.getPrototypeOf(s) === Stream.prototype);
console.log(Stream.prototype.constructor === Stream, Object.getPrototypeOf(Stream) === EE);
console.log(Stream.name, Stream.length, typeof Stream.prototype.pipe, Stream.Stream === Stream);
console.log(Object.getPrototypeOf(Stream.Readable) === Stream, Object.getPrototypeOf(Stream.Writable) === Stream);
console.log(require('util').types.isProxy(Stream), String(Object.keys(Stream).slice(0, 3)));
