'use strict';
// Loose and strict deep equality as assert sees it: loose primitives in
// Sets/Maps, proxies of arrays, cycles, boxed values.
const assert = require('assert');

function both(a, b) {
  const r = [];
  for (const fn of ['deepEqual', 'deepStrictEqual', 'notDeepEqual', 'notDeepStrictEqual']) {
    try {
      assert[fn](a, b);
      r.push(`${fn}:pass`);
    } catch (e) {
      r.push(`${fn}:${e.code}`);
    }
  }
  return r.join(' ');
}
const prims = [null, undefined, '', 0, -0, '0', '-000', 1, '1', 1n, 2n, '2', true, false, 5, 5n, NaN, 'a', Symbol.iterator];
for (const a of prims) {
  for (const b of prims) {
    console.log(String(a), typeof a, '|', String(b), typeof b, '|', both(new Set([a]), new Set([b])), '|',
      both(new Map([[1, a]]), new Map([[1, b]])), '|', both(new Map([[a, 1]]), new Map([[b, 1]])), '|', both([a], [b]));
  }
}
console.log(both(new Set([null, '', 1n, 5, 2n, false]), new Set([undefined, 0, 5n, true, '2', '-000'])));
console.log(both(new Map([[undefined, null], ['+000', 2n]]), new Map([[null, undefined], [false, '2']])));
const arrProxy = new Proxy([1, 2], {});
console.log(both(arrProxy, [1, 2]), both([1, 2], arrProxy), both(arrProxy, [1, 2, 3]));
console.log(both(new Proxy({ a: 1 }, {}), { a: 1 }));
const c1 = { a: 1 };
c1.self = c1;
const c2 = { a: 1 };
c2.self = c2;
console.log(both(c1, c2));
console.log(both(new Number(1), new Number(1)), both(new String('a'), 'a'), both(Object(1n), Object(1n)));
console.log(both([1, , 3], [1, undefined, 3]), both({ a: undefined }, { b: undefined }));
console.log(both(new Date(0), new Date(0)), both(/a/g, /a/g), both(new Error('x'), new Error('x')));
