// str semantics. Expected values are CPython 3.14's (run under pyodide): each case is
// [receiver, method, args?, repr of the result or "!ExceptionType: message"].
import assert from "node:assert/strict";
import {
  binaryOp,
  BinaryOps,
  call,
  callMethod,
  dictType,
  getAttr,
  hash,
  type Kwargs,
  newClass,
  newFloat,
  newStr,
  None,
  repr,
  setAttr,
  setItem,
  str,
  strType,
  True,
  typeOf,
  type W,
} from "../../../interpreter/objects/mod.ts";
import "../../../interpreter/objects/singletons.ts";
import { PySlice } from "../../../interpreter/objects/slice.ts";
import { newTuple } from "../../../interpreter/objects/tuple.ts";
import { compareStrings, PyStr, PyStrIterator, strHooks } from "../../../interpreter/objects/str.ts";
import { PyError } from "../../../interpreter/vm/errors.ts";
import { next, STOP } from "../../../interpreter/objects/operations.ts";

// bytes belongs to another helper; render encode()'s result the way bytes.__repr__ does.
strHooks.makeBytes = (b) => {
  let out = "b'";
  for (const x of b) {
    if (x === 0x27 || x === 0x5c) out += "\\" + String.fromCharCode(x);
    else if (x === 0x0a) out += "\\n";
    else if (x >= 0x20 && x < 0x7f) out += String.fromCharCode(x);
    else out += "\\x" + x.toString(16).padStart(2, "0");
  }
  return new BytesRepr(out + "'");
};
class BytesRepr extends PyStr {}

type Arg =
  | string
  | number
  | boolean
  | null
  | { t: Arg[] }
  | { s: (number | null)[] }
  | { d: [number, Arg][] }
  | {
    kw: Record<string, Arg>;
  };
function wrap(a: Arg): W {
  if (typeof a === "string") return newStr(a);
  if (typeof a === "number") return Number.isInteger(a) ? a : newFloat(a);
  if (typeof a === "boolean") return a ? True : None;
  if (a === null) return None;
  if ("t" in a) return newTuple(a.t.map(wrap));
  if ("s" in a) return new PySlice(...(a.s.map((x) => (x === null ? None : x)) as [W, W, W]));
  if ("d" in a) {
    const d = call(dictType, []);
    for (const [k, v] of a.d) setItem(d, k, wrap(v));
    return d;
  }
  throw new Error("bad case");
}
function run(recv: string, name: string, args: Arg[]): string {
  const pos: W[] = [];
  const kw: Kwargs = { names: [], values: [] };
  for (const a of args) {
    if (a !== null && typeof a === "object" && "kw" in a) {
      for (const [k, v] of Object.entries(a.kw)) {
        kw.names.push(k);
        kw.values.push(wrap(v));
      }
    } else pos.push(wrap(a));
  }
  try {
    const r = call(getAttr(newStr(recv), name), pos, kw.names.length ? kw : null);
    return r instanceof BytesRepr ? r.value : repr(r);
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    return `!${e.value.cls.name}: ${str(e.value)}`;
  }
}

