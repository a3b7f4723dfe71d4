// The export list, names, lengths and property attributes of node:events.
const events = require('events');
const EE = events;
console.log(JSON.stringify(Object.keys(events)));
console.log(typeof events, events === events.EventEmitter, require('node:events') === events);
console.log(EE.name, EE.length);
console.log(JSON.stringify(Object.keys(EE.prototype)));
console.log(JSON.stringify(Object.getOwnPropertyNames(EE.prototype)));
console.log(Object.getOwnPropertySymbols(EE.prototype).length);
for (const k of Object.getOwnPropertyNames(EE.prototype)) {
  const v = EE.prototype[k];
  if (typeof v === 'function') console.log('proto', k, JSON.stringify(v.name), v.length);
  else console.log('proto', k, String(v));
}
console.log(EE.prototype.on === EE.prototype.addListener, EE.prototype.off === EE.prototype.removeListener);
for (const k of Object.keys(EE)) {
  const d = Object.getOwnPropertyDescriptor(EE, k);
  const kind = 'value' in d ? typeof d.value : 'accessor';
  const name = typeof d.value === 'function' ? JSON.stringify(d.value.name) + ' ' + d.value.length : '';
  console.log('static', k, kind, name, d.enumerable, d.configurable, 'writable' in d ? d.writable : '-');
}
console.log(typeof EE.kMaxEventTargetListeners, typeof EE.kMaxEventTargetListenersWarned);
console.log(String(EE.errorMonitor), String(EE.captureRejectionSymbol), EE.captureRejectionSymbol === Symbol.for('nodejs.rejection'));
console.log(EE.defaultMaxListeners, EE.captureRejections, EE.usingDomains);
console.log(Object.prototype.toString.call(EE.once(new EE(), 'x')));
const e = new EE();
console.log(JSON.stringify(Object.keys(e)));
console.log(Reflect.ownKeys(e).map(String).join(','));
console.log(Object.getPrototypeOf(e._events) === null, e._eventsCount, e._maxListeners);
console.log(e instanceof EE, e.constructor === EE);
