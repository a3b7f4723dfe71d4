// V8's structured stack trace API where the engine lacks it or part of it,
// so code written for Node's (depd, which express and http-errors load;
// custom errors calling Error.captureStackTrace(this, Ctor)) runs:
// - Error.captureStackTrace (Error.prepareStackTrace and
//   Error.stackTraceLimit honoured) made here from the engine's stack text,
//   with call sites of V8's whole API: on Bellard's QuickJS, which has none,
//   and in place of quickjs-ng's (`ownCapture`), which omits the header line
//   and ignores the constructor argument; a host's own (jsrt's) stays, and
//   with a host engine that has one this file is not read at all;
// - quickjs-ng hands Error.prepareStackTrace call sites of its own for an
//   error's stack: the V8 methods they lack are added.
// The answers are what V8 gives for code that is not eval'd, not async and
// not a method call: the engine does not record those facts.
// Evaluated by src/globals.rs.
//
// Written for this project from V8's documented stack trace API and traces
// of `node`.
(function (ownCapture) {
  'use strict';

  // The call sites the engine itself hands Error.prepareStackTrace for an
  // error's stack (quickjs-ng does; Bellard's QuickJS gives none).
  function engineSites() {
    const saved = Error.prepareStackTrace;
    try {
      Error.prepareStackTrace = (_, sites) => sites;
      const stack = new Error().stack;
      return Array.isArray(stack) && stack.length > 0 ? stack : null;
    } finally {
      Error.prepareStackTrace = saved;
    }
  }

  function complete(proto) {
  const methods = {
    getThis() { return undefined; },
    getTypeName() { return null; },
    getMethodName() { return null; },
    getEvalOrigin() { return undefined; },
    getScriptNameOrSourceURL() { return this.getFileName(); },
    getScriptHash() { return ''; },
    getEnclosingLineNumber() { return null; },
    getEnclosingColumnNumber() { return null; },
    getPosition() { return 0; },
    getPromiseIndex() { return null; },
    isEval() { return false; },
    isToplevel() { return this.getThis() === undefined; },
    isAsync() { return false; },
    isPromiseAll() { return false; },
    toString() {
      if (this.isNative()) return 'native';
      const name = this.getFunctionName();
      const where = `${this.getFileName() || '<anonymous>'}:${this.getLineNumber()}:${this.getColumnNumber()}`;
      return name ? `${name} (${where})` : where;
    },
  };
  for (const name of Object.keys(methods)) {
    if (!Object.prototype.hasOwnProperty.call(proto, name)) {
      Object.defineProperty(proto, name, { __proto__: null, value: methods[name], writable: true, enumerable: false, configurable: true });
    }
  }
  }

  // A call site read from a line of the engine's stack text:
  // `    at name (file:line:col)`, `    at name (native)` or `    at file:line:col`.
  // (Private fields: a program may have put accessors named like them on
  // Object.prototype.)
  class CallSite {
    #name;
    #native;
    #file;
    #line;
    #column;
    constructor(line) {
      const text = line.trim().slice(3);
      const open = text.endsWith(')') ? text.lastIndexOf(' (') : -1;
      const name = open === -1 ? null : text.slice(0, open);
      const place = open === -1 ? text : text.slice(open + 2, -1);
      this.#name = name === '<anonymous>' ? null : name;
      this.#native = place === 'native';
      const m = /^(.*):(\d+):(\d+)$/.exec(place);
      this.#file = this.#native ? undefined : m ? m[1] : place;
      this.#line = m ? +m[2] : null;
      this.#column = m ? +m[3] : null;
    }
    getFileName() { return this.#file; }
    getLineNumber() { return this.#line; }
    getColumnNumber() { return this.#column; }
    getFunctionName() { return this.#name; }
    getFunction() { return undefined; }
    isNative() { return this.#native; }
    isConstructor() { return false; }
  }
  function installCapture() {
    complete(CallSite.prototype);
    if (typeof Error.stackTraceLimit !== 'number') Error.stackTraceLimit = 10;
    // Node's header: the object's name (default "Error") and message.
    const header = (obj) => {
      const name = obj.name === undefined ? 'Error' : String(obj.name);
      const message = obj.message === undefined ? '' : String(obj.message);
      return name === '' ? message : message === '' ? name : `${name}: ${message}`;
    };
    // The engine's frames as text, all of them: an engine that applies
    // Error.prepareStackTrace and Error.stackTraceLimit itself (quickjs-ng)
    // is kept from doing so here.
    function engineFrames() {
      const prepare = Error.prepareStackTrace;
      const limit = Error.stackTraceLimit;
      try {
        Error.prepareStackTrace = undefined;
        Error.stackTraceLimit = Infinity;
        return String(new Error().stack || '');
      } finally {
        Error.prepareStackTrace = prepare;
        Error.stackTraceLimit = limit;
      }
    }
    function captureStackTrace(obj, constructorOpt) {
      if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) throw new TypeError('invalid_argument');
      let lines = engineFrames().split('\n').filter((l) => l.trim().startsWith('at '));
      // This file's frames (this function) are not the caller's.
      lines = lines.filter((l) => !l.includes('(<jsrt-node:callsite>'));
      if (typeof constructorOpt === 'function') {
        // The text names frames, not functions: the first frame of that name
        // (an anonymous function: the first anonymous frame) stands for it.
        const at = lines.findIndex((l) => (new CallSite(l).getFunctionName() ?? '') === constructorOpt.name);
        lines = at === -1 ? [] : lines.slice(at + 1);
      }
      const limit = Error.stackTraceLimit;
      if (typeof limit === 'number' && limit >= 0) lines = lines.slice(0, limit);
      const prepare = Error.prepareStackTrace;
      const stack = typeof prepare === 'function'
        ? prepare(obj, lines.map((l) => new CallSite(l)))
        : [header(obj), ...lines.map((l) => `    ${l.trim()}`)].join('\n');
      Object.defineProperty(obj, 'stack', { __proto__: null, value: stack, writable: true, enumerable: false, configurable: true });
    }
    Object.defineProperty(Error, 'captureStackTrace', { __proto__: null, value: captureStackTrace, writable: true, enumerable: false, configurable: true });
  }

  if (ownCapture || typeof Error.captureStackTrace !== 'function') installCapture();
  if (typeof Error.prepareStackTrace === 'undefined' && engineSites()) complete(Object.getPrototypeOf(engineSites()[0]));
});
