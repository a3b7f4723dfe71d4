//! The one request layer under every form of node:fs (docs/FS.md).
//!
//! A [`Req`] is a boxed `uv_fs_t` plus what its result needs. The same request
//! runs two ways: with no callback, `uv_fs_*` runs the system call right here
//! (the `*Sync` API and the first step of nothing else); with a callback it is
//! submitted to the loop the host handed to `JSRT_NodeContextInit`, libuv
//! runs it on its thread pool (or io_uring), and [`on_done`] finishes it on
//! the loop thread: only there is JS touched and a value made.
//!
//! Memory a worker fills is Rust memory owned by the request (`scratch`), never
//! engine memory: a read lands in `scratch` and is copied into the JS buffer
//! (or adopted into a new Buffer) on the loop thread. So a request whose
//! context goes away while the worker still runs holds nothing of the engine:
//! [`cancel_all`] drops its JS callback at `JSRT_NodeContextFree`, marks it
//! orphaned, and `on_done` later only frees the Rust box.

use crate::fast_hash::FastMap;
use std::ffi::CString;
use std::os::raw::{c_char, c_int, c_uint};
use std::sync::Mutex;

use libuv_sys2 as uv;

use crate::context;
use crate::engine::typed_array as ta;
use crate::engine::{Arg, Ctx, JsResult, Value};
use crate::errors::{ErrorKind, NodeError};

/// Node's kIoMaxLength (2^31 - 1): the most one read/write moves, and the
/// largest file readFile returns.
pub(crate) const IO_MAX: usize = 2_147_483_647;
const UNKNOWN_SIZE_CHUNK: usize = 64 * 1024;

/// Bytes from the C library's malloc: what readFile's worker reads into, so
/// the result Buffer can adopt them without a copy
/// (`typed_array::array_buffer_from_libc`) and a request orphaned at context
/// teardown can free them without the engine.
pub struct CBuf {
    ptr: *mut u8,
    len: usize,
    cap: usize,
}

impl CBuf {
    fn new() -> CBuf {
        CBuf { ptr: std::ptr::null_mut(), len: 0, cap: 0 }
    }

    /// Makes room for `more` bytes after `len`; false if out of memory.
    fn reserve(&mut self, more: usize) -> bool {
        if self.cap - self.len >= more {
            return true;
        }
        let want = (self.len + more).max(self.cap * 2);
        // SAFETY: ptr is null or from malloc/realloc.
        let p = unsafe { libc::realloc(self.ptr as *mut _, want.max(1)) } as *mut u8;
        if p.is_null() {
            return false;
        }
        self.ptr = p;
        self.cap = want;
        true
    }

    /// Gives back what a short read left unused (a Buffer then holds no
    /// more memory than its bytes, as Node's copy of a short read does).
    fn shrink(&mut self) {
        if self.ptr.is_null() || self.len == 0 || self.len == self.cap {
            return;
        }
        // SAFETY: ptr is from malloc/realloc; len > 0 bytes stay initialised.
        let p = unsafe { libc::realloc(self.ptr as *mut _, self.len) } as *mut u8;
        if !p.is_null() {
            self.ptr = p;
            self.cap = self.len;
        }
    }

    /// Hands the block to a new ArrayBuffer (or frees it when empty).
    fn into_array_buffer(mut self, cx: Ctx) -> JsResult<Option<Value>> {
        if self.ptr.is_null() || self.len == 0 {
            return Ok(None);
        }
        let (ptr, len) = (self.ptr, self.len);
        self.ptr = std::ptr::null_mut();
        // SAFETY: ptr is a malloc'ed block with len initialized bytes, now the ArrayBuffer's.
        unsafe { ta::array_buffer_from_libc(&cx, ptr, len) }.map(Some)
    }
}

impl Drop for CBuf {
    fn drop(&mut self) {
        // SAFETY: null or a block from malloc/realloc owned by self.
        unsafe { libc::free(self.ptr as *mut _) };
    }
}

/// What a request does, with its arguments.
pub enum Op {
    Open { flags: c_int, mode: c_int },
    Close(c_int),
    Read { fd: c_int, len: usize, pos: i64 },
    Write { fd: c_int, pos: i64 },
    Stat,
    Lstat,
    Fstat(c_int),
    Statfs,
    Access(c_int),
    Mkdir(c_int),
    Mkdtemp,
    Scandir,
    Rmdir,
    Unlink,
    Rename,
    CopyFile(c_int),
    Symlink(c_int),
    Readlink,
    Link,
    Realpath,
    Ftruncate(c_int, i64),
    Chmod(c_int),
    Fchmod(c_int, c_int),
    Chown(u32, u32),
    Fchown(c_int, u32, u32),
    Lchown(u32, u32),
    Utime(f64, f64),
    Futime(c_int, f64, f64),
    Lutime(f64, f64),
    Fsync(c_int),
    Fdatasync(c_int),
    /// readFile: open (unless given an fd), fstat, read to the end, close.
    ReadFile(ReadFile),
}

