// Text formatting: the format-spec mini-language (CPython's Python/formatter_unicode.c semantics) for
// int, bool, float, complex and str; float → text conversion (PyOS_double_to_string with exact,
// round-half-even digits); printf-style `%` formatting (PyUnicode_Format); str.format/format_map
// (Objects/stringlib/unicode_format.h). Installs __format__, __mod__, __rmod__, format and format_map.
import {
  callMethod,
  complexType,
  defineMethods,
  floatType,
  getAttr,
  intType,
  type Kwargs,
  NotImplemented,
  objectType,
  strType,
  typeOf,
  type W,
} from "./model.ts";
import { PyError, raiseOverflowError, raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { newStr, PyStr } from "./str.ts";
import { asInt, intHooks, intToDecimal, type IntValue, intValueOf } from "./int.ts";
import { asFloat, floatValueOf, PyFloat } from "./float.ts";
import { PyTuple } from "./tuple.ts";
import { getItem, iterateToArray, repr, str } from "./operations.ts";
import { exceptionTypes, newException } from "./exceptions.ts";
import { complexParts } from "./complex.ts";

// ---------------------------------------------------------------- the format-spec mini-language

export interface FormatSpec {
  fill: string;
  align: string;
  sign: string;
  noNegZero: boolean;
  alternate: boolean;
  width: number;
  /** "", ",", "_" (every 3 digits) or "_4" (underscore every 4 digits, for b/o/x/X). */
  thousands: string;
  fracThousands: string;
  precision: number;
  type: string;
}

const MAX_SSIZE = 9223372036854775807n;

/** Where the last getInteger() stopped. */
let scanEnd = 0;
/** The decimal digits at `pos` as a number (-1 when there are none); the position after them goes to scanEnd. */
function getInteger(spec: string, pos: number): number {
  const start = pos;
  let v = 0;
  for (; pos < spec.length; pos++) {
    const c = spec.charCodeAt(pos);
    if (c < 48 || c > 57) break;
    v = v * 10 + (c - 48);
  }
  scanEnd = pos;
  if (pos === start) return -1;
  if (pos - start >= 19) {
    // beyond what a double holds exactly: compare with Py_ssize_t's maximum as an integer
    const b = BigInt(spec.slice(start, pos));
    if (b > MAX_SSIZE) raiseValueError("Too many decimal digits in format string");
    return Number(b);
  }
  return v;
}
function isAlign(c: number): boolean {
  return c === 0x3c || c === 0x3e || c === 0x3d || c === 0x5e; // < > = ^
}

function charForMessage(c: string): string {
  const cp = c.codePointAt(0)!;
  return cp > 32 && cp < 128 ? c : "\\x" + cp.toString(16);
}
function invalidSeparator(sep: string, type: string): never {
  raiseValueError(`Cannot specify '${sep[0]}' with '${charForMessage(type)}'.`);
}
function commaAndUnderscore(): never {
  raiseValueError("Cannot specify both ',' and '_'.");
}

/**
 * parse_internal_render_format_spec. `type` is "" when absent and no default applies. Reads UTF-16 units:
 * every character with a meaning is ASCII; only the fill (and a stray type) may be an astral code point.
 */
export function parseFormatSpec(
  spec: string,
  typeName: string,
  defaultType: string,
  defaultAlign: string,
): FormatSpec {
  let pos = 0;
  const end = spec.length;
  const f: FormatSpec = {
    fill: " ",
    align: defaultAlign,
    sign: "",
    noNegZero: false,
    alternate: false,
    width: -1,
    thousands: "",
    fracThousands: "",
    precision: -1,
    type: defaultType,
  };
  let alignSpecified = false, fillSpecified = false;
  const fillLen = end >= 2 && isPairAt(spec, 0) ? 2 : 1;
  if (end > fillLen && isAlign(spec.charCodeAt(fillLen))) {
    f.align = spec[fillLen];
    f.fill = spec.slice(0, fillLen);
    fillSpecified = alignSpecified = true;
    pos = fillLen + 1;
  } else if (end >= 1 && isAlign(spec.charCodeAt(0))) {
    f.align = spec[0];
    alignSpecified = true;
    pos = 1;
  }
  let c = spec.charCodeAt(pos); // NaN past the end: equal to nothing
  if (c === 0x2b || c === 0x2d || c === 0x20) { // + - space
    f.sign = spec[pos];
    c = spec.charCodeAt(++pos);
  }
  if (c === 0x7a) { // z
    f.noNegZero = true;
    c = spec.charCodeAt(++pos);
  }
  if (c === 0x23) { // #
    f.alternate = true;
    c = spec.charCodeAt(++pos);
  }
  if (!fillSpecified && c === 0x30) { // 0
    f.fill = "0";
    if (!alignSpecified && defaultAlign === ">") f.align = "=";
    pos++;
  }
  f.width = getInteger(spec, pos);
  pos = scanEnd;
  c = spec.charCodeAt(pos);
  if (c === 0x2c) { // ,
    f.thousands = ",";
    c = spec.charCodeAt(++pos);
  }
  if (c === 0x5f) { // _
    if (f.thousands !== "") commaAndUnderscore();
    f.thousands = "_";
    c = spec.charCodeAt(++pos);
  }
  if (c === 0x2c && f.thousands === "_") commaAndUnderscore();
  if (c === 0x2e) { // .
    pos++;
    f.precision = getInteger(spec, pos);
    let consumed = scanEnd - pos;
    pos = scanEnd;
    c = spec.charCodeAt(pos);
    if (c === 0x2c) {
      f.fracThousands = ",";
      c = spec.charCodeAt(++pos);
      consumed++;
    }
    if (c === 0x5f) {
      if (f.fracThousands !== "") commaAndUnderscore();
      f.fracThousands = "_";
      c = spec.charCodeAt(++pos);
      consumed++;
    }
    if (c === 0x2c && f.fracThousands === "_") commaAndUnderscore();
    if (consumed === 0) raiseValueError("Format specifier missing precision");
  }
  const rest = end - pos;
  if (rest > 1 && !(rest === 2 && isPairAt(spec, pos))) {
    raiseValueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  if (rest > 0) f.type = spec.slice(pos);
  if (f.thousands !== "") {
    if ("defgEGF%".includes(f.type) || f.type === "") {
      // allowed (PEP 378)
    } else if ("boxX".includes(f.type) && f.thousands === "_") {
      f.thousands = "_4";
    } else invalidSeparator(f.thousands, f.type);
  }
  if (f.type === "n" && f.fracThousands !== "") invalidSeparator(f.fracThousands, f.type);
  return f;
}
/** Whether a surrogate pair starts at UTF-16 offset i. */
function isPairAt(s: string, i: number): boolean {
  const h = s.charCodeAt(i), l = s.charCodeAt(i + 1);
  return h >= 0xd800 && h <= 0xdbff && l >= 0xdc00 && l <= 0xdfff;
}

function unknownCode(type: string, typeName: string): never {
  raiseValueError(`Unknown format code '${charForMessage(type)}' for object of type '${typeName}'`);
}

/** Digits grouped from the right (CPython's InsertThousandsGrouping), zero-padded up to minWidth. */
function groupDigits(digits: string, minWidth: number, sep: string, group: number): string {
  if (digits.length === 0) return "";
  minWidth = Math.max(0, minWidth);
  const chunks: string[] = [];
  let remaining = digits.length;
  let end = digits.length;
  if (group > 0) {
    for (;;) {
      const len = Math.min(group, Math.max(remaining, minWidth, 1));
      const zeros = Math.max(0, len - remaining);
      const chars = Math.max(0, Math.min(remaining, len));
      chunks.push("0".repeat(zeros) + digits.slice(end - chars, end));
      end -= chars;
      remaining -= chars;
      minWidth -= len;
      if (remaining <= 0 && minWidth <= 0) break;
      minWidth -= sep.length;
    }
  } else {
    const len = Math.max(remaining, minWidth, 1);
    chunks.push("0".repeat(Math.max(0, len - remaining)) + digits);
  }
  return chunks.reverse().join(sep);
}

/** Fractional digits grouped in threes from the decimal point (3.14's `.3_f`). */
function groupFrac(frac: string, sep: string): string {
  if (sep === "") return frac;
  const parts: string[] = [];
  for (let i = 0; i < frac.length; i += 3) parts.push(frac.slice(i, i + 3));
  return parts.join(sep);
}

function cpLen(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) n++;
  }
  return n;
}

