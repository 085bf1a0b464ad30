// dbm: the generic interface to the dbm clones, as CPython's Lib/dbm/__init__.py. pyodide's stdlib archive
// leaves the whole package out, so it is written here, a native package whose submodules are native too:
// dbm.sqlite3 (the default since 3.13), dbm.dumb, and dbm.gnu/dbm.ndbm, which fail to import as on a
// CPython built without _gdbm and _dbm. open() tries the backends in `_names` order and reads `_names`,
// `_defaultmod` and `_modules` from the module's dict, so code (and tests) that set them are obeyed.
import {
  call,
  defineMethods,
  getAttr,
  type InstanceFactory,
  type MethodSpec,
  None,
  PyBuiltinFunction,
  PyType,
  TypeFlags,
  type W,
} from "../../objects/model.ts";
import { exceptionTypes } from "../../objects/exceptions.ts";
import { newStr, PyStr } from "../../objects/str.ts";
import { newTuple } from "../../objects/tuple.ts";
import { newList } from "../../objects/list.ts";
import { newDict, PyDict } from "../../objects/dict.ts";
import { newBytes, PyBytes } from "../../objects/bytes.ts";
import { contains, getItem, isTrue, iterateToArray, repr, setItem } from "../../objects/operations.ts";
import type { PyModule } from "../../objects/module.ts";
import { errorWithMessage, newError, PyError } from "../../vm/errors.ts";
import { importModule } from "../../importing/importer.ts";
import { fsEncode, fspath } from "../posix/args.ts";
import { osErrorFor } from "../posix/oserror.ts";
import { nativeException, type NativeModuleDef } from "../define.ts";

const NAMES = ["dbm.sqlite3", "dbm.gnu", "dbm.ndbm", "dbm.dumb"];
const EISDIR = 21;

/** A function of a module that needs the module itself (its globals), as a C module function's `self`. */
export function moduleFunction(mod: PyModule, spec: MethodSpec): void {
  mod.dict.setStr(spec.name, new PyBuiltinFunction(spec, undefined, spec.name, mod.name));
}

/**
 * A backend's `_Database`: a subclass of collections.abc.MutableMapping (so get, setdefault, pop, update,
 * clear, values… are the ABC's mixins over the methods given), with instances made by `factory`.
 */
export function mappingType(module: string, methods: MethodSpec[], factory: InstanceFactory): PyType {
  const base = getAttr(importModule("collections.abc"), "MutableMapping") as PyType;
  // a heap type, as the class statement makes: attributes settable, instances with a __dict__ and weakrefs
  const flags = TypeFlags.HEAPTYPE | TypeFlags.BASETYPE | TypeFlags.WEAKREFABLE;
  const t = new PyType("_Database", [base], { module, meta: base.cls, factory, instanceDict: true, flags });
  t.dict.set("__module__", newStr(module));
  t.dict.set("__doc__", None);
  defineMethods(t, methods);
  // what ABCMeta.__new__ does for a class statement: the ABC bookkeeping, no abstract methods left
  call(getAttr(importModule("_abc"), "_abc_init"), [t]);
  return t;
}

/** A module that re-exports a C module pypyts does not have (dbm.gnu is `from _gdbm import *`): importing
 * it raises the ModuleNotFoundError naming that module, as on a CPython built without it. */
export function cModuleFacade(name: string, cName: string): NativeModuleDef {
  return {
    name,
    init: (mod) => {
      const c = importModule(cName);
      const all = getAttr(c, "__dict__") as PyDict;
      for (const k of all.keysArray()) {
        if (k instanceof PyStr && !k.value.startsWith("_")) mod.dict.setStr(k.value, getItem(all, k));
      }
    },
  };
}

// ---------------------------------------------------------------- files for whichdb

let posix: W | null = null;
function os(name: string, ...args: W[]): W {
  posix ??= importModule("posix");
  return call(getAttr(posix, name), args);
}

function isOSError(e: unknown): e is PyError {
  return e instanceof PyError && e.matches(exceptionTypes.OSError);
}

function join(base: Uint8Array, suffix: string): PyBytes {
  const out = new Uint8Array(base.length + suffix.length);
  out.set(base);
  for (let i = 0; i < suffix.length; i++) out[base.length + i] = suffix.charCodeAt(i);
  return newBytes(out);
}

/** The first `n` bytes of a file as io.open(path, "rb").read(n) gives them (a directory: IsADirectoryError,
 * raised by the open as io.open does). */
function readHead(p: PyBytes, n: number): Uint8Array {
  posix ??= importModule("posix");
  const fd = os("open", p, (getAttr(posix, "O_RDONLY") as number) | (getAttr(posix, "O_CLOEXEC") as number));
  try {
    const st = os("fstat", fd);
    if (((getAttr(st, "st_mode") as number) & 0o170000) === 0o040000) throw osErrorFor(EISDIR, p);
    if (n === 0) return new Uint8Array();
    const parts: Uint8Array[] = [];
    let got = 0;
    while (got < n) {
      const chunk = (os("read", fd, n - got) as PyBytes).value;
      if (chunk.length === 0) break;
      parts.push(chunk);
      got += chunk.length;
    }
    const out = new Uint8Array(got);
    let at = 0;
    for (const part of parts) out.set(part, at), at += part.length;
    return out;
  } finally {
    os("close", fd);
  }
}

