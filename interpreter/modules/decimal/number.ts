// The arithmetic of _decimal: a General Decimal Arithmetic number as sign + bigint coefficient + exponent
// (+ kind for Infinity/NaN/sNaN), and the operations with context rounding. Conditions are accumulated
// as mpdecimal's status bits in a `Status`; the Python layer turns them into flags and trapped signals.

export const KIND_FINITE = 0, KIND_INF = 1, KIND_NAN = 2, KIND_SNAN = 3;

// mpdecimal's condition bits (their order is the order of Context.flags in a repr).
export const S_CLAMPED = 1, S_CONVERSION_SYNTAX = 2, S_DIVISION_BY_ZERO = 4, S_DIVISION_IMPOSSIBLE = 8;
export const S_DIVISION_UNDEFINED = 16, S_FPU_ERROR = 32, S_INEXACT = 64, S_INVALID_CONTEXT = 128;
export const S_INVALID_OPERATION = 256, S_MALLOC_ERROR = 512, S_FLOAT_OPERATION = 1024, S_OVERFLOW = 2048;
export const S_ROUNDED = 4096, S_SUBNORMAL = 8192, S_UNDERFLOW = 16384;
export const S_IEEE_INVALID = S_CONVERSION_SYNTAX | S_DIVISION_IMPOSSIBLE | S_DIVISION_UNDEFINED |
  S_FPU_ERROR | S_INVALID_CONTEXT | S_INVALID_OPERATION | S_MALLOC_ERROR;

export const ROUND_UP = 0, ROUND_DOWN = 1, ROUND_CEILING = 2, ROUND_FLOOR = 3, ROUND_HALF_UP = 4;
export const ROUND_HALF_DOWN = 5, ROUND_HALF_EVEN = 6, ROUND_05UP = 7;
export const ROUNDING_NAMES = [
  "ROUND_UP",
  "ROUND_DOWN",
  "ROUND_CEILING",
  "ROUND_FLOOR",
  "ROUND_HALF_UP",
  "ROUND_HALF_DOWN",
  "ROUND_HALF_EVEN",
  "ROUND_05UP",
];

export interface Ctx {
  prec: number;
  rounding: number;
  emin: number;
  emax: number;
  capitals: number;
  clamp: number;
}
export interface Status {
  bits: number;
}

export class Dec {
  declare sign: number;
  declare coef: bigint;
  declare exp: number;
  declare kind: number;
  constructor(sign: number, coef: bigint, exp: number, kind = KIND_FINITE) {
    this.sign = sign;
    this.coef = coef;
    this.exp = exp;
    this.kind = kind;
  }
  get special(): boolean {
    return this.kind !== KIND_FINITE;
  }
  get isNaN(): boolean {
    return this.kind >= KIND_NAN;
  }
  get isZero(): boolean {
    return this.kind === KIND_FINITE && this.coef === 0n;
  }
  adjusted(): number {
    return this.kind === KIND_FINITE ? this.exp + ndigits(this.coef) - 1 : 0;
  }
}

export const NAN = new Dec(0, 0n, 0, KIND_NAN);
const INF = [new Dec(0, 0n, 0, KIND_INF), new Dec(1, 0n, 0, KIND_INF)];
export function infinity(sign: number): Dec {
  return INF[sign];
}
export const ONE = new Dec(0, 1n, 0);

const P10: bigint[] = [1n];
export function pow10(n: number): bigint {
  if (n < 300) {
    while (P10.length <= n) P10.push(P10[P10.length - 1] * 10n);
    return P10[n];
  }
  return 10n ** BigInt(n);
}
export function ndigits(c: bigint): number {
  if (c < 0n) c = -c;
  if (c < 10n) return 1;
  if (c < 9007199254740992n) return String(c).length;
  // estimate from the bit length, then correct
  const bits = c.toString(16).length * 4;
  let d = Math.floor((bits - 4) * 0.30102999566398) + 1;
  if (d < 1) d = 1;
  while (pow10(d) <= c) d++;
  while (d > 1 && pow10(d - 1) > c) d--;
  return d;
}

export function etiny(ctx: Ctx): number {
  return ctx.emin - ctx.prec + 1;
}
export function etop(ctx: Ctx): number {
  return ctx.emax - ctx.prec + 1;
}

/** Whether dropping the remainder r (0 <= r < 10^drop) of quotient q rounds q away from zero. */
function roundsUp(q: bigint, r: bigint, drop: number, sign: number, mode: number): boolean {
  if (r === 0n) return false;
  switch (mode) {
    case ROUND_DOWN:
      return false;
    case ROUND_UP:
      return true;
    case ROUND_CEILING:
      return sign === 0;
    case ROUND_FLOOR:
      return sign === 1;
    case ROUND_05UP: {
      const d = q % 10n;
      return d === 0n || d === 5n;
    }
  }
  const half = 5n * pow10(drop - 1);
  if (r > half) return true;
  if (r < half) return false;
  if (mode === ROUND_HALF_UP) return true;
  if (mode === ROUND_HALF_DOWN) return false;
  return (q & 1n) === 1n;
}

/** Drop `drop` >= 1 trailing digits of c with rounding: [quotient, inexact]. */
export function dropDigits(c: bigint, drop: number, sign: number, mode: number): [bigint, boolean] {
  const nd = ndigits(c);
  if (drop > nd + 1) {
    // all digits go: behaves like dropping nd+1 digits of a value below half
    if (c === 0n) return [0n, false];
    return [
      roundsUp(
          0n,
          1n,
          2,
          sign,
          mode === ROUND_HALF_UP || mode === ROUND_HALF_DOWN || mode === ROUND_HALF_EVEN ? ROUND_DOWN : mode,
        )
        ? 1n
        : 0n,
      true,
    ];
  }
  const p = pow10(drop);
  const q = c / p, r = c % p;
  return [roundsUp(q, r, drop, sign, mode) ? q + 1n : q, r !== 0n];
}

// ---------------------------------------------------------------- finishing a result

function fixNan(d: Dec, ctx: Ctx): Dec {
  const max = ctx.prec - ctx.clamp;
  if (d.coef !== 0n && ndigits(d.coef) > max) {
    return new Dec(d.sign, d.coef % pow10(max), 0, d.kind);
  }
  return d;
}

function overflowResult(sign: number, ctx: Ctx): Dec {
  const r = ctx.rounding;
  const toInf = r === ROUND_HALF_UP || r === ROUND_HALF_EVEN || r === ROUND_HALF_DOWN || r === ROUND_UP ||
    (r === ROUND_CEILING && sign === 0) || (r === ROUND_FLOOR && sign === 1);
  if (toInf) return INF[sign];
  return new Dec(sign, pow10(ctx.prec) - 1n, etop(ctx));
}

