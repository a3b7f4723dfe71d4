/* The three declarations examples/jsrt/process_streams.c defines, as jsrt's
 * src/node/process/process.h declares them (lines 123-125). */
#include "quickjs.h"
JSValue jsrt_create_stdin_stream(JSContext* ctx);
JSValue jsrt_create_stdout_stream(JSContext* ctx);
JSValue jsrt_create_stderr_stream(JSContext* ctx);
