// readdirSync's entries in libuv's order (strcmp of the bytes) with their
// types: names that share long prefixes, differ in length only, use non-ASCII
// bytes, digits and punctuation; sync, callback and promise forms agree.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jsrt-fs-'));
const names = ['a', 'ab', 'abcdefghijklmnop', 'abcdefghijklmnopq', 'abcdefghijklmnopq1', 'abcdefghijklmnopqz',
  'abcdefghijklmnopqrstuvwxyz-2', 'abcdefghijklmnopqrstuvwxyz-10', 'B', 'é', 'ü', 'z', '~', '_x', '0', '10', '9',
  'entry-100', 'entry-20', 'entry-3', 'A B', '.hidden'];
for (const n of names) fs.writeFileSync(path.join(root, n), '');
fs.mkdirSync(path.join(root, 'dir'));
fs.symlinkSync('a', path.join(root, 'link'));

const sync = fs.readdirSync(root);
console.log(sync.join('|'));
const typed = fs.readdirSync(root, { withFileTypes: true });
console.log(typed.map((d) => d.name + (d.isDirectory() ? '/' : d.isSymbolicLink() ? '@' : '')).join('|'));
console.log(fs.readdirSync(root, { encoding: 'buffer' }).map((b) => b.toString('hex')).join(' '));
fs.readdir(root, (err, list) => {
  console.log('callback same', !err && list.join('|') === sync.join('|'));
  fs.promises.readdir(root).then((p) => {
    console.log('promise same', p.join('|') === sync.join('|'));
    fs.rmSync(root, { recursive: true, force: true });
  });
});
