// _decimal's signals (the exception classes and their mpdecimal condition bits) and the Python Context
// type with its flags/traps signal dicts. A raised signal carries the list of the trapped conditions,
// as in CPython's C module: InvalidOperation([<class 'decimal.ConversionSyntax'>]).
import {
  defineGetSets,
  defineMethods,
  type Kwargs,
  newBool,
  None,
  NotImplemented,
  objectType,
  PyInstance,
  PyObject,
  PyType,
  type W,
} from "../../objects/model.ts";
import { exceptionType, newError, raiseTypeError, raiseValueError } from "../../vm/errors.ts";
import { asInt } from "../../objects/int.ts";
import { isStr, newStr } from "../../objects/str.ts";
import { newList, PyList } from "../../objects/list.ts";
import { newTuple, PyTuple } from "../../objects/tuple.ts";
import { PyDict } from "../../objects/dict.ts";
import { isTrue, iterateToArray } from "../../objects/operations.ts";
import { nativeException, nativeType } from "../define.ts";
import { defineNativeIterator, PyNativeIterator, STOP_ITEM } from "../../objects/model.ts";
import * as N from "./number.ts";

// ---------------------------------------------------------------- signals

function sig(name: string, bases: PyType[]): PyType {
  return nativeException("decimal", name, bases);
}
const arith = exceptionType("ArithmeticError");
export const DecimalException = sig("DecimalException", [arith]);
export const Clamped = sig("Clamped", [DecimalException]);
export const InvalidOperation = sig("InvalidOperation", [DecimalException]);
export const ConversionSyntax = sig("ConversionSyntax", [InvalidOperation]);
export const DivisionImpossible = sig("DivisionImpossible", [InvalidOperation]);
export const DivisionUndefined = sig("DivisionUndefined", [
  InvalidOperation,
  exceptionType("ZeroDivisionError"),
]);
export const InvalidContext = sig("InvalidContext", [InvalidOperation]);
export const DivisionByZero = sig("DivisionByZero", [DecimalException, exceptionType("ZeroDivisionError")]);
export const Inexact = sig("Inexact", [DecimalException]);
export const Rounded = sig("Rounded", [DecimalException]);
export const Subnormal = sig("Subnormal", [DecimalException]);
export const Overflow = sig("Overflow", [Inexact, Rounded]);
export const Underflow = sig("Underflow", [Inexact, Rounded, Subnormal]);
export const FloatOperation = sig("FloatOperation", [DecimalException, exceptionType("TypeError")]);

/** CPython's signal_map: the signals with their condition masks, in flags-dict order. */
export const SIGNALS: [PyType, number][] = [
  [InvalidOperation, N.S_IEEE_INVALID],
  [FloatOperation, N.S_FLOAT_OPERATION],
  [DivisionByZero, N.S_DIVISION_BY_ZERO],
  [Overflow, N.S_OVERFLOW],
  [Underflow, N.S_UNDERFLOW],
  [Subnormal, N.S_SUBNORMAL],
  [Inexact, N.S_INEXACT],
  [Rounded, N.S_ROUNDED],
  [Clamped, N.S_CLAMPED],
];
const CONDITIONS: [PyType, number][] = [
  [InvalidOperation, N.S_INVALID_OPERATION],
  [ConversionSyntax, N.S_CONVERSION_SYNTAX],
  [DivisionImpossible, N.S_DIVISION_IMPOSSIBLE],
  [DivisionUndefined, N.S_DIVISION_UNDEFINED],
  [InvalidContext, N.S_INVALID_CONTEXT],
];
const SIGNAL_KEYS_MSG =
  "valid values for signals are:\n  [InvalidOperation, FloatOperation, DivisionByZero,\n" +
  "   Overflow, Underflow, Subnormal, Inexact, Rounded,\n   Clamped]";
const ROUNDING_MSG =
  "valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n" +
  "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]";

function signalMask(key: W): number {
  for (const [t, m] of SIGNALS) if (t === key) return m;
  throw newError(exceptionType("KeyError"), [newStr(SIGNAL_KEYS_MSG)]);
}

