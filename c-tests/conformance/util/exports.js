const u = require('util');
console.log(JSON.stringify(Object.keys(u)));
console.log(JSON.stringify(Object.keys(u.types)), u.types === require('util/types'));
for (const k of Object.keys(u)) { const d = Object.getOwnPropertyDescriptor(u, k); console.log(k, typeof u[k], d.get ? 'getter' : '', typeof u[k] === 'function' ? u[k].length + ' ' + u[k].name : ''); }
