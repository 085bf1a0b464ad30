// _io.BufferedReader, BufferedWriter, BufferedRandom (one TS class, `PyBuffered`, whose flags say which
// directions it has) and BufferedRWPair (CPython's Modules/_io/bufferedio.c). Over an exact FileIO the
// raw calls go straight to the descriptor; any other raw object is driven through its Python methods
// (readinto/write/seek/tell), so io.RawIOBase subclasses written in Python work too.
import {
  call,
  defineGetSets,
  defineMethods,
  False,
  getAttr,
  getAttrOrUndefined,
  None,
  type PyType,
  stopIterationHook,
  True,
  typeOf,
  type W,
} from "../../objects/model.ts";
import { nativeType } from "../define.ts";
import { bytesLike, newByteArray, newBytes, PyBytes } from "../../objects/bytes.ts";
import { memoryviewOf, releaseView } from "../../objects/memoryview.ts";
import { newStr } from "../../objects/str.ts";
import { exceptionTypes, newException, type PyBaseException } from "../../objects/exceptions.ts";
import { isTrue, repr } from "../../objects/operations.ts";
import { newError, PyError, raiseTypeError, raiseValueError } from "../../vm/errors.ts";
import {
  bindArgs,
  DEFAULT_BUFFER_SIZE,
  intArg,
  pendingWriters,
  sizeArg,
  ssizeArg,
  unsupported,
} from "./common.ts";
import {
  bufferedIOBaseType,
  callMethodOf,
  concatBytes,
  PyIOBase,
  readlinesVia,
  writableBuffer,
} from "./iobase.ts";
import { fileIOType, PyFileIO } from "./fileio.ts";

const EMPTY = new Uint8Array(0);

export class PyBuffered extends PyIOBase {
  declare raw: W | null;
  /** The raw object when it is an exact FileIO (direct descriptor calls). */
  declare rawFile: PyFileIO | null;
  declare ok: boolean;
  declare detached: boolean;
  declare canRead: boolean;
  declare canWrite: boolean;
  declare bufferSize: number;
  declare rbuf: Uint8Array;
  declare rpos: number;
  declare rlen: number;
  declare wbuf: Uint8Array;
  declare wlen: number;
  /** A view of rbuf has been handed out (see take). */
  declare exposed: boolean;
  constructor(cls: PyType) {
    super(cls);
    this.raw = null;
    this.rawFile = null;
    this.ok = false;
    this.detached = false;
    this.canRead = false;
    this.canWrite = false;
    this.bufferSize = DEFAULT_BUFFER_SIZE;
    this.rbuf = EMPTY;
    this.rpos = 0;
    this.rlen = 0;
    this.wbuf = EMPTY;
    this.wlen = 0;
    this.exposed = false;
  }

  /** The raw stream, or the errors for an uninitialised or detached object. */
  rawOrRaise(): W {
    if (this.raw === null) {
      if (this.detached) raiseValueError("raw stream has been detached");
      raiseValueError("I/O operation on uninitialized object");
    }
    return this.raw;
  }

  isClosed(): boolean {
    const raw = this.rawOrRaise();
    const f = this.rawFile;
    if (f !== null) return f.fd < 0;
    return isTrue(getAttr(raw, "closed"));
  }
  // ---- raw calls

  rawReadInto(buf: Uint8Array): number | null {
    const f = this.rawFile;
    if (f !== null) return f.readInto(buf);
    // the raw stream fills `buf` itself through a memoryview, as CPython's _bufferedreader_raw_read does
    // (a fresh buffer of the remaining size per call made a big readinto quadratic)
    const ba = newByteArray(EMPTY);
    ba.data = buf;
    ba.length = buf.length;
    const view = memoryviewOf(ba);
    let r: W;
    try {
      r = callMethodOf(this.raw!, "readinto", [view]);
    } finally {
      try {
        releaseView(view);
      } catch {
        // the raw stream kept a view of it: it stays usable, as in CPython
      }
    }
    if (r === None) return null;
    const n = typeof r === "number" ? r : rawLength(r, "raw readinto() failed");
    if (n < 0 || n > buf.length) {
      throw newError(exceptionTypes.OSError, [
        newStr(`raw readinto() returned invalid length ${n} (should have been between 0 and ${buf.length})`),
      ]);
    }
    return n;
  }

