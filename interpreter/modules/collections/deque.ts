// collections.deque (CPython's Modules/_collectionsmodule.c semantics) on a power-of-two ring buffer:
// O(1) appends and pops at both ends, O(1) indexing, maxlen trimming from the opposite end, iterators
// that detect mutation, CPython's reprs, comparisons, pickling and error messages.
import {
  call,
  callMethod,
  defineGetSets,
  defineMethods,
  defineNativeIterator,
  type Kwargs,
  newBool,
  None,
  NotImplemented,
  objectType,
  PyBool,
  PyInstance,
  PyNativeIterator,
  PyType,
  STOP_ITEM,
  typeOf,
  type W,
} from "../../objects/model.ts";
import { errorWithMessage, raiseIndexError, raiseTypeError, raiseValueError } from "../../vm/errors.ts";
import { newStr } from "../../objects/str.ts";
import { newTuple } from "../../objects/tuple.ts";
import { type CompareOp, eq, iter, next, repr, richCompare } from "../../objects/operations.ts";
import { reprEnter, reprLeave } from "../../objects/tuple.ts";
import { classGetItem } from "../../objects/genericalias.ts";
import { nativeType } from "../define.ts";
import { parseArgs } from "../native_args.ts";
import { allowWeakrefs } from "../weakref.ts";
import { matchFlags } from "../../vm/ops.ts";

