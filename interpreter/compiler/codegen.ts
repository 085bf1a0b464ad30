// The code generator: AST + symbol table → instruction lists with labels and pseudo-instructions, one
// compile unit per scope, handed to the assembler. It follows CPython 3.14's codegen.c: the same opcodes,
// the same stack shapes (so the eval loop can follow CPython's bytecodes.c), the same frame-block unwinding
// for break/continue/return through try/finally/with, and the same compile-time errors.
import { unparseExpr } from "./unparse.ts";
import { reprConstant } from "../parser/pyrepr.ts";
import {
  type Arguments,
  ComplexLit,
  ConstantTuple,
  type ConstantValue,
  EllipsisLit,
  type ExceptHandler,
  type Expr,
  type Keyword,
  type Mod,
  type Node,
  type Pattern,
  type Position,
  type Stmt,
  type TypeParam,
} from "../parser/ast.ts";
import { byteToCharColumn as charCol, CompileError, type CompileWarning } from "../parser/errors.ts";
import { assemble, type Instr, Label, type UnitMetadata } from "./assembler.ts";
import {
  CO_ASYNC_GENERATOR,
  CO_COROUTINE,
  CO_FAST_CELL,
  CO_FAST_FREE,
  CO_FAST_HIDDEN,
  CO_FAST_LOCAL,
  CO_GENERATOR,
  CO_HAS_DOCSTRING,
  CO_METHOD,
  CO_NESTED,
  CO_NEWLOCALS,
  CO_OPTIMIZED,
  CO_VARARGS,
  CO_VARKEYWORDS,
  type CodeConstant,
  CodeObject,
  NO_LOCATION,
  type SourceLocation,
} from "./code.ts";
import { foldBinary, foldUnary } from "./constfold.ts";
import { callerWarning, compareWarning, indexWarning, subscripterWarning } from "./literal_checks.ts";
import { COMMON_CONSTANTS, FUNCTION_ATTRIBUTE, INTRINSIC_1, INTRINSIC_2, NB, OP } from "./opcodes.ts";
import {
  annotationKey,
  DEF_COMP_CELL,
  DEF_FREE_CLASS,
  DEF_LOCAL,
  DEF_NONLOCAL,
  DEF_PARAM,
  defaultKey,
  mangle,
  maybeMangle,
  Scope,
  SCOPE_OFFSET,
  type SymbolTable,
  type SymbolTableEntry,
} from "./symtable.ts";

type Ctx = "Load" | "Store" | "Del";

const enum FBlock {
  WhileLoop,
  ForLoop,
  AsyncForLoop,
  TryExcept,
  FinallyTry,
  FinallyEnd,
  With,
  AsyncWith,
  HandlerCleanup,
  PopValue,
  ExceptionHandler,
  ExceptionGroupHandler,
  AsyncComprehensionGenerator,
  StopIteration,
}

interface FBlockInfo {
  type: FBlock;
  block: Label;
  exit: Label | null;
  /** FinallyTry: the finally body; HandlerCleanup: the bound name */
  datum: Stmt[] | string | null;
  loc: SourceLocation;
}

const BINOP: Record<string, number> = {
  Add: NB.NB_ADD,
  Sub: NB.NB_SUBTRACT,
  Mult: NB.NB_MULTIPLY,
  MatMult: NB.NB_MATRIX_MULTIPLY,
  Div: NB.NB_TRUE_DIVIDE,
  Mod: NB.NB_REMAINDER,
  Pow: NB.NB_POWER,
  LShift: NB.NB_LSHIFT,
  RShift: NB.NB_RSHIFT,
  BitOr: NB.NB_OR,
  BitXor: NB.NB_XOR,
  BitAnd: NB.NB_AND,
  FloorDiv: NB.NB_FLOOR_DIVIDE,
};

const INPLACE: Record<string, number> = {
  Add: NB.NB_INPLACE_ADD,
  Sub: NB.NB_INPLACE_SUBTRACT,
  Mult: NB.NB_INPLACE_MULTIPLY,
  MatMult: NB.NB_INPLACE_MATRIX_MULTIPLY,
  Div: NB.NB_INPLACE_TRUE_DIVIDE,
  Mod: NB.NB_INPLACE_REMAINDER,
  Pow: NB.NB_INPLACE_POWER,
  LShift: NB.NB_INPLACE_LSHIFT,
  RShift: NB.NB_INPLACE_RSHIFT,
  BitOr: NB.NB_INPLACE_OR,
  BitXor: NB.NB_INPLACE_XOR,
  BitAnd: NB.NB_INPLACE_AND,
  FloorDiv: NB.NB_INPLACE_FLOOR_DIVIDE,
};

const COMPARE: Record<string, number> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 };

const intrinsic1 = (name: (typeof INTRINSIC_1)[number]) => INTRINSIC_1.indexOf(name);
const intrinsic2 = (name: (typeof INTRINSIC_2)[number]) => INTRINSIC_2.indexOf(name);

const RESUME_AT_FUNC_START = 0;
const RESUME_AFTER_YIELD = 1;
const RESUME_AFTER_YIELD_FROM = 2;
const RESUME_AFTER_AWAIT = 3;

const MAX_STATICALLY_NESTED_BLOCKS = 20;

/** Key under which a constant is interned in co_consts (type-aware: 1, 1.0, True and -0.0 differ). */
function constKey(v: CodeConstant): string | object {
  if (v === null) return "N";
  if (v === true) return "T";
  if (v === false) return "F";
  switch (typeof v) {
    case "bigint":
      return "i" + v.toString();
    case "number":
      return Object.is(v, -0) ? "f-0" : "f" + v.toString();
    case "string":
      return "s" + v;
  }
  if (v instanceof Uint8Array) return "b" + Array.from(v).join(",");
  if (v instanceof EllipsisLit) return "E";
  if (v instanceof ComplexLit) {
    return `c${Object.is(v.real, -0) ? "-0" : v.real},${Object.is(v.imag, -0) ? "-0" : v.imag}`;
  }
  if (v instanceof ConstantTuple) return "t(" + v.items.map((x) => String(constKey(x))).join("|") + ")";
  return v; // code objects and frozensets by identity
}

class Unit {
  instrs: Instr[] = [];
  consts: CodeConstant[] = [];
  constIndex = new Map<string | object, number>();
  names: string[] = [];
  nameIndex = new Map<string, number>();
  varnames: string[];
  /** varnames' positions (first occurrence): a function with 100,000 parameters compiles in linear time. */
  varnameIndex = new Map<string, number>();
  cellvars: string[] = [];
  freevars: string[] = [];
  fblocks: FBlockInfo[] = [];
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  firstlineno: number;
  /** How many inlined comprehensions (PEP 709) are being compiled into this unit right now. */
  inInlinedComp = 0;
  /**
   * Module and class bodies: names bound by an inlined comprehension live in fast locals while it runs
   * (true), and keep CO_FAST_HIDDEN afterwards (false) — CPython's u_fasthidden.
   */
  fastHidden = new Map<string, boolean>();
  /** Code only an exception reaches, placed after the body at exitUnit (each block self-contained). */
  coldBlocks: { label: Label; instrs: Instr[] }[] = [];
  privateName: string | null;
  staticAttributes: string[] | null = null;
  savedLoc: SourceLocation = NO_LOCATION;

  constructor(
    readonly ste: SymbolTableEntry,
    readonly name: string,
    public qualname: string,
    readonly scopeType:
      | "module"
      | "class"
      | "function"
      | "lambda"
      | "comprehension"
      | "annotations"
      | "typeparams",
    firstlineno: number,
    privateName: string | null,
  ) {
    this.firstlineno = firstlineno;
    this.privateName = privateName;
    this.varnames = [...ste.varnames];
    for (let i = 0; i < this.varnames.length; i++) {
      if (!this.varnameIndex.has(this.varnames[i])) this.varnameIndex.set(this.varnames[i], i);
    }
    // cells: names with CELL scope (plus implicit class cells); free: names with FREE scope
    const cells: string[] = [];
    const frees: string[] = [];
    for (const [name, flags] of ste.symbols) {
      const sc = ste.getScope(name);
      // DEF_COMP_CELL: a cell only inside an inlined comprehension (a closure over its variable)
      if (sc === Scope.CELL || (flags & DEF_COMP_CELL)) cells.push(name);
      if (sc === Scope.FREE) frees.push(name);
      // a name a nested scope uses free that this class (or class-seeing scope) has as a local or global:
      // passed through for closures (CPython's dictbytype(..., FREE, DEF_FREE_CLASS))
      else if (flags & DEF_FREE_CLASS) frees.push(name);
    }
    if (ste.type === "ClassBlock") {
      if (ste.needsClassClosure) cells.push("__class__");
      if (ste.needsClassdict) cells.push("__classdict__");
      if (ste.hasConditionalAnnotations) cells.push("__conditional_annotations__");
    }
    cells.sort();
    frees.sort();
    this.cellvars = cells;
    this.freevars = frees.filter((f, i) => frees.indexOf(f) === i);
  }

  addConst(v: CodeConstant): number {
    const key = constKey(v);
    let i = this.constIndex.get(key);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(v);
      this.constIndex.set(key, i);
    }
    return i;
  }

  addName(name: string): number {
    let i = this.nameIndex.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(name);
      this.nameIndex.set(name, i);
    }
    return i;
  }

  varIndex(name: string): number {
    let i = this.varnameIndex.get(name);
    if (i === undefined) {
      i = this.varnames.length;
      this.varnames.push(name);
      this.varnameIndex.set(name, i);
    }
    return i;
  }

  /**
   * A placeholder for the localsplus index of a cell or free variable. Locals are still being discovered
   * while the body is compiled, so final indices are known only at exitUnit (CPython's fix_cell_offsets);
   * `resolveDerefs` rewrites the placeholders.
   */
  derefIndex(name: string, free = false): number {
    const lp = this.localsplus();
    if (!lp.names.some((n, i) => n === name && (lp.kinds[i] & (CO_FAST_CELL | CO_FAST_FREE)))) {
      throw new Error(`codegen: ${name} is not a cell or free variable of ${this.name}`);
    }
    const key = free ? FREE_SLOT + name : name;
    let k = this.derefNames.indexOf(key);
    if (k < 0) {
      k = this.derefNames.length;
      this.derefNames.push(key);
    }
    return DEREF_PLACEHOLDER + k;
  }
  derefNames: string[] = [];

  /**
   * Replace deref placeholders by final localsplus indices. A name can have two slots: a fast local
   * of an inlined comprehension that is a free variable outside it (CPython lays out both); FREE_SLOT
   * keys pick the free variable's, which comes last.
   */
  resolveDerefs(names: string[]): void {
    for (const ins of this.instrs) {
      if (ins.arg < DEREF_PLACEHOLDER) continue;
      const key = this.derefNames[ins.arg - DEREF_PLACEHOLDER];
      ins.arg = key.startsWith(FREE_SLOT)
        ? names.lastIndexOf(key.slice(FREE_SLOT.length))
        : names.indexOf(key);
    }
  }

  localsplus(): { names: string[]; kinds: number[] } {
    const names = [...this.varnames];
    const kinds = names.map((n) => this.fastHidden.has(n) ? CO_FAST_LOCAL | CO_FAST_HIDDEN : CO_FAST_LOCAL);
    for (const c of this.cellvars) {
      const i = names.indexOf(c);
      if (i >= 0) kinds[i] |= CO_FAST_CELL;
      else {
        names.push(c);
        kinds.push(CO_FAST_CELL);
      }
    }
    for (const f of this.freevars) {
      names.push(f);
      kinds.push(CO_FAST_FREE);
    }
    return { names, kinds };
  }
}

/** Deref opargs at or above this are placeholders until exitUnit (see Unit.derefIndex). */
const DEREF_PLACEHOLDER = 1 << 24;
const FREE_SLOT = "\0free:";

export interface CodegenOptions {
  filename: string;
  optimize: number;
  interactive: boolean;
  warnings?: CompileWarning[];
  lineText: (line: number) => string;
  futureAnnotations: boolean;
  /** PyCF_ALLOW_TOP_LEVEL_AWAIT: a module that awaits is a coroutine */
  topLevelAwait?: boolean;
  /** CO_FUTURE_* bits every code object gets */
  futureFlags?: number;
}

export class Codegen {
  private u!: Unit;
  private stack: Unit[] = [];
  private loc: SourceLocation = NO_LOCATION;
  /** >0 while compiling the exceptional copy of a finally body: its warnings were given by the normal
   * copy (CPython warns once for it, but again for each return/break copy) */
  private warningsOff = 0;
  /** Compiling "single" (Interactive) code: top-level expression statements print their value. */
  private interactive = false;

  constructor(readonly st: SymbolTable, readonly opts: CodegenOptions) {}

  // ---- errors ----------------------------------------------------------------------------------

  private error(msg: string, p: Position | SourceLocation): never {
    const text = this.opts.lineText(p.lineno);
    const col = charCol(text, p.col_offset);
    const endText = p.end_lineno === p.lineno ? text : this.opts.lineText(p.end_lineno);
    throw new CompileError(
      "SyntaxError",
      msg,
      this.opts.filename,
      p.lineno,
      col + 1,
      text,
      p.end_lineno,
      charCol(endText, p.end_col_offset) + 1,
    );
  }

  private warn(msg: string, p: Position, evenInExceptionalFinally = false): void {
    if (this.warningsOff > 0 && !evenInExceptionalFinally) return;
    this.opts.warnings?.push({
      category: "SyntaxWarning",
      message: msg,
      filename: this.opts.filename,
      lineno: p.lineno,
    });
  }

  // ---- emission --------------------------------------------------------------------------------

  private emit(op: number, arg = 0, loc: SourceLocation = this.loc): void {
    this.u.instrs.push({ op, arg, target: null, loc });
  }

  private emitJump(op: number, target: Label, loc: SourceLocation = this.loc): void {
    this.u.instrs.push({ op, arg: 0, target, loc });
  }

  private bind(l: Label): void {
    l.index = this.u.instrs.length;
  }

  private loadConst(v: CodeConstant, loc: SourceLocation = this.loc): void {
    if (typeof v === "bigint" && v >= 0n && v < 256n) {
      this.emit(OP.LOAD_SMALL_INT, Number(v), loc);
      return;
    }
    this.emit(OP.LOAD_CONST, this.u.addConst(v), loc);
  }

  private setLoc(p: Position): void {
    this.loc = {
      lineno: p.lineno,
      end_lineno: p.end_lineno,
      col_offset: p.col_offset,
      end_col_offset: p.end_col_offset,
    };
  }

  private withLoc<T>(p: Position, f: () => T): T {
    const saved = this.loc;
    this.setLoc(p);
    try {
      return f();
    } finally {
      this.loc = saved;
    }
  }

  // ---- units -----------------------------------------------------------------------------------

  private enterUnit(
    key: object,
    name: string,
    scopeType: Unit["scopeType"],
    firstlineno: number,
    privateName: string | null = this.u?.privateName ?? null,
  ): Unit {
    const ste = this.st.lookup(key);
    const qualname = this.qualnameFor(name, ste, scopeType);
    const unit = new Unit(ste, name, qualname, scopeType, firstlineno, privateName);
    if (this.u) {
      this.u.savedLoc = this.loc;
      this.stack.push(this.u);
    }
    this.u = unit;
    if (ste.type === "ClassBlock") {
      unit.staticAttributes = ste.staticAttributes ? [...ste.staticAttributes].sort() : [];
    }
    // MAKE_CELL / COPY_FREE_VARS before RESUME (CPython's insert_prefix_instructions)
    const lp = unit.localsplus();
    if (unit.freevars.length > 0) this.emit(OP.COPY_FREE_VARS, unit.freevars.length, NO_LOCATION);
    for (let i = 0; i < lp.names.length; i++) {
      if (lp.kinds[i] & CO_FAST_CELL) this.emit(OP.MAKE_CELL, unit.derefIndex(lp.names[i]), NO_LOCATION);
    }
    if (ste.generator || (ste.coroutine && (scopeType !== "module" || this.opts.topLevelAwait))) {
      this.emit(OP.RETURN_GENERATOR, 0, {
        lineno: firstlineno,
        end_lineno: firstlineno,
        col_offset: -1,
        end_col_offset: -1,
      });
      this.emit(OP.POP_TOP, 0, NO_LOCATION);
    }
    // columns 0-0, as CPython's LOCATION(lineno, lineno, 0, 0) for RESUME: a traceback entry at the start
    // of a frame (TracebackType(None, frame, 0, lineno)) shows the def line with an empty caret line
    this.emit(OP.RESUME, RESUME_AT_FUNC_START, {
      lineno: scopeType === "module" ? 0 : firstlineno,
      end_lineno: scopeType === "module" ? 1 : firstlineno,
      col_offset: 0,
      end_col_offset: 0,
    });
    return unit;
  }

