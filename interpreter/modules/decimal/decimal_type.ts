// The Python Decimal type of _decimal (immutable: a Dec from number.ts), its operators and methods, the
// Context methods mirroring them, and the current-context machinery.
import {
  call,
  callMethod,
  defineGetSets,
  defineMethods,
  getAttr,
  type Kwargs,
  type MethodSpec,
  newBool,
  None,
  NotImplemented,
  objectType,
  PyInstance,
  type PyType,
  typeOf,
  type W,
} from "../../objects/model.ts";
import { raiseOverflowError, raiseTypeError, raiseValueError } from "../../vm/errors.ts";
import { asInt, HASH_MODULUS, normBig } from "../../objects/int.ts";
import { floatOf, newFloat } from "../../objects/float.ts";
import { isStr, newStr } from "../../objects/str.ts";
import { newTuple, PyTuple } from "../../objects/tuple.ts";
import { newList, PyList } from "../../objects/list.ts";
import { iterateToArray } from "../../objects/operations.ts";
import { objectId } from "../../objects/object.ts";
import { importModule } from "../../importing/importer.ts";
import { nativeType } from "../define.ts";
import * as N from "./number.ts";
import { Dec } from "./number.ts";
import {
  addStatus,
  contextInit,
  contextRepr,
  contextType,
  copyContext,
  newContext,
  PyDecContext,
  roundingArg,
  SIGNALS,
  templates,
} from "./context.ts";
import { formatDecimal } from "./format.ts";
import { contextVarType } from "../contextvars.ts";

export class PyDecimal extends PyInstance {
  declare d: Dec;
  constructor(cls: PyType, d: Dec) {
    super(cls);
    this.d = d;
  }
}
export const decimalType: PyType = nativeType("decimal", "Decimal", objectType, {
  factory: (cls) => new PyDecimal(cls, N.ONE),
});
function mk(d: Dec): PyDecimal {
  return new PyDecimal(decimalType, d);
}

// ---------------------------------------------------------------- current context

// The current context lives in a _contextvars.ContextVar, as in CPython (so contextvars.Context.run and
// asyncio tasks each see their own decimal context).
let varGet: W | null = null, varSet: W | null = null;
function contextVar(): void {
  const v = call(contextVarType, [newStr("decimal_context")]);
  varGet = getAttr(v, "get");
  varSet = getAttr(v, "set");
}
export function getContext(): PyDecContext {
  if (varGet === null) contextVar();
  const c = call(varGet!, [None]);
  if (c instanceof PyDecContext) return c;
  const n = copyContext(templates.default!);
  call(varSet!, [n]);
  return n;
}
export function setContext(c: W): void {
  if (!(c instanceof PyDecContext)) raiseTypeError("argument must be a context");
  if (varGet === null) contextVar();
  if (c === templates.default || c === basicTemplate.c || c === extendedTemplate.c) {
    const n = copyContext(c);
    n.status = 0;
    c = n;
  }
  call(varSet!, [c]);
}
export const basicTemplate: { c: PyDecContext | null } = { c: null };
export const extendedTemplate: { c: PyDecContext | null } = { c: null };

function ctxArg(w: W | undefined): PyDecContext {
  if (w === undefined || w === None) return getContext();
  if (!(w instanceof PyDecContext)) raiseTypeError("optional argument must be a context");
  return w;
}

// ---------------------------------------------------------------- conversions

function typeName(w: W): string {
  return typeOf(w).name;
}
function intToDec(v: number | bigint): Dec {
  const b = BigInt(v);
  return new Dec(b < 0n ? 1 : 0, b < 0n ? -b : b, 0);
}
/** Operand of an arithmetic operator: Decimal or int, else undefined (NotImplemented). */
function operand(w: W): Dec | undefined {
  if (w instanceof PyDecimal) return w.d;
  const i = asInt(w);
  if (i !== undefined) return intToDec(i);
  return undefined;
}
/** Operand of a method or Context method: Decimal or int, else TypeError. */
function convert(w: W): Dec {
  const d = operand(w);
  if (d === undefined) raiseTypeError(`conversion from ${typeName(w)} to Decimal is not supported`);
  return d;
}

