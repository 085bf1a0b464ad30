// The binascii module: hex, base64, uuencode and quoted-printable conversions and the crc32/crc_hqx
// checksums, with CPython 3.14's argument handling (ASCII str accepted where CPython takes "ascii
// buffers") and its binascii.Error messages.
import { type Kwargs, typeOf, type W } from "../objects/model.ts";
import { newError, raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { newStr, PyStr } from "../objects/str.ts";
import { bytesLike, newBytes } from "../objects/bytes.ts";
import { isTrue } from "../objects/operations.ts";
import { asInt } from "../objects/int.ts";
import { exceptionTypes } from "../objects/exceptions.ts";
import { nativeException, type NativeModuleDef } from "./define.ts";

const ErrorType = nativeException("binascii", "Error", exceptionTypes.ValueError);
const IncompleteType = nativeException("binascii", "Incomplete", exceptionTypes.Exception);

function fail(msg: string): never {
  throw newError(ErrorType, [newStr(msg)]);
}

/** A bytes-like object (Py_buffer). */
function buffer(w: W): Uint8Array {
  const b = bytesLike(w);
  if (b === undefined) raiseTypeError(`a bytes-like object is required, not '${typeOf(w).name}'`);
  return b;
}
/** ascii_buffer_converter: bytes-like or an ASCII-only str. */
function asciiBuffer(w: W): Uint8Array {
  if (w instanceof PyStr) {
    const s = w.value;
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c > 0x7f) raiseValueError("string argument should contain only ASCII characters");
      out[i] = c;
    }
    return out;
  }
  const b = bytesLike(w);
  if (b === undefined) {
    raiseTypeError(`argument should be bytes, buffer or ASCII string, not '${typeOf(w).name}'`);
  }
  return b;
}
function uintArg(w: W | undefined, bits: number): number {
  if (w === undefined) return 0;
  const v = asInt(w);
  if (v === undefined || (typeof w === "object" && typeOf(w).name === "float")) {
    raiseTypeError(`'${typeOf(w).name}' object cannot be interpreted as an integer`);
  }
  return Number(BigInt.asUintN(bits, BigInt(v)));
}

// ---------------------------------------------------------------- hex

const HEX = "0123456789abcdef";
/** _Py_strhex_bytes_with_sep: bytes_per_sep > 0 groups from the right, < 0 from the left. */
export function hexlify(b: Uint8Array, sep: string | null, perSep: number): Uint8Array {
  if (sep === null || perSep === 0 || b.length === 0) {
    const out = new Uint8Array(b.length * 2);
    for (let i = 0; i < b.length; i++) {
      out[2 * i] = HEX.charCodeAt(b[i] >> 4);
      out[2 * i + 1] = HEX.charCodeAt(b[i] & 15);
    }
    return out;
  }
  const group = Math.abs(perSep);
  const nsep = Math.floor((b.length - 1) / group);
  const out = new Uint8Array(b.length * 2 + nsep);
  const sepCode = sep.charCodeAt(0);
  let o = 0;
  for (let i = 0; i < b.length; i++) {
    // position of byte i counted from the grouping side
    if (i > 0) {
      const boundary = perSep > 0 ? (b.length - i) % group === 0 : i % group === 0;
      if (boundary) out[o++] = sepCode;
    }
    out[o++] = HEX.charCodeAt(b[i] >> 4);
    out[o++] = HEX.charCodeAt(b[i] & 15);
  }
  return out;
}
function sepArg(w: W | undefined): string | null {
  if (w === undefined) return null;
  let s: string;
  if (w instanceof PyStr) s = w.value;
  else {
    const b = bytesLike(w);
    if (b === undefined) {
      // CPython asks for len(sep) first
      if (typeOf(w).lookup("__len__") === undefined) {
        raiseTypeError(`object of type '${typeOf(w).name}' has no len()`);
      }
      raiseTypeError("sep must be str or bytes.");
    }
    s = String.fromCharCode(...b);
  }
  if ([...s].length !== 1) raiseValueError("sep must be length 1.");
  // binascii returns bytes, so any Latin-1 separator fits (bytes.hex's str result wants ASCII)
  if (s.charCodeAt(0) > 0xff) raiseValueError("sep must be ASCII.");
  return s;
}
function hexValue(c: number): number {
  return c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;
}
export function unhexlify(b: Uint8Array): Uint8Array {
  if (b.length % 2 !== 0) fail("Odd-length string");
  const out = new Uint8Array(b.length / 2);
  for (let i = 0; i < out.length; i++) {
    const hi = hexValue(b[2 * i]), lo = hexValue(b[2 * i + 1]);
    if (hi < 0 || lo < 0) fail("Non-hexadecimal digit found");
    out[i] = (hi << 4) | lo;
  }
  return out;
}

