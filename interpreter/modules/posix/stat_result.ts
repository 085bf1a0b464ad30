// os.stat_result, os.statvfs_result and the functions that make them: stat, lstat, fstat, statvfs,
// fstatvfs. Times as CPython fills them: integer seconds at indices 7-9, float seconds (sec + nsec*1e-9)
// and integer nanoseconds as attributes.
import { None, type PyType, type W } from "../../objects/model.ts";
import { defineMethods, type MethodSpec } from "../../objects/model.ts";
import { newFloat } from "../../objects/float.ts";
import { normBig } from "../../objects/int.ts";
import { makeStructSeq, PyStructSeq, structSeqNew, structSeqType } from "./structseq.ts";
import {
  AT_FDCWD,
  AT_SYMLINK_NOFOLLOW,
  decodeStat,
  libc,
  statBuffer,
  type StatFields,
  STATVFS_SIZE,
} from "./libc.ts";
import { raiseErrno } from "./oserror.ts";
import { boolArg, dirFdArg, fdArg, func, pathArg } from "./args.ts";
import { raiseValueError } from "../../vm/errors.ts";

export const statResultType: PyType = structSeqType({
  module: "os",
  name: "stat_result",
  fields: [
    "st_mode",
    "st_ino",
    "st_dev",
    "st_nlink",
    "st_uid",
    "st_gid",
    "st_size",
    null,
    null,
    null,
    "st_atime",
    "st_mtime",
    "st_ctime",
    "st_atime_ns",
    "st_mtime_ns",
    "st_ctime_ns",
    "st_blksize",
    "st_blocks",
    "st_rdev",
  ],
  nInSequence: 10,
  doc: "stat_result: Result from stat, fstat, or lstat.\n\n" +
    "This object may be accessed either as a tuple of\n" +
    "  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\n" +
    "or via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.\n\n" +
    "Posix/windows: If your platform supports st_blksize, st_blocks, st_rdev,\n" +
    "or st_flags, they are available as attributes only.\n\n" +
    "See os.stat for more information.",
});

// statresult_new: float times left None (built from a 10-tuple) take the integer times.
defineMethods(statResultType, [
  {
    name: "__new__",
    arity: [1, 3],
    kind: "static",
    kw: ["sequence", "dict"],
    impl: (a) => {
      const r = structSeqNew(a[0] as PyType, a[1], a[2] === undefined ? None : a[2]);
      for (let i = 7; i <= 9; i++) {
        if (r.hidden[i - 7] === None) r.hidden[i - 7] = r.items[i];
      }
      return r;
    },
  },
]);

export const statvfsResultType: PyType = structSeqType({
  module: "os",
  name: "statvfs_result",
  fields: [
    "f_bsize",
    "f_frsize",
    "f_blocks",
    "f_bfree",
    "f_bavail",
    "f_files",
    "f_ffree",
    "f_favail",
    "f_flag",
    "f_namemax",
    "f_fsid",
  ],
  nInSequence: 10,
});

const BILLION = 1000000000n;

/** Integer seconds, float seconds (sec + nsec * 1e-9 as CPython's fill_time) and integer nanoseconds. */
function timeFields(sec: number | bigint, nsec: number): [W, W, W] {
  const f = newFloat(Number(sec) + nsec * 1e-9);
  if (typeof sec === "number" && sec > -9e6 && sec < 9e6) return [sec, f, sec * 1e9 + nsec];
  return [sec, f, normBig(BigInt(sec) * BILLION + BigInt(nsec))];
}

/** A stat_result from decoded struct stat fields. */
export function statResult(st: StatFields): PyStructSeq {
  const [ai, af, an] = timeFields(st.atimeSec, st.atimeNsec);
  const [mi, mf, mn] = timeFields(st.mtimeSec, st.mtimeNsec);
  const [ci, cf, cn] = timeFields(st.ctimeSec, st.ctimeNsec);
  return makeStructSeq(statResultType, [
    st.mode,
    st.ino,
    st.dev,
    st.nlink,
    st.uid,
    st.gid,
    st.size,
    ai,
    mi,
    ci,
    af,
    mf,
    cf,
    an,
    mn,
    cn,
    st.blksize,
    st.blocks,
    st.rdev,
  ]);
}

/** stat/lstat through fstatat; `fd` >= 0 means fstat. Throws OSError with the path on failure. */
export function doStat(
  path: Uint8Array | null,
  fd: number,
  dirFd: number,
  followSymlinks: boolean,
  filename: W,
): StatFields {
  const c = libc();
  const buf = statBuffer();
  const r = path === null
    ? c.fstat(fd, buf)
    : c.fstatat(dirFd, path, buf, followSymlinks ? 0 : AT_SYMLINK_NOFOLLOW);
  if (r !== 0) raiseErrno(filename);
  return decodeStat(buf);
}

function statImpl(fname: string, follow: boolean | null) {
  return (a: W[]): W => {
    const p = pathArg(a[0], fname, { allowFd: fname === "stat" });
    const dirFd = dirFdArg(a[1]);
    const followSymlinks = follow ?? boolArg(a[2], true);
    if (p.c === null) {
      if (dirFd !== AT_FDCWD) raiseValueError(`${fname}: can't specify dir_fd without matching path`);
      if (!followSymlinks) raiseValueError(`${fname}: cannot use fd and follow_symlinks together`);
    }
    if (p.c === null && p.fd === -1) {
      // fd -1 is "no fd" to posixmodule.c, which then stats a NULL path (EFAULT on Linux)
      if (libc().fstatat(dirFd, null, statBuffer(), 0) !== 0) raiseErrno(p.object);
    }
    return statResult(doStat(p.c, p.fd, dirFd, followSymlinks, p.object));
  };
}

function statvfsFrom(buf: Uint8Array): W {
  const v = new DataView(buf.buffer);
  const u = (i: number) => normBig(v.getBigUint64(i * 8, true));
  // f_bsize f_frsize f_blocks f_bfree f_bavail f_files f_ffree f_favail f_fsid f_flag f_namemax
  return makeStructSeq(statvfsResultType, [
    u(0),
    u(1),
    u(2),
    u(3),
    u(4),
    u(5),
    u(6),
    u(7),
    u(9),
    u(10),
    u(8),
  ]);
}

export const statFunctions: MethodSpec[] = [
  func("stat", "path, *, dir_fd=, follow_symlinks=", statImpl("stat", null)),
  func("lstat", "path, *, dir_fd=", statImpl("lstat", false)),
  func("fstat", "fd", (a) => statResult(doStat(null, fdArg(a[0]), AT_FDCWD, true, None))),
  func("statvfs", "path", (a) => {
    const p = pathArg(a[0], "statvfs", { allowFd: true });
    const buf = new Uint8Array(STATVFS_SIZE);
    const r = p.c === null ? libc().fstatvfs(p.fd, buf) : libc().statvfs(p.c, buf);
    if (r !== 0) raiseErrno(p.object);
    return statvfsFrom(buf);
  }),
  func("fstatvfs", "fd, /", (a) => {
    const buf = new Uint8Array(STATVFS_SIZE);
    if (libc().fstatvfs(fdArg(a[0]), buf) !== 0) raiseErrno();
    return statvfsFrom(buf);
  }),
];
