import os, glob, fnmatch
from _fs import fresh, rmtree, write

base = fresh("glob_fnmatch")
for f in ["a.py", "b.py", "c.txt", ".hidden.py", "sub/d.py", "sub/e.txt", "sub/deep/f.py", "x1.log", "x2.log"]:
    p = os.path.join(base, f)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    write(p)


def rel(paths):
    return sorted(os.path.relpath(p, base) for p in paths)


print(rel(glob.glob(os.path.join(base, "*.py"))))
print(rel(glob.glob(os.path.join(base, "**", "*.py"), recursive=True)))
print(rel(glob.glob(os.path.join(base, "**"), recursive=True)))
print(rel(glob.glob(os.path.join(base, "x?.log"))))
print(rel(glob.glob(os.path.join(base, "[ab].py"))))
print(rel(glob.glob(os.path.join(base, "*.py"), include_hidden=True)))
print(sorted(glob.glob("*.py", root_dir=base)), sorted(glob.glob("sub/*", root_dir=base)))
print(rel(glob.iglob(os.path.join(base, "sub", "*"))))
print(glob.glob(os.path.join(base, "nothing*")), glob.escape("a*b?[c]"))
print(fnmatch.fnmatch("file.PY", "*.py"), fnmatch.fnmatchcase("file.PY", "*.py"), fnmatch.filter(["a.py", "b.txt", "c.py"], "*.py"))
print(fnmatch.translate("*.py"), fnmatch.fnmatch("x[1]", "x[[]1]"))
print(sorted(glob.glob(os.path.join(os.fsencode(base), b"*.txt"))) == [os.fsencode(os.path.join(base, "c.txt"))])
rmtree(base)
