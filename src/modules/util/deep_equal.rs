//! `util.isDeepStrictEqual` (and the loose variant assert.deepEqual uses): a
//! port of Node 20's lib/internal/util/comparisons.js over the engine layer.
//! Types come from engine classes (util.types), cycles are tracked by object
//! identity like Node's memo sets.

use std::collections::HashSet;

use super::state;
use crate::engine::{Arg, Ctx, JsRef, JsResult, KeyFilter, Kind, PropKey, Value};

#[derive(Clone, Copy, PartialEq)]
enum Iter {
    None,
    Array,
    Set,
    Map,
}

struct Memos {
    set: Option<HashSet<usize>>,
    a: usize,
    b: usize,
    c: usize,
    d: usize,
    deep: bool,
    delete_failures: bool,
}

struct Eq {
    cx: Ctx,
    intr: Value,
    strict: bool,
    stack: super::stack::StackGuard,
    tramp: super::trampoline::Trampoline,
}

/// Whether `a` and `b` are deeply equal (strict: `isDeepStrictEqual`).
pub fn deep_equal(cx: Ctx, a: Arg<'_>, b: Arg<'_>, strict: bool) -> JsResult<bool> {
    let stack = super::stack::StackGuard::new();
    let mut e = Eq { cx, intr: state::intrinsics(cx)?, strict, stack, tramp: super::trampoline::Trampoline::new() };
    let mut memos: Option<Memos> = None;
    // The recursion runs on the heap (trampoline.rs): any depth, no overflow.
    let t = e.tramp.clone();
    t.run(e.inner(a, b, &mut memos))
}

