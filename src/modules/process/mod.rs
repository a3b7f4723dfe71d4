//! A fallback `process` for hosts that have none (the reference host), and the
//! pieces of Node's job order every host needs: `process.nextTick` ticks run
//! before promise jobs, both drained after each macrotask by
//! `JSRT_NodeRunJobs`. A host with its own `process` (jsrt) registers it as a
//! host module and keeps it; `require('process')` then answers the host's.

mod lifecycle;
pub(crate) mod natives;
pub(crate) mod signals;
pub(crate) mod stdio;

pub use lifecycle::{before_exit, emit_exit, handle_rejection, handle_uncaught};

pub use stdio::write_all;


use crate::context;
use crate::engine::{Arg, Args, Ctx, JsResult, Prop, Value};
use crate::errors::NodeError;

const SLOT_PROCESS: &str = "process";
const SLOT_TICKS: &str = "process:ticks";
const SLOT_WARNED: &str = "process:warned";
const SLOT_BINDING: &str = "process:binding";
const PROCESS_JS: &str = crate::embedded_js!("process.js");

/// The Node release `process.version` names: Node 20, at the release whose
/// test suite (v20.11.1) the library is checked against.
pub const NODE_VERSION: &str = "20.11.1";

fn uv_version() -> String {
    // SAFETY: uv_version_string returns a static NUL-terminated string.
    let p = unsafe { libuv_sys2::uv_version_string() };
    if p.is_null() {
        return String::new();
    }
    // SAFETY: see above.
    unsafe { std::ffi::CStr::from_ptr(p) }.to_string_lossy().into_owned()
}

/// `require('process')`: the global `process` if there is one, else ours.
pub fn module(cx: Ctx) -> JsResult<Value> {
    let global = cx.global();
    let existing = cx.get(&global, "process")?;
    if cx.is_object(&existing) {
        return Ok(existing);
    }
    build(cx)
}

/// Our `process` object, built once per context.
pub fn build(cx: Ctx) -> JsResult<Value> {
    if let Some(p) = context::slot_get(cx, SLOT_PROCESS) {
        return Ok(p);
    }
    let p = cx.object()?;
    cx.set(&p, "title", cx.string("jsrt-node")?)?;
    cx.set(&p, "arch", cx.string(node_arch())?)?;
    cx.set(&p, "platform", cx.string(node_platform())?)?;
    cx.set(&p, "argv", cx.array()?)?;
    cx.set(&p, "execArgv", cx.array()?)?;
    let exe_path = std::env::current_exe().ok();
    let exe = exe_path.as_ref().map(|e| e.to_string_lossy().into_owned()).unwrap_or_default();
    let argv0 = exe_path
        .as_ref()
        .and_then(|e| e.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "jsrt-node".into());
    cx.set(&p, "argv0", cx.string(&argv0)?)?;
    cx.set(&p, "execPath", cx.string(&exe)?)?;
    cx.set(&p, "pid", cx.number(std::process::id() as f64))?;
    // SAFETY: getppid has no preconditions.
    cx.set(&p, "ppid", cx.number(unsafe { libc::getppid() } as f64))?;
    cx.set_fn(&p, "cwd", process_cwd, 0)?;
    cx.set_fn(&p, "chdir", process_chdir, 1)?;
    cx.set_fn(&p, "nextTick", process_next_tick, 1)?;
    cx.set_fn(&p, "emitWarning", process_emit_warning, 4)?;
    cx.set_fn(&p, "uptime", process_uptime, 0)?;
    let hr = cx.function(process_hrtime, "hrtime", 1)?;
    cx.set_fn(&hr, "bigint", process_hrtime_bigint, 0)?;
    cx.set(&p, "hrtime", hr)?;
    natives::install_direct(cx, &p)?;
    stdio::define_getters(cx, &p)?;
    make_event_emitter(cx, &p)?;
    let b = cx.object()?;
    cx.set(&b, "process", p.dup())?;
    natives::install_binding(cx, &b)?;
    cx.set_fn(&b, "invalidArgType", crate::errors::js_invalid_arg_type, 3)?;
    cx.set_fn(&b, "nodeError", crate::errors::js_node_error, 3)?;
    cx.set_fn(&b, "activeRequests", process_active_requests, 0)?;
    cx.set_fn(&b, "hostResources", process_host_resources, 0)?;
    cx.set_fn(&b, "constrainedMemory", process_constrained_memory, 0)?;
    cx.set_fn(&b, "availableMemory", process_available_memory, 0)?;
    cx.set_fn(&b, "runJobs", process_run_jobs, 0)?;
    cx.set_fn(&b, "signalStart", signals::js_signal_start, 2)?;
    cx.set_fn(&b, "loadBuiltin", process_load_builtin, 1)?;
    cx.set_fn(&b, "signalStop", signals::js_signal_stop, 1)?;
    let signals = crate::modules::os::constants::build(cx)?;
    cx.set(&b, "signals", cx.get(&signals, "signals")?)?;
    cx.set(&b, "nodeVersion", cx.string(NODE_VERSION)?)?;
    cx.set(&b, "uvVersion", cx.string(&uv_version())?)?;
    cx.set(&b, "crateVersion", cx.string(env!("CARGO_PKG_VERSION"))?)?;
    cx.set(&b, "engineName", cx.string(crate::engine::ENGINE_NAME)?)?;
    cx.call_script_factory(PROCESS_JS, "<jsrt-node:process>", &b)?;
    // Kept for the lifecycle functions (capture callback).
    context::slot_get_or_insert(cx, SLOT_BINDING, b);
    Ok(context::slot_get_or_insert(cx, SLOT_PROCESS, p))
}

