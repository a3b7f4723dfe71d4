'use strict';
const { Writable } = require('stream');
const { note, watch, scenario, runAll } = require('./_trace');

scenario('write, end with data and callback: finish then close', () => {
  const w = new Writable({
    write(chunk, enc, cb) {
      note('_write', chunk, enc);
      cb();
    },
  });
  watch(w, 'w');
  note('write a', w.write('a', (err) => note('cb a', err)));
  note('end', w.end('b', () => note('end cb')) === w);
  note('ended', w.writableEnded, w.writableFinished, w.writable);
});

scenario('backpressure and drain with async _write', () => {
  const w = new Writable({
    highWaterMark: 3,
    write(chunk, enc, cb) {
      note('_write', chunk);
      setTimeout(cb, 1);
    },
  });
  watch(w, 'w', ['drain', 'finish', 'close']);
  note('write ab', w.write('ab'));
  note('needDrain', w.writableNeedDrain, w.writableLength);
  note('write cd', w.write('cd'));
  note('needDrain', w.writableNeedDrain, w.writableLength, w._writableState.length);
  w.once('drain', () => {
    note('drained; length', w.writableLength);
    w.end();
  });
});

scenario('cork, uncork and _writev', () => {
  const w = new Writable({
    write(chunk, enc, cb) {
      note('_write', chunk);
      cb();
    },
    writev(chunks, cb) {
      note('_writev', chunks.map((c) => `${c.chunk}/${c.encoding}`).join(','), chunks.length);
      cb();
    },
  });
  watch(w, 'w', ['finish', 'close']);
  w.cork();
  w.write('1');
  w.write('2');
  w.cork();
  w.write('3');
  note('corked', w.writableCorked, w.writableLength);
  w.uncork();
  note('corked', w.writableCorked);
  w.uncork();
  note('corked', w.writableCorked);
  w.write('4');
  w.end();
});

scenario('decodeStrings false and defaultEncoding', () => {
  const w = new Writable({
    decodeStrings: false,
    write(chunk, enc, cb) {
      note('_write', typeof chunk, chunk, enc);
      cb();
    },
  });
  w.write('text');
  w.write('6869', 'hex');
  w.setDefaultEncoding('latin1');
  w.write('x');
  try { w.setDefaultEncoding('nope'); } catch (e) { note('bad encoding', e); }
  try { w.write('x', 'nope'); } catch (e) { note('bad write encoding', e); }
  w.end();
});

scenario('objectMode', () => {
  const w = new Writable({
    objectMode: true,
    highWaterMark: 2,
    write(chunk, enc, cb) {
      note('_write', chunk, enc);
      cb();
    },
  });
  note('write obj', w.write({ a: 1 }), w.writableObjectMode, w.writableHighWaterMark);
  note('write 0', w.write(0));
  w.end();
});

scenario('_final runs before finish', () => {
  const w = new Writable({
    write(chunk, enc, cb) { cb(); },
    final(cb) {
      note('_final');
      setTimeout(() => { note('_final done'); cb(); }, 1);
    },
  });
  watch(w, 'w', ['prefinish', 'finish', 'close']);
  w.end('x');
});

scenario('_final error', () => {
  const w = new Writable({
    write(chunk, enc, cb) { cb(); },
    final(cb) { cb(new Error('final failed')); },
  });
  watch(w, 'w', ['prefinish', 'finish', 'error', 'close']);
  w.end(() => note('end cb'));
});

scenario('write after end', () => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  watch(w, 'w', ['error', 'close', 'finish']);
  w.end();
  note('write', w.write('late', (err) => note('write cb', err)));
});

scenario('end twice', () => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.end();
  w.on('finish', () => {
    w.end((err) => note('second end cb', err));
  });
});

scenario('write errors', () => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  try { w.write(null); } catch (e) { note('null', e); }
  try { w.write(1); } catch (e) { note('number', e); }
  try { w.write({}); } catch (e) { note('object', e); }
  note('uint8array ok', w.write(new Uint8Array([65])));
});

scenario('_write error goes to callback then error then close', () => {
  const w = new Writable({
    write(chunk, enc, cb) { cb(new Error('write failed')); },
  });
  watch(w, 'w', ['error', 'close', 'finish']);
  w.write('a', (err) => note('cb a', err));
  w.write('b', (err) => note('cb b', err));
  note('errored', w.errored && w.errored.message, w.writable);
});

scenario('callback called twice', () => {
  const w = new Writable({
    write(chunk, enc, cb) { cb(); cb(); },
  });
  watch(w, 'w', ['error', 'close']);
  w.write('a');
});

scenario('_write not implemented', () => {
  const w = new Writable();
  watch(w, 'w', ['error', 'close']);
  try { w.write('a'); } catch (e) { note('threw', e); }
});

scenario('write to destroyed', () => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.destroy();
  w.on('error', (e) => note('error', e));
  note('write', w.write('x', (err) => note('cb', err)));
});

scenario('pending writes get the destroy error', () => {
  const w = new Writable({ write(c, e, cb) { setTimeout(cb, 1); } });
  watch(w, 'w', ['error', 'close']);
  w.write('1', (err) => note('cb 1', err));
  w.write('2', (err) => note('cb 2', err));
  w.end((err) => note('end cb', err));
  w.destroy(new Error('gone'));
});

scenario('pipe from a Writable', () => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (e) => note('error', e));
  w.pipe(new Writable());
});

scenario('getters', () => {
  const w = new Writable({ write(c, e, cb) { setTimeout(cb, 1); } });
  w.write('abc');
  note('length', w.writableLength, 'buffer', w.writableBuffer.length, 'aborted', w.writableAborted);
  w.write('de');
  note('buffered', w.writableBuffer.map((b) => String(b.chunk)), w._writableState.getBuffer().length);
  note('state', w._writableState.length, w._writableState.ended, w._writableState.finished, w._writableState.objectMode, w._writableState.highWaterMark);
  w.end();
});

runAll();
