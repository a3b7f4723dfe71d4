/**
 * Process stdio streams for jsrt: process.stdin (a Node Readable) and
 * process.stdout / process.stderr (Node Writables), built on jsrt-node's host
 * stdio adapter (JsrtNodeSink / JsrtNodeSource in jsrt_node.h).
 *
 * Replaces jsrt's src/node/process/process_streams.c (see jsrt-node's
 * docs/INTEGRATING-JSRT.md, "process.stdin/stdout/stderr"). The stream
 * machinery (write/end/cork, events, pipe, backpressure, setEncoding, for
 * await) is jsrt-node's node:stream; this file only moves bytes:
 *
 *   terminal   uv_tty_t; writes in blocking mode (synchronous, as Node on POSIX)
 *   pipe/socket uv_pipe_t; a write that does not fit now completes on the loop
 *   file       synchronous uv_fs_write; reads are uv_fs_read requests on the loop
 *
 * Every libuv call runs on the loop jsrt handed to JSRT_NodeContextInit
 * (JSRT_NodeGetLoop). jsrt must ignore SIGPIPE (Node does), so a reader that
 * goes away is an EPIPE 'error' on the stream instead of the end of the
 * process.
 */

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <uv.h>

#include "../node_modules.h" /* jsrt-node's jsrt_node_compat.h: jsrt_node.h */
#include "process.h"

extern void js_std_dump_error(JSContext* ctx);

#define STDIO_CHUNK 65536

typedef enum { STDIO_TTY, STDIO_PIPE, STDIO_FILE } StdioKind;

typedef struct StdioStream {
  /* First member: the adapter hands these pointers back to the callbacks. */
  union {
    JsrtNodeSink sink;
    JsrtNodeSource source;
  } api;
  JSContext* ctx;
  int fd;
  StdioKind kind;
  int has_handle;
  union {
    uv_handle_t handle;
    uv_stream_t stream;
    uv_tty_t tty;
    uv_pipe_t pipe;
  } h;
  uv_write_t write_req;
  uv_fs_t read_req;
  uv_buf_t read_buf;
  int read_in_flight; /* files: a uv_fs_read is out; its callback frees a destroyed stream */
  int wanted;         /* files: between start and stop */
  int destroyed;
  char buf[STDIO_CHUNK];
} StdioStream;

/* A callback the loop ran threw (e.g. no 'error' listener): report it as
 * jsrt reports any uncaught exception. */
static void stdio_check(JSContext* ctx, int rc) {
  if (rc == JSRT_NODE_ERR_EXCEPTION) js_std_dump_error(ctx);
}

static void stdio_free_after_close(uv_handle_t* h) {
  free(h->data);
}

static void stdio_release(StdioStream* s) {
  s->destroyed = 1;
  if (s->read_in_flight) return; /* the read's callback frees it */
  if (s->has_handle) {
    /* libuv leaves fds 0-2 open when it closes their handle. */
    s->h.handle.data = s;
    uv_close(&s->h.handle, stdio_free_after_close);
  } else {
    free(s);
  }
}

/* ----- stdout / stderr ----------------------------------------------------- */

static int stdio_write_file(StdioStream* s, const uv_buf_t* bufs, unsigned n) {
  for (unsigned i = 0; i < n; i++) {
    const char* p = bufs[i].base;
    size_t left = bufs[i].len;
    while (left > 0) {
      uv_fs_t req;
      uv_buf_t b = uv_buf_init((char*)p, (unsigned)left);
      int r = uv_fs_write(NULL, &req, s->fd, &b, 1, -1, NULL); /* NULL callback: synchronous */
      uv_fs_req_cleanup(&req);
      if (r < 0) return r;
      p += r;
      left -= (size_t)r;
    }
  }
  return 0;
}

static void stdio_on_written(uv_write_t* req, int status) {
  StdioStream* s = req->data;
  if (s->destroyed) return;
  stdio_check(s->ctx, JSRT_NodeSinkDone(s->ctx, &s->api.sink, status));
}

