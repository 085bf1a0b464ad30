// The zlib module: compression through node:zlib's synchronous deflate, decompression by our resumable
// inflater (zlib_inflate.ts) so that streaming objects report eof/unused_data/unconsumed_tail as CPython.
// Limits (see report): compressed bytes are valid zlib/gzip/raw streams but, at levels 1-8, need not be
// byte-identical to CPython's zlib (Deno links a different zlib build); a compressobj emits its data at
// flush time (compress() returns only the header), each non-final flush ends a segment with a sync marker.
import type { ZlibOptions } from "node:zlib";
import { nodeZlib } from "../node_builtins.ts";
import { defineGetSets, defineMethods, newBool, PyObject, PyType, typeOf, type W } from "../objects/model.ts";
import { newError, raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { bytesLike, newBytes } from "../objects/bytes.ts";
import { newStr } from "../objects/str.ts";
import { asInt, indexOf } from "../objects/int.ts";
import { exceptionTypes } from "../objects/exceptions.ts";
import { nativeException, type NativeModuleDef, nativeType } from "./define.ts";
import { extraBuffers } from "./struct.ts";
import {
  adler32,
  concat,
  crc32,
  type Format,
  InflateError,
  InflateStream,
  NeedDictionary,
} from "./zlib_inflate.ts";

const MAX_WBITS = 15;
const DEF_MEM_LEVEL = 8;
const DEF_BUF_SIZE = 16384;
const Z_NO_FLUSH = 0, Z_PARTIAL_FLUSH = 1, Z_SYNC_FLUSH = 2, Z_FULL_FLUSH = 3, Z_FINISH = 4, Z_BLOCK = 5;

const zlibErrorType = nativeException("zlib", "error", exceptionTypes.Exception);
function zlibError(): PyType {
  return zlibErrorType;
}
function raiseZlib(message: string): never {
  throw newError(zlibError(), [newStr(message)]);
}

function data(w: W): Uint8Array {
  const b = bytesLike(w) ?? extraBuffers.read(w);
  if (b === undefined) raiseTypeError(`a bytes-like object is required, not '${typeOf(w).name}'`);
  return b;
}

/** A Py_ssize_t-like size: huge ints act as "no limit". */
function sizeArg(w: W | undefined, dflt: number): number {
  if (w === undefined) return dflt;
  const v = indexOf(w);
  if (typeof v === "bigint") return v < 0n ? -1 : Infinity;
  return v;
}

function intArg(w: W | undefined, dflt: number): number {
  if (w === undefined) return dflt;
  const v = indexOf(w);
  if (typeof v === "bigint") raiseValueError("Python int too large to convert to C int"); // OverflowError in C
  return v;
}

// ---------------------------------------------------------------- compression

interface DeflateParams {
  level: number;
  format: Format;
  wbits: number;
  memLevel: number;
  strategy: number;
}

function formatOf(wbits: number): { format: Format; bits: number } | undefined {
  if (wbits >= 9 && wbits <= 15) return { format: "zlib", bits: wbits };
  if (wbits >= -15 && wbits <= -9) return { format: "raw", bits: -wbits };
  if (wbits >= 25 && wbits <= 31) return { format: "gzip", bits: wbits - 16 };
  return undefined;
}

function rawDeflate(p: DeflateParams, input: Uint8Array, finish: boolean, dict?: Uint8Array): Uint8Array {
  const opts: ZlibOptions = {
    level: p.level,
    windowBits: p.wbits,
    memLevel: p.memLevel,
    strategy: p.strategy,
    finishFlush: finish ? nodeZlib().constants.Z_FINISH : nodeZlib().constants.Z_SYNC_FLUSH,
  };
  if (dict !== undefined && dict.length > 0) opts.dictionary = dict;
  return new Uint8Array(nodeZlib().deflateRawSync(input, opts));
}

function zlibHeader(p: DeflateParams, dict: Uint8Array | null): Uint8Array {
  const cmf = ((p.wbits - 8) << 4) | 8;
  const level = p.level === -1 ? 6 : p.level;
  const flevel = p.strategy >= 2 || level < 2 ? 0 : level < 6 ? 1 : level === 6 ? 2 : 3;
  let flg = flevel << 6;
  if (dict !== null) flg |= 0x20;
  flg += 31 - ((cmf * 256 + flg) % 31);
  const head = [cmf, flg];
  if (dict !== null) {
    const id = adler32(dict);
    head.push(id >>> 24, (id >>> 16) & 0xff, (id >>> 8) & 0xff, id & 0xff);
  }
  return new Uint8Array(head);
}
function gzipHeader(p: DeflateParams): Uint8Array {
  const level = p.level === -1 ? 6 : p.level;
  const xfl = level === 9 ? 2 : p.strategy >= 2 || level < 2 ? 4 : 0;
  return new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3]);
}

