// The Python 3.14 parser: tokens → CPython-identical AST. A hand-written recursive-descent parser that
// follows Grammar/python.gram rule by rule; it backtracks (by resetting the token index) only where the
// PEG grammar itself needs it: parenthesised with-items, match statements and lambda/arguments lookahead.
// Assignment targets are parsed as expressions and then converted to Store/Del with CPython's checks.
import {
  type Arg,
  type Arguments,
  type CmpOpKind,
  ComplexLit,
  type ConstantValue,
  EllipsisLit,
  type ExceptHandler,
  type Expr,
  type Keyword,
  type MatchCase,
  type Mod,
  type Node,
  type OperatorKind,
  type Pattern,
  type Position,
  type Stmt,
  type TypeParam,
  type WithItem,
} from "./ast.ts";
import { byteToCharColumn, CompileError, type CompileWarning, type SyntaxErrorKind } from "./errors.ts";
import {
  decodeEscapes,
  decodeStringToken,
  intLiteralTooLong,
  LiteralError,
  parseNumber,
} from "./literals.ts";
import { Tokenizer } from "./tokenizer.ts";
import { KEYWORDS, SOFT_KEYWORDS, T, type Token } from "./tokens.ts";

const COMPOUND_STMTS = new Set([
  "FunctionDef",
  "AsyncFunctionDef",
  "ClassDef",
  "If",
  "For",
  "AsyncFor",
  "While",
  "With",
  "AsyncWith",
  "Try",
  "TryStar",
  "Match",
]);

export type ParseMode = "exec" | "eval" | "single" | "func_type";

export interface ParseOptions {
  warnings?: CompileWarning[];
  typeComments?: boolean;
  featureVersion?: number;
  /** CO_FUTURE_BARRY_AS_BDFL among compile()'s flags: `<>` instead of `!=` */
  barryAsFlufl?: boolean;
  /** PyCF_ALLOW_INCOMPLETE_INPUT (codeop): an error at the end of the source is _IncompleteInputError. */
  allowIncompleteInput?: boolean;
  /** PyCF_DONT_IMPLY_DEDENT: in single mode, the end of the source does not close an open block. */
  dontImplyDedent?: boolean;
}

export function parse(source: string, filename: string, mode: ParseMode, opts: ParseOptions = {}): Mod {
  const p = new Parser(source, filename, opts);
  try {
    return p.parseChecked(mode);
  } catch (e) {
    // the JS stack is the parser's stack: running out of it is CPython's parser stack overflow
    if (e instanceof RangeError) {
      throw new CompileError(
        "MemoryError",
        "Parser stack overflowed - Python source too complex to parse",
        filename,
        0,
        0,
        null,
      );
    }
    throw e;
  }
}

interface Start {
  lineno: number;
  col_offset: number;
}

type Ctx = "Load" | "Store" | "Del";

const AUGASSIGN_OPS: ReadonlyMap<number, OperatorKind> = new Map([
  [T.PLUSEQUAL, "Add"],
  [T.MINEQUAL, "Sub"],
  [T.STAREQUAL, "Mult"],
  [T.ATEQUAL, "MatMult"],
  [T.SLASHEQUAL, "Div"],
  [T.PERCENTEQUAL, "Mod"],
  [T.AMPEREQUAL, "BitAnd"],
  [T.VBAREQUAL, "BitOr"],
  [T.CIRCUMFLEXEQUAL, "BitXor"],
  [T.LEFTSHIFTEQUAL, "LShift"],
  [T.RIGHTSHIFTEQUAL, "RShift"],
  [T.DOUBLESTAREQUAL, "Pow"],
  [T.DOUBLESLASHEQUAL, "FloorDiv"],
]);

const COMPARE_OPS: ReadonlyMap<number, CmpOpKind> = new Map([
  [T.EQEQUAL, "Eq"],
  [T.NOTEQUAL, "NotEq"],
  [T.LESS, "Lt"],
  [T.LESSEQUAL, "LtE"],
  [T.GREATER, "Gt"],
  [T.GREATEREQUAL, "GtE"],
]);

/** Binary operator levels from loosest to tightest (bitwise_or … term). */
const BINARY_LEVELS: ReadonlyArray<ReadonlyMap<number, OperatorKind>> = [
  new Map([[T.VBAR, "BitOr"]]),
  new Map([[T.CIRCUMFLEX, "BitXor"]]),
  new Map([[T.AMPER, "BitAnd"]]),
  new Map([[T.LEFTSHIFT, "LShift"], [T.RIGHTSHIFT, "RShift"]]),
  new Map([[T.PLUS, "Add"], [T.MINUS, "Sub"]]),
  new Map([[T.STAR, "Mult"], [T.SLASH, "Div"], [T.DOUBLESLASH, "FloorDiv"], [T.PERCENT, "Mod"], [
    T.AT,
    "MatMult",
  ]]),
];

const ARITHMETIC_OPS = new Set(["Add", "Sub", "Mult", "Div", "FloorDiv", "Mod", "MatMult"]);

const INVALID_ESCAPE_BRACE =
  '"\\{" is an invalid escape sequence. Such sequences will not work in the future. ' +
  'Did you mean "\\\\{"? A raw string is also an option.';

/** Index of a string token's body: after its prefix letters and opening quotes. */
function stringBodyStart(text: string): number {
  let i = 0;
  while (i < text.length && text[i] !== "'" && text[i] !== '"') i++;
  return text.startsWith(text[i].repeat(3), i) ? i + 3 : i + 1;
}

/** Thrown to abandon one alternative; the caller resets the token index and tries another. */
class Backtrack {
  static readonly instance = new Backtrack();
}

/** Tokens that can start a match subject but cannot follow the name `match` in an expression. */
const MATCH_SUBJECT_STARTS = new Set([
  T.NAME,
  T.NUMBER,
  T.STRING,
  T.FSTRING_START,
  T.TSTRING_START,
  T.LBRACE,
]);

export class Parser {
  private readonly tk: Tokenizer;
  private readonly toks: Token[] = [];
  private p = 0;
  private readonly parenthesized = new WeakSet<object>();
  private readonly warnings: CompileWarning[] | undefined;
  /** The assignment target that gets invalid_named_expression's "... here. Maybe ..." message. */
  private hereTarget: Expr | null = null;
  /** Furthest token index reached, for the "invalid syntax" fallback position. */
  private furthest = 0;
  /** `from __future__ import barry_as_FLUFL` seen (or the flag given): NOTEQUAL is spelt `<>` */
  private barryAsFlufl: boolean;

  constructor(readonly source: string, readonly filename: string, opts: ParseOptions = {}) {
    this.tk = new Tokenizer(source, filename, false, opts.typeComments === true);
    this.warnings = opts.warnings;
    this.barryAsFlufl = opts.barryAsFlufl === true;
    this.allowIncompleteInput = opts.allowIncompleteInput === true;
    this.dontImplyDedent = opts.dontImplyDedent === true;
    if (this.warnings !== undefined) this.tk.warn = (msg, lineno) => this.warn(msg, lineno);
  }

  // ---- token access ----------------------------------------------------------------------------

  private tok(i: number): Token {
    while (this.toks.length <= i) {
      const last = this.toks.length > 0 ? this.toks[this.toks.length - 1] : null;
      if (last !== null && last.type === T.ENDMARKER) return last;
      try {
        this.toks.push(this.tk.next());
      } catch (e) {
        this.tokenizerFailed = true;
        throw e;
      }
    }
    return this.toks[i];
  }

  private tokenizerFailed = false;

  /**
   * Parse, and on a parser (not tokenizer) error do what CPython does: tokenize the rest of the source;
   * a tokenizer error there wins, and so does an unclosed bracket opened before the error's line.
   */
  parseChecked(mode: ParseMode): Mod {
    try {
      return this.parseCheckedInner(mode);
    } catch (e) {
      // _PyPegen_set_syntax_error_metadata: traceback's keyword-typo suggestions re-parse from there
      if (e instanceof CompileError && e.kind === "SyntaxError") {
        // the source as the tokenizer holds it: newlines translated, a final one added
        let source = this.source.replace(/\r\n?/g, "\n");
        if (!source.endsWith("\n")) source += "\n";
        e.metadata = [this.lastStmtLine, this.lastStmtCol, source];
      }
      throw e;
    }
  }

  private readonly allowIncompleteInput: boolean;
  private readonly dontImplyDedent: boolean;

  /**
   * codeop's single-mode check: without a final newline, only the end of the source would close the
   * last block, and under PyCF_DONT_IMPLY_DEDENT it does not, so the block is still open.
   */
  private blockLeftOpen(mode: ParseMode): boolean {
    if (mode !== "single" || !this.dontImplyDedent || /[\r\n]$/.test(this.source)) return false;
    const n = this.toks.length;
    return n >= 2 && this.toks[n - 1].type === T.ENDMARKER && this.toks[n - 2].type === T.DEDENT;
  }

  /**
   * Whether a parse error came from reading past the end of the source (CPython's _is_end_of_source:
   * the parser asked for the token after the last line, or the tokenizer hit EOF inside a bracket, a
   * triple-quoted string or a continued line).
   */
  private failedAtEnd(e: unknown): boolean {
    if (!(e instanceof CompileError)) return false;
    if (this.tokenizerFailed) {
      return /^unterminated triple-quoted|was never closed|^unexpected EOF/.test(e.msg);
    }
    const last = this.toks[this.toks.length - 1];
    return last !== undefined && last.type === T.ENDMARKER;
  }

  private parseCheckedInner(mode: ParseMode): Mod {
    try {
      this.tk.execInput = mode === "exec" || mode === "single";
      this.tk.addsNewline = mode === "exec";
      const mod = this.parseMode(mode);
      if (this.allowIncompleteInput && this.blockLeftOpen(mode)) {
        throw new CompileError("_IncompleteInputError", "incomplete input", this.filename, 1, 0, null);
      }
      return mod;
    } catch (e) {
      if (this.allowIncompleteInput && this.failedAtEnd(e)) {
        const last = this.toks[this.toks.length - 1];
        const line = last === undefined ? 1 : last.lineno;
        throw new CompileError("_IncompleteInputError", "incomplete input", this.filename, line, 0, null);
      }
      if (!(e instanceof CompileError) || this.tokenizerFailed || e.kind !== "SyntaxError") throw e;
      const lastLine = this.toks.length > 0 ? this.toks[this.toks.length - 1].lineno : 0;
      try {
        for (;;) {
          const last = this.toks[this.toks.length - 1];
          if (last !== undefined && last.type === T.ENDMARKER) break;
          this.toks.push(this.tk.next());
        }
      } catch (te) {
        if (!(te instanceof CompileError)) throw te;
        // an error in an f-string's expression part stands (_PyPegen_tokenize_full_source_to_check_for_errors)
        if (this.tk.inFString) throw e;
        // errors CPython's tokenizer reports only when the parser reaches them
        if (te.msg.startsWith("unexpected EOF") || te.msg.startsWith("unexpected character after line")) {
          throw e;
        }
        if (te.msg.endsWith("was never closed")) throw lastLine > te.lineno ? te : e;
        throw te;
      }
      throw e;
    }
  }

  private get cur(): Token {
    return this.tok(this.p);
  }

  private peek(k = 1): Token {
    return this.tok(this.p + k);
  }

  private advance(): Token {
    const t = this.tok(this.p);
    this.p++;
    if (this.p > this.furthest) this.furthest = this.p;
    return t;
  }

  private get last(): Token {
    return this.toks[this.p - 1];
  }

  private at(type: number): boolean {
    return this.tok(this.p).type === type;
  }

  private atKw(word: string): boolean {
    const t = this.tok(this.p);
    return t.type === T.NAME && t.string === word;
  }

  private atName(): boolean {
    const t = this.tok(this.p);
    return t.type === T.NAME && !KEYWORDS.has(t.string);
  }

  private eat(type: number): Token | null {
    return this.at(type) ? this.advance() : null;
  }

  private eatKw(word: string): Token | null {
    return this.atKw(word) ? this.advance() : null;
  }

  private expect(type: number, what: string): Token {
    if (this.at(type)) return this.advance();
    if (what === ":") this.raiseAt(this.last, "expected ':'", true);
    this.raiseInvalid();
  }

  private expectKw(word: string): Token {
    if (this.atKw(word)) return this.advance();
    this.raiseAt(this.cur, `expected '${word}'`);
  }

  private name(): string {
    const t = this.cur;
    if (t.type !== T.NAME || KEYWORDS.has(t.string)) this.raiseInvalid();
    this.advance();
    return normalizeName(t.string);
  }

  // ---- errors ----------------------------------------------------------------------------------

  private errorAt(
    startTok: { lineno: number; col_offset: number },
    endTok: { end_lineno: number; end_col_offset: number } | null,
    msg: string,
    kind: SyntaxErrorKind = "SyntaxError",
  ): CompileError {
    const line = this.tk.lineText(startTok.lineno);
    const col = byteToCharColumn(line, startTok.col_offset) + 1;
    let endLine = startTok.lineno;
    let endCol = col;
    if (endTok !== null) {
      endLine = endTok.end_lineno;
      endCol = byteToCharColumn(this.tk.lineText(endLine), endTok.end_col_offset) + 1;
    }
    const text = this.tk.errorText(startTok.lineno);
    return new CompileError(kind, msg, this.filename, startTok.lineno, col, text, endLine, endCol);
  }

