# A package that puts an object refusing new attributes in sys.modules: importing a submodule keeps it
# only in sys.modules, with importlib's ImportWarning, instead of failing.
import os
import sys
import tempfile
import warnings

root = tempfile.mkdtemp()
pkg = os.path.join(root, "lockedpkg")
os.mkdir(pkg)
with open(os.path.join(pkg, "__init__.py"), "w") as f:
    f.write(
        "import sys\n"
        "class Locked:\n"
        "    __slots__ = ['__name__', '__path__', '__spec__', '__file__', '__package__', '__loader__']\n"
        "    def __init__(self):\n"
        "        for k in self.__slots__:\n"
        "            setattr(self, k, globals()[k])\n"
        "sys.modules[__name__] = Locked()\n"
    )
with open(os.path.join(pkg, "child.py"), "w") as f:
    f.write("VALUE = 42\n")
sys.path.insert(0, root)

import lockedpkg

print(type(lockedpkg).__name__)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    from lockedpkg import child
print(child.VALUE, [(w.category.__name__, str(w.message)) for w in caught])
print("lockedpkg.child" in sys.modules, hasattr(lockedpkg, "child"))
try:
    lockedpkg.child = 1
except AttributeError as e:
    print("AttributeError", e)