  rawWrite(buf: Uint8Array): number | null {
    const f = this.rawFile;
    if (f !== null) return f.writeSome(buf);
    const r = callMethodOf(this.raw!, "write", [newBytes(buf.slice())]);
    if (r === None) return null;
    // CPython's writer does not check the conversion: a non-integer reads as -1, an invalid length
    const n = typeof r === "number" ? r : rawLength(r, null);
    if (n < 0 || n > buf.length) {
      throw newError(exceptionTypes.OSError, [
        newStr(`raw write() returned invalid length ${n} (should have been between 0 and ${buf.length})`),
      ]);
    }
    return n;
  }

  rawSeek(pos: number, whence: number): number {
    const f = this.rawFile;
    if (f !== null) {
      f.checkOpen();
      return f.seek(pos, whence);
    }
    const r = callMethodOf(this.raw!, "seek", [pos, whence]);
    const n = intArg(r);
    if (n < 0) {
      throw newError(exceptionTypes.OSError, [newStr(`Raw stream returned invalid position ${n}`)]);
    }
    return n;
  }
  rawTell(): number {
    const f = this.rawFile;
    if (f !== null) {
      f.checkOpen();
      return f.seek(0, 1);
    }
    const n = intArg(callMethodOf(this.raw!, "tell"));
    if (n < 0) throw newError(exceptionTypes.OSError, [newStr(`Raw stream returned invalid position ${n}`)]);
    return n;
  }

  // ---- writing

  flushWrites(): void {
    let off = 0;
    while (off < this.wlen) {
      const n = this.rawWrite(this.wbuf.subarray(off, this.wlen));
      if (n === null) {
        this.wbuf.copyWithin(0, off, this.wlen);
        this.wlen -= off;
        throw blockingError("write could not complete without blocking", 0);
      }
      off += n;
    }
    this.wlen = 0;
    pendingWriters.delete(this);
  }

  /** Drop the read-ahead, moving the raw position back to the logical one. */
  rewindReads(): void {
    const avail = this.rlen - this.rpos;
    if (avail > 0) this.rawSeek(-avail, 1);
    this.rpos = this.rlen = 0;
  }

  write(b: Uint8Array): number {
    if (this.canRead && this.rlen > this.rpos) this.rewindReads();
    const n = b.length;
    if (this.wlen + n <= this.bufferSize) {
      if (this.wbuf.length < this.bufferSize) {
        const grown = new Uint8Array(this.bufferSize);
        grown.set(this.wbuf.subarray(0, this.wlen));
        this.wbuf = grown;
      }
      this.wbuf.set(b, this.wlen);
      if (this.wlen === 0 && n > 0) pendingWriters.add(this);
      this.wlen += n;
      return n;
    }
    // does not fit: flush, then the data goes straight to the raw stream while at least a buffer's worth
    // is left, and the rest is buffered (CPython 3.14's _io__Buffered_write_impl)
    this.flushWrites();
    let off = 0;
    while (n - off >= this.bufferSize) {
      const k = this.rawWrite(b.subarray(off));
      if (k === null) throw blockingError("write could not complete without blocking", off);
      off += k;
    }
    if (off < n) this.write(b.subarray(off));
    return n;
  }

  flushAtExit(): void {
    if (this.raw !== null && this.wlen > 0 && !this.isClosed()) this.flushWrites();
  }

  // ---- reading

  available(): number {
    return this.rlen - this.rpos;
  }

  /** One raw read into a fresh read buffer; returns bytes read (0 at EOF) or null (would block). */
  fill(): number | null {
    this.freshReadBuffer();
    this.rpos = 0;
    this.rlen = 0;
    const n = this.rawReadInto(this.rbuf);
    if (n !== null) this.rlen = n;
    return n;
  }

  /**
   * The next `n` buffered bytes as a view (no copy): bytes objects read from a file share the chunk they
   * came from, which is never written again (fill() takes a new one once a view has been handed out).
   */
  take(n: number): Uint8Array {
    if (n <= SMALL_TAKE) {
      // a small piece is copied: it would otherwise keep the whole chunk alive and unusable for reuse
      const small = this.rbuf.slice(this.rpos, this.rpos + n);
      this.rpos += n;
      return small;
    }
    const out = this.rbuf.subarray(this.rpos, this.rpos + n);
    this.rpos += n;
    this.exposed = true;
    return out;
  }

