// _weakref: weak references (ref/ReferenceType, proxy/ProxyType/CallableProxyType), getweakrefcount,
// getweakrefs, _remove_dead_weakref. CPython's Objects/weakrefobject.c semantics on top of JS `WeakRef`
// and `FinalizationRegistry`.
//
// Lifetime differs from CPython, and nothing pretends otherwise: CPython frees an object the moment its
// reference count drops to zero and runs weakref callbacks right then. Here the referent dies when the
// JS garbage collector collects it, at the collector's convenience: `del x` does not kill it, and
// gc.collect() cannot force a JS collection. Moreover a JS WeakRef keeps its target alive until the
// current synchronous job ends (ECMAScript's KeepDuringJob), and a Python program runs as one job unless
// the interpreter yields to the event loop, so in practice referents outlive the program's last use of
// them. Callbacks the collector reports are queued and run at the next weakref operation or gc.collect().
// gc.collect() does collect when the launcher gave V8 --allow-natives-syntax and --expose-gc (collectNow):
// it ends the job's hold on WeakRef targets (a microtask checkpoint clears V8's kept objects), runs a full
// collection, and then finds the referents that died among those with callback-bearing refs itself, as
// the FinalizationRegistry only reports them in a later task.
import {
  call,
  defineGetSets,
  defineMethods,
  getAttr,
  getAttrOrUndefined,
  type Kwargs,
  newBool,
  None,
  NotImplemented,
  objectType,
  PyInstance,
  type PyObject,
  PyType,
  tpName,
  TypeFlags,
  typeOf,
  type W,
} from "../objects/model.ts";
import { errorWithMessage, exceptionType, PyError, raiseTypeError } from "../vm/errors.ts";
import { newStr, PyStr } from "../objects/str.ts";
import { newList } from "../objects/list.ts";
import { PyDict } from "../objects/dict.ts";
import { objectId } from "../objects/object.ts";
import { reportUnraisable } from "./unraisable.ts";
import { weakrefHooks } from "../objects/type.ts";
import {
  binaryOp,
  BinaryOps,
  contains,
  delItem,
  getItem,
  hash,
  inplaceOp,
  isTrue,
  iter,
  len,
  next,
  repr,
  richCompare,
  setItem,
  STOP,
  str,
} from "../objects/operations.ts";
import { functionType } from "../objects/function.ts";
import { frozensetType, setType } from "../objects/set.ts";
import { codeType } from "../objects/codeobject.ts";
import { asyncGeneratorType, coroutineType, generatorType } from "../objects/generator.ts";
import { moduleType } from "../objects/module.ts";
import { builtinFunctionType, methodType, typeType } from "../objects/model.ts";
import { type NativeModuleDef, nativeType } from "./define.ts";
import { importModule } from "../importing/importer.ts";

// ---------------------------------------------------------------- which objects accept weak references

/** Mark builtin types whose instances accept weak references (inherited by subclasses). */
export function allowWeakrefs(...types: PyType[]): void {
  for (const t of types) t.flags |= TypeFlags.WEAKREFABLE;
}
allowWeakrefs(
  typeType,
  functionType,
  setType,
  frozensetType,
  codeType,
  generatorType,
  coroutineType,
  asyncGeneratorType,
  moduleType,
  methodType,
  builtinFunctionType,
);

const weakrefableCache = new WeakMap<PyType, { version: number; ok: boolean }>();
/** CPython's _PyType_SUPPORTS_WEAKREFS: a builtin with a weaklist, or a class that added __weakref__. */
export function supportsWeakrefs(t: PyType): boolean {
  const hit = weakrefableCache.get(t);
  if (hit !== undefined && hit.version === t.version) return hit.ok;
  let ok = false;
  for (const m of t.mro) {
    if (m.flags & TypeFlags.WEAKREFABLE) {
      ok = true;
      break;
    }
  }
  // Heap classes get __weakref__ unless __slots__ leaves it out; variable-size builtins (int, tuple,
  // bytes) cannot carry a weaklist, so their subclasses never do (CPython's may_add_weak).
  if (!ok && t.isHeapType && t.lookup("__weakref__") !== undefined) {
    ok = !t.mro.some((m) => !m.isHeapType && VAR_SIZED.has(m.name) && m.module === "builtins");
  }
  weakrefableCache.set(t, { version: t.version, ok });
  return ok;
}
const VAR_SIZED = new Set(["int", "bool", "tuple", "bytes"]);

