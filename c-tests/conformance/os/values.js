// Shapes and invariants of node:os values, true on any machine. The values
// themselves (host name, kernel, memory, CPUs, user, network) are facts of the
// machine: c-tests/live/os-facts.js compares them with node's at run time.
const os = require('os');
const str = (v) => typeof v === 'string' && v.length > 0;
console.log('strings', JSON.stringify([os.hostname(), os.homedir(), os.tmpdir(), os.type(), os.release(), os.version(), os.machine()].map(str)));
console.log('platform, arch, endianness', os.platform() === process.platform, os.arch() === process.arch, ['LE', 'BE'].includes(os.endianness()));
console.log('absolute dirs', os.homedir().startsWith('/'), os.tmpdir().startsWith('/'), !os.tmpdir().endsWith('/') || os.tmpdir() === '/');
console.log('homedir from HOME', os.homedir() === (process.env.HOME || os.userInfo().homedir));
const total = os.totalmem();
console.log('totalmem', typeof total, Number.isInteger(total), total > 0);
const free = os.freemem();
console.log('freemem', typeof free, Number.isInteger(free), free > 0, free <= total);
const up = os.uptime();
console.log('uptime', typeof up, up > 0, os.uptime() >= up, Number(`${os.uptime}`) >= up);
const la = os.loadavg();
console.log('loadavg', Array.isArray(la), la.length, la.every((v) => typeof v === 'number' && v >= 0));
const cpus = os.cpus();
const par = os.availableParallelism();
console.log('cpus', Array.isArray(cpus), cpus.length > 0, Number.isInteger(par), par >= 1, par <= cpus.length);
for (const c of cpus.slice(0, 1)) {
  console.log('cpu keys', JSON.stringify(Object.keys(c)), JSON.stringify(Object.keys(c.times)), typeof c.model, typeof c.speed);
  console.log('cpu times', Object.values(c.times).every((v) => Number.isInteger(v) && v >= 0));
}
console.log('cpu models', cpus.every((c) => typeof c.model === 'string'), os.cpus().length === cpus.length);
console.log('idle grows', os.cpus()[0].times.idle >= cpus[0].times.idle);

const info = os.userInfo();
console.log('userInfo shape', Object.getPrototypeOf(info) === null, JSON.stringify(Object.keys(info)));
console.log('userInfo types', Number.isInteger(info.uid), Number.isInteger(info.gid), str(info.username), str(info.homedir), typeof info.shell);
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const mapped = (f) => ({ uid: info.uid, gid: info.gid, username: f(info.username), homedir: f(info.homedir), shell: info.shell === null ? null : f(info.shell) });
const enc = (e) => (s) => Buffer.from(s, 'utf8').toString(e);
console.log('default is utf8', same(os.userInfo({ encoding: 'utf8' }), info), same(os.userInfo({ encoding: 'UTF-8' }), info), same(os.userInfo(null), info));
console.log('unknown encoding is utf8', same(os.userInfo({ encoding: 'nonsense' }), info));
for (const e of ['hex', 'base64', 'base64url', 'latin1', 'ucs2']) {
  console.log(`encoding ${e}`, same(os.userInfo({ encoding: e }), mapped(enc(e))));
}
const ub = os.userInfo({ encoding: 'buffer' });
console.log('buffer', Buffer.isBuffer(ub.username), Buffer.isBuffer(ub.homedir), ub.username.toString() === info.username);
console.log('buffer forms', same(os.userInfo('buffer'), ub), same(os.userInfo({ encoding: 'BUFFER' }), ub));
console.log('ascii', os.userInfo().username === os.userInfo({ encoding: 'ascii' }).username);
