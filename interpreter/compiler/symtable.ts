// Symbol tables, after CPython 3.14's Python/symtable.c: one entry per scope (module, class, function,
// lambda, generator expression, non-inlined comprehension, annotation, type-parameter and type-alias
// scopes), then an analysis pass that decides for every name whether it is local, global (explicit or
// implicit), free or a cell. Names and flag values mirror symtable.h so the code generator reads the
// same facts CPython's does.
import type {
  Arguments,
  Comprehension,
  ExceptHandler,
  Expr,
  Keyword,
  MatchCase,
  Mod,
  Node,
  Pattern,
  Position,
  Stmt,
  TypeParam,
} from "../parser/ast.ts";
import { byteToCharColumn as charCol, CompileError, type CompileWarning } from "../parser/errors.ts";
import type { FutureFeatures } from "./future.ts";

export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE_CLASS = 32;
export const DEF_IMPORT = 64;
export const DEF_ANNOT = 128;
export const DEF_COMP_ITER = 256;
export const DEF_TYPE_PARAM = 512;
export const DEF_COMP_CELL = 1024;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

export const SCOPE_OFFSET = 12;
export const SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;

export enum Scope {
  LOCAL = 1,
  GLOBAL_EXPLICIT = 2,
  GLOBAL_IMPLICIT = 3,
  FREE = 4,
  CELL = 5,
}

export type BlockType =
  | "FunctionBlock"
  | "ClassBlock"
  | "ModuleBlock"
  | "AnnotationBlock"
  | "TypeAliasBlock"
  | "TypeParametersBlock"
  | "TypeVariableBlock";

export type ComprehensionKind = "none" | "list" | "set" | "dict" | "genexpr";

export class SymbolTableEntry {
  symbols = new Map<string, number>();
  varnames: string[] = [];
  children: SymbolTableEntry[] = [];
  directives = new Map<string, Position>();
  nested = false;
  generator = false;
  coroutine = false;
  comprehension: ComprehensionKind = "none";
  compInlined = false;
  compIterTarget = false;
  compIterExpr = 0;
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  needsClassClosure = false;
  needsClassdict = false;
  hasConditionalAnnotations = false;
  canSeeClassScope = false;
  childFree = false;
  method = false;
  hasDocstring = false;
  /** The annotation scope holding this block's annotations (function or class/module `__annotate__`). */
  annotationBlock: SymbolTableEntry | null = null;
  /** For a TypeVariableBlock: what it evaluates ("a TypeVar bound"), for error messages (ste_scope_info). */
  scopeInfo: string | null = null;
  /** For a class: the names assigned as `self.x` in its methods (for __static_attributes__). */
  staticAttributes: Set<string> | null = null;
  mangledNames: Set<string> | null = null;
  privateName: string | null = null;

  constructor(
    readonly type: BlockType,
    readonly name: string,
    readonly node: object,
    readonly lineno: number,
    readonly colOffset: number,
    readonly parent: SymbolTableEntry | null,
  ) {}

  getScope(name: string): Scope | 0 {
    const f = this.symbols.get(name);
    return f === undefined ? 0 : ((f >> SCOPE_OFFSET) & 15) as Scope;
  }

  isFunctionLike(): boolean {
    return this.type === "FunctionBlock" || this.type === "AnnotationBlock" ||
      this.type === "TypeVariableBlock" ||
      this.type === "TypeAliasBlock" || this.type === "TypeParametersBlock";
  }
}

export class SymbolTable {
  readonly blocks = new Map<object, SymbolTableEntry>();
  top!: SymbolTableEntry;
  constructor(readonly filename: string, readonly future: FutureFeatures) {}

  lookup(node: object): SymbolTableEntry {
    const e = this.blocks.get(node);
    if (e === undefined) throw new Error("symtable: no entry for node");
    return e;
  }
}

/** _Py_Mangle: `__spam` inside class `Ham` becomes `_Ham__spam`. */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith("__") || name.endsWith("__") || name.includes(".")) {
    return name;
  }
  const stripped = privateName.replace(/^_+/, "");
  if (stripped === "") return name;
  return "_" + stripped + name;
}

/** Names stored in annotation/type-param scopes are not mangled the same way in 3.14 (maybeMangle). */
export function maybeMangle(privateName: string | null, ste: SymbolTableEntry, name: string): string {
  if (ste.mangledNames !== null && !ste.mangledNames.has(name)) return name;
  return mangle(privateName, name);
}

const DUNDER_CLASS = "__class__";
const CLASS_CELL_NAMES = new Set([DUNDER_CLASS, "__classdict__", "__conditional_annotations__"]);

class Builder {
  readonly st: SymbolTable;
  private cur!: SymbolTableEntry;
  private stack: SymbolTableEntry[] = [];
  private privateName: string | null = null;
  private inConditionalBlock = false;

  constructor(
    filename: string,
    future: FutureFeatures,
    readonly source: (line: number) => string,
    readonly warnings?: CompileWarning[],
  ) {
    this.st = new SymbolTable(filename, future);
  }

  error(msg: string, p: Position): never {
    const text = this.source(p.lineno);
    const col = charCol(text, p.col_offset);
    const endText = p.end_lineno === p.lineno ? text : this.source(p.end_lineno);
    throw new CompileError(
      "SyntaxError",
      msg,
      this.st.filename,
      p.lineno,
      col + 1,
      text,
      p.end_lineno,
      charCol(endText, p.end_col_offset) + 1,
    );
  }

