// The CJK codecs themselves, as CPython's Modules/cjkcodecs/_codecs_*.c write them: an encoder and a
// decoder per codec that run over their input until its end or the first error, with the same error
// codes (MBERR_TOOFEW for an incomplete sequence, N > 0 for N illegal units) and, for the stateful
// ones (hz, iso2022_*), the same 8 state bytes CPython keeps in MultibyteCodec_State (getstate()
// exposes them). The Python side (error handlers, incremental and stream objects) is in
// multibytecodec.ts; the mapping tables in tables.ts.
import { ByteBuf } from "../codecs_errors.ts";
import { errorWithMessage } from "../../vm/errors.ts";
import { type Jisx0213, jisx0213 } from "./jisx0213.ts";
import {
  big5hkscsTable,
  big5Table,
  cp932Table,
  cp949Table,
  cp950Table,
  type DbcsTable,
  encodeCode,
  gb18030FourByte,
  gb18030Table,
  gb2312Table,
  gbkTable,
  jisx0208Table,
  jisx0212Table,
  ksx1001Table,
  sjisTable,
} from "./tables.ts";

export const MBERR_TOOFEW = -2;
/** A stateless decoder step's "incomplete sequence" (its other answers are > 0 bytes used, -N illegal). */
const NEED_MORE = 0;
export const MBERR_INTERNAL = -3;
export const MBENC_FLUSH = 1;
export const MBENC_RESET = 2;

/** Decoded characters, kept as UTF-16 code units and turned into a JS string in chunks. */
export class CharBuf {
  parts: string[] = [];
  units = new Uint16Array(8192);
  n = 0;
  push(c: number): void {
    if (this.n >= 8190) this.flush();
    if (c > 0xffff) {
      c -= 0x10000;
      this.units[this.n++] = 0xd800 + (c >> 10);
      this.units[this.n++] = 0xdc00 + (c & 0x3ff);
    } else this.units[this.n++] = c;
  }
  pushStr(s: string): void {
    this.flush();
    this.parts.push(s);
  }
  private flush(): void {
    if (this.n > 0) {
      this.parts.push(String.fromCharCode.apply(null, this.units.subarray(0, this.n) as unknown as number[]));
      this.n = 0;
    }
  }
  get empty(): boolean {
    return this.n === 0 && this.parts.every((p) => p.length === 0);
  }
  toString(): string {
    this.flush();
    return this.parts.length === 1 ? this.parts[0] : this.parts.join("");
  }
}

export interface Pos {
  i: number;
}

export interface MbCodec {
  readonly encoding: string;
  encinit?(st: Uint8Array): void;
  /** Encode cps[pos.i:] into out; 0 when all is done, else an error code with pos.i at the error. */
  encode(st: Uint8Array, cps: Uint32Array, pos: Pos, out: ByteBuf, flags: number): number;
  encreset?(st: Uint8Array, out: ByteBuf): number;
  decinit?(st: Uint8Array): void;
  /** Decode b[pos.i:end] into out; 0 when all is done, else an error code with pos.i at the error. */
  decode(st: Uint8Array, b: Uint8Array, pos: Pos, end: number, out: CharBuf): number;
  decreset?(st: Uint8Array): void;
}

/**
 * A stateless codec from its one-character steps. `enc` writes one code point and returns the number of
 * code points used (0: unencodable); `dec` returns the bytes used (> 0), NEED_MORE, or -N for N
 * illegal bytes.
 */
function stateless(
  encoding: string,
  enc: (cps: Uint32Array, i: number, out: ByteBuf, flags: number) => number,
  dec: (b: Uint8Array, i: number, end: number, out: CharBuf) => number,
  asciiAsIs = true,
): MbCodec {
  const limit = asciiAsIs ? 0x80 : 0;
  return {
    encoding,
    encode(_st, cps, pos, out, flags) {
      const n = cps.length;
      let i = pos.i;
      while (i < n) {
        const c = cps[i];
        if (c < limit) {
          out.push(c);
          i++;
          continue;
        }
        const used = enc(cps, i, out, flags);
        if (used <= 0) {
          pos.i = i;
          return used === 0 ? 1 : used;
        }
        i += used;
      }
      pos.i = i;
      return 0;
    },
    decode(_st, b, pos, end, out) {
      let i = pos.i;
      while (i < end) {
        const c = b[i];
        if (c < limit) {
          out.push(c);
          i++;
          continue;
        }
        const r = dec(b, i, end, out);
        if (r <= 0) {
          pos.i = i;
          return r === NEED_MORE ? MBERR_TOOFEW : -r;
        }
        i += r;
      }
      pos.i = i;
      return 0;
    },
  };
}

function put2(out: ByteBuf, code: number): void {
  out.push(code >> 8);
  out.push(code & 0xff);
}

interface DbcsOptions {
  /** Characters encoded before the table is consulted (0: unencodable). */
  special?: (c: number) => number | undefined;
  /** Where a character has several codes and CPython's encoder picks another than the first. */
  encodeFixes?: Map<number, number>;
  /** A second table for characters the first cannot encode (CPython's fallback to a base table). */
  fallback?: () => DbcsTable;
}

/** Encode one BMP character with a table (and options); undefined when it cannot. */
function dbcsEncode(c: number, table: () => DbcsTable, o: DbcsOptions): number | undefined {
  if (c > 0xffff) return undefined;
  const code = o.special?.(c) ?? o.encodeFixes?.get(c) ?? encodeCode(table(), c) ??
    (o.fallback === undefined ? undefined : encodeCode(o.fallback(), c));
  return code === 0 ? undefined : code;
}

/** A plain double-byte codec: ASCII plus one table (2-byte codes with a lead >= 0x81). */
function dbcs(encoding: string, table: () => DbcsTable, o: DbcsOptions = {}): MbCodec {
  return stateless(
    encoding,
    (cps, i, out) => {
      const code = dbcsEncode(cps[i], table, o);
      if (code === undefined) return 0;
      put2(out, code);
      return 1;
    },
    (b, i, end, out) => {
      if (i + 1 >= end) return NEED_MORE;
      const u = table().dec[(b[i] << 8) | b[i + 1]];
      if (u === 0) return -1;
      out.push(u);
      return 2;
    },
  );
}

// ---------------------------------------------------------------- _codecs_cn

const gb2312 = dbcs("gb2312", gb2312Table);
const gbkSpecial = (c: number): number | undefined =>
  c === 0x2014 ? 0xa1aa : c === 0x2015 ? 0xa844 : c === 0x00b7 ? 0xa1a4 : c === 0x30fb ? 0 : undefined;
const gbk = dbcs("gbk", gbkTable, { special: gbkSpecial });

