// staticmethod and classmethod: wrappers that change how a function binds (`__get__`).
import {
  call,
  classMethodType,
  defineGetSets,
  defineMethods,
  getAttrOrUndefined,
  None,
  PyClassMethod,
  PyMethod,
  PyStaticMethod,
  PyType,
  staticMethodType,
  typeOf,
  type W,
} from "./model.ts";
import { raiseTypeError } from "../vm/errors.ts";

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

defineMethods(staticMethodType, [
  {
    name: "__init__",
    arity: [1, 1],
    impl: (a) => {
      sm(a[0]).callable = a[1];
      return None;
    },
  },
  { name: "__get__", arity: [1, 2], impl: (a) => sm(a[0]).callable },
  { name: "__call__", arity: [0, -1], kw: ["**"], impl: (a, k) => call(sm(a[0]).callable, a.slice(1), k) },
]);
defineGetSets(staticMethodType, [
  { name: "__func__", get: (s) => sm(s).callable },
  { name: "__wrapped__", get: (s) => sm(s).callable },
  { name: "__doc__", get: (s) => attrOf(sm(s).callable, "__doc__") },
  { name: "__name__", get: (s) => attrOf(sm(s).callable, "__name__") },
  { name: "__qualname__", get: (s) => attrOf(sm(s).callable, "__qualname__") },
  { name: "__module__", get: (s) => attrOf(sm(s).callable, "__module__") },
  { name: "__isabstractmethod__", get: (s) => attrOf(sm(s).callable, "__isabstractmethod__") },
]);

defineMethods(classMethodType, [
  {
    name: "__init__",
    arity: [1, 1],
    impl: (a) => {
      cm(a[0]).callable = a[1];
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
]);
defineGetSets(classMethodType, [
  { name: "__func__", get: (s) => cm(s).callable },
  { name: "__wrapped__", get: (s) => cm(s).callable },
  { name: "__doc__", get: (s) => attrOf(cm(s).callable, "__doc__") },
  { name: "__name__", get: (s) => attrOf(cm(s).callable, "__name__") },
  { name: "__qualname__", get: (s) => attrOf(cm(s).callable, "__qualname__") },
  { name: "__module__", get: (s) => attrOf(cm(s).callable, "__module__") },
  { name: "__isabstractmethod__", get: (s) => attrOf(cm(s).callable, "__isabstractmethod__") },
]);
