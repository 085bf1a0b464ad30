// _sqlite3: the DB-API 2.0 layer behind the sqlite3 package, over the SQLite that Deno ships
// (node:sqlite's DatabaseSync). Connections, cursors, Row, adapters and converters, legacy implicit
// transactions (BEGIN before INSERT/UPDATE/DELETE/REPLACE) and the 3.12 `autocommit` attribute, user
// functions, aggregates and window functions, authorizer and trace callbacks, blobs (over SQL), backup
// into in-memory targets (serialize/deserialize), and CPython's exception classes and messages.
// node:sqlite cannot do: collations (NotSupportedError), progress handlers, most db_config options,
// backup into a file, text containing NUL (NotImplementedError says so).
import type { DatabaseSync, StatementSync } from "node:sqlite";
import { nodeSqlite } from "../node_builtins.ts";
import {
  call,
  callMethod,
  defineGetSets,
  defineMethods,
  dictType,
  False,
  floatType,
  getAttr,
  getAttrOrUndefined,
  intType,
  type Kwargs,
  type MethodSpec,
  None,
  NotImplemented,
  PyBool,
  PyInstance,
  PyType,
  STOP_ITEM,
  strType,
  True,
  TypeFlags,
  typeOf,
  type W,
} from "../objects/model.ts";
import { newError, PyError, raiseTypeError } from "../vm/errors.ts";
import { newStr, PyStr } from "../objects/str.ts";
import { newTuple, PyTuple } from "../objects/tuple.ts";
import { newList, PyList } from "../objects/list.ts";
import { newDict, PyDict } from "../objects/dict.ts";
import { bytearrayType, bytesLike, newBytes } from "../objects/bytes.ts";
import { newFloat, PyFloat } from "../objects/float.ts";
import { indexOf, normBig } from "../objects/int.ts";
import { PySlice, sliceIndices } from "../objects/slice.ts";
import { exceptionTypes } from "../objects/exceptions.ts";
import { eq, getItem, hash, isTrue, iter, len, next, repr, str } from "../objects/operations.ts";
import { nativeException, type NativeModuleDef, nativeType } from "./define.ts";
import { parseArgs } from "./native_args.ts";
import { importModule } from "../importing/importer.ts";
import { objectId } from "../objects/object.ts";
import { utf8Encode } from "./codecs_impl.ts";
import { reportUnraisable } from "./unraisable.ts";
import { currentIdent } from "../vm/threads.ts";

const MODULE = "sqlite3";
const Warning = nativeException(MODULE, "Warning", exceptionTypes.Exception);
const Error_ = nativeException(MODULE, "Error", exceptionTypes.Exception);
const InterfaceError = nativeException(MODULE, "InterfaceError", Error_);
const DatabaseError = nativeException(MODULE, "DatabaseError", Error_);
const DataError = nativeException(MODULE, "DataError", DatabaseError);
const OperationalError = nativeException(MODULE, "OperationalError", DatabaseError);
const IntegrityError = nativeException(MODULE, "IntegrityError", DatabaseError);
const InternalError = nativeException(MODULE, "InternalError", DatabaseError);
const ProgrammingError = nativeException(MODULE, "ProgrammingError", DatabaseError);
const NotSupportedError = nativeException(MODULE, "NotSupportedError", DatabaseError);

const PARSE_DECLTYPES = 1, PARSE_COLNAMES = 2;
const LEGACY_TRANSACTION_CONTROL = -1;

function fail(cls: PyType, msg: string): never {
  throw newError(cls, [newStr(msg)]);
}

/** A SQLite error from node:sqlite (message only) as the DB-API class CPython picks by result code:
 * node:sqlite reports no code, so the (extended) code is read off SQLite's message. */
function sqliteError(e: unknown): PyError {
  if (e instanceof PyError) return e;
  const msg = e instanceof Error ? e.message.replace(/ in .* at offset \d+$/s, "") : String(e);
  let name = "SQLITE_ERROR";
  for (const [re, code] of MESSAGE_CODES) {
    if (re.test(msg)) {
      name = code;
      break;
    }
  }
  const code = RESULT_CODES[name];
  const err = newError(errorClassFor(code & 0xff), [newStr(msg)]);
  const exc = err.value as PyInstance;
  exc.setAttr("sqlite_errorname", newStr(name));
  exc.setAttr("sqlite_errorcode", code);
  return err;
}

/** SQLite messages and the result code behind them (first match wins). */
const MESSAGE_CODES: [RegExp, string][] = [
  [/^UNIQUE constraint failed/, "SQLITE_CONSTRAINT_UNIQUE"],
  [/^CHECK constraint failed/, "SQLITE_CONSTRAINT_CHECK"],
  [/^NOT NULL constraint failed/, "SQLITE_CONSTRAINT_NOTNULL"],
  [/^FOREIGN KEY constraint failed/, "SQLITE_CONSTRAINT_FOREIGNKEY"],
  [/constraint failed/, "SQLITE_CONSTRAINT"],
  [/datatype mismatch/, "SQLITE_MISMATCH"],
  [/string or blob too big|too big/, "SQLITE_TOOBIG"],
  [/database is locked/, "SQLITE_BUSY"],
  [/readonly database/, "SQLITE_READONLY"],
  [/is prohibited$|^not authorized$/, "SQLITE_AUTH"],
  [/^interrupted$/, "SQLITE_INTERRUPT"],
  [/^file is not a database$/, "SQLITE_NOTADB"],
  [/^unable to open database file/, "SQLITE_CANTOPEN"],
  [/^column index out of range$|bind or column index out of range/, "SQLITE_RANGE"],
];

/** _pysqlite_seterror's choice of exception class by primary result code. */
function errorClassFor(primary: number): PyType {
  switch (primary) {
    case 2: // INTERNAL
    case 12: // NOTFOUND
      return InternalError;
    case 11: // CORRUPT
      return DatabaseError;
    case 18: // TOOBIG
      return DataError;
    case 19: // CONSTRAINT
    case 20: // MISMATCH
      return IntegrityError;
    case 21: // MISUSE
    case 25: // RANGE
      return InterfaceError;
    case 7: // NOMEM
      return exceptionTypes.MemoryError;
    default:
      return primary <= 17 ? OperationalError : DatabaseError;
  }
}

// SQLite's primary result codes; extended codes are primary | (n << 8).
const PRIMARY_CODES: [string, number][] = [
  ["OK", 0],
  ["ERROR", 1],
  ["INTERNAL", 2],
  ["PERM", 3],
  ["ABORT", 4],
  ["BUSY", 5],
  ["LOCKED", 6],
  ["NOMEM", 7],
  ["READONLY", 8],
  ["INTERRUPT", 9],
  ["IOERR", 10],
  ["CORRUPT", 11],
  ["NOTFOUND", 12],
  ["FULL", 13],
  ["CANTOPEN", 14],
  ["PROTOCOL", 15],
  ["EMPTY", 16],
  ["SCHEMA", 17],
  ["TOOBIG", 18],
  ["CONSTRAINT", 19],
  ["MISMATCH", 20],
  ["MISUSE", 21],
  ["NOLFS", 22],
  ["AUTH", 23],
  ["FORMAT", 24],
  ["RANGE", 25],
  ["NOTADB", 26],
  ["NOTICE", 27],
  ["WARNING", 28],
  ["ROW", 100],
  ["DONE", 101],
];
// extended result codes: primary name and the names of its subcodes 1, 2, 3, ... in order
const EXTENDED_CODES: [string, string[]][] = [
  ["OK", ["LOAD_PERMANENTLY", "SYMLINK"]],
  ["ERROR", ["MISSING_COLLSEQ", "RETRY", "SNAPSHOT"]],
  [
    "IOERR",
    [
      "READ",
      "SHORT_READ",
      "WRITE",
      "FSYNC",
      "DIR_FSYNC",
      "TRUNCATE",
      "FSTAT",
      "UNLOCK",
      "RDLOCK",
      "DELETE",
      "BLOCKED",
      "NOMEM",
      "ACCESS",
      "CHECKRESERVEDLOCK",
      "LOCK",
      "CLOSE",
      "DIR_CLOSE",
      "SHMOPEN",
      "SHMSIZE",
      "SHMLOCK",
      "SHMMAP",
      "SEEK",
      "DELETE_NOENT",
      "MMAP",
      "GETTEMPPATH",
      "CONVPATH",
      "VNODE",
      "AUTH",
      "BEGIN_ATOMIC",
      "COMMIT_ATOMIC",
      "ROLLBACK_ATOMIC",
      "DATA",
      "CORRUPTFS",
    ],
  ],
  ["LOCKED", ["SHAREDCACHE", "VTAB"]],
  ["BUSY", ["RECOVERY", "SNAPSHOT", "TIMEOUT"]],
  ["CANTOPEN", ["NOTEMPDIR", "ISDIR", "FULLPATH", "CONVPATH", "DIRTYWAL", "SYMLINK"]],
  ["CORRUPT", ["VTAB", "SEQUENCE", "INDEX"]],
  ["READONLY", ["RECOVERY", "CANTLOCK", "ROLLBACK", "DBMOVED", "CANTINIT", "DIRECTORY"]],
  ["ABORT", ["", "ROLLBACK"]],
  [
    "CONSTRAINT",
    [
      "CHECK",
      "COMMITHOOK",
      "FOREIGNKEY",
      "FUNCTION",
      "NOTNULL",
      "PRIMARYKEY",
      "TRIGGER",
      "UNIQUE",
      "VTAB",
      "ROWID",
      "PINNED",
      "DATATYPE",
    ],
  ],
  ["NOTICE", ["RECOVER_WAL", "RECOVER_ROLLBACK"]],
  ["WARNING", ["AUTOINDEX"]],
  ["AUTH", ["USER"]],
];
const RESULT_CODES: Record<string, number> = {};
for (const [name, code] of PRIMARY_CODES) RESULT_CODES[`SQLITE_${name}`] = code;
for (const [primary, subs] of EXTENDED_CODES) {
  const base = RESULT_CODES[`SQLITE_${primary}`];
  subs.forEach((sub, i) => {
    if (sub !== "") RESULT_CODES[`SQLITE_${primary}_${sub}`] = base | ((i + 1) << 8);
  });
}

