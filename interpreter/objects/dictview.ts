// dict views (dict_keys, dict_values, dict_items) with the set operations of keys/items views, the six
// dict iterators, and the read-only mappingproxy the views' `mapping` attribute returns.
import {
  builtinType,
  callBound,
  defineGetSets,
  defineMethods,
  defineNativeIterator,
  False,
  newBool,
  None,
  NotImplemented,
  objectType,
  PyNativeIterator,
  PyObject,
  PyType,
  STOP_ITEM,
  strType,
  True,
  TypeFlags,
  typeOf,
  type W,
} from "./model.ts";
import { newStr, PyStr } from "./str.ts";
import { newTuple, PyTuple, reprEnter, reprLeave } from "./tuple.ts";
import { newList, PyList } from "./list.ts";
import {
  binaryOp,
  BinaryOps,
  type CompareOp,
  contains,
  eq,
  getItem,
  hash,
  iter,
  len,
  next,
  repr,
  richCompare,
  STOP,
} from "./operations.ts";
import { raiseRuntimeError, raiseTypeError } from "../vm/errors.ts";
import type { PyDict } from "./dict.ts";
import {
  isAnySet,
  newSetFrom,
  PySet,
  remainingReduce,
  setDifferenceUpdate,
  setSymmetricDifferenceUpdate,
  setType,
  setUpdate,
} from "./set.ts";

const enum Kind {
  Keys,
  Values,
  Items,
}

function entryOf(d: PyDict, i: number, kind: Kind): W {
  if (kind === Kind.Keys) return d.ekeys[i] as W;
  if (kind === Kind.Values) return d.evals[i] as W;
  return newTuple([d.ekeys[i] as W, d.evals[i] as W]);
}

// ---------------------------------------------------------------- iterators

const iterFlags = { flags: TypeFlags.DISALLOW_INSTANTIATION };
export const dictKeyIteratorType: PyType = builtinType("dict_keyiterator", objectType, iterFlags);
export const dictValueIteratorType: PyType = builtinType("dict_valueiterator", objectType, iterFlags);
export const dictItemIteratorType: PyType = builtinType("dict_itemiterator", objectType, iterFlags);
export const dictReverseKeyIteratorType: PyType = builtinType(
  "dict_reversekeyiterator",
  objectType,
  iterFlags,
);
export const dictReverseValueIteratorType: PyType = builtinType(
  "dict_reversevalueiterator",
  objectType,
  iterFlags,
);
export const dictReverseItemIteratorType: PyType = builtinType(
  "dict_reverseitemiterator",
  objectType,
  iterFlags,
);
const FORWARD = [dictKeyIteratorType, dictValueIteratorType, dictItemIteratorType];
const REVERSE = [dictReverseKeyIteratorType, dictReverseValueIteratorType, dictReverseItemIteratorType];

/** Forward iteration over live entries; size changes and replaced keys raise RuntimeError (as CPython). */
export class PyDictIterator extends PyNativeIterator {
  dict: PyDict | null;
  pos = 0;
  expected: number;
  remaining: number;
  readonly kind: Kind;
  constructor(d: PyDict, kind: Kind) {
    super();
    this.cls = FORWARD[kind];
    this.dict = d;
    this.kind = kind;
    this.expected = d.used;
    this.remaining = d.used;
  }
  nextItem(): W {
    const d = this.dict;
    if (d === null) return STOP_ITEM;
    if (d.used !== this.expected) {
      this.expected = -1; // sticky, like CPython
      raiseRuntimeError("dictionary changed size during iteration");
    }
    const keys = d.ekeys, n = keys.length;
    let i = this.pos;
    while (i < n && keys[i] === undefined) i++;
    if (i >= n) {
      this.dict = null;
      return STOP_ITEM;
    }
    if (this.remaining <= 0) {
      this.dict = null;
      raiseRuntimeError("dictionary keys changed during iteration");
    }
    this.pos = i + 1;
    this.remaining--;
    return this.kind === Kind.Keys ? keys[i] as W : entryOf(d, i, this.kind);
  }
  lengthHint(): number {
    return this.dict !== null && this.dict.used === this.expected ? this.remaining : 0;
  }
}
export class PyDictKeyIterator extends PyDictIterator {
  constructor(d: PyDict) {
    super(d, Kind.Keys);
  }
}

