# A source module's __cached__ (and its spec's `cached`) is where importlib would keep its bytecode
# (importlib.util.cache_from_source); a module of the stdlib archive has none, as with zipimport.
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
