// networkInterfaces: the full data (same machine for node and us).
const os = require('os');
const ifs = os.networkInterfaces();
console.log(Object.getPrototypeOf(ifs) === Object.prototype);
console.log(JSON.stringify(Object.keys(ifs)));
for (const [name, list] of Object.entries(ifs)) {
  for (const e of list) console.log(name, JSON.stringify(Object.keys(e)), JSON.stringify(e));
}
const lo = ifs.lo || [];
console.log(lo.some((e) => e.internal && e.family === 'IPv4' && e.cidr === '127.0.0.1/8'));
