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
 * code calls in host-engine builds instead of JS_NewArrayBuffer.
 */
#define JS_FreeValue jsrt_node_inline_JS_FreeValue
#define JS_FreeValueRT jsrt_node_inline_JS_FreeValueRT
#define JS_DupValue jsrt_node_inline_JS_DupValue
#define JS_DupValueRT jsrt_node_inline_JS_DupValueRT
#define JS_GetProperty jsrt_node_inline_JS_GetProperty
#define JS_SetProperty jsrt_node_inline_JS_SetProperty
#include <stdlib.h>

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
