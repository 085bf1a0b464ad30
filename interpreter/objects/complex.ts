// complex: two doubles. Arithmetic follows CPython 3.14 (Objects/complexobject.c): mixed-mode
// operations with a real operand do not invent a 0.0 imaginary part (signed zeros survive), division
// uses Smith's scaled algorithm, small integer powers multiply by repeated squaring.
import {
  callMethod,
  complexType,
  defineGetSets,
  defineMethods,
  newBool,
  None,
  NotImplemented,
  PyInstance,
  PyType,
  typeOf,
  type W,
} from "./model.ts";
import { raiseOverflowError, raiseTypeError, raiseValueError, raiseZeroDivisionError } from "../vm/errors.ts";
import { asInt, checkNewType, intHooks, normalizeNumberText } from "./int.ts";
import { floatHash, floatPowHooks, floatRepr, floatValueOf, PyFloat, PyFloatSub } from "./float.ts";
import { newStr, PyStr } from "./str.ts";
import { newTuple } from "./tuple.ts";

/** A complex number; an instance of complex or of a Python subclass (hence PyInstance). */
export class PyComplex extends PyInstance {
  re: number;
  im: number;
  constructor(re: number, im: number, cls: PyType = complexType) {
    super(cls);
    this.re = re;
    this.im = im;
  }
}
complexType.factory = (cls) => new PyComplex(0, 0, cls);

export function newComplex(re: number, im: number): PyComplex {
  return new PyComplex(re, im);
}

/** (re, im) of a complex (or subclass) instance; TypeError otherwise. */
export function complexParts(w: W): [number, number] {
  if (w instanceof PyComplex) return [w.re, w.im];
  raiseTypeError(`descriptor requires a 'complex' object but received '${typeOf(w).name}'`);
}

/** A real operand (int, bool, float or their subclasses) as a double; undefined otherwise. */
function realOf(w: W): number | undefined {
  if (w instanceof PyFloat || w instanceof PyFloatSub) return w.value;
  const i = asInt(w);
  if (i === undefined) return undefined;
  if (typeof i === "number") return i;
  const f = Number(i);
  if (!Number.isFinite(f)) raiseOverflowError("int too large to convert to float");
  return f;
}

function reprPart(x: number): string {
  const r = floatRepr(x);
  return r.endsWith(".0") ? r.slice(0, -2) : r;
}
export function complexRepr(re: number, im: number): string {
  if (re === 0 && !Object.is(re, -0)) return reprPart(im) + "j";
  const imText = reprPart(im);
  return `(${reprPart(re)}${imText[0] === "-" ? "" : "+"}${imText}j)`;
}

// ---------------------------------------------------------------- arithmetic kernels

type C = [number, number];

