// sys.meta_path's two default finders and the loader they hand out, so that Python code that drives
// imports itself (importlib.import_module, importlib.util.find_spec, pkgutil, linecache's
// `__loader__.get_source`, runpy) sees the same modules the TS importer loads:
// - BuiltinImporter: modules written in TS (`_frozen_importlib.BuiltinImporter` in CPython);
// - PathFinder: `.py` files and packages on sys.path or a package's `__path__`, in folders or in zip
//   archives (CPython's PathFinder + zipimport);
// - SourceFileLoader: one per found file, with exec_module/get_source/get_code/get_data.
import {
  call,
  defineGetSets,
  defineMethods,
  False,
  getAttr,
  getAttrOrUndefined,
  None,
  objectType,
  PyBuiltinFunction,
  PyObject,
  PyType,
  setAttr,
  True,
  type W,
} from "../objects/model.ts";
import { errorWithMessage, exceptionType, newError, PyError, raiseTypeError } from "../vm/errors.ts";
import { PyDict } from "../objects/dict.ts";
import { newStr, PyStr, strValue } from "../objects/str.ts";
import { newList, PyList } from "../objects/list.ts";
import { newNamespace } from "../objects/namespace.ts";
import { newBytes } from "../objects/bytes.ts";
import { iterateToArray, repr } from "../objects/operations.ts";
import type { PyBaseException } from "../objects/exceptions.ts";
import { nativeType } from "../modules/define.ts";
import { clearListings, isArchived, isDir, isFile, newSearch, readBytes } from "./sources.ts";
import { splitArchivePath } from "./zip_archive.ts";
import { config } from "../config.ts";
import { CACHE_TAG } from "../version.ts";
import { nodeCrypto } from "../node_builtins.ts";
import type { PyModule } from "../objects/module.ts";

export interface FoundSource {
  /** The module's file ("" for a namespace package). */
  file: string;
  isPackage: boolean;
  /** The package folder (for `__path__`), or the folder holding the module. */
  dir: string;
  /** A namespace package's portions: its folder on every path entry that has one (its `__path__`). */
  portions?: string[];
}

/** The file suffixes a module is found by: source, then bytecode without source (importing/importer.ts). */
const SUFFIXES = [".py", ".pyc"];

/**
 * What folder `dir` holds for `tail`: a module or package, a namespace portion (`file` ""), or null. As
 * CPython's FileFinder: a package's `__init__` before a module, source (`.py`) before a sourceless `.pyc`.
 */
function searchEntry(dir: string, tail: string): FoundSource | null {
  if (isArchived(dir)) return searchArchived(dir, tail);
  const pkgDir = `${dir}/${tail}`;
  const pkgIsDir = isDir(pkgDir);
  if (pkgIsDir) {
    for (const suffix of SUFFIXES) {
      const init = `${pkgDir}/__init__${suffix}`;
      if (isFile(init)) return { file: init, isPackage: true, dir: pkgDir };
    }
  }
  for (const suffix of SUFFIXES) {
    const file = `${dir}/${tail}${suffix}`;
    if (isFile(file)) return { file, isPackage: false, dir };
  }
  return pkgIsDir ? { file: "", isPackage: true, dir: pkgDir } : null;
}
/** searchEntry inside a zip archive, in zipimport's order: a package's `__init__` before a module. */
function searchArchived(dir: string, tail: string): FoundSource | null {
  const pkgDir = `${dir}/${tail}`;
  const pkgIsDir = isDir(pkgDir);
  if (pkgIsDir) {
    const init = archivedModule(`${pkgDir}/__init__`);
    if (init !== null) return { file: init, isPackage: true, dir: pkgDir };
  }
  const file = archivedModule(`${dir}/${tail}`);
  if (file !== null) return { file, isPackage: false, dir };
  return pkgIsDir ? { file: "", isPackage: true, dir: pkgDir } : null;
}

/**
 * zipimport's _zip_searchorder for one name: its bytecode unless unusable or outdated, else its source; an
 * unusable `.pyc` alone is still found, and loading it fails (zipimport's "module load failed").
 */
