import os
from _fs import fresh, rmtree, show

base = fresh("fd_ops")
p = os.path.join(base, "f.bin")
fd = os.open(p, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
print(type(fd).__name__, os.write(fd, b"hello world"), os.write(fd, bytearray(b"!")), os.write(fd, memoryview(b"?")))
print(os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, -3, os.SEEK_END), os.read(fd, 3))
os.ftruncate(fd, 4)
print(os.fstat(fd).st_size, os.lseek(fd, 0, 0), os.read(fd, 100))
os.set_inheritable(fd, True)
print(os.get_inheritable(fd))
fd2 = os.dup(fd)
print(fd2 != fd, os.lseek(fd2, 0, 1))
os.close(fd2)
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    show(e)
try:
    os.read(fd, 1)
except OSError as e:
    show(e)
try:
    os.write(fd, "text")
except TypeError as e:
    print(type(e).__name__, e)
try:
    os.open(os.path.join(base, "missing"), os.O_RDONLY)
except OSError as e:
    show(e, base)
try:
    os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
except OSError as e:
    show(e, base)
os.truncate(p, 2)
print(os.path.getsize(p))
r, w = os.pipe()
print(os.write(w, b"through the pipe"), os.read(r, 7), os.read(r, 100))
print(os.isatty(r), os.get_blocking(r))
os.set_blocking(r, False)
print(os.get_blocking(r))
os.close(w)
os.close(r)
rmtree(base)
