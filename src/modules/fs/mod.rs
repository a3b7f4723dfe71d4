//! node:fs and node:fs/promises (docs/FS.md).
//!
//! Two layers: `req.rs` runs every system call as a libuv request — with no
//! callback synchronously, else on the host's loop — and the functions here
//! (the binding) turn already-validated arguments into requests. fs.js,
//! evaluated once per context, is the API: Node's argument validation, option
//! parsing, the sync / callback / promise forms over the one binding, Stats,
//! Dirent, Dir and FileHandle.

pub mod req;
pub mod shapes;
pub mod watch;

use std::ffi::CString;

use crate::context;
use crate::engine::typed_array as ta;
use crate::engine::string_layout::{self, StrUnits};
use crate::engine::{Arg, Args, Ctx, JsResult, Value};
use crate::errors::NodeError;
use req::{Op, Out, Req};

const SOURCE: &str = crate::embedded_js!("fs.js");
const SLOT: &str = "fs:module";
const SLOT_BINDING: &str = "fs:binding";
const SLOT_TARGET: &str = "fs:target";

/// `require('fs')`: the module object, filled by fs.js on its first use
/// (modules::lazy): requiring fs runs none of it.
pub fn init(cx: Ctx) -> JsResult<Value> {
    if let Some(v) = context::slot_get(cx, SLOT) {
        return Ok(v);
    }
    // Without a prototype until fs.js has filled it (fs.js gives it Object.prototype).
    let target = cx.object_with_proto(&cx.null())?;
    let module = crate::modules::lazy::module(cx, &target, fs_load, "loadFs")?;
    context::slot_get_or_insert(cx, SLOT_TARGET, target);
    Ok(context::slot_get_or_insert(cx, SLOT, module))
}

crate::js_fn!(fs_load => load);
/// fs.js, run once per context on the module object's first use: it writes
/// the API onto the proxy's target (`binding.exports`). The binding is kept
/// once it has run.
fn load(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    if context::slot_get(cx, SLOT_BINDING).is_some() {
        return Ok(cx.undefined());
    }
    let binding = cx.object()?;
    // Made when fs.js first reads one (engine::FnEntry): most requests of a
    // program never run.
    cx.set_fn_list(
        &binding,
        crate::fn_list![
            "open" => fs_open, 4;
            "close" => fs_close, 2;
            "read" => fs_read, 6;
            "write" => fs_write, 6;
            "stat" => fs_stat, 2;
            "lstat" => fs_lstat, 2;
            "fstat" => fs_fstat, 2;
            "statObject" => fs_stat_object, 2;
            "lstatObject" => fs_lstat_object, 2;
            "fstatObject" => fs_fstat_object, 2;
            "setShapes" => shapes::fs_set_shapes, 3;
            "statSyncFn" => fs_stat_sync_fn, 2;
            "readdirents" => fs_readdirents, 2;
            "statfs" => fs_statfs, 2;
            "access" => fs_access, 3;
            "mkdir" => fs_mkdir, 3;
            "mkdtemp" => fs_mkdtemp, 3;
            "readdir" => fs_readdir, 4;
            "rmdir" => fs_rmdir, 2;
            "unlink" => fs_unlink, 2;
            "rename" => fs_rename, 3;
            "copyFile" => fs_copyfile, 4;
            "symlink" => fs_symlink, 4;
            "readlink" => fs_readlink, 3;
            "link" => fs_link, 3;
            "realpath" => fs_realpath, 3;
            "ftruncate" => fs_ftruncate, 3;
            "chmod" => fs_chmod, 3;
            "fchmod" => fs_fchmod, 3;
            "chown" => fs_chown, 4;
            "fchown" => fs_fchown, 4;
            "lchown" => fs_lchown, 4;
            "utimes" => fs_utimes, 4;
            "futimes" => fs_futimes, 4;
            "lutimes" => fs_lutimes, 4;
            "fsync" => fs_fsync, 2;
            "fdatasync" => fs_fdatasync, 2;
            "readFile" => fs_read_file, 3;
            "readFileCb" => fs_read_file_cb, 4;
            "readChunk" => fs_read_chunk, 4;
            "readFilePromise" => fs_read_file_promise, 3;
            "nativeInFlight" => fs_native_in_flight, 0;
            "errInvalidArgType" => crate::errors::js_invalid_arg_type, 3;
            "nodeError" => crate::errors::js_node_error, 3;
            "errInvalidArgValue" => fs_err_invalid_arg_value, 3;
            "errOutOfRange" => fs_err_out_of_range, 3;
            "uvException" => fs_uv_exception, 4;
            "watchStart" => watch::fs_watch_start, 2;
            "pollStart" => watch::fs_poll_start, 3;
            "watcherClose" => watch::fs_watcher_close, 1;
            "watcherRef" => watch::fs_watcher_ref, 2;
            "part" => fs_part, 2;
            "fileBlob" => fs_file_blob, 4;
        ],
    )?;
    let buffer = crate::registry::load_cjs(cx, "buffer")?;
    cx.set(&binding, "buffer", buffer)?;
    let events = crate::registry::load_cjs(cx, "events")?;
    cx.set(&binding, "EventEmitter", events)?;
    // The registry's process (the host's, if it registered one), with the
    // library's own nextTick in front: fs defers callbacks with it, and a
    // host's may not pass their arguments on (jsrt's does not).
    let host_process = crate::registry::load_cjs(cx, "process")?;
    let process = cx.object_with_proto(&host_process)?;
    cx.set_fn(&process, "nextTick", crate::modules::process::process_next_tick, 1)?;
    cx.set(&binding, "process", process)?;
    let path = crate::registry::load_cjs(cx, "path")?;
    cx.set(&binding, "path", path)?;
    // node:stream, loaded when a file stream is first made (fs.ReadStream/WriteStream).
    cx.set_fn(&binding, "loadStream", fs_load_stream, 0)?;
    cx.set_fn(&binding, "loadBuiltin", crate::modules::module::module_load_builtin, 1)?;
    let target = context::slot_get(cx, SLOT_TARGET).ok_or_else(|| cx.throw_internal("node:fs: no module object"))?;
    cx.set(&binding, "exports", target)?;
    cx.call_script_factory(SOURCE, "node:fs", &binding)?;
    context::slot_get_or_insert(cx, SLOT_BINDING, binding);
    Ok(cx.undefined())
}

