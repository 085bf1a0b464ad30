// File descriptors and file metadata: open/close/read/write/lseek/dup/dup2/pipe/isatty/fsync/…, vectored
// and positioned I/O, sendfile/copy_file_range/splice, eventfd, ptys, the fd flags (inheritable, blocking),
// terminal size, and chmod/chown/access/utime/truncate. Descriptors are the kernel's (see ../fd_table.ts,
// shared with _io); new ones are non-inheritable as in PEP 446.
import { False, type MethodSpec, None, type PyType, True, typeOf, type W } from "../../objects/model.ts";
import { bytesLike, newBytes, PyBytes } from "../../objects/bytes.ts";
import { newStr, PyStr } from "../../objects/str.ts";
import { newTuple, PyTuple } from "../../objects/tuple.ts";
import { asFloat } from "../../objects/float.ts";
import { isTrue, iterateToArray } from "../../objects/operations.ts";
import { asInt, normBig } from "../../objects/int.ts";
import {
  errorWithMessage,
  newError,
  raiseNotImplementedError,
  raiseTypeError,
  raiseValueError,
} from "../../vm/errors.ts";
import {
  fdClose,
  fdIsatty,
  fdIsNonBlocking,
  fdPollIn,
  fdRead,
  fdSeek,
  fdWaitReadable,
  fdWrite,
} from "../fd_table.ts";
import { state } from "../../vm/state.ts";
import { block, markBlocking, pollingWaiter, takeDirectCall } from "../../vm/threads.ts";
import { exceptionTypes } from "../../objects/exceptions.ts";
import { AT_EACCESS, AT_FDCWD, AT_SYMLINK_NOFOLLOW, clearErrno, errno, libc } from "./libc.ts";
import { EINTR, osErrorFor, raiseErrno } from "./oserror.ts";
import { boolArg, dirFdArg, fdArg, filenoArg, func, intArg, pathArg } from "./args.ts";
import { makeStructSeq, structSeqType } from "./structseq.ts";

const O_CLOEXEC = 0o2000000;
const O_NONBLOCK = 0o4000;
const F_DUPFD_CLOEXEC = 1030, F_GETFD = 1, F_SETFD = 2, F_GETFL = 3, F_SETFL = 4, FD_CLOEXEC = 1;
const EINVAL = 22, ENOTSUP = 95;
const TIOCGWINSZ = 0x5413n;

export const terminalSizeType: PyType = structSeqType({
  module: "os",
  name: "terminal_size",
  fields: ["columns", "lines"],
  nInSequence: 2,
  doc: "A tuple of (columns, lines) for holding terminal window size",
});

function check(r: number | bigint, filename?: W): void {
  if (Number(r) < 0) raiseErrno(filename);
}

/** Retry a call returning -1/EINTR (PEP 475). */
function retry(call: () => number | bigint, filename?: W): number {
  for (;;) {
    const r = Number(call());
    if (r >= 0) return r;
    if (errno() !== EINTR) raiseErrno(filename);
  }
}

/** fd_table results: -errno on failure. */
function fdResult(r: number, filename?: W): number {
  if (r < 0) throw osErrorFor(-r, filename);
  return r;
}

function bufferArg(w: W): Uint8Array {
  const b = bytesLike(w);
  if (b === undefined) raiseTypeError(`a bytes-like object is required, not '${typeOf(w).name}'`);
  return b;
}

/** Py_off_t argument. */
function offArg(w: W): number {
  const v = asInt(w);
  if (v === undefined) {
    if (typeof w === "object" && typeOf(w).lookup("__index__") !== undefined) return intArg(w);
    raiseTypeError(`'${typeOf(w).name}' object cannot be interpreted as an integer`);
  }
  if (typeof v === "bigint") {
    throw errorWithMessage("OverflowError", "Python int too large to convert to C long");
  }
  return v;
}

/** A read size (Py_ssize_t): negative is EINVAL as in os_read_impl. */
function lengthArg(w: W): number {
  const n = intArg(w, "Python int too large to convert to C ssize_t");
  if (n < 0) throw osErrorFor(EINVAL);
  return n;
}

