// bool's own methods (the type object and the True/False singletons live in model.ts): repr, the
// constructor by truth value, and & | ^ that stay bool when both operands are bools.
import {
  boolType,
  callBound,
  defineMethods,
  False,
  None,
  NotImplemented,
  PyBool,
  True,
  typeOf,
  type W,
} from "./model.ts";
import { raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { asInt, checkNewType, intAnd, intHooks, intOr, intXor } from "./int.ts";
import { newStr, PyStr } from "./str.ts";

/** Truth value without importing operations.ts (int.ts imports this file; see the module order notes). */
export function truth(w: W): boolean {
  if (w === True) return true;
  if (w === False || w === None) return false;
  if (typeof w === "number") return w !== 0;
  if (typeof w === "bigint") return true;
  if (w instanceof PyStr) return w.length !== 0;
  const t = w.cls;
  const b = t.lookup("__bool__");
  if (b === None) raiseTypeError(`'${t.name}' cannot be interpreted as a boolean`);
  if (b !== undefined) {
    const r = callBound(b, w, []);
    if (!(r instanceof PyBool)) raiseTypeError(`__bool__ should return bool, returned ${typeOf(r).name}`);
    return r.value;
  }
  const l = t.lookup("__len__");
  if (l !== undefined) {
    const n = callBound(l, w, []);
    const v = asInt(n);
    if (v === undefined) raiseTypeError(`'${typeOf(n).name}' object cannot be interpreted as an integer`);
    if (v < 0) raiseValueError("__len__() should return >= 0");
    return v != 0;
  }
  return true;
}

function bitOp(
  name: string,
  fn: (a: number | bigint, b: number | bigint) => number | bigint,
  both: (a: boolean, b: boolean) => boolean,
) {
  return {
    name,
    arity: [1, 1] as [number, number],
    impl: (a: W[]): W => {
      const x = a[0], y = a[1];
      if (x instanceof PyBool && y instanceof PyBool) return both(x.value, y.value) ? True : False;
      const xv = asInt(x), yv = asInt(y);
      if (xv === undefined || yv === undefined) return NotImplemented;
      return fn(xv, yv);
    },
  };
}

defineMethods(boolType, [
  {
    name: "__new__",
    arity: [1, -1],
    kind: "static",
    impl: (a) => {
      checkNewType(boolType, a[0]);
      if (a.length > 2) raiseTypeError(`bool expected at most 1 argument, got ${a.length - 1}`);
      return a.length < 2 ? False : truth(a[1]) ? True : False;
    },
  },
  { name: "__repr__", arity: [0, 0], impl: (a) => newStr((a[0] as PyBool).value ? "True" : "False") },
  {
    // bool_invert: still ~int(x), with 3.12's DeprecationWarning
    name: "__invert__",
    arity: [0, 0],
    impl: (a) => {
      intHooks.deprecation(
        "Bitwise inversion '~' on bool is deprecated and will be removed in Python 3.16. This returns the " +
          "bitwise inversion of the underlying int object and is usually not what you expect from negating " +
          "a bool. Use the 'not' operator for boolean negation or ~int(x) if you really want the bitwise " +
          "inversion of the underlying int.",
      );
      return (a[0] as PyBool).value ? -2 : -1;
    },
  },
  bitOp("__and__", intAnd, (x, y) => x && y),
  bitOp("__rand__", intAnd, (x, y) => x && y),
  bitOp("__or__", intOr, (x, y) => x || y),
  bitOp("__ror__", intOr, (x, y) => x || y),
  bitOp("__xor__", intXor, (x, y) => x !== y),
  bitOp("__rxor__", intXor, (x, y) => x !== y),
]);
