// PEP 750 template strings: t"..." builds a string.templatelib.Template of its literal strings and its
// Interpolation objects (value, expression text, conversion, format spec), evaluated eagerly like an
// f-string's fields but never formatted. BUILD_INTERPOLATION and BUILD_TEMPLATE create them.
import { classGetItem } from "./genericalias.ts";
import {
  builtinType,
  defineGetSets,
  defineMethods,
  getAttr,
  type Kwargs,
  None,
  NotImplemented,
  PyObject,
  PyType,
  typeOf,
  type W,
} from "./model.ts";
import { errorWithMessage, raiseTypeError } from "../vm/errors.ts";
import { newStr, PyStr } from "./str.ts";
import { newTuple, PyTuple } from "./tuple.ts";
import { iter, repr } from "./operations.ts";
import { importModule } from "../importing/importer.ts";

export const templateType: PyType = builtinType("Template", undefined, { flags: 0 });
templateType.module = "string.templatelib";
export const interpolationType: PyType = builtinType("Interpolation", undefined, { flags: 0 });
interpolationType.module = "string.templatelib";

export class PyInterpolation extends PyObject {
  declare value: W;
  declare expression: string;
  declare conversion: string | null;
  declare formatSpec: string;
  constructor(value: W, expression: string, conversion: string | null, formatSpec: string) {
    super();
    this.cls = interpolationType;
    this.value = value;
    this.expression = expression;
    this.conversion = conversion;
    this.formatSpec = formatSpec;
  }
}

export class PyTemplate extends PyObject {
  /** Always one more string than interpolations (possibly empty strings). */
  declare strings: string[];
  declare interpolations: PyInterpolation[];
  constructor(strings: string[], interpolations: PyInterpolation[]) {
    super();
    this.cls = templateType;
    this.strings = strings;
    this.interpolations = interpolations;
  }
}

const CONVERSIONS = [null, "s", "r", "a"];

/** BUILD_INTERPOLATION: oparg bit 0 = has a format spec, bits 2.. = conversion (1 s, 2 r, 3 a). */
export function buildInterpolation(value: W, expression: W, spec: W | null, oparg: number): W {
  return new PyInterpolation(
    value,
    (expression as PyStr).value,
    CONVERSIONS[oparg >> 2] ?? null,
    spec === null ? "" : (spec as PyStr).value,
  );
}

/** BUILD_TEMPLATE: a tuple of strings and a tuple of interpolations, the strings one longer. */
export function buildTemplate(strings: W, interpolations: W): W {
  return new PyTemplate(
    (strings as PyTuple).items.map((s) => (s as PyStr).value),
    (interpolations as PyTuple).items as PyInterpolation[],
  );
}

/** Template(*args): strings and interpolations in any order, adjacent strings joined. */
function templateFromParts(parts: W[]): PyTemplate {
  const strings: string[] = [];
  const interps: PyInterpolation[] = [];
  let lastWasStr = false;
  for (const p of parts) {
    if (p instanceof PyStr) {
      if (lastWasStr) strings[strings.length - 1] += p.value;
      else strings.push(p.value);
      lastWasStr = true;
    } else if (p instanceof PyInterpolation) {
      if (!lastWasStr) strings.push("");
      interps.push(p);
      lastWasStr = false;
    } else {
      raiseTypeError(
        `Template.__new__ *args need to be of type 'str' or 'Interpolation', got ${typeOf(p).name}`,
      );
    }
  }
  if (!lastWasStr) strings.push("");
  return new PyTemplate(strings, interps);
}

function tpl(w: W): PyTemplate {
  if (!(w instanceof PyTemplate)) {
    raiseTypeError("descriptor requires a 'string.templatelib.Template' object");
  }
  return w;
}
function itp(w: W): PyInterpolation {
  if (!(w instanceof PyInterpolation)) {
    raiseTypeError("descriptor requires a 'string.templatelib.Interpolation' object");
  }
  return w;
}
function interpolationRepr(i: PyInterpolation): string {
  return `Interpolation(${repr(i.value)}, ${repr(newStr(i.expression))}, ${
    i.conversion === null ? "None" : repr(newStr(i.conversion))
  }, ${repr(newStr(i.formatSpec))})`;
}
const stringsTuple = (t: PyTemplate): W => newTuple(t.strings.map((s) => newStr(s)));

