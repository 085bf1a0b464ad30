// Attributes of type, object and function objects that need dicts and lists (kept out of type.ts and
// object.ts, which load before dict.ts): __dict__ views, __dir__, __annotations__ (PEP 649 evaluated
// through __annotate__), __qualname__/__doc__ setters, __subclasshook__, __sizeof__.
import {
  call,
  defineGetSets,
  defineMethods,
  getAttrOrUndefined,
  None,
  NotImplemented,
  objectType,
  PyInstance,
  PyType,
  tpName,
  TypeFlags,
  typeOf,
  typeType,
  type W,
} from "./model.ts";
import { isTrue } from "./operations.ts";
import { raiseAttributeError, raiseTypeError } from "../vm/errors.ts";
import { newStr, PyStr } from "./str.ts";
import { newDict, PyDict } from "./dict.ts";
import { mappingProxyHooks, PyMappingProxy } from "./dictview.ts";
import { newList } from "./list.ts";
import { newTuple } from "./tuple.ts";
import { functionHooks, functionType, PyFunction } from "./function.ts";
import { typeTextSignature } from "./text_signatures.ts";
import { typeNameObject } from "./type.ts";
import { objectIsInstance, recursiveIsSubclass } from "./instancecheck.ts";

function typeSelf(w: W): PyType {
  if (!(w instanceof PyType)) raiseTypeError("descriptor requires a 'type' object");
  return w;
}

/**
 * The dict behind `cls.__dict__`, rebuilt only when the type changed (its version tag, or its dict's size
 * for the builtin types whose dicts are filled without one): enum, dataclasses and inspect read the
 * `__dict__` of every class along an MRO, over and over.
 */
const typeDicts = new WeakMap<PyType, { version: number; size: number; dict: PyDict }>();
function dictOfType(t: PyType): PyDict {
  const hit = typeDicts.get(t);
  if (hit !== undefined && hit.version === t.version && hit.size === t.dict.size) return hit.dict;
  const d = newDict();
  for (const [k, v] of t.dict) d.setStr(k, v);
  typeDicts.set(t, { version: t.version, size: t.dict.size, dict: d });
  return d;
}
mappingProxyHooks.typeDict = dictOfType;

/** A static (builtin) type has no __annotations__/__annotate__ (CPython's type_get_annotations). */
function heapTypeFor(t: PyType, name: string): PyType {
  if (!t.isHeapType) raiseAttributeError(`type object '${t.name}' has no attribute '${name}'`);
  return t;
}

/** PEP 649: `__annotations__` of a class or module namespace through its `__annotate__(1)`. */
function annotationsOf(t: PyType): W {
  const own = t.dict.get("__annotations__") ?? t.dict.get("__annotations_cache__");
  if (own !== undefined) return own;
  const annotate = t.dict.get("__annotate__") ?? t.dict.get("__annotate_func__");
  let r: W;
  if (annotate !== undefined && annotate !== None) r = call(annotate, [1]);
  else r = newDict();
  if (t.isHeapType) t.setDictEntry("__annotations_cache__", r);
  return r;
}

/** A type attribute only heap types may change (check_set_special_type_attr's immutable-type check). */
function setOnHeapType(t: W, name: string, v: W): void {
  const cls = typeSelf(t);
  if (!cls.isHeapType) raiseTypeError(`cannot set '${name}' attribute of immutable type '${tpName(cls)}'`);
  cls.setDictEntry(name, v);
}