/**
 * calc_number_widths + fill_number: `| lpad | sign | prefix | spad | grouped digits | tail | rpad |`.
 * `tail` is everything after the integer digits (decimal point, fraction, exponent, '%', or a 'c' char).
 */
function layoutNumber(
  f: FormatSpec,
  negative: boolean,
  prefix: string,
  digits: string,
  tail: string,
): string {
  let sign = "";
  if (f.sign === "+") sign = negative ? "-" : "+";
  else if (f.sign === " ") sign = negative ? "-" : " ";
  else if (negative) sign = "-";
  const nonDigit = sign.length + prefix.length + cpLen(tail);
  const minWidth = f.fill === "0" && f.align === "=" ? f.width - nonDigit : 0;
  let sep = "", group = 0;
  if (f.thousands === ",") [sep, group] = [",", 3];
  else if (f.thousands === "_") [sep, group] = ["_", 3];
  else if (f.thousands === "_4") [sep, group] = ["_", 4];
  const grouped = groupDigits(digits, minWidth, sep, group);
  const padding = f.width - (nonDigit + grouped.length);
  let lpad = 0, spad = 0, rpad = 0;
  if (padding > 0) {
    if (f.align === "<") rpad = padding;
    else if (f.align === "^") {
      lpad = padding >> 1;
      rpad = padding - lpad;
    } else if (f.align === "=") spad = padding;
    else lpad = padding;
  }
  return f.fill.repeat(lpad) + sign + prefix + f.fill.repeat(spad) + grouped + tail + f.fill.repeat(rpad);
}

/** Pads already-rendered text (strings, complex numbers) per `align` (calc_padding). */
function pad(text: string, width: number, align: string, fill: string): string {
  const n = cpLen(text);
  if (width <= n) return text;
  const total = width - n;
  const left = align === ">" ? total : align === "^" ? total >> 1 : 0;
  return fill.repeat(left) + text + fill.repeat(total - left);
}

// ---------------------------------------------------------------- str

export function formatStr(s: string, spec: string, typeName = "str"): string {
  if (spec === "") return s;
  const f = parseFormatSpec(spec, typeName, "s", "<");
  if (f.type !== "s") unknownCode(f.type, typeName);
  if (f.sign !== "") {
    raiseValueError(
      f.sign === " "
        ? "Space not allowed in string format specifier"
        : "Sign not allowed in string format specifier",
    );
  }
  if (f.noNegZero) raiseValueError("Negative zero coercion (z) not allowed in string format specifier");
  if (f.alternate) raiseValueError("Alternate form (#) not allowed in string format specifier");
  if (f.align === "=") raiseValueError("'=' alignment not allowed in string format specifier");
  let text = s;
  if (f.precision >= 0 && cpLen(s) > f.precision) text = [...s].slice(0, f.precision).join("");
  return pad(text, f.width, f.align, f.fill);
}

// ---------------------------------------------------------------- int

