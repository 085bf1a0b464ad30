// Green threads: Python threads run one at a time on the single JS thread, switched by pypyts (CPython's
// GIL semantics without parallelism). A thread is its own chain of frames plus the per-thread interpreter
// state (state.frame, depth, the handled-exception stack, the contextvars context).
//
// Switching out. Python->Python calls do not recurse in JS, so a thread whose code blocks in a builtin that
// its own base `execute` loop called directly can be suspended: the builtin registers a Waiter and throws
// THREAD_SWITCH (not a PyError: no except/finally sees it). Each eval loop it passes through (eval.ts catch)
// records its current frame as stopped at that call (`suspendAt`: pc after the call, the call's operands
// cleared, so the result is pushed at resume like a generator's send value) and the thread's base loop
// returns SUSPENDED to the scheduler. Some builtins and opcodes that only pass a call through to a Python
// function are "transparent" (Context.run, CALL_FUNCTION_EX): the nested loop they start may suspend too;
// its entry frame is then simply linked below the deeper frames and returns into its caller's CALL at
// resume (a FrameExit in initSelf runs what the builtin would have done after the call).
//
// When a thread cannot suspend (the main thread, the bottom of the JS stack; a thread blocked inside a
// nested native call such as a sort key or a generator resumed by a builtin) its blocking call runs the
// scheduler nested (`waitNested`): while its condition is unmet it runs other runnable threads (each until
// it suspends or ends), sleeps until the nearest deadline when none is runnable, and raises RuntimeError
// when nothing could ever wake it. A thread further down the JS stack continues only after those above it
// return: a nested waiter cannot give way to a thread below it (the documented limit of green threads
// without stack switching).
//
// Compiled (baseline) code keeps its value stack in JS locals and cannot be switched out mid-call, so
// threads other than the main one never enter compiled code (state.noBaseline while they run); the main
// thread, which never switches out, keeps it. Preemption: the eval loop's periodic interrupt poll calls
// `switchPoint`, which after sys.getswitchinterval() suspends the running thread if it can, or else runs
// each runnable thread for one slice.
import { call, type Kwargs, None, PyMethod, type W } from "../objects/model.ts";
import type { MethodSpec } from "../objects/model.ts";
import { state } from "./state.ts";
import type { Frame } from "./frame.ts";
import { ACT_INTERP, out } from "./baseline.ts";
import { errorWithMessage, PyError, toPyError } from "./errors.ts";
import { frameForCall } from "./call.ts";
import { PyFunction } from "../objects/function.ts";
import { PyStr } from "../objects/str.ts";
import { newTuple } from "../objects/tuple.ts";
import { waitInterruptible } from "./interrupts.ts";
import { generatorType, PyGenerator } from "../objects/generator.ts";
import { leaveGeneratorExc } from "./state.ts";

/** What a blocking builtin throws to switch its thread out (caught by the eval loops it passes through). */
export const THREAD_SWITCH = { threadSwitch: true };
/** What a thread's base loop returns when its thread was switched out. */
export const SUSPENDED = { suspended: true } as unknown as W;

const NEW = 0, RUNNABLE = 1, BLOCKED = 2, RUNNING = 3, DONE = 4;

/** The main thread's identifier (CPython's is a pthread_t; any stable number does). */
export const MAIN_IDENT = 140000000000001;
let nextIdent = MAIN_IDENT + 0x801000;

/** A function that keeps one piece of per-thread state outside `state` (the contextvars context). */
export interface PerThreadSlot {
  save(): unknown;
  restore(v: unknown): void;
}
const slots: PerThreadSlot[] = [];
export function registerPerThread(slot: PerThreadSlot): void {
  slots.push(slot);
}

export class GreenThread {
  ident: number;
  status = NEW;
  daemon: boolean;
  func: W;
  args: W[];
  kwargs: Kwargs | null;
  /** Called once the thread has ended (its handle is marked done, joiners woken). */
  onDone: (() => void) | null = null;
  // the interpreter state while switched out
  frame: Frame | null = null;
  exc: W | null = null;
  excOuter: (W | null)[] = [];
  depth = 0;
  perThread: unknown[] = [];
  /** The bottom frame, run by the thread's base loop; null while not started or when it has none. */
  entry: Frame | null = null;
  /** The frame that stopped in a blocking call pushes that call's result at resume. */
  pushResult = false;
  waiter: Waiter | null = null;
  /** state.nesting of the thread's base loop, and of the loop in which a blocking call may suspend. */
  baseNesting = -1;
  suspendNesting = -1;
  constructor(ident: number, func: W, args: W[], kwargs: Kwargs | null, daemon: boolean) {
    this.ident = ident;
    this.func = func;
    this.args = args;
    this.kwargs = kwargs;
    this.daemon = daemon;
  }
}

