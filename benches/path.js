'use strict';
// Micro-benchmark for node:path. Runs under `node benches/path.js` and
// `build/jsrt-node benches/path.js`. Prints one line per op:
//   <name> <ops_per_sec>
const path = require('path');
const { run } = require('./harness');

const ops = [
  ['join', () => path.join('/foo/bar', 'baz/asdf', 'quux', '..').length],
  ['resolve', () => path.resolve('foo/bar', '/tmp/file/', '..', 'a/../subfile').length],
  ['relative', () => path.relative('/data/orandea/test/aaa', '/data/orandea/impl/bbb').length],
  ['normalize', () => path.normalize('/foo/bar//baz/asdf/quux/..').length],
  ['win32.join', () => path.win32.join('C:\\foo\\bar', 'baz/asdf', 'quux', '..').length],
  ['win32.resolve', () => path.win32.resolve('foo\\bar', 'C:\\tmp\\file\\', '..', 'a\\..\\subfile').length],
];

run(ops);
