// The checks CPython's PyAST_Validate (Python/ast.c) makes on a tree built from Python objects before
// compiling it: expression contexts, non-empty bodies and target lists, matching list lengths, names that
// cannot be None/True/False. Trees from the parser always pass.
import {
  type Arguments,
  ComplexLit,
  type Expr,
  type ExprContext,
  type Mod,
  type Stmt,
} from "../../parser/ast.ts";
import { raiseTypeError, raiseValueError } from "../../vm/errors.ts";

// deno-lint-ignore no-explicit-any
type N = any;

export function validateMod(mod: Mod): void {
  switch (mod._type) {
    case "Module":
    case "Interactive":
      stmts(mod.body);
      return;
    case "Expression":
      expr(mod.body, "Load");
      return;
    case "FunctionType":
      exprs(mod.argtypes, "Load", false);
      expr(mod.returns, "Load");
      return;
  }
}

function nonempty(seq: unknown[], what: string, owner: string): void {
  if (seq.length === 0) raiseValueError(`empty ${what} on ${owner}`);
}

function stmts(seq: (Stmt | null)[]): void {
  for (const s of seq) {
    if (s === null) raiseValueError("None disallowed in statement list");
    stmt(s);
  }
}

function body(seq: Stmt[], owner: string): void {
  nonempty(seq, "body", owner);
  stmts(seq);
}

function exprs(seq: (Expr | null)[], ctx: ExprContext, nullOk: boolean): void {
  for (const e of seq) {
    if (e === null) {
      if (!nullOk) raiseValueError("None disallowed in expression list");
      continue;
    }
    expr(e, ctx);
  }
}

function name(id: string): void {
  if (id === "None" || id === "True" || id === "False") {
    raiseValueError(`identifier field can't represent '${id}' constant`);
  }
}

function args(list: N[]): void {
  for (const a of list) if (a.annotation) expr(a.annotation, "Load");
}

function argumentsOf(a: Arguments): void {
  args(a.posonlyargs);
  args(a.args);
  if (a.vararg?.annotation) expr(a.vararg.annotation, "Load");
  args(a.kwonlyargs);
  if (a.kwarg?.annotation) expr(a.kwarg.annotation, "Load");
  if (a.defaults.length > a.posonlyargs.length + a.args.length) {
    raiseValueError("more positional defaults than args on arguments");
  }
  if (a.kw_defaults.length !== a.kwonlyargs.length) {
    raiseValueError("length of kwonlyargs is not the same as kw_defaults on arguments");
  }
  exprs(a.defaults, "Load", false);
  exprs(a.kw_defaults, "Load", true);
}

function comprehension(gens: N[]): void {
  if (gens.length === 0) raiseValueError("comprehension with no generators");
  for (const g of gens) {
    expr(g.target, "Store");
    expr(g.iter, "Load");
    exprs(g.ifs, "Load", false);
  }
}

function keywords(kws: N[]): void {
  for (const k of kws) expr(k.value, "Load");
}

function typeParams(tps: N[]): void {
  for (const tp of tps) {
    name(tp.name);
    if (tp.bound) expr(tp.bound, "Load");
    if (tp.default_value) expr(tp.default_value, "Load");
  }
}

const CTX_KINDS = new Set(["Attribute", "Subscript", "Starred", "Name", "List", "Tuple"]);

function expr(e: N, ctx: ExprContext): void {
  positions(e);
  if (CTX_KINDS.has(e._type)) {
    if (e.ctx !== ctx) raiseValueError(`expression must have ${ctx} context but has ${e.ctx} instead`);
  } else if (ctx !== "Load") {
    raiseValueError(`expression which can't be assigned to in ${ctx} context`);
  }
  switch (e._type) {
    case "BoolOp":
      if (e.values.length < 2) raiseValueError("BoolOp with less than 2 values");
      return exprs(e.values, "Load", false);
    case "BinOp":
      expr(e.left, "Load");
      return expr(e.right, "Load");
    case "UnaryOp":
      return expr(e.operand, "Load");
    case "Lambda":
      argumentsOf(e.args);
      return expr(e.body, "Load");
    case "IfExp":
      expr(e.test, "Load");
      expr(e.body, "Load");
      return expr(e.orelse, "Load");
    case "Dict":
      if (e.keys.length !== e.values.length) {
        raiseValueError("Dict doesn't have the same number of keys as values");
      }
      exprs(e.keys, "Load", true);
      return exprs(e.values, "Load", false);
    case "Set":
      return exprs(e.elts, "Load", false);
    case "ListComp":
    case "SetComp":
    case "GeneratorExp":
      comprehension(e.generators);
      return expr(e.elt, "Load");
    case "DictComp":
      comprehension(e.generators);
      expr(e.key, "Load");
      return expr(e.value, "Load");
    case "Yield":
      if (e.value) expr(e.value, "Load");
      return;
    case "YieldFrom":
    case "Await":
      return expr(e.value, "Load");
    case "Compare":
      if (e.comparators.length === 0) raiseValueError("Compare with no comparators");
      if (e.comparators.length !== e.ops.length) {
        raiseValueError("Compare has a different number of comparators and operands");
      }
      exprs(e.comparators, "Load", false);
      return expr(e.left, "Load");
    case "Call":
      expr(e.func, "Load");
      exprs(e.args, "Load", false);
      return keywords(e.keywords);
    case "JoinedStr":
    case "TemplateStr":
      return exprs(e.values, "Load", false);
    case "FormattedValue":
    case "Interpolation":
      expr(e.value, "Load");
      if (e.format_spec) expr(e.format_spec, "Load");
      return;
    case "Attribute":
      return expr(e.value, "Load");
    case "Subscript":
      expr(e.slice, "Load");
      return expr(e.value, "Load");
    case "Starred":
      return expr(e.value, ctx);
    case "Slice":
      if (e.lower) expr(e.lower, "Load");
      if (e.upper) expr(e.upper, "Load");
      if (e.step) expr(e.step, "Load");
      return;
    case "List":
    case "Tuple":
      return exprs(e.elts, ctx, false);
    case "NamedExpr":
      if (e.target._type !== "Name") raiseTypeError("NamedExpr target must be a Name");
      return expr(e.value, "Load");
    case "Name":
      return name(e.id);
  }
}

