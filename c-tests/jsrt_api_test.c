/* A module file written the way jsrt's remaining src/node/ C files are (its
 * node_querystring.c, http_module.c, ...): it includes "node_modules.h" and
 * uses only that header's API — NodeErrorCode, node_throw_error, the
 * NODE_ARG_REQUIRE_* macros, CHECK_EXCEPTION_RET, JSRT_LoadNodeModuleCommonJS,
 * JSRT_IsNodeModule and the JSRT_InitNodeX / js_node_x_init pair. Here
 * "node_modules.h" is jsrt-node's drop-in include/jsrt_node_compat.h; the test
 * then registers the module like jsrt's runtime would and uses it from
 * CommonJS and ES code. Leaks abort at JS_FreeRuntime on the bundled engine. */
#include <stdio.h>
#include <string.h>

/* ===== what a jsrt file looks like (compiled unchanged) ===================== */

#include "jsrt_node_compat.h" /* jsrt: #include "node_modules.h" */

static JSValue js_qs_escape(JSContext* ctx, JSValueConst this_val, int argc, JSValueConst* argv) {
  if (argc < 1) {
    return node_throw_error(ctx, NODE_ERR_MISSING_ARGS, "str is required");
  }
  NODE_ARG_REQUIRE_STRING(ctx, argv[0], "str");
  /* Uses a library built-in from C, as jsrt's http uses events. */
  JSValue path = JSRT_LoadNodeModuleCommonJS(ctx, "path");
  CHECK_EXCEPTION_RET(ctx, path);
  JSValue basename = JS_GetPropertyStr(ctx, path, "basename");
  JSValue r = JS_Call(ctx, basename, path, 1, argv);
  JS_FreeValue(ctx, basename);
  JS_FreeValue(ctx, path);
  return r;
}

static JSValue js_qs_repeat(JSContext* ctx, JSValueConst this_val, int argc, JSValueConst* argv) {
  NODE_ARG_REQUIRE_NUMBER(ctx, argv[0], "count");
  int32_t n = 0;
  if (JS_ToInt32(ctx, &n, argv[0])) return JS_EXCEPTION;
  if (n < 0 || n > 8) {
    NodeErrorCode code = NODE_ERR_OUT_OF_RANGE;
    return node_throw_error(ctx, code, "count is out of range");
  }
  char buf[16];
  memset(buf, 'x', (size_t)n);
  buf[n] = '\0';
  return JS_NewString(ctx, buf);
}

JSValue JSRT_InitNodeQueryString(JSContext* ctx) {
  JSValue qs = JS_NewObject(ctx);
  JS_SetPropertyStr(ctx, qs, "escape", JS_NewCFunction(ctx, js_qs_escape, "escape", 1));
  JS_SetPropertyStr(ctx, qs, "repeat", JS_NewCFunction(ctx, js_qs_repeat, "repeat", 1));
  JS_SetPropertyStr(ctx, qs, "builtinPath", JS_NewBool(ctx, JSRT_IsNodeModule("path")));
  return qs;
}

int js_node_querystring_init(JSContext* ctx, JSModuleDef* m) {
  JSValue qs = JSRT_InitNodeQueryString(ctx);
  if (JS_IsException(qs)) return -1;
  JS_SetModuleExport(ctx, m, "escape", JS_GetPropertyStr(ctx, qs, "escape"));
  JS_SetModuleExport(ctx, m, "repeat", JS_GetPropertyStr(ctx, qs, "repeat"));
  JS_SetModuleExport(ctx, m, "builtinPath", JS_GetPropertyStr(ctx, qs, "builtinPath"));
  JS_SetModuleExport(ctx, m, "default", qs);
  return 0;
}

/* ===== the test ============================================================== */

static int failures, checks;

