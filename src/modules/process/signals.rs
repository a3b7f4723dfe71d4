//! Signal events on `process`: the first listener for `'SIGINT'` (or any
//! signal name) starts a libuv signal watcher on the context's loop, the last
//! one removed stops it, as Node's process does. The watcher is unref'd: like
//! Node's, a signal listener alone does not keep the process running.
//!
//! Each watcher is a boxed `uv_signal_t` owned by a per-context table. The
//! callback runs on the loop thread and emits `process.emit(name, name)`,
//! then the tick and promise jobs, as an fs completion does. When the context
//! is freed every watcher is stopped and closed; its box is freed in the close
//! callback (libuv may still hold the handle until then) and never touches JS
//! again.

use std::collections::HashMap;
use std::os::raw::c_int;
use std::sync::Mutex;

use libuv_sys2 as uv;

use crate::context;
use crate::engine::{Arg, Args, Ctx, JsResult, Value};

struct Watcher {
    handle: uv::uv_signal_t,
    /// The context to emit on; null once the context is gone.
    ctx: *mut std::ffi::c_void,
    name: String,
}

struct Table(HashMap<usize, HashMap<c_int, usize>>);
// SAFETY: the boxes are only dereferenced on the loop thread of their context.
unsafe impl Send for Table {}

static WATCHERS: Mutex<Option<Table>> = Mutex::new(None);

fn with_table<R>(f: impl FnOnce(&mut HashMap<usize, HashMap<c_int, usize>>) -> R) -> R {
    let mut g = WATCHERS.lock().unwrap_or_else(|p| p.into_inner());
    f(&mut g.get_or_insert_with(|| Table(HashMap::new())).0)
}

crate::js_fn!(pub js_signal_start => signal_start);

/// `signalStart(signum, name)`: starts watching (once per signal and
/// context). A signal that cannot be caught throws Node's errnoException
/// (`uv_signal_start EINVAL`), so the listener is not added.
fn signal_start(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let signum = cx.to_i32(&args.get(0))?;
    let name = cx.to_string(&args.get(1))?;
    let key = cx.as_raw() as usize;
    if with_table(|t| t.get(&key).is_some_and(|m| m.contains_key(&signum))) {
        return Ok(cx.undefined());
    }
    let lp = context::uv_loop(cx);
    if lp.is_null() {
        // No loop handed over: nothing can deliver the signal.
        return Ok(cx.undefined());
    }
    let w = Box::into_raw(Box::new(Watcher {
        // SAFETY: a zeroed uv_signal_t is what uv_signal_init expects to fill.
        handle: unsafe { std::mem::zeroed() },
        ctx: cx.as_raw() as *mut std::ffi::c_void,
        name,
    }));
    // SAFETY: w is a live box; libuv keeps the handle pointer until on_closed.
    unsafe {
        let h = std::ptr::addr_of_mut!((*w).handle);
        let rc = uv::uv_signal_init(lp, h);
        if rc < 0 {
            drop(Box::from_raw(w));
            return Err(errno_exception(cx, rc, "uv_signal_init"));
        }
        (*h).data = w as *mut std::ffi::c_void;
        let rc = uv::uv_signal_start(h, Some(on_signal), signum);
        if rc < 0 {
            uv::uv_close(h as *mut uv::uv_handle_t, Some(on_closed));
            return Err(errno_exception(cx, rc, "uv_signal_start"));
        }
        uv::uv_unref(h as *mut uv::uv_handle_t);
    }
    with_table(|t| t.entry(key).or_default().insert(signum, w as usize));
    Ok(cx.undefined())
}

crate::js_fn!(pub js_signal_stop => signal_stop);

/// `signalStop(signum)`: the last listener went.
fn signal_stop(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let signum = cx.to_i32(&args.get(0))?;
    let key = cx.as_raw() as usize;
    if let Some(w) = with_table(|t| t.get_mut(&key).and_then(|m| m.remove(&signum))) {
        // SAFETY: the table held the live box.
        unsafe { close_watcher(w as *mut Watcher) };
    }
    Ok(cx.undefined())
}

/// `JSRT_NodeContextFree`: every watcher of `cx` stops and lets go.
pub fn on_context_free(cx: Ctx) {
    let key = cx.as_raw() as usize;
    let ws = with_table(|t| t.remove(&key)).unwrap_or_default();
    for (_, w) in ws {
        // SAFETY: the table held the live box.
        unsafe { close_watcher(w as *mut Watcher) };
    }
}

unsafe fn close_watcher(w: *mut Watcher) {
    (*w).ctx = std::ptr::null_mut();
    let h = std::ptr::addr_of_mut!((*w).handle);
    uv::uv_signal_stop(h);
    uv::uv_close(h as *mut uv::uv_handle_t, Some(on_closed));
}

unsafe extern "C" fn on_closed(h: *mut uv::uv_handle_t) {
    let w = (*h).data as *mut Watcher;
    if !w.is_null() {
        drop(Box::from_raw(w));
    }
}

unsafe extern "C" fn on_signal(h: *mut uv::uv_signal_t, _signum: c_int) {
    let w = (*h).data as *mut Watcher;
    if w.is_null() || (*w).ctx.is_null() {
        return;
    }
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let cx = Ctx::from_raw((*w).ctx as *mut _);
        let name = (*w).name.clone();
        let outcome = (|| -> JsResult<()> {
            let process = super::build(cx)?;
            let emit = cx.get(&process, "emit")?;
            let n = cx.string(&name)?;
            cx.call(&emit, &process, &[n.as_arg(), n.as_arg()])?;
            super::run_jobs(cx)
        })();
        if outcome.is_err() {
            crate::modules::fs::req::report_uncaught(cx);
        }
    }));
    if r.is_err() {
        eprintln!("jsrt-node: internal error in a signal callback");
    }
}

/// Node's errnoException: `Error: <syscall> <CODE>` with `errno`, `code`, `syscall`.
fn errno_exception(cx: Ctx, rc: c_int, syscall: &str) -> crate::engine::Thrown {
    let made = (|| -> JsResult<Value> {
        // SAFETY: uv_err_name returns a static string for any code.
        let code = unsafe { std::ffi::CStr::from_ptr(uv::uv_err_name(rc)) }.to_string_lossy().into_owned();
        let global = cx.global();
        let ctor = cx.get(&global, "Error")?;
        let msg = cx.string(&format!("{syscall} {code}"))?;
        let e = cx.construct(&ctor, &[msg.as_arg()])?;
        cx.set(&e, "errno", cx.int(rc))?;
        cx.set(&e, "code", cx.string(&code)?)?;
        cx.set(&e, "syscall", cx.string(syscall)?)?;
        crate::errors::head_stack(cx, &e)?;
        Ok(e)
    })();
    match made {
        Ok(e) => cx.throw(e),
        Err(t) => t,
    }
}
