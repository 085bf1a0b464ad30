// The C library, reached through Deno FFI: the posix module calls the same libc functions CPython's
// posixmodule.c calls, so file descriptors are real kernel descriptors and errno values are the kernel's.
// The symbol table is data; struct layouts (stat, dirent, utsname, tms) are read by offset tables keyed on
// the architecture. Each symbol is bound the first time it is used (see libc()).

const SYMBOLS = {
  __errno_location: { parameters: [], result: "pointer" },
  strerror: { parameters: ["i32"], result: "pointer" },
  // metadata
  stat: { parameters: ["buffer", "buffer"], result: "i32" },
  lstat: { parameters: ["buffer", "buffer"], result: "i32" },
  fstat: { parameters: ["i32", "buffer"], result: "i32" },
  fstatat: { parameters: ["i32", "buffer", "buffer", "i32"], result: "i32" },
  statvfs: { parameters: ["buffer", "buffer"], result: "i32" },
  fstatvfs: { parameters: ["i32", "buffer"], result: "i32" },
  faccessat: { parameters: ["i32", "buffer", "i32", "i32"], result: "i32" },
  fchmodat: { parameters: ["i32", "buffer", "u32", "i32"], result: "i32" },
  fchmod: { parameters: ["i32", "u32"], result: "i32" },
  fchownat: { parameters: ["i32", "buffer", "u32", "u32", "i32"], result: "i32" },
  fchown: { parameters: ["i32", "u32", "u32"], result: "i32" },
  utimensat: { parameters: ["i32", "buffer", "buffer", "i32"], result: "i32" },
  futimens: { parameters: ["i32", "buffer"], result: "i32" },
  truncate: { parameters: ["buffer", "i64"], result: "i32" },
  ftruncate: { parameters: ["i32", "i64"], result: "i32" },
  // names in directories
  mkdirat: { parameters: ["i32", "buffer", "u32"], result: "i32" },
  unlinkat: { parameters: ["i32", "buffer", "i32"], result: "i32" },
  renameat: { parameters: ["i32", "buffer", "i32", "buffer"], result: "i32" },
  linkat: { parameters: ["i32", "buffer", "i32", "buffer", "i32"], result: "i32" },
  symlinkat: { parameters: ["buffer", "i32", "buffer"], result: "i32" },
  readlinkat: { parameters: ["i32", "buffer", "buffer", "usize"], result: "isize" },
  mkfifoat: { parameters: ["i32", "buffer", "u32"], result: "i32" },
  mknodat: { parameters: ["i32", "buffer", "u32", "u64"], result: "i32" },
  getcwd: { parameters: ["buffer", "usize"], result: "pointer" },
  chdir: { parameters: ["buffer"], result: "i32" },
  fchdir: { parameters: ["i32"], result: "i32" },
  chroot: { parameters: ["buffer"], result: "i32" },
  getdents64: { parameters: ["i32", "buffer", "usize"], result: "isize" },
  // file descriptors
  openat: { parameters: ["i32", "buffer", "i32", "u32"], result: "i32" },
  close: { parameters: ["i32"], result: "i32" },
  read: { parameters: ["i32", "buffer", "usize"], result: "isize" },
  write: { parameters: ["i32", "buffer", "usize"], result: "isize" },
  pread: { parameters: ["i32", "buffer", "usize", "i64"], result: "isize" },
  pwrite: { parameters: ["i32", "buffer", "usize", "i64"], result: "isize" },
  lseek: { parameters: ["i32", "i64", "i32"], result: "i64" },
  dup: { parameters: ["i32"], result: "i32" },
  dup3: { parameters: ["i32", "i32", "i32"], result: "i32" },
  dup2: { parameters: ["i32", "i32"], result: "i32" },
  pipe2: { parameters: ["buffer", "i32"], result: "i32" },
  isatty: { parameters: ["i32"], result: "i32" },
  fsync: { parameters: ["i32"], result: "i32" },
  fdatasync: { parameters: ["i32"], result: "i32" },
  fcntl: { parameters: ["i32", "i32", "i64"], result: "i32" },
  ioctl: { parameters: ["i32", "u64", "buffer"], result: "i32" },
  ttyname_r: { parameters: ["i32", "buffer", "usize"], result: "i32" },
  sendfile: { parameters: ["i32", "i32", "buffer", "usize"], result: "isize" },
  copy_file_range: { parameters: ["i32", "buffer", "i32", "buffer", "usize", "u32"], result: "isize" },
  posix_fallocate: { parameters: ["i32", "i64", "i64"], result: "i32" },
  lockf: { parameters: ["i32", "i32", "i64"], result: "i32" },
  sync: { parameters: [], result: "void" },
  // environment and process
  setenv: { parameters: ["buffer", "buffer", "i32"], result: "i32" },
  unsetenv: { parameters: ["buffer"], result: "i32" },
  getpid: { parameters: [], result: "i32" },
  getppid: { parameters: [], result: "i32" },
  getuid: { parameters: [], result: "u32" },
  geteuid: { parameters: [], result: "u32" },
  getgid: { parameters: [], result: "u32" },
  getegid: { parameters: [], result: "u32" },
  getgroups: { parameters: ["i32", "buffer"], result: "i32" },
  getpgrp: { parameters: [], result: "i32" },
  getpgid: { parameters: ["i32"], result: "i32" },
  getsid: { parameters: ["i32"], result: "i32" },
  setpgid: { parameters: ["i32", "i32"], result: "i32" },
  setsid: { parameters: [], result: "i32" },
  getlogin_r: { parameters: ["buffer", "usize"], result: "i32" },
  getpriority: { parameters: ["i32", "u32"], result: "i32" },
  setpriority: { parameters: ["i32", "u32", "i32"], result: "i32" },
  nice: { parameters: ["i32"], result: "i32" },
  uname: { parameters: ["buffer"], result: "i32" },
  umask: { parameters: ["u32"], result: "u32" },
  kill: { parameters: ["i32", "i32"], result: "i32" },
  killpg: { parameters: ["i32", "i32"], result: "i32" },
  _exit: { parameters: ["i32"], result: "void" },
  waitpid: { parameters: ["i32", "buffer", "i32"], result: "i32" },
  times: { parameters: ["buffer"], result: "i64" },
  sysconf: { parameters: ["i32"], result: "i64" },
  sched_getaffinity: { parameters: ["i32", "usize", "buffer"], result: "i32" },
  sched_yield: { parameters: [], result: "i32" },
  getloadavg: { parameters: ["buffer", "i32"], result: "i32" },
  getrandom: { parameters: ["buffer", "usize", "u32"], result: "isize" },
  confstr: { parameters: ["i32", "buffer", "usize"], result: "usize" },
  system: { parameters: ["buffer"], result: "i32" },
  execv: { parameters: ["buffer", "buffer"], result: "i32" },
  execve: { parameters: ["buffer", "buffer", "buffer"], result: "i32" },
  getresuid: { parameters: ["buffer", "buffer", "buffer"], result: "i32" },
  getresgid: { parameters: ["buffer", "buffer", "buffer"], result: "i32" },
  setuid: { parameters: ["u32"], result: "i32" },
  setgid: { parameters: ["u32"], result: "i32" },
  seteuid: { parameters: ["u32"], result: "i32" },
  setegid: { parameters: ["u32"], result: "i32" },
  setreuid: { parameters: ["u32", "u32"], result: "i32" },
  setregid: { parameters: ["u32", "u32"], result: "i32" },
  getgrouplist: { parameters: ["buffer", "u32", "buffer", "buffer"], result: "i32" },
  setgroups: { parameters: ["usize", "buffer"], result: "i32" },
  setresuid: { parameters: ["u32", "u32", "u32"], result: "i32" },
  setresgid: { parameters: ["u32", "u32", "u32"], result: "i32" },
  sched_get_priority_max: { parameters: ["i32"], result: "i32" },
  sched_get_priority_min: { parameters: ["i32"], result: "i32" },
  sched_getscheduler: { parameters: ["i32"], result: "i32" },
  sched_setscheduler: { parameters: ["i32", "i32", "buffer"], result: "i32" },
  sched_getparam: { parameters: ["i32", "buffer"], result: "i32" },
  sched_setparam: { parameters: ["i32", "buffer"], result: "i32" },
  sched_rr_get_interval: { parameters: ["i32", "buffer"], result: "i32" },
  sched_setaffinity: { parameters: ["i32", "usize", "buffer"], result: "i32" },
  login_tty: { parameters: ["i32"], result: "i32" },
  initgroups: { parameters: ["buffer", "u32"], result: "i32" },
  waitid: { parameters: ["i32", "i32", "buffer", "i32"], result: "i32" },
  posix_fadvise: { parameters: ["i32", "i64", "i64", "i32"], result: "i32" },
  fpathconf: { parameters: ["i32", "i32"], result: "i64" },
  pathconf: { parameters: ["buffer", "i32"], result: "i64" },
  ctermid: { parameters: ["buffer"], result: "pointer" },
  openpty: { parameters: ["buffer", "buffer", "buffer", "buffer", "buffer"], result: "i32" },
  memfd_create: { parameters: ["buffer", "u32"], result: "i32" },
  readv: { parameters: ["i32", "buffer", "i32"], result: "isize" },
  pidfd_open: { parameters: ["i32", "u32"], result: "i32" },
  preadv: { parameters: ["i32", "buffer", "i32", "i64"], result: "isize" },
  pwritev: { parameters: ["i32", "buffer", "i32", "i64"], result: "isize" },
  eventfd: { parameters: ["u32", "i32"], result: "i32" },
  splice: { parameters: ["i32", "buffer", "i32", "buffer", "usize", "u32"], result: "isize" },
  tcgetpgrp: { parameters: ["i32"], result: "i32" },
  tcsetpgrp: { parameters: ["i32", "i32"], result: "i32" },
  posix_openpt: { parameters: ["i32"], result: "i32" },
  grantpt: { parameters: ["i32"], result: "i32" },
  unlockpt: { parameters: ["i32"], result: "i32" },
  ptsname_r: { parameters: ["i32", "buffer", "usize"], result: "i32" },
  getxattr: { parameters: ["buffer", "buffer", "buffer", "usize"], result: "isize" },
  lgetxattr: { parameters: ["buffer", "buffer", "buffer", "usize"], result: "isize" },
  fgetxattr: { parameters: ["i32", "buffer", "buffer", "usize"], result: "isize" },
  setxattr: { parameters: ["buffer", "buffer", "buffer", "usize", "i32"], result: "i32" },
  lsetxattr: { parameters: ["buffer", "buffer", "buffer", "usize", "i32"], result: "i32" },
  fsetxattr: { parameters: ["i32", "buffer", "buffer", "usize", "i32"], result: "i32" },
  listxattr: { parameters: ["buffer", "buffer", "usize"], result: "isize" },
  llistxattr: { parameters: ["buffer", "buffer", "usize"], result: "isize" },
  flistxattr: { parameters: ["i32", "buffer", "usize"], result: "isize" },
  removexattr: { parameters: ["buffer", "buffer"], result: "i32" },
  lremovexattr: { parameters: ["buffer", "buffer"], result: "i32" },
  fremovexattr: { parameters: ["i32", "buffer"], result: "i32" },
  writev: { parameters: ["i32", "buffer", "i32"], result: "isize" },
  abort: { parameters: [], result: "void" },
  // fcntl, resource, termios and mmap modules (the `name` rows bind a second signature of one function)
  fcntl_ptr: { name: "fcntl", parameters: ["i32", "i32", "buffer"], result: "i32" },
  ioctl_int: { name: "ioctl", parameters: ["i32", "u64", "i64"], result: "i32" },
  flock: { parameters: ["i32", "i32"], result: "i32" },
  getrlimit: { parameters: ["i32", "buffer"], result: "i32" },
  setrlimit: { parameters: ["i32", "buffer"], result: "i32" },
  prlimit: { parameters: ["i32", "i32", "buffer", "buffer"], result: "i32" },
  getrusage: { parameters: ["i32", "buffer"], result: "i32" },
  getpagesize: { parameters: [], result: "i32" },
  tcgetattr: { parameters: ["i32", "buffer"], result: "i32" },
  tcsetattr: { parameters: ["i32", "i32", "buffer"], result: "i32" },
  tcsendbreak: { parameters: ["i32", "i32"], result: "i32" },
  tcdrain: { parameters: ["i32"], result: "i32" },
  tcflush: { parameters: ["i32", "i32"], result: "i32" },
  tcflow: { parameters: ["i32", "i32"], result: "i32" },
  cfgetispeed: { parameters: ["buffer"], result: "u32" },
  cfgetospeed: { parameters: ["buffer"], result: "u32" },
  cfsetispeed: { parameters: ["buffer", "u32"], result: "i32" },
  cfsetospeed: { parameters: ["buffer", "u32"], result: "i32" },
  mmap: { parameters: ["pointer", "usize", "i32", "i32", "i32", "i64"], result: "pointer" },
  munmap: { parameters: ["pointer", "usize"], result: "i32" },
  msync: { parameters: ["pointer", "usize", "i32"], result: "i32" },
  mremap: { parameters: ["pointer", "usize", "usize", "i32"], result: "pointer" },
  madvise: { parameters: ["pointer", "usize", "i32"], result: "i32" },
  free: { parameters: ["pointer"], result: "void" },
  // the address of `char **environ`
  environ: { type: "pointer" },
} as const;

