'use strict';
// win32.normalize (and join, which normalizes) hardening present in Node 20:
// relative paths containing ':' (CVE-2024-36139) and Windows reserved device
// names such as CON:, NUL:, COM1: get a '.\' prefix.
const path = require('path');
const out = (...a) => console.log(JSON.stringify(a));
const w = path.win32;

const inputs = [
  'CON', 'CON:', 'con:', 'Con:', 'CON:foo', 'CON:\\foo', 'CON:/foo', 'CON:.', 'CON:..', 'CON:..\\x', 'PRN:',
  'AUX:', 'NUL:', 'nul:x', 'NUL.txt:', 'CONIN$:', 'CONOUT$:', 'COM1:', 'COM9:', 'com0:', 'COM10:', 'COM¹:',
  'LPT1:', 'lpt3:x', 'LPT10:', 'CONX:', 'XCON:', 'CO:', 'x\\CON:', 'x\\CON:\\y', '.\\CON:', 'CON:x:y',
  'a:', 'a:b', 'a:b:c', 'ab:', 'ab:cd', 'ab:\\', 'ab:/x', '1:', '1:x', '1:\\x', 'x/1:', 'x/1:/y', 'x/1:y',
  ':', '::', ':x', ':\\x', '.:', '..:', 'x:..\\..\\y', 'x\\..\\C:', 'x\\..\\C:\\y', 'x\\..\\C:y', 'a\\..\\b:',
  'foo\\..\\..\\C:', '.\\C:', 'file:stream', 'dir\\file:stream', 'file:stream\\x', 'file::$DATA',
  'C:CON:', 'C:\\CON:', '\\CON:', '\\\\server\\share\\CON:', 'é:', '日本:\\x',
];
for (const p of inputs) {
  out(p, w.normalize(p), w.join(p), w.join('x', p), w.join(p, 'y'), w.isAbsolute(p), w.parse(p));
  // Other drive letters would make resolve() consult the cwd; skip those.
  if (!/^[a-bd-zA-BD-Z]:/.test(p)) out(p, 'resolve', w.resolve('C:\\base', p));
}
// posix is unaffected.
for (const p of ['CON:', 'a:b', '1:\\x', 'x/1:']) {
  out('posix', p, path.posix.normalize(p), path.posix.join(p, 'y'));
}