// sqlite3_limit() categories, in SQLite's order, with node:sqlite's names for them
const LIMITS: [string, string | null][] = [
  ["LENGTH", "length"],
  ["SQL_LENGTH", "sqlLength"],
  ["COLUMN", "column"],
  ["EXPR_DEPTH", "exprDepth"],
  ["COMPOUND_SELECT", "compoundSelect"],
  ["VDBE_OP", "vdbeOp"],
  ["FUNCTION_ARG", "functionArg"],
  ["ATTACHED", "attach"],
  ["LIKE_PATTERN_LENGTH", "likePatternLength"],
  ["VARIABLE_NUMBER", "variableNumber"],
  ["TRIGGER_DEPTH", "triggerDepth"],
  ["WORKER_THREADS", null],
];

// authorizer action codes (sqlite3_set_authorizer)
const AUTHORIZER_ACTIONS = [
  "COPY",
  "CREATE_INDEX",
  "CREATE_TABLE",
  "CREATE_TEMP_INDEX",
  "CREATE_TEMP_TABLE",
  "CREATE_TEMP_TRIGGER",
  "CREATE_TEMP_VIEW",
  "CREATE_TRIGGER",
  "CREATE_VIEW",
  "DELETE",
  "DROP_INDEX",
  "DROP_TABLE",
  "DROP_TEMP_INDEX",
  "DROP_TEMP_TABLE",
  "DROP_TEMP_TRIGGER",
  "DROP_TEMP_VIEW",
  "DROP_TRIGGER",
  "DROP_VIEW",
  "INSERT",
  "PRAGMA",
  "READ",
  "SELECT",
  "TRANSACTION",
  "UPDATE",
  "ATTACH",
  "DETACH",
  "ALTER_TABLE",
  "REINDEX",
  "ANALYZE",
  "CREATE_VTABLE",
  "DROP_VTABLE",
  "FUNCTION",
  "SAVEPOINT",
  "RECURSIVE",
];

/** sqlite3_db_config's boolean options CPython exposes, by code; the ones a PRAGMA reads and sets are the
 * ones getconfig/setconfig can reach through node:sqlite. */
const DBCONFIG: [string, number, string | null][] = [
  ["ENABLE_FKEY", 1002, "foreign_keys"],
  ["ENABLE_TRIGGER", 1003, null],
  ["ENABLE_FTS3_TOKENIZER", 1004, null],
  ["ENABLE_LOAD_EXTENSION", 1005, null],
  ["NO_CKPT_ON_CLOSE", 1006, null],
  ["ENABLE_QPSG", 1007, null],
  ["TRIGGER_EQP", 1008, null],
  ["RESET_DATABASE", 1009, null],
  ["DEFENSIVE", 1010, null],
  ["WRITABLE_SCHEMA", 1011, "writable_schema"],
  ["LEGACY_ALTER_TABLE", 1012, "legacy_alter_table"],
  ["DQS_DML", 1013, null],
  ["DQS_DDL", 1014, null],
  ["ENABLE_VIEW", 1015, null],
  ["LEGACY_FILE_FORMAT", 1016, null],
  ["TRUSTED_SCHEMA", 1017, "trusted_schema"],
];

/** The PRAGMA behind a db_config option (ValueError for an unknown one, NotImplementedError for one
 * node:sqlite gives no way to). */
function configPragma(c: PyConnection, opW: W): string {
  usable(c);
  const op = Number(indexOf(opW));
  const entry = DBCONFIG.find((e) => e[1] === op);
  if (entry === undefined) fail(exceptionTypes.ValueError, `unknown config 'op': ${op}`);
  if (entry[2] === null) {
    fail(
      exceptionTypes.NotImplementedError,
      `SQLITE_DBCONFIG_${
        entry[0]
      } is not supported by pypyts's SQLite binding (node:sqlite has no sqlite3_db_config)`,
    );
  }
  return entry[2];
}

function moduleConstants(): Record<string, W> {
  const out: Record<string, W> = {};
  for (const [name, code] of DBCONFIG) out[`SQLITE_DBCONFIG_${name}`] = code;
  for (const name in RESULT_CODES) out[name] = RESULT_CODES[name];
  LIMITS.forEach(([name], i) => out[`SQLITE_LIMIT_${name}`] = i);
  AUTHORIZER_ACTIONS.forEach((name, i) => {
    if (i > 0) out[`SQLITE_${name}`] = i; // CPython does not export SQLITE_COPY (0)
  });
  out.SQLITE_DENY = 1;
  out.SQLITE_IGNORE = 2;
  return out;
}

// ---------------------------------------------------------------- adapters and converters

const prepareProtocolType = nativeType(MODULE, "PrepareProtocol");
const adapters = newDict();
const converters = newDict();

type SqlValue = null | bigint | number | string | Uint8Array;

function toSql(w: W, index: number): SqlValue {
  if (w === None) return null;
  if (typeof w === "number") return Number.isInteger(w) ? BigInt(w) : w;
  if (typeof w === "bigint") {
    if (w > 0x7fffffffffffffffn || w < -0x8000000000000000n) {
      fail(exceptionTypes.OverflowError, "Python int too large to convert to SQLite INTEGER");
    }
    return w;
  }
  if (w instanceof PyBool) return w.value ? 1n : 0n;
  if (w instanceof PyFloat) return w.value;
  if (w instanceof PyStr) {
    if (!w.value.isWellFormed()) utf8Encode(w.value, "strict"); // UnicodeEncodeError, as CPython's binding
    if (w.value.includes("\0")) {
      // node:sqlite cuts text at its first NUL, both ways: refuse rather than store a truncated value
      fail(
        exceptionTypes.NotImplementedError,
        "text containing NUL characters is not supported by pypyts's SQLite binding (node:sqlite truncates it)",
      );
    }
    return w.value;
  }
  const b = bytesLike(w);
  if (b !== undefined) return b.slice();
  fail(ProgrammingError, `Error binding parameter ${index}: type '${typeOf(w).name}' is not supported`);
}

/** A parameter as bind_parameters binds it: adapted first (need_adapt: exact int, float, str and bytearray
 * skip adaptation until an adapter is registered for one of those types), the object itself when nothing
 * adapts it. */
function paramToSql(w: W, index: number): SqlValue {
  const t = typeOf(w);
  const base = typeof w === "number" || typeof w === "bigint" || t === strType || t === floatType ||
    t === bytearrayType;
  return toSql(baseTypeAdapted || !base ? microAdapt(w, prepareProtocolType, w) : w, index);
}

let baseTypeAdapted = false;

/** pysqlite_microprotocols_adapt: the adapter registered for (type, proto), then proto.__adapt__(obj),
 * then obj.__conform__(proto) (a TypeError from either means "cannot", a result of None too), then alt. */
function microAdapt(w: W, proto: W, alt: W | undefined): W {
  const adapter = adapters.getItem(newTuple([typeOf(w), proto]));
  if (adapter !== undefined) return call(adapter, [w]);
  for (const [target, name, arg] of [[proto, "__adapt__", w], [w, "__conform__", proto]] as const) {
    const method = getAttrOrUndefined(target, name);
    if (method === undefined) continue;
    try {
      const r = call(method, [arg]);
      if (r !== None) return r;
    } catch (e) {
      if (!(e instanceof PyError) || !e.matches(exceptionTypes.TypeError)) throw e;
    }
  }
  if (alt !== undefined) return alt;
  fail(ProgrammingError, "can't adapt");
}

// ---------------------------------------------------------------- Connection

/** What Connection.__call__ returns: a compiled statement, which Python code cannot use further. */
const statementType: PyType = nativeType(MODULE, "Statement", undefined, {
  flags: TypeFlags.DISALLOW_INSTANTIATION,
});

export const connectionType: PyType = nativeType(MODULE, "Connection", undefined, {
  factory: (cls) => new PyConnection(cls),
});

class PyConnection extends PyInstance {
  db: DatabaseSync | null = null;
  isolationLevel: string | null = "";
  autocommit = LEGACY_TRANSACTION_CONTROL;
  detectTypes = 0;
  rowFactory: W = None;
  textFactory: W = None;
  statements = new Map<string, StatementSync>();
  traceCallback: W = None;
  /** the cursor last given each statement's rows (one statement steps for one cursor at a time) */
  stepping = new WeakMap<StatementSync, WeakRef<PyCursor>>();
  /** statements cursors left unfinished (the cursor held weakly): a cursor collected before its statement
   * ended has it reset at the next execute, as CPython's cursor dealloc resets its statement */
  unfinished: { cursor: WeakRef<PyCursor>; rows: IterableIterator<unknown[]> }[] = [];
  /** check_same_thread: the thread that made the connection, or null when any thread may use it */
  owner: number | null = null;
  constructor(cls: PyType) {
    super(cls);
  }
}

function conn(w: W): PyConnection {
  if (!(w instanceof PyConnection)) raiseTypeError("descriptor requires a 'sqlite3.Connection' object");
  return w;
}
function openDb(c: PyConnection): DatabaseSync {
  if (c.db === null) fail(ProgrammingError, "Cannot operate on a closed database.");
  return c.db;
}
/** pysqlite_check_thread: with check_same_thread, only the connection's own thread may use it. */
function checkThread(c: PyConnection): void {
  if (c.owner === null) return;
  const me = currentIdent();
  if (me !== c.owner) {
    fail(
      ProgrammingError,
      "SQLite objects created in a thread can only be used in that same thread. " +
        `The object was created in thread id ${c.owner} and this is thread id ${me}.`,
    );
  }
}
/** The checks most Connection methods start with: the right thread, then an open database. */
function usable(c: PyConnection): DatabaseSync {
  checkThread(c);
  return openDb(c);
}

function prepare(c: PyConnection, sql: string, fresh = false): StatementSync {
  let st = fresh ? undefined : c.statements.get(sql);
  if (st === undefined) {
    // CPython checks SQLITE_LIMIT_SQL_LENGTH itself (in UTF-8 bytes) before preparing
    const maxLength = limitsOf(c).sqlLength;
    if (sql.length * 3 > maxLength && new TextEncoder().encode(sql).length > maxLength) {
      fail(DataError, "query string is too large");
    }
    try {
      st = openDb(c).prepare(sql);
    } catch (e) {
      throw sqliteError(e);
    }
    st.setReadBigInts(true);
    st.setReturnArrays(true);
    if (c.statements.size > 128) c.statements.clear();
    if (!fresh) c.statements.set(sql, st);
  }
  return st;
}

