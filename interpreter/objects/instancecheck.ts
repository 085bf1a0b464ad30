// isinstance() and issubclass() as CPython's abstract.c has them: types answer directly (with an object's
// __class__ as a second chance), tuples and unions are searched, a metaclass's __instancecheck__ /
// __subclasscheck__ is consulted, and any object with a tuple `__bases__` counts as a class (the
// "abstract" protocol proxies and old-style emulations rely on), searched through `__bases__`.
import { callBound, getAttrOrUndefined, PyType, typeOf, typeType, type W } from "./model.ts";
import { isTrue } from "./operations.ts";
import { newTuple, PyTuple } from "./tuple.ts";
import { PyUnion } from "./genericalias.ts";
import { errorWithMessage, PyError, raiseTypeError } from "../vm/errors.ts";
import { exceptionTypes } from "./exceptions.ts";
import { state } from "../vm/state.ts";

const ISINSTANCE_ARG2 = "isinstance() arg 2 must be a type, a tuple of types, or a union";
const ISSUBCLASS_ARG2 = "issubclass() arg 2 must be a class, a tuple of classes, or a union";

function enterRecursion(where: string): void {
  if (++state.depth > state.recursionLimit) {
    state.depth--;
    throw errorWithMessage("RecursionError", `maximum recursion depth exceeded${where}`);
  }
}

/** getattr(w, name) with only AttributeError meaning "absent" (PyObject_GetOptionalAttr). */
function optionalAttr(w: W, name: string): W | undefined {
  try {
    return getAttrOrUndefined(w, name);
  } catch (e) {
    if (e instanceof PyError && e.matches(exceptionTypes.AttributeError)) return undefined;
    throw e;
  }
}

/** abstract_get_bases: `cls.__bases__` when it is a tuple. */
function abstractBases(cls: W): PyTuple | undefined {
  const b = optionalAttr(cls, "__bases__");
  return b instanceof PyTuple ? b : undefined;
}

function checkClass(cls: W, message: string): void {
  if (abstractBases(cls) === undefined) raiseTypeError(message);
}

/** abstract_issubclass: `derived` is `cls` or has it among its `__bases__`, searched depth first. */
function abstractIsSubclass(derived: W, cls: W): boolean {
  let bases: PyTuple | undefined;
  for (;;) {
    if (derived === cls) return true;
    bases = abstractBases(derived);
    if (bases === undefined || bases.items.length === 0) return false;
    if (bases.items.length > 1) break;
    derived = bases.items[0]; // single inheritance: no recursion
  }
  for (const b of bases.items) {
    enterRecursion(" in __issubclass__");
    try {
      if (abstractIsSubclass(b, cls)) return true;
    } finally {
      state.depth--;
    }
  }
  return false;
}

/** object_isinstance: what type.__instancecheck__ does. */
export function objectIsInstance(inst: W, cls: W): boolean {
  if (cls instanceof PyType) {
    if (typeOf(inst).isSubtypeOf(cls)) return true;
    // an object lying about its __class__ (proxies)
    const icls = optionalAttr(inst, "__class__");
    return icls instanceof PyType && icls !== typeOf(inst) && icls.isSubtypeOf(cls);
  }
  checkClass(cls, ISINSTANCE_ARG2);
  const icls = optionalAttr(inst, "__class__");
  return icls !== undefined && abstractIsSubclass(icls, cls);
}

/** recursive_issubclass: what type.__subclasscheck__ does. */
export function recursiveIsSubclass(derived: W, cls: W): boolean {
  if (cls instanceof PyType && derived instanceof PyType) return derived.isSubtypeOf(cls);
  checkClass(derived, "issubclass() arg 1 must be a class");
  if (!(cls instanceof PyUnion)) checkClass(cls, ISSUBCLASS_ARG2);
  return abstractIsSubclass(derived, cls);
}

/** isinstance(inst, cls): object_recursive_isinstance. */
export function isInstance(inst: W, cls: W): boolean {
  if (cls instanceof PyType) {
    if (typeOf(inst) === cls) return true;
    if (typeOf(cls) === typeType) return objectIsInstance(inst, cls);
  }
  if (cls instanceof PyUnion) cls = newTuple(cls.args);
  if (cls instanceof PyTuple) {
    enterRecursion(" in __instancecheck__");
    try {
      for (const c of cls.items) if (isInstance(inst, c)) return true;
    } finally {
      state.depth--;
    }
    return false;
  }
  const checker = typeOf(cls).lookup("__instancecheck__");
  if (checker !== undefined) {
    enterRecursion(" in __instancecheck__");
    try {
      return isTrue(callBound(checker, cls, [inst]));
    } finally {
      state.depth--;
    }
  }
  return objectIsInstance(inst, cls);
}

/** issubclass(derived, cls): object_issubclass. */
export function isSubclass(derived: W, cls: W): boolean {
  if (cls instanceof PyType && typeOf(cls) === typeType) {
    if (derived === cls) return true;
    return recursiveIsSubclass(derived, cls);
  }
  if (cls instanceof PyUnion) cls = newTuple(cls.args);
  if (cls instanceof PyTuple) {
    enterRecursion(" in __subclasscheck__");
    try {
      for (const c of cls.items) if (isSubclass(derived, c)) return true;
    } finally {
      state.depth--;
    }
    return false;
  }
  const checker = typeOf(cls).lookup("__subclasscheck__");
  if (checker !== undefined) {
    enterRecursion(" in __subclasscheck__");
    try {
      return isTrue(callBound(checker, cls, [derived]));
    } finally {
      state.depth--;
    }
  }
  return recursiveIsSubclass(derived, cls);
}
