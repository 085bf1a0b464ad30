// DEFLATE decoding for the zlib module (RFC 1950/1951/1952), written to be resumable: input arrives in
// pieces and output may be capped (max_length), so decoding proceeds in units (header, one block,
// trailer). A header or trailer that runs out of input is re-read from its start when more input arrives;
// a block stopped by the end of the input or the output cap keeps its state (tables, position, a match
// cut short) and goes on from there. Error texts
// are zlib's (inflate.c), which CPython shows as "Error -3 while decompressing data: <msg>".

export class InflateError {
  constructor(readonly message: string) {}
}
/** Thrown inside a unit when the input ends before the unit does. */
const NEED_INPUT = { needInput: true };

const LEN_BASE = [
  3,
  4,
  5,
  6,
  7,
  8,
  9,
  10,
  11,
  13,
  15,
  17,
  19,
  23,
  27,
  31,
  35,
  43,
  51,
  59,
  67,
  83,
  99,
  115,
  131,
  163,
  195,
  227,
  258,
];
const LEN_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [
  1,
  2,
  3,
  4,
  5,
  7,
  9,
  13,
  17,
  25,
  33,
  49,
  65,
  97,
  129,
  193,
  257,
  385,
  513,
  769,
  1025,
  1537,
  2049,
  3073,
  4097,
  6145,
  8193,
  12289,
  16385,
  24577,
];
const DIST_EXTRA = [
  0,
  0,
  0,
  0,
  1,
  1,
  2,
  2,
  3,
  3,
  4,
  4,
  5,
  5,
  6,
  6,
  7,
  7,
  8,
  8,
  9,
  9,
  10,
  10,
  11,
  11,
  12,
  12,
  13,
  13,
];
const CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

interface Huffman {
  /** entry = symbol << 4 | code length; 0 = no code */
  table: Int32Array;
  bits: number;
}

/** Canonical Huffman lookup table indexed by the next `bits` input bits (LSB first). */
function buildHuffman(lengths: ArrayLike<number>, n: number, error: string): Huffman {
  const count = new Array(16).fill(0);
  let maxLen = 0;
  for (let i = 0; i < n; i++) {
    count[lengths[i]]++;
    if (lengths[i] > maxLen) maxLen = lengths[i];
  }
  count[0] = 0;
  let left = 1;
  for (let len = 1; len <= 15; len++) {
    left <<= 1;
    left -= count[len];
    if (left < 0) throw new InflateError(error);
  }
  const bits = Math.max(maxLen, 1);
  const table = new Int32Array(1 << bits);
  const next = new Array(16).fill(0);
  let code = 0;
  for (let len = 1; len <= 15; len++) {
    code = (code + count[len - 1]) << 1;
    next[len] = code;
  }
  for (let sym = 0; sym < n; sym++) {
    const len = lengths[sym];
    if (len === 0) continue;
    let c = next[len]++;
    // reverse the code's bits: the stream sends Huffman codes MSB first
    let rev = 0;
    for (let i = 0; i < len; i++) {
      rev = (rev << 1) | (c & 1);
      c >>= 1;
    }
    const entry = (sym << 4) | len;
    for (let k = rev; k < table.length; k += 1 << len) table[k] = entry;
  }
  return { table, bits };
}

let fixedLit: Huffman | null = null;
let fixedDist: Huffman | null = null;
function fixedTables(): [Huffman, Huffman] {
  if (fixedLit === null) {
    const l = new Array(288);
    for (let i = 0; i < 144; i++) l[i] = 8;
    for (let i = 144; i < 256; i++) l[i] = 9;
    for (let i = 256; i < 280; i++) l[i] = 7;
    for (let i = 280; i < 288; i++) l[i] = 8;
    fixedLit = buildHuffman(l, 288, "invalid literal/lengths set");
    fixedDist = buildHuffman(new Array(30).fill(5), 30, "invalid distances set");
  }
  return [fixedLit, fixedDist!];
}

/** Bit reader over a byte array, LSB first; `pos` counts bits. */
class Bits {
  constructor(public src: Uint8Array, public pos: number) {}
  get available(): number {
    return this.src.length * 8 - this.pos;
  }
  peek(): number {
    const s = this.src, b = this.pos >>> 3;
    return ((s[b] | (s[b + 1] << 8) | (s[b + 2] << 16) | (s[b + 3] << 24)) >>> (this.pos & 7)) >>> 0;
  }
  get(n: number): number {
    if (n === 0) return 0;
    if (this.available < n) throw NEED_INPUT;
    const v = this.peek() & ((1 << n) - 1);
    this.pos += n;
    return v;
  }
  decode(h: Huffman, error: string): number {
    const avail = this.available;
    const e = h.table[this.peek() & ((1 << h.bits) - 1)];
    const len = e & 15;
    if (e === 0 || len > avail) {
      if (avail < h.bits) throw NEED_INPUT;
      throw new InflateError(error);
    }
    this.pos += len;
    return e >> 4;
  }
  alignToByte(): void {
    this.pos = (this.pos + 7) & ~7;
  }
}

