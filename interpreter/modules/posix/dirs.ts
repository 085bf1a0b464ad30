// Directories and names: listdir, scandir (ScandirIterator, DirEntry), mkdir, rmdir, unlink/remove,
// rename/replace, link, symlink, readlink, getcwd/getcwdb, chdir/fchdir, mkfifo, mknod.
import {
  defineMethods,
  defineNativeIterator,
  False,
  type MethodSpec,
  None,
  PyGetSetDescriptor,
  PyNativeIterator,
  PyObject,
  type PyType,
  STOP_ITEM,
  True,
  type W,
} from "../../objects/model.ts";
import { nativeType } from "../define.ts";
import { classGetItem } from "../../objects/genericalias.ts";
import { newList } from "../../objects/list.ts";
import { newStr, PyStr } from "../../objects/str.ts";
import { newBytes } from "../../objects/bytes.ts";
import { repr } from "../../objects/operations.ts";
import { raiseTypeError } from "../../vm/errors.ts";
import {
  AT_FDCWD,
  AT_REMOVEDIR,
  AT_SYMLINK_FOLLOW,
  AT_SYMLINK_NOFOLLOW,
  decodeStat,
  DIRENT,
  errno,
  libc,
  statBuffer,
} from "./libc.ts";
import { osErrorFor, raiseErrno } from "./oserror.ts";
import { fdFstat } from "../fd_table.ts";
import { boolArg, dirFdArg, filenoArg, fsDecode, func, intArg, pathArg, pathResult } from "./args.ts";
import { statResult } from "./stat_result.ts";

const DT_UNKNOWN = 0, DT_DIR = 4, DT_REG = 8, DT_LNK = 10;
const S_IFMT = 0o170000, S_IFDIR = 0o040000, S_IFREG = 0o100000, S_IFLNK = 0o120000;

// ---------------------------------------------------------------- reading directories

interface RawEntry {
  name: Uint8Array;
  ino: bigint;
  type: number;
}

/**
 * A directory being read: its own descriptor, read with getdents64 into a 32 KiB buffer so one FFI
 * call returns hundreds of entries (readdir(3) costs a call, a pointer object and field reads per entry).
 */
export class DirReader {
  fd: number;
  buf: Uint8Array | null;
  view: DataView;
  pos = 0;
  len = 0;
  constructor(fd: number) {
    this.fd = fd;
    // buffers are pooled: os.walk opens one reader per directory
    this.buf = bufferPool.pop() ?? new Uint8Array(32768);
    this.view = new DataView(this.buf.buffer);
  }
  /** The next entry other than "." and "..", or null at the end. */
  next(filename: W): RawEntry | null {
    const buf = this.buf;
    if (buf === null) return null;
    for (;;) {
      if (this.pos >= this.len) {
        if (this.fd < 0) return null;
        const n = Number(libc().getdents64(this.fd, buf, BigInt(buf.length)));
        if (n < 0) {
          if (errno() === 4 /* EINTR */) continue;
          throw osErrorFor(errno(), filename);
        }
        if (n === 0) return null;
        this.pos = 0;
        this.len = n;
        // The kernel stops a batch only when the next record does not fit; room left for the largest
        // record means the directory is exhausted, so the descriptor can go now (an iterator dropped
        // half-way then holds no fd: nothing runs finalizers while Python code is running).
        if (buf.length - n >= DIRENT.maxRecord) this.closeFd();
      }
      const at = this.pos;
      const reclen = this.view.getUint16(at + DIRENT.reclen, true);
      this.pos += reclen;
      const nameStart = at + DIRENT.name;
      let end = nameStart;
      while (buf[end] !== 0) end++;
      if (
        buf[nameStart] === 46 &&
        (end === nameStart + 1 || (end === nameStart + 2 && buf[nameStart + 1] === 46))
      ) {
        continue;
      }
      return {
        name: buf.slice(nameStart, end),
        ino: this.view.getBigUint64(at + DIRENT.ino, true),
        type: buf[at + DIRENT.type],
      };
    }
  }
  closeFd(): void {
    if (this.fd >= 0) {
      libc().close(this.fd);
      this.fd = -1;
    }
  }
  close(): void {
    this.closeFd();
    if (this.buf !== null) {
      if (bufferPool.length < 8) bufferPool.push(this.buf);
      this.buf = null;
    }
  }
}
const bufferPool: Uint8Array[] = [];

