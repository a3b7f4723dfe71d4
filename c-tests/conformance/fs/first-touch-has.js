// The first operations on require('fs'): `in`, then delete and define.
'use strict';
const fs = require('fs');
console.log('readFile' in fs, 'nope' in fs, 'toString' in fs, 'promises' in fs);
console.log(delete fs.existsSync, 'existsSync' in fs, Object.keys(fs).includes('existsSync'));
Object.defineProperty(fs, 'extra', { value: 1, enumerable: true });
console.log(Object.keys(fs).at(-1), fs.extra);
console.log(Object.getPrototypeOf(fs) === Object.prototype, Object.isExtensible(fs));
