// process is an EventEmitter; emitWarning emits 'warning' on the next tick.
const EventEmitter = require('events');
console.log(process instanceof EventEmitter, Object.getPrototypeOf(Object.getPrototypeOf(process)) === EventEmitter.prototype);
console.log(process.on === EventEmitter.prototype.on, typeof process.emit, typeof process.once, typeof process.off);
console.log(Object.getPrototypeOf(process).constructor.name, typeof process._events, typeof process._eventsCount);
process.on('custom', (a, b) => console.log('custom', a, b));
console.log(process.emit('custom', 1, 2), process.emit('nobody'));
process.once('warning', (w) => console.log('warning event', w instanceof Error, w.name, w.message));
process.emitWarning('something odd', 'OddWarning');
console.log('after emitWarning (sync)');
setTimeout(() => {
  const w = new Error('an error warning');
  w.name = 'MyWarning';
  process.once('warning', (x) => console.log('second', x === w, x.name));
  process.emitWarning(w);
}, 1);
