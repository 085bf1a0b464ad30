import io

data = "a\nb\r\nc\rd"
for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO(newline=nl)
    s.write(data)
    print(repr(nl), repr(s.getvalue()), s.newlines)
    s.seek(0)
    print("  lines", s.readlines())
    s2 = io.StringIO(data, newline=nl)
    print("  init ", repr(s2.getvalue()), list(s2))

# newline=None: a "\r" at the end of one write and "\n" at the start of the next
s = io.StringIO(newline=None)
s.write("x\r")
s.write("\ny")
print(repr(s.getvalue()), s.newlines)
s = io.StringIO(newline="")
s.write("x\r")
s.write("\ny\n")
print(repr(s.getvalue()), s.newlines)
s.seek(0)
print(s.readlines())
s = io.StringIO("1\r2\r\n3\n", newline="")
print(s.newlines, [s.readline() for _ in range(4)])
s = io.StringIO("p\r\nq\r\n", newline="\r\n")
print(s.readline(), repr(s.readline(1)), repr(s.read()))
