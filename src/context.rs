//! Per-`JSContext` state: the module cache, the host's libuv loop, cached
//! prototypes. jsrt's C layer kept these in statics (wrong with two contexts);
//! the context opaque pointers belong to the host, so the state lives in a map
//! keyed by the context pointer and is released by `JSRT_NodeContextFree`.

use crate::fast_hash::FastMap;
use std::sync::Mutex;

use crate::engine::{Ctx, JsResult, Value};
use crate::errors::ErrorKind;

pub struct ContextState {
    pub uv_loop: *mut libuv_sys2::uv_loop_t,
    modules: FastMap<String, Value>,
    /// Other per-context values (error prototypes, the nextTick queue, …).
    slots: FastMap<String, Value>,
    /// The host's count of its own timers and immediates, for
    /// `process.getActiveResourcesInfo()` (`JSRT_NodeSetResourceCounter`).
    pub resource_counter: Option<ResourceCounter>,
}

/// A host callback and its opaque pointer (kept as an integer: the pointer
/// is only ever handed back to the host, on the context's thread).
#[derive(Clone, Copy)]
pub struct ResourceCounter {
    pub count: unsafe extern "C" fn(opaque: *mut std::ffi::c_void, kind: u32) -> u32,
    pub opaque: usize,
}

struct States(FastMap<usize, ContextState>);
// SAFETY: the values inside are only touched on the thread that runs their
// context; the map itself is guarded by the mutex.
unsafe impl Send for States {}

static STATES: Mutex<Option<States>> = Mutex::new(None);

fn with_states<R>(f: impl FnOnce(&mut FastMap<usize, ContextState>) -> R) -> R {
    let mut guard = STATES.lock().unwrap_or_else(|p| p.into_inner());
    let states = guard.get_or_insert_with(|| States(FastMap::default()));
    f(&mut states.0)
}

fn key(cx: Ctx) -> usize {
    cx.as_raw() as usize
}

/// Creates (or updates) the state of a context. Idempotent.
pub fn init(cx: Ctx, uv_loop: *mut libuv_sys2::uv_loop_t) {
    with_states(|m| {
        let st = m.entry(key(cx)).or_insert_with(|| ContextState {
            uv_loop: std::ptr::null_mut(),
            modules: FastMap::default(),
            slots: FastMap::default(),
            resource_counter: None,
        });
        if !uv_loop.is_null() {
            st.uv_loop = uv_loop;
        }
    })
}

pub fn is_initialized(cx: Ctx) -> bool {
    with_states(|m| m.contains_key(&key(cx)))
}

/// Drops everything the library holds for a context. The values are released
/// after the lock is let go, because freeing can run finalizers.
pub fn free(cx: Ctx) {
    // Pending fs requests let go of their callbacks first (docs/FS.md).
    crate::modules::fs::on_context_free(cx);
    crate::modules::process::signals::on_context_free(cx);
    // Host sinks and sources get their destroy call (docs/STDIO.md).
    crate::modules::stream::host::on_context_free(cx);
    let st = with_states(|m| m.remove(&key(cx)));
    drop(st);
}

/// Sets or clears the host's resource counter; false if the context was never
/// initialized.
pub fn set_resource_counter(cx: Ctx, counter: Option<ResourceCounter>) -> bool {
    with_states(|m| match m.get_mut(&key(cx)) {
        Some(st) => {
            st.resource_counter = counter;
            true
        }
        None => false,
    })
}

pub fn resource_counter(cx: Ctx) -> Option<ResourceCounter> {
    with_states(|m| m.get(&key(cx)).and_then(|s| s.resource_counter))
}

pub fn uv_loop(cx: Ctx) -> *mut libuv_sys2::uv_loop_t {
    with_states(|m| m.get(&key(cx)).map(|s| s.uv_loop).unwrap_or(std::ptr::null_mut()))
}

/// The cached export object of module `id`, if built already.
pub fn cached_module(cx: Ctx, id: &str) -> Option<Value> {
    with_states(|m| m.get(&key(cx)).and_then(|s| s.modules.get(id)).map(|v| v.dup()))
}

/// Stores a freshly built module; if a nested require stored one first, that one
/// wins so every caller sees the same object.
pub fn store_module(cx: Ctx, id: &str, v: Value) -> Value {
    init(cx, std::ptr::null_mut());
    let (result, loser) = with_states(|m| {
        let st = m.get_mut(&key(cx)).expect("state initialised above");
        match st.modules.get(id) {
            Some(existing) => (existing.dup(), Some(v)),
            None => {
                let out = v.dup();
                st.modules.insert(id.to_string(), v);
                (out, None)
            }
        }
    });
    drop(loser);
    result
}

/// The prototype Node-style errors of `kind` get: inherits from `kind.prototype`
/// and prints `Name [CODE]: message`.
pub fn error_proto(cx: Ctx, kind: ErrorKind) -> JsResult<Value> {
    let name = kind.ctor_name();
    let slot = format!("error-proto:{name}");
    if let Some(p) = slot_get(cx, &slot) {
        return Ok(p);
    }
    let global = cx.global();
    let ctor = cx.get(&global, name)?;
    let base = cx.get(&ctor, "prototype")?;
    let proto = cx.object_with_proto(&base)?;
    let to_string = cx.function(node_error_to_string, "toString", 0)?;
    cx.define(&proto, "toString", to_string, crate::engine::Prop::HIDDEN)?;
    Ok(slot_get_or_insert(cx, &slot, proto))
}

/// A per-context value stored under `name`.
pub fn slot_get(cx: Ctx, name: &str) -> Option<Value> {
    with_states(|m| m.get(&key(cx)).and_then(|s| s.slots.get(name)).map(|v| v.dup()))
}

/// Stores `v` under `name`, replacing (and then freeing) what was there.
pub fn slot_set(cx: Ctx, name: &str, v: Value) {
    init(cx, std::ptr::null_mut());
    // The old value is freed outside the state lock: freeing can run JS.
    let old = with_states(|m| m.get_mut(&key(cx)).and_then(|st| st.slots.insert(name.to_string(), v)));
    drop(old);
}

/// Stores `v` under `name` unless a value is there already; returns the stored one.
pub fn slot_get_or_insert(cx: Ctx, name: &str, v: Value) -> Value {
    init(cx, std::ptr::null_mut());
    let (out, loser) = with_states(|m| {
        let st = m.get_mut(&key(cx)).expect("state initialised above");
        match st.slots.get(name) {
            Some(existing) => (existing.dup(), Some(v)),
            None => {
                let out = v.dup();
                st.slots.insert(name.to_string(), v);
                (out, None)
            }
        }
    });
    drop(loser);
    out
}

crate::js_fn!(node_error_to_string => error_to_string);

fn error_to_string(cx: Ctx, this: crate::engine::Arg, _args: crate::engine::Args) -> JsResult<Value> {
    let name = cx.get(&this, "name")?;
    let code = cx.get(&this, "code")?;
    let message = cx.get(&this, "message")?;
    let s = format!("{} [{}]: {}", cx.to_string(&name)?, cx.to_string(&code)?, cx.to_string(&message)?);
    cx.string(&s)
}