pub struct ReadFile {
    pub fd: c_int,
    pub own_fd: bool,
    pub flags: c_int,
    stage: Stage,
    size: Option<usize>,
    /// The error that ended the reads; reported after the close.
    failed: Option<(c_int, &'static str)>,
    data: CBuf,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Stage {
    Open,
    Fstat,
    Read,
    Close,
}

impl ReadFile {
    /// What fstat says about the reads: a regular file's size (read exactly
    /// that much), nothing for an empty or special file (read to EOF), or
    /// too large (the size is kept in `filled` for the error).
    fn take_size(&mut self, st: &uv::uv_stat_t, filled: &mut usize) {
        let regular = (st.st_mode as u32 & libc::S_IFMT) == libc::S_IFREG;
        if regular && st.st_size > 0 {
            if st.st_size as u64 > IO_MAX as u64 {
                self.failed = Some((i32::MIN, "too-large"));
                *filled = st.st_size as usize;
            } else {
                self.size = Some(st.st_size as usize);
            }
        }
    }

    pub fn new(fd: Option<c_int>, flags: c_int) -> ReadFile {
        ReadFile {
            fd: fd.unwrap_or(-1),
            own_fd: fd.is_none(),
            flags,
            stage: if fd.is_none() { Stage::Open } else { Stage::Fstat },
            size: None,
            failed: None,
            data: CBuf::new(),
        }
    }
}

/// How the finished request becomes a JS value.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Out {
    Undefined,
    /// The result as a number (fd, byte count).
    Int,
    /// uv_stat_t as an array of 18 numbers (see `stat_array`).
    Stat,
    /// uv_stat_t as a `Stats` object (shapes.rs).
    StatObject,
    Statfs,
    /// Directory entries: names (strings, or Buffers when `raw`), with types.
    Scandir { types: bool, raw: bool },
    /// Directory entries as `Dirent` objects (shapes.rs) whose parentPath is
    /// `target`; names as strings; unknown types looked up with lstat.
    Dirents,
    /// `req->ptr` as a string or Buffer (readlink, realpath).
    Ptr { raw: bool },
    /// `req->path` (mkdtemp's result).
    Path { raw: bool },
    /// Bytes read into `scratch`, copied into `target` at `offset`.
    ReadInto,
    /// Bytes read into C memory (`chunk`) that a new Buffer adopts: a file
    /// stream's read, with no zero-filled Buffer to copy into.
    Chunk,
    /// readFile's bytes as a new Buffer.
    Bytes,
}

pub struct Req {
    uv: uv::uv_fs_t,
    ctx: *mut crate::engine::raw::JSContext,
    cb: Option<Value>,
    /// Kept alive for the call: the target of a read (async), nothing else.
    target: Option<Value>,
    target_offset: usize,
    op: Op,
    out: Out,
    path: Option<CString>,
    dest: Option<CString>,
    /// Bytes a worker reads into or writes from.
    scratch: Vec<u8>,
    /// What an `Out::Chunk` read lands in.
    chunk: CBuf,
    filled: usize,
    buf: uv::uv_buf_t,
    /// Where the bytes of a synchronous read or write are (engine memory is
    /// fine there: no other thread touches it).
    direct: Option<(*mut u8, usize)>,
    id: u64,
    orphaned: bool,
    /// readFile run synchronously: the Buffer its bytes were read into.
    result_buffer: Option<Value>,
    /// A synchronous scandir's entries, read here (see `list_dir`).
    listing: Option<Listing>,
    /// Settled here rather than through a JS callback (readFile's common
    /// forms): the promise's resolve and reject functions.
    promise: Option<(Value, Value)>,
    /// The value is `buf.toString(encoding)` of the Buffer result.
    encoding: Option<Value>,
    /// Counted for process._getActiveRequests here (1: as an FSReqCallback,
    /// 2: as an FSReqPromise) rather than by fs.js (0).
    native_kind: u8,
    /// An asynchronous readFile by path runs as one pool job (`work`) that
    /// opens, stats, reads and closes, instead of four uv_fs requests each
    /// waiting for a loop turn.
    work: uv::uv_work_t,
    in_work: bool,
}

impl Req {
    pub fn new(op: Op, out: Out) -> Box<Req> {
        Box::new(Req {
            // SAFETY: uv_fs_t is a plain C struct; libuv initialises it in uv_fs_*.
            uv: unsafe { std::mem::zeroed() },
            ctx: std::ptr::null_mut(),
            cb: None,
            target: None,
            target_offset: 0,
            op,
            out,
            path: None,
            dest: None,
            scratch: Vec::new(),
            chunk: CBuf::new(),
            filled: 0,
            buf: uv::uv_buf_t { base: std::ptr::null_mut(), len: 0 },
            direct: None,
            id: 0,
            orphaned: false,
            result_buffer: None,
            listing: None,
            promise: None,
            encoding: None,
            native_kind: 0,
            // SAFETY: a plain C struct; uv_queue_work initialises it.
            work: unsafe { std::mem::zeroed() },
            in_work: false,
        })
    }

    /// The result decoded with `buf.toString(encoding)` (nothing for a
    /// nullish encoding), and counted natively as `kind` (see `native_kind`).
    pub fn decoded(mut self: Box<Self>, cx: Ctx, encoding: Arg, kind: u8) -> Box<Self> {
        if !cx.is_nullish(&encoding) {
            self.encoding = Some(cx.dup(&encoding));
        }
        self.native_kind = kind;
        self
    }

    pub fn path(mut self: Box<Self>, p: CString) -> Box<Self> {
        self.path = Some(p);
        self
    }

    pub fn dest(mut self: Box<Self>, p: CString) -> Box<Self> {
        self.dest = Some(p);
        self
    }

    /// The bytes to write: copied now, so the worker never reads engine memory.
    pub fn write_data(mut self: Box<Self>, data: &[u8]) -> Box<Self> {
        self.scratch = data.to_vec();
        self
    }

    /// For a read or write run synchronously: the bytes in place.
    pub fn direct(mut self: Box<Self>, ptr: *mut u8, len: usize) -> Box<Self> {
        self.direct = Some((ptr, len));
        self
    }

    /// For an async read: the view to copy into, and the byte offset in it.
    pub fn target(mut self: Box<Self>, v: Value, offset: usize) -> Box<Self> {
        self.target = Some(v);
        self.target_offset = offset;
        self
    }

    fn path_ptr(&self) -> *const c_char {
        self.path.as_ref().map(|p| p.as_ptr()).unwrap_or(std::ptr::null())
    }

    fn dest_ptr(&self) -> *const c_char {
        self.dest.as_ref().map(|p| p.as_ptr()).unwrap_or(std::ptr::null())
    }

