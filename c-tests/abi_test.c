/* C tests of the ABI: registry names and tiers, per-context caching, errors,
 * host module registration (CommonJS and ES), loop handover, and teardown
 * under the engine's leak assertion (a leak aborts JS_FreeRuntime). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsrt_node.h"

static int failures, checks;
#define CHECK(cond)                                                      \
  do {                                                                   \
    checks++;                                                            \
    if (!(cond)) {                                                       \
      failures++;                                                        \
      fprintf(stderr, "FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond);    \
    }                                                                    \
  } while (0)

static JSValue eval(JSContext *ctx, const char *src) {
  return JS_Eval(ctx, src, strlen(src), "<test>", JS_EVAL_TYPE_GLOBAL);
}

/* Evaluates src and compares String(result) with want. */
static void expect_str(JSContext *ctx, const char *src, const char *want) {
  JSValue v = eval(ctx, src);
  if (JS_IsException(v)) {
    JSValue e = JS_GetException(ctx);
    const char *s = JS_ToCString(ctx, e);
    fprintf(stderr, "exception in %s: %s\n", src, s ? s : "?");
    if (s) JS_FreeCString(ctx, s);
    JS_FreeValue(ctx, e);
    CHECK(0);
    return;
  }
  const char *s = JS_ToCString(ctx, v);
  checks++;
  if (!s || strcmp(s, want) != 0) {
    failures++;
    fprintf(stderr, "FAIL: %s\n  got:  %s\n  want: %s\n", src, s ? s : "(null)", want);
  }
  if (s) JS_FreeCString(ctx, s);
  JS_FreeValue(ctx, v);
}

static JSValue js_require(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv) {
  const char *name = JS_ToCString(ctx, argv[0]);
  if (!name) return JS_EXCEPTION;
  JSValue r = JSRT_LoadNodeModuleCommonJS(ctx, name);
  JS_FreeCString(ctx, name);
  return r;
}

/* A host module written in C, as jsrt's http or net would be. */
static int host_inits;
static JSValue greet(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv) {
  return JS_NewString(ctx, "hello from C");
}
static JSValue hostmod_cjs(JSContext *ctx) {
  host_inits++;
  JSValue o = JS_NewObject(ctx);
  JS_SetPropertyStr(ctx, o, "greet", JS_NewCFunction(ctx, greet, "greet", 0));
  JS_SetPropertyStr(ctx, o, "answer", JS_NewInt32(ctx, 42));
  return o;
}
static JSValue failing_cjs(JSContext *ctx) { return JS_ThrowTypeError(ctx, "host init failed"); }

static char *normalize(JSContext *ctx, const char *base, const char *name, void *opaque) {
  return js_strdup(ctx, name);
}
static JSModuleDef *loader(JSContext *ctx, const char *name, void *opaque) {
  return JSRT_LoadNodeModule(ctx, name);
}

/* Test hook of the library (not in jsrt_node.h): engine fast paths enabled. */
int jsrt_node_test_fast_paths(JSContext *ctx);
int jsrt_node_test_precompiled(int *stale);

static void test_registry(void) {
  CHECK(JSRT_IsNodeModule("path"));
  CHECK(JSRT_IsNodeModule("node:path"));
  CHECK(JSRT_IsNodeModule("path/posix"));
  CHECK(JSRT_IsNodeModule("fs/promises"));
  CHECK(JSRT_IsNodeModule("node:test"));
  CHECK(!JSRT_IsNodeModule("test"));
  CHECK(!JSRT_IsNodeModule("left-pad"));
  CHECK(!JSRT_IsNodeModule("node:left-pad"));
  CHECK(!JSRT_IsNodeModule(NULL));
  int n = JSRT_GetNodeModuleCount();
  CHECK(n >= 69);
  int saw_path = 0;
  for (int i = 0; i < n; i++) {
    const char *name = JSRT_GetNodeModuleName(i);
    CHECK(name != NULL);
    if (name && strcmp(name, "path") == 0) saw_path = 1;
  }
  CHECK(saw_path);
  CHECK(JSRT_GetNodeModuleName(n) == NULL);
  CHECK(JSRT_GetNodeModuleName(-1) == NULL);
  CHECK(strcmp(node_error_code_to_string(NODE_ERR_OUT_OF_RANGE), "ERR_OUT_OF_RANGE") == 0);
  CHECK(JSRT_NodeRegisterModule(NULL, hostmod_cjs, NULL) == JSRT_NODE_ERR_INVALID_ARGUMENT);
  CHECK(JSRT_NodeRegisterModule("x", NULL, NULL) == JSRT_NODE_ERR_INVALID_ARGUMENT);
  CHECK(JSRT_NodeRegisterModule("node:hostmod", hostmod_cjs, NULL) == JSRT_NODE_OK);
  CHECK(JSRT_NodeRegisterModule("failing", failing_cjs, NULL) == JSRT_NODE_OK);
  CHECK(JSRT_IsNodeModule("hostmod"));
  CHECK(JSRT_GetNodeModuleCount() == n + 2);
}