defineMethods(templateType, [
  {
    name: "__new__",
    arity: [1, -1],
    kind: "static",
    kw: ["**"],
    impl: (a: W[], kw: Kwargs | null) => {
      if (kw !== null && kw.names.length > 0) raiseTypeError("Template.__new__ only accepts *args arguments");
      return templateFromParts(a.slice(1));
    },
  },
  {
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => {
      const t = tpl(a[0]);
      const interps = t.interpolations.map(interpolationRepr);
      const tuple = interps.length === 1 ? `(${interps[0]},)` : `(${interps.join(", ")})`;
      return newStr(`Template(strings=${repr(stringsTuple(t))}, interpolations=${tuple})`);
    },
  },
  {
    name: "__iter__",
    arity: [0, 0],
    impl: (a) => {
      const t = tpl(a[0]);
      const out: W[] = [];
      t.strings.forEach((s, i) => {
        if (s !== "") out.push(newStr(s));
        if (i < t.interpolations.length) out.push(t.interpolations[i]);
      });
      return iter(newTuple(out));
    },
  },
  {
    name: "__add__",
    arity: [1, 1],
    impl: (a) => {
      const t = tpl(a[0]), o = a[1];
      if (!(o instanceof PyTemplate)) {
        if (o instanceof PyStr) {
          raiseTypeError(
            `can only concatenate string.templatelib.Template (not "str") to string.templatelib.Template`,
          );
        }
        return NotImplemented;
      }
      const strings = t.strings.slice(0, -1);
      strings.push(t.strings[t.strings.length - 1] + o.strings[0], ...o.strings.slice(1));
      return new PyTemplate(strings, [...t.interpolations, ...o.interpolations]);
    },
  },
  {
    name: "__radd__",
    arity: [1, 1],
    impl: (a) => {
      if (a[1] instanceof PyStr) {
        raiseTypeError(`can only concatenate str (not "string.templatelib.Template") to str`);
      }
      return NotImplemented;
    },
  },
  {
    name: "__reduce__",
    arity: [0, 0],
    impl: (a) => {
      const t = tpl(a[0]);
      const unpickle = getAttr(importModule("string.templatelib"), "_template_unpickle");
      return newTuple([unpickle, newTuple([stringsTuple(t), newTuple(t.interpolations)])]);
    },
  },
  { name: "__class_getitem__", arity: [1, 1], kind: "class", impl: (a) => classGetItem(a[0], a[1]) },
]);
defineGetSets(templateType, [
  { name: "strings", get: (t) => stringsTuple(tpl(t)) },
  { name: "interpolations", get: (t) => newTuple(tpl(t).interpolations) },
  { name: "values", get: (t) => newTuple(tpl(t).interpolations.map((i) => i.value)) },
]);

function strArg(w: W, name: string): string {
  if (!(w instanceof PyStr)) {
    raiseTypeError(`Interpolation() argument '${name}' must be str, not ${typeOf(w).name}`);
  }
  return w.value;
}
defineMethods(interpolationType, [
  {
    name: "__new__",
    arity: [2, 5],
    kind: "static",
    kw: ["value", "expression", "conversion", "format_spec"],
    impl: (a) => {
      const expression = a[2] === undefined ? "" : strArg(a[2], "expression");
      let conversion: string | null = null;
      if (a[3] !== undefined && a[3] !== None) {
        const c = a[3] instanceof PyStr ? a[3].value : "";
        if (c !== "s" && c !== "r" && c !== "a") {
          throw errorWithMessage(
            "ValueError",
            "Interpolation() argument 'conversion' must be one of 's', 'a' or 'r'",
          );
        }
        conversion = c;
      }
      const spec = a[4] === undefined ? "" : strArg(a[4], "format_spec");
      return new PyInterpolation(a[1], expression, conversion, spec);
    },
  },
  { name: "__repr__", arity: [0, 0], impl: (a) => newStr(interpolationRepr(itp(a[0]))) },
  {
    name: "__reduce__",
    arity: [0, 0],
    impl: (a) => {
      const i = itp(a[0]);
      return newTuple([
        interpolationType,
        newTuple([
          i.value,
          newStr(i.expression),
          i.conversion === null ? None : newStr(i.conversion),
          newStr(i.formatSpec),
        ]),
      ]);
    },
  },
  { name: "__class_getitem__", arity: [1, 1], kind: "class", impl: (a) => classGetItem(a[0], a[1]) },
]);
const readonly = (): void => {
  throw errorWithMessage("AttributeError", "readonly attribute");
};
defineGetSets(interpolationType, [
  { name: "value", get: (i) => itp(i).value, set: readonly },
  { name: "expression", get: (i) => newStr(itp(i).expression), set: readonly },
  {
    name: "conversion",
    get: (i) => (itp(i).conversion === null ? None : newStr(itp(i).conversion!)),
    set: readonly,
  },
  { name: "format_spec", get: (i) => newStr(itp(i).formatSpec), set: readonly },
]);
interpolationType.dict.set(
  "__match_args__",
  newTuple(["value", "expression", "conversion", "format_spec"].map((s) => newStr(s))),
);
interpolationType.mutated();