/** A deflate stream built from raw segments: header, segments, trailer (adler32 or crc32 + size). */
class Deflater {
  pending: Uint8Array[] = [];
  headerDone = false;
  finished = false;
  segments = 0;
  check: number;
  total = 0;
  constructor(readonly p: DeflateParams, readonly dict: Uint8Array | null) {
    this.check = p.format === "gzip" ? 0 : 1;
  }
  clone(): Deflater {
    const d = new Deflater(this.p, this.dict);
    d.pending = this.pending.slice();
    d.headerDone = this.headerDone;
    d.finished = this.finished;
    d.segments = this.segments;
    d.check = this.check;
    d.total = this.total;
    return d;
  }
  private header(): Uint8Array {
    if (this.headerDone) return new Uint8Array(0);
    this.headerDone = true;
    if (this.p.format === "zlib") return zlibHeader(this.p, this.dict);
    if (this.p.format === "gzip") return gzipHeader(this.p);
    return new Uint8Array(0);
  }
  compress(input: Uint8Array): Uint8Array {
    if (input.length > 0) {
      this.pending.push(input.slice());
      this.total += input.length;
      this.check = this.p.format === "gzip" ? crc32(input, this.check) : adler32(input, this.check);
    }
    return this.header();
  }
  flush(mode: number): Uint8Array {
    if (mode === Z_NO_FLUSH) return new Uint8Array(0);
    const head = this.header();
    let all: Uint8Array = new Uint8Array(0);
    for (const piece of this.pending) all = concat(all, piece);
    this.pending = [];
    const finish = mode === Z_FINISH;
    const body = rawDeflate(this.p, all, finish, this.segments === 0 ? this.dict ?? undefined : undefined);
    this.segments++;
    let out: Uint8Array = concat(head, body);
    if (finish) {
      this.finished = true;
      if (this.p.format === "zlib") {
        const a = this.check;
        out = concat(out, new Uint8Array([a >>> 24, (a >>> 16) & 0xff, (a >>> 8) & 0xff, a & 0xff]));
      } else if (this.p.format === "gzip") {
        const c = this.check, n = this.total >>> 0;
        out = concat(
          out,
          new Uint8Array([
            c & 0xff,
            (c >>> 8) & 0xff,
            (c >>> 16) & 0xff,
            c >>> 24,
            n & 0xff,
            (n >>> 8) & 0xff,
            (n >>> 16) & 0xff,
            n >>> 24,
          ]),
        );
      }
    }
    return out;
  }
}

function deflateParams(
  level: number,
  wbits: number,
  memLevel: number,
  strategy: number,
  what: "compress" | "init",
) {
  const f = formatOf(wbits);
  const bad = () => {
    if (what === "compress") raiseZlib("Bad compression level");
    raiseValueError("Invalid initialization option");
  };
  if (
    level < -1 || level > 9 || f === undefined || memLevel < 1 || memLevel > 9 || strategy < 0 || strategy > 4
  ) {
    bad();
  }
  return { level, format: f!.format, wbits: f!.bits, memLevel, strategy } as DeflateParams;
}

