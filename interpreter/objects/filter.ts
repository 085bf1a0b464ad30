// filter(function or None, iterable) as a native iterator.
import {
  builtinType,
  call1,
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
import { raiseTypeError } from "../vm/errors.ts";

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
      if (isTrue(this.fn === None ? v : call1(this.fn, v))) return v;
    }
  }
}
filterType.factory = (cls) => new PyFilter(cls, None, None);

defineMethods(filterType, [
  {
    // Keywords are refused unless a subclass brings its own __init__ to take them (filter_new)
    name: "__new__",
    arity: [1, -1],
    kw: ["**"],
    kind: "static",
    impl: (a, k) => {
      const cls = a[0] as PyType;
      if (
        k !== null && k.names.length > 0 &&
        (cls === filterType || cls.lookup("__init__") === filterType.lookup("__init__"))
      ) raiseTypeError("filter() takes no keyword arguments");
      if (a.length !== 3) raiseTypeError(`filter expected 2 arguments, got ${a.length - 1}`);
      return new PyFilter(cls, a[1], iter(a[2]));
    },
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
