// 'newListener' and 'removeListener' events.
const EventEmitter = require('events');
const e = new EventEmitter();
const log = [];
e.on('newListener', function (ev, fn) {
  log.push('new:' + String(ev) + ':' + fn.name + ':' + this.listenerCount(ev));
});
function a() {}
function b() {}
e.on('x', a);
e.once('x', b);
e.prependListener('y', a);
e.prependOnceListener('y', b);
console.log(log.join(' '));
log.length = 0;

e.on('removeListener', function (ev, fn) {
  log.push('rm:' + String(ev) + ':' + fn.name + ':' + this.listenerCount(ev));
});
console.log(log.join(' '));
log.length = 0;
e.off('x', a);
e.emit('x'); // the once wrapper removes itself
e.removeListener('y', b);
console.log(log.join(' '));
log.length = 0;

// removeAllListeners emits removeListener for each, LIFO, removeListener last
const f = new EventEmitter();
f.on('p', a); f.on('p', b); f.on('q', a);
f.on('removeListener', (ev, fn) => log.push(String(ev) + ':' + fn.name));
f.removeAllListeners('p');
console.log(log.join(' '));
log.length = 0;
f.on('p', b);
f.removeAllListeners();
console.log(log.join(' '), f.eventNames().length);
log.length = 0;

// a newListener listener added inside newListener does not see itself
const g = new EventEmitter();
g.on('newListener', (ev) => {
  log.push('nl ' + ev);
  if (ev === 'go') g.on('inner', () => {});
});
g.on('go', () => {});
console.log(log.join(','), g.eventNames().join(','));
log.length = 0;

// removing the only listener emits removeListener unless the emitter becomes empty
const h = new EventEmitter();
h.on('removeListener', (ev) => log.push('rm ' + ev));
h.on('a', a);
h.off('a', a);
h.off('removeListener', h.listeners('removeListener')[0]);
console.log(log.join(','), h._eventsCount, h.eventNames().length);
