/* Module loading of the reference host: CommonJS (`require` of built-ins via
 * the jsrt-node registry, of relative/absolute files, JSON and node_modules
 * packages) and ES modules (`node:` and bare built-in names via
 * JSRT_LoadNodeModule, files by relative path). */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "host.h"

char *host_read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 1 << 16, n = 0;
  char *buf = malloc(cap + 1);
  size_t r;
  while (buf && (r = fread(buf + n, 1, cap - n, f)) > 0) {
    n += r;
    if (n == cap) {
      char *nb = realloc(buf, cap * 2 + 1);
      if (!nb) {
        free(buf);
        buf = NULL;
        break;
      }
      buf = nb;
      cap *= 2;
    }
  }
  fclose(f);
  if (!buf) return NULL;
  buf[n] = '\0';
  if (len) *len = n;
  return buf;
}

/* ----- CommonJS ------------------------------------------------------------ */

/* The loader itself is JS: it is short, and its path handling is node:path's. */
static const char CJS_LOADER[] =
  "(function (nativeRequire, isBuiltin, readFile, compile, fileKind) {\n"
  "  'use strict';\n"
  "  const path = nativeRequire('path');\n"
  "  const cache = Object.create(null);\n"
  "  function notFound(id, parent) {\n"
  "    const e = new Error(`Cannot find module '${id}'\\nRequire stack:\\n- ${parent}`);\n"
  "    e.code = 'MODULE_NOT_FOUND'; e.requireStack = [parent]; return e;\n"
  "  }\n"
  "  function tryFile(f) { return fileKind(f) === 1 ? f : null; }\n"
  "  function tryExtensions(f) { return tryFile(f) || tryFile(f + '.js') || tryFile(f + '.json') || tryFile(f + '.cjs'); }\n"
  "  function tryDirectory(d) {\n"
  "    if (fileKind(d) !== 2) return null;\n"
  "    const pj = path.join(d, 'package.json');\n"
  "    if (fileKind(pj) === 1) {\n"
  "      const main = JSON.parse(readFile(pj)).main;\n"
  "      if (typeof main === 'string') { const m = tryExtensions(path.resolve(d, main)) || tryDirectory(path.resolve(d, main)); if (m) return m; }\n"
  "    }\n"
  "    return tryExtensions(path.join(d, 'index'));\n"
  "  }\n"
  "  function resolve(id, parentDir, parentFile) {\n"
  "    if (typeof id !== 'string') { const e = new TypeError('The \"id\" argument must be of type string. Received ' + typeof id); e.code = 'ERR_INVALID_ARG_TYPE'; throw e; }\n"
  "    if (isBuiltin(id)) return id;\n"
  "    if (id.startsWith('./') || id.startsWith('../') || id === '.' || id === '..' || path.isAbsolute(id)) {\n"
  "      const f = path.resolve(parentDir, id);\n"
  "      const r = tryExtensions(f) || tryDirectory(f);\n"
  "      if (r) return r;\n"
  "    } else {\n"
  "      for (let d = parentDir; ; d = path.dirname(d)) {\n"
  "        if (path.basename(d) !== 'node_modules') {\n"
  "          const f = path.join(d, 'node_modules', id);\n"
  "          const r = tryExtensions(f) || tryDirectory(f);\n"
  "          if (r) return r;\n"
  "        }\n"
  "        if (d === path.dirname(d)) break;\n"
  "      }\n"
  "    }\n"
  "    throw notFound(id, parentFile);\n"
  "  }\n"
  "  function makeRequire(mod) {\n"
  "    const dir = path.dirname(mod.filename);\n"
  "    function require(id) {\n"
  "      const f = resolve(id, dir, mod.filename);\n"
  "      return isBuiltin(f) ? nativeRequire(f) : load(f, mod);\n"
  "    }\n"
  "    require.resolve = (id) => resolve(id, dir, mod.filename);\n"
  "    require.cache = cache;\n"
  "    require.main = mainModule;\n"
  "    return require;\n"
  "  }\n"
  "  let mainModule;\n"
  "  function load(filename, parent) {\n"
  "    const cached = cache[filename];\n"
  "    if (cached) return cached.exports;\n"
  "    const mod = { id: parent ? filename : '.', path: path.dirname(filename), exports: {}, filename, loaded: false, children: [], paths: [] };\n"
  "    if (!parent) mainModule = mod; else parent.children.push(mod);\n"
  "    cache[filename] = mod;\n"
  "    try {\n"
  "      let src = readFile(filename);\n"
  "      if (filename.endsWith('.json')) { mod.exports = JSON.parse(src); }\n"
  "      else {\n"
  "        if (src.startsWith('#!')) src = '//' + src.slice(2);\n"
  "        const fn = compile('(function (exports, require, module, __filename, __dirname) {' + src + '\\n})', filename);\n"
  "        fn.call(mod.exports, mod.exports, makeRequire(mod), mod, filename, path.dirname(filename));\n"
  "      }\n"
  "    } catch (e) { delete cache[filename]; throw e; }\n"
  "    mod.loaded = true;\n"
  "    return mod.exports;\n"
  "  }\n"
  "  return load;\n"
  "})";