/** copy_file_range/splice's count (Py_ssize_t(allow_negative=False) in 3.14). */
function countArg(w: W): number {
  const n = intArg(w, "Python int too large to convert to C ssize_t");
  if (n < 0) raiseValueError("count cannot be negative");
  return n;
}

const readScratch = new Uint8Array(65536);
/** Linux never transfers more than this in one read(2). */
const MAX_RW = 0x7ffff000;

/** os.read: small reads go through one shared buffer (only the bytes read are copied out). */
function readFd(fd: number, n: number): W {
  fdWaitReadable(fd); // a pipe or terminal without data: signal handlers run while it waits
  if (n <= readScratch.length) {
    const got = fdResult(fdRead(fd, readScratch.subarray(0, n)));
    return newBytes(readScratch.slice(0, got));
  }
  let buf: Uint8Array;
  try {
    buf = new Uint8Array(Math.min(n, MAX_RW));
  } catch {
    throw newError(exceptionTypes.MemoryError, []);
  }
  const got = fdResult(fdRead(fd, buf));
  return newBytes(got === buf.length ? buf : buf.slice(0, got));
}

// The descriptors the runtime (Deno) had open when posix was first imported: closerange must not close
// them under the runtime's feet.
let runtimeFds: Set<number> | null = null;
export function noteRuntimeFds(): void {
  if (runtimeFds !== null) return;
  runtimeFds = new Set();
  try {
    for (const e of Deno.readDirSync("/proc/self/fd")) {
      const n = Number(e.name);
      if (n > 2) runtimeFds.add(n);
    }
  } catch {
    // no /proc: nothing known to protect
  }
}

function openImpl(a: W[]): W {
  const p = pathArg(a[0], "open");
  const flags = intArg(a[1]);
  const mode = a[2] === undefined ? 0o777 : intArg(a[2]);
  const dirFd = dirFdArg(a[3]);
  return retry(() => libc().openat(dirFd, p.c!, flags | O_CLOEXEC, mode), p.object);
}

// ---------------------------------------------------------------- utime

/** _PyTime_ObjectToTimespec with ROUND_FLOOR: [seconds, nanoseconds]. */
function timespecOf(w: W): [bigint, number] {
  const i = asInt(w);
  if (i !== undefined) return [BigInt(i), 0];
  const f = asFloat(w);
  if (f === undefined) raiseTypeError(`argument must be int or float, not ${typeOf(w).name}`);
  if (Number.isNaN(f)) raiseValueError("Invalid value NaN (not a number)");
  let sec = Math.trunc(f);
  let frac = Math.floor((f - sec) * 1e9);
  if (frac >= 1e9) {
    frac -= 1e9;
    sec += 1;
  } else if (frac < 0) {
    frac += 1e9;
    sec -= 1;
  }
  if (!Number.isFinite(sec)) {
    throw errorWithMessage("OverflowError", "timestamp out of range for platform time_t");
  }
  return [BigInt(sec), frac];
}

function utime(a: W[]): W {
  const p = pathArg(a[0], "utime", { allowFd: true });
  const times = a[1] === undefined ? None : a[1];
  const ns = a[2];
  const dirFd = dirFdArg(a[3]);
  const follow = boolArg(a[4], true);
  if (times !== None && ns !== undefined) {
    raiseValueError("utime: you may specify either 'times' or 'ns' but not both");
  }
  let spec: Uint8Array | null = null;
  if (times !== None) {
    if (!(times instanceof PyTuple) || times.items.length !== 2) {
      raiseTypeError("utime: 'times' must be either a tuple of two ints or None");
    }
    spec = new Uint8Array(32);
    const v = new DataView(spec.buffer);
    for (let k = 0; k < 2; k++) {
      const [s, n] = timespecOf(times.items[k]);
      v.setBigInt64(k * 16, s, true);
      v.setBigInt64(k * 16 + 8, BigInt(n), true);
    }
  } else if (ns !== undefined) {
    if (!(ns instanceof PyTuple) || ns.items.length !== 2) {
      raiseTypeError("utime: 'ns' must be a tuple of two ints");
    }
    spec = new Uint8Array(32);
    const v = new DataView(spec.buffer);
    for (let k = 0; k < 2; k++) {
      const t = asInt(ns.items[k]);
      if (t === undefined) {
        raiseTypeError(`'${typeOf(ns.items[k]).name}' object cannot be interpreted as an integer`);
      }
      const big = BigInt(t);
      let s = big / 1000000000n, n = big % 1000000000n;
      if (n < 0n) {
        n += 1000000000n;
        s -= 1n;
      }
      v.setBigInt64(k * 16, s, true);
      v.setBigInt64(k * 16 + 8, n, true);
    }
  }
  if (p.c === null) {
    if (dirFd !== AT_FDCWD) raiseValueError("utime: can't specify dir_fd without matching path");
    if (!follow) raiseValueError("utime: cannot use fd and follow_symlinks together");
    check(libc().futimens(p.fd, spec), p.object);
  } else {
    check(libc().utimensat(dirFd, p.c, spec, follow ? 0 : AT_SYMLINK_NOFOLLOW), p.object);
  }
  return None;
}

