import io

class Source(io.RawIOBase):
    def __init__(self, data, step):
        self.data = data
        self.step = step
        self.pos = 0
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), self.step, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

s = Source(b"hello world\nsecond line\n", 5)
print(s.read(3), s.read(100), s.readall())
s.pos = 0
print(s.readline(), s.read())
s.pos = 0
r = io.BufferedReader(s, buffer_size=4)
print(repr(r), r.raw is s, r.readable(), r.seekable())
print(r.read(7), r.peek()[:1], r.read1(3), r.readline(), r.read())
s.pos = 0
t = io.TextIOWrapper(io.BufferedReader(Source("x\u00e9y\nzz\n".encode("utf-8"), 1)), encoding="utf-8")
print(t.readline(), t.read())

class Sink(io.RawIOBase):
    def __init__(self):
        self.chunks = []
    def writable(self):
        return True
    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)

k = Sink()
w = io.BufferedWriter(k, buffer_size=8)
print(w.write(b"abc"), k.chunks)
print(w.write(b"defghij"), k.chunks)
w.flush()
print(k.chunks)
print(w.write(b"0123456789ABCDEF"), k.chunks[-1])
tw = io.TextIOWrapper(io.BufferedWriter(Sink()), encoding="utf-8")
tw.write("text\n")
tw.flush()
print(tw.buffer.raw.chunks)

def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("reader of sink", lambda: io.BufferedReader(Sink()))
attempt("writer of source", lambda: io.BufferedWriter(Source(b"", 1)))
attempt("buffer size", lambda: io.BufferedReader(Source(b"", 1), 0))
attempt("raw readinto", lambda: io.RawIOBase().readinto(bytearray(1)))
attempt("raw write", lambda: io.RawIOBase().write(b""))

class NoneRaw(io.RawIOBase):
    def readable(self):
        return True
    def readinto(self, b):
        return None

print(NoneRaw().read(5), NoneRaw().readall())
