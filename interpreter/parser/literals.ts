// Decoding of string, bytes and number literals (the values the parser puts in Constant nodes).
import { ComplexLit } from "./ast.ts";
import type { CompileWarning } from "./errors.ts";

/** Parse a NUMBER token's text into an AST constant (int → bigint, float → number, imaginary → ComplexLit). */
export function parseNumber(text: string): bigint | number | ComplexLit {
  const clean = text.indexOf("_") >= 0 ? text.replace(/_/g, "") : text;
  const last = clean.charCodeAt(clean.length - 1);
  if (last === 106 || last === 74) return new ComplexLit(0, Number(clean.slice(0, -1)));
  const c1 = clean.charCodeAt(1);
  if (clean.length > 1 && clean.charCodeAt(0) === 48 && (c1 | 32) >= 98 && (c1 | 32) !== 101) {
    return BigInt(clean); // 0x / 0o / 0b
  }
  if (/[.eE]/.test(clean)) return Number(clean);
  if (clean.length < 16) return BigInt(Number(clean));
  return BigInt(clean);
}

/** sys.get_int_max_str_digits(), installed by the runtime (0: unlimited): decimal int literals longer than
 * that are a SyntaxError, as CPython's parser reports PyLong_FromString's ValueError. */
export const intLiteralLimit = { maxDigits: (): number => 4300 };

/** The SyntaxError message for a decimal int literal over the limit, or null. */
export function intLiteralTooLong(text: string): string | null {
  const limit = intLiteralLimit.maxDigits();
  if (limit === 0 || text.length <= limit || /^0[xXoObB]|[.eEjJ]/.test(text)) return null;
  const digits = text.replaceAll("_", "").length;
  if (digits <= limit) return null;
  return `Exceeds the limit (${limit} digits) for integer string conversion: value has ${digits} digits; ` +
    "use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer " +
    "literals to avoid decimal conversion limits.";
}

export interface StringPart {
  value: string | Uint8Array;
  isBytes: boolean;
  kindU: boolean;
}

/** Decode the body of a (non-f) string or bytes literal; `text` is the whole token text incl. prefix. */
export function decodeStringToken(
  text: string,
  warn: ((msg: string, offsetInToken: number) => void) | null,
): StringPart {
  let i = 0;
  let raw = false;
  let isBytes = false;
  let kindU = false;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === "r" || c === "R") raw = true;
    else if (c === "b" || c === "B") isBytes = true;
    else if (c === "u" || c === "U") kindU = true;
    else break;
  }
  const q = text[i];
  const triple = text.startsWith(q + q + q, i);
  const qlen = triple ? 3 : 1;
  const body = text.slice(i + qlen, text.length - qlen);
  if (isBytes) {
    for (let k = 0; k < body.length; k++) {
      if (body.charCodeAt(k) >= 0x80) {
        throw new LiteralError("bytes can only contain ASCII literal characters", i + qlen + k);
      }
    }
  }
  const s = raw ? body : decodeEscapes(body, isBytes, warn, i + qlen);
  if (isBytes) {
    const out = new Uint8Array(s.length);
    for (let k = 0; k < s.length; k++) out[k] = s.charCodeAt(k);
    return { value: out, isBytes, kindU };
  }
  return { value: s, isBytes, kindU };
}

export class LiteralError extends Error {
  constructor(readonly msg: string, readonly offset: number) {
    super(msg);
  }
}

let unicodeNames: Map<string, number> | null = null;

/** The full name lookup, installed by the unicodedata module (its tables load on first use). */
export const unicodeNameHook = { lookup: null as ((name: string) => number | undefined) | null };

