// Floating-point building blocks of the math module that JS's Math lacks: bit access, frexp/ldexp,
// nextafter, an exact fma, erf/erfc (the fdlibm/musl algorithm CPython's libm uses on pyodide), and
// CPython's own Lanczos gamma/lgamma (Modules/mathmodule.c keeps those instead of libm's).
// Results follow the same operation order as the C code so that the doubles come out identical.

const buf = new DataView(new ArrayBuffer(8));

export function doubleToBits(x: number): bigint {
  buf.setFloat64(0, x);
  return buf.getBigUint64(0);
}
export function bitsToDouble(b: bigint): number {
  buf.setBigUint64(0, BigInt.asUintN(64, b));
  return buf.getFloat64(0);
}
function highWord(x: number): number {
  buf.setFloat64(0, x);
  return buf.getUint32(0);
}
/** x with its low 32 bits cleared (fdlibm's SET_LOW_WORD(z, 0)). */
function clearLowWord(x: number): number {
  buf.setFloat64(0, x);
  buf.setUint32(4, 0);
  return buf.getFloat64(0);
}

export function copysign(x: number, y: number): number {
  const neg = y < 0 || Object.is(y, -0) || (Number.isNaN(y) && highWord(y) >>> 31 === 1);
  const ax = Math.abs(x);
  return neg ? -ax : ax;
}

/** C frexp: [m, e] with x = m * 2**e and 0.5 <= |m| < 1 (zero, inf and nan are returned with e = 0). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  buf.setFloat64(0, x);
  let hi = buf.getUint32(0);
  let e = (hi >>> 20) & 0x7ff;
  let extra = 0;
  if (e === 0) {
    // subnormal: scale into the normal range first
    buf.setFloat64(0, x * 2 ** 64);
    hi = buf.getUint32(0);
    e = (hi >>> 20) & 0x7ff;
    extra = -64;
  }
  const exp = e - 1022 + extra;
  buf.setUint32(0, (hi & 0x800fffff) | (1022 << 20));
  return [buf.getFloat64(0), exp];
}

function pow2(n: number): number {
  // 2**n for -1022 <= n <= 1023, exactly
  buf.setUint32(0, (n + 1023) << 20);
  buf.setUint32(4, 0);
  return buf.getFloat64(0);
}

/** C ldexp/scalbn (musl's order of operations: only the last multiplication rounds). */
export function ldexp(x: number, n: number): number {
  let y = x;
  if (n > 1023) {
    y *= pow2(1023);
    n -= 1023;
    if (n > 1023) {
      y *= pow2(1023);
      n -= 1023;
      if (n > 1023) n = 1023;
    }
  } else if (n < -1022) {
    // 2**-1022 * 2**53 keeps the intermediate normal so that the final multiply rounds once
    y *= pow2(-1022) * pow2(53);
    n += 1022 - 53;
    if (n < -1022) {
      y *= pow2(-1022) * pow2(53);
      n += 1022 - 53;
      if (n < -1022) n = -1022;
    }
  }
  return y * pow2(n);
}

/** C nextafter(x, y). */
export function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return x + y;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  const b = doubleToBits(x);
  const up = (y > x) === (x > 0);
  return bitsToDouble(up ? b + 1n : b - 1n);
}

// ---------------------------------------------------------------- exact arithmetic

/** A finite nonzero double as mantissa * 2**exp with an integer mantissa (signed). */
function decompose(x: number): [bigint, number] {
  const b = doubleToBits(x);
  const e = Number((b >> 52n) & 0x7ffn);
  let m = b & 0xfffffffffffffn;
  let exp: number;
  if (e === 0) exp = -1074;
  else {
    m |= 1n << 52n;
    exp = e - 1075;
  }
  return [x < 0 ? -m : m, exp];
}

function bigBitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/** m * 2**e correctly rounded to a double (round half to even; overflow gives ±inf). */
export function roundToDouble(m: bigint, e: number): number {
  if (m === 0n) return 0;
  const neg = m < 0n;
  let a = neg ? -m : m;
  const bl = bigBitLength(a);
  // exponent of the leading bit: value in [2**(top), 2**(top+1))
  const top = bl - 1 + e;
  // number of mantissa bits kept: 53 for normals, fewer for subnormals
  let keep = 53;
  if (top < -1022) keep = 53 - (-1022 - top);
  if (keep <= 0) {
    // below half the smallest subnormal (or exactly on its half: ties to even = 0)
    if (keep === 0) {
      // value in [2**-1075, 2**-1074): rounds to min subnormal unless it is exactly 2**-1075
      const exact = a === 1n << BigInt(bl - 1);
      const r = exact ? 0 : 5e-324;
      return neg ? -r : r;
    }
    return neg ? -0 : 0;
  }
  let shift = bl - keep;
  if (shift > 0) {
    const sh = BigInt(shift);
    const q = a >> sh;
    const rem = a - (q << sh);
    const half = 1n << (sh - 1n);
    let r = q;
    if (rem > half || (rem === half && (q & 1n) === 1n)) r = q + 1n;
    a = r;
  } else {
    shift = 0;
  }
  const v = Number(a); // at most 54 bits: exact
  const res = ldexpExact(v, e + shift);
  return neg ? -res : res;
}
function ldexpExact(v: number, e: number): number {
  // v * 2**e without double rounding: v already has the right number of bits for the target
  if (e > 1023) {
    const r = v * pow2(1023);
    return ldexpExact(r, e - 1023);
  }
  if (e < -1022) {
    const r = v * pow2(-1022);
    // exact: v has few enough bits; continue
    return r * (e + 1022 < -1022 ? pow2(-1022) : pow2(e + 1022));
  }
  return v * pow2(e);
}

