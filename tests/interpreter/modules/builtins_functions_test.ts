// Builtin functions and iterator types through the object space; expected values are CPython 3.14's
// (checked with python3 where behaviour is unchanged since 3.11).
import assert from "node:assert/strict";
import {
  boolType,
  call,
  intType,
  type Kwargs,
  newClass,
  newFloat,
  newStr,
  None,
  objectType,
  PyBuiltinFunction,
  PyInstance,
  repr,
  setAttr,
  str,
  strType,
  type W,
} from "../../../interpreter/objects/mod.ts";
import { newTuple } from "../../../interpreter/objects/tuple.ts";
import { newList } from "../../../interpreter/objects/list.ts";
import { PyError } from "../../../interpreter/vm/errors.ts";
// The runtime loads these for None's repr and builtin functions' __call__; the object-space barrel does not.
import "../../../interpreter/objects/singletons.ts";
import "../../../interpreter/objects/method.ts";
import { BUILTIN_FUNCTIONS, builtinsHooks } from "../../../interpreter/modules/builtins_functions.ts";
import { enumerateType } from "../../../interpreter/objects/enumerate.ts";
import { zipType } from "../../../interpreter/objects/zip.ts";
import { mapType } from "../../../interpreter/objects/map.ts";
import { filterType } from "../../../interpreter/objects/filter.ts";
import { reversedType } from "../../../interpreter/objects/reversed.ts";

const fns = new Map<string, W>(
  BUILTIN_FUNCTIONS.map((s) => [s.name, new PyBuiltinFunction(s, undefined, s.name)]),
);
const b = (name: string, ...args: W[]): W => call(fns.get(name)!, args, null);
const bk = (name: string, args: W[], kw: Record<string, W>): W =>
  call(fns.get(name)!, args, { names: Object.keys(kw), values: Object.values(kw) } as Kwargs);
const r = (w: W) => repr(w);
const S = (s: string) => newStr(s);
const L = (...xs: W[]) => newList(xs);
const fn = (f: (...x: W[]) => W, n = 1): W =>
  new PyBuiltinFunction({ name: "f", arity: [n, n], impl: (a) => f(...a) }, undefined, "f");
function listOf(it: W): string {
  const out: W[] = [];
  const i = b("iter", it);
  for (;;) {
    const v = bk("next", [i, S("<end>")], {});
    if (v instanceof Object && "value" in v && v.value === "<end>") break;
    out.push(v);
  }
  return r(L(...out));
}
function pyErr(f: () => unknown, type: string, message?: string): void {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof PyError, `expected PyError, got ${e}`);
    assert.equal(e.value.cls.name, type);
    if (message !== undefined) assert.equal(str(e.value), message);
    return;
  }
  assert.fail(`expected ${type}`);
}

Deno.test("builtins: sum with CPython's exact float summation, start= and errors", () => {
  const tenth = L(...Array.from({ length: 10 }, () => newFloat(0.1)));
  assert.equal(r(b("sum", tenth)), "1.0");
  assert.equal(r(b("sum", L(newFloat(1e100), newFloat(1), newFloat(-1e100), newFloat(1)))), "2.0");
  assert.equal(r(b("sum", L(1, 2, 3), 10)), "16");
  assert.equal(r(b("sum", L(1, newFloat(2.5), 3))), "6.5");
  assert.equal(r(b("sum", L(2 ** 62, 2 ** 62))), "9223372036854775808");
  assert.equal(r(bk("sum", [L(L(1), L(2))], { start: L() })), "[1, 2]");
  pyErr(() => b("sum", L(S("a")), S("")), "TypeError", "sum() can't sum strings [use ''.join(seq) instead]");
  pyErr(() => b("sum", L(S("a"))), "TypeError", "unsupported operand type(s) for +: 'int' and 'str'");
});

Deno.test("builtins: max/min with key=, default= and CPython's messages", () => {
  assert.equal(b("max", L(3, 1, 2)), 3);
  assert.equal(b("min", 3, 1, 2), 1);
  assert.equal(bk("min", [3, 1, 2], { key: fn((x) => -(x as number)) }), 3);
  assert.equal(bk("max", [L()], { default: 7 }), 7);
  assert.equal(r(b("max", L(1, 2), L(1, 3))), "[1, 3]");
  pyErr(() => b("max", L()), "ValueError", "max() iterable argument is empty");
  pyErr(() => b("min"), "TypeError", "min expected at least 1 argument, got 0");
  pyErr(
    () => bk("max", [1, 2], { default: 0 }),
    "TypeError",
    "Cannot specify a default for max() with multiple positional arguments",
  );
});

Deno.test("builtins: numbers — abs, divmod, pow, round, bin/oct/hex", () => {
  assert.equal(r(b("abs", newFloat(-3.5))), "3.5");
  assert.equal(r(b("abs", -(2n ** 70n))), "1180591620717411303424");
  assert.equal(r(b("divmod", -7, 2)), "(-4, 1)");
  assert.equal(r(b("divmod", newFloat(7.5), 2)), "(3.0, 1.5)");
  pyErr(() => b("divmod", 1, 0), "ZeroDivisionError", "division by zero");
  assert.equal(b("pow", 3, 4, 5), 1);
  assert.equal(b("pow", 2, -1, 5), 3);
  assert.equal(bk("pow", [3, 4], { mod: 5 }), 1);
  assert.equal(r(b("pow", 2, newFloat(0.5))), "1.4142135623730951");
  assert.equal(r(b("round", newFloat(2.5))), "2");
  assert.equal(r(b("round", newFloat(2.675), 2)), "2.67");
  assert.equal(r(b("round", 1234, -2)), "1200");
  assert.equal(r(b("bin", -5)), "'-0b101'");
  assert.equal(r(b("oct", 8)), "'0o10'");
  assert.equal(r(b("hex", 255)), "'0xff'");
  pyErr(() => b("hex", newFloat(1)), "TypeError", "'float' object cannot be interpreted as an integer");
});

