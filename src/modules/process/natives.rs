//! Natives of the fallback `process`: the environment, ids, resource figures,
//! signals and the way out. process.js wraps the ones that validate input.

use std::io::Write;

use crate::engine::{Arg, Args, Ctx, JsResult, Value};

/// Functions set directly on `process` (no validation needed beyond Node's).
pub fn install_direct(cx: Ctx, p: &Value) -> JsResult<()> {
    cx.set_fn(p, "getuid", process_getuid, 0)?;
    cx.set_fn(p, "geteuid", process_geteuid, 0)?;
    cx.set_fn(p, "getgid", process_getgid, 0)?;
    cx.set_fn(p, "getegid", process_getegid, 0)?;
    cx.set_fn(p, "getgroups", process_getgroups, 0)?;
    cx.set_fn(p, "resourceUsage", process_resource_usage, 0)?;
    Ok(())
}

/// The natives process.js receives in its binding object.
pub fn install_binding(cx: Ctx, b: &Value) -> JsResult<()> {
    cx.set_fn(b, "envGet", env_get, 1)?;
    cx.set_fn(b, "envSet", env_set, 2)?;
    cx.set_fn(b, "envDelete", env_delete, 1)?;
    cx.set_fn(b, "envKeys", env_keys, 0)?;
    cx.set_fn(b, "reallyExit", really_exit, 1)?;
    cx.set_fn(b, "abort", abort, 0)?;
    cx.set_fn(b, "kill", kill, 2)?;
    cx.set_fn(b, "umask", umask, 1)?;
    cx.set_fn(b, "cpuTimes", cpu_times, 0)?;
    cx.set_fn(b, "memoryUsage", memory_usage, 0)?;
    cx.set_fn(b, "rss", rss, 0)?;
    cx.set_fn(b, "errName", err_name, 1)?;
    cx.set_fn(b, "strError", str_error, 1)?;
    cx.set_fn(b, "received", received, 1)?;
    cx.set_fn(b, "rawDebug", raw_debug, 1)?;
    cx.set_fn(b, "setCred", set_cred, 2)?;
    cx.set_fn(b, "setGroups", set_groups, 1)?;
    cx.set_fn(b, "initGroups", init_groups, 2)?;
    Ok(())
}

// ----- environment ----------------------------------------------------------------
//
// Keys and values go through the C environment (getenv/setenv/unsetenv via
// std::env), so libuv (os.homedir, os.tmpdir) and child code see the changes.

fn env_key(cx: Ctx, v: &impl crate::engine::JsRef) -> JsResult<Option<String>> {
    let k = cx.to_string(v)?;
    // The C environment cannot hold these names; Node's setenv would fail too.
    if k.is_empty() || k.contains('=') || k.contains('\0') {
        return Ok(None);
    }
    Ok(Some(k))
}

crate::js_fn!(env_get => env_get_imp);
fn env_get_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let Some(k) = env_key(cx, &args.get(0))? else { return Ok(cx.undefined()) };
    match std::env::var_os(&k) {
        Some(v) => cx.string(&v.to_string_lossy()),
        None => Ok(cx.undefined()),
    }
}

crate::js_fn!(env_set => env_set_imp);
fn env_set_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let Some(k) = env_key(cx, &args.get(0))? else { return Ok(cx.undefined()) };
    let v = cx.to_string(&args.get(1))?.replace('\0', "");
    std::env::set_var(k, v);
    Ok(cx.undefined())
}

crate::js_fn!(env_delete => env_delete_imp);
fn env_delete_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    if let Some(k) = env_key(cx, &args.get(0))? {
        std::env::remove_var(k);
    }
    Ok(cx.undefined())
}

crate::js_fn!(env_keys => env_keys_imp);
fn env_keys_imp(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    let keys = std::env::vars_os().map(|(k, _)| cx.string(&k.to_string_lossy())).collect::<JsResult<Vec<_>>>()?;
    cx.array_from(keys)
}

// ----- ids ------------------------------------------------------------------------

