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

export const reversedType: PyType = builtinType("reversed");

export class PyReversed extends PyNativeIterator {
  declare seq: W;
  declare index: number;
  constructor(cls: PyType, seq: W, n: number) {
    super();
    this.cls = cls;
    this.seq = seq;
    this.index = n - 1;
  }
  nextItem(): W {
    if (this.index < 0) return STOP_ITEM;
    try {
      return getItem(this.seq, this.index--);
    } catch (e) {
      if (
        e instanceof PyError &&
        (e.matches(exceptionTypes.IndexError) || e.matches(exceptionTypes.StopIteration))
      ) {
        this.index = -1;
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
      if (rev !== undefined && a[0] === reversedType) return callBound(rev, seq, []);
      if (t.lookup("__getitem__") === undefined || t.lookup("__len__") === undefined || t.name === "dict") {
        raiseTypeError(`'${t.name}' object is not reversible`);
      }
      return new PyReversed(a[0] as PyType, seq, len(seq));
    },
  },
  {
    name: "__length_hint__",
    arity: [0, 0],
    impl: (a) => Math.max(0, (a[0] as PyReversed).index + 1),
  },
]);
defineNativeIterator(reversedType);