export function formatInt(v: IntValue, spec: string, typeName = "int"): string {
  if (spec === "") return intToDecimal(v);
  // the common "{:02d}"/"{:5d}" of a small int without parsing the spec: '0' pads after the sign
  if (typeof v === "number") {
    const m = WIDTH_D.exec(spec);
    if (m !== null) {
      const width = Number(m[2]);
      const digits = String(v < 0 ? -v : v);
      if (m[1] === "") return (v < 0 ? "-" + digits : digits).padStart(width);
      return (v < 0 ? "-" : "") + digits.padStart(v < 0 ? width - 1 : width, "0");
    }
  }
  const f = parseFormatSpec(spec, typeName, "d", ">");
  return formatIntWith(v, f, typeName);
}
const WIDTH_D = /^(0?)([1-9][0-9]?)d$/;

function formatIntWith(v: IntValue, f: FormatSpec, typeName: string): string {
  switch (f.type) {
    case "b":
    case "c":
    case "d":
    case "o":
    case "x":
    case "X":
    case "n":
      break;
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
    case "%": {
      let x: number;
      if (typeof v === "number") x = v;
      else {
        x = Number(v);
        if (!Number.isFinite(x)) raiseOverflowError("int too large to convert to float");
      }
      return formatFloatWith(x, f);
    }
    default:
      unknownCode(f.type, typeName);
  }
  if (f.precision !== -1) raiseValueError("Precision not allowed in integer format specifier");
  if (f.noNegZero) raiseValueError("Negative zero coercion (z) not allowed in integer format specifier");
  if (f.type === "c") {
    if (f.sign !== "") raiseValueError("Sign not allowed with integer format specifier 'c'");
    if (f.alternate) raiseValueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (v < -(2n ** 63n) || v >= 2n ** 63n) raiseOverflowError("Python int too large to convert to C long");
    if (v < 0 || v > 0x10ffff) raiseOverflowError("%c arg not in range(0x110000)");
    return layoutNumber(f, false, "", "", String.fromCodePoint(Number(v)));
  }
  const negative = v < 0;
  const abs = negative ? (typeof v === "bigint" ? -v : -v) : v;
  let digits: string, prefix = "";
  switch (f.type) {
    case "b":
      digits = abs.toString(2);
      prefix = "0b";
      break;
    case "o":
      digits = abs.toString(8);
      prefix = "0o";
      break;
    case "x":
      digits = abs.toString(16);
      prefix = "0x";
      break;
    case "X":
      digits = abs.toString(16).toUpperCase();
      prefix = "0X";
      break;
    default:
      digits = intToDecimal(abs);
  }
  return layoutNumber(f, negative, f.alternate ? prefix : "", digits, "");
}

// ---------------------------------------------------------------- float → text

