'use strict';
// process.binding's 'uv', 'util' and 'constants' as Node's: keys in Node's order, the
// same functions and objects as the public modules', and Node's error for an unknown name.
const u = process.binding('uv');
console.log(Object.keys(u).length, u.errname(-2), u.UV_ENOENT, u.getErrorMap().get(-2));
console.log(Object.keys(process.binding('util')).join(' '));
console.log(process.binding('util').isDate === require('util').types.isDate, process.binding('util') === process.binding('util'));
const c = process.binding('constants');
console.log(Object.keys(c).join(' '), c.os === require('os').constants, c.fs === require('fs').constants, c === process.binding('constants'));
console.log(JSON.stringify(c.trace));
for (const n of ['nope', 1, undefined]) try { process.binding(n); } catch (e) { console.log(e.name, e.code, e.message); }
const d = Object.getOwnPropertyDescriptor(process, 'binding'); console.log(d.writable, d.enumerable, d.configurable, process.binding.name, process.binding.length);
console.log(process.binding('uv').errname(-99999));
