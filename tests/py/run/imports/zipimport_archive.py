# zipimport: the frozen import modules under their CPython names, a zipimporter over an archive the test
# writes, and modules and packages imported from a zip on sys.path.
import importlib
import os
import sys
import tempfile
import zipfile
import zipimport
import _frozen_importlib
import _frozen_importlib_external

print(_frozen_importlib is importlib._bootstrap)
print(_frozen_importlib_external is sys.modules["importlib._bootstrap_external"])
print(zipimport.ZipImportError.__mro__[1].__name__)

d = tempfile.mkdtemp()
z = os.path.join(d, "zlib_case.zip")
with zipfile.ZipFile(z, "w") as f:
    f.writestr("zcase_mod.py", "X = 42\ndef f():\n    return __name__, __file__.endswith('zcase_mod.py')\n")
    f.writestr("zcase_pkg/__init__.py", "Y = 1\n")
    f.writestr("zcase_pkg/sub.py", "Z = 2\n")
    f.writestr("zcase_pkg/data.txt", "hello")

zi = zipimport.zipimporter(z)
print(zi.archive == z, repr(zi.prefix))
print(zi.find_spec("zcase_mod").name, zi.find_spec("nothing_here"))
print(zi.is_package("zcase_pkg"), zi.is_package("zcase_mod"))
sub_importer = zipimport.zipimporter(os.path.join(z, "zcase_pkg"))
print(repr(sub_importer.prefix), repr(sub_importer.get_source("zcase_pkg.sub")))
print(zi.get_filename("zcase_mod").endswith(os.path.join("zlib_case.zip", "zcase_mod.py")))
print(zi.get_data(os.path.join(z, "zcase_pkg", "data.txt")))
try:
    zi.get_data("missing.txt")
except OSError as e:
    print(type(e).__name__)
try:
    zipimport.zipimporter(os.path.join(d, "nope.zip"))
except zipimport.ZipImportError as e:
    print("ZipImportError:", str(e).startswith("not a Zip file"))

sys.path.insert(0, z)
import zcase_mod
import zcase_pkg.sub

print(zcase_mod.X, zcase_mod.f(), zcase_pkg.Y, zcase_pkg.sub.Z)
print(zcase_pkg.__path__ == [os.path.join(z, "zcase_pkg")])
code = zi.get_code("zcase_mod")
print(type(code).__name__, code.co_filename.endswith("zcase_mod.py"))
