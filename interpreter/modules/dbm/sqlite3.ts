// dbm.sqlite3: the dbm backend over SQLite (CPython 3.13+'s default), as Lib/dbm/sqlite3.py, on the
// SQLite that Deno ships (node:sqlite). One table, `Dict(key BLOB UNIQUE NOT NULL, value BLOB NOT NULL)`,
// keys and values stored CAST AS BLOB (so "10", b"10" and 10 are one key, and a str comes back as its
// UTF-8 bytes); the file opened as a URI with mode=ro/rw/rwc for the flags r/w/c/n, in autocommit mode
// and WAL journal when it can. Every SQLite failure becomes dbm.sqlite3.error (an OSError) with SQLite's
// message, as the Python module wraps sqlite3.Error.
import type { DatabaseSync, StatementSync } from "node:sqlite";
import { nodeSqlite } from "../../node_builtins.ts";
import {
  call,
  defineMethods,
  getAttr,
  type MethodSpec,
  None,
  PyBool,
  PyInstance,
  PyObject,
  type PyType,
  TypeFlags,
  typeOf,
  type W,
} from "../../objects/model.ts";
import { exceptionTypes } from "../../objects/exceptions.ts";
import { bytesLike, newBytes } from "../../objects/bytes.ts";
import { newStr, PyStr } from "../../objects/str.ts";
import { newList } from "../../objects/list.ts";
import { newFloat, PyFloat } from "../../objects/float.ts";
import { normBig } from "../../objects/int.ts";
import { repr } from "../../objects/operations.ts";
import { newError, PyError, raiseTypeError, raiseValueError } from "../../vm/errors.ts";
import { importModule } from "../../importing/importer.ts";
import { utf8Encode } from "../codecs_impl.ts";
import { fsDecode, fspath } from "../posix/args.ts";
import { nativeException, type NativeModuleDef, nativeType } from "../define.ts";
import { parseArgs } from "../native_args.ts";
import { mappingType, moduleFunction } from "./mod.ts";

const MODULE = "dbm.sqlite3";
const BUILD_TABLE = "\n  CREATE TABLE IF NOT EXISTS Dict (\n    key BLOB UNIQUE NOT NULL,\n" +
  "    value BLOB NOT NULL\n  )\n";
const GET_SIZE = "SELECT COUNT (key) FROM Dict";
const LOOKUP_KEY = "SELECT value FROM Dict WHERE key = CAST(? AS BLOB)";
const STORE_KV = "REPLACE INTO Dict (key, value) VALUES (CAST(? AS BLOB), CAST(? AS BLOB))";
const DELETE_KEY = "DELETE FROM Dict WHERE key = CAST(? AS BLOB)";
const ITER_KEYS = "SELECT key FROM Dict";
const ERR_CLOSED = "DBM object has already been closed";
const ERR_REINIT = "DBM object does not support reinitialization";

const errorType = nativeException(MODULE, "error", exceptionTypes.OSError);

function dbmError(message: string): PyError {
  return newError(errorType, [newStr(message)]);
}

class PySqliteDatabase extends PyInstance {
  /** null before __init__ and after close() */
  declare cx: DatabaseSync | null;
  declare initialized: boolean;
  /** the connection's prepared statements, by SQL (sqlite3's statement cache) */
  declare statements: Map<string, StatementSync>;
}

// ---------------------------------------------------------------- paths

let posix: W | null = null;
function os(name: string, ...args: W[]): W {
  posix ??= importModule("posix");
  return call(getAttr(posix, name), args);
}
function osFlag(name: string): number {
  posix ??= importModule("posix");
  return getAttr(posix, name) as number;
}

/** os.fsdecode(path) */
function fsDecodePath(w: W): string {
  const p = fspath(w);
  return p instanceof PyStr ? p.value : fsDecode(p.value);
}

/** pathlib's parsing of a path string: "." for "", repeated and trailing slashes and "." parts dropped
 * (a leading "//" stays, as POSIX allows). */