function fromTuple(items: W[]): Dec {
  if (items.length !== 3) raiseValueError("argument must be a sequence of length 3");
  const s = asInt(items[0]);
  if (s === undefined || (s !== 0 && s !== 1)) {
    raiseValueError("sign must be an integer with the value 0 or 1");
  }
  const sign = Number(s);
  const e = items[2];
  let kind = N.KIND_FINITE, exp = 0;
  if (isStr(e)) {
    if (e.value === "F") kind = N.KIND_INF;
    else if (e.value === "n") kind = N.KIND_NAN;
    else if (e.value === "N") kind = N.KIND_SNAN;
    else raiseValueError("string argument in the third position must be 'F', 'n' or 'N'");
  } else {
    const ei = asInt(e);
    if (ei === undefined) raiseValueError("exponent must be an integer");
    exp = Number(ei);
  }
  const dw = items[1];
  if (!(dw instanceof PyTuple || dw instanceof PyList)) {
    raiseValueError("coefficient must be a tuple of digits");
  }
  let digits = "";
  for (const x of iterateToArray(dw)) {
    const v = asInt(x);
    if (v === undefined || v < 0 || v > 9) raiseValueError("coefficient must be a tuple of digits");
    digits += String(v);
  }
  if (kind === N.KIND_INF) return N.infinity(sign);
  return new Dec(sign, digits === "" ? 0n : BigInt(digits), kind === N.KIND_FINITE ? exp : 0, kind);
}

/** Decimal(value) semantics: exact conversion, conditions added to `c`. */
function construct(v: W, c: PyDecContext): Dec {
  if (v instanceof PyDecimal) return v.d;
  if (isStr(v)) {
    const d = N.parse(v.value.trim());
    if (d === undefined) {
      addStatus(c, N.S_CONVERSION_SYNTAX);
      return N.NAN;
    }
    return d;
  }
  const i = asInt(v);
  if (i !== undefined) return intToDec(i);
  const f = floatOf(v);
  if (f !== undefined) {
    addStatus(c, N.S_FLOAT_OPERATION);
    return N.fromFloat(f);
  }
  if (v instanceof PyTuple || v instanceof PyList) return fromTuple(iterateToArray(v));
  return raiseTypeError(`conversion from ${typeName(v)} to Decimal is not supported`);
}

function run1(c: PyDecContext, f: (a: Dec, x: N.Ctx, st: N.Status) => Dec, a: Dec): PyDecimal {
  const st = { bits: 0 };
  const r = f(a, c.ctx, st);
  addStatus(c, st.bits);
  return mk(r);
}
function run2(
  c: PyDecContext,
  f: (a: Dec, b: Dec, x: N.Ctx, st: N.Status) => Dec,
  a: Dec,
  b: Dec,
): PyDecimal {
  const st = { bits: 0 };
  const r = f(a, b, c.ctx, st);
  addStatus(c, st.bits);
  return mk(r);
}

// ---------------------------------------------------------------- hashing, comparison

const HASH_INV10 = modPow(10n, HASH_MODULUS - 2n, HASH_MODULUS);
function modPow(b: bigint, e: bigint, m: bigint): bigint {
  let r = 1n;
  b %= m;
  while (e > 0n) {
    if (e & 1n) r = r * b % m;
    b = b * b % m;
    e >>= 1n;
  }
  return r;
}
function decHash(self: PyDecimal): W {
  const d = self.d;
  if (d.kind === N.KIND_SNAN) raiseTypeError("Cannot hash a signaling NaN value");
  if (d.kind === N.KIND_NAN) return objectId(self) >> 4;
  if (d.kind === N.KIND_INF) return d.sign ? -314159 : 314159;
  const eh = d.exp >= 0
    ? modPow(10n, BigInt(d.exp), HASH_MODULUS)
    : modPow(HASH_INV10, BigInt(-d.exp), HASH_MODULUS);
  let h = d.coef * eh % HASH_MODULUS;
  if (d.sign) h = -h;
  if (h === -1n) h = -2n;
  return normBig(h);
}

let rationalType: W | undefined;
function isRational(w: W): boolean {
  if (rationalType === undefined) rationalType = getAttr(importModule("numbers"), "Rational");
  const r = callMethod(rationalType, "__instancecheck__", [w]);
  return r !== None && (r as { value?: boolean }).value === true;
}

type CmpOp = "eq" | "ne" | "lt" | "le" | "gt" | "ge";
function richCompare(self: PyDecimal, other: W, op: CmpOp): W {
  let a = self.d;
  let b = operand(other);
  const c = getContext();
  if (b === undefined) {
    const f = floatOf(other);
    if (f !== undefined) {
      if (op === "eq" || op === "ne") c.status |= N.S_FLOAT_OPERATION;
      else addStatus(c, N.S_FLOAT_OPERATION);
      b = N.fromFloat(f);
    } else if (typeOf(other).name === "complex" && (op === "eq" || op === "ne")) {
      const im = getAttr(other, "imag") as unknown as { value: number };
      if (im.value !== 0) return newBool(op === "ne");
      c.status |= N.S_FLOAT_OPERATION;
      b = N.fromFloat((getAttr(other, "real") as unknown as { value: number }).value);
    } else if (asInt(other) === undefined && typeof other === "object" && isRational(other)) {
      const num = asInt(getAttr(other, "numerator"))!, den = asInt(getAttr(other, "denominator"))!;
      b = intToDec(num);
      if (!a.special) a = new Dec(a.sign, a.coef * BigInt(den), a.exp);
    } else return NotImplemented;
  }
  if (a.isNaN || b.isNaN) {
    const signal = a.kind === N.KIND_SNAN || b.kind === N.KIND_SNAN || (op !== "eq" && op !== "ne");
    if (signal) addStatus(c, N.S_INVALID_OPERATION);
    return newBool(op === "ne");
  }
  const r = N.cmp(a, b);
  switch (op) {
    case "eq":
      return newBool(r === 0);
    case "ne":
      return newBool(r !== 0);
    case "lt":
      return newBool(r < 0);
    case "le":
      return newBool(r <= 0);
    case "gt":
      return newBool(r > 0);
    default:
      return newBool(r >= 0);
  }
}

