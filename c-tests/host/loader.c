/* Module loading of the reference host: CommonJS (`require` of built-ins via
 * the jsrt-node registry, of relative/absolute files, JSON and node_modules
 * packages) and ES modules (`node:` and bare built-in names via
 * JSRT_LoadNodeModule, files by relative path). */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "host.h"

char *host_read_stream(FILE *f, size_t *len) {
  size_t cap = 1 << 16, n = 0;
  char *buf = malloc(cap + 1);
  size_t r;
  while (buf && (r = fread(buf + n, 1, cap - n, f)) > 0) {
    n += r;
    if (n == cap) {
      char *nb = realloc(buf, cap * 2 + 1);
      if (!nb) {
        free(buf);
        return NULL;
      }
      buf = nb;
      cap *= 2;
    }
  }
  if (!buf) return NULL;
  buf[n] = '\0';
  if (len) *len = n;
  return buf;
}

char *host_read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  char *buf = host_read_stream(f, len);
  fclose(f);
  return buf;
}

/* CommonJS is node:module's (the library's loader): main.c calls
 * `require('module').runMain(file)`, and an ES module importing a CommonJS
 * file gets it through JSRT_NodeLoadCommonJSModule. */

/* Whether a package.json's top-level "type" is "module": a small scan that
 * keeps track of nesting and strings, so `"type"` keys of nested objects
 * (funding, repository, ...) do not count. */
static int top_level_type_is_module(const char *t) {
  int depth = 0;
  int expect_key = 0;
  while (*t) {
    char c = *t;
    if (c == '"') {
      const char *start = ++t;
      while (*t && *t != '"') t += (*t == '\\' && t[1]) ? 2 : 1;
      size_t len = (size_t)(t - start);
      if (*t) t++;
      if (depth == 1 && expect_key && len == 4 && strncmp(start, "type", 4) == 0) {
        while (*t == ' ' || *t == '\t' || *t == '\n' || *t == '\r' || *t == ':') t++;
        return strncmp(t, "\"module\"", 8) == 0;
      }
      expect_key = 0;
      continue;
    }
    if (c == '{' || c == '[') {
      depth++;
      expect_key = c == '{';
    } else if (c == '}' || c == ']') {
      depth--;
    } else if (c == ',') {
      expect_key = 1;
    } else if (c == ':') {
      expect_key = 0;
    }
    t++;
  }
  return 0;
}

/* Node's rule for a .js file: CommonJS unless the nearest package.json says
 * "type": "module". A small scan is enough for the reference host. */
static int package_says_module(const char *file) {
  char dir[PATH_MAX];
  snprintf(dir, sizeof dir, "%s", file);
  for (;;) {
    char *slash = strrchr(dir, '/');
    if (!slash) return 0;
    *slash = '\0';
    char pj[PATH_MAX + 16];
    snprintf(pj, sizeof pj, "%s/package.json", dir);
    char *text = host_read_file(pj, NULL);
    if (text) {
      int is_module = top_level_type_is_module(text);
      free(text);
      return is_module;
    }
    if (slash == dir) return 0;
    const char *base = strrchr(dir, '/');
    if (base && strcmp(base, "/node_modules") == 0) return 0;
  }
}

int host_is_commonjs_file(const char *name) {
  size_t n = strlen(name);
  if (n >= 4 && strcmp(name + n - 4, ".mjs") == 0) return 0;
  if (n >= 4 && strcmp(name + n - 4, ".cjs") == 0) return 1;
  if (n >= 5 && strcmp(name + n - 5, ".json") == 0) return 1;
  return !package_says_module(name); /* .js and extensionless files */
}

/* ----- ES modules ---------------------------------------------------------- */

static int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* "/a/./b/../c" -> "/a/c", in place (an absolute path). */
static void collapse_dots(char *p) {
  char out[PATH_MAX * 2];
  size_t n = 0;
  const char *s = p;
  while (*s) {
    while (*s == '/') s++;
    const char *e = s;
    while (*e && *e != '/') e++;
    size_t len = (size_t)(e - s);
    if (len == 0) break;
    if (len == 1 && s[0] == '.') {
      /* skip */
    } else if (len == 2 && s[0] == '.' && s[1] == '.') {
      while (n > 0 && out[n - 1] != '/') n--;
      if (n > 0) n--;
    } else if (n + len + 2 < sizeof out) {
      out[n++] = '/';
      memcpy(out + n, s, len);
      n += len;
    }
    s = e;
  }
  if (n == 0) out[n++] = '/';
  out[n] = '\0';
  strcpy(p, out);
}

