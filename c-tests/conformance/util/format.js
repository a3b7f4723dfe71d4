const util = require('util');
const L = (...a) => console.log(...a);
L(util.format('%o', { a: [1, 2], f() {} }));
L(util.format('%o', [1, [2, [3, [4, [5, [6]]]]]]));
L(util.format('%o', (a, b) => {}));
L(util.format('%o', new Proxy({ t: 1 }, {})));
L(util.format('%O', { a: { b: { c: { d: 1 } } } }));
L(util.formatWithOptions({ depth: 0 }, '%O', { a: { b: 1 } }), util.formatWithOptions({ colors: true }, 'x %d %s', 5, 'y', { z: 1 }));
L(util.formatWithOptions({ numericSeparator: true }, '%d %i %f %s', 1234567, 7654321.9, 1234.5678, 98765), util.formatWithOptions({ numericSeparator: true }, 12345678));
L(util.formatWithOptions([], 'arr opts %s', 1));
try { util.formatWithOptions(null, 'x'); } catch (e) { L(e.code, e.message); }
try { util.formatWithOptions('x', 'y'); } catch (e) { L(e.code, e.message); }
L(util.format('%s', Symbol('sym')), util.format('%d', Symbol('sym')), util.format('%i', Symbol()), util.format('%f', Symbol()));
L(util.format('%s %s', null, undefined), util.format('%s', true), util.format('%d', '42abc'), util.format('%i', '42.9abc'), util.format('%f', '4.2e1x'), util.format('%d', {}), util.format('%d', []), util.format('%d', [5]));
L(util.format('%s', () => 1), util.format('%s', class A {}), util.format('%s', new Date(0)), util.format('%s', new Error('err msg')).split('\n')[0]);
L(util.format('%s', [1, 'two', [3]]), util.format('%s', new Map([[1, 2]])), util.format('%s', { nested: { deep: { deeper: 1 } } }), util.format('%s', Object.create(null)));
L(util.format('%s', { toString: 5 }), util.format('%s', { [Symbol.toPrimitive]() { return 'prim'; } }), util.format('%s', new (class Q { [Symbol.toPrimitive]() { return 'qprim'; } })()));
L(util.format('%s', new Proxy({ toString() { return 'proxied'; } }, {})));
L(util.format('%j', undefined), util.format('%j', () => {}), util.format('%j', 'str'), util.format('%j', [1, 'a', null]), util.format('%j', 1n === 1n));
try { util.format('%j', { b: 1n }); } catch (e) { L(e.name); }
L(util.format('%%'), util.format('%%', 1), util.format('%% %s', 'x'), util.format('%'), util.format('a%'), util.format('%s%'), util.format('%%%s', 'x'), util.format('%s%%', 'x'));
L(util.format('%z %s', 'x'), util.format('%-5d', 1), util.format('%5s', 'x'), util.format('%c%c', 'a', 'b', 'c'));
L(util.format(), util.format(''), util.format(null), util.format(undefined, null), util.format({ a: 1 }, 'str', 5), util.format('x', { a: 1 }, [2]));
L(util.format('%s:%s', 'only one'), util.format('%d', 1, 2, 3), util.format('%s', 'a', 'b', { c: 1 }));
L(util.format(1, 2), util.format('1', 2), util.format(Symbol('a'), 'b'), util.format(-0, 0), util.format(1n));
L(util.format('%s', 'x'.repeat(20)), util.format('%o', 'str'), util.format('%O', 'str\n'));
L(util.format('%s', new Uint8Array([1, 2])), util.format('%s', new Set([1])), util.format('%s', [[[[[1]]]]]));
L(util.format('%s', { a: 1, toString: Object.prototype.toString }));
