// The legacy Stream constructor for jsrt-node's node:stream, made when the
// module is required (src/modules/stream/mod.rs); core.js, run on the
// module's first use, gives it the rest (modules::lazy).
//
// Written for this project.
(function (EventEmitter) {
  'use strict';

  function Stream(opts) {
    EventEmitter.call(this, opts);
  }
  Object.setPrototypeOf(Stream.prototype, EventEmitter.prototype);
  Object.setPrototypeOf(Stream, EventEmitter);
  return Stream;
})