  enter(
    type: BlockType,
    name: string,
    node: object,
    p: { lineno: number; col_offset: number },
  ): SymbolTableEntry {
    const prev = this.stack.length > 0 ? this.cur : null;
    const ste = new SymbolTableEntry(type, name, node, p.lineno, p.col_offset, prev);
    // classes mangle every private name; other nested scopes share the set of names to mangle
    if (prev !== null && prev.mangledNames !== null && type !== "ClassBlock") {
      ste.mangledNames = prev.mangledNames;
    }
    this.st.blocks.set(node, ste);
    if (prev !== null) {
      // a scope inside a comprehension's iterable (lambda, nested comprehension) is part of it
      ste.compIterExpr = prev.compIterExpr;
      prev.children.push(ste);
      if (prev.nested || prev.isFunctionLike()) ste.nested = true;
    } else this.st.top = ste;
    this.stack.push(ste);
    this.cur = ste;
    return ste;
  }

  leave(): void {
    this.stack.pop();
    this.cur = this.stack[this.stack.length - 1];
  }

  addDef(name: string, flag: number, p: Position, ste: SymbolTableEntry = this.cur): void {
    // the type parameters of a generic class are the only names its type-parameter scope (and scopes
    // nested in it) mangle (CPython's ste_mangled_names)
    if ((flag & DEF_TYPE_PARAM) && this.cur.mangledNames !== null) this.cur.mangledNames.add(name);
    const mangled = maybeMangle(this.privateName, this.cur, name);
    let val = ste.symbols.get(mangled) ?? 0;
    if ((flag & DEF_PARAM) && (val & DEF_PARAM)) {
      this.error(`duplicate argument '${name}' in function definition`, p);
    }
    if ((flag & DEF_TYPE_PARAM) && (val & DEF_TYPE_PARAM)) {
      this.error(`duplicate type parameter '${name}'`, p);
    }
    val |= flag;
    if (ste.compIterTarget) {
      // an iteration variable of a comprehension that a walrus in it already binds outside
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) {
        this.error(`comprehension inner loop cannot rebind assignment expression target '${name}'`, p);
      }
      val |= DEF_COMP_ITER;
    }
    ste.symbols.set(mangled, val);
    if (flag & DEF_PARAM) ste.varnames.push(mangled);
    else if (flag & DEF_GLOBAL) {
      let g = this.st.top.symbols.get(mangled) ?? 0;
      g |= flag;
      this.st.top.symbols.set(mangled, g);
    }
  }

  // ---- visitors --------------------------------------------------------------------------------

  visitModule(mod: Mod): void {
    const top = this.enter("ModuleBlock", "top", mod, { lineno: 0, col_offset: 0 });
    void top;
    if (mod._type === "Module" || mod._type === "Interactive") {
      for (const s of mod.body) this.visitStmt(s);
    } else if (mod._type === "Expression") this.visitExpr(mod.body);
    else {
      for (const e of mod.argtypes) this.visitExpr(e);
      this.visitExpr(mod.returns);
    }
    this.leave();
  }

  private visitStmts(body: Stmt[]): void {
    for (const s of body) this.visitStmt(s);
  }

  private visitConditional(body: Stmt[]): void {
    const prev = this.inConditionalBlock;
    this.inConditionalBlock = true;
    this.visitStmts(body);
    this.inConditionalBlock = prev;
  }

  visitStmt(s: Stmt): void {
    switch (s._type) {
      case "FunctionDef":
      case "AsyncFunctionDef": {
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitDefaults(s.args);
        for (const d of s.decorator_list) this.visitExpr(d);
        const hasTypeParams = s.type_params.length > 0;
        if (hasTypeParams) {
          this.enterTypeParams(
            s,
            s.name,
            s.type_params,
            s.args.defaults.length > 0,
            s.args.kw_defaults.some((x) => x !== null),
          );
        }
        const annot = this.visitFunctionAnnotations(s, s.args, s.returns);
        // CPython 3.14 gives every def an __annotate__ scope, which sees the class through __classdict__
        // even when there is nothing to annotate: a class with methods has the __classdict__ cell
        if (annot === null && !this.st.future.annotations && this.cur.type === "ClassBlock") {
          this.cur.needsClassdict = true;
        }
        const fn = this.enter("FunctionBlock", s.name, s, s);
        fn.annotationBlock = annot;
        if (s._type === "AsyncFunctionDef") fn.coroutine = true;
        fn.hasDocstring = s.body.length > 0 && s.body[0]._type === "Expr" &&
          s.body[0].value._type === "Constant" && typeof s.body[0].value.value === "string";
        const parent = this.stack[this.stack.length - 2];
        if (
          parent.type === "ClassBlock" ||
          (hasTypeParams && this.stack[this.stack.length - 3]?.type === "ClassBlock")
        ) fn.method = true;
        this.visitParams(s.args);
        this.visitStmts(s.body);
        this.leave();
        if (hasTypeParams) this.leave();
        break;
      }
      case "ClassDef": {
        this.addDef(s.name, DEF_LOCAL, s);
        for (const d of s.decorator_list) this.visitExpr(d);
        const prevPrivate = this.privateName;
        if (s.type_params.length > 0) {
          // (the parameters are mangled as names of the class: enterTypeParams sets privateName)
          this.enterTypeParams(s, s.name, s.type_params, false, false);
        }
        for (const b of s.bases) this.visitExpr(b);
        for (const k of s.keywords) this.visitExpr(k.value);
        const cls = this.enter("ClassBlock", s.name, s, s);
        cls.staticAttributes = new Set();
        if (s.type_params.length > 0) {
          this.addDef("__type_params__", DEF_LOCAL, s);
          this.addDef(".type_params", USE, s);
        }
        this.privateName = s.name;
        const prevCond = this.inConditionalBlock;
        this.inConditionalBlock = false;
        this.visitStmts(s.body);
        this.inConditionalBlock = prevCond;
        this.leave();
        this.privateName = prevPrivate;
        if (s.type_params.length > 0) this.leave();
        break;
      }
      case "TypeAlias": {
        this.visitExpr(s.name);
        const name = (s.name as Node<"Name">).id;
        const isGeneric = s.type_params.length > 0;
        if (isGeneric) this.enterTypeParams(s, name, s.type_params, false, false);
        const ta = this.enter("TypeAliasBlock", name, s, s);
        ta.canSeeClassScope = this.stack[this.stack.length - 2].type === "ClassBlock";
        if (ta.canSeeClassScope) {
          this.addDef("__classdict__", USE, s);
        }
        this.addDef("format", DEF_PARAM, s);
        this.visitExpr(s.value);
        this.leave();
        if (isGeneric) this.leave();
        break;
      }
      case "Return":
        if (s.value) {
          this.visitExpr(s.value);
          this.cur.returnsValue = true;
        }
        break;
      case "Delete":
        for (const t of s.targets) this.visitExpr(t);
        break;
      case "Assign":
        for (const t of s.targets) this.visitExpr(t);
        this.visitExpr(s.value);
        break;
      case "AnnAssign": {
        const t = s.target;
        if (t._type === "Name") {
          const cur = this.cur.symbols.get(maybeMangle(this.privateName, this.cur, t.id)) ?? 0;
          if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && this.cur.type !== "ModuleBlock" && s.simple) {
            this.error(
              cur & DEF_GLOBAL
                ? `annotated name '${t.id}' can't be global`
                : `annotated name '${t.id}' can't be nonlocal`,
              s,
            );
          }
          if (s.simple) this.addDef(t.id, DEF_ANNOT | DEF_LOCAL, t);
          else if (s.value) this.addDef(t.id, DEF_LOCAL, t);
        } else this.visitExpr(t);
        if (s.simple && (this.cur.type === "ModuleBlock" || this.cur.type === "ClassBlock")) {
          this.visitAnnotation(s.annotation);
        } else {
          // annotations of non-simple targets or inside functions are never evaluated in 3.14
          this.checkAnnotationExpr(s.annotation);
        }
        if (s.value) this.visitExpr(s.value);
        break;
      }
      case "AugAssign":
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        break;
      case "For":
      case "AsyncFor":
        if (s._type === "AsyncFor") this.checkAsyncStatement("async for", s);
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.visitConditional(s.body);
        this.visitConditional(s.orelse);
        break;
      case "While":
        this.visitExpr(s.test);
        this.visitConditional(s.body);
        this.visitConditional(s.orelse);
        break;
      case "If":
        this.visitExpr(s.test);
        this.visitConditional(s.body);
        this.visitConditional(s.orelse);
        break;
      case "Match":
        this.visitExpr(s.subject);
        for (const c of s.cases) this.visitMatchCase(c);
        break;
      case "Raise":
        if (s.exc) this.visitExpr(s.exc);
        if (s.cause) this.visitExpr(s.cause);
        break;
      case "Try":
      case "TryStar":
        this.visitConditional(s.body);
        for (const h of s.handlers) this.visitHandler(h);
        this.visitConditional(s.orelse);
        this.visitConditional(s.finalbody);
        break;
      case "Assert":
        this.visitExpr(s.test);
        if (s.msg) this.visitExpr(s.msg);
        break;
      case "Import":
      case "ImportFrom":
        for (const a of s.names) {
          if (a.name === "*") {
            if (this.cur.type !== "ModuleBlock") this.error("import * only allowed at module level", a);
            continue;
          }
          const store = a.asname ?? a.name.split(".")[0];
          this.addDef(store, DEF_IMPORT, a);
        }
        break;
      case "Global":
      case "Nonlocal": {
        const isGlobal = s._type === "Global";
        for (const name of s.names) {
          const mangled = maybeMangle(this.privateName, this.cur, name);
          const cur = this.cur.symbols.get(mangled) ?? 0;
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg: string;
            if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${isGlobal ? "global" : "nonlocal"}`;
            else if (cur & USE) {
              msg = `name '${name}' is used prior to ${isGlobal ? "global" : "nonlocal"} declaration`;
            } else if (cur & DEF_ANNOT) {
              msg = `annotated name '${name}' can't be ${isGlobal ? "global" : "nonlocal"}`;
            } else {msg = `name '${name}' is assigned to before ${
                isGlobal ? "global" : "nonlocal"
              } declaration`;}
            this.error(msg, s);
          }
          if (!isGlobal && this.cur.type === "ModuleBlock") {
            this.error("nonlocal declaration not allowed at module level", s);
          }
          if (isGlobal && (cur & DEF_NONLOCAL)) this.error(`name '${name}' is nonlocal and global`, s);
          if (!isGlobal && (cur & DEF_GLOBAL)) this.error(`name '${name}' is nonlocal and global`, s);
          this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
          this.cur.directives.set(mangled, s);
        }
        break;
      }
      case "Expr":
        this.visitExpr(s.value);
        break;
      case "With":
      case "AsyncWith":
        if (s._type === "AsyncWith") this.checkAsyncStatement("async with", s);
        for (const item of s.items) {
          this.visitExpr(item.context_expr);
          if (item.optional_vars) this.visitExpr(item.optional_vars);
        }
        this.visitConditional(s.body);
        break;
      case "Pass":
      case "Break":
      case "Continue":
        break;
    }
  }

  private visitHandler(h: ExceptHandler): void {
    if (h.type) this.visitExpr(h.type);
    if (h.name) this.addDef(h.name, DEF_LOCAL, h);
    this.visitConditional(h.body);
  }

  private visitMatchCase(c: MatchCase): void {
    this.visitPattern(c.pattern);
    if (c.guard) this.visitExpr(c.guard);
    this.visitConditional(c.body);
  }

  private visitPattern(p: Pattern): void {
    switch (p._type) {
      case "MatchValue":
        this.visitExpr(p.value);
        break;
      case "MatchSingleton":
        break;
      case "MatchSequence":
        for (const x of p.patterns) this.visitPattern(x);
        break;
      case "MatchStar":
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case "MatchMapping":
        for (const k of p.keys) this.visitExpr(k);
        for (const x of p.patterns) this.visitPattern(x);
        if (p.rest) this.addDef(p.rest, DEF_LOCAL, p);
        break;
      case "MatchClass":
        this.visitExpr(p.cls);
        for (const x of p.patterns) this.visitPattern(x);
        for (const x of p.kwd_patterns) this.visitPattern(x);
        break;
      case "MatchAs":
        if (p.pattern) this.visitPattern(p.pattern);
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case "MatchOr":
        for (const x of p.patterns) this.visitPattern(x);
        break;
    }
  }

  private enterTypeParams(
    node: object,
    name: string,
    params: TypeParam[],
    hasDefaults: boolean,
    hasKwDefaults: boolean,
  ): void {
    const parent = this.cur;
    const p = node as Position;
    const ste = this.enter("TypeParametersBlock", `<generic parameters of ${name}>`, params, p);
    ste.canSeeClassScope = parent.type === "ClassBlock";
    if (ste.canSeeClassScope) this.addDef("__classdict__", USE, p);
    if (hasDefaults) this.addDef(".defaults", DEF_PARAM, p);
    if (hasKwDefaults) this.addDef(".kwdefaults", DEF_PARAM, p);
    const n = node as { _type: string };
    if (n._type === "ClassDef") {
      this.privateName = name;
      ste.mangledNames = new Set();
      this.addDef(".type_params", DEF_LOCAL, p);
      this.addDef(".type_params", USE, p);
      this.addDef(".generic_base", DEF_LOCAL, p);
      this.addDef(".generic_base", USE, p);
    }
    for (const tp of params) {
      this.addDef(tp.name, DEF_TYPE_PARAM | DEF_LOCAL, tp);
      const bound = tp._type === "TypeVar" ? tp.bound : null;
      if (bound) this.visitTypeVarBound(tp, bound, tp.name);
      if (tp.default_value) this.visitTypeVarBound(tp, tp.default_value, tp.name, true);
    }
  }

  private visitTypeVarBound(tp: TypeParam, e: Expr, name: string, isDefault = false): void {
    const ste = this.enter("TypeVariableBlock", name, isDefault ? defaultKey(tp) : tp, tp);
    ste.scopeInfo = isDefault
      ? `a ${tp._type} default`
      : e._type === "Tuple"
      ? "a TypeVar constraint"
      : "a TypeVar bound";
    ste.canSeeClassScope = this.stack[this.stack.length - 2].canSeeClassScope;
    if (ste.canSeeClassScope) this.addDef("__classdict__", USE, tp);
    this.addDef("format", DEF_PARAM, tp);
    this.visitExpr(e);
    this.leave();
  }

  private visitDefaults(a: Arguments): void {
    for (const d of a.defaults) this.visitExpr(d);
    for (const d of a.kw_defaults) if (d) this.visitExpr(d);
  }

  private visitParams(a: Arguments): void {
    for (const p of a.posonlyargs) this.addDef(p.arg, DEF_PARAM, p);
    for (const p of a.args) this.addDef(p.arg, DEF_PARAM, p);
    for (const p of a.kwonlyargs) this.addDef(p.arg, DEF_PARAM, p);
    if (a.vararg) {
      this.addDef(a.vararg.arg, DEF_PARAM, a.vararg);
      this.cur.varargs = true;
    }
    if (a.kwarg) {
      this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
      this.cur.varkeywords = true;
    }
  }

  /** 3.14: a function's annotations live in their own `__annotate__` scope. */
  private visitFunctionAnnotations(
    node: object,
    a: Arguments,
    returns: Expr | null,
  ): SymbolTableEntry | null {
    const all = [...a.posonlyargs, ...a.args, ...a.kwonlyargs];
    if (a.vararg) all.push(a.vararg);
    if (a.kwarg) all.push(a.kwarg);
    const anns = all.filter((x) => x.annotation !== null);
    if (anns.length === 0 && returns === null) return null;
    if (this.st.future.annotations) {
      // stringified: nothing is evaluated, but what could not be evaluated is still an error
      for (const x of anns) this.checkAnnotationExpr(x.annotation!);
      if (returns) this.checkAnnotationExpr(returns);
      return null;
    }
    const parent = this.cur;
    const ste = this.enter("AnnotationBlock", "__annotate__", annotationKey(node), node as Position);
    ste.canSeeClassScope = parent.type === "ClassBlock" || parent.canSeeClassScope;
    if (ste.canSeeClassScope) this.addDef("__classdict__", USE, node as Position);
    this.addDef("format", DEF_PARAM, node as Position);
    for (const x of anns) this.visitExpr(x.annotation!);
    if (returns) this.visitExpr(returns);
    this.leave();
    return ste;
  }

  /** Module/class annotations: all go into one `__annotate__` scope of the enclosing block. */
  private visitAnnotation(e: Expr): void {
    if (this.st.future.annotations) {
      this.checkAnnotationExpr(e);
      return;
    }
    const owner = this.cur;
    if (owner.annotationBlock === null) {
      const key = annotationKey(owner.node);
      const ste = this.enter("AnnotationBlock", "__annotate__", key, {
        lineno: owner.lineno,
        col_offset: owner.colOffset,
      });
      ste.canSeeClassScope = owner.type === "ClassBlock";
      if (ste.canSeeClassScope) this.addDef("__classdict__", USE, e);
      this.addDef("format", DEF_PARAM, e);
      owner.annotationBlock = ste;
      this.leave();
    }
    const ste = owner.annotationBlock!;
    this.stack.push(ste);
    this.cur = ste;
    this.visitExpr(e);
    this.leave();
    if (owner.type === "ClassBlock") owner.needsClassdict = true;
  }

  /**
   * Annotations that are never evaluated (inside functions, or stringified by `from __future__ import
   * annotations`) must still be valid: CPython visits them in an annotation scope all the same, so yield,
   * await and walrus are errors there (lambdas and comprehensions in them are scopes of their own).
   */
  private checkAnnotationExpr(e: Expr): void {
    walkExpr(e, (x) => {
      const what = annotationForbidden(x);
      if (what !== null) this.error(`${what} cannot be used within an annotation`, x);
    }, (x) =>
      !(x._type === "Lambda" || x._type === "GeneratorExp" || x._type === "ListComp" ||
        x._type === "SetComp" || x._type === "DictComp"));
  }

  /**
   * CPython's symtable_raise_if_annotation_block: yield, await and walrus cannot appear where the current
   * scope is an annotation, a type variable's bound/constraints/default, a type alias or generic bases.
   */
  private raiseIfAnnotationBlock(what: string, e: Expr): void {
    const ste = this.cur;
    switch (ste.type) {
      case "AnnotationBlock":
        this.error(`${what} cannot be used within an annotation`, e);
        break;
      case "TypeVariableBlock":
        this.error(`${what} cannot be used within ${ste.scopeInfo}`, e);
        break;
      case "TypeAliasBlock":
        this.error(`${what} cannot be used within a type alias`, e);
        break;
      case "TypeParametersBlock":
        this.error(`${what} cannot be used within the definition of a generic`, e);
        break;
    }
  }

  /** PyCF_ALLOW_TOP_LEVEL_AWAIT, and the current scope is the module. */
  private allowsTopLevelAwait(): boolean {
    return this.st.future.topLevelAwait && this.cur.type === "ModuleBlock";
  }

  /** CPython's IS_ASYNC_DEF: the current scope is an `async def`. */
  private isAsyncDef(): boolean {
    return this.cur.type === "FunctionBlock" && this.cur.coroutine && this.cur.comprehension === "none";
  }

  /** `async for` / `async with`: the module becomes a coroutine under top-level await, else an error. */
  private checkAsyncStatement(what: string, s: Stmt): void {
    if (this.allowsTopLevelAwait()) this.cur.coroutine = true;
    if (!this.cur.coroutine) this.error(`'${what}' outside async function`, s);
  }

  visitExpr(e: Expr): void {
    switch (e._type) {
      case "Name": {
        const flag = e.ctx === "Load" ? USE : DEF_LOCAL;
        this.addDef(e.id, flag, e);
        // `super()` without arguments and `__class__` need the class cell
        if (e.ctx === "Load" && e.id === "super" && this.cur.type === "FunctionBlock") {
          this.addDef(DUNDER_CLASS, USE, e);
        }
        break;
      }
      case "NamedExpr":
        this.visitNamedExpr(e);
        break;
      case "BoolOp":
        for (const v of e.values) this.visitExpr(v);
        break;
      case "BinOp":
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        break;
      case "UnaryOp":
        this.visitExpr(e.operand);
        break;
      case "Lambda": {
        this.visitDefaults(e.args);
        const ste = this.enter("FunctionBlock", "<lambda>", e, e);
        void ste;
        this.visitParams(e.args);
        this.visitExpr(e.body);
        this.leave();
        break;
      }
      case "IfExp":
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        this.visitExpr(e.orelse);
        break;
      case "Dict":
        for (const k of e.keys) if (k) this.visitExpr(k);
        for (const v of e.values) this.visitExpr(v);
        break;
      case "Set":
        for (const v of e.elts) this.visitExpr(v);
        break;
      case "GeneratorExp":
        this.visitComprehension(e, "genexpr", e.generators, e.elt, null);
        break;
      case "ListComp":
        this.visitComprehension(e, "list", e.generators, e.elt, null);
        break;
      case "SetComp":
        this.visitComprehension(e, "set", e.generators, e.elt, null);
        break;
      case "DictComp":
        this.visitComprehension(e, "dict", e.generators, e.key, e.value);
        break;
      case "Yield":
      case "YieldFrom":
        this.raiseIfAnnotationBlock("yield expression", e);
        if (e.value) this.visitExpr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension !== "none") {
          this.error(`'yield' inside ${compName(this.cur.comprehension)}`, e);
        }
        break;
      case "Await":
        this.raiseIfAnnotationBlock("await expression", e);
        if (!this.allowsTopLevelAwait()) {
          if (!this.cur.isFunctionLike()) this.error("'await' outside function", e);
          // an await inside a comprehension makes it an asynchronous comprehension (checked when it ends)
          if (!this.isAsyncDef() && this.cur.comprehension === "none") {
            this.error("'await' outside async function", e);
          }
        }
        this.visitExpr(e.value);
        this.cur.coroutine = true;
        break;
      case "Compare":
        this.visitExpr(e.left);
        for (const c of e.comparators) this.visitExpr(c);
        break;
      case "Call":
        this.visitExpr(e.func);
        for (const a of e.args) this.visitExpr(a);
        for (const k of e.keywords) this.visitKeyword(k);
        break;
      case "FormattedValue":
        this.visitExpr(e.value);
        if (e.format_spec) this.visitExpr(e.format_spec);
        break;
      case "Interpolation":
        this.visitExpr(e.value);
        if (e.format_spec) this.visitExpr(e.format_spec);
        break;
      case "JoinedStr":
      case "TemplateStr":
        for (const v of e.values) this.visitExpr(v);
        break;
      case "Constant":
        break;
      case "Attribute":
        this.visitExpr(e.value);
        if (e.ctx === "Store" && e.value._type === "Name" && e.value.id === "self") {
          this.recordStaticAttribute(e.attr);
        }
        break;
      case "Subscript":
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        break;
      case "Starred":
        this.visitExpr(e.value);
        break;
      case "List":
      case "Tuple":
        for (const v of e.elts) this.visitExpr(v);
        break;
      case "Slice":
        if (e.lower) this.visitExpr(e.lower);
        if (e.upper) this.visitExpr(e.upper);
        if (e.step) this.visitExpr(e.step);
        break;
    }
  }

  /** `self.x = ...` in a method records x in the class's __static_attributes__. */
  private recordStaticAttribute(attr: string): void {
    for (let i = this.stack.length - 1; i >= 1; i--) {
      const ste = this.stack[i];
      if (ste.type !== "FunctionBlock" || !ste.method) continue;
      const cls = this.stack[i - 1].type === "ClassBlock" ? this.stack[i - 1] : this.stack[i - 2];
      if (cls && cls.type === "ClassBlock" && cls.staticAttributes) cls.staticAttributes.add(attr);
      return;
    }
  }

  private visitKeyword(k: Keyword): void {
    this.visitExpr(k.value);
  }

  private visitNamedExpr(e: Node<"NamedExpr">): void {
    this.raiseIfAnnotationBlock("named expression", e);
    const target = e.target as Node<"Name">;
    if (this.cur.compIterExpr > 0) {
      this.error("assignment expression cannot be used in a comprehension iterable expression", e);
    }
    // PEP 572: inside a comprehension the target binds in the nearest enclosing non-comprehension scope
    if (this.cur.comprehension !== "none") this.extendNamedExprScope(target, e);
    this.visitExpr(e.value);
    this.visitExpr(target);
  }

  /** CPython's symtable_extend_namedexpr_scope. */
  private extendNamedExprScope(target: Node<"Name">, e: Node<"NamedExpr">): void {
    const name = target.id;
    // symbols are stored mangled (`global __x` in a class's method is `_C__x`)
    const key = maybeMangle(this.privateName, this.cur, name);
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i];
      if (ste.comprehension !== "none") {
        const f = ste.symbols.get(key) ?? 0;
        if (f & DEF_COMP_ITER) {
          this.error(
            `assignment expression cannot rebind comprehension iteration variable '${name}'`,
            target,
          );
        }
        continue;
      }
      if (ste.type === "FunctionBlock") {
        const f = ste.symbols.get(key) ?? 0;
        this.addDef(name, f & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, target);
        this.cur.directives.set(name, target);
        this.addDef(name, DEF_LOCAL, target, ste);
        return;
      }
      if (ste.type === "ModuleBlock") {
        this.addDef(name, DEF_GLOBAL, target);
        this.cur.directives.set(name, target);
        this.addDef(name, DEF_GLOBAL, target, ste);
        return;
      }
      if (ste.type === "ClassBlock") {
        this.error("assignment expression within a comprehension cannot be used in a class body", e);
      }
      if (
        ste.type === "TypeParametersBlock" || ste.type === "TypeAliasBlock" ||
        ste.type === "TypeVariableBlock" || ste.type === "AnnotationBlock"
      ) {
        this.error("assignment expression cannot be used within the definition of a generic", e);
      }
    }
  }

  private visitComprehension(
    e: Expr,
    kind: ComprehensionKind,
    generators: Comprehension[],
    elt: Expr,
    value: Expr | null,
  ): void {
    const outermost = generators[0];
    // the outermost iterable is evaluated in the enclosing scope
    this.cur.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.cur.compIterExpr--;
    const isAsync = generators.some((g) => g.is_async);
    const parent = this.cur;
    const ste = this.enter("FunctionBlock", compScopeName(kind), e, e);
    ste.comprehension = kind;
    if (isAsync) ste.coroutine = true;
    if (kind === "genexpr") ste.generator = true;
    this.addDef(".0", DEF_PARAM, e);
    this.visitCompTarget(outermost.target);
    for (const cond of outermost.ifs) this.visitExpr(cond);
    for (let i = 1; i < generators.length; i++) {
      const g = generators[i];
      this.visitCompTarget(g.target);
      this.cur.compIterExpr++;
      this.visitExpr(g.iter);
      this.cur.compIterExpr--;
      for (const cond of g.ifs) this.visitExpr(cond);
    }
    if (value) this.visitExpr(value);
    this.visitExpr(elt);
    this.leave();
    // An asynchronous list/set/dict comprehension awaits in the scope it is part of (PEP 709 inlines it):
    // that scope must be an `async def` (or another comprehension, which then becomes asynchronous too).
    if (ste.coroutine && kind !== "genexpr") {
      if (!this.isAsyncDef() && parent.comprehension === "none" && !this.allowsTopLevelAwait()) {
        this.error("asynchronous comprehension outside of an asynchronous function", e);
      }
      parent.coroutine = true;
    }
  }

  private visitCompTarget(t: Expr): void {
    this.cur.compIterTarget = true;
    walkExpr(t, (x) => {
      if (x._type === "Name" && x.ctx === "Store") {
        this.addDef(x.id, DEF_LOCAL | DEF_COMP_ITER, x);
      }
    }, (x) => x._type === "Name" ? false : true);
    this.cur.compIterTarget = false;
    // non-name parts of targets (attributes, subscripts) are ordinary expressions, not iteration
    // variables: `(d := 1) for c[d] in x` is valid
    walkTargetsExpressions(t, (x) => this.visitExpr(x));
  }
}

