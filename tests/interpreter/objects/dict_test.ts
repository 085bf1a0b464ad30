// dict and dict views; expected values are CPython's (checked with python3 where unchanged in 3.14).
import assert from "node:assert/strict";
import {
  binaryOp,
  BinaryOps,
  call,
  callMethod,
  dictType,
  getAttr,
  hash,
  iter,
  newClass,
  newFloat,
  newStr,
  next,
  None,
  objectType,
  PyBuiltinFunction,
  PyMethodDescriptor,
  PyStr,
  type PyType,
  repr,
  richCompare,
  STOP,
  str,
  strType,
  True,
  type W,
} from "../../../interpreter/objects/mod.ts";
import { dictFromPairs, newDict, PyDict } from "../../../interpreter/objects/dict.ts";
import { newTuple } from "../../../interpreter/objects/tuple.ts";
import { newList } from "../../../interpreter/objects/list.ts";
import { newSet } from "../../../interpreter/objects/set.ts";
import { PyError } from "../../../interpreter/vm/errors.ts";

function pyErr(fn: () => unknown, type: string, message?: string): void {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof PyError, `expected PyError, got ${e}`);
    assert.equal(e.value.cls.name, type);
    if (message !== undefined) assert.equal(str(e.value), message);
    return;
  }
  assert.fail(`expected ${type}`);
}
const s = (x: string) => newStr(x);
const r = (w: W) => repr(w);
const m = (o: W, name: string, ...args: W[]) => callMethod(o, name, args);
const T = (...xs: W[]) => newTuple(xs);
const D = (...pairs: [W, W][]) => dictFromPairs(pairs);
function kw(o: W, name: string, names: string[], values: W[], args: W[] = []): W {
  return call(getAttr(o, name), args, { names, values });
}
/** An instance of a str subclass (built directly: str.__new__ is not this module's). */
function strOf(cls: PyType, v: string): PyStr {
  const x = new PyStr(v);
  x.cls = cls;
  return x;
}
/** A method (receives self) for classes built in tests. */
function method(name: string, arity: number, impl: (a: W[]) => W): W {
  return new PyMethodDescriptor({ name, arity: [arity, arity], impl }, objectType);
}

Deno.test("dict: TS API used by the VM", () => {
  const d = newDict();
  assert.equal(d.size, 0);
  const v0 = d.version;
  d.setStr("x", 1);
  d.setItem(s("y"), 2);
  d.setItem(3, 4);
  assert.ok(d.version > v0);
  assert.equal(d.getStr("y"), 2);
  assert.equal(d.getItem(s("x")), 1);
  assert.equal(d.getItem(newFloat(3)), 4);
  assert.equal(d.getItem(True), undefined);
  assert.equal(d.size, 3);
  assert.deepEqual(d.keysArray().map(r), ["'x'", "'y'", "3"]);
  assert.deepEqual(d.valuesArray(), [1, 2, 4]);
  assert.equal(d.itemsArray().length, 3);
  const v1 = d.version;
  assert.equal(d.delStr("x"), true);
  assert.equal(d.delStr("x"), false);
  assert.equal(d.delItem(3), true);
  assert.ok(d.version > v1);
  assert.equal(r(d), "{'y': 2}");
  d.clear();
  assert.equal(r(d), "{}");
  assert.equal(d.size, 0);
});

Deno.test("dict: 1 == 1.0 == True share a slot, first key kept", () => {
  const d = D([s("a"), 1], [s("b"), 2]);
  d.setItem(1, 3);
  d.setItem(newFloat(1), 4);
  d.setItem(True, 5);
  assert.equal(r(d), "{'a': 1, 'b': 2, 1: 5}");
  assert.equal(m(d, "__contains__", newFloat(1)), True);
  pyErr(
    () => d.setItem(newList([]), 1),
    "TypeError",
    "cannot use 'list' as a dict key (unhashable type: 'list')",
  );
  // Big ints and their float twins.
  const big = 2n ** 70n;
  d.setItem(big, 6);
  assert.equal(d.getItem(newFloat(2 ** 70)), 6);
  assert.equal(d.getItem(T(1, 2)), undefined);
  d.setItem(T(1, 2), 7);
  assert.equal(d.getItem(T(1, newFloat(2))), 7);
});