/** A blocked thread's wait: for a lock, a queue item, a thread's end, or just a deadline. */
export class Waiter {
  done = false;
  timedOut = false;
  /** The result when woken; `timeoutValue` when the deadline passed first. */
  value: W;
  /** Computes the result in the woken thread (may raise, e.g. queue.Empty); null: `value`. */
  finish: ((w: Waiter) => W) | null = null;
  /** The wait queue this waiter is in (removed when the deadline passes). */
  list: Waiter[] | null = null;
  /** An item handed to this waiter (SimpleQueue.get). */
  item: W | undefined = undefined;
  /** For a polling wait (a descriptor not ready yet): at wake, the next wait, or null when done. */
  again: (() => Waiter | null) | null = null;
  constructor(readonly thread: GreenThread, readonly deadline: number, readonly timeoutValue: W) {
    this.value = timeoutValue;
  }
}

export const mainThread = new GreenThread(MAIN_IDENT, None, [], null, false);
mainThread.status = RUNNING;

export const sched = {
  current: mainThread,
  /** Threads started and not finished, the main thread included. */
  alive: new Set<GreenThread>([mainThread]),
  /** Switch interval in ms (sys.setswitchinterval). */
  intervalMs: 5,
};
const runQueue: GreenThread[] = [];
const timed: Waiter[] = [];
let sliceStart = 0;
/** Slices running on the JS stack (each inside some other thread's wait or turn). */
let runDepth = 0;

/** Set by eval.ts: the eval loop (avoids an import cycle). */
export const threadHooks = {
  execute: (_entry: Frame, _thrown: PyError | null, _pushed: Frame | null, _nested: boolean): W => None,
  checkInterrupt: (): void => {},
  reportUncaught: (_t: GreenThread, _e: PyError): void => {},
};

/** Builtins that may suspend their thread when the eval loop calls them directly. */
const blockingSpecs = new WeakSet<MethodSpec>();
export function markBlocking(spec: MethodSpec | undefined): void {
  if (spec !== undefined) blockingSpecs.add(spec);
}

/**
 * A blocking builtin's first step: whether the eval loop called it directly (callAt noted its spec) — the
 * only case where its thread can be switched out. Always clears the note, so a later native call of the
 * same builtin does not take it for a direct one.
 */
export function takeDirectCall(): boolean {
  const s = state.callSpec;
  state.callSpec = null;
  return s !== null && blockingSpecs.has(s);
}

export function currentIdent(): number {
  return sched.current.ident;
}

function updateSwitching(): void {
  state.threads = sched.alive.size > 1;
}

// ---------------------------------------------------------------- starting and ending threads

export function startThread(func: W, args: W[], kwargs: Kwargs | null, daemon: boolean): GreenThread {
  const t = new GreenThread(nextIdent, func, args, kwargs, daemon);
  nextIdent += 0x801000;
  sched.alive.add(t);
  runQueue.push(t);
  updateSwitching();
  if (sliceStart === 0) sliceStart = performance.now();
  return t;
}

function saveState(t: GreenThread): void {
  t.frame = state.frame;
  t.exc = state.exc;
  t.excOuter = state.excOuter;
  t.depth = state.depth;
  for (let i = 0; i < slots.length; i++) t.perThread[i] = slots[i].save();
}

function loadState(t: GreenThread): void {
  state.frame = t.frame;
  state.exc = t.exc;
  state.excOuter = t.excOuter;
  state.depth = t.depth;
  // the main thread never switches out, so it keeps its compiled code; the others run interpreted
  state.notMain = t !== mainThread;
  state.noBaseline = t !== mainThread;
  for (let i = 0; i < slots.length; i++) slots[i].restore(t.perThread[i] ?? null);
}

