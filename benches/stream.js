'use strict';
// Benchmarks for node:stream (issue 9 item 6). Runs under `node benches/stream.js`
// and `build/jsrt-node benches/stream.js` (`benches/run.sh build/jsrt-node stream`).
// STREAM_IMPL=<path> runs the same scenarios on another implementation of the
// stream API (e.g. npm's readable-stream@4 installed somewhere:
// STREAM_IMPL=/tmp/rs/node_modules/readable-stream), on the same engine.
// Each op is one whole scenario; prints `<name> <scenarios_per_sec>`.
// BENCH_RUNS=<n> runs each selected scenario n times untimed and prints
// nothing (benches/stream-callgrind.sh counts instructions that way).
const env = (typeof process !== 'undefined' && process.env) || {};
const impl = env.STREAM_IMPL ? require(env.STREAM_IMPL) : require('stream');
const { Readable, Writable, PassThrough, Transform } = impl;
const RUN_MS = +env.BENCH_MS || 1000;
const WARMUP_MS = Math.min(150, RUN_MS);

const chunk64k = Buffer.alloc(64 << 10, 0x61);
const items = [];
for (let i = 0; i < 10000; i++) items.push({ i, name: 'item' + i });

// (a) 16 MiB as 64 KiB Buffers through Readable -> PassThrough -> Writable.
function bytesThrough() {
  return new Promise((resolve, reject) => {
    let left = 256;
    let seen = 0;
    const src = new Readable({
      read() {
        this.push(left-- > 0 ? chunk64k : null);
      },
    });
    const sink = new Writable({
      write(c, e, cb) {
        seen += c.length;
        cb();
      },
    });
    sink.on('finish', () => resolve(seen));
    sink.on('error', reject);
    src.pipe(new PassThrough()).pipe(sink);
  });
}

// (b) 10k objects through Readable.from -> object-mode Transform -> Writable.
function objectsThrough() {
  return new Promise((resolve, reject) => {
    let sum = 0;
    const t = new Transform({
      objectMode: true,
      transform(o, e, cb) {
        cb(null, o.i);
      },
    });
    const sink = new Writable({
      objectMode: true,
      write(n, e, cb) {
        sum += n;
        cb();
      },
    });
    sink.on('finish', () => resolve(sum));
    sink.on('error', reject);
    Readable.from(items).pipe(t).pipe(sink);
  });
}

// (c) for await over a Readable of 10k items.
async function forAwait() {
  let i = 0;
  const r = new Readable({
    objectMode: true,
    read() {
      this.push(i < 10000 ? items[i++] : null);
    },
  });
  let n = 0;
  for await (const o of r) n += o.i;
  return n;
}

async function timeFor(fn, ms) {
  let runs = 0;
  const start = Date.now();
  let now = start;
  while (now < start + ms) {
    await fn();
    runs++;
    now = Date.now();
  }
  return (runs * 1000) / Math.max(1, now - start);
}

(async () => {
  const only = env.BENCH_ONLY ? env.BENCH_ONLY.split('|') : null;
  for (const [name, fn] of [
    ['bytes_16MiB_pipe_passthrough', bytesThrough],
    ['objects_10k_from_transform', objectsThrough],
    ['for_await_10k', forAwait],
  ]) {
    if (only && !only.some((part) => name.includes(part))) continue;
    if (env.BENCH_RUNS) {
      for (let i = 0; i < +env.BENCH_RUNS; i++) await fn();
      continue;
    }
    await timeFor(fn, WARMUP_MS);
    console.log(name + ' ' + (await timeFor(fn, RUN_MS)).toFixed(2));
  }
})();