/// The fs requests in flight (for process._getActiveRequests): an empty
/// array when fs was never loaded.
pub fn active_requests(cx: Ctx) -> JsResult<Value> {
    let Some(binding) = context::slot_get(cx, SLOT_BINDING) else {
        return cx.array();
    };
    let f = cx.get(&binding, "activeRequests")?;
    if !cx.is_function(&f) {
        return cx.array();
    }
    cx.call(&f, &binding, &[])
}

crate::js_fn!(fs_load_stream => load_stream);
fn load_stream(cx: Ctx, _this: crate::engine::Arg, _args: crate::engine::Args) -> JsResult<Value> {
    crate::registry::load_cjs(cx, "stream")
}

/// The parts of the API kept in their own files, evaluated on first use with
/// what fs.js shares with them: `binding.part(name, shared)`.
const PARTS: &[(&str, &str)] = &[
    ("watch", crate::embedded_js!("watch.js")),
    ("cp", crate::embedded_js!("cp.js")),
    ("streams", crate::embedded_js!("streams.js")),
    ("promises", crate::embedded_js!("promises.js")),
    ("dirs", crate::embedded_js!("dirs.js")),
];

crate::js_fn!(fs_part => part);
fn part(cx: Ctx, _this: crate::engine::Arg, args: crate::engine::Args) -> JsResult<Value> {
    let name = cx.to_string(&args.get(0))?;
    let Some((_, src)) = PARTS.iter().find(|(n, _)| *n == name) else {
        return Err(cx.throw_internal("unknown fs part"));
    };
    cx.call_script_factory(src, &format!("node:fs/{name}"), &args.get(1))
}

/// `require('fs/promises')` (the same object as `require('fs').promises`).
pub fn init_promises(cx: Ctx) -> JsResult<Value> {
    let fs = crate::registry::load_cjs(cx, "fs")?;
    cx.get(&fs, "promises")
}

/// `JSRT_NodeContextFree`: pending requests let go of their JS values.
pub fn on_context_free(cx: Ctx) {
    req::cancel_all(cx);
    watch::close_all(cx);
    shapes::forget(cx);
}

