// The import system: `import a.b.c`, `from . import x`, `__import__`. Modules come from sys.modules,
// from the registry of modules written in TS, or from `.py` files and packages found on sys.path (a
// package's submodules on its `__path__`). The bytecode cache and the stdlib archive are the standard
// library issue's; this finder reads source files.
import {
  call,
  dictType,
  False,
  getAttr,
  getAttrOrUndefined,
  None,
  setAttr,
  True,
  typeOf,
  type W,
} from "../objects/model.ts";
import { errorWithMessage, newError, PyError, raiseTypeError, raiseValueError } from "../vm/errors.ts";
import { newStr, PyStr } from "../objects/str.ts";
import { PyTuple } from "../objects/tuple.ts";
import { newList, PyList } from "../objects/list.ts";
import { PyDict } from "../objects/dict.ts";
import { exceptionTypes, PyBaseException } from "../objects/exceptions.ts";
import { eq, getItem, isTrue, iterateToArray, repr, str } from "../objects/operations.ts";
import { moduleType, newModule, PyModule } from "../objects/module.ts";
import { runCode } from "../vm/call.ts";
import { coldLoop } from "../vm/cold_loop.ts";
import { compileHooks, compileToCode } from "../modules/compile_builtin.ts";
import { isArchived, readBytes, sourceIdentity } from "./sources.ts";
import { cachedCompileFile, pycMagicToken } from "./bytecode_cache.ts";
import { codeFor, PyCode } from "../objects/codeobject.ts";
import { marshalLoads } from "../modules/marshal.ts";
import { bytesRepr } from "../objects/bytes.ts";
import {
  builtinImporterType,
  builtinSpec,
  callFindSpec,
  finderHooks,
  findPathSpec,
  type FoundSource,
  isSourceless,
  namespaceLoaderFor,
  packagePath,
  pathFinderType,
} from "./finders.ts";
import { decodeSource } from "../parser/source.ts";
import type { Frame } from "../vm/frame.ts";
import { CompileError } from "../parser/errors.ts";
import { syntaxErrorFrom } from "../modules/compile_builtin.ts";

export interface ImportContext {
  sysModules: () => PyDict;
  sysMetaPath: () => W;
  sysPath: () => W;
  sysPathHooks: () => W;
  sysPathImporterCache: () => W;
  builtins: () => PyModule;
  /** Modules implemented in TS, created on first import. */
  nativeModules: Map<string, () => PyModule>;
  /**
   * What runs after a module's Python source has run, by module name: pypyts's additions to stdlib modules
   * (the regex compile cache wraps `re._compiler.compile`). Each checks the module is what it expects.
   */
  afterExec?: Map<string, (mod: PyModule, sysModules: PyDict) => void>;
}

let ctx: ImportContext | null = null;
export function installImporter(c: ImportContext): void {
  ctx = c;
  finderHooks.isNative = (name) => c.nativeModules.has(name);
  // a native package: some registered name continues it with a dot (`dbm` for `dbm.dumb`)
  const packages = new Set<string>();
  for (const name of c.nativeModules.keys()) {
    for (let i = name.indexOf("."); i > 0; i = name.indexOf(".", i + 1)) packages.add(name.slice(0, i));
  }
  finderHooks.isNativePackage = (name) => packages.has(name) && c.nativeModules.has(name);
  finderHooks.createNative = (name) => c.nativeModules.get(name)!();
  finderHooks.execSource = execSourceModule;
  finderHooks.sysPath = c.sysPath;
  finderHooks.sysPathHooks = c.sysPathHooks;
  finderHooks.sysPathImporterCache = c.sysPathImporterCache;
  finderHooks.importModule = importModule;
  finderHooks.compileFile = compileFile;
  finderHooks.pycMagic = pycMagicToken;
}
function context(): ImportContext {
  if (ctx === null) throw new Error("importer not installed");
  return ctx;
}

function moduleNotFound(name: string): PyError {
  const err = errorWithMessage("ModuleNotFoundError", `No module named '${name}'`);
  (err.value as PyBaseException).setAttr("name", newStr(name));
  return err;
}

