// The builtins module: the builtin types, the functions of builtins_functions.ts, and the functions that
// need the VM (exec, eval, compile, globals, locals, vars, dir, __import__, __build_class__, input, open).
import {
  call,
  callBound,
  dictType,
  Ellipsis,
  False,
  getAttr,
  getAttrOrUndefined,
  type Kwargs,
  type MethodSpec,
  None,
  NotImplemented,
  PyBuiltinFunction,
  PyInstance,
  PyObject,
  PyType,
  True,
  tupleType,
  typeOf,
  type W,
} from "../objects/model.ts";
import * as model from "../objects/model.ts";
import { errorWithMessage, PyError, raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { newStr, PyStr } from "../objects/str.ts";
import { newTuple, PyTuple } from "../objects/tuple.ts";
import { PyFunction } from "../objects/function.ts";
import { PyCell } from "../objects/cell.ts";
import { newList, PyList } from "../objects/list.ts";
import { PyDict } from "../objects/dict.ts";
import { exceptionTypes } from "../objects/exceptions.ts";
import { isTrue, iterateToArray } from "../objects/operations.ts";
import { state } from "../vm/state.ts";
import type { Frame } from "../vm/frame.ts";
import { runCode } from "../vm/call.ts";
import { codeFor, PyCode } from "../objects/codeobject.ts";
import { buildClass } from "../vm/buildclass.ts";
import { newModule, PyModule } from "../objects/module.ts";
import { frameLocals } from "../objects/frameobject.ts";
import { ioOpenFunction } from "./io_files.ts";
import { BUILTIN_FUNCTIONS, builtinsHooks } from "./builtins_functions.ts";
import { builtinCompile, compileToCode, inheritedFlags, sourceText } from "./compile_builtin.ts";
import { importModule } from "../importing/importer.ts";
import { cachedCompile } from "../importing/bytecode_cache.ts";
import { siteBuiltins } from "./site_builtins.ts";

/** Public builtin type names, in CPython's builtins order. */
const TYPE_NAMES = [
  "bool",
  "memoryview",
  "bytearray",
  "bytes",
  "classmethod",
  "complex",
  "dict",
  "enumerate",
  "filter",
  "float",
  "frozenset",
  "property",
  "int",
  "list",
  "map",
  "object",
  "range",
  "reversed",
  "set",
  "slice",
  "staticmethod",
  "str",
  "super",
  "tuple",
  "type",
  "zip",
];

/** Types are collected from the object modules by name (each module exports its type objects). */
export function collectTypes(modules: Record<string, unknown>[]): Map<string, PyType> {
  const out = new Map<string, PyType>();
  for (const m of modules) {
    for (const v of Object.values(m)) {
      if (v instanceof PyType && v.module === "builtins" && !out.has(v.name)) out.set(v.name, v);
    }
  }
  return out;
}

function callerFrame(): Frame {
  const f = state.frame;
  if (f === null) throw errorWithMessage("SystemError", "no current frame");
  return f;
}

function execOrEval(mode: "exec" | "eval", a: W[], kw: Kwargs | null): W {
  const source = a[0];
  let globals: W | undefined = a[1];
  let locals: W | undefined = a[2];
  let closure: W = None;
  if (kw !== null) {
    for (let i = 0; i < kw.names.length; i++) {
      if (kw.names[i] === "globals") globals = kw.values[i];
      else if (kw.names[i] === "locals") locals = kw.values[i];
      else if (kw.names[i] === "closure" && mode === "exec") closure = kw.values[i];
      else raiseTypeError(`${mode}() got an unexpected keyword argument '${kw.names[i]}'`);
    }
  }
  if (source === undefined) raiseTypeError(`${mode} expected at least 1 argument, got 0`);
  const frame = state.frame;
  if (globals === undefined || globals === None) {
    if (frame === null) raiseTypeError(`${mode}() needs globals at top level`);
    globals = frame.globals;
    if (locals === undefined || locals === None) locals = frameLocals(frame);
  } else if (locals === undefined || locals === None) locals = globals;
  if (!(globals instanceof PyDict)) {
    raiseTypeError(
      mode === "exec"
        ? `exec() globals must be a dict, not ${typeOf(globals).name}`
        : `globals must be a real dict; try eval(expr, {}, mapping)`,
    );
  }
  if (typeOf(locals).lookup("__getitem__") === undefined) {
    raiseTypeError(`locals must be a mapping`);
  }
  // the running frame's builtins dict, as CPython's PyEval_GetBuiltins (so a module's __builtins__ is a dict)
  if (globals.getStr("__builtins__") === undefined) {
    globals.setStr("__builtins__", frame?.builtins ?? builtinsModule.ref!.dict);
  }
  let code: PyCode;
  let func: PyFunction | null = null;
  if (source instanceof PyCode) {
    code = source;
    func = closureFunction(code, globals, closure);
  } else {
    if (closure !== None) raiseTypeError("closure can only be used when source is a code object");
    let text = sourceText(source, "<string>", mode, "string, bytes or code");
    if (mode === "eval") text = text.replace(/^[ \t]+/, "");
    // the future features of the calling code carry over (PyEval_MergeCompilerFlags)
    const flags = inheritedFlags();
    // Generated sources (namedtuple, dataclasses) are the same on every run: they go through the
    // bytecode cache like module files do, so a warm run never starts the (cold, lazily compiled) compiler.
    const src = text;
    code = codeFor(
      cachedCompile(
        flags === 0 ? `<string>:${mode}` : `<string>:${mode}:${flags}`,
        src,
        () => compileToCode(src, "<string>", mode, undefined, flags).co,
      ),
    );
  }
  const builtinsDict = builtinsOf(globals);
  if (func !== null) func.builtins = builtinsDict;
  const r = runCode(code, globals, builtinsDict, locals!, func);
  return mode === "eval" ? r : None;
}

/**
 * exec(code, closure=cells): a code object with free variables runs with exactly as many cells, carried
 * by a function object as a call's frame has them (builtin_exec_impl's checks). null without free vars.
 */
function closureFunction(code: PyCode, globals: PyDict, closure: W): PyFunction | null {
  const numFree = (getAttr(code, "co_freevars") as PyTuple).items.length;
  if (numFree === 0) {
    if (closure !== None) raiseTypeError("cannot use a closure with this code object");
    return null;
  }
  if (
    !(closure instanceof PyTuple) || closure.cls !== tupleType || closure.items.length !== numFree ||
    !closure.items.every((c) => c instanceof PyCell)
  ) {
    raiseTypeError(`code object requires a closure of exactly length ${numFree}`);
  }
  const func = new PyFunction(code, globals, globals);
  func.closure = closure.items as PyCell[];
  return func;
}

function builtinsOf(globals: PyDict): PyObject {
  const b = globals.getStr("__builtins__");
  if (b instanceof PyModule) return b.dict;
  // any other mapping serves as it is (a lookup in a non-mapping fails when it happens), as CPython's
  // _PyEval_BuiltinsFromGlobals
  if (b instanceof PyObject) return b;
  // an int or float too: its lookups raise "'int' object is not subscriptable", as in CPython
  if (b !== undefined) return b as unknown as PyObject;
  return builtinsModule.ref!.dict;
}

export const runtimeHooks = {
  /** `globals` undefined: not given (C's NULL, which a relative import reports as a KeyError). */
  importFunc: (_name: string, _globals: W | undefined, _fromlist: W, _level: number): W => None,
  stdin: (): W => None,
};

function dirOf(a: W[]): W {
  if (a.length === 0) {
    const locals = frameLocals(callerFrame());
    // (PyMapping_Keys: a dict subclass's own keys())
    const keys = locals instanceof PyDict && locals.cls === dictType
      ? locals.keysArray()
      : iterateToArray(call(getAttr(locals, "keys"), []));
    const l = newList(keys);
    call(getAttr(l, "sort"), []);
    return l;
  }
  const fn = typeOf(a[0]).lookup("__dir__");
  if (fn === undefined) raiseTypeError("object does not provide __dir__");
  const r = callBound(fn, a[0], []);
  const l = newList(iterateToArray(r));
  call(getAttr(l, "sort"), []);
  return l;
}

function readInputLine(): string | null {
  const stdin = runtimeHooks.stdin();
  const line = call(getAttr(stdin, "readline"), []);
  const s = (line as PyStr).value;
  if (s === "") return null;
  return s.endsWith("\n") ? s.slice(0, -1) : s;
}

const VM_FUNCTIONS: MethodSpec[] = [
  { name: "exec", arity: [1, 3], kw: ["**"], impl: (a, k) => execOrEval("exec", a, k) },
  { name: "eval", arity: [1, 3], kw: ["**"], impl: (a, k) => execOrEval("eval", a, k) },
  {
    name: "compile",
    arity: [3, 7],
    kw: ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"],
    impl: builtinCompile,
  },
  { name: "globals", arity: [0, 0], impl: () => callerFrame().globals },
  { name: "locals", arity: [0, 0], impl: () => frameLocals(callerFrame()) },
  {
    name: "vars",
    arity: [0, 1],
    impl: (a) => {
      if (a.length === 0) return frameLocals(callerFrame());
      const d = getAttrOrUndefined(a[0], "__dict__");
      if (d === undefined) raiseTypeError("vars() argument must have __dict__ attribute");
      return d;
    },
  },
  { name: "dir", arity: [0, 1], impl: dirOf },
  {
    name: "__import__",
    arity: [1, 5],
    kw: ["name", "globals", "locals", "fromlist", "level"],
    impl: (a) => {
      const name = a[0];
      if (!(name instanceof PyStr)) {
        raiseTypeError(`__import__() argument 1 must be str, not ${typeOf(name).name}`);
      }
      const level = a[4] === undefined ? 0 : a[4] as number;
      if (level < 0) raiseValueError("level must be >= 0");
      if (name.value === "" && level === 0) raiseValueError("Empty module name");
      return runtimeHooks.importFunc(name.value, a[1], a[3] ?? None, level);
    },
  },
  { name: "__build_class__", arity: [2, -1], kw: ["**"], impl: (a, k) => buildClass(a, k) },
  {
    name: "input",
    arity: [0, 1],
    impl: (a) => {
      // builtin_input_impl: each of the three streams must still be there (a deleted one is None here)
      const sys = importModule("sys");
      for (const name of ["stdin", "stdout", "stderr"]) {
        const f = getAttrOrUndefined(sys, name);
        if (f === undefined || f === None) throw errorWithMessage("RuntimeError", `lost sys.${name}`);
      }
      const out = builtinsHooks.stdout();
      // stderr is flushed first; failing flushes are ignored (builtin_input_impl clears their errors)
      flushIgnoringErrors(getAttrOrUndefined(sys, "stderr") ?? None);
      if (a.length > 0) call(getAttr(out, "write"), [newStr(stringOf(a[0]))]);
      flushIgnoringErrors(out);
      const line = readInputLine();
      if (line === null) throw errorWithMessage("EOFError", "EOF when reading a line");
      return newStr(line);
    },
  },
  {
    name: "breakpoint",
    arity: [0, -1],
    kw: ["**"],
    impl: (a, kw) => {
      // builtins.breakpoint → sys.breakpointhook (pdb.set_trace unless $PYTHONBREAKPOINT says otherwise)
      const sys = importModule("sys");
      const hook = getAttrOrUndefined(sys, "breakpointhook");
      if (hook === undefined) throw errorWithMessage("RuntimeError", "lost sys.breakpointhook");
      return call(hook, a, kw);
    },
  },
];

function flushIgnoringErrors(file: W): void {
  if (file === None) return;
  try {
    call(getAttr(file, "flush"), []);
  } catch (e) {
    if (!(e instanceof PyError) || !e.matches(exceptionTypes.Exception)) throw e;
  }
}

function stringOf(w: W): string {
  return w instanceof PyStr ? w.value : (call(getAttr(w, "__str__"), []) as PyStr).value;
}

export const builtinsModule = { ref: null as PyModule | null };

/** Build the builtins module from every builtin type, function and constant. */
export function makeBuiltins(typeModules: Record<string, unknown>[]): PyModule {
  const m = newModule("builtins", newStr("Built-in functions, types, exceptions, and other objects."));
  const d = m.dict;
  const types = collectTypes([model, ...typeModules]);
  for (const name of TYPE_NAMES) {
    const t = types.get(name);
    if (t !== undefined) d.setStr(name, t);
  }
  for (const [name, t] of Object.entries(exceptionTypes)) {
    if (name.startsWith("_") && name !== "_IncompleteInputError") continue;
    d.setStr(name, t);
  }
  d.setStr("EnvironmentError", exceptionTypes.OSError);
  d.setStr("IOError", exceptionTypes.OSError);
  for (const spec of [...BUILTIN_FUNCTIONS, ...VM_FUNCTIONS]) {
    d.setStr(spec.name, new PyBuiltinFunction(spec, undefined, spec.name));
  }
  d.setStr("open", ioOpenFunction);
  d.setStr("None", None);
  d.setStr("Ellipsis", Ellipsis);
  d.setStr("NotImplemented", NotImplemented);
  d.setStr("True", True);
  d.setStr("False", False);
  d.setStr("__debug__", True);
  for (const [name, v] of Object.entries(siteBuiltins())) d.setStr(name, v);
  builtinsModule.ref = m;
  void PyInstance;
  void PyList;
  void isTrue;
  void newTuple;
  void codeFor;
  return m;
}

export { builtinsHooks };