export class PyDictReverseIterator extends PyNativeIterator {
  dict: PyDict | null;
  pos: number;
  expected: number;
  remaining: number;
  readonly kind: Kind;
  constructor(d: PyDict, kind: Kind) {
    super();
    this.cls = REVERSE[kind];
    this.dict = d;
    this.kind = kind;
    this.expected = d.used;
    this.remaining = d.used;
    this.pos = d.ekeys.length - 1;
  }
  nextItem(): W {
    const d = this.dict;
    if (d === null) return STOP_ITEM;
    if (d.used !== this.expected) {
      this.expected = -1;
      raiseRuntimeError("dictionary changed size during iteration");
    }
    const keys = d.ekeys;
    let i = this.pos;
    // a position past the entries: the dict was cleared and refilled since (test_dict's
    // test_reversed_dict_after_clear_and_restore expects the end)
    if (i >= keys.length) i = -1;
    while (i >= 0 && keys[i] === undefined) i--;
    if (i < 0) {
      this.dict = null;
      return STOP_ITEM;
    }
    this.pos = i - 1;
    this.remaining--;
    return entryOf(d, i, this.kind);
  }
  lengthHint(): number {
    return this.dict !== null && this.dict.used === this.expected ? Math.max(this.remaining, 0) : 0;
  }
}
export class PyDictReverseKeyIterator extends PyDictReverseIterator {
  constructor(d: PyDict) {
    super(d, Kind.Keys);
  }
}

for (const t of [...FORWARD, ...REVERSE]) {
  defineNativeIterator(t);
  defineMethods(t, [
    {
      name: "__length_hint__",
      arity: [0, 0],
      impl: (a) => (a[0] as PyDictIterator | PyDictReverseIterator).lengthHint(),
    },
    // (iter, (list of the entries left,)) as dictiter_reduce
    { name: "__reduce__", arity: [0, 0], impl: (a) => remainingReduce(a[0] as PyDictIterator) },
  ]);
}

// ---------------------------------------------------------------- views

export const dictKeysType: PyType = builtinType("dict_keys", objectType, {
  flags: TypeFlags.DISALLOW_INSTANTIATION,
});
export const dictValuesType: PyType = builtinType("dict_values", objectType, {
  flags: TypeFlags.DISALLOW_INSTANTIATION,
});
export const dictItemsType: PyType = builtinType("dict_items", objectType, {
  flags: TypeFlags.DISALLOW_INSTANTIATION,
});

export class PyDictView extends PyObject {
  readonly dict: PyDict;
  readonly kind: Kind;
  constructor(d: PyDict, kind: Kind, cls: PyType) {
    super();
    this.cls = cls;
    this.dict = d;
    this.kind = kind;
  }
}
export class PyDictKeys extends PyDictView {
  constructor(d: PyDict) {
    super(d, Kind.Keys, dictKeysType);
  }
}
export class PyDictValues extends PyDictView {
  constructor(d: PyDict) {
    super(d, Kind.Values, dictValuesType);
  }
}
export class PyDictItems extends PyDictView {
  constructor(d: PyDict) {
    super(d, Kind.Items, dictItemsType);
  }
}

/** keys() and items() views behave like sets. */
function isSetView(w: W): w is PyDictView {
  return w instanceof PyDictView && w.kind !== Kind.Values;
}

function viewContains(v: PyDictView, x: W): boolean {
  if (v.kind === Kind.Keys) return v.dict.indexOf(x) >= 0;
  if (v.kind === Kind.Items) {
    if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
    const found = v.dict.getItem(x.items[0]);
    return found !== undefined && eq(found, x.items[1]);
  }
  return contains(v, x);
}

/** `x in other` for every element of `a` (CPython's all_contained_in). */
function allContainedIn(a: W, b: W): boolean {
  const it = iter(a);
  for (;;) {
    const x = next(it);
    if (x === STOP) return true;
    if (!(isSetView(b) ? viewContains(b, x) : contains(b, x))) return false;
  }
}

function viewRichCompare(v: PyDictView, other: W, op: string): W {
  if (!isAnySet(other) && !isSetView(other)) return NotImplemented;
  const ls = v.dict.used, lo = len(other);
  switch (op) {
    case "==":
      return newBool(ls === lo && allContainedIn(v, other));
    case "!=":
      return newBool(!(ls === lo && allContainedIn(v, other)));
    case "<":
      return newBool(ls < lo && allContainedIn(v, other));
    case "<=":
      return newBool(ls <= lo && allContainedIn(v, other));
    case ">":
      return newBool(ls > lo && allContainedIn(other, v));
    default:
      return newBool(ls >= lo && allContainedIn(other, v));
  }
}

/** A new set of a view's elements (keys views read the dict directly) or of any iterable. */
function toSet(w: W): PySet {
  if (w instanceof PyDictView && w.kind === Kind.Keys) return newSetFrom(w.dict);
  return newSetFrom(w);
}

