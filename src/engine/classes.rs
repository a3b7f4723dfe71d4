//! Built-in class IDs differ between the engines (`Uint8Array` is 24 in
//! quickjs-ng, 23 in Bellard's), so they are never hard-coded: they are probed
//! once from real objects with `JS_GetClassID`, which both engines export.

use std::sync::OnceLock;

use rquickjs_sys as q;

#[derive(Debug, Clone, Copy)]
pub(crate) struct ClassIds {
    pub array: u32,
    pub error: u32,
}

static IDS: OnceLock<ClassIds> = OnceLock::new();

pub(crate) fn class_ids(ctx: *mut q::JSContext) -> ClassIds {
    *IDS.get_or_init(|| probe(ctx))
}

fn probe(ctx: *mut q::JSContext) -> ClassIds {
    // SAFETY: evaluates constant expressions in a live context and frees results.
    unsafe {
        // JS_Eval needs a NUL after the source in both engines.
        let id_of = |src: &std::ffi::CStr| -> u32 {
            let v = q::JS_Eval(
                ctx,
                src.as_ptr(),
                src.to_bytes().len() as _,
                c"<probe>".as_ptr(),
                q::JS_EVAL_TYPE_GLOBAL as i32,
            );
            let id = q::JS_GetClassID(v);
            q::JS_FreeValue(ctx, v);
            id
        };
        ClassIds { array: id_of(c"[]"), error: id_of(c"new Error('')") }
    }
}

pub(crate) fn class_id(v: q::JSValue) -> u32 {
    // SAFETY: JS_GetClassID reads the object header, 0 for non-objects.
    unsafe { q::JS_GetClassID(v) }
}