const O_RDONLY_DIRECTORY_CLOEXEC = 0o2200000; // O_RDONLY | O_DIRECTORY | O_CLOEXEC

/** Open a directory for reading: a path, or (a dup of) an fd rewound to its start as fdopendir+rewinddir. */
function openDir(c: Uint8Array | null, fd: number, filename: W): DirReader {
  const lc = libc();
  if (c !== null) {
    for (;;) {
      const d = lc.openat(AT_FDCWD, c, O_RDONLY_DIRECTORY_CLOEXEC, 0);
      if (d >= 0) return new DirReader(d);
      if (errno() !== 4) raiseErrno(filename);
    }
  }
  // fdopendir's own check: an fd of something other than a directory (a FIFO, a file) is ENOTDIR
  const st = fdFstat(fd);
  if (typeof st === "number") throw osErrorFor(-st, filename);
  if ((st.mode & 0o170000) !== 0o040000) throw osErrorFor(20, /* ENOTDIR */ filename);
  const dupFd = lc.fcntl(fd, 1030, /* F_DUPFD_CLOEXEC */ 0n);
  if (dupFd < 0) raiseErrno(filename);
  if (Number(lc.lseek(dupFd, 0n, 0)) < 0) {
    const err = errno();
    lc.close(dupFd);
    throw osErrorFor(err, filename);
  }
  return new DirReader(dupFd);
}

function listdir(a: W[]): W {
  const p = pathArg(a[0] === undefined ? None : a[0], "listdir", { allowFd: true, nullable: true });
  // no path (None, or fd -1, which posixmodule.c also reads as "no fd") lists "."
  const c = p.c === null && p.fd === -1 ? new Uint8Array([46, 0]) : p.c;
  const d = openDir(c, p.fd, p.object === None ? newStr(".") : p.object);
  const out: W[] = [];
  try {
    for (;;) {
      const e = d.next(p.object);
      if (e === null) break;
      out.push(pathResult(e.name, p.isBytes));
    }
  } finally {
    d.close();
  }
  return newList(out);
}

// ---------------------------------------------------------------- scandir

export const dirEntryType: PyType = nativeType("posix", "DirEntry", undefined, { flags: 0 });
export const scandirIteratorType: PyType = nativeType("posix", "ScandirIterator", undefined, { flags: 0 });

