//! The host stdio adapter: a native byte sink becomes a Node `Writable`, a
//! native byte source a Node `Readable` (docs/STDIO.md). The library's own
//! `process.stdout`/`stderr`/`stdin` are built on these same calls.
//!
//! The host owns the `JsrtNodeSink`/`JsrtNodeSource` struct: it must stay
//! valid and unchanged from the `JSRT_NodeNew*` call until the library calls
//! its `destroy` (once: when the stream is destroyed, or at
//! `JSRT_NodeContextFree`, whichever comes first). Its address identifies the
//! stream in the other calls. All calls happen on the context's loop thread.

use std::os::raw::{c_int, c_void};

use crate::engine::raw::{JSContext, JSValue};
use crate::modules::stream::host::{self, Outcome};

use super::{value_entry, JsrtNodeStatus};

/// One span of bytes for `JsrtNodeSink.writev`.
#[repr(C)]
pub struct JsrtNodeSlice {
    pub base: *const u8,
    pub len: usize,
}

/// A native byte sink (a terminal, pipe, file, socket…) wrapped as a Node
/// `Writable` by `JSRT_NodeNewWritable`.
///
/// The library calls at most one of `write`/`writev`/`end` at a time and
/// waits for its completion, reported with `JSRT_NodeSinkDone(ctx, sink,
/// status)`: exactly once per call, with 0 or a negative libuv error code
/// (`UV_EPIPE`…, which becomes Node's `Error: write EPIPE` with `errno`,
/// `code` and `syscall`). The completion may be reported from inside the call
/// (a synchronous sink, e.g. a file written with a synchronous `uv_fs_write`)
/// or later from a libuv callback. The bytes stay valid until then. A call
/// that returns a negative code instead has failed at once and must not
/// report a completion.
///
/// While completions are outstanding `write()` of the stream buffers, and
/// returns false above the high-water mark; `'drain'` follows the
/// completions, as in Node.
#[repr(C)]
pub struct JsrtNodeSink {
    /// The host's pointer; the library never reads it.
    pub opaque: *mut c_void,
    /// Required: start writing `len` bytes (`len` > 0).
    pub write: Option<unsafe extern "C" fn(sink: *mut JsrtNodeSink, bytes: *const u8, len: usize) -> c_int>,
    /// Optional: start writing `count` (> 1) spans in order, when several
    /// writes were buffered (the stream's `_writev`). NULL: one `write` each.
    pub writev: Option<unsafe extern "C" fn(sink: *mut JsrtNodeSink, slices: *const JsrtNodeSlice, count: usize) -> c_int>,
    /// Optional: `stream.end()` after the last write completed: flush or shut
    /// down, then report with `JSRT_NodeSinkDone`. NULL: `'finish'` needs
    /// nothing from the sink.
    pub end: Option<unsafe extern "C" fn(sink: *mut JsrtNodeSink) -> c_int>,
    /// Optional: the last call; release what the sink holds (close the handle,
    /// free the struct). A completion still outstanding must not be reported.
    pub destroy: Option<unsafe extern "C" fn(sink: *mut JsrtNodeSink)>,
}

/// A native byte source (a terminal, pipe, file…) wrapped as a Node
/// `Readable` by `JSRT_NodeNewReadable`.
///
/// The library calls `start` when the stream wants data (its `_read`) and
/// `stop` when the stream's buffer is over the high-water mark (`push()`
/// returned false) or when the stream is paused by the program; `start`
/// comes again when it wants more. Between `start` and `stop` the host
/// reports bytes with `JSRT_NodeSourcePush`, and the end with
/// `JSRT_NodeSourceEnd` (EOF or an error). Pushing after `stop` is allowed
/// (the bytes are buffered): a read already in flight may complete.
#[repr(C)]
pub struct JsrtNodeSource {
    /// The host's pointer; the library never reads it.
    pub opaque: *mut c_void,
    /// Required: begin (or resume) producing bytes, e.g. `uv_read_start`.
    /// Never called twice without a `stop` in between. A negative libuv code
    /// destroys the stream with that error (`syscall` `'read'`).
    pub start: Option<unsafe extern "C" fn(source: *mut JsrtNodeSource) -> c_int>,
    /// Required: stop producing until the next `start`, e.g. `uv_read_stop`.
    pub stop: Option<unsafe extern "C" fn(source: *mut JsrtNodeSource) -> c_int>,
    /// Optional: the last call; release what the source holds. A read still
    /// in flight must not be pushed after it.
    pub destroy: Option<unsafe extern "C" fn(source: *mut JsrtNodeSource)>,
}