    /// Starts the current step; with `cb` None it has finished on return.
    fn start(&mut self, lp: *mut uv::uv_loop_t, cb: uv::uv_fs_cb) -> c_int {
        if let Op::ReadFile(ref rf) = self.op {
            if !lp.is_null() && cb.is_some() && rf.own_fd && rf.stage == Stage::Open && self.path.is_some() {
                self.in_work = true;
                self.work.data = self as *mut Req as *mut std::ffi::c_void;
                // SAFETY: self is the live box; libuv keeps the pointer until
                // read_file_done, which frees it.
                return unsafe { uv::uv_queue_work(lp, &mut self.work, Some(read_file_work), Some(read_file_done)) };
            }
        }
        #[cfg(target_os = "linux")]
        if cb.is_none() && matches!(self.op, Op::Scandir) {
            let rc = match self.path.as_deref().map(list_dir) {
                Some(Ok(l)) => {
                    self.listing = Some(l);
                    0
                }
                Some(Err(e)) => e,
                None => -libc::EINVAL,
            };
            self.uv.result = rc as _;
            return rc;
        }
        let req = &mut self.uv as *mut uv::uv_fs_t;
        let p = self.path_ptr();
        let d = self.dest_ptr();
        // SAFETY: req is ours and zeroed or cleaned up; the strings and buffers
        // it points to live in self until the request is finished.
        unsafe {
            match self.op {
                Op::Open { flags, mode } => uv::uv_fs_open(lp, req, p, flags, mode, cb),
                Op::Close(fd) => uv::uv_fs_close(lp, req, fd, cb),
                Op::Read { fd, len, pos } => {
                    let (ptr, n) = match self.direct {
                        Some((ptr, n)) => (ptr, n.min(len)),
                        None if self.out == Out::Chunk => {
                            if !self.chunk.reserve(len) {
                                self.uv.result = uv::uv_errno_t_UV_ENOMEM as _;
                                return uv::uv_errno_t_UV_ENOMEM as c_int;
                            }
                            (self.chunk.ptr, len)
                        }
                        None => {
                            self.scratch = Vec::with_capacity(len);
                            (self.scratch.as_mut_ptr(), len)
                        }
                    };
                    self.buf = uv::uv_buf_init(ptr as *mut c_char, n as c_uint);
                    uv::uv_fs_read(lp, req, fd, &self.buf, 1, pos, cb)
                }
                Op::Write { fd, pos } => {
                    let (ptr, n) = match self.direct {
                        Some(d) => d,
                        None => (self.scratch.as_mut_ptr(), self.scratch.len()),
                    };
                    self.buf = uv::uv_buf_init(ptr as *mut c_char, n as c_uint);
                    uv::uv_fs_write(lp, req, fd, &self.buf, 1, pos, cb)
                }
                Op::Stat => uv::uv_fs_stat(lp, req, p, cb),
                Op::Lstat => uv::uv_fs_lstat(lp, req, p, cb),
                Op::Fstat(fd) => uv::uv_fs_fstat(lp, req, fd, cb),
                Op::Statfs => uv::uv_fs_statfs(lp, req, p, cb),
                Op::Access(mode) => uv::uv_fs_access(lp, req, p, mode, cb),
                Op::Mkdir(mode) => uv::uv_fs_mkdir(lp, req, p, mode, cb),
                Op::Mkdtemp => uv::uv_fs_mkdtemp(lp, req, p, cb),
                Op::Scandir => uv::uv_fs_scandir(lp, req, p, 0, cb),
                Op::Rmdir => uv::uv_fs_rmdir(lp, req, p, cb),
                Op::Unlink => uv::uv_fs_unlink(lp, req, p, cb),
                Op::Rename => uv::uv_fs_rename(lp, req, p, d, cb),
                Op::CopyFile(flags) => uv::uv_fs_copyfile(lp, req, p, d, flags, cb),
                Op::Symlink(flags) => uv::uv_fs_symlink(lp, req, p, d, flags, cb),
                Op::Readlink => uv::uv_fs_readlink(lp, req, p, cb),
                Op::Link => uv::uv_fs_link(lp, req, p, d, cb),
                Op::Realpath => uv::uv_fs_realpath(lp, req, p, cb),
                Op::Ftruncate(fd, len) => uv::uv_fs_ftruncate(lp, req, fd, len, cb),
                Op::Chmod(mode) => uv::uv_fs_chmod(lp, req, p, mode, cb),
                Op::Fchmod(fd, mode) => uv::uv_fs_fchmod(lp, req, fd, mode, cb),
                Op::Chown(u, g) => uv::uv_fs_chown(lp, req, p, u as _, g as _, cb),
                Op::Fchown(fd, u, g) => uv::uv_fs_fchown(lp, req, fd, u as _, g as _, cb),
                Op::Lchown(u, g) => uv::uv_fs_lchown(lp, req, p, u as _, g as _, cb),
                Op::Utime(a, m) => uv::uv_fs_utime(lp, req, p, a, m, cb),
                Op::Futime(fd, a, m) => uv::uv_fs_futime(lp, req, fd, a, m, cb),
                Op::Lutime(a, m) => uv::uv_fs_lutime(lp, req, p, a, m, cb),
                Op::Fsync(fd) => uv::uv_fs_fsync(lp, req, fd, cb),
                Op::Fdatasync(fd) => uv::uv_fs_fdatasync(lp, req, fd, cb),
                Op::ReadFile(ref mut rf) => match rf.stage {
                    Stage::Open => uv::uv_fs_open(lp, req, p, rf.flags, 0o666, cb),
                    Stage::Fstat => uv::uv_fs_fstat(lp, req, rf.fd, cb),
                    Stage::Read => {
                        let want = match rf.size {
                            Some(s) => s - rf.data.len,
                            None => UNKNOWN_SIZE_CHUNK,
                        };
                        if !rf.data.reserve(want) {
                            // Seen by advance() as a failed read.
                            self.uv.result = uv::uv_errno_t_UV_ENOMEM as _;
                            return uv::uv_errno_t_UV_ENOMEM as c_int;
                        }
                        let n = (rf.data.cap - rf.data.len).min(IO_MAX);
                        self.buf = uv::uv_buf_init(rf.data.ptr.add(rf.data.len) as *mut c_char, n as c_uint);
                        uv::uv_fs_read(lp, req, rf.fd, &self.buf, 1, -1, cb)
                    }
                    Stage::Close => uv::uv_fs_close(lp, req, rf.fd, cb),
                },
            }
        }
    }

    /// readFile run synchronously with a known size: reads straight into the
    /// result Buffer's memory (no copy; engine memory is fine on this
    /// thread). Returns false when that does not apply.
    fn read_file_in_place(&mut self, cx: Ctx) -> JsResult<bool> {
        let (fd, size) = match self.op {
            Op::ReadFile(ref rf) if rf.stage == Stage::Read && self.result_buffer.is_none() => match rf.size {
                Some(s) => (rf.fd, s),
                None => return Ok(false),
            },
            _ => return Ok(false),
        };
        let mut failed = None;
        let buf = crate::modules::buffer::new_buffer_filled(cx, size, |slots| {
            let mut filled = 0usize;
            while filled < size {
                // SAFETY: a synchronous request on a zeroed uv_fs_t writing
                // into slots[filled..size], which this closure owns.
                let n = unsafe {
                    let mut r: uv::uv_fs_t = std::mem::zeroed();
                    let b = uv::uv_buf_init(slots.as_mut_ptr().add(filled) as *mut c_char, (size - filled) as c_uint);
                    let n = uv::uv_fs_read(std::ptr::null_mut(), &mut r, fd, &b, 1, -1, None);
                    uv::uv_fs_req_cleanup(&mut r);
                    n
                };
                if n < 0 {
                    failed = Some(n);
                    break;
                }
                if n == 0 {
                    break;
                }
                filled += n as usize;
            }
            filled
        })?;
        if let Op::ReadFile(ref mut rf) = self.op {
            if let Some(code) = failed {
                rf.failed = Some((code, "read"));
            } else {
                self.result_buffer = Some(buf);
            }
        }
        Ok(true)
    }

    /// After [`Req::read_file_in_place`]: close the fd if ours (true), else done.
    fn advance_after_in_place(&mut self) -> bool {
        if let Op::ReadFile(ref mut rf) = self.op {
            if rf.own_fd {
                rf.stage = Stage::Close;
                // SAFETY: the previous step finished; the request may be reused.
                unsafe { uv::uv_fs_req_cleanup(&mut self.uv) };
                // The close step's result is what settle reads.
                let _ = self.start(std::ptr::null_mut(), None);
            }
        }
        false
    }

