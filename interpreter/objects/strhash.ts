// The hash of str and bytes: CPython's SipHash-1-3 (sys.hash_info.algorithm) over the same bytes CPython
// hashes, with the same per-process key, so that hash('spam') and the iteration order of a set of strings
// are CPython's for the same PYTHONHASHSEED (0: the key is all zeros; N: the key is N's linear
// congruential bytes; unset or "random": random bytes, which is why set orders differ from run to run, as
// in CPython). A str is hashed as CPython stores it: one byte per character when all are below 256, two
// (little-endian) when all are below 65536, else four; so hash('spam') == hash(b'spam').
// 64-bit words are kept as two 32-bit halves (no BigInt); the result is returned as its low half, with the
// high half left in `sipHi`.

import { config } from "../config.ts";

/** The high 32 bits of the last hash computed. */
export let sipHi = 0;

// the key: k0 and k1 as 32-bit halves, set from config.hashSeed at the first hash (the command line has
// been read by then: nothing hashes a str while the modules load)
let keyed = false;
let k0l = 0, k0h = 0, k1l = 0, k1h = 0;

/**
 * Set the key as CPython's _Py_HashRandomization_Init does: `seed` 0 = all zeros, another integer = the
 * bytes of lcg_urandom(seed), null = random.
 */
export function setHashSeed(seed: number | null): void {
  keyed = true;
  const secret = new Uint8Array(24); // sizeof(_Py_HashSecret_t); SipHash's key is its first 16 bytes
  if (seed === null) crypto.getRandomValues(secret);
  else if (seed !== 0) {
    let x = seed >>> 0;
    for (let i = 0; i < secret.length; i++) {
      x = (Math.imul(x, 214013) + 2531011) >>> 0;
      secret[i] = (x >>> 16) & 0xff;
    }
  }
  const dv = new DataView(secret.buffer);
  k0l = dv.getInt32(0, true);
  k0h = dv.getInt32(4, true);
  k1l = dv.getInt32(8, true);
  k1h = dv.getInt32(12, true);
}

/** The message as 32-bit halves (low, high, low, ...), filled before each `sip` call, grown as needed. */
let buf = new Int32Array(64);

function room(halves: number): Int32Array {
  if (buf.length < halves) buf = new Int32Array(Math.max(halves, 2 * buf.length));
  return buf;
}

/**
 * SipHash-1-3 of `n` bytes: `words` whole 64-bit words in `buf`, then the final partial word (`tl`, `th`).
 * The rounds are inline, on locals (module variables or a round function were twice as slow). Returns the
 * low half; the high half goes to `sipHi`.
 */
function sip(words: number, tl: number, th: number, n: number): number {
  if (!keyed) setHashSeed(config.hashSeed);
  const m = buf;
  let v0l = k0l ^ 0x70736575, v0h = k0h ^ 0x736f6d65;
  let v1l = k1l ^ 0x6e646f6d, v1h = k1h ^ 0x646f7261;
  let v2l = k0l ^ 0x6e657261, v2h = k0h ^ 0x6c796765;
  let v3l = k1l ^ 0x79746573, v3h = k1h ^ 0x74656462;
  // the message words, then the last word (tail and length), then three rounds with no word
  const end = words + 4;
  for (let w = 0; w < end; w++) {
    let ml = 0, mh = 0;
    if (w < words) {
      ml = m[2 * w];
      mh = m[2 * w + 1];
    } else if (w === words) {
      ml = tl;
      mh = th | (n << 24);
    } else if (w === words + 1) v2l ^= 0xff;
    v3l ^= ml;
    v3h ^= mh;
    let lo: number, hi: number, t: number; // a 64-bit add: the carry is the top bit of (a&b)|((a|b)&~sum)
    lo = (v0l + v1l) | 0;
    v0h = (v0h + v1h + (((v0l & v1l) | ((v0l | v1l) & ~lo)) >>> 31)) | 0;
    v0l = lo;
    lo = (v2l + v3l) | 0;
    v2h = (v2h + v3h + (((v2l & v3l) | ((v2l | v3l) & ~lo)) >>> 31)) | 0;
    v2l = lo;
    hi = (v1h << 13) | (v1l >>> 19);
    lo = (v1l << 13) | (v1h >>> 19);
    v1h = hi ^ v0h;
    v1l = lo ^ v0l;
    hi = (v3h << 16) | (v3l >>> 16);
    lo = (v3l << 16) | (v3h >>> 16);
    v3h = hi ^ v2h;
    v3l = lo ^ v2l;
    t = v0l;
    v0l = v0h;
    v0h = t;
    lo = (v2l + v1l) | 0;
    v2h = (v2h + v1h + (((v2l & v1l) | ((v2l | v1l) & ~lo)) >>> 31)) | 0;
    v2l = lo;
    lo = (v0l + v3l) | 0;
    v0h = (v0h + v3h + (((v0l & v3l) | ((v0l | v3l) & ~lo)) >>> 31)) | 0;
    v0l = lo;
    hi = (v1h << 17) | (v1l >>> 15);
    lo = (v1l << 17) | (v1h >>> 15);
    v1h = hi ^ v2h;
    v1l = lo ^ v2l;
    hi = (v3h << 21) | (v3l >>> 11);
    lo = (v3l << 21) | (v3h >>> 11);
    v3h = hi ^ v0h;
    v3l = lo ^ v0l;
    t = v2l;
    v2l = v2h;
    v2h = t;
    v0l ^= ml;
    v0h ^= mh;
  }
  let lo = v0l ^ v1l ^ v2l ^ v3l;
  const hi = v0h ^ v1h ^ v2h ^ v3h;
  if (lo === -1 && hi === -1) lo = -2; // -1 is the error value of tp_hash
  sipHi = hi;
  return lo;
}