Deno.test("builtins: chr/ord/ascii/repr/format", () => {
  assert.equal(r(b("chr", 65)), "'A'");
  assert.equal(b("ord", S("é")), 233);
  assert.equal(str(b("ascii", S("é\n"))), "'\\xe9\\n'");
  assert.equal(r(b("format", newFloat(3.14159), S(".2f"))), "'3.14'");
  pyErr(() => b("chr", -1), "ValueError", "chr() arg not in range(0x110000)");
  pyErr(() => b("ord", S("ab")), "TypeError", "ord() expected a character, but string of length 2 found");
});

Deno.test("builtins: attributes, isinstance/issubclass, callable, iter/next", () => {
  assert.equal(r(b("hasattr", 1, S("real"))), "True");
  assert.equal(b("getattr", 1, S("zz"), None), None);
  pyErr(() => b("getattr", 1, S("zz")), "AttributeError", "'int' object has no attribute 'zz'");
  const C = newClass("C", [objectType], new Map());
  const o = call(C, [], null);
  b("setattr", o, S("x"), 5);
  assert.equal(b("getattr", o, S("x")), 5);
  b("delattr", o, S("x"));
  assert.equal(r(b("hasattr", o, S("x"))), "False");
  assert.equal(r(b("isinstance", 1, newTuple([strType, objectType]))), "True");
  assert.equal(r(b("issubclass", boolType, intType)), "True");
  pyErr(
    () => b("isinstance", 1, fns.get("len")!),
    "TypeError",
    "isinstance() arg 2 must be a type, a tuple of types, or a union",
  );
  assert.equal(r(b("callable", fns.get("len")!)), "True");
  assert.equal(r(b("callable", 1)), "False");
  const l = L(1, 2, 3, 4);
  const pop = fn(() => call(fns.get("len")!, [l], null) === 0 ? 0 : (l.items.pop() as W), 0);
  assert.equal(listOf(b("iter", pop, 2)), "[4, 3]");
  assert.equal(r(b("next", b("iter", L()), S("d"))), "'d'");
  pyErr(() => b("next", b("iter", L())), "StopIteration");
  pyErr(() => b("next", 1), "TypeError", "'int' object is not an iterator");
  pyErr(() => b("iter", 1), "TypeError", "'int' object is not iterable");
});

Deno.test("builtins: sorted, all/any, len, print", () => {
  assert.equal(r(bk("sorted", [L(3, 1, 2)], { reverse: 1 })), "[3, 2, 1]");
  assert.equal(r(bk("sorted", [S("bca")], { key: fns.get("ord")! })), "['a', 'b', 'c']");
  assert.equal(r(b("all", L())), "True");
  assert.equal(r(b("any", L())), "False");
  assert.equal(r(b("all", L(1, 0))), "False");
  assert.equal(b("len", S("abc")), 3);
  const F = newClass("F", [objectType], new Map());
  const f = call(F, [], null) as PyInstance;
  let out = "";
  setAttr(f, "write", fn((s) => (out += str(s), None)));
  bk("print", [S("a"), 1], { sep: S("-"), end: S("!\n"), file: f });
  assert.equal(out, "a-1!\n");
  const saved = builtinsHooks.stdout;
  builtinsHooks.stdout = () => f;
  try {
    b("print", newFloat(0.5), None);
  } finally {
    builtinsHooks.stdout = saved;
  }
  assert.equal(out, "a-1!\n0.5 None\n");
});

Deno.test("iterator types: enumerate, zip (strict), map, filter, reversed", () => {
  assert.equal(
    listOf(call(enumerateType, [S("ab")], { names: ["start"], values: [1] })),
    "[(1, 'a'), (2, 'b')]",
  );
  assert.equal(listOf(call(zipType, [S("ab"), L(1, 2, 3)], null)), "[('a', 1), ('b', 2)]");
  const strict = { names: ["strict"], values: [1] };
  pyErr(
    () => listOf(call(zipType, [S("ab"), L(1, 2, 3)], strict)),
    "ValueError",
    "zip() argument 2 is longer than argument 1",
  );
  pyErr(
    () => listOf(call(zipType, [S("abc"), L(1, 2)], strict)),
    "ValueError",
    "zip() argument 2 is shorter than argument 1",
  );
  assert.equal(listOf(call(mapType, [fns.get("pow")!, L(2, 3), L(3, 2)], null)), "[8, 9]");
  pyErr(() => call(mapType, [None], null), "TypeError", "map() must have at least two arguments.");
  assert.equal(listOf(call(filterType, [None, L(0, 1, S(""), 2)], null)), "[1, 2]");
  assert.equal(listOf(call(filterType, [fn((x) => (x as number) - 1), L(0, 1, 2)], null)), "[0, 2]");
  assert.equal(listOf(call(reversedType, [L(1, 2, 3)], null)), "[3, 2, 1]");
  assert.equal(listOf(call(reversedType, [S("abc")], null)), "['c', 'b', 'a']");
  pyErr(() => call(reversedType, [1], null), "TypeError", "'int' object is not reversible");
  const Sub = newClass("E", [enumerateType], new Map());
  const e = call(Sub, [S("x"), 5], null);
  assert.equal(r(call(fns.get("isinstance")!, [e, enumerateType], null)), "True");
  assert.equal(listOf(e), "[(5, 'x')]");
});
