// The sync API's argument checks and odd cases as Node 20 does them, found
// by the differential tester: descriptors checked in C++ (close/fsync/fstat/
// ftruncate: their own wording), access/copyFile modes, open flags, stat
// options never validated, truncate opening before checking the length,
// writeFile to a descriptor, readSync's forms, writeSync's encodings,
// realpath's component walk, rm's options and messages, readv of nothing,
// lone surrogates in names (UTF-8 with U+FFFD, as the system sees them).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jsrt-fs-args-'));
const real = fs.realpathSync.native(root);
const home = process.cwd();
process.chdir(root);
const t = (label, f) => {
  let r;
  try {
    r = f();
    r = r === undefined ? 'undefined' : JSON.stringify(r);
  } catch (e) {
    // Errors without a code carry the engine's wording: the class only.
    r = e.code === undefined ? `THROW ${e.name}` : `THROW ${e.code} ${e.name}: ${e.message}`;
  }
  console.log(label, '=>', r.split(real).join('<tmp>').split(root).join('<tmp>'));
};
fs.writeFileSync('f', 'hello\n');
fs.mkdirSync('d');
fs.symlinkSync('f', 'l');
fs.symlinkSync('missing', 'dangling');
const fd = fs.openSync('f', 'r+');

for (const v of [-1.5, 1.5, -0.5, NaN, Infinity, 2 ** 53, 1e21, -1n, '\ud800', () => {}]) {
  t(`closeSync(${String(v)})`, () => fs.closeSync(v));
}
t('fsyncSync(2**31)', () => fs.fsyncSync(2 ** 31));
t('fstatSync(1.5)', () => fs.fstatSync(1.5));
t('ftruncateSync("x", 1.5)', () => fs.ftruncateSync('x', 1.5));
t('ftruncateSync(fd, null)', () => fs.ftruncateSync(fd, null));
t('truncateSync("missing", 1.5)', () => fs.truncateSync('missing', 1.5));
t('truncateSync("f", null)', () => fs.truncateSync('f', null));
for (const m of [1.5, 8, -1, 2 ** 31, NaN, '1', 1n]) t(`accessSync(".", ${String(m)})`, () => fs.accessSync('.', m));
for (const m of [1.5, -1.5, true, null]) t(`copyFileSync(missing, ${String(m)})`, () => fs.copyFileSync('missing', 'b', m));
for (const fl of [1.5, NaN, 2 ** 32, -(2 ** 31) - 1, 1n, {}, 'bogus', null]) t(`openSync(missing, ${String(fl)})`, () => fs.openSync('missing', fl));
for (const o of [-1, 3, '1', 1n]) t(`statSync("f", ${String(o)}).size`, () => fs.statSync('f', o).size);
t('statSync("f", null)', () => fs.statSync('f', null).size);
t('lstatSync(null, 3)', () => fs.lstatSync(null, 3));
t('mkdtempSync("")', () => fs.mkdtempSync(''));
t('symlinkSync type 1', () => fs.symlinkSync('a', 'missing/x', 1));
t('mkdirSync mode null', () => fs.mkdirSync('missing/x', { mode: null }));
t('mkdirSync(5, 1.5)', () => fs.mkdirSync(5, 1.5));
t('mkdirSync -p dangling', () => fs.mkdirSync('dangling', { recursive: true }));
t('mkdirSync -p lone surrogate', () => fs.mkdirSync('\ud800', { recursive: true }));
t('names as bytes', () => fs.readdirSync('.', 'buffer').map((b) => b.toString('hex')).sort());
t('writeFileSync(-1, "x")', () => fs.writeFileSync(-1, 'x'));
t('writeFileSync(-1, latin1)', () => fs.writeFileSync(-1, 'x', 'latin1'));
t('writeFileSync(-1, Buffer)', () => fs.writeFileSync(-1, Buffer.from('x')));
t('writeFileSync(-1, empty)', () => fs.writeFileSync(-1, Buffer.alloc(0)));
t('writeFileSync(1.5)', () => fs.writeFileSync(1.5, ''));
t('writeFileSync data first', () => fs.writeFileSync('a\u0000b', 5));
t('appendFileSync(2n ** 64n)', () => fs.appendFileSync(2n ** 64n, 'x'));
t('writeFileSync flag null', () => { fs.writeFileSync('w', 'ab', { flag: null }); return fs.readFileSync('w', 'latin1'); });
t('readFileSync(-1)', () => fs.readFileSync(-1));
t('readFileSync(-1, "utf8")', () => fs.readFileSync(-1, 'utf8'));
t('readFileSync(2**31)', () => fs.readFileSync(2 ** 31));
t('readSync(fd, {})', () => fs.readSync(fd, {}));
t('readSync(fd, buf, 7)', () => fs.readSync(fd, Buffer.alloc(6), 7));
t('readSync(fd, buf, null, -Infinity, 0)', () => fs.readSync(fd, Buffer.alloc(3), null, -Infinity, 0));
t('readSync(fd, buf, 27, undefined, 1n)', () => fs.readSync(fd, Buffer.alloc(6), 27, undefined, 1n));
t('readvSync(fd, [])', () => fs.readvSync(fd, []));
t('readvSync(fd, bufs, 1.5)', () => fs.readvSync(fd, [Buffer.alloc(3)], 1.5));
t('writeSync hex odd', () => fs.writeSync(fd, 'abcde', 0, 'hex'));
t('writeSync bogus encoding', () => fs.writeSync(fd, 'AB', 0, 'bogus'));
t('writeSync position 1.5', () => [fs.writeSync(fd, 'XY', 1.5), fs.readFileSync('f', 'latin1')]);
for (const p of ['f/', 'l', 'missing', 'f/x', 'l/x', '', 1, null, new Uint8Array([102])]) {
  t(`realpathSync(${JSON.stringify(p)})`, () => fs.realpathSync(p));
}
fs.symlinkSync('loop2', 'loop1');
fs.symlinkSync('loop1', 'loop2');
t('realpathSync loop', () => fs.realpathSync('loop1'));
t('rmSync options []', () => fs.rmSync('missing', []));
t('rmSync options null', () => fs.rmSync('missing', null));
t('rmSync Uint8Array dir', () => fs.rmSync(new Uint8Array([100])));
t('rmSync -rf file/', () => fs.rmSync('f/', { recursive: true, force: true }));
fs.closeSync(fd);
process.chdir(home);
fs.rmSync(root, { recursive: true, force: true });
