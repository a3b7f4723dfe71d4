//! `node:os`. Every value comes from the system at call time through the same
//! libuv calls Node's C++ binding makes (uv_os_uname, uv_cpu_info — which
//! reads /proc/cpuinfo and /proc/stat —, uv_interface_addresses, ...), so
//! values, units and error texts (`uv_os_getpriority returned ESRCH (no such
//! process)`) are Node's. The constants' values come from libc; only their
//! names and Node's key order are written here.

pub(crate) mod constants;

use std::ffi::CStr;
use std::os::raw::{c_char, c_int};

use libuv_sys2 as uv;

use crate::engine::{Arg, Args, Ctx, JsRef, JsResult, Prop, Value};
use crate::errors::NodeError;

/// `require('os')`, keys in Node 20's order.
pub fn init(cx: Ctx) -> JsResult<Value> {
    let os = cx.object()?;
    let to_primitive = symbol_to_primitive(cx)?;
    // (key, function name as Node's has it, C function, length, has Symbol.toPrimitive)
    let fns: &[(&str, &str, crate::engine::RawCFn, i32, bool)] = &[
        ("arch", "arch", os_arch, 0, true),
        ("availableParallelism", "getAvailableParallelism", os_available_parallelism, 0, true),
        ("cpus", "cpus", os_cpus, 0, false),
        ("endianness", "endianness", os_endianness, 0, true),
        ("freemem", "getFreeMem", os_freemem, 0, true),
        ("getPriority", "getPriority", os_get_priority, 1, false),
        ("homedir", "wrappedFn", os_homedir, 0, true),
        ("hostname", "wrappedFn", os_hostname, 0, true),
        ("loadavg", "loadavg", os_loadavg, 0, false),
        ("networkInterfaces", "networkInterfaces", os_network_interfaces, 0, false),
        ("platform", "platform", os_platform, 0, true),
        ("release", "getOSRelease", os_release, 0, true),
        ("setPriority", "setPriority", os_set_priority, 2, false),
        ("tmpdir", "tmpdir", os_tmpdir, 0, true),
        ("totalmem", "getTotalMem", os_totalmem, 0, true),
        ("type", "getOSType", os_type, 0, true),
        ("userInfo", "userInfo", os_user_info, 1, false),
        ("uptime", "wrappedFn", os_uptime, 0, true),
        ("version", "getOSVersion", os_version, 0, true),
        ("machine", "getMachine", os_machine, 0, true),
    ];
    for (key, name, f, len, prim) in fns {
        let func = cx.function(*f, name, *len)?;
        if *prim {
            // `${os.hostname}` is the host name: the same native function,
            // which ignores the hint argument, as Symbol.toPrimitive.
            let p = cx.function(*f, "", 0)?;
            cx.set_key(&func, &cx.key_from_value(&to_primitive)?, p)?;
        }
        cx.set(&os, key, func)?;
    }
    cx.define(&os, "constants", constants::build(cx)?, Prop::CONST_ENUM)?;
    let eol = if cfg!(windows) { "\r\n" } else { "\n" };
    cx.define_key(&os, &cx.key("EOL"), cx.string(eol)?, false, true, true)?;
    let dev_null = if cfg!(windows) { "\\\\.\\nul" } else { "/dev/null" };
    cx.define_key(&os, &cx.key("devNull"), cx.string(dev_null)?, false, true, true)?;
    Ok(os)
}

fn symbol_to_primitive(cx: Ctx) -> JsResult<Value> {
    let global = cx.global();
    let symbol = cx.get(&global, "Symbol")?;
    cx.get(&symbol, "toPrimitive")
}

// ----- errors --------------------------------------------------------------------------

fn uv_str(p: *const c_char) -> String {
    if p.is_null() {
        return String::new();
    }
    // SAFETY: libuv returns static NUL-terminated strings.
    unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
}

/// Node's `ERR_SYSTEM_ERROR` (a `SystemError`) for libuv error `err` from `syscall`:
/// `A system error occurred: <syscall> returned <CODE> (<message>)`, with
/// `code`, `info` ({errno, code, message, syscall}), `errno` and `syscall`.
pub fn system_error(cx: Ctx, syscall: &str, err: c_int) -> crate::engine::Thrown {
    match make_system_error(cx, syscall, err) {
        Ok(e) => cx.throw(e),
        Err(t) => t,
    }
}

