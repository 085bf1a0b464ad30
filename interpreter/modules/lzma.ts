// _lzma: LZMACompressor and LZMADecompressor over the system's liblzma (liblzma.so.5) through FFI, after
// CPython's Modules/_lzmamodule.c: the .xz, legacy .lzma ("alone") and raw formats, integrity checks,
// presets and filter chains given as dicts, and the filter-property helpers zipfile uses. The pure-Python
// lzma module (open, compress, decompress, LZMAFile) and tarfile's "r:xz" build on them. Without the
// library, importing _lzma raises ImportError.
import {
  defineGetSets,
  defineMethods,
  type Kwargs,
  newBool,
  None,
  PyInstance,
  type PyType,
  typeOf,
  type W,
} from "../objects/model.ts";
import { bytesLike, newBytes } from "../objects/bytes.ts";
import { exceptionTypes } from "../objects/exceptions.ts";
import { newStr, PyStr } from "../objects/str.ts";
import { indexOf, normBig } from "../objects/int.ts";
import { isIndex } from "../objects/tuple.ts";
import { PyDict } from "../objects/dict.ts";
import { getItem, iterateToArray } from "../objects/operations.ts";
import { errorWithMessage, newError, PyError, raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { nativeException, type NativeModuleDef, nativeType } from "./define.ts";
import { parseArgs } from "./native_args.ts";
import { extraBuffers } from "./struct.ts";
import { libc } from "./posix/libc.ts";
import {
  DecompressState,
  maxLengthArg,
  NativeStream,
  openLibrary,
  runCompress,
  runDecompress,
} from "./compression_stream.ts";

const SYMBOLS = {
  lzma_easy_encoder: { parameters: ["buffer", "u32", "i32"], result: "i32" },
  lzma_stream_encoder: { parameters: ["buffer", "buffer", "i32"], result: "i32" },
  lzma_alone_encoder: { parameters: ["buffer", "buffer"], result: "i32" },
  lzma_raw_encoder: { parameters: ["buffer", "buffer"], result: "i32" },
  lzma_auto_decoder: { parameters: ["buffer", "u64", "u32"], result: "i32" },
  lzma_stream_decoder: { parameters: ["buffer", "u64", "u32"], result: "i32" },
  lzma_alone_decoder: { parameters: ["buffer", "u64"], result: "i32" },
  lzma_raw_decoder: { parameters: ["buffer", "buffer"], result: "i32" },
  lzma_code: { parameters: ["buffer", "i32"], result: "i32" },
  lzma_end: { parameters: ["buffer"], result: "void" },
  lzma_get_check: { parameters: ["buffer"], result: "i32" },
  lzma_check_is_supported: { parameters: ["i32"], result: "u8" },
  lzma_lzma_preset: { parameters: ["buffer", "u32"], result: "u8" },
  lzma_properties_size: { parameters: ["buffer", "buffer"], result: "i32" },
  lzma_properties_encode: { parameters: ["buffer", "buffer"], result: "i32" },
  lzma_properties_decode: { parameters: ["buffer", "pointer", "buffer", "usize"], result: "i32" },
} as const;
type LzmaLib = Deno.DynamicLibrary<typeof SYMBOLS>["symbols"];

let lib: LzmaLib | null = null;
function lzma(): LzmaLib {
  if (lib === null) lib = openLibrary("_lzma", ["liblzma.so.5", "liblzma.so"], SYMBOLS);
  return lib;
}

const FORMAT_AUTO = 0, FORMAT_XZ = 1, FORMAT_ALONE = 2, FORMAT_RAW = 3;
const CHECK_NONE = 0, CHECK_CRC64 = 4, CHECK_UNKNOWN = 16;
const FILTER_LZMA1 = 0x4000000000000001n, FILTER_LZMA2 = 0x21n, FILTER_DELTA = 0x03n;
const BCJ_FILTERS = [0x04n, 0x05n, 0x06n, 0x07n, 0x08n, 0x09n, 0x0an];
const PRESET_DEFAULT = 6;
const LZMA_RUN = 0, LZMA_FINISH = 3;
const LZMA_OK = 0, LZMA_STREAM_END = 1, LZMA_NO_CHECK = 2, LZMA_GET_CHECK = 4, LZMA_BUF_ERROR = 10;
const LZMA_TELL_NO_CHECK = 0x01, LZMA_TELL_ANY_CHECK = 0x04;
const VLI_UNKNOWN = 0xffffffffffffffffn;
const LZMA_STREAM_SIZE = 136;
const MAX_FILTERS = 4;

const LZMA_CONSTANTS: Record<string, W> = {
  FORMAT_AUTO,
  FORMAT_XZ,
  FORMAT_ALONE,
  FORMAT_RAW,
  CHECK_NONE,
  CHECK_CRC32: 1,
  CHECK_CRC64,
  CHECK_SHA256: 10,
  CHECK_ID_MAX: 15,
  CHECK_UNKNOWN,
  FILTER_LZMA1: normBig(FILTER_LZMA1),
  FILTER_LZMA2: 0x21,
  FILTER_DELTA: 0x03,
  FILTER_X86: 0x04,
  FILTER_POWERPC: 0x05,
  FILTER_IA64: 0x06,
  FILTER_ARM: 0x07,
  FILTER_ARMTHUMB: 0x08,
  FILTER_SPARC: 0x09,
  MF_HC3: 0x03,
  MF_HC4: 0x04,
  MF_BT2: 0x12,
  MF_BT3: 0x13,
  MF_BT4: 0x14,
  MODE_FAST: 1,
  MODE_NORMAL: 2,
  PRESET_DEFAULT,
  PRESET_EXTREME: 0x80000000,
};

export const lzmaError: PyType = nativeException("_lzma", "LZMAError", exceptionTypes.Exception);
function raiseLzma(message: string): never {
  throw newError(lzmaError, [newStr(message)]);
}

/** The messages of catch_lzma_error, by lzma_ret. */
const LZMA_ERRORS: Record<number, string> = {
  3: "Unsupported integrity check",
  6: "Memory usage limit exceeded",
  7: "Input format not supported by decoder",
  8: "Invalid or unsupported options",
  9: "Corrupt input data",
  10: "Insufficient buffer space",
  11: "Internal error",
};
const LZMA_MEM_ERROR = 5;

/** catch_lzma_error: return for a good status, else raise what CPython raises. */
function checkStatus(r: number): void {
  if (r === LZMA_OK || r === LZMA_GET_CHECK || r === LZMA_NO_CHECK || r === LZMA_STREAM_END) return;
  if (r === LZMA_MEM_ERROR) throw newError(exceptionTypes.MemoryError, []);
  raiseLzma(LZMA_ERRORS[r] ?? `Unrecognized error from liblzma: ${r}`);
}

// ---------------------------------------------------------------- arguments

function dataArg(w: W): Uint8Array {
  const b = bytesLike(w) ?? extraBuffers.read(w);
  if (b === undefined) raiseTypeError(`a bytes-like object is required, not '${typeOf(w).name}'`);
  return b;
}
/** An unsigned integer argument (uint32_t / lzma_vli converters): OverflowError beyond `bits`. */
function unsignedArg(w: W, bits: number): bigint {
  if (!isIndex(w)) raiseTypeError(`'${typeOf(w).name}' object cannot be interpreted as an integer`);
  const v = BigInt(indexOf(w));
  if (v < 0n) throw errorWithMessage("OverflowError", "Value too large for uint32_t type");
  if (v >= 1n << BigInt(bits)) {
    throw errorWithMessage(
      "OverflowError",
      `Value too large for ${bits === 32 ? "uint32_t" : "lzma_vli"} type`,
    );
  }
  return v;
}
function intArg(w: W | undefined, dflt: number): number {
  if (w === undefined) return dflt;
  if (!isIndex(w)) raiseTypeError(`'${typeOf(w).name}' object cannot be interpreted as an integer`);
  const v = indexOf(w);
  if (typeof v === "bigint" || v > 2147483647 || v < -2147483648) {
    throw errorWithMessage("OverflowError", "Python int too large to convert to C int");
  }
  return v;
}

// ---------------------------------------------------------------- filter chains

/** One filter's options struct; `keep` holds the ArrayBuffers the chain points into. */
interface FilterChain {
  /** lzma_filter[MAX_FILTERS + 1] */
  array: Uint8Array;
  keep: ArrayBuffer[];
}

function address(buf: ArrayBuffer): bigint {
  return BigInt(Deno.UnsafePointer.value(Deno.UnsafePointer.of(buf)));
}

/** A value of a filter-spec dict, undefined when the key is absent. */
function specValue(spec: W, key: string): W | undefined {
  if (spec instanceof PyDict) return spec.getStr(key);
  try {
    return getItem(spec, newStr(key));
  } catch (e) {
    if (e instanceof PyError && typeOf(e.value).name === "KeyError") return undefined;
    throw e;
  }
}

const LZMA_OPTION_KEYS = ["id", "preset", "dict_size", "lc", "lp", "pb", "mode", "nice_len", "mf", "depth"];

/** lzma_options_lzma from a spec: the preset's values, then the given fields (offsets of liblzma 5.x). */
function lzmaOptions(spec: W): ArrayBuffer {
  const preset = specValue(spec, "preset");
  const opts = new ArrayBuffer(128);
  const presetValue = preset === undefined ? PRESET_DEFAULT : Number(unsignedArg(preset, 32));
  if (lzma().lzma_lzma_preset(new Uint8Array(opts), presetValue) !== 0) {
    raiseLzma(`Invalid compression preset: ${presetValue}`);
  }
  const v = new DataView(opts);
  const fields: [string, number][] = [
    ["dict_size", 0],
    ["lc", 20],
    ["lp", 24],
    ["pb", 28],
    ["mode", 32],
    ["nice_len", 36],
    ["mf", 40],
    ["depth", 44],
  ];
  if (spec instanceof PyDict) {
    for (const k of spec.keysArray()) {
      const name = k instanceof PyStr ? k.value : "";
      if (!LZMA_OPTION_KEYS.includes(name)) raiseValueError("Invalid filter specifier for LZMA filter");
    }
  }
  for (const [name, off] of fields) {
    const w = specValue(spec, name);
    if (w !== undefined) v.setUint32(off, Number(unsignedArg(w, 32)), true);
  }
  return opts;
}

function filterChain(specs: W): FilterChain {
  const items = iterateToArray(specs);
  if (items.length > MAX_FILTERS) {
    raiseValueError(`Too many filters - liblzma supports a maximum of ${MAX_FILTERS}`);
  }
  const array = new Uint8Array(16 * (MAX_FILTERS + 1));
  const view = new DataView(array.buffer);
  const keep: ArrayBuffer[] = [];
  items.forEach((spec, i) => {
    const [id, opts] = filterOptions(spec);
    keep.push(opts);
    view.setBigUint64(i * 16, id, true);
    view.setBigUint64(i * 16 + 8, address(opts), true);
  });
  view.setBigUint64(items.length * 16, VLI_UNKNOWN, true);
  return { array, keep };
}

/** lzma_filter_converter: a spec dict as (filter id, options struct). */
function filterOptions(spec: W): [bigint, ArrayBuffer] {
  if (typeOf(spec).lookup("__getitem__") === undefined) {
    raiseTypeError("Filter specifier must be a dict or dict-like object");
  }
  const idObj = specValue(spec, "id");
  if (idObj === undefined) raiseValueError('Filter specifier must have an "id" entry');
  const id = unsignedArg(idObj, 64);
  if (id === FILTER_LZMA1 || id === FILTER_LZMA2) return [id, lzmaOptions(spec)];
  if (id === FILTER_DELTA) {
    const opts = new ArrayBuffer(64);
    const dist = specValue(spec, "dist");
    const v = new DataView(opts);
    v.setUint32(0, 0, true); // LZMA_DELTA_TYPE_BYTE
    v.setUint32(4, dist === undefined ? 1 : Number(unsignedArg(dist, 32)), true);
    return [id, opts];
  }
  if (BCJ_FILTERS.includes(id)) {
    const opts = new ArrayBuffer(32);
    const start = specValue(spec, "start_offset");
    new DataView(opts).setUint32(0, start === undefined ? 0 : Number(unsignedArg(start, 32)), true);
    return [id, opts];
  }
  raiseValueError(`Invalid filter ID: ${id}`);
}

// ---------------------------------------------------------------- LZMACompressor

export class PyLzmaCompressor extends PyInstance {
  declare stream: NativeStream;
  declare flushed: boolean;
  constructor(cls: PyType, stream: NativeStream) {
    super(cls);
    this.stream = stream;
    this.flushed = false;
  }
}
const compressorType: PyType = nativeType("_lzma", "LZMACompressor");
function asCompressor(w: W): PyLzmaCompressor {
  if (!(w instanceof PyLzmaCompressor)) raiseTypeError("descriptor requires a '_lzma.LZMACompressor' object");
  return w;
}
const streams = new FinalizationRegistry<NativeStream>((s) => lzma().lzma_end(s.arg));

const COMPRESSOR_SHAPE = { names: ["format", "check", "preset", "filters"], required: 0 };

function newCompressor(args: W[], kw: Kwargs | null): W {
  const a = parseArgs("LZMACompressor", args, kw, 1, COMPRESSOR_SHAPE);
  const format = intArg(a[0], FORMAT_XZ);
  let check = intArg(a[1], -1);
  const presetObj = a[2] === undefined ? None : a[2];
  const filters = a[3] === undefined ? None : a[3];
  if (format !== FORMAT_XZ && check !== -1 && check !== CHECK_NONE) {
    raiseValueError("Integrity checks are only supported by FORMAT_XZ");
  }
  if (presetObj !== None && filters !== None) raiseValueError("Cannot specify both preset and filter chain");
  const preset = presetObj === None ? PRESET_DEFAULT : Number(unsignedArg(presetObj, 32));
  const s = new NativeStream(LZMA_STREAM_SIZE, 8);
  const L = lzma();
  let r: number;
  switch (format) {
    case FORMAT_XZ:
      if (check === -1) check = CHECK_CRC64;
      if (filters === None) r = L.lzma_easy_encoder(s.arg, preset, check);
      else {
        const chain = filterChain(filters);
        r = L.lzma_stream_encoder(s.arg, chain.array, check);
      }
      break;
    case FORMAT_ALONE: {
      let opts: ArrayBuffer;
      if (filters === None) {
        opts = new ArrayBuffer(128);
        if (L.lzma_lzma_preset(new Uint8Array(opts), preset) !== 0) {
          raiseLzma(`Invalid compression preset: ${preset}`);
        }
      } else {
        const items = iterateToArray(filters);
        if (items.length !== 1) {
          raiseValueError("Invalid filter chain for FORMAT_ALONE - must be a single LZMA1 filter");
        }
        const [id, o] = filterOptions(items[0]);
        if (id !== FILTER_LZMA1) {
          raiseValueError("Invalid filter chain for FORMAT_ALONE - must be a single LZMA1 filter");
        }
        opts = o;
      }
      r = L.lzma_alone_encoder(s.arg, new Uint8Array(opts));
      break;
    }
    case FORMAT_RAW: {
      if (filters === None) raiseValueError("Must specify filters for FORMAT_RAW");
      const chain = filterChain(filters);
      r = L.lzma_raw_encoder(s.arg, chain.array);
      break;
    }
    default:
      raiseValueError(`Invalid container format: ${format}`);
  }
  checkStatus(r);
  const c = new PyLzmaCompressor(args[0] as PyType, s);
  streams.register(c, s);
  return c;
}

/** One lzma_code call; LZMA_BUF_ERROR with nothing to do is not an error (as CPython's compress()). */
function code(s: NativeStream, action: number): number {
  let r = lzma().lzma_code(s.arg, action);
  if (r === LZMA_BUF_ERROR && s.availIn === 0 && s.availOut > 0) r = LZMA_OK;
  checkStatus(r);
  return r;
}

defineMethods(compressorType, [
  { name: "__new__", arity: [1, -1], kind: "static", kw: ["**"], impl: (a, k) => newCompressor(a, k) },
  {
    name: "compress",
    arity: [1, 1],
    impl: (a) => {
      const c = asCompressor(a[0]);
      const data = dataArg(a[1]);
      if (c.flushed) raiseValueError("Compressor has been flushed");
      const s = c.stream;
      return newBytes(runCompress(s, data, () => code(s, LZMA_RUN) === LZMA_STREAM_END, false));
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
      return newBytes(
        runCompress(s, new Uint8Array(0), () => code(s, LZMA_FINISH) === LZMA_STREAM_END, true),
      );
    },
  },
]);

// ---------------------------------------------------------------- LZMADecompressor

export class PyLzmaDecompressor extends PyInstance {
  declare stream: NativeStream;
  declare state: DecompressState;
  declare check: number;
  constructor(cls: PyType, stream: NativeStream, check: number) {
    super(cls);
    this.stream = stream;
    this.state = new DecompressState();
    this.check = check;
  }
}
const decompressorType: PyType = nativeType("_lzma", "LZMADecompressor");
function asDecompressor(w: W): PyLzmaDecompressor {
  if (!(w instanceof PyLzmaDecompressor)) {
    raiseTypeError("descriptor requires a '_lzma.LZMADecompressor' object");
  }
  return w;
}

const DECOMPRESSOR_SHAPE = { names: ["format", "memlimit", "filters"], required: 0 };

function newDecompressor(args: W[], kw: Kwargs | null): W {
  const a = parseArgs("LZMADecompressor", args, kw, 1, DECOMPRESSOR_SHAPE);
  const format = intArg(a[0], FORMAT_AUTO);
  const memlimitObj = a[1] === undefined ? None : a[1];
  const filters = a[2] === undefined ? None : a[2];
  if (memlimitObj !== None && format === FORMAT_RAW) {
    raiseValueError("Cannot specify memory limit with FORMAT_RAW");
  }
  const memlimit = memlimitObj === None ? 0xffffffffffffffffn : unsignedArg(memlimitObj, 64);
  if (format === FORMAT_RAW && filters === None) raiseValueError("Must specify filters for FORMAT_RAW");
  if (format !== FORMAT_RAW && filters !== None) {
    raiseValueError("Cannot specify filters except with FORMAT_RAW");
  }
  const s = new NativeStream(LZMA_STREAM_SIZE, 8);
  const L = lzma();
  const flags = LZMA_TELL_ANY_CHECK | LZMA_TELL_NO_CHECK;
  let r: number;
  let check = CHECK_UNKNOWN;
  switch (format) {
    case FORMAT_AUTO:
      r = L.lzma_auto_decoder(s.arg, memlimit, flags);
      break;
    case FORMAT_XZ:
      r = L.lzma_stream_decoder(s.arg, memlimit, flags);
      break;
    case FORMAT_ALONE:
      check = CHECK_NONE;
      r = L.lzma_alone_decoder(s.arg, memlimit);
      break;
    case FORMAT_RAW: {
      check = CHECK_NONE;
      const chain = filterChain(filters);
      r = L.lzma_raw_decoder(s.arg, chain.array);
      break;
    }
    default:
      raiseValueError(`Invalid container format: ${format}`);
  }
  checkStatus(r);
  const d = new PyLzmaDecompressor(args[0] as PyType, s, check);
  streams.register(d, s);
  return d;
}

defineMethods(decompressorType, [
  { name: "__new__", arity: [1, -1], kind: "static", kw: ["**"], impl: (a, k) => newDecompressor(a, k) },
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
        const r = lzma().lzma_code(s.arg, LZMA_RUN);
        if (r === LZMA_GET_CHECK || r === LZMA_NO_CHECK) d.check = lzma().lzma_get_check(s.arg);
        // liblzma reports LZMA_BUF_ERROR when it could not progress; the loop ends on empty input anyway
        if (r === LZMA_BUF_ERROR && s.availIn === 0) return false;
        checkStatus(r);
        return r === LZMA_STREAM_END;
      }, "Already at end of stream"));
    },
  },
]);
defineGetSets(decompressorType, [
  { name: "check", get: (w) => asDecompressor(w).check },
  { name: "eof", get: (w) => newBool(asDecompressor(w).state.eof) },
  { name: "unused_data", get: (w) => newBytes(asDecompressor(w).state.unusedData.slice()) },
  { name: "needs_input", get: (w) => newBool(asDecompressor(w).state.needsInput) },
]);

