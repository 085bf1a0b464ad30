# oracle: python3
# A dbm.dumb database left open when the program ends still gets its index written (its __del__ is close):
# a value rewritten in place, whose new size only the in-memory index knew, reads back whole.
import os
import subprocess
import sys
import tempfile

base = os.path.join(tempfile.mkdtemp(), "db")
child = f"""
import dbm.dumb
db = dbm.dumb.open({base!r}, "c")
db[b"k"] = b"1"
db[b"k"] = b"22222"
db[b"other"] = b"x"
"""
subprocess.run([sys.executable, "-c", child], check=True)
with open(base + ".dir") as f:
    print(f.read(), end="")
import dbm.dumb

with dbm.dumb.open(base, "r") as db:
    print(sorted(db.items()))
