# connect(uri=True) takes SQLite URIs (percent-escapes, mode=ro/rwc/memory); without it a name starting
# with "file:" is a plain file name. A database that cannot be opened raises OperationalError with
# SQLITE_CANTOPEN; database= may be given by keyword.
import os
import sqlite3
import tempfile
import urllib.parse

os.chdir(tempfile.mkdtemp())


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e, getattr(e, "sqlite_errorname", None))


def make(name, **kw):
    cx = sqlite3.connect(name, **kw)
    cx.execute("create table t(x)")
    cx.commit()
    cx.close()
    return "created"


attempt("relative uri", lambda: make("file:rel.db", uri=True))
attempt("quoted uri", lambda: make("file:" + urllib.parse.quote("with space.db"), uri=True))
attempt("plain file: name", lambda: make("file:plain.db"))
attempt("readonly missing", lambda: make("file:missing.db?mode=ro", uri=True))
attempt("readonly write", lambda: sqlite3.connect("file:rel.db?mode=ro", uri=True).execute("insert into t values (1)"))
cx = sqlite3.connect("file:rel.db?mode=ro", uri=True)
print("readonly read", cx.execute("select count(*) from t").fetchone())
cx.close()
attempt("memory uri", lambda: make("file:mem?mode=memory", uri=True))
attempt("directory", lambda: sqlite3.connect("."))
attempt("keyword", lambda: type(sqlite3.connect(database=":memory:")).__name__)
print(sorted(os.listdir(".")))
