// Facts of this machine that node:os reports: compared with node's answers on
// the same machine at run time (c-tests/live/run.sh), never committed.
// Values that move between two runs (free memory, uptime, load, CPU times and
// clock speed) are left to the invariants in c-tests/conformance/os/values.js.
const os = require('os');
const show = (label, v) => console.log(label, JSON.stringify(v));
show('hostname', os.hostname());
show('homedir', os.homedir());
show('tmpdir', os.tmpdir());
show('type/release/version/machine', [os.type(), os.release(), os.version(), os.machine()]);
show('platform/arch/endianness', [os.platform(), os.arch(), os.endianness()]);
show('totalmem', os.totalmem());
show('cpu models', os.cpus().map((c) => c.model));
show('availableParallelism', os.availableParallelism());
for (const enc of [undefined, 'utf8', 'buffer', 'hex', 'base64', 'base64url', 'latin1', 'ucs2']) {
  show(`userInfo ${enc}`, os.userInfo({ encoding: enc }));
}
show('networkInterfaces', os.networkInterfaces());
show('priority', [os.getPriority(), os.getPriority(0), os.getPriority(process.pid)]);
