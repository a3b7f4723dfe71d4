'use strict';
// path.dirname and path.extname.
const path = require('path');
const out = (...a) => console.log(JSON.stringify(a));

const dirs = [
  '', '.', '..', '...', './', '../', '/', '//', '///', '////', '/a', '//a', '///a', '/a/', '/a/b', '/a/b/',
  '/a/b//', '/a//b', 'a', 'a/', 'a/b', 'a/b/', 'a//b', './a', '../a', '../a/b', '/a/b/c/..', 'a/.', 'a/..',
  '.bashrc', '/home/.bashrc', 'foo bar/baz', ' ', ' /', 'c:\\', 'c:\\foo', 'c:\\foo\\', 'c:\\foo\\bar',
  'c:\\foo\\bar\\', 'c:\\foo\\bar\\baz', 'c:\\foo bar\\baz', '\\', '\\foo', '\\foo\\', '\\foo\\bar',
  '\\foo\\bar\\', '\\foo\\bar\\baz', '\\foo bar\\baz', 'c:', 'c:foo', 'c:foo\\', 'c:foo\\bar', 'c:foo\\bar\\',
  'c:foo\\bar\\baz', 'c:foo bar\\baz', 'C:/', 'C:/x', 'C:/x/y/', 'C:.', 'C:..', 'file:stream',
  'dir\\file:stream', '\\\\unc\\share', '\\\\unc\\share\\', '\\\\unc\\share\\foo', '\\\\unc\\share\\foo\\',
  '\\\\unc\\share\\foo\\bar', '\\\\unc\\share\\foo\\bar\\', '\\\\unc\\share\\foo\\bar\\baz', '\\\\unc',
  '\\\\unc\\', '\\\\\\unc\\share\\x', '//unc/share/x', '\\\\?\\C:\\x', '\\\\?\\C:\\', '\\\\.\\device',
  '\\\\.\\pipe\\name', 'a/b\\c', '/a\\b/c', 'é/日本', '/😀/🎉/', 'Ä\\Ö\\Ü',
];
for (const p of dirs) {
  out('posix.dirname', p, path.posix.dirname(p));
  out('win32.dirname', p, path.win32.dirname(p));
}
out('dirname', '/a/b', path.dirname('/a/b'));

const exts = [
  '', '/path/to/file', '/path/to/file.ext', '/path.to/file.ext', '/path.to/file', '/path.to/.file',
  '/path.to/.file.ext', '/path/to/f.ext', '/path/to/..ext', '/path/to/..', 'file', 'file.ext', '.file',
  '.file.ext', '/file', '/file.ext', '/.file', '/.file.ext', '.path/file.ext', 'file.ext.ext', 'file.', '.',
  './', '.file.', '.file..', '..', '../', '..file.ext', '..file', '..file.', '..file..', '...', '...ext',
  '....', 'file.ext/', 'file.ext//', 'file/', 'file//', 'file./', 'file.//', '.\\', '..\\', 'file.ext\\',
  'file.ext\\\\', 'file\\', 'file\\\\', 'file.\\', 'file.\\\\', 'C:', 'C:.', 'C:..', 'C:file.ext', 'C:.file',
  'C:\\file.ext', 'C:\\.file', 'C:\\dir.x\\file', 'C:\\dir.x\\', '\\\\server\\share.x', '\\\\server\\share\\a.b',
  'file:stream.x', 'a.b:c', 'archive.tar.gz', '.bashrc', '.bashrc.bak', 'x/.bashrc', 'a.b/c', 'a.b/c/',
  'a.😀', '日本.語', 'é.tXt', 'file.with space', 'Makefile', 'a..b', 'a...', '/.', '/..', '/...', '/.a.',
];
for (const p of exts) {
  out('posix.extname', p, path.posix.extname(p));
  out('win32.extname', p, path.win32.extname(p));
  const w = 'C:' + p.replace(/\//g, '\\');
  out('win32.extname', w, path.win32.extname(w));
}
out('extname', 'index.html', path.extname('index.html'));
