// node:module and the CommonJS loader (paths printed relative to here).
const Module = require('module');
const path = require('path');
const rel = (p) => (typeof p === 'string' && path.isAbsolute(p) ? path.relative(__dirname, p) : p);
const t = (f) => { try { return JSON.stringify(f()); } catch (e) { return `${e.name} ${e.code} ${e.message.split('\n')[0]}`; } };

console.log(typeof Module, Module === Module.Module, require('node:module') === Module);
console.log(['createRequire', 'isBuiltin', '_load', '_resolveFilename', '_nodeModulePaths', 'runMain', 'wrap',
  'syncBuiltinESMExports', 'findSourceMap', 'register'].map((k) => typeof Module[k]).join(' '));
console.log(Array.isArray(Module.builtinModules), Module.builtinModules.includes('fs'),
  Module.builtinModules.includes('node:test'), Module.builtinModules.every((n) => !n.startsWith('node:')));
console.log(Module.isBuiltin('fs'), Module.isBuiltin('node:fs'), Module.isBuiltin('fs/promises'),
  Module.isBuiltin('node:test'), Module.isBuiltin('test'), Module.isBuiltin('nope'), Module.isBuiltin(1));
console.log(Module.wrapper, Module.wrap('x'));
console.log(Object.keys(Module._extensions));

// module, require
console.log(Object.keys(module), module.id, rel(module.filename), module.loaded);
console.log(module.paths[0] === path.join(__dirname, 'node_modules'), module.paths.at(-1));
console.log(Object.keys(require), require.main === module, require.cache[__filename] === module);
console.log(rel(require.resolve('./lib/named')), rel(require.resolve('./lib/pkg')), require.resolve('fs'));
console.log(require.resolve.paths('fs'), require.resolve.paths('./x').map(rel));
console.log(require.resolve.paths('dep')[0] === path.join(__dirname, 'node_modules'));
console.log(rel(require.resolve('./named', { paths: [path.join(__dirname, 'lib')] })));
console.log(t(() => require.resolve('./missing')));
console.log(t(() => require.resolve(1)));
console.log(t(() => require('')));

const named = require('./lib/named');
console.log(named.x, named.fn(), require('./lib/pkg'), require('./lib/uses-dep').name);
const child = require.cache[require.resolve('./lib/named')];
console.log(child.loaded, child.parent === module, module.children.includes(child), rel(child.path));
delete require.cache[require.resolve('./lib/named')];
console.log(require('./lib/named') !== named);

// createRequire
const r = Module.createRequire(path.join(__dirname, 'lib', 'anything.js'));
console.log(r('./object.cjs').a, r('dep').name, rel(r.resolve('./fn')));
console.log(typeof Module.createRequire(`file://${path.join(__dirname, 'lib')}/`)('./fn'));
console.log(t(() => Module.createRequire('relative.js')));

// Module._load / _resolveFilename (the patch points tools use)
console.log(Module._load('path') === path, rel(Module._resolveFilename('./lib/fn', module)));
const orig = Module._load;
Module._load = function (request, parent, isMain) {
  return request === 'virtual-thing' ? 'virtual' : orig.call(this, request, parent, isMain);
};
console.log(require('virtual-thing'));
Module._load = orig;
