const order = [];
setTimeout(() => {
  order.push('timeout');
  setImmediate(() => order.push('immediate'));
  setTimeout(() => order.push('timeout2'), 0);
}, 0);
Promise.resolve().then(() => order.push('promise'));
process.nextTick(() => order.push('tick'));
queueMicrotask(() => order.push('microtask'));
setTimeout(() => {
  Promise.resolve().then(() => order.push('p2'));
  process.nextTick(() => order.push('t2'));
  setTimeout(() => console.log(order.join(' ')), 5);
}, 20);
