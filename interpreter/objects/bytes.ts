// bytes and bytearray: one method table over Uint8Array for both (bytearray adds mutation), with
// CPython's reprs, search/split/strip semantics, hex/fromhex, decode (utf-8, ascii, latin-1 with the
// common error handlers) and the constructor's forms (int size, iterable of ints, str + encoding,
// buffer, __bytes__).
import { searchBackward, searchForward } from "./strsearch.ts";
import { builtinNamed, clampIndex, ssizeState } from "./iterstate.ts";
import {
  AttrMap,
  builtinType,
  bytesType,
  call,
  callBound,
  defineMethods,
  defineNativeIterator,
  getAttrOrUndefined,
  type MethodSpec,
  newBool,
  None,
  NotImplemented,
  PyBool,
  PyInstance,
  PyNativeIterator,
  PyObject,
  PyType,
  STOP_ITEM,
  TypeFlags,
  typeOf,
  type W,
} from "./model.ts";
import {
  errorWithMessage,
  exceptionType,
  newError,
  PyError,
  raiseTypeError,
  raiseValueError,
} from "../vm/errors.ts";
import { checkEncodingErrors, intArg, newStr, PyStr, ssize, strHooks } from "./str.ts";
import { encodeString } from "./str.ts";
import { hashBuffer, joinHash, sipHi } from "./strhash.ts";
import { isIndex, newTuple, PyTuple, reflected, repeatCount } from "./tuple.ts";
import { newList } from "./list.ts";
import { indexValue, PySlice, sliceIndices } from "./slice.ts";
import { iter, next, sequenceInplaceSlots } from "./operations.ts";
import { exceptionTypes, newException } from "./exceptions.ts";
import {
  checkResizable,
  contiguousBytes,
  nativeBufferMethod,
  nativeReleaseBufferMethod,
  PyBufferExporter,
  PyMemoryView,
  pythonBufferBytes,
} from "./memoryview.ts";
export { memoryviewType, PyBufferExporter, PyMemoryView } from "./memoryview.ts";
import { bytesHooks } from "./int.ts";
import { type BytesFormatting, percentFormat } from "./formatting.ts";

export class PyBytes extends PyObject {
  declare value: Uint8Array;
  /** The cached hash (-1: not computed; a hash is never -1). */
  declare hashValue: number | bigint;
  constructor(value: Uint8Array, cls: PyType = bytesType) {
    super();
    this.cls = cls;
    this.value = value;
    this.hashValue = -1;
  }
}
export const bytearrayType: PyType = builtinType("bytearray");

/** bytearray: a growable buffer (`data` holds `length` live bytes). */
export class PyByteArray extends PyInstance {
  declare data: Uint8Array;
  declare length: number;
  /** Buffer exports held by memoryviews (memoryview.ts): no resizing meanwhile. */
  declare exports: number;
  constructor(cls: PyType = bytearrayType, init?: Uint8Array) {
    super(cls);
    this.data = init !== undefined ? init.slice() : new Uint8Array(0);
    this.length = this.data.length;
    this.exports = 0;
  }
  get value(): Uint8Array {
    return this.data.subarray(0, this.length);
  }
  set(bytes: Uint8Array): void {
    if (bytes.length !== this.length) checkResizable(this.exports);
    this.data = bytes.slice();
    this.length = bytes.length;
  }
}

const emptyBytes = new PyBytes(new Uint8Array(0));

function appendBytes(ba: PyByteArray, src: Uint8Array): void {
  const out = new Uint8Array(ba.length + src.length);
  out.set(ba.value);
  out.set(src, ba.length);
  ba.set(out);
}
export function newBytes(u8: Uint8Array): PyBytes {
  return u8.length === 0 ? emptyBytes : new PyBytes(u8);
}
export function newByteArray(u8: Uint8Array): PyByteArray {
  return new PyByteArray(bytearrayType, u8);
}
bytesType.factory = (cls) => new PyBytesSub(cls, new Uint8Array(0));
bytearrayType.factory = (cls) => new PyByteArray(cls);

/**
 * The bytes of any bytes-like object (bytes, bytearray, memoryview, buffer exporters, Python classes with
 * __buffer__), undefined otherwise.
 */
export function bytesLike(w: W): Uint8Array | undefined {
  if (w instanceof PyBytes) return w.value;
  if (w instanceof PyByteArray) return w.value;
  if (w instanceof PyMemoryView) return w.view();
  if (w instanceof PyBufferExporter) return w.exportBytes();
  return w instanceof PyInstance ? pythonBufferBytes(w) : undefined;
}
function needBytes(w: W, what = "a bytes-like object is required"): Uint8Array {
  const b = bytesLike(w);
  if (b === undefined) raiseTypeError(`${what}, not '${typeOf(w).name}'`);
  return b;
}

export function bytesRepr(b: Uint8Array, prefix = "b", alwaysEscapeSingle = false): string {
  let hasSingle = false, hasDouble = false;
  for (const c of b) {
    if (c === 39) hasSingle = true;
    else if (c === 34) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = prefix + quote;
  for (const c of b) {
    if (c === 39 && (quote === "'" || alwaysEscapeSingle)) out += "\\'";
    else if (c === 92) out += "\\\\";
    else if (c === 9) out += "\\t";
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c < 32 || c >= 127) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += String.fromCharCode(c);
  }
  return out + quote;
}

// ---------------------------------------------------------------- codecs

function normEncoding(e: string): string {
  return e.toLowerCase().replace(/[-_ ]/g, "");
}
function decodeError(enc: string, obj: Uint8Array, start: number, end: number, reason: string): PyError {
  const e = newException(exceptionTypes.UnicodeDecodeError, [
    newStr(enc),
    newBytes(obj),
    start,
    end,
    newStr(reason),
  ]);
  e.setAttr("encoding", newStr(enc));
  e.setAttr("object", newBytes(obj));
  e.setAttr("start", start);
  e.setAttr("end", end);
  e.setAttr("reason", newStr(reason));
  return new PyError(e);
}

function handleDecodeError(
  errors: string,
  enc: string,
  b: Uint8Array,
  i: number,
  end: number,
  reason: string,
): string {
  switch (errors) {
    case "strict":
      throw decodeError(enc, b, i, end, reason);
    case "ignore":
      return "";
    case "replace":
      return "\ufffd";
    case "backslashreplace": {
      let s = "";
      for (let k = i; k < end; k++) s += "\\x" + b[k].toString(16).padStart(2, "0");
      return s;
    }
    case "surrogateescape": {
      let s = "";
      for (let k = i; k < end; k++) s += String.fromCharCode(0xdc00 + b[k]);
      return s;
    }
    default:
      throw errorWithMessage("LookupError", `unknown error handler name '${errors}'`);
  }
}

/** UTF-8 decoding with CPython's error positions and reasons. */
function decodeUtf8(b: Uint8Array, errors: string): string {
  let out = "";
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      let j = i;
      while (j < n && b[j] < 0x80) j++;
      out += String.fromCharCode(...b.subarray(i, Math.min(j, i + 8192)));
      i = Math.min(j, i + 8192);
      continue;
    }
    let need = 0, cp = 0, min = 0;
    if (c >= 0xc2 && c <= 0xdf) [need, cp, min] = [1, c & 0x1f, 0x80];
    else if (c >= 0xe0 && c <= 0xef) [need, cp, min] = [2, c & 0x0f, 0x800];
    else if (c >= 0xf0 && c <= 0xf4) [need, cp, min] = [3, c & 0x07, 0x10000];
    else {
      out += handleDecodeError(errors, "utf-8", b, i, i + 1, "invalid start byte");
      i++;
      continue;
    }
    let k = 1;
    let bad = false;
    for (; k <= need; k++) {
      if (i + k >= n) {
        out += handleDecodeError(errors, "utf-8", b, i, n, "unexpected end of data");
        i = n;
        bad = true;
        break;
      }
      const d = b[i + k];
      // second-byte ranges that CPython treats as invalid continuation
      const lo = k === 1 && c === 0xe0 ? 0xa0 : k === 1 && c === 0xf0 ? 0x90 : 0x80;
      const hi = k === 1 && c === 0xed ? 0x9f : k === 1 && c === 0xf4 ? 0x8f : 0xbf;
      if (d < lo || d > hi) {
        out += handleDecodeError(errors, "utf-8", b, i, i + k, "invalid continuation byte");
        i += k;
        bad = true;
        break;
      }
      cp = (cp << 6) | (d & 0x3f);
    }
    if (bad) continue;
    void min;
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

