/* jsrt-node FILE.js|FILE.mjs [args...]
 * Runs CommonJS (.js, .cjs) or an ES module (.mjs) like `node FILE`. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "host.h"

static JSRuntime *g_rt;
static JSContext *g_ctx;

/* Unhandled-rejection bookkeeping: promises rejected with no handler yet. */
#define MAX_REJECTIONS 64
static JSValue g_rejected[MAX_REJECTIONS];
static JSValue g_reasons[MAX_REJECTIONS];
static int g_nrejected;

static void print_value(JSContext *ctx, JSValueConst v) {
  if (JS_IsObject(v)) {
    JSValue stack = JS_GetPropertyStr(ctx, v, "stack");
    const char *s = JS_ToCString(ctx, v);
    fprintf(stderr, "%s\n", s ? s : "[object]");
    if (s) JS_FreeCString(ctx, s);
    if (JS_IsString(stack)) {
      const char *st = JS_ToCString(ctx, stack);
      if (st) {
        fputs(st, stderr);
        JS_FreeCString(ctx, st);
      }
    }
    JS_FreeValue(ctx, stack);
  } else {
    const char *s = JS_ToCString(ctx, v);
    fprintf(stderr, "%s\n", s ? s : "<exception>");
    if (s) JS_FreeCString(ctx, s);
  }
}

void host_die_with_exception(JSContext *ctx) {
  JSValue e = JS_GetException(ctx);
  fprintf(stderr, "Uncaught ");
  print_value(ctx, e);
  JS_FreeValue(ctx, e);
  fflush(stdout);
  exit(1);
}

/* The tracker's flag is `bool` in quickjs-ng and `JS_BOOL` (int) in Bellard's
 * QuickJS; the function type must match the host engine's header exactly. */
#ifdef QJS_VERSION_MAJOR
typedef bool host_tracker_bool;
#else
typedef JS_BOOL host_tracker_bool;
#endif

static void rejection_tracker(JSContext *ctx, JSValueConst promise, JSValueConst reason,
                              host_tracker_bool is_handled, void *opaque) {
  (void)opaque;
  if (!is_handled) {
    if (g_nrejected < MAX_REJECTIONS) {
      g_rejected[g_nrejected] = JS_DupValue(ctx, promise);
      g_reasons[g_nrejected] = JS_DupValue(ctx, reason);
      g_nrejected++;
    }
    return;
  }
  for (int i = 0; i < g_nrejected; i++) {
    if (JS_VALUE_GET_PTR(g_rejected[i]) == JS_VALUE_GET_PTR(promise)) {
      JS_FreeValue(ctx, g_rejected[i]);
      JS_FreeValue(ctx, g_reasons[i]);
      g_rejected[i] = g_rejected[g_nrejected - 1];
      g_reasons[i] = g_reasons[g_nrejected - 1];
      g_nrejected--;
      return;
    }
  }
}

void host_after_callback(JSContext *ctx) {
  if (JSRT_NodeRunJobs(ctx) != JSRT_NODE_OK) host_die_with_exception(ctx);
  if (g_nrejected > 0) {
    fprintf(stderr, "Uncaught (in promise) ");
    print_value(ctx, g_reasons[0]);
    fflush(stdout);
    exit(1);
  }
}

static int ends_with(const char *s, const char *suffix) {
  size_t a = strlen(s), b = strlen(suffix);
  return a >= b && strcmp(s + a - b, suffix) == 0;
}

static int exit_code(JSContext *ctx) {
  JSValue global = JS_GetGlobalObject(ctx);
  JSValue process = JS_GetPropertyStr(ctx, global, "process");
  int code = 0;
  if (JS_IsObject(process)) {
    JSValue ec = JS_GetPropertyStr(ctx, process, "exitCode");
    if (!JS_IsUndefined(ec)) JS_ToInt32(ctx, &code, ec);
    JS_FreeValue(ctx, ec);
  }
  JS_FreeValue(ctx, process);
  JS_FreeValue(ctx, global);
  return code;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s FILE.js|FILE.mjs [args...]\n", argv[0]);
    return 2;
  }
  uv_loop_t loop;
  uv_loop_init(&loop);
  g_rt = JS_NewRuntime();
  g_ctx = JS_NewContext(g_rt);
  JSContext *ctx = g_ctx;
  JS_SetHostPromiseRejectionTracker(g_rt, rejection_tracker, NULL);
  host_loader_install(g_rt);

  JSRT_NodeContextInit(ctx, &loop);
  if (JSRT_NodeInstallGlobals(ctx, JSRT_NODE_GLOBAL_ALL) != JSRT_NODE_OK) host_die_with_exception(ctx);

  /* process.argv: absolute executable and script paths, then the rest. */
  char exe[4096], script[4096];
  if (!realpath("/proc/self/exe", exe)) snprintf(exe, sizeof exe, "%s", argv[0]);
  if (!realpath(argv[1], script)) {
    fprintf(stderr, "Error: Cannot find module '%s'\n", argv[1]);
    return 1;
  }
  const char **pargv = calloc((size_t)argc + 1, sizeof(char *));
  pargv[0] = exe;
  pargv[1] = script;
  for (int i = 2; i < argc; i++) pargv[i] = argv[i];
  JSRT_NodeSetArgv(ctx, argc, pargv);
  free(pargv);

  host_timers_install(ctx, &loop);

  int rc = ends_with(script, ".mjs") ? host_run_module(ctx, script) : host_run_commonjs(ctx, script);
  if (rc < 0) host_die_with_exception(ctx);
  host_after_callback(ctx);
  uv_run(&loop, UV_RUN_DEFAULT);
  host_after_callback(ctx);

  int code = exit_code(ctx);
  fflush(stdout);

  /* Teardown, in the order a host must follow; the engine's leak assertion
   * (kept on in the bundled quickjs-ng build) checks nothing is left. */
  host_timers_close();
  uv_run(&loop, UV_RUN_DEFAULT);
  for (int i = 0; i < g_nrejected; i++) {
    JS_FreeValue(ctx, g_rejected[i]);
    JS_FreeValue(ctx, g_reasons[i]);
  }
  JSRT_NodeContextFree(ctx);
  JS_FreeContext(ctx);
  JS_FreeRuntime(g_rt);
  uv_loop_close(&loop);
  return code;
}
