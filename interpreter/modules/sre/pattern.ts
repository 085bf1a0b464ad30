// re.Pattern (a compiled regular expression: `_sre.compile`'s result) with match/fullmatch/search/
// findall/finditer/split/sub/subn, and _sre.SRE_Scanner (the iterator state behind finditer and
// re.Scanner). Follows CPython 3.14's Modules/_sre/sre.c.
import {
  call,
  defineGetSets,
  defineMethods,
  False,
  type MethodSpec,
  None,
  NotImplemented,
  PyBuiltinFunction,
  PyObject,
  PyType,
  True,
  TypeFlags,
  typeOf,
  type W,
} from "../../objects/model.ts";
import { newStr, PyStr } from "../../objects/str.ts";
import { bytesLike } from "../../objects/bytes.ts";
import { asSsize, newTuple, PyTuple } from "../../objects/tuple.ts";
import { newDict, PyDict } from "../../objects/dict.ts";
import { newList, PyList } from "../../objects/list.ts";
import { PyMappingProxy } from "../../objects/dictview.ts";
import { eq, hash, repr } from "../../objects/operations.ts";
import { asInt } from "../../objects/int.ts";
import { classGetItem } from "../../objects/genericalias.ts";
import { errorWithMessage, raiseRuntimeError, raiseTypeError } from "../../vm/errors.ts";
import { BUILTIN_FUNCTIONS } from "../builtins_functions.ts";
import { nativeType } from "../define.ts";
import { acquireState, releaseState, sreMatch, sreSearch, State } from "./engine.ts";
import { FLAG } from "./constants.ts";
import { validateCode } from "./validate.ts";
import { Program } from "./program.ts";
import { compileTemplate, expandTemplate, newMatch, type PyTemplate, readonly } from "./match.ts";
import { joinPieces, needSubject, releaseText, sliceOf, subjectOf } from "./subject.ts";

// (weakly referenceable, as CPython's pattern objects keep a weakreflist)
export const patternType: PyType = nativeType("re", "Pattern", undefined, { flags: TypeFlags.WEAKREFABLE });
export const scannerType: PyType = nativeType("_sre", "SRE_Scanner", undefined, { flags: 0 });

export class PyPattern extends PyObject {
  declare pattern: W;
  declare flags: number;
  declare code: Uint32Array;
  /** The code with what the matcher derives from it (program.ts). */
  declare prog: Program;
  /** Number of capturing groups (group 0 not counted). */
  declare groups: number;
  declare groupindex: PyDict | null;
  declare indexgroup: PyTuple | null;
  /** 1 for bytes patterns, 0 for str, -1 when compiled without a pattern object. */
  declare isbytes: number;
  constructor(
    pattern: W,
    flags: number,
    code: Uint32Array,
    groups: number,
    groupindex: PyDict | null,
    indexgroup: PyTuple | null,
    isbytes: number,
  ) {
    super();
    this.cls = patternType;
    this.pattern = pattern;
    this.flags = flags;
    this.code = code;
    this.prog = new Program(code);
    this.groups = groups;
    this.groupindex = groupindex;
    this.indexgroup = indexgroup;
    this.isbytes = isbytes;
  }
}

const SSIZE_MAX = Number.MAX_SAFE_INTEGER;

/** state_init: a matching state over `string` for this pattern, with CPython's type checks. */
function stateFor(p: PyPattern, string: W, pos: number, endpos: number, shared = true): State {
  const subj = needSubject(string, shared);
  if (subj.isBytes !== (p.isbytes > 0) && p.isbytes >= 0) {
    releaseText(subj.text);
    if (subj.isBytes) raiseTypeError("cannot use a string pattern on a bytes-like object");
    raiseTypeError("cannot use a bytes pattern on a string-like object");
  }
  return acquireState(subj.text, subj.length, subj.isBytes, p.groups, pos, endpos);
}

function self(a: W[]): PyPattern {
  const p = a[0];
  if (!(p instanceof PyPattern)) raiseTypeError("descriptor requires a 're.Pattern' object");
  return p;
}
function ssizeArg(w: W | undefined, dflt: number): number {
  return w === undefined ? dflt : asSsize(w, "OverflowError");
}
function required(w: W | undefined, method: string, name: string, pos: number): W {
  if (w === undefined) raiseTypeError(`${method}() missing required argument '${name}' (pos ${pos})`);
  return w;
}

