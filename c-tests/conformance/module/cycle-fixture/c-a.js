class K {}
module.exports = K;
require('./c-b.js');