/** _PyDictView_Intersect: iterate the smaller side, test membership in the view. */
function viewIntersect(a: W, b: W): W {
  let view: PyDictView, other: W;
  if (isSetView(a)) {
    view = a;
    other = b;
  } else {
    view = b as PyDictView;
    other = a;
  }
  const lenView = view.dict.used;
  if (other instanceof PySet && other.cls === setType && lenView <= other.size) {
    return callBound(typeOf(other).lookup("intersection")!, other, [view]);
  }
  if (isSetView(other) && other.dict.used > lenView) {
    const t = view;
    view = other;
    other = t;
  }
  const result = newSetFrom(undefined);
  const it = iter(other);
  for (;;) {
    const x = next(it);
    if (x === STOP) return result;
    if (viewContains(view, x)) result.add(x);
  }
}

function isDisjoint(v: PyDictView, other: W): boolean {
  if (other === v) return v.dict.used === 0;
  if ((isAnySet(other) || isSetView(other)) && len(other) > v.dict.used) {
    const it = iter(v);
    for (;;) {
      const x = next(it);
      if (x === STOP) return true;
      if (isSetView(other) ? viewContains(other, x) : contains(other, x)) return false;
    }
  }
  const it = iter(other);
  for (;;) {
    const x = next(it);
    if (x === STOP) return true;
    if (viewContains(v, x)) return false;
  }
}

function viewRepr(v: PyDictView): string {
  const name = typeOf(v).name;
  if (!reprEnter(v)) return "...";
  try {
    const items: W[] = [];
    const it = iter(v);
    for (;;) {
      const x = next(it);
      if (x === STOP) break;
      items.push(x);
    }
    return `${name}(${repr(newList(items))})`;
  } finally {
    reprLeave(v);
  }
}

function view(a: W[]): PyDictView {
  return a[0] as PyDictView;
}

for (const t of [dictKeysType, dictValuesType, dictItemsType]) {
  defineMethods(t, [
    { name: "__len__", arity: [0, 0], impl: (a) => view(a).dict.used },
    { name: "__iter__", arity: [0, 0], impl: (a) => new PyDictIterator(view(a).dict, view(a).kind) },
    {
      name: "__reversed__",
      arity: [0, 0],
      impl: (a) => new PyDictReverseIterator(view(a).dict, view(a).kind),
    },
    { name: "__repr__", arity: [0, 0], impl: (a) => newStr(viewRepr(view(a))) },
  ]);
  defineGetSets(t, [{ name: "mapping", get: (w) => new PyMappingProxy((w as PyDictView).dict) }]);
}

const COMPARE_OPS: [string, string][] = [
  ["__eq__", "=="],
  ["__ne__", "!="],
  ["__lt__", "<"],
  ["__le__", "<="],
  ["__gt__", ">"],
  ["__ge__", ">="],
];

for (const t of [dictKeysType, dictItemsType]) {
  defineMethods(t, [
    { name: "__contains__", arity: [1, 1], impl: (a) => newBool(viewContains(view(a), a[1])) },
    { name: "isdisjoint", arity: [1, 1], impl: (a) => newBool(isDisjoint(view(a), a[1])) },
    { name: "__and__", arity: [1, 1], impl: (a) => viewIntersect(a[0], a[1]) },
    { name: "__rand__", arity: [1, 1], impl: (a) => viewIntersect(a[1], a[0]) },
    {
      name: "__or__",
      arity: [1, 1],
      impl: (a) => {
        const s = toSet(a[0]);
        setUpdate(s, a[1]);
        return s;
      },
    },
    {
      name: "__ror__",
      arity: [1, 1],
      impl: (a) => {
        const s = toSet(a[1]);
        setUpdate(s, a[0]);
        return s;
      },
    },
    {
      name: "__sub__",
      arity: [1, 1],
      impl: (a) => {
        const s = toSet(a[0]);
        setDifferenceUpdate(s, a[1]);
        return s;
      },
    },
    {
      name: "__rsub__",
      arity: [1, 1],
      impl: (a) => {
        const s = toSet(a[1]);
        setDifferenceUpdate(s, a[0]);
        return s;
      },
    },
    {
      name: "__xor__",
      arity: [1, 1],
      impl: (a) => {
        const s = toSet(a[0]);
        setSymmetricDifferenceUpdate(s, a[1]);
        return s;
      },
    },
    {
      name: "__rxor__",
      arity: [1, 1],
      impl: (a) => {
        const s = toSet(a[1]);
        setSymmetricDifferenceUpdate(s, a[0]);
        return s;
      },
    },
    ...COMPARE_OPS.map(([name, op]) => ({
      name,
      arity: [1, 1] as [number, number],
      impl: (a: W[]) => viewRichCompare(view(a), a[1], op),
    })),
  ]);
  t.dict.set("__hash__", None);
  t.mutated();
}

// ---------------------------------------------------------------- mappingproxy

export const mappingProxyType: PyType = builtinType("mappingproxy", objectType, { flags: 0 });

/**
 * types.MappingProxyType: a read-only view of a mapping. A class's `__dict__` is one over the class itself
 * (`owner`): lookups by str read the class's own table, and the dict the other methods see is made from
 * it only when the class changed since (typeattrs.ts), so the view stays live, as CPython's.
 */