  /** An empty read buffer that no bytes object shares (a spare one of a closed reader if there is one). */
  freshReadBuffer(): void {
    if (this.exposed || this.rbuf.length < this.bufferSize) {
      const spare = this.bufferSize === DEFAULT_BUFFER_SIZE ? spareReadBuffers.pop() : undefined;
      this.rbuf = spare ?? new Uint8Array(this.bufferSize);
      this.exposed = false;
    }
  }

  /** At close: give the read buffer back for the next reader, unless a bytes object shares it or it holds data. */
  releaseReadBuffer(): void {
    if (
      !this.exposed && this.available() === 0 && this.rbuf.length === DEFAULT_BUFFER_SIZE &&
      spareReadBuffers.length < MAX_SPARE_READ_BUFFERS
    ) {
      spareReadBuffers.push(this.rbuf);
      this.rbuf = EMPTY;
    }
  }

  readAll(): Uint8Array | null {
    const parts: Uint8Array[] = [];
    let total = 0;
    if (this.available() > 0) {
      parts.push(this.take(this.available()));
      total = parts[0].length;
    }
    this.rpos = this.rlen = 0;
    const f = this.rawFile;
    if (f !== null) {
      const rest = f.readAll();
      if (rest === null) return total > 0 ? parts[0] : null;
      if (total === 0) return rest;
      parts.push(rest);
      return concatBytes(parts, total + rest.length);
    }
    const readall = getAttrOrUndefined(this.raw!, "readall");
    if (readall !== undefined) {
      const r = call(readall, []);
      if (r === None) return total > 0 ? parts[0] : null;
      const b = bytesLike(r);
      if (b === undefined || !(r instanceof PyBytes)) raiseTypeError("readall() should return bytes");
      parts.push(b);
      return concatBytes(parts, total + b.length);
    }
    for (;;) {
      const chunk = new Uint8Array(this.bufferSize);
      const n = this.rawReadInto(chunk);
      if (n === null) return total > 0 ? concatBytes(parts, total) : null;
      if (n === 0) break;
      parts.push(chunk.subarray(0, n));
      total += n;
    }
    return concatBytes(parts, total);
  }

  /**
   * read(n) for n >= 0: blocks until n bytes or end of file. As CPython's _bufferedreader_read_generic:
   * whole buffer-sized blocks go straight from the raw stream into the result, the tail through the buffer.
   */
  read(n: number): Uint8Array | null {
    const avail = this.available();
    if (n <= avail) return this.take(n);
    const out = new Uint8Array(n);
    let got = avail;
    out.set(this.rbuf.subarray(this.rpos, this.rlen));
    this.rpos = this.rlen = 0;
    const size = this.bufferSize;
    let remaining = n - got;
    for (;;) {
      const block = remaining - (remaining % size);
      if (block === 0) break;
      const k = this.rawReadInto(out.subarray(got, got + block));
      if (k === null) return got > 0 ? out.slice(0, got) : null;
      if (k === 0) return out.slice(0, got);
      got += k;
      remaining -= k;
    }
    this.freshReadBuffer();
    while (remaining > 0 && this.rlen < size) {
      const k = this.rawReadInto(this.rbuf.subarray(this.rlen, size));
      if (k === null) return got > 0 ? out.slice(0, got) : null;
      if (k === 0) break;
      this.rlen += k;
      const m = Math.min(k, remaining);
      out.set(this.rbuf.subarray(this.rpos, this.rpos + m), got);
      this.rpos += m;
      got += m;
      remaining -= m;
    }
    return got === n ? out : out.slice(0, got);
  }

