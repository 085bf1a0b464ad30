// File descriptors shared by `_io` (FileIO) and `posix` (os.open/read/write/close/pipe/dup). They are
// the kernel's own descriptors, reached through libc by Deno FFI, so os.open()'s int works in open(fd),
// pipes are real pipes and a child process inherits them. 0/1/2 are the process's standard streams.
//
// API (small on purpose; every function is synchronous and never throws for an OS failure):
//   fdOpen(path, flags, mode) → fd, or -errno          (path: str or bytes, without the NUL)
//   fdRead(fd, buf)           → bytes read (0 = EOF), or -errno      (EINTR is retried)
//   fdWrite(fd, buf)          → bytes written, or -errno             (EINTR is retried)
//   fdSeek(fd, offset, whence)→ new position, or -errno
//   fdClose(fd)               → 0, or -errno
//   fdIsatty(fd)              → boolean
//   fdFstat(fd)               → { mode, size, blksize }, or -errno
//   fdTruncate(fd, size)      → 0, or -errno
//   fdPollIn(fd, timeoutMs)   → > 0 readable (or hung up), 0 timed out, or -errno
//   fdIsNonBlocking(fd)       → whether O_NONBLOCK is set (false when fcntl fails)
//   fdWaitReadable(fd)        → waits for data with signal handlers running (may raise from them)
//   osErrorFromErrno(err, filename?) → PyError (OSError subclass picked by errno, CPython's str())
//   strerror(err)             → libc's message for errno
// Flag constants (Linux values): O_RDONLY … O_CLOEXEC; S_IFMT/S_IFDIR/S_IFREG; errno constants.
import { None, type W } from "../objects/model.ts";
import { exceptionTypes, newException } from "../objects/exceptions.ts";
import { newStr } from "../objects/str.ts";
import { PyError } from "../vm/errors.ts";
import { watchInterrupts } from "../vm/interrupts.ts";
import { checkInterrupt } from "../vm/ops.ts";
import { state } from "../vm/state.ts";

const SYMBOLS = {
  __errno_location: { parameters: [], result: "pointer" },
  strerror: { parameters: ["i32"], result: "pointer" },
  open: { parameters: ["buffer", "i32", "u32"], result: "i32" },
  close: { parameters: ["i32"], result: "i32" },
  read: { parameters: ["i32", "buffer", "usize"], result: "isize" },
  write: { parameters: ["i32", "buffer", "usize"], result: "isize" },
  lseek: { parameters: ["i32", "i64", "i32"], result: "i64" },
  isatty: { parameters: ["i32"], result: "i32" },
  fstat: { parameters: ["i32", "buffer"], result: "i32" },
  ftruncate: { parameters: ["i32", "i64"], result: "i32" },
  poll: { parameters: ["buffer", "u64", "i32"], result: "i32" },
  fcntl: { parameters: ["i32", "i32", "i32"], result: "i32" },
} as const;

// 64-bit arguments are passed as JS numbers (Deno FFI accepts number | bigint at run time; its types
// say bigint only) so the hot read/write path allocates no BigInt.
interface Libc {
  __errno_location(): Deno.PointerValue;
  strerror(err: number): Deno.PointerValue;
  open(path: Uint8Array, flags: number, mode: number): number;
  close(fd: number): number;
  read(fd: number, buf: Uint8Array, n: number): number | bigint;
  write(fd: number, buf: Uint8Array, n: number): number | bigint;
  lseek(fd: number, offset: number, whence: number): number | bigint;
  isatty(fd: number): number;
  fstat(fd: number, buf: Uint8Array): number;
  ftruncate(fd: number, size: number): number;
  poll(fds: Uint8Array, nfds: number, timeout: number): number;
  fcntl(fd: number, cmd: number, arg: number): number;
}
let lib: Libc | null = null;
let errnoCell: Int32Array | null = null;

function libc(): Libc {
  if (lib === null) {
    lib = Deno.dlopen("libc.so.6", SYMBOLS).symbols as unknown as Libc;
    errnoCell = new Int32Array(Deno.UnsafePointerView.getArrayBuffer(lib.__errno_location()!, 4));
  }
  return lib;
}

/** errno of the main thread, right after a failed call. */
function lastErrno(): number {
  return errnoCell![0];
}

export const O_RDONLY = 0;
export const O_WRONLY = 1;
export const O_RDWR = 2;
export const O_CREAT = 0o100;
export const O_EXCL = 0o200;
export const O_NOCTTY = 0o400;
export const O_TRUNC = 0o1000;
export const O_APPEND = 0o2000;
export const O_NONBLOCK = 0o4000;
export const O_CLOEXEC = 0o2000000;

