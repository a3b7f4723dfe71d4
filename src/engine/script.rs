//! Embedded JavaScript, and the property keys and calls of hot native paths.
//!
//! Some built-ins are most naturally JS (classes user code subclasses, promise
//! plumbing): their source is embedded with `embedded_js!` as a function
//! expression and called once per context with a native binding object
//! ([`Ctx::call_script_factory`]).
//!
//! Hot native functions (node:events' emit/on/off) look up the same few
//! property names on every call. [`Ctx::make_static_key`] turns each into an
//! atom once, stored in the function's data as an integer beside the interned
//! string that keeps it alive; [`StaticKey`] reads it back with no lookup.
//! [`AtomKey`] is a key from a run-time value (the event name) that can be
//! compared with a `StaticKey` — what introspect.rs's `PropKey` cannot do
//! without exposing its atom. All calls used here have one ABI in both
//! engines (`JS_GetProperty`/`JS_SetProperty` come from host_compat.c in host
//! mode).

use std::os::raw::c_int;

use rquickjs_sys as q;

use super::value::tag;
use super::{Args, Ctx, JsRef, JsResult, Slots, Thrown, Value};

/// A property key as an engine atom; released on drop. Two keys are equal
/// when they name the same property (equal strings, or the same symbol).
pub struct AtomKey {
    ctx: *mut q::JSContext,
    atom: q::JSAtom,
}

impl PartialEq for AtomKey {
    fn eq(&self, other: &AtomKey) -> bool {
        self.atom == other.atom
    }
}

impl Drop for AtomKey {
    fn drop(&mut self) {
        // A null context marks a key borrowed from a live value (`KeyRef`).
        if !self.ctx.is_null() {
            // SAFETY: AtomKey owns one reference to the atom.
            unsafe { q::JS_FreeAtom(self.ctx, self.atom) }
        }
    }
}

/// A key from [`Ctx::cached_atom_key`]: owns its atom, or borrows it from the
/// key value it was made from (which lives for `'k`).
pub struct KeyRef<'k> {
    key: AtomKey,
    _value: std::marker::PhantomData<&'k ()>,
}

impl std::ops::Deref for KeyRef<'_> {
    type Target = AtomKey;
    fn deref(&self) -> &AtomKey {
        &self.key
    }
}

/// A property key given by [`Ctx::static_key`]; copyable, valid while its
/// holder value lives.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct StaticKey(q::JSAtom);

impl AtomKey {
    /// True if this is the same property key as `k`.
    pub fn is(&self, k: StaticKey) -> bool {
        self.atom == k.0
    }
}

impl Ctx {
    /// Evaluates `src`, a script whose completion value is a function
    /// (`(function (binding) { ... })`), and calls it with `arg`.
    pub fn call_script_factory(&self, src: &str, filename: &str, arg: &impl JsRef) -> JsResult<Value> {
        let factory = self.eval_script(src, filename)?;
        if !self.is_function(&factory) {
            return Err(self.throw_internal(&format!("{filename} does not evaluate to a function")));
        }
        self.call(&factory, &self.undefined(), &[super::Arg::new_from(arg)])
    }

    /// An interned JS string for `name`: keeps its atom alive while it lives and
    /// makes [`Ctx::get_by_value`] with it skip string hashing.
    pub fn interned(&self, name: &str) -> JsResult<Value> {
        // SAFETY: live context; the atom's reference moves into the string value
        // (JS_AtomToString adds one, JS_FreeAtom drops ours).
        unsafe {
            let atom = q::JS_NewAtomLen(self.as_raw(), name.as_ptr() as *const _, name.len() as _);
            if atom == 0 {
                return Err(Thrown);
            }
            let s = q::JS_AtomToString(self.as_raw(), atom);
            q::JS_FreeAtom(self.as_raw(), atom);
            self.wrap(s)
        }
    }

    /// The property key `key` stands for (ToPropertyKey), held as an atom.
    pub fn atom_key(&self, key: &impl JsRef) -> JsResult<AtomKey> {
        // SAFETY: live context; atom 0 (the null atom) means an exception is pending.
        let atom = unsafe { q::JS_ValueToAtom(self.as_raw(), key.raw()) };
        if atom == 0 {
            Err(Thrown)
        } else {
            Ok(AtomKey { ctx: self.as_raw(), atom })
        }
    }

    /// `obj[key]` with a key made by [`Ctx::atom_key`].
    pub fn get_atom(&self, obj: &impl JsRef, key: &AtomKey) -> JsResult<Value> {
        // SAFETY: key.atom is alive while key is; the result is a new reference.
        self.wrap(unsafe { q::JS_GetProperty(self.as_raw(), obj.raw(), key.atom) })
    }