static int stdio_writev(JsrtNodeSink* sink, const JsrtNodeSlice* slices, size_t count) {
  StdioStream* s = (StdioStream*)sink;
  uv_buf_t* bufs = malloc(count * sizeof *bufs);
  if (!bufs) return UV_ENOMEM;
  size_t total = 0;
  for (size_t i = 0; i < count; i++) {
    bufs[i] = uv_buf_init((char*)slices[i].base, (unsigned)slices[i].len);
    total += slices[i].len;
  }
  int status = 0, later = 0;
  if (s->kind == STDIO_FILE) {
    status = stdio_write_file(s, bufs, (unsigned)count);
  } else {
    int r = uv_try_write(&s->h.stream, bufs, (unsigned)count);
    if (r < 0 && r != UV_EAGAIN) {
      status = r;
    } else if (r < 0 || (size_t)r < total) {
      /* The rest goes out when the fd is writable; libuv copies the bufs. */
      size_t skip = r < 0 ? 0 : (size_t)r, first = 0;
      while (skip >= bufs[first].len) skip -= bufs[first++].len;
      bufs[first].base += skip;
      bufs[first].len -= skip;
      s->write_req.data = s;
      status = uv_write(&s->write_req, &s->h.stream, bufs + first, (unsigned)(count - first), stdio_on_written);
      later = status == 0;
    }
  }
  free(bufs);
  /* Finished (or failed) inside the call: report it now; the adapter knows. */
  if (!later) JSRT_NodeSinkDone(s->ctx, sink, status);
  return 0;
}

static int stdio_write(JsrtNodeSink* sink, const uint8_t* bytes, size_t len) {
  JsrtNodeSlice one = {bytes, len};
  return stdio_writev(sink, &one, 1);
}

static void stdio_sink_destroy(JsrtNodeSink* sink) {
  stdio_release((StdioStream*)sink);
}

/* ----- stdin ------------------------------------------------------------------ */

static void stdio_alloc(uv_handle_t* h, size_t suggested, uv_buf_t* buf) {
  StdioStream* s = h->data;
  *buf = uv_buf_init(s->buf, sizeof s->buf);
}

static void stdio_on_read(uv_stream_t* h, ssize_t n, const uv_buf_t* buf) {
  StdioStream* s = h->data;
  if (s->destroyed) return;
  if (n > 0) {
    stdio_check(s->ctx, JSRT_NodeSourcePush(s->ctx, &s->api.source, (const uint8_t*)buf->base, (size_t)n));
  } else if (n < 0) {
    uv_read_stop(h);
    stdio_check(s->ctx, JSRT_NodeSourceEnd(s->ctx, &s->api.source, n == UV_EOF ? 0 : (int)n));
  }
}

static void stdio_on_file_read(uv_fs_t* req);

static int stdio_read_file(StdioStream* s) {
  uv_fs_req_cleanup(&s->read_req);
  s->read_buf = uv_buf_init(s->buf, sizeof s->buf);
  s->read_req.data = s;
  int rc = uv_fs_read(JSRT_NodeGetLoop(s->ctx), &s->read_req, s->fd, &s->read_buf, 1, -1, stdio_on_file_read);
  if (rc == 0) s->read_in_flight = 1;
  return rc;
}

static void stdio_on_file_read(uv_fs_t* req) {
  StdioStream* s = req->data;
  ssize_t n = req->result;
  /* read_in_flight stays set while JS runs: a destroy from a listener then
   * leaves the freeing to the end of this callback. */
  if (!s->destroyed) {
    if (n > 0) {
      stdio_check(s->ctx, JSRT_NodeSourcePush(s->ctx, &s->api.source, (const uint8_t*)s->buf, (size_t)n));
    } else {
      s->wanted = 0;
      stdio_check(s->ctx, JSRT_NodeSourceEnd(s->ctx, &s->api.source, (int)n));
    }
  }
  s->read_in_flight = 0;
  if (s->destroyed) {
    uv_fs_req_cleanup(&s->read_req);
    free(s);
    return;
  }
  if (s->wanted) {
    int rc = stdio_read_file(s);
    if (rc < 0) stdio_check(s->ctx, JSRT_NodeSourceEnd(s->ctx, &s->api.source, rc));
  }
}

static int stdio_start(JsrtNodeSource* source) {
  StdioStream* s = (StdioStream*)source;
  if (s->kind != STDIO_FILE) {
    s->h.handle.data = s;
    return uv_read_start(&s->h.stream, stdio_alloc, stdio_on_read);
  }
  s->wanted = 1;
  return s->read_in_flight ? 0 : stdio_read_file(s);
}

