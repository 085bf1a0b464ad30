// set and frozenset; expected values are CPython's (checked with python3 where unchanged in 3.14),
// including iteration order, which follows CPython's table layout for int keys.
import assert from "node:assert/strict";
import {
  binaryOp,
  BinaryOps,
  call,
  callMethod,
  hash,
  inplaceOp,
  iter,
  newClass,
  newFloat,
  newStr,
  next,
  repr,
  richCompare,
  str,
  True,
  type W,
} from "../../../interpreter/objects/mod.ts";
import { dictFromPairs } from "../../../interpreter/objects/dict.ts";
import { newTuple } from "../../../interpreter/objects/tuple.ts";
import { newList } from "../../../interpreter/objects/list.ts";
import {
  frozensetType,
  newFrozenSet,
  newSet,
  PyFrozenSet,
  PySet,
  setType,
} from "../../../interpreter/objects/set.ts";
import { PyError } from "../../../interpreter/vm/errors.ts";

function pyErr(fn: () => unknown, type: string, message?: string): void {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof PyError, `expected PyError, got ${e}`);
    assert.equal(e.value.cls.name, type);
    if (message !== undefined) assert.equal(repr(e.value), message);
    return;
  }
  assert.fail(`expected ${type}`);
}
const r = (w: W) => repr(w);
const m = (o: W, name: string, ...args: W[]) => callMethod(o, name, args);
const S = (...xs: W[]) => newSet(xs);
const F = (...xs: W[]) => newFrozenSet(xs);
/** Python's range(start, stop, step) as an array. */
function range(start: number, stop: number, step = 1): W[] {
  const out: W[] = [];
  for (let i = start; step > 0 ? i < stop : i > stop; i += step) out.push(i);
  return out;
}

Deno.test("set: iteration order follows CPython's table", () => {
  assert.equal(r(S(3, 1, 2)), "{1, 2, 3}");
  assert.equal(r(S(10, 2, 33, 8, 16)), "{33, 2, 8, 10, 16}");
  // A literal `{10, 2, 33, 8, 16}` is BUILD_SET + SET_UPDATE of a constant frozenset (set_merge).
  const lit = new PySet();
  m(lit, "update", F(10, 2, 33, 8, 16));
  assert.equal(r(lit), "{16, 33, 2, 8, 10}");
  assert.equal(r(newSet(range(20, 0, -3))), "{2, 5, 8, 11, 14, 17, 20}");
  assert.equal(r(S(-1, -2, 5)), "{5, -1, -2}");
  assert.equal(r(S(100, 7, 15, 23, 31)), "{100, 7, 15, 23, 31}");
  const lit2 = new PySet();
  m(lit2, "update", F(100, 7, 15, 23, 31));
  assert.equal(r(lit2), "{100, 23, 7, 31, 15}");
  assert.equal(r(S(1, 9, 17, 25, 33, 41, 49, 57, 65, 2, 3)), "{1, 33, 65, 2, 3, 9, 41, 17, 49, 25, 57}");
  const d = newSet(range(0, 8));
  for (let i = 0; i < 6; i++) d.discard(i);
  d.add(8);
  d.add(16);
  assert.equal(r(d), "{6, 7, 8, 16}");
  const e = S(5, 13, 21);
  e.discard(13);
  e.add(29); // reuses the dummy slot
  assert.equal(r(e), "{29, 21, 5}");
  assert.equal(r(S(newFloat(1.5), 2, newFloat(2), True)), "{1.5, 2, True}");
  const s = newSet(range(0, 10, 1));
  s.discard(3);
  s.add(13);
  assert.equal(r(s), "{0, 1, 2, 4, 5, 6, 7, 8, 9, 13}");
  const big = newSet(range(0, 1000, 37));
  assert.equal(r(newList(big.items().slice(0, 10))), "[0, 259, 518, 777, 148, 407, 666, 925, 37, 296]");
  assert.equal(newSet(range(0, 100, 1)).size, 100);
});

