// dict: an insertion-ordered hash table. Entries live in parallel arrays (`ekeys`/`evals`/`ehash`) with
// tombstones (undefined keys); exact str keys (and str subclasses that keep str's __hash__/__eq__) are
// indexed by their JS string in `strIndex`, every other key by its Python hash in `hidx` (open addressing),
// where eq() decides between keys of equal hash (1 == 1.0 == True share one slot). The two indexes meet only
// for keys whose __eq__ is Python code ("odd" keys): those are rare, so the cross-index checks are
// guarded by counters and a lazily built hash index of the str keys.
import {
  call,
  callBound,
  callMethod,
  defineMethods,
  dictHooks,
  dictType,
  getAttrOrUndefined,
  type Kwargs,
  newBool,
  None,
  NotImplemented,
  PyInstance,
  PyType,
  strType,
  typeOf,
  type W,
} from "./model.ts";
import { internStr, newStr, PyStr } from "./str.ts";
import { hashHi, hashParts, newTuple, PyTuple, reprEnter, reprLeave } from "./tuple.ts";
import { PyList } from "./list.ts";
import { knownHashEntries } from "./iterstate.ts";
import { eq, iter, iterateToArray, next, repr, setItem, STOP, str, tpName } from "./operations.ts";
import { exceptionTypes } from "./exceptions.ts";
import {
  errorWithMessage,
  PyError,
  raiseKeyError,
  raiseRuntimeError,
  raiseTypeError,
  raiseValueError,
} from "../vm/errors.ts";
import {
  PyDictItems,
  PyDictKeyIterator,
  PyDictKeys,
  PyDictReverseKeyIterator,
  PyDictValues,
} from "./dictview.ts";

/** Hash index over the fast-str entries: entry positions by the low half of their hash. */
type Buckets = Map<number, number | number[]>;

function bucketAdd(m: Buckets, lo: number, i: number): void {
  const b = m.get(lo);
  if (b === undefined) m.set(lo, i);
  else if (typeof b === "number") m.set(lo, [b, i]);
  else b.push(i);
}
/** A str key whose equality is plain string equality (exact str or a subclass keeping str's slots). */
export function isFastStr(k: PyStr): boolean {
  const c = k.cls;
  if (c === strType) return true;
  return c.lookup("__hash__") === strType.lookup("__hash__") &&
    c.lookup("__eq__") === strType.lookup("__eq__");
}

/** Could `k == some_str` be true? Only for str instances and objects whose __eq__ is Python code. */
function mayEqualStr(k: W): boolean {
  if (typeof k !== "object") return false;
  if (k instanceof PyStr) return true;
  const t = k.cls;
  if (!t.isHeapType) return false; // builtin types' __eq__ never equates a non-str with a str
  const c = pythonEqCache.get(t);
  if (c !== undefined && c.version === t.version) return c.odd;
  const where = t.lookupWhere("__eq__");
  const odd = where !== undefined && where.isHeapType;
  pythonEqCache.set(t, { version: t.version, odd });
  return odd;
}
const pythonEqCache = new WeakMap<PyType, { version: number; odd: boolean }>();

/** First slot of the probe sequence for hash halves lo/hi (Fibonacci hashing; `shift` = 32 - log2(size)). */
function firstSlot(lo: number, hi: number, shift: number): number {
  return Math.imul(lo ^ hi, 0x9e3779b1) >>> shift;
}
const DUMMY = -1;
/** elo/ehi of a fast-str entry (indexed by string): -1 is never a hash. */
const STR_ENTRY = -1;

/**
 * The low half of the hash of a dict key (hashParts), the high one left in hashHi. A TypeError from
 * hashing is reworded as CPython's dict_unhashable_type words it.
 */
function keyHashLo(k: W): number {
  if (typeof k === "number" || (k instanceof PyStr && k.cls === strType)) return hashParts(k);
  try {
    return hashParts(k);
  } catch (e) {
    throw unhashableKey(k, e);
  }
}
function unhashableKey(k: W, e: unknown): unknown {
  if (!(e instanceof PyError) || e.value.cls !== exceptionTypes.TypeError) return e;
  return errorWithMessage("TypeError", `cannot use '${tpName(typeOf(k))}' as a dict key (${str(e.value)})`);
}

const RESTART = -2;