/** Error handlers handleDecodeError implements; others go through the codec registry. */
const INLINE_DECODE_ERRORS = new Set(["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]);

export function decodeBytes(b: Uint8Array, encoding: string, errors: string): string {
  const enc = normEncoding(encoding);
  if (
    strHooks.decodeOther !== null &&
    !(INLINE_DECODE_ERRORS.has(errors) &&
      (enc === "utf8" || enc === "latin1" || enc === "iso88591" || enc === "ascii" || enc === "usascii"))
  ) {
    return strHooks.decodeOther(b, encoding, errors);
  }
  if (enc === "utf8") return decodeUtf8(b, errors);
  if (enc === "latin1" || enc === "iso88591" || enc === "l1") {
    let s = "";
    for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
    return s;
  }
  if (enc === "ascii" || enc === "usascii") {
    let s = "";
    for (let i = 0; i < b.length; i++) {
      if (b[i] < 128) s += String.fromCharCode(b[i]);
      else s += handleDecodeError(errors, "ascii", b, i, i + 1, "ordinal not in range(128)");
    }
    return s;
  }
  const wide = /^utf(16|32)(le|be)?$/.exec(enc);
  if (wide !== null) {
    const size = wide[1] === "32" ? 4 : 2;
    let little = wide[2] !== "be";
    let start = 0;
    const dv = new DataView(b.buffer, b.byteOffset, b.length);
    if (wide[2] === undefined && b.length >= size) {
      if ((size === 2 ? dv.getUint16(0, true) : dv.getUint32(0, true)) === 0xfeff) start = size;
      else if ((size === 2 ? dv.getUint16(0, false) : dv.getUint32(0, false)) === 0xfeff) {
        start = size;
        little = false;
      }
    }
    let s = "";
    let i = start;
    for (; i + size <= b.length; i += size) {
      const u = size === 2 ? dv.getUint16(i, little) : dv.getUint32(i, little);
      s += size === 2 ? String.fromCharCode(u) : String.fromCodePoint(u);
    }
    if (i < b.length) {
      s += handleDecodeError(
        errors,
        `utf-${wide[1]}${wide[2] ? "-" + wide[2] : ""}`,
        b,
        i,
        b.length,
        "truncated data",
      );
    }
    return s;
  }
  throw errorWithMessage("LookupError", `unknown encoding: ${encoding}`);
}

/** UTF-16/UTF-32 encoding (with a little-endian BOM for the plain names, as CPython on x86). */
function encodeWide(s: string, enc: string): Uint8Array | undefined {
  const m = /^utf(16|32)(le|be)?$/.exec(enc);
  if (m === null) return undefined;
  const wide = m[1] === "32", be = m[2] === "be", bom = m[2] === undefined;
  const units: number[] = [];
  if (wide) { for (const ch of s) units.push(ch.codePointAt(0)!); }
  else for (let i = 0; i < s.length; i++) units.push(s.charCodeAt(i));
  const size = wide ? 4 : 2;
  const out = new Uint8Array((units.length + (bom ? 1 : 0)) * size);
  const dv = new DataView(out.buffer);
  let off = 0;
  if (bom) {
    if (wide) dv.setUint32(0, 0xfeff, true);
    else dv.setUint16(0, 0xfeff, true);
    off = size;
  }
  for (const u of units) {
    if (wide) dv.setUint32(off, u, !be);
    else dv.setUint16(off, u, !be);
    off += size;
  }
  return out;
}
strHooks.encodeOther = (s, encoding) => {
  const b = encodeWide(s, normEncoding(encoding));
  return b === undefined ? undefined : newBytes(b);
};
strHooks.makeBytes = (u8) => newBytes(u8);
strHooks.decode = (obj, encoding, errors) => {
  const b = needBytes(obj, "decoding to str: need a bytes-like object");
  return b.length === 0 ? "" : decodeBytes(b, encoding, errors);
};

// ---------------------------------------------------------------- construction

/** The ints of an iterable as bytes; `what` names the range error ("bytes" for bytes(), "byte" otherwise). */
function fromIterableOfInts(w: W, what = "byte"): Uint8Array {
  const out: number[] = [];
  const it = iter(w);
  for (;;) {
    const x = next(it);
    if (x === STOP_ITEM) break;
    out.push(byteValue(x, what));
  }
  return Uint8Array.from(out);
}
/** _getbytevalue: an int (through __index__) in range(256). */
function byteValue(x: W, what = "byte"): number {
  let v: W = x;
  if (typeof v === "object") {
    if (v instanceof PyBool) return v.value ? 1 : 0;
    const idx = typeOf(v).lookup("__index__");
    if (idx === undefined) raiseTypeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
    v = callBound(idx, v, []);
    if (v instanceof PyBool) return v.value ? 1 : 0;
    if (typeof v === "object") raiseTypeError(`__index__ returned non-int (type ${typeOf(v).name})`);
  }
  if (typeof v === "bigint" || v < 0 || v > 255) raiseValueError(`${what} must be in range(0, 256)`);
  return v as number;
}

/** The str arguments of bytes()/bytearray() (encoding, errors). */
function encodingArgs(fname: string, encoding: W | undefined, errors: W | undefined): void {
  if (encoding !== undefined && !(encoding instanceof PyStr)) {
    raiseTypeError(`${fname}() argument 'encoding' must be str, not ${typeOf(encoding).name}`);
  }
  if (errors !== undefined && !(errors instanceof PyStr)) {
    raiseTypeError(`${fname}() argument 'errors' must be str, not ${typeOf(errors).name}`);
  }
}
function withoutString(encoding: W | undefined): never {
  return raiseTypeError(
    encoding !== undefined ? "encoding without a string argument" : "errors without a string argument",
  );
}
/** str.encode(encoding, errors) for bytes(str, ...) and bytearray(str, ...). */
function encodeArg(src: PyStr, encoding: W, errors: W | undefined): Uint8Array {
  const enc = (encoding as PyStr).value, err = errors === undefined ? "strict" : (errors as PyStr).value;
  checkEncodingErrors(enc, errors === undefined ? undefined : err);
  // the core's codecs with the strict handler; everything else through the codec registry (_codecs)
  const b = err === "strict" ? encodeString(src.value, enc, err) : undefined;
  if (b !== undefined) return b;
  const other = strHooks.encodeOther(src.value, enc, err);
  if (other === undefined) throw errorWithMessage("LookupError", `unknown encoding: ${enc}`);
  return bytesLike(other)!;
}
/** A count argument of bytes(n)/bytearray(n): undefined when __index__ raised TypeError (then: an iterable). */
function countArg(src: W): number | undefined {
  if (typeof src === "number") {
    if (src < 0) raiseValueError("negative count");
    return src;
  }
  let n: number;
  try {
    n = ssize(src, "OverflowError");
  } catch (e) {
    if (e instanceof PyError && e.matches(exceptionTypes.TypeError)) return undefined;
    throw e;
  }
  if (n < 0) raiseValueError("negative count");
  return n;
}

/** bytes(source, encoding, errors) as CPython's bytes_new_impl; an exact-bytes __bytes__ result is returned as is. */
function bytesNew(cls: PyType, a: W[]): W {
  const [src, encoding, errors] = [a[1], a[2], a[3]];
  encodingArgs("bytes", encoding, errors);
  let u8: Uint8Array;
  if (src === undefined) {
    if (encoding !== undefined || errors !== undefined) withoutString(encoding);
    u8 = new Uint8Array(0);
  } else if (encoding !== undefined) {
    if (!(src instanceof PyStr)) withoutString(encoding);
    u8 = encodeArg(src, encoding, errors);
  } else if (errors !== undefined) {
    return raiseTypeError(
      src instanceof PyStr ? "string argument without an encoding" : "errors without a string argument",
    );
  } else {
    const conv = typeOf(src).lookup("__bytes__");
    if (conv !== undefined) {
      const r = callBound(conv, src, []);
      if (!(r instanceof PyBytes)) raiseTypeError(`__bytes__ returned non-bytes (type ${typeOf(r).name})`);
      if (cls === bytesType) return r;
      u8 = r.value;
    } else if (src instanceof PyStr) {
      return raiseTypeError("string argument without an encoding");
    } else {
      const n = isIndex(src) ? countArg(src) : undefined;
      u8 = n !== undefined ? new Uint8Array(n) : bytesFromObject(src);
    }
  }
  return cls === bytesType ? newBytes(u8) : new PyBytesSub(cls, u8);
}
/** PyBytes_FromObject: a buffer, or an iterable of ints (not a str). */
function bytesFromObject(src: W): Uint8Array {
  const direct = src instanceof PyMemoryView ? contiguousBytes(src) : bytesLike(src);
  if (direct !== undefined) return src instanceof PyBytes ? direct : direct.slice();
  if (!(src instanceof PyStr) && isIterable(src)) return fromIterableOfInts(src, "bytes");
  return raiseTypeError(`cannot convert '${typeOf(src).name}' object to bytes`);
}
function isIterable(w: W): boolean {
  const t = typeOf(w);
  const it = t.lookup("__iter__");
  return it !== undefined ? it !== None : t.lookup("__getitem__") !== undefined;
}
/**
 * bytearray.__init__(source, encoding, errors) as CPython's bytearray___init___impl. With `into`, the ints
 * of an iterable are appended to it one by one (the iterable may look at the array meanwhile) and the
 * result is null.
 */
function bytearrayInit(a: W[], into: PyByteArray | null = null): Uint8Array | null {
  const [src, encoding, errors] = [a[1], a[2], a[3]];
  encodingArgs("bytearray", encoding, errors);
  if (src === undefined) {
    if (encoding !== undefined || errors !== undefined) withoutString(encoding);
    return new Uint8Array(0);
  }
  if (src instanceof PyStr) {
    if (encoding === undefined) raiseTypeError("string argument without an encoding");
    return encodeArg(src, encoding, errors);
  }
  if (encoding !== undefined || errors !== undefined) withoutString(encoding);
  if (isIndex(src)) {
    const n = countArg(src);
    if (n !== undefined) return new Uint8Array(n);
  }
  const direct = src instanceof PyMemoryView ? contiguousBytes(src) : bytesLike(src);
  if (direct !== undefined) return direct.slice();
  if (!isIterable(src)) raiseTypeError(`cannot convert '${typeOf(src).name}' object to bytearray`);
  if (into === null) return fromIterableOfInts(src);
  const it = iter(src);
  for (let x = next(it); x !== STOP_ITEM; x = next(it)) appendByte(into, byteValue(x));
  return null;
}
function appendByte(ba: PyByteArray, c: number): void {
  checkResizable(ba.exports);
  if (ba.length >= ba.data.length) {
    const grown = new Uint8Array(Math.max(8, ba.data.length * 2));
    grown.set(ba.data.subarray(0, ba.length));
    ba.data = grown;
  }
  ba.data[ba.length++] = c;
}
/**
 * PyObject_Bytes for int.from_bytes: an exact bytes object as is, else __bytes__, a buffer, or an iterable
 * of ints (undefined for anything else, reported by the caller as "cannot convert").
 */
function bytesOfObject(w: W): Uint8Array | undefined {
  if (w instanceof PyBytes && w.cls === bytesType) return w.value;
  const conv = typeOf(w).lookup("__bytes__");
  if (conv !== undefined) {
    const r = callBound(conv, w, []);
    if (!(r instanceof PyBytes)) raiseTypeError(`__bytes__ returned non-bytes (type ${typeOf(r).name})`);
    return r.value;
  }
  const direct = bytesLike(w);
  if (direct !== undefined) return direct;
  if (w instanceof PyStr) return undefined;
  if (typeOf(w).lookup("__iter__") === undefined && typeOf(w).lookup("__getitem__") === undefined) {
    return undefined;
  }
  return fromIterableOfInts(w, "bytes");
}
// int.ts cannot import this file (it imports int.ts): int.to_bytes/from_bytes reach bytes through these.
bytesHooks.make = newBytes;
bytesHooks.read = bytesOfObject;
bytesHooks.bytesLike = bytesLike;
bytesHooks.isBytesOrByteArray = (w) => w instanceof PyBytes || w instanceof PyByteArray;

// ---------------------------------------------------------------- shared methods

const WS = new Set([32, 9, 10, 11, 12, 13]);
function isSpace(c: number): boolean {
  return WS.has(c);
}
function isAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function upperOf(c: number): number {
  return c >= 97 && c <= 122 ? c - 32 : c;
}
function lowerOf(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** First/last occurrence of needle inside hay[start:end] (linear time for long needles). */
function indexOf(hay: Uint8Array, needle: Uint8Array, start: number, end: number): number {
  return searchForward(hay, needle, start, end);
}
function lastIndexOf(hay: Uint8Array, needle: Uint8Array, start: number, end: number): number {
  return searchBackward(hay, needle, start, end);
}
/** start/end of find-like methods (_PyEval_SliceIndex: __index__, huge ints clamped; start may pass end). */
function bounds(len: number, s: W | undefined, e: W | undefined): [number, number] {
  let start = s === undefined || s === None ? 0 : typeof s === "number" ? s : indexValue(s);
  let end = e === undefined || e === None ? len : typeof e === "number" ? e : indexValue(e);
  if (start < 0) start = Math.max(0, start + len);
  if (end < 0) end = Math.max(0, end + len);
  if (end > len) end = len;
  return [start, end];
}
/**
 * conv(w) while a bytearray self is exported, so that Python code run by the conversion (__index__,
 * __buffer__) cannot resize it under the search (BufferError instead, as CPython since gh-142560).
 */
function guarded<T>(self: W, conv: (w: W) => T, w: W): T {
  if (!(self instanceof PyByteArray) || typeof w !== "object") return conv(w);
  self.exports++;
  try {
    return conv(w);
  } finally {
    self.exports--;
  }
}
function searchArg(self: W, w: W): Uint8Array {
  return guarded(self, subOf, w);
}
function subOf(w: W): Uint8Array {
  if (isIndex(w)) return Uint8Array.of(byteValue(w));
  return needBytes(w, "argument should be integer or bytes-like object");
}

function splitWhitespace(b: Uint8Array, maxsplit: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  let i = 0;
  const n = b.length;
  while (i < n) {
    while (i < n && isSpace(b[i])) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(b.slice(i, n));
      break;
    }
    const s = i;
    while (i < n && !isSpace(b[i])) i++;
    out.push(b.slice(s, i));
  }
  return out;
}
function rsplitWhitespace(b: Uint8Array, maxsplit: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  let i = b.length;
  while (i > 0) {
    while (i > 0 && isSpace(b[i - 1])) i--;
    if (i <= 0) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(b.slice(0, i));
      break;
    }
    const e = i;
    while (i > 0 && !isSpace(b[i - 1])) i--;
    out.push(b.slice(i, e));
  }
  return out.reverse();
}

/** The fill byte of center/ljust/rjust (Argument Clinic's `char`: a bytes or bytearray of length 1). */
function fillByte(w: W | undefined, fname: string): number {
  if (w === undefined) return 32;
  if (w instanceof PyBytes || w instanceof PyByteArray) {
    const b = w.value;
    if (b.length === 1) return b[0];
    raiseTypeError(
      `${fname}(): argument 2 must be a byte string of length 1, not a ${
        w instanceof PyBytes ? "bytes" : "bytearray"
      } object of length ${b.length}`,
    );
  }
  return raiseTypeError(`${fname}() argument 2 must be a byte string of length 1, not ${typeOf(w).name}`);
}
/** decode()'s str arguments. */
function strParam(w: W | undefined, fname: string, name: string, dflt: string): string {
  if (w === undefined) return dflt;
  if (w instanceof PyStr) return w.value;
  return raiseTypeError(`${fname}() argument '${name}' must be str, not ${typeOf(w).name}`);
}

const HEX_DIGITS = "0123456789abcdef";
/**
 * bytes.hex(sep, bytes_per_sep) as CPython's _Py_strhex_impl: one str or bytes separator of one ASCII
 * character, inserted every |bytes_per_sep| bytes counted from the right (positive) or the left (negative).
 */
function hexOf(self: W, sepArg: W | undefined, perArg: W | undefined): string {
  let sep = "";
  if (sepArg !== undefined) {
    const n = guarded(self, builtinLen, sepArg);
    if (n !== 1) raiseValueError("sep must be length 1.");
    if (sepArg instanceof PyStr) sep = sepArg.value;
    else if (sepArg instanceof PyBytes) sep = String.fromCharCode(sepArg.value[0]);
    else raiseTypeError("sep must be str or bytes.");
    if (sep.charCodeAt(0) > 127) raiseValueError("sep must be ASCII.");
  }
  let per = perArg === undefined ? 1 : cIntArg(perArg);
  if (sep === "" || per === 0) per = 0;
  const b = bytesLike(self)!;
  const n = Math.abs(per);
  let out = "";
  for (let i = 0; i < b.length; i++) {
    // separator before byte i: groups end at the right (per > 0) or start at the left (per < 0)
    if (n > 0 && i > 0 && (per > 0 ? (b.length - i) % n === 0 : i % n === 0)) out += sep;
    out += HEX_DIGITS[b[i] >> 4] + HEX_DIGITS[b[i] & 15];
  }
  return out;
}
/** A C int argument (PyLong_AsInt through __index__). */
function cIntArg(w: W): number {
  if (!isIndex(w)) raiseTypeError(`'${typeOf(w).name}' object cannot be interpreted as an integer`);
  const v = typeof w === "number" ? w : indexValue(w);
  if (v > 2147483647 || v < -2147483648) {
    throw errorWithMessage("OverflowError", "Python int too large to convert to C int");
  }
  return v;
}
function builtinLen(w: W): number {
  const fn = typeOf(w).lookup("__len__");
  if (fn === undefined) raiseTypeError(`object of type '${typeOf(w).name}' has no len()`);
  return intArg(callBound(fn, w, []));
}
/** bytes.fromhex: a str (ASCII only) or a bytes-like object; ASCII whitespace between byte pairs. */
function fromHex(w: W): Uint8Array {
  let src: Uint8Array;
  if (w instanceof PyStr) {
    const s = w.value;
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) >= 128) {
        raiseValueError(
          `non-hexadecimal number found in fromhex() arg at position ${[...s.slice(0, i)].length}`,
        );
      }
    }
    src = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) src[i] = s.charCodeAt(i);
  } else {
    const b = bytesLike(w);
    if (b === undefined) {
      raiseTypeError(`fromhex() argument must be str or bytes-like, not ${typeOf(w).name}`);
    }
    src = b;
  }
  const out = new Uint8Array(src.length >> 1);
  let n = 0, i = 0;
  while (i < src.length) {
    if (isSpace(src[i])) {
      i++;
      continue;
    }
    const top = hexDigit(src[i]);
    if (top < 0) raiseValueError(`non-hexadecimal number found in fromhex() arg at position ${i}`);
    if (i + 1 >= src.length) {
      raiseValueError("fromhex() arg must contain an even number of hexadecimal digits");
    }
    const bot = hexDigit(src[i + 1]);
    if (bot < 0) raiseValueError(`non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out[n++] = top * 16 + bot;
    i += 2;
  }
  return out.slice(0, n);
}
function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

function stripSet(chars: W | undefined): (c: number) => boolean {
  if (chars === undefined || chars === None) return isSpace;
  const set = new Set(needBytes(chars));
  return (c) => set.has(c);
}

/** b repeated n times (n < 0 as 0); a result past ssize_t is bytes' OverflowError, bytearray's MemoryError. */
function repeatBytes(b: Uint8Array, count: number, isBytes: boolean): Uint8Array {
  const n = Math.max(0, count);
  const total = b.length * n;
  if (total > 2 ** 63 - 1) {
    if (isBytes) throw errorWithMessage("OverflowError", "repeated bytes are too long");
    throw newError(exceptionType("MemoryError"), []);
  }
  const out = new Uint8Array(total);
  // one fill, or doubling copies: b"x" * 2**24 is not 2**24 set() calls
  if (b.length === 1) out.fill(b[0]);
  else if (total > 0) {
    out.set(b);
    for (let filled = b.length; filled < total;) {
      const k = Math.min(filled, total - filled);
      out.copyWithin(filled, 0, k);
      filled += k;
    }
  }
  return out;
}

function seqMethods(type: PyType, make: (u8: Uint8Array) => W): MethodSpec[] {
  const v = (a: W[]) => bytesLike(a[0])!;
  // sq_repeat: any __index__ count; otherwise the count's __rmul__ (for __mul__), then CPython's TypeError
  const repeat = (self: W, times: W, tryReflected: boolean): W => {
    const b = bytesLike(self)!;
    if (!isIndex(times)) {
      if (tryReflected) {
        const r = reflected(times, "__rmul__", make(b));
        if (r !== NotImplemented) return r;
      }
      raiseTypeError(`can't multiply sequence by non-int of type '${typeOf(times).name}'`);
    }
    const n = repeatCount(times);
    // an exact bytes object times one is itself, as in CPython
    if (n === 1 && self instanceof PyBytes && self.cls === bytesType) return self;
    const out = repeatBytes(b, n, type === bytesType);
    return make(out);
  };
  const list = (xs: Uint8Array[]) => newList(xs.map(make));
  return [
    { name: "__len__", arity: [0, 0], impl: (a) => v(a).length },
    {
      name: "__getitem__",
      arity: [1, 1],
      impl: (a) => {
        const b = v(a), k = a[1];
        if (k instanceof PySlice) {
          const [start, , step, count] = sliceIndices(k, b.length);
          if (step === 1) return make(b.slice(start, start + count));
          const out = new Uint8Array(count);
          for (let i = 0, j = start; i < count; i++, j += step) out[i] = b[j];
          return make(out);
        }
        if (!isIndex(k)) {
          raiseTypeError(
            `${type === bytesType ? "byte" : "bytearray"} indices must be integers or slices, not ${
              typeOf(k).name
            }`,
          );
        }
        let i = typeof k === "number" ? k : ssize(k, "IndexError");
        if (i < 0) i += b.length;
        if (i < 0 || i >= b.length) {
          throw errorWithMessage(
            "IndexError",
            `${type.name === "bytes" ? "index" : "bytearray index"} out of range`,
          );
        }
        return b[i];
      },
    },
    { name: "__iter__", arity: [0, 0], impl: (a) => new PyBytesIterator(a[0]) },
    {
      name: "__contains__",
      arity: [1, 1],
      impl: (a) => {
        if (isIndex(a[1])) {
          const c = guarded(a[0], byteValue, a[1]);
          return newBool(v(a).includes(c));
        }
        const sub = guarded(a[0], needBytes, a[1]), b = v(a);
        return newBool(indexOf(b, sub, 0, b.length) >= 0);
      },
    },
    {
      name: "__add__",
      arity: [1, 1],
      impl: (a) => {
        const o = bytesLike(a[1]);
        if (o === undefined) {
          if (getAttrOrUndefined(a[1], "__radd__") !== undefined && !(a[1] instanceof PyStr)) {
            return NotImplemented;
          }
          raiseTypeError(`can't concat ${typeOf(a[1]).name} to ${type.name}`);
        }
        const b = v(a);
        const out = new Uint8Array(b.length + o.length);
        out.set(b);
        out.set(o, b.length);
        return make(out);
      },
    },
    { name: "__mul__", arity: [1, 1], impl: (a) => repeat(a[0], a[1], true) },
    { name: "__rmul__", arity: [1, 1], impl: (a) => repeat(a[0], a[1], false) },
    ...(["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"] as const).map((op): MethodSpec => ({
      name: op,
      arity: [1, 1],
      impl: (a) => {
        const o = type !== bytesType ? bytesLike(a[1]) : a[1] instanceof PyBytes ? a[1].value : undefined;
        if (o === undefined) return NotImplemented;
        const c = compareBytes(v(a), o);
        const r = op === "__eq__"
          ? c === 0
          : op === "__ne__"
          ? c !== 0
          : op === "__lt__"
          ? c < 0
          : op === "__le__"
          ? c <= 0
          : op === "__gt__"
          ? c > 0
          : c >= 0;
        return newBool(r);
      },
    })),
    { name: "__repr__", arity: [0, 0], impl: (a) => newStr(reprOf(a[0])) },
    {
      name: "decode",
      arity: [0, 2],
      kw: ["encoding", "errors"],
      impl: (a) => {
        const encoding = strParam(a[1], "decode", "encoding", "utf-8");
        const errors = strParam(a[2], "decode", "errors", "strict");
        checkEncodingErrors(
          a[1] === undefined ? undefined : encoding,
          a[2] === undefined ? undefined : errors,
        );
        // PyUnicode_Decode: no codec is looked up for empty input
        const b = v(a);
        return newStr(b.length === 0 ? "" : decodeBytes(b, encoding, errors));
      },
    },
    {
      name: "hex",
      arity: [0, 2],
      kw: ["sep", "bytes_per_sep"],
      impl: (a) => newStr(hexOf(a[0], a[1], a[2])),
    },
    {
      name: "fromhex",
      arity: [1, 1],
      kind: "class",
      impl: (a) => {
        const u8 = fromHex(a[1]);
        return a[0] === type ? make(u8) : call(a[0], [make(u8)]);
      },
    },
    {
      name: "count",
      arity: [1, 3],
      impl: (a) => {
        const sub = searchArg(a[0], a[1]), b = v(a);
        const [s, e] = bounds(b.length, a[2], a[3]);
        if (sub.length === 0) return Math.max(0, e - s + 1);
        let n = 0;
        for (let i = indexOf(b, sub, s, e); i >= 0; i = indexOf(b, sub, i + sub.length, e)) n++;
        return n;
      },
    },
    ...(["find", "index", "rfind", "rindex"] as const).map((nm): MethodSpec => ({
      name: nm,
      arity: [1, 3],
      impl: (a) => {
        const sub = searchArg(a[0], a[1]), b = v(a);
        const [s, e] = bounds(b.length, a[2], a[3]);
        const r = nm[0] === "r" ? lastIndexOf(b, sub, s, e) : indexOf(b, sub, s, e);
        if (r < 0 && nm.endsWith("index")) raiseValueError(`subsection not found`);
        return r;
      },
    })),
    ...(["startswith", "endswith"] as const).map((nm): MethodSpec => ({
      name: nm,
      arity: [1, 3],
      impl: (a) => {
        const b = v(a);
        const [s, e] = bounds(b.length, a[2], a[3]);
        const tuple = a[1] instanceof PyTuple;
        const cands = tuple ? (a[1] as PyTuple).items : [a[1]];
        for (const c of cands) {
          const p = bytesLike(c);
          if (p === undefined) {
            raiseTypeError(
              tuple
                ? `a bytes-like object is required, not '${typeOf(c).name}'`
                : `${nm} first arg must be bytes or a tuple of bytes, not ${typeOf(c).name}`,
            );
          }
          if (e - s < p.length) continue;
          const at = nm === "startswith" ? s : e - p.length;
          let ok = true;
          for (let i = 0; i < p.length; i++) if (b[at + i] !== p[i]) ok = false;
          if (ok) return newBool(true);
        }
        return newBool(false);
      },
    })),
    {
      name: "join",
      arity: [1, 1],
      impl: (a) => {
        const sep = v(a);
        const parts: Uint8Array[] = [];
        const it = iter(a[1]);
        for (let i = 0;; i++) {
          const x = next(it);
          if (x === STOP_ITEM) break;
          const p = bytesLike(x);
          if (p === undefined) {
            raiseTypeError(`sequence item ${i}: expected a bytes-like object, ${typeOf(x).name} found`);
          }
          parts.push(p);
        }
        let total = 0;
        for (const p of parts) total += p.length;
        total += Math.max(0, parts.length - 1) * sep.length;
        const out = new Uint8Array(total);
        let off = 0;
        parts.forEach((p, i) => {
          if (i > 0) {
            out.set(sep, off);
            off += sep.length;
          }
          out.set(p, off);
          off += p.length;
        });
        return make(out);
      },
    },
    ...(["split", "rsplit"] as const).map((nm): MethodSpec => ({
      name: nm,
      arity: [0, 2],
      kw: ["sep", "maxsplit"],
      impl: (a) => {
        const max = a[2] === undefined ? -1 : intArg(a[2]);
        if (a[1] === undefined || a[1] === None) {
          const b = v(a);
          return list(nm === "split" ? splitWhitespace(b, max) : rsplitWhitespace(b, max));
        }
        const sep = guarded(a[0], needBytes, a[1]), b = v(a);
        if (sep.length === 0) raiseValueError("empty separator");
        const out: Uint8Array[] = [];
        if (nm === "split") {
          let s = 0;
          for (
            let i = indexOf(b, sep, 0, b.length);
            i >= 0 && (max < 0 || out.length < max);
            i = indexOf(b, sep, s, b.length)
          ) {
            out.push(b.slice(s, i));
            s = i + sep.length;
          }
          out.push(b.slice(s));
          return list(out);
        }
        let e = b.length;
        for (
          let i = lastIndexOf(b, sep, 0, e);
          i >= 0 && (max < 0 || out.length < max);
          i = lastIndexOf(b, sep, 0, e)
        ) {
          out.push(b.slice(i + sep.length, e));
          e = i;
        }
        out.push(b.slice(0, e));
        return list(out.reverse());
      },
    })),
    ...(["strip", "lstrip", "rstrip"] as const).map((nm): MethodSpec => ({
      name: nm,
      arity: [0, 1],
      impl: (a) => {
        const b = v(a), inSet = stripSet(a[1]);
        let s = 0, e = b.length;
        if (nm !== "rstrip") { while (s < e && inSet(b[s])) s++; }
        if (nm !== "lstrip") { while (e > s && inSet(b[e - 1])) e--; }
        return make(b.slice(s, e));
      },
    })),
    {
      name: "replace",
      arity: [2, 3],
      impl: (a) => {
        const old = needBytes(a[1]), rep = needBytes(a[2]);
        const max = a[3] === undefined ? -1 : intArg(a[3]);
        const b = v(a);
        const parts: number[] = [];
        let i = 0, n = 0;
        while (i <= b.length) {
          const j = (max < 0 || n < max) ? indexOf(b, old, i, b.length) : -1;
          if (j < 0) {
            for (let k = i; k < b.length; k++) parts.push(b[k]);
            break;
          }
          for (let k = i; k < j; k++) parts.push(b[k]);
          for (const c of rep) parts.push(c);
          n++;
          if (old.length === 0) {
            if (j < b.length) parts.push(b[j]);
            i = j + 1;
          } else i = j + old.length;
        }
        return make(Uint8Array.from(parts));
      },
    },
    ...(["partition", "rpartition"] as const).map((nm): MethodSpec => ({
      name: nm,
      arity: [1, 1],
      impl: (a) => {
        const b = v(a), sep = needBytes(a[1]);
        if (sep.length === 0) raiseValueError("empty separator");
        const i = nm === "partition" ? indexOf(b, sep, 0, b.length) : lastIndexOf(b, sep, 0, b.length);
        if (i < 0) {
          return nm === "partition"
            ? newTuple([make(b.slice()), make(new Uint8Array(0)), make(new Uint8Array(0))])
            : newTuple([make(new Uint8Array(0)), make(new Uint8Array(0)), make(b.slice())]);
        }
        return newTuple([make(b.slice(0, i)), make(sep.slice()), make(b.slice(i + sep.length))]);
      },
    })),
    {
      name: "removeprefix",
      arity: [1, 1],
      impl: (a) => {
        const b = v(a), p = needBytes(a[1]);
        return make(p.length <= b.length && p.every((c, i) => b[i] === c) ? b.slice(p.length) : b.slice());
      },
    },
    {
      name: "removesuffix",
      arity: [1, 1],
      impl: (a) => {
        const b = v(a), p = needBytes(a[1]);
        const off = b.length - p.length;
        return make(
          p.length > 0 && off >= 0 && p.every((c, i) => b[off + i] === c) ? b.slice(0, off) : b.slice(),
        );
      },
    },
    { name: "upper", arity: [0, 0], impl: (a) => make(v(a).map(upperOf)) },
    { name: "lower", arity: [0, 0], impl: (a) => make(v(a).map(lowerOf)) },
    { name: "swapcase", arity: [0, 0], impl: (a) => make(v(a).map((c) => (isAlpha(c) ? c ^ 32 : c))) },
    {
      name: "capitalize",
      arity: [0, 0],
      impl: (a) => make(v(a).map((c, i) => (i === 0 ? upperOf(c) : lowerOf(c)))),
    },
    {
      name: "title",
      arity: [0, 0],
      impl: (a) => {
        let prev = false;
        return make(
          v(a).map((c) => {
            const r = isAlpha(c) ? (prev ? lowerOf(c) : upperOf(c)) : c;
            prev = isAlpha(c);
            return r;
          }),
        );
      },
    },
    ...([
      ["isdigit", isDigit],
      ["isalpha", isAlpha],
      ["isalnum", (c: number) => isAlpha(c) || isDigit(c)],
      ["isspace", isSpace],
    ] as [string, (c: number) => boolean][]).map(([nm, f]): MethodSpec => ({
      name: nm,
      arity: [0, 0],
      impl: (a) => newBool(v(a).length > 0 && v(a).every(f)),
    })),
    { name: "isascii", arity: [0, 0], impl: (a) => newBool(v(a).every((c) => c < 128)) },
    {
      name: "isupper",
      arity: [0, 0],
      impl: (a) => newBool(v(a).some((c) => c >= 65 && c <= 90) && !v(a).some((c) => c >= 97 && c <= 122)),
    },
    {
      name: "islower",
      arity: [0, 0],
      impl: (a) => newBool(v(a).some((c) => c >= 97 && c <= 122) && !v(a).some((c) => c >= 65 && c <= 90)),
    },
    {
      // Title case: uppercase only after uncased bytes, lowercase only after cased ones.
      name: "istitle",
      arity: [0, 0],
      impl: (a) => {
        let cased = false, prev = false;
        for (const c of v(a)) {
          const up = c >= 65 && c <= 90, low = c >= 97 && c <= 122;
          if (up) {
            if (prev) return newBool(false);
            prev = cased = true;
          } else if (low) {
            if (!prev) return newBool(false);
            cased = true;
          } else prev = false;
        }
        return newBool(cased);
      },
    },
    ...(["ljust", "rjust", "center"] as const).map((nm): MethodSpec => ({
      name: nm,
      arity: [1, 2],
      impl: (a) => {
        const width = intArg(a[1]), fill = fillByte(a[2], nm), b = v(a);
        if (width <= b.length) return make(b.slice());
        const pad = width - b.length;
        const left = nm === "rjust" ? pad : nm === "ljust" ? 0 : Math.floor(pad / 2) + (pad & width & 1);
        const out = new Uint8Array(width).fill(fill);
        out.set(b, left);
        return make(out);
      },
    })),
    {
      name: "zfill",
      arity: [1, 1],
      impl: (a) => {
        const width = intArg(a[1]), b = v(a);
        if (width <= b.length) return make(b.slice());
        const out = new Uint8Array(width).fill(48);
        const signed = b.length > 0 && (b[0] === 43 || b[0] === 45);
        out.set(b.subarray(signed ? 1 : 0), width - b.length + (signed ? 1 : 0));
        if (signed) out[0] = b[0];
        return make(out);
      },
    },
    {
      name: "splitlines",
      arity: [0, 1],
      kw: ["keepends"],
      impl: (a) => {
        const b = v(a), keep = a[1] !== undefined && a[1] !== 0 && (a[1] as PyBool).value !== false;
        const out: Uint8Array[] = [];
        let s = 0;
        for (let i = 0; i < b.length; i++) {
          if (b[i] === 10 || b[i] === 13) {
            const e = b[i] === 13 && b[i + 1] === 10 ? i + 2 : i + 1;
            out.push(b.slice(s, keep ? e : i));
            s = e;
            i = e - 1;
          }
        }
        if (s < b.length) out.push(b.slice(s));
        return list(out);
      },
    },
    {
      name: "translate",
      arity: [1, 2],
      kw: ["delete"],
      impl: (a) => {
        const b = v(a);
        const table = a[1] === None ? null : needBytes(a[1]);
        if (table !== null && table.length !== 256) {
          raiseValueError("translation table must be 256 characters long");
        }
        const del = a[2] === undefined ? new Set<number>() : new Set(needBytes(a[2]));
        const out: number[] = [];
        for (const c of b) if (!del.has(c)) out.push(table === null ? c : table[c]);
        return make(Uint8Array.from(out));
      },
    },
    {
      name: "maketrans",
      arity: [2, 2],
      kind: "static",
      impl: (a) => {
        const from = needBytes(a[0]), to = needBytes(a[1]);
        if (from.length !== to.length) raiseValueError("maketrans arguments must have same length");
        const t = new Uint8Array(256);
        for (let i = 0; i < 256; i++) t[i] = i;
        for (let i = 0; i < from.length; i++) t[from[i]] = to[i];
        return newBytes(t);
      },
    },
    {
      name: "expandtabs",
      arity: [0, 1],
      kw: ["tabsize"],
      impl: (a) => {
        const size = a[1] === undefined ? 8 : intArg(a[1]), b = v(a);
        const out: number[] = [];
        let col = 0;
        for (const c of b) {
          if (c === 9) {
            if (size > 0) {
              const n = size - (col % size);
              for (let i = 0; i < n; i++) out.push(32);
              col += n;
            }
          } else {
            out.push(c);
            col = c === 10 || c === 13 ? 0 : col + 1;
          }
        }
        return make(Uint8Array.from(out));
      },
    },
    { name: "__getnewargs__", arity: [0, 0], impl: (a) => newTuple([newBytes(v(a).slice())]) },
    { name: "__bytes__", arity: [0, 0], impl: (a) => newBytes(v(a).slice()) },
  ];
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

