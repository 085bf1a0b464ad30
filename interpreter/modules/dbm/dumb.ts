// dbm.dumb: CPython's "dumb" database, file-compatible with Lib/dbm/dumb.py. For a database `spam`,
// spam.dat holds the values, each starting at a 512-byte aligned offset (the gap NUL-padded), and
// spam.dir is the index, a Latin-1 text file of lines `repr(key.decode('Latin-1')), repr((pos, siz))`;
// spam.bak is the index before the last full rewrite. New keys append a line to spam.dir at once; a
// changed value is written in place when it fits its old blocks, else appended, and the index is
// rewritten only by sync()/close() (and del). The files go through the posix module as `os`/`io` calls
// would, so errors (FileNotFoundError with the bytes file name…) are CPython's.
import {
  call,
  callMethod,
  False,
  finalizerHooks,
  getAttr,
  type MethodSpec,
  None,
  PyInstance,
  type PyType,
  True,
  type W,
} from "../../objects/model.ts";
import { exceptionTypes } from "../../objects/exceptions.ts";
import { newBytes, PyByteArray, PyBytes } from "../../objects/bytes.ts";
import { newStr, PyStr } from "../../objects/str.ts";
import { newTuple } from "../../objects/tuple.ts";
import { newList } from "../../objects/list.ts";
import { binaryOp, BinaryOps, hash, iter, iterateToArray, repr } from "../../objects/operations.ts";
import { indexOf } from "../../objects/int.ts";
import { newError, PyError, raiseTypeError, raiseValueError } from "../../vm/errors.ts";
import { importModule } from "../../importing/importer.ts";
import { utf8Encode } from "../codecs_impl.ts";
import { fsEncode, fspath } from "../posix/args.ts";
import { osErrorFor } from "../posix/oserror.ts";
import type { NativeModuleDef } from "../define.ts";
import { mappingType, moduleFunction } from "./mod.ts";

const MODULE = "dbm.dumb";
const BLOCKSIZE = 512;
const EISDIR = 21;
const CLOSED = "DBM object has already been closed";
const READONLY = "The database is opened for reading only";

class PyDumbDatabase extends PyInstance {
  /** keys (their bytes as Latin-1 strings) to the (pos, siz) objects the index holds; null once closed */
  declare index: Map<string, W> | null;
  declare dirfile: Uint8Array;
  declare datfile: Uint8Array;
  declare bakfile: Uint8Array;
  declare mode: W;
  declare readonly: boolean;
  declare modified: boolean;
}

// ---------------------------------------------------------------- files, through posix

let posix: W | null = null;
function os(name: string, ...args: W[]): W {
  posix ??= importModule("posix");
  return call(getAttr(posix, name), args);
}
function flag(name: string): number {
  posix ??= importModule("posix");
  return getAttr(posix, name) as number;
}
const path = (p: Uint8Array): W => newBytes(p);

/** The fd of `file` opened as io.open would for `how`: "r" and "rb", "w", "a", "rb+" (`checkDir`: with
 * io.open's refusal of a directory to read, which open(2) accepts; a read of one fails later anyway). */
function openFile(file: Uint8Array, how: "r" | "w" | "a" | "rb+", checkDir = false): number {
  const access = how === "r" ? flag("O_RDONLY") : how === "rb+" ? flag("O_RDWR") : flag("O_WRONLY");
  const extra = how === "w"
    ? flag("O_CREAT") | flag("O_TRUNC")
    : how === "a"
    ? flag("O_CREAT") | flag("O_APPEND")
    : 0;
  const fd = os("open", path(file), access | extra | flag("O_CLOEXEC"), 0o666) as number;
  if (checkDir && ((getAttr(os("fstat", fd), "st_mode") as number) & 0o170000) === 0o040000) {
    os("close", fd);
    throw osErrorFor(EISDIR, path(file));
  }
  return fd;
}

function withFile<T>(file: Uint8Array, how: "r" | "w" | "a" | "rb+", body: (fd: number) => T): T {
  const fd = openFile(file, how);
  try {
    return body(fd);
  } finally {
    os("close", fd);
  }
}

function writeAll(fd: number, data: Uint8Array): void {
  for (let off = 0; off < data.length;) {
    off += os("write", fd, newBytes(off === 0 ? data : data.subarray(off))) as number;
  }
}

/** Up to `n` bytes from the fd's position (all that is left when n < 0). */
function readUpTo(fd: number, n: number): Uint8Array {
  const parts: Uint8Array[] = [];
  let total = 0;
  while (n < 0 || total < n) {
    const want = n < 0 ? 1 << 16 : Math.min(n - total, 1 << 20);
    const chunk = (os("read", fd, want) as PyBytes).value;
    if (chunk.length === 0) break;
    parts.push(chunk);
    total += chunk.length;
  }
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) out.set(p, at), at += p.length;
  return out;
}

