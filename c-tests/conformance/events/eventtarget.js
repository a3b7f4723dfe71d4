// EventTarget, Event and CustomEvent (Node's globals; installed by the
// library where the engine or host lacks them).
const show = (e) => console.log(JSON.stringify([e.name, e.code, e.message]));
console.log(typeof EventTarget, typeof Event, typeof CustomEvent, typeof AbortController, typeof AbortSignal);
for (const n of ['EventTarget', 'Event', 'CustomEvent', 'AbortController', 'AbortSignal']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, n);
  console.log(n, typeof d.value, d.writable, d.enumerable, d.configurable, Object.keys(globalThis).includes(n));
}
console.log(JSON.stringify(Object.keys(Event)), Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE);
console.log(JSON.stringify(Object.keys(Event.prototype)));
console.log(JSON.stringify(Object.keys(EventTarget.prototype)), JSON.stringify(Object.keys(CustomEvent.prototype)));
console.log(Object.prototype.toString.call(new Event('x')), Object.prototype.toString.call(new EventTarget()),
  Object.prototype.toString.call(new CustomEvent('c')));

const ev = new Event('foo', { cancelable: true, bubbles: true });
console.log(ev.type, ev.cancelable, ev.bubbles, ev.composed, ev.defaultPrevented, ev.eventPhase, ev.target, ev.currentTarget,
  ev.isTrusted, ev.returnValue, ev.cancelBubble, typeof ev.timeStamp, JSON.stringify(ev.composedPath()));
ev.preventDefault();
console.log(ev.defaultPrevented, ev.returnValue);
const nc = new Event('bar');
nc.preventDefault();
console.log(nc.defaultPrevented, nc.returnValue);
try { new Event(); } catch (e) { show(e); }
try { new Event('x', 5); } catch (e) { show(e); }
try { Event.prototype.preventDefault.call({}); } catch (e) { show(e); }
console.log(new Event(12).type, new Event(null).type);

const t = new EventTarget();
const log = [];
function a(e) { log.push('a:' + e.type + ':' + (this === t) + ':' + (e.target === t) + ':' + (e.currentTarget === t) + ':' + e.eventPhase); }
const obj = { handleEvent(e) { log.push('obj:' + e.type + ':' + (this === obj)); } };
t.addEventListener('x', a);
t.addEventListener('x', a); // duplicate ignored
t.addEventListener('x', obj);
t.addEventListener('x', a, { capture: true }); // a different (callback, capture) pair
const xe = new Event('x');
console.log(t.dispatchEvent(xe), xe.eventPhase, xe.currentTarget, xe.target === t);
console.log(log.join(' '));
log.length = 0;
t.removeEventListener('x', a);
t.removeEventListener('x', a, true);
t.removeEventListener('x', obj);
console.log(t.dispatchEvent(new Event('x')), log.length);

// once, passive, stopImmediatePropagation, preventDefault result
t.addEventListener('y', () => log.push('once'), { once: true });
t.addEventListener('y', (e) => { log.push('stop'); e.stopImmediatePropagation(); });
t.addEventListener('y', () => log.push('never'));
t.dispatchEvent(new Event('y'));
t.dispatchEvent(new Event('y'));
console.log(log.join(' '));
log.length = 0;
t.addEventListener('z', (e) => e.preventDefault());
console.log(t.dispatchEvent(new Event('z', { cancelable: true })), t.dispatchEvent(new Event('z')));

// boolean options mean capture
t.addEventListener('w', a, true);
t.removeEventListener('w', a);
t.dispatchEvent(new Event('w'));
t.removeEventListener('w', a, { capture: true });
t.dispatchEvent(new Event('w'));
console.log(log.length);
log.length = 0;

// listener errors are reported asynchronously, not thrown by dispatchEvent
const order = [];
process.on('uncaughtException', () => {});
// dispatchEvent argument checks
for (const bad of [undefined, {}, 'x', null]) {
  try { t.dispatchEvent(bad); } catch (e) { show(e); }
}
try { t.dispatchEvent(); } catch (e) { show(e); }
try { t.addEventListener('x'); } catch (e) { show(e); }
try { t.addEventListener('x', 5); } catch (e) { show(e); }
const warn = process.emitWarning;
process.emitWarning = (w) => console.log('warning', w.name, w.message);
t.addEventListener('x', null);
t.addEventListener('x', undefined);
process.emitWarning = warn;

// recursion guard
const r = new EventTarget();
const re = new Event('r');
r.addEventListener('r', () => { try { r.dispatchEvent(re); } catch (e) { show(e); } });
r.dispatchEvent(re);

// CustomEvent
const ce = new CustomEvent('c', { detail: { n: 1 } });
console.log(ce.detail.n, new CustomEvent('d').detail, ce instanceof Event, ce.type);
try { new CustomEvent(); } catch (e) { show(e); }

// subclassing EventTarget
class Bus extends EventTarget {
  ping() { return this.dispatchEvent(new CustomEvent('ping', { detail: 42 })); }
}
const bus = new Bus();
bus.addEventListener('ping', (e) => console.log('bus got', e.detail, e instanceof CustomEvent));
console.log(bus.ping());

// event objects can be dispatched again after dispatch ends
const again = new Event('again');
let count = 0;
t.addEventListener('again', () => count++);
t.dispatchEvent(again);
t.dispatchEvent(again);
console.log(count);

// signal option removes the listener
const ac = new AbortController();
t.addEventListener('s', () => log.push('s'), { signal: ac.signal });
t.dispatchEvent(new Event('s'));
ac.abort();
t.dispatchEvent(new Event('s'));
const aborted = AbortSignal.abort();
t.addEventListener('s', () => log.push('never'), { signal: aborted });
t.dispatchEvent(new Event('s'));
console.log(log.join(','));
