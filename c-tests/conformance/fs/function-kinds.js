'use strict';
// node:fs's exported functions are ordinary functions as in Node: each has a
// `prototype` and can be called with `new`; names and lengths as Node's.
const fs = require('fs');
const kind = (f) => {
  let ctor = true;
  try {
    Reflect.construct(String, [], f);
  } catch {
    ctor = false;
  }
  return `${'prototype' in f ? 'P' : '-'}${ctor ? 'C' : '-'}`;
};
for (const k of Object.keys(fs)) {
  const v = fs[k];
  if (typeof v === 'function') console.log(k, kind(v), v.name, v.length);
}
// `new` on a sync function returns its result object, as a call does.
const st = new fs.statSync(__filename);
console.log(st instanceof fs.Stats, st.isFile());
console.log(typeof new fs.existsSync(__filename));
