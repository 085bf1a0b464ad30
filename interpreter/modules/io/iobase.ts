// _io._IOBase, _RawIOBase, _BufferedIOBase and _TextIOBase: the default methods every stream inherits
// (CPython's Modules/_io/iobase.c and the abstract parts of bufferedio.c/textio.c). They work on any
// subclass through Python-level calls (self.read, self.flush, self.closed …), so classes written in
// Python on top of io.RawIOBase & co. behave as in CPython. The concrete types override what they can do
// faster.
import {
  call,
  defineGetSets,
  defineMethods,
  False,
  getAttr,
  getAttrOrUndefined,
  None,
  PyInstance,
  type PyType,
  stopIterationHook,
  True,
  TypeFlags,
  typeOf,
  type W,
} from "../../objects/model.ts";
import { nativeType } from "../define.ts";
import {
  bytesLike,
  newBytes,
  PyBufferExporter,
  PyByteArray,
  PyBytes,
  PyMemoryView,
} from "../../objects/bytes.ts";
import { writableBytes } from "../../objects/memoryview.ts";
import { isTrue, iter, len, next, STOP } from "../../objects/operations.ts";
import { newList } from "../../objects/list.ts";
import { exceptionTypes } from "../../objects/exceptions.ts";
import { newStr, PyStr } from "../../objects/str.ts";
import { newError, raiseTypeError } from "../../vm/errors.ts";
import { defineInstanceDict } from "./state_dict.ts";
import { DEFAULT_BUFFER_SIZE, raiseClosed, sizeArg, unsupported } from "./common.ts";

/** Every `_io` object: the `_IOBase` closed flag (CPython keeps it as `__IOBase_closed`). */
export class PyIOBase extends PyInstance {
  declare iobaseClosed: boolean;
  constructor(cls: PyType) {
    super(cls);
    this.iobaseClosed = false;
  }
}

// every io object accepts weak references (CPython's iobase/fileio/… set tp_weaklistoffset)
export const ioBaseType: PyType = nativeType("_io", "_IOBase", undefined, {
  flags: TypeFlags.BASETYPE | TypeFlags.WEAKREFABLE,
  factory: (cls) => new PyIOBase(cls),
});
defineInstanceDict(ioBaseType);
export const rawIOBaseType: PyType = nativeType("_io", "_RawIOBase", ioBaseType);
export const bufferedIOBaseType: PyType = nativeType("_io", "_BufferedIOBase", ioBaseType);
export const textIOBaseType: PyType = nativeType("_io", "_TextIOBase", ioBaseType);

/** self.name(*args) through normal attribute lookup (instance attributes and overrides included). */
export function callMethodOf(self: W, name: string, args: W[] = []): W {
  return call(getAttr(self, name), args);
}

/** `self.closed` as Python sees it. */
export function isClosed(self: W): boolean {
  return isTrue(getAttr(self, "closed"));
}
export function checkClosed(self: W): void {
  if (isClosed(self)) raiseClosed();
}

function checkReadable(self: W): void {
  if (callMethodOf(self, "readable") !== True) unsupported("File or stream is not readable.");
}
function checkWritable(self: W): void {
  if (callMethodOf(self, "writable") !== True) unsupported("File or stream is not writable.");
}
function checkSeekable(self: W): void {
  if (callMethodOf(self, "seekable") !== True) unsupported("File or stream is not seekable.");
}

/** The bytes a readinto() may fill: bytearray or a writable memoryview. */
export function writableBuffer(w: W, what = "readinto()"): Uint8Array {
  if (w instanceof PyByteArray) return w.data.subarray(0, w.length);
  const view = w instanceof PyMemoryView ? writableBytes(w) : undefined;
  if (view !== undefined) return view;
  if (w instanceof PyBufferExporter && w.exportWritable()) return w.exportBytes();
  const t = typeOf(w).name;
  return raiseTypeError(`${what} argument must be read-write bytes-like object, not ${t}`);
}