    fn result(&self) -> isize {
        self.uv.result as isize
    }

    /// readFile's steps on a pool thread (no JS): the state it leaves is what
    /// the four-request chain would have left, so `settle` reads it alike.
    fn read_whole_file(&mut self) {
        let p = self.path_ptr();
        let Op::ReadFile(ref mut rf) = self.op else { return };
        // SAFETY: synchronous libuv calls (no loop) on zeroed requests, each
        // cleaned up; the reads write into rf.data's reserved capacity.
        unsafe {
            let mut r: uv::uv_fs_t = std::mem::zeroed();
            let fd = uv::uv_fs_open(std::ptr::null_mut(), &mut r, p, rf.flags, 0o666, None);
            uv::uv_fs_req_cleanup(&mut r);
            if fd < 0 {
                self.uv.result = fd as _;
                return;
            }
            rf.fd = fd;
            let mut r: uv::uv_fs_t = std::mem::zeroed();
            let rc = uv::uv_fs_fstat(std::ptr::null_mut(), &mut r, fd, None);
            let st = r.statbuf;
            uv::uv_fs_req_cleanup(&mut r);
            if rc < 0 {
                rf.failed = Some((rc, "fstat"));
            } else {
                rf.take_size(&st, &mut self.filled);
            }
            while rf.failed.is_none() {
                let want = match rf.size {
                    Some(s) if rf.data.len >= s => break,
                    Some(s) => s - rf.data.len,
                    None => UNKNOWN_SIZE_CHUNK,
                };
                if !rf.data.reserve(want) {
                    rf.failed = Some((uv::uv_errno_t_UV_ENOMEM, "read"));
                    break;
                }
                let n = (rf.data.cap - rf.data.len).min(IO_MAX);
                let b = uv::uv_buf_init(rf.data.ptr.add(rf.data.len) as *mut c_char, n as c_uint);
                let mut r: uv::uv_fs_t = std::mem::zeroed();
                let got = uv::uv_fs_read(std::ptr::null_mut(), &mut r, fd, &b, 1, -1, None);
                uv::uv_fs_req_cleanup(&mut r);
                if got < 0 {
                    rf.failed = Some((got, "read"));
                } else if got == 0 {
                    break;
                } else {
                    rf.data.len += got as usize;
                }
            }
            let mut r: uv::uv_fs_t = std::mem::zeroed();
            let rc = uv::uv_fs_close(std::ptr::null_mut(), &mut r, fd, None);
            uv::uv_fs_req_cleanup(&mut r);
            rf.stage = Stage::Close;
            self.uv.result = rc as _;
        }
    }

    /// Takes in the result of the step that just finished. Returns true when
    /// another step must run (readFile), false when the request is finished.
    fn advance(&mut self) -> bool {
        let r = self.result();
        let mut next = false;
        if let Op::Read { .. } = self.op {
            if r > 0 && self.out == Out::Chunk {
                self.chunk.len = r as usize;
            } else if r > 0 && self.direct.is_none() {
                // SAFETY: the worker initialised r bytes of the reserved capacity.
                unsafe { self.scratch.set_len(r as usize) };
            }
        }
        if let Op::ReadFile(ref mut rf) = self.op {
            match rf.stage {
                Stage::Open => {
                    if r >= 0 {
                        rf.fd = r as c_int;
                        rf.stage = Stage::Fstat;
                        next = true;
                    }
                }
                Stage::Fstat => {
                    if r < 0 {
                        rf.failed = Some((r as c_int, "fstat"));
                    } else {
                        rf.take_size(&self.uv.statbuf, &mut self.filled);
                    }
                    rf.stage = if rf.failed.is_some() { Stage::Close } else { Stage::Read };
                    next = rf.stage == Stage::Read || rf.own_fd;
                }
                Stage::Read => {
                    if r < 0 {
                        rf.failed = Some((r as c_int, "read"));
                    } else if r > 0 {
                        // The worker initialised r more bytes after len.
                        rf.data.len += r as usize;
                    }
                    let done = r <= 0 || rf.size.map(|s| rf.data.len >= s).unwrap_or(false);
                    if done || rf.failed.is_some() {
                        if rf.own_fd {
                            rf.stage = Stage::Close;
                            next = true;
                        }
                    } else {
                        next = true;
                    }
                }
                Stage::Close => {}
            }
            // uv_fs_t keeps its own allocations (path copy) per step.
            if next {
                // SAFETY: the step finished; its request may be reused after cleanup.
                unsafe { uv::uv_fs_req_cleanup(&mut self.uv) };
            }
        }
        next
    }

    /// The finished request as `Ok(value)` or `Err(error object)`.
    /// The UV_DIRENT_* type of `name` in this request's directory, by lstat
    /// (for file systems whose directory entries carry no type); 0 if unknown.
    /// The entries of a finished Scandir: read here already (sync), or taken
    /// from libuv's.
    fn take_listing(&mut self) -> Listing {
        if let Some(l) = self.listing.take() {
            return l;
        }
        let mut l = Listing::default();
        loop {
            // SAFETY: zeroed then filled by libuv; name valid until the next call.
            let mut ent: uv::uv_dirent_t = unsafe { std::mem::zeroed() };
            let rc = unsafe { uv::uv_fs_scandir_next(&mut self.uv, &mut ent) };
            if rc != 0 || ent.name.is_null() {
                break;
            }
            // SAFETY: a NUL-terminated name owned by the request.
            l.push(unsafe { std::ffi::CStr::from_ptr(ent.name) }.to_bytes(), ent.type_ as i32);
        }
        l
    }

    fn lstat_kind(&self, name: &[u8]) -> i32 {
        let Some(dir) = self.path.as_deref() else { return 0 };
        let mut p = dir.to_bytes().to_vec();
        p.push(b'/');
        p.extend_from_slice(name);
        let Ok(p) = CString::new(p) else { return 0 };
        // SAFETY: p is NUL-terminated; st is written by lstat.
        let mut st: libc::stat = unsafe { std::mem::zeroed() };
        if unsafe { libc::lstat(p.as_ptr(), &mut st) } != 0 {
            return 0;
        }
        match st.st_mode & libc::S_IFMT {
            libc::S_IFREG => 1,
            libc::S_IFDIR => 2,
            libc::S_IFLNK => 3,
            libc::S_IFIFO => 4,
            libc::S_IFSOCK => 5,
            libc::S_IFCHR => 6,
            libc::S_IFBLK => 7,
            _ => 0,
        }
    }

