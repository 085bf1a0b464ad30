// range: start/stop/step as JS numbers, with O(1) len, indexing, slicing and int membership; bounds
// beyond the safe-integer range make a PyLongRange (bigints) with the common operations.
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
  PyBool,
  PyNativeIterator,
  PyObject,
  type PyType,
  STOP_ITEM,
  True,
  TypeFlags,
  typeOf,
  type W,
} from "./model.ts";
import { newStr } from "./str.ts";
import { nativeConstructors } from "./type.ts";
import { PySlice, sliceIndices, sliceIndicesBig } from "./slice.ts";
import { asSsize, isIndex, newTuple, tupleHash, tupleOps } from "./tuple.ts";
import { indexResult, PyIntSub } from "./int.ts";
import { builtinNamed } from "./iterstate.ts";
import { errorWithMessage, raiseIndexError, raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { eq, hash, iter, iterateToArray, next, repr, richCompare } from "./operations.ts";

// tuple.ts cannot import operations.ts (see there); give it the full operations now.
Object.assign(tupleOps, { eq, hash, repr, richCompare, iterateToArray });

export const rangeType: PyType = builtinType("range", objectType, { flags: 0 });
export const rangeIteratorType: PyType = builtinType("range_iterator", objectType, {
  flags: TypeFlags.DISALLOW_INSTANTIATION,
});

export class PyRange extends PyObject {
  declare readonly start: number;
  declare readonly stop: number;
  declare readonly step: number;
  /** Number of elements, computed once. */
  declare readonly length: number;
  constructor(start: number, stop: number, step: number) {
    super();
    this.cls = rangeType;
    this.start = start;
    this.stop = stop;
    this.step = step;
    this.length = rangeLength(start, stop, step);
  }
  /** The i-th element, for 0 <= i < length. */
  at(i: number): number {
    return this.start + i * this.step;
  }
}

function rangeLength(start: number, stop: number, step: number): number {
  if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
  return stop < start ? Math.floor((start - stop - 1) / -step) + 1 : 0;
}

function overflow(): never {
  throw errorWithMessage("OverflowError", "Python int too large to convert to C ssize_t");
}

/** __index__ without clamping (bigints are kept). */
function indexOf(w: PyObject): number | bigint {
  if (w instanceof PyIntSub) return w.value; // an int subclass is its value, whatever its __index__
  return indexResult(callBound(typeOf(w).lookup("__index__")!, w, []));
}

export function newRange(start: number, stop: number, step = 1): PyRange {
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(stop) || !Number.isSafeInteger(step)) overflow();
  const r = new PyRange(start, stop, step);
  if (!Number.isSafeInteger(r.length)) overflow();
  return r;
}

// ---------------------------------------------------------------- iterator

/** Yields `remaining` values from `next`, adding `step` each time (reversed ranges use a negative step). */
export class PyRangeIterator extends PyNativeIterator {
  declare next: number;
  declare step: number;
  declare remaining: number;
  constructor(start: number, step: number, length: number) {
    super();
    this.cls = rangeIteratorType;
    this.next = start;
    this.step = step;
    this.remaining = length;
  }
  nextItem(): W {
    if (this.remaining <= 0) return STOP_ITEM;
    this.remaining--;
    const v = this.next;
    this.next = v + this.step;
    return v;
  }
}
defineNativeIterator(rangeIteratorType);
defineMethods(rangeIteratorType, [
  { name: "__length_hint__", arity: [0, 0], impl: (a) => Math.max(0, (a[0] as PyRangeIterator).remaining) },
  {
    // (iter, (range(next, next + remaining*step, step),), None): the rest as a fresh range (rangeiter_reduce)
    name: "__reduce__",
    arity: [0, 0],
    impl: (a) => {
      const it = a[0] as PyRangeIterator, n = Math.max(0, it.remaining);
      let stop: number | bigint = it.next + n * it.step;
      if (!Number.isSafeInteger(stop)) stop = BigInt(it.next) + BigInt(n) * BigInt(it.step);
      return newTuple([builtinNamed("iter"), newTuple([makeRange(it.next, stop, it.step)]), None]);
    },
  },
  {
    // advances by `state` items, silently clipped to what is left (rangeiter_setstate)
    name: "__setstate__",
    arity: [1, 1],
    impl: (a) => {
      const it = a[0] as PyRangeIterator, index = asSsize(a[1], "OverflowError");
      if (index > 0) {
        const k = Math.min(index, Math.max(0, it.remaining));
        it.next += k * it.step;
        it.remaining -= k;
      }
      return None;
    },
  },
]);