function reprOf(w: W): string {
  if (w instanceof PyByteArray) {
    const name = w.cls.name;
    return `${name}(${bytesRepr(w.value, "b", true)})`;
  }
  return bytesRepr((w as PyBytes).value);
}

const bytesIteratorType: PyType = builtinType("bytes_iterator", undefined, {
  flags: TypeFlags.DISALLOW_INSTANTIATION,
});
const bytearrayIteratorType: PyType = builtinType("bytearray_iterator", undefined, {
  flags: TypeFlags.DISALLOW_INSTANTIATION,
});
class PyBytesIterator extends PyNativeIterator {
  declare src: W | null;
  declare i: number;
  constructor(src: W) {
    super();
    this.cls = src instanceof PyByteArray ? bytearrayIteratorType : bytesIteratorType;
    this.src = src;
    this.i = 0;
  }
  nextItem(): W {
    if (this.src === null) return STOP_ITEM;
    const b = bytesLike(this.src)!;
    if (this.i >= b.length) {
      this.src = null;
      return STOP_ITEM;
    }
    return b[this.i++];
  }
}
for (const t of [bytesIteratorType, bytearrayIteratorType]) {
  defineNativeIterator(t);
  defineMethods(t, [
    {
      name: "__length_hint__",
      arity: [0, 0],
      impl: (a) => {
        const it = a[0] as PyBytesIterator;
        return it.src === null ? 0 : Math.max(0, bytesLike(it.src)!.length - it.i);
      },
    },
    {
      name: "__reduce__",
      arity: [0, 0],
      impl: (a) => {
        const fn = builtinNamed("iter"), it = a[0] as PyBytesIterator;
        return it.src === null
          ? newTuple([fn, newTuple([newTuple([])])])
          : newTuple([fn, newTuple([it.src]), it.i]);
      },
    },
    {
      name: "__setstate__",
      arity: [1, 1],
      impl: (a) => {
        const it = a[0] as PyBytesIterator, index = ssizeState(a[1]);
        if (it.src !== null) it.i = clampIndex(index, 0, bytesLike(it.src)!.length);
        return None;
      },
    },
  ]);
}

