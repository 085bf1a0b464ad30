// collections.OrderedDict as CPython's Objects/odictobject.c: a dict subclass (pypyts dicts already keep
// insertion order) with move_to_end, popitem(last=), order-sensitive equality between OrderedDicts,
// odict_* views, the 3.12+ repr and __reduce__. Operations go through the subclass's __getitem__/
// __setitem__/__delitem__ when the type is not exactly OrderedDict, as odictobject.c does.
// move_to_end(last=False) rebuilds the table (O(n)); CPython relinks a node in O(1). Iteration is the
// odict_iterator's: any change to the keys (the dict's keysVersion, CPython's od_state) or the size while
// it runs is a RuntimeError, as is a change during the key-order comparison of ==.
import {
  builtinType,
  call,
  defineGetSets,
  defineMethods,
  defineNativeIterator,
  dictType,
  getAttr as getAttrOf,
  type Kwargs,
  newBool,
  None,
  NotImplemented,
  PyNativeIterator,
  PyType,
  STOP_ITEM,
  TypeFlags,
  typeOf,
  type W,
} from "../../objects/model.ts";
import {
  errorWithMessage,
  raiseKeyError,
  raiseRuntimeError,
  raiseTypeError,
  raiseValueError,
} from "../../vm/errors.ts";
import { remainingReduce } from "../../objects/set.ts";
import { newStr } from "../../objects/str.ts";
import { newTuple, PyTuple, reprEnter, reprLeave } from "../../objects/tuple.ts";
import { dictRepr, newDict, PyDict } from "../../objects/dict.ts";
import { dictItemsType, dictKeysType, dictValuesType, PyDictView } from "../../objects/dictview.ts";
import { eq, getItem, isTrue, iter, iterateToArray, next, setItem, STOP } from "../../objects/operations.ts";
import { instanceDictSpec } from "../../objects/type.ts";
import { classGetItem } from "../../objects/genericalias.ts";
import { nativeType } from "../define.ts";
import { allowWeakrefs } from "../weakref.ts";

export const odictType: PyType = nativeType("collections", "OrderedDict", dictType, {
  factory: (cls) => new PyDict(cls),
});
odictType.hasInstanceDict = true;
allowWeakrefs(odictType);

const odictKeysType: PyType = builtinType("odict_keys", dictKeysType, { flags: 0 });
const odictValuesType: PyType = builtinType("odict_values", dictValuesType, { flags: 0 });
const odictItemsType: PyType = builtinType("odict_items", dictItemsType, { flags: 0 });
// dictview.ts's view kinds (a const enum there): keys, values, items.
const KEYS = 0 as never, VALUES = 1 as never, ITEMS = 2 as never;

/** odictiter: keys, values or items in order (or reversed), checking the state before each step. */
class PyODictIterator extends PyNativeIterator {
  dict: PyDict | null;
  pos: number;
  state: number;
  size: number;
  readonly kind: number;
  readonly reversed: boolean;
  constructor(d: PyDict, kind: number, reversed: boolean) {
    super();
    this.cls = odictIteratorType;
    this.dict = d;
    this.kind = kind;
    this.reversed = reversed;
    this.pos = reversed ? d.ekeys.length - 1 : 0;
    this.state = d.keysVersion;
    this.size = d.used;
  }
  nextItem(): W {
    const d = this.dict;
    if (d === null) return STOP_ITEM;
    if (d.keysVersion !== this.state) {
      this.dict = null;
      raiseRuntimeError("OrderedDict mutated during iteration");
    }
    if (d.used !== this.size) {
      this.size = -1; // sticky, as CPython's di_size
      raiseRuntimeError("OrderedDict changed size during iteration");
    }
    const keys = d.ekeys;
    let i = this.pos;
    if (this.reversed) {
      while (i >= 0 && keys[i] === undefined) i--;
      this.pos = i - 1;
    } else {
      while (i < keys.length && keys[i] === undefined) i++;
      this.pos = i + 1;
    }
    if (i < 0 || i >= keys.length) {
      this.dict = null;
      return STOP_ITEM;
    }
    if (this.kind === (KEYS as number)) return keys[i] as W;
    if (this.kind === (VALUES as number)) return d.evals[i] as W;
    return newTuple([keys[i] as W, d.evals[i] as W]);
  }
}
const odictIteratorType: PyType = builtinType("odict_iterator", undefined, {
  flags: TypeFlags.DISALLOW_INSTANTIATION,
});
defineNativeIterator(odictIteratorType);
defineMethods(odictIteratorType, [
  // (iter, (list of what is left,)) as odictiter_reduce
  { name: "__reduce__", arity: [0, 0], impl: (a) => remainingReduce(a[0] as PyODictIterator) },
]);
for (
  const [viewType, kind] of [[odictKeysType, KEYS], [odictValuesType, VALUES], [
    odictItemsType,
    ITEMS,
  ]] as const
) {
  defineMethods(viewType, [
    {
      name: "__iter__",
      arity: [0, 0],
      impl: (a) => new PyODictIterator((a[0] as PyDictView).dict, kind, false),
    },
    {
      name: "__reversed__",
      arity: [0, 0],
      impl: (a) => new PyODictIterator((a[0] as PyDictView).dict, kind, true),
    },
  ]);
}

