// Class creation: builtins.__build_class__ (PEP 3115 metaclass selection, __prepare__, __mro_entries__)
// and type.__new__ (namespace → type, __classcell__, __set_name__, __init_subclass__, implicit
// classmethod/staticmethod conversions), following CPython's typeobject.c / bltinmodule.c.
import {
  call,
  callBound,
  defineMethods,
  functionTypes,
  getAttrOrUndefined,
  getDescriptorValue,
  type Kwargs,
  None,
  objectType,
  PyClassMethod,
  PyStaticMethod,
  PyType,
  typeOf,
  typeType,
  type W,
} from "../objects/model.ts";
import { errorWithMessage, PyError, raiseTypeError } from "./errors.ts";
import { newClass, rememberBasesTuple } from "../objects/type.ts";
import { newStr, PyStr } from "../objects/str.ts";
import { newTuple, PyTuple } from "../objects/tuple.ts";
import { newDict, PyDict } from "../objects/dict.ts";
import { PyFunction } from "../objects/function.ts";
import { PyCell } from "../objects/cell.ts";
import { runCode } from "./call.ts";
import { iterateToArray, repr } from "../objects/operations.ts";
import { state } from "./state.ts";

/** The most derived metaclass among `meta` and the bases' metaclasses (CPython's _PyType_CalculateMetaclass). */
export function calculateMetaclass(meta: PyType, bases: W[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const t = typeOf(b);
    if (winner.isSubtypeOf(t)) continue;
    if (t.isSubtypeOf(winner)) {
      winner = t;
      continue;
    }
    raiseTypeError(
      "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
    );
  }
  return winner;
}

function kwargsToKw(kw: Kwargs | null, drop: string): Kwargs | null {
  if (kw === null) return null;
  const names: string[] = [], values: W[] = [];
  for (let i = 0; i < kw.names.length; i++) {
    if (kw.names[i] === drop) continue;
    names.push(kw.names[i]);
    values.push(kw.values[i]);
  }
  return names.length === 0 ? null : { names, values };
}

export function buildClass(args: W[], kw: Kwargs | null): W {
  if (args.length < 2) raiseTypeError("__build_class__: not enough arguments");
  const func = args[0];
  if (!(func instanceof PyFunction)) raiseTypeError("__build_class__: func must be a function");
  const name = args[1];
  if (!(name instanceof PyStr)) raiseTypeError("__build_class__: name is not a string");
  const origBases = args.slice(2);
  // PEP 560 __mro_entries__
  const bases: W[] = [];
  let changed = false;
  for (const b of origBases) {
    if (b instanceof PyType) {
      bases.push(b);
      continue;
    }
    const me = getAttrOrUndefined(b, "__mro_entries__");
    if (me === undefined) {
      bases.push(b);
      continue;
    }
    const r = call(me, [newTuple(origBases)]);
    if (!(r instanceof PyTuple)) raiseTypeError("__mro_entries__ must return a tuple");
    bases.push(...r.items);
    changed = true;
  }
  let meta: W | undefined;
  if (kw !== null) {
    const i = kw.names.indexOf("metaclass");
    if (i >= 0) meta = kw.values[i];
  }
  const rest = kwargsToKw(kw, "metaclass");
  let isClass = false;
  if (meta === undefined) {
    meta = bases.length === 0 ? typeType : typeOf(bases[0]);
    isClass = true;
  } else isClass = meta instanceof PyType;
  if (isClass) meta = calculateMetaclass(meta as PyType, bases);
  const basesTuple = newTuple(bases);
  let ns: W;
  const prep = getAttrOrUndefined(meta!, "__prepare__");
  if (prep !== undefined) ns = call(prep, [name, basesTuple], rest);
  else ns = newDict();
  if (typeOf(ns).lookup("__getitem__") === undefined) {
    raiseTypeError(
      `${isClass ? (meta as PyType).name : "<metaclass>"}.__prepare__() must return a mapping, not ${
        typeOf(ns).name
      }`,
    );
  }
  const cell = runCode(func.code, func.globals, func.builtins, ns, func);
  if (changed) setItemGeneric(ns, "__orig_bases__", newTuple(origBases));
  const cls = call(meta!, [name, basesTuple, ns], rest);
  if (cell instanceof PyCell && cls instanceof PyType) {
    // type.__new__ fills the cell from __classcell__: a metaclass that dropped it left it empty
    if (cell.ref === undefined) {
      throw errorWithMessage(
        "RuntimeError",
        `__class__ not set defining '${name.value}' as ${
          repr(cls)
        }. Was __classcell__ propagated to type.__new__?`,
      );
    } else if (cell.ref !== cls) {
      raiseTypeError(`__class__ set to ${repr(cell.ref)} defining '${name.value}' as ${repr(cls)}`);
    }
  }
  return cls;
}

