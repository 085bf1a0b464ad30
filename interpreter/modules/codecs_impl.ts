// The codecs themselves, as plain TS over JS strings and byte arrays: UTF-8/16/32, UTF-7, ASCII,
// Latin-1, charmap, unicode_escape, raw_unicode_escape and the bytes escape codec. Decoders take a
// `final` flag and report how many bytes they consumed, as the incremental decoders need. Errors go
// through codecs_errors.ts (CPython's positions and reasons).
import {
  ByteBuf,
  codePointsOf,
  decodeError,
  encodeError,
  encodeErrorFor,
  nameHook,
} from "./codecs_errors.ts";
import { errorWithMessage, raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { None, typeOf, type W } from "../objects/model.ts";
import { newStr, PyStr } from "../objects/str.ts";
import { bytesLike, newBytes } from "../objects/bytes.ts";
import { PyError } from "../vm/errors.ts";
import { exceptionTypes } from "../objects/exceptions.ts";
import { getItem } from "../objects/operations.ts";
import { asInt } from "../objects/int.ts";
import { warnDeprecation } from "./ast/warn.ts";

export interface Decoded {
  s: string;
  consumed: number;
}

/** Encodes one code point into `out`; false (writing nothing) when the codec cannot encode it. */
type CharEncoder = (c: number, out: ByteBuf) => boolean;

/**
 * The shared encoder loop: runs of unencodable code points go to the error handler; a replacement
 * string must itself be encodable (only ASCII for the UTF codecs), else the original error is raised.
 */
function encodeWith(
  s: string,
  errors: string,
  encoding: string,
  reason: string,
  enc: CharEncoder,
  out: ByteBuf,
  asciiReplacementOnly = false,
  unitSize = 1,
): Uint8Array {
  const cps = codePointsOf(s);
  const scratch = new ByteBuf(16);
  let i = 0;
  while (i < cps.length) {
    if (enc(cps[i], out)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < cps.length && !enc(cps[j], scratch)) j++;
    scratch.n = 0;
    const fix = encodeError(errors, encoding, s, cps, i, j, reason);
    if (typeof fix.rep === "string") {
      for (const ch of fix.rep) {
        const c = ch.codePointAt(0)!;
        if ((asciiReplacementOnly && c >= 0x80) || !enc(c, out)) {
          throw encodeErrorFor(encoding, s, i, j, reason);
        }
      }
    } else {
      if (fix.rep.length % unitSize !== 0) throw encodeErrorFor(encoding, s, i, j, reason);
      out.pushAll(fix.rep);
    }
    i = fix.pos;
  }
  return out.result();
}

// ---------------------------------------------------------------- UTF-8

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const textEncoder = new TextEncoder();
const utf8Char: CharEncoder = (c, out) => {
  if (c < 0x80) out.push(c);
  else if (c < 0x800) out.push(0xc0 | (c >> 6)), out.push(0x80 | (c & 0x3f));
  else if (c < 0x10000) {
    if (c >= 0xd800 && c <= 0xdfff) return false;
    out.push(0xe0 | (c >> 12)), out.push(0x80 | ((c >> 6) & 0x3f)), out.push(0x80 | (c & 0x3f));
  } else {
    out.push(0xf0 | (c >> 18)), out.push(0x80 | ((c >> 12) & 0x3f));
    out.push(0x80 | ((c >> 6) & 0x3f)), out.push(0x80 | (c & 0x3f));
  }
  return true;
};
export function utf8Encode(s: string, errors: string): Uint8Array {
  if (!LONE_SURROGATE.test(s)) return textEncoder.encode(s);
  return encodeWith(s, errors, "utf-8", "surrogates not allowed", utf8Char, new ByteBuf(s.length * 3), true);
}

const fatalUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Bytes of a UTF-8 sequence started by lead byte c (0 = invalid start byte). */
function utf8Need(c: number): number {
  return c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
}
function utf8ContOk(lead: number, k: number, d: number): boolean {
  const lo = k === 1 && lead === 0xe0 ? 0xa0 : k === 1 && lead === 0xf0 ? 0x90 : 0x80;
  const hi = k === 1 && lead === 0xed ? 0x9f : k === 1 && lead === 0xf4 ? 0x8f : 0xbf;
  return d >= lo && d <= hi;
}
/** Where a trailing sequence that is valid so far but incomplete begins (b.length if none). */
function utf8IncompleteTail(b: Uint8Array): number {
  const n = b.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const p = n - back;
    const c = b[p];
    if ((c & 0xc0) === 0x80) continue;
    const need = utf8Need(c);
    if (need === 0 || need < back) return n;
    // a truncated surrogate ED A0..BF also waits for more input (surrogatepass may decode it), as CPython
    if (back === 2 && c === 0xed && b[p + 1] >= 0xa0 && b[p + 1] <= 0xbf) return p;
    for (let k = 1; k < back; k++) if (!utf8ContOk(c, k, b[p + k])) return n;
    return need >= back ? p : n;
  }
  return n;
}

