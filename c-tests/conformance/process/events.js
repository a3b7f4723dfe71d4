// The program's end: 'beforeExit' (which may schedule more work), then
// 'exit'; uncaught errors and rejections reach process's listeners.
const order = [];
process.on('exit', (code) => {
  order.push(`exit ${code} ${process.exitCode}`);
  console.log(order.join('\n'));
});
let rounds = 0;
process.on('beforeExit', (code) => {
  order.push(`beforeExit ${code}`);
  if (rounds++ === 0) setTimeout(() => order.push('timer from beforeExit'), 1);
});
process.on('uncaughtExceptionMonitor', (e, origin) => order.push(`monitor ${e.message} ${origin}`));
process.on('uncaughtException', (e, origin) => order.push(`caught ${e.message} ${origin}`));
process.on('unhandledRejection', (r, p) => order.push(`unhandled ${r.message} ${p instanceof Promise}`));
process.on('warning', (w) => order.push(`warning ${w.name} ${w.message}`));
process.nextTick(() => order.push('tick'));
Promise.resolve().then(() => order.push('promise'));
Promise.reject(new Error('rejected'));
setTimeout(() => { throw new Error('from timer'); }, 2);
process.emitWarning('careful', { type: 'CustomWarning', code: 'X1' });
order.push('main');
process.exitCode = 0;
