// float: a boxed JS double. repr is CPython's float_repr: shortest round-trip digits, fixed notation for
// decimal exponents in [-4, 16), scientific otherwise, always marking integral values with ".0".
import {
  call,
  callMethod,
  defineGetSets,
  defineMethods,
  floatType,
  None,
  NotImplemented,
  PyInstance,
  PyObject,
  PyType,
  typeOf,
  type W,
} from "./model.ts";
import {
  exceptionType,
  newError,
  raiseOverflowError,
  raiseTypeError,
  raiseValueError,
  raiseZeroDivisionError,
} from "../vm/errors.ts";
import {
  asInt,
  checkNewType,
  floatIntSlot,
  HASH_MODULUS,
  indexOf,
  intFromFloat,
  intHooks,
  intPowHooks,
  type IntValue,
  normalizeNumberText,
  normBig,
  notCNumberText,
} from "./int.ts";
import { newStr, PyStr, strRepr } from "./str.ts";
import { objectId } from "./object.ts";

export class PyFloat extends PyObject {
  declare readonly value: number;
  constructor(value: number) {
    super();
    this.cls = floatType;
    this.value = value;
  }
}
export function newFloat(v: number): PyFloat {
  return new PyFloat(v);
}

/** An instance of a Python subclass of float: boxed value plus instance attributes. */
export class PyFloatSub extends PyInstance {
  declare value: number;
  constructor(cls: PyType, value: number) {
    super(cls);
    this.value = value;
  }
}
floatType.factory = (cls) => new PyFloatSub(cls, 0);

/** The double of a float or float-subclass instance, undefined otherwise. */
export function floatOf(w: W): number | undefined {
  if (w instanceof PyFloat || w instanceof PyFloatSub) return w.value;
  return undefined;
}

/** Float value of a float, int or bool operand (ints converted with CPython's OverflowError). */
export function asFloat(w: W): number | undefined {
  if (w instanceof PyFloat || w instanceof PyFloatSub) return w.value;
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
  // Python's fixed-notation range (decimal exponent -4..15) lies inside JS's, and both print the
  // shortest round-tripping digits: only an integral value needs its ".0".
  const ax = x < 0 ? -x : x;
  if (ax >= 1e-4 && ax < 1e16) {
    const s = String(x);
    return Number.isInteger(x) ? s + ".0" : s;
  }
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

/** Python's float floor division and modulo (CPython's float_divmod; C truthiness: nan is "true"). */
export function floatDivmod(a: number, b: number): [number, number] {
  if (b === 0) raiseZeroDivisionError("division by zero");
  let mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0) {
    if ((b < 0) !== (mod < 0)) {
      mod += b;
      div -= 1;
    }
  } else {
    mod = copysign(0, b);
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    floordiv = copysign(0, a / b);
  }
  return [floordiv, mod];
}
function copysign(x: number, s: number): number {
  return s < 0 || Object.is(s, -0) ? -Math.abs(x) : Math.abs(x);
}

/** Exact comparison of a double with an int (CPython's float_richcompare): -1, 0, 1, or NaN for nan. */
export function compareFloatInt(x: number, i: IntValue): number {
  if (Number.isNaN(x)) return NaN;
  if (typeof i === "number") return x < i ? -1 : x > i ? 1 : 0;
  if (!Number.isFinite(x)) return x > 0 ? 1 : -1;
  const fl = Math.floor(x);
  const bf = BigInt(fl);
  if (bf < i) return -1;
  if (bf > i) return 1;
  return x === fl ? 0 : 1;
}

