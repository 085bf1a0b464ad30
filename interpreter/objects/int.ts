// int: a JS number while it is a safe integer, a bigint beyond (always normalised back), so small-int
// arithmetic never allocates. bool values (True/False singletons) take part as 1/0.
import {
  boolType,
  bytesType,
  call,
  callMethod,
  defineGetSets,
  defineMethods,
  intType,
  type Kwargs,
  None,
  NotImplemented,
  PyBool,
  PyInstance,
  PyType,
  typeOf,
  type W,
} from "./model.ts";
import { raiseOverflowError, raiseTypeError, raiseValueError, raiseZeroDivisionError } from "../vm/errors.ts";
import { intStrHook, newStr, PyStr, strRepr } from "./str.ts";
import "./bool.ts";

export type IntValue = number | bigint;

/** An instance of a Python subclass of int (`class MyInt(int)`): boxed, with attributes. */
export class PyIntSub extends PyInstance {
  value: IntValue;
  constructor(cls: PyType, value: IntValue) {
    super(cls);
    this.value = value;
  }
}
intType.factory = (cls) => new PyIntSub(cls, 0);

/** Normalise a bigint: back to a number when it is a safe integer. */
export function normBig(b: bigint): IntValue {
  if (b >= -9007199254740991n && b <= 9007199254740991n) return Number(b);
  return b;
}
function big(v: IntValue): bigint {
  return typeof v === "bigint" ? v : BigInt(v);
}

/** The integer value of an int, bool or int-subclass instance, or undefined for anything else. */
export function asInt(w: W): IntValue | undefined {
  if (typeof w === "number" || typeof w === "bigint") return w;
  if (w instanceof PyBool) return w.value ? 1 : 0;
  if (w instanceof PyIntSub) return w.value;
  return undefined;
}
export function isIntLike(w: W): boolean {
  return typeof w !== "object" || w instanceof PyBool || w instanceof PyIntSub;
}

export function intAdd(a: IntValue, b: IntValue): IntValue {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normBig(big(a) + big(b));
}
export function intSub(a: IntValue, b: IntValue): IntValue {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normBig(big(a) - big(b));
}
export function intMul(a: IntValue, b: IntValue): IntValue {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    // A safe result is exact: any true product beyond 2**53 rounds to an unsafe double.
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  }
  return normBig(big(a) * big(b));
}
/** Floor division: the quotient rounds toward negative infinity (CPython's i_divmod). */
export function intFloorDiv(a: IntValue, b: IntValue): IntValue {
  if (b === 0 || b === 0n) raiseZeroDivisionError("division by zero");
  if (typeof a === "number" && typeof b === "number") {
    const q = Math.floor(a / b);
    // The double quotient can be off by one for large operands; verify with the remainder.
    if (Math.abs(a) < 2 ** 52 && Math.abs(b) < 2 ** 52) return q === 0 ? 0 : q;
  }
  return normBig(bigFloorDiv(big(a), big(b)));
}
/** Modulo: the result takes the sign of the divisor. */
export function intMod(a: IntValue, b: IntValue): IntValue {
  if (b === 0 || b === 0n) raiseZeroDivisionError("division by zero");
  if (typeof a === "number" && typeof b === "number") {
    let r = a % b;
    if (r !== 0 && (r < 0) !== (b < 0)) r += b;
    return r === 0 ? 0 : r;
  }
  return normBig(bigMod(big(a), big(b)));
}
/** divmod(a, b) of ints as [a // b, a % b], one division for both. */
export function intDivmod(a: IntValue, b: IntValue): [IntValue, IntValue] {
  if (b === 0 || b === 0n) raiseZeroDivisionError("division by zero");
  if (typeof a === "number" && typeof b === "number" && Math.abs(a) < 2 ** 52 && Math.abs(b) < 2 ** 52) {
    return [intFloorDiv(a, b), intMod(a, b)];
  }
  const x = big(a), y = big(b);
  if (isLargeDivisor(y)) {
    const q = bigDivSmallQuotient(x, y, true);
    if (q !== undefined) return [normBig(q), normBig(lastRemainder)];
  }
  const q = bigFloorDiv(x, y);
  return [normBig(q), normBig(x - q * y)];
}

// V8 divides a bigint by a divisor of more than ~57 64-bit digits with Burnikel-Ziegler, whose cost
// does not shrink with the quotient: for n-digit operands with a quotient of a few bits (Gibbons'
// pi spigot, Euclid, base conversion) one division costs ~15 multiplications by a small int. For such
// divisors the quotient is estimated in floating point from the leading bits of both operands, then
// corrected with the exact remainder x - q*y (one small-by-large multiplication and a subtraction).
const LARGE_DIVISOR = 1n << 3000n;
/** Bit length of the last large divisor: in loops the next one has nearly the same size. */
let divisorBitsGuess = 0;
/** The remainder left by the last successful bigDivSmallQuotient. */
let lastRemainder = 0n;

/**
 * floor(x / y) when |y| is large and the quotient has under ~40 bits, else undefined. With
 * wantRemainder, x - q*y is left in lastRemainder; without it the remainder is skipped when the
 * estimate is provably exact.
 */
