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
  let fromParts;
  let fileBacked;
  let contentsOf;

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

  // A Blob's contents are a list of parts: byte arrays (never written to
  // after construction, so slices share them) and ranges of files
  // (fs.openAsBlob), read when the Blob is read — and refused with Node's
  // NotReadableError if the file changed since it was opened.
  const isFilePart = (p) => !(p instanceof Uint8Array);
  const partLength = (p) => (isFilePart(p) ? p.end - p.start : p.length);

  // The bytes of `arrays` (`size` in all) in one new array.
  function joinBytes(arrays, size) {
    const all = new Uint8Array(size);
    let pos = 0;
    for (const a of arrays) {
      all.set(a, pos);
      pos += a.length;
    }
    return all;
  }

  function concatMemory(parts) {
    const out = [];
    let run = [];
    let runLength = 0;
    const flush = () => {
      if (run.length === 1) out.push(run[0]);
      else if (run.length > 1) out.push(joinBytes(run, runLength));
      run = [];
      runLength = 0;
    };
    for (const p of parts) {
      if (isFilePart(p)) {
        flush();
        out.push(p);
      } else if (p.length > 0) {
        run.push(p);
        runLength += p.length;
      }
    }
    flush();
    return out;
  }

  const NOT_READABLE = 'The blob could not be read';
  const notReadable = () => (typeof DOMException === 'function' ? new DOMException(NOT_READABLE, 'NotReadableError')
    : Object.assign(new Error(NOT_READABLE), { name: 'NotReadableError' }));

  // Whether a file part's file is still as it was opened (size and
  // modification time), checked when a read starts, before anything awaits:
  // a change made after that is not seen by that read.
  function checkFile(part) {
    let st;
    try {
      st = natives.loadBuiltin('fs').statSync(part.file.path, { bigint: true });
    } catch {
      throw notReadable();
    }
    if (st.size !== part.file.size || st.mtimeNs !== part.file.mtimeNs) throw notReadable();
  }

  // Copies bytes [start, end) of a file part's file into `into` at `at`.
  async function readFileRange(part, start, end, into, at) {
    if (start === end) return;
    const { promises } = natives.loadBuiltin('fs');
    let fh;
    try {
      fh = await promises.open(part.file.path, 'r');
    } catch {
      throw notReadable();
    }
    try {
      for (let pos = start; pos < end;) {
        const { bytesRead } = await fh.read(into, at + (pos - start), end - pos, pos);
        if (bytesRead === 0) throw notReadable();
        pos += bytesRead;
      }
    } finally {
      await fh.close();
    }
  }

  async function readParts(parts, size) {
    const out = new Uint8Array(size);
    let pos = 0;
    for (const p of parts) {
      if (isFilePart(p)) await readFileRange(p, p.start, p.end, out, pos);
      else out.set(p, pos);
      pos += partLength(p);
    }
    return out;
  }

  const FILE_CHUNK = 65536;

  class Blob {
    #parts;
    #size;
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
      const parts = [];
      let size = 0;
      for (const source of sources) {
        const s = partBytes(source, endings);
        if (isBlob(s)) {
          for (const p of s.#parts) parts.push(p);
          size += s.#size;
        } else {
          parts.push(s);
          size += s.length;
        }
      }
      this.#parts = concatMemory(parts);
      this.#size = size;
      this.#type = normalizeType(type);
    }

    static {
      isBlob = (v) => v != null && typeof v === 'object' && #parts in v;
      fromParts = (parts, size, type) => {
        const b = new Blob();
        b.#parts = parts;
        b.#size = size;
        b.#type = normalizeType(type);
        return b;
      };
      fileBacked = (v) => v.#parts.some(isFilePart);
      contentsOf = (v) => [v.#parts, v.#size, v.#type];
    }

    get type() {
      if (!isBlob(this)) throw thisErr('Blob');
      return this.#type;
    }

    get size() {
      if (!isBlob(this)) throw thisErr('Blob');
      return this.#size;
    }

    slice(start = 0, end = this.#size, contentType = '') {
      if (!isBlob(this)) throw thisErr('Blob');
      const len = this.#size;
      start = start < 0 ? Math.max(len + start, 0) : Math.min(start, len);
      end = end < 0 ? Math.max(len + end, 0) : Math.min(end, len);
      start = Math.trunc(start) || 0;
      end = Math.trunc(end) || 0;
      const stop = start + Math.max(end - start, 0);
      const parts = [];
      let pos = 0;
      for (const p of this.#parts) {
        const n = partLength(p);
        const from = Math.max(start - pos, 0);
        const to = Math.min(stop - pos, n);
        if (from < to) {
          if (isFilePart(p)) parts.push({ file: p.file, start: p.start + from, end: p.start + to });
          else parts.push(p.subarray(from, to));
        }
        pos += n;
        if (pos >= stop) break;
      }
      return fromParts(parts, stop - start, contentType);
    }

    // Every byte, as a new array: at once when all are in memory, else after
    // the files are read.
    #collect() {
      const parts = this.#parts;
      if (!parts.some(isFilePart)) return Promise.resolve(joinBytes(parts, this.#size));
      try {
        for (const p of parts) if (isFilePart(p)) checkFile(p);
      } catch (e) {
        return Promise.reject(e);
      }
      return readParts(parts, this.#size);
    }

    arrayBuffer() {
      if (!isBlob(this)) return Promise.reject(thisErr('Blob'));
      return this.#collect().then((b) => b.buffer);
    }

    text() {
      if (!isBlob(this)) return Promise.reject(thisErr('Blob'));
      return this.#collect().then((b) => {
        const bom = b.length >= 3 && b[0] === 0xEF && b[1] === 0xBB && b[2] === 0xBF;
        return utf8Slice.call(b, bom ? 3 : 0, b.length);
      });
    }

    bytes() {
      if (!isBlob(this)) return Promise.reject(thisErr('Blob'));
      return this.#collect();
    }

    stream() {
      if (!isBlob(this)) throw thisErr('Blob');
      const ReadableStream = natives.readableStream();
      const parts = this.#parts;
      if (!parts.some(isFilePart)) {
        // A byte stream (BYOB readers work) handing out a copy of the contents.
        const size = this.#size;
        return new ReadableStream({
          type: 'bytes',
          pull(c) {
            if (size > 0) c.enqueue(joinBytes(parts, size));
            c.close();
            if (c.byobRequest) c.byobRequest.respond(0);
          },
        });
      }
      // File parts are read 64 KiB at a time, as Node does.
      let i = 0;
      let offset = 0;
      return new ReadableStream({
        type: 'bytes',
        async pull(c) {
          while (i < parts.length && offset >= partLength(parts[i])) {
            // An empty range of a file still checks the file is unchanged.
            if (offset === 0 && isFilePart(parts[i])) checkFile(parts[i]);
            i++;
            offset = 0;
          }
          if (i === parts.length) {
            c.close();
            if (c.byobRequest) c.byobRequest.respond(0);
            return;
          }
          const p = parts[i];
          const n = Math.min(partLength(p) - offset, isFilePart(p) ? FILE_CHUNK : Infinity);
          const chunk = new Uint8Array(n);
          if (isFilePart(p)) {
            checkFile(p);
            await readFileRange(p, p.start + offset, p.start + offset + n, chunk, 0);
          }
          else chunk.set(p.subarray(offset, offset + n));
          offset += n;
          c.enqueue(chunk);
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
  Object.defineProperty(Blob.prototype, Symbol.toStringTag, { __proto__: null, configurable: true, value: 'Blob' });

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
  Object.defineProperty(File.prototype, Symbol.toStringTag, { __proto__: null, configurable: true, value: 'File' });

  // For fs.openAsBlob: a Blob over a whole file as it is now.
  function openFileBlob(path, size, mtimeNs, type) {
    const part = { file: { path, size, mtimeNs }, start: 0, end: Number(size) };
    return fromParts([part], Number(size), type);
  }

  // For structuredClone: a Blob's clone (a plain Blob with its bytes and
  // type, as Node makes for File and subclasses too), undefined for
  // anything else. File-backed Blobs are refused as in Node.
  function cloneBlob(v) {
    if (!isBlob(v)) return undefined;
    if (fileBacked(v)) throw natives.invalidState('File-backed Blobs are not cloneable');
    const [parts, size, type] = contentsOf(v);
    return fromParts(parts, size, type);
  }

  return [Blob, File, openFileBlob, cloneBlob];
})
