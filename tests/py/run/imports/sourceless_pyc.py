# A `.pyc` with no source beside it imports (CPython's SourcelessFileLoader): modules and packages, from a
# folder and from a zip archive; its loader has no source; a bad header or a non-code payload is an
# ImportError (or EOFError) naming the module, as importlib's _classify_pyc and _compile_bytecode say.
import os, sys, tempfile, zipfile, marshal, py_compile, importlib, importlib.util


def _write(path, data):
    with open(path, "wb") as f:
        f.write(data)


root = tempfile.mkdtemp()
os.makedirs(os.path.join(root, "spkg"))
sources = {
    "smod.py": "X = 42\ndef f():\n    return X + 1\n",
    "spkg/__init__.py": "Y = 'pkg'\n",
    "spkg/sub.py": "from . import Y\nZ = __name__ + ':' + Y\n",
}
for rel, text in sources.items():
    src = os.path.join(root, rel)
    _write(src, text.encode())
    py_compile.compile(src, cfile=src + "c", doraise=True)
    os.remove(src)
sys.path.insert(0, root)
import smod, spkg, spkg.sub
print(smod.X, smod.f(), spkg.Y, spkg.sub.Z)
print(os.path.relpath(smod.__file__, root), smod.__cached__ == smod.__file__, type(smod.__loader__).__name__)
print(os.path.relpath(spkg.__file__, root), [os.path.relpath(p, root) for p in spkg.__path__])
print(smod.__loader__.get_source("smod"), smod.__loader__.is_package("smod"), spkg.__loader__.is_package("spkg"))
print(importlib.util.find_spec("smod").origin == smod.__file__)

# a zip archive holding only bytecode
zpath = os.path.join(tempfile.mkdtemp(), "only_pyc.zip")
with zipfile.ZipFile(zpath, "w") as z:
    z.write(os.path.join(root, "smod.pyc"), "zmod.pyc")
sys.path.insert(0, zpath)
import zmod
print(zmod.X, zmod.f(), zmod.__file__.endswith(os.path.join("only_pyc.zip", "zmod.pyc")))

# bad files
_write(os.path.join(root, "badmagic.pyc"), b"abcd" + bytes(20))
_write(os.path.join(root, "short.pyc"), importlib.util.MAGIC_NUMBER + b"\0\0")
_write(os.path.join(root, "badflags.pyc"), importlib.util.MAGIC_NUMBER + b"\x08\0\0\0" + bytes(8) + marshal.dumps(1))
_write(os.path.join(root, "notcode.pyc"), importlib.util.MAGIC_NUMBER + bytes(12) + marshal.dumps((1, 2)))
for name in ["badmagic", "short", "badflags", "notcode"]:
    try:
        __import__(name)
    except (ImportError, EOFError) as e:
        print(name, type(e).__name__, str(e).replace(root, "<root>"), getattr(e, "name", "-"))
    print(name in sys.modules)
