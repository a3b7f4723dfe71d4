//! Objects with a fixed prototype and a fixed list of data fields (fs's
//! `Stats` and `Dirent`), made many times over.
//!
//! QuickJS gives an object its fields one at a time: each
//! `JS_DefinePropertyValue` misses the object's own lookup, then finds the
//! next shape in the runtime's table by comparing every field the object
//! already has, and the property array grows by reallocation at 2, 3, 4, 6,
//! 9, 13 fields. For an 18-field `Stats` that was ~7,800 instructions, more
//! than the `stat` system call. And a shape exists only while some object
//! has it, so a `Stats` made after the last one died would rebuild all 18.
//!
//! A [`Record`] therefore keeps a "ladder": one object of every intermediate
//! shape (the prototype with no field, with the first, the first two, ...),
//! so every shape the fields pass through exists. That much is portable, and
//! is all the host engine (Bellard's QuickJS) gets: [`Record::make`] defines
//! the fields in order there.
//!
//! On the bundled quickjs-ng the ladder's top object already has the final
//! shape, and a new object can take it in one step — what the engine does
//! itself for arrays and `arguments` (`JS_NewObjectFromShape`), which is not
//! in its API: the new object (made by `JS_NewObjectProto`, so its GC list
//! entry, class and flags are the engine's own) gets its property array
//! resized once with `js_realloc` to the final shape's size, the values
//! stored, the final shape's reference count raised, the empty shape's
//! lowered (the ladder's first object keeps it above zero) and the shape
//! pointer set. The words touched (object: shape and property-array
//! pointers; shape: reference count, field count, allocated size) are
//! learned at run time by [`probe`] from objects of known shapes — shared
//! and not, reference counts seen to move with a dup and a free — and the
//! result is then checked end to end (fields, order, values, a field added
//! and one deleted afterwards, reference counts back where they were). Any
//! doubt, and `make` stays on the portable route: an engine change can only
//! cost speed. The same reasoning as `string_layout`/`view_layout`.

use super::{AtomKey, Ctx, JsRef, JsResult, Value};

/// Objects with one prototype and one list of enumerable, writable,
/// configurable data fields.
pub struct Record {
    proto: Value,
    keys: Vec<AtomKey>,
    /// `ladder[n]`: an object with the prototype and the first `n` fields
    /// (on a host engine only held, to keep the shapes alive).
    #[cfg_attr(feature = "host-engine", allow(dead_code))]
    ladder: Vec<Value>,
}

impl Record {
    pub fn new(cx: Ctx, proto: &impl JsRef, keys: Vec<AtomKey>) -> JsResult<Record> {
        let mut ladder = Vec::with_capacity(keys.len() + 1);
        for n in 0..=keys.len() {
            let obj = cx.object_with_proto(proto)?;
            for k in &keys[..n] {
                cx.define_atom(&obj, k, cx.undefined())?;
            }
            ladder.push(obj);
        }
        #[cfg(not(feature = "host-engine"))]
        fast::layout(&cx);
        Ok(Record { proto: cx.dup(proto), keys, ladder })
    }

    /// A new object with the prototype and `values` as the fields, in order.
    pub fn make<const N: usize>(&self, cx: Ctx, values: [Value; N]) -> JsResult<Value> {
        debug_assert_eq!(N, self.keys.len());
        let obj = cx.object_with_proto(&self.proto)?;
        #[cfg(not(feature = "host-engine"))]
        let values = match fast::adopt(&cx, &obj, &self.ladder[0], &self.ladder[N], values) {
            fast::Adopt::Done => return Ok(obj),
            fast::Adopt::Failed(e) => return Err(e),
            fast::Adopt::NotHere(values) => values,
        };
        for (k, v) in self.keys.iter().zip(values) {
            cx.define_atom(&obj, k, v)?;
        }
        Ok(obj)
    }
}

/// Whether objects are made in one step here (tests assert it on the
/// bundled engine).
pub fn fast_known(cx: &Ctx) -> bool {
    #[cfg(not(feature = "host-engine"))]
    {
        fast::layout(cx).is_some()
    }
    #[cfg(feature = "host-engine")]
    {
        let _ = cx;
        false
    }
}

