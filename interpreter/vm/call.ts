// Calls of Python functions: binding arguments into a new frame's fast locals (CPython's
// initialize_locals, with its error messages), and the nested entry used when TS code calls Python.
import { type Kwargs, None, type PyObject, type W } from "../objects/model.ts";
import { Frame, recycleFrame } from "./frame.ts";
import { state } from "./state.ts";
import { type PyFunction } from "../objects/function.ts";
import { newTuple, type PyTuple } from "../objects/tuple.ts";
import { newDict, type PyDict } from "../objects/dict.ts";
import { PyStr } from "../objects/str.ts";
import { errorWithMessage, raiseTypeError } from "./errors.ts";
import { CO_OPTIMIZED, CO_VARARGS, CO_VARKEYWORDS } from "../compiler/code.ts";

/** Make the frame for calling `func` with `nargs` values at src[start..], the last kwnames.length of them by keyword. */
export function frameForCall(
  func: PyFunction,
  src: (W | undefined)[],
  start: number,
  nargs: number,
  kwnames: PyTuple | null,
): Frame {
  const code = func.code;
  const frame = newCallFrame(func);
  const slots = frame.slots;
  if (
    kwnames === null && nargs === code.argcount && (code.flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 &&
    code.kwonlyargcount === 0
  ) {
    for (let i = 0; i < nargs; i++) slots[i] = src[start + i];
    return frame;
  }
  bindArgs(func, slots, src, start, nargs, kwnames === null ? null : kwnames.items as PyStr[]);
  return frame;
}

/** A frame for a call of `func` (its code's free frame when there is one), arguments not yet bound. */
export function newCallFrame(func: PyFunction): Frame {
  const code = func.code;
  const frame = code.freeFrame;
  if (frame !== null) {
    code.freeFrame = null;
    frame.reuse(func, func.globals, func.builtins);
    return frame;
  }
  // a function made from module code (FunctionType(compile(...), g)) runs with its globals as locals, as
  // CPython's _PyFunction_Vectorcall does for code without CO_OPTIMIZED
  return new Frame(code, func, func.globals, func.builtins, code.flags & CO_OPTIMIZED ? null : func.globals);
}

function quotedList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return q.slice(0, -1).join(", ") + ", and " + q[q.length - 1];
}

/** General argument binding (positional, defaults, keywords, *args, **kwargs, keyword-only). */
export function bindArgs(
  func: PyFunction,
  slots: (W | undefined)[],
  src: (W | undefined)[],
  start: number,
  nargs: number,
  kwnames: PyStr[] | null,
): void {
  const code = func.code;
  const argcount = code.argcount;
  const kwonly = code.kwonlyargcount;
  const names = code.localsplusnames;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = nargs - nkw;
  const total = argcount + kwonly;
  const fname = func.qualname;
  let kwdict: PyDict | null = null;
  let slot = total;
  if (code.flags & CO_VARARGS) slot++;
  if (code.flags & CO_VARKEYWORDS) {
    kwdict = newDict();
    slots[slot] = kwdict;
  }
  const n = npos < argcount ? npos : argcount;
  for (let i = 0; i < n; i++) slots[i] = src[start + i];
  if (code.flags & CO_VARARGS) {
    slots[total] = npos > argcount
      ? newTuple(src.slice(start + argcount, start + npos) as W[])
      : newTuple([]);
  }
  // keywords
  for (let k = 0; k < nkw; k++) {
    const key = kwnames![k];
    const name = key.value;
    const value = src[start + npos + k]!;
    let idx = -1;
    for (let j = code.posonlyargcount; j < total; j++) {
      if (names[j] === name) {
        idx = j;
        break;
      }
    }
    if (idx < 0) {
      if (kwdict !== null) {
        kwdict.setItem(key, value);
        continue;
      }
      // every positional-only name given as a keyword is listed (positional_only_passed_as_keyword)
      const posonly: string[] = [];
      for (const kw of kwnames!) {
        for (let j = 0; j < code.posonlyargcount; j++) if (names[j] === kw.value) posonly.push(kw.value);
      }
      if (posonly.length > 0) {
        raiseTypeError(
          `${fname}() got some positional-only arguments passed as keyword arguments: '${
            posonly.join(", ")
          }'`,
        );
      }
      raiseTypeError(`${fname}() got an unexpected keyword argument '${name}'`);
    }
    if (slots[idx] !== undefined) raiseTypeError(`${fname}() got multiple values for argument '${name}'`);
    slots[idx] = value;
  }
  // after the keywords, as CPython: its message counts the keyword-only arguments given
  if (npos > argcount && !(code.flags & CO_VARARGS)) tooManyPositional(func, npos, nkw, slots);
  // defaults for missing positionals
  if (npos < argcount) {
    const defaults = func.defaults;
    const ndef = defaults === null ? 0 : defaults.length;
    const firstDefault = argcount - ndef;
    const missing: string[] = [];
    for (let i = npos; i < argcount; i++) {
      if (slots[i] !== undefined) continue;
      if (i >= firstDefault) slots[i] = defaults![i - firstDefault];
      else missing.push(names[i]);
    }
    if (missing.length > 0) {
      raiseTypeError(
        `${fname}() missing ${missing.length} required positional argument${missing.length > 1 ? "s" : ""}: ${
          quotedList(missing)
        }`,
      );
    }
  }
  if (kwonly > 0) {
    const missing: string[] = [];
    for (let i = argcount; i < total; i++) {
      if (slots[i] !== undefined) continue;
      const d = func.kwdefaults === null ? undefined : (func.kwdefaults as PyDict).getStr(names[i]);
      if (d !== undefined) slots[i] = d;
      else missing.push(names[i]);
    }
    if (missing.length > 0) {
      raiseTypeError(
        `${fname}() missing ${missing.length} required keyword-only argument${
          missing.length > 1 ? "s" : ""
        }: ${quotedList(missing)}`,
      );
    }
  }
}

