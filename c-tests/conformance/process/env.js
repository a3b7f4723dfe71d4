// process.env is the live C environment: writes coerce to strings, deletes
// unset, and other modules (os) see the changes.
const os = require('os');
const t = (f) => { try { return JSON.stringify(f()); } catch (e) { return `${e.name} ${e.code} ${e.message}`; } };
const K = 'JSRT_NODE_CONFORMANCE_VAR';
delete process.env[K];
console.log(t(() => [process.env[K], K in process.env, Object.keys(process.env).includes(K)]));
process.env[K] = 1;
console.log(t(() => [process.env[K], typeof process.env[K], K in process.env, Object.keys(process.env).includes(K)]));
process.env[K] = undefined;
console.log(t(() => process.env[K]));
process.env[K] = { toString() { return 'obj'; } };
console.log(t(() => process.env[K]));
process.env[K] = true;
console.log(t(() => process.env[K]));
console.log(t(() => { try { process.env[K] = Symbol('s'); } catch (e) { return e.name; } }));
console.log(t(() => [delete process.env[K], process.env[K], K in process.env]));
console.log(t(() => delete process.env[K]));
const sym = Symbol('k');
console.log(t(() => [process.env[sym], sym in process.env, delete process.env[sym]]));
console.log(t(() => { try { process.env[sym] = 1; } catch (e) { return e.name; } }));
console.log(t(() => { Object.defineProperty(process.env, K, { value: 'x' }); }));
console.log(t(() => { Object.defineProperty(process.env, K, { get() { return 'x'; } }); }));
console.log(t(() => { Object.defineProperty(process.env, K, { value: 42, writable: true, enumerable: true, configurable: true }); return process.env[K]; }));
console.log(t(() => Object.getOwnPropertyDescriptor(process.env, K)));
console.log(t(() => [Object.prototype.toString.call(process.env), typeof process.env.hasOwnProperty,
  Object.getPrototypeOf(Object.getPrototypeOf(process.env)) === Object.prototype, 'toString' in process.env]));
console.log(t(() => ({ ...process.env })[K]));
delete process.env[K];

// os reads the same environment.
const savedTmp = process.env.TMPDIR;
const savedHome = process.env.HOME;
process.env.TMPDIR = '/conformance-tmp/';
console.log(os.tmpdir());
process.env.HOME = '/conformance-home';
console.log(os.homedir());
delete process.env.TMPDIR;
console.log(os.tmpdir());
if (savedTmp === undefined) delete process.env.TMPDIR; else process.env.TMPDIR = savedTmp;
if (savedHome === undefined) delete process.env.HOME; else process.env.HOME = savedHome;
