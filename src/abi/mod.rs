//! Every `extern "C"` item of the library, and nothing else. Each function
//! catches panics: none crosses into C.
//!
//! Threading: a context's functions must be called on the thread that runs
//! that context. Registration functions may be called from any thread.

pub mod stdio;

use std::ffi::CStr;
use std::ffi::c_void;
use std::os::raw::{c_char, c_int};
use std::panic::{catch_unwind, AssertUnwindSafe};

use crate::context;
use crate::engine::raw::{JSContext, JSModuleDef, JSValue, EXCEPTION};
use crate::engine::{Ctx, JsResult, Value};
use crate::errors::{ErrorKind, NodeError};
use crate::registry;

/// jsrt's `NodeErrorCode` (src/node/node_modules.h), same names and values.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(non_camel_case_types)]
pub enum NodeErrorCode {
    NODE_ERR_INVALID_ARG_TYPE = 0,
    NODE_ERR_MISSING_ARGS = 1,
    NODE_ERR_OUT_OF_RANGE = 2,
    NODE_ERR_INVALID_ARG_VALUE = 3,
    NODE_ERR_INVALID_CALLBACK = 4,
    NODE_ERR_SYSTEM_ERROR = 5,
}

/// Status codes of the host API: 0 is success, negatives are failures.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(non_camel_case_types)]
pub enum JsrtNodeStatus {
    JSRT_NODE_OK = 0,
    /// A NULL pointer, a name that is not UTF-8, or a similar caller error.
    JSRT_NODE_ERR_INVALID_ARGUMENT = -1,
    /// A JS exception is pending in the context.
    JSRT_NODE_ERR_EXCEPTION = -2,
    /// A bug in the library was caught; a JS exception describes it.
    JSRT_NODE_ERR_INTERNAL = -3,
}

/// Builds a host module's CommonJS object: a new reference, or `JS_EXCEPTION`.
#[allow(non_camel_case_types)]
pub type JSRT_NodeCommonJSInit = Option<unsafe extern "C" fn(ctx: *mut JSContext) -> JSValue>;

/// Sets the exports of an ES module the registry created for a host module
/// (the shape of jsrt's `js_node_*_init`): 0, or -1 with an exception pending.
#[allow(non_camel_case_types)]
pub type JSRT_NodeESMInit = Option<unsafe extern "C" fn(ctx: *mut JSContext, m: *mut JSModuleDef) -> c_int>;

/// `JSRT_NodeInstallGlobals` flags.
pub const JSRT_NODE_GLOBAL_GLOBAL: u32 = 1;
pub const JSRT_NODE_GLOBAL_PROCESS: u32 = 2;
pub const JSRT_NODE_GLOBAL_CONSOLE: u32 = 4;
pub const JSRT_NODE_GLOBAL_BUFFER: u32 = 8;
/// `EventTarget`, `Event`, `CustomEvent`, `AbortController`, `AbortSignal`
/// (from node:events) and `DOMException`, each only where the engine or host
/// has none.
pub const JSRT_NODE_GLOBAL_EVENTS: u32 = 16;
/// `TextEncoder`, `TextDecoder` (from node:util), each only where the engine
/// or host has none (neither QuickJS has them).
pub const JSRT_NODE_GLOBAL_ENCODING: u32 = 32;
/// `structuredClone`, only where the engine or host has none (neither QuickJS
/// has it).
pub const JSRT_NODE_GLOBAL_CLONE: u32 = 64;
/// `URL`, `URLSearchParams` (WHATWG, from node:url), each only where the
/// engine or host has none; built on first use. With a host `URL`, node:url
/// exports the host's classes.
pub const JSRT_NODE_GLOBAL_URL: u32 = 128;
/// node:stream/web's classes: `ReadableStream`, `WritableStream`,
/// `TransformStream`, their readers, writers and controllers,
/// `ByteLengthQueuingStrategy`, `CountQueuingStrategy`, `TextEncoderStream`,
/// `TextDecoderStream` (and `CompressionStream`/`DecompressionStream`, which
/// throw ERR_NOT_SUPPORTED: no zlib), each only where the engine or host has
/// none. They are accessors until first read, so start-up builds nothing.
pub const JSRT_NODE_GLOBAL_WEBSTREAMS: u32 = 256;
/// `crypto`: node:crypto's `webcrypto` (`getRandomValues`, `randomUUID`;
/// `subtle`'s operations reject with ERR_NOT_SUPPORTED), only where the
/// engine or host has none. An accessor, as Node's; node:crypto is loaded on
/// the first read.
pub const JSRT_NODE_GLOBAL_CRYPTO: u32 = 512;
/// Every flag above.
pub const JSRT_NODE_GLOBAL_ALL: u32 = 1023;

