// Struct sequences (sys.version_info, sys.flags, …): tuple subclasses whose fields are also attributes.
import { builtinType, defineGetSets, defineMethods, type PyType, type W } from "./model.ts";
import { PyTuple } from "./tuple.ts";
import { newStr } from "./str.ts";
import { repr } from "./operations.ts";
import { tupleType } from "./model.ts";

/** A named tuple-like type `module.name` with the given fields. */
export function structSeqType(name: string, module: string, fields: string[]): PyType {
  const t = builtinType(name, tupleType, { flags: 0 });
  t.module = module;
  defineGetSets(
    t,
    fields.map((f, i) => ({ name: f, get: (s: W) => (s as PyTuple).items[i] })),
  );
  defineMethods(t, [
    {
      name: "__repr__",
      arity: [0, 0],
      impl: (a) => {
        const items = (a[0] as PyTuple).items;
        return newStr(`${module}.${name}(${fields.map((f, i) => `${f}=${repr(items[i])}`).join(", ")})`);
      },
    },
  ]);
  return t;
}

export function structSeq(t: PyType, items: W[]): PyTuple {
  const tup = new PyTuple(items);
  tup.cls = t;
  return tup;
}