function inTransaction(c: PyConnection): boolean {
  return c.db !== null && c.db.isOpen && c.db.isTransaction;
}

function execRaw(c: PyConnection, sql: string): void {
  trace(c, sql);
  try {
    openDb(c).exec(sql);
  } catch (e) {
    throw sqliteError(e);
  }
}

/** The trace callback (set_trace_callback) sees each statement as SQLite starts it; its exceptions are
 * swallowed, as CPython's callback wrapper does (printing them only with enable_callback_tracebacks). */
function trace(c: PyConnection, sql: string): void {
  const cb = c.traceCallback;
  if (cb === None) return;
  try {
    call(cb, [newStr(sql)]);
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    callbackFailed(e, cb);
  }
}

/** enable_callback_tracebacks: a failing callback's exception goes to sys.unraisablehook, else nowhere. */
let callbackTracebacks = false;
function callbackFailed(e: PyError, callable: W): void {
  if (callbackTracebacks) reportUnraisable(`Exception ignored on sqlite3 callback ${repr(callable)}`, e);
}

/** sqlite3_expanded_sql: the statement with its parameters replaced by SQL literals. */
function expandedSql(sql: string, args: unknown[]): string {
  const named = args.length === 1 && args[0] !== null && typeof args[0] === "object" &&
      !(args[0] instanceof Uint8Array)
    ? args[0] as Record<string, SqlValue>
    : null;
  let n = 0;
  const re = /'(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*|\/\*[\s\S]*?\*\/|\?\d*|[:@$][A-Za-z_][A-Za-z0-9_]*/g;
  return sql.replace(re, (t) => {
    if (t[0] === "?") {
      const i = t.length > 1 ? Number(t.slice(1)) - 1 : n;
      n = i + 1;
      return named === null ? sqlLiteral(args[i] as SqlValue) : t;
    }
    if (t[0] === ":" || t[0] === "@" || t[0] === "$") {
      return named !== null && t.slice(1) in named ? sqlLiteral(named[t.slice(1)]) : t;
    }
    return t;
  });
}
function sqlLiteral(v: SqlValue | undefined): string {
  if (v === null || v === undefined) return "NULL";
  if (typeof v === "bigint") return v.toString();
  if (typeof v === "number") {
    const t = v.toPrecision(15).replace(/(\.\d*?)0+(e|$)/, "$1$2").replace(/\.(e|$)/, ".0$1");
    return t.replace(/e\+?/, "e+").replace("e+-", "e-");
  }
  if (typeof v === "string") return `'${v.replace(/'/g, "''")}'`;
  let hex = "";
  for (const b of v) hex += b.toString(16).padStart(2, "0");
  return `x'${hex}'`;
}

/**
 * The index of the ';' ending the statement that starts at `i` (quoted text and comments skipped), or -1
 * when the text ends first.
 */
function statementEnd(sql: string, i: number): number {
  while (i < sql.length) {
    const ch = sql[i];
    if (ch === "'" || ch === '"' || ch === "`" || ch === "[") {
      const close = ch === "[" ? "]" : ch;
      i++;
      while (i < sql.length && sql[i] !== close) i++;
      i++;
    } else if (ch === "-" && sql[i + 1] === "-") {
      while (i < sql.length && sql[i] !== "\n") i++;
    } else if (ch === "/" && sql[i + 1] === "*") {
      const end = sql.indexOf("*/", i + 2);
      i = end < 0 ? sql.length : end + 2;
    } else if (ch === ";") return i;
    else i++;
  }
  return -1;
}

/** The statements of a script as SQLite prepares them one after the other (quotes and comments respected). */
function splitStatements(sql: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let semi = statementEnd(sql, 0); semi >= 0; semi = statementEnd(sql, start)) {
    // sqlite3_sql(): the text from where the previous statement ended, through the ';'
    const one = sql.slice(start, semi + 1);
    if (!isBlankSql(one.slice(0, -1))) out.push(one);
    start = semi + 1;
  }
  const last = sql.slice(start);
  if (!isBlankSql(last)) out.push(last);
  return out;
}
function isBlankSql(sql: string): boolean {
  return /^(\s|--[^\n]*(\n|$)|\/\*(?:(?!\*\/)[\s\S])*(?:\*\/|$))*$/.test(sql);
}

function beginIfNeeded(c: PyConnection, sql: string): void {
  if (c.autocommit !== LEGACY_TRANSACTION_CONTROL || c.isolationLevel === null) return;
  if (!/^\s*(insert|update|delete|replace)\b/i.test(stripComments(sql))) return;
  if (!inTransaction(c)) execRaw(c, `BEGIN ${c.isolationLevel}`);
}

function stripComments(sql: string): string {
  return sql.replace(/^(\s*(--[^\n]*\n|\/\*[\s\S]*?\*\/))*/, "");
}

/** The SQL after the first complete statement (quotes and comments respected), trimmed of comments. */
function tailAfterFirst(sql: string): string {
  const semi = statementEnd(sql, 0);
  if (semi < 0) return "";
  // an unclosed comment runs to the end of the text
  return sql.slice(semi + 1).replace(/(\s|--[^\n]*(\n|$)|\/\*(?:(?!\*\/)[\s\S])*(?:\*\/|$)|;)+/g, "").trim();
}

function commit(c: PyConnection): void {
  if (c.db !== null && inTransaction(c)) execRaw(c, "COMMIT");
}
function rollback(c: PyConnection): void {
  if (c.db !== null && inTransaction(c)) execRaw(c, "ROLLBACK");
}

function connect(cls: PyType, a: W[], kw: Kwargs | null, offset: number): PyConnection {
  const [database, , detectTypes, isolation, sameThread, , , uri, autocommit] = parseArgs(
    "connect",
    a,
    kw,
    offset,
    {
      names: [
        "database",
        "timeout",
        "detect_types",
        "isolation_level",
        "check_same_thread",
        "factory",
        "cached_statements",
        "uri",
        "autocommit",
      ],
      required: 1,
      kwOnly: 1,
    },
  );
  let path: string;
  if (database instanceof PyStr) path = database.value;
  else {
    const fs = getAttrOrUndefined(database, "__fspath__");
    const b = bytesLike(database);
    if (fs !== undefined) path = str(call(fs, []));
    else if (b !== undefined) path = new TextDecoder().decode(b);
    else raiseTypeError(`expected str, bytes or os.PathLike object, not ${typeOf(database).name}`);
  }
  const c = cls === connectionType ? new PyConnection(cls) : call(cls, [newStr(path)]) as PyConnection;
  if (c.db !== null) return c;
  // node:sqlite opens with SQLITE_OPEN_URI: without uri=True a name that looks like a URI is a file name
  if (!(uri !== undefined && isTrue(uri)) && path.startsWith("file:")) path = "./" + path;
  try {
    // SQLite's own defaults, which CPython keeps: foreign keys not enforced, double-quoted strings accepted
    c.db = new (nodeSqlite().DatabaseSync)(path, {
      enableForeignKeyConstraints: false,
      enableDoubleQuotedStringLiterals: true,
    });
  } catch (e) {
    // node:sqlite appends ": <path>" to SQLite's message
    const msg = e instanceof Error ? e.message : String(e);
    throw sqliteError(new Error(msg.endsWith(`: ${path}`) ? msg.slice(0, -path.length - 2) : msg));
  }
  c.detectTypes = detectTypes === undefined ? 0 : detectTypes as number;
  c.owner = sameThread === undefined || isTrue(sameThread) ? currentIdent() : null;
  if (isolation !== undefined) setIsolationLevel(c, isolation);
  if (autocommit !== undefined) setAutocommit(c, autocommit);
  return c;
}

function setIsolationLevel(c: PyConnection, v: W): void {
  if (v === None) {
    commit(c);
    c.isolationLevel = null;
    return;
  }
  if (!(v instanceof PyStr)) raiseTypeError(`isolation_level must be str or None, not ${typeOf(v).name}`);
  const level = v.value.toUpperCase();
  if (!["", "DEFERRED", "IMMEDIATE", "EXCLUSIVE"].includes(level)) {
    fail(
      exceptionTypes.ValueError,
      "isolation_level string must be '', 'DEFERRED', 'IMMEDIATE', or 'EXCLUSIVE'",
    );
  }
  c.isolationLevel = level;
}

function setAutocommit(c: PyConnection, v: W): void {
  if (v instanceof PyBool) {
    c.autocommit = v.value ? 1 : 0;
    if (v.value) commit(c);
    else if (!inTransaction(c)) execRaw(c, "BEGIN");
  } else if (v === LEGACY_TRANSACTION_CONTROL) c.autocommit = LEGACY_TRANSACTION_CONTROL;
  else {fail(
      exceptionTypes.ValueError,
      "autocommit must be True, False, or sqlite3.LEGACY_TRANSACTION_CONTROL",
    );}
}

function newCursor(c: PyConnection, factory?: W): W {
  usable(c);
  if (factory === undefined || factory === cursorType) return new PyCursor(cursorType, c);
  const cur = call(factory, [c]);
  if (!(cur instanceof PyCursor)) raiseTypeError("factory must return a cursor, not " + typeOf(cur).name);
  return cur;
}

function pyFromSql(v: unknown): W {
  if (v === null || v === undefined) return None;
  if (typeof v === "bigint") return normBig(v);
  if (typeof v === "number") return Number.isInteger(v) && Object.is(v, v) ? newFloat(v) : newFloat(v);
  if (typeof v === "string") return newStr(v);
  if (v instanceof Uint8Array) return newBytes(v.slice());
  return None;
}

/** The statement-running methods Connection and Cursor share (args[0] is self). */
const EXECUTE_METHODS: [string, [number, number], (c: PyCursor, a: W[]) => void][] = [
  ["execute", [1, 2], (c, a) => cursorExecute(c, a[1], a[2])],
  ["executemany", [2, 2], (c, a) => cursorExecuteMany(c, a[1], a[2])],
  ["executescript", [1, 1], (c, a) => cursorExecuteScript(c, a[1])],
];

