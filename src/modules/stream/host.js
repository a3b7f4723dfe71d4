// Node streams over a host's native sink or source (host.rs, docs/STDIO.md).
// Each step the stream machinery takes calls into Rust with the entry id; the
// host's completions come back through the callbacks handed over here.
(function (b) {
  'use strict';
  const { Writable, Readable } = b;
  const withMark = (options, hwm) => {
    if (hwm >= 0) options.highWaterMark = hwm;
    return options;
  };
  return {
    // `stdio`: process.stdout/stderr, which Node never lets end or be
    // destroyed for good: after 'finish'/'close' the stream is fresh again
    // and the sink stays (its fd is the process's).
    writable(id, hwm, hasWritev, hasEnd, stdio) {
      const options = {
        write(chunk, encoding, cb) { b.sinkWrite(id, [chunk], cb); },
        destroy: stdio ? function destroy(err, cb) {
          cb(err);
          this._undestroy();
        } : function destroy(err, cb) {
          b.release(id);
          cb(err);
        },
      };
      if (hasWritev) {
        options.writev = function writev(entries, cb) {
          const chunks = new Array(entries.length);
          for (let i = 0; i < entries.length; i++) chunks[i] = entries[i].chunk;
          b.sinkWrite(id, chunks, cb);
        };
      }
      if (hasEnd) options.final = function final(cb) { b.sinkEnd(id, cb); };
      return new Writable(withMark(options, hwm));
    },
    readable(id, hwm) {
      const stream = new Readable(withMark({
        read() { b.sourceRead(id); },
        destroy(err, cb) { b.release(id); cb(err); },
      }, hwm));
      // A paused stream stops its source at once (not only once the buffer
      // is full), so a paused stdin lets the program end, as in Node.
      stream.on('pause', () => {
        if (b.sourceStop(id)) stream._readableState.reading = false;
      });
      return stream;
    },
  };
})
