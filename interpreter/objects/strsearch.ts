// Substring search in linear time for long needles, shared by str and bytes/bytearray.
//
// V8's String.prototype.indexOf and a naive byte loop take O(n*m) steps on inputs such as
// ('a'*N + 'b'*N).find('a'*N + 'b'*2N): CPython's fastsearch.c switches to the Crochemore–Perrin
// two-way algorithm for such needles, so programs (and CPython's test_adaptive_find) rely on
// find/count/split/replace being O(n + m). Short needles keep indexOf (worst case m*n is small) and
// hay lengths under LONG_HAY keep it too (bounded work).

const LONG_NEEDLE = 32;
const LONG_HAY = 2048;

type Hay = string | Uint8Array;

/** A needle prepared for two-way search: its critical factorization (suffix, period). */
class TwoWay {
  declare needle: Int32Array;
  declare suffix: number;
  declare period: number;
  declare periodic: boolean;
  constructor(needle: Int32Array) {
    this.needle = needle;
    const m = needle.length;
    // Maximal suffix for both orderings; the later one gives a critical factorization.
    const [s1, p1] = maximalSuffix(needle, false);
    const [s2, p2] = maximalSuffix(needle, true);
    let ms: number, period: number;
    if (s1 > s2) {
      ms = s1;
      period = p1;
    } else {
      ms = s2;
      period = p2;
    }
    this.suffix = ms + 1;
    // Periodic when needle[0:suffix] reappears at needle[period:]: then shifts by the period, keeping
    // the length of the prefix already known to match ("memory").
    let periodic = this.suffix + period <= m;
    for (let i = 0; periodic && i < this.suffix; i++) if (needle[i] !== needle[i + period]) periodic = false;
    this.periodic = periodic;
    this.period = periodic ? period : Math.max(this.suffix, m - this.suffix) + 1;
  }

  /** First k in [0, n-m] with hay[at(k + i)] === needle[i] for all i, where at(x) = base + dir*x. */
  search(hay: Hay, base: number, dir: number, n: number): number {
    const x = this.needle, m = x.length, suffix = this.suffix, period = this.period;
    const str = typeof hay === "string";
    let j = 0;
    if (this.periodic) {
      let memory = 0;
      while (j <= n - m) {
        let i = Math.max(suffix, memory);
        while (i < m && x[i] === unit(hay, str, base + dir * (i + j))) i++;
        if (i >= m) {
          i = suffix - 1;
          while (i >= memory && x[i] === unit(hay, str, base + dir * (i + j))) i--;
          if (i < memory) return j;
          j += period;
          memory = m - period;
        } else {
          j += i - suffix + 1;
          memory = 0;
        }
      }
      return -1;
    }
    while (j <= n - m) {
      let i = suffix;
      while (i < m && x[i] === unit(hay, str, base + dir * (i + j))) i++;
      if (i >= m) {
        i = suffix - 1;
        while (i >= 0 && x[i] === unit(hay, str, base + dir * (i + j))) i--;
        if (i < 0) return j;
        j += period;
      } else {
        j += i - suffix + 1;
      }
    }
    return -1;
  }
}

function unit(hay: Hay, str: boolean, i: number): number {
  return str ? (hay as string).charCodeAt(i) : (hay as Uint8Array)[i];
}

/** [start of the maximal suffix - 1, its period] under < (or > when `greater`). */
function maximalSuffix(x: Int32Array, greater: boolean): [number, number] {
  const m = x.length;
  let ms = -1, j = 0, k = 1, p = 1;
  while (j + k < m) {
    const a = x[j + k], b = x[ms + k];
    if (greater ? a > b : a < b) {
      j += k;
      k = 1;
      p = j - ms;
    } else if (a === b) {
      if (k !== p) k++;
      else {
        j += p;
        k = 1;
      }
    } else {
      ms = j;
      j++;
      k = p = 1;
    }
  }
  return [ms, p];
}

function needleUnits(needle: Hay, reverse: boolean): Int32Array {
  const m = needle.length, out = new Int32Array(m);
  const str = typeof needle === "string";
  for (let i = 0; i < m; i++) out[reverse ? m - 1 - i : i] = unit(needle, str, i);
  return out;
}

/** Whether V8's own search (String.prototype.indexOf, includes, replaceAll) is safe for this needle. */
export function isShortNeedle(m: number): boolean {
  return m < LONG_NEEDLE;
}

function isLong(m: number, n: number): boolean {
  return m >= LONG_NEEDLE && n >= LONG_HAY;
}

/** Index of the first occurrence of needle lying wholly inside hay[lo:hi], or -1. */
export function searchForward(hay: Hay, needle: Hay, lo: number, hi: number): number {
  const m = needle.length;
  if (lo < 0) lo = 0;
  if (hi > hay.length) hi = hay.length;
  if (hi - lo < m) return -1;
  if (isLong(m, hi - lo)) {
    // indexOf flattens a rope (a concatenation V8 has not joined yet: charCodeAt on it is slow), and
    // finds where a match could start at the earliest.
    if (typeof hay === "string") {
      const first = hay.indexOf((needle as string)[0], lo);
      if (first < 0 || first + m > hi) return -1;
      lo = first;
    }
    const k = new TwoWay(needleUnits(needle, false)).search(hay, lo, 1, hi - lo);
    return k < 0 ? -1 : lo + k;
  }
  if (typeof hay === "string") {
    const u = hay.indexOf(needle as string, lo);
    return u >= 0 && u + m <= hi ? u : -1;
  }
  const x = needle as Uint8Array;
  outer: for (let i = lo; i + m <= hi; i++) {
    for (let j = 0; j < m; j++) if (hay[i + j] !== x[j]) continue outer;
    return i;
  }
  return -1;
}

/** Index of the last occurrence of needle lying wholly inside hay[lo:hi], or -1. */
export function searchBackward(hay: Hay, needle: Hay, lo: number, hi: number): number {
  const m = needle.length;
  if (lo < 0) lo = 0;
  if (hi > hay.length) hi = hay.length;
  if (hi - lo < m) return -1;
  if (isLong(m, hi - lo)) {
    // Forward search of the reversed needle over the reversed hay.
    if (typeof hay === "string") {
      const last = hay.lastIndexOf((needle as string)[m - 1], hi - 1);
      if (last < 0 || last + 1 - m < lo) return -1;
      hi = last + 1;
    }
    const k = new TwoWay(needleUnits(needle, true)).search(hay, hi - 1, -1, hi - lo);
    return k < 0 ? -1 : hi - k - m;
  }
  if (typeof hay === "string") {
    const u = hay.lastIndexOf(needle as string, hi - m);
    return u >= lo ? u : -1;
  }
  const x = needle as Uint8Array;
  outer: for (let i = hi - m; i >= lo; i--) {
    for (let j = 0; j < m; j++) if (hay[i + j] !== x[j]) continue outer;
    return i;
  }
  return -1;
}