static char *module_normalize(JSContext *ctx, const char *base, const char *name, void *opaque) {
  char buf[PATH_MAX * 2];
  if (JSRT_IsNodeModule(name)) {
    /* One module record per built-in: `path` and `node:path` share it. */
    snprintf(buf, sizeof buf, "node:%s", strncmp(name, "node:", 5) == 0 ? name + 5 : name);
    return js_strdup(ctx, buf);
  }
  if (strncmp(name, "file://", 7) == 0) {
    /* A file: URL (import(pathToFileURL(p).href)): its percent-decoded path. */
    const char *src = name + 7;
    size_t n = 0;
    for (; *src && n + 1 < sizeof buf; src++) {
      int hi, lo;
      if (src[0] == '%' && (hi = hexval(src[1])) >= 0 && (lo = hexval(src[2])) >= 0) {
        buf[n++] = (char)(hi * 16 + lo);
        src += 2;
      } else {
        buf[n++] = *src;
      }
    }
    buf[n] = '\0';
    char real[PATH_MAX];
    if (realpath(buf, real)) return js_strdup(ctx, real);
    return js_strdup(ctx, buf);
  }
  if (name[0] == '/') return js_strdup(ctx, name);
  if (strncmp(name, "node:", 5) == 0) return js_strdup(ctx, name); /* unknown built-in: the loader reports it */
  if (name[0] != '.') {
    /* A package name or a "#" import: Node's ES module resolution, from the library. */
    JSValue r = JSRT_NodeResolveImport(ctx, name, base);
    if (JS_IsException(r)) return NULL;
    const char *p = JS_ToCString(ctx, r);
    JS_FreeValue(ctx, r);
    if (!p) return NULL;
    char *out = js_strdup(ctx, p);
    JS_FreeCString(ctx, p);
    return out;
  }
  const char *slash = strrchr(base, '/');
  int dirlen = slash ? (int)(slash - base) : 0;
  snprintf(buf, sizeof buf, "%.*s/%s", dirlen, base, name);
  char real[PATH_MAX];
  if (realpath(buf, real)) return js_strdup(ctx, real);
  /* Missing: Node's error, naming the path without its . and .. segments. */
  collapse_dots(buf);
  char msg[PATH_MAX * 3];
  snprintf(msg, sizeof msg, "Cannot find module '%s' imported from %s", buf, base);
  JSValue e = JS_NewError(ctx);
  JS_SetPropertyStr(ctx, e, "message", JS_NewString(ctx, msg));
  JS_SetPropertyStr(ctx, e, "code", JS_NewString(ctx, "ERR_MODULE_NOT_FOUND"));
  JS_Throw(ctx, e);
  return NULL;
}

/* file:// URL of an absolute path, percent-encoding what a URL path cannot hold. */
static void file_url(const char *path, char *out, size_t cap) {
  static const char hex[] = "0123456789ABCDEF";
  size_t n = snprintf(out, cap, "file://");
  for (const unsigned char *p = (const unsigned char *)path; *p && n + 4 < cap; p++) {
    unsigned char c = *p;
    int plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                strchr("/-._!$&'()*+,;=:@", c) != NULL; /* '~' too: Node 20.20's pathToFileURL encodes it */
    if (plain) {
      out[n++] = (char)c;
    } else {
      out[n++] = '%';
      out[n++] = hex[c >> 4];
      out[n++] = hex[c & 15];
    }
  }
  out[n] = '\0';
}

/* import.meta.resolve(specifier): relative and absolute specifiers become
 * file URLs as written (ES resolution adds no extensions), built-ins
 * `node:` names, bare package names resolve like require.resolve. */
static const char META_RESOLVE_SRC[] =
  "(function (Module, filename, toUrl) {\n"
  "  const path = Module._load('path');\n"
  "  const req = Module.createRequire(filename);\n"
  "  return { resolve(specifier) {\n"
  "    const s = `${specifier}`;\n"
  "    if (Module.isBuiltin(s)) return s.startsWith('node:') ? s : `node:${s}`;\n"
  "    if (/^[a-z][a-z0-9+.-]*:/i.test(s)) return s;\n"
  "    if (s.startsWith('./') || s.startsWith('../') || s.startsWith('/'))\n"
  "      return toUrl(path.resolve(path.dirname(filename), s));\n"
  "    try { return toUrl(req.resolve(s)); } catch {\n"
  "      const e = new Error(`Cannot find package '${s}' imported from ${filename}`);\n"
  "      e.code = 'ERR_MODULE_NOT_FOUND';\n"
  "      throw e;\n"
  "    }\n"
  "  } }.resolve;\n"
  "})";

