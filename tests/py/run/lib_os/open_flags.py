import os
from _fs import fresh, rmtree, read, show

base = fresh("open_flags")
p = os.path.join(base, "f")
fd = os.open(p, os.O_WRONLY | os.O_CREAT)
os.write(fd, b"abc")
os.close(fd)
fd = os.open(p, os.O_WRONLY | os.O_APPEND)
os.write(fd, b"def")
os.close(fd)
print(read(p))
fd = os.open(p, os.O_WRONLY | os.O_TRUNC)
os.write(fd, b"X")
os.close(fd)
print(read(p))
fd = os.open(p, os.O_RDONLY)
try:
    os.write(fd, b"no")
except OSError as e:
    show(e)
os.close(fd)
fd = os.open(path=p, flags=os.O_RDWR, mode=0o600)
print(os.read(fd, 10))
os.close(fd)
try:
    os.open(base, os.O_WRONLY)
except OSError as e:
    show(e, base)
try:
    os.open(p, os.O_RDONLY | os.O_DIRECTORY)
except OSError as e:
    show(e, base)
fd = os.open(base, os.O_RDONLY | os.O_DIRECTORY)
print(os.fstat(fd).st_mode & 0o170000 == 0o040000)
os.close(fd)
try:
    os.open(p)
except TypeError as e:
    print(type(e).__name__, e)
try:
    os.open(p, "r")
except TypeError as e:
    print(type(e).__name__, e)
try:
    os.read(-1, 5)
except OSError as e:
    show(e)
try:
    os.lseek(0, 0)
except TypeError as e:
    print(type(e).__name__, e)
rmtree(base)
