// node:stream/web, part 5 of 5: byte streams (`type: 'bytes'`), the BYOB
// reader and request, and ReadableByteStreamController.
//
// Not built yet: a byte source is refused with ERR_NOT_SUPPORTED naming the
// API, so code that needs one fails loudly instead of getting a default
// stream that behaves differently. The classes exist with Node's names and
// the checks Node makes before any byte-stream work.
(function (binding, web) {
  'use strict';

  const { err, recordOf, INTERNAL, finishClass } = web;

  const notByteStream = (stream) => err.argValue('stream', stream, 'must be a byte stream');

  class ReadableStreamBYOBReader {
    constructor(stream) {
      const rs = recordOf(stream, 'ReadableStream');
      if (rs === null) throw err.argType('stream', 'ReadableStream', stream);
      throw notByteStream(stream);
    }
    read() {
      throw err.badThis('ReadableStreamBYOBReader');
    }
    releaseLock() {
      throw err.badThis('ReadableStreamBYOBReader');
    }
    get closed() {
      return Promise.reject(err.badThis('ReadableStreamBYOBReader'));
    }
    cancel() {
      return Promise.reject(err.badThis('ReadableStreamBYOBReader'));
    }
  }

  class ReadableStreamBYOBRequest {
    constructor(token = undefined) {
      if (token !== INTERNAL) throw err.illegal();
    }
    get view() {
      throw err.badThis('ReadableStreamBYOBRequest');
    }
    respond() {
      throw err.badThis('ReadableStreamBYOBRequest');
    }
    respondWithNewView() {
      throw err.badThis('ReadableStreamBYOBRequest');
    }
  }

  class ReadableByteStreamController {
    constructor(token = undefined) {
      if (token !== INTERNAL) throw err.illegal();
    }
    get byobRequest() {
      throw err.badThis('ReadableByteStreamController');
    }
    get desiredSize() {
      throw err.badThis('ReadableByteStreamController');
    }
    close() {
      throw err.badThis('ReadableByteStreamController');
    }
    enqueue() {
      throw err.badThis('ReadableByteStreamController');
    }
    error() {
      throw err.badThis('ReadableByteStreamController');
    }
  }

  finishClass(ReadableStreamBYOBReader);
  finishClass(ReadableStreamBYOBRequest);
  finishClass(ReadableByteStreamController);

  web.bytes = {
    setUpFromSource() {
      throw err.unsupported("ReadableStream type 'bytes'");
    },
    acquireByobReader(rs) {
      throw notByteStream(rs.shell);
    },
  };
  Object.assign(web, { ReadableStreamBYOBReader, ReadableStreamBYOBRequest, ReadableByteStreamController });
  return web;
})