  private qualnameFor(name: string, ste: SymbolTableEntry, scopeType: Unit["scopeType"]): string {
    if (scopeType === "module") return name;
    // the enclosing unit that names contribute to (generic wrappers and annotation scopes are transparent)
    let parent: Unit | undefined = this.u;
    let k = this.stack.length;
    while (parent && (parent.scopeType === "typeparams")) {
      parent = k > 0 ? this.stack[--k] : undefined;
    }
    if (!parent || parent.scopeType === "module") return name;
    void ste;
    const mangled = mangle(parent.privateName, name);
    const sc = parent.ste.getScope(mangled);
    if (sc === Scope.GLOBAL_EXPLICIT && (scopeType === "function" || scopeType === "class")) return name;
    if (
      parent.scopeType === "function" || parent.scopeType === "lambda" || parent.scopeType === "comprehension"
    ) {
      return parent.qualname + ".<locals>." + name;
    }
    return parent.qualname + "." + name;
  }

  private exitUnit(flagsExtra = 0): CodeObject {
    const u = this.u;
    const ste = u.ste;
    let flags = 0;
    if (ste.isFunctionLike()) {
      flags |= CO_NEWLOCALS | CO_OPTIMIZED;
      if (ste.nested) flags |= CO_NESTED;
      if (ste.generator && ste.coroutine) flags |= CO_ASYNC_GENERATOR;
      else if (ste.generator) flags |= CO_GENERATOR;
      else if (ste.coroutine) flags |= CO_COROUTINE;
      if (ste.varargs) flags |= CO_VARARGS;
      if (ste.varkeywords) flags |= CO_VARKEYWORDS;
      if (ste.method) flags |= CO_METHOD;
    } else if (ste.type === "ModuleBlock" && this.opts.topLevelAwait && ste.coroutine && !ste.generator) {
      flags |= CO_COROUTINE;
    }
    flags |= flagsExtra | (this.opts.futureFlags ?? 0);
    const lp = u.localsplus();
    u.resolveDerefs(lp.names);
    const meta: UnitMetadata = {
      name: u.name,
      qualname: u.qualname,
      filename: this.opts.filename,
      firstlineno: u.firstlineno,
      flags,
      argcount: u.argcount,
      posonlyargcount: u.posonlyargcount,
      kwonlyargcount: u.kwonlyargcount,
      consts: u.consts,
      names: u.names,
      localsplusnames: lp.names,
      localspluskinds: lp.kinds,
    };
    // cold blocks go last, as CPython's flowgraph places them
    for (const block of u.coldBlocks) {
      block.label.index = u.instrs.length;
      for (const ins of block.instrs) u.instrs.push(ins);
    }
    const code = assemble(u.instrs, meta);
    this.u = this.stack.pop()!;
    if (this.u) this.loc = this.u.savedLoc;
    return code;
  }

  // ---- module ----------------------------------------------------------------------------------

  compileModule(mod: Mod): CodeObject {
    this.enterUnit(mod, "<module>", "module", 1, null);
    switch (mod._type) {
      case "Module": {
        const body = mod.body;
        let start = 0;
        if (body.length > 0 && this.isDocstring(body[0]) && this.opts.optimize < 2) {
          this.setLoc(body[0]);
          this.loadConst(cleanDoc(((body[0] as Node<"Expr">).value as Node<"Constant">).value as string));
          this.storeName("__doc__");
          start = 1;
        } else if (body.length > 0 && this.isDocstring(body[0])) start = 1;
        for (let i = start; i < body.length; i++) this.visitStmt(body[i]);
        this.emitModuleAnnotate(body);
        this.loc = NO_LOCATION;
        this.loadConst(null);
        this.emit(OP.RETURN_VALUE);
        break;
      }
      case "Interactive":
        this.interactive = true;
        for (const s of mod.body) this.visitStmt(s);
        this.loc = NO_LOCATION;
        this.loadConst(null);
        this.emit(OP.RETURN_VALUE);
        break;
      case "Expression":
        this.setLoc(mod.body);
        this.visitExpr(mod.body);
        this.emit(OP.RETURN_VALUE);
        break;
      default:
        this.error("compile() of a function type signature is not supported", {
          lineno: 1,
          col_offset: 0,
          end_lineno: 1,
          end_col_offset: 0,
        });
    }
    return this.exitUnit();
  }

  private isDocstring(s: Stmt): boolean {
    return s._type === "Expr" && s.value._type === "Constant" && typeof s.value.value === "string";
  }

  // ---- names -----------------------------------------------------------------------------------

  private storeName(name: string): void {
    this.nameOp(name, "Store");
  }

  nameOp(name: string, ctx: Ctx, p?: Position): void {
    if (p) this.setLoc(p);
    const u = this.u;
    const ste = u.ste;
    if (ctx !== "Load" && name === "__debug__") {
      this.error(ctx === "Del" ? "cannot delete __debug__" : "cannot assign to __debug__", p ?? this.loc);
    }
    if (name === "__debug__" && ctx === "Load") {
      this.loadConst(this.opts.optimize === 0);
      return;
    }
    const mangled = maybeMangle(u.privateName, ste, name);
    const scope = ste.getScope(mangled);
    type OpType = "fast" | "global" | "deref" | "name";
    let optype: OpType = "name";
    switch (scope) {
      case Scope.FREE:
      case Scope.CELL:
        optype = "deref";
        break;
      case Scope.LOCAL:
        if (ste.isFunctionLike() || u.fastHidden.get(mangled) === true) optype = "fast";
        break;
      case Scope.GLOBAL_IMPLICIT:
        if (ste.isFunctionLike()) optype = "global";
        break;
      case Scope.GLOBAL_EXPLICIT:
        optype = "global";
        break;
    }
    let freeSlot = scope === Scope.FREE;
    // a class-level name that methods use as a free variable: loads fall back to the enclosing cell (not
    // for an inlined comprehension's own variables, which are fast locals, cells or free variables)
    if (
      ste.type === "ClassBlock" && (ste.symbols.get(mangled) ?? 0) & DEF_FREE_CLASS && scope !== Scope.CELL &&
      scope !== Scope.FREE && optype !== "fast"
    ) {
      optype = ctx === "Load" ? "deref" : "name";
      freeSlot = true;
    }
    switch (optype) {
      case "deref": {
        const slot = u.derefIndex(mangled, freeSlot);
        if (ctx === "Load") {
          if (ste.type === "ClassBlock" && u.inInlinedComp === 0) {
            this.emit(OP.LOAD_LOCALS);
            this.emit(OP.LOAD_FROM_DICT_OR_DEREF, slot);
          } else if (ste.canSeeClassScope) {
            this.emit(OP.LOAD_DEREF, u.derefIndex("__classdict__"));
            this.emit(OP.LOAD_FROM_DICT_OR_DEREF, slot);
          } else this.emit(OP.LOAD_DEREF, slot);
        } else this.emit(ctx === "Store" ? OP.STORE_DEREF : OP.DELETE_DEREF, slot);
        return;
      }
      case "fast":
        this.emit(
          ctx === "Load" ? OP.LOAD_FAST : ctx === "Store" ? OP.STORE_FAST : OP.DELETE_FAST,
          u.varIndex(mangled),
        );
        return;
      case "global":
        if (ctx === "Load") {
          if (ste.canSeeClassScope && scope === Scope.GLOBAL_IMPLICIT) {
            this.emit(OP.LOAD_DEREF, u.derefIndex("__classdict__"));
            this.emit(OP.LOAD_FROM_DICT_OR_GLOBALS, u.addName(mangled));
          } else this.emit(OP.LOAD_GLOBAL, u.addName(mangled) << 1);
        } else this.emit(ctx === "Store" ? OP.STORE_GLOBAL : OP.DELETE_GLOBAL, u.addName(mangled));
        return;
      case "name":
        // a comprehension inlined into a class body does not see the class namespace
        if (ctx === "Load" && ste.type === "ClassBlock" && u.inInlinedComp > 0) {
          this.emit(OP.LOAD_GLOBAL, u.addName(mangled) << 1);
          return;
        }
        this.emit(
          ctx === "Load" ? OP.LOAD_NAME : ctx === "Store" ? OP.STORE_NAME : OP.DELETE_NAME,
          u.addName(mangled),
        );
        return;
    }
  }

  /** Load a name followed by NULL for a call: LOAD_GLOBAL's low bit does it in one instruction. */
  private loadCallable(e: Expr): void {
    if (e._type === "Name") {
      const mangled = maybeMangle(this.u.privateName, this.u.ste, e.id);
      const sc = this.u.ste.getScope(mangled);
      const fnLike = this.u.ste.isFunctionLike() ||
        (this.u.ste.type === "ClassBlock" && this.u.inInlinedComp > 0);
      if (
        (sc === Scope.GLOBAL_EXPLICIT ||
          (sc === Scope.GLOBAL_IMPLICIT && fnLike && !this.u.ste.canSeeClassScope)) && e.id !== "__debug__"
      ) {
        this.setLoc(e);
        this.emit(OP.LOAD_GLOBAL, (this.u.addName(mangled) << 1) | 1);
        return;
      }
    }
    if (e._type === "Attribute" && e.ctx === "Load") {
      if (this.superAttr(e, true)) return;
      this.visitExpr(e.value);
      this.setLoc(e);
      this.emit(OP.LOAD_ATTR, (this.u.addName(maybeMangle(this.u.privateName, this.u.ste, e.attr)) << 1) | 1);
      return;
    }
    this.visitExpr(e);
    this.emit(OP.PUSH_NULL);
  }

  /**
   * `super().name` and `super(C, x).name` as CPython compiles them (can_optimize_super_call): `super`, the
   * class and the object are pushed and LOAD_SUPER_ATTR looks the name up without a super object. Only
   * where `super` is the builtin as far as the compiler can see, and for the zero-argument form inside a
   * function with a first positional parameter and the __class__ cell. False: not applicable, nothing emitted.
   */
  private superAttr(e: Node<"Attribute">, method: boolean): boolean {
    const call = e.value;
    if (
      call._type !== "Call" || call.func._type !== "Name" || call.func.id !== "super" ||
      e.attr === "__class__" ||
      call.keywords.length !== 0
    ) return false;
    const u = this.u;
    if (u.ste.getScope("super") !== Scope.GLOBAL_IMPLICIT || this.st.top.getScope("super") !== 0) {
      return false;
    }
    const n = call.args.length;
    if (n === 2) {
      if (call.args.some((a) => a._type === "Starred")) return false;
    } else if (
      n !== 0 || (u.argcount === 0 && u.posonlyargcount === 0) || u.ste.getScope("__class__") !== Scope.FREE
    ) return false;
    this.nameOp("super", "Load", call.func);
    if (n === 2) {
      this.visitExpr(call.args[0]);
      this.visitExpr(call.args[1]);
    } else {
      this.nameOp("__class__", "Load", call);
      this.nameOp(u.varnames[0], "Load", call);
    }
    this.setLoc(e);
    const name = this.u.addName(maybeMangle(this.u.privateName, this.u.ste, e.attr));
    this.emit(OP.LOAD_SUPER_ATTR, (name << 2) | (n === 2 ? 2 : 0) | (method ? 1 : 0));
    return true;
  }

  // ---- frame blocks ----------------------------------------------------------------------------

  private pushFBlock(
    type: FBlock,
    block: Label,
    exit: Label | null,
    datum: Stmt[] | string | null,
    p: Position,
  ): void {
    if (this.u.fblocks.length >= MAX_STATICALLY_NESTED_BLOCKS) {
      this.error("too many statically nested blocks", p);
    }
    this.u.fblocks.push({ type, block, exit, datum, loc: this.loc });
  }

  private popFBlock(): void {
    this.u.fblocks.pop();
  }

  /** Undo what a frame block set up, on the way out via break/continue/return. */
  private unwindFBlock(info: FBlockInfo, preserveTos: boolean): void {
    switch (info.type) {
      case FBlock.WhileLoop:
      case FBlock.ExceptionHandler:
      case FBlock.ExceptionGroupHandler:
      case FBlock.AsyncComprehensionGenerator:
      case FBlock.StopIteration:
        return;
      case FBlock.ForLoop:
        if (preserveTos) this.emit(OP.SWAP, 2);
        this.emit(OP.POP_ITER);
        return;
      case FBlock.AsyncForLoop:
        if (preserveTos) this.emit(OP.SWAP, 2);
        this.emit(OP.POP_TOP);
        return;
      case FBlock.TryExcept:
        this.emit(OP.POP_BLOCK);
        return;
      case FBlock.FinallyTry: {
        this.emit(OP.POP_BLOCK);
        if (preserveTos) this.pushFBlock(FBlock.PopValue, new Label(), null, null, locPos(this.loc));
        this.visitStmts(info.datum as Stmt[]);
        if (preserveTos) this.popFBlock();
        return;
      }
      case FBlock.FinallyEnd:
        if (preserveTos) this.emit(OP.SWAP, 2);
        this.emit(OP.POP_TOP);
        if (preserveTos) this.emit(OP.SWAP, 2);
        this.emit(OP.POP_BLOCK);
        this.emit(OP.POP_EXCEPT);
        return;
      case FBlock.With:
      case FBlock.AsyncWith:
        this.emit(OP.POP_BLOCK);
        if (preserveTos) {
          this.emit(OP.SWAP, 3);
          this.emit(OP.SWAP, 2);
        }
        this.callExitWithNones();
        if (info.type === FBlock.AsyncWith) {
          this.emit(OP.GET_AWAITABLE, 2);
          this.loadConst(null);
          this.addYieldFrom(true);
        }
        this.emit(OP.POP_TOP);
        return;
      case FBlock.HandlerCleanup:
        if (info.datum !== null) this.emit(OP.POP_BLOCK);
        if (preserveTos) this.emit(OP.SWAP, 2);
        this.emit(OP.POP_BLOCK);
        this.emit(OP.POP_EXCEPT);
        if (info.datum !== null) {
          this.loadConst(null);
          this.nameOp(info.datum as string, "Store");
          this.nameOp(info.datum as string, "Del");
        }
        return;
      case FBlock.PopValue:
        if (preserveTos) this.emit(OP.SWAP, 2);
        this.emit(OP.POP_TOP);
        return;
    }
  }

  /** Unwind frame blocks from the innermost out; stop at (and return) the first loop if `toLoop`. */
  private unwindFBlockStack(preserveTos: boolean, toLoop: boolean): FBlockInfo | null {
    const blocks = this.u.fblocks;
    if (blocks.length === 0) return null;
    const top = blocks[blocks.length - 1];
    if (top.type === FBlock.ExceptionGroupHandler) {
      this.error("'break', 'continue' and 'return' cannot appear in an except* block", this.loc);
    }
    if (
      toLoop &&
      (top.type === FBlock.WhileLoop || top.type === FBlock.ForLoop || top.type === FBlock.AsyncForLoop)
    ) {
      return top;
    }
    const copy = blocks.pop()!;
    this.unwindFBlock(copy, preserveTos);
    const found = this.unwindFBlockStack(preserveTos, toLoop);
    blocks.push(copy);
    return found;
  }

  // ---- statements ------------------------------------------------------------------------------

  private visitStmts(body: Stmt[]): void {
    for (const s of body) this.visitStmt(s);
  }