  /** readinto/readinto1 (CPython's _buffered_readinto_generic): large remainders bypass the buffer. */
  readIntoGeneric(dst: Uint8Array, one: boolean): number | null {
    const avail = this.available();
    if (avail >= dst.length) {
      dst.set(this.rbuf.subarray(this.rpos, this.rpos + dst.length));
      this.rpos += dst.length;
      return dst.length;
    }
    let written = 0;
    if (avail > 0) {
      dst.set(this.rbuf.subarray(this.rpos, this.rlen));
      this.rpos = this.rlen;
      written = avail;
    }
    this.rpos = this.rlen = 0;
    while (written < dst.length) {
      const remaining = dst.length - written;
      let k: number | null;
      if (remaining > this.bufferSize) {
        k = this.rawReadInto(dst.subarray(written));
      } else if (!(one && written > 0)) {
        k = this.fill();
        if (k !== null && k > 0) {
          const m = Math.min(k, remaining);
          dst.set(this.rbuf.subarray(0, m), written);
          this.rpos = m;
          written += m;
          continue;
        }
      } else k = 0;
      if (k === 0 || (k === null && written > 0)) break;
      if (k === null) return null;
      written += k;
      if (one) break;
    }
    return written;
  }

  read1(n: number): Uint8Array {
    if (n < 0) n = this.bufferSize;
    if (n === 0) return EMPTY;
    const avail = this.available();
    if (avail > 0) return this.take(Math.min(n, avail));
    this.rpos = this.rlen = 0;
    if (n > this.bufferSize) {
      const out = new Uint8Array(n);
      const k = this.rawReadInto(out);
      return k === null || k === 0 ? EMPTY : out.slice(0, k);
    }
    const k = this.fill();
    if (k === null || k === 0) return EMPTY;
    return this.take(Math.min(n, k));
  }

  readline(limit: number): Uint8Array {
    const parts: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const avail = this.available();
      if (avail > 0) {
        const nl = this.rbuf.indexOf(10, this.rpos);
        let end = nl < 0 || nl >= this.rlen ? avail : nl - this.rpos + 1;
        if (limit >= 0 && total + end > limit) end = limit - total;
        const piece = this.take(end);
        if (parts.length === 0 && (piece[piece.length - 1] === 10 || (limit >= 0 && end === limit))) {
          return piece;
        }
        parts.push(piece);
        total += piece.length;
        if (piece[piece.length - 1] === 10 || (limit >= 0 && total >= limit)) break;
      }
      if (limit >= 0 && total >= limit) break;
      const k = this.fill();
      if (k === null || k === 0) break;
    }
    return parts.length === 0 ? EMPTY : concatBytes(parts, total);
  }

  peek(): Uint8Array {
    if (this.available() === 0) {
      const k = this.fill();
      if (k === null || k === 0) return EMPTY;
    }
    return this.rbuf.slice(this.rpos, this.rlen);
  }

  tell(): number {
    const pos = this.rawTell() - this.available() + this.wlen;
    return pos < 0 ? 0 : pos;
  }

  seek(target: number, whence: number): number {
    if (whence === 0 || whence === 1) {
      // inside the read buffer: move in it without a system call
      const avail = this.available();
      if (avail > 0 && this.wlen === 0) {
        const cur = this.rawTell() - avail;
        const abs = whence === 0 ? target : cur + target;
        const start = cur - this.rpos;
        if (abs >= start && abs <= start + this.rlen) {
          this.rpos = abs - start;
          return abs < 0 ? 0 : abs; // a raw stream that always tells 0 (a character device): GH-95782
        }
      }
    }
    if (this.canWrite && this.wlen > 0) this.flushWrites();
    if (whence === 1) target -= this.available();
    const n = this.rawSeek(target, whence);
    this.rpos = this.rlen = 0;
    return n;
  }
}

/** BlockingIOError(EAGAIN, msg, characters_written), as the buffered writer raises it. */
function blockingError(msg: string, written: number): PyError {
  const e = newException(exceptionTypes.BlockingIOError, [11, newStr(msg)]);
  e.setAttr("errno", 11);
  e.setAttr("strerror", newStr(msg));
  e.setAttr("characters_written", written);
  return new PyError(e);
}

export const bufferedReaderType: PyType = nativeType("_io", "BufferedReader", bufferedIOBaseType, {
  factory: (cls) => new PyBuffered(cls),
});
export const bufferedWriterType: PyType = nativeType("_io", "BufferedWriter", bufferedIOBaseType, {
  factory: (cls) => new PyBuffered(cls),
});
export const bufferedRandomType: PyType = nativeType("_io", "BufferedRandom", bufferedIOBaseType, {
  factory: (cls) => new PyBuffered(cls),
});