/** The 4-byte form of a linear gb18030 index (from 0x81308130 or, for non-BMP, 0x90308130). */
function putFourByte(out: ByteBuf, tc: number, firstBase: number): void {
  const b4 = tc % 10 + 0x30;
  tc = Math.floor(tc / 10);
  const b3 = tc % 126 + 0x81;
  tc = Math.floor(tc / 126);
  const b2 = tc % 10 + 0x30;
  tc = Math.floor(tc / 10);
  out.push(tc + firstBase), out.push(b2), out.push(b3), out.push(b4);
}
const gb18030 = stateless(
  "gb18030",
  (cps, i, out) => {
    const c = cps[i];
    if (c >= 0x10000) {
      putFourByte(out, c - 0x10000, 0x90);
      return 1;
    }
    let code = gbkSpecial(c);
    if (code === undefined) code = encodeCode(gbkTable(), c);
    if (code === undefined || code === 0) code = encodeCode(gb18030Table(), c);
    if (code !== undefined && code !== 0) {
      put2(out, code);
      return 1;
    }
    const lin = gb18030FourByte().enc[c];
    if (lin === 0) return 0;
    putFourByte(out, lin - 1, 0x81);
    return 1;
  },
  (b, i, end, out) => {
    if (i + 1 >= end) return NEED_MORE;
    let c = b[i], c2 = b[i + 1];
    if (c2 >= 0x30 && c2 <= 0x39) {
      if (i + 3 >= end) return NEED_MORE;
      let c3 = b[i + 2], c4 = b[i + 3];
      if (c < 0x81 || c3 < 0x81 || c3 > 0xfe || c4 < 0x30 || c4 > 0x39) return -1;
      c -= 0x81, c2 -= 0x30, c3 -= 0x81, c4 -= 0x30;
      if (c < 4) {
        const lseq = (c * 10 + c2) * 1260 + c3 * 10 + c4;
        if (lseq < 39420) {
          out.push(gb18030FourByte().dec[lseq]);
          return 4;
        }
      } else if (c >= 15) {
        const lseq = 0x10000 + ((c - 15) * 10 + c2) * 1260 + c3 * 10 + c4;
        if (lseq <= 0x10ffff) {
          out.push(lseq);
          return 4;
        }
      }
      return -1;
    }
    const u = gb18030Table().dec[(c << 8) | c2];
    if (u === 0) return -1;
    out.push(u);
    return 2;
  },
);

/** HZ (RFC 1843): ASCII with "~{" ... "~}" around GB2312 in 7-bit form; st[0] = 1 inside. */
const hz: MbCodec = {
  encoding: "hz",
  encinit(st) {
    st[0] = 0;
  },
  encreset(st, out) {
    if (st[0] !== 0) {
      out.push(0x7e), out.push(0x7d);
      st[0] = 0;
    }
    return 0;
  },
  encode(st, cps, pos, out) {
    const n = cps.length;
    for (; pos.i < n; pos.i++) {
      const c = cps[pos.i];
      if (c < 0x80) {
        if (st[0] !== 0) {
          out.push(0x7e), out.push(0x7d);
          st[0] = 0;
        }
        out.push(c);
        if (c === 0x7e) out.push(0x7e); // '~' is written '~~'
        continue;
      }
      if (c > 0xffff) return 1;
      const code = encodeCode(gb2312Table(), c);
      if (code === undefined) return 1;
      if (st[0] === 0) {
        out.push(0x7e), out.push(0x7b);
        st[0] = 1;
      }
      put2(out, code & 0x7f7f);
    }
    return 0;
  },
  decinit(st) {
    st[0] = 0;
  },
  decreset(st) {
    st[0] = 0;
  },
  decode(st, b, pos, end, out) {
    while (pos.i < end) {
      const c = b[pos.i];
      if (c === 0x7e) {
        if (pos.i + 1 >= end) return MBERR_TOOFEW;
        const c2 = b[pos.i + 1];
        // "~~" and "~\n" (line continuation) only in ASCII mode
        if (c2 === 0x7e && st[0] === 0) out.push(0x7e);
        else if (c2 === 0x7b && st[0] === 0) st[0] = 1;
        else if (c2 === 0x0a && st[0] === 0) { /* line continuation */ }
        else if (c2 === 0x7d && st[0] === 1) st[0] = 0;
        else return 1;
        pos.i += 2;
        continue;
      }
      if (c & 0x80) return 1;
      if (st[0] === 0) {
        out.push(c);
        pos.i++;
      } else {
        if (pos.i + 1 >= end) return MBERR_TOOFEW;
        const u = gb2312Table().dec[((c | 0x80) << 8) | (b[pos.i + 1] | 0x80)];
        if (u === 0 || b[pos.i + 1] & 0x80) return 1;
        out.push(u);
        pos.i += 2;
      }
    }
    return 0;
  },
};

// ---------------------------------------------------------------- _codecs_tw, _codecs_hk

// Characters with two Big5 codes that CPython encodes to the second one.
const BIG5_ENCODE_FIXES: [number, number][] = [[0x5341, 0xa451], [0x5345, 0xa4ca], [0xff0f, 0xa241], [
  0xff3c,
  0xa242,
]];
const big5Options: DbcsOptions = { encodeFixes: new Map(BIG5_ENCODE_FIXES) };
const big5 = dbcs("big5", big5Table, big5Options);
/** cp950 encodes with its own table first, then with big5's (which also takes ¢ £ ¥ and a few symbols). */
const cp950 = dbcs("cp950", cp950Table, {
  encodeFixes: new Map(BIG5_ENCODE_FIXES.slice(0, 2)),
  fallback: big5Table,
});
/** big5hkscs encodes the box drawing characters to their HKSCS (ETEN) codes in row F9. */
const big5hkscsFixes = new Map([
  ...BIG5_ENCODE_FIXES,
  [0x2550, 0xf9f9],
  [0x255e, 0xf9e9],
  [0x2561, 0xf9eb],
  [0x256a, 0xf9ea],
  [0x256d, 0xf9fa],
  [0x256e, 0xf9fb],
  [0x256f, 0xf9fd],
  [0x2570, 0xf9fc],
]);

/** Ê/ê followed by U+0304/U+030C are single HKSCS codes (8862, 8864, 88A3, 88A5). */
const HKSCS_PAIRS: [number, number, number][] = [
  [0x00ca, 0x0304, 0x8862],
  [0x00ca, 0x030c, 0x8864],
  [0x00ea, 0x0304, 0x88a3],
  [0x00ea, 0x030c, 0x88a5],
];
const big5hkscs = stateless(
  "big5hkscs",
  (cps, i, out, flags) => {
    const c = cps[i];
    if (c === 0x00ca || c === 0x00ea) {
      if (i + 1 < cps.length) {
        const c2 = cps[i + 1];
        const pair = HKSCS_PAIRS.find((p) => p[0] === c && p[1] === c2);
        if (pair !== undefined) {
          put2(out, pair[2]);
          return 2;
        }
      } else if (!(flags & MBENC_FLUSH)) return MBERR_TOOFEW;
      put2(out, c === 0x00ca ? 0x8866 : 0x88a7);
      return 1;
    }
    if (c >= 0x10000 && (c < 0x20000 || c >= 0x30000)) return 0;
    const code = big5hkscsFixes.get(c) ?? encodeCode(big5hkscsTable(), c);
    if (code === undefined) return 0;
    put2(out, code);
    return 1;
  },
  (b, i, end, out) => {
    if (i + 1 >= end) return NEED_MORE;
    const code = (b[i] << 8) | b[i + 1];
    const t = big5hkscsTable();
    const u = t.dec[code];
    if (u !== 0) {
      out.push(u);
      return 2;
    }
    const pair = t.pairs.get(code);
    if (pair === undefined) return -1;
    out.pushStr(pair);
    return 2;
  },
);

