const path = require('node:path');
const helper = require('./lib/helper');
const data = require('./lib/data.json');
console.log(helper.twice(21), helper.file, data.name, data.n);
console.log(path.basename(__filename), path.basename(__dirname));
console.log(typeof module.exports, module.id, require.resolve('fs'), require.resolve('node:fs'));
console.log(path.basename(process.argv[1]), process.argv[2], typeof process.argv[0]);
console.log(require('./lib/helper') === helper, require('path') === path);
console.log('%s is %d years', 'Bob', 42, 'extra');
try { require('./missing') } catch (e) { console.log(e.code) }