// ---------------------------------------------------------------- conversions out

function toInt(d: Dec, mode: number): W {
  if (d.kind === N.KIND_INF) raiseOverflowError("cannot convert Infinity to integer");
  if (d.isNaN) raiseValueError("cannot convert NaN to integer");
  const r = N.rescale(d, Math.max(0, d.exp), mode);
  return normBig(N.intOf(r));
}
function toFloat(d: Dec): number {
  if (d.kind === N.KIND_SNAN) raiseValueError("cannot convert signaling NaN to float");
  if (d.kind === N.KIND_NAN) return d.sign ? -NaN : NaN;
  if (d.kind === N.KIND_INF) return d.sign ? -Infinity : Infinity;
  const s = (d.sign ? "-" : "") + String(d.coef) + "e" + d.exp;
  const x = Number(s);
  return x;
}

function decStr(d: Dec, eng = false): string {
  return N.toSci(d, getContext().ctx.capitals, eng);
}

function asTuple(d: Dec): W {
  const digits = d.kind === N.KIND_INF
    ? [0]
    : d.coef === 0n && d.isNaN
    ? []
    : [...String(d.coef)].map(Number);
  const exp: W = d.kind === N.KIND_INF
    ? newStr("F")
    : d.kind === N.KIND_NAN
    ? newStr("n")
    : d.kind === N.KIND_SNAN
    ? newStr("N")
    : d.exp;
  return call(decimalTupleRef.t!, [d.sign, newTuple(digits), exp]);
}
export const decimalTupleRef: { t: W | null } = { t: null };

// ---------------------------------------------------------------- method tables

type Op1 = (a: Dec, x: N.Ctx, st: N.Status) => Dec;
type Op2 = (a: Dec, b: Dec, x: N.Ctx, st: N.Status) => Dec;

const UNARY: [string, Op1][] = [
  ["exp", N.exp],
  ["ln", N.ln],
  ["log10", N.log10],
  ["sqrt", N.sqrt],
  ["logb", N.logb],
  ["next_plus", N.nextPlus],
  ["next_minus", N.nextMinus],
  ["normalize", N.reduce],
  ["logical_invert", N.logicalInvert],
];
const BINARY: [string, Op2][] = [
  ["compare", (a, b, x, st) => N.compare(a, b, x, st)],
  ["compare_signal", (a, b, x, st) => N.compare(a, b, x, st, true)],
  ["max", (a, b, x, st) => N.maxMin(a, b, x, st, true, false)],
  ["min", (a, b, x, st) => N.maxMin(a, b, x, st, false, false)],
  ["max_mag", (a, b, x, st) => N.maxMin(a, b, x, st, true, true)],
  ["min_mag", (a, b, x, st) => N.maxMin(a, b, x, st, false, true)],
  ["next_toward", N.nextToward],
  ["remainder_near", N.remNear],
  ["scaleb", N.scaleb],
  ["shift", N.shift],
  ["rotate", N.rotate],
  ["logical_and", (a, b, x, st) => N.logical(a, b, x, st, "and")],
  ["logical_or", (a, b, x, st) => N.logical(a, b, x, st, "or")],
  ["logical_xor", (a, b, x, st) => N.logical(a, b, x, st, "xor")],
];
const CTX_BINARY: [string, Op2][] = [
  ["add", (a, b, x, st) => N.add(a, b, x, st)],
  ["subtract", (a, b, x, st) => N.add(a, b, x, st, true)],
  ["multiply", N.mul],
  ["divide", N.div],
  ["divide_int", N.divInt],
  ["remainder", N.rem],
];

const self = (w: W) => (w as PyDecimal).d;
function copySign(a: Dec, b: Dec): Dec {
  return new Dec(b.sign, a.coef, a.exp, a.kind);
}
const PREDICATES: [string, (d: Dec, c: N.Ctx) => boolean][] = [
  ["is_canonical", () => true],
  ["is_finite", (d) => d.kind === N.KIND_FINITE],
  ["is_infinite", (d) => d.kind === N.KIND_INF],
  ["is_nan", (d) => d.isNaN],
  ["is_qnan", (d) => d.kind === N.KIND_NAN],
  ["is_snan", (d) => d.kind === N.KIND_SNAN],
  ["is_signed", (d) => d.sign === 1],
  ["is_zero", (d) => d.isZero],
  ["is_normal", (d, c) => N.isNormal(d, c)],
  ["is_subnormal", (d, c) => N.isSubnormal(d, c)],
];
const CTX_PREDICATES = new Set(["is_normal", "is_subnormal"]);

