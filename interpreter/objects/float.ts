// float: a boxed JS double. repr is CPython's float_repr: shortest round-trip digits, fixed notation for
// decimal exponents in [-4, 16), scientific otherwise, always marking integral values with ".0".
import { defineMethods, floatType, NotImplemented, PyObject, type W } from "./model.ts";
import { raiseOverflowError, raiseValueError, raiseZeroDivisionError } from "../vm/errors.ts";
import { asInt, HASH_MODULUS, intPowHooks, type IntValue, normBig } from "./int.ts";
import { newStr } from "./str.ts";

export class PyFloat extends PyObject {
  readonly value: number;
  constructor(value: number) {
    super(floatType);
    this.value = value;
  }
}
export function newFloat(v: number): PyFloat {
  return new PyFloat(v);
}

/** Float value of a float, int or bool operand (ints converted with CPython's OverflowError). */
export function asFloat(w: W): number | undefined {
  if (w instanceof PyFloat) return w.value;
  const i = asInt(w);
  if (i === undefined) return undefined;
  if (typeof i === "number") return i;
  const f = Number(i);
  if (!Number.isFinite(f)) raiseOverflowError("int too large to convert to float");
  return f;
}

export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const e = x.toExponential(); // shortest round-trip digits, e.g. "-1.2345e-7"
  const neg = e[0] === "-";
  const body = neg ? e.slice(1) : e;
  const ePos = body.indexOf("e");
  const digits = body.slice(0, ePos).replace(".", "");
  const exp = Number(body.slice(ePos + 1));
  let out: string;
  if (exp >= -4 && exp < 16) {
    if (exp < 0) out = "0." + "0".repeat(-exp - 1) + digits;
    else if (digits.length <= exp + 1) out = digits + "0".repeat(exp + 1 - digits.length) + ".0";
    else out = digits.slice(0, exp + 1) + "." + digits.slice(exp + 1);
  } else {
    const mant = digits.length === 1 ? digits : digits[0] + "." + digits.slice(1);
    const es = Math.abs(exp) < 10 ? "0" + Math.abs(exp) : String(Math.abs(exp));
    out = mant + "e" + (exp < 0 ? "-" : "+") + es;
  }
  return neg ? "-" + out : out;
}

/** Python's float floor division and modulo (CPython's float_divmod). */
export function floatDivmod(a: number, b: number): [number, number] {
  if (b === 0) raiseZeroDivisionError("division by zero");
  let mod = a % b;
  let div = (a - mod) / b;
  if (mod) {
    if ((b < 0) !== (mod < 0)) {
      mod += b;
      div -= 1;
    }
  } else {
    mod = b < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    floordiv = (a / b) < 0 ? -0 : 0;
  }
  return [floordiv, mod];
}

export function floatPow(a: number, b: number): number {
  if (a === 0 && b < 0) raiseZeroDivisionError("zero to a negative power");
  if (a < 0 && !Number.isInteger(b) && Number.isFinite(b)) {
    raiseValueError("negative number cannot be raised to a fractional power"); // complex in CPython
  }
  if (a === 1 || b === 0) return 1; // IEEE pow(1, nan) == 1 as in C99
  const r = a ** b;
  if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) {
    raiseOverflowError("(34, 'Numerical result out of range')");
  }
  return r;
}
intPowHooks.newFloat = newFloat;
intPowHooks.negativePow = (a: IntValue, b: IntValue) => newFloat(floatPow(Number(a), Number(b)));

/** float.hex(): "0x1.<13 hex digits>p<exp>", CPython's exact format. */
export function floatHex(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  if (x === 0) return sign + "0x0.0p+0";
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, Math.abs(x));
  const hi = buf.getUint32(0), lo = buf.getUint32(4);
  const rawExp = (hi >>> 20) & 0x7ff;
  const mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let lead = 1, exp = rawExp - 1023;
  if (rawExp === 0) {
    lead = 0;
    exp = -1022;
  }
  const frac = mant.toString(16).padStart(13, "0");
  return `${sign}0x${lead}.${frac}p${exp >= 0 ? "+" : ""}${exp}`;
}

