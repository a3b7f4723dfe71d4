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
    Object.defineProperty(p, name, { value, enumerable, writable: true, configurable: true });

  // ----- process.env: every access goes to the real environment ------------------
  const envTarget = {};
  const envHandler = {
    get(t, key) {
      if (typeof key === 'symbol') return t[key];
      const v = b.envGet(key);
      return v === undefined && !(key in t) ? undefined : (v === undefined ? t[key] : v);
    },
    set(t, key, value) {
      if (typeof key === 'symbol') { t[key] = value; return true; }
      b.envSet(key, `${value}`);
      return true;
    },
    has(t, key) {
      if (typeof key === 'symbol') return key in t;
      return b.envGet(key) !== undefined || key in t;
    },
    deleteProperty(t, key) {
      if (typeof key === 'symbol') return delete t[key];
      b.envDelete(key);
      return true;
    },
    ownKeys(t) {
      return [...b.envKeys(), ...Object.getOwnPropertySymbols(t)];
    },
    getOwnPropertyDescriptor(t, key) {
      if (typeof key === 'symbol') return Object.getOwnPropertyDescriptor(t, key);
      const v = b.envGet(key);
      if (v === undefined) return undefined;
      return { value: v, writable: true, enumerable: true, configurable: true };
    },
    defineProperty(t, key, desc) {
      if (typeof key === 'symbol') { Object.defineProperty(t, key, desc); return true; }
      const dataOk = desc.configurable && desc.writable && desc.enumerable && !('get' in desc) && !('set' in desc);
      if (!dataOk) {
        throw nodeError(TypeError, 'ERR_INVALID_OBJECT_DEFINE_PROPERTY',
          '\'process.env\' only accepts a configurable, writable, and enumerable data descriptor');
      }
      if (!('value' in desc)) {
        throw nodeError(TypeError, 'ERR_INVALID_OBJECT_DEFINE_PROPERTY',
          '\'process.env\' does not accept an accessor(getter/setter) descriptor');
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
    get() { return exitCode; },
    set(v) { checkCode(v); exitCode = v; },
    enumerable: true,
    configurable: false,
  });
  define('_exiting', false, false);
  const codeNumber = () => (exitCode === undefined || exitCode === null ? 0 : (+exitCode | 0));

  define('exit', function exit(code) {
    if (code !== undefined) p.exitCode = code;
    if (!p._exiting) {
      p._exiting = true;
      p.emit('exit', codeNumber());
    }
    b.reallyExit(codeNumber());
  });
  define('reallyExit', function reallyExit(code) { b.reallyExit(code | 0); }, false);
  define('abort', function abort() { b.abort(); });

  // ----- signals --------------------------------------------------------------------
  define('kill', function kill(pid, sig = 'SIGTERM') {
    if (typeof pid !== 'number' || pid !== (pid | 0)) throw typeError('pid', ['number'], pid);
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
    const rc = b.kill(pid, num);
    if (rc !== 0) throw errno('kill', rc);
    return true;
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
  const checkedHrtime = function hrtime(time) {
    if (time !== undefined) {
      if (!Array.isArray(time)) throw typeError('time', ['Array'], time);
      if (time.length !== 2) throw outOfRange('time', '2', time.length);
    }
    return hrtime(time);
  };
  checkedHrtime.bigint = hrtime.bigint;
  define('hrtime', checkedHrtime);

  define('memoryUsage', Object.assign(function memoryUsage() { return b.memoryUsage(); }, { rss: b.rss }));

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

  define('_rawDebug', function _rawDebug(...args) { b.rawDebug(args.map(String).join(' ')); }, false);
  define('getActiveResourcesInfo', function getActiveResourcesInfo() { return []; });

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
    require_module: false,
  });
  define('config', {
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
  });
})