function bytesHash(b: PyBytes): number | bigint {
  if (b.hashValue !== -1) return b.hashValue;
  return b.hashValue = hashOfBytes(b.value);
}
/**
 * CPython's SipHash-1-3 of the bytes (objects/strhash.ts): as in CPython, a str of code points below 256
 * hashes like its latin-1 bytes (both hash the same buffer of 1-byte units), so hash('spam') == hash(b'spam').
 */
export function hashOfBytes(v: Uint8Array): number | bigint {
  const lo = hashBuffer(v);
  return joinHash(lo, sipHi);
}

defineMethods(bytesType, [
  ...seqMethods(bytesType, (u8) => newBytes(u8)),
  {
    name: "__new__",
    arity: [1, 4], // cls counts, as in the other static __new__ specs
    kind: "static",
    kw: ["source", "encoding", "errors"],
    impl: (a) => {
      const cls = a[0] as PyType;
      if (a.length === 2 && a[1] instanceof PyBytes && cls === bytesType && a[1].cls === bytesType) {
        return a[1];
      }
      return bytesNew(cls, a);
    },
  },
  { name: "__hash__", arity: [0, 0], impl: (a) => bytesHash(a[0] as PyBytes) },
  { name: "__mod__", arity: [1, 1], impl: (a) => newBytes(formatBytes((a[0] as PyBytes).value, a[1])) },
  { name: "__rmod__", arity: [1, 1], impl: () => NotImplemented },
]);