  visitStmt(s: Stmt): void {
    this.setLoc(s);
    switch (s._type) {
      case "FunctionDef":
      case "AsyncFunctionDef":
        return this.visitFunctionDef(s);
      case "ClassDef":
        return this.visitClassDef(s);
      case "TypeAlias":
        return this.visitTypeAlias(s);
      case "Return":
        return this.visitReturn(s);
      case "Delete":
        for (const t of s.targets) this.visitExpr(t);
        return;
      case "Assign": {
        this.visitExpr(s.value);
        for (let i = 0; i < s.targets.length; i++) {
          if (i < s.targets.length - 1) this.emit(OP.COPY, 1);
          this.visitExpr(s.targets[i]);
        }
        return;
      }
      case "AugAssign":
        return this.visitAugAssign(s);
      case "AnnAssign":
        return this.visitAnnAssign(s);
      case "For":
        return this.visitFor(s);
      case "AsyncFor":
        return this.visitAsyncFor(s);
      case "While":
        return this.visitWhile(s);
      case "If":
        return this.visitIf(s);
      case "With":
      case "AsyncWith":
        return this.visitWith(s, 0);
      case "Match":
        return this.visitMatch(s);
      case "Raise": {
        let n = 0;
        if (s.exc) {
          this.visitExpr(s.exc);
          n++;
          if (s.cause) {
            this.visitExpr(s.cause);
            n++;
          }
        }
        this.setLoc(s);
        this.emit(OP.RAISE_VARARGS, n);
        return;
      }
      case "Try":
        return s.finalbody.length > 0 ? this.visitTryFinally(s) : this.visitTryExcept(s);
      case "TryStar":
        return s.finalbody.length > 0 ? this.visitTryFinally(s) : this.visitTryStarExcept(s);
      case "Assert":
        return this.visitAssert(s);
      case "Import":
        return this.visitImport(s);
      case "ImportFrom":
        return this.visitImportFrom(s);
      case "Global":
      case "Nonlocal":
        return;
      case "Expr": {
        const v = s.value;
        // IS_INTERACTIVE_TOP_LEVEL: every expression statement of "single" code outside functions and
        // classes is displayed, also inside if/for/try blocks
        if (this.interactive && this.u.scopeType === "module") {
          this.visitExpr(v);
          this.setLoc(s);
          this.emit(OP.CALL_INTRINSIC_1, intrinsic1("INTRINSIC_PRINT"));
          this.emit(OP.POP_TOP);
          return;
        }
        if (v._type === "Constant") {
          // a constant statement has no effect: only a NOP keeps its line for tracing
          this.emit(OP.NOP);
          return;
        }
        this.visitExpr(v);
        this.setLoc(s);
        this.emit(OP.POP_TOP);
        return;
      }
      case "Pass":
        this.emit(OP.NOP);
        return;
      case "Break":
        return this.visitBreakContinue(s, true);
      case "Continue":
        return this.visitBreakContinue(s, false);
    }
  }

  private visitReturn(s: Node<"Return">): void {
    const ste = this.u.ste;
    if (!ste.isFunctionLike() || this.u.scopeType === "module" || this.u.scopeType === "class") {
      this.error("'return' outside function", s);
    }
    if (s.value && ste.coroutine && ste.generator) this.error("'return' with value in async generator", s);
    const preserve = s.value !== null && s.value._type !== "Constant";
    if (preserve) this.visitExpr(s.value!);
    else if (s.value === null || s.value._type === "Constant") {
      // constants are loaded after unwinding, as CPython does
    }
    // (PEP 765's warnings come from the exceptional copy, the only one inside a FinallyEnd block)
    if (this.inFinallyBody(false)) this.warn("'return' in a 'finally' block", s, true);
    this.setLoc(s);
    this.unwindFBlockStack(preserve, false);
    if (!preserve) this.loadConst(s.value ? (s.value as Node<"Constant">).value : null);
    this.setLoc(s);
    this.emit(OP.RETURN_VALUE);
  }

  /**
   * PEP 765: whether a return (or, with `loop`, a break/continue leaving its loop) is in a finally body.
   * Only the exceptional copy of the body (under FinallyEnd) is asked, so each statement warns once.
   */
  private inFinallyBody(loop: boolean): boolean {
    const blocks = this.u.fblocks;
    for (let i = blocks.length - 1; i >= 0; i--) {
      const t = blocks[i].type;
      if (t === FBlock.FinallyEnd) return true;
      if (loop && (t === FBlock.WhileLoop || t === FBlock.ForLoop || t === FBlock.AsyncForLoop)) return false;
    }
    return false;
  }

  private visitBreakContinue(s: Position, isBreak: boolean): void {
    if (this.inFinallyBody(true)) {
      this.warn(`'${isBreak ? "break" : "continue"}' in a 'finally' block`, s, true);
    }
    const loop = this.unwindFBlockStack(false, true);
    if (loop === null) {
      this.error(isBreak ? "'break' outside loop" : "'continue' not properly in loop", s);
    }
    this.setLoc(s);
    if (isBreak) {
      this.unwindFBlock(loop, false);
      this.emitJump(OP.JUMP, loop.exit!);
    } else this.emitJump(OP.JUMP, loop.block);
  }

  private visitAugAssign(s: Node<"AugAssign">): void {
    const t = s.target;
    const op = INPLACE[s.op];
    switch (t._type) {
      case "Attribute":
        this.visitExpr(t.value);
        this.emit(OP.COPY, 1);
        this.setLoc(t);
        this.emit(OP.LOAD_ATTR, this.u.addName(maybeMangle(this.u.privateName, this.u.ste, t.attr)) << 1);
        this.visitExpr(s.value);
        this.setLoc(s);
        this.emit(OP.BINARY_OP, op);
        this.setLoc(t);
        this.emit(OP.SWAP, 2);
        this.emit(OP.STORE_ATTR, this.u.addName(maybeMangle(this.u.privateName, this.u.ste, t.attr)));
        return;
      case "Subscript":
        this.visitExpr(t.value);
        if (t.slice._type === "Slice" && this.isSimpleSlice(t.slice)) {
          this.visitSliceBounds(t.slice);
          this.emit(OP.COPY, 3);
          this.emit(OP.COPY, 3);
          this.emit(OP.COPY, 3);
          this.emit(OP.BINARY_SLICE);
          this.visitExpr(s.value);
          this.setLoc(s);
          this.emit(OP.BINARY_OP, op);
          this.emit(OP.SWAP, 4);
          this.emit(OP.SWAP, 3);
          this.emit(OP.SWAP, 2);
          this.emit(OP.STORE_SLICE);
          return;
        }
        this.visitExpr(t.slice);
        this.emit(OP.COPY, 2);
        this.emit(OP.COPY, 2);
        this.emit(OP.BINARY_OP, NB.NB_SUBSCR);
        this.visitExpr(s.value);
        this.setLoc(s);
        this.emit(OP.BINARY_OP, op);
        this.emit(OP.SWAP, 3);
        this.emit(OP.SWAP, 2);
        this.emit(OP.STORE_SUBSCR);
        return;
      case "Name":
        this.nameOp(t.id, "Load", t);
        this.visitExpr(s.value);
        this.setLoc(s);
        this.emit(OP.BINARY_OP, op);
        this.nameOp(t.id, "Store", t);
        return;
      default:
        this.error("illegal expression for augmented assignment", t);
    }
  }

  private visitAnnAssign(s: Node<"AnnAssign">): void {
    const t = s.target;
    if (t._type === "Name" && t.id === "__debug__") this.error("cannot assign to __debug__", t);
    if (t._type === "Attribute" && t.attr === "__debug__") this.error("cannot assign to __debug__", t);
    if (s.value) {
      this.visitExpr(s.value);
      this.visitExpr(t);
    } else if (t._type === "Attribute") {
      // `x.a: int` evaluates x
      this.visitExpr(t.value);
      this.emit(OP.POP_TOP);
    } else if (t._type === "Subscript") {
      this.visitExpr(t.value);
      this.emit(OP.POP_TOP);
      this.visitSubscriptCheck(t.slice);
    }
    // 3.14: the annotation itself is evaluated lazily by __annotate__ (emitted after the body)
  }

  private visitSubscriptCheck(e: Expr): void {
    if (e._type === "Slice") {
      for (const x of [e.lower, e.upper, e.step]) {
        if (x) {
          this.visitExpr(x);
          this.emit(OP.POP_TOP);
        }
      }
    } else {
      this.visitExpr(e);
      this.emit(OP.POP_TOP);
    }
  }

  private visitIf(s: Node<"If">): void {
    const end = new Label();
    const next = s.orelse.length > 0 ? new Label() : end;
    this.jumpIf(s.test, next, false);
    this.visitStmts(s.body);
    if (s.orelse.length > 0) {
      this.emitJump(OP.JUMP, end, NO_LOCATION);
      this.bind(next);
      this.visitStmts(s.orelse);
    }
    this.bind(end);
  }

  private visitWhile(s: Node<"While">): void {
    const loop = new Label();
    const body = new Label();
    const anchor = new Label();
    const end = new Label();
    this.bind(loop);
    this.pushFBlock(FBlock.WhileLoop, loop, end, null, s);
    this.jumpIf(s.test, anchor, false);
    this.bind(body);
    this.visitStmts(s.body);
    this.setLoc(s);
    this.jumpIf(s.test, body, true);
    this.popFBlock();
    this.bind(anchor);
    this.visitStmts(s.orelse);
    this.bind(end);
  }

  private visitFor(s: Node<"For">): void {
    const start = new Label();
    const cleanup = new Label();
    const end = new Label();
    this.visitExpr(s.iter);
    this.setLoc(s.iter);
    this.emit(OP.GET_ITER);
    this.bind(start);
    this.pushFBlock(FBlock.ForLoop, start, end, null, s);
    this.emitJump(OP.FOR_ITER, cleanup);
    this.visitExpr(s.target);
    this.visitStmts(s.body);
    this.setLoc(s.target);
    this.emitJump(OP.JUMP, start);
    this.bind(cleanup);
    this.setLoc(s.iter);
    this.emit(OP.END_FOR);
    this.emit(OP.POP_ITER);
    this.popFBlock();
    this.visitStmts(s.orelse);
    this.bind(end);
  }

  private visitAsyncFor(s: Node<"AsyncFor">): void {
    const start = new Label();
    const except = new Label();
    const end = new Label();
    this.visitExpr(s.iter);
    this.setLoc(s.iter);
    this.emit(OP.GET_AITER);
    this.bind(start);
    this.pushFBlock(FBlock.AsyncForLoop, start, end, null, s);
    this.emitJump(OP.SETUP_FINALLY, except);
    this.emit(OP.GET_ANEXT);
    this.loadConst(null);
    this.addYieldFrom(true);
    this.emit(OP.POP_BLOCK);
    this.visitExpr(s.target);
    this.visitStmts(s.body);
    this.setLoc(s);
    this.emitJump(OP.JUMP, start);
    this.popFBlock();
    this.bind(except);
    this.setLoc(s.iter);
    this.emit(OP.END_ASYNC_FOR);
    this.visitStmts(s.orelse);
    this.bind(end);
  }

  private callExitWithNones(): void {
    this.loadConst(null);
    this.loadConst(null);
    this.loadConst(null);
    this.emit(OP.CALL, 3);
  }

  private visitWith(s: Node<"With"> | Node<"AsyncWith">, pos: number): void {
    const isAsync = s._type === "AsyncWith";
    const item = s.items[pos];
    const block = new Label();
    const final = new Label();
    const exit = new Label();
    const cleanup = new Label();
    this.visitExpr(item.context_expr);
    // __enter__/__exit__ calls are located at the item's expression (which manager failed, 3.12+)
    this.setLoc(item.context_expr);
    this.emit(OP.COPY, 1);
    this.emit(OP.LOAD_SPECIAL, isAsync ? 3 : 1);
    this.emit(OP.SWAP, 2);
    this.emit(OP.SWAP, 3);
    this.emit(OP.LOAD_SPECIAL, isAsync ? 2 : 0);
    this.emit(OP.CALL, 0);
    if (isAsync) {
      this.emit(OP.GET_AWAITABLE, 1);
      this.loadConst(null);
      this.addYieldFrom(true);
    }
    this.emitJump(OP.SETUP_WITH, final);
    this.bind(block);
    this.pushFBlock(isAsync ? FBlock.AsyncWith : FBlock.With, block, final, null, s);
    if (item.optional_vars) this.visitExpr(item.optional_vars);
    else this.emit(OP.POP_TOP);
    if (pos + 1 < s.items.length) this.visitWith(s, pos + 1);
    else this.visitStmts(s.body);
    this.popFBlock();
    this.setLoc(item.context_expr);
    this.emit(OP.POP_BLOCK);
    this.callExitWithNones();
    if (isAsync) {
      this.emit(OP.GET_AWAITABLE, 2);
      this.loadConst(null);
      this.addYieldFrom(true);
    }
    this.emit(OP.POP_TOP);
    this.emitJump(OP.JUMP, exit);
    // exceptional exit
    this.bind(final);
    this.emitJump(OP.SETUP_CLEANUP, cleanup);
    this.emit(OP.PUSH_EXC_INFO);
    this.emit(OP.WITH_EXCEPT_START);
    if (isAsync) {
      this.emit(OP.GET_AWAITABLE, 2);
      this.loadConst(null);
      this.addYieldFrom(true);
    }
    this.emit(OP.TO_BOOL);
    const suppress = new Label();
    this.emitJump(OP.POP_JUMP_IF_TRUE, suppress);
    this.emit(OP.RERAISE, 2);
    this.bind(suppress);
    this.emit(OP.POP_TOP);
    this.emit(OP.POP_BLOCK);
    this.emit(OP.POP_EXCEPT);
    this.emit(OP.POP_TOP);
    this.emit(OP.POP_TOP);
    this.emit(OP.POP_TOP);
    this.emitJump(OP.JUMP, exit);
    this.bind(cleanup);
    this.popExceptAndReraise();
    this.bind(exit);
  }

  private popExceptAndReraise(): void {
    this.emit(OP.COPY, 3, NO_LOCATION);
    this.emit(OP.POP_EXCEPT, 0, NO_LOCATION);
    this.emit(OP.RERAISE, 1, NO_LOCATION);
  }

  private visitTryFinally(s: Node<"Try"> | Node<"TryStar">): void {
    const body = new Label();
    const end = new Label();
    const exit = new Label();
    const cleanup = new Label();
    this.emitJump(OP.SETUP_FINALLY, end);
    this.bind(body);
    this.pushFBlock(FBlock.FinallyTry, body, end, s.finalbody, s);
    if (s.handlers.length > 0) {
      if (s._type === "TryStar") this.visitTryStarExcept(s);
      else this.visitTryExcept(s);
    } else this.visitStmts(s.body);
    this.emit(OP.POP_BLOCK, 0, NO_LOCATION);
    this.popFBlock();
    this.visitStmts(s.finalbody);
    this.emitJump(OP.JUMP, exit, NO_LOCATION);
    // exceptional path
    this.bind(end);
    this.loc = NO_LOCATION;
    this.emitJump(OP.SETUP_CLEANUP, cleanup);
    this.emit(OP.PUSH_EXC_INFO);
    this.pushFBlock(FBlock.FinallyEnd, end, null, null, s);
    this.warningsOff++;
    try {
      this.visitStmts(s.finalbody);
    } finally {
      this.warningsOff--;
    }
    this.popFBlock();
    this.loc = NO_LOCATION;
    this.emit(OP.RERAISE, 0);
    this.bind(cleanup);
    this.popExceptAndReraise();
    this.bind(exit);
  }