const DEFAULT_KEYS = new WeakMap<object, object>();
/** The symtable key for a type parameter's lazily evaluated default (the parameter node keys its bound). */
export function defaultKey(tp: object): object {
  let k = DEFAULT_KEYS.get(tp);
  if (k === undefined) {
    k = { defaultOf: tp };
    DEFAULT_KEYS.set(tp, k);
  }
  return k;
}

const ANNOTATION_KEYS = new WeakMap<object, object>();
/** The symtable key for the `__annotate__` scope of a function, class or module node. */
export function annotationKey(node: object): object {
  let k = ANNOTATION_KEYS.get(node);
  if (k === undefined) {
    k = { annotationsOf: node };
    ANNOTATION_KEYS.set(node, k);
  }
  return k;
}

function compScopeName(kind: ComprehensionKind): string {
  switch (kind) {
    case "list":
      return "<listcomp>";
    case "set":
      return "<setcomp>";
    case "dict":
      return "<dictcomp>";
    default:
      return "<genexpr>";
  }
}

function compName(kind: ComprehensionKind): string {
  switch (kind) {
    case "list":
      return "list comprehension";
    case "set":
      return "set comprehension";
    case "dict":
      return "dict comprehension";
    default:
      return "generator expression";
  }
}

/** Visit every sub-expression of e (pre-order); `descend` may stop recursion at a node. */
/** What an expression is called when it is not allowed in an annotation (null: it is allowed). */
function annotationForbidden(e: Expr): string | null {
  switch (e._type) {
    case "Yield":
    case "YieldFrom":
      return "yield expression";
    case "Await":
      return "await expression";
    case "NamedExpr":
      return "named expression";
    default:
      return null;
  }
}

