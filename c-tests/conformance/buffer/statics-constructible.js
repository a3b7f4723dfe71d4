'use strict';
// Buffer's static functions are ordinary functions as in Node (a
// `prototype`; `new Buffer.alloc(0)` works, as form-data writes it).
const kind = (f) => {
  let ctor = true;
  try {
    Reflect.construct(String, [], f);
  } catch {
    ctor = false;
  }
  return `${'prototype' in f ? 'P' : '-'}${ctor ? 'C' : '-'}`;
};
for (const k of Object.getOwnPropertyNames(Buffer)) {
  if (typeof Buffer[k] === 'function') console.log(k, kind(Buffer[k]), Buffer[k].name, Buffer[k].length);
}
const b = new Buffer.alloc(3, 1);
console.log(b, Buffer.isBuffer(b), new Buffer.from('hi').toString(), new Buffer.concat([Buffer.from('a'), Buffer.from('b')]).toString());
