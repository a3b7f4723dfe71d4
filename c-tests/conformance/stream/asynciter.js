'use strict';
const { Readable } = require('stream');
const { note, watch, scenario, runAll } = require('./_trace');

scenario('for await reads every chunk then ends', async () => {
  const r = new Readable({ read() {} });
  watch(r, 'r', ['end', 'close']);
  r.push('a');
  r.push('b');
  setTimeout(() => { r.push('c'); r.push(null); }, 1);
  for await (const c of r) note('chunk', String(c));
  note('loop done', r.destroyed);
});

scenario('break destroys the stream', async () => {
  const r = Readable.from([1, 2, 3, 4]);
  watch(r, 'r', ['end', 'close', 'error']);
  for await (const c of r) {
    note('chunk', c);
    if (c === 2) break;
  }
  note('after break', r.destroyed, r.readableEnded);
});

scenario('iterator({ destroyOnReturn: false }) keeps it', async () => {
  const r = Readable.from([1, 2, 3]);
  for await (const c of r.iterator({ destroyOnReturn: false })) {
    note('first', c);
    break;
  }
  note('destroyed', r.destroyed);
  for await (const c of r) note('rest', c);
});

scenario('stream error rejects the loop', async () => {
  const r = new Readable({ read() {} });
  setTimeout(() => r.destroy(new Error('mid-stream')), 1);
  r.push('ok');
  try {
    for await (const c of r) note('chunk', String(c));
  } catch (e) {
    note('caught', e);
  }
});

scenario('throwing in the loop body destroys with that error', async () => {
  const r = Readable.from(['x', 'y']);
  r.on('error', (e) => note('error event', e));
  r.on('close', () => note('close', r.errored && r.errored.message));
  try {
    for await (const c of r) throw new Error('body threw ' + c);
  } catch (e) {
    note('caught', e);
  }
});

scenario('iterator helpers', async () => {
  const src = () => Readable.from([1, 2, 3, 4, 5]);
  note('toArray', await src().toArray());
  note('map', await src().map((x) => x * 2).toArray());
  note('filter', await src().filter((x) => x % 2).toArray());
  note('flatMap', await src().flatMap((x) => [x, -x]).take(4).toArray());
  note('drop', await src().drop(3).toArray());
  note('take', await src().take(2).toArray());
  note('reduce', await src().reduce((a, b) => a + b, 0));
  note('reduce no init', await src().reduce((a, b) => a * b));
  note('some', await src().some((x) => x > 4), 'every', await src().every((x) => x > 0));
  note('find', await src().find((x) => x > 2));
  const seen = [];
  await src().forEach((x) => { seen.push(x); });
  note('forEach', seen);
  try { src().map(5); } catch (e) { note('map(5)', e); }
  try { await Readable.from([]).reduce((a, b) => a + b); } catch (e) { note('empty reduce', e.name, e.code, e.message); }
});

runAll();
