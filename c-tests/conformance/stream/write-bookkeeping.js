'use strict';
// What a _write / _transform sees of the writable state while it runs, and
// how each way of completing it ends (write()'s fast path does not store the
// write's bookkeeping unless it completes some other way than the common one:
// docs/STREAMS.md §3).
const { Writable, Transform, PassThrough } = require('stream');

const out = [];
const say = (s) => out.push(s);
function state(stream, tag) {
  const w = stream._writableState;
  // pendingcb only outside objectMode, and not writecb: node 20.20 keeps a
  // completed write's afterWrite tick in objectMode (and shows writecb as
  // its nop) where 20.11 does not.
  const pending = w.objectMode ? '' : ` pendingcb=${w.pendingcb}`;
  say(`${tag}${pending} writelen=${w.writelen}` +
    ` writing=${w.writing} sync=${w.sync} length=${w.length} writableLength=${stream.writableLength}` +
    ` needDrain=${w.needDrain}`);
}
const tick = () => new Promise((r) => setImmediate(r));

async function syncWrites(objectMode) {
  const tag = objectMode ? 'obj' : 'bytes';
  const w = new Writable({
    objectMode,
    highWaterMark: objectMode ? 2 : 4,
    write(chunk, enc, cb) {
      state(this, `${tag} in _write ${enc}`);
      say(`${tag} cb is onwrite: ${cb === this._writableState.onwrite}`);
      cb();
      state(this, `${tag} after cb`);
    },
  });
  say(`${tag} write1 -> ${w.write(objectMode ? { a: 1 } : Buffer.from('ab'))}`);
  state(w, `${tag} after write1`);
  say(`${tag} write2 -> ${w.write(objectMode ? { a: 2 } : Buffer.from('abcdef'))}`);
  state(w, `${tag} after write2`);
  say(`${tag} write3 cb -> ${w.write(objectMode ? 3 : Buffer.from('x'), () => say(`${tag} cb3`))}`);
  state(w, `${tag} after write3`);
  await tick();
  state(w, `${tag} later`);
}

async function asyncWrite() {
  let pending;
  const w = new Writable({
    objectMode: true,
    write(chunk, enc, cb) {
      state(this, 'async in _write');
      pending = cb;
    },
  });
  say('async write -> ' + w.write({}));
  state(w, 'async after write');
  say('async write2 -> ' + w.write({}));
  state(w, 'async after write2');
  w.on('drain', () => say('async drain'));
  pending();
  state(w, 'async after cb');
  await tick();
  pending();
  state(w, 'async after cb2');
  await tick();
  state(w, 'async later');
}

async function errorWrites() {
  for (const when of ['sync', 'async']) {
    const w = new Writable({
      write(chunk, enc, cb) {
        state(this, `${when} err in _write`);
        const e = new Error('boom ' + when);
        if (when === 'sync') cb(e);
        else setImmediate(() => cb(e));
      },
    });
    w.on('error', (e) => {
      say(`${when} error event ${e.message}`);
      state(w, `${when} at error`);
    });
    w.on('close', () => say(`${when} close`));
    say(`${when} write -> ${w.write(Buffer.from('a'))}`);
    state(w, `${when} after write`);
    await tick();
    await tick();
  }
}

async function doubleCallback() {
  const w = new Writable({
    write(chunk, enc, cb) {
      cb();
      cb();
    },
  });
  w.on('error', (e) => say(`double error ${e.code}`));
  w.write(Buffer.from('a'));
  state(w, 'double after write');
  await tick();
}

async function throwingWrite() {
  const w = new Writable({
    objectMode: true,
    write(chunk, enc, cb) {
      this._cb = cb;
      throw new Error('thrown');
    },
  });
  try {
    w.write({});
  } catch (e) {
    say('caught ' + e.message);
  }
  state(w, 'thrown after');
  w._cb();
  state(w, 'thrown after late cb');
  await tick();
  state(w, 'thrown later');
}