function bigDivSmallQuotient(x: bigint, y: bigint, wantRemainder: boolean): bigint | undefined {
  // Shift both operands right by s so that y keeps ~60 bits: the double ratio is then within
  // 2**-50 of x / y, and the rounded quotient within 1 of the true one.
  let s = divisorBitsGuess - 60;
  let yTop = s > 0 ? Number(y >> BigInt(s)) : 0;
  const yAbs = Math.abs(yTop);
  if (yAbs >= 2 ** 52 && yAbs < 2 ** 80) divisorBitsGuess = s + Math.ceil(Math.log2(yAbs));
  else {
    const bits = bigBitLength(y);
    divisorBitsGuess = bits;
    s = bits - 60;
    yTop = Number(y >> BigInt(s));
  }
  const ratio = Number(x >> BigInt(s)) / yTop;
  const qEstimate = Math.floor(ratio);
  if (!(Math.abs(qEstimate) < 2 ** 40)) return undefined;
  // The ratio is within (|q| + 1) * 2**-51 of x / y (truncated operands with >= 59-bit divisor,
  // three roundings): below 2**20 it is within 2**-30, so a fraction away from 0 and 1 fixes the floor.
  if (!wantRemainder && Math.abs(qEstimate) < 2 ** 20) {
    const frac = ratio - qEstimate;
    if (frac > 2 ** -20 && frac < 1 - 2 ** -20) return BigInt(qEstimate);
  }
  let q = BigInt(qEstimate);
  let r = x - q * y;
  if (y > 0n) {
    while (r < 0n) {
      q--;
      r += y;
    }
    while (r >= y) {
      q++;
      r -= y;
    }
  } else {
    while (r > 0n) {
      q--;
      r += y;
    }
    while (r <= y) {
      q++;
      r -= y;
    }
  }
  lastRemainder = r;
  return q;
}
function isLargeDivisor(y: bigint): boolean {
  return y >= LARGE_DIVISOR || y <= -LARGE_DIVISOR;
}
/** floor(x / y) of bigints (y != 0). */
function bigFloorDiv(x: bigint, y: bigint): bigint {
  if (isLargeDivisor(y)) {
    const q = bigDivSmallQuotient(x, y, false);
    if (q !== undefined) return q;
  }
  const q = x / y;
  // Truncation and floor differ only for operands of opposite signs with a nonzero remainder.
  if ((x < 0n) !== (y < 0n) && q * y !== x) return q - 1n;
  return q;
}
/** x mod y of bigints with the sign of y (y != 0). */
function bigMod(x: bigint, y: bigint): bigint {
  if (isLargeDivisor(y) && bigDivSmallQuotient(x, y, true) !== undefined) return lastRemainder;
  const r = x % y;
  return r !== 0n && (r < 0n) !== (y < 0n) ? r + y : r;
}
export function intNeg(a: IntValue): IntValue {
  if (typeof a === "number") return a === 0 ? 0 : -a;
  return normBig(-a);
}
export function intAbs(a: IntValue): IntValue {
  if (typeof a === "number") return Math.abs(a);
  return normBig(a < 0n ? -a : a);
}
export function intInvert(a: IntValue): IntValue {
  return intSub(intNeg(a), 1);
}
export function intCompare(a: IntValue, b: IntValue): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
export function intSign(a: IntValue): number {
  return a > 0 ? 1 : a < 0 ? -1 : 0;
}

function isSmall31(a: IntValue): a is number {
  return typeof a === "number" && a >= -0x40000000 && a < 0x40000000;
}
export function intAnd(a: IntValue, b: IntValue): IntValue {
  if (isSmall31(a) && isSmall31(b)) return a & b;
  // A mask below 2**31 keeps only low bits: take them from the bigint's two's complement directly.
  if (typeof b === "number" && b >= 0 && b < 0x80000000 && typeof a === "bigint") {
    return (Number(BigInt.asUintN(32, a)) & b) >>> 0;
  }
  if (typeof a === "number" && a >= 0 && a < 0x80000000 && typeof b === "bigint") {
    return (Number(BigInt.asUintN(32, b)) & a) >>> 0;
  }
  return normBig(big(a) & big(b));
}
export function intOr(a: IntValue, b: IntValue): IntValue {
  if (isSmall31(a) && isSmall31(b)) return a | b;
  return normBig(big(a) | big(b));
}
export function intXor(a: IntValue, b: IntValue): IntValue {
  if (isSmall31(a) && isSmall31(b)) return a ^ b;
  return normBig(big(a) ^ big(b));
}
export function intLshift(a: IntValue, b: IntValue): IntValue {
  if (b < 0) raiseValueError("negative shift count");
  if (a === 0) return 0;
  if (b > 2 ** 31) raiseOverflowError("too many digits in integer");
  return normBig(big(a) << big(b));
}
export function intRshift(a: IntValue, b: IntValue): IntValue {
  if (b < 0) raiseValueError("negative shift count");
  if (typeof a === "number" && typeof b === "number") {
    if (b < 32 && a >= -0x80000000 && a <= 0x7fffffff) return a >> b; // an arithmetic shift floors
    if (b < 64) return Math.floor(a / 2 ** b);
  }
  if (b > 2 ** 40) return a < 0 ? -1 : 0;
  return normBig(big(a) >> big(b));
}

