// node:util pieces that are JS-shaped in Node and stay JS here: wrappers that
// must be constructible or bind `this`/`new.target` (deprecate, promisify,
// callbackify), debuglog's lazy loggers, styleText, the AbortSignal helpers
// and the lazily defined exports. Written for this library after Node 20's
// lib/util.js and lib/internal/util.js; natives come in through `b`.
(function (b) {
  'use strict';
  const {
    ObjectDefineProperty, ObjectDefineProperties, ObjectGetOwnPropertyDescriptors,
    ObjectGetPrototypeOf, ObjectSetPrototypeOf, ObjectValues, ObjectKeys,
  } = {
    ObjectDefineProperty: Object.defineProperty,
    ObjectDefineProperties: Object.defineProperties,
    ObjectGetOwnPropertyDescriptors: Object.getOwnPropertyDescriptors,
    ObjectGetPrototypeOf: Object.getPrototypeOf,
    ObjectSetPrototypeOf: Object.setPrototypeOf,
    ObjectValues: Object.values,
    ObjectKeys: Object.keys,
  };
  const ReflectApply = Reflect.apply;
  const ReflectConstruct = Reflect.construct;
  const ArrayIsArray = Array.isArray;
  const SafeSet = Set;
  const PromiseCtor = Promise;
  const { format, formatWithOptions, inspect } = b;
  const proc = () => b.process();

  const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
  const kCustomPromisifyArgsSymbol = b.customPromisifyArgs;

  function validateFunction(value, name) {
    if (typeof value !== 'function') throw b.invalidArgType(name, 'Function', value);
  }
  function validateString(value, name) {
    if (typeof value !== 'string') throw b.invalidArgType(name, 'string', value);
  }
  function validateBoolean(value, name) {
    if (typeof value !== 'boolean') throw b.invalidArgType(name, 'boolean', value);
  }

  // ----- promisify / callbackify ------------------------------------------------

  function promisify(original) {
    validateFunction(original, 'original');
    if (original[kCustomPromisifiedSymbol]) {
      const fn = original[kCustomPromisifiedSymbol];
      validateFunction(fn, 'util.promisify.custom');
      return ObjectDefineProperty(fn, kCustomPromisifiedSymbol, {
        __proto__: null, value: fn, enumerable: false, writable: false, configurable: true,
      });
    }
    // Names for callbacks with several results (e.g. fs.read's bytesRead, buffer).
    const argumentNames = original[kCustomPromisifyArgsSymbol];
    function fn(...args) {
      return new PromiseCtor((resolve, reject) => {
        args.push((err, ...values) => {
          if (err) {
            return reject(err);
          }
          if (argumentNames !== undefined && values.length > 1) {
            const obj = {};
            for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
            resolve(obj);
          } else {
            resolve(values[0]);
          }
        });
        ReflectApply(original, this, args);
      });
    }
    ObjectSetPrototypeOf(fn, ObjectGetPrototypeOf(original));
    ObjectDefineProperty(fn, kCustomPromisifiedSymbol, {
      __proto__: null, value: fn, enumerable: false, writable: false, configurable: true,
    });
    const descriptors = ObjectGetOwnPropertyDescriptors(original);
    const values = ObjectValues(descriptors);
    for (let i = 0; i < values.length; i++) ObjectSetPrototypeOf(values[i], null);
    return ObjectDefineProperties(fn, descriptors);
  }
  promisify.custom = kCustomPromisifiedSymbol;

  function callbackifyOnRejected(reason, cb) {
    // A falsy rejection reason would read as "no error": wrap it.
    if (!reason) {
      const err = b.nodeError('Error', 'ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value');
      err.reason = reason;
      reason = err;
    }
    return cb(reason);
  }

  function callbackify(original) {
    validateFunction(original, 'original');
    function callbackified(...args) {
      const maybeCb = args.pop();
      validateFunction(maybeCb, 'last argument');
      const cb = maybeCb.bind(this);
      ReflectApply(original, this, args)
        .then((ret) => proc().nextTick(cb, null, ret),
              (rej) => proc().nextTick(callbackifyOnRejected, rej, cb));
    }
    const descriptors = ObjectGetOwnPropertyDescriptors(original);
    if (typeof descriptors.length.value === 'number') descriptors.length.value++;
    if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
    const values = ObjectValues(descriptors);
    for (let i = 0; i < values.length; i++) ObjectSetPrototypeOf(values[i], null);
    ObjectDefineProperties(callbackified, descriptors);
    return callbackified;
  }

  // ----- deprecate ------------------------------------------------------------------

  const codesWarned = new SafeSet();

  function deprecate(fn, msg, code, useEmitSync) {
    if (code !== undefined) validateString(code, 'code');
    let warned = false;
    function deprecated(...args) {
      const p = proc();
      if (!p.noDeprecation && !warned) {
        warned = true;
        if (code !== undefined) {
          if (!codesWarned.has(code)) {
            p.emitWarning(msg, 'DeprecationWarning', code, deprecated);
            codesWarned.add(code);
          }
        } else {
          p.emitWarning(msg, 'DeprecationWarning', deprecated);
        }
      }
      if (new.target) {
        return ReflectConstruct(fn, args, new.target);
      }
      return ReflectApply(fn, this, args);
    }
    ObjectSetPrototypeOf(deprecated, fn);
    if (fn.prototype) {
      deprecated.prototype = fn.prototype;
    }
    return deprecated;
  }

  // ----- colors, styleText ------------------------------------------------------------

  function colorDepthForced() {
    const fc = proc().env.FORCE_COLOR;
    return fc === '' || fc === '1' || fc === 'true' || fc === '2' || fc === '3';
  }

  function shouldColorize(stream) {
    const env = proc().env;
    if (env && env.FORCE_COLOR !== undefined) return colorDepthForced();
    return stream?.isTTY && (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true);
  }

  function isNodeStream(obj) {
    return obj && (obj._readableState || obj._writableState ||
      (typeof obj.write === 'function' && typeof obj.on === 'function') ||
      (typeof obj.pipe === 'function' && typeof obj.on === 'function'));
  }
  function isReadableStream(obj) {
    return !!(obj && !isNodeStream(obj) && typeof obj.pipeThrough === 'function' &&
      typeof obj.getReader === 'function' && typeof obj.cancel === 'function');
  }
  function isWritableStream(obj) {
    return !!(obj && !isNodeStream(obj) && typeof obj.getWriter === 'function' && typeof obj.abort === 'function');
  }

  const escapeStyleCode = (code) => `\u001b[${code}m`;

  function validateFormat(key) {
    const colors = inspect.colors;
    if (colors[key] == null) {
      throw b.invalidArgValue('format', key, `must be one of: ${ObjectKeys(colors).map((k) => `'${k}'`).join(', ')}`);
    }
  }

  function styleText(format, text, { validateStream = true, stream = proc().stdout } = {}) {
    validateString(text, 'text');
    validateBoolean(validateStream, 'options.validateStream');
    if (validateStream) {
      // The library's own stdout/stderr are plain writers: accept them as streams.
      const p = proc();
      const own = stream === p.stdout || stream === p.stderr;
      if (!own && !isReadableStream(stream) && !isWritableStream(stream) && !isNodeStream(stream)) {
        throw b.invalidArgType('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
      }
    }
    if (ArrayIsArray(format)) {
      let left = '';
      let right = '';
      for (const key of format) {
        const codes = inspect.colors[key];
        if (codes == null) validateFormat(key);
        left += escapeStyleCode(codes[0]);
        right = `${escapeStyleCode(codes[1])}${right}`;
      }
      return `${left}${text}${right}`;
    }
    const codes = inspect.colors[format];
    if (codes == null) validateFormat(format);
    if (validateStream && (!stream || !shouldColorize(stream))) {
      return text;
    }
    return `${escapeStyleCode(codes[0])}${text}${escapeStyleCode(codes[1])}`;
  }

  // ----- debuglog ---------------------------------------------------------------------

  let debugImpls;
  let testEnabled;

  function initializeDebugEnv() {
    debugImpls = { __proto__: null };
    let debugEnv = b.nodeDebug;
    if (debugEnv) {
      debugEnv = debugEnv.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replaceAll('*', '.*').replaceAll(',', '$|^');
      const re = new RegExp(`^${debugEnv}$`, 'i');
      testEnabled = (str) => re.exec(str) !== null;
    } else {
      testEnabled = () => false;
    }
  }

  const noop = () => {};

  function debuglogImpl(enabled, set) {
    if (debugImpls === undefined) initializeDebugEnv();
    if (debugImpls[set] === undefined) {
      if (enabled) {
        const p = proc();
        const pid = p.pid;
        if (set === 'HTTP' || set === 'HTTP2') {
          p.emitWarning('Setting the NODE_DEBUG environment variable to \'' + set.toLowerCase() +
            '\' can expose sensitive data (such as passwords, tokens and authentication headers) ' +
            'in the resulting log.');
        }
        debugImpls[set] = function debug(...args) {
          const colors = !!shouldColorize(p.stderr);
          const msg = formatWithOptions({ colors }, ...args);
          const coloredPID = inspect(pid, { colors });
          p.stderr.write(format('%s %s: %s\n', set, coloredPID, msg));
        };
      } else {
        debugImpls[set] = noop;
      }
    }
    return debugImpls[set];
  }

  function debuglog(set, cb) {
    function init() {
      if (debugImpls === undefined) initializeDebugEnv();
      set = set.toUpperCase();
      enabled = testEnabled(set);
    }
    let debug = (...args) => {
      init();
      debug = debuglogImpl(enabled, set);
      if (typeof cb === 'function') cb(debug);
      return debug(...args);
    };
    let enabled;
    let test = () => {
      init();
      test = () => enabled;
      return enabled;
    };
    const logger = (...args) => debug(...args);
    ObjectDefineProperty(logger, 'enabled', {
      __proto__: null,
      get() { return test(); },
      configurable: true,
      enumerable: true,
    });
    return logger;
  }

  // ----- log ----------------------------------------------------------------------------

  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pad = (n) => n.toString().padStart(2, '0');
  function timestamp() {
    const d = new Date();
    const t = [pad(d.getHours()), pad(d.getMinutes()), pad(d.getSeconds())].join(':');
    return `${d.getDate()} ${months[d.getMonth()]} ${t}`;
  }
  function log(...args) {
    globalThis.console.log('%s - %s', timestamp(), format(...args));
  }

  // ----- ErrnoException, ExceptionWithHostPort ----------------------------------------

  class ErrnoException extends Error {
    constructor(err, syscall, original) {
      const code = b.getSystemErrorName(err);
      const message = original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`;
      super(message);
      this.errno = err;
      this.code = code;
      this.syscall = syscall;
    }
    get ['constructor']() {
      return Error;
    }
  }

  class ExceptionWithHostPort extends Error {
    constructor(err, syscall, address, port, additional) {
      const code = b.getSystemErrorName(err);
      let details = '';
      if (port && port > 0) {
        details = ` ${address}:${port}`;
      } else if (address) {
        details = ` ${address}`;
      }
      if (additional) {
        details += ` - Local (${additional})`;
      }
      super(`${syscall} ${code}${details}`);
      this.errno = err;
      this.code = code;
      this.syscall = syscall;
      this.address = address;
      if (port) {
        this.port = port;
      }
    }
    get ['constructor']() {
      return Error;
    }
  }

  function _errnoException(...args) {
    const e = new ErrnoException(...args);
    // Node builds this one with a zero-frame stack trace.
    ObjectDefineProperty(e, 'stack', {
      __proto__: null, value: `Error: ${e.message}`, writable: true, configurable: true, enumerable: false,
    });
    return e;
  }

  function _exceptionWithHostPort(...args) {
    return new ExceptionWithHostPort(...args);
  }

  // ----- AbortSignal helpers --------------------------------------------------------------

  function isAbortSignal(signal) {
    const AS = globalThis.AbortSignal;
    return typeof AS === 'function' && signal instanceof AS;
  }

  function transferableAbortSignal(signal) {
    if (!isAbortSignal(signal)) throw b.invalidArgType('signal', 'AbortSignal', signal);
    // No workers or MessagePorts here: a signal is already as transferable as it gets.
    return signal;
  }

  function transferableAbortController() {
    const AC = globalThis.AbortController;
    if (typeof AC !== 'function') throw b.notSupported('util.transferableAbortController');
    return new AC();
  }

  async function aborted(signal, resource) {
    if (signal === undefined) {
      throw b.invalidArgType('signal', 'AbortSignal', signal);
    }
    if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
      throw b.invalidArgType('signal', 'AbortSignal', signal);
    }
    if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
      throw b.invalidArgType('resource', 'Object', resource);
    }
    if (signal.aborted) return PromiseCtor.resolve();
    return new PromiseCtor((resolve) => {
      signal.addEventListener('abort', () => resolve(), { once: true });
    });
  }

  // ----- MIMEType / MIMEParams ------------------------------------------------------------

  class MIMEType {
    constructor(input) {
      throw b.notSupported('util.MIMEType');
    }
  }
  class MIMEParams {
    constructor() {
      throw b.notSupported('util.MIMEParams');
    }
  }

  // ----- property helpers for the export object --------------------------------------------

  // `get name() {}` accessors on the export object, like Node's object literal.
  function defineGetters(target) {
    const d = {
      get transferableAbortSignal() { return transferableAbortSignal; },
      get transferableAbortController() { return transferableAbortController; },
      get aborted() { return aborted; },
    };
    for (const key of ObjectKeys(d)) {
      const desc = Object.getOwnPropertyDescriptor(d, key);
      ObjectDefineProperty(target, key, { __proto__: null, get: desc.get, enumerable: true, configurable: true });
    }
  }

  // Node's defineLazyProperties: an accessor pair that loads on first read and
  // then turns into a data property.
  function defineLazy(target, key, load) {
    let value;
    function set(v) {
      ObjectDefineProperty(target, key, { __proto__: null, writable: true, value: v });
    }
    ObjectDefineProperty(set, 'name', { __proto__: null, value: `set ${key}` });
    function get() {
      if (value === undefined) {
        value = load();
        set(value);
      }
      return value;
    }
    ObjectDefineProperty(get, 'name', { __proto__: null, value: `get ${key}` });
    ObjectDefineProperty(target, key, { __proto__: null, configurable: true, enumerable: true, get, set });
  }

  return {
    promisify, callbackify, deprecate, styleText, debuglog, log, _errnoException, _exceptionWithHostPort,
    defineGetters, defineLazy, MIMEType, MIMEParams, shouldColorize,
  };
})
