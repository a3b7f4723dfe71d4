'use strict';
// assert.CallTracker: calls, getCalls, report, verify, reset.
const assert = require('assert');

function err(fn) {
  try {
    fn();
    return 'no throw';
  } catch (e) {
    return JSON.stringify({ ctor: e.constructor.name, code: e.code, message: e.message });
  }
}

console.log(assert.CallTracker.name, assert.CallTracker.length);
const tracker = new assert.CallTracker();
console.log(tracker instanceof assert.CallTracker);
const double = tracker.calls(function foo(a) { return a * 2; }, 2);
console.log(double(3), double.name, double.length, typeof double);
const report = tracker.report();
console.log(report.length, Object.keys(report[0]).join(), report[0].message, report[0].actual,
  report[0].expected, report[0].operator, report[0].stack instanceof Error);
try {
  tracker.verify();
} catch (e) {
  console.log(e.constructor.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator, e.actual, e.expected);
  console.log(Object.keys(e).join());
  console.log(e['message 0'], e['actual 0'], e['expected 0'], e['operator 0'], e['stack trace 0'] instanceof Error);
}
const anon = tracker.calls(2);
const arrow = tracker.calls(() => {});
console.log(typeof anon, anon.name, anon(), arrow.name);
try {
  tracker.verify();
} catch (e) {
  console.log(JSON.stringify(e.message));
  console.log(Object.keys(e).join());
  console.log(e['message 1'], e['operator 1'], e['message 2'], e['operator 2']);
}
console.log(JSON.stringify(tracker.getCalls(double)));
const calls = tracker.getCalls(double);
console.log(Object.isFrozen(calls), Object.isFrozen(calls[0]), Object.isFrozen(calls[0].arguments), Array.isArray(calls));
double.call('T', 1, 2);
console.log(tracker.getCalls(double).length, tracker.getCalls(double)[1].thisArg, tracker.getCalls(double)[1].arguments.join());
tracker.reset(double);
console.log(tracker.getCalls(double).length, tracker.getCalls(anon).length);
double(1);
double(2);
anon();
arrow();
tracker.verify();
console.log('verified');
tracker.reset();
console.log(tracker.getCalls(double).length, tracker.getCalls(anon).length, tracker.report().length);
// Constructing does not count as a call.
const Ctor = tracker.calls(class K { constructor() { this.z = 1; } });
console.log(new Ctor().z, tracker.report().map((r) => r.message).join(' | '));
// Default expectation is one call; `this` and the return value pass through.
const t2 = new assert.CallTracker();
const m = t2.calls(function () { return this; });
console.log(m.call(7) == 7, t2.report().length);
t2.verify();
// Bad arguments.
console.log(err(() => tracker.getCalls(() => {})));
console.log(err(() => tracker.reset(function named() {})));
console.log(err(() => tracker.getCalls()));
console.log(err(() => tracker.calls(() => {}, 0)));
console.log(err(() => tracker.calls(() => {}, -1)));
console.log(err(() => tracker.calls(() => {}, 1.5)));
console.log(err(() => tracker.calls(() => {}, 2 ** 32)));
console.log(err(() => tracker.calls(() => {}, 'x')));
console.log(err(() => tracker.calls(() => {}, null)));
console.log(err(() => tracker.calls(0)));
try { tracker.calls('x'); } catch (e) { console.log('string target', e.constructor.name); }
