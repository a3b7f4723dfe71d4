module.exports = require('./t-a.js').missingInTranspiled;
