# Which package a relative import starts from, as import.c's resolve_name decides: __package__ (with a
# DeprecationWarning when __spec__.parent disagrees), else __spec__.parent, else __name__ and __path__
# with an ImportWarning. Also a meta-path finder gets the parent's __path__ object itself.
import os
import sys
import tempfile
import types
import warnings

root = tempfile.mkdtemp()
for rel, text in {
    "rpkg/__init__.py": "",
    "rpkg/sub/__init__.py": "",
    "rpkg/sub/leaf.py": "NAME = 'leaf'\n",
    "rpkg/other.py": "NAME = 'other'\n",
}.items():
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
sys.path.insert(0, root)
import rpkg.sub.leaf


class Spec:
    def __init__(self, parent):
        self.parent = parent


def attempt(label, globals_, name="other", level=2):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            m = __import__(name, globals_, None, ["NAME"], level)
            result = m.NAME
        except Exception as e:
            result = f"{type(e).__name__}: {e}"
    print(label, result, [(w.category.__name__, str(w.message)) for w in caught])


attempt("package", {"__package__": "rpkg.sub"})
attempt("spec", {"__spec__": Spec("rpkg.sub")})
attempt("agree", {"__package__": "rpkg.sub", "__spec__": Spec("rpkg.sub")})
attempt("disagree", {"__package__": "rpkg.sub", "__spec__": Spec("rpkg.elsewhere")})
attempt("name", {"__name__": "rpkg.sub.leaf"})
attempt("name+path", {"__name__": "rpkg.sub", "__path__": []})
attempt("no name", {})
attempt("bad package", {"__package__": 3})
attempt("bad parent", {"__spec__": Spec(3)})
attempt("top", {"__package__": ""}, level=1)

seen = []


class Finder:
    def find_spec(self, name, path, target=None):
        seen.append((name, path))
        return None


parent = types.ModuleType("fpkg")
parent.__path__ = marker = ["/nonexistent-folder-for-test"]
sys.modules["fpkg"] = parent
sys.meta_path.insert(0, Finder())
try:
    import fpkg.child
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e.name)
print([(n, p is marker) for n, p in seen])

for g in (None, [1]):
    try:
        __import__("sys", g, level=1)
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
try:
    __import__("sys", level=1)
except KeyError as e:
    print("no globals: KeyError", e)
