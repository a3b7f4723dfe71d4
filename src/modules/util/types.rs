//! `util.types` (also `require('util/types')`): every Node 20 predicate,
//! answered from the engine class of the value (probed class IDs, see
//! engine/introspect.rs), never from `instanceof` or `Symbol.toStringTag`,
//! so subclasses and cross-realm objects answer like Node.

use crate::context;
use crate::engine::{Arg, Args, Ctx, JsResult, Kind, TypedArrayKind, Value};

type Pred = fn(Kind) -> bool;

macro_rules! predicates {
    ($( $name:literal, $len:literal, $cfn:ident, $pred:expr; )*) => {
        $(
            mod $cfn {
                use super::*;
                fn imp(cx: Ctx, _this: Arg, args: Args) -> JsResult<Value> {
                    let p: Pred = $pred;
                    Ok(cx.bool(p(cx.kind_of(&args.get(0)))))
                }
                crate::js_fn!(pub f => imp);
            }
        )*
        const LIST: &[(&str, i32, crate::engine::RawCFn)] = &[ $( ($name, $len, $cfn::f), )* ];
        static ENTRIES: &[crate::engine::FnEntry] = &[ $(
            crate::engine::FnEntry::new(crate::engine::entry_name(concat!($name, "\0")), $cfn::f, $len),
        )* ];
    };
}

fn ta(k: Kind, want: TypedArrayKind) -> bool {
    k == Kind::TypedArray(want)
}

predicates! {
    "isExternal", 0, is_external, |_| false;
    "isDate", 0, is_date, |k| k == Kind::Date;
    "isArgumentsObject", 0, is_arguments_object, |k| k == Kind::Arguments;
    "isBigIntObject", 0, is_bigint_object, |k| k == Kind::BigIntObject;
    "isBooleanObject", 0, is_boolean_object, |k| k == Kind::BooleanObject;
    "isNumberObject", 0, is_number_object, |k| k == Kind::NumberObject;
    "isStringObject", 0, is_string_object, |k| k == Kind::StringObject;
    "isSymbolObject", 0, is_symbol_object, |k| k == Kind::SymbolObject;
    "isNativeError", 0, is_native_error, |k| k == Kind::Error;
    "isRegExp", 0, is_regexp, |k| k == Kind::RegExp;
    "isAsyncFunction", 0, is_async_function, |k| matches!(k, Kind::AsyncFunction | Kind::AsyncGeneratorFunction);
    "isGeneratorFunction", 0, is_generator_function, |k| matches!(k, Kind::GeneratorFunction | Kind::AsyncGeneratorFunction);
    "isGeneratorObject", 0, is_generator_object, |k| matches!(k, Kind::Generator | Kind::AsyncGenerator);
    "isPromise", 0, is_promise, |k| k == Kind::Promise;
    "isMap", 0, is_map, |k| k == Kind::Map;
    "isSet", 0, is_set, |k| k == Kind::Set;
    "isMapIterator", 0, is_map_iterator, |k| k == Kind::MapIterator;
    "isSetIterator", 0, is_set_iterator, |k| k == Kind::SetIterator;
    "isWeakMap", 0, is_weak_map, |k| k == Kind::WeakMap;
    "isWeakSet", 0, is_weak_set, |k| k == Kind::WeakSet;
    "isArrayBuffer", 0, is_array_buffer, |k| k == Kind::ArrayBuffer;
    "isDataView", 0, is_data_view, |k| k == Kind::DataView;
    "isSharedArrayBuffer", 0, is_shared_array_buffer, |k| k == Kind::SharedArrayBuffer;
    "isProxy", 0, is_proxy, |k| k == Kind::Proxy;
    "isModuleNamespaceObject", 0, is_module_namespace_object, |k| k == Kind::ModuleNamespace;
    "isAnyArrayBuffer", 0, is_any_array_buffer, |k| matches!(k, Kind::ArrayBuffer | Kind::SharedArrayBuffer);
    "isBoxedPrimitive", 0, is_boxed_primitive, |k| k.is_boxed_primitive();
    "isArrayBufferView", 1, is_array_buffer_view, |k| matches!(k, Kind::TypedArray(_) | Kind::DataView);
    "isTypedArray", 1, is_typed_array, |k| matches!(k, Kind::TypedArray(_));
    "isUint8Array", 1, is_uint8_array, |k| ta(k, TypedArrayKind::Uint8);
    "isUint8ClampedArray", 1, is_uint8_clamped_array, |k| ta(k, TypedArrayKind::Uint8Clamped);
    "isUint16Array", 1, is_uint16_array, |k| ta(k, TypedArrayKind::Uint16);
    "isUint32Array", 1, is_uint32_array, |k| ta(k, TypedArrayKind::Uint32);
    "isInt8Array", 1, is_int8_array, |k| ta(k, TypedArrayKind::Int8);
    "isInt16Array", 1, is_int16_array, |k| ta(k, TypedArrayKind::Int16);
    "isInt32Array", 1, is_int32_array, |k| ta(k, TypedArrayKind::Int32);
    "isFloat32Array", 1, is_float32_array, |k| ta(k, TypedArrayKind::Float32);
    "isFloat64Array", 1, is_float64_array, |k| ta(k, TypedArrayKind::Float64);
    "isBigInt64Array", 1, is_bigint64_array, |k| ta(k, TypedArrayKind::BigInt64);
    "isBigUint64Array", 1, is_biguint64_array, |k| ta(k, TypedArrayKind::BigUint64);
    "isKeyObject", 1, is_key_object, |_| false;
    "isCryptoKey", 1, is_crypto_key, |_| false;
}

const SLOT: &str = "util:types";

/// The `util.types` object of this context (`require('util/types')` is the same object).
pub fn init(cx: Ctx) -> JsResult<Value> {
    if let Some(v) = context::slot_get(cx, SLOT) {
        return Ok(v);
    }
    let t = cx.object()?;
    // Runs of predicates whose function name is their key go in as entries
    // made on first read (engine::FnEntry); the others are made now.
    let mut run = 0;
    for (i, (name, len, f)) in LIST.iter().enumerate() {
        // Node's names: `isArrayBufferView` is `ArrayBuffer.isView`; the crypto
        // predicates are anonymous arrow functions assigned to `value`.
        let shown = match *name {
            "isArrayBufferView" => "isView",
            "isKeyObject" | "isCryptoKey" => "value",
            _ => continue,
        };
        cx.set_fn_list(&t, &ENTRIES[run..i])?;
        run = i + 1;
        let func = cx.function(*f, shown, *len)?;
        if shown == "value" {
            // Node defines these two with defineProperty: enumerable only.
            cx.define_key(&t, &cx.key(name), func, false, true, false)?;
        } else {
            cx.set(&t, name, func)?;
        }
    }
    cx.set_fn_list(&t, &ENTRIES[run..])?;
    Ok(context::slot_get_or_insert(cx, SLOT, t))
}
