'use strict';
// Shape of the node:path module: keys, identities, types, names, lengths.
const path = require('path');
const out = (...a) => console.log(JSON.stringify(a));

out('keys', Object.keys(path));
out('keys.posix', Object.keys(path.posix));
out('keys.win32', Object.keys(path.win32));
out('path===node:path', require('path') === require('node:path'));
out('posix===path', require('path').posix === require('path'));
out('path/posix===posix', require('path/posix') === require('path').posix);
out('node:path/posix===posix', require('node:path/posix') === require('path').posix);
out('path/win32===win32', require('path/win32') === require('path').win32);
out('node:path/win32===win32', require('node:path/win32') === require('path').win32);
out('win32.win32===win32', path.win32.win32 === path.win32);
out('win32.posix===posix', path.win32.posix === path.posix);
out('posix.posix===posix', path.posix.posix === path.posix);
out('posix.win32===win32', path.posix.win32 === path.win32);
out('win32!==posix', path.win32 !== path.posix);
out('_makeLong===toNamespacedPath', path._makeLong === path.toNamespacedPath);
out('win32._makeLong===win32.toNamespacedPath', path.win32._makeLong === path.win32.toNamespacedPath);
out('win32.join!==posix.join', path.win32.join !== path.posix.join);
out('proto is Object.prototype', Object.getPrototypeOf(path) === Object.prototype);
out('win32 proto is Object.prototype', Object.getPrototypeOf(path.win32) === Object.prototype);
out('isFrozen', Object.isFrozen(path), Object.isExtensible(path));
out('sep', path.sep, path.posix.sep, path.win32.sep);
out('delimiter', path.delimiter, path.posix.delimiter, path.win32.delimiter);
out('default.default', typeof path.default);

for (const [label, ns] of [['posix', path.posix], ['win32', path.win32]]) {
  for (const k of Object.keys(ns)) {
    const v = ns[k];
    if (typeof v === 'function') {
      out(label, k, typeof v, v.name, v.length);
    } else if (typeof v === 'string') {
      out(label, k, typeof v, v, v.length);
    } else {
      out(label, k, typeof v);
    }
    const d = Object.getOwnPropertyDescriptor(ns, k);
    out(label, k, 'descriptor', d.writable, d.enumerable, d.configurable, 'get' in d);
  }
}

// Functions do not depend on `this`.
const { join, resolve, normalize, basename, dirname, extname, relative, parse, format, isAbsolute } = path;
out('detached', join('a', 'b'), resolve('/x', 'y'), normalize('a//b'), basename('/a/b.c', '.c'),
    dirname('/a/b'), extname('a.b'), relative('/a/b', '/a/c'), parse('/a/b.c'),
    format({ dir: '/d', base: 'f' }), isAbsolute('/a'));
const w = path.win32;
const wj = w.join;
out('detached.win32', wj('a', 'b'), w.normalize.call(null, 'a/b'), w.basename.call(undefined, 'C:\\x\\y.z'));
out('call-with-other-this', path.posix.join.call(path.win32, 'a', 'b'), path.win32.join.call(path.posix, 'a', 'b'));
out('apply', path.join.apply(null, ['a', 'b', 'c']), path.win32.join.apply(null, ['a', 'b', 'c']));
out('spread', path.join(...'abc'.split('')), path.resolve(...['/', 'x', 'y']));
out('typeof results', typeof path.join('a'), typeof path.isAbsolute('a'), typeof path.parse('a'),
    typeof path.matchesGlob('a', 'a'));
