'use strict';
// npm packages through fs, streams, events, buffer and util: one line per package, compared with node by run.sh.
const path = require('path');
const os = require('os');
const fs = require('fs');
const { Readable } = require('stream');
const results = [];
const log = (name, v) => { results.push(`${name}: ${typeof v === 'string' ? v : JSON.stringify(v)}`); };
async function main() {
  const createError = require('http-errors'); const e = createError(404, 'nope'); log('http-errors', [e.status, e.message, e.name, e instanceof Error, e.expose]);
  const depd = require('depd')('mylib'); const warns = []; process.on('deprecation', (w) => warns.push(w.message)); depd('old thing'); log('depd', warns.length >= 0);
  const getRawBody = require('raw-body'); log('raw-body', await getRawBody(Readable.from([Buffer.from('ab'), Buffer.from('c')]), { encoding: 'utf8', length: 3 }));
  const qs = require('qs'); log('qs', [qs.parse('a[b]=1&a[c][]=2&a[c][]=3'), qs.stringify({ a: { b: [1, 2] } })]);
  log('cookie', [require('cookie').parse('a=1; b=x%20y'), require('cookie').serialize('k', 'v w', { httpOnly: true, path: '/' })]);
  log('mime-types', [require('mime-types').lookup('x.html'), require('mime-types').contentType('json')]);
  const SB = require('safe-buffer').Buffer; log('safe-buffer', SB.from('hi').toString('hex'));
  log('signal-exit', typeof require('signal-exit')(() => {}));
  const getStream = require('get-stream'); log('get-stream', await getStream(Readable.from(['p', 'q'])));
  const sb = require('stream-buffers'); const w = new sb.WritableStreamBuffer(); w.write('abc'); w.end(); log('stream-buffers', w.getContentsAsString('utf8'));
  const { EventEmitter2 } = require('eventemitter2'); const ee = new EventEmitter2({ wildcard: true }); let got = ''; ee.on('a.*', function (v) { got = this.event + v; }); ee.emit('a.b', 1); log('eventemitter2', got);
  log('acorn', require('acorn').parse('let x = 1 + 2', { ecmaVersion: 2020 }).body[0].type);
  log('babel parser', require('@babel/parser').parse('const a = <b/>;', { plugins: ['jsx'] }).program.body[0].declarations[0].init.type);
  log('terser', (await require('terser').minify('function add(first, second) { return first + second; }', { compress: false })).code);
  log('postcss', require('postcss').parse('a{color:red}').first.selector);
  log('less', (await require('less').render('@c: red; a { color: @c; }')).css.replace(/\s+/g, ' '));
}
main().then(() => console.log(results.join('\n')), (e) => { console.log(results.join('\n')); console.log('FAILED', e && e.message, e && e.stack); });
