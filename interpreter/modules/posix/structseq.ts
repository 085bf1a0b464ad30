// Full struct sequences (CPython's structseq.c) for os.stat_result, os.terminal_size, pwd.struct_passwd…:
// a tuple of the first `nInSequence` fields plus fields reachable only as attributes, unnamed fields
// (stat_result's integer times), __new__(sequence, dict=None), __reduce__, __replace__,
// n_sequence_fields / n_fields / n_unnamed_fields and __match_args__. Usable by any module.
import {
  defineGetSets,
  defineMethods,
  type Kwargs,
  None,
  type PyType,
  typeOf,
  type W,
} from "../../objects/model.ts";
import { nativeType } from "../define.ts";
import { PyTuple } from "../../objects/tuple.ts";
import { newTuple } from "../../objects/tuple.ts";
import { newStr } from "../../objects/str.ts";
import { iterateToArray, repr } from "../../objects/operations.ts";
import { PyDict } from "../../objects/dict.ts";
import { newDict } from "../../objects/dict.ts";
import { raiseTypeError } from "../../vm/errors.ts";
import { tupleType } from "../../objects/model.ts";

export interface StructSeqDesc {
  module: string;
  name: string;
  /** All fields in order; null for an unnamed field (only reachable by index). */
  fields: (string | null)[];
  /** How many leading fields are tuple items. */
  nInSequence: number;
  doc?: string;
}

/** An instance: the visible fields are the tuple's items, the rest in `hidden`. */
export class PyStructSeq extends PyTuple {
  declare hidden: W[];
  constructor(cls: PyType, items: W[], hidden: W[]) {
    super(items, cls);
    this.hidden = hidden;
  }
}

interface StructSeqInfo {
  desc: StructSeqDesc;
  /** The named fields, in order (CPython's tp_members). */
  members: string[];
  nUnnamed: number;
}
const infos = new WeakMap<PyType, StructSeqInfo>();

function info(t: PyType): StructSeqInfo {
  for (const c of t.mro) {
    const i = infos.get(c);
    if (i !== undefined) return i;
  }
  raiseTypeError(`${t.name} is not a struct sequence`);
}

/** Build a struct sequence instance from all field values (visible first). */
export function makeStructSeq(t: PyType, values: W[]): PyStructSeq {
  const n = infos.get(t)!.desc.nInSequence;
  return new PyStructSeq(t, values.slice(0, n), values.slice(n));
}

/** Create a struct sequence type `module.name`. */
export function structSeqType(desc: StructSeqDesc): PyType {
  const t = nativeType(desc.module, desc.name, tupleType, { flags: 0 });
  const members = desc.fields.filter((f): f is string => f !== null);
  const nUnnamed = desc.fields.length - members.length;
  infos.set(t, { desc, members, nUnnamed });
  const tpName = `${desc.module}.${desc.name}`;
  const nSeq = desc.nInSequence;
  const nFields = desc.fields.length;

  defineGetSets(
    t,
    desc.fields.flatMap((f, i) =>
      f === null ? [] : [{
        name: f,
        get: i < nSeq ? (s: W) => (s as PyStructSeq).items[i] : (s: W) => (s as PyStructSeq).hidden[i - nSeq],
      }]
    ),
  );
  defineMethods(t, [
    {
      name: "__new__",
      arity: [1, 3],
      kind: "static",
      kw: ["sequence", "dict"],
      impl: (a) => {
        const cls = a[0] as PyType;
        if (a[1] === undefined) raiseTypeError(`${tpName}() missing required argument 'sequence' (pos 1)`);
        return structSeqNew(cls, a[1], a[2] === undefined ? None : a[2]);
      },
    },
    {
      name: "__repr__",
      arity: [0, 0],
      impl: (a) => {
        const s = a[0] as PyStructSeq;
        const i = info(typeOf(s));
        const parts = s.items.map((v, k) => `${i.members[k]}=${repr(v)}`);
        return newStr(`${typeOf(s).module}.${typeOf(s).name}(${parts.join(", ")})`);
      },
    },
    {
      name: "__reduce__",
      arity: [0, 0],
      impl: (a) => {
        const s = a[0] as PyStructSeq;
        const i = info(typeOf(s));
        const d = newDict();
        for (let k = 0; k < s.hidden.length; k++) {
          d.setStr(i.members[nSeq + k - i.nUnnamed], s.hidden[k]);
        }
        return newTuple([typeOf(s), newTuple([newTuple(s.items.slice()), d])]);
      },
    },
    {
      name: "__replace__",
      arity: [0, -1],
      kw: ["**"],
      impl: (a, k) => {
        if (a.length > 1) raiseTypeError("__replace__() takes no positional arguments");
        return structSeqReplace(a[0] as PyStructSeq, k);
      },
    },
  ]);
  t.dict.set("n_sequence_fields", nSeq);
  t.dict.set("n_fields", nFields);
  t.dict.set("n_unnamed_fields", nUnnamed);
  t.dict.set(
    "__match_args__",
    newTuple(desc.fields.slice(0, nSeq).filter((f): f is string => f !== null).map((f) => newStr(f))),
  );
  if (desc.doc !== undefined) t.dict.set("__doc__", newStr(desc.doc));
  t.mutated();
  return t;
}

