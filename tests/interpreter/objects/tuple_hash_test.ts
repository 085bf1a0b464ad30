// tuple hashes: CPython 3.14's xxHash round over 64-bit item hashes (values from 64-bit CPython, where
// they are unchanged since 3.8), computed through the int32 halves dict lookups use.
import assert from "node:assert/strict";
import { hash, newFloat, type W } from "../../../interpreter/objects/mod.ts";
import { False, True } from "../../../interpreter/objects/model.ts";
import { hashHi, hashParts, joinHash, newTuple } from "../../../interpreter/objects/tuple.ts";

const t = (...items: W[]) => newTuple(items);
const CASES: [W, bigint][] = [
  [t(), 5740354900026072187n],
  [t(0), -8753497827991233192n],
  [t(1, 2), -3550055125485641917n],
  [t(-1), 8078679518589016365n],
  [t(-2), 8078679518589016365n],
  [t(2n ** 62n, -(2n ** 63n), 7), 6188746645531893013n],
  [t(t(1, 2), t(3, t(4, 5))), 8418944986667272387n],
  [t(2n ** 100n), -2673695239922186344n],
  [t(newFloat(1.5), newFloat(-0.25)), -4536705538428758030n],
  [t(True, False), -5164621852614943976n],
  [t(10 ** 15, -(10 ** 15)), -247700745531407465n],
  [t(t()), -5486347211504344842n],
];

Deno.test("tuple hash matches 64-bit CPython", () => {
  for (const [tuple, expected] of CASES) {
    assert.equal(BigInt(hash(tuple)), expected);
    // the halves the dict keeps, and their join
    const lo = hashParts(tuple);
    assert.equal(BigInt(joinHash(lo, hashHi)), expected);
    assert.equal(lo, Number(BigInt.asIntN(32, expected)));
    assert.equal(hashHi, Number(BigInt.asIntN(32, expected >> 32n)));
  }
});

Deno.test("hash halves of ints and their join", () => {
  for (const v of [0, 1, -1, -2, 2 ** 31, -(2 ** 31) - 1, 2 ** 52, -(2 ** 53) + 1, 123456789012]) {
    const lo = hashParts(v);
    const expected = v === -1 ? -2 : v;
    assert.equal(joinHash(lo, hashHi), expected);
  }
  // a join at -2**53 is no longer a safe integer: it must come back as a bigint
  assert.equal(joinHash(0, -0x200000), -(2n ** 53n));
  assert.equal(joinHash(-1, 0x1fffff), 2 ** 53 - 1);
});