/** Resolve a relative import against the importing module's __package__/__name__. */
export function resolveName(name: string, globals: W | undefined, level: number): string {
  if (level === 0) return name;
  // the package as import.c's resolve_name finds it: __package__, else __spec__.parent, else __name__
  if (globals === undefined) throw newError(exceptionTypes.KeyError, [newStr("'__name__' not in globals")]);
  if (!(globals instanceof PyDict)) raiseTypeError("globals must be a dict");
  let pkg: string;
  const p = globals.getStr("__package__");
  const spec = globals.getStr("__spec__");
  if (p !== undefined && p !== None) {
    if (!(p instanceof PyStr)) raiseTypeError("package must be a string");
    pkg = p.value;
    if (spec !== undefined && spec !== None && !eq(p, getAttr(spec, "parent"))) {
      importWarning("__package__ != __spec__.parent", exceptionTypes.DeprecationWarning);
    }
  } else if (spec !== undefined && spec !== None) {
    const parent = getAttr(spec, "parent");
    if (!(parent instanceof PyStr)) raiseTypeError("__spec__.parent must be a string");
    pkg = parent.value;
  } else {
    importWarning(
      "can't resolve package from __spec__ or __package__, falling back on __name__ and __path__",
      exceptionTypes.ImportWarning,
    );
    const n = globals.getStr("__name__");
    if (n === undefined) throw newError(exceptionTypes.KeyError, [newStr("'__name__' not in globals")]);
    if (!(n instanceof PyStr)) raiseTypeError("__name__ must be a string");
    pkg = n.value;
    if (globals.getStr("__path__") === undefined) {
      const i = pkg.lastIndexOf(".");
      pkg = i < 0 ? "" : pkg.slice(0, i);
    }
  }
  if (pkg === "") {
    throw errorWithMessage("ImportError", "attempted relative import with no known parent package");
  }
  const parts = pkg.split(".");
  if (level - 1 > parts.length - 1 && level > parts.length) {
    throw errorWithMessage("ImportError", "attempted relative import beyond top-level package");
  }
  const base = parts.slice(0, parts.length - (level - 1)).join(".");
  if (level - 1 >= parts.length) {
    throw errorWithMessage("ImportError", "attempted relative import beyond top-level package");
  }
  return name === "" ? base : `${base}.${name}`;
}

/** warnings.warn(message, category) from the import machinery (stack level 1: the importing code). */
function importWarning(message: string, category: W): void {
  call(getAttr(importModule("warnings"), "warn"), [newStr(message), category]);
}

function pathEntries(w: W): string[] {
  const items = w instanceof PyList ? w.items : iterateToArray(w);
  const out: string[] = [];
  for (const it of items) if (it instanceof PyStr) out.push(it.value);
  return out;
}

compileHooks.importModule = (name) => importModule(name);

/** A module file's code object, through the bytecode cache (a hit does not read an archived source). */
function compileFile(file: string, name?: string): PyCode {
  if (isSourceless(file)) return loadSourceless(file, name ?? moduleNameOf(file));
  const src = sourceIdentity(file);
  if (src === null) throw errorWithMessage("ImportError", `cannot read ${file}`);
  return codeFor(cachedCompileFile(file, src.identity, () => {
    const bytes = src.bytes ?? readBytes(file);
    if (bytes === null) throw errorWithMessage("ImportError", `cannot read ${file}`);
    let source: string;
    try {
      source = decodeSource(bytes, file);
    } catch (e) {
      if (e instanceof CompileError) throw syntaxErrorFrom(e);
      throw e;
    }
    return compileToCode(source, file, "exec").co;
  }));
}

/** The module name a file would be imported as, for messages when none is known: its stem. */
function moduleNameOf(file: string): string {
  const tail = file.slice(file.lastIndexOf("/") + 1);
  return tail.slice(0, tail.indexOf(".") < 0 ? tail.length : tail.indexOf("."));
}

/**
 * A sourceless `.pyc` module's code, read as CPython's SourcelessFileLoader does (_classify_pyc, then
 * _compile_bytecode): the 16-byte header (magic number, flags, then a timestamp or hash nothing checks
 * without a source), then one marshalled code object. The code objects must be pypyts's own (what its
 * marshal, py_compile and compileall write): one CPython wrote fails in marshal with a ValueError.
 */
