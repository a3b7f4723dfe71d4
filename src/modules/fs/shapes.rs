//! `fs.Stats` and `fs.Dirent` objects made natively (docs/FS.md, "Speed").
//!
//! On QuickJS a JS constructor taking 14 numbers and making four Dates costs
//! more than the stat system call, so the hot paths (statSync, readdirSync
//! with types) build the objects here: fs.js hands over the prototypes (and
//! Dirent's type symbol) once with `binding.setShapes`, and each object is
//! made with that prototype and its fields defined in Node's order with atoms
//! made once per context (with the ladders below, on the first such object:
//! require('fs') alone makes none of it).
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

/// What fs.js handed over, made into [`Shapes`] by the first Stats or
/// Dirent the hot paths make: require('fs') alone builds no ladder.
enum Entry {
    Pending { stats_proto: Value, dirent_proto: Value, type_key: Value },
    Ready(Shapes),
}

thread_local! {
    // Per context, on the thread that runs it (contexts never change threads).
    // A list, not a map: a thread runs one context or a few, and a scan of
    // those costs less than hashing the key on every Stats.
    static SHAPES: RefCell<Vec<(usize, Entry)>> = const { RefCell::new(Vec::new()) };
}

// setShapes(Stats.prototype, Dirent.prototype, kType)
crate::js_fn!(pub(crate) fs_set_shapes => set_shapes);
fn set_shapes(cx: Ctx, _this: Arg, a: Args) -> JsResult<Value> {
    let entry = Entry::Pending {
        stats_proto: cx.dup(&a.get(0)),
        dirent_proto: cx.dup(&a.get(1)),
        type_key: cx.dup(&a.get(2)),
    };
    let key = cx.as_raw() as usize;
    let old = SHAPES.with(|m| {
        let mut m = m.borrow_mut();
        match m.iter_mut().find(|(k, _)| *k == key) {
            Some((_, e)) => Some(std::mem::replace(e, entry)),
            None => {
                m.push((key, entry));
                None
            }
        }
    });
    drop(old);
    Ok(cx.undefined())
}

fn build(cx: Ctx, stats_proto: &Value, dirent_proto: &Value, type_key: &Value) -> JsResult<Shapes> {
    let mut stat_keys = Vec::with_capacity(STAT_KEYS.len());
    for k in STAT_KEYS {
        stat_keys.push(cx.atom_key(&cx.string(k)?)?);
    }
    let mut dirent_keys = Vec::with_capacity(4);
    for k in ["name", "parentPath", "path"] {
        dirent_keys.push(cx.atom_key(&cx.string(k)?)?);
    }
    dirent_keys.push(cx.atom_key(type_key)?);
    let mut ladders = ladder(cx, &stats_proto.as_arg(), &stat_keys)?;
    ladders.extend(ladder(cx, &dirent_proto.as_arg(), &dirent_keys)?);
    ladders.push(cx.date(0.0)?);
    Ok(Shapes {
        stats_proto: cx.dup(stats_proto),
        stat_keys,
        dirent_proto: cx.dup(dirent_proto),
        dirent_keys,
        _ladders: ladders,
    })
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
    let key = cx.as_raw() as usize;
    // A pending entry is taken out while its ladders are built (that makes
    // objects: no borrow is held if the engine collects meanwhile).
    let pending = SHAPES.with(|m| {
        let mut m = m.borrow_mut();
        let at = m.iter().position(|(k, e)| *k == key && matches!(e, Entry::Pending { .. }));
        at.map(|i| m.swap_remove(i).1)
    });
    if let Some(entry) = pending {
        let built = match &entry {
            Entry::Pending { stats_proto, dirent_proto, type_key } => build(cx, stats_proto, dirent_proto, type_key),
            Entry::Ready(_) => return Err(cx.throw_internal("fs shapes")),
        };
        let put = match built {
            Ok(sh) => {
                drop(entry);
                Entry::Ready(sh)
            }
            Err(e) => {
                SHAPES.with(|m| m.borrow_mut().push((key, entry)));
                return Err(e);
            }
        };
        SHAPES.with(|m| m.borrow_mut().push((key, put)));
    }
    SHAPES.with(|m| {
        let m = m.borrow();
        match m.iter().find(|(k, _)| *k == key) {
            Some((_, Entry::Ready(sh))) => f(sh).map(Some),
            _ => Ok(None),
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
