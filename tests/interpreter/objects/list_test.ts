// list semantics; expected values come from CPython 3.14 (pyodide) and 3.11 where unchanged.
import assert from "node:assert/strict";
import {
  binaryOp,
  BinaryOps,
  call,
  callMethod,
  getAttr,
  hash,
  inplaceOp,
  isTrue,
  listType,
  newClass,
  newFloat,
  newStr,
  None,
  PyBuiltinFunction,
  PyInstance,
  repr,
  richCompare,
  setAttr,
  str,
  True,
  typeOf,
  type W,
} from "../../../interpreter/objects/mod.ts";
import { PySlice } from "../../../interpreter/objects/slice.ts";
import { newTuple } from "../../../interpreter/objects/tuple.ts";
import { newList, PyList, PyListIterator } from "../../../interpreter/objects/list.ts";
import { PyError, raiseTypeError } from "../../../interpreter/vm/errors.ts";

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
const L = (...xs: W[]) => newList(xs);
const r = (w: W) => repr(w);
const m = (o: W, name: string, ...args: W[]) => callMethod(o, name, args);
const sl = (a: W, b: W, c: W = None) => new PySlice(a, b, c);
function fn(f: (x: W) => W): W {
  return new PyBuiltinFunction({ name: "f", arity: [1, 1], impl: (a) => f(a[0]) }, undefined, "f");
}
function kw(o: W, name: string, names: string[], values: W[], args: W[] = []): W {
  return call(getAttr(o, name), args, { names, values });
}

Deno.test("list: append, extend, insert, pop, remove, index, count, clear, copy, reverse", () => {
  const l = L(1, 2);
  m(l, "append", 3);
  m(l, "extend", newTuple([4, 5]));
  m(l, "extend", l); // extends with a snapshot
  assert.equal(r(l), "[1, 2, 3, 4, 5, 1, 2, 3, 4, 5]");
  const a = L(1, 2, 3);
  m(a, "insert", 0, 0);
  m(a, "insert", -1, 9);
  m(a, "insert", 100, 7);
  m(a, "insert", -100, 8);
  assert.equal(r(a), "[8, 0, 1, 2, 9, 3, 7]");
  assert.equal(m(a, "pop"), 7);
  assert.equal(m(a, "pop", 0), 8);
  assert.equal(m(a, "pop", -2), 9);
  assert.equal(r(a), "[0, 1, 2, 3]");
  m(a, "remove", 2);
  assert.equal(r(a), "[0, 1, 3]");
  assert.equal(m(L(1, 2, 3, 2), "index", 2), 1);
  assert.equal(m(L(1, 2, 3, 2), "index", 2, 2), 3);
  assert.equal(m(L(1, 2, 3, 2), "index", 2, -3, 2), 1);
  assert.equal(m(L(1, 2, 3), "index", 2, 0, 2n ** 70n), 1);
  assert.equal(m(L(1, 2, 1, True), "count", 1), 3);
  const c = L(1, 2);
  const d = m(c, "copy") as PyList;
  m(c, "clear");
  assert.equal(r(c), "[]");
  assert.equal(r(d), "[1, 2]");
  const e = L(1, 2, 3);
  m(e, "reverse");
  assert.equal(r(e), "[3, 2, 1]");
});

