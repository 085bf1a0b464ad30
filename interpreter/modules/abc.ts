// _abc: the accelerator of abc.py (CPython's Modules/_abc.c): abstract-method bookkeeping, virtual
// subclass registration and the positive/negative subclass caches behind isinstance/issubclass of ABCs.
// The registry and caches hold classes strongly (CPython keeps weak references; classes are rarely
// dropped, and `_get_dump` still hands out weak references as CPython does).
import {
  call,
  callBound,
  defineMethods,
  False as PyBool_False,
  getAttr,
  getAttrOrUndefined,
  type MethodSpec,
  None,
  NotImplemented,
  objectType,
  PyBool,
  PyBuiltinFunction,
  PyObject,
  PyType,
  True as PyBool_True,
  typeOf,
  type W,
} from "../objects/model.ts";
import { errorWithMessage, exceptionType, PyError, raiseRuntimeError, raiseTypeError } from "../vm/errors.ts";
import { newStr, PyStr } from "../objects/str.ts";
import { newTuple, PyTuple } from "../objects/tuple.ts";
import { newFrozenSet, newSet } from "../objects/set.ts";
import { isTrue, iterateToArray } from "../objects/operations.ts";
import { BUILTIN_FUNCTIONS } from "./builtins_functions.ts";
import { matchFlags } from "../vm/ops.ts";
import { type NativeModuleDef, nativeType } from "./define.ts";
import { newRef, refType } from "./weakref.ts";

/** Bumped by every register(): negative caches older than it are stale. */
let invalidationCounter = 0;

class PyAbcData extends PyObject {
  declare registry: Set<PyType>;
  declare cache: Set<PyType>;
  declare negativeCache: Set<PyType>;
  declare negativeCacheVersion: number;
  constructor() {
    super();
    this.cls = abcDataType;
    this.registry = new Set();
    this.cache = new Set();
    this.negativeCache = new Set();
    this.negativeCacheVersion = invalidationCounter;
  }
}
const abcDataType: PyType = nativeType("_abc", "_abc_data", objectType, { flags: 0 });
defineMethods(abcDataType, [
  { name: "__new__", arity: [1, 1], kind: "static", impl: () => new PyAbcData() },
]);

const issubclassFn = builtin("issubclass");
function builtin(name: string): W {
  const spec = BUILTIN_FUNCTIONS.find((s: MethodSpec) => s.name === name);
  if (spec === undefined) throw new Error(`builtin ${name} missing`);
  return new PyBuiltinFunction(spec, undefined, name);
}
function isSubclass(a: W, b: W): boolean {
  return isTrue(call(issubclassFn, [a, b]));
}

function getImpl(self: W): PyAbcData {
  const impl = getAttr(self, "_abc_impl");
  if (!(impl instanceof PyAbcData)) raiseTypeError("_abc_impl is set to a wrong type");
  return impl;
}

const SEQUENCE_FLAG = 1 << 5;
const MAPPING_FLAG = 1 << 6;

/** _abc_init(cls): compute __abstractmethods__, attach the _abc_data, apply __abc_tpflags__. */
function abcInit(self: W): W {
  const abstracts: W[] = [];
  const seen = new Set<string>();
  const add = (name: W) => {
    const key = name instanceof PyStr ? name.value : String(name);
    if (!seen.has(key)) {
      seen.add(key);
      abstracts.push(name);
    }
  };
  // Stage 1: directly defined abstract methods (in namespace order).
  const ns = getAttr(self, "__dict__");
  const items = iterateToArray(call(getAttr(ns, "items"), []));
  for (const item of items) {
    const pair = item as PyTuple;
    const value = pair.items[1];
    if (isAbstract(value)) add(pair.items[0]);
  }
  // Stage 2: inherited abstract methods still unimplemented.
  const bases = getAttr(self, "__bases__");
  if (!(bases instanceof PyTuple)) raiseTypeError("__bases__ is not tuple");
  for (const base of bases.items) {
    const inherited = getOptional(base, "__abstractmethods__");
    if (inherited === undefined) continue;
    for (const name of iterateToArray(inherited)) {
      const value = getOptional(self, (name as PyStr).value);
      if (value !== undefined && isAbstract(value)) add(name);
    }
  }
  callSetAttr(self, "__abstractmethods__", newFrozenSet(abstracts));
  callSetAttr(self, "_abc_impl", new PyAbcData());
  if (self instanceof PyType) {
    const flags = self.dict.get("__abc_tpflags__");
    if (flags !== undefined) {
      self.deleteDictEntry("__abc_tpflags__");
      if (typeof flags === "number") {
        if ((flags & SEQUENCE_FLAG) && (flags & MAPPING_FLAG)) {
          raiseTypeError("__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING");
        }
        if (flags & SEQUENCE_FLAG) matchFlags.sequence.add(self);
        else if (flags & MAPPING_FLAG) matchFlags.mapping.add(self);
      }
    }
  }
  return None;
}
/** getattr(obj, name, undefined): also swallows AttributeError raised by a getter. */
function getOptional(obj: W, name: string): W | undefined {
  try {
    return getAttrOrUndefined(obj, name);
  } catch (e) {
    if (e instanceof PyError && e.matches(exceptionType("AttributeError"))) return undefined;
    throw e;
  }
}
function isAbstract(value: W): boolean {
  const flag = getOptional(value, "__isabstractmethod__");
  return flag !== undefined && isTrue(flag);
}
function callSetAttr(obj: W, name: string, value: W): void {
  callBound(typeOf(obj).lookup("__setattr__")!, obj, [newStr(name), value]);
}