/// A `SystemError` with another Node code and lead text (`<lead>: <syscall>
/// returned <CODE> (<message>)`), e.g. `ERR_TTY_INIT_FAILED`.
pub fn coded_system_error(cx: Ctx, node_code: &'static str, lead: &str, syscall: &str, err: c_int) -> crate::engine::Thrown {
    match make_coded_system_error(cx, node_code, lead, syscall, err) {
        Ok(e) => cx.throw(e),
        Err(t) => t,
    }
}

fn make_system_error(cx: Ctx, syscall: &str, err: c_int) -> JsResult<Value> {
    make_coded_system_error(cx, "ERR_SYSTEM_ERROR", "A system error occurred", syscall, err)
}

fn make_coded_system_error(cx: Ctx, node_code: &'static str, lead: &str, syscall: &str, err: c_int) -> JsResult<Value> {
    // SAFETY: uv_err_name/uv_strerror accept any code and return static strings.
    let (code, message) = unsafe { (uv_str(uv::uv_err_name(err)), uv_str(uv::uv_strerror(err))) };
    let text = format!("{lead}: {syscall} returned {code} ({message})");
    let e = NodeError::new(crate::errors::ErrorKind::Error, node_code, text).to_js(cx)?;
    cx.define(&e, "name", cx.string("SystemError")?, Prop::HIDDEN)?;
    let info = cx.object()?;
    cx.set(&info, "errno", cx.int(err))?;
    cx.set(&info, "code", cx.string(&code)?)?;
    cx.set(&info, "message", cx.string(&message)?)?;
    cx.set(&info, "syscall", cx.string(syscall)?)?;
    cx.define_key(&e, &cx.key("info"), info, false, true, true)?;
    cx.set(&e, "errno", cx.int(err))?;
    cx.set(&e, "syscall", cx.string(syscall)?)?;
    Ok(e)
}

/// Reads a string a libuv call writes into a caller buffer (`fn(buf, &mut len)`),
/// growing the buffer on UV_ENOBUFS.
fn uv_buffer_string(f: unsafe extern "C" fn(*mut c_char, *mut usize) -> c_int) -> Result<Vec<u8>, c_int> {
    let mut cap = 256usize;
    loop {
        let mut buf = vec![0u8; cap];
        let mut len = cap;
        // SAFETY: buf has len writable bytes; libuv writes at most len and sets len.
        let rc = unsafe { f(buf.as_mut_ptr() as *mut c_char, &mut len) };
        if rc == uv::uv_errno_t_UV_ENOBUFS && len > cap {
            cap = len;
            continue;
        }
        if rc != 0 {
            return Err(rc);
        }
        buf.truncate(len);
        return Ok(buf);
    }
}

// ----- the functions ----------------------------------------------------------------------

crate::js_fn!(os_arch => arch);
fn arch(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    cx.string(crate::modules::process::node_arch())
}

crate::js_fn!(os_platform => platform);
fn platform(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    cx.string(crate::modules::process::node_platform())
}

crate::js_fn!(os_available_parallelism => available_parallelism);
fn available_parallelism(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    // SAFETY: no preconditions.
    Ok(cx.number(unsafe { uv::uv_available_parallelism() } as f64))
}

crate::js_fn!(os_cpus => cpus);
fn cpus(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    let mut infos: *mut uv::uv_cpu_info_t = std::ptr::null_mut();
    let mut count: c_int = 0;
    // SAFETY: out-pointers are valid; freed below with uv_free_cpu_info.
    let rc = unsafe { uv::uv_cpu_info(&mut infos, &mut count) };
    let out = cx.array()?;
    if rc != 0 || infos.is_null() {
        // Node returns [] when the information is unavailable.
        return Ok(out);
    }
    let result = (|| -> JsResult<()> {
        for i in 0..count.max(0) as usize {
            // SAFETY: i < count entries filled in by libuv.
            let ci = unsafe { &*infos.add(i) };
            let cpu = cx.object()?;
            cx.set(&cpu, "model", cx.string(&uv_str(ci.model))?)?;
            cx.set(&cpu, "speed", cx.number(ci.speed as f64))?;
            let times = cx.object()?;
            let t = &ci.cpu_times;
            for (k, v) in [("user", t.user), ("nice", t.nice), ("sys", t.sys), ("idle", t.idle), ("irq", t.irq)] {
                cx.set(&times, k, cx.number(v as f64))?;
            }
            cx.set(&cpu, "times", times)?;
            cx.set_index(&out, i as u32, cpu)?;
        }
        Ok(())
    })();
    // SAFETY: frees what uv_cpu_info allocated, once.
    unsafe { uv::uv_free_cpu_info(infos, count) };
    result.map(|_| out)
}

