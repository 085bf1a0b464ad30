// list.sort: CPython's adaptive, stable natural mergesort (Objects/listobject.c, Objects/listsort.txt):
// count_run with equal-run reversal, binary insertion up to minrun, the powersort merge policy and
// galloping merges. Making the same comparisons in the same order as CPython means inconsistent
// orderings (NaN keys, odd __lt__), exceptions raised mid-sort and the permutation they leave behind
// all match CPython. The pre-sort check picks a direct comparison when every key is an int, a float or
// a str, or a tuple whose first items are (CPython's unsafe_*_compare).
import { floatType, strType, tupleType, typeOf, type W } from "./model.ts";
import { PyFloat } from "./float.ts";
import { compareStrings, PyStr } from "./str.ts";
import { PyTuple } from "./tuple.ts";
import { eq, lt } from "./operations.ts";

const MIN_GALLOP = 7;
const MAX_MINRUN = 64;

// Comparison kinds chosen by the pre-sort check.
const SAFE = 0; // anything: rich comparison `<`
const INT = 1; // ints: JS numbers and bigints compare exactly with `<`, even mixed
const FLOAT = 2; // exact floats
const STR = 3; // exact strs without astral characters: UTF-16 order is code-point order
const STR_ANY = 4; // exact strs
const TUPLE = 5; // non-empty exact tuples, first items compared by elemKind

/** The kind for keys that all have the type of `first`; allBmp: no str key has astral characters. */
function kindFor(first: W, allBmp: boolean): number {
  if (typeof first === "number" || typeof first === "bigint") return INT;
  if (first instanceof PyFloat && first.cls === floatType) return FLOAT;
  if (first instanceof PyStr && first.cls === strType) return allBmp ? STR : STR_ANY;
  return SAFE;
}

function isNonEmptyTuple(w: W): w is PyTuple {
  return w instanceof PyTuple && w.cls === tupleType && w.items.length !== 0;
}

/** Sorts keys (and values in lockstep, when a key function made keys) in place. */
class MergeState {
  keys: W[];
  values: W[] | null;
  kind = SAFE;
  elemKind = SAFE;
  /** Every key is a JS number (an int below 2**53 in magnitude). */
  allNumbers = false;
  minGallop = MIN_GALLOP;
  listlen: number;
  /** Temporary storage for the smaller run of a merge. */
  tmpKeys: W[] = [];
  tmpValues: W[] = [];
  /** The stack of pending runs: start, length and powersort power. */
  runBase: number[] = [];
  runLen: number[] = [];
  runPower: number[] = [];
  n = 0;

  constructor(keys: W[], values: W[] | null) {
    this.keys = keys;
    this.values = values;
    this.listlen = keys.length;
    this.presortCheck();
  }

  /** CPython's pre-sort check: the first key's type, proved for every key. */
  presortCheck(): void {
    const keys = this.keys, n = keys.length;
    let inTuples = isNonEmptyTuple(keys[0]);
    const first = inTuples ? (keys[0] as PyTuple).items[0] : keys[0];
    const firstType = typeOf(first);
    let sameType = true, allBmp = true, allNumbers = true;
    // kindFor trusts the representation: every key must also be a JS int, a PyFloat or a PyStr like first
    const rep = typeof first === "number" || typeof first === "bigint" ? 0 : first instanceof PyFloat ? 1 : 2;
    for (let i = 0; i < n; i++) {
      const k = keys[i];
      if (inTuples && !isNonEmptyTuple(k)) {
        inTuples = false;
        sameType = false;
        break;
      }
      const key = inTuples ? (k as PyTuple).items[0] : k;
      if (typeof key !== "number") allNumbers = false;
      if (
        typeOf(key) !== firstType ||
        (rep === 0
          ? typeof key !== "number" && typeof key !== "bigint"
          : rep === 1 && !(key instanceof PyFloat))
      ) {
        sameType = false;
        // keys in tuples: every key must still be proved a tuple
        if (!inTuples) break;
      }
      if (sameType && key instanceof PyStr && !key.allBmp) allBmp = false;
      else if (sameType && rep === 2 && first instanceof PyStr && !(key instanceof PyStr)) sameType = false;
    }
    const kind = sameType ? kindFor(first, allBmp) : SAFE;
    this.allNumbers = allNumbers && !inTuples && sameType;
    if (inTuples) {
      this.elemKind = kind;
      this.kind = TUPLE;
    } else this.kind = kind;
  }