defineMethods(connectionType, [
  {
    name: "__init__",
    arity: [0, -1],
    kw: ["**"],
    impl: (a, kw) => {
      const c = conn(a[0]);
      if (c.db === null) {
        const made = connect(connectionType, a, kw, 1);
        c.db = made.db;
        c.isolationLevel = made.isolationLevel;
        c.autocommit = made.autocommit;
        c.detectTypes = made.detectTypes;
        c.owner = made.owner;
      }
      return None;
    },
  },
  { name: "cursor", arity: [0, 1], kw: ["factory"], impl: (a) => newCursor(conn(a[0]), a[1]) },
  {
    // Connection(sql): compiles one statement and returns it (pysqlite_connection_call)
    name: "__call__",
    arity: [0, -1],
    kw: ["**"],
    impl: (a, kw) => {
      const c = conn(a[0]);
      usable(c);
      if (kw !== null && kw.names.length > 0) {
        raiseTypeError("sqlite3.Connection() takes no keyword arguments");
      }
      if (a.length !== 2) raiseTypeError(`function takes exactly 1 argument (${a.length - 1} given)`);
      const sqlW = a[1];
      if (!(sqlW instanceof PyStr)) raiseTypeError(`argument 1 must be str, not ${typeOf(sqlW).name}`);
      const sql = checkedSql(sqlW.value);
      prepare(c, sql);
      if (tailAfterFirst(sql) !== "") fail(ProgrammingError, "You can only execute one statement at a time.");
      return new PyInstance(statementType);
    },
  },
  // Connection.execute* are shortcuts: a new cursor runs the statement and is returned
  ...EXECUTE_METHODS.map(([name, arity, run]): MethodSpec => ({
    name,
    arity,
    impl: (a) => {
      const c = newCursor(conn(a[0])) as PyCursor;
      run(c, a);
      return c;
    },
  })),
  {
    name: "commit",
    arity: [0, 0],
    impl: (a) => {
      const c = conn(a[0]);
      usable(c);
      commit(c);
      if (c.autocommit === 0) execRaw(c, "BEGIN");
      return None;
    },
  },
  {
    name: "rollback",
    arity: [0, 0],
    impl: (a) => {
      const c = conn(a[0]);
      usable(c);
      rollback(c);
      if (c.autocommit === 0) execRaw(c, "BEGIN");
      return None;
    },
  },
  {
    name: "close",
    arity: [0, 0],
    impl: (a) => {
      const c = conn(a[0]);
      checkThread(c);
      if (c.db !== null) {
        if (c.autocommit === 0) rollback(c);
        c.statements.clear();
        c.db.close();
        c.db = null;
      }
      return None;
    },
  },
  { name: "__enter__", arity: [0, 0], impl: (a) => a[0] },
  {
    name: "__exit__",
    arity: [3, 3],
    impl: (a) => {
      const c = conn(a[0]);
      usable(c);
      if (a[1] === None) {
        try {
          commit(c);
        } catch (e) {
          rollback(c);
          throw e;
        }
      } else rollback(c);
      if (c.autocommit === 0 && c.db !== null && !inTransaction(c)) execRaw(c, "BEGIN");
      return False;
    },
  },
  {
    name: "create_function",
    arity: [0, 4],
    kw: ["**"],
    impl: (a, kw) => {
      const c = conn(a[0]);
      const [nameW, nargW, fn, det] = parseArgs("create_function", a, kw, 1, {
        names: ["name", "narg", "func", "deterministic"],
        required: 3,
        kwOnly: 1,
      });
      const name = str(nameW);
      const narg = checkNumParams(c, nargW, "narg");
      const impl = (...args: unknown[]) => {
        let r: W;
        try {
          r = call(fn, args.map(pyFromSql));
          return sqlResult(r);
        } catch (e) {
          throw callbackError(e, "user-defined function raised exception", fn);
        }
      };
      // node:sqlite takes the SQL arity from the JS function's length
      Object.defineProperty(impl, "length", { value: Math.max(narg, 0) });
      try {
        usable(c).function(
          name,
          { varargs: narg < 0, deterministic: det !== undefined && isTrue(det), useBigIntArguments: true },
          impl,
        );
      } catch (e) {
        throw sqliteError(e);
      }
      return None;
    },
  },
  {
    name: "create_aggregate",
    arity: [0, 3],
    kw: ["**"],
    impl: (a, kw) => {
      const c = conn(a[0]);
      const [nameW, nargW, cls] = parseArgs("create_aggregate", a, kw, 1, {
        names: ["name", "n_arg", "aggregate_class"],
        required: 3,
      });
      const narg = checkNumParams(c, nargW, "n_arg");
      registerAggregate(c, str(nameW), narg, cls, false);
      return None;
    },
  },
  {
    name: "create_window_function",
    arity: [3, 3],
    impl: (a) => {
      const c = conn(a[0]);
      usable(c);
      if (!(a[1] instanceof PyStr)) {
        raiseTypeError(`create_window_function() argument 1 must be str, not ${typeOf(a[1]).name}`);
      }
      const narg = checkNumParams(c, a[2], "num_params");
      registerAggregate(c, a[1].value, narg, a[3], true);
      return None;
    },
  },
  {
    name: "backup",
    arity: [0, 5],
    kw: ["**"],
    impl: (a, kw) => {
      const [target, pages, progress, name, sleep] = parseArgs("backup", a, kw, 1, {
        names: ["target", "pages", "progress", "name", "sleep"],
        required: 1,
        kwOnly: 4,
      });
      backup(conn(a[0]), target, pages, progress, name, sleep);
      return None;
    },
  },
  {
    name: "getconfig",
    arity: [1, 1],
    impl: (a) => {
      const c = conn(a[0]);
      const pragma = configPragma(c, a[1]);
      const st = prepare(c, `pragma ${pragma}`);
      return ((st.get() as unknown as bigint[])[0] !== 0n) ? True : False;
    },
  },
  {
    name: "setconfig",
    arity: [1, 2],
    impl: (a) => {
      const c = conn(a[0]);
      const pragma = configPragma(c, a[1]);
      const on = a[2] === undefined ? true : isTrue(a[2]);
      execRaw(c, `pragma ${pragma} = ${on ? "on" : "off"}`);
      const st = prepare(c, `pragma ${pragma}`);
      if (((st.get() as unknown as bigint[])[0] !== 0n) !== on) {
        // PRAGMA foreign_keys does nothing inside a transaction; sqlite3_db_config would have changed it
        fail(
          exceptionTypes.NotImplementedError,
          `setconfig() of this option inside a transaction is not supported by pypyts's SQLite binding ` +
            `(it goes through PRAGMA ${pragma})`,
        );
      }
      return None;
    },
  },
  {
    name: "set_progress_handler",
    arity: [0, 2],
    kw: ["**"],
    impl: (a, kw) => {
      const c = conn(a[0]);
      const [handler] = parseArgs("set_progress_handler", a, kw, 1, {
        names: ["progress_handler", "n"],
        required: 2,
      });
      usable(c);
      // clearing is all there is to do: no handler can be installed
      if (handler !== None) {
        fail(
          exceptionTypes.NotImplementedError,
          "set_progress_handler() is not supported by pypyts's SQLite binding (node:sqlite has no sqlite3_progress_handler)",
        );
      }
      return None;
    },
  },
  {
    name: "create_collation",
    arity: [2, 2],
    impl: (a) => {
      usable(conn(a[0]));
      fail(NotSupportedError, "create_collation() is not supported by pypyts's SQLite binding");
    },
  },
  {
    name: "iterdump",
    arity: [0, 0],
    kw: ["filter"],
    impl: (a) => {
      const dump = getAttrOrUndefined(importSqliteDump(), "_iterdump");
      return call(dump!, [a[0]]);
    },
  },
  {
    name: "interrupt",
    arity: [0, 0],
    impl: (a) => {
      openDb(conn(a[0]));
      return None;
    },
  },
  {
    name: "set_trace_callback",
    arity: [1, 1],
    kw: ["trace_callback"],
    impl: (a) => {
      const c = conn(a[0]);
      usable(c);
      c.traceCallback = a[1];
      return None;
    },
  },
  {
    name: "blobopen",
    arity: [3, -1],
    kw: ["**"],
    impl: (a, kw) => {
      const c = conn(a[0]);
      usable(c);
      return blobOpen(c, a, kw);
    },
  },
  {
    name: "getlimit",
    arity: [1, 1],
    impl: (a) => {
      usable(conn(a[0]));
      const limits = limitsOf(conn(a[0]));
      return limits[limitName(a[1])];
    },
  },
  {
    name: "setlimit",
    arity: [2, 2],
    impl: (a) => {
      usable(conn(a[0]));
      const limits = limitsOf(conn(a[0]));
      const name = limitName(a[1]);
      const old = limits[name];
      const v = a[2];
      if (typeof v !== "number") {
        raiseTypeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
      }
      if (v >= 0) limits[name] = v; // sqlite3_limit leaves the limit alone for a negative value
      return old;
    },
  },
  {
    name: "set_authorizer",
    arity: [1, 1],
    kw: ["authorizer_callback"],
    impl: (a) => {
      const db = usable(conn(a[0]));
      const cb = a[1];
      const setAuthorizer = (db as unknown as { setAuthorizer(f: unknown): void }).setAuthorizer;
      if (cb === None) setAuthorizer.call(db, null);
      else {
        // CPython: an exception or a non-int result from the callback denies the action
        setAuthorizer.call(
          db,
          (action: number, arg1: unknown, arg2: unknown, dbName: unknown, source: unknown) => {
            try {
              const r = call(cb, [
                action,
                pyFromSql(arg1),
                pyFromSql(arg2),
                pyFromSql(dbName),
                pyFromSql(source),
              ]);
              return typeof r === "number" ? r : 1;
            } catch (e) {
              if (e instanceof PyError) return 1;
              throw e;
            }
          },
        );
      }
      return None;
    },
  },
]);

/** sqlite3_serialize/sqlite3_deserialize as node:sqlite has them (not in Deno's type declarations). */
interface Serializable {
  serialize(name?: string): Uint8Array;
  deserialize(image: Uint8Array): void;
}

/** Connection.backup. node:sqlite has no sqlite3_backup_* (its backup() is asynchronous and writes a file),
 * so the source database's image (sqlite3_serialize) replaces the target's main database
 * (sqlite3_deserialize) in one step; the progress callback sees that step as SQLite's backup would report
 * its pages. A target backed by a file is not supported: deserializing would detach it from its file. */
