// set and frozenset: CPython's open-addressing table (linear probes of 9, then perturbed probing, dummy
// entries for deletions, resize at 60% fill) so that iteration order — visible in every repr — matches
// CPython for keys with deterministic hashes (ints, floats, tuples of them). The algorithms for the set
// operations follow CPython's choices of which side to iterate, for the same reason.
import {
  builtinType,
  defineMethods,
  defineNativeIterator,
  dictType,
  getAttrOrUndefined,
  type Kwargs,
  listType,
  newBool,
  None,
  NotImplemented,
  objectType,
  PyInstance,
  PyNativeIterator,
  PyType,
  STOP_ITEM,
  strType,
  tupleType,
  TypeFlags,
  typeOf,
  type W,
} from "./model.ts";
import { newStr, PyStr } from "./str.ts";
import { hashHi, hashParts, newTuple, PyTuple, reprEnter, reprLeave, splitHash } from "./tuple.ts";
import { newList, PyList } from "./list.ts";
import { nativeConstructors } from "./type.ts";
import { eq, hash, iter, next, repr, STOP } from "./operations.ts";
import { exceptionTypes } from "./exceptions.ts";
import { errorWithMessage, PyError, raiseKeyError, raiseRuntimeError, raiseTypeError } from "../vm/errors.ts";
import { PyDict } from "./dict.ts";
import { builtinNamed, knownHashEntries } from "./iterstate.ts";

type Hash = number | bigint;

export const setType: PyType = builtinType("set", objectType, { factory: (cls) => new PySet(cls) });
export const frozensetType: PyType = builtinType("frozenset", objectType, {
  factory: (cls) => new PyFrozenSet(cls),
});

const MINSIZE = 8;
const LINEAR_PROBES = 9;
/** Marks a deleted slot (CPython's dummy key with hash -1). */
const DUMMY: W = Object.freeze(new (class SetDummy {})()) as unknown as W;

/**
 * The hash of a set element as two int32 halves (tuple.ts hashParts): the low one returned, the high one
 * left in `hashHi`, to be read before anything else hashes. No bigint is made for a 64-bit hash.
 */
function keyHash(k: W): number {
  if (
    typeof k === "number" || (k instanceof PyStr && k.cls === strType) ||
    (k instanceof PyTuple && k.cls === tupleType)
  ) return hashParts(k);
  const fn = typeOf(k).lookup("__hash__");
  if (fn === undefined || fn === None) {
    raiseTypeError(`cannot use '${typeOf(k).name}' as a set element (unhashable type: '${typeOf(k).name}')`);
  }
  return splitHash(hash(k));
}
function keysEqual(a: W, b: W): boolean {
  if (a instanceof PyStr && b instanceof PyStr && a.cls === strType && b.cls === strType) {
    return a.value === b.value;
  }
  return eq(a, b);
}

/** A fresh table of MINSIZE slots (literals: packed arrays, no holes to check on reads). */
function emptyKeys(): (W | undefined)[] {
  return [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined];
}
function emptyHashes(): number[] {
  return [0, 0, 0, 0, 0, 0, 0, 0];
}

/** Common layout of set and frozenset. */
export abstract class PyAnySet extends PyInstance {
  // `declare` fields assigned in the constructor (model.ts PyInstance says why): sets are made often
  declare tkeys: (W | undefined)[];
  /** The entries' hashes as int32 halves (CPython's probe sequence runs on their unsigned values). */
  declare tlo: number[];
  declare thi: number[];
  declare mask: number;
  declare fill: number;
  declare used: number;
  /** Where pop() resumes its scan. */
  declare finger: number;
  /** Cached frozenset hash. */
  declare hashCache: Hash | null;
  constructor(cls: PyType) {
    super(cls);
    this.clearTable();
    this.finger = 0;
  }

  get size(): number {
    return this.used;
  }

