//! A runtime and context owned by Rust, for tests and Rust embedders: freed in
//! the right order on drop (library state, context, runtime), so the engine's
//! leak assertion checks every test.

use rquickjs_sys as q;

use super::Ctx;

pub struct Standalone {
    rt: *mut q::JSRuntime,
    ctx: *mut q::JSContext,
}

impl Standalone {
    pub fn new() -> Standalone {
        // SAFETY: fresh runtime and context, owned by the returned value.
        unsafe {
            let rt = q::JS_NewRuntime();
            let ctx = q::JS_NewContext(rt);
            Standalone { rt, ctx }
        }
    }

    pub fn ctx(&self) -> Ctx {
        // SAFETY: live until drop.
        unsafe { Ctx::from_raw(self.ctx) }
    }

    /// Evaluates `src` and returns `String(result)`, or `Err(String(exception))`.
    pub fn eval(&self, src: &str) -> Result<String, String> {
        let cx = self.ctx();
        match cx.eval_script(src, "<test>") {
            Ok(v) => cx.to_string(&v).map_err(|_| "toString threw".into()),
            Err(_) => {
                let e = cx.take_exception();
                Err(cx.to_string(&e).unwrap_or_else(|_| "?".into()))
            }
        }
    }
}

impl Default for Standalone {
    fn default() -> Self {
        Standalone::new()
    }
}

impl Drop for Standalone {
    fn drop(&mut self) {
        crate::context::free(self.ctx());
        // SAFETY: frees what new() made, once, context first.
        unsafe {
            q::JS_FreeContext(self.ctx);
            q::JS_FreeRuntime(self.rt);
        }
    }
}