/** bytes % args and bytearray % args: formatting.ts's printf over latin-1 text standing for the bytes. */
function formatBytes(b: Uint8Array, args: W): Uint8Array {
  const r = percentFormat(latin1(b), args, BYTES_FORMATTING);
  const out = new Uint8Array(r.length);
  for (let i = 0; i < r.length; i++) out[i] = r.charCodeAt(i);
  return out;
}
function latin1(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
}
const BYTES_FORMATTING: BytesFormatting = {
  isBytes: (w) => w instanceof PyBytes || w instanceof PyByteArray,
  key: (k) => {
    const u8 = new Uint8Array(k.length);
    for (let i = 0; i < k.length; i++) u8[i] = k.charCodeAt(i);
    return newBytes(u8);
  },
  // %b / %s: a buffer, or __bytes__ (format_obj)
  text: (v) => {
    const direct = bytesLike(v);
    if (direct !== undefined) return latin1(direct);
    const conv = typeOf(v).lookup("__bytes__");
    if (conv !== undefined) {
      const r = callBound(conv, v, []);
      if (!(r instanceof PyBytes)) raiseTypeError(`__bytes__ returned non-bytes (type ${typeOf(r).name})`);
      return latin1(r.value);
    }
    return raiseTypeError(
      `%b requires a bytes-like object, or an object that implements __bytes__, not '${typeOf(v).name}'`,
    );
  },
  // %c: one byte, or an int in range(256) (byte_converter)
  char: (v) => {
    if (v instanceof PyBytes || v instanceof PyByteArray) {
      const b = v.value;
      if (b.length !== 1) {
        raiseTypeError(
          `%c requires an integer in range(256) or a single byte, not a ${
            v instanceof PyBytes ? "bytes" : "bytearray"
          } object of length ${b.length}`,
        );
      }
      return String.fromCharCode(b[0]);
    }
    if (isIndex(v)) {
      const n = indexValue(v);
      if (n < 0 || n > 255) throw errorWithMessage("OverflowError", "%c arg not in range(256)");
      return String.fromCharCode(n);
    }
    return raiseTypeError(`%c requires an integer in range(256) or a single byte, not ${typeOf(v).name}`);
  },
};

