# __import__'s fromlist and relative-import rules, as importlib._bootstrap._handle_fromlist and
# PyImport_ImportModuleLevelObject have them: a missing submodule named in a fromlist is skipped unless
# sys.modules blocks it with None, non-str items in __all__ are a TypeError naming __all__, and a relative
# import without fromlist needs the top of the relative name in sys.modules.
import os
import sys
import tempfile
import types

root = tempfile.mkdtemp()
pkg = os.path.join(root, "flpkg")
os.mkdir(pkg)
with open(os.path.join(pkg, "__init__.py"), "w") as f:
    f.write("__all__ = ['present', 'absent']\n")
with open(os.path.join(pkg, "present.py"), "w") as f:
    f.write("X = 1\n")
sys.path.insert(0, root)

m = __import__("flpkg", fromlist=["present", "absent"])
print(m.__name__, hasattr(m, "present"), hasattr(m, "absent"))
m = __import__("flpkg", fromlist=["*"])
print(sorted(k for k in vars(m) if not k.startswith("__")))

sys.modules["flpkg.blocked"] = None
try:
    __import__("flpkg", fromlist=["blocked"])
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e.name)
del sys.modules["flpkg.blocked"]

m.__all__ = [b"present"]
try:
    __import__("flpkg", fromlist=["*"])
except TypeError as e:
    print("TypeError", e)
try:
    __import__("flpkg", fromlist=[1])
except TypeError as e:
    print("TypeError", e)

fake = types.ModuleType("a.bbb.c")
sys.modules["a.bbb.c"] = fake
try:
    __import__("bbb.c", {"__package__": "a"}, level=1)
except KeyError as e:
    print("KeyError", e)
sys.modules["a.bbb"] = types.ModuleType("a.bbb")
print(__import__("bbb.c", {"__package__": "a"}, level=1).__name__)