// ----- argument helpers (the JS layer validated the types) --------------------------------

pub(crate) fn path_arg(cx: Ctx, v: Arg) -> JsResult<CString> {
    let bytes: Vec<u8> = if let Some(b) = ta::view_bytes(&cx, &v) {
        b.as_slice().to_vec()
    } else {
        cx.to_str(&v)?.to_string_lossy().into_bytes()
    };
    CString::new(bytes).map_err(|_| {
        NodeError::invalid_arg_value(cx, "path", &v, "must be a string, Uint8Array, or URL without null bytes").throw(cx)
    })
}

fn int_arg(cx: Ctx, v: Arg) -> JsResult<i32> {
    cx.to_i32(&v)
}

fn f64_arg(cx: Ctx, v: Arg) -> JsResult<f64> {
    cx.to_f64(&v)
}

/// A position: -1 (current position) for null/undefined, else an integer
/// number or a BigInt.
fn pos_arg(cx: Ctx, v: Arg) -> JsResult<i64> {
    if cx.is_nullish(&v) {
        return Ok(-1);
    }
    if let Some(b) = ta::bigint_to_i128(&cx, &v) {
        return Ok(b.clamp(-1, i64::MAX as i128) as i64);
    }
    let d = cx.to_f64(&v)?;
    Ok(if d.is_finite() { d as i64 } else { -1 })
}

fn bool_arg(cx: Ctx, v: Arg) -> JsResult<bool> {
    cx.to_bool(&v)
}

fn path_req(cx: Ctx, op: Op, out: Out, p: Arg) -> JsResult<Box<Req>> {
    Ok(Req::new(op, out).path(path_arg(cx, p)?))
}

fn two_path_req(cx: Ctx, op: Op, a: Arg, b: Arg) -> JsResult<Box<Req>> {
    Ok(Req::new(op, Out::Undefined).path(path_arg(cx, a)?).dest(path_arg(cx, b)?))
}

// ----- the binding ------------------------------------------------------------------------

macro_rules! binding {
    ($c:ident, $imp:ident, |$cx:ident, $args:ident| $body:expr) => {
        crate::js_fn!($c => $imp);
        fn $imp($cx: Ctx, _this: Arg, $args: Args) -> JsResult<Value> {
            $body
        }
    };
}

binding!(fs_open, open_imp, |cx, a| {
    let op = Op::Open { flags: int_arg(cx, a.get(1))?, mode: int_arg(cx, a.get(2))? };
    req::run(cx, path_req(cx, op, Out::Int, a.get(0))?, a.get(3))
});
binding!(fs_close, close_imp, |cx, a| req::run(cx, Req::new(Op::Close(int_arg(cx, a.get(0))?), Out::Undefined), a.get(1)));

/// The arguments of read and write, `(fd, view, offset, length, position, cb)`
/// (offset/length checked by fs.js): the view's bytes and the span asked for,
/// clamped to the view and to one request's maximum.
struct IoSpan<'v> {
    fd: i32,
    bytes: ta::Bytes<'v>,
    off: usize,
    len: usize,
    pos: i64,
}

fn io_span<'v>(cx: Ctx, a: &Args, view: &'v Arg) -> JsResult<IoSpan<'v>> {
    let fd = int_arg(cx, a.get(0))?;
    let off = f64_arg(cx, a.get(2))?.max(0.0) as usize;
    let len = f64_arg(cx, a.get(3))?.max(0.0) as usize;
    let pos = pos_arg(cx, a.get(4))?;
    let Some(bytes) = ta::bytes(&cx, view) else {
        return Err(NodeError::invalid_arg_type(cx, "buffer", &["Buffer", "TypedArray", "DataView"], &view).throw(cx));
    };
    let total = bytes.len();
    let off = off.min(total);
    let len = len.min(total - off).min(req::IO_MAX);
    Ok(IoSpan { fd, bytes, off, len, pos })
}

