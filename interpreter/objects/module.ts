// module: attributes live in the module's dict (its globals), shared with the code that runs in it —
// the instance's `dictObject` IS the globals dict, so getattr/setattr go straight to it.
import {
  builtinType,
  defineGetSets,
  defineMethods,
  False,
  getAttr,
  getAttrOrUndefined,
  None,
  PyInstance,
  type PyObject,
  type PyType,
  typeOf,
  type W,
  withAttributeInfo,
} from "./model.ts";
import { errorWithMessage, raiseTypeError } from "../vm/errors.ts";
import { moduleAttributeMessage } from "../vm/module_errors.ts";
import { newStr, PyStr } from "./str.ts";
import { newDict, PyDict } from "./dict.ts";
import { newList } from "./list.ts";
import { callHooks } from "./type.ts";
import { objectHooks } from "./object.ts";
import { isTrue, iterateToArray, repr, str } from "./operations.ts";

export const moduleType: PyType = builtinType("module", undefined, {
  factory: (cls) => {
    const m = new PyModule(newDict(), cls);
    return m;
  },
});
moduleType.hasInstanceDict = true;
objectHooks.moduleType = moduleType;

export class PyModule extends PyInstance {
  constructor(dict: PyDict, cls: PyType = moduleType) {
    super(cls);
    this.dictObject = dict;
  }
  get dict(): PyDict {
    return this.dictObject as PyDict;
  }
  get name(): string {
    const n = this.dict.getStr("__name__");
    return n instanceof PyStr ? n.value : "?";
  }
}

/** A fresh module with the standard attributes. */
export function newModule(name: string, doc: W = None): PyModule {
  const d = newDict();
  d.setStr("__name__", newStr(name));
  d.setStr("__doc__", doc);
  d.setStr("__package__", None);
  d.setStr("__loader__", None);
  d.setStr("__spec__", None);
  return new PyModule(d);
}

function mod(w: W): PyModule {
  if (!(w instanceof PyModule)) raiseTypeError("descriptor requires a 'module' object");
  return w;
}

function quoted(w: W): string {
  return repr(w);
}

function isNamespaceLoader(loader: W): boolean {
  if (loader === None) return false;
  for (const t of typeOf(loader).mro) {
    if (t.name !== "NamespaceLoader") continue;
    const m = t.dict.get("__module__");
    if (
      m instanceof PyStr &&
      (m.value === "importlib._bootstrap_external" || m.value === "_frozen_importlib_external")
    ) {
      return true;
    }
  }
  return false;
}

/** _module_repr_from_spec and the catch-all after it (importlib._bootstrap). */
function moduleRepr(m: PyModule): string {
  const spec = m.dict.getStr("__spec__");
  if (spec !== undefined && spec !== None) {
    const nameW = getAttrOrUndefined(spec, "name");
    const name = nameW === undefined || nameW === None ? "'?'" : quoted(nameW);
    const origin = getAttrOrUndefined(spec, "origin") ?? None;
    if (origin === None) {
      const loader = getAttrOrUndefined(spec, "loader") ?? None;
      // a namespace package: importlib's NamespaceLoader, with the current list of its _NamespacePath
      if (isNamespaceLoader(loader)) {
        const path = getAttrOrUndefined(loader, "_path");
        if (path !== undefined) {
          return `<module ${name} (namespace) from ${quoted(newList(iterateToArray(path)))}>`;
        }
      }
      return loader === None ? `<module ${name}>` : `<module ${name} (${quoted(loader)})>`;
    }
    const hasLocation = getAttrOrUndefined(spec, "has_location");
    if (hasLocation !== undefined && hasLocation !== None && hasLocation !== False) {
      return `<module ${name} from ${quoted(origin)}>`;
    }
    return `<module ${name} (${str(origin)})>`;
  }
  const nameW = m.dict.getStr("__name__");
  const name = nameW === undefined ? "'?'" : quoted(nameW);
  const file = m.dict.getStr("__file__");
  if (file !== undefined) return `<module ${name} from ${quoted(file)}>`;
  const loader = m.dict.getStr("__loader__");
  return loader === undefined || loader === None
    ? `<module ${name}>`
    : `<module ${name} (${quoted(loader)})>`;
}

