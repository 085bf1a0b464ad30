// property: a data descriptor built from getter/setter/deleter functions.
import {
  call,
  defineGetSets,
  defineMethods,
  False,
  getAttrOrUndefined,
  None,
  propertyType,
  PyInstance,
  type PyType,
  setAttr,
  True,
  typeOf,
  type W,
} from "./model.ts";
import { errorWithMessage, PyError, raiseTypeError } from "../vm/errors.ts";
import { isTrue, repr } from "./operations.ts";
import { exceptionTypes } from "./exceptions.ts";

export class PyProperty extends PyInstance {
  /** The accessor functions; None when absent (CPython's NULL). */
  fget: W = None;
  fset: W = None;
  fdel: W = None;
  /** prop_doc: the doc of an exact property (a subclass instance keeps it in its __dict__). */
  doc: W = None;
  /** The doc was copied from the getter (getter()/setter() copies take the new getter's doc then). */
  getterDoc = false;
  /** Set by __set_name__ or by assigning __name__; else the getter's __name__ is used. */
  name: W | undefined = undefined;
  constructor(cls: PyType = propertyType) {
    super(cls);
  }
}
propertyType.factory = (cls) => new PyProperty(cls);

function prop(w: W): PyProperty {
  if (!(w instanceof PyProperty)) raiseTypeError("descriptor requires a 'property' object");
  return w;
}
/** property_name: the set name, else the getter's __name__, else undefined. */
function propertyName(p: PyProperty): W | undefined {
  if (p.name !== undefined) return p.name;
  return p.fget === None ? undefined : optionalAttr(p.fget, "__name__");
}
/** PyObject_GetOptionalAttr: undefined also when a descriptor raises AttributeError. */
function optionalAttr(obj: W, name: string): W | undefined {
  try {
    return getAttrOrUndefined(obj, name);
  } catch (e) {
    if (e instanceof PyError && e.matches(exceptionTypes.AttributeError)) return undefined;
    throw e;
  }
}
/** "property 'x' of 'C' object has no getter" (the name is left out when there is none). */
function missing(p: PyProperty, obj: W, what: string): never {
  const name = propertyName(p);
  const named = name === undefined ? "" : `${repr(name)} `;
  throw errorWithMessage(
    "AttributeError",
    `property ${named}of '${typeOf(obj).qualname}' object has no ${what}`,
  );
}

/** property(fget, fset, fdel, doc) as property_init_impl, doc taken from the getter when not given. */
function propertyInit(p: PyProperty, fget: W, fset: W, fdel: W, doc: W): void {
  p.fget = fget;
  p.fset = fset;
  p.fdel = fdel;
  p.getterDoc = false;
  let propDoc: W | undefined = undefined;
  if (doc !== None) propDoc = doc;
  else if (fget !== None) {
    const d = optionalAttr(fget, "__doc__");
    if (d !== undefined && d !== None) {
      propDoc = d;
      p.getterDoc = true;
    }
  }
  if (p.cls === propertyType) {
    p.doc = propDoc ?? None;
    return;
  }
  // A subclass's own __doc__ (its docstring, or None) would shadow the member: the doc goes into the
  // instance instead; a subclass without a __dict__ silently drops an explicit doc, as through 3.11.
  try {
    setAttr(p, "__doc__", propDoc ?? None);
  } catch (e) {
    if (!p.getterDoc && e instanceof PyError && e.matches(exceptionTypes.AttributeError)) return;
    throw e;
  }
}

/** getter()/setter()/deleter(): type(self)(fget, fset, fdel, doc) with one accessor replaced. */
function copyWith(p: PyProperty, which: "fget" | "fset" | "fdel", fn: W): W {
  const get = which === "fget" && fn !== None ? fn : p.fget;
  const set = which === "fset" && fn !== None ? fn : p.fset;
  const del = which === "fdel" && fn !== None ? fn : p.fdel;
  const doc = p.getterDoc && get !== None ? None : p.doc;
  const np = call(p.cls, [get, set, del, doc]);
  if (np instanceof PyProperty) np.name = p.name;
  return np;
}

defineMethods(propertyType, [
  {
    name: "__init__",
    arity: [0, 4],
    kw: ["fget", "fset", "fdel", "doc"],
    impl: (a) => {
      propertyInit(prop(a[0]), a[1] ?? None, a[2] ?? None, a[3] ?? None, a[4] ?? None);
      return None;
    },
  },
  {
    name: "__get__",
    arity: [1, 2],
    impl: (a) => {
      const p = prop(a[0]);
      const obj = a[1];
      if (obj === None || obj === undefined) return p;
      if (p.fget === None) missing(p, obj, "getter");
      return call(p.fget, [obj]);
    },
  },
  {
    name: "__set__",
    arity: [2, 2],
    impl: (a) => {
      const p = prop(a[0]);
      if (p.fset === None) missing(p, a[1], "setter");
      call(p.fset, [a[1], a[2]]);
      return None;
    },
  },
  {
    name: "__delete__",
    arity: [1, 1],
    impl: (a) => {
      const p = prop(a[0]);
      if (p.fdel === None) missing(p, a[1], "deleter");
      call(p.fdel, [a[1]]);
      return None;
    },
  },
  { name: "getter", arity: [1, 1], impl: (a) => copyWith(prop(a[0]), "fget", a[1]) },
  { name: "setter", arity: [1, 1], impl: (a) => copyWith(prop(a[0]), "fset", a[1]) },
  { name: "deleter", arity: [1, 1], impl: (a) => copyWith(prop(a[0]), "fdel", a[1]) },
  {
    name: "__set_name__",
    arity: [0, -1],
    impl: (a) => {
      const n = a.length - 1;
      if (n !== 2) raiseTypeError(`__set_name__() takes 2 positional arguments but ${n} were given`);
      prop(a[0]).name = a[2];
      return None;
    },
  },
]);
defineGetSets(propertyType, [
  // READONLY members in CPython
  { name: "fget", get: (p) => prop(p).fget, readonly: true },
  { name: "fset", get: (p) => prop(p).fset, readonly: true },
  { name: "fdel", get: (p) => prop(p).fdel, readonly: true },
  { name: "__doc__", get: (p) => prop(p).doc, set: (p, v) => void (prop(p).doc = v) },
  {
    name: "__name__",
    get: (p) => {
      const name = propertyName(prop(p));
      if (name === undefined) {
        throw errorWithMessage("AttributeError", `'${typeOf(p).name}' object has no attribute '__name__'`);
      }
      return name;
    },
    set: (p, v) => void (prop(p).name = v),
  },
  {
    // True when any accessor is abstract (its __isabstractmethod__ is true)
    name: "__isabstractmethod__",
    get: (p) => {
      const pp = prop(p);
      for (const f of [pp.fget, pp.fset, pp.fdel]) {
        const v = f === None ? undefined : getAttrOrUndefined(f, "__isabstractmethod__");
        if (v !== undefined && isTrue(v)) return True;
      }
      return False;
    },
  },
]);
