# repr of modules as importlib._bootstrap._module_repr makes it: built-in modules (sys and builtins
# included, which also have their specs), files, namespace packages, and modules without a spec.
import builtins
import json
import os
import sys
import tempfile
import types

print(repr(sys), repr(builtins), repr(sys.modules["_sre"]))
print(repr(json).startswith("<module 'json' from '"), repr(json).endswith("__init__.py'>"))
print(repr(types.ModuleType("m")), repr(types.ModuleType("m2", "doc")))
m = types.ModuleType("m3")
m.__file__ = "/x/y.py"
print(repr(m))
m = types.ModuleType("m4")
m.__loader__ = "L"
print(repr(m))
m = types.ModuleType("m5")
del m.__name__
print(repr(m))
print(sys.__spec__.name, sys.__spec__.origin, builtins.__spec__.origin, sys.__loader__.__name__)

root = tempfile.mkdtemp()
os.makedirs(os.path.join(root, "nsrepr_pkg"))
sys.path.insert(0, root)
import nsrepr_pkg

print(repr(nsrepr_pkg).replace(root, "<tmp>"))
