import errno, os

for name in ["ENOENT", "EEXIST", "EACCES", "EPERM", "ENOTDIR", "EISDIR", "EINVAL", "EAGAIN", "ENOTEMPTY", "EBADF"]:
    v = getattr(errno, name)
    print(name, type(v).__name__, errno.errorcode[v] in (name, "EWOULDBLOCK"), os.strerror(v))
print(errno.EWOULDBLOCK == errno.EAGAIN, errno.EDEADLOCK == errno.EDEADLK)
print(type(errno.errorcode).__name__, len(errno.errorcode) > 100)
print(all(getattr(errno, n) == k for k, n in errno.errorcode.items()))
try:
    os.stat("/definitely/not/here")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno], type(e).__name__)
e = OSError(errno.ENOENT, "msg")
print(type(e).__name__, e.errno == errno.ENOENT)
e = OSError(errno.EEXIST, "exists", "path")
print(type(e).__name__, e.strerror, e.filename)
print(type(OSError(errno.EACCES, "x")).__name__, type(OSError(errno.ECHILD, "x")).__name__,
      type(OSError(errno.ESRCH, "x")).__name__, type(OSError(errno.EPIPE, "x")).__name__)
