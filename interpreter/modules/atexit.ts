// atexit: functions run when the interpreter finishes (after the main program, or after an uncaught
// exception has been reported, before the standard streams are flushed), last registered first, as
// CPython's Modules/atexitmodule.c. An exception in a callback is reported as unraisable and the others
// still run. The runtime calls `runExitFuncs` from `finish()`.
import { call, type Kwargs, None, PyType, typeOf, type W } from "../objects/model.ts";
import { eq, repr } from "../objects/operations.ts";
import { raiseTypeError, toPyError } from "../vm/errors.ts";
import { reportUnraisable } from "./unraisable.ts";
import { checkArgs } from "./time.ts";
import type { NativeModuleDef } from "./define.ts";

interface ExitCallback {
  func: W;
  args: W[];
  kwargs: Kwargs | null;
}

const callbacks: ExitCallback[] = [];

function isCallable(w: W): boolean {
  if (typeof w !== "object") return false;
  if (w instanceof PyType) return true;
  return typeOf(w).lookup("__call__") !== undefined;
}

/** Run and forget the registered callbacks, newest first (atexit._run_exitfuncs, and at exit). */
export function runExitFuncs(): void {
  while (callbacks.length > 0) {
    const cb = callbacks.pop()!;
    try {
      call(cb.func, cb.args, cb.kwargs);
    } catch (e) {
      reportUnraisable(`Exception ignored in atexit callback ${safeRepr(cb.func)}`, toPyError(e));
    }
  }
}

function safeRepr(w: W): string {
  try {
    return repr(w);
  } catch {
    return `<${typeOf(w).name} object>`;
  }
}

export const atexitModule: NativeModuleDef = {
  name: "atexit",
  doc: "allow programmer to define multiple exit functions to be executed\n" +
    "upon normal program termination.\n\n" +
    "Two public functions, register and unregister, are defined.\n",
  functions: [
    {
      name: "register",
      arity: [0, -1],
      kw: ["**"],
      impl: (a, kw) => {
        if (a.length === 0) raiseTypeError("register() takes at least 1 argument (0 given)");
        const func = a[0];
        if (!isCallable(func)) raiseTypeError("the first argument must be callable");
        const kwargs = kw === null || kw.names.length === 0
          ? null
          : { names: kw.names.slice(), values: kw.values.slice() };
        callbacks.push({ func, args: a.slice(1), kwargs });
        return func;
      },
      doc: "Register a function to be executed upon normal program termination\n\n" +
        "    func - function to be called at exit\n" +
        "    args - optional arguments to pass to func\n" +
        "    kwargs - optional keyword arguments to pass to func\n\n" +
        "    func is returned to facilitate usage as a decorator.",
    },
    {
      name: "unregister",
      arity: [0, -1],
      kw: ["**"],
      impl: (a, kw) => {
        checkArgs("atexit.unregister", "o", a, kw, 1, 1);
        // compare first, then remove: an __eq__ that registers or unregisters must not skip entries
        const matches = callbacks.filter((cb) => eq(cb.func, a[0]));
        for (const m of matches) {
          const i = callbacks.indexOf(m);
          if (i >= 0) callbacks.splice(i, 1);
        }
        return None;
      },
    },
    {
      name: "_run_exitfuncs",
      arity: [0, -1],
      kw: ["**"],
      impl: (a, kw) => {
        checkArgs("atexit._run_exitfuncs", "noargs", a, kw, 0, 0);
        runExitFuncs();
        return None;
      },
    },
    {
      name: "_clear",
      arity: [0, -1],
      kw: ["**"],
      impl: (a, kw) => {
        checkArgs("atexit._clear", "noargs", a, kw, 0, 0);
        callbacks.length = 0;
        return None;
      },
    },
    {
      name: "_ncallbacks",
      arity: [0, -1],
      kw: ["**"],
      impl: (a, kw) => {
        checkArgs("atexit._ncallbacks", "noargs", a, kw, 0, 0);
        return callbacks.length;
      },
    },
  ],
};
