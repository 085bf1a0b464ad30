# importlib.resources over modules imported from zip archives (the stdlib's and a program's): the loader
# gives importlib.readers.ZipReader, as zipimport's does, from its `archive` and `prefix`.
import importlib.resources as res, os, sys, tempfile, zipfile
print(res.files("encodings").joinpath("aliases.py").read_text()[:20].split("\n")[0])
print(res.files("json").joinpath("tool.py").is_file(), res.files("json").joinpath("nope").is_file())
tmp = tempfile.mkdtemp()
z = os.path.join(tmp, "bundle.zip")
with zipfile.ZipFile(z, "w") as f:
    f.writestr("zpkg/__init__.py", "from importlib import resources as r\nVAL = r.files(__name__).joinpath('res.txt').read_text(encoding='utf-8')\n")
    f.writestr("zpkg/res.txt", "zipped resource\n")
    f.writestr("zpkg/sub/__init__.py", "")
    f.writestr("zpkg/sub/data.bin", b"\x00\x01")
sys.path.insert(0, z)
import zpkg, zpkg.sub
print(repr(zpkg.VAL))
print(sorted(p.name for p in res.files("zpkg.sub").iterdir()))
print(res.files("zpkg.sub").joinpath("data.bin").read_bytes())
print(res.files("zpkg").joinpath("sub").is_dir())
