'use strict';
const { pipeline, Readable, Writable, Transform, PassThrough } = require('stream');
const { note, watch, scenario, runAll } = require('./_trace');

function collector(name, out) {
  return new Writable({
    objectMode: true,
    write(c, e, cb) { out.push(String(c)); cb(); },
  });
}

scenario('streams only', () => new Promise((resolve) => {
  const out = [];
  const up = new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
  const r = Readable.from(['a', 'b', 'c']);
  const w = collector('w', out);
  watch(w, 'w', ['finish', 'close']);
  const ret = pipeline(r, up, w, (err) => {
    note('done', err, out, r.destroyed, up.destroyed, w.destroyed);
    resolve();
  });
  note('returns last', ret === w);
}));

scenario('generator source, async generator transforms, function destination', () => new Promise((resolve) => {
  pipeline(
    function* () { yield 1; yield 2; yield 3; },
    async function* (src) { for await (const x of src) yield x * 2; },
    async function* (src) { for await (const x of src) yield String(x); },
    async (src) => { const all = []; for await (const x of src) all.push(x); return all.join('+'); },
    (err, value) => { note('done', err, value); resolve(); },
  );
}));

scenario('async iterable into a Writable', () => new Promise((resolve) => {
  const out = [];
  async function* gen() { yield 'x'; yield 'y'; }
  pipeline(gen(), collector('w', out), (err) => { note('done', err, out); resolve(); });
}));

scenario('error in the middle destroys every stream', () => new Promise((resolve) => {
  const r = new Readable({ read() {} });
  const t = new Transform({ transform(c, e, cb) { cb(new Error('middle failed')); } });
  const w = new Writable({ write(c, e, cb) { cb(); } });
  watch(r, 'r', ['close', 'error']);
  watch(w, 'w', ['close', 'error', 'finish']);
  pipeline(r, t, w, (err) => {
    note('done', err);
    setTimeout(() => { note('destroyed', r.destroyed, t.destroyed, w.destroyed); resolve(); }, 1);
  });
  r.push('go');
}));

scenario('source destroyed early: premature close', () => new Promise((resolve) => {
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { cb(); } });
  pipeline(r, w, (err) => { note('done', err, w.destroyed); resolve(); });
  r.destroy();
}));

scenario('generator throws', () => new Promise((resolve) => {
  const w = new Writable({ objectMode: true, write(c, e, cb) { note('got', c); cb(); } });
  pipeline(async function* () { yield 'first'; throw new Error('gen failed'); }, w, (err) => {
    note('done', err, w.destroyed);
    resolve();
  });
}));

scenario('argument errors', () => {
  try { pipeline(); } catch (e) { note('none', e); }
  try { pipeline(Readable.from([])); } catch (e) { note('no callback', e); }
  try { pipeline(Readable.from([]), () => {}); } catch (e) { note('one stream', e); }
  try { pipeline(() => 5, new PassThrough(), () => {}); } catch (e) { note('bad source', e); }
});

scenario('stream/promises pipeline and finished', async () => {
  const sp = require('stream/promises');
  note('same as promises', sp === require('stream').promises, Object.keys(sp));
  const out = [];
  await sp.pipeline(Readable.from(['p', 'q']), collector('w', out));
  note('awaited', out);
  try {
    await sp.pipeline(Readable.from(['p']), new Transform({ transform(c, e, cb) { cb(new Error('nope')); } }), collector('w', []));
  } catch (e) {
    note('rejected', e);
  }
  const ac = new AbortController();
  const p = sp.pipeline(new Readable({ read() {} }), new PassThrough(), { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) { note('aborted', e.name, e.code); }
  const r = Readable.from(['z']);
  r.resume();
  await sp.finished(r);
  note('finished resolved', r.readableEnded);
  const util = require('util');
  note('promisify custom', util.promisify(pipeline) === sp.pipeline);
});

runAll();
