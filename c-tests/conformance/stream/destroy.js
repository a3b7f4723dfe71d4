'use strict';
const { Readable, Writable, Duplex, destroy, isDestroyed, isErrored, isReadable, isWritable, isDisturbed } = require('stream');
const { note, watch, scenario, runAll } = require('./_trace');

scenario('readable destroy(): close only', () => {
  const r = new Readable({ read() {} });
  watch(r, 'r');
  r.push('a');
  r.destroy();
  note('destroyed', r.destroyed, r.closed, r.readable);
  note('push after destroy', r.push('b'));
});

scenario('readable destroy(err): error then close', () => {
  const r = new Readable({ read() {} });
  watch(r, 'r');
  r.destroy(new Error('bad'), (err) => note('destroy cb', err));
  note('sync', r.destroyed, r.errored && r.errored.message, r.closed);
});

scenario('destroy twice calls the second callback only', () => {
  const r = new Readable({ read() {} });
  watch(r, 'r', ['error', 'close']);
  r.destroy(new Error('first'));
  r.destroy(new Error('second'), (e) => note('second cb', e));
});

scenario('custom _destroy can replace the error', () => {
  const w = new Writable({
    write(c, e, cb) { cb(); },
    destroy(err, cb) {
      note('_destroy got', err);
      setTimeout(() => cb(new Error('replaced')), 1);
    },
  });
  watch(w, 'w', ['error', 'close', 'finish']);
  w.destroy(new Error('orig'));
  note('closed yet', w.closed);
});

scenario('_destroy throwing', () => {
  const r = new Readable({ read() {}, destroy() { throw new Error('thrown in _destroy'); } });
  watch(r, 'r', ['error', 'close']);
  r.destroy();
});

scenario('emitClose false', () => {
  const r = new Readable({ read() {}, emitClose: false });
  watch(r, 'r', ['end', 'close', 'error']);
  r.push(null);
  r.resume();
});

scenario('autoDestroy false', () => {
  const r = new Readable({ read() {}, autoDestroy: false });
  watch(r, 'r', ['end', 'close', 'error']);
  r.push(null);
  r.resume();
  setTimeout(() => note('destroyed after end', r.destroyed), 2);
});

scenario('autoDestroy false and an error: no close', () => {
  const w = new Writable({ autoDestroy: false, write(c, e, cb) { cb(new Error('nope')); } });
  watch(w, 'w', ['error', 'close', 'finish']);
  w.write('x');
  setTimeout(() => note('destroyed', w.destroyed, 'errored', w.errored && w.errored.message), 2);
});

scenario('_construct delays _read, _write and destroy', () => {
  const d = new Duplex({
    construct(cb) {
      note('_construct');
      setTimeout(() => { note('constructed'); cb(); }, 1);
    },
    read() { note('_read'); this.push('r'); this.push(null); },
    write(c, e, cb) { note('_write', c); cb(); },
    final(cb) { note('_final'); cb(); },
  });
  watch(d, 'd', ['data', 'end', 'finish', 'close']);
  d.write('w');
  d.end();
});

scenario('_construct error', () => {
  const r = new Readable({
    construct(cb) { cb(new Error('construct failed')); },
    read() { note('_read must not run'); },
  });
  watch(r, 'r', ['error', 'close', 'data']);
  r.resume();
});

scenario('destroy during _construct', () => {
  const w = new Writable({
    construct(cb) { setTimeout(cb, 1); },
    write(c, e, cb) { cb(); },
    destroy(err, cb) { note('_destroy', err); cb(err); },
  });
  watch(w, 'w', ['error', 'close']);
  w.destroy(new Error('early'));
});

scenario('stream.destroy and the is* predicates', () => {
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { cb(); } });
  note('before', isDestroyed(r), isErrored(r), isReadable(r), isWritable(w), isDisturbed(r));
  r.on('error', (e) => note('r error', e));
  w.on('error', (e) => note('w error', e));
  destroy(r, new Error('via stream.destroy'));
  destroy(w);
  note('after', isDestroyed(r), isErrored(r), isReadable(r), isWritable(w), isDestroyed(w));
  note('non-streams', isDestroyed({}), isReadable({}), isWritable(null), isErrored(null), isDisturbed({}));
  const r2 = new Readable({ read() {} });
  r2.push('x');
  r2.read();
  note('disturbed after read', isDisturbed(r2));
});

scenario('readableAborted and writableAborted', () => {
  const r = new Readable({ read() {} });
  r.destroy();
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.destroy();
  note('aborted', r.readableAborted, w.writableAborted);
});

runAll();
