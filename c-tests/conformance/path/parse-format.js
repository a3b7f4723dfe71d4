'use strict';
// path.parse and path.format (including round trips).
const path = require('path');
const out = (...a) => console.log(JSON.stringify(a));

const posixPaths = [
  '/home/user/dir/file.txt', '/home/user/a dir/another File.zip', '/home/user/a dir//another&File.',
  '/home/user/a$$$dir//another File.zip', 'user/dir/another File.zip', 'file', '.\\file', './file',
  'C:\\foo', '/', '', '.', '..', '...', '/foo', '/foo.', '/foo.bar', '/.', '/..', '/.foo', '/.foo.bar',
  '/foo/bar.baz', './', '//', '///', '/foo///', '/foo///bar.baz', 'a/b/', 'a/b//', '.bashrc', '/x/.bashrc',
  '.bashrc.bak', 'archive.tar.gz', 'a..', '..a', '/a/b/c.d.e', 'é/日本.語', '/😀/🎉.png', '//server/share/x',
];
for (const p of posixPaths) {
  const r = path.posix.parse(p);
  out('posix.parse', p, r, Object.keys(r));
  out('posix.format(parse)', p, path.posix.format(r));
}

const winPaths = [
  'C:\\path\\dir\\index.html', 'C:\\another_path\\DIR\\1\\2\\33\\\\index',
  'another_path\\DIR with spaces\\1\\2\\33\\index', '\\', '\\foo\\C:', 'file', 'file:stream', '.\\file',
  'C:', 'C:.', 'C:..', 'C:abc', 'C:\\', 'C:\\abc', '', '\\\\server\\share\\file_path',
  '\\\\server two\\shared folder\\file path.zip', '\\\\teela\\admin$\\system32', '\\\\?\\UNC\\server\\share',
  '/foo/bar', '.\\', '\\\\', 'c:\\foo\\\\\\', 'D:\\foo\\\\\\bar.baz', 'C:/', 'C:/x/y.z', 'c:foo.bar',
  'c:foo\\', '\\\\server', '\\\\server\\', '\\\\server\\share', '\\\\server\\share\\', '//server/share/x.y',
  '\\\\?\\C:\\x.y', '\\\\.\\device', '\\\\.\\pipe\\name.x', '..', '...', '.bashrc', 'C:\\.bashrc',
  'C:\\a.b\\', 'a/b\\c.d', 'C:\\日本\\語.txt', 'C:\\😀.png', '1:\\x', 'ab:\\x',
];
for (const p of winPaths) {
  const r = path.win32.parse(p);
  out('win32.parse', p, r);
  out('win32.format(parse)', p, path.win32.format(r));
}
out('parse', '/a/b.c', path.parse('/a/b.c'));

const objs = [
  {}, { dir: 'some/dir' }, { base: 'index.html' }, { root: '/' }, { name: 'index', ext: '.html' },
  { dir: 'some/dir', name: 'index', ext: '.html' }, { root: '/', name: 'index', ext: '.html' },
  { dir: 'some\\dir' }, { root: 'C:\\' }, { dir: 'some\\dir', name: 'index', ext: '.html' },
  { root: 'C:\\', name: 'index', ext: '.html' },
  { root: '/', dir: '/', base: 'x' }, { root: '/', dir: '/home', base: 'x' }, { root: '/ignored', base: 'x' },
  { root: '/x/', base: 'b' }, { dir: '/d', base: 'b', name: 'ignored', ext: '.ignored' },
  { dir: '/d', name: 'n', ext: 'e' }, { dir: '/d', name: 'n', ext: '' }, { name: 'n', ext: '..e' },
  { name: '', ext: '.e' }, { name: 'n' }, { ext: '.e' }, { ext: 'e' }, { dir: '/d', base: '' },
  { dir: '', base: 'b' }, { root: '', dir: '', base: '', name: '', ext: '' }, { dir: 'd/', base: 'b' },
  { dir: 'd//', base: 'b' }, { dir: 'a', root: 'r' }, { root: 'r', base: 'b' }, { root: 'C:', base: 'b' },
  { dir: 1, base: 2 }, { dir: null, base: 'b' }, { dir: undefined, base: 'b' }, { dir: 'd', base: null },
  { dir: 'd', base: 0 }, { dir: 'd', name: 0, ext: 0 }, { dir: 'd', name: 'n', ext: null },
  { dir: false, root: true, base: 'x' }, { dir: ['a', 'b'], base: 'c' }, { dir: 'é', base: '日本.語' },
  { root: '/', dir: '/', base: '', name: 'n', ext: '.e' }, { dir: '/', base: 'x' },
];
for (const o of objs) {
  out('posix.format', o, path.posix.format(o));
  out('win32.format', o, path.win32.format(o));
}
// Inherited and non-enumerable properties, functions, other object kinds.
const proto = { dir: 'pd', base: 'pb' };
out('format(inherited)', path.format(Object.create(proto)), path.win32.format(Object.create(proto)));
const hidden = {};
Object.defineProperty(hidden, 'base', { value: 'hb', enumerable: false });
out('format(non-enumerable)', path.format(hidden));
let gets = 0;
const getter = { get dir() { gets++; return 'gd'; }, get base() { gets++; return 'gb'; } };
out('format(getter)', path.format(getter), gets > 0);
out('format(Date)', path.format(new Date(0)));
out('format(null-proto)', path.format(Object.assign(Object.create(null), { dir: 'n', base: 'p' })));
out('format(extra keys)', path.format({ dir: 'a', base: 'b', other: 'c' }));