export const S_IFMT = 0o170000;
export const S_IFDIR = 0o040000;
export const S_IFREG = 0o100000;

export const EINTR = 4;
export const EBADF = 9;
export const EAGAIN = 11;
export const EISDIR = 21;
export const EINVAL = 22;
export const ESPIPE = 29;

const encoder = new TextEncoder();

function cPath(path: string | Uint8Array): Uint8Array {
  if (typeof path === "string") return encoder.encode(path + "\0");
  const out = new Uint8Array(path.length + 1);
  out.set(path);
  return out;
}

export function fdOpen(path: string | Uint8Array, flags: number, mode = 0o666): number {
  const c = libc();
  const p = cPath(path);
  for (;;) {
    const fd = c.open(p, flags, mode);
    if (fd >= 0) return fd;
    const err = lastErrno();
    if (err !== EINTR) return -err;
  }
}

export function fdRead(fd: number, buf: Uint8Array): number {
  const c = libc();
  for (;;) {
    const n = Number(c.read(fd, buf, buf.length));
    if (n >= 0) return n;
    const err = lastErrno();
    if (err !== EINTR) return -err;
  }
}

export function fdWrite(fd: number, buf: Uint8Array): number {
  const c = libc();
  if (buf.length > 0 && (state.threads || state.interrupt !== null)) {
    const n = pipeWrite(fd, buf);
    if (n !== null) return n;
  }
  for (;;) {
    const n = Number(c.write(fd, buf, buf.length));
    if (n >= 0) return n;
    const err = lastErrno();
    if (err !== EINTR) return -err;
  }
}

/** Linux's PIPE_BUF: a pipe that polls writable takes this much without blocking. */
const PIPE_BUF = 4096;

/** vm/threads.ts's beforeBlockingIO, installed by the _thread module (a direct import would close an
 * import cycle through the eval loop): runs the other green threads before a wait, returns the wait. */
export const blockingIOHooks = { beforeBlockingIO: (maxMs: number): number => maxMs };
const S_IFIFO = 0o010000;

/**
 * A write to a blocking pipe that may not take it all at once, when signal handlers or other green threads
 * must run meanwhile (a blocked write(2) is restarted by the runtime's signal handling and stops every
 * thread): PIPE_BUF pieces, each after poll(2) says the pipe has room, the waits interruptible. A signal
 * arriving after some bytes went out ends the write there, as write(2) returns a partial count; before
 * any, the handler runs in the wait (PEP 475: the wait resumes if it returns). null: not a blocking pipe, or room for all of it now (the plain write cannot block).
 */
function pipeWrite(fd: number, buf: Uint8Array): number | null {
  const ready = fdPollOut(fd, 0);
  if (ready < 0 || (ready > 0 && buf.length <= PIPE_BUF)) return null;
  const st = fdFstat(fd);
  if (typeof st === "number" || (st.mode & S_IFMT) !== S_IFIFO || fdIsNonBlocking(fd)) return null;
  const c = libc();
  let done = 0;
  while (done < buf.length) {
    if (fdPollOut(fd, 0) === 0) {
      watchInterrupts();
      for (;;) {
        if (done > 0 && interruptPending()) return partialWrite(done);
        const r = fdPollOut(fd, state.threads ? blockingIOHooks.beforeBlockingIO(100) : 100);
        if (r > 0) break;
        if (done > 0 && interruptPending()) return partialWrite(done);
        checkInterrupt();
        if (r < 0 && r !== -EINTR) return done > 0 ? done : r;
      }
    }
    const end = Math.min(buf.length, done + PIPE_BUF);
    const n = Number(c.write(fd, buf.subarray(done, end), end - done));
    if (n < 0) {
      const err = lastErrno();
      if (err === EINTR) continue;
      return done > 0 ? done : -err;
    }
    done += n;
  }
  return done;
}

/** write(2) cut short by a signal: its handler runs now, as CPython's eval loop would run it right after
 * the call (an exception from it replaces the count). */
function partialWrite(done: number): number {
  checkInterrupt();
  return done;
}

function interruptPending(): boolean {
  const flag = state.interrupt;
  return flag !== null && Atomics.load(flag, 0) !== 0;
}

export function fdSeek(fd: number, offset: number, whence: number): number {
  const r = Number(libc().lseek(fd, offset, whence));
  return r >= 0 ? r : -lastErrno();
}

