# sqlite3: DDL/DML with every storage class, executemany, commit and implicit transactions, Row, named
# parameters, DB-API errors, context managers, user functions and aggregates, adapters/converters,
# iterdump, executescript, closed connections.
import sqlite3
con = sqlite3.connect(":memory:")
cur = con.cursor()
cur.execute("create table people (id integer primary key, name text not null, age integer, score real, data blob)")
cur.executemany("insert into people (name, age, score, data) values (?, ?, ?, ?)",
                [("ann", 31, 1.5, b"\x00\x01"), ("bob", 27, None, None), ("cy", 40, 3.0, b"")])
print(cur.rowcount, cur.lastrowid, con.in_transaction)
con.commit()
print(con.in_transaction, con.total_changes)
for row in con.execute("select id, name, age, score, data from people order by age"):
    print(row)
cur.execute("select name from people where age > :a", {"a": 30})
print(cur.fetchall(), cur.description)
con.row_factory = sqlite3.Row
r = con.execute("select * from people where name = ?", ("ann",)).fetchone()
print(r["name"], r["NAME"], r[0], r.keys(), tuple(r), len(r))
con.row_factory = None
try:
    con.execute("insert into people (name) values (NULL)")
except sqlite3.IntegrityError as e:
    print("IntegrityError", e)
try:
    con.execute("select * from nope")
except sqlite3.OperationalError as e:
    print("OperationalError", e)
try:
    con.execute("select ?", (1, 2))
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)
try:
    con.execute("select 1; select 2")
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)
try:
    con.execute("select ?", (object(),))
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)
with con:
    con.execute("update people set age = age + 1")
print(con.execute("select sum(age) from people").fetchone())
try:
    with con:
        con.execute("delete from people")
        raise ValueError
except ValueError:
    pass
print(con.execute("select count(*) from people").fetchone())
con.create_function("rev", 1, lambda s: s[::-1])
print(con.execute("select rev(name) from people order by id").fetchall())
class Avg:
    def __init__(self): self.n = 0; self.t = 0
    def step(self, v): self.n += 1; self.t += v
    def finalize(self): return self.t / self.n
con.create_aggregate("myavg", 1, Avg)
print(con.execute("select myavg(age) from people").fetchone())
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
sqlite3.register_adapter(Point, lambda p: f"{p.x};{p.y}")
sqlite3.register_converter("point", lambda b: Point(*map(float, b.split(b";"))))
con2 = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES)
con2.execute("create table t(p point)")
con2.execute("insert into t values (?)", (Point(1, 2),))
p = con2.execute("select p from t").fetchone()[0]
print(type(p).__name__, p.x, p.y)
print(list(con.iterdump())[:3])
con.executescript("create table z(a); insert into z values (1); insert into z values (2);")
print(con.execute("select * from z").fetchall(), sqlite3.complete_statement("select 1;"), sqlite3.complete_statement("select 1"))
con.close()
try:
    con.execute("select 1")
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)
print(sqlite3.paramstyle, sqlite3.apilevel, sqlite3.Row, sqlite3.Connection, issubclass(sqlite3.IntegrityError, sqlite3.DatabaseError))
