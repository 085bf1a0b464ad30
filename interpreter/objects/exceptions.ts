// The built-in exception hierarchy of CPython 3.14, declared as a table (name, base), plus
// BaseException's attributes and methods.
import {
  defineGetSets,
  defineMethods,
  getAttr,
  None,
  PyInstance,
  PyType,
  setAttr,
  setAttributeErrorType,
  TypeFlags,
  type W,
} from "./model.ts";
import { objectType } from "./model.ts";
import { installExceptionFactory, raiseTypeError } from "../vm/errors.ts";
import { newStr, PyStr } from "./str.ts";

/** An exception instance: args plus the standard dunder attributes; extra attributes via the map. */
export class PyBaseException extends PyInstance {
  declare args: W[];
  declare cause: W;
  declare context: W;
  declare traceback: W;
  declare suppressContext: boolean;
  constructor(cls: PyType) {
    super(cls);
    this.args = [];
    this.cause = None;
    this.context = None;
    this.traceback = None;
    this.suppressContext = false;
  }
}

/** [name, base] in CPython's documented tree order. */
const HIERARCHY: [string, string | null][] = [
  ["BaseException", null],
  ["BaseExceptionGroup", "BaseException"],
  ["GeneratorExit", "BaseException"],
  ["KeyboardInterrupt", "BaseException"],
  ["SystemExit", "BaseException"],
  ["Exception", "BaseException"],
  ["ArithmeticError", "Exception"],
  ["FloatingPointError", "ArithmeticError"],
  ["OverflowError", "ArithmeticError"],
  ["ZeroDivisionError", "ArithmeticError"],
  ["AssertionError", "Exception"],
  ["AttributeError", "Exception"],
  ["BufferError", "Exception"],
  ["EOFError", "Exception"],
  ["ImportError", "Exception"],
  ["ModuleNotFoundError", "ImportError"],
  ["LookupError", "Exception"],
  ["IndexError", "LookupError"],
  ["KeyError", "LookupError"],
  ["MemoryError", "Exception"],
  ["NameError", "Exception"],
  ["UnboundLocalError", "NameError"],
  ["OSError", "Exception"],
  ["BlockingIOError", "OSError"],
  ["ChildProcessError", "OSError"],
  ["ConnectionError", "OSError"],
  ["BrokenPipeError", "ConnectionError"],
  ["ConnectionAbortedError", "ConnectionError"],
  ["ConnectionRefusedError", "ConnectionError"],
  ["ConnectionResetError", "ConnectionError"],
  ["FileExistsError", "OSError"],
  ["FileNotFoundError", "OSError"],
  ["InterruptedError", "OSError"],
  ["IsADirectoryError", "OSError"],
  ["NotADirectoryError", "OSError"],
  ["PermissionError", "OSError"],
  ["ProcessLookupError", "OSError"],
  ["TimeoutError", "OSError"],
  ["ReferenceError", "Exception"],
  ["RuntimeError", "Exception"],
  ["NotImplementedError", "RuntimeError"],
  ["PythonFinalizationError", "RuntimeError"],
  ["RecursionError", "RuntimeError"],
  ["StopAsyncIteration", "Exception"],
  ["StopIteration", "Exception"],
  ["SyntaxError", "Exception"],
  ["IndentationError", "SyntaxError"],
  ["TabError", "IndentationError"],
  ["_IncompleteInputError", "SyntaxError"],
  ["SystemError", "Exception"],
  ["TypeError", "Exception"],
  ["ValueError", "Exception"],
  ["UnicodeError", "ValueError"],
  ["UnicodeDecodeError", "UnicodeError"],
  ["UnicodeEncodeError", "UnicodeError"],
  ["UnicodeTranslateError", "UnicodeError"],
  ["Warning", "Exception"],
  ["BytesWarning", "Warning"],
  ["DeprecationWarning", "Warning"],
  ["EncodingWarning", "Warning"],
  ["FutureWarning", "Warning"],
  ["ImportWarning", "Warning"],
  ["PendingDeprecationWarning", "Warning"],
  ["ResourceWarning", "Warning"],
  ["RuntimeWarning", "Warning"],
  ["SyntaxWarning", "Warning"],
  ["UnicodeWarning", "Warning"],
  ["UserWarning", "Warning"],
];