function loadSourceless(file: string, name: string): PyCode {
  if (!isArchived(file)) return readSourceless(file, name);
  // inside an archive, as zipimport's _get_module_code: the failure becomes a ZipImportError caused by it
  try {
    return readSourceless(file, name);
  } catch (e) {
    if (!(e instanceof PyError) || !e.value.cls.isSubtypeOf(exceptionTypes.ImportError)) throw e;
    const zipError = getAttr(finderHooks.importModule("zipimport"), "ZipImportError");
    const wrapped = new PyError(
      call(zipError, [newStr(`module load failed: ${str(e.value)}`)], {
        names: ["name"],
        values: [newStr(name)],
      }) as PyBaseException,
    );
    setAttr(wrapped.value, "__cause__", e.value);
    throw wrapped;
  }
}

function readSourceless(file: string, name: string): PyCode {
  const data = readBytes(file);
  if (data === null) throw errorWithMessage("ImportError", `cannot read ${file}`);
  const details = (e: PyError): PyError => {
    try {
      setAttr(e.value, "name", newStr(name));
      setAttr(e.value, "path", newStr(file));
    } catch { /* the message says it */ }
    return e;
  };
  const magic = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (data.length < 4 || magic.getUint32(0, true) !== pycMagicToken()) {
    const shown = bytesRepr(data.subarray(0, 4));
    throw details(errorWithMessage("ImportError", `bad magic number in '${name}': ${shown}`));
  }
  if (data.length < 16) {
    throw errorWithMessage("EOFError", `reached EOF while reading pyc header of '${name}'`);
  }
  const flags = magic.getUint32(4, true);
  if ((flags & ~0b11) !== 0) {
    throw details(errorWithMessage("ImportError", `invalid flags ${flags} in '${name}'`));
  }
  const code = marshalLoads(data.subarray(16));
  if (!(code instanceof PyCode)) {
    throw details(errorWithMessage("ImportError", `Non-code object in '${file}'`));
  }
  return code;
}

/** Execute a source file as module `name` (already in sys.modules while it runs). */
export function execSourceModule(mod: PyModule, file: string): void {
  const modName = mod.dict.getStr("__name__");
  const code = compileFile(file, modName instanceof PyStr ? modName.value : undefined);
  const c = context();
  // a module body runs once: in the loop V8 does not optimise (vm/cold_loop.ts)
  coldLoop.depth++;
  try {
    runCode(code, mod.dict, c.builtins().dict, mod.dict);
  } finally {
    coldLoop.depth--;
  }
  if (c.afterExec !== undefined) {
    const name = mod.dict.getStr("__name__");
    const fix = name instanceof PyStr ? c.afterExec.get(name.value) : undefined;
    if (fix !== undefined) fix(mod, c.sysModules());
  }
}

/**
 * Run sys.meta_path's finders in order; our two default finders take the direct route. Other finders get
 * the parent's `__path__` object itself (`parentPathObject`), as _find_spec passes it.
 */
function loadModule(
  fullname: string,
  parentPath: string[] | null,
  parentPathObject: W | null,
): PyModule | null {
  const c = context();
  const metaPath = c.sysMetaPath();
  const finders = metaPath instanceof PyList ? metaPath.items : [builtinImporterType, pathFinderType];
  for (let i = 0; i < finders.length; i++) {
    const finder = finders[i];
    if (finder === builtinImporterType) {
      const native = c.nativeModules.get(fullname);
      if (native === undefined) continue;
      const m = native();
      const spec = builtinSpec(fullname);
      m.dict.setStr("__spec__", spec);
      m.dict.setStr("__loader__", builtinImporterType);
      m.dict.setStr("__package__", getAttr(spec, "parent"));
      // a native package's submodules are found by BuiltinImporter, by their full names
      if (finderHooks.isNativePackage(fullname)) m.dict.setStr("__path__", newList([]));
      c.sysModules().setStr(fullname, m);
      return m;
    }
    if (finder === pathFinderType) {
      const r = findPathSpec(fullname, parentPath);
      if (r !== null) {
        return r.found === null ? loadFromSpec(fullname, r.spec) : loadFound(fullname, r.found, r.spec);
      }
      continue;
    }
    const spec = callFindSpec(finder, fullname, parentPathObject);
    if (spec !== None) return loadFromSpec(fullname, spec);
  }
  return null;
}

