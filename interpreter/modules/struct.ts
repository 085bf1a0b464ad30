// _struct (CPython's Modules/_struct.c): format strings compiled to item lists (cached), pack/unpack
// for every format char in native (@: 64-bit sizes and alignment, little-endian) and standard (<, >, !, =)
// modes, half floats with round-half-even, Pascal strings, and CPython's struct.error messages.
import {
  builtinType,
  callMethod,
  defineGetSets,
  defineMethods,
  defineNativeIterator,
  type Kwargs,
  newBool,
  None,
  PyInstance,
  PyNativeIterator,
  PyType,
  STOP_ITEM,
  TypeFlags,
  typeOf,
  type W,
} from "../objects/model.ts";
import {
  newError,
  PyError,
  raiseIndexError,
  raiseOverflowError,
  raiseRuntimeError,
  raiseTypeError,
} from "../vm/errors.ts";
import {
  bytesLike,
  newBytes,
  PyBufferExporter,
  PyByteArray,
  PyBytes,
  PyMemoryView,
} from "../objects/bytes.ts";
import { writableBytes } from "../objects/memoryview.ts";
import { isStr, newStr, PyStr } from "../objects/str.ts";
import { asInt, indexOf, type IntValue, normBig } from "../objects/int.ts";
import { floatOf, newFloat, PyFloat } from "../objects/float.ts";
import { newTuple } from "../objects/tuple.ts";
import { exceptionTypes } from "../objects/exceptions.ts";
import { isTrue } from "../objects/operations.ts";
import { nativeException, type NativeModuleDef, nativeType } from "./define.ts";
import { doubleToBits, frexp, ldexp } from "./math_special.ts";
import { toComplex } from "./cmath.ts";
import { encodeErrorFor } from "./codecs_errors.ts";
import { newComplex } from "../objects/complex.ts";

// ---------------------------------------------------------------- struct.error

const structErrorType = nativeException("struct", "error", exceptionTypes.Exception);
export function structError(): PyType {
  return structErrorType;
}
function raiseStruct(message: string): never {
  throw newError(structError(), [newStr(message)]);
}

// ---------------------------------------------------------------- buffers

/** Readers for objects that expose bytes but are not core bytes-like types (array.array registers). */
export const extraBuffers: {
  read: (w: W) => Uint8Array | undefined;
  write: (w: W) => Uint8Array | undefined;
} = {
  read: () => undefined,
  write: () => undefined,
};

export function readBuffer(w: W): Uint8Array {
  const b = bytesLike(w) ?? extraBuffers.read(w);
  if (b === undefined) raiseTypeError(`a bytes-like object is required, not '${typeOf(w).name}'`);
  return b;
}
function writeBuffer(w: W): Uint8Array {
  if (w instanceof PyByteArray) return w.value;
  if (w instanceof PyBufferExporter && w.exportWritable()) return w.exportBytes();
  const view = w instanceof PyMemoryView ? writableBytes(w) : undefined;
  if (view !== undefined) return view;
  const e = extraBuffers.write(w);
  if (e !== undefined) return e;
  raiseTypeError(`argument must be read-write bytes-like object, not ${typeOf(w).name}`);
}

// ---------------------------------------------------------------- format compilation

interface Item {
  code: string;
  /** byte offset in the packed data */
  offset: number;
  /** size of one value (for s/p: the whole string) */
  size: number;
  /** how many values (1 for s/p) */
  count: number;
}
export interface Compiled {
  format: string;
  size: number;
  /** number of Python values packed/unpacked */
  nargs: number;
  little: boolean;
  native: boolean;
  items: Item[];
}

const NATIVE_SIZE: Record<string, number> = {
  x: 1,
  c: 1,
  b: 1,
  B: 1,
  "?": 1,
  h: 2,
  H: 2,
  i: 4,
  I: 4,
  l: 8,
  L: 8,
  q: 8,
  Q: 8,
  n: 8,
  N: 8,
  e: 2,
  f: 4,
  d: 8,
  s: 1,
  p: 1,
  P: 8,
  F: 8,
  D: 16,
};
/** Native alignment where it differs from the size (C's float/double complex align as their parts). */
const NATIVE_ALIGN: Record<string, number> = { F: 4, D: 8 };
const STD_SIZE: Record<string, number> = {
  x: 1,
  c: 1,
  b: 1,
  B: 1,
  "?": 1,
  h: 2,
  H: 2,
  i: 4,
  I: 4,
  l: 4,
  L: 4,
  q: 8,
  Q: 8,
  e: 2,
  f: 4,
  d: 8,
  s: 1,
  p: 1,
  F: 8,
  D: 16,
};
const SSIZE_MAX = 2 ** 63 - 1;