function walkExpr(e: Expr, f: (x: Expr) => void, descend: (x: Expr) => boolean = () => true): void {
  f(e);
  if (!descend(e)) return;
  for (const v of Object.values(e)) {
    if (v && typeof v === "object") {
      if (Array.isArray(v)) {
        for (const x of v) {
          if (x && typeof x === "object" && "_type" in x && "lineno" in x) walkExpr(x as Expr, f, descend);
        }
      } else if ("_type" in v && "lineno" in v) walkExpr(v as Expr, f, descend);
    }
  }
}

/** In a comprehension target, visit the expressions that are evaluated (attribute bases, subscripts). */
function walkTargetsExpressions(t: Expr, f: (x: Expr) => void): void {
  switch (t._type) {
    case "Name":
      return;
    case "Tuple":
    case "List":
      for (const x of t.elts) walkTargetsExpressions(x, f);
      return;
    case "Starred":
      walkTargetsExpressions(t.value, f);
      return;
    default:
      f(t);
  }
}

// ---- analysis (CPython's analyze_block and friends) ------------------------------------------------

type ErrFn = (msg: string, p: Position) => never;

function setScope(scopes: Map<string, Scope>, name: string, sc: Scope): void {
  scopes.set(name, sc);
}

function analyzeName(
  ste: SymbolTableEntry,
  scopes: Map<string, Scope>,
  name: string,
  flags: number,
  bound: Set<string> | null,
  local: Set<string>,
  free: Set<string>,
  global: Set<string>,
  typeParams: Set<string>,
  classEntry: SymbolTableEntry | null,
  err: ErrFn,
): void {
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) err(`name '${name}' is nonlocal and global`, ste.directives.get(name)!);
    setScope(scopes, name, Scope.GLOBAL_EXPLICIT);
    global.add(name);
    bound?.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    const p = ste.directives.get(name) ??
      {
        lineno: ste.lineno,
        col_offset: ste.colOffset,
        end_lineno: ste.lineno,
        end_col_offset: ste.colOffset,
      };
    if (bound === null) err("nonlocal declaration not allowed at module level", p);
    if (!bound.has(name)) err(`no binding for nonlocal '${name}' found`, p);
    if (typeParams.has(name)) err(`nonlocal binding not allowed for type parameter '${name}'`, p);
    setScope(scopes, name, Scope.FREE);
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    setScope(scopes, name, Scope.LOCAL);
    local.add(name);
    global.delete(name);
    if (flags & DEF_TYPE_PARAM) typeParams.add(name);
    else typeParams.delete(name);
    return;
  }
  // In a scope that can see its class, a name the class binds is looked up in the class dict first
  if (classEntry !== null) {
    const cf = classEntry.symbols.get(name) ?? 0;
    if (cf & DEF_GLOBAL) {
      setScope(scopes, name, Scope.GLOBAL_EXPLICIT);
      return;
    } else if ((cf & DEF_BOUND) && !(cf & DEF_NONLOCAL)) {
      setScope(scopes, name, Scope.GLOBAL_IMPLICIT);
      return;
    }
  }
  if (bound !== null && bound.has(name)) {
    setScope(scopes, name, Scope.FREE);
    free.add(name);
    return;
  }
  setScope(scopes, name, Scope.GLOBAL_IMPLICIT);
}