#[cfg(not(feature = "host-engine"))]
mod fast {
    use std::sync::OnceLock;

    use rquickjs_sys as q;

    use super::super::value::tag;
    use super::super::{AtomKey, Ctx, JsRef, Thrown, Value};

    /// Where the words sit (byte offsets; `rc` from the start of the object
    /// or shape, negative: the allocator's block header).
    #[derive(Clone, Copy, Debug, PartialEq)]
    pub struct Layout {
        shape: usize,
        prop: usize,
        rc: isize,
        count: usize,
        size: usize,
    }

    /// Candidates for the shape pointer (after the 16-byte GC list link and
    /// the flags word, and with the property-array pointer after it, inside
    /// the smallest object: 56 bytes on 64-bit targets), and for the ints of
    /// a shape's fixed part (56 bytes).
    const OBJ_WORDS: [usize; 3] = [24, 32, 40];
    const SHAPE_INTS: [usize; 9] = [16, 20, 24, 28, 32, 36, 40, 44, 48];
    const RC_CANDIDATES: [isize; 2] = [-8, -4];
    /// A shape's allocated size is never near this for a record.
    const MAX_SIZE: i32 = 4096;

    static LAYOUT: OnceLock<Option<Layout>> = OnceLock::new();

    pub fn layout(cx: &Ctx) -> Option<Layout> {
        *LAYOUT.get_or_init(|| probe(cx))
    }

    fn ptr_of(v: &impl JsRef) -> *mut u8 {
        // SAFETY: only called on object values.
        unsafe { v.raw().u.ptr as *mut u8 }
    }

    /// # Safety
    /// `base + off .. + 8` lies inside a live engine allocation.
    unsafe fn word(base: *const u8, off: usize) -> *mut u8 {
        std::ptr::read_unaligned(base.add(off) as *const *mut u8)
    }

    /// # Safety
    /// As [`word`], for 4 bytes at a possibly negative offset.
    unsafe fn int(base: *const u8, off: isize) -> i32 {
        std::ptr::read_unaligned(base.offset(off) as *const i32)
    }

    unsafe fn set_int(base: *mut u8, off: isize, v: i32) {
        std::ptr::write_unaligned(base.offset(off) as *mut i32, v)
    }

    pub enum Adopt<const N: usize> {
        Done,
        Failed(Thrown),
        NotHere([Value; N]),
    }

    /// Gives `obj` (fresh from `JS_NewObjectProto` with the record's
    /// prototype) the shape of `top` and `values` as its fields.
    pub fn adopt<const N: usize>(cx: &Ctx, obj: &Value, base: &Value, top: &Value, values: [Value; N]) -> Adopt<N> {
        match layout(cx) {
            Some(l) => adopt_with(cx, l, obj, base, top, values),
            None => Adopt::NotHere(values),
        }
    }

    fn adopt_with<const N: usize>(cx: &Ctx, l: Layout, obj: &Value, base: &Value, top: &Value, values: [Value; N]) -> Adopt<N> {
        let p = ptr_of(obj);
        // SAFETY: the offsets were verified by `probe` on this engine; obj,
        // base and top are live plain objects, their shapes live (held by
        // them), and nothing runs in the engine between the checks and the
        // stores except js_realloc, after which the object is consistent
        // again (its empty shape with a larger property array).
        unsafe {
            let empty = word(p, l.shape);
            if empty != word(ptr_of(base), l.shape) {
                return Adopt::NotHere(values); // the prototype's empty shape changed: be portable
            }
            let full = word(ptr_of(top), l.shape);
            let size = int(full, l.size as isize);
            // The ladder's first object and obj both hold the empty shape.
            if int(full, l.count as isize) != N as i32 || size < N as i32 || size > MAX_SIZE || int(empty, l.rc) < 2 {
                return Adopt::NotHere(values);
            }
            let props = word(p, l.prop);
            let bytes = size as usize * std::mem::size_of::<q::JSValue>();
            let props = q::js_realloc(cx.as_raw(), props as *mut _, bytes as _) as *mut u8;
            if props.is_null() {
                return Adopt::Failed(Thrown); // js_realloc threw out-of-memory
            }
            std::ptr::write_unaligned(p.add(l.prop) as *mut *mut u8, props);
            let slots = props as *mut q::JSValue;
            for (i, v) in values.into_iter().enumerate() {
                std::ptr::write_unaligned(slots.add(i), v.into_raw());
            }
            set_int(full, l.rc, int(full, l.rc) + 1);
            set_int(empty, l.rc, int(empty, l.rc) - 1);
            std::ptr::write_unaligned(p.add(l.shape) as *mut *mut u8, full);
        }
        Adopt::Done
    }