/// Makes `p` an EventEmitter the way Node's process is one: its prototype is
/// a `process` object inheriting EventEmitter.prototype, and
/// `EventEmitter.call(process)` gives it `_events` and friends.
fn make_event_emitter(cx: Ctx, p: &Value) -> JsResult<()> {
    let ee = crate::modules::events::event_emitter(cx)?;
    let ee_proto = cx.get(&ee, "prototype")?;
    let proto = cx.object_with_proto(&ee_proto)?;
    let ctor = cx.function(process_ctor, "process", 0)?;
    cx.define(&ctor, "prototype", proto.dup(), Prop::HIDDEN)?;
    cx.define(&proto, "constructor", ctor, Prop::HIDDEN)?;
    cx.set_prototype(p, &proto)?;
    cx.call(&ee, p, &[])?;
    Ok(())
}

crate::js_fn!(process_ctor => process_ctor_imp);
fn process_ctor_imp(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    Ok(cx.undefined())
}

/// Sets `process.argv` (the host passes its own argv; Node's argv[0] is the
/// executable, argv[1] the script).
pub fn set_argv(cx: Ctx, argv: &[String]) -> JsResult<()> {
    let p = build(cx)?;
    let items = argv.iter().map(|a| cx.string(a)).collect::<JsResult<Vec<_>>>()?;
    cx.set(&p, "argv", cx.array_from(items)?)
}

/// Node's name for the CPU architecture (`process.arch`, `os.arch()`).
pub fn node_arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "x64",
        "aarch64" => "arm64",
        "x86" => "ia32",
        "powerpc64" => "ppc64",
        other => other,
    }
}

/// Node's name for the OS (`process.platform`, `os.platform()`).
pub fn node_platform() -> &'static str {
    match std::env::consts::OS {
        "macos" => "darwin",
        "windows" => "win32",
        other => other,
    }
}

crate::js_fn!(process_active_requests => active_requests);
fn active_requests(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    crate::modules::fs::active_requests(cx)
}