function backup(c: PyConnection, target: W, pagesW: W, progress: W, nameW: W, sleep: W): void {
  const src = usable(c);
  if (!(target instanceof PyConnection)) {
    const what = target === None ? "None" : typeOf(target).name;
    raiseTypeError(`backup() argument 'target' must be sqlite3.Connection, not ${what}`);
  }
  if (target === c) fail(exceptionTypes.ValueError, "target cannot be the same connection instance");
  const dst = usable(target);
  const pages = pagesW === undefined ? -1 : Number(indexOf(pagesW));
  if (progress !== undefined && progress !== None && typeOf(progress).lookup("__call__") === undefined) {
    raiseTypeError("progress argument must be a callable");
  }
  if (nameW !== undefined && !(nameW instanceof PyStr)) {
    raiseTypeError(`backup() argument 'name' must be str, not ${typeOf(nameW).name}`);
  }
  if (sleep !== undefined && typeof sleep !== "number" && !(sleep instanceof PyFloat)) {
    raiseTypeError(`must be real number, not ${typeOf(sleep).name}`);
  }
  const name = nameW === undefined ? "main" : nameW.value;
  if (inTransaction(target)) throw sqliteError(new Error("destination database is in use")); // sqlite3_backup_init
  if ((dst as unknown as { location(): string | null }).location() !== null) {
    fail(
      exceptionTypes.NotImplementedError,
      "backup() to a database file is not supported by pypyts's SQLite binding",
    );
  }
  const known = prepare(c, "select name from pragma_database_list").all() as unknown as string[][];
  // the temp schema always exists for SQLite, though database_list shows it only once used
  if (name.toLowerCase() !== "temp" && !known.some((r) => r[0].toLowerCase() === name.toLowerCase())) {
    fail(OperationalError, `unknown database ${name}`);
  }
  const imageOf = () => {
    try {
      return (src as unknown as Serializable).serialize(name);
    } catch {
      // an empty database (temp, unused)
      return (new (nodeSqlite().DatabaseSync)(":memory:") as unknown as Serializable).serialize();
    }
  };
  let image = imageOf();
  const total = Math.max(1, Math.ceil(image.length / 4096));
  const step = pages <= 0 ? total : pages;
  // SQLite's backup reports after each step: SQLITE_OK with pages remaining, SQLITE_DONE at the end
  for (let done = Math.min(step, total); progress !== undefined && progress !== None; done += step) {
    const remaining = Math.max(total - done, 0);
    call(progress, [remaining === 0 ? 101 /* SQLITE_DONE */ : 0, /* SQLITE_OK */ remaining, total]);
    if (remaining === 0) break;
  }
  // what the progress callback changed in the source is copied too, as SQLite's backup restarts for it
  if (progress !== undefined && progress !== None) image = imageOf();
  target.statements.clear();
  try {
    (dst as unknown as Serializable).deserialize(image);
  } catch (e) {
    throw sqliteError(e);
  }
}

/** check_num_params: a user function's argument count is -1 (any) up to SQLITE_LIMIT_FUNCTION_ARG. */
function checkNumParams(c: PyConnection, w: W, name: string): number {
  const n = Number(indexOf(w));
  const limit = limitsOf(c).functionArg;
  if (n < -1 || n > limit) fail(ProgrammingError, `'${name}' must be between -1 and ${limit}, not ${n}`);
  return n;
}

/** set_sqlite_error: what a failed Python callback makes of the SQLite call it served (the exception
 * itself goes to sys.unraisablehook with enable_callback_tracebacks). */
function callbackError(e: unknown, msg: string, callable: W): PyError {
  if (!(e instanceof PyError)) throw e;
  callbackFailed(e, callable);
  if (e.matches(exceptionTypes.MemoryError)) return e;
  return sqliteError(new Error(e.matches(exceptionTypes.OverflowError) ? "string or blob too big" : msg));
}

/** One aggregate's state: the Python instance (made by the first step, as CPython does) and the error
 * a step or inverse left, reported when SQLite next asks for the result (node:sqlite loops forever on an
 * exception thrown from a step callback). */
interface AggregateState {
  inst: W | null;
  err: PyError | null;
}

function aggregateMethod(st: AggregateState, name: string): W | null {
  try {
    return getAttr(st.inst!, name);
  } catch (e) {
    st.err = callbackError(e, `user-defined aggregate's '${name}' method not defined`, st.inst!);
    return null;
  }
}

/** create_aggregate and create_window_function over node:sqlite's aggregate. node:sqlite gives SQLite one
 * result callback for both xValue and xFinal, so a window function's result is always its value(); its
 * finalize() is not called. A class of None stands for SQLite's deletion of the function, which
 * node:sqlite cannot do: the name stays registered and fails as an unknown function would. */
function registerAggregate(c: PyConnection, name: string, narg: number, cls: W, window: boolean): void {
  const db = usable(c);
  const cleared = cls === None;
  const step = (method: string) =>
    withLength((st: AggregateState, ...args: unknown[]) => {
      if (st.err !== null) return st;
      if (cleared) {
        st.err = sqliteError(new Error(`no such function: ${name}`));
        return st;
      }
      if (st.inst === null) {
        try {
          st.inst = call(cls, []);
        } catch (e) {
          st.err = callbackError(e, "user-defined aggregate's '__init__' method raised error", cls);
          return st;
        }
      }
      const m = aggregateMethod(st, method);
      if (m === null) return st;
      try {
        call(m, args.map(pyFromSql));
      } catch (e) {
        st.err = callbackError(e, `user-defined aggregate's '${method}' method raised error`, m);
      }
      return st;
    }, Math.max(narg, 0) + 1);
  const result = (st: AggregateState): SqlValue => {
    if (st.err !== null) throw st.err;
    if (st.inst === null) return null; // no rows: the aggregate was never made
    const method = window ? "value" : "finalize";
    const m = aggregateMethod(st, method);
    if (m === null) throw st.err!;
    let r: W;
    try {
      r = call(m, []);
    } catch (e) {
      throw callbackError(e, `user-defined aggregate's '${method}' method raised error`, m);
    }
    try {
      return sqlResult(r);
    } catch (e) {
      throw callbackError(
        e,
        window
          ? "unable to set result from user-defined aggregate's 'value' method"
          : "user-defined aggregate's 'finalize' method raised error",
        m,
      );
    }
  };
  try {
    db.aggregate(name, {
      start: () => ({ inst: null, err: null }) as unknown as number,
      step: step("step") as unknown as (acc: number) => number,
      ...(window ? { inverse: step("inverse") as unknown as (acc: number) => number } : {}),
      result: result as unknown as (acc: number) => number,
      varargs: narg < 0,
      useBigIntArguments: true,
    });
  } catch (e) {
    throw sqliteError(e);
  }
}

function limitsOf(c: PyConnection): Record<string, number> {
  return (openDb(c) as unknown as { limits: Record<string, number> }).limits;
}
function limitName(category: W): string {
  if (typeof category !== "number") {
    raiseTypeError(`'${typeOf(category).name}' object cannot be interpreted as an integer`);
  }
  const entry = LIMITS[category];
  if (entry === undefined || entry[1] === null) fail(ProgrammingError, "'category' is out of bounds");
  return entry[1];
}

function importSqliteDump(): W {
  return importModule("sqlite3.dump");
}

function withLength<F extends (...args: never[]) => unknown>(f: F, n: number): F {
  Object.defineProperty(f, "length", { value: n });
  return f;
}

function sqlResult(w: W): SqlValue {
  return toSql(w, 1);
}

defineGetSets(connectionType, [
  {
    name: "isolation_level",
    get: (c) => (conn(c).isolationLevel === null ? None : newStr(conn(c).isolationLevel!)),
    set: (c, v) => setIsolationLevel(conn(c), v),
  },
  {
    name: "autocommit",
    get: (
      c,
    ) => (conn(c).autocommit === LEGACY_TRANSACTION_CONTROL
      ? LEGACY_TRANSACTION_CONTROL
      : conn(c).autocommit
      ? True
      : False),
    set: (c, v) => setAutocommit(conn(c), v),
  },
  { name: "in_transaction", get: (c) => (inTransaction(conn(c)) ? True : False) },
  {
    name: "total_changes",
    get: (c) => {
      const st = prepare(conn(c), "select total_changes()");
      return normBig((st.get() as unknown as bigint[])[0]);
    },
  },
  { name: "row_factory", get: (c) => conn(c).rowFactory, set: (c, v) => void (conn(c).rowFactory = v) },
  { name: "text_factory", get: (c) => conn(c).textFactory, set: (c, v) => void (conn(c).textFactory = v) },
]);
for (
  const cls of [
    Warning,
    Error_,
    InterfaceError,
    DatabaseError,
    DataError,
    OperationalError,
    IntegrityError,
    InternalError,
    ProgrammingError,
    NotSupportedError,
  ]
) {
  connectionType.dict.set(cls.name, cls);
}
connectionType.mutated();

// ---------------------------------------------------------------- Cursor

export const cursorType: PyType = nativeType(MODULE, "Cursor", undefined, {
  flags: TypeFlags.BASETYPE | TypeFlags.WEAKREFABLE,
  factory: (cls) => new PyCursor(cls, null),
});

class PyCursor extends PyInstance {
  connection: PyConnection | null;
  rows: IterableIterator<unknown[]> | null = null;
  /** the row execute() stepped to (CPython's execute runs the statement to its first row) */
  first: IteratorResult<unknown[]> | null = null;
  /** the statement behind rows */
  statement: StatementSync | null = null;
  dml = false;
  description: W = None;
  rowcount = -1;
  lastrowid: W = None;
  arraysize = 1;
  rowFactory: W = None;
  closed = false;
  converters: (W | null)[] = [];
  constructor(cls: PyType, connection: PyConnection | null) {
    super(cls);
    this.connection = connection;
    if (connection !== null) this.rowFactory = connection.rowFactory;
  }
}

/** A C uint32_t argument (fetchmany's size through Argument Clinic, the arraysize setter through
 * PyLong_AsUInt32: their overflow messages differ). */
function unsignedInt(w: W, setter = false): number {
  const n = indexOf(w);
  if (n < 0) fail(exceptionTypes.ValueError, "Cannot convert negative int");
  if (n > 0xffffffff) {
    fail(exceptionTypes.OverflowError, `Python int too large ${setter ? "to convert to" : "for"} C uint32_t`);
  }
  return Number(n);
}