export class PyCompress extends PyObject {
  declare d: Deflater;
  constructor(cls: PyType, d: Deflater) {
    super();
    this.cls = cls;
    this.d = d;
  }
}
const compressType = nativeType("zlib", "Compress", undefined, { flags: 0 });
function asCompress(w: W): PyCompress {
  if (!(w instanceof PyCompress)) raiseTypeError("descriptor requires a 'zlib.Compress' object");
  return w;
}
defineMethods(compressType, [
  {
    name: "compress",
    arity: [1, 1],
    impl: (a) => {
      const c = asCompress(a[0]);
      if (c.d.finished) raiseZlib("Error -2 while compressing data: inconsistent stream state");
      return newBytes(c.d.compress(data(a[1])));
    },
  },
  {
    name: "flush",
    arity: [0, 1],
    kw: ["mode"],
    impl: (a) => {
      const c = asCompress(a[0]);
      const mode = intArg(a[1], Z_FINISH);
      if (mode === Z_NO_FLUSH) return newBytes(new Uint8Array(0));
      if (mode < 0 || mode > 6) raiseZlib("Error -2 while flushing: inconsistent stream state");
      // a Z_FINISH flush ends the stream (CPython calls deflateEnd): deflate on it is a stream error
      if (c.d.finished) raiseZlib("Error -2 while flushing: inconsistent stream state");
      return newBytes(c.d.flush(mode));
    },
  },
  { name: "copy", arity: [0, 0], impl: (a) => copyCompress(a[0]) },
  { name: "__copy__", arity: [0, 0], impl: (a) => copyCompress(a[0]) },
  { name: "__deepcopy__", arity: [1, 1], impl: (a) => copyCompress(a[0]) },
]);
function copyCompress(w: W): PyCompress {
  const c = asCompress(w);
  if (c.d.finished) raiseValueError("Inconsistent stream state");
  return new PyCompress(compressType, c.d.clone());
}

// ---------------------------------------------------------------- decompression

function inflateFormat(wbits: number): { format: Format; wbits: number } | undefined {
  if (wbits === 0) return { format: "zlib", wbits: 15 };
  if (wbits >= 8 && wbits <= 15) return { format: "zlib", wbits };
  if (wbits >= -15 && wbits <= -8) return { format: "raw", wbits: -wbits };
  if (wbits >= 24 && wbits <= 31) return { format: "gzip", wbits: wbits - 16 };
  if (wbits >= 40 && wbits <= 47) return { format: "auto", wbits: wbits - 32 };
  if (wbits === 32) return { format: "auto", wbits: 15 };
  return undefined;
}

function runInflate(s: InflateStream, input: Uint8Array, maxOut: number): Uint8Array {
  try {
    return s.feed(input, maxOut);
  } catch (e) {
    if (e instanceof InflateError) raiseZlib(`Error -3 while decompressing data: ${e.message}`);
    if (e instanceof NeedDictionary) raiseZlib("Error 2 while decompressing data");
    throw e;
  }
}

