//! The stdio adapter's core (C API in abi/stdio.rs, design in docs/STDIO.md):
//! a table of the host's sinks and sources per context, the natives the
//! streams of host.js call, and the completions the host reports.
//!
//! The table lock is never held while the host or JS runs: a host may
//! report a completion from inside the call that started it, and JS may
//! destroy the stream from a callback.

use std::collections::HashMap;
use std::os::raw::c_int;
use std::sync::Mutex;

use crate::abi::stdio::{JsrtNodeSink, JsrtNodeSlice, JsrtNodeSource};
use crate::context;
use crate::engine::typed_array as ta;
use crate::engine::{Arg, Args, Ctx, JsResult, Value};
use crate::errors::{ErrorKind, NodeError};

const HOST_JS: &str = crate::embedded_js!("host.js");
const SLOT: &str = "stream:host";

/// What a completion call ends with, for the C boundary.
pub enum Outcome {
    /// Success, with the value to return (0, or push's 1/0).
    Done(c_int),
    /// The sink or source is not (or no longer) known, or nothing is pending.
    Stale,
    /// A JS exception is pending.
    Thrown,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Native {
    Sink(*mut JsrtNodeSink),
    Source(*mut JsrtNodeSource),
}

impl Native {
    fn addr(self) -> usize {
        match self {
            Native::Sink(p) => p as usize,
            Native::Source(p) => p as usize,
        }
    }
}

struct Entry {
    id: u64,
    native: Native,
    /// Sources only: the Readable that pushes go to.
    stream: Option<Value>,
    /// The stream's callback for the write or end in progress.
    pending: Option<Value>,
    /// The chunks being written, kept alive until the completion.
    chunks: Option<Value>,
    /// The host's write/end/start call is running: a completion reported now
    /// is synchronous, and runs no jobs.
    in_call: bool,
    sync_status: Option<c_int>,
    /// Sources: `start` was called and no `stop` since.
    reading: bool,
}

struct Table(HashMap<usize, Vec<Entry>>);
// SAFETY: the values and pointers are only used on the thread of their context.
unsafe impl Send for Table {}

static TABLE: Mutex<Option<Table>> = Mutex::new(None);
static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

fn with_entries<R>(cx: Ctx, f: impl FnOnce(&mut Vec<Entry>) -> R) -> R {
    let mut g = TABLE.lock().unwrap_or_else(|p| p.into_inner());
    let t = g.get_or_insert_with(|| Table(HashMap::new()));
    f(t.0.entry(cx.as_raw() as usize).or_default())
}

fn with_entry<R>(cx: Ctx, pick: impl Fn(&Entry) -> bool, f: impl FnOnce(&mut Entry) -> R) -> Option<R> {
    with_entries(cx, |v| v.iter_mut().find(|e| pick(e)).map(f))
}

fn by_id(id: u64) -> impl Fn(&Entry) -> bool {
    move |e| e.id == id
}

fn by_native(n: Native) -> impl Fn(&Entry) -> bool {
    move |e| e.native.addr() == n.addr()
}

fn factory(cx: Ctx) -> JsResult<Value> {
    if let Some(f) = context::slot_get(cx, SLOT) {
        return Ok(f);
    }
    let b = cx.object()?;
    let stream = crate::registry::load_cjs(cx, "stream")?;
    cx.set(&b, "Writable", cx.get(&stream, "Writable")?)?;
    cx.set(&b, "Readable", cx.get(&stream, "Readable")?)?;
    cx.set_fn(&b, "sinkWrite", host_sink_write, 3)?;
    cx.set_fn(&b, "sinkEnd", host_sink_end, 2)?;
    cx.set_fn(&b, "sourceRead", host_source_read, 1)?;
    cx.set_fn(&b, "sourceStop", host_source_stop, 1)?;
    cx.set_fn(&b, "release", host_release, 1)?;
    let f = cx.call_script_factory(HOST_JS, "<jsrt-node:stream-host>", &b)?;
    Ok(context::slot_get_or_insert(cx, SLOT, f))
}

fn bad_native(cx: Ctx, what: &str) -> crate::engine::Thrown {
    NodeError::new(ErrorKind::TypeError, "ERR_INVALID_ARG_VALUE", format!("The {what} is missing or incomplete")).throw(cx)
}

fn register(cx: Ctx, native: Native) -> u64 {
    let id = NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    with_entries(cx, |v| {
        v.push(Entry { id, native, stream: None, pending: None, chunks: None, in_call: false, sync_status: None, reading: false })
    });
    id
}

fn known(cx: Ctx, native: Native) -> bool {
    with_entry(cx, by_native(native), |_| ()).is_some()
}

/// `JSRT_NodeNewWritable`; `stdio` makes a stream that cannot be ended or
/// destroyed for good, as Node's process.stdout/stderr.
pub fn new_writable(cx: Ctx, sink: *mut JsrtNodeSink, hwm: i64, stdio: bool) -> JsResult<Value> {
    // SAFETY: the host hands a valid sink or NULL.
    let Some(s) = (unsafe { sink.as_ref() }) else { return Err(bad_native(cx, "sink")) };
    if s.write.is_none() || known(cx, Native::Sink(sink)) {
        return Err(bad_native(cx, "sink"));
    }
    let (writev, end) = (s.writev.is_some(), s.end.is_some());
    let f = factory(cx)?;
    let make = cx.get(&f, "writable")?;
    let id = register(cx, Native::Sink(sink));
    let args = [cx.number(id as f64), cx.number(hwm as f64), cx.bool(writev), cx.bool(end), cx.bool(stdio)];
    let made = cx.call_values(&make, &f, &args);
    if made.is_err() {
        with_entries(cx, |v| v.retain(|e| e.id != id));
    }
    made
}

/// `JSRT_NodeNewReadable`.
pub fn new_readable(cx: Ctx, source: *mut JsrtNodeSource, hwm: i64) -> JsResult<Value> {
    // SAFETY: the host hands a valid source or NULL.
    let Some(s) = (unsafe { source.as_ref() }) else { return Err(bad_native(cx, "source")) };
    if s.start.is_none() || s.stop.is_none() || known(cx, Native::Source(source)) {
        return Err(bad_native(cx, "source"));
    }
    let f = factory(cx)?;
    let make = cx.get(&f, "readable")?;
    let id = register(cx, Native::Source(source));
    let stream = match cx.call_values(&make, &f, &[cx.number(id as f64), cx.number(hwm as f64)]) {
        Ok(s) => s,
        Err(t) => {
            with_entries(cx, |v| v.retain(|e| e.id != id));
            return Err(t);
        }
    };
    let keep = stream.dup();
    with_entry(cx, by_id(id), |e| e.stream = Some(keep));
    Ok(stream)
}

/// Node's error for a failed native call: `Error: <syscall> <CODE>` with
/// `errno`, `code` and `syscall`.
pub fn uv_error(cx: Ctx, status: c_int, syscall: &str) -> JsResult<Value> {
    // SAFETY: uv_err_name returns a static string for any code.
    let code = unsafe { std::ffi::CStr::from_ptr(libuv_sys2::uv_err_name(status)) }.to_string_lossy().into_owned();
    let global = cx.global();
    let ctor = cx.get(&global, "Error")?;
    let e = cx.construct(&ctor, &[cx.string(&format!("{syscall} {code}"))?.as_arg()])?;
    cx.set(&e, "errno", cx.int(status))?;
    cx.set(&e, "code", cx.string(&code)?)?;
    cx.set(&e, "syscall", cx.string(syscall)?)?;
    Ok(e)
}

fn id_arg(cx: Ctx, v: Arg) -> JsResult<u64> {
    Ok(cx.to_f64(&v)? as u64)
}

/// Calls the stream's callback with the outcome of a write/end.
fn settle(cx: Ctx, cb: Value, status: c_int, syscall: &str) -> JsResult<()> {
    if status < 0 {
        let e = uv_error(cx, status, syscall)?;
        cx.call(&cb, &cx.undefined(), &[e.as_arg()])?;
    } else {
        cx.call(&cb, &cx.undefined(), &[])?;
    }
    Ok(())
}

/// Starts a host call for entry `id` with `cb` pending, then settles it at
/// once if the host failed or completed inside the call.
fn start_call(cx: Ctx, id: u64, cb: Arg, chunks: Option<Value>, syscall: &str, call: impl FnOnce(Native) -> c_int) -> JsResult<()> {
    let native = with_entry(cx, by_id(id), |e| {
        e.pending = Some(cx.dup(&cb));
        e.chunks = chunks;
        e.in_call = true;
        e.sync_status = None;
        e.native
    });
    let Some(native) = native else {
        // Released already (destroyed): the stream machinery reports that itself.
        return settle(cx, cx.dup(&cb), libuv_sys2::uv_errno_t_UV_EBADF as c_int, syscall);
    };
    let rc = call(native);
    let finished = with_entry(cx, by_id(id), |e| {
        e.in_call = false;
        let status = if rc < 0 { Some(rc) } else { e.sync_status.take() };
        status.map(|s| {
            e.chunks = None;
            (e.pending.take(), s)
        })
    })
    .flatten();
    if let Some((Some(cb), status)) = finished {
        settle(cx, cb, status, syscall)?;
    }
    Ok(())
}

crate::js_fn!(host_sink_write => sink_write);
fn sink_write(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let id = id_arg(cx, args.get(0))?;
    let list = args.get(1);
    let n = cx.to_f64(&cx.get(&list, "length")?)? as u32;
    let mut items = Vec::with_capacity(n as usize);
    for i in 0..n {
        let c = cx.get_index(&list, i)?;
        // Strings only arrive with decodeStrings off; they go out as UTF-8.
        let c = if cx.is_string(&c) { crate::modules::buffer::new_buffer_copy(cx, cx.to_str(&c)?.as_bytes())? } else { c };
        items.push(c);
    }
    // Several chunks reach a sink without writev only if host.js changes:
    // they then go out joined.
    // SAFETY: the id names a live entry or none; the pointer is only read.
    let has_writev = with_entry(cx, by_id(id), |e| match e.native {
        Native::Sink(s) => unsafe { (*s).writev.is_some() },
        Native::Source(_) => false,
    })
    .unwrap_or(false);
    if items.len() > 1 && !has_writev {
        let mut joined = Vec::new();
        for c in &items {
            if let Some(b) = ta::view_bytes(&cx, c) {
                joined.extend_from_slice(b.as_slice());
            }
        }
        items = vec![crate::modules::buffer::new_buffer_copy(cx, &joined)?];
    }
    let mut slices = Vec::with_capacity(items.len());
    for c in &items {
        if let Some(b) = ta::view_bytes(&cx, c) {
            if !b.is_empty() {
                slices.push(JsrtNodeSlice { base: b.as_ptr(), len: b.len() });
            }
        }
    }
    let keep = cx.array_from(items)?;
    start_call(cx, id, args.get(2), Some(keep), "write", |native| {
        let Native::Sink(sink) = native else { return libuv_sys2::uv_errno_t_UV_EINVAL as c_int };
        // SAFETY: the host keeps the sink valid until destroy; the spans stay
        // alive in the entry until the completion.
        unsafe {
            let s = &*sink;
            match (slices.len(), s.writev, s.write) {
                // Nothing to write (empty chunks): complete now.
                (0, _, _) => {
                    complete_in_call(cx, native);
                    0
                }
                (1, _, Some(w)) => w(sink, slices[0].base, slices[0].len),
                (_, Some(wv), _) => wv(sink, slices.as_ptr(), slices.len()),
                _ => libuv_sys2::uv_errno_t_UV_EINVAL as c_int,
            }
        }
    })?;
    Ok(cx.undefined())
}

fn complete_in_call(cx: Ctx, native: Native) {
    with_entry(cx, by_native(native), |e| e.sync_status = Some(0));
}

crate::js_fn!(host_sink_end => sink_end);
fn sink_end(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let id = id_arg(cx, args.get(0))?;
    start_call(cx, id, args.get(1), None, "shutdown", |native| match native {
        // SAFETY: the host keeps the sink valid until destroy.
        Native::Sink(sink) => unsafe { (*sink).end.map(|f| f(sink)).unwrap_or(0) },
        Native::Source(_) => libuv_sys2::uv_errno_t_UV_EINVAL as c_int,
    })?;
    Ok(cx.undefined())
}

crate::js_fn!(host_source_read => source_read);
fn source_read(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let id = id_arg(cx, args.get(0))?;
    let native = with_entry(cx, by_id(id), |e| {
        if e.reading {
            return None;
        }
        e.reading = true;
        e.in_call = true;
        Some(e.native)
    })
    .flatten();
    let Some(Native::Source(source)) = native else { return Ok(cx.undefined()) };
    // SAFETY: the host keeps the source valid until destroy.
    let rc = unsafe { (*source).start.map(|f| f(source)).unwrap_or(0) };
    let stream = with_entry(cx, by_id(id), |e| {
        e.in_call = false;
        if rc < 0 {
            e.reading = false;
        }
        e.stream.as_ref().map(|s| s.dup())
    })
    .flatten();
    if rc < 0 {
        if let Some(s) = stream {
            destroy_with(cx, &s, rc)?;
        }
    }
    Ok(cx.undefined())
}

fn destroy_with(cx: Ctx, stream: &Value, status: c_int) -> JsResult<()> {
    let e = uv_error(cx, status, "read")?;
    let destroy = cx.get(stream, "destroy")?;
    cx.call(&destroy, stream, &[e.as_arg()])?;
    Ok(())
}

/// Calls the source's `stop` if it is reading; true if it was.
fn stop_source(cx: Ctx, pick: impl Fn(&Entry) -> bool) -> bool {
    let native = with_entry(cx, pick, |e| {
        let was = e.reading;
        e.reading = false;
        if was { Some(e.native) } else { None }
    })
    .flatten();
    if let Some(Native::Source(source)) = native {
        // SAFETY: the host keeps the source valid until destroy.
        unsafe { (*source).stop.map(|f| f(source)) };
        return true;
    }
    false
}

crate::js_fn!(host_source_stop => source_stop_js);
fn source_stop_js(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let id = id_arg(cx, args.get(0))?;
    Ok(cx.bool(stop_source(cx, by_id(id))))
}

crate::js_fn!(host_release => release_js);
fn release_js(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let id = id_arg(cx, args.get(0))?;
    let e = with_entries(cx, |v| v.iter().position(|e| e.id == id).map(|i| v.remove(i)));
    if let Some(e) = e {
        release(e);
    }
    Ok(cx.undefined())
}

/// Stops a reading source, calls the host's `destroy`, then lets go of the
/// entry's values.
fn release(e: Entry) {
    // SAFETY: the host keeps the struct valid until this destroy call.
    unsafe {
        match e.native {
            Native::Sink(s) => {
                if let Some(d) = (*s).destroy {
                    d(s)
                }
            }
            Native::Source(s) => {
                if e.reading {
                    if let Some(stop) = (*s).stop {
                        stop(s);
                    }
                }
                if let Some(d) = (*s).destroy {
                    d(s)
                }
            }
        }
    }
    drop(e);
}

/// After a completion from the loop: the jobs Node runs after a callback.
fn after(cx: Ctx, ran: JsResult<()>, value: c_int) -> Outcome {
    match ran.and_then(|_| crate::modules::process::run_jobs(cx)) {
        Ok(()) => Outcome::Done(value),
        Err(_) => Outcome::Thrown,
    }
}

/// `JSRT_NodeSinkDone`.
pub fn sink_done(cx: Ctx, sink: *mut JsrtNodeSink, status: c_int) -> Outcome {
    let native = Native::Sink(sink);
    let found = with_entry(cx, by_native(native), |e| {
        if e.in_call {
            e.sync_status = Some(status);
            return Some(None);
        }
        let cb = e.pending.take()?;
        e.chunks = None;
        Some(Some(cb))
    })
    .flatten();
    match found {
        None => Outcome::Stale,
        Some(None) => Outcome::Done(0),
        Some(Some(cb)) => after(cx, settle(cx, cb, status, "write"), 0),
    }
}

/// `JSRT_NodeSourcePush`.
pub fn source_push(cx: Ctx, source: *mut JsrtNodeSource, data: &[u8]) -> Outcome {
    let native = Native::Source(source);
    let Some((stream, in_call)) = with_entry(cx, by_native(native), |e| (e.stream.as_ref().map(|s| s.dup()), e.in_call)) else {
        return Outcome::Stale;
    };
    let Some(stream) = stream else { return Outcome::Stale };
    let pushed = (|| -> JsResult<bool> {
        let buf = crate::modules::buffer::new_buffer_copy(cx, data)?;
        let push = cx.get(&stream, "push")?;
        let more = cx.call(&push, &stream, &[buf.as_arg()])?;
        cx.to_bool(&more)
    })();
    let more = match pushed {
        Ok(m) => m,
        Err(_) => return Outcome::Thrown,
    };
    if !more {
        stop_source(cx, by_native(native));
    }
    let value = more as c_int;
    if in_call {
        return Outcome::Done(value);
    }
    after(cx, Ok(()), value)
}

/// `JSRT_NodeSourceEnd`.
pub fn source_end(cx: Ctx, source: *mut JsrtNodeSource, status: c_int) -> Outcome {
    let native = Native::Source(source);
    let Some((stream, in_call)) = with_entry(cx, by_native(native), |e| {
        e.reading = false;
        (e.stream.as_ref().map(|s| s.dup()), e.in_call)
    }) else {
        return Outcome::Stale;
    };
    let Some(stream) = stream else { return Outcome::Stale };
    let ran = if status < 0 {
        destroy_with(cx, &stream, status)
    } else {
        cx.get(&stream, "push").and_then(|push| cx.call(&push, &stream, &[cx.null().as_arg()])).map(|_| ())
    };
    if in_call {
        return match ran {
            Ok(()) => Outcome::Done(0),
            Err(_) => Outcome::Thrown,
        };
    }
    after(cx, ran, 0)
}

/// `JSRT_NodeContextFree`: every sink and source still known is destroyed
/// (the host's `destroy` runs) and its values are let go.
pub fn on_context_free(cx: Ctx) {
    let entries = {
        let mut g = TABLE.lock().unwrap_or_else(|p| p.into_inner());
        g.as_mut().and_then(|t| t.0.remove(&(cx.as_raw() as usize))).unwrap_or_default()
    };
    for e in entries {
        release(e);
    }
}