  private visitTryExcept(s: Node<"Try">): void {
    const body = new Label();
    const except = new Label();
    const end = new Label();
    const cleanup = new Label();
    this.emitJump(OP.SETUP_FINALLY, except);
    this.bind(body);
    this.pushFBlock(FBlock.TryExcept, body, null, null, s);
    this.visitStmts(s.body);
    this.popFBlock();
    this.emit(OP.POP_BLOCK, 0, NO_LOCATION);
    this.visitStmts(s.orelse);
    this.emitJump(OP.JUMP, end, NO_LOCATION);
    this.bind(except);
    this.loc = NO_LOCATION;
    this.emitJump(OP.SETUP_CLEANUP, cleanup);
    this.emit(OP.PUSH_EXC_INFO);
    this.pushFBlock(FBlock.ExceptionHandler, new Label(), null, null, s);
    for (let i = 0; i < s.handlers.length; i++) {
      const h = s.handlers[i] as ExceptHandler;
      this.setLoc(h);
      if (!h.type && i < s.handlers.length - 1) this.error("default 'except:' must be last", h);
      const next = new Label();
      if (h.type) {
        this.visitExpr(h.type);
        this.setLoc(h);
        this.emit(OP.CHECK_EXC_MATCH);
        this.emitJump(OP.POP_JUMP_IF_FALSE, next);
      }
      if (h.name) {
        const cleanupEnd = new Label();
        const cleanupBody = new Label();
        this.nameOp(h.name, "Store");
        this.emitJump(OP.SETUP_CLEANUP, cleanupEnd);
        this.bind(cleanupBody);
        this.pushFBlock(FBlock.HandlerCleanup, cleanupBody, null, h.name, h);
        this.visitStmts(h.body);
        this.popFBlock();
        this.loc = NO_LOCATION;
        this.emit(OP.POP_BLOCK);
        this.emit(OP.POP_BLOCK);
        this.emit(OP.POP_EXCEPT);
        this.loadConst(null);
        this.nameOp(h.name, "Store");
        this.nameOp(h.name, "Del");
        this.emitJump(OP.JUMP, end);
        this.bind(cleanupEnd);
        this.loc = NO_LOCATION;
        this.loadConst(null);
        this.nameOp(h.name, "Store");
        this.nameOp(h.name, "Del");
        this.emit(OP.RERAISE, 1);
      } else {
        const cleanupBody = new Label();
        this.emit(OP.POP_TOP);
        this.bind(cleanupBody);
        this.pushFBlock(FBlock.HandlerCleanup, cleanupBody, null, null, h);
        this.visitStmts(h.body);
        this.popFBlock();
        this.loc = NO_LOCATION;
        this.emit(OP.POP_BLOCK);
        this.emit(OP.POP_EXCEPT);
        this.emitJump(OP.JUMP, end);
      }
      this.bind(next);
    }
    this.popFBlock();
    this.loc = NO_LOCATION;
    this.emit(OP.RERAISE, 0);
    this.bind(cleanup);
    this.popExceptAndReraise();
    this.bind(end);
  }

  /** try/except* (PEP 654), after CPython's codegen_try_star_except. */
  private visitTryStarExcept(s: Node<"TryStar"> | Node<"Try">): void {
    const body = new Label();
    const except = new Label();
    const orelse = new Label();
    const end = new Label();
    const cleanup = new Label();
    const reraiseStar = new Label();
    this.emitJump(OP.SETUP_FINALLY, except);
    this.bind(body);
    this.pushFBlock(FBlock.TryExcept, body, null, null, s);
    this.visitStmts(s.body);
    this.popFBlock();
    this.emit(OP.POP_BLOCK, 0, NO_LOCATION);
    this.emitJump(OP.JUMP, orelse, NO_LOCATION);
    this.bind(except);
    this.loc = NO_LOCATION;
    this.emitJump(OP.SETUP_CLEANUP, cleanup);
    this.emit(OP.PUSH_EXC_INFO);
    this.pushFBlock(FBlock.ExceptionGroupHandler, new Label(), null, null, s);
    const n = s.handlers.length;
    for (let i = 0; i < n; i++) {
      const h = s.handlers[i] as ExceptHandler;
      this.setLoc(h);
      const next = new Label();
      const exceptWithError = new Label();
      const noMatch = new Label();
      if (i === 0) {
        // [orig, res] : orig is the group being handled, res collects what was raised
        this.emit(OP.BUILD_LIST, 0);
        this.emit(OP.COPY, 2);
      }
      if (!h.type) this.error("expected one or more exception types", h);
      this.visitExpr(h.type);
      this.setLoc(h);
      this.emit(OP.CHECK_EG_MATCH);
      this.emit(OP.COPY, 1);
      this.emitJump(OP.POP_JUMP_IF_NONE, noMatch);
      if (h.name) this.nameOp(h.name, "Store");
      else this.emit(OP.POP_TOP);
      const cleanupEnd = new Label();
      const cleanupBody = new Label();
      this.emitJump(OP.SETUP_CLEANUP, cleanupEnd);
      this.bind(cleanupBody);
      this.pushFBlock(FBlock.HandlerCleanup, cleanupBody, null, h.name, h);
      this.visitStmts(h.body);
      this.popFBlock();
      this.loc = NO_LOCATION;
      this.emit(OP.POP_BLOCK);
      if (h.name) {
        this.loadConst(null);
        this.nameOp(h.name, "Store");
        this.nameOp(h.name, "Del");
      }
      this.emitJump(OP.JUMP, next);
      // a new exception raised in the handler body joins the result list
      this.bind(cleanupEnd);
      if (h.name) {
        this.loadConst(null);
        this.nameOp(h.name, "Store");
        this.nameOp(h.name, "Del");
      }
      this.bind(exceptWithError);
      this.emit(OP.LIST_APPEND, 3);
      this.emit(OP.POP_TOP);
      this.emitJump(OP.JUMP, next);
      this.bind(noMatch);
      this.emit(OP.POP_TOP);
      this.bind(next);
      if (i === n - 1) {
        // [orig, res, rest]
        this.emit(OP.LIST_APPEND, 1);
        this.emitJump(OP.JUMP, reraiseStar);
      }
    }
    this.popFBlock();
    const reraise = new Label();
    this.bind(reraiseStar);
    this.emit(OP.CALL_INTRINSIC_2, intrinsic2("INTRINSIC_PREP_RERAISE_STAR"));
    this.emit(OP.COPY, 1);
    this.emitJump(OP.POP_JUMP_IF_NOT_NONE, reraise);
    this.emit(OP.POP_TOP);
    this.emit(OP.POP_BLOCK);
    this.emit(OP.POP_EXCEPT);
    this.emitJump(OP.JUMP, end);
    this.bind(reraise);
    this.emit(OP.POP_BLOCK);
    this.emit(OP.SWAP, 2);
    this.emit(OP.POP_EXCEPT);
    this.emit(OP.RERAISE, 0);
    this.bind(cleanup);
    this.popExceptAndReraise();
    this.bind(orelse);
    this.visitStmts(s.orelse);
    this.bind(end);
  }

  private visitAssert(s: Node<"Assert">): void {
    if (this.opts.optimize > 0) return;
    if (s.test._type === "Tuple" && s.test.elts.length > 0) {
      this.warn("assertion is always true, perhaps remove parentheses?", s);
    }
    const end = new Label();
    this.jumpIf(s.test, end, true);
    this.setLoc(s);
    this.emit(OP.LOAD_COMMON_CONSTANT, COMMON_CONSTANTS.indexOf("AssertionError"));
    if (s.msg) {
      this.visitExpr(s.msg);
      this.setLoc(s);
      this.emit(OP.CALL, 0);
    }
    // 3.14 raises at the test's location, so the traceback's carets mark the failed condition
    this.setLoc(s.test);
    this.emit(OP.RAISE_VARARGS, 1);
    this.bind(end);
  }

  private visitImport(s: Node<"Import">): void {
    for (const a of s.names) {
      this.setLoc(a);
      this.loadConst(0n);
      this.loadConst(null);
      this.emit(OP.IMPORT_NAME, this.u.addName(a.name));
      if (a.asname) {
        const parts = a.name.split(".");
        if (parts.length > 1) {
          for (let i = 1; i < parts.length; i++) {
            this.emit(OP.IMPORT_FROM, this.u.addName(parts[i]));
            if (i < parts.length - 1) {
              this.emit(OP.SWAP, 2);
              this.emit(OP.POP_TOP);
            }
          }
          this.nameOp(a.asname, "Store");
          this.emit(OP.POP_TOP);
        } else this.nameOp(a.asname, "Store");
      } else {
        this.nameOp(a.name.split(".")[0], "Store");
      }
    }
  }

  private visitImportFrom(s: Node<"ImportFrom">): void {
    const names = new ConstantTuple(s.names.map((a) => a.name));
    this.loadConst(BigInt(s.level ?? 0));
    this.loadConst(names);
    this.emit(OP.IMPORT_NAME, this.u.addName(s.module ?? ""));
    for (const a of s.names) {
      this.setLoc(a);
      if (a.name === "*") {
        this.emit(OP.CALL_INTRINSIC_1, intrinsic1("INTRINSIC_IMPORT_STAR"));
        this.emit(OP.POP_TOP);
        return;
      }
      this.emit(OP.IMPORT_FROM, this.u.addName(a.name));
      this.nameOp(a.asname ?? a.name, "Store");
    }
    this.emit(OP.POP_TOP);
  }

  // ---- functions and classes -------------------------------------------------------------------

  private visitDecorators(list: Expr[]): void {
    for (const d of list) this.visitExpr(d);
  }

  private applyDecorators(list: Expr[]): void {
    for (let i = list.length - 1; i >= 0; i--) {
      this.setLoc(list[i]);
      this.emit(OP.CALL, 0);
    }
  }

  /** Push defaults (tuple) and keyword defaults (dict); returns SET_FUNCTION_ATTRIBUTE flags. */
  private visitDefaults(a: Arguments): number {
    let flags = 0;
    if (a.defaults.length > 0) {
      for (const d of a.defaults) this.visitExpr(d);
      this.emit(OP.BUILD_TUPLE, a.defaults.length);
      flags |= FUNCTION_ATTRIBUTE.defaults;
    }
    let nkw = 0;
    for (let i = 0; i < a.kwonlyargs.length; i++) {
      const d = a.kw_defaults[i];
      if (d) {
        this.loadConst(maybeMangle(this.u.privateName, this.u.ste, a.kwonlyargs[i].arg));
        this.visitExpr(d);
        nkw++;
      }
    }
    if (nkw > 0) {
      this.emit(OP.BUILD_MAP, nkw);
      flags |= FUNCTION_ATTRIBUTE.kwdefaults;
    }
    return flags;
  }

  /** Build `__annotate__` for a function's annotations; returns true if one was pushed. */
  private visitFunctionAnnotate(node: Node<"FunctionDef"> | Node<"AsyncFunctionDef">): boolean {
    const a = node.args;
    const items: [string, Expr][] = [];
    const add = (arg: Node<"arg"> | null) => {
      if (arg && arg.annotation) {
        items.push([maybeMangle(this.u.privateName, this.u.ste, arg.arg), arg.annotation]);
      }
    };
    for (const x of a.posonlyargs) add(x);
    for (const x of a.args) add(x);
    add(a.vararg);
    for (const x of a.kwonlyargs) add(x);
    add(a.kwarg);
    if (node.returns) items.push(["return", node.returns]);
    if (items.length === 0) return false;
    if (this.opts.futureAnnotations) {
      // stringified annotations: a plain __annotations__ dict built eagerly
      for (const [k, v] of items) {
        this.loadConst(k);
        this.loadConst(unparseForAnnotation(v, this.opts.lineText));
      }
      this.emit(OP.BUILD_MAP, items.length);
      return true;
    }
    const key = annotationKey(node);
    this.enterUnit(key, "__annotate__", "annotations", node.lineno);
    this.annotateFormatCheck();
    for (const [k, v] of items) {
      this.loadConst(k);
      if (v._type === "Starred") {
        // `*args: *Ts` (PEP 646) evaluates to the single unpacked item
        this.visitExpr(v.value);
        this.emit(OP.UNPACK_SEQUENCE, 1);
      } else this.visitExpr(v);
    }
    this.emit(OP.BUILD_MAP, items.length);
    this.emit(OP.RETURN_VALUE);
    this.u.argcount = 1;
    this.u.posonlyargcount = 1;
    const code = this.exitUnit();
    this.makeClosure(code, 0, key);
    return true;
  }

  /** `if format > 2: raise NotImplementedError` — the prologue of every annotate function. */
  private annotateFormatCheck(): void {
    const ok = new Label();
    this.emit(OP.LOAD_FAST, this.u.varIndex("format"));
    this.loadConst(2n);
    this.emit(OP.COMPARE_OP, COMPARE.Gt << 5);
    this.emitJump(OP.POP_JUMP_IF_FALSE, ok);
    this.emit(OP.LOAD_COMMON_CONSTANT, COMMON_CONSTANTS.indexOf("NotImplementedError"));
    this.emit(OP.RAISE_VARARGS, 1);
    this.bind(ok);
  }

  /** MAKE_FUNCTION for `code` (closure from the current unit), then apply `flags` attributes. */
  private makeClosure(code: CodeObject, flags: number, _key?: object): void {
    const free = code.co_freevars;
    if (free.length > 0) {
      for (const name of free) {
        // a free variable of the child is a cell or free variable here (or an implicit class cell)
        this.emit(OP.LOAD_CLOSURE, this.closureIndex(name));
      }
      this.emit(OP.BUILD_TUPLE, free.length);
      flags |= FUNCTION_ATTRIBUTE.closure;
    }
    this.loadConst(code);
    this.emit(OP.MAKE_FUNCTION);
    for (
      const bit of [
        FUNCTION_ATTRIBUTE.closure,
        FUNCTION_ATTRIBUTE.annotate,
        FUNCTION_ATTRIBUTE.annotations,
        FUNCTION_ATTRIBUTE.kwdefaults,
        FUNCTION_ATTRIBUTE.defaults,
      ]
    ) {
      if (flags & bit) this.emit(OP.SET_FUNCTION_ATTRIBUTE, bit);
    }
  }

  /** The cell a closure captures: this scope's own cell, or the free variable it passes on. */
  private closureIndex(name: string): number {
    const u = this.u;
    const ownCell = u.ste.getScope(name) === Scope.CELL ||
      (u.ste.type === "ClassBlock" &&
        (name === "__class__" || name === "__classdict__" || name === "__conditional_annotations__"));
    return u.derefIndex(name, !ownCell);
  }

  /** CPython's codegen_check_debug_args: no parameter may be called __debug__. */
  private checkDebugArgs(a: Arguments): void {
    for (const arg of [...a.posonlyargs, ...a.args, a.vararg, ...a.kwonlyargs, a.kwarg]) {
      if (arg && arg.arg === "__debug__") this.error("cannot assign to __debug__", arg);
    }
  }

  private visitFunctionDef(s: Node<"FunctionDef"> | Node<"AsyncFunctionDef">): void {
    this.checkDebugArgs(s.args);
    this.visitDecorators(s.decorator_list);
    const firstlineno = s.decorator_list.length > 0 ? s.decorator_list[0].lineno : s.lineno;
    const isGeneric = s.type_params.length > 0;
    let flags = 0;
    if (isGeneric) {
      // def f[T](...): a wrapper function creates the type parameters, then f; defaults are its arguments
      const params: string[] = [];
      if (s.args.defaults.length > 0) params.push(".defaults");
      if (s.args.kw_defaults.some((d) => d !== null)) params.push(".kwdefaults");
      this.enterUnit(s.type_params, `<generic parameters of ${s.name}>`, "typeparams", firstlineno);
      this.u.argcount = params.length;
      this.visitTypeParams(s.type_params);
      for (const p of params) this.emit(OP.LOAD_FAST, this.u.varIndex(p));
      if (params.includes(".defaults")) flags |= FUNCTION_ATTRIBUTE.defaults;
      if (params.includes(".kwdefaults")) flags |= FUNCTION_ATTRIBUTE.kwdefaults;
      this.buildFunctionObject(s, flags, firstlineno);
      this.emit(OP.SWAP, 2);
      this.emit(OP.CALL_INTRINSIC_2, intrinsic2("INTRINSIC_SET_FUNCTION_TYPE_PARAMS"));
      this.emit(OP.RETURN_VALUE);
      const wrapper = this.exitUnit();
      this.setLoc(s);
      this.makeClosure(wrapper, 0);
      this.emit(OP.PUSH_NULL);
      this.visitDefaults(s.args);
      this.emit(OP.CALL, params.length);
    } else {
      flags = this.visitDefaults(s.args);
      this.buildFunctionObject(s, flags, firstlineno);
    }
    this.applyDecorators(s.decorator_list);
    this.nameOp(s.name, "Store", s);
  }

  /** With defaults/kwdefaults already on the stack per `flags`: build annotate + code + function. */
  private buildFunctionObject(
    s: Node<"FunctionDef"> | Node<"AsyncFunctionDef">,
    flags: number,
    firstlineno: number,
  ): void {
    if (this.visitFunctionAnnotate(s)) {
      flags |= this.opts.futureAnnotations ? FUNCTION_ATTRIBUTE.annotations : FUNCTION_ATTRIBUTE.annotate;
    }
    const code = this.compileFunctionBody(s, firstlineno);
    this.makeClosure(code, flags);
  }