// ---------------------------------------------------------------- _codecs_jp

const shiftJis = stateless(
  "shift_jis",
  (cps, i, out) => {
    const c = cps[i];
    if (c === 0x00a5) out.push(0x5c);
    else if (c === 0x203e) out.push(0x7e);
    else if (c >= 0xff61 && c <= 0xff9f) out.push(c - 0xfec0);
    else {
      if (c > 0xffff) return 0;
      const code = encodeCode(sjisTable(), c);
      if (code === undefined) return 0;
      put2(out, code);
    }
    return 1;
  },
  (b, i, end, out) => {
    const c = b[i];
    if (c >= 0xa1 && c <= 0xdf) {
      out.push(0xfec0 + c);
      return 1;
    }
    if ((c >= 0x81 && c <= 0x9f) || (c >= 0xe0 && c <= 0xea)) {
      if (i + 1 >= end) return NEED_MORE;
      const u = sjisTable().dec[(c << 8) | b[i + 1]];
      if (u === 0) return -1;
      out.push(u);
      return 2;
    }
    return -1;
  },
);

const cp932 = stateless(
  "cp932",
  (cps, i, out) => {
    const c = cps[i];
    if (c === 0x80) out.push(0x80);
    else if (c >= 0xff61 && c <= 0xff9f) out.push(c - 0xfec0);
    else if (c >= 0xf8f0 && c <= 0xf8f3) out.push(c === 0xf8f0 ? 0xa0 : c - 0xf8f1 + 0xfd);
    else {
      // the first code wins (JIS, NEC row 13, NEC-selected IBM, IBM); JIS X 0208's own mappings of
      // ¢ £ ¬ ‖ − 〜 are accepted too (CPython falls back to its jisxcommon table)
      const code = dbcsEncode(c, cp932Table, { fallback: sjisTable });
      if (code === undefined) return 0;
      put2(out, code);
    }
    return 1;
  },
  (b, i, end, out) => {
    const c = b[i];
    if (c === 0x80) out.push(0x80);
    else if (c === 0xa0) out.push(0xf8f0);
    else if (c >= 0xa1 && c <= 0xdf) out.push(0xfec0 + c);
    else if (c >= 0xfd) out.push(0xf8f1 - 0xfd + c);
    else {
      if (i + 1 >= end) return NEED_MORE;
      const u = cp932Table().dec[(c << 8) | b[i + 1]];
      if (u === 0) return -1;
      out.push(u);
      return 2;
    }
    return 1;
  },
);
/** jisxcommon: JIS X 0208 first, then JIS X 0212 (returned with the 0x8000 bit, as CPython's table). */
function jisxcommon(c: number): number | undefined {
  const a = encodeCode(jisx0208Table(), c);
  if (a !== undefined) return a & 0x7f7f;
  const b = encodeCode(jisx0212Table(), c);
  if (b !== undefined) return (b & 0x7f7f) | 0x8000;
  return undefined;
}

/** EUC-JP's bytes for a JIS X 0208 code (JIS X 0212's, marked by bit 15, after the 0x8f shift). */
function pushEucJp(code: number, out: ByteBuf): void {
  if (code & 0x8000) out.push(0x8f), out.push(code >> 8), out.push((code & 0xff) | 0x80);
  else out.push((code >> 8) | 0x80), out.push((code & 0xff) | 0x80);
}

/** EUC-JP's half-width katakana: 0x8e and a byte 0xa1-0xdf. */
function decodeEucKana(b: Uint8Array, i: number, end: number, out: CharBuf): number {
  if (i + 1 >= end) return NEED_MORE;
  const c2 = b[i + 1];
  if (c2 < 0xa1 || c2 > 0xdf) return -1;
  out.push(0xfec0 + c2);
  return 2;
}

const eucJp = stateless(
  "euc_jp",
  (cps, i, out) => {
    const c = cps[i];
    if (c > 0xffff) return 0;
    let code = jisxcommon(c);
    if (code === undefined) {
      if (c >= 0xff61 && c <= 0xff9f) {
        out.push(0x8e), out.push(c - 0xfec0);
        return 1;
      } else if (c === 0xff3c) code = 0x2140;
      else if (c === 0xa5) {
        out.push(0x5c);
        return 1;
      } else if (c === 0x203e) {
        out.push(0x7e);
        return 1;
      } else return 0;
    }
    pushEucJp(code, out);
    return 1;
  },
  (b, i, end, out) => {
    const c = b[i];
    if (c === 0x8e) return decodeEucKana(b, i, end, out);
    if (c === 0x8f) {
      if (i + 2 >= end) return NEED_MORE;
      const u = jisx0212Table().dec[(b[i + 1] << 8) | b[i + 2]];
      if (u === 0 || b[i + 1] < 0xa1 || b[i + 2] < 0xa1) return -1;
      out.push(u);
      return 3;
    }
    if (i + 1 >= end) return NEED_MORE;
    const c2 = b[i + 1];
    const u = c === 0xa1 && c2 === 0xc0 ? 0xff3c : jisx0208Table().dec[(c << 8) | c2];
    if (u === 0 || c2 < 0xa1) return -1;
    out.push(u);
    return 2;
  },
);

// ---------------------------------------------------------------- JIS X 0213 (_codecs_jp, 2004 and 2000)

/**
 * JIS X 0213's tables from the C library (jisx0213.ts); LookupError where there are none, raised when the
 * codec is looked up (getcodec makes the codec objects).
 */
function jisTables(): Jisx0213 {
  const t = jisx0213();
  if (t === null) {
    throw errorWithMessage(
      "LookupError",
      "JIS X 0213 codecs need the C library's EUC-JISX0213 converter (iconv), which is not available here",
    );
  }
  return t;
}

/** Encoding side of JIS X 0213: code point -> code (plane 2 with 0x8000), and the combining pairs. */
interface JisEncoder {
  single: Map<number, number>;
  /** base code point -> (second code point -> code) */
  pairs: Map<number, Map<number, number>>;
}
let jisEncoder: JisEncoder | undefined;
function jisEnc(): JisEncoder {
  if (jisEncoder !== undefined) return jisEncoder;
  const t = jisTables();
  const single = new Map<number, number>();
  for (let code = 0x2121; code <= 0x7e7e; code++) {
    if (t.p1[code] !== 0 && !single.has(t.p1[code])) single.set(t.p1[code], code);
  }
  for (let code = 0x2121; code <= 0x7e7e; code++) {
    if (t.p2[code] !== 0 && !single.has(t.p2[code])) single.set(t.p2[code], code | 0x8000);
  }
  const pairs = new Map<number, Map<number, number>>();
  for (const [code, [a, b]] of t.pairs1) {
    let m = pairs.get(a);
    if (m === undefined) pairs.set(a, m = new Map());
    m.set(b, code);
  }
  return jisEncoder = { single, pairs };
}

