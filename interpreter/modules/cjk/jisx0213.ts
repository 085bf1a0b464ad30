// JIS X 0213 (the euc_jis_2004, shift_jis_2004, euc_jisx0213, shift_jisx0213, iso2022_jp_2004 and
// iso2022_jp_3 codecs). No WHATWG decoder has it, so the table is read once, on first use, from the C
// library's iconv (glibc's EUC-JISX0213 converter) through Deno FFI, and corrected towards CPython's
// table with the short lists below. Where there is no such iconv the codecs raise LookupError.

/** The plane-1 and plane-2 tables in 7-bit codes (row << 8 | cell, 0x2121-0x7e7e). */
export interface Jisx0213 {
  /** plane 1: code -> code point (0: none); pairs (two code points) in `pairs1` */
  p1: Uint32Array;
  pairs1: Map<number, [number, number]>;
  /** plane 2 (only its own rows 1, 3-5, 8, 12-15, 78-94) */
  p2: Uint32Array;
}

const SYMBOLS = {
  iconv_open: { parameters: ["buffer", "buffer"], result: "pointer" },
  iconv: { parameters: ["pointer", "buffer", "buffer", "buffer", "buffer"], result: "usize" },
  iconv_close: { parameters: ["pointer"], result: "i32" },
} as const;

/** The rows of plane 2 that JIS X 0213 uses (the others are JIS X 0212's in EUC-JIS-2004). */
export const PLANE2_ROWS = new Set([
  1,
  3,
  4,
  5,
  8,
  12,
  13,
  14,
  15,
  ...Array.from({ length: 17 }, (_, k) => 78 + k),
]);

// CPython's mappings where glibc's differ: glibc follows the JIS X 0213:2004 Unicode 3.2 proposals for
// three symbols, and has the eight ideographs of plane 2 row 94 cells 87-94 that CPython does not.
const PLANE1_FIXES: [number, number][] = [[0x213d, 0x2015], [0x2256, 0x2985], [0x2257, 0x2986]];
const PLANE2_MISSING = [0x7e77, 0x7e78, 0x7e79, 0x7e7a, 0x7e7b, 0x7e7c, 0x7e7d, 0x7e7e];

let table: Jisx0213 | null | undefined;

/** The tables, or null where the C library has no EUC-JISX0213 converter. */
export function jisx0213(): Jisx0213 | null {
  if (table !== undefined) return table;
  table = null;
  if (Deno.build.os !== "linux") return null;
  let lib: Deno.DynamicLibrary<typeof SYMBOLS>["symbols"];
  try {
    lib = Deno.dlopen("libc.so.6", SYMBOLS).symbols;
  } catch {
    return null;
  }
  const cstr = (s: string) => new TextEncoder().encode(s + "\0");
  const cd = lib.iconv_open(cstr("UTF-32LE"), cstr("EUC-JISX0213"));
  if (cd === null || Deno.UnsafePointer.value(cd) === BigInt.asUintN(64, -1n)) return null;
  try {
    const input = new Uint8Array(4), output = new Uint8Array(32);
    const inPtr = new BigUint64Array(1), inLeft = new BigUint64Array(1);
    const outPtr = new BigUint64Array(1), outLeft = new BigUint64Array(1);
    const inBase = Deno.UnsafePointer.value(Deno.UnsafePointer.of(input));
    const outBase = Deno.UnsafePointer.value(Deno.UnsafePointer.of(output));
    const out32 = new Uint32Array(output.buffer);
    /** The code points of one EUC code, or null when iconv rejects it. */
    const convert = (bytes: number[]): number[] | null => {
      input.set(bytes);
      inPtr[0] = BigInt(inBase), inLeft[0] = BigInt(bytes.length);
      outPtr[0] = BigInt(outBase), outLeft[0] = 32n;
      const r = lib.iconv(cd, inPtr, inLeft, outPtr, outLeft);
      if (BigInt(r) === BigInt.asUintN(64, -1n) || inLeft[0] !== 0n) {
        lib.iconv(cd, null, null, null, null); // back to the initial state
        return null;
      }
      return Array.from(out32.subarray(0, (32 - Number(outLeft[0])) / 4));
    };
    const p1 = new Uint32Array(0x8000), p2 = new Uint32Array(0x8000);
    const pairs1 = new Map<number, [number, number]>();
    for (let row = 0x21; row <= 0x7e; row++) {
      for (let cell = 0x21; cell <= 0x7e; cell++) {
        const code = (row << 8) | cell;
        const one = convert([row | 0x80, cell | 0x80]);
        if (one !== null && one.length === 1) p1[code] = one[0];
        else if (one !== null && one.length === 2) pairs1.set(code, [one[0], one[1]]);
        if (PLANE2_ROWS.has(row - 0x20)) {
          const two = convert([0x8f, row | 0x80, cell | 0x80]);
          if (two !== null && two.length === 1) p2[code] = two[0];
        }
      }
    }
    if (p1[0x2422] === 0) return null; // not a usable converter
    for (const [code, u] of PLANE1_FIXES) p1[code] = u;
    for (const code of PLANE2_MISSING) p2[code] = 0;
    table = { p1, pairs1, p2 };
  } finally {
    lib.iconv_close(cd);
  }
  return table;
}