  private compileFunctionBody(
    s: Node<"FunctionDef"> | Node<"AsyncFunctionDef">,
    firstlineno: number,
  ): CodeObject {
    this.enterUnit(s, s.name, "function", firstlineno);
    const u = this.u;
    const a = s.args;
    u.argcount = a.posonlyargs.length + a.args.length;
    u.posonlyargcount = a.posonlyargs.length;
    u.kwonlyargcount = a.kwonlyargs.length;
    let body = s.body;
    let hasDoc = false;
    if (body.length > 0 && this.isDocstring(body[0])) {
      if (this.opts.optimize < 2) {
        u.addConst(cleanDoc(((body[0] as Node<"Expr">).value as Node<"Constant">).value as string));
        hasDoc = true;
      }
      body = body.slice(1);
    }
    this.visitStmts(body);
    this.implicitReturn(body);
    return this.exitUnit(hasDoc ? CO_HAS_DOCSTRING : 0);
  }

  private implicitReturn(body: Stmt[]): void {
    const last = body[body.length - 1];
    this.loc = last ? { ...NO_LOCATION } : NO_LOCATION;
    this.loadConst(null);
    this.emit(OP.RETURN_VALUE);
  }

  private visitTypeParams(params: TypeParam[]): void {
    let seenDefault = false;
    for (const tp of params) {
      if (tp.default_value) seenDefault = true;
      else if (seenDefault) {
        this.error(`non-default type parameter '${tp.name}' follows default type parameter`, tp);
      }
      this.setLoc(tp);
      this.loadConst(tp.name);
      const bound = tp._type === "TypeVar" ? tp.bound : null;
      if (bound) {
        this.lazyEvaluator(tp, bound, tp.name);
        this.emit(
          OP.CALL_INTRINSIC_2,
          intrinsic2(
            bound._type === "Tuple" ? "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS" : "INTRINSIC_TYPEVAR_WITH_BOUND",
          ),
        );
      } else {
        const which = tp._type === "TypeVar"
          ? "INTRINSIC_TYPEVAR"
          : tp._type === "ParamSpec"
          ? "INTRINSIC_PARAMSPEC"
          : "INTRINSIC_TYPEVARTUPLE";
        this.emit(OP.CALL_INTRINSIC_1, intrinsic1(which));
      }
      if (tp.default_value) {
        this.lazyEvaluator(defaultKey(tp), tp.default_value, tp.name, tp._type === "TypeVarTuple");
        this.emit(OP.CALL_INTRINSIC_2, intrinsic2("INTRINSIC_SET_TYPEPARAM_DEFAULT"));
      }
      this.emit(OP.COPY, 1);
      this.nameOp(tp.name, "Store");
    }
    this.emit(OP.BUILD_TUPLE, params.length);
  }

  /** A zero-argument-ish `format` function that evaluates `e` lazily (bounds, defaults, alias values). */
  private lazyEvaluator(key: object, e: Expr, name: string, allowStarred = false): void {
    this.enterUnit(key, name, "annotations", e.lineno);
    this.u.argcount = 1;
    this.u.posonlyargcount = 1;
    this.annotateFormatCheck();
    if (allowStarred && e._type === "Starred") {
      // `*Ts = *default`: the one item the default unpacks to
      this.visitExpr(e.value);
      this.setLoc(e);
      this.emit(OP.UNPACK_SEQUENCE, 1);
    } else this.visitExpr(e);
    this.emit(OP.RETURN_VALUE);
    const code = this.exitUnit();
    this.makeClosure(code, 0);
  }

  private visitTypeAlias(s: Node<"TypeAlias">): void {
    const name = (s.name as Node<"Name">).id;
    if (s.type_params.length > 0) {
      this.enterUnit(s.type_params, `<generic parameters of ${name}>`, "typeparams", s.lineno);
      this.loadConst(name);
      this.visitTypeParams(s.type_params);
      this.lazyEvaluator(s, s.value, name);
      this.emit(OP.BUILD_TUPLE, 3);
      this.emit(OP.CALL_INTRINSIC_1, intrinsic1("INTRINSIC_TYPEALIAS"));
      this.emit(OP.RETURN_VALUE);
      const wrapper = this.exitUnit();
      this.makeClosure(wrapper, 0);
      this.emit(OP.PUSH_NULL);
      this.emit(OP.CALL, 0);
    } else {
      this.loadConst(name);
      this.loadConst(null);
      this.lazyEvaluator(s, s.value, name);
      this.emit(OP.BUILD_TUPLE, 3);
      this.emit(OP.CALL_INTRINSIC_1, intrinsic1("INTRINSIC_TYPEALIAS"));
    }
    this.nameOp(name, "Store", s.name);
  }

  private visitClassDef(s: Node<"ClassDef">): void {
    this.visitDecorators(s.decorator_list);
    const firstlineno = s.decorator_list.length > 0 ? s.decorator_list[0].lineno : s.lineno;
    if (s.type_params.length > 0) {
      this.enterUnit(s.type_params, `<generic parameters of ${s.name}>`, "typeparams", firstlineno, s.name);
      this.visitTypeParams(s.type_params);
      this.nameOp(".type_params", "Store");
      this.emitClassCreation(s, firstlineno, true);
      this.emit(OP.RETURN_VALUE);
      const wrapper = this.exitUnit();
      this.makeClosure(wrapper, 0);
      this.emit(OP.PUSH_NULL);
      this.emit(OP.CALL, 0);
    } else this.emitClassCreation(s, firstlineno, false);
    this.applyDecorators(s.decorator_list);
    this.nameOp(s.name, "Store", s);
  }

  private emitClassCreation(s: Node<"ClassDef">, firstlineno: number, generic: boolean): void {
    const code = this.compileClassBody(s, firstlineno);
    this.setLoc(s);
    this.emit(OP.LOAD_BUILD_CLASS);
    this.emit(OP.PUSH_NULL);
    this.makeClosure(code, 0);
    this.loadConst(s.name);
    const extraBases: (() => void)[] = [];
    if (generic) {
      extraBases.push(() => {
        this.nameOp(".type_params", "Load");
        this.emit(OP.CALL_INTRINSIC_1, intrinsic1("INTRINSIC_SUBSCRIPT_GENERIC"));
        this.emit(OP.COPY, 1);
        this.nameOp(".generic_base", "Store");
      });
    }
    this.emitCallArgs(s.bases, s.keywords, 2, extraBases, s);
  }

  private compileClassBody(s: Node<"ClassDef">, firstlineno: number): CodeObject {
    this.enterUnit(s, s.name, "class", firstlineno, s.name);
    const u = this.u;
    u.privateName = s.name;
    this.setLoc(s);
    this.nameOp("__name__", "Load");
    this.nameOp("__module__", "Store");
    this.loadConst(u.qualname);
    this.nameOp("__qualname__", "Store");
    this.loadConst(BigInt(firstlineno));
    this.nameOp("__firstlineno__", "Store");
    if (u.ste.needsClassdict) {
      this.emit(OP.LOAD_LOCALS);
      this.emit(OP.STORE_DEREF, u.derefIndex("__classdict__"));
    }
    if (s.type_params.length > 0) {
      this.nameOp(".type_params", "Load");
      this.nameOp("__type_params__", "Store");
    }
    let body = s.body;
    if (body.length > 0 && this.isDocstring(body[0])) {
      if (this.opts.optimize < 2) {
        this.setLoc(body[0]);
        this.loadConst(cleanDoc(((body[0] as Node<"Expr">).value as Node<"Constant">).value as string));
        this.nameOp("__doc__", "Store");
      }
      body = body.slice(1);
    }
    this.visitStmts(body);
    this.loc = NO_LOCATION;
    this.emitClassAnnotate(s);
    this.loadConst(new ConstantTuple(u.staticAttributes ?? []));
    this.nameOp("__static_attributes__", "Store");
    if (u.ste.needsClassdict) {
      this.emit(OP.LOAD_CLOSURE, u.derefIndex("__classdict__"));
      this.nameOp("__classdictcell__", "Store");
    }
    if (u.ste.needsClassClosure) {
      this.emit(OP.LOAD_CLOSURE, u.derefIndex("__class__"));
      this.emit(OP.COPY, 1);
      this.nameOp("__classcell__", "Store");
      this.emit(OP.RETURN_VALUE);
    } else {
      this.loadConst(null);
      this.emit(OP.RETURN_VALUE);
    }
    return this.exitUnit();
  }

  /** Simple annotated names of a module or class body, in order (what __annotate__ returns). */
  private collectAnnotations(body: Stmt[], out: Node<"AnnAssign">[]): void {
    for (const s of body) {
      switch (s._type) {
        case "AnnAssign":
          if (s.simple && s.target._type === "Name") out.push(s);
          break;
        case "If":
        case "While":
        case "For":
        case "AsyncFor":
          this.collectAnnotations(s.body, out);
          this.collectAnnotations(s.orelse, out);
          break;
        case "With":
        case "AsyncWith":
          this.collectAnnotations(s.body, out);
          break;
        case "Try":
        case "TryStar":
          this.collectAnnotations(s.body, out);
          for (const h of s.handlers) this.collectAnnotations((h as ExceptHandler).body, out);
          this.collectAnnotations(s.orelse, out);
          this.collectAnnotations(s.finalbody, out);
          break;
        case "Match":
          for (const c of s.cases) this.collectAnnotations(c.body, out);
          break;
      }
    }
  }

  private emitAnnotateFor(owner: object, anns: Node<"AnnAssign">[], lineno: number): boolean {
    if (anns.length === 0) return false;
    if (this.opts.futureAnnotations) {
      this.emit(OP.SETUP_ANNOTATIONS);
      for (const a of anns) {
        this.loadConst(unparseForAnnotation(a.annotation, this.opts.lineText));
        this.nameOp("__annotations__", "Load");
        this.loadConst(maybeMangle(this.u.privateName, this.u.ste, (a.target as Node<"Name">).id));
        this.emit(OP.STORE_SUBSCR);
      }
      return false;
    }
    const key = annotationKey(owner);
    this.enterUnit(key, "__annotate__", "annotations", lineno);
    this.u.argcount = 1;
    this.u.posonlyargcount = 1;
    this.annotateFormatCheck();
    this.emit(OP.BUILD_MAP, 0);
    for (const a of anns) {
      this.setLoc(a.annotation);
      this.visitExpr(a.annotation);
      this.emit(OP.COPY, 2);
      this.loadConst(maybeMangle(this.u.privateName, this.u.ste, (a.target as Node<"Name">).id));
      this.emit(OP.STORE_SUBSCR);
    }
    this.loc = NO_LOCATION;
    this.emit(OP.RETURN_VALUE);
    const code = this.exitUnit();
    this.makeClosure(code, 0);
    return true;
  }

  private emitModuleAnnotate(body: Stmt[]): void {
    const anns: Node<"AnnAssign">[] = [];
    this.collectAnnotations(body, anns);
    if (this.emitAnnotateFor(this.st.top.node, anns, 1)) this.nameOp("__annotate__", "Store");
  }

  private emitClassAnnotate(s: Node<"ClassDef">): void {
    const anns: Node<"AnnAssign">[] = [];
    this.collectAnnotations(s.body, anns);
    if (this.emitAnnotateFor(s, anns, s.lineno)) this.nameOp("__annotate_func__", "Store");
  }

  // ---- calls -----------------------------------------------------------------------------------

  /**
   * Arguments of a call whose callable and NULL/self are already pushed. `extraPositional` holds
   * `nPrefix` values already pushed before the args (e.g. class body function and name).
   */
  private emitCallArgs(
    args: Expr[],
    keywords: Keyword[],
    nPrefix: number,
    extraArgs: (() => void)[],
    p: Position,
  ): void {
    const hasStar = args.some((a) => a._type === "Starred") || keywords.some((k) => k.arg === null);
    this.checkKeywords(keywords);
    if (!hasStar && args.length + extraArgs.length + keywords.length < 250) {
      for (const a of args) this.visitExpr(a);
      for (const f of extraArgs) f();
      const npos = nPrefix + args.length + extraArgs.length;
      if (keywords.length > 0) {
        for (const k of keywords) this.visitExpr(k.value);
        this.loadConst(new ConstantTuple(keywords.map((k) => k.arg!)));
        this.setLoc(p);
        this.emit(OP.CALL_KW, npos + keywords.length);
      } else {
        this.setLoc(p);
        this.emit(OP.CALL, npos);
      }
      return;
    }
    // general case: positional tuple and keyword dict, CALL_FUNCTION_EX. A lone `*x` is passed as is
    // (CALL_FUNCTION_EX makes the tuple, with its own error message), as CPython does.
    if (nPrefix === 0 && args.length === 1 && args[0]._type === "Starred" && extraArgs.length === 0) {
      this.visitExpr(args[0].value);
    } else {
      this.emitStarredList(args, nPrefix, extraArgs);
    }
    this.emitCallKeywordsEx(keywords, p);
  }

  private emitStarredList(args: Expr[], nPrefix: number, extraArgs: (() => void)[]): void {
    this.emit(OP.BUILD_LIST, nPrefix);
    for (const a of args) {
      if (a._type === "Starred") {
        this.visitExpr(a.value);
        this.emit(OP.LIST_EXTEND, 1);
      } else {
        this.visitExpr(a);
        this.emit(OP.LIST_APPEND, 1);
      }
    }
    for (const f of extraArgs) {
      f();
      this.emit(OP.LIST_APPEND, 1);
    }
    this.emit(OP.CALL_INTRINSIC_1, intrinsic1("INTRINSIC_LIST_TO_TUPLE"));
  }

  private emitCallKeywordsEx(keywords: Keyword[], p: Position): void {
    if (keywords.length > 0) {
      this.emit(OP.BUILD_MAP, 0);
      let pending = 0;
      const flush = () => {
        if (pending > 0) {
          this.emit(OP.BUILD_MAP, pending);
          this.emit(OP.DICT_MERGE, 1);
          pending = 0;
        }
      };
      for (const k of keywords) {
        if (k.arg === null) {
          flush();
          this.visitExpr(k.value);
          this.emit(OP.DICT_MERGE, 1);
        } else {
          this.loadConst(k.arg);
          this.visitExpr(k.value);
          pending++;
        }
      }
      flush();
    } else this.emit(OP.PUSH_NULL);
    this.setLoc(p);
    this.emit(OP.CALL_FUNCTION_EX);
  }

  private checkKeywords(keywords: Keyword[]): void {
    const seen = new Set<string>();
    for (const k of keywords) {
      if (k.arg === null) continue;
      if (k.arg === "__debug__") this.error("cannot assign to __debug__", k);
      if (seen.has(k.arg)) this.error(`keyword argument repeated: ${k.arg}`, k);
      seen.add(k.arg);
    }
  }

  private visitCall(e: Node<"Call">): void {
    const w = callerWarning(e.func);
    if (w !== null) this.warn(w, e.func);
    this.loadCallable(e.func);
    this.emitCallArgs(e.args, e.keywords, 0, [], e);
  }

  // ---- expressions -----------------------------------------------------------------------------

  visitExpr(e: Expr): void {
    const saved = this.loc;
    this.setLoc(e);
    this.visitExprInner(e);
    this.loc = saved;
  }