/// Converts a C string argument; None for NULL or non-UTF-8.
unsafe fn name_arg<'a>(p: *const c_char) -> Option<&'a str> {
    if p.is_null() {
        return None;
    }
    CStr::from_ptr(p).to_str().ok()
}

/// Runs `f` for a JSValue-returning entry point: exceptions and panics become a
/// pending JS exception and `JS_EXCEPTION`.
unsafe fn value_entry(ctx: *mut JSContext, f: impl FnOnce(Ctx) -> JsResult<Value>) -> JSValue {
    if ctx.is_null() {
        return EXCEPTION;
    }
    let cx = Ctx::from_raw(ctx);
    match catch_unwind(AssertUnwindSafe(|| f(cx))) {
        Ok(Ok(v)) => v.into_raw(),
        Ok(Err(_)) => EXCEPTION,
        Err(_) => {
            let _ = cx.throw_internal("panic in a JSRT_* entry point");
            EXCEPTION
        }
    }
}

unsafe fn status_entry(ctx: *mut JSContext, f: impl FnOnce(Ctx) -> JsResult<()>) -> c_int {
    if ctx.is_null() {
        return JsrtNodeStatus::JSRT_NODE_ERR_INVALID_ARGUMENT as c_int;
    }
    let cx = Ctx::from_raw(ctx);
    match catch_unwind(AssertUnwindSafe(|| f(cx))) {
        Ok(Ok(())) => JsrtNodeStatus::JSRT_NODE_OK as c_int,
        Ok(Err(_)) => JsrtNodeStatus::JSRT_NODE_ERR_EXCEPTION as c_int,
        Err(_) => {
            let _ = cx.throw_internal("panic in a JSRT_* entry point");
            JsrtNodeStatus::JSRT_NODE_ERR_INTERNAL as c_int
        }
    }
}

// ----- the entry points jsrt calls today -------------------------------------------

/// The ES module for built-in `module_name` (with or without `node:`), for a
/// host's module loader. Its exports are the module object's enumerable keys
/// plus `default`. Returns NULL with a JS exception pending if the name is not
/// a built-in or building it threw. The module belongs to the context.
#[no_mangle]
pub unsafe extern "C" fn JSRT_LoadNodeModule(ctx: *mut JSContext, module_name: *const c_char) -> *mut JSModuleDef {
    if ctx.is_null() {
        return std::ptr::null_mut();
    }
    let cx = Ctx::from_raw(ctx);
    let Some(name) = name_arg(module_name) else {
        let _ = NodeError::unknown_builtin("").throw(cx);
        return std::ptr::null_mut();
    };
    match catch_unwind(AssertUnwindSafe(|| registry::load_esm(cx, name))) {
        Ok(Ok(m)) => m,
        Ok(Err(_)) => std::ptr::null_mut(),
        Err(_) => {
            let _ = cx.throw_internal("panic in JSRT_LoadNodeModule");
            std::ptr::null_mut()
        }
    }
}

/// `require(module_name)` of a built-in: returns a new reference the caller
/// frees, or `JS_EXCEPTION` (e.g. `ERR_UNKNOWN_BUILTIN_MODULE`). Built once per
/// context; later calls return the same object.
#[no_mangle]
pub unsafe extern "C" fn JSRT_LoadNodeModuleCommonJS(ctx: *mut JSContext, module_name: *const c_char) -> JSValue {
    let name = name_arg(module_name).unwrap_or("");
    value_entry(ctx, |cx| registry::load_cjs(cx, name))
}