Deno.test("list: errors have CPython's messages", () => {
  pyErr(() => m(L(), "pop"), "IndexError", "pop from empty list");
  pyErr(() => m(L(1), "pop", 5), "IndexError", "pop index out of range");
  pyErr(() => m(L(1), "pop", 2n ** 70n), "OverflowError", "Python int too large to convert to C ssize_t");
  pyErr(
    () => m(L(), "insert", newStr("a"), 1),
    "TypeError",
    "'str' object cannot be interpreted as an integer",
  );
  pyErr(() => m(L(1), "remove", 2), "ValueError", "list.remove(x): x not in list");
  pyErr(() => m(L(), "index", 1), "ValueError", "list.index(x): x not in list");
  pyErr(() => m(L(1, 2, 3), "index", 2, -1), "ValueError", "list.index(x): x not in list");
  pyErr(
    () => m(L(1), "index", 1, None),
    "TypeError",
    "slice indices must be integers or have an __index__ method",
  );
  pyErr(() => m(L(), "extend", 1), "TypeError", "'int' object is not iterable");
  pyErr(() => m(L(1), "__getitem__", 5), "IndexError", "list index out of range");
  pyErr(
    () => m(L(1), "__getitem__", 2n ** 70n),
    "IndexError",
    "cannot fit 'int' into an index-sized integer",
  );
  pyErr(
    () => m(L(1), "__getitem__", newStr("a")),
    "TypeError",
    "list indices must be integers or slices, not str",
  );
  pyErr(
    () => m(L(1), "__getitem__", newFloat(1)),
    "TypeError",
    "list indices must be integers or slices, not float",
  );
  pyErr(() => m(L(1), "__setitem__", 5, 1), "IndexError", "list assignment index out of range");
  pyErr(() => m(L(1), "__delitem__", -2), "IndexError", "list assignment index out of range");
  pyErr(() => m(L(1), "__getitem__", sl(None, None, 0)), "ValueError", "slice step cannot be zero");
  pyErr(() => binaryOp(BinaryOps.add, L(1), 1), "TypeError", 'can only concatenate list (not "int") to list');
  pyErr(
    () => binaryOp(BinaryOps.add, L(1), newTuple([1])),
    "TypeError",
    'can only concatenate list (not "tuple") to list',
  );
  pyErr(
    () => binaryOp(BinaryOps.mul, L(1), newStr("a")),
    "TypeError",
    "can't multiply sequence by non-int of type 'str'",
  );
  pyErr(
    () => binaryOp(BinaryOps.mul, L(1), newFloat(2)),
    "TypeError",
    "can't multiply sequence by non-int of type 'float'",
  );
  pyErr(
    () => inplaceOp(BinaryOps.mul, L(1), newStr("a")),
    "TypeError",
    "can't multiply sequence by non-int of type 'str'",
  );
  pyErr(
    () => binaryOp(BinaryOps.mul, L(1), 2n ** 100n),
    "OverflowError",
    "cannot fit 'int' into an index-sized integer",
  );
  pyErr(
    () => richCompare(L(1), newStr("a"), "<"),
    "TypeError",
    "'<' not supported between instances of 'list' and 'str'",
  );
  pyErr(() => hash(L()), "TypeError", "unhashable type: 'list'");
  pyErr(() => hash(newTuple([1, L()])), "TypeError", "unhashable type: 'list'");
  assert.equal(listType.lookup("__hash__"), None);
});

Deno.test("list: indexing and slicing", () => {
  const l = L(1, 2, 3, 4, 5);
  assert.equal(m(l, "__getitem__", -1), 5);
  assert.equal(m(l, "__getitem__", True), 2);
  assert.equal(r(m(l, "__getitem__", sl(1, None))), "[2, 3, 4, 5]");
  assert.equal(r(m(l, "__getitem__", sl(None, None, -1))), "[5, 4, 3, 2, 1]");
  assert.equal(r(m(l, "__getitem__", sl(-2, -100, -2))), "[4, 2]");
  assert.equal(r(m(l, "__getitem__", sl(10, 20))), "[]");
  assert.equal(r(m(l, "__getitem__", sl(2n ** 70n, None))), "[]");
});