  private visitExprInner(e: Expr): void {
    switch (e._type) {
      case "BoolOp": {
        const end = new Label();
        const jumpOp = e.op === "And" ? OP.POP_JUMP_IF_FALSE : OP.POP_JUMP_IF_TRUE;
        for (let i = 0; i < e.values.length - 1; i++) {
          this.visitExpr(e.values[i]);
          this.setLoc(e);
          this.emit(OP.COPY, 1);
          this.emit(OP.TO_BOOL);
          this.emitJump(jumpOp, end);
          this.emit(OP.POP_TOP);
        }
        this.visitExpr(e.values[e.values.length - 1]);
        this.bind(end);
        return;
      }
      case "NamedExpr":
        this.visitExpr(e.value);
        this.emit(OP.COPY, 1);
        this.visitExpr(e.target);
        return;
      case "BinOp": {
        const folded = this.foldConstant(e);
        if (folded !== undefined) {
          this.loadConst(folded);
          return;
        }
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        this.setLoc(e);
        this.emit(OP.BINARY_OP, BINOP[e.op]);
        return;
      }
      case "UnaryOp": {
        const folded = this.foldConstant(e);
        if (folded !== undefined) {
          this.loadConst(folded);
          return;
        }
        this.visitExpr(e.operand);
        this.setLoc(e);
        switch (e.op) {
          case "Invert":
            this.emit(OP.UNARY_INVERT);
            return;
          case "Not":
            this.emit(OP.TO_BOOL);
            this.emit(OP.UNARY_NOT);
            return;
          case "UAdd":
            this.emit(OP.CALL_INTRINSIC_1, intrinsic1("INTRINSIC_UNARY_POSITIVE"));
            return;
          case "USub":
            this.emit(OP.UNARY_NEGATIVE);
            return;
        }
        return;
      }
      case "Lambda":
        return this.visitLambda(e);
      case "IfExp": {
        const end = new Label();
        const next = new Label();
        this.jumpIf(e.test, next, false);
        this.visitExpr(e.body);
        this.emitJump(OP.JUMP, end, NO_LOCATION);
        this.bind(next);
        this.visitExpr(e.orelse);
        this.bind(end);
        return;
      }
      case "Dict":
        return this.visitDict(e);
      case "Set":
        return this.visitSequenceBuild(e.elts, OP.BUILD_SET, OP.SET_ADD, OP.SET_UPDATE, false);
      case "ListComp":
      case "SetComp":
      case "DictComp":
      case "GeneratorExp":
        return this.visitComprehension(e);
      case "Await":
        // where await may appear is the symbol table's check (CPython 3.14's symtable.c)
        this.visitExpr(e.value);
        this.setLoc(e);
        this.emit(OP.GET_AWAITABLE, 0);
        this.loadConst(null);
        this.addYieldFrom(true);
        return;
      case "Yield":
        if (!this.u.ste.isFunctionLike() || this.u.scopeType === "module" || this.u.scopeType === "class") {
          this.error("'yield' outside function", e);
        }
        if (e.value) this.visitExpr(e.value);
        else this.loadConst(null);
        this.setLoc(e);
        if (this.u.ste.coroutine) this.emit(OP.CALL_INTRINSIC_1, intrinsic1("INTRINSIC_ASYNC_GEN_WRAP"));
        this.emit(OP.YIELD_VALUE, 0);
        this.emit(OP.RESUME, RESUME_AFTER_YIELD);
        return;
      case "YieldFrom":
        if (!this.u.ste.isFunctionLike() || this.u.scopeType === "module" || this.u.scopeType === "class") {
          this.error("'yield from' outside function", e);
        }
        if (this.u.ste.coroutine) this.error("'yield from' inside async function", e);
        this.visitExpr(e.value);
        this.setLoc(e);
        this.emit(OP.GET_YIELD_FROM_ITER);
        this.loadConst(null);
        this.addYieldFrom(false);
        return;
      case "Compare":
        return this.visitCompare(e);
      case "Call":
        return this.visitCall(e);
      case "FormattedValue":
        return this.visitFormattedValue(e);
      case "Interpolation": {
        this.visitExpr(e.value);
        this.loadConst(e.str);
        let arg = 0;
        if (e.format_spec) {
          this.visitExpr(e.format_spec);
          arg |= 1;
        }
        if (e.conversion !== -1) arg |= convBits(e.conversion) << 2;
        this.emit(OP.BUILD_INTERPOLATION, arg);
        return;
      }
      case "JoinedStr":
        return this.visitJoinedStr(e);
      case "TemplateStr": {
        const strings: string[] = [];
        let interps = 0;
        let lastWasStr = false;
        for (const v of e.values) {
          if (v._type === "Constant") {
            if (lastWasStr) strings[strings.length - 1] += v.value as string;
            else strings.push(v.value as string);
            lastWasStr = true;
          } else {
            if (!lastWasStr) strings.push("");
            lastWasStr = false;
            this.visitExpr(v);
            interps++;
          }
        }
        if (!lastWasStr) strings.push("");
        this.emit(OP.BUILD_TUPLE, interps);
        // strings go below the interpolations: [interps] → [strings, interps]
        this.loadConst(new ConstantTuple(strings));
        this.emit(OP.SWAP, 2);
        this.emit(OP.BUILD_TEMPLATE);
        return;
      }
      case "Constant":
        this.loadConst(e.value);
        return;
      case "Attribute": {
        if (e.ctx !== "Load" && e.attr === "__debug__") {
          this.error(e.ctx === "Del" ? "cannot delete __debug__" : "cannot assign to __debug__", e);
        }
        if (e.ctx === "Load") {
          if (this.superAttr(e, false)) return;
          this.visitExpr(e.value);
          this.setLoc(e);
          this.emit(OP.LOAD_ATTR, this.u.addName(maybeMangle(this.u.privateName, this.u.ste, e.attr)) << 1);
        } else if (e.ctx === "Store") {
          this.visitExpr(e.value);
          this.setLoc(e);
          this.emit(OP.STORE_ATTR, this.u.addName(maybeMangle(this.u.privateName, this.u.ste, e.attr)));
        } else {
          this.visitExpr(e.value);
          this.setLoc(e);
          this.emit(OP.DELETE_ATTR, this.u.addName(maybeMangle(this.u.privateName, this.u.ste, e.attr)));
        }
        return;
      }
      case "Subscript":
        return this.visitSubscript(e);
      case "Starred":
        if (e.ctx === "Store") this.error("starred assignment target must be in a list or tuple", e);
        this.error("can't use starred expression here", e);
        return;
      case "Name":
        this.nameOp(e.id, e.ctx, e);
        return;
      case "List":
      case "Tuple":
        if (e.ctx === "Store") return this.assignSequence(e.elts, e);
        if (e.ctx === "Del") {
          for (const x of e.elts) this.visitExpr(x);
          return;
        }
        if (e._type === "List") {
          return this.visitSequenceBuild(e.elts, OP.BUILD_LIST, OP.LIST_APPEND, OP.LIST_EXTEND, false);
        }
        return this.visitSequenceBuild(e.elts, OP.BUILD_TUPLE, OP.LIST_APPEND, OP.LIST_EXTEND, true);
      case "Slice": {
        let n = 2;
        if (e.lower) this.visitExpr(e.lower);
        else this.loadConst(null);
        if (e.upper) this.visitExpr(e.upper);
        else this.loadConst(null);
        if (e.step) {
          this.visitExpr(e.step);
          n = 3;
        }
        this.emit(OP.BUILD_SLICE, n);
        return;
      }
    }
  }

  /** The constant value of a foldable expression tree (CPython's AST optimizer), or undefined. */
  private foldConstant(e: Expr): ConstantValue | undefined {
    switch (e._type) {
      case "Constant":
        return e.value;
      case "UnaryOp": {
        if (e.op === "Not") return undefined;
        const v = this.foldConstant(e.operand);
        return v === undefined ? undefined : foldUnary(e.op, v);
      }
      case "BinOp": {
        const a = this.foldConstant(e.left);
        if (a === undefined) return undefined;
        const b = this.foldConstant(e.right);
        return b === undefined ? undefined : foldBinary(e.op, a, b);
      }
    }
    return undefined;
  }

  private visitSequenceBuild(elts: Expr[], build: number, add: number, extend: number, tuple: boolean): void {
    const hasStar = elts.some((x) => x._type === "Starred");
    if (!hasStar && elts.length < 30) {
      // all-constant tuples are folded into one constant
      if (tuple && elts.length > 0 && elts.every((x) => x._type === "Constant")) {
        this.loadConst(new ConstantTuple(elts.map((x) => (x as Node<"Constant">).value)));
        return;
      }
      for (const x of elts) this.visitExpr(x);
      this.emit(build, elts.length);
      return;
    }
    // with starred items (or many items): build a list and extend
    const isSet = build === OP.BUILD_SET;
    this.emit(isSet ? OP.BUILD_SET : OP.BUILD_LIST, 0);
    for (const x of elts) {
      if (x._type === "Starred") {
        this.visitExpr(x.value);
        this.emit(isSet ? OP.SET_UPDATE : OP.LIST_EXTEND, 1);
      } else {
        this.visitExpr(x);
        this.emit(isSet ? OP.SET_ADD : OP.LIST_APPEND, 1);
      }
    }
    void add;
    void extend;
    if (tuple) this.emit(OP.CALL_INTRINSIC_1, intrinsic1("INTRINSIC_LIST_TO_TUPLE"));
  }

  private visitDict(e: Node<"Dict">): void {
    const n = e.keys.length;
    if (n < 17 && e.keys.every((k) => k !== null)) {
      for (let i = 0; i < n; i++) {
        this.visitExpr(e.keys[i]!);
        this.visitExpr(e.values[i]);
      }
      this.emit(OP.BUILD_MAP, n);
      return;
    }
    // an accumulator dict, updated with runs of key/value pairs and with each `**mapping`
    this.emit(OP.BUILD_MAP, 0);
    let pending = 0;
    const flush = () => {
      if (pending > 0) {
        this.emit(OP.BUILD_MAP, pending);
        this.emit(OP.DICT_UPDATE, 1);
        pending = 0;
      }
    };
    for (let i = 0; i < n; i++) {
      const k = e.keys[i];
      if (k === null) {
        flush();
        this.visitExpr(e.values[i]);
        this.emit(OP.DICT_UPDATE, 1);
      } else {
        this.visitExpr(k);
        this.visitExpr(e.values[i]);
        if (++pending === 16) flush();
      }
    }
    flush();
  }

  private visitCompare(e: Node<"Compare">): void {
    const w = compareWarning(e.left, e.ops, e.comparators);
    if (w !== null) this.warn(w, e);
    this.visitExpr(e.left);
    const n = e.ops.length;
    if (n === 1) {
      this.visitExpr(e.comparators[0]);
      this.setLoc(e);
      this.emitCompareOp(e.ops[0]);
      return;
    }
    const cleanup = new Label();
    for (let i = 0; i < n - 1; i++) {
      this.visitExpr(e.comparators[i]);
      this.setLoc(e);
      this.emit(OP.SWAP, 2);
      this.emit(OP.COPY, 2);
      this.emitCompareOp(e.ops[i]);
      this.emit(OP.COPY, 1);
      this.emit(OP.TO_BOOL);
      this.emitJump(OP.POP_JUMP_IF_FALSE, cleanup);
      this.emit(OP.POP_TOP);
    }
    this.visitExpr(e.comparators[n - 1]);
    this.setLoc(e);
    this.emitCompareOp(e.ops[n - 1]);
    const end = new Label();
    this.emitJump(OP.JUMP, end, NO_LOCATION);
    this.bind(cleanup);
    this.emit(OP.SWAP, 2, NO_LOCATION);
    this.emit(OP.POP_TOP, 0, NO_LOCATION);
    this.bind(end);
  }

  private emitCompareOp(op: string): void {
    switch (op) {
      case "Is":
        return this.emit(OP.IS_OP, 0);
      case "IsNot":
        return this.emit(OP.IS_OP, 1);
      case "In":
        return this.emit(OP.CONTAINS_OP, 0);
      case "NotIn":
        return this.emit(OP.CONTAINS_OP, 1);
      default:
        return this.emit(OP.COMPARE_OP, COMPARE[op] << 5);
    }
  }

  /** Evaluate `e` and jump to `target` when its truth equals `cond` (CPython's codegen_jump_if). */
  private jumpIf(e: Expr, target: Label, cond: boolean): void {
    if (e._type === "UnaryOp" && e.op === "Not") return this.jumpIf(e.operand, target, !cond);
    if (e._type === "BoolOp") {
      const isOr = e.op === "Or";
      const next2 = isOr === cond ? target : new Label();
      for (let i = 0; i < e.values.length - 1; i++) this.jumpIf(e.values[i], next2, isOr);
      this.jumpIf(e.values[e.values.length - 1], target, cond);
      if (next2 !== target) this.bind(next2);
      return;
    }
    if (e._type === "IfExp") {
      const end = new Label();
      const next2 = new Label();
      this.jumpIf(e.test, next2, false);
      this.jumpIf(e.body, target, cond);
      this.emitJump(OP.JUMP, end, NO_LOCATION);
      this.bind(next2);
      this.jumpIf(e.orelse, target, cond);
      this.bind(end);
      return;
    }
    if (e._type === "Compare" && e.ops.length > 1) {
      const cleanup = new Label();
      this.visitExpr(e.left);
      const n = e.ops.length;
      for (let i = 0; i < n - 1; i++) {
        this.visitExpr(e.comparators[i]);
        this.setLoc(e);
        this.emit(OP.SWAP, 2);
        this.emit(OP.COPY, 2);
        this.emitCompareOp(e.ops[i]);
        this.emit(OP.TO_BOOL);
        this.emitJump(OP.POP_JUMP_IF_FALSE, cleanup);
      }
      this.visitExpr(e.comparators[n - 1]);
      this.setLoc(e);
      this.emitCompareOp(e.ops[n - 1]);
      this.emit(OP.TO_BOOL);
      this.emitJump(cond ? OP.POP_JUMP_IF_TRUE : OP.POP_JUMP_IF_FALSE, target);
      const end = new Label();
      this.emitJump(OP.JUMP, end, NO_LOCATION);
      this.bind(cleanup);
      this.emit(OP.POP_TOP, 0, NO_LOCATION);
      if (!cond) this.emitJump(OP.JUMP, target, NO_LOCATION);
      this.bind(end);
      return;
    }
    this.visitExpr(e);
    this.setLoc(e);
    this.emit(OP.TO_BOOL);
    this.emitJump(cond ? OP.POP_JUMP_IF_TRUE : OP.POP_JUMP_IF_FALSE, target);
  }

  private visitFormattedValue(e: Node<"FormattedValue">): void {
    this.visitExpr(e.value);
    if (e.conversion !== -1) this.emit(OP.CONVERT_VALUE, convBits(e.conversion));
    if (e.format_spec) {
      this.visitExpr(e.format_spec);
      this.emit(OP.FORMAT_WITH_SPEC);
    } else this.emit(OP.FORMAT_SIMPLE);
  }

  private visitJoinedStr(e: Node<"JoinedStr">): void {
    if (e.values.length === 1 && e.values[0]._type === "Constant") {
      this.loadConst(e.values[0].value);
      return;
    }
    // f'' is the constant '' (CPython's codegen_joined_str)
    if (e.values.length === 0) {
      this.loadConst("");
      return;
    }
    for (const v of e.values) this.visitExpr(v);
    if (e.values.length !== 1) this.emit(OP.BUILD_STRING, e.values.length);
  }

  private isSimpleSlice(s: Node<"Slice">): boolean {
    return s.step === null;
  }

  private visitSliceBounds(s: Node<"Slice">): void {
    if (s.lower) this.visitExpr(s.lower);
    else this.loadConst(null);
    if (s.upper) this.visitExpr(s.upper);
    else this.loadConst(null);
  }

  private visitSubscript(e: Node<"Subscript">): void {
    if (e.ctx === "Load") {
      const w = subscripterWarning(e.value) ?? indexWarning(e.value, e.slice);
      if (w !== null) this.warn(w, e.value);
    }
    this.visitExpr(e.value);
    if (e.slice._type === "Slice" && this.isSimpleSlice(e.slice) && e.ctx !== "Del") {
      this.visitSliceBounds(e.slice);
      this.setLoc(e);
      this.emit(e.ctx === "Load" ? OP.BINARY_SLICE : OP.STORE_SLICE);
      return;
    }
    this.visitExpr(e.slice);
    this.setLoc(e);
    if (e.ctx === "Load") this.emit(OP.BINARY_OP, NB.NB_SUBSCR);
    else if (e.ctx === "Store") this.emit(OP.STORE_SUBSCR);
    else this.emit(OP.DELETE_SUBSCR);
  }

  private assignSequence(elts: Expr[], p: Position): void {
    const star = elts.findIndex((x) => x._type === "Starred");
    if (star >= 0) {
      if (elts.findIndex((x, i) => i > star && x._type === "Starred") >= 0) {
        this.error("multiple starred expressions in assignment", p);
      }
      const after = elts.length - star - 1;
      if (star >= 256 || after >= (1 << 24)) {
        this.error("too many expressions in star-unpacking assignment", p);
      }
      this.emit(OP.UNPACK_EX, star | (after << 8));
    } else this.emit(OP.UNPACK_SEQUENCE, elts.length);
    for (const x of elts) {
      if (x._type === "Starred") this.visitExpr(x.value);
      else this.visitExpr(x);
    }
  }