  /** x < y for two keys (ISLT). */
  islt(x: W, y: W): boolean {
    switch (this.kind) {
      case INT:
        return (x as number) < (y as number);
      case FLOAT:
        return (x as PyFloat).value < (y as PyFloat).value;
      case STR:
        return (x as PyStr).value < (y as PyStr).value;
      case STR_ANY:
        return compareStrings((x as PyStr).value, (y as PyStr).value) < 0;
      case TUPLE:
        return this.tupleLt((x as PyTuple).items, (y as PyTuple).items);
    }
    return lt(x, y);
  }

  /**
   * unsafe_tuple_compare: the first items that are not == decide, compared by elemKind at index 0.
   * For exact ints, floats and strs `==` then `<` is one three-way test (no user code can run).
   */
  tupleLt(x: W[], y: W[]): boolean {
    const p = x[0], q = y[0];
    if (p !== q) {
      switch (this.elemKind) {
        case INT:
          // loose equality compares numbers and bigints exactly
          if (p != q) return (p as number) < (q as number);
          break;
        case FLOAT: {
          const a = (p as PyFloat).value, b = (q as PyFloat).value;
          if (a !== b) return a < b; // NaN: unequal, and not less
          break;
        }
        case STR: {
          const a = (p as PyStr).value, b = (q as PyStr).value;
          if (a !== b) return a < b;
          break;
        }
        case STR_ANY: {
          const a = (p as PyStr).value, b = (q as PyStr).value;
          if (a !== b) return compareStrings(a, b) < 0;
          break;
        }
        default:
          if (!eq(p, q)) return lt(p, q);
      }
    }
    const n = x.length < y.length ? x.length : y.length;
    for (let i = 1; i < n; i++) {
      const p = x[i], q = y[i];
      if (p === q) continue;
      if (typeof p === "number" && typeof q === "number") return p < q;
      if (p instanceof PyStr && q instanceof PyStr && p.cls === strType && q.cls === strType) {
        const a = p.value, b = q.value;
        if (a === b) continue;
        return p.allBmp && q.allBmp ? a < b : compareStrings(a, b) < 0;
      }
      if (!eq(p, q)) return lt(p, q);
    }
    return x.length < y.length;
  }

  reverseRange(lo: number, hi: number): void {
    reverseSlice(this.keys, lo, hi);
    if (this.values !== null) reverseSlice(this.values, lo, hi);
  }

  /** Stable binary insertion sort of [lo, lo+n), whose first `ok` items are already sorted. */
  binarySort(lo: number, n: number, ok: number): void {
    const a = this.keys, v = this.values;
    if (ok === 0) ok = 1;
    for (; ok < n; ok++) {
      let l = 0, r = ok;
      const pivot = a[lo + ok];
      do {
        const m = (l + r) >> 1;
        if (this.islt(pivot, a[lo + m])) r = m;
        else l = m + 1;
      } while (l < r);
      for (let m = ok; m > l; m--) a[lo + m] = a[lo + m - 1];
      a[lo + l] = pivot;
      if (v !== null) {
        const vp = v[lo + ok];
        for (let m = ok; m > l; m--) v[lo + m] = v[lo + m - 1];
        v[lo + l] = vp;
      }
    }
  }

  /** Length of the run at lo (at most `remaining`), made ascending in place. */
  countRun(lo: number, remaining: number): number {
    const a = this.keys;
    let n = 1;
    for (; n < remaining; n++) if (this.islt(a[lo + n], a[lo + n - 1])) break;
    if (n === remaining) return n;
    // a[lo+n] is strictly less: unless the ascending prefix is all equal, the run ends here
    if (n > 1) {
      if (this.islt(a[lo], a[lo + n - 1])) return n;
      this.reverseRange(lo, lo + n);
    }
    n++;
    // A descending run; equal stretches are reversed on the way so the final reversal keeps them stable.
    let neq = 0;
    for (; n < remaining; n++) {
      if (this.islt(a[lo + n], a[lo + n - 1])) {
        if (neq !== 0) {
          neq++;
          this.reverseRange(lo + n - neq, lo + n);
          neq = 0;
        }
      } else {
        if (this.islt(a[lo + n - 1], a[lo + n])) break;
        neq++;
      }
    }
    if (neq !== 0) {
      neq++;
      this.reverseRange(lo + n - neq, lo + n);
    }
    this.reverseRange(lo, lo + n);
    for (; n < remaining; n++) if (this.islt(a[lo + n], a[lo + n - 1])) break;
    return n;
  }

