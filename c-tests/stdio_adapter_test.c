/* The host stdio adapter (JSRT_NodeNewWritable/-Readable, docs/STDIO.md)
 * driven from C the way a host drives it: sinks that complete later on the
 * loop and at once, failing writes, a source paced by a libuv timer, with
 * backpressure both ways. The JS side records events in `log`; the C side
 * counts the calls it got. Leaks abort at JS_FreeRuntime on the bundled
 * engine. */
#include <stdio.h>
#include <string.h>

#include "jsrt_node.h"

static int failures, checks;
static JSContext *g_ctx;
static uv_loop_t g_loop;

#define CHECK(cond, ...)                    \
  do {                                      \
    checks++;                               \
    if (!(cond)) {                          \
      failures++;                           \
      fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__); \
      fprintf(stderr, __VA_ARGS__);         \
      fputc('\n', stderr);                  \
    }                                       \
  } while (0)

/* ----- a sink: collects bytes; completes on the next loop turn, or at once -- */

typedef struct TestSink {
  JsrtNodeSink base; /* first: the library hands this pointer back */
  uv_timer_t timer;
  int sync;          /* report completions from inside the call */
  int fail;          /* complete every write with this status */
  char out[4096];
  size_t n;
  int writes, writevs, ends, destroys, pending;
} TestSink;

static void report(TestSink *s) {
  int rc = JSRT_NodeSinkDone(g_ctx, &s->base, s->fail);
  CHECK(rc == JSRT_NODE_OK, "SinkDone returned %d", rc);
}

static void on_timer(uv_timer_t *t) {
  TestSink *s = t->data;
  s->pending = 0;
  report(s);
}

static int complete(TestSink *s) {
  if (s->sync) {
    report(s);
  } else {
    s->pending = 1;
    uv_timer_start(&s->timer, on_timer, 0, 0);
  }
  return 0;
}

static void append(TestSink *s, const uint8_t *b, size_t len) {
  if (s->n + len < sizeof s->out) {
    memcpy(s->out + s->n, b, len);
    s->n += len;
  }
}

static int sink_write(JsrtNodeSink *sink, const uint8_t *bytes, size_t len) {
  TestSink *s = (TestSink *)sink;
  s->writes++;
  append(s, bytes, len);
  return complete(s);
}

static int sink_writev(JsrtNodeSink *sink, const JsrtNodeSlice *slices, size_t count) {
  TestSink *s = (TestSink *)sink;
  s->writevs++;
  for (size_t i = 0; i < count; i++) append(s, slices[i].base, slices[i].len);
  return complete(s);
}

static int sink_end(JsrtNodeSink *sink) {
  TestSink *s = (TestSink *)sink;
  s->ends++;
  return complete(s);
}

static void sink_destroy(JsrtNodeSink *sink) {
  TestSink *s = (TestSink *)sink;
  s->destroys++;
  uv_timer_stop(&s->timer);
}

static void sink_init(TestSink *s, int sync, int fail, int writev) {
  memset(s, 0, sizeof *s);
  s->base.write = sink_write;
  s->base.writev = writev ? sink_writev : NULL;
  s->base.end = sink_end;
  s->base.destroy = sink_destroy;
  s->sync = sync;
  s->fail = fail;
  uv_timer_init(&g_loop, &s->timer);
  s->timer.data = s;
}

/* ----- a source: pushes `total` chunks of 1000 bytes, one per timer tick ----- */

typedef struct TestSource {
  JsrtNodeSource base;
  uv_timer_t timer;
  int total, produced, fail;
  int starts, stops, destroys, refused;
} TestSource;

static void on_tick(uv_timer_t *t) {
  TestSource *s = t->data;
  if (s->produced == s->total) {
    uv_timer_stop(t);
    int rc = JSRT_NodeSourceEnd(g_ctx, &s->base, s->fail);
    CHECK(rc == JSRT_NODE_OK, "SourceEnd returned %d", rc);
    return;
  }
  uint8_t chunk[1000];
  memset(chunk, 'a' + s->produced % 26, sizeof chunk);
  s->produced++;
  int rc = JSRT_NodeSourcePush(g_ctx, &s->base, chunk, sizeof chunk);
  CHECK(rc == 0 || rc == 1, "SourcePush returned %d", rc);
  if (rc == 0) s->refused++;
}

