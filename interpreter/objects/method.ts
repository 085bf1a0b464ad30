// Bound methods and builtin callables as Python sees them: __func__/__self__/__name__/__qualname__,
// reprs ("<bound method A.f of …>", "<built-in function len>", "<method 'append' of 'list' objects>"),
// equality and hashing of bound methods, and __get__ of builtin descriptors.
import { importModule } from "../importing/importer.ts";
import { builtinFunctionTextSignature, methodDescriptorTextSignature } from "./text_signatures.ts";
import { PyModule } from "./module.ts";
import {
  builtinFunctionType,
  classMethodDescriptorType,
  defineGetSets,
  defineMethods,
  getAttr,
  getAttrOrUndefined,
  getDescriptorValue,
  getsetDescriptorType,
  memberDescriptorType,
  methodDescriptorType,
  methodType,
  methodWrapperType,
  None,
  NotImplemented,
  notWritableMessage,
  PyBuiltinFunction,
  PyGetSetDescriptor,
  PyInstance,
  PyMemberDescriptor,
  PyMethod,
  PyMethodDescriptor,
  PyType,
  tpName,
  typeOf,
  type W,
  wrapperDescriptorType,
} from "./model.ts";
import { newStr, PyStr } from "./str.ts";
import { newTuple } from "./tuple.ts";
import { objectId } from "./object.ts";
import { eq, hash, repr } from "./operations.ts";
import { newBool } from "./model.ts";
import { raiseTypeError } from "../vm/errors.ts";

function nameOf(f: W): string {
  const n = getAttrOrUndefined(f, "__qualname__") ?? getAttrOrUndefined(f, "__name__");
  return n instanceof PyStr ? n.value : "?";
}

function meth(w: W): PyMethod {
  if (!(w instanceof PyMethod)) raiseTypeError("descriptor requires a 'method' object");
  return w;
}

defineMethods(methodType, [
  {
    // types.MethodType(function, instance), as CPython's method_new (weakref.WeakMethod uses it).
    name: "__new__",
    arity: [3, 3],
    kind: "static",
    impl: (a) => {
      if (typeOf(a[1]).lookup("__call__") === undefined) raiseTypeError("first argument must be callable");
      if (a[2] === None) raiseTypeError("instance must not be None");
      return new PyMethod(a[1], a[2]);
    },
  },
  {
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => {
      const m = meth(a[0]);
      return newStr(`<bound method ${nameOf(m.func)} of ${repr(m.self)}>`);
    },
  },
  {
    name: "__eq__",
    arity: [1, 1],
    impl: (a) => {
      const m = meth(a[0]), o = a[1];
      if (!(o instanceof PyMethod)) return NotImplemented;
      return newBool(m.self === o.self && eq(m.func, o.func));
    },
  },
  {
    name: "__hash__",
    arity: [0, 0],
    impl: (a) => {
      const m = meth(a[0]);
      const h = hash(m.func);
      return (Number(BigInt.asIntN(52, BigInt(h))) ^ (objectId(m.self) >> 4));
    },
  },
  { name: "__get__", arity: [1, 2], impl: (a) => a[0] },
  { name: "__call__", arity: [0, -1], kw: ["**"], impl: (a, k) => call(a[0], a.slice(1), k) },
  {
    // method_reduce: pickled as getattr(self, func.__name__)
    name: "__reduce__",
    arity: [0, 0],
    impl: (a) => {
      const m = meth(a[0]);
      const getattr = getAttr(importModule("builtins"), "getattr");
      return newTuple([getattr, newTuple([m.self, getAttr(m.func, "__name__")])]);
    },
  },
  {
    name: "__getattribute__",
    arity: [1, 1],
    impl: (a) => {
      const m = meth(a[0]);
      const name = (a[1] as PyStr).value;
      const d = methodType.lookup(name);
      if (d !== undefined) return getDescriptorValue(d, m, methodType);
      const v = getAttrOrUndefined(m.func, name);
      if (v === undefined) raiseAttr(`'method' object has no attribute '${name}'`);
      return v;
    },
  },
]);
function raiseAttr(msg: string): never {
  throw attrError(msg);
}
import { errorWithMessage } from "../vm/errors.ts";
function attrError(msg: string) {
  return errorWithMessage("AttributeError", msg);
}
defineGetSets(methodType, [
  { name: "__func__", get: (m) => meth(m).func },
  { name: "__self__", get: (m) => meth(m).self },
  { name: "__name__", get: (m) => getAttrOrUndefined(meth(m).func, "__name__") ?? None },
  { name: "__qualname__", get: (m) => getAttrOrUndefined(meth(m).func, "__qualname__") ?? None },
  { name: "__doc__", get: (m) => getAttrOrUndefined(meth(m).func, "__doc__") ?? None },
  { name: "__module__", get: (m) => getAttrOrUndefined(meth(m).func, "__module__") ?? None },
]);

