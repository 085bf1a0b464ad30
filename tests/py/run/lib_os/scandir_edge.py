import os
from _fs import fresh, rmtree, write

base = fresh("scandir_edge")
write(os.path.join(base, "f1"), b"1")
write(os.path.join(base, "f2"), b"22")
it = os.scandir(base + "/")
first = next(it)
print(first.path == os.path.join(base, first.name), first.name in ("f1", "f2"))
it.close()
try:
    next(it)
except StopIteration:
    print("StopIteration after close")
with os.scandir(base) as it:
    entries = list(it)
    print(sorted(e.name for e in entries), list(it))
cached = {e.name: e for e in entries}
sizes = {n: e.stat().st_size for n, e in cached.items()}
os.unlink(os.path.join(base, "f1"))
print(sorted(sizes.items()), cached["f1"].stat().st_size, cached["f1"].is_file())
print(os.path.exists(cached["f1"]), os.path.exists(cached["f2"]))
bentries = sorted(os.scandir(os.fsencode(base)), key=lambda e: e.name)
print([(type(e.name).__name__, type(e.path).__name__, e.name) for e in bentries])
print(os.fspath(bentries[0]) == os.path.join(os.fsencode(base), b"f2"))
cwd = os.getcwd()
os.chdir(base)
try:
    print([(e.name, e.path) for e in os.scandir()], [(e.name, e.path) for e in os.scandir(".")])
    print([(e.name, e.path) for e in os.scandir("")] if False else "skip")
finally:
    os.chdir(cwd)
print(type(os.scandir(base)).__name__)
rmtree(base)
