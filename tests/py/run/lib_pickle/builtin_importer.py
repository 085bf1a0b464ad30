# The importer of builtin modules is one class under every name: builtins.__loader__, sys.meta_path's
# entry, importlib.machinery.BuiltinImporter and _frozen_importlib.BuiltinImporter; so pickle finds it by
# its qualified name.
import builtins
import importlib.machinery
import pickle
import sys

loader = builtins.__loader__
print(loader.__module__, loader.__qualname__, loader._ORIGIN)
print(importlib.machinery.BuiltinImporter is loader, loader in sys.meta_path)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    assert pickle.loads(pickle.dumps(loader, proto)) is loader
print("pickled by reference")

spec = loader.find_spec("math")
print(spec.name, spec.origin, spec.loader is loader, loader.find_spec("no_such_module_x"))
print(loader.is_package("math"), loader.get_code("math"), loader.get_source("math"))
for meth in ("get_code", "get_source", "is_package"):
    try:
        getattr(loader, meth)("no_such_module_x")
    except ImportError as e:
        print(meth, "ImportError:", e, e.name)
try:
    loader.create_module(importlib.machinery.ModuleSpec("no_such_module_x", loader))
except ImportError as e:
    print("create_module ImportError:", e, e.name)
