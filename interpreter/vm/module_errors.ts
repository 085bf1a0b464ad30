// The messages of a failed `module.attr` and `from module import name`, as CPython 3.14 words them
// (_Py_module_getattro_impl and _PyEval_ImportFrom): a module still running says so ("partially
// initialized ... most likely due to a circular import"), and a module that is the program's own file
// shadowing another ("random.py" beside the script) says "consider renaming", naming the standard library
// module it hides when it has a stdlib name.
import { getAttrOrUndefined, None, type PyObject, type W } from "../objects/model.ts";
import { newStr, PyStr } from "../objects/str.ts";
import { PyList } from "../objects/list.ts";
import { contains, isTrue } from "../objects/operations.ts";
import { PyAnySet } from "../objects/set.ts";
import { config } from "../config.ts";

/** The sys module (runtime.ts sets it). */
export const moduleErrorHooks = { sys: (): PyObject | null => null };

function safeAttr(obj: W, name: string): W | undefined {
  try {
    return getAttrOrUndefined(obj, name);
  } catch {
    return undefined;
  }
}

/** _PyModuleSpec_IsInitializing: spec._initializing is true (errors count as false). */
export function specInitializing(spec: W | undefined): boolean {
  if (spec === undefined || spec === None) return false;
  try {
    const v = getAttrOrUndefined(spec, "_initializing");
    return v !== undefined && isTrue(v);
  } catch {
    return false;
  }
}

/** _PyModuleSpec_GetFileOrigin: spec.origin when spec.has_location is true, else null. */
function fileOrigin(spec: W | undefined): string | null {
  if (spec === undefined || spec === None) return null;
  const has = safeAttr(spec, "has_location");
  if (has === undefined || !isTrue(has)) return null;
  const origin = safeAttr(spec, "origin");
  return origin instanceof PyStr ? origin.value : null;
}

/**
 * _PyModule_IsPossiblyShadowing: the module's file (or package folder) sits in the folder the start put
 * first on sys.path (the script's folder, or the working folder for -c and -m; later changes to sys.path
 * do not count), and not under -P.
 */
function possiblyShadowing(origin: string | null): boolean {
  const first = config.sysPath0;
  if (origin === null || first === null) return false;
  let file = origin;
  if (file.endsWith("/__init__.py")) file = file.slice(0, -"/__init__.py".length);
  const slash = file.lastIndexOf("/");
  const root = slash < 0 ? "" : slash === 0 ? "/" : file.slice(0, slash);
  if (first !== "") return root === first;
  try {
    return root === Deno.cwd();
  } catch {
    return false; // no working folder: no shadowing hint, as CPython when getcwd fails
  }
}

/** `name in sys.stdlib_module_names` (only when that is a set or frozenset, as CPython checks). */
function isStdlibName(name: string): boolean {
  const sys = moduleErrorHooks.sys();
  const names = sys === null ? undefined : safeAttr(sys, "stdlib_module_names");
  if (!(names instanceof PyAnySet)) return false;
  return contains(names, newStr(name));
}

/** The AttributeError message for `modName.name` when the module has no such attribute. */
export function moduleAttributeMessage(modName: string, name: string, spec: W | undefined): string {
  const origin = fileOrigin(spec);
  const shadowing = possiblyShadowing(origin);
  if (shadowing && isStdlibName(modName)) {
    return `module '${modName}' has no attribute '${name}' (consider renaming '${origin}' since it has the ` +
      `same name as the standard library module named '${modName}' and prevents importing that standard ` +
      `library module)`;
  }
  if (specInitializing(spec)) {
    if (shadowing) {
      return `module '${modName}' has no attribute '${name}' (consider renaming '${origin}' if it has the ` +
        `same name as a library you intended to import)`;
    }
    if (origin !== null) {
      return `partially initialized module '${modName}' from '${origin}' has no attribute '${name}' ` +
        `(most likely due to a circular import)`;
    }
    return `partially initialized module '${modName}' has no attribute '${name}' ` +
      `(most likely due to a circular import)`;
  }
  if (uninitializedSubmodule(spec, name)) {
    return `cannot access submodule '${name}' of module '${modName}' (most likely due to a circular import)`;
  }
  return `module '${modName}' has no attribute '${name}'`;
}

/** _PyModuleSpec_IsUninitializedSubmodule: `name` is in spec._uninitialized_submodules. */
function uninitializedSubmodule(spec: W | undefined, name: string): boolean {
  if (spec === undefined || spec === None) return false;
  const subs = safeAttr(spec, "_uninitialized_submodules");
  if (!(subs instanceof PyList)) return false;
  return subs.items.some((s) => s instanceof PyStr && s.value === name);
}

/** The ImportError message of `from modName import name` when the module has no such name. */
export function importFromMessage(modName: string, name: string, spec: W | undefined): string {
  const origin = fileOrigin(spec);
  const shadowing = possiblyShadowing(origin);
  const q = (s: string) => `'${s}'`;
  if (shadowing && isStdlibName(modName)) {
    return `cannot import name ${q(name)} from ${q(modName)} (consider renaming ${q(origin!)} since it has ` +
      `the same name as the standard library module named ${q(modName)} and prevents importing that ` +
      `standard library module)`;
  }
  if (specInitializing(spec)) {
    if (shadowing) {
      return `cannot import name ${q(name)} from ${q(modName)} (consider renaming ${q(origin!)} if it has ` +
        `the same name as a library you intended to import)`;
    }
    if (origin !== null) {
      return `cannot import name ${q(name)} from partially initialized module ${q(modName)} ` +
        `(most likely due to a circular import) (${origin})`;
    }
    return `cannot import name ${q(name)} from partially initialized module ${q(modName)} ` +
      `(most likely due to a circular import)`;
  }
  return origin !== null
    ? `cannot import name ${q(name)} from ${q(modName)} (${origin})`
    : `cannot import name ${q(name)} from ${q(modName)} (unknown location)`;
}
