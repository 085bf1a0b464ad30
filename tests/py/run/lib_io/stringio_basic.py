import io

s = io.StringIO()
print(s.write("hello "), s.write("world\n"), s.write(""))
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.read(5)), s.tell(), repr(s.read()), repr(s.read()))
s.seek(2)
print(s.write("XY"), repr(s.getvalue()), s.tell())
s.seek(20)
s.write("!")
print(repr(s.getvalue()), len(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
print(s.truncate(), repr(s.getvalue()))
s.seek(0)
print(s.seek(0, 2), s.seek(0, 1), s.tell())

t = io.StringIO("one\ntwo\nthree")
print(repr(t.readline()), repr(t.readline(2)), repr(t.readline()), repr(t.readline()), repr(t.readline()))
t.seek(0)
print(t.readlines())
t.seek(0)
print(t.readlines(5))
t.seek(0)
print([line for line in t])
t.seek(0)
print(list(enumerate(t)))
print(t.readable(), t.writable(), t.seekable(), t.isatty(), t.closed, t.line_buffering)
print(t.encoding, t.errors, t.newlines)
t.writelines(["a", "b", "c"])
print(repr(t.getvalue()))
with io.StringIO("ctx") as c:
    print(c.read(), c.closed)
print(c.closed)
u = io.StringIO(None)
print(repr(u.getvalue()))
u = io.StringIO(initial_value="abc", newline=None)
print(u.tell(), u.read())
print(io.StringIO("abc").read(None), io.StringIO("abc").read(-1), io.StringIO("abc").read(0) == "")
print(type(io.StringIO()).__name__, io.StringIO.__module__)

class Sub(io.StringIO):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = 1

x = Sub("q\nr\n")
print(x.extra, list(x), x.getvalue())
