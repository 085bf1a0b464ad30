// The `_typing` module (CPython's Objects/typevarobject.c): TypeVar, ParamSpec, TypeVarTuple,
// ParamSpecArgs/ParamSpecKwargs, TypeAliasType, Generic, NoDefault, _idfunc; and the PEP 695 intrinsics
// the eval loop calls for `def f[T]()`, `class C[T]` and `type A = ...` (bounds, constraints, defaults
// and alias values are evaluated lazily, on first access). Substitution and Generic[...] are delegated
// to the typing module's helpers (_typevar_subst, _generic_class_getitem, ...), as CPython does.
import type { NativeModuleDef } from "./define.ts";
import { nativeType } from "./define.ts";
import {
  call,
  defineGetSets,
  defineMethods,
  False,
  getAttr,
  getAttrOrUndefined,
  type Kwargs,
  type MethodSpec,
  None,
  NotImplemented,
  objectType,
  PyInstance,
  type PyObject,
  type PyType,
  True,
  TypeFlags,
  typeOf,
  type W,
} from "../objects/model.ts";
import { newStr, PyStr } from "../objects/str.ts";
import { emptyTuple, newTuple, PyTuple } from "../objects/tuple.ts";
import { PyDict } from "../objects/dict.ts";
import { add, eq, isTrue, iter, iterateToArray, repr } from "../objects/operations.ts";
import { PyGenericAlias, unionHooks, unionItem, unionOfItems, unionType } from "../objects/genericalias.ts";
import { newClass } from "../objects/type.ts";
import { indexOf } from "../objects/int.ts";
import { raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { state } from "../vm/state.ts";
import { importModule } from "../importing/importer.ts";

// ---- helpers -------------------------------------------------------------------------------------

/** Call a helper of the typing module (typing._typevar_subst, ...). */
function typingCall(name: string, args: W[], kwargs: Kwargs | null = null): W {
  return call(getAttr(importModule("typing"), name), args, kwargs);
}

/** `__name__` of the calling Python code's module (CPython's caller()). */
function callerModule(): W {
  const f = state.frame;
  if (f === null || !(f.globals instanceof PyDict)) return None;
  return f.globals.getStr("__name__") ?? None;
}

/** The `name` parameter, given by position or keyword (typevar_new's clinic signature). */
function nameArg(a: W[], kw: Map<string, W>, fn: string): W {
  const byName = kw.get("name");
  if (a.length >= 2) {
    if (byName !== undefined) raiseTypeError(`argument for ${fn}() given by name ('name') and position (1)`);
    return a[1];
  }
  if (byName === undefined) raiseTypeError(`${fn}() missing required argument 'name' (pos 1)`);
  return byName;
}

function kwArg(kw: Kwargs | null, allowed: string[], fn: string): Map<string, W> {
  const out = new Map<string, W>();
  if (kw === null) return out;
  for (let i = 0; i < kw.names.length; i++) {
    const k = kw.names[i];
    if (!allowed.includes(k)) raiseTypeError(`${fn}() got an unexpected keyword argument '${k}'`);
    out.set(k, kw.values[i]);
  }
  return out;
}

/** `a | b` for TypeVars and alias types: Union[a, b] (CPython's _Py_union_from_tuple). */
function unionOf(a: W, b: W): W {
  return unionOfItems([unionItem(a), unionItem(b)]);
}

/** Union[X, Y, ...] (3.14: typing.Union is types.UnionType): the union of the arguments. */
defineMethods(unionType, [
  {
    name: "__class_getitem__",
    kind: "class",
    arity: [1, 1],
    impl: (a) => {
      const args = a[1] instanceof PyTuple ? a[1].items : [a[1]];
      if (args.length === 0) raiseTypeError("Cannot take a Union of no types.");
      return unionOfItems(args.map(unionItem));
    },
  },
]);
unionHooks.typeCheck = (w) => typeCheck(w, "Union[arg, ...]: each arg must be a type.");

function typeCheck(arg: W, msg: string): W {
  if (arg === None) return typeOf(None);
  return typingCall("_type_check", [arg, newStr(msg)]);
}

// ---- NoDefault -----------------------------------------------------------------------------------

export const noDefaultType: PyType = nativeType("typing", "NoDefaultType", undefined, { flags: 0 });
export const NoDefault: PyObject = new PyInstance(noDefaultType);
defineMethods(noDefaultType, [
  {
    name: "__new__",
    kind: "static",
    arity: [1, -1],
    kw: ["**"],
    impl: (a, kw) => {
      if (a.length > 1 || (kw !== null && kw.names.length > 0)) {
        raiseTypeError("NoDefaultType takes no arguments");
      }
      return NoDefault;
    },
  },
  { name: "__repr__", arity: [0, 0], impl: () => newStr("typing.NoDefault") },
  { name: "__reduce__", arity: [0, 0], impl: () => newStr("NoDefault") },
]);

// ---- _ConstEvaluator: evaluate_* of values given directly (TypeVar("T", bound=int).evaluate_bound) --

class PyConstEvaluator extends PyInstance {
  constructor(cls: PyType, readonly value: W) {
    super(cls);
  }
}
export const constEvaluatorType: PyType = nativeType("_typing", "_ConstEvaluator", undefined, {
  flags: TypeFlags.IMMUTABLE | TypeFlags.DISALLOW_INSTANTIATION,
});

function constEvaluator(value: W): PyConstEvaluator {
  return new PyConstEvaluator(constEvaluatorType, value);
}

/** CPython's _Py_typing_type_repr: classes as module.qualname (builtins bare), `...`, None, else repr. */
function typeRepr(w: W): string {
  if (w === None) return "None";
  if (w === getAttr(importModule("builtins"), "Ellipsis")) return "...";
  if (getAttrOrUndefined(w, "__origin__") !== undefined && getAttrOrUndefined(w, "__args__") !== undefined) {
    return repr(w);
  }
  const qualname = getAttrOrUndefined(w, "__qualname__");
  const module = getAttrOrUndefined(w, "__module__");
  if (qualname === undefined || module === undefined || module === None) return repr(w);
  const q = qualname instanceof PyStr ? qualname.value : repr(qualname);
  if (module instanceof PyStr && module.value === "builtins") return q;
  return `${module instanceof PyStr ? module.value : repr(module)}.${q}`;
}

function constValue(w: W): W {
  if (!(w instanceof PyConstEvaluator)) {
    raiseTypeError("descriptor requires a '_typing._ConstEvaluator' object");
  }
  return w.value;
}

defineMethods(constEvaluatorType, [
  {
    name: "__call__",
    arity: [1, 1],
    impl: (a) => {
      const value = constValue(a[0]);
      // (format may be an annotationlib.Format member: an int subclass)
      if (indexOf(a[1]) != 4) return value; // 4: Format.STRING
      // Format.STRING
      if (value instanceof PyTuple) return newStr(`(${value.items.map(typeRepr).join(", ")})`);
      return newStr(typeRepr(value));
    },
  },
  { name: "__repr__", arity: [0, 0], impl: (a) => newStr(`<constevaluator ${repr(constValue(a[0]))}>`) },
]);

// ---- TypeVar, ParamSpec, TypeVarTuple ------------------------------------------------------------

type ParamKind = "TypeVar" | "ParamSpec" | "TypeVarTuple";

class PyTypeParam extends PyInstance {
  declare kind: ParamKind;
  declare name: PyStr;
  bound: W | null = null;
  evaluateBound: W | null = null;
  constraints: W | null = null;
  evaluateConstraints: W | null = null;
  defaultValue: W | null = null;
  evaluateDefault: W | null = null;
  covariant = false;
  contravariant = false;
  inferVariance = false;
  constructor(cls: PyType, kind: ParamKind, name: PyStr) {
    super(cls);
    this.kind = kind;
    this.name = name;
  }

  getBound(): W {
    if (this.bound !== null) return this.bound;
    if (this.evaluateBound === null) return None;
    this.bound = call(this.evaluateBound, [1]);
    return this.bound;
  }
  getConstraints(): W {
    if (this.constraints !== null) return this.constraints;
    if (this.evaluateConstraints === null) return emptyTuple;
    this.constraints = call(this.evaluateConstraints, [1]);
    return this.constraints;
  }
  getDefault(): W {
    if (this.defaultValue !== null) return this.defaultValue;
    if (this.evaluateDefault === null) return NoDefault;
    this.defaultValue = call(this.evaluateDefault, [1]);
    return this.defaultValue;
  }
  hasDefault(): boolean {
    return this.evaluateDefault !== null || (this.defaultValue !== null && this.defaultValue !== NoDefault);
  }
}

// weak references work on all of them (CPython's Py_TPFLAGS_MANAGED_WEAKREF)
const notSubclassable = { flags: TypeFlags.WEAKREFABLE };
export const typeVarType: PyType = nativeType("typing", "TypeVar", undefined, notSubclassable);
export const paramSpecType: PyType = nativeType("typing", "ParamSpec", undefined, notSubclassable);
export const typeVarTupleType: PyType = nativeType("typing", "TypeVarTuple", undefined, notSubclassable);
export const paramSpecArgsType: PyType = nativeType("typing", "ParamSpecArgs", undefined, notSubclassable);
export const paramSpecKwargsType: PyType = nativeType(
  "typing",
  "ParamSpecKwargs",
  undefined,
  notSubclassable,
);
export const typeAliasType: PyType = nativeType("typing", "TypeAliasType", undefined, { flags: 0 });
for (const t of [typeVarType, paramSpecType, typeVarTupleType, typeAliasType]) t.hasInstanceDict = true;

function makeParam(kind: ParamKind, name: W, module: W): PyTypeParam {
  if (!(name instanceof PyStr)) {
    raiseTypeError(`${kind.toLowerCase()}() argument 'name' must be str, not ${typeOf(name).name}`);
  }
  const cls = kind === "TypeVar" ? typeVarType : kind === "ParamSpec" ? paramSpecType : typeVarTupleType;
  const p = new PyTypeParam(cls, kind, name);
  p.setAttr("__module__", module);
  return p;
}

function self(w: W): PyTypeParam {
  if (!(w instanceof PyTypeParam)) raiseTypeError("descriptor requires a type parameter");
  return w;
}

function variance(p: PyTypeParam, kw: Map<string, W>): void {
  const co = isTrue(kw.get("covariant") ?? False);
  const contra = isTrue(kw.get("contravariant") ?? False);
  const infer = isTrue(kw.get("infer_variance") ?? False);
  if (co && contra) raiseValueError("Bivariant types are not supported.");
  if (infer && (co || contra)) raiseValueError("Variance cannot be specified with infer_variance.");
  p.covariant = co;
  p.contravariant = contra;
  p.inferVariance = infer;
}

function setDefault(p: PyTypeParam, kw: Map<string, W>): void {
  // a constructed parameter always has a default value, NoDefault when none is given (evaluate_default
  // is then a constevaluator of NoDefault, as in CPython 3.14)
  p.defaultValue = kw.get("default") ?? NoDefault;
}

function paramRepr(p: PyTypeParam): string {
  if (p.kind === "TypeVarTuple" || p.inferVariance) return p.name.value;
  return (p.covariant ? "+" : p.contravariant ? "-" : "~") + p.name.value;
}

const PARAM_COMMON: MethodSpec[] = [
  { name: "__repr__", arity: [0, 0], impl: (a) => newStr(paramRepr(self(a[0]))) },
  { name: "__reduce__", arity: [0, 0], impl: (a) => self(a[0]).name },
  { name: "__or__", arity: [1, 1], impl: (a) => unionOf(a[0], a[1]) },
  { name: "__ror__", arity: [1, 1], impl: (a) => unionOf(a[1], a[0]) },
  { name: "has_default", arity: [0, 0], impl: (a) => (self(a[0]).hasDefault() ? True : False) },
  {
    name: "__mro_entries__",
    arity: [1, 1],
    impl: (a) => raiseTypeError(`Cannot subclass an instance of ${self(a[0]).kind}`),
  },
];

function paramGetSets(t: PyType, extra: { name: string; get: (p: PyTypeParam) => W }[]): void {
  defineGetSets(t, [
    { name: "__name__", get: (w) => self(w).name },
    { name: "__default__", get: (w) => self(w).getDefault() },
    {
      name: "evaluate_default",
      get: (w) => {
        const p = self(w);
        if (p.evaluateDefault !== null) return p.evaluateDefault;
        return p.defaultValue !== null ? constEvaluator(p.defaultValue) : None;
      },
    },
    ...extra.map((e) => ({ name: e.name, get: (w: W) => e.get(self(w)) })),
  ]);
}

const varianceGetSets = [
  { name: "__covariant__", get: (p: PyTypeParam) => (p.covariant ? True : False) },
  { name: "__contravariant__", get: (p: PyTypeParam) => (p.contravariant ? True : False) },
  { name: "__infer_variance__", get: (p: PyTypeParam) => (p.inferVariance ? True : False) },
];

paramGetSets(typeVarType, [
  { name: "__bound__", get: (p) => p.getBound() },
  { name: "__constraints__", get: (p) => p.getConstraints() },
  {
    name: "evaluate_bound",
    get: (p) => p.evaluateBound ?? (p.bound !== null ? constEvaluator(p.bound) : None),
  },
  {
    name: "evaluate_constraints",
    get: (p) => p.evaluateConstraints ?? (p.constraints !== null ? constEvaluator(p.constraints) : None),
  },
  ...varianceGetSets,
]);
paramGetSets(paramSpecType, [
  { name: "__bound__", get: (p) => p.getBound() },
  { name: "args", get: (p) => paramSpecAttr(paramSpecArgsType, p) },
  { name: "kwargs", get: (p) => paramSpecAttr(paramSpecKwargsType, p) },
  ...varianceGetSets,
]);
paramGetSets(typeVarTupleType, []);

defineMethods(typeVarType, [
  ...PARAM_COMMON,
  {
    name: "__new__",
    kind: "static",
    arity: [1, -1],
    kw: ["**"],
    impl: (a, k) => {
      const kw = kwArg(
        k,
        ["name", "bound", "covariant", "contravariant", "infer_variance", "default"],
        "typevar",
      );
      const p = makeParam("TypeVar", nameArg(a, kw, "typevar"), callerModule());
      variance(p, kw);
      const bound = kw.get("bound");
      const constraints = a.slice(2);
      if (bound !== undefined && bound !== None) {
        if (constraints.length > 0) raiseTypeError("Constraints cannot be combined with bound=...");
        p.bound = typeCheck(bound, "Bound must be a type.");
      }
      if (constraints.length === 1) raiseTypeError("A single constraint is not allowed");
      if (constraints.length > 0) {
        p.constraints = newTuple(
          constraints.map((c) => typeCheck(c, "TypeVar(name, constraint, ...): constraints must be types.")),
        );
      }
      setDefault(p, kw);
      return p;
    },
  },
  { name: "__typing_subst__", arity: [1, 1], impl: (a) => typingCall("_typevar_subst", [a[0], a[1]]) },
  {
    name: "__typing_prepare_subst__",
    arity: [2, 2],
    impl: (a) => {
      const p = self(a[0]);
      const params = getAttr(a[1], "__parameters__");
      const items = params instanceof PyTuple ? params.items : [];
      const i = items.findIndex((x) => x === p);
      const args = a[2] instanceof PyTuple ? a[2].items : iterateToArray(a[2]);
      if (i < args.length) return a[2];
      // PySequence_Concat(args, (default,)): a list of args fails as in CPython
      if (i === args.length && p.hasDefault()) return add(a[2], newTuple([p.getDefault()]));
      raiseTypeError(
        `Too few arguments for ${repr(a[1])}; actual ${args.length}, expected at least ${i + 1}`,
      );
    },
  },
]);

defineMethods(paramSpecType, [
  ...PARAM_COMMON,
  {
    name: "__new__",
    kind: "static",
    arity: [1, 2],
    kw: ["**"],
    impl: (a, k) => {
      const kw = kwArg(
        k,
        ["name", "bound", "covariant", "contravariant", "infer_variance", "default"],
        "paramspec",
      );
      const p = makeParam("ParamSpec", nameArg(a, kw, "paramspec"), callerModule());
      variance(p, kw);
      const bound = kw.get("bound");
      if (bound !== undefined && bound !== None) p.bound = typeCheck(bound, "Bound must be a type.");
      setDefault(p, kw);
      return p;
    },
  },
  { name: "__typing_subst__", arity: [1, 1], impl: (a) => typingCall("_paramspec_subst", [a[0], a[1]]) },
  {
    name: "__typing_prepare_subst__",
    arity: [2, 2],
    impl: (a) => typingCall("_paramspec_prepare_subst", [a[0], a[1], a[2]]),
  },
]);

defineMethods(typeVarTupleType, [
  ...PARAM_COMMON,
  {
    name: "__new__",
    kind: "static",
    arity: [1, 2],
    kw: ["**"],
    impl: (a, k) => {
      const kw = kwArg(k, ["name", "default"], "typevartuple");
      const p = makeParam("TypeVarTuple", nameArg(a, kw, "typevartuple"), callerModule());
      setDefault(p, kw);
      return p;
    },
  },
  {
    name: "__iter__",
    arity: [0, 0],
    impl: (a) =>
      iter(newTuple([call(getAttr(getAttr(importModule("typing"), "Unpack"), "__getitem__"), [a[0]])])),
  },
  {
    name: "__typing_subst__",
    arity: [1, 1],
    impl: () => raiseTypeError("Substitution of bare TypeVarTuple is not supported"),
  },
  {
    name: "__typing_prepare_subst__",
    arity: [2, 2],
    impl: (a) => typingCall("_typevartuple_prepare_subst", [a[0], a[1], a[2]]),
  },
]);

// ---- ParamSpecArgs / ParamSpecKwargs -------------------------------------------------------------

class PyParamSpecAttr extends PyInstance {
  constructor(cls: PyType, readonly origin: W) {
    super(cls);
  }
}

function paramSpecAttr(cls: PyType, origin: W): W {
  return new PyParamSpecAttr(cls, origin);
}

for (const [t, suffix] of [[paramSpecArgsType, "args"], [paramSpecKwargsType, "kwargs"]] as const) {
  defineGetSets(t, [{ name: "__origin__", get: (w) => (w as PyParamSpecAttr).origin }]);
  defineMethods(t, [
    {
      name: "__new__",
      kind: "static",
      arity: [2, 2],
      kw: ["origin"],
      impl: (a) => paramSpecAttr(a[0] as PyType, a[1]),
    },
    {
      name: "__repr__",
      arity: [0, 0],
      impl: (a) => {
        const o = (a[0] as PyParamSpecAttr).origin;
        return newStr(`${o instanceof PyTypeParam ? o.name.value : repr(o)}.${suffix}`);
      },
    },
    {
      name: "__eq__",
      arity: [1, 1],
      impl: (a) => {
        if (!(a[1] instanceof PyParamSpecAttr) || typeOf(a[1]) !== t) return NotImplemented;
        return eq((a[0] as PyParamSpecAttr).origin, a[1].origin) ? True : False;
      },
    },
    {
      name: "__mro_entries__",
      arity: [1, 1],
      impl: () => raiseTypeError(`Cannot subclass an instance of ${t.name}`),
    },
  ]);
}

// ---- TypeAliasType -------------------------------------------------------------------------------

class PyTypeAlias extends PyInstance {
  value: W | null = null;
  constructor(
    cls: PyType,
    readonly name: PyStr,
    readonly typeParams: W,
    readonly computeValue: W | null,
  ) {
    super(cls);
  }
  getValue(): W {
    if (this.value === null) this.value = this.computeValue === null ? None : call(this.computeValue, [1]);
    return this.value;
  }
}

function alias(w: W): PyTypeAlias {
  if (!(w instanceof PyTypeAlias)) raiseTypeError("descriptor requires a 'typing.TypeAliasType' object");
  return w;
}

/** __parameters__ of a list of type params: TypeVarTuples as Unpack[Ts] (CPython's unpack_typevartuples). */
function unpackTypeVarTuples(params: W): W {
  if (!(params instanceof PyTuple)) return params;
  if (!params.items.some((p) => p instanceof PyTypeParam && p.kind === "TypeVarTuple")) return params;
  const unpack = getAttr(importModule("typing"), "Unpack");
  return newTuple(
    params.items.map((p) =>
      p instanceof PyTypeParam && p.kind === "TypeVarTuple" ? call(getAttr(unpack, "__getitem__"), [p]) : p
    ),
  );
}

function checkTypeParams(params: W): void {
  if (!(params instanceof PyTuple)) raiseTypeError("type_params must be a tuple");
  let sawDefault = false;
  for (const p of params.items) {
    if (!(p instanceof PyTypeParam)) raiseTypeError(`Expected a type param, got ${repr(p)}`);
    if (p.hasDefault()) sawDefault = true;
    else if (sawDefault) {
      raiseTypeError(`non-default type parameter '${repr(p)}' follows default type parameter`);
    }
  }
}

function newAlias(name: W, typeParams: W, value: W | null, compute: W | null, module: W): PyTypeAlias {
  if (!(name instanceof PyStr)) {
    raiseTypeError(`typealias() argument 'name' must be str, not ${typeOf(name).name}`);
  }
  const a = new PyTypeAlias(typeAliasType, name, typeParams, compute);
  if (value !== null) a.value = value;
  a.setAttr("__module__", module);
  return a;
}

defineGetSets(typeAliasType, [
  { name: "__name__", get: (w) => alias(w).name },
  { name: "__value__", get: (w) => alias(w).getValue() },
  { name: "__type_params__", get: (w) => alias(w).typeParams },
  { name: "__parameters__", get: (w) => unpackTypeVarTuples(alias(w).typeParams) },
  {
    name: "evaluate_value",
    get: (w) => {
      const a = alias(w);
      return a.computeValue ?? (a.value !== null ? constEvaluator(a.value) : None);
    },
  },
]);
defineMethods(typeAliasType, [
  {
    name: "__new__",
    kind: "static",
    arity: [1, -1],
    kw: ["**"],
    impl: (a, k) => {
      if (a.length > 3) {
        raiseTypeError(`typealias() takes exactly 2 positional arguments (${a.length - 1} given)`);
      }
      const kw = kwArg(k, ["name", "value", "type_params"], "typealias");
      const name = a[1] ?? kw.get("name");
      const value = a[2] ?? kw.get("value");
      if (name === undefined) raiseTypeError("typealias() missing required argument 'name' (pos 1)");
      if (value === undefined) raiseTypeError("typealias() missing required argument 'value' (pos 2)");
      const typeParams = a[3] ?? kw.get("type_params") ?? emptyTuple;
      checkTypeParams(typeParams);
      return newAlias(name, typeParams, value, null, callerModule());
    },
  },
  { name: "__repr__", arity: [0, 0], impl: (a) => alias(a[0]).name },
  { name: "__reduce__", arity: [0, 0], impl: (a) => alias(a[0]).name },
  { name: "__or__", arity: [1, 1], impl: (a) => unionOf(a[0], a[1]) },
  { name: "__ror__", arity: [1, 1], impl: (a) => unionOf(a[1], a[0]) },
  {
    name: "__getitem__",
    arity: [1, 1],
    impl: (a) => {
      const t = alias(a[0]);
      if (!(t.typeParams instanceof PyTuple) || t.typeParams.items.length === 0) {
        raiseTypeError("Only generic type aliases are subscriptable");
      }
      return new PyGenericAlias(t, a[1] instanceof PyTuple ? a[1].items : [a[1]]);
    },
  },
]);

// ---- Generic -------------------------------------------------------------------------------------

let genericClass: PyType | null = null;

/** typing.Generic: a base class whose subscription and subclassing are handled by typing.py. */
export function genericType(): PyType {
  if (genericClass === null) {
    const g = newClass(
      "Generic",
      [objectType],
      new Map<string, W>([
        ["__slots__", emptyTuple],
        ["_is_protocol", False],
        ["__module__", newStr("typing")],
        ["__doc__", newStr(GENERIC_DOC)],
      ]),
      "typing",
    );
    defineMethods(g, [
      {
        name: "__class_getitem__",
        kind: "class",
        arity: [0, -1],
        impl: (a) => typingCall("_generic_class_getitem", a),
      },
      {
        name: "__init_subclass__",
        kind: "class",
        arity: [0, -1],
        kw: ["**"],
        impl: (a, kw) => typingCall("_generic_init_subclass", a, kw),
      },
    ]);
    genericClass = g;
  }
  return genericClass;
}

const GENERIC_DOC = "Abstract base class for generic types.\n\n" +
  "On Python 3.12 and newer, generic classes implicitly inherit from\n" +
  "Generic when they declare a parameter list after the class's name::\n\n" +
  "    class Mapping[KT, VT]:\n" +
  "        def __getitem__(self, key: KT) -> VT:\n" +
  "            ...\n" +
  "        # Etc.\n\n" +
  "On older versions of Python, however, generic classes have to\n" +
  "explicitly inherit from Generic.\n\n" +
  "After a class has been declared to be generic, it can then be used as\n" +
  "follows::\n\n" +
  "    def lookup_name[KT, VT](mapping: Mapping[KT, VT], key: KT, default: VT) -> VT:\n" +
  "        try:\n" +
  "            return mapping[key]\n" +
  "        except KeyError:\n" +
  "            return default";

// ---- the PEP 695 intrinsics ----------------------------------------------------------------------

/** vmHooks.typingIntrinsic: CALL_INTRINSIC_1/2 for type parameters and type aliases. */
export function typingIntrinsic(name: string, args: W[]): W {
  // type parameters made by the syntax report __module__ 'typing' (CPython gives them no caller module)
  const module = name === "TypeAliasType" ? callerModule() : newStr("typing");
  switch (name) {
    case "TypeVar":
    case "ParamSpec":
    case "TypeVarTuple": {
      const p = makeParam(name, args[0], module);
      p.inferVariance = name !== "TypeVarTuple";
      return p;
    }
    case "TypeVarWithBound": {
      const p = makeParam("TypeVar", args[0], module);
      p.inferVariance = true;
      p.evaluateBound = args[1];
      return p;
    }
    case "TypeVarWithConstraints": {
      const p = makeParam("TypeVar", args[0], module);
      p.inferVariance = true;
      p.evaluateConstraints = args[1];
      return p;
    }
    case "SetTypeParamDefault": {
      const p = self(args[0]);
      p.evaluateDefault = args[1];
      return p;
    }
    case "Generic":
      return typingCall("_GenericAlias", [genericType(), unpackTypeVarTuples(args[0])]);
    case "TypeAliasType": {
      const [aliasName, typeParams, compute] = (args[0] as PyTuple).items;
      return newAlias(aliasName, typeParams === None ? emptyTuple : typeParams, null, compute, module);
    }
  }
  raiseTypeError(`unknown typing intrinsic ${name}`);
}

export const typingModuleDef: NativeModuleDef = {
  name: "_typing",
  doc: "Primitives and accelerators for the typing module.\n",
  types: [
    typeVarType,
    paramSpecType,
    typeVarTupleType,
    paramSpecArgsType,
    paramSpecKwargsType,
    typeAliasType,
  ],
  functions: [{ name: "_idfunc", arity: [1, 1], impl: (a) => a[0] }],
  values: () => ({
    Generic: genericType(),
    NoDefault,
    Union: unionType,
  }),
};