function loadFound(fullname: string, found: FoundSource, spec: W): PyModule {
  const c = context();
  const mod = newModule(fullname);
  const d = mod.dict;
  d.setStr("__builtins__", c.builtins().dict); // (a dict in imported modules, as CPython's exec of the body)
  // a namespace package's __file__ is None (as since CPython 3.7)
  d.setStr("__file__", found.file !== "" ? newStr(found.file) : None);
  if (found.isPackage) {
    // a namespace package's __path__ is its spec's _NamespacePath (finders.ts namespaceSpec)
    const locations = found.file === "" ? getAttrOrUndefined(spec, "submodule_search_locations") : undefined;
    d.setStr("__path__", locations ?? newList(packagePath(found).map((p) => newStr(p))));
    d.setStr("__package__", newStr(fullname));
  } else {
    const i = fullname.lastIndexOf(".");
    d.setStr("__package__", newStr(i < 0 ? "" : fullname.slice(0, i)));
  }
  d.setStr("__spec__", spec);
  d.setStr("__loader__", namespaceLoaderFor(spec));
  const cached = getAttrOrUndefined(spec, "cached");
  if (cached !== undefined && cached !== None) d.setStr("__cached__", cached);
  const modules = c.sysModules();
  modules.setStr(fullname, mod);
  if (found.file !== "") {
    // spec._initializing: `from m import x` failing meanwhile names a circular import, as importlib's
    markInitializing(spec, True);
    try {
      execSourceModule(mod, found.file);
    } catch (e) {
      modules.delStr(fullname);
      throw e;
    } finally {
      markInitializing(spec, False);
    }
  }
  return finalModule(fullname, mod);
}

function markInitializing(spec: W, on: W): void {
  try {
    setAttr(spec, "_initializing", on);
  } catch { /* a spec that refuses attributes: no circular-import hint */ }
}

/** The module may have replaced itself in sys.modules while it ran. */
function finalModule(fullname: string, mod: PyModule): PyModule {
  const final = context().sysModules().getStr(fullname);
  return final instanceof PyModule ? final : final !== undefined ? final as unknown as PyModule : mod;
}

/** Load from a spec a Python-level finder returned (importlib._bootstrap's module_from_spec + exec). */
function loadFromSpec(fullname: string, spec: W): PyModule {
  const c = context();
  const locations = getAttrOrUndefined(spec, "submodule_search_locations");
  // a namespace package's spec from a finder without a loader: the module's __file__ is None
  const namespace = getAttrOrUndefined(spec, "loader") === None && locations !== undefined &&
    locations !== None;
  const loader = namespaceLoaderFor(spec);
  let mod: W = None;
  const create = loader === None ? undefined : getAttrOrUndefined(loader, "create_module");
  if (create !== undefined) mod = call(create, [spec]);
  if (mod === None) mod = newModule(fullname);
  const set = (k: string, v: W) => {
    try {
      setAttr(mod, k, v);
    } catch { /* a module object that refuses attributes keeps what it has */ }
  };
  set("__spec__", spec);
  set("__loader__", loader);
  const parent = getAttrOrUndefined(spec, "parent");
  if (parent !== undefined) set("__package__", parent);
  if (locations !== undefined && locations !== None) set("__path__", locations);
  const origin = getAttrOrUndefined(spec, "origin");
  const hasLocation = getAttrOrUndefined(spec, "has_location");
  if (namespace) set("__file__", None);
  else if (origin instanceof PyStr && hasLocation !== undefined && isTrue(hasLocation)) {
    set("__file__", origin);
  }
  const modules = c.sysModules();
  modules.setStr(fullname, mod);
  try {
    const exec = loader === None ? undefined : getAttrOrUndefined(loader, "exec_module");
    if (exec !== undefined) call(exec, [mod]);
    else if (loader !== None) {
      const legacy = getAttrOrUndefined(loader, "load_module");
      if (legacy !== undefined) call(legacy, [newStr(fullname)]);
    }
  } catch (e) {
    modules.delStr(fullname);
    throw e;
  }
  return finalModule(fullname, mod as PyModule);
}