type Libc = Deno.DynamicLibrary<typeof SYMBOLS>["symbols"];

let lib: Libc | null = null;
let errnoCell: Int32Array | null = null;
/** Every library handle opened for a symbol (kept so none is ever unloaded). */
const handles: Deno.DynamicLibrary<Record<string, Deno.ForeignFunction | Deno.ForeignStatic>>[] = [];

/**
 * The libc symbols. Each is bound on first use: Deno.dlopen builds a trampoline per declared symbol
 * (~0.6 ms each), so binding the whole table up front would add ~80 ms to every `import os`.
 */
export function libc(): Libc {
  if (lib === null) {
    const table = SYMBOLS as unknown as Record<string, Deno.ForeignFunction | Deno.ForeignStatic>;
    const obj: Record<string, unknown> = {};
    for (const name of Object.keys(table)) {
      Object.defineProperty(obj, name, {
        configurable: true,
        enumerable: true,
        get() {
          const h = Deno.dlopen("libc.so.6", { [name]: table[name] });
          handles.push(h);
          const sym = h.symbols[name];
          Object.defineProperty(obj, name, {
            value: sym,
            writable: false,
            configurable: false,
            enumerable: true,
          });
          return sym;
        },
      });
    }
    lib = obj as unknown as Libc;
    errnoCell = new Int32Array(Deno.UnsafePointerView.getArrayBuffer(lib.__errno_location()!, 4));
  }
  return lib;
}