function self(a: W[]): PyDict {
  const d = a[0];
  if (!(d instanceof PyDict) || !typeOf(d).isSubtypeOf(odictType)) {
    raiseTypeError("descriptor requires a 'collections.OrderedDict' object");
  }
  return d;
}
function isExact(d: PyDict): boolean {
  return d.cls === odictType;
}
function isODict(w: W): w is PyDict {
  return w instanceof PyDict && typeOf(w).isSubtypeOf(odictType);
}

/** CPython's mutablemapping_update_arg: a dict, something with keys(), or an iterable of pairs. */
function updateFrom(od: W, arg: W): void {
  if (arg instanceof PyDict && arg.cls === dictType) {
    for (const [k, v] of arg.itemsArray()) setItem(od, k, v);
    return;
  }
  const keys = typeOf(arg).lookup("keys");
  if (keys !== undefined) {
    for (const k of iterateToArray(call(getAttrOf(arg, "keys"), []))) setItem(od, k, getItem(arg, k));
    return;
  }
  // mutablemapping_add_pairs: each element is iterated for exactly two values.
  const it = iter(arg);
  for (;;) {
    const pair = next(it);
    if (pair === STOP) return;
    const pairIt = iter(pair);
    const key = next(pairIt);
    if (key === STOP) raiseValueError("need more than 0 values to unpack");
    const value = next(pairIt);
    if (value === STOP) raiseValueError("need more than 1 value to unpack");
    if (next(pairIt) !== STOP) raiseValueError("too many values to unpack (expected 2)");
    setItem(od, key, value);
  }
}

function update(a: W[], k: Kwargs | null, fname: string): W {
  const od = a[0];
  if (a.length > 2) raiseTypeError(`${fname} expected at most 1 argument, got ${a.length - 1}`);
  if (a.length === 2) updateFrom(od, a[1]);
  if (k !== null) { for (let i = 0; i < k.names.length; i++) setItem(od, newStr(k.names[i]), k.values[i]); }
  return None;
}

function moveToEnd(d: PyDict, key: W, last: boolean): void {
  const v = d.getItem(key);
  if (v === undefined) raiseKeyError(key);
  const keys = d.keysArray();
  if (keys.length === 0) return;
  if (last) {
    if (eq(keys[keys.length - 1], key)) return;
    const stored = d.ekeys[d.indexOf(key)] as W;
    d.delItem(key);
    d.setItem(stored, v);
    return;
  }
  if (eq(keys[0], key)) return;
  const items = d.itemsArray();
  const at = items.findIndex(([kk]) => kk === key || eq(kk, key));
  const moved = items.splice(at, 1)[0];
  d.clear();
  d.setItem(moved[0], moved[1]);
  for (const [kk, vv] of items) d.setItem(kk, vv);
}

/** pop/popitem remove through the dict itself, even for subclasses (odictobject.c's _odict_popkey). */
function popKey(d: PyDict, key: W, dflt: W | undefined): W {
  const v = d.getItem(key);
  if (v === undefined) {
    if (dflt !== undefined) return dflt;
    raiseKeyError(key);
  }
  d.delItem(key);
  return v;
}

function copyOf(d: PyDict): W {
  const c = call(typeOf(d), []);
  if (isExact(d) && c instanceof PyDict) {
    for (const [k, v] of d.itemsArray()) c.setItem(k, v);
  } else {
    for (const k of d.keysArray()) setItem(c, k, getItem(d, k));
  }
  return c;
}

/** _odict_keys_equal: keys pairwise in order; a comparison that changes either dict is a RuntimeError. */
function keysEqual(a: PyDict, b: PyDict): boolean {
  const x = a.keysArray(), y = b.keysArray();
  const stateA = a.keysVersion, stateB = b.keysVersion;
  for (let i = 0;; i++) {
    if (i >= x.length || i >= y.length) return x.length === y.length;
    const same = x[i] === y[i] || eq(x[i], y[i]);
    if (a.keysVersion !== stateA || b.keysVersion !== stateB) {
      raiseRuntimeError("OrderedDict mutated during iteration");
    }
    if (!same) return false;
  }
}

function odictRepr(d: PyDict): string {
  const name = typeOf(d).name;
  if (d.size === 0) return `${name}()`;
  if (!reprEnter(d)) return "...";
  try {
    const plain = newDict();
    if (isExact(d)) { for (const [k, v] of d.itemsArray()) plain.setItem(k, v); }
    else {
      for (const pair of iterateToArray(call(getAttrOf(d, "items"), []))) {
        const [k, v] = (pair as PyTuple).items;
        plain.setItem(k, v);
      }
    }
    return `${name}(${dictRepr(plain)})`;
  } finally {
    reprLeave(d);
  }
}

