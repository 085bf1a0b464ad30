// The Python 3.14 AST, declared once as data. Node names, field names and field order are CPython's
// (Parser/Python.asdl); everything else (types for the parser and compiler, ast.dump, the future
// `_ast` module) is derived from this table, so a field is never spelled twice.
//
// Field type notation: `T` required, `T?` optional (null when absent), `T*` list.
// Primitive types: identifier/string (JS string), int (JS number), constant (ConstantValue).

/** Node kinds that carry (lineno, col_offset, end_lineno, end_col_offset). */
export const POSITIONED_BASES = [
  "stmt",
  "expr",
  "excepthandler",
  "arg",
  "keyword",
  "alias",
  "pattern",
  "type_param",
] as const;

export const NODES = {
  // mod
  Module: { base: "mod", fields: { body: "stmt*", type_ignores: "type_ignore*" } },
  Interactive: { base: "mod", fields: { body: "stmt*" } },
  Expression: { base: "mod", fields: { body: "expr" } },
  FunctionType: { base: "mod", fields: { argtypes: "expr*", returns: "expr" } },

  // stmt
  FunctionDef: {
    base: "stmt",
    fields: {
      name: "identifier",
      args: "arguments",
      body: "stmt*",
      decorator_list: "expr*",
      returns: "expr?",
      type_comment: "string?",
      type_params: "type_param*",
    },
  },
  AsyncFunctionDef: {
    base: "stmt",
    fields: {
      name: "identifier",
      args: "arguments",
      body: "stmt*",
      decorator_list: "expr*",
      returns: "expr?",
      type_comment: "string?",
      type_params: "type_param*",
    },
  },
  ClassDef: {
    base: "stmt",
    fields: {
      name: "identifier",
      bases: "expr*",
      keywords: "keyword*",
      body: "stmt*",
      decorator_list: "expr*",
      type_params: "type_param*",
    },
  },
  Return: { base: "stmt", fields: { value: "expr?" } },
  Delete: { base: "stmt", fields: { targets: "expr*" } },
  Assign: { base: "stmt", fields: { targets: "expr*", value: "expr", type_comment: "string?" } },
  TypeAlias: { base: "stmt", fields: { name: "expr", type_params: "type_param*", value: "expr" } },
  AugAssign: { base: "stmt", fields: { target: "expr", op: "operator", value: "expr" } },
  AnnAssign: { base: "stmt", fields: { target: "expr", annotation: "expr", value: "expr?", simple: "int" } },
  For: {
    base: "stmt",
    fields: { target: "expr", iter: "expr", body: "stmt*", orelse: "stmt*", type_comment: "string?" },
  },
  AsyncFor: {
    base: "stmt",
    fields: { target: "expr", iter: "expr", body: "stmt*", orelse: "stmt*", type_comment: "string?" },
  },
  While: { base: "stmt", fields: { test: "expr", body: "stmt*", orelse: "stmt*" } },
  If: { base: "stmt", fields: { test: "expr", body: "stmt*", orelse: "stmt*" } },
  With: { base: "stmt", fields: { items: "withitem*", body: "stmt*", type_comment: "string?" } },
  AsyncWith: { base: "stmt", fields: { items: "withitem*", body: "stmt*", type_comment: "string?" } },
  Match: { base: "stmt", fields: { subject: "expr", cases: "match_case*" } },
  Raise: { base: "stmt", fields: { exc: "expr?", cause: "expr?" } },
  Try: {
    base: "stmt",
    fields: { body: "stmt*", handlers: "excepthandler*", orelse: "stmt*", finalbody: "stmt*" },
  },
  TryStar: {
    base: "stmt",
    fields: { body: "stmt*", handlers: "excepthandler*", orelse: "stmt*", finalbody: "stmt*" },
  },
  Assert: { base: "stmt", fields: { test: "expr", msg: "expr?" } },
  Import: { base: "stmt", fields: { names: "alias*" } },
  ImportFrom: { base: "stmt", fields: { module: "identifier?", names: "alias*", level: "int?" } },
  Global: { base: "stmt", fields: { names: "identifier*" } },
  Nonlocal: { base: "stmt", fields: { names: "identifier*" } },
  Expr: { base: "stmt", fields: { value: "expr" } },
  Pass: { base: "stmt", fields: {} },
  Break: { base: "stmt", fields: {} },
  Continue: { base: "stmt", fields: {} },

  // expr
  BoolOp: { base: "expr", fields: { op: "boolop", values: "expr*" } },
  NamedExpr: { base: "expr", fields: { target: "expr", value: "expr" } },
  BinOp: { base: "expr", fields: { left: "expr", op: "operator", right: "expr" } },
  UnaryOp: { base: "expr", fields: { op: "unaryop", operand: "expr" } },
  Lambda: { base: "expr", fields: { args: "arguments", body: "expr" } },
  IfExp: { base: "expr", fields: { test: "expr", body: "expr", orelse: "expr" } },
  // keys holds null for a `**mapping` entry
  Dict: { base: "expr", fields: { keys: "expr?*", values: "expr*" } },
  Set: { base: "expr", fields: { elts: "expr*" } },
  ListComp: { base: "expr", fields: { elt: "expr", generators: "comprehension*" } },
  SetComp: { base: "expr", fields: { elt: "expr", generators: "comprehension*" } },
  DictComp: { base: "expr", fields: { key: "expr", value: "expr", generators: "comprehension*" } },
  GeneratorExp: { base: "expr", fields: { elt: "expr", generators: "comprehension*" } },
  Await: { base: "expr", fields: { value: "expr" } },
  Yield: { base: "expr", fields: { value: "expr?" } },
  YieldFrom: { base: "expr", fields: { value: "expr" } },
  Compare: { base: "expr", fields: { left: "expr", ops: "cmpop*", comparators: "expr*" } },
  Call: { base: "expr", fields: { func: "expr", args: "expr*", keywords: "keyword*" } },
  FormattedValue: { base: "expr", fields: { value: "expr", conversion: "int", format_spec: "expr?" } },
  Interpolation: {
    base: "expr",
    fields: { value: "expr", str: "constant", conversion: "int", format_spec: "expr?" },
  },
  JoinedStr: { base: "expr", fields: { values: "expr*" } },
  TemplateStr: { base: "expr", fields: { values: "expr*" } },
  Constant: { base: "expr", fields: { value: "constant", kind: "string?" } },
  Attribute: { base: "expr", fields: { value: "expr", attr: "identifier", ctx: "expr_context" } },
  Subscript: { base: "expr", fields: { value: "expr", slice: "expr", ctx: "expr_context" } },
  Starred: { base: "expr", fields: { value: "expr", ctx: "expr_context" } },
  Name: { base: "expr", fields: { id: "identifier", ctx: "expr_context" } },
  List: { base: "expr", fields: { elts: "expr*", ctx: "expr_context" } },
  Tuple: { base: "expr", fields: { elts: "expr*", ctx: "expr_context" } },
  Slice: { base: "expr", fields: { lower: "expr?", upper: "expr?", step: "expr?" } },

  // product types and the smaller sums
  comprehension: {
    base: "comprehension",
    fields: { target: "expr", iter: "expr", ifs: "expr*", is_async: "int" },
  },
  ExceptHandler: {
    base: "excepthandler",
    fields: { type: "expr?", name: "identifier?", body: "stmt*" },
  },
  arguments: {
    base: "arguments",
    fields: {
      posonlyargs: "arg*",
      args: "arg*",
      vararg: "arg?",
      kwonlyargs: "arg*",
      // kw_defaults holds null for a keyword-only argument without a default
      kw_defaults: "expr?*",
      kwarg: "arg?",
      defaults: "expr*",
    },
  },
  arg: { base: "arg", fields: { arg: "identifier", annotation: "expr?", type_comment: "string?" } },
  keyword: { base: "keyword", fields: { arg: "identifier?", value: "expr" } },
  alias: { base: "alias", fields: { name: "identifier", asname: "identifier?" } },
  withitem: { base: "withitem", fields: { context_expr: "expr", optional_vars: "expr?" } },
  match_case: { base: "match_case", fields: { pattern: "pattern", guard: "expr?", body: "stmt*" } },

  // pattern
  MatchValue: { base: "pattern", fields: { value: "expr" } },
  MatchSingleton: { base: "pattern", fields: { value: "constant" } },
  MatchSequence: { base: "pattern", fields: { patterns: "pattern*" } },
  MatchMapping: { base: "pattern", fields: { keys: "expr*", patterns: "pattern*", rest: "identifier?" } },
  MatchClass: {
    base: "pattern",
    fields: { cls: "expr", patterns: "pattern*", kwd_attrs: "identifier*", kwd_patterns: "pattern*" },
  },
  MatchStar: { base: "pattern", fields: { name: "identifier?" } },
  MatchAs: { base: "pattern", fields: { pattern: "pattern?", name: "identifier?" } },
  MatchOr: { base: "pattern", fields: { patterns: "pattern*" } },

  TypeIgnore: { base: "type_ignore", fields: { lineno: "int", tag: "string" } },

  // type_param
  TypeVar: { base: "type_param", fields: { name: "identifier", bound: "expr?", default_value: "expr?" } },
  ParamSpec: { base: "type_param", fields: { name: "identifier", default_value: "expr?" } },
  TypeVarTuple: { base: "type_param", fields: { name: "identifier", default_value: "expr?" } },
} as const;

