// events.EventEmitterAsyncResource for jsrt-node, made the first time
// user code reads it (events.js's accessor) with what events.js shares
// (`s`), so require('events') does not read it.
//
// Written for this project from Node 20's documented behaviour and traces of
// `node`.
(function (s) {
  'use strict';

  const { EventEmitter, AsyncResource, errInvalidArgType, nodeError } = s;

  // Node's resources are async_hooks' AsyncResource (one id counter, its
  // triggerAsyncId checks, bind) plus the emitter they belong to.
  function defineAsyncResource() {
    const RESOURCE = Symbol('kAsyncResource');
    const OWNER = Symbol('kEventEmitter');
    const badThis = (type) => nodeError('TypeError', 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);

    class EventEmitterReferencingAsyncResource extends AsyncResource {
      constructor(owner, type, options) {
        super(type, options);
        this[OWNER] = owner;
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

    // A string argument is the type itself; else options.name (which this
    // class, not a subclass, requires) or the subclass's name.
    const typeOf = (options, ctor) => {
      if (typeof options === 'string') return options;
      const given = options?.name;
      if (ctor === EventEmitterAsyncResource && typeof given !== 'string') {
        throw errInvalidArgType('options.name', 'string', given);
      }
      return given || ctor.name;
    };

    class EventEmitterAsyncResource extends EventEmitter {
      constructor(options = undefined) {
        const type = typeOf(options, new.target);
        const opts = typeof options === 'string' ? undefined : options;
        super(opts);
        this[RESOURCE] = new EventEmitterReferencingAsyncResource(this, type, opts);
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
    }
    return EventEmitterAsyncResource;
  }

  return defineAsyncResource();
})