// JIS X 0213:2000 (euc_jisx0213, shift_jisx0213) lacks ten characters of the 2004 edition and had
// U+9B1D where 2004 has U+9B1C (CPython's EMULATE_JISX0213_2000 macros)
const JIS2000_MISSING_CODES = new Set([
  0x2e21,
  0x2f7e,
  0x4f54,
  0x4f7e,
  0x7427,
  0x7e7a,
  0x7e7b,
  0x7e7c,
  0x7e7d,
  0x7e7e,
]);
const JIS2000_MISSING_CHARS = new Set([
  0x4ff1,
  0x525d,
  0x541e,
  0x5653,
  0x59f8,
  0x5c5b,
  0x5e77,
  0x7626,
  0x7e6b,
  0x9b1c,
  0x20b9f,
]);

/** jisx0213Encode's answer for a character the 2000 edition lacks: unencodable, with no fallback. */
const JIS2000_INVALID = -100;

/**
 * Encode cps[i] (and a combining cps[i+1]) to a JIS X 0213 code: [code, code points used], 0 for none,
 * MBERR_TOOFEW when a pair's first half ends the input and more may come, JIS2000_INVALID.
 */
function jisx0213Encode(
  cps: Uint32Array,
  i: number,
  flags: number,
  v2000: boolean,
): [number, number] | number {
  const c = cps[i];
  if (v2000) {
    if (JIS2000_MISSING_CHARS.has(c)) return JIS2000_INVALID;
    if (c === 0x9b1d) return [0xfd3b, 1];
  }
  const e = jisEnc();
  const pair = e.pairs.get(c);
  if (pair !== undefined) {
    if (i + 1 < cps.length) {
      const code = pair.get(cps[i + 1]);
      if (code !== undefined) return [code, 2];
    } else if (!(flags & MBENC_FLUSH)) return MBERR_TOOFEW;
  }
  const code = e.single.get(c);
  return code === undefined ? 0 : [code, 1];
}

/** Decode a 7-bit JIS X 0213 code of plane 1 or 2 into out; false when unmapped. */
function jisx0213Decode(plane: number, code: number, out: CharBuf, v2000: boolean): boolean {
  const t = jisTables();
  if (plane === 1) {
    const u = t.p1[code];
    if (u !== 0) {
      out.push(u);
      return true;
    }
    const pair = t.pairs1.get(code);
    if (pair === undefined) return false;
    out.push(pair[0]), out.push(pair[1]);
    return true;
  }
  const u = v2000 && code === 0x7d3b ? 0x9b1d : t.p2[code];
  if (u === 0) return false;
  out.push(u);
  return true;
}

function eucJis2004(encoding: string, v2000: boolean): MbCodec {
  return stateless(
    encoding,
    (cps, i, out, flags) => {
      const c = cps[i];
      const r = jisx0213Encode(cps, i, flags, v2000);
      if (r === JIS2000_INVALID) return 0;
      if (typeof r === "number" && r !== 0) return r;
      let code: number, used = 1;
      if (r !== 0) [code, used] = r as [number, number];
      else {
        const common = c > 0xffff ? undefined : jisxcommon(c);
        if (common !== undefined) code = common;
        else if (c >= 0xff61 && c <= 0xff9f) {
          out.push(0x8e), out.push(c - 0xfec0);
          return 1;
        } else if (c === 0xff3c) code = 0x2140;
        else if (c === 0xff5e) code = 0x2232;
        else return 0;
      }
      pushEucJp(code, out);
      return used;
    },
    (b, i, end, out) => {
      const c = b[i];
      if (c === 0x8e) return decodeEucKana(b, i, end, out);
      if (c === 0x8f) {
        if (i + 2 >= end) return NEED_MORE;
        const c2 = b[i + 1] ^ 0x80, c3 = b[i + 2] ^ 0x80;
        if (c2 < 0x21 || c2 > 0x7e || c3 < 0x21 || c3 > 0x7e) return -1;
        if (jisx0213Decode(2, (c2 << 8) | c3, out, v2000)) return 3;
        const u = jisx0212Table().dec[(b[i + 1] << 8) | b[i + 2]];
        if (u === 0) return -1;
        out.push(u);
        return 3;
      }
      if (i + 1 >= end) return NEED_MORE;
      const c1 = c ^ 0x80, c2 = b[i + 1] ^ 0x80;
      if (c1 < 0x21 || c1 > 0x7e || c2 < 0x21 || c2 > 0x7e) return -1;
      const code = (c1 << 8) | c2;
      if (v2000 && JIS2000_MISSING_CODES.has(code)) return -2; // EMULATE_JISX0213_2000_DECODE_INVALID
      return jisx0213Decode(1, code, out, v2000) ? 2 : -1;
    },
  );
}

function shiftJis2004(encoding: string, v2000: boolean): MbCodec {
  return stateless(
    encoding,
    (cps, i, out, flags) => {
      const c = cps[i];
      if (c < 0x80 && c !== 0x5c && c !== 0x7e) out.push(c);
      else if (c === 0xa5) out.push(0x5c);
      else if (c === 0x203e) out.push(0x7e);
      else if (c >= 0xff61 && c <= 0xff9f) out.push(c - 0xfec0);
      else {
        let code: number, used = 1;
        if (c === 0x5c) code = 0x2140; // the JIS X 0201 Roman set has YEN SIGN and OVERLINE there
        else if (c === 0x7e) code = 0x2232;
        else if (c === 0xff3c || c === 0xff5e) return 0;
        else {
          const r = jisx0213Encode(cps, i, flags, v2000);
          if (r === JIS2000_INVALID) return 0;
          if (typeof r === "number" && r !== 0) return r;
          if (r !== 0) [code, used] = r as [number, number];
          else {
            const common = c > 0xffff ? undefined : jisxcommon(c);
            if (common === undefined || common & 0x8000) return 0; // JIS X 0212 has no Shift_JIS form
            code = common;
          }
        }
        let c1 = code >> 8;
        let c2 = (code & 0xff) - 0x21;
        if (c1 & 0x80) c1 = c1 >= 0xee ? c1 - 0x87 : c1 >= 0xac || c1 === 0xa8 ? c1 - 0x49 : c1 - 0x43;
        else c1 -= 0x21;
        if (c1 & 1) c2 += 0x5e;
        c1 >>= 1;
        out.push(c1 + (c1 < 0x1f ? 0x81 : 0xc1)), out.push(c2 + (c2 < 0x3f ? 0x40 : 0x41));
        return used;
      }
      return 1;
    },
    (b, i, end, out) => {
      const c = b[i];
      if (c < 0x80) {
        // JIS X 0201 Roman: YEN SIGN and OVERLINE in the places of backslash and tilde
        out.push(c === 0x5c ? 0xa5 : c === 0x7e ? 0x203e : c);
        return 1;
      }
      if (c >= 0xa1 && c <= 0xdf) {
        out.push(0xfec0 + c);
        return 1;
      }
      if (!((c >= 0x81 && c <= 0x9f) || (c >= 0xe0 && c <= 0xfc))) return -1;
      if (i + 1 >= end) return NEED_MORE;
      let c2 = b[i + 1];
      if (c2 < 0x40 || (c2 > 0x7e && c2 < 0x80) || c2 > 0xfc) return -1;
      let c1 = c < 0xe0 ? c - 0x81 : c - 0xc1;
      c2 = c2 < 0x80 ? c2 - 0x40 : c2 - 0x41;
      c1 = 2 * c1 + (c2 < 0x5e ? 0 : 1);
      c2 = (c2 < 0x5e ? c2 : c2 - 0x5e) + 0x21;
      if (c1 < 0x5e) {
        const code = ((c1 + 0x21) << 8) | c2;
        if (v2000 && JIS2000_MISSING_CODES.has(code)) return -2;
        if (code === 0x2140) out.push(0x5c);
        else if (code === 0x2232) out.push(0x7e);
        else if (!jisx0213Decode(1, code, out, v2000)) return -1;
        return 2;
      }
      c1 = c1 >= 0x67 ? c1 + 0x07 : c1 >= 0x63 || c1 === 0x5f ? c1 - 0x37 : c1 - 0x3d;
      return jisx0213Decode(2, (c1 << 8) | c2, out, v2000) ? 2 : -1;
    },
    false,
  );
}