  /** k in 0..n with a[base+k-1] < key <= a[base+k], searching out from hint. */
  gallopLeft(key: W, a: W[], base: number, n: number, hint: number): number {
    let lastofs = 0, ofs = 1;
    const h = base + hint;
    if (this.islt(a[h], key)) {
      const maxofs = n - hint;
      while (ofs < maxofs) {
        if (!this.islt(a[h + ofs], key)) break;
        lastofs = ofs;
        ofs = ofs * 2 + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    } else {
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (this.islt(a[h - ofs], key)) break;
        lastofs = ofs;
        ofs = ofs * 2 + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      const k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    }
    lastofs++;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (this.islt(a[base + m], key)) lastofs = m + 1;
      else ofs = m;
    }
    return ofs;
  }

  /** k in 0..n with a[base+k-1] <= key < a[base+k], searching out from hint. */
  gallopRight(key: W, a: W[], base: number, n: number, hint: number): number {
    let lastofs = 0, ofs = 1;
    const h = base + hint;
    if (this.islt(key, a[h])) {
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (!this.islt(key, a[h - ofs])) break;
        lastofs = ofs;
        ofs = ofs * 2 + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      const k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    } else {
      const maxofs = n - hint;
      while (ofs < maxofs) {
        if (this.islt(key, a[h + ofs])) break;
        lastofs = ofs;
        ofs = ofs * 2 + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    }
    lastofs++;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (this.islt(key, a[base + m])) ofs = m;
      else lastofs = m + 1;
    }
    return ofs;
  }

  /** Merge runs [pa, pa+na) and [pb, pb+nb) (pb = pa+na, na <= nb) through a copy of the first. */
  mergeLo(pa: number, na: number, pb: number, nb: number): void {
    const keys = this.keys, vals = this.values, tk = this.tmpKeys, tv = this.tmpValues;
    for (let i = 0; i < na; i++) tk[i] = keys[pa + i];
    if (vals !== null) { for (let i = 0; i < na; i++) tv[i] = vals[pa + i]; }
    let dest = pa, ia = 0, ib = pb;
    let copyB = false;
    try {
      keys[dest] = keys[ib];
      if (vals !== null) vals[dest] = vals[ib];
      dest++;
      ib++;
      nb--;
      if (nb === 0) return;
      if (na === 1) {
        copyB = true;
        return;
      }
      let minGallop = this.minGallop;
      outer: for (;;) {
        let acount = 0, bcount = 0;
        // One item at a time until one run wins minGallop times in a row.
        do {
          if (this.islt(keys[ib], tk[ia])) {
            keys[dest] = keys[ib];
            if (vals !== null) vals[dest] = vals[ib];
            dest++;
            ib++;
            bcount++;
            acount = 0;
            nb--;
            if (nb === 0) break outer;
          } else {
            keys[dest] = tk[ia];
            if (vals !== null) vals[dest] = tv[ia];
            dest++;
            ia++;
            acount++;
            bcount = 0;
            na--;
            if (na === 1) {
              copyB = true;
              break outer;
            }
          }
        } while (acount < minGallop && bcount < minGallop);
        // Gallop while either run keeps winning by MIN_GALLOP or more.
        minGallop++;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          this.minGallop = minGallop;
          let k = this.gallopRight(keys[ib], tk, ia, na, 0);
          acount = k;
          if (k !== 0) {
            for (let i = 0; i < k; i++) keys[dest + i] = tk[ia + i];
            if (vals !== null) { for (let i = 0; i < k; i++) vals[dest + i] = tv[ia + i]; }
            dest += k;
            ia += k;
            na -= k;
            if (na === 1) {
              copyB = true;
              break outer;
            }
            // na == 0 only happens with an inconsistent comparison
            if (na === 0) break outer;
          }
          keys[dest] = keys[ib];
          if (vals !== null) vals[dest] = vals[ib];
          dest++;
          ib++;
          nb--;
          if (nb === 0) break outer;

          k = this.gallopLeft(tk[ia], keys, ib, nb, 0);
          bcount = k;
          if (k !== 0) {
            for (let i = 0; i < k; i++) keys[dest + i] = keys[ib + i];
            if (vals !== null) { for (let i = 0; i < k; i++) vals[dest + i] = vals[ib + i]; }
            dest += k;
            ib += k;
            nb -= k;
            if (nb === 0) break outer;
          }
          keys[dest] = tk[ia];
          if (vals !== null) vals[dest] = tv[ia];
          dest++;
          ia++;
          na--;
          if (na === 1) {
            copyB = true;
            break outer;
          }
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++; // penalty for leaving galloping mode
        this.minGallop = minGallop;
      }
    } finally {
      if (copyB) {
        // the last item of run A belongs after everything left in B
        for (let i = 0; i < nb; i++) keys[dest + i] = keys[ib + i];
        keys[dest + nb] = tk[ia];
        if (vals !== null) {
          for (let i = 0; i < nb; i++) vals[dest + i] = vals[ib + i];
          vals[dest + nb] = tv[ia];
        }
      } else {
        // success, or a comparison raised: what is left of A goes back (the list stays a permutation)
        for (let i = 0; i < na; i++) keys[dest + i] = tk[ia + i];
        if (vals !== null) { for (let i = 0; i < na; i++) vals[dest + i] = tv[ia + i]; }
      }
    }
  }