  /** Slot holding `key`, or -1 (CPython's set_lookkey). */
  lookup(key: W, lo: number, hi: number): number {
    for (;;) {
      const keys = this.tkeys, los = this.tlo, his = this.thi, mask = this.mask;
      let plo = lo >>> 0, phi = hi >>> 0;
      let i = plo & mask;
      let restart = false;
      search: for (;;) {
        let j = i;
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
          const k = keys[j];
          if (k === undefined) return -1;
          if (k !== DUMMY && los[j] === lo && his[j] === hi) {
            if (k === key) return j;
            const r = keysEqual(k, key);
            if (this.tkeys !== keys || keys[j] !== k) {
              restart = true;
              break search;
            }
            if (r) return j;
          }
          j++;
        } while (probes-- > 0);
        plo = ((plo >>> 5) | (phi << 27)) >>> 0;
        phi = phi >>> 5;
        i = (i * 5 + 1 + plo) & mask;
      }
      if (!restart) return -1;
    }
  }

  /** Add with a known hash (set_add_entry); true when the key was new. */
  addEntry(key: W, lo: number, hi: number): boolean {
    for (;;) {
      const keys = this.tkeys, los = this.tlo, his = this.thi;
      let mask = this.mask;
      let plo = lo >>> 0, phi = hi >>> 0;
      let i = plo & mask;
      let freeslot = -1;
      let restart = false;
      search: for (;;) {
        let j = i;
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
          const k = keys[j];
          if (k === undefined) {
            if (freeslot >= 0) {
              keys[freeslot] = key;
              los[freeslot] = lo;
              his[freeslot] = hi;
              this.used++;
              return true;
            }
            keys[j] = key;
            los[j] = lo;
            his[j] = hi;
            this.fill++;
            this.used++;
            if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
            return true;
          }
          if (k === DUMMY) {
            if (freeslot < 0) freeslot = j;
          } else if (los[j] === lo && his[j] === hi) {
            if (k === key) return false;
            const r = keysEqual(k, key);
            if (r) return false;
            if (this.tkeys !== keys || keys[j] !== k) {
              restart = true;
              break search;
            }
            mask = this.mask;
          }
          j++;
        } while (probes-- > 0);
        plo = ((plo >>> 5) | (phi << 27)) >>> 0;
        phi = phi >>> 5;
        i = (i * 5 + 1 + plo) & mask;
      }
      if (!restart) return false;
    }
  }

  /** Rebuild the table with the smallest power-of-two size above `minused`, in old-table order. */
  resize(minused: number): void {
    let size = MINSIZE;
    while (size <= minused) size *= 2;
    const oldKeys = this.tkeys, oldLo = this.tlo, oldHi = this.thi;
    // filled by a loop: cheaper than Array.prototype.fill for tables this small (most sets are)
    const keys = new Array<W | undefined>(size), los = new Array<number>(size), his = new Array<number>(size);
    for (let i = 0; i < size; i++) {
      keys[i] = undefined;
      los[i] = 0;
      his[i] = 0;
    }
    this.tkeys = keys;
    this.tlo = los;
    this.thi = his;
    this.mask = size - 1;
    this.fill = this.used;
    for (let i = 0; i < oldKeys.length; i++) {
      const k = oldKeys[i];
      if (k !== undefined && k !== DUMMY) this.insertClean(k, oldLo[i], oldHi[i]);
    }
  }
  /** Insert a key known to be absent into a table without dummies. */
  private insertClean(key: W, lo: number, hi: number): void {
    const keys = this.tkeys, mask = this.mask;
    let plo = lo >>> 0, phi = hi >>> 0;
    let i = plo & mask;
    for (;;) {
      if (keys[i] === undefined) {
        keys[i] = key;
        this.tlo[i] = lo;
        this.thi[i] = hi;
        return;
      }
      if (i + LINEAR_PROBES <= mask) {
        for (let j = i + 1; j <= i + LINEAR_PROBES; j++) {
          if (keys[j] === undefined) {
            keys[j] = key;
            this.tlo[j] = lo;
            this.thi[j] = hi;
            return;
          }
        }
      }
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi = phi >>> 5;
      i = (i * 5 + 1 + plo) & mask;
    }
  }

  /** Remove with a known hash; true when found. */
  discardEntry(key: W, lo: number, hi: number): boolean {
    const j = this.lookup(key, lo, hi);
    if (j < 0) return false;
    this.tkeys[j] = DUMMY;
    this.tlo[j] = -1;
    this.thi[j] = -1;
    this.used--;
    return true;
  }

  has(key: W): boolean {
    const lo = hashForLookup(key);
    return this.lookup(key, lo, hashHi) >= 0;
  }
  add(key: W): void {
    const lo = keyHash(key);
    this.addEntry(key, lo, hashHi);
  }
  discard(key: W): boolean {
    const lo = hashForLookup(key);
    return this.discardEntry(key, lo, hashHi);
  }
  /** The elements in table (iteration) order. */
  items(): W[] {
    const out: W[] = [];
    const keys = this.tkeys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k !== undefined && k !== DUMMY) out.push(k);
    }
    return out;
  }
  clearTable(): void {
    this.tkeys = emptyKeys();
    this.tlo = emptyHashes();
    this.thi = emptyHashes();
    this.mask = MINSIZE - 1;
    this.fill = 0;
    this.used = 0;
    this.hashCache = null;
  }
  /** Exchange contents with another set (CPython's set_swap_bodies). */
  swapBodies(o: PyAnySet): void {
    [this.tkeys, o.tkeys] = [o.tkeys, this.tkeys];
    [this.tlo, o.tlo] = [o.tlo, this.tlo];
    [this.thi, o.thi] = [o.thi, this.thi];
    [this.mask, o.mask] = [o.mask, this.mask];
    [this.fill, o.fill] = [o.fill, this.fill];
    [this.used, o.used] = [o.used, this.used];
    [this.hashCache, o.hashCache] = [o.hashCache, this.hashCache];
  }
}

