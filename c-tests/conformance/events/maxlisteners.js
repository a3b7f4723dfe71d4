// MaxListenersExceededWarning through process.emitWarning, once per event name.
const EventEmitter = require('events');
const warnings = [];
const original = process.emitWarning;
process.emitWarning = function (w) {
  warnings.push(w);
};
const e = new EventEmitter();
for (let i = 0; i < 11; i++) e.on('data', () => {});
for (let i = 0; i < 12; i++) e.on('data', () => {});
console.log(warnings.length);
const w = warnings[0];
console.log(w instanceof Error, w.name, w.message);
console.log(w.emitter === e, w.type, w.count, JSON.stringify(Object.keys(w)));

class MyEmitter extends EventEmitter {}
const m = new MyEmitter();
m.setMaxListeners(2);
const sym = Symbol('evt');
for (let i = 0; i < 3; i++) m.on(sym, () => {});
console.log(warnings.length, warnings[1].message, warnings[1].type === sym);
for (let i = 0; i < 3; i++) m.prependListener('p', () => {});
console.log(warnings.length, warnings[2].message);

// 0 and Infinity mean unlimited
const z = new EventEmitter();
z.setMaxListeners(0);
for (let i = 0; i < 20; i++) z.on('a', () => {});
z.setMaxListeners(Infinity);
for (let i = 0; i < 20; i++) z.on('b', () => {});
console.log(warnings.length);

// defaultMaxListeners applies to emitters without their own limit
EventEmitter.defaultMaxListeners = 1;
const d = new EventEmitter();
d.on('q', () => {}); d.on('q', () => {});
console.log(warnings.length, warnings[3].message, d.getMaxListeners());
EventEmitter.setMaxListeners(3);
console.log(EventEmitter.defaultMaxListeners, d.getMaxListeners(), EventEmitter.getMaxListeners(d));
EventEmitter.setMaxListeners(5, d);
console.log(d.getMaxListeners(), EventEmitter.defaultMaxListeners);
EventEmitter.setMaxListeners();
console.log(EventEmitter.defaultMaxListeners);
EventEmitter.defaultMaxListeners = 10;
// once wrappers count too
const o = new EventEmitter();
o.setMaxListeners(1);
o.once('x', () => {}); o.once('x', () => {});
console.log(warnings.length, warnings[4].count);
process.emitWarning = original;