/** int ** int for a non-negative exponent; negative exponents go to float in the caller. */
export function intPow(a: IntValue, b: IntValue): IntValue {
  if (b < 0) throw new Error("intPow: negative exponent");
  if (typeof a === "number" && typeof b === "number") {
    const r = a ** b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normBig(big(a) ** big(b));
}
/** pow(a, b, m) with CPython's rules: m == 0 is an error; negative b needs an inverse mod m. */
export function intPowMod(a: IntValue, b: IntValue, m: IntValue): IntValue {
  if (m === 0 || m === 0n) raiseValueError("pow() 3rd argument cannot be 0");
  // |m| <= 94906265: products of residues stay below 2**53, so doubles are exact.
  if (
    typeof a === "number" && typeof b === "number" && typeof m === "number" && b >= 0 &&
    Math.abs(m) <= 94906265
  ) {
    const absMod = Math.abs(m);
    let result = 1 % absMod, base = a % absMod, exp = b;
    if (base < 0) base += absMod;
    while (exp > 0) {
      if (exp % 2 === 1) result = (result * base) % absMod;
      base = (base * base) % absMod;
      exp = Math.floor(exp / 2);
    }
    if (m < 0 && result !== 0) result += m;
    return result;
  }
  let base = big(a), exp = big(b);
  const mod = big(m), absMod = mod < 0n ? -mod : mod;
  if (exp < 0n) {
    base = modInverse(base, absMod);
    exp = -exp;
  }
  let result = 1n % absMod;
  base = ((base % absMod) + absMod) % absMod;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % absMod;
    base = (base * base) % absMod;
    exp >>= 1n;
  }
  if (mod < 0n && result !== 0n) result += mod;
  return normBig(result);
}
function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [((a % m) + m) % m, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) raiseValueError("base is not invertible for the given modulus");
  return ((oldS % m) + m) % m;
}

export function bitLength(a: IntValue): number {
  if (typeof a === "number") {
    const x = Math.abs(a);
    if (x < 2 ** 31) return 32 - Math.clz32(x);
    // x < 2**53: dividing by 2**32 and flooring are exact.
    return 64 - Math.clz32(Math.floor(x / 2 ** 32));
  }
  return bigBitLength(a);
}
/** Bit length of |b| from its hex digits (V8 converts to a power-of-two radix in linear time). */
function bigBitLength(b: bigint): number {
  const hex = (b < 0n ? -b : b).toString(16);
  return (hex.length - 1) * 4 + 32 - Math.clz32(hex.charCodeAt(0) - (hex.charCodeAt(0) >= 97 ? 87 : 48));
}

/** CPython's sys.int_info.default_max_str_digits and str_digits_check_threshold. */
export const MAX_STR_DIGITS = 4300;
export const STR_DIGITS_CHECK_THRESHOLD = 640;

/** sys.set_int_max_str_digits state: 0 is unlimited; `bound` is 10**maxDigits (the least int too long). */
const strLimit = { maxDigits: MAX_STR_DIGITS, bound: 10n ** BigInt(MAX_STR_DIGITS) };
export function getIntMaxStrDigits(): number {
  return strLimit.maxDigits;
}
/** sys.set_int_max_str_digits(maxdigits): 0 or at least the check threshold. */
export function setIntMaxStrDigits(w: W): void {
  const v = indexOf(w);
  if (!(v == 0 || v >= STR_DIGITS_CHECK_THRESHOLD)) {
    raiseValueError(`maxdigits must be >= ${STR_DIGITS_CHECK_THRESHOLD} or 0 for unlimited`);
  }
  if (v > 2 ** 31 - 1) raiseOverflowError("Python int too large to convert to C int");
  strLimit.maxDigits = Number(v);
  strLimit.bound = v == 0 ? 0n : 10n ** BigInt(v);
}

/** str(int): CPython's ValueError when the decimal form would exceed sys.get_int_max_str_digits(). */
export function intToDecimal(a: IntValue): string {
  // Numbers have at most 16 digits, below any limit; |a| >= 10**limit has more than limit digits.
  if (typeof a === "bigint" && strLimit.maxDigits !== 0 && (a >= strLimit.bound || a <= -strLimit.bound)) {
    raiseValueError(
      `Exceeds the limit (${strLimit.maxDigits} digits) for integer string conversion; ` +
        "use sys.set_int_max_str_digits() to increase the limit",
    );
  }
  return a.toString();
}

intStrHook.decimal = intToDecimal;

