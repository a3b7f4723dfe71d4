// System errors (sync throw, callback error, promise rejection) and argument
// validation errors, with the temp dir replaced by <tmp>.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jsrt-fs-'));
const show = (s) => String(s).split(root).join('<tmp>');
const p = (...names) => path.join(root, ...names);
function describe(e) {
  const keys = Object.keys(e).join(',');
  const parts = [e.name, e.code, typeof e.errno === 'number' ? e.errno : '-', e.syscall || '-',
    e.path ? show(e.path) : '-', e.dest ? show(e.dest) : '-', keys, e instanceof Error];
  return parts.join(' | ') + '\n    ' + show(e.message);
}
function sync(label, f) {
  try {
    const v = f();
    console.log(label, 'returned', v);
  } catch (e) {
    console.log(label, describe(e));
  }
}

fs.writeFileSync(p('file'), 'x');
fs.mkdirSync(p('dir'));
fs.writeFileSync(p('dir', 'inner'), 'y');

sync('open ENOENT', () => fs.openSync(p('missing', 'x')));
sync('readFile ENOENT', () => fs.readFileSync(p('missing')));
sync('readFile EISDIR', () => fs.readFileSync(p('dir')));
sync('writeFile EISDIR', () => fs.writeFileSync(p('dir'), 'x'));
sync('open wx EEXIST', () => fs.openSync(p('file'), 'wx'));
sync('mkdir EEXIST', () => fs.mkdirSync(p('dir')));
sync('mkdir ENOENT', () => fs.mkdirSync(p('missing', 'x')));
sync('mkdir -p ENOTDIR', () => fs.mkdirSync(p('file', 'x'), { recursive: true }));
sync('mkdir -p EEXIST', () => fs.mkdirSync(p('file'), { recursive: true }));
sync('readdir ENOTDIR', () => fs.readdirSync(p('file')));
sync('readdir ENOENT', () => fs.readdirSync(p('missing')));
sync('rmdir ENOTEMPTY', () => fs.rmdirSync(p('dir')));
sync('rmdir ENOTDIR', () => fs.rmdirSync(p('file')));
sync('unlink ENOENT', () => fs.unlinkSync(p('missing')));
sync('unlink EISDIR', () => fs.unlinkSync(p('dir')));
sync('rm ERR_FS_EISDIR', () => fs.rmSync(p('dir')));
sync('rm ENOENT', () => fs.rmSync(p('missing')));
sync('rename ENOENT', () => fs.renameSync(p('missing'), p('other')));
sync('copyFile EXCL', () => fs.copyFileSync(p('file'), p('dir', 'inner'), fs.constants.COPYFILE_EXCL));
sync('copyFile ENOENT', () => fs.copyFileSync(p('missing'), p('other')));
sync('link EEXIST', () => fs.linkSync(p('file'), p('dir', 'inner')));
sync('symlink EEXIST', () => fs.symlinkSync('file', p('dir', 'inner')));
sync('readlink EINVAL', () => fs.readlinkSync(p('file')));
sync('stat ENOENT', () => fs.statSync(p('missing')));
sync('lstat ENOENT', () => fs.lstatSync(p('missing')));
sync('access ENOENT', () => fs.accessSync(p('missing')));
sync('realpath ENOENT', () => fs.realpathSync(p('missing')));
sync('chmod ENOENT', () => fs.chmodSync(p('missing'), 0o644));
sync('utimes ENOENT', () => fs.utimesSync(p('missing'), 1, 1));
sync('truncate EISDIR', () => fs.truncateSync(p('dir')));
sync('close EBADF', () => fs.closeSync(999999));
sync('fstat EBADF', () => fs.fstatSync(999999));
fs.symlinkSync('loop2', p('loop1'));
fs.symlinkSync('loop1', p('loop2'));
sync('stat ELOOP', () => fs.statSync(p('loop1')));
sync('lstat loop ok', () => fs.lstatSync(p('loop1')).isSymbolicLink());

