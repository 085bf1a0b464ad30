// Instance attribute storage (model.ts): plain instances keep up to three values in the object itself
// (a0, a1, and `values` holding the third), an array from the fourth on; other layouts keep an array.
// These tests move instances across those boundaries and check every value, the map order that
// `vars()`/`__dict__` show, and the bytecode caches (LOAD_ATTR/STORE_ATTR) on each storage kind.
import assert from "node:assert/strict";
import {
  AttrMap,
  call,
  delAttr,
  getAttr,
  newClass,
  newStr,
  PyInstance,
  PyPlainInstance,
  PyStr,
  repr,
  setAttr,
  type W,
} from "../../../interpreter/objects/mod.ts";
import { PyDict } from "../../../interpreter/objects/dict.ts";
import { boot, runMainSource } from "../../../interpreter/runtime.ts";

/** Key order and values as `vars()` would show them. */
function attrs(o: PyInstance): [string, W][] {
  return o.map.keys.map((k, i) => [k, o.valueAt(i)]);
}

/** A model of the attributes next to the instance: every step compares the two. */
function check(o: PyInstance, model: Map<string, W>): void {
  assert.deepEqual(attrs(o), [...model.entries()]);
  for (const [k, v] of model) assert.equal(o.getAttr(k), v, k);
  assert.equal(o.getAttr("missing"), undefined);
}

Deno.test("plain instances: values in fields up to three attributes, then an array", () => {
  const C = newClass("C", [], new Map());
  const o = call(C, []) as PyInstance;
  assert.ok(o instanceof PyPlainInstance);
  assert.equal(o.map, AttrMap.emptyInline);
  const model = new Map<string, W>();
  for (let i = 0; i < 7; i++) {
    setAttr(o, `k${i}`, i * 10);
    model.set(`k${i}`, i * 10);
    check(o, model);
    // overwriting keeps the order and the storage
    setAttr(o, `k${i}`, newStr(`v${i}`));
    model.set(`k${i}`, o.getAttr(`k${i}`)!);
    assert.ok(model.get(`k${i}`) instanceof PyStr);
    check(o, model);
  }
  // the storage codes the caches use: two fields, then the array from the third value on
  assert.deepEqual(o.map.keys.map((_, i) => o.map.storageOf(i)), [-2, -3, 0, 1, 2, 3, 4]);
  const three = call(C, []) as PyInstance;
  for (const k of ["a", "b", "c"]) setAttr(three, k, 1);
  assert.deepEqual(three.map.keys.map((_, i) => three.map.storageOf(i)), [-2, -3, -4]);
  assert.equal(three.values as unknown, 1, "the third value sits in `values` itself");
});

Deno.test("deleting and re-adding attributes across the in-object count", () => {
  const C = newClass("D", [], new Map());
  const o = call(C, []) as PyInstance;
  const model = new Map<string, W>();
  const set = (k: string, v: W) => {
    setAttr(o, k, v);
    model.delete(k); // (a re-added key goes to the end, as in a dict)
    model.set(k, v);
    check(o, model);
  };
  const del = (k: string) => {
    delAttr(o, k);
    model.delete(k);
    check(o, model);
  };
  for (let i = 0; i < 5; i++) set(`x${i}`, i);
  del("x0"); // 5 -> 4: every value shifts one place
  del("x3"); // 4 -> 3: the array goes, the third value moves into `values`
  del("x1"); // 3 -> 2
  set("x0", 100); // 2 -> 3
  set("x1", 101); // 3 -> 4 again
  set("x3", 103);
  del("x4");
  del("x2");
  del("x0");
  del("x1");
  del("x3");
  assert.equal(o.map, AttrMap.emptyInline);
  set("again", 1);
  // a deleted attribute is gone; deleting it twice is an AttributeError
  assert.throws(() => delAttr(o, "x0"));
  // instances with the same key order share the map
  const p = call(C, []) as PyInstance;
  setAttr(p, "again", 2);
  assert.equal(p.map, o.map);
});

Deno.test("__dict__ taken after values were stored in the object", () => {
  const C = newClass("E", [], new Map());
  for (const n of [0, 1, 2, 3, 4, 6]) {
    const o = call(C, []) as PyInstance;
    for (let i = 0; i < n; i++) setAttr(o, `a${i}`, i);
    const d = getAttr(o, "__dict__") as PyDict;
    assert.ok(d instanceof PyDict);
    const want = Array.from({ length: n }, (_, i) => `'a${i}': ${i}`).join(", ");
    assert.equal(repr(d), `{${want}}`);
    assert.equal(o.dictObject, d);
    assert.equal(o.map.keys.length, 0, "the map storage is dropped once the dict holds the values");
    // attribute writes and reads now go through the dict, in both directions
    setAttr(o, "late", 7);
    assert.equal(repr(d).endsWith("'late': 7}"), true);
    d.setStr("direct", 8);
    assert.equal(getAttr(o, "direct"), 8);
    delAttr(o, "late");
    assert.equal(o.getAttr("late"), undefined);
  }
});

