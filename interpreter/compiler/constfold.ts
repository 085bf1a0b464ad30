// Simple constant folding, as CPython's AST optimizer does it: operations on literal operands whose
// result is the same at compile time as at run time, with CPython's size limits so that folding never
// builds huge constants. Anything that could raise (division by zero, negative shift) is left alone.
import { ComplexLit, type ConstantValue } from "../parser/ast.ts";

/** CPython's MAX_INT_SIZE (bits), MAX_COLLECTION_SIZE and MAX_STR_SIZE for folded results. */
const MAX_INT_BITS = 128;
const MAX_STR_SIZE = 4096;

function isInt(v: ConstantValue): v is bigint {
  return typeof v === "bigint";
}
function isFloat(v: ConstantValue): v is number {
  return typeof v === "number";
}
function bits(v: bigint): number {
  return (v < 0n ? -v : v).toString(2).length;
}

/** Fold a unary operator applied to a constant; undefined when it must stay a run-time operation. */
export function foldUnary(op: string, v: ConstantValue): ConstantValue | undefined {
  if (typeof v === "boolean") return undefined; // -True is an int at run time: keep it simple
  switch (op) {
    case "USub":
      if (isInt(v)) return -v;
      if (isFloat(v)) return -v;
      if (v instanceof ComplexLit) return new ComplexLit(-v.real, -v.imag);
      return undefined;
    case "UAdd":
      if (isInt(v) || isFloat(v)) return v;
      return undefined;
    case "Invert":
      if (isInt(v)) return ~v;
      return undefined;
  }
  return undefined;
}

/** Fold a binary operator on two constants (ints, floats, strs); undefined when not folded. */
export function foldBinary(op: string, a: ConstantValue, b: ConstantValue): ConstantValue | undefined {
  if (isInt(a) && isInt(b)) {
    let r: bigint;
    switch (op) {
      case "Add":
        r = a + b;
        break;
      case "Sub":
        r = a - b;
        break;
      case "Mult":
        if (bits(a) + bits(b) > MAX_INT_BITS) return undefined;
        r = a * b;
        break;
      case "FloorDiv":
      case "Mod": {
        if (b === 0n) return undefined;
        let q = a / b;
        if ((a % b !== 0n) && ((a < 0n) !== (b < 0n))) q -= 1n;
        r = op === "FloorDiv" ? q : a - q * b;
        break;
      }
      case "Pow":
        if (b < 0n || bits(a) * Number(b) > MAX_INT_BITS) return undefined;
        r = a ** b;
        break;
      case "LShift":
        if (b < 0n || bits(a) + Number(b) > MAX_INT_BITS) return undefined;
        r = a << b;
        break;
      case "RShift":
        if (b < 0n) return undefined;
        r = a >> b;
        break;
      case "BitAnd":
        r = a & b;
        break;
      case "BitOr":
        r = a | b;
        break;
      case "BitXor":
        r = a ^ b;
        break;
      default:
        return undefined;
    }
    return bits(r) > MAX_INT_BITS ? undefined : r;
  }
  if ((isFloat(a) || isInt(a)) && (isFloat(b) || isInt(b)) && (isFloat(a) || isFloat(b))) {
    // int operands must convert to float exactly, as they do at run time for small values
    const x = Number(a);
    const y = Number(b);
    if ((isInt(a) && BigInt(x) !== a) || (isInt(b) && BigInt(y) !== b)) return undefined;
    switch (op) {
      case "Add":
        return x + y;
      case "Sub":
        return x - y;
      case "Mult":
        return x * y;
      case "Div":
        return y === 0 ? undefined : x / y;
    }
    return undefined;
  }
  if ((a instanceof ComplexLit || b instanceof ComplexLit) && (op === "Add" || op === "Sub")) {
    // 3.14's mixed-mode rules: a real operand combines with the real part only (0 - 0j is -0j)
    const real = (v: ConstantValue): number | undefined =>
      isFloat(v) ? v : isInt(v) && BigInt(Number(v)) === v ? Number(v) : undefined;
    const sign = op === "Add" ? 1 : -1;
    if (a instanceof ComplexLit && b instanceof ComplexLit) {
      return new ComplexLit(a.real + sign * b.real, a.imag + sign * b.imag);
    }
    if (a instanceof ComplexLit) {
      const y = real(b);
      return y === undefined ? undefined : new ComplexLit(op === "Add" ? a.real + y : a.real - y, a.imag);
    }
    const x = real(a);
    const c = b as ComplexLit;
    if (x === undefined) return undefined;
    return op === "Add" ? new ComplexLit(x + c.real, c.imag) : new ComplexLit(x - c.real, -c.imag);
  }
  if (typeof a === "string" && typeof b === "string" && op === "Add") {
    return a.length + b.length > MAX_STR_SIZE ? undefined : a + b;
  }
  return undefined;
}
