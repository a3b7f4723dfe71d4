'use strict';
// Micro-benchmark for node:fs. Runs under `node benches/fs.js` and
// `build/jsrt-node benches/fs.js` (`benches/run.sh build/jsrt-node fs`
// compares them). Prints one line per op: <name> <ops_per_sec>. Works in a
// fresh temp directory that it removes.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Writable } = require('stream');
const { run } = require('./harness');

const env = (typeof process !== 'undefined' && process.env) || {};
const RUN_MS = +env.BENCH_MS || 1000;
const only = env.BENCH_ONLY ? env.BENCH_ONLY.split('|') : null;
const wanted = (name) => !only || only.some((part) => name.includes(part));

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jsrt-fs-bench-'));
const mib = Buffer.alloc(1 << 20, 'abcdefgh');
const file = path.join(root, 'mib');
fs.writeFileSync(file, mib);
const dir = path.join(root, 'many');
fs.mkdirSync(dir);
for (let i = 0; i < 1000; i++) fs.writeFileSync(path.join(dir, 'entry-' + i), '');
// 32 MiB for the stream op, written in 1 MiB pieces.
const big = path.join(root, 'big');
{
  const fd = fs.openSync(big, 'w');
  for (let i = 0; i < 32; i++) fs.writeSync(fd, mib);
  fs.closeSync(fd);
}
const small = [];
for (let i = 0; i < 100; i++) {
  const f = path.join(root, 'small-' + i);
  fs.writeFileSync(f, Buffer.alloc(1024, i));
  small.push(f);
}

// The setup's 34 MiB and 1,100 files reach the disk now, not while an op is
// timed: otherwise the kernel's writeback of them lands on whichever runtime
// measures next (it made writeFileSync_1MiB swing between 0.2 and 1.2).
function settle(p) {
  const fd = fs.openSync(p, 'r');
  fs.fsyncSync(fd);
  fs.closeSync(fd);
}
for (const p of [file, big, dir, root, ...small]) settle(p);

// Each sync op runs on its own and its written data is flushed before the
// next op starts, outside the timing: ext4 starts writeback of a file that
// was truncated and rewritten when it is closed (auto_da_alloc), and that
// I/O otherwise lands on the op measured after it.
const syncOps = [
  ['writeFileSync+readFileSync_1MiB', () => {
    fs.writeFileSync(file, mib);
    return fs.readFileSync(file).length;
  }],
  ['writeFileSync_1MiB', () => { fs.writeFileSync(file, mib); return 1; }],
  ['readFileSync_1MiB', () => fs.readFileSync(file).length],
  ['statSync', () => fs.statSync(file).size],
  ['readdirSync_1000', () => fs.readdirSync(dir).length],
  ['readdirSync_1000_withFileTypes', () => fs.readdirSync(dir, { withFileTypes: true }).length],
];
for (const op of syncOps) {
  run([op]);
  settle(file);
}

// Async ops: `fn(done)` repeated back to back for RUN_MS (after a short
// warm-up); prints completed ops per second.
function timeAsync(name, fn, next) {
  if (!wanted(name)) return next();
  let count = 0;
  let start = Date.now();
  let warm = true;
  const step = () => {
    const now = Date.now();
    if (warm && now - start >= Math.min(150, RUN_MS)) {
      warm = false;
      count = 0;
      start = now;
    } else if (!warm && now - start >= RUN_MS) {
      console.log(name + ' ' + Math.round((count * 1000) / (now - start)));
      return next();
    }
    fn(() => {
      count++;
      step();
    });
  };
  step();
}

const asyncOps = [
  ['readFile_cb_1MiB', (done) => fs.readFile(file, (e, b) => done(b.length))],
  ['readFile_promise_1MiB', (done) => fs.promises.readFile(file).then((b) => done(b.length))],
  ['readFile_cb_100x1KiB_at_once', (done) => {
    let left = small.length;
    for (const f of small) fs.readFile(f, () => { if (--left === 0) done(); });
  }],
  ['readFile_promise_100x1KiB_at_once', (done) => {
    Promise.all(small.map((f) => fs.promises.readFile(f))).then(() => done());
  }],
  ['createReadStream_32MiB_to_Writable', (done) => {
    let bytes = 0;
    const sink = new Writable({ write(chunk, enc, cb) { bytes += chunk.length; cb(); } });
    sink.on('finish', () => done(bytes));
    fs.createReadStream(big).pipe(sink);
  }],
];
let i = 0;
const nextAsync = () => {
  if (i >= asyncOps.length) {
    fs.rmSync(root, { recursive: true, force: true });
    return;
  }
  const [name, fn] = asyncOps[i++];
  timeAsync(name, fn, nextAsync);
};
nextAsync();
