// The export list, function names/lengths, property attributes and the
// Symbol.toPrimitive conversions of node:os.
const os = require('os');
console.log(JSON.stringify(Object.keys(os)));
console.log(require('node:os') === os);
for (const k of Object.keys(os)) {
  const v = os[k];
  const d = Object.getOwnPropertyDescriptor(os, k);
  const attrs = [d.writable, d.enumerable, d.configurable].join(',');
  if (typeof v === 'function') {
    const prim = typeof v[Symbol.toPrimitive] === 'function';
    console.log(k, JSON.stringify(v.name), v.length, attrs, prim, prim ? `${v}` === String(v()) : '-');
  } else {
    console.log(k, typeof v, attrs);
  }
}
console.log(JSON.stringify(os.EOL), os.devNull);
console.log(`${os.arch}` === os.arch(), `${os.platform}` === process.platform, os.arch() === process.arch);
console.log(typeof os.arch[Symbol.toPrimitive], os.arch[Symbol.toPrimitive].name === '');
