/* jsrt-node [options] FILE.js|FILE.mjs [args...]   (see --help)
 * Runs CommonJS (.js, .cjs) or an ES module (.mjs) like `node FILE`; -e/-p
 * evaluate code, a script can come from stdin. The program's end follows
 * Node: 'beforeExit', then 'exit'; uncaught errors and unhandled rejections
 * go through process's handlers (JSRT_NodeHandleUncaught/-Rejection). */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>
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

/* An error's stack, when it already starts with `String(err)` as V8's (and
 * the library's errors) do, is printed alone; QuickJS's frames-only stack of
 * a user's `new Error()` gets that line above it. */
static void print_value(JSContext *ctx, JSValueConst v) {
  if (JS_IsObject(v)) {
    JSValue stack = JS_GetPropertyStr(ctx, v, "stack");
    const char *st = JS_IsString(stack) ? JS_ToCString(ctx, stack) : NULL;
    if (!st || st[0] == '\0' || strncmp(st, "    at ", 7) == 0) {
      const char *s = JS_ToCString(ctx, v);
      fprintf(stderr, "%s\n", s ? s : "[object]");
      if (s) JS_FreeCString(ctx, s);
    }
    if (st) {
      size_t n = strlen(st);
      fputs(st, stderr);
      if (n > 0 && st[n - 1] != '\n') fputc('\n', stderr);
      JS_FreeCString(ctx, st);
    }
    JS_FreeValue(ctx, stack);
  } else {
    const char *s = JS_ToCString(ctx, v);
    fprintf(stderr, "%s\n", s ? s : "<exception>");
    if (s) JS_FreeCString(ctx, s);
  }
}

/* Prints the pending exception and ends the process with `status`. */
static void die_with_pending(JSContext *ctx, int status) {
  JSValue e = JS_GetException(ctx);
  fprintf(stderr, "Uncaught ");
  print_value(ctx, e);
  JS_FreeValue(ctx, e);
  fflush(stdout);
  exit(status);
}

void host_report_uncaught(JSContext *ctx) {
  /* The library runs process's uncaughtException machinery: 0 means a
   * listener handled it and the program goes on. */
  int status = 1;
  if (JSRT_NodeHandleUncaught(ctx, &status) == JSRT_NODE_OK) return;
  die_with_pending(ctx, status);
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
  for (;;) {
    while (JSRT_NodeRunJobs(ctx) != JSRT_NODE_OK) host_report_uncaught(ctx);
    if (g_nrejected == 0) return;
    /* Like Node: rejections still unhandled once the microtasks drained. */
    JSValue promise = g_rejected[0], reason = g_reasons[0];
    g_rejected[0] = g_rejected[g_nrejected - 1];
    g_reasons[0] = g_reasons[g_nrejected - 1];
    g_nrejected--;
    int status = 1;
    int rc = JSRT_NodeHandleRejection(ctx, promise, reason, &status);
    JS_FreeValue(ctx, promise);
    JS_FreeValue(ctx, reason);
    if (rc != JSRT_NODE_OK) die_with_pending(ctx, status);
  }
}

/* The engine this host was compiled against (quickjs-ng defines its version). */
#ifdef QJS_VERSION_MAJOR
#define HOST_STR2(x) #x
#define HOST_STR(x) HOST_STR2(x)
#define HOST_ENGINE "quickjs-ng " HOST_STR(QJS_VERSION_MAJOR) "." HOST_STR(QJS_VERSION_MINOR) "." HOST_STR(QJS_VERSION_PATCH)
#else
#define HOST_ENGINE "QuickJS"
#endif