/** `_IOBase.readline` on top of read() (and peek() when the stream has one). */
function iobaseReadline(self: W, limit: number): W {
  const peek = getAttrOrUndefined(self, "peek");
  const parts: Uint8Array[] = [];
  let total = 0;
  while (limit < 0 || total < limit) {
    let nreadahead = 1;
    if (peek !== undefined) {
      const ahead = call(peek, [1]);
      if (!(ahead instanceof PyBytes)) {
        throw newError(exceptionTypes.OSError, [
          newStr(`peek() should have returned a bytes object, not '${typeOf(ahead).name}'`),
        ]);
      }
      const buf = ahead.value;
      if (buf.length > 0) {
        let n = 0;
        while (n < buf.length && (limit < 0 || n < limit - total)) {
          if (buf[n++] === 10) break;
        }
        nreadahead = n;
      }
    }
    const b = callMethodOf(self, "read", [nreadahead]);
    if (b === None) break;
    if (!(b instanceof PyBytes)) {
      throw newError(exceptionTypes.OSError, [
        newStr(`read() should have returned a bytes object, not '${typeOf(b).name}'`),
      ]);
    }
    if (b.value.length === 0) break;
    parts.push(b.value);
    total += b.value.length;
    if (b.value[b.value.length - 1] === 10) break;
  }
  return newBytes(concatBytes(parts, total));
}

export function concatBytes(parts: Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1) return parts[0].slice();
  const out = new Uint8Array(total);
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

function lineLength(line: W): number {
  if (line instanceof PyStr) return line.length;
  const b = bytesLike(line);
  return b !== undefined ? b.length : len(line);
}

/** readlines(hint) over iteration, as iobase.c does. */
export function readlinesVia(self: W, hintW: W | undefined): W {
  const hint = sizeArg(hintW);
  const out: W[] = [];
  const it = iter(self);
  let total = 0;
  for (;;) {
    const line = next(it);
    if (line === STOP) break;
    out.push(line);
    if (hint > 0) {
      total += lineLength(line);
      if (total >= hint) break;
    }
  }
  return newList(out);
}

defineMethods(ioBaseType, [
  { name: "seek", arity: [1, 2], impl: () => unsupported("seek") },
  { name: "tell", arity: [0, 0], impl: (a) => callMethodOf(a[0], "seek", [0, 1]) },
  { name: "truncate", arity: [0, 1], impl: () => unsupported("truncate") },
  {
    name: "flush",
    arity: [0, 0],
    impl: (a) => {
      // the object's own flag, not self.closed (CPython's iobase_is_closed)
      if (a[0] instanceof PyIOBase && a[0].iobaseClosed) raiseClosed();
      return None;
    },
  },
  {
    name: "close",
    arity: [0, 0],
    impl: (a) => {
      const self = a[0] as PyIOBase;
      if (self.iobaseClosed) return None;
      let err: unknown = null;
      try {
        callMethodOf(self, "flush");
      } catch (e) {
        err = e;
      }
      self.iobaseClosed = true;
      if (err !== null) throw err;
      return None;
    },
  },
  { name: "seekable", arity: [0, 0], impl: () => False },
  { name: "readable", arity: [0, 0], impl: () => False },
  { name: "writable", arity: [0, 0], impl: () => False },
  {
    name: "_checkClosed",
    arity: [0, 1],
    impl: (a) => {
      checkClosed(a[0]);
      return None;
    },
  },
  {
    name: "_checkSeekable",
    arity: [0, 1],
    impl: (a) => {
      checkSeekable(a[0]);
      return True;
    },
  },
  {
    name: "_checkReadable",
    arity: [0, 1],
    impl: (a) => {
      checkReadable(a[0]);
      return True;
    },
  },
  {
    name: "_checkWritable",
    arity: [0, 1],
    impl: (a) => {
      checkWritable(a[0]);
      return True;
    },
  },
  { name: "fileno", arity: [0, 0], impl: () => unsupported("fileno") },
  {
    name: "isatty",
    arity: [0, 0],
    impl: (a) => {
      checkClosed(a[0]);
      return False;
    },
  },
  {
    name: "__enter__",
    arity: [0, 0],
    impl: (a) => {
      checkClosed(a[0]);
      return a[0];
    },
  },
  { name: "__exit__", arity: [0, -1], impl: (a) => callMethodOf(a[0], "close") },
  {
    name: "__iter__",
    arity: [0, 0],
    impl: (a) => {
      checkClosed(a[0]);
      return a[0];
    },
  },
  {
    name: "__next__",
    arity: [0, 0],
    impl: (a) => {
      const line = callMethodOf(a[0], "readline");
      if (lineLength(line) === 0) stopIterationHook.raise();
      return line;
    },
  },
  { name: "readline", arity: [0, 1], impl: (a) => iobaseReadline(a[0], sizeArg(a[1])) },
  { name: "readlines", arity: [0, 1], impl: (a) => readlinesVia(a[0], a[1]) },
  {
    name: "writelines",
    arity: [1, 1],
    impl: (a) => {
      checkClosed(a[0]);
      const it = iter(a[1]);
      const write = getAttr(a[0], "write");
      for (;;) {
        const line = next(it);
        if (line === STOP) break;
        call(write, [line]);
      }
      return None;
    },
  },
  { name: "__del__", arity: [0, 0], impl: () => None },
]);
defineGetSets(ioBaseType, [
  { name: "closed", get: (s) => ((s as PyIOBase).iobaseClosed ? True : False) },
]);