function binop(name: string, f: Op2, reflected: boolean): MethodSpec {
  return {
    name,
    arity: [1, 1],
    impl: (a) => {
      const o = operand(a[1]);
      if (o === undefined) return NotImplemented;
      const c = getContext();
      return reflected ? run2(c, f, o, self(a[0])) : run2(c, f, self(a[0]), o);
    },
  };
}

function powerImpl(base: Dec, exp: Dec, mod: W | undefined, c: PyDecContext): W {
  if (mod === undefined || mod === None) return run2(c, N.power, base, exp);
  const m = convert(mod);
  const st = { bits: 0 };
  let r: Dec;
  if (base.special || exp.special || m.special) {
    r = N.checkNans(base, exp, c.ctx, st) ?? N.checkNans(m, undefined, c.ctx, st) ?? N.invalid(st);
  } else if (
    !N.isIntegral(base) || !N.isIntegral(exp) || !N.isIntegral(m) || exp.sign || m.coef === 0n ||
    N.ndigits(N.intOf(m)) > c.ctx.prec || (base.isZero && exp.isZero)
  ) r = N.invalid(st);
  else {
    const mv = N.intOf(m), mm = mv < 0n ? -mv : mv;
    const bv = N.intOf(base), e = N.intOf(exp);
    const res = modPow(bv < 0n ? -bv : bv, e, mm);
    r = new Dec(base.sign && (e & 1n) ? 1 : 0, res, 0);
  }
  addStatus(c, st.bits);
  return mk(r);
}