export function floatPow(a: number, b: number): number {
  if (a === 0 && b < 0 && Number.isFinite(b)) raiseZeroDivisionError("zero to a negative power");
  if (a < 0 && a !== -Infinity && !Number.isInteger(b) && Number.isFinite(b)) {
    raiseValueError("negative number cannot be raised to a fractional power"); // callers go to complex
  }
  if (a === -1 && (b === Infinity || b === -Infinity)) return 1; // C99: pow(-1, ±inf) == 1
  if (a === 1 || b === 0) return 1; // IEEE pow(1, nan) == 1 as in C99
  const r = a ** b;
  if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) {
    throw newError(exceptionType("OverflowError"), [34, newStr("Numerical result out of range")]);
  }
  return r;
}
intPowHooks.newFloat = newFloat;
intPowHooks.negativePow = (a: IntValue, b: IntValue) => newFloat(floatPow(toDouble(a), toDouble(b)));
function toDouble(v: IntValue): number {
  const x = Number(v);
  if (!Number.isFinite(x)) raiseOverflowError("int too large to convert to float");
  return x;
}
/** float ** float that becomes complex for a negative base and fractional exponent (installed by complex.ts). */
export const floatPowHooks = {
  complexPow: (_a: number, _b: number): W => {
    raiseValueError("negative number cannot be raised to a fractional power");
  },
};
function powW(a: number, b: number): W {
  // float_pow: a finite negative base to a fractional power is complex; -inf's powers are not
  if (a < 0 && a !== -Infinity && !Number.isInteger(b) && Number.isFinite(b)) {
    return floatPowHooks.complexPow(a, b);
  }
  return newFloat(floatPow(a, b));
}

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

/**
 * CPython's float hash (_Py_HashDouble): exact rational hash modulo 2**61-1; a nan hashes by the identity of
 * the object `inst` holding it (object.__hash__), so distinct nans mostly land in distinct dict slots.
 */
export function floatHash(x: number, inst?: W): IntValue {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) return inst === undefined ? 0 : objectId(inst) >> 4;
    return x > 0 ? 314159 : -314159;
  }
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
  const w = a[0];
  if (w instanceof PyFloat || w instanceof PyFloatSub) return w.value;
  raiseTypeError(`descriptor requires a 'float' object but received a '${typeOf(w).name}'`);
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
/** Rich comparison against floats and (exactly) ints; nan compares false except for !=. */
function compare(name: string, test: (c: number) => boolean) {
  return {
    name,
    arity: [1, 1] as [number, number],
    impl: (args: W[]): W => {
      const x = self(args);
      const o = args[1];
      const y = floatOf(o);
      let c: number;
      if (y !== undefined) c = x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
      else {
        const i = asInt(o);
        if (i === undefined) return NotImplemented;
        c = compareFloatInt(x, i);
      }
      if (Number.isNaN(c)) return boolHolder.of(name === "__ne__");
      return boolHolder.of(test(c));
    },
  };
}
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
  { name: "__pow__", arity: [1, 2], impl: (a) => powMethod(a, false) },
  { name: "__rpow__", arity: [1, 2], impl: (a) => powMethod(a, true) },
  compare("__eq__", (c) => c === 0),
  compare("__ne__", (c) => c !== 0),
  compare("__lt__", (c) => c < 0),
  compare("__le__", (c) => c <= 0),
  compare("__gt__", (c) => c > 0),
  compare("__ge__", (c) => c >= 0),
  { name: "__neg__", arity: [0, 0], impl: (a) => f(-self(a)) },
  { name: "__pos__", arity: [0, 0], impl: (a) => (a[0] instanceof PyFloat ? a[0] : f(self(a))) },
  { name: "__abs__", arity: [0, 0], impl: (a) => f(Math.abs(self(a))) },
  { name: "__bool__", arity: [0, 0], impl: (a) => boolHolder.of(self(a) !== 0) },
  { name: "__hash__", arity: [0, 0], impl: (a) => floatHash(self(a), a[0]) },
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
    impl: (a) => {
      if (!(a[1] instanceof PyStr)) {
        raiseTypeError(`float.fromhex() argument must be str, not ${typeOf(a[1]).name}`);
      }
      const v = f(floatFromHex(a[1].value));
      return a[0] === floatType ? v : call(a[0], [v]);
    },
  },
]);

