const a = require('./a.js');
module.exports = { sawMissing: a.missing, sawEsModule: a.__esModule, sawToString: typeof a.toString, sym: a[Symbol('s')] };