/** Run thread `t` until it suspends or ends, then come back to the running thread. */
function runSlice(t: GreenThread): void {
  const prev = sched.current;
  saveState(prev);
  sched.current = t;
  const wasNew = t.status === NEW;
  t.status = RUNNING;
  const base = state.nesting + 1;
  t.baseNesting = base;
  sliceStart = performance.now();
  let result: W | undefined;
  let error: unknown = null;
  runDepth++;
  try {
    if (wasNew) {
      t.perThread.length = 0;
      loadState(t);
      result = begin(t, base);
    } else {
      loadState(t);
      result = resume(t, base);
    }
  } catch (e) {
    error = e;
  }
  runDepth--;
  if (error !== null || result !== SUSPENDED) end(t, error);
  else if (t.status === RUNNING) t.status = BLOCKED; // (suspenders set the status; defensive)
  sched.current = prev;
  loadState(prev);
  sliceStart = performance.now();
}

/** A new thread's first slice: its function's frame becomes the base of its own eval loop. */
function begin(t: GreenThread, base: number): W {
  const f = t.func;
  let fn: PyFunction | null = null;
  let args = t.args;
  if (f instanceof PyFunction) fn = f;
  else if (f instanceof PyMethod && f.func instanceof PyFunction) {
    fn = f.func;
    args = [f.self, ...args];
  }
  state.frame = null;
  if (fn === null) {
    t.suspendNesting = -1; // a builtin or callable object: its blocking calls wait nested
    state.depth = 0;
    return call(f, args, t.kwargs);
  }
  const kw = t.kwargs;
  let frame: Frame;
  if (kw === null || kw.names.length === 0) frame = frameForCall(fn, args, 0, args.length, null);
  else {
    const src = args.concat(kw.values);
    frame = frameForCall(fn, src, 0, src.length, newTuple(kw.names.map((n) => new PyStr(n))));
  }
  t.entry = frame;
  t.suspendNesting = base;
  state.depth = 1;
  return threadHooks.execute(frame, null, null, false);
}

/** A suspended thread continues: the result of the call it stopped in is pushed, the loop re-entered. */
function resume(t: GreenThread, base: number): W {
  t.suspendNesting = base;
  const deep = t.frame!;
  if (t.pushResult) {
    const again = t.waiter!.again;
    if (again !== null) {
      // a polling wait whose condition does not hold yet: wait another step, still switched out
      const next = again();
      if (next !== null) {
        if (next.deadline !== Infinity) timed.push(next);
        t.waiter = next;
        t.status = BLOCKED;
        return SUSPENDED;
      }
    }
    t.pushResult = false;
    const w = t.waiter!;
    t.waiter = null;
    try {
      const v = w.finish !== null ? w.finish(w) : w.value;
      deep.slots[deep.sp++] = v;
    } catch (e) {
      // raised at the call (queue.Empty after a timeout): the loop unwinds from there
      out.error = e instanceof PyError ? e : toPyError(e);
    }
  }
  state.frame = null;
  out.nested = deep;
  out.act = ACT_INTERP;
  return threadHooks.execute(t.entry!, null, null, true);
}

/** The thread ended (returned or raised): report an uncaught exception, wake the joiners. */
function end(t: GreenThread, error: unknown): void {
  t.suspendNesting = -1;
  if (error !== null && error !== THREAD_SWITCH) {
    const err = error instanceof PyError ? error : toPyError(error);
    try {
      threadHooks.reportUncaught(t, err);
    } catch {
      // a failing report cannot be reported anywhere else
    }
  }
  t.status = DONE;
  t.frame = null;
  t.entry = null;
  t.waiter = null;
  t.excOuter = [];
  sched.alive.delete(t);
  updateSwitching();
  const done = t.onDone;
  t.onDone = null;
  if (done !== null) done();
}

// ---------------------------------------------------------------- waiting

function makeRunnable(t: GreenThread): void {
  if (t.status === BLOCKED) {
    t.status = RUNNABLE;
    runQueue.push(t);
  }
}

function removeTimed(w: Waiter): void {
  if (w.deadline === Infinity) return;
  const i = timed.indexOf(w);
  if (i >= 0) timed.splice(i, 1);
}

/** Wake `w` with `value` (a lock handed over, an item, a thread's end). */
export function wake(w: Waiter, value: W): void {
  if (w.done) return;
  w.done = true;
  w.value = value;
  removeTimed(w);
  if (w.thread.waiter === w) makeRunnable(w.thread);
}

