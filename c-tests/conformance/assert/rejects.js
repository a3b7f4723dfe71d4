'use strict';
// assert.rejects / doesNotReject: promises, promise-returning functions,
// thenables, validators, bad arguments, and when they settle.
const assert = require('assert');
const util = require('util');

const view = (v) => (v instanceof Error ? `<${v.name}: ${v.message}>` : util.inspect(v));
async function t(title, make) {
  let p;
  try {
    p = make();
  } catch (e) {
    console.log(title, 'threw synchronously', e.code);
    return;
  }
  console.log(title, 'returns promise', p instanceof Promise);
  try {
    const v = await p;
    console.log(title, '-> resolved', v);
  } catch (e) {
    const out = { ctor: e.constructor.name, code: e.code, message: e.message };
    if (e instanceof assert.AssertionError) {
      Object.assign(out, { generatedMessage: e.generatedMessage, operator: e.operator, actual: view(e.actual), expected: view(e.expected) });
    }
    console.log(title, '-> rejected', JSON.stringify(out));
  }
}
const rejected = (e) => Promise.reject(e);

(async () => {
  await t('class ok', () => assert.rejects(rejected(new TypeError('x')), TypeError));
  await t('no validator', () => assert.rejects(rejected(new TypeError('x'))));
  await t('resolved', () => assert.rejects(Promise.resolve(1)));
  await t('resolved class msg', () => assert.rejects(Promise.resolve(1), TypeError, 'mm'));
  await t('resolved string msg', () => assert.rejects(Promise.resolve(1), 'mm'));
  await t('async fn class wrong', () => assert.rejects(async () => { throw new TypeError('x'); }, RangeError));
  await t('async fn regexp', () => assert.rejects(async () => { throw new TypeError('x'); }, /x/));
  await t('async fn regexp wrong', () => assert.rejects(async () => { throw new TypeError('x'); }, /y/));
  await t('object ok', () => assert.rejects(rejected(new Error('q')), { message: 'q' }));
  await t('object wrong', () => assert.rejects(rejected(new Error('q')), { message: 'r' }));
  await t('validation fn', () => assert.rejects(rejected(new Error('q')), (e) => e.message === 'q'));
  await t('validation fn false', () => assert.rejects(rejected(new Error('q')), function v() { return false; }));
  await t('primitive rejection', () => assert.rejects(rejected(5), { a: 1 }));
  await t('fn returns non-promise', () => assert.rejects(() => 5));
  await t('fn returns object', () => assert.rejects(() => ({})));
  await t('fn throws sync', () => assert.rejects(() => { throw new Error('sync'); }));
  await t('not a function', () => assert.rejects(5));
  await t('no argument', () => assert.rejects());
  await t('bad validator', () => assert.rejects(rejected(new Error('q')), 5));
  await t('ambiguous', () => assert.rejects(rejected(new Error('q')), 'q'));
  await t('thenable rejects', () => assert.rejects(() => ({ then(ok, fail) { fail(new Error('t')); }, catch() {} }), /t/));
  await t('thenable resolves', () => assert.rejects({ then(ok) { ok(1); }, catch() {} }));
  await t('then without catch', () => assert.rejects({ then(ok) { ok(1); } }));
  await t('dnr resolved', () => assert.doesNotReject(Promise.resolve(1)));
  await t('dnr rejected', () => assert.doesNotReject(rejected(new Error('q'))));
  await t('dnr rejected msg', () => assert.doesNotReject(() => rejected(new Error('q')), 'why'));
  await t('dnr class match', () => assert.doesNotReject(rejected(new TypeError('q')), TypeError));
  await t('dnr class other', () => assert.doesNotReject(rejected(new TypeError('q')), RangeError));
  await t('dnr bad validator', () => assert.doesNotReject(rejected(new TypeError('q')), { a: 1 }));
  await t('dnr fn non-promise', () => assert.doesNotReject(() => 5));
  await t('dnr not function', () => assert.doesNotReject(5));
  await t('dnr fn sync throw', () => assert.doesNotReject(() => { throw new Error('sync'); }));

  // Order: the assertion settles after the awaited promise.
  const order = [];
  const p = assert.rejects(rejected(new Error('z')), /z/).then(() => order.push('rejects settled'));
  Promise.resolve().then(() => order.push('tick 1'));
  await p;
  console.log(order.join(', '));
})();