// ---------------------------------------------------------------- filter properties

function encodeFilterProperties(a: W[]): W {
  const [id, opts] = filterOptions(a[0]);
  const filter = new Uint8Array(16);
  const v = new DataView(filter.buffer);
  v.setBigUint64(0, id, true);
  v.setBigUint64(8, address(opts), true);
  const size = new Uint32Array(1);
  checkStatus(lzma().lzma_properties_size(new Uint8Array(size.buffer), filter));
  const out = new Uint8Array(Math.max(size[0], 1));
  checkStatus(lzma().lzma_properties_encode(filter, out));
  return newBytes(out.slice(0, size[0]));
}

/** The fields of a decoded options struct, as the dict CPython's build_filter_spec makes. */
function decodeFilterProperties(a: W[]): W {
  const id = unsignedArg(a[0], 64);
  const props = dataArg(a[1]);
  const filter = new Uint8Array(16);
  const v = new DataView(filter.buffer);
  v.setBigUint64(0, id, true);
  const propsCopy = new Uint8Array(Math.max(props.length, 1));
  propsCopy.set(props);
  checkStatus(lzma().lzma_properties_decode(filter, null, propsCopy, BigInt(props.length)));
  const optsAddr = v.getBigUint64(8, true);
  const spec = new PyDict();
  spec.setStr("id", normBig(id));
  if (optsAddr !== 0n) {
    const p = Deno.UnsafePointer.create(optsAddr)!;
    const o = new Deno.UnsafePointerView(p);
    if (id === FILTER_LZMA1 || id === FILTER_LZMA2) {
      if (id === FILTER_LZMA1) {
        spec.setStr("lc", o.getUint32(20));
        spec.setStr("lp", o.getUint32(24));
        spec.setStr("pb", o.getUint32(28));
      }
      spec.setStr("dict_size", o.getUint32(0));
    } else if (id === FILTER_DELTA) {
      spec.setStr("dist", o.getUint32(4));
    } else if (BCJ_FILTERS.includes(id)) {
      const start = o.getUint32(0);
      if (start !== 0) spec.setStr("start_offset", start);
    }
    // liblzma allocated the options with malloc (no allocator given): give them back
    libc().free(p);
  }
  return spec;
}

export const lzmaModule: NativeModuleDef = {
  name: "_lzma",
  functions: [
    {
      name: "is_check_supported",
      arity: [1, 1],
      impl: (a) => newBool(lzma().lzma_check_is_supported(intArg(a[0], 0)) !== 0),
    },
    { name: "_encode_filter_properties", arity: [1, 1], impl: encodeFilterProperties },
    { name: "_decode_filter_properties", arity: [2, 2], impl: decodeFilterProperties },
  ],
  types: [compressorType, decompressorType, ["LZMAError", lzmaError]],
  values: () => ({ ...LZMA_CONSTANTS }),
  init: () => {
    lzma();
  },
};
