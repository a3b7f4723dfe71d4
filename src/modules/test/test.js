'use strict';
// node:test — a file's own test runner: test/describe/it with subtests, hooks,
// skip/todo, callback and promise tests, timeouts, mocks of functions and
// methods, and a TAP report on stdout with the process's exit code set to 1
// when a test failed. Written for this library from Node's documentation and
// observed output; `run()` (test files in child processes) and mock timers
// are not here and throw ERR_NOT_SUPPORTED.
//
// Shape of a run: every test, suite and the file itself is a Case in a tree.
// A suite's body runs when it is declared (collecting its children); tests
// run after the file's own code, one after another, each subtest inside its
// parent. A top-level case prints its whole block (children included) when it
// ends, so the report reads in declaration order.
(function (binding) {
  const { process, nodeError, invalidArgType } = binding;
  const notSupported = (what) => nodeError('Error', 'ERR_NOT_SUPPORTED', `${what} is not supported`);

  const clock = () => {
    const [s, ns] = process.hrtime();
    return s * 1e3 + ns / 1e6;
  };

  // ----- the tree -------------------------------------------------------------------------
  class Case {
    constructor(kind, name, options, fn, parent) {
      this.kind = kind; // 'root' | 'suite' | 'test'
      this.name = name;
      this.fn = fn;
      this.parent = parent;
      this.children = [];
      this.hooks = { before: [], after: [], beforeEach: [], afterEach: [] };
      this.skip = options.skip;
      this.todo = options.todo;
      this.timeout = options.timeout;
      this.state = 'queued'; // queued | running | done
      this.error = null;
      this.failureType = '';
      this.diagnostics = [];
      this.started = 0;
      this.ms = 0;
      this.settle = null; // resolves the promise test()/t.test() returned
      this.promise = new Promise((resolve) => { this.settle = resolve; });
      this.collected = null; // a suite body's promise, when it returned one
      this.ran = false; // a suite's body has run
      this.chain = Promise.resolve(); // subtests a running body starts, in order
      this.idle = true; // no subtest of this one is in progress
      this.printed = false;
    }
    get depth() {
      let d = -1;
      for (let c = this.parent; c; c = c.parent) d++;
      return d;
    }
    failed() {
      return this.error !== null && !this.todo;
    }
  }

  const root = new Case('root', '<root>', {}, null, null);
  let collecting = null; // the suite whose body is running (declarations go there)
  let started = false;
  let finished = false;
  const runStart = clock();

  function optionsAndFn(name, options, fn) {
    if (typeof name === 'function') {
      fn = name;
      options = {};
      name = fn.name || '<anonymous>';
    } else if (typeof options === 'function') {
      fn = options;
      options = {};
    }
    if (options === undefined || options === null) options = {};
    if (typeof options !== 'object') options = {};
    if (name === undefined) name = (typeof fn === 'function' && fn.name) || '<anonymous>';
    return [String(name), options, typeof fn === 'function' ? fn : () => {}];
  }

  function declare(kind, parent, args, extra) {
    const [name, options, fn] = optionsAndFn(...args);
    const c = new Case(kind, name, { ...options, ...extra }, fn, parent);
    parent.children.push(c);
    if (kind === 'suite') collect(c);
    if (parent === root) startSoon();
    return c;
  }

  // A suite's body runs now, with its declarations going to it.
  function collect(suite) {
    const outer = collecting;
    collecting = suite;
    try {
      const r = suite.skip ? undefined : suite.fn.call(undefined, contextOf(suite));
      if (r && typeof r.then === 'function') suite.collected = Promise.resolve(r).catch((e) => fail(suite, e, 'testCodeFailure'));
    } catch (e) {
      fail(suite, e, 'testCodeFailure');
    } finally {
      collecting = outer;
      suite.ran = true;
    }
  }

  function fail(c, err, type) {
    if (c.error === null) {
      c.error = err;
      c.failureType = type;
    }
  }

  // ----- running ---------------------------------------------------------------------------
  function startSoon() {
    if (started) return;
    started = true;
    // After the file's own code: its declarations are all made by then.
    // The summary waits for the loop to run dry, as Node's does: by then every
    // test has ended or can never end.
    process.once('beforeExit', finishRun);
    Promise.resolve().then(() => runChildren(root));
  }

  async function runChildren(parent) {
    for (let i = 0; i < parent.children.length; i++) {
      const c = parent.children[i];
      if (c.state === 'queued') await runCase(c);
      else await c.promise;
      if (parent === root) print(c, i + 1);
    }
  }

  function hooksFor(c, which) {
    const chain = [];
    for (let p = c.parent; p; p = p.parent) chain.unshift(p.hooks[which]);
    return which === 'afterEach' ? chain.reverse().flat() : chain.flat();
  }

  async function callHook(owner, fn, c) {
    try {
      await invoke(fn, contextOf(c));
    } catch (e) {
      fail(owner, e, 'hookFailed');
    }
  }

  // A test body: a callback-style function (two parameters) ends with done(err).
  function invoke(fn, ctx) {
    if (fn.length >= 2) {
      return new Promise((resolve, reject) => {
        let called = false;
        const done = (err) => {
          if (called) return;
          called = true;
          if (err) reject(err);
          else resolve();
        };
        try {
          fn.call(ctx, ctx, done);
        } catch (e) {
          reject(e);
        }
      });
    }
    return new Promise((resolve) => resolve(fn.call(ctx, ctx)));
  }

  function withTimeout(p, c) {
    if (!(c.timeout > 0 && c.timeout !== Infinity)) return p;
    let timer;
    const late = new Promise((resolve, reject) => {
      timer = setTimeout(() => {
        c.failureType = 'testTimeoutFailure';
        reject(new Error(`test timed out after ${c.timeout}ms`));
      }, c.timeout);
    });
    return Promise.race([p, late]).finally(() => clearTimeout(timer));
  }

  async function runCase(c) {
    c.state = 'running';
    c.started = clock();
    if (c.skip) {
      finish(c);
      return;
    }
    if (c.kind === 'suite') {
      if (c.collected) await c.collected;
      if (c.error === null) {
        for (const h of c.hooks.before) await callHook(c, h, c);
        if (c.error === null) await runChildren(c);
        for (const h of c.hooks.after) await callHook(c, h, c);
      }
    } else {
      for (const h of hooksFor(c, 'beforeEach')) await callHook(c, h, c);
      if (c.error === null) {
        try {
          await withTimeout(invoke(c.fn, contextOf(c)), c);
        } catch (e) {
          fail(c, e, c.failureType || 'testCodeFailure');
        }
      }
      // Subtests the body started (awaited or not) end before their parent.
      await runChildren(c);
      for (const h of c.hooks.after) await callHook(c, h, c);
      for (const h of hooksFor(c, 'afterEach')) await callHook(c, h, c);
    }
    finish(c);
  }

  function finish(c) {
    if (c.state === 'done') return;
    const bad = c.children.filter((k) => k.failed()).length;
    if (c.error === null && bad > 0) {
      fail(c, nodeError('Error', 'ERR_TEST_FAILURE', `${bad} subtest${bad === 1 ? '' : 's'} failed`), 'subtestsFailed');
    }
    if (mocks.has(c)) {
      mocks.get(c).restoreAll();
      mocks.delete(c);
    }
    c.ms = clock() - c.started;
    c.state = 'done';
    c.settle();
  }

  // ----- the context a test body sees ----------------------------------------------------------
  const contexts = new WeakMap();
  const mocks = new Map();
  function contextOf(c) {
    let ctx = contexts.get(c);
    if (!ctx) {
      ctx = new TestContext(c);
      contexts.set(c, ctx);
    }
    return ctx;
  }

  class TestContext {
    #case;
    constructor(c) {
      this.#case = c;
    }
    get name() {
      return this.#case.name;
    }
    get signal() {
      const ac = new AbortController();
      return ac.signal;
    }
    get mock() {
      let m = mocks.get(this.#case);
      if (!m) {
        m = new MockTracker();
        mocks.set(this.#case, m);
      }
      return m;
    }
    test(...args) {
      const c = declare('test', this.#case, args, {});
      // Started now, after the subtests before it: the parent's body may await it.
      const parent = this.#case;
      if (parent.state === 'running' && c.state === 'queued') {
        const go = async () => {
          // A test's own before hooks run ahead of its first subtest.
          for (const h of parent.hooks.before.splice(0)) await callHook(parent, h, parent);
          await runCase(c);
        };
        // With no subtest in progress it starts at once, as Node's does.
        parent.chain = parent.idle === false ? parent.chain.then(go) : go();
        parent.idle = false;
        const mine = parent.chain;
        mine.then(() => { if (parent.chain === mine) parent.idle = true; });
      }
      return c.promise.then(() => undefined);
    }
    skip(message) {
      this.#case.skip = message === undefined ? true : String(message);
    }
    todo(message) {
      this.#case.todo = message === undefined ? true : String(message);
    }
    diagnostic(message) {
      this.#case.diagnostics.push(String(message));
    }
    runOnly() {}
    before(fn) { this.#case.hooks.before.push(fn); }
    after(fn) { this.#case.hooks.after.push(fn); }
    beforeEach(fn) { this.#case.hooks.beforeEach.push(fn); }
    afterEach(fn) { this.#case.hooks.afterEach.push(fn); }
  }

  // ----- the TAP report -----------------------------------------------------------------------
  const out = [];
  let headerDone = false;
  function write(line) {
    out.push(line);
  }
  function flush() {
    if (!out.length) return;
    process.stdout.write(out.join('\n') + '\n');
    out.length = 0;
  }

  // The report's YAML, as Node's reporter writes values: strings quoted (or a
  // block when multi-line), null as ~, undefined left out, objects as nested
  // keys (arrays by index), functions and symbols as inspect shows them.
  const quote = (str) => (str.includes("'") ? JSON.stringify(str) : `'${str}'`);
  function yaml(key, v, ind, seen = new Set()) {
    if (v === undefined) return;
    if (v === null) {
      write(`${ind}${key}: ~`);
    } else if (typeof v === 'string') {
      if (v.includes('\n')) {
        write(`${ind}${key}: |-`);
        for (const l of v.split('\n')) write(`${ind}  ${l}`);
      } else {
        write(`${ind}${key}: ${quote(v)}`);
      }
    } else if (typeof v === 'object') {
      write(`${ind}${key}:`);
      if (seen.has(v)) return;
      seen.add(v);
      for (const k of Object.keys(v)) yaml(k, v[k], ind + '  ', seen);
      seen.delete(v);
    } else if (typeof v === 'number' || typeof v === 'boolean') {
      write(`${ind}${key}: ${v}`);
    } else {
      write(`${ind}${key}: ${binding.inspect(v)}`);
    }
  }

  function report(c, n, ind) {
    write(`${ind}# Subtest: ${c.name}`);
    const inner = ind + '    ';
    c.children.forEach((k, i) => report(k, i + 1, inner));
    if (c.children.length) write(`${inner}1..${c.children.length}`);
    let directive = '';
    if (c.skip) directive = ` # SKIP${typeof c.skip === 'string' ? ' ' + c.skip : ''}`;
    else if (c.todo) directive = ` # TODO${typeof c.todo === 'string' ? ' ' + c.todo : ''}`;
    write(`${ind}${c.error === null ? 'ok' : 'not ok'} ${n} - ${c.name}${directive}`);
    write(`${ind}  ---`);
    write(`${ind}  duration_ms: ${c.ms.toFixed(6).replace(/\.?0+$/, '')}`);
    if (c.kind === 'suite') write(`${ind}  type: 'suite'`);
    if (c.error !== null) {
      const e = c.error;
      const isObj = e !== null && (typeof e === 'object' || typeof e === 'function');
      yaml('failureType', c.failureType, ind + '  ');
      yaml('error', isObj && 'message' in e ? String(e.message) : String(e), ind + '  ');
      yaml('code', isObj && typeof e.code === 'string' ? e.code : 'ERR_TEST_FAILURE', ind + '  ');
      if (isObj && c.failureType !== 'subtestsFailed') {
        if (typeof e.name === 'string' && e.name !== 'Error') yaml('name', e.name, ind + '  ');
        for (const k of ['expected', 'actual', 'operator']) if (k in e) yaml(k, e[k], ind + '  ');
      }
    }
    write(`${ind}  ...`);
    for (const d of c.diagnostics) write(`${ind}# ${d}`);
  }

  function print(c, n) {
    if (!headerDone) {
      headerDone = true;
      write('TAP version 13');
    }
    report(c, n, '');
    c.printed = true;
    flush();
  }

  function tally(c, t) {
    for (const k of c.children) {
      if (k.kind === 'suite') t.suites++;
      else {
        t.tests++;
        if (k.state !== 'done' || k.failureType === 'testTimeoutFailure' || k.failureType === 'cancelledByParent') t.cancelled++;
        else if (k.skip) t.skipped++;
        else if (k.todo) t.todo++;
        else if (k.error !== null) t.fail++;
        else t.pass++;
      }
      tally(k, t);
    }
    return t;
  }

  // The loop ran dry: whatever still waits can never finish (Node's words for it).
  function cancelPending(c) {
    for (const k of c.children) {
      cancelPending(k);
      if (k.state !== 'done') {
        if (k.state === 'running') {
          fail(k, nodeError('Error', 'ERR_TEST_FAILURE',
            'Promise resolution is still pending but the event loop has already resolved'), 'cancelledByParent');
        }
        finish(k);
      }
    }
  }

  function finishRun() {
    if (finished) return;
    const pending = root.children.some((k) => k.state !== 'done');
    if (pending) {
      cancelPending(root);
      root.children.forEach((k, i) => { if (!k.printed) print(k, i + 1); });
    }
    finished = true;
    if (!headerDone) {
      headerDone = true;
      write('TAP version 13');
    }
    const t = tally(root, { tests: 0, suites: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0 });
    write(`1..${root.children.length}`);
    for (const k of ['tests', 'suites', 'pass', 'fail', 'cancelled', 'skipped', 'todo']) write(`# ${k} ${t[k]}`);
    write(`# duration_ms ${(clock() - runStart).toFixed(6).replace(/\.?0+$/, '')}`);
    flush();
    if (t.fail > 0 || t.cancelled > 0) process.exitCode = 1;
  }

  // ----- mocks -------------------------------------------------------------------------------
  class MockFunctionContext {
    #calls = [];
    #impl;
    #once = new Map();
    #restore;
    constructor(impl, restore) {
      this.#impl = impl;
      this.#restore = restore;
    }
    get calls() {
      return this.#calls.slice();
    }
    callCount() {
      return this.#calls.length;
    }
    mockImplementation(fn) {
      if (typeof fn !== 'function') throw invalidArgType('implementation', ['function'], fn);
      this.#impl = fn;
    }
    mockImplementationOnce(fn, onCall) {
      if (typeof fn !== 'function') throw invalidArgType('implementation', ['function'], fn);
      this.#once.set(onCall === undefined ? this.#calls.length : onCall, fn);
    }
    resetCalls() {
      this.#calls.length = 0;
    }
    restore() {
      if (this.#restore) this.#restore();
    }
    // Used by the mock function: the implementation for this call, and the record.
    _next() {
      const n = this.#calls.length;
      const once = this.#once.get(n);
      if (once) this.#once.delete(n);
      return once || this.#impl;
    }
    _record(call) {
      this.#calls.push(call);
    }
  }

  function makeMock(original, impl, restore, times) {
    const ctx = new MockFunctionContext(impl, restore);
    let left = times;
    const mocked = function (...args) {
      let use = ctx._next();
      if (left !== undefined) {
        if (left <= 0) use = original;
        else left--;
      }
      const call = { arguments: args, error: undefined, result: undefined, stack: new Error(), target: new.target, this: this };
      try {
        call.result = new.target ? Reflect.construct(use, args, new.target) : use.apply(this, args);
      } catch (e) {
        call.error = e;
        ctx._record(call);
        throw e;
      }
      ctx._record(call);
      return call.result;
    };
    Object.defineProperty(mocked, 'name', { __proto__: null, value: original.name, configurable: true });
    Object.defineProperty(mocked, 'length', { __proto__: null, value: original.length, configurable: true });
    Object.defineProperty(mocked, 'mock', { __proto__: null, value: ctx, enumerable: false, configurable: true });
    return mocked;
  }

  class MockTracker {
    #restorers = [];
    fn(original = function () {}, implementation = original, options = {}) {
      if (original !== null && typeof original === 'object') {
        options = original;
        original = function () {};
        implementation = original;
      } else if (implementation !== null && typeof implementation === 'object') {
        options = implementation;
        implementation = original;
      }
      if (typeof original !== 'function') throw invalidArgType('original', ['function'], original);
      if (typeof implementation !== 'function') throw invalidArgType('implementation', ['function'], implementation);
      return makeMock(original, implementation, null, options.times);
    }
    method(object, name, implementation, options = {}) {
      if (implementation !== null && typeof implementation === 'object' && typeof implementation !== 'function') {
        options = implementation;
        implementation = undefined;
      }
      if (object === null || (typeof object !== 'object' && typeof object !== 'function')) {
        throw invalidArgType('object', ['Object'], object);
      }
      const accessor = options.getter ? 'get' : options.setter ? 'set' : 'value';
      let owner = object;
      let desc;
      while (owner && !(desc = Object.getOwnPropertyDescriptor(owner, name))) owner = Object.getPrototypeOf(owner);
      const original = desc && desc[accessor];
      if (typeof original !== 'function') {
        throw nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
          `The argument '${accessor === 'value' ? 'methodName' : accessor === 'get' ? 'getter' : 'setter'}' must be a method. Received ${binding.inspect(original)}`);
      }
      const ownDesc = Object.getOwnPropertyDescriptor(object, name);
      const restore = () => {
        if (ownDesc) Object.defineProperty(object, name, { __proto__: null, ...ownDesc });
        else delete object[name];
      };
      const mocked = makeMock(original, implementation || original, restore, options.times);
      Object.defineProperty(object, name, { __proto__: null, ...desc, [accessor]: mocked });
      this.#restorers.push(restore);
      return mocked;
    }
    getter(object, name, implementation, options = {}) {
      return this.method(object, name, implementation, { ...options, getter: true });
    }
    setter(object, name, implementation, options = {}) {
      return this.method(object, name, implementation, { ...options, setter: true });
    }
    get timers() {
      throw notSupported('mock.timers');
    }
    reset() {
      this.restoreAll();
      this.#restorers = [];
    }
    restoreAll() {
      for (const r of this.#restorers.splice(0).reverse()) r();
    }
  }

  // ----- the exports -----------------------------------------------------------------------
  const where = () => collecting || root;
  function test(...args) {
    return declare('test', where(), args, {}).promise.then(() => undefined);
  }
  function describe(...args) {
    return declare('suite', where(), args, {}).promise.then(() => undefined);
  }
  function it(...args) {
    return declare('test', where(), args, {}).promise.then(() => undefined);
  }
  const variant = (fn, extra, name) => {
    const v = {
      [name](...args) {
        const [n, o, f] = optionsAndFn(...args);
        return fn(n, { ...o, ...extra }, f);
      },
    }[name];
    return v;
  };
  for (const f of [test, describe, it]) {
    f.skip = variant(f, { skip: true }, 'skip');
    f.todo = variant(f, { todo: true }, 'todo');
    f.only = variant(f, { only: true }, 'only');
  }
  const hook = (which) => ({
    [which](fn) {
      if (typeof fn !== 'function') throw invalidArgType('fn', ['function'], fn);
      where().hooks[which].push(fn);
    },
  })[which];

  const api = test;
  api.skip = test.skip;
  api.todo = test.todo;
  api.only = test.only;
  api.after = hook('after');
  api.afterEach = hook('afterEach');
  api.before = hook('before');
  api.beforeEach = hook('beforeEach');
  api.describe = describe;
  api.it = it;
  api.run = function run() {
    throw notSupported('test.run');
  };
  api.suite = describe;
  api.test = test;
  api.mock = new MockTracker();
  return api;
})