function chmod(db: PyDumbDatabase, file: Uint8Array): void {
  os("chmod", path(file), db.mode);
}

function ignoringOSError(fn: () => void): void {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof PyError) || !e.matches(exceptionTypes.OSError)) throw e;
  }
}

// ---------------------------------------------------------------- keys and the index file

const latin1 = (b: Uint8Array): string => {
  let s = "";
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
};
const latin1Bytes = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** A key as the index has it: str encoded as UTF-8, bytes as they are; null for any other object. */
function keyOf(w: W): string | null {
  if (w instanceof PyStr) return latin1(utf8Encode(w.value, "strict"));
  if (w instanceof PyBytes) return latin1(w.value);
  return null;
}

/** `key in index` / `index[key]` for a key that is not bytes: a hashable one is simply absent. */
function absentKey(w: W): never {
  hash(w); // TypeError for an unhashable key, as the dict lookup
  throw newError(exceptionTypes.KeyError, [w]);
}

function entryLine(key: string, pair: W): string {
  return `${repr(newStr(key))}, ${repr(pair)}\n`;
}

// the common index line: a quoted key without escapes and two decimal integers
const SIMPLE_LINE = /^'([^'\\]*)', \((\d+), (\d+)\)$/;
// str.rstrip()'s whitespace among Latin-1 characters
// deno-lint-ignore no-control-regex
const TRAILING_SPACE = /[\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0]+$/;

/** The index file's lines as _update reads them: universal newlines, rstrip, ast.literal_eval. */
function readIndex(db: PyDumbDatabase, text: string): void {
  const index = db.index!;
  const lines = text.split(/\r\n|\r|\n/);
  if (lines[lines.length - 1] === "") lines.pop();
  let literalEval: W | null = null;
  for (const raw of lines) {
    const line = raw.replace(TRAILING_SPACE, "");
    const m = SIMPLE_LINE.exec(line);
    if (m !== null && m[2].length < 16 && m[3].length < 16) {
      index.set(m[1], newTuple([Number(m[2]), Number(m[3])]));
      continue;
    }
    literalEval ??= getAttr(importModule("ast"), "literal_eval");
    const parsed = iterateToArray(call(literalEval, [newStr(line)]));
    if (parsed.length !== 2) {
      raiseValueError(
        parsed.length < 2
          ? `not enough values to unpack (expected 2, got ${parsed.length})`
          : "too many values to unpack (expected 2)",
      );
    }
    const key = callMethod(parsed[0], "encode", [newStr("Latin-1")]) as PyBytes;
    index.set(latin1(key.value), parsed[1]);
  }
}

/** `pos, siz = pair` */
function unpackPair(pair: W): [number, number] {
  const items = iterateToArray(pair);
  if (items.length !== 2) {
    raiseValueError(
      items.length < 2
        ? `not enough values to unpack (expected 2, got ${items.length})`
        : "too many values to unpack (expected 2)",
    );
  }
  return [Number(indexOf(items[0])), Number(indexOf(items[1]))];
}

// ---------------------------------------------------------------- the database

function openIndex(db: PyDumbDatabase): PyDumbDatabase & { index: Map<string, W> } {
  if (db.index === null) throw newError(exceptionTypes.OSError, [newStr(CLOSED)]);
  return db as PyDumbDatabase & { index: Map<string, W> };
}

function init(db: PyDumbDatabase, filebasename: W, mode: W, flag: string): void {
  const p = fspath(filebasename);
  const base = p instanceof PyStr ? fsEncode(p.value) : p.value;
  const withSuffix = (s: string) => {
    const out = new Uint8Array(base.length + s.length);
    out.set(base);
    out.set(latin1Bytes(s), base.length);
    return out;
  };
  db.mode = mode;
  db.readonly = flag === "r";
  db.dirfile = withSuffix(".dir");
  db.datfile = withSuffix(".dat");
  db.bakfile = withSuffix(".bak");
  db.index = null;
  // _create: 'n' starts afresh; a missing data file is an error unless the flag creates
  if (flag === "n") {
    for (const f of [db.datfile, db.bakfile, db.dirfile]) ignoringOSError(() => os("remove", path(f)));
  }
  try {
    os("close", openFile(db.datfile, "r", true));
  } catch (e) {
    if (!(e instanceof PyError) || !e.matches(exceptionTypes.OSError) || (flag !== "c" && flag !== "n")) {
      throw e;
    }
    withFile(db.datfile, "w", () => chmod(db, db.datfile));
  }
  // _update: the index file, created empty when missing and the flag creates
  db.modified = false;
  db.index = new Map();
  let fd: number;
  try {
    fd = openFile(db.dirfile, "r", true);
  } catch (e) {
    if (!(e instanceof PyError) || !e.matches(exceptionTypes.OSError) || (flag !== "c" && flag !== "n")) {
      throw e;
    }
    withFile(db.dirfile, "w", () => chmod(db, db.dirfile));
    return;
  }
  let text: string;
  try {
    text = latin1(readUpTo(fd, -1));
  } finally {
    os("close", fd);
  }
  readIndex(db, text);
}