// ---------------------------------------------------------------- base64

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64_REV = new Int8Array(256).fill(-1);
for (let i = 0; i < 64; i++) B64_REV[B64.charCodeAt(i)] = i;

export function b2aBase64(b: Uint8Array, newline: boolean): Uint8Array {
  const n = b.length;
  const out = new Uint8Array(Math.ceil(n / 3) * 4 + (newline ? 1 : 0));
  let o = 0, i = 0;
  for (; i + 2 < n; i += 3) {
    const v = (b[i] << 16) | (b[i + 1] << 8) | b[i + 2];
    out[o++] = B64.charCodeAt(v >> 18);
    out[o++] = B64.charCodeAt((v >> 12) & 63);
    out[o++] = B64.charCodeAt((v >> 6) & 63);
    out[o++] = B64.charCodeAt(v & 63);
  }
  if (n - i === 1) {
    out[o++] = B64.charCodeAt(b[i] >> 2);
    out[o++] = B64.charCodeAt((b[i] & 3) << 4);
    out[o++] = 61;
    out[o++] = 61;
  } else if (n - i === 2) {
    out[o++] = B64.charCodeAt(b[i] >> 2);
    out[o++] = B64.charCodeAt(((b[i] & 3) << 4) | (b[i + 1] >> 4));
    out[o++] = B64.charCodeAt((b[i + 1] & 15) << 2);
    out[o++] = 61;
  }
  if (newline) out[o++] = 10;
  return out;
}

/** binascii_a2b_base64_impl of CPython 3.14, strict mode included. */
export function a2bBase64(data: Uint8Array, strict: boolean): Uint8Array {
  const n = data.length;
  const out = new Uint8Array(Math.floor((n + 3) / 4) * 3);
  let o = 0, quad = 0, left = 0, pads = 0, paddingStarted = false;
  if (strict && n > 0 && data[0] === 61) fail("Leading padding not allowed");
  let i = 0;
  for (; i < n; i++) {
    const c = data[i];
    if (c === 61) {
      paddingStarted = true;
      if (strict && quad === 0) fail(i === 0 ? "Leading padding not allowed" : "Excess padding not allowed");
      if (quad >= 2 && quad + ++pads >= 4) {
        if (strict && i + 1 < n) fail("Excess data after padding");
        return out.slice(0, o);
      }
      continue;
    }
    const v = B64_REV[c];
    if (v < 0) {
      if (strict) fail("Only base64 data is allowed");
      continue;
    }
    if (strict && paddingStarted) fail("Discontinuous padding not allowed");
    pads = 0;
    switch (quad) {
      case 0:
        quad = 1;
        left = v;
        break;
      case 1:
        quad = 2;
        out[o++] = (left << 2) | (v >> 4);
        left = v & 0x0f;
        break;
      case 2:
        quad = 3;
        out[o++] = ((left << 4) | (v >> 2)) & 0xff;
        left = v & 0x03;
        break;
      default:
        quad = 0;
        out[o++] = ((left << 6) | v) & 0xff;
        left = 0;
    }
  }
  if (quad === 1) {
    fail(
      `Invalid base64-encoded string: number of data characters (${
        Math.floor(o / 3) * 4 + 1
      }) cannot be 1 more than a multiple of 4`,
    );
  }
  if (quad !== 0) fail("Incorrect padding");
  return out.slice(0, o);
}

// ---------------------------------------------------------------- uuencode

