//! Modules the host registers (jsrt's http, net, crypto, … written in C).
//! Registration is process-wide; the objects they build are cached per context.

use std::ffi::CString;
use std::sync::Mutex;

use crate::engine::raw::{JSContext, JSModuleDef, JSValue};
use crate::engine::{Ctx, JsResult, Value};

/// Builds the CommonJS module object; returns a new reference or `JS_EXCEPTION`.
pub type HostCjsInit = unsafe extern "C" fn(ctx: *mut JSContext) -> JSValue;
/// Fills in the exports of an ES module created by the registry (jsrt's
/// `js_node_*_init` shape); returns 0, or -1 with an exception pending.
pub type HostEsmInit = unsafe extern "C" fn(ctx: *mut JSContext, m: *mut JSModuleDef) -> i32;

#[derive(Clone, Copy)]
pub struct HostModule {
    pub name: &'static str,
    pub cjs: HostCjsInit,
    pub esm: Option<HostEsmInit>,
}

static HOST: Mutex<Vec<HostModule>> = Mutex::new(Vec::new());

/// Adds or replaces a host module. Names are kept for the life of the process,
/// as `JSRT_GetNodeModuleName` hands out pointers to them.
pub fn register(name: &str, cjs: HostCjsInit, esm: Option<HostEsmInit>) {
    let name = name.strip_prefix("node:").unwrap_or(name);
    let mut host = HOST.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(existing) = host.iter_mut().find(|h| h.name == name) {
        existing.cjs = cjs;
        existing.esm = esm;
        return;
    }
    let leaked: &'static str = Box::leak(name.to_string().into_boxed_str());
    host.push(HostModule { name: leaked, cjs, esm });
}

pub fn find(id: &str) -> Option<HostModule> {
    HOST.lock().unwrap_or_else(|p| p.into_inner()).iter().find(|h| h.name == id).copied()
}

pub fn names() -> Vec<&'static str> {
    HOST.lock().unwrap_or_else(|p| p.into_inner()).iter().map(|h| h.name).collect()
}

pub fn init_cjs(cx: Ctx, id: &str) -> JsResult<Value> {
    let Some(h) = find(id) else {
        return Err(crate::errors::NodeError::unknown_builtin(id).throw(cx));
    };
    // SAFETY: the host promised a function of this shape returning a new reference.
    let raw = unsafe { (h.cjs)(cx.as_raw()) };
    cx.wrap(raw)
}

/// C strings for the names, kept alive for the process (see `register`).
pub fn c_name(name: &'static str) -> &'static std::ffi::CStr {
    static CNAMES: Mutex<Vec<(&'static str, &'static std::ffi::CStr)>> = Mutex::new(Vec::new());
    let mut v = CNAMES.lock().unwrap_or_else(|p| p.into_inner());
    if let Some((_, c)) = v.iter().find(|(n, _)| std::ptr::eq(*n, name) || *n == name) {
        return c;
    }
    let c: &'static std::ffi::CStr = Box::leak(CString::new(name).unwrap_or_default().into_boxed_c_str());
    v.push((name, c));
    c
}
