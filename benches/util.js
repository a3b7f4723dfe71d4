'use strict';
// Micro-benchmark for node:util (inspect/format are what console.log runs).
// Runs under `node benches/util.js` and `build/jsrt-node benches/util.js`;
// prints one line per op: <name> <ops_per_sec>. Compare with `benches/run.sh build/jsrt-node util`.
const util = require('util');
const { run } = require('./harness');

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
// A 120-node ring, every node also pointing at the first: depth Infinity makes
// the text nest 360 levels deep (was quadratic here: 500 nodes took 4.2 s).
// Deeper rings end at the engine's stack limit (QuickJS's 1 MiB default).
function ring(n) {
  const nodes = Array.from({ length: n }, (_, i) => ({ id: i, edges: [] }));
  for (let i = 0; i < n; i++) {
    nodes[i].edges.push(nodes[(i + 1) % n]);
    nodes[i].parent = nodes[0];
  }
  return nodes[0];
}
const ring120 = ring(120);
const deepB = { a: [1, 2, { b: new Set([1, 2]) }], c: new Map([['x', { y: 1 }]]) };

// The JS-level helpers: parseArgs, the promisify/deprecate/debuglog
// wrappers, styleText, streaming TextDecoder.
const paOpts = { a: { type: 'boolean', short: 'a', multiple: true }, b: { type: 'boolean', short: 'b' },
  s: { type: 'string', short: 's' }, name: { type: 'string' } };
const paSmall = ['-ab', '-s', 'v', '--name=x', '--', 'pos'];
const paGroups = Array(1000).fill('-ab');
const promisified = util.promisify((x, cb) => cb(null, x));
process.noDeprecation = true;
const deprecated = util.deprecate((x) => x, 'bench', 'DEP_BENCH');
const debugOff = util.debuglog('jsrt_bench_off');
const streamDec = new TextDecoder();
const chunk = bytes.subarray(0, 64);

const ops = [
  ['inspect.small', () => util.inspect(small).length],
  ['inspect.nested', () => util.inspect(nested).length],
  ['inspect.arr100', () => util.inspect(arr100).length],
  ['inspect.objs20', () => util.inspect(objs).length],
  ['inspect.map20', () => util.inspect(map).length],
  ['inspect.ring120', () => util.inspect(ring120, { depth: Infinity }).length],
  ['inspect.string', () => util.inspect('a string with \'quotes\' and \n newline').length],
  ['format.%s%d', () => util.format('%s has %d items', 'list', 42).length],
  ['format.obj', () => util.format('value:', small, 7).length],
  ['deepStrictEq', () => (util.isDeepStrictEqual(deepA, deepB) ? 'y' : 'n').length],
  ['encode.1KiB', () => enc.encode(text).length],
  ['decode.1KiB', () => dec.decode(bytes).length],
  ['parseArgs.small', () => util.parseArgs({ args: paSmall, options: paOpts, allowPositionals: true }).positionals.length],
  ['parseArgs.groups1k', () => util.parseArgs({ args: paGroups, options: paOpts }).values.a.length],
  ['promisify.call', () => (promisified(1) ? 1 : 0)],
  ['deprecate.call', () => deprecated(1)],
  ['debuglog.off', () => (debugOff('x %s', 1), 1)],
  ['styleText', () => util.styleText(['bold', 'red'], 'text').length],
  ['decode.stream64', () => streamDec.decode(chunk, { stream: true }).length],
];

run(ops);
