# Row subscripts (int, str case-insensitively, slice; anything else is an IndexError, as is a str key when
# the cursor had no description); fetchmany's size and arraysize are C unsigned ints.
import sqlite3

cx = sqlite3.connect(":memory:")
cx.row_factory = sqlite3.Row
row = cx.execute("select 1 as one, 'x' as Two").fetchone()
print(row[0], row["ONE"], row["two"], row[-1], row[0:2], row.keys())


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


for key in ("nokey", 4, 1.2, None, True):
    attempt(f"row[{key!r}]", lambda: row[key])
bare = sqlite3.Row(cx.cursor(), ())
attempt("no description", lambda: bare["nokey"])
attempt("no description keys", lambda: bare.keys())

cu = cx.cursor()
cu.execute("select 1 union all select 2 union all select 3")
for v in (1.0, -3, 1 << 32, 2):
    attempt(f"fetchmany({v!r})", lambda: [tuple(r) for r in cu.fetchmany(v)])


def set_size(v):
    cu.arraysize = v
    return cu.arraysize


for v in (1.0, -3, 1 << 32, 7):
    attempt(f"arraysize = {v!r}", lambda: set_size(v))
attempt("fetchmany(size=)", lambda: [tuple(r) for r in cu.fetchmany(size=5)])

# column names: cut at '[' only with PARSE_COLNAMES
for detect in (0, sqlite3.PARSE_COLNAMES, sqlite3.PARSE_DECLTYPES):
    c = sqlite3.connect(":memory:", detect_types=detect)
    d = c.execute('select 1 as "foo bar [int]", 2 as "x[y] z", 3 as "[a]", 4 as "plain"').description
    print(detect, [x[0] for x in d])
