// node:timers/promises and node:timers from an ES module.
import { setTimeout as sleep, setImmediate, scheduler } from 'node:timers/promises';
import timers, { setTimeout, clearTimeout } from 'node:timers';
console.log(await sleep(1, 'slept'), await setImmediate('now'), await scheduler.wait(1));
console.log(setTimeout === globalThis.setTimeout, clearTimeout === globalThis.clearTimeout, timers.promises.setTimeout === sleep);
console.log(Object.keys(timers).join(','));
