// Node's job order, built only from orderings Node guarantees (no race between
// two timers or between a timer and an immediate scheduled from the main script).
const order = [];
Promise.resolve().then(() => order.push('promise'));
process.nextTick(() => order.push('tick'));
queueMicrotask(() => order.push('microtask'));
setTimeout(() => {
  order.push('timeout');
  setTimeout(() => order.push('timeout-b'), 0);
  setImmediate(() => {
    order.push('immediate');
    Promise.resolve().then(() => order.push('p2'));
    process.nextTick(() => order.push('t2'));
    setTimeout(() => {
      order.push('timeout2');
      console.log(order.join(' '));
    }, 0);
  });
}, 0);
