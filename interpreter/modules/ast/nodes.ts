// The Python classes of the `_ast` module, generated from the front end's node table
// (interpreter/parser/ast.ts) as CPython's Python-ast.c generates them from Python.asdl: `AST` with
// __init__/__reduce__/__replace__/__repr__, one class per sum (`expr`, `stmt`, ...), per constructor and
// per product type, each with `_fields`, `__match_args__`, `_field_types`, `__doc__`, None defaults for
// optional fields and the `_attributes` of positioned nodes; the operator and context constructors
// (`Load`, `Add`, ...) have one shared instance that converted trees use. Classes are created on first
// use, not at startup.
import {
  ENUMS,
  fieldsOf,
  fieldSpec,
  hasPosition,
  type NodeKind,
  NODES,
  POSITIONED_BASES,
} from "../../parser/ast.ts";
import {
  attributeErrorFor,
  call,
  defineMethods,
  getAttrOrUndefined,
  intType,
  type Kwargs,
  listType,
  None,
  objectType,
  PyInstance,
  type PyObject,
  PyType,
  setAttr,
  strType,
  typeOf,
  type W,
} from "../../objects/model.ts";
import { newClass } from "../../objects/type.ts";
import { newStr, PyStr } from "../../objects/str.ts";
import { emptyTuple, newTuple, PyTuple, reprEnter, reprLeave } from "../../objects/tuple.ts";
import { newList, PyList } from "../../objects/list.ts";
import { dictFromPairs, PyDict } from "../../objects/dict.ts";
import { makeUnion, PyGenericAlias, PyUnion } from "../../objects/genericalias.ts";
import { iterateToArray, repr } from "../../objects/operations.ts";
import { raiseTypeError } from "../../vm/errors.ts";
import { warnDeprecation } from "./warn.ts";

export const ATTRIBUTES = ["lineno", "col_offset", "end_lineno", "end_col_offset"] as const;

/** Positioned types whose end_lineno/end_col_offset are optional (`int?`) in Python.asdl. */
export const OPTIONAL_END: ReadonlySet<string> = new Set([
  "stmt",
  "expr",
  "excepthandler",
  "arg",
  "keyword",
  "alias",
]);

/** CPython's compile() flags that concern the AST. */
export const PyCF = {
  ONLY_AST: 0x400,
  TYPE_COMMENTS: 0x1000,
  ALLOW_TOP_LEVEL_AWAIT: 0x2000,
  OPTIMIZED_AST: 0x8000 | 0x400,
} as const;

/** Field kinds, precomputed per node kind for the converters. */
export const enum FieldKind {
  Node,
  OptNode,
  NodeList,
  /** list whose items may be None (Dict.keys, arguments.kw_defaults) */
  OptNodeList,
  Enum,
  EnumList,
  Identifier,
  OptIdentifier,
  IdentifierList,
  Str,
  OptStr,
  Int,
  OptInt,
  Constant,
}

export interface FieldInfo {
  name: string;
  kind: FieldKind;
  /** the ASDL type name: a sum/product/enum name or a primitive */
  type: string;
}

function fieldInfo(spec: string, name: string): FieldInfo {
  const list = spec.endsWith("*");
  let t = list ? spec.slice(0, -1) : spec;
  const opt = t.endsWith("?");
  if (opt) t = t.slice(0, -1);
  let kind: FieldKind;
  if (t === "identifier") {
    kind = list ? FieldKind.IdentifierList : opt ? FieldKind.OptIdentifier : FieldKind.Identifier;
  } else if (t === "string") kind = opt ? FieldKind.OptStr : FieldKind.Str;
  else if (t === "int") kind = opt ? FieldKind.OptInt : FieldKind.Int;
  else if (t === "constant") kind = FieldKind.Constant;
  else if (t in ENUMS) kind = list ? FieldKind.EnumList : FieldKind.Enum;
  else {kind = list
      ? (opt ? FieldKind.OptNodeList : FieldKind.NodeList)
      : opt
      ? FieldKind.OptNode
      : FieldKind.Node;}
  return { name, kind, type: t };
}

/** Per node kind: its fields with their kinds, in CPython's order. */
export const FIELD_INFO: Record<NodeKind, FieldInfo[]> = Object.fromEntries(
  (Object.keys(NODES) as NodeKind[]).map((k) => [k, fieldsOf(k).map((f) => fieldInfo(fieldSpec(k, f), f))]),
) as Record<NodeKind, FieldInfo[]>;

/** The constructors of each sum (and the single "constructor" of each product), in ASDL order. */
export const CONSTRUCTORS: Record<string, string[]> = {};
for (const k of Object.keys(NODES) as NodeKind[]) (CONSTRUCTORS[NODES[k].base] ??= []).push(k);
for (const [e, names] of Object.entries(ENUMS)) CONSTRUCTORS[e] = [...names];

