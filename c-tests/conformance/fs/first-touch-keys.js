// require('fs') is filled on its first use (modules::lazy): here the first
// operation lists its keys. Node: the same keys, no proxy anywhere.
'use strict';
const util = require('util');
const fs = require('fs');
const keys = Object.keys(fs);
console.log(keys.length, keys.slice(0, 4).join(), keys.at(-1));
console.log(Object.getOwnPropertyNames(fs).length, Reflect.ownKeys(fs).length);
console.log(util.types.isProxy(fs), util.types.isProxy(require('stream')));
console.log(util.inspect(fs, { showProxy: true }).split('\n')[0]);
console.log(util.isDeepStrictEqual(fs, fs), typeof fs.readFileSync, fs === require('node:fs'));
console.log(JSON.stringify(Object.keys(require('fs/promises')).slice(0, 3)));
