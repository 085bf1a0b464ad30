# A new connection has SQLite's defaults: foreign keys not enforced (until PRAGMA foreign_keys or
# setconfig(SQLITE_DBCONFIG_ENABLE_FKEY) turns them on), double-quoted strings accepted as literals.
# getconfig/setconfig return booleans; an unknown option is a ValueError.
import sqlite3

cx = sqlite3.connect(":memory:")
print(cx.execute("pragma foreign_keys").fetchone())
print(cx.execute('select "no such column"').fetchone())
cx.executescript("create table p(id integer primary key); create table c(p references p(id));")
cx.execute("insert into c values (42)")
print("unenforced insert ok")
cx.commit()

op = sqlite3.SQLITE_DBCONFIG_ENABLE_FKEY
print(op, cx.getconfig(op))
print(cx.setconfig(op), cx.getconfig(op))
try:
    cx.execute("insert into c values (43)")
except sqlite3.IntegrityError as e:
    print("IntegrityError", e, e.sqlite_errorname)
cx.rollback()
print(cx.setconfig(op, False), cx.getconfig(op))
cx.execute("insert into c values (44)")
print(cx.execute("select count(*) from c").fetchone())
for name in ("SQLITE_DBCONFIG_TRUSTED_SCHEMA", "SQLITE_DBCONFIG_WRITABLE_SCHEMA", "SQLITE_DBCONFIG_LEGACY_ALTER_TABLE"):
    o = getattr(sqlite3, name)
    print(name, o, type(cx.getconfig(o)).__name__)
try:
    cx.getconfig(-1)
except ValueError as e:
    print("ValueError", e)
try:
    cx.setconfig("x")
except TypeError as e:
    print("TypeError", e)
cx.close()
try:
    cx.getconfig(op)
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)

# text with a NUL character (pypyts refuses it rather than truncating; CPython stores all of it)
cx = sqlite3.connect(":memory:")
try:
    print(cx.execute("select ?", ("a\x00b",)).fetchone() == ("a\x00b",))
except NotImplementedError:
    print(True)
