// tuple: an immutable JS array of values. Also the helpers every builtin sequence shares: index
// conversion with CPython's errors, lexicographic comparison and the repr recursion guard.
import { builtinNamed, clampIndex, ssizeState } from "./iterstate.ts";
import {
  AttrMap,
  builtinType,
  callBound,
  defineMethods,
  defineNativeIterator,
  False,
  newBool,
  None,
  NotImplemented,
  objectType,
  PyBool,
  PyInstance,
  PyNativeIterator,
  PyObject,
  PyType,
  STOP_ITEM,
  strType,
  True,
  tupleType,
  TypeFlags,
  typeOf,
  type W,
} from "./model.ts";
import { tupleHooks } from "./float.ts";
import { indexResult, PyIntSub } from "./int.ts";
import { compareStrings, newStr, PyStr, strHashLo } from "./str.ts";
import { joinHash } from "./strhash.ts";
import { indexValue, PySlice, sliceIndices } from "./slice.ts";
import {
  errorWithMessage,
  exceptionType,
  newError,
  raiseIndexError,
  raiseTypeError,
  raiseValueError,
} from "../vm/errors.ts";
import type { CompareOp } from "./operations.ts";
import { joinHooks } from "./str.ts";
import { sliceHooks } from "./slice.ts";

/**
 * The space operations tuple needs. tuple.ts must not import operations.ts: slice.ts imports this file,
 * and operations.ts touches slice.ts's hooks while it loads, so that edge would make a cycle whose
 * order depends on who is imported first. list.ts/range.ts install operations' versions; until then
 * these fall back to the hooks operations.ts fills and to plain slot calls.
 */
export const tupleOps = {
  eq: (a: W, b: W): boolean => a === b || sliceHooks.eq(a, b),
  repr: (w: W): string => sliceHooks.repr(w),
  iterateToArray: (w: W): W[] => joinHooks.iterate(w),
  hash: (w: W): number | bigint => {
    if (typeof w === "number") return w === -1 ? -2 : w;
    const fn = typeOf(w).lookup("__hash__");
    if (fn === undefined || fn === None) raiseTypeError(`unhashable type: '${typeOf(w).name}'`);
    const r = callBound(fn, w, []);
    if (r instanceof PyBool) return r.value ? 1 : 0;
    if (typeof r === "object") raiseTypeError("__hash__ method should return an integer");
    return r;
  },
  richCompare: (a: W, b: W, op: CompareOp): W => {
    const [name, swapped] = SWAPPED[op];
    const fn = typeOf(a).lookup(name);
    const r = fn === undefined ? NotImplemented : callBound(fn, a, [b]);
    if (r !== NotImplemented) return r;
    const rfn = typeOf(b).lookup(swapped);
    const r2 = rfn === undefined ? NotImplemented : callBound(rfn, b, [a]);
    if (r2 !== NotImplemented) return r2;
    raiseTypeError(`'${op}' not supported between instances of '${typeOf(a).name}' and '${typeOf(b).name}'`);
  },
};
const SWAPPED: Record<CompareOp, [string, string]> = {
  "<": ["__lt__", "__gt__"],
  "<=": ["__le__", "__ge__"],
  "==": ["__eq__", "__eq__"],
  "!=": ["__ne__", "__ne__"],
  ">": ["__gt__", "__lt__"],
  ">=": ["__ge__", "__le__"],
};
const eq = (a: W, b: W) => tupleOps.eq(a, b);
const hash = (w: W) => tupleOps.hash(w);
const repr = (w: W) => tupleOps.repr(w);
const richCompare = (a: W, b: W, op: CompareOp) => tupleOps.richCompare(a, b, op);
const iterateToArray = (w: W) => tupleOps.iterateToArray(w);

