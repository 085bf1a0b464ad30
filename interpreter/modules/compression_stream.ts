// The buffer handling shared by _bz2 and _lzma, whose C libraries both work on a stream struct with
// next_in/avail_in/next_out/avail_out fields (the same offsets in bz_stream and lzma_stream on 64-bit
// Linux; bz_stream's counts are 32-bit, lzma_stream's 64-bit). The struct lives in an ArrayBuffer of its
// own, whose address stays put across calls (libbz2 keeps a pointer back to it); input and output are
// copied through ArrayBuffers whose addresses are written into the struct before each call.
//
// decompress() follows CPython's decompress()/decompress_buf() of Modules/_bz2module.c and _lzmamodule.c:
// input the library did not take is kept for the next call, `max_length` bounds the output, and
// needs_input/eof/unused_data are maintained the same way.
import { errorWithMessage } from "../vm/errors.ts";
import { exceptionTypes } from "../objects/exceptions.ts";
import { newStr } from "../objects/str.ts";
import { newError } from "../vm/errors.ts";

const NEXT_IN = 0, AVAIL_IN = 8, NEXT_OUT = 24, AVAIL_OUT = 32;
/** First output chunk; later chunks double up to MAX_CHUNK. */
const FIRST_CHUNK = 32 * 1024;
const MAX_CHUNK = 4 * 1024 * 1024;

function address(buf: ArrayBuffer): bigint {
  return BigInt(Deno.UnsafePointer.value(Deno.UnsafePointer.of(buf)));
}

/** One library stream: the struct and the copies of the current input and output. */
export class NativeStream {
  readonly struct: ArrayBuffer;
  readonly view: DataView;
  /** 4 for bz_stream's unsigned ints, 8 for lzma_stream's size_t. */
  readonly countWidth: 4 | 8;
  constructor(size: number, countWidth: 4 | 8) {
    this.struct = new ArrayBuffer(size);
    this.view = new DataView(this.struct);
    this.countWidth = countWidth;
  }
  /** The struct as an FFI "buffer" argument. */
  get arg(): Uint8Array {
    return new Uint8Array(this.struct);
  }
  private setCount(off: number, n: number): void {
    if (this.countWidth === 4) this.view.setUint32(off, n, true);
    else this.view.setBigUint64(off, BigInt(n), true);
  }
  private getCount(off: number): number {
    return this.countWidth === 4 ? this.view.getUint32(off, true) : Number(this.view.getBigUint64(off, true));
  }
  setInput(buf: ArrayBuffer, start: number, length: number): void {
    this.view.setBigUint64(NEXT_IN, address(buf) + BigInt(start), true);
    this.setCount(AVAIL_IN, length);
  }
  get availIn(): number {
    return this.getCount(AVAIL_IN);
  }
  setOutput(buf: ArrayBuffer, start: number, length: number): void {
    this.view.setBigUint64(NEXT_OUT, address(buf) + BigInt(start), true);
    this.setCount(AVAIL_OUT, length);
  }
  get availOut(): number {
    return this.getCount(AVAIL_OUT);
  }
  clearPointers(): void {
    this.view.setBigUint64(NEXT_IN, 0n, true);
    this.setCount(AVAIL_IN, 0);
    this.view.setBigUint64(NEXT_OUT, 0n, true);
    this.setCount(AVAIL_OUT, 0);
  }
}

/** An input copy the library reads from (never empty, so it always has an address). */
export function inputCopy(data: Uint8Array): ArrayBuffer {
  const ab = new ArrayBuffer(Math.max(data.length, 1));
  new Uint8Array(ab).set(data);
  return ab;
}

/** Output gathered in chunks. */
export class OutputChunks {
  chunks: Uint8Array[] = [];
  total = 0;
  current: ArrayBuffer | null = null;
  currentSize = 0;
  /** Give the stream a fresh chunk of up to `limit` bytes (limit < 0: no limit). */
  grow(s: NativeStream, limit: number): void {
    this.flushCurrent(s);
    let size = this.chunks.length === 0 ? FIRST_CHUNK : Math.min(this.total, MAX_CHUNK);
    if (limit >= 0) size = Math.min(size, limit - this.total);
    this.current = new ArrayBuffer(Math.max(size, 1));
    this.currentSize = size;
    s.setOutput(this.current, 0, size);
  }
  /** Move what the library wrote into the current chunk to the list. */
  flushCurrent(s: NativeStream): void {
    if (this.current === null) return;
    const used = this.currentSize - s.availOut;
    if (used > 0) this.chunks.push(new Uint8Array(this.current, 0, used));
    this.total += used;
    this.current = null;
    this.currentSize = 0;
  }
  /** Bytes produced so far, counting the current chunk. */
  produced(s: NativeStream): number {
    return this.total + (this.current === null ? 0 : this.currentSize - s.availOut);
  }
  result(s: NativeStream): Uint8Array {
    this.flushCurrent(s);
    if (this.chunks.length === 1) return this.chunks[0].slice();
    const out = new Uint8Array(this.total);
    let o = 0;
    for (const c of this.chunks) {
      out.set(c, o);
      o += c.length;
    }
    return out;
  }
}

