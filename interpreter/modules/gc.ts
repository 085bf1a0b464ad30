// gc: the interface of CPython's cycle collector over a runtime whose memory is managed by V8. There are
// no generations: collect() runs gc.callbacks ("start"/"stop" with CPython's info dict), a full V8
// collection (weakref.ts collectNow) and the callbacks of the weak references it cleared, and returns 0. Thresholds,
// debug flags and the enabled flag are kept and reported back. Queries that need the object graph
// (get_objects, get_referrers, get_referents) raise NotImplementedError naming the reason.
import { False, type Kwargs, None, True, typeOf, type W } from "../objects/model.ts";
import { newStr, PyStr } from "../objects/str.ts";
import { newTuple } from "../objects/tuple.ts";
import { newList, type PyList } from "../objects/list.ts";
import { PyDict } from "../objects/dict.ts";
import { PyFloat } from "../objects/float.ts";
import { asInt } from "../objects/int.ts";
import { call } from "../objects/model.ts";
import { raiseNotImplementedError, raiseTypeError, raiseValueError, toPyError } from "../vm/errors.ts";
import { collectNow, runPendingWeakrefCallbacks } from "./weakref.ts";
import { isFinalized, runCollectedFinalizers } from "./finalizers.ts";
import { checkArgs } from "./time.ts";
import { reportUnraisable } from "./unraisable.ts";
import type { NativeModuleDef } from "./define.ts";
import { PyBytes } from "../objects/bytes.ts";
import { PyComplex } from "../objects/complex.ts";

const DEBUG = { STATS: 1, COLLECTABLE: 2, UNCOLLECTABLE: 4, SAVEALL: 32, LEAK: 38 };

const gcState = {
  enabled: true,
  debug: 0,
  thresholds: [2000, 10, 0],
  collections: [0, 0, 0],
  callbacks: null as PyList | null,
  garbage: null as PyList | null,
};

function cIntArg(w: W): number {
  const v = asInt(w);
  if (v === undefined) raiseTypeError(`'${typeOf(w).name}' object cannot be interpreted as an integer`);
  return Number(v);
}

function isAtomic(w: W): boolean {
  return typeof w !== "object" || w === None || w === True || w === False || w instanceof PyStr ||
    w instanceof PyFloat || w instanceof PyBytes || w instanceof PyComplex;
}

/** CPython 3.14's gc.is_tracked as far as it is observable: atomic values are untracked, containers
 * (dicts included, which 3.14 no longer untracks) and instances are tracked. */
function isTracked(w: W): boolean {
  return !isAtomic(w);
}

function runCallbacks(phase: string, generation: number): void {
  const cbs = gcState.callbacks;
  if (cbs === null || cbs.items.length === 0) return;
  const info = new PyDict();
  info.setStr("generation", generation);
  info.setStr("collected", 0);
  info.setStr("uncollectable", 0);
  for (const cb of cbs.items.slice()) {
    try {
      call(cb, [newStr(phase), info]);
    } catch (e) {
      reportUnraisable(`Exception ignored in garbage collector callback ${phase}`, toPyError(e));
    }
  }
}

/**
 * gc.collect(): a full V8 collection where the launcher allows one (weakref.ts collectNow), then the
 * callbacks of the weak references whose referents died. The count of objects freed is not known: 0.
 */
export function collect(generation = 2): number {
  runCallbacks("start", generation);
  gcState.collections[generation]++;
  // CPython's order: the weak references of the garbage are cleared (callbacks run), then finalisers run.
  // What those let go of is garbage too, which CPython's reference counts free at once: a few more rounds
  // while callbacks or finalisers ran
  for (let round = 0; round < 4; round++) {
    const collected = collectNow();
    if (runPendingWeakrefCallbacks() + runCollectedFinalizers() === 0 || !collected) break;
  }
  runCallbacks("stop", generation);
  return 0;
}

const noGraph = (what: string) =>
  raiseNotImplementedError(
    `gc.${what}() is not supported: objects live in the JavaScript heap, whose collector does not expose the object graph`,
  );

function fn(name: string, style: "noargs" | "o" | "parse", min: number, max: number, impl: (a: W[]) => W) {
  const qual = `gc.${name}`;
  return {
    name,
    arity: [0, -1] as [number, number],
    kw: ["**"],
    impl: (a: W[], kw: Kwargs | null) => {
      checkArgs(qual, style, a, kw, min, max);
      return impl(a);
    },
  };
}