    fn settle(&mut self, cx: Ctx) -> JsResult<Result<Value, Value>> {
        let r = self.result();
        if let Op::ReadFile(ref rf) = self.op {
            if let Some((code, syscall)) = rf.failed {
                if code == i32::MIN {
                    let msg = format!("File size ({}) is greater than 2 GiB", self.filled);
                    return Ok(Err(NodeError::new(ErrorKind::RangeError, "ERR_FS_FILE_TOO_LARGE", msg).to_js(cx)?));
                }
                return Ok(Err(uv_exception(cx, code, syscall, None, None)?));
            }
            if r < 0 {
                let syscall = match rf.stage {
                    Stage::Open => "open",
                    Stage::Close => "close",
                    Stage::Fstat => "fstat",
                    Stage::Read => "read",
                };
                let p = if rf.stage == Stage::Open { self.path.as_deref().map(|c| c.to_bytes()) } else { None };
                return Ok(Err(uv_exception(cx, r as c_int, syscall, p, None)?));
            }
            if let Some(b) = self.result_buffer.take() {
                return Ok(Ok(b));
            }
            let len = rf.data.len;
            let data = match self.op {
                Op::ReadFile(ref mut rf) => std::mem::replace(&mut rf.data, CBuf::new()),
                _ => CBuf::new(),
            };
            return Ok(Ok(match data.into_array_buffer(cx)? {
                Some(ab) => crate::modules::buffer::new_buffer_over(cx, &ab, len)?,
                None => crate::modules::buffer::new_buffer_copy(cx, &[])?,
            }));
        }
        if r < 0 {
            let p = self.path.as_deref().map(|c| c.to_bytes());
            let d = self.dest.as_deref().map(|c| c.to_bytes());
            return Ok(Err(uv_exception(cx, r as c_int, self.syscall(), p, d)?));
        }
        let v = match self.out {
            Out::Undefined => cx.undefined(),
            Out::Int => cx.number(r as f64),
            Out::Stat => stat_array(cx, &self.uv.statbuf)?,
            Out::StatObject => match super::shapes::with(cx, |sh| sh.stats(cx, &self.uv.statbuf))? {
                Some(v) => v,
                None => stat_array(cx, &self.uv.statbuf)?,
            },
            Out::Statfs => {
                let p = self.uv.ptr as *const uv::uv_statfs_t;
                if p.is_null() {
                    cx.undefined()
                } else {
                    // SAFETY: libuv filled a uv_statfs_t for this request.
                    let s = unsafe { &*p };
                    let vals = [s.f_type, s.f_bsize, s.f_blocks, s.f_bfree, s.f_bavail, s.f_files, s.f_ffree];
                    cx.array_from(vals.iter().map(|v| cx.number(*v as f64)).collect())?
                }
            }
            Out::Scandir { types, raw } => {
                let listing = self.take_listing();
                let mut names = Vec::with_capacity(listing.ents.len());
                let mut kinds = Vec::new();
                for (name, kind) in listing.iter() {
                    names.push(bytes_value(cx, name, raw)?);
                    if types {
                        kinds.push(cx.int(kind));
                    }
                }
                let names = cx.array_from(names)?;
                if types {
                    cx.array_of([names, cx.array_from(kinds)?])?
                } else {
                    names
                }
            }
            Out::Dirents => {
                let parent = self.target.as_ref().map(|v| v.dup()).unwrap_or_else(|| cx.undefined());
                let listing = self.take_listing();
                // Collected first: the array is then made in one allocation.
                let mut items = Vec::with_capacity(listing.ents.len());
                let made = super::shapes::with(cx, |sh| {
                    for (name, kind) in listing.iter() {
                        let mut kind = kind;
                        if kind == 0 {
                            kind = self.lstat_kind(name);
                        }
                        items.push(sh.dirent(cx, bytes_value(cx, name, false)?, kind, &parent)?);
                    }
                    Ok(())
                })?;
                if made.is_none() {
                    return Err(cx.throw_internal("fs shapes not registered"));
                }
                cx.array_from(items)?
            }
            Out::Ptr { raw } => {
                let p = self.uv.ptr as *const c_char;
                if p.is_null() {
                    cx.undefined()
                } else {
                    // SAFETY: NUL-terminated string owned by the request.
                    bytes_value(cx, unsafe { std::ffi::CStr::from_ptr(p) }.to_bytes(), raw)?
                }
            }
            Out::Path { raw } => {
                let p = self.uv.path;
                if p.is_null() {
                    cx.undefined()
                } else {
                    // SAFETY: NUL-terminated string owned by the request.
                    bytes_value(cx, unsafe { std::ffi::CStr::from_ptr(p) }.to_bytes(), raw)?
                }
            }
            Out::ReadInto => {
                let n = r as usize;
                if let Some(t) = self.target.as_ref() {
                    if let Some(mut b) = ta::bytes(&cx, t) {
                        let dst = b.as_mut_slice();
                        let at = self.target_offset.min(dst.len());
                        let m = n.min(dst.len() - at).min(self.scratch.len());
                        dst[at..at + m].copy_from_slice(&self.scratch[..m]);
                    }
                }
                cx.number(n as f64)
            }
            Out::Bytes => crate::modules::buffer::new_buffer_copy(cx, &self.scratch)?,
            Out::Chunk => {
                let mut data = std::mem::replace(&mut self.chunk, CBuf::new());
                let len = data.len;
                data.shrink();
                match data.into_array_buffer(cx)? {
                    Some(ab) => crate::modules::buffer::new_buffer_over(cx, &ab, len)?,
                    None => crate::modules::buffer::new_buffer_copy(cx, &[])?,
                }
            }
        };
        Ok(Ok(v))
    }

    fn syscall(&self) -> &'static str {
        match self.op {
            Op::Open { .. } => "open",
            Op::Close(_) => "close",
            Op::Read { .. } => "read",
            Op::Write { .. } => "write",
            Op::Stat => "stat",
            Op::Lstat => "lstat",
            Op::Fstat(_) => "fstat",
            Op::Statfs => "statfs",
            Op::Access(_) => "access",
            Op::Mkdir(_) => "mkdir",
            Op::Mkdtemp => "mkdtemp",
            Op::Scandir => "scandir",
            Op::Rmdir => "rmdir",
            Op::Unlink => "unlink",
            Op::Rename => "rename",
            Op::CopyFile(_) => "copyfile",
            Op::Symlink(_) => "symlink",
            Op::Readlink => "readlink",
            Op::Link => "link",
            Op::Realpath => "realpath",
            Op::Ftruncate(..) => "ftruncate",
            Op::Chmod(_) => "chmod",
            Op::Fchmod(..) => "fchmod",
            Op::Chown(..) => "chown",
            Op::Fchown(..) => "fchown",
            Op::Lchown(..) => "lchown",
            Op::Utime(..) => "utime",
            Op::Futime(..) => "futime",
            Op::Lutime(..) => "lutime",
            Op::Fsync(_) => "fsync",
            Op::Fdatasync(_) => "fdatasync",
            Op::ReadFile(_) => "read",
        }
    }
}

