//! Object introspection for `util.inspect`, `util.types` and
//! `util.isDeepStrictEqual`: what kind of built-in an object is, its own
//! property keys and descriptors (symbols and accessors included), its
//! prototype, a promise's state, a proxy's target.
//!
//! Everything here uses calls with the same ABI in quickjs-ng and Bellard's
//! QuickJS. Built-in class IDs are probed once from real objects (`new Map()`
//! etc.) and compared with `JS_GetClassID`; a constructor the engine lacks
//! (e.g. `Float16Array` on an old engine) probes as id 0, which no object has.
//!
//! Two engine-internal structures are read, and only these two, because no
//! public call exposes them in both engines: a Proxy's opaque `JSProxyData`
//! (`{ JSValue target; JSValue handler; uint8_t is_func; uint8_t is_revoked; }`)
//! and a Map/Set iterator's opaque `JSMapIteratorData` (`{ JSValue obj;
//! JSIteratorKindEnum kind; JSMapRecord *cur_record; }`). Both have the same
//! layout in quickjs-ng 0.16 (quickjs.c:932, :53865) and Bellard 2025-09-13
//! (quickjs.c:680, :49122), and both engines store them with the object's
//! opaque pointer, which `JS_GetOpaque(obj, class_id)` returns after checking
//! the class. That is what lets `util.inspect` show a proxy's target without
//! running its traps (Node's behaviour) and preview a Map iterator without
//! advancing it.

use std::os::raw::c_int;
use std::sync::OnceLock;

use rquickjs_sys as q;

use super::value::tag;
use super::{Ctx, JsRef, JsResult, Thrown, Value};

/// What built-in an object is (by its engine class).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Not an object.
    Primitive,
    /// An ordinary object or a class the list below does not name.
    Object,
    Array,
    Error,
    Function,
    AsyncFunction,
    GeneratorFunction,
    AsyncGeneratorFunction,
    Map,
    Set,
    WeakMap,
    WeakSet,
    WeakRef,
    FinalizationRegistry,
    Date,
    RegExp,
    Promise,
    Proxy,
    ArrayBuffer,
    SharedArrayBuffer,
    DataView,
    TypedArray(TypedArrayKind),
    MapIterator,
    SetIterator,
    ArrayIterator,
    StringIterator,
    RegExpStringIterator,
    Generator,
    AsyncGenerator,
    Arguments,
    NumberObject,
    StringObject,
    BooleanObject,
    SymbolObject,
    BigIntObject,
    ModuleNamespace,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypedArrayKind {
    Uint8Clamped,
    Int8,
    Uint8,
    Int16,
    Uint16,
    Int32,
    Uint32,
    BigInt64,
    BigUint64,
    Float16,
    Float32,
    Float64,
}

impl TypedArrayKind {
    pub fn name(self) -> &'static str {
        match self {
            TypedArrayKind::Uint8Clamped => "Uint8ClampedArray",
            TypedArrayKind::Int8 => "Int8Array",
            TypedArrayKind::Uint8 => "Uint8Array",
            TypedArrayKind::Int16 => "Int16Array",
            TypedArrayKind::Uint16 => "Uint16Array",
            TypedArrayKind::Int32 => "Int32Array",
            TypedArrayKind::Uint32 => "Uint32Array",
            TypedArrayKind::BigInt64 => "BigInt64Array",
            TypedArrayKind::BigUint64 => "BigUint64Array",
            TypedArrayKind::Float16 => "Float16Array",
            TypedArrayKind::Float32 => "Float32Array",
            TypedArrayKind::Float64 => "Float64Array",
        }
    }
    pub fn is_bigint(self) -> bool {
        matches!(self, TypedArrayKind::BigInt64 | TypedArrayKind::BigUint64)
    }
}

impl Kind {
    pub fn is_function(self) -> bool {
        matches!(
            self,
            Kind::Function | Kind::AsyncFunction | Kind::GeneratorFunction | Kind::AsyncGeneratorFunction
        )
    }
    pub fn is_boxed_primitive(self) -> bool {
        matches!(
            self,
            Kind::NumberObject | Kind::StringObject | Kind::BooleanObject | Kind::SymbolObject | Kind::BigIntObject
        )
    }
}