binding!(fs_read, read_imp, |cx, a| {
    let (view, cb) = (a.get(1), a.get(5));
    let mut io = io_span(cx, &a, &view)?;
    let r = Req::new(Op::Read { fd: io.fd, len: io.len, pos: io.pos }, Out::ReadInto);
    if cx.is_undefined(&cb) {
        // SAFETY: off <= the view's length; the view stays alive for this synchronous call.
        let p = unsafe { io.bytes.as_mut_slice().as_mut_ptr().add(io.off) };
        req::run(cx, r.direct(p, io.len), cb)
    } else {
        req::run(cx, r.target(cx.dup(&view), io.off), cb)
    }
});

binding!(fs_write, write_imp, |cx, a| {
    let (view, cb) = (a.get(1), a.get(5));
    let mut io = io_span(cx, &a, &view)?;
    let r = Req::new(Op::Write { fd: io.fd, pos: io.pos }, Out::Int);
    if cx.is_undefined(&cb) {
        // SAFETY: off <= the view's length; the view stays alive for this synchronous call.
        let p = unsafe { io.bytes.as_mut_slice().as_mut_ptr().add(io.off) };
        req::run(cx, r.direct(p, io.len), cb)
    } else {
        let data = &io.bytes.as_slice()[io.off..io.off + io.len];
        req::run(cx, r.write_data(data), cb)
    }
});

binding!(fs_stat, stat_imp, |cx, a| req::run(cx, path_req(cx, Op::Stat, Out::Stat, a.get(0))?, a.get(1)));
binding!(fs_lstat, lstat_imp, |cx, a| req::run(cx, path_req(cx, Op::Lstat, Out::Stat, a.get(0))?, a.get(1)));
binding!(fs_fstat, fstat_imp, |cx, a| req::run(cx, Req::new(Op::Fstat(int_arg(cx, a.get(0))?), Out::Stat), a.get(1)));
binding!(fs_stat_object, stat_object_imp, |cx, a| stat_object(cx, a, false));
binding!(fs_lstat_object, lstat_object_imp, |cx, a| stat_object(cx, a, true));