export class PySet extends PyAnySet {
  constructor(cls: PyType = setType) {
    super(cls);
  }
}
export class PyFrozenSet extends PyAnySet {
  constructor(cls: PyType = frozensetType) {
    super(cls);
  }
}

export function isAnySet(w: W): w is PyAnySet {
  return w instanceof PyAnySet;
}

/** hash(key), but a set key is looked up as the equal frozenset (CPython's set_contains). */
function hashForLookup(key: W): number {
  try {
    return keyHash(key);
  } catch (e) {
    if (key instanceof PySet && e instanceof PyError && e.matches(exceptionTypes.TypeError)) {
      return keyHash(frozenCopy(key));
    }
    throw e;
  }
}
/** The key to use after hashForLookup (the frozenset twin of a set key), with its hash halves. */
function lookupKey(key: W): [W, number, number] {
  try {
    const lo = keyHash(key);
    return [key, lo, hashHi];
  } catch (e) {
    if (key instanceof PySet && e instanceof PyError && e.matches(exceptionTypes.TypeError)) {
      const f = frozenCopy(key);
      const lo = keyHash(f);
      return [f, lo, hashHi];
    }
    throw e;
  }
}
function frozenCopy(s: PyAnySet): PyFrozenSet {
  const f = new PyFrozenSet();
  setMerge(f, s);
  return f;
}

// ---------------------------------------------------------------- construction and update

export function newSet(items?: W[]): PySet {
  const s = new PySet();
  if (items !== undefined) { for (let i = 0; i < items.length; i++) s.add(items[i]); }
  return s;
}
export function newFrozenSet(items?: W[]): PyFrozenSet {
  const s = new PyFrozenSet();
  if (items !== undefined) { for (let i = 0; i < items.length; i++) s.add(items[i]); }
  return s;
}
/** set(iterable) (empty for undefined). */
export function newSetFrom(iterable: W | undefined): PySet {
  const s = new PySet();
  if (iterable !== undefined) setUpdate(s, iterable);
  return s;
}

/** A new empty set of the builtin base type of `cls` (make_new_set_basetype). */
function newOfBase(cls: PyType, iterable?: W): PyAnySet {
  const s = cls.isSubtypeOf(setType) ? new PySet() : new PyFrozenSet();
  if (iterable !== undefined) setUpdate(s, iterable);
  return s;
}
function copyOf(s: PyAnySet): PyAnySet {
  return newOfBase(s.cls, s);
}

function setMerge(so: PyAnySet, other: PyAnySet): void {
  if (other === so || other.used === 0) return;
  if ((so.fill + other.used) * 5 >= so.mask * 3) so.resize((so.used + other.used) * 2);
  const okeys = other.tkeys, olo = other.tlo, ohi = other.thi;
  if (so.fill === 0 && so.mask === other.mask && other.fill === other.used) {
    so.tkeys = okeys.slice();
    so.tlo = olo.slice();
    so.thi = ohi.slice();
    so.fill = other.fill;
    so.used = other.used;
    return;
  }
  for (let i = 0; i < okeys.length; i++) {
    const k = okeys[i];
    if (k !== undefined && k !== DUMMY) so.addEntry(k, olo[i], ohi[i]);
  }
}