/** _commit: rewrite the index file (the old one kept as .bak) if anything changed since it was written. */
function commit(db: PyDumbDatabase): void {
  if (db.index === null || !db.modified) return;
  ignoringOSError(() => os("unlink", path(db.bakfile)));
  ignoringOSError(() => os("rename", path(db.dirfile), path(db.bakfile)));
  const index = db.index;
  withFile(db.dirfile, "w", (fd) => {
    chmod(db, db.dirfile);
    for (const [key, pair] of index) writeAll(fd, latin1Bytes(entryLine(key, pair)));
  });
  db.modified = false;
}

function getValue(db: PyDumbDatabase, keyObj: W): W {
  const key = keyOf(keyObj);
  const index = openIndex(db).index;
  if (key === null) absentKey(keyObj);
  const pair = index.get(key);
  if (pair === undefined) {
    throw newError(exceptionTypes.KeyError, [keyObj instanceof PyStr ? newBytes(latin1Bytes(key)) : keyObj]);
  }
  const [pos, siz] = unpackPair(pair);
  return newBytes(
    withFile(db.datfile, "r", (fd) => {
      os("lseek", fd, pos, 0);
      return readUpTo(fd, siz);
    }).slice(),
  );
}

/** _addval: append at the next block boundary of the data file; (pos, len). */
function addValue(db: PyDumbDatabase, val: Uint8Array): W {
  return withFile(db.datfile, "rb+", (fd) => {
    const end = Number(indexOf(os("lseek", fd, 0, 2)));
    const pos = Math.ceil(end / BLOCKSIZE) * BLOCKSIZE;
    if (pos > end) writeAll(fd, new Uint8Array(pos - end));
    writeAll(fd, val);
    return newTuple([pos, val.length]);
  });
}

function setValue(db: PyDumbDatabase, pos: number, val: Uint8Array): W {
  withFile(db.datfile, "rb+", (fd) => {
    os("lseek", fd, pos, 0);
    writeAll(fd, val);
  });
  return newTuple([pos, val.length]);
}

function bytesOrStr(w: W, what: string): Uint8Array {
  if (w instanceof PyStr) return utf8Encode(w.value, "strict");
  if (w instanceof PyBytes || w instanceof PyByteArray) return w.value;
  raiseTypeError(`${what} must be bytes or strings`);
}

function setValueFor(db: PyDumbDatabase, keyObj: W, valObj: W): void {
  if (db.readonly) throw newError(exceptionTypes.OSError, [newStr(READONLY)]);
  const key = latin1(bytesOrStr(keyObj, "keys"));
  const val = bytesOrStr(valObj, "values").slice();
  const index = openIndex(db).index;
  db.modified = true;
  if (keyObj instanceof PyByteArray) hash(keyObj); // `key not in self._index`: a bytearray is unhashable
  const old = index.get(key);
  if (old === undefined) {
    // _addkey: the new key's line is appended to the index file at once
    const pair = addValue(db, val);
    index.set(key, pair);
    withFile(db.dirfile, "a", (fd) => {
      chmod(db, db.dirfile);
      writeAll(fd, latin1Bytes(entryLine(key, pair)));
    });
    return;
  }
  const [pos, siz] = unpackPair(old);
  const oldBlocks = Math.ceil(siz / BLOCKSIZE);
  const newBlocks = Math.ceil(val.length / BLOCKSIZE);
  // a value that does not fit its old blocks goes to the end; the old blocks are lost
  index.set(key, newBlocks <= oldBlocks ? setValue(db, pos, val) : addValue(db, val));
}

function deleteKey(db: PyDumbDatabase, keyObj: W): void {
  if (db.readonly) throw newError(exceptionTypes.OSError, [newStr(READONLY)]);
  const key = keyOf(keyObj);
  const index = openIndex(db).index;
  db.modified = true;
  if (key === null) absentKey(keyObj);
  if (!index.delete(key)) {
    throw newError(exceptionTypes.KeyError, [keyObj instanceof PyStr ? newBytes(latin1Bytes(key)) : keyObj]);
  }
  commit(db);
}

function keyList(db: PyDumbDatabase): W {
  return newList([...openIndex(db).index.keys()].map((k) => newBytes(latin1Bytes(k))));
}

function close(db: PyDumbDatabase): void {
  try {
    commit(db);
  } finally {
    db.index = null;
  }
}

// ---------------------------------------------------------------- the type

