// Unit tests of the _sre engine on code lists produced by CPython 3.14's re._compiler (pyodide, so
// MAXREPEAT appears as the wasm32 value 2147483647 and is mapped to ours), the constants table against
// re/_constants.py of the stdlib archive, and the simple case mappings against CPython's _sre helpers.
import assert from "node:assert";
import {
  AT_NAMES,
  CATEGORY_NAMES,
  MAGIC,
  MAXREPEAT,
  OP,
  OPCODE_NAMES,
} from "../../../interpreter/modules/sre/constants.ts";
import {
  lowerUnicode,
  sreMatch,
  sreSearch,
  State,
  upperUnicode,
} from "../../../interpreter/modules/sre/engine.ts";
import { type FirstSet, Program } from "../../../interpreter/modules/sre/program.ts";
import { openArchive } from "../../../interpreter/importing/zip_archive.ts";

const COMPILED: [string, number[]][] = [
  ["(a|b)*c", [
    14,
    4,
    0,
    1,
    4294967295,
    23,
    13,
    0,
    2147483647,
    17,
    0,
    13,
    5,
    22,
    97,
    98,
    0,
    17,
    1,
    18,
    16,
    99,
    1,
  ]],
  ["[\\u0400-\\u04ff\\u4e00-\\u4e05]+", [
    14,
    4,
    0,
    1,
    4294967295,
    24,
    13,
    1,
    2147483647,
    13,
    8,
    22,
    1024,
    1279,
    22,
    19968,
    19973,
    0,
    1,
    1,
  ]],
  ["(?<=ab)c", [14, 4, 0, 1, 1, 4, 7, 2, 16, 97, 16, 98, 1, 16, 99, 1]],
  ["(?i)k+", [14, 4, 0, 1, 4294967295, 24, 6, 1, 2147483647, 40, 107, 1, 1]],
  ["x*+y", [14, 4, 0, 1, 4294967295, 29, 6, 0, 2147483647, 16, 120, 1, 16, 121, 1]],
  ["(?>a|ab)c", [14, 4, 0, 2, 3, 27, 14, 16, 97, 7, 3, 15, 7, 5, 16, 98, 15, 2, 0, 1, 16, 99, 1]],
  ["(?P<q>[\\'\"]).*?(?P=q)", [
    14,
    9,
    4,
    2,
    4294967295,
    16,
    39,
    16,
    34,
    0,
    17,
    0,
    13,
    6,
    16,
    39,
    16,
    34,
    0,
    17,
    1,
    26,
    5,
    0,
    2147483647,
    2,
    1,
    11,
    0,
    1,
  ]],
  ["abc", [14, 12, 3, 3, 3, 3, 3, 97, 98, 99, 0, 0, 0, 16, 97, 16, 98, 16, 99, 1]],
  ["(\\d+)-(\\d+)", [
    14,
    4,
    0,
    3,
    4294967295,
    17,
    0,
    24,
    9,
    1,
    2147483647,
    13,
    4,
    8,
    10,
    0,
    1,
    17,
    1,
    16,
    45,
    17,
    2,
    24,
    9,
    1,
    2147483647,
    13,
    4,
    8,
    10,
    0,
    1,
    17,
    3,
    1,
  ]],
  ["(a)?(?(1)b|c)", [
    14,
    4,
    0,
    1,
    2,
    23,
    9,
    0,
    1,
    17,
    0,
    16,
    97,
    17,
    1,
    18,
    12,
    0,
    6,
    16,
    98,
    15,
    3,
    16,
    99,
    1,
  ]],
  ["[\\u0100\\u0102\\u0104\\u0106\\u0108\\u010a\\u010c\\u4e00\\u4e02\\u4e04\\u4e06]+", [
    14,
    4,
    0,
    1,
    4294967295,
    24,
    97,
    1,
    2147483647,
    13,
    92,
    10,
    3,
    256,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    131072,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    5461,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    85,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    1,
    1,
  ]],
  ["[^\\u0100\\u0102\\u0104\\u0106\\u0108\\u010a\\u010c\\u4e00\\u4e02\\u4e04]", [
    14,
    96,
    4,
    1,
    1,
    21,
    10,
    3,
    256,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    131072,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    5461,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    21,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    13,
    93,
    21,
    10,
    3,
    256,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    131072,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    5461,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    21,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    1,
  ]],
];

