/*
 * jsrt-node: drop-in replacement for jsrt's src/node/node_modules.h.
 *
 * jsrt's C files that stay in jsrt (http, net, crypto, child_process, zlib,
 * process, timers, ...) include "node_modules.h" for node_throw_error,
 * NodeErrorCode, the NODE_ARG_REQUIRE_* macros, CHECK_EXCEPTION_RET and the
 * registry entry points. With jsrt-node, src/node/node_modules.h becomes the
 * one line
 *
 *     #include "jsrt_node_compat.h"
 *
 * and every one of those files compiles unchanged (docs/INTEGRATING-JSRT.md).
 *
 * What comes from where:
 *  - the library (jsrt_node.h): JSRT_LoadNodeModule, JSRT_LoadNodeModuleCommonJS,
 *    JSRT_IsNodeModule, JSRT_GetNodeModuleCount, JSRT_GetNodeModuleName,
 *    node_throw_error, node_error_code_to_string, NodeErrorCode (same names and
 *    values as jsrt's enum), JSRT_InitNode<Module> of the built-ins it
 *    implements, JSRT_NodeRegisterModule for the host's own modules;
 *  - this header: the macros, defined exactly as in jsrt's node_modules.h, and
 *    the prototypes of the module entry points that stay in jsrt (defined by
 *    jsrt's own files, registered with JSRT_NodeRegisterModule).
 */
#ifndef JSRT_NODE_COMPAT_H
#define JSRT_NODE_COMPAT_H

#include <stdbool.h>

#include "jsrt_node.h"

/* ----- macros, exactly as in jsrt's src/node/node_modules.h ------------------ */

// Memory management helpers
#define CHECK_EXCEPTION_RET(ctx, val) \
  if (JS_IsException(val)) {          \
    return JS_EXCEPTION;              \
  }

#define NODE_ARG_REQUIRE_STRING(ctx, arg, name)                                        \
  if (!JS_IsString(arg)) {                                                             \
    return node_throw_error(ctx, NODE_ERR_INVALID_ARG_TYPE, name " must be a string"); \
  }

#define NODE_ARG_REQUIRE_NUMBER(ctx, arg, name)                                        \
  if (!JS_IsNumber(arg)) {                                                             \
    return node_throw_error(ctx, NODE_ERR_INVALID_ARG_TYPE, name " must be a number"); \
  }

/* ----- module entry points jsrt keeps (defined in jsrt, not in the library) --- */
/* The CommonJS and ES init functions of jsrt's remaining C modules, as its
 * node_modules.h declared them, so files that call each other's entry points
 * (e.g. http_parser.c calls JSRT_InitNodeQueryString) still compile. The host
 * registers each with JSRT_NodeRegisterModule(name, JSRT_InitNodeX, js_node_x_init). */
JSValue JSRT_InitNodeProcess(JSContext *ctx);
JSValue JSRT_InitNodeTimers(JSContext *ctx);
JSValue JSRT_InitNodeTimersPromises(JSContext *ctx);
JSValue JSRT_InitNodeAsyncHooks(JSContext *ctx);
JSValue JSRT_InitNodeNet(JSContext *ctx);
JSValue JSRT_InitNodeHttp(JSContext *ctx);
JSValue JSRT_InitNodeDns(JSContext *ctx);
JSValue JSRT_InitNodeHttps(JSContext *ctx);
JSValue JSRT_InitNodeHttp2(JSContext *ctx);
JSValue JSRT_InitNodeCrypto(JSContext *ctx);
JSValue JSRT_InitNodeQueryString(JSContext *ctx);
JSValue JSRT_InitNodeAssert(JSContext *ctx);
JSValue JSRT_InitNodeUrl(JSContext *ctx);
JSValue JSRT_InitNodeDgram(JSContext *ctx);
JSValue JSRT_InitNodeZlib(JSContext *ctx);
JSValue JSRT_InitNodeWASI(JSContext *ctx);
JSValue JSRT_InitNodeChildProcess(JSContext *ctx);
JSValue JSRT_InitNodeModule(JSContext *ctx);
JSValue JSRT_InitNodeVM(JSContext *ctx);
JSValue JSRT_InitNodeConstants(JSContext *ctx);
JSValue JSRT_InitNodeDiagnosticsChannel(JSContext *ctx);
JSValue JSRT_InitNodeReadline(JSContext *ctx);
JSValue JSRT_InitNodeTls(JSContext *ctx);
JSValue JSRT_InitResolve(JSContext *ctx);
JSValue jsrt_init_node_process(JSContext *ctx);

int js_node_timers_init(JSContext *ctx, JSModuleDef *m);
int js_node_timers_promises_init(JSContext *ctx, JSModuleDef *m);
int js_node_async_hooks_init(JSContext *ctx, JSModuleDef *m);
int js_node_net_init(JSContext *ctx, JSModuleDef *m);
int js_node_http_init(JSContext *ctx, JSModuleDef *m);
int js_node_dns_init(JSContext *ctx, JSModuleDef *m);
int js_node_https_init(JSContext *ctx, JSModuleDef *m);
int js_node_http2_init(JSContext *ctx, JSModuleDef *m);
int js_node_crypto_init(JSContext *ctx, JSModuleDef *m);
int js_node_process_init(JSContext *ctx, JSModuleDef *m);
int js_node_querystring_init(JSContext *ctx, JSModuleDef *m);
int js_node_assert_init(JSContext *ctx, JSModuleDef *m);
int js_node_url_init(JSContext *ctx, JSModuleDef *m);
int js_node_dgram_init(JSContext *ctx, JSModuleDef *m);
int js_node_zlib_init(JSContext *ctx, JSModuleDef *m);
int js_node_wasi_init(JSContext *ctx, JSModuleDef *m);
int js_node_child_process_init(JSContext *ctx, JSModuleDef *m);
int js_node_module_init(JSContext *ctx, JSModuleDef *m);
int js_node_vm_init(JSContext *ctx, JSModuleDef *m);
int js_node_constants_init(JSContext *ctx, JSModuleDef *m);
int js_node_diagnostics_channel_init(JSContext *ctx, JSModuleDef *m);
int js_node_readline_init(JSContext *ctx, JSModuleDef *m);
int js_node_tls_init(JSContext *ctx, JSModuleDef *m);
JSModuleDef *js_init_module_node_url(JSContext *ctx, const char *module_name);

// Node.js timer functions
void JSRT_AddNodeTimerGlobals(JSContext *ctx);

/* Defined by jsrt's src/node/jsrt_node_modules.c (docs/INTEGRATING-JSRT.md,
 * section 4): registers jsrt's remaining C modules with the library. Called
 * from runtime.c (section 5), which includes this header through
 * node/node_modules.h. */
void jsrt_node_register_modules(void);

#endif /* JSRT_NODE_COMPAT_H */