crate::js_fn!(process_host_resources => host_resources);
/// `[timers, immediates]` as the host counts them, or undefined when the
/// host registered no counter (JSRT_NodeSetResourceCounter).
fn host_resources(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    let Some(c) = crate::context::resource_counter(cx) else {
        return Ok(cx.undefined());
    };
    // SAFETY: the host registered this callback for this context and asked
    // to be called on its thread with its opaque pointer.
    let (timers, immediates) = unsafe { ((c.count)(c.opaque as *mut std::ffi::c_void, 0), (c.count)(c.opaque as *mut std::ffi::c_void, 1)) };
    cx.array_from(vec![cx.number(timers as f64), cx.number(immediates as f64)])
}

crate::js_fn!(process_constrained_memory => constrained_memory);
fn constrained_memory(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    // SAFETY: no preconditions (libuv >= 1.29).
    Ok(cx.number(unsafe { libuv_sys2::uv_get_constrained_memory() } as f64))
}

crate::js_fn!(process_available_memory => available_memory);
fn available_memory(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    // SAFETY: no preconditions (libuv >= 1.45).
    Ok(cx.number(unsafe { libuv_sys2::uv_get_available_memory() } as f64))
}

crate::js_fn!(process_run_jobs => run_jobs_js);
/// `process._tickCallback()`: the ticks and promise jobs queued so far.
fn run_jobs_js(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    run_jobs(cx)?;
    Ok(cx.undefined())
}

crate::js_fn!(process_load_builtin => load_builtin);
/// `getBuiltinModule(id)`'s lookup: the module for a built-in name (with the
/// registry's rules for `node:`-only names), else undefined.
fn load_builtin(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let id = cx.to_string(&args.get(0))?;
    if crate::registry::builtin_id(&id).is_none() {
        return Ok(cx.undefined());
    }
    crate::registry::load_cjs(cx, &id)
}

crate::js_fn!(process_cwd => cwd);
fn cwd(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    match std::env::current_dir() {
        Ok(p) => cx.string(&p.to_string_lossy()),
        Err(e) => Err(NodeError::new(crate::errors::ErrorKind::Error, "ENOENT", format!("process.cwd failed: {e}")).throw(cx)),
    }
}

crate::js_fn!(process_chdir => chdir);
fn chdir(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let dir = args.get(0);
    if !cx.is_string(&dir) {
        return Err(NodeError::invalid_arg_type(cx, "directory", &["string"], &dir).throw(cx));
    }
    let d = cx.to_string(&dir)?;
    if let Err(e) = std::env::set_current_dir(&d) {
        let from = std::env::current_dir().map(|p| p.display().to_string()).unwrap_or_default();
        let errno = e.raw_os_error().unwrap_or(libc::ENOENT);
        return Err(uv_exception(cx, errno, "chdir", &from, Some(&d)));
    }
    Ok(cx.undefined())
}

/// Node's UVException: `CODE: description, syscall path -> 'dest'` with
/// `errno` (negative), `code`, `syscall`, `path` and `dest`.
pub(crate) fn uv_exception(cx: Ctx, errno: i32, syscall: &str, path: &str, dest: Option<&str>) -> crate::engine::Thrown {
    let uv = -errno;
    let (code, desc) = natives::uv_text(uv);
    let mut msg = format!("{code}: {desc}, {syscall} '{path}'");
    if let Some(d) = dest {
        msg = format!("{code}: {desc}, {syscall} '{path}' -> '{d}'");
    }
    let made = (|| -> JsResult<Value> {
        let global = cx.global();
        let ctor = cx.get(&global, "Error")?;
        let e = cx.construct(&ctor, &[cx.string(&msg)?.as_arg()])?;
        cx.set(&e, "errno", cx.int(uv))?;
        cx.set(&e, "code", cx.string(&code)?)?;
        cx.set(&e, "syscall", cx.string(syscall)?)?;
        cx.set(&e, "path", cx.string(path)?)?;
        if let Some(d) = dest {
            cx.set(&e, "dest", cx.string(d)?)?;
        }
        crate::errors::head_stack(cx, &e)?;
        Ok(e)
    })();
    match made {
        Ok(e) => cx.throw(e),
        Err(t) => t,
    }
}

