// posix_spawn and posix_spawnp (with their file actions and attributes) over the C library's, and the
// os.spawnv family on top of them. CPython builds spawnv/spawnve/spawnvp/spawnvpe in os.py from fork() and
// exec*(), which pypyts cannot offer (fork() is not safe inside V8, a multi-threaded process), so posix
// provides them itself with os.py's behaviour: P_WAIT waits and returns the exit code (-signal when
// killed), P_NOWAIT returns the pid, and a program that cannot be executed makes a child that exits with
// 127 (what os.py's forked child does when exec fails), not an exception in the parent.
import { type MethodSpec, None, typeOf, type W } from "../../objects/model.ts";
import { PyList } from "../../objects/list.ts";
import { newTuple, PyTuple } from "../../objects/tuple.ts";
import { isTrue, iterateToArray } from "../../objects/operations.ts";
import { errorWithMessage, raiseTypeError, raiseValueError } from "../../vm/errors.ts";
import { type Libc, libc, sigset } from "../libc.ts";
import { osErrorFor } from "./oserror.ts";
import { fsEncode, func, intArg, pathArg } from "./args.ts";
import { argvArg, envArg, fsArg, pointerArray, schedParamArg } from "./exec.ts";

/** glibc's posix_spawnattr flags. */
const FLAG = { RESETIDS: 0x01, SETPGROUP: 0x02, SETSIGDEF: 0x04, SETSIGMASK: 0x08, SETSCHEDPARAM: 0x10 };
const SETSCHEDULER = 0x20, SETSID = 0x80;
/** The tags of file_actions entries (os.POSIX_SPAWN_*). */
export const SPAWN_CONSTANTS: Record<string, number> = {
  POSIX_SPAWN_OPEN: 0,
  POSIX_SPAWN_CLOSE: 1,
  POSIX_SPAWN_DUP2: 2,
  POSIX_SPAWN_CLOSEFROM: 3,
  P_WAIT: 0,
  P_NOWAIT: 1,
  P_NOWAITO: 1,
};
const NSIG = 65;

function needLibc(name: string): Libc {
  const c = libc();
  if (c === null) throw errorWithMessage("OSError", `${name}: the C library is not available (FFI)`);
  return c;
}

/** A C int from an int-like object, as PyArg's "i" (a huge value is an OverflowError). */
function cInt(w: W): number {
  const v = intArg(w);
  if (v > 2147483647) throw errorWithMessage("OverflowError", "signed integer is greater than maximum");
  if (v < -2147483648) throw errorWithMessage("OverflowError", "signed integer is less than minimum");
  return v;
}

/** A sigset_t from an iterable of signal numbers (_Py_Sigset_Converter's checks). */
function sigsetArg(w: W): Uint8Array<ArrayBuffer> {
  const signals = iterateToArray(w).map((item) => {
    const n = intArg(item);
    if (n < 1 || n >= NSIG) raiseValueError(`signal number ${n} out of range [1; ${NSIG - 1}]`);
    return n;
  });
  return sigset(signals);
}

/** A file_actions sequence added to `actions` (parse_file_actions); `keep` holds the paths until the call. */
function addFileActions(c: Libc, actions: Uint8Array, fileActions: W, keep: Uint8Array[]): void {
  if (!(fileActions instanceof PyList) && !(fileActions instanceof PyTuple)) {
    let items: W[];
    try {
      items = iterateToArray(fileActions);
    } catch {
      raiseTypeError("file_actions must be a sequence or None");
    }
    return addFileActions(c, actions, newTuple(items), keep);
  }
  for (const action of iterateToArray(fileActions)) {
    if (!(action instanceof PyTuple) || action.items.length === 0) {
      raiseTypeError("Each file_actions element must be a non-empty tuple");
    }
    const a = action.items;
    const tag = cInt(a[0]);
    const arity = (n: number, what: string) => {
      if (a.length !== n) raiseTypeError(`A ${what} file_action tuple must have ${n} elements`);
    };
    let rc: number;
    switch (tag) {
      case 0: {
        arity(5, "open");
        const fd = cInt(a[1]);
        const path = fsArg(a[2], "path");
        keep.push(path);
        const flags = cInt(a[3]);
        rc = c.posix_spawn_file_actions_addopen(actions, fd, path, flags, intArg(a[4]) >>> 0);
        break;
      }
      case 1:
        arity(2, "close");
        rc = c.posix_spawn_file_actions_addclose(actions, cInt(a[1]));
        break;
      case 2:
        arity(3, "dup2");
        rc = c.posix_spawn_file_actions_adddup2(actions, cInt(a[1]), cInt(a[2]));
        break;
      case 3:
        arity(2, "closefrom");
        if (c.posix_spawn_file_actions_addclosefrom_np === null) {
          raiseTypeError("Unknown file_actions identifier");
        }
        rc = c.posix_spawn_file_actions_addclosefrom_np(actions, cInt(a[1]));
        break;
      default:
        raiseTypeError("Unknown file_actions identifier");
    }
    if (rc !== 0) throw osErrorFor(rc);
  }
}

