// __del__ (CPython's tp_finalize) over a collector that tells nobody in time that an object died. V8 runs a
// FinalizationRegistry's callbacks only between jobs, and a Python program is one job, and what it hands
// them is a held value, never the dead object, so a finaliser that needs `self` cannot be one of those.
// Instead an instance of a class with a `__del__` (PyType.hasFinalizer) is tracked from its creation: its
// attributes live in a real `__dict__` (and its `__slots__` values in its slots array) that the tracking
// record shares, and a WeakRef watches the instance itself. Once the instance is found dead, a new instance of
// its class is made over that same dict and slots, with the same id(), and `__del__` runs on it, once
// (PEP 442: what `__del__` stores somewhere lives on without being finalised again). PyPy's finalisers run
// at a collection too, not when the last reference goes.
// An instance is found dead by gc.collect(), by a scan once so many are tracked (as CPython's collector
// runs on allocation counts), and at exit, where, after the atexit callbacks, the instances still
// alive are finalised too, oldest first, as CPython's shutdown finalises what the modules held.
// Instances of builtin layouts (subclasses of list, dict, exceptions…) keep their state in the object
// itself: nothing can be rebuilt once they are gone, so their `__del__` runs only if they live to the exit.
import {
  callBound,
  finalizerHooks,
  None,
  PyInstance,
  type PyObject,
  PyPlainInstance,
  type PyType,
  typeOf,
  type W,
} from "../objects/model.ts";
import { adoptId } from "../objects/object.ts";
import { repr } from "../objects/operations.ts";
import { generatorFinalizerHooks, generatorType, PyGenerator } from "../objects/generator.ts";
import type { Frame } from "../vm/frame.ts";
import { toPyError } from "../vm/errors.ts";
import { reportUnraisable } from "./unraisable.ts";
import { releaseJobHold } from "./weakref.ts";

/** An instance's `finalizerRecord`: no weak maps (V8's ephemerons made collections several times dearer). */
interface Tracked {
  ref: WeakRef<PyObject>;
  /** The instance's class (kept current by `retarget`). */
  cls: PyType;
  /** Its `__dict__` and `__slots__` storage, shared with it; null for what it does not have. */
  dict: PyObject | null;
  slots: (W | undefined)[] | null;
  /** Its id() once one was asked for (objects/object.ts objectId), else 0. */
  id: number;
  /** False for builtin layouts, which cannot be rebuilt once collected. */
  rebuildable: boolean;
  /** The finaliser has run (gc.is_finalized). */
  done: boolean;
  /** For a generator: its frame (which the generator reaches only weakly, frame.ts frameGenerator). */
  frame: Frame | null;
  /** The frame's position when the generator was made: it has started once it is elsewhere. */
  startPc: number;
  names: [string, string] | null;
}

/** In creation order (a Set keeps insertion order), which is also the order of the exit pass. */
const tracked = new Set<Tracked>();
/** Tracked creations since the job's hold on WeakRef targets last ended. */
let sinceRelease = 0;
/** The size of `tracked` that makes the next scan (it grows with what stays alive). */
let scanAt = 1024;
let running = false;

function track(w: PyObject): void {
  if (!(w instanceof PyInstance)) return;
  const o: PyInstance = w;
  const rebuildable = (o.constructor as unknown) === PyPlainInstance;
  // the attributes move into a dict the record shares
  if (rebuildable && o.cls.hasInstanceDict) o.ownDict();
  const t: Tracked = {
    ref: new WeakRef(o),
    cls: o.cls,
    dict: o.dictObject,
    slots: o.slots,
    id: 0,
    rebuildable,
    done: false,
    frame: null,
    startPc: 0,
    names: null,
  };
  o.finalizerRecord = t;
  add(t);
}

/**
 * A generator whose close() can run code (CPython closes a dropped one): the record keeps its frame, and
 * the frame reaches the generator only through a WeakRef, so that the generator can die.
 */
function trackGenerator(g: PyGenerator): void {
  const frame = g.frame;
  frame.genRef = new WeakRef(g);
  frame.gen = None;
  add({
    ref: new WeakRef(g),
    cls: g.cls,
    dict: null,
    slots: null,
    id: 0,
    rebuildable: true,
    done: false,
    frame,
    startPc: frame.pc,
    names: [g.name, g.qualname],
  });
}

