'use strict';
// path.relative. Posix pairs are either both absolute, or both relative and
// never climb above the cwd, so results do not depend on the cwd.
const path = require('path');
const out = (...a) => console.log(JSON.stringify(a));

const posix = [
  ['/var/lib', '/var'], ['/var/lib', '/bin'], ['/var/lib', '/var/lib'], ['/var/lib', '/var/apache'],
  ['/var/', '/var/lib'], ['/', '/var/lib'], ['/foo/test', '/foo/test/bar/package.json'],
  ['/Users/a/web/b/test/mails', '/Users/a/web/b'], ['/foo/bar/baz-quux', '/foo/bar/baz'],
  ['/foo/bar/baz', '/foo/bar/baz-quux'], ['/baz-quux', '/baz'], ['/baz', '/baz-quux'],
  ['/page1/page2/foo', '/'], ['/data/orandea/test/aaa', '/data/orandea/impl/bbb'], ['/', '/'],
  ['/a', '/a'], ['/a/', '/a'], ['/a', '/a/'], ['//a', '/a'], ['/a//b', '/a/b'], ['/a/b/c', '/a/b/c/d/e'],
  ['/a/b/c/d/e', '/a/b/c'], ['/a/b', '/c/d'], ['/aa', '/a'], ['/a', '/aa'], ['/aa/bb', '/a'],
  ['/abc/d', '/ab'], ['/ab', '/abcd'], ['/foo/bar', '/f'], ['/a', '/a/b/c'], ['/a/./b/../c', '/a/c/d'],
  ['/..', '/'], ['/../a', '/b'], ['/x/.bashrc', '/x/.profile'], ['/x/...', '/x/..'], ['/A', '/a'],
  ['/é/日本', '/é/😀'], ['/a b/c', '/a b/d e'], ['/a\\b', '/a\\c'], ['/C:/x', '/C:/y'],
  ['', ''], ['.', '.'], ['a', 'a'], ['a', 'b'], ['a/b', 'a'], ['a', 'a/b'], ['a/b/c', 'a/d/e'],
  ['./a', 'a/./'], ['a/../b', 'b'], ['', 'a'], ['a', ''], ['.', 'a/b'], ['a/b', '.'], ['x/y/z', 'x'],
];
for (const [from, to] of posix) {
  out('posix.relative', from, to, path.posix.relative(from, to));
  out('relative', from, to, path.relative(from, to));
}
out('relative(cwd,cwd)', path.relative(process.cwd(), process.cwd()), path.relative('', process.cwd()),
    path.relative(process.cwd(), ''));

const win = [
  ['c:/blah\\blah', 'd:/games'], ['c:/aaaa/bbbb', 'c:/aaaa'], ['c:/aaaa/bbbb', 'c:/cccc'],
  ['c:/aaaa/bbbb', 'c:/aaaa/bbbb'], ['c:/aaaa/bbbb', 'c:/aaaa/cccc'], ['c:/aaaa/', 'c:/aaaa/cccc'],
  ['c:/', 'c:\\aaaa\\bbbb'], ['c:/aaaa/bbbb', 'd:\\'], ['c:/AaAa/bbbb', 'c:/aaaa/bbbb'],
  ['c:/aaaaa/', 'c:/aaaa/cccc'], ['C:\\foo\\bar\\baz\\quux', 'C:\\'],
  ['C:\\foo\\test', 'C:\\foo\\test\\bar\\package.json'], ['C:\\foo\\bar\\baz-quux', 'C:\\foo\\bar\\baz'],
  ['C:\\foo\\bar\\baz', 'C:\\foo\\bar\\baz-quux'], ['\\\\foo\\bar', '\\\\foo\\bar\\baz'],
  ['\\\\foo\\bar\\baz', '\\\\foo\\bar'], ['\\\\foo\\bar\\baz-quux', '\\\\foo\\bar\\baz'],
  ['\\\\foo\\bar\\baz', '\\\\foo\\bar\\baz-quux'], ['C:\\baz-quux', 'C:\\baz'], ['C:\\baz', 'C:\\baz-quux'],
  ['\\\\foo\\baz-quux', '\\\\foo\\baz'], ['\\\\foo\\baz', '\\\\foo\\baz-quux'],
  ['C:\\baz', '\\\\foo\\bar\\baz'], ['\\\\foo\\bar\\baz', 'C:\\baz'], ['c:\\a\\İ', 'c:\\a\\İ\\test.txt'],
  ['c:\\İ\\a\\İ', 'c:\\İ\\b\\İ\\test.txt'], ['c:\\ß\\a\\ß', 'c:\\ß\\b\\ß\\test.txt'],
  ['C:\\', 'C:\\'], ['C:\\', 'c:\\'], ['C:\\A\\B', 'c:\\a\\b\\C'], ['C:\\a\\B', 'C:\\A\\b\\..\\c'],
  ['C:\\a', 'D:\\a'], ['C:\\', 'D:\\'], ['C:\\a\\b', 'C:/a/b/c/'], ['C:/x//y\\\\z', 'C:\\x\\y'],
  ['\\\\server\\share', '\\\\server\\share'], ['\\\\server\\share\\a', '\\\\SERVER\\SHARE\\b'],
  ['\\\\server\\share\\a', '\\\\server\\other\\a'], ['//server/share/a', '\\\\server\\share\\a\\b'],
  ['C:\\é\\日本', 'C:\\é\\😀'], ['C:\\ÄÖÜ', 'C:\\äöü\\x'], ['C:\\a b', 'C:\\a b\\c d'],
  ['C:\\foo\\..\\bar', 'C:\\bar\\baz'], ['C:\\x\\.bashrc', 'C:\\x\\.profile'],
  ['\\aaaa\\bbbb', '\\aaaa'], ['\\aaaa\\bbbb', '\\cccc'], ['\\aaaa\\bbbb', '\\aaaa\\bbbb'],
  ['\\aaaa\\', '\\aaaa\\cccc'], ['\\', '\\aaaa\\bbbb'], ['\\aa', '\\a'], ['\\a', '\\a\\b\\c'],
  ['/a/b', '/a/c'],
];
for (const [from, to] of win) {
  out('win32.relative', from, to, path.win32.relative(from, to));
}
