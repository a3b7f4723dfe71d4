//! The library's scripts read from bytecode instead of compiled from text.
//!
//! Compiling the embedded JS (fs.js, stream's core.js and plumbing.js, ...)
//! is most of what `require` of those modules costs on QuickJS, and reading
//! the same functions from bytecode is about 15 times faster (measured on
//! Bellard's engine: fs.js 3.7 ms to compile, 0.2 ms to read). Bytecode is
//! specific to the engine build that wrote it, so it is made at build time by
//! the engine the host links: in host-engine builds cmake/JsrtNodeCompat.cmake
//! runs src/engine/bytecode_gen.c over the scripts listed in
//! src/engine/precompiled.txt and compiles the table into host_compat.c.
//! Bundled builds (quickjs-ng inside the archive, built by cargo) compile the
//! text, as does any script without an entry or whose text changed since its
//! entry was made: the entry carries a hash of the text it came from, which
//! is compared with the hash build.rs computed of the text this crate embeds
//! (c-tests/abi_test.c checks that no entry is stale).
//!
//! Observable behaviour is the same either way: the bytecode keeps each
//! function's source (Function.prototype.toString, util.inspect's classes),
//! its file name and its line numbers. A host may build it without the
//! sources (JSRT_NODE_BYTECODE_SOURCES=OFF, as jsrt does: less binary and
//! heap); then only file names and line numbers stay.

use std::sync::atomic::{AtomicUsize, Ordering};

/// Scripts read from bytecode, and scripts with an entry that could not be
/// used (a stale table): for the test hook.
static HITS: AtomicUsize = AtomicUsize::new(0);
static STALE: AtomicUsize = AtomicUsize::new(0);

/// `(read from bytecode, stale entries)` since the process started.
pub fn counts() -> (usize, usize) {
    (HITS.load(Ordering::Relaxed), STALE.load(Ordering::Relaxed))
}

// SCRIPTS: (name, length, hash) of each script in src/engine/precompiled.txt.
include!(concat!(env!("OUT_DIR"), "/precompiled_scripts.rs"));

/// The build-time length and hash of the script `filename`, when that is
/// the listed script and `src` has its length (a name mapped to the wrong
/// file fails here), or is empty in a `bytecode-only` build (the text is not
/// embedded: embedded_js!). Only the library's own scripts are listed; user
/// code (CommonJS files node:module evaluates) never matches.
fn listed(src: &str, filename: &str) -> Option<(usize, u64)> {
    let without_text = cfg!(feature = "bytecode-only") && src.is_empty();
    SCRIPTS
        .iter()
        .find(|(n, len, _)| *n == filename && (*len == src.len() || without_text))
        .map(|&(_, len, h)| (len, h))
}

/// Whether `src` stands for a listed script whose text this build left out
/// (`bytecode-only`): it can only be read from bytecode.
pub(crate) fn text_left_out(src: &str, filename: &str) -> bool {
    cfg!(feature = "bytecode-only") && src.is_empty() && SCRIPTS.iter().any(|(n, _, _)| *n == filename)
}

#[cfg(feature = "host-engine")]
mod imp {
    use std::ffi::CString;
    use std::os::raw::{c_char, c_int};

    use rquickjs_sys as q;

    extern "C" {
        // src/engine/host_compat.c
        fn jsrt_node_compat_eval_precompiled(
            ctx: *mut q::JSContext,
            name: *const c_char,
            hash: u64,
            src_len: usize,
            found: *mut c_int,
        ) -> q::JSValue;
    }

    /// JS_Eval of `src` as `filename`, from bytecode when there is an entry
    /// made from this very text: `None` when there is not (nothing pending).
    pub(crate) fn eval(ctx: *mut q::JSContext, src: &str, filename: &str) -> Option<q::JSValue> {
        let (len, hash) = super::listed(src, filename)?;
        let name = CString::new(filename).ok()?;
        let mut found: c_int = 0;
        // SAFETY: live context; name is NUL-terminated; found is written before return.
        let v = unsafe { jsrt_node_compat_eval_precompiled(ctx, name.as_ptr(), hash, len, &mut found) };
        match found {
            1 => {
                super::HITS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                Some(v)
            }
            -1 => {
                super::STALE.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                None
            }
            _ => None,
        }
    }
}

#[cfg(not(feature = "host-engine"))]
mod imp {
    use rquickjs_sys as q;

    pub(crate) fn eval(_ctx: *mut q::JSContext, src: &str, filename: &str) -> Option<q::JSValue> {
        let _ = super::listed(src, filename);
        None
    }
}

pub(crate) use imp::eval;
