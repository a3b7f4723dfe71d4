// What a Node program does every day, run by the reference host:
//   build/jsrt-node examples/demo.js
// Its output is byte for byte what `node examples/demo.js` prints on the same
// machine (ctest `live_vs_node` checks that).
const { Buffer } = require('node:buffer');
const EventEmitter = require('node:events');
const util = require('node:util');
const os = require('node:os');
const path = require('node:path');

console.log('--- buffer');
const greeting = Buffer.from('héllo, wörld ✓', 'utf8');
console.log(greeting);
for (const enc of ['hex', 'base64', 'base64url', 'latin1']) {
  const text = greeting.toString(enc);
  console.log(enc.padEnd(9), JSON.stringify(text), Buffer.from(text, enc).equals(greeting));
}
console.log('utf16le:', Buffer.from('ok ✓', 'utf16le'), Buffer.from('ok ✓', 'utf16le').toString('utf16le'));
console.log('bytes vs chars:', greeting.length, 'vs', greeting.toString().length);
const header = Buffer.alloc(8);
header.writeUInt32BE(0xcafebabe, 0);
header.writeInt16LE(-2, 4);
console.log('header:', header.toString('hex'), header.readInt16LE(4), Buffer.compare(header, greeting));

console.log('--- events');
class Job extends EventEmitter {
  run(input) {
    this.emit('start', input);
    if (typeof input !== 'number') {
      this.emit('error', new TypeError(`expected a number, got ${typeof input}`));
      return;
    }
    this.emit('done', input * 2);
  }
}
const job = new Job();
job.on('start', (input) => console.log('start', util.inspect(input)));
job.once('done', (result) => console.log('done', result));
job.run(21);
try {
  job.run('21'); // no 'error' listener yet: emit throws
} catch (err) {
  console.log('thrown:', err.name, err.message);
}
job.on('error', (err) => console.log('handled:', err.message));
job.run(null);
console.log('listeners:', job.eventNames(), job.listenerCount('done'));

console.log('--- util');
const config = {
  name: 'demo',
  ports: [80, 443],
  limits: new Map([['cpu', 2], ['mem', '24 GiB']]),
  tags: new Set(['a', 'b']),
  nested: { deeper: { deepest: { bottom: true } } },
  created: new Date(0),
  pattern: /^v\d+$/i,
};
config.self = config;
console.log(util.inspect(config, { depth: 4, breakLength: 60 }));
console.log(util.format('%s has %d ports and %j', config.name, config.ports.length, { ok: 1 }));
console.log(util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), util.types.isMap(config.limits));

console.log('--- os');
console.log(os.platform(), os.type(), os.arch(), os.endianness(), JSON.stringify(os.EOL));
console.log('cpus:', os.cpus().length, 'parallelism:', os.availableParallelism());
console.log('home is absolute:', path.isAbsolute(os.homedir()), 'tmpdir:', os.tmpdir());

console.log('--- path');
const file = path.join('/srv', 'app', '..', 'www', 'index.html');
console.log('joined:  ', file);
console.log('parsed:  ', path.parse(file));
console.log('relative:', path.relative('/srv/www/a/b', file));
console.log('win32:   ', path.win32.resolve('C:\\Users', '..', 'Temp', 'x.txt'));

console.log('--- order');
process.nextTick(() => console.log('nextTick runs before'));
Promise.resolve().then(() => console.log('the promise job'));
setTimeout(() => console.log('and the timer last'), 1);