/** float.fromhex(s). */
export function floatFromHex(text: string): number {
  const s = text.trim().toLowerCase();
  const m = /^([+-])?(?:(inf|infinity)|(nan)|(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?)$/.exec(s);
  if (m === null || (m[2] === undefined && m[3] === undefined && !m[4] && !m[5])) {
    raiseValueError("invalid hexadecimal floating-point string");
  }
  const neg = m[1] === "-";
  if (m[2] !== undefined) return neg ? -Infinity : Infinity;
  if (m[3] !== undefined) return NaN;
  const intPart = m[4] ?? "", fracPart = m[5] ?? "";
  const mantissa = BigInt("0x0" + intPart + fracPart);
  const exp = Number(m[6] ?? "0") - 4 * fracPart.length;
  const v = bigTimesPow2(mantissa, exp);
  if (!Number.isFinite(v)) raiseOverflowError("hexadecimal value too large to represent as a float");
  return neg ? -v : v;
}
/** Correctly rounded m * 2**e (round-half-even), including subnormals. */
function bigTimesPow2(m: bigint, e: number): number {
  if (m === 0n) return 0;
  const bits = m.toString(2).length;
  // Keep 53 significant bits (fewer for subnormals), rounding half to even.
  let topExp = bits + e; // value in [2**(topExp-1), 2**topExp)
  let keep = 53;
  if (topExp - 53 < -1074) keep = Math.max(0, topExp + 1074);
  let shift = bits - keep;
  let q = m;
  if (shift > 0) {
    const sh = BigInt(shift);
    q = m >> sh;
    const rem = m - (q << sh);
    const half = 1n << (sh - 1n);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  } else {
    shift = 0;
  }
  topExp = e + shift;
  if (topExp > 1024) return Infinity;
  return Number(q) * 2 ** topExp;
}

export function asIntegerRatio(x: number): [IntValue, IntValue] {
  if (Number.isNaN(x)) raiseValueError("cannot convert NaN to integer ratio");
  if (!Number.isFinite(x)) raiseOverflowError("cannot convert Infinity to integer ratio");
  if (Number.isInteger(x)) return [normBig(BigInt(x)), 1];
  let num = x, den = 1n;
  while (!Number.isInteger(num)) {
    num *= 2;
    den *= 2n;
  }
  return [normBig(BigInt(num)), normBig(den)];
}

/** CPython's float hash (_Py_HashDouble): exact rational hash modulo 2**61-1; nan hashes by identity (0 here). */
export function floatHash(x: number): IntValue {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 0 : x > 0 ? 314159 : -314159;
  if (Number.isInteger(x) && Math.abs(x) < 2 ** 52) return x === -1 ? -2 : x;
  const [n, d] = asIntegerRatio(x);
  const bn = BigInt(n), bd = BigInt(d);
  const neg = bn < 0n;
  let num = (neg ? -bn : bn) % HASH_MODULUS;
  // d is a power of two: multiply by its inverse modulo the Mersenne prime.
  const k = BigInt(bd.toString(2).length - 1);
  const inv = (1n << ((61n - (k % 61n)) % 61n)) % HASH_MODULUS;
  num = (num * inv) % HASH_MODULUS;
  let h = neg ? -num : num;
  if (h === -1n) h = -2n;
  return normBig(h);
}

/** round(x, ndigits) correctly rounded (round-half-even on the exact decimal value). */
export function floatRound(x: number, ndigits: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (ndigits > 325) return x;
  if (ndigits < -308) return 0 * x;
  // toFixed is exact decimal conversion for ndigits in [0, 100]; decide the tie from the exact value.
  const [n, d] = asIntegerRatio(x);
  const bn = BigInt(n), bd = BigInt(d);
  let num: bigint, den: bigint;
  if (ndigits >= 0) {
    num = bn * 10n ** BigInt(ndigits);
    den = bd;
  } else {
    num = bn;
    den = bd * 10n ** BigInt(-ndigits);
  }
  let q = num / den;
  let r = num - q * den;
  if (r < 0n) {
    q -= 1n;
    r += den;
  }
  if (2n * r > den || (2n * r === den && (q & 1n) === 1n)) q += 1n;
  const text = ndigits >= 0 ? `${q}e-${ndigits}` : `${q}e${-ndigits}`;
  const result = Number(text);
  if (!Number.isFinite(result)) raiseOverflowError("rounded value too large to represent");
  return result === 0 ? (x < 0 ? -0 : 0) : result;
}

function self(a: W[]): number {
  return (a[0] as PyFloat).value;
}
function binary(name: string, fn: (a: number, b: number) => W, reflected = false) {
  return {
    name,
    arity: [1, 1] as [number, number],
    impl: (args: W[]): W => {
      const b = asFloat(args[1]);
      if (b === undefined) return NotImplemented;
      return reflected ? fn(b, self(args)) : fn(self(args), b);
    },
  };
}
const f = newFloat;
const boolHolder: { of: (b: boolean) => W } = { of: (b) => (b ? 1 : 0) };
export function installFloatBool(of: (b: boolean) => W): void {
  boolHolder.of = of;
}
function div(a: number, b: number): W {
  if (b === 0) raiseZeroDivisionError("division by zero");
  return f(a / b);
}
function floordiv(a: number, b: number): W {
  if (b === 0) raiseZeroDivisionError("division by zero");
  return f(floatDivmod(a, b)[0]);
}
function mod(a: number, b: number): W {
  if (b === 0) raiseZeroDivisionError("division by zero");
  return f(floatDivmod(a, b)[1]);
}

defineMethods(floatType, [
  binary("__add__", (a, b) => f(a + b)),
  binary("__radd__", (a, b) => f(a + b), true),
  binary("__sub__", (a, b) => f(a - b)),
  binary("__rsub__", (a, b) => f(a - b), true),
  binary("__mul__", (a, b) => f(a * b)),
  binary("__rmul__", (a, b) => f(a * b), true),
  binary("__truediv__", div),
  binary("__rtruediv__", div, true),
  binary("__floordiv__", floordiv),
  binary("__rfloordiv__", floordiv, true),
  binary("__mod__", mod),
  binary("__rmod__", mod, true),
  binary("__pow__", (a, b) => f(floatPow(a, b))),
  binary("__rpow__", (a, b) => f(floatPow(a, b)), true),
  binary("__eq__", (a, b) => boolHolder.of(a === b)),
  binary("__ne__", (a, b) => boolHolder.of(a !== b)),
  binary("__lt__", (a, b) => boolHolder.of(a < b)),
  binary("__le__", (a, b) => boolHolder.of(a <= b)),
  binary("__gt__", (a, b) => boolHolder.of(a > b)),
  binary("__ge__", (a, b) => boolHolder.of(a >= b)),
  { name: "__neg__", arity: [0, 0], impl: (a) => f(-self(a)) },
  { name: "__pos__", arity: [0, 0], impl: (a) => a[0] },
  { name: "__abs__", arity: [0, 0], impl: (a) => f(Math.abs(self(a))) },
  { name: "__bool__", arity: [0, 0], impl: (a) => boolHolder.of(self(a) !== 0) },
  { name: "__hash__", arity: [0, 0], impl: (a) => floatHash(self(a)) },
  { name: "__repr__", arity: [0, 0], impl: (a) => newStr(floatRepr(self(a))) },
  { name: "hex", arity: [0, 0], impl: (a) => newStr(floatHex(self(a))) },
  { name: "is_integer", arity: [0, 0], impl: (a) => boolHolder.of(Number.isInteger(self(a))) },
  {
    name: "as_integer_ratio",
    arity: [0, 0],
    impl: (a) => {
      const [n, d] = asIntegerRatio(self(a));
      return tupleHooks.make([n, d]);
    },
  },
  {
    name: "fromhex",
    arity: [1, 1],
    kind: "class",
    impl: (a) => f(floatFromHex((a[1] as unknown as { value: string }).value)),
  },
]);

/** tuple construction hook; installed once tuple.ts exists. */
export const tupleHooks = { make: (items: W[]): W => ({ cls: floatType, items } as unknown as W) };