export class PyTuple extends PyObject {
  /**
   * hash() as two int32 halves (see hashParts), computed once: tuples are immutable, and an unhashable
   * item raises before anything is cached. -1/-1 (a hash never produced) = not computed yet.
   */
  declare hashLo: number;
  declare hashHi: number;
  declare readonly items: W[];
  constructor(items: W[], cls: PyType = tupleType) {
    super();
    this.cls = cls;
    this.hashLo = -1;
    this.hashHi = -1;
    this.items = items;
  }
}
export const emptyTuple: PyTuple = new PyTuple([]);
export function newTuple(items: W[]): PyTuple {
  return items.length === 0 ? emptyTuple : new PyTuple(items);
}
tupleHooks.make = newTuple;
/**
 * Instances of tuple subclasses: attribute storage of their own (a subclass without `__slots__` has a
 * `__dict__`, e.g. codecs.CodecInfo), as PyStrSub does for str; plain tuples share the empty defaults.
 */
export class PyTupleSub extends PyTuple {
  map: AttrMap = AttrMap.empty;
  values: W[] = [];
  slots: (W | undefined)[] | null = null;
  dictObject: PyObject | null = null;
  constructor(items: W[], cls: PyType) {
    super(items, cls);
    if (cls.slotNames.length > 0) this.slots = new Array(cls.slotNames.length);
  }
}
Object.setPrototypeOf(PyTuple.prototype, PyInstance.prototype);
Object.assign(PyTuple.prototype, {
  map: AttrMap.empty,
  values: Object.freeze([]),
  slots: null,
  dictObject: null,
});
tupleType.factory = (cls) => new PyTupleSub([], cls);

// ---------------------------------------------------------------- shared sequence helpers

const SSIZE_MAX = 2n ** 63n - 1n;

/** True when `w` can be used as a sequence index (int, bool or has __index__: CPython's PyIndex_Check). */
export function isIndex(w: W): boolean {
  return typeof w !== "object" || w instanceof PyBool || typeOf(w).lookup("__index__") !== undefined;
}

/**
 * PyNumber_AsSsize_t: the index value of `w` as a JS number. Ints beyond ±2^63 raise `err`
 * ("IndexError" for subscripts, "OverflowError" for arguments); ints beyond the safe range but within
 * ssize_t are clamped to ±MAX_SAFE_INTEGER, which no real sequence reaches.
 */
export function asSsize(w: W, err: "IndexError" | "OverflowError"): number {
  let v: W = w;
  if (typeof v === "object") {
    if (v instanceof PyBool) return v.value ? 1 : 0;
    if (v instanceof PyIntSub) v = v.value; // an int subclass is its value, whatever its __index__
    else {
      const fn = typeOf(v).lookup("__index__");
      if (fn === undefined) raiseTypeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
      v = indexResult(callBound(fn, v, []));
    }
  }
  if (typeof v === "number") return v;
  if (v > SSIZE_MAX || v < -SSIZE_MAX - 1n) {
    if (err === "IndexError") raiseIndexError("cannot fit 'int' into an index-sized integer");
    throw errorWithMessage("OverflowError", "Python int too large to convert to C ssize_t");
  }
  return v > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
}

/** A repeat count for seq * n (sequence_repeat): index-sized, huge counts overflow. */
export function repeatCount(w: W): number {
  let v: W = w;
  if (v instanceof PyIntSub) v = v.value;
  else if (typeof v === "object" && !(v instanceof PyBool)) {
    v = indexResult(callBound(typeOf(v).lookup("__index__")!, v, []));
  }
  if (v instanceof PyBool) return v.value ? 1 : 0;
  if (typeof v === "bigint") {
    if (v > SSIZE_MAX || v < -SSIZE_MAX - 1n) {
      throw errorWithMessage("OverflowError", "cannot fit 'int' into an index-sized integer");
    }
    return v > 0n ? Number.MAX_SAFE_INTEGER : 0;
  }
  if (typeof v !== "number") raiseTypeError(`__index__ returned non-int (type ${typeOf(v).name})`);
  return v;
}

/** items repeated n times; sizes beyond what a JS array holds are a MemoryError, as allocation would be. */
export function repeatItems(items: W[], n: number): W[] {
  if (n <= 0 || items.length === 0) return [];
  if (items.length * n > 0xffffffff) throw newError(exceptionType("MemoryError"), []);
  if (items.length === 1) return new Array(n).fill(items[0]);
  const out: W[] = new Array(items.length * n);
  for (let k = 0, o = 0; k < n; k++) for (let i = 0; i < items.length; i++) out[o++] = items[i];
  return out;
}

