exports.x = 1;
exports.fn = function fn() { return 'fn'; };