/* file:// URL of a path, for JS (META_RESOLVE_SRC). */
static void file_url(const char *path, char *out, size_t cap);
static JSValue js_file_url(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv) {
  const char *p = argc > 0 ? JS_ToCString(ctx, argv[0]) : NULL;
  if (!p) return JS_EXCEPTION;
  char url[PATH_MAX * 3 + 16];
  file_url(p, url, sizeof url);
  JS_FreeCString(ctx, p);
  return JS_NewString(ctx, url);
}

static JSValue make_meta_resolve(JSContext *ctx, const char *path) {
  JSValue fn = JS_Eval(ctx, META_RESOLVE_SRC, sizeof META_RESOLVE_SRC - 1, "<jsrt-node:host>", JS_EVAL_TYPE_GLOBAL);
  if (JS_IsException(fn)) return fn;
  JSValue module = JSRT_LoadNodeModuleCommonJS(ctx, "module");
  if (JS_IsException(module)) {
    JS_FreeValue(ctx, fn);
    return module;
  }
  JSValue args[3] = {module, JS_NewString(ctx, path), JS_NewCFunction(ctx, js_file_url, "toUrl", 1)};
  JSValue r = JS_Call(ctx, fn, JS_UNDEFINED, 3, args);
  for (int i = 0; i < 3; i++) JS_FreeValue(ctx, args[i]);
  JS_FreeValue(ctx, fn);
  return r;
}

/* import.meta as Node 20.11 has it: dirname, filename, resolve, url. */
static int set_import_meta(JSContext *ctx, JSValueConst func, const char *path) {
  JSModuleDef *m = JS_VALUE_GET_PTR(func);
  JSValue meta = JS_GetImportMeta(ctx, m);
  if (JS_IsException(meta)) return -1;
  char url[PATH_MAX * 3 + 16];
  file_url(path, url, sizeof url);
  char dir[PATH_MAX];
  snprintf(dir, sizeof dir, "%s", path);
  char *slash = strrchr(dir, '/');
  if (slash) *(slash == dir ? slash + 1 : slash) = '\0';
  JS_DefinePropertyValueStr(ctx, meta, "dirname", JS_NewString(ctx, dir), JS_PROP_C_W_E);
  JS_DefinePropertyValueStr(ctx, meta, "filename", JS_NewString(ctx, path), JS_PROP_C_W_E);
  JSValue resolve = make_meta_resolve(ctx, path);
  if (JS_IsException(resolve)) {
    JS_FreeValue(ctx, meta);
    return -1;
  }
  JS_DefinePropertyValueStr(ctx, meta, "resolve", resolve, JS_PROP_C_W_E);
  JS_DefinePropertyValueStr(ctx, meta, "url", JS_NewString(ctx, url), JS_PROP_C_W_E);
  JS_FreeValue(ctx, meta);
  return 0;
}

static JSModuleDef *module_loader(JSContext *ctx, const char *name, void *opaque) {
  if (strncmp(name, "node:", 5) == 0) return JSRT_LoadNodeModule(ctx, name);
  if (name[0] == '/' && host_is_commonjs_file(name)) return JSRT_NodeLoadCommonJSModule(ctx, name);
  size_t len;
  char *src = host_read_file(name, &len);
  if (!src) {
    JS_ThrowReferenceError(ctx, "Cannot find module '%s'", name);
    return NULL;
  }
  JSValue func = JS_Eval(ctx, src, len, name, JS_EVAL_TYPE_MODULE | JS_EVAL_FLAG_COMPILE_ONLY);
  free(src);
  if (JS_IsException(func)) return NULL;
  JSModuleDef *m = JS_VALUE_GET_PTR(func);
  if (set_import_meta(ctx, func, name) < 0) m = NULL;
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
  if (set_import_meta(ctx, func, path) < 0) {
    JS_FreeValue(ctx, func);
    return -1;
  }
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
