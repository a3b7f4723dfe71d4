/* Runs examples/jsrt/process_streams.c — the code docs/INTEGRATING-JSRT.md
 * gives jsrt for process.stdin/stdout/stderr — the way jsrt's runtime would:
 * its own `process` object gets the three streams, the library's fallback
 * process is not installed, and after each loop pass the library's jobs run.
 *   jsrt_streams_test 'JS source'      (c-tests/jsrt-streams.sh drives it)
 * Exits 1 after printing an uncaught exception, as jsrt does. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsrt_node_compat.h"
#include "process.h"

static int g_failed;

/* jsrt's helper, which process_streams.c calls for callbacks that threw. */
void js_std_dump_error(JSContext* ctx) {
  JSValue e = JS_GetException(ctx);
  const char* s = JS_ToCString(ctx, e);
  fprintf(stderr, "Uncaught %s\n", s ? s : "exception");
  if (s) JS_FreeCString(ctx, s);
  JS_FreeValue(ctx, e);
  g_failed = 1;
}

int main(int argc, char** argv) {
  if (argc < 2) return 2;
  signal(SIGPIPE, SIG_IGN); /* jsrt must do the same: EPIPE becomes an 'error' */
  uv_loop_t loop;
  uv_loop_init(&loop);
  JSRuntime* rt = JS_NewRuntime();
  JSContext* ctx = JS_NewContext(rt);
  JSRT_NodeContextInit(ctx, &loop);
  JSRT_NodeInstallGlobals(ctx, JSRT_NODE_GLOBAL_GLOBAL | JSRT_NODE_GLOBAL_BUFFER);

  /* jsrt's process module (module.c lines 126-128), with jsrt's own process. */
  JSValue process = JS_NewObject(ctx);
  JS_SetPropertyStr(ctx, process, "stdout", jsrt_create_stdout_stream(ctx));
  JS_SetPropertyStr(ctx, process, "stderr", jsrt_create_stderr_stream(ctx));
  JS_SetPropertyStr(ctx, process, "stdin", jsrt_create_stdin_stream(ctx));
  JSValue global = JS_GetGlobalObject(ctx);
  JS_SetPropertyStr(ctx, global, "process", process);
  JS_FreeValue(ctx, global);

  JSValue r = JS_Eval(ctx, argv[1], strlen(argv[1]), "<jsrt_streams_test>", JS_EVAL_TYPE_GLOBAL);
  if (JS_IsException(r)) js_std_dump_error(ctx);
  JS_FreeValue(ctx, r);
  if (JSRT_NodeRunJobs(ctx) != JSRT_NODE_OK) js_std_dump_error(ctx);
  while (!g_failed && uv_run(&loop, UV_RUN_ONCE)) {
    if (JSRT_NodeRunJobs(ctx) != JSRT_NODE_OK) js_std_dump_error(ctx);
  }
  if (g_failed) exit(1);

  JSRT_NodeContextFree(ctx); /* destroys the streams: their handles close */
  uv_run(&loop, UV_RUN_DEFAULT);
  JS_FreeContext(ctx);
  JS_FreeRuntime(rt);
  return uv_loop_close(&loop) == 0 ? 0 : 3;
}