/** Instances of Python subclasses of bytes (no instance attributes yet). */
/**
 * Instances of bytes subclasses: attribute storage of their own (zipfile._Extra sets self.id), as
 * PyStrSub and PyTupleSub do; plain bytes share the empty defaults through the prototype chain.
 */
export class PyBytesSub extends PyBytes {
  map: AttrMap = AttrMap.empty;
  values: W[] = [];
  slots: (W | undefined)[] | null = null;
  dictObject: PyObject | null = null;
  constructor(cls: PyType, u8: Uint8Array) {
    super(u8, cls);
    if (cls.slotNames.length > 0) this.slots = new Array(cls.slotNames.length);
  }
}
Object.setPrototypeOf(PyBytes.prototype, PyInstance.prototype);
Object.assign(PyBytes.prototype, {
  map: AttrMap.empty,
  values: Object.freeze([]),
  slots: null,
  dictObject: null,
});

defineMethods(bytearrayType, [
  ...seqMethods(bytearrayType, (u8) => newByteArray(u8)),
  {
    name: "__init__",
    arity: [0, 3],
    kw: ["source", "encoding", "errors"],
    impl: (a) => {
      const ba = a[0] as PyByteArray;
      // CPython empties the array first of all
      if (ba.length !== 0) ba.set(new Uint8Array(0));
      const u8 = bytearrayInit(a, ba);
      if (u8 !== null) ba.set(u8);
      return None;
    },
  },
  {
    name: "__setitem__",
    arity: [2, 2],
    impl: (a) => {
      bytearraySetItem(a[0] as PyByteArray, a[1], a[2]);
      return None;
    },
  },
  {
    name: "__delitem__",
    arity: [1, 1],
    impl: (a) => {
      bytearraySetItem(a[0] as PyByteArray, a[1], undefined);
      return None;
    },
  },
  {
    name: "append",
    arity: [1, 1],
    impl: (a) => {
      appendByte(a[0] as PyByteArray, byteValue(a[1]));
      return None;
    },
  },
  {
    name: "extend",
    arity: [1, 1],
    impl: (a) => {
      appendBytes(a[0] as PyByteArray, extendArg(a[1]));
      return None;
    },
  },
  {
    name: "__iadd__",
    arity: [1, 1],
    impl: (a) => {
      const o = bytesLike(a[1]);
      if (o === undefined) raiseTypeError(`can't concat ${typeOf(a[1]).name} to bytearray`);
      appendBytes(a[0] as PyByteArray, o);
      return a[0];
    },
  },
  {
    // sq_inplace_repeat; a non-index count falls back to __mul__ / the count's __rmul__
    name: "__imul__",
    arity: [1, 1],
    impl: (a) => {
      if (!isIndex(a[1])) return NotImplemented;
      const ba = a[0] as PyByteArray;
      ba.set(repeatBytes(ba.value, repeatCount(a[1]), false));
      return ba;
    },
  },
  {
    name: "insert",
    arity: [2, 2],
    impl: (a) => {
      const ba = a[0] as PyByteArray;
      const cur = [...ba.value];
      let i = a[1] as number;
      if (i < 0) i = Math.max(0, i + cur.length);
      cur.splice(Math.min(i, cur.length), 0, byteValue(a[2]));
      ba.set(Uint8Array.from(cur));
      return None;
    },
  },
  {
    name: "pop",
    arity: [0, 1],
    impl: (a) => {
      const ba = a[0] as PyByteArray;
      if (ba.length === 0) throw errorWithMessage("IndexError", "pop from empty bytearray");
      let i = a[1] === undefined ? ba.length - 1 : a[1] as number;
      if (i < 0) i += ba.length;
      if (i < 0 || i >= ba.length) throw errorWithMessage("IndexError", "pop index out of range");
      const cur = [...ba.value];
      const [c] = cur.splice(i, 1);
      ba.set(Uint8Array.from(cur));
      return c;
    },
  },
  {
    name: "remove",
    arity: [1, 1],
    impl: (a) => {
      const ba = a[0] as PyByteArray;
      const cur = [...ba.value];
      const i = cur.indexOf(byteValue(a[1]));
      if (i < 0) raiseValueError("value not found in bytearray");
      cur.splice(i, 1);
      ba.set(Uint8Array.from(cur));
      return None;
    },
  },
  {
    name: "reverse",
    arity: [0, 0],
    impl: (a) => {
      const ba = a[0] as PyByteArray;
      ba.set(ba.value.slice().reverse());
      return None;
    },
  },
  {
    name: "clear",
    arity: [0, 0],
    impl: (a) => {
      (a[0] as PyByteArray).set(new Uint8Array(0));
      return None;
    },
  },
  { name: "copy", arity: [0, 0], impl: (a) => newByteArray((a[0] as PyByteArray).value) },
  {
    // 3.14: truncate, or grow with NUL bytes (_pyio.BytesIO relies on it)
    name: "resize",
    arity: [1, 1],
    impl: (a) => {
      const ba = a[0] as PyByteArray;
      const n = a[1];
      if (typeof n !== "number" || !Number.isInteger(n)) {
        if (typeof n === "bigint") {
          throw errorWithMessage("OverflowError", "Python int too large to convert to C ssize_t");
        }
        raiseTypeError(`'${typeOf(n).name}' object cannot be interpreted as an integer`);
      }
      if (n < 0) raiseValueError(`Can only resize to positive sizes, got ${n}`);
      if (n !== ba.length) checkResizable(ba.exports);
      if (n > ba.data.length) {
        const grown = new Uint8Array(n);
        grown.set(ba.data.subarray(0, ba.length));
        ba.data = grown;
      } else if (n > ba.length) {
        ba.data.fill(0, ba.length, n);
      }
      ba.length = n;
      return None;
    },
  },
]);
/** bytearray's __reduce__/__reduce_ex__ (CPython's _common_reduce): latin-1 text below protocol 3. */
function bytearrayReduce(ba: PyByteArray, proto: number): W {
  const state = callBound(typeOf(ba).lookup("__getstate__")!, ba, []);
  if (ba.length === 0) return newTuple([ba.cls, newTuple([]), state]);
  const args = proto < 3
    ? [newStr(decodeBytes(ba.value, "latin-1", "strict")), newStr("latin-1")]
    : [newBytes(ba.value.slice())];
  return newTuple([ba.cls, newTuple(args), state]);
}