/** A product type is a table entry whose base is itself (arguments, arg, keyword, ...). */
export function isProduct(name: string): boolean {
  return name in NODES && NODES[name as NodeKind].base === name;
}

// Where 3.14's Python.asdl spells a field differently from our table (docstrings only).
const ASDL_SPELLING: Record<string, string> = { "arguments.kw_defaults": "expr*" };

function signature(kind: string): string {
  if (!(kind in NODES)) return kind;
  const fields = fieldsOf(kind as NodeKind);
  if (fields.length === 0) return kind;
  const parts = fields.map((f) => `${ASDL_SPELLING[`${kind}.${f}`] ?? fieldSpec(kind as NodeKind, f)} ${f}`);
  return `${kind}(${parts.join(", ")})`;
}

function sumDoc(sum: string): string {
  const cons = CONSTRUCTORS[sum];
  if (sum in ENUMS) return `${sum} = ${cons.join(" | ")}`;
  const pad = " ".repeat(sum.length + 1);
  return `${sum} = ` + cons.map(signature).join(`\n${pad}| `);
}

export interface AstState {
  AST: PyType;
  /** every class of the module by name */
  classes: Map<string, PyType>;
  /** the shared instance of each field-less enum constructor (Load, Add, ...) */
  singletons: Map<string, PyObject>;
  /** class → node kind / enum constructor name, for exact-type dispatch */
  kindOf: Map<PyType, string>;
  expr_context: PyType;
}

let state: AstState | null = null;

/** The `_ast` classes, created on first use. */
export function astState(): AstState {
  if (state === null) state = createState();
  return state;
}

/** Whether the classes exist yet (no object can be an AST node before). */
export function astStateIfCreated(): AstState | null {
  return state;
}

function strTuple(names: readonly string[]): PyTuple {
  return names.length === 0 ? emptyTuple : newTuple(names.map((n) => newStr(n)));
}

function createState(): AstState {
  const classes = new Map<string, PyType>();
  const ns = new Map<string, W>([
    ["_fields", emptyTuple],
    ["__match_args__", emptyTuple],
    ["_attributes", emptyTuple],
    ["__module__", newStr("ast")],
    ["__doc__", None],
  ]);
  const AST = newClass("AST", [objectType], ns, "ast");
  defineMethods(AST, AST_METHODS);
  classes.set("AST", AST);

  const make = (name: string, base: PyType, fields: readonly string[], doc: string): PyType => {
    const names = strTuple(fields);
    const t = newClass(
      name,
      [base],
      new Map<string, W>([
        ["_fields", names],
        ["__match_args__", names],
        ["__module__", newStr("ast")],
        ["__doc__", newStr(doc)],
      ]),
      "ast",
    );
    classes.set(name, t);
    return t;
  };
  const positioned = new Set<string>(POSITIONED_BASES);
  const addAttributes = (t: PyType, name: string) => {
    if (positioned.has(name)) {
      t.setDictEntry("_attributes", strTuple(ATTRIBUTES));
      if (OPTIONAL_END.has(name)) {
        t.setDictEntry("end_lineno", None);
        t.setDictEntry("end_col_offset", None);
      }
    } else t.setDictEntry("_attributes", emptyTuple);
  };

  // Sums first (their constructors need them), then constructors and products.
  const sums = Object.keys(CONSTRUCTORS).filter((s) => !isProduct(s));
  for (const s of sums) addAttributes(make(s, AST, [], sumDoc(s)), s);
  const singletons = new Map<string, PyObject>();
  for (const [e, cons] of Object.entries(ENUMS)) {
    for (const c of cons) {
      const t = make(c, classes.get(e)!, [], c);
      singletons.set(c, t.factory(t));
    }
  }
  for (const k of Object.keys(NODES) as NodeKind[]) {
    const base = NODES[k].base;
    const t = make(k, isProduct(k) ? AST : classes.get(base)!, fieldsOf(k), signature(k));
    if (isProduct(k)) addAttributes(t, k);
    for (const f of FIELD_INFO[k]) {
      if (
        f.kind === FieldKind.OptNode || f.kind === FieldKind.OptIdentifier || f.kind === FieldKind.OptStr ||
        f.kind === FieldKind.OptInt
      ) {
        t.setDictEntry(f.name, None);
      }
    }
  }
  // _field_types (and __annotations__, the same dict) need every class to exist.
  for (const k of Object.keys(NODES) as NodeKind[]) {
    const pairs: [W, W][] = FIELD_INFO[k].map((f) => [newStr(f.name), fieldType(f, classes)]);
    const d = dictFromPairs(pairs);
    const t = classes.get(k)!;
    t.setDictEntry("_field_types", d);
    t.setDictEntry("__annotations__", d);
  }
  const kindOf = new Map<PyType, string>();
  for (const [name, t] of classes) kindOf.set(t, name);
  return { AST, classes, singletons, kindOf, expr_context: classes.get("expr_context")! };
}

