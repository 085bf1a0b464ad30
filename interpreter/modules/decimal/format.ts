// Decimal.__format__: the format-spec mini language for decimals ([[fill]align][sign][z][#][0][width]
// [,|_][.precision][type], types e E f F g G n %), with the context's rounding.
import { raiseValueError } from "../../vm/errors.ts";
import * as N from "./number.ts";
import { Dec } from "./number.ts";

interface Spec {
  fill: string;
  align: string;
  sign: string;
  noNeg0: boolean;
  alt: boolean;
  zeropad: boolean;
  width: number;
  sep: string;
  precision: number | undefined;
  type: string | undefined;
}

const SPEC_RE = /^(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([eEfFgGn%])?$/s;

function parseSpec(spec: string): Spec {
  const m = SPEC_RE.exec(spec);
  if (!m) raiseValueError(`Invalid format specifier '${spec}' for object of type 'decimal.Decimal'`);
  let fill = m[1], align = m[2];
  const zeropad = m[6] !== undefined;
  if (zeropad && fill === undefined && align === undefined) {
    fill = "0";
    align = "=";
  }
  return {
    fill: fill ?? " ",
    align: align ?? ">",
    sign: m[3] ?? "-",
    noNeg0: m[4] !== undefined,
    alt: m[5] !== undefined,
    zeropad,
    width: m[7] !== undefined ? Number(m[7]) : 0,
    sep: m[8] ?? "",
    precision: m[9] !== undefined ? Number(m[9]) : undefined,
    type: m[10],
  };
}

function signStr(neg: number, s: Spec): string {
  if (neg) return "-";
  return s.sign === "-" ? "" : s.sign;
}

function align(sign: string, body: string, s: Spec): string {
  const padding = s.width - sign.length - body.length;
  if (padding <= 0) return sign + body;
  const f = s.fill;
  switch (s.align) {
    case "<":
      return sign + body + f.repeat(padding);
    case "=":
      return sign + f.repeat(padding) + body;
    case "^": {
      const half = Math.floor(padding / 2);
      return f.repeat(half) + sign + body + f.repeat(padding - half);
    }
    default:
      return f.repeat(padding) + sign + body;
  }
}

function insertSep(digits: string, sep: string, minWidth: number): string {
  if (sep === "") {
    const l = Math.max(digits.length, minWidth, 1);
    return "0".repeat(l - digits.length) + digits;
  }
  const groups: string[] = [];
  for (;;) {
    const l = Math.min(Math.max(digits.length, minWidth, 1), 3);
    groups.push("0".repeat(Math.max(0, l - digits.length)) + digits.slice(Math.max(0, digits.length - l)));
    digits = digits.slice(0, Math.max(0, digits.length - l));
    minWidth -= l;
    if (digits === "" && minWidth <= 0) break;
    minWidth -= sep.length;
  }
  return groups.reverse().join(sep);
}

export function formatDecimal(d: Dec, spec: string, ctx: N.Ctx): string {
  const s = parseSpec(spec);
  if (d.special) {
    let body = N.toSci(new Dec(0, d.coef, d.exp, d.kind), 1);
    if (s.type === "%") body += "%";
    if (s.zeropad && s.fill === "0" && s.align === "=" && !/^(.)?[<>=^]/.test(spec)) {
      s.fill = " ";
      s.align = ">";
    }
    return align(signStr(d.sign, s), body, s);
  }
  let type = s.type ?? (ctx.capitals ? "G" : "g");
  if (type === "n") type = "g";
  if (type === "%") d = new Dec(d.sign, d.coef, d.exp + 2);
  const rounding = ctx.rounding;
  const precision = s.precision;
  if (precision !== undefined) {
    if (type === "e" || type === "E") d = N.roundDigits(d, precision + 1, rounding);
    else if (type === "f" || type === "F" || type === "%") d = N.rescale(d, -precision, rounding);
    else if ((type === "g" || type === "G") && N.ndigits(d.coef) > precision) {
      d = N.roundDigits(d, Math.max(precision, 1), rounding);
    }
  }
  if (d.coef === 0n && d.exp > 0 && (type === "f" || type === "F" || type === "%")) {
    d = N.rescale(d, 0, rounding);
  }
  const sign = d.coef === 0n && s.noNeg0 ? 0 : d.sign;
  const digits = String(d.coef);
  const leftdigits = d.exp + digits.length;
  let dotplace: number;
  if (type === "e" || type === "E") dotplace = d.coef === 0n && precision !== undefined ? 1 - precision : 1;
  else if (type === "f" || type === "F" || type === "%") dotplace = leftdigits;
  else dotplace = d.exp <= 0 && leftdigits > -6 ? leftdigits : 1;
  let intpart: string, fracpart: string;
  if (dotplace < 0) {
    intpart = "0";
    fracpart = "0".repeat(-dotplace) + digits;
  } else if (dotplace > digits.length) {
    intpart = digits + "0".repeat(dotplace - digits.length);
    fracpart = "";
  } else {
    intpart = digits.slice(0, dotplace) || "0";
    fracpart = digits.slice(dotplace);
  }
  const exp = leftdigits - dotplace;
  const signS = signStr(sign, s);
  if (fracpart !== "" || s.alt) fracpart = "." + fracpart;
  if (exp !== 0 || type === "e" || type === "E") {
    const echar = type === "E" || type === "G" ? "E" : "e";
    fracpart += echar + (exp >= 0 ? "+" : "-") + Math.abs(exp);
  }
  if (type === "%") fracpart += "%";
  const minWidth = s.zeropad ? s.width - fracpart.length - signS.length : 0;
  intpart = insertSep(intpart, s.sep, minWidth);
  return align(signS, intpart + fracpart, s);
}
