// Extended attributes (getxattr/setxattr/listxattr/removexattr, with fd and follow_symlinks forms) and
// os.readinto / os.pidfd_open, which did not fit the other files.
import { type MethodSpec, None, typeOf, type W } from "../../objects/model.ts";
import { bytesLike, newBytes } from "../../objects/bytes.ts";
import { writableBytes } from "../../objects/memoryview.ts";
import { newList } from "../../objects/list.ts";
import { raiseTypeError, raiseValueError } from "../../vm/errors.ts";
import { errno, libc } from "./libc.ts";
import { EINTR, raiseErrno } from "./oserror.ts";
import { boolArg, fdArg, func, intArg, type PathArg, pathArg, pathResult } from "./args.ts";

const ERANGE = 34;
export const XATTR_SIZE_MAX = 65536;

function xattrPath(w: W | undefined, fname: string, follow: boolean): PathArg {
  const p = pathArg(w, fname, { allowFd: true });
  if (p.c === null && !follow) raiseValueError(`${fname}: cannot use fd and follow_symlinks together`);
  return p;
}

function attrName(w: W | undefined, fname: string): Uint8Array {
  const p = pathArg(w, fname, { argName: "attribute" });
  return p.c!;
}

/** Call `size(buf)` with growing buffers until the value fits (ERANGE retries). */
function withBuffer(call: (buf: Uint8Array) => number, filename: W): Uint8Array {
  for (let size = 128;; size *= 4) {
    const buf = new Uint8Array(Math.min(size, XATTR_SIZE_MAX));
    const n = call(buf);
    if (n >= 0) return buf.subarray(0, n);
    if (errno() !== ERANGE || size >= XATTR_SIZE_MAX) raiseErrno(filename);
  }
}

export const xattrFunctions: MethodSpec[] = [
  func("getxattr", "path, attribute, *, follow_symlinks=", (a) => {
    const follow = boolArg(a[2], true);
    const p = xattrPath(a[0], "getxattr", follow);
    const name = attrName(a[1], "getxattr");
    const lc = libc();
    const value = withBuffer((buf) =>
      Number(
        p.c === null
          ? lc.fgetxattr(p.fd, name, buf, BigInt(buf.length))
          : follow
          ? lc.getxattr(p.c, name, buf, BigInt(buf.length))
          : lc.lgetxattr(p.c, name, buf, BigInt(buf.length)),
      ), p.object);
    return newBytes(value.slice());
  }),
  func("setxattr", "path, attribute, value, flags=, *, follow_symlinks=", (a) => {
    const follow = boolArg(a[4], true);
    const p = xattrPath(a[0], "setxattr", follow);
    const name = attrName(a[1], "setxattr");
    const value = bytesLike(a[2]);
    if (value === undefined) raiseTypeError(`a bytes-like object is required, not '${typeOf(a[2]).name}'`);
    const flags = a[3] === undefined ? 0 : intArg(a[3]);
    const lc = libc();
    const n = BigInt(value.length);
    const r = p.c === null
      ? lc.fsetxattr(p.fd, name, value, n, flags)
      : follow
      ? lc.setxattr(p.c, name, value, n, flags)
      : lc.lsetxattr(p.c, name, value, n, flags);
    if (r !== 0) raiseErrno(p.object);
    return None;
  }),
  func("removexattr", "path, attribute, *, follow_symlinks=", (a) => {
    const follow = boolArg(a[2], true);
    const p = xattrPath(a[0], "removexattr", follow);
    const name = attrName(a[1], "removexattr");
    const lc = libc();
    const r = p.c === null
      ? lc.fremovexattr(p.fd, name)
      : follow
      ? lc.removexattr(p.c, name)
      : lc.lremovexattr(p.c, name);
    if (r !== 0) raiseErrno(p.object);
    return None;
  }),
  func("listxattr", "path=, *, follow_symlinks=", (a) => {
    const follow = boolArg(a[1], true);
    const p = pathArg(a[0] ?? None, "listxattr", { allowFd: true, nullable: true });
    if (p.c === null && p.fd >= 0 && !follow) {
      raiseValueError("listxattr: cannot use fd and follow_symlinks together");
    }
    const c = p.object === None ? new Uint8Array([46, 0]) : p.c;
    const lc = libc();
    const names = withBuffer((buf) =>
      Number(
        c === null
          ? lc.flistxattr(p.fd, buf, BigInt(buf.length))
          : follow
          ? lc.listxattr(c, buf, BigInt(buf.length))
          : lc.llistxattr(c, buf, BigInt(buf.length)),
      ), p.object);
    const out: W[] = [];
    let start = 0;
    for (let i = 0; i < names.length; i++) {
      if (names[i] === 0) {
        if (i > start) out.push(pathResult(names.subarray(start, i), false));
        start = i + 1;
      }
    }
    return newList(out);
  }),
  func("readinto", "fd, buffer, /", (a) => {
    const fd = fdArg(a[0]);
    const w = a[1];
    // any writable buffer (bytearray, array.array, mmap, a writable contiguous memoryview), as "w*"
    const buf = writableBytes(w);
    if (buf === undefined) {
      raiseTypeError(`readinto() argument 2 must be read-write bytes-like object, not ${typeOf(w).name}`);
    }
    for (;;) {
      const n = Number(libc().read(fd, buf, BigInt(buf.length)));
      if (n >= 0) return n;
      if (errno() !== EINTR) raiseErrno();
    }
  }),
  func("pidfd_open", "pid, flags=", (a) => {
    const fd = libc().pidfd_open(intArg(a[0]), a[1] === undefined ? 0 : intArg(a[1]));
    if (fd < 0) raiseErrno();
    return fd;
  }),
];
