// Corner cases of addListener/prependListener/removeListener and _events.
const EventEmitter = require('events');
const names = (e, t) => e.rawListeners(t).map((f) => f.name || (f.listener && 'once:' + f.listener.name)).join(',');
function a() {} function b() {} function c() {} function d() {}
const e = new EventEmitter();
e.on('x', a).on('x', b).on('x', c).on('x', d);
e.off('x', a); console.log(names(e, 'x'));
e.off('x', c); console.log(names(e, 'x'));
e.off('x', d); console.log(names(e, 'x'), typeof e._events.x);
e.prependListener('x', a); console.log(names(e, 'x'), Array.isArray(e._events.x));
e.prependListener('x', c); console.log(names(e, 'x'));
e.prependOnceListener('x', d); console.log(names(e, 'x'));
e.off('x', d); console.log(names(e, 'x'));
e.once('x', a); e.off('x', a); console.log(names(e, 'x'));
e.off('x', a); e.off('x', c); console.log(names(e, 'x'), e._eventsCount);
e.off('x', b); console.log(names(e, 'x'), e._eventsCount, JSON.stringify(Reflect.ownKeys(e._events)));
// eventsCount bookkeeping across several events
e.on('p', a); e.on('q', a); e.on('q', b); e.on(Symbol.for('r'), a);
console.log(e._eventsCount, e.eventNames().map(String).join(','));
e.off('q', a); e.off('q', b); console.log(e._eventsCount, e.eventNames().map(String).join(','));
e.removeAllListeners(Symbol.for('r')); console.log(e._eventsCount);
// the events object is replaced once empty
const before = e._events;
e.off('p', a);
console.log(e._eventsCount, before === e._events, Object.getPrototypeOf(e._events));
// newListener gets the original function for once listeners
const f = new EventEmitter();
f.on('newListener', (t, l) => console.log('newListener', t, l.name));
f.once('y', b);
f.prependOnceListener('y', c);
// removeListener gets the original function too
f.on('removeListener', (t, l) => console.log('removeListener', t, l.name));
f.emit('y');
f.off('y', b);
// shape mode: _events inherited from a prototype
function Shaped() { EventEmitter.call(this); }
Shaped.prototype = Object.create(EventEmitter.prototype);
Shaped.prototype._events = { __proto__: null, fixed: undefined };
const s = Object.create(Shaped.prototype);
s._events = { __proto__: null, fixed: undefined };
EventEmitter.call(s);
s.on('fixed', a);
s.off('fixed', a);
console.log(JSON.stringify(Reflect.ownKeys(s._events)), 'fixed' in s._events, s._events.fixed, s._eventsCount);
s.on('fixed', a); s.removeAllListeners();
console.log(JSON.stringify(Reflect.ownKeys(s._events)));
// _eventsCount that is not a number
const g = new EventEmitter();
g._eventsCount = '2';
g.on('z', a);
console.log(g._eventsCount, typeof g._eventsCount);
// odd _events entries fall back to Node's exact behaviour
const h = new EventEmitter();
h._events.odd = 'str';
try { h.on('odd', a); } catch (err) { console.log(err.name); }
h._events.obj = { length: 1, 0: a, push(l) { console.log('custom push', l.name); } };
h.on('obj', b);
try { h.off('obj', a); } catch (err) { console.log('off threw', err.name); }
console.log(h.emit('obj'));
// removing from a list while emitting it
const k = new EventEmitter();
k.on('w', function one() { k.off('w', one); console.log('one'); });
k.on('w', function two() { console.log('two'); });
k.emit('w'); k.emit('w');
// on with non-function after a valid one keeps state intact
try { k.on('w', null); } catch (err) { console.log(err.code); }
console.log(k.listenerCount('w'));
// removeListener for an event that was never added, and wrong types
console.log(k.off('never', a) === k, k.removeListener(Symbol('s'), a) === k);
try { k.off('w', 'x'); } catch (err) { console.log(err.code); }
// on returns this even for subclasses overriding emit
class Sub extends EventEmitter { emit(...args) { console.log('sub emit', String(args[0])); return super.emit(...args); } }
const sub = new Sub();
sub.on('newListener', () => {});
console.log(sub.on('v', a) === sub);
sub.on('removeListener', () => {});
sub.off('v', a);
// listeners called with this = emitter even when the method is detached
const { emit } = EventEmitter.prototype;
const m = new EventEmitter();
m.on('t', function () { console.log('detached this', this === m); });
emit.call(m, 't');
// emit/on on objects without _events
const bare = Object.create(EventEmitter.prototype);
console.log(bare.emit('nothing'), typeof bare._events);
bare.on('later', a);
console.log(Object.getPrototypeOf(bare._events), bare._eventsCount, bare.listenerCount('later'));
