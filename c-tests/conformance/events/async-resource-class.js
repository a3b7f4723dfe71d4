// EventEmitterAsyncResource's resource is an async_hooks AsyncResource, as in
// Node: instanceof, one id counter, triggerAsyncId checked, no own type.
const { EventEmitterAsyncResource } = require('events');
const { AsyncResource } = require('async_hooks');
const e = new EventEmitterAsyncResource({ name: 'X' });
const r = e.asyncResource;
console.log(r instanceof AsyncResource, r.constructor.name, Object.getPrototypeOf(Object.getPrototypeOf(r)) === AsyncResource.prototype);
console.log(Object.keys(r), Object.getOwnPropertyNames(r), r.type);
const a = new AsyncResource('A');
const e2 = new EventEmitterAsyncResource({ name: 'Y' });
console.log(e2.asyncId - a.asyncId(), e.asyncId < a.asyncId());
for (const t of ['bad', -2, 1.5, 7]) {
  try { const x = new EventEmitterAsyncResource({ name: 'Z', triggerAsyncId: t }); console.log('ok', x.triggerAsyncId); } catch (err) { console.log(err.code, err.name, err.message); }
}
try { new EventEmitterAsyncResource({ name: 5 }); } catch (err) { console.log(err.code, err.message); }
console.log(typeof r.bind, r.eventEmitter === e, typeof r.runInAsyncScope);
console.log(r.runInAsyncScope(function (x) { return [this, x]; }, 'T', 3));
try { Object.getOwnPropertyDescriptor(Object.getPrototypeOf(r), 'eventEmitter').get.call({}); } catch (err) { console.log(err.code, err.message); }
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(r)));
class Sub extends EventEmitterAsyncResource {} const s = new Sub(); console.log(s.asyncResource.type, s.asyncResource instanceof AsyncResource);
const sd = new EventEmitterAsyncResource('strname'); console.log(sd.asyncResource.type);
