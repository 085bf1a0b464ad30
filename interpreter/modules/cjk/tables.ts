// Mapping tables of the CJK codecs, built on first use from the WHATWG tables that Deno's TextDecoder
// carries (gb18030, big5, shift_jis, euc-jp, euc-kr), corrected towards CPython's tables with the small
// lists of mapping_fixes.ts. Nothing here runs before a codec is looked up: every table is a lazy
// getter, and each TextDecoder pass decodes a whole lead byte's row in one call.
import {
  BIG5_EXCLUDED,
  BIG5_OVERRIDES,
  BIG5HKSCS_EXCLUDED,
  BIG5HKSCS_OVERRIDES,
  CP950_EXCLUDED,
  CP950_OVERRIDES,
  EUC_JP_OVERRIDES,
  GB18030_OVERRIDES,
  GB2312_EXCLUDED,
  GB2312_OVERRIDES,
  GBK_EXCLUDED,
  SHIFT_JIS_OVERRIDES,
} from "./mapping_fixes.ts";

/**
 * A double-byte table: `dec[code]` is the code point of the 2-byte code (lead << 8 | trail), 0 when the
 * code is unmapped; a few big5hkscs codes decode to two code points, kept in `pairs`.
 */
export interface DbcsTable {
  dec: Uint32Array;
  pairs: Map<number, string>;
  /** BMP code point -> 2-byte code (0: none), and the same for other planes: built by `encodeCode`. */
  enc?: Uint16Array;
  encWide?: Map<number, number>;
}

function emptyTable(): DbcsTable {
  return { dec: new Uint32Array(0x10000), pairs: new Map() };
}

/**
 * Decode every code `prefix + lead + trail` of the given ranges with a WHATWG decoder: one TextDecoder
 * call per lead, the codes separated by "\n" so that each segment is one code's result (an invalid code
 * gives U+FFFD, possibly followed by a re-read ASCII byte).
 */
function whatwgTable(
  label: string,
  leads: [number, number],
  trails: [number, number][],
  prefix: number[] = [],
): DbcsTable {
  const t = emptyTable();
  const dec = new TextDecoder(label);
  const trailList: number[] = [];
  for (const [lo, hi] of trails) for (let x = lo; x <= hi; x++) trailList.push(x);
  const step = prefix.length + 3;
  const buf = new Uint8Array(trailList.length * step);
  for (let lead = leads[0]; lead <= leads[1]; lead++) {
    let o = 0;
    for (const trail of trailList) {
      for (const p of prefix) buf[o++] = p;
      buf[o++] = lead, buf[o++] = trail, buf[o++] = 0x0a;
    }
    const parts = dec.decode(buf).split("\n");
    for (let k = 0; k < trailList.length; k++) {
      const s = parts[k];
      if (s === undefined || s.length === 0 || s.includes("\ufffd")) continue;
      const code = (lead << 8) | trailList[k];
      const c = s.codePointAt(0)!;
      const n = c > 0xffff ? 2 : 1;
      if (s.length === n) t.dec[code] = c;
      else if (s.length === n + 1) t.pairs.set(code, s);
    }
  }
  return t;
}

function forEachRange(spec: string, f: (code: number) => void): void {
  for (const item of spec.trim().split(/\s+/)) {
    if (item === "") continue;
    const [a, b] = item.split("-");
    const first = parseInt(a, 16), last = b === undefined ? first : parseInt(b, 16);
    for (let c = first; c <= last; c++) f(c);
  }
}
function exclude(t: DbcsTable, spec: string): void {
  forEachRange(spec, (c) => {
    t.dec[c] = 0;
    t.pairs.delete(c);
  });
}
function override(t: DbcsTable, runs: readonly (readonly [number, string])[]): void {
  for (const [start, chars] of runs) {
    let code = start;
    for (const ch of chars) {
      t.dec[code] = ch.codePointAt(0)!;
      t.pairs.delete(code);
      code++; // a run never crosses a row or a gap
    }
  }
}
function copyTable(src: DbcsTable, keep: (code: number) => boolean = () => true): DbcsTable {
  const t = emptyTable();
  for (let c = 0; c < 0x10000; c++) if (src.dec[c] !== 0 && keep(c)) t.dec[c] = src.dec[c];
  for (const [c, s] of src.pairs) if (keep(c)) t.pairs.set(c, s);
  return t;
}

function lazy<T>(build: () => T): () => T {
  let v: T | undefined;
  return () => v ??= build();
}

// ---------------------------------------------------------------- WHATWG sources

const whatwgGb = lazy(() => whatwgTable("gb18030", [0x81, 0xfe], [[0x40, 0x7e], [0x80, 0xfe]]));
const whatwgBig5 = lazy(() => whatwgTable("big5", [0x81, 0xfe], [[0x40, 0x7e], [0xa1, 0xfe]]));
const whatwgSjis = lazy(() => {
  const t = whatwgTable("shift_jis", [0x81, 0x9f], [[0x40, 0x7e], [0x80, 0xfc]]);
  const hi = whatwgTable("shift_jis", [0xe0, 0xfc], [[0x40, 0x7e], [0x80, 0xfc]]);
  for (let c = 0xe000; c < 0x10000; c++) t.dec[c] = hi.dec[c];
  return t;
});
const whatwgEucJp = lazy(() => whatwgTable("euc-jp", [0xa1, 0xfe], [[0xa1, 0xfe]]));
const whatwgUhc = lazy(() => whatwgTable("euc-kr", [0x81, 0xfe], [[0x41, 0x5a], [0x61, 0x7a], [0x81, 0xfe]]));

// ---------------------------------------------------------------- CPython's tables