/// statObject/lstatObject(path[, cb]). statSync(path) is a hot call: a path
/// string that is plain UTF-8 goes to the system call as the engine's own
/// C string, with no request box.
fn stat_object(cx: Ctx, a: Args, lstat: bool) -> JsResult<Value> {
    if cx.is_undefined(&a.get(1)) && cx.is_string(&a.get(0)) {
        let s = cx.to_str(&a.get(0))?;
        if let Some(path) = s.as_utf8_cstr() {
            return req::stat_object_sync(cx, path, lstat);
        }
    }
    let op = if lstat { Op::Lstat } else { Op::Stat };
    req::run(cx, path_req(cx, op, Out::StatObject, a.get(0))?, a.get(1))
}
// statSyncFn(slow, lstat): fs.statSync / fs.lstatSync as a native function.
// A call of a JS function costs QuickJS about as much as a tenth of the whole
// statSync, so the common form, (string) or (string, undefined), goes
// straight to stat_object; every other form is handed to `slow`, the JS
// function with Node's option handling.
binding!(fs_stat_sync_fn, stat_sync_fn_imp, |cx, a| {
    let lstat = cx.to_bool(&a.get(1))?;
    let name = if lstat { "lstatSync" } else { "statSync" };
    let f = cx.function_with_data(fs_stat_sync, name, 1, &[a.get(0), a.get(1)])?;
    // An ordinary function in Node: a `prototype`, constructible.
    cx.make_constructible(&f)?;
    Ok(f)
});
crate::js_fn_data!(fs_stat_sync [2] => stat_sync_imp);
/// Paths up to this many bytes (PATH_MAX, NUL included) take the stack copy.
const PATH_BUF: usize = 4096;
fn stat_sync_imp(cx: Ctx, this: Arg, a: Args, data: Args) -> JsResult<Value> {
    let path = a.get(0);
    if cx.is_string(&path) && cx.is_undefined(&a.get(1)) {
        let lstat = cx.to_bool(&data.get(1))?;
        // An ASCII path is read from the string itself and copied once onto
        // the stack with its NUL (the engine's UTF-8 copy, a UTF-8 check and
        // a NUL scan were ~330 instructions of a ~5,500-instruction call).
        if let Some(StrUnits::Latin1(b)) = string_layout::units(&cx, &path) {
            if b.len() < PATH_BUF && b.iter().all(|&c| c != 0 && c < 0x80) {
                let mut buf = [std::mem::MaybeUninit::<u8>::uninit(); PATH_BUF];
                // SAFETY: b.len() < PATH_BUF, so the bytes and their NUL fit;
                // the slice read back is exactly the part written, with one
                // NUL, at its end.
                let p = unsafe {
                    let dst = buf.as_mut_ptr() as *mut u8;
                    std::ptr::copy_nonoverlapping(b.as_ptr(), dst, b.len());
                    *dst.add(b.len()) = 0;
                    std::ffi::CStr::from_bytes_with_nul_unchecked(std::slice::from_raw_parts(dst, b.len() + 1))
                };
                return req::stat_object_sync(cx, p, lstat);
            }
        }
        let s = cx.to_str(&path)?;
        if let Some(p) = s.as_utf8_cstr() {
            return req::stat_object_sync(cx, p, lstat);
        }
    }
    let args: Vec<Arg> = (0..a.len()).map(|i| a.get(i)).collect();
    cx.call(&data.get(0), &this, &args)
}
binding!(fs_fstat_object, fstat_object_imp, |cx, a| {
    req::run(cx, Req::new(Op::Fstat(int_arg(cx, a.get(0))?), Out::StatObject), a.get(1))
});
binding!(fs_statfs, statfs_imp, |cx, a| req::run(cx, path_req(cx, Op::Statfs, Out::Statfs, a.get(0))?, a.get(1)));
binding!(fs_access, access_imp, |cx, a| {
    let op = Op::Access(int_arg(cx, a.get(1))?);
    req::run(cx, path_req(cx, op, Out::Undefined, a.get(0))?, a.get(2))
});
binding!(fs_mkdir, mkdir_imp, |cx, a| {
    let op = Op::Mkdir(int_arg(cx, a.get(1))?);
    req::run(cx, path_req(cx, op, Out::Undefined, a.get(0))?, a.get(2))
});
binding!(fs_mkdtemp, mkdtemp_imp, |cx, a| {
    let mut prefix = path_arg(cx, a.get(0))?.into_bytes();
    prefix.extend_from_slice(b"XXXXXX");
    let p = CString::new(prefix).map_err(|_| cx.throw_internal("mkdtemp prefix"))?;
    let raw = bool_arg(cx, a.get(1))?;
    req::run(cx, Req::new(Op::Mkdtemp, Out::Path { raw }).path(p), a.get(2))
});
binding!(fs_readdir, readdir_imp, |cx, a| {
    let out = Out::Scandir { types: bool_arg(cx, a.get(1))?, raw: bool_arg(cx, a.get(2))? };
    req::run(cx, path_req(cx, Op::Scandir, out, a.get(0))?, a.get(3))
});
// readdirents(path, parentPath): Dirent objects, synchronously only (unknown
// types cost an lstat each on the calling thread).
binding!(fs_readdirents, readdirents_imp, |cx, a| {
    let r = path_req(cx, Op::Scandir, Out::Dirents, a.get(0))?.target(cx.dup(&a.get(1)), 0);
    req::run(cx, r, cx.undefined().as_arg())
});
binding!(fs_rmdir, rmdir_imp, |cx, a| req::run(cx, path_req(cx, Op::Rmdir, Out::Undefined, a.get(0))?, a.get(1)));
binding!(fs_unlink, unlink_imp, |cx, a| req::run(cx, path_req(cx, Op::Unlink, Out::Undefined, a.get(0))?, a.get(1)));
binding!(fs_rename, rename_imp, |cx, a| req::run(cx, two_path_req(cx, Op::Rename, a.get(0), a.get(1))?, a.get(2)));
binding!(fs_copyfile, copyfile_imp, |cx, a| {
    let op = Op::CopyFile(int_arg(cx, a.get(2))?);
    req::run(cx, two_path_req(cx, op, a.get(0), a.get(1))?, a.get(3))
});
binding!(fs_symlink, symlink_imp, |cx, a| {
    let op = Op::Symlink(int_arg(cx, a.get(2))?);
    req::run(cx, two_path_req(cx, op, a.get(0), a.get(1))?, a.get(3))
});
binding!(fs_readlink, readlink_imp, |cx, a| {
    let out = Out::Ptr { raw: bool_arg(cx, a.get(1))? };
    req::run(cx, path_req(cx, Op::Readlink, out, a.get(0))?, a.get(2))
});
binding!(fs_link, link_imp, |cx, a| req::run(cx, two_path_req(cx, Op::Link, a.get(0), a.get(1))?, a.get(2)));
binding!(fs_realpath, realpath_imp, |cx, a| {
    let out = Out::Ptr { raw: bool_arg(cx, a.get(1))? };
    req::run(cx, path_req(cx, Op::Realpath, out, a.get(0))?, a.get(2))
});
binding!(fs_ftruncate, ftruncate_imp, |cx, a| {
    let op = Op::Ftruncate(int_arg(cx, a.get(0))?, pos_arg(cx, a.get(1))?.max(0));
    req::run(cx, Req::new(op, Out::Undefined), a.get(2))
});
binding!(fs_chmod, chmod_imp, |cx, a| {
    let op = Op::Chmod(int_arg(cx, a.get(1))?);
    req::run(cx, path_req(cx, op, Out::Undefined, a.get(0))?, a.get(2))
});
binding!(fs_fchmod, fchmod_imp, |cx, a| {
    let op = Op::Fchmod(int_arg(cx, a.get(0))?, int_arg(cx, a.get(1))?);
    req::run(cx, Req::new(op, Out::Undefined), a.get(2))
});
binding!(fs_chown, chown_imp, |cx, a| {
    let op = Op::Chown(f64_arg(cx, a.get(1))? as u32, f64_arg(cx, a.get(2))? as u32);
    req::run(cx, path_req(cx, op, Out::Undefined, a.get(0))?, a.get(3))
});
binding!(fs_fchown, fchown_imp, |cx, a| {
    let op = Op::Fchown(int_arg(cx, a.get(0))?, f64_arg(cx, a.get(1))? as u32, f64_arg(cx, a.get(2))? as u32);
    req::run(cx, Req::new(op, Out::Undefined), a.get(3))
});
binding!(fs_lchown, lchown_imp, |cx, a| {
    let op = Op::Lchown(f64_arg(cx, a.get(1))? as u32, f64_arg(cx, a.get(2))? as u32);
    req::run(cx, path_req(cx, op, Out::Undefined, a.get(0))?, a.get(3))
});
binding!(fs_utimes, utimes_imp, |cx, a| {
    let op = Op::Utime(f64_arg(cx, a.get(1))?, f64_arg(cx, a.get(2))?);
    req::run(cx, path_req(cx, op, Out::Undefined, a.get(0))?, a.get(3))
});
binding!(fs_futimes, futimes_imp, |cx, a| {
    let op = Op::Futime(int_arg(cx, a.get(0))?, f64_arg(cx, a.get(1))?, f64_arg(cx, a.get(2))?);
    req::run(cx, Req::new(op, Out::Undefined), a.get(3))
});
binding!(fs_lutimes, lutimes_imp, |cx, a| {
    let op = Op::Lutime(f64_arg(cx, a.get(1))?, f64_arg(cx, a.get(2))?);
    req::run(cx, path_req(cx, op, Out::Undefined, a.get(0))?, a.get(3))
});
binding!(fs_fsync, fsync_imp, |cx, a| req::run(cx, Req::new(Op::Fsync(int_arg(cx, a.get(0))?), Out::Undefined), a.get(1)));
binding!(fs_fdatasync, fdatasync_imp, |cx, a| {
    req::run(cx, Req::new(Op::Fdatasync(int_arg(cx, a.get(0))?), Out::Undefined), a.get(1))
});

