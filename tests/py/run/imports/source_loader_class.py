# Modules imported from source files have importlib.machinery.SourceFileLoader as their loader (in
# __loader__ and __spec__.loader), whether imported before or after importlib itself, and find_spec hands
# out the same class; the loader's methods work (get_source, get_filename, is_package, get_code,
# exec_module, get_resource_reader).
import os
import sys
import tempfile

tmp = tempfile.mkdtemp()
os.makedirs(os.path.join(tmp, "lpkg"))
with open(os.path.join(tmp, "early_mod.py"), "w") as f:
    f.write("VALUE = 'early'\n")
with open(os.path.join(tmp, "lpkg", "__init__.py"), "w") as f:
    f.write("")
with open(os.path.join(tmp, "lpkg", "late.py"), "w") as f:
    f.write("VALUE = 'late'\n")
with open(os.path.join(tmp, "lpkg", "data.txt"), "w") as f:
    f.write("some data\n")
sys.path.insert(0, tmp)

import early_mod  # possibly before importlib.machinery has been imported

import importlib.machinery
import importlib.util

import lpkg.late

SFL = importlib.machinery.SourceFileLoader
for mod in (early_mod, lpkg, lpkg.late):
    loader = mod.__loader__
    print(mod.__name__, type(loader) is SFL, mod.__spec__.loader is loader, loader.name,
          os.path.relpath(loader.path, tmp))
    print("  is_package", loader.is_package(mod.__name__), "filename",
          os.path.relpath(loader.get_filename(mod.__name__), tmp))

spec = importlib.util.find_spec("early_mod")
print("find_spec", type(spec.loader) is SFL, spec.origin == early_mod.__file__)
print("source", repr(spec.loader.get_source("early_mod")))
code = spec.loader.get_code("early_mod")
print("code", type(code).__name__, code.co_filename == early_mod.__file__)
fresh = importlib.util.module_from_spec(spec)
spec.loader.exec_module(fresh)
print("exec_module", fresh.VALUE, fresh is not early_mod)
reader = lpkg.__spec__.loader.get_resource_reader("lpkg")
print("resource", reader.open_resource("data.txt").read())
import importlib.abc
print("abc", isinstance(lpkg.late.__loader__, importlib.abc.Loader), isinstance(early_mod.__loader__, importlib.abc.FileLoader))
