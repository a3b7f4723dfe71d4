'use strict';
// Seeded random nested values (arrays, objects, Maps, Sets, primitives) and
// mutations of them: every comparison's verdict and message text.
const assert = require('assert');
let seed = 7;
const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const pick = (a) => a[Math.floor(rnd() * a.length)];
function gen(d) {
  const r = rnd();
  if (d > 3 || r < 0.35) return pick([1, 2, 'a', 'b', 'long string value here', null, undefined, true, 0, -0, 3n, NaN, 'x\ny']);
  if (r < 0.6) return Array.from({ length: Math.floor(rnd() * 8) }, () => gen(d + 1));
  if (r < 0.8) { const o = {}; const n = Math.floor(rnd() * 7); for (let i = 0; i < n; i++) o[pick(['a', 'b', 'c', 'key', 'z', 'q1', 'q2'])] = gen(d + 1); return o; }
  if (r < 0.9) return new Map(Array.from({ length: Math.floor(rnd() * 4) }, () => [pick(['k', 'l', 1]), gen(d + 1)]));
  return new Set(Array.from({ length: Math.floor(rnd() * 4) }, () => gen(d + 1)));
}
function mutate(v, d) {
  if (Array.isArray(v) && v.length && rnd() < 0.7) { const c = v.slice(); const i = Math.floor(rnd() * c.length); c[i] = rnd() < 0.5 ? mutate(c[i], d + 1) : gen(d + 1); if (rnd() < 0.3) c.push(gen(3)); return c; }
  if (v && typeof v === 'object' && !(v instanceof Map) && !(v instanceof Set) && rnd() < 0.7) { const c = { ...v }; const ks = Object.keys(c); if (ks.length) { const k = pick(ks); c[k] = mutate(c[k], d + 1); } else c.n = 1; return c; }
  return gen(d);
}
for (let i = 0; i < 150; i++) {
  const a = gen(0); const b = rnd() < 0.2 ? a : mutate(a, 0);
  for (const fn of ['deepStrictEqual', 'deepEqual', 'notDeepStrictEqual', 'notDeepEqual', 'strictEqual', 'notStrictEqual']) {
    try { assert[fn](a, b); console.log(i, fn, 'pass'); } catch (e) { console.log(i, fn, JSON.stringify(e.message)); }
  }
}
