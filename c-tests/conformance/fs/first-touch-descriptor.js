// The first operation on require('fs') reads a property descriptor.
'use strict';
const fs = require('fs');
const d = Object.getOwnPropertyDescriptor(fs, 'readFileSync');
console.log(typeof d.value, d.writable, d.enumerable, d.configurable, d.value.name, d.value.length);
const p = Object.getOwnPropertyDescriptor(fs, 'promises');
console.log(typeof p.get, typeof p.set, p.enumerable, p.configurable);
console.log(Object.getOwnPropertyDescriptor(fs, 'noSuchThing'));
console.log(typeof Object.getOwnPropertyDescriptor(fs, 'ReadStream').get);
