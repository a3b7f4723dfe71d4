'use strict';
// path.normalize on posix and win32 with a shared table plus win32 extras.
const path = require('path');
const out = (...a) => console.log(JSON.stringify(a));

const common = [
  '', '.', '..', '...', '....', './', '../', '.../', '/', '//', '///', '////', '/.', '/..', '/../..',
  '/./', '/../', 'a', 'a/', 'a//', 'a///', '/a', '//a', '///a', '/a/', '//a//', 'a/b', 'a/b/', 'a//b',
  'a/./b', 'a/../b', 'a/b/..', 'a/b/../', 'a/b/../..', 'a/b/../../', 'a/b/../../..', 'a/b/../../../..',
  '/a/b/../../..', '/a/b/../../../', '../a', '../../a/b', '../../a/../..', './a', './/a', '/./a', './/',
  './fixtures///b/../b/c.js', '/foo/../../../bar', 'a//b//../b', 'a//b//./c', 'a//b//.',
  '/a/b/c/../../../x/y/z', '///..//./foo/.//bar', 'bar/foo../../', 'bar/foo../..', 'bar/foo../../baz',
  'bar/foo../', 'bar/foo..', '../foo../../../bar', '../.../.././.../../../bar', '/foo/bar//baz/asdf/quux/..',
  '.bashrc', '/home/u/.bashrc/', '.bashrc/..', 'a/.../b', 'a/..../..', 'a/.b/..', 'a/..b/..', 'a/b../..',
  '.a/..', '..a/..', 'a/./././.', './././a', '../../../', '../../..', '/../a/../b', 'x/y/../../..',
  'x/y/../../../..', 'x/../../y', ' ', ' /', '/ ', ' / ', 'a b/ c /..', 'a\\b', 'a\\..\\b', 'a/\\/b',
  'C:', 'C:.', 'C:..', 'C:\\', 'C:/', 'c:/a/..', 'C:\\.', 'C:..\\abc', 'C:..\\..\\abc\\..\\def', 'C:foo/..',
  'file:stream', 'bar\\foo..\\..\\', 'bar\\foo..\\..', 'bar\\foo..\\..\\baz', 'bar\\foo..\\', 'bar\\foo..',
  '..\\foo..\\..\\..\\bar', '..\\...\\..\\.\\...\\..\\..\\bar', '//server/share', '//server/share/',
  '//server/share/dir/file.ext', '\\\\server\\share\\x\\..\\..', '\\\\?\\C:\\x', '\\\\.\\device',
  'é/日本/../😀', '/ünï/cödé/./x', 'ä//ö\\\\ü', 'Icon\r', 'new\nline/..',
];
for (const p of common) {
  out('posix.normalize', p, path.posix.normalize(p));
  out('win32.normalize', p, path.win32.normalize(p));
}

const win = [
  'c:', 'c:\\', 'c:/', 'c:\\\\', 'c://', 'C:\\..', 'C:\\..\\..', 'C:\\a\\..\\..\\b', 'C:a\\..\\..\\b', 'C:a',
  'C:a\\', 'C:.\\a', 'C:\\a\\.\\b\\', 'C:/a/b/../c/', 'c:/foo\\bar/../baz', 'C:\\\\\\x', 'z:', 'Z:\\z',
  '1:\\x', 'ab:\\x', ':\\x', ':', 'C:a:b', 'C:\\a:b', '\\', '\\\\', '\\\\\\', '\\\\\\\\', '\\a', '\\a\\..',
  '\\a\\..\\..', '\\\\server', '\\\\server\\', '\\\\server\\\\', '\\\\server\\share', '\\\\server\\share\\',
  '\\\\server\\share\\\\', '\\\\server\\share\\a', '\\\\server\\share\\a\\..', '\\\\server\\share\\..',
  '\\\\server\\share\\..\\..\\x', '//server//share/x', '///server/share/x', '\\\\\\server\\share\\x',
  '\\\\?\\', '\\\\?\\C:', '\\\\?\\C:\\', '\\\\?\\C:\\x\\..\\..', '\\\\?\\UNC\\server\\share',
  '\\\\?\\UNC\\server\\share\\x\\..', '\\\\.\\', '\\\\.\\device', '\\\\.\\pipe\\name', '\\\\.\\C:\\x',
  '\\\\.\\pipe\\..\\..\\x', '/\\server/share', '\\/server\\share', 'C:/mixed\\slash/x', 'a/b\\c/d',
  '/a\\b', 'a\\\\\\b\\\\\\c', 'dir\\file:stream', 'a\\.\\b\\..\\c\\', '..\\..\\', '..\\a\\..\\..',
  'C:\\é\\日本\\..\\😀.txt', '\\\\サーバ\\共有\\ファイル', 'c:\\ß\\..\\İ',
];
for (const p of win) {
  out('win32.normalize', p, path.win32.normalize(p));
}
for (const p of ['a//b/../c', '', '/..', 'a\\b']) {
  out('normalize', p, path.normalize(p));
}
