// type: class creation (heap types with __slots__ layout), type.__call__, type attribute access
// with version bumps on mutation.
import {
  attributeErrorFor,
  bindBuiltinArgs,
  builtinGetAttribute,
  callBound,
  defineGetSets,
  defineMethods,
  dictType,
  finalizerHooks,
  getDescriptorValue,
  type GetSetSpec,
  type Kwargs,
  listType,
  type MethodSpec,
  None,
  PyBuiltinFunction,
  PyGetSetDescriptor,
  PyInstance,
  PyMemberDescriptor,
  PyMethodDescriptor,
  PyObject,
  PyStaticMethod,
  PyType,
  tpName,
  typeCallHook,
  TypeFlags,
  typeGetAttr,
  typeOf,
  typeType,
  type W,
} from "./model.ts";
import { raiseAttributeError, raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { encodeString, newStr, PyStr, strValue } from "./str.ts";
import { newTuple, PyTuple } from "./tuple.ts";
import { iterateToArray } from "./operations.ts";

/** Builtin layouts of variable size (CPython's tp_itemsize != 0 among subclassable types). */
const VARIABLE_SIZE_LAYOUTS = new Set(["int", "tuple", "bytes", "type"]);

/** Create a class like `class name(*bases): namespace` (type.__new__ without metaclass resolution). */
export function newClass(
  name: string,
  bases: PyType[],
  namespace: Map<string, W>,
  module = "__main__",
  meta?: PyType,
): PyType {
  for (const b of bases) {
    if (!b.isBaseType) {
      raiseTypeError(`type '${tpName(b)}' is not an acceptable base type`);
    }
  }
  const seen = new Set<PyType>();
  for (const b of bases) {
    if (seen.has(b)) raiseTypeError(`duplicate base class ${b.name}`);
    seen.add(b);
  }
  const effectiveBases = bases.length === 0 ? [objectTypeOf()] : bases;
  const slots = namespace.get("__slots__");
  let slotNames: string[] | null = null;
  if (slots !== undefined) {
    // any iterable of str (a tuple, list, dict's keys…), or one str, as CPython's type_new
    slotNames = slots instanceof PyStr ? [slots.value] : iterateToArray(slots).map((s) => {
      if (!(s instanceof PyStr)) raiseTypeError(`__slots__ items must be strings, not '${typeOf(s).name}'`);
      return s.value;
    });
    for (const n of slotNames) {
      if (!/^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_]*$/u.test(n)) {
        raiseTypeError("__slots__ must be identifiers");
      }
    }
    // type_new's may_add_dict / may_add_weak: one each, and only where the bases do not give one already
    for (const special of ["__dict__", "__weakref__"]) {
      const count = slotNames.filter((n) => n === special).length;
      if (count === 0) continue;
      const inherited = special === "__dict__"
        ? effectiveBases.some((b) => b.hasInstanceDict)
        : effectiveBases.some((b) => b.lookup("__weakref__") !== undefined);
      if (count > 1 || inherited) raiseTypeError(`${special} slot disallowed: we already got one`);
    }
  }
  // tp_doc is the UTF-8 form of a str __doc__: a lone surrogate cannot be encoded
  const doc = namespace.get("__doc__");
  if (doc instanceof PyStr && /[\ud800-\udfff]/.test(doc.value)) encodeString(doc.value, "utf-8", "strict");
  if (slotNames !== null && slotNames.length > 0) {
    // int, tuple, bytes and type keep their items at the end of the object: no room for slots (CPython's
    // tp_itemsize != 0), even for __dict__ or __weakref__
    for (const b of bases) {
      let layout: PyType | null = b;
      while (layout !== null && layout.isHeapType) layout = layout.base;
      if (layout !== null && VARIABLE_SIZE_LAYOUTS.has(layout.name) && layout.module === "builtins") {
        raiseTypeError(`nonempty __slots__ not supported for subtype of '${tpName(b)}'`);
      }
    }
  }
  const qual = namespace.get("__qualname__");
  if (qual !== undefined && !(qual instanceof PyStr)) {
    raiseTypeError(`type __qualname__ must be a str, not ${typeOf(qual).name}`);
  }
  const wantsDict = slotNames === null || slotNames.includes("__dict__");
  const t = new PyType(name, effectiveBases, {
    module,
    flags: TypeFlags.HEAPTYPE | TypeFlags.BASETYPE,
    factory: heapFactory(effectiveBases),
    instanceDict: wantsDict || effectiveBases.some((b) => b.hasInstanceDict),
    meta,
  });
  for (const [k, v] of namespace) t.dict.set(k, v);
  // __qualname__ is the type's, not a class variable (before the slots: `__slots__ = ['__qualname__']`)
  if (qual !== undefined) {
    t.qualname = (qual as PyStr).value;
    t.dict.delete("__qualname__");
  }
  if (slotNames !== null) {
    // private names are mangled with the class name, as the compiler mangles `self.__x` (_Py_Mangle); the
    // slots are laid out in sorted order (type_new sorts them), so classes declaring the same slots in any
    // order share a layout (__class__ assignment between them)
    const mangled = slotNames.filter((n) => n !== "__dict__" && n !== "__weakref__").map((n) =>
      mangleSlot(t.name, n)
    );
    for (const s of mangled) {
      // (__qualname__ and __classcell__ are taken out of the namespace, not class variables: type_new)
      if (namespace.has(s) && s !== "__qualname__" && s !== "__classcell__") {
        raiseValueError(`'${s}' in __slots__ conflicts with class variable`);
      }
    }
    for (const s of mangled.sort()) {
      const index = t.slotNames.length;
      t.slotNames.push(s);
      t.dict.set(s, new PyMemberDescriptor(s, index, t));
    }
  }
  if (t.hasInstanceDict && t.lookup("__dict__") === undefined) {
    t.dict.set("__dict__", new PyGetSetDescriptor(instanceDictSpec, t));
  }
  // `__slots__ = ['__dict__']` gives a __dict__ and no __weakref__ (type_new_descriptors)
  const wantsWeakref = slotNames === null || slotNames.includes("__weakref__");
  if (wantsWeakref && t.lookup("__weakref__") === undefined) {
    t.dict.set("__weakref__", new PyGetSetDescriptor(weakrefSpec, t));
  }
  if (!t.dict.has("__module__")) t.dict.set("__module__", newStr(module));
  t.mutated();
  return t;
}
/** _Py_Mangle for a slot name: `__x` in class `_Ham` is `_Ham__x` (not dunders, not in an all-underscore class). */
function mangleSlot(className: string, name: string): string {
  if (!name.startsWith("__") || name.endsWith("__") || name.includes(".")) return name;
  const stripped = className.replace(/^_+/, "");
  return stripped === "" ? name : "_" + stripped + name;
}

