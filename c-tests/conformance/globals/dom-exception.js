'use strict';
// DOMException as Node 20 has it: constructor forms, legacy codes and
// constants, brand-checked getters, own properties, descriptors, subclassing,
// util.inspect and the errors the library makes with it.
const util = require('util');
const stackHead = (e) => e.stack.split('\n')[0];
const show = (e) => [e.name, JSON.stringify(e.message), e.code, String(e), stackHead(e),
  Object.getOwnPropertyNames(e).join('+'), e instanceof Error, e instanceof DOMException,
  Object.prototype.toString.call(e), util.types.isNativeError(e)].join(' | ');

console.log(DOMException.name, DOMException.length, typeof DOMException);
const g = Object.getOwnPropertyDescriptor(globalThis, 'DOMException');
console.log('global enumerable', g.enumerable, 'configurable', g.configurable);
console.log(Object.getPrototypeOf(DOMException.prototype) === Error.prototype,
  Object.getPrototypeOf(DOMException) === Function.prototype);

const cases = [
  [], ['msg'], ['msg', 'SyntaxError'], ['', 'X'], ['m', ''], [undefined, undefined], [1, 2], ['x', null],
  ['a', {}], ['a', { name: 'AbortError' }], ['a', { name: 'AbortError', cause: 42 }], ['a', { cause: undefined }],
  ['a', Object.create({ cause: 1, name: 'Inherited' })], ['a', () => {}], ['a', 5], ['a', true],
];
for (const args of cases) console.log(show(new DOMException(...args)));

const names = ['IndexSizeError', 'DOMStringSizeError', 'HierarchyRequestError', 'WrongDocumentError',
  'InvalidCharacterError', 'NoDataAllowedError', 'NoModificationAllowedError', 'NotFoundError', 'NotSupportedError',
  'InUseAttributeError', 'InvalidStateError', 'SyntaxError', 'InvalidModificationError', 'NamespaceError',
  'InvalidAccessError', 'ValidationError', 'TypeMismatchError', 'SecurityError', 'NetworkError', 'AbortError',
  'URLMismatchError', 'QuotaExceededError', 'TimeoutError', 'InvalidNodeTypeError', 'DataCloneError',
  'EncodingError', 'NotReadableError', 'UnknownError', 'ConstraintError', 'DataError', 'OperationError',
  'NotAllowedError', 'abortError', 'Error'];
console.log(names.map((n) => `${n}=${new DOMException('', n).code}`).join(' '));

console.log(Reflect.ownKeys(DOMException.prototype).map(String).join(','));
console.log(Reflect.ownKeys(DOMException).map(String).join(','));
for (const k of ['name', 'message', 'code', 'ABORT_ERR', 'DATA_CLONE_ERR', Symbol.toStringTag, 'constructor']) {
  const d = Object.getOwnPropertyDescriptor(DOMException.prototype, k);
  console.log(String(k), typeof d.get, d.get && d.get.name, 'value' in d ? String(d.value).slice(0, 20) : '-',
    d.writable, d.enumerable, d.configurable);
}
const cd = Object.getOwnPropertyDescriptor(DOMException, 'INDEX_SIZE_ERR');
console.log(cd.value, cd.writable, cd.enumerable, cd.configurable);
const pd = Object.getOwnPropertyDescriptor(DOMException, 'prototype');
console.log(pd.writable, pd.enumerable, pd.configurable);

for (const k of ['name', 'message', 'code']) {
  const get = Object.getOwnPropertyDescriptor(DOMException.prototype, k).get;
  for (const t of [{}, null, undefined, Object.create(DOMException.prototype), new Error('e')]) {
    try {
      console.log(k, get.call(t));
    } catch (e) {
      console.log(k, e.name, e.code, e.message);
    }
  }
}

const e = new DOMException('a', 'X');
for (const k of ['name', 'code', 'message']) {
  try {
    e[k] = 'Y';
  } catch (x) {
    console.log('assign', k, x.name);
  }
}
console.log(e.name, e.code, Object.keys(e).length, JSON.stringify(e));
const sd = Object.getOwnPropertyDescriptor(e, 'stack');
console.log(typeof sd.value, sd.writable, sd.enumerable, sd.configurable);
const withCause = new DOMException('c', { name: 'N', cause: { deep: 1 } });
const cdsc = Object.getOwnPropertyDescriptor(withCause, 'cause');
console.log(cdsc.value.deep, cdsc.writable, cdsc.enumerable, cdsc.configurable);

const order = [];
new DOMException('o', {
  get name() { order.push('name'); return 'N'; },
  get cause() { order.push('cause'); return 'C'; },
});
console.log(order.join(','));
for (const bad of [[Symbol('m')], ['a', Symbol('n')], ['a', { name: Symbol('n') }]]) {
  try {
    new DOMException(...bad);
  } catch (x) {
    console.log(x.name, x.message);
  }
}

class Sub extends DOMException {
  constructor() { super('s', 'AbortError'); }
}
const s = new Sub();
console.log(s.name, s.code, s instanceof DOMException, s instanceof Sub, Object.prototype.toString.call(s), stackHead(s));

const lines = (v) => util.inspect(v).split('\n').filter((l) => !l.startsWith('    at ')).join('|');
console.log(lines(new DOMException('q', 'DataCloneError')));
console.log(lines(new DOMException('q', { name: 'AbortError', cause: 5 })));
console.log(lines(new DOMException()));

// Errors the library makes with it.
try {
  require('buffer').atob('!');
} catch (x) {
  console.log(x instanceof DOMException, x.name, x.code);
}
const ac = new AbortController();
ac.abort();
console.log(ac.signal.reason instanceof DOMException, ac.signal.reason.name, ac.signal.reason.code);
try {
  structuredClone(() => {});
} catch (x) {
  console.log(x instanceof DOMException, x.name, x.code);
}