/** int(text, base) parsing: whitespace, sign, base prefixes (base 0 and matching bases), underscores. */
export function parseInt(text: string, base: number): IntValue {
  // Plain short decimals ("-123"): digits only, so no whitespace, underscores or prefixes to handle.
  if (base === 10 && text.length > 0 && text.length <= 15) {
    let i = text.charCodeAt(0) === 45 || text.charCodeAt(0) === 43 ? 1 : 0;
    let v = 0;
    const start = i;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i) - 48;
      if (c < 0 || c > 9) break;
      v = v * 10 + c;
    }
    if (i === text.length && i > start) return text.charCodeAt(0) === 45 && v !== 0 ? -v : v;
  }
  if (base !== 0 && (base < 2 || base > 36)) raiseValueError("int() base must be >= 2 and <= 36, or 0");
  const bad = (): never =>
    raiseValueError(`invalid literal for int() with base ${base}: ${strReprForError(text)}`);
  let s = normalizeNumberText(text);
  let neg = false;
  if (s[0] === "+" || s[0] === "-") {
    neg = s[0] === "-";
    s = s.slice(1);
  }
  let b = base;
  const p = s.slice(0, 2).toLowerCase();
  const prefixBase = p === "0x" ? 16 : p === "0o" ? 8 : p === "0b" ? 2 : 0;
  if (prefixBase !== 0 && (base === 0 || base === prefixBase)) {
    b = prefixBase;
    s = s.slice(2);
    if (s[0] === "_") s = s.slice(1);
  } else if (base === 0) {
    b = 10;
    // Base 0: a decimal literal with a leading zero must be all zeros.
    if (/^0+(_?0)*$/.test(s)) return 0;
    if (s[0] === "0") bad();
  }
  if (s.length === 0 || s[0] === "_" || s[s.length - 1] === "_" || s.includes("__")) bad();
  const digits = s.replaceAll("_", "");
  // Only bases that are not powers of two are limited (their conversion is the quadratic one).
  const limit = strLimit.maxDigits;
  if ((b & (b - 1)) !== 0 && limit !== 0 && digits.length > limit) {
    raiseValueError(
      `Exceeds the limit (${limit} digits) for integer string conversion: value has ${digits.length} ` +
        "digits; use sys.set_int_max_str_digits() to increase the limit",
    );
  }
  let small = 0;
  for (let i = 0; i < digits.length; i++) {
    const c = digits.charCodeAt(i);
    const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 122 ? c - 87 : c >= 65 && c <= 90 ? c - 55 : 99;
    if (d >= b) bad();
    if (i < 10) small = small * b + d;
  }
  let v: IntValue;
  if (digits.length <= 10) v = small;
  else if (b === 10) v = normBig(BigInt(digits)); // V8 parses long decimal strings subquadratically
  else if (b === 16 || b === 8 || b === 2) {
    v = normBig(BigInt((b === 16 ? "0x" : b === 8 ? "0o" : "0b") + digits));
  } else v = normBig(parseDigitChunks(digits, b));
  return neg ? intNeg(v) : v;
}
/** Validated digits in base b, eight at a time (b**8 < 2**53). */
function parseDigitChunks(digits: string, b: number): bigint {
  const chunkBase = BigInt(b ** 8);
  let acc = 0n;
  let i = 0;
  const head = digits.length % 8;
  if (head !== 0) {
    acc = BigInt(Number.parseInt(digits.slice(0, head), b));
    i = head;
  }
  for (; i < digits.length; i += 8) {
    acc = acc * chunkBase + BigInt(Number.parseInt(digits.slice(i, i + 8), b));
  }
  return acc;
}
/** CPython's `%.200R` of the literal: its repr cut to 200 code points. */
function strReprForError(s: string): string {
  return firstCodePoints(strRepr(s), 200);
}
function firstCodePoints(s: string, n: number): string {
  if (s.length <= n) return s;
  let end = 0;
  for (let k = 0; k < n && end < s.length; k++) {
    const c = s.charCodeAt(end);
    end += c >= 0xd800 && c < 0xdc00 && end + 1 < s.length ? 2 : 1;
  }
  return s.slice(0, end);
}

// Python's str.isspace() set: JS \s without U+FEFF, plus the C0 separators and NEL.
const SPACE_CLASS =
  "[\\t\\n\\v\\f\\r \\x1c-\\x1f\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";
const PY_SPACE = new RegExp(`^${SPACE_CLASS}+|${SPACE_CLASS}+$`, "g");
const PY_SPACE_CHAR = new RegExp(`^${SPACE_CLASS}$`);
const NON_ASCII_DIGIT = /\p{Nd}/u;
/** Strip Python whitespace and map non-ASCII decimal digits (e.g. Arabic-Indic) to ASCII. */
export function normalizeNumberText(text: string): string {
  let s = text.replace(PY_SPACE, "");
  // deno-lint-ignore no-control-regex
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c > 0x7f && NON_ASCII_DIGIT.test(ch)) {
      // Unicode decimal digits come in runs starting at zero: the value is the position in the run.
      let k = 0;
      while (k < 50 && NON_ASCII_DIGIT.test(String.fromCodePoint(c - k - 1))) k++;
      out += String(k % 10);
    } else if (c > 0x7f && PY_SPACE_CHAR.test(ch)) out += " ";
    else out += ch;
  }
  s = out;
  return s;
}

// Both directions go through hex text: V8 converts a bigint to and from a power-of-two radix in linear
// time, where a byte-at-a-time shift loop is quadratic (CPython: _PyLong_FromByteArray/_AsByteArray).
const HEX_CODES = new Uint8Array(16);
const HEX_VALUE = new Uint8Array(128);
for (let i = 0; i < 16; i++) {
  HEX_CODES[i] = "0123456789abcdef".charCodeAt(i);
  HEX_VALUE[HEX_CODES[i]] = i;
}
const asciiDecoder = new TextDecoder("latin1");

export function intFromBytes(bytes: Uint8Array, little: boolean, signed: boolean): IntValue {
  const n = bytes.length;
  if (n === 0) return 0;
  const negative = signed && bytes[little ? n - 1 : 0] >= 0x80;
  if (n <= 6) {
    let acc = 0;
    for (let i = 0; i < n; i++) acc = acc * 256 + bytes[little ? n - 1 - i : i];
    return negative ? acc - 2 ** (8 * n) : acc;
  }
  const text = new Uint8Array(2 * n + 2);
  text[0] = 48; // "0x"
  text[1] = 120;
  for (let i = 0, j = 2; i < n; i++, j += 2) {
    const byte = bytes[little ? n - 1 - i : i];
    text[j] = HEX_CODES[byte >> 4];
    text[j + 1] = HEX_CODES[byte & 15];
  }
  let acc = BigInt(asciiDecoder.decode(text));
  if (negative) acc -= 1n << BigInt(n * 8);
  return normBig(acc);
}
export function intToBytes(v: IntValue, length: number, little: boolean, signed: boolean): Uint8Array {
  let x = big(v);
  if (x < 0n) {
    if (!signed) raiseOverflowError("can't convert negative int to unsigned");
    if (length === 0 || x < -(1n << BigInt(length * 8 - 1))) raiseOverflowError("int too big to convert");
    x += 1n << BigInt(length * 8);
  } else if (x >= (1n << BigInt(length * 8 - (signed ? 1 : 0)))) {
    if (!(length === 0 && x === 0n)) raiseOverflowError("int too big to convert");
  }
  const out = new Uint8Array(length);
  const hex = x.toString(16);
  // the last hex digit is the low nibble of byte 0 (counting from the least significant end)
  for (let i = 0, j = hex.length - 1; j >= 0; i++, j -= 2) {
    const lo = HEX_VALUE[hex.charCodeAt(j)];
    const byte = j > 0 ? (HEX_VALUE[hex.charCodeAt(j - 1)] << 4) | lo : lo;
    out[little ? i : length - 1 - i] = byte;
  }
  return out;
}

