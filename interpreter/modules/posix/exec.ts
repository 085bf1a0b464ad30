// Replacing the process (execv/execve), waiting (wait, waitid), user and group ids (getres*id, set*id,
// getgrouplist, setgroups, initgroups), scheduling (affinity, priorities), login_tty, getrandom, and
// register_at_fork (kept for random.py; pypyts has no os.fork, so the callbacks are recorded and never run).
// posix_spawn and the spawn* family are in spawn.ts.
import { defineMethods, type MethodSpec, None, type PyType, typeOf, type W } from "../../objects/model.ts";
import { makeStructSeq, structSeqType } from "./structseq.ts";
import { newBytes, PyBytes } from "../../objects/bytes.ts";
import { newList, PyList } from "../../objects/list.ts";
import { PyStr } from "../../objects/str.ts";
import { isIndex, newTuple, PyTuple } from "../../objects/tuple.ts";
import { indexOf } from "../../objects/int.ts";
import { newFloat } from "../../objects/float.ts";
import { callMethod } from "../../objects/model.ts";
import { iterateToArray } from "../../objects/operations.ts";
import { newSet } from "../../objects/set.ts";
import { errorWithMessage, raiseTypeError, raiseValueError } from "../../vm/errors.ts";
import { errno, libc } from "./libc.ts";
import { EINTR, osErrorFor, raiseErrno } from "./oserror.ts";
import { fsEncode, func, intArg, pathArg } from "./args.ts";
import { idValue } from "../pwd.ts";

/** os.sched_param(sched_priority): a struct sequence holding any object until a call converts it. */
export const schedParamType: PyType = structSeqType({
  module: "posix",
  name: "sched_param",
  fields: ["sched_priority"],
  nInSequence: 1,
  doc: "Currently has only one field: sched_priority\n\n" +
    "sched_priority\n  A scheduling parameter.",
});
defineMethods(schedParamType, [
  {
    name: "__new__",
    arity: [1, 2],
    kind: "static",
    kw: ["sched_priority"],
    impl: (a) => {
      if (a[1] === undefined) {
        raiseTypeError("sched_param() missing required argument 'sched_priority' (pos 1)");
      }
      return makeStructSeq(a[0] as PyType, [a[1]]);
    },
  },
  {
    // pickles as sched_param(priority), not as a struct sequence's (sequence, dict)
    name: "__reduce__",
    arity: [0, 0],
    impl: (a) => newTuple([typeOf(a[0]), newTuple([(a[0] as PyTuple).items[0]])]),
  },
]);

/** The struct sched_param (one C int) of a sched_param argument, as convert_sched_param. */
export function schedParamArg(w: W): Uint8Array {
  if (typeOf(w) !== schedParamType) raiseTypeError("must have a sched_param object");
  const p = (w as PyTuple).items[0];
  if (!isIndex(p)) raiseTypeError(`'${typeOf(p).name}' object cannot be interpreted as an integer`);
  const v = indexOf(p);
  if (typeof v === "bigint" || v > 2147483647 || v < -2147483648) {
    throw errorWithMessage("OverflowError", "sched_priority out of range");
  }
  return new Uint8Array(new Int32Array([v]).buffer);
}

/** A NULL-terminated char*[] over `strings` (each NUL-terminated); keep `strings` alive during the call. */
export function pointerArray(strings: Uint8Array[]): Uint8Array {
  const arr = new BigUint64Array(strings.length + 1);
  for (let i = 0; i < strings.length; i++) {
    arr[i] = BigInt(Deno.UnsafePointer.value(Deno.UnsafePointer.of(strings[i] as Uint8Array<ArrayBuffer>)));
  }
  return new Uint8Array(arr.buffer);
}