/** x*y + z with a single rounding (C99 fma). */
export function fma(x: number, y: number, z: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return x * y + z;
  if (!Number.isFinite(z)) return z;
  if (x === 0 || y === 0) return x * y + z;
  if (z === 0) {
    const p = x * y;
    if (p !== 0 && Number.isFinite(p)) return p;
  }
  const [mx, ex] = decompose(x);
  const [my, ey] = decompose(y);
  const ep = ex + ey;
  const mp = mx * my;
  // exact product nonzero: x*y + 0 rounds the product alone, keeping its sign when it underflows to zero
  if (z === 0) return roundToDouble(mp, ep);
  const [mz, ez] = decompose(z);
  const e = Math.min(ep, ez);
  const sum = (mp << BigInt(ep - e)) + (mz << BigInt(ez - e));
  if (sum === 0n) return 0;
  return roundToDouble(sum, e);
}

/** Error-free product: returns [x*y rounded, exact error] (dl_mul of mathmodule.c). */
export function twoProduct(x: number, y: number): [number, number] {
  const p = x * y;
  if (!Number.isFinite(p)) return [p, 0];
  // Dekker's split is exact unless a half or a partial product overflows (p near the largest double) or
  // the error underflows; fall back to fma then.
  const ax = Math.abs(x), ay = Math.abs(y), ap = Math.abs(p);
  if (ax < 1e300 && ay < 1e300 && ax > 1e-290 && ay > 1e-290 && ap > 1e-290 && ap < 1e300) {
    const c = 134217729; // 2**27 + 1
    let t = c * x;
    const xh = t - (t - x), xl = x - xh;
    t = c * y;
    const yh = t - (t - y), yl = y - yh;
    return [p, ((xh * yh - p) + xh * yl + xl * yh) + xl * yl];
  }
  return [p, fma(x, y, -p)];
}

// ---------------------------------------------------------------- erf / erfc (fdlibm, as musl)

const erx = 8.45062911510467529297e-01;
const efx8 = 1.02703333676410069053e+00;
const pp0 = 1.28379167095512558561e-01,
  pp1 = -3.25042107247001499370e-01,
  pp2 = -2.84817495755985104766e-02,
  pp3 = -5.77027029648944159157e-03,
  pp4 = -2.37630166566501626084e-05;
const qq1 = 3.97917223959155352819e-01,
  qq2 = 6.50222499887672944485e-02,
  qq3 = 5.08130628187576562776e-03,
  qq4 = 1.32494738004321644526e-04,
  qq5 = -3.96022827877536812320e-06;
const pa0 = -2.36211856075265944077e-03,
  pa1 = 4.14856118683748331666e-01,
  pa2 = -3.72207876035701323847e-01,
  pa3 = 3.18346619901161753674e-01,
  pa4 = -1.10894694282396677476e-01,
  pa5 = 3.54783043256182359371e-02,
  pa6 = -2.16637559486879084300e-03;
const qa1 = 1.06420880400844228286e-01,
  qa2 = 5.40397917702171048937e-01,
  qa3 = 7.18286544141962662868e-02,
  qa4 = 1.26171219808761642112e-01,
  qa5 = 1.36370839120290507362e-02,
  qa6 = 1.19844998467991074170e-02;
const ra0 = -9.86494403484714822705e-03,
  ra1 = -6.93858572707181764372e-01,
  ra2 = -1.05586262253232909814e+01,
  ra3 = -6.23753324503260060396e+01,
  ra4 = -1.62396669462573470355e+02,
  ra5 = -1.84605092906711035994e+02,
  ra6 = -8.12874355063065934246e+01,
  ra7 = -9.81432934416914548592e+00;
const sa1 = 1.96512716674392571292e+01,
  sa2 = 1.37657754143519042600e+02,
  sa3 = 4.34565877475229228821e+02,
  sa4 = 6.45387271733267880336e+02,
  sa5 = 4.29008140027567833386e+02,
  sa6 = 1.08635005541779435134e+02,
  sa7 = 6.57024977031928170135e+00,
  sa8 = -6.04244152148580987438e-02;
const rb0 = -9.86494292470009928597e-03,
  rb1 = -7.99283237680523006574e-01,
  rb2 = -1.77579549177547519889e+01,
  rb3 = -1.60636384855821916062e+02,
  rb4 = -6.37566443368389627722e+02,
  rb5 = -1.02509513161107724954e+03,
  rb6 = -4.83519191608651397019e+02;
const sb1 = 3.03380607434824582924e+01,
  sb2 = 3.25792512996573918826e+02,
  sb3 = 1.53672958608443695994e+03,
  sb4 = 3.19985821950859553908e+03,
  sb5 = 2.55305040643316442583e+03,
  sb6 = 4.74528541206955367215e+02,
  sb7 = -2.24409524465858183362e+01;