  /** Error located at token t (after it, when `after` is set: CPython's "expected ':'" points past t). */
  private raiseAt(t: Token, msg: string, after = false): never {
    if (after) {
      const at = { lineno: t.end_lineno, col_offset: t.end_col_offset };
      throw this.errorAt(at, { end_lineno: t.end_lineno, end_col_offset: t.end_col_offset + 1 }, msg);
    }
    throw this.errorAt(t, t, msg);
  }

  private raiseNode(n: Position, msg: string, kind: SyntaxErrorKind = "SyntaxError"): never {
    throw this.errorAt(n, n, msg, kind);
  }

  /** CPython's generic error: "invalid syntax" at the token where parsing could not continue. */
  private raiseInvalid(): never {
    const t = this.tok(Math.max(this.p, 0));
    if (t.type === T.NEWLINE && t.string === "" && !this.tk.addsNewline) {
      // the end of eval or single input that has no newline: CPython reports offset 0
      const text = this.tk.errorText(t.lineno);
      throw new CompileError("SyntaxError", "invalid syntax", this.filename, t.lineno, 0, text, t.lineno, 0);
    }
    if (t.type === T.INDENT) this.raiseUnexpectedIndent(t);
    if (t.type === T.ENDMARKER || (t.type === T.DEDENT && this.peekType(1) === T.ENDMARKER)) {
      throw this.errorAt(t, t, "invalid syntax");
    }
    throw this.errorAt(t, t, "invalid syntax");
  }

  private raiseUnexpectedIndent(t: Token): never {
    const line = this.tk.lineText(t.lineno);
    throw new CompileError(
      "IndentationError",
      "unexpected indent",
      this.filename,
      t.lineno,
      byteToCharColumn(line, t.end_col_offset),
      this.tk.errorText(t.lineno),
      t.lineno,
      -1,
    );
  }

  /** Two expressions side by side inside brackets: CPython's "Perhaps you forgot a comma?". */
  private checkForgotComma(first: Expr, colonEnds = false): void {
    const t = this.cur;
    const startsExpr = t.type === T.NUMBER || t.type === T.STRING || t.type === T.FSTRING_START ||
      t.type === T.TSTRING_START || t.type === T.LBRACE || t.type === T.ELLIPSIS ||
      (t.type === T.NAME &&
        (!KEYWORDS.has(t.string) || ["None", "True", "False", "lambda", "not", "await"].includes(t.string)));
    if (!startsExpr) return;
    if (first._type === "Name" && (first.id === "print" || first.id === "exec")) return;
    // invalid_expression's `!(NAME STRING | SOFT_KEYWORD) disjunction expression`: not after a soft
    // keyword, and the range starts at the last disjunction (`1 if c else 2 3` → `2 3`)
    if (first._type === "Name" && SOFT_KEYWORDS.has(first.id) && !this.parenthesized.has(first)) return;
    while (first._type === "IfExp" && !this.parenthesized.has(first)) first = first.orelse;
    const save = this.p;
    let second: Expr;
    try {
      second = this.parseExpression();
    } catch (e) {
      if (!(e instanceof CompileError)) throw e;
      this.p = save;
      return;
    }
    // (a format spec's `:` in an f-string's replacement field does not excuse it)
    if (this.atKw("else") || (!colonEnds && this.at(T.COLON) && !this.tk.specColons.has(this.cur.start))) {
      this.p = save;
      return;
    }
    throw this.errorAt(first, second, "invalid syntax. Perhaps you forgot a comma?");
  }

  private peekType(k: number): number {
    return this.tok(this.p + k).type;
  }

  // ---- node construction -----------------------------------------------------------------------

  private startOf(t: Start): Start {
    return { lineno: t.lineno, col_offset: t.col_offset };
  }

  /** Positions from `start` to the end of the last consumed token. */
  private pos(start: Start): Position {
    const e = this.last;
    return {
      lineno: start.lineno,
      col_offset: start.col_offset,
      end_lineno: e.end_lineno,
      end_col_offset: e.end_col_offset,
    };
  }

  private span(a: Position | Start, b: Position): Position {
    return {
      lineno: a.lineno,
      col_offset: a.col_offset,
      end_lineno: b.end_lineno,
      end_col_offset: b.end_col_offset,
    };
  }

  // deno-lint-ignore no-explicit-any
  private mk<K extends Node["_type"]>(kind: K, fields: Record<string, any>, p: Position): Node<K> {
    const n = {
      _type: kind,
      ...fields,
      lineno: p.lineno,
      col_offset: p.col_offset,
      end_lineno: p.end_lineno,
      end_col_offset: p.end_col_offset,
    };
    return n as unknown as Node<K>;
  }

  private nameNode(id: string, ctx: Ctx, p: Position): Expr {
    return this.mk("Name", { id, ctx }, p);
  }

  private constant(value: ConstantValue, p: Position, kind: string | null = null): Expr {
    return this.mk("Constant", { value, kind }, p);
  }

  // ---- entry points ----------------------------------------------------------------------------

  parseMode(mode: ParseMode): Mod {
    if (mode === "eval") {
      while (this.at(T.NEWLINE)) this.advance();
      const body = this.parseExpressions();
      while (this.at(T.NEWLINE)) this.advance();
      if (!this.at(T.ENDMARKER)) this.raiseInvalid();
      return { _type: "Expression", body } as Mod;
    }
    if (mode === "func_type") {
      this.expect(T.LPAR, "(");
      const argtypes: Expr[] = [];
      while (!this.at(T.RPAR)) {
        if (this.eat(T.STAR) || this.eat(T.DOUBLESTAR)) argtypes.push(this.parseExpression());
        else argtypes.push(this.parseExpression());
        if (!this.eat(T.COMMA)) break;
      }
      this.expect(T.RPAR, ")");
      this.expect(T.RARROW, "->");
      const returns = this.parseExpression();
      while (this.at(T.NEWLINE)) this.advance();
      return { _type: "FunctionType", argtypes, returns } as Mod;
    }
    const body: Stmt[] = [];
    if (mode === "single") {
      while (this.at(T.NEWLINE)) this.advance();
      if (!this.at(T.ENDMARKER)) body.push(...this.parseStatement());
      while (this.at(T.NEWLINE)) this.advance();
      if (!this.at(T.ENDMARKER)) {
        this.raiseAt(this.cur, "multiple statements found while compiling a single statement");
      }
      return { _type: "Interactive", body } as Mod;
    }
    while (!this.at(T.ENDMARKER)) {
      if (this.eat(T.NEWLINE)) continue;
      const stmts = this.parseStatement();
      this.registerStatement(stmts);
      body.push(...stmts);
    }
    const type_ignores = this.tk.typeIgnores.map((t) => ({
      _type: "TypeIgnore",
      lineno: t.lineno,
      tag: t.tag,
    }));
    return { _type: "Module", body, type_ignores } as Mod;
  }

  // ---- statements ------------------------------------------------------------------------------

  /** Where the last fully parsed statement starts (CPython's last_stmt_location, for SyntaxError._metadata). */
  private lastStmtLine = 0;
  private lastStmtCol = 0;

  /**
   * Record a module-level statement's start: CPython 3.14.0 registers only complete compound statements
   * at the top level (seen in its SyntaxError._metadata).
   */
  private registerStatement(stmts: Stmt[]): void {
    const last = stmts[stmts.length - 1] as { _type: string; lineno?: number; col_offset?: number };
    if (stmts.length === 1 && COMPOUND_STMTS.has(last._type)) {
      this.lastStmtLine = last.lineno ?? 0;
      this.lastStmtCol = last.col_offset ?? 0;
    }
  }

  private parseStatement(): Stmt[] {
    const t = this.cur;
    if (t.type === T.INDENT) this.raiseUnexpectedIndent(t);
    if (t.type === T.NAME) {
      switch (t.string) {
        case "def":
          return [this.parseFunctionDef([], null)];
        case "if":
          return [this.parseIf()];
        case "class":
          return [this.parseClassDef([])];
        case "with":
          return [this.parseWith(null)];
        case "for":
          return [this.parseFor(null)];
        case "try":
          return [this.parseTry()];
        case "while":
          return [this.parseWhile()];
        case "async":
          return [this.parseAsync()];
        case "match": {
          const m = this.tryParseMatch();
          if (m !== null) return [m];
          break;
        }
        case "elif":
        case "else":
        case "except":
        case "finally":
          this.raiseInvalid();
      }
    } else if (t.type === T.AT) {
      return [this.parseDecorated()];
    }
    return this.parseSimpleStatements();
  }

  private parseSimpleStatements(): Stmt[] {
    const out: Stmt[] = [];
    for (;;) {
      out.push(this.parseSimpleStatement());
      if (this.eat(T.SEMI)) {
        if (this.at(T.NEWLINE)) break;
        continue;
      }
      break;
    }
    if (!this.eat(T.NEWLINE)) {
      if (this.at(T.ENDMARKER)) return out;
      this.invalidAfterStatement();
    }
    return out;
  }

  /** A statement was complete but more tokens follow on the line: CPython's specific messages. */
  private invalidAfterStatement(): never {
    const t = this.cur;
    const prev = this.last;
    if (
      prev &&
      (prev.type === T.NAME || prev.type === T.NUMBER || prev.type === T.STRING || prev.type === T.RPAR ||
        prev.type === T.RSQB || prev.type === T.RBRACE || prev.type === T.FSTRING_END) &&
      (t.type === T.NAME || t.type === T.NUMBER || t.type === T.STRING || t.type === T.FSTRING_START) &&
      !KEYWORDS.has(t.string)
    ) {
      // two adjacent expressions: CPython reports the whole pair when inside a display
    }
    this.raiseInvalid();
  }

  private parseSimpleStatement(): Stmt {
    const t = this.cur;
    const start = this.startOf(t);
    if (t.type === T.NAME) {
      this.checkStatementBeforeIf();
      switch (t.string) {
        case "pass":
          this.advance();
          return this.mk("Pass", {}, this.pos(start));
        case "break":
          this.advance();
          return this.mk("Break", {}, this.pos(start));
        case "continue":
          this.advance();
          return this.mk("Continue", {}, this.pos(start));
        case "return": {
          this.advance();
          const value = this.atExpressionStart() ? this.parseStarExpressions() : null;
          return this.mk("Return", { value }, this.pos(start));
        }
        case "raise": {
          this.advance();
          let exc: Expr | null = null;
          let cause: Expr | null = null;
          if (this.atExpressionStart()) {
            exc = this.parseExpression();
            if (this.eatKw("from")) cause = this.parseExpression();
          }
          return this.mk("Raise", { exc, cause }, this.pos(start));
        }
        case "global":
        case "nonlocal": {
          this.advance();
          const names = [this.name()];
          while (this.eat(T.COMMA)) names.push(this.name());
          return this.mk(t.string === "global" ? "Global" : "Nonlocal", { names }, this.pos(start));
        }
        case "del":
          return this.parseDel();
        case "assert": {
          this.advance();
          const test = this.parseExpression();
          const msg = this.eat(T.COMMA) ? this.parseExpression() : null;
          return this.mk("Assert", { test, msg }, this.pos(start));
        }
        case "import":
          return this.parseImport();
        case "from":
          return this.parseFromImport();
        case "type":
          if (this.peek().type === T.NAME && !KEYWORDS.has(this.peek().string)) {
            const nt = this.peek(2).type;
            if (nt === T.EQUAL || nt === T.LSQB) return this.parseTypeAlias();
          }
          break;
      }
    }
    return this.parseExpressionStatement();
  }

  private atExpressionStart(): boolean {
    const t = this.cur;
    switch (t.type) {
      case T.NEWLINE:
      case T.SEMI:
      case T.ENDMARKER:
      case T.RPAR:
      case T.RSQB:
      case T.RBRACE:
      case T.COLON:
      case T.EQUAL:
      case T.COMMA:
        return false;
      case T.NAME:
        return !KEYWORDS.has(t.string) ||
          ["None", "True", "False", "not", "lambda", "await", "yield"].includes(t.string);
    }
    return true;
  }

  private parseTypeAlias(): Stmt {
    const start = this.startOf(this.advance());
    const nt = this.cur;
    const name = this.nameNode(this.name(), "Store", this.pos(nt));
    const type_params = this.at(T.LSQB) ? this.parseTypeParams() : [];
    this.expect(T.EQUAL, "=");
    const value = this.parseExpression();
    return this.mk("TypeAlias", { name, type_params, value }, this.pos(start));
  }

  private parseDel(): Stmt {
    const start = this.startOf(this.advance());
    const targets: Expr[] = [];
    for (;;) {
      const e = this.parseBitOrStarred();
      targets.push(this.setContext(e, "Del"));
      if (!this.eat(T.COMMA)) break;
      if (this.at(T.NEWLINE) || this.at(T.SEMI)) break;
    }
    return this.mk("Delete", { targets }, this.pos(start));
  }

  private dottedName(): string {
    let s = this.name();
    while (this.eat(T.DOT)) s += "." + this.name();
    return s;
  }

  /** The name after `as` in an import; another expression there is invalid_dotted_as_name's error. */
  private importAsName(): string {
    if (this.at(T.NAME)) {
      const next = this.peekType(1);
      if (
        next === T.COMMA || next === T.NEWLINE || next === T.SEMI || next === T.RPAR || next === T.ENDMARKER
      ) {
        return this.name();
      }
    }
    let target: Expr;
    try {
      target = this.parseExpression();
    } catch {
      this.raiseInvalid();
    }
    this.raiseNode(target, `cannot use ${exprName(target)} as import target`);
  }

