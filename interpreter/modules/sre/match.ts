// re.Match (the result of a successful match, from CPython's MatchObject) and _sre.SRE_Template (a
// compiled replacement string, from `_sre.template`, expanded by sub() and Match.expand()).
import {
  bytesType,
  call,
  defineGetSets,
  defineMethods,
  getAttr,
  None,
  PyObject,
  type PyType,
  strType,
  typeOf,
  type W,
} from "../../objects/model.ts";
import { newStr, PyStr } from "../../objects/str.ts";
import { bytesLike, newBytes } from "../../objects/bytes.ts";
import { newTuple, PyTuple } from "../../objects/tuple.ts";
import { newDict } from "../../objects/dict.ts";
import { PyList } from "../../objects/list.ts";
import { repr } from "../../objects/operations.ts";
import { asSsize, isIndex } from "../../objects/tuple.ts";
import { classGetItem } from "../../objects/genericalias.ts";
import {
  errorWithMessage,
  PyError,
  raiseAttributeError,
  raiseIndexError,
  raiseRuntimeError,
  raiseTypeError,
} from "../../vm/errors.ts";
import { exceptionTypes } from "../../objects/exceptions.ts";
import { importModule } from "../../importing/importer.ts";
import { nativeType } from "../define.ts";
import type { PyPattern } from "./pattern.ts";
import type { State } from "./engine.ts";
import { codePoints, codePointsToString, joinPieces } from "./subject.ts";

export const matchType: PyType = nativeType("re", "Match", undefined, { flags: 0 });
export const templateType: PyType = nativeType("_sre", "SRE_Template", undefined, { flags: 0 });

export class PyMatch extends PyObject {
  declare pattern: PyPattern;
  declare string: W;
  /** Start and end of each group (group 0 first); -1 when the group did not participate. */
  declare marks: number[];
  /** Number of groups including group 0. */
  declare groups: number;
  declare pos: number;
  declare endpos: number;
  declare lastindex: number;
  declare regs: W | null;
  constructor(
    pattern: PyPattern,
    string: W,
    marks: number[],
    pos: number,
    endpos: number,
    lastindex: number,
  ) {
    super();
    this.cls = matchType;
    this.pattern = pattern;
    this.string = string;
    this.marks = marks;
    this.groups = pattern.groups + 1;
    this.pos = pos;
    this.endpos = endpos;
    this.lastindex = lastindex;
    this.regs = null;
  }
}

/** pattern_new_match: a Match from the state of a successful match. */
export function newMatch(pattern: PyPattern, st: State, string: W): PyMatch {
  const groups = pattern.groups;
  const marks: number[] = new Array(2 * (groups + 1));
  marks[0] = st.start;
  marks[1] = st.ptr;
  const sm = st.marks;
  for (let i = 0, j = 0; i < groups; i++, j += 2) {
    if (j + 1 <= st.lastmark && sm[j] >= 0 && sm[j + 1] >= 0) {
      marks[j + 2] = sm[j];
      marks[j + 3] = sm[j + 1];
      if (sm[j] > sm[j + 1]) {
        throw errorWithMessage(
          "SystemError",
          "The span of capturing group is wrong, please report a bug for the re module.",
        );
      }
    } else {
      marks[j + 2] = marks[j + 3] = -1;
    }
  }
  return new PyMatch(pattern, string, marks, st.pos, st.endpos, st.lastindex);
}

/** string[i:j] of the match's subject, read again now (a bytearray may have changed since). */
function subjectSlice(string: W, i: number, j: number): W {
  if (string instanceof PyStr) {
    const n = string.length;
    if (i > n) i = n;
    if (j > n) j = n;
    if (string.allBmp) {
      if (i === 0 && j === n && string.cls === strType) return string;
      return newStr(string.value.slice(i, j));
    }
    return newStr(codePointsToString(codePoints(string), i, j));
  }
  const b = bytesLike(string);
  if (b === undefined) raiseTypeError(`expected string or bytes-like object, got '${typeOf(string).name}'`);
  if (i > b.length) i = b.length;
  if (j > b.length) j = b.length;
  if (i === 0 && j === b.length && typeOf(string) === bytesType) return string;
  return newBytes(b.slice(i, j));
}

export function groupByIndex(m: PyMatch, index: number, dflt: W): W {
  const k = index * 2;
  if (m.string === None || m.marks[k] < 0) return dflt;
  return subjectSlice(m.string, m.marks[k], m.marks[k + 1]);
}

