//! A host that registers its own `assert` keeps precedence over the native
//! module (own test binary: registration is process-wide). Leak assertion on.

use jsrt_node::engine::raw::{JSContext, JSValue, EXCEPTION};
use jsrt_node::engine::{Ctx, Standalone};
use jsrt_node::registry;

unsafe extern "C" fn host_assert(ctx: *mut JSContext) -> JSValue {
    // SAFETY: the registry calls this with a live context.
    let cx = unsafe { Ctx::from_raw(ctx) };
    let build = || -> Result<JSValue, ()> {
        let o = cx.object().map_err(|_| ())?;
        let tag = cx.string("host").map_err(|_| ())?;
        cx.set(&o, "origin", tag).map_err(|_| ())?;
        Ok(o.into_raw())
    };
    build().unwrap_or(EXCEPTION)
}

#[test]
fn host_assert_wins() {
    assert_eq!(registry::tier("assert"), Some(registry::Tier::Native));
    registry::register_host_module("assert", host_assert, None);
    assert_eq!(registry::tier("assert"), Some(registry::Tier::Host));
    let rt = Standalone::new();
    let cx = rt.ctx();
    jsrt_node::context::init(cx, std::ptr::null_mut());
    let m = registry::load_cjs(cx, "node:assert").expect("host assert loads");
    let origin = cx.get(&m, "origin").expect("origin");
    assert_eq!(cx.to_string(&origin).expect("string"), "host");
    // assert/strict is `strict` of the host's assert, or the native one when
    // the host's has none.
    let s = registry::load_cjs(cx, "assert/strict").expect("assert/strict loads");
    assert!(cx.is_function(&s));
    let eq = cx.get(&s, "equal").expect("equal");
    let name = cx.get(&eq, "name").expect("name");
    assert_eq!(cx.to_string(&name).expect("string"), "strictEqual");
}
