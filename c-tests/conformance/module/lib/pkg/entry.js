module.exports = 'pkg main';
