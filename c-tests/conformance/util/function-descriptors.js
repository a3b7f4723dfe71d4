'use strict';
// util's and util.types' functions: descriptors, names, lengths and key order
// as Node's, and the same after they are replaced, deleted or redefined
// before their first read (the library makes some natives on first read).
const describe = (m) => {
  const out = [];
  for (const k of Object.keys(m)) {
    const d = Object.getOwnPropertyDescriptor(m, k);
    if (typeof d.value === 'function') {
      out.push(`${k} w=${d.writable} e=${d.enumerable} c=${d.configurable} name=${d.value.name} length=${d.value.length}`);
    }
  }
  return out.join('\n');
};

const util = require('util');
const types = require('util/types');
console.log(types === util.types);
console.log(describe(util));
console.log(describe(util.types));
console.log(Object.keys(util).join(','));
console.log(Object.keys(util.types).join(','));

// Identity is stable across reads.
console.log(util.isBoolean === util.isBoolean, util.types.isDate === types.isDate);

// Assignment, deletion and redefinition before any read of the key.
util.isNumber = 'replaced';
console.log(util.isNumber);
delete util.isString;
console.log('isString' in util, Object.keys(util).includes('isString'));
Object.defineProperty(util, 'isSymbol', { value: 42, enumerable: false });
console.log(util.isSymbol, Object.keys(util).includes('isSymbol'));
const d = Object.getOwnPropertyDescriptor(util, 'isSymbol');
console.log(d.writable, d.enumerable, d.configurable);

// A copy sees functions, in order.
const copy = { ...types };
console.log(Object.keys(copy).length, typeof copy.isPromise, copy.isPromise(Promise.resolve()));
console.log(types.isRegExp(/x/), types.isMap(new Map()), types.isUint8Array(Buffer.alloc(1)));

// for-in order equals Object.keys order.
const forIn = [];
for (const k in types) forIn.push(k);
console.log(forIn.join(',') === Object.keys(types).join(','));
