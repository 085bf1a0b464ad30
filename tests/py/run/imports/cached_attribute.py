# A source module's __cached__ (and its spec's `cached`) is where importlib would keep its bytecode
# (importlib.util.cache_from_source); a module inside a zip archive gets the path as if the archive were a
# folder, as zipimport's specs (spec_from_file_location) do.
import importlib.util
import os
import sys
import tempfile

root = tempfile.mkdtemp()
os.makedirs(os.path.join(root, "cachedpkg"))
for name, text in {"cachedpkg/__init__.py": "", "cachedpkg/mod.py": "X = 1\n", "cachedtop.py": ""}.items():
    with open(os.path.join(root, name), "w") as f:
        f.write(text)
sys.path.insert(0, root)

import cachedpkg.mod
import cachedtop
import json

for m in (cachedpkg, cachedpkg.mod, cachedtop):
    expected = importlib.util.cache_from_source(m.__file__)
    print(m.__name__, m.__cached__ == expected == m.__spec__.cached,
          os.path.relpath(m.__cached__, root).split(os.sep)[:-1])
print("json" in sys.modules, hasattr(json, "__cached__") == (json.__spec__.cached is not None))
import zipfile
zpath = os.path.join(tempfile.mkdtemp(), "cz.zip")
with zipfile.ZipFile(zpath, "w") as z:
    z.writestr("czmod.py", "Y = 2\n")
    z.writestr("czpkg/__init__.py", "")
sys.path.insert(0, zpath)
import czmod, czpkg
for m in (czmod, czpkg):
    print(m.__name__, m.__spec__.cached == m.__cached__ == importlib.util.cache_from_source(m.__file__),
          os.path.relpath(m.__cached__, zpath).replace(sys.implementation.cache_tag, "TAG"))