// ---------------------------------------------------------------- _codecs_kr

/** A table written as space-separated hex numbers. */
function hexList(s: string): number[] {
  return s.trim().split(/\s+/).map((h) => parseInt(h, 16));
}

const CHOSEONG = hexList("a1 a2 a4 a7 a8 a9 b1 b2 b3 b5 b6 b7 b8 b9 ba bb bc bd be");
const JUNGSEONG = Array.from({ length: 21 }, (_, k) => 0xbf + k);
const JONGSEONG = hexList(
  "d4 a1 a2 a3 a4 a5 a6 a7 a9 aa ab ac ad ae af b0 b1 b2 b4 b5 b6 b7 b8 ba bb bc bd be",
);
const isKsx1001 = (code: number): boolean => (code >> 8) >= 0xa1 && (code & 0xff) >= 0xa1;

const eucKr = stateless(
  "euc_kr",
  (cps, i, out) => {
    let c = cps[i];
    if (c > 0xffff) return 0;
    const code = encodeCode(cp949Table(), c);
    if (code === undefined) return 0;
    if (isKsx1001(code)) put2(out, code);
    else {
      // a UHC-only syllable: KS X 1001:1998 Annex 3 make-up sequence (filler, initial, medial, final)
      c -= 0xac00;
      out.push(0xa4), out.push(0xd4);
      out.push(0xa4), out.push(CHOSEONG[Math.floor(c / 588)]);
      out.push(0xa4), out.push(JUNGSEONG[Math.floor(c / 28) % 21]);
      out.push(0xa4), out.push(JONGSEONG[c % 28]);
    }
    return 1;
  },
  (b, i, end, out) => {
    if (i + 1 >= end) return NEED_MORE;
    if (b[i] === 0xa4 && b[i + 1] === 0xd4) {
      if (i + 7 >= end) return NEED_MORE;
      if (b[i + 2] !== 0xa4 || b[i + 4] !== 0xa4 || b[i + 6] !== 0xa4) return -1;
      const cho = CHOSEONG.indexOf(b[i + 3]);
      const jung = JUNGSEONG.indexOf(b[i + 5]);
      const jong = JONGSEONG.indexOf(b[i + 7]);
      if (cho < 0 || jung < 0 || jong < 0) return -1;
      out.push(0xac00 + cho * 588 + jung * 28 + jong);
      return 8;
    }
    const u = ksx1001Table().dec[(b[i] << 8) | b[i + 1]];
    if (u === 0) return -1;
    out.push(u);
    return 2;
  },
);
const cp949 = dbcs("cp949", cp949Table);

// johab: index tables of CPython's _codecs_kr.c (5-bit jamo fields of the Johab code)
const U2JOHAB_CHO = hexList("02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f 10 11 12 13 14");
const U2JOHAB_JUNG = hexList("03 04 05 06 07 0a 0b 0c 0d 0e 0f 12 13 14 15 16 17 1a 1b 1c 1d");
const U2JOHAB_JONG = hexList(
  "01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f 10 11 13 14 15 16 17 18 19 1a 1b 1c 1d",
);
const U2JOHAB_JAMO = hexList(
  "8841 8c41 8444 9041 8446 8447 9441 9841 9c41 844a 844b 844c 844d 844e 844f 8450 a041 " +
    "a441 a841 8454 ac41 b041 b441 b841 bc41 c041 c441 c841 cc41 d041 8461 8481 84a1 84c1 " +
    "84e1 8541 8561 8581 85a1 85c1 85e1 8641 8661 8681 86a1 86c1 86e1 8741 8761 8781 87a1",
);
const FILL = 0xfd, NONE = 0xff;
const JOHAB_CHO = hexList("ff fd 00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f 10 11 12");
const JOHAB_JUNG = hexList(
  "ff ff fd 00 01 02 03 04 ff ff 05 06 07 08 09 0a ff ff 0b 0c 0d 0e 0f 10 ff ff 11 12 13 " +
    "14",
);
const JOHAB_JONG = hexList(
  "ff fd 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f 10 ff 11 12 13 14 15 16 17 18 19 1a " +
    "1b",
);
const JAMO_CHO = hexList("ff fd 31 32 34 37 38 39 41 42 43 45 46 47 48 49 4a 4b 4c 4d 4e");
const JAMO_JUNG = hexList(
  "ff ff fd 4f 50 51 52 53 ff ff 54 55 56 57 58 59 ff ff 5a 5b 5c 5d 5e 5f ff ff 60 61 62 " +
    "63",
);
const JAMO_JONG = hexList(
  "ff fd 31 32 33 34 35 36 37 39 3a 3b 3c 3d 3e 3f 40 41 ff 42 44 45 46 47 48 4a 4b 4c 4d " +
    "4e",
);
const at = (t: number[], k: number): number => t[k] ?? NONE;

