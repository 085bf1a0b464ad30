# sqlite3's run-time limits (getlimit/setlimit), result-code constants and the error attributes
# (sqlite_errorcode / sqlite_errorname) of constraint failures.
import sqlite3

print(sqlite3.SQLITE_LIMIT_LENGTH, sqlite3.SQLITE_LIMIT_SQL_LENGTH, sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER,
      sqlite3.SQLITE_LIMIT_TRIGGER_DEPTH, sqlite3.SQLITE_LIMIT_WORKER_THREADS)
print(sqlite3.SQLITE_OK, sqlite3.SQLITE_ERROR, sqlite3.SQLITE_CONSTRAINT, sqlite3.SQLITE_ROW, sqlite3.SQLITE_DONE)
print(sqlite3.SQLITE_CONSTRAINT_UNIQUE, sqlite3.SQLITE_CONSTRAINT_CHECK, sqlite3.SQLITE_CONSTRAINT_NOTNULL,
      sqlite3.SQLITE_CANTOPEN_ISDIR, sqlite3.SQLITE_IOERR_DATA, sqlite3.SQLITE_OK_SYMLINK)
print(sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_DENY, sqlite3.SQLITE_IGNORE,
      sqlite3.SQLITE_RECURSIVE)

cx = sqlite3.connect(":memory:")
old = cx.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, 100)
print(old > 100, cx.getlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH))
print(cx.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, -1), cx.getlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH))
print(cx.execute("select 1".ljust(100)).fetchone())
try:
    cx.execute("select 2".ljust(101))
except sqlite3.DataError as e:
    print("DataError:", e)
cx.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, old)
for bad in (-1, 1000):
    try:
        cx.getlimit(bad)
    except sqlite3.ProgrammingError as e:
        print("ProgrammingError:", e)

cx.execute("create table t(a unique check (a > 0), b not null default 0)")
cx.execute("insert into t(a) values (1)")
for sql in ("insert into t(a) values (1)", "insert into t(a) values (-1)", "insert into t values (2, null)"):
    try:
        cx.execute(sql)
    except sqlite3.IntegrityError as e:
        print(type(e).__name__, e.sqlite_errorname, e.sqlite_errorcode, e)
try:
    cx.execute("select * from nosuch")
except sqlite3.OperationalError as e:
    print(type(e).__name__, e.sqlite_errorname, e.sqlite_errorcode, e)
