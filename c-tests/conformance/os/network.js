// networkInterfaces: the shape of every entry and the relations between its
// fields, true on any machine. The addresses themselves are facts of the
// machine: c-tests/live/os-facts.js compares them with node's at run time.
const os = require('os');
const ifs = os.networkInterfaces();
console.log('plain object', Object.getPrototypeOf(ifs) === Object.prototype);
const entries = Object.values(ifs).flat();
console.log('lists', Object.values(ifs).every((l) => Array.isArray(l) && l.length > 0));
const v4 = ['address', 'netmask', 'family', 'mac', 'internal', 'cidr'];
const v6 = [...v4, 'scopeid'];
const prefix = (e) => {
  if (e.family === 'IPv4') {
    return e.netmask.split('.').reduce((n, o) => n + Number(o).toString(2).split('1').length - 1, 0);
  }
  return e.netmask.split(':').reduce((n, h) => n + (parseInt(h || '0', 16).toString(2).split('1').length - 1), 0);
};
const bad = entries.filter((e) => {
  const keys = JSON.stringify(Object.keys(e));
  if (e.family === 'IPv4' && keys !== JSON.stringify(v4)) return true;
  if (e.family === 'IPv6' && (keys !== JSON.stringify(v6) || !Number.isInteger(e.scopeid))) return true;
  if (e.family !== 'IPv4' && e.family !== 'IPv6') return true;
  if (typeof e.internal !== 'boolean' || !/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(e.mac)) return true;
  return e.cidr !== `${e.address}/${prefix(e)}`;
});
console.log('entries well formed', bad.length === 0, bad.length ? JSON.stringify(bad) : '');
const lo = ifs.lo;
console.log('loopback', lo === undefined || lo.some((e) => e.internal && e.family === 'IPv4' && e.cidr === '127.0.0.1/8'));