const exceptionFactory = (cls: PyType) => new PyBaseException(cls);
export const exceptionTypes: Record<string, PyType> = {};
for (const [name, baseName] of HIERARCHY) {
  const base = baseName === null ? objectType : exceptionTypes[baseName];
  exceptionTypes[name] = new PyType(name, [base], {
    flags: TypeFlags.BASETYPE,
    factory: exceptionFactory,
    instanceDict: true,
  });
}
// ExceptionGroup(BaseExceptionGroup, Exception)
exceptionTypes.ExceptionGroup = new PyType("ExceptionGroup", [
  exceptionTypes.BaseExceptionGroup,
  exceptionTypes.Exception,
], { factory: exceptionFactory, instanceDict: true });
// Aliases kept by CPython.
exceptionTypes.EnvironmentError = exceptionTypes.OSError;
exceptionTypes.IOError = exceptionTypes.OSError;

/** errno → OSError subclass, as CPython's OSError.__new__ maps them (Linux numbers). */
export const ERRNO_SUBCLASS: Record<number, string> = {
  11: "BlockingIOError", // EAGAIN (= EWOULDBLOCK)
  114: "BlockingIOError", // EALREADY
  115: "BlockingIOError", // EINPROGRESS
  10: "ChildProcessError", // ECHILD
  32: "BrokenPipeError", // EPIPE
  108: "BrokenPipeError", // ESHUTDOWN
  103: "ConnectionAbortedError",
  111: "ConnectionRefusedError",
  104: "ConnectionResetError",
  17: "FileExistsError",
  2: "FileNotFoundError",
  21: "IsADirectoryError",
  20: "NotADirectoryError",
  4: "InterruptedError",
  1: "PermissionError", // EPERM
  13: "PermissionError", // EACCES
  3: "ProcessLookupError",
  110: "TimeoutError",
};

export function newException(cls: PyType, args: W[]): PyBaseException {
  let actual = cls;
  if (cls === exceptionTypes.OSError && args.length >= 2 && typeof args[0] === "number") {
    const sub = ERRNO_SUBCLASS[args[0]];
    if (sub !== undefined) actual = exceptionTypes[sub];
  }
  const e = actual.factory(actual) as PyBaseException;
  e.args = args.slice();
  if (actual.isSubtypeOf(exceptionTypes.StopIteration)) {
    e.setAttr("value", args.length > 0 ? args[0] : None);
  } else if (actual.isSubtypeOf(exceptionTypes.OSError)) newExceptionHooks.osError(e, args);
  return e;
}
/** OSError's attribute set-up (errno, strerror, filename…), installed by exception_attrs.ts so that
 * errors built in TS get the same attributes as OSError(...) called from Python. */
export const newExceptionHooks = { osError: (_e: PyBaseException, _args: W[]): void => {} };
installExceptionFactory(newException, exceptionTypes);
setAttributeErrorType(exceptionTypes.AttributeError);

const Base = exceptionTypes.BaseException;

/** str(exc): "" for no args, str(arg) for one, str(args) otherwise. The reprs come via the hook. */
export const exceptionHooks = {
  str: (w: W): string => (w instanceof PyStr ? w.value : String(w)),
  repr: (w: W): string => (w instanceof PyStr ? `'${w.value}'` : String(w)),
};

export function exceptionStr(e: PyBaseException): string {
  const args = e.args;
  if (e.cls.isSubtypeOf(exceptionTypes.KeyError) && args.length === 1) return exceptionHooks.repr(args[0]);
  if (args.length === 0) return "";
  if (args.length === 1) return exceptionHooks.str(args[0]);
  return "(" + args.map((a) => exceptionHooks.repr(a)).join(", ") + ")";
}
export function exceptionRepr(e: PyBaseException): string {
  const args = e.args;
  if (args.length === 1) return `${e.cls.name}(${exceptionHooks.repr(args[0])})`;
  return `${e.cls.name}(${args.map((a) => exceptionHooks.repr(a)).join(", ")})`;
}

function exc(w: W): PyBaseException {
  if (!(w instanceof PyBaseException)) raiseTypeError("descriptor requires a 'BaseException' object");
  return w;
}