async function setInsideWrite() {
  const w = new Writable({
    objectMode: true,
    write(chunk, enc, cb) {
      this._writableState.pendingcb += 1;
      state(this, 'set in _write');
      cb();
      this._writableState.pendingcb -= 1;
      state(this, 'set after cb');
    },
  });
  w.write({});
  state(w, 'set after write');
  w.end();
  w.on('finish', () => say('set finish'));
  await tick();
}

async function endInsideWrite() {
  const w = new Writable({
    objectMode: true,
    write(chunk, enc, cb) {
      this.end();
      state(this, 'end in _write');
      cb();
    },
  });
  w.on('finish', () => say('endin finish'));
  w.on('close', () => say('endin close'));
  w.write({});
  state(w, 'endin after write');
  await tick();
}

async function transforms() {
  const t = new Transform({
    objectMode: true,
    highWaterMark: 1,
    transform(chunk, enc, cb) {
      state(this, `t in _transform ${chunk}`);
      say(`t readableLength=${this.readableLength}`);
      if (chunk === 3) setImmediate(() => cb(null, chunk * 10));
      else cb(null, chunk * 10);
      state(this, `t after cb ${chunk}`);
    },
  });
  for (let i = 1; i <= 4; i++) {
    say(`t write ${i} -> ${t.write(i)}`);
    state(t, `t after write ${i}`);
  }
  await tick();
  state(t, 't later');
  const got = [];
  let v;
  while ((v = t.read()) !== null) got.push(v);
  say('t read ' + got.join(','));
  await tick();
  state(t, 't after read');
  while ((v = t.read()) !== null) got.push(v);
  say('t read ' + got.join(','));
  t.end();
  t.on('finish', () => say('t finish'));
  t.resume();
  await tick();
  await tick();
}

async function transformTwice() {
  const t = new Transform({
    objectMode: true,
    transform(chunk, enc, cb) {
      cb(null, chunk);
      cb(null, chunk);
    },
  });
  t.on('error', (e) => say(`twice error ${e.code}`));
  t.on('data', (d) => say(`twice data ${d}`));
  t.write(1);
  await tick();
}

async function transformError() {
  const t = new Transform({
    transform(chunk, enc, cb) {
      cb(new Error('t boom'));
    },
  });
  t.on('error', (e) => say(`terr error ${e.message}`));
  t.on('close', () => say('terr close'));
  say('terr write -> ' + t.write(Buffer.from('a'), (e) => say('terr cb ' + (e && e.message))));
  await tick();
}

async function transformOverrides() {
  // A subclass with its own _write; one that calls Transform's with its own callback.
  class Mine extends Transform {
    _write(chunk, enc, cb) {
      say(`mine _write ${chunk}`);
      Transform.prototype._write.call(this, chunk, enc, (e) => {
        say('mine inner cb ' + e);
        cb(e);
      });
    }
  }
  const m = new Mine({ objectMode: true, transform(c, e, cb) { cb(null, c + 1); } });
  m.on('data', (d) => say(`mine data ${d}`));
  m.write(1);
  m.write(2);
  await tick();
  const p = new PassThrough();
  p._write = function (chunk, enc, cb) {
    say('patched _write ' + chunk);
    cb();
  };
  p.write(Buffer.from('z'));
  say('patched readableLength ' + p.readableLength);
  const p2 = new PassThrough();
  p2.on('data', (d) => say('p2 data ' + d + ' ' + p2.writableLength));
  p2.write('hey', 'utf8');
  p2.write(Buffer.from('you'), () => say('p2 cb'));
  await tick();
}

(async () => {
  await syncWrites(true);
  await syncWrites(false);
  await asyncWrite();
  await errorWrites();
  await doubleCallback();
  await throwingWrite();
  await setInsideWrite();
  await endInsideWrite();
  await transforms();
  await transformTwice();
  await transformError();
  await transformOverrides();
  console.log(out.join('\n'));
})();
