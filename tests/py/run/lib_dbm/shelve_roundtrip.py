# oracle: python3
# shelve over dbm.open's default backend (dbm.sqlite3 on 3.14, dbm.dumb where that is all there is): pickled
# values under str keys, writeback, the flags, and a Shelf over an explicit dbm.dumb database.
import dbm
import dbm.dumb
import os
import shelve
import tempfile

tmp = tempfile.mkdtemp()
name = os.path.join(tmp, "shelf")


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


with shelve.open(name) as sh:
    sh["list"] = [1, 2, {"a": (3, 4.5)}]
    sh["point"] = Point(1, 2)
    sh["\u00e9t\u00e9"] = {"nested": [None, True, b"bytes"]}
    sh["list"].append(99)  # no writeback: the change is lost
    print(sorted(sh), len(sh), "point" in sh, "nope" in sh)
with shelve.open(name, "r") as sh:
    print(sh["list"], sh["point"], sh["\u00e9t\u00e9"], sh.get("nope", "dflt"))
    try:
        sh["x"] = 1
    except Exception as e:
        print("readonly:", isinstance(e, dbm.error))
with shelve.open(name, writeback=True) as sh:
    sh["list"].append(99)
    del sh["point"]
with shelve.open(name) as sh:
    print(sorted(sh.items()))
with shelve.open(name, "n") as sh:
    print("after 'n':", len(sh), list(sh))

with shelve.Shelf(dbm.dumb.open(os.path.join(tmp, "dumb"), "c"), protocol=2) as sh:
    sh["k"] = {1, 2, 3}
    sh["k2"] = "text"
with dbm.dumb.open(os.path.join(tmp, "dumb"), "r") as db:
    print(sorted(db.keys()), db[b"k2"][:2])
with shelve.Shelf(dbm.dumb.open(os.path.join(tmp, "dumb"), "r")) as sh:
    print(sorted(sh["k"]), sh["k2"])
