'use strict';
// Micro-benchmark for node:util (inspect/format are what console.log runs).
// Runs under `node benches/util.js` and `build/jsrt-node benches/util.js`;
// prints one line per op: <name> <ops_per_sec>. Compare with `benches/run.sh build/jsrt-node util`.
const util = require('util');

const WARMUP_MS = 150;
const RUN_MS = 1000;
const BATCH = 100;

const small = { a: 1, b: 'two', c: [1, 2, 3], d: { e: null } };
const nested = { id: 7, name: 'item', tags: ['x', 'y'], meta: { created: new Date(0), owner: { name: 'o', roles: ['r1', 'r2'] } } };
const arr100 = Array.from({ length: 100 }, (_, i) => i * 3);
const objs = Array.from({ length: 20 }, (_, i) => ({ i, s: 'v' + i }));
const map = new Map(Array.from({ length: 20 }, (_, i) => ['k' + i, { v: i }]));
const text = 'h\u00e9llo w\u00f6rld \u20ac '.repeat(64);
const bytes = new TextEncoder().encode(text);
const enc = new TextEncoder();
const dec = new TextDecoder();
const deepA = { a: [1, 2, { b: new Set([1, 2]) }], c: new Map([['x', { y: 1 }]]) };
const deepB = { a: [1, 2, { b: new Set([1, 2]) }], c: new Map([['x', { y: 1 }]]) };

const ops = [
  ['inspect.small', () => util.inspect(small)],
  ['inspect.nested', () => util.inspect(nested)],
  ['inspect.arr100', () => util.inspect(arr100)],
  ['inspect.objs20', () => util.inspect(objs)],
  ['inspect.map20', () => util.inspect(map)],
  ['inspect.string', () => util.inspect('a string with \'quotes\' and \n newline')],
  ['format.%s%d', () => util.format('%s has %d items', 'list', 42)],
  ['format.obj', () => util.format('value:', small, 7)],
  ['deepStrictEq', () => util.isDeepStrictEqual(deepA, deepB) ? 'y' : 'n'],
  ['encode.1KiB', () => enc.encode(text)],
  ['decode.1KiB', () => dec.decode(bytes)],
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
  console.log(`${name} ${Math.round((iterations * 1000) / elapsed)}`);
}
if (sink === -1) console.log(sink);
