# Connection.backup into an in-memory connection: the target's main database becomes a copy of the source's
# (main, temp or an attached one), the progress callback ends with SQLITE_DONE and 0 pages remaining, an
# exception from it propagates; argument checks and their messages.
import sqlite3

src = sqlite3.connect(":memory:")
src.execute("create table foo(key integer, name text)")
src.executemany("insert into foo values (?, ?)", [(3, "c"), (4, "d")])
src.execute("create index foo_name on foo(name)")
src.commit()

dst = sqlite3.connect(":memory:")
dst.execute("create table old(x)")
dst.commit()
src.backup(dst)
print(dst.execute("select * from foo order by key").fetchall())
print(dst.execute("select type, name from sqlite_master order by name").fetchall())

journal = []
with sqlite3.connect(":memory:") as other:
    src.backup(other, progress=lambda status, remaining, total: journal.append((status, remaining)))
    print(journal[-1] == (sqlite3.SQLITE_DONE, 0), len(journal))
    journal.clear()
    src.backup(other, pages=-1, progress=lambda status, remaining, total: journal.append((status, remaining)))
    print(journal == [(sqlite3.SQLITE_DONE, 0)])
    journal.clear()
    src.backup(other, pages=1, progress=lambda status, remaining, total: journal.append(status))
    print(journal[-1] == sqlite3.SQLITE_DONE, all(s == sqlite3.SQLITE_OK for s in journal[:-1]))
    print(other.execute("select count(*) from foo").fetchone())


def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)


def failing(status, remaining, total):
    raise KeyError("full")


attempt("failing progress", lambda: src.backup(sqlite3.connect(":memory:"), progress=failing))
attempt("None", lambda: src.backup(None))
attempt("str", lambda: src.backup("file.db"))
attempt("no target", lambda: src.backup())
attempt("self", lambda: src.backup(src))
attempt("positional pages", lambda: src.backup(dst, 1))
attempt("unknown name", lambda: src.backup(dst, name="nowhere"))
attempt("temp", lambda: src.backup(dst, name="temp"))
print(dst.execute("select count(*) from sqlite_master").fetchone())

src.execute("attach ':memory:' as aux")
src.execute("create table aux.bar(v)")
src.execute("insert into aux.bar values ('attached')")
src.commit()
src.backup(dst, name="aux")
print(dst.execute("select * from bar").fetchall())

busy = sqlite3.connect(":memory:")
busy.execute("create table t(x)")
busy.execute("insert into t values (1)")
attempt("target in transaction", lambda: src.backup(busy))
closed = sqlite3.connect(":memory:")
closed.close()
attempt("closed target", lambda: src.backup(closed))
attempt("closed source", lambda: closed.backup(dst))
