# oracle: python3
# (pyodide cannot start threads.) With check_same_thread (the default) a connection and its cursors refuse
# use from another thread with ProgrammingError; check_same_thread=False allows it. A closed connection
# refuses its methods and its cursors' (fetching included), a closed cursor its own.
import sqlite3
import threading

cx = sqlite3.connect(":memory:")
cx.execute("create table t(b blob)")
cx.execute("insert into t values (zeroblob(1))")
cu = cx.cursor()


def in_thread(label, f):
    out = []

    def run():
        try:
            f()
            out.append("ok")
        except sqlite3.ProgrammingError as e:
            out.append("ProgrammingError " + str(e).split(".")[0])
        except Exception as e:
            out.append(type(e).__name__)

    t = threading.Thread(target=run)
    t.start()
    t.join()
    print(label, out[0])


for label, f in [
    ("cursor", lambda: cx.cursor()),
    ("commit", lambda: cx.commit()),
    ("rollback", lambda: cx.rollback()),
    ("execute", lambda: cx.execute("select 1")),
    ("cursor execute", lambda: cu.execute("select 1")),
    ("cursor fetchone", lambda: cu.fetchone()),
    ("set_trace_callback", lambda: cx.set_trace_callback(None)),
    ("getlimit", lambda: cx.getlimit(sqlite3.SQLITE_LIMIT_LENGTH)),
    ("blobopen", lambda: cx.blobopen("t", "b", 1)),
    ("create_function", lambda: cx.create_function("f", 0, int)),
    ("create_window_function", lambda: cx.create_window_function("w", 0, None)),
    ("close", lambda: cx.close()),
]:
    in_thread(label, f)

free = sqlite3.connect(":memory:", check_same_thread=False)
in_thread("free execute", lambda: free.execute("select 1").fetchall())
free.close()


def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)


cu.execute("select 1 union select 2")
cx.close()
cx.close()  # closing twice is allowed
for label, f in [
    ("fetchall", cu.fetchall),
    ("fetchone", cu.fetchone),
    ("execute", lambda: cu.execute("select 1")),
    ("executemany", lambda: cu.executemany("select 1", [])),
    ("executescript", lambda: cu.executescript("select 1")),
    ("cursor close", cu.close),
    ("conn execute", lambda: cx.execute("select 1")),
    ("cursor", cx.cursor),
    ("commit", cx.commit),
    ("interrupt", cx.interrupt),
    ("create_function", lambda: cx.create_function("f", 1, len)),
    ("with", lambda: cx.__exit__(None, None, None)),
]:
    attempt(label, f)

cx = sqlite3.connect(":memory:")
cu = cx.cursor()
cu.close()
cu.close()
for label, f in [
    ("closed cursor execute", lambda: cu.execute("select 1")),
    ("closed cursor executemany", lambda: cu.executemany("select ?", [])),
    ("closed cursor fetchone", cu.fetchone),
    ("closed cursor fetchmany", cu.fetchmany),
]:
    attempt(label, f)
