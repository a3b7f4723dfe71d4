'use strict';
// Errors the library makes carry V8's first stack line (`String(err)`) above
// the frames, as Node's do: tests match on it and programs print it.
const assert = require('assert');
const fs = require('fs');
const { Readable } = require('stream');

function firstLine(f) {
  try { f(); } catch (e) { return show(e); }
  return 'no throw';
}
function show(e) {
  const lines = String(e.stack).split('\n');
  return `${lines[0]} | frames below: ${lines.slice(1).every((l) => /^ {4}at /.test(l))}` +
    ` | stack enumerable: ${Object.keys(e).includes('stack')}`;
}
console.log(firstLine(() => require('path').join(1)));
console.log(firstLine(() => Buffer.alloc(-1)));
console.log(firstLine(() => fs.openSync('no-such-dir/no-such-file')));
console.log(firstLine(() => assert.strictEqual(1, 2)));
console.log(firstLine(() => assert.fail()));
console.log(firstLine(() => assert.ok(false, 'custom')));
console.log(firstLine(() => assert.deepStrictEqual({ a: 1 }, { a: 2 })));
console.log(firstLine(() => new (require('events'))().emit('error', 'x')));
const r = new Readable({ read() {} });
r.on('error', (e) => console.log(show(e)));
r.push(null);
r.push('late');
// One after the other: two requests in flight may finish in either order.
fs.readFile('no-such-file', (e) => {
  console.log(show(e));
  fs.promises.stat('no-such-file').catch((e2) => console.log(show(e2)));
});
const ac = new AbortController();
ac.abort();
console.log(show(ac.signal.reason));
require('events').once(new (require('events'))(), 'never', { signal: ac.signal }).catch((e) => console.log(show(e)));
