// tuple semantics; expected values come from CPython 3.14 (pyodide) and 3.11 (64-bit hashes, unchanged).
import assert from "node:assert/strict";
import {
  binaryOp,
  BinaryOps,
  call,
  callMethod,
  False,
  getAttr,
  hash,
  isTrue,
  newClass,
  newFloat,
  newStr,
  None,
  repr,
  richCompare,
  str,
  True,
  tupleType,
  typeOf,
  type W,
} from "../../../interpreter/objects/mod.ts";
import { PySlice } from "../../../interpreter/objects/slice.ts";
import {
  emptyTuple,
  newTuple,
  PyTuple,
  PyTupleIterator,
  tupleHash,
} from "../../../interpreter/objects/tuple.ts";
import { newList } from "../../../interpreter/objects/list.ts";
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
const T = (...xs: W[]) => newTuple(xs);
const m = (o: W, name: string, ...args: W[]) => callMethod(o, name, args);
const sl = (a: W, b: W, c: W = None) => new PySlice(a, b, c);

Deno.test("tuple: hash matches CPython's 64-bit tuplehash", () => {
  const cases: [W[], bigint][] = [
    [[], 5740354900026072187n],
    [[1, 2], -3550055125485641917n],
    [[1, 2, 3], 529344067295497451n],
    [[-1], 8078679518589016365n],
    [[-2], 8078679518589016365n],
    [[2n ** 70n], 6011568359958228336n],
    [[T(1, 2), T(3)], -8303551883679707139n],
    [[newFloat(1.5)], 1701133413810848945n],
    [[True, False], -5164621852614943976n],
    [[-1, -2], 960947337673586213n],
  ];
  for (const [items, h] of cases) {
    assert.equal(BigInt(hash(newTuple(items))), h, `hash of ${repr(newTuple(items))}`);
  }
  assert.equal(tupleHash([1, 2]), -3550055125485641917n);
  pyErr(() => hash(T(1, newList([]))), "TypeError", "unhashable type: 'list'");
});

Deno.test("tuple: repr, len, indexing, slicing", () => {
  assert.equal(repr(emptyTuple), "()");
  assert.equal(repr(T(1)), "(1,)");
  assert.equal(repr(T(1, newStr("a"), T())), "(1, 'a', ())");
  const t = T(1, 2, 3, 4);
  assert.equal(m(t, "__len__"), 4);
  assert.equal(m(t, "__getitem__", -1), 4);
  assert.equal(m(t, "__getitem__", True), 2);
  assert.equal(repr(m(t, "__getitem__", sl(1, 3))), "(2, 3)");
  assert.equal(repr(m(t, "__getitem__", sl(None, None, -2))), "(4, 2)");
  assert.equal(m(t, "__getitem__", sl(None, None)), t); // full slice of an exact tuple is itself
  assert.equal(m(t, "__getitem__", sl(5, None)), emptyTuple);
  pyErr(() => m(T(1), "__getitem__", 5), "IndexError", "tuple index out of range");
  pyErr(
    () => m(T(1), "__getitem__", 2n ** 70n),
    "IndexError",
    "cannot fit 'int' into an index-sized integer",
  );
  pyErr(
    () => m(T(1), "__getitem__", newStr("a")),
    "TypeError",
    "tuple indices must be integers or slices, not str",
  );
});

Deno.test("tuple: count, index, contains", () => {
  const t = T(1, 2, 1, True);
  assert.equal(m(t, "count", 1), 3);
  assert.equal(m(t, "index", 2), 1);
  assert.equal(m(t, "index", 1, 1), 2);
  assert.ok(isTrue(m(t, "__contains__", 2)));
  assert.ok(!isTrue(m(t, "__contains__", 5)));
  pyErr(() => m(T(1), "index", 2), "ValueError", "tuple.index(x): x not in tuple");
  pyErr(() => m(T(1, 2, 3), "index", 2, 5), "ValueError", "tuple.index(x): x not in tuple");
});

