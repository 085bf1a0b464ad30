// _random (CPython's Modules/_randommodule.c): the Mersenne Twister MT19937 behind random.Random.
// Seeding, the 53-bit random(), getrandbits and the state tuple follow CPython exactly, so a seeded
// random.py (which builds randint/choice/shuffle/gauss on these) prints CPython's numbers.
import { defineMethods, type Kwargs, None, PyInstance, PyType, typeOf, type W } from "../objects/model.ts";
import { errorWithMessage, raiseOverflowError, raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { newFloat } from "../objects/float.ts";
import { asInt, indexOf, type IntValue, normBig } from "../objects/int.ts";
import { newTuple, PyTuple } from "../objects/tuple.ts";
import { hash } from "../objects/operations.ts";
import { type NativeModuleDef, nativeType } from "./define.ts";

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

export class PyRandom extends PyInstance {
  declare mt: Uint32Array;
  declare index: number;
  constructor(cls: PyType) {
    super(cls);
    this.mt = new Uint32Array(N);
    this.index = N + 1;
  }
}

export const randomType: PyType = nativeType("_random", "Random", undefined, {
  factory: (cls) => new PyRandom(cls),
});

function initGenrand(r: PyRandom, s: number): void {
  const mt = r.mt;
  mt[0] = s >>> 0;
  for (let i = 1; i < N; i++) {
    const prev = mt[i - 1];
    mt[i] = (Math.imul(1812433253, prev ^ (prev >>> 30)) + i) >>> 0;
  }
  r.index = N;
}

/** init_by_array of the reference implementation (CPython seeds through it with 32-bit key words). */
export function initByArray(r: PyRandom, key: Uint32Array): void {
  initGenrand(r, 19650218);
  const mt = r.mt;
  const keyLength = key.length;
  let i = 1, j = 0;
  for (let k = N > keyLength ? N : keyLength; k > 0; k--) {
    const prev = mt[i - 1];
    mt[i] = ((mt[i] ^ Math.imul(prev ^ (prev >>> 30), 1664525)) + key[j] + j) >>> 0;
    i++;
    j++;
    if (i >= N) {
      mt[0] = mt[N - 1];
      i = 1;
    }
    if (j >= keyLength) j = 0;
  }
  for (let k = N - 1; k > 0; k--) {
    const prev = mt[i - 1];
    mt[i] = ((mt[i] ^ Math.imul(prev ^ (prev >>> 30), 1566083941)) - i) >>> 0;
    i++;
    if (i >= N) {
      mt[0] = mt[N - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000;
  r.index = N;
}

/** genrand_uint32: the next tempered 32-bit output. */
export function genrandUint32(r: PyRandom): number {
  const mt = r.mt;
  if (r.index >= N) {
    let kk = 0;
    let y: number;
    for (; kk < N - M; kk++) {
      y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    for (; kk < N - 1; kk++) {
      y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
    mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    r.index = 0;
  }
  let y = mt[r.index++];
  y ^= y >>> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  y ^= y >>> 18;
  return y >>> 0;
}

/** random(): 53 bits from two draws (27 + 26 bits), as genrand_res53. */
export function randomDouble(r: PyRandom): number {
  const a = genrandUint32(r) >>> 5, b = genrandUint32(r) >>> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

/** The key words of a nonnegative int, least significant first (at least one word). */
function keyWords(n: bigint): Uint32Array {
  const words: number[] = [];
  do {
    words.push(Number(n & 0xffffffffn));
    n >>= 32n;
  } while (n > 0n);
  return Uint32Array.from(words);
}

function seedFromEntropy(r: PyRandom): void {
  const key = new Uint32Array(N);
  crypto.getRandomValues(key);
  initByArray(r, key);
}

function seed(r: PyRandom, arg: W | undefined): void {
  if (arg === undefined || arg === None) {
    seedFromEntropy(r);
    return;
  }
  let n: bigint;
  const i = asInt(arg);
  if (i !== undefined) {
    n = BigInt(i);
    if (n < 0n) n = -n;
  } else {
    // Other objects seed with their hash, cast to size_t.
    n = BigInt.asUintN(64, BigInt(hash(arg)));
  }
  initByArray(r, keyWords(n));
}

/** V8's largest BigInt (kMaxLengthBits): beyond it CPython would allocate; we report MemoryError. */
const MAX_BIGINT_BITS = 2 ** 30 - 1;
/** 32-bit words per BigInt built from hex text before the halves are joined by shifts. */
const CHUNK_WORDS = 1024;

function getrandbits(r: PyRandom, k: number): IntValue {
  if (k === 0) return 0;
  if (k <= 32) return genrandUint32(r) >>> (32 - k);
  if (k > MAX_BIGINT_BITS) throw errorWithMessage("MemoryError", "");
  // Words come least significant first; the last one keeps its top k % 32 bits (as CPython).
  const words = Math.floor((k - 1) / 32) + 1;
  const chunks: bigint[] = [];
  for (let start = 0; start < words; start += CHUNK_WORDS) {
    const end = Math.min(words, start + CHUNK_WORDS);
    const hex: string[] = new Array(end - start);
    for (let i = start; i < end; i++) {
      let w = genrandUint32(r);
      const left = k - 32 * i;
      if (left < 32) w >>>= 32 - left;
      hex[end - 1 - i] = w.toString(16).padStart(8, "0");
    }
    chunks.push(BigInt("0x" + hex.join("")));
  }
  // Join neighbouring chunks pairwise (linear work per level, so large k is not quadratic).
  let width = BigInt(32 * CHUNK_WORDS);
  let level = chunks;
  while (level.length > 1) {
    const next: bigint[] = [];
    for (let i = 0; i < level.length; i += 2) {
      next.push(i + 1 < level.length ? (level[i + 1] << width) | level[i] : level[i]);
    }
    level = next;
    width *= 2n;
  }
  return normBig(level[0]);
}

function self(w: W): PyRandom {
  if (!(w instanceof PyRandom)) raiseTypeError("descriptor requires a '_random.Random' object");
  return w;
}

defineMethods(randomType, [
  {
    name: "__new__",
    arity: [0, -1],
    kind: "static",
    kw: ["**"],
    impl: (a, kw) => {
      const cls = a[0];
      if (!(cls instanceof PyType) || !cls.isSubtypeOf(randomType)) {
        raiseTypeError("Random.__new__(X): X is not a subtype of Random");
      }
      // random_new: the exact type rejects keywords (subclasses may take their own)
      if (cls === randomType && kw !== null && kw.names.length > 0) {
        raiseTypeError("Random() takes no keyword arguments");
      }
      const r = new PyRandom(cls);
      if (a.length > 2) raiseTypeError("Random() requires 0 or 1 argument");
      return r;
    },
  },
  {
    name: "__init__",
    arity: [0, -1],
    kw: ["**"],
    impl: (a, kw: Kwargs | null) => {
      const r = self(a[0]);
      if (r.cls === randomType && kw !== null && kw.names.length > 0) {
        raiseTypeError("Random() takes no keyword arguments");
      }
      if (a.length > 2) raiseTypeError("Random() requires 0 or 1 argument");
      seed(r, a[1]);
      return None;
    },
  },
  {
    name: "seed",
    arity: [0, 1],
    impl: (a) => {
      seed(self(a[0]), a[1]);
      return None;
    },
  },
  { name: "random", arity: [0, 0], impl: (a) => newFloat(randomDouble(self(a[0]))) },
  {
    name: "getrandbits",
    arity: [1, 1],
    impl: (a) => {
      const k = indexOf(a[1]);
      // 3.14 converts k as an unsigned 64-bit integer
      if (k < 0) raiseValueError("Cannot convert negative int");
      if (typeof k === "bigint") {
        if (k >= 1n << 64n) raiseOverflowError("Python int too large for C uint64_t");
        throw errorWithMessage("MemoryError", "");
      }
      return getrandbits(self(a[0]), k);
    },
  },
  {
    name: "getstate",
    arity: [0, 0],
    impl: (a) => {
      const r = self(a[0]);
      const items: W[] = new Array(N + 1);
      for (let i = 0; i < N; i++) items[i] = r.mt[i];
      items[N] = r.index;
      return newTuple(items);
    },
  },
  {
    name: "setstate",
    arity: [1, 1],
    impl: (a) => {
      const r = self(a[0]);
      const state = a[1];
      if (!(state instanceof PyTuple)) raiseTypeError("state vector must be a tuple");
      if (state.items.length !== N + 1) raiseValueError("state vector is the wrong size");
      const mt = new Uint32Array(N);
      for (let i = 0; i < N; i++) {
        const v = asInt(state.items[i]);
        if (v === undefined) {
          raiseTypeError(`'${typeOf(state.items[i]).name}' object cannot be interpreted as an integer`);
        }
        if (v < 0) raiseOverflowErrorNegative();
        if (v > 0xffffffff) raiseOverflowErrorTooBig();
        mt[i] = Number(v);
      }
      const idx = asInt(state.items[N]);
      if (idx === undefined) {
        raiseTypeError("'" + typeOf(state.items[N]).name + "' object cannot be interpreted as an integer");
      }
      if (idx < 0 || idx > N) raiseValueError("invalid state");
      r.mt = mt;
      r.index = Number(idx);
      return None;
    },
  },
]);

function raiseOverflowErrorNegative(): never {
  raiseOverflowError("can't convert negative value to unsigned int");
}
function raiseOverflowErrorTooBig(): never {
  raiseOverflowError("Python int too large to convert to C unsigned long");
}

export const randomModule: NativeModuleDef = {
  name: "_random",
  doc: "Module implements the Mersenne Twister random number generator.",
  types: [randomType],
};
