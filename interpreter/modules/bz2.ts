// _bz2: BZ2Compressor and BZ2Decompressor over the system's libbz2 (libbz2.so.1.0) through FFI, after
// CPython's Modules/_bz2module.c; the pure-Python bz2 module (open, compress, decompress, BZ2File) and
// tarfile's "r:bz2" build on them. Without the library, importing _bz2 raises ImportError.
import {
  defineGetSets,
  defineMethods,
  newBool,
  PyInstance,
  type PyType,
  typeOf,
  type W,
} from "../objects/model.ts";
import { bytesLike, newBytes } from "../objects/bytes.ts";
import { exceptionTypes } from "../objects/exceptions.ts";
import { indexOf } from "../objects/int.ts";
import { isIndex } from "../objects/tuple.ts";
import { errorWithMessage, newError, raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { type NativeModuleDef, nativeType } from "./define.ts";
import { extraBuffers } from "./struct.ts";
import {
  DecompressState,
  maxLengthArg,
  NativeStream,
  openLibrary,
  runCompress,
  runDecompress,
} from "./compression_stream.ts";

const SYMBOLS = {
  BZ2_bzCompressInit: { parameters: ["buffer", "i32", "i32", "i32"], result: "i32" },
  BZ2_bzCompress: { parameters: ["buffer", "i32"], result: "i32" },
  BZ2_bzCompressEnd: { parameters: ["buffer"], result: "i32" },
  BZ2_bzDecompressInit: { parameters: ["buffer", "i32", "i32"], result: "i32" },
  BZ2_bzDecompress: { parameters: ["buffer"], result: "i32" },
  BZ2_bzDecompressEnd: { parameters: ["buffer"], result: "i32" },
} as const;
type Bz2Lib = Deno.DynamicLibrary<typeof SYMBOLS>["symbols"];

let lib: Bz2Lib | null = null;
function bz2(): Bz2Lib {
  if (lib === null) lib = openLibrary("_bz2", ["libbz2.so.1.0", "libbz2.so.1", "libbz2.so"], SYMBOLS);
  return lib;
}

const BZ_RUN = 0, BZ_FINISH = 2;
const BZ_STREAM_END = 4;
const BZ_STREAM_SIZE = 80;

/** catch_bz2_error's exceptions, by libbz2 status. */
const BZ2_ERRORS: Record<number, [string, string]> = {
  [-2]: ["ValueError", "Internal error - invalid parameters passed to libbzip2"], // BZ_PARAM_ERROR
  [-4]: ["OSError", "Invalid data stream"], // BZ_DATA_ERROR
  [-5]: ["OSError", "Invalid data stream"], // BZ_DATA_ERROR_MAGIC
  [-6]: ["OSError", "Unknown I/O error"], // BZ_IO_ERROR
  [-7]: ["EOFError", "Compressed file ended before the logical end-of-stream was detected"], // BZ_UNEXPECTED_EOF
  [-1]: ["RuntimeError", "Internal error - Invalid sequence of commands sent to libbzip2"], // BZ_SEQUENCE_ERROR
};
const BZ_MEM_ERROR = -3;

/** catch_bz2_error: return for a good status, else raise what CPython raises. */
function checkStatus(r: number): void {
  if (r >= 0) return;
  if (r === BZ_MEM_ERROR) throw newError(exceptionTypes.MemoryError, []);
  const [name, message] = BZ2_ERRORS[r] ?? ["OSError", `Unrecognized error from libbzip2: ${r}`];
  throw errorWithMessage(name, message);
}

/** The "y*" converter. */
function dataArg(w: W): Uint8Array {
  const b = bytesLike(w) ?? extraBuffers.read(w);
  if (b === undefined) raiseTypeError(`a bytes-like object is required, not '${typeOf(w).name}'`);
  return b;
}
function intArg(w: W | undefined, dflt: number): number {
  if (w === undefined) return dflt;
  if (!isIndex(w)) raiseTypeError(`'${typeOf(w).name}' object cannot be interpreted as an integer`);
  return Number(indexOf(w));
}

/** Streams are ended when their Python object goes away. */
const compressors = new FinalizationRegistry<NativeStream>((s) => bz2().BZ2_bzCompressEnd(s.arg));
const decompressors = new FinalizationRegistry<NativeStream>((s) => bz2().BZ2_bzDecompressEnd(s.arg));

// ---------------------------------------------------------------- BZ2Compressor

export class PyBz2Compressor extends PyInstance {
  declare stream: NativeStream;
  declare flushed: boolean;
  constructor(cls: PyType, stream: NativeStream) {
    super(cls);
    this.stream = stream;
    this.flushed = false;
  }
}
const compressorType: PyType = nativeType("_bz2", "BZ2Compressor");
function asCompressor(w: W): PyBz2Compressor {
  if (!(w instanceof PyBz2Compressor)) raiseTypeError("descriptor requires a '_bz2.BZ2Compressor' object");
  return w;
}
defineMethods(compressorType, [
  {
    name: "__new__",
    arity: [1, 2],
    kind: "static",
    impl: (a) => {
      const level = intArg(a[1], 9);
      if (level < 1 || level > 9) raiseValueError("compresslevel must be between 1 and 9");
      const s = new NativeStream(BZ_STREAM_SIZE, 4);
      checkStatus(bz2().BZ2_bzCompressInit(s.arg, level, 0, 0));
      const c = new PyBz2Compressor(a[0] as PyType, s);
      compressors.register(c, s);
      return c;
    },
  },
  {
    name: "compress",
    arity: [1, 1],
    impl: (a) => {
      const c = asCompressor(a[0]);
      const data = dataArg(a[1]);
      if (c.flushed) raiseValueError("Compressor has been flushed");
      const s = c.stream;
      return newBytes(runCompress(s, data, () => {
        const r = bz2().BZ2_bzCompress(s.arg, BZ_RUN);
        checkStatus(r);
        return false;
      }, false));
    },
  },
  {
    name: "flush",
    arity: [0, 0],
    impl: (a) => {
      const c = asCompressor(a[0]);
      if (c.flushed) raiseValueError("Repeated call to flush()");
      c.flushed = true;
      const s = c.stream;
      return newBytes(runCompress(s, new Uint8Array(0), () => {
        const r = bz2().BZ2_bzCompress(s.arg, BZ_FINISH);
        checkStatus(r);
        return r === BZ_STREAM_END;
      }, true));
    },
  },
]);

// ---------------------------------------------------------------- BZ2Decompressor

export class PyBz2Decompressor extends PyInstance {
  declare stream: NativeStream;
  declare state: DecompressState;
  constructor(cls: PyType, stream: NativeStream) {
    super(cls);
    this.stream = stream;
    this.state = new DecompressState();
  }
}
const decompressorType: PyType = nativeType("_bz2", "BZ2Decompressor");
function asDecompressor(w: W): PyBz2Decompressor {
  if (!(w instanceof PyBz2Decompressor)) {
    raiseTypeError("descriptor requires a '_bz2.BZ2Decompressor' object");
  }
  return w;
}
defineMethods(decompressorType, [
  {
    name: "__new__",
    arity: [1, -1],
    kind: "static",
    kw: ["**"],
    impl: (a, k) => {
      if (a.length > 1) raiseTypeError("BZ2Decompressor() takes no positional arguments");
      if (k !== null && k.names.length > 0) raiseTypeError("BZ2Decompressor() takes no keyword arguments");
      const s = new NativeStream(BZ_STREAM_SIZE, 4);
      checkStatus(bz2().BZ2_bzDecompressInit(s.arg, 0, 0));
      const d = new PyBz2Decompressor(a[0] as PyType, s);
      decompressors.register(d, s);
      return d;
    },
  },
  {
    name: "decompress",
    arity: [1, 2],
    kw: ["data", "max_length"],
    impl: (a) => {
      const d = asDecompressor(a[0]);
      const data = dataArg(a[1]);
      const max = maxLengthArg(a[2] === undefined ? undefined : indexOf(a[2]));
      const s = d.stream;
      return newBytes(runDecompress(s, d.state, data, max, () => {
        const r = bz2().BZ2_bzDecompress(s.arg);
        checkStatus(r);
        return r === BZ_STREAM_END;
      }, "End of stream already reached"));
    },
  },
]);
defineGetSets(decompressorType, [
  { name: "eof", get: (w) => newBool(asDecompressor(w).state.eof) },
  { name: "unused_data", get: (w) => newBytes(asDecompressor(w).state.unusedData.slice()) },
  { name: "needs_input", get: (w) => newBool(asDecompressor(w).state.needsInput) },
]);

export const bz2Module: NativeModuleDef = {
  name: "_bz2",
  types: [compressorType, decompressorType],
  // load the library now, so that a machine without it fails at import time as CPython does
  init: () => {
    bz2();
  },
};