/** Round/clamp a result into the context (pydecimal's _fix / mpd_qfinalize). */
export function fix(d: Dec, ctx: Ctx, st: Status): Dec {
  if (d.kind !== KIND_FINITE) return d.isNaN ? fixNan(d, ctx) : d;
  const Etiny = etiny(ctx), Etop = etop(ctx);
  if (d.coef === 0n) {
    const expMax = ctx.clamp ? Etop : ctx.emax;
    const ne = Math.min(Math.max(d.exp, Etiny), expMax);
    if (ne !== d.exp) {
      st.bits |= S_CLAMPED;
      return new Dec(d.sign, 0n, ne);
    }
    return d;
  }
  const len = ndigits(d.coef);
  let expMin = len + d.exp - ctx.prec;
  if (expMin > Etop) {
    st.bits |= S_OVERFLOW | S_INEXACT | S_ROUNDED;
    return overflowResult(d.sign, ctx);
  }
  const subnormal = expMin < Etiny;
  if (subnormal) expMin = Etiny;
  if (d.exp < expMin) {
    const drop = expMin - d.exp;
    let [q, inexact] = dropDigits(d.coef, drop, d.sign, ctx.rounding);
    if (ndigits(q) > ctx.prec) {
      q /= 10n;
      expMin += 1;
    }
    let ans: Dec;
    if (expMin > Etop) {
      st.bits |= S_OVERFLOW | S_INEXACT | S_ROUNDED;
      ans = overflowResult(d.sign, ctx);
    } else ans = new Dec(d.sign, q, expMin);
    if (inexact && subnormal) st.bits |= S_UNDERFLOW;
    if (subnormal) st.bits |= S_SUBNORMAL;
    if (inexact) st.bits |= S_INEXACT;
    st.bits |= S_ROUNDED;
    if (ans.kind === KIND_FINITE && ans.coef === 0n) st.bits |= S_CLAMPED;
    return ans;
  }
  if (subnormal) st.bits |= S_SUBNORMAL;
  if (ctx.clamp === 1 && d.exp > Etop) {
    st.bits |= S_CLAMPED;
    return new Dec(d.sign, d.coef * pow10(d.exp - Etop), Etop);
  }
  return d;
}

/** NaN propagation: a result for operations with a NaN operand, or undefined. */
export function checkNans(a: Dec, b: Dec | undefined, ctx: Ctx, st: Status): Dec | undefined {
  if (a.kind === KIND_SNAN) {
    st.bits |= S_INVALID_OPERATION;
    return fixNan(new Dec(a.sign, a.coef, 0, KIND_NAN), ctx);
  }
  if (b !== undefined && b.kind === KIND_SNAN) {
    st.bits |= S_INVALID_OPERATION;
    return fixNan(new Dec(b.sign, b.coef, 0, KIND_NAN), ctx);
  }
  if (a.kind === KIND_NAN) return fixNan(a, ctx);
  if (b !== undefined && b.kind === KIND_NAN) return fixNan(b, ctx);
  return undefined;
}

export function invalid(st: Status, bit = S_INVALID_OPERATION): Dec {
  st.bits |= bit;
  return NAN;
}

/** Rescale to exponent exp (pydecimal _rescale), no flags. */
export function rescale(d: Dec, exp: number, mode: number): Dec {
  if (d.kind !== KIND_FINITE) return d;
  if (d.coef === 0n) return new Dec(d.sign, 0n, exp);
  if (d.exp >= exp) return new Dec(d.sign, d.coef * pow10(d.exp - exp), exp);
  const [q] = dropDigits(d.coef, exp - d.exp, d.sign, mode);
  return new Dec(d.sign, q, exp);
}

/** Round to `places` significant digits (pydecimal _round), no flags. */
export function roundDigits(d: Dec, places: number, mode: number): Dec {
  if (d.kind !== KIND_FINITE || d.coef === 0n) return d;
  let ans = rescale(d, d.adjusted() + 1 - places, mode);
  if (ans.adjusted() !== d.adjusted()) ans = rescale(ans, ans.adjusted() + 1 - places, mode);
  return ans;
}

// ---------------------------------------------------------------- comparison

/** Compare two non-NaN values: -1, 0, 1. */
export function cmp(a: Dec, b: Dec): number {
  if (a.kind === KIND_INF || b.kind === KIND_INF) {
    const va = a.kind === KIND_INF ? (a.sign ? -1 : 1) : 0;
    const vb = b.kind === KIND_INF ? (b.sign ? -1 : 1) : 0;
    if (va !== vb) return va < vb ? -1 : 1;
    if (va !== 0) return 0;
  }
  const az = a.coef === 0n, bz = b.coef === 0n;
  if (az || bz) {
    if (az && bz) return 0;
    if (az) return b.sign ? 1 : -1;
    return a.sign ? -1 : 1;
  }
  if (a.sign !== b.sign) return a.sign ? -1 : 1;
  const s = a.sign ? -1 : 1;
  const aa = a.adjusted(), ba = b.adjusted();
  if (aa !== ba) return aa < ba ? -s : s;
  let ca = a.coef, cb = b.coef;
  if (a.exp > b.exp) ca *= pow10(a.exp - b.exp);
  else if (b.exp > a.exp) cb *= pow10(b.exp - a.exp);
  return ca === cb ? 0 : ca < cb ? -s : s;
}

/** Total ordering of compare_total (signs, then values, then exponents; NaNs last). */
export function cmpTotal(a: Dec, b: Dec): number {
  if (a.sign !== b.sign) return a.sign ? -1 : 1;
  const s = a.sign ? -1 : 1;
  const rank = (d: Dec) =>
    d.kind === KIND_FINITE ? 0 : d.kind === KIND_INF ? 1 : d.kind === KIND_SNAN ? 2 : 3;
  const ra = rank(a), rb = rank(b);
  if (ra !== rb) return ra < rb ? -s : s;
  if (ra >= 2) return a.coef === b.coef ? 0 : a.coef < b.coef ? -s : s;
  if (ra === 1) return 0;
  const c = cmp(a, b);
  if (c !== 0) return c;
  return a.exp === b.exp ? 0 : a.exp < b.exp ? -s : s;
}

// ---------------------------------------------------------------- arithmetic