function isCallable(w: W): boolean {
  if (typeof w !== "object") return false;
  if (w instanceof PyType) return true;
  return typeOf(w).lookup("__call__") !== undefined;
}

// ---------------------------------------------------------------- matching methods

function patternMatch(a: W[], mode: "match" | "fullmatch" | "search"): W {
  const p = self(a);
  const string = required(a[1], mode, "string", 1);
  const st = stateFor(p, string, ssizeArg(a[2], 0), ssizeArg(a[3], SSIZE_MAX));
  try {
    let ok: boolean;
    if (mode === "search") ok = sreSearch(st, p.prog);
    else {
      st.matchAll = mode === "fullmatch";
      ok = sreMatch(st, p.prog, 0, true);
    }
    return ok ? newMatch(p, st, string) : None;
  } finally {
    releaseState(st);
  }
}

function findall(a: W[]): W {
  const p = self(a);
  const string = required(a[1], "findall", "string", 1);
  const st = stateFor(p, string, ssizeArg(a[2], 0), ssizeArg(a[3], SSIZE_MAX));
  const out: W[] = [];
  try {
    const { text, isBytes } = st;
    while (st.start <= st.end) {
      st.reset();
      st.ptr = st.start;
      if (!sreSearch(st, p.prog)) break;
      let item: W;
      if (p.groups === 0) item = sliceOf(string, text, isBytes, st.start, st.ptr);
      else if (p.groups === 1) item = stateGroup(st, string, 1, true);
      else {
        const items: W[] = [];
        for (let i = 0; i < p.groups; i++) items.push(stateGroup(st, string, i + 1, true));
        item = newTuple(items);
      }
      out.push(item);
      st.mustAdvance = st.ptr === st.start;
      st.start = st.ptr;
    }
    return newList(out);
  } finally {
    releaseState(st);
  }
}

/** state_getslice: group `index` straight from the state (empty string or None when unset). */
function stateGroup(st: State, string: W, index: number, empty: boolean): W {
  const k = (index - 1) * 2;
  if (k >= st.lastmark || st.marks[k] < 0 || st.marks[k + 1] < 0) {
    return empty ? sliceOf(string, st.text, st.isBytes, 0, 0) : None;
  }
  const i = st.marks[k], j = st.marks[k + 1];
  if (i > j) {
    throw errorWithMessage(
      "SystemError",
      "The span of capturing group is wrong, please report a bug for the re module.",
    );
  }
  return sliceOf(string, st.text, st.isBytes, i, j);
}

function split(a: W[]): W {
  const p = self(a);
  const string = required(a[1], "split", "string", 1);
  const maxsplit = ssizeArg(a[2], 0);
  const st = stateFor(p, string, 0, SSIZE_MAX);
  const out: W[] = [];
  try {
    let n = 0;
    let last = st.start;
    while (maxsplit === 0 || n < maxsplit) {
      st.reset();
      st.ptr = st.start;
      if (!sreSearch(st, p.prog)) break;
      out.push(sliceOf(string, st.text, st.isBytes, last, st.start));
      for (let i = 0; i < p.groups; i++) out.push(stateGroup(st, string, i + 1, false));
      n++;
      st.mustAdvance = st.ptr === st.start;
      last = st.start = st.ptr;
    }
    out.push(sliceOf(string, st.text, st.isBytes, last, st.endpos));
    return newList(out);
  } finally {
    releaseState(st);
  }
}

const LITERAL = 0, TEMPLATE = 1, CALLABLE = 2;

