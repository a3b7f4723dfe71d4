const a = 'a';
const b = 'b';
module.exports = { a, b };
