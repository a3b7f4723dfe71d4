//! The engine layer: the only code in the crate that touches `rquickjs_sys`.
//!
//! Everything here uses the subset of the QuickJS API that has the same ABI in
//! quickjs-ng (bundled by rquickjs-sys) and in Bellard's QuickJS (jsrt's engine);
//! see DESIGN.md §3 for the measured traps. Modules above this layer only see
//! [`Ctx`], the owned [`Value`] (freed exactly once, by `Drop`) and borrowed
//! [`Arg`]s, so a leak or a double free has to be written on purpose.

mod classes;
mod ctx;
pub mod fast_string;
pub mod string_build;
pub mod string_layout;
mod fn_list;
mod func;
mod introspect;
pub mod precompiled;
mod record;
mod script;
mod string;
pub mod typed_array;
#[cfg(not(feature = "host-engine"))]
pub mod view_layout;
mod standalone;
mod value;

pub use ctx::{Ctx, Prop, RawCFn, RawCFnData, RawJobFn};
pub use fn_list::{entry_name, FnEntry};
pub use func::{
    job_trampoline, trampoline, trampoline_data, trampoline_slots, Args, NativeFn, NativeFnData, NativeFnSlots, Slots,
};
pub use record::{fast_known as record_fast_known, Record};
pub use introspect::{IterState, KeyFilter, Kind, PromiseState, PropDesc, PropKey, TypedArrayKind};
pub use script::{AtomKey, KeyRef, StaticKey};
pub(crate) use script::KEY_CACHE_SLOTS;
pub use string::{wtf8_to_utf16, wtf8_to_utf8_lossy, JsStr};
pub use standalone::Standalone;
pub use value::{Arg, JsRef, Value};

/// A JS exception is pending in the context; whoever sees this returns it upward
/// until a native function hands `JS_EXCEPTION` back to the engine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Thrown;

pub type JsResult<T> = Result<T, Thrown>;

/// The longest string either engine makes, in UTF-16 units: `JS_STRING_LEN_MAX`,
/// `(1 << 30) - 1` in quickjs-ng (bundled) and in Bellard's QuickJS alike (the
/// string header's length field). Longer results must be refused before they
/// are built.
pub(crate) const STRING_LEN_MAX: usize = (1 << 30) - 1;

/// The engine this build runs on, as `process.config.variables.jsrt_node_engine`
/// reports it: the quickjs-ng that rquickjs-sys bundles, or the host's QuickJS
/// (`host-engine`, whose version the library cannot see).
#[cfg(not(feature = "host-engine"))]
pub const ENGINE_NAME: &str = "quickjs-ng 0.16.2";
#[cfg(feature = "host-engine")]
pub const ENGINE_NAME: &str = "host QuickJS";

/// Raw engine types, named only by the C ABI layer (`abi/`), by the
/// [`js_fn!`](crate::js_fn) macro expansion and by this layer.
pub mod raw {
    pub use rquickjs_sys::{JSContext, JSModuleDef, JSRuntime, JSValue};
    /// A `JSValue` with the `JS_TAG_EXCEPTION` tag: what a native function returns
    /// after it has thrown.
    pub const EXCEPTION: JSValue = rquickjs_sys::JS_EXCEPTION;
    pub const UNDEFINED: JSValue = rquickjs_sys::JS_UNDEFINED;
}

/// Declares an `extern "C"` QuickJS native function that forwards to a safe Rust
/// function `fn(Ctx, Arg, Args) -> JsResult<Value>`, catching panics.
/// `include_str!` for the library's JavaScript, kept out of the host's hot
/// read-only data: on Linux the text goes to its own section, which the
/// linker places after `.rodata`. The text is read only when a script is
/// compiled, and with precompiled bytecode (engine::precompiled) never; left
/// among the string literals and tables the modules touch at start-up, its
/// pages would be mapped with theirs (the kernel maps 64 KiB around a fault),
/// 0.3 MiB of jsrt's resident set after require of the seven modules.
#[cfg(not(feature = "bytecode-only"))]
#[macro_export]
macro_rules! embedded_js {
    ($path:literal) => {{
        #[cfg_attr(target_os = "linux", link_section = ".jsrt_node_js")]
        static TEXT: [u8; include_bytes!($path).len()] = *include_bytes!($path);
        // SAFETY: the same file as include_str!($path), which rustc checks is UTF-8.
        const _: &str = include_str!($path);
        unsafe { ::std::str::from_utf8_unchecked(&TEXT) }
    }};
}

/// With the `bytecode-only` feature the text is left out: the host's
/// bytecode table holds every listed script (engine::precompiled), and the
/// empty string stands for "this script's entry". `include_str!` still has
/// rustc check the file and cargo rebuild when it changes.
#[cfg(feature = "bytecode-only")]
#[macro_export]
macro_rules! embedded_js {
    ($path:literal) => {{
        const _: &str = include_str!($path);
        ""
    }};
}

#[macro_export]
macro_rules! js_fn {
    ($vis:vis $name:ident => $imp:path) => {
        $vis unsafe extern "C" fn $name(
            ctx: *mut $crate::engine::raw::JSContext,
            this: $crate::engine::raw::JSValue,
            argc: ::std::os::raw::c_int,
            argv: *mut $crate::engine::raw::JSValue,
        ) -> $crate::engine::raw::JSValue {
            $crate::engine::trampoline(ctx, this, argc, argv, $imp)
        }
    };
}

/// Declares an `extern "C"` engine job (for [`Ctx::enqueue_job`]) that runs a
/// safe Rust function `fn(Ctx) -> JsResult<()>`, catching panics.
#[macro_export]
macro_rules! js_job {
    ($vis:vis $name:ident => $imp:path) => {
        $vis unsafe extern "C" fn $name(
            ctx: *mut $crate::engine::raw::JSContext,
            _argc: ::std::os::raw::c_int,
            _argv: *mut $crate::engine::raw::JSValue,
        ) -> $crate::engine::raw::JSValue {
            $crate::engine::job_trampoline(ctx, $imp)
        }
    };
}

/// Like [`js_fn!`] for functions made with `Ctx::function_with_data` that carry
/// `$n` data values.
#[macro_export]
macro_rules! js_fn_data {
    ($vis:vis $name:ident [$n:expr] => $imp:path) => {
        $vis unsafe extern "C" fn $name(
            ctx: *mut $crate::engine::raw::JSContext,
            this: $crate::engine::raw::JSValue,
            argc: ::std::os::raw::c_int,
            argv: *mut $crate::engine::raw::JSValue,
            _magic: ::std::os::raw::c_int,
            data: *mut $crate::engine::raw::JSValue,
        ) -> $crate::engine::raw::JSValue {
            $crate::engine::trampoline_data(ctx, this, argc, argv, $n, data, $imp)
        }
    };
}

/// Like [`js_fn_data!`] for functions whose `$imp` takes its data as
/// [`Slots`](crate::engine::Slots), which it may update.
#[macro_export]
macro_rules! js_fn_slots {
    ($vis:vis $name:ident [$n:expr] => $imp:path) => {
        $vis unsafe extern "C" fn $name(
            ctx: *mut $crate::engine::raw::JSContext,
            this: $crate::engine::raw::JSValue,
            argc: ::std::os::raw::c_int,
            argv: *mut $crate::engine::raw::JSValue,
            _magic: ::std::os::raw::c_int,
            data: *mut $crate::engine::raw::JSValue,
        ) -> $crate::engine::raw::JSValue {
            $crate::engine::trampoline_slots(ctx, this, argc, argv, $n, data, $imp)
        }
    };
}
