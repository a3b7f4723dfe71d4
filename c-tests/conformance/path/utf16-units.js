// path works on UTF-16 units as Node's does: lone surrogates survive, a suffix
// or slice may split a surrogate pair, lengths are counted in units (win32
// reserved names, toNamespacedPath), matchesGlob's `?` is one unit.
const path = require('path');
process.removeAllListeners('warning'); // matchesGlob's ExperimentalWarning goes to stderr anyway
const q = (v) => JSON.stringify(v);
const pieces = ['😀', '\ud83d', '\ude00', '\ud800', '\udc00', 'é', 'nul', 'NUL😀', 'a\ud83d', '\ude00b', '.\ud83d', 'x😀.😀'];
for (const flavor of ['posix', 'win32']) {
  const p = path[flavor];
  for (const a of pieces) {
    console.log(flavor, q(a), q([p.normalize(a), p.basename(a), p.dirname(a), p.extname(a), p.isAbsolute(a)]));
    console.log('  parse', q(p.parse(`/dir/${a}`)), q(p.toNamespacedPath(`/${a}`)));
    for (const b of ['😀', '\ude00', '\ud83d', 'é']) {
      console.log('  with', q(b), q([p.basename(a, b), p.basename(`${a}${b}`, b), p.join(a, b), p.relative(a, b), p.format({ dir: a, base: b }), p.format({ name: a, ext: b })]));
    }
  }
  console.log(flavor, 'relative', q([p.relative('', '\ud800'), p.relative('\ud800', ''), p.relative('/a/\ud83d', '/a/\ude00')]));
  console.log(flavor, 'resolve', q([p.resolve('/x', '\ud83d', '\ude00'), p.resolve('/😀', '..', '\udc00')]));
}
console.log('win32 reserved', q(['nul😀', 'nul\udc00', 'con\ud83d', 'COM¹😀', 'aux\ud800:', 'nul😀:x', 'prn:'].map((s) => path.win32.normalize(s))));
console.log('win32 case', q([path.win32.relative('C:\\ÄÖ\\x', 'c:\\äö\\y'), path.win32.relative('C:\\Σ\\\ud83d', 'c:\\σ\\\ud83d'), path.win32.resolve('c:\\ǅ', 'C:x')]));
console.log('toNamespacedPath', q(['/é', '/😀', '//é', 'C:\\é', '\\\\a\\😀'].map((s) => path.win32.toNamespacedPath(s))));
const globs = [['a\ud800', 'a?'], ['😀', '?'], ['😀', '??'], ['\ud83d', '[😀]'], ['😀', '[😀]'], ['a😀b', 'a*b'], ['x/\udc00', 'x/?'], ['😀/😀', '*/??']];
console.log('matchesGlob', q(globs.map(([f, g]) => [path.posix.matchesGlob(f, g), path.win32.matchesGlob(f, g)])));