/** Growable output that starts with the window, so back-references index it directly; a stream keeps
 * one across calls (compacted to the last 32 KiB now and then). */
export class Out {
  buf: Uint8Array;
  len: number;
  constructor(window: Uint8Array) {
    this.buf = new Uint8Array(Math.max(65536, window.length * 2));
    this.buf.set(window);
    this.len = window.length;
  }
  /** Keep only the window (the last 32 KiB) once the history has grown large. */
  compact(): void {
    if (this.len < 1 << 20) return;
    this.buf.copyWithin(0, this.len - 32768, this.len);
    this.len = 32768;
  }
  ensure(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.buf.subarray(0, this.len));
    this.buf = b;
  }
}

export interface BlockResult {
  /** output produced by this call (the block continues from `state` when incomplete) */
  out: Uint8Array;
  /** where decoding resumes (or the block's end when complete) */
  pos: number;
  /** capped: the input zlib would have read by then (a following code, with a match's distance) */
  tailPos?: number;
  complete: boolean;
  final: boolean;
  /** stopped because the input ended inside the block */
  needInput?: boolean;
  /** the block's decoding state, to resume it (null: its header was not complete yet) */
  state?: BlockState | null;
}

/** A block being decoded across calls: its header, tables, and a match or stored run in progress. */
export interface BlockState {
  final: boolean;
  type: number;
  lit: Huffman | null;
  dist: Huffman | null;
  storedLeft: number;
  matchLeft: number;
  matchDist: number;
}

/** Bit position after the code that follows (with a match's distance), or the input's end. */
function lookahead(br: Bits, lit: Huffman, dist: Huffman): number {
  const save = br.pos;
  try {
    const sym = br.decode(lit, "");
    if (sym > 256 && sym - 257 < 29) {
      br.get(LEN_EXTRA[sym - 257]);
      const ds = br.decode(dist, "");
      if (ds < 30) br.get(DIST_EXTRA[ds]);
    }
    return br.pos;
  } catch {
    return br.src.length * 8;
  } finally {
    br.pos = save;
  }
}

/** A block's header (and a stored block's lengths): its state, or NEED_INPUT. */
function blockHeader(br: Bits): BlockState {
  const final = br.get(1) === 1;
  const type = br.get(2);
  const st: BlockState = { final, type, lit: null, dist: null, storedLeft: 0, matchLeft: 0, matchDist: 0 };
  if (type === 0) {
    br.alignToByte();
    if (br.available < 32) throw NEED_INPUT;
    const src = br.src, p = br.pos >>> 3;
    const len = src[p] | (src[p + 1] << 8), nlen = src[p + 2] | (src[p + 3] << 8);
    if (len !== (~nlen & 0xffff)) throw new InflateError("invalid stored block lengths");
    br.pos += 32;
    st.storedLeft = len;
  } else if (type === 1) [st.lit, st.dist] = fixedTables();
  else if (type === 2) [st.lit, st.dist] = dynamicTables(br);
  else throw new InflateError("invalid block type");
  return st;
}

/**
 * Decode (more of) one block from bit `pos`, producing at most `limit` bytes; `resume` continues a block
 * an earlier call left incomplete, so a small output cap or input fed in small pieces costs no re-decoding.
 */