export function utf8Decode(input: Uint8Array, errors: string, final: boolean, encoding = "utf-8"): Decoded {
  const end = final ? input.length : utf8IncompleteTail(input);
  const data = end === input.length ? input : input.subarray(0, end);
  try {
    return { s: fatalUtf8.decode(data), consumed: end };
  } catch { /* invalid somewhere: the careful loop below finds where */ }
  let out = "";
  let i = 0, b = input, n = end;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      let j = i + 1;
      while (j < n && b[j] < 0x80 && j - i < 8192) j++;
      out += String.fromCharCode.apply(null, b.subarray(i, j) as unknown as number[]);
      i = j;
      continue;
    }
    const need = utf8Need(c);
    if (need === 0) {
      const fix = decodeError(errors, encoding, b, i, i + 1, "invalid start byte");
      out += fix.rep;
      i = fix.pos;
      if (fix.input !== undefined) (b = fix.input), (n = b.length);
      continue;
    }
    let cp = c & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    let k = 1;
    for (; k <= need; k++) {
      if (i + k >= n) break;
      const d = b[i + k];
      if (!utf8ContOk(c, k, d)) break;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (k <= need) {
      const atEnd = i + k >= n;
      const fix = decodeError(
        errors,
        encoding,
        b,
        i,
        atEnd ? n : i + k,
        atEnd ? "unexpected end of data" : "invalid continuation byte",
      );
      out += fix.rep;
      i = fix.pos;
      if (fix.input !== undefined) (b = fix.input), (n = b.length);
      continue;
    }
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return { s: out, consumed: b === input ? end : n };
}

// ---------------------------------------------------------------- ASCII and Latin-1

const asciiChar: CharEncoder = (c, out) => c < 0x80 && (out.push(c), true);
const latin1Char: CharEncoder = (c, out) => c < 0x100 && (out.push(c), true);

export function asciiEncode(s: string, errors: string): Uint8Array {
  if (/^[\0-\x7f]*$/.test(s)) return textEncoder.encode(s);
  return encodeWith(s, errors, "ascii", "ordinal not in range(128)", asciiChar, new ByteBuf(s.length));
}
export function latin1Encode(s: string, errors: string): Uint8Array {
  if (/^[\0-\xff]*$/.test(s)) {
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  }
  return encodeWith(s, errors, "latin-1", "ordinal not in range(256)", latin1Char, new ByteBuf(s.length));
}
function latin1Chunk(b: Uint8Array, i: number, j: number): string {
  let s = "";
  for (; i < j; i += 8192) {
    s += String.fromCharCode.apply(null, b.subarray(i, Math.min(j, i + 8192)) as unknown as number[]);
  }
  return s;
}
export function latin1Decode(b: Uint8Array): string {
  return latin1Chunk(b, 0, b.length);
}
export function asciiDecode(input: Uint8Array, errors: string): string {
  let out = "";
  let i = 0, start = 0, b = input;
  while (i < b.length) {
    if (b[i] < 0x80) {
      i++;
      continue;
    }
    out += latin1Chunk(b, start, i);
    const fix = decodeError(errors, "ascii", b, i, i + 1, "ordinal not in range(128)");
    out += fix.rep;
    i = start = fix.pos;
    if (fix.input !== undefined) b = fix.input;
  }
  return out + latin1Chunk(b, start, b.length);
}

// ---------------------------------------------------------------- UTF-16 / UTF-32