export class PyDirEntry extends PyObject {
  name: W;
  path: W;
  /** the directory's fd for fd-based scandir (stat through fstatat), else -1 */
  dirFd: number;
  rawName: Uint8Array;
  rawPath: Uint8Array;
  ino: bigint;
  dType: number;
  statCache: W | null = null;
  lstatCache: W | null = null;
  constructor(name: W, path: W, rawName: Uint8Array, rawPath: Uint8Array, dirFd: number, e: RawEntry) {
    super();
    this.cls = dirEntryType;
    this.name = name;
    this.path = path;
    this.rawName = rawName;
    this.rawPath = rawPath;
    this.dirFd = dirFd;
    this.ino = e.ino;
    this.dType = e.type;
  }
  fetchStat(follow: boolean): W {
    const lc = libc();
    const buf = statBuffer();
    let r: number;
    if (this.dirFd >= 0) {
      const c = new Uint8Array(this.rawName.length + 1);
      c.set(this.rawName);
      r = lc.fstatat(this.dirFd, c, buf, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    } else {
      const c = new Uint8Array(this.rawPath.length + 1);
      c.set(this.rawPath);
      r = follow ? lc.stat(c, buf) : lc.lstat(c, buf);
    }
    if (r !== 0) raiseErrno(this.path);
    return statResult(decodeStat(buf));
  }
  lstat(): W {
    if (this.lstatCache === null) this.lstatCache = this.fetchStat(false);
    return this.lstatCache;
  }
  stat(follow: boolean): W {
    if (!follow) return this.lstat();
    if (this.statCache === null) {
      this.statCache = this.isSymlink() ? this.fetchStat(true) : this.lstat();
    }
    return this.statCache;
  }
  isSymlink(): boolean {
    if (this.dType !== DT_UNKNOWN) return this.dType === DT_LNK;
    return this.testMode(false, S_IFLNK);
  }
  /** is_dir/is_file: from d_type when it answers, else from a stat; a missing file is False. */
  testMode(follow: boolean, fmt: number): boolean {
    if (this.dType !== DT_UNKNOWN && !(follow && this.dType === DT_LNK)) {
      const want = fmt === S_IFDIR ? DT_DIR : fmt === S_IFREG ? DT_REG : DT_LNK;
      return this.dType === want;
    }
    let st: W;
    try {
      st = follow ? this.stat(true) : this.lstat();
    } catch (e) {
      const v = (e as { value?: { cls?: PyType } }).value;
      if (v?.cls?.name === "FileNotFoundError") return false;
      throw e;
    }
    const mode = (st as unknown as { items: W[] }).items[0] as number;
    return (mode & S_IFMT) === fmt;
  }
}

function dirEntry(w: W): PyDirEntry {
  if (!(w instanceof PyDirEntry)) raiseTypeError("descriptor requires a 'posix.DirEntry' object");
  return w;
}

defineMethods(dirEntryType, [
  {
    name: "__new__",
    arity: [0, -1],
    kind: "static",
    kw: ["**"],
    impl: () => raiseTypeError("cannot create 'posix.DirEntry' instances"),
  },
  { name: "__repr__", arity: [0, 0], impl: (a) => newStr(`<DirEntry ${repr(dirEntry(a[0]).name)}>`) },
  { name: "__fspath__", arity: [0, 0], impl: (a) => dirEntry(a[0]).path },
  { name: "inode", arity: [0, 0], impl: (a) => Number(dirEntry(a[0]).ino) },
  {
    name: "is_dir",
    arity: [0, 1],
    kw: ["follow_symlinks"],
    impl: (a) => (dirEntry(a[0]).testMode(boolArg(a[1], true), S_IFDIR) ? True : False),
  },
  {
    name: "is_file",
    arity: [0, 1],
    kw: ["follow_symlinks"],
    impl: (a) => (dirEntry(a[0]).testMode(boolArg(a[1], true), S_IFREG) ? True : False),
  },
  { name: "is_symlink", arity: [0, 0], impl: (a) => (dirEntry(a[0]).isSymlink() ? True : False) },
  { name: "is_junction", arity: [0, 0], impl: () => False },
  {
    name: "stat",
    arity: [0, 1],
    kw: ["follow_symlinks"],
    impl: (a) => dirEntry(a[0]).stat(boolArg(a[1], true)),
  },
  { name: "__class_getitem__", arity: [1, 1], kind: "class", impl: (a) => classGetItem(a[0], a[1]) },
]);
dirEntryType.dict.set("name", memberGetter("name", (e) => e.name));
dirEntryType.dict.set("path", memberGetter("path", (e) => e.path));
function memberGetter(name: string, get: (e: PyDirEntry) => W): W {
  return new PyGetSetDescriptor({ name, get: (w) => get(dirEntry(w)) }, dirEntryType);
}

const unclosedIterators = new FinalizationRegistry<DirReader>((reader) => reader.close());

export class PyScandirIterator extends PyNativeIterator {
  dir: DirReader | null;
  /** the path argument as given (after fspath), for DirEntry.path and errors */
  pathObject: W;
  rawPath: Uint8Array;
  /** the str path with a trailing "/" (str scandir), joined to names without re-decoding */
  prefix: string;
  isBytes: boolean;
  fd: number;
  constructor(dir: DirReader, pathObject: W, rawPath: Uint8Array, isBytes: boolean, fd: number) {
    super();
    this.cls = scandirIteratorType;
    this.dir = dir;
    this.pathObject = pathObject;
    this.rawPath = rawPath;
    this.isBytes = isBytes;
    this.fd = fd;
    // an iterator dropped before exhaustion closes its descriptor when collected, as CPython's dealloc
    unclosedIterators.register(this, dir, dir);
    const text = pathObject instanceof PyStr ? pathObject.value : "";
    this.prefix = text === "" || text.endsWith("/") ? text : text + "/";
  }
  close(): void {
    if (this.dir !== null) {
      unclosedIterators.unregister(this.dir);
      this.dir.close();
      this.dir = null;
    }
  }
  nextItem(): W {
    if (this.dir === null) return STOP_ITEM;
    let e: RawEntry | null;
    try {
      e = this.dir.next(this.pathObject);
    } catch (err) {
      this.close();
      throw err;
    }
    if (e === null) {
      this.close();
      return STOP_ITEM;
    }
    if (this.fd >= 0) {
      const name = pathResult(e.name, false);
      return new PyDirEntry(name, name, e.name, e.name, this.fd, e);
    }
    const base = this.rawPath;
    const needSlash = base.length > 0 && base[base.length - 1] !== 47;
    const full = new Uint8Array(base.length + (needSlash ? 1 : 0) + e.name.length);
    full.set(base);
    if (needSlash) full[base.length] = 47;
    full.set(e.name, base.length + (needSlash ? 1 : 0));
    let name: W, path: W;
    if (this.isBytes) {
      name = newBytes(e.name);
      path = newBytes(full);
    } else {
      const text = fsDecode(e.name);
      name = newStr(text);
      path = newStr(this.prefix + text);
    }
    return new PyDirEntry(name, path, e.name, full, -1, e);
  }
}

function scandirIt(w: W): PyScandirIterator {
  if (!(w instanceof PyScandirIterator)) {
    raiseTypeError("descriptor requires a 'posix.ScandirIterator' object");
  }
  return w;
}
defineNativeIterator(scandirIteratorType);
defineMethods(scandirIteratorType, [
  {
    name: "__new__",
    arity: [0, -1],
    kind: "static",
    kw: ["**"],
    impl: () => raiseTypeError("cannot create 'posix.ScandirIterator' instances"),
  },
  {
    name: "close",
    arity: [0, 0],
    impl: (a) => {
      scandirIt(a[0]).close();
      return None;
    },
  },
  { name: "__enter__", arity: [0, 0], impl: (a) => a[0] },
  {
    name: "__exit__",
    arity: [0, -1],
    impl: (a) => {
      scandirIt(a[0]).close();
      return False;
    },
  },
  {
    name: "__reduce__",
    arity: [0, 0],
    impl: () => raiseTypeError("cannot pickle 'posix.ScandirIterator' object"),
  },
]);

function scandir(a: W[]): W {
  const p = pathArg(a[0] === undefined ? None : a[0], "scandir", { allowFd: true, nullable: true });
  if (p.c === null && p.fd === -1) {
    const dot = new Uint8Array([46]);
    const d = openDir(new Uint8Array([46, 0]), -1, newStr("."));
    return new PyScandirIterator(d, newStr("."), dot, false, -1);
  }
  const d = openDir(p.c, p.fd, p.object);
  return new PyScandirIterator(
    d,
    p.object,
    p.bytes ?? new Uint8Array(0),
    p.isBytes,
    p.c === null ? p.fd : -1,
  );
}

// ---------------------------------------------------------------- changing names

function mkdir(a: W[]): W {
  const p = pathArg(a[0], "mkdir");
  const mode = a[1] === undefined ? 0o777 : intArg(a[1]);
  const dirFd = dirFdArg(a[2]);
  if (libc().mkdirat(dirFd, p.c!, mode) !== 0) raiseErrno(p.object);
  return None;
}

function unlinkImpl(fname: string, flags: number) {
  return (a: W[]): W => {
    const p = pathArg(a[0], fname);
    const dirFd = dirFdArg(a[1]);
    if (libc().unlinkat(dirFd, p.c!, flags) !== 0) raiseErrno(p.object);
    return None;
  };
}

function renameImpl(fname: string) {
  return (a: W[]): W => {
    const src = pathArg(a[0], fname, { argName: "src" });
    const dst = pathArg(a[1], fname, { argName: "dst" });
    const srcDirFd = dirFdArg(a[2]), dstDirFd = dirFdArg(a[3]);
    if (libc().renameat(srcDirFd, src.c!, dstDirFd, dst.c!) !== 0) raiseErrno(src.object, dst.object);
    return None;
  };
}

function link(a: W[]): W {
  const src = pathArg(a[0], "link", { argName: "src" });
  const dst = pathArg(a[1], "link", { argName: "dst" });
  const srcDirFd = dirFdArg(a[2]), dstDirFd = dirFdArg(a[3]);
  const follow = boolArg(a[4], true);
  if (libc().linkat(srcDirFd, src.c!, dstDirFd, dst.c!, follow ? AT_SYMLINK_FOLLOW : 0) !== 0) {
    raiseErrno(src.object, dst.object);
  }
  return None;
}

function symlink(a: W[]): W {
  const src = pathArg(a[0], "symlink", { argName: "src" });
  const dst = pathArg(a[1], "symlink", { argName: "dst" });
  const dirFd = dirFdArg(a[3]);
  if (libc().symlinkat(src.c!, dirFd, dst.c!) !== 0) raiseErrno(src.object, dst.object);
  return None;
}

function readlink(a: W[]): W {
  const p = pathArg(a[0], "readlink");
  const dirFd = dirFdArg(a[1]);
  let size = 4096;
  for (;;) {
    const buf = new Uint8Array(size);
    const n = Number(libc().readlinkat(dirFd, p.c!, buf, BigInt(size)));
    if (n < 0) raiseErrno(p.object);
    if (n < size) return pathResult(buf.subarray(0, n), p.isBytes);
    size *= 4;
  }
}

function getcwdBytes(): Uint8Array {
  let size = 1024;
  for (;;) {
    const buf = new Uint8Array(size);
    const r = libc().getcwd(buf, BigInt(size));
    if (r !== null) return buf.slice(0, buf.indexOf(0));
    if (errno() !== 34 /* ERANGE */) raiseErrno();
    size *= 4;
  }
}

function chdir(a: W[]): W {
  const p = pathArg(a[0], "chdir", { allowFd: true });
  const r = p.c === null ? libc().fchdir(p.fd) : libc().chdir(p.c);
  if (r !== 0) raiseErrno(p.object);
  return None;
}

function mkfifo(a: W[]): W {
  const p = pathArg(a[0], "mkfifo");
  const mode = a[1] === undefined ? 0o666 : intArg(a[1]);
  if (libc().mkfifoat(dirFdArg(a[2]), p.c!, mode) !== 0) raiseErrno(p.object);
  return None;
}

function mknod(a: W[]): W {
  const p = pathArg(a[0], "mknod");
  const mode = a[1] === undefined ? 0o600 : intArg(a[1]);
  const device = a[2] === undefined ? 0n : BigInt(intArg(a[2]));
  if (libc().mknodat(dirFdArg(a[3]), p.c!, mode, device) !== 0) raiseErrno(p.object);
  return None;
}

export { getcwdBytes };

export const dirFunctions: MethodSpec[] = [
  func("listdir", "path=", listdir),
  func("scandir", "path=", scandir),
  func("mkdir", "path, mode=, *, dir_fd=", mkdir),
  func("rmdir", "path, *, dir_fd=", unlinkImpl("rmdir", AT_REMOVEDIR)),
  func("unlink", "path, *, dir_fd=", unlinkImpl("unlink", 0)),
  func("remove", "path, *, dir_fd=", unlinkImpl("remove", 0)),
  func("rename", "src, dst, *, src_dir_fd=, dst_dir_fd=", renameImpl("rename")),
  func("replace", "src, dst, *, src_dir_fd=, dst_dir_fd=", renameImpl("replace")),
  func("link", "src, dst, *, src_dir_fd=, dst_dir_fd=, follow_symlinks=", link),
  func("symlink", "src, dst, target_is_directory=, *, dir_fd=", symlink),
  func("readlink", "path, *, dir_fd=", readlink),
  func("getcwd", "", () => newStr(fsDecode(getcwdBytes()))),
  func("getcwdb", "", () => newBytes(getcwdBytes())),
  func("chdir", "path", chdir),
  func("fchdir", "fd", (a) => {
    if (libc().fchdir(filenoArg(a[0])) !== 0) raiseErrno();
    return None;
  }),
  func("chroot", "path", (a) => {
    const p = pathArg(a[0], "chroot");
    if (libc().chroot(p.c!) !== 0) raiseErrno(p.object);
    return None;
  }),
  func("mkfifo", "path, mode=, *, dir_fd=", mkfifo),
  func("mknod", "path, mode=, device=, *, dir_fd=", mknod),
];