function self(args: W[]): IntValue {
  const v = asInt(args[0]);
  if (v === undefined) {
    raiseTypeError(`descriptor requires a 'int' object but received a '${typeOf(args[0]).name}'`);
  }
  return v;
}
/** Binary method wrapper: NotImplemented when the other operand is not an int. */
function binary(name: string, fn: (a: IntValue, b: IntValue) => W, reflected = false) {
  return {
    name,
    arity: [1, 1] as [number, number],
    impl: (args: W[]): W => {
      const b = asInt(args[1]);
      if (b === undefined) return NotImplemented;
      return reflected ? fn(b, self(args)) : fn(self(args), b);
    },
  };
}
const boolHolder: { of: (b: boolean) => W } = { of: (b) => (b ? 1 : 0) };
export function installIntBool(of: (b: boolean) => W): void {
  boolHolder.of = of;
}
/** int ** int with a float result for negative exponents; installed by float.ts. */
export const intPowHooks = {
  negativePow: (_a: IntValue, _b: IntValue): W => NotImplemented as W,
  newFloat: (_v: number): W => NotImplemented as W,
};

/** float(int): correctly rounded (bigint → Number rounds half-even), OverflowError beyond the range. */
export function intToDouble(v: IntValue): number {
  if (typeof v === "number") return v;
  const x = Number(v);
  if (!Number.isFinite(x)) raiseOverflowError("int too large to convert to float");
  return x;
}

/** int / int: exact for operands below 2**53 (one IEEE division); bigints via a scaled quotient. */
export function intTrueDiv(a: IntValue, b: IntValue): number {
  if (b === 0 || b === 0n) raiseZeroDivisionError("division by zero");
  if (typeof a === "number" && typeof b === "number") return a / b;
  // CPython's long_true_divide: a quotient of 55-56 significant bits (fewer where the result is
  // subnormal), rounded once, half to even, with the remainder as a sticky bit
  let x = big(a), y = big(b);
  const negate = (x < 0n) !== (y < 0n);
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  if (x === 0n) return negate ? -0 : 0;
  const diff = bitLength(x) - bitLength(y);
  if (diff > 1024) raiseOverflowError("integer division result too large for a float");
  if (diff < -1021 - 53 - 1) return negate ? -0 : 0;
  const shift = Math.max(diff, -1021) - 53 - 2;
  let inexact = false;
  if (shift < 0) x <<= BigInt(-shift);
  else if (shift > 0) {
    const dropped = x & ((1n << BigInt(shift)) - 1n);
    inexact = dropped !== 0n;
    x >>= BigInt(shift);
  }
  let q = x / y;
  if (q * y !== x) inexact = true;
  const extraBits = Math.max(bitLength(q), -1021 - shift) - 53;
  const mask = 1n << BigInt(extraBits - 1);
  if (inexact) q |= 1n;
  if ((q & mask) !== 0n && (q & (3n * mask - 1n)) !== 0n) q += mask;
  q &= ~(2n * mask - 1n);
  const r = ldexp(Number(q), shift);
  if (!Number.isFinite(r)) raiseOverflowError("integer division result too large for a float");
  return negate ? -r : r;
}
/** x * 2**e without an intermediate overflow or underflow (exact when the result is representable). */
function ldexp(x: number, e: number): number {
  while (e > 1023) {
    x *= 2 ** 1023;
    e -= 1023;
  }
  while (e < -1022) {
    x *= 2 ** -1022;
    e += 1022;
  }
  return x * 2 ** e;
}

function pow(a: IntValue, b: IntValue): W {
  if (b < 0) return intPowHooks.negativePow(a, b);
  return intPow(a, b);
}

