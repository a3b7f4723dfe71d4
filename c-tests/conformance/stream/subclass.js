'use strict';
const stream = require('stream');
const util = require('util');
const { note, scenario, runAll } = require('./_trace');

scenario('class extends', () => new Promise((resolve) => {
  class Counter extends stream.Readable {
    constructor(max) {
      super({ objectMode: true });
      this.n = 0;
      this.max = max;
    }
    _read() {
      this.n++;
      this.push(this.n > this.max ? null : this.n);
    }
  }
  class Upper extends stream.Transform {
    _transform(c, e, cb) { cb(null, String(c).toUpperCase() + '!'); }
  }
  class Sink extends stream.Writable {
    constructor() { super({ objectMode: true }); this.got = []; }
    _write(c, e, cb) { this.got.push(String(c)); cb(); }
  }
  const sink = new Sink();
  stream.pipeline(new Counter(3), new Upper({ objectMode: true }), sink, (err) => {
    note('done', err, sink.got);
    note('instanceof', sink instanceof stream.Writable, sink instanceof stream.Stream, sink instanceof require('events'));
    resolve();
  });
}));

scenario('util.inherits and Readable.call(this)', () => {
  function Old(opts) {
    if (!(this instanceof Old)) return new Old(opts);
    stream.Readable.call(this, opts);
    this.left = 2;
  }
  util.inherits(Old, stream.Readable);
  Old.prototype._read = function () {
    this.push(this.left-- > 0 ? 'old' + this.left : null);
  };
  const o = Old();
  note('proto chain', o instanceof Old, o instanceof stream.Readable, typeof o._readableState);
  o.on('data', (c) => note('data', String(c)));
  o.on('end', () => note('end'));
});

scenario('Writable.call and Duplex.call', () => {
  function W() { stream.Writable.call(this); }
  util.inherits(W, stream.Writable);
  W.prototype._write = function (c, e, cb) { note('W _write', String(c)); cb(); };
  new W().end('w');
  function D() { stream.Duplex.call(this, { allowHalfOpen: false }); }
  util.inherits(D, stream.Duplex);
  const d = new D();
  note('duplex', d instanceof stream.Writable, d.allowHalfOpen);
});

scenario('constructors without new', () => {
  note('Readable()', stream.Readable() instanceof stream.Readable);
  note('Writable()', stream.Writable() instanceof stream.Writable);
  note('Duplex()', stream.Duplex() instanceof stream.Duplex);
  note('Transform()', stream.Transform() instanceof stream.Transform);
  note('PassThrough()', stream.PassThrough() instanceof stream.PassThrough);
});

scenario('options override methods', () => {
  const calls = [];
  const t = new stream.Transform({
    construct(cb) { calls.push('construct'); cb(); },
    transform(c, e, cb) { calls.push('transform'); cb(null, c); },
    flush(cb) { calls.push('flush'); cb(); },
    final(cb) { calls.push('final'); cb(); },
    destroy(err, cb) { calls.push('destroy'); cb(err); },
  });
  t.on('close', () => note('calls', calls));
  t.resume();
  t.end('x');
});

scenario('overriding push and write in a subclass is honoured', () => {
  class Tagged extends stream.PassThrough {
    push(chunk, enc) { return super.push(chunk === null ? null : '[' + chunk + ']', enc); }
  }
  const t = new Tagged();
  t.on('data', (c) => note('data', String(c)));
  t.end('v');
});

scenario('ReadableState/WritableState statics', () => {
  note('ReadableState', typeof stream.Readable.ReadableState, new stream.Readable()._readableState instanceof stream.Readable.ReadableState);
  note('WritableState', typeof stream.Writable.WritableState, new stream.Writable()._writableState instanceof stream.Writable.WritableState);
});

runAll();
