// Codec error handling as CPython's Python/codecs.c does it: the registry of named error handlers, the
// standard handlers (strict, ignore, replace, backslashreplace, xmlcharrefreplace, namereplace,
// surrogateescape, surrogatepass), and the two entry points codecs call when they meet a character they
// cannot encode or bytes they cannot decode. The standard handlers run inline without building an
// exception object; any other name is looked up and called with a UnicodeEncodeError/DecodeError.
import { call, getAttr, type MethodSpec, None, PyObject, typeOf, type W } from "../objects/model.ts";
import { errorWithMessage, PyError, raiseTypeError } from "../vm/errors.ts";
import { newStr, PyStr } from "../objects/str.ts";
import { newBytes, PyBytes } from "../objects/bytes.ts";
import { newTuple, PyTuple } from "../objects/tuple.ts";
import { exceptionTypes, newException, type PyBaseException } from "../objects/exceptions.ts";
import { asInt } from "../objects/int.ts";
import { PyBuiltinFunction } from "../objects/model.ts";

// ---------------------------------------------------------------- small helpers

/** Code points of a JS string (a surrogate pair is one code point, as everywhere in pypyts). */
export function codePointsOf(s: string): Uint32Array {
  const out = new Uint32Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out[n++] = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        i++;
        continue;
      }
    }
    out[n++] = c;
  }
  return n === s.length ? out : out.subarray(0, n);
}

/** A growable byte buffer for encoders. */
export class ByteBuf {
  a: Uint8Array;
  n = 0;
  constructor(size = 64) {
    this.a = new Uint8Array(Math.max(size, 16));
  }
  grow(extra: number): void {
    if (this.n + extra <= this.a.length) return;
    const b = new Uint8Array(Math.max(this.a.length * 2, this.n + extra));
    b.set(this.a.subarray(0, this.n));
    this.a = b;
  }
  push(b: number): void {
    if (this.n === this.a.length) this.grow(1);
    this.a[this.n++] = b;
  }
  pushAll(src: Uint8Array): void {
    this.grow(src.length);
    this.a.set(src, this.n);
    this.n += src.length;
  }
  pushAscii(s: string): void {
    this.grow(s.length);
    for (let i = 0; i < s.length; i++) this.a[this.n++] = s.charCodeAt(i);
  }
  result(): Uint8Array {
    return this.a.slice(0, this.n);
  }
}

function hex(c: number, width: number): string {
  return c.toString(16).padStart(width, "0");
}
/** \xNN, \uNNNN or \UNNNNNNNN for one code point, as backslashreplace writes it. */
export function backslashEscape(c: number): string {
  return c <= 0xff ? "\\x" + hex(c, 2) : c <= 0xffff ? "\\u" + hex(c, 4) : "\\U" + hex(c, 8);
}

// ---------------------------------------------------------------- exceptions

/** A UnicodeEncodeError/DecodeError/TranslateError instance with its five attributes set. */
export function unicodeError(
  kind: "UnicodeEncodeError" | "UnicodeDecodeError" | "UnicodeTranslateError",
  encoding: string,
  object: W,
  start: number,
  end: number,
  reason: string,
): PyBaseException {
  const enc = newStr(encoding), why = newStr(reason);
  const args = kind === "UnicodeTranslateError" ? [object, start, end, why] : [enc, object, start, end, why];
  const e = newException(exceptionTypes[kind], args);
  e.setAttr("encoding", kind === "UnicodeTranslateError" ? None : enc);
  e.setAttr("object", object);
  e.setAttr("start", start);
  e.setAttr("end", end);
  e.setAttr("reason", why);
  return e;
}
export function encodeErrorFor(
  encoding: string,
  s: string,
  start: number,
  end: number,
  reason: string,
): PyError {
  return new PyError(unicodeError("UnicodeEncodeError", encoding, newStr(s), start, end, reason));
}
export function decodeErrorFor(
  encoding: string,
  b: Uint8Array,
  start: number,
  end: number,
  reason: string,
): PyError {
  return new PyError(unicodeError("UnicodeDecodeError", encoding, newBytes(b), start, end, reason));
}

// ---------------------------------------------------------------- the registry of handlers

const errorRegistry = new Map<string, W>();
export const registryInit = { ensure: (): void => {} };

export function registerError(name: string, handler: W): void {
  errorRegistry.set(name, handler);
}
export function lookupError(name: string): W {
  registryInit.ensure();
  const h = errorRegistry.get(name);
  if (h === undefined) throw errorWithMessage("LookupError", `unknown error handler name '${name}'`);
  return h;
}
/** codecs._unregister_error: the standard handlers cannot be removed. */
export function unregisterError(name: string): boolean {
  if (STANDARD_HANDLERS.has(name)) raiseValueError(`cannot un-register built-in error handler '${name}'`);
  return errorRegistry.delete(name);
}
function raiseValueError(msg: string): never {
  throw errorWithMessage("ValueError", msg);
}