interface SpawnOptions {
  fileActions: W | undefined;
  setpgroup: W | undefined;
  resetids: boolean;
  setsid: boolean;
  setsigmask: W | undefined;
  setsigdef: W | undefined;
  scheduler: W | undefined;
}

/** Set `attr` from the keyword arguments (parse_posix_spawn_flags). */
function setAttributes(c: Libc, attr: Uint8Array, o: SpawnOptions): void {
  let flags = 0;
  const check = (rc: number) => {
    if (rc !== 0) throw osErrorFor(rc);
  };
  if (o.setpgroup !== undefined && o.setpgroup !== None) {
    check(c.posix_spawnattr_setpgroup(attr, cInt(o.setpgroup)));
    flags |= FLAG.SETPGROUP;
  }
  if (o.resetids) flags |= FLAG.RESETIDS;
  if (o.setsid) flags |= SETSID;
  if (o.setsigmask !== undefined) {
    check(c.posix_spawnattr_setsigmask(attr, sigsetArg(o.setsigmask)));
    flags |= FLAG.SETSIGMASK;
  }
  if (o.setsigdef !== undefined) {
    check(c.posix_spawnattr_setsigdefault(attr, sigsetArg(o.setsigdef)));
    flags |= FLAG.SETSIGDEF;
  }
  if (o.scheduler !== undefined && o.scheduler !== None) {
    const s = o.scheduler;
    if (!(s instanceof PyTuple) || s.items.length !== 2) {
      raiseTypeError(
        s instanceof PyTuple
          ? "A scheduler tuple must have two elements"
          : `argument 1 must be tuple, not ${typeOf(s).name}`,
      );
    }
    const param = schedParamArg(s.items[1]);
    if (s.items[0] !== None) {
      check(c.posix_spawnattr_setschedpolicy(attr, cInt(s.items[0])));
      flags |= SETSCHEDULER;
    }
    check(c.posix_spawnattr_setschedparam(attr, param as Uint8Array<ArrayBuffer>));
    flags |= FLAG.SETSCHEDPARAM;
  }
  check(c.posix_spawnattr_setflags(attr, flags));
}

/** A NUL-terminated C string. */
function cz(text: string): Uint8Array {
  const b = fsEncode(text);
  const z = new Uint8Array(b.length + 1);
  z.set(b);
  return z;
}

/** The current environment as NUL-terminated "key=value" strings (env=None). */
function currentEnviron(): Uint8Array[] {
  return Object.entries(Deno.env.toObject()).map(([k, v]) => cz(`${k}=${v}`));
}

/** posix_spawn(3) or posix_spawnp(3): the child's pid, or the error number. */
function spawnRaw(
  c: Libc,
  usePath: boolean,
  path: Uint8Array,
  argv: Uint8Array[],
  env: Uint8Array[],
  prepare: (actions: Uint8Array, attr: Uint8Array, keep: Uint8Array[]) => void,
): { pid: number; err: number } {
  const actions = new Uint8Array(512), attr = new Uint8Array(512);
  c.posix_spawn_file_actions_init(actions);
  c.posix_spawnattr_init(attr);
  try {
    const keep: Uint8Array[] = [];
    prepare(actions, attr, keep);
    const pid = new Int32Array(1);
    const argvp = pointerArray(argv) as Uint8Array<ArrayBuffer>;
    const envp = pointerArray(env) as Uint8Array<ArrayBuffer>;
    const pidBuf = new Uint8Array(pid.buffer);
    const rc = usePath
      ? c.posix_spawnp(pidBuf, path as Uint8Array<ArrayBuffer>, actions, attr, argvp, envp)
      : c.posix_spawn(pidBuf, path as Uint8Array<ArrayBuffer>, actions, attr, argvp, envp);
    void keep;
    void argv;
    void env;
    return { pid: pid[0], err: rc };
  } finally {
    c.posix_spawn_file_actions_destroy(actions);
    c.posix_spawnattr_destroy(attr);
  }
}