// ---------------------------------------------------------------- the objects

/** A weak reference (ref, a ref subclass, or a proxy). Subclasses of ref may add slots or a dict. */
export class PyWeakref extends PyInstance {
  declare target: WeakRef<PyObject> | null;
  declare callback: W;
  declare hashCache: number | bigint | undefined;
  constructor(cls: PyType) {
    super(cls);
    this.target = null;
    this.callback = None;
    this.hashCache = undefined;
  }
  /** The referent, or undefined once it has been collected (or cleared). */
  get(): PyObject | undefined {
    const t = this.target;
    return t === null ? undefined : t.deref();
  }
}

/**
 * Per-referent list of weak references to it. Refs without a callback are held strongly (they live as
 * long as the referent at most: the list is the referent's WeakMap value); refs with a callback are held
 * weakly, so a dropped one never fires. Only referents with a callback-bearing ref are registered with
 * the FinalizationRegistry (registration makes every later V8 collection slower).
 */
type RefEntry = PyWeakref | WeakRef<PyWeakref>;
interface RefList {
  refs: RefEntry[];
  registered: boolean;
}
const refLists = new WeakMap<PyObject, RefList>();
function entryRef(e: RefEntry): PyWeakref | undefined {
  return e instanceof PyWeakref ? e : e.deref();
}

const pending: PyWeakref[] = [];
/** A referent's callback-bearing refs are about to fire: clear every ref to it and queue the callbacks. */
function referentDied(list: RefList): void {
  for (const e of list.refs) {
    const w = entryRef(e);
    if (w === undefined) continue;
    w.target = null;
    if (w.callback !== None) pending.push(w);
  }
  list.refs.length = 0;
}
/** Registered referents (weakly) with their lists: what collectNow checks after a collection. */
interface Watch {
  target: WeakRef<PyObject>;
  list: RefList;
}
const watched = new Set<Watch>();
const registry = new FinalizationRegistry<Watch>((watch) => {
  watched.delete(watch);
  referentDied(watch.list);
});

/**
 * The two V8 intrinsics gc.collect() needs, when the launcher's flags expose them (null otherwise: unit
 * tests, a Deno started without them): ending the job's hold on WeakRef targets, and a full collection.
 */
const collector: { checkpoint: () => void; gc: () => void } | null = (() => {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== "function") return null;
  try {
    const checkpoint = new Function("%PerformMicrotaskCheckpoint();") as () => void;
    return { checkpoint, gc };
  } catch {
    return null; // natives syntax is off
  }
})();

/**
 * End the running job's hold on the targets of WeakRefs made or read in it (V8 keeps them alive until a
 * microtask checkpoint, and a Python program is one job), so that the next collection may take them.
 * False when V8 offers no way to.
 */
export function releaseJobHold(): boolean {
  if (collector === null) return false;
  collector.checkpoint();
  return true;
}

/**
 * gc.collect()'s collection: referents nothing else reaches die now, their weak references read None and
 * their callbacks are queued (runPendingWeakrefCallbacks runs them). False when V8 offers no way to force it.
 */
export function collectNow(): boolean {
  if (!releaseJobHold()) return false;
  collector!.gc();
  for (const watch of watched) {
    if (watch.target.deref() !== undefined) continue;
    watched.delete(watch);
    registry.unregister(watch);
    referentDied(watch.list);
  }
  return true;
}

