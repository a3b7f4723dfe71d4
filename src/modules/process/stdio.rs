//! Minimal `process.stdout` / `process.stderr`: `write(chunk[, encoding][, cb])`
//! (strings in any Buffer encoding, typed arrays, DataViews) straight to the
//! file descriptor, plus `fd` and `isTTY`.

use crate::engine::{Arg, Args, Ctx, JsResult, Value};
use crate::errors::NodeError;

pub fn make(cx: Ctx, fd: i32) -> JsResult<Value> {
    let o = cx.object()?;
    cx.set(&o, "fd", cx.int(fd))?;
    // SAFETY: isatty has no preconditions.
    if unsafe { libc::isatty(fd) } == 1 {
        // Node sets isTTY on terminal streams only.
        cx.set(&o, "isTTY", cx.bool(true))?;
    }
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
    let enc = args.get(1);
    if cx.is_string(&chunk) {
        let utf8 = !cx.is_string(&enc) || {
            let e = cx.to_string(&enc)?.to_ascii_lowercase();
            e == "utf8" || e == "utf-8"
        };
        if utf8 {
            let s = cx.to_str(&chunk)?;
            write_all(fd, s.as_bytes());
        } else {
            // Other encodings decode through Buffer.from(string, encoding).
            let global = cx.global();
            let buffer = cx.get(&global, "Buffer")?;
            let from = cx.get(&buffer, "from")?;
            let bytes = cx.call(&from, &buffer, &[chunk, enc])?;
            if let Some(b) = crate::engine::typed_array::view_bytes(&cx, &bytes) {
                write_all(fd, b.as_slice());
            }
        }
    } else if let Some(b) = crate::engine::typed_array::view_bytes(&cx, &chunk) {
        write_all(fd, b.as_slice());
    } else {
        return Err(NodeError::invalid_arg_type(cx, "chunk", &["string", "Buffer", "TypedArray", "DataView"], &chunk)
            .throw(cx));
    }
    // The callback runs once the write is done: on the next tick, as Node's.
    for i in 1..3 {
        let cb = args.get(i);
        if cx.is_function(&cb) {
            let p = super::build(cx)?;
            let tick = cx.get(&p, "nextTick")?;
            cx.call(&tick, &p, &[cb])?;
            break;
        }
    }
    Ok(cx.bool(true))
}
