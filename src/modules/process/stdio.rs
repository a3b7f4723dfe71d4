//! `process.stdout`, `process.stderr` and `process.stdin` of the fallback
//! process: fds 1, 2 and 0 as a sink or source of the host stdio adapter
//! (stream/host.rs), the same C-shaped API a host uses for its own streams
//! (docs/STDIO.md). Each is made on first access, as in Node, so a program
//! that never touches stdin never reads it.
//!
//! What the fd is decides how (Node's "note on process I/O" for POSIX):
//! a terminal is a `uv_tty_t` written in blocking mode (synchronous), a pipe
//! or socket a `uv_pipe_t` (a write that does not fit now finishes later on
//! the loop), a file is written with synchronous `uv_fs_write` and read with
//! `uv_fs_read` requests on the loop. A closed fd gives a sink that drops
//! bytes and a source that ends at once.

use std::collections::HashMap;
use std::os::raw::{c_char, c_int, c_uint, c_void};
use std::sync::Mutex;

use libuv_sys2 as uv;

use crate::abi::stdio::{JsrtNodeSink, JsrtNodeSlice, JsrtNodeSource};
use crate::context;
use crate::engine::raw::JSContext;
use crate::engine::{Arg, Args, Ctx, JsResult, Value};
use crate::modules::stream::host::{self, Outcome};

/// Node's highWaterMark for an fs.ReadStream, which stdin from a file is.
const FILE_READ_CHUNK: usize = 64 * 1024;
const PIPE_READ_CHUNK: usize = 64 * 1024;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Tty,
    Pipe,
    File,
    Closed,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Tty => "tty",
            Kind::Pipe => "pipe",
            Kind::File => "fs",
            Kind::Closed => "closed",
        }
    }
}

fn kind_of(fd: c_int, lp: *mut uv::uv_loop_t) -> Kind {
    // SAFETY: fcntl F_GETFD only queries the descriptor.
    if unsafe { libc::fcntl(fd, libc::F_GETFD) } < 0 {
        return Kind::Closed;
    }
    if lp.is_null() {
        // Without a loop everything is written synchronously.
        return Kind::File;
    }
    // SAFETY: uv_guess_handle only inspects the descriptor.
    match unsafe { uv::uv_guess_handle(fd) } {
        uv::uv_handle_type_UV_TTY => Kind::Tty,
        uv::uv_handle_type_UV_NAMED_PIPE | uv::uv_handle_type_UV_TCP => Kind::Pipe,
        _ => Kind::File,
    }
}

/// A `uv_tty_t` or `uv_pipe_t` from malloc, freed by its close callback.
unsafe fn open_stream(lp: *mut uv::uv_loop_t, fd: c_int, kind: Kind, readable: bool) -> *mut uv::uv_stream_t {
    let size = std::mem::size_of::<uv::uv_tty_t>().max(std::mem::size_of::<uv::uv_pipe_t>());
    let h = libc::calloc(1, size) as *mut uv::uv_stream_t;
    if h.is_null() {
        return h;
    }
    let rc = match kind {
        Kind::Tty => uv::uv_tty_init(lp, h as *mut uv::uv_tty_t, fd, readable as c_int),
        _ => {
            let rc = uv::uv_pipe_init(lp, h as *mut uv::uv_pipe_t, 0);
            if rc == 0 {
                let rc2 = uv::uv_pipe_open(h as *mut uv::uv_pipe_t, fd);
                if rc2 < 0 {
                    (*h).data = std::ptr::null_mut();
                    uv::uv_close(h as *mut uv::uv_handle_t, Some(free_handle));
                    return std::ptr::null_mut();
                }
            }
            rc
        }
    };
    if rc < 0 {
        libc::free(h as *mut c_void);
        return std::ptr::null_mut();
    }
    h
}

/// Close callback: frees the handle and the sink or source it served.
unsafe extern "C" fn free_handle(h: *mut uv::uv_handle_t) {
    let owner = (*h).data;
    if !owner.is_null() {
        drop(Box::from_raw(owner as *mut Owner));
    }
    libc::free(h as *mut c_void);
}

/// What a handle's `data` points to, so its close callback frees it (the
/// boxes are held only to be dropped there).
#[allow(dead_code)]
enum Owner {
    Sink(Box<FdSink>),
    Source(Box<FdSource>),
}