/** Names of the signals in a status word, in mpdecimal's bit order (InvalidOperation once). */
function signalNames(bits: number): string[] {
  const out: string[] = [];
  let inv = false;
  for (let b = 1; b <= N.S_UNDERFLOW; b <<= 1) {
    if ((bits & b) === 0) continue;
    if (b & N.S_IEEE_INVALID) {
      if (!inv) out.push("InvalidOperation");
      inv = true;
      continue;
    }
    for (const [t, m] of SIGNALS) if (m === b) out.push(t.name);
  }
  return out;
}

// ---------------------------------------------------------------- Context

export class PyDecContext extends PyInstance {
  declare ctx: N.Ctx;
  declare status: number;
  declare traps: number;
  declare flagsDict: PySignalDict | null;
  declare trapsDict: PySignalDict | null;
  constructor(cls: PyType) {
    super(cls);
    this.ctx = { prec: 28, rounding: N.ROUND_HALF_EVEN, emin: -999999, emax: 999999, capitals: 1, clamp: 0 };
    this.status = 0;
    this.traps = N.S_IEEE_INVALID | N.S_DIVISION_BY_ZERO | N.S_OVERFLOW;
    this.flagsDict = null;
    this.trapsDict = null;
  }
}
export const contextType: PyType = nativeType("decimal", "Context", objectType, {
  factory: (cls) => newContext(cls),
});

export class PySignalDict extends PyObject {
  declare owner: PyDecContext;
  declare traps: boolean;
  constructor(owner: PyDecContext, traps: boolean) {
    super();
    this.cls = signalDictType;
    this.owner = owner;
    this.traps = traps;
  }
  get bits(): number {
    return this.traps ? this.owner.traps : this.owner.status;
  }
  set bits(v: number) {
    if (this.traps) this.owner.traps = v;
    else this.owner.status = v;
  }
}
export const signalDictType: PyType = nativeType("decimal", "SignalDict", objectType, { flags: 0 });
signalDictType.module = "abc";

class SignalDictIter extends PyNativeIterator {
  declare i: number;
  constructor() {
    super();
    this.cls = signalDictIterType;
    this.i = 0;
  }
  nextItem(): W {
    if (this.i >= SIGNALS.length) return STOP_ITEM;
    return SIGNALS[this.i++][0];
  }
}
const signalDictIterType = nativeType("decimal", "signal_dict_iterator", objectType, { flags: 0 });
defineNativeIterator(signalDictIterType);

const sd = (w: W) => w as PySignalDict;
defineMethods(signalDictType, [
  { name: "__getitem__", arity: [1, 1], impl: (a) => newBool((sd(a[0]).bits & signalMask(a[1])) !== 0) },
  {
    name: "__setitem__",
    arity: [2, 2],
    impl: (a) => {
      const m = signalMask(a[1]);
      const d = sd(a[0]);
      d.bits = isTrue(a[2]) ? d.bits | m : d.bits & ~m;
      return None;
    },
  },
  { name: "__delitem__", arity: [1, 1], impl: () => raiseValueError("signal keys cannot be deleted") },
  { name: "__len__", arity: [0, 0], impl: () => SIGNALS.length },
  { name: "__iter__", arity: [0, 0], impl: () => new SignalDictIter() },
  {
    name: "__contains__",
    arity: [1, 1],
    impl: (a) => newBool(SIGNALS.some(([t]) => t === a[1])),
  },
  { name: "keys", arity: [0, 0], impl: () => newList(SIGNALS.map(([t]) => t)) },
  {
    name: "values",
    arity: [0, 0],
    impl: (a) => newList(SIGNALS.map(([, m]) => newBool((sd(a[0]).bits & m) !== 0))),
  },
  {
    name: "items",
    arity: [0, 0],
    impl: (a) => newList(SIGNALS.map(([t, m]) => newTuple([t, newBool((sd(a[0]).bits & m) !== 0)]))),
  },
  {
    name: "get",
    arity: [1, 2],
    impl: (a) => {
      for (const [t, m] of SIGNALS) if (t === a[1]) return newBool((sd(a[0]).bits & m) !== 0);
      return a[2] ?? None;
    },
  },
  {
    name: "copy",
    arity: [0, 0],
    impl: (a) => {
      const d = new PyDict();
      for (const [t, m] of SIGNALS) d.setItem(t, newBool((sd(a[0]).bits & m) !== 0));
      return d;
    },
  },
  {
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => {
      const parts = SIGNALS.map(([t, m]) =>
        `<class 'decimal.${t.name}'>:${(sd(a[0]).bits & m) !== 0 ? "True" : "False"}`
      );
      return newStr("{" + parts.join(", ") + "}");
    },
  },
  {
    name: "__eq__",
    arity: [1, 1],
    impl: (a) => {
      const o = a[1];
      if (o instanceof PySignalDict) return newBool(o.bits === sd(a[0]).bits);
      if (o instanceof PyDict) {
        try {
          return newBool(maskFromDict(o) === sd(a[0]).bits);
        } catch {
          return newBool(false);
        }
      }
      return NotImplemented;
    },
  },
]);
signalDictType.dict.set("__hash__", None);

