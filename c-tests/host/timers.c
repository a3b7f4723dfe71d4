/* setTimeout/setInterval/setImmediate and their clear* on the host's libuv
 * loop, plus queueMicrotask (Node's, in place of quickjs-ng's own).
 * setTimeout/setInterval return Timeout objects and setImmediate Immediate
 * objects (ref/unref/hasRef/refresh/close, and a numeric primitive value that
 * clear* also accept), like Node's; callbacks get that object as `this`, as in
 * Node (code such as `clearInterval(this)` inside the callback relies on it). */
#include <stdlib.h>
#include <string.h>

#include "host.h"

typedef struct Timer {
  uv_timer_t handle;
  JSContext *ctx;
  JSValue func;
  JSValue args; /* array of extra arguments */
  JSValue self; /* the Timeout/Immediate handed out; undefined without the factory */
  int64_t id;
  uint64_t ms;
  int repeat;
  int immediate; /* queued for the check phase instead of a uv timer */
  int unrefd;    /* an unref'd immediate: runs, but does not keep the loop alive */
  int active;
  struct Timer *next;
} Timer;

static Timer *g_timers;
static int64_t g_next_id = 1;
static uv_loop_t *g_loop;
static uv_check_t g_check;
static uv_idle_t g_idle;
static int g_immediates_pending;
static JSContext *g_ctx_for_make;
static JSValue g_make; /* (id, immediate) => Timeout | Immediate */
static int g_have_make;
/* The one-shot timeout whose callback is running: Node still lists it among
 * the active resources until the callback returns or clears it. */
static int64_t g_running_timeout;

static const char TIMER_OBJECTS_SRC[] =
  "(function (native) {\n"
  "  'use strict';\n"
  "  const kId = Symbol('timerId');\n"
  "  class Timeout {\n"
  "    constructor(id) { this[kId] = id; }\n"
  "    ref() { native.ref(this[kId], true); return this; }\n"
  "    unref() { native.ref(this[kId], false); return this; }\n"
  "    hasRef() { return native.hasRef(this[kId]); }\n"
  "    refresh() { native.refresh(this[kId]); return this; }\n"
  "    close() { native.clear(this[kId]); return this; }\n"
  "    [Symbol.toPrimitive]() { return this[kId]; }\n"
  "  }\n"
  "  class Immediate {\n"
  "    constructor(id) { this[kId] = id; }\n"
  "    ref() { native.ref(this[kId], true); return this; }\n"
  "    unref() { native.ref(this[kId], false); return this; }\n"
  "    hasRef() { return native.hasRef(this[kId]); }\n"
  "    [Symbol.toPrimitive]() { return this[kId]; }\n"
  "  }\n"
  "  return (id, immediate) => (immediate ? new Immediate(id) : new Timeout(id));\n"
  "})";

static Timer *find_timer(JSContext *ctx, JSValueConst v) {
  double id;
  if (!(JS_IsNumber(v) || JS_IsObject(v)) || JS_ToFloat64(ctx, &id, v)) return NULL;
  for (Timer *t = g_timers; t; t = t->next)
    if ((double)t->id == id) return t;
  return NULL;
}

static void timer_closed(uv_handle_t *h) { free(h->data); }

static void timer_release(Timer *t) {
  if (!t->active) return;
  t->active = 0;
  JS_FreeValue(t->ctx, t->func);
  JS_FreeValue(t->ctx, t->args);
  JS_FreeValue(t->ctx, t->self);
  t->self = JS_UNDEFINED;
  Timer **pp = &g_timers;
  while (*pp && *pp != t) pp = &(*pp)->next;
  if (*pp) *pp = t->next;
  if (t->immediate) {
    g_immediates_pending--;
    free(t);
  } else {
    uv_timer_stop(&t->handle);
    uv_close((uv_handle_t *)&t->handle, timer_closed);
  }
}

