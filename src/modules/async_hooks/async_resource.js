// node:async_hooks' AsyncResource for jsrt-node. The library tracks no async
// context (createHook, AsyncLocalStorage and the id queries stay the stub's
// and throw ERR_NOT_SUPPORTED), so running "in a resource's scope" is calling
// the function: what Node does when no hook or store listens. Libraries that
// only wrap callbacks (p-limit's AsyncResource.bind) work unchanged.
// Evaluated once per context by src/modules/async_hooks/mod.rs.
//
// Written for this project from Node's documentation and traces of `node`.
(function (binding) {
  'use strict';

  const { errType, nodeError, loadBuiltin } = binding;
  // util.deprecate, as Node's accessor is made: functions named `deprecated`,
  // DEP0172 once.
  const deprecate = (fn) => loadBuiltin('util').deprecate(fn, 'The asyncResource property on bound functions is deprecated', 'DEP0172');
  let lastId = 1;

  function checkFunction(fn) {
    if (typeof fn !== 'function') throw errType('fn', 'function', fn);
  }

  class AsyncResource {
    #id;
    #trigger;

    constructor(type, options = {}) {
      if (typeof type !== 'string') throw errType('type', 'string', type);
      let trigger = typeof options === 'number' ? options : options?.triggerAsyncId;
      if (trigger === undefined) {
        trigger = 1;
      } else if (!Number.isSafeInteger(trigger) || trigger < -1) {
        throw nodeError('RangeError', 'ERR_INVALID_ASYNC_ID', `Invalid triggerAsyncId value: ${String(trigger)}`);
      }
      this.#id = ++lastId;
      this.#trigger = trigger;
    }

    runInAsyncScope(fn, thisArg, ...args) {
      return Reflect.apply(fn, thisArg, args);
    }

    emitDestroy() {
      return this;
    }

    asyncId() {
      return this.#id;
    }

    triggerAsyncId() {
      return this.#trigger;
    }

    bind(fn, thisArg) {
      checkFunction(fn);
      let bound;
      if (thisArg === undefined) {
        const resource = this;
        // A plain function: the caller's `this` goes through.
        bound = function (...args) {
          return resource.runInAsyncScope(fn, this, ...args);
        };
        Object.defineProperty(bound, 'name', { __proto__: null, value: 'bound', configurable: true });
      } else {
        bound = this.runInAsyncScope.bind(this, fn, thisArg);
      }
      const resource = this;
      Object.defineProperties(bound, {
        length: { __proto__: null, value: fn.length, writable: false, enumerable: false, configurable: true },
        asyncResource: {
          __proto__: null,
          enumerable: true,
          configurable: true,
          get: deprecate(function deprecated() { return resource; }),
          set: deprecate(function deprecated(value) { Object.defineProperty(this, 'asyncResource', { __proto__: null, value, writable: true, enumerable: true, configurable: true }); }),
        },
      });
      return bound;
    }

    static bind(fn, type, thisArg) {
      checkFunction(fn);
      return new this(type || fn.name || 'bound-anonymous-fn').bind(fn, thisArg);
    }
  }

  return AsyncResource;
});