    /// A property key fixed once for a native function: `(holder, handle)`.
    /// Put both in the function's data; `holder` (the key's own interned
    /// string or symbol) keeps the atom alive, and `handle` (an integer) gives
    /// it back with [`Ctx::static_key`] without any lookup.
    pub fn make_static_key(&self, key: &impl JsRef) -> JsResult<(Value, Value)> {
        let k = self.atom_key(key)?;
        // SAFETY: returns the atom's own value (string or symbol), a new reference.
        let holder = self.wrap(unsafe { q::JS_AtomToValue(self.as_raw(), k.atom) })?;
        Ok((holder, self.int(k.atom as i32)))
    }

    /// The key behind a `handle` from [`Ctx::make_static_key`].
    ///
    /// # Safety
    /// `handle` must come from `make_static_key` in this runtime, and its
    /// `holder` must be alive (kept in the same function's data).
    #[inline]
    pub unsafe fn static_key(&self, handle: &impl JsRef) -> StaticKey {
        StaticKey(atom_of_handle(handle.raw()))
    }

    /// `obj[key]` for a static key.
    pub fn get_static(&self, obj: &impl JsRef, key: StaticKey) -> JsResult<Value> {
        // SAFETY: the key's atom is alive (StaticKey's contract); new reference.
        self.wrap(unsafe { q::JS_GetProperty(self.as_raw(), obj.raw(), key.0) })
    }

    /// `obj[key] = val` for a static key (consumes `val`; throws like strict mode).
    pub fn set_static(&self, obj: &impl JsRef, key: StaticKey, val: Value) -> JsResult<()> {
        // SAFETY: as get_static; JS_SetProperty takes the value's reference.
        let rc = unsafe { q::JS_SetProperty(self.as_raw(), obj.raw(), key.0, val.into_raw()) };
        if rc < 0 {
            Err(Thrown)
        } else {
            Ok(())
        }
    }

    /// `Object.defineProperty(obj, key, { value: val, ...flags })` for a static
    /// key (consumes `val`).
    pub fn define_static(&self, obj: &impl JsRef, key: StaticKey, val: Value, flags: super::Prop) -> JsResult<()> {
        // SAFETY: as set_static; JS_DefinePropertyValue takes the value's reference.
        let rc = unsafe {
            q::JS_DefinePropertyValue(self.as_raw(), obj.raw(), key.0, val.into_raw(), flags.0 | q::JS_PROP_THROW as c_int)
        };
        if rc < 0 {
            Err(Thrown)
        } else {
            Ok(())
        }
    }

    /// `obj[key] = val` (consumes `val`; throws like strict mode).
    pub fn set_atom(&self, obj: &impl JsRef, key: &AtomKey, val: Value) -> JsResult<()> {
        // SAFETY: key.atom is alive while key is; JS_SetProperty takes the value.
        let rc = unsafe { q::JS_SetProperty(self.as_raw(), obj.raw(), key.atom, val.into_raw()) };
        if rc < 0 {
            Err(Thrown)
        } else {
            Ok(())
        }
    }

    /// Defines `obj[key] = val` as a plain data property (writable,
    /// enumerable, configurable; consumes `val`): for objects a native
    /// function fills in one go, with no setter lookup on the prototype chain.
    pub fn define_atom(&self, obj: &impl JsRef, key: &AtomKey, val: Value) -> JsResult<()> {
        let flags = (q::JS_PROP_C_W_E | q::JS_PROP_THROW) as c_int;
        // SAFETY: key.atom is alive while key is; JS_DefinePropertyValue takes the value.
        let rc = unsafe { q::JS_DefinePropertyValue(self.as_raw(), obj.raw(), key.atom, val.into_raw(), flags) };
        if rc < 0 {
            Err(Thrown)
        } else {
            Ok(())
        }
    }

    /// `new Date(ms)`.
    pub fn date(&self, ms: f64) -> JsResult<Value> {
        // SAFETY: live context; JS_NewDate exists with this prototype in both engines.
        self.wrap(unsafe { q::JS_NewDate(self.as_raw(), ms) })
    }

    /// `delete obj[key]` in strict mode (throws for a non-configurable property).
    pub fn delete_atom(&self, obj: &impl JsRef, key: &AtomKey) -> JsResult<()> {
        // SAFETY: key.atom is alive while key is.
        let rc = unsafe { q::JS_DeleteProperty(self.as_raw(), obj.raw(), key.atom, q::JS_PROP_THROW as c_int) };
        if rc < 0 {
            Err(Thrown)
        } else {
            Ok(())
        }
    }