  /** invalid_import / invalid_import_from_targets: nothing after `import`. */
  private checkImportNames(): void {
    if (this.at(T.NEWLINE) || this.at(T.ENDMARKER)) {
      // CPython's RAISE_SYNTAX_ERROR at the newline: a zero-width location
      const at = { end_lineno: this.cur.lineno, end_col_offset: this.cur.col_offset };
      throw this.errorAt(this.cur, at, "Expected one or more names after 'import'");
    }
  }

  private parseImport(): Stmt {
    const start = this.startOf(this.advance());
    this.checkImportNames();
    const names = [];
    for (;;) {
      const a = this.cur;
      const name = this.dottedName();
      const asname = this.eatKw("as") ? this.importAsName() : null;
      names.push(this.mk("alias", { name, asname }, this.pos(a)));
      if (!this.eat(T.COMMA)) break;
    }
    if (this.atKw("from") && this.peek().type === T.NAME) {
      // invalid_import: `import a from b`
      this.advance();
      this.dottedName();
      throw this.errorAt(start, this.last, "Did you mean to use 'from ... import ...' instead?");
    }
    return this.mk("Import", { names }, this.pos(start));
  }

  private parseFromImport(): Stmt {
    const start = this.startOf(this.advance());
    let level = 0;
    for (;;) {
      if (this.eat(T.DOT)) level += 1;
      else if (this.eat(T.ELLIPSIS)) level += 3;
      else break;
    }
    let module: string | null = null;
    if (!this.atKw("import")) module = this.dottedName();
    if (!this.eatKw("import")) this.raiseInvalid();
    this.checkImportNames();
    const names = [];
    if (this.at(T.STAR)) {
      const st = this.advance();
      names.push(this.mk("alias", { name: "*", asname: null }, this.pos(st)));
    } else {
      const paren = this.eat(T.LPAR);
      for (;;) {
        const a = this.cur;
        const name = this.name();
        const asname = this.eatKw("as") ? this.importAsName() : null;
        names.push(this.mk("alias", { name, asname }, this.pos(a)));
        if (!this.eat(T.COMMA)) break;
        if (paren && this.at(T.RPAR)) break;
        if (!paren && (this.at(T.NEWLINE) || this.at(T.ENDMARKER))) {
          this.raiseAt(this.last, "trailing comma not allowed without surrounding parentheses");
        }
      }
      if (paren) this.expect(T.RPAR, ")");
    }
    if (module === "__future__" && level === 0 && names.some((a) => a.name === "barry_as_FLUFL")) {
      this.barryAsFlufl = true;
    }
    return this.mk("ImportFrom", { module, names, level }, this.pos(start));
  }

  private parseExpressionStatement(): Stmt {
    const start = this.startOf(this.cur);
    const first = this.at(T.NAME) && this.cur.string === "yield"
      ? this.parseYield()
      : this.parseStarExpressions();
    // annotated assignment
    if (this.at(T.COLON)) {
      const colon = this.cur;
      const target = first;
      if (target._type === "Tuple" && !this.parenthesized.has(target)) {
        this.raiseNode(target, "only single target (not tuple) can be annotated");
      }
      if (target._type === "List" || target._type === "Tuple") {
        this.raiseNode(
          target,
          `only single target (not ${target._type === "List" ? "list" : "tuple"}) can be annotated`,
        );
      }
      if (target._type !== "Name" && target._type !== "Attribute" && target._type !== "Subscript") {
        this.raiseNode(target, "illegal target for annotation");
      }
      void colon;
      this.advance();
      const annotation = this.parseExpression();
      let value: Expr | null = null;
      if (this.eat(T.EQUAL)) value = this.atKw("yield") ? this.parseYield() : this.parseStarExpressions();
      const simple = target._type === "Name" && !this.parenthesized.has(target) ? 1 : 0;
      return this.mk(
        "AnnAssign",
        { target: this.setContext(target, "Store"), annotation, value, simple },
        this.pos(start),
      );
    }
    const aug = AUGASSIGN_OPS.get(this.cur.type);
    if (aug !== undefined) {
      if (first._type !== "Name" && first._type !== "Attribute" && first._type !== "Subscript") {
        this.raiseNode(first, `'${exprName(first)}' is an illegal expression for augmented assignment`);
      }
      this.advance();
      const value = this.atKw("yield") ? this.parseYield() : this.parseStarExpressions();
      return this.mk(
        "AugAssign",
        { target: this.setContext(first, "Store"), op: aug, value },
        this.pos(start),
      );
    }
    if (this.at(T.EQUAL)) {
      const targets: Expr[] = [first];
      let value = first;
      while (this.eat(T.EQUAL)) {
        value = this.atKw("yield") ? this.parseYield() : this.parseStarExpressions();
        targets.push(value);
      }
      targets.pop();
      for (const t of targets) {
        if ((t._type === "Yield" || t._type === "YieldFrom") && !this.parenthesized.has(t)) {
          this.raiseNode(t, "assignment to yield expression not possible");
        }
      }
      // CPython's invalid_named_expression: `target = value` with one `=`, where the target just before
      // it is a bitwise_or and the value starts with one, says "... here. Maybe you meant '=='...?"
      this.hereTarget = null;
      if (targets.length === 1 && this.startsWithBitwiseOr(value)) {
        let t = targets[0];
        if (t._type === "Tuple" && !this.parenthesized.has(t)) t = t.elts[t.elts.length - 1];
        // `() = value`: the empty tuple has no last element
        if (t !== undefined && this.isBitwiseOr(t)) this.hereTarget = t;
      }
      const stored = targets.map((t) => this.setContext(t, "Store", true));
      this.hereTarget = null;
      let type_comment: string | null = null;
      if (this.at(T.TYPE_COMMENT)) type_comment = this.advance().string;
      return this.mk("Assign", { targets: stored, value, type_comment }, this.pos(start));
    }
    if (
      this.at(T.NAME) || this.at(T.NUMBER) || this.at(T.STRING) || this.at(T.FSTRING_START) ||
      this.at(T.TSTRING_START) || this.at(T.LBRACE) || this.at(T.ELLIPSIS)
    ) {
      this.checkMissingComma(first);
    }
    return this.mk("Expr", { value: first }, this.pos(start));
  }

  /** `print "x"` and friends. */
  private checkMissingComma(first: Expr): void {
    if (first._type === "Name" && (first.id === "print" || first.id === "exec") && !this.at(T.NEWLINE)) {
      const save = this.p;
      try {
        this.parseStarExpressions();
        const e = this.last;
        throw this.errorAt(
          first,
          e,
          `Missing parentheses in call to '${first.id}'. Did you mean ${first.id}(...)?`,
        );
      } catch (err) {
        if (err instanceof CompileError && err.msg.startsWith("Missing parentheses")) throw err;
        this.p = save;
      }
    }
  }

  /** An expression the grammar's bitwise_or covers (a parenthesized one is an atom), minus the kinds
   * invalid_named_expression excludes (list, tuple, generator expression, True, None, False). */
  private isBitwiseOr(e: Expr): boolean {
    if (e._type === "List" || e._type === "Tuple" || e._type === "GeneratorExp") return false;
    if (e._type === "Constant" && (e.value === true || e.value === false || e.value === null)) return false;
    if (this.parenthesized.has(e)) return true;
    switch (e._type) {
      case "Compare":
      case "BoolOp":
      case "IfExp":
      case "Lambda":
      case "Starred":
      case "Yield":
      case "YieldFrom":
      case "NamedExpr":
        return false;
      case "UnaryOp":
        return e.op !== "Not";
    }
    return true;
  }

  /** Whether an assigned value begins with a bitwise_or (not `*x`, `yield`, `lambda`, `not`). */
  private startsWithBitwiseOr(e: Expr): boolean {
    if (this.parenthesized.has(e)) return true;
    switch (e._type) {
      case "Yield":
      case "YieldFrom":
      case "Starred":
      case "Lambda":
        return false;
      case "UnaryOp":
        return e.op !== "Not";
      case "Tuple":
        return e.elts.length > 0 && this.startsWithBitwiseOr(e.elts[0]);
      case "Compare":
        return this.startsWithBitwiseOr(e.left);
      case "BoolOp":
        return this.startsWithBitwiseOr(e.values[0]);
      case "IfExp":
        return this.startsWithBitwiseOr(e.body);
    }
    return true;
  }

  /** Convert a parsed expression into an assignment/deletion target (CPython's set_expr_context). */
  private setContext(e: Expr, ctx: Ctx, isAssign = false): Expr {
    switch (e._type) {
      // (assigning to __debug__ is the compiler's error, not the parser's)
      case "Name":
        return { ...e, ctx } as Expr;
      case "Attribute":
        return { ...e, ctx } as Expr;
      case "Subscript":
        return { ...e, ctx } as Expr;
      case "Starred":
        if (ctx === "Del") this.raiseNode(e, "cannot delete starred");
        return { ...e, value: this.setContext(e.value, ctx, isAssign), ctx } as Expr;
      case "Tuple":
      case "List": {
        const out = { ...e, elts: e.elts.map((x) => this.setContext(x, ctx, isAssign)), ctx } as Expr;
        if (this.parenthesized.has(e)) this.parenthesized.add(out);
        return out;
      }
    }
    const verb = ctx === "Del" ? "delete" : "assign to";
    let what = exprName(e);
    if (e._type === "Constant" && (e.value === true || e.value === false || e.value === null)) {
      what = String(e.value === null ? "None" : e.value ? "True" : "False");
      this.raiseNode(e, `cannot ${verb} ${what}`);
    }
    if (isAssign && e === this.hereTarget) {
      this.raiseNode(e, `cannot ${verb} ${what} here. Maybe you meant '==' instead of '='?`);
    }
    this.raiseNode(e, `cannot ${verb} ${what}`);
  }

  private parseBlock(owner: string, ownerTok: Token): Stmt[] {
    if (this.eat(T.NEWLINE)) {
      if (!this.at(T.INDENT)) {
        const t = this.cur;
        const msg = `expected an indented block after ${owner} on line ${ownerTok.lineno}`;
        if (t.type === T.ENDMARKER || (t.type === T.DEDENT && this.peekType(1) === T.ENDMARKER)) {
          // at the end of the input CPython reports it at the newline ending the owner's line (end -1)
          const nl = this.tok(this.p - 1);
          const line = this.tk.lineText(nl.lineno);
          const col = byteToCharColumn(line, nl.col_offset) + 1;
          throw new CompileError(
            "IndentationError",
            msg,
            this.filename,
            nl.lineno,
            col,
            this.tk.errorText(nl.lineno),
            nl.lineno,
            -1,
          );
        }
        throw this.errorAt(t, t, msg, "IndentationError");
      }
      this.advance();
      const body: Stmt[] = [];
      while (!this.at(T.DEDENT) && !this.at(T.ENDMARKER)) {
        if (this.eat(T.NEWLINE)) continue;
        body.push(...this.parseStatement());
      }
      this.eat(T.DEDENT);
      return body;
    }
    return this.parseSimpleStatements();
  }

  /** A forced `:` (`&&':'`): the error is at the token found instead (just after the line's end). */
  private colon(): void {
    if (this.eat(T.COLON)) return;
    if (this.at(T.NEWLINE)) this.raiseAt(this.last, "expected ':'", true);
    this.raiseAt(this.cur, "expected ':'");
  }

  /** The `:` of if/elif/while/for/with/except/class: CPython's invalid_*_stmt rules say "expected ':'"
   * only when the line ends there; anything else is plain invalid syntax at that token. */
  private colonBeforeNewline(): void {
    if (this.eat(T.COLON)) return;
    if (this.at(T.NEWLINE)) this.raiseAt(this.last, "expected ':'", true);
    this.raiseInvalid();
  }

  private parseIf(): Stmt {
    const kw = this.advance();
    const start = this.startOf(kw);
    const test = this.parseNamedExpression();
    this.colonBeforeNewline();
    const body = this.parseBlock(`'${kw.string}' statement`, kw);
    let orelse: Stmt[] = [];
    if (this.atKw("elif")) orelse = [this.parseIf()];
    else if (this.atKw("else")) {
      const e = this.advance();
      this.colon();
      orelse = this.parseBlock("'else' statement", e);
      if (this.atKw("elif")) this.raiseAt(this.cur, "'elif' block follows an 'else' block");
    }
    return this.mk("If", { test, body, orelse }, this.endAtBlock(start, orelse.length ? orelse : body));
  }

  private endAtBlock(start: Start, body: Stmt[]): Position {
    const last = body[body.length - 1];
    return {
      lineno: start.lineno,
      col_offset: start.col_offset,
      end_lineno: last.end_lineno,
      end_col_offset: last.end_col_offset,
    };
  }

  private parseWhile(): Stmt {
    const kw = this.advance();
    const start = this.startOf(kw);
    const test = this.parseNamedExpression();
    this.colonBeforeNewline();
    const body = this.parseBlock("'while' statement", kw);
    let orelse: Stmt[] = [];
    if (this.atKw("else")) {
      const e = this.advance();
      this.colon();
      orelse = this.parseBlock("'else' statement", e);
    }
    return this.mk("While", { test, body, orelse }, this.endAtBlock(start, orelse.length ? orelse : body));
  }

  private parseFor(asyncTok: Token | null): Stmt {
    const kw = this.advance();
    const start = this.startOf(asyncTok ?? kw);
    const target = this.parseTargetList();
    if (!this.eatKw("in")) {
      this.raiseAt(this.cur, "invalid syntax");
    }
    const iter = this.parseStarExpressions();
    this.colonBeforeNewline();
    let type_comment: string | null = null;
    if (this.at(T.TYPE_COMMENT)) type_comment = this.advance().string;
    const body = this.parseBlock("'for' statement", kw);
    let orelse: Stmt[] = [];
    if (this.atKw("else")) {
      const e = this.advance();
      this.colon();
      orelse = this.parseBlock("'else' statement", e);
    }
    return this.mk(
      asyncTok ? "AsyncFor" : "For",
      { target, iter, body, orelse, type_comment },
      this.endAtBlock(start, orelse.length ? orelse : body),
    );
  }

