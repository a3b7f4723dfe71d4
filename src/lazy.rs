//! Properties that build their value on first read (or take the one a program
//! assigns) and then settle into a plain data property, as Node's lazy globals
//! do: `atob`/`btoa`/`Blob`/`File`, node:buffer's own `Blob`/`File`,
//! `URL`/`URLSearchParams`, the web-stream classes, `DOMException` and
//! `TextEncoder`/`TextDecoder`. Until then nothing of the module behind them is
//! built, so start-up pays for an accessor only. `process` and `Buffer` are
//! accessors for good, as in Node ([`define_persistent`]).

use crate::engine::typed_array as ta;
use crate::engine::{Arg, Args, Ctx, JsRef, JsResult, Prop, Value};

/// What builds a lazy property's value (with the index given at definition).
#[derive(Clone, Copy)]
pub enum Source {
    /// node:buffer's `Blob`/`File` (0, 1).
    BufferBlob = 0,
    /// The globals from node:buffer (its GLOBALS table).
    BufferGlobal = 1,
    /// `URL`/`URLSearchParams`.
    Url = 2,
    /// node:stream/web's classes (its GLOBALS table).
    WebStreams = 3,
    /// `DOMException` (src/modules/events/dom_exception.js).
    DomException = 4,
    /// `TextEncoder`/`TextDecoder` (0, 1).
    Encoding = 5,
}

fn build(cx: Ctx, source: i32, index: usize) -> JsResult<Value> {
    match source {
        0 => crate::modules::buffer::lazy_blob_value(cx, index),
        1 => crate::modules::buffer::lazy_global_value(cx, index),
        2 => crate::modules::url::lazy_global_value(cx, index),
        4 => crate::modules::events::dom_exception_class(cx),
        3 => crate::modules::stream::web::lazy_global_value(cx, index),
        5 => crate::modules::util::lazy_global_value(cx, index),
        _ => Ok(cx.undefined()),
    }
}

/// Defines `name` on `obj` as a configurable accessor that settles on first
/// read or assignment.
pub fn define(cx: Ctx, obj: &impl JsRef, name: &str, enumerable: bool, source: Source, index: usize) -> JsResult<()> {
    define_with_names(cx, obj, name, enumerable, source, index, &format!("get {name}"), &format!("set {name}"))
}

/// [`define`] with the accessors' own `name`s (Node's DOMException global
/// has anonymous ones).
pub fn define_with_names(
    cx: Ctx,
    obj: &impl JsRef,
    name: &str,
    enumerable: bool,
    source: Source,
    index: usize,
    get_name: &str,
    set_name: &str,
) -> JsResult<()> {
    let vals = [cx.int(source as i32), cx.int(index as i32), cx.string(name)?, cx.bool(enumerable)];
    let data = [vals[0].as_arg(), vals[1].as_arg(), vals[2].as_arg(), vals[3].as_arg()];
    let get = cx.function_with_data(lazy_get, get_name, 0, &data)?;
    let set = cx.function_with_data(lazy_set, set_name, 1, &data)?;
    ta::define_accessor(&cx, obj, &cx.string(name)?, get, set, enumerable, true)
}

/// Defines `name` on `obj` as a configurable, non-enumerable accessor that
/// stays one, as Node's `process` and `Buffer` globals: the getter returns
/// the value last assigned, else the initial one: `Ok(v)` given, or
/// `Err((source, index))` built on first read; the setter takes any value
/// (neither looks at `this`).
pub fn define_persistent(cx: Ctx, obj: &impl JsRef, name: &str, initial: Result<Value, (Source, usize)>) -> JsResult<()> {
    let holder = cx.object_with_proto(&cx.null())?;
    // -1: nothing to build (the value is there from the start).
    let (source, index) = match initial {
        Ok(v) => {
            cx.set(&holder, "value", v)?;
            (-1, 0)
        }
        Err((source, index)) => (source as i32, index as i32),
    };
    let vals = [cx.int(source), cx.int(index), holder];
    let data = [vals[0].as_arg(), vals[1].as_arg(), vals[2].as_arg()];
    let get = cx.function_with_data(persistent_get, "get", 0, &data)?;
    let set = cx.function_with_data(persistent_set, "set", 1, &data)?;
    ta::define_accessor(&cx, obj, &cx.string(name)?, get, set, false, true)
}

crate::js_fn_data!(persistent_get [3] => persistent_get_imp);
fn persistent_get_imp(cx: Ctx, _this: Arg, _args: Args, data: Args) -> JsResult<Value> {
    let holder = data.get(2);
    // One read on the common path (`process` is read often); `undefined` is
    // also a value a program may have assigned.
    let v = cx.get(&holder, "value")?;
    if !cx.is_undefined(&v) || cx.has_own(&holder, &cx.key("value"))? {
        return Ok(v);
    }
    let v = build(cx, cx.to_i32(&data.get(0))?, cx.to_i32(&data.get(1))?.max(0) as usize)?;
    cx.set(&holder, "value", v.dup())?;
    Ok(v)
}

crate::js_fn_data!(persistent_set [3] => persistent_set_imp);
fn persistent_set_imp(cx: Ctx, _this: Arg, args: Args, data: Args) -> JsResult<Value> {
    cx.set(&data.get(2), "value", cx.dup(&args.get(0)))?;
    Ok(cx.undefined())
}

fn settle(cx: Ctx, this: Arg, data: &Args, v: &Value) -> JsResult<()> {
    if cx.is_object(&this) {
        let name = cx.to_string(&data.get(2))?;
        let prop = if cx.to_bool(&data.get(3))? { Prop::PLAIN } else { Prop::HIDDEN };
        cx.define(&this, &name, v.dup(), prop)?;
    }
    Ok(())
}

crate::js_fn_data!(lazy_get [4] => lazy_get_imp);
fn lazy_get_imp(cx: Ctx, this: Arg, _args: Args, data: Args) -> JsResult<Value> {
    let v = build(cx, cx.to_i32(&data.get(0))?, cx.to_i32(&data.get(1))?.max(0) as usize)?;
    settle(cx, this, &data, &v)?;
    Ok(v)
}

crate::js_fn_data!(lazy_set [4] => lazy_set_imp);
fn lazy_set_imp(cx: Ctx, this: Arg, args: Args, data: Args) -> JsResult<Value> {
    let v = cx.dup(&args.get(0));
    settle(cx, this, &data, &v)?;
    Ok(cx.undefined())
}