static int source_start(JsrtNodeSource *source) {
  TestSource *s = (TestSource *)source;
  s->starts++;
  return uv_timer_start(&s->timer, on_tick, 1, 1);
}

static int source_stop(JsrtNodeSource *source) {
  TestSource *s = (TestSource *)source;
  s->stops++;
  return uv_timer_stop(&s->timer);
}

static void source_destroy(JsrtNodeSource *source) {
  TestSource *s = (TestSource *)source;
  s->destroys++;
  uv_timer_stop(&s->timer);
}

static void source_init(TestSource *s, int total, int fail) {
  memset(s, 0, sizeof *s);
  s->base.start = source_start;
  s->base.stop = source_stop;
  s->base.destroy = source_destroy;
  s->total = total;
  s->fail = fail;
  uv_timer_init(&g_loop, &s->timer);
  s->timer.data = s;
}

/* ----- driving ---------------------------------------------------------------- */

static void expose(const char *name, JSValue v) {
  CHECK(!JS_IsException(v), "making %s threw", name);
  JSValue g = JS_GetGlobalObject(g_ctx);
  JS_SetPropertyStr(g_ctx, g, name, v);
  JS_FreeValue(g_ctx, g);
}

static void run_js(const char *src) {
  JSValue v = JS_Eval(g_ctx, src, strlen(src), "<stdio_adapter_test>", JS_EVAL_TYPE_GLOBAL);
  if (JS_IsException(v)) {
    JSValue e = JS_GetException(g_ctx);
    const char *s = JS_ToCString(g_ctx, e);
    CHECK(0, "script threw %s", s ? s : "?");
    if (s) JS_FreeCString(g_ctx, s);
    JS_FreeValue(g_ctx, e);
  }
  JS_FreeValue(g_ctx, v);
  CHECK(JSRT_NodeRunJobs(g_ctx) == JSRT_NODE_OK, "jobs threw after %s", src);
}

static void expect_js(const char *src, const char *want) {
  JSValue v = JS_Eval(g_ctx, src, strlen(src), "<stdio_adapter_test>", JS_EVAL_TYPE_GLOBAL);
  const char *s = JS_IsException(v) ? NULL : JS_ToCString(g_ctx, v);
  CHECK(s && strcmp(s, want) == 0, "%s\n  got:  %s\n  want: %s", src, s ? s : "<exception>", want);
  if (s) JS_FreeCString(g_ctx, s);
  if (JS_IsException(v)) JS_FreeValue(g_ctx, JS_GetException(g_ctx));
  JS_FreeValue(g_ctx, v);
}

