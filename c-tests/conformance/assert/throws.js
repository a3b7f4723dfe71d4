'use strict';
// assert.throws / doesNotThrow with every kind of validator and bad arguments.
const assert = require('assert');
const util = require('util');

const view = (v) => (v instanceof Error ? `<${v.name}: ${v.message}>` : util.inspect(v));
function t(title, fn) {
  try {
    fn();
    console.log(title, '-> no throw');
  } catch (e) {
    const out = { ctor: e.constructor.name, code: e.code, message: e.message };
    if (e instanceof assert.AssertionError) {
      Object.assign(out, { generatedMessage: e.generatedMessage, operator: e.operator, actual: view(e.actual), expected: view(e.expected) });
    }
    console.log(title, '->', JSON.stringify(out));
  }
}
const typeErr = () => { throw new TypeError('abc'); };
class A extends Error {}
class B extends Error {}

t('nothing thrown', () => assert.throws(() => {}));
t('nothing thrown msg', () => assert.throws(() => {}, 'msg'));
t('nothing thrown class', () => assert.throws(() => {}, TypeError));
t('nothing thrown class msg', () => assert.throws(() => {}, TypeError, 'msg'));
t('nothing thrown regexp', () => assert.throws(() => {}, /x/));
t('nothing thrown object', () => assert.throws(() => {}, { name: 'X' }));
t('nothing thrown fn', () => assert.throws(() => {}, function validate() { return true; }));
t('any error', () => assert.throws(typeErr));
// Classes.
t('class ok', () => assert.throws(typeErr, TypeError));
t('base class ok', () => assert.throws(typeErr, Error));
t('class wrong', () => assert.throws(typeErr, RangeError));
t('class wrong msg', () => assert.throws(typeErr, RangeError, 'mine'));
t('subclass wrong', () => assert.throws(() => { throw new A('q'); }, B));
t('same name other class', () => { const X = class TypeError extends Error {}; assert.throws(typeErr, X); });
t('class primitive thrown', () => assert.throws(() => { throw 5; }, RangeError));
t('class object thrown', () => assert.throws(() => { throw { a: 1 }; }, RangeError));
t('class no message', () => assert.throws(() => { throw new A(); }, B));
// RegExps.
t('regexp ok', () => assert.throws(typeErr, /abc/));
t('regexp name', () => assert.throws(typeErr, /^TypeError: abc$/));
t('regexp wrong', () => assert.throws(typeErr, /abd/));
t('regexp wrong msg', () => assert.throws(typeErr, /abd/, 'mine'));
t('regexp primitive', () => assert.throws(() => { throw 42; }, /42/));
t('regexp undefined', () => assert.throws(() => { throw undefined; }, /undef/));
// Validation functions.
t('fn true', () => assert.throws(typeErr, (e) => e instanceof TypeError));
t('fn 1', () => assert.throws(typeErr, function check() { return 1; }));
t('fn undefined', () => assert.throws(typeErr, (e) => {}));
t('fn non-error', () => assert.throws(() => { throw 'str'; }, function check() { return false; }));
t('fn msg', () => assert.throws(typeErr, () => false, 'mine'));
t('fn throws', () => assert.throws(typeErr, () => { throw new Error('inner'); }));
t('fn this', () => assert.throws(typeErr, function () { return typeof this === 'object' && Object.keys(this).length === 0; }));
// Validation objects.
t('object ok', () => assert.throws(typeErr, { message: 'abc', name: 'TypeError' }));
t('object wrong', () => assert.throws(typeErr, { message: 'abd' }));
t('object wrong msg', () => assert.throws(typeErr, { message: 'abd' }, 'mine'));
t('object regexp ok', () => assert.throws(typeErr, { message: /b/, name: 'TypeError' }));
t('object regexp wrong', () => assert.throws(typeErr, { message: /z/, name: 'RangeError' }));
t('object regexp non-string', () => assert.throws(() => { const e = new Error('x'); e.code = 5; throw e; }, { code: /5/ }));
t('object nested wrong', () => {
  const e = new TypeError('abc');
  e.info = { a: { b: 1 }, list: [1, 2] };
  assert.throws(() => { throw e; }, { info: { a: { b: 2 }, list: [1, 2] } });
});
t('object nested ok', () => {
  const e = new TypeError('abc');
  e.info = { a: { b: 1 } };
  assert.throws(() => { throw e; }, { info: { a: { b: 1 } }, message: 'abc' });
});
t('object missing key', () => assert.throws(typeErr, { code: undefined }));
t('object extra keys ignored', () => assert.throws(() => { const e = new Error('m'); e.x = 1; e.y = 2; throw e; }, { x: 1 }));
t('object empty', () => assert.throws(typeErr, {}));
t('error instance ok', () => assert.throws(typeErr, new TypeError('abc')));
t('error instance wrong message', () => assert.throws(typeErr, new TypeError('abd')));
t('error instance wrong name', () => assert.throws(typeErr, new RangeError('abc')));
t('primitive vs object', () => assert.throws(() => { throw 'str'; }, { a: 1 }));
t('primitive vs object msg', () => assert.throws(() => { throw 'str'; }, { a: 1 }, 'mine'));
t('null thrown', () => assert.throws(() => { throw null; }, { a: 1 }));
t('array validator', () => assert.throws(() => { throw [1, 2]; }, [1, 2]));
// Strings and bad arguments.
t('string ambiguous primitive', () => assert.throws(() => { throw 'str'; }, 'str'));
t('string ambiguous message', () => assert.throws(() => { throw new Error('str'); }, 'str'));
t('string as message', () => assert.throws(typeErr, 'other text'));
t('string + message', () => assert.throws(() => { throw 'x'; }, 'str', 'm'));
t('string + undefined', () => assert.throws(() => { throw 'x'; }, 'str', undefined));
t('number validator', () => assert.throws(typeErr, 5));
t('boolean validator', () => assert.throws(typeErr, true));
t('symbol validator', () => assert.throws(typeErr, Symbol('s')));
t('null validator', () => assert.throws(typeErr, null));
t('fn not function', () => assert.throws(5));
t('fn missing', () => assert.throws());
t('fn string', () => assert.throws('nope'));
t('error msg object', () => assert.throws(() => {}, TypeError, new RangeError('own')));

