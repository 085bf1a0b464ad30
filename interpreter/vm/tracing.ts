// sys.settrace: the legacy tracing protocol bdb/pdb, coverage tools and trace.py use. The eval loop calls
// `traceStep` before an instruction only while a trace function is set (one field test per instruction
// otherwise). Events follow CPython: 'call' when a frame starts or a generator resumes (its result
// becomes the frame's f_trace), 'line' when execution reaches a new line or jumps back to a line's start,
// 'return' with the value (None when an exception leaves the frame), 'exception' with (type, value, tb).
// Trace functions run untraced; one that raises turns tracing off, as in CPython.
import { call, None, typeOf, type W } from "../objects/model.ts";
import { newStr } from "../objects/str.ts";
import { newTuple } from "../objects/tuple.ts";
import { PyBaseException } from "../objects/exceptions.ts";
import { state } from "./state.ts";
import { type Frame, markEscaped } from "./frame.ts";
import { EV, fire, missingSentinel, monitor, monitorHooks, refreshActive } from "./monitoring.ts";
import type { PyCode } from "../objects/codeobject.ts";
import { OP } from "../compiler/opcodes.ts";
import { callEvent, cReturnEvent, isCallOp, type PendingCall, wantsCallEvents } from "./call_events.ts";

const RESUME = 128, RETURN_GENERATOR = 34;

export const tracer = {
  /** The global trace function (sys.settrace), or null. */
  func: null as W | null,
  /** Inside a trace function: nothing is traced. */
  busy: false,
};

/** Per-frame tracing state, created the first time a traced frame runs. */
export class FrameTrace {
  started = false;
  line = -1;
  lastPc = -1;
  lines = true;
  opcodes = false;
  /** A builtin call this frame made that still owes its C_RETURN / C_RAISE (call_events.ts). */
  pending: PendingCall | null = null;
}

export function setTrace(func: W): void {
  tracer.func = func === None ? null : func;
  monitor.settraceOn = tracer.func !== null;
  refreshActive();
  // Frames already running get no 'call' event (only a frame whose f_trace is set sees their lines).
  if (tracer.func !== null) markRunningFrames();
}

function markRunningFrames(): void {
  for (let f = state.frame; f !== null; f = f.back) {
    const t = frameTrace(f);
    t.pending = null; // a mark left from before events were last turned off is stale
    if (!t.started) {
      t.started = true;
      t.line = f.code.lineAt(f.lasti);
    }
  }
}
monitorHooks.markRunning = markRunningFrames;

function frameTrace(frame: Frame): FrameTrace {
  let t = frame.traceInfo;
  if (t === null) t = frame.traceInfo = new FrameTrace();
  return t;
}

function dispatch(fn: W, frame: Frame, event: string, arg: W): W {
  tracer.busy = true;
  try {
    markEscaped(frame);
    return call(fn, [frame, newStr(event), arg]);
  } catch (e) {
    setTrace(None);
    throw e;
  } finally {
    tracer.busy = false;
  }
}

/** Before the instruction at `pc` of `frame` runs. */
export function traceStep(frame: Frame, pc: number, op: number): void {
  if (tracer.busy || monitor.busy) return;
  if (op === RESUME || op === RETURN_GENERATOR) return;
  const t = frameTrace(frame);
  const code = frame.code;
  if (!t.started) {
    const resumed = t.lastPc >= 0;
    // a generator's resumption keeps its line: no second 'line' event for the line it yielded on
    if (!resumed) t.line = -1;
    t.started = true;
    if (monitor.active) fire(resumed ? EV.PY_RESUME : EV.PY_START, frame, pc, [code, pc * 2]);
    if (tracer.func !== null) {
      const r = dispatch(tracer.func, frame, "call", None);
      frame.trace = r === None ? null : r;
    }
  }
  if (t.pending !== null) {
    const p = t.pending;
    t.pending = null;
    if (monitor.active && pc === p.pc + 1) cReturnEvent(frame, p, false);
  }
  const line = code.lineAt(pc);
  if (line >= 0) {
    const newLine = (line !== t.line && lineStartsOf(code)[pc] === 1) ||
      (pc <= t.lastPc && (pc === 0 || code.lineAt(pc - 1) !== line));
    if (newLine) {
      frame.lasti = pc;
      if (monitor.active) fire(EV.LINE, frame, line, [code, line]);
      if (tracer.func !== null && frame.trace !== null && t.lines) {
        const r = dispatch(frame.trace, frame, "line", None);
        frame.trace = r === None ? null : r;
      }
    }
    t.line = line;
  }
  t.lastPc = pc;
  if (monitor.active) {
    fire(EV.INSTRUCTION, frame, pc, [code, pc * 2]);
    if (isCallOp(op) && wantsCallEvents(code)) t.pending = callEvent(frame, pc, op, missingSentinel());
  }
  if (tracer.func !== null && t.opcodes && frame.trace !== null) {
    const r = dispatch(frame.trace, frame, "opcode", None);
    frame.trace = r === None ? null : r;
  }
}