crate::js_fn!(process_uptime => uptime);
fn uptime(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    Ok(cx.number(start_instant().elapsed().as_secs_f64()))
}

fn start_instant() -> std::time::Instant {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    *START.get_or_init(std::time::Instant::now)
}

fn monotonic_ns() -> u128 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: ts is a valid out-pointer.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    ts.tv_sec as u128 * 1_000_000_000 + ts.tv_nsec as u128
}

crate::js_fn!(process_hrtime => hrtime);
fn hrtime(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let now = monotonic_ns();
    let (mut s, mut ns) = ((now / 1_000_000_000) as f64, (now % 1_000_000_000) as f64);
    let prev = args.get(0);
    if !cx.is_undefined(&prev) {
        if !cx.is_array(&prev) {
            return Err(NodeError::invalid_arg_type(cx, "time", &["Array"], &prev).throw(cx));
        }
        let ps = cx.to_f64(&cx.get_index(&prev, 0)?)?;
        let pn = cx.to_f64(&cx.get_index(&prev, 1)?)?;
        s -= ps;
        ns -= pn;
        if ns < 0.0 {
            s -= 1.0;
            ns += 1e9;
        }
    }
    cx.array_from(vec![cx.number(s), cx.number(ns)])
}

crate::js_fn!(process_hrtime_bigint => hrtime_bigint);
fn hrtime_bigint(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    let global = cx.global();
    let big = cx.get(&global, "BigInt")?;
    let s = cx.string(&monotonic_ns().to_string())?;
    cx.call(&big, &cx.undefined(), &[s.as_arg()])
}

// ----- nextTick and the job order -------------------------------------------------

fn tick_queue(cx: Ctx) -> JsResult<Value> {
    if let Some(q) = context::slot_get(cx, SLOT_TICKS) {
        return Ok(q);
    }
    let q = cx.array()?;
    Ok(context::slot_get_or_insert(cx, SLOT_TICKS, q))
}

crate::js_fn!(pub(crate) process_next_tick => next_tick);
fn next_tick(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let cb = args.get(0);
    if !cx.is_function(&cb) {
        return Err(NodeError::invalid_arg_type(cx, "callback", &["function"], &cb).throw(cx));
    }
    // Flat entries (callback, argument count, arguments...) appended to one
    // array: no array per tick.
    let q = tick_queue(cx)?;
    let mut at = cx.to_f64(&cx.get(&q, "length")?)? as u32;
    cx.set_index(&q, at, cx.dup(&cb))?;
    let extra = args.len().saturating_sub(1);
    cx.set_index(&q, at + 1, cx.int(extra as i32))?;
    at += 2;
    for a in args.iter().skip(1) {
        cx.set_index(&q, at, cx.dup(&a))?;
        at += 1;
    }
    // A host that only runs the engine's pending jobs (jsrt's timers and main
    // script do, and nothing more) still runs the ticks: at the latest, once
    // the jobs queued before them ran. JSRT_NodeRunJobs runs them before jobs.
    // One such job at a time (a flag on the queue), or two would keep
    // deferring to each other.
    if !cx.to_bool(&cx.get(&q, DRAIN_QUEUED)?)? {
        cx.set(&q, DRAIN_QUEUED, cx.bool(true))?;
        cx.enqueue_job(drain_ticks_job)?;
    }
    Ok(cx.undefined())
}

const DRAIN_QUEUED: &str = "drainQueued";

