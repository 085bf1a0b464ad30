// Interpreter-wide state (one thread): the running frame, the exception being handled (sys.exc_info),
// the recursion limit and depth. Kept in one object so the eval loop reads plain fields.
import type { MethodSpec, W } from "../objects/model.ts";
import type { Frame } from "./frame.ts";

export const state = {
  /** The frame currently executing (top of the Python stack), or null at top level. */
  frame: null as Frame | null,
  /**
   * The exception being handled (PUSH_EXC_INFO/POP_EXCEPT) by the running code: the thread's, or while a
   * generator runs, that generator's own (its gi_exc_state); null for none.
   */
  exc: null as W | null,
  /** The handled exceptions of the code that resumed the running generators, innermost last. */
  excOuter: [] as (W | null)[],
  /** Python frames alive on the stack; compared with recursionLimit on every push. */
  depth: 0,
  recursionLimit: 1000,
  /** Nested runs of the eval loop (builtins calling back into Python); bounded to protect the JS stack. */
  nesting: 0,
  /** Compiled functions running inside other compiled functions' JS frames (baseline.ts callPushed). */
  direct: 0,
  /** Set from outside (SIGINT) and polled at backward jumps and calls. */
  interrupt: null as Int32Array | null,
  /** Backward jumps until the next look at `interrupt` (vm/interrupts.ts tick). */
  ticks: 4096,
  /** A sys.settrace function is set: the eval loop reports events (vm/tracing.ts). */
  tracing: false,
  /** What a pending SIGINT runs (the `signal` module installs Python handlers); null: KeyboardInterrupt. */
  sigintHandler: null as ((pending: number) => void) | null,
  // ---- green threads (vm/threads.ts)
  /** More than one thread exists: the interrupt poll also switches threads. */
  threads: false,
  /** No frame enters baseline-compiled code (while a thread other than the main one runs: vm/threads.ts). */
  noBaseline: false,
  /** A thread other than the main one runs (signals and KeyboardInterrupt wait for the main thread). */
  notMain: false,
  /** The builtin the eval loop is calling directly (callAt), for blocking builtins (threads.takeDirectCall). */
  callSpec: null as MethodSpec | null,
};

/**
 * The innermost exception being handled across running generators and their callers (CPython's
 * _PyErr_GetTopmostException): sys.exception(), a bare `raise` and implicit chaining (__context__) use it.
 */
export function topmostExc(): W | null {
  const own = state.exc;
  if (own !== null) return own;
  const outer = state.excOuter;
  for (let i = outer.length - 1; i >= 0; i--) if (outer[i] !== null) return outer[i];
  return null;
}

/** A generator frame starts or resumes: its own handled exception replaces the caller's (kept outside). */
export function enterGeneratorExc(own: W | null): W | null {
  const outer = state.exc;
  state.excOuter.push(outer);
  state.exc = own;
  return outer;
}

/** The generator frame yields or ends: its handled exception (to keep) and the caller's back in place. */
export function leaveGeneratorExc(outer: W | null): W | null {
  const own = state.exc;
  state.exc = outer;
  state.excOuter.pop();
  return own;
}