const lineStartCache = new WeakMap<PyCode, Uint8Array>();

/**
 * The instructions that can start a line (CPython's initialize_lines): a line different from the previous
 * instruction's (END_FOR and the POP_ITER after it, END_SEND, END_ASYNC_FOR and RESUME neither start nor
 * end a line), a jump target or an exception handler. A comprehension's exit after its loop, on the line of the loop
 * body's end, is not a new line even though the loop header ran last.
 */
function lineStartsOf(code: PyCode): Uint8Array {
  let starts = lineStartCache.get(code);
  if (starts !== undefined) return starts;
  const co = code.co;
  const n = co.co_code.length >> 1;
  starts = new Uint8Array(n);
  let current = -1;
  const mark = (target: number) => {
    if (target < n && code.lineAt(target) >= 0 && co.co_code[target * 2] !== OP.POP_ITER) starts![target] = 1;
  };
  for (const ins of co.instructions()) {
    const i = ins.start >> 1; // an EXTENDED_ARG prefix is where the instruction starts
    const op = ins.opcode;
    const after = (ins.offset >> 1) + 1;
    // (a POP_ITER of `break` is not after END_FOR: CPython has a NOP with the line of `break` there)
    const transparent = op === OP.END_FOR || op === OP.END_SEND || op === OP.END_ASYNC_FOR ||
      op === OP.RESUME || (op === OP.POP_ITER && i > 0 && co.co_code[(i - 1) * 2] === OP.END_FOR);
    if (!transparent) {
      const line = code.lineAt(i);
      if (line >= 0 && line !== current) starts[i] = 1;
      current = line;
    }
    switch (op) {
      case OP.POP_JUMP_IF_FALSE:
      case OP.POP_JUMP_IF_TRUE:
      case OP.POP_JUMP_IF_NONE:
      case OP.POP_JUMP_IF_NOT_NONE:
      case OP.JUMP_FORWARD:
        mark(after + ins.oparg);
        break;
      case OP.FOR_ITER:
      case OP.SEND:
        mark(after + ins.oparg + 1); // past END_FOR / END_SEND
        break;
      case OP.JUMP_BACKWARD:
      case OP.JUMP_BACKWARD_NO_INTERRUPT:
        mark(after - ins.oparg);
        break;
    }
  }
  for (const e of co.exceptionTable()) {
    if (e.target < n && co.co_code[e.target * 2] !== OP.END_ASYNC_FOR && code.lineAt(e.target) >= 0) {
      starts[e.target] = 1;
    }
  }
  lineStartCache.set(code, starts);
  return starts;
}

/** A frame returns `value` (None when an exception leaves it) or a generator yields it. */
export function traceReturn(frame: Frame, value: W, suspended: boolean, unwinding = false): void {
  const t = frame.traceInfo;
  if (tracer.busy || monitor.busy || t === null || !t.started) return;
  if (suspended) t.started = false; // the next resume is a new 'call'
  if (monitor.active) {
    const lasti = frame.lasti < 0 ? 0 : frame.lasti;
    if (unwinding) fire(EV.PY_UNWIND, frame, lasti, [frame.code, lasti * 2, value]);
    else fire(suspended ? EV.PY_YIELD : EV.PY_RETURN, frame, lasti, [frame.code, lasti * 2, value]);
  }
  if (tracer.func === null || frame.trace === null) return;
  dispatch(frame.trace, frame, "return", unwinding ? None : value);
}

/** An exception was raised in `frame` (not a re-raise). */
export function traceException(frame: Frame, exc: W): void {
  if (tracer.busy || monitor.busy) return;
  const pending = frame.traceInfo?.pending ?? null;
  if (pending !== null) {
    frame.traceInfo!.pending = null;
    if (monitor.active && frame.lasti === pending.pc) cReturnEvent(frame, pending, true);
  }
  if (monitor.active) {
    const lasti = frame.lasti < 0 ? 0 : frame.lasti;
    fire(EV.RAISE, frame, lasti, [frame.code, lasti * 2, exc]);
  }
  if (tracer.func === null || frame.trace === null || frame.traceInfo === null) return;
  const tb = exc instanceof PyBaseException ? exc.traceback : None;
  const r = dispatch(frame.trace, frame, "exception", newTuple([typeOf(exc), exc, tb ?? None]));
  frame.trace = r === None ? null : r;
}
