// ES module import of node:path: default export, named exports, namespace.
import path, { join, sep, win32, posix, resolve, basename, delimiter, matchesGlob } from 'node:path';
import * as ns from 'node:path';
import posixDefault from 'node:path/posix';
import win32Default from 'node:path/win32';

const out = (...a) => console.log(JSON.stringify(a));
out('ns keys', Object.keys(ns).sort());
out('path === ns.default', path === ns.default);
out('join', join('a', 'b'), join === path.join, ns.join === path.join);
out('win32.join', win32.join('a', 'b'), win32 === path.win32);
out('posix', posix === path.posix, posix === path);
out('sep', sep, delimiter, win32.sep, win32.delimiter);
out('resolve', resolve('/x', 'y'), basename('/a/b.c', '.c'));
out('matchesGlob', typeof matchesGlob);
out('path/posix', posixDefault === path.posix, 'path/win32', win32Default === path.win32);
out('ns is module namespace', Object.prototype.toString.call(ns), Object.isFrozen(ns));
