// statSync/lstatSync(path) with no options take a direct native path, and
// Stats/Dirent objects are made natively on shapes kept per context: the
// objects, their keys and the errors must be what Node gives for every kind of
// path (plain, non-ASCII, lone surrogate, NUL byte, Buffer, missing).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jsrt-fs-'));
const show = (s) => String(s).split(root).join('<tmp>');
const p = (...names) => path.join(root, ...names);
function attempt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name, e.code, e.syscall || '-', e.path ? show(e.path) : '-', show(e.message));
  }
}

fs.writeFileSync(p('file'), 'abc');
fs.writeFileSync(p('é ü'), 'x');
fs.symlinkSync('file', p('link'));

const kinds = {
  plain: p('file'),
  nonAscii: p('é ü'),
  buffer: Buffer.from(p('file')),
};
for (const [name, target] of Object.entries(kinds)) {
  attempt(`stat ${name}`, () => {
    const s = fs.statSync(target);
    return [s.size, s.isFile(), Object.getPrototypeOf(s) === fs.Stats.prototype].join(' ');
  });
}
attempt('lstat link', () => fs.lstatSync(p('link')).isSymbolicLink());
attempt('stat link', () => fs.statSync(p('link')).isFile());
attempt('stat missing', () => fs.statSync(p('missing')));
attempt('lstat missing', () => fs.lstatSync(p('missing')));
attempt('stat NUL', () => fs.statSync(p('fi\u0000le')));
attempt('lstat NUL', () => fs.lstatSync('\u0000'));
attempt('stat lone surrogate', () => fs.statSync(p('\ud800')));
attempt('stat number', () => fs.statSync(42));
attempt('stat missing, throwIfNoEntry false', () => fs.statSync(p('missing'), { throwIfNoEntry: false }));

// Many in a row (each made after the previous one died) and several alive at once.
const made = [];
for (let i = 0; i < 50; i++) made.push(fs.statSync(p('file')));
const first = made[0];
console.log('keys', Object.keys(first).join(','));
console.log('same keys', made.every((s) => Object.keys(s).join() === Object.keys(first).join()));
const d = Object.getOwnPropertyDescriptor(first, 'mtime');
console.log('mtime', typeof d.value, d.value instanceof Date, d.writable, d.enumerable, d.configurable);
console.log('mtimeMs', typeof first.mtimeMs, Math.abs(first.mtime.getTime() - first.mtimeMs) < 1);
console.log('distinct dates', made[0].atime !== made[1].atime);
first.size = 'changed';
first.extra = 1;
console.log('writable', first.size, Object.keys(first).length, Object.keys(made[1]).length);
for (let i = 0; i < 20; i++) fs.lstatSync(p('link')).isSymbolicLink();

const dirents = fs.readdirSync(root, { withFileTypes: true });
console.log('dirents', dirents.map((e) => [e.name, e.isFile(), e.isSymbolicLink(), show(e.path), show(e.parentPath)].join(':')).join(' '));
console.log('dirent keys', Object.keys(dirents[0]).join(','), Object.getOwnPropertySymbols(dirents[0]).length);
console.log('names', fs.readdirSync(root).join(','));

fs.rmSync(root, { recursive: true, force: true });