crate::js_job!(drain_ticks_job => drain_ticks);
fn drain_ticks(cx: Ctx) -> JsResult<()> {
    // Never re-creates the queue: the host may have freed the context's state
    // (JSRT_NodeContextFree) with this job still pending.
    let Some(q) = context::slot_get(cx, SLOT_TICKS) else {
        return Ok(());
    };
    if cx.is_job_pending() {
        // Node runs ticks once the microtask queue is empty: go behind the
        // jobs queued since (an async iterator's chain of reactions, say).
        return cx.enqueue_job(drain_ticks_job);
    }
    cx.set(&q, DRAIN_QUEUED, cx.bool(false))?;
    let r = run_ticks(cx, &q);
    if r.is_err() && ticks_pending(cx, &q)? {
        // The rest run after the failing tick's exception is reported.
        cx.set(&q, DRAIN_QUEUED, cx.bool(true))?;
        let _ = cx.enqueue_job(drain_ticks_job);
    }
    r
}

/// Runs queued ticks until the queue is empty (ticks may queue ticks).
/// The queue is read from `head` on (kept on the array, so a tick that fails
/// leaves the rest in place) and emptied when all ran: `shift` per tick was
/// quadratic when thousands queued up behind a chain of promise jobs.
fn run_ticks(cx: Ctx, q: &Value) -> JsResult<()> {
    // The common case, after every libuv callback: nothing queued. `head` is
    // 0 whenever the queue is empty (both are reset together below), so the
    // length alone tells.
    if queue_len(cx, q)? == 0.0 {
        return Ok(());
    }
    loop {
        let head_v = cx.get(q, TICK_HEAD)?;
        let mut head = cx.as_number(&head_v).unwrap_or(0.0) as u32;
        let len = cx.to_f64(&cx.get(q, "length")?)? as u32;
        if head >= len {
            cx.set(q, "length", cx.int(0))?;
            cx.set(q, TICK_HEAD, cx.int(0))?;
            return Ok(());
        }
        if head > 8192 && head * 2 > len {
            // Ticks that keep queueing ticks never let it empty: drop the
            // consumed front now and then.
            let splice = cx.get(q, "splice")?;
            cx.call(&splice, q, &[cx.int(0).as_arg(), cx.number(head as f64).as_arg()])?;
            head = 0;
        }
        let cb = cx.get_index(q, head)?;
        let n = cx.as_number(&cx.get_index(q, head + 1)?).unwrap_or(0.0) as u32;
        let mut rest = Vec::with_capacity(n as usize);
        for i in 0..n {
            rest.push(cx.get_index(q, head + 2 + i)?);
        }
        for i in 0..n + 2 {
            cx.set_index(q, head + i, cx.undefined())?;
        }
        cx.set(q, TICK_HEAD, cx.number((head + 2 + n) as f64))?;
        cx.call_values(&cb, &cx.undefined(), &rest)?;
    }
}

const TICK_HEAD: &str = "head";

fn ticks_pending(cx: Ctx, q: &Value) -> JsResult<bool> {
    let len = queue_len(cx, q)?;
    if len == 0.0 {
        return Ok(false);
    }
    let head = cx.as_number(&cx.get(q, TICK_HEAD)?).unwrap_or(0.0);
    Ok(len > head)
}

fn queue_len(cx: Ctx, q: &Value) -> JsResult<f64> {
    cx.to_f64(&cx.get(q, "length")?)
}

/// Runs queued ticks, then promise jobs, until both are empty (Node's
/// `processTicksAndRejections`). An exception from a tick or a job is returned
/// pending in the context.
pub fn run_jobs(cx: Ctx) -> JsResult<()> {
    loop {
        let q = tick_queue(cx)?;
        run_ticks(cx, &q)?;
        if !cx.run_pending_jobs() {
            return Err(crate::engine::Thrown);
        }
        if !ticks_pending(cx, &q)? {
            return Ok(());
        }
    }
}

// ----- warnings ---------------------------------------------------------------------

