// node:assert for jsrt-node: the module's shape (a callable export, the
// strict twin, AssertionError, CallTracker) and the argument juggling of
// throws/rejects and friends. Message texts and comparisons are native (see
// mod.rs and message.rs); `b` is the binding. Written for this library from
// Node 20's documentation and observed behaviour.
(function (b) {
  'use strict';
  const { inspect } = b;
  const regexpExec = RegExp.prototype.exec;
  const customInspect = Symbol.for('nodejs.util.inspect.custom');
  // What "the function returned/resolved without throwing" is marked with.
  const NOTHING_THROWN = Symbol('nothing thrown');

  const warned = new Set();
  function deprecated(text, code) {
    if (warned.has(code)) return;
    warned.add(code);
    const proc = b.process();
    if (proc && typeof proc.emitWarning === 'function') proc.emitWarning(text, 'DeprecationWarning', code);
  }

  const objectLike = (v) => typeof v === 'object' && v !== null;
  const looksLikeError = (v) => b.isNativeError(v) || v instanceof Error;
  const matches = (re, s) => Reflect.apply(regexpExec, re, [s]) !== null;

  // ----- AssertionError ---------------------------------------------------------

  // Long string values are cut down when an AssertionError is inspected.
  function shorten(s) {
    const parts = s.split('\n', 11);
    if (parts.length > 10) return `${parts.slice(0, 10).join('\n')}\n...`;
    return s.length > 512 ? `${s.slice(512)}...` : s;
  }

  // Two errors are shown without their stacks: a copy with the same
  // prototype, own enumerable properties and message.
  function withoutStack(err) {
    const copy = Object.assign(Object.create(Object.getPrototypeOf(err)), err);
    Object.defineProperty(copy, 'message', { __proto__: null, value: err.message });
    return copy;
  }
  const stackedError = (v) => objectLike(v) && 'stack' in v && v instanceof Error;

  class AssertionError extends Error {
    constructor(options) {
      if (!objectLike(options)) throw b.invalidArgType('options', 'Object', options);
      const { message, operator, stackStartFn, details } = options;
      let { actual, expected } = options;
      if (stackedError(actual) && stackedError(expected)) {
        actual = withoutStack(actual);
        expected = withoutStack(expected);
      }
      let text;
      if (operator === 'strictEqual' || operator === 'deepStrictEqual') {
        // A message given to these two replaces the diff's header.
        text = message ? b.message(actual, expected, operator, String(message)) : b.message(actual, expected, operator);
      } else if (message != null) {
        text = String(message);
      } else {
        text = b.message(actual, expected, `${operator}`);
      }
      super(text);
      Object.defineProperty(this, 'name', {
        __proto__: null, value: 'AssertionError', enumerable: false, writable: true, configurable: true,
      });
      // Own enumerable keys in Node's order.
      Object.assign(this, {
        generatedMessage: !message,
        code: 'ERR_ASSERTION',
        actual: details ? undefined : actual,
        expected: details ? undefined : expected,
        operator: details ? undefined : operator,
      });
      if (details) {
        details.forEach((d, n) => {
          this[`message ${n}`] = d.message;
          this[`actual ${n}`] = d.actual;
          this[`expected ${n}`] = d.expected;
          this[`operator ${n}`] = d.operator;
          this[`stack trace ${n}`] = d.stack;
        });
      }
      // Frames from stackStartFn up are cut: by the engine where it can, by
      // name on Bellard's QuickJS. A cut that leaves nothing (the assertion
      // resumed from a promise job) keeps the full stack.
      const cutAt = stackStartFn || options.stackStartFunction || new.target;
      const full = this.stack;
      if (typeof Error.captureStackTrace === 'function') {
        Error.captureStackTrace(this, cutAt);
        // V8's (and the library's) captureStackTrace writes a header line:
        // headStack below writes Node's, with the code.
        let frames = typeof this.stack === 'string' ? this.stack : '';
        if (!frames.startsWith('    at ')) {
          const at = frames.indexOf('\n    at ');
          frames = at === -1 ? '' : frames.slice(at + 1);
        }
        this.stack = frames || full;
      } else if (typeof full === 'string' && typeof cutAt === 'function' && cutAt.name) {
        const lines = full.split('\n');
        const at = lines.findIndex((l) => l.trim().startsWith(`at ${cutAt.name} `));
        const rest = at >= 0 ? lines.slice(at + 1).join('\n') : '';
        if (rest.trim()) this.stack = rest;
      }
      b.headStack(this);
    }

    toString() {
      return this.name + ' [' + this.code + ']: ' + this.message;
    }

    [customInspect](depth, options) {
      const saved = [this.actual, this.expected];
      if (typeof this.actual === 'string') this.actual = shorten(this.actual);
      if (typeof this.expected === 'string') this.expected = shorten(this.expected);
      try {
        return inspect(this, { ...options, customInspect: false, depth: 0 });
      } finally {
        [this.actual, this.expected] = saved;
      }
    }
  }

  function raise(fields) {
    if (fields.message instanceof Error) throw fields.message;
    throw new AssertionError(fields);
  }

  function needTwo() {
    throw b.missingArgs('actual', 'expected');
  }

  // ----- ok and the comparisons -------------------------------------------------

  // A stack deep enough to name the caller of assert.ok, whatever
  // Error.stackTraceLimit the program set.
  function callerStack() {
    const limit = Error.stackTraceLimit;
    const raise = typeof limit === 'number' && limit < 16;
    if (raise) Error.stackTraceLimit = 16;
    try {
      return new Error().stack;
    } finally {
      if (raise) Error.stackTraceLimit = limit;
    }
  }

  function truthy(caller, argc, value, message) {
    if (value) return;
    let generated = true;
    if (argc === 0) {
      message = 'No value argument passed to `assert.ok()`';
    } else if (message == null) {
      message = b.okSource(callerStack());
    } else if (message instanceof Error) {
      throw message;
    } else {
      generated = false;
    }
    const err = new AssertionError({ actual: value, expected: true, message, operator: '==', stackStartFn: caller });
    err.generatedMessage = generated;
    throw err;
  }

  // `arguments` rather than a rest parameter: the passing call stays cheap
  // on an interpreter (and `length` stays 0, as Node's).
  function ok() {
    if (arguments[0]) return;
    truthy(ok, arguments.length, arguments[0], arguments[1]);
  }

  function fail(actual, expected, message, operator, startFn) {
    const argc = arguments.length;
    let fallback;
    if (argc === 0) {
      fallback = 'Failed';
    } else if (argc === 1) {
      message = actual;
      actual = undefined;
    } else {
      deprecated('assert.fail() with more than one argument is deprecated. ' +
        'Please use assert.strictEqual() instead or only pass a message.', 'DEP0094');
      if (argc === 2) operator = '!=';
    }
    if (message instanceof Error) throw message;
    const err = new AssertionError({
      actual,
      expected,
      operator: operator !== undefined ? operator : 'fail',
      stackStartFn: startFn || fail,
      message: message || fallback,
    });
    if (fallback) err.generatedMessage = true;
    throw err;
  }

  const both = (x, y) => x !== x && y !== y; // eslint-disable-line no-self-compare

  function equal(actual, expected, message) {
    if (arguments.length < 2) needTwo();
    if (actual != expected && !both(actual, expected)) { // eslint-disable-line eqeqeq
      raise({ actual, expected, message, operator: '==', stackStartFn: equal });
    }
  }

  function notEqual(actual, expected, message) {
    if (arguments.length < 2) needTwo();
    if (actual == expected || both(actual, expected)) { // eslint-disable-line eqeqeq
      raise({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
    }
  }

  function deepEqual(actual, expected, message) {
    if (arguments.length < 2) needTwo();
    if (!b.isDeepEqual(actual, expected)) raise({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
  }

  function notDeepEqual(actual, expected, message) {
    if (arguments.length < 2) needTwo();
    if (b.isDeepEqual(actual, expected)) raise({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
  }

  function deepStrictEqual(actual, expected, message) {
    if (arguments.length < 2) needTwo();
    if (!b.isDeepStrictEqual(actual, expected)) {
      raise({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
    }
  }

  function notDeepStrictEqual(actual, expected, message) {
    if (arguments.length < 2) needTwo();
    if (b.isDeepStrictEqual(actual, expected)) {
      raise({ actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual });
    }
  }

  function strictEqual(actual, expected, message) {
    if (arguments.length < 2) needTwo();
    if (!Object.is(actual, expected)) raise({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
  }

  function notStrictEqual(actual, expected, message) {
    if (arguments.length < 2) needTwo();
    if (Object.is(actual, expected)) raise({ actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
  }

  // ----- throws, rejects, doesNotThrow, doesNotReject -----------------------------

  // The object a validation object is compared through, so that the diff shows
  // only the keys it names (and a matching RegExp as the string it matched).
  class Comparison {
    constructor(source, keys, against) {
      for (const key of keys) {
        if (!(key in source)) continue;
        const want = source[key];
        const usesMatch = against !== undefined && typeof against[key] === 'string' && b.isRegExp(want);
        this[key] = usesMatch && matches(want, against[key]) ? against[key] : want;
      }
    }
  }

  function thrownBy(fn) {
    if (typeof fn !== 'function') throw b.invalidArgType('fn', 'Function', fn);
    try {
      fn();
    } catch (e) {
      return e;
    }
    return NOTHING_THROWN;
  }

  const isThenable = (v) => b.isPromise(v) ||
    (objectLike(v) && typeof v.then === 'function' && typeof v.catch === 'function');

  async function rejectionOf(promiseFn) {
    let pending;
    if (typeof promiseFn === 'function') {
      pending = promiseFn();
      if (!isThenable(pending)) throw b.invalidReturnValue('instance of Promise', 'promiseFn', pending);
    } else if (isThenable(promiseFn)) {
      pending = promiseFn;
    } else {
      throw b.invalidArgType('promiseFn', ['Function', 'Promise'], promiseFn);
    }
    try {
      await pending;
    } catch (e) {
      return e;
    }
    return NOTHING_THROWN;
  }

  function checkKey(caller, actual, expected, key, message, keys) {
    if (key in actual && b.isDeepStrictEqual(actual[key], expected[key])) return;
    if (message) raise({ actual, expected, message, operator: caller.name, stackStartFn: caller });
    const err = new AssertionError({
      actual: new Comparison(actual, keys),
      expected: new Comparison(expected, keys, actual),
      operator: 'deepStrictEqual',
      stackStartFn: caller,
    });
    err.actual = actual;
    err.expected = expected;
    err.operator = caller.name;
    throw err;
  }

  function checkAgainstObject(caller, actual, expected, message) {
    const keys = Object.keys(expected);
    if (expected instanceof Error) keys.push('name', 'message');
    else if (keys.length === 0) throw b.invalidArgValue('error', expected, 'may not be an empty object');
    for (const key of keys) {
      const want = expected[key];
      if (typeof actual[key] === 'string' && b.isRegExp(want) && matches(want, actual[key])) continue;
      checkKey(caller, actual, expected, key, message, keys);
    }
  }

  // Does the thrown value satisfy `expected`? Throws an AssertionError if not.
  function checkThrown(caller, actual, expected, message) {
    let text;
    if (typeof expected !== 'function') {
      if (b.isRegExp(expected)) {
        const str = String(actual);
        if (matches(expected, str)) return;
        text = `The input did not match the regular expression ${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
      } else if (!objectLike(actual)) {
        const err = new AssertionError({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: caller });
        err.operator = caller.name;
        throw err;
      } else {
        checkAgainstObject(caller, actual, expected, message);
        return;
      }
    } else if (expected.prototype !== undefined && actual instanceof expected) {
      return;
    } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
      text = `The error is expected to be an instance of "${expected.name}". Received `;
      if (looksLikeError(actual)) {
        const got = (actual.constructor && actual.constructor.name) || actual.name;
        text += expected.name === got ? 'an error with identical name but a different prototype.' : `"${got}"`;
        if (actual.message) text += `\n\nError message:\n\n${actual.message}`;
      } else {
        text += `"${inspect(actual, { depth: -1 })}"`;
      }
    } else {
      const verdict = Reflect.apply(expected, {}, [actual]);
      if (verdict === true) return;
      const label = expected.name ? `"${expected.name}" ` : '';
      text = `The ${label}validation function is expected to return "true". Received ${inspect(verdict)}`;
      if (looksLikeError(actual)) text += `\n\nCaught error:\n\n${actual}`;
    }
    const err = new AssertionError({ actual, expected, message: message || text, operator: caller.name, stackStartFn: caller });
    err.generatedMessage = !message;
    throw err;
  }

  function expectThrown(caller, actual, rest) {
    let [expected, message] = rest;
    if (typeof expected === 'string') {
      if (rest.length === 2) {
        throw b.invalidArgType('error', ['Object', 'Error', 'Function', 'RegExp'], expected);
      }
      if (objectLike(actual) ? actual.message === expected : actual === expected) {
        const what = objectLike(actual) ? `error message "${actual.message}"` : `error "${actual}"`;
        throw b.nodeError('TypeError', 'ERR_AMBIGUOUS_ARGUMENT',
          `The "error/message" argument is ambiguous. The ${what} is identical to the message.`);
      }
      message = expected;
      expected = undefined;
    } else if (expected != null && typeof expected !== 'object' && typeof expected !== 'function') {
      throw b.invalidArgType('error', ['Object', 'Error', 'Function', 'RegExp'], expected);
    }
    if (actual === NOTHING_THROWN) {
      const kind = caller === rejects ? 'rejection' : 'exception';
      const named = expected && expected.name ? ` (${expected.name})` : '';
      raise({
        actual: undefined, expected, operator: caller.name, stackStartFn: caller,
        message: `Missing expected ${kind}${named}${message ? `: ${message}` : '.'}`,
      });
    }
    if (expected) checkThrown(caller, actual, expected, message);
  }

  function isExpectedKind(actual, expected) {
    if (typeof expected !== 'function') {
      if (b.isRegExp(expected)) return matches(expected, String(actual));
      throw b.invalidArgType('expected', ['Function', 'RegExp'], expected);
    }
    if (expected.prototype !== undefined && actual instanceof expected) return true;
    if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
    return Reflect.apply(expected, {}, [actual]) === true;
  }

  function expectNothing(caller, actual, rest) {
    if (actual === NOTHING_THROWN) return;
    let [expected, message] = rest;
    if (typeof expected === 'string') {
      message = expected;
      expected = undefined;
    }
    if (expected && !isExpectedKind(actual, expected)) throw actual;
    const kind = caller === doesNotReject ? 'rejection' : 'exception';
    const shown = actual && actual.message; // a falsy value itself
    raise({
      actual, expected, operator: caller.name, stackStartFn: caller,
      message: `Got unwanted ${kind}${message ? `: ${message}` : '.'}\nActual message: "${shown}"`,
    });
  }

  function throws(fn, ...rest) {
    expectThrown(throws, thrownBy(fn), rest);
  }

  async function rejects(promiseFn, ...rest) {
    expectThrown(rejects, await rejectionOf(promiseFn), rest);
  }

  function doesNotThrow(fn, ...rest) {
    expectNothing(doesNotThrow, thrownBy(fn), rest);
  }

  async function doesNotReject(promiseFn, ...rest) {
    expectNothing(doesNotReject, await rejectionOf(promiseFn), rest);
  }

  // ----- ifError, match, doesNotMatch ------------------------------------------

  function ifError(err) {
    if (err === null || err === undefined) return;
    let text = 'ifError got unwanted exception: ';
    if (objectLike(err) && typeof err.message === 'string') {
      text += err.message.length === 0 && err.constructor ? err.constructor.name : err.message;
    } else {
      text += inspect(err);
    }
    throw new AssertionError({ actual: err, expected: null, operator: 'ifError', message: text, stackStartFn: ifError });
  }

  function regexpCheck(caller, wanted, string, regexp, message) {
    if (!b.isRegExp(regexp)) throw b.invalidArgType('regexp', 'RegExp', regexp);
    if (typeof string === 'string' && matches(regexp, string) === wanted) return;
    if (message instanceof Error) throw message;
    let text = message;
    if (!text) {
      if (typeof string !== 'string') {
        text = `The "string" argument must be of type string. Received type ${typeof string} (${inspect(string)})`;
      } else {
        const verb = wanted ? 'did not match' : 'was expected to not match';
        text = `The input ${verb} the regular expression ${inspect(regexp)}. Input:\n\n${inspect(string)}\n`;
      }
    }
    const err = new AssertionError({ actual: string, expected: regexp, message: text, operator: caller.name, stackStartFn: caller });
    err.generatedMessage = !message;
    throw err;
  }

  function match(string, regexp, message) {
    regexpCheck(match, true, string, regexp, message);
  }

  function doesNotMatch(string, regexp, message) {
    regexpCheck(doesNotMatch, false, string, regexp, message);
  }

  // ----- CallTracker ------------------------------------------------------------

  const noop = (() => () => {})(); // nameless, as Node's

  // One function handed out by `calls`: what it expects and what it saw.
  class Tally {
    constructor(label, wanted) {
      this.label = label;
      this.wanted = wanted;
      this.seen = [];
      this.origin = new Error();
    }

    problem() {
      if (this.seen.length === this.wanted) return undefined;
      return `Expected the ${this.label} function to be executed ${this.wanted} time(s) ` +
        `but was executed ${this.seen.length} time(s).`;
    }
  }

  class CallTracker {
    #tallies = [];
    #byFunction = new WeakMap();

    #tallyOf(fn) {
      const t = this.#byFunction.get(fn);
      if (t === undefined) throw b.invalidArgValue('tracked', fn, 'is not a tracked function');
      return t;
    }

    reset(fn) {
      if (fn === undefined) {
        for (const t of this.#tallies) t.seen = [];
        return;
      }
      this.#tallyOf(fn).seen = [];
    }

    getCalls(fn) {
      return Object.freeze(this.#tallyOf(fn).seen.slice());
    }

    calls(fn, exact = 1) {
      // Nothing could verify a tally made once the process is exiting.
      const proc = globalThis.process;
      if (proc !== null && typeof proc === 'object' && proc._exiting === true) {
        throw b.nodeError('Error', 'ERR_UNAVAILABLE_DURING_EXIT', 'Cannot call function in process exit handler');
      }
      if (typeof fn === 'number') {
        exact = fn;
        fn = noop;
      } else if (fn === undefined) {
        fn = noop;
      }
      if (typeof exact !== 'number') throw b.invalidArgType('expected', 'number', exact);
      if (!Number.isInteger(exact)) throw b.outOfRange('expected', 'an integer', exact);
      if (exact < 1 || exact > 4294967295) throw b.outOfRange('expected', '>= 1 && <= 4294967295', exact);
      const tally = new Tally(fn.name || 'calls', exact);
      const wrapped = new Proxy(fn, {
        __proto__: null,
        apply(target, self, list) {
          tally.seen.push(Object.freeze({ thisArg: self, arguments: Object.freeze(Array.prototype.slice.call(list)) }));
          return Reflect.apply(target, self, list);
        },
      });
      this.#tallies.push(tally);
      this.#byFunction.set(wrapped, tally);
      return wrapped;
    }

    report() {
      const out = [];
      for (const t of this.#tallies) {
        const message = t.problem();
        if (message === undefined) continue;
        out.push({ message, actual: t.seen.length, expected: t.wanted, operator: t.label, stack: t.origin });
      }
      return out;
    }

    verify() {
      const found = this.report();
      if (found.length === 0) return;
      const message = found.length === 1 ? found[0].message : 'Functions were not called the expected number of times';
      throw new AssertionError({ message, details: found });
    }
  }

  // ----- the module -------------------------------------------------------------

  const assert = ok;
  const exported = {
    fail, AssertionError, ok, equal, notEqual, deepEqual, notDeepEqual, deepStrictEqual, notDeepStrictEqual,
    strictEqual, notStrictEqual, throws, rejects, doesNotThrow, doesNotReject, ifError, match, doesNotMatch,
    // Node exports it through util.deprecate (a wrapper named "deprecated").
    CallTracker: b.deprecate(CallTracker, 'assert.CallTracker is deprecated.', 'DEP0173'),
  };
  for (const key of Object.keys(exported)) assert[key] = exported[key];

  function strict() {
    if (arguments[0]) return;
    truthy(strict, arguments.length, arguments[0], arguments[1]);
  }
  assert.strict = Object.assign(strict, assert, {
    equal: strictEqual, deepEqual: deepStrictEqual, notEqual: notStrictEqual, notDeepEqual: notDeepStrictEqual,
  });
  assert.strict.strict = assert.strict;
  return assert;
});
