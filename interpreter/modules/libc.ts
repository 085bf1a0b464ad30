// The C library through Deno FFI, for the modules whose CPython versions are thin layers over system
// calls (time's clocks, select's poll, _posixsubprocess's spawn, waitpid/kill). Opened on first use, so a
// program that never needs it pays nothing; `libc()` returns null where FFI is unavailable (no
// --allow-ffi, not Linux/glibc), and callers fall back or raise a clear error.
//
// Every symbol is declared once in SYMBOLS; add what a module needs there (the table is the contract).

import { call, type PyObject } from "../objects/model.ts";
import { newStr } from "../objects/str.ts";
import { exceptionTypes } from "../objects/exceptions.ts";
import { PyError } from "../vm/errors.ts";

const SYMBOLS = {
  clock_gettime: { parameters: ["i32", "buffer"], result: "i32" },
  clock_getres: { parameters: ["i32", "buffer"], result: "i32" },
  poll: { parameters: ["buffer", "u64", "i32"], result: "i32", nonblocking: false },
  __errno_location: { parameters: [], result: "pointer" },
  strerror: { parameters: ["i32"], result: "pointer" },
  strsignal: { parameters: ["i32"], result: "pointer" },
  kill: { parameters: ["i32", "i32"], result: "i32" },
  getpid: { parameters: [], result: "i32" },
  waitpid: { parameters: ["i32", "buffer", "i32"], result: "i32" },
  pipe2: { parameters: ["buffer", "i32"], result: "i32" },
  close: { parameters: ["i32"], result: "i32" },
  read: { parameters: ["i32", "buffer", "u64"], result: "i64" },
  write: { parameters: ["i32", "buffer", "u64"], result: "i64" },
  fcntl: { parameters: ["i32", "i32", "i32"], result: "i32" },
  alarm: { parameters: ["u32"], result: "u32" },
  signal: { parameters: ["i32", "pointer"], result: "pointer" },
  setitimer: { parameters: ["i32", "buffer", "buffer"], result: "i32" },
  getitimer: { parameters: ["i32", "buffer"], result: "i32" },
  posix_spawn: {
    parameters: ["buffer", "buffer", "buffer", "buffer", "buffer", "buffer"],
    result: "i32",
  },
  posix_spawnp: {
    parameters: ["buffer", "buffer", "buffer", "buffer", "buffer", "buffer"],
    result: "i32",
  },
  umask: { parameters: ["u32"], result: "u32" },
  posix_spawn_file_actions_addopen: { parameters: ["buffer", "i32", "buffer", "i32", "u32"], result: "i32" },
  posix_spawn_file_actions_addclosefrom_np: { parameters: ["buffer", "i32"], result: "i32", optional: true },
  posix_spawnattr_setschedpolicy: { parameters: ["buffer", "i32"], result: "i32" },
  posix_spawnattr_setschedparam: { parameters: ["buffer", "buffer"], result: "i32" },
  posix_spawn_file_actions_init: { parameters: ["buffer"], result: "i32" },
  posix_spawn_file_actions_destroy: { parameters: ["buffer"], result: "i32" },
  posix_spawn_file_actions_adddup2: { parameters: ["buffer", "i32", "i32"], result: "i32" },
  posix_spawn_file_actions_addclose: { parameters: ["buffer", "i32"], result: "i32" },
  posix_spawn_file_actions_addchdir_np: { parameters: ["buffer", "buffer"], result: "i32", optional: true },
  posix_spawnattr_init: { parameters: ["buffer"], result: "i32" },
  posix_spawnattr_destroy: { parameters: ["buffer"], result: "i32" },
  posix_spawnattr_setflags: { parameters: ["buffer", "i16"], result: "i32" },
  posix_spawnattr_setsigmask: { parameters: ["buffer", "buffer"], result: "i32" },
  posix_spawnattr_setsigdefault: { parameters: ["buffer", "buffer"], result: "i32" },
  posix_spawnattr_setpgroup: { parameters: ["buffer", "i32"], result: "i32" },
  // sockets (_socket)
  socket: { parameters: ["i32", "i32", "i32"], result: "i32" },
  socketpair: { parameters: ["i32", "i32", "i32", "buffer"], result: "i32" },
  bind: { parameters: ["i32", "buffer", "u32"], result: "i32" },
  listen: { parameters: ["i32", "i32"], result: "i32" },
  accept4: { parameters: ["i32", "buffer", "buffer", "i32"], result: "i32" },
  connect: { parameters: ["i32", "buffer", "u32"], result: "i32" },
  send: { parameters: ["i32", "buffer", "u64", "i32"], result: "i64" },
  sendto: { parameters: ["i32", "buffer", "u64", "i32", "buffer", "u32"], result: "i64" },
  recv: { parameters: ["i32", "buffer", "u64", "i32"], result: "i64" },
  recvfrom: { parameters: ["i32", "buffer", "u64", "i32", "buffer", "buffer"], result: "i64" },
  shutdown: { parameters: ["i32", "i32"], result: "i32" },
  getsockname: { parameters: ["i32", "buffer", "buffer"], result: "i32" },
  getpeername: { parameters: ["i32", "buffer", "buffer"], result: "i32" },
  getsockopt: { parameters: ["i32", "i32", "i32", "buffer", "buffer"], result: "i32" },
  setsockopt: { parameters: ["i32", "i32", "i32", "buffer", "u32"], result: "i32" },
  dup: { parameters: ["i32"], result: "i32" },
  getaddrinfo: { parameters: ["buffer", "buffer", "buffer", "buffer"], result: "i32" },
  freeaddrinfo: { parameters: ["pointer"], result: "void" },
  gai_strerror: { parameters: ["i32"], result: "pointer" },
  getnameinfo: { parameters: ["buffer", "u32", "buffer", "u32", "buffer", "u32", "i32"], result: "i32" },
  gethostname: { parameters: ["buffer", "u64"], result: "i32" },
} as const;

