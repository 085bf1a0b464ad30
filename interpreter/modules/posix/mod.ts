// The posix module (what os.py imports on Linux): functions from the files of this folder, the Linux
// constants, environ, the result types, and _have_functions (from which os.py builds supports_dir_fd,
// supports_fd and supports_follow_symlinks).
import { type MethodSpec, type W } from "../../objects/model.ts";
import { exceptionTypes } from "../../objects/exceptions.ts";
import { newDict } from "../../objects/dict.ts";
import { newList } from "../../objects/list.ts";
import { newStr } from "../../objects/str.ts";
import type { NativeModuleDef } from "../define.ts";
import { fspath, func, pathHelperFunctions } from "./args.ts";
import { statFunctions, statResultType, statvfsResultType } from "./stat_result.ts";
import { dirEntryType, dirFunctions } from "./dirs.ts";
import { fileFunctions, noteRuntimeFds, PATHCONF_NAMES, terminalSizeType } from "./files.ts";
import { execFunctions } from "./exec.ts";
import { XATTR_SIZE_MAX, xattrFunctions } from "./xattr.ts";
import { convertEnviron, environFunctions } from "./environ.ts";
import {
  CONFSTR_NAMES,
  processFunctions,
  SYSCONF_NAMES,
  timesResultType,
  unameResultType,
} from "./process.ts";

/** Linux (x86_64/aarch64 share these) values of the integer constants posixmodule.c exports. */
const CONSTANTS: Record<string, number> = {
  F_OK: 0,
  R_OK: 4,
  W_OK: 2,
  X_OK: 1,
  NGROUPS_MAX: 65536,
  TMP_MAX: 238328,
  O_RDONLY: 0,
  O_WRONLY: 1,
  O_RDWR: 2,
  O_ACCMODE: 3,
  O_CREAT: 0o100,
  O_EXCL: 0o200,
  O_NOCTTY: 0o400,
  O_TRUNC: 0o1000,
  O_APPEND: 0o2000,
  O_NONBLOCK: 0o4000,
  O_NDELAY: 0o4000,
  O_DSYNC: 0o10000,
  O_ASYNC: 0o20000,
  O_DIRECT: 0o40000,
  O_LARGEFILE: 0,
  O_DIRECTORY: 0o200000,
  O_NOFOLLOW: 0o400000,
  O_NOATIME: 0o1000000,
  O_CLOEXEC: 0o2000000,
  O_SYNC: 0o4010000,
  O_RSYNC: 0o4010000,
  O_FSYNC: 0o4010000,
  O_PATH: 0o10000000,
  O_TMPFILE: 0o20200000,
  SEEK_SET: 0,
  SEEK_CUR: 1,
  SEEK_END: 2,
  SEEK_DATA: 3,
  SEEK_HOLE: 4,
  WNOHANG: 1,
  WUNTRACED: 2,
  WSTOPPED: 2,
  WEXITED: 4,
  WCONTINUED: 8,
  WNOWAIT: 0x1000000,
  P_ALL: 0,
  P_PID: 1,
  P_PGID: 2,
  P_PIDFD: 3,
  CLD_EXITED: 1,
  CLD_KILLED: 2,
  CLD_DUMPED: 3,
  CLD_TRAPPED: 4,
  CLD_STOPPED: 5,
  CLD_CONTINUED: 6,
  EX_OK: 0,
  EX_USAGE: 64,
  EX_DATAERR: 65,
  EX_NOINPUT: 66,
  EX_NOUSER: 67,
  EX_NOHOST: 68,
  EX_UNAVAILABLE: 69,
  EX_SOFTWARE: 70,
  EX_OSERR: 71,
  EX_OSFILE: 72,
  EX_CANTCREAT: 73,
  EX_IOERR: 74,
  EX_TEMPFAIL: 75,
  EX_PROTOCOL: 76,
  EX_NOPERM: 77,
  EX_CONFIG: 78,
  F_ULOCK: 0,
  F_LOCK: 1,
  F_TLOCK: 2,
  F_TEST: 3,
  PRIO_PROCESS: 0,
  PRIO_PGRP: 1,
  PRIO_USER: 2,
  ST_RDONLY: 1,
  ST_NOSUID: 2,
  ST_NODEV: 4,
  ST_NOEXEC: 8,
  ST_SYNCHRONOUS: 16,
  ST_MANDLOCK: 64,
  ST_WRITE: 128,
  ST_APPEND: 256,
  ST_NOATIME: 1024,
  ST_NODIRATIME: 2048,
  ST_RELATIME: 4096,
  RTLD_LAZY: 1,
  RTLD_NOW: 2,
  RTLD_NOLOAD: 4,
  RTLD_DEEPBIND: 8,
  RTLD_GLOBAL: 256,
  RTLD_LOCAL: 0,
  RTLD_NODELETE: 4096,
  SCHED_OTHER: 0,
  SCHED_FIFO: 1,
  SCHED_RR: 2,
  SCHED_BATCH: 3,
  SCHED_IDLE: 5,
  SCHED_RESET_ON_FORK: 0x40000000,
  GRND_NONBLOCK: 1,
  GRND_RANDOM: 2,
  POSIX_FADV_NORMAL: 0,
  POSIX_FADV_RANDOM: 1,
  POSIX_FADV_SEQUENTIAL: 2,
  POSIX_FADV_WILLNEED: 3,
  POSIX_FADV_DONTNEED: 4,
  POSIX_FADV_NOREUSE: 5,
  MFD_CLOEXEC: 1,
  MFD_ALLOW_SEALING: 2,
  MFD_HUGETLB: 4,
  XATTR_CREATE: 1,
  XATTR_REPLACE: 2,
  XATTR_SIZE_MAX,
  PIDFD_NONBLOCK: 0o4000,
};

