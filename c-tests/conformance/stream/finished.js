'use strict';
const { finished, Readable, Writable, Duplex, PassThrough } = require('stream');
const { note, scenario, runAll } = require('./_trace');

scenario('readable ends', () => {
  const r = new Readable({ read() {} });
  finished(r, (err) => note('finished', err, r.readableEnded));
  r.resume();
  r.push(null);
});

scenario('writable finishes', () => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  const cleanup = finished(w, function (err) { note('finished', err, this === w); });
  note('cleanup is function', typeof cleanup);
  w.end('x');
});

scenario('premature close', () => {
  const r = new Readable({ read() {} });
  finished(r, (err) => note('finished', err));
  r.destroy();
});

scenario('error', () => {
  const w = new Writable({ write(c, e, cb) { cb(new Error('w failed')); } });
  w.on('error', () => {});
  finished(w, (err) => note('finished', err));
  w.write('x');
});

scenario('error: false ignores error events', () => {
  const r = new Readable({ read() {}, autoDestroy: false });
  finished(r, { error: false }, (err) => note('finished', err));
  r.on('error', (e) => note('error event', e));
  r.emit('error', new Error('ignored'));
  r.push(null);
  r.resume();
});

scenario('readable: false on a Duplex waits for finish only', () => {
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  finished(d, { readable: false }, (err) => note('finished (writable side)', err));
  d.end();
});

scenario('writable: false on a Duplex waits for end only', () => {
  const d = new PassThrough();
  finished(d, { writable: false }, (err) => note('finished (readable side)', err));
  d.resume();
  d.end('y');
});

scenario('already finished stream', () => {
  const r = new Readable({ read() {} });
  r.resume();
  r.push(null);
  r.on('close', () => {
    finished(r, (err) => note('finished after close', err));
  });
});

scenario('cleanup removes listeners', () => {
  const r = new Readable({ read() {} });
  const before = r.listenerCount('end');
  const cleanup = finished(r, () => note('must not run'));
  note('listeners added', r.listenerCount('end') - before, r.listenerCount('close'));
  cleanup();
  note('after cleanup', r.listenerCount('end') - before, r.listenerCount('close'));
  r.destroy();
});

scenario('signal aborts', () => {
  const r = new Readable({ read() {} });
  const ac = new AbortController();
  finished(r, { signal: ac.signal }, (err) => note('finished', err.name, err.code));
  ac.abort();
});

scenario('argument validation', () => {
  try { finished(new PassThrough()); } catch (e) { note('no callback', e); }
  try { finished(new PassThrough(), 'x', () => {}); } catch (e) { note('bad options', e); }
  try { finished({}, () => {}); } catch (e) { note('not a stream', e); }
});

runAll();