static JSValue js_native_require(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv) {
  const char *name = argc > 0 ? JS_ToCString(ctx, argv[0]) : NULL;
  if (!name) return JS_EXCEPTION;
  JSValue r = JSRT_LoadNodeModuleCommonJS(ctx, name);
  JS_FreeCString(ctx, name);
  return r;
}

static JSValue js_is_builtin(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv) {
  if (argc < 1 || !JS_IsString(argv[0])) return JS_FALSE;
  const char *name = JS_ToCString(ctx, argv[0]);
  if (!name) return JS_EXCEPTION;
  bool b = JSRT_IsNodeModule(name);
  JS_FreeCString(ctx, name);
  return JS_NewBool(ctx, b);
}

static JSValue js_read_file(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv) {
  const char *p = argc > 0 ? JS_ToCString(ctx, argv[0]) : NULL;
  if (!p) return JS_EXCEPTION;
  size_t len;
  char *buf = host_read_file(p, &len);
  JS_FreeCString(ctx, p);
  if (!buf) return JS_ThrowReferenceError(ctx, "cannot read file");
  JSValue s = JS_NewStringLen(ctx, buf, len);
  free(buf);
  return s;
}

static JSValue js_compile(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv) {
  size_t len;
  const char *src = JS_ToCStringLen(ctx, &len, argv[0]);
  const char *file = JS_ToCString(ctx, argv[1]);
  JSValue r = (src && file) ? JS_Eval(ctx, src, len, file, JS_EVAL_TYPE_GLOBAL) : JS_EXCEPTION;
  if (src) JS_FreeCString(ctx, src);
  if (file) JS_FreeCString(ctx, file);
  return r;
}

#include <sys/stat.h>
static JSValue js_file_kind(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv) {
  const char *p = argc > 0 ? JS_ToCString(ctx, argv[0]) : NULL;
  if (!p) return JS_EXCEPTION;
  struct stat st;
  int kind = 0;
  if (stat(p, &st) == 0) kind = S_ISDIR(st.st_mode) ? 2 : 1;
  JS_FreeCString(ctx, p);
  return JS_NewInt32(ctx, kind);
}

int host_run_commonjs(JSContext *ctx, const char *path) {
  JSValue factory = JS_Eval(ctx, CJS_LOADER, sizeof CJS_LOADER - 1, "<jsrt-node:cjs-loader>", JS_EVAL_TYPE_GLOBAL);
  if (JS_IsException(factory)) return -1;
  JSValue helpers[5] = {
    JS_NewCFunction(ctx, js_native_require, "nativeRequire", 1),
    JS_NewCFunction(ctx, js_is_builtin, "isBuiltin", 1),
    JS_NewCFunction(ctx, js_read_file, "readFile", 1),
    JS_NewCFunction(ctx, js_compile, "compile", 2),
    JS_NewCFunction(ctx, js_file_kind, "fileKind", 1),
  };
  JSValue load = JS_Call(ctx, factory, JS_UNDEFINED, 5, helpers);
  for (int i = 0; i < 5; i++) JS_FreeValue(ctx, helpers[i]);
  JS_FreeValue(ctx, factory);
  if (JS_IsException(load)) return -1;
  JSValue file = JS_NewString(ctx, path);
  JSValue r = JS_Call(ctx, load, JS_UNDEFINED, 1, &file);
  JS_FreeValue(ctx, file);
  JS_FreeValue(ctx, load);
  if (JS_IsException(r)) return -1;
  JS_FreeValue(ctx, r);
  return 0;
}