/** match_getindex: a group number or name → index; IndexError("no such group") when out of range. */
function groupIndex(m: PyMatch, index: W | undefined): number {
  if (index === undefined) return 0;
  let i = -1;
  if (isIndex(index)) {
    i = clampSsize(index);
  } else {
    const gi = m.pattern.groupindex;
    if (gi !== null) {
      const v = gi.getItem(index);
      if (v !== undefined && (typeof v === "number" || typeof v === "bigint")) i = Number(v);
    }
  }
  if (i < 0 || i >= m.groups) raiseIndexError("no such group");
  return i;
}
/** PyNumber_AsSsize_t(x, NULL): overflow clamps instead of raising. */
function clampSsize(w: W): number {
  try {
    return asSsize(w, "OverflowError");
  } catch (e) {
    if (e instanceof PyError && e.matches(exceptionTypes.OverflowError)) {
      const v = typeof w === "bigint" ? w : 1n;
      return v < 0n ? -1 : Number.MAX_SAFE_INTEGER;
    }
    throw e;
  }
}

function self(a: W[]): PyMatch {
  const m = a[0];
  if (!(m instanceof PyMatch)) raiseTypeError(`descriptor requires a 're.Match' object`);
  return m;
}
/** Argument Clinic's message for one optional argument given twice. */
function atMostOne(a: W[], name: string): void {
  if (a.length > 2) raiseTypeError(`${name}() takes at most 1 argument (${a.length - 1} given)`);
}
/** Setter of a read-only member (PyMemberDef with Py_READONLY). */
export function readonly(): never {
  return raiseAttributeError("readonly attribute");
}
function pair(a: number, b: number): PyTuple {
  return newTuple([a, b]);
}

function matchRepr(m: PyMatch): string {
  let r = repr(groupByIndex(m, 0, None));
  // %.50R: the repr cut to 50 characters
  const cps = Array.from(r);
  if (cps.length > 50) r = cps.slice(0, 50).join("");
  return `<${m.cls.module}.${m.cls.name} object; span=(${m.marks[0]}, ${m.marks[1]}), match=${r}>`;
}

defineMethods(matchType, [
  {
    name: "__new__",
    arity: [0, -1],
    kind: "static",
    kw: ["**"],
    impl: () => raiseTypeError("cannot create 're.Match' instances"),
  },
  {
    name: "group",
    arity: [0, -1],
    impl: (a) => {
      const m = self(a);
      if (a.length <= 2) return groupByIndex(m, groupIndex(m, a.length === 2 ? a[1] : 0), None);
      const out: W[] = [];
      for (let k = 1; k < a.length; k++) out.push(groupByIndex(m, groupIndex(m, a[k]), None));
      return newTuple(out);
    },
  },
  { name: "__getitem__", arity: [1, 1], impl: (a) => groupByIndex(self(a), groupIndex(self(a), a[1]), None) },
  {
    name: "groups",
    arity: [0, -1],
    kw: ["default"],
    impl: (a) => {
      const m = self(a);
      atMostOne(a, "groups");
      const dflt = a[1] === undefined ? None : a[1];
      const out: W[] = [];
      for (let i = 1; i < m.groups; i++) out.push(groupByIndex(m, i, dflt));
      return newTuple(out);
    },
  },
  {
    name: "groupdict",
    arity: [0, -1],
    kw: ["default"],
    impl: (a) => {
      const m = self(a);
      atMostOne(a, "groupdict");
      const dflt = a[1] === undefined ? None : a[1];
      const d = newDict();
      const gi = m.pattern.groupindex;
      if (gi === null) return d;
      const keys = gi.ekeys;
      for (let k = 0; k < keys.length; k++) {
        const key = keys[k];
        if (key === undefined) continue;
        d.setItem(key, groupByIndex(m, groupIndex(m, key), dflt));
      }
      return d;
    },
  },
  { name: "start", arity: [0, 1], impl: (a) => self(a).marks[groupIndex(self(a), a[1]) * 2] },
  { name: "end", arity: [0, 1], impl: (a) => self(a).marks[groupIndex(self(a), a[1]) * 2 + 1] },
  {
    name: "span",
    arity: [0, 1],
    impl: (a) => {
      const m = self(a);
      const i = groupIndex(m, a[1]);
      return pair(m.marks[2 * i], m.marks[2 * i + 1]);
    },
  },
  {
    name: "expand",
    arity: [0, 1],
    kw: ["template"],
    impl: (a) => {
      const m = self(a);
      if (a[1] === undefined) raiseTypeError("expand() missing required argument 'template' (pos 1)");
      return expandTemplate(compileTemplate(m.pattern, a[1]), m);
    },
  },
  { name: "__copy__", arity: [0, 0], impl: (a) => self(a) },
  { name: "__deepcopy__", arity: [1, 1], impl: (a) => self(a) },
  { name: "__repr__", arity: [0, 0], impl: (a) => newStr(matchRepr(self(a))) },
  { name: "__class_getitem__", arity: [1, 1], kind: "class", impl: (a) => classGetItem(a[0], a[1]) },
]);

