// _decimal: CPython's decimal module (General Decimal Arithmetic) written in TS; decimal.py re-exports it.
import { call, getAttr, type Kwargs, newBool, None, type W } from "../../objects/model.ts";
import { newStr } from "../../objects/str.ts";
import { asInt } from "../../objects/int.ts";
import { raiseTypeError, raiseValueError } from "../../vm/errors.ts";
import { importModule } from "../../importing/importer.ts";
import { type NativeModuleDef } from "../define.ts";
import * as N from "./number.ts";
import * as C from "./context.ts";
import {
  basicTemplate,
  decimalTupleRef,
  decimalType,
  extendedTemplate,
  getContext,
  localcontext,
  setContext,
} from "./decimal_type.ts";

const IEEE_MAX_BITS = 512;

const SIGNAL_TYPES = [
  C.DecimalException,
  C.Clamped,
  C.InvalidOperation,
  C.ConversionSyntax,
  C.DivisionImpossible,
  C.DivisionUndefined,
  C.InvalidContext,
  C.DivisionByZero,
  C.Inexact,
  C.Rounded,
  C.Subnormal,
  C.Overflow,
  C.Underflow,
  C.FloatOperation,
];

function makeTemplates(): void {
  if (C.templates.default !== null) return;
  const d = new C.PyDecContext(C.contextType);
  C.templates.default = d;
  const b = new C.PyDecContext(C.contextType);
  b.ctx = { prec: 9, rounding: N.ROUND_HALF_UP, emin: -999999, emax: 999999, capitals: 1, clamp: 0 };
  b.traps = N.S_IEEE_INVALID | N.S_DIVISION_BY_ZERO | N.S_OVERFLOW | N.S_UNDERFLOW | N.S_CLAMPED;
  basicTemplate.c = b;
  const e = new C.PyDecContext(C.contextType);
  e.ctx = { prec: 9, rounding: N.ROUND_HALF_EVEN, emin: -999999, emax: 999999, capitals: 1, clamp: 0 };
  e.traps = 0;
  extendedTemplate.c = e;
}

export const decimalModule: NativeModuleDef = {
  name: "_decimal",
  doc: "C decimal arithmetic module",
  types: [decimalType, C.contextType, ...SIGNAL_TYPES],
  functions: [
    { name: "getcontext", arity: [0, 0], impl: () => getContext() },
    {
      name: "setcontext",
      arity: [1, 1],
      impl: (a) => {
        setContext(a[0]);
        return None;
      },
    },
    {
      name: "IEEEContext",
      arity: [1, 1],
      impl: (a) => {
        const v = asInt(a[0]);
        if (v === undefined) raiseTypeError("an integer is required");
        const bits = Number(v);
        if (bits <= 0 || bits > IEEE_MAX_BITS || bits % 32 !== 0) {
          raiseValueError(`argument must be a multiple of 32, with a maximum of ${IEEE_MAX_BITS}`);
        }
        const c = new C.PyDecContext(C.contextType);
        const emax = 3 * 2 ** (bits / 16 + 3);
        c.ctx = {
          prec: 9 * (bits / 32) - 2,
          rounding: N.ROUND_HALF_EVEN,
          emin: 1 - emax,
          emax,
          capitals: 1,
          clamp: 1,
        };
        c.traps = 0;
        return c;
      },
    },
    {
      name: "localcontext",
      arity: [0, 1],
      kw: ["**"],
      impl: (a: W[], kw: Kwargs | null) => localcontext(a, kw),
    },
  ],
  values: () => {
    makeTemplates();
    const v: Record<string, W> = {
      DefaultContext: C.templates.default!,
      BasicContext: basicTemplate.c!,
      ExtendedContext: extendedTemplate.c!,
      MAX_PREC: 999999999999999999n,
      MAX_EMAX: 999999999999999999n,
      MIN_EMIN: -999999999999999999n,
      MIN_ETINY: -1999999999999999997n,
      IEEE_CONTEXT_MAX_BITS: IEEE_MAX_BITS,
      HAVE_THREADS: newBool(true),
      HAVE_CONTEXTVAR: newBool(true),
      __version__: newStr("1.70"),
      __libmpdec_version__: newStr("2.5.1"),
    };
    for (const name of N.ROUNDING_NAMES) v[name] = newStr(name);
    return v;
  },
  init: (mod) => {
    const nt = getAttr(importModule("collections"), "namedtuple");
    const dt = call(nt, [newStr("DecimalTuple"), newStr("sign digits exponent")], {
      names: ["module"],
      values: [newStr("decimal")],
    });
    decimalTupleRef.t = dt;
    mod.dict.setStr("DecimalTuple", dt);
    try {
      const mm = getAttr(getAttr(importModule("collections.abc"), "MutableMapping"), "register");
      call(mm, [C.signalDictType]);
      const num = getAttr(importModule("numbers"), "Number");
      call(getAttr(num, "register"), [decimalType]);
    } catch {
      // registration is best effort
    }
  },
};