/** byteorder: 0 = native with a BOM, -1 = little endian, 1 = big endian (CPython's convention). */
export function utf16Encode(s: string, errors: string, byteorder: number): Uint8Array {
  const little = byteorder <= 0;
  const out = new ByteBuf(s.length * 2 + 2);
  if (byteorder === 0) out.push(0xff), out.push(0xfe);
  const unit = (
    u: number,
  ) => (little ? (out.push(u & 0xff), out.push(u >> 8)) : (out.push(u >> 8), out.push(u & 0xff)));
  if (!LONE_SURROGATE.test(s)) {
    out.grow(s.length * 2);
    for (let i = 0; i < s.length; i++) unit(s.charCodeAt(i));
    return out.result();
  }
  const enc: CharEncoder = (c, o) => {
    if (c >= 0xd800 && c <= 0xdfff) return false;
    if (o !== out) return true;
    if (c >= 0x10000) {
      unit(0xd800 + ((c - 0x10000) >> 10));
      unit(0xdc00 + ((c - 0x10000) & 0x3ff));
    } else unit(c);
    return true;
  };
  const name = byteorder === 0 ? "utf-16" : byteorder < 0 ? "utf-16-le" : "utf-16-be";
  return encodeWith(s, errors, name, "surrogates not allowed", enc, out, true, 2);
}
export function utf32Encode(s: string, errors: string, byteorder: number): Uint8Array {
  const little = byteorder <= 0;
  const out = new ByteBuf(s.length * 4 + 4);
  const unit = (u: number) => {
    if (little) out.push(u & 0xff), out.push((u >> 8) & 0xff), out.push(u >> 16), out.push(0);
    else out.push(0), out.push(u >> 16), out.push((u >> 8) & 0xff), out.push(u & 0xff);
  };
  if (byteorder === 0) unit(0xfeff);
  const enc: CharEncoder = (c, o) => {
    if (c >= 0xd800 && c <= 0xdfff) return false;
    if (o === out) unit(c);
    return true;
  };
  const name = byteorder === 0 ? "utf-32" : byteorder < 0 ? "utf-32-le" : "utf-32-be";
  return encodeWith(s, errors, name, "surrogates not allowed", enc, out, true, 4);
}

export interface WideDecoded extends Decoded {
  byteorder: number;
}

/** UTF-16 decoding; byteorder 0 looks for a BOM (and reports the order found). */
export function utf16Decode(
  input: Uint8Array,
  errors: string,
  byteorder: number,
  final: boolean,
): WideDecoded {
  let i = 0, b = input, n = b.length;
  if (byteorder === 0 && n >= 2) {
    if (b[0] === 0xff && b[1] === 0xfe) (byteorder = -1), (i = 2);
    else if (b[0] === 0xfe && b[1] === 0xff) (byteorder = 1), (i = 2);
  }
  const little = byteorder <= 0;
  const name = little ? "utf-16-le" : "utf-16-be";
  const unitAt = (p: number) => (little ? b[p] | (b[p + 1] << 8) : (b[p] << 8) | b[p + 1]);
  const parts: string[] = [];
  let units: number[] = [];
  const flush = () => {
    if (units.length > 0) parts.push(String.fromCharCode.apply(null, units)), (units = []);
  };
  while (i < n) {
    if (i + 1 >= n) {
      if (!final) break;
      flush();
      const fix = decodeError(errors, name, b, i, n, "truncated data");
      parts.push(fix.rep);
      i = fix.pos;
      if (fix.input !== undefined) (b = fix.input), (n = b.length);
      continue;
    }
    const u = unitAt(i);
    if (u < 0xd800 || u > 0xdfff) {
      units.push(u);
      if (units.length >= 8192) flush();
      i += 2;
      continue;
    }
    let reason: string, end: number;
    if (u >= 0xdc00) (reason = "illegal encoding"), (end = i + 2);
    else if (i + 3 >= n) {
      if (!final) break;
      (reason = "unexpected end of data"), (end = n);
    } else {
      const u2 = unitAt(i + 2);
      if (u2 >= 0xdc00 && u2 <= 0xdfff) {
        units.push(u, u2);
        i += 4;
        continue;
      }
      (reason = "illegal UTF-16 surrogate"), (end = i + 2);
    }
    flush();
    const fix = decodeError(errors, name, b, i, end, reason);
    parts.push(fix.rep);
    i = fix.pos;
    if (fix.input !== undefined) (b = fix.input), (n = b.length);
  }
  flush();
  return { s: parts.join(""), consumed: i, byteorder };
}