function erfc1(x: number): number {
  const s = Math.abs(x) - 1;
  const P = pa0 + s * (pa1 + s * (pa2 + s * (pa3 + s * (pa4 + s * (pa5 + s * pa6)))));
  const Q = 1 + s * (qa1 + s * (qa2 + s * (qa3 + s * (qa4 + s * (qa5 + s * qa6)))));
  return 1 - erx - P / Q;
}
function erfc2(ix: number, x: number): number {
  if (ix < 0x3ff40000) return erfc1(x);
  x = Math.abs(x);
  const s = 1 / (x * x);
  let R: number, S: number;
  if (ix < 0x4006db6d) {
    R = ra0 + s * (ra1 + s * (ra2 + s * (ra3 + s * (ra4 + s * (ra5 + s * (ra6 + s * ra7))))));
    S = 1.0 + s * (sa1 + s * (sa2 + s * (sa3 + s * (sa4 + s * (sa5 + s * (sa6 + s * (sa7 + s * sa8)))))));
  } else {
    R = rb0 + s * (rb1 + s * (rb2 + s * (rb3 + s * (rb4 + s * (rb5 + s * rb6)))));
    S = 1.0 + s * (sb1 + s * (sb2 + s * (sb3 + s * (sb4 + s * (sb5 + s * (sb6 + s * sb7))))));
  }
  const z = clearLowWord(x);
  return Math.exp(-z * z - 0.5625) * Math.exp((z - x) * (z + x) + R / S) / x;
}

export function erf(x: number): number {
  const hw = highWord(x);
  const sign = hw >>> 31;
  const ix = hw & 0x7fffffff;
  if (ix >= 0x7ff00000) return 1 - 2 * sign + 1 / x;
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) return 0.125 * (8 * x + efx8 * x);
    const z = x * x;
    const r = pp0 + z * (pp1 + z * (pp2 + z * (pp3 + z * pp4)));
    const s = 1.0 + z * (qq1 + z * (qq2 + z * (qq3 + z * (qq4 + z * qq5))));
    const y = r / s;
    return x + x * y;
  }
  const y = ix < 0x40180000 ? 1 - erfc2(ix, x) : 1 - 2 ** -1022;
  return sign ? -y : y;
}

export function erfc(x: number): number {
  const hw = highWord(x);
  const sign = hw >>> 31;
  const ix = hw & 0x7fffffff;
  if (ix >= 0x7ff00000) return 2 * sign + 1 / x;
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1.0 - x;
    const z = x * x;
    const r = pp0 + z * (pp1 + z * (pp2 + z * (pp3 + z * pp4)));
    const s = 1.0 + z * (qq1 + z * (qq2 + z * (qq3 + z * (qq4 + z * qq5))));
    const y = r / s;
    if (sign || ix < 0x3fd00000) return 1.0 - (x + x * y);
    return 0.5 - (x - 0.5 + x * y);
  }
  if (ix < 0x403c0000) return sign ? 2 - erfc2(ix, x) : erfc2(ix, x);
  return sign ? 2 - 2 ** -1022 : 2 ** -1022 * 2 ** -1022;
}

// ---------------------------------------------------------------- gamma / lgamma (CPython's Lanczos)

const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940,
  42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843,
  17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708,
  1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801,
  31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768,
  186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024,
  210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN = [
  0.0,
  39916800.0,
  120543840.0,
  150917976.0,
  105258076.0,
  45995730.0,
  13339535.0,
  2637558.0,
  357423.0,
  32670.0,
  1925.0,
  66.0,
  1.0,
];
const GAMMA_INTEGRAL = [
  1.0,
  1.0,
  2.0,
  6.0,
  24.0,
  120.0,
  720.0,
  5040.0,
  40320.0,
  362880.0,
  3628800.0,
  39916800.0,
  479001600.0,
  6227020800.0,
  87178291200.0,
  1307674368000.0,
  20922789888000.0,
  355687428096000.0,
  6402373705728000.0,
  121645100408832000.0,
  2432902008176640000.0,
  51090942171709440000.0,
  1124000727777607680000.0,
];
const PI = 3.141592653589793;
const LOGPI = 1.144729885849400174143427351353058711647;

function lanczosSum(x: number): number {
  let num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (let i = 12; i >= 0; i--) {
      num = num * x + LANCZOS_NUM[i];
      den = den * x + LANCZOS_DEN[i];
    }
  } else {
    for (let i = 0; i < 13; i++) {
      num = num / x + LANCZOS_NUM[i];
      den = den / x + LANCZOS_DEN[i];
    }
  }
  return num / den;
}

/** C round(): halfway cases away from zero. */
function cRound(x: number): number {
  const t = Math.trunc(x);
  if (Math.abs(x - t) >= 0.5) return t + Math.sign(x);
  return t;
}

export function sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = cRound(2.0 * y);
  let r: number;
  switch (n) {
    case 0:
      r = Math.sin(PI * y);
      break;
    case 1:
      r = Math.cos(PI * (y - 0.5));
      break;
    case 2:
      r = Math.sin(PI * (1.0 - y));
      break;
    case 3:
      r = -Math.cos(PI * (y - 1.5));
      break;
    default:
      r = Math.sin(PI * (y - 2.0));
  }
  return copysign(1.0, x) * r;
}

/** errno as the C code sets it: 0, EDOM or ERANGE. */
export const EDOM = 1, ERANGE = 2;
export const mathErrno = { value: 0 };