crate::js_fn!(os_endianness => endianness);
fn endianness(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    cx.string(if cfg!(target_endian = "big") { "BE" } else { "LE" })
}

crate::js_fn!(os_freemem => freemem);
fn freemem(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    // SAFETY: no preconditions.
    Ok(cx.number(unsafe { uv::uv_get_free_memory() } as f64))
}

crate::js_fn!(os_totalmem => totalmem);
fn totalmem(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    // SAFETY: no preconditions.
    Ok(cx.number(unsafe { uv::uv_get_total_memory() } as f64))
}

crate::js_fn!(os_homedir => homedir);
fn homedir(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    match uv_buffer_string(uv::uv_os_homedir) {
        Ok(b) => cx.string_wtf8(&b),
        Err(rc) => Err(system_error(cx, "uv_os_homedir", rc)),
    }
}

crate::js_fn!(os_hostname => hostname);
fn hostname(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    match uv_buffer_string(uv::uv_os_gethostname) {
        Ok(b) => cx.string_wtf8(&b),
        Err(rc) => Err(system_error(cx, "uv_os_gethostname", rc)),
    }
}

crate::js_fn!(os_loadavg => loadavg);
fn loadavg(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    let mut avg = [0f64; 3];
    // SAFETY: avg has room for the three values.
    unsafe { uv::uv_loadavg(avg.as_mut_ptr()) };
    cx.array_from(avg.iter().map(|v| cx.number(*v)).collect())
}

crate::js_fn!(os_uptime => uptime);
fn uptime(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    let mut up = 0f64;
    // SAFETY: valid out-pointer.
    let rc = unsafe { uv::uv_uptime(&mut up) };
    if rc != 0 {
        return Err(system_error(cx, "uv_uptime", rc));
    }
    Ok(cx.number(up))
}

/// The four strings of uv_os_uname: sysname, version, release, machine.
fn uname(cx: Ctx) -> JsResult<[String; 4]> {
    // SAFETY: a zeroed utsname is a valid out-buffer.
    let mut u: uv::uv_utsname_t = unsafe { std::mem::zeroed() };
    // SAFETY: valid out-pointer.
    let rc = unsafe { uv::uv_os_uname(&mut u) };
    if rc != 0 {
        return Err(system_error(cx, "uv_os_uname", rc));
    }
    let s = |a: &[c_char]| uv_str(a.as_ptr());
    Ok([s(&u.sysname), s(&u.version), s(&u.release), s(&u.machine)])
}

crate::js_fn!(os_type => os_type_imp);
fn os_type_imp(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    let [t, ..] = uname(cx)?;
    cx.string(&t)
}

crate::js_fn!(os_version => version);
fn version(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    let [_, v, ..] = uname(cx)?;
    cx.string(&v)
}

crate::js_fn!(os_release => release);
fn release(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    let [_, _, r, _] = uname(cx)?;
    cx.string(&r)
}

crate::js_fn!(os_machine => machine);
fn machine(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    let [.., m] = uname(cx)?;
    cx.string(&m)
}

crate::js_fn!(os_tmpdir => tmpdir);
fn tmpdir(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    let get = |k: &str| std::env::var_os(k).map(|v| v.to_string_lossy().into_owned()).filter(|v| !v.is_empty());
    let mut path = get("TMPDIR").or_else(|| get("TMP")).or_else(|| get("TEMP")).unwrap_or_else(|| "/tmp".into());
    if path.len() > 1 && path.ends_with('/') {
        path.pop();
    }
    cx.string(&path)
}

// ----- priorities --------------------------------------------------------------------------

/// Node's validateInt32(value, name, min, max).
fn validate_int32(cx: Ctx, v: &impl JsRef, name: &str, min: i32, max: i32) -> JsResult<i32> {
    let Some(d) = cx.as_number(v) else {
        return Err(NodeError::invalid_arg_type(cx, name, &["number"], v).throw(cx));
    };
    if d.fract() != 0.0 || !d.is_finite() {
        return Err(NodeError::out_of_range_value(cx, name, "an integer", v).throw(cx));
    }
    if d < min as f64 || d > max as f64 {
        return Err(NodeError::out_of_range_value(cx, name, &format!(">= {min} && <= {max}"), v).throw(cx));
    }
    Ok(d as i32)
}

