// Listener order, this, arguments, return values, once, prepend, off,
// removeAllListeners, listeners/rawListeners, listenerCount, eventNames.
const EventEmitter = require('events');
const e = new EventEmitter();
const log = [];
e.on('a', function (...args) { log.push(['1', this === e, args.length, ...args].join(':')); });
e.on('a', function (x) { log.push('2:' + x); });
e.prependListener('a', () => log.push('0'));
console.log(e.emit('a', 'x', 'y', 'z'), e.emit('nothing'), e.emit('a'));
console.log(log.join(' | '));
log.length = 0;

// arrow functions keep their this; many arguments
e.on('many', (...a) => log.push(a.length + '=' + a.join(',')));
e.emit('many', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
e.emit('many');
console.log(log.join(' | '));
log.length = 0;

// once / prependOnceListener
const f = new EventEmitter();
f.once('o', (v) => log.push('once ' + v));
f.prependOnceListener('o', (v) => log.push('pre-once ' + v));
f.on('o', (v) => log.push('on ' + v));
f.emit('o', 1);
f.emit('o', 2);
console.log(log.join(' | '), f.listenerCount('o'));
log.length = 0;

// chaining returns the emitter
console.log(f.on('c', () => {}) === f, f.once('c', () => {}) === f, f.off('c', () => {}) === f,
  f.prependListener('c', () => {}) === f, f.prependOnceListener('c', () => {}) === f,
  f.removeAllListeners('c') === f, f.setMaxListeners(5) === f, f.addListener('c', () => {}) === f);

// removeListener removes the last-added copy first
const g = new EventEmitter();
function h1() { log.push('h1'); }
function h2() { log.push('h2'); }
g.on('x', h1); g.on('x', h2); g.on('x', h1);
g.off('x', h1);
g.emit('x');
console.log(log.join(','), g.listeners('x').map((l) => l.name).join(','));
log.length = 0;
g.off('x', h1); g.off('x', h1); g.off('x', () => {});
console.log(g.listenerCount('x'), typeof g._events.x, g._events.x === h2);
g.off('x', h2);
console.log(g.listenerCount('x'), g.eventNames().length, g._eventsCount, JSON.stringify(Object.keys(g._events)));

// once wrappers: listeners() unwraps, rawListeners() does not
const k = new EventEmitter();
function onceFn() { log.push('onceFn'); }
k.once('w', onceFn);
k.on('w', h1);
const raw = k.rawListeners('w');
console.log(k.listeners('w')[0] === onceFn, raw[0] === onceFn, raw[0].listener === onceFn, raw[0].name, raw[1] === h1);
console.log(k.listenerCount('w', onceFn), k.listenerCount('w', h1), k.listenerCount('w', h2), k.listenerCount('w'));
raw[0]();
raw[0]();
console.log(log.join(','), k.listenerCount('w'));
log.length = 0;
// removing a once listener by its original function
k.once('w2', onceFn);
k.removeListener('w2', onceFn);
console.log(k.listenerCount('w2'), k.emit('w2'));

// eventNames: insertion order, symbols included
const sym = Symbol('s');
const n = new EventEmitter();
n.on('b', h1); n.on(sym, h1); n.on('a', h1); n.on(1, h1);
console.log(n.eventNames().map(String).join(','));
console.log(n.listenerCount(sym), n.listenerCount('1'), n.emit(1), log.length);
log.length = 0;

// removeAllListeners
n.removeAllListeners('b');
console.log(n.eventNames().map(String).join(','));
n.removeAllListeners();
console.log(n.eventNames().length, n._eventsCount);
n.removeAllListeners();
n.removeAllListeners('zz');

// listeners returns copies
const m = new EventEmitter();
m.on('q', h1);
m.listeners('q').push(h2);
m.rawListeners('q').length = 0;
console.log(m.listenerCount('q'));
m.on('q', h2);
const copy = m.listeners('q');
copy.pop();
console.log(m.listenerCount('q'), copy.length);
console.log(JSON.stringify(m.listeners('none')), JSON.stringify(m.rawListeners('none')), m.listenerCount('none'));

// getMaxListeners / setMaxListeners
console.log(m.getMaxListeners(), m.setMaxListeners(0).getMaxListeners(), m.setMaxListeners(Infinity).getMaxListeners());
console.log(EventEmitter.listenerCount(m, 'q'), EventEmitter.listenerCount({ _events: { q: [1, 2] } }, 'q'));

// the same listener can be added twice and is called twice
const d = new EventEmitter();
d.on('z', h1); d.on('z', h1);
d.emit('z');
console.log(log.join(','));