/** `-X importtime`: CPython's report of each module's import time on stderr, nested imports indented. */
export const importTime = {
  enabled: false,
  headerDone: false,
  depth: 0,
  nested: 0,
  verbose: 0,
  cached: false,
};

function importCachedLine(fullname: string): void {
  if (!importTime.headerDone) {
    importTime.headerDone = true;
    importTimeLine("import time: self [us] | cumulative | imported package\n");
  }
  importTimeLine(`import time: cached    | cached     | ${fullname.padStart(importTime.depth * 2)}\n`);
}

/** `-v`: CPython's `import 'name' # loader` line on stderr after a module is loaded. */
function importVerboseLine(fullname: string, mod: W): void {
  let loader = "None";
  try {
    const spec = getAttrOrUndefined(mod, "__spec__");
    const l = spec === undefined || spec === None ? undefined : getAttrOrUndefined(spec, "loader");
    if (l !== undefined) loader = repr(l);
  } catch { /* a module without a usable spec still gets its line */ }
  importTimeLine(`import '${fullname}' # ${loader}\n`);
}

function importTimeLine(text: string): void {
  try {
    Deno.stderr.writeSync(new TextEncoder().encode(text));
  } catch { /* no stderr */ }
}

/**
 * getattr(mod, name) or undefined, without raising and catching an AttributeError for the usual miss on a
 * plain module (`from pkg import sub` asks for `sub` and for `__path__` before importing): its dict
 * answers when its type has no such attribute and it has no PEP 562 `__getattr__`.
 */
function moduleAttr(mod: W, name: string): W | undefined {
  if (mod instanceof PyModule && mod.cls === moduleType && moduleType.lookup(name) === undefined) {
    const v = mod.dict.getStr(name);
    if (v !== undefined || mod.dict.getStr("__getattr__") === undefined) return v;
  }
  return getAttrOrUndefined(mod, name);
}

/** Import `fullname` and its parents; returns the module for `fullname`. */
export function importModule(fullname: string): W {
  const hit = context().sysModules().getStr(fullname);
  if (hit !== undefined) {
    if (hit === None) {
      const err = errorWithMessage(
        "ModuleNotFoundError",
        `import of ${fullname} halted; None in sys.modules`,
      );
      (err.value as PyBaseException).setAttr("name", newStr(fullname));
      throw err;
    }
    // -X importtime=2 also reports modules found in sys.modules (CPython 3.14's import_ensure_initialized)
    if (importTime.cached) importCachedLine(fullname);
    return hit;
  }
  if (!importTime.enabled) {
    if (importTime.verbose === 0) return findAndLoad(fullname);
    const mod = findAndLoad(fullname);
    importVerboseLine(fullname, mod);
    return mod;
  }
  // as CPython's import_find_and_load: the time includes the parents' imports, which nest inside
  if (!importTime.headerDone) {
    importTime.headerDone = true;
    importTimeLine("import time: self [us] | cumulative | imported package\n");
  }
  const depth = importTime.depth++;
  const outerNested = importTime.nested;
  importTime.nested = 0;
  const t0 = performance.now();
  try {
    return findAndLoad(fullname);
  } finally {
    const cumulative = Math.round((performance.now() - t0) * 1000);
    const self = cumulative - importTime.nested;
    importTime.nested = outerNested + cumulative;
    importTime.depth = depth;
    importTimeLine(
      `import time: ${String(self).padStart(9)} | ${String(cumulative).padStart(10)} | ${
        "  ".repeat(depth)
      }${fullname}\n`,
    );
  }
}

/**
 * CPython's frozen import machinery under its import names. pypyts's importer is TS, and importlib runs the
 * stdlib's importlib/_bootstrap*.py instead (its fallback when `import _frozen_importlib` fails); those
 * modules are what `_frozen_importlib`/`_frozen_importlib_external` name in CPython (zipimport imports them).
 */
