import os.path, posixpath


class P:
    def __fspath__(self):
        return "a//b/../c"


cases = ["", ".", "..", "/", "//", "///", "////x", "//x/y", "a/b/../../..", "/../x", "a/./b/", "./a", "a//b",
         "/a/b/c/../../d", "../../a", "a/../../b", "x/./../y/.", "/./", "a\0b/../c"]
for c in cases:
    print(repr(c), repr(os.path.normpath(c)), repr(os.path.normpath(c.encode())), posixpath.splitroot(c))
print(os.path.normpath(P()), posixpath.splitroot(b"//x"), posixpath.splitroot(P()))
for bad in [None, 1]:
    try:
        os.path.normpath(bad)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        posixpath.splitroot(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(os.path.abspath("/a/./b/../c"), os.path.relpath("/a/b/c", "/a/d"), os.path.commonpath(["/a//b", "/a/b/"]))
