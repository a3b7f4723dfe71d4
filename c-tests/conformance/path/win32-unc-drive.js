'use strict';
// Tricky win32 inputs (drive letters, UNC, device and long paths, mixed
// separators) run through every cwd-independent win32 function.
const path = require('path');
const out = (...a) => console.log(JSON.stringify(a));
const w = path.win32;

const inputs = [
  'C:', 'c:', 'C:.', 'C:..', 'C:\\', 'C:/', 'C:\\\\', 'C:foo', 'c:foo\\bar', 'C:\\foo\\..\\..',
  'C:/a/b/../../..', 'C:\\a.b\\c.d', 'C:\\a\\', 'C:a:b', 'z:\\', '1:\\x', ':', ':\\x', '\\', '\\\\', '\\\\\\',
  '/', '//', '///', '\\a', '/a', '\\\\server', '\\\\server\\', '\\\\server\\share', '\\\\server\\share\\',
  '\\\\server\\share\\x', '\\\\server\\share\\x\\y.z', '\\\\server\\share\\x\\..\\..', '//server/share',
  '//server/share/x/', '\\/server/share\\x', '/\\server\\share/x', '\\\\\\server\\share', '\\\\?\\C:\\x',
  '\\\\?\\C:', '\\\\?\\', '\\\\?\\UNC\\server\\share\\x', '\\\\.\\device', '\\\\.\\pipe\\name', '\\\\.\\',
  '\\\\.\\C:\\x.y', 'C:/mixed\\slash/x.y', 'a/b\\c/d', 'file:stream', 'dir\\file:stream.x', '.bashrc',
  'C:\\.bashrc', '..', '...', 'C:...', 'C:\\...\\..', 'C:\\é\\日本.語', '\\\\サーバ\\共有\\😀.png',
];

for (const p of inputs) {
  const abs = w.isAbsolute(p);
  out(p, 'normalize', w.normalize(p));
  out(p, 'isAbsolute', abs);
  out(p, 'dirname', w.dirname(p));
  out(p, 'basename', w.basename(p), w.basename(p, '.x'));
  out(p, 'extname', w.extname(p));
  out(p, 'parse', w.parse(p));
  out(p, 'join', w.join(p), w.join(p, 'x'), w.join('x', p));
  // resolve/relative/toNamespacedPath with a drive-absolute base never depend on the cwd.
  out(p, 'resolve', w.resolve('C:\\base', p));
  out(p, 'relative', w.relative('C:\\base\\dir', w.resolve('C:\\base', p)));
  if (/^[a-zA-Z]:[\\/]/.test(p) || /^[\\/]{2}[^\\/]/.test(p)) {
    out(p, 'toNamespacedPath', w.toNamespacedPath(p));
  }
}