  /** Merge runs [pa, pa+na) and [pb, pb+nb) (pb = pa+na, na >= nb) from the right, copying the second. */
  mergeHi(pa: number, na: number, pb: number, nb: number): void {
    const keys = this.keys, vals = this.values, tk = this.tmpKeys, tv = this.tmpValues;
    for (let i = 0; i < nb; i++) tk[i] = keys[pb + i];
    if (vals !== null) { for (let i = 0; i < nb; i++) tv[i] = vals[pb + i]; }
    let dest = pb + nb - 1, ia = pa + na - 1, ib = nb - 1;
    let copyA = false;
    try {
      keys[dest] = keys[ia];
      if (vals !== null) vals[dest] = vals[ia];
      dest--;
      ia--;
      na--;
      if (na === 0) return;
      if (nb === 1) {
        copyA = true;
        return;
      }
      let minGallop = this.minGallop;
      outer: for (;;) {
        let acount = 0, bcount = 0;
        do {
          if (this.islt(tk[ib], keys[ia])) {
            keys[dest] = keys[ia];
            if (vals !== null) vals[dest] = vals[ia];
            dest--;
            ia--;
            acount++;
            bcount = 0;
            na--;
            if (na === 0) break outer;
          } else {
            keys[dest] = tk[ib];
            if (vals !== null) vals[dest] = tv[ib];
            dest--;
            ib--;
            bcount++;
            acount = 0;
            nb--;
            if (nb === 1) {
              copyA = true;
              break outer;
            }
          }
        } while (acount < minGallop && bcount < minGallop);
        minGallop++;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          this.minGallop = minGallop;
          let k = na - this.gallopRight(tk[ib], keys, pa, na, na - 1);
          acount = k;
          if (k !== 0) {
            dest -= k;
            ia -= k;
            // overlapping move to the right: copy from the top down
            for (let i = k; i >= 1; i--) keys[dest + i] = keys[ia + i];
            if (vals !== null) { for (let i = k; i >= 1; i--) vals[dest + i] = vals[ia + i]; }
            na -= k;
            if (na === 0) break outer;
          }
          keys[dest] = tk[ib];
          if (vals !== null) vals[dest] = tv[ib];
          dest--;
          ib--;
          nb--;
          if (nb === 1) {
            copyA = true;
            break outer;
          }

          k = nb - this.gallopLeft(keys[ia], tk, 0, nb, nb - 1);
          bcount = k;
          if (k !== 0) {
            dest -= k;
            ib -= k;
            for (let i = 1; i <= k; i++) keys[dest + i] = tk[ib + i];
            if (vals !== null) { for (let i = 1; i <= k; i++) vals[dest + i] = tv[ib + i]; }
            nb -= k;
            if (nb === 1) {
              copyA = true;
              break outer;
            }
            // nb == 0 only happens with an inconsistent comparison
            if (nb === 0) break outer;
          }
          keys[dest] = keys[ia];
          if (vals !== null) vals[dest] = vals[ia];
          dest--;
          ia--;
          na--;
          if (na === 0) break outer;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        this.minGallop = minGallop;
      }
    } finally {
      if (copyA) {
        // the first item of run B belongs before everything left in A
        for (let i = 0; i < na; i++) keys[dest - i] = keys[ia - i];
        keys[dest - na] = tk[ib];
        if (vals !== null) {
          for (let i = 0; i < na; i++) vals[dest - i] = vals[ia - i];
          vals[dest - na] = tv[ib];
        }
      } else {
        for (let i = 0; i < nb; i++) keys[dest - nb + 1 + i] = tk[i];
        if (vals !== null) { for (let i = 0; i < nb; i++) vals[dest - nb + 1 + i] = tv[i]; }
      }
    }
  }