export class PyDict extends PyInstance {
  /** Entry keys in insertion order; undefined marks a deleted entry. */
  declare ekeys: (W | undefined)[];
  declare evals: (W | undefined)[];
  /** Low and high int32 halves of each entry's hash; STR_ENTRY in both for fast-str keys. */
  declare elo: number[];
  declare ehi: number[];
  declare strIndex: Map<string, number>;
  /**
   * Open-addressing index of the non-fast-str entries (linear probing): 0 = empty slot, DUMMY = slot of
   * a removed entry, else entry position + 1.
   */
  declare hidx: Int32Array | null;
  /** 32 - log2(hidx.length). */
  declare hshift: number;
  /** Slots of hidx in use (live or DUMMY). */
  declare hfill: number;
  /** Hash index over the fast-str entries, built only when an odd key is looked up. */
  private strHashIndex: Buckets | null = null;
  /** Number of odd keys (see mayEqualStr) in hidx; may overcount after deletions. */
  private odd = 0;
  declare used: number;
  /** Bumped on every mutation. */
  declare version: number;
  /**
   * Bumped when entries are added, removed or moved, not when a value is replaced: while it holds, a key
   * found at position i is still there (the eval loop's global caches keep the position, as CPython's
   * keys-version caches do, so assigning a global does not throw away every cached global).
   */
  declare keysVersion: number;

  constructor(cls: PyType = dictType) {
    super(cls);
    this.ekeys = [];
    this.evals = [];
    this.elo = [];
    this.ehi = [];
    this.strIndex = new Map();
    this.hidx = null;
    this.hshift = 0;
    this.hfill = 0;
    this.used = 0;
    this.version = 0;
    this.keysVersion = 0;
  }

  get size(): number {
    return this.used;
  }

  /** Whether entry i is indexed by string (a fast-str key). */
  private isStrEntry(i: number): boolean {
    return this.elo[i] === STR_ENTRY && this.ehi[i] === STR_ENTRY;
  }

  // ------------------------------------------------------------ lookup

  private probe(i: number, k: W): number {
    const sk = this.ekeys[i];
    if (sk === undefined) return -1;
    if (sk === k) return i;
    if (typeof sk === "number" && typeof k === "number") return -1;
    const r = eq(sk, k);
    if (this.ekeys[i] !== sk) return RESTART; // the comparison mutated the dict: look again
    return r ? i : -1;
  }

  /** Position of `k` (hash halves lo/hi) among the hashed entries, or -1 (CPython's lookdict). */
  private findHashed(k: W, lo: number, hi: number): number {
    restart: for (;;) {
      const idx = this.hidx;
      if (idx === null) return -1;
      const mask = idx.length - 1;
      let j = firstSlot(lo, hi, this.hshift);
      for (;;) {
        const s: number = idx[j];
        if (s === 0) return -1;
        if (s > 0) {
          const i = s - 1;
          const sk = this.ekeys[i] as W;
          if (sk === k) return i;
          if (
            this.elo[i] === lo && this.ehi[i] === hi && (typeof sk !== "number" || typeof k !== "number")
          ) {
            const r = eq(sk, k);
            if (this.hidx !== idx || this.ekeys[i] !== sk) continue restart; // mutated by __eq__
            if (r) return i;
          }
        }
        j = (j + 1) & mask;
      }
    }
  }

