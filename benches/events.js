'use strict';
// Micro-benchmark for node:events. Runs under `node benches/events.js` and
// `build/jsrt-node benches/events.js` (`benches/run.sh build/jsrt-node events` compares them).
// Prints one line per op: <name> <ops_per_sec>. `js_call` is no EventEmitter
// operation: it calibrates what one plain JS call costs on each engine.
// Ops return what the call returns (the harness sums it; undefined is fine).
const EventEmitter = require('events');
const { run } = require('./harness');

let sink = 0;
function listener(a) {
  sink += a;
}

const e0 = new EventEmitter();
e0.on('other', listener);
const e1 = new EventEmitter();
e1.on('x', listener);
const e3 = new EventEmitter();
for (let i = 0; i < 3; i++) e3.on('x', listener);
const e1args = new EventEmitter();
e1args.on('x', function (a, b, c) {
  sink += a + b + c;
});
const churn = new EventEmitter();
churn.on('x', listener); // churn adds to an existing list, as most emitters have one
const once = new EventEmitter();

function listener3(a, b, c) {
  sink += a + b + c;
}
e1args.removeAllListeners('x');
e1args.on('x', listener3);

// A method that does what emit does with no listener, in plain JS: the cost
// of making a call shaped like emit('x', 1) at all.
const noEmitter = {
  emit(type, arg) {
    return false;
  },
};

// Each emitN has a directN baseline: the same listeners called directly, the
// floor an emit can approach (emit/direct is the cost of the dispatch). Each
// baseline returns what emit returns to the harness (false for no listener,
// undefined or true otherwise: both take the engine's slower path into the
// harness's sum), so the sum costs the same on both sides.
const ops = [
  // The floor on any engine: one call of a plain JS function with one argument.
  ['js_call', () => listener(1)],
  // With no listener there is no call to make: direct0 is the loop alone, and
  // call0 adds the one call any emit costs (an empty method with emit's arguments).
  ['direct0', () => false],
  ['call0', () => noEmitter.emit('x', 1)],
  ['direct1', () => listener(1)],
  ['direct3', () => {
    listener(1);
    listener(1);
    listener(1);
  }],
  ['direct1_3args', () => listener3(1, 2, 3)],
  ['emit0', () => e0.emit('x', 1)],
  ['emit1', () => e1.emit('x', 1)],
  ['emit3', () => e3.emit('x', 1)],
  ['emit1_3args', () => e1args.emit('x', 1, 2, 3)],
  ['on_off', () => {
    churn.on('x', listener);
    churn.off('x', listener);
  }],
  ['once_emit', () => {
    once.once('x', listener);
    once.emit('x', 1);
  }],
];

run(ops);
// Keep the listeners' sum observable.
if (sink === -1) console.log('unreachable ' + sink);
