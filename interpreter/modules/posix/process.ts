// The process: ids, uname, times, umask, kill, _exit, waitpid and the wait-status macros, cpu_count,
// getloadavg, urandom, strerror, system, nice/priorities, sysconf/confstr.
import { False, type MethodSpec, None, type PyType, True, typeOf, type W } from "../../objects/model.ts";
import { newBytes } from "../../objects/bytes.ts";
import { newFloat } from "../../objects/float.ts";
import { newList } from "../../objects/list.ts";
import { newStr, PyStr } from "../../objects/str.ts";
import { newTuple } from "../../objects/tuple.ts";
import { errorWithMessage, raiseTypeError, raiseValueError } from "../../vm/errors.ts";
import { indexOf } from "../../objects/int.ts";
import { clearErrno, errno, libc, strerror, UTSNAME_FIELD } from "./libc.ts";
import { EINTR, osErrorFor, raiseErrno } from "./oserror.ts";
import { fsDecode, func, intArg } from "./args.ts";
import { makeStructSeq, structSeqType } from "./structseq.ts";
import { config } from "../../config.ts";
import { checkInterrupt } from "../../vm/ops.ts";

/** Set by the signal module (raise_signal's semantics, for os.kill of this process). */
export const signalHooks = {
  raiseSignal: (_sig: number): void => {},
};

export const unameResultType: PyType = structSeqType({
  module: "posix",
  name: "uname_result",
  fields: ["sysname", "nodename", "release", "version", "machine"],
  nInSequence: 5,
});
export const timesResultType: PyType = structSeqType({
  module: "posix",
  name: "times_result",
  fields: ["user", "system", "children_user", "children_system", "elapsed"],
  nInSequence: 5,
});

// sysconf / confstr names (Linux values): the tables os.sysconf_names / os.confstr_names expose.
export const SYSCONF_NAMES: Record<string, number> = {
  SC_ARG_MAX: 0,
  SC_CHILD_MAX: 1,
  SC_CLK_TCK: 2,
  SC_NGROUPS_MAX: 3,
  SC_OPEN_MAX: 4,
  SC_STREAM_MAX: 5,
  SC_TZNAME_MAX: 6,
  SC_JOB_CONTROL: 7,
  SC_SAVED_IDS: 8,
  SC_VERSION: 29,
  SC_PAGESIZE: 30,
  SC_PAGE_SIZE: 30,
  SC_NPROCESSORS_CONF: 83,
  SC_NPROCESSORS_ONLN: 84,
  SC_PHYS_PAGES: 85,
  SC_AVPHYS_PAGES: 86,
  SC_LINE_MAX: 43,
  SC_HOST_NAME_MAX: 180,
  SC_LOGIN_NAME_MAX: 71,
  SC_IOV_MAX: 60,
  SC_SEM_NSEMS_MAX: 32,
  SC_GETPW_R_SIZE_MAX: 70,
  SC_GETGR_R_SIZE_MAX: 69,
  SC_MINSIGSTKSZ: 249,
};
export const CONFSTR_NAMES: Record<string, number> = {
  CS_PATH: 0,
  CS_GNU_LIBC_VERSION: 2,
  CS_GNU_LIBPTHREAD_VERSION: 3,
};

function nameArg(w: W, table: Record<string, number>): number {
  if (w instanceof PyStr) {
    const v = table[w.value];
    if (v === undefined) raiseValueError("unrecognized configuration name");
    return v;
  }
  if (typeof w === "number") return w;
  raiseTypeError("configuration names must be strings or integers");
}

function uname(): W {
  const buf = new Uint8Array(UTSNAME_FIELD * 6);
  if (libc().uname(buf) !== 0) raiseErrno();
  const field = (i: number) => {
    const f = buf.subarray(i * UTSNAME_FIELD, (i + 1) * UTSNAME_FIELD);
    return newStr(fsDecode(f.subarray(0, f.indexOf(0))));
  };
  return makeStructSeq(unameResultType, [field(0), field(1), field(2), field(3), field(4)]);
}

function times(): W {
  const buf = new BigInt64Array(4);
  const c = libc().times(new Uint8Array(buf.buffer));
  if (Number(c) === -1) raiseErrno();
  const tick = Number(libc().sysconf(2));
  const f = (v: bigint) => newFloat(Number(v) / tick);
  return makeStructSeq(timesResultType, [f(buf[0]), f(buf[1]), f(buf[2]), f(buf[3]), f(BigInt(c))]);
}

// wait status macros (glibc's bits/waitstatus.h)
const WEXITSTATUS = (s: number) => (s & 0xff00) >> 8;
const WTERMSIG = (s: number) => s & 0x7f;
const WSTOPSIG = WEXITSTATUS;
const WIFEXITED = (s: number) => WTERMSIG(s) === 0;
const WIFSIGNALED = (s: number) => ((((s & 0x7f) + 1) << 24) >> 25) > 0;
const WIFSTOPPED = (s: number) => (s & 0xff) === 0x7f;
const WIFCONTINUED = (s: number) => s === 0xffff;
const WCOREDUMP = (s: number) => (s & 0x80) !== 0;