function isFreeInAnyChild(entry: SymbolTableEntry, name: string): boolean {
  for (const c of entry.children) {
    const f = c.symbols.get(name);
    if (f !== undefined && ((f >> SCOPE_OFFSET) & 15) === Scope.FREE) return true;
  }
  return false;
}

function inlineComprehension(
  ste: SymbolTableEntry,
  comp: SymbolTableEntry,
  scopes: Map<string, Scope>,
  compFree: Set<string>,
  inlinedCells: Set<string>,
): void {
  const removed: string[] = [];
  for (const [name, v] of comp.symbols) {
    if (v & DEF_PARAM) continue; // the implicit .0
    let scope = (v >> SCOPE_OFFSET) & 15;
    const onlyFlags = v & ((1 << SCOPE_OFFSET) - 1);
    if (scope === Scope.CELL || (onlyFlags & DEF_COMP_CELL)) inlinedCells.add(name);
    // __class__, __classdict__ and __conditional_annotations__ never reach a method through a class
    // scope: in a class body they are (missing) globals; a function nested in the comprehension that uses
    // one still needs the class's cell
    if (scope === Scope.FREE && ste.type === "ClassBlock" && CLASS_CELL_NAMES.has(name)) {
      scope = Scope.GLOBAL_IMPLICIT;
      if (!isFreeInAnyChild(comp, name)) compFree.delete(name);
      removed.push(name);
    }
    const existing = ste.symbols.get(name);
    if (existing === undefined) {
      ste.symbols.set(name, onlyFlags);
      scopes.set(name, scope as Scope);
    } else if ((existing & DEF_BOUND) && ste.type !== "ClassBlock") {
      // a free variable of the comprehension that is local outside is simply local now (unless a scope
      // nested in the comprehension needs it as a cell)
      if (!isFreeInAnyChild(comp, name)) compFree.delete(name);
    }
  }
  for (const name of removed) comp.symbols.delete(name);
}