    /// `f.call(this, ...args.slice(skip))`, forwarding a native function's own
    /// arguments without building an array: the engine's argument array is
    /// passed on in place (JS_Call copies what the callee may change).
    pub fn call_args(&self, f: &impl JsRef, this: &impl JsRef, args: Args, skip: usize) -> JsResult<Value> {
        let rest = args.rest(skip);
        let mut none = q::JS_UNDEFINED;
        let argv: *mut q::JSValue = if rest.is_empty() { &mut none } else { rest.as_ptr() as *mut q::JSValue };
        // SAFETY: the arguments are borrowed for the call and JS_Call only reads
        // them (JS_CALL_FLAG_COPY_ARGV in both engines); the result is new.
        self.wrap(unsafe { q::JS_Call(self.as_raw(), f.raw(), this.raw(), rest.len() as c_int, argv) })
    }

    /// [`Ctx::atom_key`] through a cache of recent keys kept in a native
    /// function's updatable data (`cache`, at least [`KEY_CACHE_SLOTS`] long):
    /// a string or symbol that is the very value seen before (the engine hands
    /// a literal `'data'` to every call as the same string) gets its atom
    /// without hashing the string again. Entries hold the key value (so its
    /// identity cannot be reused) and the atom's own value (which keeps the
    /// atom alive). A key whose value is the atom's own string or symbol (a
    /// literal's is) borrows the atom from that value, which the caller holds;
    /// any other gets its own reference, so a re-entrant call that evicts the
    /// entry cannot free the atom under the caller.
    #[inline(always)]
    pub fn cached_atom_key<'k>(&self, cache: &mut Slots, key: &'k impl JsRef) -> JsResult<KeyRef<'k>> {
        let raw = key.raw();
        let t = tag(raw);
        if t == q::JS_TAG_STRING || t == q::JS_TAG_SYMBOL {
            if let Some(entries) = cache.values().get(..KEY_CACHE_SLOTS) {
                // SAFETY: strings and symbols carry a pointer.
                let ptr = unsafe { q::JS_VALUE_GET_PTR(raw) };
                for e in 0..KEY_CACHE_ENTRIES {
                    let seen = entries[1 + 3 * e];
                    // SAFETY: as above; the tag is checked first.
                    if tag(seen) == t && unsafe { q::JS_VALUE_GET_PTR(seen) } == ptr {
                        let atom = atom_of_handle(entries[3 + 3 * e]);
                        // SAFETY: the holder carries a pointer (a string or symbol).
                        let own = unsafe { q::JS_VALUE_GET_PTR(entries[2 + 3 * e]) } == ptr;
                        let ctx = if own {
                            std::ptr::null_mut()
                        } else {
                            // SAFETY: the entry's holder keeps `atom` alive; the key gets its own reference.
                            unsafe { q::JS_DupAtom(self.as_raw(), atom) };
                            self.as_raw()
                        };
                        return Ok(KeyRef { key: AtomKey { ctx, atom }, _value: std::marker::PhantomData });
                    }
                }
                return self.cache_atom_key(cache, key).map(|key| KeyRef { key, _value: std::marker::PhantomData });
            }
        }
        self.atom_key(key).map(|key| KeyRef { key, _value: std::marker::PhantomData })
    }

    #[inline(never)]
    fn cache_atom_key(&self, cache: &mut Slots, key: &impl JsRef) -> JsResult<AtomKey> {
        let k = self.atom_key(key)?;
        // SAFETY: a new reference to the atom's own string or symbol.
        let holder = self.wrap(unsafe { q::JS_AtomToValue(self.as_raw(), k.atom) })?;
        let e = match self.as_number(&cache.get(0)) {
            Some(n) if (n as usize) < KEY_CACHE_ENTRIES => n as usize,
            _ => 0,
        };
        cache.set(*self, 1 + 3 * e, self.dup(key));
        cache.set(*self, 2 + 3 * e, holder);
        cache.set(*self, 3 + 3 * e, self.int(k.atom as i32));
        cache.set(*self, 0, self.int(((e + 1) % KEY_CACHE_ENTRIES) as i32));
        Ok(k)
    }
}

/// The atom a handle value stands for: its bits as an int value (0, the null
/// atom, for anything else).
#[inline]
fn atom_of_handle(v: q::JSValue) -> q::JSAtom {
    if tag(v) == q::JS_TAG_INT {
        // SAFETY: the tag says the int member is live.
        unsafe { q::JS_VALUE_GET_INT(v) as q::JSAtom }
    } else {
        0
    }
}

/// Entries of a [`Ctx::cached_atom_key`] cache.
const KEY_CACHE_ENTRIES: usize = 4;
/// Data slots a [`Ctx::cached_atom_key`] cache takes: a cursor and (key, holder, atom) per entry.
pub(crate) const KEY_CACHE_SLOTS: usize = 1 + 3 * KEY_CACHE_ENTRIES;
