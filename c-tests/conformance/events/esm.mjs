import EventEmitter, { once, on, EventEmitter as Named, errorMonitor, getEventListeners, setMaxListeners } from 'node:events';
import * as ns from 'events';
console.log(typeof EventEmitter, EventEmitter === Named, typeof once, typeof on, typeof errorMonitor);
console.log(JSON.stringify(Object.keys(ns).sort()));
console.log(ns.default === EventEmitter, typeof getEventListeners, typeof setMaxListeners);
class Mine extends EventEmitter {}
const m = new Mine();
m.on('x', (v) => console.log('esm got', v));
m.emit('x', 1);
setTimeout(() => m.emit('later', 'L'), 1);
const [v] = await once(m, 'later');
console.log('awaited', v);
