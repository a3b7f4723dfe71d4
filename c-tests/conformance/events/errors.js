// 'error' events without listeners, errorMonitor, and argument validation.
const EventEmitter = require('events');
const show = (e) => console.log(JSON.stringify([e.name, e.code, e.message]));
const e = new EventEmitter();
try { e.emit('error', new Error('plain')); } catch (err) { show(err); }
const te = new TypeError('typed');
try { e.emit('error', te); } catch (err) { console.log(err === te); }
for (const v of [undefined, null, 42, 'text', { a: 1 }, [1, 2], true, Symbol('s')]) {
  try { e.emit('error', v); } catch (err) { show(err); console.log(err.context === v); }
}
try { e.emit('error'); } catch (err) { show(err); console.log('context' in err, err.context); }

// errorMonitor sees the error first, then it is still thrown
const m = new EventEmitter();
m.on(EventEmitter.errorMonitor, (err, extra) => console.log('monitor', err.message, extra));
try { m.emit('error', new Error('watched'), 'x'); } catch (err) { console.log('thrown', err.message); }
m.on('error', (err) => console.log('handled', err.message));
console.log(m.emit('error', new Error('second')));

// an 'error' listener makes emit return true
const h = new EventEmitter();
h.once('error', (a, b) => console.log('once error', a, b));
console.log(h.emit('error', 1, 2));
try { h.emit('error', 3); } catch (err) { show(err); }

// listener validation
for (const bad of [undefined, null, 1, 'str', {}, [], Symbol('q')]) {
  for (const method of ['on', 'addListener', 'prependListener', 'once', 'prependOnceListener', 'removeListener', 'off']) {
    try { new EventEmitter()[method]('x', bad); console.log(method, 'accepted'); } catch (err) { show(err); }
  }
}

// setMaxListeners validation
for (const n of [-1, NaN, '1', null, undefined, -Infinity, 1.5, 0]) {
  try { new EventEmitter().setMaxListeners(n); console.log('ok', n); } catch (err) { show(err); }
}
for (const n of [-1, 'x', NaN]) {
  try { EventEmitter.defaultMaxListeners = n; console.log('ok'); } catch (err) { show(err); }
}
console.log(EventEmitter.defaultMaxListeners);
for (const n of [-2, 'a']) {
  try { EventEmitter.setMaxListeners(n); } catch (err) { show(err); }
}
try { EventEmitter.setMaxListeners(1, {}); } catch (err) { show(err); }
try { EventEmitter.captureRejections = 'yes'; } catch (err) { show(err); }
try { new EventEmitter({ captureRejections: 'yes' }); } catch (err) { show(err); }
console.log(new EventEmitter({ captureRejections: 0 }) instanceof EventEmitter);
try { EventEmitter.getEventListeners({}, 'x'); } catch (err) { show(err); }
try { EventEmitter.getMaxListeners({}); } catch (err) { show(err); }
try { EventEmitter.getMaxListeners(null); } catch (err) { show(err); }
try { EventEmitter.listenerCount(null, 'x'); } catch (err) { console.log(err.name); }
// a throwing error listener
const thrower = new EventEmitter();
thrower.on('error', () => { throw new RangeError('from listener'); });
try { thrower.emit('error', new Error('orig')); } catch (err) { show(err); }
// String(err) of Node errors
try { new EventEmitter().on('x', 5); } catch (err) { console.log(String(err)); }
try { new EventEmitter().emit('error', 'boom'); } catch (err) { console.log(String(err)); }