function bf(w: W): PyBuiltinFunction {
  if (!(w instanceof PyBuiltinFunction)) raiseTypeError("descriptor requires a builtin function");
  return w;
}
for (const t of [builtinFunctionType, methodWrapperType]) defineBuiltinFunctionType(t);
function defineBuiltinFunctionType(t: PyType): void {
  defineMethods(t, [
    {
      // pickled by reference: a module function by its qualified name, a bound method as getattr(self, name)
      name: "__reduce__",
      arity: [0, 0],
      impl: (a) => {
        const f = bf(a[0]);
        if (f.self === undefined || f.self instanceof PyModule) return newStr(f.qualname);
        const getattr = getAttr(importModule("builtins"), "getattr");
        return newTuple([getattr, newTuple([f.self, newStr(f.spec.name)])]);
      },
    },
    {
      name: "__repr__",
      arity: [0, 0],
      impl: (a) => {
        const f = bf(a[0]);
        if (f.self === undefined) return newStr(`<built-in function ${f.spec.name}>`);
        const at = `${typeOf(f.self).name} object at 0x${objectId(f.self).toString(16)}`;
        if (f.cls === methodWrapperType) return newStr(`<method-wrapper '${f.spec.name}' of ${at}>`);
        return newStr(`<built-in method ${f.spec.name} of ${at}>`);
      },
    },
    {
      name: "__eq__",
      arity: [1, 1],
      impl: (a) => {
        const f = bf(a[0]), o = a[1];
        if (!(o instanceof PyBuiltinFunction)) return NotImplemented;
        return newBool(f.spec === o.spec && f.self === o.self);
      },
    },
    { name: "__hash__", arity: [0, 0], impl: (a) => objectId(a[0]) >> 4 },
    { name: "__call__", arity: [0, -1], kw: ["**"], impl: (a, k) => call(a[0], a.slice(1), k) },
  ]);
  defineGetSets(t, [
    { name: "__name__", get: (f) => newStr(bf(f).spec.name) },
    { name: "__qualname__", get: (f) => newStr(bf(f).qualname) },
    // a module function's __self__ is its module (inspect drops the `$module` parameter for it)
    { name: "__self__", get: (f) => bf(f).self ?? moduleOfFunction(bf(f)) },
    { name: "__doc__", get: (f) => (bf(f).spec.doc === undefined ? None : newStr(bf(f).spec.doc!)) },
    { name: "__text_signature__", get: (f) => builtinFunctionTextSignature(bf(f)) },
    {
      name: "__module__",
      get: (f) => (bf(f).self === undefined ? newStr(bf(f).module ?? "builtins") : None),
    },
  ]);
}

// a bound slot wrapper's __objclass__: the class whose slot it wraps
defineGetSets(methodWrapperType, [{
  name: "__objclass__",
  get: (f) => {
    const w = bf(f);
    for (const c of typeOf(w.self!).mro) {
      const d = c.dict.get(w.spec.name);
      if (d instanceof PyMethodDescriptor && d.spec === w.spec) return c;
    }
    return typeOf(w.self!);
  },
}]);