export function tgamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0) return x;
    mathErrno.value = EDOM;
    return NaN;
  }
  if (x === 0) {
    mathErrno.value = EDOM;
    return copysign(Infinity, x);
  }
  if (x === Math.floor(x)) {
    if (x < 0) {
      mathErrno.value = EDOM;
      return NaN;
    }
    if (x <= 23) return GAMMA_INTEGRAL[x - 1];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    if (!Number.isFinite(r)) mathErrno.value = ERANGE;
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / sinpi(x);
    mathErrno.value = ERANGE;
    return Infinity;
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) {
    const q = y - absx;
    z = q - LANCZOS_G_MINUS_HALF;
  } else {
    const q = y - LANCZOS_G_MINUS_HALF;
    z = q - absx;
  }
  z = z * LANCZOS_G / y;
  let r: number;
  if (x < 0.0) {
    r = -PI / sinpi(absx) / absx * Math.exp(y) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) r /= Math.pow(y, absx - 0.5);
    else {
      const sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / Math.exp(y);
    r += z * r;
    if (absx < 140.0) r *= Math.pow(y, absx - 0.5);
    else {
      const sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (!Number.isFinite(r)) mathErrno.value = ERANGE;
  return r;
}

export function lgamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) return x;
    return Infinity;
  }
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      mathErrno.value = EDOM;
      return Infinity;
    }
    return 0.0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -Math.log(absx);
  let r = Math.log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (Math.log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = LOGPI - Math.log(Math.abs(sinpi(absx))) - Math.log(absx) - r;
  if (!Number.isFinite(r)) mathErrno.value = ERANGE;
  return r;
}

// ---------------------------------------------------------------- libm (musl) ports
// V8's Math.sin/cos/tan/… are not musl's (some are glibc's correctly rounded ones), while CPython on
// pyodide links musl; these ports reproduce musl's results bit for bit (same algorithms, same order).

function lowWord(x: number): number {
  buf.setFloat64(0, x);
  return buf.getUint32(4);
}
function fromWords(hi: number, lo: number): number {
  buf.setUint32(0, hi >>> 0);
  buf.setUint32(4, lo >>> 0);
  return buf.getFloat64(0);
}

const S1 = -1.66666666666666324348e-01,
  S2 = 8.33333333332248946124e-03,
  S3 = -1.98412698298579493134e-04,
  S4 = 2.75573137070700676789e-06,
  S5 = -2.50507602534068634195e-08,
  S6 = 1.58969099521155010221e-10;
function kernelSin(x: number, y: number, iy: number): number {
  const z = x * x;
  const w = z * z;
  const r = S2 + z * (S3 + z * S4) + z * w * (S5 + z * S6);
  const v = z * x;
  if (iy === 0) return x + v * (S1 + z * r);
  return x - ((z * (0.5 * y - v * r) - y) - v * S1);
}

const C1 = 4.16666666666666019037e-02,
  C2 = -1.38888888888741095749e-03,
  C3 = 2.48015872894767294178e-05,
  C4 = -2.75573143513906633035e-07,
  C5 = 2.08757232129817482790e-09,
  C6 = -1.13596475577881948265e-11;
function kernelCos(x: number, y: number): number {
  const z = x * x;
  let w = z * z;
  const r = z * (C1 + z * (C2 + z * C3)) + w * w * (C4 + z * (C5 + z * C6));
  const hz = 0.5 * z;
  w = 1.0 - hz;
  return w + (((1.0 - w) - hz) + (z * r - x * y));
}

const T = [
  3.33333333333334091986e-01,
  1.33333333333201242699e-01,
  5.39682539762260521377e-02,
  2.18694882948595424599e-02,
  8.86323982359930005737e-03,
  3.59207910759131235356e-03,
  1.45620945432529025516e-03,
  5.88041240820264096874e-04,
  2.46463134818469906812e-04,
  7.81794442939557092300e-05,
  7.14072491382608190305e-05,
  -1.85586374855275456654e-05,
  2.59073051863633712884e-05,
];
const PIO4 = 7.85398163397448278999e-01, PIO4LO = 3.06161699786838301793e-17;
function kernelTan(x: number, y: number, odd: number): number {
  const hx = highWord(x);
  const big = (hx & 0x7fffffff) >= 0x3FE59428;
  let sign = 0;
  if (big) {
    sign = hx >>> 31;
    if (sign) {
      x = -x;
      y = -y;
    }
    x = (PIO4 - x) + (PIO4LO - y);
    y = 0.0;
  }
  const z = x * x;
  let w = z * z;
  let r = T[1] + w * (T[3] + w * (T[5] + w * (T[7] + w * (T[9] + w * T[11]))));
  let v = z * (T[2] + w * (T[4] + w * (T[6] + w * (T[8] + w * (T[10] + w * T[12])))));
  let s = z * x;
  r = y + z * (s * (r + v) + y) + s * T[0];
  w = x + r;
  if (big) {
    s = 1 - 2 * odd;
    v = s - 2.0 * (x + (r - w * w / (w + s)));
    return sign ? -v : v;
  }
  if (!odd) return w;
  const w0 = clearLowWord(w);
  v = r - (w0 - x);
  const a = -1.0 / w;
  const a0 = clearLowWord(a);
  return a0 + a * (1.0 + a0 * w0 + a0 * v);
}

const TOINT = 1.5 / 2.220446049250313e-16;
const INVPIO2 = 6.36619772367581382433e-01,
  PIO2_1 = 1.57079632673412561417e+00,
  PIO2_1T = 6.07710050650619224932e-11,
  PIO2_2 = 6.07710050630396597660e-11,
  PIO2_2T = 2.02226624879595063154e-21,
  PIO2_3 = 2.02226624871116645580e-21,
  PIO2_3T = 8.47842766036889956997e-32;
const remY = [0, 0];

