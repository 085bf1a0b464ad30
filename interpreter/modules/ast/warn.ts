// Warnings from TS code go through the `warnings` module, as PyErr_WarnFormat does (stacklevel 1 is the
// Python frame that called the builtin). When `warnings` cannot be imported the warning is dropped.
import { call, getAttr, type W } from "../../objects/model.ts";
import { newStr } from "../../objects/str.ts";
import { exceptionTypes } from "../../objects/exceptions.ts";
import { importModule } from "../../importing/importer.ts";
import { PyError } from "../../vm/errors.ts";

export function warnDeprecation(message: string): void {
  warn(message, exceptionTypes.DeprecationWarning);
}

export function warn(message: string, category: W): void {
  let mod: W;
  try {
    mod = importModule("warnings");
  } catch (e) {
    if (e instanceof PyError) return;
    throw e;
  }
  call(getAttr(mod, "warn"), [newStr(message), category, 1]);
}
