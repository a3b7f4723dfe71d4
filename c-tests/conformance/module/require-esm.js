'use strict';
// require() of ES modules as Node 20 does it now: .mjs files and .js files of
// "type": "module" packages are evaluated synchronously; the result is the
// namespace, or with a default export a namespace that adds __esModule, or the
// "module.exports" export; the instance is the one import() gets; top-level
// await is refused (ERR_REQUIRE_ASYNC_MODULE); a throwing module throws on
// every require.
const m = require('./require-esm/m.mjs');
console.log(Object.prototype.toString.call(m), Object.keys(m), Object.isFrozen(m), Object.isSealed(m), Object.getPrototypeOf(m));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(m, '__esModule')), JSON.stringify(Object.getOwnPropertyDescriptor(m, 'a')));
const n = require('./require-esm/nodef.mjs');
console.log(Object.prototype.toString.call(n), Object.keys(n), n.__esModule);
console.log(require('./require-esm/modexp.mjs'));
const lib = require('./require-esm/typemod/lib.js');
console.log(Object.keys(lib), lib.viaJs, lib.default(), lib.__esModule);
try { require('./require-esm/tla.mjs'); } catch (e) { console.log(e.code, e.message.split('\n')[0]); }
try { require('./require-esm/throws.mjs'); } catch (e) { console.log(e.message); }
try { require('./require-esm/throws.mjs'); } catch (e) { console.log('again', e.message); }
console.log(require('./require-esm/m.mjs') === m, require.cache[require.resolve('./require-esm/m.mjs')].loaded);
import('./require-esm/nodef.mjs').then((ns) => console.log('import gives the same namespace', ns === n));
import('./require-esm/m.mjs').then((ns) => console.log('same default', ns.default === m.default, ns === m));