const FROZEN_ALIASES: Record<string, string> = {
  _frozen_importlib: "importlib._bootstrap",
  _frozen_importlib_external: "importlib._bootstrap_external",
};

function frozenAlias(fullname: string): W | null {
  const target = FROZEN_ALIASES[fullname];
  if (target === undefined) return null;
  const modules = context().sysModules();
  // importlib's own `import _frozen_importlib` comes here while importlib is initializing and the target
  // is not there yet: it fails, and importlib falls back to importlib._bootstrap
  if (modules.getStr("importlib") === undefined) importModule("importlib");
  const m = modules.getStr(target);
  if (m === undefined || m === None) return null;
  modules.setStr(fullname, m);
  return m;
}

function uninitializedList(parent: W): PyList | null {
  const spec = moduleAttr(parent, "__spec__");
  if (spec === undefined || spec === None) return null;
  const list = getAttrOrUndefined(spec, "_uninitialized_submodules");
  return list instanceof PyList ? list : null;
}

function findAndLoad(fullname: string): W {
  const modules = context().sysModules();
  const dot = fullname.lastIndexOf(".");
  let parentPath: string[] | null = null;
  let parentPathObject: W | null = null;
  let parent: W | null = null;
  if (dot >= 0) {
    const parentName = fullname.slice(0, dot);
    parent = importModule(parentName);
    const again = modules.getStr(fullname);
    if (again !== undefined) return again;
    const p = moduleAttr(parent, "__path__");
    if (p === undefined) {
      const err = errorWithMessage(
        "ModuleNotFoundError",
        `No module named '${fullname}'; '${parentName}' is not a package`,
      );
      (err.value as PyBaseException).setAttr("name", newStr(fullname));
      throw err;
    }
    parentPath = pathEntries(p);
    parentPathObject = p;
  }
  // while the submodule loads, its name is in the parent spec's _uninitialized_submodules, so getting it from
  // the parent meanwhile says "cannot access submodule" (importlib._bootstrap._find_and_load_unlocked)
  const pending = parent === null ? null : uninitializedList(parent);
  pending?.items.push(newStr(fullname.slice(dot + 1)));
  let mod: W | null;
  try {
    mod = loadModule(fullname, parentPath, parentPathObject) ?? frozenAlias(fullname);
  } finally {
    pending?.items.pop();
  }
  if (mod === null) throw moduleNotFound(fullname);
  if (parent !== null) {
    // the parent as sys.modules has it now: the submodule may have replaced it there while it ran
    const parentNow = modules.getStr(fullname.slice(0, dot)) ?? parent;
    try {
      setAttr(parentNow, fullname.slice(dot + 1), mod);
    } catch (e) {
      // a parent that refuses the attribute keeps the module only in sys.modules, with _bootstrap's warning
      if (!(e instanceof PyError) || !e.matches(exceptionTypes.AttributeError)) throw e;
      importWarning(
        `Cannot set an attribute on '${fullname.slice(0, dot)}' for child module '${
          fullname.slice(dot + 1)
        }'`,
        exceptionTypes.ImportWarning,
      );
    }
  }
  return mod;
}

