// The module's shape: keys in Node's order, types, constants, classes.
'use strict';
const fs = require('fs');
const fsp = require('fs/promises');

const keys = Object.keys(fs);
console.log(keys.length, keys.join(','));
console.log(Object.keys(fsp).length, Object.keys(fsp).join(','));
console.log(require('node:fs') === fs, require('node:fs/promises') === fsp, fs.promises === fsp);
console.log(keys.map((k) => k + ':' + typeof fs[k]).join(' '));
console.log(Object.keys(fsp).map((k) => k + ':' + typeof fsp[k]).join(' '));
console.log(JSON.stringify(fs.constants));
console.log(Object.getPrototypeOf(fs.constants), fsp.constants === fs.constants);
console.log(fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK);
console.log(typeof fs.realpath.native, typeof fs.realpathSync.native);
console.log(fs.Stats.length, typeof fs.Stats, typeof fs.Dirent, typeof fs.Dir);
console.log(Object.getOwnPropertyNames(fs.Dirent.prototype).join(','));
console.log(fs.existsSync.name, fs.readFileSync.name, fs.readFile.name, fsp.readFile.name);
console.log(fs._toUnixTimestamp(5), fs._toUnixTimestamp('7'), fs._toUnixTimestamp(new Date(3000)));
const d = new fs.Dirent('n', fs.constants.UV_DIRENT_FILE, 'p');
console.log(d.name, d.path, d.parentPath, d.isFile(), d.isDirectory(), Object.keys(d).join(','));
