// staticmethod and classmethod: wrappers that change how a function binds (`__get__`). Each has a
// `__dict__`: __init__ copies the wrapped callable's __module__, __name__, __qualname__ and __doc__ into
// it, and __annotations__/__annotate__ are read from the callable once, then kept there (CPython's
// functools_wraps and descriptor_get_wrapped_attribute in funcobject.c).
import {
  call,
  classMethodType,
  defineGetSets,
  defineMethods,
  getAttr,
  getAttrOrUndefined,
  type GetSetSpec,
  None,
  PyClassMethod,
  PyInstance,
  PyMethod,
  PyStaticMethod,
  PyType,
  setAttr,
  staticMethodType,
  typeOf,
  type W,
} from "./model.ts";
import { raiseAttributeError, raiseTypeError } from "../vm/errors.ts";
import { genericDictSpec, instanceDictSpec } from "./type.ts";
import { PyDict } from "./dict.ts";
import { newStr } from "./str.ts";
import { delItem, repr } from "./operations.ts";

staticMethodType.hasInstanceDict = true;
classMethodType.hasInstanceDict = true;
staticMethodType.factory = (cls) => new PyStaticMethod(None, cls);
classMethodType.factory = (cls) => new PyClassMethod(None, cls);

function sm(w: W): PyStaticMethod {
  if (!(w instanceof PyStaticMethod)) raiseTypeError("descriptor requires a 'staticmethod' object");
  return w;
}
function cm(w: W): PyClassMethod {
  if (!(w instanceof PyClassMethod)) raiseTypeError("descriptor requires a 'classmethod' object");
  return w;
}
function attrOf(w: W, name: string): W {
  return getAttrOrUndefined(w, name) ?? None;
}

const WRAPPED_ATTRS = ["__module__", "__name__", "__qualname__", "__doc__"];
function copyWrappedAttrs(wrapper: PyInstance, wrapped: W): void {
  for (const name of WRAPPED_ATTRS) {
    const v = getAttrOrUndefined(wrapped, name);
    if (v !== undefined) setAttr(wrapper, name, v);
  }
}

/** `__annotations__`/`__annotate__` of the wrapper: its own dict's entry, else the callable's, kept. */
function wrappedAttrGetSet(name: string, typeName: string): GetSetSpec {
  return {
    name,
    get: (w) => {
      const dict = instanceDictSpec.get(w) as PyDict;
      const own = dict.getStr(name);
      if (own !== undefined) return own;
      const v = getAttr((w as PyStaticMethod | PyClassMethod).callable, name);
      dict.setItem(newStr(name), v);
      return v;
    },
    set: (w, v) => {
      (instanceDictSpec.get(w) as PyDict).setItem(newStr(name), v);
    },
    delete: (w) => {
      const dict = instanceDictSpec.get(w) as PyDict;
      if (dict.getStr(name) === undefined) {
        raiseAttributeError(`'${typeName}' object has no attribute '${name}'`);
      }
      delItem(dict, newStr(name));
    },
  };
}

defineMethods(staticMethodType, [
  {
    name: "__init__",
    arity: [1, 1],
    impl: (a) => {
      sm(a[0]).callable = a[1];
      copyWrappedAttrs(a[0] as PyInstance, a[1]);
      return None;
    },
  },
  { name: "__get__", arity: [1, 2], impl: (a) => sm(a[0]).callable },
  { name: "__repr__", arity: [0, 0], impl: (a) => newStr(`<staticmethod(${repr(sm(a[0]).callable)})>`) },
  { name: "__call__", arity: [0, -1], kw: ["**"], impl: (a, k) => call(sm(a[0]).callable, a.slice(1), k) },
]);
defineGetSets(staticMethodType, [
  { name: "__func__", get: (s) => sm(s).callable },
  { name: "__wrapped__", get: (s) => sm(s).callable },
  { name: "__isabstractmethod__", get: (s) => attrOf(sm(s).callable, "__isabstractmethod__") },
  genericDictSpec,
  wrappedAttrGetSet("__annotations__", "staticmethod"),
  wrappedAttrGetSet("__annotate__", "staticmethod"),
]);

defineMethods(classMethodType, [
  {
    name: "__init__",
    arity: [1, 1],
    impl: (a) => {
      cm(a[0]).callable = a[1];
      copyWrappedAttrs(a[0] as PyInstance, a[1]);
      return None;
    },
  },
  {
    name: "__get__",
    arity: [1, 2],
    impl: (a) => {
      const owner = a[2] !== undefined && a[2] !== None ? a[2] : typeOf(a[1]);
      if (!(owner instanceof PyType) && a[2] === undefined) {
        raiseTypeError("classmethod.__get__ needs a type");
      }
      return new PyMethod(cm(a[0]).callable, owner);
    },
  },
  { name: "__repr__", arity: [0, 0], impl: (a) => newStr(`<classmethod(${repr(cm(a[0]).callable)})>`) },
]);
defineGetSets(classMethodType, [
  { name: "__func__", get: (s) => cm(s).callable },
  { name: "__wrapped__", get: (s) => cm(s).callable },
  { name: "__isabstractmethod__", get: (s) => attrOf(cm(s).callable, "__isabstractmethod__") },
  genericDictSpec,
  wrappedAttrGetSet("__annotations__", "classmethod"),
  wrappedAttrGetSet("__annotate__", "classmethod"),
]);
