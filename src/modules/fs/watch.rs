//! The libuv handles under `fs.watch` (uv_fs_event) and `fs.watchFile`
//! (uv_fs_poll) (docs/FS.md, "Watchers").
//!
//! A watcher is a boxed handle plus the JS function its events go to. fs.js
//! knows it by a number. Closing is libuv's two-step: `uv_close` now, the box
//! is freed in the close callback (libuv may still touch the handle until
//! then). Every box is listed in `LIVE` from start to close callback, so
//! `on_context_free` can find the watchers of a context — they drop their JS
//! function at once and are closed — and a box whose close callback a host
//! never runs (no loop turn after teardown) stays reachable instead of leaking.

use std::collections::HashMap;
use std::ffi::CString;
use std::os::raw::{c_char, c_int, c_uint};
use std::sync::Mutex;

use libuv_sys2 as uv;

use crate::context;
use crate::engine::{Arg, Args, Ctx, JsResult, Value};

enum Handle {
    Event(uv::uv_fs_event_t),
    Poll(uv::uv_fs_poll_t),
}

struct Watcher {
    handle: Handle,
    ctx: usize,
    id: u64,
    cb: Option<Value>,
    closing: bool,
}

impl Watcher {
    fn raw(&mut self) -> *mut uv::uv_handle_t {
        match &mut self.handle {
            Handle::Event(h) => h as *mut uv::uv_fs_event_t as *mut uv::uv_handle_t,
            Handle::Poll(h) => h as *mut uv::uv_fs_poll_t as *mut uv::uv_handle_t,
        }
    }
}

/// Live watchers: context pointer -> id -> box pointer (as usize).
struct Live(HashMap<usize, HashMap<u64, usize>>);
// SAFETY: the pointers are only dereferenced on the loop thread of their context.
unsafe impl Send for Live {}

static LIVE: Mutex<Option<Live>> = Mutex::new(None);
static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

fn with_live<R>(f: impl FnOnce(&mut HashMap<usize, HashMap<u64, usize>>) -> R) -> R {
    let mut g = LIVE.lock().unwrap_or_else(|p| p.into_inner());
    let l = g.get_or_insert_with(|| Live(HashMap::new()));
    f(&mut l.0)
}

fn lookup(cx: Ctx, id: u64) -> Option<*mut Watcher> {
    with_live(|m| m.get(&(cx.as_raw() as usize)).and_then(|s| s.get(&id)).map(|p| *p as *mut Watcher))
}

fn id_arg(cx: Ctx, v: Arg) -> JsResult<u64> {
    Ok(cx.to_f64(&v)?.max(0.0) as u64)
}

/// Starts a watcher; returns its id, or libuv's (negative) error code for fs.js
/// to turn into Node's `watch` error.
fn start(cx: Ctx, handle: Handle, cb: Arg, begin: impl FnOnce(*mut Watcher) -> c_int) -> JsResult<Value> {
    let lp = context::uv_loop(cx);
    if lp.is_null() {
        return Err(crate::errors::NodeError::new(
            crate::errors::ErrorKind::Error,
            "ERR_INVALID_STATE",
            "Invalid state: no libuv loop was handed to JSRT_NodeContextInit",
        )
        .throw(cx));
    }
    let id = NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let w = Box::into_raw(Box::new(Watcher { handle, ctx: cx.as_raw() as usize, id, cb: Some(cx.dup(&cb)), closing: false }));
    // SAFETY: w is a live box; libuv keeps the handle pointer until the close callback.
    let rc = unsafe {
        let rc = match &mut (*w).handle {
            Handle::Event(h) => uv::uv_fs_event_init(lp, h),
            Handle::Poll(h) => uv::uv_fs_poll_init(lp, h),
        };
        if rc < 0 {
            drop(Box::from_raw(w));
            return Ok(cx.int(rc));
        }
        (*(*w).raw()).data = w as *mut std::ffi::c_void;
        with_live(|m| m.entry(cx.as_raw() as usize).or_default().insert(id, w as usize));
        begin(w)
    };
    if rc < 0 {
        // The handle was initialised: it must still be closed through libuv.
        close_box(w);
        return Ok(cx.int(rc));
    }
    Ok(cx.number(id as f64))
}

/// Drops the JS function and starts closing; the close callback frees the box.
fn close_box(w: *mut Watcher) {
    // SAFETY: w is a live box listed in LIVE.
    unsafe {
        if (*w).closing {
            return;
        }
        (*w).closing = true;
        drop((*w).cb.take());
        // A host that walks its loop at teardown may have closed the handle
        // itself (with its own callback): closing twice is fatal in libuv,
        // and the box then stays listed (reachable) instead of being freed.
        if uv::uv_is_closing((*w).raw()) != 0 {
            return;
        }
        uv::uv_close((*w).raw(), Some(on_closed));
    }
}

unsafe extern "C" fn on_closed(h: *mut uv::uv_handle_t) {
    let w = (*h).data as *mut Watcher;
    if w.is_null() {
        return;
    }
    let (ctx, id) = ((*w).ctx, (*w).id);
    with_live(|m| {
        if let Some(s) = m.get_mut(&ctx) {
            s.remove(&id);
            if s.is_empty() {
                m.remove(&ctx);
            }
        }
    });
    drop(Box::from_raw(w));
}