static void timer_call(Timer *t) {
  JSContext *ctx = t->ctx;
  JSValue func = JS_DupValue(ctx, t->func);
  JSValue args = JS_DupValue(ctx, t->args);
  JSValue self = JS_IsUndefined(t->self) ? JS_GetGlobalObject(ctx) : JS_DupValue(ctx, t->self);
  int64_t outer_running = g_running_timeout;
  g_running_timeout = 0;
  if (!t->repeat && !t->immediate && uv_has_ref((uv_handle_t *)&t->handle)) g_running_timeout = t->id;
  if (!t->repeat) timer_release(t);
  int32_t n = 0;
  JSValue len = JS_GetPropertyStr(ctx, args, "length");
  JS_ToInt32(ctx, &n, len);
  JSValue argv[16];
  if (n > 16) n = 16;
  for (int i = 0; i < n; i++) argv[i] = JS_GetPropertyUint32(ctx, args, (uint32_t)i);
  JSValue r = JS_Call(ctx, func, self, n, argv);
  for (int i = 0; i < n; i++) JS_FreeValue(ctx, argv[i]);
  JS_FreeValue(ctx, self);
  JS_FreeValue(ctx, func);
  JS_FreeValue(ctx, args);
  g_running_timeout = outer_running;
  if (JS_IsException(r)) host_report_uncaught(ctx);
  JS_FreeValue(ctx, r);
  host_after_callback(ctx);
}

static void on_timer(uv_timer_t *h) { timer_call((Timer *)h->data); }

static void on_idle(uv_idle_t *h) { (void)h; /* keeps the loop from blocking while immediates wait */ }

/* The idle handle keeps the loop turning only while a ref'd immediate waits. */
static void immediates_keep_alive(void) {
  int refd = 0;
  for (Timer *t = g_timers; t && !refd; t = t->next)
    if (t->active && t->immediate && !t->unrefd) refd = 1;
  if (refd) uv_idle_start(&g_idle, on_idle);
  else uv_idle_stop(&g_idle);
}

static void on_check(uv_check_t *h) {
  /* Immediates queued while these run wait for the next loop iteration. */
  int64_t last = g_next_id;
  for (;;) {
    Timer *found = NULL;
    for (Timer *t = g_timers; t; t = t->next)
      if (t->immediate && t->id < last && (!found || t->id < found->id)) found = t;
    if (!found) break;
    timer_call(found);
  }
  if (g_immediates_pending == 0) uv_check_stop(&g_check);
  immediates_keep_alive();
}


static JSValue add_timer(JSContext *ctx, int argc, JSValueConst *argv, int repeat, int immediate) {
  if (argc < 1 || !JS_IsFunction(ctx, argv[0]))
    return JSRT_NodeThrowInvalidArgType(ctx, "callback", "function", argc > 0 ? argv[0] : JS_UNDEFINED);
  double ms = 1;
  int first_extra = immediate ? 1 : 2;
  if (!immediate && argc > 1) {
    if (JS_ToFloat64(ctx, &ms, argv[1])) return JS_EXCEPTION;
    if (!(ms >= 1 && ms <= 2147483647)) ms = 1; /* Node: NaN, < 1 or too big -> 1 */
  }
  Timer *t = calloc(1, sizeof *t);
  if (!t) return JS_ThrowOutOfMemory(ctx);
  t->ctx = ctx;
  t->func = JS_DupValue(ctx, argv[0]);
  t->args = JS_NewArray(ctx);
  t->self = JS_UNDEFINED;
  for (int i = first_extra; i < argc; i++)
    JS_SetPropertyUint32(ctx, t->args, (uint32_t)(i - first_extra), JS_DupValue(ctx, argv[i]));
  t->id = g_next_id++;
  t->repeat = repeat;
  t->immediate = immediate;
  t->active = 1;
  t->next = g_timers;
  g_timers = t;
  if (immediate) {
    if (g_immediates_pending++ == 0) {
      uv_check_start(&g_check, on_check);
      uv_idle_start(&g_idle, on_idle);
    }
  } else {
    uv_timer_init(g_loop, &t->handle);
    t->handle.data = t;
    /* Like Node (its timers start from a freshly updated loop time), not from
     * the time cached when the loop last woke: otherwise a long-running script
     * makes a 1 ms and a 2 ms timer due in the same pass. */
    uv_update_time(g_loop);
    uint64_t d = (uint64_t)ms;
    t->ms = d;
    uv_timer_start(&t->handle, on_timer, d, repeat ? d : 0);
  }
  JSValue idv = JS_NewFloat64(ctx, (double)t->id);
  if (!g_have_make) return idv;
  JSValue args[2] = {idv, JS_NewBool(ctx, immediate)};
  JSValue obj = JS_Call(ctx, g_make, JS_UNDEFINED, 2, args);
  if (JS_IsException(obj)) {
    timer_release(t);
    return obj;
  }
  t->self = JS_DupValue(ctx, obj);
  return obj;
}