function code(pattern: string): Uint32Array {
  const row = COMPILED.find((r) => r[0] === pattern);
  if (row === undefined) throw new Error(pattern);
  return Uint32Array.from(row[1].map((w) => (w === 2147483647 ? MAXREPEAT : w)));
}
function text(s: string): Int32Array {
  return Int32Array.from(Array.from(s).map((c) => c.codePointAt(0)!));
}
function groups(pattern: string): number {
  return pattern.split("(").length - 1 - pattern.split("(?").length + 1 + (pattern.includes("(?P<") ? 1 : 0);
}
/** [start, end] of a search, or null. */
function search(pattern: string, s: string): [number, number] | null {
  const st = new State(text(s), false, groups(pattern), 0, Number.MAX_SAFE_INTEGER);
  return sreSearch(st, new Program(code(pattern))) ? [st.start, st.ptr] : null;
}
function match(pattern: string, s: string, pos = 0): State | null {
  const st = new State(text(s), false, groups(pattern), pos, Number.MAX_SAFE_INTEGER);
  return sreMatch(st, new Program(code(pattern)), 0, true) ? st : null;
}

Deno.test("opcode, position and category numbers follow re/_constants.py", () => {
  const archive = openArchive(
    new URL("../../../node_modules/pyodide/python_stdlib.zip", import.meta.url).pathname,
  )!;
  const src = new TextDecoder().decode(archive.read("re/_constants.py")!);
  assert.ok(src.includes(`MAGIC = ${MAGIC}`));
  const names = (start: string) => {
    const body = src.slice(src.indexOf(start));
    return [...body.slice(0, body.indexOf("\n)")).matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]);
  };
  assert.deepStrictEqual(names("OPCODES = _makecodes(").slice(0, -2), [...OPCODE_NAMES]);
  assert.deepStrictEqual(names("ATCODES = _makecodes("), [...AT_NAMES]);
  assert.deepStrictEqual(names("CHCODES = _makecodes("), [...CATEGORY_NAMES]);
  for (const [name, value] of Object.entries(OP)) assert.strictEqual(OPCODE_NAMES[value], name);
});

Deno.test("search and match on CPython's code", () => {
  assert.deepStrictEqual(search("(a|b)*c", "xxababc"), [2, 7]);
  assert.deepStrictEqual(search("(a|b)*c", "xxabab"), null);
  assert.deepStrictEqual(search("[\\u0400-\\u04ff\\u4e00-\\u4e05]+", "ab\u0410\u0411\u4e01z"), [2, 5]);
  assert.deepStrictEqual(search("(?<=ab)c", "xabcabc"), [3, 4]);
  assert.deepStrictEqual(search("(?i)k+", "xK\u212akK!"), [1, 5]);
  assert.strictEqual(match("x*+y", "xxxy") !== null, true);
  assert.strictEqual(match("(?>a|ab)c", "abc"), null);
  assert.deepStrictEqual(search("abc", "ababcabc"), [2, 5]);
  assert.deepStrictEqual(search("(?P<q>[\\'\"]).*?(?P=q)", `say "hi" 'x'`), [4, 8]);
  const st = match("(\\d+)-(\\d+)", "12-345")!;
  assert.deepStrictEqual([...st.marks.subarray(0, 4)], [0, 2, 3, 6]);
  assert.strictEqual(st.lastindex, 2);
  assert.notStrictEqual(match("(a)?(?(1)b|c)", "ab"), null);
  assert.notStrictEqual(match("(a)?(?(1)b|c)", "c"), null);
  assert.strictEqual(match("(a)?(?(1)b|c)", "ac"), null);
});

Deno.test("BIGCHARSET blocks (in a repeat and as the INFO charset with NEGATE)", () => {
  const set = "[\\u0100\\u0102\\u0104\\u0106\\u0108\\u010a\\u010c\\u4e00\\u4e02\\u4e04\\u4e06]+";
  assert.deepStrictEqual(search(set, "ab\u0100\u0102\u4e00\u0101"), [2, 5]);
  assert.deepStrictEqual(search(set, "\u4e01\u4e06"), [1, 2]);
  assert.deepStrictEqual(search(set, "\u{1F600}"), null);
  const negated = "[^\\u0100\\u0102\\u0104\\u0106\\u0108\\u010a\\u010c\\u4e00\\u4e02\\u4e04]";
  assert.deepStrictEqual(search(negated, "\u0100\u4e00\u0101"), [2, 3]);
  assert.deepStrictEqual(search(negated, "\u0100\u4e04"), null);
});

Deno.test("deep repeats use the heap, not the JS stack", () => {
  const st = match("(a|b)*c", "ab".repeat(200000) + "c")!;
  assert.strictEqual(st.ptr, 400001);
  assert.deepStrictEqual([...st.marks.subarray(0, 2)], [399999, 400000]);
});

