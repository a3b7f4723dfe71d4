'use strict';
// Micro-benchmark for node:path. Runs under `node benches/path.js` and
// `build/jsrt-node benches/path.js`. Prints one line per op:
//   <name> <ops_per_sec>
// Uses only require('path'), Date.now and console.log.
const path = require('path');

const WARMUP_MS = 150;
const RUN_MS = 1000;
const BATCH = 1000; // iterations between clock reads

const ops = [
  ['join', () => path.join('/foo/bar', 'baz/asdf', 'quux', '..')],
  ['resolve', () => path.resolve('foo/bar', '/tmp/file/', '..', 'a/../subfile')],
  ['relative', () => path.relative('/data/orandea/test/aaa', '/data/orandea/impl/bbb')],
  ['normalize', () => path.normalize('/foo/bar//baz/asdf/quux/..')],
  ['win32.join', () => path.win32.join('C:\\foo\\bar', 'baz/asdf', 'quux', '..')],
  ['win32.resolve', () => path.win32.resolve('foo\\bar', 'C:\\tmp\\file\\', '..', 'a\\..\\subfile')],
];

let sink = 0;

function timeFor(fn, ms) {
  let iterations = 0;
  const start = Date.now();
  let now = start;
  const end = start + ms;
  while (now < end) {
    for (let i = 0; i < BATCH; i++) {
      sink += fn().length;
    }
    iterations += BATCH;
    now = Date.now();
  }
  return { iterations, elapsed: now - start };
}

for (const [name, fn] of ops) {
  timeFor(fn, WARMUP_MS);
  const { iterations, elapsed } = timeFor(fn, RUN_MS);
  const opsPerSec = Math.round((iterations * 1000) / (elapsed > 0 ? elapsed : 1));
  console.log(name + ' ' + opsPerSec);
}

// Keep the accumulated result observable so the loops cannot be elided.
if (sink === -1) console.log('unreachable ' + sink);