impl Eq {
    /// `innerDeepEqual` of nested values, through the trampoline.
    fn rec<'s>(
        &'s mut self,
        v1: Arg<'s>,
        v2: Arg<'s>,
        memos: &'s mut Option<Memos>,
    ) -> super::trampoline::Call<'s, JsResult<bool>> {
        let t = self.tramp.clone();
        t.call(Box::pin(self.inner(v1, v2, memos)))
    }

    fn call(&self, name: &str, this: &impl JsRef, args: &[Arg]) -> JsResult<Value> {
        let f = self.cx.get(&self.intr, name)?;
        self.cx.call(&f, this, args)
    }

    fn tag(&self, v: Arg<'_>) -> JsResult<Vec<u8>> {
        let s = self.call("objectToString", &v, &[])?;
        Ok(self.cx.to_str(&s)?.as_bytes().to_vec())
    }

    fn prop_enumerable(&self, v: &impl JsRef, key: &PropKey) -> JsResult<bool> {
        Ok(self.cx.own_property(v, key)?.is_some_and(|d| d.enumerable))
    }

    fn is_error_like(&self, v: Arg<'_>) -> JsResult<bool> {
        if self.cx.kind_of(&v) == Kind::Error {
            return Ok(true);
        }
        let e = self.cx.get(&self.intr, "Error")?;
        self.cx.instance_of(&v, &e)
    }

    /// `Array.isArray(v)`: arrays, and proxies whose target is one.
    fn is_array(&self, v: Arg<'_>, kind: Kind) -> JsResult<bool> {
        match kind {
            Kind::Array => Ok(true),
            Kind::Proxy => {
                let array = super::state::intrinsic(self.cx, "Array")?;
                let is_array = self.cx.get(&array, "isArray")?;
                let r = self.cx.call(&is_array, &array, &[v])?;
                self.cx.to_bool(&r)
            }
            _ => Ok(false),
        }
    }

    fn loose_eq(&self, a: Arg<'_>, b: Arg<'_>) -> JsResult<bool> {
        // `a == b` for primitives (null/undefined handled by the caller).
        let cx = self.cx;
        let both_nullish = cx.is_nullish(&a) && cx.is_nullish(&b);
        if both_nullish {
            return Ok(true);
        }
        if cx.is_nullish(&a) || cx.is_nullish(&b) {
            return Ok(false);
        }
        if cx.is_symbol(&a) || cx.is_symbol(&b) {
            return Ok(cx.strict_equals(&a, &b));
        }
        if cx.is_string(&a) && cx.is_string(&b) {
            return Ok(cx.strict_equals(&a, &b));
        }
        if cx.is_bigint(&a) || cx.is_bigint(&b) {
            // Compare through their decimal text when both are integral
            // (a boolean is its number first, as `1n == true`).
            let text = |v: &Arg| -> JsResult<String> {
                match cx.as_bool(v) {
                    Some(t) => Ok(if t { "1" } else { "0" }.to_string()),
                    None => cx.to_string(v),
                }
            };
            let sa = text(&a)?;
            let sb = text(&b)?;
            let na: f64 = sa.trim().parse().unwrap_or(f64::NAN);
            let nb: f64 = sb.trim().parse().unwrap_or(f64::NAN);
            return Ok(sa == sb || na == nb);
        }
        Ok(cx.to_f64(&a)? == cx.to_f64(&b)?)
    }

    async fn inner(&mut self, v1: Arg<'_>, v2: Arg<'_>, memos: &mut Option<Memos>) -> JsResult<bool> {
        let cx = self.cx;
        if self.stack.exhausted() {
            // Node runs out of JS stack here too: the same RangeError.
            let global = cx.global();
            let ctor = cx.get(&global, "RangeError")?;
            let msg = cx.string("Maximum call stack size exceeded")?;
            let e = cx.construct(&ctor, &[msg.as_arg()])?;
            return Err(cx.throw(e));
        }
        if cx.strict_equals(&v1, &v2) {
            let zero = cx.as_number(&v1) == Some(0.0);
            return Ok(!zero || cx.same_value(&v1, &v2) || !self.strict);
        }
        if self.strict {
            if cx.is_number(&v1) {
                let a = cx.as_number(&v1).unwrap_or(0.0);
                let b = cx.as_number(&v2).unwrap_or(0.0);
                return Ok(a.is_nan() && cx.is_number(&v2) && b.is_nan());
            }
            if !cx.is_object(&v1) || !cx.is_object(&v2) || cx.is_function(&v1) || cx.is_function(&v2) {
                return Ok(false);
            }
            let p1 = cx.prototype_of(&v1)?;
            let p2 = cx.prototype_of(&v2)?;
            if !cx.strict_equals(&p1, &p2) {
                return Ok(false);
            }
        } else {
            let o1 = cx.is_object(&v1) && !cx.is_function(&v1);
            let o2 = cx.is_object(&v2) && !cx.is_function(&v2);
            if !o1 {
                if !o2 {
                    let nan = |v: &Arg| cx.as_number(v).is_some_and(|d| d.is_nan());
                    return Ok(self.loose_eq(v1, v2)? || (nan(&v1) && nan(&v2)));
                }
                return Ok(false);
            }
            if !o2 {
                return Ok(false);
            }
        }
        let t1 = self.tag(v1)?;
        let t2 = self.tag(v2)?;
        if t1 != t2 {
            return Ok(false);
        }
        let k1 = cx.kind_of(&v1);
        let k2 = cx.kind_of(&v2);
        let a1 = self.is_array(v1, k1)?;
        if a1 {
            if !self.is_array(v2, k2)? {
                return Ok(false);
            }
            let l1 = cx.to_f64(&cx.get(&v1, "length")?)?;
            let l2 = cx.to_f64(&cx.get(&v2, "length")?)?;
            if l1 != l2 {
                return Ok(false);
            }
            let keys1 = self.non_index_keys(v1)?;
            let keys2 = self.non_index_keys(v2)?;
            if keys1.len() != keys2.len() {
                return Ok(false);
            }
            return self.key_check(v1, v2, memos, Iter::Array, Some(keys1)).await;
        } else if t1 == b"[object Object]" {
            return self.key_check(v1, v2, memos, Iter::None, None).await;
        } else if k1 == Kind::Date {
            if k2 != Kind::Date {
                return Ok(false);
            }
            let a = self.call("dateGetTime", &v1, &[])?;
            let b = self.call("dateGetTime", &v2, &[])?;
            if cx.as_number(&a) != cx.as_number(&b) {
                return Ok(false);
            }
        } else if k1 == Kind::RegExp {
            if k2 != Kind::RegExp {
                return Ok(false);
            }
            for p in ["source", "flags", "lastIndex"] {
                let a = cx.get(&v1, p)?;
                let b = cx.get(&v2, p)?;
                if !cx.strict_equals(&a, &b) {
                    return Ok(false);
                }
            }
        } else if matches!(k1, Kind::TypedArray(_) | Kind::DataView) {
            if k1 != k2 {
                return Ok(false);
            }
            let float = matches!(
                k1,
                Kind::TypedArray(crate::engine::TypedArrayKind::Float32 | crate::engine::TypedArrayKind::Float64)
            );
            if !self.strict && float {
                let bl1 = cx.to_f64(&cx.get(&v1, "byteLength")?)?;
                let bl2 = cx.to_f64(&cx.get(&v2, "byteLength")?)?;
                if bl1 != bl2 {
                    return Ok(false);
                }
                let (_, _, len, bpe) = cx.typed_array_parts(&v1)?;
                // Node compares a[offset] for offset < byteLength (a quirk kept as is).
                let _ = bpe;
                for i in 0..len as u32 {
                    let a = cx.get_index(&v1, i)?;
                    let b = cx.get_index(&v2, i)?;
                    if !cx.strict_equals(&a, &b) {
                        return Ok(false);
                    }
                }
            } else if !self.same_view_bytes(v1, v2)? {
                return Ok(false);
            }
            let keys1 = self.non_index_keys(v1)?;
            let keys2 = self.non_index_keys(v2)?;
            if keys1.len() != keys2.len() {
                return Ok(false);
            }
            return self.key_check(v1, v2, memos, Iter::None, Some(keys1)).await;
        } else if k1 == Kind::Set {
            if k2 != Kind::Set || self.size(v1, "setSize")? != self.size(v2, "setSize")? {
                return Ok(false);
            }
            return self.key_check(v1, v2, memos, Iter::Set, None).await;
        } else if k1 == Kind::Map {
            if k2 != Kind::Map || self.size(v1, "mapSize")? != self.size(v2, "mapSize")? {
                return Ok(false);
            }
            return self.key_check(v1, v2, memos, Iter::Map, None).await;
        } else if matches!(k1, Kind::ArrayBuffer | Kind::SharedArrayBuffer) {
            if !matches!(k2, Kind::ArrayBuffer | Kind::SharedArrayBuffer) {
                return Ok(false);
            }
            if cx.array_buffer_bytes(&v1) != cx.array_buffer_bytes(&v2) {
                return Ok(false);
            }
        } else if self.is_error_like(v1)? {
            if !self.is_error_like(v2)? {
                return Ok(false);
            }
            for p in ["message", "name", "cause", "errors"] {
                let k = cx.key(p);
                let e1 = self.prop_enumerable(&v1, &k)?;
                let e2 = self.prop_enumerable(&v2, &k)?;
                if e1 != e2 {
                    return Ok(false);
                }
                if !e1 {
                    let a = cx.get_key(&v1, &k)?;
                    let b = cx.get_key(&v2, &k)?;
                    let same = if p == "message" || p == "name" {
                        cx.strict_equals(&a, &b)
                    } else {
                        self.rec(a.as_arg(), b.as_arg(), memos).await?
                    };
                    if !same {
                        return Ok(false);
                    }
                }
            }
        } else if k1.is_boxed_primitive() {
            if k1 != k2 {
                return Ok(false);
            }
            let f = match k1 {
                Kind::NumberObject => "numberValueOf",
                Kind::StringObject => "stringValueOf",
                Kind::BooleanObject => "booleanValueOf",
                Kind::BigIntObject => "bigintValueOf",
                _ => "symbolValueOf",
            };
            let a = self.call(f, &v1, &[])?;
            let b = self.call(f, &v2, &[])?;
            let same = if k1 == Kind::NumberObject { cx.same_value(&a, &b) } else { cx.strict_equals(&a, &b) };
            if !same {
                return Ok(false);
            }
        } else if matches!(
            k2,
            Kind::Array
                | Kind::TypedArray(_)
                | Kind::DataView
                | Kind::Set
                | Kind::Map
                | Kind::Date
                | Kind::RegExp
                | Kind::ArrayBuffer
                | Kind::SharedArrayBuffer
                | Kind::Error
        ) || k2.is_boxed_primitive()
            || self.is_error_like(v2)?
        {
            return Ok(false);
        }
        self.key_check(v1, v2, memos, Iter::None, None).await
    }

    fn size(&self, v: Arg<'_>, getter: &str) -> JsResult<f64> {
        let s = self.call(getter, &v, &[])?;
        self.cx.to_f64(&s)
    }

    fn same_view_bytes(&self, a: Arg<'_>, b: Arg<'_>) -> JsResult<bool> {
        let cx = self.cx;
        // Typed arrays and DataViews alike; read in place, no JS runs meanwhile.
        let xa = crate::engine::typed_array::bytes(&cx, &a);
        let xb = crate::engine::typed_array::bytes(&cx, &b);
        Ok(match (xa, xb) {
            (Some(x), Some(y)) => x.as_slice() == y.as_slice(),
            _ => false,
        })
    }

    fn non_index_keys(&self, v: Arg<'_>) -> JsResult<Vec<PropKey>> {
        self.cx.own_non_index_keys(&v, KeyFilter { strings: true, symbols: self.strict, enumerable_only: true })
    }

    fn object_keys(&self, v: Arg<'_>) -> JsResult<Vec<PropKey>> {
        self.cx.own_property_keys(&v, KeyFilter { strings: true, symbols: false, enumerable_only: true })
    }

    async fn key_check(&mut self, v1: Arg<'_>, v2: Arg<'_>, memos: &mut Option<Memos>, iter: Iter, a_keys: Option<Vec<PropKey>>) -> JsResult<bool> {
        let cx = self.cx;
        let array_like = a_keys.is_some();
        let mut a_keys = match a_keys {
            Some(k) => k,
            None => self.object_keys(v1)?,
        };
        for key in &a_keys {
            if !self.prop_enumerable(&v2, key)? {
                return Ok(false);
            }
        }
        if !array_like {
            if a_keys.len() != self.object_keys(v2)?.len() {
                return Ok(false);
            }
            if self.strict {
                let sym = KeyFilter { strings: false, symbols: true, enumerable_only: false };
                let syms_a = cx.own_property_keys(&v1, sym)?;
                if !syms_a.is_empty() {
                    let mut count = 0;
                    for key in syms_a.iter() {
                        if self.prop_enumerable(&v1, key)? {
                            if !self.prop_enumerable(&v2, key)? {
                                return Ok(false);
                            }
                            a_keys.push(key.dup());
                            count += 1;
                        } else if self.prop_enumerable(&v2, key)? {
                            return Ok(false);
                        }
                    }
                    let syms_b = cx.own_property_keys(&v2, sym)?;
                    if syms_a.len() != syms_b.len() {
                        let mut n = 0;
                        for k in &syms_b {
                            if self.prop_enumerable(&v2, k)? {
                                n += 1;
                            }
                        }
                        if n != count {
                            return Ok(false);
                        }
                    }
                } else {
                    let syms_b = cx.own_property_keys(&v2, sym)?;
                    for k in &syms_b {
                        if self.prop_enumerable(&v2, k)? {
                            return Ok(false);
                        }
                    }
                }
            }
        }
        if a_keys.is_empty() {
            let empty = match iter {
                Iter::None => true,
                Iter::Array => cx.to_f64(&cx.get(&v1, "length")?)? == 0.0,
                Iter::Set => self.size(v1, "setSize")? == 0.0,
                Iter::Map => self.size(v1, "mapSize")? == 0.0,
            };
            if empty {
                return Ok(true);
            }
        }
        let (id1, id2) = (cx.identity(&v1), cx.identity(&v2));
        let Some(m) = memos.as_mut() else {
            // Like Node, the memo object lives for this comparison only.
            let mut local = Some(Memos { set: None, a: id1, b: id2, c: 0, d: 0, deep: false, delete_failures: false });
            return self.obj_equiv(v1, v2, &a_keys, &mut local, iter).await;
        };
        if m.set.is_none() {
            if !m.deep {
                if m.a == id1 && m.b == id2 {
                    return Ok(true);
                }
                m.c = id1;
                m.d = id2;
                m.deep = true;
                let r = self.obj_equiv(v1, v2, &a_keys, memos, iter).await;
                if let Some(m) = memos.as_mut() {
                    m.deep = false;
                }
                return r;
            }
            let mut s = HashSet::new();
            s.insert(m.a);
            s.insert(m.b);
            s.insert(m.c);
            s.insert(m.d);
            m.set = Some(s);
        }
        let set = m.set.as_mut().expect("set made above");
        let before = set.len();
        set.insert(id1);
        set.insert(id2);
        if set.len() == before {
            return Ok(true);
        }
        let eq = self.obj_equiv(v1, v2, &a_keys, memos, iter).await?;
        if let Some(m) = memos.as_mut() {
            if eq || m.delete_failures {
                if let Some(s) = m.set.as_mut() {
                    s.remove(&id1);
                    s.remove(&id2);
                }
            }
        }
        Ok(eq)
    }

    async fn obj_equiv(&mut self, a: Arg<'_>, b: Arg<'_>, keys: &[PropKey], memos: &mut Option<Memos>, iter: Iter) -> JsResult<bool> {
        let cx = self.cx;
        for key in keys {
            let x = cx.get_key(&a, key)?;
            let y = cx.get_key(&b, key)?;
            if !self.rec(x.as_arg(), y.as_arg(), memos).await? {
                return Ok(false);
            }
        }
        match iter {
            Iter::Array => {
                let len = cx.to_f64(&cx.get(&a, "length")?)? as u64;
                let mut i: u64 = 0;
                while i < len {
                    let k = cx.key_index(i as u32);
                    if cx.has_own(&a, &k)? {
                        if !cx.has_own(&b, &k)? {
                            return Ok(false);
                        }
                        let x = cx.get_key(&a, &k)?;
                        let y = cx.get_key(&b, &k)?;
                        if !self.rec(x.as_arg(), y.as_arg(), memos).await? {
                            return Ok(false);
                        }
                    } else if cx.has_own(&b, &k)? {
                        return Ok(false);
                    } else {
                        let keys_a = self.object_keys(a)?;
                        let mut j = i as usize;
                        while j < keys_a.len() {
                            let key = &keys_a[j];
                            if !cx.has_own(&b, key)? {
                                return Ok(false);
                            }
                            let x = cx.get_key(&a, key)?;
                            let y = cx.get_key(&b, key)?;
                            if !self.rec(x.as_arg(), y.as_arg(), memos).await? {
                                return Ok(false);
                            }
                            j += 1;
                        }
                        return Ok(keys_a.len() == self.object_keys(b)?.len());
                    }
                    i += 1;
                }
            }
            Iter::Set => {
                if !self.set_equiv(a, b, memos).await? {
                    return Ok(false);
                }
            }
            Iter::Map => {
                if !self.map_equiv(a, b, memos).await? {
                    return Ok(false);
                }
            }
            Iter::None => {}
        }
        Ok(true)
    }

    fn values(&self, v: Arg<'_>, map: bool) -> JsResult<Vec<Value>> {
        let cx = self.cx;
        let inf = cx.number(f64::INFINITY);
        let p = self.call(if map { "mapPreview" } else { "setPreview" }, &cx.undefined(), &[v, inf.as_arg()])?;
        let n = cx.to_f64(&cx.get(&p, "length")?)? as u32;
        let mut out = Vec::with_capacity(n as usize);
        for i in 1..n {
            out.push(cx.get_index(&p, i)?);
        }
        Ok(out)
    }

    fn has(&self, coll: Arg<'_>, v: &Value, map: bool) -> JsResult<bool> {
        let r = self.call(if map { "mapHas" } else { "setHas" }, &coll, &[v.as_arg()])?;
        self.cx.to_bool(&r)
    }

    fn is_object(&self, v: &impl JsRef) -> bool {
        self.cx.is_object(v) && !self.cx.is_function(v)
    }

    /// `findLooseMatchingPrimitives`: Some(answer) or None for "look up `null`/`undefined`".
    fn loose_prim(&self, prim: &Value) -> JsResult<Result<bool, Value>> {
        let cx = self.cx;
        if cx.is_undefined(prim) {
            return Ok(Err(cx.null()));
        }
        if cx.is_null(prim) || cx.is_object(prim) {
            return Ok(Err(cx.undefined()));
        }
        if cx.is_symbol(prim) {
            return Ok(Ok(false));
        }
        if cx.is_string(prim) {
            if cx.to_f64(prim)?.is_nan() {
                return Ok(Ok(false));
            }
        } else if cx.as_number(prim).is_some_and(|d| d.is_nan()) {
            return Ok(Ok(false));
        }
        Ok(Ok(true))
    }

    async fn set_equiv(&mut self, a: Arg<'_>, b: Arg<'_>, memos: &mut Option<Memos>) -> JsResult<bool> {
        let cx = self.cx;
        let mut set: Option<Vec<Value>> = None;
        for val in self.values(a, false)? {
            if !self.has(b, &val, false)? {
                if !self.is_object(&val) {
                    let skip = if self.strict {
                        false
                    } else {
                        match self.loose_prim(&val)? {
                            Ok(ans) => ans,
                            Err(alt) => self.has(b, &alt, false)? && !self.has(a, &alt, false)?,
                        }
                    };
                    if !skip {
                        return Ok(false);
                    }
                }
                if set.is_none() {
                    if self.size(b, "setSize")? == 1.0 {
                        let bv = self.values(b, false)?;
                        let first = bv.into_iter().next().unwrap_or_else(|| cx.undefined());
                        return self.rec(val.as_arg(), first.as_arg(), memos).await;
                    }
                    set = Some(Vec::new());
                }
                if let Some(s) = set.as_mut() {
                    if !s.iter().any(|x| cx.same_value(x, &val)) {
                        s.push(val);
                    }
                }
            }
        }
        if let Some(mut s) = set {
            for val in self.values(b, false)? {
                if self.is_object(&val) {
                    if !self.has(a, &val, false)? && !self.set_has_equal_element(&mut s, &val, memos).await? {
                        return Ok(false);
                    }
                } else if !self.strict && !self.has(a, &val, false)? && !self.set_has_equal_element(&mut s, &val, memos).await? {
                    return Ok(false);
                }
            }
            return Ok(s.is_empty());
        }
        Ok(true)
    }

    async fn set_has_equal_element(&mut self, set: &mut Vec<Value>, v2: &Value, memos: &mut Option<Memos>) -> JsResult<bool> {
        let saved = memos.as_ref().map(|m| m.delete_failures).unwrap_or(false);
        if let Some(m) = memos.as_mut() {
            m.delete_failures = true;
        }
        let mut found = None;
        for (i, v1) in set.iter().enumerate() {
            if self.rec(v1.as_arg(), v2.as_arg(), memos).await? {
                found = Some(i);
                break;
            }
        }
        if let Some(m) = memos.as_mut() {
            m.delete_failures = saved;
        }
        match found {
            Some(i) => {
                set.remove(i);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    fn map_get(&self, m: Arg<'_>, k: &Value) -> JsResult<Value> {
        self.call("mapGet", &m, &[k.as_arg()])
    }

    async fn map_equiv(&mut self, a: Arg<'_>, b: Arg<'_>, memos: &mut Option<Memos>) -> JsResult<bool> {
        let cx = self.cx;
        let mut set: Option<Vec<Value>> = None;
        let entries = self.values(a, true)?;
        let mut it = entries.chunks(2);
        while let Some([key, item1]) = it.next() {
            if self.is_object(key) {
                if set.is_none() {
                    if self.size(b, "mapSize")? == 1.0 {
                        let be = self.values(b, true)?;
                        return Ok(self.rec(key.as_arg(), be[0].as_arg(), memos).await? && self.rec(item1.as_arg(), be[1].as_arg(), memos).await?);
                    }
                    set = Some(Vec::new());
                }
                if let Some(s) = set.as_mut() {
                    s.push(key.dup());
                }
            } else {
                let item2 = self.map_get(b, key)?;
                if (cx.is_undefined(&item2) && !self.has(b, key, true)?) || !self.rec(item1.as_arg(), item2.as_arg(), memos).await? {
                    if self.strict {
                        return Ok(false);
                    }
                    if !self.map_might_have_loose_prim(a, b, key, item1, memos).await? {
                        return Ok(false);
                    }
                    let s = set.get_or_insert_with(Vec::new);
                    if !s.iter().any(|x| cx.same_value(x, key)) {
                        s.push(key.dup());
                    }
                }
            }
        }
        if let Some(mut s) = set {
            let entries_b = self.values(b, true)?;
            let mut it = entries_b.chunks(2);
            while let Some([key, item]) = it.next() {
                if self.is_object(key) {
                    if !self.map_has_equal_entry(&mut s, a, key, item, memos).await? {
                        return Ok(false);
                    }
                } else if !self.strict {
                    let ok = self.has(a, key, true)? && {
                        let av = self.map_get(a, key)?;
                        self.rec(av.as_arg(), item.as_arg(), memos).await?
                    };
                    if !ok && !self.map_has_equal_entry(&mut s, a, key, item, memos).await? {
                        return Ok(false);
                    }
                }
            }
            return Ok(s.is_empty());
        }
        Ok(true)
    }

    async fn map_might_have_loose_prim(&mut self, a: Arg<'_>, b: Arg<'_>, prim: &Value, item: &Value, memos: &mut Option<Memos>) -> JsResult<bool> {
        let cx = self.cx;
        let alt = match self.loose_prim(prim)? {
            Ok(ans) => return Ok(ans),
            Err(alt) => alt,
        };
        let cur_b = self.map_get(b, &alt)?;
        if (cx.is_undefined(&cur_b) && !self.has(b, &alt, true)?) || !self.inner_loose(item, &cur_b, memos).await? {
            return Ok(false);
        }
        Ok(!self.has(a, &alt, true)? && self.inner_loose(item, &cur_b, memos).await?)
    }

    async fn inner_loose(&mut self, a: &Value, b: &Value, memos: &mut Option<Memos>) -> JsResult<bool> {
        let saved = self.strict;
        self.strict = false;
        let r = self.rec(a.as_arg(), b.as_arg(), memos).await;
        self.strict = saved;
        r
    }

    async fn map_has_equal_entry(&mut self, set: &mut Vec<Value>, map: Arg<'_>, key2: &Value, item2: &Value, memos: &mut Option<Memos>) -> JsResult<bool> {
        let saved = memos.as_ref().map(|m| m.delete_failures).unwrap_or(false);
        if let Some(m) = memos.as_mut() {
            m.delete_failures = true;
        }
        let mut found = None;
        for (i, key1) in set.iter().enumerate() {
            if self.rec(key1.as_arg(), key2.as_arg(), memos).await? {
                let v1 = self.map_get(map, key1)?;
                if self.rec(v1.as_arg(), item2.as_arg(), memos).await? {
                    found = Some(i);
                    break;
                }
            }
        }
        if let Some(m) = memos.as_mut() {
            m.delete_failures = saved;
        }
        match found {
            Some(i) => {
                set.remove(i);
                Ok(true)
            }
            None => Ok(false),
        }
    }
}