export function add(a: Dec, b: Dec, ctx: Ctx, st: Status, negB = false): Dec {
  if (negB) b = new Dec(b.sign ^ 1, b.coef, b.exp, b.kind);
  if (a.special || b.special) {
    const n = checkNans(a, b, ctx, st);
    if (n) return n;
    if (a.kind === KIND_INF) {
      if (b.kind === KIND_INF && a.sign !== b.sign) return invalid(st);
      return a;
    }
    return b;
  }
  let exp = Math.min(a.exp, b.exp);
  const negZero = ctx.rounding === ROUND_FLOOR && a.sign !== b.sign ? 1 : 0;
  if (a.coef === 0n && b.coef === 0n) {
    return fix(new Dec(negZero || (a.sign & b.sign), 0n, exp), ctx, st);
  }
  if (a.coef === 0n) {
    exp = Math.max(exp, b.exp - ctx.prec - 1);
    return fix(rescale(b, exp, ctx.rounding), ctx, st);
  }
  if (b.coef === 0n) {
    exp = Math.max(exp, a.exp - ctx.prec - 1);
    return fix(rescale(a, exp, ctx.rounding), ctx, st);
  }
  // align, replacing a far smaller operand by a sticky digit (pydecimal _normalize)
  let hi = a, lo = b;
  if (a.exp < b.exp) {
    hi = b;
    lo = a;
  }
  let loC = lo.coef, loE = lo.exp;
  const e = hi.exp + Math.min(-1, ndigits(hi.coef) - ctx.prec - 2);
  if (ndigits(loC) + loE - 1 < e) {
    loC = 1n;
    loE = e;
  }
  const hiC = hi.coef * pow10(hi.exp - loE);
  const sh = hi.sign ? -hiC : hiC, sl = lo.sign ? -loC : loC;
  const sum = sh + sl;
  if (sum === 0n) return fix(new Dec(negZero, 0n, loE), ctx, st);
  return fix(new Dec(sum < 0n ? 1 : 0, sum < 0n ? -sum : sum, loE), ctx, st);
}

export function mul(a: Dec, b: Dec, ctx: Ctx, st: Status): Dec {
  const sign = a.sign ^ b.sign;
  if (a.special || b.special) {
    const n = checkNans(a, b, ctx, st);
    if (n) return n;
    if (a.kind === KIND_INF) return b.isZero ? invalid(st) : INF[sign];
    return a.isZero ? invalid(st) : INF[sign];
  }
  return fix(new Dec(sign, a.coef * b.coef, a.exp + b.exp), ctx, st);
}

/** Precisions past this many digits make 10**prec itself unallocatable (V8's BigInt limit is ~3e8 digits). */
const HUGE_PREC = 100_000_000;

export function div(a: Dec, b: Dec, ctx: Ctx, st: Status): Dec {
  const sign = a.sign ^ b.sign;
  if (a.special || b.special) {
    const n = checkNans(a, b, ctx, st);
    if (n) return n;
    if (a.kind === KIND_INF) return b.kind === KIND_INF ? invalid(st) : INF[sign];
    st.bits |= S_CLAMPED;
    return new Dec(sign, 0n, etiny(ctx));
  }
  if (b.coef === 0n) {
    if (a.coef === 0n) return invalid(st, S_DIVISION_UNDEFINED);
    st.bits |= S_DIVISION_BY_ZERO;
    return INF[sign];
  }
  let coeff: bigint, exp: number;
  if (a.coef !== 0n && ctx.prec > HUGE_PREC) {
    // mpd_qdiv's retry: an inexact quotient would fill a precision no memory holds, but an exact one has at
    // most digits(a) + 4 * digits(b) digits, so it is computed at that precision; inexact stays a MemoryError
    const work = ndigits(a.coef) + 4 * ndigits(b.coef);
    if (work < ctx.prec) {
      const wst: Status = { bits: 0 };
      const q = div(a, b, { ...ctx, prec: work }, wst);
      if (wst.bits !== 0) throw new RangeError("Maximum BigInt size exceeded");
      return q;
    }
  }
  if (a.coef === 0n) {
    coeff = 0n;
    exp = a.exp - b.exp;
  } else {
    const shift = ndigits(b.coef) - ndigits(a.coef) + ctx.prec + 1;
    exp = a.exp - b.exp - shift;
    let op1 = a.coef, op2 = b.coef;
    if (shift >= 0) op1 *= pow10(shift);
    else op2 *= pow10(-shift);
    coeff = op1 / op2;
    const rem = op1 % op2;
    if (rem !== 0n) {
      if (coeff % 5n === 0n) coeff += 1n;
    } else {
      const ideal = a.exp - b.exp;
      while (exp < ideal && coeff % 10n === 0n) {
        coeff /= 10n;
        exp += 1;
      }
    }
  }
  return fix(new Dec(sign, coeff, exp), ctx, st);
}

/** Integer division core for finite operands, b nonzero: [quotient, remainder] or undefined (impossible). */
function divideInt(a: Dec, b: Dec, ctx: Ctx): [Dec, Dec] | undefined {
  const sign = a.sign ^ b.sign;
  const ideal = Math.min(a.exp, b.exp);
  const expdiff = a.adjusted() - b.adjusted();
  if (a.coef === 0n || b.kind === KIND_INF || expdiff <= -2) {
    return [new Dec(sign, 0n, 0), rescale(a, ideal, ctx.rounding)];
  }
  if (expdiff <= ctx.prec) {
    let c1 = a.coef, c2 = b.coef;
    if (a.exp >= b.exp) c1 *= pow10(a.exp - b.exp);
    else c2 *= pow10(b.exp - a.exp);
    const q = c1 / c2, r = c1 % c2;
    // (a huge precision bounds nothing a BigInt can hold, and 10**prec itself is unallocatable)
    if (ctx.prec > HUGE_PREC || q < pow10(ctx.prec)) return [new Dec(sign, q, 0), new Dec(a.sign, r, ideal)];
  }
  return undefined;
}

export function divInt(a: Dec, b: Dec, ctx: Ctx, st: Status): Dec {
  const sign = a.sign ^ b.sign;
  if (a.special || b.special) {
    const n = checkNans(a, b, ctx, st);
    if (n) return n;
    if (a.kind === KIND_INF) return b.kind === KIND_INF ? invalid(st) : INF[sign];
    return new Dec(sign, 0n, 0);
  }
  if (b.coef === 0n) {
    if (a.coef === 0n) return invalid(st, S_DIVISION_UNDEFINED);
    st.bits |= S_DIVISION_BY_ZERO;
    return INF[sign];
  }
  const r = divideInt(a, b, ctx);
  if (r === undefined) return invalid(st, S_DIVISION_IMPOSSIBLE);
  return fix(r[0], ctx, st);
}