/**
 * __self__ of an unbound builtin: a module function's module; a type's __new__ is bound to the type in
 * CPython (inspect then drops its `$type` parameter), found here by the qualified name in the module.
 */
function moduleOfFunction(f: PyBuiltinFunction): W {
  const dot = f.qualname.indexOf(".");
  if (dot >= 0 && f.spec.name !== "__new__") return None;
  try {
    const module = importModule(f.module ?? "builtins");
    return dot < 0 ? module : getAttrOrUndefined(module, f.qualname.slice(0, dot)) ?? None;
  } catch {
    return None;
  }
}

function md(w: W): PyMethodDescriptor {
  if (!(w instanceof PyMethodDescriptor)) raiseTypeError("descriptor requires a method descriptor");
  return w;
}
/** descr_reduce, of method, wrapper and member descriptors (classmethod and getset descriptors have none):
 * `getattr(owner, name)` finds the descriptor again, so `str.index` or `list.__len__` pickle by reference. */
function descriptorReduce(owner: PyType, name: string): W {
  return newTuple([getAttr(importModule("builtins"), "getattr"), newTuple([owner, newStr(name)])]);
}
for (const t of [methodDescriptorType, wrapperDescriptorType]) {
  defineMethods(t, [
    { name: "__reduce__", arity: [0, 0], impl: (a) => descriptorReduce(md(a[0]).owner, md(a[0]).spec.name) },
  ]);
}
for (const t of [methodDescriptorType, classMethodDescriptorType, wrapperDescriptorType]) {
  defineMethods(t, [
    {
      name: "__repr__",
      arity: [0, 0],
      impl: (a) => {
        const d = md(a[0]), kind = d.cls === wrapperDescriptorType ? "slot wrapper" : "method";
        return newStr(`<${kind} '${d.spec.name}' of '${tpName(d.owner)}' objects>`);
      },
    },
    {
      name: "__get__",
      arity: [1, 2],
      impl: (a) => {
        const d = md(a[0]);
        const obj = a[1] === None ? undefined : a[1];
        const owner = a[2] instanceof PyType ? a[2] : obj === undefined ? d.owner : typeOf(obj);
        return getDescriptorValue(d, obj, owner);
      },
    },
    {
      name: "__call__",
      arity: [0, -1],
      kw: ["**"],
      impl: (a, k) => callDescriptor(a[0], a.slice(1), k),
    },
  ]);
  defineGetSets(t, [
    { name: "__name__", get: (d) => newStr(md(d).spec.name) },
    { name: "__qualname__", get: (d) => newStr(`${md(d).owner.name}.${md(d).spec.name}`) },
    { name: "__objclass__", get: (d) => md(d).owner },
    { name: "__doc__", get: (d) => (md(d).spec.doc === undefined ? None : newStr(md(d).spec.doc!)) },
    { name: "__text_signature__", get: (d) => methodDescriptorTextSignature(md(d)) },
  ]);
}
import { call, type Kwargs } from "./model.ts";
function callDescriptor(d: W, args: W[], k: Kwargs | null): W {
  return call(d, args, k);
}