export class PyMappingProxy extends PyObject {
  declare private readonly target: W;
  declare readonly owner: PyType | null;
  constructor(mapping: W, owner: PyType | null = null) {
    super();
    this.cls = mappingProxyType;
    this.target = mapping;
    this.owner = owner;
  }
  get mapping(): W {
    return this.owner !== null ? mappingProxyHooks.typeDict(this.owner) : this.target;
  }
}
/** Installed by typeattrs.ts: the dict of a class's `__dict__`. */
export const mappingProxyHooks = { typeDict: (_t: PyType): W => None };

function proxied(a: W[]): W {
  return (a[0] as PyMappingProxy).mapping;
}
/** A class's own entry for an exact str key (undefined: absent, or not a plain str key). */
function ownEntry(a: W[]): W | undefined {
  const p = a[0] as PyMappingProxy;
  const k = a[1];
  return p.owner !== null && k instanceof PyStr && k.cls === strType ? p.owner.dict.get(k.value) : undefined;
}
function callOn(target: W, name: string, args: W[]): W {
  const fn = typeOf(target).lookup(name);
  if (fn === undefined) raiseTypeError(`'${typeOf(target).name}' object has no attribute '${name}'`);
  return callBound(fn, target, args);
}

defineMethods(mappingProxyType, [
  {
    name: "__new__",
    arity: [2, 2],
    kind: "static",
    kw: ["mapping"],
    impl: (a) => {
      const m = a[1];
      const t = typeOf(m);
      if (t.lookup("__getitem__") === undefined || m instanceof PyTuple || m instanceof PyList) {
        raiseTypeError(`mappingproxy() argument must be a mapping, not ${t.name}`);
      }
      return new PyMappingProxy(m);
    },
  },
  { name: "__getitem__", arity: [1, 1], impl: (a) => ownEntry(a) ?? getItem(proxied(a), a[1]) },
  { name: "__len__", arity: [0, 0], impl: (a) => len(proxied(a)) },
  { name: "__iter__", arity: [0, 0], impl: (a) => iter(proxied(a)) },
  {
    name: "__contains__",
    arity: [1, 1],
    impl: (a) => (ownEntry(a) !== undefined || contains(proxied(a), a[1]) ? True : False),
  },
  {
    name: "get",
    arity: [1, 2],
    impl: (a) => ownEntry(a) ?? callOn(proxied(a), "get", a[2] === undefined ? [a[1]] : [a[1], a[2]]),
  },
  { name: "keys", arity: [0, 0], impl: (a) => callOn(proxied(a), "keys", []) },
  { name: "values", arity: [0, 0], impl: (a) => callOn(proxied(a), "values", []) },
  { name: "items", arity: [0, 0], impl: (a) => callOn(proxied(a), "items", []) },
  { name: "copy", arity: [0, 0], impl: (a) => callOn(proxied(a), "copy", []) },
  { name: "__reversed__", arity: [0, 0], impl: (a) => callOn(proxied(a), "__reversed__", []) },
  { name: "__repr__", arity: [0, 0], impl: (a) => newStr(`mappingproxy(${repr(proxied(a))})`) },
  { name: "__str__", arity: [0, 0], impl: (a) => newStr(repr(proxied(a))) },
  // mappingproxy_richcompare: the full comparison of the mapping with the other side (reflected too)
  ...([["__eq__", "=="], ["__ne__", "!="], ["__lt__", "<"], ["__le__", "<="], ["__gt__", ">"], [
    "__ge__",
    ">=",
  ]] as [
    string,
    CompareOp,
  ][]).map(([name, op]) => ({
    name,
    arity: [1, 1] as [number, number],
    impl: (a: W[]) => richCompare(proxied(a), a[1], op),
  })),
  // mappingproxy_or: `|` of the underlying mappings, the proxy on either side
  { name: "__or__", arity: [1, 1], impl: (a) => binaryOp(BinaryOps.or, proxied(a), unproxied(a[1])) },
  { name: "__ror__", arity: [1, 1], impl: (a) => binaryOp(BinaryOps.or, unproxied(a[1]), proxied(a)) },
  {
    name: "__ior__",
    arity: [1, 1],
    impl: () => raiseTypeError("'|=' is not supported by mappingproxy; use '|' instead"),
  },
]);
function unproxied(w: W): W {
  return w instanceof PyMappingProxy ? w.mapping : w;
}
// mappingproxy_hash: the mapping's hash (a dict's raises: unhashable type)
defineMethods(mappingProxyType, [{ name: "__hash__", arity: [0, 0], impl: (a) => hash(proxied(a)) }]);
mappingProxyType.module = "builtins";
mappingProxyType.mutated();
