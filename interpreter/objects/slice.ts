// slice: start/stop/step triple; `sliceIndices` is CPython's PySlice_GetIndicesEx (clamping included).
import {
  builtinType,
  defineGetSets,
  defineMethods,
  None,
  NotImplemented,
  PyBool,
  PyObject,
  type PyType,
  typeOf,
  type W,
} from "./model.ts";
import { raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { newTuple } from "./tuple.ts";
import { newStr } from "./str.ts";
import { indexResult, PyIntSub } from "./int.ts";

export const sliceType: PyType = builtinType("slice", undefined, { flags: 0 });

export class PySlice extends PyObject {
  readonly start: W;
  readonly stop: W;
  readonly step: W;
  constructor(start: W, stop: W, step: W) {
    super();
    this.cls = sliceType;
    this.start = start;
    this.stop = stop;
    this.step = step;
  }
}

/** __index__ of w as a JS number clamped to ±Number.MAX_SAFE_INTEGER (enough for any real length). */
export function indexValue(
  w: W,
  what = "slice indices must be integers or None or have an __index__ method",
): number {
  if (typeof w === "number") return w;
  if (typeof w === "bigint") return w > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  if (w instanceof PyBool) return w.value ? 1 : 0;
  const fn = typeOf(w).lookup("__index__");
  if (fn === undefined) raiseTypeError(what);
  // an int subclass is its value, whatever its __index__ (PyNumber_AsSsize_t)
  const r = w instanceof PyIntSub ? w.value : indexResult(indexHooks.callIndex(fn, w));
  if (typeof r === "number") return r;
  return r > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
}
/** Set by operations wiring to avoid an import cycle (callBound). */
export const indexHooks = { callIndex: (_fn: W, _w: W): W => 0 };

/**
 * [start, stop, step, count] for a sequence of `length`, as CPython's PySlice_Unpack + PySlice_AdjustIndices.
 * Given the items array itself, its length is read after the bounds' __index__ methods ran (which may
 * resize a list), as list_subscript and list_ass_subscript read Py_SIZE.
 */
export function sliceIndices(s: PySlice, length: number | W[]): [number, number, number, number] {
  const [start, stop, step] = sliceUnpack(s);
  return adjustIndices(typeof length === "number" ? length : length.length, start, stop, step);
}

/**
 * PySlice_Unpack alone: [start, stop, step] before any length is known. None bounds become ±MAX_SAFE_INTEGER
 * (PY_SSIZE_T_MAX/MIN), which adjustIndices brings to the ends.
 */
export function sliceUnpack(s: PySlice): [number, number, number] {
  let step = 1;
  if (s.step !== None) {
    step = indexValue(s.step);
    if (step === 0) raiseValueError("slice step cannot be zero");
  }
  const start = s.start === None ? (step < 0 ? MAX_INDEX : 0) : indexValue(s.start);
  const stop = s.stop === None ? (step < 0 ? -MAX_INDEX : MAX_INDEX) : indexValue(s.stop);
  return [start, stop, step];
}
const MAX_INDEX = Number.MAX_SAFE_INTEGER;

/** PySlice_AdjustIndices: bounds clamped to a sequence of `length`, with the item count. */
export function adjustIndices(
  length: number,
  start: number,
  stop: number,
  step: number,
): [number, number, number, number] {
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) start = step < 0 ? length - 1 : length;
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) stop = step < 0 ? length - 1 : length;
  let count = 0;
  if (step > 0) {
    if (start < stop) count = Math.floor((stop - start - 1) / step) + 1;
  } else if (stop < start) count = Math.floor((start - stop - 1) / -step) + 1;
  return [start, stop, step, count];
}

/** __index__ of w exactly, as a bigint. */
function indexBig(w: W, what: string): bigint {
  if (typeof w === "number" || typeof w === "bigint") return BigInt(w);
  if (w instanceof PyBool) return w.value ? 1n : 0n;
  if (w instanceof PyIntSub) return BigInt(w.value);
  const fn = typeOf(w).lookup("__index__");
  if (fn === undefined) raiseTypeError(what);
  return BigInt(indexResult(indexHooks.callIndex(fn, w)));
}

