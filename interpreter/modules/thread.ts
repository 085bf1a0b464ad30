// _thread for a single-threaded interpreter: locks (lock/RLock with CPython's argument checks, reprs
// and errors), thread identity, _local, thread handles for threading.py's main thread. Starting a thread
// raises RuntimeError until stackless microthreads exist. Blocking forever on a lock this (only) thread
// holds can never end, so it raises instead of hanging; a timed wait sleeps for the timeout and fails,
// which is what CPython does when no other thread releases the lock.
import {
  call,
  defineGetSets,
  defineMethods,
  False,
  getAttr,
  getAttrOrUndefined,
  type Kwargs,
  newBool,
  None,
  objectType,
  PyInstance,
  PyObject,
  PyType,
  True,
  typeOf,
  type W,
} from "../objects/model.ts";
import {
  errorWithMessage,
  exceptionType,
  raiseRuntimeError,
  raiseTypeError,
  raiseValueError,
} from "../vm/errors.ts";
import { newStr } from "../objects/str.ts";
import { asFloat, newFloat } from "../objects/float.ts";
import { asInt } from "../objects/int.ts";
import { newTuple, PyTuple } from "../objects/tuple.ts";
import { structSeqType } from "../objects/structseq.ts";
import { importModule } from "../importing/importer.ts";
import { formatException } from "../vm/traceback_print.ts";
import { objectId } from "../objects/object.ts";
import { isTrue, str } from "../objects/operations.ts";
import { type NativeModuleDef, nativeType } from "./define.ts";
import { parseArgs } from "./native_args.ts";
import { allowWeakrefs } from "./weakref.ts";

/** The one thread's identifiers (CPython's are pthread_t and the kernel tid; any stable numbers do). */
const MAIN_IDENT = 140000000000001;
const TIMEOUT_MAX = 9223372036.0;
const NO_THREADS = "pypyts has no threads yet (stackless microthreads come later)";
const DEADLOCK = "deadlock: pypyts runs one thread, so nothing can release this lock";

/** Block the process for `seconds` (Atomics.wait on a private buffer: nothing ever notifies it). */
function sleepSeconds(seconds: number): void {
  if (seconds <= 0) return;
  const cell = new Int32Array(new SharedArrayBuffer(4));
  Atomics.wait(cell, 0, 0, seconds * 1000);
}