// readFile(pathOrFd, flags, cb) -> Buffer.
binding!(fs_read_file, read_file_imp, |cx, a| req::run(cx, read_file_req(cx, a.get(0), a.get(1))?, a.get(2)));

fn read_file_req(cx: Ctx, target: Arg, flags: Arg) -> JsResult<Box<Req>> {
    let flags = int_arg(cx, flags)?;
    if cx.is_number(&target) {
        let rf = req::ReadFile::new(Some(int_arg(cx, target)?), flags);
        return Ok(Req::new(Op::ReadFile(rf), Out::Bytes));
    }
    path_req(cx, Op::ReadFile(req::ReadFile::new(None, flags)), Out::Bytes, target)
}

// readFile's common forms, with no JS between the request and the caller:
// readFileCb(pathOrFd, flags, encoding, cb) calls cb(err) or cb(null, data);
// readFilePromise(pathOrFd, flags, encoding) returns a promise of the data.
// The data is decoded with buf.toString(encoding) when one is given.
binding!(fs_read_file_cb, read_file_cb_imp, |cx, a| {
    let r = read_file_req(cx, a.get(0), a.get(1))?.decoded(cx, a.get(2), 1);
    req::run(cx, r, a.get(3))
});
binding!(fs_read_file_promise, read_file_promise_imp, |cx, a| {
    let r = read_file_req(cx, a.get(0), a.get(1))?.decoded(cx, a.get(2), 2);
    req::run_promise(cx, r)
});
// readChunk(fd, length, position, cb): cb(err) or cb(null, buffer) with a new
// Buffer of the bytes read (empty at the end of the file), for file streams.
binding!(fs_read_chunk, read_chunk_imp, |cx, a| {
    let fd = int_arg(cx, a.get(0))?;
    let len = (f64_arg(cx, a.get(1))?.max(0.0) as usize).min(req::IO_MAX);
    let pos = pos_arg(cx, a.get(2))?;
    let r = Req::new(Op::Read { fd, len, pos }, Out::Chunk).decoded(cx, cx.undefined().as_arg(), 1);
    req::run(cx, r, a.get(3))
});
// nativeInFlight() -> [callbacks, promises] of the requests above still running.
binding!(fs_native_in_flight, native_in_flight_imp, |cx, _a| {
    let (c, p) = req::native_in_flight(cx);
    cx.array_of([cx.int(c as i32), cx.int(p as i32)])
});

