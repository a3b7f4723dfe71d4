'use strict';
// path.isAbsolute, path.toNamespacedPath and path._makeLong.
const path = require('path');
const out = (...a) => console.log(JSON.stringify(a));

const abs = [
  '', '.', '..', '/', '//', '///', '/home/foo', '/home/foo/..', 'bar/', './baz', ' /a', 'a', '\\', '\\\\',
  '\\a', '//server', '//server/file', '\\\\server\\file', '\\\\server', 'c', 'c:', 'c:\\', 'c:/', 'c://',
  'C:/Users/', 'C:\\Users\\', 'C:cwd/another', 'C:cwd\\another', 'directory/directory',
  'directory\\directory', 'C:.', 'C:..\\x', '1:\\', 'ab:\\', ':\\', ':/', '\\\\?\\C:\\x', '\\\\.\\device',
  'file:stream', 'é', '/日本', 'C:\\😀', 'z:/', 'Z:\\',
];
for (const p of abs) {
  out('isAbsolute', p, path.posix.isAbsolute(p), path.win32.isAbsolute(p), path.isAbsolute(p));
}

// posix toNamespacedPath / _makeLong are the identity for any value.
for (const p of ['', '/foo/bar', 'foo/bar', 'C:\\foo', '\\\\server\\share', 'é']) {
  out('posix.toNamespacedPath', p, path.posix.toNamespacedPath(p), path.posix._makeLong(p),
      path.toNamespacedPath(p));
}
const weird = [null, undefined, true, false, 0, 1, NaN, {}, [], path, Symbol('s'), 10n, () => 1];
weird.forEach((v, i) => {
  out('identity', i, typeof v,
      path.posix.toNamespacedPath(v) === v || (typeof v === 'number' && Number.isNaN(v)),
      path.posix._makeLong(v) === v || (typeof v === 'number' && Number.isNaN(v)),
      path.win32.toNamespacedPath(v) === v || (typeof v === 'number' && Number.isNaN(v)),
      path.win32._makeLong(v) === v || (typeof v === 'number' && Number.isNaN(v)));
});
out('identity.noargs', path.posix._makeLong() === undefined, path.win32._makeLong() === undefined,
    path.toNamespacedPath() === undefined);

// win32: only inputs that resolve without consulting the cwd.
const win = [
  '', 'C:\\foo', 'C:/foo', 'c:\\foo\\..\\bar', 'C:\\', 'C:/', 'C:\\a\\b\\', 'C:\\..', '\\\\foo\\bar',
  '//foo//bar', '\\\\foo\\bar\\x\\..\\y', '\\\\server\\share\\', '\\\\?\\foo', '\\\\?\\C:\\x',
  '\\\\?\\UNC\\someserver\\someshare\\somefile', '\\\\.\\pipe\\somepipe', '\\\\.\\device', '\\a\\b',
  '\\', '/x/y', 'C:\\é\\日本\\😀', 'D:\\x\\y.txt', 'C:\\x\\.\\y\\\\', '//server/share/a/b',
];
for (const p of win) {
  out('win32.toNamespacedPath', p, path.win32.toNamespacedPath(p), path.win32._makeLong(p));
}