struct KindTable {
    by_id: Vec<Kind>,
    proxy: u32,
    map_iter: u32,
    set_iter: u32,
}

static KINDS: OnceLock<KindTable> = OnceLock::new();

const PROBES: &[(&str, Kind)] = &[
    ("[]", Kind::Array),
    ("new Error('')", Kind::Error),
    ("(function(){})", Kind::Function),
    ("(function(){}).bind(null)", Kind::Function),
    ("Math.abs", Kind::Function),
    ("(()=>{})", Kind::Function),
    ("(class{})", Kind::Function),
    ("(async function(){})", Kind::AsyncFunction),
    ("(async()=>{})", Kind::AsyncFunction),
    ("(function*(){})", Kind::GeneratorFunction),
    ("(async function*(){})", Kind::AsyncGeneratorFunction),
    ("new Map()", Kind::Map),
    ("new Set()", Kind::Set),
    ("new WeakMap()", Kind::WeakMap),
    ("new WeakSet()", Kind::WeakSet),
    ("typeof WeakRef==='function'?new WeakRef({}):0", Kind::WeakRef),
    ("typeof FinalizationRegistry==='function'?new FinalizationRegistry(()=>{}):0", Kind::FinalizationRegistry),
    ("new Date(0)", Kind::Date),
    ("/a/", Kind::RegExp),
    ("Promise.resolve()", Kind::Promise),
    ("new Proxy({},{})", Kind::Proxy),
    ("new ArrayBuffer(0)", Kind::ArrayBuffer),
    ("typeof SharedArrayBuffer==='function'?new SharedArrayBuffer(0):0", Kind::SharedArrayBuffer),
    ("new DataView(new ArrayBuffer(0))", Kind::DataView),
    ("new Uint8ClampedArray(0)", Kind::TypedArray(TypedArrayKind::Uint8Clamped)),
    ("new Int8Array(0)", Kind::TypedArray(TypedArrayKind::Int8)),
    ("new Uint8Array(0)", Kind::TypedArray(TypedArrayKind::Uint8)),
    ("new Int16Array(0)", Kind::TypedArray(TypedArrayKind::Int16)),
    ("new Uint16Array(0)", Kind::TypedArray(TypedArrayKind::Uint16)),
    ("new Int32Array(0)", Kind::TypedArray(TypedArrayKind::Int32)),
    ("new Uint32Array(0)", Kind::TypedArray(TypedArrayKind::Uint32)),
    ("new BigInt64Array(0)", Kind::TypedArray(TypedArrayKind::BigInt64)),
    ("new BigUint64Array(0)", Kind::TypedArray(TypedArrayKind::BigUint64)),
    ("typeof Float16Array==='function'?new Float16Array(0):0", Kind::TypedArray(TypedArrayKind::Float16)),
    ("new Float32Array(0)", Kind::TypedArray(TypedArrayKind::Float32)),
    ("new Float64Array(0)", Kind::TypedArray(TypedArrayKind::Float64)),
    ("new Map().entries()", Kind::MapIterator),
    ("new Set().values()", Kind::SetIterator),
    ("[].values()", Kind::ArrayIterator),
    ("''[Symbol.iterator]()", Kind::StringIterator),
    ("/a/[Symbol.matchAll]('')", Kind::RegExpStringIterator),
    ("(function*(){})()", Kind::Generator),
    ("(async function*(){})()", Kind::AsyncGenerator),
    ("(function(){return arguments})()", Kind::Arguments),
    ("(function(){'use strict';return arguments})()", Kind::Arguments),
    ("new Number(0)", Kind::NumberObject),
    ("new String('')", Kind::StringObject),
    ("new Boolean(false)", Kind::BooleanObject),
    ("Object(Symbol())", Kind::SymbolObject),
    ("Object(0n)", Kind::BigIntObject),
];

fn eval_probe(ctx: *mut q::JSContext, src: &str, flags: c_int) -> q::JSValue {
    let c = std::ffi::CString::new(src).unwrap_or_default();
    // SAFETY: JS_Eval needs a NUL after the source in both engines; CString has it.
    unsafe { q::JS_Eval(ctx, c.as_ptr(), src.len() as _, c"<probe>".as_ptr(), flags) }
}

