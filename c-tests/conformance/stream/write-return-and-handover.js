// Writable.write() measures the queue after handing the chunk on (a chunk
// taken synchronously no longer counts; an empty queue is never full, even
// with highWaterMark 0); a flowing Readable hands a chunk straight over while
// a 'data' listener is registered, or was dropped by removeAllListeners (not
// by removeListener); a Transform
// completes a write a tick later once push(null) was called; a synchronous
// write without a callback leaves nothing for later, so the callbacks of
// writes queued behind it fail on destroy's tick, not before.
'use strict';
const { Readable, Writable, Transform } = require('stream');
const tick = () => new Promise((resolve) => setImmediate(resolve));
(async () => {
  for (const [hwm, objectMode, sync] of [[0, false, true], [0, false, false], [1, true, true], [1, true, false], [1, false, true]]) {
    const w = new Writable({ highWaterMark: hwm, objectMode, write(c, e, cb) { if (sync) cb(); else setImmediate(cb); } });
    let drains = 0;
    w.on('drain', () => { drains += 1; });
    const r1 = w.write(objectMode ? 1 : 'ab');
    const s1 = [w.writableLength, w.writableNeedDrain];
    const r2 = w.write(objectMode ? 2 : 'cd');
    const s2 = [w.writableLength, w.writableNeedDrain];
    await tick();
    await tick();
    console.log('write', hwm, objectMode, sync, r1, s1, r2, s2, 'drains', drains);
  }
  const once = new Readable({ highWaterMark: 1, read() {} });
  once.on('data', () => {});
  once.removeAllListeners('data');
  await tick();
  console.log('was listened', once.push('abc'), once.readableLength, once.readableFlowing);
  const never = new Readable({ highWaterMark: 1, read() {} });
  never.resume();
  await tick();
  console.log('never listened', never.push('abc'), never.readableLength);
  const f = () => {};
  for (const [name, setup] of [
    ['removeAllListeners', (r) => { r.on('data', f); r.removeAllListeners('data'); }],
    ['removeListener', (r) => { r.on('data', f); r.removeListener('data', f); }],
    ['off one of two', (r) => { r.on('data', f); r.on('data', () => {}); r.off('data', f); }],
  ]) {
    const r = new Readable({ highWaterMark: 1, read() {} });
    setup(r);
    await tick();
    console.log('data listener then', name, r.push('abc'), r.readableLength, r.readableFlowing);
  }
  const log = [];
  const t = new Transform({
    transform(c, e, cb) {
      cb(null);
      log.push(`after cb ${this.writableLength}`);
    },
  });
  t.push(null);
  t.write('ab', () => log.push(`write cb ${t.writableLength}`));
  log.push(`sync ${t.writableLength}`);
  await tick();
  console.log(log.join(', '));
  const events = [];
  const u = new Transform({ transform(c, e, cb) { cb(null, c); } });
  u.on('error', (e) => events.push(`error ${e.code}`));
  u.on('close', () => events.push('close'));
  u.push(null);
  u.write('x', (e) => events.push(`write cb ${e ? e.code : e}`));
  events.push(`after write ${u.writableLength}`);
  await tick();
  console.log(events.join(', '));
  for (const withCb of [true, false]) {
    const order = [];
    const w = new Writable({ write(c, e, cb) { cb(); } });
    w.on('close', () => order.push('close'));
    if (withCb) w.write('a', () => order.push('cb a'));
    else w.write('a');
    process.nextTick(() => order.push('tick1'));
    w.cork();
    w.write('b', (e) => order.push(`cb b ${e && e.code}`));
    process.nextTick(() => order.push('tick2'));
    w.destroy();
    await tick();
    console.log('destroy while corked, first write', withCb ? 'with' : 'without', 'callback:', order.join(', '));
  }
})();