/** whichdb(filename): the backend that wrote the database, "" when unrecognisable, None when unreadable. */
function whichdb(mod: PyModule, filename: W): W {
  const p = fspath(filename);
  const base = p instanceof PyStr ? fsEncode(p.value) : p.value;
  // ndbm: a .pag and a .dir file (or a .db file the ndbm module opens)
  try {
    readHead(join(base, ".pag"), 0);
    readHead(join(base, ".dir"), 0);
    return newStr("dbm.ndbm");
  } catch (e) {
    if (!isOSError(e)) throw e;
    try {
      readHead(join(base, ".db"), 0);
      const ndbm = mod.dict.getStr("ndbm");
      if (ndbm !== undefined && ndbm !== None) {
        call(getAttr(call(getAttr(ndbm, "open"), [newBytes(base)]), "close"), []);
        return newStr("dbm.ndbm");
      }
    } catch (e) {
      if (!isOSError(e)) throw e;
    }
  }
  // dumb: a .dat file and a .dir file that is empty or starts with a quoted key
  try {
    os("stat", join(base, ".dat"));
    const size = getAttr(os("stat", join(base, ".dir")), "st_size");
    if (size === 0) return newStr("dbm.dumb");
    const first = readHead(join(base, ".dir"), 1);
    if (first.length === 1 && (first[0] === 0x27 || first[0] === 0x22)) return newStr("dbm.dumb");
  } catch (e) {
    if (!isOSError(e)) throw e;
  }
  let s16: Uint8Array;
  try {
    s16 = readHead(newBytes(base), 16);
  } catch (e) {
    if (!isOSError(e)) throw e;
    return None;
  }
  if (s16.length < 4) return newStr("");
  if (s16.length === 16 && new TextDecoder("latin1").decode(s16) === "SQLite format 3\0") {
    return newStr("dbm.sqlite3");
  }
  const magic = new DataView(s16.buffer, s16.byteOffset, 4).getInt32(0, true);
  if (magic === 0x13579ace || magic === 0x13579acd || magic === 0x13579acf) return newStr("dbm.gnu");
  return newStr("");
}

// ---------------------------------------------------------------- open

function dbmOpen(mod: PyModule, file: W, flag: W, mode: W): W {
  const d = mod.dict;
  const error = getItem(d.getStr("error") ?? None, 0);
  const modules = d.getStr("_modules") ?? newDict();
  const defaultmod = d.getStr("_defaultmod") ?? None;
  if (defaultmod === None) {
    const names = d.getStr("_names") ?? None;
    for (const name of iterateToArray(names)) {
      let backend: W;
      try {
        backend = importModule(name instanceof PyStr ? name.value : String(name));
      } catch (e) {
        if (e instanceof PyError && e.matches(exceptionTypes.ImportError)) continue;
        throw e;
      }
      if (!isTrue(d.getStr("_defaultmod") ?? None)) d.setStr("_defaultmod", backend);
      setItem(modules, name, backend);
    }
    if (!isTrue(d.getStr("_defaultmod") ?? None)) {
      throw errorWithMessage("ImportError", `no dbm clone found; tried ${repr(names)}`);
    }
  }
  // guess the type of an existing database, unless making a new one
  const result = contains(flag, newStr("n")) ? None : whichdb(mod, file);
  let backend: W;
  if (result === None) {
    if (!contains(flag, newStr("c")) && !contains(flag, newStr("n"))) {
      throw newError(error as PyType, [
        newStr("db file doesn't exist; use 'c' or 'n' flag to create a new db"),
      ]);
    }
    backend = d.getStr("_defaultmod") ?? None;
  } else if ((result as PyStr).value === "") {
    throw newError(error as PyType, [newStr("db type could not be determined")]);
  } else if (!contains(modules, result)) {
    throw newError(error as PyType, [
      newStr(`db type is ${(result as PyStr).value}, but the module is not available`),
    ]);
  } else backend = getItem(modules, result);
  return call(getAttr(backend, "open"), [file, flag, mode]);
}

const errorClass = nativeException("dbm", "error", exceptionTypes.Exception);

export const dbmModule: NativeModuleDef = {
  name: "dbm",
  doc: "Generic interface to all dbm clones.\n\nUse\n\n        import dbm\n        d = dbm.open(file, 'w', " +
    "0o666)\n\nThe returned object is a dbm.sqlite3, dbm.gnu, dbm.ndbm or dbm.dumb database object, " +
    "dependent on the\ntype of database being opened (determined by the whichdb function) in the case\n" +
    "of an existing dbm. If the dbm does not exist and the create or new flag ('c'\nor 'n') was " +
    "specified, the dbm type will be determined by the availability of\nthe modules (tested in the above " +
    "order).\n",
  values: () => ({
    __all__: newList(["open", "whichdb", "error"].map((n) => newStr(n))),
    error: newTuple([errorClass, exceptionTypes.OSError]),
    _names: newList(NAMES.map((n) => newStr(n))),
    _defaultmod: None,
    _modules: newDict(),
    ndbm: None,
  }),
  init: (mod) => {
    moduleFunction(mod, {
      name: "open",
      arity: [1, 3],
      kw: ["file", "flag", "mode"],
      doc: "Open or create database at path given by *file*.",
      textSignature: "($module, /, file, flag='r', mode=438)",
      impl: (a) => dbmOpen(mod, a[0], a[1] ?? newStr("r"), a[2] ?? 0o666),
    });
    moduleFunction(mod, {
      name: "whichdb",
      arity: [1, 1],
      kw: ["filename"],
      doc: "Guess which db package to use to open a db file.",
      textSignature: "($module, /, filename)",
      impl: (a) => whichdb(mod, a[0]),
    });
  },
};