static JSValue js_set_timeout(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv) {
  return add_timer(ctx, argc, argv, 0, 0);
}
static JSValue js_set_interval(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv) {
  return add_timer(ctx, argc, argv, 1, 0);
}
static JSValue js_set_immediate(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv) {
  return add_timer(ctx, argc, argv, 0, 1);
}
static JSValue js_clear(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv) {
  Timer *t = argc > 0 ? find_timer(ctx, argv[0]) : NULL;
  if (t) {
    timer_release(t);
  } else if (g_running_timeout && argc > 0) {
    double id;
    if ((JS_IsNumber(argv[0]) || JS_IsObject(argv[0])) && !JS_ToFloat64(ctx, &id, argv[0]) &&
        id == (double)g_running_timeout)
      g_running_timeout = 0;
  }
  return JS_UNDEFINED;
}

/* process.getActiveResourcesInfo()'s view of these timers
 * (JSRT_NodeSetResourceCounter): kind 0 counts ref'd timeouts and intervals,
 * kind 1 ref'd pending immediates. */
static uint32_t count_resources(void *opaque, uint32_t kind) {
  (void)opaque;
  uint32_t n = 0;
  for (Timer *t = g_timers; t; t = t->next) {
    if (!t->active) continue;
    if (kind == 1 ? (t->immediate && !t->unrefd) : (!t->immediate && uv_has_ref((uv_handle_t *)&t->handle))) n++;
  }
  if (kind == 0 && g_running_timeout) n++;
  return n;
}

static JSValue js_timer_ref(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv) {
  Timer *t = argc > 1 ? find_timer(ctx, argv[0]) : NULL;
  if (t && t->immediate) {
    t->unrefd = !JS_ToBool(ctx, argv[1]);
    immediates_keep_alive();
  } else if (t) {
    if (JS_ToBool(ctx, argv[1])) uv_ref((uv_handle_t *)&t->handle);
    else uv_unref((uv_handle_t *)&t->handle);
  }
  return JS_UNDEFINED;
}

static JSValue js_timer_has_ref(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv) {
  Timer *t = argc > 0 ? find_timer(ctx, argv[0]) : NULL;
  if (!t) return JS_FALSE;
  return JS_NewBool(ctx, t->immediate ? !t->unrefd : uv_has_ref((uv_handle_t *)&t->handle));
}

static JSValue js_timer_refresh(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv) {
  Timer *t = argc > 0 ? find_timer(ctx, argv[0]) : NULL;
  if (t && !t->immediate) {
    uv_update_time(g_loop);
    uv_timer_start(&t->handle, on_timer, t->ms, t->repeat ? t->ms : 0);
  }
  return JS_UNDEFINED;
}

static JSValue microtask_job(JSContext *ctx, int argc, JSValueConst *argv) {
  JSValue r = JS_Call(ctx, argv[0], JS_UNDEFINED, 0, NULL);
  if (JS_IsException(r)) return r;
  JS_FreeValue(ctx, r);
  return JS_UNDEFINED;
}