macro_rules! id_fn {
    ($c:ident, $imp:ident, $call:ident) => {
        crate::js_fn!($c => $imp);
        fn $imp(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
            // SAFETY: the id getters have no preconditions.
            Ok(cx.number(unsafe { libc::$call() } as f64))
        }
    };
}
id_fn!(process_getuid, getuid_imp, getuid);
id_fn!(process_geteuid, geteuid_imp, geteuid);
id_fn!(process_getgid, getgid_imp, getgid);
id_fn!(process_getegid, getegid_imp, getegid);

crate::js_fn!(process_getgroups => getgroups_imp);
fn getgroups_imp(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    // SAFETY: a zero-size call only counts; the second fills at most `n` entries.
    let n = unsafe { libc::getgroups(0, std::ptr::null_mut()) };
    let mut groups = vec![0 as libc::gid_t; n.max(0) as usize];
    let got = if n > 0 { unsafe { libc::getgroups(n, groups.as_mut_ptr()) } } else { 0 };
    groups.truncate(got.max(0) as usize);
    // Node also lists the effective gid when getgroups leaves it out.
    // SAFETY: no preconditions.
    let egid = unsafe { libc::getegid() };
    if !groups.contains(&egid) {
        groups.push(egid);
    }
    cx.array_from(groups.into_iter().map(|g| cx.number(g as f64)).collect())
}

// ----- resources --------------------------------------------------------------------

fn rusage() -> libc::rusage {
    // SAFETY: rusage is plain data; getrusage fills it.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut ru) };
    ru
}

fn micros(tv: libc::timeval) -> f64 {
    tv.tv_sec as f64 * 1e6 + tv.tv_usec as f64
}

crate::js_fn!(cpu_times => cpu_times_imp);
fn cpu_times_imp(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    let ru = rusage();
    cx.array_from(vec![cx.number(micros(ru.ru_utime)), cx.number(micros(ru.ru_stime))])
}

crate::js_fn!(process_resource_usage => resource_usage_imp);
fn resource_usage_imp(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    let ru = rusage();
    let o = cx.object()?;
    let fields: [(&str, f64); 16] = [
        ("userCPUTime", micros(ru.ru_utime)),
        ("systemCPUTime", micros(ru.ru_stime)),
        ("maxRSS", ru.ru_maxrss as f64),
        ("sharedMemorySize", ru.ru_ixrss as f64),
        ("unsharedDataSize", ru.ru_idrss as f64),
        ("unsharedStackSize", ru.ru_isrss as f64),
        ("minorPageFault", ru.ru_minflt as f64),
        ("majorPageFault", ru.ru_majflt as f64),
        ("swappedOut", ru.ru_nswap as f64),
        ("fsRead", ru.ru_inblock as f64),
        ("fsWrite", ru.ru_oublock as f64),
        ("ipcSent", ru.ru_msgsnd as f64),
        ("ipcReceived", ru.ru_msgrcv as f64),
        ("signalsCount", ru.ru_nsignals as f64),
        ("voluntaryContextSwitches", ru.ru_nvcsw as f64),
        ("involuntaryContextSwitches", ru.ru_nivcsw as f64),
    ];
    for (k, v) in fields {
        cx.set(&o, k, cx.number(v))?;
    }
    Ok(o)
}

fn rss_bytes() -> f64 {
    // SAFETY: sysconf has no preconditions.
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) }.max(1) as f64;
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1).and_then(|v| v.parse::<f64>().ok()))
        .map(|pages| pages * page)
        .unwrap_or_else(|| rusage().ru_maxrss as f64 * 1024.0)
}

crate::js_fn!(rss => rss_imp);
fn rss_imp(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    Ok(cx.number(rss_bytes()))
}

/// (total, used) bytes of the C heap the engine allocates from; QuickJS has no
/// separate heap to report the way V8 does.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn malloc_heap() -> (f64, f64) {
    // SAFETY: mallinfo2 has no preconditions (glibc >= 2.33).
    let mi = unsafe { libc::mallinfo2() };
    ((mi.arena + mi.hblkhd) as f64, (mi.uordblks + mi.hblkhd) as f64)
}
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn malloc_heap() -> (f64, f64) {
    (rss_bytes(), rss_bytes())
}