function archivedModule(base: string): string | null {
  if (isFile(`${base}.pyc`) && usableArchivedPyc(base)) return `${base}.pyc`;
  if (isFile(`${base}.py`)) return `${base}.py`;
  return isFile(`${base}.pyc`) ? `${base}.pyc` : null;
}

/**
 * Whether zipimport's _unmarshal_code would take `base.pyc`: a valid header (a bad one is skipped, as the
 * ImportError it raises there is), and, when `base.py` is in the archive too, not outdated by it: a
 * timestamp pyc must record the source's time (within a second) and size; a hash-based pyc flagged
 * check_source the source's hash; an unchecked hash-based pyc is taken as it is.
 */
function usableArchivedPyc(base: string): boolean {
  let data: Uint8Array | null;
  try {
    data = readBytes(`${base}.pyc`);
  } catch {
    return false;
  }
  if (data === null || data.length < 16) return false;
  const v = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const flags = v.getUint32(4, true);
  if (v.getUint32(0, true) !== finderHooks.pycMagic() || (flags & ~0b11) !== 0) return false;
  if ((flags & 0b1) !== 0) {
    if ((flags & 0b10) === 0) return true;
    const source = readBytes(`${base}.py`);
    if (source === null) return true;
    const hash = sourceHash(String(finderHooks.pycMagic()), source);
    return hash.every((b, i) => b === data![8 + i]);
  }
  const split = splitArchivePath(`${base}.py`);
  const source = split === null ? null : split.archive.stampAndSize(split.member);
  if (source === null) return true;
  return Math.abs(v.getUint32(8, true) - (source.mtime >>> 0)) <= 1 && v.getUint32(12, true) === source.size;
}

/**
 * `_imp.source_hash(key, source)`: the 8-byte keyed hash a hash-based `.pyc` records. CPython's is
 * SipHash-1-3; pypyts's pycs hold pypyts's code and are checked only by pypyts, so a truncated SHA-256 of
 * the key and the source stands in for it.
 */
export function sourceHash(key: string, source: Uint8Array): Uint8Array {
  const h = nodeCrypto().createHash("sha256");
  h.update(key);
  h.update(source);
  return new Uint8Array(h.digest()).subarray(0, 8);
}

/** Whether `file` is sourceless bytecode (a `.pyc` found where a module's source would be). */
export function isSourceless(file: string): boolean {
  return file.endsWith(".pyc");
}

function namespacePackage(portions: string[]): FoundSource | null {
  return portions.length === 0 ? null : { file: "", isPackage: true, dir: portions[0], portions };
}

/** Hooks the importer fills in (it owns the module registry and module execution). */
export const finderHooks = {
  isNative: (_name: string): boolean => false,
  /** A native module with native submodules (a name registered as the prefix of dotted others). */
  isNativePackage: (_name: string): boolean => false,
  createNative: (_name: string): PyModule => {
    throw new Error("importer not installed");
  },
  execSource: (_mod: PyModule, _file: string): void => {},
  sysPath: (): W => None,
  sysPathHooks: (): W => None,
  sysPathImporterCache: (): W => None,
  compileFile: (_file: string): W => None,
  importModule: (_name: string): W => None,
  /** importing/bytecode_cache.ts pycMagicToken (set by the importer; finders.ts must not import the cache). */
  pycMagic: (): number => 0,
};

// ---------------------------------------------------------------- specs

/** A package's `__path__`: its folder, or a namespace package's portions. */
export function packagePath(found: FoundSource): string[] {
  return found.portions ?? [found.dir];
}

/**
 * Where CPython would keep a source file's bytecode (importlib.util.cache_from_source, with the
 * interpreter's -O level and sys.pycache_prefix): a spec's `cached` and a module's `__cached__`, also
 * under -B, as in CPython. pypyts's own cache lives elsewhere (importing/bytecode_cache.ts). Files inside
 * an archive get the same path as if the archive were a folder: zipimport's specs come from
 * spec_from_file_location, whose `cached` is computed from the origin alike.
 */