  /** Record entry i (hash halves lo/hi) in hidx, growing it when 2/3 full. */
  private hidxAdd(i: number, lo: number, hi: number): void {
    let idx = this.hidx;
    if (idx === null || (this.hfill + 1) * 3 >= idx.length * 2) {
      this.rebuildHidx(i);
      idx = this.hidx as Int32Array;
    }
    const mask = idx.length - 1;
    let j = firstSlot(lo, hi, this.hshift);
    for (;;) {
      const s = idx[j];
      if (s <= 0) {
        if (s === 0) this.hfill++;
        idx[j] = i + 1;
        return;
      }
      j = (j + 1) & mask;
    }
  }
  /** Forget entry i in hidx. */
  private hidxRemove(i: number): void {
    const idx = this.hidx;
    if (idx === null) return;
    const mask = idx.length - 1;
    let j = firstSlot(this.elo[i], this.ehi[i], this.hshift);
    for (;;) {
      const s = idx[j];
      if (s === 0) return;
      if (s === i + 1) {
        idx[j] = DUMMY;
        return;
      }
      j = (j + 1) & mask;
    }
  }
  /** A fresh hidx over the hashed entries below position n. */
  private rebuildHidx(n: number): void {
    const keys = this.ekeys, elo = this.elo, ehi = this.ehi;
    let live = 1;
    for (let i = 0; i < n && i < keys.length; i++) {
      if (keys[i] !== undefined && !this.isStrEntry(i)) live++;
    }
    let size = 8, bits = 3;
    while (size * 2 < live * 3) {
      size *= 2;
      bits++;
    }
    if (size < 64 && live > 4) {
      size *= 2; // leave room to grow before the next rebuild
      bits++;
    }
    const idx = new Int32Array(size);
    const mask = size - 1, shift = 32 - bits;
    let fill = 0;
    for (let i = 0; i < n && i < keys.length; i++) {
      if (keys[i] === undefined || this.isStrEntry(i)) continue;
      let j = firstSlot(elo[i], ehi[i], shift);
      while (idx[j] !== 0) j = (j + 1) & mask;
      idx[j] = i + 1;
      fill++;
    }
    this.hidx = idx;
    this.hshift = shift;
    this.hfill = fill;
  }

  /** Among the fast-str entries, the one equal to the odd key `k` (hash halves lo/hi), or -1. */
  private findOddInStrs(k: W, lo: number, hi: number): number {
    const m = this.strHashes();
    for (;;) {
      const b = m.get(lo);
      if (b === undefined) return -1;
      const candidates = typeof b === "number" ? [b] : b.slice();
      let restart = false;
      for (const i of candidates) {
        const sk = this.ekeys[i];
        if (sk === undefined || hashParts(sk) !== lo || hashHi !== hi) continue;
        const r = this.probe(i, k);
        if (r === RESTART) {
          restart = true;
          break;
        }
        if (r >= 0) return r;
      }
      if (!restart) return -1;
    }
  }

  private strHashes(): Buckets {
    if (this.strHashIndex === null) {
      const m: Buckets = new Map();
      for (let i = 0; i < this.ekeys.length; i++) {
        const k = this.ekeys[i];
        if (k !== undefined && this.isStrEntry(i)) bucketAdd(m, hashParts(k), i);
      }
      this.strHashIndex = m;
    }
    return this.strHashIndex;
  }

  /** Entry position of `key`, or -1. Raises TypeError for unhashable keys. */
  indexOf(key: W): number {
    if (key instanceof PyStr && isFastStr(key)) {
      const i = this.strIndex.get(key.value);
      if (i !== undefined) return i;
      if (this.odd === 0 || this.hidx === null) return -1;
      const lo = hashParts(key);
      return this.findHashed(key, lo, hashHi);
    }
    const lo = keyHashLo(key);
    return this.indexOfHashed(key, lo, hashHi);
  }
  /** Entry position of `key` whose hash halves lo/hi are known (a set's stored hash), or -1. */
  indexOfKnownHash(key: W, lo: number, hi: number): number {
    if (key instanceof PyStr && isFastStr(key)) return this.indexOf(key);
    return this.indexOfHashed(key, lo, hi);
  }
  /**
   * Call `visit(key, lo, hi)` for every entry with its stored hash halves (hashing a fast-str key, which
   * is stored without them): sets built from an exact dict do not hash its keys again (CPython's
   * _PyDict_Next with the hash). Returns early when the dict changes size.
   */
  forEachWithHash(visit: (key: W, lo: number, hi: number) => void): void {
    const n0 = this.used;
    for (let i = 0; i < this.ekeys.length; i++) {
      const k = this.ekeys[i];
      if (k === undefined) continue;
      if (this.isStrEntry(i)) {
        const lo = hashParts(k);
        visit(k, lo, hashHi);
      } else visit(k, this.elo[i], this.ehi[i]);
      if (this.used !== n0) raiseRuntimeError("dictionary changed size during iteration");
    }
  }
  private indexOfHashed(key: W, lo: number, hi: number): number {
    let i = this.findHashed(key, lo, hi);
    if (i < 0 && this.strIndex.size > 0 && mayEqualStr(key)) i = this.findOddInStrs(key, lo, hi);
    return i;
  }

