// Shapes, types and validation of the process API (no machine facts printed).
const t = (f) => { try { return JSON.stringify(f()); } catch (e) { return `${e.name} ${e.code} ${e.message}`; } };
const types = (o, keys) => keys.map((k) => `${k}:${typeof o[k]}`).join(' ');
console.log(types(process, ['title', 'version', 'versions', 'arch', 'platform', 'release', 'argv', 'execArgv',
  'argv0', 'execPath', 'pid', 'ppid', 'env', 'config', 'features', 'exitCode', 'cwd', 'chdir', 'umask', 'uptime',
  'hrtime', 'memoryUsage', 'cpuUsage', 'resourceUsage', 'kill', 'abort', 'exit', 'getuid', 'geteuid', 'getgid',
  'getegid', 'getgroups', 'nextTick', 'emitWarning', 'on', 'emit']));
console.log(process.version === `v${process.versions.node}`, /^v20\.\d+\.\d+$/.test(process.version));
console.log(typeof process.versions.uv, process.release.name, typeof process.release.lts);
console.log(Object.keys(process.config), Object.isFrozen(process.config), Object.isFrozen(process.config.variables));
console.log(types(process.config.target_defaults, ['cflags', 'default_configuration', 'defines', 'include_dirs', 'libraries']));
console.log('v8_enable_i18n_support' in process.config.variables, 'node_shared_openssl' in process.config.variables);
console.log(t(() => { process.config.variables = 42; }));
console.log(['inspector', 'debug', 'uv', 'ipv6', 'tls_alpn', 'tls_sni', 'tls_ocsp', 'tls', 'cached_builtins']
  .every((k) => typeof process.features[k] === 'boolean'));
console.log(process.argv.length >= 2, process.argv.every((a) => typeof a === 'string'), Array.isArray(process.execArgv));
console.log(Number.isInteger(process.pid) && process.pid > 0, Number.isInteger(process.ppid), process.pid !== process.ppid);
console.log(process instanceof process.constructor, process instanceof require('events'));

// ids
for (const f of ['getuid', 'geteuid', 'getgid', 'getegid']) console.log(f, Number.isInteger(process[f]()));
console.log(Array.isArray(process.getgroups()), process.getgroups().every(Number.isInteger));
console.log(t(() => process.setuid({})));
console.log(t(() => process.setuid(-1)));
console.log(t(() => process.setgid('no-such-group-jsrt-node')));
console.log(t(() => process.setgroups({})));
console.log(t(() => process.initgroups('no-such-user-jsrt-node', 'no-such-group-jsrt-node')));

// umask
const old = process.umask(0o027);
console.log(typeof old, process.umask(), process.umask('022'), process.umask());
process.umask(old);
console.log(t(() => process.umask('abc')));
console.log(t(() => process.umask({})));
console.log(t(() => process.umask(-1)));
console.log(t(() => process.umask(1.5)));

// cwd / chdir
const start = process.cwd();
process.chdir('..');
console.log(require('path').relative(process.cwd(), start));
process.chdir(start);
console.log(process.cwd() === start);
console.log(t(() => process.chdir(1)));
console.log(t(() => { try { process.chdir('does-not-exist-jsrt'); } catch (e) { return [e.code, e.syscall, e.errno < 0, e.message.startsWith('ENOENT: no such file or directory, chdir ')]; } }));

// timing and resources
const hr = process.hrtime();
console.log(hr.length, hr.every(Number.isInteger), hr[1] < 1e9);
const d = process.hrtime(hr);
console.log(d[0] >= 0, d[1] >= 0);
console.log(typeof process.hrtime.bigint(), process.hrtime.bigint() <= process.hrtime.bigint());
console.log(t(() => process.hrtime(1)));
console.log(t(() => process.hrtime([1])));
console.log(typeof process.uptime(), process.uptime() >= 0);
console.log(Object.keys(process.memoryUsage()), process.memoryUsage().rss > 0, typeof process.memoryUsage.rss());
console.log(Object.keys(process.cpuUsage()), process.cpuUsage().user >= 0);
console.log(Object.keys(process.cpuUsage(process.cpuUsage())));
console.log(t(() => process.cpuUsage(1)));
console.log(t(() => process.cpuUsage({ user: -1, system: 0 })));
console.log(Object.keys(process.resourceUsage()));
console.log(Object.values(process.resourceUsage()).every((v) => typeof v === 'number'));

// signals
console.log(process.kill(process.pid, 0));
console.log(t(() => process.kill('x')));
console.log(t(() => process.kill(process.pid, 'SIGFOO')));
console.log(process.abort.prototype, t(() => new process.abort()).startsWith('TypeError'));

// exit code validation
console.log(t(() => { process.exitCode = 'a'; }));
console.log(t(() => { process.exitCode = 1.5; }));
console.log(t(() => { process.exitCode = '2'; return process.exitCode; }));
console.log(t(() => { process.exitCode = null; return process.exitCode; }));
process.exitCode = undefined;
console.log(t(() => process.exit('a')));
