'use strict';
// Large and deeply nested values (the texts util.inspect keeps aside instead of
// copying at every level, src/modules/util/deferred.rs): the output must stay
// Node's byte for byte. Prints the length and a hash of each text, and a few
// lines of it.
const util = require('util');
function hash(s) {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}
function ring(n) {
  const nodes = Array.from({ length: n }, (_, i) => ({ id: i, edges: [] }));
  for (let i = 0; i < n; i++) {
    nodes[i].edges.push(nodes[(i + 1) % n]);
    nodes[i].parent = nodes[0];
  }
  return nodes[0];
}
const items = Array.from({ length: 300 }, (_, i) => ({
  i, name: 'n' + i, tags: ['a', 'b', i], nested: { deep: { deeper: [i, i * 2, { x: 'y'.repeat(i % 7) }] } },
}));
const nine = Array.from({ length: 9 }, (_, i) => (i % 3 === 0 ? items.slice(0, 40) : i));
const wide = {
  a: items, m: new Map(items.slice(0, 50).map((o, i) => ['k' + i, o])), nine,
  s: new Set(items.slice(0, 30)), str: 'x'.repeat(5000), u: { '\u00e9\u4e2d': ['\u4e2d'.repeat(3000)] },
};
const cases = [
  ['ring 30', ring(30), { depth: Infinity }],
  ['ring 20 breakLength 1000', ring(20), { depth: Infinity, breakLength: 1000 }],
  ['wide', wide, { depth: Infinity }],
  ['wide breakLength 200', wide, { depth: Infinity, breakLength: 200 }],
  ['wide compact false', wide, { depth: Infinity, compact: false }],
  ['wide compact 1', wide, { depth: Infinity, compact: 1 }],
  ['wide compact true', wide, { depth: Infinity, compact: true, breakLength: 120 }],
  ['wide sorted', wide, { depth: Infinity, sorted: true }],
  ['wide breakLength Infinity', wide, { depth: 3, breakLength: Infinity }],
  ['nine breakLength 3000', nine, { depth: 5, breakLength: 3000 }],
  ['wide maxArrayLength 20', wide, { depth: 2, maxArrayLength: 20 }],
];
for (const [name, v, o] of cases) {
  const s = util.inspect(v, o);
  const lines = s.split('\n');
  console.log(name, s.length, lines.length, hash(s));
  console.log('  ', JSON.stringify(lines[Math.floor(lines.length / 2)]));
}
// A user string that looks like a reference stays as it is.
const tricky = { s: '\ufdd00000000000000000000\ufdd1', big: items.slice(0, 60) };
const t = util.inspect(tricky, { depth: Infinity });
console.log('tricky', t.length, hash(t), JSON.stringify(t.slice(0, 40)));