export function cachedPath(file: string): string | null {
  if (isSourceless(file)) return file; // importlib's _get_cached: bytecode is its own cache
  const slash = file.lastIndexOf("/");
  const head = slash < 0 ? "" : file.slice(0, slash);
  const tail = file.slice(slash + 1);
  const dot = tail.lastIndexOf(".");
  const base = dot <= 0 ? tail : tail.slice(0, dot);
  const opt = config.optimize > 0 ? `.opt-${config.optimize}` : "";
  const name = `${base}.${CACHE_TAG}${opt}.pyc`;
  if (config.pycachePrefix !== null) {
    const abs = head.startsWith("/") ? head : `${Deno.cwd()}/${head}`;
    return `${config.pycachePrefix.replace(/\/+$/, "")}/${abs.replace(/^\/+/, "")}/${name}`;
  }
  return head === "" ? `__pycache__/${name}` : `${head}/__pycache__/${name}`;
}

function cachedOrNone(file: string): W {
  const c = cachedPath(file);
  return c === null ? None : newStr(c);
}

/** A ModuleSpec with the attributes importlib's _bootstrap reads. */
/**
 * The spec of a module written in TS (BuiltinImporter's): a package among them (`dbm`, whose submodules
 * `dbm.dumb`… are native too) has an empty submodule_search_locations, as spec_from_loader gives a
 * loader whose is_package() says so.
 */
export function builtinSpec(name: string): W {
  const spec = makeSpec(name, builtinImporterType, "built-in", null);
  if (finderHooks.isNativePackage(name)) {
    setAttr(spec, "submodule_search_locations", newList([]));
    setAttr(spec, "parent", newStr(name));
  }
  return spec;
}

export function makeSpec(name: string, loader: W, origin: string | null, found: FoundSource | null): W {
  const dot = name.lastIndexOf(".");
  const isPackage = found !== null && found.isPackage;
  return newNamespace({
    name: newStr(name),
    loader,
    origin: origin === null ? None : newStr(origin),
    loader_state: None,
    submodule_search_locations: isPackage ? newList(packagePath(found!).map((d) => newStr(d))) : None,
    cached: found !== null && found.file !== "" ? cachedOrNone(found.file) : None,
    parent: newStr(isPackage ? name : dot < 0 ? "" : name.slice(0, dot)),
    has_location: found !== null && found.file !== "" ? True : False,
    _set_fileattr: found !== null && found.file !== "" ? True : False,
    _initializing: False,
    _uninitialized_submodules: newList([]),
  });
}

// ---------------------------------------------------------------- SourceFileLoader

export const sourceLoaderType: PyType = nativeType("_frozen_importlib_external", "SourceFileLoader");
export class PySourceLoader extends PyObject {
  declare name: string;
  declare path: string;
  constructor(name: string, path: string) {
    super();
    this.cls = sourceLoaderType;
    this.name = name;
    this.path = path;
  }
}
/**
 * importlib._bootstrap_external.SourceFileLoader once that module has run (CPython's loader class for
 * source files: `type(module.__loader__) is importlib.machinery.SourceFileLoader`). Until then a native
 * stand-in with the same methods is used, which also stays the loader of stdlib archive members
 * (CPython's would be zipimport's; the Python class cannot read inside the archive).
 */
let pythonSourceLoader: W | null = null;
/** importlib._bootstrap_external.SourcelessFileLoader, for `.pyc` modules, once that module has run. */
let pythonSourcelessLoader: W | null = null;

/** The loader of source (or sourceless bytecode) file `file` for module `name`. */
export function sourceLoaderFor(name: string, file: string): W {
  const cls = isSourceless(file) ? pythonSourcelessLoader : pythonSourceLoader;
  if (cls === null || isArchived(file)) return new PySourceLoader(name, file);
  return call(cls, [newStr(name), newStr(file)]);
}