export function utf32Decode(
  input: Uint8Array,
  errors: string,
  byteorder: number,
  final: boolean,
): WideDecoded {
  let i = 0, b = input, n = b.length;
  if (byteorder === 0 && n >= 4) {
    if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) (byteorder = -1), (i = 4);
    else if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) (byteorder = 1), (i = 4);
  }
  const little = byteorder <= 0;
  const name = little ? "utf-32-le" : "utf-32-be";
  let out = "";
  while (i < n) {
    if (i + 3 >= n) {
      if (!final) break;
      const fix = decodeError(errors, name, b, i, n, "truncated data");
      out += fix.rep;
      i = fix.pos;
      if (fix.input !== undefined) (b = fix.input), (n = b.length);
      continue;
    }
    const c = little
      ? (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0
      : ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0;
    if (c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) {
      const reason = c > 0x10ffff
        ? "code point not in range(0x110000)"
        : "code point in surrogate code point range(0xd800, 0xe000)";
      const fix = decodeError(errors, name, b, i, i + 4, reason);
      out += fix.rep;
      i = fix.pos;
      if (fix.input !== undefined) (b = fix.input), (n = b.length);
      continue;
    }
    out += String.fromCodePoint(c);
    i += 4;
  }
  return { s: out, consumed: i, byteorder };
}

// ---------------------------------------------------------------- UTF-7 (RFC 2152, as CPython)

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function fromB64(c: number): number {
  return c >= 65 && c <= 90
    ? c - 65
    : c >= 97 && c <= 122
    ? c - 71
    : c >= 48 && c <= 57
    ? c + 4
    : c === 43
    ? 62
    : c === 47
    ? 63
    : -1;
}
/** Set D, set O and whitespace go direct (CPython's default); '+', '\\', '~' and controls are shifted. */
function utf7Direct(c: number): boolean {
  if (c === 9 || c === 10 || c === 13) return true;
  return c >= 0x20 && c <= 0x7d && c !== 0x2b && c !== 0x5c;
}
export function utf7Encode(s: string): Uint8Array {
  const out = new ByteBuf(s.length * 2);
  let inShift = false, bits = 0, buf = 0;
  const unit = (u: number) => {
    buf = ((buf << 16) | u) & 0x3fffff;
    bits += 16;
    while (bits >= 6) {
      out.push(B64.charCodeAt((buf >> (bits - 6)) & 0x3f));
      bits -= 6;
    }
  };
  for (const c of codePointsOf(s)) {
    if (inShift) {
      if (utf7Direct(c)) {
        if (bits > 0) out.push(B64.charCodeAt((buf << (6 - bits)) & 0x3f));
        buf = bits = 0;
        inShift = false;
        if (fromB64(c) >= 0 || c === 0x2d) out.push(0x2d);
        out.push(c);
        continue;
      }
    } else if (c === 0x2b) {
      out.push(0x2b), out.push(0x2d);
      continue;
    } else if (utf7Direct(c)) {
      out.push(c);
      continue;
    } else {
      out.push(0x2b);
      inShift = true;
    }
    if (c >= 0x10000) {
      unit(0xd800 + ((c - 0x10000) >> 10));
      unit(0xdc00 + ((c - 0x10000) & 0x3ff));
    } else unit(c);
  }
  if (bits > 0) out.push(B64.charCodeAt((buf << (6 - bits)) & 0x3f));
  if (inShift) out.push(0x2d);
  return out.result();
}
export function utf7Decode(input: Uint8Array, errors: string, final: boolean): Decoded {
  let out = "";
  let inShift = false, bits = 0, buf = 0, surrogate = 0, startIn = 0, shiftOutStart = 0;
  let i = 0, b = input, n = b.length;
  const fail = (start: number, end: number, reason: string) => {
    const fix = decodeError(errors, "utf7", b, start, end, reason);
    out += fix.rep;
    i = fix.pos;
    if (fix.input !== undefined) (b = fix.input), (n = b.length);
  };
  // an outer round only when an error handler put more input in place at the end
  for (;;) {
    while (i < n) {
      const c = b[i];
      if (inShift) {
        const v = fromB64(c);
        if (v >= 0) {
          buf = (buf << 6) | v;
          bits += 6;
          i++;
          if (bits >= 16) {
            const u = (buf >> (bits - 16)) & 0xffff;
            bits -= 16;
            buf &= (1 << bits) - 1;
            if (surrogate) {
              if (u >= 0xdc00 && u <= 0xdfff) {
                out += String.fromCharCode(surrogate, u);
                surrogate = 0;
                continue;
              }
              out += String.fromCharCode(surrogate);
              surrogate = 0;
            }
            if (u >= 0xd800 && u <= 0xdbff) surrogate = u;
            else out += String.fromCharCode(u);
          }
          continue;
        }
        inShift = false;
        if (bits >= 6) {
          i++;
          fail(startIn, i, "partial character in shift sequence");
          continue;
        }
        if (bits > 0 && buf !== 0) {
          i++;
          fail(startIn, i, "non-zero padding bits in shift sequence");
          continue;
        }
        if (surrogate && c < 0x80) out += String.fromCharCode(surrogate);
        surrogate = 0;
        if (c === 0x2d) i++;
        continue;
      }
      if (c === 0x2b) {
        startIn = i;
        i++;
        if (i < n && b[i] === 0x2d) {
          i++;
          out += "+";
        } else if (i < n && fromB64(b[i]) < 0) {
          i++;
          fail(startIn, i, "ill-formed sequence");
        } else {
          inShift = true;
          surrogate = bits = buf = 0;
          shiftOutStart = out.length;
        }
        continue;
      }
      if (c < 0x80) {
        out += String.fromCharCode(c);
        i++;
        continue;
      }
      fail(i, i + 1, "unexpected special character");
    }
    if (inShift && final) {
      inShift = false;
      if (surrogate || bits >= 6 || (bits > 0 && buf !== 0)) {
        fail(startIn, n, "unterminated shift sequence");
        if (i < n) continue;
      }
    }
    break;
  }
  if (inShift) return { s: out.slice(0, shiftOutStart), consumed: startIn };
  return { s: out, consumed: i };
}