/** An exact dict's keys with their stored hash halves (a snapshot: the loop may change the dict). */
function dictEntriesWithHash(d: PyDict): [W, number, number][] {
  const out: [W, number, number][] = [];
  d.forEachWithHash((k, lo, hi) => void out.push([k, lo, hi]));
  return out;
}

/** set |= iterable (set_update_internal). */
export function setUpdate(so: PyAnySet, other: W): void {
  if (other instanceof PyAnySet) return setMerge(so, other);
  if (other instanceof PyDict && other.cls === dictType) {
    const n = other.used;
    if ((so.fill + n) * 5 >= so.mask * 3) so.resize((so.used + n) * 2);
    other.forEachWithHash((k, lo, hi) => void so.addEntry(k, lo, hi));
    return;
  }
  if (other instanceof PyTuple && other.cls === tupleType) {
    const items = other.items;
    for (let i = 0; i < items.length; i++) {
      const k = items[i];
      so.addEntry(k, keyHash(k), hashHi);
    }
    return;
  }
  if (other instanceof PyList && other.cls === listType) {
    // as its iterator would: the length is read again at every step (a key's __hash__ or __eq__ may
    // change the list)
    for (let i = 0; i < other.items.length; i++) {
      const k = other.items[i];
      so.addEntry(k, keyHash(k), hashHi);
    }
    return;
  }
  const it = iter(other);
  for (;;) {
    const k = next(it);
    if (k === STOP) return;
    const lo = keyHash(k);
    so.addEntry(k, lo, hashHi);
  }
}

/** The entries with their hash halves: [key, lo, hi]. */
function entries(s: PyAnySet): [W, number, number][] {
  const out: [W, number, number][] = [];
  for (let i = 0; i < s.tkeys.length; i++) {
    const k = s.tkeys[i];
    if (k !== undefined && k !== DUMMY) out.push([k, s.tlo[i], s.thi[i]]);
  }
  return out;
}
knownHashEntries.of = (w) =>
  w instanceof PyAnySet && (w.cls === setType || w.cls === frozensetType) ? entries(w) : undefined;

function setIntersection(so: PyAnySet, other: W): PyAnySet {
  if (so === other) return copyOf(so);
  const result = newOfBase(so.cls);
  if (other instanceof PyAnySet) {
    let a: PyAnySet = so, b: PyAnySet = other;
    if (b.used > a.used) [a, b] = [b, a];
    for (const [k, lo, hi] of entries(b)) if (a.lookup(k, lo, hi) >= 0) result.addEntry(k, lo, hi);
    return result;
  }
  const it = iter(other);
  for (;;) {
    const k = next(it);
    if (k === STOP) return result;
    const lo = keyHash(k), hi = hashHi;
    if (so.lookup(k, lo, hi) >= 0) result.addEntry(k, lo, hi);
  }
}

export function setDifferenceUpdate(so: PyAnySet, other: W): void {
  if (so === other) {
    so.clearTable();
    return;
  }
  if (other instanceof PyAnySet) {
    const src = other.used >> 3 > so.used ? setIntersection(so, other) : other;
    for (const [k, lo, hi] of entries(src)) so.discardEntry(k, lo, hi);
  } else {
    const it = iter(other);
    for (;;) {
      const k = next(it);
      if (k === STOP) break;
      const lo = keyHash(k);
      so.discardEntry(k, lo, hashHi);
    }
  }
  if (so.fill - so.used > so.mask >> 2) so.resize(so.used > 50000 ? so.used * 2 : so.used * 4);
}

function setDifference(so: PyAnySet, other: W): PyAnySet {
  let otherSize: number;
  if (other instanceof PyAnySet) otherSize = other.used;
  else if (other instanceof PyDict && other.cls === dictType) otherSize = other.used;
  else {
    const r = copyOf(so);
    setDifferenceUpdate(r, other);
    return r;
  }
  if (so.used >> 2 > otherSize) {
    const r = copyOf(so);
    setDifferenceUpdate(r, other);
    return r;
  }
  const result = newOfBase(so.cls);
  for (const [k, lo, hi] of entries(so)) {
    const inOther = other instanceof PyAnySet
      ? other.lookup(k, lo, hi) >= 0
      : (other as PyDict).indexOfKnownHash(k, lo, hi) >= 0;
    if (!inOther) result.addEntry(k, lo, hi);
  }
  return result;
}