function self(w: W): PyDumbDatabase {
  if (!(w instanceof PyDumbDatabase)) raiseTypeError("descriptor requires a 'dbm.dumb._Database' object");
  return w;
}

const syncSpec = (name: string): MethodSpec => ({
  name,
  arity: [0, 0],
  impl: (a) => (commit(self(a[0])), None),
});

const METHODS: MethodSpec[] = [
  {
    name: "__init__",
    arity: [2, 3],
    kw: ["filebasename", "mode", "flag"],
    impl: (a) => {
      const flagArg = a[3] ?? newStr("c");
      init(self(a[0]), a[1], a[2], flagArg instanceof PyStr ? flagArg.value : "");
      return None;
    },
  },
  syncSpec("_commit"),
  syncSpec("sync"),
  { name: "__getitem__", arity: [1, 1], impl: (a) => getValue(self(a[0]), a[1]) },
  { name: "__setitem__", arity: [2, 2], impl: (a) => (setValueFor(self(a[0]), a[1], a[2]), None) },
  { name: "__delitem__", arity: [1, 1], impl: (a) => (deleteKey(self(a[0]), a[1]), None) },
  { name: "keys", arity: [0, 0], impl: (a) => keyList(self(a[0])) },
  {
    name: "items",
    arity: [0, 0],
    impl: (a) => {
      const db = self(a[0]);
      const keys = [...openIndex(db).index.keys()].map((k) => newBytes(latin1Bytes(k)));
      return newList(keys.map((k) => newTuple([k, getValue(db, k)])));
    },
  },
  {
    name: "__contains__",
    arity: [1, 1],
    impl: (a) => {
      const db = self(a[0]);
      const key = keyOf(a[1]);
      const index = openIndex(db).index;
      if (key !== null) return index.has(key) ? True : False;
      hash(a[1]);
      return False;
    },
  },
  { name: "iterkeys", arity: [0, 0], impl: (a) => iter(keyList(self(a[0]))) },
  { name: "__iter__", arity: [0, 0], impl: (a) => iter(keyList(self(a[0]))) },
  { name: "__len__", arity: [0, 0], impl: (a) => openIndex(self(a[0])).index.size },
  { name: "close", arity: [0, 0], impl: (a) => (close(self(a[0])), None) },
  { name: "__del__", arity: [0, 0], impl: (a) => (close(self(a[0])), None) },
  { name: "__enter__", arity: [0, 0], impl: (a) => self(a[0]) },
  { name: "__exit__", arity: [0, -1], impl: (a) => (close(self(a[0])), None) },
];

let databaseType: PyType | null = null;
/** _Database, a collections.abc.MutableMapping (made on first use: the ABC is Python code). */
function dumbDatabaseType(): PyType {
  if (databaseType !== null) return databaseType;
  databaseType = mappingType(MODULE, METHODS, (cls) => {
    const db = new PyDumbDatabase(cls);
    db.index = null;
    db.readonly = false;
    db.modified = false;
    return db;
  });
  return databaseType;
}

/** open(file, flag='c', mode=0o666): the mode less the umask is what the files get. */
function dumbOpen(file: W, flagArg: W, mode: W): W {
  const um = os("umask", 0);
  os("umask", um);
  const masked = binaryOp(BinaryOps.and, mode, binaryOp(BinaryOps.xor, um, -1));
  const flag = flagArg instanceof PyStr ? flagArg.value : null;
  if (flag === null || !["r", "w", "c", "n"].includes(flag)) {
    raiseValueError("Flag must be one of 'r', 'w', 'c', or 'n'");
  }
  const cls = dumbDatabaseType();
  const db = cls.factory(cls) as PyDumbDatabase;
  // `__del__ = close`: one still open at exit writes its index then, as CPython's does when collected
  if (cls.hasFinalizer()) finalizerHooks.track(db);
  init(db, file, masked, flag);
  return db;
}

export const dumbModule: NativeModuleDef = {
  name: MODULE,
  doc: "A dumb and slow but simple dbm clone.\n\nFor database spam, spam.dir contains the index (a text " +
    "file),\nspam.bak *may* contain a backup of the index (also a text file),\nwhile spam.dat contains the " +
    "data (a binary file).\n",
  values: () => ({
    __all__: newList([newStr("error"), newStr("open")]),
    error: exceptionTypes.OSError,
    _BLOCKSIZE: BLOCKSIZE,
    _Database: dumbDatabaseType(),
  }),
  init: (mod) => {
    moduleFunction(mod, {
      name: "open",
      arity: [1, 3],
      kw: ["file", "flag", "mode"],
      doc: "Open the database file, filename, and return corresponding object.",
      textSignature: "($module, /, file, flag='c', mode=438)",
      impl: (a) => dumbOpen(a[0], a[1] ?? newStr("c"), a[2] ?? 0o666),
    });
  },
};