// ---------------------------------------------------------------- permissions and owners

function chmod(a: W[]): W {
  const p = pathArg(a[0], "chmod", { allowFd: true });
  const mode = intArg(a[1]);
  const dirFd = dirFdArg(a[2]);
  const follow = boolArg(a[3], true);
  if (p.c === null) {
    check(libc().fchmod(p.fd, mode), p.object);
    return None;
  }
  if (libc().fchmodat(dirFd, p.c, mode, follow ? 0 : AT_SYMLINK_NOFOLLOW) !== 0) {
    const err = errno();
    if (!follow && err === ENOTSUP /* = EOPNOTSUPP on Linux */) {
      if (dirFd !== AT_FDCWD) raiseValueError("chmod: cannot use dir_fd and follow_symlinks together");
      raiseNotImplementedError("chmod: follow_symlinks unavailable on this platform");
    }
    throw osErrorFor(err, p.object);
  }
  return None;
}

function idArg(w: W, what: string): number {
  const v = asInt(w);
  if (v === undefined) raiseTypeError(`${what} should be integer, not ${typeOf(w).name}`);
  if (v === -1) return 0xffffffff;
  if (typeof v === "bigint" || v < -1 || v > 0xffffffff) {
    throw errorWithMessage("OverflowError", `${what} is greater than maximum`);
  }
  return v;
}

function chownImpl(fname: string, followDefault: boolean) {
  return (a: W[]): W => {
    const p = pathArg(a[0], fname, { allowFd: fname === "chown" });
    const uid = idArg(a[1], "uid"), gid = idArg(a[2], "gid");
    const dirFd = fname === "chown" ? dirFdArg(a[3]) : AT_FDCWD;
    const follow = fname === "chown" ? boolArg(a[4], true) : followDefault;
    if (p.c === null) check(libc().fchown(p.fd, uid, gid), p.object);
    else check(libc().fchownat(dirFd, p.c, uid, gid, follow ? 0 : AT_SYMLINK_NOFOLLOW), p.object);
    return None;
  };
}

function access(a: W[]): W {
  const p = pathArg(a[0], "access");
  const mode = intArg(a[1]);
  const dirFd = dirFdArg(a[2]);
  const effective = boolArg(a[3], false), follow = boolArg(a[4], true);
  const flags = (effective ? AT_EACCESS : 0) | (follow ? 0 : AT_SYMLINK_NOFOLLOW);
  return libc().faccessat(dirFd, p.c!, mode, flags) === 0 ? True : False;
}

// ---------------------------------------------------------------- fd flags

function getInheritable(fd: number): boolean {
  const r = libc().fcntl(fd, F_GETFD, 0n);
  if (r < 0) raiseErrno();
  return (r & FD_CLOEXEC) === 0;
}
export function setInheritable(fd: number, inheritable: boolean): void {
  const r = libc().fcntl(fd, F_GETFD, 0n);
  if (r < 0) raiseErrno();
  const flags = inheritable ? r & ~FD_CLOEXEC : r | FD_CLOEXEC;
  if (flags !== r && libc().fcntl(fd, F_SETFD, BigInt(flags)) < 0) raiseErrno();
}

function winsize(fd: number): [number, number] {
  const ws = new Uint8Array(8);
  if (libc().ioctl(fd, TIOCGWINSZ, ws) !== 0) raiseErrno();
  const v = new DataView(ws.buffer);
  return [v.getUint16(2, true), v.getUint16(0, true)];
}