  /** star_targets: for-loop and comprehension targets. */
  private parseTargetList(comprehension = false): Expr {
    const start = this.startOf(this.cur);
    const first = this.parseBitOrStarred();
    // invalid_for_if_clause: the missing 'in' is reported before the targets are checked
    const checkIn = () => {
      if (comprehension && !this.atKw("in")) this.raiseAt(this.cur, "'in' expected after for-loop variables");
    };
    if (!this.at(T.COMMA)) {
      checkIn();
      return this.setContext(first, "Store");
    }
    const elts = [first];
    while (this.eat(T.COMMA)) {
      if (this.atKw("in") || this.at(T.EQUAL)) break;
      elts.push(this.parseBitOrStarred());
    }
    checkIn();
    return this.setContext(this.mk("Tuple", { elts, ctx: "Load" }, this.pos(start)), "Store");
  }

  private parseBitOrStarred(): Expr {
    if (this.at(T.STAR)) {
      const st = this.advance();
      const value = this.parseBitOr();
      return this.mk("Starred", { value, ctx: "Load" }, this.pos(st));
    }
    return this.parseBitOr();
  }

  private parseWith(asyncTok: Token | null): Stmt {
    const kw = this.advance();
    const start = this.startOf(asyncTok ?? kw);
    let items: WithItem[] | null = null;
    if (this.at(T.LPAR)) {
      const save = this.p;
      try {
        this.advance();
        const list: WithItem[] = [];
        for (;;) {
          list.push(this.parseWithItem(true));
          if (!this.eat(T.COMMA)) break;
          if (this.at(T.RPAR)) break;
        }
        if (!this.eat(T.RPAR) || !this.at(T.COLON)) throw Backtrack.instance;
        items = list;
      } catch (e) {
        if (!(e instanceof Backtrack) && !(e instanceof CompileError)) throw e;
        this.p = save;
        items = null;
      }
    }
    if (items === null) {
      items = [];
      for (;;) {
        items.push(this.parseWithItem(false));
        if (!this.eat(T.COMMA)) break;
      }
    }
    this.colonBeforeNewline();
    let type_comment: string | null = null;
    if (this.at(T.TYPE_COMMENT)) type_comment = this.advance().string;
    const body = this.parseBlock("'with' statement", kw);
    return this.mk(
      asyncTok ? "AsyncWith" : "With",
      { items, body, type_comment },
      this.endAtBlock(start, body),
    );
  }

  private parseWithItem(inParens: boolean): WithItem {
    const context_expr = this.parseExpression();
    let optional_vars: Expr | null = null;
    if (this.eatKw("as")) {
      const t = this.parseTarget();
      optional_vars = this.setContext(t, "Store");
      if (inParens && !this.at(T.COMMA) && !this.at(T.RPAR)) throw Backtrack.instance;
    }
    return { _type: "withitem", context_expr, optional_vars } as WithItem;
  }

  /** A single star_target (with-item and walrus-free contexts). */
  private parseTarget(): Expr {
    return this.parseBitOrStarred();
  }

  private parseTry(): Stmt {
    const kw = this.advance();
    const start = this.startOf(kw);
    this.colon();
    const body = this.parseBlock("'try' statement", kw);
    const handlers: ExceptHandler[] = [];
    let star: boolean | null = null;
    while (this.atKw("except")) {
      const ek = this.advance();
      const starTok = this.eat(T.STAR);
      const isStar = starTok !== null;
      if (star !== null && star !== isStar) {
        throw this.errorAt(ek, starTok ?? ek, "cannot have both 'except' and 'except*' on the same 'try'");
      }
      star = isStar;
      let type: Expr | null = null;
      let name: string | null = null;
      if (!this.at(T.COLON)) {
        // invalid_except_stmt: `except` NEWLINE
        if (this.at(T.NEWLINE)) this.raiseAt(this.last, "expected ':'", true);
        const tstart = this.startOf(this.cur);
        type = this.parseExpression();
        if (this.at(T.COMMA)) {
          // PEP 758: except A, B:  (no parentheses, no 'as')
          const elts = [type];
          while (this.eat(T.COMMA)) elts.push(this.parseExpression());
          type = this.mk("Tuple", { elts, ctx: "Load" }, this.pos(tstart));
          if (this.atKw("as")) {
            // (invalid_except_stmt: the error runs from the first type to the name after 'as')
            const target = this.peekType(1) === T.NAME ? this.tok(this.p + 1) : null;
            throw this.errorAt(
              type,
              target ?? type,
              "multiple exception types must be parenthesized when using 'as'",
            );
          }
        }
        if (this.eatKw("as")) name = this.exceptTarget(isStar);
      } else if (isStar) {
        this.raiseAt(this.cur, "expected one or more exception types");
      }
      this.colonBeforeNewline();
      const hbody = this.parseBlock(`'except${isStar ? "*" : ""}' statement`, ek);
      handlers.push(
        this.mk("ExceptHandler", { type, name, body: hbody }, this.endAtBlock(this.startOf(ek), hbody)),
      );
    }
    let orelse: Stmt[] = [];
    let finalbody: Stmt[] = [];
    if (this.atKw("else")) {
      if (handlers.length === 0) this.raiseInvalid();
      const e = this.advance();
      this.colon();
      orelse = this.parseBlock("'else' statement", e);
    }
    if (this.atKw("finally")) {
      const f = this.advance();
      this.colon();
      finalbody = this.parseBlock("'finally' statement", f);
    }
    if (handlers.length === 0 && finalbody.length === 0) {
      this.raiseAt(this.cur, "expected 'except' or 'finally' block");
    }
    const lastBlock = finalbody.length ? finalbody : orelse.length ? orelse : handlers.length ? null : body;
    const p = lastBlock ? this.endAtBlock(start, lastBlock) : this.span(start, handlers[handlers.length - 1]);
    return this.mk(star ? "TryStar" : "Try", { body, handlers, orelse, finalbody }, p);
  }

  private parseAsync(): Stmt {
    const a = this.advance();
    if (this.atKw("def")) return this.parseFunctionDef([], a);
    if (this.atKw("with")) return this.parseWith(a);
    if (this.atKw("for")) return this.parseFor(a);
    this.raiseInvalid();
  }

  private parseDecorated(): Stmt {
    const decorators: Expr[] = [];
    while (this.eat(T.AT)) {
      decorators.push(this.parseNamedExpression());
      if (!this.eat(T.NEWLINE)) this.raiseInvalid();
    }
    if (this.atKw("def")) return this.parseFunctionDef(decorators, null);
    if (this.atKw("async") && this.peek().string === "def") {
      return this.parseFunctionDef(decorators, this.advance());
    }
    if (this.atKw("class")) return this.parseClassDef(decorators);
    this.raiseInvalid();
  }

  private parseFunctionDef(decorator_list: Expr[], asyncTok: Token | null): Stmt {
    const kw = this.advance();
    const start = this.startOf(asyncTok ?? kw);
    const name = this.name();
    const type_params = this.at(T.LSQB) ? this.parseTypeParams() : [];
    if (!this.at(T.LPAR)) this.raiseAt(this.cur, "expected '('");
    this.advance();
    const args = this.parseParameters(T.RPAR, true);
    this.expect(T.RPAR, ")");
    const returns = this.eat(T.RARROW) ? this.parseExpression() : null;
    this.colon();
    let type_comment: string | null = null;
    if (this.at(T.TYPE_COMMENT)) type_comment = this.advance().string;
    else if (this.at(T.NEWLINE) && this.tok(this.p + 1).type === T.TYPE_COMMENT) {
      // the signature comment on the first line of the body: NEWLINE TYPE_COMMENT INDENT
      type_comment = this.tok(this.p + 1).string;
      this.toks.splice(this.p + 1, 1);
    }
    const body = this.parseBlock(`function definition`, kw);
    return this.mk(
      asyncTok ? "AsyncFunctionDef" : "FunctionDef",
      { name, args, body, decorator_list, returns, type_comment, type_params },
      this.endAtBlock(start, body),
    );
  }

  private parseClassDef(decorator_list: Expr[]): Stmt {
    const kw = this.advance();
    const start = this.startOf(kw);
    const name = this.name();
    const type_params = this.at(T.LSQB) ? this.parseTypeParams() : [];
    let bases: Expr[] = [];
    let keywords: Keyword[] = [];
    if (this.eat(T.LPAR)) {
      [bases, keywords] = this.parseCallArguments();
      this.expect(T.RPAR, ")");
    }
    this.colonBeforeNewline();
    const body = this.parseBlock("class definition", kw);
    return this.mk(
      "ClassDef",
      { name, bases, keywords, body, decorator_list, type_params },
      this.endAtBlock(start, body),
    );
  }

  private parseTypeParams(): TypeParam[] {
    this.advance(); // [
    const out: TypeParam[] = [];
    while (!this.at(T.RSQB)) {
      const st = this.cur;
      if (this.at(T.STAR) || this.at(T.DOUBLESTAR)) {
        const star = this.advance();
        this.name();
        if (this.at(T.COLON)) {
          // CPython's invalid_type_param
          const colon = this.advance();
          const e = this.parseExpression();
          const what = star.type === T.STAR ? "TypeVarTuple" : "ParamSpec";
          throw this.errorAt(
            colon,
            this.last,
            `cannot use ${e._type === "Tuple" ? "constraints" : "bound"} with ${what}`,
          );
        }
        this.p--;
        this.p--;
      }
      if (this.eat(T.STAR)) {
        const name = this.name();
        const default_value = this.eat(T.EQUAL) ? this.parseStarExpressionSingle() : null;
        out.push(this.mk("TypeVarTuple", { name, default_value }, this.pos(st)));
      } else if (this.eat(T.DOUBLESTAR)) {
        const name = this.name();
        const default_value = this.eat(T.EQUAL) ? this.parseExpression() : null;
        out.push(this.mk("ParamSpec", { name, default_value }, this.pos(st)));
      } else {
        const name = this.name();
        const bound = this.eat(T.COLON) ? this.parseExpression() : null;
        const default_value = this.eat(T.EQUAL) ? this.parseExpression() : null;
        out.push(this.mk("TypeVar", { name, bound, default_value }, this.pos(st)));
      }
      if (!this.eat(T.COMMA)) break;
    }
    if (out.length === 0) {
      const t = this.cur;
      throw this.errorAt(
        t,
        { end_lineno: t.lineno, end_col_offset: t.col_offset },
        "Type parameter list cannot be empty",
      );
    }
    this.expect(T.RSQB, "]");
    return out;
  }

  /** Parameters of a def (annotations allowed) or a lambda (closing token `:`). */
  private parseParameters(close: number, annotations: boolean): Arguments {
    const posonlyargs: Arg[] = [];
    let args: Arg[] = [];
    let vararg: Arg | null = null;
    const kwonlyargs: Arg[] = [];
    const kw_defaults: (Expr | null)[] = [];
    let kwarg: Arg | null = null;
    const defaults: Expr[] = [];
    let seenStar = false;
    let seenSlash = false;
    const seenDefault = () => defaults.length > 0;
    let lastArg: Arg | null = null;
    while (!this.at(close)) {
      const t = this.cur;
      if (kwarg !== null) this.raiseAt(t, "arguments cannot follow var-keyword argument");
      if (this.eat(T.SLASH)) {
        if (seenSlash) this.raiseAt(t, "/ may appear only once");
        if (seenStar) this.raiseAt(t, "/ must be ahead of *");
        if (args.length === 0) this.raiseAt(t, "at least one argument must precede /");
        // invalid_parameters: `/*`
        if (this.at(T.STAR)) this.raiseAt(this.cur, "expected comma between / and *");
        seenSlash = true;
        posonlyargs.push(...args);
        args = [];
      } else if (this.eat(T.STAR)) {
        if (seenStar) this.raiseAt(t, "* argument may appear only once");
        seenStar = true;
        if (this.at(T.COMMA) || this.at(close)) {
          if (this.at(close) || (this.eat(T.COMMA) && (this.at(close) || this.at(T.DOUBLESTAR)))) {
            this.raiseAt(t, "named arguments must follow bare *");
          }
          continue;
        }
        vararg = lastArg = this.parseParam(annotations, true);
        if (this.at(T.EQUAL)) this.raiseAt(this.cur, "var-positional argument cannot have default value");
      } else if (this.eat(T.DOUBLESTAR)) {
        kwarg = lastArg = this.parseParam(annotations, false);
        if (this.at(T.EQUAL)) this.raiseAt(this.cur, "var-keyword argument cannot have default value");
      } else {
        if (this.at(T.LPAR)) this.raiseParenthesizedParams(annotations);
        const a = lastArg = this.parseParam(annotations, false);
        let dflt: Expr | null = null;
        if (this.at(T.EQUAL)) {
          const eq = this.advance();
          // invalid_default: `d=` followed by `,` or the closing bracket
          if (this.at(T.COMMA) || this.at(close)) this.raiseAt(eq, "expected default value expression");
          dflt = this.parseExpression();
        }
        if (seenStar) {
          kwonlyargs.push(a);
          kw_defaults.push(dflt);
        } else {
          if (dflt !== null) defaults.push(dflt);
          else if (seenDefault()) {
            this.raiseNode(a, "parameter without a default follows parameter with a default");
          }
          args.push(a);
        }
      }
      // per-parameter type comments: `a,  # type: int` and a last `a  # type: int` before the `)`
      if (this.at(T.TYPE_COMMENT) && this.tok(this.p + 1).type === close && lastArg) {
        lastArg.type_comment = this.advance().string;
      }
      if (!this.eat(T.COMMA)) break;
      if (this.at(T.TYPE_COMMENT) && lastArg) lastArg.type_comment = this.advance().string;
    }
    if (!this.at(close)) this.raiseInvalid();
    return {
      _type: "arguments",
      posonlyargs,
      args,
      vararg,
      kwonlyargs,
      kw_defaults,
      kwarg,
      defaults,
    } as Arguments;
  }

