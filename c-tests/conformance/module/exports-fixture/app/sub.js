module.exports = 'app/sub.js';
