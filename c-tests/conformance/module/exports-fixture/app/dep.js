module.exports = 'app/dep.js';