const johab = stateless(
  "johab",
  (cps, i, out) => {
    let c = cps[i];
    if (c > 0xffff) return 0;
    if (c >= 0xac00 && c <= 0xd7a3) {
      c -= 0xac00;
      put2(
        out,
        0x8000 | (U2JOHAB_CHO[Math.floor(c / 588)] << 10) | (U2JOHAB_JUNG[Math.floor(c / 28) % 21] << 5) |
          U2JOHAB_JONG[c % 28],
      );
      return 1;
    }
    if (c >= 0x3131 && c <= 0x3163) {
      put2(out, U2JOHAB_JAMO[c - 0x3131]);
      return 1;
    }
    const full = encodeCode(cp949Table(), c);
    if (full === undefined || !isKsx1001(full)) return 0;
    const c1 = (full >> 8) & 0x7f, c2 = full & 0x7f;
    if (((c1 >= 0x21 && c1 <= 0x2c) || (c1 >= 0x4a && c1 <= 0x7d)) && c2 >= 0x21 && c2 <= 0x7e) {
      const t1 = c1 < 0x4a ? c1 - 0x21 + 0x1b2 : c1 - 0x21 + 0x197;
      const t2 = ((t1 & 1) ? 0x5e : 0) + (c2 - 0x21);
      out.push(t1 >> 1), out.push(t2 < 0x4e ? t2 + 0x31 : t2 + 0x43);
      return 1;
    }
    return 0;
  },
  (b, i, end, out) => {
    if (i + 1 >= end) return NEED_MORE;
    const c = b[i], c2 = b[i + 1];
    if (c < 0xd8) {
      const cCho = (c >> 2) & 0x1f, cJung = ((c << 3) | (c2 >> 5)) & 0x1f, cJong = c2 & 0x1f;
      const iCho = at(JOHAB_CHO, cCho), iJung = at(JOHAB_JUNG, cJung), iJong = at(JOHAB_JONG, cJong);
      if (iCho === NONE || iJung === NONE || iJong === NONE) return -1;
      if (iCho === FILL) {
        if (iJung === FILL) out.push(iJong === FILL ? 0x3000 : 0x3100 | JAMO_JONG[cJong]);
        else if (iJong === FILL) out.push(0x3100 | JAMO_JUNG[cJung]);
        else return -1;
      } else if (iJung === FILL) {
        if (iJong === FILL) out.push(0x3100 | JAMO_CHO[cCho]);
        else return -1;
      } else out.push(0xac00 + iCho * 588 + iJung * 28 + (iJong === FILL ? 0 : iJong));
      return 2;
    }
    if (
      c === 0xdf || c > 0xf9 || c2 < 0x31 || (c2 >= 0x80 && c2 < 0x91) || (c2 & 0x7f) === 0x7f ||
      (c === 0xda && c2 >= 0xa1 && c2 <= 0xd3)
    ) return -1;
    let t1 = c < 0xe0 ? 2 * (c - 0xd9) : 2 * c - 0x197;
    let t2 = c2 < 0x91 ? c2 - 0x31 : c2 - 0x43;
    t1 = (t1 + (t2 < 0x5e ? 0 : 1) + 0x21) & 0xff;
    t2 = ((t2 < 0x5e ? t2 : t2 - 0x5e) + 0x21) & 0xff;
    const u = ksx1001Table().dec[((t1 | 0x80) << 8) | (t2 | 0x80)];
    if (u === 0 || t1 < 0x21 || t1 > 0x7e || t2 < 0x21 || t2 > 0x7e) return -1;
    out.push(u);
    return 2;
  },
);

// ---------------------------------------------------------------- _codecs_iso2022

const ESC = 0x1b, SO = 0x0e, SI = 0x0f, LF = 0x0a;
const DBCS = 0x80;
const CS_ASCII = 0x42; // 'B'
const CS_ISO8859_1 = 0x41, CS_ISO8859_7 = 0x46, CS_JISX0201_K = 0x49, CS_JISX0201_R = 0x4a;
const CS_GB2312 = 0x41 | DBCS, CS_JISX0208 = 0x42 | DBCS, CS_KSX1001 = 0x43 | DBCS, CS_JISX0212 = 0x44 | DBCS;
const CS_JISX0208_O = 0x40 | DBCS;
const F_SHIFTED = 1, F_ESCTHROUGHOUT = 2;
const NO_SHIFT = 1, USE_G2 = 2, USE_JISX0208_EXT = 4;
const UNMAPPABLE = -1;

interface Designation {
  mark: number;
  plane: number;
  width: number;
  /** The code point of the code at b[i] (a JIS X 0213 pair: PAIR, with the two in `pairOut`), UNMAPPABLE. */
  decode(b: Uint8Array, i: number): number;
  encode(c: number): number;
  /**
   * For sets with combining pairs (JIS X 0213): encode at cps[i], giving the code and the code points used
   * in `encodedUsed`; UNMAPPABLE, or MBERR_TOOFEW when a pair may continue in input still to come.
   */
  encodeAt?(cps: Uint32Array, i: number, flags: number): number;
}
/** Set by encodeAt: how many code points its code stands for. */
let encodedUsed = 1;
/** Returned by decode for a JIS X 0213 code standing for two code points, kept in pairOut. */
const PAIR = -2;
const pairOut: [number, number] = [0, 0];
function dbcsDecoder(table: () => DbcsTable): (b: Uint8Array, i: number) => number {
  return (b, i) => {
    const c1 = b[i], c2 = b[i + 1];
    if (c1 < 0x21 || c1 > 0x7e || c2 < 0x21 || c2 > 0x7e) return UNMAPPABLE;
    return table().dec[((c1 | 0x80) << 8) | (c2 | 0x80)] || UNMAPPABLE;
  };
}
const ksx1001G = (plane: number): Designation => ({
  mark: CS_KSX1001,
  plane,
  width: 2,
  decode: dbcsDecoder(ksx1001Table),
  encode: (c) => {
    if (c > 0xffff) return UNMAPPABLE;
    const code = encodeCode(cp949Table(), c);
    return code !== undefined && isKsx1001(code) ? code & 0x7f7f : UNMAPPABLE;
  },
});
const jisx0208Decode = dbcsDecoder(jisx0208Table);
const jisx0208G = (mark: number): Designation => ({
  mark,
  plane: 0,
  width: 2,
  decode: (b, i) => (b[i] === 0x21 && b[i + 1] === 0x40 ? 0xff3c : jisx0208Decode(b, i)),
  encode: (c) => {
    if (c === 0xff3c) return 0x2140;
    const code = c > 0xffff ? undefined : jisxcommon(c);
    return code !== undefined && !(code & 0x8000) ? code : UNMAPPABLE;
  },
});
const jisx0212G: Designation = {
  mark: CS_JISX0212,
  plane: 0,
  width: 2,
  decode: dbcsDecoder(jisx0212Table),
  encode: (c) => {
    const code = c > 0xffff ? undefined : jisxcommon(c);
    return code !== undefined && code & 0x8000 ? code & 0x7fff : UNMAPPABLE;
  },
};
const jisx0201RG: Designation = {
  mark: CS_JISX0201_R,
  plane: 0,
  width: 1,
  decode: (b, i) => {
    const c = b[i];
    return c === 0x5c ? 0xa5 : c === 0x7e ? 0x203e : c < 0x80 ? c : UNMAPPABLE;
  },
  encode: (c) =>
    c < 0x80 && c !== 0x5c && c !== 0x7e ? c : c === 0xa5 ? 0x5c : c === 0x203e ? 0x7e : UNMAPPABLE,
};
const jisx0201KG: Designation = {
  mark: CS_JISX0201_K,
  plane: 0,
  width: 1,
  decode: (b, i) => {
    const c = b[i] ^ 0x80;
    return c >= 0xa1 && c <= 0xdf ? 0xfec0 + c : UNMAPPABLE;
  },
  encode: (c) => (c >= 0xff61 && c <= 0xff9f ? c - 0xfec0 - 0x80 : UNMAPPABLE),
};
const gb2312G: Designation = {
  mark: CS_GB2312,
  plane: 0,
  width: 2,
  decode: dbcsDecoder(gb2312Table),
  encode: (c) => {
    const code = c > 0xffff ? undefined : encodeCode(gb2312Table(), c);
    return code !== undefined ? code & 0x7f7f : UNMAPPABLE;
  },
};
const CS_JISX0213_2000_1 = 0x4f | DBCS, CS_JISX0213_2 = 0x50 | DBCS, CS_JISX0213_2004_1 = 0x51 | DBCS;

/**
 * JIS X 0213 sets (iso2022_jp_2004, iso2022_jp_3). `pairOnly`: the set listed first, which takes a
 * character only together with its combining partner; the plain plane-1 set takes the rest (CPython's
 * jisx0213_*_encoder_paironly and jisx0213_*_encoder).
 */