  private visitLambda(e: Node<"Lambda">): void {
    this.checkDebugArgs(e.args);
    const flags = this.visitDefaults(e.args);
    this.enterUnit(e, "<lambda>", "lambda", e.lineno);
    const u = this.u;
    u.argcount = e.args.posonlyargs.length + e.args.args.length;
    u.posonlyargcount = e.args.posonlyargs.length;
    u.kwonlyargcount = e.args.kwonlyargs.length;
    this.visitExpr(e.body);
    // a generator lambda returns its body's value too (3.13+, gh-119897): `lambda: (yield 1)`
    this.emit(OP.RETURN_VALUE);
    const code = this.exitUnit();
    this.makeClosure(code, flags);
  }

  /**
   * Generator expressions (and comprehensions in annotation scopes of a class) compile to a nested
   * function called with the outermost iterator; list/set/dict comprehensions are inlined (PEP 709).
   */
  private visitComprehension(
    e: Node<"ListComp"> | Node<"SetComp"> | Node<"DictComp"> | Node<"GeneratorExp">,
  ): void {
    const ste = this.st.lookup(e);
    const isGen = e._type === "GeneratorExp";
    if (ste.compInlined && e._type !== "GeneratorExp") return this.visitInlinedComprehension(e, ste);
    const isAsync = ste.coroutine;
    if (isAsync && !isGen && !this.u.ste.coroutine) {
      this.error("asynchronous comprehension outside of an asynchronous function", e);
    }
    const name = isGen
      ? "<genexpr>"
      : e._type === "ListComp"
      ? "<listcomp>"
      : e._type === "SetComp"
      ? "<setcomp>"
      : "<dictcomp>";
    const outermost = e.generators[0];
    this.enterUnit(e, name, "comprehension", e.lineno);
    this.u.argcount = 1;
    if (e._type !== "GeneratorExp") this.emit(buildOpFor(e), 0);
    this.comprehensionGenerator(e, 0, 0, false);
    if (isGen) {
      this.loadConst(null);
      this.emit(OP.RETURN_VALUE);
    } else this.emit(OP.RETURN_VALUE);
    const code = this.exitUnit();
    // call the comprehension function with the outermost iterator as its `.0` argument
    this.makeClosure(code, 0);
    this.emit(OP.PUSH_NULL);
    this.visitExpr(outermost.iter);
    this.setLoc(e);
    this.emit(outermost.is_async ? OP.GET_AITER : OP.GET_ITER);
    this.emit(OP.CALL, 1);
    if (isAsync && isGen === false) {
      this.emit(OP.GET_AWAITABLE, 0);
      this.loadConst(null);
      this.addYieldFrom(true);
    }
  }

  /**
   * PEP 709 (CPython's codegen_comprehension with is_inlined): the comprehension runs in the current
   * frame. Its variables are fast locals whose outer values are saved on the stack (LOAD_FAST_AND_CLEAR)
   * under the iterator and restored afterwards, also when an exception leaves the comprehension.
   */
  private visitInlinedComprehension(
    e: Node<"ListComp"> | Node<"SetComp"> | Node<"DictComp">,
    comp: SymbolTableEntry,
  ): void {
    const outermost = e.generators[0];
    const loc = locOf(e);
    this.visitExpr(outermost.iter);
    this.emit(outermost.is_async ? OP.GET_AITER : OP.GET_ITER, 0, locOf(outermost.iter));
    const state = this.pushInlinedComprehensionState(loc, comp);
    this.emit(buildOpFor(e), 0, loc);
    this.emit(OP.SWAP, 2, loc);
    const saved = this.loc;
    this.loc = loc;
    this.comprehensionGenerator(e, 0, 0, true);
    this.loc = saved;
    this.popInlinedComprehensionState(loc, state);
  }

  /**
   * Compile the comprehension's names with the scopes they have inside it (CPython's
   * _PyCompile_TweakInlinedComprehensionScopes), and save the outer values of the names it binds
   * (codegen_push_inlined_comprehension_locals). The outermost iterator is on the stack.
   */
  private pushInlinedComprehensionState(loc: SourceLocation, comp: SymbolTableEntry): InlinedCompState {
    const u = this.u;
    const outer = u.ste;
    const inClassBlock = outer.type === "ClassBlock" && u.inInlinedComp === 0;
    u.inInlinedComp++;
    const state: InlinedCompState = { tempSymbols: new Map(), fastHidden: [], pushed: [], cleanup: null };
    for (const [name, symbol] of comp.symbols) {
      if (symbol & DEF_PARAM) continue; // the implicit `.0` is the iterator on the stack
      const scope = (symbol >> SCOPE_OFFSET) & 15;
      const outSymbol = outer.symbols.get(name);
      const outScope = ((outSymbol ?? 0) >> SCOPE_OFFSET) & 15;
      // A name with another scope inside: compile it with the inner one. Free inside means whatever it
      // is outside; cell inside and free outside is a deref of the free variable's cell either way. In a
      // class body every name of the comprehension takes its inner scope.
      let outerNow = outScope;
      if (
        (scope !== outScope && scope !== Scope.FREE && !(scope === Scope.CELL && outScope === Scope.FREE)) ||
        inClassBlock
      ) {
        state.tempSymbols.set(name, outSymbol);
        outer.symbols.set(name, symbol);
        outerNow = scope;
      }
      // names the comprehension binds (not walrus targets, which are nonlocal to it)
      if ((symbol & DEF_LOCAL) && !(symbol & DEF_NONLOCAL)) {
        if (!outer.isFunctionLike() && u.fastHidden.get(name) !== true) {
          u.fastHidden.set(name, true);
          state.fastHidden.push(name);
        }
        // a cell's saved value is the cell itself; the comprehension gets a fresh one
        this.emit(OP.LOAD_FAST_AND_CLEAR, u.varIndex(name), loc);
        if (scope === Scope.CELL) this.emit(OP.MAKE_CELL, u.derefIndex(name, outerNow === Scope.FREE), loc);
        state.pushed.push(name);
      }
    }
    if (state.pushed.length > 0) {
      // bring the iterator back on top (the saved values rotate; the restore reverses it)
      this.emit(OP.SWAP, state.pushed.length + 1, loc);
      // a try/finally of our own restores the outer values when an exception leaves the comprehension;
      // no frame block: break/continue/return cannot occur inside
      state.cleanup = new Label();
      this.emitJump(OP.SETUP_FINALLY, state.cleanup, loc);
    }
    return state;
  }

  private popInlinedComprehensionState(loc: SourceLocation, state: InlinedCompState): void {
    const u = this.u;
    if (state.cleanup !== null) {
      this.emit(OP.POP_BLOCK, 0, NO_LOCATION);
      this.restoreInlinedComprehensionLocals(loc, state);
      // an exception inside: drop the unfinished result (under the exception), restore, re-raise
      const body = u.instrs;
      u.instrs = [];
      this.emit(OP.SWAP, 2, NO_LOCATION);
      this.emit(OP.POP_TOP, 0, NO_LOCATION);
      this.restoreInlinedComprehensionLocals(loc, state);
      this.emit(OP.RERAISE, 0, loc);
      u.coldBlocks.push({ label: state.cleanup, instrs: u.instrs });
      u.instrs = body;
    }
    u.inInlinedComp--;
    for (const [name, outSymbol] of state.tempSymbols) {
      if (outSymbol === undefined) u.ste.symbols.delete(name);
      else u.ste.symbols.set(name, outSymbol);
    }
    // false, not deleted: these names keep CO_FAST_HIDDEN in co_localspluskinds
    for (const name of state.fastHidden) u.fastHidden.set(name, false);
  }

  /** The result (or exception) stays on top; the saved values go back into their locals. */
  private restoreInlinedComprehensionLocals(loc: SourceLocation, state: InlinedCompState): void {
    this.emit(OP.SWAP, state.pushed.length + 1, loc);
    for (let i = state.pushed.length - 1; i >= 0; i--) {
      this.emit(OP.STORE_FAST_MAYBE_NULL, this.u.varIndex(state.pushed[i]), loc);
    }
  }

  /**
   * One `for` clause (and the ones after it) of a comprehension body; `depth` counts the iterators on
   * the stack above the result. `iterOnStack`: the outermost iterator was pushed by the caller.
   */
  private comprehensionGenerator(
    e: Node<"ListComp"> | Node<"SetComp"> | Node<"DictComp"> | Node<"GeneratorExp">,
    index: number,
    depth: number,
    iterOnStack: boolean,
  ): void {
    const gen = e.generators[index];
    const loc = this.loc;
    let start: Label | null = new Label();
    const ifCleanup = new Label();
    const anchor = new Label();
    const except = new Label();
    if (!iterOnStack) {
      if (index === 0) {
        this.emit(OP.LOAD_FAST, this.u.varIndex(".0"));
      } else if (gen.is_async) {
        this.visitExpr(gen.iter);
        this.emit(OP.GET_AITER, 0, locOf(gen.iter));
      } else {
        // `for y in [f(x)]` binds y once, without a loop
        const it = gen.iter;
        const elts = it._type === "List" || it._type === "Tuple" ? it.elts : null;
        if (elts !== null && elts.length === 1 && elts[0]._type !== "Starred") {
          this.visitExpr(elts[0]);
          start = null;
        } else {
          this.visitExpr(it);
          this.emit(OP.GET_ITER, 0, locOf(it));
        }
      }
    }
    if (start !== null) {
      depth++;
      this.bind(start);
    }
    this.loc = loc;
    if (gen.is_async) {
      this.emitJump(OP.SETUP_FINALLY, except);
      this.emit(OP.GET_ANEXT);
      this.loadConst(null);
      this.addYieldFrom(true);
      this.emit(OP.POP_BLOCK);
    } else if (start !== null) this.emitJump(OP.FOR_ITER, anchor, locOf(gen.iter));
    this.visitExpr(gen.target);
    for (const cond of gen.ifs) this.jumpIf(cond, ifCleanup, false);
    // the jump back has the element's location, as in CPython (line events follow it)
    let eltLoc = locOf(e._type === "DictComp" ? e.key : e.elt);
    if (index + 1 < e.generators.length) {
      this.comprehensionGenerator(e, index + 1, depth, false);
      this.loc = loc;
    } else {
      switch (e._type) {
        case "GeneratorExp":
          this.visitExpr(e.elt);
          this.setLoc(e.elt);
          if (this.u.ste.coroutine) this.emit(OP.CALL_INTRINSIC_1, intrinsic1("INTRINSIC_ASYNC_GEN_WRAP"));
          this.emit(OP.YIELD_VALUE, 0);
          this.emit(OP.RESUME, RESUME_AFTER_YIELD);
          this.emit(OP.POP_TOP);
          break;
        case "ListComp":
          this.visitExpr(e.elt);
          this.emit(OP.LIST_APPEND, depth + 1, eltLoc);
          break;
        case "SetComp":
          this.visitExpr(e.elt);
          this.emit(OP.SET_ADD, depth + 1, eltLoc);
          break;
        case "DictComp":
          this.visitExpr(e.key);
          this.visitExpr(e.value);
          eltLoc = {
            lineno: e.key.lineno,
            end_lineno: e.value.end_lineno,
            col_offset: e.key.col_offset,
            end_col_offset: e.value.end_col_offset,
          };
          this.emit(OP.MAP_ADD, depth + 1, eltLoc);
          break;
      }
      this.loc = loc;
    }
    this.bind(ifCleanup);
    if (start === null) return;
    this.emitJump(OP.JUMP, start, eltLoc);
    if (gen.is_async) {
      this.bind(except);
      this.emit(OP.END_ASYNC_FOR);
    } else {
      this.bind(anchor);
      this.emit(OP.END_FOR, 0, locOf(gen.iter));
      this.emit(OP.POP_ITER, 0, locOf(gen.iter));
    }
  }

  /** `yield from` / `await` loop (CPython's codegen_add_yield_from). */
  private addYieldFrom(isAwait: boolean): void {
    const send = new Label();
    const fail = new Label();
    const exit = new Label();
    this.bind(send);
    this.emitJump(OP.SEND, exit);
    this.emitJump(OP.SETUP_FINALLY, fail);
    this.emit(OP.YIELD_VALUE, 1);
    this.emit(OP.POP_BLOCK, 0, NO_LOCATION);
    this.emit(OP.RESUME, isAwait ? RESUME_AFTER_AWAIT : RESUME_AFTER_YIELD_FROM);
    this.emitJump(OP.JUMP_NO_INTERRUPT, send);
    this.bind(fail);
    this.emit(OP.CLEANUP_THROW);
    this.bind(exit);
    this.emit(OP.END_SEND);
  }

  // ---- match statements ------------------------------------------------------------------------

  /**
   * CPython's codegen_match_inner: each case but the last copies the subject; a trailing `case _` is
   * compiled without pattern code. A pattern keeps its captures on the stack and they are stored only
   * once the whole pattern matched, so a failed case binds nothing.
   */
  private visitMatch(s: Node<"Match">): void {
    this.visitExpr(s.subject);
    const end = new Label();
    const cases = s.cases.length;
    const hasDefault = cases > 1 && isWildcard(s.cases[cases - 1].pattern);
    const n = cases - (hasDefault ? 1 : 0);
    for (let i = 0; i < n; i++) {
      const m = s.cases[i];
      this.setLoc(m.pattern);
      if (i !== n - 1) this.emit(OP.COPY, 1);
      // an irrefutable pattern may only stand last or under a guard
      const pc: PatternContext = {
        stores: [],
        onTop: 0,
        allowIrrefutable: m.guard !== null || i === cases - 1,
        fail: new FailSet(),
      };
      this.visitPattern(m.pattern, pc);
      this.setLoc(m.pattern);
      for (const name of pc.stores) this.nameOp(name, "Store");
      if (m.guard) this.jumpIf(m.guard, pc.fail.label(0), false);
      if (i !== n - 1) this.emit(OP.POP_TOP, 0, NO_LOCATION);
      this.visitStmts(m.body);
      // the jump out takes the location of the body's last instruction, as CPython's line-number
      // propagation gives it (dis shows every jump with a line)
      const last = this.u.instrs[this.u.instrs.length - 1];
      const fallsThrough = last !== undefined && !ENDS_BLOCK.has(last.op);
      this.emitJump(OP.JUMP, end, fallsThrough ? last.loc : NO_LOCATION);
      this.setLoc(m.pattern);
      this.emitFailPops(pc.fail);
    }
    if (hasDefault) {
      const m = s.cases[cases - 1];
      this.setLoc(m.pattern);
      this.emit(OP.NOP);
      if (m.guard) this.jumpIf(m.guard, end, false);
      this.visitStmts(m.body);
    }
    this.bind(end);
  }

  /** The failure trampolines: label k pops k values and falls through to label 0 (emit_and_reset_fail_pop). */
  private emitFailPops(fail: FailSet): void {
    if (fail.labels.size === 0) return;
    const max = Math.max(...fail.labels.keys());
    for (let k = max; k >= 0; k--) {
      const l = fail.labels.get(k);
      if (l) this.bind(l);
      if (k > 0) this.emit(OP.POP_TOP);
    }
  }

  /** Jump to the failure label that pops what is on top plus the captures so far. */
  private jumpToFailPop(pc: PatternContext, op: number): void {
    this.emitJump(op, pc.fail.label(pc.onTop + pc.stores.length));
  }

  /** SWAPs that move TOS `count` places down (3.10's ROT_N). */
  private rotate(count: number): void {
    while (count > 1) this.emit(OP.SWAP, count--);
  }

  /** Keep a capture on the stack below the values in use and the earlier captures. */
  private patternStoreName(name: string | null, pc: PatternContext, p: Position): void {
    if (name === null) {
      this.emit(OP.POP_TOP);
      return;
    }
    if (pc.stores.includes(name)) this.error(`multiple assignments to name '${name}' in pattern`, p);
    this.rotate(pc.onTop + pc.stores.length + 1);
    pc.stores.push(name);
  }