// ---------------------------------------------------------------- names of characters (namereplace)

/** Filled by unicodedata.ts: the character's name, or undefined (loads the name table lazily). */
export const nameHook = { nameOf: (_c: number): string | undefined => undefined };

// ---------------------------------------------------------------- encode errors

/** Bytes per code unit and byte order of the UTF codecs surrogatepass understands. */
function standardEncoding(encoding: string): { kind: "utf-8" | "utf-16" | "utf-32"; little: boolean } | null {
  const e = encoding.toLowerCase().replace(/[-_]/g, "");
  if (e === "utf8") return { kind: "utf-8", little: true };
  const m = /^utf(16|32)(le|be)?$/.exec(e);
  if (m === null) return null;
  return { kind: m[1] === "16" ? "utf-16" : "utf-32", little: m[2] !== "be" };
}

export interface EncodeFix {
  /** Replacement text (to be encoded by the codec) or bytes (copied as is). */
  rep: string | Uint8Array;
  pos: number;
}

function surrogatePassBytes(
  encoding: string,
  cps: Uint32Array,
  start: number,
  end: number,
): Uint8Array | null {
  const std = standardEncoding(encoding);
  if (std === null) return null;
  const out = new ByteBuf((end - start) * 4);
  for (let k = start; k < end; k++) {
    const c = cps[k];
    if (c < 0xd800 || c > 0xdfff) return null;
    if (std.kind === "utf-8") {
      out.push(0xe0 | (c >> 12)), out.push(0x80 | ((c >> 6) & 0x3f)), out.push(0x80 | (c & 0x3f));
    } else if (std.kind === "utf-16") {
      if (std.little) out.push(c & 0xff), out.push(c >> 8);
      else out.push(c >> 8), out.push(c & 0xff);
    } else if (std.little) out.push(c & 0xff), out.push(c >> 8), out.push(0), out.push(0);
    else out.push(0), out.push(0), out.push(c >> 8), out.push(c & 0xff);
  }
  return out.result();
}

/** The replacement text of backslashreplace/xmlcharrefreplace/namereplace for cps[start:end]. */
function textReplacement(handler: string, cps: Uint32Array, start: number, end: number): string {
  let r = "";
  for (let k = start; k < end; k++) {
    const c = cps[k];
    if (handler === "backslashreplace") r += backslashEscape(c);
    else if (handler === "xmlcharrefreplace") r += `&#${c};`;
    else {
      const name = nameHook.nameOf(c);
      r += name !== undefined ? `\\N{${name}}` : backslashEscape(c);
    }
  }
  return r;
}

/**
 * Called by an encoder for the unencodable code points cps[start:end] of `s`: returns the replacement and
 * where to continue, or raises.
 */
export function encodeError(
  errors: string,
  encoding: string,
  s: string,
  cps: Uint32Array,
  start: number,
  end: number,
  reason: string,
): EncodeFix {
  switch (errors) {
    case "strict":
      throw encodeErrorFor(encoding, s, start, end, reason);
    case "ignore":
      return { rep: "", pos: end };
    case "replace":
      return { rep: "?".repeat(end - start), pos: end };
    case "backslashreplace":
    case "xmlcharrefreplace":
    case "namereplace":
      return { rep: textReplacement(errors, cps, start, end), pos: end };
    case "surrogateescape": {
      const out = new Uint8Array(end - start);
      for (let k = start; k < end; k++) {
        const c = cps[k];
        if (c < 0xdc80 || c > 0xdcff) throw encodeErrorFor(encoding, s, start, end, reason);
        out[k - start] = c - 0xdc00;
      }
      return { rep: out, pos: end };
    }
    case "surrogatepass": {
      const b = surrogatePassBytes(encoding, cps, start, end);
      if (b === null) throw encodeErrorFor(encoding, s, start, end, reason);
      return { rep: b, pos: end };
    }
  }
  const handler = lookupError(errors);
  const exc = unicodeError("UnicodeEncodeError", encoding, newStr(s), start, end, reason);
  const res = call(handler, [exc]);
  if (
    !(res instanceof PyTuple) || res.items.length !== 2 ||
    !(res.items[0] instanceof PyStr || res.items[0] instanceof PyBytes) || asInt(res.items[1]) === undefined
  ) {
    raiseTypeError("encoding error handler must return (str/bytes, int) tuple");
  }
  const rep = res.items[0] instanceof PyStr ? res.items[0].value : (res.items[0] as PyBytes).value;
  return { rep, pos: handlerPosition(res.items[1], cps.length) };
}

