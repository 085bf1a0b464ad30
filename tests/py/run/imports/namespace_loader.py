# A namespace package has importlib's NamespaceLoader (in __loader__ and __spec__.loader) and a _NamespacePath
# __path__ shared with its spec, recomputed when sys.path grows; importlib.resources reads its portions.
import os, sys, tempfile, importlib, importlib.abc, importlib.resources as res


def _write(path, text):
    with open(path, "w") as f:
        f.write(text)


a = tempfile.mkdtemp(); b = tempfile.mkdtemp()
os.makedirs(os.path.join(a, "nsp", "one")); os.makedirs(os.path.join(b, "nsp"))
_write(os.path.join(a, "nsp", "one", "__init__.py"), "X = 1\n")
_write(os.path.join(a, "nsp", "data.txt"), "ns data\n")
_write(os.path.join(b, "nsp", "two.py"), "Y = 2\n")
sys.path[:0] = [a, b]
import nsp, nsp.one, nsp.two
print(type(nsp.__loader__).__name__, nsp.__spec__.loader is nsp.__loader__, nsp.__file__ if hasattr(nsp, "__file__") else "no __file__")
print(type(nsp.__path__).__name__, nsp.__path__ is nsp.__spec__.submodule_search_locations)
print([os.path.relpath(p, a if p.startswith(a) else b) for p in nsp.__path__], len(list(nsp.__path__)))
print(isinstance(nsp.__loader__, importlib.abc.Loader), nsp.__spec__.origin, nsp.__spec__.has_location)
print(nsp.one.X, nsp.two.Y)
print(res.files("nsp").joinpath("data.txt").read_text())
c = tempfile.mkdtemp(); os.makedirs(os.path.join(c, "nsp"))
_write(os.path.join(c, "nsp", "three.py"), "Z = 3\n")
sys.path.append(c)
importlib.invalidate_caches()
import nsp.three
print(nsp.three.Z, len(list(nsp.__path__)))
print(repr(nsp).split(" from ")[0])
