// dbm as a native package, and dbm.sqlite3, which the differential oracle cannot show (pyodide has no dbm;
// the machine's python3 is 3.11, from before dbm.sqlite3): run through ./pypyts, the database file then
// read back with plain SQLite (node:sqlite).
import { strict as assert } from "node:assert";
import { DatabaseSync } from "node:sqlite";

const ROOT = new URL("../../../", import.meta.url);

function pypyts(code: string, cwd: string): { out: string; err: string; code: number } {
  const r = new Deno.Command(new URL("pypyts", ROOT).pathname, {
    args: ["-c", code],
    cwd,
    env: { NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).outputSync();
  const dec = new TextDecoder();
  return { out: dec.decode(r.stdout), err: dec.decode(r.stderr), code: r.code };
}

function run(code: string, cwd: string): string {
  const r = pypyts(code, cwd);
  assert.equal(r.code, 0, r.err);
  return r.out;
}

Deno.test("dbm is a native package with native submodules", () => {
  const dir = Deno.makeTempDirSync();
  try {
    const out = run(
      `
import sys, importlib, importlib.util
import dbm
from dbm import dumb
import dbm.sqlite3 as s
assert dbm.__path__ == [] and dbm.__package__ == "dbm", (dbm.__path__, dbm.__package__)
assert dbm.__spec__.submodule_search_locations == [] and dbm.__spec__.parent == "dbm"
assert dumb is dbm.dumb is sys.modules["dbm.dumb"] and dumb.__package__ == "dbm"
assert dumb.__spec__.submodule_search_locations is None and dumb.__spec__.parent == "dbm"
assert type(dbm.__loader__).__name__ in ("type", "BuiltinImporter") and dbm.__loader__.is_package("dbm")
assert not dbm.__loader__.is_package("dbm.dumb")
assert importlib.util.find_spec("dbm.sqlite3").origin == "built-in"
fresh = importlib.import_module("dbm.dumb")
assert fresh is dumb
assert "dbm" in sys.builtin_module_names
assert not [n for n in sys.builtin_module_names if "." in n]
try:
    import dbm.nosuch
except ModuleNotFoundError as e:
    assert e.name == "dbm.nosuch", e.name
try:
    from dbm import gnu
except ModuleNotFoundError as e:
    assert e.name == "_gdbm", e.name
assert "dbm.gnu" not in sys.modules
assert dbm._defaultmod is None
with dbm.open("fresh", "c") as db:
    db[b"k"] = b"v"
assert dbm._defaultmod is s and sorted(dbm._modules) == ["dbm.dumb", "dbm.sqlite3"], dbm._modules
assert dbm.whichdb("fresh") == "dbm.sqlite3"
print("ok")
`,
      dir,
    );
    assert.equal(out, "ok\n");
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
});

Deno.test("dbm.sqlite3: round trips, CPython's table, a file plain SQLite reads", () => {
  const dir = Deno.makeTempDirSync();
  try {
    const out = run(
      `
import dbm.sqlite3 as s
with s.open("db.sqlite", "c") as db:
    db[b"bytes"] = b"\\x00\\xff value"
    db["str \\u00e9"] = "caf\\u00e9 \\x00 nul"
    db[10] = 3.5
    db["10"] = 0.25
    db[b"gone"] = b"x"
    del db["gone"]
    assert db[b"10"] == b"0.25" and db["10"] == db[10] == b"0.25", db[b"10"]
    assert db[b"str \\xc3\\xa9"] == "caf\\u00e9 \\x00 nul".encode()
    assert len(db) == 3 and sorted(db.keys()) == [b"10", b"bytes", b"str \\xc3\\xa9"]
    assert db.get(b"missing") is None and db.setdefault(b"new", b"n") == b"n"
    try:
        db[b"missing"]
    except KeyError as e:
        assert e.args == (b"missing",)
    try:
        del db[b"missing"]
    except KeyError as e:
        assert e.args == (b"missing",)
    for bad in ((None, b"v"), (b"k", None)):
        try:
            db[bad[0]] = bad[1]
        except s.error as e:
            assert "NOT NULL constraint failed" in str(e), e
    try:
        db[b"k"] = [1]
    except s.error as e:
        assert str(e) == "Error binding parameter 2: type 'list' is not supported", e
    assert issubclass(s.error, OSError)
    it = iter(db)
print("ok")
`,
      dir,
    );
    assert.equal(out, "ok\n");
    const cx = new DatabaseSync(`${dir}/db.sqlite`, { readOnly: true });
    try {
      const schema = cx.prepare("SELECT sql FROM sqlite_master WHERE name = 'Dict'").get() as { sql: string };
      assert.match(
        schema.sql.replace(/\s+/g, " "),
        /CREATE TABLE Dict \( key BLOB UNIQUE NOT NULL, value BLOB NOT NULL \)/,
      );
      const rows = cx.prepare(
        "SELECT key, value, typeof(key) AS tk, typeof(value) AS tv FROM Dict ORDER BY key",
      )
        .all() as { key: Uint8Array; value: Uint8Array; tk: string; tv: string }[];
      const dec = new TextDecoder();
      assert.deepEqual(rows.map((r) => [dec.decode(r.key), r.tk, r.tv]), [
        ["10", "blob", "blob"],
        ["bytes", "blob", "blob"],
        ["new", "blob", "blob"],
        ["str \u00e9", "blob", "blob"],
      ]);
      assert.deepEqual([...rows[1].value], [0, 0xff, ...new TextEncoder().encode(" value")]);
      assert.equal(dec.decode(rows[3].value), "caf\u00e9 \0 nul");
    } finally {
      cx.close();
    }
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
});

Deno.test("dbm.sqlite3: flags, closed databases and errors", () => {
  const dir = Deno.makeTempDirSync();
  try {
    // a database another SQLite client made is read, and dbm.open recognises the file by its header
    const cx = new DatabaseSync(`${dir}/other.db`);
    cx.exec("CREATE TABLE Dict (key BLOB UNIQUE NOT NULL, value BLOB NOT NULL)");
    cx.prepare("INSERT INTO Dict VALUES (?, ?)").run(
      new TextEncoder().encode("k"),
      new TextEncoder().encode("v"),
    );
    cx.close();
    const out = run(
      `
import os, stat, dbm, dbm.sqlite3 as s
def fails(exc, fn, text=None):
    try:
        fn()
    except exc as e:
        assert text is None or text in str(e), (text, str(e))
    else:
        raise AssertionError(f"no {exc.__name__}")
assert dbm.whichdb("other.db") == "dbm.sqlite3"
with dbm.open("other.db") as db:
    assert type(db) is s._Database and db[b"k"] == b"v" and db.keys() == [b"k"]
    fails(s.error, lambda: db.__setitem__(b"x", b"y"), "readonly")
    fails(s.error, lambda: db.__delitem__(b"k"), "readonly")
fails(s.error, lambda: s.open("missing.db"), "unable to open database file")
fails(s.error, lambda: s.open("missing.db", "w"), "unable to open database file")
assert not os.path.exists("missing.db")
fails(ValueError, lambda: s.open("x.db", "q"), "Flag must be one of 'r', 'w', 'c', or 'n', not 'q'")
fails(ValueError, lambda: s.open("x.db", flag=None), "not None")
with s.open("made.db", "c", 0o640) as db:
    db["a"] = "1"
assert stat.S_IMODE(os.stat("made.db").st_mode) == 0o640 & ~os.umask(os.umask(0))
with s.open("made.db", "c") as db:
    assert db.keys() == [b"a"]
with s.open("made.db", "n") as db:
    assert db.keys() == [] and len(db) == 0
db = s.open("made.db", "w")
db[b"1"] = b"one"
db[b"2"] = b"two"
fails(s.error, lambda: db.__init__("made.db", flag="c", mode=0o666), "does not support reinitialization")
it = iter(db)
assert next(it) == b"1"
db.close()
db.close()
fails(s.error, lambda: next(it))
it2 = iter(db)
fails(s.error, lambda: next(it2), "already been closed")
for fn in (lambda: db[b"1"], lambda: db.__setitem__(b"1", b"x"), lambda: db.__delitem__(b"1"),
           lambda: len(db), lambda: db.keys(), lambda: list(db)):
    fails(s.error, fn, "DBM object has already been closed")
with open("plain.txt", "w") as f:
    f.write("not a database at all, just text")
fails(s.error, lambda: s.open("plain.txt", "w").keys())
assert s._normalize_uri("/a//b/./c") == "file:/a/b/c", s._normalize_uri("/a//b/./c")
assert s._normalize_uri("/x/%#? y").endswith("/x/%25%23%3F%20y")
assert s._normalize_uri(b"rel").endswith("/rel") and s._normalize_uri("rel").startswith("file:/")
print("ok")
`,
      dir,
    );
    assert.equal(out, "ok\n");
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
});
