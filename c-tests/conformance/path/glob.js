'use strict';
// path.matchesGlob (experimental in Node 20; its warning goes to stderr).
const path = require('path');
const out = (...a) => console.log(JSON.stringify(a));

const posix = [
  ['foo/bar/baz', 'foo/[bcr]ar/baz'], ['foo/bar/baz', 'foo/[!bcr]ar/baz'], ['foo/bar/baz', 'foo/[bc-r]ar/baz'],
  ['foo/bar/baz', 'foo/*/!bar/*/baz'], ['foo/bar1/baz', 'foo/bar[0-9]/baz'], ['foo/bar5/baz', 'foo/bar[0-9]/baz'],
  ['foo/barx/baz', 'foo/bar[a-z]/baz'], ['foo/bar/baz/boo', 'foo/[bc-r]ar/baz/*'], ['foo/bar/baz', 'foo/**'],
  ['foo/bar/baz', '*'], ['foo', '*'], ['foo', 'foo'], ['foo', 'f?o'], ['fo', 'f?o'], ['foo', 'f??'],
  ['foo', 'F*'], ['Foo', 'f*'], ['foo.js', '*.js'], ['foo.ts', '*.js'], ['a/foo.js', '*.js'],
  ['a/foo.js', '**/*.js'], ['a/b/c/foo.js', '**/*.js'], ['foo.js', '**/*.js'], ['a/b/c', 'a/**/c'],
  ['a/c', 'a/**/c'], ['a/b/c', 'a/**'], ['a', 'a/**'], ['a/', 'a/**'], ['a/b', 'a/*'], ['a/b/c', 'a/*'],
  ['a/b/c', 'a/*/c'], ['a/b/c', '**'], ['', '*'], ['', ''], ['a', ''], ['', '**'],
  ['.bashrc', '*'], ['.bashrc', '.*'], ['.bashrc', '**'], ['a/.git/x', '**/x'], ['a/.git/x', 'a/*/x'],
  ['a/.git/x', 'a/.*/x'], ['.', '*'], ['..', '*'], ['..', '.*'], ['a/b', '{a,b}/b'], ['c/b', '{a,b}/b'],
  ['a1', 'a{1..3}'], ['a4', 'a{1..3}'], ['file.ts', '*.{js,ts}'], ['file.jsx', '*.{js,ts}'],
  ['a.js', '+(a|b).js'], ['ab.js', '+(a|b).js'], ['c.js', '@(a|b).js'], ['c.js', '!(a|b).js'],
  ['a.js', '!(a|b).js'], ['a.js', '?(a).js'], ['.js', '?(a).js'], ['aaa', '*(a)'], ['!foo', '!foo'],
  ['foo', '!foo'], ['#foo', '#foo'], ['a*b', 'a\\*b'], ['axb', 'a\\*b'], ['a\\b', 'a\\b'], ['a/b', 'a\\/b'],
  ['a[b', 'a[b'], ['a]', 'a]'], ['a-', 'a[-]'], ['ab', 'a[^b]'], ['ac', 'a[^b]'], ['a1', 'a[[:digit:]]'],
  ['ax', 'a[[:alpha:]]'], ['/abs/path', '/abs/*'], ['/abs/path', '*/path'], ['/abs/path', '**/path'],
  ['abs/path', '/abs/*'], ['a//b', 'a/b'], ['a/b/', 'a/b'], ['a/b', 'a/b/'], ['./a', 'a'], ['a', './a'],
  ['a/../b', 'b'], ['a/../b', 'a/*/b'], ['é/日本.txt', '*/*.txt'], ['😀.png', '?.png'], ['日本', '??'],
  ['C:\\foo', 'C:\\*'], ['C:/foo', 'C:/*'], ['x', '[x'], ['x/y', '**/'], ['x/y/', '**/'],
];
for (const [p, g] of posix) {
  out('posix.matchesGlob', p, g, path.posix.matchesGlob(p, g));
}
for (const [p, g] of posix.slice(0, 20)) {
  out('matchesGlob', p, g, path.matchesGlob(p, g));
}

const win = [
  ['foo\\bar\\baz', 'foo\\[bcr]ar\\baz'], ['foo\\bar\\baz', 'foo\\[!bcr]ar\\baz'],
  ['foo\\bar\\baz', 'foo\\[bc-r]ar\\baz'], ['foo\\bar\\baz', 'foo\\*\\!bar\\*\\baz'],
  ['foo\\bar1\\baz', 'foo\\bar[0-9]\\baz'], ['foo\\bar5\\baz', 'foo\\bar[0-9]\\baz'],
  ['foo\\barx\\baz', 'foo\\bar[a-z]\\baz'], ['foo\\bar\\baz\\boo', 'foo\\[bc-r]ar\\baz\\*'],
  ['foo\\bar\\baz', 'foo/**'], ['foo\\bar\\baz', '*'], ['foo/bar/baz', 'foo\\**'], ['foo/bar', 'foo/*'],
  ['foo\\bar', 'foo/*'], ['foo\\bar', 'foo\\*'], ['foo/bar', 'foo\\*'], ['C:\\foo\\x.js', 'C:\\foo\\*.js'],
  ['C:\\foo\\x.js', 'C:/foo/*.js'], ['c:\\foo\\x.js', 'C:\\foo\\*.js'], ['C:\\foo\\x.js', '**\\*.js'],
  ['C:\\foo\\x.js', '**/*.js'], ['\\\\server\\share\\x', '\\\\server\\share\\*'],
  ['//server/share/x', '//server/share/*'], ['\\\\server\\share\\x', '//server/share/*'],
  ['a*b', 'a\\*b'], ['axb', 'a\\*b'], ['Foo', 'f*'], ['FOO.JS', '*.js'], ['.bashrc', '*'],
  ['a\\.git\\x', '**\\x'], ['a\\b', 'a\\b'], ['a/b', 'a/b'], ['a\\b', '{a,c}\\b'], ['x.ts', '*.{js,ts}'],
  ['foo', '!foo'], ['#foo', '#foo'], ['é\\日本.txt', '*\\*.txt'],
];
for (const [p, g] of win) {
  out('win32.matchesGlob', p, g, path.win32.matchesGlob(p, g));
}