/** cp949 (Unified Hangul Code) is exactly WHATWG's euc-kr. */
export const cp949Table = whatwgUhc;
/** KS X 1001 (euc_kr): the UHC codes whose both bytes are in A1-FE. */
export const ksx1001Table = lazy(() =>
  copyTable(
    whatwgUhc(),
    (c) => (c >> 8) >= 0xa1 && (c >> 8) <= 0xfe && (c & 0xff) >= 0xa1 && (c & 0xff) <= 0xfe,
  )
);
/** gb18030's 2-byte part: WHATWG's (GB18030-2022) with the 2005 PUA code points CPython keeps. */
export const gb18030Table = lazy(() => {
  const t = copyTable(whatwgGb());
  override(t, GB18030_OVERRIDES);
  return t;
});
/** gbk: gb18030's 2-byte part without the GB18030 additions and the user-defined (PUA) rows. */
export const gbkTable = lazy(() => {
  const t = copyTable(whatwgGb());
  exclude(t, GBK_EXCLUDED);
  return t;
});
/** gb2312: the A1-F7/A1-FE block of GBK, less GBK's additions in it, with its own A1A4 and A1AA. */
export const gb2312Table = lazy(() => {
  const t = copyTable(
    gbkTable(),
    (c) => (c >> 8) >= 0xa1 && (c >> 8) <= 0xf7 && (c & 0xff) >= 0xa1 && (c & 0xff) <= 0xfe,
  );
  exclude(t, GB2312_EXCLUDED);
  override(t, GB2312_OVERRIDES);
  return t;
});
/** The four-byte gb18030 codes 81308130-8431A439 (linear index 0..39419) map to these BMP code points. */
export const gb18030FourByte = lazy(() => {
  const n = 39420;
  const buf = new Uint8Array(n * 4);
  for (let i = 0, o = 0; i < n; i++) {
    buf[o++] = 0x81 + Math.floor(i / 12600);
    buf[o++] = 0x30 + Math.floor(i / 1260) % 10;
    buf[o++] = 0x81 + Math.floor(i / 10) % 126;
    buf[o++] = 0x30 + i % 10;
  }
  const s = new TextDecoder("gb18030").decode(buf);
  const dec = new Uint16Array(n);
  for (let i = 0; i < n; i++) dec[i] = s.charCodeAt(i);
  // GB18030-2022 moved U+1E3F to 2-byte A8BC and gave its old 4-byte code 8135F437 the PUA U+E7C7;
  // CPython (GB18030-2005) has U+1E3F here.
  dec[7457] = 0x1e3f;
  // code point -> index + 1 (0: none); a typed array is several times faster to build than a Map
  const enc = new Uint16Array(0x10000);
  for (let i = 0; i < n; i++) enc[dec[i]] = i + 1;
  return { dec, enc };
});
export const big5Table = lazy(() => {
  const t = copyTable(whatwgBig5());
  t.pairs.clear(); // the two-character codes are HKSCS's
  exclude(t, BIG5_EXCLUDED);
  override(t, BIG5_OVERRIDES);
  return t;
});
export const cp950Table = lazy(() => {
  const t = copyTable(whatwgBig5());
  t.pairs.clear();
  exclude(t, CP950_EXCLUDED);
  override(t, CP950_OVERRIDES);
  return t;
});
export const big5hkscsTable = lazy(() => {
  const t = copyTable(whatwgBig5());
  exclude(t, BIG5HKSCS_EXCLUDED);
  override(t, BIG5HKSCS_OVERRIDES);
  return t;
});
/** cp932: WHATWG's shift_jis is Microsoft's table (NEC and IBM rows, user-defined area F040-F9FC). */
export const cp932Table = whatwgSjis;
/** shift_jis: JIS X 0208 only, with JIS's own mappings of a few symbols. */
export const sjisTable = lazy(() => {
  const t = copyTable(whatwgSjis(), (c) => {
    const lead = c >> 8;
    return lead !== 0x87 && lead !== 0xed && lead !== 0xee && !(lead >= 0xf0 && lead <= 0xfc);
  });
  override(t, SHIFT_JIS_OVERRIDES);
  return t;
});
/** JIS X 0208 in EUC-JP codes, without the NEC row 13 (AD) and the IBM rows (F9-FC). */
export const jisx0208Table = lazy(() => {
  const t = copyTable(whatwgEucJp(), (c) => {
    const lead = c >> 8;
    return lead !== 0xad && lead < 0xf9;
  });
  override(t, EUC_JP_OVERRIDES);
  return t;
});
/** JIS X 0212 in EUC-JP codes without the 8F prefix. */
export const jisx0212Table = lazy(() => {
  const t = whatwgTable("euc-jp", [0xa1, 0xfe], [[0xa1, 0xfe]], [0x8f]);
  // CPython's table keeps JIS X 0212's TILDE at 0x2237 as U+007E (WHATWG: FULLWIDTH TILDE)
  t.dec[0xa2b7] = 0x7e;
  return t;
});

/**
 * The 2-byte code of code point `c` in table `t` (undefined: none), from the inverse table built on first
 * use. Where several codes decode to one code point the first in code order wins, as CPython's encoders
 * have it (the exceptions are listed by the codecs).
 */
export function encodeCode(t: DbcsTable, c: number): number | undefined {
  let enc = t.enc;
  if (enc === undefined) {
    enc = t.enc = new Uint16Array(0x10000);
    const wide = t.encWide = new Map();
    for (let code = 0xffff; code > 0; code--) {
      const u = t.dec[code];
      if (u === 0) continue;
      if (u > 0xffff) wide.set(u, code);
      else enc[u] = code;
    }
  }
  if (c > 0xffff) return t.encWide!.get(c);
  return enc[c] || undefined;
}