/** Run the callbacks of weak references whose referents the JS collector has reported dead. */
export function runPendingWeakrefCallbacks(): number {
  let ran = 0;
  while (pending.length > 0) {
    ran++;
    const w = pending.shift()!;
    const cb = w.callback;
    w.callback = None;
    try {
      call(cb, [w]);
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
      reportUnraisable(`Exception ignored while calling weakref callback ${repr(cb)}`, e);
    }
  }
  return ran;
}

function liveRefs(obj: PyObject): PyWeakref[] {
  const list = refLists.get(obj);
  if (list === undefined) return [];
  const out: PyWeakref[] = [];
  let j = 0;
  for (let i = 0; i < list.refs.length; i++) {
    const e = list.refs[i];
    const w = entryRef(e);
    if (w === undefined || w.target === null) continue;
    list.refs[j++] = e;
    out.push(w);
  }
  list.refs.length = j;
  return out;
}

function checkReferent(obj: W): PyObject {
  const t = typeOf(obj);
  if (typeof obj !== "object" || !supportsWeakrefs(t)) {
    raiseTypeError(`cannot create weak reference to '${tpName(t)}' object`);
  }
  return obj;
}

/**
 * Attach a new weak reference. Like CPython, a plain `ref(obj)` / `proxy(obj)` without callback is
 * shared: the existing basic one is returned.
 */
function attach(obj: PyObject, w: PyWeakref): void {
  let list = refLists.get(obj);
  if (list === undefined) {
    list = { refs: [], registered: false };
    refLists.set(obj, list);
  }
  if (w.callback !== None && !list.registered) {
    list.registered = true;
    const watch = { target: new WeakRef(obj), list };
    watched.add(watch);
    registry.register(obj, watch, watch);
  }
  w.target = new WeakRef(obj);
  // CPython's list order: the basic ref first, then the basic proxy, then the others newest first.
  const refs = list.refs;
  let basicRef = -1, basicProxy = -1;
  for (let i = 0; i < refs.length && i < 2; i++) {
    const x = entryRef(refs[i]);
    if (x === undefined || x.callback !== None) continue;
    if (x.cls === refType) basicRef = i;
    else if (isProxy(x)) basicProxy = i;
  }
  let at: number;
  if (w.callback === None && w.cls === refType) at = 0;
  else if (w.callback === None && isProxy(w)) at = basicRef + 1;
  else at = Math.max(basicRef, basicProxy) + 1;
  refs.splice(at, 0, w.callback === None ? w : new WeakRef(w));
}

function findBasic(obj: PyObject, cls: PyType): PyWeakref | undefined {
  for (const w of liveRefs(obj)) {
    if (w.cls === cls && w.callback === None) return w;
  }
  return undefined;
}

export function newRef(cls: PyType, obj: W, callback: W): PyWeakref {
  runPendingWeakrefCallbacks();
  const referent = checkReferent(obj);
  if (callback === None && cls === refType) {
    const existing = findBasic(referent, refType);
    if (existing !== undefined) return existing;
  }
  const w = cls.factory(cls) as PyWeakref;
  if (!(w instanceof PyWeakref)) raiseTypeError("ref.__new__: bad subtype");
  if (cls.slotNames.length > 0) w.slots = new Array(cls.slotNames.length);
  w.callback = callback;
  attach(referent, w);
  return w;
}

function newProxy(obj: W, callback: W): PyWeakref {
  runPendingWeakrefCallbacks();
  const referent = checkReferent(obj);
  const callable = typeOf(referent).lookup("__call__") !== undefined;
  const cls = callable ? callableProxyType : proxyType;
  if (callback === None) {
    const existing = findBasic(referent, cls);
    if (existing !== undefined) return existing;
  }
  const w = new PyWeakref(cls);
  w.callback = callback;
  attach(referent, w);
  return w;
}

// ---------------------------------------------------------------- ref

export const refType: PyType = nativeType("weakref", "ReferenceType", objectType, {
  factory: (cls) => new PyWeakref(cls),
});
allowWeakrefs(refType);