const CASES: [string, string, ...unknown[]][] = [
  ["a\ud83d\ude00b", "__getitem__", [1], "'\ud83d\ude00'"],
  ["a\ud83d\ude00b", "__len__", [], "3"],
  ["a\ud83d\ude00b", "__getitem__", [{ "s": [null, null, -1] }], "'b\ud83d\ude00a'"],
  ["a\ud83d\ude00b\ud83d\ude00c", "__getitem__", [{ "s": [1, 4, null] }], "'\ud83d\ude00b\ud83d\ude00'"],
  ["a\ud83d\ude00b\ud83d\ude00c", "__getitem__", [{ "s": [null, null, 2] }], "'abc'"],
  ["abc", "__getitem__", [-1], "'c'"],
  ["a\ud83d\ude00b", "find", ["b"], "2"],
  ["\ud83d\ude00\ud83d\ude00x", "rfind", ["\ud83d\ude00"], "1"],
  ["a\ud83d\ude00b\ud83d\ude00", "count", ["\ud83d\ude00"], "2"],
  ["a\ud83d\ude00b\ud83d\ude00", "index", ["b", 1, 3], "2"],
  ["abc", "find", ["", 3], "3"],
  ["abc", "find", ["", 4], "-1"],
  ["abc", "count", [""], "4"],
  ["abc", "count", ["", 5], "0"],
  ["abcabc", "rindex", ["c", 0, -1], "2"],
  ["abcabc", "find", ["c", -4], "2"],
  ["abc", "startswith", [{ "t": ["x", "ab"] }], "True"],
  ["abc", "endswith", ["bc", 1], "True"],
  ["abc", "startswith", ["", 4], "False"],
  ["a\ud83d\ude00b", "endswith", ["\ud83d\ude00", 0, 2], "True"],
  ["  a b  c  ", "split", [], "['a', 'b', 'c']"],
  ["  a b  c  ", "split", [null, 1], "['a', 'b  c  ']"],
  ["  a b  c  ", "rsplit", [null, 1], "['  a b', 'c']"],
  ["a,b,,c", "split", [","], "['a', 'b', '', 'c']"],
  ["a,b,,c", "split", [",", 2], "['a', 'b', ',c']"],
  ["a,b,,c", "rsplit", [",", 2], "['a,b', '', 'c']"],
  ["", "split", [], "[]"],
  ["", "split", [","], "['']"],
  ["a\ud83d\ude00b\ud83d\ude00c", "split", ["\ud83d\ude00"], "['a', 'b', 'c']"],
  ["a b c", "split", [{ "kw": { "maxsplit": 1 } }], "['a', 'b c']"],
  ["a-b-c", "rsplit", [{ "kw": { "sep": "-", "maxsplit": 1 } }], "['a-b', 'c']"],
  [
    "a\r\nb\rc\nd\u000be\u001cf\u2028g\u0085",
    "splitlines",
    [true],
    "['a\\r\\n', 'b\\r', 'c\\n', 'd\\x0b', 'e\\x1c', 'f\\u2028', 'g\\x85']",
  ],
  ["a\r\nb\n\nc", "splitlines", [], "['a', 'b', '', 'c']"],
  ["x\n", "splitlines", [{ "kw": { "keepends": true } }], "['x\\n']"],
  ["a=b=c", "partition", ["="], "('a', '=', 'b=c')"],
  ["a=b=c", "rpartition", ["="], "('a=b', '=', 'c')"],
  ["abc", "partition", ["x"], "('abc', '', '')"],
  ["abc", "rpartition", ["x"], "('', '', 'abc')"],
  ["\ufb01 \u01c6 \u00df", "title", "'Fi \u01c5 Ss'"],
  ["\u01c6abc", "capitalize", "'\u01c5abc'"],
  ["hello WORLD", "capitalize", "'Hello world'"],
  ["\u0391\u03a3 \u03a3\u0391", "lower", "'\u03b1\u03c2 \u03c3\u03b1'"],
  ["\u0391\u03a3a", "lower", "'\u03b1\u03c3a'"],
  ["\u03a3", "lower", "'\u03c3'"],
  ["\u00df", "upper", "'SS'"],
  ["\ufb03", "upper", "'FFI'"],
  ["\u0130", "lower", "'i\u0307'"],
  ["\u00df", "casefold", "'ss'"],
  ["\u03a3\u0391\u03a3", "casefold", "'\u03c3\u03b1\u03c3'"],
  ["\u00df", "swapcase", "'SS'"],
  ["\u01c5", "swapcase", "'\u01c5'"],
  ["aBc", "swapcase", "'AbC'"],
  ["they're bill's", "title", "\"They'Re Bill'S\""],
  ["abc", "zfill", [6], "'000abc'"],
  ["-12", "zfill", [5], "'-0012'"],
  ["+", "zfill", [3], "'+00'"],
  ["abc", "zfill", [2], "'abc'"],
  ["ab", "center", [5, "*"], "'**ab*'"],
  ["abc", "center", [6, "*"], "'*abc**'"],
  ["a", "center", [4, "*"], "'*a**'"],
  ["ab", "center", [6], "'  ab  '"],
  ["abc", "ljust", [5, "\ud83d\ude00"], "'abc\ud83d\ude00\ud83d\ude00'"],
  ["abc", "rjust", [5], "'  abc'"],
  ["\u01c5", "istitle", "True"],
  ["Ab Cd", "istitle", "True"],
  ["ab", "istitle", "False"],
  ["", "istitle", "False"],
  ["abc1", "islower", "True"],
  ["ABC1", "isupper", "True"],
  ["123", "islower", "False"],
  ["\u01c5", "isupper", "False"],
  ["\u00b2", "isdigit", "True"],
  ["\u00b2", "isdecimal", "False"],
  ["\u4e00", "isnumeric", "True"],
  ["\u2167", "isalpha", "False"],
  ["\u2167", "isnumeric", "True"],
  ["\u0661\u0662", "isdecimal", "True"],
  ["abc\u0661", "isalnum", "True"],
  ["", "isalpha", "False"],
  [" \t\u00a0\u3000", "isspace", "True"],
  ["\u200b", "isspace", "False"],
  ["", "isprintable", "True"],
  ["a\u00ad", "isprintable", "False"],
  ["a b", "isprintable", "True"],
  ["a\n", "isprintable", "False"],
  ["\u00e9", "isascii", "False"],
  ["", "isascii", "True"],
  ["_x1", "isidentifier", "True"],
  ["1x", "isidentifier", "False"],
  ["\u00e9t\u00e9", "isidentifier", "True"],
  ["a\u00b7b", "isidentifier", "True"],
  ["", "isidentifier", "False"],
  ["a\tb\n\tc", "expandtabs", "'a       b\\n        c'"],
  ["a\tb", "expandtabs", [-1], "'ab'"],
  ["12\t3", "expandtabs", [{ "kw": { "tabsize": 4 } }], "'12  3'"],
  ["  xx  ", "strip", "'xx'"],
  ["  xx  ", "lstrip", "'xx  '"],
  ["  xx  ", "rstrip", "'  xx'"],
  ["xyaxy", "strip", ["yx"], "'a'"],
  ["\ud83d\ude00a\ud83d\ude00", "strip", ["\ud83d\ude00"], "'a'"],
  ["\u2028a\u3000", "strip", "'a'"],
  ["abc", "replace", ["", "-", 2], "'-a-bc'"],
  ["abc", "replace", ["", "-"], "'-a-b-c-'"],
  ["aaaa", "replace", ["a", "b", 2], "'bbaa'"],
  ["aaaa", "replace", ["aa", "x"], "'xx'"],
  ["a\ud83d\ude00a", "replace", ["a", "-", { "kw": { "count": 1 } }], "'-\ud83d\ude00a'"],
  ["abc", "removeprefix", ["ab"], "'c'"],
  ["abc", "removesuffix", ["bc"], "'a'"],
  ["abc", "removesuffix", [""], "'abc'"],
  ["-", "join", [{ "t": ["a", "b", "c"] }], "'a-b-c'"],
  ["", "join", [{ "t": [] }], "''"],
  ["abc", "translate", [{ "d": [[97, "xy"], [98, null]] }], "'xyc'"],
  ["abc", "translate", [{ "d": [[97, 66]] }], "'Bbc'"],
  ["abc", "__contains__", ["bc"], "True"],
  ["a\ud83d\ude00", "__contains__", ["\ud83d\ude00"], "True"],
  ["ab", "__add__", ["cd"], "'abcd'"],
  ["ab", "__mul__", [3], "'ababab'"],
  ["ab", "__rmul__", [0], "''"],
  ["ab", "__mul__", [-2], "''"],
  ["\ud83d\ude00", "__gt__", ["\uffff"], "True"],
  ["\ue000", "__lt__", ["\ud83d\ude00"], "True"],
  ["abc", "__lt__", ["abd"], "True"],
  ["ab", "__le__", ["ab"], "True"],
  ["b", "__ge__", ["abc"], "True"],
  ["a", "__eq__", ["a"], "True"],
  ["a", "__ne__", ["a"], "False"],
  ["a\ud83d\ude00b", "encode", "b'a\\xf0\\x9f\\x98\\x80b'"],
  ["a\u00e9", "encode", ["latin-1"], "b'a\\xe9'"],
  ["a\u00ff\u00fez", "encode", ["ascii", "backslashreplace"], "b'a\\\\xff\\\\xfez'"],
  ["a\u00ff\u1234\ud83d\ude00", "encode", ["ascii", "xmlcharrefreplace"], "b'a&#255;&#4660;&#128512;'"],
  ["a\u00e9", "encode", ["ascii", "ignore"], "b'a'"],
  ["a\u00e9", "encode", ["ascii", "replace"], "b'a?'"],
  ["abc", "__getnewargs__", "('abc',)"],
  ["", "__repr__", "\"''\""],
  ["it's", "__repr__", "'\"it\\'s\"'"],
  [
    "a\u0000\u00ad\u200b\ud83d\ude00\u0378",
    "__repr__",
    "\"'a\\\\x00\\\\xad\\\\u200b\ud83d\ude00\\\\u0378'\"",
  ],
  ["\u00e9\u3000", "__repr__", "\"'\u00e9\\\\u3000'\""],
  ["abc", "find", [1], "!TypeError: find() argument 1 must be str, not int"],
  ["abc", "index", ["d"], "!ValueError: substring not found"],
  ["abc", "startswith", [1], "!TypeError: startswith first arg must be str or a tuple of str, not int"],
  ["abc", "endswith", [{ "t": [1] }], "!TypeError: tuple for endswith must only contain str, not int"],
  ["abc", "split", [1], "!TypeError: must be str or None, not int"],
  ["abc", "split", [""], "!ValueError: empty separator"],
  ["abc", "partition", [""], "!ValueError: empty separator"],
  ["abc", "strip", [1], "!TypeError: strip arg must be None or str"],
  ["abc", "lstrip", [1], "!TypeError: lstrip arg must be None or str"],
  ["abc", "replace", [1, ""], "!TypeError: replace() argument 1 must be str, not int"],
  ["abc", "center", [5, "ab"], "!TypeError: The fill character must be exactly one character long"],
  ["abc", "ljust", [5, 1], "!TypeError: The fill character must be a unicode character, not int"],
  ["abc", "zfill", ["x"], "!TypeError: 'str' object cannot be interpreted as an integer"],
  ["abc", "join", [{ "t": ["a", 1] }], "!TypeError: sequence item 1: expected str instance, int found"],
  ["abc", "join", [5], "!TypeError: can only join an iterable"],
  ["abc", "removeprefix", [1], "!TypeError: removeprefix() argument must be str, not int"],
  ["abc", "encode", ["foo"], "!LookupError: unknown encoding: foo"],
  ["a\ud800", "encode", ["utf-8", "surrogatepass"], "b'a\\xed\\xa0\\x80'"],
  ["\u00e9", "encode", ["ascii", "foo"], "!LookupError: unknown error handler name 'foo'"],
  ["abc", "__getitem__", [5], "!IndexError: string index out of range"],
  ["abc", "__getitem__", ["x"], "!TypeError: string indices must be integers, not 'str'"],
  ["abc", "__add__", [1], '!TypeError: can only concatenate str (not "int") to str'],
  ["a", "__contains__", [1], "!TypeError: 'in <string>' requires string as left operand, not int"],
  [
    "abc",
    "translate",
    [{ "d": [[97, 1.5]] }],
    "!TypeError: character mapping must return integer, None or str",
  ],
  [
    "abc",
    "translate",
    [{ "d": [[97, 1114112]] }],
    "!ValueError: character mapping must be in range(0x110000)",
  ],
  [
    "abc",
    "count",
    ["a", "x"],
    "!TypeError: slice indices must be integers or None or have an __index__ method",
  ],
  ["abc", "__lt__", [1], "NotImplemented"],
];

