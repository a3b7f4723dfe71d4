'use strict';
// While a module is still loading, requiring it again (a cycle) hands out
// its unfinished exports; reading a property nobody set yet warns, as in
// Node (not for __esModule, not for transpiled modules or class exports), and
// the exports' prototype is Object.prototype again once loading is done. A
// package whose "main" is missing loads its index with DEP0128.
const path = require('path');
const fx = path.join(__dirname, 'cycle-fixture');
const seen = [];
process.on('warning', (w) => seen.push(`${w.name} ${w.code} ${w.message.split(fx).join('FX')}`));
const a = require('./cycle-fixture/a.js');
console.log(JSON.stringify(require('./cycle-fixture/b.js')), Object.getPrototypeOf(a) === Object.prototype, a.done);
require('./cycle-fixture/t-a.js');
const K = require('./cycle-fixture/c-a.js');
console.log(typeof K, Object.getPrototypeOf(K) === Function.prototype);
console.log(require('./cycle-fixture/missing-main'));
setTimeout(() => console.log(seen.join('\n')), 10);