/// Hands a handle's end to the loop; `owner` is freed once it is closed.
unsafe fn close_stream(h: *mut uv::uv_stream_t, owner: Owner) {
    (*h).data = Box::into_raw(Box::new(owner)) as *mut c_void;
    uv::uv_close(h as *mut uv::uv_handle_t, Some(free_handle));
}

/// A completion the loop delivered: a JS exception goes the uncaught way.
fn deliver(cx: Ctx, o: Outcome) {
    if let Outcome::Thrown = o {
        crate::modules::fs::req::report_uncaught(cx);
    }
}

// ----- the sink (stdout, stderr) ---------------------------------------------------

#[repr(C)]
struct FdSink {
    /// First, so the adapter's pointer is this struct's.
    sink: JsrtNodeSink,
    ctx: *mut JSContext,
    fd: c_int,
    kind: Kind,
    stream: *mut uv::uv_stream_t,
    req: uv::uv_write_t,
    destroyed: bool,
}

unsafe fn this_sink<'a>(sink: *mut JsrtNodeSink) -> &'a mut FdSink {
    &mut *(sink as *mut FdSink)
}

unsafe extern "C" fn sink_write(sink: *mut JsrtNodeSink, bytes: *const u8, len: usize) -> c_int {
    let span = JsrtNodeSlice { base: bytes, len };
    write_spans(this_sink(sink), std::slice::from_ref(&span))
}

unsafe extern "C" fn sink_writev(sink: *mut JsrtNodeSink, slices: *const JsrtNodeSlice, count: usize) -> c_int {
    write_spans(this_sink(sink), std::slice::from_raw_parts(slices, count))
}

/// Reports a completion from inside the write call.
unsafe fn done_now(s: &mut FdSink, status: c_int) -> c_int {
    let cx = Ctx::from_raw(s.ctx);
    let _ = host::sink_done(cx, &mut s.sink, status);
    0
}

unsafe fn write_spans(s: &mut FdSink, spans: &[JsrtNodeSlice]) -> c_int {
    let mut bufs: Vec<uv::uv_buf_t> = spans.iter().map(|sp| uv::uv_buf_init(sp.base as *mut c_char, sp.len as c_uint)).collect();
    match s.kind {
        Kind::Closed => done_now(s, 0),
        Kind::File => {
            for b in &bufs {
                let rc = write_fd_sync(s.fd, b.base as *const u8, b.len);
                if rc < 0 {
                    return done_now(s, rc);
                }
            }
            done_now(s, 0)
        }
        Kind::Tty | Kind::Pipe => {
            let total: usize = bufs.iter().map(|b| b.len).sum();
            let r = uv::uv_try_write(s.stream, bufs.as_ptr(), bufs.len() as c_uint);
            if r >= 0 && r as usize == total {
                return done_now(s, 0);
            }
            if r < 0 && r != uv::uv_errno_t_UV_EAGAIN as c_int {
                return done_now(s, r);
            }
            // The rest goes out when the fd is writable; its callback completes.
            let mut skip = r.max(0) as usize;
            while skip > 0 && !bufs.is_empty() {
                let b = &mut bufs[0];
                if skip >= b.len {
                    skip -= b.len;
                    bufs.remove(0);
                } else {
                    b.base = b.base.add(skip);
                    b.len -= skip;
                    skip = 0;
                }
            }
            let rc = uv::uv_write(&mut s.req, s.stream, bufs.as_ptr(), bufs.len() as c_uint, Some(on_written));
            if rc < 0 {
                return done_now(s, rc);
            }
            0
        }
    }
}

/// Writes all of the bytes with synchronous `uv_fs_write`s (files; and every
/// fd when the host handed over no loop). 0 or a negative libuv code.
unsafe fn write_fd_sync(fd: c_int, mut p: *const u8, mut len: usize) -> c_int {
    while len > 0 {
        let mut req: uv::uv_fs_t = std::mem::zeroed();
        let b = uv::uv_buf_init(p as *mut c_char, len.min(i32::MAX as usize) as c_uint);
        let n = uv::uv_fs_write(std::ptr::null_mut(), &mut req, fd, &b, 1, -1, None);
        uv::uv_fs_req_cleanup(&mut req);
        if n < 0 {
            if n == uv::uv_errno_t_UV_EAGAIN as c_int {
                // A non-blocking fd another program shares: wait until it drains.
                let mut pfd = libc::pollfd { fd, events: libc::POLLOUT, revents: 0 };
                libc::poll(&mut pfd, 1, -1);
                continue;
            }
            return n;
        }
        p = p.add(n as usize);
        len -= n as usize;
    }
    0
}

