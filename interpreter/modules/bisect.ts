// _bisect: bisect_left/right and insort_left/right with lo/hi and the key function, as CPython's
// Modules/_bisectmodule.c (items through __getitem__, comparisons with `<` only).
import {
  call,
  callMethod,
  type Kwargs,
  type MethodSpec,
  None,
  PyBool,
  typeOf,
  type W,
} from "../objects/model.ts";
import { errorWithMessage, raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { getItem, lenOrBig, lt } from "../objects/operations.ts";
import { PyList } from "../objects/list.ts";
import { listType } from "../objects/model.ts";
import type { NativeModuleDef } from "./define.ts";
import { parseArgs } from "./native_args.ts";

/** A Py_ssize_t argument: JS numbers, or bigints within ±(2**63-1) (a huge range's bounds). */
function ssize(w: W): number | bigint {
  if (typeof w === "number") return w;
  if (w instanceof PyBool) return w.value ? 1 : 0;
  if (typeof w === "bigint") {
    if (w > 0x7fffffffffffffffn || w < -0x8000000000000000n) {
      throw errorWithMessage("OverflowError", "Python int too large to convert to C ssize_t");
    }
    return w;
  }
  const idx = typeOf(w).lookup("__index__");
  if (idx === undefined) raiseTypeError(`'${typeOf(w).name}' object cannot be interpreted as an integer`);
  return ssize(call(idx, [w]));
}

interface Bounds {
  seq: W;
  x: W;
  lo: number | bigint;
  hi: number | bigint;
  key: W;
}
function bounds(fname: string, a: W[], k: Kwargs | null): Bounds {
  const [seq, x, loW = 0, hiW = None, key = None] = parseArgs(fname, a, k, 0, {
    names: ["a", "x", "lo", "hi", "key"],
    required: 2,
    kwOnly: 1,
  });
  const lo = ssize(loW);
  if (lo < 0) raiseValueError("lo must be non-negative");
  // hi goes through Argument Clinic's "Py_ssize_t(accept={int, NoneType})" converter.
  if (
    hiW !== None && typeof hiW !== "number" && typeof hiW !== "bigint" &&
    typeOf(hiW).lookup("__index__") === undefined
  ) {
    raiseTypeError(`argument should be integer or None, not '${typeOf(hiW).name}'`);
  }
  const hi = hiW === None ? lenOrBig(seq) : ssize(hiW);
  return { seq, x, lo, hi, key };
}

function itemAt(seq: W, i: number): W {
  if (seq instanceof PyList && seq.cls === listType && i < seq.items.length) return seq.items[i];
  return getItem(seq, i);
}

/** Index where x goes; `right` puts it after equal items. `x` is already a key when key is given. */
function search(seq: W, x: W, loW: number | bigint, hiW: number | bigint, key: W, right: boolean): W {
  if (typeof loW === "bigint" || typeof hiW === "bigint") {
    return searchBig(seq, x, BigInt(loW), BigInt(hiW), key, right);
  }
  let lo = loW, hi = hiW;
  while (lo < hi) {
    const mid = lo + Math.floor((hi - lo) / 2);
    let item = itemAt(seq, mid);
    if (key !== None) item = call(key, [item]);
    if (right ? lt(x, item) : lt(item, x)) {
      if (right) hi = mid;
      else lo = mid + 1;
    } else if (right) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** search() over indices past 2**53 (bisecting a huge range), in exact arithmetic. */
function searchBig(seq: W, x: W, lo: bigint, hi: bigint, key: W, right: boolean): W {
  while (lo < hi) {
    const mid = (lo + hi) / 2n;
    let item = getItem(seq, normIndex(mid));
    if (key !== None) item = call(key, [item]);
    if (right ? lt(x, item) : lt(item, x)) {
      if (right) hi = mid;
      else lo = mid + 1n;
    } else if (right) lo = mid + 1n;
    else hi = mid;
  }
  return normIndex(lo);
}
function normIndex(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

function bisectFn(name: string, right: boolean): MethodSpec {
  return {
    name,
    arity: [0, -1],
    kw: ["**"],
    impl: (a, k) => {
      const b = bounds(name, a, k);
      return search(b.seq, b.x, b.lo, b.hi, b.key, right);
    },
  };
}
function insortFn(name: string, right: boolean): MethodSpec {
  return {
    name,
    arity: [0, -1],
    kw: ["**"],
    impl: (a, k) => {
      const b = bounds(name, a, k);
      const probe = b.key === None ? b.x : call(b.key, [b.x]);
      const i = search(b.seq, probe, b.lo, b.hi, b.key, right);
      if (b.seq instanceof PyList && b.seq.cls === listType) b.seq.items.splice(i as number, 0, b.x);
      else callMethod(b.seq, "insert", [i, b.x]);
      return None;
    },
  };
}

export const bisectModule: NativeModuleDef = {
  name: "_bisect",
  doc:
    "Bisection algorithms.\n\nThis module provides support for maintaining a list in sorted order without\n" +
    "having to sort the list after each insertion. For long lists of items with\nexpensive comparison " +
    "operations, this can be an improvement over the more common\napproach.\n",
  functions: [
    bisectFn("bisect_right", true),
    bisectFn("bisect_left", false),
    insortFn("insort_right", true),
    insortFn("insort_left", false),
  ],
};