/** The elements a slice selects. */
export function sliceItems(items: W[], s: PySlice): W[] {
  const [start, stop, step, count] = sliceIndices(s, items);
  if (step === 1) return items.slice(start, stop);
  const out: W[] = new Array(count);
  for (let i = 0, j = start; i < count; i++, j += step) out[i] = items[j];
  return out;
}

/** start/stop arguments of index(): clamped like CPython's _PyEval_SliceIndexNotNone, then adjusted. */
export function searchBounds(len: number, start: W | undefined, stop: W | undefined): [number, number] {
  const msg = "slice indices must be integers or have an __index__ method";
  let lo = start === undefined ? 0 : indexValue(start, msg);
  let hi = stop === undefined ? Number.MAX_SAFE_INTEGER : indexValue(stop, msg);
  if (lo < 0) {
    lo += len;
    if (lo < 0) lo = 0;
  }
  if (hi < 0) {
    hi += len;
    if (hi < 0) hi = 0;
  }
  return [lo, hi];
}

/**
 * Lexicographic comparison of two sequences (list/tuple richcompare): find the first index where the
 * items differ by ==, then compare there with `op`; otherwise compare lengths. `.items` is re-read on
 * every step because __eq__ may mutate a list.
 */
export function compareSequences(a: { items: W[] }, b: { items: W[] }, op: CompareOp): W {
  if ((op === "==" || op === "!=") && a.items.length !== b.items.length) return newBool(op === "!=");
  let i = 0;
  for (; i < a.items.length && i < b.items.length; i++) {
    if (!eq(a.items[i], b.items[i])) break;
  }
  const la = a.items.length, lb = b.items.length;
  if (i >= la || i >= lb) {
    switch (op) {
      case "<":
        return newBool(la < lb);
      case "<=":
        return newBool(la <= lb);
      case "==":
        return newBool(la === lb);
      case "!=":
        return newBool(la !== lb);
      case ">":
        return newBool(la > lb);
      case ">=":
        return newBool(la >= lb);
    }
  }
  if (op === "==") return newBool(false);
  if (op === "!=") return newBool(true);
  const x = a.items[i], y = b.items[i];
  if (x instanceof PyStr && y instanceof PyStr && x.cls === strType && y.cls === strType) {
    // str's own richcompare for two exact strs (no subclass can reflect it)
    const c = compareStrings(x.value, y.value);
    return newBool(op === "<" ? c < 0 : op === "<=" ? c <= 0 : op === ">" ? c > 0 : c >= 0);
  }
  return richCompare(x, y, op);
}

/** Py_ReprEnter/Py_ReprLeave: containers currently being repr'd, to print "[...]" on recursion. */
const reprActive = new Set<W>();
export function reprEnter(w: W): boolean {
  if (reprActive.has(w)) return false;
  reprActive.add(w);
  return true;
}
export function reprLeave(w: W): void {
  reprActive.delete(w);
}

/** Comparison dunders as data: [name, operator]. */
export const COMPARE_DUNDERS: [string, CompareOp][] = [
  ["__lt__", "<"],
  ["__le__", "<="],
  ["__eq__", "=="],
  ["__ne__", "!="],
  ["__gt__", ">"],
  ["__ge__", ">="],
];

// ---------------------------------------------------------------- tuple hash (CPython's xxHash variant)

// 64-bit unsigned arithmetic on [hi, lo] uint32 halves: plain numbers are much cheaper than BigInt.
const P1_HI = 0x9e3779b1, P1_LO = 0x85ebca87; // 11400714785074694791
const P2_HI = 0xc2b2ae3d, P2_LO = 0x27d4eb4f; // 14029467366897019727
const P5_HI = 0x27d4eb2f, P5_LO = 0x165667c5; // 2870177450012600261

/** High 32 bits of the 64-bit product of two uint32s, from 16-bit limbs (every step exact in a double). */
function mulHi32(a: number, b: number): number {
  const a0 = a & 0xffff, a1 = a >>> 16, b0 = b & 0xffff, b1 = b >>> 16;
  const t = a1 * b0 + ((a0 * b0) >>> 16); // < 2^32
  const w = (t & 0xffff) + a0 * b1; // < 2^32
  return a1 * b1 + (t >>> 16) + (w >>> 16);
}

