# bytes() and bytearray() argument rules (bytes_new_impl / bytearray___init__): encoding/errors only with a
# str, __bytes__ first (even on str subclasses), __bytes__ = None blocks the conversion, and the messages.
import sys


class Idx:
    def __index__(self):
        return 3


class BS(bytes):
    pass


class IntBlocked(int):
    __bytes__ = None


class ListBlocked(list):
    __bytes__ = None


class BytesBlocked(bytes):
    __bytes__ = None


class StrWithBytes(str):
    def __new__(cls, value):
        self = str.__new__(cls, "\u20ac")
        self.value = value
        return self

    def __bytes__(self):
        return self.value


class WithBytes:
    def __init__(self, v):
        self.v = v

    def __bytes__(self):
        return self.v


class IndexWithBytes:
    def __bytes__(self):
        return b"a"

    def __index__(self):
        return 42


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


for T in (bytes, bytearray):
    print("#", T.__name__)
    for label, f in [
        ("T(0.0)", lambda: T(0.0)),
        ("T(['0'])", lambda: T(["0"])),
        ("T([None])", lambda: T([None])),
        ("T([300])", lambda: T([300])),
        ("T([-1])", lambda: T([-1])),
        ("T(encoding='ascii')", lambda: T(encoding="ascii")),
        ("T(errors='ignore')", lambda: T(errors="ignore")),
        ("T(0, 'ascii')", lambda: T(0, "ascii")),
        ("T(0, errors='ignore')", lambda: T(0, errors="ignore")),
        ("T(b'', errors='ignore')", lambda: T(b"", errors="ignore")),
        ("T('')", lambda: T("")),
        ("T('', errors='ignore')", lambda: T("", errors="ignore")),
        ("T('', b'ascii')", lambda: T("", b"ascii")),
        ("T('', 'ascii', b'ignore')", lambda: T("", "ascii", b"ignore")),
        ("T('h\\xe9', 'latin-1')", lambda: T("h\xe9", "latin-1")),
        ("T(Idx())", lambda: T(Idx())),
        ("T(True)", lambda: T(True)),
        ("T(-1)", lambda: T(-1)),
        ("T(sys.maxsize + 1)", lambda: T(sys.maxsize + 1)),
        ("T(iter([1, 2]))", lambda: T(iter([1, 2]))),
        ("T(memoryview(b'abcd')[::2])", lambda: T(memoryview(b"abcd")[::2])),
        ("T(object())", lambda: T(object())),
    ]:
        show(label, f)

for label, f in [
    ("bytes(IntBlocked(3))", lambda: bytes(IntBlocked(3))),
    ("bytes(ListBlocked([1]))", lambda: bytes(ListBlocked([1]))),
    ("bytes(BytesBlocked(b'ab'))", lambda: bytes(BytesBlocked(b"ab"))),
    ("bytes(StrWithBytes(b'abc'))", lambda: bytes(StrWithBytes(b"abc"))),
    ("bytes(StrWithBytes(b'abc'), 'iso8859-15')", lambda: bytes(StrWithBytes(b"abc"), "iso8859-15")),
    ("BS(StrWithBytes(b'abc'))", lambda: BS(StrWithBytes(b"abc"))),
    ("bytes(WithBytes('abc'))", lambda: bytes(WithBytes("abc"))),
    ("bytes(WithBytes(None))", lambda: bytes(WithBytes(None))),
    ("type(bytes(WithBytes(BS(b'x'))))", lambda: type(bytes(WithBytes(BS(b"x")))).__name__),
    ("type(BS(WithBytes(b'x')))", lambda: type(BS(WithBytes(b"x"))).__name__),
    ("bytes(IndexWithBytes())", lambda: bytes(IndexWithBytes())),
    ("bytearray(IndexWithBytes())", lambda: bytearray(IndexWithBytes())),
]:
    show(label, f)
x = b"abc"
print("x * 1 is x:", x * 1 is x, "BS(x) * 1 is BS:", type(BS(x) * 1).__name__)
print(bytes.__doc__.startswith("bytes("), bytearray.__doc__.startswith("bytearray("))
