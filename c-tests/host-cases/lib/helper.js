exports.twice = (x) => x * 2;
exports.file = require('path').basename(__filename);