/// Wraps `sink` as a Node `Writable` (`stream.Writable` instance: `write`,
/// `end`, `cork`, events, `pipe` targets…). `high_water_mark` in bytes; a
/// negative value takes Node's default (16 KiB). Returns a new reference, or
/// `JS_EXCEPTION` (a NULL `sink` or `sink->write` throws
/// `ERR_INVALID_ARG_VALUE`). The stream does not keep itself alive: hold the
/// value while it is needed.
#[no_mangle]
pub unsafe extern "C" fn JSRT_NodeNewWritable(ctx: *mut JSContext, sink: *mut JsrtNodeSink, high_water_mark: i64) -> JSValue {
    value_entry(ctx, |cx| host::new_writable(cx, sink, high_water_mark, false))
}

/// Reports the completion of the sink's current `write`, `writev` or `end`:
/// `status` 0, or a negative libuv error code. Called from a libuv callback,
/// the library then runs the stream's callbacks, `process.nextTick`
/// callbacks and promise jobs (Node's order). Returns `JSRT_NODE_OK`;
/// `JSRT_NODE_ERR_EXCEPTION` when a callback threw (the exception is pending:
/// hand it to `JSRT_NodeHandleUncaught`); `JSRT_NODE_ERR_INVALID_ARGUMENT`
/// when `sink` has no call outstanding (e.g. it was destroyed meanwhile).
#[no_mangle]
pub unsafe extern "C" fn JSRT_NodeSinkDone(ctx: *mut JSContext, sink: *mut JsrtNodeSink, status: c_int) -> c_int {
    outcome_entry(ctx, |cx| host::sink_done(cx, sink, status))
}

/// Wraps `source` as a Node `Readable` (`'data'`, `pause`/`resume`, `pipe`,
/// `setEncoding`, `for await`…). `high_water_mark` in bytes; negative takes
/// Node's default (16 KiB). Returns a new reference, or `JS_EXCEPTION` (a
/// NULL `source`, `start` or `stop` throws `ERR_INVALID_ARG_VALUE`). The
/// library holds the stream until it is destroyed or the context is freed.
#[no_mangle]
pub unsafe extern "C" fn JSRT_NodeNewReadable(ctx: *mut JSContext, source: *mut JsrtNodeSource, high_water_mark: i64) -> JSValue {
    value_entry(ctx, |cx| host::new_readable(cx, source, high_water_mark))
}

/// Hands `len` bytes (copied) from `source` to its stream (`push`). Returns
/// 1 when the stream wants more, 0 when it is full — the library has then
/// called `stop` already —, or a negative `JsrtNodeStatus` as
/// `JSRT_NodeSinkDone` does. Runs nextTicks and promise jobs afterwards,
/// except when called from inside `start`.
#[no_mangle]
pub unsafe extern "C" fn JSRT_NodeSourcePush(
    ctx: *mut JSContext,
    source: *mut JsrtNodeSource,
    bytes: *const u8,
    len: usize,
) -> c_int {
    if bytes.is_null() && len > 0 {
        return JsrtNodeStatus::JSRT_NODE_ERR_INVALID_ARGUMENT as c_int;
    }
    let data: &[u8] = if len == 0 { &[] } else { std::slice::from_raw_parts(bytes, len) };
    outcome_entry(ctx, |cx| host::source_push(cx, source, data))
}

/// Ends `source`'s stream: `status` 0 is EOF (`push(null)`: `'end'` after
/// the buffered data), a negative libuv code destroys the stream with Node's
/// error for it (`syscall` `'read'`). Returns as `JSRT_NodeSinkDone`.
#[no_mangle]
pub unsafe extern "C" fn JSRT_NodeSourceEnd(ctx: *mut JSContext, source: *mut JsrtNodeSource, status: c_int) -> c_int {
    outcome_entry(ctx, |cx| host::source_end(cx, source, status))
}

unsafe fn outcome_entry(ctx: *mut JSContext, f: impl FnOnce(crate::engine::Ctx) -> Outcome) -> c_int {
    if ctx.is_null() {
        return JsrtNodeStatus::JSRT_NODE_ERR_INVALID_ARGUMENT as c_int;
    }
    let cx = crate::engine::Ctx::from_raw(ctx);
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(cx))) {
        Ok(Outcome::Done(n)) => n,
        Ok(Outcome::Stale) => JsrtNodeStatus::JSRT_NODE_ERR_INVALID_ARGUMENT as c_int,
        Ok(Outcome::Thrown) => JsrtNodeStatus::JSRT_NODE_ERR_EXCEPTION as c_int,
        Err(_) => {
            let _ = cx.throw_internal("panic in a JSRT_* stream entry point");
            JsrtNodeStatus::JSRT_NODE_ERR_INTERNAL as c_int
        }
    }
}