impl Drop for Req {
    fn drop(&mut self) {
        // SAFETY: cleaning a zeroed or finished request is allowed and idempotent.
        unsafe { uv::uv_fs_req_cleanup(&mut self.uv) };
    }
}

/// Directory entries: the names one after another in `names`, and per entry
/// (its first 16 bytes as a big-endian number, start, length, UV_DIRENT_*
/// type). Names hold no NUL byte, so padding the key with zeros keeps
/// strcmp's order: comparing keys decides all but names that share 16 bytes.
#[derive(Default)]
struct Listing {
    names: Vec<u8>,
    ents: Vec<(u128, usize, usize, i32)>,
}

impl Listing {
    fn push(&mut self, name: &[u8], kind: i32) {
        let mut head = [0u8; 16];
        let n = name.len().min(16);
        head[..n].copy_from_slice(&name[..n]);
        self.ents.push((u128::from_be_bytes(head), self.names.len(), name.len(), kind));
        self.names.extend_from_slice(name);
    }
    fn iter(&self) -> impl Iterator<Item = (&[u8], i32)> + '_ {
        self.ents.iter().map(|&(_, at, len, kind)| (&self.names[at..at + len], kind))
    }
    /// In strcmp order of the names.
    #[cfg(target_os = "linux")]
    fn sort(&mut self) {
        let names = &self.names;
        self.ents.sort_unstable_by(|a, b| a.0.cmp(&b.0).then_with(|| names[a.1..a.1 + a.2].cmp(&names[b.1..b.1 + b.2])));
    }
}

/// What `uv_fs_scandir` gives a synchronous call, read here with
/// opendir/readdir: every entry but "." and "..", sorted by the bytes of the
/// name (libuv sorts with strcmp), typed from `d_type` as libuv types them.
/// glibc's scandir, which libuv calls, allocates each entry and sorts through
/// a comparison callback; one buffer and a slice sort cost less than half.
/// Errors are libuv's: the negated errno of opendir or readdir.
#[cfg(target_os = "linux")]
fn list_dir(path: &std::ffi::CStr) -> Result<Listing, c_int> {
    let errno = || std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO);
    // SAFETY: path is NUL-terminated; the stream is closed below on every path.
    let dir = unsafe { libc::opendir(path.as_ptr()) };
    if dir.is_null() {
        return Err(-errno());
    }
    let mut l = Listing::default();
    let result = loop {
        // SAFETY: errno is this thread's; readdir leaves it alone at the end
        // of the stream and sets it on failure.
        unsafe { *libc::__errno_location() = 0 };
        let ent = unsafe { libc::readdir(dir) };
        if ent.is_null() {
            let e = errno();
            break if e == 0 { Ok(()) } else { Err(-e) };
        }
        // SAFETY: d_name is NUL-terminated and valid until the next readdir.
        let (name, d_type) = unsafe { (std::ffi::CStr::from_ptr((*ent).d_name.as_ptr()).to_bytes(), (*ent).d_type) };
        if name == b"." || name == b".." {
            continue;
        }
        let kind = match d_type {
            libc::DT_REG => 1,
            libc::DT_DIR => 2,
            libc::DT_LNK => 3,
            libc::DT_FIFO => 4,
            libc::DT_SOCK => 5,
            libc::DT_CHR => 6,
            libc::DT_BLK => 7,
            _ => 0,
        };
        l.push(name, kind);
    };
    // SAFETY: dir came from opendir and is closed once.
    unsafe { libc::closedir(dir) };
    result?;
    l.sort();
    Ok(l)
}

fn bytes_value(cx: Ctx, b: &[u8], raw: bool) -> JsResult<Value> {
    if raw {
        crate::modules::buffer::new_buffer_copy(cx, b)
    } else {
        match std::str::from_utf8(b) {
            Ok(s) => cx.string(s),
            Err(_) => cx.string(&String::from_utf8_lossy(b)),
        }
    }
}

/// The ten numeric fields of a Stats, in Node's order: `[dev, mode, nlink,
/// uid, gid, rdev, blksize, ino, size, blocks]`.
pub(crate) fn stat_counts(s: &uv::uv_stat_t) -> [f64; 10] {
    [
        s.st_dev as f64,
        s.st_mode as f64,
        s.st_nlink as f64,
        s.st_uid as f64,
        s.st_gid as f64,
        s.st_rdev as f64,
        s.st_blksize as f64,
        s.st_ino as f64,
        s.st_size as f64,
        s.st_blocks as f64,
    ]
}

/// `[dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
/// atime s, ns, mtime s, ns, ctime s, ns, birthtime s, ns]`.
pub(crate) fn stat_array(cx: Ctx, s: &uv::uv_stat_t) -> JsResult<Value> {
    let times = [
        s.st_atim.tv_sec as f64,
        s.st_atim.tv_nsec as f64,
        s.st_mtim.tv_sec as f64,
        s.st_mtim.tv_nsec as f64,
        s.st_ctim.tv_sec as f64,
        s.st_ctim.tv_nsec as f64,
        s.st_birthtim.tv_sec as f64,
        s.st_birthtim.tv_nsec as f64,
    ];
    let arr = cx.array()?;
    for (i, v) in stat_counts(s).iter().chain(times.iter()).enumerate() {
        cx.set_index(&arr, i as u32, cx.number(*v))?;
    }
    Ok(arr)
}

/// Node's uvException: `new Error('CODE: description, syscall 'path' -> 'dest'')`
/// with own `errno` (negative), `code`, `syscall`, then `path`/`dest` if given.
pub fn uv_exception(cx: Ctx, code: c_int, syscall: &str, path: Option<&[u8]>, dest: Option<&[u8]>) -> JsResult<Value> {
    // SAFETY: both return static strings for any code.
    let (name, desc) = unsafe {
        (
            std::ffi::CStr::from_ptr(uv::uv_err_name(code)).to_string_lossy().into_owned(),
            std::ffi::CStr::from_ptr(uv::uv_strerror(code)).to_string_lossy().into_owned(),
        )
    };
    let mut msg = format!("{name}: {desc}, {syscall}");
    let p = path.map(|b| String::from_utf8_lossy(b).into_owned());
    let d = dest.map(|b| String::from_utf8_lossy(b).into_owned());
    if let Some(p) = &p {
        msg.push_str(&format!(" '{p}'"));
    }
    if let Some(d) = &d {
        msg.push_str(&format!(" -> '{d}'"));
    }
    let global = cx.global();
    let ctor = cx.get(&global, "Error")?;
    let m = cx.string(&msg)?;
    let err = cx.construct(&ctor, &[m.as_arg()])?;
    cx.set(&err, "errno", cx.int(code))?;
    cx.set(&err, "code", cx.string(&name)?)?;
    cx.set(&err, "syscall", cx.string(syscall)?)?;
    if let Some(p) = &p {
        cx.set(&err, "path", cx.string(p)?)?;
    }
    if let Some(d) = &d {
        cx.set(&err, "dest", cx.string(d)?)?;
    }
    crate::errors::head_stack(cx, &err)?;
    Ok(err)
}

