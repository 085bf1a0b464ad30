// The deque's ring buffer against a plain-array model: random pushes/pops at both ends, rotations,
// wrap-around growth and maxlen trimming must keep the same order as the model.
import assert from "node:assert/strict";
import { objectType, type W } from "../../../interpreter/objects/mod.ts";
import "../../../interpreter/objects/singletons.ts";
import { dequeType, PyDeque } from "../../../interpreter/modules/collections/deque.ts";

/** Deterministic pseudo-random numbers (LCG), so failures reproduce. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function model(d: PyDeque): number[] {
  return d.toArray() as number[];
}

Deno.test("deque ring buffer matches an array model under random operations", () => {
  const rand = rng(42);
  const d = new PyDeque(dequeType);
  const m: number[] = [];
  for (let step = 0; step < 20000; step++) {
    const r = rand();
    const v = step;
    if (r < 0.3) {
      d.pushRight(v);
      m.push(v);
    } else if (r < 0.55) {
      d.pushLeft(v);
      m.unshift(v);
    } else if (r < 0.7 && m.length > 0) {
      assert.equal(d.popRight(), m.pop());
    } else if (r < 0.85 && m.length > 0) {
      assert.equal(d.popLeft(), m.shift());
    } else if (m.length > 0) {
      const n = Math.floor(rand() * 2 * m.length) - m.length;
      d.rotate(n);
      const k = ((n % m.length) + m.length) % m.length;
      m.unshift(...m.splice(m.length - k, k));
    }
    assert.equal(d.length, m.length);
  }
  assert.deepEqual(model(d), m);
});

Deno.test("deque rotate on a full buffer and on a partly filled one agree", () => {
  for (const size of [1, 2, 7, 8, 9, 16, 33]) {
    for (const n of [-size - 3, -1, 0, 1, 3, size, size + 2]) {
      const d = new PyDeque(dequeType);
      const m: number[] = [];
      for (let i = 0; i < size; i++) {
        d.pushRight(i);
        m.push(i);
      }
      d.rotate(n);
      const k = ((n % size) + size) % size;
      m.unshift(...m.splice(size - k, k));
      assert.deepEqual(model(d), m, `size ${size} rotate ${n}`);
    }
  }
});

Deno.test("deque maxlen trims from the opposite end", () => {
  const d = new PyDeque(dequeType);
  d.maxlen = 3;
  for (let i = 0; i < 10; i++) d.pushRight(i);
  assert.deepEqual(model(d), [7, 8, 9]);
  d.pushLeft(-1);
  assert.deepEqual(model(d), [-1, 7, 8]);
  d.maxlen = 0;
  d.clear();
  d.pushRight(5);
  assert.deepEqual(model(d), []);
});

Deno.test("deque at/setAt index from the left across the wrap point", () => {
  const d = new PyDeque(dequeType);
  for (let i = 0; i < 6; i++) d.pushLeft(i as W);
  for (let i = 0; i < 6; i++) d.pushRight((10 + i) as W);
  assert.deepEqual(model(d), [5, 4, 3, 2, 1, 0, 10, 11, 12, 13, 14, 15]);
  d.setAt(0, 99);
  d.setAt(11, 77);
  assert.equal(d.at(0), 99);
  assert.equal(d.at(11), 77);
  assert.ok(objectType !== undefined);
});