defineMethods(decimalType, [
  {
    name: "__new__",
    arity: [1, 3],
    kind: "static",
    kw: ["value", "context"],
    impl: (a) => {
      const cls = a[0] as PyType;
      const v = a[1] ?? newStr("0");
      const d = construct(v, ctxArg(a[2]));
      if (cls === decimalType && v instanceof PyDecimal && v.cls === decimalType) return v;
      return new PyDecimal(cls, d);
    },
  },
  { name: "__repr__", arity: [0, 0], impl: (a) => newStr(`Decimal('${decStr(self(a[0]))}')`) },
  { name: "__str__", arity: [0, 0], impl: (a) => newStr(decStr(self(a[0]))) },
  {
    name: "to_eng_string",
    arity: [0, 1],
    kw: ["context"],
    impl: (a) => newStr(N.toSci(self(a[0]), ctxArg(a[1]).ctx.capitals, true)),
  },
  { name: "__hash__", arity: [0, 0], impl: (a) => decHash(a[0] as PyDecimal) },
  { name: "__eq__", arity: [1, 1], impl: (a) => richCompare(a[0] as PyDecimal, a[1], "eq") },
  { name: "__ne__", arity: [1, 1], impl: (a) => richCompare(a[0] as PyDecimal, a[1], "ne") },
  { name: "__lt__", arity: [1, 1], impl: (a) => richCompare(a[0] as PyDecimal, a[1], "lt") },
  { name: "__le__", arity: [1, 1], impl: (a) => richCompare(a[0] as PyDecimal, a[1], "le") },
  { name: "__gt__", arity: [1, 1], impl: (a) => richCompare(a[0] as PyDecimal, a[1], "gt") },
  { name: "__ge__", arity: [1, 1], impl: (a) => richCompare(a[0] as PyDecimal, a[1], "ge") },
  binop("__add__", CTX_BINARY[0][1], false),
  binop("__radd__", CTX_BINARY[0][1], true),
  binop("__sub__", CTX_BINARY[1][1], false),
  binop("__rsub__", CTX_BINARY[1][1], true),
  binop("__mul__", N.mul, false),
  binop("__rmul__", N.mul, true),
  binop("__truediv__", N.div, false),
  binop("__rtruediv__", N.div, true),
  binop("__floordiv__", N.divInt, false),
  binop("__rfloordiv__", N.divInt, true),
  binop("__mod__", N.rem, false),
  binop("__rmod__", N.rem, true),
  {
    name: "__divmod__",
    arity: [1, 1],
    impl: (a) => {
      const o = operand(a[1]);
      if (o === undefined) return NotImplemented;
      return divmodImpl(self(a[0]), o, getContext());
    },
  },
  {
    name: "__rdivmod__",
    arity: [1, 1],
    impl: (a) => {
      const o = operand(a[1]);
      if (o === undefined) return NotImplemented;
      return divmodImpl(o, self(a[0]), getContext());
    },
  },
  {
    name: "__pow__",
    arity: [1, 2],
    impl: (a) => {
      const o = operand(a[1]);
      if (o === undefined) return NotImplemented;
      if (a[2] !== undefined && a[2] !== None && operand(a[2]) === undefined) return NotImplemented;
      return powerImpl(self(a[0]), o, a[2], getContext());
    },
  },
  {
    name: "__rpow__",
    arity: [1, 2],
    impl: (a) => {
      const o = operand(a[1]);
      if (o === undefined) return NotImplemented;
      return powerImpl(o, self(a[0]), a[2], getContext());
    },
  },
  { name: "__neg__", arity: [0, 0], impl: (a) => run1(getContext(), N.minus, self(a[0])) },
  { name: "__pos__", arity: [0, 0], impl: (a) => run1(getContext(), N.plus, self(a[0])) },
  {
    name: "__abs__",
    arity: [0, 0],
    impl: (a) => run1(getContext(), (d, x, st) => N.absolute(d, x, st), self(a[0])),
  },
  { name: "__bool__", arity: [0, 0], impl: (a) => newBool(!self(a[0]).isZero) },
  { name: "__int__", arity: [0, 0], impl: (a) => toInt(self(a[0]), N.ROUND_DOWN) },
  { name: "__trunc__", arity: [0, 0], impl: (a) => toInt(self(a[0]), N.ROUND_DOWN) },
  { name: "__floor__", arity: [0, 0], impl: (a) => toInt(self(a[0]), N.ROUND_FLOOR) },
  { name: "__ceil__", arity: [0, 0], impl: (a) => toInt(self(a[0]), N.ROUND_CEILING) },
  { name: "__float__", arity: [0, 0], impl: (a) => newFloat(toFloat(self(a[0]))) },
  {
    name: "__complex__",
    arity: [0, 0],
    impl: (a) =>
      call(typeOf(call(getAttr(importModule("builtins"), "complex"), [])), [newFloat(toFloat(self(a[0])))]),
  },
  {
    name: "__round__",
    arity: [0, -1],
    impl: (a) => {
      if (a.length > 2) raiseTypeError(`function takes at most 1 argument (${a.length - 1} given)`);
      const d = self(a[0]);
      if (a[1] === undefined || a[1] === None) return toInt(d, N.ROUND_HALF_EVEN);
      const n = asInt(a[1]);
      if (n === undefined) raiseTypeError("optional arg must be an integer");
      const c = getContext();
      return run2(
        c,
        (x, y, ctx, st) => N.quantize(x, y, ctx.rounding, ctx, st),
        d,
        new Dec(0, 1n, -Number(n)),
      );
    },
  },
  {
    name: "__format__",
    arity: [1, 2],
    impl: (a) => {
      if (!isStr(a[1])) raiseTypeError("format arg must be str");
      const c = getContext();
      return newStr(formatDecimal(self(a[0]), a[1].value, c.ctx));
    },
  },
  {
    name: "__reduce__",
    arity: [0, 0],
    impl: (a) => newTuple([typeOf(a[0]), newTuple([newStr(decStr(self(a[0])))])]),
  },
  { name: "__copy__", arity: [0, 0], impl: (a) => a[0] },
  { name: "__deepcopy__", arity: [1, 1], impl: (a) => a[0] },
  { name: "conjugate", arity: [0, 0], impl: (a) => a[0] },
  { name: "radix", arity: [0, 0], impl: () => mk(new Dec(0, 10n, 0)) },
  { name: "adjusted", arity: [0, 0], impl: (a) => self(a[0]).adjusted() },
  { name: "as_tuple", arity: [0, 0], impl: (a) => asTuple(self(a[0])) },
  {
    name: "as_integer_ratio",
    arity: [0, 0],
    impl: (a) => {
      const d = self(a[0]);
      if (d.kind === N.KIND_INF) raiseOverflowError("cannot convert Infinity to integer ratio");
      if (d.isNaN) raiseValueError("cannot convert NaN to integer ratio");
      let n = d.coef, den = 1n;
      if (d.exp >= 0) n *= N.pow10(d.exp);
      else den = N.pow10(-d.exp);
      const g = gcd(n, den);
      n /= g;
      den /= g;
      return newTuple([normBig(d.sign ? -n : n), normBig(den)]);
    },
  },
  {
    name: "copy_abs",
    arity: [0, 0],
    impl: (a) => mk(new Dec(0, self(a[0]).coef, self(a[0]).exp, self(a[0]).kind)),
  },
  {
    name: "copy_negate",
    arity: [0, 0],
    impl: (a) => mk(new Dec(self(a[0]).sign ^ 1, self(a[0]).coef, self(a[0]).exp, self(a[0]).kind)),
  },
  {
    name: "copy_sign",
    arity: [1, 2],
    kw: ["other", "context"],
    impl: (a) => {
      ctxArg(a[2]);
      return mk(copySign(self(a[0]), convert(a[1])));
    },
  },
  {
    name: "compare_total",
    arity: [1, 2],
    kw: ["other", "context"],
    impl: (a) => mk(intToDec(N.cmpTotal(self(a[0]), convert(a[1])))),
  },
  {
    name: "compare_total_mag",
    arity: [1, 2],
    kw: ["other", "context"],
    impl: (a) => {
      const x = self(a[0]), y = convert(a[1]);
      return mk(intToDec(N.cmpTotal(new Dec(0, x.coef, x.exp, x.kind), new Dec(0, y.coef, y.exp, y.kind))));
    },
  },
  {
    name: "same_quantum",
    arity: [1, 2],
    kw: ["other", "context"],
    impl: (a) => {
      const x = self(a[0]), y = convert(a[1]);
      if (x.special || y.special) {
        return newBool((x.isNaN && y.isNaN) || (x.kind === N.KIND_INF && y.kind === N.KIND_INF));
      }
      return newBool(x.exp === y.exp);
    },
  },
  {
    name: "number_class",
    arity: [0, 1],
    kw: ["context"],
    impl: (a) => newStr(N.numberClass(self(a[0]), ctxArg(a[1]).ctx)),
  },
  { name: "canonical", arity: [0, 0], impl: (a) => a[0] },
  {
    name: "quantize",
    arity: [1, 3],
    kw: ["exp", "rounding", "context"],
    impl: (a) => {
      const c = ctxArg(a[3]);
      const mode = a[2] === undefined || a[2] === None ? c.ctx.rounding : roundingArg(a[2]);
      return run2(c, (x, y, ctx, st) => N.quantize(x, y, mode, ctx, st), self(a[0]), convert(a[1]));
    },
  },
  ...["to_integral", "to_integral_value", "to_integral_exact"].map((name): MethodSpec => ({
    name,
    arity: [0, 2],
    kw: ["rounding", "context"],
    impl: (a) => {
      const c = ctxArg(a[2]);
      const mode = a[1] === undefined || a[1] === None ? c.ctx.rounding : roundingArg(a[1]);
      return run1(
        c,
        (x, ctx, st) => N.toIntegral(x, mode, ctx, st, name === "to_integral_exact"),
        self(a[0]),
      );
    },
  })),
  {
    name: "fma",
    arity: [2, 3],
    kw: ["other", "third", "context"],
    impl: (a) => {
      const c = ctxArg(a[3]);
      const b = convert(a[1]), t = convert(a[2]);
      return run1(c, (x, ctx, st) => N.fma(x, b, t, ctx, st), self(a[0]));
    },
  },
  ...UNARY.map(([name, f]): MethodSpec => ({
    name,
    arity: [0, 1],
    kw: ["context"],
    impl: (a) => run1(ctxArg(a[1]), f, self(a[0])),
  })),
  ...BINARY.map(([name, f]): MethodSpec => ({
    name,
    arity: [1, 2],
    kw: ["other", "context"],
    impl: (a) => run2(ctxArg(a[2]), f, self(a[0]), convert(a[1])),
  })),
  ...PREDICATES.map(([name, f]): MethodSpec =>
    CTX_PREDICATES.has(name)
      ? { name, arity: [0, 1], kw: ["context"], impl: (a) => newBool(f(self(a[0]), ctxArg(a[1]).ctx)) }
      : { name, arity: [0, 0], impl: (a) => newBool(f(self(a[0]), getContext().ctx)) }
  ),
  {
    name: "from_float",
    arity: [1, 1],
    kind: "class",
    impl: (a) => {
      const f = floatOf(a[1]);
      let d: Dec;
      if (f !== undefined) d = N.fromFloat(f);
      else {
        const i = asInt(a[1]);
        if (i === undefined) raiseTypeError(`argument must be int or float`);
        d = intToDec(i);
      }
      const cls = a[0] as PyType;
      return cls === decimalType ? mk(d) : call(cls, [mk(d)]);
    },
  },
  {
    name: "from_number",
    arity: [1, 1],
    kind: "class",
    impl: (a) => {
      const v = a[1];
      let d: Dec;
      if (v instanceof PyDecimal) d = v.d;
      else if (floatOf(v) !== undefined) d = N.fromFloat(floatOf(v)!);
      else if (asInt(v) !== undefined) d = intToDec(asInt(v)!);
      else raiseTypeError(`conversion from ${typeName(v)} to Decimal is not supported`);
      const cls = a[0] as PyType;
      return cls === decimalType ? mk(d) : call(cls, [mk(d)]);
    },
  },
]);
decimalType.dict.set("__module__", newStr("decimal"));
contextType.dict.set("__module__", newStr("decimal"));
defineGetSets(decimalType, [
  { name: "real", get: (s) => s },
  { name: "imag", get: () => mk(new Dec(0, 0n, 0)) },
]);

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}

