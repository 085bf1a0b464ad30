// The math module (CPython's Modules/mathmodule.c): libm wrappers with CPython's error mapping
// (NaN from non-NaN → ValueError, inf from finite → OverflowError or ValueError), 3.14's domain
// messages ("expected a positive input, got -1.0"), exact integer functions on bigints, and the
// accurate summation/norm algorithms (fsum, hypot/dist, sumprod) with the same operation order.
import {
  callMethod,
  type Kwargs,
  type MethodSpec,
  newBool,
  None,
  PyBool,
  typeOf,
  type W,
} from "../objects/model.ts";
import { raiseOverflowError, raiseTypeError, raiseValueError, raiseZeroDivisionError } from "../vm/errors.ts";
import { floatOf, floatRepr, newFloat, PyFloat } from "../objects/float.ts";
import {
  asInt,
  bitLength,
  indexOf,
  intAbs,
  intFloorDiv,
  intFromFloat,
  intMul,
  intToDouble,
  type IntValue,
  normBig,
} from "../objects/int.ts";
import { add, iter, mul, next, STOP } from "../objects/operations.ts";
import { newTuple, PyTuple } from "../objects/tuple.ts";
import { PyList } from "../objects/list.ts";
import type { NativeModuleDef } from "./define.ts";
import {
  acos,
  acosh,
  asin,
  asinh,
  atan,
  atan2,
  atanh,
  bitsToDouble,
  cbrt,
  copysign,
  cos,
  cosh,
  doubleToBits,
  EDOM,
  ERANGE,
  erf,
  erfc,
  expm1,
  fma,
  frexp,
  ldexp,
  lgamma,
  log1p,
  mathErrno,
  nextafter,
  roundToDouble,
  sin,
  sinh,
  tan,
  tanh,
  tgamma,
  twoProduct,
} from "./math_special.ts";

// ---------------------------------------------------------------- argument conversion

/** PyFloat_AsDouble: floats, __float__, then __index__; "must be real number, not X" otherwise. */
export function toDouble(w: W): number {
  if (w instanceof PyFloat) return w.value;
  if (typeof w === "number") return w;
  if (typeof w === "bigint") return intToDouble(w);
  const f = floatOf(w);
  if (f !== undefined) return f;
  const i = asInt(w);
  if (i !== undefined) return intToDouble(i);
  const t = typeOf(w);
  if (t.lookup("__float__") !== undefined) {
    const r = callMethod(w, "__float__", []);
    const x = floatOf(r);
    if (x === undefined) raiseTypeError(`${t.name}.__float__ returned non-float (type ${typeOf(r).name})`);
    return x;
  }
  if (t.lookup("__index__") !== undefined) return intToDouble(indexOf(w));
  raiseTypeError(`must be real number, not ${t.name}`);
}

function floatResult(x: number): W {
  return newFloat(x);
}

function domainError(message: string | undefined, x: number): never {
  if (message === undefined) raiseValueError("math domain error");
  raiseValueError(message.replace("%s", floatRepr(x)));
}

/** math_1: a libm function of one double with CPython's error rules. */
function math1(x: number, fn: (x: number) => number, canOverflow: boolean, message?: string): number {
  const r = fn(x);
  if (Number.isNaN(r) && !Number.isNaN(x)) domainError(message, x);
  if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) {
    if (canOverflow) raiseOverflowError("math range error");
    domainError(message, x);
  }
  return r;
}

/** math_1a: functions that set errno themselves (gamma, lgamma). */
function math1a(x: number, fn: (x: number) => number, message?: string): number {
  mathErrno.value = 0;
  const r = fn(x);
  const e = mathErrno.value;
  mathErrno.value = 0;
  if (e === EDOM) domainError(message, x);
  if (e === ERANGE && Math.abs(r) >= 1.5) raiseOverflowError("math range error");
  return r;
}

/** math_2: errors for two-argument functions. */
function math2(x: number, y: number, r: number): number {
  if (Number.isNaN(r)) {
    if (!Number.isNaN(x) && !Number.isNaN(y)) raiseValueError("math domain error");
  } else if (!Number.isFinite(r)) {
    if (Number.isFinite(x) && Number.isFinite(y)) raiseOverflowError("math range error");
  }
  return r;
}

