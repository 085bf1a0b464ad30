// _symtable: the compiler's symbol tables for the `symtable` module, after CPython 3.14's
// Modules/symtablemodule.c and Python/symtable.c's entry type. symtable(source, filename, mode) parses,
// builds the same tables the code generator uses (compiler/symtable.ts) and returns the top entry; every
// entry shows id, name, type, lineno, nested, symbols (name -> flags), varnames and children. pypyts's
// flag bits differ from CPython 3.14's above DEF_NONLOCAL/USE, so flags are translated on the way out.
import { defineGetSets, defineMethods, objectType, PyObject, type PyType, type W } from "../objects/model.ts";
import { newStr, PyStr } from "../objects/str.ts";
import { newList } from "../objects/list.ts";
import { newDict } from "../objects/dict.ts";
import { bytesLike } from "../objects/bytes.ts";
import { errorWithMessage, raiseTypeError } from "../vm/errors.ts";
import { parse } from "../parser/parser.ts";
import { CompileError } from "../parser/errors.ts";
import { parseFuture } from "../compiler/future.ts";
import {
  type BlockType,
  buildSymtable,
  DEF_ANNOT,
  DEF_COMP_CELL,
  DEF_COMP_ITER,
  DEF_FREE_CLASS,
  DEF_GLOBAL,
  DEF_IMPORT,
  DEF_LOCAL,
  DEF_NONLOCAL,
  DEF_PARAM,
  DEF_TYPE_PARAM,
  SCOPE_OFFSET,
  type SymbolTableEntry,
  USE,
} from "../compiler/symtable.ts";
import { syntaxErrorFrom } from "./compile_builtin.ts";
import { type NativeModuleDef, nativeType } from "./define.ts";
import { objectId } from "../objects/object.ts";

// CPython 3.14's symtable.h values
const PY = {
  DEF_GLOBAL: 1,
  DEF_LOCAL: 2,
  DEF_PARAM: 4,
  DEF_NONLOCAL: 8,
  USE: 16,
  DEF_FREE_CLASS: 64,
  DEF_IMPORT: 128,
  DEF_ANNOT: 256,
  DEF_COMP_ITER: 512,
  DEF_TYPE_PARAM: 1024,
  DEF_COMP_CELL: 2048,
  SCOPE_OFF: 12,
  SCOPE_MASK: 15,
};

/** pypyts flag bit -> CPython flag bit. */
const FLAG_MAP: [number, number][] = [
  [DEF_GLOBAL, PY.DEF_GLOBAL],
  [DEF_LOCAL, PY.DEF_LOCAL],
  [DEF_PARAM, PY.DEF_PARAM],
  [DEF_NONLOCAL, PY.DEF_NONLOCAL],
  [USE, PY.USE],
  [DEF_FREE_CLASS, PY.DEF_FREE_CLASS],
  [DEF_IMPORT, PY.DEF_IMPORT],
  [DEF_ANNOT, PY.DEF_ANNOT],
  [DEF_COMP_ITER, PY.DEF_COMP_ITER],
  [DEF_TYPE_PARAM, PY.DEF_TYPE_PARAM],
  [DEF_COMP_CELL, PY.DEF_COMP_CELL],
];

function cpythonFlags(f: number): number {
  let out = ((f >> SCOPE_OFFSET) & PY.SCOPE_MASK) << PY.SCOPE_OFF;
  for (const [ours, theirs] of FLAG_MAP) if ((f & ours) !== 0) out |= theirs;
  return out;
}

const BLOCK_TYPES: Record<BlockType, number> = {
  FunctionBlock: 0,
  ClassBlock: 1,
  ModuleBlock: 2,
  AnnotationBlock: 3,
  TypeAliasBlock: 4,
  TypeParametersBlock: 5,
  TypeVariableBlock: 6,
};

/**
 * What CPython's symtable shows of an entry. pypyts's tables serve its own code generator, so a few things
 * are presented as CPython 3.14 has them: scope names ("lambda", "genexpr", a type-parameter scope named
 * after its def), annotation scopes' ".format" parameter, the __annotate__ scope CPython enters for every
 * def (pypyts makes one only when something is annotated), a generic def's ".defaults" parameter, and a
 * module's or class's annotation scope starting at its first annotation.
 */
interface View {
  name: string;
  type: number;
  lineno: number;
  nested: boolean;
  symbols: [string, number][];
  varnames: string[];
  children: View[];
}

const SCOPE_NAMES: Record<string, string> = {
  "<lambda>": "lambda",
  "<genexpr>": "genexpr",
  "<listcomp>": "listcomp",
  "<setcomp>": "setcomp",
  "<dictcomp>": "dictcomp",
};

function scopeName(name: string): string {
  if (name.startsWith("<generic parameters of ") && name.endsWith(">")) {
    return name.slice("<generic parameters of ".length, -1);
  }
  return SCOPE_NAMES[name] ?? name;
}