crate::js_fn!(memory_usage => memory_usage_imp);
fn memory_usage_imp(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    let heap = malloc_heap();
    let o = cx.object()?;
    cx.set(&o, "rss", cx.number(rss_bytes()))?;
    cx.set(&o, "heapTotal", cx.number(heap.0))?;
    cx.set(&o, "heapUsed", cx.number(heap.1))?;
    cx.set(&o, "external", cx.number(0.0))?;
    cx.set(&o, "arrayBuffers", cx.number(0.0))?;
    Ok(o)
}

// ----- signals and exit ---------------------------------------------------------------

crate::js_fn!(kill => kill_imp);
fn kill_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let pid = cx.to_i32(&args.get(0))?;
    let sig = cx.to_i32(&args.get(1))?;
    // SAFETY: kill has no memory preconditions.
    let rc = unsafe { libc::kill(pid, sig) };
    let err = if rc == 0 { 0 } else { -std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EINVAL) };
    Ok(cx.int(err))
}

crate::js_fn!(umask => umask_imp);
fn umask_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let want = cx.to_i32(&args.get(0))?;
    // SAFETY: umask has no preconditions; reading it means setting it back.
    let old = unsafe {
        if want < 0 {
            let old = libc::umask(0);
            libc::umask(old);
            old
        } else {
            libc::umask(want as libc::mode_t)
        }
    };
    Ok(cx.number(old as f64))
}

/// libuv's name and description of an error code (`("ENOENT", "no such file
/// or directory")`); both calls accept any code.
pub(super) fn uv_text(code: i32) -> (String, String) {
    let text = |p: *const std::os::raw::c_char| {
        if p.is_null() {
            String::new()
        } else {
            // SAFETY: libuv returns NUL-terminated strings.
            unsafe { std::ffi::CStr::from_ptr(p) }.to_string_lossy().into_owned()
        }
    };
    // SAFETY: uv_err_name/uv_strerror accept any code.
    unsafe { (text(libuv_sys2::uv_err_name(code)), text(libuv_sys2::uv_strerror(code))) }
}

crate::js_fn!(err_name => err_name_imp);
fn err_name_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    cx.string(&uv_text(cx.to_i32(&args.get(0))?).0)
}

crate::js_fn!(str_error => str_error_imp);
/// The C library's capitalised text ("Operation not permitted"), which Node's
/// errno exceptions print; libuv's own texts are lower-case.
fn str_error_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let s = uv_text(cx.to_i32(&args.get(0))?).1;
    let mut chars = s.chars();
    let shown = match chars.next() {
        Some(c) => c.to_uppercase().collect::<String>() + chars.as_str(),
        None => s,
    };
    cx.string(&shown)
}

crate::js_fn!(pub(crate) received => received_imp);
fn received_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    cx.string(&crate::errors::out_of_range_received(cx, &args.get(0)))
}

crate::js_fn!(raw_debug => raw_debug_imp);
fn raw_debug_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let s = cx.to_str(&args.get(0))?;
    let mut line = s.as_bytes().to_vec();
    line.push(b'\n');
    super::write_all(2, &line);
    Ok(cx.undefined())
}

crate::js_fn!(really_exit => really_exit_imp);
fn really_exit_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let code = cx.to_i32(&args.get(0))?;
    let _ = std::io::stdout().flush();
    // A terminal stdin left in raw mode (setRawMode) is restored, as Node does.
    // SAFETY: uv_tty_reset_mode is safe to call at any time; exit ends the
    // process and flushes the host's C stdio.
    unsafe {
        libuv_sys2::uv_tty_reset_mode();
        libc::exit(code)
    }
}

crate::js_fn!(abort => abort_imp);
fn abort_imp(_cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    let _ = std::io::stdout().flush();
    std::process::abort()
}

