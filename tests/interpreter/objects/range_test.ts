// range semantics; expected values come from CPython 3.14 (pyodide) and 3.11 (64-bit hashes, unchanged).
import assert from "node:assert/strict";
import {
  call,
  callMethod,
  getAttr,
  hash,
  isTrue,
  len,
  newFloat,
  newStr,
  None,
  repr,
  richCompare,
  str,
  True,
  typeOf,
  type W,
} from "../../../interpreter/objects/mod.ts";
import { PySlice } from "../../../interpreter/objects/slice.ts";
import { newList } from "../../../interpreter/objects/list.ts";
import { PyRange, PyRangeIterator, rangeType } from "../../../interpreter/objects/range.ts";
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
const R = (...xs: W[]) => call(rangeType, xs) as PyRange;
const m = (o: W, name: string, ...args: W[]) => callMethod(o, name, args);
const sl = (a: W, b: W, c: W = None) => new PySlice(a, b, c);
function items(w: W): W[] {
  const it = m(w, "__iter__") as PyRangeIterator;
  const out: W[] = [];
  for (let x = it.nextItem(); typeof x === "number"; x = it.nextItem()) out.push(x);
  return out;
}

Deno.test("range: construction, repr, attributes, len, bool", () => {
  assert.equal(repr(R(5)), "range(0, 5)");
  assert.equal(repr(R(0, 5, 2)), "range(0, 5, 2)");
  assert.equal(repr(R(0)), "range(0, 0)");
  assert.equal(repr(R(True, 3)), "range(1, 3)");
  const r = R(-5, 5, 3);
  assert.deepEqual([getAttr(r, "start"), getAttr(r, "stop"), getAttr(r, "step")], [-5, 5, 3]);
  assert.equal(m(r, "__len__"), 4);
  assert.equal(m(R(10, 0, -3), "__len__"), 4);
  assert.equal(m(R(0, 10, -1), "__len__"), 0);
  assert.ok(!isTrue(R(0)));
  assert.ok(isTrue(R(1)));
  pyErr(() => R(1, 2, 0), "ValueError", "range() arg 3 must not be zero");
  pyErr(() => R(newStr("a")), "TypeError", "'str' object cannot be interpreted as an integer");
  pyErr(() => R(newFloat(1)), "TypeError", "'float' object cannot be interpreted as an integer");
  pyErr(() => R(), "TypeError", "range expected at least 1 argument, got 0");
  pyErr(() => R(1, 2, 3, 4), "TypeError", "range expected at most 3 arguments, got 4");
  // bounds beyond 64 bits are fine (as in CPython); only the length does not fit a C ssize_t
  const huge = R(2n ** 64n);
  pyErr(() => len(huge), "OverflowError", "Python int too large to convert to C ssize_t");
});

Deno.test("range: iteration and reversal", () => {
  assert.deepEqual(items(R(10, 0, -3)), [10, 7, 4, 1]);
  assert.deepEqual(items(R(3)), [0, 1, 2]);
  assert.deepEqual(items(R(0)), []);
  const rv = m(R(10, 0, -3), "__reversed__") as PyRangeIterator;
  assert.equal(typeOf(rv).name, "range_iterator");
  assert.equal(m(rv, "__length_hint__"), 4);
  const out: W[] = [];
  for (let x = rv.nextItem(); typeof x === "number"; x = rv.nextItem()) out.push(x);
  assert.deepEqual(out, [1, 4, 7, 10]);
  const it = m(R(1), "__iter__");
  assert.equal(m(it, "__next__"), 0);
  pyErr(() => m(it, "__next__"), "StopIteration");
});

Deno.test("range: indexing and slicing", () => {
  assert.equal(m(R(10, 0, -3), "__getitem__", 1), 7);
  assert.equal(m(R(5), "__getitem__", -1), 4);
  pyErr(() => m(R(5), "__getitem__", -6), "IndexError", "range object index out of range");
  pyErr(() => m(R(3), "__getitem__", 2n ** 70n), "IndexError", "range object index out of range");
  pyErr(
    () => m(R(3), "__getitem__", newStr("a")),
    "TypeError",
    "range indices must be integers or slices, not str",
  );
  const s = (r: W, a: W, b: W, c: W = None) => repr(m(r, "__getitem__", sl(a, b, c)));
  assert.equal(s(R(5), 2, None), "range(2, 5)");
  assert.equal(s(R(5), None, None, -1), "range(4, -1, -1)");
  assert.equal(s(R(0, 10, 3), 1, -1, 2), "range(3, 9, 6)");
  assert.equal(s(R(5), None, None, -2), "range(4, -1, -2)");
  assert.equal(s(R(10), 100, None), "range(10, 10)");
  assert.equal(s(R(-3), None, None, -1), "range(-1, -1, -1)");
  assert.equal(s(R(0, -10, -3), None, None, -1), "range(-9, 3, 3)");
  assert.equal(s(R(1, 10, 2), None, None, -1), "range(9, -1, -2)");
  assert.equal(s(R(1, 10, 2), 1, 3), "range(3, 7, 2)");
  pyErr(() => m(R(10), "__getitem__", sl(None, None, 0)), "ValueError", "slice step cannot be zero");
});

Deno.test("range: contains, count, index", () => {
  const r = R(0, 10, 2);
  assert.ok(isTrue(m(r, "__contains__", 4)));
  assert.ok(!isTrue(m(r, "__contains__", 5)));
  assert.ok(!isTrue(m(r, "__contains__", 10)));
  assert.ok(isTrue(m(R(3), "__contains__", True)));
  assert.ok(isTrue(m(R(3), "__contains__", newFloat(1))));
  assert.ok(!isTrue(m(R(3), "__contains__", 2n ** 70n)));
  assert.ok(isTrue(m(R(10, 0, -3), "__contains__", 7)));
  assert.equal(m(r, "index", 4), 2);
  assert.equal(m(R(5), "index", True), 1);
  assert.equal(m(R(3), "index", newFloat(1)), 1);
  assert.equal(m(R(3), "count", 1), 1);
  assert.equal(m(R(3), "count", newFloat(1)), 1);
  assert.equal(m(R(3), "count", newStr("a")), 0);
  pyErr(() => m(R(3), "index", 5), "ValueError", "range.index(x): x not in range");
  pyErr(() => m(R(3), "index", newStr("a")), "ValueError", "sequence.index(x): x not in sequence");
});

Deno.test("range: equality and hash follow the sequence", () => {
  const eq = (a: W, b: W) => isTrue(richCompare(a, b, "=="));
  assert.ok(eq(R(1, 2), R(1, 2, 5)));
  assert.ok(eq(R(0), R(5, 5)));
  assert.ok(eq(R(0, 10, 2), R(0, 9, 2)));
  assert.ok(!eq(R(0, 10, 2), R(0, 10, 3)));
  assert.ok(!eq(R(3), newList([0, 1, 2])));
  pyErr(
    () => richCompare(R(3), R(4), "<"),
    "TypeError",
    "'<' not supported between instances of 'range' and 'range'",
  );
  assert.equal(hash(R(0)), hash(R(5, 5)));
  assert.equal(hash(R(3, 4)), hash(R(3, 4, 7)));
  assert.equal(BigInt(hash(R(0, 10, 2))), -6143170332311272345n);
  assert.equal(BigInt(hash(R(10, 0, -3))), -4187782621229172137n);
  assert.equal(repr(m(R(3), "__reduce__")), "(<class 'range'>, (0, 3, 1))");
});