  getItem(key: W): W | undefined {
    const i = this.indexOf(key);
    return i < 0 ? undefined : this.evals[i];
  }
  has(key: W): boolean {
    return this.indexOf(key) >= 0;
  }
  /**
   * The position of the entry whose key is the str `name`: -1 when there is none, -2 when odd keys (str
   * subclasses, objects equal to strs) make only a full lookup sure.
   */
  strPosition(name: string): number {
    const i = this.strIndex.get(name);
    if (i !== undefined) return i;
    return this.odd === 0 ? -1 : -2;
  }
  getStr(name: string): W | undefined {
    const i = this.strIndex.get(name);
    if (i !== undefined) return this.evals[i];
    if (this.odd === 0) return undefined;
    return this.getItem(newStr(name));
  }

  // ------------------------------------------------------------ mutation

  setItem(key: W, value: W): void {
    if (key instanceof PyStr && isFastStr(key)) return this.setFastStr(key, value);
    const lo = keyHashLo(key);
    this.setItemKnownHash(key, value, lo, hashHi);
  }
  /** d[key] = value with the hash halves of `key` known (from a set or dict entry). */
  setItemKnownHash(key: W, value: W, lo: number, hi: number): void {
    if (key instanceof PyStr && isFastStr(key)) return this.setFastStr(key, value);
    const i = this.indexOfHashed(key, lo, hi);
    if (i >= 0) {
      this.evals[i] = value;
      this.version++;
      return;
    }
    this.append(key, value, lo, hi);
  }
  setStr(name: string, value: W): void {
    const i = this.strIndex.get(name);
    if (i !== undefined) {
      this.evals[i] = value;
      this.version++;
      return;
    }
    this.setFastStr(newStr(name), value);
  }
  private setFastStr(key: PyStr, value: W): void {
    let i = this.strIndex.get(key.value);
    if (i === undefined && this.odd > 0 && this.hidx !== null) {
      const lo = hashParts(key);
      i = this.findHashed(key, lo, hashHi);
      if (i < 0) i = undefined;
    }
    if (i !== undefined) {
      this.evals[i] = value;
      this.version++;
      return;
    }
    this.append(key, value, STR_ENTRY, STR_ENTRY);
  }

  /** d.setdefault(key, dflt): one hash and one lookup, as CPython's dict_setdefault. */
  setDefault(key: W, dflt: W): W {
    let i: number;
    if (key instanceof PyStr && isFastStr(key)) {
      const j = this.strIndex.get(key.value);
      if (j !== undefined) return this.evals[j] as W;
      if (this.odd > 0 && this.hidx !== null) {
        const lo = hashParts(key);
        i = this.findHashed(key, lo, hashHi);
        if (i >= 0) return this.evals[i] as W;
      }
      this.append(key, dflt, STR_ENTRY, STR_ENTRY);
      return dflt;
    }
    const lo = keyHashLo(key), hi = hashHi;
    i = this.indexOfHashed(key, lo, hi);
    if (i >= 0) return this.evals[i] as W;
    this.append(key, dflt, lo, hi);
    return dflt;
  }

  /** A new entry; lo/hi = STR_ENTRY for a fast-str key. */
  private append(key: W, value: W, lo: number, hi: number): void {
    const n = this.ekeys.length;
    if (n - this.used > 8 && n - this.used > this.used) this.compact();
    const i = this.ekeys.length;
    this.ekeys.push(key);
    this.evals.push(value);
    this.elo.push(lo);
    this.ehi.push(hi);
    if (lo === STR_ENTRY && hi === STR_ENTRY) {
      this.strIndex.set((key as PyStr).value, i);
      if (this.strHashIndex !== null) bucketAdd(this.strHashIndex, hashParts(key), i);
    } else {
      this.hidxAdd(i, lo, hi);
      if (typeof key !== "number" && mayEqualStr(key)) this.odd++;
    }
    this.used++;
    this.version++;
    this.keysVersion++;
  }

