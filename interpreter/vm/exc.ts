// Exception bookkeeping shared by the eval loop and generators: implicit chaining (__context__, with
// CPython's cycle cut) and traceback entries.
import { None, type PyObject, type W } from "../objects/model.ts";
import { PyBaseException } from "../objects/exceptions.ts";
import { PyTraceback } from "../objects/traceback.ts";
import { type Frame, markEscaped } from "./frame.ts";
import type { PyError } from "./errors.ts";
import { topmostExc } from "./state.ts";

/** `exc.__context__ = handled` as _PyErr_SetObject does, cutting any cycle through `exc`. */
export function setContext(exc: PyObject, handled: W | null): void {
  if (handled === null || handled === None || handled === exc) return;
  if (!(exc instanceof PyBaseException) || !(handled instanceof PyBaseException)) return;
  let o: PyBaseException = handled;
  for (let guard = 0; guard < 10000; guard++) {
    const ctx = o.context;
    if (!(ctx instanceof PyBaseException)) break;
    if (ctx === exc) {
      o.context = None;
      break;
    }
    o = ctx;
  }
  exc.context = handled;
}

/** Prepend a traceback entry for `frame` at its current instruction. */
export function addTraceback(exc: PyObject, frame: Frame): void {
  if (!(exc instanceof PyBaseException)) return;
  markEscaped(frame);
  exc.traceback = new PyTraceback(frame, frame.lasti, exc.traceback);
}

/**
 * Unwinding's step for the frame an exception was raised in (the eval loop and a compiled function's own
 * handler): its __context__, set once per raise, and the frame's traceback entry.
 */
export function recordRaise(err: PyError, frame: Frame): void {
  const exc = err.value;
  if (!err.chained) {
    setContext(exc, topmostExc());
    err.chained = true;
  }
  addTraceback(exc, frame);
}
