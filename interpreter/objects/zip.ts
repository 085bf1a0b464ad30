// zip(*iterables, strict=False) as a native iterator, with PEP 618's strict-length errors.
import {
  builtinType,
  defineMethods,
  defineNativeIterator,
  None,
  PyNativeIterator,
  type PyType,
  STOP_ITEM,
  True,
  type W,
} from "./model.ts";
import { errorWithMessage } from "../vm/errors.ts";
import { isTrue, iter, next } from "./operations.ts";
import { newTuple } from "./tuple.ts";

export const zipType: PyType = builtinType("zip");

/**
 * PEP 618's strict check once iterator `i` of `its` is exhausted: raise if any other one is not, with
 * CPython's "argument N is shorter/longer than argument(s) 1[-M]" message. Returns normally when all end.
 */
export function strictExhausted(fname: string, its: W[], i: number): void {
  const span = (j: number) => `argument${j === 1 ? "" : "s"} 1${j === 1 ? "" : `-${j}`}`;
  if (i > 0) throw errorWithMessage("ValueError", `${fname}() argument ${i + 1} is shorter than ${span(i)}`);
  for (let j = 1; j < its.length; j++) {
    if (next(its[j]) !== STOP_ITEM) {
      throw errorWithMessage("ValueError", `${fname}() argument ${j + 1} is longer than ${span(j)}`);
    }
  }
}

export class PyZip extends PyNativeIterator {
  declare its: W[];
  declare strict: boolean;
  declare done: boolean;
  constructor(cls: PyType, its: W[], strict: boolean) {
    super();
    this.cls = cls;
    this.its = its;
    this.strict = strict;
    this.done = false;
  }
  nextItem(): W {
    if (this.done || this.its.length === 0) return STOP_ITEM;
    const items: W[] = new Array(this.its.length);
    for (let i = 0; i < this.its.length; i++) {
      const v = next(this.its[i]);
      if (v === STOP_ITEM) {
        this.done = true;
        if (this.strict) strictExhausted("zip", this.its, i);
        return STOP_ITEM;
      }
      items[i] = v;
    }
    return newTuple(items);
  }
}
zipType.factory = (cls) => new PyZip(cls, [], false);

defineMethods(zipType, [
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
            throw errorWithMessage("TypeError", `zip() got an unexpected keyword argument '${k.names[i]}'`);
          }
          strict = isTrue(k.values[i]);
        }
      }
      return new PyZip(a[0] as PyType, a.slice(1).map((x) => iter(x)), strict);
    },
  },
  {
    // (type, iterators) or (type, iterators, True) for strict zips (zip_reduce)
    name: "__reduce__",
    arity: [0, 0],
    impl: (a) => {
      const z = a[0] as PyZip, its = newTuple(z.its.slice());
      return z.strict ? newTuple([z.cls, its, True]) : newTuple([z.cls, its]);
    },
  },
  {
    name: "__setstate__",
    arity: [1, 1],
    impl: (a) => {
      (a[0] as PyZip).strict = isTrue(a[1]);
      return None;
    },
  },
]);
defineNativeIterator(zipType);
