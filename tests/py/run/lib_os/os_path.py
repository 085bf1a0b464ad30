import os
from _fs import fresh, rmtree, write

base = fresh("os_path")
f = os.path.join(base, "file.txt")
write(f, b"abc")
d = os.path.join(base, "dir")
os.mkdir(d)
ln = os.path.join(base, "ln")
os.symlink("file.txt", ln)
for p in [f, d, ln, os.path.join(base, "missing")]:
    name = os.path.relpath(p, base)
    print(name, os.path.exists(p), os.path.isfile(p), os.path.isdir(p), os.path.islink(p), os.path.lexists(p))
print(os.path.getsize(f), os.path.samefile(f, ln), os.path.isabs(base), os.path.ismount("/"))
print(os.path.relpath(os.path.realpath(ln), os.path.realpath(base)))
print(os.path.split(f)[1], os.path.splitext(f)[1], os.path.basename(d), os.path.relpath(os.path.dirname(f), base))
print(os.path.normpath("a/./b/../c"), os.path.join("a", "b", "c"), os.path.commonpath(["/a/b/c", "/a/b/d"]))
cwd = os.getcwd()
os.chdir(base)
try:
    print(os.path.abspath("x") == os.path.join(os.getcwd(), "x"), os.path.exists("file.txt"), sorted(os.listdir()))
    print(os.getcwdb() == os.fsencode(os.getcwd()), type(os.getcwdb()).__name__)
    os.chdir("dir")
    print(os.path.basename(os.getcwd()))
finally:
    os.chdir(cwd)
try:
    os.chdir(os.path.join(base, "missing"))
except FileNotFoundError as e:
    print(type(e).__name__, e.strerror, os.path.relpath(e.filename, base))
try:
    os.chdir(f)
except NotADirectoryError as e:
    print(type(e).__name__, e.strerror)
print(os.getcwd() == cwd)
print(os.path.getmtime(f) == os.stat(f).st_mtime, os.path.exists(b"/"), os.path.isdir(os.fsencode(d)))
rmtree(base)