// ---------------------------------------------------------------- charmap

/** The result of charmap_build for a table CPython's EncodingMap can hold: code point → byte. */
export class EncodingMapData {
  constructor(readonly map: Map<number, number>, readonly size: number) {}
}
/**
 * charmap_build: an EncodingMap when the table is "simple" (starts with NUL, BMP only, few 2-level
 * blocks), else a plain {code point: byte} list of pairs for a dict, as PyUnicode_BuildEncodingMap.
 */
export function charmapBuild(table: string): EncodingMapData | [number, number][] {
  const cps = codePointsOf(table);
  let needDict = cps.length === 0 || cps[0] !== 0;
  const level1 = new Set<number>(), level2 = new Set<number>();
  for (let i = 1; i < cps.length && !needDict; i++) {
    const c = cps[i];
    if (c === 0 || c > 0xffff) needDict = true;
    else if (c !== 0xfffe) level1.add(c >> 11), level2.add(c >> 7);
  }
  if (needDict || level1.size >= 0xff || level2.size >= 0xff) {
    return Array.from(cps, (c, i) => [c, i] as [number, number]);
  }
  const m = new Map<number, number>();
  for (let i = 0; i < cps.length; i++) if (cps[i] !== 0xfffe) m.set(cps[i], i);
  // sizeof(struct encoding_map) on a 64-bit build is 60 bytes
  return new EncodingMapData(m, 60 + 16 * level1.size + 128 * level2.size - 1);
}

function isLookupError(e: unknown): boolean {
  return e instanceof PyError && typeOf(e.value).isSubtypeOf(exceptionTypes.LookupError);
}

export function charmapEncode(s: string, errors: string, mapping: W | EncodingMapData): Uint8Array {
  if (mapping === None) return latin1Encode(s, errors);
  let enc: CharEncoder;
  if (mapping instanceof EncodingMapData) {
    const m = mapping.map;
    enc = (c, out) => {
      const v = m.get(c);
      if (v === undefined) return false;
      out.push(v);
      return true;
    };
  } else {
    enc = (c, out) => {
      let v: W;
      try {
        v = getItem(mapping, c);
      } catch (e) {
        if (isLookupError(e)) return false;
        throw e;
      }
      if (v === None) return false;
      const iv = asInt(v);
      if (iv !== undefined && typeof v !== "object") {
        if (iv < 0 || iv > 255) raiseTypeError("character mapping must be in range(256)");
        out.push(Number(iv));
        return true;
      }
      const bl = bytesLike(v);
      if (bl !== undefined && typeOf(v).name === "bytes") {
        out.pushAll(bl);
        return true;
      }
      if (iv !== undefined) {
        if (iv < 0 || iv > 255) raiseTypeError("character mapping must be in range(256)");
        out.push(Number(iv));
        return true;
      }
      return raiseTypeError("character mapping must return integer, bytes or None, not " + typeOf(v).name);
    };
  }
  return encodeWith(s, errors, "charmap", "character maps to <undefined>", enc, new ByteBuf(s.length));
}

