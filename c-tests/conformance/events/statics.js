// getEventListeners, getMaxListeners, setMaxListeners and listenerCount
// statics, with EventEmitters and EventTargets.
const EventEmitter = require('events');
const { getEventListeners, getMaxListeners, setMaxListeners, listenerCount } = EventEmitter;
const show = (e) => console.log(JSON.stringify([e.name, e.code, e.message]));
function f1() {}
function f2() {}
const e = new EventEmitter();
e.on('x', f1);
e.once('x', f2);
const l = getEventListeners(e, 'x');
console.log(l.length, l[0] === f1, l[1] === f2, getEventListeners(e, 'none').length);
const t = new EventTarget();
t.addEventListener('x', f1);
t.addEventListener('x', f2, { once: true });
const tl = getEventListeners(t, 'x');
console.log(tl.length, tl[0] === f1, tl[1] === f2, getEventListeners(t, 'none').length);
console.log(getMaxListeners(e), getMaxListeners(t));
setMaxListeners(3, e, t);
console.log(getMaxListeners(e), getMaxListeners(t), EventEmitter.defaultMaxListeners);
const warnings = [];
const orig = process.emitWarning;
process.emitWarning = (w) => warnings.push(w);
for (let i = 0; i < 5; i++) t.addEventListener('many', () => {});
console.log(warnings.length, warnings[0] && warnings[0].name, warnings[0] && warnings[0].message);
console.log(warnings[0] && warnings[0].target === t, warnings[0] && warnings[0].count);
process.emitWarning = orig;
console.log(listenerCount(e, 'x'), listenerCount(e, 'y'));
try { getEventListeners(5, 'x'); } catch (err) { show(err); }
try { setMaxListeners(1, 5); } catch (err) { console.log(err.name); }
try { setMaxListeners(-1, e); } catch (err) { show(err); }
// EventEmitterAsyncResource
const { EventEmitterAsyncResource } = EventEmitter;
console.log(typeof EventEmitterAsyncResource, EventEmitterAsyncResource === EventEmitter.EventEmitterAsyncResource);
const r = new EventEmitterAsyncResource({ name: 'Res' });
r.on('go', function (v) { console.log('async resource emit', v, this === r); });
console.log(r.emit('go', 7), r instanceof EventEmitter, typeof r.asyncId, typeof r.triggerAsyncId, typeof r.asyncResource);
try { new EventEmitterAsyncResource({}); } catch (err) { show(err); }
class Named extends EventEmitterAsyncResource {}
console.log(new Named().listenerCount('x'));
r.emitDestroy();
