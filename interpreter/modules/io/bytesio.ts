// _io.BytesIO: an in-memory binary stream (CPython's Modules/_io/bytesio.c). The bytes live in a
// bytearray object (`data` grows by doubling, `length` is the stream size) so getbuffer() can hand out a
// memoryview onto the same storage. Unlike CPython, an exported buffer does not pin the size (no
// BufferError on resize): the view follows the stream's storage.
import {
  defineGetSets,
  defineMethods,
  False,
  None,
  type PyType,
  stopIterationHook,
  True,
  typeOf,
  type W,
} from "../../objects/model.ts";
import { nativeType } from "../define.ts";
import { bytesLike, newBytes, PyByteArray, PyMemoryView } from "../../objects/bytes.ts";
import { newTuple, PyTuple } from "../../objects/tuple.ts";
import { newList } from "../../objects/list.ts";
import { iter, next, STOP } from "../../objects/operations.ts";
import { raiseTypeError, raiseValueError } from "../../vm/errors.ts";
import { bindArgs, intArg, seekPosArg, sizeArg, tpName } from "./common.ts";
import { bufferedIOBaseType, PyIOBase, writableBuffer } from "./iobase.ts";
import { instanceDictOf, updateInstanceDict } from "./state_dict.ts";

export class PyBytesIO extends PyIOBase {
  declare store: PyByteArray;
  declare pos: number;
  declare closedFlag: boolean;
  constructor(cls: PyType) {
    super(cls);
    this.store = new PyByteArray();
    this.pos = 0;
    this.closedFlag = false;
  }

  check(): void {
    if (this.closedFlag) raiseValueError("I/O operation on closed file.");
  }
  get size(): number {
    return this.store.length;
  }

  /** Make room for `n` bytes (capacity grows by doubling). */
  reserve(n: number): void {
    const st = this.store;
    if (n <= st.data.length) return;
    const cap = Math.max(n, st.data.length * 2, 64);
    const grown = new Uint8Array(cap);
    grown.set(st.data.subarray(0, st.length));
    st.data = grown;
  }

  write(b: Uint8Array): number {
    const n = b.length;
    if (n === 0) return 0;
    const end = this.pos + n;
    this.reserve(end);
    const st = this.store;
    if (this.pos > st.length) st.data.fill(0, st.length, this.pos);
    st.data.set(b, this.pos);
    if (end > st.length) st.length = end;
    this.pos = end;
    return n;
  }

  read(n: number): Uint8Array {
    const size = this.store.length;
    const start = Math.min(this.pos, size);
    const end = n < 0 ? size : Math.min(size, start + n);
    this.pos = Math.max(this.pos, end);
    if (start >= end) return new Uint8Array(0);
    return this.store.data.slice(start, end);
  }

  readline(limit: number): Uint8Array {
    const size = this.store.length;
    const start = this.pos;
    if (start >= size) return new Uint8Array(0);
    const data = this.store.data;
    let end = data.subarray(start, size).indexOf(10);
    end = end < 0 ? size : start + end + 1;
    if (limit >= 0 && end - start > limit) end = start + limit;
    this.pos = end;
    return data.slice(start, end);
  }

  setValue(b: Uint8Array): void {
    this.store.data = b.slice();
    this.store.length = b.length;
  }
}

export const bytesIOType: PyType = nativeType("_io", "BytesIO", bufferedIOBaseType, {
  factory: (cls) => new PyBytesIO(cls),
});

function bio(w: W): PyBytesIO {
  if (!(w instanceof PyBytesIO)) raiseTypeError("descriptor requires a '_io.BytesIO' object");
  return w;
}
function checked(w: W): PyBytesIO {
  const b = bio(w);
  if (b.closedFlag) b.check();
  return b;
}
function needBytes(w: W): Uint8Array {
  const b = bytesLike(w);
  if (b === undefined) raiseTypeError(`a bytes-like object is required, not '${typeOf(w).name}'`);
  return b;
}