function maskFromDict(d: PyDict): number {
  let bits = 0;
  const keys = iterateToArray(d);
  if (keys.length !== SIGNALS.length) throw new Error("bad");
  for (const k of keys) {
    const m = signalMask(k);
    if (isTrue(d.getItem(k)!)) bits |= m;
  }
  return bits;
}

/** A flags/traps argument: a list of signals or a signal dict / dict. */
function maskFromArg(w: W): number {
  if (w instanceof PySignalDict) return w.bits;
  if (w instanceof PyDict) {
    try {
      return maskFromDict(w);
    } catch (e) {
      if (e instanceof Error) raiseValueError("incomplete flags");
      throw e;
    }
  }
  if (w instanceof PyList || w instanceof PyTuple) {
    let bits = 0;
    for (const k of iterateToArray(w)) bits |= signalMask(k);
    return bits;
  }
  return raiseTypeError("argument must be a signal dict");
}

/** Add conditions to a context: set the flags, raise the first trapped signal with the trapped list. */
export function addStatus(c: PyDecContext, bits: number): void {
  if (bits === 0) return;
  c.status |= bits;
  const trapped = bits & c.traps;
  if (trapped === 0) return;
  let ex: PyType = InvalidOperation;
  for (const [t, m] of SIGNALS) {
    if (m & trapped) {
      ex = t;
      break;
    }
  }
  const list: W[] = [];
  for (const [t, m] of CONDITIONS) if (m & trapped) list.push(t);
  for (const [t, m] of SIGNALS.slice(1)) if (m & trapped) list.push(t);
  throw newError(ex, [newList(list)]);
}

export const MAX_PREC = 999999999999999999;
export const MAX_EMAX = 999999999999999999;
export const MIN_EMIN = -999999999999999999;

function intArg(w: W): number {
  const v = asInt(w);
  if (v === undefined) raiseTypeError("an integer is required");
  return Number(v);
}
export function roundingArg(w: W): number {
  if (isStr(w)) {
    const i = N.ROUNDING_NAMES.indexOf(w.value);
    if (i >= 0) return i;
  }
  return raiseTypeError(ROUNDING_MSG);
}

const ctxOf = (w: W) => w as PyDecContext;
const SETTERS: Record<string, (c: PyDecContext, v: W) => void> = {
  prec: (c, v) => {
    const n = intArg(v);
    if (n < 1 || n > MAX_PREC) raiseValueError("valid range for prec is [1, MAX_PREC]");
    c.ctx.prec = n;
  },
  rounding: (c, v) => {
    c.ctx.rounding = roundingArg(v);
  },
  Emin: (c, v) => {
    const n = intArg(v);
    if (n > 0 || n < MIN_EMIN) raiseValueError("valid range for Emin is [MIN_EMIN, 0]");
    c.ctx.emin = n;
  },
  Emax: (c, v) => {
    const n = intArg(v);
    if (n < 0 || n > MAX_EMAX) raiseValueError("valid range for Emax is [0, MAX_EMAX]");
    c.ctx.emax = n;
  },
  capitals: (c, v) => {
    const n = intArg(v);
    if (n !== 0 && n !== 1) raiseValueError("valid values for capitals are 0 or 1");
    c.ctx.capitals = n;
  },
  clamp: (c, v) => {
    const n = intArg(v);
    if (n !== 0 && n !== 1) raiseValueError("valid values for clamp are 0 or 1");
    c.ctx.clamp = n;
  },
  flags: (c, v) => {
    c.status = maskFromArg(v);
  },
  traps: (c, v) => {
    c.traps = maskFromArg(v);
  },
};
export const CONTEXT_KEYS = ["prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps"];