/* ----- ES modules ---------------------------------------------------------- */

static char *module_normalize(JSContext *ctx, const char *base, const char *name, void *opaque) {
  char buf[PATH_MAX * 2];
  if (JSRT_IsNodeModule(name)) {
    /* One module record per built-in: `path` and `node:path` share it. */
    snprintf(buf, sizeof buf, "node:%s", strncmp(name, "node:", 5) == 0 ? name + 5 : name);
    return js_strdup(ctx, buf);
  }
  if (name[0] == '/') return js_strdup(ctx, name);
  if (name[0] != '.') return js_strdup(ctx, name); /* bare: the loader reports it */
  const char *slash = strrchr(base, '/');
  int dirlen = slash ? (int)(slash - base) : 0;
  snprintf(buf, sizeof buf, "%.*s/%s", dirlen, base, name);
  char real[PATH_MAX];
  if (realpath(buf, real)) return js_strdup(ctx, real);
  return js_strdup(ctx, buf);
}

static int set_import_meta(JSContext *ctx, JSValueConst func, const char *path, bool is_main) {
  JSModuleDef *m = JS_VALUE_GET_PTR(func);
  JSValue meta = JS_GetImportMeta(ctx, m);
  if (JS_IsException(meta)) return -1;
  char url[PATH_MAX + 16];
  snprintf(url, sizeof url, "file://%s", path);
  JS_DefinePropertyValueStr(ctx, meta, "url", JS_NewString(ctx, url), JS_PROP_C_W_E);
  JS_DefinePropertyValueStr(ctx, meta, "main", JS_NewBool(ctx, is_main), JS_PROP_C_W_E);
  JS_FreeValue(ctx, meta);
  return 0;
}

static JSModuleDef *module_loader(JSContext *ctx, const char *name, void *opaque) {
  if (strncmp(name, "node:", 5) == 0) return JSRT_LoadNodeModule(ctx, name);
  size_t len;
  char *src = host_read_file(name, &len);
  if (!src) {
    JS_ThrowReferenceError(ctx, "Cannot find module '%s'", name);
    return NULL;
  }
  JSValue func = JS_Eval(ctx, src, len, name, JS_EVAL_TYPE_MODULE | JS_EVAL_FLAG_COMPILE_ONLY);
  free(src);
  if (JS_IsException(func)) return NULL;
  set_import_meta(ctx, func, name, false);
  JSModuleDef *m = JS_VALUE_GET_PTR(func);
  JS_FreeValue(ctx, func);
  return m;
}

void host_loader_install(JSRuntime *rt) { JS_SetModuleLoaderFunc(rt, module_normalize, module_loader, NULL); }

int host_run_module(JSContext *ctx, const char *path) {
  size_t len;
  char *src = host_read_file(path, &len);
  if (!src) {
    JS_ThrowReferenceError(ctx, "Cannot find module '%s'", path);
    return -1;
  }
  JSValue func = JS_Eval(ctx, src, len, path, JS_EVAL_TYPE_MODULE | JS_EVAL_FLAG_COMPILE_ONLY);
  free(src);
  if (JS_IsException(func)) return -1;
  set_import_meta(ctx, func, path, true);
  JSValue r = JS_EvalFunction(ctx, func);
  if (JS_IsException(r)) return -1;
  /* Module evaluation returns a promise: a rejection is an uncaught error. */
  if (JSRT_NodeRunJobs(ctx) != JSRT_NODE_OK) {
    JS_FreeValue(ctx, r);
    return -1;
  }
  if (JS_IsObject(r) && JS_PromiseState(ctx, r) == JS_PROMISE_REJECTED) {
    JSValue reason = JS_PromiseResult(ctx, r);
    JS_FreeValue(ctx, r);
    JS_Throw(ctx, reason);
    return -1;
  }
  JS_FreeValue(ctx, r);
  return 0;
}
