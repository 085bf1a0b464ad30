// The AST optimizations compile(..., flags=PyCF_OPTIMIZED_AST) and ast.parse(..., optimize=N) apply before
// handing the tree back, after CPython 3.14's Python/ast_preprocess.c: `__debug__` becomes a constant,
// constant patterns of `match` are folded (`-1`, `1+2j`), `'...' % (a, b)` with only %s/%r/%a becomes an
// f-string, and with optimize >= 2 docstrings are dropped. (The code generator does the same things on its
// own when it compiles, so this pass runs only for trees returned to Python code.)
import {
  ComplexLit,
  type ConstantValue,
  type Expr,
  type Mod,
  type Node,
  type Position,
  type Stmt,
} from "../parser/ast.ts";

type AnyNode = { _type: string; [field: string]: unknown };

/** Optimize `mod` in place for the -O level `optimize` (0, 1 or 2) and return it. */
export function preprocessAst(mod: Mod, optimize: number): Mod {
  new Preprocessor(optimize).visit(mod as unknown as AnyNode);
  return mod;
}

const NO_POSITION: Position = { lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 };

function isNode(v: unknown): v is AnyNode {
  return typeof v === "object" && v !== null && "_type" in v;
}

class Preprocessor {
  constructor(readonly optimize: number) {}

  /** Visit the children of `n`, replacing each by what the visit returns; then transform `n` itself. */
  visit(n: AnyNode): AnyNode {
    if (this.optimize >= 2) this.dropDocstring(n);
    for (const key of Object.keys(n)) {
      const v = n[key];
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) if (isNode(v[i])) v[i] = this.visit(v[i]);
      } else if (isNode(v)) n[key] = this.visit(v);
    }
    switch (n._type) {
      case "Name":
        if (n.id === "__debug__" && n.ctx === "Load") {
          return constantAt(n as unknown as Position, this.optimize === 0);
        }
        break;
      case "BinOp":
        return this.optimizeFormat(n as unknown as Node<"BinOp">) ?? n;
      case "MatchValue":
        n.value = foldMatchConstant(n.value as Expr);
        break;
      case "MatchMapping":
        n.keys = (n.keys as Expr[]).map(foldMatchConstant);
        break;
    }
    return n;
  }

  /** -OO: a body's docstring goes; a body left empty gets a `pass` where the docstring was. */
  private dropDocstring(n: AnyNode): void {
    if (
      n._type !== "Module" && n._type !== "FunctionDef" && n._type !== "AsyncFunctionDef" &&
      n._type !== "ClassDef"
    ) return;
    const body = n.body as Stmt[];
    const first = body[0];
    if (
      first === undefined || first._type !== "Expr" || first.value._type !== "Constant" ||
      typeof first.value.value !== "string"
    ) return;
    body.shift();
    if (body.length === 0) {
      body.push({
        _type: "Pass",
        lineno: first.lineno,
        col_offset: first.col_offset,
        // the width of `pass` at the docstring's start, whatever the docstring spanned (gh-137308)
        end_lineno: first.lineno,
        end_col_offset: first.col_offset + 4,
      } as Stmt);
    }
  }

  /**
   * `'fmt' % (a, b, ...)` where every conversion of fmt is %s, %r or %a (flags, a width and a precision
   * of at most two digits each) and the items match them one for one: an f-string (optimize_format).
   */
  private optimizeFormat(n: Node<"BinOp">): AnyNode | null {
    if (n.op !== "Mod" || n.left._type !== "Constant" || typeof n.left.value !== "string") return null;
    if (n.right._type !== "Tuple" || n.right.elts.some((e) => e._type === "Starred")) return null;
    const fmt = n.left.value;
    const items = n.right.elts;
    const values: AnyNode[] = [];
    let pos = 0;
    let count = 0;
    for (;;) {
      // literal text up to the next lone %, with %% as %
      const start = pos;
      let text = "";
      while (pos < fmt.length) {
        if (fmt[pos] !== "%") text += fmt[pos++];
        else if (fmt[pos + 1] === "%") {
          text += "%";
          pos += 2;
        } else break;
      }
      if (pos > start) values.push(constantAt(NO_POSITION, text));
      if (pos >= fmt.length) break;
      if (count >= items.length) return null;
      const unit = parseFormatUnit(fmt, pos + 1);
      if (unit === null) return null;
      pos = unit.end;
      const arg = items[count++];
      values.push({
        _type: "FormattedValue",
        value: arg,
        conversion: unit.conversion.charCodeAt(0),
        format_spec: unit.spec === "" ? null : constantAt(NO_POSITION, unit.spec),
        lineno: arg.lineno,
        col_offset: arg.col_offset,
        end_lineno: arg.end_lineno,
        end_col_offset: arg.end_col_offset,
      });
    }
    if (count < items.length) return null;
    return { _type: "JoinedStr", values, ...positionOf(n) };
  }
}