// ---------------------------------------------------------------- construction and the rest

const FLOAT_TEXT =
  /^[+-]?(?:(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?|inf|infinity|nan)$/i;

/** float(str): Python whitespace stripped, underscores only between digits, inf/infinity/nan. */
export function parseFloatStr(text: string): number {
  const s = normalizeNumberText(text);
  if (!FLOAT_TEXT.test(s)) raiseValueError(`could not convert string to float: ${strRepr(text)}`);
  return parsedFloat(s);
}
/** float(bytes-like): as parseFloatStr, ASCII only, and the error shows the argument's repr (b'...'). */
function parseFloatBytes(text: string, arg: W): number {
  const s = notCNumberText(text) ? "" : normalizeNumberText(text);
  if (!FLOAT_TEXT.test(s)) {
    const r = callMethod(arg, "__repr__", []);
    raiseValueError(`could not convert string to float: ${r instanceof PyStr ? r.value : ""}`);
  }
  return parsedFloat(s);
}
function parsedFloat(s: string): number {
  const t = s.replaceAll("_", "").toLowerCase();
  const neg = t[0] === "-";
  const body = t[0] === "-" || t[0] === "+" ? t.slice(1) : t;
  const v = body === "nan" ? NaN : body.startsWith("inf") ? Infinity : Number(body);
  return neg ? -v : v;
}

/** float(x) (PyNumber_Float): floats, __float__, __index__, ints, str and bytes. */
export function floatValueOf(w: W): number {
  if (w instanceof PyFloat) return w.value;
  if (typeof w !== "object") return toDouble(w);
  const t = typeOf(w);
  if (
    t.lookup("__float__") !== undefined && !(w instanceof PyFloatSub && t.lookup("__float__") === floatSlot)
  ) {
    const r = callMethod(w, "__float__", []);
    if (r instanceof PyFloat) return r.value;
    const x = floatOf(r);
    if (x === undefined) {
      raiseTypeError(`${t.name}.__float__ returned non-float (type ${typeOf(r).name})`);
    }
    intHooks.deprecation(
      `${t.name}.__float__ returned non-float (type ${typeOf(r).name}).  The ability to return an instance ` +
        "of a strict subclass of float is deprecated, and may be removed in a future version of Python.",
    );
    return x;
  }
  if (w instanceof PyFloatSub) return w.value;
  if (t.lookup("__index__") !== undefined) return toDouble(indexOf(w));
  if (w instanceof PyStr) return parseFloatStr(w.value);
  const text = intHooks.bytesText(w);
  if (text !== undefined) return parseFloatBytes(text, w);
  raiseTypeError(`float() argument must be a string or a real number, not '${t.name}'`);
}

function floatNew(a: W[]): W {
  const cls = a[0];
  checkNewType(floatType, cls);
  if (a.length > 2) raiseTypeError(`float expected at most 1 argument, got ${a.length - 1}`);
  const x = a[1];
  let v: number;
  if (x === undefined) v = 0;
  else if (cls === floatType && x instanceof PyFloat) return x;
  else v = floatValueOf(x);
  return cls === floatType ? f(v) : new PyFloatSub(cls, v);
}

/** float() and float(x) called on the type itself (type.__call__'s direct path). */
export function floatConstruct(args: W[]): W | undefined {
  if (args.length > 1) raiseTypeError(`float expected at most 1 argument, got ${args.length}`);
  return floatNew(args.length === 0 ? [floatType] : [floatType, args[0]]);
}

function powMethod(a: W[], reflected: boolean): W {
  if (a[2] !== undefined && a[2] !== None) {
    raiseTypeError("pow() 3rd argument not allowed unless all arguments are integers");
  }
  const other = asFloat(a[1]);
  if (other === undefined) return NotImplemented;
  return reflected ? powW(other, self(a)) : powW(self(a), other);
}

/** round(x) with no ndigits: round-half-even to an int. */
function roundToInt(x: number): IntValue {
  let r = Math.round(x);
  if (Math.abs(x - Math.trunc(x)) === 0.5) r = 2 * Math.round(x / 2);
  return intFromFloat(r);
}

const divmodF = (a: number, b: number): W => {
  const [q, r] = floatDivmod(a, b);
  return tupleHooks.make([f(q), f(r)]);
};

defineMethods(floatType, [
  {
    name: "__new__",
    arity: [1, -1],
    kind: "static",
    kw: ["**"],
    impl: (a, k) => {
      // keywords are for a subclass's own __init__ (float_new rejects them when __init__ is float's)
      const cls = a[0];
      if (
        k !== null && k.names.length > 0 &&
        (cls === floatType || !(cls instanceof PyType) ||
          cls.lookup("__init__") === floatType.lookup("__init__"))
      ) {
        raiseTypeError("float() takes no keyword arguments");
      }
      return floatNew(a);
    },
  },
  binary("__divmod__", divmodF),
  binary("__rdivmod__", divmodF, true),
  { name: "__int__", arity: [0, 0], impl: (a) => intFromFloat(self(a)) },
  { name: "__float__", arity: [0, 0], impl: (a) => (a[0] instanceof PyFloat ? a[0] : f(self(a))) },
  { name: "__trunc__", arity: [0, 0], impl: (a) => intFromFloat(self(a)) },
  { name: "__floor__", arity: [0, 0], impl: (a) => intFromFloat(Math.floor(self(a))) },
  { name: "__ceil__", arity: [0, 0], impl: (a) => intFromFloat(Math.ceil(self(a))) },
  {
    name: "__round__",
    arity: [0, 1],
    impl: (a) => {
      const x = self(a);
      if (a[1] === undefined || a[1] === None) return roundToInt(x);
      const nd = indexOf(a[1]);
      return f(floatRound(x, typeof nd === "bigint" ? (nd > 0n ? 400 : -400) : nd));
    },
  },
  { name: "conjugate", arity: [0, 0], impl: (a) => (a[0] instanceof PyFloat ? a[0] : f(self(a))) },
  { name: "__getnewargs__", arity: [0, 0], impl: (a) => tupleHooks.make([f(self(a))]) },
  {
    name: "__getformat__",
    arity: [1, 1],
    kind: "class",
    impl: (a) => {
      if (!(a[1] instanceof PyStr)) {
        raiseTypeError(`float.__getformat__() argument must be str, not ${typeOf(a[1]).name}`);
      }
      if (a[1].value !== "double" && a[1].value !== "float") {
        raiseValueError("__getformat__() argument 1 must be 'double' or 'float'");
      }
      return newStr("IEEE, little-endian");
    },
  },
  {
    name: "from_number",
    arity: [1, 1],
    kind: "class",
    impl: (a) => {
      // float_from_number: an exact float is returned as is; PyNumber_Check screens out the rest
      if (a[0] === floatType && a[1] instanceof PyFloat) return a[1];
      // PyFloat_AsDouble: __float__ or __index__ only
      const t = typeOf(a[1]);
      if (
        typeof a[1] === "object" && t.lookup("__index__") === undefined && t.lookup("__float__") === undefined
      ) {
        raiseTypeError(`must be real number, not ${t.name}`);
      }
      const v = f(floatValueOf(a[1]));
      return a[0] === floatType ? v : call(a[0], [v]);
    },
  },
]);
defineGetSets(floatType, [
  { name: "real", get: (w) => (w instanceof PyFloat ? w : f(self([w]))) },
  { name: "imag", get: () => f(0) },
]);
const floatSlot = floatType.dict.get("__float__");
floatIntSlot.value = floatType.dict.get("__int__");
intHooks.float = newFloat;
intHooks.floatValue = floatOf;
intHooks.tuple = (items) => tupleHooks.make(items);

/** tuple construction hook; installed once tuple.ts exists. */
export const tupleHooks = { make: (items: W[]): W => ({ cls: floatType, items } as unknown as W) };
