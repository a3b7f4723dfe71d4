module.exports = require('./c-a.js').notThere;
