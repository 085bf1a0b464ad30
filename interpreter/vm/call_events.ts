// sys.monitoring's CALL, C_RETURN and C_RAISE events (what cProfile's _lsprof listens to), produced from the
// tracing hooks without touching the eval loop: traceStep sees a call instruction before it runs and finds
// the callable on the value stack from the stack depth at that instruction (computed once per code object,
// as the baseline compiler does); a call that does not push a Python frame leaves a pending mark on the
// frame, answered by C_RETURN before the frame's next instruction or by C_RAISE when the call raised.
import { methodType, PyMethod, type W } from "../objects/model.ts";
import { functionType } from "../objects/function.ts";
import { PyTuple } from "../objects/tuple.ts";
import { PyList } from "../objects/list.ts";
import type { PyCode } from "../objects/codeobject.ts";
import { OPCODE_BY_CODE, stackEffect } from "../compiler/opcodes.ts";
import type { Frame } from "./frame.ts";
import { EV, fire, monitor, TOOLS } from "./monitoring.ts";

const CALL = 52, CALL_KW = 55, CALL_FUNCTION_EX = 4;
const CALL_EVENTS = EV.CALL | EV.C_RETURN | EV.C_RAISE;

/** A builtin call under way in a frame (C_RETURN / C_RAISE still owed for it). */
export class PendingCall {
  constructor(readonly pc: number, readonly callable: W, readonly arg0: W) {}
}

export function isCallOp(op: number): boolean {
  return op === CALL || op === CALL_KW || op === CALL_FUNCTION_EX;
}

/** Some tool wants CALL / C_RETURN / C_RAISE in this code (cheap: seven tools). */
export function wantsCallEvents(code: PyCode): boolean {
  for (let t = 0; t < TOOLS; t++) {
    const ev = monitor.globalEvents[t] | (monitor.localEvents[t].get(code) ?? 0);
    if ((ev & CALL_EVENTS) !== 0) return true;
  }
  return false;
}

const depthCache = new WeakMap<PyCode, Int32Array>();

/** The value-stack depth before each instruction (-1 where unreachable). */
function stackDepths(code: PyCode): Int32Array {
  let depth = depthCache.get(code);
  if (depth !== undefined) return depth;
  const n = code.ops.length;
  const d = depth = new Int32Array(n).fill(-1);
  const work: number[] = [];
  const reach = (i: number, v: number) => {
    if (i < n && d[i] === -1) {
      d[i] = v;
      work.push(i);
    }
  };
  reach(0, 0);
  for (const e of code.excTable) reach(e.target, e.depth + (e.lasti ? 1 : 0) + 1);
  while (work.length > 0) {
    const i = work.pop()!;
    const op = code.ops[i];
    const info = OPCODE_BY_CODE[op]!;
    let arg = code.args[i];
    if (info.arg === "jump") arg = code.args[i] - i - 1;
    else if (info.arg === "jump_back") arg = i + 1 - code.args[i];
    if (info.arg === "jump" || info.arg === "jump_back") {
      reach(code.args[i], d[i] + stackEffect(op, arg, true));
    }
    if (!info.terminates) reach(i + 1, d[i] + stackEffect(op, arg, false));
  }
  depthCache.set(code, depth);
  return depth;
}

/**
 * Before the call instruction at `pc`: fire CALL with (code, offset, callable, arg0) and return the pending
 * mark when the callee is not a Python function (null otherwise), as CPython's INSTRUMENTED_CALL does after
 * expanding a bound method into function and self.
 */
export function callEvent(frame: Frame, pc: number, op: number, missing: W): PendingCall | null {
  const code = frame.code;
  const depth = stackDepths(code)[pc];
  if (depth < 0) return null;
  const slots = frame.slots;
  const sp = code.nlocalsplus + depth;
  const oparg = code.args[pc];
  let callable: W | undefined;
  let arg0: W = missing;
  let python = false;
  if (op === CALL_FUNCTION_EX) {
    callable = slots[sp - 4];
    const callargs = slots[sp - 2];
    if ((callargs instanceof PyTuple || callargs instanceof PyList) && callargs.items.length > 0) {
      arg0 = callargs.items[0];
    }
    python = typeof callable === "object" && callable.cls === functionType;
  } else {
    const base = sp - oparg - (op === CALL_KW ? 3 : 2);
    callable = slots[base];
    const selfOrNull = slots[base + 1];
    if (selfOrNull !== undefined) arg0 = selfOrNull;
    else if (typeof callable === "object" && callable.cls === methodType) {
      arg0 = (callable as PyMethod).self;
      callable = (callable as PyMethod).func;
    } else if (oparg > 0) arg0 = slots[base + 2] ?? missing;
    python = typeof callable === "object" && callable.cls === functionType;
  }
  if (callable === undefined) return null;
  fire(EV.CALL, frame, pc, [code, pc * 2, callable, arg0]);
  return python ? null : new PendingCall(pc, callable, arg0);
}

/** The pending builtin call returned (`raised` false) or raised. */
export function cReturnEvent(frame: Frame, p: PendingCall, raised: boolean): void {
  fire(raised ? EV.C_RAISE : EV.C_RETURN, frame, p.pc, [frame.code, p.pc * 2, p.callable, p.arg0]);
}
