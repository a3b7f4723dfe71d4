// Module objects made on first touch, for jsrt-node (src/modules/lazy/mod.rs).
//
// `require('fs')` and `require('stream')` hand out a Proxy over the object
// the module's script fills in later: the first operation of any kind on it
// (a property read, Object.keys, `new`, a call, ...) runs the script, then
// the handler's traps are deleted, so from then on every operation goes
// straight to the target and the object behaves as the plain module object.
// A program that only requires these modules never runs their scripts, which
// is most of what jsrt's start-up cost with the library (docs/STARTUP.md).
// util.types.isProxy, util.inspect and isDeepStrictEqual treat these proxies
// as their targets (src/engine/introspect.rs: the handler's `jsrtNodeLazy`).
//
// Written for this project.
(function () {
  'use strict';

  const ops = ['apply', 'construct', 'defineProperty', 'deleteProperty', 'get', 'getOwnPropertyDescriptor',
    'getPrototypeOf', 'has', 'isExtensible', 'ownKeys', 'preventExtensions', 'set', 'setPrototypeOf'];
  // handler -> { load, loading }, until the target is filled.
  const pending = new WeakMap();

  // The traps are getters on the handler: the engine reads the trap before
  // each operation, the getter fills the target, deletes the traps and
  // answers "no trap", and the engine does the operation on the target
  // itself. No trap function ever runs: so every operation, the first too,
  // is the engine's own (quickjs-ng turns an accessor descriptor a
  // getOwnPropertyDescriptor trap returns into a data descriptor).
  function lookUpTrap() {
    const st = pending.get(this);
    // While the script runs, what it does to the module object goes to the
    // target as it is.
    if (st === undefined || st.loading) return undefined;
    st.loading = true;
    try {
      st.load();
    } finally {
      st.loading = false;
    }
    pending.delete(this);
    for (const op of ops) delete this[op];
    return undefined;
  }

  const traps = { __proto__: null, jsrtNodeLazy: { __proto__: null, value: true } };
  for (const op of ops) traps[op] = { __proto__: null, get: lookUpTrap, configurable: true };

  // `load()` fills the target (a failure leaves the traps in place: the
  // next operation tries again).
  return function lazyModule(target, load) {
    const handler = Object.create(null, traps);
    pending.set(handler, { load, loading: false });
    return new Proxy(target, handler);
  };
})