function buf(w: W): PyBuffered {
  if (!(w instanceof PyBuffered)) raiseTypeError("descriptor requires a buffered object");
  if (!w.ok) w.rawOrRaise();
  return w;
}

/** The checks each method makes before touching the raw stream (CPython's CHECK_CLOSED messages). */
function open(w: W, what: string): PyBuffered {
  const b = buf(w);
  if (b.isClosed()) {
    // a closed reader may still hand out what it has buffered
    if ((what === "read of closed file" || what === "peek of closed file") && b.available() > 0) return b;
    raiseValueError(what);
  }
  return b;
}
function readerOf(w: W, what: string): PyBuffered {
  const b = open(w, what);
  if (!b.canRead) unsupported(what.startsWith("read") ? "read" : what.split(" ")[0]);
  if (b.canWrite && b.wlen > 0) b.flushWrites();
  return b;
}

/** BufferedReader/Writer/Random.__init__ */
export function bufferedInit(
  b: PyBuffered,
  raw: W,
  sizeW: W | undefined,
  read: boolean,
  write: boolean,
): void {
  // a failed (re-)initialisation leaves the object uninitialised, as CPython's __init__ does
  b.ok = false;
  b.raw = null;
  b.rawFile = null;
  b.detached = false;
  // _PyIOBase_check_readable & co.: ask raw.readable() itself (raw need not derive from io.IOBase,
  // e.g. tarfile's _FileInFile)
  if (read && callMethodOf(raw, "readable") !== True) unsupported("File or stream is not readable.");
  if (write && callMethodOf(raw, "writable") !== True) unsupported("File or stream is not writable.");
  if (read && write && callMethodOf(raw, "seekable") !== True) unsupported("File or stream is not seekable.");
  const size = sizeW === undefined ? DEFAULT_BUFFER_SIZE : intArg(sizeW);
  if (size <= 0) raiseValueError("buffer size must be strictly positive");
  b.raw = raw;
  b.rawFile = raw instanceof PyFileIO && raw.cls === fileIOType ? raw : null;
  b.detached = false;
  b.canRead = read;
  b.canWrite = write;
  b.bufferSize = size;
  b.rbuf = EMPTY;
  b.rpos = b.rlen = 0;
  b.wbuf = EMPTY;
  b.wlen = 0;
  b.ok = true;
}

/** A raw call's result as a length; not an integer: OSError from the TypeError (_PyErr_FormatFromCause). */
function rawLength(r: W, what: string | null): number {
  try {
    return intArg(r);
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    if (what === null) return -1;
    const err = newError(exceptionTypes.OSError, [newStr(what)]);
    const exc = err.value as PyBaseException;
    exc.cause = e.value;
    exc.context = e.value;
    exc.suppressContext = true;
    throw err;
  }
}

function typeQualName(w: W): string {
  const t = typeOf(w);
  return t.module === "_io" ? `_io.${t.name}` : t.name;
}

/**
 * Read buffers of closed readers, for the next ones: a fresh 128 KiB buffer is zeroed memory, which cost
 * most of an open/read/close of a small file. (Their old contents are never read: rlen bounds the data.)
 */
const spareReadBuffers: Uint8Array[] = [];
const MAX_SPARE_READ_BUFFERS = 4;
/** Reads up to this size are copied out of the buffer instead of sharing it (see take). */
const SMALL_TAKE = 4096;

function closeBuffered(b: PyBuffered): W {
  const raw = b.rawOrRaise();
  if (b.isClosed()) return None;
  let err: unknown = null;
  try {
    // CPython's buffered_close calls self.flush(): an override (or a reader's raw.flush()) runs too
    callMethodOf(b, "flush");
  } catch (e) {
    err = e;
  }
  pendingWriters.delete(b);
  try {
    callMethodOf(raw, "close");
  } catch (e) {
    if (err !== null && e instanceof PyError && err instanceof PyError) {
      const exc = e.value as unknown as { context: W };
      exc.context = err.value;
    }
    err = e;
  }
  b.rpos = b.rlen = 0;
  b.releaseReadBuffer();
  if (err !== null) throw err;
  return None;
}

