// Unit tests of the floating-point helpers behind the math module (exact fma, rounding of big
// mantissas, frexp/ldexp on subnormals, nextafter, the musl libm ports at known values).
import assert from "node:assert";
import {
  cbrt,
  cos,
  erf,
  fma,
  frexp,
  ldexp,
  nextafter,
  roundToDouble,
  sin,
  tan,
  tgamma,
  twoProduct,
} from "../../../interpreter/modules/math_special.ts";

Deno.test("fma rounds once", () => {
  // 0.1 * 10 - 1 is 2**-54 exactly; the naive expression gives 0
  assert.strictEqual(fma(0.1, 10, -1), 5.551115123125783e-17);
  assert.strictEqual(0.1 * 10 - 1, 0);
  assert.strictEqual(fma(2, 3, 4), 10);
  assert.strictEqual(fma(1e308, 10, -Infinity), -Infinity);
  assert.ok(Number.isNaN(fma(Infinity, 0, 1)));
  assert.ok(Object.is(fma(-0, 1, 0), 0));
});

Deno.test("roundToDouble: half-even, subnormals, overflow", () => {
  assert.strictEqual(roundToDouble((1n << 53n) + 1n, 0), 2 ** 53); // tie to even
  assert.strictEqual(roundToDouble((1n << 53n) + 3n, 0), 2 ** 53 + 4);
  assert.strictEqual(roundToDouble(1n, -1074), 5e-324);
  assert.strictEqual(roundToDouble(1n, -1075), 0); // exactly half the smallest subnormal: even
  assert.strictEqual(roundToDouble(3n, -1076), 5e-324);
  assert.strictEqual(roundToDouble(1n, 1024), Infinity);
  assert.strictEqual(roundToDouble(-5n, 2), -20);
});

Deno.test("frexp/ldexp", () => {
  assert.deepStrictEqual(frexp(5e-324), [0.5, -1073]);
  assert.deepStrictEqual(frexp(-3), [-0.75, 2]);
  assert.strictEqual(ldexp(0.75, -1074), 5e-324);
  assert.strictEqual(ldexp(1, 1024), Infinity);
  assert.strictEqual(ldexp(1.5, 10), 1536);
});

Deno.test("nextafter and twoProduct", () => {
  assert.strictEqual(nextafter(1, 2), 1.0000000000000002);
  assert.strictEqual(nextafter(0, -1), -5e-324);
  const [p, e] = twoProduct(0.1, 0.1);
  assert.strictEqual(p, 0.010000000000000002);
  assert.strictEqual(e, fma(0.1, 0.1, -p));
});

Deno.test("musl ports at known values", () => {
  assert.strictEqual(sin(-2.5), -0.5984721441039564);
  assert.strictEqual(cos(-2.3), -0.666276021279824);
  assert.strictEqual(tan(0.68), 0.8086613751425653);
  assert.strictEqual(sin(1e22), -0.8522008497671888);
  assert.strictEqual(cbrt(30), 3.1072325059538586);
  assert.strictEqual(erf(0.5), 0.5204998778130465);
  assert.strictEqual(tgamma(0.5), 1.7724538509055159);
});