function unary(
  name: string,
  fn: (x: number) => number,
  canOverflow: boolean,
  message?: string,
): MethodSpec {
  return { name, arity: [1, 1], impl: (a) => floatResult(math1(toDouble(a[0]), fn, canOverflow, message)) };
}
function binary(name: string, fn: (x: number, y: number) => number): MethodSpec {
  return {
    name,
    arity: [2, 2],
    impl: (a) => {
      const x = toDouble(a[0]), y = toDouble(a[1]);
      return floatResult(math2(x, y, fn(x, y)));
    },
  };
}

/** Reject positional use of keyword-only parameters (the table maps both onto the same slots). */
function checkPositional(name: string, args: W[], kwargs: Kwargs | null, max: number, what = "argument") {
  let n = 0;
  for (let i = 0; i < args.length; i++) if (args[i] !== undefined) n++;
  let kwCount = 0;
  if (kwargs !== null) kwCount = kwargs.names.length;
  const positional = n - kwCount;
  if (positional > max) {
    const plural = max === 1 ? what : what + "s";
    raiseTypeError(`${name}() takes exactly ${max} positional ${plural} (${positional} given)`);
  }
}

// ---------------------------------------------------------------- libm-like wrappers

const FINITE_MSG = "expected a finite input, got %s";
const RANGE_MSG = "expected a number in range from -1 up to 1, got %s";

function mAtan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (!Number.isFinite(y)) {
    if (!Number.isFinite(x)) return copysign(copysign(1, x) === 1 ? 0.25 * Math.PI : 0.75 * Math.PI, y);
    return copysign(0.5 * Math.PI, y);
  }
  if (!Number.isFinite(x) || y === 0) {
    return copysign(1, x) === 1 ? copysign(0, y) : copysign(Math.PI, y);
  }
  return atan2(y, x);
}

function mRemainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) return NaN;
    const absx = Math.abs(x), absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return copysign(1.0, x) * r;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x)) return NaN;
  return x;
}

function mLog(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return Math.log(x);
    return x === 0 ? -Infinity : NaN;
  }
  if (Number.isNaN(x) || x > 0) return x;
  return NaN;
}
function mLog2(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return Math.log2(x);
    return x === 0 ? -Infinity : NaN;
  }
  if (Number.isNaN(x) || x > 0) return x;
  return NaN;
}
function mLog10(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return Math.log10(x);
    return x === 0 ? -Infinity : NaN;
  }
  if (Number.isNaN(x) || x > 0) return x;
  return NaN;
}

/** _PyLong_Frexp for a positive int: [m, e] with 0.5 <= m < 1 and n ~= m * 2**e (m rounded half-even). */
export function bigFrexp(n: bigint): [number, number] {
  const e = bitLength(n);
  let m = roundToDouble(n, -e);
  let ex = e;
  if (m === 1.0) {
    m = 0.5;
    ex += 1;
  }
  return [m, ex];
}

/** loghelper: ints of any size (log of the frexp parts), everything else through math_1. */
function logHelper(w: W, fn: (x: number) => number): number {
  const i = asInt(w);
  if (i !== undefined) {
    if (i <= 0) raiseValueError("expected a positive input");
    if (typeof i === "number") return fn(i);
    const x = Number(i);
    if (Number.isFinite(x)) return fn(x);
    const [m, e] = bigFrexp(i);
    return fn(m) + fn(2.0) * e;
  }
  return math1(toDouble(w), fn, false, "expected a positive input, got %s");
}

function mathPow(x: number, y: number): number {
  let r: number;
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Number.isNaN(x)) r = y === 0 ? 1 : x;
    else if (Number.isNaN(y)) r = x === 1 ? 1 : y;
    else if (!Number.isFinite(x)) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2.0 === 1.0;
      if (y > 0) r = oddY ? x : Math.abs(x);
      else if (y === 0) r = 1;
      else r = oddY ? copysign(0, x) : 0;
    } else {
      if (Math.abs(x) === 1) r = 1;
      else if (y > 0 && Math.abs(x) > 1) r = y;
      else if (y < 0 && Math.abs(x) < 1) r = -y;
      else r = 0;
    }
    return r;
  }
  r = Math.pow(x, y);
  if (!Number.isFinite(r)) {
    if (Number.isNaN(r)) raiseValueError("math domain error");
    if (x === 0) raiseValueError("math domain error");
    raiseOverflowError("math range error");
  }
  return r;
}