/** `obj.__dict__` of heap-type instances: attributes move from the map into a real dict on first use. */
export const instanceDictSpec: GetSetSpec = {
  name: "__dict__",
  get: (o) => {
    // a class whose metaclass derives from a class with __dict__ (class Meta(Base, type)) reads its own
    // mappingproxy, as subtype_dict defers to the builtin base that has the dict (type)
    if (o instanceof PyType) return (typeType.dict.get("__dict__") as PyGetSetDescriptor).spec.get(o);
    if (!(o instanceof PyInstance)) raiseTypeError("__dict__ requires an instance");
    return o.ownDict();
  },
  set: (o, v) => {
    if (o instanceof PyType) raiseAttributeError("attribute '__dict__' of 'type' objects is not writable");
    if (!(o instanceof PyInstance)) raiseTypeError("__dict__ requires an instance");
    if (!typeOf(v).isSubtypeOf(dictType)) {
      raiseTypeError(`__dict__ must be set to a dictionary, not a '${typeOf(v).name}'`);
    }
    o.dictObject = v as PyObject;
    o.dropAttrs();
    finalizerHooks.retarget(o);
  },
  // `del obj.__dict__` empties it: a new dict on the next use (subtype_setdict with NULL)
  delete: (o) => {
    if (o instanceof PyType) raiseAttributeError("attribute '__dict__' of 'type' objects is not writable");
    if (!(o instanceof PyInstance)) raiseTypeError("__dict__ requires an instance");
    o.dictObject = null;
    o.dropAttrs();
    finalizerHooks.retarget(o);
  },
};
/**
 * `__dict__` of builtin types whose instances keep one (PyObject_GenericGetDict/GenericSetDict): only a
 * dict may replace it, and it cannot be deleted.
 */