export function decodeBlock(
  src: Uint8Array,
  pos: number,
  out: Out,
  limit: number,
  resume: BlockState | null,
): BlockResult {
  const br = new Bits(src, pos);
  let st: BlockState;
  if (resume !== null) st = resume;
  else {
    try {
      st = blockHeader(br);
    } catch (e) {
      if (e !== NEED_INPUT) throw e;
      return { out: new Uint8Array(0), pos, complete: false, final: false, needInput: true, state: null };
    }
  }
  const final = st.final;
  const start = out.len;
  const result = (complete: boolean, at: number, extra: Partial<BlockResult> = {}): BlockResult => ({
    out: out.buf.slice(start, out.len),
    pos: at,
    complete,
    final,
    state: complete ? null : st,
    ...extra,
  });
  if (st.type === 0) {
    const p = br.pos >>> 3;
    let take = Math.min(st.storedLeft, limit);
    let needInput = false;
    if (br.available < take * 8) {
      take = br.available >>> 3;
      needInput = true;
    }
    out.ensure(take);
    out.buf.set(src.subarray(p, p + take), out.len);
    out.len += take;
    br.pos += take * 8;
    st.storedLeft -= take;
    if (st.storedLeft === 0) return result(true, br.pos);
    return needInput
      ? result(false, br.pos, { needInput: true })
      : result(false, br.pos, { tailPos: br.pos });
  }
  const lit = st.lit!, dist = st.dist!;
  const produced = () => out.len - start;
  // a match the previous call's cap cut short
  if (st.matchLeft > 0) {
    const d = st.matchDist;
    const n = Math.min(st.matchLeft, limit);
    out.ensure(n);
    for (let i = 0; i < n; i++) out.buf[out.len + i] = out.buf[out.len - d + i];
    out.len += n;
    st.matchLeft -= n;
    if (st.matchLeft > 0) return result(false, br.pos, { tailPos: br.pos });
  }
  // Symbols decoded so far form a prefix of the block's output; running out of input mid-block
  // returns that prefix (needInput) with the state to go on from the last whole symbol, as zlib does.
  let lastPos = br.pos;
  try {
    for (;;) {
      lastPos = br.pos;
      if (produced() >= limit) {
        // zlib has already read the next code (and a match's distance) when its output fills up
        return result(false, br.pos, { tailPos: lookahead(br, lit, dist) });
      }
      const sym = br.decode(lit, "invalid literal/length code");
      if (sym < 256) {
        out.ensure(1);
        out.buf[out.len++] = sym;
        continue;
      }
      if (sym === 256) break;
      const li = sym - 257;
      if (li >= 29) throw new InflateError("invalid literal/length code");
      const length = LEN_BASE[li] + br.get(LEN_EXTRA[li]);
      const ds = br.decode(dist, "invalid distance code");
      if (ds >= 30) throw new InflateError("invalid distance code");
      const d = DIST_BASE[ds] + br.get(DIST_EXTRA[ds]);
      if (d > out.len) throw new InflateError("invalid distance too far back");
      // a match may be cut by the output cap: copy what fits, the rest on the next call
      const room = limit - produced();
      if (length > room) {
        out.ensure(room);
        for (let i = 0; i < room; i++) out.buf[out.len + i] = out.buf[out.len - d + i];
        out.len += room;
        st.matchLeft = length - room;
        st.matchDist = d;
        return result(false, br.pos, { tailPos: br.pos });
      }
      out.ensure(length);
      const b = out.buf;
      let o = out.len;
      for (let i = 0; i < length; i++, o++) b[o] = b[o - d];
      out.len = o;
    }
  } catch (e) {
    if (e !== NEED_INPUT) throw e;
    return result(false, lastPos, { needInput: true });
  }
  return result(true, br.pos);
}

function dynamicTables(br: Bits): [Huffman, Huffman] {
  const hlit = br.get(5) + 257, hdist = br.get(5) + 1, hclen = br.get(4) + 4;
  if (hlit > 286 || hdist > 30) throw new InflateError("too many length or distance symbols");
  const cl = new Array(19).fill(0);
  for (let i = 0; i < hclen; i++) cl[CL_ORDER[i]] = br.get(3);
  const clh = buildHuffman(cl, 19, "invalid code lengths set");
  const lengths = new Array(hlit + hdist).fill(0);
  let i = 0;
  while (i < hlit + hdist) {
    const sym = br.decode(clh, "invalid code lengths set");
    if (sym < 16) {
      lengths[i++] = sym;
      continue;
    }
    let rep: number, val = 0;
    if (sym === 16) {
      if (i === 0) throw new InflateError("invalid bit length repeat");
      val = lengths[i - 1];
      rep = 3 + br.get(2);
    } else if (sym === 17) rep = 3 + br.get(3);
    else rep = 11 + br.get(7);
    if (i + rep > hlit + hdist) throw new InflateError("invalid bit length repeat");
    while (rep-- > 0) lengths[i++] = val;
  }
  if (lengths[256] === 0) throw new InflateError("invalid code -- missing end-of-block");
  const lit = buildHuffman(lengths.slice(0, hlit), hlit, "invalid literal/lengths set");
  const dist = buildHuffman(lengths.slice(hlit), hdist, "invalid distances set");
  return [lit, dist];
}