  /** Drop tombstones and rebuild the indexes. */
  private compact(): void {
    const keys: (W | undefined)[] = [], vals: (W | undefined)[] = [], elo: number[] = [], ehi: number[] = [];
    for (let i = 0; i < this.ekeys.length; i++) {
      const k = this.ekeys[i];
      if (k === undefined) continue;
      keys.push(k);
      vals.push(this.evals[i]);
      elo.push(this.elo[i]);
      ehi.push(this.ehi[i]);
    }
    this.ekeys = keys;
    this.evals = vals;
    this.elo = elo;
    this.ehi = ehi;
    this.keysVersion++;
    this.reindex();
  }
  private reindex(): void {
    this.strIndex = new Map();
    this.hidx = null;
    this.hfill = 0;
    this.strHashIndex = null;
    this.odd = 0;
    let hashed = false;
    for (let i = 0; i < this.ekeys.length; i++) {
      const k = this.ekeys[i];
      if (k === undefined) continue;
      if (this.isStrEntry(i)) this.strIndex.set((k as PyStr).value, i);
      else {
        hashed = true;
        if (typeof k !== "number" && mayEqualStr(k)) this.odd++;
      }
    }
    if (hashed) this.rebuildHidx(this.ekeys.length);
  }

  /** Remove the entry at position i (which must be live). */
  removeAt(i: number): void {
    const k = this.ekeys[i] as W;
    if (this.isStrEntry(i)) {
      this.strIndex.delete((k as PyStr).value);
      this.strHashIndex = null;
    } else this.hidxRemove(i);
    this.ekeys[i] = undefined;
    this.evals[i] = undefined;
    this.used--;
    this.version++;
    this.keysVersion++;
  }
  /**
   * Drop the tombstones at the end (popitem, as CPython's dict_popitem lowers dk_nentries). Not done by
   * every removal: a key deleted and re-added during iteration must land at a new position, where the
   * iterator sees it and reports "dictionary keys changed during iteration".
   */
  trimTail(): void {
    let n = this.ekeys.length;
    while (n > 0 && this.ekeys[n - 1] === undefined) n--;
    if (n !== this.ekeys.length) {
      this.ekeys.length = n;
      this.evals.length = n;
      this.elo.length = n;
      this.ehi.length = n;
    }
  }

  delItem(key: W): boolean {
    const i = this.indexOf(key);
    if (i < 0) return false;
    this.removeAt(i);
    return true;
  }
  delStr(name: string): boolean {
    const i = this.strIndex.get(name);
    if (i !== undefined) {
      this.removeAt(i);
      return true;
    }
    if (this.odd === 0) return false;
    return this.delItem(newStr(name));
  }

  clear(): void {
    if (this.ekeys.length === 0 && this.used === 0) return;
    this.ekeys = [];
    this.evals = [];
    this.elo = [];
    this.ehi = [];
    this.strIndex = new Map();
    this.hidx = null;
    this.hfill = 0;
    this.strHashIndex = null;
    this.odd = 0;
    this.used = 0;
    this.version++;
    this.keysVersion++;
  }

  // ------------------------------------------------------------ snapshots

  keysArray(): W[] {
    const out: W[] = [];
    for (let i = 0; i < this.ekeys.length; i++) {
      const k = this.ekeys[i];
      if (k !== undefined) out.push(k);
    }
    return out;
  }
  valuesArray(): W[] {
    const out: W[] = [];
    for (let i = 0; i < this.ekeys.length; i++) if (this.ekeys[i] !== undefined) out.push(this.evals[i] as W);
    return out;
  }
  itemsArray(): [W, W][] {
    const out: [W, W][] = [];
    for (let i = 0; i < this.ekeys.length; i++) {
      const k = this.ekeys[i];
      if (k !== undefined) out.push([k, this.evals[i] as W]);
    }
    return out;
  }

  /** A plain dict with the same entries (no hashing: the arrays and indexes are cloned). */
  copyDict(cls: PyType = dictType): PyDict {
    const d = new PyDict(cls);
    if (this.used === 0) return d;
    if (this.ekeys.length - this.used > this.used) {
      for (let i = 0; i < this.ekeys.length; i++) {
        const k = this.ekeys[i];
        if (k !== undefined) d.cloneEntry(k, this.evals[i] as W, this.elo[i], this.ehi[i]);
      }
      d.reindex();
      return d;
    }
    d.ekeys = this.ekeys.slice();
    d.evals = this.evals.slice();
    d.elo = this.elo.slice();
    d.ehi = this.ehi.slice();
    d.used = this.used;
    d.strIndex = new Map(this.strIndex);
    if (this.hidx !== null) {
      d.hidx = this.hidx.slice();
      d.hshift = this.hshift;
      d.hfill = this.hfill;
    }
    d.odd = this.odd;
    return d;
  }
  private cloneEntry(k: W, v: W, lo: number, hi: number): void {
    this.ekeys.push(k);
    this.evals.push(v);
    this.elo.push(lo);
    this.ehi.push(hi);
    this.used++;
  }

