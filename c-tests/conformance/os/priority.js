// getPriority / setPriority: values, argument validation, system errors.
const os = require('os');
const show = (e) => console.log(JSON.stringify([e.name, e.code, e.message]));
const p = os.getPriority();
console.log(typeof p, p === os.getPriority(0), p === os.getPriority(process.pid));
os.setPriority(p);
os.setPriority(0, p);
os.setPriority(process.pid, p);
console.log(os.getPriority() === p);
for (const args of [['a'], [1.5], [2 ** 31], [-(2 ** 31) - 1], [null], [NaN], [Infinity], [{}]]) {
  try { os.getPriority(...args); } catch (e) { show(e); }
}
for (const args of [[20], [-21], ['x'], [0, 'y'], [0, 1.5], [1.5, 0], [0, 100], [undefined], [], [0, NaN]]) {
  try { os.setPriority(...args); console.log('ok', args.length); } catch (e) { show(e); }
}
try { os.getPriority(2 ** 31 - 1); } catch (e) {
  show(e);
  console.log(JSON.stringify(Object.keys(e)), JSON.stringify(e.info), e.errno, e.syscall, String(e));
  console.log(e instanceof Error, Object.prototype.hasOwnProperty.call(e, 'name'));
}
try { os.setPriority(2 ** 31 - 1, 0); } catch (e) { show(e); }