export function rangeIter(r: PyRange): PyRangeIterator {
  return new PyRangeIterator(r.start, r.step, r.length);
}
export function rangeReversed(r: PyRange): PyRangeIterator {
  return new PyRangeIterator(r.start + (r.length - 1) * r.step, -r.step, r.length);
}

// ---------------------------------------------------------------- methods

function self(a: W[]): PyRange {
  if (!(a[0] instanceof PyRange)) {
    if (a[0] instanceof PyLongRange) longRangeUnsupported();
    raiseTypeError("descriptor requires a 'range' object");
  }
  return a[0];
}

// ---------------------------------------------------------------- ranges beyond 2**53
// Bounds outside the safe-integer range make a PyLongRange with bigint fields. It supports what the
// standard library needs of such ranges (iteration — `_collections_abc` takes type(iter(range(1 << 1000)))
// — len, truth, repr, equality, hash, membership of ints, int indexing, the attributes); other
// operations raise OverflowError as before.
export const longRangeIteratorType: PyType = builtinType("longrange_iterator", objectType, {
  flags: TypeFlags.DISALLOW_INSTANTIATION,
});
export class PyLongRange extends PyObject {
  declare readonly start: bigint;
  declare readonly stop: bigint;
  declare readonly step: bigint;
  declare readonly length: bigint;
  constructor(start: bigint, stop: bigint, step: bigint) {
    super();
    this.cls = rangeType;
    this.start = start;
    this.stop = stop;
    this.step = step;
    this.length = step > 0n
      ? (start < stop ? (stop - start - 1n) / step + 1n : 0n)
      : (stop < start ? (start - stop - 1n) / -step + 1n : 0n);
  }
}
class PyLongRangeIterator extends PyNativeIterator {
  declare next: bigint;
  declare step: bigint;
  declare remaining: bigint;
  constructor(start: bigint, step: bigint, length: bigint) {
    super();
    this.cls = longRangeIteratorType;
    this.next = start;
    this.step = step;
    this.remaining = length;
  }
  nextItem(): W {
    if (this.remaining <= 0n) return STOP_ITEM;
    this.remaining--;
    const v = this.next;
    this.next = v + this.step;
    return normInt(v);
  }
}
defineNativeIterator(longRangeIteratorType);
defineMethods(longRangeIteratorType, [
  {
    name: "__length_hint__",
    arity: [0, 0],
    impl: (a) => normInt((a[0] as PyLongRangeIterator).remaining),
  },
  {
    name: "__reduce__",
    arity: [0, 0],
    impl: (a) => {
      const it = a[0] as PyLongRangeIterator, n = it.remaining > 0n ? it.remaining : 0n;
      const range = makeRange(normInt(it.next), normInt(it.next + n * it.step), normInt(it.step));
      return newTuple([builtinNamed("iter"), newTuple([range]), None]);
    },
  },
  {
    name: "__setstate__",
    arity: [1, 1],
    impl: (a) => {
      const it = a[0] as PyLongRangeIterator, state = a[1];
      if (typeof state !== "number" && typeof state !== "bigint") {
        raiseTypeError(`state must be an int, not ${typeOf(state).name}`);
      }
      let k = BigInt(state);
      if (k >= 0n) {
        if (k > it.remaining) k = it.remaining;
        it.next += k * it.step;
        it.remaining -= k;
      }
      return None;
    },
  },
]);
function normInt(v: bigint): number | bigint {
  return v >= -MAX_SAFE && v <= MAX_SAFE ? Number(v) : v;
}
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
function longRangeUnsupported(): never {
  throw errorWithMessage("OverflowError", "Python int too large to convert to C ssize_t");
}
/** A range bound kept exact (bigints allowed). */
function bigBound(w: W): number | bigint {
  let v: W = w;
  if (typeof v === "object") {
    if (v instanceof PyBool) return v.value ? 1 : 0;
    if (!isIndex(v)) raiseTypeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
    v = indexOf(v);
  }
  return v;
}
function makeRange(start: number | bigint, stop: number | bigint, step: number | bigint): W {
  if (typeof start === "number" && typeof stop === "number" && typeof step === "number") {
    const r = new PyRange(start, stop, step);
    if (Number.isSafeInteger(r.length)) return r;
  }
  return new PyLongRange(BigInt(start), BigInt(stop), BigInt(step));
}
function longRangeMethod(name: string, r: PyLongRange, arg: W): W {
  switch (name) {
    case "__len__":
      // range_length: PyLong_AsSsize_t of the length
      if (r.length > 0x7fffffffffffffffn) overflow();
      return normInt(r.length);
    case "__bool__":
      return newBool(r.length !== 0n);
    case "__iter__":
      return new PyLongRangeIterator(r.start, r.step, r.length);
    case "__reversed__":
      return new PyLongRangeIterator(r.start + (r.length - 1n) * r.step, -r.step, r.length);
    case "__repr__": {
      const body = `${r.start}, ${r.stop}` + (r.step === 1n ? "" : `, ${r.step}`);
      return newStr(`range(${body})`);
    }
    case "__contains__": {
      const v = exactInt(arg);
      if (v === null) longRangeUnsupported();
      const x = BigInt(v);
      const inside = r.step > 0n ? x >= r.start && x < r.stop : x <= r.start && x > r.stop;
      return newBool(inside && (x - r.start) % r.step === 0n);
    }
    case "__getitem__": {
      if (arg instanceof PySlice) {
        const [start, stop, step] = sliceIndicesBig(arg, r.length);
        return makeRange(
          normInt(r.start + start * r.step),
          normInt(r.start + stop * r.step),
          normInt(r.step * step),
        );
      }
      if (!isIndex(arg)) raiseTypeError(`range indices must be integers or slices, not ${typeOf(arg).name}`);
      let i = BigInt(typeof arg === "object" ? indexOf(arg) : arg);
      if (i < 0n) i += r.length;
      if (i < 0n || i >= r.length) raiseIndexError("range object index out of range");
      return normInt(r.start + i * r.step);
    }
    case "__eq__":
    case "__ne__": {
      if (!(arg instanceof PyLongRange || arg instanceof PyRange)) return NotImplemented;
      const same = arg instanceof PyLongRange && arg.length === r.length &&
        (r.length === 0n || (arg.start === r.start && (r.length === 1n || arg.step === r.step)));
      return newBool(name === "__eq__" ? same : !same);
    }
    case "__hash__":
      if (r.length === 0n) return tupleHash([0, None, None]);
      if (r.length === 1n) return tupleHash([1, normInt(r.start), None]);
      return tupleHash([normInt(r.length), normInt(r.start), normInt(r.step)]);
    case "__reduce__":
      return newTuple([rangeType, newTuple([normInt(r.start), normInt(r.stop), normInt(r.step)])]);
    case "count":
    case "index": {
      const v = exactInt(arg);
      if (v === null) {
        // CPython's _PySequence_IterSearch over the items, as for small ranges
        let i = 0n, n = 0;
        for (const it = longRangeMethod("__iter__", r, None);; i++) {
          const x = next(it);
          if (x === STOP_ITEM) break;
          if (!eq(x, arg)) continue;
          if (name === "index") return normInt(i);
          n++;
        }
        if (name === "count") return n;
        raiseValueError("sequence.index(x): x not in sequence");
      }
      const x = BigInt(v);
      const inside = r.step > 0n ? x >= r.start && x < r.stop : x <= r.start && x > r.stop;
      const found = inside && (x - r.start) % r.step === 0n;
      if (name === "count") return found ? 1 : 0;
      if (!found) raiseValueError("range.index(x): x not in range");
      return normInt((x - r.start) / r.step);
    }
  }
  longRangeUnsupported();
}