export function b2aUu(b: Uint8Array, backtick: boolean): Uint8Array {
  if (b.length > 45) fail("At most 45 bytes at once");
  const out: number[] = [backtick && b.length === 0 ? 0x60 : 0x20 + b.length];
  let left = 0, bits = 0;
  for (let i = 0; i < b.length || bits !== 0; i++) {
    left = ((left << 8) | (i < b.length ? b[i] : 0)) & 0xffffff;
    bits += 8;
    while (bits >= 6) {
      const v = (left >> (bits - 6)) & 0x3f;
      bits -= 6;
      out.push(backtick && v === 0 ? 0x60 : v + 0x20);
    }
  }
  out.push(10);
  return new Uint8Array(out);
}
export function a2bUu(data: Uint8Array): Uint8Array {
  let p = 0;
  // an empty line reads the terminating NUL as its length byte, as CPython does
  let binLen = ((data.length > 0 ? data[p++] : 0) - 0x20) & 0o77;
  let asciiLen = data.length - 1;
  const out = new Uint8Array(binLen);
  let o = 0, left = 0, bits = 0;
  for (; binLen > 0; asciiLen--, p++) {
    let c = p < data.length ? data[p] : 0;
    if (c === 10 || c === 13 || asciiLen <= 0) c = 0;
    else {
      if (c < 0x20 || c > 0x60) fail("Illegal char");
      c = (c - 0x20) & 0o77;
    }
    left = ((left << 6) | c) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (left >> bits) & 0xff;
      left &= (1 << bits) - 1;
      binLen--;
    }
  }
  while (asciiLen-- > 0) {
    const c = data[p++];
    if (c !== 0x20 && c !== 0x60 && c !== 10 && c !== 13) fail("Trailing garbage");
  }
  return out;
}

// ---------------------------------------------------------------- quoted-printable

const MAXLINESIZE = 76;
const UHEX = "0123456789ABCDEF";
export function a2bQp(data: Uint8Array, header: boolean): Uint8Array {
  const out = new Uint8Array(data.length);
  let o = 0, i = 0;
  const n = data.length;
  while (i < n) {
    const c = data[i];
    if (c === 61) {
      i++;
      if (i >= n) break;
      if (data[i] === 10 || data[i] === 13) {
        if (data[i] !== 10) { while (i < n && data[i] !== 10) i++; }
        if (i < n) i++;
      } else if (data[i] === 61) {
        out[o++] = 61;
        i++;
      } else if (i + 1 < n && hexValue(data[i]) >= 0 && hexValue(data[i + 1]) >= 0) {
        out[o++] = (hexValue(data[i]) << 4) | hexValue(data[i + 1]);
        i += 2;
      } else out[o++] = 61;
    } else if (header && c === 95) {
      out[o++] = 32;
      i++;
    } else {
      out[o++] = c;
      i++;
    }
  }
  return out.slice(0, o);
}
export function b2aQp(data: Uint8Array, quotetabs: boolean, istext: boolean, header: boolean): Uint8Array {
  const n = data.length;
  const nl = data.indexOf(10);
  const crlf = nl > 0 && data[nl - 1] === 13;
  const out: number[] = [];
  const softBreak = () => {
    out.push(61);
    if (crlf) out.push(13);
    out.push(10);
  };
  const hex = (c: number) => out.push(UHEX.charCodeAt(c >> 4), UHEX.charCodeAt(c & 15));
  let i = 0, lineLen = 0;
  while (i < n) {
    const c = data[i];
    const next = i + 1 < n ? data[i + 1] : -1;
    if (
      c > 126 || c === 61 || (header && c === 95) ||
      (c === 46 && lineLen === 0 && (i + 1 === n || next === 10 || next === 13 || next === 0)) ||
      (!istext && (c === 13 || c === 10)) ||
      ((c === 9 || c === 32) && i + 1 === n) ||
      (c < 33 && c !== 13 && c !== 10 && (quotetabs || (c !== 9 && c !== 32)))
    ) {
      if (lineLen + 3 >= MAXLINESIZE) {
        softBreak();
        lineLen = 0;
      }
      out.push(61);
      hex(c);
      i++;
      lineLen += 3;
    } else if (istext && (c === 10 || (i + 1 < n && c === 13 && next === 10))) {
      lineLen = 0;
      // protect whitespace at the end of a line
      const last = out.length > 0 ? out[out.length - 1] : -1;
      if (last === 32 || last === 9) {
        out[out.length - 1] = 61;
        hex(last);
      }
      if (crlf) out.push(13);
      out.push(10);
      i += c === 13 ? 2 : 1;
    } else {
      if (i + 1 !== n && next !== 10 && lineLen + 1 >= MAXLINESIZE) {
        softBreak();
        lineLen = 0;
      }
      lineLen++;
      if (header && c === 32) out.push(95);
      else out.push(c);
      i++;
    }
  }
  return new Uint8Array(out);
}

// ---------------------------------------------------------------- checksums

