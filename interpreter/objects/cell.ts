// cell: the box shared between a scope that owns a variable and the closures that capture it.
import { builtinType, defineGetSets, defineMethods, PyObject, type PyType, type W } from "./model.ts";
import { errorWithMessage, raiseTypeError } from "../vm/errors.ts";

export const cellType: PyType = builtinType("cell", undefined, { flags: 0 });

export class PyCell extends PyObject {
  /** undefined = empty (unbound). */
  declare ref: W | undefined;
  constructor(ref?: W) {
    super();
    this.cls = cellType;
    this.ref = ref;
  }
}

defineGetSets(cellType, [
  {
    name: "cell_contents",
    get: (c) => {
      const v = (c as PyCell).ref;
      if (v === undefined) throw errorWithMessage("ValueError", "Cell is empty");
      return v;
    },
    set: (c, v) => void ((c as PyCell).ref = v),
    delete: (c) => void ((c as PyCell).ref = undefined),
  },
]);
defineMethods(cellType, [
  {
    name: "__new__",
    arity: [1, 2],
    kind: "static",
    impl: (a) => {
      if (a[0] !== cellType) raiseTypeError("cell.__new__(X): X is not cell");
      return new PyCell(a[1]);
    },
  },
]);