/** errno of the calling (main) thread, read right after a failed call. */
export function errno(): number {
  return errnoCell![0];
}
export function clearErrno(): void {
  errnoCell![0] = 0;
}

const strerrorCache = new Map<number, string>();
/** strerror(n) as the C library words it (cached: failed stats in os.path.exists loops ask often). */
export function strerror(n: number): string {
  let text = strerrorCache.get(n);
  if (text === undefined) {
    const p = libc().strerror(n);
    text = p === null ? `Unknown error ${n}` : Deno.UnsafePointerView.getCString(p);
    strerrorCache.set(n, text);
  }
  return text;
}

/** AT_FDCWD and the *at flags (Linux values, same on every architecture). */
export const AT_FDCWD = -100;
export const AT_SYMLINK_NOFOLLOW = 0x100;
export const AT_REMOVEDIR = 0x200;
export const AT_SYMLINK_FOLLOW = 0x400;
export const AT_EACCESS = 0x200;

// ---------------------------------------------------------------- struct stat

/** Field offsets of struct stat: [offset, byte size] (8-byte fields read as signed 64-bit). */
interface StatLayout {
  size: number;
  dev: number;
  ino: number;
  mode: number;
  nlink: [number, number];
  uid: number;
  gid: number;
  rdev: number;
  fileSize: number;
  blksize: [number, number];
  blocks: number;
  atime: number;
  mtime: number;
  ctime: number;
}
const STAT_LAYOUTS: Record<string, StatLayout> = {
  x86_64: {
    size: 144,
    dev: 0,
    ino: 8,
    nlink: [16, 8],
    mode: 24,
    uid: 28,
    gid: 32,
    rdev: 40,
    fileSize: 48,
    blksize: [56, 8],
    blocks: 64,
    atime: 72,
    mtime: 88,
    ctime: 104,
  },
  // the generic layout (asm-generic/stat.h)
  aarch64: {
    size: 128,
    dev: 0,
    ino: 8,
    mode: 16,
    nlink: [20, 4],
    uid: 24,
    gid: 28,
    rdev: 32,
    fileSize: 48,
    blksize: [56, 4],
    blocks: 64,
    atime: 72,
    mtime: 88,
    ctime: 104,
  },
};
export const STAT = STAT_LAYOUTS[Deno.build.arch] ?? STAT_LAYOUTS.x86_64;

