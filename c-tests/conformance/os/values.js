// Values that are the same for node and us on one machine, and shapes and
// invariants of the ones that change from moment to moment.
const os = require('os');
console.log(os.hostname(), os.homedir(), os.tmpdir(), os.endianness(), os.type(), os.release(), os.version(), os.machine());
console.log(os.platform(), os.arch());
console.log(os.homedir() === (process.env.HOME || os.userInfo().homedir));
console.log(os.totalmem(), Number.isInteger(os.totalmem()));
const free = os.freemem();
console.log(typeof free, Number.isInteger(free), free > 0, free <= os.totalmem());
const up = os.uptime();
console.log(typeof up, up > 0, os.uptime() >= up, Number(`${os.uptime}`) >= up);
const la = os.loadavg();
console.log(Array.isArray(la), la.length, la.every((v) => typeof v === 'number' && v >= 0));
const cpus = os.cpus();
console.log(Array.isArray(cpus), cpus.length > 0, cpus.length === os.availableParallelism() || cpus.length >= os.availableParallelism());
console.log(typeof os.availableParallelism(), Number.isInteger(os.availableParallelism()));
for (const c of cpus.slice(0, 1)) {
  console.log(JSON.stringify(Object.keys(c)), JSON.stringify(Object.keys(c.times)), typeof c.model, typeof c.speed);
  console.log(Object.values(c.times).every((v) => Number.isInteger(v) && v >= 0));
}
console.log(JSON.stringify(cpus.map((c) => c.model)));
console.log(os.cpus()[0].times.idle >= cpus[0].times.idle);
const info = os.userInfo();
console.log(Object.getPrototypeOf(info) === null, JSON.stringify(Object.keys(info)));
console.log(JSON.stringify(info));
console.log(JSON.stringify(os.userInfo({ encoding: 'utf8' })), JSON.stringify(os.userInfo('buffer')));
console.log(JSON.stringify(os.userInfo({ encoding: 'hex' })));
console.log(JSON.stringify(os.userInfo({ encoding: 'base64' })), JSON.stringify(os.userInfo({ encoding: 'latin1' })));
console.log(JSON.stringify(os.userInfo({ encoding: 'nonsense' })), JSON.stringify(os.userInfo(null)));
console.log(os.userInfo().username === os.userInfo({ encoding: 'ascii' }).username);
const ub = os.userInfo({ encoding: 'buffer' });
console.log(Buffer.isBuffer(ub.username), Buffer.isBuffer(ub.homedir), ub.username.toString() === info.username, JSON.stringify(ub));
console.log(JSON.stringify(os.userInfo({ encoding: 'BUFFER' }).shell), JSON.stringify(os.userInfo({ encoding: 'ucs2' }).username.length));
console.log(JSON.stringify(os.userInfo({ encoding: 'base64url' })), JSON.stringify(os.userInfo({ encoding: 'UTF-8' })));