const CRC32_TABLE = new Int32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  CRC32_TABLE[n] = c;
}
export function crc32(b: Uint8Array, crc: number): number {
  let c = ~crc;
  for (let i = 0; i < b.length; i++) c = CRC32_TABLE[(c ^ b[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}
const CRC_HQX_TABLE = new Uint16Array(256);
for (let n = 0; n < 256; n++) {
  let c = n << 8;
  for (let k = 0; k < 8; k++) c = c & 0x8000 ? ((c << 1) ^ 0x1021) & 0xffff : (c << 1) & 0xffff;
  CRC_HQX_TABLE[n] = c;
}
export function crcHqx(b: Uint8Array, crc: number): number {
  let c = crc & 0xffff;
  for (let i = 0; i < b.length; i++) c = ((c << 8) & 0xff00) ^ CRC_HQX_TABLE[((c >> 8) & 0xff) ^ b[i]];
  return c;
}

// ---------------------------------------------------------------- the module

function flag(w: W | undefined, dflt: boolean): boolean {
  return w === undefined ? dflt : isTrue(w);
}
/** `f(data, /, *, name=dflt)`: one positional argument and one keyword-only flag. */
function kwOnlyFlag(fname: string, a: W[], kwargs: Kwargs | null, name: string, dflt: boolean): boolean {
  if (a.length !== 1) raiseTypeError(`${fname}() takes exactly 1 positional argument (${a.length} given)`);
  let v = dflt;
  if (kwargs !== null) {
    kwargs.names.forEach((k, i) => {
      if (k !== name) raiseTypeError(`${fname}() got an unexpected keyword argument '${k}'`);
      v = isTrue(kwargs.values[i]);
    });
  }
  return v;
}
const hexSpec = (name: string) => ({
  name,
  arity: [0, 3] as [number, number],
  kw: ["data", "sep", "bytes_per_sep"],
  impl: (a: W[]) => {
    if (a[0] === undefined) raiseTypeError(`${name}() missing required argument 'data' (pos 1)`);
    const per = a[2] === undefined ? 1 : Number(
      asInt(a[2]) ?? raiseTypeError(`'${typeOf(a[2]).name}' object cannot be interpreted as an integer`),
    );
    return newBytes(hexlify(buffer(a[0]), sepArg(a[1]), per));
  },
});

export const binasciiModule: NativeModuleDef = {
  name: "binascii",
  doc: "Conversion between binary data and ASCII",
  types: [ErrorType, IncompleteType],
  functions: [
    hexSpec("hexlify"),
    hexSpec("b2a_hex"),
    { name: "unhexlify", arity: [1, 1], impl: (a) => newBytes(unhexlify(asciiBuffer(a[0]))) },
    { name: "a2b_hex", arity: [1, 1], impl: (a) => newBytes(unhexlify(asciiBuffer(a[0]))) },
    {
      name: "b2a_base64",
      arity: [0, -1],
      kw: ["**"],
      impl: (a, kw) => newBytes(b2aBase64(buffer(a[0]), kwOnlyFlag("b2a_base64", a, kw, "newline", true))),
    },
    {
      name: "a2b_base64",
      arity: [0, -1],
      kw: ["**"],
      impl: (a, kw) =>
        newBytes(a2bBase64(asciiBuffer(a[0]), kwOnlyFlag("a2b_base64", a, kw, "strict_mode", false))),
    },
    {
      name: "b2a_uu",
      arity: [0, -1],
      kw: ["**"],
      impl: (a, kw) => newBytes(b2aUu(buffer(a[0]), kwOnlyFlag("b2a_uu", a, kw, "backtick", false))),
    },
    { name: "a2b_uu", arity: [1, 1], impl: (a) => newBytes(a2bUu(asciiBuffer(a[0]))) },
    {
      name: "b2a_qp",
      arity: [1, 4],
      kw: ["data", "quotetabs", "istext", "header"],
      impl: (a) => newBytes(b2aQp(buffer(a[0]), flag(a[1], false), flag(a[2], true), flag(a[3], false))),
    },
    {
      name: "a2b_qp",
      arity: [1, 2],
      kw: ["data", "header"],
      impl: (a) => newBytes(a2bQp(asciiBuffer(a[0]), flag(a[1], false))),
    },
    { name: "crc32", arity: [1, 2], impl: (a) => crc32(buffer(a[0]), uintArg(a[1], 32)) },
    { name: "crc_hqx", arity: [2, 2], impl: (a) => crcHqx(buffer(a[0]), uintArg(a[1], 32)) },
  ],
};
