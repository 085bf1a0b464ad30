// _thread: green threads scheduled by vm/threads.ts (one runs at a time, as under CPython's GIL), locks and
// RLocks whose release hands the lock to the first waiter, thread handles (join with timeout, _set_done),
// per-thread _local attributes, _excepthook, _shutdown (waits for non-daemon threads at exit). Blocking
// calls switch to other threads: see vm/threads.ts for when a thread is switched out and when it waits
// with the scheduler nested.
import {
  attributeErrorFor,
  call,
  defineGetSets,
  defineMethods,
  False,
  genericDelAttr,
  genericGetAttr,
  genericSetAttr,
  getAttr,
  getAttrOrUndefined,
  type Kwargs,
  newBool,
  None,
  objectType,
  PyInstance,
  PyMethodDescriptor,
  PyObject,
  PyPlainInstance,
  PyType,
  True,
  typeOf,
  type W,
} from "../objects/model.ts";
import {
  errorWithMessage,
  exceptionType,
  PyError,
  raiseAttributeError,
  raiseRuntimeError,
  raiseTypeError,
  raiseValueError,
  toPyError,
} from "../vm/errors.ts";
import { newStr, PyStr } from "../objects/str.ts";
import { PyDict } from "../objects/dict.ts";
import { instanceDictSpec } from "../objects/type.ts";
import {
  beforeBlockingIO,
  block,
  currentIdent,
  deadlineAfter,
  type GreenThread,
  liveThreads,
  MAIN_IDENT,
  markBlocking,
  sched,
  startThread,
  takeDirectCall,
  threadHooks,
  Waiter,
  wake,
} from "../vm/threads.ts";
import { blockingIOHooks } from "./fd_table.ts";
import { state } from "../vm/state.ts";
import { prepareInterrupts } from "../vm/interrupts.ts";
import { reportUnraisable } from "./unraisable.ts";

// blocking pipe reads and writes (fd_table.ts) let the other green threads run while they wait
blockingIOHooks.beforeBlockingIO = beforeBlockingIO;
import { asFloat, newFloat } from "../objects/float.ts";
import { asInt } from "../objects/int.ts";
import { newTuple, PyTuple } from "../objects/tuple.ts";
import { structSeqType } from "../objects/structseq.ts";
import { importModule } from "../importing/importer.ts";
import { formatException } from "../vm/traceback_print.ts";
import { objectId } from "../objects/object.ts";
import { isTrue, repr, str } from "../objects/operations.ts";
import { type NativeModuleDef, nativeType } from "./define.ts";
import { parseArgs } from "./native_args.ts";
import { allowWeakrefs } from "./weakref.ts";

const TIMEOUT_MAX = 9223372036.0;

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

/** Wait in `queue` (a lock's waiters) until a release hands the lock over (True) or the timeout (False). */
function waitForLock(
  queue: Waiter[],
  timeout: number,
  direct: boolean,
  finish: ((w: Waiter) => W) | null,
): W {
  const w = new Waiter(sched.current, deadlineAfter(timeout), False);
  w.list = queue;
  w.finish = finish;
  queue.push(w);
  return block(w, direct);
}

// ---------------------------------------------------------------- lock

