//! `os.constants`: names in the order Node's src/node_constants.cc defines
//! them on this platform, values from libc (and libuv for the priorities and
//! UV_UDP_REUSEADDR). Each group is a null-prototype object whose properties
//! are read-only and non-configurable, like Node's.

use libuv_sys2 as uv;

use crate::engine::{Ctx, JsResult, Prop, Value};

macro_rules! libc_list {
    ($($name:ident),* $(,)?) => {
        &[$((stringify!($name), libc::$name as i64)),*]
    };
}

#[cfg(any(target_os = "linux", target_os = "android"))]
const DLOPEN: &[(&str, i64)] = libc_list![RTLD_LAZY, RTLD_NOW, RTLD_GLOBAL, RTLD_LOCAL, RTLD_DEEPBIND];
#[cfg(not(any(target_os = "linux", target_os = "android")))]
const DLOPEN: &[(&str, i64)] = libc_list![RTLD_LAZY, RTLD_NOW, RTLD_GLOBAL, RTLD_LOCAL];

#[cfg(any(target_os = "linux", target_os = "android"))]
const ERRNO: &[(&str, i64)] = libc_list![
    E2BIG, EACCES, EADDRINUSE, EADDRNOTAVAIL, EAFNOSUPPORT, EAGAIN, EALREADY, EBADF, EBADMSG, EBUSY,
    ECANCELED, ECHILD, ECONNABORTED, ECONNREFUSED, ECONNRESET, EDEADLK, EDESTADDRREQ, EDOM, EDQUOT,
    EEXIST, EFAULT, EFBIG, EHOSTUNREACH, EIDRM, EILSEQ, EINPROGRESS, EINTR, EINVAL, EIO, EISCONN,
    EISDIR, ELOOP, EMFILE, EMLINK, EMSGSIZE, EMULTIHOP, ENAMETOOLONG, ENETDOWN, ENETRESET,
    ENETUNREACH, ENFILE, ENOBUFS, ENODATA, ENODEV, ENOENT, ENOEXEC, ENOLCK, ENOLINK, ENOMEM, ENOMSG,
    ENOPROTOOPT, ENOSPC, ENOSR, ENOSTR, ENOSYS, ENOTCONN, ENOTDIR, ENOTEMPTY, ENOTSOCK, ENOTSUP,
    ENOTTY, ENXIO, EOPNOTSUPP, EOVERFLOW, EPERM, EPIPE, EPROTO, EPROTONOSUPPORT, EPROTOTYPE, ERANGE,
    EROFS, ESPIPE, ESRCH, ESTALE, ETIME, ETIMEDOUT, ETXTBSY, EWOULDBLOCK, EXDEV,
];
#[cfg(not(any(target_os = "linux", target_os = "android")))]
const ERRNO: &[(&str, i64)] = libc_list![
    E2BIG, EACCES, EADDRINUSE, EADDRNOTAVAIL, EAFNOSUPPORT, EAGAIN, EALREADY, EBADF, EBUSY, ECANCELED,
    ECHILD, ECONNABORTED, ECONNREFUSED, ECONNRESET, EDEADLK, EDESTADDRREQ, EDOM, EDQUOT, EEXIST,
    EFAULT, EFBIG, EHOSTUNREACH, EIDRM, EILSEQ, EINPROGRESS, EINTR, EINVAL, EIO, EISCONN, EISDIR,
    ELOOP, EMFILE, EMLINK, EMSGSIZE, ENAMETOOLONG, ENETDOWN, ENETRESET, ENETUNREACH, ENFILE, ENOBUFS,
    ENODEV, ENOENT, ENOEXEC, ENOLCK, ENOMEM, ENOMSG, ENOPROTOOPT, ENOSPC, ENOSYS, ENOTCONN, ENOTDIR,
    ENOTEMPTY, ENOTSOCK, ENOTSUP, ENOTTY, ENXIO, EOPNOTSUPP, EOVERFLOW, EPERM, EPIPE, EPROTONOSUPPORT,
    EPROTOTYPE, ERANGE, EROFS, ESPIPE, ESRCH, ESTALE, ETIMEDOUT, ETXTBSY, EWOULDBLOCK, EXDEV,
];

#[cfg(any(target_os = "linux", target_os = "android"))]
const SIGNALS: &[(&str, i64)] = libc_list![
    SIGHUP, SIGINT, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGIOT, SIGBUS, SIGFPE, SIGKILL, SIGUSR1,
    SIGSEGV, SIGUSR2, SIGPIPE, SIGALRM, SIGTERM, SIGCHLD, SIGSTKFLT, SIGCONT, SIGSTOP, SIGTSTP,
    SIGTTIN, SIGTTOU, SIGURG, SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF, SIGWINCH, SIGIO, SIGPOLL, SIGPWR,
    SIGSYS,
];
#[cfg(not(any(target_os = "linux", target_os = "android")))]
const SIGNALS: &[(&str, i64)] = libc_list![
    SIGHUP, SIGINT, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGIOT, SIGBUS, SIGFPE, SIGKILL, SIGUSR1,
    SIGSEGV, SIGUSR2, SIGPIPE, SIGALRM, SIGTERM, SIGCHLD, SIGCONT, SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU,
    SIGURG, SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF, SIGWINCH, SIGIO, SIGSYS,
];

const PRIORITY: &[(&str, i64)] = &[
    ("PRIORITY_LOW", uv::UV_PRIORITY_LOW as i64),
    ("PRIORITY_BELOW_NORMAL", uv::UV_PRIORITY_BELOW_NORMAL as i64),
    ("PRIORITY_NORMAL", uv::UV_PRIORITY_NORMAL as i64),
    ("PRIORITY_ABOVE_NORMAL", uv::UV_PRIORITY_ABOVE_NORMAL as i64),
    ("PRIORITY_HIGH", uv::UV_PRIORITY_HIGH as i64),
    ("PRIORITY_HIGHEST", uv::UV_PRIORITY_HIGHEST as i64),
];

fn group(cx: Ctx, items: &[(&str, i64)]) -> JsResult<Value> {
    let o = cx.object_with_proto(&cx.null())?;
    for (name, v) in items {
        cx.define(&o, name, cx.number(*v as f64), Prop::CONST_ENUM)?;
    }
    Ok(o)
}

pub fn build(cx: Ctx) -> JsResult<Value> {
    let c = cx.object_with_proto(&cx.null())?;
    cx.define(&c, "UV_UDP_REUSEADDR", cx.number(uv::uv_udp_flags_UV_UDP_REUSEADDR as f64), Prop::CONST_ENUM)?;
    cx.set(&c, "dlopen", group(cx, DLOPEN)?)?;
    cx.set(&c, "errno", group(cx, ERRNO)?)?;
    cx.set(&c, "signals", group(cx, SIGNALS)?)?;
    cx.set(&c, "priority", group(cx, PRIORITY)?)?;
    Ok(c)
}
