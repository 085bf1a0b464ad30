// Expression → source text, as CPython's Python/ast_unparse.c writes it for `from __future__ import
// annotations` (operator precedence decides the parentheses). The code generator uses it when it has no
// source text for an annotation (trees compiled from `_ast` objects). f-strings and t-strings are not
// covered: null is returned for them.
import { ComplexLit, type ConstantValue, EllipsisLit, type Expr } from "../parser/ast.ts";
import { reprConstant } from "../parser/pyrepr.ts";

// deno-lint-ignore no-explicit-any
type N = any;

const enum P {
  TUPLE,
  TEST,
  OR,
  AND,
  NOT,
  CMP,
  BOR,
  BXOR,
  BAND,
  SHIFT,
  ARITH,
  TERM,
  FACTOR,
  POWER,
  AWAIT,
  ATOM,
}

const BINOPS: Record<string, [string, P]> = {
  Add: ["+", P.ARITH],
  Sub: ["-", P.ARITH],
  Mult: ["*", P.TERM],
  MatMult: ["@", P.TERM],
  Div: ["/", P.TERM],
  Mod: ["%", P.TERM],
  FloorDiv: ["//", P.TERM],
  LShift: ["<<", P.SHIFT],
  RShift: [">>", P.SHIFT],
  BitOr: ["|", P.BOR],
  BitXor: ["^", P.BXOR],
  BitAnd: ["&", P.BAND],
  Pow: ["**", P.POWER],
};
const UNARY: Record<string, [string, P]> = {
  Invert: ["~", P.FACTOR],
  Not: ["not ", P.NOT],
  UAdd: ["+", P.FACTOR],
  USub: ["-", P.FACTOR],
};
const CMP: Record<string, string> = {
  Eq: "==",
  NotEq: "!=",
  Lt: "<",
  LtE: "<=",
  Gt: ">",
  GtE: ">=",
  Is: "is",
  IsNot: "is not",
  In: "in",
  NotIn: "not in",
};

class Unsupported {}

/** The annotation text CPython would store, or null for expressions this unparser does not cover. */
export function unparseExpr(e: Expr): string | null {
  try {
    return expr(e, P.TEST);
  } catch (err) {
    if (err instanceof Unsupported) return null;
    throw err;
  }
}

function constant(v: ConstantValue): string {
  if (v instanceof EllipsisLit) return "...";
  if (typeof v === "number" && !Number.isFinite(v) && !Number.isNaN(v)) return v > 0 ? "1e309" : "-1e309";
  if (v instanceof ComplexLit && !Number.isFinite(v.imag)) {
    // `1e1000j`: ast_unparse writes infinities as 1e309 (`infj` → `1e309j`)
    if (Number.isNaN(v.imag) || v.real !== 0) throw new Unsupported();
    return (v.imag > 0 ? "" : "-") + "1e309j";
  }
  return reprConstant(v).replace(/\binf\b/g, "1e309");
}

function paren(s: string, need: boolean): string {
  return need ? `(${s})` : s;
}

function list(items: N[], level: P): string {
  return items.map((x) => expr(x, level)).join(", ");
}

function comprehensions(gens: N[]): string {
  let s = "";
  for (const g of gens) {
    s += g.is_async ? " async for " : " for ";
    s += expr(g.target, P.TUPLE) + " in " + expr(g.iter, P.TEST + 1);
    for (const c of g.ifs) s += " if " + expr(c, P.TEST + 1);
  }
  return s;
}

function args(a: N): string {
  const parts: string[] = [];
  const posonly = a.posonlyargs.length;
  const all = [...a.posonlyargs, ...a.args];
  const firstDefault = all.length - a.defaults.length;
  all.forEach((p: N, i: number) => {
    let s = p.arg;
    if (i >= firstDefault) s += "=" + expr(a.defaults[i - firstDefault], P.TEST);
    parts.push(s);
    if (posonly > 0 && i === posonly - 1) parts.push("/");
  });
  if (a.vararg !== null || a.kwonlyargs.length > 0) parts.push(a.vararg !== null ? "*" + a.vararg.arg : "*");
  a.kwonlyargs.forEach((p: N, i: number) => {
    const d = a.kw_defaults[i];
    parts.push(d !== null ? `${p.arg}=${expr(d, P.TEST)}` : p.arg);
  });
  if (a.kwarg !== null) parts.push("**" + a.kwarg.arg);
  return parts.join(", ");
}