function cur(w: W): PyCursor {
  if (!(w instanceof PyCursor)) raiseTypeError("descriptor requires a 'sqlite3.Cursor' object");
  if (w.connection === null) fail(ProgrammingError, "Base Cursor.__init__ not called.");
  return w;
}
function cursorConn(c: PyCursor): PyConnection {
  if (c.closed) fail(ProgrammingError, "Cannot operate on a closed cursor.");
  usable(c.connection!);
  return c.connection!;
}

/** bind_parameters: a dict binds the statement's named parameters by name, any other sequence (tuple, list,
 * or an object with __len__ and __getitem__) its parameters by position. */
function bindParams(st: StatementSync, params: W | undefined, sql: string): unknown[] {
  const slots = (st as unknown as { sourceSQL: () => string }).sourceSQL ? paramSlots(sql) : [];
  const count = slots.length;
  if (params === undefined || params === None) {
    if (count > 0) {
      fail(
        ProgrammingError,
        `Incorrect number of bindings supplied. The current statement uses ${count}, and there are 0 supplied.`,
      );
    }
    return [];
  }
  if (params instanceof PyDict) {
    const obj: Record<string, SqlValue> = {};
    slots.forEach((name, i) => {
      if (name === null) {
        fail(
          ProgrammingError,
          `Binding ${i + 1} has no name, but you supplied a dictionary (which has only names).`,
        );
      }
      if (name[0] === "?") return;
      const key = name.slice(1);
      let v: W | undefined;
      try {
        v = typeOf(params) === dictTypeRef() ? params.getItem(newStr(key)) : getItem(params, newStr(key));
      } catch (e) {
        if (!(e instanceof PyError) || !e.matches(exceptionTypes.LookupError)) throw e;
      }
      if (v === undefined) {
        fail(ProgrammingError, `You did not supply a value for binding parameter :${key}.`);
      }
      obj[key] = paramToSql(v, i + 1);
    });
    return [obj];
  }
  if (typeOf(params).lookup("__getitem__") === undefined) {
    fail(ProgrammingError, "parameters are of unsupported type");
  }
  const n = params instanceof PyTuple || params instanceof PyList ? params.items.length : len(params);
  if (n !== count) {
    fail(
      ProgrammingError,
      `Incorrect number of bindings supplied. The current statement uses ${count}, and there are ${n} supplied.`,
    );
  }
  const out: SqlValue[] = [];
  for (let i = 0; i < n; i++) {
    const name = slots[i];
    if (name !== null && name[0] !== "?") {
      fail(
        ProgrammingError,
        `Binding ${
          i + 1
        } ('${name}') is a named parameter, but you supplied a sequence which requires nameless (qmark) placeholders.`,
      );
    }
    // a list is indexed afresh each time: an adapter may have shortened it (IndexError then)
    const v = params instanceof PyTuple || params instanceof PyList ? params.items[i] : getItem(params, i);
    if (v === undefined) fail(exceptionTypes.IndexError, "list index out of range");
    out.push(paramToSql(v, i + 1));
  }
  return out;
}

/** The statement's parameters by index as SQLite numbers them (sqlite3_bind_parameter_name: null for a
 * bare '?'): '?' takes the next index, '?N' index N, a name its first occurrence's index. */
function paramSlots(sql: string): (string | null)[] {
  const slots: (string | null)[] = [];
  const named = new Map<string, number>();
  for (const t of paramTokens(sql)) {
    if (t === "?") slots.push(null);
    else if (t[0] === "?") {
      const at = Number(t.slice(1));
      while (slots.length < at) slots.push(null);
      slots[at - 1] = t;
    } else if (!named.has(t)) {
      named.set(t, slots.length);
      slots.push(t);
    }
  }
  return slots;
}

function paramTokens(sql: string): string[] {
  const out: string[] = [];
  const re = /'(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*|\/\*[\s\S]*?\*\/|\?\d*|[:@$][A-Za-z_][A-Za-z0-9_]*/g;
  for (const m of sql.matchAll(re)) {
    const t = m[0];
    if (t[0] === "?" || t[0] === ":" || t[0] === "@" || t[0] === "$") out.push(t);
  }
  return out;
}

function converterFor(c: PyCursor, decl: string | null, colname: string): W | null {
  const detect = c.connection!.detectTypes;
  if ((detect & PARSE_COLNAMES) !== 0) {
    const m = /\[([^\]]+)\]/.exec(colname);
    if (m !== null) {
      const conv = converters.getItem(newStr(m[1].toUpperCase()));
      if (conv !== undefined) return conv;
    }
  }
  if ((detect & PARSE_DECLTYPES) !== 0 && decl !== null) {
    const name = decl.split(/[\s(]/)[0].toUpperCase();
    const conv = converters.getItem(newStr(name));
    if (conv !== undefined) return conv;
  }
  return null;
}

/** The checks CPython's statement constructor makes before SQLite sees the text. */
function checkedSql(sql: string): string {
  if (sql.includes("\0")) fail(ProgrammingError, "the query contains a null character");
  if (!sql.isWellFormed()) utf8Encode(sql, "strict"); // raises UnicodeEncodeError for the lone surrogate
  return sql;
}

/** stmt_reset of the statement a cursor is stepping through (a new execute, close, or the cursor's end). */
function resetRows(c: PyCursor): void {
  const rows = c.rows;
  c.rows = null;
  c.first = null;
  rows?.return?.();
}

function resetAbandoned(cn: PyConnection): void {
  if (cn.unfinished.length === 0) return;
  cn.unfinished = cn.unfinished.filter((u) => {
    const c = u.cursor.deref();
    if (c !== undefined && c.rows === u.rows) return true;
    if (c === undefined) u.rows.return?.();
    return false;
  });
}

function cursorExecute(c: PyCursor, sqlW: W, params: W | undefined): void {
  const cn = cursorConn(c);
  if (!(sqlW instanceof PyStr)) raiseTypeError(`execute() argument 1 must be str, not ${typeOf(sqlW).name}`);
  const sql = checkedSql(sqlW.value);
  if (tailAfterFirst(sql) !== "") fail(ProgrammingError, "You can only execute one statement at a time.");
  resetRows(c);
  resetAbandoned(cn);
  c.description = None;
  c.rowcount = -1;
  // a statement of only whitespace and comments compiles to nothing (node:sqlite crashes on it); CPython
  // runs nothing then
  if (/^(\s|--[^\n]*(\n|$)|\/\*(?:(?!\*\/)[\s\S])*(?:\*\/|$))*$/.test(sql)) return;
  beginIfNeeded(cn, sql);
  let st = prepare(cn, sql);
  // a statement another cursor is still stepping through cannot be reset under it: use a new one
  const holder = cn.stepping.get(st)?.deref();
  if (holder !== undefined && holder !== c && holder.rows !== null && holder.statement === st) {
    st = prepare(cn, sql, true);
  }
  const args = bindParams(st, params, sql);
  if (cn.traceCallback !== None) {
    // SQLite traces the unexpanded text when the expansion would exceed SQLITE_LIMIT_LENGTH
    let text = args.length === 0 ? sql : expandedSql(sql, args);
    if (text !== sql && new TextEncoder().encode(text).length > limitsOf(cn).length) text = sql;
    trace(cn, text);
  }
  const cols = st.columns();
  try {
    if (cols.length > 0) {
      c.description = newTuple(
        cols.map((col) => newTuple([newStr(columnName(cn, col.name)), None, None, None, None, None, None])),
      );
      c.converters = cols.map((col) => converterFor(c, col.type, col.name));
      c.rows = (st.iterate as (...a: unknown[]) => IterableIterator<unknown[]>)(...args);
      c.statement = st;
      cn.stepping.set(st, new WeakRef(c));
      c.dml = isDml(sql);
      stepAhead(c);
      if (c.rows !== null) cn.unfinished.push({ cursor: new WeakRef(c), rows: c.rows });
    } else {
      const r =
        (st.run as (...a: unknown[]) => { changes: number | bigint; lastInsertRowid: number | bigint })(
          ...args,
        );
      if (isDml(sql)) c.rowcount = Number(r.changes);
      c.lastrowid = normBig(BigInt(r.lastInsertRowid));
      // a schema change: cached statements report the columns they were prepared with until stepped, so
      // they are prepared afresh (a new column in 'select *' shows in the next description)
      if (/^\s*(alter|create|drop)\b/i.test(stripComments(sql))) cn.statements.clear();
    }
  } catch (e) {
    c.rows = null;
    throw sqliteError(e);
  }
}

/** _pysqlite_build_column_name: with PARSE_COLNAMES the name ends before its first '[' (and the space
 * before it); otherwise it is SQLite's name as it is. */
function columnName(cn: PyConnection, name: string): string {
  if ((cn.detectTypes & PARSE_COLNAMES) === 0) return name;
  const at = name.indexOf("[");
  if (at < 0) return name;
  return name.slice(0, at > 0 && name[at - 1] === " " ? at - 1 : at);
}

function isDml(sql: string): boolean {
  return /^\s*(insert|update|delete|replace)\b/i.test(stripComments(sql));
}

function cursorExecuteMany(c: PyCursor, sqlW: W, seq: W): void {
  const cn = cursorConn(c);
  if (!(sqlW instanceof PyStr)) {
    raiseTypeError(`executemany() argument 1 must be str, not ${typeOf(sqlW).name}`);
  }
  // the statement is compiled, and must be DML, before any parameters are looked at
  const sql = checkedSql(sqlW.value);
  if (!isBlankSql(sql)) {
    prepare(cn, sql);
    if (!isDml(sql)) fail(ProgrammingError, "executemany() can only execute DML statements.");
  }
  let total = 0;
  c.lastrowid = 0;
  const it = iter(seq);
  for (;;) {
    const params = next(it);
    if (params === STOP_ITEM) break;
    const keep: W = c.lastrowid;
    cursorExecute(c, sqlW, params);
    c.lastrowid = keep;
    if (c.rows !== null) fail(ProgrammingError, "executemany() can only execute DML statements.");
    total += Math.max(c.rowcount, 0);
  }
  c.rowcount = total;
}