defineMethods(odictType, [
  { name: "__init__", arity: [0, -1], kw: ["**"], impl: (a, k) => update(a, k, "OrderedDict") },
  { name: "update", arity: [0, -1], kw: ["**"], impl: (a, k) => update(a, k, "update") },
  {
    name: "move_to_end",
    arity: [1, 2],
    kw: ["key", "last"],
    impl: (a) => {
      moveToEnd(self(a), a[1], a[2] === undefined ? true : isTrueValue(a[2]));
      return None;
    },
  },
  {
    name: "popitem",
    arity: [0, 1],
    kw: ["last"],
    impl: (a) => {
      const d = self(a);
      if (d.size === 0) throw errorWithMessage("KeyError", "dictionary is empty");
      const keys = d.keysArray();
      const last = a[1] === undefined ? true : isTrueValue(a[1]);
      const key = last ? keys[keys.length - 1] : keys[0];
      return newTuple([key, popKey(d, key, undefined)]);
    },
  },
  {
    name: "pop",
    arity: [1, 2],
    kw: ["key", "default"],
    impl: (a) => popKey(self(a), a[1], a[2]),
  },
  {
    name: "setdefault",
    arity: [1, 2],
    kw: ["key", "default"],
    impl: (a) => {
      const d = self(a);
      const dflt = a[2] === undefined ? None : a[2];
      const v = d.getItem(a[1]);
      if (v !== undefined) return isExact(d) ? v : getItem(d, a[1]);
      if (isExact(d)) d.setItem(a[1], dflt);
      else setItem(d, a[1], dflt);
      return dflt;
    },
  },
  { name: "copy", arity: [0, 0], impl: (a) => copyOf(self(a)) },
  {
    name: "fromkeys",
    arity: [1, 2],
    kw: ["iterable", "value"],
    kind: "class",
    impl: (a) => {
      const od = call(a[0], []);
      const value = a[2] === undefined ? None : a[2];
      for (const k of iterateToArray(a[1])) setItem(od, k, value);
      return od;
    },
  },
  { name: "keys", arity: [0, 0], impl: (a) => new PyDictView(self(a), KEYS, odictKeysType) },
  { name: "values", arity: [0, 0], impl: (a) => new PyDictView(self(a), VALUES, odictValuesType) },
  { name: "items", arity: [0, 0], impl: (a) => new PyDictView(self(a), ITEMS, odictItemsType) },
  { name: "__iter__", arity: [0, 0], impl: (a) => new PyODictIterator(self(a), KEYS, false) },
  { name: "__reversed__", arity: [0, 0], impl: (a) => new PyODictIterator(self(a), KEYS, true) },
  {
    name: "__eq__",
    arity: [1, 1],
    impl: (a) => {
      const d = self(a), other = a[1];
      if (!(other instanceof PyDict)) return NotImplemented;
      const r = call(dictType.dict.get("__eq__")!, [d, other]);
      if (r !== newBool(true) || !isODict(other)) return r;
      return newBool(keysEqual(d, other));
    },
  },
  {
    name: "__ne__",
    arity: [1, 1],
    impl: (a) => {
      const d = self(a), other = a[1];
      if (!(other instanceof PyDict)) return NotImplemented;
      const r = call(dictType.dict.get("__eq__")!, [d, other]);
      if (r === NotImplemented) return r;
      if (r !== newBool(true)) return newBool(true);
      return newBool(isODict(other) ? !keysEqual(d, other) : false);
    },
  },
  { name: "__repr__", arity: [0, 0], impl: (a) => newStr(odictRepr(self(a))) },
  {
    name: "__reduce__",
    arity: [0, 0],
    impl: (a) => {
      const d = self(a);
      // _PyObject_GetState: __getstate__ (the instance dict, and slot values of subclasses)
      const state = call(getAttrOf(d, "__getstate__"), []);
      const items = new PyODictIterator(d, ITEMS, false);
      return newTuple([typeOf(d), newTuple([]), state, None, items]);
    },
  },
  {
    name: "__or__",
    arity: [1, 1],
    impl: (a) => {
      const left = a[0], right = a[1];
      if (!(left instanceof PyDict) || !(right instanceof PyDict)) return NotImplemented;
      const od = call(typeOf(left), [left]);
      updateFrom(od, right);
      return od;
    },
  },
  {
    name: "__ror__",
    arity: [1, 1],
    impl: (a) => {
      const right = a[0], left = a[1];
      if (!(left instanceof PyDict) || !(right instanceof PyDict)) return NotImplemented;
      const od = call(typeOf(right), [left]);
      updateFrom(od, right);
      return od;
    },
  },
  {
    name: "__ior__",
    arity: [1, 1],
    impl: (a) => {
      updateFrom(a[0], a[1]);
      return a[0];
    },
  },
  { name: "__sizeof__", arity: [0, 0], impl: (a) => 104 + 24 * self(a).size },
  { name: "__class_getitem__", arity: [1, 1], kind: "class", impl: (a) => classGetItem(a[0], a[1]) },
]);
odictType.dict.set("__hash__", None);
odictType.mutated();
defineGetSets(odictType, [instanceDictSpec]);

function isTrueValue(w: W): boolean {
  return isTrue(w);
}