// ---------------------------------------------------------------- hashes as two int32 halves

/**
 * The high half of the hash the last hashParts() call returned the low half of. A Py_hash_t is 64 bits:
 * as two int32 halves it costs no allocation, where a number|bigint would be a bigint beyond 2^53 (and
 * a tuple's hash nearly always is). -1 is never a hash (CPython reserves it), so -1/-1 can mark "none".
 */
export let hashHi = 0;

/** The low half of hash(w) (CPython's PyObject_Hash); the high half is left in `hashHi`. */
export function hashParts(w: W): number {
  if (typeof w === "number") {
    if ((w | 0) === w) {
      hashHi = w < 0 ? -1 : 0;
      return w === -1 ? -2 : w;
    }
    return splitHashNumber(w);
  }
  if (w instanceof PyStr && w.cls === strType) {
    const lo = strHashLo(w);
    hashHi = w.hashHigh;
    return lo;
  }
  if (w instanceof PyTuple && w.cls === tupleType) return tupleHashParts(w);
  return splitHash(hash(w));
}
/** hashParts of a hash value already computed. */
export function splitHash(h: number | bigint): number {
  if (typeof h === "number") return splitHashNumber(h);
  hashHi = Number(BigInt.asIntN(32, h >> 32n));
  return Number(BigInt.asIntN(32, h));
}
function splitHashNumber(h: number): number {
  hashHi = Math.floor(h / 4294967296) | 0; // exact for safe integers, negative ones included
  return h | 0;
}
export { joinHash };

/** hashParts of an exact tuple, cached on it. */
export function tupleHashParts(t: PyTuple): number {
  const lo = t.hashLo;
  if (lo !== -1 || t.hashHi !== -1) {
    hashHi = t.hashHi;
    return lo;
  }
  const r = itemsHashParts(t.items);
  t.hashLo = r;
  t.hashHi = hashHi;
  return r;
}

/** hash(tuple) as CPython computes it on 64-bit builds (xxHash's round over the item hashes). */
export function tupleHash(items: W[]): number | bigint {
  const lo = itemsHashParts(items);
  return joinHash(lo, hashHi);
}
function itemsHashParts(items: W[]): number {
  // 64-bit lanes as int32 halves; products mod 2^64 = lo*lo (full) + the cross terms' low halves << 32
  let hi = P5_HI | 0, lo = P5_LO | 0;
  for (let i = 0; i < items.length; i++) {
    const ll = hashParts(items[i]), lh = hashHi;
    // acc += lane * P2
    const pl = Math.imul(ll, P2_LO);
    const ph = mulHi32(ll >>> 0, P2_LO) + Math.imul(lh, P2_LO) + Math.imul(ll, P2_HI);
    const sl = (lo >>> 0) + (pl >>> 0);
    lo = sl | 0;
    hi = (hi + ph + (sl > 0xffffffff ? 1 : 0)) | 0;
    // acc = rotl(acc, 31)
    const nh = (lo >>> 1) | (hi << 31);
    const nl = (hi >>> 1) | (lo << 31);
    // acc *= P1
    lo = Math.imul(nl, P1_LO);
    hi = (mulHi32(nl >>> 0, P1_LO) + Math.imul(nh, P1_LO) + Math.imul(nl, P1_HI)) | 0;
  }
  // acc += len ^ (P5 ^ 3527539)
  const sl = (lo >>> 0) + ((items.length ^ (P5_LO ^ 3527539)) >>> 0);
  lo = sl | 0;
  hi = (hi + P5_HI + (sl > 0xffffffff ? 1 : 0)) | 0;
  if (hi === -1 && lo === -1) {
    hashHi = 0;
    return 1546275796;
  }
  hashHi = hi;
  return lo;
}

// ---------------------------------------------------------------- iterator

export const tupleIteratorType: PyType = builtinType("tuple_iterator", objectType, {
  flags: TypeFlags.DISALLOW_INSTANTIATION,
});