const FORMAT_SCOPES = new Set<BlockType>(["AnnotationBlock", "TypeAliasBlock", "TypeVariableBlock"]);
const LOCAL_SCOPE = 1 << PY.SCOPE_OFF, FREE_SCOPE = 4 << PY.SCOPE_OFF;

function isDef(ste: SymbolTableEntry): boolean {
  const t = (ste.node as { _type?: string })._type;
  return ste.type === "FunctionBlock" && (t === "FunctionDef" || t === "AsyncFunctionDef");
}

/**
 * The annotations of a module, class or function body (not looking into nested scopes): the line of the
 * first one, and whether one sits in a conditional block (if, loops, try, with, match).
 */
function annotations(body: unknown): { first: number; conditional: boolean } {
  const out = { first: -1, conditional: false };
  const walk = (b: unknown, cond: boolean) => {
    if (!Array.isArray(b)) return;
    for (const st of b as { _type: string; annotation?: { lineno: number } }[]) {
      if (st._type === "AnnAssign") {
        if (out.first < 0) out.first = st.annotation!.lineno;
        if (cond) out.conditional = true;
        continue;
      }
      if (st._type === "FunctionDef" || st._type === "AsyncFunctionDef" || st._type === "ClassDef") continue;
      const x = st as unknown as Record<string, unknown>;
      for (const field of ["body", "orelse", "finalbody"]) walk(x[field], true);
      for (const list of [x.handlers, x.cases]) {
        if (Array.isArray(list)) { for (const h of list) walk((h as { body: unknown }).body, true); }
      }
    }
  };
  walk(body, false);
  return out;
}

function view(ste: SymbolTableEntry, future: boolean): View {
  const symbols: [string, number][] = [];
  let varnames = ste.varnames.slice();
  const format = FORMAT_SCOPES.has(ste.type);
  for (const [name, flags] of ste.symbols) {
    let f = cpythonFlags(flags);
    let n = name;
    if (format && name === "format" && (flags & DEF_PARAM) !== 0) {
      n = ".format";
      f |= PY.USE;
    }
    symbols.push([n, f]);
  }
  if (format) varnames = varnames.map((v) => (v === "format" ? ".format" : v));
  if (ste.type === "TypeParametersBlock" && ste.children.some(isDef) && !ste.symbols.has(".defaults")) {
    symbols.unshift([".defaults", LOCAL_SCOPE | PY.DEF_PARAM]);
    varnames.unshift(".defaults");
  }
  // CPython notes that module-level (and conditional class-level) annotations may not all run
  const anns = annotations((ste.node as { body?: unknown }).body);
  const conditional = ste.type === "ModuleBlock"
    ? anns.first >= 0
    : ste.type === "ClassBlock" && anns.conditional;
  if (conditional && !ste.symbols.has("__conditional_annotations__")) {
    symbols.push(["__conditional_annotations__", (3 << PY.SCOPE_OFF) | PY.USE]);
  }
  let lineno = ste.lineno;
  if (ste.type === "AnnotationBlock" && ste.parent !== null && ste.parent.annotationBlock === ste) {
    const l = annotations((ste.parent.node as { body?: unknown }).body).first;
    if (l >= 0) lineno = l;
  }
  const children: View[] = [];
  // a function's own variable annotations get an (unevaluated, empty) annotation scope in CPython
  let localAnnotate = ste.type === "FunctionBlock" && isDef(ste) && !future ? anns.first : -1;
  for (const c of ste.children) {
    if (localAnnotate >= 0 && c.lineno >= localAnnotate) {
      children.push(syntheticAnnotate(ste, localAnnotate));
      localAnnotate = -1;
    }
    if (isDef(c) && c.annotationBlock === null && !future) children.push(syntheticAnnotate(ste, c.lineno));
    children.push(view(c, future));
  }
  if (localAnnotate >= 0) children.push(syntheticAnnotate(ste, localAnnotate));
  return {
    name: scopeName(ste.name),
    type: BLOCK_TYPES[ste.type],
    lineno,
    nested: ste.nested,
    symbols,
    varnames,
    children,
  };
}

/** The empty __annotate__ scope CPython 3.14 enters for a def without annotations (or a function's locals). */
function syntheticAnnotate(parent: SymbolTableEntry, lineno: number): View {
  const symbols: [string, number][] = [[".format", LOCAL_SCOPE | PY.DEF_PARAM | PY.USE]];
  if (parent.type === "ClassBlock" || parent.canSeeClassScope) {
    symbols.push(["__classdict__", FREE_SCOPE | PY.USE]);
  }
  return {
    name: "__annotate__",
    type: BLOCK_TYPES.AnnotationBlock,
    lineno,
    nested: parent.nested || parent.isFunctionLike(),
    symbols,
    varnames: [".format"],
    children: [],
  };
}

class PySTEntry extends PyObject {
  declare view: View;
  declare children: W | null;
  declare symbols: W | null;
  constructor(cls: PyType, v: View) {
    super();
    this.cls = cls;
    this.view = v;
    this.children = null;
    this.symbols = null;
  }
}

