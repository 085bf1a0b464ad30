// cell: the box shared between a scope that owns a variable and the closures that capture it.
import {
  builtinType,
  defineGetSets,
  defineMethods,
  False,
  None,
  NotImplemented,
  PyObject,
  type PyType,
  True,
  typeOf,
  type W,
} from "./model.ts";
import { objectId } from "./object.ts";
import { newStr } from "./str.ts";
import { errorWithMessage, raiseTypeError } from "../vm/errors.ts";
import { type CompareOp, richCompare } from "./operations.ts";

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
    // cell_repr: "<cell at 0x…: empty>" or "<cell at 0x…: int object at 0x…>"
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => {
      const c = a[0] as PyCell, at = `<cell at 0x${objectId(c).toString(16)}: `;
      if (c.ref === undefined) return newStr(at + "empty>");
      return newStr(at + `${typeOf(c.ref).name.slice(0, 80)} object at 0x${objectId(c.ref).toString(16)}>`);
    },
  },
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

/** Cells compare by their contents; an empty cell sorts before a full one (cell_richcompare). */
function compareCells(op: CompareOp) {
  return (a: W[]): W => {
    const x = a[0], y = a[1];
    if (!(x instanceof PyCell) || !(y instanceof PyCell)) return NotImplemented;
    if (x.ref !== undefined && y.ref !== undefined) return richCompare(x.ref, y.ref, op);
    const p = x.ref === undefined ? 0 : 1, q = y.ref === undefined ? 0 : 1;
    const r = op === "=="
      ? p === q
      : op === "!="
      ? p !== q
      : op === "<"
      ? p < q
      : op === "<="
      ? p <= q
      : op === ">"
      ? p > q
      : p >= q;
    return r ? True : False;
  };
}
// cells define comparison but not __hash__: unhashable (tp_hash is not inherited with tp_richcompare set)
cellType.dict.set("__hash__", None);
defineMethods(
  cellType,
  ([["__eq__", "=="], ["__ne__", "!="], ["__lt__", "<"], ["__le__", "<="], ["__gt__", ">"], [
    "__ge__",
    ">=",
  ]] as const)
    .map(([name, op]) => ({ name, arity: [1, 1] as [number, number], impl: compareCells(op) })),
);
