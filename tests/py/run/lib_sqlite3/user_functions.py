# User functions, aggregates and window functions: integer arguments stay ints, errors in a callback become
# CPython's OperationalError (or DataError for an int too large), raised by execute() itself as it steps to
# the first row; an aggregate over no rows gives None without making an instance; the argument count is
# checked; deterministic= is keyword-only.
import re
import sqlite3

cx = sqlite3.connect(":memory:")
cx.execute("create table t(x, y)")
cx.executemany("insert into t values (?, ?)", [("a", 4), ("b", 5), ("c", 3), ("d", 8), ("e", 1)])


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        # the bound of the argument count is SQLite's build limit (127 before 3.48, 1000 since)
        msg = re.sub(r"between -1 and \d+", "between -1 and LIMIT", str(e))
        print(label, type(e).__name__, msg, getattr(e, "sqlite_errorname", None))


cx.create_function("kind", 1, lambda v: type(v).__name__)
print(cx.execute("select kind(1), kind(1.5), kind('s'), kind(x'00'), kind(null), kind(1234567890123456789)").fetchone())
cx.create_function("boom", 0, lambda: 1 / 0)
cx.create_function("huge", 0, lambda: 1 << 70)
cx.create_function("odd", 0, lambda: object())
for name in ("boom", "huge", "odd"):
    attempt(name, lambda: cx.execute(f"select {name}()"))
attempt("narg", lambda: cx.create_function("f", -2, len))
attempt("positional deterministic", lambda: cx.create_function("f", 0, int, True))
cx.create_function("det", 0, lambda: 1, deterministic=True)
cx.execute("create index i on t(y) where det() is not null")
cx.create_function("nondet", 0, lambda: 1)
attempt("index on nondet", lambda: cx.execute("create index j on t(y) where nondet() is not null"))


class Sum:
    made = 0

    def __init__(self):
        Sum.made += 1
        self.n = 0

    def step(self, v):
        self.n += v

    def inverse(self, v):
        self.n -= v

    def value(self):
        return self.n

    def finalize(self):
        return self.n


cx.create_aggregate("mysum", 1, Sum)
print(cx.execute("select mysum(y) from t").fetchone(), Sum.made)
print(cx.execute("select mysum(y) from t where 0").fetchone(), Sum.made)
print(cx.execute("select x, mysum(y) from t group by y % 2 order by x").fetchall())


class BadInit(Sum):
    def __init__(self):
        raise ValueError


class BadStep(Sum):
    def step(self, v):
        raise ValueError


class NoStep:
    def finalize(self):
        return 1


class NoFinalize:
    def step(self, v):
        pass


class BadFinalize(Sum):
    def finalize(self):
        raise ValueError


for cls in (BadInit, BadStep, NoStep, NoFinalize, BadFinalize):
    cx.create_aggregate(cls.__name__, 1, cls)
    attempt(cls.__name__, lambda: cx.execute(f"select {cls.__name__}(y) from t").fetchall())

window = "select x, %s(y) over (order by x rows between 1 preceding and 1 following) from t order by x"
cx.create_window_function("wsum", 1, Sum)
print(cx.execute(window % "wsum").fetchall())


class Doubled(Sum):
    def step(self, v):
        self.n += 2 * v

    def inverse(self, v):
        self.n -= 2 * v


cx.create_window_function("wsum", 1, Doubled)
print(cx.execute(window % "wsum").fetchall())


class BadInverse(Sum):
    def inverse(self, v):
        raise ValueError


class NoInverse:
    def step(self, v):
        pass

    def value(self):
        return 0


class NoValue:
    def step(self, v):
        pass

    def inverse(self, v):
        pass


class HugeValue(Sum):
    def value(self):
        return 1 << 70


for cls in (BadInverse, NoInverse, NoValue, HugeValue):
    cx.create_window_function(cls.__name__, 1, cls)
    attempt(cls.__name__, lambda: cx.execute(window % cls.__name__).fetchall())
attempt("window narg", lambda: cx.create_window_function("w", 2000, Sum) or "accepted")
attempt("window name", lambda: cx.create_window_function(1, 1, Sum))

# two cursors stepping through the same statement text
c1 = cx.execute("select y from t order by y")
c2 = cx.execute("select y from t order by y")
print(c1.fetchone(), c2.fetchall(), c1.fetchall())