/// True if `module_name` names a built-in the registry answers (any tier but
/// "unknown"): `"fs"`, `"node:fs"`, `"fs/promises"`, host-registered names.
#[no_mangle]
pub unsafe extern "C" fn JSRT_IsNodeModule(module_name: *const c_char) -> bool {
    let Some(name) = name_arg(module_name) else { return false };
    catch_unwind(|| registry::builtin_id(name).is_some()).unwrap_or(false)
}

/// How many names `JSRT_GetNodeModuleName` lists.
#[no_mangle]
pub extern "C" fn JSRT_GetNodeModuleCount() -> c_int {
    catch_unwind(|| registry::names().len() as c_int).unwrap_or(0)
}

/// The `index`-th built-in name (0-based), or NULL out of range. The string is
/// static: valid for the life of the process.
#[no_mangle]
pub extern "C" fn JSRT_GetNodeModuleName(index: c_int) -> *const c_char {
    catch_unwind(|| {
        let names = registry::names();
        match usize::try_from(index).ok().and_then(|i| names.get(i)) {
            Some(n) => registry::c_name(n).as_ptr(),
            None => std::ptr::null(),
        }
    })
    .unwrap_or(std::ptr::null())
}

/// Throws a Node-style error (`code` property, `Name [CODE]: message`) and
/// returns `JS_EXCEPTION`, as jsrt's C modules expect.
#[no_mangle]
pub unsafe extern "C" fn node_throw_error(ctx: *mut JSContext, code: NodeErrorCode, message: *const c_char) -> JSValue {
    let msg = if message.is_null() { String::new() } else { CStr::from_ptr(message).to_string_lossy().into_owned() };
    let (kind, code) = error_code_parts(code);
    value_entry(ctx, |cx| Err(NodeError::new(kind, code, msg).throw(cx)))
}

/// Throws Node's `ERR_INVALID_ARG_TYPE` TypeError for a host's own natives
/// (timers, queueMicrotask): `The "<name>" argument must be of type
/// <expected>. Received <actual as Node describes it>`, with `code` and the
/// stack as the library's errors have them. `expected` is one type or class
/// name, or several separated by `|` (`"string|Buffer|URL"`), worded as Node
/// words such lists. Returns `JS_EXCEPTION`.
#[no_mangle]
pub unsafe extern "C" fn JSRT_NodeThrowInvalidArgType(
    ctx: *mut JSContext,
    name: *const c_char,
    expected: *const c_char,
    actual: JSValue,
) -> JSValue {
    let name = if name.is_null() { String::new() } else { CStr::from_ptr(name).to_string_lossy().into_owned() };
    let expected = if expected.is_null() { String::new() } else { CStr::from_ptr(expected).to_string_lossy().into_owned() };
    value_entry(ctx, |cx| {
        let actual = crate::engine::Arg::new(actual);
        let list: Vec<&str> = expected.split('|').filter(|s| !s.is_empty()).collect();
        Err(NodeError::invalid_arg_type(cx, &name, &list, &actual).throw(cx))
    })
}

/// The Node code string of a `NodeErrorCode` (static).
#[no_mangle]
pub extern "C" fn node_error_code_to_string(code: NodeErrorCode) -> *const c_char {
    let s: &'static CStr = match code {
        NodeErrorCode::NODE_ERR_INVALID_ARG_TYPE => c"ERR_INVALID_ARG_TYPE",
        NodeErrorCode::NODE_ERR_MISSING_ARGS => c"ERR_MISSING_ARGS",
        NodeErrorCode::NODE_ERR_OUT_OF_RANGE => c"ERR_OUT_OF_RANGE",
        NodeErrorCode::NODE_ERR_INVALID_ARG_VALUE => c"ERR_INVALID_ARG_VALUE",
        NodeErrorCode::NODE_ERR_INVALID_CALLBACK => c"ERR_INVALID_CALLBACK",
        NodeErrorCode::NODE_ERR_SYSTEM_ERROR => c"ERR_SYSTEM_ERROR",
    };
    s.as_ptr()
}