function divmodImpl(a: Dec, b: Dec, c: PyDecContext): W {
  const st = { bits: 0 };
  const [q, r] = N.divmod(a, b, c.ctx, st);
  addStatus(c, st.bits);
  return newTuple([mk(q), mk(r)]);
}

// ---------------------------------------------------------------- Context methods

const cx = (w: W) => w as PyDecContext;
defineMethods(contextType, [
  {
    name: "__init__",
    arity: [0, -1],
    kw: ["**"],
    impl: (a, kw) => {
      contextInit(cx(a[0]), a.slice(1), kw);
      return None;
    },
  },
  { name: "__repr__", arity: [0, 0], impl: (a) => newStr(contextRepr(cx(a[0]))) },
  { name: "copy", arity: [0, 0], impl: (a) => copyContext(cx(a[0])) },
  { name: "__copy__", arity: [0, 0], impl: (a) => copyContext(cx(a[0])) },
  {
    name: "__reduce__",
    arity: [0, 0],
    impl: (a) => {
      const c = cx(a[0]);
      return newTuple([
        contextType,
        newTuple([
          c.ctx.prec,
          newStr(N.ROUNDING_NAMES[c.ctx.rounding]),
          c.ctx.emin,
          c.ctx.emax,
          c.ctx.capitals,
          c.ctx.clamp,
          signalList(c.status),
          signalList(c.traps),
        ]),
      ]);
    },
  },
  {
    name: "clear_flags",
    arity: [0, 0],
    impl: (a) => {
      cx(a[0]).status = 0;
      return None;
    },
  },
  {
    name: "clear_traps",
    arity: [0, 0],
    impl: (a) => {
      cx(a[0]).traps = 0;
      return None;
    },
  },
  { name: "Etiny", arity: [0, 0], impl: (a) => N.etiny(cx(a[0]).ctx) },
  { name: "Etop", arity: [0, 0], impl: (a) => N.etop(cx(a[0]).ctx) },
  { name: "radix", arity: [0, 0], impl: () => mk(new Dec(0, 10n, 0)) },
  {
    name: "create_decimal",
    arity: [0, 1],
    kw: ["num"],
    impl: (a) => {
      const c = cx(a[0]);
      const d = construct(a[1] ?? newStr("0"), c);
      if (d.isNaN && d.coef !== 0n && N.ndigits(d.coef) > c.ctx.prec - c.ctx.clamp) {
        addStatus(c, N.S_CONVERSION_SYNTAX);
        return mk(N.NAN);
      }
      return run1(c, (x, ctx, st) => N.fix(x, ctx, st), d);
    },
  },
  {
    name: "create_decimal_from_float",
    arity: [1, 1],
    impl: (a) => {
      const f = floatOf(a[1]);
      const d = f !== undefined
        ? N.fromFloat(f)
        : intToDec(asInt(a[1]) ?? raiseTypeError("argument must be int or float"));
      return run1(cx(a[0]), (x, ctx, st) => N.fix(x, ctx, st), d);
    },
  },
  ...CTX_BINARY.concat(BINARY).map(([name, f]): MethodSpec => ({
    name,
    arity: [2, 2],
    impl: (a) => run2(cx(a[0]), f, convert(a[1]), convert(a[2])),
  })),
  ...UNARY.concat([
    ["abs", (d, x, st) => N.absolute(d, x, st)],
    ["plus", N.plus],
    ["minus", N.minus],
  ] as [string, Op1][]).map(([name, f]): MethodSpec => ({
    name,
    arity: [1, 1],
    impl: (a) => run1(cx(a[0]), f, convert(a[1])),
  })),
  {
    name: "divmod",
    arity: [2, 2],
    impl: (a) => divmodImpl(convert(a[1]), convert(a[2]), cx(a[0])),
  },
  {
    name: "power",
    arity: [2, 3],
    kw: ["a", "b", "modulo"],
    impl: (a) => powerImpl(convert(a[1]), convert(a[2]), a[3], cx(a[0])),
  },
  {
    name: "fma",
    arity: [3, 3],
    impl: (a) => {
      const b = convert(a[2]), t = convert(a[3]);
      return run1(cx(a[0]), (x, ctx, st) => N.fma(x, b, t, ctx, st), convert(a[1]));
    },
  },
  {
    name: "quantize",
    arity: [2, 2],
    impl: (a) =>
      run2(
        cx(a[0]),
        (x, y, ctx, st) => N.quantize(x, y, ctx.rounding, ctx, st),
        convert(a[1]),
        convert(a[2]),
      ),
  },
  ...["to_integral", "to_integral_value", "to_integral_exact"].map((name): MethodSpec => ({
    name,
    arity: [1, 1],
    impl: (a) =>
      run1(
        cx(a[0]),
        (x, ctx, st) => N.toIntegral(x, ctx.rounding, ctx, st, name === "to_integral_exact"),
        convert(a[1]),
      ),
  })),
  ...PREDICATES.map(([name, f]): MethodSpec => ({
    name,
    arity: [1, 1],
    impl: (a) => newBool(f(convert(a[1]), cx(a[0]).ctx)),
  })),
  { name: "number_class", arity: [1, 1], impl: (a) => newStr(N.numberClass(convert(a[1]), cx(a[0]).ctx)) },
  {
    name: "to_sci_string",
    arity: [1, 1],
    impl: (a) => newStr(N.toSci(convert(a[1]), cx(a[0]).ctx.capitals)),
  },
  {
    name: "to_eng_string",
    arity: [1, 1],
    impl: (a) => newStr(N.toSci(convert(a[1]), cx(a[0]).ctx.capitals, true)),
  },
  { name: "canonical", arity: [1, 1], impl: (a) => mk(convert(a[1])) },
  { name: "copy_decimal", arity: [1, 1], impl: (a) => mk(convert(a[1])) },
  {
    name: "copy_abs",
    arity: [1, 1],
    impl: (a) => mk(N.absolute(convert(a[1]), cx(a[0]).ctx, { bits: 0 }, false)),
  },
  {
    name: "copy_negate",
    arity: [1, 1],
    impl: (a) => {
      const d = convert(a[1]);
      return mk(new Dec(d.sign ^ 1, d.coef, d.exp, d.kind));
    },
  },
  { name: "copy_sign", arity: [2, 2], impl: (a) => mk(copySign(convert(a[1]), convert(a[2]))) },
  {
    name: "compare_total",
    arity: [2, 2],
    impl: (a) => mk(intToDec(N.cmpTotal(convert(a[1]), convert(a[2])))),
  },
  {
    name: "same_quantum",
    arity: [2, 2],
    impl: (a) => callMethod(mk(convert(a[1])), "same_quantum", [mk(convert(a[2]))]),
  },
  {
    name: "compare_total_mag",
    arity: [2, 2],
    impl: (a) => callMethod(mk(convert(a[1])), "compare_total_mag", [mk(convert(a[2]))]),
  },
  {
    name: "_apply",
    arity: [1, 1],
    impl: (a) => run1(cx(a[0]), (x, ctx, st) => N.fix(x, ctx, st), convert(a[1])),
  },
  ...["prec", "Emin", "Emax"].map((f): MethodSpec => ({
    name: "_unsafe_set" + f.toLowerCase(),
    arity: [1, 1],
    impl: (a) => {
      const v = Number(asInt(a[1]) ?? raiseTypeError("an integer is required"));
      const c = cx(a[0]).ctx;
      if (f === "prec") c.prec = v;
      else if (f === "Emin") c.emin = v;
      else c.emax = v;
      return None;
    },
  })),
]);