/**
 * After importlib._bootstrap_external has run: later source modules get its SourceFileLoader, and the
 * modules already imported from files (the main script's, the program's) have their native loaders
 * replaced by instances of it, in `__loader__` and `__spec__.loader`, so every module agrees.
 */
export function adoptPythonSourceLoader(mod: PyModule, sysModules: PyDict): void {
  const cls = mod.dict.getStr("SourceFileLoader");
  if (cls === undefined) return;
  pythonSourceLoader = cls;
  pythonSourcelessLoader = mod.dict.getStr("SourcelessFileLoader") ?? null;
  for (const m of sysModules.valuesArray()) {
    const d = (m as { dict?: unknown }).dict;
    if (!(d instanceof PyDict)) continue;
    const old = d.getStr("__loader__");
    if (!(old instanceof PySourceLoader) || isArchived(old.path)) continue;
    try {
      const loader = sourceLoaderFor(old.name, old.path);
      d.setStr("__loader__", loader);
      const spec = d.getStr("__spec__");
      if (spec !== undefined && spec !== None && getAttrOrUndefined(spec, "loader") === old) {
        setAttr(spec, "loader", loader);
      }
    } catch { /* a module that refuses keeps its loader */ }
  }
}

/**
 * After importlib._bootstrap has run: its BuiltinImporter becomes the native one that sys.meta_path,
 * builtins.__loader__ and the builtin modules' specs name, as in CPython there is one class (so
 * `_frozen_importlib.BuiltinImporter is builtins.__loader__`, which pickle relies on to find it by name, and
 * importlib.machinery.BuiltinImporter is the same). The Python class's deprecated load_module is kept.
 */
export function adoptNativeBuiltinImporter(mod: PyModule): void {
  const python = mod.dict.getStr("BuiltinImporter");
  if (!(python instanceof PyType) || python === builtinImporterType) return;
  const shim = python.dict.get("load_module");
  if (shim !== undefined && !builtinImporterType.dict.has("load_module")) {
    builtinImporterType.dict.set("load_module", shim);
    builtinImporterType.mutated();
  }
  mod.dict.setStr("BuiltinImporter", builtinImporterType);
}