function statusArg(w: W): number {
  return intArg(w) | 0;
}
const boolOf = (b: boolean) => (b ? True : False);

function urandom(n: number): W {
  if (n < 0) raiseValueError("negative argument not allowed");
  const out = new Uint8Array(n);
  for (let off = 0; off < n; off += 65536) {
    crypto.getRandomValues(out.subarray(off, Math.min(n, off + 65536)));
  }
  return newBytes(out);
}

/** A dev_t (bits 64) or major/minor number (bits 32): unsigned, with -1 standing for NODEV (all ones). */
function unsignedArg(w: W, bits: number): bigint {
  if (typeof w === "object" && typeOf(w).lookup("__index__") === undefined) {
    raiseTypeError(`'${typeOf(w).name}' object cannot be interpreted as an integer`);
  }
  const v = BigInt(indexOf(w));
  const all = (1n << BigInt(bits)) - 1n;
  if (v === -1n) return all;
  if (v < 0n) throw errorWithMessage("OverflowError", "can't convert negative int to unsigned");
  if (v > all) {
    throw errorWithMessage(
      "OverflowError",
      `Python int too large to convert to C unsigned ${bits === 64 ? "long long" : "int"}`,
    );
  }
  return v;
}
/** A device number result: NODEV (all ones) reads back as -1, as _PyLong_FromDev does. */
function deviceNumber(v: bigint, bits: number): number | bigint {
  const all = (1n << BigInt(bits)) - 1n;
  v &= all;
  if (v === all) return -1;
  return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}

function cpuCount(): W {
  // -X cpu_count=N / PYTHON_CPU_COUNT override the system's count, as in CPython 3.13+
  if (config.cpuCount > 0) return config.cpuCount;
  const n = Number(libc().sysconf(84));
  return n >= 1 ? n : None;
}