/** _Py_c_quot: Smith's algorithm with CPython's handling of zeros, infinities and nans. */
export function cQuot(a: C, b: C): C {
  const [ar, ai] = a, [br, bi] = b;
  const absBr = Math.abs(br), absBi = Math.abs(bi);
  let r: C;
  if (absBr >= absBi) {
    if (absBr === 0) raiseZeroDivisionError("division by zero");
    const ratio = bi / br;
    const denom = br + bi * ratio;
    r = [(ar + ai * ratio) / denom, (ai - ar * ratio) / denom];
  } else if (absBi >= absBr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    r = [(ar * ratio + ai) / denom, (ai * ratio - ar) / denom];
  } else {
    r = [NaN, NaN]; // at least one of b's parts is a nan
  }
  // Recover infinities and zeros that Smith's algorithm turns into nans (C11 Annex G.5.2).
  if (Number.isNaN(r[0]) && Number.isNaN(r[1])) {
    if ((isInf(ar) || isInf(ai)) && Number.isFinite(br) && Number.isFinite(bi)) {
      const x = copysign(isInf(ar) ? 1 : 0, ar), y = copysign(isInf(ai) ? 1 : 0, ai);
      r = [Infinity * (x * br + y * bi), Infinity * (y * br - x * bi)];
    } else if ((isInf(br) || isInf(bi)) && Number.isFinite(ar) && Number.isFinite(ai)) {
      const x = copysign(isInf(br) ? 1 : 0, br), y = copysign(isInf(bi) ? 1 : 0, bi);
      r = [0 * (ar * x + ai * y), 0 * (ai * x - ar * y)];
    }
  }
  return r;
}
function copysign(x: number, s: number): number {
  return s < 0 || Object.is(s, -0) ? -Math.abs(x) : Math.abs(x);
}
const isInf = (x: number) => x === Infinity || x === -Infinity;
/** _Py_c_prod with the C11 Annex G.5.1 recovery of infinities that compute as nan+nanj. */
function cProd(z: C, w: C): C {
  let [a, b] = z, [c, d] = w;
  const ac = a * c, bd = b * d, ad = a * d, bc = b * c;
  const r: C = [ac - bd, ad + bc];
  if (Number.isNaN(r[0]) && Number.isNaN(r[1])) {
    let recalc = false;
    const zeroNan = (x: number) => (Number.isNaN(x) ? copysign(0, x) : x);
    if (isInf(a) || isInf(b)) {
      a = copysign(isInf(a) ? 1 : 0, a);
      b = copysign(isInf(b) ? 1 : 0, b);
      c = zeroNan(c);
      d = zeroNan(d);
      recalc = true;
    }
    if (isInf(c) || isInf(d)) {
      c = copysign(isInf(c) ? 1 : 0, c);
      d = copysign(isInf(d) ? 1 : 0, d);
      a = zeroNan(a);
      b = zeroNan(b);
      recalc = true;
    }
    if (!recalc && (isInf(ac) || isInf(bd) || isInf(ad) || isInf(bc))) {
      a = zeroNan(a);
      b = zeroNan(b);
      c = zeroNan(c);
      d = zeroNan(d);
      recalc = true;
    }
    if (recalc) return [Infinity * (a * c - b * d), Infinity * (a * d + b * c)];
  }
  return r;
}
/** _Py_rc_quot: a real dividend over a complex divisor (no invented imaginary zero). */
export function rcQuot(a: number, b: C): C {
  const [br, bi] = b;
  const absBr = Math.abs(br), absBi = Math.abs(bi);
  let r: C;
  if (absBr >= absBi) {
    if (absBr === 0) raiseZeroDivisionError("division by zero");
    const ratio = bi / br;
    const denom = br + bi * ratio;
    r = [a / denom, (-a * ratio) / denom];
  } else if (absBi >= absBr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    r = [(a * ratio) / denom, -a / denom];
  } else r = [NaN, NaN];
  if (Number.isNaN(r[0]) && Number.isNaN(r[1]) && Number.isFinite(a) && (isInf(br) || isInf(bi))) {
    const x = copysign(isInf(br) ? 1 : 0, br), y = copysign(isInf(bi) ? 1 : 0, bi);
    r = [0 * (a * x), 0 * (-a * y)];
  }
  return r;
}
function cPowu(x: C, n: number): C {
  let r: C = [1, 0];
  let p = x;
  for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
    if (n & mask) r = cProd(r, p);
    p = cProd(p, p);
  }
  return r;
}
/** complex_pow: small integral exponents by repeated multiplication, else the polar form. */
export function cPow(a: C, b: C): C {
  let r: C;
  if (b[1] === 0 && b[0] === Math.floor(b[0]) && Math.abs(b[0]) <= 100) {
    if (b[0] > 0) r = cPowu(a, b[0]);
    else {
      const d = cPowu(a, -b[0]);
      if (d[0] === 0 && d[1] === 0) raiseZeroDivisionError("zero to a negative or complex power");
      r = cQuot([1, 0], d);
    }
  } else if (b[0] === 0 && b[1] === 0) r = [1, 0];
  else if (a[0] === 0 && a[1] === 0) {
    if (b[1] !== 0 || b[0] < 0) raiseZeroDivisionError("zero to a negative or complex power");
    r = [0, 0];
  } else {
    const vabs = Math.hypot(a[0], a[1]);
    let len = vabs ** b[0];
    const at = Math.atan2(a[1], a[0]);
    let phase = at * b[0];
    if (b[1] !== 0) {
      len /= Math.exp(at * b[1]);
      phase += b[1] * Math.log(vabs);
    }
    r = [len * Math.cos(phase), len * Math.sin(phase)];
  }
  // _Py_ADJUST_ERANGE2: an infinite part means the result overflowed.
  if (isInf(r[0]) || isInf(r[1])) raiseOverflowError("complex exponentiation");
  return r;
}