// ----- running requests ---------------------------------------------------------------

struct Pending(FastMap<usize, FastMap<u64, usize>>);
// SAFETY: the pointers are only dereferenced on the loop thread of their context.
unsafe impl Send for Pending {}

static PENDING: Mutex<Option<Pending>> = Mutex::new(None);
static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

fn with_pending<R>(f: impl FnOnce(&mut FastMap<usize, FastMap<u64, usize>>) -> R) -> R {
    let mut g = PENDING.lock().unwrap_or_else(|p| p.into_inner());
    let p = g.get_or_insert_with(|| Pending(FastMap::default()));
    f(&mut p.0)
}

/// Runs `req`: synchronously when `cb` is undefined (returns the value or
/// throws the error), else on the context's loop (returns undefined; `cb`
/// gets `(err)` or `(null, value)` later).
pub fn run(cx: Ctx, mut req: Box<Req>, cb: Arg) -> JsResult<Value> {
    if cx.is_undefined(&cb) {
        loop {
            if req.read_file_in_place(cx)? {
                if !req.advance_after_in_place() {
                    break;
                }
                continue;
            }
            let _ = req.start(std::ptr::null_mut(), None);
            if !req.advance() {
                break;
            }
        }
        return match req.settle(cx)? {
            Ok(v) => Ok(v),
            Err(e) => Err(cx.throw(e)),
        };
    }
    req.cb = Some(cx.dup(&cb));
    submit(cx, req)?;
    Ok(cx.undefined())
}

/// Runs `req` on the context's loop and returns a promise it settles (with
/// the value, decoded if asked, or the error).
pub fn run_promise(cx: Ctx, mut req: Box<Req>) -> JsResult<Value> {
    let (promise, resolve, reject) = cx.promise_capability()?;
    req.promise = Some((resolve, reject));
    submit(cx, req)?;
    Ok(promise)
}

/// Starts `req` (its callback or promise set) on the context's loop.
fn submit(cx: Ctx, mut req: Box<Req>) -> JsResult<()> {
    let lp = context::uv_loop(cx);
    if lp.is_null() {
        return Err(NodeError::new(ErrorKind::Error, "ERR_INVALID_STATE", "Invalid state: no libuv loop was handed to JSRT_NodeContextInit")
            .throw(cx));
    }
    req.direct = None;
    req.ctx = cx.as_raw();
    req.id = NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let id = req.id;
    let raw = Box::into_raw(req);
    // SAFETY: raw is the live box; libuv keeps the pointer until on_done.
    unsafe {
        (*raw).uv.data = raw as *mut std::ffi::c_void;
        with_pending(|m| m.entry(cx.as_raw() as usize).or_default().insert(id, raw as usize));
        let rc = (*raw).start(lp, Some(on_done));
        if rc < 0 {
            with_pending(|m| m.get_mut(&(cx.as_raw() as usize)).map(|s| s.remove(&id)));
            let mut b = Box::from_raw(raw);
            let syscall = b.syscall();
            let p = b.path.take();
            let e = uv_exception(cx, rc, syscall, p.as_deref().map(|c| c.to_bytes()), None)?;
            return Err(cx.throw(e));
        }
    }
    Ok(())
}

/// How many requests in flight for `cx` are counted here: (as
/// FSReqCallback, as FSReqPromise).
pub fn native_in_flight(cx: Ctx) -> (u32, u32) {
    with_pending(|m| {
        let mut n = (0, 0);
        for raw in m.get(&(cx.as_raw() as usize)).into_iter().flat_map(|s| s.values()) {
            // SAFETY: pending requests are live boxes until on_done frees them,
            // and on_done runs on this (the loop's) thread.
            match unsafe { (*(*raw as *const Req)).native_kind } {
                1 => n.0 += 1,
                2 => n.1 += 1,
                _ => {}
            }
        }
        n
    })
}

/// `buf.toString(encoding)`: Ok(string), or Err(what it threw).
fn decode(cx: Ctx, buf: Value, encoding: &Value) -> Result<Value, Value> {
    let r = cx.get(&buf, "toString").and_then(|f| cx.call(&f, &buf, &[encoding.as_arg()]));
    r.map_err(|_| cx.take_exception())
}

/// `stat`/`lstat` run here and now, made into a `Stats` (what `run` does for
/// a Stat request with no callback, without the request box).
pub fn stat_object_sync(cx: Ctx, path: &std::ffi::CStr, lstat: bool) -> JsResult<Value> {
    // SAFETY: uv_fs_t is a plain C struct that libuv initialises; with no
    // callback the call runs synchronously and keeps no pointer to `path`
    // after it returns; the cleanup frees nothing of ours.
    let (rc, st) = unsafe {
        let mut req: uv::uv_fs_t = std::mem::zeroed();
        let rc = if lstat {
            uv::uv_fs_lstat(std::ptr::null_mut(), &mut req, path.as_ptr(), None)
        } else {
            uv::uv_fs_stat(std::ptr::null_mut(), &mut req, path.as_ptr(), None)
        };
        let st = req.statbuf;
        uv::uv_fs_req_cleanup(&mut req);
        (rc, st)
    };
    if rc < 0 {
        let e = uv_exception(cx, rc, if lstat { "lstat" } else { "stat" }, Some(path.to_bytes()), None)?;
        return Err(cx.throw(e));
    }
    match super::shapes::with(cx, |sh| sh.stats(cx, &st))? {
        Some(v) => Ok(v),
        None => stat_array(cx, &st),
    }
}

