// What a Stats and a BigIntStats show beyond their own fields: the prototype
// chain (BigIntStats is no `instanceof fs.Stats`), the methods' names and
// enumerability (for-in lists them after the fields), constructor lengths,
// and fs.statSync / lstatSync themselves (name, length, every call form).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jsrt-fs-'));
const file = path.join(root, 'file');
fs.writeFileSync(file, 'abc');
fs.symlinkSync('file', path.join(root, 'link'));

const names = (o) => Object.getOwnPropertyNames(o)
  .map((k) => k + (Object.getOwnPropertyDescriptor(o, k).enumerable ? '+' : '-')).join(' ');
const forIn = (o) => { const r = []; for (const k in o) r.push(k); return r.join(','); };

const s = fs.statSync(file);
const b = fs.statSync(file, { bigint: true });
const P = Object.getPrototypeOf(s);
const BP = Object.getPrototypeOf(b);
const SB = Object.getPrototypeOf(P);
console.log('Stats.prototype', names(P), P === fs.Stats.prototype);
console.log('StatsBase.prototype', names(SB), SB.constructor.name, SB.constructor.length);
console.log('StatsBase parent is Object.prototype', Object.getPrototypeOf(SB) === Object.prototype);
console.log('BigIntStats.prototype', names(BP), BP.constructor.name, BP.constructor.length);
console.log('BigIntStats under StatsBase', Object.getPrototypeOf(BP) === SB);
console.log('instanceof', s instanceof fs.Stats, b instanceof fs.Stats, fs.Stats.length, fs.Stats.name);
console.log('shared isFile', P.isFile === SB.isFile, JSON.stringify(P.isFile.name), JSON.stringify(SB.isSocket.name));
console.log('own mode checks', P._checkModeProperty !== BP._checkModeProperty);
console.log('for-in', forIn(s));
console.log('for-in bigint', forIn(b));
console.log('methods', s.isFile(), s.isDirectory(), b.isFile(), b.isDirectory(), typeof b.mode, typeof b.atimeNs);
console.log('bigint times', b.mtimeMs === b.mtimeNs / 1000000n, b.mtime.getTime() === Number(b.mtimeMs));
console.log('bigint size', b.size === 3n, b.blocks >= 0n);
console.log('delegates', SB.isDirectory.call({ _checkModeProperty: (m) => m === fs.constants.S_IFDIR }));
try {
  P._checkModeProperty.call({ mode: 1n }, fs.constants.S_IFREG);
} catch (e) {
  console.log('number check on a BigInt mode', e.name);
}
const made = new fs.Stats(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
console.log('new Stats', Object.keys(made).join(','), made.atime.getTime(), made.birthtime.getTime());
console.log('inspect', util.inspect(made).split('\n').slice(0, 3).join('|'));
console.log('inspect bigint', util.inspect(b).split('\n')[0]);

console.log('statSync', fs.statSync.name, fs.statSync.length, fs.lstatSync.name, fs.lstatSync.length);
const forms = {
  'string': () => fs.statSync(file).size,
  'string, undefined': () => fs.statSync(file, undefined).size,
  'string, {}': () => fs.statSync(file, {}).size,
  'Buffer': () => fs.statSync(Buffer.from(file)).size,
  'URL': () => fs.statSync(new URL('file://' + file)).size,
  'lstat link': () => fs.lstatSync(path.join(root, 'link')).isSymbolicLink(),
  'lstat link, {}': () => fs.lstatSync(path.join(root, 'link'), {}).isSymbolicLink(),
  'missing, throwIfNoEntry false': () => fs.statSync(path.join(root, 'nope'), { throwIfNoEntry: false }),
  'lstat missing, throwIfNoEntry false': () => fs.lstatSync(path.join(root, 'nope'), { throwIfNoEntry: false }),
  'missing': () => fs.statSync(path.join(root, 'nope')),
  'number': () => fs.statSync(7),
  'no argument': () => fs.statSync(),
  'NUL': () => fs.lstatSync('a\u0000b'),
  'this ignored': () => fs.statSync.call(null, file).size,
  'extra arguments': () => fs.statSync(file, undefined, 1, 2).size,
};
for (const [label, f] of Object.entries(forms)) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name, e.code, String(e.message).split(root).join('<tmp>'));
  }
}

fs.rmSync(root, { recursive: true, force: true });
