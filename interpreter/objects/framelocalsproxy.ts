// FrameLocalsProxy (PEP 667): what frame.f_locals answers for a function frame. A write-through mapping
// over the frame's fast locals (cells read and written through), then the "extra" names stored with the
// frame that are not variables of its code. locals() in a function is a snapshot dict of the same view.
import {
  builtinType,
  defineMethods,
  False,
  None,
  NotImplemented,
  objectType,
  PyObject,
  type PyType,
  True,
  typeOf,
  type W,
} from "./model.ts";
import { Frame, markEscaped } from "../vm/frame.ts";
import { dictUpdateArg, newDict, PyDict } from "./dict.ts";
import { PyCell } from "./cell.ts";
import { newStr, PyStr } from "./str.ts";
import { newList } from "./list.ts";
import { newTuple, reprEnter, reprLeave } from "./tuple.ts";
import { CO_FAST_CELL, CO_FAST_FREE, CO_FAST_HIDDEN } from "../compiler/code.ts";
import { newError, raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { exceptionTypes } from "./exceptions.ts";
import { eq, iter, repr } from "./operations.ts";

export const frameLocalsProxyType: PyType = builtinType("FrameLocalsProxy", objectType, { flags: 0 });

export class PyFrameLocalsProxy extends PyObject {
  readonly frame: Frame;
  constructor(frame: Frame) {
    super();
    this.cls = frameLocalsProxyType;
    this.frame = frame;
    markEscaped(frame);
  }
}

/** Names set through a proxy that are not variables of the frame's code (CPython's f_extra_locals). */
const extraLocals = new WeakMap<Frame, PyDict>();

function extras(frame: Frame, create: boolean): PyDict | null {
  let d = extraLocals.get(frame) ?? null;
  if (d === null && create) {
    d = newDict();
    extraLocals.set(frame, d);
  }
  return d;
}

/** The value in fast-local slot `i`, undefined when unbound (a cell's contents for cell and free slots). */
function fastValue(frame: Frame, i: number): W | undefined {
  const v = frame.slots[i];
  if (frame.code.kinds[i] & (CO_FAST_CELL | CO_FAST_FREE) && v instanceof PyCell) return v.ref;
  return v;
}

/** The slot of variable `name`, or -1; a hidden (inlined comprehension) slot only while it is bound. */
function fastIndex(frame: Frame, key: W): number {
  if (!(key instanceof PyStr)) return -1;
  const code = frame.code;
  const names = code.localsplusnames;
  let found = -1;
  for (let i = 0; i < code.nlocalsplus; i++) {
    if (names[i] !== key.value) continue;
    if (code.kinds[i] & CO_FAST_HIDDEN && fastValue(frame, i) === undefined) continue;
    if (fastValue(frame, i) !== undefined) return i;
    if (found < 0) found = i;
  }
  return found;
}

/** The bound variables, in slot order, then the extra names: the content of the proxy as a new dict. */
export function frameLocalsDict(frame: Frame, includeHidden: boolean): PyDict {
  const d = newDict();
  const code = frame.code;
  for (let i = 0; i < code.nlocalsplus; i++) {
    const v = fastValue(frame, i);
    if (v === undefined) continue;
    if (!includeHidden && code.kinds[i] & CO_FAST_HIDDEN) continue;
    const name = code.localsplusnames[i];
    if (d.getStr(name) === undefined) d.setStr(name, v);
  }
  const x = extras(frame, false);
  if (x !== null) { for (const [k, v] of x.itemsArray()) d.setItem(k, v); }
  return d;
}

function proxy(w: W): PyFrameLocalsProxy {
  if (!(w instanceof PyFrameLocalsProxy)) raiseTypeError("descriptor requires a 'FrameLocalsProxy' object");
  return w;
}

function getValue(p: PyFrameLocalsProxy, key: W): W | undefined {
  const i = fastIndex(p.frame, key);
  if (i >= 0) return fastValue(p.frame, i);
  return extras(p.frame, false)?.getItem(key);
}

function setValue(p: PyFrameLocalsProxy, key: W, value: W): void {
  const f = p.frame;
  const i = fastIndex(f, key);
  if (i < 0) {
    extras(f, true)!.setItem(key, value);
    return;
  }
  const old = f.slots[i];
  if (f.code.kinds[i] & (CO_FAST_CELL | CO_FAST_FREE) && old instanceof PyCell) old.ref = value;
  else f.slots[i] = value;
}

function removeValue(p: PyFrameLocalsProxy, key: W): W {
  if (fastIndex(p.frame, key) >= 0) raiseValueError("cannot remove local variables from FrameLocalsProxy");
  const x = extras(p.frame, false);
  const v = x?.getItem(key);
  if (x === null || v === undefined) throw newError(exceptionTypes.KeyError, [key]);
  x.delItem(key);
  return v;
}

const snapshot = (a: W[]): PyDict => frameLocalsDict(proxy(a[0]).frame, false);

defineMethods(frameLocalsProxyType, [
  {
    name: "__new__",
    arity: [1, -1],
    kind: "static",
    kw: ["**"],
    impl: (a, kw) => {
      if (kw !== null && kw.names.length > 0) raiseTypeError("FrameLocalsProxy takes no keyword arguments");
      if (a.length !== 2) raiseTypeError(`FrameLocalsProxy expected 1 argument, got ${a.length - 1}`);
      if (!(a[1] instanceof Frame)) raiseTypeError(`expect frame, not ${typeOf(a[1]).name}`);
      return new PyFrameLocalsProxy(a[1] as Frame);
    },
  },
  {
    name: "__getitem__",
    arity: [1, 1],
    impl: (a) => {
      const v = getValue(proxy(a[0]), a[1]);
      if (v === undefined) throw newError(exceptionTypes.KeyError, [a[1]]);
      return v;
    },
  },
  { name: "__setitem__", arity: [2, 2], impl: (a) => (setValue(proxy(a[0]), a[1], a[2]), None) },
  { name: "__delitem__", arity: [1, 1], impl: (a) => (removeValue(proxy(a[0]), a[1]), None) },
  {
    name: "__contains__",
    arity: [1, 1],
    impl: (a) => (getValue(proxy(a[0]), a[1]) !== undefined ? True : False),
  },
  { name: "__len__", arity: [0, 0], impl: (a) => snapshot(a).size },
  { name: "__iter__", arity: [0, 0], impl: (a) => iter(newList(snapshot(a).keysArray())) },
  { name: "__reversed__", arity: [0, 0], impl: (a) => iter(newList(snapshot(a).keysArray().reverse())) },
  { name: "keys", arity: [0, 0], impl: (a) => newList(snapshot(a).keysArray()) },
  { name: "values", arity: [0, 0], impl: (a) => newList(snapshot(a).valuesArray()) },
  {
    name: "items",
    arity: [0, 0],
    impl: (a) => newList(snapshot(a).itemsArray().map(([k, v]) => newTuple([k, v]))),
  },
  { name: "copy", arity: [0, 0], impl: (a) => snapshot(a) },
  {
    name: "get",
    arity: [1, 2],
    impl: (a) => getValue(proxy(a[0]), a[1]) ?? (a.length > 2 ? a[2] : None),
  },
  {
    name: "setdefault",
    arity: [1, 2],
    impl: (a) => {
      const p = proxy(a[0]);
      const v = getValue(p, a[1]);
      if (v !== undefined) return v;
      const d = a.length > 2 ? a[2] : None;
      setValue(p, a[1], d);
      return d;
    },
  },
  {
    name: "pop",
    arity: [1, 2],
    impl: (a) => {
      const p = proxy(a[0]);
      if (
        a.length > 2 && fastIndex(p.frame, a[1]) < 0 && extras(p.frame, false)?.getItem(a[1]) === undefined
      ) {
        return a[2];
      }
      return removeValue(p, a[1]);
    },
  },
  {
    name: "update",
    arity: [1, 1],
    impl: (a) => {
      const p = proxy(a[0]);
      const d = newDict();
      dictUpdateArg(d, a[1] instanceof PyFrameLocalsProxy ? frameLocalsDict(a[1].frame, false) : a[1]);
      for (const [k, v] of d.itemsArray()) setValue(p, k, v);
      return None;
    },
  },
  {
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => {
      // keyed by the frame: each snapshot is a new dict, and a local may hold this proxy
      const f = proxy(a[0]).frame;
      if (!reprEnter(f)) return newStr("{...}");
      try {
        return newStr(repr(snapshot(a)));
      } finally {
        reprLeave(f);
      }
    },
  },
  {
    name: "__eq__",
    arity: [1, 1],
    impl: (a) => {
      const other = a[1] instanceof PyFrameLocalsProxy ? frameLocalsDict(a[1].frame, false) : a[1];
      if (!(other instanceof PyDict)) return NotImplemented;
      return eq(snapshot(a), other) ? True : False;
    },
  },
  {
    name: "__ne__",
    arity: [1, 1],
    impl: (a) => {
      const other = a[1] instanceof PyFrameLocalsProxy ? frameLocalsDict(a[1].frame, false) : a[1];
      if (!(other instanceof PyDict)) return NotImplemented;
      return eq(snapshot(a), other) ? False : True;
    },
  },
  {
    name: "__or__",
    arity: [1, 1],
    impl: (a) => {
      const other = a[1] instanceof PyFrameLocalsProxy ? frameLocalsDict(a[1].frame, false) : a[1];
      if (!(other instanceof PyDict)) return NotImplemented;
      const d = snapshot(a);
      d.mergeFrom(other);
      return d;
    },
  },
  {
    name: "__ror__",
    arity: [1, 1],
    impl: (a) => {
      if (!(a[1] instanceof PyDict)) return NotImplemented;
      const d = a[1].copyDict();
      d.mergeFrom(snapshot(a));
      return d;
    },
  },
  {
    name: "__ior__",
    arity: [1, 1],
    impl: (a) => {
      const p = proxy(a[0]);
      const other = a[1] instanceof PyFrameLocalsProxy ? frameLocalsDict(a[1].frame, false) : a[1];
      if (!(other instanceof PyDict)) return NotImplemented;
      for (const [k, v] of other.itemsArray()) setValue(p, k, v);
      return p;
    },
  },
]);
frameLocalsProxyType.dict.set("__hash__", None);
frameLocalsProxyType.module = "builtins";
frameLocalsProxyType.mutated();

/** frame.clear(): drop the variables of a frame that is neither running nor a suspended generator's. */
export function clearFrameVariables(frame: Frame): void {
  for (let i = 0; i < frame.code.nlocalsplus; i++) frame.slots[i] = undefined;
  extraLocals.delete(frame);
}