unsafe extern "C" fn on_done(req: *mut uv::uv_fs_t) {
    let raw = (*req).data as *mut Req;
    if raw.is_null() {
        return;
    }
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let this = &mut *raw;
        if this.orphaned {
            // A readFile chain that opened its fd closes it; nothing else of
            // the (freed) context is touched.
            if let Op::ReadFile(ref rf) = this.op {
                let fd_open = match rf.stage {
                    Stage::Open => this.uv.result >= 0,
                    Stage::Fstat | Stage::Read => true,
                    Stage::Close => false,
                };
                let fd = if rf.stage == Stage::Open { this.uv.result as c_int } else { rf.fd };
                if rf.own_fd && fd_open && fd >= 0 {
                    libc::close(fd);
                }
            }
            drop(Box::from_raw(raw));
            return;
        }
        if this.advance() {
            let lp = (*req).loop_;
            let rc = this.start(lp, Some(on_done));
            if rc >= 0 {
                return;
            }
            if let Op::ReadFile(ref mut rf) = this.op {
                if rf.failed.is_none() {
                    rf.failed = Some((rc, "read"));
                }
            }
        }
        finish(raw);
    }));
    if r.is_err() {
        eprintln!("jsrt-node: internal error in an fs completion");
    }
}

unsafe extern "C" fn read_file_work(w: *mut uv::uv_work_t) {
    let raw = (*w).data as *mut Req;
    if raw.is_null() {
        return;
    }
    let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| (*raw).read_whole_file()));
}

unsafe extern "C" fn read_file_done(w: *mut uv::uv_work_t, status: c_int) {
    let raw = (*w).data as *mut Req;
    if raw.is_null() {
        return;
    }
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        // An orphan's job closed its own fd (or never ran: cancelled).
        if (*raw).orphaned {
            drop(Box::from_raw(raw));
            return;
        }
        if status < 0 {
            (*raw).uv.result = status as _;
        }
        finish(raw);
    }));
    if r.is_err() {
        eprintln!("jsrt-node: internal error in an fs completion");
    }
}

/// A finished request: settled, its callback called or its promise settled.
unsafe fn finish(raw: *mut Req) {
    {
        let mut b = Box::from_raw(raw);
        let cx = Ctx::from_raw(b.ctx);
        with_pending(|m| m.get_mut(&(b.ctx as usize)).map(|s| s.remove(&b.id)));
        let cb = b.cb.take();
        let promise = b.promise.take();
        let encoding = b.encoding.take();
        let settled = b.settle(cx);
        drop(b);
        let settled = match (settled, encoding) {
            (Ok(Ok(v)), Some(enc)) => Ok(decode(cx, v, &enc)),
            (s, _) => s,
        };
        if let Some((resolve, reject)) = promise {
            let undef = cx.undefined();
            let outcome = match settled {
                Ok(Ok(v)) => cx.call(&resolve, &undef, &[v.as_arg()]),
                Ok(Err(e)) => cx.call(&reject, &undef, &[e.as_arg()]),
                Err(_) => {
                    let e = cx.take_exception();
                    cx.call(&reject, &undef, &[e.as_arg()])
                }
            };
            drop((resolve, reject));
            let outcome = outcome.map(|_| ()).and_then(|_| crate::modules::process::run_jobs(cx));
            if outcome.is_err() {
                report_uncaught(cx);
            }
            return;
        }
        let Some(cb) = cb else { return };
        let outcome = match settled {
            Ok(Ok(v)) => {
                let null = cx.null();
                if cx.is_undefined(&v) {
                    cx.call(&cb, &cx.undefined(), &[null.as_arg()])
                } else {
                    cx.call(&cb, &cx.undefined(), &[null.as_arg(), v.as_arg()])
                }
            }
            Ok(Err(e)) => cx.call(&cb, &cx.undefined(), &[e.as_arg()]),
            Err(t) => Err(t),
        };
        drop(cb);
        let outcome = outcome.map(|_| ()).and_then(|_| crate::modules::process::run_jobs(cx));
        if outcome.is_err() {
            report_uncaught(cx);
        }
    }
}

/// An exception thrown by a callback the library called from the loop:
/// `process.emit('uncaughtException', err, 'uncaughtException')` when
/// someone listens, else printed like the reference host does and the
/// process exits with code 1, as Node's does.
pub fn report_uncaught(cx: Ctx) {
    let err = cx.take_exception();
    let handled = (|| -> JsResult<bool> {
        let global = cx.global();
        let process = cx.get(&global, "process")?;
        if !cx.is_object(&process) {
            return Ok(false);
        }
        let count = cx.get(&process, "listenerCount")?;
        if !cx.is_function(&count) {
            return Ok(false);
        }
        let name = cx.string("uncaughtException")?;
        let n = cx.call(&count, &process, &[name.as_arg()])?;
        if cx.to_f64(&n)? < 1.0 {
            return Ok(false);
        }
        let emit = cx.get(&process, "emit")?;
        cx.call(&emit, &process, &[name.as_arg(), err.as_arg(), name.as_arg()])?;
        crate::modules::process::run_jobs(cx)?;
        Ok(true)
    })();
    match handled {
        Ok(true) => {}
        Ok(false) | Err(_) => {
            let shown = cx.to_string(&err).unwrap_or_else(|_| "[exception]".into());
            let stack = cx.get(&err, "stack").ok().filter(|s| cx.is_string(s)).and_then(|s| cx.to_string(&s).ok());
            use std::io::Write;
            let _ = std::io::stdout().flush();
            // A stack that already starts with `String(err)` (V8's shape, which
            // the library's errors have) is printed alone.
            match stack {
                Some(s) if !s.is_empty() && !s.starts_with("    at ") => eprintln!("Uncaught {}", s.trim_end_matches('\n')),
                Some(s) => {
                    eprintln!("Uncaught {shown}");
                    eprint!("{s}");
                }
                None => eprintln!("Uncaught {shown}"),
            }
            // SAFETY: ends the process, as Node does on an uncaught exception.
            unsafe { libc::exit(1) }
        }
    }
}

/// `JSRT_NodeContextFree`: every request still pending for `cx` lets go of its
/// JS values now (so the runtime can be freed leak-free) and is orphaned: its
/// completion, if the loop ever runs it, frees only Rust memory. Requests the
/// pool has not started are cancelled.
pub fn cancel_all(cx: Ctx) {
    let reqs = with_pending(|m| m.remove(&(cx.as_raw() as usize))).unwrap_or_default();
    for (_, raw) in reqs {
        let raw = raw as *mut Req;
        // SAFETY: pending requests are live boxes until on_done frees them.
        unsafe {
            (*raw).orphaned = true;
            let cb = (*raw).cb.take();
            let target = (*raw).target.take();
            let promise = (*raw).promise.take();
            let encoding = (*raw).encoding.take();
            drop(cb);
            drop(target);
            drop(promise);
            drop(encoding);
            if (*raw).in_work {
                let _ = uv::uv_cancel(&mut (*raw).work as *mut uv::uv_work_t as *mut uv::uv_req_t);
            } else {
                let _ = uv::uv_cancel(&mut (*raw).uv as *mut uv::uv_fs_t as *mut uv::uv_req_t);
            }
        }
    }
}