export function setSymmetricDifferenceUpdate(so: PyAnySet, other: W): void {
  if (so === other) {
    so.clearTable();
    return;
  }
  let src: PyAnySet;
  if (other instanceof PyDict && other.cls === dictType) {
    for (const [k, lo, hi] of dictEntriesWithHash(other)) {
      if (!so.discardEntry(k, lo, hi)) so.addEntry(k, lo, hi);
    }
    return;
  }
  if (other instanceof PyAnySet) src = other;
  else src = newOfBase(so.cls, other);
  for (const [k, lo, hi] of entries(src)) if (!so.discardEntry(k, lo, hi)) so.addEntry(k, lo, hi);
}

function setSymmetricDifference(so: PyAnySet, other: W): PyAnySet {
  const r = newOfBase(so.cls, other);
  setSymmetricDifferenceUpdate(r, so);
  return r;
}

function isSubset(so: PyAnySet, other: W): boolean {
  if (!(other instanceof PyAnySet)) return isSubset(so, newSetFrom(other));
  if (so.used > other.used) return false;
  for (const [k, lo, hi] of entries(so)) if (other.lookup(k, lo, hi) < 0) return false;
  return true;
}
function isSuperset(so: PyAnySet, other: W): boolean {
  if (other instanceof PyAnySet) return isSubset(other, so);
  const it = iter(other);
  for (;;) {
    const k = next(it);
    if (k === STOP) return true;
    if (!so.has(k)) return false;
  }
}
function isDisjoint(so: PyAnySet, other: W): boolean {
  if (so === other) return so.used === 0;
  if (other instanceof PyAnySet) {
    let a: PyAnySet = so, b: PyAnySet = other;
    if (b.used > a.used) [a, b] = [b, a];
    for (const [k, lo, hi] of entries(b)) if (a.lookup(k, lo, hi) >= 0) return false;
    return true;
  }
  const it = iter(other);
  for (;;) {
    const k = next(it);
    if (k === STOP) return true;
    if (so.has(k)) return false;
  }
}

// ---------------------------------------------------------------- hash and repr

const M64 = (1n << 64n) - 1n;
function shuffleBits(h: bigint): bigint {
  return (((h ^ 89869747n) ^ (h << 16n)) * 3644798167n) & M64;
}
/** CPython's frozenset hash: xor of shuffled entry hashes, then dispersion. */
export function frozensetHash(s: PyAnySet): Hash {
  if (s.hashCache !== null) return s.hashCache;
  let h = 0n;
  for (const [, lo, hi] of entries(s)) h ^= shuffleBits((BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0));
  h ^= (BigInt(s.used + 1) * 1927868237n) & M64;
  h ^= (h >> 11n) ^ (h >> 25n);
  h = (h * 69069n + 907133923n) & M64;
  if (h === M64) h = 590923713n;
  const signed = BigInt.asIntN(64, h);
  const r = signed >= -(2n ** 53n) + 1n && signed <= 2n ** 53n - 1n ? Number(signed) : signed;
  s.hashCache = r;
  return r;
}

export function setRepr(s: PyAnySet): string {
  const name = s.cls.name;
  if (!reprEnter(s)) return `${name}(...)`;
  try {
    if (s.used === 0) return `${name}()`;
    const inner = repr(newList(s.items())).slice(1, -1);
    return s.cls === setType ? `{${inner}}` : `${name}({${inner}})`;
  } finally {
    reprLeave(s);
  }
}

// ---------------------------------------------------------------- iterator

