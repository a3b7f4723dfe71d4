// parseArgs: short-option groups, values taken from the next argument, '--', tokens; 8,000 groups (linear: was quadratic).
const { parseArgs } = require('util');
const opts = { a: { type: 'boolean', short: 'a', multiple: true }, b: { type: 'boolean', short: 'b', multiple: true }, c: { type: 'boolean', short: 'c', multiple: true }, s: { type: 'string', short: 's' }, t: { type: 'string', short: 't', multiple: true } };
const show = (args, extra = {}) => { try { console.log(JSON.stringify(parseArgs({ args, options: opts, strict: false, allowPositionals: true, tokens: true, ...extra }))); } catch (e) { console.log(e.code, e.message); } };
show(['-abc', '-ab', 'x', '-as', 'v', '-asVAL', '-sa', '-ta', '-tb', '--', '-abc', 'y']);
show(['-abs', '--', '-c']); show(['-a', '-b', '-s']); show(['-abcs']); show(['-bas', '-c']);
show(['-abx'], { strict: true }); show(['-sx', '-t', 'y', 'z'], { strict: true });
const big = parseArgs({ args: Array(8000).fill('-abc'), options: opts });
console.log(big.values.a.length, big.values.b.length, big.values.c.length);