static void usage(FILE *out, const char *prog) {
  fprintf(out,
          "Usage: %s [options] [ script.js | script.mjs ] [arguments]\n"
          "       %s [options] -e|-p \"script\" [arguments]\n"
          "\n"
          "The reference host of jsrt-node: runs a Node.js program on QuickJS + libuv\n"
          "with jsrt-node's built-in modules.\n"
          "\n"
          "Options:\n"
          "  -                      script read from stdin (the default when stdin\n"
          "                         is not a terminal)\n"
          "  --                     indicate the end of options\n"
          "  -e, --eval script      evaluate script\n"
          "  -p, --print script     evaluate script and print the result\n"
          "  -r, --require module   module to preload (may be repeated)\n"
          "  -h, --help             print this help\n"
          "  -v, --version          print the jsrt-node and engine versions\n"
          "\n"
          "Environment: NODE_PATH (extra module folders, ':'-separated).\n",
          prog, prog);
}

/* Calls `(function (Module, a, b, c) {...})` with node:module and three more
 * arguments (borrowed). Returns its result (owned) or JS_EXCEPTION. */
static JSValue call_with_module(JSContext *ctx, const char *src, JSValueConst a, JSValueConst b, JSValueConst c) {
  JSValue fn = JS_Eval(ctx, src, strlen(src), "<jsrt-node:host>", JS_EVAL_TYPE_GLOBAL);
  if (JS_IsException(fn)) return fn;
  JSValue module = JSRT_LoadNodeModuleCommonJS(ctx, "module");
  if (JS_IsException(module)) {
    JS_FreeValue(ctx, fn);
    return module;
  }
  JSValueConst args[4] = {module, a, b, c};
  JSValue r = JS_Call(ctx, fn, JS_UNDEFINED, 4, args);
  JS_FreeValue(ctx, module);
  JS_FreeValue(ctx, fn);
  return r;
}

/* -e/-p and stdin scripts: Node runs them in the global scope with require,
 * module, exports, __filename and __dirname as globals. */
static const char EVAL_SRC[] =
  "(function (Module, code, print, name) {\n"
  "  const path = Module._load('path');\n"
  "  const file = path.join(process.cwd(), name);\n"
  "  const m = new Module(name, null);\n"
  "  m.filename = file;\n"
  "  m.paths = Module._nodeModulePaths(process.cwd());\n"
  "  const req = Module.createRequire(file);\n"
  "  const g = globalThis;\n"
  "  for (const [k, v] of [['module', m], ['exports', m.exports], ['require', req], ['__filename', name], ['__dirname', '.']])\n"
  "    Object.defineProperty(g, k, { value: v, writable: true, configurable: true, enumerable: false });\n"
  "  const result = (0, eval)(code);\n"
  "  if (print) console.log(result);\n"
  "})";

static const char PRELOAD_SRC[] = "(function (Module, list) { Module._preloadModules(list); })";
static const char MAIN_SRC[] = "(function (Module, file) { Module.runMain(file); })";
/* Node's argv0 is argv[0] as the shell passed it. */
static const char EXEC_ARGV_SRC[] =
  "(function (Module, list, argv0) { process.execArgv = list; process.argv0 = argv0; })";

static JSValue string_array(JSContext *ctx, char **items, int n) {
  JSValue a = JS_NewArray(ctx);
  for (int i = 0; i < n; i++) JS_SetPropertyUint32(ctx, a, (uint32_t)i, JS_NewString(ctx, items[i]));
  return a;
}

/* Runs a bootstrap step; an exception goes the uncaught way. */
static void run_step(JSContext *ctx, const char *src, JSValueConst a, JSValueConst b, JSValueConst c) {
  JSValue r = call_with_module(ctx, src, a, b, c);
  if (JS_IsException(r)) host_report_uncaught(ctx);
  JS_FreeValue(ctx, r);
}

