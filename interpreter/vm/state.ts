// Interpreter-wide state (one thread): the running frame, the exception being handled (sys.exc_info),
// the recursion limit and depth. Kept in one object so the eval loop reads plain fields.
import type { W } from "../objects/model.ts";
import type { Frame } from "./frame.ts";

export const state = {
  /** The frame currently executing (top of the Python stack), or null at top level. */
  frame: null as Frame | null,
  /** The exception currently being handled (PUSH_EXC_INFO/POP_EXCEPT), or null. */
  exc: null as W | null,
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
};