function purePath(path: string): string {
  const root = path.startsWith("//") && !path.startsWith("///") ? "//" : path.startsWith("/") ? "/" : "";
  const parts = path.split("/").filter((part) => part !== "" && part !== ".");
  const joined = root + parts.join("/");
  return joined === "" ? "." : joined;
}

/** _normalize_uri: Path(path).absolute().as_uri() with every "//" collapsed ("file:/abs/path"). */
function normalizeUri(path: string): string {
  let p = purePath(path);
  if (!p.startsWith("/")) {
    const cwd = (os("getcwd") as PyStr).value;
    p = p === "." ? cwd : cwd === "/" ? "/" + p : `${cwd}/${p}`;
  }
  // urllib.parse.quote_from_bytes(os.fsencode(path)): all but letters, digits, "_.-~" and "/" escaped
  let quoted = "";
  for (const byte of utf8Encode(p, "surrogateescape")) {
    const c = String.fromCharCode(byte);
    quoted += /[A-Za-z0-9_.\-~/]/.test(c) ? c : "%" + byte.toString(16).toUpperCase().padStart(2, "0");
  }
  let uri = "file://" + quoted;
  while (uri.includes("//")) uri = uri.replaceAll("//", "/");
  return uri;
}

/** Path(path).touch(mode=mode, exist_ok=True): the times of an existing file updated, else it is made. */
function touch(path: string, mode: W): void {
  const p = newStr(purePath(path));
  try {
    os("utime", p, None);
    return;
  } catch (e) {
    if (!(e instanceof PyError) || !e.matches(exceptionTypes.OSError)) throw e;
  }
  os("close", os("open", p, osFlag("O_CREAT") | osFlag("O_WRONLY"), mode));
}

// ---------------------------------------------------------------- SQL

type SqlValue = null | bigint | number | Uint8Array;

/** A key or value as sqlite3 binds parameter `index`; the SQL then casts it to a BLOB. */
function toSql(w: W, index: number): SqlValue {
  if (w === None) return null;
  if (w instanceof PyBool) return w.value ? 1n : 0n;
  if (typeof w === "number") return BigInt(w);
  if (typeof w === "bigint") {
    if (w > 0x7fffffffffffffffn || w < -0x8000000000000000n) {
      throw newError(exceptionTypes.OverflowError, [
        newStr("Python int too large to convert to SQLite INTEGER"),
      ]);
    }
    return w;
  }
  if (w instanceof PyFloat) return w.value;
  // a str binds as TEXT, whose BLOB cast is its UTF-8: bound as those bytes, NULs survive node:sqlite
  if (w instanceof PyStr) return utf8Encode(w.value, "strict");
  const b = bytesLike(w);
  if (b !== undefined) return b.slice();
  throw dbmError(`Error binding parameter ${index}: type '${typeOf(w).name}' is not supported`);
}

function fromSql(v: unknown): W {
  if (v === null || v === undefined) return None;
  if (typeof v === "bigint") return normBig(v);
  if (typeof v === "number") return newFloat(v);
  if (typeof v === "string") return newStr(v);
  return newBytes(new Uint8Array(v as Uint8Array));
}

/** SQLite's message as sqlite3.Error carries it (node:sqlite may append the statement or the path). */
function sqliteMessage(e: unknown, path?: string): string {
  let msg = e instanceof Error ? e.message : String(e);
  if (path !== undefined && msg.endsWith(`: ${path}`)) msg = msg.slice(0, -path.length - 2);
  return msg.replace(/ in .* at offset \d+$/s, "");
}

function openCx(db: PySqliteDatabase): DatabaseSync {
  if (db.cx === null) throw dbmError(ERR_CLOSED);
  return db.cx;
}

function prepare(db: PySqliteDatabase, sql: string): StatementSync {
  const cx = openCx(db);
  const known = db.statements.get(sql);
  if (known !== undefined) return known;
  try {
    const st = cx.prepare(sql);
    st.setReadBigInts(true);
    st.setReturnArrays(true);
    db.statements.set(sql, st);
    return st;
  } catch (e) {
    throw dbmError(sqliteMessage(e));
  }
}

