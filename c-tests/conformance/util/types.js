const t = require('util').types;
const vals = {
  gen: (function*(){})(), agen: (async function*(){})(), agenfn: async function*(){}, genfn: function*(){}, asyncfn: async () => {},
  args: (function(){ return arguments; })(), boxedSym: Object(Symbol()), boxedBig: Object(1n), str: new String(''),
  err: new TypeError(), errLike: Object.create(Error.prototype), dv: new DataView(new ArrayBuffer(1)), sab: new SharedArrayBuffer(1),
  proxy: new Proxy({}, {}), mapIt: new Map().keys(), setIt: new Set().entries(), u8: new Uint8Array(1), f64: new Float64Array(1),
  big: new BigUint64Array(1), ab: new ArrayBuffer(1), prom: Promise.resolve(), thenable: { then() {} }, date: new Date(), re: /x/,
};
for (const [k, v] of Object.entries(vals)) {
  const hits = Object.keys(t).filter((p) => t[p](v));
  console.log(k, hits.join(','));
}
console.log(t.isUint8Array(Buffer.from('a')), t.isAsyncFunction(Promise.resolve), t.isProxy(new Proxy(function(){}, {})));
