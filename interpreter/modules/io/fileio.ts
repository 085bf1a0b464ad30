// _io.FileIO: raw, unbuffered I/O on a kernel file descriptor (CPython's Modules/_io/fileio.c), through
// the shared descriptor layer fd_table.ts (libc by FFI), so os.open()'s numbers, pipes and the standard
// streams 0/1/2 are all the same kind of object.
import {
  call,
  defineGetSets,
  defineMethods,
  False,
  getAttrOrUndefined,
  None,
  PyBool,
  type PyType,
  setAttr,
  True,
  typeOf,
  type W,
} from "../../objects/model.ts";
import { nativeType } from "../define.ts";
import { bytesLike, newBytes, PyBytes } from "../../objects/bytes.ts";
import { newStr, PyStr } from "../../objects/str.ts";
import { repr } from "../../objects/operations.ts";
import { raiseTypeError, raiseValueError } from "../../vm/errors.ts";
import {
  EAGAIN,
  EISDIR,
  fdClose,
  fdFstat,
  fdIsatty,
  fdOpen,
  fdRead,
  fdSeek,
  fdTruncate,
  fdWaitReadable,
  fdWrite,
  O_APPEND,
  O_CLOEXEC,
  O_CREAT,
  O_EXCL,
  O_RDONLY,
  O_RDWR,
  O_TRUNC,
  O_WRONLY,
  osErrorFromErrno,
  S_IFDIR,
  S_IFMT,
  S_IFREG,
} from "../fd_table.ts";
import { bindArgs, DEFAULT_BUFFER_SIZE, intArg, sizeArg, unsupported } from "./common.ts";
import { concatBytes, PyIOBase, rawIOBaseType, writableBuffer } from "./iobase.ts";
import { fsEncode, warnBoolFd } from "../posix/args.ts";

export class PyFileIO extends PyIOBase {
  declare fd: number;
  declare readable: boolean;
  declare writable: boolean;
  declare appending: boolean;
  declare created: boolean;
  /** -1 unknown, 0 no, 1 yes (cached after the first lseek probe). */
  declare seekableState: number;
  declare closefd: boolean;
  declare blksize: number;
  declare finalizing: boolean;
  /** A regular file (reads never block, so Ctrl-C need not be watched for). */
  declare regular: boolean;
  constructor(cls: PyType) {
    super(cls);
    this.fd = -1;
    this.readable = false;
    this.writable = false;
    this.appending = false;
    this.created = false;
    this.seekableState = -1;
    this.closefd = true;
    this.blksize = 0;
    this.finalizing = false;
    this.regular = false;
  }

  modeString(): string {
    if (this.created) return this.readable ? "xb+" : "xb";
    if (this.appending) return this.readable ? "ab+" : "ab";
    if (this.readable) return this.writable ? "rb+" : "rb";
    return "wb";
  }

  checkOpen(): void {
    if (this.fd < 0) raiseValueError("I/O operation on closed file");
  }
  checkReadable(): void {
    if (this.fd < 0) raiseValueError("I/O operation on closed file");
    if (!this.readable) unsupported("File not open for reading");
  }
  checkWritable(): void {
    if (this.fd < 0) raiseValueError("I/O operation on closed file");
    if (!this.writable) unsupported("File not open for writing");
  }

  /** read(2) into `buf`; null on EAGAIN (non-blocking descriptor with no data). */
  readInto(buf: Uint8Array): number | null {
    if (!this.regular) fdWaitReadable(this.fd);
    const n = fdRead(this.fd, buf);
    if (n >= 0) return n;
    if (n === -EAGAIN) return null;
    throw osErrorFromErrno(-n);
  }

  /** One write(2); null on EAGAIN. */
  writeSome(buf: Uint8Array): number | null {
    const n = fdWrite(this.fd, buf);
    if (n >= 0) return n;
    if (n === -EAGAIN) return null;
    throw osErrorFromErrno(-n);
  }

