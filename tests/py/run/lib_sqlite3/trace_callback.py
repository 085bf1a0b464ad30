# Connection.set_trace_callback sees each statement as it starts: the implicit BEGIN/COMMIT of the
# legacy transaction control, statements with their parameters expanded, each statement of a script;
# None clears it, and an exception in the callback is swallowed.
import sqlite3

for level in ("", "DEFERRED", "IMMEDIATE", "EXCLUSIVE", None):
    traced = []
    cx = sqlite3.connect(":memory:", isolation_level=level)
    cx.execute("create table t(t)")
    cx.set_trace_callback(traced.append)
    with cx:
        cx.execute("insert into t values(1)")
    print(repr(level), traced)
    cx.close()

cx = sqlite3.connect(":memory:")
traced = []
cx.set_trace_callback(traced.append)
cx.execute("create table t(a, b)")
cx.execute("insert into t values (?, ?)", (1, "it's"))
cx.execute("insert into t values (:x, :y)", {"x": 2.5, "y": b"\x00\xff"})
cx.execute("insert into t values (?, ?)", (None, "\u20ac"))
cx.commit()
cx.executescript("update t set a = 3 where a = 1; delete from t where a is null;")
print(cx.execute("select count(*) from t").fetchone())
cx.set_trace_callback(None)
cx.execute("select 1")
for stmt in traced:
    print(stmt)
cx.set_trace_callback(lambda stmt: 1 / 0)
print(cx.execute("select 2").fetchone())
