'use strict';
// The timer functions and queueMicrotask reject a non-function callback with
// Node's ERR_INVALID_ARG_TYPE, the received value described as Node does.
const timers = require('timers');
const values = [1, undefined, null, 'x'.repeat(30), {}, [], Symbol('s'), 10n, true, new Map(), Object.create(null)];
for (const name of ['setTimeout', 'setInterval', 'setImmediate', 'queueMicrotask']) {
  for (const v of values) {
    try {
      globalThis[name](v);
      console.log(name, 'no error');
    } catch (e) {
      console.log(name, e.name, e.code, e.message);
    }
  }
}
for (const name of ['setTimeout', 'setInterval', 'setImmediate']) {
  try {
    timers[name]();
  } catch (e) {
    console.log('timers.' + name, e instanceof TypeError, e.code, e.message);
  }
}
console.log(queueMicrotask.name, queueMicrotask.length);
queueMicrotask(() => console.log('microtask ran'));