  /** Insert every entry of `other` (PyDict_Merge with override). */
  mergeFrom(other: PyDict): void {
    if (other === this) return;
    if (this.used === 0 && other.used > 0 && this.hidx === null && this.ekeys.length === 0) {
      const c = other.copyDict();
      this.ekeys = c.ekeys;
      this.evals = c.evals;
      this.elo = c.elo;
      this.ehi = c.ehi;
      this.used = c.used;
      this.strIndex = c.strIndex;
      this.hidx = c.hidx;
      this.hshift = c.hshift;
      this.hfill = c.hfill;
      this.odd = c.odd;
      this.version++;
      this.keysVersion++;
      return;
    }
    const n0 = other.used;
    const keys = other.ekeys;
    for (let i = 0; i < other.ekeys.length; i++) {
      const k = keys[i];
      if (k === undefined) continue;
      const lo = other.elo[i], hi = other.ehi[i];
      const v = other.evals[i] as W;
      if (lo === STR_ENTRY && hi === STR_ENTRY) this.setFastStr(k as PyStr, v);
      else {
        const j = this.indexOfHashed(k, lo, hi);
        if (j >= 0) {
          this.evals[j] = v;
          this.version++;
        } else this.append(k, v, lo, hi);
      }
      if (other.used !== n0) raiseRuntimeError("dict mutated during update");
    }
  }

  /** Last live entry position (for popitem and reversed iteration). */
  lastIndex(): number {
    let i = this.ekeys.length - 1;
    while (i >= 0 && this.ekeys[i] === undefined) i--;
    return i;
  }
}
dictType.factory = (cls) => new PyDict(cls);

export function newDict(): PyDict {
  return new PyDict();
}
export function dictFromPairs(pairs: [W, W][]): PyDict {
  const d = new PyDict();
  for (let i = 0; i < pairs.length; i++) d.setItem(pairs[i][0], pairs[i][1]);
  return d;
}

dictHooks.get = (d, k) => (d as PyDict).getStr(k);
dictHooks.set = (d, k, v) => (d as PyDict).setStr(k, v);
dictHooks.del = (d, k) => (d as PyDict).delStr(k);
dictHooks.fromAttrs = (keys, values) => {
  const d = new PyDict();
  // attribute names are interned, as CPython's identifiers (pickle's load_build relies on it)
  for (let i = 0; i < keys.length; i++) d.setItem(internStr(keys[i]), values[i]);
  return d;
};

// ---------------------------------------------------------------- update / merge (dict_update_arg)

/** d.update(arg): an exact dict, anything with keys(), or an iterable of pairs. */
export function dictUpdateArg(d: PyDict, arg: W): void {
  if (arg instanceof PyDict && arg.cls === dictType) return d.mergeFrom(arg);
  const keys = getAttrOrUndefined(arg, "keys");
  if (keys !== undefined) return dictMergeMapping(d, arg, keys);
  dictMergeSeq2(d, arg);
}

/** PyDict_Merge for a mapping: dicts whose iteration is dict's own merge directly, others via keys(). */
function dictMergeMapping(d: PyDict, b: W, keys: W): void {
  if (b instanceof PyDict && b.cls.lookup("__iter__") === dictType.lookup("__iter__")) return d.mergeFrom(b);
  const it = iter(call(keys, []));
  for (;;) {
    const k = next(it);
    if (k === STOP) return;
    d.setItem(k, getItemOf(b, k));
  }
}
function getItemOf(b: W, k: W): W {
  const fn = typeOf(b).lookup("__getitem__");
  if (fn === undefined) raiseTypeError(`'${typeOf(b).name}' object is not subscriptable`);
  return callBound(fn, b, [k]);
}

function dictMergeSeq2(d: PyDict, seq: W): void {
  const it = iter(seq);
  for (let n = 0;; n++) {
    const item = next(it);
    if (item === STOP) return;
    let pair: W[];
    if (item instanceof PyTuple || item instanceof PyList) pair = item.items;
    else {
      // PySequence_Fast(item, "object is not iterable"); a TypeError gets a note naming the element
      try {
        const t = typeOf(item);
        if (t.lookup("__iter__") === undefined && t.lookup("__getitem__") === undefined) {
          raiseTypeError("object is not iterable");
        }
        pair = iterateToArray(item);
      } catch (e) {
        if (e instanceof PyError && e.matches(exceptionTypes.TypeError)) {
          callMethod(e.value, "add_note", [
            newStr(`Cannot convert dictionary update sequence element #${n} to a sequence`),
          ]);
        }
        throw e;
      }
    }
    if (pair.length !== 2) {
      raiseValueError(`dictionary update sequence element #${n} has length ${pair.length}; 2 is required`);
    }
    d.setItem(pair[0], pair[1]);
  }
}