function posixSpawn(usePath: boolean, a: W[]): W {
  const name = usePath ? "posix_spawnp" : "posix_spawn";
  const c = needLibc(name);
  const path = pathArg(a[0], name);
  const argvObj = a[1];
  if (!(argvObj instanceof PyList) && !(argvObj instanceof PyTuple)) {
    raiseTypeError(`${name}: argv must be a tuple or list`);
  }
  if (argvObj.items.length === 0) raiseValueError(`${name}: argv must not be empty`);
  const envObj = a[2];
  if (envObj !== None && typeOf(envObj).lookup("keys") === undefined) {
    raiseTypeError(`${name}: environment must be a mapping object or None`);
  }
  const argv = argvObj.items.map((w) => fsArg(w, "argv"));
  if (argv[0].length === 1) raiseValueError(`${name}: argv first element cannot be empty`);
  const env = envObj === None ? currentEnviron() : envArg(envObj);
  const options: SpawnOptions = {
    fileActions: a[3],
    setpgroup: a[4],
    resetids: a[5] !== undefined && isTrue(a[5]),
    setsid: a[6] !== undefined && isTrue(a[6]),
    setsigmask: a[7],
    setsigdef: a[8],
    scheduler: a[9],
  };
  const r = spawnRaw(c, usePath, path.c!, argv, env, (actions, attr, keep) => {
    if (options.fileActions !== undefined && options.fileActions !== None) {
      addFileActions(c, actions, options.fileActions, keep);
    }
    setAttributes(c, attr, options);
  });
  if (r.err !== 0) throw osErrorFor(r.err, path.object);
  return r.pid;
}

const STATUS = new Int32Array(1);

/** os.py's _spawnvef over posix_spawn: P_NOWAIT -> the pid, P_WAIT -> the exit code (-signal if killed). */
function spawnv(name: string, usePath: boolean, mode: W, file: W, args: W, env: W | null): W {
  const c = needLibc(name);
  const m = cInt(mode);
  if (!(args instanceof PyTuple) && !(args instanceof PyList)) {
    raiseTypeError("argv must be a tuple or a list");
  }
  const items = args.items;
  if (items.length === 0 || !isTrue(items[0])) raiseValueError("argv first element cannot be empty");
  const path = pathArg(file, name);
  const argv = argvArg(args, name);
  const envp = env === null ? currentEnviron() : envArg(env);
  let r = spawnRaw(c, usePath, path.c!, argv, envp, () => {});
  if (r.err !== 0) {
    // os.py's child exits with 127 when exec fails: such a child stands in for it
    r = spawnRaw(c, false, cz("/bin/sh"), ["sh", "-c", "exit 127"].map(cz), envp, () => {});
    if (r.err !== 0) throw osErrorFor(r.err, path.object);
  }
  if (m === SPAWN_CONSTANTS.P_NOWAIT) return r.pid;
  for (;;) {
    const w = c.waitpid(r.pid, new Uint8Array(STATUS.buffer), 0);
    if (w < 0) continue; // EINTR: wait again, as os.py's loop does
    const s = STATUS[0];
    if ((s & 0xff) === 0x7f) continue; // stopped: keep waiting (WIFSTOPPED)
    if ((s & 0x7f) === 0) return (s >> 8) & 0xff; // exited
    return -(s & 0x7f); // killed by a signal
  }
}

export const spawnFunctions: MethodSpec[] = [
  func(
    "posix_spawn",
    "path, argv, env, /, *, file_actions=, setpgroup=, resetids=, setsid=, setsigmask=, setsigdef=, scheduler=",
    (a) => posixSpawn(false, a),
  ),
  func(
    "posix_spawnp",
    "path, argv, env, /, *, file_actions=, setpgroup=, resetids=, setsid=, setsigmask=, setsigdef=, scheduler=",
    (a) => posixSpawn(true, a),
  ),
  func("spawnv", "mode, file, args, /", (a) => spawnv("spawnv", false, a[0], a[1], a[2], null)),
  func("spawnve", "mode, file, args, env, /", (a) => spawnv("spawnve", false, a[0], a[1], a[2], a[3])),
  func("spawnvp", "mode, file, args, /", (a) => spawnv("spawnvp", true, a[0], a[1], a[2], null)),
  func("spawnvpe", "mode, file, args, env, /", (a) => spawnv("spawnvpe", true, a[0], a[1], a[2], a[3])),
];
