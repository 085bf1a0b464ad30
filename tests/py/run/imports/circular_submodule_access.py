# While a submodule is being imported, its name is in the parent spec's _uninitialized_submodules: an
# access to it through the parent meanwhile says "cannot access submodule ... (most likely due to a circular
# import)". Relative entries on sys.path ("." and "sub") are searched as absolute folders, so __file__ is
# absolute.
import os
import sys
import tempfile


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


tmp = tempfile.mkdtemp()
write(os.path.join(tmp, "cpkg", "__init__.py"), "")
write(os.path.join(tmp, "cpkg", "parent", "__init__.py"), "import cpkg.parent.child\n")
write(os.path.join(tmp, "cpkg", "parent", "child.py"), "import cpkg.parent\nprint('child sees', cpkg.parent)\n")
write(os.path.join(tmp, "cpkg2", "__init__.py"), "")
write(os.path.join(tmp, "cpkg2", "a.py"), "from cpkg2 import b\n")
write(os.path.join(tmp, "cpkg2", "b.py"), "from cpkg2 import a\n")
write(os.path.join(tmp, "rel", "relmod.py"), "VALUE = 7\n")
sys.path.insert(0, tmp)

try:
    import cpkg.parent
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(k for k in sys.modules if k.startswith("cpkg")))
print(sys.modules["cpkg"].__spec__._uninitialized_submodules)

try:
    import cpkg2.a
except ImportError as e:
    print("ImportError:", str(e).replace(tmp, "TMP"))

old = os.getcwd()
os.chdir(tmp)
sys.path.insert(0, "rel")
import relmod

print(relmod.VALUE, os.path.isabs(relmod.__file__), os.path.relpath(relmod.__file__, tmp))
print(os.path.isabs(relmod.__spec__.origin), os.path.isabs(relmod.__cached__))
os.chdir(old)
