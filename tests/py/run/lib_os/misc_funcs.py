import os
from _fs import fresh, rmtree, write

base = fresh("misc_funcs")
f = os.path.join(base, "f")
write(f, b"data")
print(os.major(os.makedev(8, 1)), os.minor(os.makedev(8, 1)), os.major(os.makedev(300, 70000)), os.minor(os.makedev(300, 70000)))
fd = os.open(f, os.O_RDONLY)
print(os.device_encoding(fd), os.isatty(fd))
os.close(fd)
print(type(os.sysconf("SC_PAGE_SIZE")).__name__, "SC_PAGE_SIZE" in os.sysconf_names)
try:
    os.sysconf("NOT_A_NAME")
except ValueError as e:
    print(type(e).__name__, e)
print(os.path.getsize(f), os.stat(f).st_blocks >= 0, os.stat(f).st_blksize > 0)
s = os.statvfs(base)
print(type(s).__name__, len(s), s.f_bsize > 0, s.f_namemax > 0)
print(os.pread.__name__ if hasattr(os, "pread") else "-")
fd = os.open(f, os.O_RDWR)
print(os.pread(fd, 2, 1), os.pwrite(fd, b"XY", 2), os.pread(fd, 10, 0), os.lseek(fd, 0, os.SEEK_CUR))
os.close(fd)
st = os.stat(f)
print(st.st_size, oct(st.st_mode & 0o777))
print(os.fspath(os.scandir(base).__next__()) == f)
rmtree(base)
