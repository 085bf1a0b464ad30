# sys.path_hooks and sys.path_importer_cache as PathFinder uses them: a program's hook for its own kind
# of path entry, a cached None that hides an entry, namespace packages whose portions span path entries,
# pkgutil's importers over the default hooks, and importlib.invalidate_caches for a file just written.
import importlib
import importlib.abc
import importlib.util
import os
import pkgutil
import sys
import tempfile

root = tempfile.mkdtemp()
a, b = os.path.join(root, "a"), os.path.join(root, "b")
for d in (a, b):
    os.makedirs(os.path.join(d, "nspkg_ph"))
with open(os.path.join(a, "nspkg_ph", "one.py"), "w") as f:
    f.write("X = 1\n")
with open(os.path.join(b, "nspkg_ph", "two.py"), "w") as f:
    f.write("Y = 2\n")
with open(os.path.join(b, "plain_ph.py"), "w") as f:
    f.write("Z = 3\n")
sys.path[:0] = [a, b]

import nspkg_ph
import nspkg_ph.one
import nspkg_ph.two

print([os.path.relpath(p, root) for p in nspkg_ph.__path__], nspkg_ph.one.X, nspkg_ph.two.Y)
print(nspkg_ph.__file__ if hasattr(nspkg_ph, "__file__") else "no __file__", nspkg_ph.__spec__.origin)

# a cached None hides an entry from PathFinder
sys.path_importer_cache[b] = None
try:
    import plain_ph
except ImportError as e:
    print(type(e).__name__, e.name)
del sys.path_importer_cache[b]
import plain_ph
print(plain_ph.Z)


class Loader(importlib.abc.Loader):
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.ORIGIN = "virtual:" + module.__name__


class Finder:
    def __init__(self, entry):
        self.entry = entry

    def find_spec(self, fullname, target=None):
        if fullname.startswith("virt_"):
            return importlib.util.spec_from_loader(fullname, Loader(), origin=self.entry)
        return None


def hook(entry):
    if not entry.startswith("virtual:"):
        raise ImportError("not virtual")
    return Finder(entry)


sys.path_hooks.insert(0, hook)
sys.path.append("virtual:demo")
import virt_mod

print(virt_mod.ORIGIN, virt_mod.__spec__.origin, type(virt_mod.__loader__).__name__)
print(type(sys.path_importer_cache["virtual:demo"]).__name__)
print(type(sys.path_importer_cache[a]).__name__)
sys.path_hooks.remove(hook)
sys.path.remove("virtual:demo")

print(sorted(m.name for m in pkgutil.iter_modules([b])))
print(sorted((m.name, m.ispkg) for m in pkgutil.walk_packages([a])))
print(type(pkgutil.get_importer(a)).__name__)

with open(os.path.join(a, "late_ph.py"), "w") as f:
    f.write("L = 4\n")
importlib.invalidate_caches()
import late_ph

print(late_ph.L)