/** _execute: the statement run with its parameters; the rows, or the number of rows changed. */
function execute(db: PySqliteDatabase, sql: string, params: W[], rows: true): unknown[][];
function execute(db: PySqliteDatabase, sql: string, params: W[], rows: false): number;
function execute(db: PySqliteDatabase, sql: string, params: W[], rows: boolean): unknown[][] | number {
  const st = prepare(db, sql);
  const bound = params.map((p, i) => toSql(p, i + 1));
  try {
    if (rows) return st.all(...(bound as never[])) as unknown as unknown[][];
    return Number((st.run(...(bound as never[])) as { changes: number | bigint }).changes);
  } catch (e) {
    throw dbmError(sqliteMessage(e));
  }
}

// ---------------------------------------------------------------- the database

function init(db: PySqliteDatabase, pathArg: W, flagArg: W, mode: W): void {
  if (db.initialized) throw dbmError(ERR_REINIT);
  const path = fsDecodePath(pathArg);
  const flag = flagArg instanceof PyStr ? flagArg.value : null;
  let uriMode: string;
  if (flag === "r") uriMode = "ro";
  else if (flag === "w") uriMode = "rw";
  else if (flag === "c") {
    uriMode = "rwc";
    touch(path, mode);
  } else if (flag === "n") {
    uriMode = "rwc";
    try {
      os("unlink", newStr(purePath(path)));
    } catch (e) {
      if (!(e instanceof PyError) || !e.matches(exceptionTypes.FileNotFoundError)) throw e;
    }
    os(
      "close",
      os("open", newStr(purePath(path)), osFlag("O_CREAT") | osFlag("O_WRONLY") | osFlag("O_EXCL"), mode),
    );
  } else raiseValueError(`Flag must be one of 'r', 'w', 'c', or 'n', not ${repr(flagArg)}`);
  const uri = `${normalizeUri(path)}?mode=${uriMode}`;
  try {
    db.cx = new (nodeSqlite().DatabaseSync)(uri, {
      enableForeignKeyConstraints: false,
      enableDoubleQuotedStringLiterals: true,
    });
  } catch (e) {
    throw dbmError(sqliteMessage(e, uri));
  }
  db.initialized = true;
  // an optimisation only: it may fail (a read-only database)
  try {
    db.cx.exec("PRAGMA journal_mode = wal");
  } catch { /* as contextlib.suppress(sqlite3.OperationalError) */ }
  if (uriMode === "rwc") execute(db, BUILD_TABLE, [], false);
}

function close(db: PySqliteDatabase): void {
  if (db.cx === null) return;
  const cx = db.cx;
  db.cx = null;
  db.statements.clear();
  cx.close();
}

function getValue(db: PySqliteDatabase, key: W): W {
  const rows = execute(db, LOOKUP_KEY, [key], true);
  if (rows.length === 0) throw newError(exceptionTypes.KeyError, [key]);
  return fromSql(rows[0][0]);
}

function allKeys(db: PySqliteDatabase): W[] {
  return execute(db, ITER_KEYS, [], true).map((row) => fromSql(row[0]));
}

/** iter(db): a generator in CPython, so nothing runs before the first next(); the keys are then read
 * in one go, and a next() after close() fails as the generator's cursor would. */
class PyKeyIterator extends PyObject {
  declare db: PySqliteDatabase;
  declare keys: W[] | null;
  declare at: number;
  constructor(db: PySqliteDatabase) {
    super();
    this.cls = keyIteratorType;
    this.db = db;
    this.keys = null;
    this.at = 0;
  }
}
const keyIteratorType: PyType = nativeType(MODULE, "_KeyIterator", undefined, {
  flags: TypeFlags.DISALLOW_INSTANTIATION,
});
defineMethods(keyIteratorType, [
  { name: "__iter__", arity: [0, 0], impl: (a) => a[0] },
  { name: "__next__", arity: [0, 0], impl: (a) => nextKey(a[0] as PyKeyIterator) },
]);