function writableBuffers(w: W, fname: string): Uint8Array[] {
  return iterateToArray(w).map((b) => {
    const u = b instanceof PyBytes ? undefined : bytesLike(b);
    if (u === undefined) raiseTypeError(`${fname}() arg 2 must be a sequence of writable buffers`);
    return u;
  });
}

/** struct iovec[] over `bufs` (which must stay alive during the call). */
function iovec(bufs: Uint8Array[]): Uint8Array {
  const arr = new BigUint64Array(bufs.length * 2);
  for (let i = 0; i < bufs.length; i++) {
    arr[2 * i] = BigInt(Deno.UnsafePointer.value(Deno.UnsafePointer.of(bufs[i] as Uint8Array<ArrayBuffer>)));
    arr[2 * i + 1] = BigInt(bufs[i].length);
  }
  return new Uint8Array(arr.buffer);
}

/** pathconf names (Linux values) for os.pathconf_names. */
export const PATHCONF_NAMES: Record<string, number> = {
  PC_LINK_MAX: 0,
  PC_MAX_CANON: 1,
  PC_MAX_INPUT: 2,
  PC_NAME_MAX: 3,
  PC_PATH_MAX: 4,
  PC_PIPE_BUF: 5,
  PC_CHOWN_RESTRICTED: 6,
  PC_NO_TRUNC: 7,
  PC_VDISABLE: 8,
  PC_SYNC_IO: 9,
  PC_ASYNC_IO: 10,
  PC_PRIO_IO: 11,
  PC_FILESIZEBITS: 13,
  PC_REC_INCR_XFER_SIZE: 14,
  PC_REC_MAX_XFER_SIZE: 15,
  PC_REC_MIN_XFER_SIZE: 16,
  PC_REC_XFER_ALIGN: 17,
  PC_ALLOC_SIZE_MIN: 18,
  PC_SYMLINK_MAX: 19,
  PC_2_SYMLINKS: 20,
};
function confName(w: W): number {
  if (w instanceof PyStr) {
    const v = PATHCONF_NAMES[w.value];
    if (v === undefined) raiseValueError("unrecognized configuration name");
    return v;
  }
  if (typeof w === "number") return w;
  raiseTypeError("configuration names must be strings or integers");
}

function optionalOffset(w: W | undefined): Uint8Array | null {
  if (w === undefined || w === None) return null;
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigInt64(0, BigInt(offArg(w)), true);
  return b;
}

/** os.read: a thread other than the main one waiting for a pipe switches out while it waits, so the
 * thread that will write can run (vm/threads.ts); the main thread runs the others from its wait. */
const readSpec = func("read", "fd, length, /", (a) => {
  const direct = takeDirectCall();
  const fd = fdArg(a[0]), n = lengthArg(a[1]);
  if (state.threads && direct && fd >= 0 && fdPollIn(fd, 0) === 0 && !fdIsNonBlocking(fd)) {
    return block(pollingWaiter(() => fdPollIn(fd, 0) !== 0, () => readFd(fd, n)), true);
  }
  return readFd(fd, n);
});
markBlocking(readSpec);

