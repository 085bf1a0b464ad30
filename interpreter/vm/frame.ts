// Flat frames (DESIGN.md): locals, cells and the value stack live in one array with fixed slots per code
// object — `slots[0 .. nlocalsplus)` are the fast locals/cells/free variables, the value stack grows from
// `nlocalsplus`. Frames are Python objects too (sys._getframe, tracebacks), so Frame is the frame type's
// instance layout directly.
import { builtinType, PyObject, type PyType, TypeFlags, type W } from "../objects/model.ts";
import type { PyCode } from "../objects/codeobject.ts";
import type { PyFunction } from "../objects/function.ts";
import type { FrameTrace } from "./tracing.ts";

export const frameType: PyType = builtinType("frame", undefined, { flags: TypeFlags.DISALLOW_INSTANTIATION });

export class Frame extends PyObject {
  declare code: PyCode;
  declare func: PyFunction | null;
  /** The globals dict (a PyDict). */
  declare globals: PyObject;
  declare builtins: PyObject;
  /** The locals mapping of module and class bodies (LOAD_NAME/STORE_NAME), null for functions. */
  declare locals: W | null;
  declare slots: (W | undefined)[];
  declare sp: number;
  /** Index of the next instruction (code units). */
  declare pc: number;
  /** Index of the instruction that last ran (tracebacks, f_lineno); -1 before the first. */
  declare lasti: number;
  declare back: Frame | null;
  /**
   * The generator/coroutine that owns this frame, when it has one; a generator whose finaliser is tracked
   * (modules/finalizers.ts) leaves None here and is reached weakly through `genRef` (see frameGenerator).
   */
  declare gen: PyObject | null;
  declare genRef: WeakRef<PyObject> | null;
  /** Set by YIELD_VALUE when the frame suspended rather than returned. */
  declare suspended: boolean;
  /** Finished frames keep their locals for f_locals but cannot run again. */
  declare finished: boolean;
  /** f_trace: the local trace function (sys.settrace), or null. */
  declare trace: W | null;
  /** Tracing bookkeeping (vm/tracing.ts), created when a trace function first sees this frame. */
  declare traceInfo: FrameTrace | null;
  /** For `Cls(...)` calls whose __init__ runs as this frame: the new instance, returned instead of None. */
  declare initSelf: W | null;
  /**
   * Python code may hold this frame (sys._getframe, a traceback, a trace function) or reach it through
   * f_back: it must not be reused when it returns (see `markEscaped`).
   */
  declare escaped: boolean;

  constructor(
    code: PyCode,
    func: PyFunction | null,
    globals: PyObject,
    builtins: PyObject,
    locals: W | null,
  ) {
    super();
    this.cls = frameType;
    this.pc = 0;
    this.lasti = -1;
    this.back = null;
    this.gen = null;
    this.suspended = false;
    this.finished = false;
    this.trace = null;
    this.traceInfo = null;
    this.initSelf = null;
    this.escaped = false;
    this.code = code;
    this.func = func;
    this.globals = globals;
    this.builtins = builtins;
    this.locals = locals;
    this.slots = code.newSlots();
    this.sp = code.nlocalsplus;
  }

  /** Make this finished, unescaped frame the frame of a new call of the same code. */
  reuse(func: PyFunction, globals: PyObject, builtins: PyObject): void {
    this.pc = 0;
    this.lasti = -1;
    this.suspended = false;
    this.finished = false;
    this.trace = null;
    this.traceInfo = null;
    this.func = func;
    this.globals = globals;
    this.builtins = builtins;
  }

  get lineno(): number {
    // an instruction without a location (an implicit return) reports the last line before it
    for (let i = this.lasti < 0 ? 0 : this.lasti; i >= 0; i--) {
      const line = this.code.lineAt(i);
      if (line >= 0) return line;
    }
    return this.code.co.co_firstlineno;
  }
}

// genRef defaults to null on the prototype: only tracked generators' frames set it
(Frame.prototype as { genRef: unknown }).genRef = null;

/** The generator that owns `frame` (null: none, or a tracked one that is gone). */
export function frameGenerator(frame: Frame): PyObject | null {
  return frame.genRef !== null ? frame.genRef.deref() ?? null : frame.gen;
}

/**
 * Python can now reach `frame` and, through f_back, every frame below it: none of them may be reused.
 * Called wherever a frame is handed to Python code or stored (tracebacks, sys._getframe, trace functions).
 */
export function markEscaped(frame: Frame | null): void {
  for (let f = frame; f !== null && !f.escaped; f = f.back) f.escaped = true;
}

/**
 * A frame that returned normally and was never exposed goes back to its code object for the next call.
 * Its locals are cleared (the value stack is already empty), as CPython drops them on return.
 */
export function recycleFrame(frame: Frame): void {
  const slots = frame.slots;
  const n = frame.code.nlocalsplus;
  if (frame.escaped || frame.gen !== null || frame.locals !== null) {
    // the value stack is dead after a return; f_locals keeps the locals
    for (let i = n; i < slots.length; i++) slots[i] = undefined;
    return;
  }
  for (let i = 0; i < slots.length; i++) slots[i] = undefined;
  frame.back = null;
  frame.initSelf = null;
  frame.func = null;
  frame.code.freeFrame = frame;
}
