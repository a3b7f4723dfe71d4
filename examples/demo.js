// What a Node program does every day (Buffer, events, util, os, path, fs and
// streams), run by the reference host:
//   build/jsrt-node examples/demo.js
// Its output is byte for byte what `node examples/demo.js` prints on the same
// machine (ctest `live_vs_node` checks that).
const { Buffer } = require('node:buffer');
const EventEmitter = require('node:events');
const util = require('node:util');
const os = require('node:os');
const path = require('node:path');
const fs = require('node:fs');
const { Transform, pipeline } = require('node:stream');

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
setTimeout(() => {
  console.log('and the timer last');
  fsAndStreams(); // after the ordering demo: file I/O completes when it completes
}, 1);

function fsAndStreams() {
  console.log('--- fs + stream');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jsrt-node-demo-'));
  const src = path.join(dir, 'in.txt');
  fs.writeFileSync(src, 'one\ntwo\nthree\n');
  let lineNo = 0;
  const numbered = new Transform({
    transform(chunk, _enc, done) {
      const lines = chunk.toString().split('\n').filter(Boolean);
      done(null, lines.map((l) => `${++lineNo}: ${l}\n`).join(''));
    },
  });
  pipeline(fs.createReadStream(src), numbered, fs.createWriteStream(path.join(dir, 'out.txt')), (err) => {
    console.log('pipeline done:', err ?? 'no error');
    process.stdout.write(fs.readFileSync(path.join(dir, 'out.txt'), 'utf8'));
    fs.promises.stat(src).then((st) => {
      console.log('in.txt is a file of', st.size, 'bytes;', fs.readdirSync(dir).sort().join(', '));
      fs.rmSync(dir, { recursive: true });
      try {
        fs.readFileSync(src);
      } catch (e) {
        console.log('after rm:', e.code, e.syscall);
      }
    });
  });
}