Deno.test("list: slice assignment and deletion (CPython results)", () => {
  const z = L(1, 2, 3, 4, 5);
  m(z, "__setitem__", sl(1, 4), newTuple([newStr("a"), newStr("b")]));
  assert.equal(r(z), "[1, 'a', 'b', 5]");
  m(z, "__setitem__", sl(None, None, 2), newTuple([newStr("x"), newStr("y")]));
  assert.equal(r(z), "['x', 'a', 'y', 5]");
  m(z, "__delitem__", sl(None, None, 2));
  assert.equal(r(z), "['a', 5]");
  const a = L(1, 2, 3);
  m(a, "__setitem__", sl(3, 0), L(9));
  assert.equal(r(a), "[1, 2, 3, 9]");
  const b = L(1, 2, 3);
  m(b, "__setitem__", sl(1, 1), b);
  assert.equal(r(b), "[1, 1, 2, 3, 2, 3]");
  const c = L(1, 2, 3, 4, 5, 6);
  m(c, "__delitem__", sl(None, None, -2));
  assert.equal(r(c), "[1, 3, 5]");
  const d = L(1, 2, 3, 4, 5, 6);
  m(d, "__setitem__", sl(None, None, -2), L(7, 8, 9));
  assert.equal(r(d), "[1, 9, 3, 8, 5, 7]");
  const e = L(1, 2, 3);
  m(e, "__setitem__", sl(5, None), L(8));
  assert.equal(r(e), "[1, 2, 3, 8]");
  m(e, "__setitem__", sl(-100, 1), L());
  assert.equal(r(e), "[2, 3, 8]");
  m(e, "__setitem__", sl(None, None, -1), e);
  assert.equal(r(e), "[8, 3, 2]");
  const f = L(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
  m(f, "__delitem__", sl(1, 8, 3));
  assert.equal(r(f), "[0, 2, 3, 5, 6, 8, 9]");
  m(f, "__delitem__", sl(1, 3));
  assert.equal(r(f), "[0, 5, 6, 8, 9]");
  pyErr(
    () => m(L(1, 2, 3), "__setitem__", sl(0, 3, 2), L(1)),
    "ValueError",
    "attempt to assign sequence of size 1 to extended slice of size 2",
  );
  pyErr(
    () => m(L(1, 2, 3), "__setitem__", sl(0, 3, 2), 5),
    "TypeError",
    "must assign iterable to extended slice",
  );
  pyErr(
    () => m(L(1, 2, 3), "__setitem__", sl(0, 3), 5),
    "TypeError",
    "must assign iterable to extended slice",
  );
});

Deno.test("list: arithmetic and comparisons", () => {
  assert.equal(r(binaryOp(BinaryOps.add, L(1), L(2, 3))), "[1, 2, 3]");
  assert.equal(r(binaryOp(BinaryOps.mul, L(1, 2), 2)), "[1, 2, 1, 2]");
  assert.equal(r(binaryOp(BinaryOps.mul, 3, L(1))), "[1, 1, 1]");
  assert.equal(r(binaryOp(BinaryOps.mul, L(1), -1)), "[]");
  assert.equal(r(binaryOp(BinaryOps.mul, L(1), True)), "[1]");
  const inner = L();
  const rep = binaryOp(BinaryOps.mul, L(inner), 3) as PyList;
  assert.equal(r(rep), "[[], [], []]");
  assert.ok(rep.items[0] === rep.items[2]);
  const b = L(1, 2);
  assert.equal(inplaceOp(BinaryOps.mul, b, 3), b);
  assert.equal(r(b), "[1, 2, 1, 2, 1, 2]");
  inplaceOp(BinaryOps.mul, b, 0);
  assert.equal(r(b), "[]");
  const c = L(1);
  assert.equal(inplaceOp(BinaryOps.add, c, newTuple([2, 3])), c);
  assert.equal(r(c), "[1, 2, 3]");
  const t = (a: W, op: "<" | "<=" | "==" | "!=" | ">" | ">=", b: W) => isTrue(richCompare(a, b, op));
  assert.ok(t(L(), "==", L()));
  assert.ok(t(L(1, 2), "<", L(1, 3)));
  assert.ok(t(L(1), "<", L(1, 2)));
  assert.ok(t(L(1, 2), ">=", L(1, 2)));
  assert.ok(!t(L(1, 2), ">", L(1, 2)));
  assert.ok(t(L(), "!=", 1));
  assert.ok(!t(L(1), "==", newTuple([1])));
  const nan = newFloat(NaN);
  assert.ok(t(L(nan), "==", L(nan))); // identity before __eq__
  assert.ok(!t(L(newFloat(NaN)), "==", L(newFloat(NaN))));
});

Deno.test("list: repr with recursion, sizeof, class_getitem", () => {
  const x = L(1);
  m(x, "append", x);
  assert.equal(r(x), "[1, [...]]");
  assert.equal(r(newTuple([x])), "([1, [...]],)");
  assert.equal(r(L(newStr("a"), newFloat(1.5), L())), "['a', 1.5, []]");
  assert.equal(m(L(), "__sizeof__"), 40);
  assert.equal(call(getAttr(listType, "__class_getitem__"), [listType]), listType);
});

Deno.test("list: sort is stable, uses key once per item, honours reverse", () => {
  const l = L(3, 1, 2);
  m(l, "sort");
  assert.equal(r(l), "[1, 2, 3]");
  kw(l, "sort", ["reverse"], [True]);
  assert.equal(r(l), "[3, 2, 1]");
  // stability over many equal keys (exercises merges and galloping)
  const pairs: W[] = [];
  for (let i = 0; i < 300; i++) pairs.push(newTuple([(i * 7919) % 5, i]));
  const s = newList(pairs.slice());
  let calls = 0;
  const first = fn((p) => {
    calls++;
    return (p as unknown as { items: W[] }).items[0];
  });
  kw(s, "sort", ["key"], [first]);
  assert.equal(calls, 300);
  const expect = pairs.slice().sort((a, b) => {
    const ka = (a as unknown as { items: number[] }).items, kb = (b as unknown as { items: number[] }).items;
    return ka[0] - kb[0] || ka[1] - kb[1];
  });
  assert.equal(r(s), r(newList(expect)));
  // reverse=True keeps equal items in original order
  const s2 = newList(pairs.slice());
  kw(s2, "sort", ["key", "reverse"], [first, True]);
  const expect2 = pairs.slice().sort((a, b) => {
    const ka = (a as unknown as { items: number[] }).items, kb = (b as unknown as { items: number[] }).items;
    return kb[0] - ka[0] || ka[1] - kb[1];
  });
  assert.equal(r(s2), r(newList(expect2)));
  // strings, floats, mixed int/float, tuples
  const w = L(newStr("b"), newStr("a"), newStr("\u00e9"), newStr("ab"));
  m(w, "sort");
  assert.equal(r(w), "['a', 'ab', 'b', '\u00e9']");
  const f = L(newFloat(2.5), 1, newFloat(-1), 2);
  m(f, "sort");
  assert.equal(r(f), "[-1.0, 1, 2, 2.5]");
  const tt = L(newTuple([2, 1]), newTuple([1, 2]), newTuple([1]));
  m(tt, "sort");
  assert.equal(r(tt), "[(1,), (1, 2), (2, 1)]");
  // reverse is any truth value; None works as in 3.14
  const g = L(1, 3, 2);
  kw(g, "sort", ["reverse"], [newFloat(1.5)]);
  assert.equal(r(g), "[3, 2, 1]");
  kw(g, "sort", ["reverse"], [None]);
  assert.equal(r(g), "[1, 2, 3]");
  pyErr(
    () => m(L(1, newStr("a")), "sort"),
    "TypeError",
    "'<' not supported between instances of 'str' and 'int'",
  );
  pyErr(() => m(L(), "sort", 1), "TypeError", "sort() takes no positional arguments");
  pyErr(() => m(L(), "sort", None), "TypeError", "sort() takes no positional arguments");
  pyErr(() => kw(L(), "sort", ["foo"], [1]), "TypeError", "sort() got an unexpected keyword argument 'foo'");
});

Deno.test("list: mutation during sort raises and keeps the sorted items", () => {
  const y = L(3, 2, 1);
  let seenLen = -1;
  const key = fn((v) => {
    if (seenLen < 0) seenLen = y.items.length;
    y.items.push(1);
    return v;
  });
  pyErr(() => kw(y, "sort", ["key"], [key]), "ValueError", "list modified during sort");
  assert.equal(seenLen, 0); // the list looks empty while sorting
  assert.equal(r(y), "[1, 2, 3]");
  // an error in a key leaves the items in place
  const z = L(2, 1);
  const bad = fn(() => raiseTypeError("boom"));
  pyErr(() => kw(z, "sort", ["key"], [bad]), "TypeError", "boom");
  assert.equal(r(z), "[2, 1]");
});

Deno.test("list: iterators", () => {
  const l = L(1, 2);
  const it = m(l, "__iter__") as PyListIterator;
  assert.ok(it instanceof PyListIterator);
  assert.equal(typeOf(it).name, "list_iterator");
  assert.equal(m(it, "__length_hint__"), 2);
  assert.equal(it.nextItem(), 1);
  assert.equal(it.nextItem(), 2);
  assert.equal(m(it, "__length_hint__"), 0);
  pyErr(() => m(it, "__next__"), "StopIteration");
  m(l, "append", 3);
  pyErr(() => m(it, "__next__"), "StopIteration"); // exhausted iterators stay exhausted
  const rv = m(L(1, 2, 3), "__reversed__");
  assert.equal(typeOf(rv).name, "list_reverseiterator");
  assert.equal(m(rv, "__length_hint__"), 3);
  assert.deepEqual([m(rv, "__next__"), m(rv, "__next__"), m(rv, "__next__")], [3, 2, 1]);
  pyErr(() => m(rv, "__next__"), "StopIteration");
  assert.ok(isTrue(m(L(1, 2), "__contains__", 2)));
  assert.ok(!isTrue(m(L(1, 2), "__contains__", 3)));
});

Deno.test("list: construction, __init__ and subclasses", () => {
  assert.equal(r(call(listType, [newTuple([1, 2])])), "[1, 2]");
  assert.equal(r(call(listType, [])), "[]");
  pyErr(() => call(listType, [1]), "TypeError", "'int' object is not iterable");
  pyErr(() => call(listType, [1, 2]), "TypeError", "list expected at most 1 argument, got 2");
  const l = L(1, 2);
  m(l, "__init__", l);
  assert.equal(r(l), "[]");
  const l2 = L(1, 2);
  m(l2, "__init__", newTuple([3]));
  assert.equal(r(l2), "[3]");
  pyErr(
    () => call(getAttr(listType, "__new__"), [1]),
    "TypeError",
    "list.__new__(X): X is not a type object (int)",
  );
  const Sub = newClass("Sub", [listType], new Map());
  const s = call(Sub, [newTuple([1, 2])]);
  assert.ok(s instanceof PyList && s instanceof PyInstance);
  assert.equal(typeOf(s), Sub);
  assert.equal(r(s), "[1, 2]");
  setAttr(s, "x", 5);
  assert.equal(getAttr(s, "x"), 5);
  assert.equal(r(binaryOp(BinaryOps.add, s, L(3))), "[1, 2, 3]");
  assert.equal(typeOf(binaryOp(BinaryOps.add, s, L(3))), listType);
});