function updateWithKwargs(d: PyDict, kwargs: Kwargs | null): void {
  if (kwargs === null) return;
  for (let i = 0; i < kwargs.names.length; i++) d.setStr(kwargs.names[i], kwargs.values[i]);
}

// ---------------------------------------------------------------- equality and repr

export function dictEqual(a: PyDict, b: PyDict): boolean {
  if (a.used !== b.used) return false;
  for (let i = 0; i < a.ekeys.length; i++) {
    const k = a.ekeys[i];
    if (k === undefined) continue;
    const av = a.evals[i] as W;
    const bv = b.getItem(k);
    if (bv === undefined) return false;
    if (av !== bv && !eq(av, bv)) return false;
  }
  return true;
}

export function dictRepr(d: PyDict): string {
  if (d.used === 0) return "{}";
  if (!reprEnter(d)) return "{...}";
  try {
    const parts: string[] = [];
    // Reading the arrays afresh each step: a repr may mutate the dict.
    for (let i = 0; i < d.ekeys.length; i++) {
      const k = d.ekeys[i];
      if (k === undefined) continue;
      const v = d.evals[i] as W;
      parts.push(`${repr(k)}: ${repr(v)}`);
    }
    return `{${parts.join(", ")}}`;
  } finally {
    reprLeave(d);
  }
}

// ---------------------------------------------------------------- methods

function self(a: W[]): PyDict {
  return a[0] as PyDict;
}

function dictGetItem(d: PyDict, key: W): W {
  const v = d.getItem(key);
  if (v !== undefined) return v;
  if (d.cls !== dictType) {
    const missing = d.cls.lookup("__missing__");
    if (missing !== undefined) return callBound(missing, d, [key]);
  }
  raiseKeyError(key);
}