/// Calls the watcher's function with `args`, then ticks and promise jobs, as
/// every completion does (DESIGN.md §7).
fn deliver(w: *mut Watcher, make: impl FnOnce(Ctx) -> JsResult<Vec<Value>>) {
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        // SAFETY: w is live until its close callback; its context is live while cb is set.
        let (cx, cb) = unsafe {
            if (*w).closing {
                return;
            }
            let Some(cb) = (*w).cb.as_ref() else { return };
            (Ctx::from_raw((*w).ctx as *mut _), cb.dup())
        };
        let outcome = make(cx).and_then(|args| {
            let argv: Vec<Arg> = args.iter().map(|v| v.as_arg()).collect();
            cx.call(&cb, &cx.undefined(), &argv)
        });
        drop(cb);
        if outcome.and_then(|_| crate::modules::process::run_jobs(cx)).is_err() {
            super::req::report_uncaught(cx);
        }
    }));
    if r.is_err() {
        eprintln!("jsrt-node: internal error in an fs watcher callback");
    }
}

unsafe extern "C" fn on_event(h: *mut uv::uv_fs_event_t, filename: *const c_char, events: c_int, status: c_int) {
    let w = (*h).data as *mut Watcher;
    let name = if filename.is_null() { None } else { Some(std::ffi::CStr::from_ptr(filename).to_bytes().to_vec()) };
    deliver(w, |cx| {
        // UV_RENAME is 1, UV_CHANGE 2; a rename wins when both are set, as in Node.
        let kind = if events & 1 != 0 { "rename" } else { "change" };
        let file = match &name {
            Some(b) => crate::modules::buffer::new_buffer_copy(cx, b)?,
            None => cx.null(),
        };
        Ok(vec![cx.int(status), cx.string(kind)?, file])
    });
}

unsafe extern "C" fn on_poll(h: *mut uv::uv_fs_poll_t, status: c_int, prev: *const uv::uv_stat_t, curr: *const uv::uv_stat_t) {
    let w = (*h).data as *mut Watcher;
    let (prev, curr) = (*prev, *curr);
    deliver(w, |cx| Ok(vec![cx.int(status), super::req::stat_array(cx, &curr)?, super::req::stat_array(cx, &prev)?]));
}

fn path_c(cx: Ctx, v: Arg) -> JsResult<CString> {
    super::path_arg(cx, v)
}

// watchStart(path, onEvent) -> id | -errno. onEvent(status, 'rename'|'change', Buffer|null).
crate::js_fn!(pub(crate) fs_watch_start => watch_start);
fn watch_start(cx: Ctx, _this: Arg, a: Args) -> JsResult<Value> {
    let p = path_c(cx, a.get(0))?;
    // SAFETY: zeroed memory is what uv_fs_event_init expects to initialise.
    let h = Handle::Event(unsafe { std::mem::zeroed() });
    start(cx, h, a.get(1), |w| unsafe {
        let Handle::Event(ev) = &mut (*w).handle else { return -22 };
        uv::uv_fs_event_start(ev, Some(on_event), p.as_ptr(), 0)
    })
}

// pollStart(path, intervalMs, onChange) -> id | -errno. onChange(status, currStats, prevStats).
crate::js_fn!(pub(crate) fs_poll_start => poll_start);
fn poll_start(cx: Ctx, _this: Arg, a: Args) -> JsResult<Value> {
    let p = path_c(cx, a.get(0))?;
    let ms = cx.to_f64(&a.get(1))?.clamp(0.0, u32::MAX as f64) as c_uint;
    // SAFETY: zeroed memory is what uv_fs_poll_init expects to initialise.
    let h = Handle::Poll(unsafe { std::mem::zeroed() });
    start(cx, h, a.get(2), |w| unsafe {
        let Handle::Poll(ph) = &mut (*w).handle else { return -22 };
        uv::uv_fs_poll_start(ph, Some(on_poll), p.as_ptr(), ms)
    })
}

// watcherClose(id): idempotent.
crate::js_fn!(pub(crate) fs_watcher_close => watcher_close);
fn watcher_close(cx: Ctx, _this: Arg, a: Args) -> JsResult<Value> {
    if let Some(w) = lookup(cx, id_arg(cx, a.get(0))?) {
        close_box(w);
    }
    Ok(cx.undefined())
}

// watcherRef(id, on): a watcher that is not ref'd does not keep the loop alive.
crate::js_fn!(pub(crate) fs_watcher_ref => watcher_ref);
fn watcher_ref(cx: Ctx, _this: Arg, a: Args) -> JsResult<Value> {
    let on = cx.to_bool(&a.get(1))?;
    if let Some(w) = lookup(cx, id_arg(cx, a.get(0))?) {
        // SAFETY: w is live; ref/unref of a closing handle is allowed by libuv.
        unsafe {
            if on {
                uv::uv_ref((*w).raw());
            } else {
                uv::uv_unref((*w).raw());
            }
        }
    }
    Ok(cx.undefined())
}

/// `JSRT_NodeContextFree`: the context's watchers let go of their JS functions
/// and are closed; their boxes stay listed in `LIVE` until the close callbacks.
pub fn close_all(cx: Ctx) {
    let ws: Vec<usize> = with_live(|m| m.get(&(cx.as_raw() as usize)).map(|s| s.values().copied().collect()).unwrap_or_default());
    for w in ws {
        close_box(w as *mut Watcher);
    }
}