  /** Merge the pending runs i and i+1. */
  mergeAt(i: number): void {
    const base = this.runBase, len = this.runLen;
    let pa = base[i], na = len[i];
    const pb = base[i + 1];
    let nb = len[i + 1];
    len[i] = na + nb;
    if (i === this.n - 3) {
      base[i + 1] = base[i + 2];
      len[i + 1] = len[i + 2];
      this.runPower[i + 1] = this.runPower[i + 2];
    }
    this.n--;
    // Items of A before where B's first item goes, and of B after where A's last goes, stay put.
    const keys = this.keys;
    const k = this.gallopRight(keys[pb], keys, pa, na, 0);
    pa += k;
    na -= k;
    if (na === 0) return;
    nb = this.gallopLeft(keys[pa + na - 1], keys, pb, nb, nb - 1);
    if (nb <= 0) return;
    if (na <= nb) this.mergeLo(pa, na, pb, nb);
    else this.mergeHi(pa, na, pb, nb);
  }

  /** Powersort: merge pending runs deeper in the merge tree than the run just before a new one of n2. */
  foundNewRun(n2: number): void {
    if (this.n === 0) return;
    const top = this.n - 1;
    const power = powerloop(this.runBase[top], this.runLen[top], n2, this.listlen);
    while (this.n > 1 && this.runPower[this.n - 2] > power) this.mergeAt(this.n - 2);
    this.runPower[this.n - 1] = power;
  }

  forceCollapse(): void {
    const len = this.runLen;
    while (this.n > 1) {
      let i = this.n - 2;
      if (i > 0 && len[i - 1] < len[i + 1]) i--;
      this.mergeAt(i);
    }
  }

  sort(): void {
    let remaining = this.keys.length;
    let lo = 0;
    const minrun = computeMinrun(remaining);
    do {
      let n = this.countRun(lo, remaining);
      if (n < minrun) {
        const force = remaining <= minrun ? remaining : minrun;
        this.binarySort(lo, force, n);
        n = force;
      }
      this.foundNewRun(n);
      this.runBase[this.n] = lo;
      this.runLen[this.n] = n;
      this.runPower[this.n] = 0;
      this.n++;
      lo += n;
      remaining -= n;
    } while (remaining !== 0);
    this.forceCollapse();
  }
}

function reverseSlice(a: W[], lo: number, hi: number): void {
  for (hi--; lo < hi; lo++, hi--) {
    const t = a[lo];
    a[lo] = a[hi];
    a[hi] = t;
  }
}

/** The depth of the boundary between two adjacent runs in the ideal merge tree over n items. */
function powerloop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  // midpoints of the two runs, doubled to stay integral
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    result++;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) break;
    a *= 2;
    b *= 2;
  }
  return result;
}

/** n itself below 64, else a k in 32..64 with n/k just below a power of two. */
function computeMinrun(n: number): number {
  let r = 0;
  while (n >= MAX_MINRUN) {
    r |= n & 1;
    n = Math.floor(n / 2);
  }
  return n + r;
}

/**
 * Sort keys in place (values, when not null, move with them: the items of a key-function sort). A
 * comparison that raises propagates and leaves both arrays some permutation of their input.
 */
export function mergeSort(keys: W[], values: W[] | null): void {
  if (keys.length < 2) return;
  const ms = new MergeState(keys, values);
  // Ints order totally and run no code when compared, so any stable sort gives CPython's result.
  if (ms.kind === INT && ms.allNumbers && sortNumberKeys(keys, values)) return;
  ms.sort();
}

/**
 * Sort JS-number keys natively: alone (equal ints are indistinguishable), or with the values of a
 * key-function sort as (key - min) * n + index packed in one number (the index keeps equal keys
 * stable). An Int32Array sorts several times faster than a Float64Array in V8, so ranges that fit
 * 31 bits use it. False when the packed range exceeds 2**53.
 */
function sortNumberKeys(keys: W[], values: W[] | null): boolean {
  const n = keys.length;
  let min = keys[0] as number, max = min;
  for (let i = 1; i < n; i++) {
    const k = keys[i] as number;
    if (k < min) min = k;
    else if (k > max) max = k;
  }
  const span = values === null ? max - min + 1 : (max - min + 1) * n;
  if (span > Number.MAX_SAFE_INTEGER) return false;
  const packed = span <= 0x7fffffff ? new Int32Array(n) : new Float64Array(n);
  if (values === null) {
    for (let i = 0; i < n; i++) packed[i] = (keys[i] as number) - min;
    packed.sort();
    for (let i = 0; i < n; i++) keys[i] = packed[i] + min;
    return true;
  }
  for (let i = 0; i < n; i++) packed[i] = ((keys[i] as number) - min) * n + i;
  packed.sort();
  const oldKeys = keys.slice(), oldValues = values.slice();
  for (let j = 0; j < n; j++) {
    const i = packed[j] % n;
    keys[j] = oldKeys[i];
    values[j] = oldValues[i];
  }
  return true;
}
