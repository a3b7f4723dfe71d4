// Sync API basics in a fresh temp directory: files, encodings, directories,
// links, modes, times (values set by the case only).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jsrt-fs-'));
const show = (s) => String(s).split(root).join('<tmp>');
const p = (...names) => path.join(root, ...names);
try {
  // writeFile / readFile and encodings
  fs.writeFileSync(p('a.txt'), 'héllo wörld');
  const b = fs.readFileSync(p('a.txt'));
  console.log('isBuffer', Buffer.isBuffer(b), b.length, b.constructor.name);
  console.log('utf8', fs.readFileSync(p('a.txt'), 'utf8'));
  console.log('hex', fs.readFileSync(p('a.txt'), { encoding: 'hex' }));
  console.log('base64', fs.readFileSync(p('a.txt'), 'base64'));
  console.log('latin1', JSON.stringify(fs.readFileSync(p('a.txt'), 'latin1')));
  try { fs.readFileSync(p('a.txt'), 'buffer'); } catch (err) { console.log('buffer enc', err.code); }
  fs.writeFileSync(p('b.bin'), Buffer.from([0, 1, 2, 255]));
  console.log('bin', fs.readFileSync(p('b.bin')).toJSON().data.join(','));
  fs.writeFileSync(p('c.txt'), '68656c6c6f', 'hex');
  console.log('hex write', fs.readFileSync(p('c.txt'), 'utf8'));
  fs.writeFileSync(p('u16.txt'), new Uint16Array([0x4141, 0x4242]));
  console.log('typed array write', fs.readFileSync(p('u16.txt'), 'latin1'));
  fs.appendFileSync(p('a.txt'), '!!');
  fs.appendFileSync(p('new.txt'), 'created');
  console.log('append', fs.readFileSync(p('a.txt'), 'utf8'), fs.readFileSync(p('new.txt'), 'utf8'));
  fs.writeFileSync(p('a.txt'), 'more', { flag: 'a' });
  console.log('flag a', fs.readFileSync(p('a.txt'), 'utf8'));
  fs.writeFileSync(p('empty'), '');
  const e = fs.readFileSync(p('empty'));
  console.log('empty', e.length, Buffer.isBuffer(e), JSON.stringify(fs.readFileSync(p('empty'), 'utf8')));
  const big = Buffer.alloc(3 * 1024 * 1024 + 17, 'xyz');
  fs.writeFileSync(p('big'), big);
  console.log('big equal', fs.readFileSync(p('big')).equals(big));

  // exists / access
  console.log('exists', fs.existsSync(p('a.txt')), fs.existsSync(p('nope')), fs.existsSync(), fs.existsSync('a\0b'));
  console.log('access', fs.accessSync(p('a.txt')), fs.accessSync(p('a.txt'), fs.constants.R_OK | fs.constants.W_OK));

  // stat
  const st = fs.statSync(p('a.txt'));
  console.log('stat', st.isFile(), st.isDirectory(), st.isSymbolicLink(), st.size, st instanceof fs.Stats);
  console.log('stat keys', Object.keys(st).join(','));
  console.log('stat types', typeof st.mtimeMs, st.mtime instanceof Date, typeof st.ino);
  const bst = fs.statSync(p('a.txt'), { bigint: true });
  console.log('bigint', typeof bst.size, bst.size, bst.isFile(), typeof bst.mtimeNs, Object.keys(bst).length);
  console.log('dir stat', fs.statSync(root).isDirectory());
  console.log('throwIfNoEntry', fs.statSync(p('nope'), { throwIfNoEntry: false }), fs.lstatSync(p('nope'), { throwIfNoEntry: false }));

  // mkdir
  console.log('mkdir', fs.mkdirSync(p('d1')));
  console.log('mkdir -p', show(fs.mkdirSync(p('d2', 'x', 'y'), { recursive: true })));
  console.log('mkdir -p again', fs.mkdirSync(p('d2', 'x', 'y'), { recursive: true }));
  fs.writeFileSync(p('d2', 'x', 'f.txt'), 'f');
  fs.writeFileSync(p('d2', 'g.txt'), 'g');

  // readdir
  console.log('readdir', fs.readdirSync(root).sort().join(','));
  const ents = fs.readdirSync(p('d2'), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const d of ents) {
    console.log('dirent', d.name, d.isFile(), d.isDirectory(), show(d.path), show(d.parentPath), d instanceof fs.Dirent);
  }
  console.log('recursive', fs.readdirSync(p('d2'), { recursive: true }).sort().join(','));
  const bufNames = fs.readdirSync(p('d2'), 'buffer');
  console.log('buffer names', bufNames.every(Buffer.isBuffer), bufNames.map(String).sort().join(','));

  // rename / copyFile / unlink
  fs.renameSync(p('c.txt'), p('d1', 'c2.txt'));
  console.log('rename', fs.existsSync(p('c.txt')), fs.readFileSync(p('d1', 'c2.txt'), 'utf8'));
  fs.copyFileSync(p('a.txt'), p('copy.txt'));
  console.log('copy', fs.readFileSync(p('copy.txt'), 'utf8'));
  fs.unlinkSync(p('copy.txt'));
  console.log('unlinked', fs.existsSync(p('copy.txt')));

  // links
  fs.symlinkSync('a.txt', p('link'));
  console.log('readlink', fs.readlinkSync(p('link')), Buffer.isBuffer(fs.readlinkSync(p('link'), 'buffer')));
  console.log('lstat', fs.lstatSync(p('link')).isSymbolicLink(), fs.statSync(p('link')).isFile());
  console.log('realpath', show(fs.realpathSync(p('link'))), show(fs.realpathSync.native(p('link'))));
  fs.linkSync(p('a.txt'), p('hard'));
  console.log('link nlink', fs.statSync(p('a.txt')).nlink);

  // truncate / chmod / utimes
  fs.truncateSync(p('a.txt'), 3);
  console.log('truncate', fs.readFileSync(p('a.txt'), 'utf8'));
  fs.truncateSync(p('a.txt'));
  console.log('truncate 0', fs.statSync(p('a.txt')).size);
  fs.chmodSync(p('a.txt'), 0o640);
  console.log('chmod', (fs.statSync(p('a.txt')).mode & 0o777).toString(8));
  fs.chmodSync(p('a.txt'), '755');
  console.log('chmod string', (fs.statSync(p('a.txt')).mode & 0o777).toString(8));
  fs.utimesSync(p('a.txt'), 1000, new Date(2000500));
  const ut = fs.statSync(p('a.txt'));
  console.log('utimes', ut.atimeMs, ut.mtimeMs, ut.mtime.toISOString());

  // rm
  fs.rmSync(p('d2'), { recursive: true });
  console.log('rm -r', fs.existsSync(p('d2')));
  fs.rmSync(p('nope'), { force: true });
  fs.rmdirSync(p('d1', '..', 'd1', '..', 'd1'), { recursive: true });
  console.log('rmdir recursive', fs.existsSync(p('d1')));
  fs.mkdirSync(p('e'));
  fs.rmdirSync(p('e'));
  console.log('rmdir', fs.existsSync(p('e')));

  // URL and Buffer paths
  // A URL-shaped object (the reference host has no URL global; Node takes it too).
  const url = { href: 'file://' + p('a.txt'), protocol: 'file:', hostname: '', pathname: p('a.txt') };
  console.log('url path', fs.existsSync(url), fs.statSync(url).isFile());
  console.log('buffer path', fs.statSync(Buffer.from(p('a.txt'))).isFile());
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}
console.log('cleaned', fs.existsSync(root));