function nextKey(it: PyKeyIterator): W {
  if (it.keys === null) it.keys = allKeys(it.db);
  else if (it.at < it.keys.length && it.db.cx === null) {
    throw dbmError("Cannot operate on a closed database.");
  }
  if (it.at >= it.keys.length) {
    it.keys = [];
    throw newError(exceptionTypes.StopIteration, []);
  }
  return it.keys[it.at++];
}

function self(w: W): PySqliteDatabase {
  if (!(w instanceof PySqliteDatabase)) {
    raiseTypeError("descriptor requires a 'dbm.sqlite3._Database' object");
  }
  return w;
}

const METHODS: MethodSpec[] = [
  {
    name: "__init__",
    arity: [1, -1],
    kw: ["**"],
    impl: (a, kw) => {
      const [path, flag, mode] = parseArgs("_Database", a, kw, 1, {
        names: ["path", "flag", "mode"],
        required: 3,
        posOnly: 1,
        kwOnly: 2,
      });
      init(self(a[0]), path, flag, mode);
      return None;
    },
  },
  {
    name: "__len__",
    arity: [0, 0],
    impl: (a) => fromSql(execute(self(a[0]), GET_SIZE, [], true)[0][0]),
  },
  { name: "__getitem__", arity: [1, 1], impl: (a) => getValue(self(a[0]), a[1]) },
  {
    name: "__setitem__",
    arity: [2, 2],
    impl: (a) => (execute(self(a[0]), STORE_KV, [a[1], a[2]], false), None),
  },
  {
    name: "__delitem__",
    arity: [1, 1],
    impl: (a) => {
      if (execute(self(a[0]), DELETE_KEY, [a[1]], false) === 0) {
        throw newError(exceptionTypes.KeyError, [a[1]]);
      }
      return None;
    },
  },
  { name: "__iter__", arity: [0, 0], impl: (a) => new PyKeyIterator(self(a[0])) },
  { name: "keys", arity: [0, 0], impl: (a) => newList(allKeys(self(a[0]))) },
  { name: "close", arity: [0, 0], impl: (a) => (close(self(a[0])), None) },
  { name: "__enter__", arity: [0, 0], impl: (a) => self(a[0]) },
  { name: "__exit__", arity: [0, -1], impl: (a) => (close(self(a[0])), None) },
];

let databaseType: PyType | null = null;
function sqliteDatabaseType(): PyType {
  if (databaseType !== null) return databaseType;
  databaseType = mappingType(MODULE, METHODS, (cls) => {
    const db = new PySqliteDatabase(cls);
    db.cx = null;
    db.initialized = false;
    db.statements = new Map();
    return db;
  });
  return databaseType;
}

export const sqlite3Module: NativeModuleDef = {
  name: MODULE,
  values: () => ({
    error: errorType,
    _Database: sqliteDatabaseType(),
    BUILD_TABLE: newStr(BUILD_TABLE),
    GET_SIZE: newStr(GET_SIZE),
    LOOKUP_KEY: newStr(LOOKUP_KEY),
    STORE_KV: newStr(STORE_KV),
    DELETE_KEY: newStr(DELETE_KEY),
    ITER_KEYS: newStr(ITER_KEYS),
    _ERR_CLOSED: newStr(ERR_CLOSED),
    _ERR_REINIT: newStr(ERR_REINIT),
  }),
  init: (mod) => {
    moduleFunction(mod, {
      name: "open",
      arity: [1, 3],
      kw: ["flag", "mode"],
      doc: "Open a dbm.sqlite3 database and return the dbm object.",
      textSignature: "($module, filename, /, flag='r', mode=438)",
      impl: (a) => {
        const db = sqliteDatabaseType().factory(sqliteDatabaseType()) as PySqliteDatabase;
        init(db, a[0], a[1] ?? newStr("r"), a[2] ?? 0o666);
        return db;
      },
    });
    moduleFunction(mod, {
      name: "_normalize_uri",
      arity: [1, 1],
      textSignature: "($module, /, path)",
      kw: ["path"],
      impl: (a) => newStr(normalizeUri(fsDecodePath(a[0]))),
    });
  },
};