function asRef(w: W): PyWeakref {
  if (!(w instanceof PyWeakref)) raiseTypeError(`descriptor requires a 'weakref.ReferenceType' object`);
  return w;
}

/** CPython's tp_name: the bare name of classes and builtins, "module.Name" for types of C modules. */
function fullTypeName(t: PyType): string {
  return t.isHeapType || t.module === "builtins" ? t.name : `${t.module}.${t.name}`;
}
function hex(w: W): string {
  return "0x" + objectId(w).toString(16);
}

defineMethods(refType, [
  {
    // Keyword arguments are ignored, as CPython's parse_weakref_init_args (subclasses take extras).
    name: "__new__",
    arity: [1, 3],
    kw: ["**"],
    kind: "static",
    impl: (a, k) => {
      const cls = a[0];
      if (!(cls instanceof PyType)) raiseTypeError("ref.__new__(X): X is not a type object");
      // weakref.ref itself takes none (weakref_vectorcall); a subclass's __init__ may use them
      if (cls === refType && k !== null && k.names.length > 0) {
        raiseTypeError("ref() takes no keyword arguments");
      }
      if (a.length < 2) raiseTypeError("__new__ expected at least 1 argument, got 0");
      return newRef(cls, a[1], a.length > 2 ? a[2] : None);
    },
  },
  {
    name: "__init__",
    arity: [0, -1],
    kw: ["**"],
    impl: (a) => {
      const n = a.length - 1;
      if (n < 1) raiseTypeError(`__init__ expected at least 1 argument, got ${n}`);
      if (n > 2) raiseTypeError(`__init__ expected at most 2 arguments, got ${n}`);
      return None;
    },
  },
  {
    name: "__call__",
    arity: [0, 0],
    impl: (a) => asRef(a[0]).get() ?? None,
  },
  {
    name: "__hash__",
    arity: [0, 0],
    impl: (a) => {
      const w = asRef(a[0]);
      if (w.hashCache !== undefined) return w.hashCache;
      const obj = w.get();
      if (obj === undefined) raiseTypeError("weak object has gone away");
      w.hashCache = hash(obj);
      return w.hashCache;
    },
  },
  { name: "__eq__", arity: [1, 1], impl: (a) => refCompare(a[0], a[1], "==") },
  { name: "__ne__", arity: [1, 1], impl: (a) => refCompare(a[0], a[1], "!=") },
  {
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => {
      const w = asRef(a[0]);
      const obj = w.get();
      if (obj === undefined) return newStr(`<weakref at ${hex(w)}; dead>`);
      let name: W | undefined;
      try {
        name = getAttrOrUndefined(obj, "__name__");
      } catch (e) {
        if (!(e instanceof PyError)) throw e;
        name = undefined;
      }
      const base = `<weakref at ${hex(w)}; to '${fullTypeName(typeOf(obj))}' at ${hex(obj)}`;
      if (name instanceof PyStr) return newStr(`${base} (${name.value})>`);
      return newStr(base + ">");
    },
  },
  { name: "__class_getitem__", arity: [1, 1], kind: "class", impl: (a) => genericAlias(a[0], a[1]) },
]);
defineGetSets(refType, [{ name: "__callback__", get: (w) => asRef(w).callback }]);

function genericAlias(cls: W, arg: W): W {
  const types = importModule("types");
  return call(getAttr(types, "GenericAlias"), [cls, arg]);
}

function refCompare(a: W, b: W, op: "==" | "!="): W {
  if (!(a instanceof PyWeakref) || !(b instanceof PyWeakref) || isProxy(a) || isProxy(b)) {
    return NotImplemented;
  }
  const x = a.get(), y = b.get();
  if (x === undefined || y === undefined) {
    const same = a === b;
    return newBool(op === "==" ? same : !same);
  }
  return richCompare(x, y, op);
}

// ---------------------------------------------------------------- proxies

