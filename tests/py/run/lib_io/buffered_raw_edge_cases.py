# Buffered objects over misbehaving raw streams: a failed re-__init__ leaves the object uninitialised,
# a raw readinto()/write() returning a non-integer is an OSError caused by the TypeError, close() calls
# self.flush() (an override too) and chains a failing flush into a failing raw close, and a raw
# stream that always tells 0 (a character device) never makes seek() return a negative position.
import io


class Raw(io.RawIOBase):
    def __init__(self, data=b""):
        self.data = data
        self.pos = 0

    def readable(self):
        return True

    def writable(self):
        return True

    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

    def write(self, b):
        return len(b)


raw = Raw(b"abc")
b = io.BufferedReader(raw)
for size in (0, -16, -1):
    try:
        b.__init__(raw, buffer_size=size)
    except ValueError as e:
        print("init:", e)
    try:
        b.read()
    except ValueError as e:
        print("read:", e)
b.__init__(raw)
print(b.read())

keep = []  # buffered objects stay referenced: a collected one would close its raw stream
bad = Raw(b"12")
bad.readinto = lambda buf: b""
keep.append(io.BufferedReader(bad))
try:
    keep[-1].readline()
except OSError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__suppress_context__)
bad2 = Raw(b"12")
bad2.readinto = lambda buf: -1
keep.append(io.BufferedReader(bad2))
try:
    keep[-1].read(1)
except OSError as e:
    print(type(e).__name__, e, e.__cause__)
badw = Raw()
badw.write = lambda data: "x"
w = io.BufferedWriter(badw)
keep.append(w)
w.write(b"data")
try:
    w.flush()
except OSError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

for cls in (io.BufferedReader, io.BufferedWriter):
    r = Raw()
    def bad_flush():
        raise OSError("flush")
    def bad_close():
        raise OSError("close")
    r.close = bad_close
    b = cls(r)
    b.flush = bad_flush
    try:
        b.close()
    except OSError as e:
        print(cls.__name__, e.args, e.__context__.args, b.closed)
    r.close = lambda: None
    del b.flush
    calls = []
    b.flush = lambda: calls.append("flush")
    b.close()
    print(cls.__name__, "closed after override flush:", calls, b.closed)


class CharDevice(io.BytesIO):
    def seek(self, *args):
        return 0

    def tell(self, *args):
        return 0


buf = io.BufferedReader(CharDevice(b"12"))
print(buf.seek(0, io.SEEK_CUR), buf.seek(1, io.SEEK_SET), buf.seek(0, io.SEEK_CUR), buf.read(1))
print(buf.tell(), buf.seek(0, io.SEEK_CUR), buf.read())