function fieldType(f: FieldInfo, classes: Map<string, PyType>): W {
  const base: W = f.type === "identifier" || f.type === "string"
    ? strType
    : f.type === "int"
    ? intType
    : f.type === "constant"
    ? objectType
    : classes.get(f.type)!;
  switch (f.kind) {
    case FieldKind.NodeList:
    case FieldKind.OptNodeList:
    case FieldKind.EnumList:
    case FieldKind.IdentifierList:
      return new PyGenericAlias(listType, [base]);
    case FieldKind.OptNode:
    case FieldKind.OptIdentifier:
    case FieldKind.OptStr:
    case FieldKind.OptInt:
      return makeUnion(base, None);
    default:
      return base;
  }
}

// ---- AST's methods -------------------------------------------------------------------------------

function typeName(self: W): string {
  return typeOf(self).name;
}

function namesOf(t: PyType, attr: string): string[] | null {
  const v = getAttrOrUndefined(t, attr);
  if (v === undefined) return null;
  return iterateToArray(v).map((x) => (x instanceof PyStr ? x.value : repr(x)));
}

/** AST.__init__: positional args fill `_fields` in order, keywords by name; omitted list fields become
 * [], omitted expr_context fields Load(), optional ones keep the class's None (CPython 3.14). */
function astInit(args: W[], kwargs: Kwargs | null): W {
  const self = args[0];
  const t = typeOf(self);
  const fields = namesOf(t, "_fields");
  const numfields = fields === null ? 0 : fields.length;
  const npos = args.length - 1;
  if (numfields < npos) {
    raiseTypeError(
      `${t.name} constructor takes at most ${numfields} positional argument${numfields === 1 ? "" : "s"}`,
    );
  }
  const remaining = new Set(fields ?? []);
  for (let i = 0; i < npos; i++) {
    setAttr(self, fields![i], args[i + 1]);
    remaining.delete(fields![i]);
  }
  if (kwargs !== null) {
    for (let i = 0; i < kwargs.names.length; i++) {
      const key = kwargs.names[i];
      if (fields !== null && fields.includes(key)) {
        if (!remaining.delete(key)) raiseTypeError(`${t.name} got multiple values for argument '${key}'`);
      } else if (!(ATTRIBUTES as readonly string[]).includes(key)) {
        warnDeprecation(
          `${t.name}.__init__ got an unexpected keyword argument '${key}'. ` +
            "Support for arbitrary keyword arguments is deprecated and will be removed in Python 3.15.",
        );
      }
      setAttr(self, key, kwargs.values[i]);
    }
  }
  if (remaining.size === 0) return None;
  const fieldTypes = getAttrOrUndefined(t, "_field_types");
  // a user subclass without _field_types: omitted fields simply stay unset (3.14 no longer warns)
  if (fieldTypes === undefined) return None;
  const st = astState();
  for (const name of remaining) {
    const ft = fieldTypes instanceof PyDict ? fieldTypes.getStr(name) : undefined;
    if (ft === undefined) {
      // (ast_type_init names the field by its repr: a bytes name shows as b'...')
      const raw = iterateToArray(getAttrOrUndefined(t, "_fields") ?? emptyTuple)
        .find((x) => (x instanceof PyStr ? x.value : repr(x)) === name);
      warnDeprecation(
        `Field ${repr(raw ?? newStr(name))} is missing from ${t.name}._field_types. ` +
          "This will become an error in Python 3.15.",
      );
      continue;
    }
    if (ft instanceof PyUnion) continue;
    if (ft instanceof PyGenericAlias) setAttr(self, name, newList([]));
    else if (ft === st.expr_context) setAttr(self, name, st.singletons.get("Load")!);
    else {
      warnDeprecation(
        `${t.name}.__init__ missing 1 required positional argument: '${name}'. ` +
          "This will become an error in Python 3.15.",
      );
    }
  }
  return None;
}

function instanceDict(self: W): PyDict | null {
  const d = getAttrOrUndefined(self, "__dict__");
  return d instanceof PyDict ? d : null;
}

/** AST.__reduce__ (3.14): None placeholders for the leading fields present, then the whole __dict__. */
function astReduce(args: W[]): W {
  const self = args[0];
  const t = typeOf(self);
  const d = instanceDict(self);
  if (d === null) return newTuple([t, emptyTuple]);
  const fields = namesOf(t, "_fields");
  const pos: W[] = [];
  if (fields !== null) {
    for (const f of fields) {
      if (d.getStr(f) === undefined) break;
      pos.push(None);
    }
  }
  const copy = dictFromPairs(d.keysArray().map((k) => [k, d.getItem(k)!] as [W, W]));
  return newTuple([t, newTuple(pos), copy]);
}

