import io

def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

t = io.TextIOWrapper(io.BytesIO(b"abc"), encoding="utf-8")
attempt("write int", lambda: t.write(1))
attempt("write bytes", lambda: t.write(b"x"))
attempt("newline bad", lambda: io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="x"))
attempt("newline int", lambda: io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline=5))
attempt("chunk size", lambda: setattr(t, "_CHUNK_SIZE", 0))
print(t._CHUNK_SIZE)
t._CHUNK_SIZE = 2
print(t._CHUNK_SIZE, repr(t.read()))
attempt("pickle", lambda: t.__getstate__())
attempt("fileno", t.fileno)
t.close()
t.close()
for name in ["read", "readline", "tell", "flush", "readable", "writable", "seekable", "isatty", "fileno", "__next__"]:
    attempt(name, getattr(t, name))
attempt("write closed", lambda: t.write("x"))
attempt("seek closed", lambda: t.seek(0))
print(t.closed, t.encoding)

class ReadOnly(io.BytesIO):
    def writable(self):
        return False

class WriteOnly(io.BytesIO):
    def readable(self):
        return False

r = io.TextIOWrapper(ReadOnly(b"ro"), encoding="utf-8")
attempt("write read-only", lambda: r.write("x"))
print(r.read())
w = io.TextIOWrapper(WriteOnly(), encoding="utf-8")
attempt("read write-only", lambda: w.read())
attempt("readline write-only", lambda: w.readline())
print(w.write("ok"))

class NonSeekable(io.BytesIO):
    def seekable(self):
        return False

n = io.TextIOWrapper(NonSeekable(b"xy"), encoding="utf-8")
attempt("tell unseekable", n.tell)
attempt("seek unseekable", lambda: n.seek(0))
print(n.read())
print(repr(io.TextIOWrapper(io.BytesIO(), encoding="latin-1")))
x = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
x.mode = "w"
print(repr(x))

class Named(io.BytesIO):
    name = "thing.txt"

print(repr(io.TextIOWrapper(Named(), encoding="ascii")))
