// Blob and File for node:buffer (lib/internal/blob.js, lib/internal/file.js
// semantics). A factory evaluated once per context; the natives make Node's
// errors and classify binary values, Buffer does the UTF-8 work.
(function (Buffer, natives) {
  'use strict';
  const { typeErr, valueErr, missingArgs, thisErr, kindOf } = natives;
  const utf8Slice = Buffer.prototype.utf8Slice;
  const disallowedType = /[^\u0020-\u007E]/;
  const customInspect = Symbol.for('nodejs.util.inspect.custom');

  function quote(s) {
    if (!s.includes("'")) return `'${s}'`;
    if (!s.includes('"')) return `"${s}"`;
    return `'${s.replace(/'/g, "\\'")}'`;
  }

  function normalizeType(type) {
    type = `${type}`;
    return disallowedType.test(type) ? '' : type.toLowerCase();
  }

  let isBlob;

  // A part's own copy of its bytes (a Blob part is returned as is: its bytes
  // never change).
  function partBytes(part, endings) {
    if (isBlob(part)) return part;
    switch (kindOf(part)) {
      case 2: return new Uint8Array(part.slice(0));
      case 1: return new Uint8Array(new Uint8Array(part.buffer, part.byteOffset, part.byteLength));
      default: {
        const text = endings === 'native' ? `${part}`.replace(/\n|\r\n/g, '\n') : `${part}`;
        return new Uint8Array(Buffer.from(text, 'utf8'));
      }
    }
  }

  class Blob {
    #bytes;
    #type;

    constructor(sources = [], options) {
      if (sources === null || typeof sources[Symbol.iterator] !== 'function' || typeof sources === 'string') {
        throw typeErr('sources', ['a sequence'], sources);
      }
      if (options != null && typeof options !== 'object' && typeof options !== 'function') {
        throw typeErr('options', ['a dictionary'], options);
      }
      let { type = '', endings = 'transparent' } = options ?? {};
      endings = `${endings}`;
      if (endings !== 'transparent' && endings !== 'native') throw valueErr('options.endings', endings);
      let length = 0;
      const parts = Array.from(sources, (source) => {
        const s = partBytes(source, endings);
        const bytes = isBlob(s) ? s.#bytes : s;
        length += bytes.length;
        return bytes;
      });
      const all = new Uint8Array(length);
      let pos = 0;
      for (const p of parts) {
        all.set(p, pos);
        pos += p.length;
      }
      this.#bytes = all;
      this.#type = normalizeType(type);
    }

    static {
      isBlob = (v) => v != null && typeof v === 'object' && #bytes in v;
    }

    get type() {
      if (!isBlob(this)) throw thisErr('Blob');
      return this.#type;
    }

    get size() {
      if (!isBlob(this)) throw thisErr('Blob');
      return this.#bytes.length;
    }

    slice(start = 0, end = this.#bytes.length, contentType = '') {
      if (!isBlob(this)) throw thisErr('Blob');
      const len = this.#bytes.length;
      start = start < 0 ? Math.max(len + start, 0) : Math.min(start, len);
      end = end < 0 ? Math.max(len + end, 0) : Math.min(end, len);
      start = Math.trunc(start) || 0;
      end = Math.trunc(end) || 0;
      const span = Math.max(end - start, 0);
      const b = new Blob();
      b.#bytes = this.#bytes.slice(start, start + span);
      b.#type = normalizeType(contentType);
      return b;
    }

    arrayBuffer() {
      if (!isBlob(this)) return Promise.reject(thisErr('Blob'));
      return Promise.resolve(this.#bytes.slice().buffer);
    }

    text() {
      if (!isBlob(this)) return Promise.reject(thisErr('Blob'));
      const b = this.#bytes;
      const bom = b.length >= 3 && b[0] === 0xEF && b[1] === 0xBB && b[2] === 0xBF;
      return Promise.resolve(utf8Slice.call(b, bom ? 3 : 0, b.length));
    }

    bytes() {
      if (!isBlob(this)) return Promise.reject(thisErr('Blob'));
      return Promise.resolve(this.#bytes.slice());
    }

    stream() {
      if (!isBlob(this)) throw thisErr('Blob');
      // A byte stream (BYOB readers work) handing out a copy of the contents.
      const bytes = this.#bytes;
      const ReadableStream = natives.readableStream();
      return new ReadableStream({
        type: 'bytes',
        pull(c) {
          if (bytes.length > 0) c.enqueue(bytes.slice());
          c.close();
          if (c.byobRequest) c.byobRequest.respond(0);
        },
      });
    }

    [customInspect](depth) {
      if (depth < 0) return this; // nested too deep: inspect shows [Blob]
      return `Blob { size: ${this.size}, type: ${quote(this.type)} }`;
    }
  }

  const enumerable = { enumerable: true };
  Object.defineProperties(Blob.prototype, {
    size: enumerable, type: enumerable, slice: enumerable, stream: enumerable,
    text: enumerable, arrayBuffer: enumerable,
  });
  Object.defineProperty(Blob.prototype, Symbol.toStringTag, { configurable: true, value: 'Blob' });

  class File extends Blob {
    #name;
    #lastModified;

    constructor(fileBits, fileName, options = {}) {
      if (arguments.length < 2) throw missingArgs('fileBits', 'fileName');
      super(fileBits, options);
      const stamp = (options ?? {}).lastModified;
      // A given stamp becomes a number (NaN reads as 0); none means now.
      const n = stamp === undefined ? Date.now() : +stamp;
      this.#lastModified = Number.isNaN(n) ? 0 : n;
      // Lone surrogates become U+FFFD, as a USVString.
      this.#name = Buffer.from(`${fileName}`, 'utf8').toString('utf8');
    }

    get name() {
      if (!this || typeof this !== 'object' || !(#name in this)) throw thisErr('File');
      return this.#name;
    }

    get lastModified() {
      if (!this || typeof this !== 'object' || !(#name in this)) throw thisErr('File');
      return this.#lastModified;
    }

    [customInspect](depth) {
      if (depth < 0) return this;
      return `File { size: ${this.size}, type: ${quote(this.type)}, name: ${quote(this.name)}, lastModified: ${this.lastModified} }`;
    }
  }

  Object.defineProperties(File.prototype, { name: enumerable, lastModified: enumerable });
  Object.defineProperty(File.prototype, Symbol.toStringTag, { configurable: true, value: 'File' });

  return [Blob, File];
})
