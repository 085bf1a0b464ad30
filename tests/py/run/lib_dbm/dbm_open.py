# oracle: python3
# dbm.open and dbm.whichdb: recognising a database by its files, the flags, dbm.error, and the backends
# that need C modules pypyts (and this CPython) does not have.
import dbm
import dbm.dumb
import os
import tempfile

tmp = tempfile.mkdtemp()


def path(name):
    return os.path.join(tmp, name)


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", r)


print(type(dbm.error), [c.__name__ for c in dbm.error], dbm.error[0].__module__, dbm.__all__)
print(issubclass(dbm.error[0], Exception), issubclass(dbm.error[0], OSError))
for name in ("dbm.gnu", "dbm.ndbm"):
    try:
        __import__(name)
    except ImportError as e:
        print(name, type(e).__name__, e, e.name)

attempt("open missing 'r'", lambda: dbm.open(path("none")))
attempt("open missing 'w'", lambda: dbm.open(path("none"), "w"))
print("whichdb missing:", dbm.whichdb(path("none")))

with dbm.dumb.open(path("d"), "c") as db:
    pass
print("whichdb empty dumb:", dbm.whichdb(path("d")), dbm.whichdb(os.fsencode(path("d"))))
with dbm.dumb.open(path("d"), "w") as db:
    db[b"k"] = b"v"
print("whichdb dumb:", dbm.whichdb(path("d")))
# an existing database opens with the module that made it
with dbm.open(path("d"), "w") as db:
    print(type(db).__module__, db[b"k"])
    db[b"k2"] = b"v2"
with dbm.open(path("d")) as db:
    print(sorted(db.items()))
    attempt("write through 'r'", lambda: db.__setitem__(b"x", b"y"))

# a .dir that does not start with a quote is no dumb index
with open(path("d") + ".dir", "wb") as f:
    f.write(b"garbage")
print("whichdb bad .dir:", repr(dbm.whichdb(path("d"))))

for name, content in [("short", b"abc"), ("zeros", b"\0" * 16), ("gdbm", b"\xce\x9a\x57\x13" + b"\0" * 12),
                      ("gdbm2", b"\xcf\x9a\x57\x13rest")]:
    with open(path(name), "wb") as f:
        f.write(content)
    print(f"whichdb {name}:", repr(dbm.whichdb(path(name))))
attempt("open unknown", lambda: dbm.open(path("zeros")))
attempt("open gdbm file", lambda: dbm.open(path("gdbm"), "w"))
os.mkdir(path("adir"))
print("whichdb directory:", dbm.whichdb(path("adir")))

import inspect

for f in (dbm.open, dbm.whichdb, dbm.dumb.open):
    print(f.__module__, f.__name__, inspect.signature(f))
