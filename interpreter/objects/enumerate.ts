// enumerate(iterable, start=0): (index, item) pairs, as a native iterator.
import {
  builtinType,
  defineMethods,
  defineNativeIterator,
  None,
  PyNativeIterator,
  type PyType,
  STOP_ITEM,
  type W,
} from "./model.ts";
import { raiseTypeError } from "../vm/errors.ts";
import { iter, next } from "./operations.ts";
import { newTuple } from "./tuple.ts";
import { intAdd } from "./int.ts";
import { indexValue } from "./slice.ts";

export const enumerateType: PyType = builtinType("enumerate");

export class PyEnumerate extends PyNativeIterator {
  declare it: W;
  declare count: number | bigint;
  constructor(cls: PyType, it: W, start: number | bigint) {
    super();
    this.cls = cls;
    this.it = it;
    this.count = start;
  }
  nextItem(): W {
    const v = next(this.it);
    if (v === STOP_ITEM) return STOP_ITEM;
    const i = this.count;
    this.count = intAdd(i, 1);
    return newTuple([i, v]);
  }
}
enumerateType.factory = (cls) => new PyEnumerate(cls, None, 0);

defineMethods(enumerateType, [
  {
    name: "__new__",
    arity: [1, 3],
    kind: "static",
    kw: ["iterable", "start"],
    impl: (a) => {
      if (a[1] === undefined) raiseTypeError("enumerate() missing required argument 'iterable'");
      let start: number | bigint = 0;
      if (a[2] !== undefined) {
        if (typeof a[2] === "bigint") start = a[2];
        else {start = indexValue(
            a[2],
            `'${(a[2] as { cls?: PyType }).cls?.name ?? "int"}' object cannot be interpreted as an integer`,
          );}
      }
      return new PyEnumerate(a[0] as PyType, iter(a[1]), start);
    },
  },
  { name: "__class_getitem__", arity: [1, 1], kind: "class", impl: (a) => a[0] },
  {
    name: "__reduce__",
    arity: [0, 0],
    impl: (a) => {
      const e = a[0] as PyEnumerate;
      return newTuple([e.cls, newTuple([e.it, e.count])]);
    },
  },
]);

defineNativeIterator(enumerateType);