export function complexAbs(re: number, im: number): number {
  const r = Math.hypot(re, im);
  if (!Number.isFinite(r) && Number.isFinite(re) && Number.isFinite(im)) {
    raiseOverflowError("absolute value too large");
  }
  return r;
}

/** hash(complex): hash(re) + 1000003 * hash(im) in 64-bit wrap-around, -1 → -2. */
export function complexHash(re: number, im: number, inst?: W): number | bigint {
  const hr = BigInt(floatHash(re, inst)), hi = BigInt(floatHash(im, inst));
  let h = BigInt.asIntN(64, hr + 1000003n * hi);
  if (h === -1n) h = -2n;
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}

// ---------------------------------------------------------------- construction

const FLOAT_RE = String
  .raw`(?:(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?|inf(?:inity)?|nan)`;
const REAL_ONLY = new RegExp(`^([+-]?${FLOAT_RE})$`, "i");
const IMAG_ONLY = new RegExp(`^([+-]?)(${FLOAT_RE})?j$`, "i");
const BOTH = new RegExp(`^([+-]?${FLOAT_RE})([+-])(${FLOAT_RE})?j$`, "i");

const NEGATIVE_NAN = new Float64Array(new BigUint64Array([0xfff8000000000000n]).buffer)[0];
function parseFloatText(s: string): number {
  const t = s.replaceAll("_", "").toLowerCase();
  const sign = t[0] === "-" ? -1 : 1;
  const body = t[0] === "-" || t[0] === "+" ? t.slice(1) : t;
  if (body === "inf" || body === "infinity") return sign * Infinity;
  if (body === "nan") return sign < 0 ? NEGATIVE_NAN : NaN; // "-nan" keeps its sign bit (copysign sees it)
  return sign * Number(body);
}

/** complex(str): optional parentheses, whitespace, underscores between digits. */
export function parseComplex(text: string): C {
  const bad = (): never => raiseValueError("complex() arg is a malformed string");
  let s = normalizeNumberText(text);
  if (s.startsWith("(")) {
    if (!s.endsWith(")")) bad();
    s = normalizeNumberText(s.slice(1, -1));
  }
  let m = REAL_ONLY.exec(s);
  if (m !== null) return [parseFloatText(m[1]), 0];
  m = IMAG_ONLY.exec(s);
  if (m !== null) {
    const mag = m[2] === undefined ? 1 : parseFloatText(m[2]);
    return [0, m[1] === "-" ? -mag : mag];
  }
  m = BOTH.exec(s);
  if (m !== null) {
    const mag = m[3] === undefined ? 1 : parseFloatText(m[3]);
    return [parseFloatText(m[1]), m[2] === "-" ? -mag : mag];
  }
  return bad();
}

/** A number argument of complex(): [value, isComplex] via __complex__, else a real via __float__/__index__. */
function complexArg(w: W, message: string): [C, boolean] {
  const t = typeOf(w);
  if (t.lookup("__complex__") !== undefined && !(w instanceof PyComplex && w.cls === complexType)) {
    const r = callMethod(w, "__complex__", []);
    if (!(r instanceof PyComplex)) {
      raiseTypeError(`__complex__ returned non-complex (type ${typeOf(r).name})`);
    }
    if (r.cls !== complexType) {
      complexHooks.deprecation(
        `__complex__ returned non-complex (type ${
          typeOf(r).name
        }).  The ability to return an instance of a ` +
          "strict subclass of complex is deprecated, and may be removed in a future version of Python.",
      );
    }
    return [[r.re, r.im], true];
  }
  if (w instanceof PyComplex) return [[w.re, w.im], true];
  const real = realOf(w);
  if (real !== undefined) return [[real, 0], false];
  if (t.lookup("__float__") !== undefined || t.lookup("__index__") !== undefined) {
    return [[floatValueOf(w), 0], false];
  }
  raiseTypeError(`${message}, not ${t.name}`);
}