/** The fields of one struct stat, decoded; 64-bit fields are numbers unless beyond 2^53 (then bigint). */
export interface StatFields {
  mode: number;
  ino: number | bigint;
  dev: number | bigint;
  nlink: number;
  uid: number;
  gid: number;
  size: number | bigint;
  atimeSec: number | bigint;
  atimeNsec: number;
  mtimeSec: number | bigint;
  mtimeNsec: number;
  ctimeSec: number | bigint;
  ctimeNsec: number;
  blksize: number;
  blocks: number | bigint;
  rdev: number | bigint;
}

const statBuf = new Uint8Array(STAT.size);
const statView = new DataView(statBuf.buffer);
/** The shared buffer stat calls fill in (decode it with decodeStat before the next call). */
export function statBuffer(): Uint8Array {
  return statBuf;
}

/** An unsigned 64-bit little-endian field, as a number when exact (no BigInt on the common path). */
function u64(v: DataView, o: number): number | bigint {
  const hi = v.getUint32(o + 4, true);
  if (hi < 0x200000) return hi * 4294967296 + v.getUint32(o, true);
  return v.getBigUint64(o, true);
}
/** A signed 64-bit little-endian field, as a number when exact. */
function i64(v: DataView, o: number): number | bigint {
  const hi = v.getInt32(o + 4, true);
  if (hi >= -0x200000 && hi < 0x200000) return hi * 4294967296 + v.getUint32(o, true);
  return v.getBigInt64(o, true);
}

