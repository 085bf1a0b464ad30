# oracle: python3 (pyodide's file system does not keep undecodable bytes in names)
# File names with surrogate-escaped bytes (PEP 383) name the file os.fsencode gives, for open() and os.*.
import os

from _fs import fresh, rmtree

base = fresh("surrogate_names")
name = os.path.join(base, "a-\udcff")
with open(name, "wb") as fh:
    fh.write(b"data")
print(os.listdir(base), os.path.exists(name), os.fsencode(os.listdir(base)[0]))
with open(os.fsencode(name), "rb") as fh:
    print(fh.read(), type(fh.name).__name__)
with open(name, "a", encoding="ascii") as fh:
    fh.write("!")
os.rename(name, os.path.join(base, "b-\udcfe"))
print(sorted(os.listdir(os.fsencode(base))))
with open(os.path.join(base, "b-\udcfe"), "rb") as fh:
    print(fh.read())
rmtree(base)
