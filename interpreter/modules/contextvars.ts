// _contextvars: ContextVar, Token, Context and copy_context (PEP 567) for one thread. A Context's mapping
// is an immutable JS Map replaced on every set (CPython uses a HAMT; contexts hold few variables, and a
// copy is O(1) either way since maps are never mutated in place).
import {
  call,
  defineGetSets,
  defineMethods,
  type Kwargs,
  newBool,
  None,
  NotImplemented,
  objectType,
  PyMethodDescriptor,
  PyObject,
  PyPlainObject,
  PyType,
  type W,
} from "../objects/model.ts";
import { exceptionType, newError, raiseRuntimeError, raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { newStr, PyStr } from "../objects/str.ts";
import { newTuple } from "../objects/tuple.ts";
import { newList } from "../objects/list.ts";
import { objectId } from "../objects/object.ts";
import { eq as isEqual, iter, repr } from "../objects/operations.ts";
import { classGetItem } from "../objects/genericalias.ts";
import { type NativeModuleDef, nativeType } from "./define.ts";
import { parseArgs } from "./native_args.ts";
import {
  deferToFrameExit,
  enterTransparent,
  leaveTransparent,
  markBlocking,
  registerPerThread,
  takeDirectCall,
  THREAD_SWITCH,
} from "../vm/threads.ts";

// ---------------------------------------------------------------- objects

class PyContext extends PyObject {
  declare vars: Map<PyContextVar, W>;
  declare entered: boolean;
  declare prev: PyContext | null;
  constructor(vars: Map<PyContextVar, W>) {
    super();
    this.cls = contextType;
    this.vars = vars;
    this.entered = false;
    this.prev = null;
  }
}
class PyContextVar extends PyObject {
  declare name: PyStr;
  declare defaultValue: W | undefined;
  constructor(name: PyStr, defaultValue: W | undefined) {
    super();
    this.cls = contextVarType;
    this.name = name;
    this.defaultValue = defaultValue;
  }
}
class PyToken extends PyObject {
  declare ctx: PyContext;
  declare variable: PyContextVar;
  declare oldValue: W | undefined;
  declare used: boolean;
  constructor(ctx: PyContext, variable: PyContextVar, oldValue: W | undefined) {
    super();
    this.cls = tokenType;
    this.ctx = ctx;
    this.variable = variable;
    this.oldValue = oldValue;
    this.used = false;
  }
}

export const contextType: PyType = nativeType("_contextvars", "Context", objectType, { flags: 0 });
export const contextVarType: PyType = nativeType("_contextvars", "ContextVar", objectType, { flags: 0 });
export const tokenType: PyType = nativeType("_contextvars", "Token", objectType, { flags: 0 });
const tokenMissingType: PyType = nativeType("_contextvars", "Token.MISSING", objectType, { flags: 0 });
tokenMissingType.qualname = "Token.MISSING";
const MISSING: PyObject = new PyPlainObject(tokenMissingType);
defineMethods(tokenMissingType, [{ name: "__repr__", arity: [0, 0], impl: () => newStr("<Token.MISSING>") }]);

/** The thread's current context (created on first use, as CPython's per-thread context). */
let current: PyContext | null = null;
function currentContext(): PyContext {
  if (current === null) current = new PyContext(new Map());
  return current;
}

function hexId(w: W): string {
  return "0x" + objectId(w).toString(16);
}
function asContext(w: W): PyContext {
  if (!(w instanceof PyContext)) raiseTypeError("descriptor requires a '_contextvars.Context' object");
  return w;
}
function asVar(w: W): PyContextVar {
  if (!(w instanceof PyContextVar)) raiseTypeError("descriptor requires a '_contextvars.ContextVar' object");
  return w;
}
function asKey(w: W): PyContextVar {
  if (!(w instanceof PyContextVar)) raiseTypeError(`a ContextVar key was expected, got ${repr(w)}`);
  return w;
}

// ---------------------------------------------------------------- Context

function contextRun(a: W[], k: Kwargs | null): W {
  const ctx = asContext(a[0]);
  if (a.length < 2) raiseTypeError("run() missing 1 required positional argument");
  if (ctx.entered) {
    raiseRuntimeError(
      `cannot enter context: <_contextvars.Context object at ${hexId(ctx)}> is already entered`,
    );
  }
  const direct = takeDirectCall();
  ctx.prev = currentContext();
  ctx.entered = true;
  current = ctx;
  // a green thread may switch out inside the callable (vm/threads.ts): the context is then left when the
  // callable's frame ends in the thread's loop
  const level = enterTransparent(a[1], direct);
  let switched = false;
  try {
    return call(a[1], a.slice(2), k);
  } catch (e) {
    if (e === THREAD_SWITCH) {
      switched = true;
      deferToFrameExit(() => leaveContext(ctx));
    }
    throw e;
  } finally {
    leaveTransparent(level);
    if (!switched) leaveContext(ctx);
  }
}
function leaveContext(ctx: PyContext): void {
  current = ctx.prev;
  ctx.prev = null;
  ctx.entered = false;
}
registerPerThread({
  save: () => current,
  restore: (v) => {
    current = v as PyContext | null;
  },
});

defineMethods(contextType, [
  {
    name: "__new__",
    arity: [0, -1],
    kw: ["**"],
    kind: "static",
    impl: (a, k) => {
      if (a.length > 1 || (k !== null && k.names.length > 0)) {
        raiseTypeError("Context() does not accept any arguments");
      }
      return new PyContext(new Map());
    },
  },
  { name: "run", arity: [0, -1], kw: ["**"], impl: contextRun },
  { name: "copy", arity: [0, 0], impl: (a) => new PyContext(asContext(a[0]).vars) },
  {
    name: "__getitem__",
    arity: [1, 1],
    impl: (a) => {
      const v = asContext(a[0]).vars.get(asKey(a[1]));
      if (v === undefined) throw newError(exceptionType("KeyError"), [a[1]]);
      return v;
    },
  },
  {
    name: "get",
    arity: [1, 2],
    impl: (a) => asContext(a[0]).vars.get(asKey(a[1])) ?? (a.length > 2 ? a[2] : None),
  },
  { name: "__contains__", arity: [1, 1], impl: (a) => newBool(asContext(a[0]).vars.has(asKey(a[1]))) },
  { name: "__len__", arity: [0, 0], impl: (a) => asContext(a[0]).vars.size },
  { name: "__iter__", arity: [0, 0], impl: (a) => iter(newList([...asContext(a[0]).vars.keys()])) },
  { name: "keys", arity: [0, 0], impl: (a) => newList([...asContext(a[0]).vars.keys()]) },
  { name: "values", arity: [0, 0], impl: (a) => newList([...asContext(a[0]).vars.values()]) },
  {
    name: "items",
    arity: [0, 0],
    impl: (a) => newList([...asContext(a[0]).vars].map(([k, v]) => newTuple([k, v]))),
  },
  {
    name: "__eq__",
    arity: [1, 1],
    impl: (a) => {
      const x = asContext(a[0]), y = a[1];
      if (!(y instanceof PyContext)) return NotImplemented;
      if (x.vars.size !== y.vars.size) return newBool(false);
      for (const [k, v] of x.vars) {
        const w = y.vars.get(k);
        if (w === undefined || !(w === v || isEqual(v, w))) return newBool(false);
      }
      return newBool(true);
    },
  },
]);
contextType.dict.set("__hash__", None);

// ---------------------------------------------------------------- ContextVar

function varGet(v: PyContextVar, dflt: W | undefined): W {
  const value = currentContext().vars.get(v);
  if (value !== undefined) return value;
  if (dflt !== undefined) return dflt;
  if (v.defaultValue !== undefined) return v.defaultValue;
  throw newError(exceptionType("LookupError"), [v]);
}
function varSet(v: PyContextVar, value: W): PyToken {
  const ctx = currentContext();
  const old = ctx.vars.get(v);
  const vars = new Map(ctx.vars);
  vars.set(v, value);
  ctx.vars = vars;
  return new PyToken(ctx, v, old);
}
function varReset(v: PyContextVar, t: W): W {
  if (!(t instanceof PyToken)) raiseTypeError(`expected an instance of Token, got ${repr(t)}`);
  if (t.used) raiseRuntimeError(`${repr(t)} has already been used once`);
  if (t.variable !== v) raiseValueError(`${repr(t)} was created by a different ContextVar`);
  const ctx = currentContext();
  if (t.ctx !== ctx) raiseValueError(`${repr(t)} was created in a different Context`);
  t.used = true;
  const vars = new Map(ctx.vars);
  if (t.oldValue === undefined) vars.delete(v);
  else vars.set(v, t.oldValue);
  ctx.vars = vars;
  return None;
}

defineMethods(contextVarType, [
  {
    name: "__new__",
    arity: [0, -1],
    kw: ["**"],
    kind: "static",
    impl: (a, k) => {
      const [name, dflt] = parseArgs("ContextVar", a, k, 1, {
        names: ["name", "default"],
        required: 1,
        kwOnly: 1,
      });
      if (!(name instanceof PyStr)) raiseTypeError("context variable name must be a str");
      return new PyContextVar(name, dflt);
    },
  },
  { name: "get", arity: [0, 1], impl: (a) => varGet(asVar(a[0]), a.length > 1 ? a[1] : undefined) },
  { name: "set", arity: [1, 1], impl: (a) => varSet(asVar(a[0]), a[1]) },
  { name: "reset", arity: [1, 1], impl: (a) => varReset(asVar(a[0]), a[1]) },
  {
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => {
      const v = asVar(a[0]);
      const d = v.defaultValue === undefined ? "" : ` default=${repr(v.defaultValue)}`;
      return newStr(`<ContextVar name=${repr(v.name)}${d} at ${hexId(v)}>`);
    },
  },
  { name: "__class_getitem__", arity: [1, 1], kind: "class", impl: (a) => classGetItem(a[0], a[1]) },
]);
defineGetSets(contextVarType, [{ name: "name", get: (v) => asVar(v).name }]);

// ---------------------------------------------------------------- Token

function asToken(w: W): PyToken {
  if (!(w instanceof PyToken)) raiseTypeError("descriptor requires a '_contextvars.Token' object");
  return w;
}
defineMethods(tokenType, [
  {
    name: "__new__",
    arity: [0, -1],
    kw: ["**"],
    kind: "static",
    impl: () => raiseRuntimeError("Tokens can only be created by ContextVars"),
  },
  {
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => {
      const t = asToken(a[0]);
      return newStr(`<Token${t.used ? " used" : ""} var=${repr(t.variable)} at ${hexId(t)}>`);
    },
  },
  { name: "__enter__", arity: [0, 0], impl: (a) => a[0] },
  {
    name: "__exit__",
    arity: [0, -1],
    impl: (a) => {
      const t = asToken(a[0]);
      varReset(t.variable, t);
      return None;
    },
  },
  { name: "__class_getitem__", arity: [1, 1], kind: "class", impl: (a) => classGetItem(a[0], a[1]) },
]);
defineGetSets(tokenType, [
  { name: "var", get: (t) => asToken(t).variable },
  { name: "old_value", get: (t) => asToken(t).oldValue ?? MISSING },
]);
tokenType.dict.set("MISSING", MISSING);
tokenType.mutated();

export const contextvarsModule: NativeModuleDef = {
  name: "_contextvars",
  doc: "Context Variables",
  functions: [
    { name: "copy_context", arity: [0, 0], impl: () => new PyContext(currentContext().vars) },
  ],
  types: [["Context", contextType], ["ContextVar", contextVarType], ["Token", tokenType]],
};
markBlocking((contextType.lookup("run") as PyMethodDescriptor | undefined)?.spec);
