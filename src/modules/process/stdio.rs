//! Minimal `process.stdout` / `process.stderr`: `write(chunk[, encoding][, cb])`
//! straight to the file descriptor, plus `fd` and `isTTY`.

use crate::engine::{Arg, Args, Ctx, JsResult, Value};
use crate::errors::NodeError;

pub fn make(cx: Ctx, fd: i32) -> JsResult<Value> {
    let o = cx.object()?;
    cx.set(&o, "fd", cx.int(fd))?;
    // SAFETY: isatty has no preconditions.
    let tty = unsafe { libc::isatty(fd) } == 1;
    cx.set(&o, "isTTY", cx.bool(tty))?;
    cx.set_fn(&o, "write", stdio_write, 1)?;
    Ok(o)
}

/// Writes all of `bytes` to `fd`, retrying short writes and EINTR.
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

crate::js_fn!(stdio_write => write);
fn write(cx: Ctx, this: Arg, args: Args) -> JsResult<Value> {
    let fd = cx.to_i32(&cx.get(&this, "fd")?)?;
    let chunk = args.get(0);
    if !cx.is_string(&chunk) {
        return Err(NodeError::invalid_arg_type(cx, "chunk", &["string", "Buffer", "TypedArray", "DataView"], &chunk)
            .throw(cx));
    }
    let s = cx.to_str(&chunk)?;
    write_all(fd, s.as_bytes());
    for i in 1..3 {
        let cb = args.get(i);
        if cx.is_function(&cb) {
            cx.call(&cb, &cx.undefined(), &[])?;
            break;
        }
    }
    Ok(cx.bool(true))
}
