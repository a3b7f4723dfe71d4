// _events.<name> through add/remove churn: a function for one listener, an
// array for several; arrays are edited in place, so code holding one sees it
// shrink; which properties a removal reads, and how the limit is read.
const EventEmitter = require('events');
function a() {} function b() {} function c() {}
const show = (v) => (typeof v === 'function' ? v.name : Array.isArray(v) ? '[' + v.map((f) => f.name).join(',') + ']' : String(v));

const e = new EventEmitter();
e.on('x', a); e.on('x', b);
const held = e._events.x;
e.off('x', b);
console.log(show(e._events.x), show(held), held.length, e._eventsCount, Number.isInteger(e._eventsCount));
e.on('x', c);
console.log(show(e._events.x), show(held), e._events.x === held);
e.off('x', a);
console.log(show(e._events.x));
e.prependListener('x', a);
const held2 = e._events.x;
e.off('x', a);
console.log(show(e._events.x), show(held2));
e.on('x', a); e.on('x', a); e.on('x', b);
e.off('x', a);
console.log(show(e._events.x));

// a once-wrapper inside a list is found by the function it wraps
const o = new EventEmitter();
o.on('y', a); o.once('y', b); o.on('y', c);
o.off('y', b);
console.log(show(o._events.y), o.listenerCount('y'));
o.once('y', a);
o.off('y', a);
console.log(o.rawListeners('y').map((f) => (f.listener ? 'once:' + f.listener.name : f.name)).join(','));

// reads of `listener` on a single entry
const r = new EventEmitter();
function watched() {}
let reads = 0;
Object.defineProperty(watched, 'listener', { get() { reads++; return undefined; } });
r.on('z', watched); r.on('other', a);
r.off('z', watched);
console.log('reads without removeListener', reads);
r.on('removeListener', (t, l) => console.log('removed', t, l.name));
r.on('z', watched);
r.off('z', watched);
console.log('reads with removeListener', reads);
r.on('z', a);
r.off('z', watched);
console.log('reads on a different listener', reads, show(r._events.z));

// the limit: any _maxListeners value, compared as a number
process.on('warning', (w) => console.log('warning', w.name, w.count, String(w.type)));
for (const limit of [1, '1', 1.5, 0, NaN, Infinity, -1, undefined, null, '2x']) {
  const m = new EventEmitter();
  m._maxListeners = limit;
  m.on('w', a); m.on('w', b); m.on('w', c);
  console.log(String(limit), m.listenerCount('w'), Boolean(m._events.w.warned));
}
const g = new EventEmitter();
Object.defineProperty(g, '_maxListeners', { get() { return 2; } });
g.on('v', a); g.on('v', b); g.on('v', c); g.on('v', a);
console.log('getter limit', g._events.v.warned);
EventEmitter.defaultMaxListeners = 1;
const d = new EventEmitter();
d.on('u', a); d.on('u', b);
d.off('u', b); d.on('u', b);
EventEmitter.defaultMaxListeners = 10;
d.on('u', c);
console.log(d.listenerCount('u'), d._events.u.warned);
EventEmitter.setMaxListeners(2);
const s2 = new EventEmitter();
s2.on('t', a); s2.on('t', b); s2.on('t', c);
console.log(EventEmitter.defaultMaxListeners, s2.getMaxListeners(), s2._events.t.warned);
EventEmitter.setMaxListeners();
console.log(EventEmitter.defaultMaxListeners);
setImmediate(() => console.log('done'));
