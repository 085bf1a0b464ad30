# How execute() binds parameters: a dict by name (through __missing__ for a dict subclass), any other
# sequence by position (len() and indexing, so its errors propagate); a named placeholder given a
# sequence and a nameless one given a dict are errors, as is an object that is neither. executescript()
# refuses a NUL, a lone surrogate and a non-str; rowcount sees DML behind leading comments.
import sqlite3

cx = sqlite3.connect(":memory:")


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


for label, sql, params in [
    ("named seq", "select :a", (1,)),
    ("mixed seq", "select ?, :b, ?", (1, 2, 3)),
    ("numbered", "select ?2, ?1", (1, 2)),
    ("repeated name", "select :a, :b, :a", {"a": 1, "b": 2}),
    ("qmark dict", "select ?", {"a": 1}),
    ("missing key", "select :a, :b", {"a": 1}),
    ("int params", "select ?", 42),
    ("too many", "select ?", (1, 2)),
    ("too few", "select ?, ?", [1]),
    ("none needed", "select 1", ()),
    ("row as params", "select ?, ?", cx.execute("select 7, 8").fetchone()),
]:
    attempt(label, lambda: cx.execute(sql, params).fetchall())


class Seq:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        return ["x", "y"][i]


class BadLen(Seq):
    def __len__(self):
        raise ZeroDivisionError("len")


class Defaulting(dict):
    def __missing__(self, key):
        return "default " + key


attempt("sequence", lambda: cx.execute("select ?, ?", Seq()).fetchall())
attempt("bad len", lambda: cx.execute("select ?, ?", BadLen()).fetchall())
attempt("__missing__", lambda: cx.execute("select :k", Defaulting()).fetchall())
attempt("executemany named", lambda: cx.executemany("select :a", [(1,)]))

cx.execute("create table t(v)")
for sql in [
    "-- leading\ninsert into t values (1), (2)",
    "/* a -- b */ /* c */ insert into t values (3)",
    "/* one */\n/* two */ update t set v = v + 1",
    "/* open comment",
]:
    cur = cx.execute(sql)
    print(repr(sql[:12]), cur.rowcount)

attempt("script NUL", lambda: cx.executescript("create table a(i);\0 insert into a values (1);"))
attempt("script surrogate", lambda: cx.executescript("select '\ud8ff';"))
attempt("script int", lambda: cx.executescript(1))
attempt("script ok", lambda: cx.executescript("create table b(i); insert into b values (1); -- end").rowcount)