Deno.test("set: TS API", () => {
  const s = new PySet();
  s.add(1);
  s.add(newStr("a"));
  assert.ok(s.has(1));
  assert.ok(s.has(newFloat(1)));
  assert.ok(!s.has(2));
  assert.equal(s.discard(1), true);
  assert.equal(s.discard(1), false);
  assert.deepEqual(s.items().map(r), ["'a'"]);
  assert.ok(newFrozenSet([1]) instanceof PyFrozenSet);
});

Deno.test("set: add, remove, discard, pop, clear, copy", () => {
  const s = S(1, 2, 3);
  assert.equal(m(s, "pop"), 1);
  assert.equal(m(s, "pop"), 2);
  assert.equal(r(s), "{3}");
  pyErr(() => m(s, "remove", 2), "KeyError", "KeyError(2)");
  pyErr(() => m(S(), "pop"), "KeyError", "KeyError('pop from an empty set')");
  pyErr(
    () => m(s, "add", newList([1])),
    "TypeError",
    "TypeError(\"cannot use 'list' as a set element (unhashable type: 'list')\")",
  );
  const c = m(s, "copy");
  m(s, "clear");
  assert.equal(r(s), "set()");
  assert.equal(r(c), "{3}");
  // A set key is looked up as the equal frozenset.
  const t = S(F(1));
  assert.equal(m(t, "__contains__", S(1)), True);
  m(t, "remove", S(1));
  assert.equal(r(t), "set()");
});

Deno.test("set: operators and methods", () => {
  assert.equal(r(binaryOp(BinaryOps.or, S(1, 2, 3), S(4))), "{1, 2, 3, 4}");
  assert.equal(r(binaryOp(BinaryOps.and, S(1, 2, 3), S(2, 3, 4))), "{2, 3}");
  assert.equal(r(binaryOp(BinaryOps.sub, S(1, 2, 3), S(2))), "{1, 3}");
  assert.equal(r(binaryOp(BinaryOps.xor, S(1, 2, 3), S(3, 4))), "{1, 2, 4}");
  assert.equal(r(binaryOp(BinaryOps.or, F(1, 2), S(3))), "frozenset({1, 2, 3})");
  assert.equal(r(binaryOp(BinaryOps.or, S(3), F(1))), "{1, 3}");
  pyErr(
    () => binaryOp(BinaryOps.or, S(1), newList([2])),
    "TypeError",
    "TypeError(\"unsupported operand type(s) for |: 'set' and 'list'\")",
  );
  assert.equal(r(m(S(1, 2), "union", newList([5]), newTuple([6]))), "{1, 2, 5, 6}");
  assert.equal(r(m(S(1, 2, 3), "intersection", newList([2, 3]), newList([3]))), "{3}");
  assert.equal(r(m(S(1, 2, 3), "difference", newList([1]), newList([2]))), "{3}");
  assert.equal(r(m(S(1, 2), "symmetric_difference", newList([2, 3]))), "{1, 3}");
  const a = S(1, 2, 3);
  inplaceOp(BinaryOps.and, a, S(2, 3, 9));
  assert.equal(r(a), "{2, 3}");
  inplaceOp(BinaryOps.or, a, S(7));
  assert.equal(r(a), "{2, 3, 7}");
  inplaceOp(BinaryOps.sub, a, S(2));
  assert.equal(r(a), "{3, 7}");
  inplaceOp(BinaryOps.xor, a, S(3, 8));
  assert.equal(r(a), "{8, 7}");
  const f = F(1);
  const f2 = inplaceOp(BinaryOps.or, f, S(2));
  assert.equal(r(f), "frozenset({1})");
  assert.equal(r(f2), "frozenset({1, 2})");
  const b = newSet(range(0, 20, 1));
  m(b, "difference_update", newList(range(5, 15)));
  assert.equal(r(b), "{0, 1, 2, 3, 4, 15, 16, 17, 18, 19}");
  m(b, "intersection_update", newList(range(0, 18)), newList(range(3, 30)));
  assert.equal(r(b), "{3, 4, 15, 16, 17}");
  const c = S(1, 2);
  m(c, "symmetric_difference_update", newList([2, 5]));
  assert.equal(r(c), "{1, 5}");
  m(c, "update", newList([9]), dictFromPairs([[10, 0]]));
  assert.equal(r(c), "{1, 5, 9, 10}");
  assert.equal(r(call(setType, [dictFromPairs([[1, 2], [3, 4]])])), "{1, 3}");
  assert.equal(r(binaryOp(BinaryOps.sub, newSet(range(0, 16, 1)), newSet(range(2, 16, 1)))), "{0, 1}");
});

