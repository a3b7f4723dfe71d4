'use strict';
// A program that puts `get`/`set` on Object.prototype (Node's tests do) does
// not break the built-in modules: their property descriptors have no prototype.
Object.prototype.get = function get() { return 'polluted'; };
Object.prototype.set = function set() {};
const out = [];
const fs = require('fs');
const path = require('path');
const os = require('os');
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'polluted-')), 'f.txt');
fs.writeFileSync(file, 'data');
out.push(fs.readFileSync(file, 'utf8'));
const { Readable, PassThrough } = require('stream');
const util = require('util');
out.push(util.format('%s=%d', 'x', 5), util.inspect({ a: [1] }));
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('x', (v) => out.push(`event ${v}`));
e.emit('x', 1);
out.push(Buffer.from('hi').toString('hex'), require('querystring').stringify({ a: 1 }), new URL('http://h/p?q=1').searchParams.get('q'));
out.push(require('crypto').randomBytes(4).length, typeof require('async_hooks').AsyncResource, typeof require('readline').createInterface);
const o = {};
Error.captureStackTrace(o);
out.push(o.stack.split('\n')[0], new DOMException('m', 'AbortError').code);
const chunks = [];
Readable.from(['a', 'b']).pipe(new PassThrough()).on('data', (c) => chunks.push(String(c))).on('end', () => {
  out.push(chunks.join(''));
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  delete Object.prototype.get;
  delete Object.prototype.set;
  console.log(out.join('\n'));
});
