'use strict';
const { Readable, Writable, PassThrough } = require('stream');
const { note, watch, scenario, runAll } = require('./_trace');

function sink(name, opts = {}) {
  const w = new Writable({
    highWaterMark: opts.hwm === undefined ? 16384 : opts.hwm,
    write(chunk, enc, cb) {
      note(`${name}._write`, String(chunk));
      if (opts.slow) setTimeout(cb, opts.slow);
      else cb();
    },
  });
  return w;
}

scenario('pipe: pipe event, data, end, finish, unpipe, close', () => {
  const r = new Readable({ read() {} });
  const w = sink('w');
  watch(r, 'r', ['end', 'close', 'pause', 'resume']);
  watch(w, 'w', ['pipe', 'unpipe', 'finish', 'close']);
  note('returns dest', r.pipe(w) === w);
  note('pipes', r._readableState.pipes.length, r.readableFlowing);
  r.push('a');
  r.push('b');
  r.push(null);
});

scenario('pipe to several destinations with backpressure', () => {
  let n = 0;
  const r = new Readable({
    highWaterMark: 2,
    read() {
      n++;
      this.push(n <= 4 ? 'c' + n : null);
    },
  });
  const fast = sink('fast');
  const slow = sink('slow', { hwm: 1, slow: 2 });
  watch(r, 'r', ['end', 'pause', 'resume']);
  watch(fast, 'fast', ['drain', 'finish']);
  watch(slow, 'slow', ['drain', 'finish']);
  r.pipe(fast);
  r.pipe(slow);
});

scenario('pipe with end: false', () => {
  const r = new Readable({ read() {} });
  const w = sink('w');
  watch(w, 'w', ['finish', 'unpipe']);
  r.pipe(w, { end: false });
  r.push('x');
  r.push(null);
  r.on('end', () => {
    note('r end; w writable', w.writable);
    w.end('tail');
  });
});

scenario('unpipe one and all', () => {
  const r = new Readable({ read() {} });
  const a = sink('a');
  const b = sink('b');
  watch(a, 'a', ['unpipe']);
  watch(b, 'b', ['unpipe']);
  r.pipe(a);
  r.pipe(b);
  r.unpipe(a);
  note('after unpipe(a)', r._readableState.pipes.length, r.readableFlowing);
  r.unpipe();
  note('after unpipe()', r._readableState.pipes.length, r.readableFlowing, r.isPaused());
  r.unpipe(a);
});

scenario('destination error unpipes; source keeps going', () => {
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { cb(new Error('dest broke')); } });
  watch(w, 'w', ['unpipe', 'error', 'close']);
  r.pipe(w);
  r.push('x');
  setTimeout(() => note('pipes', r._readableState.pipes.length, r.destroyed), 3);
});

scenario('chain through PassThrough', () => {
  const r = Readable.from(['one', 'two', 'three'], { objectMode: false });
  const p = new PassThrough();
  const w = sink('end');
  watch(p, 'p', ['end', 'finish']);
  r.pipe(p).pipe(w).on('finish', () => note('finished'));
});

scenario('legacy Stream pipe', () => {
  const { Stream } = require('stream');
  const src = new Stream();
  src.readable = true;
  const dst = new Stream();
  dst.writable = true;
  dst.write = (c) => { note('dst.write', c); return true; };
  dst.end = () => note('dst.end');
  dst.on('pipe', () => note('dst pipe'));
  src.pipe(dst);
  src.emit('data', 'd1');
  src.emit('end');
  src.emit('data', 'after end');
});

runAll();