defineMethods(bytearrayType, [
  {
    // tp_new is PyType_GenericNew: arguments are __init__'s
    name: "__new__",
    arity: [0, -1],
    kind: "static",
    kw: ["**"],
    impl: (a) => {
      const cls = a[0];
      if (cls === undefined) raiseTypeError("bytearray.__new__(): not enough arguments");
      if (!(cls instanceof PyType)) {
        raiseTypeError(`bytearray.__new__(X): X is not a type object (${typeOf(cls).name})`);
      }
      if (!cls.isSubtypeOf(bytearrayType)) {
        raiseTypeError(`bytearray.__new__(${cls.name}): ${cls.name} is not a subtype of bytearray`);
      }
      return new PyByteArray(cls);
    },
  },
  { name: "__reduce__", arity: [0, 0], impl: (a) => bytearrayReduce(a[0] as PyByteArray, 2) },
  {
    name: "__reduce_ex__",
    arity: [0, 1],
    impl: (a) => bytearrayReduce(a[0] as PyByteArray, a[1] === undefined ? 0 : cIntArg(a[1])),
  },
  {
    // the allocated size: CPython keeps one byte more than the length for a trailing NUL
    name: "__alloc__",
    arity: [0, 0],
    impl: (a) => {
      const ba = a[0] as PyByteArray;
      return ba.data.length > ba.length ? ba.data.length : ba.length === 0 ? 0 : ba.length + 1;
    },
  },
  {
    name: "__mod__",
    arity: [1, 1],
    impl: (a) => newByteArray(formatBytes((a[0] as PyByteArray).value, a[1])),
  },
  { name: "__rmod__", arity: [1, 1], impl: () => NotImplemented },
]);
/**
 * bytearray[key] = value, or del bytearray[key] (value undefined), as CPython's bytearray_ass_subscript:
 * an index's value is converted before the bounds check (its __index__ may resize the array).
 */