static void expect(JSContext* ctx, const char* src, const char* want) {
  checks++;
  JSValue v = JS_Eval(ctx, src, strlen(src), "<jsrt_api_test>", JS_EVAL_TYPE_GLOBAL);
  if (JS_IsException(v)) {
    JSValue e = JS_GetException(ctx);
    const char* s = JS_ToCString(ctx, e);
    fprintf(stderr, "FAIL: %s threw %s\n", src, s ? s : "?");
    if (s) JS_FreeCString(ctx, s);
    JS_FreeValue(ctx, e);
    failures++;
    return;
  }
  const char* s = JS_ToCString(ctx, v);
  if (!s || strcmp(s, want) != 0) {
    fprintf(stderr, "FAIL: %s\n  got:  %s\n  want: %s\n", src, s ? s : "(null)", want);
    failures++;
  }
  if (s) JS_FreeCString(ctx, s);
  JS_FreeValue(ctx, v);
}

static JSValue js_require(JSContext* ctx, JSValueConst this_val, int argc, JSValueConst* argv) {
  const char* name = JS_ToCString(ctx, argv[0]);
  if (!name) return JS_EXCEPTION;
  JSValue r = JSRT_LoadNodeModuleCommonJS(ctx, name);
  JS_FreeCString(ctx, name);
  return r;
}

static char* normalize(JSContext* ctx, const char* base, const char* name, void* opaque) {
  return js_strdup(ctx, name);
}
static JSModuleDef* loader(JSContext* ctx, const char* name, void* opaque) {
  return JSRT_LoadNodeModule(ctx, name);
}

int main(void) {
  checks++;
  if (JSRT_NodeRegisterModule("querystring", JSRT_InitNodeQueryString, js_node_querystring_init) != JSRT_NODE_OK)
    failures++;
  uv_loop_t loop;
  uv_loop_init(&loop);
  JSRuntime* rt = JS_NewRuntime();
  JSContext* ctx = JS_NewContext(rt);
  JSRT_NodeContextInit(ctx, &loop);
  JSValue global = JS_GetGlobalObject(ctx);
  JS_SetPropertyStr(ctx, global, "req", JS_NewCFunction(ctx, js_require, "req", 1));
  JS_FreeValue(ctx, global);

  expect(ctx, "req('querystring') === req('node:querystring')", "true");
  expect(ctx, "req('querystring').escape('/a/b/c.txt')", "c.txt");
  expect(ctx, "req('querystring').repeat(3)", "xxx");
  expect(ctx, "req('querystring').builtinPath", "true");
  expect(ctx, "try { req('querystring').escape(1) } catch (e) { [e.code, e.message].join('|') }",
         "ERR_INVALID_ARG_TYPE|str must be a string");
  expect(ctx, "try { req('querystring').escape() } catch (e) { [e.code, e.message].join('|') }",
         "ERR_MISSING_ARGS|str is required");
  expect(ctx, "try { req('querystring').repeat('3') } catch (e) { [e.code, e.message].join('|') }",
         "ERR_INVALID_ARG_TYPE|count must be a number");
  expect(ctx, "try { req('querystring').repeat(9) } catch (e) { [e.code, e.message].join('|') }",
         "ERR_OUT_OF_RANGE|count is out of range");

  JS_SetModuleLoaderFunc(rt, normalize, loader, NULL);
  const char* esm =
      "import qs, { repeat } from 'node:querystring';\n"
      "globalThis.esm = [repeat(2), qs.escape('x/y'), typeof qs.repeat].join(',');\n";
  JSValue m = JS_Eval(ctx, esm, strlen(esm), "jsrt-api.mjs", JS_EVAL_TYPE_MODULE);
  checks++;
  if (JS_IsException(m)) {
    failures++;
    JS_FreeValue(ctx, JS_GetException(ctx));
  }
  JS_FreeValue(ctx, m);
  checks++;
  if (JSRT_NodeRunJobs(ctx) != JSRT_NODE_OK) failures++;
  expect(ctx, "globalThis.esm", "xx,y,function");

  JSRT_NodeContextFree(ctx);
  JS_FreeContext(ctx);
  JS_FreeRuntime(rt);
  uv_loop_close(&loop);
  printf("%d passed, %d failed\n", checks - failures, failures);
  return failures ? 1 : 0;
}
