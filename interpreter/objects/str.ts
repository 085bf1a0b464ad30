// str: a JS string boxed with its code-point length and an all-BMP flag (code-point indexing is O(1)
// when every character is in the BMP, which is the common case).
import { defineMethods, PyObject, strFactoryRef, strType, type W } from "./model.ts";
import { installStrFactory, raiseTypeError } from "../vm/errors.ts";

export class PyStr extends PyObject {
  readonly value: string;
  readonly length: number;
  readonly allBmp: boolean;
  constructor(value: string) {
    super(strType);
    this.value = value;
    let astral = 0;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < value.length) {
        const d = value.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          astral++;
          i++;
        }
      }
    }
    this.length = value.length - astral;
    this.allBmp = astral === 0;
  }
}

const interned = new Map<string, PyStr>();
/** Box a JS string; one-character and identifier-like short strings are shared. */
export function newStr(s: string): PyStr {
  if (s.length <= 1) {
    let w = interned.get(s);
    if (w === undefined) interned.set(s, w = new PyStr(s));
    return w;
  }
  return new PyStr(s);
}
strFactoryRef.make = newStr;
installStrFactory(newStr);

export function isStr(w: W): w is PyStr {
  return w instanceof PyStr;
}
export function strValue(w: W, what = "argument"): string {
  if (w instanceof PyStr) return w.value;
  return raiseTypeError(`${what} must be str, not ${typeof w === "object" ? w.cls.name : "int"}`);
}

/** CPython's unicode_repr: prefer single quotes, escape controls, keep printable non-ASCII. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (c < 0x20 || c === 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c >= 0x80 && !isPrintable(c)) {
      if (c <= 0xff) out += "\\x" + c.toString(16).padStart(2, "0");
      else if (c <= 0xffff) out += "\\u" + c.toString(16).padStart(4, "0");
      else out += "\\U" + c.toString(16).padStart(8, "0");
    } else out += ch;
  }
  return out + quote;
}
function isPrintable(c: number): boolean {
  // Approximation of Py_UNICODE_ISPRINTABLE: controls, separators other than space, surrogates, unassigned.
  if (c >= 0x80 && c <= 0x9f) return false;
  if (c === 0xa0 || c === 0xad) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(String.fromCodePoint(c));
}

function self(args: W[]): string {
  return (args[0] as PyStr).value;
}

defineMethods(strType, [
  { name: "__repr__", arity: [0, 0], impl: (a) => newStr(strRepr(self(a))) },
  { name: "__str__", arity: [0, 0], impl: (a) => a[0] },
  { name: "__len__", arity: [0, 0], impl: (a) => (a[0] as PyStr).length },
  { name: "upper", arity: [0, 0], impl: (a) => newStr(self(a).toUpperCase()) },
  { name: "lower", arity: [0, 0], impl: (a) => newStr(self(a).toLowerCase()) },
  {
    name: "startswith",
    arity: [1, 1],
    impl: (a) => boolOf(self(a).startsWith(strValue(a[1], "startswith first arg"))),
  },
  {
    name: "endswith",
    arity: [1, 1],
    impl: (a) => boolOf(self(a).endsWith(strValue(a[1], "endswith first arg"))),
  },
  {
    name: "join",
    arity: [1, 1],
    impl: (a) => {
      const parts = joinHooks.iterate(a[1]);
      const out: string[] = [];
      for (let i = 0; i < parts.length; i++) {
        const p = parts[i];
        if (!(p instanceof PyStr)) {
          raiseTypeError(
            `sequence item ${i}: expected str instance, ${typeof p === "object" ? p.cls.name : "int"} found`,
          );
        }
        out.push(p.value);
      }
      return newStr(out.join(self(a)));
    },
  },
  { name: "strip", arity: [0, 1], impl: (a) => newStr(stripChars(self(a), a[1], 3)) },
  { name: "lstrip", arity: [0, 1], impl: (a) => newStr(stripChars(self(a), a[1], 1)) },
  { name: "rstrip", arity: [0, 1], impl: (a) => newStr(stripChars(self(a), a[1], 2)) },
  {
    name: "replace",
    arity: [2, 3],
    kw: ["count"],
    impl: (a) => {
      const s = self(a),
        old = strValue(a[1], "replace() argument 1"),
        rep = strValue(a[2], "replace() argument 2");
      const count = a[3] === undefined ? -1 : Number(a[3]);
      if (count < 0) {
        return newStr(old === "" ? rep + [...s].join(rep) + (s === "" ? "" : rep) : s.split(old).join(rep));
      }
      let out = "", pos = 0, n = 0;
      while (n < count) {
        const i = s.indexOf(old, pos);
        if (i < 0) break;
        out += s.slice(pos, i) + rep;
        pos = i + old.length;
        n++;
      }
      return newStr(out + s.slice(pos));
    },
  },
]);

/** Filled by operations.ts: materialise an iterable into an array (for join). */
export const joinHooks = { iterate: (_w: W): W[] => [] as W[] };
const boolHolder: { of: (b: boolean) => W } = { of: (b) => (b ? 1 : 0) };
export function installBool(of: (b: boolean) => W): void {
  boolHolder.of = of;
}
function boolOf(b: boolean): W {
  return boolHolder.of(b);
}

const WHITESPACE = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006" +
  "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000";
function stripChars(s: string, chars: W | undefined, sides: number): string {
  const set = chars === undefined || (chars instanceof PyObject && !(chars instanceof PyStr))
    ? WHITESPACE
    : strValue(chars, "strip arg");
  let start = 0, end = s.length;
  if (sides & 1) { while (start < end && set.includes(s[start])) start++; }
  if (sides & 2) { while (end > start && set.includes(s[end - 1])) end--; }
  return s.slice(start, end);
}