/** musl __rem_pio2: x = n*pi/2 + (remY[0] + remY[1]); returns n. */
function remPio2(x: number): number {
  const hw = highWord(x);
  const sign = hw >>> 31;
  const ix = hw & 0x7fffffff;
  let medium = false;
  if (ix <= 0x400f6a7a) {
    if ((ix & 0xfffff) === 0x921fb) medium = true;
    else if (ix <= 0x4002d97c) return remSmall(x, sign, 1);
    else return remSmall(x, sign, 2);
  } else if (ix <= 0x401c463b) {
    if (ix <= 0x4015fdbc) {
      if (ix === 0x4012d97c) medium = true;
      else return remSmall(x, sign, 3);
    } else {
      if (ix === 0x401921fb) medium = true;
      else return remSmall(x, sign, 4);
    }
  }
  if (medium || ix < 0x413921fb) {
    let fn = x * INVPIO2 + TOINT - TOINT;
    let n = fn | 0;
    let r = x - fn * PIO2_1;
    let w = fn * PIO2_1T;
    if (r - w < -PIO4) {
      n--;
      fn--;
      r = x - fn * PIO2_1;
      w = fn * PIO2_1T;
    } else if (r - w > PIO4) {
      n++;
      fn++;
      r = x - fn * PIO2_1;
      w = fn * PIO2_1T;
    }
    remY[0] = r - w;
    let ey = (highWord(remY[0]) >>> 20) & 0x7ff;
    const ex = ix >>> 20;
    if (ex - ey > 16) {
      let t = r;
      w = fn * PIO2_2;
      r = t - w;
      w = fn * PIO2_2T - ((t - r) - w);
      remY[0] = r - w;
      ey = (highWord(remY[0]) >>> 20) & 0x7ff;
      if (ex - ey > 49) {
        t = r;
        w = fn * PIO2_3;
        r = t - w;
        w = fn * PIO2_3T - ((t - r) - w);
        remY[0] = r - w;
      }
    }
    remY[1] = (r - remY[0]) - w;
    return n;
  }
  return remPio2Large(x);
}
function remSmall(x: number, sign: number, k: number): number {
  if (!sign) {
    const z = x - k * PIO2_1;
    remY[0] = z - k * PIO2_1T;
    remY[1] = (z - remY[0]) - k * PIO2_1T;
    return k;
  }
  const z = x + k * PIO2_1;
  remY[0] = z + k * PIO2_1T;
  remY[1] = (z - remY[0]) + k * PIO2_1T;
  return -k;
}

// Huge arguments: exact reduction with a 1400-bit pi/2 (what __rem_pio2_large achieves with its table).
let piOver2Big: bigint | null = null;
const PI_BITS = 1400;
function bigPiOver2(): bigint {
  if (piOver2Big !== null) return piOver2Big;
  // Machin: pi = 16 atan(1/5) - 4 atan(1/239), in fixed point with guard bits
  const prec = BigInt(PI_BITS + 32);
  const one = 1n << prec;
  const atanInv = (n: bigint): bigint => {
    let sum = 0n, term = one / n, k = 1n, sign = 1n;
    const n2 = n * n;
    while (term !== 0n) {
      sum += sign * (term / k);
      term /= n2;
      k += 2n;
      sign = -sign;
    }
    return sum;
  };
  const pi = 16n * atanInv(5n) - 4n * atanInv(239n);
  piOver2Big = pi >> 33n; // pi/2 with PI_BITS fractional bits
  return piOver2Big;
}
function remPio2Large(x: number): number {
  const [m, e] = decompose(Math.abs(x));
  // |x| = m * 2**e with e >= 0 here; work in units of 2**-PI_BITS
  const X = m << BigInt(e + PI_BITS);
  const P = bigPiOver2();
  let n = X / P;
  let r = X - n * P;
  if (2n * r > P) {
    n += 1n;
    r -= P;
  }
  const y0 = roundToDouble(r, -PI_BITS);
  const rest = r - exactBig(y0, PI_BITS);
  const y1 = roundToDouble(rest, -PI_BITS);
  const nn = Number(n & 0xffffffffn) | 0;
  if (x < 0) {
    remY[0] = -y0;
    remY[1] = -y1;
    return -nn;
  }
  remY[0] = y0;
  remY[1] = y1;
  return nn;
}
/** The double y as an integer count of 2**-bits units (y must be a multiple of that unit). */
function exactBig(y: number, bits: number): bigint {
  if (y === 0) return 0n;
  const [m, e] = decompose(y);
  const sh = e + bits;
  return sh >= 0 ? m << BigInt(sh) : m >> BigInt(-sh);
}

export function sin(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) {
    if (ix < 0x3e500000) return x;
    return kernelSin(x, 0.0, 0);
  }
  if (ix >= 0x7ff00000) return x - x;
  const n = remPio2(x);
  switch (n & 3) {
    case 0:
      return kernelSin(remY[0], remY[1], 1);
    case 1:
      return kernelCos(remY[0], remY[1]);
    case 2:
      return -kernelSin(remY[0], remY[1], 1);
    default:
      return -kernelCos(remY[0], remY[1]);
  }
}

export function cos(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) {
    if (ix < 0x3e46a09e) return 1.0;
    return kernelCos(x, 0);
  }
  if (ix >= 0x7ff00000) return x - x;
  const n = remPio2(x);
  switch (n & 3) {
    case 0:
      return kernelCos(remY[0], remY[1]);
    case 1:
      return -kernelSin(remY[0], remY[1], 1);
    case 2:
      return -kernelCos(remY[0], remY[1]);
    default:
      return kernelSin(remY[0], remY[1], 1);
  }
}

export function tan(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) {
    if (ix < 0x3e400000) return x;
    return kernelTan(x, 0.0, 0);
  }
  if (ix >= 0x7ff00000) return x - x;
  const n = remPio2(x);
  return kernelTan(remY[0], remY[1], n & 1);
}

