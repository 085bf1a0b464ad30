// Unraisable exceptions (an error in an atexit callback, a weakref callback, a gc callback, ...): they are
// handed to sys.unraisablehook as an UnraisableHookArgs, as CPython's PyErr_FormatUnraisable does. The
// default hook (sys.__unraisablehook__) prints the message, the object and the traceback to sys.stderr.
import { call, getAttr, None, type W } from "../objects/model.ts";
import { newStr, PyStr } from "../objects/str.ts";
import { repr } from "../objects/operations.ts";
import { PyBaseException } from "../objects/exceptions.ts";
import { structSeq, structSeqType } from "../objects/structseq.ts";
import { PyTuple } from "../objects/tuple.ts";
import { PyError, raiseTypeError } from "../vm/errors.ts";
import { formatException } from "../vm/traceback_print.ts";
import { importModule } from "../importing/importer.ts";
import { bufferHooks } from "../objects/memoryview.ts";

export const unraisableArgsType = structSeqType("UnraisableHookArgs", "sys", [
  "exc_type",
  "exc_value",
  "exc_traceback",
  "err_msg",
  "object",
]);

function writeStderr(text: string): void {
  try {
    const err = getAttr(importModule("sys"), "stderr");
    if (err === None) return;
    call(getAttr(err, "write"), [newStr(text)]);
    try {
      call(getAttr(err, "flush"), []);
    } catch {
      // a stream without flush still got the text
    }
  } catch {
    Deno.stderr.writeSync(new TextEncoder().encode(text));
  }
}

/** sys.__unraisablehook__: CPython's write_unraisable_exc_file. */
export function defaultUnraisableHook(args: W): void {
  if (!(args instanceof PyTuple) || args.cls !== unraisableArgsType) {
    raiseTypeError("sys.unraisablehook argument type must be UnraisableHookArgs");
  }
  const [, value, , errMsg, obj] = (args as PyTuple).items;
  let text = "";
  if (obj !== None) {
    text += errMsg instanceof PyStr ? `${errMsg.value}: ` : "Exception ignored in: ";
    try {
      text += repr(obj);
    } catch {
      text += "<object repr() failed>";
    }
    text += "\n";
  } else if (errMsg instanceof PyStr) text += `${errMsg.value}:\n`;
  if (value !== None) text += formatException(value);
  writeStderr(text);
}

/**
 * Report `e` as unraisable: `errMsg` is CPython's formatted message (null: "Exception ignored in"), `obj` the
 * object concerned (null: none). An error raised by the hook itself is printed by the default hook.
 */
export function reportUnraisable(errMsg: string | null, e: PyError, obj: W | null = null): void {
  const v = e.value;
  const args = structSeq(unraisableArgsType, [
    v instanceof PyBaseException ? v.cls : None,
    v,
    v instanceof PyBaseException ? v.traceback : None,
    errMsg === null ? None : newStr(errMsg),
    obj ?? None,
  ]);
  let hook: W = None;
  try {
    hook = getAttr(importModule("sys"), "unraisablehook");
  } catch {
    // no sys.unraisablehook: the default hook
  }
  if (hook === None) return defaultUnraisableHook(args);
  try {
    call(hook, [args]);
  } catch (err) {
    if (!(err instanceof PyError)) throw err;
    defaultUnraisableHook(structSeq(unraisableArgsType, [
      err.value instanceof PyBaseException ? err.value.cls : None,
      err.value,
      err.value instanceof PyBaseException ? err.value.traceback : None,
      newStr("Exception ignored in sys.unraisablehook"),
      hook,
    ]));
  }
}
// memoryview.ts reports exceptions of __release_buffer__ here (objects/ does not import modules/)
bufferHooks.unraisable = (message, error) => reportUnraisable(message, error);
