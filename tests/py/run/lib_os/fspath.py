import os


class P:
    def __init__(self, v):
        self.v = v

    def __fspath__(self):
        return self.v


print(os.fspath("a/b"), os.fspath(b"a/b"), os.fspath(P("x")), os.fspath(P(b"y")))
for bad in [1, None, P(1), [1]]:
    try:
        os.fspath(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(issubclass(P, os.PathLike), isinstance(P("q"), os.PathLike), isinstance("s", os.PathLike))
print(os.fsencode("caf\xe9"), os.fsdecode(b"caf\xc3\xa9"), os.fsencode(P("z")))
print(ascii(os.fsdecode(b"\xff\xfe")), ascii(os.fsdecode(b"\xff")), os.fsencode("\udcff"))
try:
    os.stat(P(3))
except TypeError as e:
    print(type(e).__name__, e)
try:
    os.stat(P("/nonexistent/pypyts/x"))
except FileNotFoundError as e:
    print(type(e).__name__, e.strerror, e.filename)
try:
    os.fspath()
except TypeError as e:
    print(type(e).__name__, e)
print(os.path.join(P("a"), "b"), os.path.basename(P("dir/file.txt")))