crate::js_fn!(process_emit_warning => emit_warning_js);
fn emit_warning_js(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let w = args.get(0);
    // emitWarning(warning[, type[, code]]) or emitWarning(warning, { type, code, detail }).
    let t = args.get(1);
    let opt_str = |v: Value| -> JsResult<Option<String>> {
        Ok(if cx.is_string(&v) { Some(cx.to_string(&v)?) } else { None })
    };
    let (mut kind, mut code, mut detail) = (None, None, None);
    if cx.is_object(&t) && !cx.is_function(&t) && !cx.is_array(&t) {
        kind = opt_str(cx.get(&t, "type")?)?;
        code = opt_str(cx.get(&t, "code")?)?;
        detail = opt_str(cx.get(&t, "detail")?)?;
    } else {
        if cx.is_string(&t) {
            kind = Some(cx.to_string(&t)?);
        } else if !cx.is_undefined(&t) && !cx.is_function(&t) {
            return Err(NodeError::invalid_arg_type(cx, "type", &["string"], &t).throw(cx));
        }
        let c = args.get(2);
        if cx.is_string(&c) {
            code = Some(cx.to_string(&c)?);
        } else if !cx.is_undefined(&c) && !cx.is_function(&c) {
            return Err(NodeError::invalid_arg_type(cx, "code", &["string"], &c).throw(cx));
        }
    }
    let (kind, msg) = if cx.is_error(&w) {
        if code.is_none() {
            code = opt_str(cx.get(&w, "code")?)?;
        }
        (cx.to_string(&cx.get(&w, "name")?)?, cx.to_string(&cx.get(&w, "message")?)?)
    } else if cx.is_string(&w) {
        (kind.unwrap_or_else(|| "Warning".into()), cx.to_string(&w)?)
    } else {
        return Err(NodeError::invalid_arg_type(cx, "warning", &["Error", "string"], &w).throw(cx));
    };
    let mut line = match &code {
        Some(c) => format!("[{c}] {kind}: {msg}"),
        None => format!("{kind}: {msg}"),
    };
    if let Some(d) = &detail {
        line.push('\n');
        line.push_str(d);
    }
    if kind == "DeprecationWarning" {
        // process.noDeprecation silences deprecations; throwDeprecation throws them.
        let p = build(cx)?;
        if cx.to_bool(&cx.get(&p, "noDeprecation")?)? {
            return Ok(cx.undefined());
        }
        if cx.to_bool(&cx.get(&p, "throwDeprecation")?)? {
            // Thrown on the next tick, as an uncaught exception (Node's order).
            let e = warning_error(cx, &w, &kind, &msg, code.as_deref(), detail.as_deref())?;
            let thrower = cx.function_with_data(throw_data, "throwDeprecation", 0, &[e.as_arg()])?;
            let tick = cx.get(&p, "nextTick")?;
            cx.call(&tick, &p, &[thrower.as_arg()])?;
            return Ok(cx.undefined());
        }
    }
    let e = warning_error(cx, &w, &kind, &msg, code.as_deref(), detail.as_deref())?;
    queue_warning(cx, &line, e)?;
    Ok(cx.undefined())
}

crate::js_fn_data!(throw_data [1] => throw_data_imp);
fn throw_data_imp(cx: Ctx, _this: Arg, _args: Args, data: Args) -> JsResult<Value> {
    Err(cx.throw(cx.dup(&data.get(0))))
}

/// The Error a warning is emitted as: `w` itself when it is one, else made
/// from the message, with `name` = type, `code` and `detail`.
fn warning_error(
    cx: Ctx,
    w: &impl crate::engine::JsRef,
    kind: &str,
    msg: &str,
    code: Option<&str>,
    detail: Option<&str>,
) -> JsResult<Value> {
    if cx.is_error(w) {
        return Ok(cx.dup(w));
    }
    let global = cx.global();
    let error = cx.get(&global, "Error")?;
    let e = cx.construct(&error, &[cx.string(msg)?.as_arg()])?;
    cx.set(&e, "name", cx.string(kind)?)?;
    if let Some(c) = code {
        cx.set(&e, "code", cx.string(c)?)?;
    }
    if let Some(d) = detail {
        cx.set(&e, "detail", cx.string(d)?)?;
    }
    Ok(e)
}