export const setIteratorType: PyType = builtinType("set_iterator", objectType, {
  flags: TypeFlags.DISALLOW_INSTANTIATION,
});
export class PySetIterator extends PyNativeIterator {
  set: PyAnySet | null;
  pos = 0;
  expected: number;
  remaining: number;
  constructor(s: PyAnySet) {
    super();
    this.cls = setIteratorType;
    this.set = s;
    this.expected = s.used;
    this.remaining = s.used;
  }
  nextItem(): W {
    const s = this.set;
    if (s === null) return STOP_ITEM;
    if (s.used !== this.expected) {
      this.expected = -1;
      raiseRuntimeError("Set changed size during iteration");
    }
    const keys = s.tkeys;
    let i = this.pos;
    while (i < keys.length && (keys[i] === undefined || keys[i] === DUMMY)) i++;
    this.pos = i + 1;
    if (i >= keys.length) {
      this.set = null;
      return STOP_ITEM;
    }
    this.remaining--;
    return keys[i] as W;
  }
}
defineNativeIterator(setIteratorType);
defineMethods(setIteratorType, [
  {
    name: "__length_hint__",
    arity: [0, 0],
    impl: (a) => {
      const it = a[0] as PySetIterator;
      return it.set !== null && it.set.used === it.expected ? it.remaining : 0;
    },
  },
  // (iter, (list of the items left,)), read from a copy so this iterator does not advance (setiter_reduce)
  { name: "__reduce__", arity: [0, 0], impl: (a) => remainingReduce(a[0] as PySetIterator) },
]);

/** __reduce__ of iterators that cannot be rebuilt from an index (set and dict iterators). */
export function remainingReduce(it: PyNativeIterator): W {
  const fn = builtinNamed("iter");
  const copy = Object.assign(Object.create(Object.getPrototypeOf(it)), it) as PyNativeIterator;
  const items: W[] = [];
  for (let v = copy.nextItem(); v !== STOP_ITEM; v = copy.nextItem()) items.push(v);
  return newTuple([fn, newTuple([newList(items)])]);
}

// ---------------------------------------------------------------- methods shared by set and frozenset

function self(a: W[]): PyAnySet {
  return a[0] as PyAnySet;
}

function binary(fn: (s: PyAnySet, o: PyAnySet) => W): (a: W[]) => W {
  return (a) => (a[1] instanceof PyAnySet ? fn(self(a), a[1]) : NotImplemented);
}
/** Reflected form: `other op self` with other a set too. */
function reflectedBinary(fn: (s: PyAnySet, o: PyAnySet) => W): (a: W[]) => W {
  return (a) => (a[1] instanceof PyAnySet ? fn(a[1], self(a)) : NotImplemented);
}

function union(s: PyAnySet, o: PyAnySet): W {
  const r = copyOf(s);
  if (o !== s) setUpdate(r, o);
  return r;
}

function richCompare(v: PyAnySet, w: W, op: string): W {
  if (!(w instanceof PyAnySet)) return NotImplemented;
  switch (op) {
    case "==":
      return newBool(setEqual(v, w));
    case "!=":
      return newBool(!setEqual(v, w));
    case "<=":
      return newBool(isSubset(v, w));
    case ">=":
      return newBool(isSuperset(v, w));
    case "<":
      return newBool(v.used < w.used && isSubset(v, w));
    default:
      return newBool(v.used > w.used && isSuperset(v, w));
  }
}
function setEqual(v: PyAnySet, w: PyAnySet): boolean {
  if (v.used !== w.used) return false;
  if (v.hashCache !== null && w.hashCache !== null && v.hashCache !== w.hashCache) return false;
  return isSubset(v, w);
}

const COMPARE: [string, string][] = [
  ["__eq__", "=="],
  ["__ne__", "!="],
  ["__lt__", "<"],
  ["__le__", "<="],
  ["__gt__", ">"],
  ["__ge__", ">="],
];

function unpackOne(cls: PyType, args: W[]): W | undefined {
  if (args.length > 1) raiseTypeError(`${cls.name} expected at most 1 argument, got ${args.length}`);
  return args[0];
}
function noKeywords(name: string, k: Kwargs | null): void {
  if (k !== null && k.names.length > 0) raiseTypeError(`${name}() takes no keyword arguments`);
}