export class PyTupleIterator extends PyNativeIterator {
  declare tuple: PyTuple | null;
  declare index: number;
  constructor(tuple: PyTuple) {
    super();
    this.cls = tupleIteratorType;
    this.index = 0;
    this.tuple = tuple;
  }
  nextItem(): W {
    const t = this.tuple;
    if (t !== null) {
      if (this.index < t.items.length) return t.items[this.index++];
      this.tuple = null;
    }
    return STOP_ITEM;
  }
}
defineNativeIterator(tupleIteratorType);
defineMethods(tupleIteratorType, [
  {
    name: "__length_hint__",
    arity: [0, 0],
    impl: (a) => {
      const it = a[0] as PyTupleIterator;
      return it.tuple === null ? 0 : Math.max(0, it.tuple.items.length - it.index);
    },
  },
  {
    name: "__reduce__",
    arity: [0, 0],
    impl: (a) => {
      const fn = builtinNamed("iter"), it = a[0] as PyTupleIterator;
      return it.tuple === null
        ? newTuple([fn, newTuple([emptyTuple])])
        : newTuple([fn, newTuple([it.tuple]), it.index]);
    },
  },
  {
    name: "__setstate__",
    arity: [1, 1],
    impl: (a) => {
      const it = a[0] as PyTupleIterator, index = ssizeState(a[1]);
      if (it.tuple !== null) it.index = clampIndex(index, 0, it.tuple.items.length);
      return None;
    },
  },
]);

// ---------------------------------------------------------------- tuple methods

function self(a: W[]): PyTuple {
  if (!(a[0] instanceof PyTuple)) raiseTypeError(`descriptor requires a 'tuple' object`);
  return a[0];
}

/** tuple(iterable) for `cls`; an exact tuple argument is returned as is for exact `tuple`. */
export function tupleFrom(cls: PyType, iterable: W | undefined): PyTuple {
  if (cls === tupleType) {
    if (iterable === undefined) return emptyTuple;
    if (iterable instanceof PyTuple && iterable.cls === tupleType) return iterable;
    // a tuple subclass is read through its __iter__ when it overrides it (PySequence_Tuple)
    const plain = iterable instanceof PyTuple &&
      iterable.cls.lookup("__iter__") === tupleType.dict.get("__iter__");
    return newTuple(plain ? (iterable as PyTuple).items : iterateToArray(iterable).slice());
  }
  const items = iterable === undefined ? [] : iterateToArray(iterable).slice();
  return new PyTupleSub(items, cls);
}

function tupleIndexError(): never {
  raiseIndexError("tuple index out of range");
}

