// Unit tests: IEEE half-precision packing (round half to even, subnormals, overflow) and BLAKE2 against
// the RFC 7693 "abc" vectors and node:crypto's unkeyed digests.
import assert from "node:assert";
import { createHash } from "node:crypto";
import { packHalf, unpackHalf } from "../../../interpreter/modules/struct.ts";
import { blake2bState, type Blake2Params, blake2sState } from "../../../interpreter/modules/blake2.ts";

Deno.test("half floats", () => {
  assert.strictEqual(packHalf(1.0), 0x3c00);
  assert.strictEqual(packHalf(-2.0), 0xc000);
  assert.strictEqual(packHalf(65504), 0x7bff);
  assert.strictEqual(packHalf(1.00048828125), 0x3c00); // tie rounds to even
  assert.strictEqual(packHalf(1.00146484375), 0x3c02); // tie rounds to even (up)
  assert.strictEqual(packHalf(5.960464477539063e-8), 0x0001); // smallest subnormal
  assert.strictEqual(packHalf(1e-8), 0);
  assert.strictEqual(unpackHalf(0x7c00), Infinity);
  assert.ok(Number.isNaN(unpackHalf(0x7e00)));
  assert.strictEqual(unpackHalf(0x0001), 5.960464477539063e-8);
  for (let h = 0; h < 0x7c00; h += 37) assert.strictEqual(packHalf(unpackHalf(h)), h);
});

function params(digestSize: number): Blake2Params {
  return {
    digestSize,
    key: new Uint8Array(0),
    salt: new Uint8Array(0),
    person: new Uint8Array(0),
    fanout: 1,
    depth: 1,
    leafSize: 0,
    nodeOffset: 0n,
    nodeDepth: 0,
    innerSize: 0,
    lastNode: false,
  };
}
const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");

Deno.test("BLAKE2 matches RFC 7693 and node", () => {
  const abc = new TextEncoder().encode("abc");
  const b = blake2bState(params(64));
  b.update(abc);
  assert.ok(hex(b.digest()).startsWith("ba80a53f981c4d0d6a2797b69f12f6e9"));
  const s = blake2sState(params(32));
  s.update(abc);
  assert.strictEqual(hex(s.digest()), "508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982");
  const big = new Uint8Array(10000).map((_, i) => i * 7);
  for (
    const [state, name] of [[blake2bState(params(64)), "blake2b512"], [
      blake2sState(params(32)),
      "blake2s256",
    ]] as const
  ) {
    state.update(big.subarray(0, 129));
    state.update(big.subarray(129));
    assert.strictEqual(hex(state.digest()), createHash(name).update(big).digest("hex"));
  }
});