Deno.test("str methods match CPython 3.14", () => {
  const failures: string[] = [];
  for (const c of CASES) {
    const args = (Array.isArray(c[2]) ? c[2] : []) as Arg[];
    const expected = c[c.length - 1] as string;
    const got = run(c[0], c[1], args);
    if (got !== expected) {
      failures.push(`${JSON.stringify(c.slice(0, -1))}: got ${got}, expected ${expected}`);
    }
  }
  assert.deepEqual(failures, []);
});

Deno.test("str: code points, iteration and comparison", () => {
  const s = newStr("a\u{1F600}b");
  assert.equal(s.length, 3);
  assert.equal(s.allBmp, false);
  const it = callMethod(s, "__iter__", []) as PyStrIterator;
  assert.ok(it instanceof PyStrIterator);
  const items: string[] = [];
  for (let x = next(it); x !== STOP; x = next(it)) items.push((x as PyStr).value);
  assert.deepEqual(items, ["a", "\u{1F600}", "b"]);
  assert.equal(next(it), STOP);
  assert.ok(compareStrings("\u{1F600}", "\uffff") > 0);
  assert.ok(compareStrings("\ue000", "\u{10000}") < 0);
  assert.ok(compareStrings("ab", "abc") < 0);
  // One-character strings are shared.
  assert.equal(callMethod(newStr("xyz"), "__getitem__", [1]), newStr("y"));
});

