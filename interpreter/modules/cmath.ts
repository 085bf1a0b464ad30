// The cmath module (CPython's Modules/cmathmodule.c): C99 Annex G special values from CPython's 7x7
// tables, the same formulas (with overflow/underflow rescaling) over our musl-exact real functions, and
// errno mapped to ValueError("math domain error") / OverflowError("math range error").
import {
  callMethod,
  type Kwargs,
  type MethodSpec,
  newBool,
  PyBool,
  typeOf,
  type W,
} from "../objects/model.ts";
import { raiseOverflowError, raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { newComplex, PyComplex } from "../objects/complex.ts";
import { newFloat } from "../objects/float.ts";
import { newTuple } from "../objects/tuple.ts";
import type { NativeModuleDef } from "./define.ts";
import { toDouble } from "./math.ts";
import {
  asinh,
  atan2,
  copysign,
  cos,
  cosh,
  EDOM,
  ERANGE,
  hypot,
  ldexp,
  log1p,
  sin,
  sinh,
  tan,
  tanh,
} from "./math_special.ts";

type C = [number, number];
let errno = 0;

const DBL_MAX = 1.7976931348623157e308;
const DBL_MIN = 2.2250738585072014e-308;
const LARGE = DBL_MAX / 4;
const SQRT_LARGE = Math.sqrt(LARGE);
const LOG_LARGE = Math.log(LARGE);
const SQRT_DBL_MIN = Math.sqrt(DBL_MIN);
const SCALE_UP = 2 * Math.floor(53 / 2) + 1;
const SCALE_DOWN = -(SCALE_UP + 1) / 2;
const LN2 = 0.6931471805599453094;
const LN10 = 2.302585092994045684;

// ---------------------------------------------------------------- special value tables

const P = Math.PI, P14 = 0.25 * Math.PI, P12 = 0.5 * Math.PI, P34 = 0.75 * Math.PI;
const TOKENS: Record<string, number> = {
  P,
  P14,
  P12,
  P34,
  "-P": -P,
  "-P14": -P14,
  "-P12": -P12,
  "-P34": -P34,
  INF: Infinity,
  "-INF": -Infinity,
  N: NaN,
  U: -9.5426319407711027e33,
  "0": 0,
  "-0": -0,
  "1": 1,
  "-1": -1,
};
/** Rows of "re,im" pairs as in CPython's INIT_SPECIAL_VALUES (real part type, then imaginary part type). */
function table(text: string): C[][] {
  const rows = text.trim().split("\n").map((line) =>
    line.trim().split(/\s+/).map((pair) => pair.split(",").map((t) => TOKENS[t]) as C)
  );
  return rows;
}
const ACOS = table(`
P34,INF P,INF P,INF P,-INF P,-INF P34,-INF N,INF
P12,INF U,U U,U U,U U,U P12,-INF N,N
P12,INF U,U P12,0 P12,-0 U,U P12,-INF P12,N
P12,INF U,U P12,0 P12,-0 U,U P12,-INF P12,N
P12,INF U,U U,U U,U U,U P12,-INF N,N
P14,INF 0,INF 0,INF 0,-INF 0,-INF P14,-INF N,INF
N,INF N,N N,N N,N N,N N,-INF N,N`);
const ACOSH = table(`
INF,-P34 INF,-P INF,-P INF,P INF,P INF,P34 INF,N
INF,-P12 U,U U,U U,U U,U INF,P12 N,N
INF,-P12 U,U 0,-P12 0,P12 U,U INF,P12 N,P12
INF,-P12 U,U 0,-P12 0,P12 U,U INF,P12 N,P12
INF,-P12 U,U U,U U,U U,U INF,P12 N,N
INF,-P14 INF,-0 INF,-0 INF,0 INF,0 INF,P14 INF,N
INF,N N,N N,N N,N N,N INF,N N,N`);
const ASINH = table(`
-INF,-P14 -INF,-0 -INF,-0 -INF,0 -INF,0 -INF,P14 -INF,N
-INF,-P12 U,U U,U U,U U,U -INF,P12 N,N
-INF,-P12 U,U -0,-0 -0,0 U,U -INF,P12 N,N
INF,-P12 U,U 0,-0 0,0 U,U INF,P12 N,N
INF,-P12 U,U U,U U,U U,U INF,P12 N,N
INF,-P14 INF,-0 INF,-0 INF,0 INF,0 INF,P14 INF,N
INF,N N,N N,-0 N,0 N,N INF,N N,N`);
const ATANH = table(`
-0,-P12 -0,-P12 -0,-P12 -0,P12 -0,P12 -0,P12 -0,N
-0,-P12 U,U U,U U,U U,U -0,P12 N,N
-0,-P12 U,U -0,-0 -0,0 U,U -0,P12 -0,N
0,-P12 U,U 0,-0 0,0 U,U 0,P12 0,N
0,-P12 U,U U,U U,U U,U 0,P12 N,N
0,-P12 0,-P12 0,-P12 0,P12 0,P12 0,P12 0,N
0,-P12 N,N N,N N,N N,N 0,P12 N,N`);
const COSH = table(`
INF,N U,U INF,0 INF,-0 U,U INF,N INF,N
N,N U,U U,U U,U U,U N,N N,N
N,0 U,U 1,0 1,-0 U,U N,0 N,0
N,0 U,U 1,-0 1,0 U,U N,0 N,0
N,N U,U U,U U,U U,U N,N N,N
INF,N U,U INF,-0 INF,0 U,U INF,N INF,N
N,N N,N N,0 N,0 N,N N,N N,N`);
const EXP = table(`
0,0 U,U 0,-0 0,0 U,U 0,0 0,0
N,N U,U U,U U,U U,U N,N N,N
N,N U,U 1,-0 1,0 U,U N,N N,N
N,N U,U 1,-0 1,0 U,U N,N N,N
N,N U,U U,U U,U U,U N,N N,N
INF,N U,U INF,-0 INF,0 U,U INF,N INF,N
N,N N,N N,-0 N,0 N,N N,N N,N`);
const LOG = table(`
INF,-P34 INF,-P INF,-P INF,P INF,P INF,P34 INF,N
INF,-P12 U,U U,U U,U U,U INF,P12 N,N
INF,-P12 U,U -INF,-P -INF,P U,U INF,P12 N,N
INF,-P12 U,U -INF,-0 -INF,0 U,U INF,P12 N,N
INF,-P12 U,U U,U U,U U,U INF,P12 N,N
INF,-P14 INF,-0 INF,-0 INF,0 INF,0 INF,P14 INF,N
INF,N N,N N,N N,N N,N INF,N N,N`);
const SINH = table(`
INF,N U,U -INF,-0 -INF,0 U,U INF,N INF,N
N,N U,U U,U U,U U,U N,N N,N
0,N U,U -0,-0 -0,0 U,U 0,N 0,N
0,N U,U 0,-0 0,0 U,U 0,N 0,N
N,N U,U U,U U,U U,U N,N N,N
INF,N U,U INF,-0 INF,0 U,U INF,N INF,N
N,N N,N N,-0 N,0 N,N N,N N,N`);
const SQRT = table(`
INF,-INF 0,-INF 0,-INF 0,INF 0,INF INF,INF N,INF
INF,-INF U,U U,U U,U U,U INF,INF N,N
INF,-INF U,U 0,-0 0,0 U,U INF,INF N,N
INF,-INF U,U 0,-0 0,0 U,U INF,INF N,N
INF,-INF U,U U,U U,U U,U INF,INF N,N
INF,-INF INF,-0 INF,-0 INF,0 INF,0 INF,INF INF,N
INF,-INF N,N N,N N,N N,N INF,INF N,N`);
const TANH = table(`
-1,0 U,U -1,-0 -1,0 U,U -1,0 -1,0
N,N U,U U,U U,U U,U N,N N,N
-0,N U,U -0,-0 -0,0 U,U -0,N -0,N
0,N U,U 0,-0 0,0 U,U 0,N 0,N
N,N U,U U,U U,U U,U N,N N,N
1,0 U,U 1,-0 1,0 U,U 1,0 1,0
N,N N,N N,-0 N,0 N,N N,N N,N`);
const RECT = table(`
INF,N U,U -INF,0 -INF,-0 U,U INF,N INF,N
N,N U,U U,U U,U U,U N,N N,N
0,0 U,U -0,0 -0,-0 U,U 0,0 0,0
0,0 U,U 0,-0 0,0 U,U 0,0 0,0
N,N U,U U,U U,U U,U N,N N,N
INF,N U,U INF,-0 INF,0 U,U INF,N INF,N
N,N N,N N,0 N,0 N,N N,N N,N`);

function specialType(d: number): number {
  if (Number.isFinite(d)) {
    if (d !== 0) return copysign(1, d) === 1 ? 4 : 1;
    return copysign(1, d) === 1 ? 3 : 2;
  }
  if (Number.isNaN(d)) return 6;
  return d > 0 ? 5 : 0;
}
function special(z: C, t: C[][]): C | undefined {
  if (Number.isFinite(z[0]) && Number.isFinite(z[1])) return undefined;
  errno = 0;
  const r = t[specialType(z[0])][specialType(z[1])];
  return [r[0], r[1]];
}
const isInf = (x: number) => x === Infinity || x === -Infinity;

// ---------------------------------------------------------------- the functions

function cSqrt(z: C): C {
  const sv = special(z, SQRT);
  if (sv) return sv;
  if (z[0] === 0 && z[1] === 0) return [0, z[1]];
  let ax = Math.abs(z[0]);
  const ay = Math.abs(z[1]);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    ax = ldexp(ax, SCALE_UP);
    s = ldexp(Math.sqrt(ax + hypot(ax, ldexp(ay, SCALE_UP))), SCALE_DOWN);
  } else {
    ax /= 8;
    s = 2 * Math.sqrt(ax + hypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  errno = 0;
  if (z[0] >= 0) return [s, copysign(d, z[1])];
  return [d, copysign(s, z[1])];
}

function cAcos(z: C): C {
  const sv = special(z, ACOS);
  if (sv) return sv;
  let r: C;
  if (Math.abs(z[0]) > LARGE || Math.abs(z[1]) > LARGE) {
    r = [atan2(Math.abs(z[1]), z[0]), -copysign(Math.log(hypot(z[0] / 2, z[1] / 2)) + LN2 * 2, z[1])];
  } else {
    const s1 = cSqrt([1 - z[0], -z[1]]);
    const s2 = cSqrt([1 + z[0], z[1]]);
    r = [2 * atan2(s1[0], s2[0]), asinh(s2[0] * s1[1] - s2[1] * s1[0])];
  }
  errno = 0;
  return r;
}

function cAcosh(z: C): C {
  const sv = special(z, ACOSH);
  if (sv) return sv;
  let r: C;
  if (Math.abs(z[0]) > LARGE || Math.abs(z[1]) > LARGE) {
    r = [Math.log(hypot(z[0] / 2, z[1] / 2)) + LN2 * 2, atan2(z[1], z[0])];
  } else {
    const s1 = cSqrt([z[0] - 1, z[1]]);
    const s2 = cSqrt([z[0] + 1, z[1]]);
    r = [asinh(s1[0] * s2[0] + s1[1] * s2[1]), 2 * atan2(s1[1], s2[0])];
  }
  errno = 0;
  return r;
}

function cAsinh(z: C): C {
  const sv = special(z, ASINH);
  if (sv) return sv;
  let r: C;
  if (Math.abs(z[0]) > LARGE || Math.abs(z[1]) > LARGE) {
    const re = z[1] >= 0
      ? copysign(Math.log(hypot(z[0] / 2, z[1] / 2)) + LN2 * 2, z[0])
      : -copysign(Math.log(hypot(z[0] / 2, z[1] / 2)) + LN2 * 2, -z[0]);
    r = [re, atan2(z[1], Math.abs(z[0]))];
  } else {
    const s1 = cSqrt([1 + z[1], -z[0]]);
    const s2 = cSqrt([1 - z[1], z[0]]);
    r = [asinh(s1[0] * s2[1] - s2[0] * s1[1]), atan2(z[1], s1[0] * s2[0] - s1[1] * s2[1])];
  }
  errno = 0;
  return r;
}

function cAsin(z: C): C {
  const s = cAsinh([-z[1], z[0]]);
  return [s[1], -s[0]];
}

function cAtanh(z: C): C {
  const sv = special(z, ATANH);
  if (sv) return sv;
  if (z[0] < 0) {
    const r = cAtanh([-z[0], -z[1]]);
    return [-r[0], -r[1]];
  }
  const ay = Math.abs(z[1]);
  let r: C;
  if (z[0] > SQRT_LARGE || ay > SQRT_LARGE) {
    const h = hypot(z[0] / 2, z[1] / 2);
    r = [z[0] / 4 / h / h, copysign(Math.PI / 2, z[1])];
    errno = 0;
  } else if (z[0] === 1 && ay < SQRT_DBL_MIN) {
    if (ay === 0) {
      r = [Infinity, z[1]];
      errno = EDOM;
    } else {
      r = [-Math.log(Math.sqrt(ay) / Math.sqrt(hypot(ay, 2))), copysign(atan2(2, -ay) / 2, z[1])];
      errno = 0;
    }
  } else {
    r = [
      log1p(4 * z[0] / ((1 - z[0]) * (1 - z[0]) + ay * ay)) / 4,
      -atan2(-2 * z[1], (1 - z[0]) * (1 + z[0]) - ay * ay) / 2,
    ];
    errno = 0;
  }
  return r;
}

function cAtan(z: C): C {
  const s = cAtanh([-z[1], z[0]]);
  return [s[1], -s[0]];
}

function cCosh(z: C): C {
  let r: C;
  if (!Number.isFinite(z[0]) || !Number.isFinite(z[1])) {
    if (isInf(z[0]) && Number.isFinite(z[1]) && z[1] !== 0) {
      if (z[0] > 0) r = [copysign(Infinity, cos(z[1])), copysign(Infinity, sin(z[1]))];
      else r = [copysign(Infinity, cos(z[1])), -copysign(Infinity, sin(z[1]))];
    } else {
      const t = COSH[specialType(z[0])][specialType(z[1])];
      r = [t[0], t[1]];
    }
    errno = isInf(z[1]) && !Number.isNaN(z[0]) ? EDOM : 0;
    return r;
  }
  if (Math.abs(z[0]) > LOG_LARGE) {
    const x1 = z[0] - copysign(1, z[0]);
    r = [cos(z[1]) * cosh(x1) * Math.E, sin(z[1]) * sinh(x1) * Math.E];
  } else {
    r = [cos(z[1]) * cosh(z[0]), sin(z[1]) * sinh(z[0])];
  }
  errno = isInf(r[0]) || isInf(r[1]) ? ERANGE : 0;
  return r;
}

function cCos(z: C): C {
  return cCosh([-z[1], z[0]]);
}

function cExp(z: C): C {
  let r: C;
  if (!Number.isFinite(z[0]) || !Number.isFinite(z[1])) {
    if (isInf(z[0]) && Number.isFinite(z[1]) && z[1] !== 0) {
      if (z[0] > 0) r = [copysign(Infinity, cos(z[1])), copysign(Infinity, sin(z[1]))];
      else r = [copysign(0, cos(z[1])), copysign(0, sin(z[1]))];
    } else {
      const t = EXP[specialType(z[0])][specialType(z[1])];
      r = [t[0], t[1]];
    }
    errno = isInf(z[1]) && (Number.isFinite(z[0]) || z[0] === Infinity) ? EDOM : 0;
    return r;
  }
  if (z[0] > LOG_LARGE) {
    const l = Math.exp(z[0] - 1);
    r = [l * cos(z[1]) * Math.E, l * sin(z[1]) * Math.E];
  } else {
    const l = Math.exp(z[0]);
    r = [l * cos(z[1]), l * sin(z[1])];
  }
  errno = isInf(r[0]) || isInf(r[1]) ? ERANGE : 0;
  return r;
}

function cLog(z: C): C {
  const sv = special(z, LOG);
  if (sv) return sv;
  const ax = Math.abs(z[0]), ay = Math.abs(z[1]);
  let re: number;
  if (ax > LARGE || ay > LARGE) {
    re = Math.log(hypot(ax / 2, ay / 2)) + LN2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0 || ay > 0) {
      re = Math.log(hypot(ldexp(ax, 53), ldexp(ay, 53))) - 53 * LN2;
    } else {
      errno = EDOM;
      return [-Infinity, atan2(z[1], z[0])];
    }
  } else {
    const h = hypot(ax, ay);
    if (0.71 <= h && h <= 1.73) {
      const am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
      re = log1p((am - 1) * (am + 1) + an * an) / 2;
    } else {
      re = Math.log(h);
    }
  }
  errno = 0;
  return [re, atan2(z[1], z[0])];
}

function cLog10(z: C): C {
  const r = cLog(z);
  return [r[0] / LN10, r[1] / LN10];
}

function cSinh(z: C): C {
  let r: C;
  if (!Number.isFinite(z[0]) || !Number.isFinite(z[1])) {
    if (isInf(z[0]) && Number.isFinite(z[1]) && z[1] !== 0) {
      if (z[0] > 0) r = [copysign(Infinity, cos(z[1])), copysign(Infinity, sin(z[1]))];
      else r = [-copysign(Infinity, cos(z[1])), copysign(Infinity, sin(z[1]))];
    } else {
      const t = SINH[specialType(z[0])][specialType(z[1])];
      r = [t[0], t[1]];
    }
    errno = isInf(z[1]) && !Number.isNaN(z[0]) ? EDOM : 0;
    return r;
  }
  if (Math.abs(z[0]) > LOG_LARGE) {
    const x1 = z[0] - copysign(1, z[0]);
    r = [cos(z[1]) * sinh(x1) * Math.E, sin(z[1]) * cosh(x1) * Math.E];
  } else {
    r = [cos(z[1]) * sinh(z[0]), sin(z[1]) * cosh(z[0])];
  }
  errno = isInf(r[0]) || isInf(r[1]) ? ERANGE : 0;
  return r;
}

function cSin(z: C): C {
  const s = cSinh([-z[1], z[0]]);
  return [s[1], -s[0]];
}

function cTanh(z: C): C {
  let r: C;
  if (!Number.isFinite(z[0]) || !Number.isFinite(z[1])) {
    if (isInf(z[0]) && Number.isFinite(z[1]) && z[1] !== 0) {
      r = [z[0] > 0 ? 1 : -1, copysign(0, 2 * sin(z[1]) * cos(z[1]))];
    } else {
      const t = TANH[specialType(z[0])][specialType(z[1])];
      r = [t[0], t[1]];
    }
    errno = isInf(z[1]) && Number.isFinite(z[0]) ? EDOM : 0;
    return r;
  }
  if (Math.abs(z[0]) > LOG_LARGE) {
    r = [copysign(1, z[0]), 4 * sin(z[1]) * cos(z[1]) * Math.exp(-2 * Math.abs(z[0]))];
  } else {
    const tx = tanh(z[0]);
    const ty = tan(z[1]);
    const cx = 1 / cosh(z[0]);
    const txty = tx * ty;
    const denom = 1 + txty * txty;
    r = [tx * (1 + ty * ty) / denom, ((ty / denom) * cx) * cx];
  }
  errno = 0;
  return r;
}

function cTan(z: C): C {
  const s = cTanh([-z[1], z[0]]);
  return [s[1], -s[0]];
}

/** _Py_c_quot (Smith's algorithm with CPython's zero/inf/nan handling). */
function cQuot(a: C, b: C): C {
  const absBr = Math.abs(b[0]), absBi = Math.abs(b[1]);
  if (absBr >= absBi) {
    if (absBr === 0) {
      errno = EDOM;
      return [0, 0];
    }
    const ratio = b[1] / b[0];
    const denom = b[0] + b[1] * ratio;
    return [(a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom];
  }
  if (absBi >= absBr) {
    const ratio = b[0] / b[1];
    const denom = b[0] * ratio + b[1];
    return [(a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom];
  }
  return [NaN, NaN];
}

/** _Py_c_abs: hypot with infinities winning over NaNs, ERANGE on overflow. */
function cAbs(z: C): number {
  if (!Number.isFinite(z[0]) || !Number.isFinite(z[1])) {
    if (isInf(z[0])) return Math.abs(z[0]);
    if (isInf(z[1])) return Math.abs(z[1]);
    return NaN;
  }
  const r = hypot(z[0], z[1]);
  errno = Number.isFinite(r) ? 0 : ERANGE;
  return r;
}

// ---------------------------------------------------------------- argument conversion and glue

/** PyComplex_AsCComplex: complex, __complex__, then a real number. */
export function toComplex(w: W): C {
  if (w instanceof PyComplex) return [w.re, w.im];
  const t = typeOf(w);
  if (typeof w === "object" && !(w instanceof PyBool) && t.lookup("__complex__") !== undefined) {
    const r = callMethod(w, "__complex__", []);
    if (!(r instanceof PyComplex)) {
      raiseTypeError(`__complex__ returned non-complex (type ${typeOf(r).name})`);
    }
    return [r.re, r.im];
  }
  return [toDouble(w), 0];
}

function mathError(): never {
  if (errno === EDOM) raiseValueError("math domain error");
  raiseOverflowError("math range error");
}

function wrap(name: string, fn: (z: C) => C): MethodSpec {
  return {
    name,
    arity: [1, 1],
    impl: (a) => {
      const z = toComplex(a[0]);
      errno = 0;
      const r = fn(z);
      if (errno !== 0) mathError();
      return newComplex(r[0], r[1]);
    },
  };
}

export const cmathModule: NativeModuleDef = {
  name: "cmath",
  doc: "This module provides access to mathematical functions for complex\nnumbers.",
  functions: [
    wrap("acos", cAcos),
    wrap("acosh", cAcosh),
    wrap("asin", cAsin),
    wrap("asinh", cAsinh),
    wrap("atan", cAtan),
    wrap("atanh", cAtanh),
    wrap("cos", cCos),
    wrap("cosh", cCosh),
    wrap("exp", cExp),
    {
      name: "isclose",
      arity: [0, 4],
      kw: ["a", "b", "rel_tol", "abs_tol"],
      impl: (a, kw: Kwargs | null) => {
        let n = 0;
        for (const x of a) if (x !== undefined) n++;
        const positional = n - (kw === null ? 0 : kw.names.length);
        if (positional > 2) {
          raiseTypeError(`isclose() takes exactly 2 positional arguments (${positional} given)`);
        }
        if (a[0] === undefined) raiseTypeError("isclose() missing required argument 'a' (pos 1)");
        if (a[1] === undefined) raiseTypeError("isclose() missing required argument 'b' (pos 2)");
        const x = toComplex(a[0]), y = toComplex(a[1]);
        const relTol = a[2] === undefined ? 1e-9 : toDouble(a[2]);
        const absTol = a[3] === undefined ? 0 : toDouble(a[3]);
        if (relTol < 0 || absTol < 0) raiseValueError("tolerances must be non-negative");
        if (x[0] === y[0] && x[1] === y[1]) return newBool(true);
        if (isInf(x[0]) || isInf(x[1]) || isInf(y[0]) || isInf(y[1])) return newBool(false);
        const diff = cAbs([x[0] - y[0], x[1] - y[1]]);
        return newBool(diff <= relTol * cAbs(y) || diff <= relTol * cAbs(x) || diff <= absTol);
      },
    },
    {
      name: "isfinite",
      arity: [1, 1],
      impl: (a) => {
        const z = toComplex(a[0]);
        return newBool(Number.isFinite(z[0]) && Number.isFinite(z[1]));
      },
    },
    {
      name: "isinf",
      arity: [1, 1],
      impl: (a) => {
        const z = toComplex(a[0]);
        return newBool(isInf(z[0]) || isInf(z[1]));
      },
    },
    {
      name: "isnan",
      arity: [1, 1],
      impl: (a) => {
        const z = toComplex(a[0]);
        return newBool(Number.isNaN(z[0]) || Number.isNaN(z[1]));
      },
    },
    {
      name: "log",
      arity: [1, 2],
      impl: (a) => {
        const z = toComplex(a[0]);
        errno = 0;
        let r = cLog(z);
        if (a.length > 1) {
          const saved = errno;
          const b = cLog(toComplex(a[1]));
          if (errno === 0) errno = saved;
          const save2 = errno;
          errno = 0;
          r = cQuot(r, b);
          if (errno === EDOM) raiseZeroDivision();
          errno = save2;
        }
        if (errno !== 0) mathError();
        return newComplex(r[0], r[1]);
      },
    },
    wrap("log10", cLog10),
    {
      name: "phase",
      arity: [1, 1],
      impl: (a) => {
        const z = toComplex(a[0]);
        return newFloat(atan2(z[1], z[0]));
      },
    },
    {
      name: "polar",
      arity: [1, 1],
      impl: (a) => {
        const z = toComplex(a[0]);
        errno = 0;
        const phi = atan2(z[1], z[0]);
        const r = cAbs(z);
        if (errno !== 0) mathError();
        return newTuple([newFloat(r), newFloat(phi)]);
      },
    },
    {
      name: "rect",
      arity: [2, 2],
      impl: (a) => {
        const r = toDouble(a[0]), phi = toDouble(a[1]);
        let z: C;
        errno = 0;
        if (!Number.isFinite(r) || !Number.isFinite(phi)) {
          if (isInf(r) && Number.isFinite(phi) && phi !== 0) {
            if (r > 0) z = [copysign(Infinity, cos(phi)), copysign(Infinity, sin(phi))];
            else z = [-copysign(Infinity, cos(phi)), -copysign(Infinity, sin(phi))];
          } else {
            const t = RECT[specialType(r)][specialType(phi)];
            z = [t[0], t[1]];
          }
          errno = r !== 0 && !Number.isNaN(r) && isInf(phi) ? EDOM : 0;
        } else if (phi === 0) {
          z = [r, r * phi];
        } else {
          z = [r * cos(phi), r * sin(phi)];
        }
        if (errno !== 0) mathError();
        return newComplex(z[0], z[1]);
      },
    },
    wrap("sin", cSin),
    wrap("sinh", cSinh),
    wrap("sqrt", cSqrt),
    wrap("tan", cTan),
    wrap("tanh", cTanh),
  ],
  values: () => ({
    pi: newFloat(Math.PI),
    e: newFloat(Math.E),
    tau: newFloat(2 * Math.PI),
    inf: newFloat(Infinity),
    infj: newComplex(0, Infinity),
    nan: newFloat(NaN),
    nanj: newComplex(0, NaN),
  }),
};

function raiseZeroDivision(): never {
  // _Py_c_quot by zero sets errno = EDOM; cmath.log reports it as a domain error
  errno = EDOM;
  mathError();
}
