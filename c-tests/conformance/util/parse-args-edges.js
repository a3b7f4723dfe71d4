// parseArgs corner cases, checked against node: '-' inside a short group ends options,
// '--=a=b' names the option by the first '=', non-string arguments are positionals,
// negation of options that are or are not declared, a short letter shared by two options.
const { parseArgs } = require('util');
const show = (cfg) => { try { console.log(JSON.stringify(parseArgs(cfg))); } catch (e) { console.log(e.name, e.code, e.message); } };
show({ args: ['-a-b', 'x'], strict: false, tokens: true });
show({ args: ['-a-xyz'], strict: false, tokens: true, options: { dash: { type: 'string', short: '-' } } });
show({ args: ['--=a=b', '---', '--a=b=c', '-', '--'], strict: false, tokens: true });
show({ args: [1, 2, '-a'], strict: false, allowPositionals: true, tokens: true });
show({ args: ['--no-x', '--no-y=1', '--no-z'], allowNegative: true, strict: false, tokens: true, options: { x: { type: 'boolean' }, 'no-z': { type: 'boolean' } } });
show({ args: ['--no-x=1'], allowNegative: true, options: { x: { type: 'boolean' } } });
show({ args: ['--no-s'], allowNegative: true, options: { s: { type: 'string' } } });
show({ args: ['-q', 'v'], options: { first: { type: 'string', short: 'q' }, second: { type: 'boolean', short: 'q' } }, tokens: true });
show({ args: ['-s', '-x'], options: { s: { type: 'string', short: 's' } } });
show({ args: ['--s', '-x'], options: { s: { type: 'string' } } });
show({ args: ['-s-x', '--s=-x'], options: { s: { type: 'string', short: 's' } }, tokens: true });
show({ args: ['--m', 'a', '-m', 'b', '-mc'], options: { m: { type: 'string', short: 'm', multiple: true, default: ['d'] } } });
show({ args: [], options: { m: { type: 'boolean', multiple: true, default: [true, 1] } } });
show({ args: ['x'], strict: true, allowPositionals: false });
show({ args: ['--x'], strict: true, allowPositionals: true });
show({ args: null, options: null, strict: null, tokens: null, allowNegative: null, allowPositionals: null });
show({ args: ['-ab'], options: { a: { type: 'boolean', short: 'a' } }, strict: true });
