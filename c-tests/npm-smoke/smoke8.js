'use strict';
// npm packages built on streams, queues and pools: one line per package, compared with node by run.sh.
const { Readable, Writable, PassThrough } = require('stream');
const results = []; const log = (n, v) => results.push(`${n}: ${typeof v === 'string' ? v : JSON.stringify(v)}`);
const collect = (s) => new Promise((res, rej) => { const out = []; s.on('data', (d) => out.push(d)).on('end', () => res(out)).on('error', rej); });
async function main() {
  const _ = require('highland'); log('highland', await new Promise((r) => _([1, 2, 3]).map((x) => x * 2).toArray(r)));
  const combine = require('stream-combiner2'); const c = combine.obj(new PassThrough({ objectMode: true }), new PassThrough({ objectMode: true })); c.end({ a: 1 }); log('stream-combiner2', await collect(c));
  const from2 = require('from2'); let n = 0; log('from2', String(Buffer.concat(await collect(from2((size, next) => next(null, n++ < 3 ? String(n) : null))))));
  const to2 = require('to2'); const got = []; await new Promise((r) => Readable.from(['x', 'y']).pipe(to2((chunk, enc, cb) => { got.push(String(chunk)); cb(); })).on('finish', r)); log('to2', got);
  const fws = require('flush-write-stream'); const seen = []; await new Promise((r) => { const w = fws((d, e, cb) => { seen.push(String(d)); cb(); }, (cb) => { seen.push('flush'); cb(); }); w.on('finish', r); w.write('a'); w.end('b'); }); log('flush-write-stream', seen);
  const each = require('stream-each'); const ev = []; await new Promise((r) => each(Readable.from([1, 2]), (d, next) => { ev.push(d); next(); }, r)); log('stream-each', ev);
  const shift = require('stream-shift'); const rs = new PassThrough(); rs.write('q'); log('stream-shift', String(shift(rs)));
  const eos = require('end-of-stream'); await new Promise((r) => { const s = Readable.from(['z']); eos(s, (e) => { log('end-of-stream', e || null); r(); }); s.resume(); });
  const RS3 = require('readable-stream-3'); log('readable-stream@3', String(Buffer.concat(await collect(new RS3.Readable({ read() { this.push('k'); this.push(null); } })))));
  const { PromisePool } = require('@supercharge/promise-pool'); const { results: pr } = await PromisePool.withConcurrency(2).for([1, 2, 3]).process(async (x) => x + 1); log('promise-pool', pr.sort());
  const pMap = require('p-map'); log('p-map', await pMap([1, 2, 3], async (x) => x * 3, { concurrency: 2 }));
  const PQueue = require('p-queue').default; const q = new PQueue({ concurrency: 1 }); const order = []; q.add(async () => order.push(1)); q.add(async () => order.push(2)); await q.onIdle(); log('p-queue', order);
  const { Mutex } = require('async-mutex'); const m = new Mutex(); const rel = await m.acquire(); rel(); log('async-mutex', m.isLocked());
  const delay = require('delay'); log('delay', await delay(5, { value: 'v' }));
  log('hyperid', typeof require('hyperid')()());
  const fastq = require('fastq'); const fq = fastq.promise(async (x) => x * 2, 1); log('fastq', await fq.push(21));
  const asyncPool = require('tiny-async-pool'); const ap = []; for await (const v of asyncPool(2, [1, 2, 3], async (x) => x)) ap.push(v); log('tiny-async-pool', ap.sort());
  const merge2 = require('merge2'); log('merge2', (await collect(merge2(Readable.from(['a']), Readable.from(['b'])))).map(String));
}
main().then(() => console.log(results.join('\n')), (e) => { console.log(results.join('\n')); console.log('FAILED', e && e.message, e && e.stack); });