    const FIELDS: usize = 6;

    fn int_at(slot: *const q::JSValue) -> Option<i32> {
        // SAFETY: slot lies inside a property array of that many values.
        let v = unsafe { std::ptr::read_unaligned(slot) };
        // SAFETY: the int member is read only when the tag says int.
        (tag(v) == q::JS_TAG_INT).then(|| unsafe { v.u.int32 })
    }

    fn probe(cx: &Ctx) -> Option<Layout> {
        if cfg!(not(target_pointer_width = "64")) || std::mem::size_of::<q::JSValue>() != 16 {
            return None;
        }
        let proto = cx.object().ok()?;
        let mut keys = Vec::new();
        for i in 0..FIELDS {
            keys.push(cx.atom_key(&cx.string(&format!("f{i}")).ok()?).ok()?);
        }
        // Two objects of every shape, field i of the n-field pair = 16n + i.
        let mut pairs = Vec::new();
        for n in 0..=FIELDS {
            let mut pair = Vec::new();
            for _ in 0..2 {
                let obj = cx.object_with_proto(&proto).ok()?;
                for (i, k) in keys[..n].iter().enumerate() {
                    cx.define_atom(&obj, k, cx.int((16 * n + i) as i32)).ok()?;
                }
                pair.push(obj);
            }
            pairs.push(pair);
        }
        let ptrs: Vec<[*mut u8; 2]> = pairs.iter().map(|p| [ptr_of(&p[0]), ptr_of(&p[1])]).collect();

        // SAFETY (all reads below): offsets inside the objects' and shapes'
        // fixed parts, or the 8-byte block header before them.
        let shape = one(OBJ_WORDS.iter().copied().filter(|&off| {
            let sh: Vec<_> = ptrs.iter().map(|p| unsafe { (word(p[0], off), word(p[1], off)) }).collect();
            sh.iter().all(|&(a, b)| a == b && !a.is_null() && (a as usize) % 8 == 0)
                && (0..sh.len()).all(|i| (0..i).all(|j| sh[i].0 != sh[j].0))
        }))?;
        // The property array follows the shape pointer (quickjs-ng's
        // JSObject). Before it is read through, the word must look like a
        // pointer of its own in every object: past the first page, aligned,
        // a user-space address (x86-64 and AArch64 keep those below 2^47,
        // or 2^48 with larger address spaces), different in each.
        let prop = shape + 8;
        let mut seen: Vec<*mut u8> = Vec::new();
        for p in ptrs.iter().flatten() {
            let a = unsafe { word(*p, prop) };
            if (a as usize) < 4096 || (a as usize) % 8 != 0 || (a as usize) >> 48 != 0 || seen.contains(&a) {
                return None;
            }
            seen.push(a);
        }
        let values_ok = ptrs.iter().enumerate().all(|(n, p)| {
            p.iter().all(|&o| {
                let a = unsafe { word(o, prop) } as *const q::JSValue;
                (0..n).all(|i| int_at(a.wrapping_add(i)) == Some((16 * n + i) as i32))
            })
        });
        if !values_ok {
            return None;
        }
        let shapes: Vec<*mut u8> = ptrs.iter().map(|p| unsafe { word(p[0], shape) }).collect();
        let count = one(SHAPE_INTS.iter().copied().filter(|&off| {
            shapes.iter().enumerate().all(|(n, &sh)| unsafe { int(sh, off as isize) } == n as i32)
        }))?;
        // The allocated size sits just before the count (quickjs-ng's
        // JSShape); accept it only if it behaves as one: never below the
        // count, never shrinking as fields are added, small.
        let size = count.checked_sub(4)?;
        let sizes: Vec<i32> = shapes.iter().map(|&sh| unsafe { int(sh, size as isize) }).collect();
        if !(sizes.iter().enumerate().all(|(n, &s)| s >= (n as i32).max(1) && s <= 64) && sizes.windows(2).all(|w| w[0] <= w[1])) {
            return None;
        }
        let rc = one(RC_CANDIDATES.iter().copied().filter(|&off| {
            let obj = ptrs[0][0];
            let sh = shapes[0];
            let (o0, s0) = unsafe { (int(obj, off), int(sh, off)) };
            if o0 < 1 || s0 < 2 {
                return false;
            }
            let extra = pairs[0][0].dup();
            let o1 = unsafe { int(obj, off) };
            drop(extra);
            let o2 = unsafe { int(obj, off) };
            let Ok(third) = cx.object_with_proto(&proto) else { return false };
            let s1 = unsafe { int(sh, off) };
            drop(third);
            let s2 = unsafe { int(sh, off) };
            o1 == o0 + 1 && o2 == o0 && s1 == s0 + 1 && s2 == s0
        }))?;
        let l = Layout { shape, prop, rc, count, size };
        check(cx, l, &proto, &keys, &pairs, &shapes).then_some(l)
    }

