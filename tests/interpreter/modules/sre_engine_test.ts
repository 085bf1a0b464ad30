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
  return sreSearch(st, code(pattern)) ? [st.start, st.ptr] : null;
}
function match(pattern: string, s: string, pos = 0): State | null {
  const st = new State(text(s), false, groups(pattern), pos, Number.MAX_SAFE_INTEGER);
  return sreMatch(st, code(pattern), 0, true) ? st : null;
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
