// types.SimpleNamespace: attribute bag with a keyword constructor and a sorted-by-insertion repr.
import {
  builtinType,
  defineMethods,
  newBool,
  None,
  NotImplemented,
  PyGetSetDescriptor,
  PyInstance,
  PyPlainInstance,
  type PyType,
  type W,
} from "./model.ts";
import { raiseTypeError } from "../vm/errors.ts";
import { newStr } from "./str.ts";
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
defineMethods(simpleNamespaceType, [
  {
    name: "__init__",
    arity: [0, 1],
    kw: ["**"],
    impl: (a, k) => {
      const self = a[0] as PyInstance;
      if (a.length > 1) raiseTypeError("SimpleNamespace() positional mapping argument is not supported yet");
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
        const parts = self.map.keys.map((key, i) => `${key}=${repr(self.valueAt(i))}`);
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
      const x = a[0] as PyInstance, y = a[1];
      if (!(y instanceof PyInstance) || !y.cls.isSubtypeOf(simpleNamespaceType)) return NotImplemented;
      if (x.map.keys.length !== y.map.keys.length) return newBool(false);
      for (let i = 0; i < x.map.keys.length; i++) {
        const other = y.getAttr(x.map.keys[i]);
        if (other === undefined || !eq(x.valueAt(i), other)) return newBool(false);
      }
      return newBool(true);
    },
  },
]);
