'use strict';
// The module's shape and the properties of the errors each function throws.
const assert = require('assert');
const util = require('util');

console.log(Object.keys(assert).join());
console.log(Object.keys(assert.strict).join());
console.log(typeof assert, assert.name, assert === assert.ok, assert.length);
console.log(assert.strict === require('assert/strict'), assert.strict === require('node:assert/strict'),
  assert === require('node:assert'), assert.strict.strict === assert.strict);
console.log(assert.strict.name, assert.strict.equal === assert.strictEqual,
  assert.strict.deepEqual === assert.deepStrictEqual, assert.strict.notEqual === assert.notStrictEqual,
  assert.strict.notDeepEqual === assert.notDeepStrictEqual, assert.strict.ok === assert.ok,
  assert.strict.AssertionError === assert.AssertionError, assert.strict.throws === assert.throws);
for (const k of Object.keys(assert)) {
  const v = assert[k];
  console.log(k, typeof v, v.name, v.length);
}
console.log(Object.getOwnPropertyNames(assert.AssertionError.prototype).join(),
  Object.getPrototypeOf(assert.AssertionError) === Error,
  Object.getPrototypeOf(assert.AssertionError.prototype) === Error.prototype);
console.log(Object.getOwnPropertyNames(assert.CallTracker.prototype).join());

// Stack-free rendering (engines' stack texts differ).
const view = (v) => (v instanceof Error ? `<${v.name}: ${v.message}>` : util.inspect(v));
function describe(e) {
  const out = { ctor: e.constructor.name, name: e.name, code: e.code, message: e.message };
  if (e instanceof assert.AssertionError) {
    out.generatedMessage = e.generatedMessage;
    out.operator = e.operator;
    out.actual = view(e.actual);
    out.expected = view(e.expected);
    out.keys = Object.keys(e).join();
    out.isError = e instanceof Error;
    out.string = String(e);
  }
  return JSON.stringify(out);
}
function t(title, fn) {
  try {
    fn();
    console.log(title, 'no throw');
  } catch (e) {
    console.log(title, describe(e));
  }
}

t('ok 0', () => assert.ok(0));
t('ok no args', () => assert.ok());
t('ok undefined', () => assert.ok(undefined));
t('ok msg', () => assert.ok(null, 'msg'));
t('ok msg number', () => assert.ok('', 42));
t('ok error msg', () => assert.ok(false, new RangeError('re')));
t('ok true', () => assert.ok(1));
t('callable', () => assert(''));
t('strict callable', () => assert.strict(NaN));
t('strict no args', () => assert.strict());
t('equal', () => assert.equal(1, 2));
t('equal loose', () => assert.equal(1, '1'));
t('equal null undefined', () => assert.equal(null, undefined));
t('notEqual', () => assert.notEqual(1, '1'));
t('strictEqual', () => assert.strictEqual(1, '1'));
t('strictEqual msg error', () => assert.strictEqual(1, 2, new TypeError('te')));
t('notStrictEqual', () => assert.notStrictEqual(1, 1));
t('deepEqual', () => assert.deepEqual({ a: [1] }, { a: [2] }));
t('deepEqual loose ok', () => assert.deepEqual({ a: 1 }, { a: '1' }));
t('notDeepEqual', () => assert.notDeepEqual([1], ['1']));
t('deepStrictEqual', () => assert.deepStrictEqual([1], ['1']));
t('notDeepStrictEqual', () => assert.notDeepStrictEqual([1], [1]));
t('strict.equal', () => assert.strict.equal(1, '1'));
t('strict.deepEqual', () => assert.strict.deepEqual({ a: 1 }, { a: '1' }));
t('strict.notEqual', () => assert.strict.notEqual(1, 1));
t('strict.notDeepEqual', () => assert.strict.notDeepEqual([1], [1]));
for (const name of ['equal', 'notEqual', 'strictEqual', 'notStrictEqual', 'deepEqual', 'notDeepEqual',
  'deepStrictEqual', 'notDeepStrictEqual']) {
  t(`${name} one arg`, () => assert[name](1));
  t(`${name} no args`, () => assert[name]());
}
t('fail', () => assert.fail());
t('fail msg', () => assert.fail('boom'));
t('fail error', () => assert.fail(new TypeError('own')));
t('fail two', () => assert.fail(1, 2));
t('fail op', () => assert.fail(1, 2, undefined, '>'));
t('fail msg op', () => assert.fail(1, 2, 'why', '>'));
t('ifError null', () => assert.ifError(null));
t('ifError undefined', () => assert.ifError(undefined));
t('ifError error', () => assert.ifError(new Error('x')));
t('ifError empty message', () => assert.ifError(new TypeError('')));
t('ifError string', () => assert.ifError('x'));
t('ifError 0', () => assert.ifError(0));
t('ifError object', () => assert.ifError({ message: 'm' }));
t('match', () => assert.match('abc', /x/));
t('match ok', () => assert.match('abc', /b/));
t('match msg', () => assert.match('abc', /x/, 'mine'));
t('match error msg', () => assert.match('abc', /x/, new RangeError('r')));
t('match not string', () => assert.match(1, /x/));
t('match not regexp', () => assert.match('abc', 'b'));
t('doesNotMatch', () => assert.doesNotMatch('abc', /b/));
t('doesNotMatch ok', () => assert.doesNotMatch('abc', /x/));
t('doesNotMatch not string', () => assert.doesNotMatch({}, /x/));
t('doesNotMatch not regexp', () => assert.doesNotMatch('abc', {}));

// AssertionError by hand.
const show = (o) => {
  try {
    console.log(describe(new assert.AssertionError(o)));
  } catch (e) {
    console.log('throws', describe(e));
  }
};
show({ actual: 1, expected: 2, operator: 'strictEqual' });
show({ message: 'x', actual: 1, expected: 2, operator: 'strictEqual' });
show({ message: 'x', actual: 1, expected: 2, operator: 'deepStrictEqual' });
show({ message: '', actual: 1, expected: 2, operator: 'deepStrictEqual' });
show({ message: 42 });
show({ message: '', actual: 1, expected: 2, operator: '==' });
show({});
show({ actual: [1], expected: [2], operator: 'deepEqual' });
show({ actual: 'a', expected: 'b', operator: 'custom-op' });
show(5);
show(null);
show(undefined);
show('options');
const e = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
const d = Object.getOwnPropertyDescriptor(e, 'name');
console.log(d.value, d.enumerable, d.writable, d.configurable, e.toString());
// Errors keep their identity but are compared without stacks.
const a1 = new Error('a');
const a2 = new Error('b');
t('two errors', () => assert.deepStrictEqual(a1, a2));
try {
  assert.deepStrictEqual(a1, a2);
} catch (err) {
  console.log(err.actual === a1, Object.getPrototypeOf(err.actual) === Error.prototype, err.actual.message);
}
t('errors same structure', () => assert.strictEqual(new TypeError('a'), new TypeError('a')));