Deno.test("array storage of builtin layouts (str subclasses) is unchanged", () => {
  const S = newClass("S", [(newStr("x") as PyStr).cls], new Map());
  const s = call(S, [newStr("abc")]) as PyInstance;
  assert.ok(!(s instanceof PyPlainInstance));
  const model = new Map<string, W>();
  for (let i = 0; i < 5; i++) {
    setAttr(s, `k${i}`, i);
    model.set(`k${i}`, i);
    check(s, model);
  }
  assert.deepEqual(s.map.keys.map((_, i) => s.map.storageOf(i)), [0, 1, 2, 3, 4]);
  delAttr(s, "k1");
  model.delete("k1");
  check(s, model);
});

Deno.test("Python view: vars() order, caches on every storage kind, __slots__ next to a __dict__", () => {
  const rt = boot({ argv: ["<test>"], path0: "" });
  runMainSource(
    rt,
    `
class P:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "f%d" % i, i)
    def bump(self):
        self.f0 += 10
        return self.f0

def grow(o):
    o.x = 1
    o.y = 2
    o.z = 3
    o.w = 4
    return (o.x, o.y, o.z, o.w)

out = []
# the same code runs on instances whose attributes live in fields, in the third-value field, in an array
for n in (1, 2, 3, 4, 7, 3, 1):
    p = P(n)
    out.append((n, p.bump(), p.bump(), list(vars(p))))
    out.append(grow(p))
    del p.f0
    p.f0 = -1
    out.append(list(vars(p).items()))

class Slotted:
    __slots__ = ("s1", "__dict__")
s = Slotted()
s.s1 = "slot"
s.a = 1; s.b = 2; s.c = 3; s.d = 4
del s.b
out.append((s.s1, vars(s)))
s.__dict__ = {"fresh": 1}
out.append((s.s1, s.fresh, vars(s), hasattr(s, "a")))

class Sub(P):
    __slots__ = ("extra",)
q = Sub(4)
q.extra = "e"
out.append((q.extra, q.bump(), list(vars(q))))

import copy, pickle
r = P(5)
out.append(vars(copy.copy(r)) == vars(r))
out.append(vars(pickle.loads(pickle.dumps(r))))
result = repr(out)
`,
    "<test>",
  );
  const result = (rt.main.dict.getStr("result") as PyStr).value;
  const expected = [
    "[(1, 10, 20, ['f0']), (1, 2, 3, 4), [('x', 1), ('y', 2), ('z', 3), ('w', 4), ('f0', -1)], ",
    "(2, 10, 20, ['f0', 'f1']), (1, 2, 3, 4), [('f1', 1), ('x', 1), ('y', 2), ('z', 3), ('w', 4), ('f0', -1)], ",
    "(3, 10, 20, ['f0', 'f1', 'f2']), (1, 2, 3, 4), ",
    "[('f1', 1), ('f2', 2), ('x', 1), ('y', 2), ('z', 3), ('w', 4), ('f0', -1)], ",
    "(4, 10, 20, ['f0', 'f1', 'f2', 'f3']), (1, 2, 3, 4), ",
    "[('f1', 1), ('f2', 2), ('f3', 3), ('x', 1), ('y', 2), ('z', 3), ('w', 4), ('f0', -1)], ",
    "(7, 10, 20, ['f0', 'f1', 'f2', 'f3', 'f4', 'f5', 'f6']), (1, 2, 3, 4), ",
    "[('f1', 1), ('f2', 2), ('f3', 3), ('f4', 4), ('f5', 5), ('f6', 6), ('x', 1), ('y', 2), ('z', 3), ",
    "('w', 4), ('f0', -1)], ",
    "(3, 10, 20, ['f0', 'f1', 'f2']), (1, 2, 3, 4), ",
    "[('f1', 1), ('f2', 2), ('x', 1), ('y', 2), ('z', 3), ('w', 4), ('f0', -1)], ",
    "(1, 10, 20, ['f0']), (1, 2, 3, 4), [('x', 1), ('y', 2), ('z', 3), ('w', 4), ('f0', -1)], ",
    "('slot', {'a': 1, 'c': 3, 'd': 4}), ('slot', 1, {'fresh': 1}, False), ",
    "('e', 10, ['f0', 'f1', 'f2', 'f3']), True, {'f0': 0, 'f1': 1, 'f2': 2, 'f3': 3, 'f4': 4}]",
  ].join("");
  assert.equal(result, expected);
});