unsafe extern "C" fn on_written(req: *mut uv::uv_write_t, status: c_int) {
    let s = (*req).data as *mut FdSink;
    if s.is_null() || (*s).destroyed {
        return;
    }
    let cx = Ctx::from_raw((*s).ctx);
    let o = host::sink_done(cx, &mut (*s).sink, status);
    deliver(cx, o);
}

unsafe extern "C" fn sink_destroy(sink: *mut JsrtNodeSink) {
    let s = sink as *mut FdSink;
    (*s).destroyed = true;
    let b = Box::from_raw(s);
    if b.stream.is_null() {
        drop(b);
    } else {
        // libuv leaves fds 0-2 open when it closes their handle.
        let h = b.stream;
        close_stream(h, Owner::Sink(b));
    }
}

fn make_sink(cx: Ctx, fd: c_int, stdio: bool) -> JsResult<(Value, Kind, *mut uv::uv_stream_t)> {
    let lp = context::uv_loop(cx);
    let mut kind = kind_of(fd, lp);
    let mut stream = std::ptr::null_mut();
    if matches!(kind, Kind::Tty | Kind::Pipe) {
        // SAFETY: lp is the host's live loop.
        stream = unsafe { open_stream(lp, fd, kind, false) };
        if stream.is_null() {
            kind = Kind::File;
        } else if kind == Kind::Tty {
            // Node: terminal writes are synchronous on POSIX.
            // SAFETY: a live tty handle.
            unsafe { uv::uv_stream_set_blocking(stream, 1) };
        }
    }
    let b = Box::new(FdSink {
        sink: JsrtNodeSink {
            opaque: std::ptr::null_mut(),
            write: Some(sink_write),
            writev: Some(sink_writev),
            end: None,
            destroy: Some(sink_destroy),
        },
        ctx: cx.as_raw(),
        fd,
        kind,
        stream,
        // SAFETY: a plain C struct, set up by uv_write.
        req: unsafe { std::mem::zeroed() },
        destroyed: false,
    });
    let raw = Box::into_raw(b);
    // SAFETY: raw is live until sink_destroy.
    unsafe { (*raw).req.data = raw as *mut c_void };
    match host::new_writable(cx, raw as *mut JsrtNodeSink, -1, stdio) {
        Ok(v) => Ok((v, kind, stream)),
        Err(t) => {
            // SAFETY: the adapter did not take it; destroy frees it.
            unsafe { sink_destroy(raw as *mut JsrtNodeSink) };
            Err(t)
        }
    }
}

// ----- the source (stdin) -----------------------------------------------------------

#[repr(C)]
struct FdSource {
    /// First, so the adapter's pointer is this struct's.
    source: JsrtNodeSource,
    ctx: *mut JSContext,
    fd: c_int,
    kind: Kind,
    stream: *mut uv::uv_stream_t,
    buf: Vec<u8>,
    fs_req: uv::uv_fs_t,
    uv_buf: uv::uv_buf_t,
    /// Files: a read request is out (its callback owns the next step).
    in_flight: bool,
    /// Files: the adapter wants bytes (between start and stop).
    wanted: bool,
    destroyed: bool,
    raw_mode: bool,
}

unsafe fn this_source<'a>(source: *mut JsrtNodeSource) -> &'a mut FdSource {
    &mut *(source as *mut FdSource)
}

unsafe extern "C" fn source_start(source: *mut JsrtNodeSource) -> c_int {
    let s = this_source(source);
    match s.kind {
        Kind::Closed => {
            let _ = host::source_end(Ctx::from_raw(s.ctx), source, 0);
            0
        }
        Kind::Tty | Kind::Pipe => {
            (*s.stream).data = s as *mut FdSource as *mut c_void;
            uv::uv_read_start(s.stream, Some(on_alloc), Some(on_read))
        }
        Kind::File => {
            s.wanted = true;
            if s.in_flight {
                return 0;
            }
            read_file_chunk(s)
        }
    }
}

unsafe fn read_file_chunk(s: &mut FdSource) -> c_int {
    let lp = context::uv_loop(Ctx::from_raw(s.ctx));
    if lp.is_null() {
        return uv::uv_errno_t_UV_EINVAL as c_int;
    }
    uv::uv_fs_req_cleanup(&mut s.fs_req);
    s.uv_buf = uv::uv_buf_init(s.buf.as_mut_ptr() as *mut c_char, s.buf.len() as c_uint);
    s.fs_req.data = s as *mut FdSource as *mut c_void;
    let rc = uv::uv_fs_read(lp, &mut s.fs_req, s.fd, &s.uv_buf, 1, -1, Some(on_file_read));
    if rc == 0 {
        s.in_flight = true;
    }
    rc
}

