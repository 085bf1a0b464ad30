// types.SimpleNamespace: attribute bag with a keyword constructor and a sorted-by-insertion repr.
import {
  builtinType,
  call,
  defineMethods,
  dictType,
  newBool,
  None,
  NotImplemented,
  PyGetSetDescriptor,
  PyInstance,
  PyPlainInstance,
  type PyType,
  typeOf,
  type W,
} from "./model.ts";
import { raiseTypeError } from "../vm/errors.ts";
import { newStr, PyStr } from "./str.ts";
import { PyDict } from "./dict.ts";
import { newTuple } from "./tuple.ts";
import { eq, repr } from "./operations.ts";
import { instanceDictSpec } from "./type.ts";

export const simpleNamespaceType: PyType = builtinType("SimpleNamespace", undefined, {
  factory: (cls) => new PyPlainInstance(cls),
});
simpleNamespaceType.module = "types";
simpleNamespaceType.hasInstanceDict = true;
simpleNamespaceType.dict.set("__dict__", new PyGetSetDescriptor(instanceDictSpec, simpleNamespaceType));

export function newNamespace(attrs: Record<string, W>): PyInstance {
  const ns = new PyPlainInstance(simpleNamespaceType);
  for (const [k, v] of Object.entries(attrs)) ns.setAttr(k, v);
  return ns;
}

const active = new Set<PyInstance>();

/** The namespace's ns_dict (the instance's attributes, moved into a real dict on first use). */
function nsDict(self: W): PyDict {
  return instanceDictSpec.get!(self) as PyDict;
}
/** Copy a dict's items into the namespace; keys must be strings (PyArg_ValidateKeywordArguments). */
function nsUpdate(self: PyInstance, d: PyDict): void {
  for (let i = 0; i < d.ekeys.length; i++) {
    const k = d.ekeys[i];
    if (k === undefined) continue;
    if (!(k instanceof PyStr)) raiseTypeError("keywords must be strings");
  }
  const target = nsDict(self);
  for (let i = 0; i < d.ekeys.length; i++) {
    const k = d.ekeys[i];
    if (k !== undefined) target.setItem(k, d.evals[i] as W);
  }
}
/** %T: the type's fully qualified name (module.qualname, bare for builtins). */
function fullTypeName(t: PyType): string {
  const mod = t.lookup("__module__");
  const m = mod instanceof PyStr ? mod.value : t.module;
  return m === "builtins" || m === undefined ? t.qualname : `${m}.${t.qualname}`;
}

defineMethods(simpleNamespaceType, [
  {
    name: "__init__",
    arity: [0, -1],
    kw: ["**"],
    impl: (a, k) => {
      const self = a[0] as PyInstance;
      // namespace_init: SimpleNamespace(mapping_or_iterable=(), /, **kwargs)
      if (a.length > 2) {
        raiseTypeError(`${self.cls.name} expected at most 1 argument, got ${a.length - 1}`);
      }
      if (a.length === 2) {
        const arg = a[1];
        const d = arg instanceof PyDict && arg.cls === dictType ? arg : call(dictType, [arg]) as PyDict;
        nsUpdate(self, d);
      }
      if (k !== null) { for (let i = 0; i < k.names.length; i++) self.setAttr(k.names[i], k.values[i]); }
      return None;
    },
  },
  {
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => {
      const self = a[0] as PyInstance;
      const name = self.cls === simpleNamespaceType ? "namespace" : self.cls.name;
      if (active.has(self)) return newStr(`${name}(...)`);
      active.add(self);
      try {
        // namespace_repr: the items whose key is a non-empty str, in dict order
        const d = nsDict(self);
        const keys = d.ekeys.slice();
        const parts: string[] = [];
        for (const key of keys) {
          if (!(key instanceof PyStr) || key.value.length === 0) continue;
          const v = d.getItem(key);
          if (v !== undefined) parts.push(`${key.value}=${repr(v)}`);
        }
        return newStr(`${name}(${parts.join(", ")})`);
      } finally {
        active.delete(self);
      }
    },
  },
  {
    name: "__eq__",
    arity: [1, 1],
    impl: (a) => {
      const x = a[0], y = a[1];
      if (!(y instanceof PyInstance) || !y.cls.isSubtypeOf(simpleNamespaceType)) return NotImplemented;
      return newBool(eq(nsDict(x), nsDict(y)));
    },
  },
  {
    name: "__reduce__",
    arity: [0, 0],
    impl: (a) => newTuple([typeOf(a[0]), newTuple([]), nsDict(a[0])]),
  },
  {
    name: "__replace__",
    arity: [0, -1],
    kw: ["**"],
    impl: (a, k) => {
      const self = a[0] as PyInstance;
      if (a.length > 1) raiseTypeError("__replace__() takes no positional arguments");
      const result = call(self.cls, []);
      if (!(result instanceof PyInstance) || !result.cls.isSubtypeOf(simpleNamespaceType)) {
        raiseTypeError(
          `expect types.SimpleNamespace type, but ${fullTypeName(self.cls)}() returned '${
            fullTypeName(typeOf(result))
          }' object`,
        );
      }
      nsUpdate(result, nsDict(self));
      if (k !== null) { for (let i = 0; i < k.names.length; i++) result.setAttr(k.names[i], k.values[i]); }
      return result;
    },
  },
]);