// ---------------------------------------------------------------- _RawIOBase

function rawReadall(self: W): W {
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const data = callMethodOf(self, "read", [DEFAULT_BUFFER_SIZE]);
    if (data === None) {
      if (parts.length === 0) return None;
      break;
    }
    if (!(data instanceof PyBytes)) raiseTypeError("read() should return bytes");
    if (data.value.length === 0) break;
    parts.push(data.value);
    total += data.value.length;
  }
  return newBytes(parts.length === 0 ? new Uint8Array(0) : concatBytes(parts, total));
}

defineMethods(rawIOBaseType, [
  {
    name: "read",
    arity: [0, 1],
    impl: (a) => {
      const n = sizeArg(a[1]);
      if (n < 0) return callMethodOf(a[0], "readall");
      const b = new PyByteArray(undefined, new Uint8Array(n));
      const r = callMethodOf(a[0], "readinto", [b]);
      if (r === None) return None;
      const got = r as number;
      if (typeof got !== "number" || got < 0 || got > n) {
        throw newError(exceptionTypes.ValueError, [
          newStr(`readinto returned ${String(r)} outside buffer size ${n}`),
        ]);
      }
      return newBytes(b.data.slice(0, got));
    },
  },
  { name: "readall", arity: [0, 0], impl: (a) => rawReadall(a[0]) },
  {
    name: "readinto",
    arity: [1, 1],
    impl: () => {
      throw newError(exceptionTypes.NotImplementedError, []);
    },
  },
  {
    name: "write",
    arity: [1, 1],
    impl: () => {
      throw newError(exceptionTypes.NotImplementedError, []);
    },
  },
]);

// ---------------------------------------------------------------- _BufferedIOBase

function bufferedReadinto(self: W, target: W, method: "read" | "read1"): W {
  const dst = writableBuffer(target);
  const data = callMethodOf(self, method, [dst.length]);
  const src = bytesLike(data);
  if (!(data instanceof PyBytes) || src === undefined) raiseTypeError("read() should return bytes");
  if (src.length > dst.length) {
    throw newError(exceptionTypes.ValueError, [
      newStr(`read() returned too much data: ${dst.length} bytes requested, ${src.length} returned`),
    ]);
  }
  dst.set(src);
  return src.length;
}

defineMethods(bufferedIOBaseType, [
  { name: "detach", arity: [0, 0], impl: () => unsupported("detach") },
  { name: "read", arity: [0, 1], impl: () => unsupported("read") },
  { name: "read1", arity: [0, 1], impl: () => unsupported("read1") },
  { name: "write", arity: [1, 1], impl: () => unsupported("write") },
  { name: "readinto", arity: [1, 1], impl: (a) => bufferedReadinto(a[0], a[1], "read") },
  { name: "readinto1", arity: [1, 1], impl: (a) => bufferedReadinto(a[0], a[1], "read1") },
]);

// ---------------------------------------------------------------- _TextIOBase

defineMethods(textIOBaseType, [
  { name: "detach", arity: [0, 0], impl: () => unsupported("detach") },
  { name: "read", arity: [0, 1], impl: () => unsupported("read") },
  { name: "readline", arity: [0, 1], impl: () => unsupported("readline") },
  { name: "write", arity: [1, 1], impl: () => unsupported("write") },
]);
defineGetSets(textIOBaseType, [
  { name: "encoding", get: () => None },
  { name: "newlines", get: () => None },
  { name: "errors", get: () => None },
]);