function withItems(items: N[], owner: string): void {
  nonempty(items, "items", owner);
  for (const it of items) {
    expr(it.context_expr, "Load");
    if (it.optional_vars) expr(it.optional_vars, "Store");
  }
}

/** CPython's VALIDATE_POSITIONS, for statements and expressions. */
function positions(n: N): void {
  const { lineno, end_lineno, col_offset, end_col_offset } = n;
  if (lineno > end_lineno) raiseValueError(`AST node line range (${lineno}, ${end_lineno}) is not valid`);
  if ((lineno < 0 && end_lineno !== lineno) || (col_offset < 0 && col_offset !== end_col_offset)) {
    raiseValueError(
      `AST node column range (${col_offset}, ${end_col_offset}) for line range (${lineno}, ${end_lineno}) is not valid`,
    );
  }
  if (lineno === end_lineno && col_offset > end_col_offset) {
    raiseValueError(`line ${lineno}, column ${col_offset}-${end_col_offset} is not a valid range`);
  }
}

function stmt(s: N): void {
  positions(s);
  switch (s._type) {
    case "FunctionDef":
    case "AsyncFunctionDef":
      body(s.body, s._type);
      typeParams(s.type_params);
      argumentsOf(s.args);
      exprs(s.decorator_list, "Load", false);
      if (s.returns) expr(s.returns, "Load");
      return;
    case "ClassDef":
      body(s.body, "ClassDef");
      typeParams(s.type_params);
      exprs(s.bases, "Load", false);
      keywords(s.keywords);
      return exprs(s.decorator_list, "Load", false);
    case "Return":
      if (s.value) expr(s.value, "Load");
      return;
    case "Delete":
      nonempty(s.targets, "targets", "Delete");
      return exprs(s.targets, "Del", false);
    case "Assign":
      nonempty(s.targets, "targets", "Assign");
      exprs(s.targets, "Store", false);
      return expr(s.value, "Load");
    case "AugAssign":
      expr(s.target, "Store");
      return expr(s.value, "Load");
    case "AnnAssign":
      if (s.target._type !== "Name" && s.simple) raiseTypeError("AnnAssign with simple non-Name target");
      expr(s.target, "Store");
      if (s.value) expr(s.value, "Load");
      return expr(s.annotation, "Load");
    case "TypeAlias":
      if (s.name._type !== "Name") raiseTypeError("TypeAlias with non-Name name");
      expr(s.name, "Store");
      typeParams(s.type_params);
      return expr(s.value, "Load");
    case "For":
    case "AsyncFor":
      expr(s.target, "Store");
      expr(s.iter, "Load");
      body(s.body, s._type);
      return stmts(s.orelse);
    case "While":
    case "If":
      expr(s.test, "Load");
      body(s.body, s._type);
      return stmts(s.orelse);
    case "With":
    case "AsyncWith":
      withItems(s.items, s._type);
      return body(s.body, s._type);
    case "Match":
      expr(s.subject, "Load");
      nonempty(s.cases, "cases", "Match");
      for (const c of s.cases) {
        pattern(c.pattern, false);
        if (c.guard) expr(c.guard, "Load");
        body(c.body, "match_case");
      }
      return;
    case "Raise":
      if (s.exc) {
        expr(s.exc, "Load");
        if (s.cause) expr(s.cause, "Load");
      } else if (s.cause) raiseValueError("Raise with cause but no exception");
      return;
    case "Try":
    case "TryStar":
      body(s.body, s._type);
      if (s.handlers.length === 0 && s.finalbody.length === 0) {
        raiseValueError(`${s._type} has neither except handlers nor finalbody`);
      }
      if (s.handlers.length === 0 && s.orelse.length > 0) {
        raiseValueError(`${s._type} has orelse but no except handlers`);
      }
      for (const h of s.handlers) {
        if (h.type) expr(h.type, "Load");
        body(h.body, "ExceptHandler");
      }
      if (s.finalbody.length > 0) stmts(s.finalbody);
      if (s.orelse.length > 0) stmts(s.orelse);
      return;
    case "Assert":
      expr(s.test, "Load");
      if (s.msg) expr(s.msg, "Load");
      return;
    case "Import":
      return nonempty(s.names, "names", "Import");
    case "ImportFrom":
      if (s.level !== null && s.level < 0) raiseValueError("Negative ImportFrom level");
      return nonempty(s.names, "names", "ImportFrom");
    case "Global":
    case "Nonlocal":
      return nonempty(s.names, "names", s._type);
    case "Expr":
      return expr(s.value, "Load");
  }
}