/** type.__abstractmethods__: stored in the type's dict; a non-empty value marks the class abstract. */
function setAbstract(t: PyType, abstract: boolean): void {
  if (abstract) t.flags |= TypeFlags.ABSTRACT;
  else t.flags &= ~TypeFlags.ABSTRACT;
}
defineGetSets(typeType, [
  {
    name: "__abstractmethods__",
    get: (t) => {
      const v = t === typeType ? undefined : typeSelf(t).dict.get("__abstractmethods__");
      if (v === undefined) raiseAttributeError("__abstractmethods__");
      return v;
    },
    set: (t, v) => {
      const cls = typeSelf(t);
      cls.setDictEntry("__abstractmethods__", v);
      setAbstract(cls, isTrue(v));
    },
    delete: (t) => {
      const cls = typeSelf(t);
      if (!cls.deleteDictEntry("__abstractmethods__")) raiseAttributeError("__abstractmethods__");
      setAbstract(cls, false);
    },
  },
  { name: "__dict__", get: (t) => new PyMappingProxy(None, typeSelf(t)) },
  {
    name: "__qualname__",
    get: (t) => typeNameObject(typeSelf(t), typeSelf(t).qualname, true),
    set: (t, v) => {
      if (!(v instanceof PyStr)) {
        raiseTypeError(`can only assign string to ${typeSelf(t).name}.__qualname__, not '${typeOf(v).name}'`);
      }
      typeSelf(t).qualname = v.value;
    },
  },
  {
    name: "__doc__",
    get: (t) => {
      const d = typeSelf(t).dict.get("__doc__");
      if (d === undefined) return None;
      const get = typeof d === "object" ? d.cls.lookup("__get__") : undefined;
      return get !== undefined ? call(get, [d, None, t]) : d;
    },
    // (check_set_special_type_attr: a builtin type's __doc__ is fixed, no type's can be deleted)
    set: (t, v) => setOnHeapType(t, "__doc__", v),
    delete: (t) => {
      const cls = typeSelf(t);
      const kind = cls.isHeapType ? "delete" : "set";
      raiseTypeError(`cannot ${kind} '__doc__' attribute of immutable type '${tpName(cls)}'`);
    },
  },
  { name: "__text_signature__", get: (t) => typeTextSignature(typeSelf(t)) },
  {
    name: "__annotations__",
    get: (t) => annotationsOf(heapTypeFor(typeSelf(t), "__annotations__")),
    set: (t, v) => typeSelf(t).setDictEntry("__annotations__", v),
  },
  {
    name: "__annotate__",
    get: (t) => {
      const self = heapTypeFor(typeSelf(t), "__annotate__");
      return self.dict.get("__annotate__") ?? self.dict.get("__annotate_func__") ?? None;
    },
    // a new __annotate__ drops the annotations computed from the old one (type_set_annotate)
    set: (t, v) => {
      const self = typeSelf(t);
      if (v !== None && typeOf(v).lookup("__call__") === undefined) {
        raiseTypeError("__annotate__ must be callable or None");
      }
      self.setDictEntry("__annotate__", v);
      if (v !== None) self.deleteDictEntry("__annotations_cache__");
    },
  },
  {
    // the class's own type parameters (PEP 695), () for every other type, as CPython's type_get_type_params
    name: "__type_params__",
    // (type's own dict holds this descriptor: type.__type_params__ is (), as in CPython)
    get: (t) => (t === typeType ? undefined : typeSelf(t).dict.get("__type_params__")) ?? newTuple([]),
    // any value (CPython's type_set_type_params checks only that the type is mutable)
    set: (t, v) => setOnHeapType(t, "__type_params__", v),
    delete: (t) => {
      const cls = typeSelf(t);
      raiseTypeError(`cannot delete '__type_params__' attribute of immutable type '${tpName(cls)}'`);
    },
  },
]);

/** dir(obj): instance attributes plus everything on the class and its bases. */
function objectDir(obj: W): W {
  const names = new Set<string>();
  const d = getAttrOrUndefined(obj, "__dict__");
  if (d instanceof PyDict) {
    for (const k of d.keysArray()) {
      if (k instanceof PyStr) names.add(k.value);
      else if (obj instanceof PyInstance && obj.dictObject === null) {
        for (const k of obj.map.keys) names.add(k);
      }
    }
  }
  const cls = getAttrOrUndefined(obj, "__class__");
  const t = cls instanceof PyType ? cls : typeOf(obj);
  for (const c of t.mro) for (const k of c.dict.keys()) names.add(k);
  return newList([...names].map((n) => newStr(n)));
}
function typeDir(t: PyType): W {
  const names = new Set<string>();
  for (const c of t.mro) for (const k of c.dict.keys()) names.add(k);
  return newList([...names].map((n) => newStr(n)));
}

defineMethods(objectType, [
  { name: "__dir__", arity: [0, 0], impl: (a) => objectDir(a[0]) },
  { name: "__subclasshook__", arity: [0, -1], kind: "class", impl: () => NotImplemented },
  {
    name: "__sizeof__",
    arity: [0, 0],
    impl: (a) => (a[0] instanceof PyInstance ? 16 + 8 * a[0].map.keys.length : 16),
  },
]);
defineMethods(typeType, [
  { name: "__dir__", arity: [0, 0], impl: (a) => typeDir(typeSelf(a[0])) },
  {
    name: "__instancecheck__",
    arity: [1, 1],
    impl: (a) => boolOf(objectIsInstance(a[1], typeSelf(a[0]))),
  },
  {
    name: "__subclasscheck__",
    arity: [1, 1],
    impl: (a) => boolOf(recursiveIsSubclass(a[1], typeSelf(a[0]))),
  },
  { name: "__sizeof__", arity: [0, 0], impl: () => 928 },
]);
import { newBool } from "./model.ts";
function boolOf(b: boolean): W {
  return newBool(b);
}

// ---------------------------------------------------------------- functions

function fn(w: W): PyFunction {
  if (!(w instanceof PyFunction)) raiseTypeError("descriptor requires a 'function' object");
  return w;
}
defineGetSets(functionType, [
  {
    name: "__dict__",
    get: (f) => {
      const func = fn(f);
      if (func.dictObject === null) {
        const d = newDict();
        for (let i = 0; i < func.map.keys.length; i++) d.setStr(func.map.keys[i], func.valueAt(i));
        func.dictObject = d;
      }
      return func.dictObject;
    },
    set: (f, v) => {
      if (!(v instanceof PyDict)) {
        raiseTypeError("__dict__ must be set to a dictionary, not a '" + typeOf(v).name + "'");
      }
      fn(f).dictObject = v;
    },
    delete: () => raiseTypeError("cannot delete __dict__"),
  },
]);
functionHooks.computeAnnotations = (f) => {
  if (f.annotate !== None) {
    const r = call(f.annotate, [1]);
    if (!(r instanceof PyDict)) raiseTypeError(`__annotate__ returned non-dict of type '${typeOf(r).name}'`);
    return r;
  }
  return newDict();
};