Deno.test("dict: many insertions and deletions keep order (compaction)", () => {
  const d = newDict();
  for (let i = 0; i < 1000; i++) d.setItem(i, i * 2);
  for (let i = 0; i < 990; i++) assert.equal(d.delItem(i), true);
  for (let i = 0; i < 5; i++) d.setStr(`k${i}`, i);
  assert.equal(
    r(d),
    "{990: 1980, 991: 1982, 992: 1984, 993: 1986, 994: 1988, 995: 1990, 996: 1992, " +
      "997: 1994, 998: 1996, 999: 1998, 'k0': 0, 'k1': 1, 'k2': 2, 'k3': 3, 'k4': 4}",
  );
  assert.equal(d.getItem(995), 1990);
  assert.equal(d.getStr("k3"), 3);
  assert.equal(d.size, 15);
});

Deno.test("dict: construction, update, fromkeys", () => {
  const d = call(dictType, [newList([T(1, 2), newList([3, 4])])], { names: ["z"], values: [5] });
  assert.equal(r(d), "{1: 2, 3: 4, 'z': 5}");
  assert.equal(r(call(dictType, [D([s("a"), 1])])), "{'a': 1}");
  assert.equal(
    r(call(getAttr(dictType, "fromkeys"), [newList([s("a"), s("b"), s("c")]), 0])),
    "{'a': 0, 'b': 0, 'c': 0}",
  );
  assert.equal(m(call(getAttr(dictType, "fromkeys"), [newList([1, 2])]), "__getitem__", 2), None);
  pyErr(
    () => call(dictType, [newList([1])]),
    "TypeError",
    "object is not iterable",
  );
  pyErr(
    () => call(dictType, [newList([T(1, 2, 3)])]),
    "ValueError",
    "dictionary update sequence element #0 has length 3; 2 is required",
  );
  pyErr(() => call(dictType, [1, 2]), "TypeError", "dict expected at most 1 argument, got 2");
  pyErr(() => call(dictType, [5]), "TypeError", "'int' object is not iterable");
  const u = D([1, 1]);
  pyErr(() => m(u, "update", 1, 2), "TypeError", "update expected at most 1 argument, got 2");
  kw(u, "update", ["k"], [2], [newList([T(3, 4)])]);
  assert.equal(r(u), "{1: 1, 3: 4, 'k': 2}");
  // A mapping that is not a dict: keys() then __getitem__.
  const Mapping = newClass(
    "Mapping",
    [],
    new Map<string, W>([
      ["keys", method("keys", 0, () => newList([s("p"), s("q")]))],
      ["__getitem__", method("__getitem__", 1, (a) => s(str(a[1]).toUpperCase()))],
    ]),
  );
  const md = call(dictType, [call(Mapping, [])]);
  assert.equal(r(md), "{'p': 'P', 'q': 'Q'}");
});

Deno.test("dict: get, setdefault, pop, popitem, copy, clear", () => {
  const d = D([s("a"), 1], [s("b"), 2]);
  assert.equal(m(d, "get", s("a")), 1);
  assert.equal(m(d, "get", s("z")), None);
  assert.equal(m(d, "get", s("z"), 9), 9);
  assert.equal(m(d, "setdefault", s("c"), 3), 3);
  assert.equal(m(d, "setdefault", s("c"), 4), 3);
  assert.equal(m(d, "setdefault", s("n")), None);
  assert.equal(d.getStr("n"), None);
  assert.equal(d.size, 4);
  assert.equal(m(d, "pop", s("n")), None);
  assert.equal(m(d, "pop", s("n"), 7), 7);
  pyErr(() => m(d, "pop", s("n")), "KeyError", "'n'");
  pyErr(() => m(newDict(), "pop", newList([])), "KeyError", "[]");
  assert.equal(r(m(d, "popitem")), "('c', 3)");
  assert.equal(r(m(d, "popitem")), "('b', 2)");
  const c = m(d, "copy") as PyDict;
  m(d, "clear");
  assert.equal(r(c), "{'a': 1}");
  assert.equal(r(d), "{}");
  pyErr(() => m(d, "popitem"), "KeyError", "'popitem(): dictionary is empty'");
  pyErr(() => m(d, "__getitem__", T(1, 2)), "KeyError", "(1, 2)");
  pyErr(() => m(d, "__delitem__", s("q")), "KeyError", "'q'");
});