fn error_code_parts(code: NodeErrorCode) -> (ErrorKind, &'static str) {
    match code {
        NodeErrorCode::NODE_ERR_INVALID_ARG_TYPE => (ErrorKind::TypeError, "ERR_INVALID_ARG_TYPE"),
        NodeErrorCode::NODE_ERR_MISSING_ARGS => (ErrorKind::TypeError, "ERR_MISSING_ARGS"),
        NodeErrorCode::NODE_ERR_OUT_OF_RANGE => (ErrorKind::RangeError, "ERR_OUT_OF_RANGE"),
        NodeErrorCode::NODE_ERR_INVALID_ARG_VALUE => (ErrorKind::TypeError, "ERR_INVALID_ARG_VALUE"),
        NodeErrorCode::NODE_ERR_INVALID_CALLBACK => (ErrorKind::TypeError, "ERR_INVALID_CALLBACK"),
        NodeErrorCode::NODE_ERR_SYSTEM_ERROR => (ErrorKind::Error, "ERR_SYSTEM_ERROR"),
    }
}

/// `require('path')` for this context: a new reference, or `JS_EXCEPTION`.
#[no_mangle]
pub unsafe extern "C" fn JSRT_InitNodePath(ctx: *mut JSContext) -> JSValue {
    value_entry(ctx, |cx| registry::load_cjs(cx, "path"))
}

/// `require('events')` (the EventEmitter constructor) for this context: a new
/// reference, or `JS_EXCEPTION`.
#[no_mangle]
pub unsafe extern "C" fn JSRT_InitNodeEvents(ctx: *mut JSContext) -> JSValue {
    value_entry(ctx, |cx| registry::load_cjs(cx, "events"))
}

/// `require('os')` for this context: a new reference, or `JS_EXCEPTION`.
#[no_mangle]
pub unsafe extern "C" fn JSRT_InitNodeOs(ctx: *mut JSContext) -> JSValue {
    value_entry(ctx, |cx| registry::load_cjs(cx, "os"))
}

/// `require('buffer')` for this context (its `Buffer` is the global one when
/// `JSRT_NODE_GLOBAL_BUFFER` was installed): a new reference, or `JS_EXCEPTION`.
#[no_mangle]
pub unsafe extern "C" fn JSRT_InitNodeBuffer(ctx: *mut JSContext) -> JSValue {
    value_entry(ctx, |cx| registry::load_cjs(cx, "buffer"))
}

/// `require('util')` for this context: a new reference, or `JS_EXCEPTION`.
#[no_mangle]
pub unsafe extern "C" fn JSRT_InitNodeUtil(ctx: *mut JSContext) -> JSValue {
    value_entry(ctx, |cx| registry::load_cjs(cx, "util"))
}

/// `require('fs')` for this context: a new reference, or `JS_EXCEPTION`. jsrt's
/// constants module calls it (and reads `.constants`). The library's native
/// node:fs (docs/FS.md), or the host's module if the host registered `fs`.
#[no_mangle]
pub unsafe extern "C" fn JSRT_InitNodeFs(ctx: *mut JSContext) -> JSValue {
    value_entry(ctx, |cx| registry::load_cjs(cx, "fs"))
}

/// `require('stream')` for this context: a new reference, or `JS_EXCEPTION`.
/// The native module, or the host's when the host registered one.
#[no_mangle]
pub unsafe extern "C" fn JSRT_InitNodeStream(ctx: *mut JSContext) -> JSValue {
    value_entry(ctx, |cx| registry::load_cjs(cx, "stream"))
}

// ----- the host API ------------------------------------------------------------------

/// Call once per context before using it with the library, handing over the
/// host's libuv loop for that context (may be NULL when the host runs no
/// loop; asynchronous APIs then fail with an error). Calling again updates the
/// loop. Returns `JSRT_NODE_OK`.
#[no_mangle]
pub unsafe extern "C" fn JSRT_NodeContextInit(ctx: *mut JSContext, uv_loop: *mut libuv_sys2::uv_loop_t) -> c_int {
    status_entry(ctx, |cx| {
        context::init(cx, uv_loop);
        Ok(())
    })
}

