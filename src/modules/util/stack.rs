//! How deep native recursion may go (util.inspect and isDeepStrictEqual
//! recurse on the heap, trampoline.rs, but nested runs through JS, such as a
//! custom inspect function calling inspect, still use the native stack): down
//! to 256 KiB above the end of the current thread's stack, as the OS reports
//! it, so deep structures end in Node's "Maximum call stack size exceeded"
//! handling instead of overflowing the native stack. Where the stack bounds
//! cannot be read, a fixed 640 KiB from the first call is allowed.

const MARGIN: usize = 256 * 1024;
const FALLBACK_BUDGET: usize = 640 * 1024;

#[inline(never)]
pub fn stack_pointer() -> usize {
    let x = 0u8;
    std::hint::black_box(&x) as *const u8 as usize
}

/// The lowest stack address this thread may recurse down to.
#[cfg(any(target_os = "linux", target_os = "android"))]
fn thread_stack_floor() -> Option<usize> {
    // SAFETY: pthread_getattr_np fills a local attr we destroy right after.
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) != 0 {
            return None;
        }
        let mut addr: *mut libc::c_void = std::ptr::null_mut();
        let mut size: libc::size_t = 0;
        let rc = libc::pthread_attr_getstack(&attr, &mut addr, &mut size);
        libc::pthread_attr_destroy(&mut attr);
        if rc != 0 || addr.is_null() || size <= 2 * MARGIN {
            return None;
        }
        Some(addr as usize + MARGIN)
    }
}

#[cfg(target_os = "macos")]
fn thread_stack_floor() -> Option<usize> {
    // SAFETY: both calls only read the current thread's bounds.
    unsafe {
        let me = libc::pthread_self();
        let top = libc::pthread_get_stackaddr_np(me) as usize;
        let size = libc::pthread_get_stacksize_np(me);
        if top == 0 || size <= 2 * MARGIN {
            return None;
        }
        Some(top - size + MARGIN)
    }
}

#[cfg(not(any(target_os = "linux", target_os = "android", target_os = "macos")))]
fn thread_stack_floor() -> Option<usize> {
    None
}

/// A recursion guard taken at the start of one top-level call.
#[derive(Clone, Copy)]
pub struct StackGuard {
    floor: usize,
}

impl StackGuard {
    pub fn new() -> StackGuard {
        thread_local! {
            // Reading the bounds is slow on a main thread (glibc parses
            // /proc/self/maps): once per thread.
            static FLOOR: std::cell::Cell<Option<Option<usize>>> = const { std::cell::Cell::new(None) };
        }
        let known = FLOOR.with(|f| match f.get() {
            Some(v) => v,
            None => {
                let v = thread_stack_floor();
                f.set(Some(v));
                v
            }
        });
        let here = stack_pointer();
        let floor = match known {
            Some(f) if f < here => f,
            _ => here.saturating_sub(FALLBACK_BUDGET),
        };
        StackGuard { floor }
    }

    /// True when recursing further would come too close to the stack's end.
    #[inline]
    pub fn exhausted(&self) -> bool {
        stack_pointer() < self.floor
    }
}

impl Default for StackGuard {
    fn default() -> Self {
        StackGuard::new()
    }
}