defineMethods(intType, [
  binary("__add__", intAdd),
  binary("__radd__", intAdd, true),
  binary("__sub__", intSub),
  binary("__rsub__", intSub, true),
  binary("__mul__", intMul),
  binary("__rmul__", intMul, true),
  binary("__floordiv__", intFloorDiv),
  binary("__rfloordiv__", intFloorDiv, true),
  binary("__mod__", intMod),
  binary("__rmod__", intMod, true),
  binary("__and__", intAnd),
  binary("__rand__", intAnd, true),
  binary("__or__", intOr),
  binary("__ror__", intOr, true),
  binary("__xor__", intXor),
  binary("__rxor__", intXor, true),
  binary("__lshift__", intLshift),
  binary("__rlshift__", intLshift, true),
  binary("__rshift__", intRshift),
  binary("__rrshift__", intRshift, true),
  {
    name: "__rpow__",
    arity: [1, 2],
    impl: (args) => {
      const b = asInt(args[1]);
      if (b === undefined) return NotImplemented;
      const m = args[2];
      if (m === undefined || m === None) return pow(b, self(args));
      const mv = asInt(m);
      if (mv === undefined) return NotImplemented;
      return intPowMod(b, self(args), mv);
    },
  },
  binary("__truediv__", (a, b) => intPowHooks.newFloat(intTrueDiv(a, b))),
  binary("__rtruediv__", (a, b) => intPowHooks.newFloat(intTrueDiv(a, b)), true),
  {
    name: "__pow__",
    arity: [1, 2],
    impl: (args) => {
      const b = asInt(args[1]);
      if (b === undefined) return NotImplemented;
      const m = args[2];
      if (m === undefined || m === None) return pow(self(args), b);
      const mv = asInt(m);
      if (mv === undefined) return NotImplemented;
      return intPowMod(self(args), b, mv);
    },
  },
  binary("__eq__", (a, b) => boolHolder.of(a == b)),
  binary("__ne__", (a, b) => boolHolder.of(a != b)),
  binary("__lt__", (a, b) => boolHolder.of(a < b)),
  binary("__le__", (a, b) => boolHolder.of(a <= b)),
  binary("__gt__", (a, b) => boolHolder.of(a > b)),
  binary("__ge__", (a, b) => boolHolder.of(a >= b)),
  { name: "__neg__", arity: [0, 0], impl: (a) => intNeg(self(a)) },
  { name: "__pos__", arity: [0, 0], impl: (a) => self(a) },
  { name: "__abs__", arity: [0, 0], impl: (a) => intAbs(self(a)) },
  { name: "__invert__", arity: [0, 0], impl: (a) => intInvert(self(a)) },
  { name: "__bool__", arity: [0, 0], impl: (a) => boolHolder.of(self(a) != 0) },
  { name: "__index__", arity: [0, 0], impl: (a) => self(a) },
  { name: "__int__", arity: [0, 0], impl: (a) => self(a) },
  { name: "__hash__", arity: [0, 0], impl: (a) => intHash(self(a)) },
  { name: "__repr__", arity: [0, 0], impl: (a) => newStr(intToDecimal(self(a))) },
  { name: "bit_length", arity: [0, 0], impl: (a) => bitLength(self(a)) },
  {
    name: "bit_count",
    arity: [0, 0],
    impl: (a) => {
      let n = 0;
      for (const c of intAbs(self(a)).toString(2)) if (c === "1") n++;
      return n;
    },
  },
  { name: "is_integer", arity: [0, 0], impl: () => boolHolder.of(true) },
]);

/** CPython's integer hash: value mod the Mersenne prime 2**61-1, with -1 mapped to -2. */
export const HASH_MODULUS = (1n << 61n) - 1n;
export function intHash(v: IntValue): IntValue {
  if (typeof v === "number" && Math.abs(v) < 2 ** 52) return v === -1 ? -2 : v;
  const b = big(v);
  let h = (b < 0n ? -b : b) % HASH_MODULUS;
  if (b < 0n) h = -h;
  if (h === -1n) h = -2n;
  return normBig(h);
}

/** int(x) from a str; the type call machinery (int.__new__) uses this. */
export function intFromStr(w: PyStr, base: number): IntValue {
  return parseInt(w.value, base);
}

// ---------------------------------------------------------------- conversions and construction

/** Hooks filled by float.ts/tuple users (int.ts must not import them: float.ts imports this file). */
export const intHooks = {
  /** warnings.warn(message, DeprecationWarning), installed by the runtime once warnings can load. */
  deprecation: (_message: string): void => {},
  tuple: (_items: W[]): W => None,
  float: (_x: number): W => None,
  /** float value of a float or float-subclass instance, undefined otherwise. */
  floatValue: (_w: W): number | undefined => undefined,
  /** Materialise an iterable (installed by formatting.ts, which may import operations.ts). */
  iterate: (_w: W): W[] => {
    raiseTypeError("iteration not available");
  },
  /**
   * The text of a bytes-like argument of int()/float() (latin-1, one char a byte), undefined when `w` is not
   * one: bytes and bytearray (subclasses included) always, any other buffer exporter (memoryview, array) only
   * with `anyBuffer`, as PyNumber_Long/PyFloat_FromString read them, while int(x, base) takes no buffers.
   */
  bytesText: (w: W, anyBuffer = true): string | undefined => {
    if (typeof w !== "object" || w instanceof PyStr) return undefined;
    if (!anyBuffer && !bytesHooks.isBytesOrByteArray(w)) return undefined;
    const u8 = bytesHooks.bytesLike(w);
    if (u8 === undefined) return undefined;
    let s = "";
    for (let i = 0; i < u8.length; i += 8192) {
      s += String.fromCharCode.apply(null, u8.subarray(i, i + 8192) as unknown as number[]);
    }
    return s;
  },
};

/**
 * Bytes text that C's number parsers reject whatever the digits: non-ASCII bytes and \x1c-\x1f, which str's
 * whitespace stripping would take for spaces (Py_ISSPACE knows only the six ASCII ones), and NUL.
 */
export function notCNumberText(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0 || (c >= 0x1c && c <= 0x1f) || c >= 0x80) return true;
  }
  return false;
}

/** int(x) for a finite double: truncation toward zero, CPython's errors for inf and nan. */
export function intFromFloat(x: number): IntValue {
  if (Number.isNaN(x)) raiseValueError("cannot convert float NaN to integer");
  if (!Number.isFinite(x)) raiseOverflowError("cannot convert float infinity to integer");
  const t = Math.trunc(x);
  if (Number.isSafeInteger(t)) return t === 0 ? 0 : t;
  return normBig(BigInt(t));
}

function checkIntResult(r: W, what: string): IntValue {
  if (typeof r !== "object") return r;
  const v = asInt(r);
  if (v === undefined) raiseTypeError(`${what} returned non-int (type ${typeOf(r).name})`);
  intHooks.deprecation(
    `${what} returned non-int (type ${typeOf(r).name}).  The ability to return an instance of a strict ` +
      "subclass of int is deprecated, and may be removed in a future version of Python.",
  );
  return v;
}

