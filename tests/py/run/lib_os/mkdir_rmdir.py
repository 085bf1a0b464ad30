import os
from _fs import fresh, rmtree, write, show

base = fresh("mkdir_rmdir")
p = os.path.join(base, "d")
os.mkdir(p)
print(os.path.isdir(p))
try:
    os.mkdir(p)
except FileExistsError as e:
    show(e, base)
write(os.path.join(p, "f"))
try:
    os.rmdir(p)
except OSError as e:
    show(e, base)
try:
    os.rmdir(os.path.join(base, "missing"))
except OSError as e:
    show(e, base)
try:
    os.mkdir(os.path.join(base, "x", "y"))
except OSError as e:
    show(e, base)
os.makedirs(os.path.join(base, "x", "y", "z"))
os.makedirs(os.path.join(base, "x", "y", "z"), exist_ok=True)
try:
    os.makedirs(os.path.join(base, "x", "y"))
except FileExistsError as e:
    show(e, base)
print(sorted(os.listdir(os.path.join(base, "x"))))
os.removedirs(os.path.join(base, "x", "y", "z"))
print(os.path.exists(os.path.join(base, "x")))
os.mkdir(os.path.join(base, "m"), 0o700)
print(oct(os.stat(os.path.join(base, "m")).st_mode & 0o777))
os.mkdir(os.path.join(base, "kw"), mode=0o755)
print(os.path.isdir(os.path.join(base, "kw")))
rmtree(base)
