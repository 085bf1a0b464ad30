// Shared pieces of the `_io` module: UnsupportedOperation, the closed-file errors, argument conversion
// (sizes "int or None", whence) and the registry of writers flushed at interpreter exit.
import { type Kwargs, None, PyBool, type PyType, typeOf, type W } from "../../objects/model.ts";
import { exceptionTypes, newException } from "../../objects/exceptions.ts";
import { newClass } from "../../objects/type.ts";
import { newStr } from "../../objects/str.ts";
import { PyError, raiseTypeError, raiseValueError } from "../../vm/errors.ts";
import { indexValue } from "../../objects/slice.ts";

/** 128 KiB since CPython 3.14. */
export const DEFAULT_BUFFER_SIZE = 128 * 1024;

/** io.UnsupportedOperation: a subclass of both OSError and ValueError, with `__module__` "io". */
export const unsupportedOperationType: PyType = newClass(
  "UnsupportedOperation",
  [exceptionTypes.OSError, exceptionTypes.ValueError],
  new Map(),
  "io",
);

export function unsupported(message: string): never {
  throw new PyError(newException(unsupportedOperationType, [newStr(message)]));
}

export function raiseClosed(): never {
  raiseValueError("I/O operation on closed file.");
}

/** An `int or None` size argument; None/undefined → -1 (CPython's _Py_convert_optional_to_ssize_t). */
export function sizeArg(w: W | undefined): number {
  if (w === undefined || w === None) return -1;
  if (typeof w === "number") return w;
  if (typeof w === "bigint") return w > 0n ? Number.MAX_SAFE_INTEGER : -1;
  if (w instanceof PyBool) return w.value ? 1 : 0;
  if (typeOf(w).lookup("__index__") === undefined) {
    raiseTypeError(`argument should be integer or None, not '${typeOf(w).name}'`);
  }
  return indexValue(w);
}

/** A Py_ssize_t argument with a default (None is a TypeError, unlike sizeArg). */
export function ssizeArg(w: W | undefined, dflt: number): number {
  return w === undefined ? dflt : intArg(w);
}

/** An integer argument (`__index__`), with CPython's message for other types. */
export function intArg(w: W): number {
  if (typeof w === "number") return w;
  if (typeof w === "bigint") return w > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  if (typeof w === "object" && typeOf(w).lookup("__index__") === undefined) {
    raiseTypeError(`'${typeOf(w).name}' object cannot be interpreted as an integer`);
  }
  return indexValue(w);
}

/**
 * seek()'s position for BytesIO/StringIO (Py_ssize_t): beyond Py_ssize_t is OverflowError; positions past
 * 2**53 are kept as the largest exact number (reads there are at EOF anyway), and `exact` is what seek()
 * returns for whence 0 (seek(sys.maxsize) returns sys.maxsize).
 */
export function seekPosArg(w: W): { pos: number; exact: W } {
  if (typeof w === "bigint") {
    if (w > 9223372036854775807n || w < -9223372036854775808n) {
      throw new PyError(
        newException(exceptionTypes.OverflowError, [newStr("Python int too large to convert to C ssize_t")]),
      );
    }
    return { pos: w > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER, exact: w };
  }
  const pos = intArg(w);
  return { pos, exact: pos };
}

/** Objects with pending output, flushed at exit (a writer registers itself while its buffer is non-empty). */
export const pendingWriters: Set<{ flushAtExit(): void }> = new Set();

export function flushAllAtExit(): void {
  for (const w of [...pendingWriters]) {
    try {
      w.flushAtExit();
    } catch { /* a closed pipe at exit is not worth reporting */ }
  }
  pendingWriters.clear();
}

/**
 * Positional + keyword arguments of a constructor or method taking `names` (after self), bound with
 * CPython's argument-clinic messages naming `fname` (e.g. "StringIO()"). For specs with kw: ["**"].
 */
export function bindArgs(
  fname: string,
  names: string[],
  a: W[],
  k: Kwargs | null,
  required = 0,
): (W | undefined)[] {
  const out: (W | undefined)[] = new Array(names.length);
  const npos = a.length - 1;
  if (npos > names.length) {
    raiseTypeError(
      `${fname}() takes at most ${names.length} argument${names.length === 1 ? "" : "s"} (${npos} given)`,
    );
  }
  for (let i = 0; i < npos; i++) out[i] = a[i + 1];
  if (k !== null) {
    for (let j = 0; j < k.names.length; j++) {
      const i = names.indexOf(k.names[j]);
      if (i < 0) raiseTypeError(`${fname}() got an unexpected keyword argument '${k.names[j]}'`);
      if (out[i] !== undefined) {
        raiseTypeError(`argument for ${fname}() given by name ('${names[i]}') and position (${i + 1})`);
      }
      out[i] = k.values[j];
    }
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) {
      raiseTypeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  return out;
}

/** tp_name of an _io object's type: "_io.StringIO" for our types, the class name for subclasses. */
export function tpName(w: W): string {
  const t = typeOf(w);
  return t.module === "_io" ? `_io.${t.name}` : t.name;
}
