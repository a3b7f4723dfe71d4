// Deep structures do not depend on the native stack: util.inspect prints
// every level (as node does as long as its own stack lasts) and
// isDeepStrictEqual answers, in time linear in the output.
'use strict';
const util = require('util');
const nested = (kind, depth) => {
  let v = 1;
  for (let i = 0; i < depth; i++) {
    if (kind === 'array') v = [v];
    else if (kind === 'object') v = { v };
    else if (kind === 'map') v = new Map([[i, v]]);
    else v = new Set([v]);
  }
  return v;
};
for (const kind of ['array', 'object', 'map', 'set']) {
  for (const depth of [300, 400, 700]) {
    const s = util.inspect(nested(kind, depth), { depth: Infinity });
    console.log(kind, depth, s.length, JSON.stringify(s.slice(0, 40)), JSON.stringify(s.slice(-40)),
      s.includes('interrupted'), s.includes('Object('));
  }
  console.log(kind, 'deep equal 700', util.isDeepStrictEqual(nested(kind, 700), nested(kind, 700)));
}
const mixed = (d) => {
  let v = 'end';
  for (let i = 0; i < d; i++) v = i % 2 ? [v, i] : { k: new Map([['m', v]]), s: new Set([i]) };
  return v;
};
const text = util.inspect(mixed(400), { depth: Infinity, breakLength: 60 });
console.log('mixed', text.length, text.split('\n').length, JSON.stringify(text.slice(5000, 5080)));
console.log('mixed equal', util.isDeepStrictEqual(mixed(600), mixed(600)));
const a = mixed(600);
const b = mixed(600);
let x = b;
for (let i = 0; i < 300; i++) x = Array.isArray(x) ? x[0] : x.k.get('m');
if (Array.isArray(x)) x[1] = -1; else x.s.add(-1);
console.log('mixed differs deep down', util.isDeepStrictEqual(a, b));
