// require('stream/promises') before anything touches require('stream').
'use strict';
const sp = require('stream/promises');
const Stream = require('stream');
console.log(typeof sp.pipeline, sp === Stream.promises, sp.finished === require('stream').promises.finished);
const { Readable, Writable } = Stream;
const got = [];
sp.pipeline(Readable.from(['x', 'y']), new Writable({
  write(c, e, cb) {
    got.push(String(c));
    cb();
  },
})).then(() => console.log('piped', got.join('')));
