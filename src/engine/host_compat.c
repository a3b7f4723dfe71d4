/* jsrt-node host-engine compatibility shim.
 *
 * Compiled only in host-engine mode (cmake -DJSRT_NODE_ENGINE=host), against
 * the HOST's quickjs.h, and put into the host-mode archive.
 *
 * The library's Rust code is written against quickjs-ng, which exports these
 * six functions. Bellard's QuickJS (jsrt's engine) declares them
 * `static inline` in quickjs.h, so no object file defines them. Here the
 * header's inline copies are renamed with #define before it is included, and
 * real, exported functions with quickjs-ng's prototypes are defined on top of
 * them. Each is a thin call into the host engine's own code (its inline
 * reference counting, JS_GetPropertyInternal / JS_SetPropertyInternal), so
 * values stay exactly the host's.
 *
 * With a quickjs-ng host header (which exports them itself) this file defines
 * none of them.
 *
 * It also defines jsrt_node_compat_array_buffer (see below), which the Rust
 * code calls in host-engine builds instead of JS_NewArrayBuffer, and
 * jsrt_node_compat_eval_precompiled, the library's scripts read from bytecode
 * this engine wrote at build time.
 */
#define JS_FreeValue jsrt_node_inline_JS_FreeValue
#define JS_FreeValueRT jsrt_node_inline_JS_FreeValueRT
#define JS_DupValue jsrt_node_inline_JS_DupValue
#define JS_DupValueRT jsrt_node_inline_JS_DupValueRT
#define JS_GetProperty jsrt_node_inline_JS_GetProperty
#define JS_SetProperty jsrt_node_inline_JS_SetProperty
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "quickjs.h"
#undef JS_FreeValue
#undef JS_FreeValueRT
#undef JS_DupValue
#undef JS_DupValueRT
#undef JS_GetProperty
#undef JS_SetProperty

#if defined(QJS_VERSION_MAJOR)
/* quickjs-ng: the engine exports all six; defining them here would clash. */
typedef int jsrt_node_host_compat_unused;
#else

/* The prototypes quickjs-ng exports (and the Rust bindings call). */
void JS_FreeValue(JSContext *ctx, JSValue v);
void JS_FreeValueRT(JSRuntime *rt, JSValue v);
JSValue JS_DupValue(JSContext *ctx, JSValueConst v);
JSValue JS_DupValueRT(JSRuntime *rt, JSValueConst v);
JSValue JS_GetProperty(JSContext *ctx, JSValueConst this_obj, JSAtom prop);
int JS_SetProperty(JSContext *ctx, JSValueConst this_obj, JSAtom prop, JSValue val);

void JS_FreeValue(JSContext *ctx, JSValue v) { jsrt_node_inline_JS_FreeValue(ctx, v); }

void JS_FreeValueRT(JSRuntime *rt, JSValue v) { jsrt_node_inline_JS_FreeValueRT(rt, v); }

JSValue JS_DupValue(JSContext *ctx, JSValueConst v) { return jsrt_node_inline_JS_DupValue(ctx, v); }

JSValue JS_DupValueRT(JSRuntime *rt, JSValueConst v) { return jsrt_node_inline_JS_DupValueRT(rt, v); }

JSValue JS_GetProperty(JSContext *ctx, JSValueConst this_obj, JSAtom prop) {
  return jsrt_node_inline_JS_GetProperty(ctx, this_obj, prop);
}

int JS_SetProperty(JSContext *ctx, JSValueConst this_obj, JSAtom prop, JSValue val) {
  return jsrt_node_inline_JS_SetProperty(ctx, this_obj, prop, val);
}

#endif

/* JS_NewArrayBuffer has a different ABI in every engine (DESIGN.md §3), so a
 * host-engine build of the library (cargo feature host-engine) calls this
 * instead: an ArrayBuffer that adopts `buf`, a js_malloc'ed block of `len`
 * bytes, and frees it with js_free_rt. On an exception `buf` is still the
 * caller's. */