function expr(e: N, level: P): string {
  switch (e._type) {
    case "BoolOp": {
      const pr = e.op === "And" ? P.AND : P.OR;
      return paren(
        e.values.map((v: N) => expr(v, pr + 1)).join(e.op === "And" ? " and " : " or "),
        level > pr,
      );
    }
    case "BinOp": {
      const [op, pr] = BINOPS[e.op];
      const rassoc = e.op === "Pow";
      return paren(
        `${expr(e.left, rassoc ? pr + 1 : pr)} ${op} ${expr(e.right, rassoc ? pr : pr + 1)}`,
        level > pr,
      );
    }
    case "UnaryOp": {
      const [op, pr] = UNARY[e.op];
      return paren(op + expr(e.operand, pr), level > pr);
    }
    case "Lambda": {
      const a = args(e.args);
      return paren(`lambda${a ? " " + a : ""}: ${expr(e.body, P.TEST)}`, level > P.TEST);
    }
    case "IfExp":
      return paren(
        `${expr(e.body, P.TEST + 1)} if ${expr(e.test, P.TEST + 1)} else ${expr(e.orelse, P.TEST)}`,
        level > P.TEST,
      );
    case "Dict":
      return "{" +
        e.keys.map((k: N, i: number) =>
          k === null ? "**" + expr(e.values[i], P.BOR) : `${expr(k, P.TEST)}: ${expr(e.values[i], P.TEST)}`
        ).join(", ") + "}";
    case "Set":
      return e.elts.length === 0 ? "{*()}" : "{" + list(e.elts, P.TEST) + "}";
    case "ListComp":
      return "[" + expr(e.elt, P.TEST) + comprehensions(e.generators) + "]";
    case "SetComp":
      return "{" + expr(e.elt, P.TEST) + comprehensions(e.generators) + "}";
    case "DictComp":
      return "{" + expr(e.key, P.TEST) + ": " + expr(e.value, P.TEST) + comprehensions(e.generators) + "}";
    case "GeneratorExp":
      return "(" + expr(e.elt, P.TEST) + comprehensions(e.generators) + ")";
    case "Await":
      return paren("await " + expr(e.value, P.ATOM), level > P.AWAIT);
    case "Yield":
      return e.value === null ? "(yield)" : "(yield " + expr(e.value, P.TEST) + ")";
    case "YieldFrom":
      return "(yield from " + expr(e.value, P.TEST) + ")";
    case "Compare": {
      let s = expr(e.left, P.CMP + 1);
      e.ops.forEach((op: string, i: number) => (s += ` ${CMP[op]} ${expr(e.comparators[i], P.CMP + 1)}`));
      return paren(s, level > P.CMP);
    }
    case "Call": {
      let s = expr(e.func, P.ATOM) + "(";
      if (e.args.length === 1 && e.keywords.length === 0 && e.args[0]._type === "GeneratorExp") {
        const g = e.args[0];
        return s + expr(g.elt, P.TEST) + comprehensions(g.generators) + ")";
      }
      const parts = e.args.map((a: N) => expr(a, P.TEST));
      for (const k of e.keywords) {
        parts.push(k.arg === null ? "**" + expr(k.value, P.TEST) : `${k.arg}=${expr(k.value, P.TEST)}`);
      }
      s += parts.join(", ");
      return s + ")";
    }
    case "Constant":
      // a `u"..."` literal keeps its prefix (the node's kind)
      return (e.kind === "u" ? "u" : "") + constant(e.value);
    case "Attribute": {
      const v = expr(e.value, P.ATOM);
      const intConst = e.value._type === "Constant" && typeof e.value.value === "bigint";
      return v + (intConst ? " ." : ".") + e.attr;
    }
    case "Subscript": {
      const s = e.slice;
      const inner = s._type === "Tuple" && s.elts.length > 0
        ? (s.elts.length === 1 ? expr(s.elts[0], P.TEST) + "," : list(s.elts, P.TEST))
        : expr(s, P.TUPLE);
      return expr(e.value, P.ATOM) + "[" + inner + "]";
    }
    case "Starred":
      return "*" + expr(e.value, P.BOR);
    case "Name":
      return e.id;
    case "List":
      return "[" + list(e.elts, P.TEST) + "]";
    case "Tuple":
      if (e.elts.length === 0) return "()";
      return paren(
        e.elts.length === 1 ? expr(e.elts[0], P.TEST) + "," : list(e.elts, P.TEST),
        level > P.TUPLE,
      );
    case "Slice": {
      let s = e.lower ? expr(e.lower, P.TEST) : "";
      s += ":" + (e.upper ? expr(e.upper, P.TEST) : "");
      if (e.step) s += ":" + expr(e.step, P.TEST);
      return s;
    }
    case "NamedExpr":
      return paren(`${expr(e.target, P.ATOM)} := ${expr(e.value, P.ATOM)}`, level > P.TUPLE);
  }
  throw new Unsupported();
}