unsafe extern "C" fn on_file_read(req: *mut uv::uv_fs_t) {
    let s = (*req).data as *mut FdSource;
    let n = (*req).result as isize;
    // in_flight stays set while JS runs below: a destroy from a listener
    // then leaves the freeing to the end of this callback.
    if !(*s).destroyed {
        let cx = Ctx::from_raw((*s).ctx);
        let source = &mut (*s).source as *mut JsrtNodeSource;
        if n > 0 {
            let data = std::slice::from_raw_parts((*s).buf.as_ptr(), n as usize);
            deliver(cx, host::source_push(cx, source, data));
        } else {
            (*s).wanted = false;
            deliver(cx, host::source_end(cx, source, n as c_int));
        }
    }
    (*s).in_flight = false;
    if (*s).destroyed {
        drop(Box::from_raw(s));
        return;
    }
    if (*s).wanted {
        let rc = read_file_chunk(&mut *s);
        if rc < 0 {
            let cx = Ctx::from_raw((*s).ctx);
            deliver(cx, host::source_end(cx, &mut (*s).source, rc));
        }
    }
}

unsafe extern "C" fn on_alloc(h: *mut uv::uv_handle_t, _suggested: usize, buf: *mut uv::uv_buf_t) {
    let s = (*h).data as *mut FdSource;
    *buf = uv::uv_buf_init((*s).buf.as_mut_ptr() as *mut c_char, (*s).buf.len() as c_uint);
}

unsafe extern "C" fn on_read(h: *mut uv::uv_stream_t, n: isize, _buf: *const uv::uv_buf_t) {
    let s = (*h).data as *mut FdSource;
    if s.is_null() || (*s).destroyed {
        return;
    }
    let cx = Ctx::from_raw((*s).ctx);
    let source = &mut (*s).source as *mut JsrtNodeSource;
    if n > 0 {
        let data = std::slice::from_raw_parts((*s).buf.as_ptr(), n as usize);
        deliver(cx, host::source_push(cx, source, data));
    } else if n < 0 {
        uv::uv_read_stop(h);
        let status = if n == uv::uv_errno_t_UV_EOF as isize { 0 } else { n as c_int };
        deliver(cx, host::source_end(cx, source, status));
    }
}

unsafe extern "C" fn source_stop(source: *mut JsrtNodeSource) -> c_int {
    let s = this_source(source);
    match s.kind {
        Kind::Tty | Kind::Pipe => uv::uv_read_stop(s.stream),
        _ => {
            s.wanted = false;
            0
        }
    }
}

unsafe extern "C" fn source_destroy(source: *mut JsrtNodeSource) {
    let s = source as *mut FdSource;
    (*s).destroyed = true;
    with_raw_ttys(|m| m.retain(|_, p| *p != s as usize));
    if (*s).raw_mode {
        uv::uv_tty_set_mode((*s).stream as *mut uv::uv_tty_t, uv::uv_tty_mode_t_UV_TTY_MODE_NORMAL);
    }
    if (*s).in_flight {
        // The read's callback frees it.
        return;
    }
    let b = Box::from_raw(s);
    if b.stream.is_null() {
        drop(b);
    } else {
        let h = b.stream;
        close_stream(h, Owner::Source(b));
    }
}

impl Drop for FdSource {
    fn drop(&mut self) {
        // SAFETY: a zeroed or finished request may be cleaned up.
        unsafe { uv::uv_fs_req_cleanup(&mut self.fs_req) };
    }
}

/// The terminal sources of each context by fd, for `setRawMode`.
struct RawTtys(HashMap<(usize, c_int), usize>);
// SAFETY: the pointers are only used on their context's thread.
unsafe impl Send for RawTtys {}
static RAW_TTYS: Mutex<Option<RawTtys>> = Mutex::new(None);

fn with_raw_ttys<R>(f: impl FnOnce(&mut HashMap<(usize, c_int), usize>) -> R) -> R {
    let mut g = RAW_TTYS.lock().unwrap_or_else(|p| p.into_inner());
    f(&mut g.get_or_insert_with(|| RawTtys(HashMap::new())).0)
}

