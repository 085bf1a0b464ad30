// _signal: Python signal handlers (what `import signal` builds its enums and wrappers from), with
// CPython's Linux numbers, checks and messages.
//
// How signals reach Python here: the main thread runs Python and never turns Deno's event loop, so
// signal listeners live in workers. SIGINT is vm/interrupts.ts's (bit 1 of the shared interrupt flag);
// every other signal with a Python handler (or SIG_IGN) gets a listener in signal_worker.ts, which marks
// it pending and raises bit 2. The eval loop polls the flag at backward jumps and calls, and blocking
// waits (time.sleep, select, signal.pause) wake on it; then `runPendingSignals` calls the handlers in
// signal-number order with the current frame, as CPython's PyErr_CheckSignals does. Limits: a handler
// runs only at those points (never inside a long native call), real-time signals (SIGRTMIN..SIGRTMAX)
// and SIGSEGV/SIGBUS/SIGILL/SIGFPE cannot be listened for in Deno (setting a handler is recorded but it
// will not run on a real signal; raise_signal still calls it), the signal mask is emulated (a blocked
// signal is caught by the worker and held back until unblocked or taken by sigwait; the kernel's own
// mask is not changed), and sigwaitinfo/sigtimedwait (which report the sender) and pidfd_send_signal
// are not provided.
import { call, type Kwargs, None, type PyObject, PyType, typeOf, type W } from "../objects/model.ts";
import { newStr } from "../objects/str.ts";
import { newTuple } from "../objects/tuple.ts";
import { floatOf, newFloat } from "../objects/float.ts";
import { asInt } from "../objects/int.ts";
import { newSet } from "../objects/set.ts";
import { iterateToArray } from "../objects/operations.ts";
import { exceptionTypes } from "../objects/exceptions.ts";
import { newError, PyError, raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { state } from "../vm/state.ts";
import { markEscaped } from "../vm/frame.ts";
import { checkInterrupt } from "../vm/ops.ts";
import { waitInterruptible, watchInterrupts } from "../vm/interrupts.ts";
import { checkArgs, cInt } from "./time.ts";
import { cString, errno, libc, osError } from "./libc.ts";
import { nativeException, type NativeModuleDef } from "./define.ts";
import { signalHooks } from "./posix/process.ts";

export const NSIG = 65;
const SIG_DFL = 0, SIG_IGN = 1;
export const SIGINT = 2;

/** Linux signal numbers (x86-64 / arm64), as _signal exports them. */
export const SIGNALS: Record<string, number> = {
  SIGHUP: 1,
  SIGINT: 2,
  SIGQUIT: 3,
  SIGILL: 4,
  SIGTRAP: 5,
  SIGABRT: 6,
  SIGIOT: 6,
  SIGBUS: 7,
  SIGFPE: 8,
  SIGKILL: 9,
  SIGUSR1: 10,
  SIGSEGV: 11,
  SIGUSR2: 12,
  SIGPIPE: 13,
  SIGALRM: 14,
  SIGTERM: 15,
  SIGSTKFLT: 16,
  SIGCHLD: 17,
  SIGCLD: 17,
  SIGCONT: 18,
  SIGSTOP: 19,
  SIGTSTP: 20,
  SIGTTIN: 21,
  SIGTTOU: 22,
  SIGURG: 23,
  SIGXCPU: 24,
  SIGXFSZ: 25,
  SIGVTALRM: 26,
  SIGPROF: 27,
  SIGWINCH: 28,
  SIGIO: 29,
  SIGPOLL: 29,
  SIGPWR: 30,
  SIGSYS: 31,
  SIGRTMIN: 34,
  SIGRTMAX: 64,
};

/** Deno's name for each signal it can listen for. */
const DENO_NAMES: (string | undefined)[] = [];
for (
  const n of [
    "SIGHUP",
    "SIGQUIT",
    "SIGTRAP",
    "SIGABRT",
    "SIGUSR1",
    "SIGUSR2",
    "SIGPIPE",
    "SIGALRM",
    "SIGTERM",
    "SIGSTKFLT",
    "SIGCHLD",
    "SIGCONT",
    "SIGTSTP",
    "SIGTTIN",
    "SIGTTOU",
    "SIGURG",
    "SIGXCPU",
    "SIGXFSZ",
    "SIGVTALRM",
    "SIGPROF",
    "SIGWINCH",
    "SIGIO",
    "SIGPWR",
    "SIGSYS",
  ]
) DENO_NAMES[SIGNALS[n]] = n;

/** strsignal's texts (glibc), used when the C library cannot be asked. */
const DESCRIPTIONS = [
  "",
  "Hangup",
  "Interrupt",
  "Quit",
  "Illegal instruction",
  "Trace/breakpoint trap",
  "Aborted",
  "Bus error",
  "Floating point exception",
  "Killed",
  "User defined signal 1",
  "Segmentation fault",
  "User defined signal 2",
  "Broken pipe",
  "Alarm clock",
  "Terminated",
  "Stack fault",
  "Child exited",
  "Continued",
  "Stopped (signal)",
  "Stopped",
  "Stopped (tty input)",
  "Stopped (tty output)",
  "Urgent I/O condition",
  "CPU time limit exceeded",
  "File size limit exceeded",
  "Virtual timer expired",
  "Profiling timer expired",
  "Window changed",
  "I/O possible",
  "Power failure",
  "Bad system call",
];

// ---------------------------------------------------------------- handler table and delivery

const handlers: W[] = new Array(NSIG).fill(SIG_DFL);
handlers[13] = SIG_IGN; // CPython ignores SIGPIPE at startup (so does Deno)
/** Signals the Python-level mask holds back, and those that arrived meanwhile. */
const blocked = new Set<number>();
const heldBack = new Set<number>();
let wakeupFd = -1;

let worker: Worker | null = null;
let pendingCells: Int32Array | null = null;

function startWorker(): Worker | null {
  if (worker !== null) return worker;
  watchInterrupts();
  const flag = state.interrupt;
  if (flag === null) return null;
  try {
    const w = new Worker(new URL("./signal_worker.ts", import.meta.url).href, { type: "module" });
    pendingCells = new Int32Array(new SharedArrayBuffer(4 * NSIG));
    worker = w;
    tellWorker({ flag: flag.buffer as SharedArrayBuffer, pending: pendingCells.buffer as SharedArrayBuffer });
    // the worker must not keep the process alive once Python is done
    (w as unknown as { unref?: () => void }).unref?.();
    return w;
  } catch {
    worker = null;
    return null;
  }
}

/** Post to the worker and wait (bounded) for its acknowledgement, so a handler is in place on return. */
function tellWorker(message: unknown): void {
  const cells = pendingCells!;
  const before = Atomics.load(cells, 0);
  worker!.postMessage(message);
  const end = performance.now() + 2000;
  while (Atomics.load(cells, 0) === before) {
    const left = end - performance.now();
    if (left <= 0) break;
    Atomics.wait(cells, 0, before, left);
  }
}

/** Make the process-level disposition match handlers[signum]. */
function syncDisposition(signum: number): void {
  if (signum === SIGINT) return; // vm/interrupts.ts always listens; runPendingSignals acts for SIGINT
  const name = DENO_NAMES[signum];
  if (name === undefined) return;
  const h = handlers[signum];
  // a blocked signal must be caught and held back (a blocked, ignored one is simply discarded)
  const mode = h === SIG_IGN ? "ign" : h !== SIG_DFL || blocked.has(signum) ? "py" : "dfl";
  if (mode === "dfl" && worker === null) return; // nothing installed: the kernel default is in force
  if (startWorker() === null) return;
  tellWorker({ listen: name, signum, mode });
}

/** Signals whose default action is to be ignored, and those whose default action stops the process. */
const DEFAULT_IGNORED = new Set([17, 18, 23, 28]);
const STOPPING = new Set([19, 20, 21, 22]);

function currentFrame(): W {
  markEscaped(state.frame);
  return state.frame ?? None;
}

/** End the process the way the signal's default action would (used for SIGINT under SIG_DFL). */
function dieBySignal(signum: number): never {
  const c = libc();
  if (c !== null) {
    c.signal(signum, null);
    c.kill(c.getpid(), signum);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
  }
  Deno.exit(128 + signum);
}

function runHandler(signum: number): void {
  const h = handlers[signum];
  if (h === SIG_IGN || h === None) return;
  if (h === SIG_DFL) {
    // a signal that was held back by the mask, now unblocked: its default action
    if (DEFAULT_IGNORED.has(signum)) return;
    if (STOPPING.has(signum)) {
      const c = libc();
      if (c !== null) {
        c.signal(signum, null);
        c.kill(c.getpid(), signum);
      }
      return;
    }
    dieBySignal(signum);
  }
  call(h, [signum, currentFrame()]);
}

/** What the eval loop runs when the interrupt flag is up (state.sigintHandler): the handlers of the
 * signals that arrived, lowest number first. A handler that raises leaves the rest pending. */
export function runPendingSignals(bits: number): void {
  const due: number[] = [];
  if (bits & 1) due.push(SIGINT);
  const cells = pendingCells;
  if (cells !== null) {
    for (let s = 1; s < NSIG; s++) {
      if (Atomics.load(cells, s) !== 0 && Atomics.exchange(cells, s, 0)) due.push(s);
    }
  }
  due.sort((a, b) => a - b);
  for (let i = 0; i < due.length; i++) {
    const s = due[i];
    if (blocked.has(s)) {
      heldBack.add(s);
      continue;
    }
    try {
      runHandler(s);
    } catch (e) {
      requeue(due.slice(i + 1));
      throw e;
    }
  }
}

function requeue(signals: number[]): void {
  const flag = state.interrupt;
  for (const s of signals) {
    if (s === SIGINT) {
      if (flag !== null) Atomics.or(flag, 0, 1);
    } else if (pendingCells !== null) {
      Atomics.store(pendingCells, s, 1);
      if (flag !== null) Atomics.or(flag, 0, 2);
    }
  }
}

/** raise(3) as CPython's raise_signal sees it: the handler runs before the call returns. */
export function raiseSignal(signum: number): void {
  if (signum === 0) return;
  if (signum < 0 || signum >= NSIG) throw osError(22);
  const h = handlers[signum];
  if (h === SIG_IGN) return;
  if (blocked.has(signum)) {
    heldBack.add(signum);
    return;
  }
  if (h !== SIG_DFL) {
    // what the C-level handler does first: the signal number to the wakeup fd (asyncio's self-pipe)
    if (wakeupFd >= 0) libc()?.write(wakeupFd, new Uint8Array([signum]), 1n);
    runHandler(signum);
    return;
  }
  if (signum === SIGINT) dieBySignal(signum);
  const c = libc();
  if (c === null) {
    Deno.kill(Deno.pid, (DENO_NAMES[signum] ?? "SIGTERM") as Deno.Signal);
  } else c.kill(c.getpid(), signum);
  // a default action that ends the process takes effect before Python goes on
  waitInterruptible(50);
  checkInterrupt();
}

signalHooks.raiseSignal = raiseSignal;

// ---------------------------------------------------------------- arguments

function signum(w: W): number {
  const s = cInt(w);
  if (s < 1 || s >= NSIG) raiseValueError("signal number out of range");
  return s;
}

function isCallable(w: W): boolean {
  if (typeof w !== "object") return false;
  if (w instanceof PyType) return true;
  return typeOf(w).lookup("__call__") !== undefined;
}

function signalSet(w: W): Set<number> {
  const out = new Set<number>();
  for (const item of iterateToArray(w)) {
    const s = cInt(item);
    if (s < 1 || s >= NSIG) raiseValueError(`signal number ${s} out of range [1; ${NSIG - 1}]`);
    out.add(s);
  }
  return out;
}

function intSet(s: Iterable<number>): W {
  return newSet([...s].sort((a, b) => a - b));
}

type Style = "noargs" | "o" | "parse" | "unpack" | "clinic";
function fn(name: string, style: Style, min: number, max: number, impl: (a: W[]) => W, doc?: string) {
  const qual = `_signal.${name}`;
  return {
    name,
    arity: [0, -1] as [number, number],
    kw: ["**"],
    impl: (a: W[], kw: Kwargs | null) => {
      checkArgs(qual, style, a, kw, min, max);
      return impl(a);
    },
    doc,
  };
}

// ---------------------------------------------------------------- timers (setitimer/getitimer)

const ItimerError = nativeException("signal", "ItimerError", exceptionTypes.OSError);

function timevalSeconds(sec: bigint, usec: bigint): number {
  return Number(sec) + Number(usec) / 1e6;
}

function itimerTuple(buf: BigInt64Array): W {
  return newTuple([newFloat(timevalSeconds(buf[2], buf[3])), newFloat(timevalSeconds(buf[0], buf[1]))]);
}

function secondsArg(w: W): number {
  const f = floatOf(w);
  if (f !== undefined) return f;
  const i = asInt(w);
  if (i === undefined) raiseTypeError(`must be real number, not ${typeOf(w).name}`);
  return Number(i);
}

function setTimeval(buf: BigInt64Array, at: number, seconds: number): void {
  const s = Math.floor(seconds);
  let us = Math.round((seconds - s) * 1e6);
  // CPython rounds a positive duration below one microsecond up to one, so the timer is not disarmed
  if (s === 0 && us === 0 && seconds > 0) us = 1;
  buf[at] = BigInt(s);
  buf[at + 1] = BigInt(us);
}

function itimerError(): never {
  const c = libc();
  const err = c === null ? 22 : errno(c);
  const text = c === null ? "Invalid argument" : cString(c.strerror(err)) ?? `errno ${err}`;
  throw new PyError(call(ItimerError, [err, newStr(text)]) as PyObject);
}

// ---------------------------------------------------------------- the module

let defaultIntHandler: PyObject | null = null;

const defaultIntHandlerSpec = fn(
  "default_int_handler",
  "unpack",
  2,
  2,
  () => {
    throw newError(exceptionTypes.KeyboardInterrupt, []);
  },
  "The default handler for SIGINT installed by Python.\n\nIt raises KeyboardInterrupt.",
);

export const signalModule: NativeModuleDef = {
  name: "_signal",
  doc: "This module provides mechanisms to use signal handlers in Python.\n\n" +
    "Functions:\n\n" +
    "alarm() -- cause SIGALRM after a specified time [Unix only]\n" +
    "setitimer() -- cause a signal (described below) after a specified\n" +
    "               float time and the timer may restart then [Unix only]\n" +
    "getitimer() -- get current value of timer [Unix only]\n" +
    "signal() -- set the action for a given signal\n" +
    "getsignal() -- get the signal action for a given signal\n" +
    "pause() -- wait until a signal arrives [Unix only]\n" +
    "default_int_handler() -- default SIGINT handler\n\n" +
    "signal constants:\n" +
    "SIG_DFL -- used to refer to the system default handler\n" +
    "SIG_IGN -- used to ignore the signal\n" +
    "NSIG -- number of defined signals\n" +
    "SIGINT, SIGTERM, etc. -- signal numbers\n\n" +
    "itimer constants:\n" +
    "ITIMER_REAL -- decrements in real time, and delivers SIGALRM upon\n" +
    "               expiration\n" +
    "ITIMER_VIRTUAL -- decrements only when the process is executing,\n" +
    "               and delivers SIGVTALRM upon expiration\n" +
    "ITIMER_PROF -- decrements both when the process is executing and\n" +
    "               when the system is executing on behalf of the process.\n" +
    "               Coupled with ITIMER_VIRTUAL, this timer is usually\n" +
    "               used to profile the time spent by the application\n" +
    "               in user and kernel space. SIGPROF is delivered upon\n" +
    "               expiration.\n\n\n" +
    "*** IMPORTANT NOTICE ***\n" +
    "A signal handler function is called with two arguments:\n" +
    "the first is the signal number, the second is the interrupted stack frame.",
  functions: [
    fn("signal", "unpack", 2, 2, (a) => {
      const s = signum(a[0]);
      const h = a[1];
      const hv = asInt(h);
      if (!(hv === SIG_DFL || hv === SIG_IGN) && !isCallable(h)) {
        raiseTypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
      }
      if (s === 9 || s === 19) throw osError(22);
      const old = handlers[s];
      handlers[s] = hv === SIG_DFL ? SIG_DFL : hv === SIG_IGN ? SIG_IGN : h;
      syncDisposition(s);
      return old;
    }),
    fn("getsignal", "o", 1, 1, (a) => handlers[signum(a[0])]),
    fn("raise_signal", "o", 1, 1, (a) => {
      raiseSignal(cInt(a[0]));
      return None;
    }),
    fn("strsignal", "o", 1, 1, (a) => {
      const s = signum(a[0]);
      const c = libc();
      const text = c === null ? DESCRIPTIONS[s] ?? null : cString(c.strsignal(s));
      if (text === null || text === "" || text.includes("Unknown signal")) return None;
      return newStr(text);
    }),
    fn("valid_signals", "noargs", 0, 0, () => {
      const out: number[] = [];
      for (let s = 1; s < NSIG; s++) if (s !== 32 && s !== 33) out.push(s);
      return intSet(out);
    }),
    fn("siginterrupt", "unpack", 2, 2, (a) => {
      signum(a[0]);
      cInt(a[1]);
      return None;
    }),
    {
      name: "set_wakeup_fd",
      arity: [0, -1] as [number, number],
      kw: ["**"],
      impl: (a: W[], kw: Kwargs | null) => {
        const nkw = kw === null ? 0 : kw.names.length;
        if (a.length + nkw > 2) {
          raiseTypeError(`set_wakeup_fd() takes at most 2 arguments (${a.length + nkw} given)`);
        }
        if (a.length !== 1) {
          raiseTypeError(`set_wakeup_fd() takes exactly 1 positional argument (${a.length} given)`);
        }
        for (const k of kw?.names ?? []) {
          if (k !== "warn_on_full_buffer") {
            raiseTypeError(`set_wakeup_fd() got an unexpected keyword argument '${k}'`);
          }
        }
        const fd = cInt(a[0]);
        if (fd !== -1) {
          const c = libc();
          if (c !== null) {
            const fl = c.fcntl(fd, 3, /* F_GETFL */ 0);
            if (fl < 0) throw osError(9);
            if ((fl & 0o4000) === 0) raiseValueError(`the fd ${fd} must be in non-blocking mode`);
          }
        }
        const old = wakeupFd;
        wakeupFd = fd;
        if (startWorker() !== null) tellWorker({ wakeupFd: fd });
        return old;
      },
    },
    defaultIntHandlerSpec,
    fn("pthread_sigmask", "unpack", 2, 2, (a) => {
      const how = cInt(a[0]);
      const mask = signalSet(a[1]);
      if (how < 0 || how > 2) throw osError(22);
      const old = intSet(blocked);
      const before = new Set(blocked);
      if (how === 0) { for (const s of mask) blocked.add(s); }
      else if (how === 1) { for (const s of mask) blocked.delete(s); }
      else {
        blocked.clear();
        for (const s of mask) blocked.add(s);
      }
      for (let s = 1; s < NSIG; s++) if (before.has(s) !== blocked.has(s)) syncDisposition(s);
      // signals that were held back and are now unblocked are delivered right away
      for (const s of [...heldBack].sort((x, y) => x - y)) {
        if (blocked.has(s)) continue;
        heldBack.delete(s);
        runHandler(s);
      }
      return old;
    }),
    fn("sigpending", "noargs", 0, 0, () => {
      // signals the worker has seen but the eval loop has not polled yet count as pending too
      const flag = state.interrupt;
      if (flag !== null && Atomics.load(flag, 0) !== 0) checkInterrupt();
      return intSet(heldBack);
    }),
    fn("sigwait", "o", 1, 1, (a) => {
      const wanted = signalSet(a[0]);
      for (;;) {
        const hit = [...heldBack].filter((s) => wanted.has(s)).sort((x, y) => x - y)[0];
        if (hit !== undefined) {
          heldBack.delete(hit);
          return hit;
        }
        // an arriving signal raises the flag; runPendingSignals holds blocked ones back for us
        if (waitInterruptible(3600_000)) checkInterrupt();
      }
    }),
    fn("pthread_kill", "unpack", 2, 2, (a) => {
      const s = cInt(a[1]);
      if (s !== 0) raiseSignal(s);
      return None;
    }),
    fn("alarm", "o", 1, 1, (a) => {
      const seconds = cInt(a[0]);
      if (handlers[14] !== SIG_DFL) syncDisposition(14);
      const c = libc();
      if (c === null) raiseNotAvailable("alarm");
      return c.alarm(seconds >>> 0);
    }),
    fn("pause", "noargs", 0, 0, () => {
      for (;;) {
        if (waitInterruptible(3600_000)) {
          checkInterrupt();
          return None;
        }
      }
    }),
    fn("setitimer", "unpack", 2, 3, (a) => {
      const which = cInt(a[0]);
      const seconds = secondsArg(a[1]);
      const interval = a[2] === undefined ? 0 : secondsArg(a[2]);
      const c = libc();
      if (c === null) raiseNotAvailable("setitimer");
      const nv = new BigInt64Array(4), ov = new BigInt64Array(4);
      setTimeval(nv, 0, interval);
      setTimeval(nv, 2, seconds);
      const sig = which === 0 ? 14 : which === 1 ? 26 : which === 2 ? 27 : 0;
      if (sig !== 0 && handlers[sig] !== SIG_DFL) syncDisposition(sig);
      if (c.setitimer(which, nv, ov) !== 0) itimerError();
      return itimerTuple(ov);
    }),
    fn("getitimer", "o", 1, 1, (a) => {
      const which = cInt(a[0]);
      const c = libc();
      if (c === null) raiseNotAvailable("getitimer");
      const v = new BigInt64Array(4);
      if (c.getitimer(which, v) !== 0) itimerError();
      return itimerTuple(v);
    }),
  ],
  values: () => ({
    ...SIGNALS,
    NSIG,
    SIG_DFL,
    SIG_IGN,
    SIG_BLOCK: 0,
    SIG_UNBLOCK: 1,
    SIG_SETMASK: 2,
    ITIMER_REAL: 0,
    ITIMER_VIRTUAL: 1,
    ITIMER_PROF: 2,
    ItimerError,
  }),
  init: (mod) => {
    // the module's own default_int_handler object, so getsignal(SIGINT) is signal.default_int_handler
    defaultIntHandler = mod.dict.getStr("default_int_handler") as PyObject;
    handlers[SIGINT] = defaultIntHandler;
    state.sigintHandler = runPendingSignals;
  },
};

function raiseNotAvailable(name: string): never {
  throw newError(exceptionTypes.NotImplementedError, [
    newStr(`signal.${name}() needs the C library through FFI, which is not available here`),
  ]);
}