defineMethods(Base, [
  { name: "__str__", arity: [0, 0], impl: (a) => newStr(exceptionStr(exc(a[0]))) },
  { name: "__repr__", arity: [0, 0], impl: (a) => newStr(exceptionRepr(exc(a[0]))) },
  {
    name: "with_traceback",
    arity: [1, 1],
    impl: (a) => {
      exc(a[0]).traceback = a[1];
      return a[0];
    },
  },
  {
    name: "add_note",
    arity: [1, 1],
    impl: (a) => {
      const e = exc(a[0]);
      if (!(a[1] instanceof PyStr)) {
        raiseTypeError(
          `add_note() argument must be str, not ${typeof a[1] === "object" ? a[1].cls.name : "int"}`,
        );
      }
      let notes = e.getAttr("__notes__");
      if (notes === undefined) {
        notes = exceptionListHooks.newList([]);
        e.setAttr("__notes__", notes);
      } else if (!exceptionListHooks.isList(notes)) {
        raiseTypeError("Cannot add note: __notes__ is not a list");
      }
      exceptionListHooks.append(notes, a[1]);
      return None;
    },
  },
  {
    // (type, args) or (type, args, __dict__), as BaseException_reduce: pickle and copy rebuild by calling
    name: "__reduce__",
    arity: [0, 0],
    impl: (a) => {
      const e = exc(a[0]);
      const args = exceptionTupleHooks.make(e.args);
      const hasAttrs = e.dictObject !== null
        ? exceptionDictHooks.size(e.dictObject) > 0
        : e.map.keys.length > 0;
      if (!hasAttrs) return exceptionTupleHooks.make([e.cls, args]);
      return exceptionTupleHooks.make([e.cls, args, getAttr(e, "__dict__")]);
    },
  },
  {
    name: "__setstate__",
    arity: [1, 1],
    impl: (a) => {
      const e = exc(a[0]);
      const state = a[1];
      if (state === None) return None;
      if (!exceptionDictHooks.isDict(state)) raiseTypeError("state is not a dictionary");
      for (const [k, v] of exceptionDictHooks.items(state)) {
        if (!(k instanceof PyStr)) {
          raiseTypeError(
            `attribute name must be string, not '${typeof k === "object" ? k.cls.name : "int"}'`,
          );
        }
        setAttr(e, k.value, v);
      }
      return None;
    },
  },
]);

/** dict access for __reduce__/__setstate__ (installed by runtime.ts; dict.ts imports this module). */
export const exceptionDictHooks = {
  isDict: (_w: W): boolean => false,
  size: (_w: W): number => 0,
  items: (_w: W): [W, W][] => [],
};

/** list creation for __notes__ is installed by list.ts (not written yet; a JS array stand-in is used). */
export const exceptionListHooks = {
  isList: (_w: W): boolean => true,
  newList: (items: W[]): W => ({ cls: objectType, items } as unknown as W),
  append: (list: W, item: W): void => {
    (list as unknown as { items: W[] }).items.push(item);
  },
};

defineGetSets(Base, [
  {
    name: "__cause__",
    get: (s) => exc(s).cause,
    set: (s, v) => {
      if (v !== None && !(v instanceof PyBaseException)) {
        raiseTypeError("exception cause must be None or derive from BaseException");
      }
      exc(s).cause = v;
      exc(s).suppressContext = true;
    },
    delete: () => raiseTypeError("__cause__ may not be deleted"),
  },
  {
    name: "__context__",
    get: (s) => exc(s).context,
    set: (s, v) => {
      if (v !== None && !(v instanceof PyBaseException)) {
        raiseTypeError("exception context must be None or derive from BaseException");
      }
      exc(s).context = v;
    },
    delete: () => raiseTypeError("__context__ may not be deleted"),
  },
  {
    name: "__suppress_context__",
    get: (s) => boolHook.of(exc(s).suppressContext),
    set: (s, v) => void (exc(s).suppressContext = boolHook.truth(v)),
  },
  { name: "__traceback__", get: (s) => exc(s).traceback, set: (s, v) => void (exc(s).traceback = v) },
]);

function storeArgs(a: W[]): W {
  const cls = a[0];
  if (!(cls instanceof PyType)) raiseTypeError("BaseException.__new__(X): X is not a type object");
  return newException(cls, a.slice(1));
}
defineMethods(Base, [
  { name: "__new__", arity: [0, -1], kind: "static", kw: ["**"], impl: storeArgs },
  {
    name: "__init__",
    arity: [0, -1],
    kw: ["**"],
    impl: (a, k) => {
      const e = exc(a[0]);
      // BaseException_init: _PyArg_NoKeywords with the instance's type name
      if (k !== null && k.names.length > 0) raiseTypeError(`${e.cls.name}() takes no keyword arguments`);
      e.args = a.slice(1);
      return None;
    },
  },
]);
defineGetSets(Base, [
  {
    name: "args",
    get: (s) => exceptionTupleHooks.make(exc(s).args),
    set: (s, v) => {
      exc(s).args = exceptionTupleHooks.items(v);
    },
    delete: () => raiseTypeError("args may not be deleted"),
  },
]);
/** Installed by tuple.ts-aware code (mod.ts). */
export const exceptionTupleHooks = {
  make: (items: W[]): W => items as unknown as W,
  items: (w: W): W[] => w as unknown as W[],
};

/** bool boxing and truth for __suppress_context__ (installed by operations.ts). */
export const boolHook = {
  of: (b: boolean): W => (b ? 1 : 0),
  truth: (w: W): boolean => w !== 0,
};
