'use strict';
// write()'s inline path and Transform's (docs/STREAMS.md §3) when _write does
// something else meanwhile: destroy, a nested or corked write, _writev, a
// Transform's readable side over its mark, a throwing _transform.
const { Writable, Transform, PassThrough } = require('stream');
const out = [];
const say = (s) => out.push(s);
const st = (w, tag) => say(`${tag} writing=${w._writableState.writing} len=${w.writableLength} needDrain=${w.writableNeedDrain} corked=${w.writableCorked} buffered=${w.writableBuffer.length}`);
const tick = () => new Promise((r) => setImmediate(r));
(async () => {
  // destroy inside _write, then the callback
  {
    const w = new Writable({ objectMode: true, write(c, e, cb) { this.destroy(); st(this, 'd in'); cb(); st(this, 'd after cb'); } });
    w.on('close', () => say('d close'));
    w.on('error', (e) => say('d error ' + e.code));
    say('d write ' + w.write({}));
    say('d write2 ' + w.write({}, (e) => say('d cb2 ' + (e && e.code))));
    await tick(); await tick();
  }
  // reentrant write inside _write (queued), cork inside _write
  {
    let n = 0;
    const w = new Writable({ objectMode: true, highWaterMark: 2, write(c, e, cb) {
      say('r write ' + c);
      if (c === 1) { say('r inner ' + this.write(10)); st(this, 'r in'); }
      if (c === 2) { this.cork(); say('r inner2 ' + this.write(20)); st(this, 'r in2'); process.nextTick(() => this.uncork()); }
      cb();
    } });
    w.on('drain', () => say('r drain'));
    say('r w1 ' + w.write(1)); st(w, 'r after1');
    await tick();
    say('r w2 ' + w.write(2)); st(w, 'r after2');
    await tick();
    st(w, 'r later');
    w.end(() => say('r end cb'));
    w.on('finish', () => say('r finish'));
    await tick();
  }
  // writev
  {
    const w = new Writable({ highWaterMark: 3, write(c, e, cb) { say('v write ' + c); setImmediate(cb); }, writev(chunks, cb) { say('v writev ' + chunks.map((x) => x.chunk).join('|')); cb(); } });
    w.on('drain', () => say('v drain'));
    for (const s of ['a', 'bb', 'c', 'dd']) say('v ' + s + ' ' + w.write(Buffer.from(s)));
    await tick(); await tick();
    st(w, 'v later');
  }
  // needDrain with sync transform into a slow readable side
  {
    const t = new Transform({ highWaterMark: 2, transform(c, e, cb) { cb(null, c); } });
    t.on('drain', () => say('t drain'));
    for (const s of ['ab', 'cd', 'ef']) { say('t ' + s + ' ' + t.write(Buffer.from(s))); st(t, 't after ' + s); }
    await tick();
    say('t read ' + t.read());
    await tick();
    st(t, 't later');
    say('t read ' + t.read());
    await tick();
    st(t, 't later2');
  }
  // error thrown from _transform
  {
    const t = new PassThrough({ objectMode: true });
    t._transform = function () { throw new Error('xf'); };
    try { t.write(1); } catch (e) { say('x caught ' + e.message); }
    st(t, 'x after');
  }
  console.log(out.join('\n'));
})();
