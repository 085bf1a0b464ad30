import io

raw = io.BytesIO("h\u00e9llo\r\nw\u00f6rld\nlast\rline".encode("utf-8"))
t = io.TextIOWrapper(raw, encoding="utf-8")
print(t.encoding, t.errors, t.line_buffering, t.write_through, t.newlines)
print(repr(t.readline()), t.newlines)
print(repr(t.read(3)), repr(t.read()))
print(t.newlines, t.readable(), t.writable(), t.seekable())
print(t.buffer is raw, t.closed)
t.seek(0)
print(t.readlines())
t.seek(0)
print(list(t))

w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
print(w.write("abc\n"), w.write("\u20ac\n"))
print(w.buffer.getvalue())
w.flush()
print(w.buffer.getvalue())
print(w.tell())
b = w.detach()
print(b.getvalue())
try:
    w.write("x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    w.buffer
except ValueError as e:
    print(type(e).__name__, e)
r = io.TextIOWrapper(io.BytesIO(b"x\ny\n"), encoding="ascii")
print(r.read(1), r.readline(), r.readline(), repr(r.readline()))
r.close()
print(r.closed, r.buffer.closed)
