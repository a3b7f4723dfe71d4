// The first operation on require('fs') and on require('stream') reads the
// descriptor of an accessor property (`promises`).
'use strict';
const fs = require('fs');
const d = Object.getOwnPropertyDescriptor(fs, 'promises');
console.log(Object.keys(d).join(), typeof d.get, d.get.name, d.set, d.enumerable, d.configurable);
const s = Object.getOwnPropertyDescriptor(require('stream'), 'promises');
console.log(Object.keys(s).join(), typeof s.get, s.set, s.enumerable, s.configurable);
for (const k of ['ReadStream', 'WriteStream', 'FileReadStream', 'FileWriteStream']) {
  const a = Object.getOwnPropertyDescriptor(fs, k);
  console.log(k, a.get.name, a.set.name, a.enumerable, a.configurable);
}
const all = Object.getOwnPropertyDescriptors(require('fs'));
console.log(Object.keys(all).length, typeof all.promises.get, 'value' in all.promises);
