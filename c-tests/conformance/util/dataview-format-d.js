// isDeepStrictEqual of DataViews compares their bytes; util.format's %d converts like Number() (a BigInt object is a number).
const util = require('util');
const dv = (bytes, off = 0, len) => new DataView(new Uint8Array(bytes).buffer, off, len);
const cases = [
  [new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2))],
  [dv([1, 2, 3]), dv([1, 2, 3])], [dv([1, 2, 3]), dv([1, 2, 4])], [dv([1, 2, 3], 1), dv([9, 2, 3], 1)],
  [dv([1, 2, 3], 0, 2), dv([1, 2, 9], 0, 2)], [dv([1, 2]), dv([1, 2, 3])], [dv([1]), new Uint8Array([1])],
  [new Uint8Array([1]), dv([1])], [Object.assign(dv([1]), { x: 1 }), dv([1])], [Object.assign(dv([1]), { x: 1 }), Object.assign(dv([1]), { x: 1 })],
  [new Float64Array([NaN]), new Float64Array([NaN])], [new Uint8Array([1, 2]).subarray(1), new Uint8Array([2])],
];
for (const [a, b] of cases) {
  console.log(util.isDeepStrictEqual(a, b), util.isDeepStrictEqual(b, a));
}
const fmt = [[1], [1n], [Object(1n)], [Object(2)], ['3'], [{ valueOf() { return 4n; } }], [[5n]], [Object(-0)], [true], [null], [undefined], [Symbol('s')]];
for (const [v] of fmt) {
  const show = (f) => { try { return util.format(f, v); } catch (e) { return `${e.name}`; } };
  console.log(typeof v, show('%d'), show('%i'), show('%f'));
}