export const genericDictSpec: GetSetSpec = {
  name: "__dict__",
  get: instanceDictSpec.get,
  set: (o, v) => {
    if (!typeOf(v).isSubtypeOf(dictType)) {
      raiseTypeError(`__dict__ must be set to a dictionary, not a '${typeOf(v).name}'`);
    }
    instanceDictSpec.set!(o, v);
  },
  delete: () => raiseTypeError("cannot delete __dict__"),
};
/** `__weakref__`: the first weak reference to the object (filled in by the _weakref module). */
export const weakrefHooks = { first: (_o: W): W => None };
const weakrefSpec: GetSetSpec = { name: "__weakref__", get: (o) => weakrefHooks.first(o) };
let objectTypeRef: PyType | null = null;
function objectTypeOf(): PyType {
  if (objectTypeRef === null) objectTypeRef = typeType.bases[0];
  return objectTypeRef;
}
function heapFactory(bases: PyType[]) {
  // Builtin layouts (exceptions…) are kept; plain object layouts become map-based instances.
  for (const b of bases) {
    let cur: PyType | null = b;
    while (cur !== null && cur.isHeapType) cur = cur.base;
    if (cur !== null && cur !== objectTypeOf()) return cur.factory;
  }
  return PyInstance.factory;
}

/**
 * Constructors of builtin types called without keywords, skipping the __new__/__init__ lookups and
 * calls (a builtin type's __new__ and __init__ cannot be replaced): range(n), str(x), list(it) in
 * loops. A constructor returns undefined to leave an unusual call (argument errors) to the full path.
 */
export const nativeConstructors = {
  /** Kept on the type itself (PyType.construct, CPython's tp_vectorcall): no map lookup per call. */
  set(type: PyType, construct: (args: W[]) => W | undefined): void {
    type.construct = construct;
  },
};

/** type.__call__: __new__ then __init__ when the result is an instance of the class. */
export function typeCall(cls: PyType, args: W[], kwargs: Kwargs | null): W {
  if (cls === typeType && args.length === 1 && kwargs === null) return typeOf(args[0]);
  if (!cls.isHeapType) {
    if (cls.flags & TypeFlags.DISALLOW_INSTANTIATION) {
      raiseTypeError(`cannot create '${tpName(cls)}' instances`);
    }
    const construct = cls.construct;
    if (construct !== null && kwargs === null) {
      const r = construct(args);
      if (r !== undefined) return r;
    }
    // a builtin __new__ with object's __init__ (zip, enumerate, frozenset, bool, object …) is the whole
    // call: object.__init__ ignores the arguments when __new__ is overridden
    let e = cls.fastNew;
    if (e === undefined || e.version !== cls.version) e = cls.fastNew = builtinNewOf(cls);
    const spec = e.spec;
    if (spec !== null) {
      return spec.impl(bindBuiltinArgs(spec, prepend(cls, args), kwargs, 0), kwargs);
    }
  }
  if (kwargs === null) {
    // builtin __new__ and __init__ that take any arguments: both implementations called directly
    let c = cls.builtinCtor;
    if (c === undefined || c.version !== cls.version) c = cls.builtinCtor = builtinCtorOf(cls);
    if (c.newSpec !== null && c.initSpec !== null) {
      const obj = c.newSpec.impl(prepend(cls, args), null);
      if (typeOf(obj) === cls) {
        const r = c.initSpec.impl(prepend(obj, args), null);
        if (r !== None) raiseTypeError(`__init__() should return None, not '${typeOf(r).name}'`);
        return obj;
      }
      return initAfterNew(cls, obj, args, null);
    }
  }
  const newFn = cls.lookup("__new__");
  if (newFn === undefined) raiseTypeError(`cannot create '${cls.name}' instances`);
  const newCallable = getDescriptorValue(newFn, undefined, cls);
  const obj = callHooks.call(newCallable, [cls, ...args], kwargs);
  return initAfterNew(cls, obj, args, kwargs);
}
/** type_call after __new__ made `obj`: its __init__ when it is an instance of `cls`. */
function initAfterNew(cls: PyType, obj: W, args: W[], kwargs: Kwargs | null): W {
  const objType = typeOf(obj);
  if (!objType.isSubtypeOf(cls)) return obj;
  // the __init__ of the type __new__ made (a subclass's, when __new__ returned one), as type_call
  const init = objType.lookup("__init__");
  if (init !== undefined) {
    const r = callBound(init, obj, args, kwargs);
    if (r !== None) raiseTypeError(`__init__() should return None, not '${typeOf(r).name}'`);
  }
  return obj;
}
typeCallHook.call = typeCall;
function builtinNewOf(cls: PyType): { version: number; spec: MethodSpec | null } {
  const newFn = cls.lookup("__new__");
  const fn = newFn instanceof PyStaticMethod ? newFn.callable : undefined;
  const plain = cls.lookup("__init__") === objectTypeOf().dict.get("__init__") &&
    fn instanceof PyBuiltinFunction && fn.self === undefined;
  return { version: cls.version, spec: plain ? (fn as PyBuiltinFunction).spec : null };
}
/** [first, ...args] without the spread's iterator protocol. */
function prepend(first: W, args: W[]): W[] {
  const out = new Array<W>(args.length + 1);
  out[0] = first;
  for (let i = 0; i < args.length; i++) out[i + 1] = args[i];
  return out;
}
/** The builtin __new__ (a static function) and __init__ (a method descriptor) of `cls` when both take any
 * number of positional arguments, so that calling their implementations directly is what binding would do. */