/** The hash of bytes (Py_HashBuffer): 0 for none. */
export function hashBuffer(v: Uint8Array): number {
  const n = v.length;
  if (n === 0) {
    sipHi = 0;
    return 0;
  }
  const whole = n & ~7;
  const m = room(whole >> 2);
  for (let i = 0, j = 0; i < whole; i += 4, j++) {
    m[j] = v[i] | (v[i + 1] << 8) | (v[i + 2] << 16) | (v[i + 3] << 24);
  }
  let tl = 0, th = 0;
  for (let i = n - 1; i >= whole; i--) {
    const shift = (i - whole) * 8;
    if (shift < 32) tl |= v[i] << shift;
    else th |= v[i] << (shift - 32);
  }
  return sip(whole >> 3, tl, th, n);
}

/**
 * The hash of a str's text: `s` in UTF-16, `allBmp` true when it holds no surrogate pair (else it has a
 * character above U+FFFF and CPython stores four bytes per character).
 */
export function hashText(s: string, allBmp: boolean): number {
  const n = s.length;
  if (n === 0) {
    sipHi = 0;
    return 0;
  }
  if (!allBmp) return hashWide(s);
  let max = 0;
  for (let i = 0; i < n; i++) max |= s.charCodeAt(i);
  if (max < 256) {
    const whole = n & ~7;
    const m = room(whole >> 2);
    for (let i = 0, j = 0; i < whole; i += 4, j++) {
      m[j] = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 8) | (s.charCodeAt(i + 2) << 16) |
        (s.charCodeAt(i + 3) << 24);
    }
    let tl = 0, th = 0;
    for (let i = n - 1; i >= whole; i--) {
      const shift = (i - whole) * 8;
      if (shift < 32) tl |= s.charCodeAt(i) << shift;
      else th |= s.charCodeAt(i) << (shift - 32);
    }
    return sip(whole >> 3, tl, th, n);
  }
  // two bytes per character: four characters per word
  const whole = n & ~3;
  const m = room(whole >> 1);
  for (let i = 0, j = 0; i < whole; i += 2, j++) m[j] = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16);
  let tl = 0, th = 0;
  const rest = n - whole;
  if (rest >= 1) tl = s.charCodeAt(whole);
  if (rest >= 2) tl |= s.charCodeAt(whole + 1) << 16;
  if (rest === 3) th = s.charCodeAt(whole + 2);
  return sip(whole >> 2, tl, th, 2 * n);
}

/** Four bytes per character: two characters per word. */
function hashWide(s: string): number {
  let count = 0;
  for (let i = 0; i < s.length; i++) {
    if (s.codePointAt(i)! > 0xffff) i++;
    count++;
  }
  const m = room(count + 1);
  for (let i = 0, j = 0; i < s.length; i++, j++) {
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    m[j] = cp;
  }
  const odd = (count & 1) === 1;
  return sip(count >> 1, odd ? m[count - 1] : 0, 0, 4 * count);
}

/** A hash from its halves, as an int value: a number when it is a safe integer, else a bigint. */
export function joinHash(lo: number, hi: number): number | bigint {
  if (hi >= -0x200000 && hi < 0x200000) {
    const v = hi * 4294967296 + (lo >>> 0); // exact: |v| <= 2^53
    if (v !== -9007199254740992) return v;
  }
  return (BigInt(hi) << 32n) | BigInt(lo >>> 0);
}