fn make_source(cx: Ctx, fd: c_int) -> JsResult<(Value, Kind)> {
    let lp = context::uv_loop(cx);
    let mut kind = kind_of(fd, lp);
    let mut stream = std::ptr::null_mut();
    if matches!(kind, Kind::Tty | Kind::Pipe) {
        // SAFETY: lp is the host's live loop.
        stream = unsafe { open_stream(lp, fd, kind, true) };
        if stream.is_null() {
            kind = Kind::File;
        }
    }
    let chunk = if kind == Kind::File { FILE_READ_CHUNK } else { PIPE_READ_CHUNK };
    let raw = Box::into_raw(Box::new(FdSource {
        source: JsrtNodeSource {
            opaque: std::ptr::null_mut(),
            start: Some(source_start),
            stop: Some(source_stop),
            destroy: Some(source_destroy),
        },
        ctx: cx.as_raw(),
        fd,
        kind,
        stream,
        buf: vec![0; chunk],
        // SAFETY: plain C structs, set up by libuv.
        fs_req: unsafe { std::mem::zeroed() },
        uv_buf: uv::uv_buf_t { base: std::ptr::null_mut(), len: 0 },
        in_flight: false,
        wanted: false,
        destroyed: false,
        raw_mode: false,
    }));
    if kind == Kind::Tty {
        with_raw_ttys(|m| m.insert((cx.as_raw() as usize, fd), raw as usize));
    }
    // Node: stdin from a file is an fs.ReadStream (64 KiB chunks).
    let hwm = if kind == Kind::File { FILE_READ_CHUNK as i64 } else { -1 };
    match host::new_readable(cx, raw as *mut JsrtNodeSource, hwm) {
        Ok(v) => Ok((v, kind)),
        Err(t) => {
            // SAFETY: the adapter did not take it; destroy frees it.
            unsafe { source_destroy(raw as *mut JsrtNodeSource) };
            Err(t)
        }
    }
}

// ----- the process properties ---------------------------------------------------------

fn slot_name(fd: c_int) -> String {
    format!("process:stdio:{fd}")
}

/// Defines `process.stdout`, `stdin`, `stderr` (Node's key order) as getters
/// that make the stream on first access.
pub fn define_getters(cx: Ctx, p: &Value) -> JsResult<()> {
    for (name, fd) in [("stdout", 1), ("stdin", 0), ("stderr", 2)] {
        let getter = cx.function_with_data(stdio_get, &format!("get {name}"), 0, &[cx.int(fd).as_arg()])?;
        let key = cx.string(name)?;
        crate::engine::typed_array::define_accessor(&cx, p, &key, getter, cx.undefined(), true, true)?;
    }
    Ok(())
}

crate::js_fn_data!(stdio_get [1] => stdio_get_imp);
fn stdio_get_imp(cx: Ctx, _this: Arg, _args: Args, data: Args) -> JsResult<Value> {
    let fd = cx.to_i32(&data.get(0))?;
    stream_for(cx, fd)
}

/// The stream of fd 0, 1 or 2 of this context, made on first use.
pub fn stream_for(cx: Ctx, fd: c_int) -> JsResult<Value> {
    let slot = slot_name(fd);
    if let Some(s) = context::slot_get(cx, &slot) {
        return Ok(s);
    }
    let s = if fd == 0 { make_stdin(cx)? } else { make_output(cx, fd)? };
    Ok(context::slot_get_or_insert(cx, &slot, s))
}

/// stdout or stderr, with Node's extra properties of a stdio stream.
fn make_output(cx: Ctx, fd: c_int) -> JsResult<Value> {
    let (s, kind, stream) = make_sink(cx, fd, true)?;
    // Own keys in Node's order: columns, rows, fd, destroySoon (isTTY comes
    // from tty.WriteStream.prototype).
    if kind == Kind::Tty {
        let (mut w, mut h) = (0, 0);
        // SAFETY: a live tty handle.
        if unsafe { uv::uv_tty_get_winsize(stream as *mut uv::uv_tty_t, &mut w, &mut h) } == 0 {
            cx.set(&s, "columns", cx.int(w))?;
            cx.set(&s, "rows", cx.int(h))?;
        }
    }
    common_props(cx, &s, fd, kind)?;
    // Node's stdio streams never close their fd; destroySoon is destroy.
    cx.set(&s, "destroySoon", cx.get(&s, "destroy")?)?;
    cx.set(&s, "_isStdio", cx.bool(true))?;
    if kind == Kind::Tty {
        crate::modules::tty::adopt_stdio(cx, &s, fd)?;
    }
    Ok(s)
}