/** Position of the int `v` in `r`, or -1. */
function intPosition(r: PyRange, v: number | bigint): number {
  if (typeof v === "bigint") return -1; // all our ranges lie within the safe-integer range
  if (r.step > 0 ? v < r.start || v >= r.stop : v > r.start || v <= r.stop) return -1;
  const d = v - r.start;
  return d % r.step === 0 ? d / r.step : -1;
}
function smallBound(w: W): boolean {
  return w === None || (typeof w === "number" && Math.abs(w) < 2 ** 52);
}
function exactInt(w: W): number | bigint | null {
  if (typeof w === "number" || typeof w === "bigint") return w;
  if (w instanceof PyBool) return w.value ? 1 : 0;
  return null;
}

function rangeGetItem(r: PyRange, key: W): W {
  if (key instanceof PySlice) {
    if (!smallBound(key.start) || !smallBound(key.stop) || !smallBound(key.step)) {
      // compute_slice: exact bounds, so range(5)[::-2**100] keeps its step
      const [start, stop, step] = sliceIndicesBig(key, BigInt(r.length));
      const b0 = BigInt(r.start), bs = BigInt(r.step);
      return makeRange(normInt(b0 + start * bs), normInt(b0 + stop * bs), normInt(bs * step));
    }
    const [start, stop, step] = sliceIndices(key, r.length);
    const [lo, hi, by] = [r.start + start * r.step, r.start + stop * r.step, r.step * step];
    if (Number.isSafeInteger(lo) && Number.isSafeInteger(hi) && Number.isSafeInteger(by)) {
      return newRange(lo, hi, by);
    }
    const big = (x: number, y: number) => normInt(BigInt(r.start) + BigInt(x) * BigInt(y));
    return makeRange(big(start, r.step), big(stop, r.step), normInt(BigInt(r.step) * BigInt(step)));
  }
  if (!isIndex(key)) raiseTypeError(`range indices must be integers or slices, not ${typeOf(key).name}`);
  // CPython computes with arbitrary precision here: a huge index is simply out of range.
  const k = typeof key === "object" ? indexOf(key) : key;
  if (typeof k === "bigint") raiseIndexError("range object index out of range");
  let i = k;
  if (i < 0) i += r.length;
  if (i < 0 || i >= r.length) raiseIndexError("range object index out of range");
  return r.at(i);
}