const ATANHI = [
  4.63647609000806093515e-01,
  7.85398163397448278999e-01,
  9.82793723247329054082e-01,
  1.57079632679489655800e+00,
];
const ATANLO = [
  2.26987774529616870924e-17,
  3.06161699786838301793e-17,
  1.39033110312309984516e-17,
  6.12323399573676603587e-17,
];
const AT = [
  3.33333333333329318027e-01,
  -1.99999999998764832476e-01,
  1.42857142725034663711e-01,
  -1.11111104054623557880e-01,
  9.09088713343650656196e-02,
  -7.69187620504482999495e-02,
  6.66107313738753120669e-02,
  -5.83357013379057348645e-02,
  4.97687799461593236017e-02,
  -3.65315727442169155270e-02,
  1.62858201153657823623e-02,
];

export function atan(x: number): number {
  const hw = highWord(x);
  const sign = hw >>> 31;
  const ix = hw & 0x7fffffff;
  let id: number;
  if (ix >= 0x44100000) {
    if (Number.isNaN(x)) return x;
    const z = ATANHI[3];
    return sign ? -z : z;
  }
  if (ix < 0x3fdc0000) {
    if (ix < 0x3e400000) return x;
    id = -1;
  } else {
    x = Math.abs(x);
    if (ix < 0x3ff30000) {
      if (ix < 0x3fe60000) {
        id = 0;
        x = (2.0 * x - 1.0) / (2.0 + x);
      } else {
        id = 1;
        x = (x - 1.0) / (x + 1.0);
      }
    } else if (ix < 0x40038000) {
      id = 2;
      x = (x - 1.5) / (1.0 + 1.5 * x);
    } else {
      id = 3;
      x = -1.0 / x;
    }
  }
  let z = x * x;
  const w = z * z;
  const s1 = z * (AT[0] + w * (AT[2] + w * (AT[4] + w * (AT[6] + w * (AT[8] + w * AT[10])))));
  const s2 = w * (AT[1] + w * (AT[3] + w * (AT[5] + w * (AT[7] + w * AT[9]))));
  if (id < 0) return x - x * (s1 + s2);
  z = ATANHI[id] - (x * (s1 + s2) - ATANLO[id] - x);
  return sign ? -z : z;
}

const PI_LO = 1.2246467991473531772E-16;
export function atan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return x + y;
  let ix = highWord(x), iy = highWord(y);
  const lx = lowWord(x), ly = lowWord(y);
  if (((ix - 0x3ff00000) | lx) === 0) return atan(y);
  const m = ((iy >>> 31) & 1) | ((ix >>> 30) & 2);
  ix &= 0x7fffffff;
  iy &= 0x7fffffff;
  if ((iy | ly) === 0) {
    if (m <= 1) return y;
    return m === 2 ? Math.PI : -Math.PI;
  }
  if ((ix | lx) === 0) return m & 1 ? -Math.PI / 2 : Math.PI / 2;
  if (ix === 0x7ff00000) {
    if (iy === 0x7ff00000) {
      switch (m) {
        case 0:
          return Math.PI / 4;
        case 1:
          return -Math.PI / 4;
        case 2:
          return 3 * Math.PI / 4;
        default:
          return -3 * Math.PI / 4;
      }
    }
    switch (m) {
      case 0:
        return 0.0;
      case 1:
        return -0.0;
      case 2:
        return Math.PI;
      default:
        return -Math.PI;
    }
  }
  if (ix + (64 << 20) < iy || iy === 0x7ff00000) return m & 1 ? -Math.PI / 2 : Math.PI / 2;
  let z: number;
  if ((m & 2) && iy + (64 << 20) < ix) z = 0;
  else z = atan(Math.abs(y / x));
  switch (m) {
    case 0:
      return z;
    case 1:
      return -z;
    case 2:
      return Math.PI - (z - PI_LO);
    default:
      return (z - PI_LO) - Math.PI;
  }
}

const PIO2_HI = 1.57079632679489655800e+00, PIO2_LO = 6.12323399573676603587e-17;
const pS0 = 1.66666666666666657415e-01,
  pS1 = -3.25565818622400915405e-01,
  pS2 = 2.01212532134862925881e-01,
  pS3 = -4.00555345006794114027e-02,
  pS4 = 7.91534994289814532176e-04,
  pS5 = 3.47933107596021167570e-05,
  qS1 = -2.40339491173441421878e+00,
  qS2 = 2.02094576023350569471e+00,
  qS3 = -6.88283971605453293030e-01,
  qS4 = 7.70381505559019352791e-02;
function asinR(z: number): number {
  const p = z * (pS0 + z * (pS1 + z * (pS2 + z * (pS3 + z * (pS4 + z * pS5)))));
  const q = 1.0 + z * (qS1 + z * (qS2 + z * (qS3 + z * qS4)));
  return p / q;
}

export function asin(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x3ff00000) {
    if (((ix - 0x3ff00000) | lowWord(x)) === 0) return x * PIO2_HI;
    return NaN;
  }
  if (ix < 0x3fe00000) {
    if (ix < 0x3e500000 && ix >= 0x00100000) return x;
    return x + x * asinR(x * x);
  }
  const z = (1 - Math.abs(x)) * 0.5;
  const s = Math.sqrt(z);
  const r = asinR(z);
  let res: number;
  if (ix >= 0x3fef3333) {
    res = PIO2_HI - (2 * (s + s * r) - PIO2_LO);
  } else {
    const f = clearLowWord(s);
    const c = (z - f * f) / (s + f);
    res = 0.5 * PIO2_HI - (2 * s * r - (PIO2_LO - 2 * c) - (0.5 * PIO2_HI - 2 * f));
  }
  return hx >>> 31 ? -res : res;
}