export const processFunctions: MethodSpec[] = [
  func("getpid", "", () => libc().getpid()),
  func("getppid", "", () => libc().getppid()),
  func("getuid", "", () => libc().getuid()),
  func("geteuid", "", () => libc().geteuid()),
  func("getgid", "", () => libc().getgid()),
  func("getegid", "", () => libc().getegid()),
  func("getpgrp", "", () => libc().getpgrp()),
  func("getgroups", "", () => {
    const n = libc().getgroups(0, new Uint8Array(0));
    if (n < 0) raiseErrno();
    const buf = new Uint32Array(n);
    const m = libc().getgroups(n, new Uint8Array(buf.buffer));
    if (m < 0) raiseErrno();
    return newList(Array.from(buf.subarray(0, m)));
  }),
  func("getpgid", "pid, /", (a) => {
    const r = libc().getpgid(intArg(a[0]));
    if (r < 0) raiseErrno();
    return r;
  }),
  func("getsid", "pid, /", (a) => {
    const r = libc().getsid(intArg(a[0]));
    if (r < 0) raiseErrno();
    return r;
  }),
  func("setpgrp", "", () => {
    if (libc().setpgid(0, 0) < 0) raiseErrno();
    return None;
  }),
  func("setsid", "", () => {
    if (libc().setsid() < 0) raiseErrno();
    return None;
  }),
  func("setpgid", "pid, pgrp, /", (a) => {
    if (libc().setpgid(intArg(a[0]), intArg(a[1])) < 0) raiseErrno();
    return None;
  }),
  func("getlogin", "", () => {
    const buf = new Uint8Array(256);
    const r = libc().getlogin_r(buf, 256n);
    if (r !== 0) throw osErrorFor(r);
    return newStr(fsDecode(buf.subarray(0, buf.indexOf(0))));
  }),
  func("uname", "", uname),
  func("times", "", times),
  func("umask", "mask, /", (a) => libc().umask(intArg(a[0]))),
  func("kill", "pid, signal, /", (a) => {
    const pid = intArg(a[0]), sig = intArg(a[1]);
    // to this process: as raise_signal, so a Python handler runs before kill returns (CPython's os_kill
    // checks signals right after the call; here the listener worker would see it only later)
    if (sig > 0 && sig < 65 && pid === libc().getpid()) {
      signalHooks.raiseSignal(sig);
      return None;
    }
    if (libc().kill(pid, sig) !== 0) raiseErrno();
    return None;
  }),
  func("killpg", "pgid, signal, /", (a) => {
    if (libc().killpg(intArg(a[0]), intArg(a[1])) !== 0) raiseErrno();
    return None;
  }),
  func("_exit", "status", (a) => {
    libc()._exit(intArg(a[0]));
    return None;
  }),
  func("abort", "", () => {
    libc().abort();
    return None;
  }),
  func("waitpid", "pid, options, /", (a) => {
    const pid = intArg(a[0]), options = intArg(a[1]);
    const status = new Int32Array(1);
    for (;;) {
      const r = libc().waitpid(pid, new Uint8Array(status.buffer), options);
      if (r >= 0) {
        // a signal that came while waiting has its handler run now (CPython's does on EINTR, before retrying)
        checkInterrupt();
        return newTuple([r, status[0]]);
      }
      if (errno() !== EINTR) raiseErrno();
    }
  }),
  func("waitstatus_to_exitcode", "status", (a) => {
    const s = statusArg(a[0]);
    if (WIFEXITED(s)) return WEXITSTATUS(s);
    if (WIFSIGNALED(s)) return -WTERMSIG(s);
    if (WIFSTOPPED(s)) raiseValueError(`process stopped by delivery of signal ${WSTOPSIG(s)}`);
    raiseValueError(`invalid wait status: ${s}`);
  }),
  func("WEXITSTATUS", "status", (a) => WEXITSTATUS(statusArg(a[0]))),
  func("WTERMSIG", "status", (a) => WTERMSIG(statusArg(a[0]))),
  func("WSTOPSIG", "status", (a) => WSTOPSIG(statusArg(a[0]))),
  func("WIFEXITED", "status", (a) => boolOf(WIFEXITED(statusArg(a[0])))),
  func("WIFSIGNALED", "status", (a) => boolOf(WIFSIGNALED(statusArg(a[0])))),
  func("WIFSTOPPED", "status", (a) => boolOf(WIFSTOPPED(statusArg(a[0])))),
  func("WIFCONTINUED", "status", (a) => boolOf(WIFCONTINUED(statusArg(a[0])))),
  func("WCOREDUMP", "status, /", (a) => boolOf(WCOREDUMP(statusArg(a[0])))),
  func("system", "command", (a) => {
    const cmd = a[0];
    const b = cmd instanceof PyStr ? new TextEncoder().encode(cmd.value + "\0") : null;
    if (b === null) raiseTypeError("system() argument 'command' must be str");
    const r = libc().system(b);
    if (r === -1) raiseErrno();
    return r;
  }),
  func("cpu_count", "", cpuCount),
  func("getloadavg", "", () => {
    const buf = new Float64Array(3);
    if (libc().getloadavg(new Uint8Array(buf.buffer), 3) !== 3) {
      throw osErrorFor(0, undefined);
    }
    return newTuple([newFloat(buf[0]), newFloat(buf[1]), newFloat(buf[2])]);
  }),
  func("urandom", "size, /", (a) => urandom(intArg(a[0]))),
  func("strerror", "code, /", (a) => newStr(strerror(intArg(a[0])))),
  func("nice", "increment, /", (a) => {
    clearErrno();
    const r = libc().nice(intArg(a[0]));
    if (r === -1 && errno() !== 0) raiseErrno();
    return r;
  }),
  func("getpriority", "which, who", (a) => {
    clearErrno();
    const r = libc().getpriority(intArg(a[0]), intArg(a[1]));
    if (r === -1 && errno() !== 0) raiseErrno();
    return r;
  }),
  func("setpriority", "which, who, priority", (a) => {
    if (libc().setpriority(intArg(a[0]), intArg(a[1]), intArg(a[2])) !== 0) raiseErrno();
    return None;
  }),
  func("sched_yield", "", () => {
    libc().sched_yield();
    return None;
  }),
  func("sysconf", "name, /", (a) => {
    clearErrno();
    const r = Number(libc().sysconf(nameArg(a[0], SYSCONF_NAMES)));
    if (r === -1 && errno() !== 0) raiseErrno();
    return r;
  }),
  func("confstr", "name, /", (a) => {
    const name = nameArg(a[0], CONFSTR_NAMES);
    clearErrno();
    const n = Number(libc().confstr(name, new Uint8Array(0), 0n));
    if (n === 0) {
      if (errno() !== 0) raiseErrno();
      return None;
    }
    const buf = new Uint8Array(n);
    libc().confstr(name, buf, BigInt(n));
    return newStr(fsDecode(buf.subarray(0, n - 1)));
  }),
  func("major", "device, /", (a) => {
    const d = unsignedArg(a[0], 64);
    return deviceNumber(((d >> 8n) & 0xfffn) | ((d >> 32n) & 0xfffff000n), 32);
  }),
  func("minor", "device, /", (a) => {
    const d = unsignedArg(a[0], 64);
    return deviceNumber((d & 0xffn) | ((d >> 12n) & 0xffffff00n), 32);
  }),
  func("makedev", "major, minor, /", (a) => {
    const ma = unsignedArg(a[0], 32), mi = unsignedArg(a[1], 32);
    const d = ((ma & 0xfffn) << 8n) | ((ma & ~0xfffn) << 32n) | (mi & 0xffn) | ((mi & ~0xffn) << 12n);
    return deviceNumber(d, 64);
  }),
];