function cursorExecuteScript(c: PyCursor, script: W): void {
  const cn = cursorConn(c);
  if (!(script instanceof PyStr)) {
    raiseTypeError(`executescript() argument must be str, not ${typeOf(script).name}`);
  }
  if (!script.value.isWellFormed()) utf8Encode(script.value, "strict"); // UnicodeEncodeError
  if (script.value.includes("\0")) fail(exceptionTypes.ValueError, "embedded null character");
  const maxLength = limitsOf(cn).sqlLength;
  if (script.value.length * 3 > maxLength && new TextEncoder().encode(script.value).length > maxLength) {
    fail(DataError, "query string is too large");
  }
  if (cn.autocommit === LEGACY_TRANSACTION_CONTROL) commit(cn);
  if (cn.traceCallback !== None) {
    // SQLite traces each statement of the script as it starts it
    for (const one of splitStatements(script.value)) trace(cn, one);
    const saved = cn.traceCallback;
    cn.traceCallback = None;
    try {
      execRaw(cn, script.value);
    } finally {
      cn.traceCallback = saved;
    }
  } else execRaw(cn, script.value);
  cn.statements.clear(); // the script may have changed the schema (see cursorExecute)
}

/** Step to the cursor's next row, as CPython's cursor does once it has taken a row: at the end the
 * statement is reset at once (a DML statement's rowcount is then known), and an error is raised now. */
function stepAhead(c: PyCursor): void {
  try {
    c.first = c.rows!.next();
  } catch (e) {
    c.rows = null;
    c.first = null;
    throw sqliteError(e);
  }
  if (c.first.done) {
    c.rows = null;
    c.first = null;
    if (c.dml) c.rowcount = Number(prepare(c.connection!, "select changes()").get()![0 as never]);
  }
}

function fetchRow(c: PyCursor): W | null {
  cursorConn(c);
  if (c.rows === null) return null;
  const r = c.first!;
  const text = c.connection!.textFactory;
  const values = (r.value as unknown[]).map((v, i) => {
    const conv = c.converters[i];
    if (conv !== null && conv !== undefined && v !== null) {
      const raw = typeof v === "string"
        ? new TextEncoder().encode(v)
        : v instanceof Uint8Array
        ? v
        : new TextEncoder().encode(String(v));
      // sqlite3_column_blob gives NULL for a zero-length value: None, the converter not called
      return raw.length === 0 ? None : call(conv, [newBytes(raw)]);
    }
    if (typeof v === "string" && text !== None && text !== strTypeRef()) {
      return call(text, [newBytes(new TextEncoder().encode(v))]);
    }
    return pyFromSql(v);
  });
  const row = newTuple(values);
  stepAhead(c);
  const factory = c.rowFactory;
  return factory === None ? row : call(factory, [c, row]);
}
const strTypeRef = () => strType;
const dictTypeRef = () => dictType;

defineMethods(cursorType, [
  {
    name: "__init__",
    arity: [1, 1],
    impl: (a) => {
      const c = a[0] as PyCursor;
      c.connection = conn(a[1]);
      c.rowFactory = c.connection.rowFactory;
      return None;
    },
  },
  ...EXECUTE_METHODS.map(([name, arity, run]): MethodSpec => ({
    name,
    arity,
    impl: (a) => {
      run(cur(a[0]), a);
      return a[0];
    },
  })),
  { name: "fetchone", arity: [0, 0], impl: (a) => fetchRow(cur(a[0])) ?? None },
  {
    name: "fetchmany",
    arity: [0, 1],
    kw: ["size"],
    impl: (a) => {
      const c = cur(a[0]);
      const n = a[1] === undefined ? c.arraysize : unsignedInt(a[1]);
      const out: W[] = [];
      while (out.length < n) {
        const r = fetchRow(c);
        if (r === null) break;
        out.push(r);
      }
      return newList(out);
    },
  },
  {
    name: "fetchall",
    arity: [0, 0],
    impl: (a) => {
      const c = cur(a[0]);
      const out: W[] = [];
      for (let r = fetchRow(c); r !== null; r = fetchRow(c)) out.push(r);
      return newList(out);
    },
  },
  {
    name: "close",
    arity: [0, 0],
    impl: (a) => {
      const c = cur(a[0]);
      checkThread(c.connection!);
      openDb(c.connection!);
      resetRows(c);
      c.closed = true;
      return None;
    },
  },
  { name: "setinputsizes", arity: [1, 1], impl: () => None },
  { name: "setoutputsize", arity: [1, 2], impl: () => None },
  { name: "__iter__", arity: [0, 0], impl: (a) => a[0] },
  {
    name: "__next__",
    arity: [0, 0],
    impl: (a) => {
      const r = fetchRow(cur(a[0]));
      if (r === null) throw newError(exceptionTypes.StopIteration, []);
      return r;
    },
  },
]);
defineGetSets(cursorType, [
  { name: "description", get: (c) => cur(c).description },
  { name: "rowcount", get: (c) => cur(c).rowcount },
  { name: "lastrowid", get: (c) => cur(c).lastrowid },
  { name: "connection", get: (c) => cur(c).connection! },
  {
    name: "arraysize",
    get: (c) => cur(c).arraysize,
    set: (c, v) => void (cur(c).arraysize = unsignedInt(v, true)),
  },
  { name: "row_factory", get: (c) => cur(c).rowFactory, set: (c, v) => void (cur(c).rowFactory = v) },
]);

// ---------------------------------------------------------------- Blob

// Connection.blobopen: node:sqlite has no incremental blob I/O, so a Blob reads and rewrites the value
// through SQL (substr for reads, an UPDATE of the whole value for writes). Like sqlite3_blob_open's handle
// it has a fixed length, and a change of the row behind its back (seen as a different value) aborts it.
export const blobType: PyType = nativeType(MODULE, "Blob", undefined, {
  flags: TypeFlags.WEAKREFABLE | TypeFlags.DISALLOW_INSTANTIATION,
});
class PyBlob extends PyInstance {
  closed = false;
  offset = 0;
  constructor(
    readonly connection: PyConnection,
    readonly where: string,
    readonly column: string,
    readonly row: W,
    readonly readonly: boolean,
    public value: Uint8Array,
  ) {
    super(blobType);
  }
}

/** A quoted identifier: backquotes, which SQLite never reads as a string literal (a double-quoted name
 * that matches no column is one, with double-quoted string literals on as SQLite's default has them). */