function add(t: Tracked): void {
  tracked.add(t);
  // new WeakRefs hold their targets until the job's hold ends: often, or short-lived objects would
  // survive into V8's old generation
  if (++sinceRelease >= 128) {
    sinceRelease = 0;
    releaseJobHold();
  }
  if (tracked.size >= scanAt) scan();
}

/** A tracked instance's `__dict__` or class was replaced; an untracked one may have gained a finaliser. */
function retarget(o: PyObject): void {
  if (!(o instanceof PyInstance)) return;
  const t = o.finalizerRecord as Tracked | null;
  if (t === null) {
    if (typeOf(o).hasFinalizer()) track(o);
    return;
  }
  t.cls = o.cls;
  if (t.rebuildable && o.cls.hasInstanceDict) o.ownDict();
  t.dict = o.dictObject;
}

/** The instance a finaliser runs on, for one that is gone: its class over its dict and slots, its id. */
function rebuild(t: Tracked): PyObject {
  if (t.frame !== null) {
    // a generator over the same frame, owning it again
    const g = new PyGenerator(t.frame, generatorType);
    g.started = t.frame.pc !== t.startPc;
    [g.name, g.qualname] = t.names!;
    t.frame.gen = g;
    t.frame.genRef = null;
    return g;
  }
  const o = t.cls.factory(t.cls) as PyInstance;
  o.dictObject = t.dict;
  o.slots = t.slots;
  o.finalizerRecord = t;
  if (t.id !== 0) adoptId(o, t.id);
  return o;
}

function runFinalizer(o: PyObject, t: Tracked): void {
  if (t.done) return;
  t.done = true;
  if (o instanceof PyGenerator) {
    // CPython's _PyGen_Finalize: close(), an error reported as unraisable
    try {
      o.close();
    } catch (e) {
      reportUnraisable(`Exception ignored while closing generator ${safeRepr(o)}`, toPyError(e));
    }
    return;
  }
  const del = typeOf(o).lookup("__del__");
  if (del === undefined) return;
  try {
    callBound(del, o, []);
  } catch (e) {
    reportUnraisable(`Exception ignored while calling deallocator ${safeRepr(del)}`, toPyError(e));
  }
}

function safeRepr(w: W): string {
  try {
    return repr(w);
  } catch {
    return `<${typeOf(w).name} object>`;
  }
}

/** Finalise the tracked instances that died, oldest first; how many. */
function scan(): number {
  if (running) return 0;
  running = true;
  try {
    const dead: Tracked[] = [];
    for (const t of tracked) {
      if (t.ref.deref() !== undefined) continue;
      tracked.delete(t);
      if (t.rebuildable) dead.push(t);
    }
    for (const t of dead) runFinalizer(rebuild(t), t);
    scanAt = Math.max(1024, 2 * tracked.size);
    // what was made or looked at since may die by the next scan
    sinceRelease = 0;
    releaseJobHold();
    return dead.length;
  } finally {
    running = false;
  }
}

/** gc.collect()'s part, after V8's full collection: the finalisers of the tracked instances it took. */
export function runCollectedFinalizers(): number {
  return scan();
}

/** At exit, after the atexit callbacks: every tracked instance, dead or alive, oldest first. */
export function finalizeAtExit(): void {
  // a finaliser may create instances that need finalising: a few rounds, as CPython's repeated collections
  for (let round = 0; round < 4 && tracked.size > 0; round++) {
    const all = [...tracked];
    tracked.clear();
    for (const t of all) {
      const o = t.ref.deref() ?? (t.rebuildable ? rebuild(t) : undefined);
      if (o !== undefined) runFinalizer(o, t);
    }
  }
}

/** gc.is_finalized(obj). */
export function isFinalized(o: W): boolean {
  return o instanceof PyInstance && o.finalizerRecord !== null && (o.finalizerRecord as Tracked).done;
}

finalizerHooks.track = track;
finalizerHooks.retarget = retarget;
generatorFinalizerHooks.track = trackGenerator;
