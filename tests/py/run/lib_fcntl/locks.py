# oracle: python3
# flock and lockf: whole-file locks held by open file descriptions, LOCK_NB conflicts, record locks with
# start/len/whence, and the argument checks
import errno
import fcntl
import os
import tempfile

fd, path = tempfile.mkstemp()
os.write(fd, b"0123456789" * 10)
try:
    a = open(path, "rb")
    b = open(path, "rb")
    fcntl.flock(a, fcntl.LOCK_EX)
    try:
        fcntl.flock(b, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as e:
        print("second exclusive flock:", type(e).__name__, e.errno in (errno.EAGAIN, errno.EACCES))
    try:
        fcntl.flock(b.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        print("shared flock blocked too")
    fcntl.flock(a, fcntl.LOCK_UN)
    fcntl.flock(b, fcntl.LOCK_SH | fcntl.LOCK_NB)
    fcntl.flock(a, fcntl.LOCK_SH | fcntl.LOCK_NB)
    print("two shared flocks", fcntl.flock(b, fcntl.LOCK_UN), fcntl.flock(a, fcntl.LOCK_UN))
    a.close()
    b.close()

    # POSIX record locks (one process never conflicts with itself)
    with open(path, "r+b") as f:
        print(fcntl.lockf(f, fcntl.LOCK_EX))
        print(fcntl.lockf(f, fcntl.LOCK_UN))
        print(fcntl.lockf(f.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB, 10, 5))
        print(fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB, 10, 5, os.SEEK_SET))
        f.seek(20)
        print(fcntl.lockf(f, fcntl.LOCK_UN, 10, 0, os.SEEK_CUR))
        print(fcntl.lockf(f, fcntl.LOCK_UN, 0, 0, os.SEEK_END))
        for bad in (0, 16):
            try:
                fcntl.lockf(f, bad)
            except ValueError as e:
                print(bad, e)
        try:
            fcntl.lockf(f, fcntl.LOCK_EX, 0, 0, 42)
        except OSError as e:
            print("bad whence:", e.errno == errno.EINVAL)

    # a read-only descriptor cannot take a write lock
    with open(path, "rb") as f:
        try:
            fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as e:
            print("write lock on read-only fd:", e.errno == errno.EBADF)
        fcntl.lockf(f, fcntl.LOCK_SH | fcntl.LOCK_NB)
        print("read lock on read-only fd ok")

    # F_GETLK with a struct flock passed as bytes: no conflicting lock from this process
    import struct
    fmt = "hhqqi4x"
    with open(path, "r+b") as f:
        req = struct.pack(fmt, fcntl.F_WRLCK, 0, 0, 0, 0)
        res = fcntl.fcntl(f, fcntl.F_GETLK, req)
        print(type(res).__name__, len(res) == len(req), struct.unpack(fmt, res)[0] == fcntl.F_UNLCK)
        lock = struct.pack(fmt, fcntl.F_WRLCK, 0, 0, 0, 0)
        print(fcntl.fcntl(f, fcntl.F_SETLK, lock) == lock)
        unlock = struct.pack(fmt, fcntl.F_UNLCK, 0, 0, 0, 0)
        print(fcntl.fcntl(f, fcntl.F_SETLK, unlock) == unlock)
finally:
    os.close(fd)
    os.unlink(path)

try:
    fcntl.flock(999, fcntl.LOCK_EX)
except OSError as e:
    print("flock on a closed fd:", e.errno == errno.EBADF)