/// Releases every value the library holds for `ctx` (module cache, queues).
/// Call it before `JS_FreeContext`: values still held at `JS_FreeRuntime` trip
/// the engine's leak assertion. Safe to call for a context never initialised.
#[no_mangle]
pub unsafe extern "C" fn JSRT_NodeContextFree(ctx: *mut JSContext) {
    if ctx.is_null() {
        return;
    }
    let cx = Ctx::from_raw(ctx);
    let _ = catch_unwind(AssertUnwindSafe(|| context::free(cx)));
}

/// The loop handed over with `JSRT_NodeContextInit`, or NULL.
#[no_mangle]
pub unsafe extern "C" fn JSRT_NodeGetLoop(ctx: *mut JSContext) -> *mut libuv_sys2::uv_loop_t {
    if ctx.is_null() {
        return std::ptr::null_mut();
    }
    catch_unwind(|| context::uv_loop(Ctx::from_raw(ctx))).unwrap_or(std::ptr::null_mut())
}

/// Registers a host module (process-wide) under `name` (`"http"`, `"node:http"`
/// and `"http"` are the same). `cjs_init` builds the module object (new
/// reference or `JS_EXCEPTION`) once per context. `esm_init` may be NULL: the
/// ES module's exports are then the object's enumerable keys plus `default`;
/// otherwise the registry declares those names and `esm_init` sets them. A
/// later registration of the same name replaces the earlier one, and a host
/// module takes precedence over the library's own module of that name.
#[no_mangle]
pub unsafe extern "C" fn JSRT_NodeRegisterModule(
    name: *const c_char,
    cjs_init: JSRT_NodeCommonJSInit,
    esm_init: JSRT_NodeESMInit,
) -> c_int {
    let (Some(name), Some(cjs)) = (name_arg(name), cjs_init) else {
        return JsrtNodeStatus::JSRT_NODE_ERR_INVALID_ARGUMENT as c_int;
    };
    if name.is_empty() || name == "node:" {
        return JsrtNodeStatus::JSRT_NODE_ERR_INVALID_ARGUMENT as c_int;
    }
    match catch_unwind(|| registry::register_host_module(name, cjs, esm_init)) {
        Ok(()) => JsrtNodeStatus::JSRT_NODE_OK as c_int,
        Err(_) => JsrtNodeStatus::JSRT_NODE_ERR_INTERNAL as c_int,
    }
}

/// Installs the globals a Node program expects, as selected by `flags`
/// (`JSRT_NODE_GLOBAL_*`): `global` (= `globalThis`), the library's fallback
/// `process` (an EventEmitter), `console`, node:events' `EventTarget`,
/// `Event`, `CustomEvent`, `AbortController` and `AbortSignal`,
/// `structuredClone`, `URL`/`URLSearchParams`, and the web streams (`ReadableStream` and the rest of
/// node:stream/web's classes but the compression streams, built on first
/// read). A global that
/// already exists is left alone, so a host's own `process` or `console` wins.
/// (`Buffer` comes with node:buffer.)
#[no_mangle]
pub unsafe extern "C" fn JSRT_NodeInstallGlobals(ctx: *mut JSContext, flags: u32) -> c_int {
    status_entry(ctx, |cx| crate::globals::install(cx, flags))
}

/// Sets `process.argv` of the library's fallback `process`.
#[no_mangle]
pub unsafe extern "C" fn JSRT_NodeSetArgv(ctx: *mut JSContext, argc: c_int, argv: *const *const c_char) -> c_int {
    if argc < 0 || (argc > 0 && argv.is_null()) {
        return JsrtNodeStatus::JSRT_NODE_ERR_INVALID_ARGUMENT as c_int;
    }
    let args: Vec<String> = (0..argc as usize)
        .map(|i| {
            let p = *argv.add(i);
            if p.is_null() { String::new() } else { CStr::from_ptr(p).to_string_lossy().into_owned() }
        })
        .collect();
    status_entry(ctx, |cx| crate::modules::process::set_argv(cx, &args))
}

/// The host's count of its own pending, ref'd timers (`kind` 0, listed as
/// `'Timeout'`) or immediates (`kind` 1, `'Immediate'`), for
/// `process.getActiveResourcesInfo()`. Like Node, a timer whose callback is
/// running still counts until it returns (unless cleared inside it); an
/// immediate whose callback is running does not.
#[allow(non_camel_case_types)]
pub type JSRT_NodeResourceCounter = Option<unsafe extern "C" fn(opaque: *mut c_void, kind: u32) -> u32>;