Deno.test("set: comparisons", () => {
  assert.equal(richCompare(S(1, 2), S(1, 2, 3), "<"), True);
  assert.equal(richCompare(S(1, 2), S(1, 2), "<="), True);
  assert.equal(r(richCompare(S(1, 2), S(1, 2), "<")), "False");
  assert.equal(richCompare(S(1, 2), S(1), ">"), True);
  assert.equal(richCompare(S(1, 2), S(2, 1), "=="), True);
  assert.equal(richCompare(F(1), S(1), "=="), True);
  assert.equal(r(richCompare(S(1), newList([1]), "==")), "False");
  assert.equal(m(S(1), "issubset", newList([1, 2])), True);
  assert.equal(m(S(1, 2), "issuperset", newList([1])), True);
  assert.equal(m(S(1), "isdisjoint", newList([2])), True);
  assert.equal(r(m(S(1), "isdisjoint", S(1, 5))), "False");
  pyErr(() => richCompare(S(1), newList([1]), "<"), "TypeError");
});

Deno.test("set: repr, hash, construction errors, iteration", () => {
  assert.equal(r(S()), "set()");
  assert.equal(r(F()), "frozenset()");
  assert.equal(r(F(1, 2)), "frozenset({1, 2})");
  assert.equal(hash(F()), 133146708735736);
  assert.equal(hash(F(1, 2, 3)), -272375401224217160n);
  assert.equal(hash(newFrozenSet(range(0, 10, 1))), 3895031357313128696n);
  assert.equal(hash(F(newTuple([1, 2]), newFloat(3.5))), -5268987115888289412n);
  assert.equal(hash(F(-1)), 6776983852052281967n);
  assert.equal(hash(F(2n ** 62n)), 4774279697163166305n);
  assert.equal(hash(F(-(2n ** 63n))), -6362042130293107127n);
  assert.equal(hash(F(newStr("a"))), hash(F(newStr("a"))));
  pyErr(() => hash(S()), "TypeError", "TypeError(\"unhashable type: 'set'\")");
  assert.equal(m(S(F(1)), "__contains__", F(1)), True);
  pyErr(() => call(setType, [1, 2]), "TypeError", "TypeError('set expected at most 1 argument, got 2')");
  pyErr(
    () => call(setType, [], { names: ["a"], values: [1] }),
    "TypeError",
    "TypeError('set() takes no keyword arguments')",
  );
  const fz = F(1);
  assert.equal(call(frozensetType, [fz]), fz);
  const s = S(1, 2);
  const it = iter(s);
  assert.equal(next(it), 1);
  s.add(11);
  pyErr(() => next(it), "RuntimeError", "RuntimeError('Set changed size during iteration')");
  const rec = S();
  assert.equal(r(rec), "set()");
});

Deno.test("set: subclasses", () => {
  const MySet = newClass("MySet", [setType], new Map());
  const ms = call(MySet, [newList([1, 2])]);
  assert.ok(ms instanceof PySet);
  assert.equal(r(ms), "MySet({1, 2})");
  assert.equal(r(call(MySet, [])), "MySet()");
  assert.equal(r(binaryOp(BinaryOps.or, ms, S(3))), "{1, 2, 3}");
  assert.equal(r(m(ms, "copy")), "{1, 2}");
  const MyF = newClass("MyF", [frozensetType], new Map());
  const mf = call(MyF, [newList([1])]);
  assert.equal(r(mf), "MyF({1})");
  assert.equal(r(m(mf, "copy")), "frozenset({1})");
  assert.equal(hash(mf), hash(F(1)));
  assert.equal(str(m(mf, "union")), "frozenset({1})");
});
