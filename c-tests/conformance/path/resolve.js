'use strict';
// path.resolve. Posix results that include the cwd are printed with the cwd
// replaced by <CWD>; inputs never climb above the cwd so results are
// independent of where the case is run. win32.resolve is only given inputs
// that end in an absolute drive/UNC path so it never consults the cwd.
const path = require('path');
const out = (...a) => console.log(JSON.stringify(a));
const cwd = process.cwd();
const hide = (s) => (typeof s === 'string' && cwd !== '/' ? s.split(cwd).join('<CWD>') : s);

const posixAbs = [
  ['/var/lib', '../', 'file/'], ['/var/lib', '/../', 'file/'], ['/some/dir', '.', '/absolute/'],
  ['/foo/tmp.3/', '../tmp.3/cycles/root.js'], ['/'], ['/', ''], ['', '/'], ['/', '..'], ['/..'],
  ['/../..'], ['/a/b/c', '../../../../..'], ['/a', 'b', 'c'], ['/a', '/b', 'c'], ['/a/', 'b/', 'c/'],
  ['/a//b', './/c//'], ['foo/bar', '/tmp/file/', '..', 'a/../subfile'], ['/foo/bar', './baz'],
  ['/foo/bar', '/tmp/file/'], ['wwwroot', 'static_files/png/', '../gif/image.gif', '/x'],
  ['/a/b', '.bashrc'], ['/a', '...'], ['/a', '..b', 'c..'], ['/a', '.', '.', '.'], ['/a/./b/../c'],
  ['//a'], ['///a'], ['//a//b//'], ['/x', 'é', '日本', '😀'], ['/x', 'a b', '  '], ['/x', 'C:\\y'],
  ['/x', 'c:'], ['/x', '\\\\server\\share'], ['/a', '', '', 'b', ''],
];
for (const args of posixAbs) {
  out('posix.resolve', args, path.posix.resolve(...args));
  out('resolve', args, path.resolve(...args));
}

const posixRel = [
  [], [''], ['', ''], ['.'], ['./'], ['a'], ['a/b/c/', '../../..'], ['a/b/c', '..'], ['a', 'b', '..', 'c'],
  ['a/'], ['a//b//'], ['.', 'x', '.'], ['.bashrc'], ['...'], ['x/..'], ['é/日本/😀.txt'], ['a\\b'],
];
for (const args of posixRel) {
  out('posix.resolve(rel)', args, hide(path.posix.resolve(...args)));
}
out('resolve()===cwd', path.resolve() === cwd, path.posix.resolve('') === cwd, path.resolve('.') === cwd);

const winAbs = [
  ['c:/blah\\blah', 'd:/games', 'c:../a'], ['c:/ignore', 'd:\\a/b\\c/d', '\\e.exe'],
  ['c:/ignore', 'c:/some/file'], ['d:/ignore', 'd:some/dir//'], ['//server/share', '..', 'relative\\'],
  ['c:/', '//'], ['c:/', '//dir'], ['c:/', '//server/share'], ['c:/', '//server//share'],
  ['c:/', '///some//dir'], ['C:\\foo\\tmp.3\\', '..\\tmp.3\\cycles\\root.js'], ['C:\\'], ['C:/'],
  ['C:\\\\'], ['c:\\'], ['C:\\', '..'], ['C:\\a\\b', '..\\..\\..\\..'], ['C:\\a', 'b', 'c'],
  ['C:\\a', 'b/c\\d/'], ['C:\\a\\', '.\\.\\b\\.'], ['C:\\a', 'D:\\b'],
  ['D:\\x', 'c:\\a', 'C:b'], ['c:\\a', 'C:b'], ['C:\\a', '\\b'], ['C:\\a', '/b'],
  ['C:\\a', 'c:'], ['C:\\a', 'c:.'], ['C:\\a', 'c:..'], ['\\\\server\\share'], ['\\\\server\\share\\'],
  ['\\\\server\\share\\a\\..\\..\\..'], ['//server/share/x', '../y'], ['\\\\server\\share', 'C:\\x'],
  ['C:\\x', '\\\\server\\share', 'y'], ['\\\\?\\C:\\x', 'y'], ['\\\\.\\pipe\\x'], ['C:\\x', 'é', '日本😀'],
  ['C:\\x', '.bashrc'], ['C:\\x', '...', '....'], ['C:\\', '', '', ''],
  ['C:\\', 'file:stream'], ['C:/mixed\\slashes//here\\\\'], ['wwwroot', 'static', 'C:\\abs', 'rel'],
  ['C:\\foo\\bar', './baz'], ['C:\\foo\\bar', 'C:\\tmp\\file\\'], ['C:\\a\\b', '..', '.', '..', 'c'],
];
for (const args of winAbs) {
  out('win32.resolve', args, path.win32.resolve(...args));
}