/** Waiters whose deadline has passed stop waiting with their timeout value. */
function expireTimers(now: number): void {
  for (let i = 0; i < timed.length; i++) {
    const w = timed[i];
    if (w.deadline > now) continue;
    timed.splice(i--, 1);
    if (w.done) continue;
    w.done = true;
    w.timedOut = true;
    const list = w.list;
    if (list !== null) {
      const k = list.indexOf(w);
      if (k >= 0) list.splice(k, 1);
    }
    if (w.thread.waiter === w) makeRunnable(w.thread);
  }
}

function nearestDeadline(): number {
  let d = Infinity;
  for (const w of timed) if (!w.done && w.deadline < d) d = w.deadline;
  return d;
}

/** Stop waiting (an exception left the wait): out of its queue and the deadline list. */
function cancel(w: Waiter): void {
  if (w.done) return;
  w.done = true;
  removeTimed(w);
  const list = w.list;
  if (list !== null) {
    const k = list.indexOf(w);
    if (k >= 0) list.splice(k, 1);
  }
}

function takeRunnable(): GreenThread | null {
  while (runQueue.length > 0) {
    const t = runQueue.shift()!;
    if (t.status === RUNNABLE || t.status === NEW) return t;
  }
  return null;
}

/** Deadline (performance.now() ms) for a timeout in seconds; < 0 means forever. */
export function deadlineAfter(seconds: number): number {
  return seconds < 0 ? Infinity : performance.now() + seconds * 1000;
}

/**
 * Wait for `w`. `direct`: the eval loop called the blocking builtin itself (takeDirectCall), so the thread
 * can be switched out when it runs at its suspendable level; otherwise the scheduler runs nested.
 */
export function block(w: Waiter, direct: boolean): W {
  const t = sched.current;
  if (w.deadline !== Infinity) timed.push(w);
  if (direct && t !== mainThread && t.suspendNesting === state.nesting) {
    t.waiter = w;
    t.status = BLOCKED;
    t.pushResult = true;
    switchOut(t, false);
  }
  return waitNested(w);
}

const switchNote = { preempt: false, innermost: true, lastEntry: null as Frame | null };

function switchOut(t: GreenThread, preempt: boolean): never {
  saveState(t);
  switchNote.preempt = preempt;
  switchNote.innermost = true;
  switchNote.lastEntry = null;
  throw THREAD_SWITCH;
}

function waitNested(w: Waiter): W {
  const t = sched.current;
  const prevWaiter = t.waiter;
  t.waiter = w;
  try {
    for (;;) {
      if (!w.done) expireTimers(performance.now());
      if (w.done) break;
      if (t === mainThread) threadHooks.checkInterrupt();
      const next = takeRunnable();
      if (next !== null) {
        runSlice(next);
        continue;
      }
      const d = nearestDeadline();
      if (d === Infinity) {
        let below = 0;
        for (const o of sched.alive) if (o !== t && o.status === RUNNING) below++;
        throw errorWithMessage(
          "RuntimeError",
          below > 0
            ? "deadlock: no thread can run to end this wait (pypyts green threads: the threads that could " +
              "are waiting further down the stack, behind this one)"
            : "deadlock: this wait can never end (every other thread is blocked or finished)",
        );
      }
      const left = d - performance.now();
      if (left > 0 && waitInterruptible(left) && t === mainThread) threadHooks.checkInterrupt();
    }
  } catch (e) {
    cancel(w);
    throw e;
  } finally {
    t.waiter = prevWaiter;
  }
  return w.finish !== null ? w.finish(w) : w.value;
}

/**
 * Give other threads a turn (time.sleep(0), a busy poll): switch out when possible, else run each runnable
 * thread for one slice. `direct` as for `block`.
 */
export function yieldThread(direct: boolean): void {
  if (!state.threads) return;
  expireTimers(performance.now());
  if (runQueue.length === 0) return;
  const t = sched.current;
  if (direct && t !== mainThread && t.suspendNesting === state.nesting) {
    t.status = RUNNABLE;
    runQueue.push(t);
    t.waiter = null;
    t.pushResult = true;
    const w = new Waiter(t, Infinity, None);
    w.done = true;
    t.waiter = w;
    switchOut(t, false);
  }
  runRound();
}

/**
 * A wait for a condition nothing signals (a pipe becoming readable): the thread sleeps in short steps,
 * re-checking `ready` at each wake while the others run; `finish` then gives the blocking call's result.
 */
export function pollingWaiter(ready: () => boolean, finish: () => W): Waiter {
  const w = new Waiter(sched.current, performance.now() + POLL_STEP_MS, None);
  w.finish = finish;
  w.again = () => (ready() ? null : pollingWaiter(ready, finish));
  return w;
}
const POLL_STEP_MS = 5;