export function acos(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x3ff00000) {
    if (((ix - 0x3ff00000) | lowWord(x)) === 0) return hx >>> 31 ? 2 * PIO2_HI : 0;
    return NaN;
  }
  if (ix < 0x3fe00000) {
    if (ix <= 0x3c600000) return PIO2_HI;
    return PIO2_HI - (x - (PIO2_LO - x * asinR(x * x)));
  }
  if (hx >>> 31) {
    const z = (1.0 + x) * 0.5;
    const s = Math.sqrt(z);
    const w = asinR(z) * s - PIO2_LO;
    return 2 * (PIO2_HI - (s + w));
  }
  const z = (1.0 - x) * 0.5;
  const s = Math.sqrt(z);
  const df = clearLowWord(s);
  const c = (z - df * df) / (s + df);
  const w = asinR(z) * s + c;
  return 2 * (df + w);
}

const LN2_HI = 6.93147180369123816490e-01, LN2_LO = 1.90821492927058770002e-10;
const Lg1 = 6.666666666666735130e-01,
  Lg2 = 3.999999999940941908e-01,
  Lg3 = 2.857142874366239149e-01,
  Lg4 = 2.222219843214978396e-01,
  Lg5 = 1.818357216161805012e-01,
  Lg6 = 1.531383769920937332e-01,
  Lg7 = 1.479819860511658591e-01;

export function log1p(x: number): number {
  const hx = highWord(x);
  let k = 1;
  let c = 0, f = 0;
  if (hx < 0x3fda827a || hx >>> 31) {
    if (hx >>> 0 >= 0xbff00000) {
      if (x === -1) return -Infinity;
      return NaN;
    }
    if (((hx << 1) >>> 0) < ((0x3ca00000 << 1) >>> 0)) return x;
    if (hx >>> 0 <= 0xbfd2bec4) {
      k = 0;
      c = 0;
      f = x;
    }
  } else if (hx >= 0x7ff00000) return x;
  if (k) {
    const uf = 1 + x;
    let hu = highWord(uf);
    hu += 0x3ff00000 - 0x3fe6a09e;
    k = (hu >>> 20) - 0x3ff;
    if (k < 54) {
      c = k >= 2 ? 1 - (uf - x) : x - (uf - 1);
      c /= uf;
    } else c = 0;
    hu = (hu & 0x000fffff) + 0x3fe6a09e;
    f = fromWords(hu, lowWord(uf)) - 1;
  }
  const hfsq = 0.5 * f * f;
  const s = f / (2.0 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (Lg2 + w * (Lg4 + w * Lg6));
  const t2 = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7)));
  const R = t2 + t1;
  const dk = k;
  return s * (hfsq + R) + (dk * LN2_LO + c) - hfsq + f + dk * LN2_HI;
}

const O_THRESHOLD = 7.09782712893383973096e+02, INVLN2 = 1.44269504088896338700e+00;
const Q1 = -3.33333333333331316428e-02,
  Q2 = 1.58730158725481460165e-03,
  Q3 = -7.93650757867487942473e-05,
  Q4 = 4.00821782732936239552e-06,
  Q5 = -2.01099218183624371326e-07;