function loaderSelf(w: W): PySourceLoader {
  if (!(w instanceof PySourceLoader)) raiseTypeError("a SourceFileLoader is required");
  return w;
}
function readSource(loader: PySourceLoader): Uint8Array {
  const bytes = readBytes(loader.path);
  if (bytes === null) {
    const err = errorWithMessage("ImportError", `cannot read ${loader.path}`);
    throw err;
  }
  return bytes;
}
defineMethods(sourceLoaderType, [
  {
    name: "__new__",
    arity: [3, 3],
    kind: "static",
    kw: ["fullname", "path"],
    impl: (a) => new PySourceLoader(strValue(a[1], "fullname"), strValue(a[2], "path")),
  },
  { name: "create_module", arity: [1, 1], impl: () => None },
  {
    name: "exec_module",
    arity: [1, 1],
    impl: (a) => {
      finderHooks.execSource(a[1] as PyModule, loaderSelf(a[0]).path);
      return None;
    },
  },
  { name: "get_filename", arity: [0, 1], kw: ["name"], impl: (a) => newStr(loaderSelf(a[0]).path) },
  {
    name: "is_package",
    arity: [1, 1],
    impl: (a) => (/\/__init__\.pyc?$/.test(loaderSelf(a[0]).path) ? True : False),
  },
  {
    name: "get_source",
    arity: [1, 1],
    // bytecode without source has none (SourcelessFileLoader.get_source); in an archive, the source
    // beside the bytecode is read (zipimporter.get_source)
    impl: (a) => {
      const loader = loaderSelf(a[0]);
      if (!isSourceless(loader.path)) return newStr(new TextDecoder().decode(readSource(loader)));
      const source = isArchived(loader.path) ? readBytes(loader.path.slice(0, -1)) : null;
      return source === null ? None : newStr(new TextDecoder().decode(source));
    },
  },
  { name: "get_code", arity: [1, 1], impl: (a) => finderHooks.compileFile(loaderSelf(a[0]).path) },
  {
    name: "get_data",
    arity: [1, 1],
    impl: (a) => {
      const path = strValue(a[1], "path");
      // inside an archive, as zipimporter.get_data: a name without the archive's path is a member name
      const parts = archiveParts(loaderSelf(a[0]).path);
      if (parts !== null && !path.startsWith(parts.archive + "/")) {
        const bytes = readBytes(`${parts.archive}/${path}`);
        if (bytes === null) throw newError(exceptionType("OSError"), [0, newStr(""), newStr(path)]);
        return newBytes(bytes);
      }
      const bytes = readBytes(path);
      if (bytes === null) {
        throw errorWithMessage("FileNotFoundError", `[Errno 2] No such file or directory: '${path}'`);
      }
      return newBytes(bytes);
    },
  },
  {
    name: "get_resource_reader",
    arity: [0, 1],
    // a file on disk: importlib.readers.FileReader over its folder, as CPython's FileLoader gives (what
    // importlib.resources.files needs, e.g. for the tzdata package); a member of a zip archive: the
    // ZipReader zipimport's loader gives (it reads the loader's `archive` and `prefix`)
    impl: (a) => {
      const loader = loaderSelf(a[0]);
      if (archiveParts(loader.path) !== null) {
        return call(getAttr(finderHooks.importModule("importlib.readers"), "ZipReader"), [
          loader,
          newStr(loader.name),
        ]);
      }
      try {
        if (!Deno.statSync(loader.path).isFile) return None;
      } catch {
        return None;
      }
      return call(getAttr(finderHooks.importModule("importlib.readers"), "FileReader"), [loader]);
    },
  },
  {
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => {
      const l = loaderSelf(a[0]);
      return newStr(`<_frozen_importlib_external.SourceFileLoader object for '${l.name}'>`);
    },
  },
]);
/**
 * For a file inside a zip archive: the archive's path and zipimport's `prefix` for the module (the folder
 * of the path entry it was found on, inside the archive, with a trailing slash; "" at the top).
 */
function archiveParts(path: string): { archive: string; prefix: string } | null {
  const split = path.includes(".zip/") ? splitArchivePath(path) : null;
  if (split === null) return null;
  const inner = split.member.replace(/\/__init__\.pyc?$/, "");
  const slash = inner.lastIndexOf("/");
  return { archive: split.archive.path, prefix: slash < 0 ? "" : inner.slice(0, slash + 1) };
}
function archiveAttr(s: W, key: "archive" | "prefix"): W {
  const parts = archiveParts(loaderSelf(s).path);
  if (parts === null) {
    throw errorWithMessage("AttributeError", `'SourceFileLoader' object has no attribute '${key}'`);
  }
  return newStr(parts[key]);
}
defineGetSets(sourceLoaderType, [
  { name: "name", get: (s) => newStr(loaderSelf(s).name) },
  { name: "path", get: (s) => newStr(loaderSelf(s).path) },
  { name: "archive", get: (s) => archiveAttr(s, "archive") },
  { name: "prefix", get: (s) => archiveAttr(s, "prefix") },
]);

// ---------------------------------------------------------------- the two finders

export const builtinImporterType: PyType = nativeType("_frozen_importlib", "BuiltinImporter");
export const pathFinderType: PyType = nativeType("_frozen_importlib_external", "PathFinder");

