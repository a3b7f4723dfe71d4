// ES modules importing CommonJS: default = module.exports, named = its keys.
import named, { x, fn } from './lib/named.js';
import obj, { a, b } from './lib/object.cjs';
import callable, { extra } from './lib/fn.js';
import * as ns from './lib/named.js';
import { createRequire, builtinModules, isBuiltin } from 'node:module';
import Module from 'module';
import { fromEsmPackage } from './lib/esm-pkg/value.js';

console.log(x, fn(), named.x === x, a, b, obj.a, callable(), extra);
console.log(Object.keys(ns).sort());
const require = createRequire(import.meta.url);
console.log(require('./lib/named.js') === named, typeof Module.createRequire, isBuiltin('fs'), builtinModules.includes('path'));
console.log(Object.keys(import.meta));
console.log(import.meta.url === `file://${import.meta.filename}`, import.meta.dirname === require('path').dirname(import.meta.filename));
console.log(import.meta.resolve('./lib/fn.js') === `file://${import.meta.dirname}/lib/fn.js`, import.meta.resolve('fs'));
console.log(fromEsmPackage);