export const proxyType: PyType = nativeType("weakref", "ProxyType", objectType, { flags: 0 });
export const callableProxyType: PyType = nativeType("weakref", "CallableProxyType", objectType, {
  flags: 0,
});
function isProxy(w: PyWeakref): boolean {
  return w.cls === proxyType || w.cls === callableProxyType;
}

/** The referent of a proxy, or ReferenceError once it is gone. */
function referent(w: W): W {
  if (!(w instanceof PyWeakref)) return w;
  const obj = w.get();
  if (obj === undefined) {
    throw errorWithMessage("ReferenceError", "weakly-referenced object no longer exists");
  }
  return obj;
}
/** Arguments that are proxies are replaced by their referents (CPython's UNWRAP). */
function unwrap(w: W): W {
  return w instanceof PyWeakref && isProxy(w) ? referent(w) : w;
}

function proxyMethods(): Parameters<typeof defineMethods>[1] {
  const rows: Parameters<typeof defineMethods>[1] = [
    {
      name: "__getattribute__",
      arity: [1, 1],
      impl: (a) => getAttr(referent(a[0]), attrName(a[1])),
    },
    {
      name: "__setattr__",
      arity: [2, 2],
      impl: (a) => {
        call(getAttr(referent(a[0]), "__setattr__"), [a[1], a[2]]);
        return None;
      },
    },
    {
      name: "__delattr__",
      arity: [1, 1],
      impl: (a) => {
        call(getAttr(referent(a[0]), "__delattr__"), [a[1]]);
        return None;
      },
    },
    {
      name: "__repr__",
      arity: [0, 0],
      impl: (a) => {
        const w = a[0] as PyWeakref;
        const obj = w.get();
        if (obj === undefined) return newStr(`<weakproxy at ${hex(w)}; dead>`);
        return newStr(`<weakproxy at ${hex(w)}; to '${fullTypeName(typeOf(obj))}' at ${hex(obj)}>`);
      },
    },
    { name: "__str__", arity: [0, 0], impl: (a) => newStr(str(referent(a[0]))) },
    { name: "__bool__", arity: [0, 0], impl: (a) => newBool(isTrue(referent(a[0]))) },
    { name: "__len__", arity: [0, 0], impl: (a) => len(referent(a[0])) },
    { name: "__getitem__", arity: [1, 1], impl: (a) => getItem(referent(a[0]), unwrap(a[1])) },
    {
      name: "__setitem__",
      arity: [2, 2],
      impl: (a) => {
        setItem(referent(a[0]), unwrap(a[1]), unwrap(a[2]));
        return None;
      },
    },
    {
      name: "__delitem__",
      arity: [1, 1],
      impl: (a) => {
        delItem(referent(a[0]), unwrap(a[1]));
        return None;
      },
    },
    { name: "__contains__", arity: [1, 1], impl: (a) => newBool(contains(referent(a[0]), unwrap(a[1]))) },
    { name: "__iter__", arity: [0, 0], impl: (a) => iter(referent(a[0])) },
    {
      name: "__next__",
      arity: [0, 0],
      impl: (a) => {
        const obj = referent(a[0]);
        if (typeOf(obj).lookup("__next__") === undefined) {
          raiseTypeError(`Weakref proxy referenced a non-iterator '${typeOf(obj).name}' object`);
        }
        const r = next(obj);
        if (r === STOP) throw errorWithMessage("StopIteration", "");
        return r;
      },
    },
    { name: "__bytes__", arity: [0, 0], impl: (a) => call(getAttr(referent(a[0]), "__bytes__"), []) },
    { name: "__reversed__", arity: [0, 0], impl: (a) => call(getAttr(referent(a[0]), "__reversed__"), []) },
    { name: "__neg__", arity: [0, 0], impl: (a) => unary(a[0], "__neg__") },
    { name: "__pos__", arity: [0, 0], impl: (a) => unary(a[0], "__pos__") },
    { name: "__abs__", arity: [0, 0], impl: (a) => unary(a[0], "__abs__") },
    { name: "__invert__", arity: [0, 0], impl: (a) => unary(a[0], "__invert__") },
    { name: "__int__", arity: [0, 0], impl: (a) => unary(a[0], "__int__") },
    { name: "__float__", arity: [0, 0], impl: (a) => unary(a[0], "__float__") },
    { name: "__index__", arity: [0, 0], impl: (a) => unary(a[0], "__index__") },
  ];
  for (const [key, spec] of Object.entries(BinaryOps)) {
    rows.push({ name: spec.name, arity: [1, 1], impl: (a) => binaryOp(spec, unwrap(a[0]), unwrap(a[1])) });
    rows.push({ name: spec.rname, arity: [1, 1], impl: (a) => binaryOp(spec, unwrap(a[1]), unwrap(a[0])) });
    rows.push({
      name: spec.iname,
      arity: [1, 1],
      impl: (a) => {
        // As CPython's proxy_iadd & co.: the result of the referent's in-place operation.
        return inplaceOp(spec, referent(a[0]), unwrap(a[1]));
      },
    });
    void key;
  }
  for (const op of ["<", "<=", "==", "!=", ">", ">="] as const) {
    const name =
      { "<": "__lt__", "<=": "__le__", "==": "__eq__", "!=": "__ne__", ">": "__gt__", ">=": "__ge__" }[
        op
      ];
    rows.push({ name, arity: [1, 1], impl: (a) => richCompare(unwrap(a[0]), unwrap(a[1]), op) });
  }
  rows.push({
    name: "__divmod__",
    arity: [1, 1],
    impl: (a) => call(getAttr(importModule("builtins"), "divmod"), [unwrap(a[0]), unwrap(a[1])]),
  });
  return rows;
}
function unary(w: W, name: string): W {
  return call(getAttr(referent(w), name), []);
}
function attrName(w: W): string {
  if (!(w instanceof PyStr)) {
    raiseTypeError(`attribute name must be string, not '${typeOf(w).name}'`);
  }
  return w.value;
}

