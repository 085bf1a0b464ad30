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
  typeOf,
  type W,
} from "./model.ts";
import { errorWithMessage, raiseTypeError } from "../vm/errors.ts";
import { PyStr } from "./str.ts";

export class PyProperty extends PyInstance {
  fget: W = None;
  fset: W = None;
  fdel: W = None;
  doc: W = None;
  name: W = None;
  constructor(cls: PyType = propertyType) {
    super(cls);
  }
}
propertyType.factory = (cls) => new PyProperty(cls);

function prop(w: W): PyProperty {
  if (!(w instanceof PyProperty)) raiseTypeError("descriptor requires a 'property' object");
  return w;
}
function nameOf(p: PyProperty): string {
  if (p.name instanceof PyStr) return `'${p.name.value}' `;
  return "";
}
function qual(obj: W): string {
  const t = typeOf(obj);
  return t.qualname;
}

function copyWith(p: PyProperty, which: "fget" | "fset" | "fdel", fn: W): W {
  const t = p.cls;
  const args = [
    which === "fget" ? fn : p.fget,
    which === "fset" ? fn : p.fset,
    which === "fdel" ? fn : p.fdel,
    p.doc,
  ];
  const np = call(t, args);
  if (np instanceof PyProperty) np.name = p.name;
  return np;
}

defineMethods(propertyType, [
  {
    name: "__init__",
    arity: [0, 4],
    kw: ["fget", "fset", "fdel", "doc"],
    impl: (a) => {
      const p = prop(a[0]);
      p.fget = a[1] ?? None;
      p.fset = a[2] ?? None;
      p.fdel = a[3] ?? None;
      p.doc = a[4] ?? None;
      if (p.doc === None && p.fget !== None) {
        const d = getAttrOrUndefined(p.fget, "__doc__");
        if (d !== undefined) p.doc = d;
      }
      if (p.fget !== None) {
        const n = getAttrOrUndefined(p.fget, "__name__");
        if (n !== undefined) p.name = n;
      }
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
      if (p.fget === None) {
        throw errorWithMessage(
          "AttributeError",
          `property ${nameOf(p)}of '${qual(obj)}' object has no getter`,
        );
      }
      return call(p.fget, [obj]);
    },
  },
  {
    name: "__set__",
    arity: [2, 2],
    impl: (a) => {
      const p = prop(a[0]);
      if (p.fset === None) {
        throw errorWithMessage(
          "AttributeError",
          `property ${nameOf(p)}of '${qual(a[1])}' object has no setter`,
        );
      }
      call(p.fset, [a[1], a[2]]);
      return None;
    },
  },
  {
    name: "__delete__",
    arity: [1, 1],
    impl: (a) => {
      const p = prop(a[0]);
      if (p.fdel === None) {
        throw errorWithMessage(
          "AttributeError",
          `property ${nameOf(p)}of '${qual(a[1])}' object has no deleter`,
        );
      }
      call(p.fdel, [a[1]]);
      return None;
    },
  },
  { name: "getter", arity: [1, 1], impl: (a) => copyWith(prop(a[0]), "fget", a[1]) },
  { name: "setter", arity: [1, 1], impl: (a) => copyWith(prop(a[0]), "fset", a[1]) },
  { name: "deleter", arity: [1, 1], impl: (a) => copyWith(prop(a[0]), "fdel", a[1]) },
  {
    name: "__set_name__",
    arity: [2, 2],
    impl: (a) => {
      prop(a[0]).name = a[2];
      return None;
    },
  },
]);
defineGetSets(propertyType, [
  { name: "fget", get: (p) => prop(p).fget },
  { name: "fset", get: (p) => prop(p).fset },
  { name: "fdel", get: (p) => prop(p).fdel },
  { name: "__doc__", get: (p) => prop(p).doc, set: (p, v) => void (prop(p).doc = v) },
  { name: "__name__", get: (p) => prop(p).name, set: (p, v) => void (prop(p).name = v) },
  {
    name: "__isabstractmethod__",
    get: (p) => {
      const pp = prop(p);
      for (const f of [pp.fget, pp.fset, pp.fdel]) {
        const v = f === None ? undefined : getAttrOrUndefined(f, "__isabstractmethod__");
        if (v !== undefined && v !== None && (v as { value?: boolean }).value === true) return v;
      }
      return False;
    },
  },
]);