/** Exact decimal digits of |x| (finite, non-zero) as a rational num/den with den a power of two. */
function ratio(x: number): [bigint, bigint] {
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, Math.abs(x));
  const hi = buf.getUint32(0), lo = buf.getUint32(4);
  const rawExp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp: number;
  if (rawExp === 0) exp = -1074;
  else {
    mant |= 1n << 52n;
    exp = rawExp - 1075;
  }
  return exp >= 0 ? [mant << BigInt(exp), 1n] : [mant, 1n << BigInt(-exp)];
}
const POW10: bigint[] = [1n];
function pow10(n: number): bigint {
  while (POW10.length <= n) POW10.push(POW10[POW10.length - 1] * 10n);
  return POW10[n];
}
/** round-half-even(num * 10**p / den). */
function scaledRound(num: bigint, den: bigint, p: number): bigint {
  if (p >= 0) num *= pow10(p);
  else den *= pow10(-p);
  const q = num / den, r = num - q * den;
  const twice = 2n * r;
  if (twice > den || (twice === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}
function stripZeros(d: string): string {
  let e = d.length;
  while (e > 1 && d.charCodeAt(e - 1) === 48) e--;
  return d.slice(0, e);
}

/**
 * _Py_dg_dtoa for finite non-zero |x|: mode 0 shortest round-trip, mode 2 `n` significant digits,
 * mode 3 `n` digits after the point. Returns digits without trailing zeros and the decimal point
 * position (value = 0.DIGITS * 10**decpt).
 */
function dtoa(x: number, mode: number, n: number): [string, number] {
  x = Math.abs(x);
  if (x === 0) return ["0", 1];
  if (mode === 0) {
    const e = x.toExponential();
    const ePos = e.indexOf("e");
    return [stripZeros(e.slice(0, ePos).replace(".", "")), Number(e.slice(ePos + 1)) + 1];
  }
  if (mode === 3 && n <= 100 && x < 1e21 && !Number.isInteger(x * 2 ** (n + 1))) {
    // toFixed is exact except on exact ties (which it rounds away from zero); x * 2**(n+1) being a
    // non-integer rules a tie out.
    const t = x.toFixed(n);
    const dot = t.indexOf(".");
    const digits = (dot < 0 ? t : t.slice(0, dot) + t.slice(dot + 1)).replace(/^0+/, "");
    if (digits === "") return ["", -n];
    return [stripZeros(digits), digits.length - n];
  }
  const [num, den] = ratio(x);
  // decpt k: 10**(k-1) <= x < 10**k.
  let k = Math.floor(Math.log10(x)) + 1;
  const ge = (kk: number) => (kk >= 0 ? num >= den * pow10(kk) : num * pow10(-kk) >= den);
  while (ge(k)) k++;
  while (!ge(k - 1)) k--;
  if (mode === 2) {
    let q = scaledRound(num, den, n - k);
    if (q === pow10(n)) {
      q = pow10(n - 1);
      k++;
    }
    return [stripZeros(q.toString()), k];
  }
  const q = scaledRound(num, den, n);
  if (q === 0n) return ["", -n];
  const s = q.toString();
  return [stripZeros(s), s.length - n];
}

export interface DtsFlags {
  sign?: boolean;
  addDot0?: boolean;
  alt?: boolean;
  noNegZero?: boolean;
}

/** PyOS_double_to_string: type one of e E f F g G r; precision as CPython passes it. */
export function doubleToString(x: number, type: string, precision: number, flags: DtsFlags = {}): string {
  const upper = type === "E" || type === "F" || type === "G";
  const code = type.toLowerCase();
  let negative = x < 0 || Object.is(x, -0);
  if (Number.isNaN(x) || !Number.isFinite(x)) {
    const body = Number.isNaN(x) ? "nan" : "inf";
    if (Number.isNaN(x)) negative = false;
    const s = negative ? "-" : flags.sign ? "+" : "";
    return s + (upper ? body.toUpperCase() : body);
  }
  let mode: number;
  let prec = precision;
  if (code === "e") {
    mode = 2;
    prec++;
  } else if (code === "f") mode = 3;
  else if (code === "g") {
    mode = 2;
    if (prec === 0) prec = 1;
  } else mode = 0;
  let [digits, decpt] = dtoa(x, mode, prec);
  if (x === 0) [digits, decpt] = ["0", 1];
  if (flags.noNegZero && negative && /^0*$/.test(digits)) negative = false;
  const alt = flags.alt === true;
  let useExp = false;
  let vEnd = digits.length;
  switch (code) {
    case "e":
      useExp = true;
      vEnd = prec;
      break;
    case "f":
      vEnd = decpt + prec;
      break;
    case "g":
      if (decpt <= -4 || decpt > (flags.addDot0 ? prec - 1 : prec)) useExp = true;
      if (alt) vEnd = prec;
      break;
    default:
      if (decpt <= -4 || decpt > 16) useExp = true;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && flags.addDot0) vEnd = Math.max(vEnd, decpt + 1);
  else vEnd = Math.max(vEnd, decpt);
  let out = negative ? "-" : flags.sign ? "+" : "";
  if (decpt <= 0) out += "0".repeat(decpt - vStart) + "." + "0".repeat(-decpt);
  else out += "0".repeat(-vStart);
  if (decpt > 0 && decpt <= digits.length) out += digits.slice(0, decpt) + "." + digits.slice(decpt);
  else out += digits;
  if (digits.length < decpt) out += "0".repeat(decpt - digits.length) + "." + "0".repeat(vEnd - decpt);
  else out += "0".repeat(Math.max(0, vEnd - digits.length));
  if (out.endsWith(".") && !alt) out = out.slice(0, -1);
  if (useExp) {
    const a = Math.abs(exp);
    out += (upper ? "E" : "e") + (exp < 0 ? "-" : "+") + (a < 10 ? "0" + a : String(a));
  }
  return out;
}

/** Splits rendered float text (without sign) into integer digits and the rest (parse_number). */
function splitNumber(body: string): [string, string] {
  let i = 0;
  while (i < body.length && body.charCodeAt(i) >= 48 && body.charCodeAt(i) <= 57) i++;
  return [body.slice(0, i), body.slice(i)];
}
/** The rest after integer digits, with the fraction grouped when a fractional separator is asked for. */
function fracTail(rest: string, sep: string): string {
  if (sep === "" || rest[0] !== ".") return rest;
  let j = 1;
  while (j < rest.length && rest.charCodeAt(j) >= 48 && rest.charCodeAt(j) <= 57) j++;
  return "." + groupFrac(rest.slice(1, j), sep) + rest.slice(j);
}

export function formatFloat(x: number, spec: string, typeName = "float"): string {
  if (spec === "") return doubleToString(x, "r", 0, { addDot0: true });
  const f = parseFormatSpec(spec, typeName, "", ">");
  if (!(f.type === "" || "eEfFgGn%".includes(f.type))) unknownCode(f.type, typeName);
  return formatFloatWith(x, f);
}

function formatFloatWith(x: number, f: FormatSpec): string {
  let type = f.type;
  let precision = f.precision;
  if (precision > 2147483647) raiseValueError("precision too big");
  const flags: DtsFlags = { alt: f.alternate, noNegZero: f.noNegZero };
  let defaultPrecision = 6;
  if (type === "") {
    flags.addDot0 = true;
    type = "r";
    defaultPrecision = 0;
  }
  if (type === "n") type = "g";
  let pct = false;
  if (type === "%") {
    type = "f";
    x *= 100;
    pct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === "r") type = "g";
  let text = doubleToString(x, type, precision, flags);
  if (pct) text += "%";
  let negative = false;
  if (text[0] === "-") {
    negative = true;
    text = text.slice(1);
  }
  const [digits, rest] = splitNumber(text);
  return layoutNumber(f, negative, "", digits, fracTail(rest, f.fracThousands));
}

// ---------------------------------------------------------------- complex

export function formatComplex(re: number, im: number, spec: string, typeName = "complex"): string {
  const f = parseFormatSpec(spec, typeName, "", ">");
  if (!(f.type === "" || "eEfFgGn".includes(f.type))) unknownCode(f.type, typeName);
  if (f.fill === "0") raiseValueError("Zero padding is not allowed in complex format specifier");
  if (f.align === "=") raiseValueError("'=' alignment flag is not allowed in complex format specifier");
  let type = f.type;
  let precision = f.precision;
  let defaultPrecision = 6;
  let skipRe = false, parens = false;
  if (type === "") {
    type = "r";
    defaultPrecision = 0;
    if (re === 0 && !Object.is(re, -0)) skipRe = true;
    else parens = true;
  }
  if (type === "n") type = "g";
  if (precision < 0) precision = defaultPrecision;
  else if (type === "r") type = "g";
  const flags: DtsFlags = { alt: f.alternate, noNegZero: f.noNegZero };
  const part = (x: number, sign: string): string => {
    let text = doubleToString(x, type, precision, flags);
    let negative = false;
    if (text[0] === "-") {
      negative = true;
      text = text.slice(1);
    }
    const [digits, rest] = splitNumber(text);
    const sub: FormatSpec = { ...f, fill: " ", align: "<", width: -1, sign };
    return layoutNumber(sub, negative, "", digits, fracTail(rest, f.fracThousands));
  };
  const reText = skipRe ? "" : part(re, f.sign);
  const imText = part(im, skipRe ? f.sign : "+");
  const body = (parens ? "(" : "") + reText + imText + "j" + (parens ? ")" : "");
  return pad(body, f.width, f.align, f.fill);
}

// ---------------------------------------------------------------- format() protocol

/** format(value, spec): calls `__format__` and checks the result type. */
export function formatValue(v: W, spec: string): string {
  // exact int, str and float: their __format__ directly (builtin types' slots cannot be reassigned)
  if (typeof v === "number") return spec === "" ? String(v) : formatInt(v, spec);
  if (v instanceof PyStr && v.cls === strType) return spec === "" ? v.value : formatStr(v.value, spec);
  if (v instanceof PyFloat && v.cls === floatType) return formatFloat(v.value, spec);
  const r = callMethod(v, "__format__", [newStr(spec)]);
  if (!(r instanceof PyStr)) raiseTypeError(`__format__ must return a str, not ${typeOf(r).name}`);
  return r.value;
}

function specArg(w: W): string {
  if (!(w instanceof PyStr)) raiseTypeError(`__format__() argument must be str, not ${typeOf(w).name}`);
  return w.value;
}

// ---------------------------------------------------------------- %-formatting

export function asciiRepr(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c <= 0xff) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c <= 0xffff) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\U" + c.toString(16).padStart(8, "0");
  }
  return out;
}