function analyzeBlock(
  ste: SymbolTableEntry,
  bound: Set<string> | null,
  free: Set<string>,
  global: Set<string>,
  typeParams: Set<string>,
  classEntry: SymbolTableEntry | null,
  err: ErrFn,
): void {
  const local = new Set<string>();
  const scopes = new Map<string, Scope>();
  const newGlobal = new Set<string>();
  const newFree = new Set<string>();
  const newBound = new Set<string>();
  const inlinedCells = new Set<string>();

  // a class namespace is invisible to nested functions: children see what the class saw
  if (ste.type === "ClassBlock") {
    for (const g of global) newGlobal.add(g);
    if (bound !== null) { for (const b of bound) newBound.add(b); }
  }

  for (const [name, flags] of ste.symbols) {
    analyzeName(ste, scopes, name, flags, bound, local, free, global, typeParams, classEntry, err);
  }

  if (ste.type !== "ClassBlock") {
    if (ste.isFunctionLike()) { for (const n of local) newBound.add(n); }
    if (bound !== null) { for (const b of bound) newBound.add(b); }
    for (const g of global) newGlobal.add(g);
  } else {
    newBound.add(DUNDER_CLASS);
    newBound.add("__classdict__");
    newBound.add("__conditional_annotations__");
  }

  const newClassEntry = ste.type === "ClassBlock" ? ste : classEntry;
  for (const entry of ste.children) {
    // PEP 709: list/set/dict comprehensions are inlined into the enclosing scope, except in annotation
    // and type-parameter scopes that can see a class
    const inlineComp = entry.comprehension !== "none" && !entry.generator && !ste.canSeeClassScope;
    const childBound = new Set(newBound);
    const childFree = new Set(newFree);
    const childGlobal = new Set(newGlobal);
    const childTypeParams = new Set(typeParams);
    analyzeBlock(
      entry,
      childBound,
      childFree,
      childGlobal,
      childTypeParams,
      entry.canSeeClassScope ? newClassEntry : null,
      err,
    );
    if (inlineComp) {
      inlineComprehension(ste, entry, scopes, childFree, inlinedCells);
      entry.compInlined = true;
    }
    for (const n of childFree) newFree.add(n);
    if (entry.childFree || childFree.size > 0) ste.childFree = true;
  }
  // the scopes nested in an inlined comprehension are children of this scope now
  if (ste.children.some((c) => c.compInlined)) {
    ste.children = ste.children.flatMap((c) => c.compInlined ? c.children : [c]);
  }

  if (ste.isFunctionLike()) {
    // locals that children use freely become cells
    for (const [name, sc] of scopes) {
      if (sc !== Scope.LOCAL) continue;
      if (newFree.has(name) || inlinedCells.has(name)) {
        scopes.set(name, Scope.CELL);
        newFree.delete(name);
      }
    }
  } else if (ste.type === "ClassBlock") {
    if (newFree.delete(DUNDER_CLASS)) ste.needsClassClosure = true;
    if (newFree.delete("__classdict__")) ste.needsClassdict = true;
    if (newFree.delete("__conditional_annotations__")) ste.hasConditionalAnnotations = true;
  }

  // record the results
  for (const [name, v] of ste.symbols) {
    let flags = (v & ((1 << SCOPE_OFFSET) - 1)) | ((scopes.get(name) ?? 0) << SCOPE_OFFSET);
    if (inlinedCells.has(name)) flags |= DEF_COMP_CELL;
    ste.symbols.set(name, flags);
  }
  const classFlag = ste.type === "ClassBlock" || ste.canSeeClassScope;
  for (const name of newFree) {
    const v = ste.symbols.get(name);
    if (v !== undefined) {
      if (classFlag) ste.symbols.set(name, v | DEF_FREE_CLASS);
      continue;
    }
    if (bound !== null && !bound.has(name)) continue; // a global
    ste.symbols.set(name, Scope.FREE << SCOPE_OFFSET);
  }
  for (const n of newFree) free.add(n);
}

export function buildSymtable(
  mod: Mod,
  filename: string,
  future: FutureFeatures,
  lineText: (line: number) => string = () => "",
  warnings?: CompileWarning[],
): SymbolTable {
  const b = new Builder(filename, future, lineText, warnings);
  b.visitModule(mod);
  const st = b.st;
  analyzeBlock(st.top, null, new Set(), new Set(), new Set(), null, (msg, p) => b.error(msg, p));
  return st;
}