  /** invalid_parameters: `def f(x, (y, z))` / `lambda (x): ...`, reported at the parenthesized group. */
  private raiseParenthesizedParams(annotations: boolean): never {
    const open = this.cur;
    let depth = 0;
    let k = this.p;
    for (;; k++) {
      const t = this.tok(k);
      if (t.type === T.LPAR) depth++;
      else if (t.type === T.RPAR && --depth === 0) break;
      else if (t.type === T.ENDMARKER || t.type === T.NEWLINE) this.raiseInvalid();
    }
    const what = annotations ? "Function parameters" : "Lambda expression parameters";
    throw this.errorAt(open, this.tok(k), `${what} cannot be parenthesized`);
  }

  private parseParam(annotations: boolean, star: boolean): Arg {
    const t = this.cur;
    const arg = this.name();
    let annotation: Expr | null = null;
    if (annotations && this.eat(T.COLON)) {
      annotation = star && this.at(T.STAR) ? this.parseStarExpressionSingle() : this.parseExpression();
    }
    return this.mk("arg", { arg, annotation, type_comment: null }, this.pos(t));
  }

  // ---- match statement -------------------------------------------------------------------------

  private tryParseMatch(): Stmt | null {
    const save = this.p;
    const kw = this.advance();
    // `match` is a soft keyword: only a match statement if `match <subject>:` NEWLINE follows
    if (
      this.at(T.EQUAL) || this.at(T.DOT) || this.at(T.NEWLINE) || this.at(T.COLON) ||
      AUGASSIGN_OPS.has(this.cur.type)
    ) {
      this.p = save;
      return null;
    }
    let subject: Expr;
    try {
      const st = this.startOf(this.cur);
      const first = this.parseStarNamedExpression();
      if (this.at(T.COMMA)) {
        const elts = [first];
        while (this.eat(T.COMMA)) {
          if (this.at(T.COLON)) break;
          elts.push(this.parseStarNamedExpression());
        }
        subject = this.mk("Tuple", { elts, ctx: "Load" }, this.pos(st));
      } else subject = first;
      // invalid_match_stmt: `match x` NEWLINE, when `match x` cannot be an expression statement either
      // (the subject starts with an atom that no operator joins to the name `match`)
      if (this.at(T.NEWLINE) && MATCH_SUBJECT_STARTS.has(this.tok(save + 1).type)) {
        this.raiseAt(this.last, "expected ':'", true);
      }
      if (!this.at(T.COLON) || this.peek().type !== T.NEWLINE) throw Backtrack.instance;
    } catch (e) {
      if (e instanceof CompileError && e.msg === "expected ':'") throw e;
      if (!(e instanceof Backtrack) && !(e instanceof CompileError)) throw e;
      this.p = save;
      return null;
    }
    this.advance(); // :
    this.advance(); // NEWLINE
    if (!this.eat(T.INDENT)) {
      throw this.errorAt(
        this.cur,
        this.cur,
        `expected an indented block after 'match' statement on line ${kw.lineno}`,
        "IndentationError",
      );
    }
    const cases: MatchCase[] = [];
    while (this.atKw("case")) {
      const ck = this.advance();
      const pattern = this.parsePatterns();
      const guard = this.eatKw("if") ? this.parseNamedExpression() : null;
      // "expected ':'" only before the end of the line (invalid_case_block), else plain invalid syntax
      if (!this.at(T.COLON) && !this.at(T.NEWLINE)) this.raiseInvalid();
      this.colon();
      const body = this.parseBlock(`'case' statement`, ck);
      cases.push({ _type: "match_case", pattern, guard, body } as MatchCase);
    }
    if (cases.length === 0) this.raiseInvalid();
    this.eat(T.DEDENT);
    const lastBody = cases[cases.length - 1].body;
    return this.mk("Match", { subject, cases }, this.endAtBlock(this.startOf(kw), lastBody));
  }

  private parsePatterns(): Pattern {
    const st = this.cur;
    const first = this.parseAsPattern(true);
    if (!this.at(T.COMMA)) return first;
    const patterns = [first];
    while (this.eat(T.COMMA)) {
      if (this.at(T.COLON) || this.atKw("if")) break;
      patterns.push(this.parseAsPattern(true));
    }
    return this.mk("MatchSequence", { patterns }, this.pos(st));
  }

  private parseAsPattern(allowStar: boolean): Pattern {
    const st = this.cur;
    if (allowStar && this.at(T.STAR)) return this.parseStarPattern();
    const p = this.parseOrPattern();
    if (this.eatKw("as")) {
      const nt = this.cur;
      if (nt.type === T.NAME && nt.string === "_") this.raiseAt(nt, "cannot use '_' as a target");
      const nextType = this.peek().type;
      if (
        nt.type !== T.NAME || KEYWORDS.has(nt.string) || nextType === T.DOT || nextType === T.LPAR ||
        nextType === T.EQUAL
      ) {
        // CPython's invalid_as_pattern: any other expression is named in the error
        const target = this.parseExpression();
        this.raiseNode(target, `cannot use ${exprName(target)} as pattern target`);
      }
      const name = this.name();
      return this.mk("MatchAs", { pattern: p, name }, this.pos(st));
    }
    return p;
  }

  private parseStarPattern(): Pattern {
    const st = this.advance();
    const name = this.name();
    return this.mk("MatchStar", { name: name === "_" ? null : name }, this.pos(st));
  }

  private parseOrPattern(): Pattern {
    const st = this.cur;
    const first = this.parseClosedPattern();
    if (!this.at(T.VBAR)) return first;
    const patterns = [first];
    while (this.eat(T.VBAR)) patterns.push(this.parseClosedPattern());
    return this.mk("MatchOr", { patterns }, this.pos(st));
  }

  private parseClosedPattern(): Pattern {
    const t = this.cur;
    const st = this.startOf(t);
    if (t.type === T.NUMBER || t.type === T.MINUS || t.type === T.STRING || t.type === T.FSTRING_START) {
      const value = this.parseLiteralPatternValue();
      return this.mk("MatchValue", { value }, this.pos(st));
    }
    if (t.type === T.NAME) {
      if (t.string === "None" || t.string === "True" || t.string === "False") {
        this.advance();
        return this.mk(
          "MatchSingleton",
          { value: t.string === "None" ? null : t.string === "True" },
          this.pos(st),
        );
      }
      const name = this.name();
      if (!this.at(T.DOT) && !this.at(T.LPAR)) {
        return this.mk("MatchAs", { pattern: null, name: name === "_" ? null : name }, this.pos(st));
      }
      let value: Expr = this.nameNode(name, "Load", this.pos(st));
      while (this.eat(T.DOT)) {
        const attr = this.name();
        value = this.mk("Attribute", { value, attr, ctx: "Load" }, this.pos(st));
      }
      if (this.at(T.LPAR)) return this.parseClassPattern(value, st);
      return this.mk("MatchValue", { value }, this.pos(st));
    }
    if (t.type === T.LPAR || t.type === T.LSQB) {
      const close = t.type === T.LPAR ? T.RPAR : T.RSQB;
      this.advance();
      const patterns: Pattern[] = [];
      let sawComma = false;
      while (!this.at(close)) {
        patterns.push(this.parseAsPattern(true));
        if (!this.eat(T.COMMA)) break;
        sawComma = true;
      }
      // `(*x)` is no pattern: a group holds a pattern, a star pattern needs a sequence (`(*x,)`)
      const single = t.type === T.LPAR && patterns.length === 1 && !sawComma;
      if (single && patterns[0]._type === "MatchStar" && this.at(T.RPAR)) this.raiseInvalid();
      this.expect(close, ")");
      if (single) {
        return patterns[0]; // group pattern keeps the inner pattern's position
      }
      return this.mk("MatchSequence", { patterns }, this.pos(st));
    }
    if (t.type === T.LBRACE) return this.parseMappingPattern(st);
    this.raiseInvalid();
  }

  private parseLiteralPatternValue(): Expr {
    const st = this.startOf(this.cur);
    if (this.at(T.STRING) || this.at(T.FSTRING_START)) {
      const s = this.parseStrings();
      if (s._type === "JoinedStr") {
        this.raiseNode(s, "patterns may only match literals and attribute lookups");
      }
      return s;
    }
    let left: Expr;
    if (this.at(T.MINUS)) {
      this.advance();
      const n = this.parseNumberAtom();
      left = this.mk("UnaryOp", { op: "USub", operand: n }, this.pos(st));
    } else left = this.parseNumberAtom();
    if (this.at(T.PLUS) || this.at(T.MINUS)) {
      // complex_number: signed_real_number ('+' | '-') imaginary_number
      const real = left._type === "UnaryOp" ? left.operand : left;
      if (real._type === "Constant" && real.value instanceof ComplexLit) {
        this.raiseNode(real, "real number required in complex literal");
      }
      const op = this.advance().type === T.PLUS ? "Add" : "Sub";
      const right = this.parseNumberAtom();
      if (!(right._type === "Constant" && right.value instanceof ComplexLit)) {
        this.raiseNode(right, "imaginary number required in complex literal");
      }
      left = this.mk("BinOp", { left, op, right }, this.pos(st));
      if (this.at(T.PLUS) || this.at(T.MINUS)) this.raiseInvalid();
    }
    return left;
  }

  private parseNumberAtom(): Expr {
    const t = this.cur;
    if (t.type !== T.NUMBER) this.raiseInvalid();
    this.advance();
    return this.constant(this.numberValue(t), this.pos(t));
  }

  /** A NUMBER token's value; a decimal int longer than sys.get_int_max_str_digits() is an error. */
  private numberValue(t: Token): ReturnType<typeof parseNumber> {
    const tooLong = intLiteralTooLong(t.string);
    if (tooLong !== null) {
      const text = this.tk.errorText(t.lineno);
      throw new CompileError("SyntaxError", tooLong, this.filename, t.lineno, 0, text, t.end_lineno, 0);
    }
    return parseNumber(t.string);
  }

  private parseClassPattern(cls: Expr, st: Start): Pattern {
    this.advance(); // (
    const patterns: Pattern[] = [];
    const kwd_attrs: string[] = [];
    const kwd_patterns: Pattern[] = [];
    while (!this.at(T.RPAR)) {
      if (this.at(T.NAME) && this.peek().type === T.EQUAL) {
        kwd_attrs.push(this.name());
        this.advance();
        kwd_patterns.push(this.parseAsPattern(false));
      } else {
        const p = this.parseAsPattern(false);
        if (kwd_attrs.length > 0) this.raiseNode(p, "positional patterns follow keyword patterns");
        patterns.push(p);
      }
      if (!this.eat(T.COMMA)) break;
    }
    this.expect(T.RPAR, ")");
    return this.mk("MatchClass", { cls, patterns, kwd_attrs, kwd_patterns }, this.pos(st));
  }

  private parseMappingPattern(st: Start): Pattern {
    this.advance(); // {
    const keys: Expr[] = [];
    const patterns: Pattern[] = [];
    let rest: string | null = null;
    while (!this.at(T.RBRACE)) {
      if (this.eat(T.DOUBLESTAR)) {
        if (this.at(T.NAME) && this.cur.string === "_") this.raiseInvalid(); // pattern_capture_target
        rest = this.name();
        this.eat(T.COMMA);
        break;
      }
      let key: Expr;
      const kt = this.cur;
      if (kt.type === T.NAME && (kt.string === "None" || kt.string === "True" || kt.string === "False")) {
        this.advance();
        key = this.constant(kt.string === "None" ? null : kt.string === "True", this.pos(kt));
      } else if (kt.type === T.NAME) {
        const kst = this.startOf(kt);
        key = this.nameNode(this.name(), "Load", this.pos(kst));
        if (!this.at(T.DOT)) this.raiseInvalid();
        while (this.eat(T.DOT)) {
          key = this.mk("Attribute", { value: key, attr: this.name(), ctx: "Load" }, this.pos(kst));
        }
      } else key = this.parseLiteralPatternValue();
      if (!this.eat(T.COLON)) this.raiseInvalid(); // a plain token in the grammar, not a forced one
      keys.push(key);
      patterns.push(this.parseAsPattern(false));
      if (!this.eat(T.COMMA)) break;
    }
    this.expect(T.RBRACE, "}");
    return this.mk("MatchMapping", { keys, patterns, rest }, this.pos(st));
  }

  // ---- expressions -----------------------------------------------------------------------------

  /** star_expressions: a bare tuple of star_expression. */
  parseStarExpressions(): Expr {
    const st = this.startOf(this.cur);
    const first = this.parseStarExpressionSingle();
    if (!this.at(T.COMMA)) return first;
    const elts = [first];
    while (this.eat(T.COMMA)) {
      if (!this.atExpressionStart() && !this.at(T.STAR)) break;
      elts.push(this.parseStarExpressionSingle());
    }
    return this.mk("Tuple", { elts, ctx: "Load" }, this.pos(st));
  }

