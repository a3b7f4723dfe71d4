'use strict';
// node:stream/consumers: read a whole stream into one value. Written for this
// library from Node's documentation and observed behaviour.
//
// Every consumer walks its input with for-await, the protocol Node's streams,
// web ReadableStreams and async generators all speak; text decodes as it goes
// (a character split across chunks comes out whole), the byte forms gather
// the chunks into a Blob, which takes strings, buffers and views as Node's do.
(function (binding) {
  const { Buffer, Blob, TextDecoder } = binding;

  // V8's wording for a for-await over something that cannot be iterated.
  function checkIterable(source) {
    if (source == null) {
      throw new TypeError(`Cannot read properties of ${source} (reading 'Symbol(Symbol.asyncIterator)')`);
    }
    if (typeof source[Symbol.asyncIterator] !== 'function' && typeof source[Symbol.iterator] !== 'function') {
      throw new TypeError('stream is not async iterable');
    }
  }

  async function gather(source) {
    checkIterable(source);
    const parts = [];
    for await (const part of source) parts.push(part);
    return new Blob(parts);
  }

  async function decodeAll(source) {
    checkIterable(source);
    const decoder = new TextDecoder();
    let out = '';
    for await (const part of source) {
      out += typeof part === 'string' ? part : decoder.decode(part, { stream: true });
    }
    return out + decoder.decode();
  }

  // Named and sized as Node's exports are (each takes the stream).
  const consumers = {
    arrayBuffer: async (source) => (await gather(source)).arrayBuffer(),
    blob: async (source) => gather(source),
    buffer: async (source) => Buffer.from(await (await gather(source)).arrayBuffer()),
    text: async (source) => decodeAll(source),
    json: async (source) => JSON.parse(await decodeAll(source)),
  };
  return consumers;
})
