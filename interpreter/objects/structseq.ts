// Struct sequences (sys.version_info, sys.flags, time.struct_time, …): tuple subclasses whose fields are
// also attributes. As CPython's Objects/structseq.c, a type may have fields beyond the visible tuple
// (`time.struct_time`'s tm_zone/tm_gmtoff): they are attributes only, kept beside the tuple's items.
import {
  builtinType,
  defineGetSets,
  defineMethods,
  type Kwargs,
  None,
  type PyType,
  type W,
} from "./model.ts";
import { newTuple, PyTuple } from "./tuple.ts";
import { newStr } from "./str.ts";
import { iterateToArray, repr } from "./operations.ts";
import { tupleType } from "./model.ts";
import { PyDict } from "./dict.ts";
import { raiseTypeError } from "../vm/errors.ts";

/** A struct sequence value: `items` are the visible fields, `hidden` the attribute-only ones. */
export class PyStructSeq extends PyTuple {
  declare hidden: W[];
  constructor(items: W[], hidden: W[], cls: PyType) {
    super(items, cls);
    this.hidden = hidden;
  }
}

/** The struct sequences CPython removes tp_new from (sys.c): `type(sys.flags)(...)` raises. */
const NOT_CONSTRUCTIBLE = new Set(["sys.version_info", "sys.flags"]);

interface StructSeqInfo {
  fields: string[];
  visible: number;
}
const infos = new WeakMap<PyType, StructSeqInfo>();

/**
 * A named tuple-like type `module.name` with the given fields; `visible` (default: all) of them form the
 * tuple, the rest are attributes only. Not subclassable, as in CPython.
 */
export function structSeqType(
  name: string,
  module: string,
  fields: string[],
  opts: { visible?: number; doc?: string } = {},
): PyType {
  const visible = opts.visible ?? fields.length;
  const t = builtinType(name, tupleType, { flags: 0 });
  t.module = module;
  const fullName = `${module}.${name}`;
  infos.set(t, { fields, visible });
  defineGetSets(
    t,
    fields.map((f, i) => ({
      name: f,
      get: i < visible
        ? (s: W) => (s as PyTuple).items[i]
        : (s: W) => (s instanceof PyStructSeq ? s.hidden[i - visible] ?? None : None),
    })),
  );
  defineMethods(t, [
    {
      name: "__new__",
      arity: [0, -1],
      kind: "static",
      kw: ["**"],
      impl: (a, kw) => {
        if (NOT_CONSTRUCTIBLE.has(fullName)) raiseTypeError(`cannot create '${fullName}' instances`);
        return structSeqNew(t, fullName, a, kw);
      },
    },
    {
      name: "__repr__",
      arity: [0, 0],
      impl: (a) => {
        const items = (a[0] as PyTuple).items;
        return newStr(
          `${fullName}(${fields.slice(0, visible).map((f, i) => `${f}=${repr(items[i])}`).join(", ")})`,
        );
      },
    },
    {
      name: "__reduce__",
      arity: [0, 0],
      impl: (a) => {
        const s = a[0] as PyTuple;
        const d = new PyDict();
        for (let i = visible; i < fields.length; i++) d.setStr(fields[i], fieldValue(s, i, visible));
        return newTuple([s.cls, newTuple([newTuple(s.items.slice()), d])]);
      },
    },
    {
      name: "__replace__",
      arity: [0, -1],
      kw: ["**"],
      impl: (a, kw) => {
        if (a.length > 1) raiseTypeError("__replace__() takes no positional arguments");
        const s = a[0] as PyTuple;
        const values = fields.map((_, i) => fieldValue(s, i, visible));
        if (kw !== null) {
          const unknown: string[] = [];
          for (let k = 0; k < kw.names.length; k++) {
            const i = fields.indexOf(kw.names[k]);
            if (i < 0) unknown.push(kw.names[k]);
            else values[i] = kw.values[k];
          }
          if (unknown.length > 0) {
            raiseTypeError(
              `Got unexpected field name(s): [${unknown.map((u) => repr(newStr(u))).join(", ")}]`,
            );
          }
        }
        return structSeq(s.cls, values);
      },
    },
  ]);
  t.dict.set("n_sequence_fields", visible);
  t.dict.set("n_fields", fields.length);
  t.dict.set("n_unnamed_fields", 0);
  t.dict.set("__match_args__", newTuple(fields.slice(0, visible).map((f) => newStr(f))));
  if (opts.doc !== undefined) t.dict.set("__doc__", newStr(opts.doc));
  t.mutated();
  return t;
}

function fieldValue(s: PyTuple, i: number, visible: number): W {
  if (i < visible) return s.items[i];
  return s instanceof PyStructSeq ? s.hidden[i - visible] ?? None : None;
}

/** `T(sequence, dict=None)`: CPython's structseq_new, with its argument checks and messages. */
function structSeqNew(t: PyType, fullName: string, a: W[], kw: Kwargs | null): W {
  const info = infos.get(t)!;
  let seq: W | undefined = a[1];
  let dict: W | undefined = a[2];
  if (a.length > 3) raiseTypeError(`structseq() takes at most 2 arguments (${a.length - 1} given)`);
  if (kw !== null) {
    for (let k = 0; k < kw.names.length; k++) {
      const n = kw.names[k];
      if (n === "sequence" && seq === undefined) seq = kw.values[k];
      else if (n === "dict" && dict === undefined) dict = kw.values[k];
      else if (n === "sequence" || n === "dict") {
        raiseTypeError(
          `argument for structseq() given by name ('${n}') and position (${n === "sequence" ? 1 : 2})`,
        );
      } else raiseTypeError(`structseq() got an unexpected keyword argument '${n}'`);
    }
  }
  if (seq === undefined) raiseTypeError("structseq() missing required argument 'sequence' (pos 1)");
  let items: W[];
  try {
    items = seq instanceof PyTuple ? seq.items.slice() : iterateToArray(seq);
  } catch (e) {
    if (typeof seq !== "object" || seq.cls.lookup("__iter__") === undefined) {
      raiseTypeError("constructor requires a sequence");
    }
    throw e;
  }
  if (dict !== undefined && dict !== None && !(dict instanceof PyDict)) {
    raiseTypeError(`${fullName}() takes a dict as second arg, if any`);
  }
  const min = info.visible, max = info.fields.length, len = items.length;
  if (min !== max) {
    if (len < min) raiseTypeError(`${fullName}() takes an at least ${min}-sequence (${len}-sequence given)`);
    if (len > max) raiseTypeError(`${fullName}() takes an at most ${max}-sequence (${len}-sequence given)`);
  } else if (len !== min) raiseTypeError(`${fullName}() takes a ${min}-sequence (${len}-sequence given)`);
  for (let i = len; i < max; i++) {
    const v = dict instanceof PyDict ? dict.getStr(info.fields[i]) : undefined;
    items.push(v ?? None);
  }
  return structSeq(t, items);
}

/** A value of a struct sequence type; `items` may include the hidden fields after the visible ones. */
export function structSeq(t: PyType, items: W[]): PyTuple {
  const info = infos.get(t);
  if (info !== undefined && items.length > info.visible) {
    return new PyStructSeq(items.slice(0, info.visible), items.slice(info.visible), t);
  }
  const tup = new PyTuple(items);
  tup.cls = t;
  return tup;
}
