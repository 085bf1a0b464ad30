// Python's repr() of AST-level constants (str, bytes, int, float, complex, ...), exactly as CPython 3.14
// prints them. Used by ast.dump, the disassembler and error messages.
import { ComplexLit, ConstantFrozenset, ConstantTuple, type ConstantValue, EllipsisLit } from "./ast.ts";

// Characters str.isprintable() rejects: categories Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs except the space.
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, "0");
}

export function reprStr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) {
      if (c === 0x5c) out += "\\\\";
      else if (s[i] === quote) out += "\\" + quote;
      else out += s[i];
      continue;
    }
    if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c === 9) out += "\\t";
    else if (c < 0x20 || c === 0x7f) out += "\\x" + hex(c, 2);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      const cp = s.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      out += NON_PRINTABLE.test(ch) ? "\\U" + hex(cp, 8) : ch;
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) out += "\\u" + hex(c, 4); // lone surrogate
    else {
      const ch = s[i];
      if (NON_PRINTABLE.test(ch)) out += c < 0x100 ? "\\x" + hex(c, 2) : "\\u" + hex(c, 4);
      else out += ch;
    }
  }
  return out + quote;
}

export function reprBytes(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 0x27) hasSingle = true;
    else if (c === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = "b" + quote;
  for (const c of b) {
    if (c === 0x5c) out += "\\\\";
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c === 9) out += "\\t";
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + hex(c, 2);
    else if (String.fromCharCode(c) === quote) out += "\\" + quote;
    else out += String.fromCharCode(c);
  }
  return out + quote;
}

/** float.__repr__: shortest round-trip digits, fixed notation for 1e-4 <= |x| < 1e16. */
export function reprFloat(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const [mant, expStr] = x.toExponential().split("e");
  const exp = Number(expStr);
  const neg = mant.startsWith("-");
  const digits = mant.replace("-", "").replace(".", "");
  let body: string;
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? digits[0] + "." + digits.slice(1) : digits;
    body = m + "e" + (exp < 0 ? "-" : "+") + String(Math.abs(exp)).padStart(2, "0");
  } else if (exp < 0) {
    body = "0." + "0".repeat(-exp - 1) + digits;
  } else if (digits.length <= exp + 1) {
    body = digits + "0".repeat(exp + 1 - digits.length) + ".0";
  } else {
    body = digits.slice(0, exp + 1) + "." + digits.slice(exp + 1);
  }
  return neg ? "-" + body : body;
}

function reprComplexPart(x: number): string {
  const r = reprFloat(x);
  return r.endsWith(".0") ? r.slice(0, -2) : r;
}

export function reprComplex(c: ComplexLit): string {
  if (c.real === 0 && !Object.is(c.real, -0)) return reprComplexPart(c.imag) + "j";
  const im = reprComplexPart(c.imag);
  const sign = im.startsWith("-") ? "" : "+";
  return `(${reprComplexPart(c.real)}${sign}${im}j)`;
}

export function reprConstant(v: ConstantValue): string {
  if (v === null) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  switch (typeof v) {
    case "bigint":
      return v.toString();
    case "number":
      return reprFloat(v);
    case "string":
      return reprStr(v);
  }
  if (v instanceof Uint8Array) return reprBytes(v);
  if (v instanceof EllipsisLit) return "Ellipsis";
  if (v instanceof ComplexLit) return reprComplex(v);
  if (v instanceof ConstantTuple) {
    if (v.items.length === 1) return `(${reprConstant(v.items[0])},)`;
    return `(${v.items.map(reprConstant).join(", ")})`;
  }
  if (v instanceof ConstantFrozenset) {
    return v.items.length === 0 ? "frozenset()" : `frozenset({${v.items.map(reprConstant).join(", ")}})`;
  }
  return String(v);
}