fn probe_kinds(ctx: *mut q::JSContext) -> KindTable {
    let mut by_id: Vec<Kind> = Vec::new();
    let mut set = |id: u32, k: Kind| {
        if id == 0 {
            return;
        }
        let i = id as usize;
        if by_id.len() <= i {
            by_id.resize(i + 1, Kind::Object);
        }
        by_id[i] = k;
    };
    let (mut proxy, mut map_iter, mut set_iter) = (0, 0, 0);
    for (src, kind) in PROBES {
        let v = eval_probe(ctx, src, q::JS_EVAL_TYPE_GLOBAL as c_int);
        // SAFETY: v is a fresh value (or the exception marker, class id 0).
        let id = unsafe {
            let id = if tag(v) == q::JS_TAG_OBJECT { q::JS_GetClassID(v) } else { 0 };
            if tag(v) == q::JS_TAG_EXCEPTION {
                q::JS_FreeValue(ctx, q::JS_GetException(ctx));
            } else {
                q::JS_FreeValue(ctx, v);
            }
            id
        };
        match kind {
            Kind::Proxy => proxy = id,
            Kind::MapIterator => map_iter = id,
            Kind::SetIterator => set_iter = id,
            _ => {}
        }
        set(id, *kind);
    }
    // A module namespace object: compile a tiny module, evaluate it, ask for its namespace.
    let m = eval_probe(
        ctx,
        "export {}",
        (q::JS_EVAL_TYPE_MODULE | q::JS_EVAL_FLAG_COMPILE_ONLY) as c_int,
    );
    // SAFETY: a compiled module value holds the JSModuleDef pointer; the namespace
    // is a new reference. Failures only leave the kind unprobed.
    unsafe {
        if tag(m) == q::JS_TAG_MODULE {
            let md = q::JS_VALUE_GET_PTR(m) as *mut q::JSModuleDef;
            let r = q::JS_EvalFunction(ctx, m);
            if tag(r) == q::JS_TAG_EXCEPTION {
                q::JS_FreeValue(ctx, q::JS_GetException(ctx));
            } else {
                q::JS_FreeValue(ctx, r);
                let ns = q::JS_GetModuleNamespace(ctx, md);
                if tag(ns) == q::JS_TAG_OBJECT {
                    set(q::JS_GetClassID(ns), Kind::ModuleNamespace);
                    q::JS_FreeValue(ctx, ns);
                } else if tag(ns) == q::JS_TAG_EXCEPTION {
                    q::JS_FreeValue(ctx, q::JS_GetException(ctx));
                }
            }
        } else if tag(m) == q::JS_TAG_EXCEPTION {
            q::JS_FreeValue(ctx, q::JS_GetException(ctx));
        } else {
            q::JS_FreeValue(ctx, m);
        }
    }
    KindTable { by_id, proxy, map_iter, set_iter }
}

fn kinds(ctx: *mut q::JSContext) -> &'static KindTable {
    KINDS.get_or_init(|| probe_kinds(ctx))
}

/// An owned property key (a JS atom), freed on drop.
pub struct PropKey {
    ctx: *mut q::JSContext,
    atom: q::JSAtom,
}

impl PropKey {
    /// The key as a JS value: a string (also for index keys) or a symbol.
    pub fn to_value(&self) -> JsResult<Value> {
        // SAFETY: live atom of ctx; returns a new reference.
        let v = unsafe { q::JS_AtomToValue(self.ctx, self.atom) };
        unsafe { Ctx::from_raw(self.ctx) }.wrap(v)
    }

    pub fn dup(&self) -> PropKey {
        // SAFETY: adds the reference the new key owns.
        PropKey { ctx: self.ctx, atom: unsafe { q::JS_DupAtom(self.ctx, self.atom) } }
    }

    /// Same key (atoms are interned, so equal keys are equal atoms).
    pub fn same(&self, other: &PropKey) -> bool {
        self.atom == other.atom
    }
}

impl Drop for PropKey {
    fn drop(&mut self) {
        // SAFETY: the key owns one reference to the atom.
        unsafe { q::JS_FreeAtom(self.ctx, self.atom) }
    }
}