Deno.test("astral characters are one position", () => {
  assert.deepStrictEqual(search("abc", "\u{1F600}abc"), [1, 4]);
});

Deno.test("simple case mappings are CPython's (first character of the full mapping)", () => {
  const lower: Record<string, number> = {
    "304": 105,
    "7838": 223,
    "65": 97,
    "931": 963,
    "66560": 66600,
    "8490": 107,
    "8072": 8064,
    "223": 223,
  };
  for (const [c, l] of Object.entries(lower)) assert.strictEqual(lowerUnicode(Number(c)), l, c);
  const cased: Record<string, number> = {
    "223": 1,
    "329": 1,
    "8064": 1,
    "837": 1,
    "8544": 1,
    "9398": 1,
    "48": 0,
    "66600": 1,
  };
  for (const [c, v] of Object.entries(cased)) {
    const ch = Number(c);
    assert.strictEqual(ch !== lowerUnicode(ch) || ch !== upperUnicode(ch), v === 1, c);
  }
});

Deno.test("first sets and lone lookaround items (program.ts) on re._compiler's code", () => {
  const M = MAXREPEAT;
  /** The characters below 256 a match can begin with, plus "$" when it can begin at the end. */
  const starts = (set: FirstSet | null) => {
    if (set === null) return null;
    const out = [...set.table].flatMap((v, ch) => (v ? [String.fromCharCode(ch)] : []));
    return out.join("") + (set.atEnd ? "$" : "");
  };
  // -?\d+ : an optional prefix, then a category
  const num = new Program(
    Uint32Array.from([14, 4, 0, 1, M, 24, 6, 0, 1, 16, 45, 1, 24, 9, 1, M, 13, 4, 8, 10, 0, 1, 1]),
  );
  assert.strictEqual(starts(num.first(5)), "-0123456789");
  // x*$ : a match may begin at the end, or at a newline before it
  const anchored = new Program(Uint32Array.from([14, 4, 0, 0, M, 24, 6, 0, M, 16, 120, 1, 6, 5, 1]));
  assert.strictEqual(starts(anchored.first(5)), "\nx$");
  // (?:ab)* matches the empty string anywhere: no set
  const empty = new Program(Uint32Array.from([14, 4, 0, 0, M, 23, 7, 0, M, 16, 97, 16, 98, 18, 1]));
  assert.strictEqual(empty.first(5), null);
  // (?<=a)b|c(?=d) : lookarounds are stepped over; their one-character bodies are lone items
  const looks = new Program(
    Uint32Array.from([
      14,
      4,
      0,
      1,
      1,
      7,
      11,
      4,
      5,
      1,
      16,
      97,
      1,
      16,
      98,
      15,
      13,
      11,
      16,
      99,
      4,
      5,
      0,
      16,
      100,
      1,
      15,
      2,
      0,
      1,
    ]),
  );
  assert.strictEqual(starts(looks.first(5)), "bc");
  assert.strictEqual(looks.loneItem(10), 10);
  assert.strictEqual(looks.loneItem(5), -1);
  // \s*(?:=|:)?$ : the tail of \s* (REPEAT_ONE's skip word at 6) begins with = or : or the end
  const tail = new Program(
    Uint32Array.from([
      14,
      4,
      0,
      0,
      M,
      24,
      9,
      0,
      M,
      13,
      4,
      8,
      12,
      0,
      1,
      24,
      11,
      0,
      1,
      13,
      6,
      16,
      61,
      16,
      58,
      0,
      1,
      6,
      5,
      1,
    ]),
  );
  assert.strictEqual(starts(tail.tail(6)), "\n:=$");
  // the whole pattern begins with \s (Unicode spaces below 256), = or :, or at the end
  assert.strictEqual(starts(tail.first(5)), "\t\n\v\f\r\x1c\x1d\x1e\x1f :=\x85\xa0$");
  // (\w)\1 : a group reference is not analysed (the set comes from \w, before it)
  const backref = new Program(
    Uint32Array.from([14, 7, 4, 2, 2, 8, 14, 0, 17, 0, 13, 4, 8, 14, 0, 17, 1, 11, 0, 1]),
  );
  assert.strictEqual(backref.first(8)!.canStart(backref.code, Int32Array.from([0x416]), 0, 1), true);
  assert.strictEqual(backref.first(8)!.canStart(backref.code, Int32Array.from([0x2028]), 0, 1), false);
});