static JSValue js_queue_microtask(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv) {
  if (argc < 1 || !JS_IsFunction(ctx, argv[0]))
    return JSRT_NodeThrowInvalidArgType(ctx, "callback", "function", argc > 0 ? argv[0] : JS_UNDEFINED);
  if (JS_EnqueueJob(ctx, microtask_job, 1, argv) < 0) return JS_EXCEPTION;
  return JS_UNDEFINED;
}

void host_timers_install(JSContext *ctx, uv_loop_t *loop) {
  g_loop = loop;
  uv_check_init(loop, &g_check);
  uv_idle_init(loop, &g_idle);
  uv_unref((uv_handle_t *)&g_check);
  JSValue global = JS_GetGlobalObject(ctx);
  JS_SetPropertyStr(ctx, global, "setTimeout", JS_NewCFunction(ctx, js_set_timeout, "setTimeout", 2));
  JS_SetPropertyStr(ctx, global, "setInterval", JS_NewCFunction(ctx, js_set_interval, "setInterval", 2));
  JS_SetPropertyStr(ctx, global, "setImmediate", JS_NewCFunction(ctx, js_set_immediate, "setImmediate", 1));
  JS_SetPropertyStr(ctx, global, "clearTimeout", JS_NewCFunction(ctx, js_clear, "clearTimeout", 1));
  JS_SetPropertyStr(ctx, global, "clearInterval", JS_NewCFunction(ctx, js_clear, "clearInterval", 1));
  JS_SetPropertyStr(ctx, global, "clearImmediate", JS_NewCFunction(ctx, js_clear, "clearImmediate", 1));
  JSValue factory = JS_Eval(ctx, TIMER_OBJECTS_SRC, sizeof TIMER_OBJECTS_SRC - 1, "<jsrt-node:timers>", JS_EVAL_TYPE_GLOBAL);
  JSValue native = JS_NewObject(ctx);
  JS_SetPropertyStr(ctx, native, "ref", JS_NewCFunction(ctx, js_timer_ref, "ref", 2));
  JS_SetPropertyStr(ctx, native, "hasRef", JS_NewCFunction(ctx, js_timer_has_ref, "hasRef", 1));
  JS_SetPropertyStr(ctx, native, "refresh", JS_NewCFunction(ctx, js_timer_refresh, "refresh", 1));
  JS_SetPropertyStr(ctx, native, "clear", JS_NewCFunction(ctx, js_clear, "clear", 1));
  g_ctx_for_make = ctx;
  /* Without the factory (it cannot fail short of memory) ids stay numbers. */
  g_make = JS_IsException(factory) ? JS_EXCEPTION : JS_Call(ctx, factory, JS_UNDEFINED, 1, &native);
  g_have_make = !JS_IsException(g_make);
  if (!g_have_make) JS_FreeValue(ctx, JS_GetException(ctx));
  JS_FreeValue(ctx, native);
  JS_FreeValue(ctx, factory);
  /* Ours even where the engine has one (quickjs-ng): Node checks the
   * callback with ERR_INVALID_ARG_TYPE, ng throws a bare TypeError. */
  JS_DefinePropertyValueStr(ctx, global, "queueMicrotask", JS_NewCFunction(ctx, js_queue_microtask, "queueMicrotask", 1),
                            JS_PROP_C_W_E);
  JS_FreeValue(ctx, global);
  JSRT_NodeSetResourceCounter(ctx, count_resources, NULL);
}

void host_timers_close(void) {
  while (g_timers) timer_release(g_timers);
  if (g_have_make) JS_FreeValue(g_ctx_for_make, g_make);
  g_have_make = 0;
  uv_close((uv_handle_t *)&g_check, NULL);
  uv_close((uv_handle_t *)&g_idle, NULL);
}
