// The first operation on require('stream') calls it as a function (the
// pre-class inheritance pattern), then inspects it.
'use strict';
const Stream = require('stream');
const util = require('util');
const o = {};
Object.setPrototypeOf(o, Stream.prototype);
Stream.call(o);
console.log(typeof o.emit, o instanceof Stream);
console.log(util.inspect(Stream, { depth: 0 }).split('\n').slice(0, 3).join('|'));
console.log(util.inspect(Stream, { showProxy: true, depth: 0 }).split('\n')[0]);
console.log(Object.getOwnPropertyNames(Stream).slice(0, 4).join());
console.log(require('stream/promises') === Stream.promises, require('stream').Stream === Stream);