/// An own property's descriptor. `getter`/`setter` are `undefined` for data
/// properties; `value` is `undefined` for accessors.
pub struct PropDesc {
    pub value: Value,
    pub getter: Value,
    pub setter: Value,
    pub enumerable: bool,
    pub writable: bool,
    pub configurable: bool,
    pub accessor: bool,
}

/// Which own keys [`Ctx::own_property_keys`] returns.
#[derive(Clone, Copy)]
pub struct KeyFilter {
    pub strings: bool,
    pub symbols: bool,
    pub enumerable_only: bool,
}

/// A promise's settlement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromiseState {
    Pending,
    Fulfilled,
    Rejected,
}

#[repr(C)]
struct ProxyData {
    target: q::JSValue,
    handler: q::JSValue,
    is_func: u8,
    is_revoked: u8,
}

#[repr(C)]
struct MapIteratorData {
    obj: q::JSValue,
    kind: c_int,
    cur_record: *mut std::ffi::c_void,
}

/// A Map/Set iterator's position, as far as the engines let us see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IterState {
    /// `next()` never called: every entry is still ahead.
    Fresh,
    /// Exhausted: nothing ahead.
    Done,
    /// Somewhere in the middle (the exact position is not portable to read).
    Started,
}

impl Ctx {
    /// The built-in kind of `v` (by engine class).
    pub fn kind_of(&self, v: &impl JsRef) -> Kind {
        if tag(v.raw()) != q::JS_TAG_OBJECT {
            return Kind::Primitive;
        }
        // SAFETY: an object's class id is always readable.
        let id = unsafe { q::JS_GetClassID(v.raw()) } as usize;
        let t = kinds(self.as_raw());
        match t.by_id.get(id) {
            Some(Kind::Proxy) => match self.lazy_module_target(v) {
                Some(target) => self.kind_of(&super::Arg::new(target)),
                None => Kind::Proxy,
            },
            Some(k) => *k,
            None => Kind::Object,
        }
    }

    /// The raw data of a proxy (None for anything else).
    fn proxy_data(&self, v: &impl JsRef) -> Option<&ProxyData> {
        let id = kinds(self.as_raw()).proxy;
        if id == 0 || tag(v.raw()) != q::JS_TAG_OBJECT {
            return None;
        }
        // SAFETY: JS_GetOpaque checks the class; a proxy's opaque is its JSProxyData
        // (same layout in both engines, see the module comment), alive as long as `v`.
        unsafe { (q::JS_GetOpaque(v.raw(), id) as *const ProxyData).as_ref() }
    }

    /// The target of one of the library's lazily filled module objects
    /// (modules::lazy: a proxy whose handler has an own `jsrtNodeLazy`),
    /// which introspection treats as that target: Node's are no proxies.
    /// Borrowed from `v`. Reading the handler's own property runs no code.
    pub(crate) fn lazy_module_target(&self, v: &impl JsRef) -> Option<q::JSValue> {
        let d = self.proxy_data(v)?;
        self.is_lazy_module_handler(d.handler).then_some(d.target)
    }

    fn is_lazy_module_handler(&self, handler: q::JSValue) -> bool {
        if tag(handler) != q::JS_TAG_OBJECT {
            return false;
        }
        // SAFETY: live handler object; the atom is freed here.
        unsafe {
            let atom = q::JS_NewAtom(self.as_raw(), c"jsrtNodeLazy".as_ptr());
            let r = q::JS_GetOwnProperty(self.as_raw(), std::ptr::null_mut(), handler, atom);
            q::JS_FreeAtom(self.as_raw(), atom);
            r > 0
        }
    }

    /// A proxy's target and handler (None if `v` is not a proxy), read without
    /// running any trap. The flag is true for a revoked proxy.
    /// The library's lazily filled module objects are not proxies here
    /// (see lazy_module_target).
    pub fn proxy_parts(&self, v: &impl JsRef) -> Option<(Value, Value, bool)> {
        let d = self.proxy_data(v)?;
        if self.is_lazy_module_handler(d.handler) {
            return None;
        }
        let target = self.dup(&super::Arg::new(d.target));
        let handler = self.dup(&super::Arg::new(d.handler));
        Some((target, handler, d.is_revoked != 0))
    }

