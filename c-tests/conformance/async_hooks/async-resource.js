'use strict';
// async_hooks.AsyncResource: argument checks, ids, runInAsyncScope, bind
// (names, lengths, this, the deprecated asyncResource accessor), subclasses.
const { AsyncResource } = require('async_hooks');
const t = (f) => { try { const r = f(); return 'ok ' + (typeof r === 'function' ? 'fn:' + r.name + ':' + r.length : JSON.stringify(r)); } catch (e) { return `${e.name} ${e.code} ${e.message}`; } };
console.log(t(() => new AsyncResource()), t(() => new AsyncResource(5)), t(() => new AsyncResource('X', { triggerAsyncId: -2 })), t(() => new AsyncResource('X', { triggerAsyncId: 'a' })), t(() => new AsyncResource('X', 5)));
const r = new AsyncResource('T', { requireManualDestroy: true });
console.log(Object.keys(r), typeof r.asyncId(), r.triggerAsyncId(), new AsyncResource('U', { triggerAsyncId: 7 }).triggerAsyncId(), r.emitDestroy() === r, r.runInAsyncScope(function (a, b) { return [this.x, a, b]; }, { x: 1 }, 2, 3));
console.log(r.asyncId() < new AsyncResource('V').asyncId());
function foo(a, b) { return [this && this.y, a, b]; }
const bf = r.bind(foo, { y: 9 });
console.log(JSON.stringify(bf.name), bf.length, bf(1, 2), Object.getOwnPropertyNames(bf).join(','));
const d = Object.getOwnPropertyDescriptor(bf, 'asyncResource'); console.log(d.get.name, d.set.name, d.enumerable, d.configurable);
const sb = AsyncResource.bind(foo); console.log(JSON.stringify(sb.name), sb.length, sb(3, 4), sb.call({ y: 5 }, 6), Object.getOwnPropertyNames(sb).join(','));
const sb2 = AsyncResource.bind(foo, 'MyType', { y: 1 }); console.log(sb2(5));
console.log(t(() => r.bind(5)), t(() => AsyncResource.bind(5)));
console.log(Object.getOwnPropertyNames(AsyncResource.prototype).join(','), AsyncResource.length, AsyncResource.bind.length, AsyncResource.prototype.bind.length);
class Sub extends AsyncResource { constructor() { super('Sub'); } }
console.log(new Sub().runInAsyncScope(() => 'sub'), Sub.bind(foo)(1, 2));
const warnings = [];
process.on('warning', (w) => warnings.push(w.code));
void bf.asyncResource; void sb.asyncResource;
setImmediate(() => console.log('warnings', warnings.join(',')));
