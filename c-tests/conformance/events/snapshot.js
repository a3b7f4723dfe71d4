// Adding and removing listeners during emit: the listeners called are the
// ones registered when emit started.
const EventEmitter = require('events');
const e = new EventEmitter();
const log = [];
function late() { log.push('late'); }
function second() { log.push('second'); }
e.on('x', function first() {
  log.push('first');
  e.on('x', late);
  e.off('x', second);
});
e.on('x', second);
e.emit('x');
console.log(log.join(','));
log.length = 0;
e.emit('x');
console.log(log.join(','), e.listenerCount('x'));
log.length = 0;

// removing everything during emit
const f = new EventEmitter();
f.on('y', () => { log.push('y1'); f.removeAllListeners('y'); });
f.on('y', () => log.push('y2'));
f.on('y', () => log.push('y3'));
f.emit('y');
console.log(log.join(','), f.listenerCount('y'));
log.length = 0;

// a single listener that adds another: the new one is not called now
const g = new EventEmitter();
g.on('z', () => { log.push('z1'); g.on('z', () => log.push('z2')); });
g.emit('z');
console.log(log.join(','));
log.length = 0;
g.emit('z');
console.log(log.join(','), g.listenerCount('z'));
log.length = 0;

// once listeners removed before running
const h = new EventEmitter();
h.once('w', () => { log.push('once1'); h.emit('w'); });
h.on('w', () => log.push('on2'));
h.emit('w');
console.log(log.join(','));
log.length = 0;

// recursion depth with emit inside a listener
const r = new EventEmitter();
let depth = 0;
r.on('r', (n) => { depth = Math.max(depth, n); if (n < 50) r.emit('r', n + 1); });
r.emit('r', 0);
console.log('depth', depth);

// listener throwing stops the emit and propagates
const t = new EventEmitter();
t.on('t', () => log.push('t1'));
t.on('t', () => { throw new TypeError('listener failed'); });
t.on('t', () => log.push('t3'));
try { t.emit('t'); } catch (err) { console.log('caught', err.name, err.message); }
console.log(log.join(','));

// _events can be inspected and replaced
const u = new EventEmitter();
u.on('a', () => {});
u.on('a', () => {});
console.log(Array.isArray(u._events.a), u._events.a.length, u._eventsCount);
u._events = Object.create(null);
u._eventsCount = 0;
console.log(u.emit('a'), u.listenerCount('a'));
