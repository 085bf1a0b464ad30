// The compiler's SyntaxWarnings about literals used where they cannot work (CPython's codegen.c
// check_compare, check_caller, check_subscripter, check_index): `x is 1`, `(1, 2)(3)`, `5[0]`,
// `"abc"["x"]`. Each function returns the warning's message, or null.
import {
  ComplexLit,
  ConstantFrozenset,
  ConstantTuple,
  type ConstantValue,
  EllipsisLit,
  type Expr,
} from "../parser/ast.ts";

function constantTypeName(v: ConstantValue): string {
  if (v === null) return "NoneType";
  if (typeof v === "boolean") return "bool";
  if (typeof v === "bigint") return "int";
  if (typeof v === "number") return "float";
  if (typeof v === "string") return "str";
  if (v instanceof Uint8Array) return "bytes";
  if (v instanceof EllipsisLit) return "ellipsis";
  if (v instanceof ComplexLit) return "complex";
  if (v instanceof ConstantTuple) return "tuple";
  if (v instanceof ConstantFrozenset) return "frozenset";
  return "object";
}

/** The type an expression certainly has, by its kind alone (CPython's infer_type); null when unknown. */
function inferType(e: Expr): string | null {
  switch (e._type) {
    case "Constant":
      return constantTypeName(e.value);
    case "Tuple":
      return "tuple";
    case "List":
    case "ListComp":
      return "list";
    case "Dict":
    case "DictComp":
      return "dict";
    case "Set":
    case "SetComp":
      return "set";
    case "GeneratorExp":
      return "generator";
    case "Lambda":
      return "function";
    case "JoinedStr":
    case "FormattedValue":
      return "str";
    case "TemplateStr":
      return "string.templatelib.Template";
    case "Interpolation":
      return "string.templatelib.Interpolation";
    case "Slice":
      return "slice";
    default:
      return null;
  }
}

/** A tuple display of constants only (nested ones too): a literal for `is`, as CPython 3.14 counts it. */
function isConstantTuple(e: Expr): boolean {
  return e._type === "Tuple" && e.elts.every((x) => x._type === "Constant" || isConstantTuple(x));
}

/** A comparison operand `is` may sensibly take: anything but a literal other than None/True/False/... */
function isArgOk(e: Expr): boolean {
  if (e._type === "Tuple") return !isConstantTuple(e);
  if (e._type !== "Constant") return true;
  const v = e.value;
  return v === null || typeof v === "boolean" || v instanceof EllipsisLit;
}

/** `"is" with 'int' literal. Did you mean "=="?` for the first `is`/`is not` with a literal operand. */
export function compareWarning(left: Expr, ops: string[], comparators: Expr[]): string | null {
  let leftOk = isArgOk(left);
  let leftExpr = left;
  for (let i = 0; i < ops.length; i++) {
    const right = comparators[i];
    const rightOk = isArgOk(right);
    if ((ops[i] === "Is" || ops[i] === "IsNot") && (!leftOk || !rightOk)) {
      const literal = !leftOk ? leftExpr : right;
      const name = inferType(literal);
      return ops[i] === "Is"
        ? `"is" with '${name}' literal. Did you mean "=="?`
        : `"is not" with '${name}' literal. Did you mean "!="?`;
    }
    leftOk = rightOk;
    leftExpr = right;
  }
  return null;
}

/** `'tuple' object is not callable; perhaps you missed a comma?` when calling a literal. */
export function callerWarning(func: Expr): string | null {
  switch (func._type) {
    case "Constant":
    case "Tuple":
    case "List":
    case "ListComp":
    case "Dict":
    case "DictComp":
    case "Set":
    case "SetComp":
    case "GeneratorExp":
    case "JoinedStr":
    case "TemplateStr":
    case "FormattedValue":
    case "Interpolation":
      return `'${inferType(func)}' object is not callable; perhaps you missed a comma?`;
    default:
      return null;
  }
}

/** `'int' object is not subscriptable; ...` for literals that cannot be subscripted (Load context). */
export function subscripterWarning(value: Expr): string | null {
  switch (value._type) {
    case "Constant": {
      const v = value.value;
      const unsubscriptable = v === null || v instanceof EllipsisLit || typeof v === "boolean" ||
        typeof v === "bigint" || typeof v === "number" || v instanceof ComplexLit ||
        v instanceof ConstantFrozenset;
      if (!unsubscriptable) return null;
      break;
    }
    case "Set":
    case "SetComp":
    case "GeneratorExp":
    case "Lambda":
    case "TemplateStr":
    case "Interpolation":
      break;
    default:
      return null;
  }
  return `'${inferType(value)}' object is not subscriptable; perhaps you missed a comma?`;
}

/** `str indices must be integers or slices, not str; ...` for a sequence literal with a literal index. */
export function indexWarning(value: Expr, index: Expr): string | null {
  const indexType = inferType(index);
  if (indexType === null || indexType === "int" || indexType === "bool" || indexType === "slice") return null;
  switch (value._type) {
    case "Constant": {
      const v = value.value;
      if (!(typeof v === "string" || v instanceof Uint8Array || v instanceof ConstantTuple)) return null;
      break;
    }
    case "Tuple":
    case "List":
    case "ListComp":
    case "JoinedStr":
    case "FormattedValue":
      break;
    default:
      return null;
  }
  return `${
    inferType(value)
  } indices must be integers or slices, not ${indexType}; perhaps you missed a comma?`;
}
