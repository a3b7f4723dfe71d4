'use strict';
// require('sys') is node:util itself, with DEP0025 once (as Node 20).
process.noDeprecation = false;
const seen = [];
process.on('warning', (w) => seen.push(`${w.name} ${w.code} ${w.message}`));
const sys = require('sys');
console.log(sys === require('util'), require('node:sys') === sys);
require('sys');
import('sys').then((m) => {
  console.log('esm', m.default === sys, typeof m.format, Object.keys(m).includes('inspect'));
  setImmediate(() => console.log(seen.join('\n')));
});