const cache = new Map<string, Compiled>();

export function compileFormat(format: string): Compiled {
  const hit = cache.get(format);
  if (hit !== undefined) return hit;
  if (format.includes("\0")) raiseStruct("embedded null character");
  let i = 0;
  let native = true, little = true;
  const first = format[0];
  if (first === "<" || first === ">" || first === "!" || first === "=" || first === "@") {
    i = 1;
    if (first === "<") native = false;
    else if (first === ">" || first === "!") {
      native = false;
      little = false;
    } else if (first === "=") native = false;
  }
  const sizes = native ? NATIVE_SIZE : STD_SIZE;
  const items: Item[] = [];
  let size = 0, nargs = 0;
  while (i < format.length) {
    let c = format[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    let num = 1;
    if (c >= "0" && c <= "9") {
      num = 0;
      while (i < format.length && format[i] >= "0" && format[i] <= "9") {
        num = num * 10 + (format.charCodeAt(i) - 48);
        if (num > SSIZE_MAX) raiseStruct("total struct size too long");
        i++;
      }
      if (i >= format.length) raiseStruct("repeat count given without format specifier");
      c = format[i];
    }
    i++;
    const itemSize = sizes[c];
    if (itemSize === undefined) raiseStruct("bad char in struct format");
    if (native && c !== "s" && c !== "p") {
      // native alignment: each item on a multiple of its size
      const align = NATIVE_ALIGN[c] ?? itemSize;
      size = Math.ceil(size / align) * align;
    }
    if (c === "s" || c === "p") {
      items.push({ code: c, offset: size, size: num, count: 1 });
      size += num;
      nargs += 1;
    } else if (c === "x") {
      size += num;
    } else {
      if (num > 0) items.push({ code: c, offset: size, size: itemSize, count: num });
      size += num * itemSize;
      nargs += num;
    }
    if (size > SSIZE_MAX) raiseStruct("total struct size too long");
  }
  const compiled: Compiled = { format, size, nargs, little, native, items };
  if (cache.size >= 100) cache.clear();
  cache.set(format, compiled);
  return compiled;
}

/** The format as CPython keeps it: str formats are encoded to ASCII (UnicodeEncodeError otherwise). */
function formatString(w: W): string {
  if (isStr(w)) {
    const s = (w as PyStr).value;
    // deno-lint-ignore no-control-regex
    if (/[^\x00-\x7f]/.test(s)) raiseAsciiEncodeError(s);
    return s;
  }
  if (w instanceof PyBytes) return new TextDecoder("latin1").decode(w.value);
  raiseTypeError(`Struct() argument 1 must be a str or bytes object, not ${typeOf(w).name}`);
}

function raiseAsciiEncodeError(s: string): never {
  const chars = Array.from(s);
  let start = 0;
  while (chars[start].codePointAt(0)! < 0x80) start++;
  let end = start + 1;
  while (end < chars.length && chars[end].codePointAt(0)! >= 0x80) end++;
  throw encodeErrorFor("ascii", s, start, end, "ordinal not in range(128)");
}

// ---------------------------------------------------------------- values

const INT_RANGES: Record<string, [bigint, bigint]> = {};
function intRange(code: string, size: number): [bigint, bigint] {
  const key = code + size;
  let r = INT_RANGES[key];
  if (r === undefined) {
    const bits = BigInt(size * 8);
    const signed = code === code.toLowerCase() && code !== "?";
    r = signed ? [-(1n << (bits - 1n)), (1n << (bits - 1n)) - 1n] : [0n, (1n << bits) - 1n];
    INT_RANGES[key] = r;
  }
  return r;
}

function intArg(w: W): IntValue {
  const v = asInt(w);
  if (v !== undefined) return v;
  if (typeOf(w).lookup("__index__") === undefined) raiseStruct("required argument is not an integer");
  return indexOf(w);
}

function floatArg(w: W): number {
  if (w instanceof PyFloat) return w.value;
  const f = floatOf(w);
  if (f !== undefined) return f;
  const i = asInt(w);
  if (i !== undefined) {
    const x = Number(i);
    if (!Number.isFinite(x)) raiseStruct("required argument is not a float");
    return x;
  }
  const t = typeOf(w);
  if (t.lookup("__float__") !== undefined) {
    const r = floatOf(callMethod(w, "__float__", []));
    if (r !== undefined) return r;
  } else if (t.lookup("__index__") !== undefined) return Number(indexOf(w));
  raiseStruct("required argument is not a float");
}

/** PyComplex_AsCComplex; any failure becomes struct.error, as np_float_complex/bp_double_complex do. */
function complexArg(w: W): [number, number] {
  try {
    return toComplex(w);
  } catch (e) {
    if (e instanceof PyError) raiseStruct("required argument is not a complex");
    throw e;
  }
}

/** PyFloat_Pack2: IEEE half precision, round half to even. */
export function packHalf(x: number): number {
  let sign = 0, e: number, bits: number;
  if (x === 0) {
    sign = Object.is(x, -0) ? 1 : 0;
    e = 0;
    bits = 0;
  } else if (!Number.isFinite(x)) {
    sign = x < 0 || (Number.isNaN(x) && doubleToBits(x) >> 63n === 1n) ? 1 : 0;
    e = 0x1f;
    bits = Number.isNaN(x) ? 512 : 0;
  } else {
    sign = x < 0 ? 1 : 0;
    let f: number;
    [f, e] = frexp(Math.abs(x));
    f *= 2.0;
    e--;
    if (e >= 16) raiseOverflowError("float too large to pack with e format");
    else if (e < -25) {
      f = 0.0;
      e = 0;
    } else if (e < -14) {
      f = ldexp(f, 14 + e);
      e = 0;
    } else {
      e += 15;
      f -= 1.0;
    }
    f *= 1024.0;
    bits = Math.trunc(f);
    if (f - bits > 0.5 || (f - bits === 0.5 && bits % 2 === 1)) {
      bits++;
      if (bits === 1024) {
        bits = 0;
        e++;
        if (e === 31) raiseOverflowError("float too large to pack with e format");
      }
    }
  }
  return bits | (e << 10) | (sign << 15);
}
export function unpackHalf(h: number): number {
  const sign = h >> 15 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const f = h & 0x3ff;
  if (e === 0x1f) return f === 0 ? sign * Infinity : NaN;
  if (e === 0) return sign * f * 2 ** -24;
  return sign * (1 + f / 1024) * 2 ** (e - 15);
}

function packItem(dv: DataView, off: number, code: string, size: number, little: boolean, w: W): void {
  switch (code) {
    case "c": {
      const b = w instanceof PyBytes || w instanceof PyByteArray ? bytesLike(w)! : undefined;
      if (b === undefined || b.length !== 1) raiseStruct("char format requires a bytes object of length 1");
      dv.setUint8(off, b[0]);
      return;
    }
    case "?":
      dv.setUint8(off, isTrue(w) ? 1 : 0);
      return;
    case "e":
      dv.setUint16(off, packHalf(floatArg(w)), little);
      return;
    case "f": {
      const x = floatArg(w);
      const y = Math.fround(x);
      if (!Number.isFinite(y) && Number.isFinite(x)) {
        raiseOverflowError("float too large to pack with f format");
      }
      dv.setFloat32(off, x, little);
      return;
    }
    case "d":
      dv.setFloat64(off, floatArg(w), little);
      return;
    case "F":
    case "D": {
      // real then imaginary part; CPython 3.14 packs F parts as C casts (no overflow check)
      const [re, im] = complexArg(w);
      if (code === "F") {
        dv.setFloat32(off, re, little);
        dv.setFloat32(off + 4, im, little);
      } else {
        dv.setFloat64(off, re, little);
        dv.setFloat64(off + 8, im, little);
      }
      return;
    }
  }
  const v = intArg(w);
  const [lo, hi] = intRange(code, size);
  if (v < lo || v > hi) {
    if (lo === 0n) raiseStruct(`'${code}' format requires 0 <= number <= ${hi}`);
    raiseStruct(`'${code}' format requires ${lo} <= number <= ${hi}`);
  }
  switch (size) {
    case 1:
      dv.setUint8(off, Number(v) & 0xff);
      return;
    case 2:
      dv.setUint16(off, Number(v) & 0xffff, little);
      return;
    case 4:
      dv.setUint32(off, Number(BigInt.asUintN(32, BigInt(v))), little);
      return;
    default:
      dv.setBigUint64(off, BigInt.asUintN(64, BigInt(v)), little);
  }
}

function unpackItem(dv: DataView, off: number, code: string, size: number, little: boolean): W {
  switch (code) {
    case "c":
      return newBytes(new Uint8Array([dv.getUint8(off)]));
    case "?":
      return newBool(dv.getUint8(off) !== 0);
    case "e":
      return newFloat(unpackHalf(dv.getUint16(off, little)));
    case "f":
      return newFloat(dv.getFloat32(off, little));
    case "d":
      return newFloat(dv.getFloat64(off, little));
    case "F":
      return newComplex(dv.getFloat32(off, little), dv.getFloat32(off + 4, little));
    case "D":
      return newComplex(dv.getFloat64(off, little), dv.getFloat64(off + 8, little));
  }
  const signed = code === code.toLowerCase();
  switch (size) {
    case 1:
      return signed ? dv.getInt8(off) : dv.getUint8(off);
    case 2:
      return signed ? dv.getInt16(off, little) : dv.getUint16(off, little);
    case 4:
      return signed ? dv.getInt32(off, little) : dv.getUint32(off, little);
    default:
      return normBig(signed ? dv.getBigInt64(off, little) : dv.getBigUint64(off, little));
  }
}

/** Pack values into `target` at `base` (the caller checked the size). */
export function packInto(s: Compiled, target: Uint8Array, base: number, values: W[], what: string): void {
  if (values.length !== s.nargs) {
    raiseStruct(`${what} expected ${s.nargs} items for packing (got ${values.length})`);
  }
  const dv = new DataView(target.buffer, target.byteOffset + base, s.size);
  let k = 0;
  for (const it of s.items) {
    if (it.code === "s" || it.code === "p") {
      const w = values[k++];
      const b = w instanceof PyBytes || w instanceof PyByteArray ? bytesLike(w)! : undefined;
      if (b === undefined) raiseStruct(`argument for '${it.code}' must be a bytes object`);
      const start = it.offset;
      if (it.code === "s") {
        const n = Math.min(b.length, it.size);
        for (let j = 0; j < n; j++) dv.setUint8(start + j, b[j]);
        for (let j = n; j < it.size; j++) dv.setUint8(start + j, 0);
      } else if (it.size > 0) {
        const n = Math.min(b.length, it.size - 1);
        for (let j = 0; j < n; j++) dv.setUint8(start + 1 + j, b[j]);
        for (let j = n; j < it.size - 1; j++) dv.setUint8(start + 1 + j, 0);
        dv.setUint8(start, Math.min(n, 255));
      }
      continue;
    }
    for (let j = 0; j < it.count; j++) {
      packItem(dv, it.offset + j * it.size, it.code, it.size, s.little, values[k++]);
    }
  }
  // pad bytes are zero
  for (const [from, to] of padRanges(s)) for (let j = from; j < to; j++) dv.setUint8(j, 0);
}
function padRanges(s: Compiled): [number, number][] {
  const out: [number, number][] = [];
  let pos = 0;
  for (const it of s.items) {
    const start = it.offset;
    if (start > pos) out.push([pos, start]);
    pos = it.offset + (it.code === "s" || it.code === "p" ? it.size : it.size * it.count);
  }
  if (s.size > pos) out.push([pos, s.size]);
  return out;
}

export function pack(s: Compiled, values: W[], what = "pack"): Uint8Array {
  const out = new Uint8Array(s.size);
  packInto(s, out, 0, values, what);
  return out;
}

export function unpackAt(s: Compiled, src: Uint8Array, base: number): W[] {
  const dv = new DataView(src.buffer, src.byteOffset + base, s.size);
  const out: W[] = [];
  for (const it of s.items) {
    if (it.code === "s") {
      out.push(newBytes(src.slice(base + it.offset, base + it.offset + it.size)));
      continue;
    }
    if (it.code === "p") {
      if (it.size === 0) {
        out.push(newBytes(new Uint8Array(0)));
        continue;
      }
      const n = Math.min(src[base + it.offset], it.size - 1);
      out.push(newBytes(src.slice(base + it.offset + 1, base + it.offset + 1 + n)));
      continue;
    }
    for (let j = 0; j < it.count; j++) {
      out.push(unpackItem(dv, it.offset + j * it.size, it.code, it.size, s.little));
    }
  }
  return out;
}

function unpack(s: Compiled, buffer: W): W {
  const b = readBuffer(buffer);
  if (b.length !== s.size) raiseStruct(`unpack requires a buffer of ${s.size} bytes`);
  return newTuple(unpackAt(s, b, 0));
}

/** A Py_ssize_t offset: a number, or a bigint beyond 2**53 (only ever out of range of a real buffer).
 * pack_into converts with PyNumber_AsSsize_t(IndexError), unpack_from through argument clinic. */
function offsetValue(w: W | undefined, indexError: boolean): number | bigint {
  if (w === undefined) return 0;
  const v = indexOf(w);
  if (typeof v === "bigint" && (v > SSIZE_MAX_BIG || v < -SSIZE_MAX_BIG - 1n)) {
    if (indexError) raiseIndexError(`cannot fit '${typeOf(w).name}' into an index-sized integer`);
    raiseOverflowError("Python int too large to convert to C ssize_t");
  }
  return v;
}
const SSIZE_MAX_BIG = 2n ** 63n - 1n;

/** The checks CPython's unpack_from/pack_into make on an offset, in their order; the start offset. */
function checkedOffset(s: Compiled, offsetW: number | bigint, length: number, packing: boolean): number {
  const offset = BigInt(offsetW), size = BigInt(s.size), len = BigInt(length);
  let at = offset;
  if (offset < 0n) {
    if (offset + size > 0n) {
      raiseStruct(
        packing
          ? `no space to pack ${s.size} bytes at offset ${offset}`
          : `not enough data to unpack ${s.size} bytes at offset ${offset}`,
      );
    }
    if (offset + len < 0n) raiseStruct(`offset ${offset} out of range for ${length}-byte buffer`);
    at = offset + len;
  }
  if (len - at < size) {
    raiseStruct(
      packing
        ? `pack_into requires a buffer of at least ${size + at} bytes for packing ${s.size} bytes ` +
          `at offset ${at} (actual buffer size is ${length})`
        : `unpack_from requires a buffer of at least ${size + at} bytes for unpacking ${s.size} bytes ` +
          `at offset ${at} (actual buffer size is ${length})`,
    );
  }
  return Number(at);
}

function unpackFrom(s: Compiled, buffer: W, offsetW: W | undefined): W {
  const b = readBuffer(buffer);
  const offset = offsetValue(offsetW, false);
  return newTuple(unpackAt(s, b, checkedOffset(s, offset, b.length, false)));
}

function packIntoBuffer(s: Compiled, args: W[]): W {
  if (args.length !== s.nargs + 2) {
    if (args.length === 0) raiseStruct("pack_into expected buffer argument");
    if (args.length === 1) raiseStruct("pack_into expected offset argument");
    raiseStruct(`pack_into expected ${s.nargs} items for packing (got ${args.length - 2})`);
  }
  const target = writeBuffer(args[0]);
  const offset = checkedOffset(s, offsetValue(args[1], true), target.length, true);
  packInto(s, target, offset, args.slice(2), "pack_into");
  return None;
}

// ---------------------------------------------------------------- Struct and unpack_iterator

export class PyStruct extends PyInstance {
  declare compiled: Compiled | null;
  constructor(cls: PyType) {
    super(cls);
    this.compiled = null;
  }
}
export const structType: PyType = nativeType("_struct", "Struct", undefined, {
  factory: (cls) => new PyStruct(cls),
});
function asStruct(w: W): Compiled {
  if (!(w instanceof PyStruct)) raiseTypeError("descriptor requires a '_struct.Struct' object");
  // Struct.__new__(Struct) without __init__: CPython 3.14 refuses every operation
  if (w.compiled === null) raiseRuntimeError("Struct object is not initialized");
  return w.compiled;
}

class PyUnpackIterator extends PyNativeIterator {
  declare s: Compiled;
  declare buf: Uint8Array;
  declare pos: number;
  constructor(s: Compiled, buf: Uint8Array) {
    super();
    this.cls = unpackIteratorType;
    this.s = s;
    this.buf = buf;
    this.pos = 0;
  }
  nextItem(): W {
    if (this.pos + this.s.size > this.buf.length) return STOP_ITEM;
    const r = newTuple(unpackAt(this.s, this.buf, this.pos));
    this.pos += this.s.size;
    return r;
  }
}
const unpackIteratorType: PyType = builtinType("unpack_iterator", undefined, {
  flags: TypeFlags.DISALLOW_INSTANTIATION,
});
unpackIteratorType.module = "_struct";
defineNativeIterator(unpackIteratorType);
defineMethods(unpackIteratorType, [{
  name: "__length_hint__",
  arity: [0, 0],
  impl: (a) => {
    const it = a[0] as PyUnpackIterator;
    return Math.floor((it.buf.length - it.pos) / it.s.size);
  },
}]);

function iterUnpack(s: Compiled, buffer: W): W {
  const b = readBuffer(buffer);
  if (s.size === 0) raiseStruct("cannot iteratively unpack with a struct of length 0");
  if (b.length % s.size !== 0) {
    raiseStruct(`iterative unpacking requires a buffer of a multiple of ${s.size} bytes`);
  }
  return new PyUnpackIterator(s, b);
}

defineMethods(structType, [
  {
    name: "__new__",
    arity: [0, -1],
    kind: "static",
    kw: ["**"],
    // s_new ignores its arguments: the format is parsed by __init__ (size -1 until then)
    impl: (a) => new PyStruct(a[0] as PyType),
  },
  {
    name: "__init__",
    arity: [0, -1],
    kw: ["**"],
    impl: (a, kw: Kwargs | null) => {
      const r = a[0] as PyStruct;
      let fmt: W | undefined = a[1];
      if (kw !== null) {
        const i = kw.names.indexOf("format");
        if (i >= 0) fmt = kw.values[i];
      }
      if (fmt === undefined) raiseTypeError("Struct() missing required argument 'format' (pos 1)");
      r.compiled = compileFormat(formatString(fmt));
      return None;
    },
  },
  { name: "pack", arity: [0, -1], impl: (a) => newBytes(pack(asStruct(a[0]), a.slice(1))) },
  { name: "pack_into", arity: [0, -1], impl: (a) => packIntoBuffer(asStruct(a[0]), a.slice(1)) },
  { name: "unpack", arity: [1, 1], impl: (a) => unpack(asStruct(a[0]), a[1]) },
  {
    name: "unpack_from",
    arity: [1, 2],
    kw: ["buffer", "offset"],
    impl: (a) => unpackFrom(asStruct(a[0]), a[1], a[2]),
  },
  { name: "iter_unpack", arity: [1, 1], impl: (a) => iterUnpack(asStruct(a[0]), a[1]) },
  {
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => {
      const s = asStruct(a[0]);
      return newStr(`Struct(${reprFormat(s.format)})`);
    },
  },
  { name: "__sizeof__", arity: [0, 0], impl: (a) => 64 + 32 * asStruct(a[0]).items.length },
]);
defineGetSets(structType, [
  { name: "format", get: (w) => newStr(asStruct(w).format) },
  { name: "size", get: (w) => w instanceof PyStruct && w.compiled === null ? -1 : asStruct(w).size },
]);

function reprFormat(f: string): string {
  // str repr without importing the whole formatting machinery
  const q = f.includes("'") && !f.includes('"') ? '"' : "'";
  return q + f.replace(/\\/g, "\\\\").replace(new RegExp(q, "g"), "\\" + q) + q;
}

function compiledFor(w: W): Compiled {
  if (w instanceof PyStruct) return asStruct(w);
  return compileFormat(formatString(w));
}

export const structModule: NativeModuleDef = {
  name: "_struct",
  doc: "Functions to convert between Python values and C structs.",
  functions: [
    { name: "pack", arity: [1, -1], impl: (a) => newBytes(pack(compiledFor(a[0]), a.slice(1))) },
    { name: "pack_into", arity: [1, -1], impl: (a) => packIntoBuffer(compiledFor(a[0]), a.slice(1)) },
    { name: "unpack", arity: [2, 2], impl: (a) => unpack(compiledFor(a[0]), a[1]) },
    {
      name: "unpack_from",
      arity: [2, 3],
      kw: ["buffer", "offset"],
      impl: (a) => unpackFrom(compiledFor(a[0]), a[1], a[2]),
    },
    { name: "iter_unpack", arity: [2, 2], impl: (a) => iterUnpack(compiledFor(a[0]), a[1]) },
    { name: "calcsize", arity: [1, 1], impl: (a) => compiledFor(a[0]).size },
    {
      name: "_clearcache",
      arity: [0, 0],
      impl: () => {
        cache.clear();
        return None;
      },
    },
  ],
  types: [structType],
  values: () => ({ error: structError() }),
};
