// collections.defaultdict: a dict subclass whose __missing__ calls default_factory (CPython's
// Modules/_collectionsmodule.c defdict_* functions: repr, copy, __reduce__, | and |=).
import {
  call,
  defineGetSets,
  defineMethods,
  dictType,
  type Kwargs,
  None,
  NotImplemented,
  PyType,
  typeOf,
  type W,
} from "../../objects/model.ts";
import { raiseKeyError, raiseTypeError } from "../../vm/errors.ts";
import { newStr } from "../../objects/str.ts";
import { newTuple } from "../../objects/tuple.ts";
import { dictRepr, dictUpdateArg, PyDict } from "../../objects/dict.ts";
import { iter, repr, setItem } from "../../objects/operations.ts";
import { reprEnter, reprLeave } from "../../objects/tuple.ts";
import { nativeType } from "../define.ts";
import { allowWeakrefs } from "../weakref.ts";

export class PyDefaultDict extends PyDict {
  declare defaultFactory: W;
  constructor(cls: PyType) {
    super(cls);
    this.defaultFactory = None;
  }
}

export const defaultdictType: PyType = nativeType("collections", "defaultdict", dictType, {
  factory: (cls) => new PyDefaultDict(cls),
});
allowWeakrefs(defaultdictType);

function self(a: W[]): PyDefaultDict {
  if (!(a[0] instanceof PyDefaultDict)) {
    raiseTypeError("descriptor requires a 'collections.defaultdict' object");
  }
  return a[0];
}

function isCallable(w: W): boolean {
  return typeOf(w).lookup("__call__") !== undefined;
}

/** A new defaultdict of the same type with the same factory and items (CPython's new_defdict). */
function copyOf(d: PyDefaultDict): W {
  return call(typeOf(d), [d.defaultFactory, d]);
}

defineMethods(defaultdictType, [
  {
    name: "__new__",
    arity: [0, -1],
    kw: ["**"],
    kind: "static",
    impl: (a) => {
      const cls = a[0] as PyType;
      const d = new PyDefaultDict(cls);
      if (cls.slotNames.length > 0) d.slots = new Array(cls.slotNames.length);
      return d;
    },
  },
  {
    name: "__init__",
    arity: [0, -1],
    kw: ["**"],
    impl: (a, k: Kwargs | null) => {
      const d = self(a);
      let rest = a.slice(1);
      let factory: W = None;
      if (rest.length > 0) {
        factory = rest[0];
        if (factory !== None && !isCallable(factory)) {
          raiseTypeError("first argument must be callable or None");
        }
        rest = rest.slice(1);
      }
      d.defaultFactory = factory;
      if (rest.length > 1) raiseTypeError(`dict expected at most 1 argument, got ${rest.length}`);
      if (rest.length === 1) dictUpdateArg(d, rest[0]);
      if (k !== null) { for (let i = 0; i < k.names.length; i++) d.setItem(newStr(k.names[i]), k.values[i]); }
      return None;
    },
  },
  {
    name: "__missing__",
    arity: [1, 1],
    impl: (a) => {
      const d = self(a);
      if (d.defaultFactory === None) raiseKeyError(a[1]);
      const value = call(d.defaultFactory, []);
      setItem(d, a[1], value);
      return value;
    },
  },
  { name: "copy", arity: [0, 0], impl: (a) => copyOf(self(a)) },
  { name: "__copy__", arity: [0, 0], impl: (a) => copyOf(self(a)) },
  {
    name: "__reduce__",
    arity: [0, 0],
    impl: (a) => {
      const d = self(a);
      const args = d.defaultFactory === None ? newTuple([]) : newTuple([d.defaultFactory]);
      return newTuple([typeOf(d), args, None, None, iter(call(dictType.dict.get("items")!, [d]))]);
    },
  },
  {
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => {
      const d = self(a);
      const base = dictRepr(d);
      let factory: string;
      if (d.defaultFactory === None) factory = "None";
      else if (!reprEnter(d)) factory = "...";
      else {
        try {
          factory = repr(d.defaultFactory);
        } finally {
          reprLeave(d);
        }
      }
      return newStr(`${typeOf(d).name}(${factory}, ${base})`);
    },
  },
  {
    name: "__or__",
    arity: [1, 1],
    impl: (a) => {
      const d = a[0], other = a[1];
      if (!(d instanceof PyDefaultDict) || !(other instanceof PyDict)) return NotImplemented;
      const r = copyOf(d) as PyDict;
      dictUpdateArg(r, other);
      return r;
    },
  },
  {
    name: "__ror__",
    arity: [1, 1],
    impl: (a) => {
      const d = a[0], other = a[1];
      if (!(d instanceof PyDefaultDict) || !(other instanceof PyDict)) return NotImplemented;
      const r = call(typeOf(d), [d.defaultFactory, other]) as PyDict;
      dictUpdateArg(r, d);
      return r;
    },
  },
]);
defineGetSets(defaultdictType, [
  {
    name: "default_factory",
    get: (d) => (d as PyDefaultDict).defaultFactory,
    set: (d, v) => {
      (d as PyDefaultDict).defaultFactory = v;
    },
    delete: (d) => {
      (d as PyDefaultDict).defaultFactory = None;
    },
  },
]);
