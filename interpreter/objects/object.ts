// object: the root type's methods (object.__getattribute__, __setattr__, __repr__, __eq__, __hash__, …).
import {
  attributeErrorFor,
  builtinGetAttribute,
  builtinSetAttr,
  defineGetSets,
  defineMethods,
  finalizerHooks,
  genericDelAttr,
  genericGetAttr,
  genericSetAttr,
  None,
  NotImplemented,
  objectType,
  PyBuiltinFunction,
  PyInstance,
  type PyObject,
  PyStaticMethod,
  PyType,
  solidLayout,
  tpName,
  TypeFlags,
  typeOf,
  typeType,
  type W,
} from "./model.ts";
import { raiseTypeError } from "../vm/errors.ts";
import { newStr, strValue } from "./str.ts";

/** id(): stable per-object numbers (JS has no addresses). */
const ids = new WeakMap<object, number>();
let nextId = 0x7f0000001000;
export function objectId(w: W): number {
  if (typeof w !== "object") return typeof w === "number" ? w : Number(w & 0xffffffffffffn);
  let id = ids.get(w);
  if (id === undefined) {
    id = nextId;
    nextId += 16;
    ids.set(w, id);
    // the instance a finaliser will run on gets this id too
    if (w instanceof PyInstance && w.finalizerRecord !== null) w.finalizerRecord.id = id;
  }
  return id;
}
/** Give `o` the id of an object that is gone (modules/finalizers.ts: the instance a finalizer runs on). */
export function adoptId(o: PyObject, id: number): void {
  ids.set(o, id);
}

export function defaultRepr(w: W): string {
  const t = typeOf(w);
  const mod = t.module === "builtins" ? "" : t.module + ".";
  return `<${mod}${t.qualname} object at 0x${objectId(w).toString(16)}>`;
}

/**
 * CPython's hackcheck: object.__setattr__/__delattr__ may not bypass the attribute setter of a builtin
 * layout below a class (type's, which keeps type caches right): `object.__setattr__(str, "x", 1)`.
 */
function hackcheck(self: W, what: string): void {
  const t = typeOf(self);
  const b = t.mro.find((c) => !c.isHeapType);
  if (b === undefined || !b.isSubtypeOf(typeType)) return;
  const own = t.mro.some((c) => c.isHeapType && c.dict.has("__setattr__"));
  raiseTypeError(`can't apply this ${what} to ${own ? t.name : b.name} object`);
}

defineMethods(objectType, [
  {
    name: "__getattribute__",
    arity: [1, 1],
    impl: (a) => {
      const name = strValue(a[1], "attribute name");
      const r = genericGetAttr(a[0], name);
      if (r === undefined) throw attributeErrorFor(a[0], name);
      return r;
    },
  },
  {
    name: "__setattr__",
    arity: [2, 2],
    impl: (a) => {
      hackcheck(a[0], "__setattr__");
      genericSetAttr(a[0], strValue(a[1], "attribute name"), a[2]);
      return None;
    },
  },
  {
    name: "__delattr__",
    arity: [1, 1],
    impl: (a) => {
      hackcheck(a[0], "__delattr__");
      genericDelAttr(a[0], strValue(a[1], "attribute name"));
      return None;
    },
  },
  { name: "__repr__", arity: [0, 0], impl: (a) => newStr(defaultRepr(a[0])) },
  { name: "__eq__", arity: [1, 1], impl: (a) => (a[0] === a[1] ? objectHooks.true : NotImplemented) },
  { name: "__ne__", arity: [1, 1], impl: (a) => objectHooks.ne(a[0], a[1]) },
  { name: "__hash__", arity: [0, 0], impl: (a) => objectId(a[0]) >> 4 },
  {
    name: "__init__",
    arity: [0, -1],
    kw: ["**"],
    impl: (a, k) => {
      if (a.length > 1 || (k !== null && k.names.length > 0)) {
        const t = typeOf(a[0]);
        if (t.lookup("__init__") !== objectInit) {
          raiseTypeError("object.__init__() takes exactly one argument (the instance to initialize)");
        }
        if (t.lookup("__new__") === objectNew) {
          raiseTypeError(`${t.name}.__init__() takes exactly one argument (the instance to initialize)`);
        }
      }
      return None;
    },
  },
  {
    name: "__new__",
    arity: [0, -1],
    kind: "static",
    kw: ["**"],
    impl: (a, k) => {
      const cls = a[0];
      if (!(cls instanceof PyType)) {
        raiseTypeError(`object.__new__(X): X is not a type object (${typeOf(cls).name})`);
      }
      if (a.length > 1 || (k !== null && k.names.length > 0)) {
        if (cls.lookup("__new__") !== objectNew) {
          raiseTypeError("object.__new__() takes exactly one argument (the type to instantiate)");
        }
        if (cls.lookup("__init__") === objectInit) raiseTypeError(`${cls.name}() takes no arguments`);
      }
      checkNewIsSafe(cls);
      if (cls.flags & 4) raiseTypeError(abstractMessage(cls));
      const inst = cls.factory(cls);
      if (inst instanceof PyInstance && cls.slotNames.length > 0) {
        inst.slots = new Array(cls.slotNames.length);
      }
      if (cls.hasFinalizer()) finalizerHooks.track(inst as PyObject);
      return inst;
    },
  },
]);
/**
 * tp_new_wrapper's check: object.__new__(X) is refused when the nearest class of X whose __new__ is not
 * Python code (the static base) has a native __new__ other than object's, or cannot be instantiated.
 */
