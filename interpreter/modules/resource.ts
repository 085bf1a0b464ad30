// resource: process resource limits and usage (getrlimit/setrlimit/prlimit/getrusage/getpagesize), after
// CPython's Modules/resource.c, through libc. rlim_t is an unsigned 64-bit integer on Linux; CPython
// reads it as a signed long long, so RLIM_INFINITY (all ones) is -1 on both sides.
import { None, type PyType, type W } from "../objects/model.ts";
import { exceptionTypes } from "../objects/exceptions.ts";
import { newFloat } from "../objects/float.ts";
import { indexOf, normBig } from "../objects/int.ts";
import { newTuple, PyTuple } from "../objects/tuple.ts";
import { isIndex } from "../objects/tuple.ts";
import { iterateToArray } from "../objects/operations.ts";
import { structSeq, structSeqType } from "../objects/structseq.ts";
import { errorWithMessage, raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { typeOf } from "../objects/model.ts";
import type { NativeModuleDef } from "./define.ts";
import { errno, libc } from "./posix/libc.ts";
import { raiseErrno } from "./posix/oserror.ts";
import { fdArg, func } from "./posix/args.ts";

const EPERM = 1, EINVAL = 22;
const RLIM_NLIMITS = 16;

const RESOURCE_CONSTANTS: Record<string, number> = {
  RLIMIT_CPU: 0,
  RLIMIT_FSIZE: 1,
  RLIMIT_DATA: 2,
  RLIMIT_STACK: 3,
  RLIMIT_CORE: 4,
  RLIMIT_NOFILE: 7,
  RLIMIT_OFILE: 7,
  RLIMIT_AS: 9,
  RLIMIT_RSS: 5,
  RLIMIT_NPROC: 6,
  RLIMIT_MEMLOCK: 8,
  RLIMIT_MSGQUEUE: 12,
  RLIMIT_NICE: 13,
  RLIMIT_RTPRIO: 14,
  RLIMIT_RTTIME: 15,
  RLIMIT_SIGPENDING: 11,
  RUSAGE_SELF: 0,
  RUSAGE_CHILDREN: -1,
  RUSAGE_THREAD: 1,
  RLIM_INFINITY: -1,
};

export const structRusageType: PyType = structSeqType("struct_rusage", "resource", [
  "ru_utime",
  "ru_stime",
  "ru_maxrss",
  "ru_ixrss",
  "ru_idrss",
  "ru_isrss",
  "ru_minflt",
  "ru_majflt",
  "ru_nswap",
  "ru_inblock",
  "ru_oublock",
  "ru_msgsnd",
  "ru_msgrcv",
  "ru_nsignals",
  "ru_nvcsw",
  "ru_nivcsw",
], {
  doc: "struct_rusage: Result from getrusage.\n\n" +
    "This object may be accessed either as a tuple of\n" +
    "    (utime,stime,maxrss,ixrss,idrss,isrss,minflt,majflt,\n" +
    "    nswap,inblock,oublock,msgsnd,msgrcv,nsignals,nvcsw,nivcsw)\n" +
    "or via the attributes ru_utime, ru_stime, ru_maxrss, and so on.",
});

function resourceArg(w: W): number {
  const r = fdArg(w);
  if (r < 0 || r >= RLIM_NLIMITS) raiseValueError("invalid resource specified");
  return r;
}

/** A signed 64-bit field as a Python int. */
function i64(v: DataView, o: number): W {
  return normBig(v.getBigInt64(o, true));
}

/** struct rlimit {rlim_t cur, max} as CPython's rlimit2py gives it: (long long, long long). */
function rlimitTuple(buf: Uint8Array): W {
  const v = new DataView(buf.buffer, buf.byteOffset, 16);
  return newTuple([i64(v, 0), i64(v, 8)]);
}

/** A limit: PyLong_AsLongLong (so __index__ objects pass, floats do not), then masked to rlim_t. */
function limitValue(w: W): bigint {
  if (!isIndex(w)) raiseTypeError(`'${typeOf(w).name}' object cannot be interpreted as an integer`);
  const v = BigInt(indexOf(w));
  if (v !== BigInt.asIntN(64, v)) {
    throw errorWithMessage("OverflowError", "Python int too large to convert to C long long");
  }
  return BigInt.asUintN(64, v);
}

/** py2rlimit: any sequence of two ints. */
function rlimitBuffer(limits: W): Uint8Array {
  const items = limits instanceof PyTuple ? limits.items : iterateToArray(limits);
  if (items.length !== 2) raiseValueError("expected a tuple of 2 integers");
  const buf = new Uint8Array(16);
  const v = new DataView(buf.buffer);
  v.setBigUint64(0, limitValue(items[0]), true);
  v.setBigUint64(8, limitValue(items[1]), true);
  return buf;
}

function getrusage(a: W[]): W {
  const who = fdArg(a[0]);
  // struct rusage: two struct timeval (sec, usec as longs), then fourteen longs
  const buf = new Uint8Array(144);
  if (libc().getrusage(who, buf) === -1) {
    if (errno() === EINVAL) raiseValueError("invalid who parameter");
    raiseErrno();
  }
  const v = new DataView(buf.buffer);
  const time = (o: number) =>
    newFloat(Number(v.getBigInt64(o, true)) + Number(v.getBigInt64(o + 8, true)) * 0.000001);
  const items: W[] = [time(0), time(16)];
  for (let i = 0; i < 14; i++) items.push(i64(v, 32 + i * 8));
  return structSeq(structRusageType, items);
}

export const resourceModule: NativeModuleDef = {
  name: "resource",
  functions: [
    func("getrusage", "who, /", getrusage, "resource"),
    func("getrlimit", "resource, /", (a) => {
      const r = resourceArg(a[0]);
      const buf = new Uint8Array(16);
      if (libc().getrlimit(r, buf) === -1) raiseErrno();
      return rlimitTuple(buf);
    }, "resource"),
    func("prlimit", "pid, resource, limits=, /", (a) => {
      const pid = fdArg(a[0]);
      const r = resourceArg(a[1]);
      const newLimit = a[2] === undefined || a[2] === None ? null : rlimitBuffer(a[2]);
      const old = new Uint8Array(16);
      if (libc().prlimit(pid, r, newLimit, old) === -1) {
        if (errno() === EINVAL) raiseValueError("current limit exceeds maximum limit");
        raiseErrno();
      }
      return rlimitTuple(old);
    }, "resource"),
    func("setrlimit", "resource, limits, /", (a) => {
      const r = resourceArg(a[0]);
      const buf = rlimitBuffer(a[1]);
      if (libc().setrlimit(r, buf) === -1) {
        const e = errno();
        if (e === EINVAL) raiseValueError("current limit exceeds maximum limit");
        if (e === EPERM) raiseValueError("not allowed to raise maximum limit");
        raiseErrno();
      }
      return None;
    }, "resource"),
    func("getpagesize", "", () => libc().getpagesize(), "resource"),
  ],
  types: [structRusageType],
  values: () => ({ error: exceptionTypes.OSError, ...RESOURCE_CONSTANTS }),
};
