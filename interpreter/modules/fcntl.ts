// fcntl: fcntl(2), ioctl(2), flock(2) and lockf over kernel descriptors, after CPython's
// Modules/fcntlmodule.c. An int argument is passed as a C int and the call's result returned; a str or
// bytes-like argument is copied into a buffer the call may fill, and the buffer comes back as bytes; ioctl
// on a writable buffer (bytearray, memoryview of one, array.array) writes the result back into it.
import { None, type PyType, typeOf, type W } from "../objects/model.ts";
import { bytesLike, newBytes, PyByteArray, PyBytes, PyMemoryView } from "../objects/bytes.ts";
import { encodeString, PyStr } from "../objects/str.ts";
import { indexOf, isIntLike } from "../objects/int.ts";
import { isIndex } from "../objects/tuple.ts";
import { isTrue } from "../objects/operations.ts";
import { errorWithMessage, raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { checkInterrupt } from "../vm/ops.ts";
import type { NativeModuleDef } from "./define.ts";
import { errno, libc } from "./posix/libc.ts";
import { EINTR, raiseErrno } from "./posix/oserror.ts";
import { fdArg, func } from "./posix/args.ts";
import { fileDescriptor } from "./select.ts";
import { PyArray } from "./array.ts";
import { extraBuffers } from "./struct.ts";

/** Linux (x86-64, and the generic ABI) values, as fcntlmodule.c exports them. */
export const FCNTL_CONSTANTS: Record<string, number> = {
  LOCK_SH: 1,
  LOCK_EX: 2,
  LOCK_NB: 4,
  LOCK_UN: 8,
  LOCK_MAND: 32,
  LOCK_READ: 64,
  LOCK_WRITE: 128,
  LOCK_RW: 192,
  F_DUPFD: 0,
  F_DUPFD_CLOEXEC: 1030,
  F_GETFD: 1,
  F_SETFD: 2,
  F_GETFL: 3,
  F_SETFL: 4,
  F_GETLK: 5,
  F_SETLK: 6,
  F_SETLKW: 7,
  F_OFD_GETLK: 36,
  F_OFD_SETLK: 37,
  F_OFD_SETLKW: 38,
  F_GETOWN: 9,
  F_SETOWN: 8,
  F_GETSIG: 11,
  F_SETSIG: 10,
  F_RDLCK: 0,
  F_WRLCK: 1,
  F_UNLCK: 2,
  F_GETLK64: 5,
  F_SETLK64: 6,
  F_SETLKW64: 7,
  FASYNC: 0o20000,
  F_SETLEASE: 1024,
  F_GETLEASE: 1025,
  F_NOTIFY: 1026,
  F_EXLCK: 4,
  F_SHLCK: 8,
  F_SETPIPE_SZ: 1031,
  F_GETPIPE_SZ: 1032,
  FICLONE: 0x40049409,
  FICLONERANGE: 0x4020940d,
  F_GETOWN_EX: 16,
  F_SETOWN_EX: 15,
  F_OWNER_TID: 0,
  F_OWNER_PID: 1,
  F_OWNER_PGRP: 2,
  F_GET_RW_HINT: 1035,
  F_SET_RW_HINT: 1036,
  F_GET_FILE_RW_HINT: 1037,
  F_SET_FILE_RW_HINT: 1038,
  RWH_WRITE_LIFE_NOT_SET: 0,
  RWH_WRITE_LIFE_NONE: 1,
  RWH_WRITE_LIFE_SHORT: 2,
  RWH_WRITE_LIFE_MEDIUM: 3,
  RWH_WRITE_LIFE_LONG: 4,
  RWH_WRITE_LIFE_EXTREME: 5,
  FD_CLOEXEC: 1,
  DN_ACCESS: 1,
  DN_MODIFY: 2,
  DN_CREATE: 4,
  DN_DELETE: 8,
  DN_RENAME: 16,
  DN_ATTRIB: 32,
  DN_MULTISHOT: 0x80000000,
  F_ADD_SEALS: 1033,
  F_GET_SEALS: 1034,
  F_SEAL_SEAL: 1,
  F_SEAL_SHRINK: 2,
  F_SEAL_GROW: 4,
  F_SEAL_WRITE: 8,
  F_SEAL_FUTURE_WRITE: 16,
};
const { LOCK_SH, LOCK_EX, LOCK_NB, LOCK_UN, F_SETLK, F_SETLKW, F_RDLCK, F_WRLCK, F_UNLCK } = FCNTL_CONSTANTS;

/** Bytes after a copied argument, checked after the call (as fcntlmodule.c's guard: NUL then noise). */
const GUARD = [0x00, 0xfa, 0x69, 0xc4, 0x67, 0xa3, 0x6c, 0x58];

/** Run a libc call until it does not fail with EINTR (PEP 475); raise OSError on other failures. */
function retry(call: () => number): number {
  for (;;) {
    const r = call();
    if (r >= 0) return r;
    if (errno() !== EINTR) raiseErrno();
    checkInterrupt();
  }
}

/** `%T` of an error message: the type's tp_name ("float", "Custom", "array.array" for a C type). */
function tpName(t: PyType): string {
  if (t.module === "builtins" || t.dict.has("__module__")) return t.name;
  return `${t.module}.${t.name}`;
}

/** The "s*" converter: a str as UTF-8, or the bytes of a bytes-like object (undefined for anything else). */
function readOnlyBytes(w: W): Uint8Array | undefined {
  if (w instanceof PyStr) return encodeString(w.value, "utf-8", "strict")!;
  return bytesLike(w) ?? extraBuffers.read(w);
}

/** A copy of `src` followed by the guard bytes. */
function guarded(src: Uint8Array): Uint8Array {
  const buf = new Uint8Array(src.length + GUARD.length);
  buf.set(src);
  buf.set(GUARD, src.length);
  return buf;
}
function checkGuard(buf: Uint8Array, len: number): void {
  for (let i = 0; i < GUARD.length; i++) {
    if (buf[len + i] !== GUARD[i]) throw errorWithMessage("SystemError", "buffer overflow");
  }
}

/** The "I" converter: any int, reduced modulo 2**32, then read as a C int. */
function maskedInt(w: W): number {
  const v = indexOf(w);
  return typeof v === "bigint" ? Number(BigInt.asIntN(32, v)) : v | 0;
}

/** ioctl's int argument: a C long. */
function cLong(w: W): bigint {
  const v = BigInt(indexOf(w));
  if (v !== BigInt.asIntN(64, v)) {
    throw errorWithMessage("OverflowError", "Python int too large to convert to C long");
  }
  return v;
}

/** unsigned_long(bitwise=True): any int, reduced modulo 2**64. */
function unsignedLongBits(w: W): bigint {
  if (!isIntLike(w)) raiseTypeError(`ioctl() argument 2 must be int, not ${typeOf(w).name}`);
  return BigInt.asUintN(64, BigInt(indexOf(w)));
}

/** A C off_t (long long) argument of lockf. */
function offT(w: W): bigint {
  if (!isIndex(w)) raiseTypeError(`'${typeOf(w).name}' object cannot be interpreted as an integer`);
  const v = BigInt(indexOf(w));
  if (v !== BigInt.asIntN(64, v)) {
    throw errorWithMessage("OverflowError", "Python int too large to convert to C long");
  }
  return v;
}

function fcntlImpl(a: W[]): W {
  const fd = fileDescriptor(a[0]);
  const code = fdArg(a[1]);
  const arg = a[2];
  if (arg === undefined || isIndex(arg)) {
    const v = BigInt(arg === undefined ? 0 : maskedInt(arg));
    return retry(() => libc().fcntl(fd, code, v));
  }
  const src = readOnlyBytes(arg);
  if (src === undefined) {
    raiseTypeError(
      `fcntl() argument 3 must be an integer, a bytes-like object, or a string, not ${tpName(typeOf(arg))}`,
    );
  }
  const buf = guarded(src);
  retry(() => libc().fcntl_ptr(fd, code, buf));
  checkGuard(buf, src.length);
  return newBytes(buf.slice(0, src.length));
}

/** A buffer ioctl may write into (bytearray, a writable memoryview, array.array), or undefined. */
function writableTarget(w: W): { bytes: Uint8Array; commit: (b: Uint8Array) => void } | undefined {
  if (w instanceof PyByteArray) {
    const view = w.value;
    return { bytes: view, commit: (b) => view.set(b) };
  }
  if (
    w instanceof PyMemoryView && !w.released && !w.readonly
  ) {
    const view = w.view();
    return { bytes: view, commit: (b) => view.set(b) };
  }
  if (w instanceof PyArray) {
    const view = w.exportBytes();
    return { bytes: view, commit: (b) => view.set(b) };
  }
  const e = extraBuffers.write(w);
  if (e !== undefined) return { bytes: e, commit: (b) => e.set(b) };
  return undefined;
}

function ioctlImpl(a: W[]): W {
  const fd = fileDescriptor(a[0]);
  const code = unsignedLongBits(a[1]);
  const arg = a[2];
  const mutate = a[3] === undefined ? true : isTrue(a[3]);
  if (arg === undefined || isIndex(arg)) {
    const v = arg === undefined ? 0n : cLong(arg);
    return retry(() => libc().ioctl_int(fd, code, v));
  }
  if (mutate && !(arg instanceof PyBytes) && !(arg instanceof PyStr)) {
    const target = writableTarget(arg);
    if (target !== undefined) {
      const buf = guarded(target.bytes);
      const r = retry(() => libc().ioctl(fd, code, buf));
      target.commit(buf.subarray(0, target.bytes.length));
      checkGuard(buf, target.bytes.length);
      return r;
    }
  }
  const src = readOnlyBytes(arg);
  if (src === undefined) {
    raiseTypeError(
      `ioctl() argument 3 must be an integer, a bytes-like object, or a string, not ${tpName(typeOf(arg))}`,
    );
  }
  const buf = guarded(src);
  retry(() => libc().ioctl(fd, code, buf));
  checkGuard(buf, src.length);
  return newBytes(buf.slice(0, src.length));
}

/** lockf through fcntl(F_SETLK/F_SETLKW) with a struct flock, as CPython does. */
function lockfImpl(a: W[]): W {
  const fd = fileDescriptor(a[0]);
  const code = fdArg(a[1]);
  let type: number;
  if (code === LOCK_UN) type = F_UNLCK;
  else if (code & LOCK_SH) type = F_RDLCK;
  else if (code & LOCK_EX) type = F_WRLCK;
  else raiseValueError("unrecognized lockf argument");
  const len = a[2] === undefined ? 0n : offT(a[2]);
  const start = a[3] === undefined ? 0n : offT(a[3]);
  const whence = a[4] === undefined ? 0 : fdArg(a[4]);
  // struct flock (x86-64): short l_type, short l_whence, off_t l_start, off_t l_len, pid_t l_pid
  const flock = new Uint8Array(32);
  const v = new DataView(flock.buffer);
  v.setInt16(0, type, true);
  v.setInt16(2, whence, true);
  v.setBigInt64(8, start, true);
  v.setBigInt64(16, len, true);
  retry(() => libc().fcntl_ptr(fd, code & LOCK_NB ? F_SETLK : F_SETLKW, flock));
  return None;
}

export const fcntlModule: NativeModuleDef = {
  name: "fcntl",
  doc: "This module performs file control and I/O control on file\n" +
    "descriptors.  It is an interface to the fcntl() and ioctl() Unix\n" +
    "routines.  File descriptors can be obtained with the fileno() method of\n" +
    "a file or socket object.",
  functions: [
    func("fcntl", "fd, cmd, arg=, /", fcntlImpl, "fcntl"),
    func("ioctl", "fd, request, arg=, mutate_flag=, /", ioctlImpl, "fcntl"),
    func("flock", "fd, operation, /", (a) => {
      const fd = fileDescriptor(a[0]);
      const code = fdArg(a[1]);
      retry(() => libc().flock(fd, code));
      return None;
    }, "fcntl"),
    func("lockf", "fd, cmd, len=, start=, whence=, /", lockfImpl, "fcntl"),
  ],
  values: () => ({ ...FCNTL_CONSTANTS }),
};