function isNumberLike(w: W): boolean {
  const t = typeOf(w);
  return asInt(w) !== undefined || t.lookup("__index__") !== undefined || t.lookup("__int__") !== undefined ||
    t.lookup("__float__") !== undefined || t.isSubtypeOf(complexType);
}

function isTypeError(e: unknown): boolean {
  return e instanceof PyError && e.matches(exceptionTypes.TypeError);
}

function percentInt(v: W, c: string): IntValue {
  const direct = asInt(v);
  if (direct !== undefined) return direct;
  const wrong = (): never =>
    raiseTypeError(
      "oxX".includes(c)
        ? `%${c} format: an integer is required, not ${typeOf(v).name}`
        : `%${c} format: a real number is required, not ${typeOf(v).name}`,
    );
  if (!isNumberLike(v)) wrong();
  try {
    if ("oxX".includes(c)) {
      if (typeOf(v).lookup("__index__") === undefined) wrong();
      const r = asInt(callMethod(v, "__index__", []));
      if (r === undefined) wrong();
      return r!;
    }
    return intValueOf(v);
  } catch (e) {
    if (isTypeError(e)) wrong();
    throw e;
  }
}

/** PyFloat_AsDouble: floats, ints, __float__ and __index__; strings are not numbers here. */
function percentFloat(v: W, forBytes: boolean): number {
  const x = asFloat(v);
  if (x !== undefined) return x;
  const t = typeOf(v);
  if (t.lookup("__float__") === undefined && t.lookup("__index__") === undefined) {
    raiseTypeError(
      forBytes ? `float argument required, not ${t.name}` : `must be real number, not ${t.name}`,
    );
  }
  return floatValueOf(v);
}

function notEnoughArguments(): never {
  raiseTypeError("not enough arguments for format string");
}

/**
 * What bytes % args (_PyBytes_FormatEx) does differently, supplied by bytes.ts: the format and the result
 * are latin-1 text standing for bytes, mapping keys are bytes, %s and %b take bytes-like objects or
 * __bytes__, %c takes an int in range(256) or one byte, %r is %a.
 */
export interface BytesFormatting {
  isBytes(w: W): boolean;
  key(latin1: string): W;
  text(v: W): string;
  char(v: W): string;
}

/**
 * printf-style formatting: `fmt % args` (PyUnicode_Format), or bytes % args with `bytes`. Scans UTF-16
 * units: every character with a meaning is ASCII, and literal text is copied by slices.
 */
