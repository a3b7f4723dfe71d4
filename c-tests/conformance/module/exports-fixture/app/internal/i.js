module.exports = 'app/internal/i.js';