for (const t of [setType, frozensetType]) {
  defineMethods(t, [
    { name: "__len__", arity: [0, 0], impl: (a) => self(a).used },
    { name: "__iter__", arity: [0, 0], impl: (a) => new PySetIterator(self(a)) },
    {
      name: "__contains__",
      arity: [1, 1],
      impl: (a) => {
        const [k, lo, hi] = lookupKey(a[1]);
        return newBool(self(a).lookup(k, lo, hi) >= 0);
      },
    },
    { name: "__repr__", arity: [0, 0], impl: (a) => newStr(setRepr(self(a))) },
    { name: "__or__", arity: [1, 1], impl: binary(union) },
    { name: "__ror__", arity: [1, 1], impl: reflectedBinary(union) },
    { name: "__and__", arity: [1, 1], impl: binary(setIntersection) },
    { name: "__rand__", arity: [1, 1], impl: reflectedBinary(setIntersection) },
    { name: "__sub__", arity: [1, 1], impl: binary(setDifference) },
    { name: "__rsub__", arity: [1, 1], impl: reflectedBinary(setDifference) },
    { name: "__xor__", arity: [1, 1], impl: binary(setSymmetricDifference) },
    { name: "__rxor__", arity: [1, 1], impl: reflectedBinary(setSymmetricDifference) },
    ...COMPARE.map(([name, op]) => ({
      name,
      arity: [1, 1] as [number, number],
      impl: (a: W[]) => richCompare(self(a), a[1], op),
    })),
    {
      name: "union",
      arity: [0, -1],
      impl: (a) => {
        const s = self(a);
        const r = copyOf(s);
        for (let i = 1; i < a.length; i++) if (a[i] !== s) setUpdate(r, a[i]);
        return r;
      },
    },
    {
      name: "intersection",
      arity: [0, -1],
      impl: (a) => {
        const s = self(a);
        if (a.length === 1) return copyOf(s);
        let r: PyAnySet = s;
        for (let i = 1; i < a.length; i++) r = setIntersection(r, a[i]);
        return r;
      },
    },
    {
      name: "difference",
      arity: [0, -1],
      impl: (a) => {
        const s = self(a);
        if (a.length === 1) return copyOf(s);
        const r = setDifference(s, a[1]);
        for (let i = 2; i < a.length; i++) setDifferenceUpdate(r, a[i]);
        return r;
      },
    },
    { name: "symmetric_difference", arity: [1, 1], impl: (a) => setSymmetricDifference(self(a), a[1]) },
    { name: "issubset", arity: [1, 1], impl: (a) => newBool(isSubset(self(a), a[1])) },
    { name: "issuperset", arity: [1, 1], impl: (a) => newBool(isSuperset(self(a), a[1])) },
    { name: "isdisjoint", arity: [1, 1], impl: (a) => newBool(isDisjoint(self(a), a[1])) },
    {
      name: "__reduce__",
      arity: [0, 0],
      impl: (a) => {
        const s = self(a);
        const d = getAttrOrUndefined(s, "__dict__") ?? None;
        return newTuple([s.cls, newTuple([newList(s.items())]), d]);
      },
    },
    { name: "__class_getitem__", arity: [1, 1], kind: "class", impl: (a) => a[0] },
  ]);
}

// ---------------------------------------------------------------- set only

// set(iterable) without __new__/__init__ lookups and argument arrays (type.ts nativeConstructors)
nativeConstructors.set(setType, (args) => {
  if (args.length > 1) return undefined; // the full path raises
  const s = new PySet(setType);
  if (args.length === 1) setUpdate(s, args[0]);
  return s;
});

function mutable(a: W[]): PySet {
  return a[0] as PySet;
}

