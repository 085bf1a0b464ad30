# A submodule that replaces its package in sys.modules while it runs (test_import's
# test_import_from_unloaded_package): the submodule is bound on the package sys.modules has afterwards,
# and `import pkg.sub` binds that package.
import os
import sys
import tempfile

root = tempfile.mkdtemp()
pkg = os.path.join(root, "pkg_replaced")
os.makedirs(pkg)
for name, text in {
    "__init__.py": "GEN = object()\n",
    "sub1.py": "import sys\nsys.modules.pop(__package__, None)\nfrom . import sub2\n",
    "sub2.py": "V = 2\n",
}.items():
    with open(os.path.join(pkg, name), "w") as f:
        f.write(text)
sys.path.insert(0, root)

import pkg_replaced.sub1

print(pkg_replaced.sub1.sub2.V, pkg_replaced is sys.modules["pkg_replaced"])
print(sorted(k for k in vars(pkg_replaced) if k.startswith("sub")))