class PyLock extends PyObject {
  declare locked: boolean;
  /** Threads waiting for it, first come first served: a release hands the lock to the first. */
  declare waiters: Waiter[];
  constructor(cls: PyType) {
    super();
    this.cls = cls;
    this.locked = false;
    this.waiters = [];
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
  const direct = takeDirectCall();
  const l = asLock(a[0]);
  const timeout = acquireTimeout("acquire", a, k);
  if (!l.locked) {
    l.locked = true;
    return True;
  }
  if (timeout === 0) return False;
  return waitForLock(l.waiters, timeout, direct, null);
}
function lockRelease(a: W[]): W {
  const l = asLock(a[0]);
  if (!l.locked) raiseRuntimeError("release unlocked lock");
  const w = l.waiters.shift();
  if (w !== undefined) wake(w, True); // handed over: stays locked, now the waiter's
  else l.locked = false;
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
      const l = asLock(a[0]);
      l.locked = false;
      l.waiters = [];
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
  declare waiters: Waiter[];
  constructor(cls: PyType) {
    super(cls);
    this.owner = 0;
    this.count = 0;
    this.waiters = [];
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
  const direct = takeDirectCall();
  const l = asRLock(a[0]);
  const timeout = acquireTimeout("acquire", a, k);
  const me = currentIdent();
  if (l.count === 0 || l.owner === me) {
    l.owner = me;
    l.count++;
    return True;
  }
  if (timeout === 0) return False;
  return waitForLock(l.waiters, timeout, direct, null);
}
/** The count reached 0: hand the lock to the first waiter (owner, count 1) or leave it free. */
function rlockHandOver(l: PyRLock): void {
  const w = l.waiters.shift();
  if (w === undefined) {
    l.owner = 0;
    return;
  }
  l.owner = w.thread.ident;
  l.count = 1;
  wake(w, True);
}
function rlockRelease(a: W[]): W {
  const l = asRLock(a[0]);
  if (l.count === 0 || l.owner !== currentIdent()) raiseRuntimeError("cannot release un-acquired lock");
  if (--l.count === 0) rlockHandOver(l);
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
  {
    name: "_is_owned",
    arity: [0, 0],
    impl: (a) => {
      const l = asRLock(a[0]);
      return newBool(l.count > 0 && l.owner === currentIdent());
    },
  },
  {
    name: "_recursion_count",
    arity: [0, 0],
    impl: (a) => {
      const l = asRLock(a[0]);
      return l.count > 0 && l.owner === currentIdent() ? l.count : 0;
    },
  },
  {
    name: "_release_save",
    arity: [0, 0],
    impl: (a) => {
      const l = asRLock(a[0]);
      if (l.count === 0 || l.owner !== currentIdent()) raiseRuntimeError("cannot release un-acquired lock");
      const state = [l.count, l.owner];
      l.count = 0;
      rlockHandOver(l);
      return tuple(state);
    },
  },
  {
    name: "_acquire_restore",
    arity: [1, 1],
    impl: (a) => {
      const direct = takeDirectCall();
      const l = asRLock(a[0]);
      const saved = a[1];
      if (!(saved instanceof PyTuple) || saved.items.length !== 2) {
        raiseTypeError("_acquire_restore() argument 1 must be tuple of 2 items");
      }
      const count = saved.items[0] as number;
      const owner = saved.items[1] as number;
      if (l.count === 0 || l.owner === currentIdent()) {
        l.count = count;
        l.owner = owner;
        return None;
      }
      return waitForLock(l.waiters, -1, direct, () => {
        l.count = count;
        l.owner = owner;
        return None;
      });
    },
  },
  {
    name: "_at_fork_reinit",
    arity: [0, 0],
    impl: (a) => {
      const l = asRLock(a[0]);
      l.count = 0;
      l.owner = 0;
      l.waiters = [];
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

/** One thread's attributes of a _local: the instance storage fields, swapped in when that thread looks. */
interface LocalStorage {
  map: PyInstance["map"];
  values: W[];
  a0: W | undefined;
  a1: W | undefined;
  dictObject: PyObject | null;
}

/**
 * Thread-local data: one set of attributes per thread. The instance holds the attributes of the thread
 * that used it last; another thread's attribute access first swaps its own in (creating them, with
 * __init__ called again with the constructor's arguments, on its first access), as CPython's _ldict.
 */
class PyLocal extends PyPlainInstance {
  declare owner: GreenThread;
  declare others: WeakMap<GreenThread, LocalStorage>;
  declare initArgs: W[];
  declare initKwargs: Kwargs | null;
}
export const localType: PyType = nativeType("_thread", "_local", objectType, {
  factory: (c) => newLocal(c),
});
function newLocal(cls: PyType): PyLocal {
  const l = new PyLocal(cls);
  l.owner = sched.current;
  l.others = new WeakMap();
  l.initArgs = [];
  l.initKwargs = null;
  return l;
}
localType.hasInstanceDict = true;
allowWeakrefs(localType);
defineGetSets(localType, [{ ...instanceDictSpec, set: undefined }]);

/** Make the running thread's attributes the instance's own (see PyLocal). */
function localForThread(w: W): void {
  if (!(w instanceof PyLocal)) return;
  const t = sched.current;
  if (w.owner === t) return;
  w.others.set(w.owner, { map: w.map, values: w.values, a0: w.a0, a1: w.a1, dictObject: w.dictObject });
  w.owner = t;
  const mine = w.others.get(t);
  if (mine !== undefined) {
    w.others.delete(t);
    w.map = mine.map;
    w.values = mine.values;
    w.a0 = mine.a0;
    w.a1 = mine.a1;
    w.dictObject = mine.dictObject;
    return;
  }
  const fresh = new PyPlainInstance(w.cls);
  w.map = fresh.map;
  w.values = fresh.values;
  w.a0 = undefined;
  w.a1 = undefined;
  w.dictObject = null;
  const init = typeOf(w).lookup("__init__");
  if (init !== undefined && init !== objectType.lookup("__init__")) {
    call(getAttr(w, "__init__"), w.initArgs, w.initKwargs);
  }
}

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
      if (inst instanceof PyLocal) {
        inst.initArgs = a.slice(1);
        inst.initKwargs = k;
      }
      return inst;
    },
  },
  {
    name: "__getattribute__",
    arity: [1, 1],
    impl: (a) => {
      localForThread(a[0]);
      const name = attrName(a[1]);
      const r = genericGetAttr(a[0], name);
      if (r === undefined) throw attributeErrorFor(a[0], name);
      return r;
    },
  },
  {
    name: "__setattr__",
    arity: [2, 2],
    impl: (a) => {
      localForThread(a[0]);
      const name = attrName(a[1]);
      if (name === "__dict__") {
        raiseAttributeError(`'${typeOf(a[0]).name}' object attribute '__dict__' is read-only`);
      }
      genericSetAttr(a[0], name, a[2]);
      return None;
    },
  },
  {
    name: "__delattr__",
    arity: [1, 1],
    impl: (a) => {
      localForThread(a[0]);
      const name = attrName(a[1]);
      if (name === "__dict__") {
        raiseAttributeError(`'${typeOf(a[0]).name}' object attribute '__dict__' is read-only`);
      }
      genericDelAttr(a[0], name);
      return None;
    },
  },
]);
function attrName(w: W): string {
  if (!(w instanceof PyStr)) raiseTypeError(`attribute name must be string, not '${typeOf(w).name}'`);
  return w.value;
}

// ---------------------------------------------------------------- thread handles

const NOT_STARTED = 0, RUNNING = 1, FINISHED = 2;

class PyThreadHandle extends PyObject {
  declare ident: number;
  declare state: number;
  declare joiners: Waiter[];
  constructor(cls: PyType, ident: number, state: number) {
    super();
    this.cls = cls;
    this.ident = ident;
    this.state = state;
    this.joiners = [];
  }
}
export const threadHandleType: PyType = nativeType("_thread", "_ThreadHandle", objectType, {
  flags: 0,
  factory: (c) => new PyThreadHandle(c, 0, NOT_STARTED),
});
function asHandle(w: W): PyThreadHandle {
  if (!(w instanceof PyThreadHandle)) raiseTypeError("descriptor requires a '_thread._ThreadHandle' object");
  return w;
}
function setDone(h: PyThreadHandle): void {
  h.state = FINISHED;
  const joiners = h.joiners;
  h.joiners = [];
  for (const w of joiners) wake(w, None);
}
function handleJoin(a: W[]): W {
  const direct = takeDirectCall();
  const h = asHandle(a[0]);
  const t = a[1];
  let timeout = -1;
  if (t !== undefined && t !== None) {
    const f = asFloat(t);
    if (f === undefined) {
      raiseTypeError(`'${typeOf(t).name}' object cannot be interpreted as an integer or float`);
    }
    if (Number.isNaN(f)) raiseValueError("Invalid value NaN (not a number)");
    timeout = Math.max(f, 0);
  }
  if (h.state === NOT_STARTED) raiseRuntimeError("thread not started");
  if (h.state === FINISHED) return None;
  if (h.ident === currentIdent()) raiseRuntimeError("Cannot join current thread");
  if (timeout === 0) return None;
  const w = new Waiter(sched.current, deadlineAfter(timeout), None);
  w.list = h.joiners;
  h.joiners.push(w);
  return block(w, direct);
}
defineMethods(threadHandleType, [
  {
    name: "__new__",
    arity: [0, -1],
    kw: ["**"],
    kind: "static",
    impl: (a) => new PyThreadHandle(a[0] as PyType, 0, NOT_STARTED),
  },
  { name: "is_done", arity: [0, 0], impl: (a) => newBool(asHandle(a[0]).state === FINISHED) },
  {
    name: "_set_done",
    arity: [0, 0],
    impl: (a) => {
      const h = asHandle(a[0]);
      if (h.state === NOT_STARTED) raiseRuntimeError("thread not started");
      setDone(h);
      return None;
    },
  },
  { name: "join", arity: [0, 1], kw: ["timeout"], impl: handleJoin },
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
markBlocking((threadHandleType.lookup("join") as PyMethodDescriptor).spec);
for (const name of ["acquire", "acquire_lock", "__enter__"]) {
  markBlocking((lockType.lookup(name) as PyMethodDescriptor).spec);
}
for (const name of ["acquire", "__enter__", "_acquire_restore"]) {
  markBlocking((rlockType.lookup(name) as PyMethodDescriptor).spec);
}

/** _thread.start_joinable_thread / start_new_thread: a new green thread, runnable at once. */
function spawn(
  func: W,
  args: W[],
  kwargs: Kwargs | null,
  daemon: boolean,
  handle: PyThreadHandle | null,
): number {
  const t = startThread(func, args, kwargs, daemon);
  if (handle !== null) {
    handle.ident = t.ident;
    handle.state = RUNNING;
    t.onDone = () => setDone(handle);
  }
  return t.ident;
}

/** An uncaught exception ends a thread started by start_new_thread (threading's threads catch their own). */
threadHooks.reportUncaught = (t, err) => {
  if (err.matches(exceptionType("SystemExit"))) return;
  let what: string;
  try {
    what = repr(t.func);
  } catch {
    what = "<object repr() failed>";
  }
  reportUnraisable(`Exception ignored in thread started by ${what}`, err);
};

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
  const who = name !== undefined ? str(name) : String(currentIdent());
  const text = `Exception in thread ${who}:\n` +
    (excValue === None ? `${str(excType)}\n` : formatException(excValue));
  call(getAttr(file, "write"), [newStr(text)]);
  const flush = getAttrOrUndefined(file, "flush");
  if (flush !== undefined) call(flush, []);
  return None;
}

// ---------------------------------------------------------------- the module

let stackSize = 0;
/** Names given with set_name (the OS thread name in CPython). */
const threadNames = new Map<number, string>();
/** pthread_setname_np's limit on Linux (16 bytes with the NUL). */
const NAME_MAXLEN = 15;

/**
 * The name as Linux keeps it: UTF-8 with "?" for what cannot be encoded, cut at a NUL and after
 * NAME_MAXLEN bytes; read back as _get_name does (bytes of a cut character as surrogate escapes).
 */
function osThreadName(name: string): string {
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (const ch of name) {
    const cp = ch.codePointAt(0)!;
    if (cp === 0) break;
    if (cp >= 0xd800 && cp <= 0xdfff) bytes.push(0x3f);
    else for (const b of encoder.encode(ch)) bytes.push(b);
  }
  const kept = bytes.slice(0, NAME_MAXLEN);
  let end = kept.length;
  // a multi-byte character cut short: its bytes come back as surrogate escapes
  let lead = end;
  while (lead > 0 && (kept[lead - 1] & 0xc0) === 0x80) lead--;
  if (lead > 0 && kept[lead - 1] >= 0xc0) {
    const b = kept[lead - 1];
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    if (end - (lead - 1) < need) end = lead - 1;
  }
  let out = new TextDecoder().decode(new Uint8Array(kept.slice(0, end)));
  for (let i = end; i < kept.length; i++) out += String.fromCharCode(0xdc00 + kept[i]);
  return out;
}

function isCallable(w: W): boolean {
  if (typeof w !== "object") return false;
  return w instanceof PyType || typeOf(w).lookup("__call__") !== undefined;
}

function startNewThread(a: W[]): W {
  const [func, args, kwargs] = a;
  if (!isCallable(func)) raiseTypeError("first arg must be callable");
  if (!(args instanceof PyTuple)) raiseTypeError("2nd arg must be a tuple");
  let kw: Kwargs | null = null;
  if (kwargs !== undefined) {
    if (!(kwargs instanceof PyDict)) raiseTypeError("optional 3rd arg must be a dictionary");
    const names: string[] = [];
    const values: W[] = [];
    for (const [key, value] of kwargs.itemsArray()) {
      if (!(key instanceof PyStr)) raiseTypeError("keywords must be strings");
      names.push(key.value);
      values.push(value);
    }
    kw = { names, values };
  }
  return spawn(func, args.items.slice(), kw, true, null);
}

/** At exit, before atexit callbacks: threading._shutdown() when threading was imported (it joins threads). */
export function shutdownThreads(): void {
  const modules = getAttrOrUndefined(importModule("sys"), "modules");
  if (!(modules instanceof PyDict)) return;
  const threading = modules.getStr("threading");
  if (threading === undefined) return;
  try {
    const fn = getAttrOrUndefined(threading, "_shutdown");
    if (fn !== undefined) call(fn, []);
  } catch (e) {
    reportUnraisable("Exception ignored on threading shutdown", e instanceof PyError ? e : toPyError(e));
  }
}

/** _thread._shutdown (threading._shutdown at exit): wait for the non-daemon threads to end. */
function shutdown(): W {
  for (;;) {
    const t = liveThreads().find((o) => !o.daemon && o !== sched.current);
    if (t === undefined) return None;
    const w = new Waiter(sched.current, Infinity, None);
    const prev = t.onDone;
    t.onDone = () => {
      if (prev !== null) prev();
      wake(w, None);
    };
    block(w, false);
  }
}

export const threadModule: NativeModuleDef = {
  name: "_thread",
  doc: "This module provides primitive operations to write multi-threaded programs.\n" +
    "The 'threading' module provides a more convenient interface.",
  functions: [
    { name: "allocate_lock", arity: [0, 0], impl: () => new PyLock(lockType) },
    { name: "allocate", arity: [0, 0], impl: () => new PyLock(lockType) },
    { name: "get_ident", arity: [0, 0], impl: () => currentIdent() },
    {
      name: "get_native_id",
      arity: [0, 0],
      impl: () => Deno.pid + Math.round((currentIdent() - MAIN_IDENT) / 0x801000),
    },
    { name: "_get_main_thread_ident", arity: [0, 0], impl: () => MAIN_IDENT },
    { name: "_is_main_interpreter", arity: [0, 0], impl: () => True },
    { name: "_count", arity: [0, 0], impl: () => liveThreads().length },
    { name: "daemon_threads_allowed", arity: [0, 0], impl: () => True },
    { name: "_shutdown", arity: [0, 0], impl: shutdown },
    {
      name: "_make_thread_handle",
      arity: [1, 1],
      impl: (a) => new PyThreadHandle(threadHandleType, a[0] as number, RUNNING),
    },
    { name: "start_new_thread", arity: [2, 3], impl: startNewThread },
    { name: "start_new", arity: [2, 3], impl: startNewThread },
    {
      name: "start_joinable_thread",
      arity: [0, -1],
      kw: ["**"],
      impl: (a, k) => {
        const [func, handleW = None, daemonW = True] = parseArgs("start_joinable_thread", a, k, 0, {
          names: ["function", "handle", "daemon"],
          required: 1,
        });
        if (!isCallable(func)) raiseTypeError("thread function must be callable");
        let handle: PyThreadHandle;
        if (handleW === None) handle = new PyThreadHandle(threadHandleType, 0, NOT_STARTED);
        else if (handleW instanceof PyThreadHandle) handle = handleW;
        else throw errorWithMessage("TypeError", "'handle' must be a _ThreadHandle");
        if (handle.state !== NOT_STARTED) raiseRuntimeError("thread already started");
        spawn(func, [], null, isTrue(daemonW), handle);
        return handle;
      },
    },
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
        if (currentIdent() !== MAIN_IDENT && signum === 2) {
          // another thread: the main thread handles it at its next check, as a real SIGINT
          prepareInterrupts();
          Atomics.or(state.interrupt!, 0, 1);
          return None;
        }
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
    {
      name: "set_name",
      arity: [1, 1],
      kw: ["name"],
      impl: (a) => {
        if (!(a[0] instanceof PyStr)) {
          raiseTypeError(`set_name() argument 'name' must be str, not ${typeOf(a[0]).name}`);
        }
        threadNames.set(currentIdent(), osThreadName(a[0].value));
        return None;
      },
    },
    { name: "_excepthook", arity: [1, 1], impl: (a) => exceptHook(a[0]) },
    {
      name: "_get_name",
      arity: [0, 0],
      impl: () => {
        const name = threadNames.get(currentIdent());
        return name !== undefined
          ? newStr(name)
          : currentIdent() === MAIN_IDENT
          ? newStr("MainThread")
          : None;
      },
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
    _NAME_MAXLEN: NAME_MAXLEN,
    error: exceptionType("RuntimeError"),
  }),
};