defineMethods(bytesIOType, [
  {
    name: "__init__",
    arity: [0, -1],
    kw: ["**"],
    impl: (a, k) => {
      const [init] = bindArgs("BytesIO", ["initial_bytes"], a, k);
      const b = bio(a[0]);
      b.closedFlag = false;
      b.iobaseClosed = false;
      b.pos = 0;
      b.store.length = 0;
      if (init !== undefined && init !== None) b.setValue(needBytes(init));
      return None;
    },
  },
  { name: "write", arity: [1, 1], impl: (a) => checked(a[0]).write(needBytes(a[1])) },
  {
    name: "writelines",
    arity: [1, 1],
    impl: (a) => {
      const b = checked(a[0]);
      const it = iter(a[1]);
      for (;;) {
        const x = next(it);
        if (x === STOP) break;
        b.write(needBytes(x));
      }
      return None;
    },
  },
  { name: "read", arity: [0, 1], impl: (a) => newBytes(checked(a[0]).read(sizeArg(a[1]))) },
  { name: "read1", arity: [0, 1], impl: (a) => newBytes(checked(a[0]).read(sizeArg(a[1]))) },
  {
    name: "readinto",
    arity: [1, 1],
    impl: (a) => {
      const b = checked(a[0]);
      const dst = writableBuffer(a[1]);
      const src = b.read(dst.length);
      dst.set(src);
      return src.length;
    },
  },
  {
    name: "readline",
    arity: [0, 1],
    impl: (a) => newBytes(checked(a[0]).readline(sizeArg(a[1]))),
  },
  {
    name: "readlines",
    arity: [0, 1],
    impl: (a) => {
      const b = checked(a[0]);
      const hint = sizeArg(a[1]);
      const out: W[] = [];
      let total = 0;
      for (;;) {
        const line = b.readline(-1);
        if (line.length === 0) break;
        out.push(newBytes(line));
        total += line.length;
        if (hint > 0 && total >= hint) break;
      }
      return newList(out);
    },
  },
  {
    name: "__next__",
    arity: [0, 0],
    impl: (a) => {
      const line = checked(a[0]).readline(-1);
      if (line.length === 0) stopIterationHook.raise();
      return newBytes(line);
    },
  },
  {
    name: "__iter__",
    arity: [0, 0],
    impl: (a) => a[0], // no closed check: BytesIO iterates as PyObject_SelfIter
  },
  { name: "getvalue", arity: [0, 0], impl: (a) => newBytes(checked(a[0]).store.value.slice()) },
  {
    name: "getbuffer",
    arity: [0, 0],
    impl: (a) => {
      const b = checked(a[0]);
      return new PyMemoryView(b.store, 0, b.size);
    },
  },
  { name: "tell", arity: [0, 0], impl: (a) => checked(a[0]).pos },
  {
    name: "seek",
    arity: [1, 2],
    impl: (a) => {
      const b = checked(a[0]);
      const arg = seekPosArg(a[1]);
      let pos = arg.pos;
      const whence = a[2] === undefined ? 0 : intArg(a[2]);
      if (pos < 0 && whence === 0) raiseValueError(`negative seek value ${arg.exact}`);
      if (whence === 1) pos += b.pos;
      else if (whence === 2) pos += b.size;
      else if (whence !== 0) raiseValueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
      if (pos < 0) pos = 0;
      b.pos = pos;
      return whence === 0 ? arg.exact : pos;
    },
  },
  {
    name: "truncate",
    arity: [0, 1],
    impl: (a) => {
      const b = checked(a[0]);
      let size: number;
      if (a[1] === undefined || a[1] === None) size = b.pos;
      else {
        size = sizeArg(a[1]);
        if (size < 0) raiseValueError(`negative size value ${size}`);
      }
      if (size < b.size) b.store.length = size;
      return size;
    },
  },
  {
    name: "close",
    arity: [0, 0],
    impl: (a) => {
      const b = bio(a[0]);
      b.closedFlag = true;
      b.store = new PyByteArray();
      return None;
    },
  },
  { name: "flush", arity: [0, 0], impl: (a) => (checked(a[0]), None) },
  { name: "isatty", arity: [0, 0], impl: (a) => (checked(a[0]), False) },
  { name: "readable", arity: [0, 0], impl: (a) => (checked(a[0]), True) },
  { name: "writable", arity: [0, 0], impl: (a) => (checked(a[0]), True) },
  { name: "seekable", arity: [0, 0], impl: (a) => (checked(a[0]), True) },
  {
    name: "__getstate__",
    arity: [0, 0],
    impl: (a) => {
      const b = checked(a[0]);
      return newTuple([newBytes(b.store.value.slice()), b.pos, instanceDictOf(b)]);
    },
  },
  {
    name: "__setstate__",
    arity: [1, 1],
    impl: (a) => {
      const b = checked(a[0]);
      const st = a[1];
      if (!(st instanceof PyTuple) || st.items.length < 3) {
        raiseTypeError(`${tpName(b)}.__setstate__ argument should be 3-tuple, got ${typeOf(st).name}`);
      }
      const [value, pos, dict] = st.items;
      b.setValue(needBytes(value));
      if (typeof pos !== "number") {
        raiseTypeError(`second item of state must be an integer, not ${typeOf(pos).name}`);
      }
      if (pos < 0) raiseValueError("position value cannot be negative");
      b.pos = pos;
      if (dict !== None) updateInstanceDict(b, dict);
      return None;
    },
  },
]);
defineGetSets(bytesIOType, [
  { name: "closed", get: (w) => (bio(w).closedFlag ? True : False) },
]);
