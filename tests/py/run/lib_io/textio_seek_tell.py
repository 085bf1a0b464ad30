import io

data = "ab\u00e9c\nd\u65e5f\nlast\n".encode("utf-8")
t = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
print(t.tell())
print(repr(t.read(3)), t.tell())
pos = t.tell()
print(repr(t.readline()), t.tell())
print(repr(t.readline()), t.tell())
t.seek(pos)
print(repr(t.read(2)))
t.seek(0)
print(repr(t.readline()), t.tell())
print(t.seek(0, 2), repr(t.read()))
print(t.seek(0, 1) == t.tell())

crlf = io.TextIOWrapper(io.BytesIO(b"one\r\ntwo\r\nthree"), encoding="utf-8")
print(repr(crlf.readline()), crlf.tell())
p = crlf.tell()
print(repr(crlf.readline()), crlf.tell())
crlf.seek(p)
print(repr(crlf.read()))

def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("cur nonzero", lambda: t.seek(1, 1))
attempt("end nonzero", lambda: t.seek(-1, 2))
attempt("negative", lambda: t.seek(-5))
attempt("whence 3", lambda: t.seek(0, 3))
attempt("float", lambda: t.seek(1.0))

it = io.TextIOWrapper(io.BytesIO(b"a\nb\n"), encoding="utf-8")
for line in it:
    attempt("tell in loop", it.tell)
    break
for line in it:
    pass
print(it.tell())

w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
w.write("h\u00e9")
print(w.tell())
w.seek(0)
w.write("X")
w.seek(0)
print(repr(w.read()))
print(w.truncate(1), w.buffer.getvalue())
