//! `fs.Stats` and `fs.Dirent` objects made natively (docs/FS.md, "Speed").
//!
//! On QuickJS a JS constructor taking 14 numbers and making four Dates costs
//! more than the stat system call, so the hot paths (statSync, readdirSync
//! with types) build the objects here: fs.js hands over the prototypes (and
//! Dirent's type symbol) once with `binding.setShapes`, and each object is
//! made with that prototype and its fields defined in Node's order with atoms
//! made once per context.
//!
//! QuickJS finds the shape an object gets from adding a property in a table
//! of the shapes that exist, and a shape exists only while an object has it:
//! a Stats made after the last one died rebuilt all 18 shapes (and a Date
//! its one). So each context keeps one object of every intermediate shape
//! (a "ladder": the prototype with no field, with the first, the first two,
//! ...) and one Date; every field added then lands on a shape that exists.

use std::cell::RefCell;

use libuv_sys2 as uv;

use crate::engine::{Arg, Args, AtomKey, Ctx, JsResult, Value};

const STAT_KEYS: [&str; 18] = [
    "dev", "mode", "nlink", "uid", "gid", "rdev", "blksize", "ino", "size", "blocks", "atimeMs", "mtimeMs", "ctimeMs",
    "birthtimeMs", "atime", "mtime", "ctime", "birthtime",
];

pub struct Shapes {
    stats_proto: Value,
    stat_keys: Vec<AtomKey>,
    dirent_proto: Value,
    /// name, parentPath, path, then the type symbol.
    dirent_keys: Vec<AtomKey>,
    /// Objects that keep the shapes above alive (see the module's notes).
    _ladders: Vec<Value>,
}

thread_local! {
    // Per context, on the thread that runs it (contexts never change threads).
    // A list, not a map: a thread runs one context or a few, and a scan of
    // those costs less than hashing the key on every Stats.
    static SHAPES: RefCell<Vec<(usize, Shapes)>> = const { RefCell::new(Vec::new()) };
}

// setShapes(Stats.prototype, Dirent.prototype, kType)
crate::js_fn!(pub(crate) fs_set_shapes => set_shapes);
fn set_shapes(cx: Ctx, _this: Arg, a: Args) -> JsResult<Value> {
    let mut stat_keys = Vec::with_capacity(STAT_KEYS.len());
    for k in STAT_KEYS {
        stat_keys.push(cx.atom_key(&cx.string(k)?)?);
    }
    let mut dirent_keys = Vec::with_capacity(4);
    for k in ["name", "parentPath", "path"] {
        dirent_keys.push(cx.atom_key(&cx.string(k)?)?);
    }
    dirent_keys.push(cx.atom_key(&a.get(2))?);
    let mut ladders = ladder(cx, &a.get(0), &stat_keys)?;
    ladders.extend(ladder(cx, &a.get(1), &dirent_keys)?);
    ladders.push(cx.date(0.0)?);
    let shapes = Shapes {
        stats_proto: cx.dup(&a.get(0)),
        stat_keys,
        dirent_proto: cx.dup(&a.get(1)),
        dirent_keys,
        _ladders: ladders,
    };
    let key = cx.as_raw() as usize;
    let old = SHAPES.with(|m| {
        let mut m = m.borrow_mut();
        match m.iter_mut().find(|(k, _)| *k == key) {
            Some((_, sh)) => Some(std::mem::replace(sh, shapes)),
            None => {
                m.push((key, shapes));
                None
            }
        }
    });
    drop(old);
    Ok(cx.undefined())
}

/// One object per prefix of `keys` (none, the first, the first two, ...),
/// each with `proto` and those fields defined as the hot paths define them.
fn ladder(cx: Ctx, proto: &Arg, keys: &[AtomKey]) -> JsResult<Vec<Value>> {
    let mut objs = Vec::with_capacity(keys.len() + 1);
    for n in 0..=keys.len() {
        let obj = cx.object_with_proto(proto)?;
        for k in &keys[..n] {
            cx.define_atom(&obj, k, cx.undefined())?;
        }
        objs.push(obj);
    }
    Ok(objs)
}

fn ms(t: &uv::uv_timespec_t) -> f64 {
    t.tv_sec as f64 * 1e3 + t.tv_nsec as f64 / 1e6
}

/// Runs `f` with the context's shapes; None before fs.js registered them.
/// (`f` only makes plain objects and defines their fields: no JS runs, so
/// the borrow cannot be re-entered.)
pub fn with<R>(cx: Ctx, f: impl FnOnce(&Shapes) -> JsResult<R>) -> JsResult<Option<R>> {
    SHAPES.with(|m| {
        let key = cx.as_raw() as usize;
        let m = m.borrow();
        match m.iter().find(|(k, _)| *k == key) {
            Some((_, sh)) => f(sh).map(Some),
            None => Ok(None),
        }
    })
}

impl Shapes {
    /// A `Stats` for `s`.
    pub fn stats(&self, cx: Ctx, s: &uv::uv_stat_t) -> JsResult<Value> {
        let obj = cx.object_with_proto(&self.stats_proto)?;
        let times = [ms(&s.st_atim), ms(&s.st_mtim), ms(&s.st_ctim), ms(&s.st_birthtim)];
        // The counts, then atimeMs..birthtimeMs as numbers, then the Dates.
        let nums = super::req::stat_counts(s);
        let k = &self.stat_keys;
        for (i, n) in nums.iter().chain(times.iter()).enumerate() {
            cx.define_atom(&obj, &k[i], cx.number(*n))?;
        }
        for (i, t) in times.iter().enumerate() {
            cx.define_atom(&obj, &k[14 + i], cx.date(*t)?)?;
        }
        Ok(obj)
    }

    /// A `Dirent` (name as given, type a UV_DIRENT_* number).
    pub fn dirent(&self, cx: Ctx, name: Value, kind: i32, parent: &Value) -> JsResult<Value> {
        let obj = cx.object_with_proto(&self.dirent_proto)?;
        let k = &self.dirent_keys;
        cx.define_atom(&obj, &k[0], name)?;
        cx.define_atom(&obj, &k[1], parent.dup())?;
        cx.define_atom(&obj, &k[2], parent.dup())?;
        cx.define_atom(&obj, &k[3], cx.int(kind))?;
        Ok(obj)
    }
}

/// `JSRT_NodeContextFree`: the context's prototypes and atoms are let go.
pub fn forget(cx: Ctx) {
    let key = cx.as_raw() as usize;
    let old = SHAPES.with(|m| {
        let mut m = m.borrow_mut();
        let at = m.iter().position(|(k, _)| *k == key);
        at.map(|i| m.swap_remove(i))
    });
    drop(old);
}