/// Registers (or with NULL removes) the host's resource counter, called
/// synchronously from `process.getActiveResourcesInfo()` on the context's
/// thread with `opaque` as given. The library's own requests and handles are
/// listed without it. Returns `JSRT_NODE_ERR_INVALID_ARGUMENT` if the context
/// was not initialized with `JSRT_NodeContextInit`.
#[no_mangle]
pub unsafe extern "C" fn JSRT_NodeSetResourceCounter(
    ctx: *mut JSContext,
    counter: JSRT_NodeResourceCounter,
    opaque: *mut c_void,
) -> c_int {
    if ctx.is_null() {
        return JsrtNodeStatus::JSRT_NODE_ERR_INVALID_ARGUMENT as c_int;
    }
    let cx = Ctx::from_raw(ctx);
    let entry = counter.map(|count| context::ResourceCounter { count, opaque: opaque as usize });
    if context::set_resource_counter(cx, entry) {
        JsrtNodeStatus::JSRT_NODE_OK as c_int
    } else {
        JsrtNodeStatus::JSRT_NODE_ERR_INVALID_ARGUMENT as c_int
    }
}

/// Runs `process.nextTick` callbacks, then promise jobs, until both queues are
/// empty — Node's order. Call after every macrotask (timer, I/O callback, the
/// main script). Returns `JSRT_NODE_ERR_EXCEPTION` with the exception pending
/// in the context if a callback threw (Node treats that as uncaught).
#[no_mangle]
pub unsafe extern "C" fn JSRT_NodeRunJobs(ctx: *mut JSContext) -> c_int {
    status_entry(ctx, crate::modules::process::run_jobs)
}

// ----- the process lifecycle ----------------------------------------------------------
//
// A host that owns the loop and the exit drives Node's process events with these
// four calls (see c-tests/host/main.c). They act on the global `process` (the
// library's fallback, or a host's own if it is an EventEmitter) and do nothing
// when there is none. Same thread as the context; nothing is retained.

/// Emits `'exit'` once (skipped when `process._exiting` is already true, e.g.
/// after `process.exit()` or a fatal exception). `code >= 0` first sets
/// `process.exitCode`; pass -1 at the natural end to keep the program's own.
/// Returns the status the process must end with (`process.exitCode` after the
/// listeners, 0 if unset), or `JSRT_NODE_ERR_EXCEPTION` if a listener threw:
/// the exception is then pending, and Node reports it and ends with status 1.
#[no_mangle]
pub unsafe extern "C" fn JSRT_NodeEmitExit(ctx: *mut JSContext, code: c_int) -> c_int {
    int_entry(ctx, |cx| crate::modules::process::emit_exit(cx, code))
}

/// Emits `'beforeExit'` with the current exit code (not while exiting). Call
/// when the loop has run out of work; listeners may schedule more, so run the
/// loop again while it is alive and call this again when it empties, as Node
/// does. Returns `JSRT_NODE_OK`, or `JSRT_NODE_ERR_EXCEPTION` with the
/// listener's exception pending (hand it to `JSRT_NodeHandleUncaught`).
#[no_mangle]
pub unsafe extern "C" fn JSRT_NodeEmitBeforeExit(ctx: *mut JSContext) -> c_int {
    status_entry(ctx, crate::modules::process::before_exit)
}

/// Call when the main script, a callback or `JSRT_NodeRunJobs` ended with an
/// exception pending. It goes to `process.setUncaughtExceptionCaptureCallback`'s
/// callback, else `'uncaughtExceptionMonitor'` and `'uncaughtException'`
/// listeners. Returns `JSRT_NODE_OK` when it was handled: the exception is
/// cleared, carry on (e.g. call `JSRT_NodeRunJobs` again). Returns
/// `JSRT_NODE_ERR_EXCEPTION` when the process must end: the exception to
/// report is pending (print it), `'exit'` was emitted where Node emits it, and
/// `*exit_status` (may be NULL) holds the status to end with: 1 for an
/// unhandled error unless an `'exit'` listener set `process.exitCode`, 7 when
/// a handler threw. `JSRT_NODE_ERR_INTERNAL`/`_INVALID_ARGUMENT`: a library or
/// caller failure (`*exit_status` = 1).
#[no_mangle]
pub unsafe extern "C" fn JSRT_NodeHandleUncaught(ctx: *mut JSContext, exit_status: *mut c_int) -> c_int {
    fatal_entry(ctx, exit_status, crate::modules::process::handle_uncaught)
}