/// Node prints a warning and emits `'warning'` on process on the next tick
/// (its printer is the first 'warning' listener), with an Error object (made
/// from the message and type when a string was passed).
fn queue_warning(cx: Ctx, line: &str, warning: Value) -> JsResult<()> {
    let p = build(cx)?;
    let text = cx.string(&warning_text(line))?;
    let f = cx.function_with_data(warning_tick, "emitWarning", 0, &[text.as_arg(), warning.as_arg()])?;
    let tick = cx.get(&p, "nextTick")?;
    cx.call(&tick, &p, &[f.as_arg()])?;
    Ok(())
}

crate::js_fn_data!(warning_tick [2] => warning_tick_imp);
fn warning_tick_imp(cx: Ctx, _this: Arg, _args: Args, data: Args) -> JsResult<Value> {
    let text = cx.to_string(&data.get(0))?;
    crate::modules::console::error_line(cx, &text);
    let p = build(cx)?;
    let emit = cx.get(&p, "emit")?;
    if cx.is_function(&emit) {
        cx.call(&emit, &p, &[cx.string("warning")?.as_arg(), data.get(1)])?;
    }
    Ok(cx.undefined())
}

/// `(node:PID) <line>` like Node, with its one-time hint.
fn warning_text(line: &str) -> String {
    static FIRST: std::sync::Once = std::sync::Once::new();
    let mut text = format!("(node:{}) {line}", std::process::id());
    FIRST.call_once(|| {
        let flag = if line.contains("DeprecationWarning: ") { "--trace-deprecation" } else { "--trace-warnings" };
        text.push_str(&format!("\n(Use `node {flag} ...` to show where the warning was created)"));
    });
    text
}

/// Node's `emitExperimentalWarning(feature)`: once per feature per context.
pub fn emit_experimental_warning_once(cx: Ctx, feature: &str) -> JsResult<()> {
    let warned = match context::slot_get(cx, SLOT_WARNED) {
        Some(w) => w,
        None => {
            let o = cx.object()?;
            context::slot_get_or_insert(cx, SLOT_WARNED, o)
        }
    };
    let seen = cx.get(&warned, feature)?;
    if cx.to_bool(&seen)? {
        return Ok(());
    }
    cx.define(&warned, feature, cx.bool(true), Prop::PLAIN)?;
    let msg = format!("{feature} is an experimental feature and might change at any time");
    let e = warning_error(cx, &cx.undefined(), "ExperimentalWarning", &msg, None, None)?;
    queue_warning(cx, &format!("ExperimentalWarning: {msg}"), e)
}

/// Emits a DeprecationWarning `code` once per context, through the global
/// process's emitWarning (the host's or the library's; nothing when there is
/// none). A failure of a listener is dropped: the deprecated call goes on.
pub(crate) fn deprecate_once(cx: Ctx, message: &str, code: &str) {
    if deprecation_emitted(cx, code) {
        return;
    }
    let _ = crate::context::slot_get_or_insert(cx, &format!("deprecated:{code}"), cx.bool(true));
    let r = (|| -> JsResult<()> {
        let process = cx.get(&cx.global(), "process")?;
        if !cx.is_object(&process) {
            return Ok(());
        }
        let emit = cx.get(&process, "emitWarning")?;
        if cx.is_function(&emit) {
            let (msg, ty, code) = (cx.string(message)?, cx.string("DeprecationWarning")?, cx.string(code)?);
            cx.call(&emit, &process, &[msg.as_arg(), ty.as_arg(), code.as_arg()])?;
        }
        Ok(())
    })();
    if r.is_err() {
        drop(cx.take_exception());
    }
}

/// Whether [`deprecate_once`] has emitted `code` in this context.
pub(crate) fn deprecation_emitted(cx: Ctx, code: &str) -> bool {
    crate::context::slot_get(cx, &format!("deprecated:{code}")).is_some()
}