Deno.test("dict: operators, equality, repr, hash", () => {
  const a = D([1, 2]), b = D([1, 3], [s("x"), 4]);
  assert.equal(r(binaryOp(BinaryOps.or, a, b)), "{1: 3, 'x': 4}");
  assert.equal(r(binaryOp(BinaryOps.or, b, a)), "{1: 2, 'x': 4}");
  pyErr(
    () => binaryOp(BinaryOps.or, a, newList([])),
    "TypeError",
    "unsupported operand type(s) for |: 'dict' and 'list'",
  );
  m(a, "__ior__", newList([T(5, 6)]));
  assert.equal(r(a), "{1: 2, 5: 6}");
  assert.equal(richCompare(D([s("a"), 1]), D([s("a"), newFloat(1)]), "=="), True);
  assert.equal(r(richCompare(D([s("a"), 1]), D([s("b"), 1]), "==")), "False");
  assert.equal(r(richCompare(D([s("a"), 1]), D([s("b"), 1]), "!=")), "True");
  pyErr(
    () => richCompare(a, b, "<"),
    "TypeError",
    "'<' not supported between instances of 'dict' and 'dict'",
  );
  const rec = newDict();
  rec.setStr("x", rec);
  assert.equal(r(rec), "{'x': {...}}");
  pyErr(() => hash(newDict()), "TypeError", "unhashable type: 'dict'");
  assert.equal(r(D([s("it's"), newStr("q")])), `{"it's": 'q'}`);
});

Deno.test("dict: iteration and mutation errors", () => {
  const d = D([1, 1], [2, 2]);
  const it = iter(d);
  assert.equal(next(it), 1);
  d.setItem(11, 1);
  pyErr(() => next(it), "RuntimeError", "dictionary changed size during iteration");
  pyErr(() => next(it), "RuntimeError", "dictionary changed size during iteration");
  const e = D([1, 1], [2, 2]);
  const it2 = iter(e);
  const k1 = next(it2);
  e.delItem(k1);
  e.setItem(11, 1);
  const k2 = next(it2);
  assert.equal(k2, 2);
  e.delItem(k2);
  e.setItem(12, 1);
  pyErr(() => next(it2), "RuntimeError", "dictionary keys changed during iteration");
  const f = D([s("a"), 1], [s("b"), 2], [s("c"), 3]);
  assert.deepEqual([...rangeOf(m(f, "__reversed__"))].map(r), ["'c'", "'b'", "'a'"]);
  assert.equal(m(iter(f), "__length_hint__"), 3);
});

function* rangeOf(it: W): Generator<W> {
  for (;;) {
    const x = next(it);
    if (x === STOP) return;
    yield x;
  }
}