    /// The collection a Map/Set iterator walks, what it yields (0 keys,
    /// 1 values, 2 `[key, value]` entries) and how far it got.
    pub fn collection_iterator_parts(&self, v: &impl JsRef) -> Option<(Value, i32, IterState)> {
        let t = kinds(self.as_raw());
        if tag(v.raw()) != q::JS_TAG_OBJECT {
            return None;
        }
        // SAFETY: class-checked opaque pointer, layout as in the module comment.
        unsafe {
            let id = q::JS_GetClassID(v.raw());
            if id == 0 || (id != t.map_iter && id != t.set_iter) {
                return None;
            }
            let p = q::JS_GetOpaque(v.raw(), id) as *const MapIteratorData;
            if p.is_null() {
                return None;
            }
            let d = &*p;
            let obj = self.dup(&super::Arg::new(d.obj));
            let state = if tag(d.obj) != q::JS_TAG_OBJECT {
                IterState::Done
            } else if d.cur_record.is_null() {
                IterState::Fresh
            } else {
                IterState::Started
            };
            // JS_ITERATOR_KIND_KEY, _VALUE, _KEY_AND_VALUE are 0, 1, 2 in both engines.
            Some((obj, d.kind, state))
        }
    }

    /// `new Promise(...)` without an executor: the promise and its resolve
    /// and reject functions.
    pub fn promise_capability(&self) -> JsResult<(Value, Value, Value)> {
        let mut funcs = [q::JS_UNDEFINED; 2];
        // SAFETY: live context; on success funcs holds two new references.
        let p = self.wrap(unsafe { q::JS_NewPromiseCapability(self.as_raw(), funcs.as_mut_ptr()) })?;
        // SAFETY: each reference is owned once, here.
        let (res, rej) = unsafe { (Value::from_raw(self.as_raw(), funcs[0]), Value::from_raw(self.as_raw(), funcs[1])) };
        Ok((p, res, rej))
    }

    /// A promise's state and (when settled) its result.
    pub fn promise_state(&self, v: &impl JsRef) -> Option<(PromiseState, Value)> {
        if self.kind_of(v) != Kind::Promise {
            return None;
        }
        // SAFETY: v is a promise; JS_PromiseResult returns a new reference.
        unsafe {
            let st = q::JS_PromiseState(self.as_raw(), v.raw());
            let state = match st {
                x if x == q::JSPromiseStateEnum_JS_PROMISE_FULFILLED => PromiseState::Fulfilled,
                x if x == q::JSPromiseStateEnum_JS_PROMISE_REJECTED => PromiseState::Rejected,
                _ => PromiseState::Pending,
            };
            let r = q::JS_PromiseResult(self.as_raw(), v.raw());
            Some((state, Value::from_raw(self.as_raw(), r)))
        }
    }

    /// `Object.getPrototypeOf(v)` (runs a proxy's trap).
    pub fn prototype_of(&self, v: &impl JsRef) -> JsResult<Value> {
        // SAFETY: live context; a new reference or the exception marker.
        self.wrap(unsafe { q::JS_GetPrototype(self.as_raw(), v.raw()) })
    }

    /// `v instanceof ctor` (with `Symbol.hasInstance`).
    pub fn instance_of(&self, v: &impl JsRef, ctor: &impl JsRef) -> JsResult<bool> {
        // SAFETY: live context.
        let r = unsafe { q::JS_IsInstanceOf(self.as_raw(), v.raw(), ctor.raw()) };
        if r < 0 {
            Err(Thrown)
        } else {
            Ok(r != 0)
        }
    }

    /// Identity of an object (its address), for cycle detection; 0 for primitives.
    pub fn identity(&self, v: &impl JsRef) -> usize {
        if tag(v.raw()) != q::JS_TAG_OBJECT {
            return 0;
        }
        // SAFETY: an object value carries a pointer.
        unsafe { q::JS_VALUE_GET_PTR(v.raw()) as usize }
    }

