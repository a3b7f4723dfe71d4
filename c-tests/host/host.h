/* The reference host: a minimal jsrt (QuickJS runtime + libuv loop) around
 * jsrt-node, used by the conformance suites and as the integration example. */
#ifndef JSRT_NODE_REFERENCE_HOST_H
#define JSRT_NODE_REFERENCE_HOST_H

#include <stdio.h>

#include "jsrt_node.h"

/* Hands the pending exception of ctx to process's handlers
 * ('uncaughtException'); returns if one handled it, else prints it to stderr
 * and ends the process with Node's status. */
void host_report_uncaught(JSContext *ctx);
/* Runs nextTicks and promise jobs; dies on an uncaught exception or an
 * unhandled rejection, like Node. Call after every macrotask. */
void host_after_callback(JSContext *ctx);

/* timers.c */
void host_timers_install(JSContext *ctx, uv_loop_t *loop);
void host_timers_close(void);

/* loader.c */
void host_loader_install(JSRuntime *rt);
int host_run_module(JSContext *ctx, const char *path);
/* Node's rule: .mjs is an ES module, .cjs/.json are CommonJS, .js and
 * extensionless files are CommonJS unless their package says "type": "module". */
int host_is_commonjs_file(const char *path);
char *host_read_file(const char *path, size_t *len);
/* Reads all of f; NULL on failure. The caller frees the NUL-terminated text. */
char *host_read_stream(FILE *f, size_t *len);

#endif