fn make_stdin(cx: Ctx) -> JsResult<Value> {
    let (s, kind) = make_source(cx, 0)?;
    // Own keys in Node's order: isRaw, isTTY, fd.
    if kind == Kind::Tty {
        crate::modules::tty::adopt_stdio(cx, &s, 0)?;
        cx.set(&s, "isTTY", cx.bool(true))?;
    }
    common_props(cx, &s, 0, kind)?;
    Ok(s)
}

fn common_props(cx: Ctx, s: &Value, fd: c_int, kind: Kind) -> JsResult<()> {
    cx.set(s, "fd", cx.int(fd))?;
    // Node names the kind on its output streams only.
    if fd != 0 {
        cx.set(s, "_type", cx.string(kind.name())?)?;
    }
    Ok(())
}

// ----- node:tty's natives --------------------------------------------------------------

crate::js_fn!(pub js_is_tty => is_tty);
fn is_tty(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let fd = cx.to_i32(&args.get(0))?;
    Ok(cx.bool(kind_of(fd, context::uv_loop(cx)) == Kind::Tty))
}

/// Node's `ERR_TTY_INIT_FAILED` for an fd that is no terminal (libuv's
/// uv_tty_init refuses it with EINVAL).
fn require_tty(cx: Ctx, fd: c_int) -> JsResult<()> {
    if kind_of(fd, context::uv_loop(cx)) == Kind::Tty {
        return Ok(());
    }
    Err(crate::modules::os::coded_system_error(
        cx,
        "ERR_TTY_INIT_FAILED",
        "TTY initialization failed",
        "uv_tty_init",
        uv::uv_errno_t_UV_EINVAL,
    ))
}

crate::js_fn!(pub js_open_tty_writable => open_tty_writable);
fn open_tty_writable(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let fd = cx.to_i32(&args.get(0))?;
    require_tty(cx, fd)?;
    let (s, _, _) = make_sink(cx, fd, false)?;
    Ok(s)
}

crate::js_fn!(pub js_open_tty_readable => open_tty_readable);
fn open_tty_readable(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let fd = cx.to_i32(&args.get(0))?;
    require_tty(cx, fd)?;
    let (s, _) = make_source(cx, fd)?;
    Ok(s)
}

crate::js_fn!(pub js_window_size => window_size);
/// `[columns, rows]` of the terminal on `fd`, or undefined if it has none.
fn window_size(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let fd = cx.to_i32(&args.get(0))?;
    // SAFETY: a zeroed winsize is valid; ioctl only writes into it.
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ takes a pointer to a winsize; a bad fd just fails.
    if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) } != 0 {
        return Ok(cx.undefined());
    }
    cx.array_from(vec![cx.int(ws.ws_col as i32), cx.int(ws.ws_row as i32)])
}

crate::js_fn!(pub js_set_raw_mode => set_raw_mode);
/// Raw mode on or off for the terminal source of `fd`; undefined, or the
/// error to emit (Node emits it on the stream rather than throwing).
fn set_raw_mode(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let fd = cx.to_i32(&args.get(0))?;
    let on = cx.to_bool(&args.get(1))?;
    let ptr = with_raw_ttys(|m| m.get(&(cx.as_raw() as usize, fd)).copied());
    let Some(p) = ptr else {
        return Ok(cx.undefined());
    };
    let s = p as *mut FdSource;
    let mode = if on { uv::uv_tty_mode_t_UV_TTY_MODE_RAW } else { uv::uv_tty_mode_t_UV_TTY_MODE_NORMAL };
    // SAFETY: registered sources are live until their destroy removes them.
    let rc = unsafe { uv::uv_tty_set_mode((*s).stream as *mut uv::uv_tty_t, mode) };
    if rc < 0 {
        return host::uv_error(cx, rc, "setRawMode");
    }
    // SAFETY: as above.
    unsafe { (*s).raw_mode = on };
    Ok(cx.undefined())
}

/// Writes all of `bytes` to `fd` at once, retrying short writes and EINTR:
/// for output that must not wait for the loop (a host with no process).
pub fn write_all(fd: i32, mut bytes: &[u8]) {
    while !bytes.is_empty() {
        // SAFETY: bytes is a valid buffer of the given length.
        let n = unsafe { libc::write(fd, bytes.as_ptr() as *const libc::c_void, bytes.len()) };
        if n < 0 {
            if std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return;
        }
        bytes = &bytes[n as usize..];
    }
}