Deno.test("tuple: concatenation, repetition and comparisons", () => {
  assert.equal(repr(binaryOp(BinaryOps.add, T(1), T(2, 3))), "(1, 2, 3)");
  const t = T(1, 2);
  assert.equal(binaryOp(BinaryOps.add, t, emptyTuple), t);
  assert.equal(repr(binaryOp(BinaryOps.mul, t, 2)), "(1, 2, 1, 2)");
  assert.equal(repr(binaryOp(BinaryOps.mul, 2, t)), "(1, 2, 1, 2)");
  assert.equal(binaryOp(BinaryOps.mul, t, 1), t);
  assert.equal(binaryOp(BinaryOps.mul, t, 0), emptyTuple);
  pyErr(
    () => binaryOp(BinaryOps.add, T(1), newList([1])),
    "TypeError",
    'can only concatenate tuple (not "list") to tuple',
  );
  pyErr(
    () => binaryOp(BinaryOps.mul, T(1), newStr("a")),
    "TypeError",
    "can't multiply sequence by non-int of type 'str'",
  );
  pyErr(
    () => binaryOp(BinaryOps.mul, T(1), 2n ** 100n),
    "OverflowError",
    "cannot fit 'int' into an index-sized integer",
  );
  const c = (a: W, op: "<" | "<=" | "==" | "!=" | ">" | ">=", b: W) => isTrue(richCompare(a, b, op));
  assert.ok(c(T(1, 2), "<", T(1, 2, 3)));
  assert.ok(c(T(1, 3), ">", T(1, 2, 9)));
  assert.ok(c(T(1, 2), "==", T(1, 2)));
  assert.ok(c(T(), "<=", T()));
  assert.ok(c(T(1), "!=", newList([1])));
  pyErr(
    () => richCompare(T(1, newStr("a")), T(1, 2), "<"),
    "TypeError",
    "'<' not supported between instances of 'str' and 'int'",
  );
});

Deno.test("tuple: construction, subclasses, getnewargs, iterator", () => {
  assert.equal(call(tupleType, []), emptyTuple);
  const t = T(1, 2);
  assert.equal(call(tupleType, [t]), t);
  assert.equal(repr(call(tupleType, [newList([1, 2])])), "(1, 2)");
  pyErr(() => call(tupleType, [1]), "TypeError", "'int' object is not iterable");
  pyErr(() => call(tupleType, [1, 2]), "TypeError", "tuple expected at most 1 argument, got 2");
  const tnew = getAttr(tupleType, "__new__");
  pyErr(() => call(tnew, [1]), "TypeError", "tuple.__new__(X): X is not a type object (int)");
  pyErr(() => call(tnew, [typeOf(1)]), "TypeError", "tuple.__new__(int): int is not a subtype of tuple");
  const Sub = newClass("Sub", [tupleType], new Map());
  const s = call(Sub, [newList([1, 2])]);
  assert.ok(s instanceof PyTuple);
  assert.equal(typeOf(s), Sub);
  assert.equal(repr(s), "(1, 2)");
  assert.equal(repr(m(s, "__getnewargs__")), "((1, 2),)");
  assert.equal(typeOf(binaryOp(BinaryOps.add, s, emptyTuple)), tupleType);
  assert.equal(m(T(1, 2), "__sizeof__"), 48);
  assert.equal(call(getAttr(tupleType, "__class_getitem__"), [tupleType]), tupleType);
  const it = m(T(1, 2), "__iter__") as PyTupleIterator;
  assert.equal(typeOf(it).name, "tuple_iterator");
  assert.equal(m(it, "__length_hint__"), 2);
  assert.equal(it.nextItem(), 1);
  assert.equal(m(it, "__next__"), 2);
  pyErr(() => m(it, "__next__"), "StopIteration");
  const x = newList([1]);
  const nested = T(x);
  x.items.push(nested);
  assert.equal(repr(nested), "([1, (...)],)");
});