// ---------------------------------------------------------------- match patterns (validate_pattern)

function pattern(p: N, starOk: boolean): void {
  positions(p);
  switch (p._type) {
    case "MatchValue":
      return matchValue(p.value);
    case "MatchSingleton":
      if (p.value !== null && typeof p.value !== "boolean") {
        raiseValueError("MatchSingleton can only contain True, False and None");
      }
      return;
    case "MatchSequence":
      return patterns(p.patterns, true);
    case "MatchMapping":
      if (p.keys.length !== p.patterns.length) {
        raiseValueError("MatchMapping doesn't have the same number of keys as patterns");
      }
      if (p.rest) capture(p.rest);
      for (const key of p.keys) {
        // None/True/False keys are syntactically valid
        if (key._type === "Constant" && (key.value === null || typeof key.value === "boolean")) continue;
        matchValue(key);
      }
      return patterns(p.patterns, false);
    case "MatchClass": {
      if (p.kwd_attrs.length !== p.kwd_patterns.length) {
        raiseValueError("MatchClass doesn't have the same number of keyword attributes as patterns");
      }
      expr(p.cls, "Load");
      let cls = p.cls;
      while (cls._type === "Attribute") cls = cls.value;
      if (cls._type !== "Name") {
        raiseValueError("MatchClass cls field can only contain Name or Attribute nodes.");
      }
      for (const attr of p.kwd_attrs) name(attr);
      patterns(p.patterns, false);
      return patterns(p.kwd_patterns, false);
    }
    case "MatchStar":
      if (!starOk) raiseValueError("can't use MatchStar here");
      if (p.name) capture(p.name);
      return;
    case "MatchAs":
      if (p.name) capture(p.name);
      if (!p.pattern) return;
      if (!p.name) raiseValueError("MatchAs must specify a target name if a pattern is given");
      return pattern(p.pattern, false);
    case "MatchOr":
      if (p.patterns.length < 2) raiseValueError("MatchOr requires at least 2 patterns");
      return patterns(p.patterns, false);
  }
}

function patterns(seq: N[], starOk: boolean): void {
  for (const p of seq) pattern(p, starOk);
}

function capture(id: string): void {
  if (id === "_") raiseValueError("can't capture name '_' in patterns");
  name(id);
}

/** A number, string or bytes constant (True/False/None belong in MatchSingleton). */
function literalConstant(e: N): boolean {
  if (e._type !== "Constant") return false;
  const v = e.value;
  return typeof v === "bigint" || typeof v === "number" || typeof v === "string" || v instanceof Uint8Array ||
    v instanceof ComplexLit;
}

function numeric(v: unknown): boolean {
  return typeof v === "bigint" || typeof v === "number" || v instanceof ComplexLit;
}

/** validate_pattern_match_value: literals (also `-1`, `1+2j`), attribute lookups, f-strings. */
function matchValue(e: N): void {
  expr(e, "Load");
  switch (e._type) {
    case "Constant":
      if (!literalConstant(e)) raiseValueError("unexpected constant inside of a literal pattern");
      return;
    case "Attribute":
    case "JoinedStr":
      return;
    case "UnaryOp":
      if (e.op === "USub" && literalConstant(e.operand) && numeric(e.operand.value)) return;
      break;
    case "BinOp": {
      const real = (x: N): boolean =>
        (x._type === "Constant" && (typeof x.value === "bigint" || typeof x.value === "number")) ||
        (x._type === "UnaryOp" && x.op === "USub" && real(x.operand));
      const right = e.right;
      if (
        (e.op === "Add" || e.op === "Sub") && real(e.left) && right._type === "Constant" &&
        right.value instanceof ComplexLit
      ) return;
      break;
    }
  }
  raiseValueError("patterns may only match literals and attribute lookups");
}
