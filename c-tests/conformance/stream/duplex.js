'use strict';
const { Duplex, Transform, PassThrough, Readable, Writable } = require('stream');
const { note, watch, scenario, runAll } = require('./_trace');

scenario('Transform: data, prefinish, finish, end, close', () => {
  const t = new Transform({
    transform(chunk, enc, cb) {
      note('_transform', chunk, enc);
      cb(null, chunk.toString().toUpperCase());
    },
    flush(cb) {
      note('_flush');
      cb(null, '!');
    },
  });
  watch(t, 't', ['data', 'prefinish', 'finish', 'end', 'close', 'error']);
  t.write('ab');
  t.end('cd');
});

scenario('Transform pushes several chunks and async callback', () => {
  const t = new Transform({
    objectMode: true,
    transform(n, enc, cb) {
      for (let i = 0; i < n; i++) this.push(n * 10 + i);
      setTimeout(cb, 1);
    },
  });
  watch(t, 't', ['data', 'finish', 'end', 'close']);
  t.write(1);
  t.write(2);
  t.end();
});

scenario('Transform error in _transform', () => {
  const t = new Transform({ transform(c, e, cb) { cb(new Error('tx failed')); } });
  watch(t, 't', ['error', 'close', 'finish', 'end']);
  t.write('x', (err) => note('write cb', err));
});

scenario('Transform error in flush', () => {
  const t = new Transform({ transform(c, e, cb) { cb(); }, flush(cb) { cb(new Error('flush failed')); } });
  watch(t, 't', ['error', 'close', 'finish', 'end', 'prefinish']);
  t.resume();
  t.end();
});

scenario('Transform without _transform', () => {
  const t = new Transform();
  watch(t, 't', ['error', 'close']);
  try { t.write('x'); } catch (e) { note('threw', e); }
});

scenario('Transform backpressure holds the write callback', () => {
  const t = new Transform({ highWaterMark: 2, transform(c, e, cb) { cb(null, c); } });
  note('write 1', t.write('aaa', () => note('cb 1')));
  note('write 2', t.write('bbb', () => note('cb 2')));
  note('lengths', t.readableLength, t.writableLength);
  setTimeout(() => {
    note('reading', String(t.read()));
    note('lengths', t.readableLength, t.writableLength);
  }, 2);
});

scenario('PassThrough', () => {
  const p = new PassThrough();
  watch(p, 'p', ['data', 'finish', 'end', 'close']);
  p.end('through');
  note('is Transform', p instanceof Transform, p instanceof Duplex, p instanceof Writable, p instanceof Readable);
});

scenario('Duplex allowHalfOpen true: end of readable side keeps writable', () => {
  const d = new Duplex({ read() {}, write(c, e, cb) { note('_write', c); cb(); } });
  watch(d, 'd', ['end', 'finish', 'close']);
  d.push(null);
  d.resume();
  setTimeout(() => { note('writable still', d.writable); d.end('last'); }, 2);
});

scenario('Duplex allowHalfOpen false: end ends the writable side', () => {
  const d = new Duplex({ allowHalfOpen: false, read() {}, write(c, e, cb) { cb(); } });
  watch(d, 'd', ['end', 'prefinish', 'finish', 'close']);
  d.push(null);
  d.resume();
});

scenario('Duplex readable: false / writable: false', () => {
  const r = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
  note('readable false', r.readable, r.writable, r.readableEnded);
  const w = new Duplex({ writable: false, read() {} });
  note('writable false', w.readable, w.writable, w.writableFinished, w.writableEnded);
  watch(w, 'w', ['end', 'close']);
  w.push(null);
  w.resume();
});

scenario('Duplex objectMode per side', () => {
  const d = new Duplex({ readableObjectMode: true, writableHighWaterMark: 5, read() {}, write(c, e, cb) { cb(); } });
  note('modes', d.readableObjectMode, d.writableObjectMode, d.readableHighWaterMark, d.writableHighWaterMark);
  note('instanceof', d instanceof Writable, d instanceof Readable, Object.getPrototypeOf(Duplex.prototype) === Readable.prototype);
});

scenario('Duplex destroy: both sides', () => {
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  watch(d, 'd', ['error', 'close', 'end', 'finish']);
  d.destroy(new Error('dd'));
  note('destroyed', d.destroyed, d._readableState.destroyed, d._writableState.destroyed);
});

runAll();