export function percentFormat(fmt: string, args: W, bytes: BytesFormatting | null = null): string {
  const items = args instanceof PyTuple ? args.items : null;
  // arguments: items[argidx] while argidx < arglen; a lone argument has arglen -1 and argidx -2
  let arglen = items !== null ? items.length : -1;
  let argidx = items !== null ? 0 : -2;
  let cur: W = args;
  const dict =
    items === null && !(args instanceof PyStr) && typeOf(args).lookup("__getitem__") !== undefined &&
      (bytes === null || !bytes.isBytes(args))
      ? args
      : null;
  const n = fmt.length;
  let out = "";
  let i = 0;
  while (i < n) {
    const pct = fmt.indexOf("%", i);
    if (pct < 0) {
      out += i === 0 ? fmt : fmt.slice(i);
      break;
    }
    if (pct > i) out += fmt.slice(i, pct);
    i = pct + 1;
    if (fmt.charCodeAt(i) === 0x25) {
      out += "%";
      i++;
      continue;
    }
    // A mapping key: balanced parentheses.
    if (fmt.charCodeAt(i) === 0x28) {
      if (dict === null) raiseTypeError("format requires a mapping");
      let depth = 1;
      const start = ++i;
      while (i < n && depth > 0) {
        const k = fmt.charCodeAt(i);
        if (k === 0x29) depth--;
        else if (k === 0x28) depth++;
        i++;
      }
      if (depth > 0) raiseValueError("incomplete format key");
      const key = fmt.slice(start, i - 1);
      cur = getItem(dict, bytes === null ? newStr(key) : bytes.key(key));
      arglen = -1;
      argidx = -2;
    }
    let ljust = false, plus = false, blank = false, alt = false, zero = false;
    for (; i < n; i++) {
      const k = fmt.charCodeAt(i);
      if (k === 0x2d) ljust = true;
      else if (k === 0x2b) plus = true;
      else if (k === 0x20) blank = true;
      else if (k === 0x23) alt = true;
      else if (k === 0x30) zero = true;
      else break;
    }
    let width = -1, prec = -1;
    if (fmt.charCodeAt(i) === 0x2a) {
      if (argidx >= arglen) notEnoughArguments();
      const w = asInt(items === null ? cur : items[argidx]);
      argidx++;
      if (w === undefined) raiseTypeError("* wants int");
      // PyLong_AsSsize_t
      if (typeof w === "bigint" && (w > MAX_SSIZE || w < -MAX_SSIZE - 1n)) {
        raiseOverflowError("Python int too large to convert to C ssize_t");
      }
      width = Number(w);
      if (width < 0) {
        ljust = true;
        width = -width;
      }
      i++;
    } else {
      let w = 0, any = false;
      for (; i < n; i++) {
        const k = fmt.charCodeAt(i);
        if (k < 48 || k > 57) break;
        w = w * 10 + (k - 48);
        if (w > 2147483647) raiseValueError("width too big");
        any = true;
      }
      if (any) width = w;
    }
    if (fmt.charCodeAt(i) === 0x2e) {
      i++;
      if (fmt.charCodeAt(i) === 0x2a) {
        if (argidx >= arglen) notEnoughArguments();
        const p = asInt(items === null ? cur : items[argidx]);
        argidx++;
        if (p === undefined) raiseTypeError("* wants int");
        // PyLong_AsInt
        if (p > 2147483647 || p < -2147483648) raiseOverflowError("Python int too large to convert to C int");
        prec = Math.max(0, Number(p));
        i++;
      } else {
        let p = 0;
        for (; i < n; i++) {
          const k = fmt.charCodeAt(i);
          if (k < 48 || k > 57) break;
          p = p * 10 + (k - 48);
          if (p > 2147483647) raiseValueError("precision too big");
        }
        prec = p;
      }
    }
    const lk = fmt.charCodeAt(i);
    if (lk === 0x68 || lk === 0x6c || lk === 0x4c) i++; // h l L
    if (i >= n) raiseValueError("incomplete format");
    const c = isPairAt(fmt, i) ? fmt.slice(i, i + 2) : fmt[i];
    i += c.length;
    if (argidx >= arglen) notEnoughArguments();
    const v = items === null ? cur : items[argidx];
    argidx++;
    let body: string;
    let numeric = false;
    let signChar = "";
    let prefix = "";
    switch (c) {
      case "s":
      case "r":
      case "a":
      case "b": {
        if (bytes !== null) body = c === "s" || c === "b" ? bytes.text(v) : asciiRepr(repr(v));
        else if (c === "b") body = unsupportedCharacter(fmt, c, i);
        else body = c === "s" ? str(v) : c === "r" ? repr(v) : asciiRepr(repr(v));
        if (prec >= 0 && cpLen(body) > prec) body = [...body].slice(0, prec).join("");
        break;
      }
      case "d":
      case "i":
      case "u":
      case "o":
      case "x":
      case "X": {
        numeric = true;
        const iv = typeof v === "number" ? v : percentInt(v, c);
        const negative = iv < 0;
        const abs = negative ? -iv : iv;
        if (c === "o") {
          body = abs.toString(8);
          if (alt) prefix = "0o";
        } else if (c === "x" || c === "X") {
          body = abs.toString(16);
          if (alt) prefix = "0x";
          if (c === "X") {
            body = body.toUpperCase();
            prefix = prefix.toUpperCase();
          }
        } else body = typeof abs === "number" ? String(abs) : intToDecimal(abs);
        if (prec > body.length) body = "0".repeat(prec - body.length) + body;
        signChar = negative ? "-" : plus ? "+" : blank ? " " : "";
        break;
      }
      case "e":
      case "E":
      case "f":
      case "F":
      case "g":
      case "G": {
        numeric = true;
        const x = percentFloat(v, bytes !== null);
        let text = doubleToString(x, c, prec < 0 ? 6 : prec, alt ? ALT_FLAGS : NO_FLAGS);
        if (text.charCodeAt(0) === 0x2d) {
          signChar = "-";
          text = text.slice(1);
        } else signChar = plus ? "+" : blank ? " " : "";
        body = text;
        break;
      }
      case "c": {
        if (bytes !== null) body = bytes.char(v);
        else if (v instanceof PyStr) {
          if (v.length !== 1) {
            raiseTypeError(`%c requires an int or a unicode character, not a string of length ${v.length}`);
          }
          body = v.value;
        } else {
          let code: IntValue | undefined = asInt(v);
          if (code === undefined) {
            if (typeOf(v).lookup("__index__") === undefined) {
              raiseTypeError(`%c requires an int or a unicode character, not ${typeOf(v).name}`);
            }
            code = asInt(callMethod(v, "__index__", []));
          }
          if (code === undefined || code < 0 || code > 0x10ffff) {
            raiseOverflowError("%c arg not in range(0x110000)");
          }
          body = String.fromCodePoint(Number(code));
        }
        break;
      }
      default:
        body = unsupportedCharacter(fmt, c, i);
    }
    if (width < 0) {
      out += signChar + prefix + body;
      continue;
    }
    const len = signChar.length + prefix.length + cpLen(body);
    if (width <= len) {
      out += signChar + prefix + body;
    } else if (ljust) {
      out += signChar + prefix + body + " ".repeat(width - len);
    } else if (zero && numeric) {
      out += signChar + prefix + "0".repeat(width - len) + body;
    } else {
      out += " ".repeat(width - len) + signChar + prefix + body;
    }
  }
  if (argidx < arglen && dict === null) {
    raiseTypeError(`not all arguments converted during ${bytes === null ? "string" : "bytes"} formatting`);
  }
  return out;
}
function unsupportedCharacter(fmt: string, c: string, i: number): never {
  const cp = c.codePointAt(0)!;
  const shown = cp >= 31 && cp <= 126 ? c : "?";
  const index = cpLen(fmt.slice(0, i - c.length));
  return raiseValueError(`unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${index}`);
}
const NO_FLAGS: DtsFlags = Object.freeze({});
const ALT_FLAGS: DtsFlags = Object.freeze({ alt: true });