/** Sums whose constructors have no fields: represented as the constructor name (a string). */
export const ENUMS = {
  expr_context: ["Load", "Store", "Del"],
  boolop: ["And", "Or"],
  operator: [
    "Add",
    "Sub",
    "Mult",
    "MatMult",
    "Div",
    "Mod",
    "Pow",
    "LShift",
    "RShift",
    "BitOr",
    "BitXor",
    "BitAnd",
    "FloorDiv",
  ],
  unaryop: ["Invert", "Not", "UAdd", "USub"],
  cmpop: ["Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"],
} as const;

// ---- constant values ----------------------------------------------------------------------------

/** The `...` literal. */
export class EllipsisLit {
  static readonly instance = new EllipsisLit();
  private constructor() {}
}

/** An imaginary literal such as `3j` (real part is always 0 in source). */
export class ComplexLit {
  constructor(readonly real: number, readonly imag: number) {}
}

/**
 * Values a Constant node can hold. int is always a bigint here (the AST does not care about
 * machine sizes); float is a JS number; str a JS string (UTF-16, lone surrogates allowed);
 * bytes a Uint8Array; None is null. Tuples and frozensets appear only after constant folding.
 */
export type ConstantValue =
  | null
  | boolean
  | bigint
  | number
  | string
  | Uint8Array
  | EllipsisLit
  | ComplexLit
  | ConstantTuple
  | ConstantFrozenset;