  private parseStarExpressionSingle(): Expr {
    if (this.at(T.STAR)) {
      const st = this.advance();
      const value = this.parseBitOr();
      return this.mk("Starred", { value, ctx: "Load" }, this.pos(st));
    }
    return this.parseExpression();
  }

  /** expressions (eval mode, subscripts of non-star form). */
  private parseExpressions(): Expr {
    const st = this.startOf(this.cur);
    const first = this.parseExpression();
    if (!this.at(T.COMMA)) return first;
    const elts = [first];
    while (this.eat(T.COMMA)) {
      if (!this.atExpressionStart()) break;
      elts.push(this.parseExpression());
    }
    return this.mk("Tuple", { elts, ctx: "Load" }, this.pos(st));
  }

  private parseStarNamedExpression(): Expr {
    if (this.at(T.STAR)) {
      const st = this.advance();
      const value = this.parseBitOr();
      return this.mk("Starred", { value, ctx: "Load" }, this.pos(st));
    }
    return this.parseNamedExpression();
  }

  /**
   * invalid_named_expression's `=` alternatives, after a named expression followed by a single `=`:
   * `name = value` → "Maybe you meant '==' or ':='", another bitwise_or target → "cannot assign to X
   * here". Only when the value is a bitwise_or not followed by another `=` or `:=`.
   */
  private checkEqualsInNamedExpression(e: Expr): void {
    const save = this.p;
    let value: Expr;
    try {
      this.advance();
      value = this.parseBitOr();
    } catch {
      this.p = save;
      return;
    }
    const after = this.cur.type;
    this.p = save;
    if (after === T.EQUAL || after === T.COLONEQUAL) return;
    if (e._type === "Name" && !this.parenthesized.has(e)) {
      throw this.errorAt(e, value, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
    if (this.isBitwiseOr(e)) {
      this.raiseNode(e, `cannot assign to ${exprName(e)} here. Maybe you meant '==' instead of '='?`);
    }
  }

  parseNamedExpression(checkEquals = true): Expr {
    const t = this.cur;
    if (t.type === T.NAME && this.peek().type === T.COLONEQUAL && !KEYWORDS.has(t.string)) {
      this.advance();
      this.advance();
      const target = this.nameNode(normalizeName(t.string), "Store", this.spanTok(t));
      const value = this.parseExpression();
      return this.mk("NamedExpr", { target, value }, this.pos(t));
    }
    const e = this.parseExpression();
    if (this.at(T.COLONEQUAL)) {
      this.raiseNode(e, `cannot use assignment expressions with ${exprName(e)}`);
    }
    if (checkEquals && this.at(T.EQUAL)) this.checkEqualsInNamedExpression(e);
    return e;
  }

  private spanTok(t: Token): Position {
    return {
      lineno: t.lineno,
      col_offset: t.col_offset,
      end_lineno: t.end_lineno,
      end_col_offset: t.end_col_offset,
    };
  }

  parseExpression(): Expr {
    if (this.atKw("lambda")) return this.parseLambda();
    this.checkStatementBeforeIf();
    const st = this.startOf(this.cur);
    const body = this.parseDisjunction();
    if (this.atKw("if")) {
      this.advance();
      const test = this.parseDisjunction();
      if (!this.eatKw("else")) {
        // invalid_expression's `!('else'|':')`: before a colon it is plain invalid syntax
        if (this.at(T.COLON)) this.raiseInvalid();
        throw this.errorAt(body, test, "expected 'else' after 'if' expression");
      }
      if (!this.canStartExpression()) {
        this.raiseAt(this.cur, "expected expression after 'else', but statement is given");
      }
      const orelse = this.parseExpression();
      return this.mk("IfExp", { test, body, orelse }, this.pos(st));
    }
    return body;
  }

  /** The name after `except E as`; another expression there is CPython's invalid_except_stmt error. */
  private exceptTarget(isStar: boolean): string {
    const t = this.cur;
    if (t.type === T.NAME && !KEYWORDS.has(t.string) && this.peekType(1) === T.COLON) return this.name();
    if (t.type === T.NAME && !KEYWORDS.has(t.string) && this.peekType(1) === T.NEWLINE) return this.name();
    const save = this.p;
    let target: Expr | null = null;
    try {
      target = this.parseExpression();
    } catch (e) {
      if (!(e instanceof Backtrack) && !(e instanceof CompileError)) throw e;
    }
    if (target !== null && target._type !== "Name" && this.at(T.COLON)) {
      this.raiseNode(target, `cannot use except${isStar ? "*" : ""} statement with ${exprName(target)}`);
    }
    this.p = save;
    const name = this.name();
    if (!this.at(T.COLON) && !this.at(T.NEWLINE)) this.raiseInvalid();
    return name;
  }

  /** Whether the current token can begin an `expression` (no yield, no star). */
  private canStartExpression(): boolean {
    const t = this.cur;
    switch (t.type) {
      case T.NAME:
        return !KEYWORDS.has(t.string) ||
          ["None", "True", "False", "not", "lambda", "await"].includes(t.string);
      case T.NUMBER:
      case T.STRING:
      case T.FSTRING_START:
      case T.TSTRING_START:
      case T.LPAR:
      case T.LSQB:
      case T.LBRACE:
      case T.MINUS:
      case T.PLUS:
      case T.TILDE:
      case T.ELLIPSIS:
        return true;
    }
    return false;
  }

  /**
   * CPython's invalid_expression alternative `(pass|break|continue) 'if' disjunction 'else' ...`: a
   * statement written where a conditional expression's body belongs.
   */
  private checkStatementBeforeIf(): void {
    const t = this.cur;
    if (t.type !== T.NAME || (t.string !== "pass" && t.string !== "break" && t.string !== "continue")) return;
    const next = this.peek();
    if (next.type !== T.NAME || next.string !== "if") return;
    const save = this.p;
    let matched = false;
    try {
      this.advance();
      this.advance();
      this.parseDisjunction();
      matched = this.atKw("else");
    } catch (e) {
      if (!(e instanceof Backtrack) && !(e instanceof CompileError)) throw e;
    }
    this.p = save;
    if (matched) this.raiseAt(t, "expected expression before 'if', but statement is given");
  }

  private parseLambda(): Expr {
    const kw = this.advance();
    const args = this.parseParameters(T.COLON, false);
    if (this.at(T.COLON) && this.tk.specColons.has(this.cur.start)) {
      // the `:` ended the replacement field's expression and began a format spec
      const kind = this.fieldIsT[this.fieldIsT.length - 1] ? "t" : "f";
      throw this.errorAt(
        kw,
        this.cur,
        `${kind}-string: lambda expressions are not allowed without parentheses`,
      );
    }
    this.expect(T.COLON, ":");
    const body = this.parseExpression();
    return this.mk("Lambda", { args, body }, this.pos(kw));
  }

  private parseDisjunction(): Expr {
    const st = this.startOf(this.cur);
    const first = this.parseConjunction();
    if (!this.atKw("or")) return first;
    const values = [first];
    while (this.eatKw("or")) values.push(this.parseConjunction());
    return this.mk("BoolOp", { op: "Or", values }, this.pos(st));
  }

  private parseConjunction(): Expr {
    const st = this.startOf(this.cur);
    const first = this.parseInversion();
    if (!this.atKw("and")) return first;
    const values = [first];
    while (this.eatKw("and")) values.push(this.parseInversion());
    return this.mk("BoolOp", { op: "And", values }, this.pos(st));
  }

  private parseInversion(): Expr {
    if (this.atKw("not")) {
      const t = this.advance();
      const operand = this.parseInversion();
      return this.mk("UnaryOp", { op: "Not", operand }, this.pos(t));
    }
    return this.parseComparison();
  }

  private parseComparison(): Expr {
    const st = this.startOf(this.cur);
    const left = this.parseBitOr();
    const ops: CmpOpKind[] = [];
    const comparators: Expr[] = [];
    for (;;) {
      const t = this.cur;
      let op = COMPARE_OPS.get(t.type);
      if (op === "NotEq" && !this.checkBarryAsFlufl(t)) op = undefined;
      if (op !== undefined) this.advance();
      else if (t.type === T.NAME) {
        if (t.string === "in") {
          this.advance();
          op = "In";
        } else if (t.string === "not" && this.peek().type === T.NAME && this.peek().string === "in") {
          this.advance();
          this.advance();
          op = "NotIn";
        } else if (t.string === "is") {
          this.advance();
          op = this.eatKw("not") ? "IsNot" : "Is";
        }
      }
      if (op === undefined) break;
      ops.push(op);
      comparators.push(this.parseBitOr());
    }
    if (ops.length === 0) return left;
    return this.mk("Compare", { left, ops, comparators }, this.pos(st));
  }

  /** CPython's _PyPegen_check_barry_as_flufl: which spelling of NOTEQUAL the module's future allows. */
  private checkBarryAsFlufl(t: Token): boolean {
    if (this.barryAsFlufl && t.string !== "<>") {
      this.raiseAt(t, "with Barry as BDFL, use '<>' instead of '!='");
    }
    return this.barryAsFlufl || t.string === "!=";
  }

  parseBitOr(): Expr {
    return this.parseBinary(0);
  }

  private parseBinary(level: number): Expr {
    if (level === BINARY_LEVELS.length) return this.parseFactor();
    const st = this.startOf(this.cur);
    let left = this.parseBinary(level + 1);
    const ops = BINARY_LEVELS[level];
    for (;;) {
      const op = ops.get(this.cur.type);
      if (op === undefined) return left;
      this.advance();
      if (ARITHMETIC_OPS.has(op)) this.checkNotAfterOperator();
      const right = this.parseBinary(level + 1);
      left = this.mk("BinOp", { left, op, right }, this.pos(st));
    }
  }

  /** invalid_arithmetic / invalid_factor: `a + not b`, `-not b`. */
  private checkNotAfterOperator(): void {
    if (!this.atKw("not")) return;
    const t = this.cur;
    const save = this.p;
    let operand: Expr | null = null;
    try {
      operand = this.parseInversion();
    } catch (e) {
      if (!(e instanceof Backtrack) && !(e instanceof CompileError)) throw e;
    }
    this.p = save;
    if (operand !== null) throw this.errorAt(t, operand, "'not' after an operator must be parenthesized");
  }

  private parseFactor(): Expr {
    const t = this.cur;
    if (t.type === T.PLUS || t.type === T.MINUS || t.type === T.TILDE) {
      this.advance();
      this.checkNotAfterOperator();
      const operand = this.parseFactor();
      const op = t.type === T.PLUS ? "UAdd" : t.type === T.MINUS ? "USub" : "Invert";
      return this.mk("UnaryOp", { op, operand }, this.pos(t));
    }
    return this.parsePower();
  }

  private parsePower(): Expr {
    const st = this.startOf(this.cur);
    const left = this.parseAwaitPrimary();
    if (this.eat(T.DOUBLESTAR)) {
      const right = this.parseFactor();
      return this.mk("BinOp", { left, op: "Pow", right }, this.pos(st));
    }
    return left;
  }

  private parseAwaitPrimary(): Expr {
    if (this.atKw("await")) {
      const t = this.advance();
      const value = this.parsePrimary();
      return this.mk("Await", { value }, this.pos(t));
    }
    return this.parsePrimary();
  }

  private parsePrimary(): Expr {
    const st = this.startOf(this.cur);
    let e = this.parseAtom();
    for (;;) {
      const t = this.cur.type;
      if (t === T.DOT) {
        this.advance();
        const attr = this.name();
        e = this.mk("Attribute", { value: e, attr, ctx: "Load" }, this.pos(st));
      } else if (t === T.LPAR) {
        this.advance();
        const [args, keywords] = this.parseCallArguments(true);
        this.expect(T.RPAR, ")");
        e = this.mk("Call", { func: e, args, keywords }, this.pos(st));
      } else if (t === T.LSQB) {
        this.advance();
        const slice = this.parseSlices();
        this.expect(T.RSQB, "]");
        e = this.mk("Subscript", { value: e, slice, ctx: "Load" }, this.pos(st));
      } else return e;
    }
  }

  private parseSlices(): Expr {
    const st = this.startOf(this.cur);
    const first = this.parseSlice();
    if (!this.at(T.COMMA)) {
      // `a[*b]` subscripts with a one-element tuple (PEP 646)
      if (first._type === "Starred") return this.mk("Tuple", { elts: [first], ctx: "Load" }, this.pos(st));
      return first;
    }
    const elts = [first];
    while (this.eat(T.COMMA)) {
      if (this.at(T.RSQB)) break;
      elts.push(this.parseSlice());
    }
    return this.mk("Tuple", { elts, ctx: "Load" }, this.pos(st));
  }

  private parseSlice(): Expr {
    const st = this.startOf(this.cur);
    if (this.at(T.STAR)) return this.parseStarNamedExpression();
    let lower: Expr | null = null;
    if (!this.at(T.COLON)) {
      lower = this.parseNamedExpression();
      if (!this.at(T.COLON)) return lower;
    }
    this.advance(); // :
    let upper: Expr | null = null;
    let step: Expr | null = null;
    if (!this.at(T.COLON) && !this.at(T.RSQB) && !this.at(T.COMMA)) upper = this.parseExpression();
    if (this.eat(T.COLON)) {
      if (!this.at(T.RSQB) && !this.at(T.COMMA)) step = this.parseExpression();
    }
    return this.mk("Slice", { lower, upper, step }, this.pos(st));
  }

  /** Call arguments up to (not including) `)`; a sole generator expression is allowed when `call`. */
  /** invalid_kwarg: `f(*a=1)` / `f(**k=1)`, reported from the star to the end of the assigned value. */
  private checkUnpackingAssigned(star: Token, what: string): void {
    if (!this.at(T.EQUAL)) return;
    this.advance();
    const value = this.parseExpression();
    throw this.errorAt(star, value, `cannot assign to ${what}`);
  }

  private parseCallArguments(call = false): [Expr[], Keyword[]] {
    const args: Expr[] = [];
    const keywords: Keyword[] = [];
    const openParen = this.last;
    let sawKwUnpack = false;
    while (!this.at(T.RPAR)) {
      const t = this.cur;
      if (t.type === T.STAR) {
        this.advance();
        // invalid_starred_expression: a bare `*` (reported at the token after it, as CPython does)
        if (!this.canStartExpression()) this.raiseAt(this.cur, "Invalid star expression");
        const value = this.parseExpression();
        this.checkUnpackingAssigned(t, "iterable argument unpacking");
        const s = this.mk("Starred", { value, ctx: "Load" }, this.pos(t));
        if (sawKwUnpack) this.raiseNode(s, "iterable argument unpacking follows keyword argument unpacking");
        args.push(s);
      } else if (t.type === T.DOUBLESTAR) {
        this.advance();
        const value = this.parseExpression();
        this.checkUnpackingAssigned(t, "keyword argument unpacking");
        keywords.push(this.mk("keyword", { arg: null, value }, this.pos(t)));
        sawKwUnpack = true;
      } else if (t.type === T.NAME && this.peek().type === T.EQUAL && !KEYWORDS.has(t.string)) {
        this.advance();
        const eq = this.advance();
        // invalid_kwarg: `f(a=)`
        if (this.at(T.COMMA) || this.at(T.RPAR)) {
          throw this.errorAt(t, eq, "expected argument value expression");
        }
        const value = this.parseExpression();
        const arg = normalizeName(t.string);
        keywords.push(this.mk("keyword", { arg, value }, this.pos(t)));
      } else {
        const e = this.parseNamedExpression(false);
        if (this.at(T.EQUAL)) {
          const eq = this.cur;
          if (e._type === "Constant" && (e.value === true || e.value === false || e.value === null)) {
            throw this.errorAt(
              e,
              eq,
              `cannot assign to ${e.value === null ? "None" : e.value ? "True" : "False"}`,
            );
          }
          throw this.errorAt(e, eq, 'expression cannot contain assignment, perhaps you meant "=="?');
        }
        if (call && (this.atKw("for") || this.atKw("async"))) {
          // a sole generator argument shares the call's parentheses (its span includes them)
          const generators = this.parseGenerators(e);
          const close = this.cur;
          const gen = this.mk("GeneratorExp", { elt: e, generators }, {
            lineno: openParen.lineno,
            col_offset: openParen.col_offset,
            end_lineno: close.end_lineno,
            end_col_offset: close.end_col_offset,
          });
          // even a trailing comma (`f(x for x in y,)`) unshares the parentheses (3.14)
          if (args.length > 0 || keywords.length > 0 || this.at(T.COMMA)) {
            this.raiseNode(
              this.span(e, this.spanTok(this.last)),
              "Generator expression must be parenthesized",
            );
          }
          args.push(gen);
        } else {
          if (keywords.length > 0) {
            if (sawKwUnpack) this.raiseAt(this.cur, "positional argument follows keyword argument unpacking");
            this.raiseAt(this.cur, "positional argument follows keyword argument");
          }
          this.checkForgotComma(e);
          args.push(e);
        }
      }
      if (!this.eat(T.COMMA)) break;
    }
    return [args, keywords];
  }

  private parseAtom(): Expr {
    const t = this.cur;
    switch (t.type) {
      case T.NAME: {
        switch (t.string) {
          case "None":
            this.advance();
            return this.constant(null, this.spanTok(t));
          case "True":
            this.advance();
            return this.constant(true, this.spanTok(t));
          case "False":
            this.advance();
            return this.constant(false, this.spanTok(t));
        }
        if (KEYWORDS.has(t.string)) this.raiseInvalid();
        this.advance();
        return this.nameNode(normalizeName(t.string), "Load", this.spanTok(t));
      }
      case T.NUMBER:
        this.advance();
        return this.constant(this.numberValue(t), this.spanTok(t));
      case T.STRING:
      case T.FSTRING_START:
      case T.TSTRING_START:
        return this.parseStrings();
      case T.ELLIPSIS:
        this.advance();
        return this.constant(EllipsisLit.instance, this.spanTok(t));
      case T.LPAR:
        return this.parseParenthesized();
      case T.LSQB:
        return this.parseListDisplay();
      case T.LBRACE:
        return this.parseDictOrSet();
    }
    this.raiseInvalid();
  }

  private parseParenthesized(): Expr {
    const open = this.advance();
    if (this.eat(T.RPAR)) return this.mk("Tuple", { elts: [], ctx: "Load" }, this.pos(open));
    if (this.atKw("yield")) {
      const y = this.parseYield();
      this.expect(T.RPAR, ")");
      this.parenthesized.add(y);
      return y;
    }
    const first = this.parseStarNamedExpression();
    if (this.atKw("for") || this.atKw("async")) {
      return this.parseComprehensionTail("GeneratorExp", first, null, open);
    }
    if (this.eat(T.RPAR)) {
      if (first._type === "Starred") this.raiseNode(first, "cannot use starred expression here");
      this.parenthesized.add(first);
      return first;
    }
    if (!this.at(T.COMMA)) {
      if (this.at(T.EQUAL) || AUGASSIGN_OPS.has(this.cur.type)) this.raiseInvalid();
      this.checkForgotComma(first);
      this.raiseInvalid();
    }
    const elts = [first];
    while (this.eat(T.COMMA)) {
      if (this.at(T.RPAR)) break;
      const x = this.parseStarNamedExpression();
      this.checkForgotComma(x);
      elts.push(x);
    }
    if (!this.at(T.RPAR)) this.raiseInvalid();
    this.advance();
    const tup = this.mk("Tuple", { elts, ctx: "Load" }, this.pos(open));
    this.parenthesized.add(tup);
    return tup;
  }

  private parseListDisplay(): Expr {
    const open = this.advance();
    if (this.eat(T.RSQB)) return this.mk("List", { elts: [], ctx: "Load" }, this.pos(open));
    const first = this.parseStarNamedExpression();
    if (this.atKw("for") || this.atKw("async")) {
      return this.parseComprehensionTail("ListComp", first, null, open);
    }
    const elts = [first];
    this.checkForgotComma(first);
    while (this.eat(T.COMMA)) {
      this.checkUnparenthesizedCompTarget(elts);
      if (this.at(T.RSQB)) break;
      const x = this.parseStarNamedExpression();
      this.checkForgotComma(x);
      elts.push(x);
    }
    this.checkUnparenthesizedCompTarget(elts);
    this.expect(T.RSQB, "]");
    return this.mk("List", { elts, ctx: "Load" }, this.pos(open));
  }

  private parseDictOrSet(): Expr {
    const open = this.advance();
    if (this.eat(T.RBRACE)) return this.mk("Dict", { keys: [], values: [] }, this.pos(open));
    if (this.at(T.DOUBLESTAR)) return this.parseDictRest(open, null, null);
    const first = this.parseStarNamedExpression();
    if (this.at(T.COLON)) {
      const colon = this.advance();
      if (this.at(T.RBRACE) || this.at(T.COMMA)) {
        this.raiseAt(colon, "expression expected after dictionary key and ':'");
      }
      const value = this.parseDictValue();
      if (this.atKw("for") || this.atKw("async")) {
        return this.parseComprehensionTail("DictComp", first, value, open);
      }
      return this.parseDictRest(open, first, value);
    }
    if (this.atKw("for") || this.atKw("async")) {
      return this.parseComprehensionTail("SetComp", first, null, open);
    }
    const elts = [first];
    this.checkForgotComma(first);
    while (this.eat(T.COMMA)) {
      this.checkUnparenthesizedCompTarget(elts);
      if (this.at(T.RBRACE)) break;
      const x = this.parseStarNamedExpression();
      this.checkForgotComma(x);
      elts.push(x);
    }
    this.checkUnparenthesizedCompTarget(elts);
    this.expect(T.RBRACE, "}");
    return this.mk("Set", { elts }, this.pos(open));
  }

  /** CPython's invalid_comprehension: `[a, b for ...]` / `{a, for ...}` (a list or set display). */
  private checkUnparenthesizedCompTarget(elts: Expr[]): void {
    if (!this.atKw("for") && !(this.atKw("async") && this.peek().string === "for")) return;
    const prev = this.last;
    const end = elts.length === 1 && prev.type === T.COMMA ? prev : elts[elts.length - 1];
    throw this.errorAt(elts[0], end, "did you forget parentheses around the comprehension target?");
  }

  /** A dict display's value; `{k: *v}` is invalid_double_starred_kvpairs' error. */
  private parseDictValue(): Expr {
    if (this.at(T.STAR)) {
      const star = this.advance();
      const v = this.parseBitOr();
      throw this.errorAt(star, v, "cannot use a starred expression in a dictionary value");
    }
    const value = this.parseExpression();
    // `{1: 2 3: 4}`: the next key's colon does not excuse the missing comma
    this.checkForgotComma(value, true);
    return value;
  }

  private parseDictRest(open: Token, key: Expr | null, value: Expr | null): Expr {
    const keys: (Expr | null)[] = [];
    const values: Expr[] = [];
    if (value !== null) {
      keys.push(key);
      values.push(value);
      if (!this.eat(T.COMMA)) {
        this.expect(T.RBRACE, "}");
        return this.mk("Dict", { keys, values }, this.pos(open));
      }
    }
    while (!this.at(T.RBRACE)) {
      if (this.eat(T.DOUBLESTAR)) {
        keys.push(null);
        values.push(this.parseBitOr());
      } else {
        keys.push(this.parseExpression());
        if (!this.at(T.COLON)) this.raiseAt(this.last, "':' expected after dictionary key", true);
        const colon = this.advance();
        if (this.at(T.RBRACE) || this.at(T.COMMA)) {
          this.raiseAt(colon, "expression expected after dictionary key and ':'");
        }
        values.push(this.parseDictValue());
      }
      if (!this.eat(T.COMMA)) break;
    }
    this.expect(T.RBRACE, "}");
    return this.mk("Dict", { keys, values }, this.pos(open));
  }

  /** The `for ... in ... if ...` clauses of a comprehension (the caller consumes the closing bracket). */
  private parseGenerators(elt: Expr): Node<"comprehension">[] {
    if (elt._type === "Starred") this.raiseNode(elt, "iterable unpacking cannot be used in comprehension");
    const generators: Node<"comprehension">[] = [];
    while (this.atKw("for") || this.atKw("async")) {
      let is_async = 0;
      if (this.eatKw("async")) is_async = 1;
      this.expectKw("for");
      const target = this.parseTargetList(true);
      if (!this.eatKw("in")) this.raiseAt(this.cur, "invalid syntax");
      const iter = this.parseDisjunction();
      const ifs: Expr[] = [];
      while (this.eatKw("if")) ifs.push(this.parseDisjunction());
      generators.push({ _type: "comprehension", target, iter, ifs, is_async } as Node<"comprehension">);
    }
    return generators;
  }

  private parseComprehensionTail(
    kind: "ListComp" | "SetComp" | "DictComp" | "GeneratorExp",
    elt: Expr,
    value: Expr | null,
    open: Token,
  ): Expr {
    const generators = this.parseGenerators(elt);
    const close = kind === "ListComp" ? T.RSQB : kind === "GeneratorExp" ? T.RPAR : T.RBRACE;
    if (!this.at(close)) this.raiseInvalid();
    this.advance();
    if (kind === "DictComp") return this.mk("DictComp", { key: elt, value, generators }, this.pos(open));
    return this.mk(kind, { elt, generators }, this.pos(open));
  }

  private parseYield(): Expr {
    const t = this.advance();
    if (this.eatKw("from")) {
      const value = this.parseExpression();
      return this.mk("YieldFrom", { value }, this.pos(t));
    }
    const value = this.atExpressionStart() || this.at(T.STAR) ? this.parseStarExpressions() : null;
    return this.mk("Yield", { value }, this.pos(t));
  }

  // ---- strings ---------------------------------------------------------------------------------

  private warn(msg: string, lineno: number): void {
    this.warnings?.push({ category: "SyntaxWarning", message: msg, filename: this.filename, lineno });
  }

  /**
   * An invalid escape sequence's SyntaxWarning, at the line of the escape, with the SyntaxError that
   * replaces it under an "error" filter. CPython's warn_invalid_escape_sequence counts columns from the
   * token's start through the body (skipping the prefix and, on the first line, counting the quotes only
   * when there is no prefix) and points at the backslash and the character after it.
   */
  private warnEscape(t: Token, bodyStart: number, msg: string, backslash: number): void {
    if (this.warnings === undefined) return;
    const text = t.string;
    let lineno = t.lineno;
    let col = t.col_offset;
    for (let k = bodyStart; k <= backslash; k++) {
      const c = text.charCodeAt(k);
      if (c === 10) {
        lineno++;
        col = 0;
      } else {col += c < 0x80
          ? 1
          : c < 0x800
          ? 2
          : c >= 0xd800 && c < 0xdc00
          ? 4
          : c >= 0xdc00 && c < 0xe000
          ? 0
          : 3;}
    }
    if (lineno === t.lineno) {
      let quotes = 0;
      const q = text[0];
      if (q === "'" || q === '"') { while (text[quotes] === q) quotes++; }
      col += quotes;
    }
    const line = this.tk.lineText(lineno);
    const start = byteToCharColumn(line, Math.max(col - 1, 0)) + 1;
    const end = byteToCharColumn(line, col + 1) + 1;
    const errMsg = msg.replace(" Such sequences will not work in the future.", "");
    const errLine = this.tk.errorText(lineno);
    const asError = new CompileError(
      "SyntaxError",
      errMsg,
      this.filename,
      lineno,
      start,
      errLine,
      lineno,
      end,
    );
    this.warnings.push({ category: "SyntaxWarning", message: msg, filename: this.filename, lineno, asError });
  }

  private parseStrings(): Expr {
    const first = this.cur;
    const parts: Expr[] = []; // Constant or FormattedValue/Interpolation pieces, in order
    let sawBytes = false;
    let sawStr = false;
    let sawF = false;
    let sawT = false;
    let kindU = false;
    let mixError = false;
    let bytesValue: number[] | null = null;
    let strValue = "";
    let strStart: Position | null = null;
    let strEnd: Position | null = null;
    const flushStr = () => {
      if (strStart !== null && strValue !== "") {
        parts.push(this.constant(strValue, this.span(strStart, strEnd!)));
      }
      strValue = "";
      strStart = null;
    };
    let idx = 0;
    while (this.at(T.STRING) || this.at(T.FSTRING_START) || this.at(T.TSTRING_START)) {
      const t = this.cur;
      if (t.type === T.STRING) {
        this.advance();
        let part;
        try {
          part = decodeStringToken(
            t.string,
            (msg, off) => this.warnEscape(t, stringBodyStart(t.string), msg, off),
          );
        } catch (e) {
          if (e instanceof LiteralError) throw this.errorAt(t, t, e.msg);
          throw e;
        }
        if (idx === 0 && part.kindU) kindU = true;
        if (part.isBytes) {
          if (sawStr || sawF || sawT) mixError = true;
          sawBytes = true;
          bytesValue ??= [];
          for (const b of part.value as Uint8Array) bytesValue.push(b);
        } else {
          if (sawBytes) mixError = true;
          sawStr = true;
          if (strStart === null) strStart = this.spanTok(t);
          strValue += part.value as string;
          strEnd = this.spanTok(t);
        }
      } else {
        if (sawBytes) mixError = true;
        const isT = t.type === T.TSTRING_START;
        if (isT) sawT = true;
        else sawF = true;
        this.advance();
        const raw = /r/i.test(t.string);
        this.parseFStringBody(isT, raw, parts, {
          addText: (text, p) => {
            if (strStart === null) strStart = p;
            strValue += text;
            strEnd = p;
          },
          flush: flushStr,
        });
      }
      idx++;
    }
    const whole = this.pos(first);
    if (mixError) this.raiseAt(this.cur, "cannot mix bytes and nonbytes literals");
    if (sawBytes) return this.constant(new Uint8Array(bytesValue!), whole);
    if (sawT && (sawStr || sawF)) {
      this.raiseNode(whole, "cannot mix t-string literals with string or bytes literals");
    }
    if (!sawF && !sawT) return this.constant(strValue, whole, kindU ? "u" : null);
    // trailing literal text: its constant ends at the end of the last token
    if (strStart !== null && strValue !== "") {
      parts.push(this.constant(strValue, this.span(strStart, strEnd!)));
    }
    return this.mk(sawT ? "TemplateStr" : "JoinedStr", { values: parts }, whole);
  }

  /** Parse FSTRING_MIDDLE / replacement fields up to FSTRING_END, appending to `parts`. */
  private parseFStringBody(
    isT: boolean,
    raw: boolean,
    parts: Expr[],
    sink: { addText(text: string, p: Position): void; flush(): void },
  ): void {
    const MIDDLE = isT ? T.TSTRING_MIDDLE : T.FSTRING_MIDDLE;
    const END = isT ? T.TSTRING_END : T.FSTRING_END;
    for (;;) {
      const t = this.cur;
      if (t.type === MIDDLE) {
        this.advance();
        const text = raw ? t.string : this.decodeFStringText(t);
        if (!raw && this.at(T.LBRACE) && /(^|[^\\])(\\\\)*\\$/.test(t.string)) {
          // `\{` before a replacement field: the backslash stays, with the invalid-escape warning
          this.warn(INVALID_ESCAPE_BRACE, t.lineno);
        }
        if (text !== "") sink.addText(text, this.spanTok(t));
      } else if (t.type === T.LBRACE) {
        parts.push(this.parseReplacementField(isT, raw, sink));
      } else if (t.type === END) {
        this.advance();
        return;
      } else {
        this.raiseInvalid();
      }
    }
  }

  private decodeFStringText(t: Token): string {
    try {
      return decodeEscapes(t.string, false, (msg, off) => this.warnEscape(t, 0, msg, off), 0);
    } catch (e) {
      // CPython reports a bad escape in an f-string's text at the token after it
      if (e instanceof LiteralError) throw this.errorAt(this.cur, this.cur, e.msg);
      throw e;
    }
  }

  /** Parse `{expr[=][!c][:spec]}`; a self-documenting `=` adds its text to `sink` before the field. */
  private parseReplacementField(
    isT: boolean,
    raw: boolean,
    sink?: { addText(text: string, p: Position): void; flush(): void },
  ): Expr {
    const open = this.advance(); // {
    const prefix = isT ? "t-string" : "f-string";
    if (this.at(T.RBRACE) || this.at(T.EXCLAMATION) || this.at(T.COLON) || this.at(T.EQUAL)) {
      this.raiseAt(this.cur, `${prefix}: valid expression required before '${this.cur.string}'`);
    }
    const exprStart = this.cur;
    let value: Expr;
    this.fieldIsT.push(isT);
    try {
      if (this.atKw("yield")) value = this.parseYield();
      else value = this.parseStarExpressions();
    } catch (e) {
      // no expression at all (rather than a specific error inside one): CPython's invalid_replacement_field
      if (e instanceof CompileError && e.msg === "invalid syntax") {
        throw this.errorAt(exprStart, exprStart, `${prefix}: expecting a valid expression after '{'`);
      }
      throw e;
    } finally {
      this.fieldIsT.pop();
    }
    const exprEnd = this.last;
    let debugText: string | null = null;
    if (this.at(T.EQUAL)) {
      const eq = this.advance();
      // the self-documenting text is the source from just after `{` through '=' and whitespace
      const after = this.cur;
      debugText = withoutComments(this.source.slice(open.end, after.start));
      this.debugEnd = this.spanTok(eq);
      if (!this.at(T.EXCLAMATION) && !this.at(T.COLON) && !this.at(T.RBRACE)) {
        this.raiseAt(this.cur, `${prefix}: expecting '!', or ':', or '}'`);
      }
    } else if (!this.at(T.EXCLAMATION) && !this.at(T.COLON) && !this.at(T.RBRACE)) {
      // the field's braces count as brackets for CPython's invalid_expression
      this.checkForgotComma(value);
      this.raiseAt(this.cur, `${prefix}: expecting '=', or '!', or ':', or '}'`);
    }
    const exprSource = this.source.slice(exprStart.start, exprEnd.end);
    let conversion = -1;
    if (this.at(T.EXCLAMATION)) {
      const bang = this.advance();
      const c = this.cur;
      if (c.type === T.COLON || c.type === T.RBRACE) {
        this.raiseAt(c, `${prefix}: missing conversion character`);
      }
      if (c.type !== T.NAME) this.raiseAt(c, `${prefix}: invalid conversion character`);
      if (c.start !== bang.end || c.lineno !== bang.end_lineno) {
        throw this.errorAt(bang, c, `${prefix}: conversion type must come right after the exclamation mark`);
      }
      if (!["s", "r", "a"].includes(c.string)) {
        this.raiseAt(c, `${prefix}: invalid conversion character '${c.string}': expected 's', 'r', or 'a'`);
      }
      this.advance();
      conversion = c.string.charCodeAt(0);
      if (!this.at(T.COLON) && !this.at(T.RBRACE)) this.raiseAt(this.cur, `${prefix}: expecting ':' or '}'`);
    }
    let format_spec: Expr | null = null;
    if (this.at(T.COLON)) {
      const colon = this.advance();
      const specParts: Expr[] = [];
      let text = "";
      let textStart: Position | null = null;
      let textEnd: Position | null = null;
      const flush = () => {
        if (textStart !== null && text !== "") {
          specParts.push(this.constant(text, this.span(textStart, textEnd!)));
        }
        text = "";
        textStart = null;
      };
      const MIDDLE = isT ? T.TSTRING_MIDDLE : T.FSTRING_MIDDLE;
      while (!this.at(T.RBRACE)) {
        const t = this.cur;
        if (t.type === MIDDLE) {
          this.advance();
          const s = raw ? t.string : this.decodeFStringText(t);
          if (textStart === null) textStart = this.spanTok(t);
          text += s;
          textEnd = this.spanTok(t);
        } else if (t.type === T.LBRACE) {
          specParts.push(this.parseReplacementField(isT, raw, {
            addText: (s2, p2) => {
              if (textStart === null) textStart = p2;
              text += s2;
              textEnd = p2;
            },
            flush,
          }));
        } else this.raiseAt(t, `${prefix}: expecting '}'`);
      }
      flush();
      const specEnd = this.last;
      format_spec = this.mk("JoinedStr", { values: specParts }, {
        lineno: colon.lineno,
        col_offset: colon.col_offset,
        end_lineno: specEnd.end_lineno,
        end_col_offset: specEnd.end_col_offset,
      });
      if (specParts.length === 0) {
        (format_spec as Position).col_offset = colon.col_offset;
      }
    }
    if (!this.at(T.RBRACE)) {
      this.raiseAt(this.cur, `${prefix}: expecting '}'`);
    }
    this.advance();
    if (debugText !== null && conversion === -1 && format_spec === null) conversion = "r".charCodeAt(0);
    const p = this.pos(open);
    let field: Expr;
    if (isT) {
      field = this.mk("Interpolation", { value, str: exprSource, conversion, format_spec }, p);
    } else {
      field = this.mk("FormattedValue", { value, conversion, format_spec }, p);
    }
    if (debugText !== null && sink !== undefined) {
      // `{x=}` becomes the literal text "x=" before the field, positioned over the expression text
      sink.addText(debugText, {
        lineno: exprStart.lineno,
        col_offset: exprStart.col_offset,
        end_lineno: this.debugEnd.end_lineno,
        end_col_offset: this.debugEnd.end_col_offset,
      });
    }
    sink?.flush();
    return field;
  }

  private debugEnd: Position = { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 };
  /** For each replacement field being parsed: whether its string is a t-string. */
  private readonly fieldIsT: boolean[] = [];
}

/** Expression source with its `#` comments removed (the text of a self-documenting `{expr=}`). */
function withoutComments(text: string): string {
  if (!text.includes("#")) return text;
  let out = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === "#") {
      while (i < text.length && text[i] !== "\n" && text[i] !== "\r") i++;
      continue;
    }
    if (c === "'" || c === '"') {
      // copy a string literal whole (a `#` in it is no comment)
      const q = text.startsWith(c + c + c, i) ? c + c + c : c;
      let j = i + q.length;
      while (j < text.length && !text.startsWith(q, j)) j += text[j] === "\\" ? 2 : 1;
      j = Math.min(text.length, j + q.length);
      out += text.slice(i, j);
      i = j;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

function normalizeName(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 0x80) {
      const n = s.normalize("NFKC");
      // `N\u00bane` is not the constant None (_PyPegen_new_identifier raises ValueError)
      if (n === "True" || n === "False" || n === "None") {
        throw new CompileError(
          "ValueError",
          `identifier field can't represent '${n}' constant`,
          "",
          0,
          0,
          null,
        );
      }
      return n;
    }
  }
  return s;
}

/** CPython's _PyPegen_get_expr_name: how an expression kind is named in error messages. */
export function exprName(e: Expr): string {
  switch (e._type) {
    case "Attribute":
      return "attribute";
    case "Subscript":
      return "subscript";
    case "Starred":
      return "starred";
    case "Name":
      return "name";
    case "List":
      return "list";
    case "Tuple":
      return "tuple";
    case "Lambda":
      return "lambda";
    case "Call":
      return "function call";
    case "BoolOp":
    case "BinOp":
    case "UnaryOp":
      return "expression";
    case "GeneratorExp":
      return "generator expression";
    case "Yield":
    case "YieldFrom":
      return "yield expression";
    case "Await":
      return "await expression";
    case "ListComp":
      return "list comprehension";
    case "SetComp":
      return "set comprehension";
    case "DictComp":
      return "dict comprehension";
    case "Dict":
      return "dict literal";
    case "Set":
      return "set display";
    case "JoinedStr":
    case "FormattedValue":
      return "f-string expression";
    case "TemplateStr":
    case "Interpolation":
      return "t-string expression";
    case "Constant": {
      const v = e.value;
      if (v === null) return "None";
      if (v === true) return "True";
      if (v === false) return "False";
      if (v instanceof EllipsisLit) return "ellipsis";
      return "literal";
    }
    case "Compare":
      return "comparison";
    case "IfExp":
      return "conditional expression";
    case "NamedExpr":
      return "named expression";
    case "Slice":
      return "slice";
  }
}
