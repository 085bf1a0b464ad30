# oracle: python3
# dbm.dumb's errors and messages, and the MutableMapping methods its _Database inherits.
import collections.abc
import dbm.dumb
import os
import tempfile

tmp = tempfile.mkdtemp()
base = os.path.join(tmp, "db")


def attempt(label, fn, message=True):
    try:
        r = fn()
    except Exception as e:
        if isinstance(e, OSError) and e.filename is not None:
            print(label, "->", type(e).__name__, e.strerror, type(e.filename).__name__, os.path.basename(e.filename))
        else:
            print(label, "->", type(e).__name__, e if message else "")
    else:
        print(label, "=", r)


print(dbm.dumb.error is OSError, dbm.dumb.__all__, dbm.dumb._BLOCKSIZE)
for flag in ("x", "rf", None):
    attempt(f"open flag {flag!r}", lambda: dbm.dumb.open(base, flag))
for flag in ("r", "w"):
    attempt(f"open missing with {flag!r}", lambda: type(dbm.dumb.open(base, flag)))
print("files made:", sorted(os.listdir(tmp)))

db = dbm.dumb.open(base, "c")
print(isinstance(db, collections.abc.MutableMapping), type(db).__name__, type(db).__module__)
attempt("int key", lambda: db.__setitem__(1, b"v"))
attempt("list value", lambda: db.__setitem__(b"k", [1]))
attempt("bytearray key and value", lambda: db.__setitem__(bytearray(b"ba"), bytearray(b"bv")))
attempt("missing str key", lambda: db["absent"])
attempt("missing int key", lambda: db[3])
attempt("unhashable key", lambda: db[bytearray(b"ba")])
attempt("del missing", lambda: db.__delitem__("absent"))
attempt("lone surrogate", lambda: db.__setitem__("\ud800", b"v"))
db.update({b"a": b"1", "b": "2"}, c=b"3")
print(sorted(db.keys()), len(db), sorted(db.values()))
print(db.get(b"a"), db.get(b"zz"), db.get(b"zz", b"dflt"), db.setdefault(b"d", b"4"), db.setdefault(b"a", b"9"))
print(db.pop(b"a"), db.pop(b"zz", None), sorted(db), b"a" in db)
print(db == {b"b": b"2", b"c": b"3", b"d": b"4"}, db != {}, dict(db.items()) == dict(db))
db.clear()
print(len(db), db.keys(), list(db.iterkeys()))
db.close()
db.close()
for label, fn in [
    ("getitem", lambda: db[b"a"]),
    ("setitem", lambda: db.__setitem__(b"a", b"b")),
    ("delitem", lambda: db.__delitem__(b"a")),
    ("contains", lambda: b"a" in db),
    ("keys", lambda: db.keys()),
    ("iterkeys", lambda: db.iterkeys()),
    ("items", lambda: db.items()),
    ("len", lambda: len(db)),
]:
    attempt("closed " + label, fn)

with dbm.dumb.open(base, "c") as db:
    db[b"k"] = b"v"
with dbm.dumb.open(base, "r") as db:
    attempt("readonly set", lambda: db.__setitem__(b"k", b"w"))
    attempt("readonly del", lambda: db.__delitem__(b"k"))
    print(db[b"k"])

# the index is read with ast.literal_eval: code in it is refused, never run
with open(base + ".dir", "w") as f:
    f.write("str(print('Hacked!')), 0\n")
attempt("evil index", lambda: dbm.dumb.open(base), message=False)  # (ast node reprs are new in 3.14)
with open(base + ".dir", "w") as f:
    f.write("'k', (0, 1), 2\n")
attempt("three items", lambda: dbm.dumb.open(base))

# a directory where the data file should be is no data file (io.open refuses it)
os.mkdir(os.path.join(tmp, "dirdb.dat"))
attempt("data file is a directory", lambda: dbm.dumb.open(os.path.join(tmp, "dirdb"), "c"))
