'use strict';
// Non-ASCII names (Latin-1, CJK, emoji, combining marks, RTL, BOM/NBSP)
// through every function on both platforms.
const path = require('path');
const out = (...a) => console.log(JSON.stringify(a));

const names = [
  'é', 'café.txt', 'naïve/résumé.pdf', '日本', '日本/語.テキスト', '/home/ユーザー/ファイル.txt', '😀', '😀.png',
  '/emoji/🎉/🚀.tar.gz', '👨‍👩‍👧.family', 'e\u0301.txt', 'Ελληνικά/αρχείο.δοκ', 'עברית/קובץ.txt',
  'العربية.ملف', '\uFEFFbom.txt', 'nb\u00A0sp.txt', 'Ω/../Ж', 'a/../../ü', '.ñ', '..ñ', 'ñ.', 'ß/İ/ı',
  '\u0000nul', '\u2028ls', 'ẞ.ÄÖÜ', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢/𝔣𝔦𝔩𝔢.𝔢𝔵𝔱',
];
for (const n of names) {
  const abs = '/' + n;
  const w = 'C:\\' + n.replace(/\//g, '\\');
  out('posix', n, path.posix.join('/base', n), path.posix.normalize(n), path.posix.basename(n),
      path.posix.dirname(n), path.posix.extname(n), path.posix.isAbsolute(n));
  out('posix.parse', n, path.posix.parse(abs), path.posix.format(path.posix.parse(abs)));
  out('posix.resolve/relative', n, path.posix.resolve('/base', n), path.posix.relative('/base', abs),
      path.posix.relative(abs, '/base'));
  out('win32', n, path.win32.join('C:\\base', n), path.win32.normalize(n), path.win32.basename(w),
      path.win32.dirname(w), path.win32.extname(w), path.win32.isAbsolute(w));
  out('win32.parse', n, path.win32.parse(w), path.win32.format(path.win32.parse(w)));
  out('win32.resolve/relative', n, path.win32.resolve('C:\\base', n), path.win32.relative('C:\\base', w),
      path.win32.relative(w, 'C:\\base'), path.win32.toNamespacedPath(w));
}
// win32.relative compares case-insensitively (toLowerCase).
const pairs = [
  ['C:\\ÄÖÜ\\x', 'C:\\äöü\\y'], ['C:\\ΑΒΓ', 'C:\\αβγ\\δ'], ['C:\\ẞ', 'C:\\ß'], ['C:\\İ', 'C:\\i̇\\x'],
  ['C:\\I', 'C:\\ı'], ['C:\\Ǆ', 'C:\\ǆ'], ['C:\\ÉCOLE', 'C:\\école\\a'], ['C:\\日本', 'C:\\日本\\語'],
];
for (const [a, b] of pairs) {
  out('win32.relative', a, b, path.win32.relative(a, b), path.win32.relative(b, a));
}