export class ConstantTuple {
  constructor(readonly items: ConstantValue[]) {}
}
export class ConstantFrozenset {
  constructor(readonly items: ConstantValue[]) {}
}

// ---- types derived from the table ---------------------------------------------------------------

type Table = typeof NODES;
export type NodeKind = keyof Table;
export type EnumName = keyof typeof ENUMS;
type Base = Table[NodeKind]["base"];

interface Primitives {
  identifier: string;
  string: string;
  int: number;
  constant: ConstantValue;
}

export interface Position {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

type KindsOfBase<B extends string> = { [K in NodeKind]: Table[K]["base"] extends B ? K : never }[NodeKind];

type FieldType<S extends string> = S extends `${infer T}*` ? FieldType<T>[]
  : S extends `${infer T}?` ? FieldType<T> | null
  : S extends keyof Primitives ? Primitives[S]
  : S extends EnumName ? (typeof ENUMS)[S][number]
  : S extends Base ? NodeOfBase<S>
  : never;

type Fields<K extends NodeKind> = {
  -readonly [F in keyof Table[K]["fields"]]: FieldType<Table[K]["fields"][F] & string>;
};

type PositionOf<K extends NodeKind> = Table[K]["base"] extends (typeof POSITIONED_BASES)[number] ? Position
  : unknown;

/** The node with constructor K: `{ _type: K, ...fields, ...positions }`. */
export type Node<K extends NodeKind = NodeKind> = K extends NodeKind
  ? { _type: K } & Fields<K> & PositionOf<K>
  : never;

export type NodeOfBase<B extends string> = Node<KindsOfBase<B>>;

export type Mod = NodeOfBase<"mod">;
export type Stmt = NodeOfBase<"stmt">;
export type Expr = NodeOfBase<"expr">;
export type Pattern = NodeOfBase<"pattern">;
export type TypeParam = NodeOfBase<"type_param">;
export type ExceptHandler = Node<"ExceptHandler">;
export type Arguments = Node<"arguments">;
export type Arg = Node<"arg">;
export type Keyword = Node<"keyword">;
export type Alias = Node<"alias">;
export type WithItem = Node<"withitem">;
export type MatchCase = Node<"match_case">;
export type Comprehension = Node<"comprehension">;
export type ExprContext = (typeof ENUMS)["expr_context"][number];
export type BoolOpKind = (typeof ENUMS)["boolop"][number];
export type OperatorKind = (typeof ENUMS)["operator"][number];
export type UnaryOpKind = (typeof ENUMS)["unaryop"][number];
export type CmpOpKind = (typeof ENUMS)["cmpop"][number];

// ---- runtime helpers driven by the table --------------------------------------------------------

/** Field names of a node kind, in CPython's order. */
export function fieldsOf(kind: NodeKind): readonly string[] {
  return FIELD_NAMES[kind];
}

/** Field type spec ("expr*", "identifier?", ...) for a node kind's field. */
export function fieldSpec(kind: NodeKind, field: string): string {
  return (NODES[kind].fields as Record<string, string>)[field];
}

export function hasPosition(kind: NodeKind): boolean {
  return (POSITIONED_BASES as readonly string[]).includes(NODES[kind].base);
}

export const ATTRIBUTE_NAMES = ["lineno", "col_offset", "end_lineno", "end_col_offset"] as const;

const FIELD_NAMES = Object.fromEntries(
  Object.entries(NODES).map(([k, v]) => [k, Object.keys(v.fields)]),
) as unknown as Record<NodeKind, readonly string[]>;