/** The core of IMPORT_NAME and builtins.__import__. */
export function importFull(name: string, globals: W | undefined, fromlist: W, level: number): W {
  const abs = resolveName(name, globals, level);
  if (abs === "") raiseValueError("Empty module name");
  const mod = importModule(abs);
  const hasFrom = fromlist !== None && fromlist !== undefined && isTrue(fromlist);
  if (!hasFrom) {
    if (level === 0 || name !== "") {
      const first = name.split(".")[0];
      if (level === 0) return first === abs ? mod : importModule(first);
      // relative with empty fromlist: the top of the relative name, which must be in sys.modules
      const top = abs.slice(0, abs.length - (name.length - first.length));
      const found = context().sysModules().getStr(top);
      if (found === undefined) {
        throw newError(exceptionTypes.KeyError, [newStr(`'${top}' not in sys.modules as expected`)]);
      }
      return found;
    }
    return mod;
  }
  // fromlist: make sure submodules named there are imported
  const path = moduleAttr(mod, "__path__");
  if (path !== undefined) {
    const items = fromlist instanceof PyTuple ? fromlist.items : iterateToArray(fromlist);
    for (const item of items) {
      if (!(item instanceof PyStr)) {
        raiseTypeError(`Item in \`\`from list'' must be str, not ${typeOf(item).name}`);
      }
      const x = item.value;
      if (x === "*") {
        const all = moduleAttr(mod, "__all__");
        if (all !== undefined) {
          for (const n of iterateToArray(all)) {
            if (!(n instanceof PyStr)) {
              raiseTypeError(`Item in ${abs}.__all__ must be str, not ${typeOf(n).name}`);
            }
            if (moduleAttr(mod, n.value) === undefined) tryImportSub(abs, n.value);
          }
        }
        continue;
      }
      if (moduleAttr(mod, x) === undefined) tryImportSub(abs, x);
    }
  }
  return mod;
}

function tryImportSub(pkg: string, x: string): void {
  try {
    importModule(`${pkg}.${x}`);
  } catch (e) {
    // a missing submodule named in the fromlist is no error, unless sys.modules blocks it with None
    if (e instanceof PyError && e.matches(exceptionTypes.ModuleNotFoundError)) {
      const n = (e.value as PyBaseException).getAttr("name");
      const full = `${pkg}.${x}`;
      if (n instanceof PyStr && n.value === full && context().sysModules().getStr(full) !== None) return;
    }
    throw e;
  }
}

/** IMPORT_NAME: honours a replaced builtins.__import__. */
export function importNameOp(frame: Frame, name: string, fromlist: W, level: number): W {
  const b = frame.builtins;
  // the frame's builtins may be any mapping (exec(code, {'__builtins__': mapping})); CPython's import_name
  let imp: W | undefined;
  if (b instanceof PyDict && b.cls === dictType) imp = b.getStr("__import__");
  else {
    try {
      imp = getItem(b, newStr("__import__"));
    } catch (e) {
      if (!(e instanceof PyError) || !e.matches(exceptionTypes.KeyError)) throw e;
    }
  }
  if (imp === undefined) throw errorWithMessage("ImportError", "__import__ not found");
  if (!isDefaultImport(imp)) {
    return call(imp, [newStr(name), frame.globals, frame.locals ?? None, fromlist, level]);
  }
  return importFull(name, frame.globals, fromlist, level);
}
export const defaultImport: { fn: W | null } = { fn: null };
function isDefaultImport(w: W): boolean {
  return w === defaultImport.fn;
}

/** `from mod import *` into the frame's locals. */
export function importStar(frame: Frame, mod: W): void {
  const locals = frame.locals;
  if (locals === null) throw errorWithMessage("SystemError", "no locals found during 'import *'");
  const all = moduleAttr(mod, "__all__");
  // as ceval's import_all_from: __all__'s items, else the __dict__'s keys without leading underscores;
  // a non-str name is a TypeError naming where it came from
  let names: W[];
  const fromDict = all === undefined;
  if (!fromDict) names = iterateToArray(all);
  else {
    const d = getAttrOrUndefined(mod, "__dict__");
    if (!(d instanceof PyDict)) {
      throw errorWithMessage("ImportError", "from-import-* object has no __dict__ and no __all__");
    }
    names = d.keysArray();
  }
  for (const name of names) {
    if (!(name instanceof PyStr)) {
      const modName = getAttr(mod, "__name__");
      if (!(modName instanceof PyStr)) {
        raiseTypeError(`module __name__ must be a string, not ${typeOf(modName).name}`);
      }
      const [what, where] = fromDict ? ["Key", "__dict__"] : ["Item", "__all__"];
      raiseTypeError(`${what} in ${modName.value}.${where} must be str, not ${typeOf(name).name}`);
    }
    const n = name.value;
    if (fromDict && n.startsWith("_")) continue;
    const v = getAttr(mod, n);
    if (locals instanceof PyDict) locals.setStr(n, v);
    else call(getAttrOrUndefined(locals, "__setitem__")!, [newStr(n), v]);
  }
}
