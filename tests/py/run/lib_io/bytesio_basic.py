import io

b = io.BytesIO()
print(b.write(b"hello "), b.write(bytearray(b"world\n")), b.write(memoryview(b"!")))
print(b.getvalue(), b.tell())
b.seek(0)
print(b.read(3), b.read1(2), b.read(), b.read())
b.seek(10)
b.write(b"Z")
print(b.getvalue())
b.seek(20)
print(b.write(b"end"), b.getvalue(), len(b.getvalue()))
print(b.truncate(4), b.getvalue(), b.tell())
print(b.seek(-2, 2), b.read(), b.seek(-100, 1), b.tell(), b.seek(100), b.read())
c = io.BytesIO(b"l1\nl2\r\nl3")
print(c.readline(), c.readline(1), c.readline(), c.readline(), c.readline())
c.seek(0)
print(c.readlines(), list(io.BytesIO(b"a\nb\n")))
c.seek(0)
print(c.readlines(4))
buf = bytearray(4)
c.seek(0)
print(c.readinto(buf), buf, c.readinto(memoryview(buf)[1:3]), buf)
print(c.readable(), c.writable(), c.seekable(), c.isatty(), c.closed, c.flush())
c.writelines([b"x", bytearray(b"y")])
print(c.getvalue())
with io.BytesIO(b"ctx") as d:
    print(d.read())
print(d.closed)
print(io.BytesIO(None).getvalue(), io.BytesIO(bytearray(b"ba")).getvalue(), io.BytesIO(initial_bytes=b"kw").read())
e = io.BytesIO(b"abc")
e.__init__(b"zz")
print(e.getvalue(), e.tell())

class Sub(io.BytesIO):
    pass

print(list(Sub(b"1\n2")), Sub.__mro__[1].__name__)