// ----- errors for fs.js ---------------------------------------------------------------------

binding!(fs_err_invalid_arg_value, err_invalid_arg_value_imp, |cx, a| {
    let name = cx.to_string(&a.get(0))?;
    let reason = if cx.is_undefined(&a.get(2)) { "is invalid".to_string() } else { cx.to_string(&a.get(2))? };
    NodeError::invalid_arg_value(cx, &name, &a.get(1), &reason).to_js(cx)
});
binding!(fs_err_out_of_range, err_out_of_range_imp, |cx, a| {
    let name = cx.to_string(&a.get(0))?;
    let range = cx.to_string(&a.get(1))?;
    NodeError::out_of_range_value(cx, &name, &range, &a.get(2)).to_js(cx)
});
// uvException(errno, syscall, path, dest): for errors fs.js detects itself.
binding!(fs_uv_exception, uv_exception_imp, |cx, a| {
    let code = int_arg(cx, a.get(0))?;
    let syscall = cx.to_string(&a.get(1))?;
    let p = if cx.is_nullish(&a.get(2)) { None } else { Some(cx.to_string(&a.get(2))?) };
    let d = if cx.is_nullish(&a.get(3)) { None } else { Some(cx.to_string(&a.get(3))?) };
    req::uv_exception(cx, code, &syscall, p.as_deref().map(|s| s.as_bytes()), d.as_deref().map(|s| s.as_bytes()))
});

crate::js_fn!(fs_file_blob => file_blob);
/// `fs.openAsBlob`'s Blob: node:buffer's file-backed Blob over `path` (made
/// absolute now, as the file is read later) of `size` bytes last modified at
/// `mtimeNs`.
fn file_blob(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let path = path_arg(cx, args.get(0))?.to_string_lossy().into_owned();
    let absolute = match std::env::current_dir() {
        Ok(dir) if !path.starts_with('/') => dir.join(&path).to_string_lossy().into_owned(),
        _ => path,
    };
    let buffer = crate::registry::load_cjs(cx, "buffer")?;
    cx.get(&buffer, "Blob")?;
    let Some(make) = crate::modules::buffer::blob::helper(cx, 2)? else {
        return Err(cx.throw_internal("node:buffer's Blob helpers are missing"));
    };
    let abs = cx.string(&absolute)?;
    cx.call(&make, &cx.undefined(), &[abs.as_arg(), args.get(1), args.get(2), args.get(3)])
}