  /** A sub-pattern of a sequence, mapping or class pattern: there it may be irrefutable. */
  private visitSubpattern(p: Pattern, pc: PatternContext): void {
    const allowIrrefutable = pc.allowIrrefutable;
    pc.allowIrrefutable = true;
    this.visitPattern(p, pc);
    pc.allowIrrefutable = allowIrrefutable;
  }

  /** Match the subject on top of the stack against p, consuming it (CPython's codegen_pattern). */
  private visitPattern(p: Pattern, pc: PatternContext): void {
    this.setLoc(p);
    switch (p._type) {
      case "MatchValue":
        this.visitExpr(p.value);
        this.setLoc(p);
        this.emit(OP.COMPARE_OP, (COMPARE.Eq << 5) | 16);
        this.jumpToFailPop(pc, OP.POP_JUMP_IF_FALSE);
        return;
      case "MatchSingleton":
        this.loadConst(p.value);
        this.emit(OP.IS_OP, 0);
        this.jumpToFailPop(pc, OP.POP_JUMP_IF_FALSE);
        return;
      case "MatchAs":
        if (p.pattern === null) {
          if (!pc.allowIrrefutable) {
            if (p.name) this.error(`name capture '${p.name}' makes remaining patterns unreachable`, p);
            this.error("wildcard makes remaining patterns unreachable", p);
          }
          this.patternStoreName(p.name, pc, p);
          return;
        }
        // a copy to store once the sub-pattern matched
        pc.onTop++;
        this.emit(OP.COPY, 1);
        this.visitPattern(p.pattern, pc);
        pc.onTop--;
        this.setLoc(p);
        this.patternStoreName(p.name, pc, p);
        return;
      case "MatchStar":
        this.patternStoreName(p.name, pc, p);
        return;
      case "MatchOr":
        this.visitPatternOr(p, pc);
        return;
      case "MatchSequence":
        this.visitPatternSequence(p, pc);
        return;
      case "MatchMapping":
        this.visitPatternMapping(p, pc);
        return;
      case "MatchClass": {
        const nargs = p.patterns.length;
        const attrs = p.kwd_attrs;
        for (let i = 0; i < attrs.length; i++) {
          // validate_kwd_attrs: forbidden names, reported at the keyword's pattern
          if (attrs[i] === "__debug__") this.error("cannot assign to __debug__", p.kwd_patterns[i]);
          if (attrs.indexOf(attrs[i]) !== i) {
            this.error(`attribute name repeated in class pattern: ${attrs[i]}`, p.kwd_patterns[i]);
          }
        }
        this.visitExpr(p.cls);
        this.loadConst(new ConstantTuple(attrs));
        this.setLoc(p);
        this.emit(OP.MATCH_CLASS, nargs);
        this.emit(OP.COPY, 1);
        // TOS: the tuple of attributes (or None)
        pc.onTop++;
        this.jumpToFailPop(pc, OP.POP_JUMP_IF_NONE);
        const all = [...p.patterns, ...p.kwd_patterns];
        this.emit(OP.UNPACK_SEQUENCE, all.length);
        pc.onTop += all.length - 1;
        for (const sub of all) {
          pc.onTop--;
          if (isWildcard(sub)) this.emit(OP.POP_TOP);
          else this.visitSubpattern(sub, pc);
        }
        return;
      }
    }
  }

  private visitPatternSequence(p: Node<"MatchSequence">, pc: PatternContext): void {
    const pats = p.patterns;
    const size = pats.length;
    let star = -1;
    let onlyWildcard = true;
    let starWildcard = false;
    for (let i = 0; i < size; i++) {
      const x = pats[i];
      if (x._type === "MatchStar") {
        if (star >= 0) this.error("multiple starred names in sequence pattern", p);
        starWildcard = x.name === null;
        onlyWildcard &&= starWildcard;
        star = i;
        continue;
      }
      onlyWildcard &&= isWildcard(x);
    }
    // the subject stays on top during the type and length checks
    pc.onTop++;
    this.emit(OP.MATCH_SEQUENCE);
    this.jumpToFailPop(pc, OP.POP_JUMP_IF_FALSE);
    if (star < 0 || size > 1) {
      this.emit(OP.GET_LEN);
      this.loadConst(BigInt(star < 0 ? size : size - 1));
      this.emit(OP.COMPARE_OP, ((star < 0 ? COMPARE.Eq : COMPARE.GtE) << 5) | 16);
      this.jumpToFailPop(pc, OP.POP_JUMP_IF_FALSE);
    }
    pc.onTop--;
    if (onlyWildcard) {
      // [_, *_]: the checks were all
      this.emit(OP.POP_TOP);
    } else if (starWildcard) {
      // [x, *_, y]: index the subject instead of unpacking it (it may be long), with nonnegative indexes
      // from the end (pattern_helper_sequence_subscr)
      pc.onTop++;
      for (let i = 0; i < size; i++) {
        if (i === star || isWildcard(pats[i])) continue;
        this.emit(OP.COPY, 1);
        if (i < star) this.loadConst(BigInt(i));
        else {
          this.emit(OP.GET_LEN);
          this.loadConst(BigInt(size - i));
          this.emit(OP.BINARY_OP, NB.NB_SUBTRACT);
        }
        this.emit(OP.BINARY_OP, NB.NB_SUBSCR);
        this.visitSubpattern(pats[i], pc);
      }
      pc.onTop--;
      this.emit(OP.POP_TOP);
    } else {
      if (star < 0) this.emit(OP.UNPACK_SEQUENCE, size);
      else this.emit(OP.UNPACK_EX, star | ((size - star - 1) << 8));
      pc.onTop += size;
      for (const sub of pats) {
        pc.onTop--;
        this.visitSubpattern(sub, pc);
      }
    }
  }

  private visitPatternMapping(p: Node<"MatchMapping">, pc: PatternContext): void {
    const size = p.keys.length;
    // the subject stays on top during the type and length checks
    pc.onTop++;
    this.emit(OP.MATCH_MAPPING);
    this.jumpToFailPop(pc, OP.POP_JUMP_IF_FALSE);
    if (size === 0 && !p.rest) {
      pc.onTop--;
      this.emit(OP.POP_TOP);
      return;
    }
    if (size > 0) {
      this.emit(OP.GET_LEN);
      this.loadConst(BigInt(size));
      this.emit(OP.COMPARE_OP, (COMPARE.GtE << 5) | 16);
      this.jumpToFailPop(pc, OP.POP_JUMP_IF_FALSE);
    }
    const seen = new Set<string>();
    for (let k of p.keys) {
      // a signed or complex literal (`-1`, `-0-0j`) is a constant key, as CPython folds it first
      if (k._type === "UnaryOp" || k._type === "BinOp") {
        const v = this.foldConstant(k);
        if (v !== undefined) k = { ...k, _type: "Constant", value: v, kind: null } as unknown as Expr;
      }
      if (k._type === "Constant") {
        const key = constantKey(k.value);
        if (seen.has(key)) this.error(`mapping pattern checks duplicate key (${reprConstant(k.value)})`, p);
        seen.add(key);
      } else if (k._type !== "Attribute") {
        this.error("mapping pattern keys may only match literals and attribute lookups", k);
      }
      this.visitExpr(k);
    }
    this.setLoc(p);
    this.emit(OP.BUILD_TUPLE, size);
    this.emit(OP.MATCH_KEYS);
    // the tuple of keys and the tuple of values (or None) are on top of the subject
    pc.onTop += 2;
    this.emit(OP.COPY, 1);
    this.jumpToFailPop(pc, OP.POP_JUMP_IF_NONE);
    this.emit(OP.UNPACK_SEQUENCE, size);
    pc.onTop += size - 1;
    for (const sub of p.patterns) {
      pc.onTop--;
      this.visitSubpattern(sub, pc);
    }
    // matched: what follows consumes the keys and the subject
    pc.onTop -= 2;
    this.setLoc(p);
    if (p.rest) {
      // rest = dict(subject); del rest[key] for each key
      this.emit(OP.BUILD_MAP, 0);
      this.emit(OP.SWAP, 3);
      this.emit(OP.DICT_UPDATE, 2);
      this.emit(OP.UNPACK_SEQUENCE, size);
      let k = size;
      while (k > 0) {
        this.emit(OP.COPY, 1 + k--);
        this.emit(OP.SWAP, 2);
        this.emit(OP.DELETE_SUBSCR);
      }
      this.patternStoreName(p.rest, pc, p);
    } else {
      this.emit(OP.POP_TOP);
      this.emit(OP.POP_TOP);
    }
  }

  /**
   * CPython's codegen_pattern_or: each alternative matches a copy of the subject with captures of its
   * own; the captures of later alternatives are reordered on the stack to the first one's order, and on
   * success moved below what the enclosing pattern keeps on top.
   */
  private visitPatternOr(p: Node<"MatchOr">, pc: PatternContext): void {
    const end = new Label();
    const size = p.patterns.length;
    let control: string[] | null = null;
    for (let i = 0; i < size; i++) {
      const alt = p.patterns[i];
      const altPc: PatternContext = {
        stores: [],
        onTop: 0,
        allowIrrefutable: i === size - 1 && pc.allowIrrefutable,
        fail: new FailSet(),
      };
      this.setLoc(alt);
      this.emit(OP.COPY, 1);
      this.visitPattern(alt, altPc);
      this.setLoc(alt);
      const stores = altPc.stores;
      if (control === null) control = stores;
      else if (stores.length !== control.length) this.error("alternative patterns bind different names", p);
      else {
        for (let icontrol = stores.length - 1; icontrol >= 0; icontrol--) {
          const istores = stores.indexOf(control[icontrol]);
          if (istores < 0) this.error("alternative patterns bind different names", p);
          if (icontrol !== istores) {
            // rotate stores[0..istores] to sit at icontrol - istores, on the stack as in the list
            const rotations = istores + 1;
            const rotated = stores.splice(0, rotations);
            stores.splice(icontrol - istores, 0, ...rotated);
            for (let r = 0; r < rotations; r++) this.rotate(icontrol + 1);
          }
        }
      }
      this.emitJump(OP.JUMP, end);
      this.emitFailPops(altPc.fail);
    }
    this.setLoc(p);
    // no alternative matched: pop the remaining copy of the subject and fail
    this.emit(OP.POP_TOP);
    this.jumpToFailPop(pc, OP.JUMP);
    this.bind(end);
    const nstores = control!.length;
    const nrots = nstores + 1 + pc.onTop + pc.stores.length;
    for (let i = 0; i < nstores; i++) {
      this.rotate(nrots);
      const name = control![i];
      if (pc.stores.includes(name)) this.error(`multiple assignments to name '${name}' in pattern`, p);
      pc.stores.push(name);
    }
    // pop the copy of the subject
    this.emit(OP.POP_TOP);
  }
}

/** Instructions after which the next one starts a block of its own (no fall-through). */
const ENDS_BLOCK = new Set<number>([
  OP.RETURN_VALUE,
  OP.RAISE_VARARGS,
  OP.RERAISE,
  OP.JUMP,
  OP.JUMP_NO_INTERRUPT,
]);

/** The state of one pattern's compilation (CPython's pattern_context). */
interface PatternContext {
  /** names captured so far, their values kept on the stack (the first one on top) */
  stores: string[];
  /** values above the captures that a failure must pop too */
  onTop: number;
  allowIrrefutable: boolean;
  fail: FailSet;
}

/** Labels that pop k values and then go on at label 0 (the pattern-failure trampolines). */
class FailSet {
  readonly labels = new Map<number, Label>();
  label(pops: number): Label {
    let l = this.labels.get(pops);
    if (!l) {
      l = new Label();
      this.labels.set(pops, l);
    }
    return l;
  }
}

function isWildcard(p: Pattern): boolean {
  return p._type === "MatchAs" && p.pattern === null && p.name === null;
}

/**
 * A mapping-pattern key constant as a string that is equal for keys Python finds equal: 0, False, 0.0,
 * -0 and 0j are one key (CPython checks duplicates with a set of the folded constants).
 */
function constantKey(v: ConstantValue): string {
  if (typeof v === "boolean") return v ? "n:1" : "n:0";
  if (typeof v === "bigint") return "n:" + v.toString();
  if (typeof v === "number") return Number.isInteger(v) ? "n:" + BigInt(v).toString() : "n:" + String(v);
  if (v instanceof ComplexLit) return v.imag === 0 ? constantKey(v.real) : `c:${v.real}:${v.imag}`;
  if (typeof v === "string") return "s:" + v;
  if (v instanceof Uint8Array) return "b:" + Array.from(v).join(",");
  return "o:" + reprConstant(v);
}

function convBits(c: number): number {
  // CONVERT_VALUE: 1 = str, 2 = repr, 3 = ascii
  return c === 115 ? 1 : c === 114 ? 2 : c === 97 ? 3 : 0;
}

interface InlinedCompState {
  /** outer symbol-table flags of the names compiled with their in-comprehension scope */
  tempSymbols: Map<string, number | undefined>;
  /** names this comprehension made hidden fast locals */
  fastHidden: string[];
  /** names whose outer values are saved on the stack, in push order */
  pushed: string[];
  /** the handler restoring them on an exception (null when nothing was pushed) */
  cleanup: Label | null;
}

function buildOpFor(e: Node<"ListComp"> | Node<"SetComp"> | Node<"DictComp">): number {
  return e._type === "ListComp" ? OP.BUILD_LIST : e._type === "SetComp" ? OP.BUILD_SET : OP.BUILD_MAP;
}

function locOf(p: Position): SourceLocation {
  return {
    lineno: p.lineno,
    end_lineno: p.end_lineno,
    col_offset: p.col_offset,
    end_col_offset: p.end_col_offset,
  };
}

function locPos(l: SourceLocation): Position {
  return {
    lineno: l.lineno,
    col_offset: l.col_offset,
    end_lineno: l.end_lineno,
    end_col_offset: l.end_col_offset,
  };
}

/**
 * Docstrings are stored without their common indentation (CPython 3.13+ _PyCompile_CleanDoc): tabs
 * expanded, the first line's leading spaces and the smallest indentation of the later non-blank lines
 * removed.
 */
function cleanDoc(doc: string): string {
  if (typeof doc !== "string") return doc;
  const lines = expandTabs(doc).split("\n");
  let margin = Infinity;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i];
    const n = l.length - l.replace(/^ +/, "").length;
    if (n < l.length) margin = Math.min(margin, n);
  }
  if (margin === Infinity) margin = 0;
  const first = lines[0].replace(/^ +/, "");
  if (first.length === lines[0].length && margin === 0) return doc;
  const rest = lines.slice(1).map((l) => {
    let k = 0;
    while (k < margin && l[k] === " ") k++;
    return l.slice(k);
  });
  return [first, ...rest].join("\n");
}

/** str.expandtabs() with the default tab size. */
function expandTabs(s: string): string {
  if (!s.includes("\t")) return s;
  let out = "";
  let col = 0;
  for (const ch of s) {
    if (ch === "\t") {
      const n = 8 - (col % 8);
      out += " ".repeat(n);
      col += n;
    } else {
      out += ch;
      col = ch === "\n" || ch === "\r" ? 0 : col + 1;
    }
  }
  return out;
}

/** `from __future__ import annotations`: the annotation's source text, as CPython's ast unparse gives. */
function unparseForAnnotation(e: Expr, lineText: (n: number) => string): string {
  // CPython stores the unparsed tree (ast_unparse.c); the source segment is the fallback for the
  // expressions unparse.ts does not cover (f-strings).
  const text = unparseExpr(e);
  if (text !== null) return text;
  if (e.lineno === e.end_lineno) {
    const line = lineText(e.lineno);
    const start = charCol(line, e.col_offset);
    const end = charCol(line, e.end_col_offset);
    return line.slice(start, end);
  }
  const parts: string[] = [];
  for (let l = e.lineno; l <= e.end_lineno; l++) {
    const line = lineText(l);
    if (l === e.lineno) parts.push(line.slice(charCol(line, e.col_offset)));
    else if (l === e.end_lineno) parts.push(line.slice(0, charCol(line, e.end_col_offset)));
    else parts.push(line);
  }
  return parts.map((s) => s.trim()).join(" ");
}

export type { CodeObject };