/**
 * The result of an __index__ call as PyNumber_Index takes it: an int as is, a strict int subclass (bool)
 * with a DeprecationWarning, anything else a TypeError.
 */
export function indexResult(r: W): IntValue {
  return checkIntResult(r, "__index__");
}

/** operator.index(w): ints as is, else __index__ (which must return an int). */
export function indexOf(w: W): IntValue {
  const v = asInt(w);
  if (v !== undefined) return v;
  const t = typeOf(w);
  if (t.lookup("__index__") === undefined) {
    raiseTypeError(`'${t.name}' object cannot be interpreted as an integer`);
  }
  return checkIntResult(callMethod(w, "__index__", []), "__index__");
}

/** int(x) with one argument (PyNumber_Long): ints, floats, __int__, __index__, str, bytes. */
export function intValueOf(w: W): IntValue {
  if (typeof w !== "object") return w;
  if (w instanceof PyBool) return w.value ? 1 : 0;
  if (w instanceof PyIntSub && w.cls.lookup("__int__") === intType.dict.get("__int__")) return w.value;
  const f = intHooks.floatValue(w);
  if (f !== undefined && typeOf(w).lookup("__int__") === floatIntSlot.value) return intFromFloat(f);
  const t = typeOf(w);
  if (t.lookup("__int__") !== undefined) return checkIntResult(callMethod(w, "__int__", []), "__int__");
  if (t.lookup("__index__") !== undefined) return checkIntResult(callMethod(w, "__index__", []), "__index__");
  if (w instanceof PyStr) return parseInt(w.value, 10);
  const text = intHooks.bytesText(w);
  if (text !== undefined) return parseIntBytes(text, 10);
  raiseTypeError(`int() argument must be a string, a bytes-like object or a real number, not '${t.name}'`);
}
/** float.__int__ as installed by float.ts, so int(float) skips the method call. */
export const floatIntSlot: { value: W | undefined } = { value: undefined };

function parseIntBytes(text: string, base: number): IntValue {
  try {
    if (notCNumberText(text)) raiseValueError("");
    return parseInt(text, base);
  } catch (e) {
    // The message shows the bytes repr (b'...'), not the str repr.
    if (base >= 2 && base <= 36 || base === 0) {
      let r = "b'";
      for (const ch of text) {
        const c = ch.charCodeAt(0);
        if (ch === "'" || ch === "\\") r += "\\" + ch;
        else if (c >= 0x20 && c < 0x7f) r += ch;
        else if (ch === "\n") r += "\\n";
        else if (ch === "\r") r += "\\r";
        else if (ch === "\t") r += "\\t";
        else r += "\\x" + c.toString(16).padStart(2, "0");
      }
      raiseValueError(`invalid literal for int() with base ${base}: ${(r + "'").slice(0, 200)}`);
    }
    throw e;
  }
}

function newIntOf(cls: PyType, v: IntValue): W {
  return cls === intType ? v : new PyIntSub(cls, v);
}

/** The `cls` argument check of T.__new__(cls, ...) with CPython's messages. */
export function checkNewType(owner: PyType, cls: W): asserts cls is PyType {
  if (!(cls instanceof PyType)) {
    raiseTypeError(`${owner.name}.__new__(X): X is not a type object (${typeOf(cls).name})`);
  }
  if (!cls.isSubtypeOf(owner)) {
    raiseTypeError(`${owner.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${owner.name}`);
  }
}

function intNew(args: W[]): W {
  const cls = args[0];
  checkNewType(intType, cls);
  if (cls === boolType) raiseTypeError("int.__new__(bool) is not safe, use bool.__new__()");
  const x = args[1], base = args[2];
  if (base === undefined) {
    if (x === undefined) return newIntOf(cls, 0);
    return newIntOf(cls, intValueOf(x));
  }
  const b = indexOf(base);
  if (x === undefined) raiseTypeError("int() missing string argument");
  if (b !== 0 && (b < 2 || b > 36)) raiseValueError("int() base must be >= 2 and <= 36, or 0");
  if (x instanceof PyStr) return newIntOf(cls, parseInt(x.value, Number(b)));
  const text = intHooks.bytesText(x, false);
  if (text !== undefined) return newIntOf(cls, parseIntBytes(text, Number(b)));
  raiseTypeError("int() can't convert non-string with explicit base");
}

/** int.__new__'s arguments [cls, x, base] with CPython's errors for extra and keyword arguments. */
function intNewArgs(a: W[], k: Kwargs | null): W[] {
  if (k === null || k.names.length === 0) {
    if (a.length > 3) raiseTypeError(`int expected at most 2 arguments, got ${a.length - 1}`);
    return a;
  }
  const given = a.length - 1 + k.names.length;
  if (given > 2) raiseTypeError(`int() takes at most 2 arguments (${given} given)`);
  const out = a.slice();
  for (let i = 0; i < k.names.length; i++) {
    const name = k.names[i];
    if (name !== "base") raiseTypeError(`int() got an unexpected keyword argument '${name}'`);
    if (out.length > 2) raiseTypeError("argument for int() given by name ('base') and position (2)");
    if (out.length < 2) out.push(undefined as unknown as W);
    out.push(k.values[i]);
  }
  return out;
}

/** int(), int(x), int(x, base) called on the type itself (type.__call__'s direct path). */
export function intConstruct(args: W[]): W | undefined {
  if (args.length > 2) raiseTypeError(`int expected at most 2 arguments, got ${args.length}`);
  const a: W[] = [intType];
  for (let i = 0; i < args.length; i++) a.push(args[i]);
  return intNew(a);
}

