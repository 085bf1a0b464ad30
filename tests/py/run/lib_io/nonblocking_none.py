# A raw stream that would block returns None; BufferedReader passes None up from read(), and
# TextIOWrapper.read() turns it into BlockingIOError('Read returned None.') (CPython 3.13+).
import io


class WouldBlock(io.RawIOBase):
    def __init__(self, chunks):
        self.chunks = list(chunks)

    def readable(self):
        return True

    def readinto(self, b):
        if not self.chunks:
            return 0
        c = self.chunks.pop(0)
        if c is None:
            return None
        b[: len(c)] = c
        return len(c)


b = io.BufferedReader(WouldBlock([b"ab", None, b"cd", None]))
print(b.read(), b.read(), b.read(), b.read())
t = io.TextIOWrapper(io.BufferedReader(WouldBlock([None, b"xy\n", None])), encoding="ascii")
for step in range(3):
    try:
        print(repr(t.read()))
    except BlockingIOError as e:
        print("BlockingIOError", e.args, e.errno)
t2 = io.TextIOWrapper(io.BufferedReader(WouldBlock([b"q\nr", None, b"s"])), encoding="ascii")
print(repr(t2.readline()), repr(t2.read(1)))
try:
    print(repr(t2.read()))
except BlockingIOError as e:
    print("BlockingIOError", e.args)
print(repr(t2.read()))