int main(void) {
  uv_loop_init(&g_loop);
  JSRuntime *rt = JS_NewRuntime();
  g_ctx = JS_NewContext(rt);
  JSRT_NodeContextInit(g_ctx, &g_loop);
  CHECK(JSRT_NodeInstallGlobals(g_ctx, JSRT_NODE_GLOBAL_ALL) == JSRT_NODE_OK, "globals");

  TestSink slow, quick, broken, lone;
  TestSource src, bad;
  sink_init(&slow, 0, 0, 1);
  sink_init(&quick, 1, 0, 0);
  sink_init(&broken, 0, UV_EPIPE, 0);
  sink_init(&lone, 1, 0, 0);
  source_init(&src, 12, 0);
  source_init(&bad, 1, UV_ECONNRESET);

  /* Bad input: a NULL sink, a sink without write, an unknown sink. */
  JSValue none = JSRT_NodeNewWritable(g_ctx, NULL, -1);
  CHECK(JS_IsException(none), "NULL sink accepted");
  JSValue e = JS_GetException(g_ctx);
  JSValue code = JS_GetPropertyStr(g_ctx, e, "code");
  const char *cs = JS_ToCString(g_ctx, code);
  CHECK(cs && strcmp(cs, "ERR_INVALID_ARG_VALUE") == 0, "NULL sink: %s", cs ? cs : "?");
  if (cs) JS_FreeCString(g_ctx, cs);
  JS_FreeValue(g_ctx, code);
  JS_FreeValue(g_ctx, e);
  JsrtNodeSink empty = {0};
  JSValue none2 = JSRT_NodeNewWritable(g_ctx, &empty, -1);
  CHECK(JS_IsException(none2), "sink without write accepted");
  JS_FreeValue(g_ctx, JS_GetException(g_ctx));
  CHECK(JSRT_NodeSinkDone(g_ctx, &empty, 0) == JSRT_NODE_ERR_INVALID_ARGUMENT, "done on an unknown sink");
  CHECK(JSRT_NodeSourcePush(g_ctx, NULL, NULL, 0) == JSRT_NODE_ERR_INVALID_ARGUMENT, "push on NULL");

  expose("stream", JSRT_LoadNodeModuleCommonJS(g_ctx, "stream"));
  expose("slow", JSRT_NodeNewWritable(g_ctx, &slow.base, 10));
  expose("quick", JSRT_NodeNewWritable(g_ctx, &quick.base, -1));
  expose("broken", JSRT_NodeNewWritable(g_ctx, &broken.base, -1));
  expose("lone", JSRT_NodeNewWritable(g_ctx, &lone.base, -1));
  expose("src", JSRT_NodeNewReadable(g_ctx, &src.base, 4000));
  expose("bad", JSRT_NodeNewReadable(g_ctx, &bad.base, -1));
  CHECK(JS_IsException(JSRT_NodeNewWritable(g_ctx, &slow.base, -1)), "the same sink twice");
  JS_FreeValue(g_ctx, JS_GetException(g_ctx));

  run_js(
    "const { Writable, Readable } = stream;\n"
    "globalThis.log = [];\n"
    "log.push(slow instanceof Writable, src instanceof Readable, slow.writableHighWaterMark, quick.writableHighWaterMark);\n"
    /* Backpressure on the sink: false above the mark, 'drain' after the completions. */
    "log.push(slow.write('hello '), slow.write('world, '), slow.write(new Uint8Array([109, 111])), slow.writableLength);\n"
    "slow.write('re', () => log.push('cb re'));\n"
    "slow.on('drain', () => { log.push('drain ' + slow.writableLength); slow.end('!', () => log.push('end cb')); });\n"
    "slow.on('finish', () => log.push('finish'));\n"
    "slow.on('close', () => log.push('close slow'));\n"
    /* A synchronous sink: every write passes straight through. */
    "for (let i = 0; i < 5; i++) log.push(quick.write('q' + i) && quick.writableLength);\n"
    "quick.write('', () => log.push('empty written'));\n"
    /* A failing sink: Node's error object, then 'close'. */
    "broken.on('error', (e) => log.push(`error ${e.name} ${e.message} ${e.code} ${e.errno === -32} ${e.syscall}`));\n"
    "broken.on('close', () => log.push('close broken'));\n"
    "broken.write('x', (err) => log.push('write cb ' + (err && err.code)));\n"
    /* Destroy hands the sink back (its destroy runs once). */
    "lone.destroy();\n"
    /* The source: nobody reads for a while, so it fills to its mark and stops. */
    "globalThis.got = [];\n"
    "src.setEncoding('latin1');\n"
    "src.on('end', () => log.push('end ' + got.join('').length + ' ' + got.length));\n"
    "src.on('close', () => log.push('close src'));\n"
    "src.read(0);\n"
    "bad.on('error', (e) => log.push(`error ${e.code} ${e.syscall}`));\n"
    "bad.resume();\n");

  /* Nobody consumes src yet: it fills to its mark and the library stops it. */
  for (int i = 0; i < 1000 && src.stops == 0 && uv_loop_alive(&g_loop); i++) uv_run(&g_loop, UV_RUN_ONCE);
  run_js("log.push('buffered ' + src.readableLength); src.on('data', (c) => got.push(c));");
  uv_run(&g_loop, UV_RUN_DEFAULT);
  /* Timers ran callbacks through the library without the host's usual
   * after-callback step: the library ran the jobs itself. */
  CHECK(JSRT_NodeRunJobs(g_ctx) == JSRT_NODE_OK, "jobs after the loop");

  expect_js("log.slice(0, 4).join()", "true,true,10,16384");
  expect_js("log.slice(4, 8).join()", "true,false,false,15");
  expect_js("log.filter((l) => typeof l === 'number' || l === true).length >= 9 && log.slice(8, 13).join()",
            "0,0,0,0,0");
  expect_js("log.filter((l) => /^(cb re|drain|end cb|finish|close slow)/.test(l)).join('|')",
            "drain 0|cb re|end cb|finish|close slow"); /* node's order for the same Writable */
  expect_js("log.filter((l) => /broken|write cb/.test(l) || /^error Error/.test(l)).join('|')",
            "write cb EPIPE|error Error write EPIPE EPIPE true write|close broken");
  expect_js("log.includes('empty written')", "true");
  expect_js("log.find((l) => /^buffered/.test(l))", "buffered 4000");
  expect_js("log.filter((l) => /src$|^end \\d/.test(l)).join('|')", "end 12000 12|close src");
  expect_js("got.map((c) => c[0]).join('')", "abcdefghijkl");
  expect_js("log.filter((l) => /ECONNRESET/.test(l)).join()", "error ECONNRESET read");

  CHECK(slow.n == strlen("hello world, more!") && memcmp(slow.out, "hello world, more!", slow.n) == 0,
        "slow sink got '%.*s'", (int)slow.n, slow.out);
  CHECK(slow.writevs >= 1, "the buffered writes went out as one writev (%d)", slow.writevs);
  CHECK(slow.ends == 1 && slow.destroys == 1, "slow: ends %d destroys %d", slow.ends, slow.destroys);
  CHECK(quick.n == 10 && memcmp(quick.out, "q0q1q2q3q4", 10) == 0, "quick sink got '%.*s'", (int)quick.n, quick.out);
  CHECK(broken.destroys == 1, "broken destroyed %d", broken.destroys);
  CHECK(lone.destroys == 1 && lone.writes == 0, "lone: destroys %d", lone.destroys);
  CHECK(src.refused >= 1 && src.stops >= 1 && src.starts >= 2, "source backpressure: refused %d stops %d starts %d",
        src.refused, src.stops, src.starts);
  CHECK(src.destroys == 1 && bad.destroys == 1, "sources destroyed %d %d", src.destroys, bad.destroys);

  /* quick was never ended: its destroy comes with the context. */
  CHECK(quick.destroys == 0, "quick destroyed early");
  JSRT_NodeContextFree(g_ctx);
  CHECK(quick.destroys == 1, "quick destroyed at context free (%d)", quick.destroys);
  CHECK(JSRT_NodeSinkDone(g_ctx, &quick.base, 0) == JSRT_NODE_ERR_INVALID_ARGUMENT, "done after free");

  TestSink *all[] = {&slow, &quick, &broken, &lone};
  for (int i = 0; i < 4; i++) uv_close((uv_handle_t *)&all[i]->timer, NULL);
  uv_close((uv_handle_t *)&src.timer, NULL);
  uv_close((uv_handle_t *)&bad.timer, NULL);
  uv_run(&g_loop, UV_RUN_DEFAULT);
  JS_FreeContext(g_ctx);
  JS_FreeRuntime(rt);
  CHECK(uv_loop_close(&g_loop) == 0, "loop closed");
  printf("stdio_adapter_test: %d checks, %d failures\n", checks, failures);
  return failures ? 1 : 0;
}
