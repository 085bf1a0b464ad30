import os


class P:
    def __init__(self, v):
        self.v = v

    def __fspath__(self):
        return self.v


calls = [
    lambda: os.stat(None),
    lambda: os.stat(1.5),
    lambda: os.stat([]),
    lambda: os.stat("a\0b"),
    lambda: os.stat(b"a\0b"),
    lambda: os.stat(P(None)),
    lambda: os.lstat(3),
    lambda: os.mkdir(1),
    lambda: os.rmdir(P(2)),
    lambda: os.rename("a", None),
    lambda: os.rename(None, "b"),
    lambda: os.listdir(b"a\0"),
    lambda: os.scandir(1.0),
    lambda: os.stat("x", dir_fd="y"),
    lambda: os.stat(),
    lambda: os.stat("x", "y"),
    lambda: os.stat(path="x", bogus=1),
    lambda: os.open("x"),
    lambda: os.chdir(None),
    lambda: os.readlink(5),
    lambda: os.access("x", "r"),
    lambda: os.utime("x", times=(1, 2), ns=(1, 2)),
    lambda: os.symlink("a"),
    lambda: os.close("1"),
    lambda: os.read(0),
    lambda: os.lseek(0, 0),
    lambda: os.write(1),
    lambda: os.fstat(),
    lambda: os.fspath(P(b"ok")).decode(),
    lambda: os.chmod("x", None),
    lambda: os.truncate("x"),
    lambda: os.strerror("x"),
    lambda: os.waitstatus_to_exitcode(),
]
for i, call in enumerate(calls):
    try:
        r = call()
        print(i, "ok", r)
    except (TypeError, ValueError) as e:
        print(i, type(e).__name__, e)
    except OSError as e:
        print(i, type(e).__name__, e.strerror)
