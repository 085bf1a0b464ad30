import os, stat
from _fs import fresh, rmtree, write, show

base = fresh("chmod_access")
f = os.path.join(base, "f")
write(f)
for mode in (0o600, 0o444, 0o755, 0o640):
    os.chmod(f, mode)
    print(oct(stat.S_IMODE(os.stat(f).st_mode)), stat.filemode(os.stat(f).st_mode))
print(os.access(f, os.F_OK), os.access(f, os.R_OK), os.access(os.path.join(base, "nope"), os.F_OK))
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK)
try:
    os.chmod(os.path.join(base, "nope"), 0o644)
except OSError as e:
    show(e, base)
try:
    os.chmod(f, "rw")
except TypeError as e:
    print(type(e).__name__, e)
try:
    os.access(f)
except TypeError as e:
    print(type(e).__name__, e)
fd = os.open(f, os.O_RDONLY)
os.chmod(fd, 0o600)
os.close(fd)
print(oct(os.stat(f).st_mode & 0o777))
d = os.path.join(base, "d")
os.mkdir(d)
os.chmod(d, 0o700)
print(stat.filemode(os.stat(d).st_mode))
rmtree(base)