const steType: PyType = nativeType("_symtable", "symtable entry", objectType, { flags: 0 });
steType.module = "builtins";

/** One Python object per entry, so `children` of a table give the same objects every time. */
const wrappers = new WeakMap<View, PySTEntry>();
function wrap(v: View): PySTEntry {
  let w = wrappers.get(v);
  if (w === undefined) wrappers.set(v, w = new PySTEntry(steType, v));
  return w;
}

function entry(w: W): PySTEntry {
  if (!(w instanceof PySTEntry)) raiseTypeError("descriptor requires a 'symtable entry' object");
  return w;
}

defineGetSets(steType, [
  { name: "id", get: (s) => objectId(s) },
  { name: "name", get: (s) => newStr(entry(s).view.name) },
  { name: "type", get: (s) => entry(s).view.type },
  { name: "lineno", get: (s) => entry(s).view.lineno },
  { name: "nested", get: (s) => (entry(s).view.nested ? 1 : 0) },
  {
    name: "symbols",
    get: (s) => {
      const e = entry(s);
      if (e.symbols === null) {
        const d = newDict();
        for (const [name, flags] of e.view.symbols) d.setItem(newStr(name), flags);
        e.symbols = d;
      }
      return e.symbols;
    },
  },
  { name: "varnames", get: (s) => newList(entry(s).view.varnames.map((n) => newStr(n))) },
  {
    name: "children",
    get: (s) => {
      const e = entry(s);
      e.children ??= newList(e.view.children.map(wrap));
      return e.children;
    },
  },
]);
defineMethods(steType, [
  {
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => {
      const e = entry(a[0]);
      return newStr(`<symtable entry ${e.view.name}(${objectId(e)}), line ${e.view.lineno}>`);
    },
  },
]);

function sourceText(w: W): string {
  if (w instanceof PyStr) return w.value;
  const b = bytesLike(w);
  if (b === undefined) raiseTypeError("symtable() argument 'source' must be str, bytes or bytearray");
  return new TextDecoder().decode(b);
}

function symtable(a: W[]): W {
  const source = sourceText(a[0]);
  const fname = a[1] instanceof PyStr ? a[1].value : String(
    bytesLike(a[1]) !== undefined
      ? new TextDecoder().decode(bytesLike(a[1])!)
      : raiseTypeError(`expected str, bytes or os.PathLike object`),
  );
  const mode = a[2] instanceof PyStr ? a[2].value : raiseTypeError("symtable() argument 3 must be str");
  if (mode !== "exec" && mode !== "eval" && mode !== "single") {
    throw errorWithMessage("ValueError", "symtable() arg 3 must be 'exec' or 'eval' or 'single'");
  }
  let lines: string[] | null = null;
  const lineText = (n: number) => (lines ??= source.split(/\r\n|\r|\n/))[n - 1] ?? "";
  try {
    const mod = parse(source, fname, mode);
    const st = buildSymtable(mod, fname, parseFuture(mod, fname, lineText), lineText);
    return wrap(view(st.top, st.future.annotations));
  } catch (e) {
    if (e instanceof CompileError) throw syntaxErrorFrom(e);
    if (e instanceof RangeError) {
      throw errorWithMessage("RecursionError", "maximum recursion depth exceeded during compilation");
    }
    throw e;
  }
}

export const symtableModule: NativeModuleDef = {
  name: "_symtable",
  functions: [
    {
      name: "symtable",
      arity: [3, 3],
      doc: "Return symbol and scope dictionaries used internally by compiler.",
      impl: symtable,
    },
  ],
  values: () => ({
    USE: PY.USE,
    DEF_GLOBAL: PY.DEF_GLOBAL,
    DEF_NONLOCAL: PY.DEF_NONLOCAL,
    DEF_LOCAL: PY.DEF_LOCAL,
    DEF_PARAM: PY.DEF_PARAM,
    DEF_TYPE_PARAM: PY.DEF_TYPE_PARAM,
    DEF_FREE_CLASS: PY.DEF_FREE_CLASS,
    DEF_IMPORT: PY.DEF_IMPORT,
    DEF_BOUND: PY.DEF_LOCAL | PY.DEF_PARAM | PY.DEF_IMPORT,
    DEF_ANNOT: PY.DEF_ANNOT,
    DEF_COMP_ITER: PY.DEF_COMP_ITER,
    DEF_COMP_CELL: PY.DEF_COMP_CELL,
    TYPE_FUNCTION: 0,
    TYPE_CLASS: 1,
    TYPE_MODULE: 2,
    TYPE_ANNOTATION: 3,
    TYPE_TYPE_ALIAS: 4,
    TYPE_TYPE_PARAMETERS: 5,
    TYPE_TYPE_VARIABLE: 6,
    LOCAL: 1,
    GLOBAL_EXPLICIT: 2,
    GLOBAL_IMPLICIT: 3,
    FREE: 4,
    CELL: 5,
    SCOPE_OFF: PY.SCOPE_OFF,
    SCOPE_MASK: PY.SCOPE_MASK,
  }),
};