function nameArg(w: W): string {
  return strValue(w, "name");
}
function importErrorNamed(message: string, name: string): PyError {
  const err = errorWithMessage("ImportError", message);
  (err.value as PyBaseException).setAttr("name", newStr(name));
  return err;
}
/** _requires_builtin: get_code, get_source and is_package refuse a name that is no builtin module. */
function requireBuiltin(w: W): string {
  const name = nameArg(w);
  if (!finderHooks.isNative(name)) {
    throw importErrorNamed(`${repr(newStr(name))} is not a built-in module`, name);
  }
  return name;
}
builtinImporterType.dict.set("_ORIGIN", newStr("built-in"));
builtinImporterType.dict.set(
  "__doc__",
  newStr(
    "Meta path import for built-in modules.\n\n    All methods are either class or static methods to avoid " +
      "the need to\n    instantiate the class.\n\n    ",
  ),
);
defineMethods(builtinImporterType, [
  {
    name: "find_spec",
    arity: [1, 3],
    kind: "class",
    kw: ["fullname", "path", "target"],
    impl: (a) => {
      const name = nameArg(a[1]);
      if (!finderHooks.isNative(name)) return None;
      return builtinSpec(name);
    },
  },
  {
    name: "create_module",
    arity: [1, 1],
    kind: "class",
    impl: (a) => {
      const n = getAttrOrUndefined(a[1], "name");
      const name = n instanceof PyStr ? n.value : "";
      if (!finderHooks.isNative(name)) {
        throw importErrorNamed(`${repr(newStr(name))} is not a built-in module`, name);
      }
      return finderHooks.createNative(name);
    },
  },
  { name: "exec_module", arity: [1, 1], kind: "class", impl: () => None },
  {
    name: "is_package",
    arity: [1, 1],
    kind: "class",
    impl: (a) => (finderHooks.isNativePackage(requireBuiltin(a[1])) ? True : False),
  },
  { name: "get_code", arity: [1, 1], kind: "class", impl: (a) => (requireBuiltin(a[1]), None) },
  { name: "get_source", arity: [1, 1], kind: "class", impl: (a) => (requireBuiltin(a[1]), None) },
  { name: "invalidate_caches", arity: [0, 0], kind: "class", impl: () => None },
]);

function pathList(w: W): string[] {
  const items = w instanceof PyList ? w.items : iterateToArray(w);
  const out: string[] = [];
  for (const it of items) if (it instanceof PyStr) out.push(it.value);
  return out;
}

// ---------------------------------------------------------------- sys.path_hooks

/**
 * Finders the default sys.path_hooks made (importlib's FileFinder, zipimport's zipimporter): the native
 * search finds what they would, faster, so an entry whose finder is one of these is searched natively.
 */
const defaultFinders = new WeakSet<object>();
let fileFinderHook: W | null = null;

function remember(f: W): W {
  if (typeof f === "object") defaultFinders.add(f);
  return f;
}

/**
 * The default sys.path_hooks, as CPython's: zipimport.zipimporter and FileFinder.path_hook(...) for the
 * supported loaders. Both load their Python implementation on first use (pkgutil.get_importer, or a
 * program that changed sys.path_hooks), not at start.
 */
export const defaultPathHooks: W[] = [
  new PyBuiltinFunction(
    {
      name: "zipimporter",
      arity: [1, 1],
      impl: (a) => remember(call(getAttr(finderHooks.importModule("zipimport"), "zipimporter"), [a[0]])),
    },
    undefined,
    "zipimporter",
    "zipimport",
  ),
  new PyBuiltinFunction(
    {
      name: "path_hook_for_FileFinder",
      arity: [1, 1],
      impl: (a) => {
        if (fileFinderHook === null) {
          const ext = finderHooks.importModule("importlib._bootstrap_external");
          const details = iterateToArray(call(getAttr(ext, "_get_supported_file_loaders"), []));
          fileFinderHook = call(getAttr(getAttr(ext, "FileFinder"), "path_hook"), details);
        }
        return remember(call(fileFinderHook, [a[0]]));
      },
    },
    undefined,
    "FileFinder.path_hook.<locals>.path_hook_for_FileFinder",
    "importlib._bootstrap_external",
  ),
];

/** Search this entry natively (no finder, or a default one). */
const NATIVE = Symbol("native");

function usesDefaultHooks(hooks: W): boolean {
  return hooks instanceof PyList && hooks.items.length === defaultPathHooks.length &&
    hooks.items.every((h, i) => h === defaultPathHooks[i]);
}

/**
 * The path entry finder for the entry `key` ("" already made the working folder: PathFinder._path_importer_cache): the cached one, else the first
 * sys.path_hooks hook that accepts it (cached, None when none does); NATIVE while the hooks are the
 * defaults, or for a finder they made; null to skip the entry.
 */