int main(int argc, char **argv) {
  const char *prog = "jsrt-node";
  /* As in Node: a write to a pipe whose reader left fails with EPIPE (an
   * 'error' on process.stdout) instead of killing the process. */
  signal(SIGPIPE, SIG_IGN);
  /* As in Node: a closed fd 0-2 becomes /dev/null before anything opens a
   * file, so the loop's own fds never land there (libuv aborts when it
   * closes an fd <= 2) and process.stdout/stdin see an empty device. */
  for (int fd = 0; fd <= 2; fd++) {
    if (fcntl(fd, F_GETFD) == -1 && errno == EBADF && open("/dev/null", O_RDWR) != fd) return 9;
  }
  const char *eval_src = NULL;
  int print = 0;
  char **preload = calloc((size_t)argc + 1, sizeof(char *));
  int npreload = 0;
  int i = 1;
  for (; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--") == 0) {
      i++;
      break;
    }
    if (a[0] != '-' || strcmp(a, "-") == 0) break;
    if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
      usage(stdout, prog);
      free(preload);
      return 0;
    }
    if (strcmp(a, "-v") == 0 || strcmp(a, "--version") == 0) {
      printf("jsrt-node %s (%s)\n", JSRT_NodeVersion(), HOST_ENGINE);
      free(preload);
      return 0;
    }
    int is_eval = strcmp(a, "-e") == 0 || strcmp(a, "--eval") == 0;
    int is_print = strcmp(a, "-p") == 0 || strcmp(a, "--print") == 0 || strcmp(a, "-pe") == 0;
    int is_require = strcmp(a, "-r") == 0 || strcmp(a, "--require") == 0;
    if (is_eval || is_print || is_require) {
      if (i + 1 >= argc) {
        fprintf(stderr, "%s: %s requires an argument\n", prog, a);
        free(preload); /* LeakSanitizer runs the host's early exits too */
        return 9;
      }
      const char *v = argv[++i];
      if (is_require) {
        preload[npreload++] = (char *)v;
      } else {
        eval_src = v;
        print = is_print;
      }
      continue;
    }
    if (strncmp(a, "--eval=", 7) == 0 || strncmp(a, "--print=", 8) == 0) {
      print = a[2] == 'p';
      eval_src = strchr(a, '=') + 1;
      continue;
    }
    if (strncmp(a, "--require=", 10) == 0) {
      preload[npreload++] = (char *)a + 10;
      continue;
    }
    fprintf(stderr, "%s: bad option: %s\n", prog, a);
    free(preload);
    return 9;
  }
  int nexec = i - 1; /* argv[1..i) are execArgv, as in Node (a "--" included) */
  const char *script_arg = NULL;
  char *stdin_src = NULL;
  size_t stdin_len = 0;
  if (!eval_src) {
    if (i < argc) {
      script_arg = argv[i++];
    } else if (isatty(0)) {
      usage(stderr, prog);
      fprintf(stderr, "\n%s has no REPL: give a script, -e or -p.\n", prog);
      free(preload);
      return 9;
    } else {
      script_arg = "-";
    }
    if (strcmp(script_arg, "-") == 0) {
      stdin_src = host_read_stream(stdin, &stdin_len);
      if (!stdin_src) {
        fprintf(stderr, "%s: cannot read the script from stdin\n", prog);
        return 1;
      }
    }
  }

  uv_loop_t loop;
  uv_loop_init(&loop);
  g_rt = JS_NewRuntime();
  g_ctx = JS_NewContext(g_rt);
  JSContext *ctx = g_ctx;
  JS_SetHostPromiseRejectionTracker(g_rt, rejection_tracker, NULL);
  host_loader_install(g_rt);

  JSRT_NodeContextInit(ctx, &loop);
  /* quickjs-ng brings its own atob/btoa, whose argument checks and messages
   * are not Node's, and a DOMException without the options bag; the library
   * installs its own only where a global is missing, and this host wants
   * Node's (globalThis.atob === buffer.atob). */
  {
    JSValue global = JS_GetGlobalObject(ctx);
    const char *engine_extras[] = {"atob", "btoa", "DOMException"};
    for (size_t i = 0; i < sizeof engine_extras / sizeof engine_extras[0]; i++) {
      JSAtom name = JS_NewAtom(ctx, engine_extras[i]);
      JS_DeleteProperty(ctx, global, name, 0);
      JS_FreeAtom(ctx, name);
    }
    JS_FreeValue(ctx, global);
  }
  if (JSRT_NodeInstallGlobals(ctx, JSRT_NODE_GLOBAL_ALL) != JSRT_NODE_OK) die_with_pending(ctx, 1);

  /* process.argv like Node's: the absolute executable, then the absolute
   * script path (or "-" for stdin; nothing for -e/-p), then the arguments. */
  char exe[4096], script[4096];
  if (!realpath("/proc/self/exe", exe)) snprintf(exe, sizeof exe, "%s", argv[0]);
  const char **pargv = calloc((size_t)argc + 2, sizeof(char *));
  int pargc = 0;
  pargv[pargc++] = exe;
  if (script_arg && !stdin_src) {
    if (!realpath(script_arg, script)) {
      fprintf(stderr, "Error: Cannot find module '%s'\n", script_arg);
      return 1;
    }
    pargv[pargc++] = script;
  } else if (stdin_src) {
    pargv[pargc++] = "-";
  }
  for (; i < argc; i++) pargv[pargc++] = argv[i];
  JSRT_NodeSetArgv(ctx, pargc, pargv);
  free(pargv);
  JSValue exec_argv = string_array(ctx, argv + 1, nexec);
  JSValue argv0 = JS_NewString(ctx, argv[0]);
  run_step(ctx, EXEC_ARGV_SRC, exec_argv, argv0, JS_UNDEFINED);
  JS_FreeValue(ctx, exec_argv);
  JS_FreeValue(ctx, argv0);

  host_timers_install(ctx, &loop);

  if (npreload > 0) {
    JSValue list = string_array(ctx, preload, npreload);
    run_step(ctx, PRELOAD_SRC, list, JS_UNDEFINED, JS_UNDEFINED);
    JS_FreeValue(ctx, list);
    host_after_callback(ctx);
  }
  free(preload);

  if (eval_src || stdin_src) {
    JSValue code = stdin_src ? JS_NewStringLen(ctx, stdin_src, stdin_len) : JS_NewString(ctx, eval_src);
    JSValue name = JS_NewString(ctx, stdin_src ? "[stdin]" : "[eval]");
    run_step(ctx, EVAL_SRC, code, JS_NewBool(ctx, print), name);
    JS_FreeValue(ctx, code);
    JS_FreeValue(ctx, name);
    free(stdin_src);
  } else if (!host_is_commonjs_file(script)) {
    if (host_run_module(ctx, script) < 0) host_report_uncaught(ctx);
  } else {
    JSValue file = JS_NewString(ctx, script);
    run_step(ctx, MAIN_SRC, file, JS_UNDEFINED, JS_UNDEFINED);
    JS_FreeValue(ctx, file);
  }
  host_after_callback(ctx);

  /* Node's end of the program: run the loop dry, 'beforeExit' (which may
   * schedule more work, then round again), then 'exit'. */
  for (;;) {
    uv_run(&loop, UV_RUN_DEFAULT);
    host_after_callback(ctx);
    if (JSRT_NodeEmitBeforeExit(ctx) != JSRT_NODE_OK) host_report_uncaught(ctx);
    host_after_callback(ctx);
    if (!uv_loop_alive(&loop)) break;
  }
  int code = JSRT_NodeEmitExit(ctx, -1);
  if (code < 0) die_with_pending(ctx, 1);
  fflush(stdout);

  /* Teardown, in the order a host must follow; the engine's leak assertion
   * (kept on in the bundled quickjs-ng build) checks nothing is left. */
  host_timers_close();
  for (int k = 0; k < g_nrejected; k++) {
    JS_FreeValue(ctx, g_rejected[k]);
    JS_FreeValue(ctx, g_reasons[k]);
  }
  /* The library closes the handles of process.stdout/stderr/stdin here; the
   * loop then runs their close callbacks (which touch no JS). */
  JSRT_NodeContextFree(ctx);
  uv_run(&loop, UV_RUN_DEFAULT);
  JS_FreeContext(ctx);
  JS_FreeRuntime(g_rt);
  uv_loop_close(&loop);
  return code;
}
