// reversed(seq): __reversed__ when the type has it, else the __len__/__getitem__ sequence protocol.
import {
  builtinType,
  callBound,
  defineMethods,
  defineNativeIterator,
  None,
  PyNativeIterator,
  type PyType,
  STOP_ITEM,
  typeOf,
  type W,
} from "./model.ts";
import { PyError, raiseTypeError } from "../vm/errors.ts";
import { getItem, len } from "./operations.ts";
import { exceptionTypes } from "./exceptions.ts";
import { newTuple } from "./tuple.ts";
import { clampIndex, ssizeState } from "./iterstate.ts";

export const reversedType: PyType = builtinType("reversed");

export class PyReversed extends PyNativeIterator {
  /** null once exhausted (CPython clears ro->seq). */
  declare seq: W | null;
  declare index: number;
  constructor(cls: PyType, seq: W, n: number) {
    super();
    this.cls = cls;
    this.seq = seq;
    this.index = n - 1;
  }
  nextItem(): W {
    if (this.index < 0 || this.seq === null) {
      this.seq = null;
      return STOP_ITEM;
    }
    try {
      return getItem(this.seq, this.index--);
    } catch (e) {
      if (
        e instanceof PyError &&
        (e.matches(exceptionTypes.IndexError) || e.matches(exceptionTypes.StopIteration))
      ) {
        this.index = -1;
        this.seq = null;
        return STOP_ITEM;
      }
      throw e;
    }
  }
}
reversedType.factory = (cls) => new PyReversed(cls, None, 0);

defineMethods(reversedType, [
  {
    name: "__new__",
    arity: [2, 2],
    kind: "static",
    impl: (a) => {
      const seq = a[1];
      const t = typeOf(seq);
      const rev = t.lookup("__reversed__");
      if (rev === None) raiseTypeError(`'${t.name}' object is not reversible`);
      // __reversed__ wins even for a subclass of reversed (reversed_new_impl)
      if (rev !== undefined) return callBound(rev, seq, []);
      if (t.lookup("__getitem__") === undefined || t.lookup("__len__") === undefined || t.name === "dict") {
        raiseTypeError(`'${t.name}' object is not reversible`);
      }
      return new PyReversed(a[0] as PyType, seq, len(seq));
    },
  },
  {
    // len(seq) when it shrank below the position; 0 once exhausted (reversed_len)
    name: "__length_hint__",
    arity: [0, 0],
    impl: (a) => {
      const r = a[0] as PyReversed;
      if (r.seq === null) return 0;
      const n = len(r.seq);
      return n < r.index + 1 ? 0 : r.index + 1;
    },
  },
  {
    name: "__reduce__",
    arity: [0, 0],
    impl: (a) => {
      const r = a[0] as PyReversed;
      if (r.seq === null) return newTuple([r.cls, newTuple([newTuple([])])]);
      return newTuple([r.cls, newTuple([r.seq]), r.index]);
    },
  },
  {
    name: "__setstate__",
    arity: [1, 1],
    impl: (a) => {
      const r = a[0] as PyReversed, index = ssizeState(a[1]);
      if (r.seq !== null) r.index = clampIndex(index, -1, len(r.seq) - 1);
      return None;
    },
  },
]);
defineNativeIterator(reversedType);
