// filter(function or None, iterable) as a native iterator.
import {
  builtinType,
  call,
  defineMethods,
  defineNativeIterator,
  None,
  PyNativeIterator,
  type PyType,
  STOP_ITEM,
  type W,
} from "./model.ts";
import { isTrue, iter, next } from "./operations.ts";
import { newTuple } from "./tuple.ts";

export const filterType: PyType = builtinType("filter");

export class PyFilter extends PyNativeIterator {
  declare fn: W;
  declare it: W;
  constructor(cls: PyType, fn: W, it: W) {
    super();
    this.cls = cls;
    this.fn = fn;
    this.it = it;
  }
  nextItem(): W {
    for (;;) {
      const v = next(this.it);
      if (v === STOP_ITEM) return STOP_ITEM;
      if (isTrue(this.fn === None ? v : call(this.fn, [v]))) return v;
    }
  }
}
filterType.factory = (cls) => new PyFilter(cls, None, None);

defineMethods(filterType, [
  {
    name: "__new__",
    arity: [3, 3],
    kind: "static",
    impl: (a) => new PyFilter(a[0] as PyType, a[1], iter(a[2])),
  },
  {
    name: "__reduce__",
    arity: [0, 0],
    impl: (a) => {
      const f = a[0] as PyFilter;
      return newTuple([f.cls, newTuple([f.fn, f.it])]);
    },
  },
]);
defineNativeIterator(filterType);
