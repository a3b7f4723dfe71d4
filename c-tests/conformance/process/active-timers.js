'use strict';
// process.getActiveResourcesInfo() lists ref'd timers as 'Timeout' and ref'd
// pending immediates as 'Immediate' (the host counts them through
// JSRT_NodeSetResourceCounter): unref/ref move them out and in, a running
// one-shot timeout counts until it returns, a running immediate does not.
// An unref'd immediate runs only while something else keeps the loop alive.
const f = () => process.getActiveResourcesInfo().filter((t) => t === 'Timeout' || t === 'Immediate').join(',');
const a = setTimeout(() => {}, 60000); const b = setTimeout(() => {}, 60000).unref();
const i1 = setImmediate(() => { console.log('in imm', f()); later(); }); const i2 = setImmediate(() => {}).unref();
console.log('start', f(), process.getActiveResourcesInfo().length);
b.ref(); console.log('b ref', f());
a.unref(); console.log('a unref', f());
a.ref();
clearImmediate(i2); console.log('clear i2', f());
// Started from the immediate, so the immediates' order against it is fixed.
function later() {
const t = setTimeout(function () { console.log('in cb', f()); this.refresh(); console.log('refreshed', f()); setTimeout(() => { console.log('later', f()); clearTimeout(a); clearTimeout(b); }, 5); clearTimeout(t); console.log('cleared', f()); }, 1);
}
setImmediate(() => console.log('an unref-ed immediate runs while timers keep the loop')).unref();