function hasCollectionFlag(t: PyType, set: Set<PyType>): boolean {
  for (const c of t.mro) if (set.has(c)) return true;
  return false;
}

function abcRegister(self: W, subclass: W): W {
  if (!(subclass instanceof PyType)) raiseTypeError("Can only register classes");
  if (isSubclass(subclass, self)) return subclass; // already a subclass
  // Subtle: test for cycles *after* testing for "already a subclass", so that registering a class
  // twice is harmless.
  if (isSubclass(self, subclass)) raiseRuntimeError("Refusing to create an inheritance cycle");
  getImpl(self).registry.add(subclass);
  invalidationCounter++;
  if (self instanceof PyType) {
    const isSeq = hasCollectionFlag(self, matchFlags.sequence);
    const isMap = hasCollectionFlag(self, matchFlags.mapping);
    const already = hasCollectionFlag(subclass, matchFlags.sequence) ||
      hasCollectionFlag(subclass, matchFlags.mapping);
    // builtin (immutable) types keep their flags: registering str or bytes as a Sequence does not make
    // them match `case [...]` (set_collection_flag_recursive)
    if (!already && subclass.isHeapType) {
      if (isSeq) matchFlags.sequence.add(subclass);
      else if (isMap) matchFlags.mapping.add(subclass);
    }
  }
  return subclass;
}

function abcInstanceCheck(self: W, instance: W): W {
  const impl = getImpl(self);
  const subclass = getAttrOrUndefined(instance, "__class__") ?? typeOf(instance);
  if (subclass instanceof PyType && impl.cache.has(subclass)) return PyBool_True;
  const subtype = typeOf(instance);
  if (subtype === subclass) {
    if (impl.negativeCacheVersion === invalidationCounter && impl.negativeCache.has(subtype)) {
      return PyBool_False;
    }
    return callMethod(self, "__subclasscheck__", subclass);
  }
  const r = callMethod(self, "__subclasscheck__", subclass);
  if (isTrue(r)) return r;
  return callMethod(self, "__subclasscheck__", subtype);
}
function callMethod(self: W, name: string, arg: W): W {
  return call(getAttr(self, name), [arg]);
}

function abcSubclassCheck(self: W, subclass: W): W {
  if (!(subclass instanceof PyType)) raiseTypeError("issubclass() arg 1 must be a class");
  const impl = getImpl(self);
  // 1. Check cache.
  if (impl.cache.has(subclass)) return PyBool_True;
  // 2. Check negative cache; may have to invalidate.
  if (impl.negativeCacheVersion < invalidationCounter) {
    impl.negativeCache.clear();
    impl.negativeCacheVersion = invalidationCounter;
  } else if (impl.negativeCache.has(subclass)) return PyBool_False;
  // 3. Check the subclass hook.
  const ok = callMethod(self, "__subclasshook__", subclass);
  if (ok !== NotImplemented) {
    if (!(ok instanceof PyBool)) {
      raiseAssertion("__subclasshook__ must return either False, True, or NotImplemented");
    }
    if (ok.value) impl.cache.add(subclass);
    else impl.negativeCache.add(subclass);
    return ok;
  }
  // 4. Check if it's a direct subclass.
  if (self instanceof PyType && subclass.mro.includes(self)) {
    impl.cache.add(subclass);
    return PyBool_True;
  }
  // 5. Check if it's a subclass of a registered class (recursive).
  for (const rcls of impl.registry) {
    if (isSubclass(subclass, rcls)) {
      impl.cache.add(subclass);
      return PyBool_True;
    }
  }
  // 6. Check if it's a subclass of a subclass (recursive).
  const subclasses = iterateToArray(call(getAttr(self, "__subclasses__"), []));
  for (const scls of subclasses) {
    if (isSubclass(subclass, scls)) {
      impl.cache.add(subclass);
      return PyBool_True;
    }
  }
  // No dice; update negative cache.
  impl.negativeCache.add(subclass);
  return PyBool_False;
}
function raiseAssertion(message: string): never {
  throw errorWithMessage("AssertionError", message);
}

function weakSet(types: Set<PyType>): W {
  return newSet([...types].map((t) => newRef(refType, t, None)));
}

export const abcModule: NativeModuleDef = {
  name: "_abc",
  doc: "Module contains faster C implementation of abc.ABCMeta",
  functions: [
    { name: "get_cache_token", arity: [0, 0], impl: () => invalidationCounter },
    { name: "_abc_init", arity: [1, 1], impl: (a) => abcInit(a[0]) },
    { name: "_abc_register", arity: [2, 2], impl: (a) => abcRegister(a[0], a[1]) },
    { name: "_abc_instancecheck", arity: [2, 2], impl: (a) => abcInstanceCheck(a[0], a[1]) },
    { name: "_abc_subclasscheck", arity: [2, 2], impl: (a) => abcSubclassCheck(a[0], a[1]) },
    {
      name: "_get_dump",
      arity: [1, 1],
      impl: (a) => {
        const impl = getImpl(a[0]);
        return newTuple([
          weakSet(impl.registry),
          weakSet(impl.cache),
          weakSet(impl.negativeCache),
          impl.negativeCacheVersion,
        ]);
      },
    },
    {
      name: "_reset_registry",
      arity: [1, 1],
      impl: (a) => {
        getImpl(a[0]).registry.clear();
        return None;
      },
    },
    {
      name: "_reset_caches",
      arity: [1, 1],
      impl: (a) => {
        const impl = getImpl(a[0]);
        impl.cache.clear();
        impl.negativeCache.clear();
        return None;
      },
    },
  ],
  types: [["_abc_data", abcDataType]],
};
