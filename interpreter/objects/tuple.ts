// tuple: an immutable JS array of values.
import { defineMethods, NotImplemented, PyObject, tupleType, type W } from "./model.ts";
import { tupleHooks } from "./float.ts";

export class PyTuple extends PyObject {
  readonly items: W[];
  constructor(items: W[]) {
    super(tupleType);
    this.items = items;
  }
}
export const emptyTuple: PyTuple = new PyTuple([]);
export function newTuple(items: W[]): PyTuple {
  return items.length === 0 ? emptyTuple : new PyTuple(items);
}
tupleHooks.make = newTuple;

defineMethods(tupleType, [
  { name: "__len__", arity: [0, 0], impl: (a) => (a[0] as PyTuple).items.length },
  {
    name: "__add__",
    arity: [1, 1],
    impl: (a) => {
      if (!(a[1] instanceof PyTuple)) return NotImplemented;
      return newTuple([...(a[0] as PyTuple).items, ...a[1].items]);
    },
  },
]);