export function setContextField(c: PyDecContext, name: string, v: W): void {
  SETTERS[name](c, v);
}

defineGetSets(contextType, [
  { name: "prec", get: (s) => ctxOf(s).ctx.prec, set: (s, v) => SETTERS.prec(ctxOf(s), v) },
  {
    name: "rounding",
    get: (s) => newStr(N.ROUNDING_NAMES[ctxOf(s).ctx.rounding]),
    set: (s, v) => SETTERS.rounding(ctxOf(s), v),
  },
  { name: "Emin", get: (s) => ctxOf(s).ctx.emin, set: (s, v) => SETTERS.Emin(ctxOf(s), v) },
  { name: "Emax", get: (s) => ctxOf(s).ctx.emax, set: (s, v) => SETTERS.Emax(ctxOf(s), v) },
  { name: "capitals", get: (s) => ctxOf(s).ctx.capitals, set: (s, v) => SETTERS.capitals(ctxOf(s), v) },
  { name: "clamp", get: (s) => ctxOf(s).ctx.clamp, set: (s, v) => SETTERS.clamp(ctxOf(s), v) },
  {
    name: "flags",
    get: (s) => (ctxOf(s).flagsDict ??= new PySignalDict(ctxOf(s), false)),
    set: (s, v) => SETTERS.flags(ctxOf(s), v),
  },
  {
    name: "traps",
    get: (s) => (ctxOf(s).trapsDict ??= new PySignalDict(ctxOf(s), true)),
    set: (s, v) => SETTERS.traps(ctxOf(s), v),
  },
]);

export function newContext(cls: PyType = contextType): PyDecContext {
  const c = new PyDecContext(cls);
  const t = templates.default;
  if (t !== null) {
    c.ctx = { ...t.ctx };
    c.traps = t.traps;
  }
  return c;
}
export const templates: { default: PyDecContext | null } = { default: null };

export function copyContext(src: PyDecContext): PyDecContext {
  const c = new PyDecContext(contextType);
  c.ctx = { ...src.ctx };
  c.traps = src.traps;
  c.status = src.status;
  return c;
}

export function contextRepr(c: PyDecContext): string {
  const x = c.ctx;
  return `Context(prec=${x.prec}, rounding=${
    N.ROUNDING_NAMES[x.rounding]
  }, Emin=${x.emin}, Emax=${x.emax}, ` +
    `capitals=${x.capitals}, clamp=${x.clamp}, flags=[${signalNames(c.status).join(", ")}], ` +
    `traps=[${signalNames(c.traps).join(", ")}])`;
}

export function contextInit(c: PyDecContext, args: W[], kwargs: Kwargs | null): void {
  const vals: (W | undefined)[] = new Array(8);
  for (let i = 0; i < args.length; i++) {
    if (i >= 8) raiseTypeError(`Context() takes at most 8 arguments (${args.length} given)`);
    vals[i] = args[i];
  }
  if (kwargs !== null) {
    for (let i = 0; i < kwargs.names.length; i++) {
      const k = CONTEXT_KEYS.indexOf(kwargs.names[i]);
      if (k < 0) raiseTypeError(`this function got an unexpected keyword argument '${kwargs.names[i]}'`);
      vals[k] = kwargs.values[i];
    }
  }
  for (let i = 0; i < 8; i++) {
    const v = vals[i];
    if (v !== undefined && v !== None) SETTERS[CONTEXT_KEYS[i]](c, v);
  }
}