/** pattern_subx: sub() and subn(). */
function subx(a: W[], name: string, subn: boolean): W {
  const p = self(a);
  const repl = required(a[1], name, "repl", 1);
  const string = required(a[2], name, "string", 2);
  const count = ssizeArg(a[3], 0);
  let filter: W = repl;
  let kind: number;
  if (isCallable(repl)) kind = CALLABLE;
  else {
    let literal = false;
    if (repl instanceof PyStr) literal = !repl.value.includes("\\");
    else {
      const b = bytesLike(repl);
      if (b !== undefined) literal = b.indexOf(92) < 0;
    }
    if (literal) kind = LITERAL;
    else {
      const t = compileTemplate(p, repl);
      if (t.indices.length === 0) {
        filter = t.literal;
        kind = LITERAL;
      } else {
        filter = t;
        kind = TEMPLATE;
      }
    }
  }
  const st = stateFor(p, string, 0, SSIZE_MAX);
  const pieces: W[] = [];
  try {
    let n = 0, i = 0;
    while (count === 0 || n < count) {
      st.reset();
      st.ptr = st.start;
      if (!sreSearch(st, p.prog)) break;
      const b = st.start, e = st.ptr;
      if (i < b) pieces.push(sliceOf(string, st.text, st.isBytes, i, b));
      let item: W;
      if (kind !== LITERAL) {
        const m = newMatch(p, st, string);
        item = kind === TEMPLATE ? expandTemplate(filter as PyTemplate, m) : call(filter, [m]);
      } else item = filter;
      if (item !== None) pieces.push(item);
      i = e;
      n++;
      st.mustAdvance = st.ptr === st.start;
      st.start = st.ptr;
    }
    if (i < st.endpos) pieces.push(sliceOf(string, st.text, st.isBytes, i, st.endpos));
    const result = pieces.length === 0
      ? sliceOf(string, st.text, st.isBytes, 0, 0)
      : joinPieces(pieces, st.isBytes);
    return subn ? newTuple([result, n]) : result;
  } finally {
    releaseState(st);
  }
}

// ---------------------------------------------------------------- repr, equality, hash

const FLAG_NAMES: [string, number][] = [
  ["re.IGNORECASE", FLAG.IGNORECASE],
  ["re.LOCALE", FLAG.LOCALE],
  ["re.MULTILINE", FLAG.MULTILINE],
  ["re.DOTALL", FLAG.DOTALL],
  ["re.UNICODE", FLAG.UNICODE],
  ["re.VERBOSE", FLAG.VERBOSE],
  ["re.DEBUG", FLAG.DEBUG],
  ["re.ASCII", FLAG.ASCII],
];

function patternRepr(p: PyPattern): string {
  let flags = p.flags;
  // re.UNICODE is implied for str patterns
  if (p.isbytes === 0 && (flags & (FLAG.LOCALE | FLAG.UNICODE | FLAG.ASCII)) === FLAG.UNICODE) {
    flags &= ~FLAG.UNICODE;
  }
  const items: string[] = [];
  for (const [name, bit] of FLAG_NAMES) {
    if (flags & bit) {
      items.push(name);
      flags &= ~bit;
    }
  }
  if (flags) items.push("0x" + (flags >>> 0).toString(16));
  let r = repr(p.pattern);
  const cps = Array.from(r);
  if (cps.length > 200) r = cps.slice(0, 200).join("");
  return items.length > 0 ? `re.compile(${r}, ${items.join("|")})` : `re.compile(${r})`;
}

function patternEquals(a: PyPattern, b: PyPattern): boolean {
  if (a === b) return true;
  if (a.flags !== b.flags || a.isbytes !== b.isbytes || a.code.length !== b.code.length) return false;
  for (let i = 0; i < a.code.length; i++) if (a.code[i] !== b.code[i]) return false;
  return eq(a.pattern, b.pattern);
}

function patternHash(p: PyPattern): number {
  const hp = hash(p.pattern);
  let h = typeof hp === "bigint" ? Number(BigInt.asIntN(32, hp)) : hp | 0;
  let hc = 0x345678;
  for (let i = 0; i < p.code.length; i++) hc = Math.imul(hc ^ p.code[i], 1000003) | 0;
  h = h ^ hc ^ p.flags ^ p.isbytes ^ p.code.length;
  return h === -1 ? -2 : h;
}

// ---------------------------------------------------------------- the type

const STRING_POS_ENDPOS = ["string", "pos", "endpos"];

