// Building modules written in TS: a module is declared as data (its functions as MethodSpec rows, its
// types, its constants) and created on first import. Every native module file exports one
// `NativeModuleDef`; `registry.ts` lists them by import name.
import {
  builtinType,
  defineMethods,
  type InstanceFactory,
  type MethodSpec,
  PyBuiltinFunction,
  PyType,
  TypeFlags,
  type W,
} from "../objects/model.ts";
import { newModule, type PyModule } from "../objects/module.ts";
import { newStr } from "../objects/str.ts";
import { raiseTypeError } from "../vm/errors.ts";

export interface NativeModuleDef {
  /** The import name, e.g. "_struct" or "os.path"-style dotted names for submodules. */
  name: string;
  doc?: string;
  /** Module-level functions. */
  functions?: MethodSpec[];
  /** Types exported by the module, under their `name` unless given as [exportName, type]. */
  types?: (PyType | [string, PyType])[];
  /** Other attributes (constants, objects); called once when the module is created. */
  values?: () => Record<string, W>;
  /** Last step of creation, for anything the tables cannot say (e.g. attributes that need the module). */
  init?: (mod: PyModule) => void;
}

/** Create the module object for a definition. */
export function createNativeModule(def: NativeModuleDef): PyModule {
  const mod = newModule(def.name, def.doc === undefined ? undefined : newStr(def.doc));
  const d = mod.dict;
  for (const spec of def.functions ?? []) {
    d.setStr(spec.name, new PyBuiltinFunction(spec, undefined, spec.name, def.name));
  }
  for (const t of def.types ?? []) {
    if (Array.isArray(t)) d.setStr(t[0], t[1]);
    else d.setStr(t.name, t);
  }
  if (def.values !== undefined) {
    for (const [k, v] of Object.entries(def.values())) d.setStr(k, v);
  }
  def.init?.(mod);
  return mod;
}

/**
 * A builtin type that belongs to a module (`itertools.chain`, `_io.StringIO`): its `__module__` is the
 * module's name and its repr `<class 'itertools.chain'>`.
 */
export function nativeType(
  module: string,
  name: string,
  base?: PyType,
  opts: { flags?: number; factory?: InstanceFactory } = {},
): PyType {
  const t = builtinType(name, base, opts);
  t.module = module;
  return t;
}

/** An exception class defined by a native module (`_csv.Error`, `binascii.Error`, decimal's signals with
 * several bases): subclassable, with a `__dict__`, like CPython's PyErr_NewException classes. */
export function nativeException(module: string, name: string, base: PyType | PyType[]): PyType {
  const bases = Array.isArray(base) ? base : [base];
  const t = new PyType(name, bases, {
    flags: TypeFlags.BASETYPE,
    factory: bases[0].factory,
    instanceDict: true,
  });
  t.module = module;
  t.dict.set("__module__", newStr(module));
  return t;
}

/** Py_TPFLAGS_DISALLOW_INSTANTIATION: objects of `t` come only from factory functions (hashlib's HASH). */
export function disallowInstantiation(t: PyType): void {
  defineMethods(t, [{
    name: "__new__",
    arity: [0, -1],
    kw: ["**"],
    kind: "static",
    impl: () => raiseTypeError(`cannot create '${t.module}.${t.name}' instances`),
  }]);
}
