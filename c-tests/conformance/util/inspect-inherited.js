// showHidden lists inherited properties only while recurseTimes <= depth: never for an undefined or NaN depth.
const util = require('util');
const o = Object.create({ inherited: 1 });
for (const d of [0, 1, 2, 3, null, undefined, NaN, -1, Infinity, '2', 1.5]) console.log(String(d), util.inspect(o, { showHidden: true, depth: d }), util.inspect({ x: o }, { showHidden: true, depth: d }), util.inspect({ x: { y: o } }, { showHidden: true, depth: d }));
console.log(util.inspect(o, { showHidden: true, depth: undefined }), util.inspect(o, { showHidden: true }), util.inspect(o, { depth: undefined }), util.inspect(o, { showHidden: true, depth: null }), util.inspect(Object.create({ a: 1 }), { depth: undefined, showHidden: false }));
console.log(util.inspect({ x: o }, { showHidden: true, depth: undefined }));