function signalList(bits: number): W {
  return newList(SIGNALS.filter(([, m]) => (bits & m) !== 0).map(([t]) => t));
}

// ---------------------------------------------------------------- localcontext

class PyContextManager extends PyInstance {
  declare local: PyDecContext;
  declare saved: PyDecContext | null;
  constructor(local: PyDecContext) {
    super(contextManagerType);
    this.local = local;
    this.saved = null;
  }
}
export const contextManagerType: PyType = nativeType("decimal", "ContextManager", objectType, { flags: 0 });
defineMethods(contextManagerType, [
  {
    name: "__enter__",
    arity: [0, 0],
    impl: (a) => {
      const m = a[0] as PyContextManager;
      m.saved = getContext();
      setContext(m.local);
      return m.local;
    },
  },
  {
    name: "__exit__",
    arity: [0, -1],
    impl: (a) => {
      const m = a[0] as PyContextManager;
      if (m.saved !== null) setContext(m.saved);
      return None;
    },
  },
]);

export function localcontext(args: W[], kw: Kwargs | null): W {
  let ctxW: W | undefined = args[0];
  const extra: [string, W][] = [];
  if (kw !== null) {
    for (let i = 0; i < kw.names.length; i++) {
      if (kw.names[i] === "ctx") ctxW = kw.values[i];
      else extra.push([kw.names[i], kw.values[i]]);
    }
  }
  const base = ctxArg(ctxW);
  const local = copyContext(base);
  for (const [k, v] of extra) {
    if (!["prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps"].includes(k)) {
      raiseTypeError(`this function got an unexpected keyword argument '${k}'`);
    }
    getAttr(local, "prec");
    setAttrCtx(local, k, v);
  }
  return new PyContextManager(local);
}
function setAttrCtx(c: PyDecContext, k: string, v: W): void {
  const descr = contextType.dict.get(k) as unknown as { spec: { set: (s: W, v: W) => void } };
  descr.spec.set(c, v);
}

export { newContext };