function entryFinder(key: string): W | typeof NATIVE | null {
  const cache = finderHooks.sysPathImporterCache();
  if (cache instanceof PyDict) {
    const f = cache.getStr(key);
    if (f !== undefined) return f === None ? null : defaultFinders.has(f as object) ? NATIVE : f;
  }
  const hooks = finderHooks.sysPathHooks();
  if (usesDefaultHooks(hooks)) return NATIVE;
  let finder: W = None;
  for (const hook of hooks instanceof PyList ? hooks.items.slice() : []) {
    try {
      finder = call(hook, [newStr(key)]);
      break;
    } catch (e) {
      if (!(e instanceof PyError) || !e.value.cls.isSubtypeOf(exceptionType("ImportError"))) throw e;
    }
  }
  if (cache instanceof PyDict) cache.setItem(newStr(key), finder);
  if (finder === None) return null;
  return defaultFinders.has(finder as object) ? NATIVE : finder;
}

/** A spec found natively (`found` set) or by a path entry finder of the program's (`found` null). */
export type PathSpec = { found: FoundSource | null; spec: W };

/**
 * PathFinder.find_spec without the Python-level wrapping: each entry of the path searched natively or by
 * its path entry finder; namespace portions are collected across the whole path, as in CPython.
 */
export function findPathSpec(name: string, path: string[] | null): PathSpec | null {
  const r = searchPath(name, path);
  if (r === null || r.found === null || r.found.file !== "") return r;
  return { found: r.found, spec: namespaceSpec(name, r.found) };
}

/**
 * A namespace package's spec as CPython's PathFinder.find_spec returns it: no loader, and a _NamespacePath
 * (recomputed when the parent's path changes) as submodule_search_locations, which becomes the module's
 * `__path__`; loading gives it a NamespaceLoader (namespaceLoaderFor). importlib._bootstrap_external is
 * imported for it (namespace packages are rare; their path object and loader are Python classes in
 * CPython too).
 */
function namespaceSpec(name: string, found: FoundSource): W {
  const external = finderHooks.importModule("importlib._bootstrap_external");
  const portions = newList(packagePath(found).map((d) => newStr(d)));
  const path = call(getAttr(external, "_NamespacePath"), [
    newStr(name),
    portions,
    getAttr(pathFinderType, "_get_spec"),
  ]);
  const spec = makeSpec(name, None, null, found);
  setAttr(spec, "submodule_search_locations", path);
  return spec;
}

/**
 * importlib._bootstrap._init_module_attrs' "backward compatibility hack" for a namespace package's spec
 * without a loader: an importlib NamespaceLoader over the spec's locations becomes the spec's loader (the
 * module then gets `__file__` None); the spec's loader as it is otherwise.
 */
export function namespaceLoaderFor(spec: W): W {
  const loader = getAttrOrUndefined(spec, "loader") ?? None;
  const locations = getAttrOrUndefined(spec, "submodule_search_locations");
  if (loader !== None || locations === undefined || locations === None) return loader;
  const cls = getAttr(finderHooks.importModule("importlib._bootstrap_external"), "NamespaceLoader");
  const ns = call(getAttr(objectType, "__new__"), [cls]);
  setAttr(ns, "_path", locations);
  setAttr(spec, "loader", ns);
  return ns;
}

/** The working folder, or null when it cannot be had (removed, no permission). */
function workingFolder(): string | null {
  try {
    return Deno.cwd();
  } catch {
    return null;
  }
}

/**
 * PathFinder._get_spec: the spec of what the path holds for `name`; for a namespace package, a spec with
 * no loader whose submodule_search_locations lists the portions (what _NamespacePath recomputes from).
 */