export class PyDecompress extends PyObject {
  declare s: InflateStream;
  declare ended: boolean;
  constructor(cls: PyType, s: InflateStream) {
    super();
    this.cls = cls;
    this.s = s;
    this.ended = false;
  }
}
const decompressType = nativeType("zlib", "Decompress", undefined, { flags: 0 });
function asDecompress(w: W): PyDecompress {
  if (!(w instanceof PyDecompress)) raiseTypeError("descriptor requires a 'zlib.Decompress' object");
  return w;
}
function cloneStream(s: InflateStream): InflateStream {
  return s.clone();
}
defineMethods(decompressType, [
  {
    name: "decompress",
    arity: [1, 2],
    kw: ["max_length"],
    impl: (a) => {
      const d = asDecompress(a[0]);
      const input = data(a[1]);
      const max = sizeArg(a[2], 0);
      if (max < 0) raiseValueError("max_length must be non-negative");
      if (d.ended) raiseZlib("Error -2 while decompressing data: inconsistent stream state");
      return newBytes(runInflate(d.s, input, max === 0 ? Infinity : max));
    },
  },
  {
    name: "flush",
    arity: [0, 1],
    kw: ["length"],
    impl: (a) => {
      const d = asDecompress(a[0]);
      const length = sizeArg(a[1], DEF_BUF_SIZE);
      if (length <= 0) raiseValueError("length must be greater than zero");
      if (d.ended) return newBytes(new Uint8Array(0));
      const out = runInflate(d.s, d.s.tail, Infinity);
      if (d.s.eof) d.ended = true;
      return newBytes(out);
    },
  },
  { name: "copy", arity: [0, 0], impl: (a) => copyDecompress(a[0]) },
  { name: "__copy__", arity: [0, 0], impl: (a) => copyDecompress(a[0]) },
  { name: "__deepcopy__", arity: [1, 1], impl: (a) => copyDecompress(a[0]) },
]);
/** A flush that reached the stream's end ran inflateEnd in CPython: such an object cannot be copied. */
function copyDecompress(w: W): PyDecompress {
  const d = asDecompress(w);
  if (d.ended) raiseValueError("Inconsistent stream state");
  return new PyDecompress(decompressType, cloneStream(d.s));
}
defineGetSets(decompressType, [
  { name: "unused_data", get: (w) => newBytes(asDecompress(w).s.unused.slice()) },
  { name: "unconsumed_tail", get: (w) => newBytes(asDecompress(w).s.tail.slice()) },
  { name: "eof", get: (w) => newBool(asDecompress(w).s.eof) },
]);

// _ZlibDecompressor: the bz2/lzma-style decompressor gzip uses (keeps unconsumed input itself).
export class PyZlibDecompressor extends PyObject {
  declare s: InflateStream;
  declare needsInput: boolean;
  constructor(cls: PyType, s: InflateStream) {
    super();
    this.cls = cls;
    this.s = s;
    this.needsInput = true;
  }
}
const zlibDecompressorType = nativeType("zlib", "_ZlibDecompressor", undefined, {
  flags: 0,
});
function asZD(w: W): PyZlibDecompressor {
  if (!(w instanceof PyZlibDecompressor)) {
    raiseTypeError("descriptor requires a 'zlib._ZlibDecompressor' object");
  }
  return w;
}
function streamFor(wbits: number, zdict: W | undefined, what: "init" | "once"): InflateStream {
  const f = inflateFormat(wbits);
  if (f === undefined) {
    if (what === "once") raiseZlib("Error -2 while preparing to decompress data: inconsistent stream state");
    raiseValueError("Invalid initialization option");
  }
  let dict: Uint8Array | null = null;
  if (zdict !== undefined) {
    const b = bytesLike(zdict);
    if (b === undefined) raiseTypeError("zdict argument must support the buffer protocol");
    dict = b.slice();
  }
  return new InflateStream(f.format, f.wbits, dict);
}
defineMethods(zlibDecompressorType, [
  {
    name: "__new__",
    arity: [0, 3],
    kind: "static",
    kw: ["wbits", "zdict"],
    impl: (a) => {
      const cls = a[0] as PyType;
      return new PyZlibDecompressor(cls, streamFor(intArg(a[1], MAX_WBITS), a[2], "init"));
    },
  },
  {
    name: "decompress",
    arity: [1, 2],
    kw: ["data", "max_length"],
    impl: (a) => {
      const z = asZD(a[0]);
      if (z.s.eof) {
        throw newError(exceptionTypes.EOFError, [newStr("End of stream already reached")]);
      }
      const input = concat(z.s.tail, data(a[1]));
      const max = sizeArg(a[2], -1);
      const out = runInflate(z.s, input, max < 0 ? Infinity : max);
      z.needsInput = !z.s.eof && z.s.tail.length === 0 && !(max >= 0 && out.length >= max);
      return newBytes(out);
    },
  },
]);
defineGetSets(zlibDecompressorType, [
  { name: "unused_data", get: (w) => newBytes(asZD(w).s.unused.slice()) },
  { name: "eof", get: (w) => newBool(asZD(w).s.eof) },
  { name: "needs_input", get: (w) => newBool(asZD(w).needsInput) },
]);

// ---------------------------------------------------------------- module functions