defineMethods(patternType, [
  {
    name: "__new__",
    arity: [0, -1],
    kind: "static",
    kw: ["**"],
    impl: () => raiseTypeError("cannot create 're.Pattern' instances"),
  },
  { name: "match", arity: [0, 3], kw: STRING_POS_ENDPOS, impl: (a) => patternMatch(a, "match") },
  { name: "fullmatch", arity: [0, 3], kw: STRING_POS_ENDPOS, impl: (a) => patternMatch(a, "fullmatch") },
  { name: "search", arity: [0, 3], kw: STRING_POS_ENDPOS, impl: (a) => patternMatch(a, "search") },
  { name: "sub", arity: [0, 3], kw: ["repl", "string", "count"], impl: (a) => subx(a, "sub", false) },
  { name: "subn", arity: [0, 3], kw: ["repl", "string", "count"], impl: (a) => subx(a, "subn", true) },
  { name: "findall", arity: [0, 3], kw: STRING_POS_ENDPOS, impl: findall },
  { name: "split", arity: [0, 2], kw: ["string", "maxsplit"], impl: split },
  {
    name: "finditer",
    arity: [0, 3],
    kw: STRING_POS_ENDPOS,
    impl: (a) => {
      const sc = makeScanner(self(a), required(a[1], "finditer", "string", 1), a[2], a[3]);
      const search = scannerMethod(sc, "search");
      return iterSpec.impl([search, None], null);
    },
  },
  {
    name: "scanner",
    arity: [0, 3],
    kw: STRING_POS_ENDPOS,
    impl: (a) => makeScanner(self(a), required(a[1], "scanner", "string", 1), a[2], a[3]),
  },
  { name: "__copy__", arity: [0, 0], impl: (a) => self(a) },
  { name: "__deepcopy__", arity: [1, 1], impl: (a) => self(a) },
  { name: "__repr__", arity: [0, 0], impl: (a) => newStr(patternRepr(self(a))) },
  {
    name: "__eq__",
    arity: [1, 1],
    impl: (a) => (a[1] instanceof PyPattern ? (patternEquals(self(a), a[1]) ? True : False) : NotImplemented),
  },
  {
    name: "__ne__",
    arity: [1, 1],
    impl: (a) => (a[1] instanceof PyPattern ? (patternEquals(self(a), a[1]) ? False : True) : NotImplemented),
  },
  { name: "__hash__", arity: [0, 0], impl: (a) => patternHash(self(a)) },
  // CPython's richcompare slot gives the type all six comparisons; ordering is NotImplemented
  { name: "__lt__", arity: [1, 1], impl: () => NotImplemented },
  { name: "__le__", arity: [1, 1], impl: () => NotImplemented },
  { name: "__gt__", arity: [1, 1], impl: () => NotImplemented },
  { name: "__ge__", arity: [1, 1], impl: () => NotImplemented },
  { name: "__class_getitem__", arity: [1, 1], kind: "class", impl: (a) => classGetItem(a[0], a[1]) },
]);

defineGetSets(patternType, [
  { name: "pattern", set: readonly, get: (w) => (w as PyPattern).pattern },
  { name: "flags", set: readonly, get: (w) => (w as PyPattern).flags },
  { name: "groups", set: readonly, get: (w) => (w as PyPattern).groups },
  {
    name: "groupindex",
    get: (w) => {
      const gi = (w as PyPattern).groupindex;
      return gi === null ? newDict() : new PyMappingProxy(gi);
    },
  },
]);
patternType.dict.set("__module__", newStr("re"));
patternType.dict.set("__doc__", newStr("Compiled regular expression object."));

const iterSpec = BUILTIN_FUNCTIONS.find((s) => s.name === "iter")!;

// ---------------------------------------------------------------- scanner

export class PyScanner extends PyObject {
  declare pattern: PyPattern;
  declare string: W;
  declare state: State;
  /** false once a search or match failed (CPython sets state.start to NULL). */
  declare active: boolean;
  constructor(pattern: PyPattern, string: W, state: State) {
    super();
    this.cls = scannerType;
    this.pattern = pattern;
    this.string = string;
    this.state = state;
    this.active = true;
  }
}

function makeScanner(p: PyPattern, string: W, pos: W | undefined, endpos: W | undefined): PyScanner {
  const st = stateFor(p, string, ssizeArg(pos, 0), ssizeArg(endpos, SSIZE_MAX), false);
  return new PyScanner(p, string, st);
}