/** Lookup for \N{NAME}; only a minimal built-in table is available without Unicode name data. */
function lookupUnicodeName(name: string): number | undefined {
  if (unicodeNameHook.lookup !== null) return unicodeNameHook.lookup(name);
  if (unicodeNames === null) {
    unicodeNames = new Map([
      ["SPACE", 0x20],
      ["NO-BREAK SPACE", 0xa0],
      ["EM DASH", 0x2014],
      ["EN DASH", 0x2013],
      ["BULLET", 0x2022],
      ["HORIZONTAL ELLIPSIS", 0x2026],
      ["LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xab],
      ["RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xbb],
      ["NULL", 0],
      ["LINE FEED", 10],
      ["CARRIAGE RETURN", 13],
      ["CHARACTER TABULATION", 9],
      ["DEGREE SIGN", 0xb0],
      ["GREEK SMALL LETTER ALPHA", 0x3b1],
      ["GREEK SMALL LETTER BETA", 0x3b2],
      ["GREEK SMALL LETTER PI", 0x3c0],
      ["SNOWMAN", 0x2603],
      ["EURO SIGN", 0x20ac],
      ["LATIN SMALL LETTER E WITH ACUTE", 0xe9],
      ["REPLACEMENT CHARACTER", 0xfffd],
      ["ZERO WIDTH SPACE", 0x200b],
      ["ZERO WIDTH NO-BREAK SPACE", 0xfeff],
      ["BOX DRAWINGS LIGHT HORIZONTAL", 0x2500],
      ["BOX DRAWINGS LIGHT VERTICAL", 0x2502],
      ["INFINITY", 0x221e],
      ["MULTIPLICATION SIGN", 0xd7],
      ["CHECK MARK", 0x2713],
    ]);
  }
  return unicodeNames.get(name.toUpperCase());
}

export function decodeEscapes(
  body: string,
  isBytes: boolean,
  warn: ((msg: string, offsetInToken: number) => void) | null,
  baseOffset: number,
): string {
  if (body.indexOf("\\") < 0) return body;
  let out = "";
  let i = 0;
  const n = body.length;
  while (i < n) {
    const j = body.indexOf("\\", i);
    if (j < 0) {
      out += body.slice(i);
      break;
    }
    out += body.slice(i, j);
    i = j + 1;
    if (i >= n) {
      out += "\\";
      break;
    }
    const c = body[i];
    i++;
    switch (c) {
      case "\n":
        break;
      case "\r":
        if (body[i] === "\n") i++;
        break;
      case "\\":
        out += "\\";
        break;
      case "'":
        out += "'";
        break;
      case '"':
        out += '"';
        break;
      case "a":
        out += "\x07";
        break;
      case "b":
        out += "\b";
        break;
      case "f":
        out += "\f";
        break;
      case "n":
        out += "\n";
        break;
      case "r":
        out += "\r";
        break;
      case "t":
        out += "\t";
        break;
      case "v":
        out += "\v";
        break;
      case "0":
      case "1":
      case "2":
      case "3":
      case "4":
      case "5":
      case "6":
      case "7": {
        let k = i - 1;
        let v = 0;
        let count = 0;
        while (count < 3 && k < n && body[k] >= "0" && body[k] <= "7") {
          v = v * 8 + (body.charCodeAt(k) - 48);
          k++;
          count++;
        }
        if (v > 0o377 && warn) {
          const octal = body.slice(i - 1, k);
          warn(
            `"\\${octal}" is an invalid octal escape sequence. Such sequences will not work in the future. ` +
              `Did you mean "\\\\${octal}"? A raw string is also an option.`,
            baseOffset + j,
          );
        }
        i = k;
        out += isBytes ? String.fromCharCode(v & 0xff) : String.fromCharCode(v);
        break;
      }
      case "x": {
        const hex = body.slice(i, i + 2);
        if (!/^[0-9a-fA-F]{2}$/.test(hex)) {
          throw new LiteralError(
            `(${isBytes ? "value" : "unicode"} error) ${
              isBytes
                ? "invalid \\x escape at position " + j
                : `'unicodeescape' codec can't decode bytes in position ${j}-${
                  i - 1 + hex.replace(/[^0-9a-fA-F].*/, "").length
                }: truncated \\xXX escape`
            }`,
            baseOffset + j,
          );
        }
        out += String.fromCharCode(parseInt(hex, 16));
        i += 2;
        break;
      }
      case "u":
      case "U":
      case "N": {
        if (isBytes) {
          if (warn) warnInvalid(warn, c, baseOffset + j);
          out += "\\" + c;
          break;
        }
        if (c === "N") {
          const close = body[i] === "{" ? body.indexOf("}", i) : -1;
          const cp = close > i + 1 ? lookupUnicodeName(body.slice(i + 1, close)) : undefined;
          if (cp === undefined) {
            // the end of the reported range as CPython's unicode_escape decoder computes it
            const end = body[i] !== "{" ? i - 1 : close < 0 ? n - 1 : close === i + 1 ? close - 1 : close;
            throw new LiteralError(
              `(unicode error) 'unicodeescape' codec can't decode bytes in position ${j}-${end}: ${
                close > i + 1 ? "unknown Unicode character name" : "malformed \\N character escape"
              }`,
              baseOffset + j,
            );
          }
          out += String.fromCodePoint(cp);
          i = close + 1;
          break;
        }
        const len = c === "u" ? 4 : 8;
        const hex = body.slice(i, i + len);
        if (hex.length < len || !/^[0-9a-fA-F]+$/.test(hex)) {
          throw new LiteralError(
            `(unicode error) 'unicodeescape' codec can't decode bytes in position ${j}-${
              j + 1 + hex.replace(/[^0-9a-fA-F].*/, "").length
            }: truncated \\${c}${"X".repeat(len)} escape`,
            baseOffset + j,
          );
        }
        const cp = parseInt(hex, 16);
        if (cp > 0x10ffff) {
          throw new LiteralError(
            `(unicode error) 'unicodeescape' codec can't decode bytes in position ${j}-${
              j + 1 + len
            }: illegal Unicode character`,
            baseOffset + j,
          );
        }
        out += String.fromCodePoint(cp);
        i += len;
        break;
      }
      default:
        if (warn) warnInvalid(warn, c, baseOffset + j);
        out += "\\" + c;
    }
  }
  return out;
}

function warnInvalid(warn: (msg: string, off: number) => void, c: string, off: number) {
  warn(
    `"\\${c}" is an invalid escape sequence. Such sequences will not work in the future. Did you mean "\\\\${c}"? A raw string is also an option.`,
    off,
  );
}

export type { CompileWarning };