defineMethods(dictType, [
  {
    name: "__new__",
    arity: [0, -1],
    kind: "static",
    kw: ["**"],
    impl: (a) => {
      const cls = a[0];
      if (cls === undefined) raiseTypeError("dict.__new__(): not enough arguments");
      if (!(cls instanceof PyType)) {
        raiseTypeError(`dict.__new__(X): X is not a type object (${typeOf(cls).name})`);
      }
      if (!cls.isSubtypeOf(dictType)) {
        raiseTypeError(`dict.__new__(${cls.name}): ${cls.name} is not a subtype of dict`);
      }
      return new PyDict(cls);
    },
  },
  {
    name: "__init__",
    arity: [0, -1],
    kw: ["**"],
    impl: (a, k) => {
      if (a.length > 2) raiseTypeError(`dict expected at most 1 argument, got ${a.length - 1}`);
      const d = self(a);
      if (a.length === 2) dictUpdateArg(d, a[1]);
      updateWithKwargs(d, k);
      return None;
    },
  },
  { name: "__getitem__", arity: [1, 1], impl: (a) => dictGetItem(self(a), a[1]) },
  {
    name: "__setitem__",
    arity: [2, 2],
    impl: (a) => {
      self(a).setItem(a[1], a[2]);
      return None;
    },
  },
  {
    name: "__delitem__",
    arity: [1, 1],
    impl: (a) => {
      if (!self(a).delItem(a[1])) raiseKeyError(a[1]);
      return None;
    },
  },
  { name: "__contains__", arity: [1, 1], impl: (a) => newBool(self(a).indexOf(a[1]) >= 0) },
  { name: "__len__", arity: [0, 0], impl: (a) => self(a).used },
  { name: "__iter__", arity: [0, 0], impl: (a) => new PyDictKeyIterator(self(a)) },
  { name: "__reversed__", arity: [0, 0], impl: (a) => new PyDictReverseKeyIterator(self(a)) },
  {
    name: "get",
    arity: [1, 2],
    impl: (a) => self(a).getItem(a[1]) ?? (a[2] === undefined ? None : a[2]),
  },
  {
    name: "setdefault",
    arity: [1, 2],
    impl: (a) => self(a).setDefault(a[1], a[2] === undefined ? None : a[2]),
  },
  {
    name: "pop",
    arity: [1, 2],
    impl: (a) => {
      const d = self(a);
      // CPython answers an empty dict without hashing the key.
      const i = d.used === 0 ? -1 : d.indexOf(a[1]);
      if (i < 0) {
        if (a[2] !== undefined) return a[2];
        raiseKeyError(a[1]);
      }
      const v = d.evals[i] as W;
      d.removeAt(i);
      return v;
    },
  },
  {
    name: "popitem",
    arity: [0, 0],
    impl: (a) => {
      const d = self(a);
      const i = d.lastIndex();
      if (i < 0) throw errorWithMessage("KeyError", "popitem(): dictionary is empty");
      const k = d.ekeys[i] as W, v = d.evals[i] as W;
      d.removeAt(i);
      d.trimTail();
      return newTuple([k, v]);
    },
  },
  { name: "keys", arity: [0, 0], impl: (a) => new PyDictKeys(self(a)) },
  { name: "values", arity: [0, 0], impl: (a) => new PyDictValues(self(a)) },
  { name: "items", arity: [0, 0], impl: (a) => new PyDictItems(self(a)) },
  {
    name: "update",
    arity: [0, -1],
    kw: ["**"],
    impl: (a, k) => {
      if (a.length > 2) raiseTypeError(`update expected at most 1 argument, got ${a.length - 1}`);
      const d = self(a);
      if (a.length === 2) dictUpdateArg(d, a[1]);
      updateWithKwargs(d, k);
      return None;
    },
  },
  { name: "copy", arity: [0, 0], impl: (a) => self(a).copyDict() },
  {
    name: "clear",
    arity: [0, 0],
    impl: (a) => {
      self(a).clear();
      return None;
    },
  },
  {
    name: "fromkeys",
    arity: [1, 2],
    kind: "class",
    impl: (a) => {
      const value = a[2] === undefined ? None : a[2];
      const d = call(a[0], []);
      const fast = d instanceof PyDict && d.cls === dictType;
      // keys of an exact dict, set or frozenset come with their hashes (CPython's _PyDict_FromKeys)
      if (fast) {
        const src = a[1];
        if (src instanceof PyDict && src.cls === dictType) {
          src.forEachWithHash((k, lo, hi) => (d as PyDict).setItemKnownHash(k, value, lo, hi));
          return d;
        }
        const entries = knownHashEntries.of(src);
        if (entries !== undefined) {
          for (const [k, lo, hi] of entries) (d as PyDict).setItemKnownHash(k, value, lo, hi);
          return d;
        }
      }
      const it = iter(a[1]);
      for (;;) {
        const k = next(it);
        if (k === STOP) return d;
        if (fast) (d as PyDict).setItem(k, value);
        else setItem(d, k, value);
      }
    },
  },
  {
    name: "__or__",
    arity: [1, 1],
    impl: (a) => {
      if (!(a[1] instanceof PyDict)) return NotImplemented;
      const r = self(a).copyDict();
      dictUpdateArg(r, a[1]);
      return r;
    },
  },
  {
    name: "__ror__",
    arity: [1, 1],
    impl: (a) => {
      if (!(a[1] instanceof PyDict)) return NotImplemented;
      const r = a[1].copyDict();
      dictUpdateArg(r, a[0]);
      return r;
    },
  },
  {
    name: "__ior__",
    arity: [1, 1],
    impl: (a) => {
      dictUpdateArg(self(a), a[1]);
      return a[0];
    },
  },
  {
    name: "__eq__",
    arity: [1, 1],
    impl: (a) => (a[1] instanceof PyDict ? newBool(dictEqual(self(a), a[1])) : NotImplemented),
  },
  {
    name: "__ne__",
    arity: [1, 1],
    impl: (a) => (a[1] instanceof PyDict ? newBool(!dictEqual(self(a), a[1])) : NotImplemented),
  },
  { name: "__repr__", arity: [0, 0], impl: (a) => newStr(dictRepr(self(a))) },
  { name: "__class_getitem__", arity: [1, 1], kind: "class", impl: (a) => a[0] },
]);
dictType.dict.set("__hash__", None);
dictType.mutated();