function handlerPosition(w: W, length: number): number {
  let pos = Number(asInt(w));
  if (pos < 0) pos += length;
  if (pos < 0 || pos > length) {
    throw errorWithMessage("IndexError", `position ${Number(asInt(w))} from error handler out of bounds`);
  }
  return pos;
}

// ---------------------------------------------------------------- decode errors

export interface DecodeFix {
  rep: string;
  pos: number;
  /** The input a handler put in exc.object instead of the original: decoding goes on in it. */
  input?: Uint8Array;
}

function surrogatePassDecode(encoding: string, b: Uint8Array, start: number): DecodeFix | null {
  const std = standardEncoding(encoding);
  if (std === null) return null;
  let c = 0, size = 0;
  if (std.kind === "utf-8") {
    size = 3;
    if (start + 3 > b.length) return null;
    if ((b[start] & 0xf0) !== 0xe0 || (b[start + 1] & 0xc0) !== 0x80 || (b[start + 2] & 0xc0) !== 0x80) {
      return null;
    }
    c = ((b[start] & 0x0f) << 12) + ((b[start + 1] & 0x3f) << 6) + (b[start + 2] & 0x3f);
  } else if (std.kind === "utf-16") {
    size = 2;
    if (start + 2 > b.length) return null;
    c = std.little ? b[start] | (b[start + 1] << 8) : (b[start] << 8) | b[start + 1];
  } else {
    size = 4;
    if (start + 4 > b.length) return null;
    c = std.little
      ? b[start] | (b[start + 1] << 8) | (b[start + 2] << 16) | (b[start + 3] << 24)
      : (b[start] << 24) | (b[start + 1] << 16) | (b[start + 2] << 8) | b[start + 3];
  }
  if (c < 0xd800 || c > 0xdfff) return null;
  return { rep: String.fromCharCode(c), pos: start + size };
}

/** Called by a decoder for the undecodable bytes b[start:end]: the replacement and where to go on. */
export function decodeError(
  errors: string,
  encoding: string,
  b: Uint8Array,
  start: number,
  end: number,
  reason: string,
): DecodeFix {
  switch (errors) {
    case "strict":
      throw decodeErrorFor(encoding, b, start, end, reason);
    case "ignore":
      return { rep: "", pos: end };
    case "replace":
      return { rep: "\ufffd", pos: end };
    case "backslashreplace": {
      let r = "";
      for (let k = start; k < end; k++) r += "\\x" + hex(b[k], 2);
      return { rep: r, pos: end };
    }
    case "surrogateescape": {
      let r = "";
      for (let k = start; k < end; k++) {
        if (b[k] < 128) throw decodeErrorFor(encoding, b, start, end, reason);
        r += String.fromCharCode(0xdc00 + b[k]);
      }
      return { rep: r, pos: end };
    }
    case "surrogatepass": {
      const fix = surrogatePassDecode(encoding, b, start);
      if (fix === null) throw decodeErrorFor(encoding, b, start, end, reason);
      return fix;
    }
    case "xmlcharrefreplace":
    case "namereplace":
      raiseTypeError("don't know how to handle UnicodeDecodeError in error callback");
  }
  const handler = lookupError(errors);
  const object = newBytes(b);
  const exc = unicodeError("UnicodeDecodeError", encoding, object, start, end, reason);
  const res = call(handler, [exc]);
  if (
    !(res instanceof PyTuple) || res.items.length !== 2 || !(res.items[0] instanceof PyStr) ||
    asInt(res.items[1]) === undefined
  ) {
    raiseTypeError("decoding error handler must return (str, int) tuple");
  }
  // the handler may replace the input (unicode_decode_call_errorhandler_writer rereads exc.object)
  const after = exc.getAttr("object");
  if (after !== object) {
    if (!(after instanceof PyBytes)) raiseTypeError("UnicodeError 'object' attribute must be a bytes");
    const input = after.value;
    return { rep: (res.items[0] as PyStr).value, pos: handlerPosition(res.items[1], input.length), input };
  }
  return { rep: (res.items[0] as PyStr).value, pos: handlerPosition(res.items[1], b.length) };
}

// ---------------------------------------------------------------- the handlers as Python functions

const STANDARD_HANDLERS = new Set([
  "strict",
  "ignore",
  "replace",
  "xmlcharrefreplace",
  "backslashreplace",
  "namereplace",
  "surrogateescape",
  "surrogatepass",
]);

