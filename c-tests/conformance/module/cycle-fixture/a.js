require('./b.js');
exports.done = true;