const commonMethods = [
  {
    name: "flush",
    arity: [0, 0] as [number, number],
    impl: (a: W[]) => {
      const b = buf(a[0]);
      // a reader's flush is the raw stream's (CPython's buffered_simple_flush)
      if (!b.canWrite) return callMethodOf(b.rawOrRaise(), "flush");
      open(a[0], "flush of closed file");
      b.flushWrites();
      if (b.canRead && b.rlen > b.rpos) b.rewindReads();
      return None;
    },
  },
  { name: "close", arity: [0, 0] as [number, number], impl: (a: W[]) => closeBuffered(buf(a[0])) },
  {
    name: "detach",
    arity: [0, 0] as [number, number],
    impl: (a: W[]) => {
      const b = buf(a[0]);
      const raw = b.rawOrRaise();
      if (b.canWrite && b.wlen > 0) b.flushWrites();
      pendingWriters.delete(b);
      b.raw = null;
      b.rawFile = null;
      b.detached = true;
      b.ok = false;
      return raw;
    },
  },
  {
    name: "seek",
    arity: [1, 2] as [number, number],
    impl: (a: W[]) => {
      const b = buf(a[0]);
      if (typeOf(a[1]).name === "float") raiseTypeError("an integer is required");
      const target = intArg(a[1]);
      const whence = a[2] === undefined ? 0 : intArg(a[2]);
      if (whence < 0 || whence > 2) raiseValueError(`whence value ${whence} unsupported`);
      open(a[0], "seek of closed file");
      const seekable = b.rawFile !== null
        ? b.rawFile.isSeekable()
        : callMethodOf(b.raw!, "seekable") === True;
      if (!seekable) unsupported("File or stream is not seekable.");
      return b.seek(target, whence);
    },
  },
  {
    name: "tell",
    arity: [0, 0] as [number, number],
    impl: (a: W[]) => {
      const b = buf(a[0]);
      return b.tell();
    },
  },
  {
    name: "truncate",
    arity: [0, 1] as [number, number],
    impl: (a: W[]) => {
      const b = open(a[0], "truncate of closed file");
      if (!b.canWrite) unsupported("truncate");
      if (b.wlen > 0) b.flushWrites();
      if (b.canRead && b.rlen > b.rpos) b.rewindReads();
      const pos = a[1] === undefined ? None : a[1];
      const r = callMethodOf(b.raw!, "truncate", pos === None ? [] : [pos]);
      b.rpos = b.rlen = 0;
      return r;
    },
  },
  {
    name: "fileno",
    arity: [0, 0] as [number, number],
    impl: (a: W[]) => callMethodOf(buf(a[0]).rawOrRaise(), "fileno"),
  },
  {
    name: "isatty",
    arity: [0, 0] as [number, number],
    impl: (a: W[]) => callMethodOf(buf(a[0]).rawOrRaise(), "isatty"),
  },
  {
    name: "seekable",
    arity: [0, 0] as [number, number],
    impl: (a: W[]) => callMethodOf(buf(a[0]).rawOrRaise(), "seekable"),
  },
  { name: "_dealloc_warn", arity: [1, 1] as [number, number], impl: () => None },
  {
    name: "__repr__",
    arity: [0, 0] as [number, number],
    impl: (a: W[]) => {
      const b = a[0] as PyBuffered;
      const tn = typeQualName(b);
      let name: W | undefined;
      try {
        name = getAttrOrUndefined(b, "name");
      } catch (e) {
        if (
          !(e instanceof PyError) ||
          !(e.matches(exceptionTypes.ValueError) || e.matches(exceptionTypes.AttributeError))
        ) throw e;
      }
      return newStr(name === undefined ? `<${tn}>` : `<${tn} name=${repr(name)}>`);
    },
  },
  {
    name: "__getstate__",
    arity: [0, 0] as [number, number],
    impl: (a: W[]) => raiseTypeError(`cannot pickle '${typeOf(a[0]).name}' instances`),
  },
];

