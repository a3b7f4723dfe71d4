module.exports = 'index of mm';
