// Python exceptions travelling through TypeScript: ONE JS error class wrapping the Python exception
// object (PyPy's OperationError), plus `raiseX(...)` helpers in the spirit of PyPy's oefmt.
import type { PyObject, PyType, W } from "../objects/model.ts";

// The exception module installs this so errors.ts has no import cycle with the type files.
let makeException: (cls: PyType, args: W[]) => PyObject = () => {
  throw new Error("exception types not initialised");
};
let exceptionTypes: Record<string, PyType> = {};

export function installExceptionFactory(
  factory: (cls: PyType, args: W[]) => PyObject,
  types: Record<string, PyType>,
): void {
  makeException = factory;
  exceptionTypes = types;
}

/**
 * A Python exception in flight. `value` is the exception instance (a BaseException subclass). Not a JS
 * Error subclass on purpose: constructing an Error costs ~1 µs (stack capture) against ~0.2 µs for a plain
 * object, and Python code raises often (every generator ends with StopIteration).
 */
export class PyError {
  declare readonly value: PyObject;
  /** Set once __context__ has been attached at the raise point (the loop sees a PyError once per frame). */
  declare chained: boolean;
  constructor(value: PyObject) {
    this.value = value;
    this.chained = false;
  }
  /** Message is computed lazily: Python code rarely needs the JS message. */
  get message(): string {
    const cls = this.value.cls;
    const args = (this.value as unknown as { args?: W[] }).args;
    const first = args && args.length > 0 ? args[0] : undefined;
    const text = first === undefined
      ? ""
      : typeof first === "object" && first !== null && "value" in first
      ? String((first as { value: unknown }).value)
      : String(first);
    return text ? `${cls.name}: ${text}` : cls.name;
  }
  get name(): string {
    return "PyError";
  }
  toString(): string {
    return this.message;
  }
  /** True when the wrapped exception is an instance of `cls` (or a subclass). */
  matches(cls: PyType): boolean {
    return this.value.cls.isSubtypeOf(cls);
  }
}

/** The exception type named `name` (e.g. "TypeError"); throws a JS error for an unknown name. */
export function exceptionType(name: string): PyType {
  const t = exceptionTypes[name];
  if (t === undefined) throw new Error(`unknown exception type ${name}`);
  return t;
}

/** Build a PyError for `cls(*args)` (args already Python values). */
export function newError(cls: PyType, args: W[]): PyError {
  return new PyError(makeException(cls, args));
}

/** Build a PyError of the named exception type with a message string. */
export function errorWithMessage(name: string, message: string): PyError {
  return newError(exceptionType(name), [strFactory(message)]);
}

let strFactory: (s: string) => W = (s) => s as unknown as W;
export function installStrFactory(f: (s: string) => W): void {
  strFactory = f;
}

export function raiseTypeError(message: string): never {
  throw errorWithMessage("TypeError", message);
}
export function raiseValueError(message: string): never {
  throw errorWithMessage("ValueError", message);
}
export function raiseAttributeError(message: string): never {
  throw errorWithMessage("AttributeError", message);
}
export function raiseIndexError(message: string): never {
  throw errorWithMessage("IndexError", message);
}
export function raiseKeyError(key: W): never {
  throw newError(exceptionType("KeyError"), [key]);
}
export function raiseZeroDivisionError(message: string): never {
  throw errorWithMessage("ZeroDivisionError", message);
}
export function raiseOverflowError(message: string): never {
  throw errorWithMessage("OverflowError", message);
}
export function raiseNotImplementedError(message: string): never {
  throw errorWithMessage("NotImplementedError", message);
}
export function raiseRuntimeError(message: string): never {
  throw errorWithMessage("RuntimeError", message);
}
export function raiseSystemError(message: string): never {
  throw errorWithMessage("SystemError", message);
}
export function raiseStopIteration(value?: W): never {
  throw newError(exceptionType("StopIteration"), value === undefined ? [] : [value]);
}

/** Convert any JS throwable into a PyError: internal faults become SystemError (design invariant). */
export function toPyError(e: unknown): PyError {
  if (e instanceof PyError) return e;
  if (e instanceof RangeError && /call stack/.test(e.message)) {
    return errorWithMessage("RecursionError", "maximum recursion depth exceeded");
  }
  // an allocation the engine refused (b"x" * 2**40, a string, buffer or int past its size limit, as
  // 1 << 2**30 whose 2**30 + 1 bits V8's BigInt cannot hold): CPython's MemoryError
  if (
    e instanceof RangeError &&
    /Invalid string length|Array buffer allocation failed|Invalid (typed )?array length|Maximum BigInt size/
      .test(e.message)
  ) {
    return newError(exceptionType("MemoryError"), []);
  }
  const detail = e instanceof Error ? e.message : String(e);
  return errorWithMessage("SystemError", `internal error: ${detail}`);
}
