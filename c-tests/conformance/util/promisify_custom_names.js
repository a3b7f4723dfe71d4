'use strict';
// util.promisify(f) of Node's callback APIs carries the original's name and
// length, whether it comes from util.promisify.custom or is made.
const { promisify } = require('util');
const fs = require('fs');
const stream = require('stream');
const timers = require('timers');
const fns = { 'fs.exists': fs.exists, 'fs.read': fs.read, 'fs.write': fs.write, 'fs.readv': fs.readv,
  'fs.writev': fs.writev, 'stream.finished': stream.finished, 'stream.pipeline': stream.pipeline,
  'timers.setImmediate': timers.setImmediate, 'timers.setTimeout': timers.setTimeout };
for (const [k, f] of Object.entries(fns)) {
  const p = promisify(f);
  console.log(k, p.name, p.length);
}
console.log(require('stream/promises').finished.name, require('stream/promises').pipeline.name);