function bytearraySetItem(ba: PyByteArray, key: W, value: W | undefined): void {
  if (!(key instanceof PySlice)) {
    if (!isIndex(key)) {
      raiseTypeError(`bytearray indices must be integers or slices, not ${typeOf(key).name}`);
    }
    let i = typeof key === "number" ? key : ssize(key, "IndexError");
    const c = value === undefined ? -1 : byteValue(value);
    if (i < 0) i += ba.length;
    if (i < 0 || i >= ba.length) throw errorWithMessage("IndexError", "bytearray index out of range");
    if (value !== undefined) {
      ba.data[i] = c;
      return;
    }
    checkResizable(ba.exports);
    ba.data.copyWithin(i, i + 1, ba.length);
    ba.length--;
    return;
  }
  let src: Uint8Array;
  if (value === undefined) src = new Uint8Array(0);
  else if (value instanceof PyByteArray && value !== ba) src = value.value.slice();
  else {
    if (value instanceof PyStr || isNumber(value)) {
      raiseTypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    }
    src = bytearrayInit([ba, value])!;
  }
  const [start, stop, step, count] = sliceIndices(key, ba.length);
  if (step === 1) {
    const end = Math.max(start, stop);
    if (src.length !== end - start) checkResizable(ba.exports);
    const cur = ba.value;
    const out = new Uint8Array(cur.length - (end - start) + src.length);
    out.set(cur.subarray(0, start));
    out.set(src, start);
    out.set(cur.subarray(end), start + src.length);
    ba.set(out);
    return;
  }
  if (value === undefined) {
    if (count === 0) return;
    checkResizable(ba.exports);
    const drop = new Uint8Array(ba.length);
    for (let i = 0, j = start; i < count; i++, j += step) drop[j] = 1;
    const out = new Uint8Array(ba.length - count);
    for (let i = 0, o = 0; i < ba.length; i++) if (drop[i] === 0) out[o++] = ba.data[i];
    ba.set(out);
    return;
  }
  if (src.length !== count) {
    raiseValueError(`attempt to assign bytes of size ${src.length} to extended slice of size ${count}`);
  }
  for (let i = 0, j = start; i < count; i++, j += step) ba.data[j] = src[i];
}
/** PyNumber_Check: objects with __index__, __int__, __float__, or complex numbers. */
function isNumber(w: W): boolean {
  if (typeof w !== "object" || w instanceof PyBool) return true;
  const t = typeOf(w);
  return t.lookup("__index__") !== undefined || t.lookup("__int__") !== undefined ||
    t.lookup("__float__") !== undefined || t.lookup("__complex__") !== undefined;
}
/** bytearray.extend's argument: a buffer, or an iterable of ints (not a str). */
function extendArg(w: W): Uint8Array {
  const direct = bytesLike(w);
  if (direct !== undefined) return direct.slice();
  if (w instanceof PyStr) raiseTypeError("expected iterable of integers; got: 'str'");
  if (!isIterable(w)) raiseTypeError(`can't extend bytearray with ${typeOf(w).name}`);
  return fromIterableOfInts(w);
}

bytesType.dict.set(
  "__doc__",
  newStr(
    "bytes(iterable_of_ints) -> bytes\n" +
      "bytes(string, encoding[, errors]) -> bytes\n" +
      "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n" +
      "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n" +
      "bytes() -> empty bytes object\n\n" +
      "An immutable sequence of integers in range(0, 256), built from an iterable of such\n" +
      "integers, a str with its encoding, a buffer, or a size.",
  ),
);
bytearrayType.dict.set(
  "__doc__",
  newStr(
    "bytearray(iterable_of_ints) -> bytearray\n" +
      "bytearray(string, encoding[, errors]) -> bytearray\n" +
      "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n" +
      "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n" +
      "bytearray() -> empty bytes array\n\n" +
      "A mutable sequence of integers in range(0, 256), built from an iterable of such\n" +
      "integers, a str with its encoding, a buffer, or a size.",
  ),
);
sequenceInplaceSlots.add(bytearrayType.dict.get("__iadd__")!);
sequenceInplaceSlots.add(bytearrayType.dict.get("__imul__")!);
bytearrayType.dict.set("__hash__", None);

// ---------------------------------------------------------------- buffer protocol (memoryview.ts)

// bytes has no bf_releasebuffer, so no __release_buffer__
defineMethods(bytesType, [
  { name: "__buffer__", arity: [1, 1], impl: (a) => nativeBufferMethod(a[0], a[1]) },
]);
defineMethods(bytearrayType, [
  { name: "__buffer__", arity: [1, 1], impl: (a) => nativeBufferMethod(a[0], a[1]) },
  { name: "__release_buffer__", arity: [1, 1], impl: (a) => nativeReleaseBufferMethod(a[0], a[1]) },
]);
