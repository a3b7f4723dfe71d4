'use strict';
// path.join for posix, win32 and the default (posix) namespace.
const path = require('path');
const out = (...a) => console.log(JSON.stringify(a));

// Argument lists run through both posix.join and win32.join.
const common = [
  [], [''], ['', ''], ['.'], ['..'], ['...'], ['./'], ['.', './'], ['.', '.', '.'], ['.', './', '.'],
  ['.', '/./', '.'], ['.', '/////./', '.'], ['', '.'], ['', 'foo'], ['foo', ''], ['foo/', ''],
  ['foo', '/bar'], ['', '/foo'], ['', '', '/foo'], ['', '', 'foo'], ['foo', '', '/bar'],
  ['.', 'x/b', '..', '/b/c.js'], ['/.', 'x/b', '..', '/b/c.js'], ['/foo', '../../../bar'],
  ['foo', '../../../bar'], ['foo/', '../../../bar'], ['foo/x', '../../../bar'], ['foo/x', './bar'],
  ['foo/x/', './bar'], ['foo/x/', '.', 'bar'], ['./', '..', '/foo'], ['./', '..', '..', '/foo'],
  ['.', '..', '..', '/foo'], ['', '..', '..', '/foo'], ['/'], ['/', '.'], ['/', '..'], ['/', '..', '..'],
  [' /foo'], [' ', 'foo'], [' ', '.'], [' ', '/'], [' ', ''], ['/', 'foo'], ['/', '/foo'], ['/', '//foo'],
  ['/', '', '/foo'], ['', '/', 'foo'], ['', '/', '/foo'],
  ['/foo/bar', 'baz/asdf', 'quux', '..'], ['a', 'b', 'c', 'd', 'e', 'f'], ['a/', '/b/', '/c/'],
  ['a//', '//b'], ['a', '.', 'b', '..', 'c'], ['..', '..', 'a'], ['../..', '../a'], ['a/b', '../../..'],
  ['a/b', '../../../..', 'c'], ['/a/b', '../../../..', 'c'], ['/a', '..', '..', '..'],
  ['.bashrc'], ['/home', '.bashrc'], ['dir', '...'], ['dir', '....', 'x'], ['a', '..b'], ['a', 'b..', '..'],
  ['a.', '..'], ['file.tar.gz'], ['x', 'file.tar.gz/'], ['trailing/'], ['trailing//'], ['trailing', '/'],
  ['trailing', '//'], ['trailing', './'], ['trailing', '../'], ['/', '/'], ['//', '//'], ['///a///b///'],
  ['a', '', '', '', 'b'], ['', '', '', ''], ['.', '..'], ['..', '.'], ['a/..'], ['a/../..'], ['/a/../..'],
  ['a\\b', 'c'], ['\\', 'a'], ['C:', 'foo'], ['c:\\', '..'], ['file:stream', 'x'],
  ['é', '日本', '😀.txt'], ['/ünï', 'cödé/../x'], ['a b', 'c d'], ['tab\there', 'new\nline'],
];

for (const args of common) {
  out('posix.join', args, path.posix.join(...args));
  out('win32.join', args, path.win32.join(...args));
}

// win32-specific inputs: UNC, drive letters, mixed separators.
const win = [
  ['//foo/bar'], ['\\/foo/bar'], ['\\\\foo/bar'], ['//foo', 'bar'], ['//foo/', 'bar'], ['//foo', '/bar'],
  ['//foo', '', 'bar'], ['//foo/', '', 'bar'], ['//foo/', '', '/bar'], ['', '//foo', 'bar'],
  ['', '//foo/', 'bar'], ['', '//foo/', '/bar'], ['\\', 'foo/bar'], ['\\', '/foo/bar'],
  ['', '/', '/foo/bar'], ['//', 'foo/bar'], ['//', '/foo/bar'], ['\\\\', '/', '/foo/bar'], ['//'],
  ['//foo'], ['//foo/'], ['//foo', '/'], ['//foo', '', '/'], ['///foo/bar'], ['////foo', 'bar'],
  ['\\\\\\/foo/bar'], ['c:'], ['c:.'], ['c:', ''], ['', 'c:'], ['c:.', '/'], ['c:.', 'file'], ['c:', '/'],
  ['c:', 'file'], ['C:\\', 'a'], ['C:/', 'a'], ['C:\\a', '..', '..'], ['C:a', '..', '..'], ['C:', '..'],
  ['C:\\', '..', 'x'], ['C:', 'D:'], ['C:\\x', 'D:\\y'], ['c:\\a', '/b', '\\c'], ['a', 'C:\\b'],
  ['\\\\server\\share', 'x', '..', '..'], ['\\\\server\\share\\', '..'], ['\\\\server', 'share', 'x'],
  ['//server/share', '../x'], ['\\\\?\\C:\\x', 'y'], ['\\\\?\\', 'x'], ['\\\\.\\device', 'x'],
  ['\\\\.\\pipe\\', 'name'], ['a/b\\c', '/d\\e/'], ['mixed\\', '/slashes'], ['a\\\\\\b', 'c'],
  ['C:\\é', '日本\\😀'], ['1:', 'x'], ['ab:', 'x'], ['C:a:b'],
];
for (const args of win) {
  out('win32.join', args, path.win32.join(...args));
}

// Default namespace equals posix on this platform.
for (const args of [['a', 'b'], ['/a', '..', 'b'], ['a\\b', 'c'], [], ['']]) {
  out('join', args, path.join(...args));
}