/** round(int, ndigits): round-half-even to a multiple of 10**-ndigits. */
export function intRound(v: IntValue, ndigits: IntValue): IntValue {
  if (ndigits >= 0) return v;
  if (-ndigits > 400 && bitLength(v) < 1300) return 0;
  const p = 10n ** big(intNeg(ndigits));
  const x = big(v);
  let q = x / p, r = x % p;
  if (r < 0n) {
    q -= 1n;
    r += p;
  }
  if (2n * r > p || (2n * r === p && (q & 1n) === 1n)) q += 1n;
  return normBig(q * p);
}

function toBytesImpl(a: W[]): W {
  const v = self(a);
  const length = a[1] === undefined ? 1 : indexOf(a[1]);
  if (length < 0) raiseValueError("length argument must be non-negative");
  const order = a[2] === undefined ? "big" : a[2] instanceof PyStr ? a[2].value : "";
  if (!(a[2] === undefined || a[2] instanceof PyStr)) {
    raiseTypeError(`to_bytes() argument 'byteorder' must be str, not ${typeOf(a[2]).name}`);
  }
  if (order !== "big" && order !== "little") raiseValueError("byteorder must be either 'little' or 'big'");
  const signed = a[3] !== undefined && truthy(a[3]);
  const bytes = intToBytes(v, Number(length), order === "little", signed);
  return bytesHooks.make(bytes);
}
function truthy(w: W): boolean {
  if (w instanceof PyBool) return w.value;
  const i = asInt(w);
  if (i !== undefined) return i != 0;
  return w !== None;
}
/** bytes construction and reading, installed by the bytes module. */
export const bytesHooks = {
  make: (u8: Uint8Array): W => call(bytesType, [intHooks.tuple(Array.from(u8))]),
  /** The bytes of a bytes-like object (bytes.ts's bytesLike), undefined otherwise. */
  bytesLike: (_w: W): Uint8Array | undefined => undefined,
  /** w is a bytes or bytearray (or subclass) instance. */
  isBytesOrByteArray: (_w: W): boolean => false,
  /** The bytes of any bytes-like object or iterable of ints, undefined when not convertible. */
  read: (w: W): Uint8Array | undefined => {
    const n = typeOf(w).name;
    if (n === "bytes" || n === "bytearray") {
      const text = intHooks.bytesText(w);
      if (text === undefined) return undefined;
      return Uint8Array.from(text, (c) => c.charCodeAt(0));
    }
    if (typeOf(w).lookup("__iter__") === undefined) return undefined;
    const items = (w as { items?: W[] }).items ?? intHooks.iterate(w);
    return Uint8Array.from(items, (x) => {
      const v = indexOf(x);
      if (v < 0 || v > 255) raiseValueError("bytes must be in range(0, 256)");
      return Number(v);
    });
  },
};

function fromBytesImpl(a: W[]): W {
  const cls = a[0] as PyType;
  const bytes = bytesHooks.read(a[1]);
  if (bytes === undefined) raiseTypeError(`cannot convert '${typeOf(a[1]).name}' object to bytes`);
  const order = a[2] === undefined ? "big" : a[2] instanceof PyStr ? a[2].value : "";
  if (order !== "big" && order !== "little") raiseValueError("byteorder must be either 'little' or 'big'");
  const signed = a[3] !== undefined && truthy(a[3]);
  const v = intFromBytes(bytes, order === "little", signed);
  if (cls === intType) return v;
  return call(cls, [v]);
}

const divmodImpl = (a: IntValue, b: IntValue): W => intHooks.tuple(intDivmod(a, b));

defineMethods(intType, [
  { name: "__new__", arity: [1, -1], kind: "static", kw: ["**"], impl: (a, k) => intNew(intNewArgs(a, k)) },
  binary("__divmod__", divmodImpl),
  binary("__rdivmod__", divmodImpl, true),
  { name: "__trunc__", arity: [0, 0], impl: (a) => self(a) },
  { name: "__floor__", arity: [0, 0], impl: (a) => self(a) },
  { name: "__ceil__", arity: [0, 0], impl: (a) => self(a) },
  {
    name: "__round__",
    arity: [0, 1],
    impl: (a) => {
      const v = self(a);
      if (a[1] === undefined || a[1] === None) return v;
      return intRound(v, indexOf(a[1]));
    },
  },
  { name: "__float__", arity: [0, 0], impl: (a) => intHooks.float(intToDouble(self(a))) },
  { name: "conjugate", arity: [0, 0], impl: (a) => self(a) },
  { name: "__getnewargs__", arity: [0, 0], impl: (a) => intHooks.tuple([self(a)]) },
  {
    name: "as_integer_ratio",
    arity: [0, 0],
    impl: (a) => intHooks.tuple([self(a), 1]),
  },
  { name: "to_bytes", arity: [0, 3], kw: ["length", "byteorder", "signed"], impl: toBytesImpl },
  {
    name: "from_bytes",
    arity: [1, 3],
    kind: "class",
    kw: ["bytes", "byteorder", "signed"],
    impl: fromBytesImpl,
  },
  {
    name: "__sizeof__",
    arity: [0, 0],
    impl: (a) => {
      const v = self(a);
      return v === 0 ? 24 : 24 + 4 * Math.ceil(bitLength(v) / 30);
    },
  },
]);
defineGetSets(intType, [
  { name: "real", get: (w) => self([w]) },
  { name: "imag", get: () => 0 },
  { name: "numerator", get: (w) => self([w]) },
  { name: "denominator", get: () => 1 },
]);