/** PyUnicode_FSConverter for one argv/env item, NUL-terminated. */
export function fsArg(w: W, what: string): Uint8Array {
  let b: Uint8Array;
  if (w instanceof PyStr) b = fsEncode(w.value);
  else if (w instanceof PyBytes) b = w.value;
  else if (typeOf(w).lookup("__fspath__") !== undefined) {
    const r = callMethod(w, "__fspath__", []);
    return fsArg(r, what);
  } else raiseTypeError(`expected str, bytes or os.PathLike object, not ${typeOf(w).name}`);
  if (b.indexOf(0) >= 0) raiseValueError(`embedded null byte`);
  const c = new Uint8Array(b.length + 1);
  c.set(b);
  return c;
}

export function argvArg(w: W, fname: string): Uint8Array[] {
  if (!(w instanceof PyTuple) && !(w instanceof PyList)) {
    raiseTypeError(`${fname}() arg 2 must be a tuple or list`);
  }
  const items = iterateToArray(w);
  if (items.length === 0) raiseValueError(`${fname}() arg 2 must not be empty`);
  const out = items.map((x) => fsArg(x, "argv"));
  if (out[0].length === 1) raiseValueError(`${fname}() arg 2 first element cannot be empty`);
  return out;
}

export function envArg(w: W): Uint8Array[] {
  if (typeOf(w).lookup("keys") === undefined) raiseTypeError("env must be a mapping object");
  // keys() and values() as lists once (parse_envlist), not env[key]: a mapping that changes while its
  // items are converted cannot make the loop read past what it listed
  const keys = iterateToArray(callMethod(w, "keys", []));
  const values = iterateToArray(callMethod(w, "values", []));
  const out: Uint8Array[] = [];
  for (let i = 0; i < keys.length; i++) {
    const key = fsArg(keys[i], "env").subarray(0, -1);
    if (key.length === 0 || key.indexOf(61) >= 0) raiseValueError("illegal environment variable name");
    if (i >= values.length) raiseValueError("env.keys() and env.values() differ in length");
    const value = fsArg(values[i], "env").subarray(0, -1);
    const entry = new Uint8Array(key.length + 1 + value.length + 1);
    entry.set(key);
    entry[key.length] = 61;
    entry.set(value, key.length + 1);
    out.push(entry);
  }
  return out;
}

export const waitidResultType: PyType = structSeqType({
  module: "posix",
  name: "waitid_result",
  fields: ["si_pid", "si_uid", "si_signo", "si_status", "si_code"],
  nInSequence: 5,
});

const atForkCallbacks: { before: W[]; afterInChild: W[]; afterInParent: W[] } = {
  before: [],
  afterInChild: [],
  afterInParent: [],
};