Deno.test("dict: views", () => {
  const d = D([s("a"), 1], [s("b"), 2], [s("c"), 3]);
  const keys = m(d, "keys"), values = m(d, "values"), items = m(d, "items");
  assert.equal(r(keys), "dict_keys(['a', 'b', 'c'])");
  assert.equal(r(values), "dict_values([1, 2, 3])");
  assert.equal(r(items), "dict_items([('a', 1), ('b', 2), ('c', 3)])");
  assert.equal(m(keys, "__len__"), 3);
  assert.equal(m(keys, "__contains__", s("b")), True);
  assert.equal(r(m(items, "__contains__", T(s("b"), 2))), "True");
  assert.equal(r(m(items, "__contains__", T(s("b"), 3))), "False");
  assert.equal(r(m(items, "__contains__", s("b"))), "False");
  assert.deepEqual([...rangeOf(m(items, "__reversed__"))].map(r), ["('c', 3)", "('b', 2)", "('a', 1)"]);
  assert.equal(r(binaryOp(BinaryOps.and, keys, newSet([s("a"), s("z")]))), "{'a'}");
  assert.equal(r(binaryOp(BinaryOps.sub, keys, newSet([s("a"), s("b")]))), "{'c'}");
  assert.equal(r(binaryOp(BinaryOps.or, newList([1]), m(D([2, 0]), "keys"))), "{1, 2}");
  assert.equal(r(binaryOp(BinaryOps.sub, newSet([5, 3]), m(D([3, 0]), "keys"))), "{5}");
  assert.equal(r(binaryOp(BinaryOps.xor, m(D([1, 0], [2, 0]), "keys"), newList([2, 3]))), "{1, 3}");
  assert.equal(richCompare(keys, newSet([s("a"), s("b"), s("c")]), "=="), True);
  assert.equal(richCompare(keys, newSet([s("a"), s("b"), s("c"), s("d")]), "<"), True);
  assert.equal(r(richCompare(newSet([s("a"), s("b"), s("c")]), keys, "==")), "True");
  assert.equal(r(m(keys, "isdisjoint", newList([s("x")]))), "True");
  assert.equal(r(m(keys, "isdisjoint", newList([s("a")]))), "False");
  assert.equal(r(getAttr(keys, "mapping")), "mappingproxy({'a': 1, 'b': 2, 'c': 3})");
  pyErr(() => hash(keys), "TypeError", "unhashable type: 'dict_keys'");
  // Views are live.
  d.setStr("d", 4);
  assert.equal(m(values, "__len__"), 4);
  const rec = newDict();
  rec.setStr("k", m(rec, "values"));
  assert.equal(r(rec), "{'k': dict_values([...])}");
});

Deno.test("dict: subclasses, __missing__, instance __dict__ hooks, str subclass keys", () => {
  const Counter = newClass(
    "Counter",
    [dictType],
    new Map<string, W>([["__missing__", method("__missing__", 1, () => 0)]]),
  );
  const c = call(Counter, []) as PyDict;
  assert.ok(c instanceof PyDict);
  assert.equal(m(c, "__getitem__", s("x")), 0);
  assert.equal(m(c, "get", s("x")), None);
  assert.equal(r(c), "{}");
  c.setStr("y", 1);
  assert.equal(r(m(c, "copy")), "{'y': 1}");
  // str subclass keys: equal to plain str keys both ways.
  const S = newClass("S", [strType], new Map());
  const sk = strOf(S, "y");
  assert.equal(c.getItem(sk), 1);
  c.setItem(strOf(S, "z"), 2);
  assert.equal(c.getStr("z"), 2);
  // A str subclass with its own __hash__/__eq__ still meets equal str keys.
  const H = newClass(
    "H",
    [strType],
    new Map<string, W>([
      ["__hash__", method("__hash__", 0, (a) => hash(s(str(a[0]))))],
      ["__eq__", method("__eq__", 1, (a) => richCompare(s(str(a[0])), a[1], "=="))],
    ]),
  );
  const d = newDict();
  d.setStr("q", 1);
  assert.equal(d.getItem(strOf(H, "q")), 1);
  const e = newDict();
  e.setItem(strOf(H, "w"), 5);
  assert.equal(e.getStr("w"), 5);
  assert.equal(e.getItem(s("w")), 5);
  e.setStr("w", 6);
  assert.equal(e.size, 1);
  assert.equal(r(e), "{'w': 6}");
  // Objects with __eq__ in Python and a str's hash.
  const K = newClass(
    "K",
    [],
    new Map<string, W>([
      ["__hash__", method("__hash__", 0, () => hash(s("v")))],
      ["__eq__", method("__eq__", 1, (a) => richCompare(s("v"), a[1], "=="))],
    ]),
  );
  const f = newDict();
  f.setStr("v", 1);
  f.setItem(call(K, []), 2);
  assert.equal(r(f), "{'v': 2}");
});

Deno.test("dict: builtin function values and kwargs spec", () => {
  const fn = new PyBuiltinFunction({ name: "f", arity: [0, 0], impl: () => 1 }, undefined, "f");
  const d = call(dictType, [], { names: ["a", "b"], values: [fn, 2] });
  assert.equal(m(d, "__len__"), 2);
  assert.equal(r(m(d, "keys")), "dict_keys(['a', 'b'])");
});