// argument validation
sync('path number', () => fs.openSync(1));
sync('path NUL', () => fs.readFileSync('a\0b'));
sync('path NUL buffer', () => fs.statSync(Buffer.from('a\0b')));
sync('path object', () => fs.statSync({}));
// URL-shaped objects (the reference host has no URL global; Node takes these too)
const fakeUrl = (href, protocol, hostname, pathname) => ({ href, protocol, hostname, pathname });
sync('url scheme', () => fs.statSync(fakeUrl('http://example.com/x', 'http:', 'example.com', '/x')));
sync('url host', () => fs.statSync(fakeUrl('file://host/x', 'file:', 'host', '/x')));
sync('url slash', () => fs.statSync(fakeUrl('file:///a%2fb', 'file:', '', '/a%2fb')));
sync('url missing', () => fs.statSync(fakeUrl('file:///nonexistent%20dir/x', 'file:', '', '/nonexistent%20dir/x')));
sync('bad flags', () => fs.openSync(p('file'), 'rw'));
sync('bad mode', () => fs.openSync(p('file'), 'r', '9'));
sync('bad mode type', () => fs.openSync(p('file'), 'r', {}));
sync('bad encoding', () => fs.readFileSync(p('file'), 'nope'));
sync('bad encoding obj', () => fs.readFileSync(p('file'), { encoding: 'nope' }));
sync('bad options', () => fs.readFileSync(p('file'), 5));
sync('fd string', () => fs.closeSync('1'));
sync('fd negative', () => fs.closeSync(-1));
sync('fd float', () => fs.fstatSync(1.5));
sync('fd too big', () => fs.fstatSync(2 ** 31));
sync('no callback', () => fs.stat(p('file')));
sync('no callback 2', () => fs.readFile(p('file'), 'utf8'));
sync('callback not fn', () => fs.open(p('file'), 'r', 0o666, 5));
sync('read length', () => fs.readSync(0, Buffer.alloc(2), 0, 5, 0));
sync('read offset', () => fs.readSync(0, Buffer.alloc(2), -1, 1, 0));
sync('read buffer type', () => fs.readSync(0, 'str', 0, 1, 0));
sync('read position', () => fs.readSync(0, Buffer.alloc(2), 0, 1, 'x'));
sync('read position range', () => fs.readSync(0, Buffer.alloc(2), 0, 1, -2));
sync('read bigint range', () => fs.readSync(0, Buffer.alloc(2), 0, 1, 2n ** 63n));
sync('write data type', () => fs.writeSync(1, 5));
sync('write offset', () => fs.writeSync(1, Buffer.alloc(2), 3));
sync('writeFile data', () => fs.writeFileSync(p('file'), 5));
sync('mkdir recursive type', () => fs.mkdirSync(p('q'), { recursive: 1 }));
sync('rm force type', () => fs.rmSync(p('q'), { force: 'yes' }));
sync('copyFile mode', () => fs.copyFileSync(p('file'), p('f2'), 8));
sync('utimes type', () => fs.utimesSync(p('file'), 'abc', 1));
sync('chown uid', () => fs.chownSync(p('file'), 'a', 0));
sync('symlink type', () => fs.symlinkSync('a', p('s'), 'bad'));
sync('access mode', () => fs.accessSync(p('file'), 8));
const rfd = fs.openSync(p('file'), 'r');
sync('readSync options number', () => fs.readSync(rfd, Buffer.alloc(3), 0));
sync('readSync options array', () => fs.readSync(rfd, Buffer.alloc(3), [1]));
sync('readSync options.buffer null', () => fs.readSync(rfd, { buffer: null }));
sync('read options.buffer null', () => fs.read(rfd, { buffer: null }, () => {}));
sync('read options string', () => fs.read(rfd, Buffer.alloc(3), 'x', () => {}));
sync('opendir bufferSize', () => fs.opendirSync(root, { bufferSize: 0 }));
fs.closeSync(rfd);

// the same system error through the callback and the promise
fs.open(p('missing'), (e, fd) => {
  console.log('callback', describe(e), fd);
  fs.promises.readFile(p('missing')).catch((e2) => {
    console.log('promise', describe(e2));
    fs.promises.readFile(p('file'), 'nope').catch((e3) => {
      console.log('promise validation', describe(e3));
      fs.rmSync(root, { recursive: true, force: true });
      console.log('cleaned', fs.existsSync(root));
    });
  });
});
