// frame objects as Python sees them (sys._getframe(), tb_frame, gi_frame): f_locals, f_lineno, f_back, …
import { defineGetSets, defineMethods, False, None, True, type W } from "./model.ts";
import { FrameTrace } from "../vm/tracing.ts";
import { isTrue } from "./operations.ts";
import { Frame, frameGenerator, frameType, markEscaped } from "../vm/frame.ts";
import { PyCell } from "./cell.ts";
import { clearFrameVariables, frameLocalsDict, PyFrameLocalsProxy } from "./framelocalsproxy.ts";
import type { PyGenerator } from "./generator.ts";
import { state } from "../vm/state.ts";
import { newStr } from "./str.ts";
import { CO_FAST_HIDDEN } from "../compiler/code.ts";
import { cpythonOffset } from "../compiler/cpython_layout.ts";
import { errorWithMessage, raiseTypeError } from "../vm/errors.ts";

function raiseRuntimeError(message: string): never {
  throw errorWithMessage("RuntimeError", message);
}
import { objectId } from "./object.ts";

/**
 * A snapshot of a frame's variables (locals() / f_locals). A module or class body answers its namespace,
 * except while an inlined comprehension binds its hidden fast locals (PEP 709): then, as CPython 3.14's
 * _PyFrame_GetLocals, the bound fast locals.
 */
export function frameLocals(frame: Frame): W {
  if (frame.locals !== null && !hasBoundHiddenLocal(frame)) return frame.locals;
  return frameLocalsDict(frame, true);
}

function hasBoundHiddenLocal(frame: Frame): boolean {
  const code = frame.code;
  for (let i = 0; i < code.nlocalsplus; i++) {
    if (!(code.kinds[i] & CO_FAST_HIDDEN)) continue;
    const v = frame.slots[i];
    if (v !== undefined && !(v instanceof PyCell && v.ref === undefined)) return true;
  }
  return false;
}

function traceInfoOf(f: Frame): FrameTrace {
  if (f.traceInfo === null) f.traceInfo = new FrameTrace();
  return f.traceInfo;
}

function fr(w: W): Frame {
  if (!(w instanceof Frame)) raiseTypeError("descriptor requires a 'frame' object");
  return w;
}

defineGetSets(frameType, [
  {
    // a function frame answers a write-through FrameLocalsProxy (PEP 667); module and class bodies their dict
    name: "f_locals",
    // a module or class body's namespace, or a live proxy while an inlined comprehension binds hidden
    // fast locals there (_PyFrame_GetLocals)
    get: (f) => {
      const frame = fr(f);
      return frame.locals !== null && !hasBoundHiddenLocal(frame)
        ? frame.locals
        : new PyFrameLocalsProxy(frame);
    },
  },
  { name: "f_globals", get: (f) => fr(f).globals },
  { name: "f_builtins", get: (f) => fr(f).builtins },
  { name: "f_code", get: (f) => fr(f).code },
  {
    name: "f_back",
    get: (f) => {
      markEscaped(fr(f).back);
      return fr(f).back ?? None;
    },
  },
  { name: "f_lineno", get: (f) => fr(f).lineno },
  { name: "f_lasti", get: (f) => cpythonOffset(fr(f).code.co, fr(f).lasti) },
  {
    name: "f_trace",
    get: (f) => fr(f).trace ?? None,
    set: (f, v) => void (fr(f).trace = v === None ? null : v),
    delete: (f) => void (fr(f).trace = null),
  },
  { name: "f_generator", get: (f) => frameGenerator(fr(f)) ?? None },
  {
    name: "f_trace_lines",
    get: (f) => (fr(f).traceInfo?.lines ?? true) ? True : False,
    set: (f, v) => void (traceInfoOf(fr(f)).lines = isTrue(v)),
  },
  {
    name: "f_trace_opcodes",
    get: (f) => (fr(f).traceInfo?.opcodes ?? false) ? True : False,
    set: (f, v) => void (traceInfoOf(fr(f)).opcodes = isTrue(v)),
  },
]);
defineMethods(frameType, [
  {
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => {
      const f = fr(a[0]);
      return newStr(
        `<frame at 0x${
          objectId(f).toString(16)
        }, file '${f.code.co.co_filename}', line ${f.lineno}, code ${f.code.co.co_name}>`,
      );
    },
  },
  {
    name: "clear",
    arity: [0, 0],
    impl: (a) => {
      const f = fr(a[0]);
      for (let g = state.frame; g !== null; g = g.back) {
        if (g === f) raiseRuntimeError("cannot clear an executing frame");
      }
      const gen = frameGenerator(f) as PyGenerator | null;
      if (gen !== null) {
        if (gen.running) raiseRuntimeError("cannot clear an executing frame");
        if (gen.started && !f.finished) raiseRuntimeError("cannot clear a suspended frame");
        f.finished = true;
      }
      clearFrameVariables(f);
      return None;
    },
  },
]);