Deno.test("str: hash is stable, equal for equal strings, 0 for empty", () => {
  assert.equal(hash(newStr("")), 0);
  assert.equal(hash(newStr("hello")), hash(newStr("hel" + "lo")));
  assert.notEqual(hash(newStr("hello")), hash(newStr("hellp")));
  assert.notEqual(hash(newStr("hello")), -1);
});

Deno.test("str: maketrans", () => {
  assert.equal(
    repr(call(getAttr(strType, "maketrans"), [newStr("ab"), newStr("cd"), newStr("e")])),
    "{97: 99, 98: 100, 101: None}",
  );
  const d = call(dictType, []);
  setItem(d, newStr("a"), newStr("x"));
  setItem(d, 98, None);
  assert.equal(repr(call(getAttr(strType, "maketrans"), [d])), "{97: 'x', 98: None}");
  const err = (args: W[]) => {
    try {
      call(getAttr(strType, "maketrans"), args);
    } catch (e) {
      return `${(e as PyError).value.cls.name}: ${str((e as PyError).value)}`;
    }
    return "no error";
  };
  assert.equal(err([1]), "TypeError: if you give only one argument to maketrans it must be a dict");
  assert.equal(
    err([newStr("ab"), newStr("c")]),
    "ValueError: the first two maketrans arguments must have equal length",
  );
  assert.equal(
    err([1, newStr("a")]),
    "TypeError: first maketrans argument must be a string if there is a second argument",
  );
  assert.equal(err([newStr("a"), newStr("b"), 1]), "TypeError: maketrans() argument 3 must be str, not int");
});