/** range(stop) / range(start, stop[, step]) from the arguments after the type. */
function rangeNew(a: W[], first: number): W {
  const n = a.length - first;
  if (n < 1) raiseTypeError(`range expected at least 1 argument, got ${n}`);
  if (n > 3) raiseTypeError(`range expected at most 3 arguments, got ${n}`);
  if (n === 1) return makeRange(0, bigBound(a[first]), 1);
  const start = bigBound(a[first]), stop = bigBound(a[first + 1]);
  const step = n === 3 ? bigBound(a[first + 2]) : 1;
  if (step === 0) raiseValueError("range() arg 3 must not be zero");
  return makeRange(start, stop, step);
}
nativeConstructors.set(rangeType, (a) => rangeNew(a, 0));

defineMethods(rangeType, [
  {
    name: "__new__",
    arity: [0, -1],
    kind: "static",
    kw: ["**"],
    impl: (a, k) => {
      if (k !== null && k.names.length > 0) raiseTypeError("range() takes no keyword arguments");
      return rangeNew(a, 1);
    },
  },
  {
    name: "__len__",
    arity: [0, 0],
    impl: (a) => a[0] instanceof PyLongRange ? longRangeMethod("__len__", a[0], a[1]) : self(a).length,
  },
  {
    name: "__bool__",
    arity: [0, 0],
    impl: (a) =>
      a[0] instanceof PyLongRange ? longRangeMethod("__bool__", a[0], a[1]) : newBool(self(a).length !== 0),
  },
  {
    name: "__iter__",
    arity: [0, 0],
    impl: (a) => a[0] instanceof PyLongRange ? longRangeMethod("__iter__", a[0], a[1]) : rangeIter(self(a)),
  },
  {
    name: "__reversed__",
    arity: [0, 0],
    impl: (a) =>
      a[0] instanceof PyLongRange ? longRangeMethod("__reversed__", a[0], a[1]) : rangeReversed(self(a)),
  },
  {
    name: "__getitem__",
    arity: [1, 1],
    impl: (a) =>
      a[0] instanceof PyLongRange ? longRangeMethod("__getitem__", a[0], a[1]) : rangeGetItem(self(a), a[1]),
  },
  {
    name: "__contains__",
    arity: [1, 1],
    impl: (a) => {
      if (a[0] instanceof PyLongRange) return longRangeMethod("__contains__", a[0], a[1]);
      const r = self(a);
      const v = exactInt(a[1]);
      if (v !== null) return newBool(intPosition(r, v) >= 0);
      for (let i = 0; i < r.length; i++) if (eq(r.at(i), a[1])) return True;
      return False;
    },
  },
  {
    name: "count",
    arity: [1, 1],
    impl: (a) => {
      if (a[0] instanceof PyLongRange) return longRangeMethod("count", a[0], a[1]);
      const r = self(a);
      const v = exactInt(a[1]);
      if (v !== null) return intPosition(r, v) >= 0 ? 1 : 0;
      let n = 0;
      for (let i = 0; i < r.length; i++) if (eq(r.at(i), a[1])) n++;
      return n;
    },
  },
  {
    name: "index",
    arity: [1, 1],
    impl: (a) => {
      if (a[0] instanceof PyLongRange) return longRangeMethod("index", a[0], a[1]);
      const r = self(a);
      const v = exactInt(a[1]);
      if (v !== null) {
        const i = intPosition(r, v);
        if (i < 0) raiseValueError("range.index(x): x not in range");
        return i;
      }
      // Generic search over the sequence (CPython's _PySequence_IterSearch and its message).
      const it = iter(a[0]);
      for (let i = 0;; i++) {
        const x = next(it);
        if (x === STOP_ITEM) break;
        if (eq(x, a[1])) return i;
      }
      raiseValueError("sequence.index(x): x not in sequence");
    },
  },
  {
    name: "__eq__",
    arity: [1, 1],
    impl: (a) =>
      a[0] instanceof PyLongRange
        ? longRangeMethod("__eq__", a[0], a[1])
        : (a[1] instanceof PyRange ? newBool(rangeEquals(self(a), a[1])) : NotImplemented),
  },
  {
    name: "__ne__",
    arity: [1, 1],
    impl: (a) =>
      a[0] instanceof PyLongRange
        ? longRangeMethod("__ne__", a[0], a[1])
        : (a[1] instanceof PyRange ? newBool(!rangeEquals(self(a), a[1])) : NotImplemented),
  },
  {
    name: "__hash__",
    arity: [0, 0],
    impl: (a) => a[0] instanceof PyLongRange ? longRangeMethod("__hash__", a[0], a[1]) : rangeHash(self(a)),
  },
  {
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => {
      if (a[0] instanceof PyLongRange) return longRangeMethod("__repr__", a[0], a[1]);
      const r = self(a);
      return newStr(
        r.step === 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`,
      );
    },
  },
  {
    name: "__reduce__",
    arity: [0, 0],
    impl: (a) => {
      if (a[0] instanceof PyLongRange) return longRangeMethod("__reduce__", a[0], a[1]);
      const r = self(a);
      return newTuple([rangeType, newTuple([r.start, r.stop, r.step])]);
    },
  },
]);

defineGetSets(rangeType, [
  { name: "start", get: (r) => r instanceof PyLongRange ? normInt(r.start) : (r as PyRange).start },
  { name: "stop", get: (r) => r instanceof PyLongRange ? normInt(r.stop) : (r as PyRange).stop },
  { name: "step", get: (r) => r instanceof PyLongRange ? normInt(r.step) : (r as PyRange).step },
]);

/** Ranges are equal when they describe the same sequence. */
export function rangeEquals(a: PyRange, b: PyRange): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  if (a.length === 0) return true;
  if (a.start !== b.start) return false;
  if (a.length === 1) return true;
  return a.step === b.step;
}

/** hash((len, start, step)) with None for the parts that do not affect equality (as CPython). */
export function rangeHash(r: PyRange): number | bigint {
  if (r.length === 0) return tupleHash([0, None, None]);
  if (r.length === 1) return tupleHash([1, r.start, None]);
  return tupleHash([r.length, r.start, r.step]);
}