export function rem(a: Dec, b: Dec, ctx: Ctx, st: Status): Dec {
  if (a.special || b.special) {
    const n = checkNans(a, b, ctx, st);
    if (n) return n;
    if (a.kind === KIND_INF) return invalid(st);
    return fix(a, ctx, st);
  }
  if (b.coef === 0n) return invalid(st, a.coef === 0n ? S_DIVISION_UNDEFINED : S_INVALID_OPERATION);
  const r = divideInt(a, b, ctx);
  if (r === undefined) return invalid(st, S_DIVISION_IMPOSSIBLE);
  return fix(r[1], ctx, st);
}

export function divmod(a: Dec, b: Dec, ctx: Ctx, st: Status): [Dec, Dec] {
  const sign = a.sign ^ b.sign;
  if (a.special || b.special) {
    const n = checkNans(a, b, ctx, st);
    if (n) return [n, n];
    if (a.kind === KIND_INF) {
      if (b.kind === KIND_INF) return [invalid(st), NAN];
      return [INF[sign], invalid(st)];
    }
    return [new Dec(sign, 0n, 0), fix(a, ctx, st)];
  }
  if (b.coef === 0n) {
    if (a.coef === 0n) return [invalid(st, S_DIVISION_UNDEFINED), NAN];
    st.bits |= S_DIVISION_BY_ZERO | S_INVALID_OPERATION;
    return [INF[sign], NAN];
  }
  const r = divideInt(a, b, ctx);
  if (r === undefined) {
    invalid(st, S_DIVISION_IMPOSSIBLE);
    return [NAN, NAN];
  }
  return [fix(r[0], ctx, st), fix(r[1], ctx, st)];
}

export function remNear(a: Dec, b: Dec, ctx: Ctx, st: Status): Dec {
  if (a.special || b.special) {
    const n = checkNans(a, b, ctx, st);
    if (n) return n;
    if (a.kind === KIND_INF) return invalid(st);
    return fix(a, ctx, st);
  }
  if (b.coef === 0n) return invalid(st, a.coef === 0n ? S_DIVISION_UNDEFINED : S_INVALID_OPERATION);
  const ideal = Math.min(a.exp, b.exp);
  const expdiff = a.adjusted() - b.adjusted();
  if (a.coef === 0n || expdiff <= -2) return fix(rescale(a, ideal, ctx.rounding), ctx, st);
  if (expdiff >= ctx.prec + 1) return invalid(st, S_DIVISION_IMPOSSIBLE);
  let c1 = a.coef, c2 = b.coef;
  if (a.exp >= b.exp) c1 *= pow10(a.exp - b.exp);
  else c2 *= pow10(b.exp - a.exp);
  let q = c1 / c2, r = c1 % c2;
  if (2n * r + (q & 1n) > c2) {
    r -= c2;
    q += 1n;
  }
  if (ctx.prec <= HUGE_PREC && q >= pow10(ctx.prec)) return invalid(st, S_DIVISION_IMPOSSIBLE);
  let sign = a.sign;
  if (r < 0n) {
    sign = 1 - sign;
    r = -r;
  }
  return fix(new Dec(sign, r, ideal), ctx, st);
}

export function fma(a: Dec, b: Dec, c: Dec, ctx: Ctx, st: Status): Dec {
  let product: Dec;
  if (a.special || b.special) {
    if (a.kind === KIND_SNAN || b.kind === KIND_SNAN || c.kind === KIND_SNAN) {
      const n = checkNans(a, b, ctx, st) ?? checkNans(c, undefined, ctx, st);
      if (n) return n;
    }
    const n = checkNans(a, b, ctx, st);
    if (n) return n;
    if ((a.kind === KIND_INF && b.isZero) || (b.kind === KIND_INF && a.isZero)) return invalid(st);
    product = INF[a.sign ^ b.sign];
  } else product = new Dec(a.sign ^ b.sign, a.coef * b.coef, a.exp + b.exp);
  if (c.kind === KIND_SNAN) return checkNans(c, undefined, ctx, st)!;
  return add(product, c, ctx, st);
}

export function plus(a: Dec, ctx: Ctx, st: Status): Dec {
  if (a.special) return checkNans(a, undefined, ctx, st) ?? a;
  if (a.coef === 0n && ctx.rounding !== ROUND_FLOOR) a = new Dec(0, 0n, a.exp);
  return fix(a, ctx, st);
}
export function minus(a: Dec, ctx: Ctx, st: Status): Dec {
  if (a.special) {
    const n = checkNans(a, undefined, ctx, st);
    if (n) return n;
  }
  if (a.isZero && ctx.rounding !== ROUND_FLOOR) return fix(new Dec(0, 0n, a.exp), ctx, st);
  return fix(new Dec(a.sign ^ 1, a.coef, a.exp, a.kind), ctx, st);
}
export function absolute(a: Dec, ctx: Ctx, st: Status, round = true): Dec {
  if (a.special) {
    const n = checkNans(a, undefined, ctx, st);
    if (n) return n;
  }
  const r = new Dec(0, a.coef, a.exp, a.kind);
  return round ? fix(r, ctx, st) : r;
}

export function quantize(a: Dec, b: Dec, mode: number, ctx: Ctx, st: Status): Dec {
  if (a.special || b.special) {
    const n = checkNans(a, b, ctx, st);
    if (n) return n;
    if (a.kind === KIND_INF && b.kind === KIND_INF) return a;
    return invalid(st);
  }
  const exp = b.exp;
  if (!(etiny(ctx) <= exp && exp <= ctx.emax)) return invalid(st);
  if (a.coef === 0n) return fix(new Dec(a.sign, 0n, exp), ctx, st);
  const adj = a.adjusted();
  if (adj > ctx.emax) return invalid(st);
  if (adj - exp + 1 > ctx.prec) return invalid(st);
  const ans = rescale(a, exp, mode);
  if (ans.adjusted() > ctx.emax) return invalid(st);
  if (ndigits(ans.coef) > ctx.prec) return invalid(st);
  if (ans.coef !== 0n && ans.adjusted() < ctx.emin) st.bits |= S_SUBNORMAL;
  if (ans.exp > a.exp) {
    if (cmp(ans, a) !== 0) st.bits |= S_INEXACT;
    st.bits |= S_ROUNDED;
  }
  return fix(ans, ctx, st);
}

export function toIntegral(a: Dec, mode: number, ctx: Ctx, st: Status, exact: boolean): Dec {
  if (a.special) return checkNans(a, undefined, ctx, st) ?? a;
  if (a.exp >= 0) return a;
  if (a.coef === 0n) return new Dec(a.sign, 0n, 0);
  const ans = rescale(a, 0, mode);
  if (exact) {
    if (cmp(ans, a) !== 0) st.bits |= S_INEXACT;
    st.bits |= S_ROUNDED;
  }
  return ans;
}