/** structseq_new: a sequence of n_sequence_fields..n_fields items, missing ones from `dict` or None. */
export function structSeqNew(cls: PyType, seq: W, dict: W): PyStructSeq {
  const i = info(cls);
  const tpName = `${cls.module}.${cls.name}`;
  const items = iterateToArray(seq);
  const min = i.desc.nInSequence, max = i.desc.fields.length;
  const len = items.length;
  if (dict !== None && !(dict instanceof PyDict)) {
    raiseTypeError(`${tpName}() takes a dict as second arg, if any`);
  }
  if (len < min) {
    if (min === max) raiseTypeError(`${tpName}() takes a ${min}-sequence (${len}-sequence given)`);
    raiseTypeError(`${tpName}() takes an at least ${min}-sequence (${len}-sequence given)`);
  }
  if (len > max) {
    if (min === max) raiseTypeError(`${tpName}() takes a ${min}-sequence (${len}-sequence given)`);
    raiseTypeError(`${tpName}() takes an at most ${max}-sequence (${len}-sequence given)`);
  }
  const values = items.slice();
  let used = 0;
  for (let k = len; k < max; k++) {
    const name = i.members[k - i.nUnnamed];
    const v = dict instanceof PyDict ? dict.getStr(name) : undefined;
    if (v !== undefined) used++;
    values.push(v ?? None);
  }
  if (dict instanceof PyDict && dict.size > used) {
    raiseTypeError(`${tpName}() got duplicate or unexpected field name(s)`);
  }
  return new PyStructSeq(cls, values.slice(0, min), values.slice(min));
}

function structSeqReplace(s: PyStructSeq, k: Kwargs | null): PyStructSeq {
  const t = typeOf(s);
  const i = info(t);
  if (i.nUnnamed > 0) {
    raiseTypeError(
      `__replace__() is not supported for ${t.module}.${t.name} because it has unnamed field(s)`,
    );
  }
  const values = [...s.items, ...s.hidden];
  if (k !== null) {
    const seen = new Set<string>();
    for (let j = 0; j < k.names.length; j++) {
      const idx = i.desc.fields.indexOf(k.names[j]);
      if (idx < 0) continue;
      values[idx] = k.values[j];
      seen.add(k.names[j]);
    }
    const unknown = k.names.filter((n) => !seen.has(n));
    if (unknown.length > 0) {
      raiseTypeError(`Got unexpected field name(s): [${unknown.map((n) => repr(newStr(n))).join(", ")}]`);
    }
  }
  return new PyStructSeq(t, values.slice(0, i.desc.nInSequence), values.slice(i.desc.nInSequence));
}
