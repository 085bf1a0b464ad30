// Unit tests of the CJK codec tables: they are built from Deno's WHATWG decoders plus the exception lists
// of mapping_fixes.ts, so a Deno whose encoding data changed (WHATWG moved gb18030 to its 2022 edition
// once) would quietly change them. The fingerprints below are of tables checked code by code against
// CPython 3.13/3.14's codecs; a mismatch means the exception lists need a new comparison with CPython.
import assert from "node:assert";
import * as tables from "../../../interpreter/modules/cjk/tables.ts";
import {
  CharBuf,
  CODECS,
  MBENC_FLUSH,
  MBENC_RESET,
  MBERR_TOOFEW,
} from "../../../interpreter/modules/cjk/codecs.ts";
import { ByteBuf } from "../../../interpreter/modules/codecs_errors.ts";
import { jisx0213 } from "../../../interpreter/modules/cjk/jisx0213.ts";

function fingerprint(t: tables.DbcsTable): [number, number, string] {
  let count = 0, h = 0x811c9dc5;
  for (let c = 0; c < 0x10000; c++) {
    if (t.dec[c] === 0) continue;
    count++;
    h = Math.imul(h ^ c, 16777619) >>> 0;
    h = Math.imul(h ^ t.dec[c], 16777619) >>> 0;
  }
  return [count, t.pairs.size, "0x" + h.toString(16)];
}

Deno.test("the tables are CPython's (count, two-character codes, FNV-1a of code and code point)", () => {
  const expected: [keyof typeof tables, [number, number, string]][] = [
    ["gb2312Table", [7445, 0, "0x500c878"]],
    ["gbkTable", [21791, 0, "0xcf164f28"]],
    ["gb18030Table", [23940, 0, "0x11aeafbe"]],
    ["big5Table", [13710, 0, "0x7ea7532f"]],
    ["cp950Table", [13752, 0, "0x9ddd9717"]],
    ["big5hkscsTable", [18398, 4, "0x98a289b6"]],
    ["sjisTable", [6879, 0, "0x2263c0bb"]],
    ["cp932Table", [9604, 0, "0xa31a7811"]],
    ["jisx0208Table", [6879, 0, "0x21c043dd"]],
    ["jisx0212Table", [6067, 0, "0xaf812b36"]],
    ["ksx1001Table", [8226, 0, "0x6c3f76dd"]],
    ["cp949Table", [17048, 0, "0xc48cbf14"]],
  ];
  for (const [name, want] of expected) {
    const build = tables[name] as () => tables.DbcsTable;
    assert.deepStrictEqual(fingerprint(build()), want, name);
  }
  const four = tables.gb18030FourByte();
  let h = 0x811c9dc5;
  for (let i = 0; i < four.dec.length; i++) h = Math.imul(h ^ four.dec[i], 16777619) >>> 0;
  assert.strictEqual(four.dec.length, 39420);
  assert.strictEqual("0x" + h.toString(16), "0xb26d2824");
});

function encode(name: string, s: string): number[] | number {
  const codec = Object.assign({}, ...Object.values(CODECS))[name]();
  const st = new Uint8Array(8);
  codec.encinit?.(st);
  const out = new ByteBuf();
  const cps = new Uint32Array([...s].map((ch) => ch.codePointAt(0)!));
  const r = codec.encode(st, cps, { i: 0 }, out, MBENC_FLUSH | MBENC_RESET);
  if (r !== 0) return r;
  codec.encreset?.(st, out);
  return Array.from(out.result());
}
function decode(name: string, bytes: number[]): string | number {
  const codec = Object.assign({}, ...Object.values(CODECS))[name]();
  const st = new Uint8Array(8);
  codec.decinit?.(st);
  const out = new CharBuf();
  const r = codec.decode(st, new Uint8Array(bytes), { i: 0 }, bytes.length, out);
  return r === 0 ? out.toString() : r;
}

Deno.test("codes where CPython's tables differ from WHATWG's", () => {
  assert.deepStrictEqual(encode("gbk", "\u00b7\u2014\u2015"), [0xa1, 0xa4, 0xa1, 0xaa, 0xa8, 0x44]);
  assert.strictEqual(encode("gbk", "\u30fb"), 1);
  assert.strictEqual(decode("gb2312", [0xa1, 0xa4, 0xa1, 0xaa]), "\u30fb\u2015");
  assert.strictEqual(decode("gb18030", [0xa8, 0xbc, 0x81, 0x35, 0xf4, 0x37]), "\ue7c7\u1e3f");
  assert.deepStrictEqual(encode("gb18030", "\u{10ffff}"), [0xe3, 0x32, 0x9a, 0x35]);
  assert.strictEqual(decode("big5", [0xc6, 0xa1, 0xa1, 0x45]), "\u30fe\u2022");
  assert.deepStrictEqual(encode("cp950", "\u00a2"), [0xa2, 0x46]);
  assert.strictEqual(decode("shift_jis", [0x81, 0x60]), "\u301c");
  assert.strictEqual(decode("cp932", [0x81, 0x60, 0xa0]), "\uff5e\uf8f0");
  assert.deepStrictEqual(encode("cp932", "\u2170"), [0xee, 0xef]);
  assert.strictEqual(decode("euc_jp", [0x8f, 0xa2, 0xb7]), "~");
  assert.deepStrictEqual(encode("euc_kr", "\uac02"), [0xa4, 0xd4, 0xa4, 0xa1, 0xa4, 0xbf, 0xa4, 0xa2]);
  assert.strictEqual(decode("euc_kr", [0xa4, 0xd4, 0xa4]), MBERR_TOOFEW);
  assert.deepStrictEqual(encode("iso2022_jp", "\u65e5a"), [
    0x1b,
    0x24,
    0x42,
    0x46,
    0x7c,
    0x1b,
    0x28,
    0x42,
    0x61,
  ]);
});

Deno.test({
  name: "JIS X 0213 from the C library's iconv is CPython's table (skipped without EUC-JISX0213)",
  ignore: jisx0213() === null,
  fn: () => {
    const t = jisx0213()!;
    let h = 0x811c9dc5, n1 = 0, n2 = 0;
    for (let c = 0; c < 0x8000; c++) {
      if (t.p1[c]) {
        n1++;
        h = Math.imul(h ^ c, 16777619) >>> 0;
        h = Math.imul(h ^ t.p1[c], 16777619) >>> 0;
      }
      if (t.p2[c]) {
        n2++;
        h = Math.imul(h ^ (c | 0x8000), 16777619) >>> 0;
        h = Math.imul(h ^ t.p2[c], 16777619) >>> 0;
      }
    }
    for (const [c, [a, b]] of [...t.pairs1].sort((x, y) => x[0] - y[0])) {
      h = Math.imul(h ^ c, 16777619) >>> 0;
      h = Math.imul(h ^ a ^ (b << 8), 16777619) >>> 0;
    }
    assert.deepStrictEqual([n1, n2, t.pairs1.size, "0x" + h.toString(16)], [8772, 2436, 25, "0xd4da38cb"]);
    assert.deepStrictEqual(encode("euc_jis_2004", "\u304b\u309a\u304b"), [0xa4, 0xf7, 0xa4, 0xab]);
    assert.deepStrictEqual(encode("shift_jis_2004", "\\\u00a5"), [0x81, 0x5f, 0x5c]);
    assert.strictEqual(decode("euc_jisx0213", [0xae, 0xa1]), 2); // not in the 2000 edition: 2 illegal bytes
  },
});
