// Setters a program puts on Object.prototype before require('fs') do not
// catch the module's own definitions (fs.js fills its object on first use).
'use strict';
const names = ['readFileSync', 'statSync', 'open', 'existsSync', 'promises'];
let hits = 0;
for (const n of names) {
  Object.defineProperty(Object.prototype, n, { set() { hits++; }, get() { return undefined; }, configurable: true });
}
const fs = require('fs');
console.log(names.map((n) => typeof fs[n]).join(), hits);
console.log(Object.getPrototypeOf(fs) === Object.prototype, Object.keys(fs).length);
for (const n of names) delete Object.prototype[n];
console.log(fs.existsSync(__filename), typeof fs.promises.readFile);
