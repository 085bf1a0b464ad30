// map(function, *iterables) as a native iterator (stops at the shortest; `strict=` as in 3.14).
import {
  builtinType,
  call,
  call1,
  defineMethods,
  defineNativeIterator,
  None,
  PyNativeIterator,
  type PyType,
  STOP_ITEM,
  True,
  type W,
} from "./model.ts";
import { raiseTypeError } from "../vm/errors.ts";
import { isTrue, iter, next } from "./operations.ts";
import { strictExhausted } from "./zip.ts";
import { newTuple } from "./tuple.ts";

export const mapType: PyType = builtinType("map");

export class PyMap extends PyNativeIterator {
  declare fn: W;
  declare its: W[];
  declare strict: boolean;
  constructor(cls: PyType, fn: W, its: W[], strict: boolean) {
    super();
    this.cls = cls;
    this.fn = fn;
    this.its = its;
    this.strict = strict;
  }
  nextItem(): W {
    const its = this.its;
    if (its.length === 1) {
      const v = next(its[0]);
      return v === STOP_ITEM ? STOP_ITEM : call1(this.fn, v);
    }
    const args: W[] = new Array(its.length);
    for (let i = 0; i < its.length; i++) {
      const v = next(its[i]);
      if (v === STOP_ITEM) {
        if (this.strict) strictExhausted("map", its, i);
        return STOP_ITEM;
      }
      args[i] = v;
    }
    return call(this.fn, args);
  }
}
mapType.factory = (cls) => new PyMap(cls, None, [], false);

defineMethods(mapType, [
  {
    name: "__new__",
    arity: [0, -1],
    kind: "static",
    kw: ["**"],
    impl: (a, k) => {
      let strict = false;
      if (k !== null) {
        for (let i = 0; i < k.names.length; i++) {
          if (k.names[i] !== "strict") {
            raiseTypeError(`map() got an unexpected keyword argument '${k.names[i]}'`);
          }
          strict = isTrue(k.values[i]);
        }
      }
      if (a.length < 3) raiseTypeError("map() must have at least two arguments.");
      return new PyMap(a[0] as PyType, a[1], a.slice(2).map((x) => iter(x)), strict);
    },
  },
  {
    // (type, (function, *iterators)) or with True for strict maps (map_reduce)
    name: "__reduce__",
    arity: [0, 0],
    impl: (a) => {
      const m = a[0] as PyMap, args = newTuple([m.fn, ...m.its]);
      return m.strict ? newTuple([m.cls, args, True]) : newTuple([m.cls, args]);
    },
  },
  {
    name: "__setstate__",
    arity: [1, 1],
    impl: (a) => {
      (a[0] as PyMap).strict = isTrue(a[1]);
      return None;
    },
  },
]);
defineNativeIterator(mapType);
