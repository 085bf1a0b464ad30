// mmap: memory-mapped files and anonymous memory, after CPython's Modules/mmapmodule.c (Unix part). The
// mapping is made with mmap(2) through libc, and its memory is reached from JS as an ArrayBuffer over the
// mapped address (Deno.UnsafePointerView.getArrayBuffer): reads and writes go straight to the pages, so a
// MAP_SHARED map and the file see each other's changes. The object exports that memory as a buffer
// (bytes.ts's PyBufferExporter), so memoryview(), bytes(), re and struct read it in place.
import {
  defineGetSets,
  defineMethods,
  type Kwargs,
  newBool,
  None,
  type PyType,
  typeOf,
  type W,
} from "../objects/model.ts";
import { bytesLike, newBytes, PyBufferExporter } from "../objects/bytes.ts";
import { checkResizable, nativeBufferMethod, nativeReleaseBufferMethod } from "../objects/memoryview.ts";
import { indexOf, isIntLike } from "../objects/int.ts";
import { isIndex } from "../objects/tuple.ts";
import { PySlice, sliceIndices } from "../objects/slice.ts";
import { newStr } from "../objects/str.ts";
import { isTrue } from "../objects/operations.ts";
import { exceptionTypes } from "../objects/exceptions.ts";
import { defineNativeIterator, PyNativeIterator, STOP_ITEM } from "../objects/model.ts";
import { errorWithMessage, raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { parseArgs } from "./native_args.ts";
import { type NativeModuleDef, nativeType } from "./define.ts";
import { decodeStat, libc, statBuffer } from "./posix/libc.ts";
import { raiseErrno } from "./posix/oserror.ts";
import { extraBuffers } from "./struct.ts";

const PAGESIZE = 4096;
const ACCESS_DEFAULT = 0, ACCESS_READ = 1, ACCESS_WRITE = 2, ACCESS_COPY = 3;
const ACCESS_NAMES = ["ACCESS_DEFAULT", "ACCESS_READ", "ACCESS_WRITE", "ACCESS_COPY"];
const MAP_SHARED = 1, MAP_PRIVATE = 2, MAP_ANONYMOUS = 0x20;
const PROT_READ = 1, PROT_WRITE = 2;
const MS_SYNC = 4, MREMAP_MAYMOVE = 1, F_DUPFD_CLOEXEC = 1030;

/** Linux x86-64 values of the constants mmapmodule.c exports. */
const MMAP_CONSTANTS: Record<string, number> = {
  PROT_EXEC: 4,
  PROT_READ,
  PROT_WRITE,
  MAP_SHARED,
  MAP_PRIVATE,
  MAP_DENYWRITE: 0x800,
  MAP_EXECUTABLE: 0x1000,
  MAP_ANON: MAP_ANONYMOUS,
  MAP_ANONYMOUS,
  MAP_POPULATE: 0x8000,
  MAP_STACK: 0x20000,
  MAP_NORESERVE: 0x4000,
  MAP_32BIT: 0x40,
  PAGESIZE,
  ALLOCATIONGRANULARITY: PAGESIZE,
  ACCESS_DEFAULT,
  ACCESS_READ,
  ACCESS_WRITE,
  ACCESS_COPY,
  MADV_NORMAL: 0,
  MADV_RANDOM: 1,
  MADV_SEQUENTIAL: 2,
  MADV_WILLNEED: 3,
  MADV_DONTNEED: 4,
  MADV_FREE: 8,
  MADV_REMOVE: 9,
  MADV_DONTFORK: 10,
  MADV_DOFORK: 11,
  MADV_MERGEABLE: 12,
  MADV_UNMERGEABLE: 13,
  MADV_HUGEPAGE: 14,
  MADV_NOHUGEPAGE: 15,
  MADV_DONTDUMP: 16,
  MADV_DODUMP: 17,
  MADV_HWPOISON: 100,
};

/** The kernel resources of one map, kept apart from the Python object so a finalizer can release them. */
interface Mapping {
  ptr: Deno.PointerObject | null;
  size: number;
  fd: number;
}
const finalizer = new FinalizationRegistry<Mapping>((m) => release(m));
function release(m: Mapping): void {
  if (m.fd >= 0) libc().close(m.fd);
  m.fd = -1;
  if (m.ptr !== null) libc().munmap(m.ptr, BigInt(m.size));
  m.ptr = null;
}

export class PyMmap extends PyBufferExporter {
  declare mapping: Mapping;
  /** The mapped bytes (empty once closed). */
  declare data: Uint8Array;
  declare pos: number;
  declare offset: number;
  declare access: number;
  constructor(cls: PyType, map: Mapping, offset: number, access: number) {
    super(cls);
    this.mapping = map;
    this.data = map.size === 0 || map.ptr === null
      ? new Uint8Array(0)
      : new Uint8Array(Deno.UnsafePointerView.getArrayBuffer(map.ptr, map.size));
    this.pos = 0;
    this.offset = offset;
    this.access = access;
  }
  get closed(): boolean {
    return this.mapping.ptr === null;
  }
  /** CHECK_VALID: the live bytes, or ValueError once closed. */
  valid(): Uint8Array {
    if (this.mapping.ptr === null) raiseValueError("mmap closed or invalid");
    return this.data;
  }
  exportBytes(): Uint8Array {
    return this.valid();
  }
  exportWritable(): boolean {
    return this.access !== ACCESS_READ;
  }
  checkWritable(): void {
    if (this.access === ACCESS_READ) raiseTypeError("mmap can't modify a readonly memory map.");
  }
}

export const mmapType: PyType = nativeType("mmap", "mmap", undefined);

function asMmap(w: W): PyMmap {
  if (!(w instanceof PyMmap)) {
    raiseTypeError(`descriptor requires a 'mmap.mmap' object but received a '${typeOf(w).name}'`);
  }
  return w;
}

/** A Py_ssize_t argument ("n"). */
function ssize(w: W): number {
  if (!isIndex(w)) raiseTypeError(`'${typeOf(w).name}' object cannot be interpreted as an integer`);
  const v = indexOf(w);
  if (typeof v === "bigint") {
    throw errorWithMessage("OverflowError", "Python int too large to convert to C ssize_t");
  }
  return v;
}
/** A Py_ssize_t argument that may be None (then `dflt`). */
function optSsize(w: W | undefined, dflt: number): number {
  return w === undefined || w === None ? dflt : ssize(w);
}

/** The "y*" converter: a bytes-like object (str refused with CPython's message). */
function buffer(w: W): Uint8Array {
  const b = bytesLike(w) ?? extraBuffers.read(w);
  if (b === undefined) raiseTypeError(`a bytes-like object is required, not '${typeOf(w).name}'`);
  return b;
}

function mapAddress(p: Deno.PointerValue): Deno.PointerObject | null {
  if (p === null) return null;
  return BigInt(Deno.UnsafePointer.value(p)) === 0xffffffffffffffffn ? null : p;
}

const NEW_SHAPE = {
  names: ["fileno", "length", "flags", "prot", "access", "offset", "trackfd"],
  required: 2,
  kwOnly: 1,
};

function newMmap(args: W[], kw: Kwargs | null): W {
  const cls = args[0] as PyType;
  const a = parseArgs("mmap", args, kw, 1, NEW_SHAPE);
  const fd = fdValue(a[0]);
  const size = ssize(a[1]);
  let flags = a[2] === undefined ? MAP_SHARED : cInt(a[2]);
  let prot = a[3] === undefined ? PROT_WRITE | PROT_READ : cInt(a[3]);
  let access = a[4] === undefined ? ACCESS_DEFAULT : cInt(a[4]);
  const offset = a[5] === undefined ? 0 : ssize(a[5]);
  const trackfd = a[6] === undefined ? true : isTrue(a[6]);
  if (size < 0) throw errorWithMessage("OverflowError", "memory mapped length must be positive");
  if (offset < 0) throw errorWithMessage("OverflowError", "memory mapped offset must be positive");
  if (access !== ACCESS_DEFAULT && (flags !== MAP_SHARED || prot !== (PROT_WRITE | PROT_READ))) {
    raiseValueError("mmap can't specify both access and flags, prot.");
  }
  switch (access) {
    case ACCESS_READ:
      flags = MAP_SHARED;
      prot = PROT_READ;
      break;
    case ACCESS_WRITE:
      flags = MAP_SHARED;
      prot = PROT_READ | PROT_WRITE;
      break;
    case ACCESS_COPY:
      flags = MAP_PRIVATE;
      prot = PROT_READ | PROT_WRITE;
      break;
    case ACCESS_DEFAULT:
      // map prot to an access mode, for the checks of write() and resize()
      if ((prot & PROT_READ) && (prot & PROT_WRITE)) { /* ACCESS_DEFAULT */ }
      else if (prot & PROT_WRITE) access = ACCESS_WRITE;
      else access = ACCESS_READ;
      break;
    default:
      raiseValueError("mmap invalid access parameter.");
  }
  let mapSize = size;
  if (fd !== -1) {
    if (libc().fstat(fd, statBuffer()) === 0) {
      const st = decodeStat();
      if ((st.mode & 0o170000) === 0o100000) {
        const fileSize = Number(st.size);
        if (mapSize === 0) {
          if (fileSize === 0) raiseValueError("cannot mmap an empty file");
          if (offset >= fileSize) raiseValueError("mmap offset is greater than file size");
          mapSize = fileSize - offset;
        } else if (offset > fileSize || fileSize - offset < mapSize) {
          raiseValueError("mmap length is greater than file size");
        }
      }
    }
  }
  let ownFd = -1;
  if (fd === -1) flags |= MAP_ANONYMOUS;
  else if (trackfd) {
    ownFd = libc().fcntl(fd, F_DUPFD_CLOEXEC, 0n);
    if (ownFd < 0) raiseErrno();
  }
  const p = mapAddress(libc().mmap(null, BigInt(mapSize), prot, flags, fd, BigInt(offset)));
  if (p === null) {
    const err = raiseLater();
    if (ownFd >= 0) libc().close(ownFd);
    throw err;
  }
  const map: Mapping = { ptr: p, size: mapSize, fd: ownFd };
  const m = new PyMmap(cls, map, offset, access);
  finalizer.register(m, map, map);
  return m;
}

/** The OSError for the current errno, built before other calls can change it. */
function raiseLater(): unknown {
  try {
    raiseErrno();
  } catch (e) {
    return e;
  }
}

/** PyObject_AsFileDescriptor-like "i" conversion for `fileno` (any int; -1 means anonymous). */
function fdValue(w: W): number {
  return cInt(w);
}
function cInt(w: W): number {
  if (!isIndex(w)) raiseTypeError(`'${typeOf(w).name}' object cannot be interpreted as an integer`);
  const v = indexOf(w);
  if (typeof v === "bigint" || v > 2147483647 || v < -2147483648) {
    throw errorWithMessage("OverflowError", "Python int too large to convert to C int");
  }
  return v;
}

/** bytes.find over [start, end) of `hay`, or from the right. */
function findIn(hay: Uint8Array, needle: Uint8Array, start: number, end: number, reverse: boolean): number {
  const n = needle.length;
  if (end - start < n) return -1;
  if (!reverse) {
    outer: for (let i = start; i + n <= end; i++) {
      for (let j = 0; j < n; j++) if (hay[i + j] !== needle[j]) continue outer;
      return i;
    }
  } else {
    outer: for (let i = end - n; i >= start; i--) {
      for (let j = 0; j < n; j++) if (hay[i + j] !== needle[j]) continue outer;
      return i;
    }
  }
  return -1;
}
/** Clamp a find() bound as slice indices are. */
function clampIndex(i: number, size: number): number {
  if (i < 0) i += size;
  return i < 0 ? 0 : i > size ? size : i;
}

function gfind(a: W[], reverse: boolean): W {
  const m = asMmap(a[0]);
  const data = m.valid();
  const needle = buffer(a[1]);
  const start = clampIndex(optSsize(a[2], m.pos), data.length);
  const end = clampIndex(optSsize(a[3], data.length), data.length);
  return findIn(data, needle, start, end, reverse);
}

function resize(m: PyMmap, newSize: number): void {
  m.valid();
  checkResizable(m.exports, "mmap can't resize with extant buffers exported.");
  if (m.access !== ACCESS_WRITE && m.access !== ACCESS_DEFAULT) {
    raiseTypeError("mmap can't resize a readonly or copy-on-write memory map.");
  }
  if (newSize < 0 || Number.MAX_SAFE_INTEGER - newSize < m.offset) raiseValueError("new size out of range");
  const map = m.mapping;
  if (map.fd !== -1 && libc().ftruncate(map.fd, BigInt(m.offset + newSize)) === -1) raiseErrno();
  const p = mapAddress(libc().mremap(map.ptr, BigInt(map.size), BigInt(newSize), MREMAP_MAYMOVE));
  if (p === null) raiseErrno();
  map.ptr = p;
  map.size = newSize;
  m.data = newSize === 0
    ? new Uint8Array(0)
    : new Uint8Array(Deno.UnsafePointerView.getArrayBuffer(p, newSize));
}

/** Items of a mapping one byte at a time, as 1-byte bytes (CPython iterates mmap through sq_item). */
const mmapIteratorType: PyType = nativeType("mmap", "iterator", undefined, { flags: 0 });
class PyMmapIterator extends PyNativeIterator {
  declare m: PyMmap | null;
  declare i: number;
  constructor(m: PyMmap) {
    super();
    this.cls = mmapIteratorType;
    this.m = m;
    this.i = 0;
  }
  nextItem(): W {
    if (this.m === null) return STOP_ITEM;
    const data = this.m.valid();
    if (this.i >= data.length) {
      this.m = null;
      return STOP_ITEM;
    }
    return newBytes(data.slice(this.i, ++this.i));
  }
}
defineNativeIterator(mmapIteratorType);

/** tp_name: "mmap.mmap" for the C type, the bare name for a class statement's subclass. */
function typeFullName(t: PyType): string {
  if (t.module === "builtins" || t.dict.has("__module__")) return t.name;
  return `${t.module}.${t.name}`;
}

defineMethods(mmapType, [
  { name: "__new__", arity: [0, -1], kind: "static", kw: ["**"], impl: (a, k) => newMmap(a, k) },
  {
    name: "close",
    arity: [0, 0],
    impl: (a) => {
      const m = asMmap(a[0]);
      checkResizable(m.exports, "cannot close exported pointers exist");
      release(m.mapping);
      finalizer.unregister(m.mapping);
      m.data = new Uint8Array(0);
      return None;
    },
  },
  {
    name: "read",
    arity: [0, 1],
    impl: (a) => {
      const m = asMmap(a[0]);
      const data = m.valid();
      const left = data.length - m.pos;
      let n = optSsize(a[1], -1);
      if (n < 0 || n > left) n = Math.max(left, 0);
      const out = data.slice(m.pos, m.pos + n);
      m.pos += n;
      return newBytes(out);
    },
  },
  { name: "find", arity: [1, 3], impl: (a) => gfind(a, false) },
  { name: "rfind", arity: [1, 3], impl: (a) => gfind(a, true) },
  {
    name: "read_byte",
    arity: [0, 0],
    impl: (a) => {
      const m = asMmap(a[0]);
      const data = m.valid();
      if (m.pos >= data.length) raiseValueError("read byte out of range");
      return data[m.pos++];
    },
  },
  {
    name: "readline",
    arity: [0, 0],
    impl: (a) => {
      const m = asMmap(a[0]);
      const data = m.valid();
      if (m.pos >= data.length) return newBytes(new Uint8Array(0));
      const nl = data.indexOf(10, m.pos);
      const end = nl < 0 ? data.length : nl + 1;
      const out = data.slice(m.pos, end);
      m.pos = end;
      return newBytes(out);
    },
  },
  {
    name: "write",
    arity: [1, 1],
    impl: (a) => {
      const m = asMmap(a[0]);
      const data = m.valid();
      const src = buffer(a[1]);
      m.checkWritable();
      if (m.pos > data.length || data.length - m.pos < src.length) raiseValueError("data out of range");
      data.set(src, m.pos);
      m.pos += src.length;
      return src.length;
    },
  },
  {
    name: "write_byte",
    arity: [1, 1],
    impl: (a) => {
      const m = asMmap(a[0]);
      const data = m.valid();
      const v = ssizeByte(a[1]);
      m.checkWritable();
      if (m.pos >= data.length) raiseValueError("write byte out of range");
      data[m.pos++] = v;
      return None;
    },
  },
  {
    name: "seek",
    arity: [1, 2],
    impl: (a) => {
      const m = asMmap(a[0]);
      const data = m.valid();
      const dist = ssize(a[1]);
      const how = a[2] === undefined ? 0 : cInt(a[2]);
      let where: number;
      if (how === 0) where = dist;
      else if (how === 1) where = m.pos + dist;
      else if (how === 2) where = data.length + dist;
      else raiseValueError("unknown seek type");
      if (where < 0 || where > data.length) raiseValueError("seek out of range");
      m.pos = where;
      return where;
    },
  },
  { name: "seekable", arity: [0, 0], impl: () => newBool(true) },
  { name: "tell", arity: [0, 0], impl: (a) => (asMmap(a[0]).valid(), asMmap(a[0]).pos) },
  {
    name: "size",
    arity: [0, 0],
    impl: (a) => {
      const m = asMmap(a[0]);
      m.valid();
      // anonymous maps (and trackfd=False) have no descriptor: fstat(-1) fails with EBADF, as in CPython
      if (libc().fstat(m.mapping.fd, statBuffer()) !== 0) raiseErrno();
      return decodeStat().size;
    },
  },
  {
    name: "flush",
    arity: [0, 2],
    impl: (a) => {
      const m = asMmap(a[0]);
      const data = m.valid();
      const offset = a[1] === undefined ? 0 : ssize(a[1]);
      const size = optSsize(a[2], data.length);
      if (size < 0 || offset < 0 || data.length - offset < size) raiseValueError("flush values out of range");
      if (m.access === ACCESS_READ || m.access === ACCESS_COPY) return None;
      const p = Deno.UnsafePointer.offset(m.mapping.ptr!, offset);
      if (libc().msync(p, BigInt(size), MS_SYNC) === -1) raiseErrno();
      return None;
    },
  },
  {
    name: "move",
    arity: [3, 3],
    impl: (a) => {
      const m = asMmap(a[0]);
      const data = m.valid();
      const dest = ssize(a[1]), src = ssize(a[2]), count = ssize(a[3]);
      m.checkWritable();
      if (dest < 0 || src < 0 || count < 0 || data.length - dest < count || data.length - src < count) {
        raiseValueError("source, destination, or count out of range");
      }
      data.copyWithin(dest, src, src + count);
      return None;
    },
  },
  {
    name: "resize",
    arity: [1, 1],
    impl: (a) => {
      resize(asMmap(a[0]), ssize(a[1]));
      return None;
    },
  },
  {
    name: "madvise",
    arity: [1, 3],
    impl: (a) => {
      const m = asMmap(a[0]);
      const data = m.valid();
      const option = cInt(a[1]);
      const start = a[2] === undefined ? 0 : ssize(a[2]);
      let length = optSsize(a[3], data.length);
      if (start < 0 || start >= data.length) raiseValueError("madvise start out of bounds");
      if (length < 0) raiseValueError("madvise length invalid");
      if (data.length - start < length) length = data.length - start;
      const p = Deno.UnsafePointer.offset(m.mapping.ptr!, start);
      if (libc().madvise(p, BigInt(length), option) !== 0) raiseErrno();
      return None;
    },
  },
  {
    name: "__len__",
    arity: [0, 0],
    impl: (a) => asMmap(a[0]).valid().length,
  },
  {
    name: "__getitem__",
    arity: [1, 1],
    impl: (a) => {
      const m = asMmap(a[0]);
      const data = m.valid();
      const k = a[1];
      if (k instanceof PySlice) {
        const [start, , step, count] = sliceIndices(k, data.length);
        if (step === 1) return newBytes(data.slice(start, start + count));
        const out = new Uint8Array(count);
        for (let i = 0, j = start; i < count; i++, j += step) out[i] = data[j];
        return newBytes(out);
      }
      if (!isIndex(k)) raiseTypeError("mmap indices must be integers");
      let i = ssize(k);
      if (i < 0) i += data.length;
      if (i < 0 || i >= data.length) throw errorWithMessage("IndexError", "mmap index out of range");
      return data[i];
    },
  },
  {
    name: "__setitem__",
    arity: [2, 2],
    impl: (a) => {
      const m = asMmap(a[0]);
      const data = m.valid();
      const k = a[1], v = a[2];
      if (k instanceof PySlice) {
        const [start, , step, count] = sliceIndices(k, data.length);
        m.checkWritable();
        const src = buffer(v);
        if (src.length !== count) throw errorWithMessage("IndexError", "mmap slice assignment is wrong size");
        if (step === 1) data.set(src, start);
        else for (let i = 0, j = start; i < count; i++, j += step) data[j] = src[i];
        return None;
      }
      if (!isIndex(k)) raiseTypeError("mmap indices must be integers");
      let i = ssize(k);
      if (i < 0) i += data.length;
      if (i < 0 || i >= data.length) throw errorWithMessage("IndexError", "mmap index out of range");
      if (!isIntLike(v) && !isIndex(v)) raiseTypeError("mmap item value must be an int");
      const b = ssize(v);
      if (b < 0 || b > 255) raiseValueError("mmap item value must be in range(0, 256)");
      m.checkWritable();
      data[i] = b;
      return None;
    },
  },
  {
    name: "__delitem__",
    arity: [1, 1],
    impl: (a) => {
      asMmap(a[0]).valid();
      if (a[1] instanceof PySlice) raiseTypeError("mmap object doesn't support slice deletion");
      raiseTypeError("mmap doesn't support item deletion");
    },
  },
  { name: "__iter__", arity: [0, 0], impl: (a) => new PyMmapIterator(asMmap(a[0])) },
  // PEP 688: the buffer protocol seen from Python
  { name: "__buffer__", arity: [1, 1], impl: (a) => nativeBufferMethod(asMmap(a[0]), a[1]) },
  { name: "__release_buffer__", arity: [1, 1], impl: (a) => nativeReleaseBufferMethod(asMmap(a[0]), a[1]) },
  {
    name: "__enter__",
    arity: [0, 0],
    impl: (a) => {
      asMmap(a[0]).valid();
      return a[0];
    },
  },
  {
    name: "__exit__",
    arity: [0, -1],
    impl: (a) => {
      const m = asMmap(a[0]);
      checkResizable(m.exports, "cannot close exported pointers exist");
      release(m.mapping);
      finalizer.unregister(m.mapping);
      m.data = new Uint8Array(0);
      return None;
    },
  },
  {
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => {
      const m = asMmap(a[0]);
      const name = typeFullName(typeOf(m));
      if (m.closed) return newStr(`<${name} closed=True>`);
      return newStr(
        `<${name} closed=False, access=${ACCESS_NAMES[m.access]}, length=${m.data.length}, ` +
          `pos=${m.pos}, offset=${m.offset}>`,
      );
    },
  },
  {
    name: "__reduce_ex__",
    arity: [1, 1],
    impl: () => raiseTypeError("cannot pickle 'mmap.mmap' object"),
  },
]);
defineGetSets(mmapType, [{ name: "closed", get: (w) => newBool(asMmap(w).closed) }]);

/** write_byte's "b" converter: an int in 0..255. */
function ssizeByte(w: W): number {
  const v = ssize(w);
  if (v < 0) throw errorWithMessage("OverflowError", "unsigned byte integer is less than minimum");
  if (v > 255) throw errorWithMessage("OverflowError", "unsigned byte integer is greater than maximum");
  return v;
}

export const mmapModule: NativeModuleDef = {
  name: "mmap",
  types: [mmapType],
  values: () => ({ error: exceptionTypes.OSError, ...MMAP_CONSTANTS }),
};
