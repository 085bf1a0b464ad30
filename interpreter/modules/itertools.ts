// itertools: CPython 3.14's Modules/itertoolsmodule.c as native iterators (no pickling: 3.14 removed
// __reduce__/__setstate__ from these types).
import {
  call,
  call1,
  defineMethods,
  defineNativeIterator,
  False,
  type Kwargs,
  type MethodSpec,
  None,
  objectType,
  PyBool,
  PyNativeIterator,
  type PyObject,
  PyType,
  STOP_ITEM,
  TypeFlags,
  typeOf,
  type W,
} from "../objects/model.ts";
import { errorWithMessage, raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { add, eq, isTrue, iter, iterateToArray, next, repr } from "../objects/operations.ts";
import { newTuple } from "../objects/tuple.ts";
import { newStr } from "../objects/str.ts";
import { PyFloat } from "../objects/float.ts";
import { PyComplex } from "../objects/complex.ts";
import { type NativeModuleDef, nativeType } from "./define.ts";
import { noKeywords, parseArgs } from "./native_args.ts";
import { classGetItem } from "../objects/genericalias.ts";

const STOP = STOP_ITEM;

/** Declare an itertools type: constructor via __new__(cls, *args, **kw), iterator protocol, extras. */
function iterType(
  name: string,
  factory: (cls: PyType) => PyObject,
  construct: (cls: PyType, args: W[], kw: Kwargs | null) => W,
  extra: MethodSpec[] = [],
): PyType {
  const t = nativeType("itertools", name, objectType, { factory });
  ITERTOOLS_TYPES.set(name, t);
  defineMethods(t, [
    {
      name: "__new__",
      arity: [0, -1],
      kw: ["**"],
      kind: "static",
      impl: (a, k) => {
        const cls = a[0];
        if (!(cls instanceof PyType)) raiseTypeError(`${name}.__new__(X): X is not a type object`);
        return construct(cls, a, k);
      },
    },
    ...extra,
  ]);
  defineNativeIterator(t);
  return t;
}
const classGetItemSpec: MethodSpec = {
  name: "__class_getitem__",
  arity: [1, 1],
  kind: "class",
  impl: (a) => classGetItem(a[0], a[1]),
};

/** ssize_t arguments (r, n, times…): ints only, as CPython's index conversion for these. */
function ssize(w: W, what = ""): number {
  if (typeof w === "number") return w;
  if (typeof w === "bigint") {
    throw errorWithMessage("OverflowError", "Python int too large to convert to C ssize_t");
  }
  if (w instanceof PyBool) return w.value ? 1 : 0;
  const idx = typeOf(w).lookup("__index__");
  if (idx === undefined) {
    raiseTypeError(`'${typeOf(w).name}' object cannot be interpreted as an integer${what}`);
  }
  return ssize(call(idx, [w]));
}

/**
 * CPython's `(type == X || type->tp_init == X->tp_init) && _PyArg_NoKeywords(...)`: the exact type and
 * subclasses that keep object's __init__ refuse keywords; a subclass with its own __init__ takes them there.
 */
function noKeywordsFor(name: string, cls: PyType, k: Kwargs | null): void {
  if (k === null || k.names.length === 0) return;
  const base = ITERTOOLS_TYPES.get(name);
  if (base !== undefined && cls !== base && cls.lookup("__init__") !== base.lookup("__init__")) return;
  noKeywords(name, k);
}
const ITERTOOLS_TYPES = new Map<string, PyType>();
const SSIZE_MAX = (1n << 63n) - 1n;

/** A Py_ssize_t argument whose magnitude may exceed 2**53 (sys.maxsize as islice's step): such values
 * act as "unreachable" and are clamped to the safe-integer range; beyond Py_ssize_t, OverflowError. */
function ssizeClamped(w: W): number {
  if (typeof w === "number") return w;
  if (typeof w === "bigint") {
    if (w > SSIZE_MAX || w < -SSIZE_MAX - 1n) ssize(w);
    return w < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  }
  if (w instanceof PyBool) return w.value ? 1 : 0;
  const idx = typeOf(w).lookup("__index__");
  if (idx === undefined) raiseTypeError(`'${typeOf(w).name}' object cannot be interpreted as an integer`);
  return ssizeClamped(call(idx, [w]));
}

// ---------------------------------------------------------------- count

class PyCount extends PyNativeIterator {
  declare cnt: W;
  declare step: W;
  constructor(cls: PyType, start: W, step: W) {
    super();
    this.cls = cls;
    this.cnt = start;
    this.step = step;
  }
  nextItem(): W {
    const v = this.cnt;
    this.cnt = typeof v === "number" && typeof this.step === "number" && Number.isSafeInteger(v + this.step)
      ? v + this.step
      : add(v, this.step);
    return v;
  }
}
function isNumber(w: W): boolean {
  if (typeof w !== "object") return true;
  if (w instanceof PyFloat || w instanceof PyComplex || w instanceof PyBool) return true;
  const t = typeOf(w);
  return t.lookup("__index__") !== undefined || t.lookup("__float__") !== undefined ||
    t.lookup("__int__") !== undefined || t.lookup("__complex__") !== undefined;
}
export const countType: PyType = iterType(
  "count",
  (cls) => new PyCount(cls, 0, 1),
  (cls, a, k) => {
    const [start = 0, step = 1] = parseArgs("count", a, k, 1, { names: ["start", "step"], required: 0 });
    if (!isNumber(start) || !isNumber(step)) raiseTypeError("a number is required");
    return new PyCount(cls, start, step);
  },
  [{
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => {
      const c = a[0] as PyCount;
      const name = typeOf(c).name;
      if (typeof c.step === "number" && c.step === 1) return newStr(`${name}(${repr(c.cnt)})`);
      return newStr(`${name}(${repr(c.cnt)}, ${repr(c.step)})`);
    },
  }],
);

// ---------------------------------------------------------------- cycle, repeat

class PyCycle extends PyNativeIterator {
  declare it: W | null;
  declare saved: W[];
  declare index: number;
  constructor(cls: PyType, it: W | null) {
    super();
    this.cls = cls;
    this.it = it;
    this.saved = [];
    this.index = 0;
  }
  nextItem(): W {
    if (this.it !== null) {
      const v = next(this.it);
      if (v !== STOP) {
        this.saved.push(v);
        return v;
      }
      this.it = null;
    }
    if (this.saved.length === 0) return STOP;
    const v = this.saved[this.index];
    this.index = this.index + 1 === this.saved.length ? 0 : this.index + 1;
    return v;
  }
}
export const cycleType: PyType = iterType("cycle", (cls) => new PyCycle(cls, null), (cls, a, k) => {
  noKeywordsFor("cycle", cls, k);
  const [it] = parseArgs("cycle", a, null, 1, { names: ["iterable"], required: 1, posOnly: 1 });
  return new PyCycle(cls, iter(it));
});

class PyRepeat extends PyNativeIterator {
  declare element: W;
  /** Remaining count, or -1 for forever. */
  declare cnt: number;
  constructor(cls: PyType, element: W, cnt: number) {
    super();
    this.cls = cls;
    this.element = element;
    this.cnt = cnt;
  }
  nextItem(): W {
    if (this.cnt === 0) return STOP;
    if (this.cnt > 0) this.cnt--;
    return this.element;
  }
}
export const repeatType: PyType = iterType(
  "repeat",
  (cls) => new PyRepeat(cls, None, 0),
  (cls, a, k) => {
    const [element, times] = parseArgs("repeat", a, k, 1, { names: ["object", "times"], required: 1 });
    let cnt = -1;
    if (times !== undefined) cnt = Math.max(0, ssize(times));
    return new PyRepeat(cls, element, cnt);
  },
  [
    {
      name: "__repr__",
      arity: [0, 0],
      impl: (a) => {
        const r = a[0] as PyRepeat;
        const name = typeOf(r).name;
        return newStr(r.cnt < 0 ? `${name}(${repr(r.element)})` : `${name}(${repr(r.element)}, ${r.cnt})`);
      },
    },
    {
      name: "__length_hint__",
      arity: [0, 0],
      impl: (a) => {
        const r = a[0] as PyRepeat;
        if (r.cnt < 0) raiseTypeError("len() of unsized object");
        return r.cnt;
      },
    },
  ],
);

// ---------------------------------------------------------------- accumulate, batched

class PyAccumulate extends PyNativeIterator {
  declare it: W;
  declare func: W;
  declare total: W | undefined;
  declare initial: W | undefined;
  constructor(cls: PyType, it: W, func: W, initial: W | undefined) {
    super();
    this.cls = cls;
    this.it = it;
    this.func = func;
    this.total = undefined;
    this.initial = initial;
  }
  nextItem(): W {
    if (this.initial !== undefined) {
      this.total = this.initial;
      this.initial = undefined;
      return this.total;
    }
    const v = next(this.it);
    if (v === STOP) return STOP;
    if (this.total === undefined) this.total = v;
    else this.total = this.func === None ? add(this.total, v) : call(this.func, [this.total, v]);
    return this.total;
  }
}
export const accumulateType: PyType = iterType(
  "accumulate",
  (cls) => new PyAccumulate(cls, None, None, undefined),
  (cls, a, k) => {
    const [iterable, func = None, initial = None] = parseArgs("accumulate", a, k, 1, {
      names: ["iterable", "func", "initial"],
      required: 1,
      kwOnly: 1,
    });
    return new PyAccumulate(cls, iter(iterable), func, initial === None ? undefined : initial);
  },
);

class PyBatched extends PyNativeIterator {
  declare it: W | null;
  declare n: number;
  declare strict: boolean;
  constructor(cls: PyType, it: W | null, n: number, strict: boolean) {
    super();
    this.cls = cls;
    this.it = it;
    this.n = n;
    this.strict = strict;
  }
  nextItem(): W {
    if (this.it === null) return STOP;
    const items: W[] = [];
    for (let i = 0; i < this.n; i++) {
      const v = next(this.it);
      if (v === STOP) break;
      items.push(v);
    }
    if (items.length < this.n) {
      this.it = null;
      if (items.length === 0) return STOP;
      if (this.strict) raiseValueError("batched(): incomplete batch");
    }
    return newTuple(items);
  }
}
export const batchedType: PyType = iterType(
  "batched",
  (cls) => new PyBatched(cls, null, 1, false),
  (cls, a, k) => {
    const [iterable, n, strict = False] = parseArgs("batched", a, k, 1, {
      names: ["iterable", "n", "strict"],
      required: 2,
      kwOnly: 1,
    });
    const size = ssize(n);
    if (size < 1) raiseValueError("n must be at least one");
    return new PyBatched(cls, iter(iterable), size, isTrue(strict));
  },
);

// ---------------------------------------------------------------- chain, compress, *while, filterfalse

class PyChain extends PyNativeIterator {
  declare source: W | null;
  declare active: W | null;
  constructor(cls: PyType, source: W | null) {
    super();
    this.cls = cls;
    this.source = source;
    this.active = null;
  }
  nextItem(): W {
    for (;;) {
      if (this.active === null) {
        if (this.source === null) return STOP;
        const nextIterable = next(this.source);
        if (nextIterable === STOP) {
          this.source = null;
          return STOP;
        }
        this.active = iter(nextIterable);
      }
      const v = next(this.active);
      if (v !== STOP) return v;
      this.active = null;
    }
  }
}
export const chainType: PyType = iterType("chain", (cls) => new PyChain(cls, null), (cls, a, k) => {
  noKeywordsFor("chain", cls, k);
  return new PyChain(cls, iter(newTuple(a.slice(1))));
}, [
  {
    name: "from_iterable",
    arity: [1, 1],
    kind: "class",
    impl: (a) => new PyChain(a[0] as PyType, iter(a[1])),
  },
  classGetItemSpec,
]);

class PyCompress extends PyNativeIterator {
  declare data: W;
  declare selectors: W;
  constructor(cls: PyType, data: W, selectors: W) {
    super();
    this.cls = cls;
    this.data = data;
    this.selectors = selectors;
  }
  nextItem(): W {
    for (;;) {
      const d = next(this.data);
      if (d === STOP) return STOP;
      const s = next(this.selectors);
      if (s === STOP) return STOP;
      if (isTrue(s)) return d;
    }
  }
}
export const compressType: PyType = iterType(
  "compress",
  (cls) => new PyCompress(cls, None, None),
  (cls, a, k) => {
    const [data, selectors] = parseArgs("compress", a, k, 1, { names: ["data", "selectors"], required: 2 });
    return new PyCompress(cls, iter(data), iter(selectors));
  },
);

class PyDropWhile extends PyNativeIterator {
  declare pred: W;
  declare it: W;
  declare dropping: boolean;
  constructor(cls: PyType, pred: W, it: W) {
    super();
    this.cls = cls;
    this.pred = pred;
    this.it = it;
    this.dropping = true;
  }
  nextItem(): W {
    for (;;) {
      const v = next(this.it);
      if (v === STOP) return STOP;
      if (!this.dropping) return v;
      if (!isTrue(call1(this.pred, v))) {
        this.dropping = false;
        return v;
      }
    }
  }
}
class PyTakeWhile extends PyNativeIterator {
  declare pred: W;
  declare it: W;
  declare stopped: boolean;
  constructor(cls: PyType, pred: W, it: W) {
    super();
    this.cls = cls;
    this.pred = pred;
    this.it = it;
    this.stopped = false;
  }
  nextItem(): W {
    if (this.stopped) return STOP;
    const v = next(this.it);
    if (v === STOP) return STOP;
    if (isTrue(call1(this.pred, v))) return v;
    this.stopped = true;
    return STOP;
  }
}
class PyFilterFalse extends PyNativeIterator {
  declare func: W;
  declare it: W;
  constructor(cls: PyType, func: W, it: W) {
    super();
    this.cls = cls;
    this.func = func;
    this.it = it;
  }
  nextItem(): W {
    for (;;) {
      const v = next(this.it);
      if (v === STOP) return STOP;
      const ok = this.func === None || this.func === boolTypeRef ? isTrue(v) : isTrue(call1(this.func, v));
      if (!ok) return v;
    }
  }
}
const boolTypeRef: PyType = typeOf(False);
function twoArgs(name: string, cls: PyType, a: W[], k: Kwargs | null): [W, W] {
  noKeywordsFor(name, cls, k);
  const [x, y] = parseArgs(name, a, null, 1, { names: ["predicate", "iterable"], required: 2, posOnly: 2 });
  return [x, y];
}
export const dropwhileType: PyType = iterType(
  "dropwhile",
  (cls) => new PyDropWhile(cls, None, None),
  (cls, a, k) => {
    const [p, it] = twoArgs("dropwhile", cls, a, k);
    return new PyDropWhile(cls, p, iter(it));
  },
);
export const takewhileType: PyType = iterType(
  "takewhile",
  (cls) => new PyTakeWhile(cls, None, None),
  (cls, a, k) => {
    const [p, it] = twoArgs("takewhile", cls, a, k);
    return new PyTakeWhile(cls, p, iter(it));
  },
);
export const filterfalseType: PyType = iterType(
  "filterfalse",
  (cls) => new PyFilterFalse(cls, None, None),
  (cls, a, k) => {
    const [p, it] = twoArgs("filterfalse", cls, a, k);
    return new PyFilterFalse(cls, p, iter(it));
  },
);

// ---------------------------------------------------------------- groupby

class PyGroupBy extends PyNativeIterator {
  declare it: W;
  declare keyfunc: W;
  declare tgtkey: W | undefined;
  declare currkey: W | undefined;
  declare currvalue: W | undefined;
  declare currgrouper: PyGrouper | null;
  constructor(cls: PyType, it: W, keyfunc: W) {
    super();
    this.cls = cls;
    this.it = it;
    this.keyfunc = keyfunc;
    this.tgtkey = undefined;
    this.currkey = undefined;
    this.currvalue = undefined;
    this.currgrouper = null;
  }
  /** Advance the underlying iterator; false at its end. */
  step(): boolean {
    const v = next(this.it);
    if (v === STOP) return false;
    const key = this.keyfunc === None ? v : call1(this.keyfunc, v);
    this.currvalue = v;
    this.currkey = key;
    return true;
  }
  nextItem(): W {
    this.currgrouper = null;
    // Skip to the next key.
    for (;;) {
      if (this.currkey === undefined) {
        if (!this.step()) return STOP;
      } else if (this.tgtkey === undefined) break;
      else {
        // PyObject_RichCompareBool: identity first; the keys may change under a re-entrant __eq__.
        if (!eq(this.tgtkey, this.currkey)) break;
        if (!this.step()) return STOP;
      }
    }
    this.tgtkey = this.currkey;
    const g = new PyGrouper(this, this.tgtkey!);
    this.currgrouper = g;
    return newTuple([this.currkey!, g]);
  }
}
class PyGrouper extends PyNativeIterator {
  declare parent: PyGroupBy;
  declare tgtkey: W;
  constructor(parent: PyGroupBy, tgtkey: W) {
    super();
    this.cls = grouperType;
    this.parent = parent;
    this.tgtkey = tgtkey;
  }
  nextItem(): W {
    const gbo = this.parent;
    if (gbo.currgrouper !== this) return STOP;
    if (gbo.currvalue === undefined) {
      if (!gbo.step()) return STOP;
    }
    if (!eq(this.tgtkey, gbo.currkey!)) return STOP;
    // A re-entrant __eq__ may have consumed the value meanwhile: then the group ends here, as in CPython.
    const r = gbo.currvalue;
    if (r === undefined) return STOP;
    gbo.currvalue = undefined;
    gbo.currkey = undefined;
    return r;
  }
}
export const groupbyType: PyType = iterType(
  "groupby",
  (cls) => new PyGroupBy(cls, None, None),
  (cls, a, k) => {
    const [iterable, key = None] = parseArgs("groupby", a, k, 1, { names: ["iterable", "key"], required: 1 });
    return new PyGroupBy(cls, iter(iterable), key);
  },
);
const grouperType: PyType = nativeType("itertools", "_grouper", objectType, { flags: 0 });
defineNativeIterator(grouperType);

// ---------------------------------------------------------------- islice, pairwise, starmap

class PyISlice extends PyNativeIterator {
  declare it: W | null;
  declare nextIndex: number;
  /** -1 for no stop. */
  declare stop: number;
  declare step: number;
  declare cnt: number;
  constructor(cls: PyType, it: W | null, start: number, stop: number, step: number) {
    super();
    this.cls = cls;
    this.it = it;
    this.nextIndex = start;
    this.stop = stop;
    this.step = step;
    this.cnt = 0;
  }
  nextItem(): W {
    const it = this.it;
    if (it === null) return STOP;
    while (this.cnt < this.nextIndex) {
      const v = next(it);
      if (v === STOP) {
        this.it = null;
        return STOP;
      }
      this.cnt++;
    }
    if (this.stop !== -1 && this.cnt >= this.stop) {
      this.it = null;
      return STOP;
    }
    const v = next(it);
    if (v === STOP) {
      this.it = null;
      return STOP;
    }
    this.cnt++;
    const old = this.nextIndex;
    this.nextIndex += this.step;
    if (this.nextIndex < old || (this.stop !== -1 && this.nextIndex > this.stop)) this.nextIndex = this.stop;
    return v;
  }
}
/** CPython's islice argument checks: unconvertible or -1 stop → "Stop argument", other negatives → "Indices". */
function isliceIndex(w: W, unconvertible: string): number {
  if (w === None) return -1;
  let v: number;
  try {
    v = ssizeClamped(w);
  } catch (e) {
    if (e instanceof Object && "value" in e) raiseValueError(unconvertible);
    throw e;
  }
  if (v === -1 && unconvertible === STOP_MSG) raiseValueError(STOP_MSG);
  if (v < 0) raiseValueError(INDEX_MSG);
  return v;
}
const STOP_MSG = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
const INDEX_MSG = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
export const isliceType: PyType = iterType(
  "islice",
  (cls) => new PyISlice(cls, null, 0, -1, 1),
  (cls, a, k) => {
    noKeywordsFor("islice", cls, k);
    const n = a.length - 1;
    if (n < 2) raiseTypeError(`islice expected at least 2 arguments, got ${n}`);
    if (n > 4) raiseTypeError(`islice expected at most 4 arguments, got ${n}`);
    const it = a[1];
    let start = 0, stop: number, step = 1;
    if (n === 2) stop = isliceIndex(a[2], STOP_MSG);
    else {
      start = a[2] === None ? 0 : isliceIndex(a[2], INDEX_MSG);
      stop = isliceIndex(a[3], STOP_MSG);
      if (n === 4 && a[4] !== None) {
        let s: number;
        try {
          s = ssizeClamped(a[4]);
        } catch (e) {
          if (e instanceof Object && "value" in e) s = -1;
          else throw e;
        }
        if (s < 1) raiseValueError("Step for islice() must be a positive integer or None.");
        step = s;
      }
    }
    return new PyISlice(cls, iter(it), start, stop, step);
  },
);

class PyPairwise extends PyNativeIterator {
  declare it: W | null;
  declare old: W | undefined;
  constructor(cls: PyType, it: W | null) {
    super();
    this.cls = cls;
    this.it = it;
    this.old = undefined;
  }
  nextItem(): W {
    let it = this.it;
    if (it === null) return STOP;
    // `old` is read once: a re-entrant next() during the calls below may move this.old on (CPython keeps
    // its own reference the same way), and may exhaust the iterator.
    let old = this.old;
    if (old === undefined) {
      old = next(it);
      if (old === STOP) {
        this.it = null;
        this.old = undefined;
        return STOP;
      }
      this.old = old;
      it = this.it;
      if (it === null) {
        this.old = undefined;
        return STOP;
      }
    }
    const v = next(it);
    if (v === STOP) {
      this.it = null;
      this.old = undefined;
      return STOP;
    }
    this.old = v;
    return newTuple([old, v]);
  }
}
export const pairwiseType: PyType = iterType("pairwise", (cls) => new PyPairwise(cls, null), (cls, a, k) => {
  noKeywordsFor("pairwise", cls, k);
  const [it] = parseArgs("pairwise", a, null, 1, { names: ["iterable"], required: 1, posOnly: 1 });
  return new PyPairwise(cls, iter(it));
});

class PyStarmap extends PyNativeIterator {
  declare func: W;
  declare it: W;
  constructor(cls: PyType, func: W, it: W) {
    super();
    this.cls = cls;
    this.func = func;
    this.it = it;
  }
  nextItem(): W {
    const args = next(this.it);
    if (args === STOP) return STOP;
    return call(this.func, iterateToArray(args).slice());
  }
}
export const starmapType: PyType = iterType(
  "starmap",
  (cls) => new PyStarmap(cls, None, None),
  (cls, a, k) => {
    noKeywordsFor("starmap", cls, k);
    const [f, it] = parseArgs("starmap", a, null, 1, {
      names: ["function", "iterable"],
      required: 2,
      posOnly: 2,
    });
    return new PyStarmap(cls, f, iter(it));
  },
);

// ---------------------------------------------------------------- tee

interface TeeLink {
  value: W;
  next: TeeLink | null;
}
interface TeeSource {
  it: W;
  running: boolean;
}
class PyTee extends PyNativeIterator {
  declare source: TeeSource;
  /** The last link this tee has consumed (a sentinel at first). */
  declare link: TeeLink;
  constructor(source: TeeSource, link: TeeLink) {
    super();
    this.cls = teeType;
    this.source = source;
    this.link = link;
  }
  nextItem(): W {
    let nxt = this.link.next;
    if (nxt === null) {
      const src = this.source;
      if (src.running) raiseRuntimeError("cannot re-enter the tee iterator");
      src.running = true;
      let v: W;
      try {
        v = next(src.it);
      } finally {
        src.running = false;
      }
      if (v === STOP) return STOP;
      // Another tee may have appended meanwhile only through re-entry, which is refused above.
      nxt = { value: v, next: null };
      this.link.next = nxt;
    }
    this.link = nxt;
    return nxt.value;
  }
  copy(): PyTee {
    return new PyTee(this.source, this.link);
  }
}
function raiseRuntimeError(message: string): never {
  throw errorWithMessage("RuntimeError", message);
}
function teeFromIterable(iterable: W): PyTee {
  const it = iter(iterable);
  if (it instanceof PyTee) return it.copy();
  return new PyTee({ it, running: false }, { value: None, next: null });
}
// (weakly referenceable: CPython's tee objects keep a weakreflist)
const teeType: PyType = nativeType("itertools", "_tee", objectType, { flags: TypeFlags.WEAKREFABLE });
defineMethods(teeType, [
  {
    name: "__new__",
    arity: [2, 2],
    kind: "static",
    impl: (a) => teeFromIterable(a[1]),
  },
  { name: "__copy__", arity: [0, 0], impl: (a) => (a[0] as PyTee).copy() },
]);
defineNativeIterator(teeType);

/** tee(iterable, n=2): since 3.13 (gh-123884) every result is a fresh _tee, even for a tee or an
 * iterator with __copy__, so the results are independent objects. */
function tee(a: W[]): W {
  const n = a.length > 1 ? ssize(a[1]) : 2;
  if (n < 0) raiseValueError("n must be >= 0");
  if (n === 0) return newTuple([]);
  const first = teeFromIterable(a[0]);
  const out: W[] = [first];
  for (let i = 1; i < n; i++) out.push(first.copy());
  return newTuple(out);
}

// ---------------------------------------------------------------- zip_longest

class PyZipLongest extends PyNativeIterator {
  declare its: (W | null)[];
  declare active: number;
  declare fill: W;
  constructor(cls: PyType, its: W[], fill: W) {
    super();
    this.cls = cls;
    this.its = its;
    this.active = its.length;
    this.fill = fill;
  }
  nextItem(): W {
    if (this.its.length === 0 || this.active === 0) return STOP;
    const items: W[] = new Array(this.its.length);
    for (let i = 0; i < this.its.length; i++) {
      const it = this.its[i];
      if (it === null) {
        items[i] = this.fill;
        continue;
      }
      const v = next(it);
      if (v === STOP) {
        this.active--;
        if (this.active === 0) return STOP;
        this.its[i] = null;
        items[i] = this.fill;
      } else items[i] = v;
    }
    return newTuple(items);
  }
}
export const zipLongestType: PyType = iterType(
  "zip_longest",
  (cls) => new PyZipLongest(cls, [], None),
  (cls, a, k) => {
    let fill: W = None;
    if (k !== null) {
      for (let i = 0; i < k.names.length; i++) {
        if (k.names[i] !== "fillvalue") {
          raiseTypeError("zip_longest() got an unexpected keyword argument");
        }
        fill = k.values[i];
      }
    }
    return new PyZipLongest(cls, a.slice(1).map(iter), fill);
  },
);

// ---------------------------------------------------------------- combinatorics

class PyProduct extends PyNativeIterator {
  declare pools: W[][];
  declare indices: number[] | null;
  declare first: boolean;
  constructor(cls: PyType, pools: W[][]) {
    super();
    this.cls = cls;
    this.pools = pools;
    this.indices = pools.some((p) => p.length === 0) ? null : pools.map(() => 0);
    this.first = true;
  }
  nextItem(): W {
    const idx = this.indices;
    if (idx === null) return STOP;
    const pools = this.pools;
    if (this.first) {
      this.first = false;
      return newTuple(pools.map((p) => p[0]));
    }
    let i = pools.length - 1;
    for (; i >= 0; i--) {
      idx[i]++;
      if (idx[i] < pools[i].length) break;
      idx[i] = 0;
    }
    if (i < 0) {
      this.indices = null;
      return STOP;
    }
    return newTuple(idx.map((j, k) => pools[k][j]));
  }
}
export const productType: PyType = iterType("product", (cls) => new PyProduct(cls, []), (cls, a, k) => {
  let repeat = 1;
  if (k !== null) {
    for (let i = 0; i < k.names.length; i++) {
      if (k.names[i] !== "repeat") {
        raiseTypeError("product() got an unexpected keyword argument '" + k.names[i] + "'");
      }
      repeat = ssize(k.values[i]);
    }
  }
  if (repeat < 0) raiseValueError("repeat argument cannot be negative");
  const base = a.slice(1).map((x) => iterateToArray(x).slice());
  const pools: W[][] = [];
  for (let r = 0; r < repeat; r++) pools.push(...base);
  return new PyProduct(cls, pools);
});

class PyCombinations extends PyNativeIterator {
  declare pool: W[];
  declare r: number;
  declare indices: number[] | null;
  declare first: boolean;
  declare withReplacement: boolean;
  constructor(cls: PyType, pool: W[], r: number, withReplacement: boolean) {
    super();
    this.cls = cls;
    this.pool = pool;
    this.r = r;
    this.withReplacement = withReplacement;
    const n = pool.length;
    if (withReplacement) this.indices = r > 0 && n === 0 ? null : new Array(r).fill(0);
    else this.indices = r > n ? null : Array.from({ length: r }, (_, i) => i);
    this.first = true;
  }
  nextItem(): W {
    const idx = this.indices;
    if (idx === null) return STOP;
    const pool = this.pool, r = this.r, n = pool.length;
    if (this.first) {
      this.first = false;
      return newTuple(idx.map((j) => pool[j]));
    }
    let i = r - 1;
    if (this.withReplacement) {
      while (i >= 0 && idx[i] === n - 1) i--;
      if (i < 0) {
        this.indices = null;
        return STOP;
      }
      const v = idx[i] + 1;
      for (let j = i; j < r; j++) idx[j] = v;
    } else {
      while (i >= 0 && idx[i] === i + n - r) i--;
      if (i < 0) {
        this.indices = null;
        return STOP;
      }
      idx[i]++;
      for (let j = i + 1; j < r; j++) idx[j] = idx[j - 1] + 1;
    }
    return newTuple(idx.map((j) => pool[j]));
  }
}
function combinationsNew(name: string, withReplacement: boolean) {
  return (cls: PyType, a: W[], k: Kwargs | null) => {
    const [iterable, rw] = parseArgs(name, a, k, 1, { names: ["iterable", "r"], required: 2 });
    const r = ssize(rw);
    if (r < 0) raiseValueError("r must be non-negative");
    return new PyCombinations(cls, iterateToArray(iterable).slice(), r, withReplacement);
  };
}
export const combinationsType: PyType = iterType(
  "combinations",
  (cls) => new PyCombinations(cls, [], 0, false),
  combinationsNew("combinations", false),
);
export const combinationsWithReplacementType: PyType = iterType(
  "combinations_with_replacement",
  (cls) => new PyCombinations(cls, [], 0, true),
  combinationsNew("combinations_with_replacement", true),
);

class PyPermutations extends PyNativeIterator {
  declare pool: W[];
  declare r: number;
  declare indices: number[];
  declare cycles: number[];
  declare state: 0 | 1 | 2; // 0 first, 1 running, 2 done
  constructor(cls: PyType, pool: W[], r: number) {
    super();
    this.cls = cls;
    this.pool = pool;
    this.r = r;
    const n = pool.length;
    this.indices = Array.from({ length: n }, (_, i) => i);
    this.cycles = Array.from({ length: r }, (_, i) => n - i);
    this.state = r > n ? 2 : 0;
  }
  nextItem(): W {
    if (this.state === 2) return STOP;
    const pool = this.pool, r = this.r, n = pool.length, idx = this.indices, cycles = this.cycles;
    if (this.state === 0) {
      this.state = 1;
      return newTuple(idx.slice(0, r).map((j) => pool[j]));
    }
    if (n === 0) {
      this.state = 2;
      return STOP;
    }
    let i = r - 1;
    for (; i >= 0; i--) {
      cycles[i]--;
      if (cycles[i] === 0) {
        const x = idx[i];
        for (let j = i; j < n - 1; j++) idx[j] = idx[j + 1];
        idx[n - 1] = x;
        cycles[i] = n - i;
      } else {
        const j = cycles[i];
        const t = idx[i];
        idx[i] = idx[n - j];
        idx[n - j] = t;
        break;
      }
    }
    if (i < 0) {
      this.state = 2;
      return STOP;
    }
    return newTuple(idx.slice(0, r).map((j) => pool[j]));
  }
}
export const permutationsType: PyType = iterType(
  "permutations",
  (cls) => new PyPermutations(cls, [], 0),
  (cls, a, k) => {
    const [iterable, rw = None] = parseArgs("permutations", a, k, 1, {
      names: ["iterable", "r"],
      required: 1,
    });
    const pool = iterateToArray(iterable).slice();
    const r = rw === None ? pool.length : ssize(rw);
    if (r < 0) raiseValueError("r must be non-negative");
    return new PyPermutations(cls, pool, r);
  },
);

// ---------------------------------------------------------------- the module

export const itertoolsModule: NativeModuleDef = {
  name: "itertools",
  doc: "Functional tools for creating and using iterators.",
  functions: [
    {
      name: "tee",
      arity: [1, 2],
      impl: (a) => tee(a),
    },
  ],
  types: [
    accumulateType,
    batchedType,
    chainType,
    combinationsType,
    combinationsWithReplacementType,
    compressType,
    countType,
    cycleType,
    dropwhileType,
    filterfalseType,
    groupbyType,
    isliceType,
    pairwiseType,
    permutationsType,
    productType,
    repeatType,
    starmapType,
    takewhileType,
    zipLongestType,
    ["_grouper", grouperType],
    ["_tee", teeType],
  ],
};
