const util = require('util');
const L = (...a) => console.log(...a);
const E = (f) => { try { f(); L('no throw'); } catch (e) { L([e.name, e.code, e.message]); } };
// inherits
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return this.name + ' speaks'; };
function Dog(name) { Animal.call(this, name); }
util.inherits(Dog, Animal);
L(new Dog('rex').speak(), Dog.super_ === Animal, Object.getPrototypeOf(Dog.prototype) === Animal.prototype, Object.keys(Dog));
E(() => util.inherits(null, Animal)); E(() => util.inherits(Dog, null)); E(() => util.inherits(Dog, Object.create(null))); E(() => util.inherits(Dog, { prototype: undefined }));
// _extend
L(util._extend({ a: 1 }, { b: 2, c: 3 }), util._extend({ a: 1 }, null), util._extend({ a: 1 }, 'str'));
// legacy
const vals = [null, undefined, 0, 'a', true, Symbol('s'), {}, [], () => {}, /x/, new Date(0), new Error('e'), Object.create(Error.prototype), 1n];
for (const f of ['isArray', 'isBoolean', 'isNull', 'isNullOrUndefined', 'isNumber', 'isString', 'isSymbol', 'isUndefined', 'isRegExp', 'isObject', 'isDate', 'isError', 'isFunction', 'isPrimitive']) {
  L(f, vals.map((v) => (util[f](v) ? 1 : 0)).join(''));
}
L(util.isRegExp === util.types.isRegExp, util.isDate === util.types.isDate, util.isArray === Array.isArray, util.debug === util.debuglog);
// isDeepStrictEqual
const D = (a, b) => util.isDeepStrictEqual(a, b);
L(D(1, 1), D(1, '1'), D(NaN, NaN), D(0, -0), D(-0, -0), D({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), D({ a: 1 }, { a: 1, b: undefined }));
L(D([1, 2], [1, 2]), D([1, , 3], [1, undefined, 3]), D(new Set([1, { a: 1 }]), new Set([{ a: 1 }, 1])), D(new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']])));
L(D(new Date(1), new Date(1)), D(new Date(1), new Date(2)), D(/a/g, /a/g), D(/a/g, /a/i), D(new Uint8Array([1, 2]), new Uint8Array([1, 2])), D(new Uint8Array([1]), new Int8Array([1])));
L(D(new Number(1), new Number(1)), D(new String('a'), new String('b')), D(Object(1n), Object(1n)), D([], {}), D(Object.create(null), {}), D(new Error('x'), new Error('x')), D(new Error('x'), new TypeError('x')));
const c1 = { a: 1 }; c1.self = c1; const c2 = { a: 1 }; c2.self = c2; L(D(c1, c2));
const s1 = Symbol('s'); L(D({ [s1]: 1 }, { [s1]: 1 }), D({ [s1]: 1 }, { [Symbol('s')]: 1 }));
L(D(new ArrayBuffer(2), new ArrayBuffer(2)), D(new Set([NaN]), new Set([NaN])), D(new Map([[1, { a: 1 }]]), new Map([[1, { a: 2 }]])));
L(D([1, 2, 3], [1, 2, 4]), D({ a: undefined }, { b: undefined }), D(Promise.resolve(), Promise.resolve()));
class A { constructor() { this.x = 1; } } L(D(new A(), { x: 1 }), D(new A(), new A()));
// promisify
function cbStyle(a, b, cb) { setTimeout(() => (a < 0 ? cb(new Error('neg')) : cb(null, a + b)), 1); }
const p = util.promisify(cbStyle);
L(p.name, p.length, typeof p[util.promisify.custom], util.promisify(p) === p);
function withCustom() {} withCustom[util.promisify.custom] = () => Promise.resolve('custom!');
L(util.promisify(withCustom) === withCustom[util.promisify.custom]);
E(() => util.promisify(1));
const bad = () => {}; bad[util.promisify.custom] = 1; E(() => util.promisify(bad));
L(util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
p(1, 2).then((v) => L('resolved', v));
p(-1, 2).catch((e) => L('rejected', e.message));
const obj = { v: 42, m(cb) { cb(null, this.v); } };
util.promisify(obj.m).call(obj).then((v) => L('this kept', v));
util.promisify((cb) => { throw new Error('sync'); })().catch((e) => L('sync throw', e.message));
util.promisify((cb) => cb(null, 1, 2))().then((v) => L('first value only', v));
// callbackify
async function af(a) { if (a === 'bad') throw new Error('bad'); if (a === 'null') return Promise.reject(null); return a * 2; }
const cbf = util.callbackify(af);
L(cbf.name, cbf.length);
cbf(21, (err, v) => L('cb', err, v));
cbf('bad', (err) => L('cb err', err.message));
cbf('null', (err) => L('cb null', err.code, err.message, err.reason, Object.keys(err)));
E(() => util.callbackify('x')); E(() => cbf(1));
// deprecate
const warned = [];
process.emitWarning = (...a) => warned.push([a[0], a[1], a[2], typeof a[3]]);
const dep = util.deprecate(function old(x) { return x + 1; }, 'old() is deprecated', 'DEP_X');
const dep2 = util.deprecate(function old2() { return 'v2'; }, 'old2 msg', 'DEP_X');
const dep3 = util.deprecate(function old3() { return 3; }, 'no code');
L(dep(1), dep(2), dep2(), dep3(), dep3(), dep.name, dep.length, JSON.stringify(warned));
class Base { constructor(v) { this.v = v; } }
const DepClass = util.deprecate(Base, 'class dep');
const inst = new DepClass(5); L(inst.v, inst instanceof Base, inst instanceof DepClass);
E(() => util.deprecate(() => {}, 'm', 5));
setTimeout(() => L('done'), 20);
