// The first operation on require('fs') asks for its prototype; then it is
// frozen like any object.
'use strict';
const fs = require('fs');
console.log(Object.getPrototypeOf(fs) === Object.prototype, Object.prototype.toString.call(fs));
Object.freeze(fs);
console.log(Object.isFrozen(fs), Object.isExtensible(fs));
try {
  fs.readFile = null;
} catch (e) {
  console.log(e.name);
}
console.log(typeof fs.readFile, typeof fs.promises.readFile);