defineMethods(setType, [
  {
    name: "__new__",
    arity: [0, -1],
    kind: "static",
    kw: ["**"],
    impl: (a, k) => {
      const cls = checkCls(a[0], setType, "set");
      if (cls === setType || cls.lookup("__init__") === setType.dict.get("__init__")) noKeywords("set", k);
      return new PySet(cls);
    },
  },
  {
    name: "__init__",
    arity: [0, -1],
    kw: ["**"],
    impl: (a, k) => {
      const s = mutable(a);
      noKeywords("set", k);
      const it = unpackOne(s.cls, a.slice(1));
      if (s.fill > 0) s.clearTable();
      if (it !== undefined) setUpdate(s, it);
      return None;
    },
  },
  {
    name: "add",
    arity: [1, 1],
    impl: (a) => {
      mutable(a).add(a[1]);
      return None;
    },
  },
  {
    name: "remove",
    arity: [1, 1],
    impl: (a) => {
      const [k, lo, hi] = lookupKey(a[1]);
      if (!mutable(a).discardEntry(k, lo, hi)) raiseKeyError(a[1]);
      return None;
    },
  },
  {
    name: "discard",
    arity: [1, 1],
    impl: (a) => {
      const [k, lo, hi] = lookupKey(a[1]);
      mutable(a).discardEntry(k, lo, hi);
      return None;
    },
  },
  {
    name: "pop",
    arity: [0, 0],
    impl: (a) => {
      const s = mutable(a);
      if (s.used === 0) throw errorWithMessage("KeyError", "pop from an empty set");
      let i = s.finger & s.mask;
      while (s.tkeys[i] === undefined || s.tkeys[i] === DUMMY) {
        i++;
        if (i > s.mask) i = 0;
      }
      const k = s.tkeys[i] as W;
      s.tkeys[i] = DUMMY;
      s.tlo[i] = -1;
      s.thi[i] = -1;
      s.used--;
      s.finger = i + 1;
      return k;
    },
  },
  {
    name: "clear",
    arity: [0, 0],
    impl: (a) => {
      mutable(a).clearTable();
      return None;
    },
  },
  { name: "copy", arity: [0, 0], impl: (a) => copyOf(mutable(a)) },
  {
    name: "update",
    arity: [0, -1],
    impl: (a) => {
      for (let i = 1; i < a.length; i++) setUpdate(mutable(a), a[i]);
      return None;
    },
  },
  {
    name: "intersection_update",
    arity: [0, -1],
    impl: (a) => {
      const s = mutable(a);
      let r: PyAnySet = s;
      for (let i = 1; i < a.length; i++) r = setIntersection(r, a[i]);
      if (r !== s) s.swapBodies(r);
      return None;
    },
  },
  {
    name: "difference_update",
    arity: [0, -1],
    impl: (a) => {
      for (let i = 1; i < a.length; i++) setDifferenceUpdate(mutable(a), a[i]);
      return None;
    },
  },
  {
    name: "symmetric_difference_update",
    arity: [1, 1],
    impl: (a) => {
      setSymmetricDifferenceUpdate(mutable(a), a[1]);
      return None;
    },
  },
  {
    name: "__ior__",
    arity: [1, 1],
    impl: (a) => {
      if (!(a[1] instanceof PyAnySet)) return NotImplemented;
      setUpdate(mutable(a), a[1]);
      return a[0];
    },
  },
  {
    name: "__iand__",
    arity: [1, 1],
    impl: (a) => {
      if (!(a[1] instanceof PyAnySet)) return NotImplemented;
      const s = mutable(a);
      s.swapBodies(setIntersection(s, a[1]));
      return a[0];
    },
  },
  {
    name: "__isub__",
    arity: [1, 1],
    impl: (a) => {
      if (!(a[1] instanceof PyAnySet)) return NotImplemented;
      setDifferenceUpdate(mutable(a), a[1]);
      return a[0];
    },
  },
  {
    name: "__ixor__",
    arity: [1, 1],
    impl: (a) => {
      if (!(a[1] instanceof PyAnySet)) return NotImplemented;
      setSymmetricDifferenceUpdate(mutable(a), a[1]);
      return a[0];
    },
  },
]);
setType.dict.set("__hash__", None);
setType.mutated();

// ---------------------------------------------------------------- frozenset only

function checkCls(cls: W | undefined, base: PyType, name: string): PyType {
  if (cls === undefined) raiseTypeError(`${name}.__new__(): not enough arguments`);
  if (!(cls instanceof PyType)) {
    raiseTypeError(`${name}.__new__(X): X is not a type object (${typeOf(cls).name})`);
  }
  if (!cls.isSubtypeOf(base)) {
    raiseTypeError(`${name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${name}`);
  }
  return cls;
}

defineMethods(frozensetType, [
  {
    name: "__new__",
    arity: [0, -1],
    kind: "static",
    kw: ["**"],
    impl: (a, k) => {
      const cls = checkCls(a[0], frozensetType, "frozenset");
      if (cls === frozensetType || cls.lookup("__init__") === frozensetType.lookup("__init__")) {
        noKeywords("frozenset", k);
      }
      const it = unpackOne(cls, a.slice(1));
      if (cls === frozensetType && it instanceof PyFrozenSet && it.cls === frozensetType) return it;
      const s = new PyFrozenSet(cls);
      if (it !== undefined) setUpdate(s, it);
      return s;
    },
  },
  {
    name: "copy",
    arity: [0, 0],
    impl: (a) => (self(a).cls === frozensetType ? a[0] : frozenCopy(self(a))),
  },
  { name: "__hash__", arity: [0, 0], impl: (a) => frozensetHash(self(a)) },
]);
