// The JS half of the fallback `process` (mod.rs builds the object and the
// natives in `b`): the live `env` proxy, `exitCode`/`exit()` with Node 20's
// validation, `kill`, `umask`, `cpuUsage`, the static facts (`config`,
// `features`, `versions`, `release`). Behaviour learned from Node's docs and
// from running node 20; none of Node's lib/ is used.
(function (b) {
  'use strict';
  const p = b.process;
  const typeError = (name, expected, value) => b.invalidArgType(name, expected, value);
  const nodeError = (Ctor, code, message) => b.nodeError(Ctor.name, code, message);
  const show = (v) => (typeof v === 'string' ? `'${v}'` : String(v));
  const outOfRange = (name, range, v) =>
    nodeError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "${name}" is out of range. It must be ${range}. Received ${b.received(v)}`);
  const errno = (syscall, rc) => {
    const code = b.errName(rc);
    const e = new Error(`${syscall} ${code}`);
    e.errno = rc;
    e.code = code;
    e.syscall = syscall;
    return e;
  };
  const define = (name, value, enumerable = true) =>
    Object.defineProperty(p, name, { __proto__: null, value, enumerable, writable: true, configurable: true });

  // ----- process.env: every access goes to the real environment ------------------
  // Like Node's, the env object inherits from a prototype of its own (whose
  // `constructor` is not Object), itself inheriting Object.prototype.
  const envProto = Object.create(Object.prototype, {
    constructor: { __proto__: null, value: function env() {}, writable: true, configurable: true, enumerable: false },
  });
  const envTarget = Object.create(envProto);
  // Symbol keys: never stored (Node: reads give undefined, writes throw).
  const noSymbol = () => { throw new TypeError('Cannot convert a Symbol value to a string'); };
  const envHandler = {
    get(t, key) {
      if (typeof key === 'symbol') return undefined;
      const v = b.envGet(key);
      return v !== undefined ? v : Reflect.get(envProto, key);
    },
    set(t, key, value) {
      if (typeof key === 'symbol') noSymbol();
      b.envSet(key, `${value}`);
      return true;
    },
    has(t, key) {
      return typeof key !== 'symbol' && (b.envGet(key) !== undefined || key in envProto);
    },
    deleteProperty(t, key) {
      if (typeof key !== 'symbol') b.envDelete(key);
      return true;
    },
    ownKeys() {
      return b.envKeys();
    },
    getOwnPropertyDescriptor(t, key) {
      const v = typeof key === 'symbol' ? undefined : b.envGet(key);
      if (v === undefined) return undefined;
      return { value: v, writable: true, enumerable: true, configurable: true };
    },
    defineProperty(t, key, desc) {
      if (typeof key === 'symbol') noSymbol();
      if ('get' in desc || 'set' in desc) {
        throw nodeError(TypeError, 'ERR_INVALID_OBJECT_DEFINE_PROPERTY',
          '\'process.env\' does not accept an accessor(getter/setter) descriptor');
      }
      if (!desc.configurable || !desc.writable || !desc.enumerable) {
        throw nodeError(TypeError, 'ERR_INVALID_OBJECT_DEFINE_PROPERTY',
          '\'process.env\' only accepts a configurable, writable, and enumerable data descriptor');
      }
      b.envSet(key, `${desc.value}`);
      return true;
    },
  };
  define('env', new Proxy(envTarget, envHandler));

  // ----- exit code and exit --------------------------------------------------------
  const checkCode = (code) => {
    if (code === undefined || code === null) return;
    if (typeof code === 'string') {
      if (code.trim() !== '' && Number.isInteger(+code)) return;
      throw typeError('code', ['number'], code);
    }
    if (typeof code !== 'number') throw typeError('code', ['number'], code);
    if (!Number.isInteger(code)) throw outOfRange('code', 'an integer', code);
  };
  let exitCode;
  Object.defineProperty(p, 'exitCode', {
    __proto__: null,
    get() { return exitCode; },
    set(v) { checkCode(v); exitCode = v; },
    enumerable: true,
    configurable: false,
  });
  define('_exiting', false);
  const codeNumber = () => (exitCode === undefined || exitCode === null ? 0 : (+exitCode | 0));

  define('exit', function exit(code) {
    if (code !== undefined) p.exitCode = code;
    if (!p._exiting) {
      p._exiting = true;
      p.emit('exit', codeNumber());
    }
    b.reallyExit(codeNumber());
  });
  define('reallyExit', function reallyExit(code) { b.reallyExit(code | 0); });
  define('abort', b.abort);

  // ----- signals --------------------------------------------------------------------
  // A listener for a signal's name watches that signal on the loop (signals.rs);
  // the watcher goes with the last listener. These two listeners are on
  // process from the start, as Node's are.
  const signalOf = (type) => (typeof type === 'string' && type.startsWith('SIG') &&
    Object.hasOwn(b.signals, type) ? b.signals[type] : undefined);
  p.on('newListener', function startListeningIfSignal(type) {
    const num = signalOf(type);
    if (num !== undefined && p.listenerCount(type) === 0) b.signalStart(num, type);
  });
  p.on('removeListener', function stopListeningIfSignal(type) {
    const num = signalOf(type);
    if (num !== undefined && p.listenerCount(type) === 0) b.signalStop(num);
  });
  define('_kill', b.kill);
  define('kill', function kill(pid, sig = 'SIGTERM') {
    // Node's own check: numeric strings pass, the rest must be 32-bit integers.
    // eslint-disable-next-line eqeqeq
    if (pid != (pid | 0)) throw typeError('pid', ['number'], pid);
    let num;
    if (typeof sig === 'number') {
      num = sig;
    } else if (typeof sig === 'string' && Object.hasOwn(b.signals, sig)) {
      num = b.signals[sig];
    } else if (typeof sig === 'string') {
      throw nodeError(TypeError, 'ERR_UNKNOWN_SIGNAL', `Unknown signal: ${sig}`);
    } else {
      throw typeError('signal', ['string', 'number'], sig);
    }
    const rc = p._kill(pid, num);
    if (rc) throw errno('kill', rc);
    return true;
  });

  // ----- credentials ----------------------------------------------------------------
  const idArg = (v, name) => {
    if (typeof v === 'number') {
      if (!Number.isInteger(v)) throw outOfRange(name, 'an integer', v);
      if (v < 0 || v > 4294967295) throw outOfRange(name, '>= 0 && <= 4294967295', v);
      return;
    }
    if (typeof v !== 'string') {
      const e = typeError(name, ['number', 'string'], v);
      e.message = e.message.replace(/must be of type number or string/, 'must be one of type number or string');
      throw e;
    }
  };
  const unknownCred = (what, v) => nodeError(Error, 'ERR_UNKNOWN_CREDENTIAL', `${what} identifier does not exist: ${v}`);
  // The C++-side ErrnoException shape: "EPERM, Operation not permitted".
  const credFailed = (rc, syscall) => {
    const code = b.errName(rc);
    const e = new Error(`${code}, ${b.strError(rc)}`);
    e.errno = -rc;
    e.code = code;
    e.syscall = syscall;
    return e;
  };
  for (const [name, kind] of [['setuid', 'uid'], ['seteuid', 'euid'], ['setgid', 'gid'], ['setegid', 'egid']]) {
    define(name, {
      [name](id) {
        idArg(id, 'id');
        const rc = b.setCred(kind, id);
        if (rc === 1) throw unknownCred(kind.endsWith('gid') ? 'Group' : 'User', id);
        if (rc < 0) throw credFailed(rc, name);
      },
    }[name]);
  }
  define('setgroups', function setgroups(groups) {
    if (!Array.isArray(groups)) throw typeError('groups', ['Array'], groups);
    groups.forEach((g, i) => idArg(g, `groups[${i}]`));
    const rc = b.setGroups(groups);
    if (rc > 0) throw unknownCred('Group', groups[rc - 1]);
    if (rc < 0) throw credFailed(rc, 'setgroups');
  });
  define('initgroups', function initgroups(user, extraGroup) {
    idArg(user, 'user');
    idArg(extraGroup, 'extraGroup');
    const rc = b.initGroups(user, extraGroup);
    if (rc === 1) throw unknownCred('User', user);
    if (rc === 2) throw unknownCred('Group', extraGroup);
    if (rc < 0) throw credFailed(rc, 'initgroups');
  });

  // ----- umask --------------------------------------------------------------------
  define('umask', function umask(mask) {
    if (mask === undefined) return b.umask(-1);
    if (typeof mask === 'string') {
      if (!/^[0-7]+$/.test(mask)) {
        throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
          `The argument 'mask' must be a 32-bit unsigned integer or an octal string. Received ${show(mask)}`);
      }
      mask = parseInt(mask, 8);
    } else if (typeof mask !== 'number') {
      throw typeError('mask', ['number'], mask);
    } else if (!Number.isInteger(mask)) {
      throw outOfRange('mask', 'an integer', mask);
    } else if (mask < 0 || mask > 4294967295) {
      throw outOfRange('mask', '>= 0 && <= 4294967295', mask);
    }
    return b.umask(mask & 0o777);
  });

  // ----- cpuUsage ----------------------------------------------------------------
  define('cpuUsage', function cpuUsage(prev) {
    const [user, system] = b.cpuTimes();
    if (prev === undefined) return { user, system };
    if (prev === null || typeof prev !== 'object') throw typeError('prevValue', ['object'], prev);
    const check = (k) => {
      const v = prev[k];
      if (typeof v !== 'number') throw typeError(`prevValue.${k}`, ['number'], v);
      if (!(v >= 0 && v <= Number.MAX_SAFE_INTEGER)) {
        throw nodeError(RangeError, 'ERR_INVALID_ARG_VALUE', `The property 'prevValue.${k}' is invalid. Received ${v}`);
      }
      return v;
    };
    return { user: user - check('user'), system: system - check('system') };
  });

  // ----- hrtime validation --------------------------------------------------------
  const hrtime = p.hrtime;
  const checkedHrtime = {
    hrtime(time) {
      if (time !== undefined) {
        if (!Array.isArray(time)) throw typeError('time', ['Array'], time);
        if (time.length !== 2) throw outOfRange('time', '2', time.length);
      }
      return hrtime(time);
    },
  }.hrtime;
  checkedHrtime.bigint = hrtime.bigint;
  define('hrtime', checkedHrtime);

  define('memoryUsage', Object.assign(function memoryUsage() { return b.memoryUsage(); }, { rss: b.rss }));
  define('constrainedMemory', function constrainedMemory() { return b.constrainedMemory(); });
  define('availableMemory', function availableMemory() { return b.availableMemory(); });
  // Variables already in the environment win over the file's, as in Node.
  define('loadEnvFile', function loadEnvFile(path = '.env') {
    const fs = b.loadBuiltin('fs');
    if (typeof path !== 'string' && !(path instanceof Uint8Array) && !(path !== null && typeof path === 'object' && path.href !== undefined)) {
      throw typeError('path', ['string', 'Buffer', 'URL'], path);
    }
    const vars = b.loadBuiltin('util').parseEnv(fs.readFileSync(path, 'utf8'));
    for (const k of Object.keys(vars)) {
      if (!Object.prototype.hasOwnProperty.call(p.env, k)) p.env[k] = vars[k];
    }
  });
  define('openStdin', function openStdin() {
    p.stdin.resume();
    return p.stdin;
  });
  define('_tickCallback', function _tickCallback() { b.runJobs(); });

  // ----- uncaught-exception capture (domain-style) ---------------------------------
  let capture = null;
  define('setUncaughtExceptionCaptureCallback', function setUncaughtExceptionCaptureCallback(fn) {
    if (fn === null) { capture = null; return; }
    if (typeof fn !== 'function') throw typeError('fn', ['function', 'null'], fn);
    if (capture !== null) {
      throw nodeError(Error, 'ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
        '`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active');
    }
    capture = fn;
  });
  define('hasUncaughtExceptionCaptureCallback', function hasUncaughtExceptionCaptureCallback() {
    return capture !== null;
  });
  // Used by lifecycle.rs: the capture callback, or null.
  b.captureCallback = () => capture;

  let assertWarned = false;
  define('assert', function assert(value, message) {
    if (!assertWarned) {
      assertWarned = true;
      p.emitWarning('process.assert() is deprecated. Please use the `assert` module instead.',
        'DeprecationWarning', 'DEP0100');
    }
    if (!value) throw nodeError(Error, 'ERR_ASSERTION', message || 'assertion error');
  });
  define('setSourceMapsEnabled', function setSourceMapsEnabled(val) {
    if (typeof val !== 'boolean') throw typeError('val', ['boolean'], val);
  });
  define('getBuiltinModule', function getBuiltinModule(id) {
    if (typeof id !== 'string') throw typeError('id', ['string'], id);
    return b.loadBuiltin(id);
  });
  define('_rawDebug', function _rawDebug(...args) { b.rawDebug(args.map(String).join(' ')); });
  define('_linkedBinding', function _linkedBinding(name) {
    throw nodeError(Error, 'ERR_INVALID_MODULE', `No such binding was linked: ${name}`);
  });
  // Native addons need Node's C++ ABI, which this runtime does not have: the
  // failure packages with optional addons already catch.
  define('dlopen', function dlopen(...args) {
    if (args.length < 2) throw nodeError(TypeError, 'ERR_MISSING_ARGS', 'process.dlopen needs at least 2 arguments');
    throw nodeError(Error, 'ERR_DLOPEN_FAILED', `${args[1]}: native addons are not supported by jsrt-node`);
  });
  // process.binding (DEP0111): the three bindings old packages still read —
  // 'util' (util.types' checks), 'uv' (libuv's error names and codes) and
  // 'constants' — made from the public modules. Node's other bindings are
  // its C++ internals: they fail clearly instead of returning look-alikes.
  const INTERNAL_BINDINGS = new Set(('async_wrap buffer cares_wrap contextify crypto fs fs_event_wrap http_parser icu ' +
    'inspector js_stream natives os pipe_wrap signal_wrap spawn_sync stream_wrap tcp_wrap tls_wrap tty_wrap ' +
    'udp_wrap url v8 zlib').split(' '));
  const UTIL_BINDING_KEYS = ('isExternal isDate isNativeError isRegExp isAsyncFunction isPromise isMap isSet ' +
    'isMapIterator isSetIterator isArrayBuffer isDataView isAnyArrayBuffer isArrayBufferView isTypedArray ' +
    'isUint8Array').split(' ');
  // Node's trace-event phase codes (its constants.trace).
  const TRACE_PHASES = 'BEGIN=66 END=69 COMPLETE=88 INSTANT=73 ASYNC_BEGIN=83 ASYNC_STEP_INTO=84 ' +
    'ASYNC_STEP_PAST=112 ASYNC_END=70 NESTABLE_ASYNC_BEGIN=98 NESTABLE_ASYNC_END=101 ' +
    'NESTABLE_ASYNC_INSTANT=110 FLOW_BEGIN=115 FLOW_STEP=116 FLOW_END=102 METADATA=77 ' +
    'COUNTER=67 SAMPLE=80 CREATE_OBJECT=78 SNAPSHOT_OBJECT=79 DELETE_OBJECT=68 MEMORY_DUMP=118 ' +
    'MARK=82 CLOCK_SYNC=99 ENTER_CONTEXT=40 LEAVE_CONTEXT=41 LINK_IDS=61';
  const boundCache = new Map();
  const bindingMakers = {
    util() {
      const types = b.loadBuiltin('util').types;
      const o = {};
      for (const k of UTIL_BINDING_KEYS) o[k] = types[k];
      return o;
    },
    uv() {
      const util = b.loadBuiltin('util');
      const o = { errname: function errname(err) { return util.getSystemErrorName(err); } };
      for (const [code, [name]] of util.getSystemErrorMap()) o[`UV_${name}`] = code;
      o.getErrorMap = function getErrorMap() { return util.getSystemErrorMap(); };
      return o;
    },
    constants() {
      const notHere = (what) => ({
        enumerable: true,
        configurable: true,
        get() { throw nodeError(Error, 'ERR_NOT_SUPPORTED', `process.binding('constants').${what} is not supported`); },
      });
      const trace = {};
      for (const pair of TRACE_PHASES.split(' ')) {
        const [k, v] = pair.split('=');
        trace[`TRACE_EVENT_PHASE_${k}`] = +v;
      }
      return Object.defineProperties({ os: b.loadBuiltin('os').constants, fs: b.loadBuiltin('fs').constants }, {
        crypto: notHere('crypto'),
        zlib: notHere('zlib'),
        trace: { __proto__: null, value: trace, enumerable: true, writable: true, configurable: true },
      });
    },
  };
  define('binding', function binding(name) {
    const id = `${name}`;
    if (id === 'util') return bindingMakers.util();
    if (Object.prototype.hasOwnProperty.call(bindingMakers, id)) {
      if (!boundCache.has(id)) boundCache.set(id, bindingMakers[id]());
      return boundCache.get(id);
    }
    if (INTERNAL_BINDINGS.has(id)) throw nodeError(Error, 'ERR_NOT_SUPPORTED', `process.binding('${id}') is not supported`);
    throw new Error(`No such module: ${id}`);
  });
  // The library sees its own libuv requests (fs); the host's timers are
  // counted by the host when it registered a counter, its handles not at all.
  define('_getActiveRequests', function _getActiveRequests() { return b.activeRequests(); });
  define('_getActiveHandles', function _getActiveHandles() { return []; });
  define('getActiveResourcesInfo', function getActiveResourcesInfo() {
    const names = b.activeRequests().map((r) => r.constructor.name);
    const host = b.hostResources();
    if (host !== undefined) {
      for (let i = 0; i < host[0]; i++) names.push('Timeout');
      for (let i = 0; i < host[1]; i++) names.push('Immediate');
    }
    return names;
  });

  // ----- static facts ---------------------------------------------------------------
  const ver = b.nodeVersion;
  define('version', `v${ver}`);
  define('versions', {
    node: ver,
    // Engine and libuv behind this process; the keys Node lists for libraries
    // it bundles (v8, openssl, icu, …) are absent because none of them is here.
    uv: b.uvVersion,
    modules: '115',
    napi: '9',
    unicode: '15.1',
    jsrt_node: b.crateVersion,
  });
  define('release', { name: 'node', lts: 'Iron' });
  // ----- allowedNodeEnvironmentFlags: the flags Node 20 takes in NODE_OPTIONS,
  // as `node` lists them, in a Set nobody can change. Lookups accept what Node
  // accepts: `_` for `-`, a leading `--`/`-` left out, a `=value` suffix.
  const NODE_OPTIONS_FLAGS =
    '--abort-on-uncaught-exception --addons --allow-addons --allow-child-process --allow-fs-read --allow-fs-write ' +
    '--allow-wasi --allow-worker --conditions --debug-arraybuffer-allocations --debug-port --deprecation ' +
    '--diagnostic-dir --disable-proto --disable-warning --disable-wasm-trap-handler ' +
    '--disallow-code-generation-from-strings --dns-result-order --enable-etw-stack-walking --enable-fips ' +
    '--enable-network-family-autoselection --enable-source-maps --es-module-specifier-resolution ' +
    '--experimental-abortcontroller --experimental-default-type --experimental-detect-module ' +
    '--experimental-eventsource --experimental-fetch --experimental-global-customevent ' +
    '--experimental-global-webcrypto --experimental-import-meta-resolve --experimental-json-modules ' +
    '--experimental-loader --experimental-modules --experimental-network-imports --experimental-permission ' +
    '--experimental-policy --experimental-print-required-tla --experimental-repl-await --experimental-report ' +
    '--experimental-require-module --experimental-shadow-realm --experimental-specifier-resolution ' +
    '--experimental-top-level-await --experimental-vm-modules --experimental-wasi-unstable-preview1 ' +
    '--experimental-wasm-modules --experimental-websocket --experimental-worker --expose-gc ' +
    '--extra-info-on-fatal-exception --force-async-hooks-checks --force-context-aware --force-fips ' +
    '--force-node-api-uncaught-exceptions-policy --frozen-intrinsics --global-search-paths --heap-prof ' +
    '--heap-prof-dir --heap-prof-interval --heap-prof-name --heapsnapshot-near-heap-limit --heapsnapshot-signal ' +
    '--http-parser --huge-max-old-generation-size --icu-data-dir --import --input-type --insecure-http-parser ' +
    '--inspect --inspect-brk --inspect-port --inspect-publish-uid --inspect-wait --interpreted-frames-native-stack ' +
    '--jitless --loader --max-http-header-size --max-old-space-size --max-semi-space-size --napi-modules ' +
    '--network-family-autoselection --network-family-autoselection-attempt-timeout --no-addons --no-allow-addons ' +
    '--no-allow-child-process --no-allow-wasi --no-allow-worker --no-debug-arraybuffer-allocations ' +
    '--no-deprecation --no-disable-wasm-trap-handler --no-enable-fips --no-enable-source-maps ' +
    '--no-experimental-detect-module --no-experimental-eventsource --no-experimental-fetch ' +
    '--no-experimental-global-customevent --no-experimental-global-webcrypto --no-experimental-import-meta-resolve ' +
    '--no-experimental-network-imports --no-experimental-permission --no-experimental-print-required-tla ' +
    '--no-experimental-repl-await --no-experimental-require-module --no-experimental-shadow-realm ' +
    '--no-experimental-vm-modules --no-experimental-wasm-modules --no-experimental-websocket ' +
    '--no-extra-info-on-fatal-exception --no-force-async-hooks-checks --no-force-context-aware --no-force-fips ' +
    '--no-force-node-api-uncaught-exceptions-policy --no-frozen-intrinsics --no-global-search-paths --no-heap-prof ' +
    '--no-insecure-http-parser --no-inspect --no-inspect-brk --no-inspect-wait --no-network-family-autoselection ' +
    '--no-node-snapshot --no-openssl-legacy-provider --no-openssl-shared-config --no-pending-deprecation ' +
    '--no-preserve-symlinks --no-preserve-symlinks-main --no-report-compact --no-report-exclude-network ' +
    '--no-report-on-fatalerror --no-report-on-signal --no-report-uncaught-exception --no-test-only ' +
    '--no-throw-deprecation --no-tls-max-v1.2 --no-tls-max-v1.3 --no-tls-min-v1.0 --no-tls-min-v1.1 ' +
    '--no-tls-min-v1.2 --no-tls-min-v1.3 --no-trace-atomics-wait --no-trace-deprecation --no-trace-exit ' +
    '--no-trace-promises --no-trace-sigint --no-trace-sync-io --no-trace-tls --no-trace-uncaught ' +
    '--no-trace-warnings --no-track-heap-objects --no-use-bundled-ca --no-use-openssl-ca --no-verify-base-objects ' +
    '--no-warnings --no-watch --no-watch-preserve-output --no-zero-fill-buffers --node-memory-debug ' +
    '--node-snapshot --openssl-config --openssl-legacy-provider --openssl-shared-config --pending-deprecation ' +
    '--perf-basic-prof --perf-basic-prof-only-functions --perf-prof --perf-prof-unwinding-info --policy-integrity ' +
    '--preserve-symlinks --preserve-symlinks-main --prof-process --redirect-warnings --report-compact --report-dir ' +
    '--report-directory --report-exclude-network --report-filename --report-on-fatalerror --report-on-signal ' +
    '--report-signal --report-uncaught-exception --require --secure-heap --secure-heap-min --snapshot-blob ' +
    '--stack-trace-limit --test-only --test-reporter --test-reporter-destination --test-shard --throw-deprecation ' +
    '--title --tls-cipher-list --tls-keylog --tls-max-v1.2 --tls-max-v1.3 --tls-min-v1.0 --tls-min-v1.1 ' +
    '--tls-min-v1.2 --tls-min-v1.3 --trace-atomics-wait --trace-deprecation --trace-event-categories ' +
    '--trace-event-file-pattern --trace-events-enabled --trace-exit --trace-promises --trace-require-module ' +
    '--trace-sigint --trace-sync-io --trace-tls --trace-uncaught --trace-warnings --track-heap-objects ' +
    '--unhandled-rejections --use-bundled-ca --use-largepages --use-openssl-ca --v8-pool-size ' +
    '--verify-base-objects --warnings --watch --watch-path --watch-preserve-output --zero-fill-buffers -C -r ';
  function nodeOptionsFlags() {
    const list = new Set(NODE_OPTIONS_FLAGS.trim().split(/\s+/));
    const canonical = new Set();
    for (const f of list) canonical.add(f.startsWith('--') ? `--${f.slice(2).replace(/_/g, '-')}` : f);
    const known = (name) => canonical.has(name);
    class NodeEnvironmentFlagsSet extends Set {
      add() { return this; }
      delete() { return false; }
      clear() {}
      has(flag) {
        if (typeof flag !== 'string') return false;
        const eq = flag.indexOf('=');
        const key = eq === -1 ? flag : flag.slice(0, eq);
        if (key.startsWith('---')) return false;
        if (key.startsWith('--')) return known(`--${key.slice(2).replace(/_/g, '-')}`);
        if (key.startsWith('-')) return known(key);
        return known(`--${key.replace(/_/g, '-')}`) || known(`-${key}`);
      }
      get size() { return list.size; }
      forEach(callback, thisArg) {
        for (const f of list) Reflect.apply(callback, thisArg, [f, f, this]);
      }
      entries() { return list.entries(); }
      keys() { return list.keys(); }
      values() { return list.values(); }
      [Symbol.iterator]() { return list.values(); }
    }
    return Object.freeze(new NodeEnvironmentFlagsSet());
  }
  let flagSet;
  Object.defineProperty(p, 'allowedNodeEnvironmentFlags', {
    __proto__: null,
    get() { return (flagSet ??= nodeOptionsFlags()); },
    set(value) {
      Object.defineProperty(this, 'allowedNodeEnvironmentFlags', { __proto__: null, value, writable: true, enumerable: true, configurable: true });
    },
    enumerable: true,
    configurable: true,
  });
  define('features', {
    inspector: false,
    debug: false,
    uv: true,
    ipv6: true,
    tls_alpn: false,
    tls_sni: false,
    tls_ocsp: false,
    tls: false,
    cached_builtins: true,
  });
  const deepFreeze = (o) => {
    for (const v of Object.values(o)) if (v && typeof v === 'object') deepFreeze(v);
    return Object.freeze(o);
  };
  define('config', deepFreeze({
    target_defaults: {
      cflags: [],
      default_configuration: 'Release',
      defines: [],
      include_dirs: [],
      libraries: [],
    },
    variables: {
      asan: 0,
      host_arch: p.arch,
      target_arch: p.arch,
      node_module_version: 115,
      node_prefix: '/usr/local',
      node_shared: false,
      node_shared_libuv: true,
      node_shared_openssl: false,
      node_use_openssl: false,
      node_use_v8_platform: false,
      node_use_node_code_cache: false,
      node_builtin_shareable_builtins: [],
      v8_enable_i18n_support: 0,
      v8_enable_inspector: 0,
      icu_small: false,
      napi_build_version: '9',
      jsrt_node_engine: b.engineName,
    },
  }));
})
