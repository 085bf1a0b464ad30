import os
from _fs import fresh, rmtree, write, read, show

base = fresh("rename_replace")
a, b, c = (os.path.join(base, n) for n in "abc")
write(a, b"first")
os.rename(a, b)
print(os.path.exists(a), read(b))
write(c, b"second")
os.replace(c, b)
print(os.path.exists(c), read(b))
try:
    os.rename(a, c)
except OSError as e:
    show(e, base)
os.rename(os.fsencode(b), os.fsencode(a))
os.rename(a, b)
os.mkdir(os.path.join(base, "dir"))
os.rename(os.path.join(base, "dir"), os.path.join(base, "dir2"))
print(sorted(os.listdir(base)))
try:
    os.rename(src=b, dst=a)
    print(read(a))
except TypeError as e:
    print("kw", e)
rmtree(base)