/** time.sleep with threads about: other threads run during the sleep (sleep(0) only gives way). */
export function threadSleep(seconds: number, direct: boolean): void {
  if (seconds <= 0) {
    yieldThread(direct);
    return;
  }
  block(new Waiter(sched.current, performance.now() + seconds * 1000, None), direct);
}

function runRound(): void {
  let n = runQueue.length;
  while (n-- > 0) {
    const next = takeRunnable();
    if (next === null) break;
    runSlice(next);
  }
}

/**
 * The eval loop's periodic poll (ops.pollInterrupts) while threads exist: once the switch interval has
 * passed, switch out (when the poll came from the thread's suspendable loop) or run the others a slice.
 */
export function switchPoint(): void {
  const now = performance.now();
  if (now - sliceStart < sched.intervalMs) return;
  sliceStart = now;
  expireTimers(now);
  // a thread that runs inside another's wait (runDepth > 0) switches out even with nobody else runnable:
  // the one below it may be able to go on
  if (runQueue.length === 0 && runDepth === 0) return;
  const t = sched.current;
  if (t !== mainThread && t.suspendNesting === state.nesting) {
    t.status = RUNNABLE;
    runQueue.push(t);
    t.waiter = null;
    t.pushResult = false;
    switchOut(t, true);
  }
  if (runQueue.length > 0) runRound();
}

/**
 * Blocking I/O (select/poll) with threads about: fire due timers, run the runnable threads once, and
 * return how long (ms, < 0 forever) the caller may block before another thread's deadline is due.
 */
export function beforeBlockingIO(maxMs: number): number {
  if (!state.threads) return maxMs;
  // the wait uses up wall time: let the next backward jump check the switch interval (a loop around
  // select() runs too few bytecodes to reach the periodic poll, and a thread waiting below needs it)
  state.ticks = 0;
  expireTimers(performance.now());
  if (runQueue.length > 0) {
    runRound();
    return 0;
  }
  const d = nearestDeadline();
  if (d === Infinity) return maxMs;
  const left = Math.max(0, Math.ceil(d - performance.now()));
  return maxMs < 0 ? left : Math.min(maxMs, left);
}

/** Each live thread's innermost frame (sys._current_frames) and handled exception (_current_exceptions). */
export function threadStates(): { ident: number; frame: Frame | null; exc: W | null }[] {
  const out = [];
  for (const t of sched.alive) {
    const cur = t === sched.current;
    out.push({ ident: t.ident, frame: cur ? state.frame : t.frame, exc: cur ? state.exc : t.exc });
  }
  return out;
}

/** Non-daemon threads still running (for _thread._shutdown and _count). */
export function liveThreads(): GreenThread[] {
  return [...sched.alive].filter((t) => t !== mainThread);
}

// ---------------------------------------------------------------- the eval loop's side

/**
 * THREAD_SWITCH reached an eval loop's catch while its current frame was stopped at `pc` with stack height
 * `sp`: remember where to continue. The innermost frame stopped in the blocking call (or at a backward jump
 * when preempted); each outer loop's frame is in the CALL of a transparent builtin. Returns true in the
 * thread's base loop (which then returns SUSPENDED), false in a nested one (which passes the signal on).
 */
export function suspendAt(frame: Frame, pc: number, sp: number, entry: Frame, inCompiled: boolean): boolean {
  if (inCompiled) throw new Error("internal error: a thread switch inside compiled code");
  const slots = frame.slots;
  if (switchNote.preempt && switchNote.innermost) {
    frame.pc = pc;
    frame.sp = sp;
  } else {
    const word = frame.code.insns[pc - 1];
    const op = word & 255;
    let r: number, end: number;
    if (op === 4 /* CALL_FUNCTION_EX */) {
      r = sp - 1;
      end = sp + 3;
    } else if (op === 52 /* CALL */ || op === 55 /* CALL_KW */) {
      r = sp - (word >> 8) - 2;
      end = sp + 1;
    } else if (op === 70 /* FOR_ITER */) {
      // a generator's loop switched out (forIterGenerator): the FOR_ITER runs again once it yields or
      // ends, its iterator pushed back then (an exception from it unwinds from the instruction before)
      slots[sp - 1] = undefined;
      frame.pc = pc - 1;
      frame.sp = sp - 1;
      switchNote.innermost = false;
      switchNote.lastEntry = entry;
      return state.nesting === sched.current.baseNesting;
    } else throw new Error(`internal error: a thread switch at opcode ${op}`);
    for (let i = r; i < end; i++) slots[i] = undefined;
    frame.pc = pc;
    frame.sp = r;
  }
  switchNote.innermost = false;
  switchNote.lastEntry = entry;
  return state.nesting === sched.current.baseNesting;
}