export const gcModule: NativeModuleDef = {
  name: "gc",
  doc: "This module provides access to the garbage collector for reference cycles.\n\n" +
    "enable() -- Enable automatic garbage collection.\n" +
    "disable() -- Disable automatic garbage collection.\n" +
    "isenabled() -- Returns true if automatic collection is enabled.\n" +
    "collect() -- Do a full collection right now.\n" +
    "get_count() -- Return the current collection counts.\n" +
    "get_stats() -- Return list of dictionaries containing per-generation stats.\n" +
    "set_debug() -- Set debugging flags.\n" +
    "get_debug() -- Get debugging flags.\n" +
    "set_threshold() -- Set the collection thresholds.\n" +
    "get_threshold() -- Return the current collection thresholds.\n" +
    "get_objects() -- Return a list of all objects tracked by the collector.\n" +
    "is_tracked() -- Returns true if a given object is tracked.\n" +
    "is_finalized() -- Returns true if a given object has been already finalized.\n" +
    "get_referrers() -- Return the list of objects that refer to an object.\n" +
    "get_referents() -- Return the list of objects that an object refers to.\n" +
    "freeze() -- Freeze all tracked objects and ignore them for future collections.\n" +
    "unfreeze() -- Unfreeze all objects in the permanent generation.\n" +
    "get_freeze_count() -- Return the number of objects in the permanent generation.\n",
  functions: [
    fn("enable", "noargs", 0, 0, () => {
      gcState.enabled = true;
      return None;
    }),
    fn("disable", "noargs", 0, 0, () => {
      gcState.enabled = false;
      return None;
    }),
    fn("isenabled", "noargs", 0, 0, () => (gcState.enabled ? True : False)),
    {
      name: "collect",
      arity: [0, 1],
      kw: ["generation"],
      impl: (a) => {
        const g = a[0] === undefined ? 2 : cIntArg(a[0]);
        if (g < 0 || g > 2) raiseValueError("invalid generation");
        return collect(g);
      },
    },
    fn("get_count", "noargs", 0, 0, () => newTuple([0, 0, 0])),
    fn("get_threshold", "noargs", 0, 0, () => newTuple(gcState.thresholds.slice())),
    {
      name: "set_threshold",
      arity: [0, -1],
      impl: (a) => {
        if (a.length < 1 || a.length > 3) raiseTypeError("gc.set_threshold requires 1 to 3 arguments");
        a.forEach((w, i) => (gcState.thresholds[i] = cIntArg(w)));
        return None;
      },
    },
    fn("get_debug", "noargs", 0, 0, () => gcState.debug),
    fn("set_debug", "o", 1, 1, (a) => {
      gcState.debug = cIntArg(a[0]);
      return None;
    }),
    fn("get_stats", "noargs", 0, 0, () =>
      newList(gcState.collections.map((n) => {
        const d = new PyDict();
        d.setStr("collections", n);
        d.setStr("collected", 0);
        d.setStr("uncollectable", 0);
        return d;
      }))),
    fn("is_tracked", "o", 1, 1, (a) => (isTracked(a[0]) ? True : False)),
    fn("is_finalized", "o", 1, 1, (a) => isFinalized(a[0]) ? True : False),
    {
      name: "get_objects",
      arity: [0, 1],
      kw: ["generation"],
      impl: (a) => {
        if (a[0] !== undefined && a[0] !== None) {
          const g = cIntArg(a[0]);
          if (g >= 3) {
            raiseValueError(`generation parameter must be less than the number of available generations (3)`);
          }
          if (g < 0) raiseValueError("generation parameter cannot be negative");
        }
        return noGraph("get_objects");
      },
    },
    { name: "get_referrers", arity: [0, -1], impl: () => noGraph("get_referrers") },
    { name: "get_referents", arity: [0, -1], impl: () => noGraph("get_referents") },
    fn("freeze", "noargs", 0, 0, () => None),
    fn("unfreeze", "noargs", 0, 0, () => None),
    fn("get_freeze_count", "noargs", 0, 0, () => 0),
  ],
  values: () => {
    gcState.callbacks ??= newList([]);
    gcState.garbage ??= newList([]);
    return {
      callbacks: gcState.callbacks,
      garbage: gcState.garbage,
      DEBUG_STATS: DEBUG.STATS,
      DEBUG_COLLECTABLE: DEBUG.COLLECTABLE,
      DEBUG_UNCOLLECTABLE: DEBUG.UNCOLLECTABLE,
      DEBUG_SAVEALL: DEBUG.SAVEALL,
      DEBUG_LEAK: DEBUG.LEAK,
    };
  },
};