function jisx0213G(mark: number, plane: 1 | 2, v2000: boolean, pairOnly = false): Designation {
  return {
    mark,
    plane: 0,
    width: 2,
    decode: (b, i) => {
      const c1 = b[i], c2 = b[i + 1];
      if (c1 < 0x21 || c1 > 0x7e || c2 < 0x21 || c2 > 0x7e) return UNMAPPABLE;
      const code = (c1 << 8) | c2;
      if (plane === 1 && v2000 && JIS2000_MISSING_CODES.has(code)) return UNMAPPABLE;
      // here 1-1-32 is TILDE (EUC-JIS-2004 says FULLWIDTH TILDE), and plane 2's 0x7d3b stays U+9B1C in
      // the 2000 edition too (CPython's iso2022 decoder overwrites its emulated value)
      if (plane === 1 && code === 0x2232) return 0x7e;
      const out = new CharBuf();
      if (!jisx0213Decode(plane, code, out, v2000 && plane === 1)) return UNMAPPABLE;
      const s = out.toString();
      const u = s.codePointAt(0)!;
      if (s.length === (u > 0xffff ? 2 : 1)) return u;
      pairOut[0] = u, pairOut[1] = s.codePointAt(u > 0xffff ? 2 : 1)!;
      return PAIR;
    },
    encode: () => UNMAPPABLE,
    encodeAt: (cps, i, flags) => {
      const c = cps[i];
      if (c === 0xff5e) return UNMAPPABLE;
      const pair = jisEnc().pairs.get(c);
      if (pairOnly) {
        if (pair === undefined) return UNMAPPABLE;
        if (i + 1 >= cps.length) return flags & MBENC_FLUSH ? UNMAPPABLE : MBERR_TOOFEW;
        const code = pair.get(cps[i + 1]);
        if (code === undefined || (v2000 && JIS2000_MISSING_CODES.has(code))) return UNMAPPABLE;
        encodedUsed = 2;
        return code;
      }
      const r = jisx0213Encode(cps, i, flags | MBENC_FLUSH, v2000);
      let code: number | undefined;
      encodedUsed = 1;
      if (typeof r !== "number") [code, encodedUsed] = r;
      else if (r === 0 && c <= 0xffff) {
        const common = jisxcommon(c);
        if (common !== undefined && !(common & 0x8000)) code = common;
      }
      if (code === undefined) return UNMAPPABLE;
      if (plane === 1) return code & 0x8000 ? UNMAPPABLE : code;
      return code & 0x8000 ? code & 0x7fff : UNMAPPABLE;
    },
  };
}

/** G2 sets of iso2022_jp_2: reached only by single shift (ESC N) when decoding, never used to encode. */
const dummyG2 = (mark: number): Designation => ({
  mark,
  plane: 2,
  width: 1,
  decode: () => UNMAPPABLE,
  encode: () => UNMAPPABLE,
});

/** ISO-8859-7's upper half as CPython's iso2022 decoder knows it (ISO8859_7_DECODE). */
function iso8859_7(c: number): number {
  if (c < 0xa0) return c;
  if (c < 0xc0 && (0x288f3bc9 & (1 << (c - 0xa0)))) return c;
  if (c >= 0xb4 && c <= 0xfe && (c >= 0xd4 || (0xbffffd77 & (1 << (c - 0xb4))))) return 0x02d0 + c;
  if (c === 0xa1) return 0x2018;
  if (c === 0xa2) return 0x2019;
  if (c === 0xaf) return 0x2015;
  return UNMAPPABLE;
}

function isEscEnd(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || c === 0x40;
}