function searchPath(name: string, path: string[] | null): PathSpec | null {
  const tail = name.slice(name.lastIndexOf(".") + 1);
  const entries = path ?? pathList(finderHooks.sysPath());
  newSearch();
  const portions: string[] = [];
  let cwd: string | null | undefined;
  for (const item of entries) {
    // "" is the working folder; one that no longer exists is skipped, as PathFinder does
    if (item === "" && (cwd ??= workingFolder()) === null) continue;
    const key = item !== "" ? item : cwd!;
    const finder = entryFinder(key);
    if (finder === null) continue;
    if (finder === NATIVE) {
      // a relative entry is searched as an absolute folder, so __file__ and __cached__ are absolute (as
      // CPython's FileFinder: "." is the working folder, another relative path is joined to it)
      if (!key.startsWith("/") && (cwd ??= workingFolder()) === null) continue;
      const entry = key.startsWith("/") ? key : key === "." ? cwd! : `${cwd}/${key}`;
      const r = searchEntry(entry, tail);
      if (r === null) continue;
      if (r.file === "") {
        portions.push(r.dir);
        continue;
      }
      return { found: r, spec: makeSpec(name, sourceLoaderFor(name, r.file), r.file, r) };
    }
    const fs = getAttrOrUndefined(finder, "find_spec");
    if (fs === undefined) continue;
    const spec = call(fs, [newStr(name), None]);
    if (spec === None) continue;
    const loader = getAttrOrUndefined(spec, "loader") ?? None;
    if (loader !== None) return { found: null, spec };
    const locations = getAttrOrUndefined(spec, "submodule_search_locations") ?? None;
    if (locations !== None) portions.push(...pathList(locations));
  }
  const ns = namespacePackage(portions);
  return ns === null ? null : { found: ns, spec: makeSpec(name, None, null, ns) };
}

defineMethods(pathFinderType, [
  {
    name: "_get_spec",
    arity: [2, 3],
    kind: "class",
    kw: ["fullname", "path", "target"],
    impl: (a) => {
      const r = searchPath(nameArg(a[1]), a[2] === None ? null : pathList(a[2]));
      return r === null ? None : r.spec;
    },
  },
  {
    name: "find_spec",
    arity: [1, 3],
    kind: "class",
    kw: ["fullname", "path", "target"],
    impl: (a) => {
      const name = nameArg(a[1]);
      const path = a[2] === undefined || a[2] === None ? null : pathList(a[2]);
      const r = findPathSpec(name, path);
      return r === null ? None : r.spec;
    },
  },
  {
    name: "invalidate_caches",
    arity: [0, 0],
    kind: "class",
    impl: () => {
      clearListings();
      // as CPython's PathFinder.invalidate_caches: entries for relative paths (and None) are dropped, the
      // other finders are asked to invalidate theirs, and so is importlib.metadata's finder
      const cache = finderHooks.sysPathImporterCache();
      if (cache instanceof PyDict) {
        for (const [key, finder] of cache.itemsArray()) {
          if (finder === None || !(key instanceof PyStr) || !key.value.startsWith("/")) cache.delItem(key);
          else {
            const inv = getAttrOrUndefined(finder, "invalidate_caches");
            if (inv !== undefined) call(inv, []);
          }
        }
      }
      const metadata = getAttr(finderHooks.importModule("importlib.metadata"), "MetadataPathFinder");
      call(getAttr(metadata, "invalidate_caches"), []);
      return None;
    },
  },
  {
    // importlib.metadata asks every finder on sys.meta_path for distributions (CPython's PathFinder
    // hands that to importlib.metadata.MetadataPathFinder, as here)
    name: "find_distributions",
    arity: [0, -1],
    kind: "static",
    kw: ["**"],
    impl: (a, kw) => {
      const metadata = getAttr(finderHooks.importModule("importlib.metadata"), "MetadataPathFinder");
      return call(getAttr(metadata, "find_distributions"), a, kw);
    },
  },
]);

/** Call a Python-level finder's find_spec (for finders users put on sys.meta_path). */
export function callFindSpec(finder: W, name: string, path: W | null): W {
  const fs = getAttrOrUndefined(finder, "find_spec");
  if (fs === undefined) return None;
  return call(fs, [newStr(name), path ?? None, None]);
}