export const fileFunctions: MethodSpec[] = [
  func("open", "path, flags, mode=, *, dir_fd=", openImpl),
  func("close", "fd", (a) => {
    fdResult(fdClose(fdArg(a[0])));
    return None;
  }),
  func("closerange", "fd_low, fd_high, /", (a) => {
    noteRuntimeFds();
    const lo = Math.max(0, fdArg(a[0])), hi = Math.min(fdArg(a[1]), 65536);
    for (let fd = lo; fd < hi; fd++) if (!runtimeFds!.has(fd)) libc().close(fd);
    return None;
  }),
  readSpec,
  func("write", "fd, data, /", (a) => fdResult(fdWrite(fdArg(a[0]), bufferArg(a[1])))),
  func("pread", "fd, length, offset, /", (a) => {
    const fd = fdArg(a[0]), n = lengthArg(a[1]), off = offArg(a[2]);
    const buf = new Uint8Array(n);
    const got = retry(() => libc().pread(fd, buf, BigInt(n), BigInt(off)));
    return newBytes(got === n ? buf : buf.slice(0, got));
  }),
  func("pwrite", "fd, buffer, offset, /", (a) => {
    const fd = fdArg(a[0]), b = bufferArg(a[1]), off = offArg(a[2]);
    return retry(() => libc().pwrite(fd, b, BigInt(b.length), BigInt(off)));
  }),
  func("lseek", "fd, position, whence, /", (a) => {
    const r = fdSeek(fdArg(a[0]), offArg(a[1]), intArg(a[2]));
    return normBig(BigInt(fdResult(r)));
  }),
  func("dup", "fd, /", (a) => {
    const r = libc().fcntl(fdArg(a[0]), F_DUPFD_CLOEXEC, 0n);
    check(r);
    return r;
  }),
  func("dup2", "fd, fd2, inheritable=", (a) => {
    const fd = fdArg(a[0]), fd2 = fdArg(a[1]);
    const inheritable = boolArg(a[2], true);
    const r = inheritable ? libc().dup2(fd, fd2) : libc().dup3(fd, fd2, O_CLOEXEC);
    check(r);
    return r;
  }),
  func("pipe", "", () => {
    const fds = new Int32Array(2);
    check(libc().pipe2(new Uint8Array(fds.buffer), O_CLOEXEC));
    return newTuple([fds[0], fds[1]]);
  }),
  func("pipe2", "flags, /", (a) => {
    const fds = new Int32Array(2);
    check(libc().pipe2(new Uint8Array(fds.buffer), intArg(a[0])));
    return newTuple([fds[0], fds[1]]);
  }),
  func("isatty", "fd, /", (a) => (fdIsatty(fdArg(a[0])) ? True : False)),
  func("ttyname", "fd, /", (a) => {
    const buf = new Uint8Array(4096);
    const r = libc().ttyname_r(fdArg(a[0]), buf, 4096n);
    if (r !== 0) throw osErrorFor(r);
    return newStr(new TextDecoder().decode(buf.subarray(0, buf.indexOf(0))));
  }),
  func("fsync", "fd", (a) => {
    check(libc().fsync(filenoArg(a[0])));
    return None;
  }),
  func("fdatasync", "fd", (a) => {
    check(libc().fdatasync(filenoArg(a[0])));
    return None;
  }),
  func("sync", "", () => {
    libc().sync();
    return None;
  }),
  func("ftruncate", "fd, length, /", (a) => {
    const fd = fdArg(a[0]), len = offArg(a[1]);
    retry(() => libc().ftruncate(fd, BigInt(len)));
    return None;
  }),
  func("truncate", "path, length", (a) => {
    const p = pathArg(a[0], "truncate", { allowFd: true });
    const len = BigInt(offArg(a[1]));
    if (p.c === null) retry(() => libc().ftruncate(p.fd, len), p.object);
    else check(libc().truncate(p.c, len), p.object);
    return None;
  }),
  func("get_inheritable", "fd, /", (a) => (getInheritable(fdArg(a[0])) ? True : False)),
  func("set_inheritable", "fd, inheritable, /", (a) => {
    setInheritable(fdArg(a[0]), isTrue(a[1]));
    return None;
  }),
  func("get_blocking", "fd, /", (a) => {
    const r = libc().fcntl(fdArg(a[0]), F_GETFL, 0n);
    check(r);
    return (r & O_NONBLOCK) === 0 ? True : False;
  }),
  func("set_blocking", "fd, blocking, /", (a) => {
    const fd = fdArg(a[0]);
    const r = libc().fcntl(fd, F_GETFL, 0n);
    check(r);
    const flags = isTrue(a[1]) ? r & ~O_NONBLOCK : r | O_NONBLOCK;
    if (flags !== r) check(libc().fcntl(fd, F_SETFL, BigInt(flags)));
    return None;
  }),
  func("device_encoding", "fd", (a) => (fdIsatty(fdArg(a[0])) ? newStr("UTF-8") : None)),
  func("get_terminal_size", "fd=, /", (a) => {
    const [cols, lines] = winsize(a[0] === undefined ? 1 : fdArg(a[0]));
    return makeStructSeq(terminalSizeType, [cols, lines]);
  }),
  func("sendfile", "out_fd, in_fd, offset, count", (a) => {
    const out = fdArg(a[0]), inp = fdArg(a[1]);
    const off = optionalOffset(a[2]);
    const count = lengthArg(a[3]);
    return retry(() => libc().sendfile(out, inp, off, BigInt(count)));
  }),
  func("copy_file_range", "src, dst, count, offset_src=, offset_dst=", (a) => {
    const src = fdArg(a[0]), dst = fdArg(a[1]);
    const count = countArg(a[2]);
    const offSrc = optionalOffset(a[3]), offDst = optionalOffset(a[4]);
    return retry(() => libc().copy_file_range(src, offSrc, dst, offDst, BigInt(count), 0));
  }),
  func("lockf", "fd, command, length, /", (a) => {
    const fd = fdArg(a[0]), cmd = intArg(a[1]), len = offArg(a[2]);
    retry(() => libc().lockf(fd, cmd, BigInt(len)));
    return None;
  }),
  func("posix_fallocate", "fd, offset, length, /", (a) => {
    const fd = fdArg(a[0]), off = BigInt(offArg(a[1])), len = BigInt(offArg(a[2]));
    for (;;) {
      const r = libc().posix_fallocate(fd, off, len);
      if (r === 0) return None;
      if (r !== EINTR) throw osErrorFor(r);
    }
  }),
  func("posix_fadvise", "fd, offset, length, advice, /", (a) => {
    const fd = fdArg(a[0]), off = BigInt(offArg(a[1])), len = BigInt(offArg(a[2])), advice = intArg(a[3]);
    for (;;) {
      const r = libc().posix_fadvise(fd, off, len, advice);
      if (r === 0) return None;
      if (r !== EINTR) throw osErrorFor(r);
    }
  }),
  func("fpathconf", "fd, name, /", (a) => {
    const fd = filenoArg(a[0]), name = confName(a[1]);
    clearErrno();
    const r = Number(libc().fpathconf(fd, name));
    if (r === -1 && errno() !== 0) raiseErrno();
    return r;
  }),
  func("pathconf", "path, name", (a) => {
    const p = pathArg(a[0], "pathconf", { allowFd: true });
    const name = confName(a[1]);
    clearErrno();
    const r = Number(p.c === null ? libc().fpathconf(p.fd, name) : libc().pathconf(p.c, name));
    if (r === -1 && errno() !== 0) raiseErrno(p.object);
    return r;
  }),
  func("ctermid", "", () => {
    const buf = new Uint8Array(256);
    if (libc().ctermid(buf) === null) raiseErrno();
    return newStr(new TextDecoder().decode(buf.subarray(0, buf.indexOf(0))));
  }),
  func("openpty", "", () => {
    const fds = new Int32Array(2);
    const r = libc().openpty(
      new Uint8Array(fds.buffer, 0, 4),
      new Uint8Array(fds.buffer, 4, 4),
      null,
      null,
      null,
    );
    if (r !== 0) raiseErrno();
    setInheritable(fds[0], false);
    setInheritable(fds[1], false);
    return newTuple([fds[0], fds[1]]);
  }),
  func("memfd_create", "name, flags=", (a) => {
    const name = pathArg(a[0], "memfd_create", { argName: "name" });
    const flags = a[1] === undefined ? 1 /* MFD_CLOEXEC */ : intArg(a[1]);
    const fd = libc().memfd_create(name.c!, flags);
    if (fd < 0) raiseErrno();
    return fd;
  }),
  func("readv", "fd, buffers, /", (a) => {
    const fd = fdArg(a[0]);
    const bufs = writableBuffers(a[1], "readv");
    return retry(() => libc().readv(fd, iovec(bufs), bufs.length));
  }),
  func("writev", "fd, buffers, /", (a) => {
    const fd = fdArg(a[0]);
    const bufs = iterateToArray(a[1]).map(bufferArg);
    return retry(() => libc().writev(fd, iovec(bufs), bufs.length));
  }),
  func("preadv", "fd, buffers, offset, flags=, /", (a) => {
    const fd = fdArg(a[0]);
    const bufs = writableBuffers(a[1], "preadv");
    const off = BigInt(offArg(a[2]));
    if (a[3] !== undefined && intArg(a[3]) !== 0) raiseNotImplementedError("preadv2: flags unsupported");
    return retry(() => libc().preadv(fd, iovec(bufs), bufs.length, off));
  }),
  func("pwritev", "fd, buffers, offset, flags=, /", (a) => {
    const fd = fdArg(a[0]);
    const bufs = iterateToArray(a[1]).map(bufferArg);
    const off = BigInt(offArg(a[2]));
    if (a[3] !== undefined && intArg(a[3]) !== 0) raiseNotImplementedError("pwritev2: flags unsupported");
    return retry(() => libc().pwritev(fd, iovec(bufs), bufs.length, off));
  }),
  func("eventfd", "initval, flags=", (a) => {
    const flags = a[1] === undefined ? 0o2000000 /* EFD_CLOEXEC */ : intArg(a[1]);
    const fd = libc().eventfd(intArg(a[0]) >>> 0, flags);
    if (fd < 0) raiseErrno();
    return fd;
  }),
  func("eventfd_read", "fd", (a) => {
    const fd = fdArg(a[0]);
    const buf = new Uint8Array(8);
    retry(() => libc().read(fd, buf, 8n));
    return normBig(new DataView(buf.buffer).getBigUint64(0, true));
  }),
  func("eventfd_write", "fd, value", (a) => {
    const fd = fdArg(a[0]);
    const buf = new Uint8Array(8);
    const v = asInt(a[1]);
    if (v === undefined) raiseTypeError(`'${typeOf(a[1]).name}' object cannot be interpreted as an integer`);
    new DataView(buf.buffer).setBigUint64(0, BigInt(v), true);
    retry(() => libc().write(fd, buf, 8n));
    return None;
  }),
  func("splice", "src, dst, count, offset_src=, offset_dst=, flags=", (a) => {
    const src = fdArg(a[0]), dst = fdArg(a[1]);
    const count = countArg(a[2]);
    const offSrc = optionalOffset(a[3]), offDst = optionalOffset(a[4]);
    const flags = a[5] === undefined ? 0 : intArg(a[5]);
    return retry(() => libc().splice(src, offSrc, dst, offDst, BigInt(count), flags));
  }),
  func("tcgetpgrp", "fd, /", (a) => {
    const r = libc().tcgetpgrp(fdArg(a[0]));
    if (r < 0) raiseErrno();
    return r;
  }),
  func("tcsetpgrp", "fd, pgid, /", (a) => {
    if (libc().tcsetpgrp(fdArg(a[0]), intArg(a[1])) !== 0) raiseErrno();
    return None;
  }),
  func("posix_openpt", "oflag, /", (a) => {
    const fd = libc().posix_openpt(intArg(a[0]) | O_CLOEXEC);
    if (fd < 0) raiseErrno();
    return fd;
  }),
  func("grantpt", "fd, /", (a) => {
    if (libc().grantpt(filenoArg(a[0])) !== 0) raiseErrno();
    return None;
  }),
  func("unlockpt", "fd, /", (a) => {
    if (libc().unlockpt(filenoArg(a[0])) !== 0) raiseErrno();
    return None;
  }),
  func("ptsname", "fd, /", (a) => {
    const buf = new Uint8Array(256);
    const r = libc().ptsname_r(filenoArg(a[0]), buf, 256n);
    if (r !== 0) throw osErrorFor(r);
    return newStr(new TextDecoder().decode(buf.subarray(0, buf.indexOf(0))));
  }),
  func("access", "path, mode, *, dir_fd=, effective_ids=, follow_symlinks=", access),
  func("chmod", "path, mode, *, dir_fd=, follow_symlinks=", chmod),
  func("fchmod", "fd, mode", (a) => {
    check(libc().fchmod(fdArg(a[0]), intArg(a[1])));
    return None;
  }),
  func("chown", "path, uid, gid, *, dir_fd=, follow_symlinks=", chownImpl("chown", true)),
  func("lchown", "path, uid, gid", chownImpl("lchown", false)),
  func("fchown", "fd, uid, gid", (a) => {
    check(libc().fchown(fdArg(a[0]), idArg(a[1], "uid"), idArg(a[2], "gid")));
    return None;
  }),
  func("utime", "path, times=, *, ns=, dir_fd=, follow_symlinks=", utime),
];