    fn one<T>(mut it: impl Iterator<Item = T>) -> Option<T> {
        let first = it.next()?;
        it.next().is_none().then_some(first)
    }

    /// Makes a record through the candidate layout and reads it back through
    /// the portable API.
    fn check(cx: &Ctx, l: Layout, proto: &Value, keys: &[AtomKey], pairs: &[Vec<Value>], shapes: &[*mut u8]) -> bool {
        let rc = |sh: *mut u8| unsafe { int(sh, l.rc) };
        let (empty0, full0) = (rc(shapes[0]), rc(shapes[FIELDS]));
        let run = || -> Option<bool> {
            let obj = cx.object_with_proto(proto).ok()?;
            let text = cx.string("text").ok()?;
            let values: [Value; FIELDS] =
                [cx.int(70), text.dup(), cx.number(0.5), cx.int(73), cx.object().ok()?, cx.undefined()];
            if !matches!(adopt_with(cx, l, &obj, &pairs[0][0], &pairs[FIELDS][0], values), Adopt::Done) {
                return Some(false);
            }
            let mut ok = cx.same_object(&cx.prototype_of(&obj).ok()?, proto) && rc(shapes[FIELDS]) == full0 + 1;
            let names = cx.own_keys(&obj, true).ok()?;
            ok &= names == ["f0", "f1", "f2", "f3", "f4", "f5"];
            ok &= int_value(cx, &cx.get_atom(&obj, &keys[0]).ok()?) == Some(70);
            ok &= cx.strict_equals(&cx.get_atom(&obj, &keys[1]).ok()?, &text);
            ok &= int_value(cx, &cx.get_atom(&obj, &keys[3]).ok()?) == Some(73);
            // Grow it past its size, then leave the shared shape by a delete.
            for i in 0..4 {
                let k = cx.atom_key(&cx.string(&format!("g{i}")).ok()?).ok()?;
                cx.define_atom(&obj, &k, cx.int(i)).ok()?;
            }
            cx.delete_atom(&obj, &keys[2]).ok()?;
            ok &= int_value(cx, &cx.get_atom(&obj, &keys[5]).ok()?).is_none();
            ok &= int_value(cx, &cx.get_atom(&obj, &keys[3]).ok()?) == Some(73);
            ok &= cx.own_keys(&obj, true).ok()?.len() == FIELDS - 1 + 4;
            drop(obj);
            Some(ok)
        };
        run() == Some(true) && rc(shapes[0]) == empty0 && rc(shapes[FIELDS]) == full0
    }

    fn int_value(cx: &Ctx, v: &Value) -> Option<i32> {
        let _ = cx;
        (tag(v.raw()) == q::JS_TAG_INT).then(|| unsafe { v.raw().u.int32 })
    }
}