export const execFunctions: MethodSpec[] = [
  func("execv", "path, argv, /", (a) => {
    const p = pathArg(a[0], "execv");
    const argv = argvArg(a[1], "execv");
    libc().execv(p.c!, pointerArray(argv));
    raiseErrno();
  }),
  func("execve", "path, argv, env", (a) => {
    const p = pathArg(a[0], "execve");
    const argv = argvArg(a[1], "execve");
    const env = envArg(a[2]);
    libc().execve(p.c!, pointerArray(argv), pointerArray(env));
    raiseErrno(p.object);
  }),
  func("register_at_fork", "*, before=, after_in_child=, after_in_parent=", (a) => {
    if (a[0] === undefined && a[1] === undefined && a[2] === undefined) {
      raiseTypeError("At least one argument is required.");
    }
    const names = ["before", "after_in_child", "after_in_parent"];
    const lists = [atForkCallbacks.before, atForkCallbacks.afterInChild, atForkCallbacks.afterInParent];
    for (let i = 0; i < 3; i++) {
      if (a[i] === undefined) continue;
      if (typeOf(a[i]).lookup("__call__") === undefined) {
        raiseTypeError(`'${names[i]}' must be callable, not ${typeOf(a[i]).name}`);
      }
      lists[i].push(a[i]);
    }
    return None;
  }),
  func("wait", "", () => {
    const status = new Int32Array(1);
    for (;;) {
      const r = libc().waitpid(-1, new Uint8Array(status.buffer), 0);
      if (r >= 0) return newTuple([r, status[0]]);
      if (errno() !== EINTR) raiseErrno();
    }
  }),
  func("getresuid", "", () => {
    const ids = new Uint32Array(3);
    const b = (i: number) => new Uint8Array(ids.buffer, i * 4, 4);
    if (libc().getresuid(b(0), b(1), b(2)) !== 0) raiseErrno();
    return newTuple([ids[0], ids[1], ids[2]]);
  }),
  func("getresgid", "", () => {
    const ids = new Uint32Array(3);
    const b = (i: number) => new Uint8Array(ids.buffer, i * 4, 4);
    if (libc().getresgid(b(0), b(1), b(2)) !== 0) raiseErrno();
    return newTuple([ids[0], ids[1], ids[2]]);
  }),
  func("setuid", "uid, /", (a) => {
    if (libc().setuid(idValue(a[0], "uid")) !== 0) raiseErrno();
    return None;
  }),
  func("setgid", "gid, /", (a) => {
    if (libc().setgid(idValue(a[0], "gid")) !== 0) raiseErrno();
    return None;
  }),
  func("seteuid", "euid, /", (a) => {
    if (libc().seteuid(idValue(a[0], "uid")) !== 0) raiseErrno();
    return None;
  }),
  func("setegid", "egid, /", (a) => {
    if (libc().setegid(idValue(a[0], "gid")) !== 0) raiseErrno();
    return None;
  }),
  func("setreuid", "ruid, euid, /", (a) => {
    if (libc().setreuid(idValue(a[0], "uid"), idValue(a[1], "uid")) !== 0) raiseErrno();
    return None;
  }),
  func("setregid", "rgid, egid, /", (a) => {
    if (libc().setregid(idValue(a[0], "gid"), idValue(a[1], "gid")) !== 0) raiseErrno();
    return None;
  }),
  func("getgrouplist", "user, group, /", (a) => {
    if (!(a[0] instanceof PyStr)) {
      raiseTypeError(`getgrouplist() argument 1 must be str, not ${typeOf(a[0]).name}`);
    }
    const user = fsArg(a[0], "user");
    const group = idValue(a[1], "gid");
    let n = 64;
    for (;;) {
      const groups = new Uint32Array(n);
      const count = new Int32Array([n]);
      const r = libc().getgrouplist(user, group, new Uint8Array(groups.buffer), new Uint8Array(count.buffer));
      if (r >= 0) return newList(Array.from(groups.subarray(0, count[0])));
      if (count[0] <= n) n *= 2;
      else n = count[0];
    }
  }),
  func("setgroups", "groups, /", (a) => {
    const ids = iterateToArray(a[0]).map((g) => idValue(g, "gid"));
    const buf = new Uint32Array(ids);
    if (libc().setgroups(BigInt(ids.length), new Uint8Array(buf.buffer)) !== 0) raiseErrno();
    return None;
  }),
  func("initgroups", "username, gid, /", (a) => {
    const user = fsArg(a[0], "username");
    if (libc().initgroups(user, idValue(a[1], "gid")) !== 0) raiseErrno();
    return None;
  }),
  func("waitid", "idtype, id, options, /", (a) => {
    const idtype = intArg(a[0]), id = intArg(a[1]), options = intArg(a[2]);
    const info = new Uint8Array(128);
    for (;;) {
      if (libc().waitid(idtype, id, info, options) === 0) break;
      if (errno() !== EINTR) raiseErrno();
    }
    // siginfo_t for SIGCHLD: si_signo, si_errno, si_code, padding, then si_pid, si_uid, si_status
    const v = new DataView(info.buffer);
    const pid = v.getInt32(16, true);
    if (pid === 0) return None;
    return makeStructSeq(waitidResultType, [
      pid,
      v.getUint32(20, true),
      v.getInt32(0, true),
      v.getInt32(24, true),
      v.getInt32(8, true),
    ]);
  }),
  func("setresuid", "ruid, euid, suid, /", (a) => {
    if (libc().setresuid(idValue(a[0], "uid"), idValue(a[1], "uid"), idValue(a[2], "uid")) !== 0) {
      raiseErrno();
    }
    return None;
  }),
  func("setresgid", "rgid, egid, sgid, /", (a) => {
    if (libc().setresgid(idValue(a[0], "gid"), idValue(a[1], "gid"), idValue(a[2], "gid")) !== 0) {
      raiseErrno();
    }
    return None;
  }),
  func("sched_get_priority_max", "policy", (a) => {
    const r = libc().sched_get_priority_max(intArg(a[0]));
    if (r < 0) raiseErrno();
    return r;
  }),
  func("sched_get_priority_min", "policy", (a) => {
    const r = libc().sched_get_priority_min(intArg(a[0]));
    if (r < 0) raiseErrno();
    return r;
  }),
  func("sched_getscheduler", "pid, /", (a) => {
    const r = libc().sched_getscheduler(intArg(a[0]));
    if (r < 0) raiseErrno();
    return r;
  }),
  func("sched_getparam", "pid, /", (a) => {
    const param = new Int32Array(1);
    if (libc().sched_getparam(intArg(a[0]), new Uint8Array(param.buffer)) !== 0) raiseErrno();
    return makeStructSeq(schedParamType, [param[0]]);
  }),
  func("sched_setparam", "pid, param, /", (a) => {
    const pid = intArg(a[0]);
    if (libc().sched_setparam(pid, schedParamArg(a[1])) !== 0) raiseErrno();
    return None;
  }),
  func("sched_setscheduler", "pid, policy, param, /", (a) => {
    const pid = intArg(a[0]), policy = intArg(a[1]);
    if (libc().sched_setscheduler(pid, policy, schedParamArg(a[2])) !== 0) raiseErrno();
    return None;
  }),
  func("sched_rr_get_interval", "pid, /", (a) => {
    const ts = new BigInt64Array(2);
    if (libc().sched_rr_get_interval(intArg(a[0]), new Uint8Array(ts.buffer)) !== 0) raiseErrno();
    return newFloat(Number(ts[0]) + Number(ts[1]) * 1e-9);
  }),
  func("sched_setaffinity", "pid, mask, /", (a) => {
    const pid = intArg(a[0]);
    const mask = new Uint8Array(128);
    for (const c of iterateToArray(a[1])) {
      const cpu = intArg(c);
      if (cpu < 0) raiseValueError("negative CPU number");
      if (cpu >= mask.length * 8) throw osErrorFor(22);
      mask[cpu >> 3] |= 1 << (cpu & 7);
    }
    if (libc().sched_setaffinity(pid, BigInt(mask.length), mask) !== 0) raiseErrno();
    return None;
  }),
  func("login_tty", "fd, /", (a) => {
    if (libc().login_tty(intArg(a[0])) !== 0) raiseErrno();
    return None;
  }),
  func("sched_getaffinity", "pid, /", (a) => {
    const mask = new Uint8Array(128);
    if (libc().sched_getaffinity(intArg(a[0]), 128n, mask) !== 0) raiseErrno();
    const cpus: W[] = [];
    for (let i = 0; i < mask.length * 8; i++) if (mask[i >> 3] & (1 << (i & 7))) cpus.push(i);
    return newSet(cpus);
  }),
  func("getrandom", "size, flags=", (a) => {
    const size = intArg(a[0]);
    if (size < 0) throw osErrorFor(22);
    const flags = a[1] === undefined ? 0 : intArg(a[1]);
    const buf = new Uint8Array(size);
    for (;;) {
      const n = Number(libc().getrandom(buf, BigInt(size), flags));
      if (n >= 0) return newBytes(n === size ? buf : buf.slice(0, n));
      if (errno() !== EINTR) raiseErrno();
    }
  }),
];