export type Libc = Deno.DynamicLibrary<typeof SYMBOLS>["symbols"];

let lib: Libc | null | undefined;

/** The C library's symbols, or null when FFI cannot be used here. */
export function libc(): Libc | null {
  if (lib !== undefined) return lib;
  lib = null;
  if (Deno.build.os !== "linux") return null;
  for (const name of ["libc.so.6", "libc.so"]) {
    try {
      lib = Deno.dlopen(name, SYMBOLS).symbols;
      break;
    } catch { /* try the next name, or give up */ }
  }
  return lib;
}

/** glibc's 1024-bit sigset_t with the given signals (1-64). */
export function sigset(signals: number[]): Uint8Array<ArrayBuffer> {
  const set = new Uint8Array(128);
  for (const s of signals) set[(s - 1) >> 3] |= 1 << ((s - 1) & 7);
  return set;
}

/** The calling thread's errno (read right after a failed call). */
export function errno(c: Libc): number {
  const p = c.__errno_location();
  return p === null ? 0 : new Deno.UnsafePointerView(p).getInt32();
}

/** A C string returned by the library (strerror, strsignal), or null for NULL. */
export function cString(p: Deno.PointerValue): string | null {
  return p === null ? null : Deno.UnsafePointerView.getCString(p);
}

/** A NUL-terminated copy of a JS string, for `const char *` parameters. */
export function cStr(s: string | Uint8Array): Uint8Array<ArrayBuffer> {
  const bytes = typeof s === "string" ? new TextEncoder().encode(s) : s;
  const out = new Uint8Array(bytes.length + 1);
  out.set(bytes);
  return out;
}

/** A NULL-terminated `char *[]` (argv, envp) over the given strings; keep `keep` alive during the call. */
export function cStrArray(
  items: (string | Uint8Array)[],
): { array: BigUint64Array<ArrayBuffer>; keep: Uint8Array[] } {
  const keep = items.map((s) => cStr(s));
  const array = new BigUint64Array(items.length + 1);
  for (let i = 0; i < keep.length; i++) {
    array[i] = BigInt(Deno.UnsafePointer.value(Deno.UnsafePointer.of(keep[i])));
  }
  return { array, keep };
}

/** OSError(errno, strerror(errno)) built as Python builds it (so ENOENT gives FileNotFoundError and str()
 * reads "[Errno 2] No such file or directory"); `message` replaces the C library's text. */
export function osError(err: number, message?: string): PyError {
  const c = libc();
  const text = message ?? (c === null ? `errno ${err}` : cString(c.strerror(err)) ?? `errno ${err}`);
  return new PyError(call(exceptionTypes.OSError, [err, newStr(text)]) as PyObject);
}