static int stdio_stop(JsrtNodeSource* source) {
  StdioStream* s = (StdioStream*)source;
  if (s->kind != STDIO_FILE) return uv_read_stop(&s->h.stream);
  s->wanted = 0;
  return 0;
}

static void stdio_source_destroy(JsrtNodeSource* source) {
  StdioStream* s = (StdioStream*)source;
  if (s->kind == STDIO_TTY) uv_tty_set_mode(&s->h.tty, UV_TTY_MODE_NORMAL);
  if (!s->read_in_flight) uv_fs_req_cleanup(&s->read_req);
  stdio_release(s);
}

/* ----- making the streams --------------------------------------------------------- */

static StdioStream* stdio_open(JSContext* ctx, int fd, int readable) {
  StdioStream* s = calloc(1, sizeof *s);
  if (!s) return NULL;
  uv_loop_t* loop = JSRT_NodeGetLoop(ctx);
  s->ctx = ctx;
  s->fd = fd;
  s->kind = STDIO_FILE;
  switch (uv_guess_handle(fd)) {
    case UV_TTY:
      if (uv_tty_init(loop, &s->h.tty, fd, readable) == 0) {
        s->has_handle = 1;
        s->kind = STDIO_TTY;
        if (!readable) uv_stream_set_blocking(&s->h.stream, 1); /* Node: synchronous terminal writes */
      }
      break;
    case UV_NAMED_PIPE:
    case UV_TCP:
      if (uv_pipe_init(loop, &s->h.pipe, 0) == 0) {
        s->has_handle = 1; /* closed by stdio_release even if it cannot be opened */
        if (uv_pipe_open(&s->h.pipe, fd) == 0) s->kind = STDIO_PIPE;
      }
      break;
    default:
      break; /* regular files, /dev/null and other devices */
  }
  return s;
}

static void stdio_set_props(JSContext* ctx, JSValue stream, StdioStream* s) {
  JS_SetPropertyStr(ctx, stream, "fd", JS_NewInt32(ctx, s->fd));
  if (s->kind == STDIO_TTY) {
    JS_SetPropertyStr(ctx, stream, "isTTY", JS_NewBool(ctx, 1));
    int width, height;
    if (s->fd != STDIN_FILENO && uv_tty_get_winsize(&s->h.tty, &width, &height) == 0) {
      JS_SetPropertyStr(ctx, stream, "columns", JS_NewInt32(ctx, width));
      JS_SetPropertyStr(ctx, stream, "rows", JS_NewInt32(ctx, height));
    }
  }
  if (s->fd != STDIN_FILENO) {
    static const char* const names[] = {"tty", "pipe", "fs"};
    JS_SetPropertyStr(ctx, stream, "_type", JS_NewString(ctx, names[s->kind]));
  }
}

static JSValue stdio_writable(JSContext* ctx, int fd) {
  StdioStream* s = stdio_open(ctx, fd, 0);
  if (!s) return JS_ThrowOutOfMemory(ctx);
  s->api.sink.write = stdio_write;
  s->api.sink.writev = stdio_writev;
  s->api.sink.destroy = stdio_sink_destroy;
  JSValue stream = JSRT_NodeNewWritable(ctx, &s->api.sink, -1);
  if (JS_IsException(stream)) {
    stdio_release(s);
    return stream;
  }
  stdio_set_props(ctx, stream, s);
  return stream;
}

JSValue jsrt_create_stdout_stream(JSContext* ctx) {
  return stdio_writable(ctx, STDOUT_FILENO);
}

JSValue jsrt_create_stderr_stream(JSContext* ctx) {
  return stdio_writable(ctx, STDERR_FILENO);
}

JSValue jsrt_create_stdin_stream(JSContext* ctx) {
  StdioStream* s = stdio_open(ctx, STDIN_FILENO, 1);
  if (!s) return JS_ThrowOutOfMemory(ctx);
  s->api.source.start = stdio_start;
  s->api.source.stop = stdio_stop;
  s->api.source.destroy = stdio_source_destroy;
  /* Node: stdin from a file is an fs.ReadStream, 64 KiB at a time. */
  JSValue stream = JSRT_NodeNewReadable(ctx, &s->api.source, s->kind == STDIO_FILE ? STDIO_CHUNK : -1);
  if (JS_IsException(stream)) {
    stdio_release(s);
    return stream;
  }
  stdio_set_props(ctx, stream, s);
  return stream;
}