function checkNewIsSafe(cls: PyType): void {
  let base: PyType | null = cls;
  while (base !== null && base.isHeapType && !isNativeNew(base.lookup("__new__"))) base = base.base;
  if (base === null) return;
  if (base.flags & TypeFlags.DISALLOW_INSTANTIATION) {
    raiseTypeError(`cannot create '${tpName(base)}' instances`);
  }
  const n = base.lookup("__new__");
  if (n === undefined || n === objectNew) return;
  raiseTypeError(`object.__new__(${tpName(cls)}) is not safe, use ${tpName(base)}.__new__()`);
}
function isNativeNew(n: W | undefined): boolean {
  return n === undefined || (n instanceof PyStaticMethod && n.callable instanceof PyBuiltinFunction);
}
/** CPython's object_new message, naming the abstract methods sorted. */
function abstractMessage(cls: PyType): string {
  const methods = objectHooks.abstractNames(cls);
  const plural = methods.length === 1 ? "" : "s";
  return `Can't instantiate abstract class ${cls.name} without an implementation for abstract method${plural} ` +
    methods.map((m) => `'${m}'`).join(", ");
}
defineGetSets(objectType, [
  {
    name: "__class__",
    get: (o) => typeOf(o),
    set: (o, v) => {
      if (!(v instanceof PyType)) {
        raiseTypeError(`__class__ must be set to a class, not '${typeOf(v).name}' object`);
      }
      const t = typeOf(o);
      // a module may change to another ModuleType subclass (importlib.util.LazyLoader does), as in CPython
      const mt = objectHooks.moduleType;
      const modules = mt !== null && t.isSubtypeOf(mt) && v.isSubtypeOf(mt);
      if (!(o instanceof PyInstance) || (!modules && (!t.isHeapType || !v.isHeapType))) {
        raiseTypeError(`__class__ assignment only supported for mutable types or ModuleType subclasses`);
      }
      // (compatible_for_assignment: the same slots, sorted, both with or both without a __dict__ and
      // __weakref__, and solid bases that are the same or add the same slots to the same base)
      const newSolid = solidLayout(v), oldSolid = solidLayout(t);
      if (
        !modules &&
        (v.factory !== t.factory || v.slotNames.join() !== t.slotNames.join() ||
          v.hasInstanceDict !== t.hasInstanceDict ||
          (v.lookup("__weakref__") === undefined) !== (t.lookup("__weakref__") === undefined) ||
          (newSolid !== oldSolid && newSolid.base !== oldSolid.base))
      ) {
        raiseTypeError(`__class__ assignment: '${v.name}' object layout differs from '${t.name}'`);
      }
      o.cls = v;
      finalizerHooks.retarget(o);
    },
    delete: () => raiseTypeError("can't delete __class__ attribute"),
  },
]);
builtinGetAttribute.object = objectType.dict.get("__getattribute__");
const objectInit = objectType.dict.get("__init__");
const objectNew = objectType.dict.get("__new__");
builtinSetAttr.object = objectType.dict.get("__setattr__");
builtinSetAttr.objectDel = objectType.dict.get("__delattr__");

/** __ne__ delegates to __eq__ and inverts (installed by operations.ts). */
export const objectHooks = {
  true: None as W,
  /** The sorted names in cls.__abstractmethods__ (filled in by operations.ts, which can iterate). */
  abstractNames: (_cls: PyType): string[] => [] as string[],
  ne: (_a: W, _b: W): W => NotImplemented,
  /** types.ModuleType (set by module.ts): its instances may switch to any ModuleType subclass. */
  moduleType: null as PyType | null,
};
