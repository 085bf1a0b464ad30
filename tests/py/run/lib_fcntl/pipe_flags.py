# oracle: python3
# fcntl.fcntl on pipe descriptors: the file status flags (O_NONBLOCK, as os.set_blocking/get_blocking
# change them), the descriptor flags (FD_CLOEXEC, as os.set_inheritable changes them), F_DUPFD*, pipe size
import errno
import fcntl
import os

r, w = os.pipe()
print("blocking", os.get_blocking(r), bool(fcntl.fcntl(r, fcntl.F_GETFL) & os.O_NONBLOCK))
os.set_blocking(r, False)
print("after set_blocking(False)", os.get_blocking(r), bool(fcntl.fcntl(r, fcntl.F_GETFL) & os.O_NONBLOCK))
try:
    os.read(r, 10)
except BlockingIOError as e:
    print("read on empty non-blocking pipe:", type(e).__name__, e.errno == errno.EAGAIN)
flags = fcntl.fcntl(r, fcntl.F_GETFL)
print("F_SETFL returns", fcntl.fcntl(r, fcntl.F_SETFL, flags & ~os.O_NONBLOCK))
print("blocking again", os.get_blocking(r))
fcntl.fcntl(w, fcntl.F_SETFL, fcntl.fcntl(w, fcntl.F_GETFL) | os.O_NONBLOCK)
print("write end non-blocking", os.get_blocking(w))
print("access mode", fcntl.fcntl(r, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY,
      fcntl.fcntl(w, fcntl.F_GETFL) & os.O_ACCMODE == os.O_WRONLY)

# descriptor flags: new descriptors are non-inheritable (close-on-exec)
print("cloexec", fcntl.fcntl(r, fcntl.F_GETFD) & fcntl.FD_CLOEXEC, os.get_inheritable(r))
os.set_inheritable(r, True)
print("inheritable", fcntl.fcntl(r, fcntl.F_GETFD) & fcntl.FD_CLOEXEC, os.get_inheritable(r))
fcntl.fcntl(r, fcntl.F_SETFD, fcntl.FD_CLOEXEC)
print("cloexec again", os.get_inheritable(r))

# duplicates at or above a given number
d1 = fcntl.fcntl(r, fcntl.F_DUPFD, 50)
d2 = fcntl.fcntl(r, fcntl.F_DUPFD_CLOEXEC, 50)
print("dups", d1 >= 50, d2 > d1, os.get_inheritable(d1), os.get_inheritable(d2))
os.write(w, b"through the dup")
print(os.read(d2, 100))
os.close(d1)
os.close(d2)

# file objects and objects with fileno() are accepted
class HasFileno:
    def fileno(self):
        return r
print("fileno objects", fcntl.fcntl(HasFileno(), fcntl.F_GETFD) == fcntl.fcntl(r, fcntl.F_GETFD))
with open(os.devnull, "rb") as f:
    print("file object", fcntl.fcntl(f, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY)

# pipe capacity
size = fcntl.fcntl(w, fcntl.F_GETPIPE_SZ)
print("pipe size set", fcntl.fcntl(w, fcntl.F_SETPIPE_SZ, 2 * size) >= 2 * size)
print("pipe size now", fcntl.fcntl(w, fcntl.F_GETPIPE_SZ) >= 2 * size)

# errors carry errno
os.close(w)
try:
    fcntl.fcntl(w, fcntl.F_GETFL)
except OSError as e:
    print("closed fd:", type(e).__name__, e.errno == errno.EBADF)
try:
    fcntl.fcntl(r, 123456)
except OSError as e:
    print("bad command:", e.errno == errno.EINVAL)
try:
    fcntl.fcntl(-1, fcntl.F_GETFL)
except ValueError as e:
    print(e)
for bad in ["x", 1.5, None]:
    try:
        fcntl.fcntl(bad, fcntl.F_GETFL)
    except TypeError as e:
        print("fd", type(bad).__name__, e)
os.close(r)