JSValue jsrt_node_compat_array_buffer(JSContext *ctx, uint8_t *buf, size_t len);

#if defined(QJS_VERSION_MAJOR)
/* quickjs-ng hosts: the parameter list changed between ng releases, so copy
 * (one copy; the bundled build adopts through its own bindings). */
JSValue jsrt_node_compat_array_buffer(JSContext *ctx, uint8_t *buf, size_t len) {
  JSValue v = JS_NewArrayBufferCopy(ctx, buf, len);
  if (!JS_IsException(v))
    js_free(ctx, buf);
  return v;
}
#else
static void jsrt_node_free_array_buffer(JSRuntime *rt, void *opaque, void *ptr) {
  (void)opaque;
  js_free_rt(rt, ptr);
}

JSValue jsrt_node_compat_array_buffer(JSContext *ctx, uint8_t *buf, size_t len) {
  return JS_NewArrayBuffer(ctx, buf, len, jsrt_node_free_array_buffer, NULL, 0);
}
#endif

/* An ArrayBuffer adopting `buf`, a block from the C library's malloc (memory
 * a libuv worker filled for node:fs), released with free(). On an exception
 * `buf` is still the caller's. */
JSValue jsrt_node_compat_array_buffer_libc(JSContext *ctx, uint8_t *buf, size_t len);

#if defined(QJS_VERSION_MAJOR)
JSValue jsrt_node_compat_array_buffer_libc(JSContext *ctx, uint8_t *buf, size_t len) {
  JSValue v = JS_NewArrayBufferCopy(ctx, buf, len);
  if (!JS_IsException(v))
    free(buf);
  return v;
}
#else
static void jsrt_node_free_libc_array_buffer(JSRuntime *rt, void *opaque, void *ptr) {
  (void)rt;
  (void)opaque;
  free(ptr);
}

JSValue jsrt_node_compat_array_buffer_libc(JSContext *ctx, uint8_t *buf, size_t len) {
  return JS_NewArrayBuffer(ctx, buf, len, jsrt_node_free_libc_array_buffer, NULL, 0);
}
#endif

/* The library's scripts precompiled to this engine's bytecode at build time
 * (src/engine/bytecode_gen.c, run by cmake/JsrtNodeCompat.cmake with the
 * engine the host links, into jsrt_node_bytecode.h). Without it the table is
 * empty and the library compiles its JS text. */
struct jsrt_node_precompiled {
  const char *name;
  uint64_t hash;
  size_t src_len;
  const uint8_t *bc;
  size_t bc_len;
};
#ifdef JSRT_NODE_HAVE_BYTECODE
#include "jsrt_node_bytecode.h"
#define JSRT_NODE_PRECOMPILED_COUNT (sizeof jsrt_node_precompiled_scripts / sizeof jsrt_node_precompiled_scripts[0])
#else
#define JSRT_NODE_PRECOMPILED_COUNT 0
static const struct jsrt_node_precompiled *const jsrt_node_precompiled_scripts = NULL;
#endif

#if defined(__linux__) && defined(__GNUC__) && defined(JSRT_NODE_HAVE_BYTECODE)
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

/* The pages holding only the table's bytecode: [lo, hi). */
static uintptr_t jsrt_node_bc_lo, jsrt_node_bc_hi;
/* 1 when those pages lie in one read-only private mapping of a file (the
 * binary's .rodata), 0 when not, -1 before the first look. */
static int jsrt_node_bc_in_file = -1;