const tableCache = new WeakMap<PyStr, Uint32Array>();
export function charmapDecode(input: Uint8Array, errors: string, mapping: W): string {
  if (mapping === None) return latin1Decode(input);
  let out = "";
  let i = 0, b = input;
  if (mapping instanceof PyStr) {
    let table = tableCache.get(mapping);
    if (table === undefined) tableCache.set(mapping, table = codePointsOf(mapping.value));
    let n = b.length;
    while (i < n) {
      const c = b[i];
      if (c < table.length && table[c] !== 0xfffe) {
        const t = table[c];
        out += t < 0x10000 ? String.fromCharCode(t) : String.fromCodePoint(t);
        i++;
        continue;
      }
      const fix = decodeError(errors, "charmap", b, i, i + 1, "character maps to <undefined>");
      out += fix.rep;
      i = fix.pos;
      if (fix.input !== undefined) (b = fix.input), (n = b.length);
    }
    return out;
  }
  while (i < b.length) {
    let v: W | undefined;
    try {
      v = getItem(mapping, b[i]);
    } catch (e) {
      if (!isLookupError(e)) throw e;
      v = undefined;
    }
    if (v !== undefined && v !== None) {
      if (v instanceof PyStr) {
        if (v.value !== "\ufffe") {
          out += v.value;
          i++;
          continue;
        }
      } else {
        const iv = asInt(v);
        if (iv === undefined) raiseTypeError("character mapping must return integer, None or str");
        if (iv < 0 || iv > 0x10ffff) raiseTypeError("character mapping must be in range(0x110000)");
        if (iv !== 0xfffe) {
          out += String.fromCodePoint(Number(iv));
          i++;
          continue;
        }
      }
    }
    const fix = decodeError(errors, "charmap", b, i, i + 1, "character maps to <undefined>");
    out += fix.rep;
    i = fix.pos;
    if (fix.input !== undefined) b = fix.input;
  }
  return out;
}

// ---------------------------------------------------------------- unicode_escape / raw_unicode_escape

export function unicodeEscapeEncode(s: string): Uint8Array {
  const out = new ByteBuf(s.length + 8);
  for (const c of codePointsOf(s)) {
    if (c === 0x5c) out.push(0x5c), out.push(0x5c);
    else if (c === 9) out.pushAscii("\\t");
    else if (c === 10) out.pushAscii("\\n");
    else if (c === 13) out.pushAscii("\\r");
    else if (c >= 0x20 && c < 0x7f) out.push(c);
    else out.pushAscii(escapeCode(c));
  }
  return out.result();
}
function escapeCode(c: number): string {
  return c < 0x100
    ? "\\x" + c.toString(16).padStart(2, "0")
    : c < 0x10000
    ? "\\u" + c.toString(16).padStart(4, "0")
    : "\\U" + c.toString(16).padStart(8, "0");
}
export function rawUnicodeEscapeEncode(s: string): Uint8Array {
  const out = new ByteBuf(s.length + 8);
  for (const c of codePointsOf(s)) {
    if (c < 0x100) out.push(c);
    else out.pushAscii(escapeCode(c));
  }
  return out.result();
}