// ---------------------------------------------------------------- checksums

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();
export function crc32(data: Uint8Array, crc = 0): number {
  let c = ~crc;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}
export function adler32(data: Uint8Array, adler = 1): number {
  let a = adler & 0xffff, b = (adler >>> 16) & 0xffff;
  let i = 0;
  const n = data.length;
  while (i < n) {
    const end = Math.min(i + 3800, n);
    for (; i < end; i++) {
      a += data[i];
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

// ---------------------------------------------------------------- the resumable stream

export type Format = "raw" | "zlib" | "gzip" | "auto";

const enum Phase {
  Header,
  Blocks,
  Trailer,
  Done,
}

export class NeedDictionary {}

/**
 * A decompression stream. `feed(data, maxOut)` appends input and returns new output (at most maxOut
 * bytes); afterwards `tail` holds input the stream did not consume because the output cap was hit, and
 * `unused` the bytes after the end of the stream.
 */
export class InflateStream {
  format: Format;
  wbits: number;
  dict: Uint8Array | null;
  /** retained input: starts at the byte holding the current unit's first bit */
  private input: Uint8Array = new Uint8Array(0);
  private bitOff = 0;
  private phase: Phase = Phase.Header;
  /** the output history back-references reach (the window), with this call's output appended */
  private hist: Out = new Out(new Uint8Array(0));
  /** the block left incomplete by the last call (output cap or end of input), to resume */
  private block: BlockState | null = null;
  private check = 0;
  private total = 0;
  private sawFinal = false;
  private gzip = false;
  tail: Uint8Array = new Uint8Array(0);
  unused: Uint8Array = new Uint8Array(0);

  constructor(format: Format, wbits: number, dict: Uint8Array | null) {
    this.format = format;
    this.wbits = wbits;
    this.dict = dict;
    if (format === "raw") {
      this.phase = Phase.Blocks;
      if (dict !== null) this.hist = new Out(dict.slice(-32768));
    }
  }

  get eof(): boolean {
    return this.phase === Phase.Done;
  }

  /** An independent copy (Decompress.copy()): the history and a block in progress are not shared. */
  clone(): InflateStream {
    const c = Object.create(InflateStream.prototype) as InflateStream;
    Object.assign(c, this);
    const h = new Out(new Uint8Array(0));
    h.buf = this.hist.buf.slice();
    h.len = this.hist.len;
    c.hist = h;
    c.block = this.block === null ? null : { ...this.block };
    return c;
  }

  feed(data: Uint8Array, maxOut: number): Uint8Array {
    if (this.phase === Phase.Done) {
      this.unused = concat(this.unused, data);
      this.tail = new Uint8Array(0);
      return new Uint8Array(0);
    }
    this.input = this.input.length === 0 ? data.slice() : concat(this.input, data);
    this.tail = new Uint8Array(0);
    const pieces: Uint8Array[] = [];
    let produced = 0;
    for (;;) {
      if ((this.phase as Phase) === Phase.Done) {
        this.unused = concat(this.unused, this.input.subarray(this.bitOff === 0 ? 0 : 1));
        this.input = new Uint8Array(0);
        this.bitOff = 0;
        break;
      }
      try {
        if (this.phase === Phase.Header) {
          this.readHeader();
          continue;
        }
        if (this.phase === Phase.Trailer) {
          this.readTrailer();
          continue;
        }
        if (produced >= maxOut) {
          this.stopAt(this.bitOff);
          break;
        }
        this.hist.compact();
        const r = decodeBlock(this.input, this.bitOff, this.hist, maxOut - produced, this.block);
        const fresh = r.out;
        if (fresh.length > 0) {
          pieces.push(fresh);
          produced += fresh.length;
          this.account(fresh);
        }
        if (!r.complete) {
          this.block = r.state ?? null;
          const dropped = (r.pos >>> 3) * 8;
          this.advance(r.pos);
          // capped: the input zlib has not read yet goes back to the caller as the tail
          if (!r.needInput) this.stopAt(r.tailPos! - dropped);
          break;
        }
        this.block = null;
        this.advance(r.pos);
        if (r.final) {
          this.sawFinal = true;
          this.phase = Phase.Trailer;
        }
      } catch (e) {
        if (e === NEED_INPUT) break;
        throw e;
      }
    }
    return pieces.length === 1 ? pieces[0] : concatAll(pieces, produced);
  }

  /** Output cap hit: input after the current position goes back to the caller as the tail. */
  private stopAt(bitPos: number): void {
    const keep = Math.ceil(bitPos / 8);
    this.tail = this.input.slice(keep);
    this.input = this.input.slice(0, keep);
  }

  private advance(bitPos: number): void {
    const byte = bitPos >>> 3;
    this.input = this.input.subarray(byte);
    this.bitOff = bitPos & 7;
  }

  private account(out: Uint8Array): void {
    this.total += out.length;
    if (this.format === "raw") return;
    this.check = this.gzip ? crc32(out, this.check) : adler32(out, this.check);
  }

  private need(n: number): void {
    if (this.input.length < n) throw NEED_INPUT;
  }

  private readHeader(): void {
    const s = this.input;
    this.need(2);
    const isGzip = this.format === "gzip" || (this.format === "auto" && s[0] === 0x1f && s[1] === 0x8b);
    if (isGzip) {
      this.need(10);
      if (s[0] !== 0x1f || s[1] !== 0x8b) throw new InflateError("incorrect header check");
      if (s[2] !== 8) throw new InflateError("unknown compression method");
      const flg = s[3];
      if (flg & 0xe0) throw new InflateError("unknown header flags set");
      let p = 10;
      if (flg & 4) {
        this.need(p + 2);
        const xlen = s[p] | (s[p + 1] << 8);
        p += 2 + xlen;
        this.need(p);
      }
      for (const bit of [8, 16]) {
        if (flg & bit) {
          for (;;) {
            this.need(p + 1);
            if (s[p++] === 0) break;
          }
        }
      }
      if (flg & 2) {
        this.need(p + 2);
        const want = s[p] | (s[p + 1] << 8);
        if ((crc32(s.subarray(0, p)) & 0xffff) !== want) throw new InflateError("header crc mismatch");
        p += 2;
      }
      this.gzip = true;
      this.check = 0;
      this.advance(p * 8);
    } else {
      const cmf = s[0], flg = s[1];
      if (((cmf << 8) | flg) % 31 !== 0) throw new InflateError("incorrect header check");
      if ((cmf & 15) !== 8) throw new InflateError("unknown compression method");
      const wbits = this.wbits & 15;
      if ((cmf >> 4) + 8 > (wbits === 0 ? 15 : wbits)) throw new InflateError("invalid window size");
      let p = 2;
      if (flg & 0x20) {
        this.need(6);
        if (this.dict === null) throw new NeedDictionary();
        const id = ((s[2] << 24) | (s[3] << 16) | (s[4] << 8) | s[5]) >>> 0;
        if (adler32(this.dict) !== id) throw new NeedDictionary();
        this.hist = new Out(this.dict.slice(-32768));
        p = 6;
      }
      this.check = 1;
      this.advance(p * 8);
    }
    this.phase = Phase.Blocks;
  }

  private readTrailer(): void {
    if (this.format === "raw") {
      this.phase = Phase.Done;
      return;
    }
    // the trailer starts at the next byte boundary
    const s = this.input.subarray(this.bitOff === 0 ? 0 : 1);
    if (this.gzip) {
      if (s.length < 8) throw NEED_INPUT;
      const crc = (s[0] | (s[1] << 8) | (s[2] << 16) | (s[3] << 24)) >>> 0;
      const isize = (s[4] | (s[5] << 8) | (s[6] << 16) | (s[7] << 24)) >>> 0;
      if (crc !== this.check) throw new InflateError("incorrect data check");
      if (isize !== (this.total >>> 0)) throw new InflateError("incorrect length check");
      this.input = s.subarray(8);
    } else {
      if (s.length < 4) throw NEED_INPUT;
      const ad = ((s[0] << 24) | (s[1] << 16) | (s[2] << 8) | s[3]) >>> 0;
      if (ad !== this.check) throw new InflateError("incorrect data check");
      this.input = s.subarray(4);
    }
    this.bitOff = 0;
    this.phase = Phase.Done;
  }

  /** Whether the stream has ended (the final block and trailer were read). */
  get finished(): boolean {
    return this.phase === Phase.Done;
  }
  /** Whether the final block has been decoded (the trailer may still be missing). */
  get blocksDone(): boolean {
    return this.sawFinal;
  }
}

export function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b.slice();
  if (b.length === 0) return a.slice();
  const r = new Uint8Array(a.length + b.length);
  r.set(a);
  r.set(b, a.length);
  return r;
}
function concatAll(parts: Uint8Array[], total: number): Uint8Array {
  const r = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    r.set(p, o);
    o += p.length;
  }
  return r;
}