/** A metaclass that overrides mro(): its result becomes the class's MRO (CPython's mro_internal). */
function customMro(cls: PyType): void {
  const fn = typeOf(cls).lookup("mro");
  if (fn === undefined || fn === typeType.dict.get("mro")) return;
  const items = iterateToArray(callBound(fn, cls, []));
  for (const t of items) {
    if (!(t instanceof PyType)) raiseTypeError(`mro() returned a non-class ('${typeOf(t).name}')`);
    if (!cls.isSubtypeOf(t) && t !== cls && !cls.bases.some((b) => b.isSubtypeOf(t))) {
      raiseTypeError(`mro() returned base with unsuitable layout ('${t.name}')`);
    }
  }
  cls.mro = items as PyType[];
  cls.mutated();
}

function setItemGeneric(ns: W, key: string, v: W): void {
  if (ns instanceof PyDict) ns.setStr(key, v);
  else callBound(typeOf(ns).lookup("__setitem__")!, ns, [newStr(key), v]);
}

/** type.__new__(meta, name, bases, ns, **kw) */
export function typeNew(meta: PyType, name: W, basesW: W, nsW: W, kw: Kwargs | null): PyType {
  if (!(name instanceof PyStr)) {
    raiseTypeError(`type.__new__() argument 1 must be str, not ${typeOf(name).name}`);
  }
  if (!(basesW instanceof PyTuple)) {
    raiseTypeError(`type.__new__() argument 2 must be tuple, not ${typeOf(basesW).name}`);
  }
  if (!(nsW instanceof PyDict)) {
    raiseTypeError(`type.__new__() argument 3 must be dict, not ${typeOf(nsW).name}`);
  }
  calculateMetaclass(meta, basesW.items);
  const bases: PyType[] = [];
  for (const b of basesW.items) {
    if (!(b instanceof PyType)) {
      if (getAttrOrUndefined(b, "__mro_entries__") !== undefined) {
        raiseTypeError("type() doesn't support MRO entry resolution; use types.new_class()");
      }
      raiseTypeError(`bases must be types`);
    }
    bases.push(b);
  }
  const winner = calculateMetaclass(meta, bases);
  const ns = new Map<string, W>();
  for (const [k, v] of nsW.itemsArray()) {
    if (!(k instanceof PyStr)) continue;
    ns.set(k.value, v);
  }
  const classcell = ns.get("__classcell__");
  ns.delete("__classcell__");
  const classdictcell = ns.get("__classdictcell__");
  ns.delete("__classdictcell__");
  if (classdictcell instanceof PyCell) classdictcell.ref = nsW;
  // implicit conversions (CPython type_new_set_attrs)
  for (const special of ["__init_subclass__", "__class_getitem__"]) {
    const f = ns.get(special);
    if (f !== undefined && typeof f === "object" && functionTypes.has(f.cls)) {
      ns.set(special, new PyClassMethod(f));
    }
  }
  const nf = ns.get("__new__");
  if (nf !== undefined && typeof nf === "object" && functionTypes.has(nf.cls)) {
    ns.set("__new__", new PyStaticMethod(nf));
  }
  // __doc__ = None is added after the class exists (CPython's type_new_set_doc runs after the slots), so
  // `__slots__ = ('__doc__',)` does not conflict with it
  const addDoc = !ns.has("__doc__");
  if (ns.has("__eq__") && !ns.has("__hash__")) ns.set("__hash__", None);
  if (!ns.has("__module__")) {
    // type(name, bases, ns) called directly: the module is the caller's __name__
    const g = state.frame?.globals;
    const mn = g instanceof PyDict ? g.getStr("__name__") : undefined;
    if (mn !== undefined) ns.set("__module__", mn);
  }
  const modW = ns.get("__module__");
  const module = modW instanceof PyStr ? modW.value : "builtins";
  if (classcell !== undefined && !(classcell instanceof PyCell)) {
    raiseTypeError(`__classcell__ must be a nonlocal cell, not ${repr(typeOf(classcell))}`);
  }
  const cls = newClass(name.value, bases, ns, module, winner);
  rememberBasesTuple(cls, basesW);
  // lazily evaluated annotations, bounds and aliases of the body see the class's own (live) namespace
  // from now on, as CPython's type_new_set_classdictcell points the cell at tp_dict (the eval loop's
  // mappingGet reads a class in that cell as its own dict)
  if (classdictcell instanceof PyCell) classdictcell.ref = cls;
  if (addDoc && !cls.dict.has("__doc__")) cls.setDictEntry("__doc__", None);
  // the cell is set before a metaclass's mro() runs, as CPython's type_new_set_classcell
  if (classcell instanceof PyCell) classcell.ref = cls;
  customMro(cls);
  // __set_name__
  for (const [k, v] of ns) {
    if (typeof v !== "object") continue;
    const sn = typeOf(v).lookup("__set_name__");
    if (sn === undefined) continue;
    try {
      callBound(sn, v, [cls, newStr(k)]);
    } catch (e) {
      if (e instanceof PyError) {
        const note = `Error calling __set_name__ on '${typeOf(v).name}' instance '${k}' in '${name.value}'`;
        const addNote = getAttrOrUndefined(e.value, "add_note");
        if (addNote !== undefined) call(addNote, [newStr(note)]);
      }
      throw e;
    }
  }
  // __init_subclass__ of the nearest base
  const mro = cls.mro;
  for (let i = 1; i < mro.length; i++) {
    const f = mro[i].dict.get("__init_subclass__");
    if (f === undefined) continue;
    call(getDescriptorValue(f, undefined, cls), [], kw);
    break;
  }
  return cls;
}