defineMethods(moduleType, [
  {
    name: "__init__",
    arity: [1, 2],
    kw: ["name", "doc"],
    impl: (a) => {
      const m = mod(a[0]);
      if (!(a[1] instanceof PyStr)) raiseTypeError("module.__init__() argument 'name' must be str");
      m.dict.setStr("__name__", a[1]);
      m.dict.setStr("__doc__", a[2] ?? None);
      if (m.dict.getStr("__package__") === undefined) m.dict.setStr("__package__", None);
      if (m.dict.getStr("__loader__") === undefined) m.dict.setStr("__loader__", None);
      if (m.dict.getStr("__spec__") === undefined) m.dict.setStr("__spec__", None);
      return None;
    },
  },
  {
    // importlib._bootstrap._module_repr: from the spec when there is one, else __file__ / __loader__
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => newStr(moduleRepr(mod(a[0]))),
  },
  {
    // PEP 562: a module-level __getattr__ is the fallback.
    name: "__getattr__",
    arity: [1, 1],
    impl: (a) => {
      const m = mod(a[0]);
      const hook = m.dict.getStr("__getattr__");
      if (hook !== undefined) return callHooks.call(hook, [a[1]], null);
      const name = a[1] instanceof PyStr ? a[1].value : "?";
      const modName = m.dict.getStr("__name__");
      const message = modName instanceof PyStr
        ? moduleAttributeMessage(modName.value, name, m.dict.getStr("__spec__"))
        : `module has no attribute '${name}'`;
      throw withAttributeInfo(errorWithMessage("AttributeError", message), m, name);
    },
  },
  {
    name: "__dir__",
    arity: [0, 0],
    impl: (a) => {
      // the instance's __dict__ attribute, which a ModuleType subclass may override (module_dir)
      const m = mod(a[0]);
      const d = m.cls === moduleType ? m.dict : getAttr(m, "__dict__");
      if (!(d instanceof PyDict)) raiseTypeError("<module>.__dict__ is not a dictionary");
      const dirHook = d.getStr("__dir__");
      if (dirHook !== undefined) return callHooks.call(dirHook, [], null);
      return newList(d.keysArray());
    },
  },
]);
/** PEP 649 (module_get_annotations): the dict's __annotations__, else __annotate__(1) or {}, kept in the
 * dict unless the module is still being imported (its spec says _initializing). */
function moduleAnnotations(m: PyModule): W {
  const d = m.dict;
  const own = d.getStr("__annotations__");
  if (own !== undefined) return own;
  const annotate = d.getStr("__annotate__");
  let annotations: W;
  if (annotate !== undefined && typeOf(annotate).lookup("__call__") !== undefined) {
    annotations = callHooks.call(annotate, [1], null);
    if (!(annotations instanceof PyDict)) {
      raiseTypeError(`__annotate__ returned non-dict of type '${typeOf(annotations).name}'`);
    }
  } else annotations = newDict();
  const spec = d.getStr("__spec__");
  const initializing = spec === undefined || spec === None
    ? undefined
    : getAttrOrUndefined(spec, "_initializing");
  if (initializing === undefined || !isTrue(initializing)) d.setStr("__annotations__", annotations);
  return annotations;
}

defineGetSets(moduleType, [
  { name: "__dict__", get: (m) => mod(m).dict as PyObject },
  {
    name: "__annotations__",
    get: (m) => moduleAnnotations(mod(m)),
    set: (m, v) => mod(m).dict.setStr("__annotations__", v),
    delete: (m) => {
      const d = mod(m).dict;
      if (d.getStr("__annotations__") === undefined) {
        throw errorWithMessage("AttributeError", "__annotations__");
      }
      d.delStr("__annotations__");
    },
  },
  {
    name: "__annotate__",
    get: (m) => {
      const d = mod(m).dict;
      const annotate = d.getStr("__annotate__");
      if (annotate !== undefined) return annotate;
      d.setStr("__annotate__", None);
      return None;
    },
    set: (m, v) => {
      if (v !== None && typeOf(v).lookup("__call__") === undefined) {
        raiseTypeError("__annotate__ must be callable or None");
      }
      const d = mod(m).dict;
      d.setStr("__annotate__", v);
      if (v !== None && d.getStr("__annotations__") !== undefined) d.delStr("__annotations__");
    },
    delete: () => raiseTypeError("cannot delete __annotate__ attribute"),
  },
]);