function positionOf(p: Position): Position {
  return {
    lineno: p.lineno,
    col_offset: p.col_offset,
    end_lineno: p.end_lineno,
    end_col_offset: p.end_col_offset,
  };
}

function constantAt(p: Position, value: ConstantValue): AnyNode {
  return { _type: "Constant", value, kind: null, ...positionOf(p) };
}

/** A conversion after `%` at `pos`: flags, width and precision (at most two digits each), then s, r or a. */
function parseFormatUnit(fmt: string, pos: number): { conversion: string; spec: string; end: number } | null {
  let ljust = false;
  let ch = fmt[pos++];
  while (ch !== undefined && "-+ #0".includes(ch)) {
    if (ch === "-") ljust = true;
    ch = fmt[pos++];
  }
  const digits = (): number | null => {
    let v = 0;
    let n = 0;
    while (ch !== undefined && ch >= "0" && ch <= "9") {
      v = v * 10 + (ch.charCodeAt(0) - 48);
      ch = fmt[pos++];
      if (++n >= 3) return null;
    }
    return v;
  };
  let width = -1;
  if (ch !== undefined && ch >= "0" && ch <= "9") {
    const w = digits();
    if (w === null) return null;
    width = w;
  }
  let prec = -1;
  if (ch === ".") {
    ch = fmt[pos++];
    const p = digits();
    if (p === null) return null;
    prec = p;
  }
  if (ch !== "s" && ch !== "r" && ch !== "a") return null;
  let spec = "";
  if (!ljust && width > 0) spec += ">";
  if (width >= 0) spec += String(width);
  if (prec >= 0) spec += "." + prec;
  return { conversion: ch, spec, end: pos };
}

type Num = bigint | number | ComplexLit;

function isNum(v: unknown): v is Num {
  return typeof v === "bigint" || typeof v === "number" || v instanceof ComplexLit;
}

/** Constant patterns: `-number` and `number ± imaginary` become constants (fold_const_match_patterns). */
function foldMatchConstant(e: Expr): Expr {
  if (e._type === "UnaryOp" && e.op === "USub" && e.operand._type === "Constant" && isNum(e.operand.value)) {
    return constantAt(e, negate(e.operand.value)) as unknown as Expr;
  }
  if (e._type === "BinOp" && (e.op === "Add" || e.op === "Sub") && e.right._type === "Constant") {
    const left = foldMatchConstant(e.left);
    e.left = left;
    if (left._type === "Constant" && isNum(left.value) && isNum(e.right.value)) {
      const r = e.op === "Add" ? e.right.value : negate(e.right.value);
      return constantAt(e, addNumbers(left.value, r)) as unknown as Expr;
    }
  }
  return e;
}

function negate(v: Num): Num {
  if (v instanceof ComplexLit) return new ComplexLit(-v.real, -v.imag);
  return typeof v === "bigint" ? -v : -v;
}

function addNumbers(a: Num, b: Num): Num {
  if (a instanceof ComplexLit || b instanceof ComplexLit) {
    const ca = a instanceof ComplexLit ? a : new ComplexLit(Number(a), 0);
    const cb = b instanceof ComplexLit ? b : new ComplexLit(Number(b), 0);
    return new ComplexLit(ca.real + cb.real, ca.imag + cb.imag);
  }
  if (typeof a === "bigint" && typeof b === "bigint") return a + b;
  return Number(a) + Number(b);
}