/** complex_new: real + imag*1j computed without inventing imaginary zeros. */
function complexNew(cls: W, real: W | undefined, imag: W | undefined, realByName = false): W {
  checkNewType(complexType, cls);
  const make = (re: number, im: number): W => new PyComplex(re, im, cls);
  if (real instanceof PyStr) {
    if (imag !== undefined) raiseTypeError("complex() argument 'real' must be a real number, not str");
    const [re, im] = parseComplex(real.value);
    return make(re, im);
  }
  if (imag instanceof PyStr) raiseTypeError("complex() argument 'imag' must be a real number, not str");
  if (
    imag === undefined && !realByName && cls === complexType && real instanceof PyComplex &&
    real.cls === complexType
  ) {
    return real;
  }
  const [cr, crComplex] = real === undefined ? [[0, 0] as C, false] : complexArg(
    real,
    imag === undefined
      ? "complex() argument must be a string or a number"
      : "complex() argument 'real' must be a real number",
  );
  // 3.14 deprecates a complex (or __complex__) 'real' anywhere but as the single positional argument, and
  // a complex 'imag' (only true complex instances: a __complex__ class there is an error)
  if (crComplex && (imag !== undefined || realByName)) {
    complexHooks.deprecation(`complex() argument 'real' must be a real number, not ${typeOf(real!).name}`);
  }
  if (imag === undefined) return make(cr[0], cr[1]);
  let ci: C, ciComplex: boolean;
  if (imag instanceof PyComplex) {
    [ci, ciComplex] = [[imag.re, imag.im], true];
    complexHooks.deprecation(`complex() argument 'imag' must be a real number, not ${typeOf(imag).name}`);
  } else {
    const real = realOf(imag);
    if (real !== undefined) [ci, ciComplex] = [[real, 0], false];
    else {
      const t = typeOf(imag);
      if (t.lookup("__float__") === undefined && t.lookup("__index__") === undefined) {
        raiseTypeError(`complex() argument 'imag' must be a real number, not ${t.name}`);
      }
      [ci, ciComplex] = [[floatValueOf(imag), 0], false];
    }
  }
  let re = cr[0], im = ci[0];
  if (ciComplex) re -= ci[1];
  if (crComplex) im += cr[1];
  return make(re, im);
}

// ---------------------------------------------------------------- methods

function self(a: W[]): C {
  return complexParts(a[0]);
}
/** The other operand: [kind, value] where kind "c" is complex, "r" real; undefined → NotImplemented. */
function other(w: W): ["c", C] | ["r", number] | undefined {
  if (w instanceof PyComplex) return ["c", [w.re, w.im]];
  const r = realOf(w);
  return r === undefined ? undefined : ["r", r];
}
const mk = (c: C): W => newComplex(c[0], c[1]);

function add(a: C, b: ["c", C] | ["r", number]): C {
  return b[0] === "c" ? [a[0] + b[1][0], a[1] + b[1][1]] : [a[0] + b[1], a[1]];
}
function sub(a: C, b: ["c", C] | ["r", number]): C {
  return b[0] === "c" ? [a[0] - b[1][0], a[1] - b[1][1]] : [a[0] - b[1], a[1]];
}
function rsub(a: C, b: ["c", C] | ["r", number]): C {
  return b[0] === "c" ? [b[1][0] - a[0], b[1][1] - a[1]] : [b[1] - a[0], -a[1]];
}
function mul(a: C, b: ["c", C] | ["r", number]): C {
  return b[0] === "c" ? cProd(a, b[1]) : [a[0] * b[1], a[1] * b[1]];
}
function div(a: C, b: ["c", C] | ["r", number]): C {
  if (b[0] === "c") return cQuot(a, b[1]);
  if (b[1] === 0) raiseZeroDivisionError("division by zero");
  return [a[0] / b[1], a[1] / b[1]];
}
function rdiv(a: C, b: ["c", C] | ["r", number]): C {
  return b[0] === "c" ? cQuot(b[1], a) : rcQuot(b[1], a);
}

type Op = (a: C, b: ["c", C] | ["r", number]) => C;
function binary(name: string, fn: Op) {
  return {
    name,
    arity: [1, 1] as [number, number],
    impl: (a: W[]): W => {
      const o = other(a[1]);
      if (o === undefined) return NotImplemented;
      return mk(fn(self(a), o));
    },
  };
}
const boolHooks = { of: newBool };
/** warnings.warn(message, DeprecationWarning) (int.ts's hook, which the runtime installs). */
const complexHooks = { deprecation: (m: string): void => intHooks.deprecation(m) };
floatPowHooks.complexPow = (a, b) => mk(cPow([a, 0], [b, 0]));