/// Reports a promise rejected with no handler (call after `JSRT_NodeRunJobs`,
/// for each rejection the engine's tracker saw and that is still unhandled).
/// `promise` and `reason` are borrowed. With `'unhandledRejection'` listeners
/// they get `(reason, promise)` and `JSRT_NODE_OK` is returned; otherwise the
/// reason is treated as an uncaught exception, with the results of
/// `JSRT_NodeHandleUncaught` (Node 20's default `--unhandled-rejections=throw`).
#[no_mangle]
pub unsafe extern "C" fn JSRT_NodeHandleRejection(
    ctx: *mut JSContext,
    promise: JSValue,
    reason: JSValue,
    exit_status: *mut c_int,
) -> c_int {
    fatal_entry(ctx, exit_status, |cx| {
        let (p, r) = (crate::engine::Arg::new(promise), crate::engine::Arg::new(reason));
        crate::modules::process::handle_rejection(cx, &p, &r)
    })
}

unsafe fn fatal_entry(ctx: *mut JSContext, exit_status: *mut c_int, f: impl FnOnce(Ctx) -> JsResult<Option<i32>>) -> c_int {
    let mut status = 1;
    let rc = if ctx.is_null() {
        JsrtNodeStatus::JSRT_NODE_ERR_INVALID_ARGUMENT
    } else {
        let cx = Ctx::from_raw(ctx);
        match catch_unwind(AssertUnwindSafe(|| f(cx))) {
            Ok(Ok(None)) => JsrtNodeStatus::JSRT_NODE_OK,
            Ok(Ok(Some(s))) => {
                status = s;
                JsrtNodeStatus::JSRT_NODE_ERR_EXCEPTION
            }
            // A failure inside the handling leaves its own exception pending.
            Ok(Err(_)) => JsrtNodeStatus::JSRT_NODE_ERR_EXCEPTION,
            Err(_) => {
                let _ = cx.throw_internal("panic in a JSRT_* entry point");
                JsrtNodeStatus::JSRT_NODE_ERR_INTERNAL
            }
        }
    };
    if !exit_status.is_null() {
        *exit_status = status;
    }
    rc as c_int
}

/// The ES module for the CommonJS file `filename` (an absolute path, the name
/// the host's module normalizer produced), for a host's module loader when an
/// ES module imports a CommonJS file. The file is loaded now through
/// node:module (`require.cache` shares it); the default export is
/// `module.exports`, the named exports are its own enumerable keys at load
/// time (Node finds them statically with cjs-module-lexer). Returns NULL with
/// a JS exception pending on failure. The module belongs to the context.
#[no_mangle]
pub unsafe extern "C" fn JSRT_NodeLoadCommonJSModule(ctx: *mut JSContext, filename: *const c_char) -> *mut JSModuleDef {
    if ctx.is_null() {
        return std::ptr::null_mut();
    }
    let cx = Ctx::from_raw(ctx);
    let Some(name) = name_arg(filename) else {
        let _ = NodeError::new(ErrorKind::TypeError, "ERR_INVALID_ARG_VALUE", "filename must be a UTF-8 path").throw(cx);
        return std::ptr::null_mut();
    };
    match catch_unwind(AssertUnwindSafe(|| crate::modules::module::load_as_esm(cx, name))) {
        Ok(Ok(m)) => m,
        Ok(Err(_)) => std::ptr::null_mut(),
        Err(_) => {
            let _ = cx.throw_internal("panic in JSRT_NodeLoadCommonJSModule");
            std::ptr::null_mut()
        }
    }
}

