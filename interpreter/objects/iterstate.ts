// Pickling support shared by the builtin iterators' __reduce__/__setstate__ (CPython's
// listiter_reduce_general, tupleiter_setstate, iter_reduce, ...): they reduce to a call of the builtin
// `iter` or `reversed` on the underlying sequence plus an index state, so copy and pickle rebuild them
// without naming the iterator type (it is not reachable from the builtins module).
import { callBound, intType, PyBool, typeOf, type W } from "./model.ts";
import { errorWithMessage, raiseTypeError } from "../vm/errors.ts";

// Imports stay to model.ts and errors.ts: str.ts and tuple.ts import this file, and a wider import here
// would change the order the type modules are evaluated in.

/**
 * The builtins module's current attribute `name` (as _PyEval_GetBuiltin): object_reduce.ts installs the
 * lookup, which needs the import system (not importable from every type's file).
 */
export const builtinLookup = {
  get: (name: string): W => raiseTypeError(`builtin ${name} is not available`),
};
export function builtinNamed(name: string): W {
  return builtinLookup.get(name);
}

const SSIZE_MAX = (1n << 63n) - 1n;

/** A __setstate__ index as PyLong_AsSsize_t reads it: an int (no __index__), clamped to the safe range. */
export function ssizeState(state: W): number {
  let v: W = state;
  if (typeof v === "object") {
    if (v instanceof PyBool) return v.value ? 1 : 0;
    if (!v.cls.mro.includes(intType)) raiseTypeError("an integer is required");
    v = callBound(typeOf(v).lookup("__index__")!, v, []); // an int subclass: its int value
    if (typeof v === "object") return v instanceof PyBool && v.value ? 1 : 0;
  }
  if (typeof v === "number") return v;
  if (v > SSIZE_MAX || v < -SSIZE_MAX - 1n) {
    throw errorWithMessage("OverflowError", "Python int too large to convert to C ssize_t");
  }
  return v > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
}

/** index clamped into [lo, hi]. */
export function clampIndex(index: number, lo: number, hi: number): number {
  return index < lo ? lo : index > hi ? hi : index;
}

/**
 * The entries of an exact set or frozenset with their hash halves, for dict.fromkeys (dict.ts cannot import
 * set.ts, which imports it); installed by set.ts.
 */
export const knownHashEntries = { of: (_w: W): [W, number, number][] | undefined => undefined };