// ---------------------------------------------------------------- rounding to ints

function roundingFunction(name: "floor" | "ceil", fn: (x: number) => number): MethodSpec {
  const dunder = `__${name}__`;
  return {
    name,
    arity: [1, 1],
    impl: (a) => {
      const w = a[0];
      if (w instanceof PyFloat) return intFromFloat(fn(w.value));
      if (typeof w !== "object") return w;
      if (typeOf(w).lookup(dunder) !== undefined) return callMethod(w, dunder, []);
      return intFromFloat(fn(toDouble(w)));
    },
  };
}

// ---------------------------------------------------------------- integer functions

function gcd2(a: IntValue, b: IntValue): IntValue {
  if (typeof a === "number" && typeof b === "number") {
    let x = Math.abs(a), y = Math.abs(b);
    while (y !== 0) {
      const t: number = x % y;
      x = y;
      y = t;
    }
    return x;
  }
  let x = BigInt(a), y = BigInt(b);
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return normBig(x);
}

function lcm2(a: IntValue, b: IntValue): IntValue {
  if (a === 0 || b === 0) return 0;
  const g = gcd2(a, b);
  return intAbs(intMul(intFloorDiv(a, g), b));
}

export function isqrt(n: IntValue): IntValue {
  if (typeof n === "number" && n < 2 ** 52) {
    let s = Math.floor(Math.sqrt(n));
    while (s * s > n) s--;
    while ((s + 1) * (s + 1) <= n) s++;
    return s;
  }
  const big = BigInt(n);
  const bl = bitLength(big);
  let x = 1n << BigInt((bl + 1) >> 1);
  for (;;) {
    const y = (x + big / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  return normBig(x);
}

/** product(range(lo, hi)) by binary splitting (balanced multiplications for big results). */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  const n = hi - lo;
  if (n <= 0n) return 1n;
  if (n <= 16n) {
    let r = lo;
    for (let i = lo + 1n; i < hi; i++) r *= i;
    return r;
  }
  const mid = lo + n / 2n;
  return rangeProduct(lo, mid) * rangeProduct(mid, hi);
}

function factorialOf(n: IntValue): IntValue {
  if (n < 0) raiseValueError("factorial() not defined for negative values");
  if (typeof n === "bigint") raiseOverflowError("factorial() argument should not exceed 9223372036854775807");
  if (n <= 18) {
    let r = 1;
    for (let i = 2; i <= n; i++) r *= i;
    return r;
  }
  return normBig(rangeProduct(2n, BigInt(n) + 1n));
}

function permOf(n: IntValue, k: IntValue): IntValue {
  if (n < 0) raiseValueError("n must be a non-negative integer");
  if (k < 0) raiseValueError("k must be a non-negative integer");
  const bn = BigInt(n), bk = BigInt(k);
  if (bk > bn) return 0;
  return normBig(rangeProduct(bn - bk + 1n, bn + 1n));
}

function combOf(n: IntValue, k: IntValue): IntValue {
  if (n < 0) raiseValueError("n must be a non-negative integer");
  if (k < 0) raiseValueError("k must be a non-negative integer");
  const bn = BigInt(n);
  let bk = BigInt(k);
  if (bn - bk < bk) bk = bn - bk;
  if (bk < 0n) return 0;
  if (bk === 0n) return 1;
  return normBig(rangeProduct(bn - bk + 1n, bn + 1n) / rangeProduct(1n, bk + 1n));
}

// ---------------------------------------------------------------- accurate sums and norms

/** math.fsum: Shewchuk's exact partials with CPython's final half-even correction. */
export function fsumValues(values: Iterable<number>): number {
  const p: number[] = [];
  let n = 0;
  let specialSum = 0.0, infSum = 0.0;
  for (let x of values) {
    const xsave = x;
    let i = 0;
    for (let j = 0; j < n; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const yr = hi - x;
      const lo = y - yr;
      if (lo !== 0.0) p[i++] = lo;
      x = hi;
    }
    n = i;
    if (x !== 0.0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xsave)) raiseOverflowError("intermediate overflow in fsum");
        if (!Number.isNaN(xsave)) infSum += xsave;
        specialSum += xsave;
        n = 0;
      } else {
        p[n++] = x;
      }
    }
  }
  if (specialSum !== 0.0) {
    if (Number.isNaN(infSum)) raiseValueError("-inf + inf in fsum");
    return specialSum;
  }
  let hi = 0.0, lo = 0.0;
  if (n > 0) {
    hi = p[--n];
    while (n > 0) {
      const x = hi;
      const y = p[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      const y = lo * 2.0;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

function* doublesOf(iterable: W): Generator<number> {
  const it = iter(iterable);
  for (;;) {
    const item = next(it);
    if (item === STOP) return;
    yield toDouble(item);
  }
}

const DBL_MIN = 2.2250738585072014e-308;

/** vector_norm of mathmodule.c (3.13+): scaled, lossless squares, one Newton correction. */
export function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  const n = vec.length;
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || n <= 1) return max;
  const maxE = frexp(max)[1];
  if (maxE < -1023) {
    for (let i = 0; i < n; i++) vec[i] /= DBL_MIN;
    return DBL_MIN * vectorNorm(vec, max / DBL_MIN, foundNan);
  }
  const scale = ldexp(1.0, -maxE);
  let csum = 1.0, frac1 = 0.0, frac2 = 0.0;
  for (let i = 0; i < n; i++) {
    const x = vec[i] * scale;
    const [hi, lo] = twoProduct(x, x);
    // dl_fast_sum(csum, hi)
    const s = csum + hi;
    const err = (csum - s) + hi;
    csum = s;
    frac1 += lo;
    frac2 += err;
  }
  let h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
  const [phi, plo] = twoProduct(-h, h);
  const s = csum + phi;
  const err = (csum - s) + phi;
  csum = s;
  frac1 += plo;
  frac2 += err;
  const x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}

function hypotOf(args: W[]): number {
  const vec: number[] = new Array(args.length);
  let max = 0.0;
  let foundNan = false;
  for (let i = 0; i < args.length; i++) {
    const x = Math.abs(toDouble(args[i]));
    vec[i] = x;
    foundNan ||= Number.isNaN(x);
    if (x > max) max = x;
  }
  return vectorNorm(vec, max, foundNan);
}

function sequenceItems(w: W): W[] {
  if (w instanceof PyTuple) return w.items;
  if (w instanceof PyList) return w.items.slice();
  const out: W[] = [];
  const it = iter(w);
  for (;;) {
    const x = next(it);
    if (x === STOP) return out;
    out.push(x);
  }
}

function distOf(p: W, q: W): number {
  const ps = sequenceItems(p), qs = sequenceItems(q);
  if (ps.length !== qs.length) raiseValueError("both points must have the same number of dimensions");
  const vec: number[] = new Array(ps.length);
  let max = 0.0;
  let foundNan = false;
  for (let i = 0; i < ps.length; i++) {
    const px = toDouble(ps[i]), qx = toDouble(qs[i]);
    const x = Math.abs(px - qx);
    vec[i] = x;
    foundNan ||= Number.isNaN(x);
    if (x > max) max = x;
  }
  return vectorNorm(vec, max, foundNan);
}

// Triple-length accumulation of sumprod (Ogita, Rump, Oishi), in CPython's order.
interface Triple {
  hi: number;
  lo: number;
  tiny: number;
}
function dlSum(a: number, b: number): [number, number] {
  const x = a + b;
  const z = x - a;
  const y = (a - (x - z)) + (b - z);
  return [x, y];
}
function tlFma(x: number, y: number, t: Triple): Triple {
  const [phi, plo] = twoProduct(x, y);
  const [smHi, smLo] = dlSum(t.hi, phi);
  const [r1Hi, r1Lo] = dlSum(t.lo, plo);
  const [r2Hi, r2Lo] = dlSum(r1Hi, smLo);
  return { hi: smHi, lo: r2Hi, tiny: t.tiny + r1Lo + r2Lo };
}
function tlToDouble(t: Triple): number {
  const [hi, lo] = dlSum(t.lo, t.hi);
  return t.tiny + lo + hi;
}

function isExactInt(w: W): boolean {
  return typeof w === "number" || typeof w === "bigint";
}
function isIntOrBool(w: W): boolean {
  return typeof w !== "object" || w instanceof PyBool;
}

const LONG_MIN = -(2n ** 63n), LONG_MAX = 2n ** 63n - 1n;
/** One step of sumprod's int path: total + p*q while everything fits a C long (64-bit), else undefined
 * (CPython then leaves the int path, and exact big-int products go through the generic path). */
function longSumprodStep(total: IntValue, p: IntValue, q: IntValue): IntValue | undefined {
  if (typeof p === "number" && typeof q === "number" && typeof total === "number") {
    const prod = p * q, sum = total + prod;
    if (Number.isSafeInteger(prod) && Number.isSafeInteger(sum)) return sum;
  }
  const bp = BigInt(p), bq = BigInt(q);
  if (bp < LONG_MIN || bp > LONG_MAX || bq < LONG_MIN || bq > LONG_MAX) return undefined;
  const prod = bp * bq;
  if (prod < LONG_MIN || prod > LONG_MAX) return undefined;
  const sum = BigInt(total) + prod;
  if (sum < LONG_MIN || sum > LONG_MAX) return undefined;
  return normBig(sum);
}

function sumprodOf(p: W, q: W): W {
  const pIt = iter(p), qIt = iter(q);
  let total: W = 0;
  let intEnabled = true, fltEnabled = true;
  let intTotal: IntValue = 0;
  let intInUse = false;
  let flt: Triple = { hi: 0, lo: 0, tiny: 0 };
  let fltInUse = false;
  for (;;) {
    const pi = next(pIt);
    const qi = next(qIt);
    const pStopped = pi === STOP, qStopped = qi === STOP;
    if (pStopped !== qStopped) raiseValueError("Inputs are not the same length");
    const finished = pStopped && qStopped;
    if (intEnabled) {
      const sum: IntValue | undefined = !finished && isExactInt(pi) && isExactInt(qi)
        ? longSumprodStep(intTotal, pi as IntValue, qi as IntValue)
        : undefined;
      if (sum !== undefined) {
        intTotal = sum;
        intInUse = true;
        continue;
      }
      intEnabled = false;
      if (intInUse) {
        total = add(total, intTotal);
        intTotal = 0;
        intInUse = false;
      }
    }
    if (fltEnabled) {
      let done = false;
      if (!finished) {
        let fp: number | undefined, fq: number | undefined;
        const pf = pi instanceof PyFloat, qf = qi instanceof PyFloat;
        if (pf && qf) {
          fp = (pi as PyFloat).value;
          fq = (qi as PyFloat).value;
        } else if (pf && isIntOrBool(qi)) {
          fp = (pi as PyFloat).value;
          const v = asInt(qi) as IntValue;
          fq = typeof v === "number" ? v : Number(v);
          if (!Number.isFinite(fq)) fq = undefined;
        } else if (qf && isIntOrBool(pi)) {
          fq = (qi as PyFloat).value;
          const v = asInt(pi) as IntValue;
          fp = typeof v === "number" ? v : Number(v);
          if (!Number.isFinite(fp)) fp = undefined;
        }
        if (fp !== undefined && fq !== undefined) {
          const nt = tlFma(fp, fq, flt);
          if (Number.isFinite(nt.hi)) {
            flt = nt;
            fltInUse = true;
            done = true;
          }
        }
      }
      if (done) continue;
      fltEnabled = false;
      if (fltInUse) {
        total = add(total, newFloat(tlToDouble(flt)));
        flt = { hi: 0, lo: 0, tiny: 0 };
        fltInUse = false;
      }
    }
    if (finished) return total;
    total = add(total, mul(pi, qi));
  }
}

function prodOf(iterable: W, start: W): W {
  let result = start;
  const it = iter(iterable);
  for (;;) {
    const item = next(it);
    if (item === STOP) return result;
    if (typeof result === "number" && typeof item === "number") result = intMul(result, item);
    else result = mul(result, item);
  }
}

// ---------------------------------------------------------------- nextafter / ulp

function nextafterSteps(x: number, y: number, stepsW: W): number {
  const steps = indexOf(stepsW);
  if (steps < 0) raiseValueError("steps must be a non-negative integer");
  if (steps === 0 || steps === 0n) return x;
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  const MAX64 = (1n << 64n) - 1n;
  let usteps = BigInt(steps);
  if (usteps > MAX64) usteps = MAX64;
  let ux = doubleToBits(x);
  const uy = doubleToBits(y);
  if (ux === uy) return x;
  const signBit = 1n << 63n;
  const ax = ux & ~signBit, ay = uy & ~signBit;
  if (((ux ^ uy) & signBit) !== 0n) {
    if (ax + ay <= usteps) return y;
    if (ax < usteps) return bitsToDouble((uy & signBit) | (usteps - ax));
    ux -= usteps;
    return bitsToDouble(ux);
  }
  if (ax > ay) {
    if (ax - ay >= usteps) return bitsToDouble(ux - usteps);
    return y;
  }
  if (ay - ax >= usteps) return bitsToDouble(ux + usteps);
  return y;
}

function ulp(x: number): number {
  if (Number.isNaN(x)) return x;
  x = Math.abs(x);
  if (!Number.isFinite(x)) return x;
  const x2 = nextafter(x, Infinity);
  if (!Number.isFinite(x2)) return x - nextafter(x, -Infinity);
  return x2 - x;
}

// ---------------------------------------------------------------- the table

const degToRad = Math.PI / 180.0;
const radToDeg = 180.0 / Math.PI;
const GAMMA_MSG = "expected a noninteger or positive integer, got %s";

const functions: MethodSpec[] = [
  unary("acos", acos, false, RANGE_MSG),
  unary("acosh", acosh, false, "expected argument value not less than 1, got %s"),
  unary("asin", asin, false, RANGE_MSG),
  unary("asinh", asinh, false),
  unary("atan", atan, false),
  binary("atan2", mAtan2),
  unary("atanh", atanh, false, "expected a number between -1 and 1, got %s"),
  unary("cbrt", cbrt, false),
  roundingFunction("ceil", Math.ceil),
  {
    name: "comb",
    arity: [2, 2],
    impl: (a) => combOf(indexOf(a[0]), indexOf(a[1])),
  },
  binary("copysign", copysign),
  unary("cos", cos, false, FINITE_MSG),
  unary("cosh", cosh, true),
  { name: "degrees", arity: [1, 1], impl: (a) => floatResult(toDouble(a[0]) * radToDeg) },
  { name: "dist", arity: [2, 2], impl: (a) => floatResult(distOf(a[0], a[1])) },
  { name: "erf", arity: [1, 1], impl: (a) => floatResult(erf(toDouble(a[0]))) },
  { name: "erfc", arity: [1, 1], impl: (a) => floatResult(erfc(toDouble(a[0]))) },
  unary("exp", Math.exp, true),
  unary("exp2", (x) => Math.pow(2, x), true),
  unary("expm1", expm1, true),
  unary("fabs", Math.abs, false),
  { name: "factorial", arity: [1, 1], impl: (a) => factorialOf(indexOf(a[0])) },
  roundingFunction("floor", Math.floor),
  {
    name: "fma",
    arity: [3, 3],
    impl: (a) => {
      const x = toDouble(a[0]), y = toDouble(a[1]), z = toDouble(a[2]);
      const r = fma(x, y, z);
      if (Number.isFinite(r)) return floatResult(r);
      if (Number.isNaN(r)) {
        if (!Number.isNaN(x) && !Number.isNaN(y) && !Number.isNaN(z)) {
          raiseValueError("invalid operation in fma");
        }
      } else if (Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(z)) {
        raiseOverflowError("overflow in fma");
      }
      return floatResult(r);
    },
  },
  {
    name: "fmod",
    arity: [2, 2],
    impl: (a) => {
      const x = toDouble(a[0]), y = toDouble(a[1]);
      if (!Number.isFinite(y) && !Number.isNaN(y) && Number.isFinite(x)) return floatResult(x);
      const r = x % y;
      if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) raiseValueError("math domain error");
      return floatResult(r);
    },
  },
  {
    name: "frexp",
    arity: [1, 1],
    impl: (a) => {
      const [m, e] = frexp(toDouble(a[0]));
      return newTuple([newFloat(m), e]);
    },
  },
  { name: "fsum", arity: [1, 1], impl: (a) => floatResult(fsumValues(doublesOf(a[0]))) },
  { name: "gamma", arity: [1, 1], impl: (a) => floatResult(math1a(toDouble(a[0]), tgamma, GAMMA_MSG)) },
  {
    name: "gcd",
    arity: [0, -1],
    impl: (a) => {
      if (a.length === 0) return 0;
      let r = indexOf(a[0]);
      if (a.length === 1) return intAbs(r);
      for (let i = 1; i < a.length; i++) {
        const x = indexOf(a[i]);
        if (r !== 1) r = gcd2(r, x);
      }
      return r;
    },
  },
  { name: "hypot", arity: [0, -1], impl: (a) => floatResult(hypotOf(a)) },
  {
    name: "isclose",
    arity: [0, 4],
    kw: ["a", "b", "rel_tol", "abs_tol"],
    impl: (a, kw) => {
      checkPositional("isclose", a, kw, 2);
      if (a[0] === undefined) raiseTypeError("isclose() missing required argument 'a' (pos 1)");
      if (a[1] === undefined) raiseTypeError("isclose() missing required argument 'b' (pos 2)");
      const x = toDouble(a[0]), y = toDouble(a[1]);
      const relTol = a[2] === undefined ? 1e-9 : toDouble(a[2]);
      const absTol = a[3] === undefined ? 0.0 : toDouble(a[3]);
      if (relTol < 0 || absTol < 0) raiseValueError("tolerances must be non-negative");
      if (x === y) return newBool(true);
      if (!Number.isFinite(x) && !Number.isNaN(x) || !Number.isFinite(y) && !Number.isNaN(y)) {
        return newBool(false);
      }
      const diff = Math.abs(y - x);
      return newBool(diff <= Math.abs(relTol * y) || diff <= Math.abs(relTol * x) || diff <= absTol);
    },
  },
  { name: "isfinite", arity: [1, 1], impl: (a) => newBool(Number.isFinite(toDouble(a[0]))) },
  {
    name: "isinf",
    arity: [1, 1],
    impl: (a) => {
      const x = toDouble(a[0]);
      return newBool(x === Infinity || x === -Infinity);
    },
  },
  { name: "isnan", arity: [1, 1], impl: (a) => newBool(Number.isNaN(toDouble(a[0]))) },
  {
    name: "isqrt",
    arity: [1, 1],
    impl: (a) => {
      const n = indexOf(a[0]);
      if (n < 0) raiseValueError("isqrt() argument must be nonnegative");
      return isqrt(n);
    },
  },
  {
    name: "lcm",
    arity: [0, -1],
    impl: (a) => {
      if (a.length === 0) return 1;
      let r = indexOf(a[0]);
      if (a.length === 1) return intAbs(r);
      for (let i = 1; i < a.length; i++) {
        const x = indexOf(a[i]);
        if (r !== 0) r = lcm2(r, x);
      }
      return r;
    },
  },
  {
    name: "ldexp",
    arity: [2, 2],
    impl: (a) => {
      const x = toDouble(a[0]);
      const e = asInt(a[1]);
      if (e === undefined) raiseTypeError("Expected an int as second argument to ldexp.");
      if (x === 0 || !Number.isFinite(x)) return floatResult(x);
      let r: number;
      if (e > 100000) r = copysign(Infinity, x);
      else if (e < -100000) r = copysign(0, x);
      else r = ldexp(x, Number(e));
      if (!Number.isFinite(r)) raiseOverflowError("math range error");
      return floatResult(r);
    },
  },
  {
    name: "lgamma",
    arity: [1, 1],
    impl: (a) => floatResult(math1a(toDouble(a[0]), lgamma, GAMMA_MSG)),
  },
  {
    name: "log",
    arity: [1, 2],
    impl: (a) => {
      const num = logHelper(a[0], mLog);
      if (a.length < 2) return floatResult(num);
      const den = logHelper(a[1], mLog);
      if (den === 0) raiseZeroDivisionError("division by zero");
      return floatResult(num / den);
    },
  },
  { name: "log10", arity: [1, 1], impl: (a) => floatResult(logHelper(a[0], mLog10)) },
  unary("log1p", log1p, false, "expected argument value > -1, got %s"),
  { name: "log2", arity: [1, 1], impl: (a) => floatResult(logHelper(a[0], mLog2)) },
  {
    name: "modf",
    arity: [1, 1],
    impl: (a) => {
      const x = toDouble(a[0]);
      if (!Number.isFinite(x)) {
        if (Number.isNaN(x)) return newTuple([newFloat(x), newFloat(x)]);
        return newTuple([newFloat(copysign(0, x)), newFloat(x)]);
      }
      const ip = Math.trunc(x);
      return newTuple([newFloat(copysign(x - ip, x)), newFloat(ip)]);
    },
  },
  {
    name: "nextafter",
    arity: [2, 3],
    kw: ["steps"],
    impl: (a, kw) => {
      checkPositional("nextafter", a, kw, 2);
      const x = toDouble(a[0]), y = toDouble(a[1]);
      const steps = a[2];
      if (steps === undefined || steps === None) return floatResult(nextafter(x, y));
      return floatResult(nextafterSteps(x, y, steps));
    },
  },
  {
    name: "perm",
    arity: [1, 2],
    impl: (a) => {
      if (a.length < 2 || a[1] === None) return factorialOf(indexOf(a[0]));
      return permOf(indexOf(a[0]), indexOf(a[1]));
    },
  },
  {
    name: "pow",
    arity: [2, 2],
    impl: (a) => floatResult(mathPow(toDouble(a[0]), toDouble(a[1]))),
  },
  {
    name: "prod",
    arity: [1, 2],
    kw: ["start"],
    impl: (a, kw) => {
      checkPositional("prod", a, kw, 1);
      return prodOf(a[0], a[1] === undefined ? 1 : a[1]);
    },
  },
  { name: "radians", arity: [1, 1], impl: (a) => floatResult(toDouble(a[0]) * degToRad) },
  binary("remainder", mRemainder),
  unary("sin", sin, false, FINITE_MSG),
  unary("sinh", sinh, true),
  unary("sqrt", Math.sqrt, false, "expected a nonnegative input, got %s"),
  { name: "sumprod", arity: [2, 2], impl: (a) => sumprodOf(a[0], a[1]) },
  unary("tan", tan, false, FINITE_MSG),
  unary("tanh", tanh, false),
  {
    name: "trunc",
    arity: [1, 1],
    impl: (a) => {
      const w = a[0];
      if (w instanceof PyFloat) return intFromFloat(w.value);
      if (typeof w !== "object") return w;
      if (typeOf(w).lookup("__trunc__") === undefined) {
        raiseTypeError(`type ${typeOf(w).name} doesn't define __trunc__ method`);
      }
      return callMethod(w, "__trunc__", []);
    },
  },
  { name: "ulp", arity: [1, 1], impl: (a) => floatResult(ulp(toDouble(a[0]))) },
];

export const mathModule: NativeModuleDef = {
  name: "math",
  doc: "This module provides access to the mathematical functions\ndefined by the C standard.",
  functions,
  values: () => ({
    pi: newFloat(Math.PI),
    e: newFloat(Math.E),
    tau: newFloat(2 * Math.PI),
    inf: newFloat(Infinity),
    nan: newFloat(NaN),
  }),
};