/* A host's timers as process.getActiveResourcesInfo() should list them. */
static int counter_tag;
static uint32_t two_timers_one_immediate(void *opaque, uint32_t kind) {
  CHECK(opaque == &counter_tag);
  return kind == 0 ? 2 : 1;
}

static void test_context(JSRuntime *rt, uv_loop_t *loop, int round) {
  JSContext *ctx = JS_NewContext(rt);
  CHECK(JSRT_NodeContextInit(ctx, loop) == JSRT_NODE_OK);
  CHECK(JSRT_NodeGetLoop(ctx) == loop);
  CHECK(JSRT_NodeInstallGlobals(ctx, JSRT_NODE_GLOBAL_ALL) == JSRT_NODE_OK);
  JSValue global = JS_GetGlobalObject(ctx);
  JS_SetPropertyStr(ctx, global, "req", JS_NewCFunction(ctx, js_require, "req", 1));
  JS_FreeValue(ctx, global);

  /* Caching and identity. */
  expect_str(ctx, "req('path') === req('node:path')", "true");
  expect_str(ctx, "req('path/posix') === req('path').posix", "true");
  expect_str(ctx, "req('path/win32') === req('path').win32", "true");
  JSValue a = JSRT_InitNodePath(ctx);
  JSValue b = JSRT_LoadNodeModuleCommonJS(ctx, "path");
  CHECK(JS_VALUE_GET_PTR(a) == JS_VALUE_GET_PTR(b));
  JS_FreeValue(ctx, a);
  JS_FreeValue(ctx, b);
  expect_str(ctx, "req('path').join('a', 'b', '..', 'c')", "a/c");
  /* Both engines' string headers and serialization formats are recognized,
     and large strings are made in place (1 | 2 | 4). */
#ifdef JSRT_NODE_TEST_HOST_ENGINE
  CHECK(jsrt_node_test_fast_paths(ctx) == 7);
#else
  /* Bit 3: fs's Stats/Dirent records take their final shape in one step
     (src/engine/record.rs), on the bundled engine only. */
  CHECK(jsrt_node_test_fast_paths(ctx) == 15);
#endif
  /* Host-engine builds read the library's scripts from bytecode made at build
     time by the same engine (src/engine/precompiled.rs); bundled builds
     compile them. Either way the modules behave the same. */
  expect_str(ctx, "[typeof req('fs').promises.readFile, typeof req('stream').pipeline, String(req('events').once).slice(0, 5)].join()",
             "function,function,async");
  {
    int stale = -1, hits = jsrt_node_test_precompiled(&stale);
    CHECK(stale == 0);
#ifdef JSRT_NODE_EXPECT_BYTECODE
    CHECK(hits >= 4);
#else
    CHECK(hits == 0);
#endif
  }
  expect_str(ctx, "global === globalThis && typeof process.nextTick", "function");
  CHECK(JSRT_NodeSetResourceCounter(NULL, two_timers_one_immediate, NULL) == JSRT_NODE_ERR_INVALID_ARGUMENT);
  expect_str(ctx, "process.getActiveResourcesInfo().join()", "");
  CHECK(JSRT_NodeSetResourceCounter(ctx, two_timers_one_immediate, &counter_tag) == JSRT_NODE_OK);
  expect_str(ctx, "process.getActiveResourcesInfo().join()", "Timeout,Timeout,Immediate");
  CHECK(JSRT_NodeSetResourceCounter(ctx, NULL, NULL) == JSRT_NODE_OK);
  expect_str(ctx, "process.getActiveResourcesInfo().join()", "");
  /* JSRT_NODE_GLOBAL_WEBSTREAMS: lazy accessors that become the stream/web classes. */
  expect_str(ctx, "typeof Object.getOwnPropertyDescriptor(globalThis, 'ReadableStream').get", "function");
  expect_str(ctx, "ReadableStream === req('stream/web').ReadableStream && "
             "typeof Object.getOwnPropertyDescriptor(globalThis, 'ReadableStream').value", "function");

  /* Errors. */
  expect_str(ctx, "try { req('node:nope') } catch (e) { [e.name, e.code, e.message].join('|') }",
             "Error|ERR_UNKNOWN_BUILTIN_MODULE|No such built-in module: node:nope");
  expect_str(ctx, "try { req('path').join(1) } catch (e) { String(e) + '|' + Object.keys(e) + '|' + (e instanceof TypeError) }",
             "TypeError [ERR_INVALID_ARG_TYPE]: The \"path\" argument must be of type string. Received type number (1)|code|true");
  JSValue err = node_throw_error(ctx, NODE_ERR_OUT_OF_RANGE, "too big");
  CHECK(JS_IsException(err));
  JSValue exc = JS_GetException(ctx);
  JSValue code = JS_GetPropertyStr(ctx, exc, "code");
  const char *cs = JS_ToCString(ctx, code);
  CHECK(cs && strcmp(cs, "ERR_OUT_OF_RANGE") == 0);
  if (cs) JS_FreeCString(ctx, cs);
  JS_FreeValue(ctx, code);
  JS_FreeValue(ctx, exc);

  /* A host native's argument error, worded and described as Node's. */
  JSValue num = JS_NewInt32(ctx, 5);
  CHECK(JS_IsException(JSRT_NodeThrowInvalidArgType(ctx, "callback", "function", num)));
  exc = JS_GetException(ctx);
  const char *argmsg = JS_ToCString(ctx, exc);
  CHECK(argmsg && strcmp(argmsg, "TypeError [ERR_INVALID_ARG_TYPE]: The \"callback\" argument must be of type function. "
                         "Received type number (5)") == 0);
  if (argmsg) JS_FreeCString(ctx, argmsg);
  JS_FreeValue(ctx, exc);
  JSValue obj = JS_NewObject(ctx);
  CHECK(JS_IsException(JSRT_NodeThrowInvalidArgType(ctx, "path", "string|Buffer|URL", obj)));
  JS_FreeValue(ctx, obj);
  exc = JS_GetException(ctx);
  argmsg = JS_ToCString(ctx, exc);
  CHECK(argmsg && strcmp(argmsg, "TypeError [ERR_INVALID_ARG_TYPE]: The \"path\" argument must be of type string or an "
                         "instance of Buffer or URL. Received an instance of Object") == 0);
  if (argmsg) JS_FreeCString(ctx, argmsg);
  JS_FreeValue(ctx, exc);

  /* Tiers: stub functions throw, unsupported modules throw on require. */
  expect_str(ctx, "try { req('http').createServer() } catch (e) { e.code + '|' + e.message }",
             "ERR_NOT_SUPPORTED|http.createServer is not supported");
  expect_str(ctx, "try { req('repl'); 'no' } catch (e) { e.code }", "ERR_NOT_SUPPORTED");
  expect_str(ctx, "try { req('test'); 'no' } catch (e) { e.code }", "ERR_UNKNOWN_BUILTIN_MODULE");

  /* Host modules, CommonJS and ES. */
  int before = host_inits;
  expect_str(ctx, "req('hostmod').greet() + ' ' + req('node:hostmod').answer", "hello from C 42");
  CHECK(host_inits == before + 1);
  expect_str(ctx, "try { req('failing') } catch (e) { e.message }", "host init failed");

  JS_SetModuleLoaderFunc(rt, normalize, loader, NULL);
  const char *esm =
    "import path, { join, sep } from 'node:path';\n"
    "import * as ns from 'path/win32';\n"
    "import host, { greet } from 'node:hostmod';\n"
    "globalThis.esmResult = [join('x', 'y'), sep, path.sep, ns.sep, greet(), host.answer,\n"
    "  Object.keys(ns).includes('default')].join(',');\n";
  JSValue m = JS_Eval(ctx, esm, strlen(esm), "esm-test.mjs", JS_EVAL_TYPE_MODULE);
  CHECK(!JS_IsException(m));
  if (JS_IsException(m)) JS_FreeValue(ctx, JS_GetException(ctx));
  JS_FreeValue(ctx, m);
  CHECK(JSRT_NodeRunJobs(ctx) == JSRT_NODE_OK);
  expect_str(ctx, "globalThis.esmResult", "x/y,/,/,\\,hello from C,42,true");

  /* nextTick runs before promise jobs. */
  expect_str(ctx,
             "globalThis.order = []; Promise.resolve().then(() => order.push('promise'));"
             "process.nextTick((a) => order.push('tick' + a), 1); 'ok'",
             "ok");
  CHECK(JSRT_NodeRunJobs(ctx) == JSRT_NODE_OK);
  expect_str(ctx, "order.join(',')", "tick1,promise");

  /* The process lifecycle calls. */
  expect_str(ctx,
             "globalThis.life = []; process.on('beforeExit', (c) => life.push('before' + c));"
             "process.on('uncaughtException', (e, o) => life.push(e.message + ':' + o));"
             "process.on('exit', (c) => { life.push('exit' + c); process.exitCode = 4; }); 'ok'",
             "ok");
  JSValue thrown = eval(ctx, "throw new Error('boom')");
  CHECK(JS_IsException(thrown));
  int status = -1;
  CHECK(JSRT_NodeHandleUncaught(ctx, &status) == JSRT_NODE_OK);
  JSValue promise = eval(ctx, "Promise.resolve()");
  JSValue reason = eval(ctx, "new Error('rejected')");
  CHECK(JSRT_NodeHandleRejection(ctx, promise, reason, &status) == JSRT_NODE_OK);
  JS_FreeValue(ctx, promise);
  JS_FreeValue(ctx, reason);
  CHECK(JSRT_NodeEmitBeforeExit(ctx) == JSRT_NODE_OK);
  CHECK(JSRT_NodeEmitExit(ctx, 2) == 4);
  CHECK(JSRT_NodeEmitExit(ctx, -1) == 4); /* once: already exiting */
  expect_str(ctx, "life.join(',')", "boom:uncaughtException,rejected:unhandledRejection,before0,exit2");
  expect_str(ctx, "process.removeAllListeners('uncaughtException'); process._exiting = false; 'ok'", "ok");
  thrown = eval(ctx, "throw new Error('fatal')");
  CHECK(JS_IsException(thrown));
  CHECK(JSRT_NodeHandleUncaught(ctx, &status) == JSRT_NODE_ERR_EXCEPTION);
  CHECK(status == 4); /* the 'exit' listener set process.exitCode */
  JSValue pending = JS_GetException(ctx);
  JSValue msg = JS_GetPropertyStr(ctx, pending, "message");
  const char *ms = JS_ToCString(ctx, msg);
  CHECK(ms && strcmp(ms, "fatal") == 0);
  if (ms) JS_FreeCString(ctx, ms);
  JS_FreeValue(ctx, msg);
  JS_FreeValue(ctx, pending);
  CHECK(JSRT_NodeVersion() != NULL && strlen(JSRT_NodeVersion()) > 0);
  expect_str(ctx, "typeof structuredClone", "function");
  /* JSRT_NODE_GLOBAL_URL: lazy globals, the classes node:url exports. */
  expect_str(ctx, "typeof Object.getOwnPropertyDescriptor(globalThis, 'URL').get", "function");
  expect_str(ctx, "req('url').URL === URL && req('url').URLSearchParams === URLSearchParams", "true");
  expect_str(ctx, "new URL('../c?d=1', 'http://a.b/x/y').href", "http://a.b/c?d=1");

  (void)round;
  JSRT_NodeContextFree(ctx);
  JSRT_NodeContextFree(ctx); /* idempotent */
  JS_FreeContext(ctx);
}

int main(void) {
  uv_loop_t loop;
  uv_loop_init(&loop);
  test_registry();
  JSRuntime *rt = JS_NewRuntime();
  /* Two contexts in one runtime, one after another and then side by side:
   * module state is per context. */
  test_context(rt, &loop, 0);
  test_context(rt, &loop, 1);
  JSContext *c1 = JS_NewContext(rt), *c2 = JS_NewContext(rt);
  JSRT_NodeContextInit(c1, &loop);
  JSRT_NodeContextInit(c2, &loop);
  JSValue p1 = JSRT_InitNodePath(c1), p2 = JSRT_InitNodePath(c2);
  CHECK(JS_VALUE_GET_PTR(p1) != JS_VALUE_GET_PTR(p2));
  JS_FreeValue(c1, p1);
  JS_FreeValue(c2, p2);
  JSRT_NodeContextFree(c1);
  JSRT_NodeContextFree(c2);
  JS_FreeContext(c1);
  JS_FreeContext(c2);
  JS_FreeRuntime(rt); /* aborts on a leaked object */
  uv_loop_close(&loop);
  printf("%d passed, %d failed\n", checks - failures, failures);
  return failures ? 1 : 0;
}