/** AST.__replace__ (3.14, copy.replace): a new node of the same type with some fields changed. */
function astReplace(args: W[], kwargs: Kwargs | null): W {
  const self = args[0];
  if (args.length > 1) raiseTypeError("__replace__() takes no positional arguments");
  const t = typeOf(self);
  const fields = namesOf(t, "_fields") ?? [];
  const attributes = namesOf(t, "_attributes") ?? [];
  const allowed = new Set([...fields, ...attributes]);
  if (kwargs !== null) {
    for (const k of kwargs.names) {
      if (!allowed.has(k)) raiseTypeError(`${t.name}.__replace__ got an unexpected keyword argument '${k}'.`);
    }
  }
  const names: string[] = [];
  const values: W[] = [];
  const put = (k: string, v: W) => {
    const i = names.indexOf(k);
    if (i >= 0) values[i] = v;
    else {
      names.push(k);
      values.push(v);
    }
  };
  for (const f of [...fields, ...attributes]) {
    const v = getAttrOrUndefined(self, f);
    if (v !== undefined) put(f, v);
  }
  if (kwargs !== null) {
    for (let i = 0; i < kwargs.names.length; i++) {
      put(kwargs.names[i], kwargs.values[i]);
    }
  }
  const fieldTypes = getAttrOrUndefined(t, "_field_types");
  const st = astState();
  const missing: string[] = [];
  for (const f of fields) {
    if (names.includes(f)) continue;
    const ft = fieldTypes instanceof PyDict ? fieldTypes.getStr(f) : undefined;
    if (ft instanceof PyUnion || ft instanceof PyGenericAlias || ft === st.expr_context) continue;
    missing.push(f);
  }
  if (missing.length > 0) {
    raiseTypeError(
      `${t.name}.__replace__ missing ${missing.length} keyword argument${missing.length === 1 ? "" : "s"}: ${
        missing.map((m) => `'${m}'`).join(", ")
      }.`,
    );
  }
  return call(t, [], { names, values });
}

function reprList(seq: W[], isList: boolean, depth: number, AST: PyType): string {
  if (seq.length === 0) return isList ? "[]" : "()";
  const item = (w: W) => typeOf(w).isSubtypeOf(AST) ? reprDepth(w, depth - 1, AST) : repr(w);
  let s = item(seq[0]);
  if (seq.length > 2) s += ", ...";
  if (seq.length > 1) s += ", " + item(seq[seq.length - 1]);
  return isList ? `[${s}]` : `(${s})`;
}

function reprDepth(self: W, depth: number, AST: PyType): string {
  // tp_name: "ast.AST" for the base (a static-spec type), the bare name for the generated classes
  const name = typeOf(self) === AST ? "ast.AST" : typeName(self);
  if (depth === 0) return `${name}(...)`;
  if (!reprEnter(self)) return `${name}(...)`;
  try {
    const fields = namesOf(typeOf(self), "_fields") ?? [];
    if (fields.length === 0) return `${name}()`;
    const parts: string[] = [];
    for (const f of fields) {
      const v = getAttrOrUndefined(self, f);
      if (v === undefined) throw attributeErrorFor(self, f);
      let s: string;
      if (v instanceof PyList) s = reprList(v.items, true, depth, AST);
      else if (v instanceof PyTuple) s = reprList(v.items, false, depth, AST);
      else if (typeOf(v).isSubtypeOf(AST)) s = reprDepth(v, depth - 1, AST);
      else s = repr(v);
      parts.push(`${f}=${s}`);
    }
    return `${name}(${parts.join(", ")})`;
  } finally {
    reprLeave(self);
  }
}

const AST_METHODS = [
  {
    name: "__init__",
    arity: [0, -1] as [number, number],
    kw: ["**"],
    impl: astInit,
    doc: "Initialize self.  See help(type(self)) for accurate signature.",
  },
  { name: "__reduce__", arity: [0, 0] as [number, number], impl: astReduce },
  {
    name: "__replace__",
    arity: [0, -1] as [number, number],
    kw: ["**"],
    impl: astReplace,
    doc: "Return a copy of the AST node with new values for the specified fields.",
  },
  {
    name: "__repr__",
    arity: [0, 0] as [number, number],
    impl: (a: W[]) => newStr(reprDepth(a[0], 3, astState().AST)),
  },
];

/** New instance of a node class (no __init__), as ast2obj makes them. */
export function bareInstance(t: PyType): PyInstance {
  return t.factory(t) as PyInstance;
}

export { hasPosition };