Deno.test("str(): constructor and subclasses", () => {
  assert.equal(repr(call(strType, [])), "''");
  assert.equal(repr(call(strType, [12])), "'12'");
  assert.equal(repr(call(strType, [newStr("x")])), "'x'");
  const S = newClass("S", [strType], new Map());
  const v = call(S, [newStr("a\u{1F600}")]);
  assert.ok(v instanceof PyStr);
  assert.equal(typeOf(v), S);
  assert.equal((v as PyStr).length, 2);
  assert.equal(repr(callMethod(v, "upper", [])), "'A\u{1F600}'");
  assert.equal(typeOf(callMethod(v, "__str__", [])), strType);
  setAttr(v, "tag", 5);
  assert.equal(getAttr(v, "tag"), 5);
  assert.throws(() => call(strType, [newStr("a"), newStr("utf-8")]), /decoding str is not supported/);
  assert.throws(
    () => call(strType, [1, newStr("utf-8")]),
    /decoding to str: need a bytes-like object, int found/,
  );
});

Deno.test("str: 64-bit sizes, operator errors, UnicodeEncodeError arguments", () => {
  // CPython 3.14 on 64-bit (the pyodide oracle is 32-bit): compact ASCII header 40, compact header 56.
  assert.equal(callMethod(newStr("abc"), "__sizeof__", []), 44);
  assert.equal(callMethod(newStr("a\u00e9"), "__sizeof__", []), 59);
  assert.equal(callMethod(newStr("a\u{1F600}"), "__sizeof__", []), 68);
  assert.throws(
    () => binaryOp(BinaryOps.mul, newStr("abc"), newStr("x")),
    /can't multiply sequence by non-int of type 'str'/,
  );
  assert.throws(
    () => binaryOp(BinaryOps.add, newStr("abc"), 1),
    /can only concatenate str \(not "int"\) to str/,
  );
  try {
    callMethod(newStr("a\u00ff\u00fez"), "encode", [newStr("ascii")]);
    assert.fail("no error");
  } catch (e) {
    const v = (e as PyError).value as unknown as { cls: { name: string }; args: W[] };
    assert.equal(v.cls.name, "UnicodeEncodeError");
    assert.equal(repr(newTuple(v.args)), "('ascii', 'a\u00ff\u00fez', 1, 3, 'ordinal not in range(128)')");
  }
});
