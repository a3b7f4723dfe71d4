// The built-ins util.inspect and its helpers call, captured once per context
// before user code can replace them (state.rs, intrinsics()); evaluated as a
// script whose value is the null-prototype object of them.
(function () {
  'use strict';
  const MapEntries = Map.prototype.entries;
  const SetValues = Set.prototype.values;
  const mapSize = Object.getOwnPropertyDescriptor(Map.prototype, 'size').get;
  const setSize = Object.getOwnPropertyDescriptor(Set.prototype, 'size').get;
  const TA = Object.getPrototypeOf(Uint8Array.prototype);
  const arrayToString = Array.prototype.toString;
  const arrayJoin = Array.prototype.join;
  const valueOf = Object.prototype.valueOf;
  const isArray = Array.isArray;
  const toPrimitive = Symbol.toPrimitive;
  const SetCtor = Set;
  const has = Set.prototype.has;
  const add = Set.prototype.add;
  const del = Set.prototype.delete;
  const push = Array.prototype.push;
  const pop = Array.prototype.pop;
  // An array String() turns into text with the built-in methods only.
  const plainArray = (x) => isArray(x) && x.toString === arrayToString && x.join === arrayJoin &&
    x.valueOf === valueOf && x[toPrimitive] === undefined;
  return {
    __proto__: null,
    mapPreview(m, max) {
      const out = [mapSize.call(m)];
      if (max > 0) {
        let i = 0;
        for (const e of MapEntries.call(m)) { out.push(e[0], e[1]); if (++i >= max) break; }
      }
      return out;
    },
    setPreview(s, max) {
      const out = [setSize.call(s)];
      if (max > 0) {
        let i = 0;
        for (const v of SetValues.call(s)) { out.push(v); if (++i >= max) break; }
      }
      return out;
    },
    mapGet: Map.prototype.get, mapHas: Map.prototype.has,
    setHas: Set.prototype.has, setAdd: Set.prototype.add, setDelete: Set.prototype.delete,
    setSize, mapSize, Set,
    symbolToString: Symbol.prototype.toString,
    symbolDescription: Object.getOwnPropertyDescriptor(Symbol.prototype, 'description').get,
    functionToString: Function.prototype.toString,
    dateGetTime: Date.prototype.getTime,
    dateToISOString: Date.prototype.toISOString,
    dateToString: Date.prototype.toString,
    regexpToString: RegExp.prototype.toString,
    errorToString: Error.prototype.toString,
    numberValueOf: Number.prototype.valueOf,
    stringValueOf: String.prototype.valueOf,
    booleanValueOf: Boolean.prototype.valueOf,
    bigintValueOf: BigInt.prototype.valueOf,
    symbolValueOf: Symbol.prototype.valueOf,
    objectToString: Object.prototype.toString,
    taToStringTag: Object.getOwnPropertyDescriptor(TA, Symbol.toStringTag).get,
    taLength: Object.getOwnPropertyDescriptor(TA, 'length').get,
    jsonStringify: JSON.stringify,
    parseInt: Number.parseInt, parseFloat: Number.parseFloat,
    objectSeal: Object.seal,
    objectAssign: Object.assign,
    objectSetPrototypeOf: Object.setPrototypeOf,
    RegExp, Error, Object, Function, String, Number, Uint8Array, Promise, Array,
    iterator: Symbol.iterator, toStringTag: Symbol.toStringTag, toPrimitive: Symbol.toPrimitive,
    customInspect: Symbol.for('nodejs.util.inspect.custom'),
    promisifyCustom: Symbol.for('nodejs.util.promisify.custom'),
    objectProto: Object.prototype, functionProto: Function.prototype,
    // String(array) as V8 makes it, for %d/%i/%f: join leaves out an array
    // that is being joined already (a cycle) as ''. QuickJS's join has no
    // such check and recurses natively, so nesting here is a loop over an
    // explicit list of frames. Undefined for anything but a plain array.
    arrayText(a) {
      if (!plainArray(a)) return undefined;
      const frames = [{ a, n: a.length, i: 0, text: '' }];
      const active = new SetCtor([a]);
      for (;;) {
        const f = frames[frames.length - 1];
        if (f.i >= f.n) {
          pop.call(frames);
          del.call(active, f.a);
          if (frames.length === 0) return f.text;
          const up = frames[frames.length - 1];
          up.text += f.text;
          up.i += 1;
          continue;
        }
        if (f.i > 0) f.text += ',';
        const e = f.a[f.i];
        if (e !== null && e !== undefined && plainArray(e)) {
          if (has.call(active, e)) {
            f.i += 1;
          } else {
            add.call(active, e);
            push.call(frames, { a: e, n: e.length, i: 0, text: '' });
          }
          continue;
        }
        if (e !== null && e !== undefined) f.text += `${e}`;
        f.i += 1;
      }
    },
  };
})()