/** What a transparent call would do after its callee, for the callee's frame (run when that frame ends). */
export class FrameExit {
  constructor(readonly action: () => void) {}
  /** The frame returned `v` (ops.initResult): the value its caller's instruction receives. */
  onReturn(v: W): W {
    this.action();
    return v;
  }
  onError(): void {
    this.action();
  }
}

/**
 * A transparent builtin saw THREAD_SWITCH pass: the frame its call ran (the nested loop's entry) now ends
 * inside the thread's loop; `action` runs then instead of after the builtin's call.
 */
export function deferToFrameExit(action: () => void): void {
  const f = switchNote.lastEntry;
  if (f !== null) f.initSelf = new FrameExit(action) as unknown as W;
}

/**
 * A generator resumed by FOR_ITER whose thread switched out inside: its frame runs on in the thread's
 * loop above the FOR_ITER's frame, which re-executes its FOR_ITER when the generator yields (the
 * value waits in `pendingYields`) or returns (then exhausted). This finishes what runResume would have
 * done: the generator stops running and its handled exception goes back to its own state.
 */
class GeneratorExit extends FrameExit {
  constructor(readonly gen: PyGenerator) {
    super(() => {});
  }
  leave(): void {
    const g = this.gen;
    g.running = false;
    const outer = state.excOuter;
    g.excState = leaveGeneratorExc(outer.length > 0 ? outer[outer.length - 1] : null);
  }
  override onReturn(_v: W): W {
    this.leave();
    return this.gen; // back on the stack as FOR_ITER's iterator: exhausted now
  }
  override onError(): void {
    this.leave();
  }
}
const pendingYields = new WeakMap<PyGenerator, W>();

/** FOR_ITER over a generator while threads exist: the generator's loop may switch its thread out. */
export function forIterGenerator(g: PyGenerator): W {
  const p = pendingYields.get(g);
  if (p !== undefined) {
    pendingYields.delete(g);
    return p;
  }
  const t = sched.current;
  const level = t.suspendNesting;
  if (t === mainThread || level !== state.nesting || g.cls !== generatorType) return g.resumeForIter();
  t.suspendNesting = level + 1;
  try {
    return g.resumeForIter();
  } catch (e) {
    if (e === THREAD_SWITCH && switchNote.lastEntry === g.frame) {
      g.frame.initSelf = new GeneratorExit(g) as unknown as W;
    }
    throw e;
  } finally {
    t.suspendNesting = level;
  }
}

/** YIELD_VALUE in such a generator frame: the frame of the FOR_ITER, to continue (re-running FOR_ITER). */
export function flatYield(frame: Frame, v: W): Frame {
  const x = frame.initSelf as unknown;
  frame.initSelf = null;
  if (!(x instanceof GeneratorExit)) throw new Error("internal error: a yield outside its generator's loop");
  x.leave();
  state.depth--;
  pendingYields.set(x.gen, v);
  const caller = frame.back!;
  frame.back = null;
  caller.slots[caller.sp++] = x.gen;
  return caller;
}

/**
 * Enter a transparent call (Context.run's callable, CALL_FUNCTION_EX's function): when made at the
 * running thread's suspendable level and `callable` is a Python function, the nested loop it starts may
 * suspend too. Returns the level to restore with `leaveTransparent`.
 */
export function enterTransparent(callable: W, direct: boolean): number {
  const t = sched.current;
  const level = t.suspendNesting;
  if (
    direct && t !== mainThread && level === state.nesting &&
    (callable instanceof PyFunction || (callable instanceof PyMethod && callable.func instanceof PyFunction))
  ) t.suspendNesting = level + 1;
  return level;
}
export function leaveTransparent(level: number): void {
  sched.current.suspendNesting = level;
}

/** The frame left by an exception: a FrameExit it carries runs (ops.initResult runs it on a return). */
export function frameExitOnError(frame: Frame): void {
  const x = frame.initSelf as unknown;
  if (x instanceof FrameExit) {
    frame.initSelf = null;
    x.onError();
  }
}
