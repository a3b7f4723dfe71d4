// events.EventEmitterAsyncResource for jsrt-node, made the first time
// user code reads it (events.js's accessor) with what events.js shares
// (`s`), so require('events') does not read it.
//
// Written for this project from Node 20's documented behaviour and traces of
// `node`.
(function (s) {
  'use strict';

  const { EventEmitter, errInvalidArgType, nodeError } = s;


  // This library tracks no async context: the resource numbers itself and runs
  // callbacks directly, which is what Node's runInAsyncScope amounts to when
  // no async hook listens.
  let lastAsyncId = 1;
  function defineAsyncResource() {
    const RESOURCE = Symbol('kAsyncResource');
    const OWNER = Symbol('kEventEmitter');
    const badThis = (type) => nodeError('TypeError', 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);

    class EventEmitterReferencingAsyncResource {
      #id = ++lastAsyncId;
      #trigger;
      constructor(owner, type, options) {
        this.type = type;
        this.#trigger = options?.triggerAsyncId ?? 1;
        this[OWNER] = owner;
      }
      runInAsyncScope(fn, thisArg, ...args) {
        return fn.apply(thisArg, args);
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
      get eventEmitter() {
        const owner = this[OWNER];
        if (owner === undefined) throw badThis('EventEmitterReferencingAsyncResource');
        return owner;
      }
    }

    const resourceOf = (self) => {
      const r = self[RESOURCE];
      if (r === undefined) throw badThis('EventEmitterAsyncResource');
      return r;
    };

    return class EventEmitterAsyncResource extends EventEmitter {
      constructor(options = undefined) {
        let name;
        if (typeof options === 'string') {
          name = options;
          options = undefined;
        } else {
          if (new.target === EventEmitterAsyncResource) {
            const given = options?.name;
            if (typeof given !== 'string') throw errInvalidArgType('options.name', 'string', given);
          }
          name = options?.name || new.target.name;
        }
        super(options);
        this[RESOURCE] = new EventEmitterReferencingAsyncResource(this, name, options);
      }
      emit(event, ...args) {
        const r = resourceOf(this);
        return r.runInAsyncScope(super.emit, this, event, ...args);
      }
      emitDestroy() {
        resourceOf(this).emitDestroy();
      }
      get asyncId() {
        return resourceOf(this).asyncId();
      }
      get triggerAsyncId() {
        return resourceOf(this).triggerAsyncId();
      }
      get asyncResource() {
        return resourceOf(this);
      }
    };
  }

  return defineAsyncResource();
})