/** acquire(blocking=True, timeout=-1) arguments → timeout in seconds (-1 = forever, 0 = don't wait). */
function acquireTimeout(fname: string, a: W[], k: Kwargs | null): number {
  const [blockingW = True, timeoutW = -1] = parseArgs(fname, a, k, 1, {
    names: ["blocking", "timeout"],
    required: 0,
  });
  const blocking = isTrue(blockingW);
  const timeout = asFloat(timeoutW);
  if (timeout === undefined) {
    raiseTypeError(`'${typeOf(timeoutW).name}' object cannot be interpreted as an integer or float`);
  }
  if (!blocking && timeout !== -1) raiseValueError("can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout !== -1) raiseValueError("timeout value must be a non-negative number");
  if (!blocking) return 0;
  if (timeout > TIMEOUT_MAX) throw errorWithMessage("OverflowError", "timeout value is too large");
  return timeout;
}

/** Waiting on a lock nobody else can release: fail after the timeout, or refuse to wait forever. */
function waitForever(timeout: number): W {
  if (timeout < 0) raiseRuntimeError(DEADLOCK);
  sleepSeconds(timeout);
  return False;
}

// ---------------------------------------------------------------- lock

class PyLock extends PyObject {
  declare locked: boolean;
  constructor(cls: PyType) {
    super();
    this.cls = cls;
    this.locked = false;
  }
}
export const lockType: PyType = nativeType("_thread", "lock", objectType, {
  flags: 0,
  factory: (c) => new PyLock(c),
});
allowWeakrefs(lockType);
function asLock(w: W): PyLock {
  if (!(w instanceof PyLock)) raiseTypeError("descriptor requires a '_thread.lock' object");
  return w;
}
function lockAcquire(a: W[], k: Kwargs | null): W {
  const l = asLock(a[0]);
  const timeout = acquireTimeout("acquire", a, k);
  if (!l.locked) {
    l.locked = true;
    return True;
  }
  if (timeout === 0) return False;
  return waitForever(timeout);
}
function lockRelease(a: W[]): W {
  const l = asLock(a[0]);
  if (!l.locked) raiseRuntimeError("release unlocked lock");
  l.locked = false;
  return None;
}
defineMethods(lockType, [
  {
    name: "__new__",
    arity: [1, 1],
    kind: "static",
    impl: (a) => new PyLock(a[0] as PyType),
  },
  { name: "acquire", arity: [0, 2], kw: ["**"], impl: lockAcquire },
  { name: "acquire_lock", arity: [0, 2], kw: ["**"], impl: lockAcquire },
  { name: "__enter__", arity: [0, 0], impl: (a) => lockAcquire(a, null) },
  { name: "release", arity: [0, 0], impl: lockRelease },
  { name: "release_lock", arity: [0, 0], impl: lockRelease },
  { name: "__exit__", arity: [0, -1], impl: lockRelease },
  { name: "locked", arity: [0, 0], impl: (a) => newBool(asLock(a[0]).locked) },
  { name: "locked_lock", arity: [0, 0], impl: (a) => newBool(asLock(a[0]).locked) },
  {
    name: "_at_fork_reinit",
    arity: [0, 0],
    impl: (a) => {
      asLock(a[0]).locked = false;
      return None;
    },
  },
  {
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => {
      const l = asLock(a[0]);
      return newStr(
        `<${l.locked ? "locked" : "unlocked"} _thread.lock object at 0x${objectId(l).toString(16)}>`,
      );
    },
  },
]);

// ---------------------------------------------------------------- RLock

class PyRLock extends PyInstance {
  declare owner: number;
  declare count: number;
  constructor(cls: PyType) {
    super(cls);
    this.owner = 0;
    this.count = 0;
  }
}
export const rlockType: PyType = nativeType("_thread", "RLock", objectType, {
  factory: (c) => new PyRLock(c),
});
allowWeakrefs(rlockType);
function asRLock(w: W): PyRLock {
  if (!(w instanceof PyRLock)) raiseTypeError("descriptor requires a '_thread.RLock' object");
  return w;
}
function rlockAcquire(a: W[], k: Kwargs | null): W {
  const l = asRLock(a[0]);
  const timeout = acquireTimeout("acquire", a, k);
  if (l.count === 0 || l.owner === MAIN_IDENT) {
    l.owner = MAIN_IDENT;
    l.count++;
    return True;
  }
  if (timeout === 0) return False;
  return waitForever(timeout);
}
function rlockRelease(a: W[]): W {
  const l = asRLock(a[0]);
  if (l.count === 0 || l.owner !== MAIN_IDENT) raiseRuntimeError("cannot release un-acquired lock");
  if (--l.count === 0) l.owner = 0;
  return None;
}
defineMethods(rlockType, [
  {
    name: "__new__",
    arity: [0, -1],
    kw: ["**"],
    kind: "static",
    impl: (a) => {
      const cls = a[0] as PyType;
      const l = new PyRLock(cls);
      if (cls.slotNames.length > 0) l.slots = new Array(cls.slotNames.length);
      return l;
    },
  },
  { name: "acquire", arity: [0, 2], kw: ["**"], impl: rlockAcquire },
  { name: "__enter__", arity: [0, 0], impl: (a) => rlockAcquire(a, null) },
  { name: "release", arity: [0, 0], impl: rlockRelease },
  { name: "__exit__", arity: [0, -1], impl: rlockRelease },
  { name: "locked", arity: [0, 0], impl: (a) => newBool(asRLock(a[0]).count > 0) },
  { name: "_is_owned", arity: [0, 0], impl: (a) => newBool(asRLock(a[0]).owner === MAIN_IDENT) },
  {
    name: "_recursion_count",
    arity: [0, 0],
    impl: (a) => {
      const l = asRLock(a[0]);
      return l.owner === MAIN_IDENT ? l.count : 0;
    },
  },
  {
    name: "_release_save",
    arity: [0, 0],
    impl: (a) => {
      const l = asRLock(a[0]);
      if (l.count === 0) raiseRuntimeError("cannot release un-acquired lock");
      const state = [l.count, l.owner];
      l.count = 0;
      l.owner = 0;
      return tuple(state);
    },
  },
  {
    name: "_acquire_restore",
    arity: [1, 1],
    impl: (a) => {
      const l = asRLock(a[0]);
      const state = a[1] as unknown as { items: W[] };
      if (l.count !== 0 && l.owner !== MAIN_IDENT) waitForever(-1);
      l.count = state.items[0] as number;
      l.owner = state.items[1] as number;
      return None;
    },
  },
  {
    name: "_at_fork_reinit",
    arity: [0, 0],
    impl: (a) => {
      const l = asRLock(a[0]);
      l.count = 0;
      l.owner = 0;
      return None;
    },
  },
  {
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => {
      const l = asRLock(a[0]);
      const t = typeOf(l);
      const name = t.isHeapType ? t.qualname : "_thread.RLock";
      const state = l.count > 0 ? "locked" : "unlocked";
      return newStr(
        `<${state} ${name} object owner=${l.owner} count=${l.count} at 0x${objectId(l).toString(16)}>`,
      );
    },
  },
]);
function tuple(items: W[]): W {
  return newTuple(items);
}

// ---------------------------------------------------------------- _local

/** Thread-local data: with one thread, a plain object with a __dict__ (subclassable). */
export const localType: PyType = nativeType("_thread", "_local", objectType, { factory: PyInstance.factory });
localType.hasInstanceDict = true;
allowWeakrefs(localType);
defineMethods(localType, [
  {
    name: "__new__",
    arity: [0, -1],
    kw: ["**"],
    kind: "static",
    impl: (a, k) => {
      const cls = a[0] as PyType;
      const hasArgs = a.length > 1 || (k !== null && k.names.length > 0);
      if (hasArgs && cls.lookup("__init__") === objectType.lookup("__init__")) {
        raiseTypeError("Initialization arguments are not supported");
      }
      const inst = cls.factory(cls);
      if (inst instanceof PyInstance && cls.slotNames.length > 0) {
        inst.slots = new Array(cls.slotNames.length);
      }
      return inst;
    },
  },
]);

// ---------------------------------------------------------------- thread handles

class PyThreadHandle extends PyObject {
  declare ident: number;
  declare done: boolean;
  constructor(cls: PyType, ident: number) {
    super();
    this.cls = cls;
    this.ident = ident;
    this.done = false;
  }
}
export const threadHandleType: PyType = nativeType("_thread", "_ThreadHandle", objectType, {
  flags: 0,
  factory: (c) => new PyThreadHandle(c, 0),
});
function asHandle(w: W): PyThreadHandle {
  if (!(w instanceof PyThreadHandle)) raiseTypeError("descriptor requires a '_thread._ThreadHandle' object");
  return w;
}
defineMethods(threadHandleType, [
  {
    name: "__new__",
    arity: [0, -1],
    kw: ["**"],
    kind: "static",
    impl: (a) => new PyThreadHandle(a[0] as PyType, 0),
  },
  { name: "is_done", arity: [0, 0], impl: (a) => newBool(asHandle(a[0]).done) },
  {
    name: "_set_done",
    arity: [0, 0],
    impl: (a) => {
      asHandle(a[0]).done = true;
      return None;
    },
  },
  {
    name: "join",
    arity: [0, 1],
    kw: ["timeout"],
    impl: (a) => {
      const h = asHandle(a[0]);
      if (h.done) return None;
      if (h.ident === MAIN_IDENT) raiseRuntimeError("Cannot join current thread");
      // A handle that was never started (threads cannot start here) has nothing to wait for.
      return None;
    },
  },
  {
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => {
      const h = asHandle(a[0]);
      return newStr(`<_thread._ThreadHandle object: ident=${h.ident}>`);
    },
  },
]);
defineGetSets(threadHandleType, [{ name: "ident", get: (h) => asHandle(h).ident }]);

// ---------------------------------------------------------------- excepthook

export const exceptHookArgsType: PyType = structSeqType("_ExceptHookArgs", "_thread", [
  "exc_type",
  "exc_value",
  "exc_traceback",
  "thread",
]);

/** threading.excepthook's default: "Exception in thread NAME:" and the traceback on sys.stderr. */
function exceptHook(args: W): W {
  if (!(args instanceof PyTuple) || args.cls !== exceptHookArgsType) {
    raiseTypeError("_thread._excepthook argument type must be ExceptHookArgs");
  }
  const [excType, excValue, , thread] = args.items;
  if (excType === exceptionType("SystemExit")) return None;
  const sys = importModule("sys");
  let file = getAttrOrUndefined(sys, "stderr");
  if (file === undefined || file === None) {
    if (thread === None) return None;
    file = getAttrOrUndefined(thread, "_stderr");
    if (file === undefined || file === None) return None;
  }
  let name: W | undefined = thread === None ? undefined : getAttrOrUndefined(thread, "name");
  if (name === None) name = undefined;
  const who = name !== undefined ? str(name) : String(MAIN_IDENT);
  const text = `Exception in thread ${who}:\n` +
    (excValue === None ? `${str(excType)}\n` : formatException(excValue));
  call(getAttr(file, "write"), [newStr(text)]);
  const flush = getAttrOrUndefined(file, "flush");
  if (flush !== undefined) call(flush, []);
  return None;
}

// ---------------------------------------------------------------- the module

let stackSize = 0;

export const threadModule: NativeModuleDef = {
  name: "_thread",
  doc: "This module provides primitive operations to write multi-threaded programs.\n" +
    "The 'threading' module provides a more convenient interface.",
  functions: [
    { name: "allocate_lock", arity: [0, 0], impl: () => new PyLock(lockType) },
    { name: "allocate", arity: [0, 0], impl: () => new PyLock(lockType) },
    { name: "get_ident", arity: [0, 0], impl: () => MAIN_IDENT },
    { name: "get_native_id", arity: [0, 0], impl: () => Deno.pid },
    { name: "_get_main_thread_ident", arity: [0, 0], impl: () => MAIN_IDENT },
    { name: "_is_main_interpreter", arity: [0, 0], impl: () => True },
    { name: "_count", arity: [0, 0], impl: () => 0 },
    { name: "daemon_threads_allowed", arity: [0, 0], impl: () => True },
    { name: "_shutdown", arity: [0, 0], impl: () => None },
    {
      name: "_make_thread_handle",
      arity: [1, 1],
      impl: (a) => new PyThreadHandle(threadHandleType, a[0] as number),
    },
    { name: "start_new_thread", arity: [0, -1], kw: ["**"], impl: () => raiseRuntimeError(NO_THREADS) },
    { name: "start_new", arity: [0, -1], kw: ["**"], impl: () => raiseRuntimeError(NO_THREADS) },
    { name: "start_joinable_thread", arity: [0, -1], kw: ["**"], impl: () => raiseRuntimeError(NO_THREADS) },
    {
      name: "stack_size",
      arity: [0, 1],
      impl: (a) => {
        const old = stackSize;
        if (a.length > 0) {
          const size = a[0];
          if (typeof size !== "number") {
            raiseTypeError(`'${typeOf(size).name}' object cannot be interpreted as an integer`);
          }
          if (size < 0) raiseValueError("size must be 0 or a positive value");
          if (size !== 0 && size < 32768) raiseValueError(`size not valid: ${size} bytes`);
          stackSize = size;
        }
        return old;
      },
    },
    {
      // as if signal `signum` (SIGINT) arrived: its Python handler runs now; SIG_DFL/SIG_IGN do nothing
      name: "interrupt_main",
      arity: [0, 1],
      kw: ["signum"],
      impl: (a) => {
        const signum = a[0] === undefined ? 2 : asInt(a[0]);
        if (typeof signum !== "number" || signum < 1 || signum >= 65) {
          if (signum !== undefined) throw errorWithMessage("ValueError", "signal number out of range");
          throw errorWithMessage(
            "TypeError",
            `'${typeOf(a[0]).name}' object cannot be interpreted as an integer`,
          );
        }
        const handler = call(getAttr(importModule("_signal"), "getsignal"), [signum]);
        if (typeof handler === "number" || handler === None) return None; // SIG_DFL, SIG_IGN, not from Python
        const frame = call(getAttr(importModule("sys"), "_getframe"), [0]);
        call(handler, [signum, frame]);
        return None;
      },
    },
    {
      name: "exit",
      arity: [0, 0],
      impl: () => {
        throw errorWithMessage("SystemExit", "");
      },
    },
    {
      name: "exit_thread",
      arity: [0, 0],
      impl: () => {
        throw errorWithMessage("SystemExit", "");
      },
    },
    { name: "set_name", arity: [1, 1], kw: ["name"], impl: () => None },
    { name: "_excepthook", arity: [1, 1], impl: (a) => exceptHook(a[0]) },
    {
      name: "_get_name",
      arity: [0, 0],
      impl: () => newStr("MainThread"),
    },
  ],
  types: [
    ["LockType", lockType],
    ["lock", lockType],
    ["RLock", rlockType],
    ["_local", localType],
    ["_ThreadHandle", threadHandleType],
    ["_ExceptHookArgs", exceptHookArgsType],
  ],
  values: () => ({
    TIMEOUT_MAX: newFloat(TIMEOUT_MAX),
    error: exceptionType("RuntimeError"),
  }),
};
