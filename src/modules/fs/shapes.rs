//! `fs.Stats` and `fs.Dirent` objects made natively (docs/FS.md, "Speed").
//!
//! On QuickJS a JS constructor taking 14 numbers and making four Dates costs
//! more than the stat system call, so the hot paths (statSync, readdirSync
//! with types) build the objects here: fs.js hands over the prototypes (and
//! Dirent's type symbol) once with `binding.setShapes`, and each object is
//! an engine [`Record`] of that prototype with its fields in Node's order
//! (the engine layer keeps every intermediate shape alive and, on the
//! bundled engine, gives the object its final shape in one step). The
//! records are made by the first Stats or Dirent the hot paths make:
//! require('fs') alone makes none of it.

use std::cell::RefCell;

use libuv_sys2 as uv;

use crate::engine::{Arg, Args, Ctx, JsResult, Record, Value};

const STAT_KEYS: [&str; 18] = [
    "dev", "mode", "nlink", "uid", "gid", "rdev", "blksize", "ino", "size", "blocks", "atimeMs", "mtimeMs", "ctimeMs",
    "birthtimeMs", "atime", "mtime", "ctime", "birthtime",
];

pub struct Shapes {
    stats: Record,
    /// name, parentPath, path, then the type symbol.
    dirent: Record,
    /// Keeps the Date's one shape alive (a Date made after the last one died
    /// would make it again).
    _date: Value,
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
    Ok(Shapes {
        stats: Record::new(cx, stats_proto, stat_keys)?,
        dirent: Record::new(cx, dirent_proto, dirent_keys)?,
        _date: cx.date(0.0)?,
    })
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
        let times = [ms(&s.st_atim), ms(&s.st_mtim), ms(&s.st_ctim), ms(&s.st_birthtim)];
        // The counts, then atimeMs..birthtimeMs as numbers, then the Dates.
        let [dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks] = super::req::stat_counts(s);
        let [a, m, c, b] = times;
        let n = |x: f64| cx.number(x);
        self.stats.make(
            cx,
            [
                n(dev),
                n(mode),
                n(nlink),
                n(uid),
                n(gid),
                n(rdev),
                n(blksize),
                n(ino),
                n(size),
                n(blocks),
                n(a),
                n(m),
                n(c),
                n(b),
                cx.date(a)?,
                cx.date(m)?,
                cx.date(c)?,
                cx.date(b)?,
            ],
        )
    }

    /// A `Dirent` (name as given, type a UV_DIRENT_* number).
    pub fn dirent(&self, cx: Ctx, name: Value, kind: i32, parent: &Value) -> JsResult<Value> {
        self.dirent.make(cx, [name, parent.dup(), parent.dup(), cx.int(kind)])
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
