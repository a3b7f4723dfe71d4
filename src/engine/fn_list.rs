//! Native functions the engine makes on first use.
//!
//! A `JS_DEF_CFUNC` entry of a function list (`JSCFunctionListEntry`) is, in
//! both engines, an auto-initialised data property: `JS_SetPropertyFunctionList`
//! only records the entry, and the function object is made when the property
//! is first read (by a get, a descriptor query or a redefinition). Until then
//! it is an ordinary data property for enumeration and key order. A module
//! whose natives are mostly never called thus costs a property per entry at
//! `require` instead of a function object each, and nothing to free at exit.
//! The entries must outlive the runtime (the engine keeps a pointer), hence
//! `'static` lists.

use std::ffi::CStr;
use std::os::raw::c_int;

use rquickjs_sys as q;

use super::{Ctx, JsRef, JsResult, RawCFn};

/// One entry: name (also the function's `name`), native, `length`. The
/// property is writable, enumerable and configurable, as a `[[Set]]` of a
/// new key on an ordinary object makes it.
#[repr(transparent)]
pub struct FnEntry(q::JSCFunctionListEntry);

// SAFETY: an entry is a 'static C string and a function pointer; neither
// engine writes to it.
unsafe impl Sync for FnEntry {}

impl FnEntry {
    pub const fn new(name: &'static CStr, f: RawCFn, length: u8) -> FnEntry {
        FnEntry(q::JSCFunctionListEntry {
            name: name.as_ptr(),
            prop_flags: q::JS_PROP_C_W_E as u8,
            // JS_DEF_CFUNC and JS_CFUNC_generic are 0 in both engines, and the
            // entry's layout is the same (DESIGN.md §3).
            def_type: q::JS_DEF_CFUNC as u8,
            magic: 0,
            u: q::JSCFunctionListEntry__bindgen_ty_1 {
                func: q::JSCFunctionListEntry__bindgen_ty_1__bindgen_ty_1 {
                    length,
                    cproto: q::JSCFunctionEnum_JS_CFUNC_generic as u8,
                    cfunc: q::JSCFunctionType { generic: Some(f) },
                },
            },
        })
    }
}

/// A name literal as the C string an entry holds (`concat!(name, "\0")`);
/// evaluated at compile time, so a bad literal fails the build.
pub const fn entry_name(with_nul: &'static str) -> &'static CStr {
    match CStr::from_bytes_with_nul(with_nul.as_bytes()) {
        Ok(c) => c,
        Err(_) => panic!("function list name with an interior NUL"),
    }
}

/// A `&'static [FnEntry]`: `fn_list!["name" => native, length; ...]`.
#[macro_export]
macro_rules! fn_list {
    ($( $name:literal => $f:expr, $len:expr );* $(;)?) => {{
        static LIST: &[$crate::engine::FnEntry] = &[ $(
            $crate::engine::FnEntry::new($crate::engine::entry_name(concat!($name, "\0")), $f, $len)
        ),* ];
        LIST
    }};
}

impl Ctx {
    /// Defines the entries on `obj`, in order. Each key must be new on `obj`
    /// (a definition, unlike `set_fn`'s `[[Set]]`, would not run a setter).
    pub fn set_fn_list(&self, obj: &impl JsRef, list: &'static [FnEntry]) -> JsResult<()> {
        if list.is_empty() {
            return Ok(());
        }
        let len = c_int::try_from(list.len())
            .map_err(|_| self.throw_internal("function list too long"))?;
        // SAFETY: obj is live; the entries are 'static and laid out as the
        // engine's JSCFunctionListEntry (repr(transparent)).
        let rc = unsafe {
            q::JS_SetPropertyFunctionList(
                self.as_raw(),
                obj.raw(),
                list.as_ptr() as *const q::JSCFunctionListEntry,
                len,
            )
        };
        if rc < 0 {
            Err(super::Thrown)
        } else {
            Ok(())
        }
    }
}