export function reduce(a: Dec, ctx: Ctx, st: Status): Dec {
  if (a.special) return checkNans(a, undefined, ctx, st) ?? a;
  const d = fix(a, ctx, st);
  if (d.kind !== KIND_FINITE) return d;
  if (d.coef === 0n) return new Dec(d.sign, 0n, 0);
  const expMax = ctx.clamp ? etop(ctx) : ctx.emax;
  let c = d.coef, e = d.exp;
  while (c % 10n === 0n && e < expMax) {
    c /= 10n;
    e++;
  }
  return new Dec(d.sign, c, e);
}

// ---------------------------------------------------------------- square root, exp, ln, log10, power

function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  // Newton's iteration from an overestimate decreases monotonically to floor(sqrt(n))
  let x = 1n << BigInt((n.toString(16).length * 4 >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

const HALF_EVEN_CTX = (ctx: Ctx): Ctx => ({ ...ctx, rounding: ROUND_HALF_EVEN });

export function sqrt(a: Dec, ctx: Ctx, st: Status): Dec {
  if (a.special) {
    const n = checkNans(a, undefined, ctx, st);
    if (n) return n;
    return a.sign ? invalid(st) : a;
  }
  if (a.coef === 0n) return fix(new Dec(a.sign, 0n, Math.floor(a.exp / 2)), ctx, st);
  if (a.sign) return invalid(st);
  const prec = ctx.prec + 1;
  let e = Math.floor(a.exp / 2);
  let c: bigint, l: number;
  const len = ndigits(a.coef);
  if (a.exp & 1) {
    c = a.coef * 10n;
    l = (len >> 1) + 1;
  } else {
    c = a.coef;
    l = (len + 1) >> 1;
  }
  const shift = prec - l;
  let exact: boolean;
  if (shift >= 0) {
    c *= pow10(2 * shift);
    exact = true;
  } else {
    const p = pow10(-2 * shift);
    exact = c % p === 0n;
    c /= p;
  }
  e -= shift;
  let n = isqrt(c);
  exact = exact && n * n === c;
  if (exact) {
    if (shift >= 0) n /= pow10(shift);
    else n *= pow10(-shift);
    e += shift;
  } else if (n % 5n === 0n) n += 1n;
  return fix(new Dec(0, n, e), HALF_EVEN_CTX(ctx), st);
}

// Fixed-point helpers: values are bigints scaled by 10^W.
function atanhInv(n: bigint, W: number): bigint {
  // atanh(1/n) * 10^W
  const S = pow10(W + 5);
  let term = S / n;
  const n2 = n * n;
  let sum = 0n, k = 1n;
  while (term !== 0n) {
    sum += term / k;
    term /= n2;
    k += 2n;
  }
  return sum / pow10(5);
}
let LN2: [number, bigint] = [0, 0n], LN10: [number, bigint] = [0, 0n];
function ln2(W: number): bigint {
  if (LN2[0] < W) LN2 = [W + 20, 2n * atanhInv(3n, W + 20)];
  return LN2[1] / pow10(LN2[0] - W);
}
function ln10(W: number): bigint {
  if (LN10[0] < W) LN10 = [W + 20, 6n * atanhInv(3n, W + 20) + 2n * atanhInv(9n, W + 20)];
  return LN10[1] / pow10(LN10[0] - W);
}

/** ln(c * 10^e) * 10^W, c > 0, error a few units. */
function lnFixed(c: bigint, e: number, W: number): bigint {
  const nd = ndigits(c);
  const adj = e + nd - 1;
  const G = W + String(Math.abs(adj)).length + 12;
  const S = pow10(G);
  // m in [1, 10) at scale G
  let M = nd - 1 <= G ? c * pow10(G - (nd - 1)) : c / pow10(nd - 1 - G);
  let j = 0;
  const hi = S * 3n / 2n;
  while (M >= hi) {
    M /= 2n;
    j++;
  }
  const Z = (M - S) * S / (M + S);
  const Z2 = Z * Z / S;
  let term = Z, sum = 0n, k = 1n;
  while (term !== 0n) {
    sum += term / k;
    term = term * Z2 / S;
    k += 2n;
  }
  const total = 2n * sum + BigInt(j) * ln2(G) + BigInt(adj) * ln10(G);
  return total / pow10(G - W);
}

/** exp(X / 10^W): [F, k] with exp ≈ F * 10^(k - W). */
function expFixed(X: bigint, W: number): [bigint, number] {
  const L = ln10(W + 5) / pow10(5);
  let k = X / L;
  // k = nearest integer to X / ln10
  const rr = X - k * L;
  if (2n * rr > L) k += 1n;
  else if (2n * rr < -L) k -= 1n;
  const kd = String(k < 0n ? -k : k).length;
  const G = W + kd + 14;
  const S = pow10(G);
  let R = X * pow10(G - W) - k * ln10(G);
  // reduce by 2^s
  const s = 20;
  R = R / (1n << BigInt(s));
  let term = S, sum = S, i = 1n;
  while (term !== 0n && term !== -1n) {
    term = term * R / S / i;
    sum += term;
    i += 1n;
  }
  for (let t = 0; t < s; t++) sum = sum * sum / S;
  return [sum / pow10(G - W), Number(k)];
}

/** Finish a transcendental result known as F * 10^exp ± err units: correctly rounded (HALF_EVEN) or undefined. */
function finishApprox(
  sign: number,
  F: bigint,
  exp: number,
  err: bigint,
  ctx: Ctx,
  st: Status,
  mode = ROUND_HALF_EVEN,
  last = false,
): Dec | undefined {
  const c2 = mode === ctx.rounding ? ctx : { ...ctx, rounding: mode };
  if (last) {
    // give up on deciding: snap to a nearby short value (exact results) and round that
    const nd = ndigits(F);
    if (nd > ctx.prec + 6) {
      const snapped = roundDigits(new Dec(sign, F, exp), nd - 4, ROUND_HALF_EVEN);
      // mpdecimal reports a non-integral power as inexact even when the value is exact
      st.bits |= S_INEXACT | S_ROUNDED;
      return fix(snapped, c2, st);
    }
  }
  const lo = roundDigits(new Dec(sign, F - err, exp), ctx.prec, mode);
  const hi = roundDigits(new Dec(sign, F + err, exp), ctx.prec, mode);
  if (cmp(lo, hi) !== 0 || lo.exp !== hi.exp) return undefined;
  return fix(new Dec(sign, F * 10n + 1n, exp - 1), c2, st);
}

export function exp(a: Dec, ctx: Ctx, st: Status): Dec {
  if (a.special) {
    const n = checkNans(a, undefined, ctx, st);
    if (n) return n;
    return a.sign ? new Dec(0, 0n, 0) : a;
  }
  if (a.coef === 0n) return new Dec(0, 1n, 0);
  const p = ctx.prec;
  const adj = a.adjusted();
  const c2 = HALF_EVEN_CTX(ctx);
  if (a.sign === 0 && adj > String((ctx.emax + 1) * 3).length) {
    return fix(new Dec(0, 1n, ctx.emax + 1), c2, st);
  }
  if (a.sign === 1 && adj > String((-etiny(ctx) + 1) * 3).length) {
    return fix(new Dec(0, 1n, etiny(ctx) - 1), c2, st);
  }
  if (a.sign === 0 && adj < -p) return fix(new Dec(0, pow10(p) + 1n, -p), c2, st);
  if (a.sign === 1 && adj < -p - 1) return fix(new Dec(0, pow10(p + 1) - 1n, -p - 1), c2, st);
  for (let W = p + 8 + Math.max(0, adj);; W += W) {
    let X = a.exp >= -W ? a.coef * pow10(W + a.exp) : a.coef / pow10(-W - a.exp);
    if (a.sign) X = -X;
    const [F, k] = expFixed(X, W);
    const r = finishApprox(0, F, k - W, 100n, ctx, st);
    if (r) return r;
  }
}

function lnSpecial(a: Dec, ctx: Ctx, st: Status): Dec | undefined {
  if (a.special) {
    const n = checkNans(a, undefined, ctx, st);
    if (n) return n;
    return a.sign ? invalid(st) : a;
  }
  if (a.coef === 0n) return INF[1];
  if (a.sign) return invalid(st);
  return undefined;
}

export function ln(a: Dec, ctx: Ctx, st: Status): Dec {
  const s = lnSpecial(a, ctx, st);
  if (s) return s;
  if (a.exp <= 0 && a.coef === pow10(-a.exp)) return new Dec(0, 0n, 0);
  for (let W = ctx.prec + 8;; W += W) {
    const L = lnFixed(a.coef, a.exp, W);
    const r = finishApprox(L < 0n ? 1 : 0, L < 0n ? -L : L, -W, 100n, ctx, st);
    if (r) return r;
  }
}

export function log10(a: Dec, ctx: Ctx, st: Status): Dec {
  const s = lnSpecial(a, ctx, st);
  if (s) return s;
  // exact powers of ten
  let c = a.coef, e = a.exp;
  while (c % 10n === 0n) {
    c /= 10n;
    e++;
  }
  if (c === 1n) return fix(new Dec(e < 0 ? 1 : 0, BigInt(Math.abs(e)), 0), ctx, st);
  for (let W = ctx.prec + 8;; W += W) {
    const G = W + 10;
    const L = lnFixed(a.coef, a.exp, G) * pow10(W) / ln10(G);
    const r = finishApprox(L < 0n ? 1 : 0, L < 0n ? -L : L, -W, 100n, ctx, st);
    if (r) return r;
  }
}

function isInteger(d: Dec): boolean {
  if (d.kind !== KIND_FINITE) return false;
  if (d.exp >= 0 || d.coef === 0n) return true;
  return d.coef % pow10(-d.exp) === 0n;
}
function isOddInteger(d: Dec): boolean {
  if (!isInteger(d)) return false;
  if (d.exp > 0) return false;
  return (d.coef / pow10(-d.exp)) % 2n === 1n;
}

export function power(a: Dec, b: Dec, ctx: Ctx, st: Status): Dec {
  if (a.special || b.special) {
    const n = checkNans(a, b, ctx, st);
    if (n) return n;
  }
  if (b.isZero) {
    if (a.isZero) return invalid(st);
    return new Dec(0, 1n, 0);
  }
  let sign = 0;
  if (a.sign === 1) {
    if (isInteger(b)) sign = isOddInteger(b) ? 1 : 0;
    else if (!a.isZero) return invalid(st);
    a = new Dec(0, a.coef, a.exp, a.kind);
  }
  if (a.isZero) return b.sign === 0 ? new Dec(sign, 0n, 0) : INF[sign];
  if (a.kind === KIND_INF) return b.sign === 0 ? INF[sign] : new Dec(sign, 0n, 0);
  if (a.coef === 1n && a.exp === 0 || cmp(a, ONE) === 0) {
    let e: number;
    if (isInteger(b)) {
      const mult = b.sign === 1
        ? 0
        : cmp(b, new Dec(0, BigInt(ctx.prec), 0)) > 0
        ? ctx.prec
        : Number(intOf(b));
      e = a.exp * mult;
      if (e < 1 - ctx.prec) {
        e = 1 - ctx.prec;
        st.bits |= S_ROUNDED;
      }
    } else {
      st.bits |= S_INEXACT | S_ROUNDED;
      e = 1 - ctx.prec;
    }
    return new Dec(sign, pow10(-e), e);
  }
  const aAdj = a.adjusted();
  if (b.kind === KIND_INF) {
    return (b.sign === 0) === (aAdj < 0) ? new Dec(sign, 0n, 0) : INF[sign];
  }
  // magnitude estimate of b * ln(a) to catch overflow/underflow early
  const lnA =
    (aAdj + Math.log10(Number(String(a.coef).slice(0, 15)) / 10 ** (Math.min(15, ndigits(a.coef)) - 1))) *
    Math.LN10;
  const bApprox = Number(String(b.coef).slice(0, 17)) * 10 ** (b.exp + Math.max(0, ndigits(b.coef) - 17)) *
    (b.sign ? -1 : 1);
  const est = bApprox * lnA / Math.LN10;
  if (est > ctx.emax + 2) return fix(new Dec(sign, 1n, ctx.emax + 1), ctx, st);
  if (est < etiny(ctx) - 2) {
    // mpdecimal reports Clamped with the underflow of a negative integral power (from its reciprocal)
    if (b.sign === 1 && isInteger(b) && b.adjusted() < 4) st.bits |= S_CLAMPED;
    return fix(new Dec(sign, 1n, etiny(ctx) - 1), ctx, st);
  }
  if (isInteger(b)) {
    const y = intOf(b);
    let tc = a.coef, te = a.exp;
    while (tc % 10n === 0n) {
      tc /= 10n;
      te++;
    }
    if (tc === 1n && Math.abs(Number(y) * te) < 9e15 && Math.abs(Number(y)) * ndigits(a.coef) > 2000) {
      return fix(new Dec(sign, 1n, te * Number(y)), ctx, st);
    }
    const ay = y < 0n ? -y : y;
    if (Number(ay) * ndigits(a.coef) <= Math.max(4 * ctx.prec, 2000)) {
      const p = new Dec(sign, a.coef ** ay, a.exp * Number(ay));
      if (y > 0n) return fix(p, ctx, st);
      const exactP = new Dec(sign, a.coef ** ay, a.exp * Number(ay));
      return div(new Dec(sign, 1n, 0), new Dec(0, exactP.coef, exactP.exp), ctx, st);
    }
  }
  for (let W = ctx.prec + 10, round = 0;; W += W, round++) {
    const extra = Math.max(0, b.adjusted() + 1);
    const L = lnFixed(a.coef, a.exp, W + extra + 2);
    let P = L * b.coef;
    const sh = b.exp - extra - 2;
    P = sh >= 0 ? P * pow10(sh) : P / pow10(-sh);
    if (b.sign) P = -P;
    const [F, k] = expFixed(P, W);
    const r = finishApprox(sign, F, k - W, 1000n, ctx, st, ctx.rounding, round >= 3);
    if (r) return r;
  }
}

/** The integer value of an integral finite Dec. */
export function intOf(d: Dec): bigint {
  const v = d.exp >= 0 ? d.coef * pow10(d.exp) : d.coef / pow10(-d.exp);
  return d.sign ? -v : v;
}

// ---------------------------------------------------------------- string conversion

export function toSci(d: Dec, capitals: number, eng = false): string {
  const sign = d.sign ? "-" : "";
  if (d.kind === KIND_INF) return sign + "Infinity";
  if (d.kind === KIND_NAN) return sign + "NaN" + (d.coef !== 0n ? String(d.coef) : "");
  if (d.kind === KIND_SNAN) return sign + "sNaN" + (d.coef !== 0n ? String(d.coef) : "");
  const digits = String(d.coef);
  const leftdigits = d.exp + digits.length;
  let dotplace: number;
  if (d.exp <= 0 && leftdigits > -6) dotplace = leftdigits;
  else if (!eng) dotplace = 1;
  else if (d.coef === 0n) dotplace = pmod(leftdigits + 1, 3) - 1;
  else dotplace = pmod(leftdigits - 1, 3) + 1;
  let intpart: string, fracpart: string;
  if (dotplace <= 0) {
    intpart = "0";
    fracpart = "." + "0".repeat(-dotplace) + digits;
  } else if (dotplace >= digits.length) {
    intpart = digits + "0".repeat(dotplace - digits.length);
    fracpart = "";
  } else {
    intpart = digits.slice(0, dotplace);
    fracpart = "." + digits.slice(dotplace);
  }
  let expStr = "";
  if (leftdigits !== dotplace) {
    const e = leftdigits - dotplace;
    expStr = (capitals ? "E" : "e") + (e >= 0 ? "+" : "") + e;
  }
  return sign + intpart + fracpart + expStr;
}
export function pmod(a: number, b: number): number {
  const r = a % b;
  return r < 0 ? r + b : r;
}

const NUM_RE = /^([+-])?(?:(\d+)(?:\.(\d*))?|\.(\d+))(?:[eE]([+-]?\d+))?$/;
const SPECIAL_RE = /^([+-])?(?:(inf|infinity)|(s)?nan(\d*))$/i;

/** Parse a number string (already stripped); undefined for a syntax error. */
export function parse(text: string): Dec | undefined {
  if (/[^ -~\t\n\v\f\r]/.test(text)) {
    const t = asciiDigits(text);
    if (t === undefined) return undefined;
    text = t;
  }
  if (text.includes("_")) text = text.replace(/_/g, "");
  const m = NUM_RE.exec(text);
  if (m) {
    const sign = m[1] === "-" ? 1 : 0;
    const intPart = m[2] ?? "", frac = m[3] ?? m[4] ?? "";
    let exp = m[5] !== undefined ? Number(m[5]) : 0;
    if (!Number.isSafeInteger(exp)) exp = m[5]!.startsWith("-") ? -1e18 : 1e18;
    exp -= frac.length;
    return new Dec(sign, BigInt(intPart + frac), exp);
  }
  const s = SPECIAL_RE.exec(text);
  if (s) {
    const sign = s[1] === "-" ? 1 : 0;
    if (s[2] !== undefined) return INF[sign];
    return new Dec(sign, s[4] ? BigInt(s[4]) : 0n, 0, s[3] ? KIND_SNAN : KIND_NAN);
  }
  return undefined;
}

/** Exact Dec of a double. */
export function fromFloat(x: number): Dec {
  if (Number.isNaN(x)) return NAN;
  const sign = x < 0 || Object.is(x, -0) ? 1 : 0;
  if (!Number.isFinite(x)) return INF[sign];
  x = Math.abs(x);
  if (x === 0) return new Dec(sign, 0n, 0);
  // x = m * 2^k with integer m
  let k = 0;
  let m = x;
  while (!Number.isInteger(m)) {
    m *= 2;
    k--;
  }
  let n = BigInt(m);
  if (k === 0) return new Dec(sign, n, 0);
  // m / 2^-k = m * 5^-k / 10^-k
  while ((n & 1n) === 0n && k < 0) {
    n >>= 1n;
    k++;
  }
  return new Dec(sign, n * 5n ** BigInt(-k), k);
}

// ---------------------------------------------------------------- miscellaneous operations

export function logb(a: Dec, ctx: Ctx, st: Status): Dec {
  if (a.special) {
    const n = checkNans(a, undefined, ctx, st);
    if (n) return n;
    return INF[0];
  }
  if (a.coef === 0n) {
    st.bits |= S_DIVISION_BY_ZERO;
    return INF[1];
  }
  const adj = a.adjusted();
  return fix(new Dec(adj < 0 ? 1 : 0, BigInt(Math.abs(adj)), 0), ctx, st);
}

function intArgOf(b: Dec, st: Status): number | undefined {
  if (b.kind !== KIND_FINITE || b.exp !== 0) {
    invalid(st);
    return undefined;
  }
  return Number(b.sign ? -b.coef : b.coef);
}

export function scaleb(a: Dec, b: Dec, ctx: Ctx, st: Status): Dec {
  const n = checkNans(a, b, ctx, st);
  if (n) return n;
  const k = intArgOf(b, st);
  if (k === undefined) return NAN;
  const lim = 2 * (ctx.emax + ctx.prec);
  if (k < -lim || k > lim) return invalid(st);
  if (a.kind === KIND_INF) return a;
  return fix(new Dec(a.sign, a.coef, a.exp + k), ctx, st);
}

function shiftLike(a: Dec, b: Dec, ctx: Ctx, st: Status, rotate: boolean): Dec {
  const n = checkNans(a, b, ctx, st);
  if (n) return n;
  const k = intArgOf(b, st);
  if (k === undefined) return NAN;
  if (k < -ctx.prec || k > ctx.prec) return invalid(st);
  if (a.kind === KIND_INF) return a;
  const p = pow10(ctx.prec);
  let c = a.coef % p;
  if (rotate) {
    const s = ((k % ctx.prec) + ctx.prec) % ctx.prec;
    const pk = pow10(ctx.prec - s);
    c = (c % pk) * pow10(s) + c / pk;
  } else if (k >= 0) c = (c * pow10(k)) % p;
  else c = c / pow10(-k);
  return new Dec(a.sign, c, a.exp);
}
export function shift(a: Dec, b: Dec, ctx: Ctx, st: Status): Dec {
  return shiftLike(a, b, ctx, st, false);
}
export function rotate(a: Dec, b: Dec, ctx: Ctx, st: Status): Dec {
  return shiftLike(a, b, ctx, st, true);
}

export function nextPlus(a: Dec, ctx: Ctx, st: Status): Dec {
  if (a.special) {
    const n = checkNans(a, undefined, ctx, st);
    if (n) return n;
    if (a.sign === 0) return a;
    return new Dec(1, pow10(ctx.prec) - 1n, etop(ctx));
  }
  const c: Ctx = { ...ctx, rounding: ROUND_CEILING };
  const s2: Status = { bits: 0 };
  const d = fix(a, c, s2);
  if (cmp(d, a) !== 0) return d;
  return add(a, new Dec(0, 1n, etiny(ctx) - 1), c, s2);
}
export function nextMinus(a: Dec, ctx: Ctx, st: Status): Dec {
  if (a.special) {
    const n = checkNans(a, undefined, ctx, st);
    if (n) return n;
    if (a.sign === 1) return a;
    return new Dec(0, pow10(ctx.prec) - 1n, etop(ctx));
  }
  const c: Ctx = { ...ctx, rounding: ROUND_FLOOR };
  const s2: Status = { bits: 0 };
  const d = fix(a, c, s2);
  if (cmp(d, a) !== 0) return d;
  return add(a, new Dec(1, 1n, etiny(ctx) - 1), c, s2);
}
export function nextToward(a: Dec, b: Dec, ctx: Ctx, st: Status): Dec {
  const n = checkNans(a, b, ctx, st);
  if (n) return n;
  const c = cmp(a, b);
  if (c === 0) return new Dec(b.sign, a.coef, a.exp, a.kind);
  const ans = c < 0 ? nextPlus(a, ctx, st) : nextMinus(a, ctx, st);
  if (ans.kind === KIND_INF) st.bits |= S_OVERFLOW | S_INEXACT | S_ROUNDED;
  else if (ans.kind === KIND_FINITE && ans.adjusted() < ctx.emin) {
    st.bits |= S_UNDERFLOW | S_SUBNORMAL | S_INEXACT | S_ROUNDED;
    if (ans.coef === 0n) st.bits |= S_CLAMPED;
  }
  return ans;
}

export function compare(a: Dec, b: Dec, ctx: Ctx, st: Status, signal = false): Dec {
  if (a.isNaN || b.isNaN) {
    if (signal) st.bits |= S_INVALID_OPERATION;
    return checkNans(a, b, ctx, st)!;
  }
  const c = cmp(a, b);
  return new Dec(c < 0 ? 1 : 0, BigInt(Math.abs(c)), 0);
}

export function maxMin(a: Dec, b: Dec, ctx: Ctx, st: Status, isMax: boolean, mag: boolean): Dec {
  if (a.isNaN || b.isNaN) {
    if (a.kind === KIND_SNAN || b.kind === KIND_SNAN) return checkNans(a, b, ctx, st)!;
    if (a.isNaN && b.isNaN) return checkNans(a, b, ctx, st)!;
    return fix(a.isNaN ? b : a, ctx, st);
  }
  let c = mag ? cmp(new Dec(0, a.coef, a.exp, a.kind), new Dec(0, b.coef, b.exp, b.kind)) : 0;
  if (c === 0) c = cmp(a, b);
  if (c === 0) c = cmpTotal(a, b);
  const pick = isMax ? (c < 0 ? b : a) : (c > 0 ? b : a);
  return fix(pick, ctx, st);
}

function logicalDigits(d: Dec): string | undefined {
  if (d.kind !== KIND_FINITE || d.sign || d.exp !== 0) return undefined;
  const s = String(d.coef);
  return /^[01]+$/.test(s) ? s : undefined;
}
export function logical(a: Dec, b: Dec, ctx: Ctx, st: Status, op: "and" | "or" | "xor"): Dec {
  const x = logicalDigits(a), y = logicalDigits(b);
  if (x === undefined || y === undefined) return invalid(st);
  const n = ctx.prec;
  const xs = x.padStart(n, "0").slice(-n), ys = y.padStart(n, "0").slice(-n);
  let r = "";
  for (let i = 0; i < n; i++) {
    const p = xs[i] === "1", q = ys[i] === "1";
    r += (op === "and" ? p && q : op === "or" ? p || q : p !== q) ? "1" : "0";
  }
  return new Dec(0, BigInt(r), 0);
}
export function logicalInvert(a: Dec, ctx: Ctx, st: Status): Dec {
  const x = logicalDigits(a);
  if (x === undefined) return invalid(st);
  const xs = x.padStart(ctx.prec, "0").slice(-ctx.prec);
  let r = "";
  for (const ch of xs) r += ch === "1" ? "0" : "1";
  return new Dec(0, BigInt(r), 0);
}

export function isNormal(a: Dec, ctx: Ctx): boolean {
  return a.kind === KIND_FINITE && a.coef !== 0n && a.adjusted() >= ctx.emin;
}
export function isSubnormal(a: Dec, ctx: Ctx): boolean {
  return a.kind === KIND_FINITE && a.coef !== 0n && a.adjusted() < ctx.emin;
}
export function numberClass(a: Dec, ctx: Ctx): string {
  if (a.kind === KIND_SNAN) return "sNaN";
  if (a.kind === KIND_NAN) return "NaN";
  const s = a.sign ? "-" : "+";
  if (a.kind === KIND_INF) return s + "Infinity";
  if (a.coef === 0n) return s + "Zero";
  return s + (a.adjusted() < ctx.emin ? "Subnormal" : "Normal");
}
export function isIntegral(d: Dec): boolean {
  return isInteger(d);
}

const ND = /\p{Nd}/u;
/** Unicode decimal digits as ASCII digits (CPython accepts them in Decimal strings); undefined if other non-ASCII. */
function asciiDigits(text: string): string | undefined {
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 128) {
      out += ch;
      continue;
    }
    if (!ND.test(ch)) return undefined;
    let base = cp;
    while (ND.test(String.fromCodePoint(base - 1))) base--;
    out += String((cp - base) % 10);
  }
  return out;
}