crate::js_fn!(os_get_priority => get_priority);
fn get_priority(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let pid_arg = args.get(0);
    let pid = if cx.is_undefined(&pid_arg) { 0 } else { validate_int32(cx, &pid_arg, "pid", i32::MIN, i32::MAX)? };
    let mut prio: c_int = 0;
    // SAFETY: valid out-pointer.
    let rc = unsafe { uv::uv_os_getpriority(pid, &mut prio) };
    if rc != 0 {
        return Err(system_error(cx, "uv_os_getpriority", rc));
    }
    Ok(cx.int(prio))
}

crate::js_fn!(os_set_priority => set_priority);
fn set_priority(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let (pid_arg, prio_arg) =
        if cx.is_undefined(&args.get(1)) { (None, args.get(0)) } else { (Some(args.get(0)), args.get(1)) };
    let pid = match pid_arg {
        Some(p) => validate_int32(cx, &p, "pid", i32::MIN, i32::MAX)?,
        None => {
            let zero = cx.int(0);
            validate_int32(cx, &zero, "pid", i32::MIN, i32::MAX)?
        }
    };
    let prio = validate_int32(cx, &prio_arg, "priority", -20, 19)?;
    // SAFETY: no pointers.
    let rc = unsafe { uv::uv_os_setpriority(pid, prio) };
    if rc != 0 {
        return Err(system_error(cx, "uv_os_setpriority", rc));
    }
    Ok(cx.undefined())
}

// ----- userInfo ----------------------------------------------------------------------------

crate::js_fn!(os_user_info => user_info);
fn user_info(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
    let opts = args.get(0);
    let mut encoding = String::from("utf8");
    if cx.is_object(&opts) {
        let e = cx.get(&opts, "encoding")?;
        if cx.is_string(&e) {
            encoding = cx.to_string(&e)?;
        }
    }
    // SAFETY: a zeroed passwd is a valid out-struct; freed below.
    let mut pwd: uv::uv_passwd_t = unsafe { std::mem::zeroed() };
    // SAFETY: valid out-pointer.
    let rc = unsafe { uv::uv_os_get_passwd(&mut pwd) };
    if rc != 0 {
        return Err(system_error(cx, "uv_os_get_passwd", rc));
    }
    let bytes = |p: *const c_char| -> Option<Vec<u8>> {
        // SAFETY: libuv's strings are NUL-terminated or NULL.
        (!p.is_null()).then(|| unsafe { CStr::from_ptr(p) }.to_bytes().to_vec())
    };
    let (username, homedir, shell) = (bytes(pwd.username), bytes(pwd.homedir), bytes(pwd.shell));
    let (uid, gid) = (pwd.uid as f64, pwd.gid as f64);
    // SAFETY: frees what uv_os_get_passwd allocated, once.
    unsafe { uv::uv_os_free_passwd(&mut pwd) };

    let out = cx.object_with_proto(&cx.null())?;
    cx.set(&out, "uid", cx.number(uid))?;
    cx.set(&out, "gid", cx.number(gid))?;
    cx.set(&out, "username", encode(cx, &username.unwrap_or_default(), &encoding)?)?;
    cx.set(&out, "homedir", encode(cx, &homedir.unwrap_or_default(), &encoding)?)?;
    let shell = match shell {
        Some(s) => encode(cx, &s, &encoding)?,
        None => cx.null(),
    };
    cx.set(&out, "shell", shell)?;
    Ok(out)
}

/// Node's StringBytes::Encode as userInfo uses it: `'buffer'` gives a Buffer,
/// an encoding name node:buffer knows gives a string in it, anything else
/// utf8 (Node's ParseEncoding default).
fn encode(cx: Ctx, bytes: &[u8], encoding: &str) -> JsResult<Value> {
    use crate::modules::buffer::codec::Encoding;
    if encoding.eq_ignore_ascii_case("buffer") {
        let buffer = crate::modules::buffer::buffer_constructor(cx)?;
        let from = cx.get(&buffer, "from")?;
        let ab = cx.array_buffer_copy(bytes)?;
        return cx.call(&from, &buffer, &[ab.as_arg()]);
    }
    let enc = Encoding::parse(encoding.as_bytes()).unwrap_or(Encoding::Utf8);
    crate::modules::buffer::decode(cx, bytes, enc)
}

