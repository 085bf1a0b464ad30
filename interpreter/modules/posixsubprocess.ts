// _posixsubprocess.fork_exec: what subprocess.Popen calls on POSIX to start a child. CPython forks and
// runs the child's set-up steps in C before exec; fork() is not safe inside V8 (a multi-threaded
// process), so the same steps are expressed as posix_spawn(3) file actions and attributes through FFI:
// the parent's pipe ends closed, the child's ends dup2'ed onto 0/1/2 (dup2 of an fd onto itself clears
// FD_CLOEXEC, as glibc >= 2.29 does), pass_fds made inheritable, close_fds as closes of every other
// inheritable descriptor, cwd by addchdir_np, restore_signals by resetting SIGPIPE/SIGXFSZ to their
// defaults, start_new_session by POSIX_SPAWN_SETSID, process_group by setpgroup, umask set around the
// spawn. The executable candidates are tried in order as CPython's child does (ENOENT/ENOTDIR go on to the
// next, the first other error wins). A failure is raised here directly instead of through the error
// pipe (glibc's posix_spawn reports it to us and reaps the failed child, so there is no pid to return);
// subprocess.Popen's clean-up path handles an exception from fork_exec.
//
// Not possible without running code in the child: preexec_fn, and changing uid/gid/groups; those raise.
import { type Kwargs, None, typeOf, type W } from "../objects/model.ts";
import { PyBytes } from "../objects/bytes.ts";
import { PyStr } from "../objects/str.ts";
import { asInt } from "../objects/int.ts";
import { isTrue, iterateToArray } from "../objects/operations.ts";
import { exceptionTypes } from "../objects/exceptions.ts";
import { call } from "../objects/model.ts";
import { newError, PyError, raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { newStr } from "../objects/str.ts";
import { cString, type Libc, libc, osError, sigset } from "./libc.ts";
import { fsDecode, fsEncode, fspath } from "./posix/args.ts";
import { checkArgs } from "./time.ts";
import type { NativeModuleDef } from "./define.ts";

const FLAGS = { SETPGROUP: 0x02, SETSIGDEF: 0x04, SETSIGMASK: 0x08, SETSID: 0x80 };
const F_GETFD = 1, FD_CLOEXEC = 1;
const ENOENT = 2, ENOTDIR = 20, EBADF = 9;
const SIGPIPE = 13, SIGXFSZ = 25;

/** An argv/executable item as PyUnicode_FSConverter takes it: str, bytes or os.PathLike. */
function fsBytes(w: W): Uint8Array {
  const p = fspath(w);
  const b = p instanceof PyBytes ? p.value : fsEncode((p as PyStr).value);
  if (b.includes(0)) raiseValueError("embedded null byte");
  return b;
}

function fdValue(w: W): number {
  const v = asInt(w);
  if (v === undefined) raiseTypeError(`'${typeOf(w).name}' object cannot be interpreted as an integer`);
  return Number(v);
}

/** Descriptors open in this process that a child would inherit (no FD_CLOEXEC), from /proc/self/fd. */
function inheritableFds(c: Libc): number[] {
  const out: number[] = [];
  let names: string[];
  try {
    names = [...Deno.readDirSync("/proc/self/fd")].map((e) => e.name);
  } catch {
    return out;
  }
  for (const name of names) {
    const fd = Number(name);
    if (!Number.isInteger(fd) || fd < 3) continue;
    const flags = c.fcntl(fd, F_GETFD, 0);
    if (flags >= 0 && (flags & FD_CLOEXEC) === 0) out.push(fd);
  }
  return out;
}

function isOpen(c: Libc, fd: number): boolean {
  return c.fcntl(fd, F_GETFD, 0) >= 0;
}

/** A descriptor number free in this process (so free in the child at spawn time), above `min`. */
function freeFd(c: Libc, min: number): number {
  let fd = Math.max(min, 10);
  while (isOpen(c, fd)) fd++;
  return fd;
}

function check(rc: number, what: string): void {
  if (rc !== 0) throw osError(rc, `${what} failed: ${cString(libc()!.strerror(rc))}`);
}

/** The cwd check CPython's child does with chdir(): an OSError naming the directory. */
function checkCwd(cwd: Uint8Array, cwdObj: W): void {
  try {
    const st = Deno.statSync(new TextDecoder().decode(cwd));
    if (!st.isDirectory) {
      throw new PyError(call(exceptionTypes.OSError, [ENOTDIR, newStr("Not a directory"), cwdObj]) as never);
    }
  } catch (e) {
    if (e instanceof PyError) throw e;
    const code = e instanceof Deno.errors.NotFound
      ? ENOENT
      : e instanceof Deno.errors.PermissionDenied
      ? 13
      : 0;
    if (code !== 0) {
      const text = code === ENOENT ? "No such file or directory" : "Permission denied";
      throw new PyError(call(exceptionTypes.OSError, [code, newStr(text), cwdObj]) as never);
    }
  }
}

/**
 * What CPython reports as the failing file of an exec error: the executable as the caller spelt it
 * (subprocess's orig_executable). subprocess joined a bare name with every PATH entry; a name with a
 * directory came alone.
 */
function origExecutable(args: W[], executables: Uint8Array[], env: Uint8Array[] | null): W {
  const dec = new TextDecoder();
  const first = executables[0];
  const base = first.subarray(first.lastIndexOf(0x2f) + 1);
  let path: string | undefined;
  if (env !== null) {
    const entry = env.map((e) => dec.decode(e)).find((e) => e.startsWith("PATH="));
    path = entry?.slice(5);
  } else path = Deno.env.get("PATH");
  const dirs = (path ?? "/bin:/usr/bin").split(":");
  const baseText = dec.decode(base);
  const joined = dirs.map((d) => (d === "" ? baseText : d.endsWith("/") ? d + baseText : `${d}/${baseText}`));
  const fromPath = joined.length === executables.length &&
    joined.every((j, i) => j === dec.decode(executables[i]));
  const orig = fromPath ? base : first;
  if (args.length > 0) {
    const a0 = fspath(args[0]);
    const b = a0 instanceof PyBytes ? a0.value : fsEncode((a0 as PyStr).value);
    if (b.length === orig.length && b.every((v, i) => v === orig[i])) return a0;
  }
  return newStr(fsDecode(orig));
}

interface ForkExecArgs {
  args: W[];
  executables: Uint8Array[];
  closeFds: boolean;
  passFds: number[];
  cwd: Uint8Array | null;
  cwdObj: W;
  env: Uint8Array[] | null;
  p2cread: number;
  p2cwrite: number;
  c2pread: number;
  c2pwrite: number;
  errread: number;
  errwrite: number;
  errpipeRead: number;
  errpipeWrite: number;
  restoreSignals: boolean;
  setsid: boolean;
  pgid: number;
  umask: number;
}

function spawnChild(c: Libc, o: ForkExecArgs): number {
  const actions = new Uint8Array(512), attr = new Uint8Array(512);
  check(c.posix_spawn_file_actions_init(actions), "posix_spawn_file_actions_init");
  check(c.posix_spawnattr_init(attr), "posix_spawnattr_init");
  try {
    // the parent's ends of the pipes
    for (const fd of [o.p2cwrite, o.c2pread, o.errread, o.errpipeRead]) {
      if (fd !== -1 && isOpen(c, fd)) check(c.posix_spawn_file_actions_addclose(actions, fd), "addclose");
    }
    for (const fd of [o.p2cread, o.c2pwrite, o.errwrite]) {
      if (fd !== -1 && !isOpen(c, fd)) throw osError(EBADF);
    }
    // a child end sitting on a low descriptor another dup2 would overwrite moves out of the way first
    let c2pwrite = o.c2pwrite, errwrite = o.errwrite;
    if (c2pwrite === 0) {
      const to = freeFd(c, 3);
      check(c.posix_spawn_file_actions_adddup2(actions, c2pwrite, to), "adddup2");
      c2pwrite = to;
    }
    if (errwrite === 0 || errwrite === 1) {
      const to = freeFd(c, c2pwrite + 1);
      check(c.posix_spawn_file_actions_adddup2(actions, errwrite, to), "adddup2");
      errwrite = to;
    }
    const targets: [number, number][] = [[o.p2cread, 0], [c2pwrite, 1], [errwrite, 2]];
    for (const [from, to] of targets) {
      if (from !== -1) check(c.posix_spawn_file_actions_adddup2(actions, from, to), "adddup2");
    }
    // pass_fds stay open across exec (errpipe_write keeps its close-on-exec flag, as in CPython)
    for (const fd of o.passFds) {
      if (fd === o.errpipeWrite || fd <= 2) continue;
      // CPython's child fails making it inheritable and reports "noexec": OSError without a filename
      if (!isOpen(c, fd)) throw osError(EBADF);
      check(c.posix_spawn_file_actions_adddup2(actions, fd, fd), "adddup2");
    }
    if (o.cwd !== null) {
      if (c.posix_spawn_file_actions_addchdir_np === null) {
        throw osError(38, "cwd is not supported: this C library has no posix_spawn_file_actions_addchdir_np");
      }
      const path = new Uint8Array(o.cwd.length + 1);
      path.set(o.cwd);
      check(c.posix_spawn_file_actions_addchdir_np(actions, path), "addchdir_np");
    }
    if (o.closeFds) {
      const keep = new Set(o.passFds);
      for (const fd of inheritableFds(c)) {
        if (!keep.has(fd)) check(c.posix_spawn_file_actions_addclose(actions, fd), "addclose");
      }
    }
    let flags = FLAGS.SETSIGMASK;
    check(c.posix_spawnattr_setsigmask(attr, sigset([])), "setsigmask");
    if (o.restoreSignals) {
      flags |= FLAGS.SETSIGDEF;
      check(c.posix_spawnattr_setsigdefault(attr, sigset([SIGPIPE, SIGXFSZ])), "setsigdefault");
    }
    if (o.setsid) flags |= FLAGS.SETSID;
    if (o.pgid >= 0) {
      flags |= FLAGS.SETPGROUP;
      check(c.posix_spawnattr_setpgroup(attr, o.pgid), "setpgroup");
    }
    check(c.posix_spawnattr_setflags(attr, flags), "setflags");

    const argv = cStringArray(o.args.map(fsBytes));
    const envItems = o.env ?? Object.entries(Deno.env.toObject()).map(([k, v]) => fsEncode(`${k}=${v}`));
    const envp = cStringArray(envItems);
    const pid = new Int32Array(1);
    const oldUmask = o.umask >= 0 ? c.umask(o.umask) : -1;
    let firstError = 0, lastError = 0;
    try {
      for (const exe of o.executables) {
        const path = new Uint8Array(exe.length + 1);
        path.set(exe);
        const rc = c.posix_spawn(pid, path, actions, attr, argv.array, envp.array);
        if (rc === 0) return pid[0];
        lastError = rc;
        if (rc !== ENOENT && rc !== ENOTDIR && firstError === 0) firstError = rc;
      }
    } finally {
      if (oldUmask >= 0) c.umask(oldUmask);
      void argv.keep;
      void envp.keep;
    }
    const err = firstError !== 0 ? firstError : lastError;
    const text = cString(c.strerror(err)) ?? `errno ${err}`;
    throw new PyError(
      call(exceptionTypes.OSError, [
        err,
        newStr(text),
        origExecutable(o.args, o.executables, o.env),
      ]) as never,
    );
  } finally {
    c.posix_spawn_file_actions_destroy(actions);
    c.posix_spawnattr_destroy(attr);
  }
}

/** A NULL-terminated char*[] (the strings must stay reachable until the call returns: `keep`). */
function cStringArray(items: Uint8Array[]): { array: BigUint64Array<ArrayBuffer>; keep: Uint8Array[] } {
  const keep = items.map((b) => {
    const s = new Uint8Array(b.length + 1);
    s.set(b);
    return s;
  });
  const array = new BigUint64Array(keep.length + 1);
  for (let i = 0; i < keep.length; i++) {
    array[i] = BigInt(Deno.UnsafePointer.value(Deno.UnsafePointer.of(keep[i])));
  }
  return { array, keep };
}

function forkExec(a: W[]): W {
  const [
    argsW,
    exeListW,
    closeFdsW,
    passFdsW,
    cwdW,
    envW,
    p2cread,
    p2cwrite,
    c2pread,
    c2pwrite,
    errread,
    errwrite,
    errpipeRead,
    errpipeWrite,
    restoreSignalsW,
    setsidW,
    pgidW,
    gidW,
    groupsW,
    uidW,
    umaskW,
    preexecW,
  ] = a;
  const closeFds = isTrue(closeFdsW);
  if (!(passFdsW instanceof Object) || typeOf(passFdsW).name !== "tuple") {
    raiseTypeError(`fork_exec() argument 4 must be tuple, not ${typeOf(passFdsW).name}`);
  }
  const passFds = iterateToArray(passFdsW).map((w) => {
    const fd = fdValue(w);
    if (fd < 0) raiseValueError("bad value(s) in fds_to_keep");
    return fd;
  });
  for (let i = 1; i < passFds.length; i++) {
    if (passFds[i] <= passFds[i - 1]) raiseValueError("bad value(s) in fds_to_keep");
  }
  if (preexecW !== None) {
    throw newError(exceptionTypes.NotImplementedError, [
      newStr(
        "preexec_fn is not supported: pypyts starts children with posix_spawn and cannot run Python code between fork and exec",
      ),
    ]);
  }
  if (gidW !== None || groupsW !== None || uidW !== None) {
    throw newError(exceptionTypes.NotImplementedError, [
      newStr("user, group and extra_groups are not supported: pypyts starts children with posix_spawn"),
    ]);
  }
  const args = argsW === None ? [] : iterateToArray(argsW);
  const executables = iterateToArray(exeListW).map(fsBytes);
  if (executables.length === 0) raiseValueError("executable_list must not be empty");
  const env = envW === None ? null : iterateToArray(envW).map(fsBytes);
  const cwd = cwdW === None ? null : fsBytes(cwdW);
  const c = libc();
  if (c === null) {
    throw newError(exceptionTypes.OSError, [
      newStr("subprocesses need the C library through FFI (posix_spawn), which is not available here"),
    ]);
  }
  if (cwd !== null) checkCwd(cwd, cwdW);
  return spawnChild(c, {
    args,
    executables,
    closeFds,
    passFds,
    cwd,
    cwdObj: cwdW,
    env,
    p2cread: fdValue(p2cread),
    p2cwrite: fdValue(p2cwrite),
    c2pread: fdValue(c2pread),
    c2pwrite: fdValue(c2pwrite),
    errread: fdValue(errread),
    errwrite: fdValue(errwrite),
    errpipeRead: fdValue(errpipeRead),
    errpipeWrite: fdValue(errpipeWrite),
    restoreSignals: isTrue(restoreSignalsW),
    setsid: isTrue(setsidW),
    pgid: fdValue(pgidW),
    umask: fdValue(umaskW),
  });
}

export const posixsubprocessModule: NativeModuleDef = {
  name: "_posixsubprocess",
  doc: "A POSIX helper for the subprocess module.",
  functions: [
    {
      name: "fork_exec",
      arity: [0, -1],
      kw: ["**"],
      impl: (a: W[], kw: Kwargs | null) => {
        checkArgs("_posixsubprocess.fork_exec", "unpack", a, kw, 22, 22);
        return forkExec(a);
      },
      doc: "fork_exec(args, executable_list, close_fds, pass_fds, cwd, env,\n" +
        "          p2cread, p2cwrite, c2pread, c2pwrite,\n" +
        "          errread, errwrite, errpipe_read, errpipe_write,\n" +
        "          restore_signals, call_setsid, pgid_to_set,\n" +
        "          gid, extra_groups, uid, child_umask, preexec_fn)\n\n" +
        "Spawns a child process (posix_spawn here; CPython forks), closes parent file descriptors as\n" +
        "appropriate in the child and dups the few that are needed before exec.",
    },
  ],
};
