// list: a mutable JS array in `.items` (the eval loop reads and writes it directly). Instances extend
// PyInstance so subclasses (`class L(list)`) can carry attributes.
import {
  builtinType,
  call1,
  defineMethods,
  defineNativeIterator,
  False,
  floatType,
  intType,
  type Kwargs,
  listType,
  None,
  NotImplemented,
  objectType,
  PyInstance,
  PyNativeIterator,
  PyType,
  STOP_ITEM,
  strType,
  True,
  tupleType,
  TypeFlags,
  typeOf,
  type W,
} from "./model.ts";
import { adjustIndices, PySlice, sliceIndices, sliceUnpack } from "./slice.ts";
import {
  asSsize,
  COMPARE_DUNDERS,
  compareSequences,
  isIndex,
  PyTuple,
  reflected,
  repeatCount,
  repeatItems,
  reprEnter,
  reprLeave,
  searchBounds,
  sliceItems,
  tupleFrom,
  tupleOps,
} from "./tuple.ts";
import { raiseIndexError, raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { mergeSort } from "./listsort.ts";
import { builtinNamed, clampIndex, ssizeState } from "./iterstate.ts";
import { nativeConstructors } from "./type.ts";
import { intConstruct } from "./int.ts";
import { floatConstruct } from "./float.ts";
import { newStr, strNew } from "./str.ts";
import { eq, hash, isTrue, iterateToArray, repr, richCompare, sequenceInplaceSlots } from "./operations.ts";

// tuple.ts cannot import operations.ts (see there); give it the full operations now.
Object.assign(tupleOps, { eq, hash, repr, richCompare, iterateToArray });

export class PyList extends PyInstance {
  declare items: W[];
  constructor(items: W[], cls: PyType = listType) {
    super(cls);
    this.items = items;
  }
}
export function newList(items: W[]): PyList {
  return new PyList(items);
}
listType.factory = (cls) => new PyList([], cls);

// Direct constructors for type.__call__. They are registered here because this module is evaluated
// after type.ts in every import order (int.ts and float.ts can be reached from type.ts's own imports).
nativeConstructors.set(listType, (args) => {
  const l = new PyList([]);
  listInit(l, args, null);
  return l;
});
nativeConstructors.set(intType, intConstruct);
nativeConstructors.set(floatType, floatConstruct);
nativeConstructors.set(strType, (args) => {
  if (args.length > 1) return undefined; // str(bytes, encoding): the full path
  return strNew(args.length === 0 ? [strType] : [strType, args[0]]);
});
nativeConstructors.set(tupleType, (args) => (args.length > 1 ? undefined : tupleFrom(tupleType, args[0])));

// ---------------------------------------------------------------- iterators

export const listIteratorType: PyType = builtinType("list_iterator", objectType, {
  flags: TypeFlags.DISALLOW_INSTANTIATION,
});
export const listReverseIteratorType: PyType = builtinType("list_reverseiterator", objectType, {
  flags: TypeFlags.DISALLOW_INSTANTIATION,
});

/** Forward iterator; `list` becomes null once exhausted so later appends are not seen (as CPython). */
export class PyListIterator extends PyNativeIterator {
  declare list: PyList | null;
  declare index: number;
  constructor(list: PyList) {
    super();
    this.cls = listIteratorType;
    this.index = 0;
    this.list = list;
  }
  nextItem(): W {
    const l = this.list;
    if (l !== null) {
      if (this.index < l.items.length) return l.items[this.index++];
      this.list = null;
    }
    return STOP_ITEM;
  }
}

export class PyListReverseIterator extends PyNativeIterator {
  declare list: PyList | null;
  declare index: number;
  constructor(list: PyList) {
    super();
    this.cls = listReverseIteratorType;
    this.list = list;
    this.index = list.items.length - 1;
  }
  nextItem(): W {
    const l = this.list;
    if (l !== null) {
      if (this.index >= 0 && this.index < l.items.length) return l.items[this.index--];
      this.list = null;
    }
    return STOP_ITEM;
  }
}

defineNativeIterator(listIteratorType);
defineNativeIterator(listReverseIteratorType);
defineMethods(listIteratorType, [
  {
    name: "__length_hint__",
    arity: [0, 0],
    impl: (a) => {
      const it = a[0] as PyListIterator;
      return it.list === null ? 0 : Math.max(0, it.list.items.length - it.index);
    },
  },
  { name: "__reduce__", arity: [0, 0], impl: (a) => listIterReduce(a[0] as PyListIterator, "iter") },
  {
    name: "__setstate__",
    arity: [1, 1],
    impl: (a) => {
      const it = a[0] as PyListIterator, index = ssizeState(a[1]);
      // a negative index exhausts the iterator (CPython's it_index of -1)
      if (it.list !== null) {
        if (index < 0) it.list = null;
        else it.index = Math.min(index, it.list.items.length);
      }
      return None;
    },
  },
]);
defineMethods(listReverseIteratorType, [
  {
    name: "__length_hint__",
    arity: [0, 0],
    impl: (a) => {
      const it = a[0] as PyListReverseIterator;
      return it.list === null || it.index >= it.list.items.length ? 0 : it.index + 1;
    },
  },
  {
    name: "__reduce__",
    arity: [0, 0],
    impl: (a) => listIterReduce(a[0] as PyListReverseIterator, "reversed"),
  },
  {
    name: "__setstate__",
    arity: [1, 1],
    impl: (a) => {
      const it = a[0] as PyListReverseIterator, index = ssizeState(a[1]);
      if (it.list !== null) it.index = clampIndex(index, -1, it.list.items.length - 1);
      return None;
    },
  },
]);

/** (iter, (list,), index) while items remain, else (iter, ([],)) (listiter_reduce_general). */
function listIterReduce(it: PyListIterator | PyListReverseIterator, builtin: string): W {
  const fn = builtinNamed(builtin); // first: the lookup may run code that advances the iterator
  const l = it.list;
  if (l !== null && it.index >= 0) {
    return new PyTuple([fn, new PyTuple([l]), it.index]);
  }
  return new PyTuple([fn, new PyTuple([new PyList([])])]);
}

// ---------------------------------------------------------------- helpers

function self(a: W[]): PyList {
  if (!(a[0] instanceof PyList)) raiseTypeError("descriptor requires a 'list' object");
  return a[0];
}

/** An exact list or tuple: its items are read directly (a subclass may override __iter__). */
function isExactListOrTuple(w: W): w is PyList | PyTuple {
  return (w instanceof PyList && w.cls === listType) || (w instanceof PyTuple && w.cls === tupleType);
}

/** The items of any iterable as a fresh array (a snapshot, so `l[:] = l` and `l.extend(l)` work). */
function itemsOf(w: W): W[] {
  if (isExactListOrTuple(w)) return w.items.slice();
  return iterateToArray(w).slice();
}

/** list.extend / list += : append the items of any iterable. */
export function listExtend(l: PyList, iterable: W): void {
  const src = isExactListOrTuple(iterable) || iterable === l
    ? (iterable as PyList).items
    : iterateToArray(iterable);
  const items = l.items;
  const n = src.length; // fixed first: l.extend(l) doubles once
  for (let i = 0; i < n; i++) items.push(src[i]);
}

function indexTypeError(key: W): never {
  raiseTypeError(`list indices must be integers or slices, not ${typeOf(key).name}`);
}

/** A subscript as a non-negative in-range position, or -1 when it is out of range. */
function position(l: PyList, key: W): number {
  const n = l.items.length;
  let i = typeof key === "number" ? key : asSsize(key, "IndexError");
  if (i < 0) i += n;
  return i >= 0 && i < n ? i : -1;
}

export function listGetItem(l: PyList, key: W): W {
  const items = l.items;
  if (typeof key === "number") {
    const i = key < 0 ? key + items.length : key;
    if (i < 0 || i >= items.length) raiseIndexError("list index out of range");
    return items[i];
  }
  if (key instanceof PySlice) return new PyList(sliceOf(items, key));
  if (!isIndex(key)) indexTypeError(key);
  const i = position(l, key);
  if (i < 0) raiseIndexError("list index out of range");
  return items[i];
}

export function listSetItem(l: PyList, key: W, value: W): void {
  if (key instanceof PySlice) return assignSlice(l, key, value);
  if (!isIndex(key)) indexTypeError(key);
  const i = position(l, key);
  if (i < 0) raiseIndexError("list assignment index out of range");
  l.items[i] = value;
}

/**
 * items[s] as a new array. Unit steps with int or None bounds map onto Array.prototype.slice, whose
 * negative-index and clamping rules are Python's for step 1; `[k::-1]` is copied directly.
 */
export function sliceOf(items: W[], s: PySlice): W[] {
  const step = s.step, start = s.start, stop = s.stop;
  if (
    (step === None || step === 1) && (typeof start === "number" || start === None) &&
    (typeof stop === "number" || stop === None)
  ) {
    return items.slice(typeof start === "number" ? start : 0, typeof stop === "number" ? stop : items.length);
  }
  if (step === -1 && stop === None && (typeof start === "number" || start === None)) {
    const n = items.length;
    let hi = typeof start !== "number" ? n - 1 : start < 0 ? start + n : start;
    if (hi >= n) hi = n - 1;
    const out: W[] = [];
    for (let i = hi; i >= 0; i--) out.push(items[i]);
    return out;
  }
  return sliceItems(items, s);
}

/** items[start:end] = seq (0 <= start <= end <= length) in place, without spreading seq as arguments. */
function replaceRange(items: W[], start: number, end: number, seq: W[]): void {
  const m = seq.length, delta = m - (end - start);
  if (delta === 0) {
    for (let i = 0; i < m; i++) items[start + i] = seq[i];
    return;
  }
  if (delta < 0 && m === 0 && end === items.length) {
    items.length = start;
    return;
  }
  if (m < 1000) {
    items.splice(start, end - start, ...seq);
    return;
  }
  const oldLength = items.length;
  if (delta > 0) {
    for (let i = 0; i < delta; i++) items.push(undefined as unknown as W);
    items.copyWithin(end + delta, end, oldLength);
  } else {
    items.copyWithin(end + delta, end, oldLength);
    items.length = oldLength + delta;
  }
  for (let i = 0; i < m; i++) items[start + i] = seq[i];
}

function assignSlice(l: PyList, s: PySlice, value: W): void {
  if (
    isExactListOrTuple(value) && s.step === None &&
    (typeof s.start === "number" || s.start === None) && (typeof s.stop === "number" || s.stop === None)
  ) {
    // l[a:b] = list or tuple: CPython's list_ass_slice clamps both bounds and keeps b >= a
    const items = l.items, n = items.length;
    let start = typeof s.start === "number" ? s.start : 0, stop = typeof s.stop === "number" ? s.stop : n;
    if (start < 0) start = start + n < 0 ? 0 : start + n;
    else if (start > n) start = n;
    if (stop < 0) stop = stop + n < 0 ? 0 : stop + n;
    else if (stop > n) stop = n;
    if (stop < start) stop = start;
    replaceRange(items, start, stop, value.items === items ? items.slice() : value.items);
    return;
  }
  // list_ass_subscript: the bounds' __index__ first, then the value's items, and only then the list's
  // length (either may have resized the list)
  const items = l.items;
  const [a, b, c] = sliceUnpack(s);
  const t = typeOf(value);
  if (t.lookup("__iter__") === undefined && t.lookup("__getitem__") === undefined) {
    raiseTypeError("must assign iterable to extended slice");
  }
  const seq = itemsOf(value);
  const [start, stop, step, count] = adjustIndices(items.length, a, b, c);
  if (step === 1) {
    replaceRange(items, start, stop < start ? start : stop, seq);
    return;
  }
  if (seq.length !== count) {
    raiseValueError(
      `attempt to assign sequence of size ${seq.length} to extended slice of size ${count}`,
    );
  }
  for (let i = 0, j = start; i < count; i++, j += step) items[j] = seq[i];
}

export function listDelItem(l: PyList, key: W): void {
  if (key instanceof PySlice) {
    const items = l.items;
    const [start, stop, step, count] = sliceIndices(key, items);
    if (count === 0) return;
    if (step === 1) {
      items.splice(start, stop - start);
      return;
    }
    // Normalise to an ascending walk, then compact the kept items in place.
    const lo = step > 0 ? start : start + (count - 1) * step;
    const st = Math.abs(step);
    const last = lo + (count - 1) * st;
    let out = lo;
    for (let i = lo; i < items.length; i++) {
      if (i <= last && (i - lo) % st === 0) continue;
      items[out++] = items[i];
    }
    items.length = out;
    return;
  }
  if (!isIndex(key)) indexTypeError(key);
  const i = position(l, key);
  if (i < 0) raiseIndexError("list assignment index out of range");
  l.items.splice(i, 1);
}

/** Py_ReprEnter-guarded "[a, b]". */
export function listRepr(l: PyList): string {
  if (l.items.length === 0) return "[]";
  if (!reprEnter(l)) return "[...]";
  try {
    const parts: string[] = [];
    // The list may shrink while items are repr'd: read the length afresh each time.
    for (let i = 0; i < l.items.length; i++) parts.push(repr(l.items[i]));
    return `[${parts.join(", ")}]`;
  } finally {
    reprLeave(l);
  }
}

function repeat(l: PyList, n: W, tryReflected: boolean): W {
  if (!isIndex(n)) {
    if (tryReflected) {
      const r = reflected(n, "__rmul__", l);
      if (r !== NotImplemented) return r;
    }
    raiseTypeError(`can't multiply sequence by non-int of type '${typeOf(n).name}'`);
  }
  return new PyList(repeatItems(l.items, repeatCount(n)));
}

// ---------------------------------------------------------------- sort

/**
 * While a list is sorted its items are an empty stand-in that records writes: CPython empties the list
 * and reports "list modified during sort" once anything resized it (even an append undone by a pop).
 */
interface SortGuard extends ProxyHandler<W[]> {
  modified: boolean;
}
const sortGuardTraps: ProxyHandler<W[]> = {
  set(this: SortGuard, target, prop, value) {
    // clearing the still-empty stand-in changes nothing (CPython's list_clear of an empty list)
    if (!(prop === "length" && value === target.length)) this.modified = true;
    return Reflect.set(target, prop, value);
  },
  deleteProperty(this: SortGuard, target, prop) {
    this.modified = true;
    return Reflect.deleteProperty(target, prop);
  },
  defineProperty(this: SortGuard, target, prop, attributes) {
    this.modified = true;
    return Reflect.defineProperty(target, prop, attributes);
  },
};

/** list.sort(key=, reverse=): the list looks empty meanwhile; the sorted items are put back even on error. */
export function listSort(l: PyList, key: W, reverse: boolean): void {
  const saved = l.items;
  const guard: SortGuard = Object.create(sortGuardTraps);
  guard.modified = false;
  const marker = new Proxy<W[]>([], guard);
  l.items = marker;
  let error: unknown = null;
  try {
    sortItems(saved, key, reverse);
  } catch (e) {
    error = e;
  }
  const modified = l.items !== marker || guard.modified;
  l.items = saved;
  if (error !== null) throw error;
  if (modified) raiseValueError("list modified during sort");
}

/** CPython's list_sort_impl order of effects: keys first, reverse, sort, reverse back even on error. */
function sortItems(items: W[], key: W, reverse: boolean): void {
  const n = items.length;
  let keys = items, values: W[] | null = null;
  if (key !== None) {
    // A raising key function leaves the items untouched.
    keys = [];
    for (let i = 0; i < n; i++) keys.push(call1(key, items[i]));
    values = items;
  }
  if (n < 2) return;
  // Reversing before and after keeps equal items in their original order under reverse=True.
  if (reverse) {
    keys.reverse();
    if (values !== null) values.reverse();
  }
  try {
    mergeSort(keys, values);
  } finally {
    if (reverse) items.reverse();
  }
}

// ---------------------------------------------------------------- methods

function listInit(l: PyList, args: W[], kwargs: Kwargs | null): void {
  // keywords are for a subclass's own __new__ (list___init__ rejects them when __new__ is list's)
  if (
    kwargs !== null && kwargs.names.length > 0 &&
    (l.cls === listType || l.cls.lookup("__new__") === listType.dict.get("__new__"))
  ) {
    raiseTypeError("list() takes no keyword arguments");
  }
  if (args.length > 1) raiseTypeError(`list expected at most 1 argument, got ${args.length}`);
  // CPython empties the list first, so `l.__init__(l)` leaves it empty.
  l.items.length = 0;
  if (args.length === 1) listExtend(l, args[0]);
}

defineMethods(listType, [
  {
    name: "__new__",
    arity: [0, -1],
    kind: "static",
    kw: ["**"], // keywords are __init__'s to reject
    impl: (a) => {
      const cls = a[0];
      if (cls === undefined) raiseTypeError("list.__new__(): not enough arguments");
      if (!(cls instanceof PyType)) {
        raiseTypeError(`list.__new__(X): X is not a type object (${typeOf(cls).name})`);
      }
      if (!cls.isSubtypeOf(listType)) {
        raiseTypeError(`list.__new__(${cls.name}): ${cls.name} is not a subtype of list`);
      }
      return new PyList([], cls);
    },
  },
  {
    name: "__init__",
    arity: [0, -1],
    kw: ["**"],
    impl: (a, k) => {
      listInit(self(a), a.slice(1), k);
      return None;
    },
  },
  {
    name: "append",
    arity: [1, 1],
    impl: (a) => {
      self(a).items.push(a[1]);
      return None;
    },
  },
  {
    name: "extend",
    arity: [1, 1],
    impl: (a) => {
      listExtend(self(a), a[1]);
      return None;
    },
  },
  {
    name: "insert",
    arity: [2, 2],
    impl: (a) => {
      const items = self(a).items, n = items.length;
      let i = asSsize(a[1], "OverflowError");
      if (i < 0) {
        i += n;
        if (i < 0) i = 0;
      } else if (i > n) i = n;
      if (i === n) items.push(a[2]);
      else items.splice(i, 0, a[2]);
      return None;
    },
  },
  {
    name: "pop",
    arity: [0, 1],
    impl: (a) => {
      const items = self(a).items;
      let i = a[1] === undefined ? -1 : asSsize(a[1], "OverflowError");
      if (items.length === 0) raiseIndexError("pop from empty list");
      if (i < 0) i += items.length;
      if (i < 0 || i >= items.length) raiseIndexError("pop index out of range");
      if (i === items.length - 1) return items.pop()!;
      if (i === 0) return items.shift()!;
      const v = items[i];
      items.copyWithin(i, i + 1);
      items.pop();
      return v;
    },
  },
  {
    name: "remove",
    arity: [1, 1],
    impl: (a) => {
      const l = self(a);
      for (let i = 0; i < l.items.length; i++) {
        if (eq(l.items[i], a[1])) {
          // __eq__ may have mutated the list; CPython removes whatever is at that index now.
          if (i < l.items.length) l.items.splice(i, 1);
          return None;
        }
      }
      raiseValueError("list.remove(x): x not in list");
    },
  },
  {
    name: "index",
    arity: [1, 3],
    impl: (a) => {
      const l = self(a);
      const [lo, hi] = searchBounds(l.items.length, a[2], a[3]);
      for (let i = lo; i < hi && i < l.items.length; i++) if (eq(l.items[i], a[1])) return i;
      raiseValueError("list.index(x): x not in list");
    },
  },
  {
    name: "count",
    arity: [1, 1],
    impl: (a) => {
      const l = self(a);
      let n = 0;
      for (let i = 0; i < l.items.length; i++) if (eq(l.items[i], a[1])) n++;
      return n;
    },
  },
  {
    name: "clear",
    arity: [0, 0],
    impl: (a) => {
      self(a).items.length = 0;
      return None;
    },
  },
  { name: "copy", arity: [0, 0], impl: (a) => new PyList(self(a).items.slice()) },
  {
    name: "reverse",
    arity: [0, 0],
    impl: (a) => {
      self(a).items.reverse();
      return None;
    },
  },
  {
    name: "sort",
    arity: [0, 2],
    kw: ["key", "reverse"],
    impl: (a, k) => {
      const names = k === null ? [] : k.names;
      if (
        (a[1] !== undefined && !names.includes("key")) || (a[2] !== undefined && !names.includes("reverse"))
      ) {
        raiseTypeError("sort() takes no positional arguments");
      }
      listSort(self(a), a[1] ?? None, a[2] === undefined ? false : isTrue(a[2]));
      return None;
    },
  },
  { name: "__len__", arity: [0, 0], impl: (a) => self(a).items.length },
  { name: "__getitem__", arity: [1, 1], impl: (a) => listGetItem(self(a), a[1]) },
  {
    name: "__setitem__",
    arity: [2, 2],
    impl: (a) => {
      listSetItem(self(a), a[1], a[2]);
      return None;
    },
  },
  {
    name: "__delitem__",
    arity: [1, 1],
    impl: (a) => {
      listDelItem(self(a), a[1]);
      return None;
    },
  },
  {
    name: "__contains__",
    arity: [1, 1],
    impl: (a) => {
      const l = self(a);
      for (let i = 0; i < l.items.length; i++) if (eq(l.items[i], a[1])) return True;
      return False;
    },
  },
  { name: "__iter__", arity: [0, 0], impl: (a) => new PyListIterator(self(a)) },
  { name: "__reversed__", arity: [0, 0], impl: (a) => new PyListReverseIterator(self(a)) },
  {
    name: "__add__",
    arity: [1, 1],
    impl: (a) => {
      const l = self(a), o = a[1];
      if (!(o instanceof PyList)) {
        const r = reflected(o, "__radd__", l);
        if (r !== NotImplemented) return r;
        raiseTypeError(`can only concatenate list (not "${typeOf(o).name}") to list`);
      }
      return new PyList(l.items.concat(o.items));
    },
  },
  {
    name: "__iadd__",
    arity: [1, 1],
    impl: (a) => {
      listExtend(self(a), a[1]);
      return a[0];
    },
  },
  { name: "__mul__", arity: [1, 1], impl: (a) => repeat(self(a), a[1], true) },
  { name: "__rmul__", arity: [1, 1], impl: (a) => repeat(self(a), a[1], false) },
  {
    name: "__imul__",
    arity: [1, 1],
    impl: (a) => {
      const l = self(a);
      // Not an index: let `l *= x` fall back to list.__mul__ / x.__rmul__ and their error.
      if (!isIndex(a[1])) return NotImplemented;
      const n = repeatCount(a[1]);
      if (n <= 0) l.items.length = 0;
      else if (n > 1) {
        const more = repeatItems(l.items, n - 1);
        for (let i = 0; i < more.length; i++) l.items.push(more[i]);
      }
      return l;
    },
  },
  { name: "__repr__", arity: [0, 0], impl: (a) => newStr(listRepr(self(a))) },
  { name: "__class_getitem__", arity: [1, 1], kind: "class", impl: (a) => a[0] },
  { name: "__sizeof__", arity: [0, 0], impl: (a) => 40 + 8 * self(a).items.length },
  ...COMPARE_DUNDERS.map(([name, op]) => ({
    name,
    arity: [1, 1] as [number, number],
    impl: (a: W[]) => {
      const o = a[1];
      if (!(o instanceof PyList)) return NotImplemented;
      return compareSequences(self(a), o, op);
    },
  })),
]);
listType.dict.set("__hash__", None);
listType.mutated();
sequenceInplaceSlots.add(listType.dict.get("__iadd__")!);
sequenceInplaceSlots.add(listType.dict.get("__imul__")!);
