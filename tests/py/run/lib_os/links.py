import os
from _fs import fresh, rmtree, write, read, show

base = fresh("links")
target = os.path.join(base, "target.txt")
write(target, b"content")
ln = os.path.join(base, "sym")
os.symlink("target.txt", ln)
print(os.readlink(ln), os.readlink(os.fsencode(ln)))
print(os.path.islink(ln), os.path.islink(target), os.path.exists(ln))
print(read(ln))
print(os.lstat(ln).st_size == len("target.txt"), os.stat(ln).st_size)
print(os.path.samefile(target, ln))
try:
    os.readlink(target)
except OSError as e:
    show(e, base)
try:
    os.symlink("target.txt", ln)
except FileExistsError as e:
    show(e, base)
os.unlink(target)
print(os.path.exists(ln), os.path.lexists(ln))
print(os.path.realpath(ln) == os.path.realpath(target))
rmtree(base)
