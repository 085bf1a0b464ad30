// BLAKE2b and BLAKE2s (RFC 7693) with the full parameter block (digest size, key, salt, personalisation,
// tree parameters): node:crypto only offers the unkeyed default variants, and _blake2 needs them all.
// BLAKE2b's 64-bit words are kept as (low, high) pairs of 32-bit halves in Uint32Arrays.

import type { Hash } from "node:crypto";
import { nodeCrypto } from "../node_builtins.ts";

const SIGMA = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
  [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
  [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
  [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
  [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

// SHA-512 IV as (lo, hi) pairs; SHA-256 IV for BLAKE2s.
const IV_B = new Uint32Array([
  0xf3bcc908,
  0x6a09e667,
  0x84caa73b,
  0xbb67ae85,
  0xfe94f82b,
  0x3c6ef372,
  0x5f1d36f1,
  0xa54ff53a,
  0xade682d1,
  0x510e527f,
  0x2b3e6c1f,
  0x9b05688c,
  0xfb41bd6b,
  0x1f83d9ab,
  0x137e2179,
  0x5be0cd19,
]);
const IV_S = new Uint32Array([
  0x6a09e667,
  0xbb67ae85,
  0x3c6ef372,
  0xa54ff53a,
  0x510e527f,
  0x9b05688c,
  0x1f83d9ab,
  0x5be0cd19,
]);

export interface Blake2Params {
  digestSize: number;
  key: Uint8Array;
  salt: Uint8Array;
  person: Uint8Array;
  fanout: number;
  depth: number;
  leafSize: number;
  nodeOffset: bigint;
  nodeDepth: number;
  innerSize: number;
  lastNode: boolean;
}

export interface Blake2State {
  update(data: Uint8Array): void;
  digest(): Uint8Array;
  copy(): Blake2State;
}

function le32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
}

// ---------------------------------------------------------------- BLAKE2b

class Blake2b implements Blake2State {
  h = new Uint32Array(16);
  buf = new Uint8Array(128);
  bufLen = 0;
  t = 0n;
  outLen = 64;
  lastNode = false;
  private v = new Uint32Array(32);
  private m = new Uint32Array(32);

  static create(p: Blake2Params): Blake2b {
    const s = new Blake2b();
    s.outLen = p.digestSize;
    s.lastNode = p.lastNode;
    const block = new Uint8Array(64);
    block[0] = p.digestSize;
    block[1] = p.key.length;
    block[2] = p.fanout;
    block[3] = p.depth;
    new DataView(block.buffer).setUint32(4, p.leafSize, true);
    new DataView(block.buffer).setBigUint64(8, p.nodeOffset, true);
    block[16] = p.nodeDepth;
    block[17] = p.innerSize;
    block.set(p.salt, 32);
    block.set(p.person, 48);
    for (let i = 0; i < 16; i++) s.h[i] = IV_B[i] ^ le32(block, i * 4);
    if (p.key.length > 0) {
      const kb = new Uint8Array(128);
      kb.set(p.key);
      s.update(kb);
    }
    return s;
  }

  copy(): Blake2b {
    const c = new Blake2b();
    c.h.set(this.h);
    c.buf.set(this.buf);
    c.bufLen = this.bufLen;
    c.t = this.t;
    c.outLen = this.outLen;
    c.lastNode = this.lastNode;
    return c;
  }

  update(data: Uint8Array): void {
    let i = 0;
    const n = data.length;
    while (i < n) {
      if (this.bufLen === 128) {
        this.t += 128n;
        this.compress(false);
        this.bufLen = 0;
      }
      const take = Math.min(128 - this.bufLen, n - i);
      this.buf.set(data.subarray(i, i + take), this.bufLen);
      this.bufLen += take;
      i += take;
    }
  }

  digest(): Uint8Array {
    const c = this.copy();
    c.t += BigInt(c.bufLen);
    c.buf.fill(0, c.bufLen);
    c.compress(true);
    const out = new Uint8Array(64);
    for (let i = 0; i < 16; i++) {
      const w = c.h[i];
      out[i * 4] = w & 0xff;
      out[i * 4 + 1] = (w >>> 8) & 0xff;
      out[i * 4 + 2] = (w >>> 16) & 0xff;
      out[i * 4 + 3] = w >>> 24;
    }
    return out.slice(0, this.outLen);
  }

  private compress(last: boolean): void {
    const v = this.v, m = this.m, h = this.h;
    for (let i = 0; i < 32; i++) m[i] = le32(this.buf, i * 4);
    v.set(h, 0);
    v.set(IV_B, 16);
    const t0 = Number(this.t & 0xffffffffn), t1 = Number((this.t >> 32n) & 0xffffffffn);
    v[24] ^= t0;
    v[25] ^= t1;
    // t's high 64 bits (v[26], v[27]) stay zero for any realistic input
    if (last) {
      v[28] = ~v[28];
      v[29] = ~v[29];
      if (this.lastNode) {
        v[30] = ~v[30];
        v[31] = ~v[31];
      }
    }
    for (let r = 0; r < 12; r++) {
      const s = SIGMA[r % 10];
      g64(v, m, 0, 8, 16, 24, s[0], s[1]);
      g64(v, m, 2, 10, 18, 26, s[2], s[3]);
      g64(v, m, 4, 12, 20, 28, s[4], s[5]);
      g64(v, m, 6, 14, 22, 30, s[6], s[7]);
      g64(v, m, 0, 10, 20, 30, s[8], s[9]);
      g64(v, m, 2, 12, 22, 24, s[10], s[11]);
      g64(v, m, 4, 14, 16, 26, s[12], s[13]);
      g64(v, m, 6, 8, 18, 28, s[14], s[15]);
    }
    for (let i = 0; i < 16; i++) h[i] ^= v[i] ^ v[i + 16];
  }
}

/** v[a] += v[b] (+ m) as 64-bit pairs at even indices a, b. */
function add64(v: Uint32Array, a: number, b: number): void {
  const lo = v[a] + v[b];
  const hi = v[a + 1] + v[b + 1] + (lo >= 0x100000000 ? 1 : 0);
  v[a] = lo;
  v[a + 1] = hi;
}
function add64m(v: Uint32Array, a: number, m: Uint32Array, i: number): void {
  const lo = v[a] + m[i];
  const hi = v[a + 1] + m[i + 1] + (lo >= 0x100000000 ? 1 : 0);
  v[a] = lo;
  v[a + 1] = hi;
}
/** v[d] = rotr64(v[d] ^ v[a], n). */
function xorRot(v: Uint32Array, d: number, a: number, n: number): void {
  const xl = v[d] ^ v[a], xh = v[d + 1] ^ v[a + 1];
  if (n === 32) {
    v[d] = xh;
    v[d + 1] = xl;
  } else if (n < 32) {
    v[d] = (xl >>> n) | (xh << (32 - n));
    v[d + 1] = (xh >>> n) | (xl << (32 - n));
  } else {
    const k = n - 32;
    v[d] = (xh >>> k) | (xl << (32 - k));
    v[d + 1] = (xl >>> k) | (xh << (32 - k));
  }
}
function g64(
  v: Uint32Array,
  m: Uint32Array,
  a: number,
  b: number,
  c: number,
  d: number,
  x: number,
  y: number,
) {
  add64(v, a, b);
  add64m(v, a, m, x * 2);
  xorRot(v, d, a, 32);
  add64(v, c, d);
  xorRot(v, b, c, 24);
  add64(v, a, b);
  add64m(v, a, m, y * 2);
  xorRot(v, d, a, 16);
  add64(v, c, d);
  xorRot(v, b, c, 63);
}

// ---------------------------------------------------------------- BLAKE2s

class Blake2s implements Blake2State {
  h = new Uint32Array(8);
  buf = new Uint8Array(64);
  bufLen = 0;
  t = 0;
  outLen = 32;
  lastNode = false;
  private v = new Uint32Array(16);
  private m = new Uint32Array(16);

  static create(p: Blake2Params): Blake2s {
    const s = new Blake2s();
    s.outLen = p.digestSize;
    s.lastNode = p.lastNode;
    const block = new Uint8Array(32);
    block[0] = p.digestSize;
    block[1] = p.key.length;
    block[2] = p.fanout;
    block[3] = p.depth;
    const dv = new DataView(block.buffer);
    dv.setUint32(4, p.leafSize, true);
    dv.setUint32(8, Number(p.nodeOffset & 0xffffffffn), true);
    dv.setUint16(12, Number((p.nodeOffset >> 32n) & 0xffffn), true);
    block[14] = p.nodeDepth;
    block[15] = p.innerSize;
    block.set(p.salt, 16);
    block.set(p.person, 24);
    for (let i = 0; i < 8; i++) s.h[i] = IV_S[i] ^ le32(block, i * 4);
    if (p.key.length > 0) {
      const kb = new Uint8Array(64);
      kb.set(p.key);
      s.update(kb);
    }
    return s;
  }

  copy(): Blake2s {
    const c = new Blake2s();
    c.h.set(this.h);
    c.buf.set(this.buf);
    c.bufLen = this.bufLen;
    c.t = this.t;
    c.outLen = this.outLen;
    c.lastNode = this.lastNode;
    return c;
  }

  update(data: Uint8Array): void {
    let i = 0;
    const n = data.length;
    while (i < n) {
      if (this.bufLen === 64) {
        this.t += 64;
        this.compress(false);
        this.bufLen = 0;
      }
      const take = Math.min(64 - this.bufLen, n - i);
      this.buf.set(data.subarray(i, i + take), this.bufLen);
      this.bufLen += take;
      i += take;
    }
  }

  digest(): Uint8Array {
    const c = this.copy();
    c.t += c.bufLen;
    c.buf.fill(0, c.bufLen);
    c.compress(true);
    const out = new Uint8Array(32);
    for (let i = 0; i < 8; i++) {
      const w = c.h[i];
      out[i * 4] = w & 0xff;
      out[i * 4 + 1] = (w >>> 8) & 0xff;
      out[i * 4 + 2] = (w >>> 16) & 0xff;
      out[i * 4 + 3] = w >>> 24;
    }
    return out.slice(0, this.outLen);
  }

  private compress(last: boolean): void {
    const v = this.v, m = this.m, h = this.h;
    for (let i = 0; i < 16; i++) m[i] = le32(this.buf, i * 4);
    v.set(h, 0);
    v.set(IV_S, 8);
    v[12] ^= this.t >>> 0;
    v[13] ^= Math.floor(this.t / 0x100000000) >>> 0;
    if (last) {
      v[14] = ~v[14];
      if (this.lastNode) v[15] = ~v[15];
    }
    for (let r = 0; r < 10; r++) {
      const s = SIGMA[r];
      g32(v, m, 0, 4, 8, 12, s[0], s[1]);
      g32(v, m, 1, 5, 9, 13, s[2], s[3]);
      g32(v, m, 2, 6, 10, 14, s[4], s[5]);
      g32(v, m, 3, 7, 11, 15, s[6], s[7]);
      g32(v, m, 0, 5, 10, 15, s[8], s[9]);
      g32(v, m, 1, 6, 11, 12, s[10], s[11]);
      g32(v, m, 2, 7, 8, 13, s[12], s[13]);
      g32(v, m, 3, 4, 9, 14, s[14], s[15]);
    }
    for (let i = 0; i < 8; i++) h[i] ^= v[i] ^ v[i + 8];
  }
}

function rotr32(x: number, n: number): number {
  return (x >>> n) | (x << (32 - n));
}
function g32(
  v: Uint32Array,
  m: Uint32Array,
  a: number,
  b: number,
  c: number,
  d: number,
  x: number,
  y: number,
) {
  v[a] = v[a] + v[b] + m[x];
  v[d] = rotr32(v[d] ^ v[a], 16);
  v[c] = v[c] + v[d];
  v[b] = rotr32(v[b] ^ v[c], 12);
  v[a] = v[a] + v[b] + m[y];
  v[d] = rotr32(v[d] ^ v[a], 8);
  v[c] = v[c] + v[d];
  v[b] = rotr32(v[b] ^ v[c], 7);
}

// ---------------------------------------------------------------- default parameters: node:crypto

/** The unkeyed, untreed full-length variants are what node:crypto (OpenSSL) computes, several times faster
 * than the JS rounds above (test_hashlib hashes 4 GiB with a default blake2s). */
class NodeBlake2 implements Blake2State {
  constructor(private hash: Hash) {}
  update(data: Uint8Array): void {
    this.hash.update(data);
  }
  digest(): Uint8Array {
    return new Uint8Array(this.hash.copy().digest());
  }
  copy(): Blake2State {
    return new NodeBlake2(this.hash.copy());
  }
}

function hasDefaultParams(p: Blake2Params, maxDigest: number): boolean {
  return p.digestSize === maxDigest && p.key.length === 0 && p.salt.length === 0 && p.person.length === 0 &&
    p.fanout === 1 && p.depth === 1 && p.leafSize === 0 && p.nodeOffset === 0n && p.nodeDepth === 0 &&
    p.innerSize === 0 && !p.lastNode;
}

export function blake2bState(p: Blake2Params): Blake2State {
  if (hasDefaultParams(p, 64)) return new NodeBlake2(nodeCrypto().createHash("blake2b512"));
  return Blake2b.create(p);
}
export function blake2sState(p: Blake2Params): Blake2State {
  if (hasDefaultParams(p, 32)) return new NodeBlake2(nodeCrypto().createHash("blake2s256"));
  return Blake2s.create(p);
}