function scannerStep(sc: PyScanner, search: boolean): W {
  if (!sc.active) return None;
  const st = sc.state;
  st.reset();
  st.ptr = st.start;
  const ok = search ? sreSearch(st, sc.pattern.prog) : sreMatch(st, sc.pattern.prog, 0, true);
  if (!ok) {
    sc.active = false;
    return None;
  }
  const m = newMatch(sc.pattern, st, sc.string);
  st.mustAdvance = st.ptr === st.start;
  st.start = st.ptr;
  return m;
}

function scanner(a: W[]): PyScanner {
  const s = a[0];
  if (!(s instanceof PyScanner)) raiseTypeError("descriptor requires a '_sre.SRE_Scanner' object");
  return s;
}

const scannerSearchSpec: MethodSpec = {
  name: "search",
  arity: [0, 0],
  impl: (a) => scannerStep(scanner(a), true),
};

defineMethods(scannerType, [
  {
    name: "__new__",
    arity: [0, -1],
    kind: "static",
    kw: ["**"],
    impl: () => raiseTypeError("cannot create '_sre.SRE_Scanner' instances"),
  },
  { name: "match", arity: [0, 0], impl: (a) => scannerStep(scanner(a), false) },
  scannerSearchSpec,
]);
defineGetSets(scannerType, [{ name: "pattern", get: (w) => (w as PyScanner).pattern }]);

/** scanner.search bound to `sc`, for finditer's iter(scanner.search, None). */
function scannerMethod(sc: PyScanner, _name: "search"): W {
  return new PyBuiltinFunction(scannerSearchSpec, sc, "SRE_Scanner.search");
}

// ---------------------------------------------------------------- _sre.compile

function intArg(w: W, what: string): number {
  const v = asInt(w);
  if (v === undefined) raiseTypeError(`${what} must be int, not ${typeOf(w).name}`);
  return Number(v);
}

/** _sre.compile(pattern, flags, code, groups, groupindex, indexgroup) */
export function compilePattern(a: W[]): W {
  const [pattern, flagsW, codeW, groupsW, groupindex, indexgroup] = a;
  const names = ["pattern", "flags", "code", "groups", "groupindex", "indexgroup"];
  for (let i = 0; i < 6; i++) {
    if (a[i] === undefined) {
      raiseTypeError(`compile() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  const flags = intArg(flagsW, "compile() argument 'flags'");
  if (!(codeW instanceof PyList)) {
    raiseTypeError(`compile() argument 'code' must be list, not ${typeOf(codeW).name}`);
  }
  const groups = asSsize(groupsW, "OverflowError");
  if (!(groupindex instanceof PyDict)) {
    raiseTypeError(`compile() argument 'groupindex' must be dict, not ${typeOf(groupindex).name}`);
  }
  if (!(indexgroup instanceof PyTuple)) {
    raiseTypeError(`compile() argument 'indexgroup' must be tuple, not ${typeOf(indexgroup).name}`);
  }
  const items = codeW.items;
  const code = new Uint32Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const v = asInt(items[i]);
    if (v === undefined) raiseTypeError("an integer is required");
    // PyLong_AsUnsignedLong (64-bit), then the 32-bit code word check
    if (v < 0) throw errorWithMessage("OverflowError", "can't convert negative value to unsigned int");
    if (typeof v === "bigint" && v >= 2n ** 64n) {
      throw errorWithMessage("OverflowError", "Python int too large to convert to C unsigned long");
    }
    if (v > 0xffffffff) {
      throw errorWithMessage("OverflowError", "regular expression code size limit exceeded");
    }
    code[i] = Number(v);
  }
  let isbytes = -1;
  if (pattern !== None) {
    const s = subjectOf(pattern);
    if (s === undefined) {
      raiseTypeError(`expected string or bytes-like object, got '${typeOf(pattern).name}'`);
    }
    isbytes = s.isBytes ? 1 : 0;
  }
  const hasNames = groupindex.size > 0;
  const p = new PyPattern(
    pattern,
    flags,
    code,
    groups,
    hasNames ? groupindex : null,
    hasNames && indexgroup.items.length > 0 ? indexgroup : null,
    isbytes,
  );
  if (!validateCode(code, groups)) raiseRuntimeError("invalid SRE code");
  return p;
}