function hexDigits(b: Uint8Array, i: number, count: number): number {
  let v = 0;
  for (let k = 0; k < count; k++) {
    if (i + k >= b.length) return -1;
    const c = b[i + k];
    const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}
function countHex(b: Uint8Array, i: number, max: number): number {
  let k = 0;
  while (k < max && i + k < b.length && hexDigits(b, i + k, 1) >= 0) k++;
  return k;
}

/** Filled by unicodedata.ts: code point for a character name (\N{...}), or undefined. */
export const lookupHook = { codeOf: (_name: string): number | undefined => undefined };

const SIMPLE_ESCAPES: Record<number, string> = {
  0x0a: "",
  0x5c: "\\",
  0x27: "'",
  0x22: '"',
  0x62: "\b",
  0x66: "\f",
  0x74: "\t",
  0x6e: "\n",
  0x72: "\r",
  0x76: "\v",
  0x61: "\x07",
};

/** CPython 3.12+ warns (once per call) about the first invalid escape a decoder met. */
function warnInvalidEscape(first: string | null, prefix: string): void {
  if (first === null) return;
  const octal = first.length === 4 && /^\\[0-7]{3}$/.test(first);
  warnDeprecation(
    `${prefix}"${first}" is an invalid ${octal ? "octal " : ""}escape sequence. ` +
      "Such sequences will not work in the future. ",
  );
}

export function unicodeEscapeDecode(b: Uint8Array, errors: string, final: boolean): Decoded {
  const r = unicodeEscapeDecodeInner(b, errors, final);
  warnInvalidEscape(firstInvalid, "");
  return r;
}
let firstInvalid: string | null = null;
function unicodeEscapeDecodeInner(input: Uint8Array, errors: string, final: boolean): Decoded {
  firstInvalid = null;
  let out = "";
  let i = 0, b = input, n = b.length;
  while (i < n) {
    const c = b[i];
    if (c !== 0x5c) {
      let j = i + 1;
      while (j < n && b[j] !== 0x5c) j++;
      out += latin1Chunk(b, i, j);
      i = j;
      continue;
    }
    const start = i;
    if (i + 1 >= n) {
      if (!final) return { s: out, consumed: start };
      const fix = decodeError(errors, "unicodeescape", b, start, n, "\\ at end of string");
      out += fix.rep;
      i = fix.pos;
      if (fix.input !== undefined) (b = fix.input), (n = b.length);
      continue;
    }
    const e = b[i + 1];
    i += 2;
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      out += simple;
      continue;
    }
    if (e >= 0x30 && e <= 0x37) {
      let v = e - 0x30;
      for (let k = 0; k < 2 && i < n && b[i] >= 0x30 && b[i] <= 0x37; k++) v = v * 8 + b[i++] - 0x30;
      if (v > 0o377 && firstInvalid === null) firstInvalid = "\\" + v.toString(8);
      out += String.fromCodePoint(v);
      continue;
    }
    if (e === 0x78 || e === 0x75 || e === 0x55) {
      const count = e === 0x78 ? 2 : e === 0x75 ? 4 : 8;
      const have = countHex(b, i, count);
      if (have < count) {
        if (!final && i + have >= n) return { s: out, consumed: start };
        const what = e === 0x78 ? "\\xXX" : e === 0x75 ? "\\uXXXX" : "\\UXXXXXXXX";
        const fix = decodeError(errors, "unicodeescape", b, start, i + have, `truncated ${what} escape`);
        out += fix.rep;
        i = fix.pos;
        if (fix.input !== undefined) (b = fix.input), (n = b.length);
        continue;
      }
      const v = hexDigits(b, i, count);
      if (v > 0x10ffff) {
        const fix = decodeError(errors, "unicodeescape", b, start, i + count, "illegal Unicode character");
        out += fix.rep;
        i = fix.pos;
        if (fix.input !== undefined) (b = fix.input), (n = b.length);
        continue;
      }
      out += String.fromCodePoint(v);
      i += count;
      continue;
    }
    if (e === 0x4e) {
      // \N{name}
      let j = i;
      if (j < n && b[j] === 0x7b) {
        j++;
        while (j < n && b[j] !== 0x7d) j++;
        if (j < n && j > i + 1) {
          const name = latin1Chunk(b, i + 1, j);
          const code = lookupHook.codeOf(name);
          if (code !== undefined) {
            out += String.fromCodePoint(code);
            i = j + 1;
            continue;
          }
          const fix = decodeError(errors, "unicodeescape", b, start, j + 1, "unknown Unicode character name");
          out += fix.rep;
          i = fix.pos;
          if (fix.input !== undefined) (b = fix.input), (n = b.length);
          continue;
        }
        if (j >= n && !final) return { s: out, consumed: start };
      } else if (j >= n && !final) return { s: out, consumed: start };
      const fix = decodeError(
        errors,
        "unicodeescape",
        b,
        start,
        j < n && b[j] === 0x7d ? j + 1 : j,
        "malformed \\N character escape",
      );
      out += fix.rep;
      i = fix.pos;
      if (fix.input !== undefined) (b = fix.input), (n = b.length);
      continue;
    }
    // an unrecognised escape stays as it is, with a DeprecationWarning
    if (firstInvalid === null) firstInvalid = "\\" + String.fromCharCode(e);
    out += "\\" + String.fromCharCode(e);
  }
  return { s: out, consumed: i };
}