/// Resolves an ES module's import of a bare package name or a `#` import
/// (`specifier`) from the module file `base` (an absolute path) as Node's ES
/// module resolver does: package.json "exports"/"imports" with the "node",
/// "import" and "default" conditions, else "main" (with Node's legacy
/// extension and index lookups) or the subpath as written. Returns the
/// absolute path as a JS string (a built-in as `node:<name>`), or
/// `JS_EXCEPTION` with Node's error pending (`ERR_MODULE_NOT_FOUND`,
/// `ERR_PACKAGE_PATH_NOT_EXPORTED`, …). For a host's module normalizer;
/// relative and absolute specifiers stay the host's.
#[no_mangle]
pub unsafe extern "C" fn JSRT_NodeResolveImport(ctx: *mut JSContext, specifier: *const c_char, base: *const c_char) -> JSValue {
    let (Some(spec), Some(from)) = (name_arg(specifier), name_arg(base)) else {
        return value_entry(ctx, |cx| {
            Err(NodeError::new(ErrorKind::TypeError, "ERR_INVALID_ARG_VALUE", "specifier and base must be UTF-8 strings").throw(cx))
        });
    };
    value_entry(ctx, |cx| crate::modules::module::resolve_for_import(cx, spec, from))
}

/// The library's version (`process.versions.jsrt_node`), a static string.
#[no_mangle]
pub extern "C" fn JSRT_NodeVersion() -> *const c_char {
    static V: &CStr = match CStr::from_bytes_with_nul(concat!(env!("CARGO_PKG_VERSION"), "\0").as_bytes()) {
        Ok(c) => c,
        Err(_) => c"",
    };
    V.as_ptr()
}

unsafe fn int_entry(ctx: *mut JSContext, f: impl FnOnce(Ctx) -> JsResult<i32>) -> c_int {
    if ctx.is_null() {
        return JsrtNodeStatus::JSRT_NODE_ERR_INVALID_ARGUMENT as c_int;
    }
    let cx = Ctx::from_raw(ctx);
    match catch_unwind(AssertUnwindSafe(|| f(cx))) {
        Ok(Ok(n)) => n,
        Ok(Err(_)) => JsrtNodeStatus::JSRT_NODE_ERR_EXCEPTION as c_int,
        Err(_) => {
            let _ = cx.throw_internal("panic in a JSRT_* entry point");
            JsrtNodeStatus::JSRT_NODE_ERR_INTERNAL as c_int
        }
    }
}

/// Test hook, not in the public header: how many of the library's scripts
/// were read from precompiled bytecode since the process started, and in
/// `*stale` how many had an entry made from another text (engine::precompiled;
/// c-tests/abi_test.c checks a host-engine build with bytecode uses it).
#[no_mangle]
pub unsafe extern "C" fn jsrt_node_test_precompiled(stale: *mut c_int) -> c_int {
    let (hits, old) = crate::engine::precompiled::counts();
    if !stale.is_null() {
        *stale = old.min(c_int::MAX as usize) as c_int;
    }
    hits.min(c_int::MAX as usize) as c_int
}

/// Test hook, not in the public header: which engine-specific fast paths
/// this engine enabled (bit 0: strings read in place, engine::string_layout;
/// bit 1: raw-unit strings, engine::fast_string; bit 2: strings built in
/// place, engine::string_build; bit 3, bundled engine only: records made in
/// one step, engine::Record). c-tests/abi_test.c checks them on every engine
/// of the matrix, so a layout change in a new engine release fails a test
/// instead of only making buffer or fs slower.
#[no_mangle]
pub unsafe extern "C" fn jsrt_node_test_fast_paths(ctx: *mut JSContext) -> c_int {
    if ctx.is_null() {
        return 0;
    }
    let cx = Ctx::from_raw(ctx);
    catch_unwind(AssertUnwindSafe(|| {
        let mut bits = 0;
        if crate::engine::string_layout::layout_known(&cx) {
            bits |= 1;
        }
        if crate::engine::fast_string::available(&cx) {
            bits |= 2;
        }
        if crate::engine::string_build::available(&cx) {
            bits |= 4;
        }
        if crate::engine::record_fast_known(&cx) {
            bits |= 8;
        }
        bits
    }))
    .unwrap_or(0)
}
