// util.format's %d/%i/%f convert an array as String() does in V8: an array
// met again while it is being joined (a cycle) counts as '', so a cyclic
// array formats instead of overflowing the stack; deep arrays too.
'use strict';
const util = require('util');
const c = [1, 2];
c.push(c);
console.log(util.format('%d %i %f', c, c, c));
console.log(util.format('%d', [c, [3]]));
console.log(util.format('%i', [[[[5]]]]));
console.log(util.format('%d', [, null, undefined, [c]]));
console.log(util.format('%d %i %f', [], [' 7'], [[1.5e3]]));
const own = [1];
own.toString = () => '42';
console.log(util.format('%d %i', own, [own, 2]));
let deep = [];
for (let i = 0; i < 800; i++) deep = [deep];
console.log(util.format('%d %i %f', deep, deep, deep));
try {
  util.format('%d', [Symbol('s')]);
} catch (e) {
  console.log(e.name);
}