function tooManyPositional(func: PyFunction, npos: number, nkw: number, slots: (W | undefined)[]): never {
  const code = func.code;
  const argcount = code.argcount;
  const ndef = func.defaults === null ? 0 : func.defaults.length;
  let kwonlyGiven = 0;
  for (let i = argcount; i < argcount + code.kwonlyargcount; i++) if (slots[i] !== undefined) kwonlyGiven++;
  void nkw;
  const plural = (k: number) => (k === 1 ? "" : "s");
  const takes = ndef > 0
    ? `from ${argcount - ndef} to ${argcount} positional arguments`
    : `${argcount} positional argument${plural(argcount)}`;
  const given = kwonlyGiven > 0
    ? `${npos} positional argument${plural(npos)} (and ${kwonlyGiven} keyword-only argument${
      plural(kwonlyGiven)
    }) were given`
    : `${npos} ${npos === 1 ? "was" : "were"} given`;
  raiseTypeError(`${func.qualname}() takes ${takes} but ${given}`);
}

/**
 * callFunction(func, [a, b]) (or [a] when b is undefined) without the array when the arguments fill the
 * parameters exactly: the special-method protocols call user dunders this way.
 */
export function callFunction2(func: PyFunction, a: W, b: W | undefined): W {
  const code = func.code;
  const n = b === undefined ? 1 : 2;
  if (
    code.argcount !== n || code.kwonlyargcount !== 0 || (code.flags & (CO_VARARGS | CO_VARKEYWORDS)) !== 0
  ) return callFunction(func, b === undefined ? [a] : [a, b], null);
  const frame = newCallFrame(func);
  frame.slots[0] = a;
  if (b !== undefined) frame.slots[1] = b;
  return runCallFrame(frame);
}

/** Call a Python function from TS: a nested run of the eval loop. */
export function callFunction(func: PyFunction, args: W[], kwargs: Kwargs | null): W {
  let frame: Frame;
  if (kwargs === null || kwargs.names.length === 0) {
    frame = frameForCall(func, args, 0, args.length, null);
  } else {
    const src = args.concat(kwargs.values);
    frame = frameForCall(func, src, 0, src.length, newTuple(kwargs.names.map((n) => newStrCached(n))));
  }
  return runCallFrame(frame);
}

/** A nested run of a call's frame, counted against the recursion limit. */
function runCallFrame(frame: Frame): W {
  if (++state.depth > state.recursionLimit) {
    state.depth--;
    throw errorWithMessage("RecursionError", "maximum recursion depth exceeded");
  }
  let r: W;
  try {
    r = executeHook.run(frame);
  } finally {
    state.depth--;
  }
  // a frame that finished without being exposed serves the next call (generator frames stay theirs)
  if (!frame.suspended) recycleFrame(frame);
  return r;
}
/** Set by eval.ts (avoids an import cycle with the loop). */
export const executeHook = { run: (_f: Frame): W => None };

const strCache = new Map<string, PyStr>();
function newStrCached(s: string): PyStr {
  let w = strCache.get(s);
  if (w === undefined) {
    w = new PyStr(s);
    if (strCache.size < 10000) strCache.set(s, w);
  }
  return w;
}

/** Run a module body (func null) or a class body (its function, for the closure) with a locals mapping. */
export function runCode(
  code: Frame["code"],
  globals: PyObject,
  builtins: PyObject,
  locals: W,
  func: PyFunction | null = null,
): W {
  const frame = new Frame(code, func, globals, builtins, locals);
  if (++state.depth > state.recursionLimit) {
    state.depth--;
    throw errorWithMessage("RecursionError", "maximum recursion depth exceeded");
  }
  try {
    return executeHook.run(frame);
  } finally {
    state.depth--;
  }
}