function eqImpl(a: W[]): W {
  const big = asInt(a[1]);
  if (typeof big === "bigint") {
    // exactly, without converting the int to a double (which may overflow): complex_richcompare
    const [re, im] = self(a);
    return boolHooks.of(im === 0 && Number.isFinite(re) && Number.isInteger(re) && BigInt(re) === big);
  }
  const o = other(a[1]);
  if (o === undefined) return NotImplemented;
  const [re, im] = self(a);
  if (o[0] === "c") return boolHooks.of(re === o[1][0] && im === o[1][1]);
  // Compare with an int exactly (CPython compares the real part via float == int rules).
  if (im !== 0) return boolHooks.of(false);
  const i = asInt(a[1]);
  if (i !== undefined && typeof i === "bigint") {
    return boolHooks.of(Number.isFinite(re) && Number.isInteger(re) && BigInt(re) === i);
  }
  return boolHooks.of(re === o[1]);
}

function powImpl(a: W[]): W {
  if (a[2] !== undefined && a[2] !== None) raiseValueError("complex modulo");
  const o = other(a[1]);
  if (o === undefined) return NotImplemented;
  return mk(cPow(self(a), o[0] === "c" ? o[1] : [o[1], 0]));
}
function rpowImpl(a: W[]): W {
  if (a[2] !== undefined && a[2] !== None) raiseValueError("complex modulo");
  const o = other(a[1]);
  if (o === undefined) return NotImplemented;
  return mk(cPow(o[0] === "c" ? o[1] : [o[1], 0], self(a)));
}

defineMethods(complexType, [
  {
    name: "__new__",
    arity: [1, 3],
    kind: "static",
    kw: ["real", "imag"],
    impl: (a, k) => complexNew(a[0], a[1], a[2], k !== null && k.names.includes("real")),
  },
  binary("__add__", add),
  binary("__radd__", add),
  binary("__sub__", sub),
  binary("__rsub__", rsub),
  binary("__mul__", mul),
  binary("__rmul__", mul),
  binary("__truediv__", div),
  binary("__rtruediv__", rdiv),
  { name: "__pow__", arity: [1, 2], impl: powImpl },
  { name: "__rpow__", arity: [1, 2], impl: rpowImpl },
  { name: "__eq__", arity: [1, 1], impl: eqImpl },
  {
    name: "__ne__",
    arity: [1, 1],
    impl: (a) => {
      const r = eqImpl(a);
      return r === NotImplemented ? r : boolHooks.of(r === boolHooks.of(false));
    },
  },
  ...["__lt__", "__le__", "__gt__", "__ge__"].map((name) => ({
    name,
    arity: [1, 1] as [number, number],
    impl: (): W => NotImplemented,
  })),
  { name: "__neg__", arity: [0, 0], impl: (a) => mk([-self(a)[0], -self(a)[1]]) },
  { name: "__pos__", arity: [0, 0], impl: (a) => mk(self(a)) },
  { name: "__abs__", arity: [0, 0], impl: (a) => floatBox(complexAbs(...self(a))) },
  { name: "__bool__", arity: [0, 0], impl: (a) => boolHooks.of(self(a)[0] !== 0 || self(a)[1] !== 0) },
  { name: "__hash__", arity: [0, 0], impl: (a) => complexHash(...self(a), a[0]) },
  { name: "__repr__", arity: [0, 0], impl: (a) => newStr(complexRepr(...self(a))) },
  { name: "conjugate", arity: [0, 0], impl: (a) => mk([self(a)[0], -self(a)[1]]) },
  { name: "__complex__", arity: [0, 0], impl: (a) => mk(self(a)) },
  {
    name: "__getnewargs__",
    arity: [0, 0],
    impl: (a) => newTuple([floatBox(self(a)[0]), floatBox(self(a)[1])]),
  },
  {
    name: "from_number",
    arity: [1, 1],
    kind: "class",
    impl: (a) => {
      if (a[1] instanceof PyStr) {
        raiseTypeError("must be real number, not str");
      }
      return complexNew(a[0], a[1], undefined);
    },
  },
]);
defineGetSets(complexType, [
  { name: "real", get: (w) => floatBox(complexParts(w)[0]) },
  { name: "imag", get: (w) => floatBox(complexParts(w)[1]) },
]);

function floatBox(x: number): W {
  return new PyFloat(x);
}
