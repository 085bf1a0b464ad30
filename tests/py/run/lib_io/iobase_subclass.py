import io

class Lines(io.IOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.flushed = 0
    def readable(self):
        return True
    def read(self, n=-1):
        if n < 0:
            n = len(self.data) - self.pos
        chunk = self.data[self.pos:self.pos + n]
        self.pos += len(chunk)
        return chunk
    def flush(self):
        self.flushed += 1
        super().flush()

s = Lines(b"one\ntwo\nthree")
print(s.readline(), s.readline(2), s.readline(), s.readline(), s.readline())
s.pos = 0
print(s.readlines())
s.pos = 0
print(list(s))
s.pos = 0
print(s.readlines(5))
print(s.closed, s.seekable(), s.writable(), s.isatty())
with s as t:
    print(t is s, s.closed)
print(s.closed, s.flushed)
s.close()
print(s.flushed)

def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("readline closed", s.readline)
attempt("iter closed", lambda: iter(s))
attempt("seek", lambda: Lines(b"").seek(0))
attempt("tell", lambda: Lines(b"").tell())
attempt("truncate", lambda: Lines(b"").truncate())
attempt("fileno", lambda: Lines(b"").fileno())
attempt("_checkWritable", lambda: Lines(b"")._checkWritable())
attempt("_checkSeekable", lambda: Lines(b"")._checkSeekable())
attempt("_checkReadable", lambda: Lines(b"")._checkReadable())

class Writer(io.IOBase):
    def __init__(self):
        self.out = []
    def write(self, x):
        self.out.append(x)

w = Writer()
w.writelines(["a", "b"])
print(w.out)

class Peeky(io.IOBase):
    def __init__(self, data):
        self.data = data
        self.calls = 0
    def peek(self, n=0):
        return self.data
    def read(self, n=-1):
        self.calls += 1
        r, self.data = self.data[:n], self.data[n:]
        return r

p = Peeky(b"abc\ndef\n")
print(p.readline(), p.calls)

class BadRead(io.IOBase):
    def read(self, n=-1):
        return "text"

attempt("bad read", lambda: BadRead().readline())

class TextSub(io.TextIOBase):
    pass

attempt("text read", lambda: TextSub().read())
attempt("text write", lambda: TextSub().write("x"))
attempt("text detach", lambda: TextSub().detach())
print(TextSub().encoding, TextSub().newlines, TextSub().errors)

class BufSub(io.BufferedIOBase):
    def read(self, n=-1):
        return b"xyz"[:n]

b = bytearray(2)
print(BufSub().readinto(b), b)
attempt("buf read1", lambda: BufSub().read1())
attempt("buf write", lambda: BufSub().write(b""))