function checksum(a: W[], fn: (d: Uint8Array, v: number) => number, dflt: number): W {
  const d = data(a[0]);
  let v = dflt;
  if (a[1] !== undefined) {
    const i = asInt(a[1]);
    if (i === undefined) {
      raiseTypeError(`'${typeOf(a[1]).name}' object cannot be interpreted as an integer`);
    }
    v = Number(BigInt.asUintN(32, BigInt(i)));
  }
  return fn(d, v);
}

export const zlibModule: NativeModuleDef = {
  name: "zlib",
  doc: "The functions in this module allow compression and decompression using the\nzlib library.",
  functions: [
    {
      name: "compress",
      arity: [1, 3],
      kw: ["level", "wbits"],
      impl: (a) => {
        const input = data(a[0]);
        const p = deflateParams(intArg(a[1], -1), intArg(a[2], MAX_WBITS), DEF_MEM_LEVEL, 0, "compress");
        const d = new Deflater(p, null);
        const head = d.compress(input);
        return newBytes(concat(head, d.flush(Z_FINISH)));
      },
    },
    {
      name: "decompress",
      arity: [1, 3],
      kw: ["wbits", "bufsize"],
      impl: (a) => {
        const input = data(a[0]);
        const wbits = intArg(a[1], MAX_WBITS);
        const bufsize = sizeArg(a[2], DEF_BUF_SIZE);
        if (bufsize < 0) raiseValueError("bufsize must be non-negative");
        const s = streamFor(wbits, undefined, "once");
        const out = runInflate(s, input, Infinity);
        if (!s.eof) raiseZlib("Error -5 while decompressing data: incomplete or truncated stream");
        return newBytes(out);
      },
    },
    {
      name: "compressobj",
      arity: [0, 6],
      kw: ["level", "method", "wbits", "memLevel", "strategy", "zdict"],
      impl: (a) => {
        const method = intArg(a[1], 8);
        if (method !== 8) raiseValueError("Invalid initialization option");
        const p = deflateParams(
          intArg(a[0], -1),
          intArg(a[2], MAX_WBITS),
          intArg(a[3], DEF_MEM_LEVEL),
          intArg(a[4], 0),
          "init",
        );
        let dict: Uint8Array | null = null;
        if (a[5] !== undefined) {
          const b = bytesLike(a[5]);
          if (b === undefined) raiseTypeError("zdict argument must support the buffer protocol");
          dict = b.slice();
        }
        return new PyCompress(compressType, new Deflater(p, dict));
      },
    },
    {
      name: "decompressobj",
      arity: [0, 2],
      kw: ["wbits", "zdict"],
      impl: (a) => new PyDecompress(decompressType, streamFor(intArg(a[0], MAX_WBITS), a[1], "init")),
    },
    { name: "crc32", arity: [1, 2], impl: (a) => checksum(a, crc32, 0) },
    { name: "adler32", arity: [1, 2], impl: (a) => checksum(a, adler32, 1) },
  ],
  // Compress and Decompress are reachable only through compressobj()/decompressobj(), as in CPython
  types: [zlibDecompressorType],
  values: () => ({
    error: zlibError(),
    MAX_WBITS,
    DEFLATED: 8,
    DEF_MEM_LEVEL,
    DEF_BUF_SIZE,
    Z_NO_COMPRESSION: 0,
    Z_BEST_SPEED: 1,
    Z_BEST_COMPRESSION: 9,
    Z_DEFAULT_COMPRESSION: -1,
    Z_FILTERED: 1,
    Z_HUFFMAN_ONLY: 2,
    Z_RLE: 3,
    Z_FIXED: 4,
    Z_DEFAULT_STRATEGY: 0,
    Z_NO_FLUSH,
    Z_PARTIAL_FLUSH,
    Z_SYNC_FLUSH,
    Z_FULL_FLUSH,
    Z_FINISH,
    Z_BLOCK,
    Z_TREES: 6,
    ZLIB_VERSION: newStr("1.3.1"),
    ZLIB_RUNTIME_VERSION: newStr("1.3.1"),
  }),
};
