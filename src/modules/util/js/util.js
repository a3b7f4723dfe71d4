// The parts of node:util that have to be JS functions: wrappers that keep
// `this` and `new.target` (promisify, callbackify, deprecate), debuglog's
// loggers that decide on first use, styleText, log, the legacy error
// factories, the AbortSignal helpers and the export object's accessors
// (MIMEType/MIMEParams live in mime.js, parseArgs in parse_args.js).
// Written for this library from Node 20's documentation and observed output;
// `host` brings the natives (format, inspect, Node error builders).
(function (host) {
  'use strict';
  const define = Object.defineProperty;
  const descriptorsOf = Object.getOwnPropertyDescriptors;
  const protoOf = Object.getPrototypeOf;
  const setProto = Object.setPrototypeOf;
  const apply = Reflect.apply;
  const { format, formatWithOptions, inspect } = host;
  const proc = () => host.process();

  const needFunction = (v, name) => {
    if (typeof v !== 'function') throw host.invalidArgType(name, 'Function', v);
  };
  const needString = (v, name) => {
    if (typeof v !== 'string') throw host.invalidArgType(name, 'string', v);
  };

  // Copies every own property of `from` onto `to` as it is (descriptors are
  // made null-prototype so an Object.prototype getter cannot leak into them).
  function copyOwn(to, from, edit) {
    const all = descriptorsOf(from);
    for (const key of Reflect.ownKeys(all)) setProto(all[key], null);
    if (edit) edit(all);
    return Object.defineProperties(to, all);
  }

  // ----- promisify ---------------------------------------------------------------

  const PROMISIFIED = Symbol.for('nodejs.util.promisify.custom');
  // Set by the library's own callback APIs that answer with several values
  // (their names become the keys of the resolved object).
  const RESULT_NAMES = host.customPromisifyArgs;

  function markPromisified(f) {
    return define(f, PROMISIFIED, {
      __proto__: null, value: f, writable: false, enumerable: false, configurable: true,
    });
  }

  function promisify(original) {
    needFunction(original, 'original');
    const custom = original[PROMISIFIED];
    if (custom) {
      needFunction(custom, 'util.promisify.custom');
      return markPromisified(custom);
    }
    const names = original[RESULT_NAMES];
    function fn(...args) {
      return new Promise((resolve, reject) => {
        args.push((err, ...results) => {
          if (err) {
            reject(err);
          } else if (names === undefined || results.length < 2) {
            resolve(results[0]);
          } else {
            const named = {};
            names.forEach((key, i) => { named[key] = results[i]; });
            resolve(named);
          }
        });
        apply(original, this, args);
      });
    }
    setProto(fn, protoOf(original));
    markPromisified(fn);
    return copyOwn(fn, original);
  }
  promisify.custom = PROMISIFIED;

  // ----- callbackify ---------------------------------------------------------------

  // A callback reads a falsy first argument as success, so a falsy rejection
  // reason travels wrapped in an error that keeps it as `reason`.
  function rejectionToCallback(reason, cb) {
    let err = reason;
    if (!err) {
      err = host.nodeError('Error', 'ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value');
      err.reason = reason;
    }
    return cb(err);
  }

  function callbackify(original) {
    needFunction(original, 'original');
    function callbackified(...args) {
      const last = args.pop();
      needFunction(last, 'last argument');
      const cb = last.bind(this);
      apply(original, this, args).then(
        (value) => proc().nextTick(cb, null, value),
        (reason) => proc().nextTick(rejectionToCallback, reason, cb));
    }
    return copyOwn(callbackified, original, (all) => {
      if (typeof all.length.value === 'number') all.length.value += 1;
      if (typeof all.name.value === 'string') all.name.value += 'Callbackified';
    });
  }

  // ----- deprecate -------------------------------------------------------------------

  // Codes already warned about: each code warns once per process, whatever
  // function carries it.
  const warnedCodes = new Set();

  // (Node's fourth parameter only picks a synchronous emit, which is all this
  // library has.)
  function deprecate(fn, msg, code, useEmitSync) { // eslint-disable-line no-unused-vars
    if (code !== undefined) needString(code, 'code');
    let done = false;
    function deprecated(...args) {
      const p = proc();
      if (!done && !p.noDeprecation) {
        done = true;
        if (code === undefined) {
          p.emitWarning(msg, 'DeprecationWarning', deprecated);
        } else if (!warnedCodes.has(code)) {
          warnedCodes.add(code);
          p.emitWarning(msg, 'DeprecationWarning', code, deprecated);
        }
      }
      return new.target ? Reflect.construct(fn, args, new.target) : apply(fn, this, args);
    }
    setProto(deprecated, fn);
    if (fn.prototype) deprecated.prototype = fn.prototype;
    return deprecated;
  }

  // ----- colours: styleText and the decision debuglog shares ---------------------------

  function wantsColor(stream) {
    const forced = proc().env?.FORCE_COLOR;
    if (forced !== undefined) return ['', '1', 'true', '2', '3'].includes(forced);
    if (!stream?.isTTY) return stream?.isTTY;
    return typeof stream.getColorDepth !== 'function' || stream.getColorDepth() > 2;
  }

  const fn = (o, k) => typeof o[k] === 'function';
  const looksLikeNodeStream = (s) =>
    !!s && !!(s._readableState || s._writableState || (fn(s, 'on') && (fn(s, 'write') || fn(s, 'pipe'))));
  const looksLikeWebStream = (s) => !!s && !looksLikeNodeStream(s) && (
    (fn(s, 'pipeThrough') && fn(s, 'getReader') && fn(s, 'cancel')) || (fn(s, 'getWriter') && fn(s, 'abort')));

  function styleFor(name) {
    const pair = inspect.colors[name];
    if (pair == null) {
      const known = Object.keys(inspect.colors).map((k) => `'${k}'`).join(', ');
      throw host.invalidArgValue('format', name, `must be one of: ${known}`);
    }
    return pair;
  }
  const sgr = (n) => `\u001b[${n}m`;

  function styleText(format, text, { validateStream = true, stream = proc().stdout } = {}) {
    needString(text, 'text');
    if (typeof validateStream !== 'boolean') {
      throw host.invalidArgType('options.validateStream', 'boolean', validateStream);
    }
    if (validateStream) {
      // The host's own stdout/stderr are plain writers: they count as streams.
      const p = proc();
      if (stream !== p.stdout && stream !== p.stderr && !looksLikeNodeStream(stream) && !looksLikeWebStream(stream)) {
        throw host.invalidArgType('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
      }
    }
    if (Array.isArray(format)) {
      // Node 20 applies a list of formats without asking the stream.
      let open = '';
      let close = '';
      for (const name of format) {
        const pair = styleFor(name);
        open += sgr(pair[0]);
        close = sgr(pair[1]) + close;
      }
      return open + text + close;
    }
    const pair = styleFor(format);
    if (validateStream && !(stream && wantsColor(stream))) return text;
    return sgr(pair[0]) + text + sgr(pair[1]);
  }

  // ----- debuglog ---------------------------------------------------------------------

  // NODE_DEBUG as the process started: a comma list of section names, `*`
  // matching anything, compared without case.
  let sectionFilter = null;
  function sectionEnabled(section) {
    if (sectionFilter === null) {
      const spec = host.nodeDebug;
      if (!spec) {
        sectionFilter = /(?!)/;
      } else {
        const alternatives = spec.split(',').map((part) =>
          part.split('*').map((lit) => lit.replace(/[|\\{}()[\]^$+?.]/g, '\\$&')).join('.*'));
        sectionFilter = new RegExp(`^(?:${alternatives.join('|')})$`, 'i');
      }
    }
    return sectionFilter.test(section);
  }

  // One writer per section, shared by every logger made for it; a disabled
  // section's is a no-op (named `noop`, as the one Node hands to the callback).
  const writers = new Map();
  const noop = () => {};
  function writerFor(section, on) {
    let w = writers.get(section);
    if (w !== undefined) return w;
    if (!on) {
      w = noop;
    } else {
      const p = proc();
      if (section === 'HTTP' || section === 'HTTP2') {
        p.emitWarning(`Setting the NODE_DEBUG environment variable to '${section.toLowerCase()}' ` +
          'can expose sensitive data (such as passwords, tokens and authentication headers) ' +
          'in the resulting log.');
      }
      const pid = p.pid;
      w = function debug(...args) {
        const colors = !!wantsColor(p.stderr);
        p.stderr.write(format('%s %s: %s\n', section, inspect(pid, { colors }), formatWithOptions({ colors }, ...args)));
      };
    }
    writers.set(section, w);
    return w;
  }

  function debuglog(set, cb) {
    let section;
    let on;
    const decide = () => {
      if (section === undefined) {
        section = set.toUpperCase();
        on = sectionEnabled(section);
      }
      return on;
    };
    let write = null;
    const logger = (...args) => {
      if (write === null) {
        decide();
        write = writerFor(section, on);
        if (typeof cb === 'function') cb(write);
      }
      return write(...args);
    };
    define(logger, 'enabled', { __proto__: null, get() { return decide(); }, enumerable: true, configurable: true });
    return logger;
  }

  // ----- log --------------------------------------------------------------------------

  const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
  function log(...args) {
    const now = new Date();
    const two = (n) => (n < 10 ? `0${n}` : `${n}`);
    const clock = `${two(now.getHours())}:${two(now.getMinutes())}:${two(now.getSeconds())}`;
    globalThis.console.log('%s - %s', `${now.getDate()} ${MONTHS[now.getMonth()]} ${clock}`, format(...args));
  }

  // ----- _errnoException, _exceptionWithHostPort ----------------------------------------

  // Node's legacy system errors: subclasses of Error whose prototype answers
  // `constructor` with Error itself.
  function systemErrorClass(name, describe) {
    const C = class extends Error {
      constructor(errno, syscall, ...more) {
        const code = host.getSystemErrorName(errno);
        super(`${syscall} ${code}${describe(more)}`);
        this.errno = errno;
        this.code = code;
        this.syscall = syscall;
        // V8's first stack line (`Error: <message>`) above the frames.
        host.headStack(this);
      }
    };
    const get = () => Error;
    define(get, 'name', { __proto__: null, value: 'get constructor' });
    define(C.prototype, 'constructor', { __proto__: null, get, enumerable: false, configurable: true });
    define(C, 'name', { __proto__: null, value: name });
    return C;
  }

  const ErrnoError = systemErrorClass('ErrnoException', ([detail]) => (detail ? ` ${detail}` : ''));
  const HostPortError = systemErrorClass('ExceptionWithHostPort', ([address, port, local]) => {
    let where = port && port > 0 ? ` ${address}:${port}` : (address ? ` ${address}` : '');
    if (local) where += ` - Local (${local})`;
    return where;
  });

  function _errnoException(...args) {
    const e = new ErrnoError(...args);
    // Node makes this one without stack frames.
    define(e, 'stack', {
      __proto__: null, value: `Error: ${e.message}`, writable: true, enumerable: false, configurable: true,
    });
    return e;
  }

  function _exceptionWithHostPort(...args) {
    const e = new HostPortError(...args);
    const [, , address, port] = args;
    e.address = address;
    if (port) e.port = port;
    return e;
  }

  // ----- AbortSignal helpers --------------------------------------------------------------

  function transferableAbortSignal(signal) {
    const Signal = globalThis.AbortSignal;
    if (typeof Signal !== 'function' || !(signal instanceof Signal)) {
      throw host.invalidArgType('signal', 'AbortSignal', signal);
    }
    // Without workers or message ports every signal is as transferable as it gets.
    return signal;
  }

  function transferableAbortController() {
    const Controller = globalThis.AbortController;
    if (typeof Controller !== 'function') throw host.notSupported('util.transferableAbortController');
    return new Controller();
  }

  async function aborted(signal, resource) {
    if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
      throw host.invalidArgType('signal', 'AbortSignal', signal);
    }
    if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
      throw host.invalidArgType('resource', 'Object', resource);
    }
    // A settled promise, not a plain return: Node's answer arrives a tick later.
    if (signal.aborted) return Promise.resolve();
    return new Promise((done) => signal.addEventListener('abort', () => done(), { once: true }));
  }

  // ----- accessors on the export object -----------------------------------------------------

  // Plain getters, as Node's export object literal has (`get aborted() {}`).
  function defineGetters(target) {
    const shown = { transferableAbortSignal, transferableAbortController, aborted };
    for (const key of Object.keys(shown)) {
      const get = () => shown[key];
      define(get, 'name', { __proto__: null, value: `get ${key}` });
      define(target, key, { __proto__: null, get, enumerable: true, configurable: true });
    }
  }

  // An export loaded on first read: the accessor pair turns itself into a
  // data property, on read or on write.
  function defineLazy(target, key, load) {
    const settle = (value) => define(target, key, { __proto__: null, value, writable: true });
    const pair = {
      get() {
        const value = load();
        settle(value);
        return value;
      },
      set(value) { settle(value); },
    };
    define(pair.get, 'name', { __proto__: null, value: `get ${key}` });
    define(pair.set, 'name', { __proto__: null, value: `set ${key}` });
    define(target, key, { __proto__: null, get: pair.get, set: pair.set, enumerable: true, configurable: true });
  }

  return {
    promisify, callbackify, deprecate, styleText, debuglog, log, _errnoException, _exceptionWithHostPort,
    defineGetters, defineLazy,
  };
})