for (const t of [proxyType, callableProxyType]) {
  defineMethods(t, proxyMethods());
  t.dict.set("__hash__", None);
  t.mutated();
}
defineMethods(callableProxyType, [
  {
    name: "__call__",
    arity: [0, -1],
    kw: ["**"],
    impl: (a, k: Kwargs | null) => call(referent(a[0]), a.slice(1), k),
  },
]);

// ---------------------------------------------------------------- __weakref__ and the module

weakrefHooks.first = (o) => {
  if (typeof o !== "object") return None;
  const refs = liveRefs(o);
  return refs.length > 0 ? refs[0] : None;
};

export const weakrefModule: NativeModuleDef = {
  name: "_weakref",
  doc: "Weak-reference support module.",
  functions: [
    {
      name: "getweakrefcount",
      arity: [1, 1],
      impl: (a) => (typeof a[0] === "object" ? liveRefs(a[0]).length : 0),
    },
    {
      name: "getweakrefs",
      arity: [1, 1],
      impl: (a) => newList(typeof a[0] === "object" ? liveRefs(a[0]) : []),
    },
    {
      name: "proxy",
      arity: [1, 2],
      impl: (a) => newProxy(a[0], a.length > 1 ? a[1] : None),
    },
    {
      name: "_remove_dead_weakref",
      arity: [2, 2],
      impl: (a) => {
        const d = a[0];
        if (!(d instanceof PyDict)) {
          raiseTypeError(`_remove_dead_weakref() argument 1 must be dict, not ${typeOf(d).name}`);
        }
        let v: W;
        try {
          v = getItem(d, a[1]);
        } catch (e) {
          if (e instanceof PyError && e.matches(exceptionType("KeyError"))) return None;
          throw e;
        }
        if (v instanceof PyWeakref && v.get() === undefined) delItem(d, a[1]);
        return None;
      },
    },
  ],
  types: [
    ["ref", refType],
    ["ReferenceType", refType],
    ["ProxyType", proxyType],
    ["CallableProxyType", callableProxyType],
  ],
};