defineMethods(tupleType, [
  {
    name: "__new__",
    arity: [0, -1],
    kind: "static",
    kw: ["**"],
    impl: (a, k) => {
      const cls = a[0];
      if (cls === undefined) raiseTypeError("tuple.__new__(): not enough arguments");
      // keywords are for a subclass's own __init__ (tuple_new rejects them when __init__ is object's)
      if (
        k !== null && k.names.length > 0 && cls instanceof PyType &&
        (cls === tupleType || cls.lookup("__init__") === objectType.lookup("__init__"))
      ) {
        raiseTypeError("tuple() takes no keyword arguments");
      }
      if (!(cls instanceof PyType)) {
        raiseTypeError(`tuple.__new__(X): X is not a type object (${typeOf(cls).name})`);
      }
      if (!cls.isSubtypeOf(tupleType)) {
        raiseTypeError(`tuple.__new__(${cls.name}): ${cls.name} is not a subtype of tuple`);
      }
      if (a.length > 2) raiseTypeError(`tuple expected at most 1 argument, got ${a.length - 1}`);
      return tupleFrom(cls, a[1]);
    },
  },
  { name: "__len__", arity: [0, 0], impl: (a) => self(a).items.length },
  {
    name: "__getitem__",
    arity: [1, 1],
    impl: (a) => {
      const t = self(a), key = a[1], items = t.items;
      if (typeof key === "number") {
        const i = key < 0 ? key + items.length : key;
        if (i < 0 || i >= items.length) tupleIndexError();
        return items[i];
      }
      if (key instanceof PySlice) {
        const [start, stop, step, count] = sliceIndices(key, items.length);
        if (step === 1 && start === 0 && count === items.length && t.cls === tupleType) return t;
        if (step === 1) return newTuple(items.slice(start, stop));
        return newTuple(sliceItems(items, key));
      }
      if (!isIndex(key)) {
        raiseTypeError(`tuple indices must be integers or slices, not ${typeOf(key).name}`);
      }
      let i = asSsize(key, "IndexError");
      if (i < 0) i += items.length;
      if (i < 0 || i >= items.length) tupleIndexError();
      return items[i];
    },
  },
  {
    name: "__contains__",
    arity: [1, 1],
    impl: (a) => {
      const items = self(a).items;
      for (let i = 0; i < items.length; i++) if (eq(items[i], a[1])) return True;
      return False;
    },
  },
  {
    name: "count",
    arity: [1, 1],
    impl: (a) => {
      const items = self(a).items;
      let n = 0;
      for (let i = 0; i < items.length; i++) if (eq(items[i], a[1])) n++;
      return n;
    },
  },
  {
    name: "index",
    arity: [1, 3],
    impl: (a) => {
      const items = self(a).items;
      const [lo, hi] = searchBounds(items.length, a[2], a[3]);
      for (let i = lo; i < hi && i < items.length; i++) if (eq(items[i], a[1])) return i;
      raiseValueError("tuple.index(x): x not in tuple");
    },
  },
  { name: "__iter__", arity: [0, 0], impl: (a) => new PyTupleIterator(self(a)) },
  { name: "__hash__", arity: [0, 0], impl: (a) => tupleHash(self(a).items) },
  {
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => {
      const t = self(a);
      if (t.items.length === 0) return newStr("()");
      if (!reprEnter(t)) return newStr("(...)");
      try {
        const parts = t.items.map((x) => repr(x));
        return newStr(parts.length === 1 ? `(${parts[0]},)` : `(${parts.join(", ")})`);
      } finally {
        reprLeave(t);
      }
    },
  },
  {
    name: "__add__",
    arity: [1, 1],
    impl: (a) => {
      const t = self(a), o = a[1];
      if (!(o instanceof PyTuple)) {
        const r = reflected(o, "__radd__", t);
        if (r !== NotImplemented) return r;
        raiseTypeError(`can only concatenate tuple (not "${typeOf(o).name}") to tuple`);
      }
      if (o.items.length === 0 && t.cls === tupleType) return t;
      if (t.items.length === 0 && o.cls === tupleType) return o;
      return newTuple(t.items.concat(o.items));
    },
  },
  { name: "__mul__", arity: [1, 1], impl: (a) => tupleRepeat(self(a), a[1], true) },
  { name: "__rmul__", arity: [1, 1], impl: (a) => tupleRepeat(self(a), a[1], false) },
  { name: "__getnewargs__", arity: [0, 0], impl: (a) => newTuple([newTuple(self(a).items.slice())]) },
  { name: "__class_getitem__", arity: [1, 1], kind: "class", impl: (a) => a[0] },
  { name: "__sizeof__", arity: [0, 0], impl: (a) => 32 + 8 * self(a).items.length },
  ...COMPARE_DUNDERS.map(([name, op]) => ({
    name,
    arity: [1, 1] as [number, number],
    impl: (a: W[]) => {
      const o = a[1];
      if (!(o instanceof PyTuple)) return NotImplemented;
      return compareSequences(self(a), o, op);
    },
  })),
]);

/** When a sequence operator gets a non-sequence operand, the operand's reflected method still gets a try. */
export function reflected(other: W, rname: string, selfObj: W): W {
  const fn = typeOf(other).lookup(rname);
  if (fn === undefined || fn === None) return NotImplemented;
  return callBound(fn, other, [selfObj]);
}

/** seq * n with CPython's error for non-integers ("can't multiply sequence by non-int of type ..."). */
function tupleRepeat(t: PyTuple, n: W, tryReflected: boolean): W {
  if (!isIndex(n)) {
    if (tryReflected) {
      const r = reflected(n, "__rmul__", t);
      if (r !== NotImplemented) return r;
    }
    raiseTypeError(`can't multiply sequence by non-int of type '${typeOf(n).name}'`);
  }
  const count = repeatCount(n);
  if (count === 1 && t.cls === tupleType) return t;
  return newTuple(repeatItems(t.items, count));
}
