// Unit tests for the _decimal arithmetic core (interpreter/modules/decimal/number.ts).
import { strictEqual } from "node:assert";
import * as N from "../../../interpreter/modules/decimal/number.ts";

function ctx(prec: number, rounding = N.ROUND_HALF_EVEN): N.Ctx {
  return { prec, rounding, emin: -999999, emax: 999999, capitals: 1, clamp: 0 };
}
function d(s: string): N.Dec {
  const r = N.parse(s);
  if (r === undefined) throw new Error(`bad literal ${s}`);
  return r;
}
const sci = (x: N.Dec) => N.toSci(x, 1);

Deno.test("decimal: parse and to-sci-string round trip", () => {
  for (const s of ["0", "-0", "1.23E+5", "0.000001", "1E-7", "Infinity", "-NaN12", "sNaN", "1.500"]) {
    strictEqual(sci(d(s)), s);
  }
  strictEqual(sci(d("1_000")), "1000");
  strictEqual(N.parse("1e"), undefined);
  strictEqual(N.toSci(d("1.23E+7"), 1, true), "12.3E+6");
});

Deno.test("decimal: dropDigits follows each rounding mode", () => {
  const modes = [
    N.ROUND_UP,
    N.ROUND_DOWN,
    N.ROUND_CEILING,
    N.ROUND_FLOOR,
    N.ROUND_HALF_UP,
    N.ROUND_HALF_DOWN,
    N.ROUND_HALF_EVEN,
    N.ROUND_05UP,
  ];
  const pos = modes.map((m) => N.dropDigits(25n, 1, 0, m)[0]);
  strictEqual(pos.join(","), "3,2,3,2,3,2,2,2");
  const neg = modes.map((m) => N.dropDigits(25n, 1, 1, m)[0]);
  strictEqual(neg.join(","), "3,2,2,3,3,2,2,2");
  strictEqual(N.dropDigits(12345n, 10, 0, N.ROUND_UP)[0], 1n);
  strictEqual(N.dropDigits(12345n, 10, 0, N.ROUND_HALF_UP)[0], 0n);
});

Deno.test("decimal: division, sqrt and transcendental results are correctly rounded", () => {
  const st = { bits: 0 };
  strictEqual(sci(N.div(d("1"), d("3"), ctx(28), st)), "0.3333333333333333333333333333");
  strictEqual(sci(N.div(d("1"), d("4"), ctx(28), st)), "0.25");
  strictEqual(sci(N.sqrt(d("2"), ctx(28), st)), "1.414213562373095048801688724");
  strictEqual(sci(N.sqrt(d("1.44"), ctx(28), st)), "1.2");
  strictEqual(sci(N.exp(d("1"), ctx(28), st)), "2.718281828459045235360287471");
  strictEqual(sci(N.ln(d("10"), ctx(28), st)), "2.302585092994045684017991455");
  strictEqual(sci(N.log10(d("1000"), ctx(28), st)), "3");
  strictEqual(sci(N.power(d("2"), d("0.5"), ctx(28), st)), "1.414213562373095048801688724");
  strictEqual(sci(N.power(d("1.10"), d("2"), ctx(28), st)), "1.2100");
});

Deno.test("decimal: fix signals overflow, underflow and clamping", () => {
  const c: N.Ctx = { prec: 3, rounding: N.ROUND_HALF_EVEN, emin: -5, emax: 5, capitals: 1, clamp: 1 };
  let st = { bits: 0 };
  strictEqual(sci(N.fix(d("1e6"), c, st)), "Infinity");
  strictEqual(st.bits & N.S_OVERFLOW, N.S_OVERFLOW);
  st = { bits: 0 };
  strictEqual(sci(N.fix(d("1.234e-6"), c, st)), "0.0000012");
  strictEqual(st.bits & (N.S_UNDERFLOW | N.S_SUBNORMAL), N.S_UNDERFLOW | N.S_SUBNORMAL);
  st = { bits: 0 };
  strictEqual(sci(N.fix(d("1e5"), c, st)), "1.00E+5");
  strictEqual(st.bits, N.S_CLAMPED);
});
