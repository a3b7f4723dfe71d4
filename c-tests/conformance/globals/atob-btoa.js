'use strict';
// The global atob/btoa are node:buffer's: same functions, Node's argument
// checks, DOMException names/codes and messages.
const b = require('buffer');
console.log(globalThis.atob === b.atob, globalThis.btoa === b.btoa);
console.log(atob.name, atob.length, btoa.name, btoa.length);
const d = Object.getOwnPropertyDescriptor(globalThis, 'atob');
console.log(Object.keys(d).sort().join(','), d.enumerable, d.configurable);
const inputs = ['aGVsbG8=', 'aGVsbG8', ' aGVs bG8= ', '\taGVsbG8=\n', 'aGVsbG8==', 'a===', '!!!', 'a', 'ab', 'abc',
  '\u00ff', '\u0100', 'é', '', undefined, null, 12, true, { toString() { return 'YQ=='; } }];
for (const s of inputs) {
  for (const f of ['atob', 'btoa']) {
    try {
      console.log(f, JSON.stringify(s), JSON.stringify(globalThis[f](s)));
    } catch (e) {
      console.log(f, JSON.stringify(s), e.name, e.code, e.message);
    }
  }
}
for (const f of ['atob', 'btoa']) {
  try {
    globalThis[f]();
  } catch (e) {
    console.log(f, '()', e.name, e.code, e.message);
  }
}