export function expm1(x: number): number {
  const hw = highWord(x);
  const hx = hw & 0x7fffffff;
  const sign = hw >>> 31;
  let k: number, hi: number, lo: number, c = 0;
  if (hx >= 0x4043687A) {
    if (Number.isNaN(x)) return x;
    if (sign) return -1;
    if (x > O_THRESHOLD) return x * 2 ** 1023;
  }
  if (hx > 0x3fd62e42) {
    if (hx < 0x3FF0A2B2) {
      if (!sign) {
        hi = x - LN2_HI;
        lo = LN2_LO;
        k = 1;
      } else {
        hi = x + LN2_HI;
        lo = -LN2_LO;
        k = -1;
      }
    } else {
      k = Math.trunc(INVLN2 * x + (sign ? -0.5 : 0.5));
      const t = k;
      hi = x - t * LN2_HI;
      lo = t * LN2_LO;
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (hx < 0x3c900000) {
    return x;
  } else k = 0;
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  const t = 3.0 - r1 * hfx;
  let e = hxs * ((r1 - t) / (6.0 - x * t));
  if (k === 0) return x - (x * e - hxs);
  e = x * (e - c) - c;
  e -= hxs;
  if (k === -1) return 0.5 * (x - e) - 0.5;
  if (k === 1) {
    if (x < -0.25) return -2.0 * (e - (x + 0.5));
    return 1.0 + 2.0 * (x - e);
  }
  const twopk = fromWords((0x3ff + k) << 20, 0);
  if (k < 0 || k > 56) {
    let y = x - e + 1.0;
    if (k === 1024) y = y * 2.0 * 2 ** 1023;
    else y = y * twopk;
    return y - 1.0;
  }
  const uf = fromWords((0x3ff - k) << 20, 0);
  if (k < 20) return (x - e + (1 - uf)) * twopk;
  return (x - (e + uf) + 1) * twopk;
}

function expo2(x: number, sign: number): number {
  const kln2 = 1416.0996898839683; // 0x1.62066151add8bp+10
  const scale = fromWords((0x3ff + 1021) << 20, 0);
  return Math.exp(x - kln2) * (sign * scale) * scale;
}

export function sinh(x: number): number {
  let h = 0.5;
  if (highWord(x) >>> 31) h = -h;
  const absx = Math.abs(x);
  const w = highWord(absx);
  if (w < 0x40862e42) {
    const t = expm1(absx);
    if (w < 0x3ff00000) {
      if (w < 0x3ff00000 - (26 << 20)) return x;
      return h * (2 * t - t * t / (t + 1));
    }
    return h * (t + t / (t + 1));
  }
  return expo2(absx, 2 * h);
}

export function cosh(x: number): number {
  x = Math.abs(x);
  const w = highWord(x);
  if (w < 0x3fe62e42) {
    if (w < 0x3ff00000 - (26 << 20)) return 1;
    const t = expm1(x);
    return 1 + t * t / (2 * (1 + t));
  }
  if (w < 0x40862e42) {
    const t = Math.exp(x);
    return 0.5 * (t + 1 / t);
  }
  return expo2(x, 1.0);
}

export function tanh(x: number): number {
  const sign = highWord(x) >>> 31;
  x = Math.abs(x);
  const w = highWord(x);
  let t: number;
  if (w > 0x3fe193ea) {
    if (w > 0x40340000) t = 1 - 0 / x;
    else {
      t = expm1(2 * x);
      t = 1 - 2 / (t + 2);
    }
  } else if (w > 0x3fd058ae) {
    t = expm1(2 * x);
    t = t / (t + 2);
  } else if (w >= 0x00100000) {
    t = expm1(-2 * x);
    t = -t / (t + 2);
  } else t = x;
  return sign ? -t : t;
}

const LN2 = 0.693147180559945309417232121458176568;
export function asinh(x: number): number {
  const hw = highWord(x);
  const e = (hw >>> 20) & 0x7ff;
  const s = hw >>> 31;
  x = Math.abs(x);
  if (e >= 0x3ff + 26) x = Math.log(x) + LN2;
  else if (e >= 0x3ff + 1) x = Math.log(2 * x + 1 / (Math.sqrt(x * x + 1) + x));
  else if (e >= 0x3ff - 26) x = log1p(x + x * x / (Math.sqrt(x * x + 1) + 1));
  return s ? -x : x;
}

export function acosh(x: number): number {
  const e = (highWord(x) >>> 20) & 0x7ff;
  if (e < 0x3ff + 1) return log1p(x - 1 + Math.sqrt((x - 1) * (x - 1) + 2 * (x - 1)));
  if (e < 0x3ff + 26) return Math.log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
  return Math.log(x) + LN2;
}

export function atanh(x: number): number {
  const hw = highWord(x);
  const e = (hw >>> 20) & 0x7ff;
  const s = hw >>> 31;
  let y = Math.abs(x);
  if (e < 0x3ff - 1) {
    if (e >= 0x3ff - 32) y = 0.5 * log1p(2 * y + 2 * y * y / (1 - y));
  } else {
    y = 0.5 * log1p(2 * (y / (1 - y)));
  }
  return s ? -y : y;
}

const B1 = 715094163, B2 = 696219795;
const P0 = 1.87595182427177009643,
  P1 = -1.88497979543377169875,
  P2 = 1.621429720105354466140,
  P3 = -0.758397934778766047437,
  P4 = 0.145996192886612446982;
export function cbrt(x: number): number {
  const hw = highWord(x);
  let hx = hw & 0x7fffffff;
  if (hx >= 0x7ff00000) return x + x;
  if (hx < 0x00100000) {
    const u = x * 2 ** 54;
    hx = highWord(u) & 0x7fffffff;
    if (hx === 0) return x;
    hx = Math.floor(hx / 3) + B2;
  } else hx = Math.floor(hx / 3) + B1;
  let t = fromWords((hw & 0x80000000) | hx, 0);
  let r = (t * t) * (t / x);
  t = t * ((P0 + r * (P1 + r * P2)) + ((r * r) * r) * (P3 + r * P4));
  // round t away from zero to 23 bits: (bits + 0x80000000) & 0xffffffffc0000000
  const bits = (doubleToBits(t) + 0x80000000n) & 0xffffffffc0000000n;
  t = bitsToDouble(bits);
  const s = t * t;
  r = x / s;
  const w = t + t;
  r = (r - t) / (w + r);
  return t + t * r;
}

/** musl hypot: exact squares by Veltkamp splitting, one sqrt (CPython's complex abs and cmath use it). */
export function hypot(x: number, y: number): number {
  let ax = Math.abs(x), ay = Math.abs(y);
  if (doubleToBits(ax) < doubleToBits(ay)) {
    const t = ax;
    ax = ay;
    ay = t;
  }
  const ex = Number(doubleToBits(ax) >> 52n), ey = Number(doubleToBits(ay) >> 52n);
  if (ey === 0x7ff) return ay;
  if (ex === 0x7ff || ay === 0) return ax;
  if (ex - ey > 64) return ax + ay;
  let z = 1;
  if (ex > 0x3ff + 510) {
    z = 2 ** 700;
    ax *= 2 ** -700;
    ay *= 2 ** -700;
  } else if (ey < 0x3ff - 450) {
    z = 2 ** -700;
    ax *= 2 ** 700;
    ay *= 2 ** 700;
  }
  const [hx, lx] = square(ax), [hy, ly] = square(ay);
  return z * Math.sqrt(ly + lx + hy + hx);
}
function square(x: number): [number, number] {
  const xc = x * 134217729;
  const xh = (x - xc) + xc;
  const xl = x - xh;
  const hi = x * x;
  return [hi, xh * xh - hi + 2 * xh * xl + xl * xl];
}