export function rawUnicodeEscapeDecode(input: Uint8Array, errors: string, final: boolean): Decoded {
  let out = "";
  let i = 0, b = input, n = b.length;
  while (i < n) {
    const c = b[i];
    if (c !== 0x5c) {
      let j = i + 1;
      while (j < n && b[j] !== 0x5c) j++;
      out += latin1Chunk(b, i, j);
      i = j;
      continue;
    }
    // a run of backslashes: only an odd count escapes what follows
    let j = i;
    while (j < n && b[j] === 0x5c) j++;
    const run = j - i;
    if (run % 2 === 0 || j >= n || (b[j] !== 0x75 && b[j] !== 0x55)) {
      if (run % 2 === 1 && j >= n && !final) {
        out += "\\".repeat(run - 1);
        return { s: out, consumed: j - 1 };
      }
      out += "\\".repeat(run);
      i = j;
      continue;
    }
    out += "\\".repeat(run - 1);
    const start = j - 1;
    const count = b[j] === 0x75 ? 4 : 8;
    const have = countHex(b, j + 1, count);
    if (have < count) {
      if (!final && j + 1 + have >= n) return { s: out, consumed: start };
      const fix = decodeError(
        errors,
        "rawunicodeescape",
        b,
        start,
        j + 1 + have,
        count === 4 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape",
      );
      out += fix.rep;
      i = fix.pos;
      if (fix.input !== undefined) (b = fix.input), (n = b.length);
      continue;
    }
    const v = hexDigits(b, j + 1, count);
    if (v > 0x10ffff) {
      const fix = decodeError(
        errors,
        "rawunicodeescape",
        b,
        start,
        j + 1 + count,
        "\\Uxxxxxxxx out of range",
      );
      out += fix.rep;
      i = fix.pos;
      if (fix.input !== undefined) (b = fix.input), (n = b.length);
      continue;
    }
    out += String.fromCodePoint(v);
    i = j + 1 + count;
  }
  return { s: out, consumed: i };
}

// ---------------------------------------------------------------- escape_encode / escape_decode (bytes)

export function escapeEncode(b: Uint8Array): Uint8Array {
  const out = new ByteBuf(b.length + 8);
  for (const c of b) {
    if (c === 0x5c || c === 0x27) out.push(0x5c), out.push(c);
    else if (c === 9) out.pushAscii("\\t");
    else if (c === 10) out.pushAscii("\\n");
    else if (c === 13) out.pushAscii("\\r");
    else if (c < 0x20 || c >= 0x7f) out.pushAscii("\\x" + c.toString(16).padStart(2, "0"));
    else out.push(c);
  }
  return out.result();
}
export function escapeDecode(b: Uint8Array, errors: string): Uint8Array {
  firstInvalid = null;
  const r = escapeDecodeInner(b, errors);
  warnInvalidEscape(firstInvalid, "b");
  return r;
}
function escapeDecodeInner(b: Uint8Array, errors: string): Uint8Array {
  const out = new ByteBuf(b.length);
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i++];
    if (c !== 0x5c) {
      out.push(c);
      continue;
    }
    if (i >= n) raiseValueError("Trailing \\ in string");
    const e = b[i++];
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      if (simple !== "") out.push(simple.charCodeAt(0));
      continue;
    }
    if (e >= 0x30 && e <= 0x37) {
      let v = e - 0x30;
      for (let k = 0; k < 2 && i < n && b[i] >= 0x30 && b[i] <= 0x37; k++) v = v * 8 + b[i++] - 0x30;
      if (v > 0o377 && firstInvalid === null) firstInvalid = "\\" + v.toString(8);
      out.push(v & 0xff);
      continue;
    }
    if (e === 0x78) {
      const v = hexDigits(b, i, 2);
      if (v >= 0) {
        out.push(v);
        i += 2;
        continue;
      }
      if (errors === "strict") raiseValueError(`invalid \\x escape at position ${i - 2}`);
      if (errors === "replace") out.push(0x3f);
      else if (errors !== "ignore") {
        raiseValueError(`decoding error; unknown error handling code: ${errors}`);
      }
      i += countHex(b, i, 2);
      continue;
    }
    if (firstInvalid === null) firstInvalid = "\\" + String.fromCharCode(e);
    out.push(0x5c);
    i--;
  }
  return out.result();
}

// ---------------------------------------------------------------- names for the module layer

export function unknownEncoding(encoding: string): PyError {
  return errorWithMessage("LookupError", `unknown encoding: ${encoding}`);
}
export { nameHook, newBytes, newStr };