// ---------------------------------------------------------------- str.format

export type FormatKwargs = Map<string, W> | ((key: string) => W);

interface AutoNumber {
  state: 0 | 1 | 2; // 0 init, 1 auto, 2 manual
  next: number;
}

function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
function digitsValue(s: string): number {
  if (s.length < 16) return Number(s);
  const v = BigInt(s);
  if (v > MAX_SSIZE) raiseValueError("Too many decimal digits in format string");
  return Number(v);
}

/** Resolve a field name like `0.attr[key]` (FieldNameIterator + get_field_object). */
function getField(name: string, args: W[] | null, kwargs: FormatKwargs | null, auto: AutoNumber): W {
  let i = 0;
  while (i < name.length && name[i] !== "." && name[i] !== "[") i++;
  const first = name.slice(0, i);
  let obj: W;
  if (first === "") {
    if (auto.state === 2) {
      raiseValueError("cannot switch from manual field specification to automatic field numbering");
    }
    auto.state = 1;
    obj = positional(auto.next++, args);
  } else if (isDigits(first)) {
    if (auto.state === 1) {
      raiseValueError("cannot switch from automatic field numbering to manual field specification");
    }
    auto.state = 2;
    obj = positional(digitsValue(first), args);
  } else {
    if (kwargs === null) throw keyError(first);
    if (typeof kwargs === "function") obj = kwargs(first);
    else {
      const v = kwargs.get(first);
      if (v === undefined) throw keyError(first);
      obj = v;
    }
  }
  while (i < name.length) {
    const c = name[i++];
    if (c === ".") {
      const start = i;
      while (i < name.length && name[i] !== "." && name[i] !== "[") i++;
      const attr = name.slice(start, i);
      if (attr === "") raiseValueError("Empty attribute in format string");
      obj = getAttr(obj, attr);
    } else if (c === "[") {
      const start = i;
      while (i < name.length && name[i] !== "]") i++;
      if (i >= name.length) raiseValueError("Missing ']' in format string");
      const key = name.slice(start, i);
      i++;
      if (key === "") raiseValueError("Empty attribute in format string");
      obj = getItem(obj, isDigits(key) ? digitsValue(key) : newStr(key));
      if (i < name.length && name[i] !== "." && name[i] !== "[") {
        raiseValueError("Only '.' or '[' may follow ']' in format field specifier");
      }
    } else {
      raiseValueError("Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return obj;
}
function positional(index: number, args: W[] | null): W {
  if (args === null) raiseValueError("Format string contains positional fields");
  if (index >= args.length) {
    raiseIndexErrorMsg(`Replacement index ${index} out of range for positional args tuple`);
  }
  return args[index];
}
function raiseIndexErrorMsg(msg: string): never {
  throw new PyError(newExc("IndexError", [newStr(msg)]));
}
function keyError(key: string): PyError {
  return new PyError(newExc("KeyError", [newStr(key)]));
}
function newExc(name: string, args: W[]) {
  return newException(exceptionTypes[name], args);
}

/** str.format / format_map rendering (MarkupIterator + render_field), `depth` limits nested specs. */
export function strFormat(fmt: string, args: W[] | null, kwargs: FormatKwargs | null): string {
  return buildString(fmt, args, kwargs, 2, { state: 0, next: 0 });
}

function buildString(
  fmt: string,
  args: W[] | null,
  kwargs: FormatKwargs | null,
  depth: number,
  auto: AutoNumber,
) {
  if (depth <= 0) raiseValueError("Max string recursion exceeded");
  let out = "";
  const n = fmt.length;
  let pos = 0;
  while (pos < n) {
    // Literal text up to a brace.
    const start = pos;
    let c = "";
    let markup = false;
    while (pos < n) {
      c = fmt[pos++];
      if (c === "{" || c === "}") {
        markup = true;
        break;
      }
    }
    const atEnd = pos >= n;
    let len = pos - start;
    if (markup && c === "}" && (atEnd || fmt[pos] !== "}")) {
      raiseValueError("Single '}' encountered in format string");
    }
    if (markup && atEnd && c === "{") raiseValueError("Single '{' encountered in format string");
    if (markup && !atEnd) {
      if (fmt[pos] === c) {
        pos++;
        markup = false;
      } else len--;
    } else if (!markup) {
      // plain tail
    }
    out += fmt.slice(start, start + len);
    if (!markup) continue;
    // parse_field: name up to '!' ':' or '}' ('[' skips to ']').
    const nameStart = pos;
    let fc = "";
    while (pos < n) {
      const ch = fmt[pos++];
      if (ch === "{") raiseValueError("unexpected '{' in field name");
      if (ch === "[") {
        while (pos < n && fmt[pos] !== "]") pos++;
        continue;
      }
      if (ch === "}" || ch === ":" || ch === "!") {
        fc = ch;
        break;
      }
    }
    if (fc === "") raiseValueError("expected '}' before end of string");
    const name = fmt.slice(nameStart, pos - 1);
    let conversion = "";
    let spec = "";
    let specNeedsExpanding = false;
    if (fc === "!" || fc === ":") {
      let done = false;
      if (fc === "!") {
        if (pos >= n) raiseValueError("end of string while looking for conversion specifier");
        conversion = String.fromCodePoint(fmt.codePointAt(pos)!);
        pos += conversion.length;
        if (pos < n) {
          const c2 = fmt[pos++];
          if (c2 === "}") done = true;
          else if (c2 !== ":") raiseValueError("expected ':' after conversion specifier");
        } else raiseValueError("unmatched '{' in format spec");
      }
      if (!done) {
        const specStart = pos;
        let count = 1;
        let closed = false;
        while (pos < n) {
          const c3 = fmt[pos++];
          if (c3 === "{") {
            specNeedsExpanding = true;
            count++;
          } else if (c3 === "}") {
            count--;
            if (count === 0) {
              spec = fmt.slice(specStart, pos - 1);
              closed = true;
              break;
            }
          }
        }
        if (!closed) raiseValueError("unmatched '{' in format spec");
      }
    }
    let obj = getField(name, args, kwargs, auto);
    if (conversion !== "") {
      if (conversion === "r") obj = newStr(repr(obj));
      else if (conversion === "s") obj = newStr(str(obj));
      else if (conversion === "a") obj = newStr(asciiRepr(repr(obj)));
      else {
        raiseValueError(`Unknown conversion specifier ${charForMessage(conversion)}`);
      }
    }
    if (specNeedsExpanding) spec = buildString(spec, args, kwargs, depth - 1, auto);
    out += formatValue(obj, spec);
  }
  return out;
}

// ---------------------------------------------------------------- installation

intHooks.iterate = iterateToArray;

function strSelf(w: W): string {
  if (!(w instanceof PyStr)) {
    raiseTypeError(`descriptor requires a 'str' object but received '${typeOf(w).name}'`);
  }
  return w.value;
}

function kwargsMap(kw: Kwargs | null): Map<string, W> | null {
  if (kw === null || kw.names.length === 0) return null;
  const m = new Map<string, W>();
  for (let i = 0; i < kw.names.length; i++) m.set(kw.names[i], kw.values[i]);
  return m;
}

defineMethods(strType, [
  {
    name: "__format__",
    arity: [1, 1],
    impl: (a) => {
      const s = strSelf(a[0]);
      const spec = specArg(a[1]);
      // an empty spec is str(self): a subclass's __str__ counts (formatter_unicode.c format_obj)
      if (spec === "") return a[0] instanceof PyStr && a[0].cls === strType ? a[0] : newStr(str(a[0]));
      return newStr(formatStr(s, spec));
    },
  },
  {
    name: "__mod__",
    arity: [1, 1],
    impl: (a) => newStr(percentFormat(strSelf(a[0]), a[1])),
  },
  {
    name: "__rmod__",
    arity: [1, 1],
    impl: (a) => (a[1] instanceof PyStr ? newStr(percentFormat(a[1].value, a[0])) : NotImplemented),
  },
  {
    name: "format",
    arity: [0, -1],
    kw: ["**"],
    impl: (a, kw) => {
      // Positional args arrive after self; keyword args are passed through `kw`.
      return newStr(strFormat(strSelf(a[0]), a.slice(1), kwargsMap(kw)));
    },
  },
  {
    name: "format_map",
    arity: [1, 1],
    impl: (a) => {
      const mapping = a[1];
      return newStr(strFormat(strSelf(a[0]), null, (key) => getItem(mapping, newStr(key))));
    },
  },
]);

defineMethods(objectType, [
  {
    name: "__format__",
    arity: [1, 1],
    impl: (a) => {
      const spec = specArg(a[1]);
      if (spec !== "") raiseTypeError(`unsupported format string passed to ${typeOf(a[0]).name}.__format__`);
      return newStr(str(a[0]));
    },
  },
]);

defineMethods(intType, [
  {
    name: "__format__",
    arity: [1, 1],
    impl: (a) => {
      const spec = specArg(a[1]);
      if (spec === "") return newStr(str(a[0]));
      const v = asInt(a[0]);
      if (v === undefined) raiseTypeError("descriptor '__format__' requires a 'int' object");
      return newStr(formatInt(v, spec, typeOf(a[0]).name));
    },
  },
]);

defineMethods(floatType, [
  {
    name: "__format__",
    arity: [1, 1],
    impl: (a) => {
      const spec = specArg(a[1]);
      if (spec === "") return newStr(str(a[0]));
      const x = asFloat(a[0]);
      if (x === undefined) raiseTypeError("descriptor '__format__' requires a 'float' object");
      return newStr(formatFloat(x, spec, typeOf(a[0]).name));
    },
  },
]);

defineMethods(complexType, [
  {
    name: "__format__",
    arity: [1, 1],
    impl: (a) => {
      const spec = specArg(a[1]);
      if (spec === "") return newStr(str(a[0]));
      const [re, im] = complexParts(a[0]);
      return newStr(formatComplex(re, im, spec, typeOf(a[0]).name));
    },
  },
]);
// bool inherits int.__format__ (format(True, "") == "True", format(True, "d") == "1").