function iso2022(encoding: string, flags: number, designations: Designation[]): MbCodec {
  const has = (f: number): boolean => (flags & f) !== 0;
  function processEsc(st: Uint8Array, b: Uint8Array, pos: Pos, end: number): number {
    const left = end - pos.i, p = pos.i;
    let i = 1, esclen = 0;
    for (; i < 16; i++) {
      if (i >= left) return MBERR_TOOFEW;
      if (isEscEnd(b[p + i])) {
        esclen = i + 1;
        break;
      } else if (has(USE_JISX0208_EXT) && i + 1 < left && b[p + i] === 0x26 && b[p + i + 1] === 0x40) i += 2;
    }
    if (i >= 16) return 1; // unterminated escape sequence
    let charset: number, designation: number;
    switch (esclen) {
      case 3:
        if (b[p + 1] === 0x24) charset = b[p + 2] | DBCS, designation = 0;
        else {
          charset = b[p + 2];
          if (b[p + 1] === 0x28) designation = 0;
          else if (b[p + 1] === 0x29) designation = 1;
          else if (has(USE_G2) && b[p + 1] === 0x2e) designation = 2;
          else return 3;
        }
        break;
      case 4:
        if (b[p + 1] !== 0x24) return 4;
        charset = b[p + 3] | DBCS;
        if (b[p + 2] === 0x28) designation = 0;
        else if (b[p + 2] === 0x29) designation = 1;
        else return 4;
        break;
      case 6: // designation with prefix
        if (has(USE_JISX0208_EXT) && b[p + 3] === ESC && b[p + 4] === 0x24 && b[p + 5] === 0x42) {
          charset = 0x42 | DBCS, designation = 0;
        } else return 6;
        break;
      default:
        return esclen;
    }
    // an error when the charset is not designated for this encoding
    if (charset !== CS_ASCII && !designations.some((d) => d.mark === charset)) return esclen;
    st[designation] = charset;
    pos.i += esclen;
    return 0;
  }
  return {
    encoding,
    encinit(st) {
      st[4] = 0;
      st[0] = CS_ASCII;
      st[1] = CS_ASCII;
    },
    encreset(st, out) {
      if (st[4] & F_SHIFTED) {
        out.push(SI);
        st[4] &= ~F_SHIFTED;
      }
      if (st[0] !== CS_ASCII) {
        out.push(ESC), out.push(0x28), out.push(0x42);
        st[0] = CS_ASCII;
      }
      return 0;
    },
    encode(st, cps, pos, out, flags) {
      const n = cps.length;
      while (pos.i < n) {
        const c = cps[pos.i];
        if (c < 0x80) {
          if (st[0] !== CS_ASCII) {
            out.push(ESC), out.push(0x28), out.push(0x42);
            st[0] = CS_ASCII;
          }
          if (st[4] & F_SHIFTED) {
            out.push(SI);
            st[4] &= ~F_SHIFTED;
          }
          out.push(c);
          pos.i++;
          continue;
        }
        let dsg: Designation | undefined, encoded = UNMAPPABLE, used = 1;
        for (const d of designations) {
          if (d.encodeAt !== undefined) {
            encoded = d.encodeAt(cps, pos.i, flags);
            if (encoded === MBERR_TOOFEW) return MBERR_TOOFEW;
            used = encodedUsed;
          } else encoded = d.encode(c), used = 1;
          if (encoded !== UNMAPPABLE) {
            dsg = d;
            break;
          }
        }
        if (dsg === undefined) return 1;
        if (dsg.plane === 0) {
          if (st[4] & F_SHIFTED) {
            out.push(SI);
            st[4] &= ~F_SHIFTED;
          }
          if (st[0] !== dsg.mark) {
            if (dsg.width === 1) out.push(ESC), out.push(0x28), out.push(dsg.mark & 0x7f);
            else if (dsg.mark === CS_JISX0208) out.push(ESC), out.push(0x24), out.push(dsg.mark & 0x7f);
            else out.push(ESC), out.push(0x24), out.push(0x28), out.push(dsg.mark & 0x7f);
            st[0] = dsg.mark;
          }
        } else if (dsg.plane === 1) {
          if (st[1] !== dsg.mark) {
            if (dsg.width === 1) out.push(ESC), out.push(0x29), out.push(dsg.mark & 0x7f);
            else out.push(ESC), out.push(0x24), out.push(0x29), out.push(dsg.mark & 0x7f);
            st[1] = dsg.mark;
          }
          if (!(st[4] & F_SHIFTED)) {
            out.push(SO);
            st[4] |= F_SHIFTED;
          }
        } else return MBERR_INTERNAL;
        if (dsg.width === 1) out.push(encoded);
        else put2(out, encoded);
        pos.i += used;
      }
      return 0;
    },
    decinit(st) {
      st[4] = 0;
      st[0] = CS_ASCII;
      st[1] = CS_ASCII;
      st[2] = CS_ASCII;
    },
    decreset(st) {
      st[0] = CS_ASCII;
      st[4] &= ~F_SHIFTED;
    },
    decode(st, b, pos, end, out) {
      while (pos.i < end) {
        const c = b[pos.i];
        if (st[4] & F_ESCTHROUGHOUT) {
          // ESC throughout mode: a non-ISO-2022 escape sequence passes through as Latin-1
          out.push(c);
          pos.i++;
          if (isEscEnd(c)) st[4] &= ~F_ESCTHROUGHOUT;
          continue;
        }
        if (c === ESC) {
          if (pos.i + 1 >= end) return MBERR_TOOFEW;
          const c2 = b[pos.i + 1];
          if (c2 === 0x28 || c2 === 0x29 || c2 === 0x24 || c2 === 0x2e || c2 === 0x26) {
            const err = processEsc(st, b, pos, end);
            if (err !== 0) return err;
          } else if (has(USE_G2) && c2 === 0x4e) { // SS2
            if (pos.i + 2 >= end) return MBERR_TOOFEW;
            const c3 = b[pos.i + 2];
            let u: number;
            if (st[2] === CS_ISO8859_1) u = c3 < 0x80 ? c3 + 0x80 : UNMAPPABLE;
            else if (st[2] === CS_ISO8859_7) u = iso8859_7(c3 ^ 0x80);
            else if (st[2] === CS_ASCII) u = c3 & 0x80 ? UNMAPPABLE : c3;
            else return MBERR_INTERNAL;
            if (u === UNMAPPABLE) return 3;
            out.push(u);
            pos.i += 3;
          } else {
            out.push(ESC);
            st[4] |= F_ESCTHROUGHOUT;
            pos.i++;
          }
          continue;
        }
        if ((c === SI || c === SO) && !has(NO_SHIFT)) {
          if (c === SI) st[4] &= ~F_SHIFTED;
          else st[4] |= F_SHIFTED;
          pos.i++;
          continue;
        }
        if (c === LF) {
          st[4] &= ~F_SHIFTED;
          out.push(LF);
          pos.i++;
          continue;
        }
        if (c >= 0x80) return 1;
        const charset = c < 0x20 ? CS_ASCII : st[4] & F_SHIFTED ? st[1] : st[0];
        if (charset === CS_ASCII) {
          out.push(c);
          pos.i++;
          continue;
        }
        const dsg = designations.find((d) => d.mark === charset);
        if (dsg === undefined) return MBERR_INTERNAL;
        if (pos.i + dsg.width > end) return MBERR_TOOFEW;
        const u = dsg.decode(b, pos.i);
        if (u === UNMAPPABLE) return dsg.width;
        if (u === PAIR) out.push(pairOut[0]), out.push(pairOut[1]);
        else out.push(u);
        pos.i += dsg.width;
      }
      return 0;
    },
  };
}

// ---------------------------------------------------------------- the codec lists of each module

export const CODECS: Record<string, Record<string, () => MbCodec>> = {
  cn: { gb2312: () => gb2312, gbk: () => gbk, gb18030: () => gb18030, hz: () => hz },
  tw: { big5: () => big5, cp950: () => cp950 },
  hk: { big5hkscs: () => big5hkscs },
  jp: {
    shift_jis: () => shiftJis,
    cp932: () => cp932,
    euc_jp: () => eucJp,
    euc_jis_2004: () => (jisTables(), eucJis2004("euc_jis_2004", false)),
    euc_jisx0213: () => (jisTables(), eucJis2004("euc_jisx0213", true)),
    shift_jis_2004: () => (jisTables(), shiftJis2004("shift_jis_2004", false)),
    shift_jisx0213: () => (jisTables(), shiftJis2004("shift_jisx0213", true)),
  },
  kr: { euc_kr: () => eucKr, cp949: () => cp949, johab: () => johab },
  iso2022: {
    iso2022_kr: () => iso2022("iso2022_kr", 0, [ksx1001G(1)]),
    iso2022_jp: () =>
      iso2022("iso2022_jp", NO_SHIFT | USE_JISX0208_EXT, [
        jisx0208G(CS_JISX0208),
        jisx0201RG,
        jisx0208G(CS_JISX0208_O),
      ]),
    iso2022_jp_1: () =>
      iso2022("iso2022_jp_1", NO_SHIFT | USE_JISX0208_EXT, [
        jisx0208G(CS_JISX0208),
        jisx0212G,
        jisx0201RG,
        jisx0208G(CS_JISX0208_O),
      ]),
    iso2022_jp_2: () =>
      iso2022("iso2022_jp_2", NO_SHIFT | USE_G2 | USE_JISX0208_EXT, [
        jisx0208G(CS_JISX0208),
        jisx0212G,
        ksx1001G(0),
        gb2312G,
        jisx0201RG,
        jisx0208G(CS_JISX0208_O),
        dummyG2(CS_ISO8859_1),
        dummyG2(CS_ISO8859_7),
      ]),
    iso2022_jp_2004: () => (jisTables(),
      iso2022("iso2022_jp_2004", NO_SHIFT | USE_JISX0208_EXT, [
        jisx0213G(CS_JISX0213_2004_1, 1, false, true),
        jisx0208G(CS_JISX0208),
        jisx0213G(CS_JISX0213_2004_1, 1, false),
        jisx0213G(CS_JISX0213_2, 2, false),
      ])),
    iso2022_jp_3: () => (jisTables(),
      iso2022("iso2022_jp_3", NO_SHIFT | USE_JISX0208_EXT, [
        jisx0213G(CS_JISX0213_2000_1, 1, true, true),
        jisx0208G(CS_JISX0208),
        jisx0213G(CS_JISX0213_2000_1, 1, true),
        jisx0213G(CS_JISX0213_2, 2, true),
      ])),
    iso2022_jp_ext: () =>
      iso2022("iso2022_jp_ext", NO_SHIFT | USE_JISX0208_EXT, [
        jisx0208G(CS_JISX0208),
        jisx0212G,
        jisx0201RG,
        jisx0201KG,
        jisx0208G(CS_JISX0208_O),
      ]),
  },
};