function excKind(exc: W): "UnicodeEncodeError" | "UnicodeDecodeError" | "UnicodeTranslateError" | null {
  const t = typeOf(exc);
  if (t.isSubtypeOf(exceptionTypes.UnicodeEncodeError)) return "UnicodeEncodeError";
  if (t.isSubtypeOf(exceptionTypes.UnicodeDecodeError)) return "UnicodeDecodeError";
  if (t.isSubtypeOf(exceptionTypes.UnicodeTranslateError)) return "UnicodeTranslateError";
  return null;
}
function wrongType(exc: W): never {
  return raiseTypeError(`don't know how to handle ${typeOf(exc).name} in error callback`);
}
function intAttr(exc: W, name: string): number {
  const v = asInt(getAttr(exc, name));
  if (v === undefined) raiseTypeError(`${name} attribute must be int`);
  return Number(v);
}
function strObject(exc: W): string {
  const o = getAttr(exc, "object");
  if (!(o instanceof PyStr)) raiseTypeError("object attribute must be unicode");
  return o.value;
}
function bytesObject(exc: W): Uint8Array {
  const o = getAttr(exc, "object");
  if (!(o instanceof PyBytes)) raiseTypeError("object attribute must be bytes");
  return o.value;
}
/** start/end clamped as PyUnicodeEncodeError_GetStart/GetEnd do. */
function span(exc: W, length: number): [number, number] {
  let start = intAttr(exc, "start"), end = intAttr(exc, "end");
  if (start < 0) start = 0;
  if (start >= length) start = Math.max(length - 1, 0);
  if (end < 1) end = 1;
  if (end > length) end = length;
  return [start, end];
}

function pyHandler(name: string, exc: W): W {
  const kind = excKind(exc);
  if (name === "strict") {
    if (exc instanceof PyObject && typeOf(exc).isSubtypeOf(exceptionTypes.BaseException)) {
      throw new PyError(exc as PyBaseException);
    }
    raiseTypeError("codec must pass exception instance");
  }
  if (kind === null) wrongType(exc);
  if (kind === "UnicodeDecodeError") {
    if (name === "xmlcharrefreplace" || name === "namereplace") wrongType(exc);
    const b = bytesObject(exc);
    const [start, end] = span(exc, b.length);
    const encoding = getAttr(exc, "encoding");
    const enc = encoding instanceof PyStr ? encoding.value : "";
    const reason = getAttr(exc, "reason");
    const why = reason instanceof PyStr ? reason.value : "";
    if (name === "surrogateescape" || name === "surrogatepass") {
      try {
        const fix = decodeError(name, enc, b, start, end, why);
        return newTuple([newStr(fix.rep), fix.pos]);
      } catch (e) {
        if (e instanceof PyError) throw new PyError(exc as PyBaseException);
        throw e;
      }
    }
    const fix = decodeError(name, enc, b, start, end, why);
    return newTuple([newStr(fix.rep), fix.pos]);
  }
  if (
    kind === "UnicodeTranslateError" && name !== "ignore" && name !== "replace" && name !== "backslashreplace"
  ) {
    wrongType(exc);
  }
  const s = strObject(exc);
  const cps = codePointsOf(s);
  const [start, end] = span(exc, cps.length);
  if (name === "ignore") return newTuple([newStr(""), intAttr(exc, "end")]);
  if (name === "replace") {
    return newTuple([
      newStr((kind === "UnicodeTranslateError" ? "\ufffd" : "?").repeat(Math.max(end - start, 0))),
      end,
    ]);
  }
  if (name === "surrogateescape" || name === "surrogatepass") {
    const encoding = getAttr(exc, "encoding");
    const enc = encoding instanceof PyStr ? encoding.value : "";
    const bytes = name === "surrogatepass"
      ? surrogatePassBytes(enc, cps, start, end)
      : escapeBytes(cps, start, end);
    if (bytes === null) throw new PyError(exc as PyBaseException);
    return newTuple([newBytes(bytes), end]);
  }
  return newTuple([newStr(textReplacement(name, cps, start, end)), end]);
}
function escapeBytes(cps: Uint32Array, start: number, end: number): Uint8Array | null {
  const out = new Uint8Array(end - start);
  for (let k = start; k < end; k++) {
    if (cps[k] < 0xdc80 || cps[k] > 0xdcff) return null;
    out[k - start] = cps[k] - 0xdc00;
  }
  return out;
}

const HANDLER_FUNCTIONS: [string, string][] = [
  ["strict", "strict_errors"],
  ["ignore", "ignore_errors"],
  ["replace", "replace_errors"],
  ["xmlcharrefreplace", "xmlcharrefreplace_errors"],
  ["backslashreplace", "backslashreplace_errors"],
  ["namereplace", "namereplace_errors"],
  ["surrogateescape", "surrogateescape"],
  ["surrogatepass", "surrogatepass"],
];
for (const [name, fname] of HANDLER_FUNCTIONS) {
  const spec: MethodSpec = { name: fname, arity: [1, 1], impl: (a) => pyHandler(name, a[0]) };
  errorRegistry.set(name, new PyBuiltinFunction(spec, undefined, fname, "codecs"));
}