  readAll(): Uint8Array | null {
    let want = DEFAULT_BUFFER_SIZE;
    const st = fdFstat(this.fd);
    if (typeof st !== "number" && st.size > 0) {
      const pos = fdSeek(this.fd, 0, 1);
      if (pos >= 0 && st.size >= pos) want = st.size - pos + 1;
    }
    const parts: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const buf = new Uint8Array(want);
      const n = this.readInto(buf);
      if (n === null) {
        if (total === 0) return null;
        break;
      }
      if (n === 0) break;
      parts.push(buf.subarray(0, n));
      total += n;
      if (n === want) want = Math.min(want * 2, 1 << 26);
    }
    if (parts.length === 1) return parts[0]; // the common case: one read of the whole file, no copy
    return total === 0 ? new Uint8Array(0) : concatBytes(parts, total);
  }

  seek(pos: number, whence: number): number {
    const r = fdSeek(this.fd, pos, whence);
    if (r < 0) throw osErrorFromErrno(-r);
    return r;
  }

  isSeekable(): boolean {
    if (this.seekableState < 0) this.seekableState = fdSeek(this.fd, 0, 1) >= 0 ? 1 : 0;
    return this.seekableState === 1;
  }

  closeFd(): void {
    const fd = this.fd;
    this.fd = -1;
    if (this.closefd && fd >= 0) {
      const r = fdClose(fd);
      if (r < 0) throw osErrorFromErrno(-r);
    }
  }
}

export const fileIOType: PyType = nativeType("_io", "FileIO", rawIOBaseType, {
  factory: (cls) => new PyFileIO(cls),
});

function fio(w: W): PyFileIO {
  if (!(w instanceof PyFileIO)) raiseTypeError("descriptor requires a '_io.FileIO' object");
  return w;
}

/** os.fspath() for the name argument: str, bytes or an object with __fspath__. */
function fspath(w: W): W {
  if (w instanceof PyStr || w instanceof PyBytes) return w;
  const fn = getAttrOrUndefined(typeOf(w), "__fspath__");
  if (fn === undefined || fn === None) {
    raiseTypeError(`expected str, bytes or os.PathLike object, not ${typeOf(w).name}`);
  }
  const r = call(fn, [w]);
  if (!(r instanceof PyStr) && !(r instanceof PyBytes)) {
    raiseTypeError(
      `expected ${typeOf(w).name}.__fspath__() to return str or bytes, not ${typeOf(r).name}`,
    );
  }
  return r;
}