// doesNotThrow.
t('dnt ok', () => assert.doesNotThrow(() => {}));
t('dnt throws', () => assert.doesNotThrow(typeErr));
t('dnt throws msg', () => assert.doesNotThrow(typeErr, 'mm'));
t('dnt class msg', () => assert.doesNotThrow(typeErr, TypeError, 'mm'));
t('dnt class other', () => assert.doesNotThrow(typeErr, RangeError));
t('dnt regexp', () => assert.doesNotThrow(typeErr, /abc/));
t('dnt regexp other', () => assert.doesNotThrow(typeErr, /zzz/));
t('dnt fn true', () => assert.doesNotThrow(typeErr, () => true));
t('dnt fn false', () => assert.doesNotThrow(typeErr, () => false));
t('dnt object', () => assert.doesNotThrow(typeErr, { a: 1 }));
t('dnt string thrown', () => assert.doesNotThrow(() => { throw 'str'; }));
t('dnt null thrown', () => assert.doesNotThrow(() => { throw null; }));
t('dnt 0 thrown', () => assert.doesNotThrow(() => { throw 0; }));
t('dnt empty thrown', () => assert.doesNotThrow(() => { throw ''; }));
t('dnt not function', () => assert.doesNotThrow(5));
t('dnt msg error', () => assert.doesNotThrow(typeErr, TypeError, new RangeError('own')));
// The error thrown by the function comes through untouched when it does not match.
const mine = new RangeError('pass through');
try {
  assert.doesNotThrow(() => { throw mine; }, TypeError);
} catch (e) {
  console.log('same error', e === mine);
}
try {
  assert.throws(() => { throw mine; }, () => { throw mine; });
} catch (e) {
  console.log('validator error', e === mine);
}
