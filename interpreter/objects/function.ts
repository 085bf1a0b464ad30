// function: a code object bound to its globals, defaults and closure. Instances carry a dict of their
// own (PyInstance) so `f.attr = 1` works as in CPython.
import {
  builtinType,
  defineGetSets,
  defineMethods,
  dictType,
  functionTypes,
  memberDescriptorType,
  None,
  PyInstance,
  PyMethod,
  PyObject,
  type PyType,
  typeOf as typeOfW,
  type W,
} from "./model.ts";
import { raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { objectId } from "./object.ts";
import { PyCode as PyCodeClass } from "./codeobject.ts";
import { CO_ASYNC_GENERATOR, CO_COROUTINE, CO_FAST_FREE, CO_GENERATOR } from "../compiler/code.ts";
import { type PyCell } from "./cell.ts";
import { newStr, PyStr } from "./str.ts";
import { newTuple, PyTuple } from "./tuple.ts";

export const functionType: PyType = builtinType("function", undefined, { flags: 0 });
functionType.hasInstanceDict = true;
functionTypes.add(functionType);

export class PyFunction extends PyInstance {
  declare code: PyCodeClass;
  /** The module's globals dict (a PyDict). */
  declare globals: PyObject;
  declare builtins: PyObject;
  declare name: string;
  declare qualname: string;
  declare defaults: W[] | null;
  /** Keyword-only defaults (a dict object) or null. */
  declare kwdefaults: PyObject | null;
  declare closure: PyCell[] | null;
  declare doc: W;
  declare module: W;
  declare annotations: W | null;
  declare annotate: W;
  declare typeParams: W;
  constructor(code: PyCodeClass, globals: PyObject, builtins: PyObject) {
    super(functionType);
    this.defaults = null;
    this.kwdefaults = null;
    this.closure = null;
    this.doc = None;
    this.module = None;
    this.annotations = null;
    this.annotate = None;
    this.typeParams = None;
    this.code = code;
    this.globals = globals;
    this.builtins = builtins;
    this.name = code.co.co_name;
    this.qualname = code.co.co_qualname;
  }
}

/** Hooks the runtime fills (dict access without importing dict.ts here). */
export const functionHooks = {
  computeAnnotations: (_f: PyFunction): W => None,
  /** The builtins of a new function: globals['__builtins__'] or the running frame's. */
  builtinsFor: (_globals: PyObject): PyObject => None as PyObject,
  /** globals['__name__'] (None when absent). */
  moduleOf: (_globals: PyObject): W => None,
};

/** func_set_code: a code object with as many free variables as the closure has cells. */
function setFunctionCode(f: PyFunction, v: W): void {
  if (!(v instanceof PyCodeClass)) raiseTypeError("__code__ must be set to a code object");
  let nfree = 0;
  for (const k of v.co.co_localspluskinds) if (k & CO_FAST_FREE) nfree++;
  const nclosure = f.closure === null ? 0 : f.closure.length;
  if (nclosure !== nfree) {
    raiseValueError(`${f.name}() requires a code object with ${nclosure} free vars, not ${nfree}`);
  }
  const mask = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR;
  if ((f.code.co.co_flags & mask) !== (v.co.co_flags & mask)) {
    functionWarnings.deprecation(
      "Assigning a code object of non-matching type is deprecated (e.g., from a generator to a plain function)",
    );
  }
  f.code = v;
}

/** Set by the runtime: warnings.warn(msg, DeprecationWarning). */
export const functionWarnings = { deprecation: (_message: string): void => {} };

function fn(w: W): PyFunction {
  if (!(w instanceof PyFunction)) raiseTypeError("descriptor requires a 'function' object");
  return w;
}

// The str objects of __name__/__qualname__, so that reading one twice (or after functools.wraps set it)
// gives the same object, as CPython's func_name/func_qualname fields do; keyed weakly, the function keeps
// its JS strings.
const nameObjects = new WeakMap<PyFunction, PyStr>();
const qualnameObjects = new WeakMap<PyFunction, PyStr>();
function strObject(cache: WeakMap<PyFunction, PyStr>, f: PyFunction, value: string): PyStr {
  const hit = cache.get(f);
  if (hit !== undefined && hit.value === value) return hit;
  const s = newStr(value);
  cache.set(f, s);
  return s;
}

defineGetSets(functionType, [
  {
    name: "__name__",
    get: (f) => strObject(nameObjects, fn(f), fn(f).name),
    set: (f, v) => {
      if (!(v instanceof PyStr)) raiseTypeError("__name__ must be set to a string object");
      fn(f).name = v.value;
      nameObjects.set(fn(f), v);
    },
    delete: () => raiseTypeError("__name__ must be set to a string object"),
  },
  {
    name: "__qualname__",
    get: (f) => strObject(qualnameObjects, fn(f), fn(f).qualname),
    set: (f, v) => {
      if (!(v instanceof PyStr)) raiseTypeError("__qualname__ must be set to a string object");
      fn(f).qualname = v.value;
      qualnameObjects.set(fn(f), v);
    },
    delete: () => raiseTypeError("__qualname__ must be set to a string object"),
  },
  {
    name: "__code__",
    get: (f) => fn(f).code,
    set: (f, v) => setFunctionCode(fn(f), v),
    delete: () => raiseTypeError("__code__ must be set to a code object"),
  },
  { name: "__globals__", get: (f) => fn(f).globals, readonly: true },
  { name: "__builtins__", get: (f) => fn(f).builtins, readonly: true },
  {
    name: "__closure__",
    get: (f) => (fn(f).closure === null ? None : newTuple(fn(f).closure!)),
    readonly: true,
  },
  {
    name: "__defaults__",
    get: (f) => (fn(f).defaults === null ? None : newTuple(fn(f).defaults!)),
    set: (f, v) => {
      if (v === None) fn(f).defaults = null;
      else if (v instanceof PyTuple) fn(f).defaults = v.items.length === 0 ? null : v.items.slice();
      else raiseTypeError("__defaults__ must be set to a tuple object");
    },
    delete: (f) => void (fn(f).defaults = null),
  },
  {
    name: "__kwdefaults__",
    get: (f) => fn(f).kwdefaults ?? None,
    set: (f, v) => void (fn(f).kwdefaults = v === None ? null : v as PyObject),
    delete: (f) => void (fn(f).kwdefaults = null),
  },
  // members: deleting one leaves None (CPython's Py_T_OBJECT)
  {
    name: "__doc__",
    get: (f) => fn(f).doc,
    set: (f, v) => void (fn(f).doc = v),
    delete: (f) => void (fn(f).doc = None),
  },
  {
    name: "__module__",
    get: (f) => fn(f).module,
    set: (f, v) => void (fn(f).module = v),
    delete: (f) => void (fn(f).module = None),
  },
  {
    name: "__annotations__",
    get: (f) => {
      const func = fn(f);
      if (func.annotations === null) func.annotations = functionHooks.computeAnnotations(func);
      return func.annotations;
    },
    set: (f, v) => void (fn(f).annotations = v),
    delete: (f) => void (fn(f).annotations = null),
  },
  { name: "__annotate__", get: (f) => fn(f).annotate, set: (f, v) => void (fn(f).annotate = v) },
  {
    name: "__type_params__",
    // a function without type parameters has () (CPython's func_get_type_params)
    get: (f) => (fn(f).typeParams === None ? newTuple([]) : fn(f).typeParams),
    set: (f, v) => {
      if (!(v instanceof PyTuple)) raiseTypeError("__type_params__ must be set to a tuple");
      fn(f).typeParams = v;
    },
    delete: () => raiseTypeError("__type_params__ must be set to a tuple"),
  },
]);
// CPython declares these as members (func_memberlist): their descriptors have type member_descriptor,
// which is how types.MemberDescriptorType is found (type(FunctionType.__globals__))
for (const name of ["__globals__", "__builtins__", "__closure__"]) {
  (functionType.dict.get(name) as PyObject).cls = memberDescriptorType;
}

defineMethods(functionType, [
  {
    // types.FunctionType(code, globals, name=None, argdefs=None, closure=None, kwdefaults=None)
    name: "__new__",
    kind: "static",
    arity: [3, 7],
    kw: ["code", "globals", "name", "argdefs", "closure", "kwdefaults"],
    impl: (a) => {
      const [, code, globals, name, argdefs, closure, kwdefaults] = a;
      if (!(code instanceof PyCodeClass)) {
        raiseTypeError(`function() argument 'code' must be code, not ${typeOfW(code).name}`);
      }
      if (!(globals instanceof PyInstance) || typeOfW(globals).lookup("__getitem__") === undefined) {
        raiseTypeError(`function() argument 'globals' must be dict, not ${typeOfW(globals).name}`);
      }
      const g = globals as PyObject;
      const b = functionHooks.builtinsFor(g);
      const f = new PyFunction(code, g, b);
      if (name !== undefined && name !== None) {
        if (!(name instanceof PyStr)) raiseTypeError("arg 3 (name) must be None or string");
        f.name = name.value;
      }
      if (argdefs !== undefined && argdefs !== None) {
        if (!(argdefs instanceof PyTuple)) raiseTypeError("arg 4 (defaults) must be None or tuple");
        f.defaults = argdefs.items.slice();
      }
      const nfree = code.co.co_freevars.length;
      if (closure !== undefined && closure !== None) {
        if (!(closure instanceof PyTuple)) raiseTypeError("arg 5 (closure) must be tuple");
        for (const c of closure.items) {
          if (typeOfW(c).name !== "cell") {
            raiseTypeError(`arg 5 (closure) expected cell, found ${typeOfW(c).name}`);
          }
        }
        f.closure = closure.items as PyCell[];
      } else if (nfree > 0) raiseTypeError("arg 5 (closure) must be tuple");
      const nclosure = f.closure === null ? 0 : f.closure.length;
      if (nclosure !== nfree) {
        raiseValueError(`${code.co.co_name} requires closure of length ${nfree}, not ${nclosure}`);
      }
      if (kwdefaults !== undefined && kwdefaults !== None) {
        if (!(kwdefaults instanceof PyObject) || !typeOfW(kwdefaults).isSubtypeOf(dictType)) {
          raiseTypeError("arg 6 (kwdefaults) must be None or dict");
        }
        f.kwdefaults = kwdefaults;
      }
      f.module = functionHooks.moduleOf(g);
      return f;
    },
  },
  {
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => newStr(`<function ${fn(a[0]).qualname} at 0x${objectId(a[0]).toString(16)}>`),
  },
  { name: "__call__", arity: [0, -1], kw: ["**"], impl: (a, k) => callFn(a[0], a.slice(1), k) },
  {
    name: "__get__",
    arity: [1, 2],
    impl: (a) => (a[1] === None || a[1] === undefined ? a[0] : new PyMethod(a[0], a[1])),
  },
]);

import { call as callFn } from "./model.ts";