/** FileIO.__init__ (also the raw layer of open()). */
export function fileIOInit(
  f: PyFileIO,
  file: W,
  modeW: W | undefined,
  closefdW: W | undefined,
  opener: W,
): void {
  if (f.fd >= 0) {
    if (f.closefd) f.closeFd();
    else f.fd = -1;
  }
  let fd = -1;
  let path: W | null = null;
  if (file instanceof PyBool) {
    warnBoolFd();
    fd = file.value ? 1 : 0;
  } else if (typeof file === "number" || typeof file === "bigint") {
    fd = typeof file === "bigint" ? -1 : file;
    if (fd < 0) raiseValueError("negative file descriptor");
  } else {
    path = fspath(file);
    if (path instanceof PyStr && path.value.includes("\0")) raiseValueError("embedded null byte");
    if (path instanceof PyBytes && path.value.includes(0)) raiseValueError("embedded null byte");
  }
  let mode = "r";
  if (modeW !== undefined) {
    if (!(modeW instanceof PyStr)) {
      raiseTypeError(`FileIO() argument 'mode' must be str, not ${typeOf(modeW).name}`);
    }
    mode = modeW.value;
  }
  let rwa = false, plus = false, flags = 0;
  f.readable =
    f.writable =
    f.appending =
    f.created =
      false;
  const badMode = (): never =>
    raiseValueError("Must have exactly one of create/read/write/append mode and at most one plus");
  for (const c of mode) {
    switch (c) {
      case "x":
        if (rwa) badMode();
        rwa = true;
        f.created = f.writable = true;
        flags |= O_EXCL | O_CREAT;
        break;
      case "r":
        if (rwa) badMode();
        rwa = true;
        f.readable = true;
        break;
      case "w":
        if (rwa) badMode();
        rwa = true;
        f.writable = true;
        flags |= O_CREAT | O_TRUNC;
        break;
      case "a":
        if (rwa) badMode();
        rwa = true;
        f.writable = f.appending = true;
        flags |= O_APPEND | O_CREAT;
        break;
      case "b":
        break;
      case "+":
        if (plus) badMode();
        f.readable = f.writable = plus = true;
        break;
      default:
        raiseValueError(`invalid mode: ${mode}`);
    }
  }
  if (!rwa) badMode();
  flags |= f.readable && f.writable ? O_RDWR : f.readable ? O_RDONLY : O_WRONLY;
  flags |= O_CLOEXEC;
  const closefd = closefdW === undefined
    ? true
    : closefdW instanceof PyBool
    ? closefdW.value
    : closefdW !== 0;
  f.seekableState = -1;
  f.blksize = 0;
  if (fd >= 0) {
    f.fd = fd;
    f.closefd = closefd;
  } else {
    f.closefd = true;
    if (!closefd) raiseValueError("Cannot use closefd=False with file name");
    if (opener === undefined || opener === None) {
      // str paths in the filesystem encoding (UTF-8, lone surrogates back to the bytes they stood for)
      const p = path instanceof PyStr ? fsEncode(path.value) : (path as PyBytes).value;
      const r = fdOpen(p, flags, 0o666);
      if (r < 0) throw osErrorFromErrno(-r, file);
      f.fd = r;
    } else {
      const r = call(opener, [file, flags]);
      if (typeof r !== "number") raiseTypeError("expected integer from opener");
      if (r < 0) raiseValueError(`opener returned ${r}`);
      f.fd = r;
    }
  }
  const st = fdFstat(f.fd);
  if (typeof st === "number") {
    if (-st === 9) { // EBADF: a descriptor that is not open
      const err = osErrorFromErrno(-st);
      if (path !== null) f.closeFd();
      else f.fd = -1;
      throw err;
    }
  } else {
    if ((st.mode & S_IFMT) === S_IFDIR) {
      if (path !== null) f.closeFd();
      else f.fd = -1;
      throw osErrorFromErrno(EISDIR, file);
    }
    if (st.blksize > 1) f.blksize = st.blksize;
    f.regular = (st.mode & S_IFMT) === S_IFREG;
  }
  if (f.blksize === 0) f.blksize = DEFAULT_BUFFER_SIZE;
  setAttr(f, "name", file);
  if (f.appending) fdSeek(f.fd, 0, 2);
}