/**
 * Compress `data` with `step(action)` until the library has taken all input (`finish`: until it reports
 * the end of the stream). `step` returns true when the stream has ended.
 */
export function runCompress(
  s: NativeStream,
  data: Uint8Array,
  step: () => boolean,
  finish: boolean,
): Uint8Array {
  const input = inputCopy(data);
  s.setInput(input, 0, data.length);
  const out = new OutputChunks();
  out.grow(s, -1);
  for (;;) {
    // libbz2 refuses a BZ_RUN call that can make no progress: stop once the input is taken
    if (!finish && s.availIn === 0) break;
    if (s.availOut === 0) out.grow(s, -1);
    if (step() && finish) break;
  }
  const r = out.result(s);
  s.clearPointers();
  return r;
}

/** The decompressor state CPython keeps beside the library stream. */
export class DecompressState {
  eof = false;
  needsInput = true;
  unusedData: Uint8Array = new Uint8Array(0);
  /** Input given earlier that the library has not consumed yet. */
  pending: Uint8Array = new Uint8Array(0);
}

/**
 * One decompress(data, max_length) call. `step()` runs the library once and returns true at the end of
 * the stream (raising for errors).
 */
export function runDecompress(
  s: NativeStream,
  d: DecompressState,
  data: Uint8Array,
  maxLength: number,
  step: () => boolean,
  eofMessage: string,
): Uint8Array {
  if (d.eof) throw newError(exceptionTypes.EOFError, [newStr(eofMessage)]);
  let whole: Uint8Array;
  if (d.pending.length === 0) whole = data;
  else {
    whole = new Uint8Array(d.pending.length + data.length);
    whole.set(d.pending);
    whole.set(data, d.pending.length);
  }
  const input = inputCopy(whole);
  s.setInput(input, 0, whole.length);
  const out = new OutputChunks();
  out.grow(s, maxLength);
  for (;;) {
    if (step()) {
      d.eof = true;
      break;
    }
    if (s.availOut === 0) {
      if (maxLength >= 0 && out.produced(s) >= maxLength) break;
      out.grow(s, maxLength);
    } else if (s.availIn === 0) break;
  }
  const left = s.availIn;
  const result = out.result(s);
  const rest = whole.subarray(whole.length - left);
  if (d.eof) {
    d.needsInput = false;
    if (left > 0) {
      const u = new Uint8Array(d.unusedData.length + left);
      u.set(d.unusedData);
      u.set(rest, d.unusedData.length);
      d.unusedData = u;
    }
    d.pending = new Uint8Array(0);
  } else if (left === 0) {
    d.pending = new Uint8Array(0);
    // no input left but the output filled up: the library may still hold bytes to give
    d.needsInput = !(maxLength >= 0 && result.length >= maxLength);
  } else {
    d.pending = rest.slice();
    d.needsInput = false;
  }
  s.clearPointers();
  return result;
}

/** A Py_ssize_t max_length argument (default -1); sys.maxsize and the like stay effectively unbounded. */
export function maxLengthArg(v: number | bigint | undefined): number {
  if (v === undefined) return -1;
  if (typeof v === "bigint") {
    if (v !== BigInt.asIntN(64, v)) {
      throw errorWithMessage("OverflowError", "Python int too large to convert to C ssize_t");
    }
    return Number(v);
  }
  return v;
}

/** Load a shared library for a module, or raise ImportError naming both. */
export function openLibrary<S extends Deno.ForeignLibraryInterface>(
  module: string,
  names: string[],
  symbols: S,
): Deno.DynamicLibrary<S>["symbols"] {
  let last = "";
  for (const name of names) {
    try {
      return Deno.dlopen(name, symbols).symbols;
    } catch (e) {
      last = e instanceof Error ? e.message : String(e);
    }
  }
  throw errorWithMessage("ImportError", `${module}: cannot load ${names[0]} (${last})`);
}