    /// A property key from a string.
    pub fn key(&self, name: &str) -> PropKey {
        // SAFETY: name is valid UTF-8 of the given length.
        let atom = unsafe { q::JS_NewAtomLen(self.as_raw(), name.as_ptr() as *const _, name.len() as _) };
        PropKey { ctx: self.as_raw(), atom }
    }

    /// A property key from an array index.
    pub fn key_index(&self, i: u32) -> PropKey {
        // SAFETY: live context.
        PropKey { ctx: self.as_raw(), atom: unsafe { q::JS_NewAtomUInt32(self.as_raw(), i) } }
    }

    /// `ToPropertyKey(v)` as an atom (strings, numbers, symbols).
    pub fn key_from_value(&self, v: &impl JsRef) -> JsResult<PropKey> {
        // SAFETY: live context; the null atom (0) signals an exception.
        let atom = unsafe { q::JS_ValueToAtom(self.as_raw(), v.raw()) };
        if atom == 0 {
            return Err(Thrown);
        }
        Ok(PropKey { ctx: self.as_raw(), atom })
    }

    /// Whether the key is a symbol.
    pub fn key_is_symbol(&self, k: &PropKey) -> bool {
        match k.to_value() {
            Ok(v) => self.is_symbol(&v),
            Err(_) => {
                let _ = self.take_exception();
                false
            }
        }
    }

    /// The key's text (its description for a symbol), WTF-8.
    pub fn key_bytes(&self, k: &PropKey) -> Vec<u8> {
        let mut len: usize = 0;
        // SAFETY: live atom; the C string is freed right after copying.
        unsafe {
            let p = q::JS_AtomToCStringLen(self.as_raw(), &mut len as *mut usize as *mut _, k.atom);
            if p.is_null() {
                let _ = self.take_exception();
                return Vec::new();
            }
            let out = std::slice::from_raw_parts(p as *const u8, len).to_vec();
            q::JS_FreeCString(self.as_raw(), p);
            out
        }
    }

    /// Own property keys in spec order (indices, strings, symbols). May run a
    /// proxy's `ownKeys` trap.
    pub fn own_property_keys(&self, obj: &impl JsRef, filter: KeyFilter) -> JsResult<Vec<PropKey>> {
        self.own_keys_from(obj, filter, false)
    }

    /// Own keys that are not array indices (Node's `getOwnNonIndexProperties`):
    /// the engine lists index keys first and in order, so their end is found
    /// by bisection and only the keys after them are kept.
    pub fn own_non_index_keys(&self, obj: &impl JsRef, filter: KeyFilter) -> JsResult<Vec<PropKey>> {
        self.own_keys_from(obj, filter, true)
    }