defineGetSets(matchType, [
  { name: "string", set: readonly, get: (w) => (w as PyMatch).string },
  { name: "re", set: readonly, get: (w) => (w as PyMatch).pattern },
  { name: "pos", set: readonly, get: (w) => (w as PyMatch).pos },
  { name: "endpos", set: readonly, get: (w) => (w as PyMatch).endpos },
  { name: "lastindex", get: (w) => ((w as PyMatch).lastindex >= 0 ? (w as PyMatch).lastindex : None) },
  {
    name: "lastgroup",
    get: (w) => {
      const m = w as PyMatch;
      const ig = m.pattern.indexgroup;
      if (ig !== null && m.lastindex >= 0 && m.lastindex < ig.items.length) return ig.items[m.lastindex];
      return None;
    },
  },
  {
    name: "regs",
    get: (w) => {
      const m = w as PyMatch;
      if (m.regs === null) {
        const out: W[] = [];
        for (let i = 0; i < m.groups; i++) out.push(pair(m.marks[2 * i], m.marks[2 * i + 1]));
        m.regs = newTuple(out);
      }
      return m.regs;
    },
  },
]);
matchType.dict.set("__module__", newStr("re"));
matchType.dict.set(
  "__doc__",
  newStr("The result of re.match() and re.search().\nMatch objects always have a boolean value of True."),
);

// ---------------------------------------------------------------- templates

export class PyTemplate extends PyObject {
  /** The first literal; then (group index, literal or null for an empty one) pairs. */
  declare literal: W;
  declare indices: number[];
  declare literals: (W | null)[];
  constructor(literal: W, indices: number[], literals: (W | null)[]) {
    super();
    this.cls = templateType;
    this.literal = literal;
    this.indices = indices;
    this.literals = literals;
  }
}

/** _sre.template(pattern, template): [literal, group, literal, ..., group, literal] → SRE_Template. */
export function makeTemplate(template: W): PyTemplate {
  if (!(template instanceof PyList)) {
    raiseTypeError(`template() argument 2 must be list, not ${typeOf(template).name}`);
  }
  const items = template.items;
  const n = items.length;
  if ((n & 1) === 0 || n < 1) raiseTypeError("invalid template");
  const indices: number[] = [];
  const literals: (W | null)[] = [];
  for (let i = 0; i < (n - 1) / 2; i++) {
    const index = asSsize(items[2 * i + 1], "OverflowError");
    if (index < 0) raiseTypeError("invalid template");
    indices.push(index);
    const lit = items[2 * i + 2];
    const empty = (lit instanceof PyStr && lit.length === 0) ||
      (typeOf(lit).isSubtypeOf(bytesType) && bytesLike(lit)!.length === 0);
    literals.push(empty ? null : lit);
  }
  return new PyTemplate(items[0], indices, literals);
}

let compileTemplateFn: W | null = null;

/** compile_template: re._compile_template(pattern, repl), retried with a plain str/bytes copy. */
export function compileTemplate(pattern: W, repl: W): PyTemplate {
  if (compileTemplateFn === null) compileTemplateFn = getAttr(importModule("re"), "_compile_template");
  let result: W;
  try {
    result = call(compileTemplateFn, [pattern, repl]);
  } catch (e) {
    if (!(e instanceof PyError) || !e.matches(exceptionTypes.TypeError)) throw e;
    // an unhashable replacement (bytearray, str subclass with __eq__ …): convert to the basic type
    let plain: W;
    if (repl instanceof PyStr && repl.cls !== strType) plain = newStr(repl.value);
    else if (bytesLike(repl) !== undefined && typeOf(repl) !== bytesType) {
      plain = newBytes(bytesLike(repl)!.slice());
    } else throw e;
    result = call(compileTemplateFn, [pattern, plain]);
  }
  if (!(result instanceof PyTemplate)) {
    raiseRuntimeError(`the result of compiling a replacement string is ${typeOf(result).name}`);
  }
  return result;
}

export function expandTemplate(t: PyTemplate, m: PyMatch): W {
  if (t.indices.length === 0) return t.literal;
  const pieces: W[] = [t.literal];
  for (let i = 0; i < t.indices.length; i++) {
    const index = t.indices[i];
    if (index >= m.groups) raiseIndexError("no such group");
    const item = groupByIndex(m, index, None);
    if (item !== None) pieces.push(item);
    const lit = t.literals[i];
    if (lit !== null) pieces.push(lit);
  }
  return joinPieces(pieces, !(t.literal instanceof PyStr));
}

export function isTemplate(w: W): w is PyTemplate {
  return w instanceof PyTemplate;
}
