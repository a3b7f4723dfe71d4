'use strict';
// path asks process.cwd() on every resolve, as Node does: a program that replaces it is seen.
const path = require('path');
const real = process.cwd;
console.log(path.resolve('a') === real() + '/a');
process.cwd = () => '/x/y';
console.log(path.resolve('a'), path.relative('b', 'c/d'), path.resolve('/abs', 'q'));
process.cwd = () => '';
console.log(path.resolve(), path.resolve('z'));
process.cwd = () => { throw new Error('boom'); };
try { path.resolve('k'); } catch (e) { console.log('threw', e.message); }
console.log(path.resolve('/only/abs'));
process.cwd = real;