static int jsrt_node_bc_file_backed(void) {
  int known = __atomic_load_n(&jsrt_node_bc_in_file, __ATOMIC_ACQUIRE);
  if (known >= 0)
    return known;
  long ps = sysconf(_SC_PAGESIZE);
  uintptr_t lo = UINTPTR_MAX, hi = 0;
  for (size_t i = 0; i < JSRT_NODE_PRECOMPILED_COUNT; i++) {
    uintptr_t a = (uintptr_t)jsrt_node_precompiled_scripts[i].bc;
    if (a < lo)
      lo = a;
    if (a + jsrt_node_precompiled_scripts[i].bc_len > hi)
      hi = a + jsrt_node_precompiled_scripts[i].bc_len;
  }
  int ok = 0;
  FILE *f = ps > 0 && lo + 2 * (uintptr_t)ps < hi ? fopen("/proc/self/maps", "r") : NULL;
  if (f) {
    /* Inwards: only pages made of the table's own bytes. */
    lo = (lo + (uintptr_t)ps - 1) & ~((uintptr_t)ps - 1);
    hi &= ~((uintptr_t)ps - 1);
    char line[512];
    while (fgets(line, sizeof line, f)) {
      unsigned long start, end, off, inode;
      unsigned major, minor;
      char perms[8];
      if (sscanf(line, "%lx-%lx %7s %lx %x:%x %lu", &start, &end, perms, &off, &major, &minor, &inode) == 7 &&
          start <= lo && hi <= end) {
        ok = perms[1] == '-' && perms[3] == 'p' && inode != 0;
        break;
      }
      if (!strchr(line, '\n')) { /* the rest of a long path */
        int c;
        while ((c = fgetc(f)) != EOF && c != '\n') {
        }
      }
    }
    fclose(f);
  }
  jsrt_node_bc_lo = lo;
  jsrt_node_bc_hi = hi;
  __atomic_store_n(&jsrt_node_bc_in_file, ok, __ATOMIC_RELEASE);
  return ok;
}

/* Gives back the table's pages once a script is read: the engine copied
 * what it keeps, and without this every page read (and the neighbours the
 * kernel maps around a fault) stays in the process's resident set (about
 * 0.8 MiB after require of fs, stream and util). The whole table, not just
 * the script: the pages are clean and read-only, and MADV_DONTNEED on a
 * private file mapping only unmaps them, so the kernel reads them back from
 * the file if they are touched again (the next script, a second context).
 * Only there: in anonymous memory (an executable unpacked by a loader) it
 * would zero them, so nothing is dropped in that case. */
static void jsrt_node_bc_release(const uint8_t *p, size_t n) {
  (void)p;
  (void)n;
  if (jsrt_node_bc_file_backed())
    madvise((void *)jsrt_node_bc_lo, jsrt_node_bc_hi - jsrt_node_bc_lo, MADV_DONTNEED);
}
#else
static void jsrt_node_bc_release(const uint8_t *p, size_t n) {
  (void)p;
  (void)n;
}
#endif

/* Evaluates the script `name` from its bytecode, as JS_Eval of its text
 * would (same file name, line numbers and function sources). *found: 1 when
 * it was there, 0 when there is no entry of that name, -1 when the entry was
 * made from another text (hash or length differ) or could not be read; the
 * caller then compiles the text and nothing is pending. */
JSValue jsrt_node_compat_eval_precompiled(JSContext *ctx, const char *name, uint64_t hash, size_t src_len,
                                          int *found);
JSValue jsrt_node_compat_eval_precompiled(JSContext *ctx, const char *name, uint64_t hash, size_t src_len,
                                          int *found) {
  *found = 0;
  for (size_t i = 0; i < JSRT_NODE_PRECOMPILED_COUNT; i++) {
    const struct jsrt_node_precompiled *p = &jsrt_node_precompiled_scripts[i];
    if (strcmp(p->name, name) != 0)
      continue;
    *found = -1;
    if (p->hash != hash || p->src_len != src_len)
      return JS_UNDEFINED;
    JSValue fn = JS_ReadObject(ctx, p->bc, p->bc_len, JS_READ_OBJ_BYTECODE);
    jsrt_node_bc_release(p->bc, p->bc_len);
    if (JS_IsException(fn)) {
      JS_FreeValue(ctx, JS_GetException(ctx));
      return JS_UNDEFINED;
    }
    *found = 1;
    return JS_EvalFunction(ctx, fn);
  }
  return JS_UNDEFINED;
}
