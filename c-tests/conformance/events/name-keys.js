// Event names as property keys: symbols, numbers, numeric strings, names built at run
// time, more names than emit/on/off keep cached (re-entrant emits evict entries),
// a Proxy _events whose trap emits, and the list arrays Node exposes while
// listeners are added and removed.
'use strict';
const EventEmitter = require('events');
const out = [];
const e = new EventEmitter();
const sym = Symbol('s');
e.on(sym, (a) => out.push('sym ' + a));
e.on(1, (a) => out.push('num ' + a));
e.on('dyn', (a) => out.push('dyn ' + a));
for (let i = 0; i < 3; i++) {
  e.emit(sym, i); e.emit(1, i); e.emit('1', i); e.emit('d' + 'yn', i); e.emit(['dyn'].join(''), i);
}
// re-entrant with many names evicting the cache
const r = new EventEmitter();
const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
names.forEach((n, i) => r.on(n, (x) => { out.push(n + x); if (i + 1 < names.length) r.emit(names[i + 1] + '', x + 1); }));
r.emit('a', 0);
r.emit(String.fromCharCode(97), 10);
// on/off with computed names
for (let i = 0; i < 5; i++) {
  const f = () => out.push('f' + i);
  r.on('a' + (i % 2), f); r.on('a' + (i % 2), f); r.off('a' + (i % 2), f);
  out.push(r.listenerCount('a' + (i % 2)));
  out.push(Array.isArray(r._events['a' + (i % 2)]));
}
// arrays observed while removing
const h = new EventEmitter(); const f1 = () => {}, f2 = () => {};
h.on('x', f1); h.on('x', f2); const arr = h._events.x; h.off('x', f2);
out.push(arr.length, typeof h._events.x, h._events.x === f1);
h.on('x', f2); out.push(h._events.x !== arr, h._events.x.length);
h.prependListener('x', f2); out.push(h._events.x.length, h.rawListeners('x').indexOf(f2));
// once
const o = new EventEmitter(); o.once('q', (a, b) => out.push('once', a, b));
out.push(o.rawListeners('q')[0].name, o.rawListeners('q')[0].listener !== undefined, o.listeners('q').length);
o.emit('q', 1, 2); o.emit('q', 3, 4); out.push(o.listenerCount('q'));
// proxy _events
const p = new EventEmitter(); p.on('z', (a) => out.push('z' + a));
p._events = new Proxy(p._events, { get(t, k, rcv) { if (k === 'z') p.emit('other' + Math.random()); return Reflect.get(t, k, rcv); } });
p.emit('z', 1); p.emit('z', 2);
// error paths
const q = new EventEmitter();
try { q.emit('error', new Error('boom')); } catch (err) { out.push(err.message); }
try { q.emit('error', 42); } catch (err) { out.push(err.code, err.message); }
q.on(EventEmitter.errorMonitor, (er) => out.push('mon ' + er));
try { q.emit('error', 'x'); } catch (err) { out.push(err.code); }
// newListener / removeListener order
const n = new EventEmitter();
n.on('newListener', (ev, l) => out.push('new ' + String(ev)));
n.on('removeListener', (ev, l) => out.push('rm ' + String(ev)));
const g = () => {}; n.on('k', g); n.on('k', g); n.off('k', g); n.off('k', g); n.once('k', g); n.emit('k');
out.push(JSON.stringify(Object.keys(n._events)), n._eventsCount);
// emit with many args and listeners modifying list
const m = new EventEmitter(); const seen = [];
const l1 = (...a) => { seen.push('l1:' + a.join()); m.off('w', l2); m.on('w', l3); };
const l2 = (...a) => seen.push('l2:' + a.join());
const l3 = (...a) => seen.push('l3:' + a.join());
m.on('w', l1); m.on('w', l2);
m.emit('w', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10); m.emit('w');
out.push(seen.join('|'));
console.log(out.join('\n'));
