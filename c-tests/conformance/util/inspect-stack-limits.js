'use strict';
// util.inspect gives up on very deep nesting the way node does (node runs
// out of stack near 1,000 levels) instead of printing a text that grows with
// the square of the depth; and colored error stacks gray out the working
// directory (process.cwd(), which a program may replace) in paths and in
// file URLs, underline node_modules package names, and gray the runtime's
// own frames.
const util = require('util');

const list = {};
let head = list;
for (let i = 0; i < 100000; i++) head = head.next = {};
for (const opts of [{ depth: Infinity }, { depth: Infinity, breakLength: Infinity, compact: true }]) {
  const text = util.inspect(list, opts);
  const levels = (text.match(/next/g) || []).length;
  console.log('deep list', levels > 500 && levels < 10000,
    text.includes('[Object: Inspection interrupted prematurely. Maximum call stack size exceeded.]'));
}
const arrays = [];
let at = arrays;
for (let i = 0; i < 5000; i++) {
  const next = [];
  at.push(next);
  at = next;
}
console.log('deep arrays', util.inspect(arrays, { depth: Infinity }).includes('[Array: Inspection interrupted prematurely'));
console.log('shallow stays whole', util.inspect(list, { depth: 3 }));

const realCwd = process.cwd;
process.cwd = () => '/home/user directory/repository%encoded/node';
const err = new Error('grayed');
err.stack = [
  'Error: grayed',
  '    at A.<anonymous> (/test/node_modules/foo/node_modules/bar/baz.js:2:7)',
  '    at Array.forEach (<anonymous>)',
  `    at ${process.cwd()}/test/parallel/test-util-inspect.js:2760:12`,
  `    at Object.<anonymous> (${process.cwd()}/node_modules/hyper_module/folder/file.js:2753:10)`,
  '    at Object.<anonymous> (file:///home/user%20directory/repository%25encoded/node/node_modules/esm_module/folder/file.js:2753:10)',
  '    at file:///home/user%20directory/repository%25encoded/node/test/parallel/test-esm.mjs:2760:12',
  '    at /test/test-util-inspect.js:2239:9',
  '    at @scope (/x/node_modules/@scope/pkg/index.js:1:1)',
].join('\n');
for (const line of util.inspect(err, { colors: true }).split('\n')) console.log(JSON.stringify(line));
process.cwd = realCwd;
