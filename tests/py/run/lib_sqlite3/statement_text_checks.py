# What CPython checks in SQL text and str parameters before SQLite sees them: empty statements run
# nothing, NUL characters are a ProgrammingError, lone surrogates a UnicodeEncodeError.
import sqlite3

cx = sqlite3.connect(":memory:")
for sql in ("", "   ", "-- only a comment", "/* block */", "\n-- a\n/* b */\n"):
    cur = cx.execute(sql)
    print(repr(sql), cur.description, cur.rowcount, cur.fetchall())
cur = cx.cursor()
for sql in ("\0select 1", "select 1\0", "select '\0'"):
    for run in (cx.execute, cur.execute):
        try:
            run(sql)
        except sqlite3.ProgrammingError as e:
            print("ProgrammingError:", e)
try:
    cx.execute("select '\ud8ff'")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e.reason, e.start)
cx.execute("create table t(s)")
for value in ("\udc80", "a\ud800b"):
    try:
        cx.execute("insert into t values (?)", (value,))
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e.reason, e.start, e.end)
cx.execute("insert into t values (?)", ("\U0001f600 ok",))
print(cx.execute("select s, length(s) from t").fetchall())
