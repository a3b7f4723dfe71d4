'use strict';
// Buffer() warns with DEP0005 only when its caller is outside node_modules,
// once, and Node stops looking after 10,000 calls from inside node_modules.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dep0005-'));
const lib = path.join(dir, 'node_modules', 'oldlib');
fs.mkdirSync(lib, { recursive: true });
fs.writeFileSync(path.join(lib, 'index.js'),
  'module.exports = (n) => { for (let i = 0; i < n; i++) new Buffer(1); return Buffer(2).length; };\n');
const oldlib = require(lib);
const warnings = [];
process.on('warning', (w) => warnings.push(w.code));
console.log(oldlib(9998));
setImmediate(() => {
  console.log('after node_modules calls:', warnings.join(',') || 'none');
  console.log(new Buffer(3).length, Buffer(4).length);
  setImmediate(() => {
    console.log('after a call of ours:', warnings.join(','));
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