// ----- networkInterfaces ------------------------------------------------------------------

crate::js_fn!(os_network_interfaces => network_interfaces);
fn network_interfaces(cx: Ctx, _this: Arg, _args: Args) -> JsResult<Value> {
    let mut addrs: *mut uv::uv_interface_address_t = std::ptr::null_mut();
    let mut count: c_int = 0;
    // SAFETY: valid out-pointers; freed below.
    let rc = unsafe { uv::uv_interface_addresses(&mut addrs, &mut count) };
    if rc != 0 {
        return Err(system_error(cx, "uv_interface_addresses", rc));
    }
    let result = cx.object()?;
    let filled = (|| -> JsResult<()> {
        for i in 0..count.max(0) as usize {
            // SAFETY: i < count entries filled in by libuv.
            let a = unsafe { &*addrs.add(i) };
            let name = uv_str(a.name);
            let mac = a.phys_addr.iter().map(|b| format!("{:02x}", *b as u8)).collect::<Vec<_>>().join(":");
            let mut ip = [0 as c_char; 64];
            let mut mask = [0 as c_char; 64];
            // SAFETY: the union member read is chosen by the family field every
            // member starts with; the buffers hold INET6_ADDRSTRLEN bytes.
            let (family, scopeid) = unsafe {
                let fam = a.address.address4.sin_family as c_int;
                if fam == libc::AF_INET {
                    uv::uv_ip4_name(&a.address.address4, ip.as_mut_ptr(), ip.len());
                    uv::uv_ip4_name(&a.netmask.netmask4, mask.as_mut_ptr(), mask.len());
                    ("IPv4", -1i64)
                } else if fam == libc::AF_INET6 {
                    uv::uv_ip6_name(&a.address.address6, ip.as_mut_ptr(), ip.len());
                    uv::uv_ip6_name(&a.netmask.netmask6, mask.as_mut_ptr(), mask.len());
                    ("IPv6", a.address.address6.sin6_scope_id as i64)
                } else {
                    ("unknown", -1i64)
                }
            };
            let address = if family == "unknown" { "<unknown sa family>".to_string() } else { uv_str(ip.as_ptr()) };
            let netmask = uv_str(mask.as_ptr());
            let entry = cx.object()?;
            cx.set(&entry, "address", cx.string(&address)?)?;
            cx.set(&entry, "netmask", cx.string(&netmask)?)?;
            cx.set(&entry, "family", cx.string(family)?)?;
            cx.set(&entry, "mac", cx.string(&mac)?)?;
            cx.set(&entry, "internal", cx.bool(a.is_internal != 0))?;
            let cidr = match get_cidr(&address, &netmask, family) {
                Some(c) => cx.string(&c)?,
                None => cx.null(),
            };
            cx.set(&entry, "cidr", cidr)?;
            if scopeid != -1 {
                cx.set(&entry, "scopeid", cx.number(scopeid as f64))?;
            }
            let existing = cx.get(&result, &name)?;
            if cx.is_undefined(&existing) {
                cx.set(&result, &name, cx.array_from(vec![entry])?)?;
            } else {
                let len = cx.to_f64(&cx.get(&existing, "length")?)? as u32;
                cx.set_index(&existing, len, entry)?;
            }
        }
        Ok(())
    })();
    // SAFETY: frees what uv_interface_addresses allocated, once.
    unsafe { uv::uv_free_interface_addresses(addrs, count) };
    filled.map(|_| result)
}

/// Node's getCIDR (lib/internal/util.js): `address/prefix`, or None when the
/// netmask is not contiguous ones.
pub fn get_cidr(address: &str, netmask: &str, family: &str) -> Option<String> {
    let (split, radix, group_len) = if family == "IPv6" { (':', 16, 16) } else { ('.', 10, 8) };
    let mut ones = 0u32;
    let mut has_zeros = false;
    for part in netmask.split(split) {
        if part.is_empty() {
            continue;
        }
        if has_zeros {
            if part != "0" {
                return None;
            }
            continue;
        }
        // Node's parseInt: leading digits; garbage parses to NaN (0 ones).
        let value = u32::from_str_radix(part, radix).unwrap_or(0);
        let part_ones = value.count_ones();
        ones += part_ones;
        if part_ones != group_len {
            if format!("{value:b}").contains("01") {
                return None;
            }
            has_zeros = true;
        }
    }
    Some(format!("{address}/{ones}"))
}
