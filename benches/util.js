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
];

run(ops);
