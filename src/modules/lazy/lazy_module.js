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

  const R = Reflect;
  const ops = ['apply', 'construct', 'defineProperty', 'deleteProperty', 'get', 'getOwnPropertyDescriptor',
    'getPrototypeOf', 'has', 'isExtensible', 'ownKeys', 'preventExtensions', 'set', 'setPrototypeOf'];
  // target -> { handler, load, loading }, until the target is filled.
  const pending = new WeakMap();

  function fill(target) {
    const st = pending.get(target);
    // While the script runs, what it does to the module object goes to the
    // target as it is.
    if (st === undefined || st.loading) return;
    st.loading = true;
    let made;
    try {
      made = st.load();
    } finally {
      st.loading = false;
    }
    if (made !== target) {
      for (const key of R.ownKeys(made)) {
        R.defineProperty(target, key, { __proto__: null, ...R.getOwnPropertyDescriptor(made, key) });
      }
    }
    pending.delete(target);
    for (const op of ops) delete st.handler[op];
  }

  const traps = { __proto__: null };
  for (const op of ops) {
    const reflect = R[op];
    traps[op] = function (target, a, b, c) {
      fill(target);
      return reflect(target, a, b, c);
    };
  }

  // `load()` returns the module's object: the target itself, or an object
  // whose own properties are copied onto it in order.
  return function lazyModule(target, load) {
    const handler = { __proto__: null, jsrtNodeLazy: true };
    for (const op of ops) handler[op] = traps[op];
    pending.set(target, { handler, load, loading: false });
    return new Proxy(target, handler);
  };
})