export class PyDeque extends PyInstance {
  declare buf: W[];
  declare head: number;
  declare length: number;
  declare mask: number;
  /** -1 for unbounded. */
  declare maxlen: number;
  /** Bumped on every mutation that moves items, for iterators. */
  declare state: number;
  constructor(cls: PyType) {
    super(cls);
    this.buf = new Array(8);
    this.head = 0;
    this.length = 0;
    this.mask = 7;
    this.maxlen = -1;
    this.state = 0;
  }
  at(i: number): W {
    return this.buf[(this.head + i) & this.mask];
  }
  setAt(i: number, v: W): void {
    this.buf[(this.head + i) & this.mask] = v;
  }
  private grow(): void {
    const old = this.buf, n = this.length, cap = old.length;
    const buf = new Array(cap * 2);
    for (let i = 0; i < n; i++) buf[i] = old[(this.head + i) & this.mask];
    this.buf = buf;
    this.head = 0;
    this.mask = cap * 2 - 1;
  }
  pushRight(v: W): void {
    if (this.maxlen === 0) return;
    if (this.length === this.buf.length) this.grow();
    this.buf[(this.head + this.length) & this.mask] = v;
    this.length++;
    this.state++;
    if (this.maxlen >= 0 && this.length > this.maxlen) this.popLeft();
  }
  pushLeft(v: W): void {
    if (this.maxlen === 0) return;
    if (this.length === this.buf.length) this.grow();
    this.head = (this.head - 1) & this.mask;
    this.buf[this.head] = v;
    this.length++;
    this.state++;
    if (this.maxlen >= 0 && this.length > this.maxlen) this.popRight();
  }
  popRight(): W {
    if (this.length === 0) raiseIndexError("pop from an empty deque");
    const i = (this.head + this.length - 1) & this.mask;
    const v = this.buf[i];
    this.buf[i] = undefined as unknown as W;
    this.length--;
    this.state++;
    return v;
  }
  popLeft(): W {
    if (this.length === 0) raiseIndexError("pop from an empty deque");
    const v = this.buf[this.head];
    this.buf[this.head] = undefined as unknown as W;
    this.head = (this.head + 1) & this.mask;
    this.length--;
    this.state++;
    return v;
  }
  toArray(): W[] {
    const out: W[] = new Array(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.buf[(this.head + i) & this.mask];
    return out;
  }
  /** Replace the contents (keeps maxlen; the caller trims). */
  setItems(items: W[]): void {
    let cap = 8;
    while (cap < items.length) cap *= 2;
    const buf = new Array(cap);
    for (let i = 0; i < items.length; i++) buf[i] = items[i];
    this.buf = buf;
    this.head = 0;
    this.length = items.length;
    this.mask = cap - 1;
    this.state++;
  }
  clear(): void {
    this.setItems([]);
  }
  rotate(n: number): void {
    const len = this.length;
    if (len <= 1) return;
    let k = n % len;
    if (k < 0) k += len;
    if (k === 0) return;
    // Right rotation by k: the last k items move to the front.
    if (this.length === this.buf.length) {
      this.head = (this.head - k) & this.mask;
    } else {
      for (let i = 0; i < k; i++) {
        const v = this.buf[(this.head + this.length - 1) & this.mask];
        this.buf[(this.head + this.length - 1) & this.mask] = undefined as unknown as W;
        this.head = (this.head - 1) & this.mask;
        this.buf[this.head] = v;
      }
    }
    this.state++;
  }
}

export const dequeType: PyType = nativeType("collections", "deque", objectType, {
  factory: (cls) => new PyDeque(cls),
});
allowWeakrefs(dequeType);
matchFlags.sequence.add(dequeType);

function self(a: W[]): PyDeque {
  if (!(a[0] instanceof PyDeque)) raiseTypeError("descriptor requires a 'collections.deque' object");
  return a[0];
}

/** deque.extend: a snapshot when extending a deque with itself (CPython does the same). */
export function dequeExtend(d: PyDeque, iterable: W): void {
  if (iterable === d) {
    for (const v of d.toArray()) d.pushRight(v);
    return;
  }
  const it = iter(iterable);
  for (;;) {
    const v = next(it);
    if (v === STOP_ITEM) return;
    d.pushRight(v);
  }
}
function dequeExtendLeft(d: PyDeque, iterable: W): void {
  const items = iterable === d ? d.toArray() : null;
  if (items !== null) {
    for (const v of items) d.pushLeft(v);
    return;
  }
  const it = iter(iterable);
  for (;;) {
    const v = next(it);
    if (v === STOP_ITEM) return;
    d.pushLeft(v);
  }
}

/** Index argument of __getitem__/__setitem__/__delitem__/insert: integers only. */
function itemIndex(d: PyDeque, key: W, message = "deque index out of range"): number {
  let i: number;
  if (typeof key === "number") i = key;
  else if (key instanceof PyBool) i = key.value ? 1 : 0;
  else if (typeof key === "bigint") raiseIndexError(message);
  else {
    const idx = typeOf(key).lookup("__index__");
    if (idx === undefined) raiseTypeError(`sequence index must be integer, not '${typeOf(key).name}'`);
    return itemIndex(d, call(idx, [key]), message);
  }
  if (i < 0) i += d.length;
  if (i < 0 || i >= d.length) raiseIndexError(message);
  return i;
}
function plainIndex(w: W): number {
  if (typeof w === "number") return w;
  if (w instanceof PyBool) return w.value ? 1 : 0;
  if (typeof w === "bigint") return w > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  const idx = typeOf(w).lookup("__index__");
  if (idx === undefined) {
    raiseTypeError("slice indices must be integers or have an __index__ method");
  }
  return plainIndex(call(idx, [w]));
}

function deleteAt(d: PyDeque, i: number): void {
  const items = d.toArray();
  items.splice(i, 1);
  const maxlen = d.maxlen;
  d.setItems(items);
  d.maxlen = maxlen;
}

/** A copy as CPython's deque_copy: exact deques directly, subclasses through their constructor. */
function dequeCopy(d: PyDeque): W {
  if (d.cls === dequeType) {
    const c = new PyDeque(dequeType);
    c.maxlen = d.maxlen;
    c.setItems(d.toArray());
    return c;
  }
  const r = d.maxlen < 0 ? call(d.cls, [d]) : call(d.cls, [d, d.maxlen]);
  if (!(r instanceof PyDeque)) {
    raiseTypeError(`${tpName(d.cls)}() must return a deque, not ${typeOf(r).name}`);
  }
  return r;
}
function tpName(t: PyType): string {
  return t.isHeapType ? t.name : `${t.module}.${t.name}`;
}

function dequeRepr(d: PyDeque): string {
  const name = typeOf(d).name;
  if (!reprEnter(d)) return "[...]";
  let body: string;
  try {
    const parts: string[] = [];
    const items = d.toArray();
    for (const v of items) parts.push(repr(v));
    body = `[${parts.join(", ")}]`;
  } finally {
    reprLeave(d);
  }
  if (d.maxlen >= 0) return `${name}(${body}, maxlen=${d.maxlen})`;
  return `${name}(${body})`;
}

function compare(a: W[], op: CompareOp): W {
  const d = self(a);
  const other = a[1];
  if (!(other instanceof PyDeque)) return NotImplemented;
  const x = d.toArray(), y = other.toArray();
  if ((op === "==" || op === "!=") && x.length !== y.length) return newBool(op === "!=");
  let i = 0;
  for (; i < x.length && i < y.length; i++) if (!eq(x[i], y[i])) break;
  if (i >= x.length || i >= y.length) {
    const la = x.length, lb = y.length;
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
  return richCompare(x[i], y[i], op);
}

function repeatCount(w: W): number {
  if (typeof w === "number") return w;
  if (w instanceof PyBool) return w.value ? 1 : 0;
  if (typeof w === "bigint") {
    if (w < 0n) return 0;
    throw errorWithMessage("OverflowError", "cannot fit 'int' into an index-sized integer");
  }
  const idx = typeOf(w).lookup("__index__");
  if (idx === undefined) return -0.5; // marks "not an int": the caller returns NotImplemented
  return repeatCount(call(idx, [w]));
}
function inplaceRepeat(d: PyDeque, n: number): void {
  if (n <= 0) {
    d.clear();
    return;
  }
  const items = d.toArray();
  for (let k = 1; k < n; k++) {
    for (const v of items) d.pushRight(v);
    if (d.maxlen >= 0 && k * items.length >= d.maxlen) break;
  }
}

/** Count mutation-safe: CPython raises if the deque changes during the comparisons. */
function checkState(d: PyDeque, state: number): void {
  if (d.state !== state) throw errorWithMessage("RuntimeError", "deque mutated during iteration");
}

defineMethods(dequeType, [
  {
    name: "__new__",
    arity: [0, -1],
    kw: ["**"],
    kind: "static",
    impl: (a) => {
      const cls = a[0] as PyType;
      const d = cls.factory(cls);
      if (d instanceof PyInstance && cls.slotNames.length > 0) d.slots = new Array(cls.slotNames.length);
      return d;
    },
  },
  {
    name: "__init__",
    arity: [0, -1],
    kw: ["**"],
    impl: (a, k: Kwargs | null) => {
      const d = self(a);
      const [iterable, maxlenW = None] = parseArgs("deque", a, k, 1, {
        names: ["iterable", "maxlen"],
        required: 0,
      });
      let maxlen = -1;
      if (maxlenW !== None) {
        maxlen = plainMaxlen(maxlenW);
        if (maxlen < 0) raiseValueError("maxlen must be non-negative");
      }
      d.maxlen = maxlen;
      if (d.length > 0) d.clear();
      if (iterable !== undefined) dequeExtend(d, iterable);
      return None;
    },
  },
  {
    name: "append",
    arity: [1, 1],
    impl: (a) => {
      self(a).pushRight(a[1]);
      return None;
    },
  },
  {
    name: "appendleft",
    arity: [1, 1],
    impl: (a) => {
      self(a).pushLeft(a[1]);
      return None;
    },
  },
  { name: "pop", arity: [0, 0], impl: (a) => self(a).popRight() },
  { name: "popleft", arity: [0, 0], impl: (a) => self(a).popLeft() },
  {
    name: "extend",
    arity: [1, 1],
    impl: (a) => {
      dequeExtend(self(a), a[1]);
      return None;
    },
  },
  {
    name: "extendleft",
    arity: [1, 1],
    impl: (a) => {
      dequeExtendLeft(self(a), a[1]);
      return None;
    },
  },
  {
    name: "clear",
    arity: [0, 0],
    impl: (a) => {
      self(a).clear();
      return None;
    },
  },
  { name: "copy", arity: [0, 0], impl: (a) => dequeCopy(self(a)) },
  { name: "__copy__", arity: [0, 0], impl: (a) => dequeCopy(self(a)) },
  {
    name: "count",
    arity: [1, 1],
    impl: (a) => {
      const d = self(a);
      const state = d.state;
      let n = 0;
      for (let i = 0; i < d.length; i++) {
        const v = d.at(i);
        if (eq(v, a[1])) n++;
        checkState(d, state);
      }
      return n;
    },
  },
  {
    name: "index",
    arity: [1, 3],
    impl: (a) => {
      const d = self(a);
      let start = a.length > 2 ? plainIndex(a[2]) : 0;
      let stop = a.length > 3 ? plainIndex(a[3]) : d.length;
      if (start < 0) start = Math.max(0, start + d.length);
      if (stop < 0) stop = Math.max(0, stop + d.length);
      stop = Math.min(stop, d.length);
      const state = d.state;
      for (let i = start; i < stop; i++) {
        const v = d.at(i);
        const same = eq(v, a[1]);
        checkState(d, state);
        if (same) return i;
      }
      raiseValueError("deque.index(x): x not in deque");
    },
  },
  {
    name: "insert",
    arity: [2, 2],
    impl: (a) => {
      const d = self(a);
      let i = intArg(a[1]);
      if (d.maxlen >= 0 && d.length >= d.maxlen) raiseIndexError("deque already at its maximum size");
      const n = d.length;
      if (i < 0) i = Math.max(0, i + n);
      if (i > n) i = n;
      if (i === n) d.pushRight(a[2]);
      else if (i === 0) d.pushLeft(a[2]);
      else {
        const items = d.toArray();
        items.splice(i, 0, a[2]);
        const maxlen = d.maxlen;
        d.setItems(items);
        d.maxlen = maxlen;
      }
      return None;
    },
  },
  {
    name: "remove",
    arity: [1, 1],
    impl: (a) => {
      const d = self(a);
      const state = d.state;
      for (let i = 0; i < d.length; i++) {
        const same = eq(d.at(i), a[1]);
        // remove() reports the mutation as IndexError (count/index/__contains__: RuntimeError)
        if (d.state !== state) throw errorWithMessage("IndexError", "deque mutated during iteration");
        if (same) {
          deleteAt(d, i);
          return None;
        }
      }
      raiseValueError("deque.remove(x): x not in deque");
    },
  },
  {
    name: "reverse",
    arity: [0, 0],
    impl: (a) => {
      const d = self(a);
      const maxlen = d.maxlen;
      d.setItems(d.toArray().reverse());
      d.maxlen = maxlen;
      return None;
    },
  },
  {
    name: "rotate",
    arity: [0, 1],
    impl: (a) => {
      const d = self(a);
      const n = a.length > 1 ? intArg(a[1]) : 1;
      d.rotate(n);
      return None;
    },
  },
  { name: "__len__", arity: [0, 0], impl: (a) => self(a).length },
  { name: "__bool__", arity: [0, 0], impl: (a) => newBool(self(a).length > 0) },
  {
    name: "__contains__",
    arity: [1, 1],
    impl: (a) => {
      const d = self(a);
      const state = d.state;
      for (let i = 0; i < d.length; i++) {
        const same = eq(d.at(i), a[1]);
        checkState(d, state);
        if (same) return newBool(true);
      }
      return newBool(false);
    },
  },
  { name: "__getitem__", arity: [1, 1], impl: (a) => self(a).at(itemIndex(self(a), a[1])) },
  {
    name: "__setitem__",
    arity: [2, 2],
    impl: (a) => {
      const d = self(a);
      d.setAt(itemIndex(d, a[1], "deque index out of range"), a[2]);
      return None;
    },
  },
  {
    name: "__delitem__",
    arity: [1, 1],
    impl: (a) => {
      const d = self(a);
      deleteAt(d, itemIndex(d, a[1], "deque index out of range"));
      return None;
    },
  },
  { name: "__iter__", arity: [0, 0], impl: (a) => new PyDequeIterator(self(a), false) },
  { name: "__reversed__", arity: [0, 0], impl: (a) => new PyDequeIterator(self(a), true) },
  { name: "__repr__", arity: [0, 0], impl: (a) => newStr(dequeRepr(self(a))) },
  { name: "__lt__", arity: [1, 1], impl: (a) => compare(a, "<") },
  { name: "__le__", arity: [1, 1], impl: (a) => compare(a, "<=") },
  { name: "__eq__", arity: [1, 1], impl: (a) => compare(a, "==") },
  { name: "__ne__", arity: [1, 1], impl: (a) => compare(a, "!=") },
  { name: "__gt__", arity: [1, 1], impl: (a) => compare(a, ">") },
  { name: "__ge__", arity: [1, 1], impl: (a) => compare(a, ">=") },
  {
    name: "__add__",
    arity: [1, 1],
    impl: (a) => {
      const d = self(a);
      if (!(a[1] instanceof PyDeque)) {
        raiseTypeError(`can only concatenate deque (not "${typeOf(a[1]).name}") to deque`);
      }
      const c = dequeCopy(d) as PyDeque;
      dequeExtend(c, a[1]);
      return c;
    },
  },
  {
    name: "__iadd__",
    arity: [1, 1],
    impl: (a) => {
      dequeExtend(self(a), a[1]);
      return a[0];
    },
  },
  {
    name: "__mul__",
    arity: [1, 1],
    impl: (a) => {
      const n = repeatCount(a[1]);
      if (n === -0.5) return NotImplemented;
      const c = dequeCopy(self(a)) as PyDeque;
      inplaceRepeat(c, n);
      return c;
    },
  },
  {
    name: "__rmul__",
    arity: [1, 1],
    impl: (a) => {
      const n = repeatCount(a[1]);
      if (n === -0.5) return NotImplemented;
      const c = dequeCopy(self(a)) as PyDeque;
      inplaceRepeat(c, n);
      return c;
    },
  },
  {
    name: "__imul__",
    arity: [1, 1],
    impl: (a) => {
      const n = repeatCount(a[1]);
      if (n === -0.5) return NotImplemented;
      inplaceRepeat(self(a), n);
      return a[0];
    },
  },
  {
    name: "__reduce__",
    arity: [0, 0],
    impl: (a) => {
      // CPython's deque_reduce: the state of object.__getstate__ (instance dict and slots) and the
      // deque's own iterator (a subclass's __iter__ is used)
      const d = self(a);
      const state = callMethod(d, "__getstate__", []);
      const items = iter(d);
      const args = d.maxlen < 0 ? newTuple([]) : newTuple([newTuple([]), d.maxlen]);
      return newTuple([typeOf(d), args, state, items]);
    },
  },
  { name: "__sizeof__", arity: [0, 0], impl: (a) => 48 + 8 * self(a).buf.length },
  { name: "__class_getitem__", arity: [1, 1], kind: "class", impl: (a) => classGetItem(a[0], a[1]) },
]);
dequeType.dict.set("__hash__", None);
dequeType.mutated();
defineGetSets(dequeType, [
  {
    name: "maxlen",
    get: (d) => ((d as PyDeque).maxlen < 0 ? None : (d as PyDeque).maxlen),
  },
]);

/** maxlen: an int (PyLong_AsSsize_t: no __index__ fallback message of its own). */
function plainMaxlen(w: W): number {
  if (typeof w === "number") return w;
  if (w instanceof PyBool) return w.value ? 1 : 0;
  if (typeof w === "bigint") {
    throw errorWithMessage("OverflowError", "Python int too large to convert to C ssize_t");
  }
  const idx = typeOf(w).lookup("__index__");
  if (idx === undefined) raiseTypeError("an integer is required");
  return plainMaxlen(call(idx, [w]));
}
/** An ssize_t argument (rotate's n, insert's index). */
function intArg(w: W): number {
  if (typeof w === "number") return w;
  if (w instanceof PyBool) return w.value ? 1 : 0;
  if (typeof w === "bigint") {
    throw errorWithMessage("OverflowError", "Python int too large to convert to C ssize_t");
  }
  const idx = typeOf(w).lookup("__index__");
  if (idx === undefined) raiseTypeError(`'${typeOf(w).name}' object cannot be interpreted as an integer`);
  return intArg(call(idx, [w]));
}

// ---------------------------------------------------------------- iterators

export const dequeIteratorType: PyType = nativeType("collections", "_deque_iterator", objectType, {
  flags: 0,
});
export const dequeReverseIteratorType: PyType = nativeType(
  "collections",
  "_deque_reverse_iterator",
  objectType,
  {
    flags: 0,
  },
);
class PyDequeIterator extends PyNativeIterator {
  declare deque: PyDeque;
  declare index: number;
  declare state: number;
  declare counter: number;
  declare reversed: boolean;
  constructor(d: PyDeque, reversed: boolean) {
    super();
    this.cls = reversed ? dequeReverseIteratorType : dequeIteratorType;
    this.deque = d;
    this.reversed = reversed;
    this.index = 0;
    this.state = d.state;
    this.counter = d.length;
  }
  nextItem(): W {
    const d = this.deque;
    if (d.state !== this.state) {
      this.counter = 0;
      throw errorWithMessage("RuntimeError", "deque mutated during iteration");
    }
    if (this.counter === 0) return STOP_ITEM;
    const i = this.index++;
    this.counter--;
    return this.reversed ? d.at(d.length - 1 - i) : d.at(i);
  }
}
for (const t of [dequeIteratorType, dequeReverseIteratorType]) {
  defineNativeIterator(t);
  defineMethods(t, [
    { name: "__length_hint__", arity: [0, 0], impl: (a) => (a[0] as PyDequeIterator).counter },
    {
      // (type, (deque, items already consumed)): __new__ skips that many again
      name: "__reduce__",
      arity: [0, 0],
      impl: (a) => {
        const it = a[0] as PyDequeIterator;
        return newTuple([typeOf(it), newTuple([it.deque, it.deque.length - it.counter])]);
      },
    },
  ]);
}
defineMethods(dequeIteratorType, [
  {
    name: "__new__",
    arity: [2, 3],
    kind: "static",
    impl: (a) => iteratorFromArgs(a, false),
  },
]);
defineMethods(dequeReverseIteratorType, [
  {
    name: "__new__",
    arity: [2, 3],
    kind: "static",
    impl: (a) => iteratorFromArgs(a, true),
  },
]);
/** _deque_iterator(deque, index=0): an iterator advanced by `index` (as used by pickling). */
function iteratorFromArgs(a: W[], reversed: boolean): W {
  const d = a[1];
  if (!(d instanceof PyDeque)) raiseTypeError(`argument 1 must be collections.deque, not ${typeOf(d).name}`);
  const it = new PyDequeIterator(d, reversed);
  const n = a.length > 2 ? Math.min(plainIndex(a[2]), d.length) : 0;
  for (let i = 0; i < n; i++) it.nextItem();
  return it;
}