function builtinCtorOf(
  cls: PyType,
): { version: number; newSpec: MethodSpec | null; initSpec: MethodSpec | null } {
  const newFn = cls.lookup("__new__"), initFn = cls.lookup("__init__");
  const fn = newFn instanceof PyStaticMethod ? newFn.callable : undefined;
  const anyArgs = (spec: MethodSpec) => spec.arity[0] === 0 && spec.arity[1] < 0;
  const plain = fn instanceof PyBuiltinFunction && fn.self === undefined && anyArgs(fn.spec) &&
    initFn instanceof PyMethodDescriptor && (initFn.spec.kind ?? "method") === "method" &&
    anyArgs(initFn.spec);
  return {
    version: cls.version,
    newSpec: plain ? (fn as PyBuiltinFunction).spec : null,
    initSpec: plain ? (initFn as PyMethodDescriptor).spec : null,
  };
}
export const callHooks = {
  call: (_f: W, _a: W[], _k: Kwargs | null): W => None as W,
};

function typeSelf(w: W): PyType {
  if (!(w instanceof PyType)) raiseTypeError("descriptor requires a 'type' object");
  return w;
}

export function typeRepr(t: PyType): string {
  const mod = t.module;
  return mod === "builtins" ? `<class '${t.qualname}'>` : `<class '${mod}.${t.qualname}'>`;
}

defineMethods(typeType, [
  { name: "__call__", arity: [0, -1], impl: (a, k) => typeCall(typeSelf(a[0]), a.slice(1), k) },
  {
    name: "__getattribute__",
    arity: [1, 1],
    impl: (a) => {
      const name = strValue(a[1], "attribute name");
      const r = typeGetAttr(typeSelf(a[0]), name);
      if (r === undefined) throw attributeErrorFor(a[0], name);
      return r;
    },
  },
  {
    name: "__setattr__",
    arity: [2, 2],
    impl: (a) => {
      const t = typeSelf(a[0]);
      const name = strValue(a[1], "attribute name");
      if (!t.isHeapType) {
        raiseTypeError(
          `cannot set '${name}' attribute of immutable type '${tpName(t)}'`,
        );
      }
      const meta = typeOf(t).lookup(name);
      if (meta !== undefined && typeof meta === "object" && meta.cls.lookup("__set__") !== undefined) {
        callBound(meta.cls.lookup("__set__")!, meta, [t, a[2]]);
        return None;
      }
      t.setDictEntry(name, a[2]);
      return None;
    },
  },
  {
    name: "__delattr__",
    arity: [1, 1],
    impl: (a) => {
      const t = typeSelf(a[0]);
      const name = strValue(a[1], "attribute name");
      if (!t.isHeapType) raiseTypeError(`cannot set '${name}' attribute of immutable type '${tpName(t)}'`);
      // a data descriptor of the metatype (type.__type_params__, __doc__, ...) decides, as for setting
      const meta = typeOf(t).lookup(name);
      if (meta instanceof PyGetSetDescriptor && meta.spec.delete !== undefined) {
        meta.spec.delete(t);
        return None;
      }
      if (meta !== undefined && typeof meta === "object" && meta.cls.lookup("__delete__") !== undefined) {
        callBound(meta.cls.lookup("__delete__")!, meta, [t]);
        return None;
      }
      if (!t.deleteDictEntry(name)) throw attributeErrorFor(t, name);
      return None;
    },
  },
  { name: "__repr__", arity: [0, 0], impl: (a) => newStr(typeRepr(typeSelf(a[0]))) },
  // lists, as CPython's (list(t) through type.__call__: list.ts imports this module, not the reverse)
  {
    name: "mro",
    arity: [0, 0],
    impl: (a) => typeCall(listType, [newTuple(typeSelf(a[0]).mro.slice())], null),
  },
  {
    name: "__subclasses__",
    arity: [0, 0],
    impl: (a) => typeCall(listType, [newTuple(typeSelf(a[0]).subclasses.slice())], null),
  },
]);
builtinGetAttribute.type = typeType.dict.get("__getattribute__");