const readMethods = [
  // BufferedReader has no writable() (nor BufferedWriter readable()): IOBase's answer False stands
  {
    name: "readable",
    arity: [0, 0] as [number, number],
    impl: (a: W[]) => callMethodOf(buf(a[0]).rawOrRaise(), "readable"),
  },
  {
    name: "read",
    arity: [0, 1] as [number, number],
    impl: (a: W[]) => {
      const n = sizeArg(a[1]);
      if (n < -1) raiseValueError("read length must be non-negative or -1");
      const b = readerOf(a[0], "read of closed file");
      const r = n < 0 ? b.readAll() : b.read(n);
      return r === null ? None : newBytes(r);
    },
  },
  {
    name: "read1",
    arity: [0, 1] as [number, number],
    impl: (a: W[]) => {
      const n = ssizeArg(a[1], -1);
      const b = readerOf(a[0], "read of closed file");
      return newBytes(b.read1(n));
    },
  },
  {
    name: "readinto",
    arity: [1, 1] as [number, number],
    impl: (a: W[]) => {
      const b = readerOf(a[0], "readinto of closed file");
      const r = b.readIntoGeneric(writableBuffer(a[1]), false);
      return r === null ? None : r;
    },
  },
  {
    name: "readinto1",
    arity: [1, 1] as [number, number],
    impl: (a: W[]) => {
      const b = readerOf(a[0], "readinto of closed file");
      const r = b.readIntoGeneric(writableBuffer(a[1]), true);
      return r === null ? None : r;
    },
  },
  {
    name: "readline",
    arity: [0, 1] as [number, number],
    impl: (a: W[]) => newBytes(readerOf(a[0], "readline of closed file").readline(sizeArg(a[1]))),
  },
  {
    name: "readlines",
    arity: [0, 1] as [number, number],
    impl: (a: W[]) => readlinesVia(a[0], a[1]),
  },
  {
    name: "peek",
    arity: [0, 1] as [number, number],
    impl: (a: W[]) => {
      ssizeArg(a[1], 0);
      return newBytes(readerOf(a[0], "peek of closed file").peek());
    },
  },
  {
    name: "__next__",
    arity: [0, 0] as [number, number],
    impl: (a: W[]) => {
      const t = typeOf(a[0]);
      if (t !== bufferedReaderType && t !== bufferedRandomType) {
        // a subclass's readline is honoured (CPython's buffered_iternext)
        const line = callMethodOf(a[0], "readline");
        const b = bytesLike(line);
        if (b === undefined || !(line instanceof PyBytes)) {
          throw newError(exceptionTypes.OSError, [
            newStr(`readline() should have returned a bytes object, not '${typeOf(line).name}'`),
          ]);
        }
        if (b.length === 0) stopIterationHook.raise();
        return line;
      }
      const b = readerOf(a[0], "readline of closed file");
      const line = b.readline(-1);
      if (line.length === 0) stopIterationHook.raise();
      return newBytes(line);
    },
  },
];

const writeMethods = [
  {
    name: "writable",
    arity: [0, 0] as [number, number],
    impl: (a: W[]) => callMethodOf(buf(a[0]).rawOrRaise(), "writable"),
  },
  {
    name: "write",
    arity: [1, 1] as [number, number],
    impl: (a: W[]) => {
      const b = buf(a[0]);
      const data = bytesLike(a[1]);
      if (data === undefined) raiseTypeError(`a bytes-like object is required, not '${typeOf(a[1]).name}'`);
      if (b.isClosed()) raiseValueError("write to closed file");
      return b.write(data);
    },
  },
];

defineMethods(bufferedReaderType, [
  {
    name: "__init__",
    arity: [0, -1],
    kw: ["**"],
    impl: (a, k) => {
      const [raw, size] = bindArgs("BufferedReader", ["raw", "buffer_size"], a, k, 1);
      bufferedInit(a[0] as PyBuffered, raw!, size, true, false);
      return None;
    },
  },
  ...commonMethods,
  ...readMethods,
]);
defineMethods(bufferedWriterType, [
  {
    name: "__init__",
    arity: [0, -1],
    kw: ["**"],
    impl: (a, k) => {
      const [raw, size] = bindArgs("BufferedWriter", ["raw", "buffer_size"], a, k, 1);
      bufferedInit(a[0] as PyBuffered, raw!, size, false, true);
      return None;
    },
  },
  ...commonMethods,
  ...writeMethods,
]);
defineMethods(bufferedRandomType, [
  {
    name: "__init__",
    arity: [0, -1],
    kw: ["**"],
    impl: (a, k) => {
      const [raw, size] = bindArgs("BufferedRandom", ["raw", "buffer_size"], a, k, 1);
      bufferedInit(a[0] as PyBuffered, raw!, size, true, true);
      return None;
    },
  },
  ...commonMethods,
  ...readMethods,
  ...writeMethods,
]);