/**
 * [start, stop, step, count] with arbitrary-precision bounds, for lengths beyond the safe integers
 * (slice.indices(2**100), slices of huge ranges): _PySlice_GetLongIndices.
 */
export function sliceIndicesBig(s: PySlice, length: bigint): [bigint, bigint, bigint, bigint] {
  let step = 1n;
  if (s.step !== None) {
    step = indexBig(s.step, SLICE_INDEX_MSG);
    if (step === 0n) raiseValueError("slice step cannot be zero");
  }
  const lower = step < 0n ? -1n : 0n;
  const upper = step < 0n ? length - 1n : length;
  const bound = (w: W, dflt: bigint): bigint => {
    if (w === None) return dflt;
    let v = indexBig(w, SLICE_INDEX_MSG);
    if (v < 0n) {
      v += length;
      if (v < lower) v = lower;
    } else if (v > upper) v = upper;
    return v;
  };
  const start = bound(s.start, step < 0n ? upper : lower);
  const stop = bound(s.stop, step < 0n ? lower : upper);
  let count = 0n;
  if (step > 0n) {
    if (start < stop) count = (stop - start - 1n) / step + 1n;
  } else if (stop < start) count = (start - stop - 1n) / -step + 1n;
  return [start, stop, step, count];
}
function normIndex(v: bigint): number | bigint {
  return v >= -MAX_SAFE && v <= MAX_SAFE ? Number(v) : v;
}
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const SLICE_INDEX_MSG = "slice indices must be integers or None or have an __index__ method";

function self(a: W[]): PySlice {
  if (!(a[0] instanceof PySlice)) raiseTypeError("descriptor requires a 'slice' object");
  return a[0];
}

export const sliceHooks = {
  repr: (w: W): string => String(w),
  eq: (a: W, b: W): boolean => a === b,
  bool: (b: boolean): W => (b ? 1 : 0),
  hash: (_w: W): W => 0,
};

defineMethods(sliceType, [
  {
    name: "__new__",
    arity: [1, -1],
    kind: "static",
    kw: ["**"],
    impl: (a, k) => {
      if (k !== null && k.names.length > 0) raiseTypeError("slice() takes no keyword arguments");
      if (a.length < 2) raiseTypeError("slice expected at least 1 argument, got 0");
      if (a.length > 4) raiseTypeError(`slice expected at most 3 arguments, got ${a.length - 1}`);
      if (a.length === 2) return new PySlice(None, a[1], None);
      return new PySlice(a[1], a[2], a[3] ?? None);
    },
  },
  {
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => {
      const s = self(a);
      return newStr(
        `slice(${sliceHooks.repr(s.start)}, ${sliceHooks.repr(s.stop)}, ${sliceHooks.repr(s.step)})`,
      );
    },
  },
  {
    // (slice, (start, stop, step)): slices pickle and copy (slice_reduce)
    name: "__reduce__",
    arity: [0, 0],
    impl: (a) => {
      const s = self(a);
      return newTuple([sliceType, newTuple([s.start, s.stop, s.step])]);
    },
  },
  {
    name: "indices",
    arity: [1, 1],
    impl: (a) => {
      const n = indexBig(a[1], "'" + typeOf(a[1]).name + "' object cannot be interpreted as an integer");
      if (n < 0n) raiseValueError("length should not be negative");
      const [start, stop, step] = sliceIndicesBig(self(a), n);
      return newTuple([normIndex(start), normIndex(stop), normIndex(step)]);
    },
  },
  {
    name: "__eq__",
    arity: [1, 1],
    impl: (a) => {
      const s = self(a), o = a[1];
      if (!(o instanceof PySlice)) return NotImplemented;
      return sliceHooks.bool(
        sliceHooks.eq(s.start, o.start) && sliceHooks.eq(s.stop, o.stop) && sliceHooks.eq(s.step, o.step),
      );
    },
  },
]);
defineMethods(sliceType, [
  {
    name: "__hash__",
    arity: [0, 0],
    impl: (a) => sliceHooks.hash(newTuple([self(a).start, self(a).stop, self(a).step])),
  },
]);
defineGetSets(sliceType, [
  { name: "start", get: (s) => (s as PySlice).start },
  { name: "stop", get: (s) => (s as PySlice).stop },
  { name: "step", get: (s) => (s as PySlice).step },
]);