export function decodeStat(buf: Uint8Array = statBuf): StatFields {
  const v = buf === statBuf ? statView : new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const L = STAT;
  return {
    dev: u64(v, L.dev),
    ino: u64(v, L.ino),
    mode: v.getUint32(L.mode, true),
    nlink: L.nlink[1] === 8 ? Number(u64(v, L.nlink[0])) : v.getUint32(L.nlink[0], true),
    uid: v.getUint32(L.uid, true),
    gid: v.getUint32(L.gid, true),
    rdev: u64(v, L.rdev),
    size: i64(v, L.fileSize),
    blksize: L.blksize[1] === 8 ? Number(i64(v, L.blksize[0])) : v.getInt32(L.blksize[0], true),
    blocks: i64(v, L.blocks),
    atimeSec: i64(v, L.atime),
    atimeNsec: Number(i64(v, L.atime + 8)),
    mtimeSec: i64(v, L.mtime),
    mtimeNsec: Number(i64(v, L.mtime + 8)),
    ctimeSec: i64(v, L.ctime),
    ctimeNsec: Number(i64(v, L.ctime + 8)),
  };
}

/** The process environment as "NAME=value" byte strings (libc's `environ`). */
export function environEntries(): Uint8Array[] {
  const addr = libc().environ as Deno.PointerValue;
  const envp = addr === null ? null : new Deno.UnsafePointerView(addr).getPointer(0);
  if (envp === null) return [];
  const v = new Deno.UnsafePointerView(envp);
  const out: Uint8Array[] = [];
  for (let i = 0;; i++) {
    const entry = v.getPointer(i * 8);
    if (entry === null) break;
    out.push(pointerCStringBytes(entry));
  }
  return out;
}

// ---------------------------------------------------------------- other structs

/** struct linux_dirent64: d_ino at 0, d_off at 8, d_reclen at 16, d_type at 18, d_name at 19. */
export const DIRENT = { ino: 0, reclen: 16, type: 18, name: 19, maxRecord: 280 } as const;
/** struct utsname: six 65-byte fields. */
export const UTSNAME_FIELD = 65;
/** struct statvfs (64-bit glibc): eleven unsigned longs, then padding. */
export const STATVFS_SIZE = 112;

// ---------------------------------------------------------------- C strings

const encoder = new TextEncoder();
/** A NUL-terminated copy of `bytes`. */
export function cBytes(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length + 1);
  out.set(bytes);
  return out;
}
export function cString(s: string): Uint8Array {
  return encoder.encode(s + "\0");
}
/** The bytes of a NUL-terminated C string at a pointer. */
export function pointerCStringBytes(p: Deno.PointerObject, offset = 0): Uint8Array {
  const view = new Deno.UnsafePointerView(p);
  let n = 0;
  while (view.getUint8(offset + n) !== 0) n++;
  const out = new Uint8Array(n);
  view.copyInto(out, offset);
  return out;
}
