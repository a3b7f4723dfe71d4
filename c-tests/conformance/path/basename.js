'use strict';
// path.basename with and without the suffix argument.
const path = require('path');
const out = (...a) => console.log(JSON.stringify(a));

const inputs = [
  '', '.', '..', '...', '/', '//', '///', '/.', '/..', './', '../', 'a', 'a/', 'a//', '/a', '//a', '/a/b',
  '/a/b/', '/a/b//', 'basename.ext', '/dir/basename.ext', '/basename.ext', 'basename.ext/', 'basename.ext//',
  '/aaa/', '/aaa/b', '.bashrc', '/home/u/.bashrc', '.bashrc/', 'file.tar.gz', 'file.', 'file..', '.a.b',
  '..a', '...a', 'a b/c d.txt', ' ', '\\dir\\basename.ext', '\\basename.ext', 'basename.ext\\',
  'basename.ext\\\\', 'aaa\\bbb', 'aaa\\bbb\\\\\\\\', 'C:', 'C:.', 'C:\\', 'C:/', 'C:\\dir\\base.ext',
  'C:\\basename.ext', 'C:basename.ext', 'C:basename.ext\\', 'C:basename.ext\\\\', 'C:foo', 'c:foo/',
  'file:stream', 'dir\\file:stream', '\\\\server\\share', '\\\\server\\share\\', '\\\\server\\share\\x',
  '//server/share/x/', '\\\\?\\C:\\x', '\\\\.\\device', 'Icon\r', '/a/b/Icon\r', 'é', '/日本/語.txt',
  '😀/🎉.png', 'ä\\ö.ü',
];
for (const p of inputs) {
  out('posix.basename', p, path.posix.basename(p));
  out('win32.basename', p, path.win32.basename(p));
}

const withSuffix = [
  ['file.js', '.js'], ['.js', '.js'], ['js', '.js'], ['file.js', '.ts'], ['file', '.js'],
  ['file.js.old', '.js.old'], ['a', 'a'], ['aaa/bbb', '/bbb'], ['aaa/bbb', 'a/bbb'], ['aaa/bbb', 'bbb'],
  ['aaa/bbb//', 'bbb'], ['aaa/bbb', 'bb'], ['aaa/bbb', 'b'], ['/aaa/bbb', '/bbb'], ['/aaa/bbb', 'a/bbb'],
  ['/aaa/bbb', 'bbb'], ['/aaa/bbb//', 'bbb'], ['/aaa/bbb', 'bb'], ['/aaa/bbb', 'b'], ['aaa\\bbb', '\\bbb'],
  ['aaa\\bbb', 'a\\bbb'], ['aaa\\bbb', 'bbb'], ['aaa\\bbb\\\\\\\\', 'bbb'], ['aaa\\bbb', 'bb'],
  ['aaa\\bbb', 'b'], ['file.js', ''], ['', ''], ['', 'x'], ['/', ''], ['/', '/'], ['.', '.'], ['..', '.'],
  ['..', '..'], ['...', '.'], ['a.', '.'], ['/x/.js', '.js'], ['/x/file.js/', '.js'], ['/x/file.js//', 's'],
  ['file.JS', '.js'], ['file.js', 'file.js'], ['file.js', 'xfile.js'], ['.bashrc', 'rc'], ['.bashrc', '.bashrc'],
  ['dir/', 'dir'], ['dir/', 'ir'], ['C:\\file.txt', '.txt'], ['C:file.txt', 'file.txt'], ['C:', 'C:'],
  ['C:\\', '\\'], ['C:foo', 'oo'], ['\\\\server\\share\\f.x', '.x'], ['日本.語', '.語'], ['😀.png', '.png'],
  ['a😀', '😀'], ['é.txt', 'é.txt'], ['x/abcabc', 'abc'], ['x/abc', 'abcd'], ['x/.', '.'], ['x/..', '..'],
];
for (const [p, s] of withSuffix) {
  out('posix.basename', p, s, path.posix.basename(p, s));
  out('win32.basename', p, s, path.win32.basename(p, s));
}
for (const [p, s] of [['/a/b.c', undefined], ['/a/b.c', '.c'], ['x\\y', undefined]]) {
  out('basename', p, s === undefined ? '<undefined>' : s, path.basename(p, s));
}