/** The HAVE_* names os.py consults; only what these functions really support. */
const HAVE_FUNCTIONS = [
  "HAVE_FACCESSAT",
  "HAVE_FCHDIR",
  "HAVE_FCHMOD",
  "HAVE_FCHMODAT",
  "HAVE_FCHOWN",
  "HAVE_FCHOWNAT",
  "HAVE_FDOPENDIR",
  "HAVE_FPATHCONF",
  "HAVE_FSTATAT",
  "HAVE_FSTATVFS",
  "HAVE_FTRUNCATE",
  "HAVE_FUTIMENS",
  "HAVE_LINKAT",
  "HAVE_LCHOWN",
  "HAVE_LSTAT",
  "HAVE_MKDIRAT",
  "HAVE_MKFIFOAT",
  "HAVE_MKNODAT",
  "HAVE_OPENAT",
  "HAVE_READLINKAT",
  "HAVE_RENAMEAT",
  "HAVE_SYMLINKAT",
  "HAVE_UNLINKAT",
  "HAVE_UTIMENSAT",
];

const functions: MethodSpec[] = [
  ...statFunctions,
  ...dirFunctions,
  ...fileFunctions,
  ...environFunctions,
  ...processFunctions,
  ...execFunctions,
  ...pathHelperFunctions,
  ...xattrFunctions,
  func("fspath", "path", (a) => fspath(a[0])),
];

function namesDict(table: Record<string, number>): W {
  const d = newDict();
  for (const [k, v] of Object.entries(table)) d.setStr(k, v);
  return d;
}

export const posixModule: NativeModuleDef = {
  name: "posix",
  doc: "This module provides access to operating system functionality that is\n" +
    "standardized by the C Standard and the POSIX standard (a thinly\n" +
    "disguised Unix interface).  Refer to the library manual and\n" +
    "corresponding Unix manual entries for more information on calls.",
  functions,
  types: [
    statResultType,
    statvfsResultType,
    terminalSizeType,
    timesResultType,
    unameResultType,
    dirEntryType,
  ],
  values: () => ({
    ...CONSTANTS,
    error: exceptionTypes.OSError,
    environ: convertEnviron(),
    _have_functions: newList(HAVE_FUNCTIONS.map((n) => newStr(n))),
    sysconf_names: namesDict(SYSCONF_NAMES),
    confstr_names: namesDict(CONFSTR_NAMES),
    pathconf_names: namesDict(PATHCONF_NAMES),
  }),
  init: () => noteRuntimeFds(),
};