// A class's __name__/__qualname__ give the same str object on every read, as CPython's ht_name and
// ht_qualname do (inspect.classify_class_attrs finds an attribute's class by identity); a new object
// only after the name changed.
const typeNameObjects = new WeakMap<PyType, PyStr>();
const typeQualnameObjects = new WeakMap<PyType, PyStr>();
export function typeNameObject(t: PyType, value: string, qualname: boolean): PyStr {
  if (!t.isHeapType) return newStr(value); // (a static type's name is made from tp_name on each read)
  const cache = qualname ? typeQualnameObjects : typeNameObjects;
  const hit = cache.get(t);
  if (hit !== undefined && hit.value === value) return hit;
  const s = newStr(value);
  cache.set(t, s);
  return s;
}

// A class's __bases__ is one tuple object while the bases stay the same: the one type() was given (a tuple
// subclass stays one, as CPython keeps tp_bases), else one made on the first read.
const basesTuples = new WeakMap<PyType, PyTuple>();
function basesTuple(t: PyType): PyTuple {
  const cached = basesTuples.get(t);
  if (
    cached !== undefined && cached.items.length === t.bases.length &&
    cached.items.every((b, i) => b === t.bases[i])
  ) {
    return cached;
  }
  const made = newTuple(t.bases.slice());
  basesTuples.set(t, made);
  return made;
}
/** type(name, bases, ns): keep the bases tuple as given. */
export function rememberBasesTuple(t: PyType, bases: PyTuple): void {
  if (bases.items.length > 0) basesTuples.set(t, bases);
}

defineGetSets(typeType, [
  {
    name: "__name__",
    get: (t) => typeNameObject(typeSelf(t), typeSelf(t).name, false),
    set: (t, v) => {
      typeSelf(t).name = strValue(v, "can only assign string to __name__, not");
    },
  },
  { name: "__qualname__", get: (t) => typeNameObject(typeSelf(t), typeSelf(t).qualname, true) },
  { name: "__mro__", get: (t) => newTuple(typeSelf(t).mro.slice()) },
  {
    name: "__bases__",
    get: (t) => basesTuple(typeSelf(t)),
    set: (t, v) => {
      if (!(v instanceof PyTuple)) {
        raiseTypeError(`can only assign tuple to ${typeSelf(t).name}.__bases__, not ${typeOf(v).name}`);
      }
      const bases = v.items.map((b) => {
        if (!(b instanceof PyType)) {
          raiseTypeError(`${typeSelf(t).name}.__bases__ must be tuple of classes, not '${typeOf(b).name}'`);
        }
        if (!b.isBaseType) raiseTypeError(`type '${tpName(b)}' is not an acceptable base type`);
        return b;
      });
      // the new MRO must be computable (mro_implementation's check_duplicates)
      bases.forEach((b, i) => {
        if (bases.indexOf(b) !== i) raiseTypeError(`duplicate base class ${b.name}`);
      });
      typeSelf(t).setBases(bases);
      basesTuples.set(typeSelf(t), v);
    },
  },
  { name: "__base__", get: (t) => typeSelf(t).base ?? None },
  {
    name: "__module__",
    get: (t) => {
      // a builtin type's module comes from its name, whatever its dict holds (staticmethod's __module__
      // there is the instances' getset), as CPython's type_module
      const cls = typeSelf(t);
      const own = cls.isHeapType ? cls.dict.get("__module__") : undefined;
      return own ?? newStr(cls.module);
    },
    set: (t, v) => {
      const cls = typeSelf(t);
      if (!cls.isHeapType) {
        raiseTypeError(`cannot set '__module__' attribute of immutable type '${cls.name}'`);
      }
      cls.setDictEntry("__module__", v);
      if (v instanceof PyStr) cls.module = v.value;
    },
  },
]);