function quoteId(name: string): string {
  return "`" + name.replace(/`/g, "``") + "`";
}

function blobOpen(c: PyConnection, a: W[], kw: Kwargs | null): W {
  const [table, column, row, readonlyW, nameW] = parseArgs("blobopen", a, kw, 1, {
    names: ["table", "column", "row", "readonly", "name"],
    required: 3,
    posOnly: 3,
    kwOnly: 2,
  });
  if (!(table instanceof PyStr)) {
    raiseTypeError(`blobopen() argument 1 must be str, not ${typeOf(table).name}`);
  }
  if (!(column instanceof PyStr)) {
    raiseTypeError(`blobopen() argument 2 must be str, not ${typeOf(column).name}`);
  }
  if (typeof row !== "number" && typeof row !== "bigint") {
    raiseTypeError(`'${typeOf(row).name}' object cannot be interpreted as an integer`);
  }
  const dbName = nameW === undefined ? "main" : str(nameW);
  const where = `${quoteId(dbName)}.${quoteId(table.value)}`;
  const b = new PyBlob(
    c,
    where,
    quoteId(column.value),
    row,
    readonlyW !== undefined && isTrue(readonlyW),
    EMPTY,
  );
  const v = blobCurrent(b, true);
  if (v === null) fail(OperationalError, `no such rowid: ${String(row)}`);
  b.value = v;
  return b;
}

/** The value behind the blob now (null: the row is gone); `opening`: SQL errors are the open's. */
function blobCurrent(b: PyBlob, opening: boolean): Uint8Array | null {
  const c = b.connection;
  let rowData: unknown[] | undefined;
  try {
    const st = prepare(c, `select ${b.column} from ${b.where} where rowid = ?`);
    rowData = st.get(typeof b.row === "number" ? BigInt(b.row) : b.row as bigint) as unknown as
      | unknown[]
      | undefined;
  } catch (e) {
    if (!opening && e instanceof PyError) fail(OperationalError, "query aborted");
    throw e;
  }
  if (rowData === undefined) return null;
  const v = rowData[0];
  if (v instanceof Uint8Array) return v;
  if (typeof v === "string") return new TextEncoder().encode(v);
  if (opening) {
    fail(
      OperationalError,
      `cannot open value of type ${v === null ? "null" : typeof v === "bigint" ? "integer" : "real"}`,
    );
  }
  return null;
}

function openBlob(w: W): PyBlob {
  const b = w as PyBlob;
  if (b.closed) fail(ProgrammingError, "Cannot operate on a closed blob.");
  openDb(b.connection);
  return b;
}

/** The blob's bytes, checking that nothing changed them behind its back (SQLITE_ABORT in SQLite). */
function blobData(b: PyBlob): Uint8Array {
  const now = blobCurrent(b, false);
  if (now === null || !sameBytes(now, b.value)) fail(OperationalError, "query aborted");
  return b.value;
}
function sameBytes(x: Uint8Array, y: Uint8Array): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

function blobStore(b: PyBlob, data: Uint8Array, at: number): void {
  if (b.readonly) fail(OperationalError, "attempt to write a readonly database");
  const next = blobData(b).slice();
  next.set(data, at);
  try {
    prepare(b.connection, `update ${b.where} set ${b.column} = ? where rowid = ?`).run(
      next,
      typeof b.row === "number" ? BigInt(b.row) : b.row as bigint,
    );
  } catch (e) {
    throw sqliteError(e);
  }
  b.value = next;
}

function blobIndex(b: PyBlob, w: W): number {
  if (typeof w !== "number" && typeof w !== "bigint" && !(w instanceof PyBool)) {
    if (getAttrOrUndefined(w, "__index__") === undefined) raiseTypeError("Blob indices must be integers");
  }
  const v = indexOf(w);
  const n = b.value.length;
  let i = typeof v === "bigint" ? (v < 0n ? -Infinity : Infinity) : v;
  if (i < 0) i += n;
  if (i < 0 || i >= n) fail(exceptionTypes.IndexError, "Blob index out of range");
  return i;
}

defineMethods(blobType, [
  {
    name: "read",
    arity: [0, 1],
    kw: ["length"],
    impl: (a) => {
      const b = openBlob(a[0]);
      let n = a[1] === undefined ? -1 : Number(indexOf(a[1]));
      const data = blobData(b);
      const left = data.length - b.offset;
      if (n < 0 || n > left) n = left;
      const out = data.slice(b.offset, b.offset + n);
      b.offset += n;
      return newBytes(out);
    },
  },
  {
    name: "write",
    arity: [1, 1],
    impl: (a) => {
      const b = openBlob(a[0]);
      const data = bytesLike(a[1]);
      if (data === undefined) raiseTypeError(`a bytes-like object is required, not '${typeOf(a[1]).name}'`);
      if (data.length > b.value.length - b.offset) {
        fail(exceptionTypes.ValueError, "data longer than blob length");
      }
      blobStore(b, data, b.offset);
      b.offset += data.length;
      return None;
    },
  },
  {
    name: "seek",
    arity: [1, 2],
    kw: ["offset", "origin"],
    impl: (a) => {
      const b = openBlob(a[0]);
      const off = Number(indexOf(a[1]));
      const origin = a[2] === undefined ? 0 : Number(indexOf(a[2]));
      let target: number;
      if (origin === 0) target = off;
      else if (origin === 1) target = b.offset + off;
      else if (origin === 2) target = b.value.length + off;
      else fail(exceptionTypes.ValueError, "'origin' should be os.SEEK_SET, os.SEEK_CUR, or os.SEEK_END");
      if (target > 0x7fffffff) fail(exceptionTypes.OverflowError, "seek offset results in overflow");
      if (target < 0 || target > b.value.length) fail(exceptionTypes.ValueError, "offset out of blob range");
      b.offset = target;
      return None;
    },
  },
  { name: "tell", arity: [0, 0], impl: (a) => openBlob(a[0]).offset },
  {
    name: "close",
    arity: [0, 0],
    impl: (a) => {
      const b = a[0] as PyBlob;
      openDb(b.connection);
      b.closed = true;
      return None;
    },
  },
  { name: "__enter__", arity: [0, 0], impl: (a) => openBlob(a[0]) },
  {
    name: "__exit__",
    arity: [3, 3],
    impl: (a) => {
      openBlob(a[0]).closed = true;
      return False;
    },
  },
  { name: "__len__", arity: [0, 0], impl: (a) => openBlob(a[0]).value.length },
  {
    name: "__getitem__",
    arity: [1, 1],
    impl: (a) => {
      const b = openBlob(a[0]);
      const k = a[1];
      if (k instanceof PySlice) {
        const [start, , step, count] = sliceIndices(k, b.value.length);
        const data = blobData(b);
        const out = new Uint8Array(count);
        for (let i = 0; i < count; i++) out[i] = data[start + i * step];
        return newBytes(out);
      }
      const i = blobIndex(b, k);
      return blobData(b)[i];
    },
  },
  {
    name: "__setitem__",
    arity: [2, 2],
    impl: (a) => {
      const b = openBlob(a[0]);
      const k = a[1], v = a[2];
      if (k instanceof PySlice) {
        const data = bytesLike(v);
        if (data === undefined) raiseTypeError(`a bytes-like object is required, not '${typeOf(v).name}'`);
        const [start, , step, count] = sliceIndices(k, b.value.length);
        if (data.length !== count) fail(exceptionTypes.IndexError, "Blob slice assignment is wrong size");
        if (count === 0) return None;
        if (step === 1) blobStore(b, data, start);
        else {
          const next = blobData(b).slice();
          for (let i = 0; i < count; i++) next[start + i * step] = data[i];
          blobStore(b, next, 0);
        }
        return None;
      }
      const i = blobIndex(b, k);
      if (
        typeof v !== "number" && typeof v !== "bigint" && getAttrOrUndefined(v, "__index__") === undefined
      ) {
        raiseTypeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
      }
      const byte = indexOf(v);
      if (byte < 0 || byte > 255) fail(exceptionTypes.ValueError, "byte must be in range(0, 256)");
      blobStore(b, new Uint8Array([Number(byte)]), i);
      return None;
    },
  },
  {
    name: "__delitem__",
    arity: [1, 1],
    impl: (a) => {
      openBlob(a[0]);
      raiseTypeError(
        a[1] instanceof PySlice
          ? "Blob doesn't support slice deletion"
          : "Blob doesn't support item deletion",
      );
    },
  },
]);
// a mapping, not a sequence: `x in blob` and iteration do not fall back to __getitem__
blobType.dict.set("__iter__", None);
blobType.mutated();
const EMPTY = new Uint8Array(0);

// ---------------------------------------------------------------- Row

export const rowType: PyType = nativeType(MODULE, "Row", undefined, {
  factory: (cls) => new PyRow(cls, newTuple([]), []),
});
class PyRow extends PyInstance {
  /** the cursor had no description (a string key then finds nothing) */
  noDescription = false;
  constructor(cls: PyType, public data: PyTuple, public names: string[]) {
    super(cls);
  }
}
function row(w: W): PyRow {
  if (!(w instanceof PyRow)) raiseTypeError("descriptor requires a 'sqlite3.Row' object");
  return w;
}
defineMethods(rowType, [
  {
    name: "__new__",
    arity: [3, 3],
    kind: "static",
    impl: (a) => {
      const c = a[1];
      if (!(c instanceof PyCursor)) {
        raiseTypeError(`Row() argument 1 must be sqlite3.Cursor, not ${typeOf(c).name}`);
      }
      if (!(a[2] instanceof PyTuple)) {
        raiseTypeError(`Row() argument 2 must be tuple, not ${typeOf(a[2]).name}`);
      }
      const names = c.description instanceof PyTuple
        ? c.description.items.map((d) => ((d as PyTuple).items[0] as PyStr).value)
        : [];
      const made = new PyRow(a[0] as PyType, a[2], names);
      made.noDescription = !(c.description instanceof PyTuple);
      return made;
    },
  },
  {
    name: "__getitem__",
    arity: [1, 1],
    impl: (a) => {
      const r = row(a[0]);
      const k = a[1];
      if (k instanceof PyStr) {
        if (r.noDescription) fail(exceptionTypes.IndexError, `No item with key ${repr(k)}`);
        const i = r.names.findIndex((n) => n.toLowerCase() === k.value.toLowerCase());
        if (i < 0) fail(exceptionTypes.IndexError, "No item with that key");
        return r.data.items[i];
      }
      if (typeof k !== "number" && typeof k !== "bigint" && !(k instanceof PySlice)) {
        // CPython's Row takes an int (PyLong_Check: bool too), a str or a slice
        if (!(k instanceof PyBool)) fail(exceptionTypes.IndexError, "Index must be int or string");
      }
      return callMethod(r.data, "__getitem__", [k]);
    },
  },
  { name: "keys", arity: [0, 0], impl: (a) => newList(row(a[0]).names.map((n) => newStr(n))) },
  { name: "__len__", arity: [0, 0], impl: (a) => row(a[0]).data.items.length },
  { name: "__iter__", arity: [0, 0], impl: (a) => iter(row(a[0]).data) },
  {
    name: "__eq__",
    arity: [1, 1],
    impl: (a) => {
      const o = a[1];
      if (!(o instanceof PyRow)) return notImpl();
      const r = row(a[0]);
      return r.names.join("\0") === o.names.join("\0") && eq(r.data, o.data) ? True : False;
    },
  },
  {
    name: "__hash__",
    arity: [0, 0],
    impl: (a) => hash(newTuple([newTuple(row(a[0]).names.map((n) => newStr(n))), row(a[0]).data])),
  },
  {
    name: "__repr__",
    arity: [0, 0],
    impl: (a) => newStr(`<sqlite3.Row object at 0x${(objectIdOf(a[0])).toString(16)}>`),
  },
]);
const notImpl = () => NotImplemented;
const objectIdOf = (w: W) => objectId(w);

// ---------------------------------------------------------------- module

export const sqliteModule: NativeModuleDef = {
  name: "_sqlite3",
  functions: [
    {
      name: "connect",
      arity: [0, 9],
      kw: ["**"],
      impl: (a, kw) => {
        const fi = kw === null ? -1 : kw.names.indexOf("factory");
        const factory = fi >= 0 ? kw!.values[fi] : a[5];
        if (factory !== undefined && factory !== connectionType) {
          const rest = kw === null
            ? null
            : { names: kw.names.filter((_, i) => i !== fi), values: kw.values.filter((_, i) => i !== fi) };
          return call(factory, a.slice(0, 5), rest);
        }
        return connect(connectionType, a, kw, 0);
      },
    },
    {
      name: "register_adapter",
      arity: [2, 2],
      impl: (a) => {
        const t = a[0];
        if (t === intType || t === floatType || t === strType || t === bytearrayType) baseTypeAdapted = true;
        adapters.setItem(newTuple([t, prepareProtocolType]), a[1]);
        return None;
      },
    },
    {
      name: "register_converter",
      arity: [2, 2],
      impl: (a) => {
        if (!(a[0] instanceof PyStr)) {
          raiseTypeError(`register_converter() argument 1 must be str, not ${typeOf(a[0]).name}`);
        }
        converters.setItem(newStr(a[0].value.toUpperCase()), a[1]);
        return None;
      },
    },
    {
      name: "adapt",
      arity: [1, 3],
      impl: (a) => microAdapt(a[0], a[1] === undefined ? prepareProtocolType : a[1], a[2]),
    },
    {
      name: "complete_statement",
      arity: [1, 1],
      kw: ["statement"],
      impl: (a) => {
        const s = str(a[0]);
        return /;\s*$/.test(s.replace(/--[^\n]*$/gm, "")) ? True : False;
      },
    },
    {
      name: "enable_callback_tracebacks",
      arity: [1, 1],
      kw: ["enable"],
      impl: (a) => {
        callbackTracebacks = isTrue(a[0]);
        return None;
      },
    },
  ],
  types: [
    connectionType,
    cursorType,
    rowType,
    blobType,
    ["PrepareProtocol", prepareProtocolType],
    Warning,
    ["Error", Error_],
    InterfaceError,
    DatabaseError,
    DataError,
    OperationalError,
    IntegrityError,
    InternalError,
    ProgrammingError,
    NotSupportedError,
  ],
  values: () => {
    const version =
      (new (nodeSqlite().DatabaseSync)(":memory:").prepare("select sqlite_version()").get() as Record<
        string,
        string
      >)[
        "sqlite_version()"
      ];
    return {
      sqlite_version: newStr(version),
      sqlite_version_info: newTuple(version.split(".").map(Number)),
      PARSE_DECLTYPES,
      PARSE_COLNAMES,
      LEGACY_TRANSACTION_CONTROL,
      adapters,
      converters,
      threadsafety: 1,
      ...moduleConstants(),
    };
  },
};
