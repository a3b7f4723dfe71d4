const util = require('util');
const L = (...a) => console.log(...a);
const E = (f) => { try { const r = f(); L('ok', typeof r === 'string' ? JSON.stringify(r) : r); } catch (e) { L([e.name, e.code, e.message]); } };
// parseArgs
const P = (cfg) => E(() => util.parseArgs(cfg));
P({ args: ['-f', '--bar', 'b'], options: { foo: { type: 'boolean', short: 'f' }, bar: { type: 'string' } } });
P({ args: ['-abc', 'x'], options: { a: { type: 'boolean', short: 'a' }, b: { type: 'boolean', short: 'b' }, c: { type: 'string', short: 'c' } } });
P({ args: ['-ab', 'x'], options: { a: { type: 'boolean', short: 'a' }, b: { type: 'string', short: 'b' } } });
P({ args: ['--foo=1', '--foo', '2'], options: { foo: { type: 'string', multiple: true } } });
P({ args: ['pos', '--', '--x'], allowPositionals: true, options: {} });
P({ args: ['pos'], options: {} });
P({ args: ['--unknown'], options: {} });
P({ args: ['--unknown'], options: {}, allowPositionals: true });
P({ args: ['--unknown', '-u', 'x'], strict: false });
P({ args: ['--str'], options: { str: { type: 'string' } } });
P({ args: ['--bool=v'], options: { bool: { type: 'boolean' } } });
P({ args: ['--str', '-x'], options: { str: { type: 'string' } } });
P({ args: ['-s', '-x'], options: { str: { type: 'string', short: 's' } } });
P({ args: ['--no-color'], options: { color: { type: 'boolean' } }, allowNegative: true });
P({ args: ['--no-color'], options: { color: { type: 'string' } }, allowNegative: true });
P({ args: [], options: { a: { type: 'string', default: 'dflt' }, b: { type: 'boolean', default: false }, m: { type: 'string', multiple: true, default: ['x'] } } });
P({ args: ['-f', 'x', '--', 'y'], options: { f: { type: 'boolean' } }, tokens: true, allowPositionals: true });
P({ args: 'nope' }); P({ args: [], strict: 1 }); P({ args: [], options: { a: { type: 'number' } } }); P({ args: [], options: { a: { type: 'string', short: 'ab' } } });
P({ args: [], options: { a: { type: 'string', multiple: 1 } } }); P({ args: [], options: { a: { type: 'string', default: 1 } } }); P({ args: [], options: { a: { type: 'string', multiple: true, default: [1] } } });
P({ args: [], options: { a: 5 } }); P({ args: [], options: 5 }); P({ args: ['--__proto__'], strict: false });
// parseEnv
L(util.parseEnv('B=1\nA=2\n# c\nexport C = "x\\ny" \nD=\'q\' # x\nE=val # comment\nF\nG=\n  H  =  spaced  '));
L(util.parseEnv(''), util.parseEnv('A="quoted"\nB=`back`\nC=\'single\'\nD="unterminated\nE=e'));
E(() => util.parseEnv(1));
// styleText
L(JSON.stringify(util.styleText('red', 'x')), JSON.stringify(util.styleText(['red', 'bold'], 'x')), JSON.stringify(util.styleText('red', 'x', { validateStream: false })), JSON.stringify(util.styleText('bgBlue', 'y', { validateStream: false })));
E(() => util.styleText('nope', 'x')); E(() => util.styleText('red', 1)); E(() => util.styleText('red', 'x', { validateStream: 1 })); E(() => util.styleText('red', 'x', { stream: {} })); E(() => util.styleText(['red', 'nah'], 'x'));
// strings
L(JSON.stringify(util.stripVTControlCharacters('\u001b[31mred\u001b[39m \u001b]8;;http://x\u0007link\u001b]8;;\u0007 \u009b1mx')), JSON.stringify(util.toUSVString('a\ud800b\udc00')), util.toUSVString(12));
E(() => util.stripVTControlCharacters(1)); E(() => util.toUSVString(Symbol('x')));
// system errors
L(util.getSystemErrorName(-2), util.getSystemErrorName(-13), util.getSystemErrorName(-4095), util.getSystemErrorName(-3008), util.getSystemErrorName(-99999));
E(() => util.getSystemErrorName('x')); E(() => util.getSystemErrorName(1)); E(() => util.getSystemErrorName(-1.5)); E(() => util.getSystemErrorName(0));
const m = util.getSystemErrorMap(); L(m.size, m.get(-2), [...m.keys()].slice(0, 10), [...m.keys()].slice(-5), [...m.values()].slice(-3));
L(util._errnoException(-2, 'open', 'x'), util._errnoException(-13, 'read'));
const ewh = util._exceptionWithHostPort(-111, 'connect', '127.0.0.1', 80, 'y');
L(ewh.message, ewh.code, ewh.errno, ewh.syscall, ewh.address, ewh.port, Object.keys(ewh), ewh instanceof Error, ewh.constructor === Error);
L(util._exceptionWithHostPort(-98, 'listen', '::').message, util._exceptionWithHostPort(-98, 'listen', undefined, 0).message);
// debuglog
const dl = util.debuglog('mytest'); L(typeof dl, dl.enabled, dl.name, Object.keys(dl)); dl('not printed %s', 1);
let cbCalled = false; const dl2 = util.debuglog('other', () => { cbCalled = true; }); dl2('x'); L(cbCalled);
// misc
L(util.isBuffer(Buffer.alloc(1)), util.isBuffer(new Uint8Array(1)), util.isBuffer('x'));

L(typeof util.aborted, typeof util.transferableAbortSignal, typeof util.transferableAbortController);
const ac = new AbortController(); L(util.transferableAbortSignal(ac.signal) instanceof AbortSignal, util.transferableAbortController() instanceof AbortController);
E(() => util.transferableAbortSignal({}));
util.aborted(ac.signal, {}).then(() => L('aborted resolved'));
util.aborted(undefined, {}).catch((e) => L('aborted rejects', e.code));
util.aborted(ac.signal, null).catch((e) => L('aborted resource', e.code, e.message));
ac.abort();
// debuglog's callback gets the section's writer: a no-op named `noop` when the section is off
util.debuglog('jsrt_off_section', (fn) => L('debuglog cb', typeof fn, fn.name))('x');
L(ewh.stack.split("\n")[0], util._errnoException(-2, 'open').stack);