defineMethods(fileIOType, [
  {
    name: "__init__",
    arity: [0, -1],
    kw: ["**"],
    impl: (a, k) => {
      const [file, mode, closefd, opener] = bindArgs(
        "FileIO",
        ["file", "mode", "closefd", "opener"],
        a,
        k,
        1,
      );
      fileIOInit(fio(a[0]), file!, mode, closefd, opener ?? None);
      return None;
    },
  },
  {
    name: "read",
    arity: [0, 1],
    impl: (a) => {
      const f = fio(a[0]);
      f.checkReadable();
      const n = sizeArg(a[1]);
      if (n < 0) {
        const all = f.readAll();
        return all === null ? None : newBytes(all);
      }
      const buf = new Uint8Array(n);
      const got = f.readInto(buf);
      if (got === null) return None;
      return newBytes(got === n ? buf : buf.slice(0, got));
    },
  },
  {
    name: "readall",
    arity: [0, 0],
    impl: (a) => {
      const f = fio(a[0]);
      f.checkOpen();
      const all = f.readAll();
      return all === null ? None : newBytes(all);
    },
  },
  {
    name: "readinto",
    arity: [1, 1],
    impl: (a) => {
      const f = fio(a[0]);
      f.checkReadable();
      const got = f.readInto(writableBuffer(a[1]));
      return got === null ? None : got;
    },
  },
  {
    name: "write",
    arity: [1, 1],
    impl: (a) => {
      const f = fio(a[0]);
      f.checkWritable();
      const b = bytesLike(a[1]);
      if (b === undefined) raiseTypeError(`a bytes-like object is required, not '${typeOf(a[1]).name}'`);
      const n = f.writeSome(b);
      return n === null ? None : n;
    },
  },
  {
    name: "seek",
    arity: [1, 2],
    impl: (a) => {
      const f = fio(a[0]);
      f.checkOpen();
      if (typeOf(a[1]).name === "float") raiseTypeError("an integer is required");
      return f.seek(intArg(a[1]), a[2] === undefined ? 0 : intArg(a[2]));
    },
  },
  {
    name: "tell",
    arity: [0, 0],
    impl: (a) => {
      const f = fio(a[0]);
      f.checkOpen();
      return f.seek(0, 1);
    },
  },
  {
    name: "truncate",
    arity: [0, 1],
    impl: (a) => {
      const f = fio(a[0]);
      f.checkOpen();
      if (!f.writable) unsupported("File not open for writing");
      const size = a[1] === undefined || a[1] === None ? f.seek(0, 1) : intArg(a[1]);
      const r = fdTruncate(f.fd, size);
      if (r < 0) throw osErrorFromErrno(-r);
      return size;
    },
  },
  {
    name: "close",
    arity: [0, 0],
    impl: (a) => {
      const f = fio(a[0]);
      // _RawIOBase.close (flush, mark closed), then the descriptor itself
      let err: unknown = null;
      if (!f.iobaseClosed) {
        try {
          const flush = getAttrOrUndefined(f, "flush");
          if (flush !== undefined) call(flush, []);
        } catch (e) {
          err = e;
        }
        f.iobaseClosed = true;
      }
      try {
        f.closeFd();
      } catch (e) {
        if (err === null) err = e;
      }
      if (err !== null) throw err;
      return None;
    },
  },
  {
    name: "seekable",
    arity: [0, 0],
    impl: (a) => {
      const f = fio(a[0]);
      f.checkOpen();
      return f.isSeekable() ? True : False;
    },
  },
  {
    name: "readable",
    arity: [0, 0],
    impl: (a) => (fio(a[0]).checkOpen(), fio(a[0]).readable ? True : False),
  },
  {
    name: "writable",
    arity: [0, 0],
    impl: (a) => (fio(a[0]).checkOpen(), fio(a[0]).writable ? True : False),
  },
  { name: "fileno", arity: [0, 0], impl: (a) => (fio(a[0]).checkOpen(), fio(a[0]).fd) },
  {
    name: "isatty",
    arity: [0, 0],
    impl: (a) => {
      const f = fio(a[0]);
      f.checkOpen();
      return fdIsatty(f.fd) ? True : False;
    },
  },
  {
    name: "_isatty_open_only",
    arity: [0, 0],
    impl: (a) => {
      const f = fio(a[0]);
      f.checkOpen();
      return fdIsatty(f.fd) ? True : False;
    },
  },
  { name: "_dealloc_warn", arity: [1, 1], impl: () => None },
  {
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => {
      const f = fio(a[0]);
      const tn = `_io.${f.cls.name === "FileIO" ? "FileIO" : f.cls.name}`;
      if (f.fd < 0) return newStr(`<${tn} [closed]>`);
      const name = getAttrOrUndefined(f, "name");
      const cfd = f.closefd ? "True" : "False";
      if (name === undefined) return newStr(`<${tn} fd=${f.fd} mode='${f.modeString()}' closefd=${cfd}>`);
      return newStr(`<${tn} name=${repr(name)} mode='${f.modeString()}' closefd=${cfd}>`);
    },
  },
  {
    name: "__getstate__",
    arity: [0, 0],
    impl: (a) => raiseTypeError(`cannot pickle '${fio(a[0]).cls.name}' instances`),
  },
]);
defineGetSets(fileIOType, [
  { name: "closed", get: (w) => (fio(w).fd < 0 ? True : False) },
  { name: "closefd", get: (w) => (fio(w).closefd ? True : False) },
  { name: "mode", get: (w) => newStr(fio(w).modeString()) },
  { name: "_blksize", get: (w) => fio(w).blksize },
  { name: "_finalizing", get: (w) => (fio(w).finalizing ? True : False) },
]);
