// The first operation on require('stream') is a class extending it.
'use strict';
const Stream = require('stream');
class Legacy extends Stream {
  constructor() {
    super();
    this.made = true;
  }
}
const l = new Legacy();
console.log(l.made, l instanceof Stream, typeof l.pipe, typeof l.on);
function Old() {
  Stream.call(this);
}
require('util').inherits(Old, Stream);
const o = new Old();
console.log(o instanceof Stream, Old.super_ === Stream, typeof o.pipe, o.listenerCount('x'));
const { Readable } = require('stream');
console.log(new Readable() instanceof Stream, Readable.from(['a']).readable);