// ----- credentials --------------------------------------------------------------------

/// A user (`group == false`) or group id from a number or a name; None when
/// the name is unknown.
fn cred_id(cx: Ctx, v: &impl crate::engine::JsRef, group: bool) -> JsResult<Option<u32>> {
    if let Some(n) = cx.as_number(v) {
        // (uid_t)-1 means "no change" to the set*id calls: no such id.
        return Ok(if n as u32 == u32::MAX { None } else { Some(n as u32) });
    }
    let name = cx.to_string(v)?;
    let Ok(c) = std::ffi::CString::new(name) else { return Ok(None) };
    // SAFETY: getpwnam/getgrnam return NULL or a pointer to static storage,
    // read at once on the thread that runs JS.
    unsafe {
        if group {
            let g = libc::getgrnam(c.as_ptr());
            Ok(if g.is_null() { None } else { Some((*g).gr_gid) })
        } else {
            let u = libc::getpwnam(c.as_ptr());
            Ok(if u.is_null() { None } else { Some((*u).pw_uid) })
        }
    }
}

fn last_errno() -> i32 {
    -std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EPERM)
}

crate::js_fn!(set_cred => set_cred_imp);
/// `setCred(kind, id)`: 0, 1 for an unknown name, or a negative errno.
fn set_cred_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let kind = cx.to_string(&args.get(0))?;
    let group = kind.ends_with("gid");
    let Some(id) = cred_id(cx, &args.get(1), group)? else { return Ok(cx.int(1)) };
    // SAFETY: the set*id calls have no memory preconditions.
    let rc = unsafe {
        match kind.as_str() {
            "uid" => libc::setuid(id),
            "euid" => libc::seteuid(id),
            "gid" => libc::setgid(id),
            _ => libc::setegid(id),
        }
    };
    Ok(cx.int(if rc == 0 { 0 } else { last_errno() }))
}

crate::js_fn!(set_groups => set_groups_imp);
/// `setGroups(list)`: 0, the 1-based index of an unknown group name, or a
/// negative errno (as a string-free result for process.js to raise).
fn set_groups_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let list = args.get(0);
    let n = cx.to_f64(&cx.get(&list, "length")?)? as u32;
    let mut ids = Vec::with_capacity(n as usize);
    for i in 0..n {
        match cred_id(cx, &cx.get_index(&list, i)?, true)? {
            Some(g) => ids.push(g as libc::gid_t),
            None => return Ok(cx.number((i + 1) as f64)),
        }
    }
    // SAFETY: ids holds ids.len() entries.
    let rc = unsafe { libc::setgroups(ids.len() as _, ids.as_ptr()) };
    Ok(cx.int(if rc == 0 { 0 } else { last_errno() }))
}

crate::js_fn!(init_groups => init_groups_imp);
/// `initGroups(user, extraGroup)`: 0, 1 unknown user, 2 unknown group, or a
/// negative errno.
fn init_groups_imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let Some(gid) = cred_id(cx, &args.get(1), true)? else { return Ok(cx.int(2)) };
    let user = args.get(0);
    let name = if let Some(n) = cx.as_number(&user) {
        // SAFETY: getpwuid returns NULL or static storage, read at once.
        let pw = unsafe { libc::getpwuid(n as u32) };
        if pw.is_null() {
            return Ok(cx.int(1));
        }
        // SAFETY: pw_name is a NUL-terminated string.
        unsafe { std::ffi::CStr::from_ptr((*pw).pw_name) }.to_owned()
    } else {
        let s = cx.to_string(&user)?;
        let Ok(c) = std::ffi::CString::new(s) else { return Ok(cx.int(1)) };
        // SAFETY: as above.
        if unsafe { libc::getpwnam(c.as_ptr()) }.is_null() {
            return Ok(cx.int(1));
        }
        c
    };
    // SAFETY: name is NUL-terminated.
    let rc = unsafe { libc::initgroups(name.as_ptr(), gid as _) };
    Ok(cx.int(if rc == 0 { 0 } else { last_errno() }))
}