    fn own_keys_from(&self, obj: &impl JsRef, filter: KeyFilter, skip_indices: bool) -> JsResult<Vec<PropKey>> {
        let mut tab: *mut q::JSPropertyEnum = std::ptr::null_mut();
        let mut len: u32 = 0;
        let mut flags = 0u32;
        if filter.strings {
            flags |= q::JS_GPN_STRING_MASK;
        }
        if filter.symbols {
            flags |= q::JS_GPN_SYMBOL_MASK;
        }
        if filter.enumerable_only {
            flags |= q::JS_GPN_ENUM_ONLY;
        }
        // SAFETY: on success the engine allocates tab[len].
        let rc = unsafe { q::JS_GetOwnPropertyNames(self.as_raw(), &mut tab, &mut len, obj.raw(), flags as c_int) };
        if rc < 0 {
            return Err(Thrown);
        }
        // SAFETY: indices stay below len; kept atoms are duplicated before the
        // table is freed.
        unsafe {
            let mut first = 0usize;
            if skip_indices {
                let mut hi = len as usize;
                while first < hi {
                    let mid = (first + hi) / 2;
                    if self.is_index_atom((*tab.add(mid)).atom) {
                        first = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
            }
            let mut out = Vec::with_capacity(len as usize - first);
            for i in first..len as usize {
                let atom = (*tab.add(i)).atom;
                out.push(PropKey { ctx: self.as_raw(), atom: q::JS_DupAtom(self.as_raw(), atom) });
            }
            q::JS_FreePropertyEnum(self.as_raw(), tab, len);
            Ok(out)
        }
    }

    /// True for an atom that is an array index (a canonical integer < 2^32 - 1).
    fn is_index_atom(&self, atom: q::JSAtom) -> bool {
        // SAFETY: a live atom; the value and C string are freed at once.
        unsafe {
            let v = q::JS_AtomToValue(self.as_raw(), atom);
            let string = tag(v) == q::JS_TAG_STRING;
            q::JS_FreeValue(self.as_raw(), v);
            if !string {
                return false;
            }
            let mut n: usize = 0;
            let p = q::JS_AtomToCStringLen(self.as_raw(), &mut n as *mut usize as *mut _, atom);
            if p.is_null() {
                let _ = self.take_exception();
                return false;
            }
            let b = std::slice::from_raw_parts(p as *const u8, n);
            let ok = !b.is_empty()
                && b.len() <= 10
                && (b[0] != b'0' || b.len() == 1)
                && b.iter().all(|c| c.is_ascii_digit())
                && std::str::from_utf8(b).ok().and_then(|t| t.parse::<u64>().ok()).is_some_and(|x| x < 4_294_967_295);
            q::JS_FreeCString(self.as_raw(), p);
            ok
        }
    }

    /// `Object.getOwnPropertyDescriptor(obj, key)`.
    pub fn own_property(&self, obj: &impl JsRef, key: &PropKey) -> JsResult<Option<PropDesc>> {
        let mut d = q::JSPropertyDescriptor {
            flags: 0,
            value: q::JS_UNDEFINED,
            getter: q::JS_UNDEFINED,
            setter: q::JS_UNDEFINED,
        };
        // SAFETY: on success (1) the descriptor's three values are ours to free.
        let rc = unsafe { q::JS_GetOwnProperty(self.as_raw(), &mut d, obj.raw(), key.atom) };
        if rc < 0 {
            return Err(Thrown);
        }
        if rc == 0 {
            return Ok(None);
        }
        let f = d.flags as u32;
        // SAFETY: see above.
        unsafe {
            Ok(Some(PropDesc {
                value: Value::from_raw(self.as_raw(), d.value),
                getter: Value::from_raw(self.as_raw(), d.getter),
                setter: Value::from_raw(self.as_raw(), d.setter),
                enumerable: f & q::JS_PROP_ENUMERABLE != 0,
                writable: f & q::JS_PROP_WRITABLE != 0,
                configurable: f & q::JS_PROP_CONFIGURABLE != 0,
                accessor: f & q::JS_PROP_GETSET != 0,
            }))
        }
    }

    /// Whether `obj` has an own property `key` (no descriptor values kept).
    pub fn has_own(&self, obj: &impl JsRef, key: &PropKey) -> JsResult<bool> {
        Ok(self.own_property(obj, key)?.is_some())
    }

    /// `key in obj`.
    pub fn has_key(&self, obj: &impl JsRef, key: &PropKey) -> JsResult<bool> {
        // SAFETY: live context.
        let r = unsafe { q::JS_HasProperty(self.as_raw(), obj.raw(), key.atom) };
        if r < 0 {
            Err(Thrown)
        } else {
            Ok(r != 0)
        }
    }

    /// `obj[key]`.
    pub fn get_key(&self, obj: &impl JsRef, key: &PropKey) -> JsResult<Value> {
        // SAFETY: live context; a new reference or the exception marker.
        self.wrap(unsafe { q::JS_GetProperty(self.as_raw(), obj.raw(), key.atom) })
    }

    /// `obj[key] = val` (consumes `val`).
    pub fn set_key(&self, obj: &impl JsRef, key: &PropKey, val: Value) -> JsResult<()> {
        // SAFETY: JS_SetProperty takes ownership of the value.
        let r = unsafe { q::JS_SetProperty(self.as_raw(), obj.raw(), key.atom, val.into_raw()) };
        if r < 0 {
            Err(Thrown)
        } else {
            Ok(())
        }
    }

    /// `Object.defineProperty(obj, key, { value, writable, enumerable, configurable })` (consumes `val`).
    pub fn define_key(&self, obj: &impl JsRef, key: &PropKey, val: Value, writable: bool, enumerable: bool, configurable: bool) -> JsResult<()> {
        let mut flags = q::JS_PROP_THROW;
        if writable {
            flags |= q::JS_PROP_WRITABLE;
        }
        if enumerable {
            flags |= q::JS_PROP_ENUMERABLE;
        }
        if configurable {
            flags |= q::JS_PROP_CONFIGURABLE;
        }
        // SAFETY: takes ownership of the value.
        let r = unsafe { q::JS_DefinePropertyValue(self.as_raw(), obj.raw(), key.atom, val.into_raw(), flags as c_int) };
        if r < 0 {
            Err(Thrown)
        } else {
            Ok(())
        }
    }

    /// Defines an accessor property (consumes getter and setter; pass
    /// `undefined` for a missing one).
    pub fn define_accessor(&self, obj: &impl JsRef, key: &PropKey, getter: Value, setter: Value, enumerable: bool, configurable: bool) -> JsResult<()> {
        let mut flags = q::JS_PROP_THROW;
        if enumerable {
            flags |= q::JS_PROP_ENUMERABLE;
        }
        if configurable {
            flags |= q::JS_PROP_CONFIGURABLE;
        }
        // SAFETY: JS_DefinePropertyGetSet frees the getter and setter it is given.
        let r = unsafe {
            q::JS_DefinePropertyGetSet(self.as_raw(), obj.raw(), key.atom, getter.into_raw(), setter.into_raw(), flags as c_int)
        };
        if r < 0 {
            Err(Thrown)
        } else {
            Ok(())
        }
    }

    /// `delete obj[key]`.
    pub fn delete_key(&self, obj: &impl JsRef, key: &PropKey) -> JsResult<bool> {
        // SAFETY: live context.
        let r = unsafe { q::JS_DeleteProperty(self.as_raw(), obj.raw(), key.atom, 0) };
        if r < 0 {
            Err(Thrown)
        } else {
            Ok(r != 0)
        }
    }

    /// A copy of an ArrayBuffer's (or SharedArrayBuffer's) bytes; None if detached.
    pub fn array_buffer_bytes(&self, v: &impl JsRef) -> Option<Vec<u8>> {
        let mut size: usize = 0;
        // SAFETY: the pointer is valid for `size` bytes until JS runs again; copied at once.
        unsafe {
            let p = q::JS_GetArrayBuffer(self.as_raw(), &mut size as *mut usize as *mut _, v.raw());
            if p.is_null() {
                let _ = self.take_exception();
                return None;
            }
            Some(std::slice::from_raw_parts(p, size).to_vec())
        }
    }

    /// A typed array's (or DataView's) buffer, byte offset, byte length and
    /// bytes per element.
    pub fn typed_array_parts(&self, v: &impl JsRef) -> JsResult<(Value, usize, usize, usize)> {
        let (mut off, mut len, mut bpe) = (0usize, 0usize, 0usize);
        // SAFETY: out-pointers are valid; a new reference or the exception marker.
        let buf = self.wrap(unsafe {
            q::JS_GetTypedArrayBuffer(
                self.as_raw(),
                v.raw(),
                &mut off as *mut usize as *mut _,
                &mut len as *mut usize as *mut _,
                &mut bpe as *mut usize as *mut _,
            )
        })?;
        Ok((buf, off, len, bpe))
    }

    /// A new ArrayBuffer holding a copy of `bytes`.
    pub fn array_buffer_copy(&self, bytes: &[u8]) -> JsResult<Value> {
        // SAFETY: bytes is valid for its length; the engine copies it.
        self.wrap(unsafe { q::JS_NewArrayBufferCopy(self.as_raw(), bytes.as_ptr(), bytes.len() as _) })
    }

    /// `Object.is(a, b)`.
    pub fn same_value(&self, a: &impl JsRef, b: &impl JsRef) -> bool {
        if let (Some(x), Some(y)) = (self.as_number(a), self.as_number(b)) {
            if x.is_nan() && y.is_nan() {
                return true;
            }
            return x == y && x.is_sign_negative() == y.is_sign_negative();
        }
        self.strict_equals(a, b)
    }

}