const bufferedGetSets = [
  { name: "raw", get: (w: W) => buf(w).rawOrRaise() },
  { name: "closed", get: (w: W) => (buf(w).isClosed() ? True : False) },
  { name: "name", get: (w: W) => getAttr(buf(w).rawOrRaise(), "name") },
  { name: "mode", get: (w: W) => getAttr(buf(w).rawOrRaise(), "mode") },
];
for (const t of [bufferedReaderType, bufferedWriterType, bufferedRandomType]) {
  defineGetSets(t, bufferedGetSets);
}

// ---------------------------------------------------------------- BufferedRWPair

class PyRWPair extends PyIOBase {
  declare reader: PyBuffered | null;
  declare writer: PyBuffered | null;
  constructor(cls: PyType) {
    super(cls);
    this.reader = null;
    this.writer = null;
  }
}
export const bufferedRWPairType: PyType = nativeType("_io", "BufferedRWPair", bufferedIOBaseType, {
  factory: (cls) => new PyRWPair(cls),
});
function pair(w: W): PyRWPair & { reader: PyBuffered; writer: PyBuffered } {
  if (!(w instanceof PyRWPair)) raiseTypeError("descriptor requires a '_io.BufferedRWPair' object");
  if (w.reader === null || w.writer === null) raiseValueError("I/O operation on uninitialized object");
  return w as PyRWPair & { reader: PyBuffered; writer: PyBuffered };
}
function forward(side: "reader" | "writer", name: string, arity: [number, number]) {
  return {
    name,
    arity,
    impl: (a: W[]) => {
      const p = pair(a[0]);
      const target = p[side];
      if (target.isClosed() && name !== "close") raiseValueError("I/O operation on closed file.");
      return call(getAttr(target, name), a.slice(1));
    },
  };
}
defineMethods(bufferedRWPairType, [
  {
    name: "__init__",
    arity: [2, 3],
    kw: ["reader", "writer", "buffer_size"],
    impl: (a) => {
      const p = a[0] as PyRWPair;
      const reader = new PyBuffered(bufferedReaderType);
      bufferedInit(reader, a[1], a[3], true, false);
      const writer = new PyBuffered(bufferedWriterType);
      bufferedInit(writer, a[2], a[3], false, true);
      p.reader = reader;
      p.writer = writer;
      return None;
    },
  },
  forward("reader", "read", [0, 1]),
  forward("reader", "peek", [0, 1]),
  forward("reader", "read1", [0, 1]),
  forward("reader", "readinto", [1, 1]),
  forward("reader", "readinto1", [1, 1]),
  forward("writer", "write", [1, 1]),
  forward("writer", "flush", [0, 0]),
  { name: "readable", arity: [0, 0], impl: (a) => callMethodOf(pair(a[0]).reader, "readable") },
  { name: "writable", arity: [0, 0], impl: (a) => callMethodOf(pair(a[0]).writer, "writable") },
  {
    name: "close",
    arity: [0, 0],
    impl: (a) => {
      const p = pair(a[0]);
      let err: unknown = null;
      try {
        callMethodOf(p.writer, "close");
      } catch (e) {
        err = e;
      }
      try {
        callMethodOf(p.reader, "close");
      } catch (e) {
        // both failed: the reader's error, chained to the writer's (_PyErr_ChainExceptions1)
        if (err instanceof PyError && e instanceof PyError) (e.value as PyBaseException).context = err.value;
        throw e;
      }
      if (err !== null) throw err;
      return None;
    },
  },
  {
    name: "isatty",
    arity: [0, 0],
    impl: (a) => {
      const p = pair(a[0]);
      return isTrue(callMethodOf(p.writer, "isatty")) ? True : callMethodOf(p.reader, "isatty");
    },
  },
]);
defineGetSets(bufferedRWPairType, [
  { name: "closed", get: (w) => getAttr(pair(w).writer, "closed") },
]);