export function fdClose(fd: number): number {
  return libc().close(fd) === 0 ? 0 : -lastErrno();
}

export function fdIsatty(fd: number): boolean {
  return libc().isatty(fd) === 1;
}

// struct pollfd { int fd; short events; short revents; }
const pollBuf = new Uint8Array(8);
const pollView = new DataView(pollBuf.buffer);
const POLLIN = 1;

const POLLOUT = 4;
function fdPollOut(fd: number, timeoutMs: number): number {
  pollView.setInt32(0, fd, true);
  pollView.setInt16(4, POLLOUT, true);
  pollView.setInt16(6, 0, true);
  const r = libc().poll(pollBuf, 1, timeoutMs);
  return r >= 0 ? r : -lastErrno();
}

export function fdPollIn(fd: number, timeoutMs: number): number {
  pollView.setInt32(0, fd, true);
  pollView.setInt16(4, POLLIN, true);
  pollView.setInt16(6, 0, true);
  const r = libc().poll(pollBuf, 1, timeoutMs);
  return r >= 0 ? r : -lastErrno();
}

/**
 * Wait until `fd` (a terminal, pipe, socket) has data, running signal handlers meanwhile (Ctrl-C, alarm):
 * the runtime's signal handler makes the kernel restart a blocked read, so without this a handler would
 * wait for the data. Returns at once when data (or an error for the read to report) is there or the
 * descriptor is non-blocking (the read then reports EAGAIN).
 */
export function fdWaitReadable(fd: number): void {
  if (fd < 0 || fdPollIn(fd, 0) !== 0) return; // poll skips negative fds: read() reports EBADF
  const flags = libc().fcntl(fd, 3, /* F_GETFL */ 0);
  if (flags < 0 || (flags & O_NONBLOCK) !== 0) return;
  watchInterrupts(); // about to block: make sure Ctrl-C is being watched (vm/interrupts.ts)
  for (;;) {
    // other green threads run first (one of them may be the writer); the wait ends when one is due
    const r = fdPollIn(fd, state.threads ? blockingIOHooks.beforeBlockingIO(100) : 100);
    if (r > 0) return;
    checkInterrupt();
    if (r < 0 && r !== -EINTR) return;
  }
}

export function fdIsNonBlocking(fd: number): boolean {
  const flags = libc().fcntl(fd, 3, /* F_GETFL */ 0);
  return flags >= 0 && (flags & O_NONBLOCK) !== 0;
}

export function fdTruncate(fd: number, size: number): number {
  return libc().ftruncate(fd, size) === 0 ? 0 : -lastErrno();
}

// struct stat offsets of the three fields io needs: [mode (u32), size (i64), blksize (i64 or i32)]
const STAT_LAYOUT: Record<
  string,
  { size: number; mode: number; fileSize: number; blksize: [number, number] }
> = {
  x86_64: { size: 144, mode: 24, fileSize: 48, blksize: [56, 8] },
  aarch64: { size: 128, mode: 16, fileSize: 48, blksize: [56, 4] },
};
const STAT = STAT_LAYOUT[Deno.build.arch] ?? STAT_LAYOUT.x86_64;
const statBuf = new Uint8Array(STAT.size);
const statView = new DataView(statBuf.buffer);

export interface FdStat {
  mode: number;
  size: number;
  blksize: number;
}

export function fdFstat(fd: number): FdStat | number {
  if (libc().fstat(fd, statBuf) !== 0) return -lastErrno();
  return {
    mode: statView.getUint32(STAT.mode, true),
    size: Number(statView.getBigInt64(STAT.fileSize, true)),
    blksize: STAT.blksize[1] === 8
      ? Number(statView.getBigInt64(STAT.blksize[0], true))
      : statView.getInt32(STAT.blksize[0], true),
  };
}

export function strerror(err: number): string {
  const p = libc().strerror(err);
  return p === null ? `Unknown error ${err}` : Deno.UnsafePointerView.getCString(p);
}

/**
 * The OSError for errno `err` as PyErr_SetFromErrnoWithFilenameObject builds it: OSError's constructor
 * picks the subclass (FileNotFoundError for ENOENT …); str() is "[Errno 2] No such file or directory: 'x'".
 */
export function osErrorFromErrno(err: number, filename?: W): PyError {
  const msg = newStr(strerror(err));
  const e = newException(exceptionTypes.OSError, [err, msg]);
  e.setAttr("errno", err);
  e.setAttr("strerror", msg);
  e.setAttr("filename", filename ?? None);
  e.setAttr("filename2", None);
  return new PyError(e);
}
