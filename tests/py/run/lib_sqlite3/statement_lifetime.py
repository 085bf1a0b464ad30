# A cursor's statement stays open until its rows are used up, the cursor executes something else, is
# closed or is collected; while open it keeps its table locked. Connection(sql) compiles one statement;
# cursors accept weak references.
import gc
import sqlite3
import weakref


def attempt(label, f):
    try:
        r = f()
        print(label, "ok" if r is None else type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


cx = sqlite3.connect(":memory:")
cx.execute("create table t(v)")
cx.executemany("insert into t values (?)", [(i,) for i in range(5)])
cx.commit()

cur = cx.execute("select v from t")
attempt("drop while open", lambda: cx.execute("drop table t"))
cur.execute("select 1")
cx.execute("create table u(v)")
attempt("drop after re-execute", lambda: cx.execute("drop table u"))

cx.execute("create table w(v)")
cx.execute("insert into w values (1), (2)")
cur = cx.execute("select v from w")
ref = weakref.ref(cur)
del cur
gc.collect()
print("collected", ref() is None)
attempt("drop after collect", lambda: cx.execute("drop table w"))

cx.execute("create table x(v)")
cx.execute("insert into x values (1)")
one = cx.execute("select v from x")
print(one.fetchone())
attempt("drop after last row", lambda: cx.execute("drop table x"))

c2 = cx.cursor()
c2.execute("select v from t")
c2.close()
attempt("drop after close", lambda: cx.execute("drop table t"))

attempt("call", lambda: cx("select 1"))
print(type(cx("select 1")).__name__)
attempt("call two", lambda: cx("select 1; select 2"))
attempt("call NUL", lambda: cx("select 1\x00"))
attempt("call int", lambda: cx(1))
attempt("call none", lambda: cx())
attempt("call kw", lambda: cx(sql="select 1"))
attempt("call syntax", lambda: cx("selec 1"))
attempt("trailing comment", lambda: cx.execute("select 1; -- done").fetchall())
attempt("unclosed comment", lambda: cx.execute("select 1; /* done").fetchall())
cx.close()
attempt("call closed", lambda: cx("select 1"))

# a cached "select *" sees columns added since it was first run
cx = sqlite3.connect(":memory:")
cu = cx.cursor()
cu.execute("create table s(a)")
print([d[0] for d in cu.execute("select * from s").description])
cu.execute("alter table s add b")
print([d[0] for d in cu.execute("select * from s").description])
cx.executescript("alter table s add c")
print([d[0] for d in cu.execute("select * from s").description])