defineMethods(typeType, [
  {
    name: "__new__",
    arity: [1, 4],
    kind: "static",
    kw: ["**"],
    impl: (a, kw) => {
      const meta = a[0];
      if (!(meta instanceof PyType) || !meta.isSubtypeOf(typeType)) {
        raiseTypeError("type.__new__(X): X is not a type object");
      }
      if (a.length === 2) {
        if (meta === typeType) return typeOf(a[1]);
        raiseTypeError("type.__new__() takes exactly 3 arguments (1 given)");
      }
      if (a.length !== 4) raiseTypeError("type() takes 1 or 3 arguments");
      // CPython's type_new: a more derived metaclass among the bases' gets the call if it has its own
      // __new__ (so `type(name, (SomeEnum,), ns, boundary=...)` reaches EnumType.__new__).
      if (a[2] instanceof PyTuple) {
        const winner = calculateMetaclass(meta, a[2].items);
        if (winner !== meta) {
          const nf = winner.lookup("__new__");
          if (nf !== undefined && nf !== typeType.dict.get("__new__")) {
            return call(getDescriptorValue(nf, undefined, winner), [winner, a[1], a[2], a[3]], kw);
          }
        }
      }
      return typeNew(meta, a[1], a[2], a[3], kw);
    },
  },
  { name: "__init__", arity: [0, -1], kw: ["**"], impl: () => None },
  {
    name: "__prepare__",
    arity: [0, -1],
    kind: "static",
    kw: ["**"],
    impl: () => newDict(),
  },
]);
defineMethods(objectType, [
  {
    name: "__init_subclass__",
    arity: [0, 0],
    kind: "class",
    kw: ["**"],
    impl: (a, k) => {
      if (k !== null && k.names.length > 0) {
        raiseTypeError(`${(a[0] as PyType).name}.__init_subclass__() takes no keyword arguments`);
      }
      return None;
    },
  },
]);