defineMethods(getsetDescriptorType, [
  {
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => {
      const d = a[0] as PyGetSetDescriptor;
      return newStr(`<attribute '${d.spec.name}' of '${d.owner.name}' objects>`);
    },
  },
  {
    name: "__get__",
    arity: [1, 2],
    impl: (a) => {
      const d = a[0] as PyGetSetDescriptor;
      if (a[1] === None) return d;
      return d.spec.get(a[1]);
    },
  },
  {
    name: "__set__",
    arity: [2, 2],
    impl: (a) => {
      const d = a[0] as PyGetSetDescriptor;
      memberTarget(d, a[1]); // (descr_setcheck before the setter's own checks)
      if (d.spec.set === undefined) raiseAttr(notWritableMessage(d.spec, d.owner));
      d.spec.set(a[1], a[2]);
      return None;
    },
  },
  {
    // (del obj.attr through the descriptor, as CPython's getset_set with a NULL value)
    name: "__delete__",
    arity: [1, 1],
    impl: (a) => {
      const d = a[0] as PyGetSetDescriptor;
      memberTarget(d, a[1]);
      if (d.spec.delete === undefined) raiseAttr(notWritableMessage(d.spec, d.owner));
      d.spec.delete(a[1]);
      return None;
    },
  },
]);
defineGetSets(getsetDescriptorType, [
  { name: "__name__", get: (d) => newStr((d as PyGetSetDescriptor).spec.name) },
  {
    name: "__doc__",
    get: (d) => {
      const doc = (d as PyGetSetDescriptor).spec.doc;
      return doc === undefined ? None : newStr(doc);
    },
  },
  { name: "__objclass__", get: (d) => (d as PyGetSetDescriptor).owner },
]);
// member_descriptor: `__slots__` entries (PyMemberDescriptor), and the few attributes of builtin types that
// CPython declares as members (function.__globals__ …: getsets whose type is member_descriptor, see
// function.ts) so that types.MemberDescriptorType and inspect.ismemberdescriptor see them as CPython does.
type AnyMember = PyMemberDescriptor | PyGetSetDescriptor;
function memberName(d: AnyMember): string {
  return d instanceof PyMemberDescriptor ? d.name : d.spec.name;
}
/** CPython's descr_check: a member descriptor applies to instances of its class only. */
function memberTarget(d: AnyMember, obj: W): W {
  if (!typeOf(obj).isSubtypeOf(d.owner)) {
    raiseTypeError(
      `descriptor '${memberName(d)}' for '${d.owner.name}' objects doesn't apply to a '${
        typeOf(obj).name
      }' object`,
    );
  }
  return obj;
}
function slotsOf(obj: W): (W | undefined)[] {
  const inst = obj as PyInstance;
  if (inst.slots === null) inst.slots = new Array(typeOf(obj).slotNames.length);
  return inst.slots;
}
defineMethods(memberDescriptorType, [
  {
    name: "__reduce__",
    arity: [0, 0],
    impl: (a) => descriptorReduce((a[0] as AnyMember).owner, memberName(a[0] as AnyMember)),
  },
  {
    name: "__set__",
    arity: [2, 2],
    impl: (a) => {
      const d = a[0] as AnyMember, obj = memberTarget(d, a[1]);
      if (d instanceof PyGetSetDescriptor) {
        if (d.spec.set === undefined) raiseAttr(notWritableMessage(d.spec, d.owner));
        d.spec.set(obj, a[2]);
      } else slotsOf(obj)[d.index] = a[2];
      return None;
    },
  },
  {
    name: "__delete__",
    arity: [1, 1],
    impl: (a) => {
      const d = a[0] as AnyMember, obj = memberTarget(d, a[1]);
      if (d instanceof PyGetSetDescriptor) {
        if (d.spec.delete === undefined) raiseAttr(notWritableMessage(d.spec, d.owner));
        d.spec.delete(obj);
        return None;
      }
      const slots = slotsOf(obj);
      if (slots[d.index] === undefined) raiseAttr(d.name);
      slots[d.index] = undefined;
      return None;
    },
  },
  {
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => {
      const d = a[0] as AnyMember;
      return newStr(`<member '${memberName(d)}' of '${d.owner.name}' objects>`);
    },
  },
  {
    name: "__get__",
    arity: [1, 2],
    impl: (a) => {
      const d = a[0] as AnyMember;
      if (a[1] === None) return d;
      return getDescriptorValue(d, memberTarget(d, a[1]), typeOf(a[1]));
    },
  },
]);
defineGetSets(memberDescriptorType, [
  { name: "__name__", get: (d) => newStr(memberName(d as AnyMember)) },
  { name: "__doc__", get: () => None },
  { name: "__objclass__", get: (d) => (d as AnyMember).owner },
]);
